"""Ingest as the command runs it: OCR after --no-ocr, failures that pass, the writer lock, our own state and
the archive's README never evidence, honest counts, .zip, paths typed from elsewhere, which copy is the duplicate."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import docx
import pytest
from conftest import SAMPLE, demo_without_ocr, seed_ocr_cache

from archive.errors import EXIT_BUSY, EXIT_INPUTS_REJECTED, EXIT_USAGE

SCAN = SAMPLE / "扫描件" / "扫描件_0012.pdf"


def _docx(path: Path, text: str) -> None:
    d = docx.Document()
    for line in text.strip().splitlines():
        d.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)


@pytest.fixture
def root(tmp_path, cli_run):
    root = tmp_path / "档案"
    assert cli_run("init", str(root), "--org", "幸福里社区党支部", "--year", "2025")[0] == 0
    _docx(root / "通知" / "通知.docx", "关于召开党员大会的通知\n定于2025年6月27日召开支部党员大会。")
    (root / "文本").mkdir()
    (root / "文本" / "志愿服务登记.txt").write_text("2025年4月15日 党员志愿服务登记：王秀兰", encoding="utf-8")
    return root


def ingest(cli_run, root, *extra, cwd=None):
    code, out, err = cli_run("--archive", str(root), "ingest", "--json", *extra, cwd=cwd)
    return code, json.loads(out) if out.strip() else None, err


def listing(cli_run, root):
    code, out, _ = cli_run("--archive", str(root), "list", "--json")
    assert code == 0
    return {e["path"]: e for e in json.loads(out)}


def search_paths(cli_run, root, *query):
    code, out, err = cli_run("--archive", str(root), "search", "--json", *query)
    assert code == 0, err
    return [h["path"] for h in json.loads(out)]


def set_limit(root: Path, key: str, value: float) -> None:
    cfg = root / "taizhang.toml"
    text = cfg.read_text(encoding="utf-8")
    lines = [f"{key} = {value}" if line.startswith(f"{key} =") else line for line in text.splitlines()]
    cfg.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------------------- 1. OCR after --no-ocr


@pytest.mark.slow
def test_scanned_pdf_is_ocred_by_the_ingest_after_no_ocr(root, cli_run):
    shutil.copy(SCAN, root / "扫描件_0012.pdf")
    code, summary, _ = ingest(cli_run, root, "--no-ocr")
    assert code == 0 and summary["waiting_ocr"] == 1
    code, out, _ = cli_run("--archive", str(root), "ingest", "--no-ocr")
    assert "另有 1 个文件未做文字识别" in out
    assert search_paths(cli_run, root, "共建协议") == []
    code, summary, _ = ingest(cli_run, root)
    assert code == 0 and summary["updated"] == 1 and summary["waiting_ocr"] == 0
    entry = listing(cli_run, root)["扫描件_0012.pdf"]
    assert entry["ocr"] is True
    assert search_paths(cli_run, root, "共建协议")[0] == "扫描件_0012.pdf"
    code, summary, _ = ingest(cli_run, root)
    assert summary["updated"] == 0 and summary["unchanged"] == 3


@pytest.mark.slow
def test_demo_without_ocr_then_with_ocr_finds_the_scanned_agreement(tmp_path, tmp_path_factory, cli_run):
    # `demo --no-ocr` is run once per test run (tests/test_demo.py checks its outputs); its folder is copied here
    into, (code, _, err), _ = demo_without_ocr(tmp_path_factory, tmp_path / "演示")
    assert code == 0, err
    assert "扫描件/扫描件_0012.pdf" not in search_paths(cli_run, into, "共建协议")
    seed_ocr_cache(into, tmp_path_factory)  # the scans' text as OCR read it once this run: not OCR'd again here
    assert cli_run("demo", "--into", str(into))[0] == 0
    assert search_paths(cli_run, into, "共建协议")[0] == "扫描件/扫描件_0012.pdf"


# ------------------------------------------------------------------------------------ 2. failures that can pass


def test_timeout_is_retried_next_run_and_names_the_setting(root, cli_run, monkeypatch):
    # A read that answers before the pool first looks at it is kept, however short the limit: the two small files
    # may be. A long minutes file takes far more than the limit on any machine, and the pool is told to ask about
    # its CPU seconds at once instead of leaving it MIN_RECHECK_SECONDS more (see test_ingest.py).
    from archive.pipelines import pool

    monkeypatch.setattr(pool, "MIN_RECHECK_SECONDS", 0.0)
    _docx(root / "会议记录" / "全年会议记录.docx", "\n".join(f"第{i}次支部委员会会议记录，研究党员发展与组织生活安排。"
                                                       for i in range(3000)))
    set_limit(root, "parse_timeout_seconds", 0.0001)
    code, summary, _ = ingest(cli_run, root)
    failed = {f["path"] for f in summary["failed"]}
    assert code == EXIT_INPUTS_REJECTED and "会议记录/全年会议记录.docx" in failed
    assert len(failed) + summary["added"] == 3
    assert all("[limits] parse_timeout_seconds" in f["reason"] for f in summary["failed"])
    set_limit(root, "parse_timeout_seconds", 120.0)
    code, summary, _ = ingest(cli_run, root)  # nothing changed, nothing named: the timed-out files are read again
    assert code == 0, summary
    assert summary["updated"] == len(failed) and summary["unreadable"] == [] and summary["failed"] == []
    assert all(e["error"] is None for e in listing(cli_run, root).values())


def test_every_run_counts_what_is_still_unreadable(root, cli_run):
    (root / "坏.docx").write_bytes(b"PK\x03\x04 not really a docx")
    code, summary, _ = ingest(cli_run, root)
    assert code == EXIT_INPUTS_REJECTED and [f["path"] for f in summary["failed"]] == ["坏.docx"]
    code, summary, _ = ingest(cli_run, root)
    assert code == EXIT_INPUTS_REJECTED, "a file that still cannot be read keeps the exit code at 3"
    assert summary["failed"] == [] and [f["path"] for f in summary["unreadable"]] == ["坏.docx"]
    code, out, _ = cli_run("--archive", str(root), "ingest")
    assert code == EXIT_INPUTS_REJECTED and "目前无法读取 1" in out and "坏.docx" in out


def test_force_reads_again(root, cli_run):
    ingest(cli_run, root)
    code, summary, _ = ingest(cli_run, root, "--force")
    assert code == 0 and summary["updated"] == 2 and summary["unchanged"] == 0
    code, summary, _ = ingest(cli_run, root, "--force", str(root / "文本"))
    assert summary["updated"] == 1


# ------------------------------------------------------------------------------------------ 3. one writer


def test_second_writer_waits_then_exits_6(root, cli_run):
    from archive.locking import writer_lock
    from archive.workspace import open_workspace

    cfg = root / "taizhang.toml"
    cfg.write_text(cfg.read_text(encoding="utf-8") + "\n[locking]\nwait_seconds = 0.6\n", encoding="utf-8")
    ws = open_workspace(root)
    with writer_lock(ws, command="ingest"):
        start = time.monotonic()
        code, out, err = cli_run("--archive", str(root), "ingest")
        waited = time.monotonic() - start
    assert code == EXIT_BUSY
    assert "档案正被另一个进程写入" in err and "等待" in err  # said while waiting
    assert "档案正被另一个 taizhang 进程写入" in err and f"进程 {os.getpid()}" in err
    assert waited >= 0.5
    assert listing(cli_run, root) == {}  # nothing was read
    code, _, _ = cli_run("--archive", str(root), "ingest")  # the lock is free again
    assert code == 0


def test_lock_of_a_killed_process_is_not_stale(root):
    from archive.locking import ArchiveBusy, writer_lock
    from archive.workspace import open_workspace

    script = textwrap.dedent(f"""
        import sys, time
        from archive.locking import writer_lock
        from archive.workspace import open_workspace
        with writer_lock(open_workspace({str(root)!r}), wait_seconds=0):
            print("held", flush=True)
            time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "held"
        ws = open_workspace(root)
        with pytest.raises(ArchiveBusy) as busy:
            with writer_lock(ws, wait_seconds=0.2):
                pass
        assert busy.value.exit_code == EXIT_BUSY
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        with writer_lock(ws, wait_seconds=0):  # the OS released it with the process
            pass
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)


def test_bad_lock_setting_is_a_config_error(root, cli_run):
    cfg = root / "taizhang.toml"
    cfg.write_text(cfg.read_text(encoding="utf-8") + "\n[locking]\nwait_seconds = \"很久\"\n", encoding="utf-8")
    code, _, err = cli_run("--archive", str(root), "ingest")
    assert code == 5 and "wait_seconds" in err


# ------------------------------------------------------------------------------ 4. our state, the README


@pytest.mark.parametrize("target", [".taizhang", ".taizhang/cache", ".taizhang/catalog.sqlite"])
def test_state_folder_is_never_evidence(root, cli_run, target):
    ingest(cli_run, root)
    code, _, err = cli_run("--archive", str(root), "ingest", str(root / target))
    assert code == EXIT_USAGE and ".taizhang/" in err and "不是档案材料" in err
    assert not any(p.startswith(".taizhang") for p in listing(cli_run, root))
    code, summary, _ = ingest(cli_run, root)
    assert summary["removed"] == 0


def test_root_readme_is_not_evidence_but_a_folder_readme_is(root, cli_run):
    (root / "README.md").write_text("# 示例档案说明\n本目录是演示用的示例材料。", encoding="utf-8")
    (root / "文本" / "README.md").write_text("# 志愿服务说明\n志愿服务登记办法。", encoding="utf-8")
    code, summary, _ = ingest(cli_run, root)
    assert summary["skipped"] == [{"path": "README.md", "note": "档案根目录的说明文件，不作为材料"}]
    listed = listing(cli_run, root)
    assert "README.md" not in listed and "文本/README.md" in listed
    code, out, _ = cli_run("--archive", str(root), "ingest")
    assert "已跳过：README.md" in out


# --------------------------------------------------------------------------------------------- 12. smaller


def test_added_counts_only_files_read(root, cli_run):
    (root / "坏.docx").write_bytes(b"PK\x03\x04 broken")
    (root / "空.txt").write_bytes(b"")
    code, summary, _ = ingest(cli_run, root)
    assert summary["added"] == 2 and len(summary["failed"]) == 2
    code, out, _ = cli_run("--archive", str(root), "ingest", "--force")
    assert "新增 0，更新 2" in out and "本次读取失败 2" in out


def test_zip_says_unpack_it(root, cli_run):
    import zipfile

    with zipfile.ZipFile(root / "材料.zip", "w") as zf:
        zf.writestr("a.txt", "内容")
    code, summary, _ = ingest(cli_run, root)
    assert summary["failed"] == [{"path": "材料.zip", "reason": "不支持的格式（压缩包，请解压后放入档案）"}]


def test_path_relative_to_the_archive_root_from_another_folder(root, cli_run, tmp_path):
    elsewhere = tmp_path / "别处"
    elsewhere.mkdir()
    code, summary, err = ingest(cli_run, root, "文本/志愿服务登记.txt", cwd=elsewhere)
    assert code == 0, err
    assert summary["added"] == 1 and list(listing(cli_run, root)) == ["文本/志愿服务登记.txt"]


# ------------------------------------------------------------------------------- which copy is the duplicate


def _catalog(root: Path, sql: str, *args):
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def test_copy_in_a_backup_folder_is_the_duplicate_even_when_it_came_first(root, cli_run):
    src = root / "文本" / "志愿服务登记.txt"
    backup = root / "0备份"  # sorts before 文本/
    backup.mkdir()
    shutil.copy(src, backup / "志愿服务登记.txt")
    code, summary, _ = ingest(cli_run, root)
    assert summary["duplicates"] == [{"path": "0备份/志愿服务登记.txt", "duplicate_of": "文本/志愿服务登记.txt"}]


def test_roles_swap_when_the_real_file_arrives_after_its_backup(root, cli_run):
    src = root / "文本" / "志愿服务登记.txt"
    real = root / "2025年党建资料" / "志愿服务登记.txt"
    real.parent.mkdir()
    (root / "新建文件夹").mkdir()
    shutil.move(src, root / "新建文件夹" / "志愿服务登记.txt")
    ingest(cli_run, root)
    backup_id = _catalog(root, "SELECT id FROM evidence WHERE path = ?", "新建文件夹/志愿服务登记.txt")[0][0]
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    with conn:
        conn.execute("INSERT INTO filings (evidence_id, rubric_id, item_id, source, at) "
                     "VALUES (?, 'seed000', '13', 'manual', '2025-12-01')", (backup_id,))
    conn.close()
    shutil.copy(root / "新建文件夹" / "志愿服务登记.txt", real)
    code, summary, _ = ingest(cli_run, root)
    assert summary["duplicates"] == [{"path": "新建文件夹/志愿服务登记.txt",
                                      "duplicate_of": "2025年党建资料/志愿服务登记.txt"}]
    listed = listing(cli_run, root)
    assert listed["2025年党建资料/志愿服务登记.txt"]["duplicate_of"] is None
    assert listed["新建文件夹/志愿服务登记.txt"]["duplicate_of"] == "2025年党建资料/志愿服务登记.txt"
    # the filing follows the original; search finds the original only
    assert _catalog(root, "SELECT e.path FROM filings f JOIN evidence e ON e.id = f.evidence_id") == [
        ("2025年党建资料/志愿服务登记.txt",)]
    assert search_paths(cli_run, root, "王秀兰") == ["2025年党建资料/志愿服务登记.txt"]
    code, summary, _ = ingest(cli_run, root)
    assert summary["duplicates"] == [] and summary["unchanged"] == 3


@pytest.mark.parametrize("copy_name", ["志愿服务登记 - 副本.txt", "志愿服务登记(1).txt", "志愿服务登记 copy.txt"])
def test_copy_named_like_a_copy_is_the_duplicate(root, cli_run, copy_name):
    src = root / "文本" / "志愿服务登记.txt"
    os.rename(src, root / "文本" / copy_name)
    ingest(cli_run, root)
    shutil.copy(root / "文本" / copy_name, src)
    code, summary, _ = ingest(cli_run, root)
    assert summary["duplicates"] == [{"path": f"文本/{copy_name}", "duplicate_of": "文本/志愿服务登记.txt"}]


def test_neither_looks_like_a_copy_the_earliest_path_stays(root, cli_run):
    src = root / "文本" / "志愿服务登记.txt"
    shutil.copy(src, root / "文本" / "志愿者名单.txt")
    code, summary, _ = ingest(cli_run, root)
    first, second = sorted(["文本/志愿服务登记.txt", "文本/志愿者名单.txt"])
    assert summary["duplicates"] == [{"path": second, "duplicate_of": first}]
