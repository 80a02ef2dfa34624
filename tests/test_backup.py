"""`taizhang backup` / `restore`: a consistent catalog copy plus decisions as CSV; restore brings them back, keeps
the replaced catalog aside and says what it replaced."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sqlite3
import stat
import time
import zipfile
from pathlib import Path

import pytest
from test_doctor import add_decisions, decisions, make_archive

from archive.catalog import connect
from archive.maintenance.backup import backup
from archive.workspace import open_workspace


def read_csv(data: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


@pytest.fixture
def beijing_time(monkeypatch):
    """The process's local time zone set to Beijing time for one test (and put back after it)."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_backup_folder_holds_catalog_and_decisions(cli_run, tmp_path, beijing_time):
    root = make_archive(tmp_path)
    add_decisions(root)
    dest = tmp_path / "U盘"
    code, out, err = cli_run("--archive", str(root), "backup", str(dest), "--json")
    assert code == 0, err
    result = json.loads(out)
    folder = Path(result["path"])
    assert folder.parent == dest and folder.name.startswith("台帐备份-")
    assert result["counts"] == {"evidence": 3, "filings": 1, "exclusions": 1, "overrides": 1}
    assert sorted(p.name for p in folder.iterdir()) == ["catalog.sqlite", "exclusions.csv", "filings.csv",
                                                        "manifest.json", "overrides.csv", "taizhang.toml"]
    # a self-contained SQLite file (no -wal beside it) that passes integrity_check and holds the decisions
    conn = sqlite3.connect(folder / "catalog.sqlite")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("SELECT count(*) FROM filings").fetchone()[0] == 1
    conn.close()
    filings = read_csv((folder / "filings.csv").read_bytes())
    assert filings == [{"path": "2025年党建资料/支部委员会会议记录3月.txt",
                        "sha256": filings[0]["sha256"], "rubric_id": "seed000", "item_id": "2", "source": "manual",
                        "score": "", "who": "张三", "at": "2025-06-01 10:00:00", "note": "三月支委会"}]
    assert len(filings[0]["sha256"]) == 64
    assert [r["note"] for r in read_csv((folder / "exclusions.csv").read_bytes())] == ["不是这一项"]
    [override] = read_csv((folder / "overrides.csv").read_bytes())
    assert (override["item_id"], override["status"], override["score"], override["who"]) == ("7", "covered", "2.0",
                                                                                              "李四")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["org"] == "测试社区" and manifest["format"] == "taizhang-backup"
    code, out, _ = cli_run("--archive", str(root), "backup", str(dest))
    assert code == 0 and "归档记录 1 条" in out


def test_backup_csv_times_are_local_time(tmp_path, monkeypatch):
    """Stored with the writer's offset, shown as the archivist's clock reads: Beijing, then Berlin (UTC+2 in June)."""
    root = make_archive(tmp_path)
    add_decisions(root)
    shown = {}
    for zone in ("Asia/Shanghai", "Europe/Berlin"):
        monkeypatch.setenv("TZ", zone)
        time.tzset()
        try:
            folder = backup(open_workspace(root), tmp_path / zone.replace("/", "-")).path
        finally:
            monkeypatch.undo()
            time.tzset()
        shown[zone] = [(r["at"], r["note"]) for r in read_csv((folder / "exclusions.csv").read_bytes())]
    assert shown == {"Asia/Shanghai": [("2025-06-01 10:05:00", "不是这一项")],
                     "Europe/Berlin": [("2025-06-01 04:05:00", "不是这一项")]}


def test_backup_copies_the_archives_own_rubric_file(cli_run, tmp_path):
    root = make_archive(tmp_path)
    own = root / "评分表" / "我的评分表.yaml"
    own.parent.mkdir()
    bundled = Path(__file__).resolve().parent.parent / "archive" / "rubric" / "bundled" / "seed000.yaml"
    own.write_text(bundled.read_text(encoding="utf-8").replace("id: seed000", "id: mine"), encoding="utf-8")
    config = (root / "taizhang.toml").read_text(encoding="utf-8").replace('rubric = "seed000"',
                                                                         'rubric = "评分表/我的评分表.yaml"')
    (root / "taizhang.toml").write_text(config, encoding="utf-8")
    code, out, err = cli_run("--archive", str(root), "backup", str(tmp_path / "U盘"), "--json")
    assert code == 0, err
    folder = Path(json.loads(out)["path"])
    assert (folder / "我的评分表.yaml").read_bytes() == own.read_bytes()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rubric"] == "评分表/我的评分表.yaml" and manifest["rubric_file"] == "我的评分表.yaml"
    code, out, err = cli_run("--archive", str(root), "backup", str(tmp_path / "U盘"), "--zip", "--json")
    assert code == 0, err
    with zipfile.ZipFile(json.loads(out)["path"]) as zf:
        assert zf.read("我的评分表.yaml") == own.read_bytes()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permission bits")
def test_backups_get_the_users_umask_not_private_modes(tmp_path):
    root = make_archive(tmp_path)
    old = os.umask(0o022)
    try:
        folder = backup(open_workspace(root), tmp_path / "U盘").path
        zipped = backup(open_workspace(root), tmp_path / "U盘", as_zip=True).path
    finally:
        os.umask(old)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()} == dict.fromkeys(
        ["catalog.sqlite", "exclusions.csv", "filings.csv", "manifest.json", "overrides.csv", "taizhang.toml"], 0o644)
    assert stat.S_IMODE(zipped.stat().st_mode) == 0o644


def test_backup_zip(cli_run, tmp_path):
    root = make_archive(tmp_path)
    add_decisions(root)
    code, out, _ = cli_run("--archive", str(root), "backup", str(tmp_path / "备份"), "--zip", "--json")
    assert code == 0
    path = Path(json.loads(out)["path"])
    assert path.suffix == ".zip"
    with zipfile.ZipFile(path) as zf:
        assert {"catalog.sqlite", "filings.csv", "exclusions.csv", "overrides.csv", "manifest.json"} <= set(
            zf.namelist())
        assert read_csv(zf.read("overrides.csv"))[0]["note"] == "实地查看已落实"
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no temp folder left


def test_backup_is_consistent_while_another_process_writes(tmp_path):
    """The backup API copies a committed state; a transaction still open elsewhere is not half in the copy."""
    root = make_archive(tmp_path)
    add_decisions(root)
    writer = sqlite3.connect(root / ".taizhang" / "catalog.sqlite", isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM filings")
    writer.execute("INSERT INTO overrides (rubric_id, item_id, status, at) VALUES ('seed000', '9', 'missing', 'x')")
    try:
        result = backup(open_workspace(root), tmp_path / "备份", now=dt.datetime(2025, 12, 1, 9, 30))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert result.path.name == "台帐备份-20251201-093000"
    assert result.counts["filings"] == 1 and result.counts["overrides"] == 1


def test_backup_inside_the_archive_is_refused(cli_run, tmp_path):
    root = make_archive(tmp_path)
    code, _, err = cli_run("--archive", str(root), "backup", str(root / "备份"))
    assert code == 2 and "档案目录之内" in err


def test_restore_brings_decisions_back_and_keeps_the_replaced_catalog(cli_run, tmp_path):
    root = make_archive(tmp_path)
    add_decisions(root)
    saved = decisions(root)
    code, out, _ = cli_run("--archive", str(root), "backup", str(tmp_path / "备份"), "--zip", "--json")
    archive_zip = json.loads(out)["path"]
    # a bad afternoon: filings and overrides lost
    conn = connect(root / ".taizhang" / "catalog.sqlite")
    with conn:
        conn.execute("DELETE FROM filings")
        conn.execute("DELETE FROM overrides")
    conn.close()
    code, out, err = cli_run("--archive", str(root), "restore", archive_zip, "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["before"] == {"evidence": 3, "filings": 0, "exclusions": 1, "overrides": 0}
    assert result["after"] == {"evidence": 3, "filings": 1, "exclusions": 1, "overrides": 1}
    assert result["indexed"] == 3
    assert decisions(root) == saved
    kept = Path(result["kept"])
    assert kept.parent == root / ".taizhang" / "restore-kept"
    old = sqlite3.connect(kept)
    assert old.execute("SELECT count(*) FROM filings").fetchone()[0] == 0
    old.close()
    code, out, _ = cli_run("--archive", str(root), "search", "--json", "支部委员会")
    assert code == 0 and json.loads(out)[0]["items"] == ["2"]
    code, _, _ = cli_run("--archive", str(root), "doctor")
    assert code == 0
    # undo: the kept catalog restores as it is
    code, out, err = cli_run("--archive", str(root), "restore", str(kept))
    assert code == 0, err
    assert "恢复前" in out and "被替换的目录已另存为" in out
    assert decisions(root)["filings"] == []


def test_restore_from_folder(cli_run, tmp_path):
    root = make_archive(tmp_path)
    add_decisions(root)
    code, out, _ = cli_run("--archive", str(root), "backup", str(tmp_path / "备份"), "--json")
    folder = json.loads(out)["path"]
    conn = connect(root / ".taizhang" / "catalog.sqlite")
    with conn:
        conn.execute("DELETE FROM exclusions")
    conn.close()
    code, out, err = cli_run("--archive", str(root), "restore", folder)
    assert code == 0, err
    assert len(decisions(root)["exclusions"]) == 1


def test_restore_refuses_what_is_not_a_backup(cli_run, tmp_path):
    root = make_archive(tmp_path)
    add_decisions(root)
    saved = decisions(root)
    junk = tmp_path / "不是备份"
    junk.mkdir()
    (junk / "catalog.sqlite").write_bytes(b"not a database at all" * 100)
    code, _, err = cli_run("--archive", str(root), "restore", str(junk))
    assert code == 5 and "无法读取" in err and "Traceback" not in err
    bad_zip = tmp_path / "坏.zip"
    bad_zip.write_bytes(b"PK\x03\x04 broken")
    code, _, err = cli_run("--archive", str(root), "restore", str(bad_zip))
    assert code == 5 and "zip" in err
    code, _, err = cli_run("--archive", str(root), "restore", str(tmp_path / "没有这个"))
    assert code == 2
    assert decisions(root) == saved
