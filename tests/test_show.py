"""taizhang show PATH [--json]; list's counts per kind, list --kinds, list --item."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import docx
import pytest
from conftest import SAMPLE

from archive.errors import EXIT_USAGE

MINUTES = """2025年3月支部委员会会议记录
会议时间：2025年3月12日上午9:00
地点：社区党群服务中心二楼会议室
主持人：李建国
记录人：刘芳
应到人数：7人　实到人数：6人
议题：研究[/bold]春季志愿服务安排
会议内容：支委讨论了三月份党员志愿服务活动安排。
"""


@pytest.fixture
def root(tmp_path, cli_run) -> Path:
    root = tmp_path / "档案"
    assert cli_run("init", str(root), "--org", "幸福里社区党支部", "--year", "2025")[0] == 0
    d = docx.Document()
    for line in MINUTES.strip().splitlines():
        d.add_paragraph(line)
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "姓名", "签到"
    table.cell(1, 0).text, table.cell(1, 1).text = "李建国", "到"
    (root / "三会一课").mkdir()
    d.save(root / "三会一课" / "支委会.docx")
    shutil.copy(SAMPLE / "扫描件" / "扫描件_0012.pdf", root / "扫描件.pdf")
    code, out, err = cli_run("--archive", str(root), "ingest", "--no-ocr")
    assert code == 0, out + err
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    with conn:
        eid = conn.execute("SELECT id FROM evidence WHERE path = '三会一课/支委会.docx'").fetchone()[0]
        conn.execute("INSERT INTO filings (evidence_id, rubric_id, item_id, source, at) "
                     "VALUES (?, 'seed000', '3', 'manual', '2025-12-01')", (eid,))
    conn.close()
    return root


def test_show_json_is_the_catalog_record(root, cli_run) -> None:
    code, out, _ = cli_run("--archive", str(root), "show", "三会一课/支委会.docx", "--json")
    assert code == 0
    doc = json.loads(out)
    assert (doc["kind"], doc["meeting_type"], doc["date"], doc["date_source"]) == \
        ("会议记录", "支部委员会", "2025-03-12", "content")
    assert doc["fields"]["主持人"] == "李建国" and doc["items"] == ["3"]
    assert "研究[/bold]春季志愿服务安排" in doc["text"]
    assert any(["姓名", "签到"] == row for t in doc["tables"] for row in t["rows"])
    assert {"format", "size", "warnings", "meta", "tables", "text", "gone", "error_detail"} <= set(doc)


def test_show_prints_warnings_fields_tables_and_full_text_literally(root, cli_run) -> None:
    code, out, _ = cli_run("--archive", str(root), "show", "扫描件.pdf")
    assert code == 0 and "第1页没有文字层，未做文字识别" in out
    code, out, _ = cli_run("--archive", str(root), "show", "三会一课/支委会.docx")
    assert code == 0
    flat = out.replace("\n", "")
    assert "2025-03-12（来自正文）" in flat and "主持人" in out and "李建国" in out
    assert "研究[/bold]春季志愿服务安排" in flat  # rich markup in a file prints as it is
    assert "表格" in out and "签到" in out and "归档到评分项" in out


def test_show_accepts_a_path_from_the_current_folder(root, cli_run) -> None:
    code, out, _ = cli_run("show", "支委会.docx", "--json", cwd=root / "三会一课")
    assert code == 0 and json.loads(out)["path"] == "三会一课/支委会.docx"


def test_show_unknown_path_suggests_near_names(root, cli_run) -> None:
    code, _, err = cli_run("--archive", str(root), "show", "别处/支委会.docx")
    assert code == EXIT_USAGE and "目录中没有「别处/支委会.docx」" in err and "三会一课/支委会.docx" in err


def test_list_ends_with_counts_per_kind(root, cli_run) -> None:
    code, out, _ = cli_run("--archive", str(root), "list")
    assert code == 0
    last = out.strip().splitlines()[-1]
    assert last.startswith("按类型：") and "会议记录 1" in last


def test_list_kinds_and_item(root, cli_run) -> None:
    code, out, _ = cli_run("--archive", str(root), "list", "--kinds", "--json")
    kinds = {k["kind"]: k["count"] for k in json.loads(out)}
    assert code == 0 and kinds["会议记录"] == 1 and kinds["党费台帐"] == 0 and "协议" in kinds
    code, out, _ = cli_run("--archive", str(root), "list", "--kinds")
    assert "党费台帐" in out and "照片" in out
    code, out, _ = cli_run("--archive", str(root), "list", "--item", "3", "--json")
    assert [e["path"] for e in json.loads(out)] == ["三会一课/支委会.docx"]
    code, _, err = cli_run("--archive", str(root), "list", "--item", "999")
    assert code == EXIT_USAGE and "999" in err
