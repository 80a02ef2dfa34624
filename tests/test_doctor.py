"""`taizhang doctor`: exact findings for each kind of damage, `--fix` repairs derived data only, exit 0 / 1."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from archive.catalog import connect
from archive.pipelines.ingest import ingest
from archive.pipelines.sync_index import sync_index
from archive.workspace import init_workspace, open_workspace

FILES = {
    "2025年党建资料/支部委员会会议记录3月.txt": "支部委员会会议记录 2025年3月5日 议题：学习党章 实到7人",
    "2025年党建资料/党费收缴说明.txt": "党费收缴说明 2025年全年按月收缴",
    "2025年党建资料/主题党日活动.txt": "主题党日活动 2025年4月10日 志愿服务",
}


def make_archive(tmp_path: Path) -> Path:
    root = tmp_path / "档案"
    init_workspace(root, "seed000", "测试社区", 2025)
    for rel, text in FILES.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    ingest(open_workspace(root), ocr=False, workers=1)
    return root


def add_decisions(root: Path) -> None:
    """A filing, an exclusion and an override, written as the filing and assessment stages write them."""
    conn = connect(root / ".taizhang" / "catalog.sqlite")
    try:
        ids = {r["path"]: r["id"] for r in conn.execute("SELECT id, path FROM evidence")}
        sha = {r["path"]: r["sha256"] for r in conn.execute("SELECT path, sha256 FROM evidence")}
        meeting = "2025年党建资料/支部委员会会议记录3月.txt"
        dues = "2025年党建资料/党费收缴说明.txt"
        with conn:
            conn.execute("INSERT INTO filings (evidence_id, rubric_id, item_id, source, who, at, note) "
                         "VALUES (?, 'seed000', '2', 'manual', '张三', '2025-06-01T10:00:00+08:00', '三月支委会')",
                         (ids[meeting],))
            conn.execute("INSERT INTO exclusions (evidence_id, sha256, rubric_id, item_id, who, at, note) "
                         "VALUES (?, ?, 'seed000', '5', '张三', '2025-06-01T10:05:00+08:00', '不是这一项')",
                         (ids[dues], sha[dues]))
            conn.execute("INSERT INTO overrides (rubric_id, item_id, status, score, note, who, at) "
                         "VALUES ('seed000', '7', 'covered', 2.0, '实地查看已落实', '李四', '2025-06-02T09:00:00+08:00')")
        sync_index(open_workspace(root), conn, set(), set())  # as the filing stage does: the filed item is searchable
    finally:
        conn.close()


def decisions(root: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    try:
        return {t: sorted(tuple(r) for r in conn.execute(f"SELECT * FROM {t}"))
                for t in ("filings", "exclusions", "overrides")}
    finally:
        conn.close()


def doctor(cli_run, root: Path, *extra: str) -> tuple[int, dict]:
    code, out, err = cli_run("--archive", str(root), "doctor", "--json", *extra)
    assert "Traceback" not in err
    return code, json.loads(out)


def codes(report: dict) -> list[str]:
    return sorted(p["code"] for p in report["problems"])


def test_healthy_archive(cli_run, tmp_path):
    root = make_archive(tmp_path)
    add_decisions(root)
    code, report = doctor(cli_run, root)
    assert code == 0, report
    assert report["ok"] is True and report["problems"] == [] and report["fixed"] == []
    assert report["checks"]["catalog"]["integrity"] == "ok"
    assert report["checks"]["catalog"]["schema_version"] == report["checks"]["catalog"]["schema_expected"]
    assert report["checks"]["index"] == {"state": "ok", "documents": 3, "expected": 3, "pending": 0, "extra": 0,
                                         "absent": 0}
    assert report["checks"]["originals"] == {"present": 3, "missing": 0, "filed_checked": 1, "filed_modified": 0}
    assert report["checks"]["orphans"] == {"files": 0, "bytes": 0}
    code, out, _ = cli_run("--archive", str(root), "doctor")
    assert code == 0 and "未发现问题" in out


def test_filed_evidence_modified_after_filing_is_reported_and_not_fixed(cli_run, tmp_path):
    root = make_archive(tmp_path)
    add_decisions(root)
    before = decisions(root)
    (root / "2025年党建资料/支部委员会会议记录3月.txt").write_text("被人改过的会议记录", encoding="utf-8")
    code, report = doctor(cli_run, root)
    assert code == 1
    [problem] = report["problems"]
    assert problem == {"area": "originals", "code": "filed_modified", "path": "2025年党建资料/支部委员会会议记录3月.txt",
                       "message": "已归档的材料在归档后被修改（内容与归档时不同），请核对后重新归档", "fixable": False}
    code, report = doctor(cli_run, root, "--fix")
    assert code == 1 and codes(report) == ["filed_modified"]
    assert decisions(root) == before
    code, out, _ = cli_run("--archive", str(root), "doctor")
    assert code == 1 and "已归档的材料在归档后被修改" in out


def test_missing_original(cli_run, tmp_path):
    root = make_archive(tmp_path)
    (root / "2025年党建资料/主题党日活动.txt").unlink()
    code, report = doctor(cli_run, root)
    assert code == 1
    assert [(p["code"], p["path"]) for p in report["problems"]] == [("missing", "2025年党建资料/主题党日活动.txt")]
    assert report["checks"]["originals"]["missing"] == 1


@pytest.mark.parametrize("damage", ["delete", "truncate", "stale"])
def test_damaged_index_is_rebuilt_by_fix(cli_run, tmp_path, damage):
    root = make_archive(tmp_path)
    add_decisions(root)
    before = decisions(root)
    index = root / ".taizhang" / "index"
    if damage == "delete":
        shutil.rmtree(index)
    elif damage == "truncate":
        for seg in index.glob("*.seg"):
            seg.write_bytes(seg.read_bytes()[:64])
    else:
        (index / "taizhang-index.json").write_text("{}", encoding="utf-8")
    code, report = doctor(cli_run, root)
    assert code == 1
    assert [p["area"] for p in report["problems"]] == ["index"] and report["problems"][0]["fixable"]
    code, report = doctor(cli_run, root, "--fix")
    assert code == 0, report
    assert report["fixed"] == ["检索索引已按目录重建，共 3 件材料"]
    assert decisions(root) == before
    code, out, _ = cli_run("--archive", str(root), "search", "--json", "党费")
    assert code == 0 and [h["path"] for h in json.loads(out)] == ["2025年党建资料/党费收缴说明.txt"]


def test_index_behind_catalog(cli_run, tmp_path):
    root = make_archive(tmp_path)
    conn = connect(root / ".taizhang" / "catalog.sqlite")
    with conn:  # what a process killed between its catalog commit and its index write leaves behind
        conn.execute("UPDATE evidence SET title = '改过的标题' WHERE path LIKE '%党费%'")
    conn.close()
    code, report = doctor(cli_run, root)
    assert code == 1 and codes(report) == ["index_behind"]
    assert report["checks"]["index"]["pending"] == 1
    code, report = doctor(cli_run, root, "--fix")
    assert code == 0 and report["checks"]["index"]["pending"] == 0


def test_index_missing_a_document(cli_run, tmp_path):
    from archive import indexer

    root = make_archive(tmp_path)
    conn = connect(root / ".taizhang" / "catalog.sqlite")
    eid = conn.execute("SELECT id FROM evidence WHERE path LIKE '%党费%'").fetchone()[0]
    conn.close()
    indexer.update(root / ".taizhang" / "index", [], [eid])
    code, report = doctor(cli_run, root)
    assert code == 1 and codes(report) == ["index_mismatch"]
    assert report["checks"]["index"]["absent"] == 1 and report["checks"]["index"]["documents"] == 2
    assert doctor(cli_run, root, "--fix")[0] == 0


def test_orphans_are_listed_and_removed_by_fix(cli_run, tmp_path):
    root = make_archive(tmp_path)
    state = root / ".taizhang"
    (state / "thumbs" / ("ab" * 32 + ".jpg")).write_bytes(b"\xff\xd8 old thumbnail")
    (state / "cache" / "ocr").mkdir(parents=True, exist_ok=True)
    (state / "cache" / "ocr" / ("cd" * 32 + "-p1.txt")).write_text("旧识别结果", encoding="utf-8")
    (state / ".index.new-k3j2").mkdir()
    (state / ".index.new-k3j2" / "MAIN_1.seg").write_bytes(b"x" * 10)
    code, report = doctor(cli_run, root)
    assert code == 1
    assert sorted(p["path"] for p in report["problems"]) == [
        ".taizhang/.index.new-k3j2", ".taizhang/cache/ocr/" + "cd" * 32 + "-p1.txt",
        ".taizhang/thumbs/" + "ab" * 32 + ".jpg"]
    assert report["checks"]["orphans"]["files"] == 3
    code, report = doctor(cli_run, root, "--fix")
    assert code == 0 and report["fixed"] == ["已清理 3 个残留文件"]
    assert not (state / ".index.new-k3j2").exists()
    assert (state / "catalog.sqlite").exists() and (state / "index").is_dir()


def test_corrupt_catalog_is_reported_without_traceback(cli_run, tmp_path):
    root = make_archive(tmp_path)
    catalog = root / ".taizhang" / "catalog.sqlite"
    for extra in ("-wal", "-shm"):
        Path(str(catalog) + extra).unlink(missing_ok=True)
    data = bytearray(catalog.read_bytes())
    data[100:4096 * 2] = b"\x00garbage" * ((4096 * 2 - 100) // 8) + b"\x00" * ((4096 * 2 - 100) % 8)
    catalog.write_bytes(bytes(data))
    code, report = doctor(cli_run, root)
    assert code == 1
    assert report["problems"][0]["area"] == "catalog"
    assert "taizhang restore" in report["problems"][0]["message"]


def test_fresh_archive_is_well(cli_run, tmp_path):
    root = tmp_path / "新档案"
    init_workspace(root, "seed000", "测试社区", 2025)
    code, report = doctor(cli_run, root)
    assert code == 0 and report["checks"]["catalog"]["exists"] is False


def test_an_incremental_ingest_removes_a_build_folder_a_killed_rebuild_left(tmp_path):
    """A rebuild killed mid-way leaves .index.new-<pid>-…; the next ingest (an incremental sync) removes it at once
    when that process is gone, and never touches one whose builder still runs."""
    import os
    import subprocess
    import sys

    from archive.catalog import connect
    from archive.pipelines.sync_index import sync_index
    from archive.workspace import init_workspace

    ws = init_workspace(tmp_path / "档案", rubric="seed000", org="测试社区", year=2025)
    (ws.root / "通知.txt").write_text("2025年3月1日 关于召开支部委员会的通知", encoding="utf-8")
    from archive.pipelines.ingest import ingest

    ingest(ws, ocr=False)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    leftover = ws.index_dir.parent / f".{ws.index_dir.name}.new-{dead.stdout.strip()}-abcd1234"
    alive = ws.index_dir.parent / f".{ws.index_dir.name}.new-{os.getppid()}-efgh5678"
    for folder in (leftover, alive):
        folder.mkdir()
        (folder / "MAIN_x.seg").write_bytes(b"half")
    conn = connect(ws.catalog_path)
    try:
        sync_index(ws, conn, set(), set())
    finally:
        conn.close()
    assert not leftover.exists()
    assert alive.exists()
