"""Crash safety: `taizhang ingest`, `file --accept` and `filings import` killed with SIGKILL at random points (the
whole process group, as a power cut would), then run again: the catalog passes integrity_check, no decision is
lost, the index agrees with the catalog, `doctor` exits 0, and the final state equals an uninterrupted run."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from archive.maintenance.doctor import diagnose
from archive.workspace import open_workspace

KILLS = 3  # killed runs per scenario (kept short: this is in the normal test run)
SEED = 20  # random kill points, reproducible
QUERIES = ["支部委员会", "党费", "主题党日", "组织生活会", "党课"]
MEETINGS = ["支部委员会", "党员大会", "党小组会", "主题党日", "党课"]


def taizhang(root: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive", "--archive", str(root), *args], capture_output=True,
                          text=True, timeout=timeout)


def killed_run(root: Path, args: list[str], after: float) -> int | None:
    """Start a command in its own process group and SIGKILL the group after `after` seconds; None if it ended first."""
    proc = subprocess.Popen([sys.executable, "-m", "archive", "--archive", str(root), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        proc.wait(timeout=after)
        return proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        return None
    finally:
        if proc.stderr:
            proc.stderr.close()


def _docx(path: Path, lines: list[str]) -> None:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(str(path))


def write_year(root: Path, months: range) -> None:
    """Minutes, dues notes and plans for the given months: enough kinds and dates for filing suggestions."""
    base = root / "2025年党建资料"
    base.mkdir(parents=True, exist_ok=True)
    for m in months:
        for k, meeting in enumerate(MEETINGS):
            lines = [f"{meeting}会议记录", f"会议时间：2025年{m}月{5 + k}日", "地点：社区党群服务中心", "主持人：王书记",
                     "记录人：李明", "应到人数：9人", "实到人数：8人", f"议题：学习贯彻党的二十大精神（{m}月）",
                     "内容：传达上级文件精神，研究部署本月工作。"]
            name = f"{m:02d}月{meeting}会议记录"
            if k % 2:
                (base / f"{name}.txt").write_text("\n".join(lines), encoding="utf-8")
            else:
                _docx(base / f"{name}.docx", lines)
        (base / f"{m:02d}月党费收缴情况.txt").write_text(
            f"党费收缴情况说明\n2025年{m}月应缴党员9人，实缴9人，共计党费450元。", encoding="utf-8")


def mutate(root: Path) -> None:
    """What happens between two ingests: new months, a copy, an edit, a removal, a rename of a filed file."""
    write_year(root, range(4, 7))
    base = root / "2025年党建资料"
    shutil.copy2(base / "01月党费收缴情况.txt", base / "备份-01月党费收缴情况.txt")
    (base / "02月党费收缴情况.txt").write_text("党费收缴情况说明（更正）\n2025年2月应缴9人，实缴8人，1人补缴。",
                                          encoding="utf-8")
    (base / "03月党课会议记录.docx").unlink()
    (base / "01月支部委员会会议记录.docx").rename(base / "一月支委会会议记录.docx")


def add_decisions(root: Path) -> None:
    """Manual filings, an exclusion and an override, written as the filing/assessment stages do."""
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite", isolation_level=None)
    ids = {p: i for i, p in conn.execute("SELECT id, path FROM evidence")}
    sha = {p: s for p, s in conn.execute("SELECT path, sha256 FROM evidence")}
    base = "2025年党建资料/"
    with conn:
        conn.execute("BEGIN")
        for rel, item in ((base + "01月支部委员会会议记录.docx", "2"), (base + "02月党费收缴情况.txt", "5"),
                          (base + "03月党课会议记录.docx", "3")):
            conn.execute("INSERT INTO filings (evidence_id, rubric_id, item_id, source, who, at, note) "
                         "VALUES (?, 'seed000', ?, 'manual', '张三', '2025-06-01T10:00:00+08:00', '人工归档')",
                         (ids[rel], item))
        conn.execute("INSERT INTO exclusions (evidence_id, sha256, rubric_id, item_id, who, at, note) "
                     "VALUES (?, ?, 'seed000', '4', '张三', '2025-06-01T10:05:00+08:00', '不是这一项')",
                     (ids[base + "01月党费收缴情况.txt"], sha[base + "01月党费收缴情况.txt"]))
        conn.execute("INSERT INTO overrides (rubric_id, item_id, status, score, note, who, at) "
                     "VALUES ('seed000', '7', 'covered', 2.0, '实地查看已落实', '李四', '2025-06-02T09:00:00+08:00')")
    conn.close()


def state(root: Path) -> dict:
    """Everything that must equal between an interrupted and an uninterrupted run (no ids, no timestamps)."""
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    conn.row_factory = sqlite3.Row
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        evidence = sorted(
            (r["path"], r["sha256"], r["format"], r["kind"], r["meeting_type"], r["date"], r["title"], r["text"],
             r["error"], r["gone"], r["dup"])
            for r in conn.execute("SELECT e.*, d.path AS dup FROM evidence e LEFT JOIN evidence d "
                                  "ON d.id = e.duplicate_of"))
        filings = sorted(tuple(r) for r in conn.execute(
            "SELECT e.path, f.rubric_id, f.item_id, f.source, f.who, f.note FROM filings f "
            "JOIN evidence e ON e.id = f.evidence_id"))
        exclusions = sorted(tuple(r) for r in conn.execute(
            "SELECT e.path, x.sha256, x.item_id, x.who, x.note FROM exclusions x JOIN evidence e ON e.id = x.evidence_id"))
        overrides = sorted(tuple(r) for r in conn.execute(
            "SELECT rubric_id, item_id, status, score, note, who, at FROM overrides"))
    finally:
        conn.close()
    from archive import indexer
    from archive.pipelines.search import SearchFilters, search_archive

    indexer.clear_cache()  # in-process (a subprocess per query costs seconds); the index is read fresh
    ws = open_workspace(root)
    searches = {q: sorted(h.path for h in search_archive(ws, q, SearchFilters(limit=200))) for q in QUERIES}
    return {"evidence": evidence, "filings": filings, "exclusions": exclusions, "overrides": overrides,
            "searches": searches}


def assert_doctor_well(root: Path) -> None:
    report = diagnose(open_workspace(root))
    assert report.ok, report.to_json()["problems"]
    assert report.checks["index"]["pending"] == 0


@pytest.fixture(scope="module")
def prepared(tmp_path_factory) -> Path:
    """An archive ingested once, with decisions, then changed on disk: the next ingest has real work to do."""
    root = tmp_path_factory.mktemp("crash") / "档案"
    assert taizhang(root.parent, "init", str(root), "--org", "测试社区", "--year", "2025").returncode in (0,)
    write_year(root, range(1, 4))
    assert taizhang(root, "ingest", "--no-ocr").returncode == 0
    add_decisions(root)
    mutate(root)
    return root


def copy_archive(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest, symlinks=True)
    return dest


@pytest.fixture(scope="module")
def ingested(prepared, tmp_path_factory) -> Path:
    """`prepared` after an uninterrupted ingest: where `file --accept` starts (the tests below copy it)."""
    root = copy_archive(prepared, tmp_path_factory.mktemp("crash-ingested") / "档案")
    assert taizhang(root, "ingest", "--no-ocr").returncode == 0
    return root


@pytest.fixture(scope="module")
def accepted(ingested, tmp_path_factory) -> tuple[Path, float]:
    """`ingested` after an uninterrupted `file --accept`, and how long that took (the kills are spread over it)."""
    root = copy_archive(ingested, tmp_path_factory.mktemp("crash-accepted") / "档案")
    started = time.monotonic()
    got = taizhang(root, "file", "--accept", "--who", "自动")
    duration = time.monotonic() - started
    assert got.returncode == 0, got.stderr
    return root, duration


def test_ingest_killed_at_random_points(prepared, tmp_path):
    reference = copy_archive(prepared, tmp_path / "一次完成")
    started = time.monotonic()
    ref_run = taizhang(reference, "ingest", "--no-ocr", "--json")
    duration = time.monotonic() - started
    assert ref_run.returncode == 0, ref_run.stderr
    expected = state(reference)
    assert ("2025年党建资料/一月支委会会议记录.docx", "seed000", "2", "manual", "张三", "人工归档") in expected["filings"]

    crashed = copy_archive(prepared, tmp_path / "被中断")
    rng = random.Random(SEED)
    for _ in range(KILLS):
        killed_run(crashed, ["ingest", "--no-ocr"], rng.uniform(0.3, 0.95) * duration)
        conn = sqlite3.connect(crashed / ".taizhang" / "catalog.sqlite")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"  # after every kill, not only the last
        assert conn.execute("SELECT count(*) FROM overrides").fetchone()[0] == 1
        conn.close()
    final = taizhang(crashed, "ingest", "--no-ocr", "--json")
    assert final.returncode == 0, final.stderr
    assert state(crashed) == expected
    assert_doctor_well(crashed)


def test_first_ingest_killed_then_completed(tmp_path):
    """Killed during the very first ingest (the longest one, index being built): the re-run finishes the job."""
    root = tmp_path / "档案"
    assert taizhang(tmp_path, "init", str(root), "--org", "测试社区", "--year", "2025").returncode == 0
    write_year(root, range(1, 5))
    reference = copy_archive(root, tmp_path / "参照")
    started = time.monotonic()
    assert taizhang(reference, "ingest", "--no-ocr").returncode == 0
    duration = time.monotonic() - started
    rng = random.Random(SEED + 1)
    for _ in range(KILLS):
        killed_run(root, ["ingest", "--no-ocr"], rng.uniform(0.3, 0.95) * duration)
    assert taizhang(root, "ingest", "--no-ocr").returncode == 0
    assert state(root) == state(reference)
    assert_doctor_well(root)


def _filing_commands_exist() -> bool:
    got = subprocess.run([sys.executable, "-m", "archive", "file", "--help"], capture_output=True, text=True)
    return got.returncode == 0 and "--accept" in got.stdout


needs_filing = pytest.mark.skipif(not _filing_commands_exist(), reason="file --accept / filings import not built yet")


@needs_filing
def test_file_accept_killed_at_random_points(ingested, accepted, tmp_path):
    reference = copy_archive(accepted[0], tmp_path / "一次完成")  # the uninterrupted run
    duration = accepted[1]
    expected = state(reference)
    assert len(expected["filings"]) > 3, "the scenario must accept some suggestions"
    crashed = copy_archive(ingested, tmp_path / "被中断")
    rng = random.Random(SEED + 2)
    for _ in range(KILLS):
        killed_run(crashed, ["file", "--accept", "--who", "自动"], rng.uniform(0.2, 0.95) * duration)
    assert taizhang(crashed, "file", "--accept", "--who", "自动").returncode == 0
    assert state(crashed) == expected
    assert_doctor_well(crashed)


@needs_filing
def test_filings_import_killed_at_random_points(accepted, tmp_path):
    source = copy_archive(accepted[0], tmp_path / "来源")  # ingested, suggestions accepted
    export = tmp_path / "归档决定.csv"
    got = taizhang(source, "filings", "export", str(export))
    assert got.returncode == 0, got.stderr
    # the same evidence in a catalog that lost its decisions (rebuilt on another machine)
    blank = copy_archive(source, tmp_path / "空白")
    conn = sqlite3.connect(blank / ".taizhang" / "catalog.sqlite")
    with conn:
        conn.execute("DELETE FROM filings")
        conn.execute("DELETE FROM exclusions")
    conn.close()
    reference = copy_archive(blank, tmp_path / "一次完成")
    started = time.monotonic()
    got = taizhang(reference, "filings", "import", str(export))
    duration = time.monotonic() - started
    assert got.returncode == 0, got.stderr
    expected = state(reference)
    # every decision comes back, except those on a file no longer in the archive (import reports each of them)
    assert expected["filings"] == [f for f in state(source)["filings"] if (source / f[0]).exists()]
    assert "03月党课会议记录.docx" in got.stdout
    crashed = copy_archive(blank, tmp_path / "被中断")
    rng = random.Random(SEED + 3)
    for _ in range(KILLS):
        killed_run(crashed, ["filings", "import", str(export)], rng.uniform(0.2, 0.95) * duration)
    assert taizhang(crashed, "filings", "import", str(export)).returncode == 0
    assert state(crashed) == expected
    assert_doctor_well(crashed)
