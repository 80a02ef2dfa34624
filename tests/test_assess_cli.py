"""status / override commands on a small catalog written directly (fast; the sample archive test ingests)."""

from __future__ import annotations

import json
import sqlite3

import pytest

from archive.catalog import connect
from archive.workspace import open_workspace


def add(conn, path, kind, meeting=None, date=None, text="", fields=None, source="content", error=None, dup=None,
        gone=0):
    conn.execute(
        "INSERT INTO evidence (path, sha256, size, mtime_ns, kind, meeting_type, date, date_source, title, text, "
        "fields, error, duplicate_of, gone, added_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (path, path, 1, 0, kind, meeting, date, source, path.rsplit("/", 1)[-1], text,
         json.dumps(fields or {}, ensure_ascii=False), error, dup, gone, "x", "x"))
    return conn.execute("SELECT id FROM evidence WHERE path = ?", (path,)).fetchone()[0]


@pytest.fixture
def archive(tmp_path, cli_run):
    root = tmp_path / "社区"
    assert cli_run("init", str(root), "--org", "测试社区", "--year", "2025")[0] == 0
    conn = connect(open_workspace(root).catalog_path)
    for d in ("2025-03-20", "2025-07-18"):
        add(conn, f"联席会议/{d}.docx", "会议记录", "联席会议", d, fields={"应到人数": 8, "实到人数": 8})
    original = add(conn, "联席会议/[red]记录[/red].docx", "会议记录", "联席会议", "2025-11-25")
    add(conn, "备份/[red]记录[/red].docx", "会议记录", "联席会议", "2025-11-25", dup=original)
    add(conn, "联席会议/坏.docx", None, error="损坏")
    add(conn, "联席会议/已删.docx", "会议记录", "联席会议", "2025-05-20", gone=1)
    add(conn, "联席会议/拷贝日.docx", "会议记录", "联席会议", "2025-06-01", source="mtime")
    add(conn, "制度/联席会议制度.docx", "制度", None, "2025-01-05", text="社区党建工作联席会议制度")
    conn.close()
    return root


def test_status_json_counts_distinct_present_dated_meetings(archive, cli_run):
    code, out, _ = cli_run("--archive", str(archive), "status", "--as-of", "2025-12-31", "--json")
    assert code == 0
    item = next(it for it in json.loads(out)["items"] if it["id"] == "18")
    count = next(f for f in item["findings"] if f["type"] == "count")
    # copies count once, unreadable and gone files never, an mtime date is no date
    assert count["detail"].startswith("2025年有联席会议记录3次（3月20日、7月18日、11月25日），要求不少于4次，少1次")
    assert "备份/[red]记录[/red].docx" not in count["evidence"]
    assert "1件材料没有可靠日期" in count["detail"]
    assert item["status"] == "partial"


def test_status_prints_file_names_literally(archive, cli_run):
    code, out, _ = cli_run("--archive", str(archive), "status", "--as-of", "2025-12-31", "--item", "18")
    assert code == 0 and "联席会议/[red]记录[/red].docx" in out
    code, out, _ = cli_run("--archive", str(archive), "status", "--as-of", "2025-12-31")
    assert code == 0 and "部分达标" in out and "估算自评分" in out


def test_exclusion_removes_a_file_from_one_item(archive, cli_run):
    ws = open_workspace(archive)
    conn = sqlite3.connect(ws.catalog_path)
    (eid,) = conn.execute("SELECT id FROM evidence WHERE path = '联席会议/2025-03-20.docx'").fetchone()
    with conn:
        conn.execute("INSERT INTO exclusions (evidence_id, sha256, rubric_id, item_id, at) "
                     "VALUES (?, NULL, 'seed000', '18', 'x')", (eid,))
    conn.close()
    data = json.loads(cli_run("--archive", str(archive), "status", "--as-of", "2025-12-31", "--json")[1])
    count = next(f for f in next(it for it in data["items"] if it["id"] == "18")["findings"] if f["type"] == "count")
    assert "记录2次" in count["detail"] and "联席会议/2025-03-20.docx" not in count["evidence"]


def test_override_set_show_clear(archive, cli_run):
    a = str(archive)
    code, _, err = cli_run("--archive", a, "override", "18", "--status", "covered")
    assert code == 2 and "--note" in err
    code, _, err = cli_run("--archive", a, "override", "99", "--status", "covered", "--note", "x")
    assert code == 2 and "没有序号为「99」" in err
    assert cli_run("--archive", a, "override", "18", "--status", "部分达标", "--score", "2.5", "--note",
                   "[b]补[/b]")[0] == 0
    data = json.loads(cli_run("--archive", a, "status", "--as-of", "2025-12-31", "--json")[1])
    item = next(it for it in data["items"] if it["id"] == "18")
    assert item["override"]["status"] == "partial" and item["score"] == 2.5 and item["deduction"] == 0.5
    out = cli_run("--archive", a, "status", "--as-of", "2025-12-31", "--item", "18")[1]
    assert "人工认定：部分达标，2.5分" in out and "：[b]补[/b]" in out and "状态：部分达标（人工）" in out
    code, out, _ = cli_run("--archive", a, "override", "--clear", "18", "--json")
    assert json.loads(out) == {"item": "18", "cleared": True}
    assert json.loads(cli_run("--archive", a, "override", "--clear", "18", "--json")[1])["cleared"] is False


def test_tier_rubric_status(tmp_path, cli_run):
    root = tmp_path / "星级"
    assert cli_run("init", str(root), "--org", "柯桥社区", "--year", "2010", "--rubric", "seed004")[0] == 0
    code, out, _ = cli_run("--archive", str(root), "status", "--as-of", "2010-12-31", "--json")
    data = json.loads(out)
    assert code == 0 and data["tier_result"]["achieved"] is None and data["tier_result"]["next"] == "一星"
    code, out, _ = cli_run("--archive", str(root), "status", "--as-of", "2010-12-31")
    assert code == 0 and "可评星级：未达一星" in out and "一星：未达到" in out
    assert cli_run("--archive", str(root), "override", "4.v1", "--status", "partial", "--note", "违反计划生育规定")[0] == 0
    data = json.loads(cli_run("--archive", str(root), "status", "--as-of", "2010-12-31", "--json")[1])
    four = next(t for t in data["tiers"] if t["name"] == "四星")
    assert four["vetoes"][0]["triggered"] is True and "一票否决：违反计划生育有关规定。（违反计划生育规定）" in four["blocked_by"]


def test_bad_as_of(archive, cli_run):
    code, _, err = cli_run("--archive", str(archive), "status", "--as-of", "2025-13-01")
    assert code == 2 and "日期「2025-13-01」无效" in err
