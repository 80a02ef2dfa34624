"""Search by the command: dates as periods, mtime never deciding, date words as filters, checked
filters, queries without words, snippets."""

from __future__ import annotations

import datetime
import json
import os
from pathlib import Path

import docx
import openpyxl
import pytest

from archive.errors import EXIT_USAGE
from archive.indexer import IndexDoc, make_snippet, rebuild, search, search_detailed

D = datetime.date
YEAR = 2025


def minutes(doc_id: int, meeting: str, date: D, body: str = "研究工作") -> IndexDoc:
    return IndexDoc(doc_id, f"会议记录/{date.isoformat()}-{meeting}.docx", f"{meeting}会议记录",
                    f"会议时间：{date.year}年{date.month}月{date.day}日\n{meeting}：{body}。", "会议记录",
                    meeting_type=meeting, date=date, date_source="content", date_precision="day")


def corpus() -> list[IndexDoc]:
    return [
        minutes(1, "联席会议", D(2025, 7, 18)),
        minutes(2, "联席会议", D(2025, 11, 25)),
        minutes(3, "支部委员会", D(2025, 12, 10)),
        minutes(4, "支部委员会", D(2025, 11, 12)),
        minutes(5, "支部委员会", D(2025, 2, 12)),
        minutes(6, "支部党员大会", D(2025, 6, 27)),
        minutes(7, "支部党员大会", D(2025, 7, 3)),
        minutes(8, "支部党员大会", D(2025, 12, 26)),
        IndexDoc(20, "党费/2025年党费收缴台帐.xlsx", "2025年党费收缴台帐", "姓名\t月交纳标准\n王秀兰\t20", "党费台帐",
                 date=D(2025, 1, 1), date_source="content", date_precision="year"),
        IndexDoc(21, "党费/党费收缴情况.docx", "党费收缴情况", "本季度党费已按时收缴。", "其他",
                 date=D(2026, 12, 2), date_source="mtime", date_precision="day"),
        IndexDoc(22, "计划/七月工作安排.docx", "七月工作安排", "党员志愿服务安排。", "计划",
                 date=D(2025, 7, 1), date_source="signature", date_precision="month"),
    ]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("ix") / "index"
    rebuild(path, corpus())
    return path


def ids(hits) -> list[int]:  # type: ignore[no-untyped-def]
    return [h.doc_id for h in hits]


# ------------------------------------------------------------------------------------------ 5. periods, mtime


def test_year_dated_ledger_matches_any_range_its_year_overlaps(index_dir) -> None:
    assert 20 in ids(search(index_dir, "党费", date_from=D(2025, 1, 1), date_to=D(2025, 12, 31), year=YEAR))
    assert 20 in ids(search(index_dir, "党费", date_from=D(2025, 3, 1), date_to=D(2025, 3, 31), year=YEAR))
    assert 20 in ids(search(index_dir, "党费 2025年", year=YEAR))
    assert 20 not in ids(search(index_dir, "党费", date_from=D(2026, 1, 1), year=YEAR))


def test_month_dated_document_matches_its_month(index_dir) -> None:
    assert ids(search(index_dir, "工作安排 7月", year=YEAR)) == [22]
    assert ids(search(index_dir, "工作安排", date_from=D(2025, 7, 20), date_to=D(2025, 8, 5), year=YEAR)) == [22]


def test_mtime_never_decides_a_date_filter(index_dir) -> None:
    # dated 2026-12-02 by its mtime only: neither dropped from nor kept by a range on the mtime ...
    assert 21 not in ids(search(index_dir, "党费", date_from=D(2026, 12, 1), date_to=D(2026, 12, 31), year=YEAR))
    outcome = search_detailed(index_dir, "党费", date_from=D(2025, 1, 1), date_to=D(2025, 12, 31), year=YEAR)
    assert 21 not in ids(outcome.hits)
    assert outcome.undated == 1  # ... but counted, so the caller can say it was not judged
    hit = next(h for h in search(index_dir, "党费收缴情况", year=YEAR) if h.doc_id == 21)
    assert hit.to_json()["date_source"] == "mtime"


# ------------------------------------------------------------------------------------ 6. date words filter


def test_date_word_is_a_filter_on_the_period(index_dir) -> None:
    assert ids(search(index_dir, "联席会议 7月", year=YEAR)) == [1]
    assert ids(search(index_dir, "12月 支委会", year=YEAR)) == [3]
    q2 = ids(search(index_dir, "第二季度", year=YEAR, limit=50))
    assert 6 in q2 and 20 in q2 and not {1, 7, 3, 8, 22} & set(q2)


def test_nothing_inside_offers_the_nearest(index_dir) -> None:
    outcome = search_detailed(index_dir, "联席会议 9月", year=YEAR)
    assert outcome.hits == [] and outcome.filtered_by_date
    assert (outcome.date_from, outcome.date_to) == (D(2025, 9, 1), D(2025, 9, 30))
    assert ids(outcome.nearest) == [1, 2]  # July 18 is 45 days before, November 25 56 days after


def test_filter_only_hits_are_marked_filter_and_json_is_in_score_order(index_dir) -> None:
    hits = search(index_dir, "7月", year=YEAR)
    assert hits and {h.match for h in hits} == {"filter"}
    scored = search(index_dir, "会议 支部", year=YEAR, limit=50)
    scores = [h.to_json()["score"] for h in scored]
    assert scores == sorted(scores, reverse=True)


# --------------------------------------------------------------------------------------- CLI on an archive


def _docx(path: Path, text: str) -> None:
    d = docx.Document()
    for line in text.strip().splitlines():
        d.add_paragraph(line)
    path.parent.mkdir(parents=True, exist_ok=True)
    d.save(path)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    from click.testing import CliRunner

    from archive import cli as cli_module

    root = tmp_path_factory.mktemp("s") / "档案"
    runner = CliRunner()
    assert runner.invoke(cli_module.main_for_tests, ["init", str(root), "--org", "幸福里社区党支部",
                                                     "--year", "2025"]).exit_code == 0
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["幸福里社区党支部2025年党费收缴台帐"])
    ws.append(["姓名"] + [f"{m}月" for m in range(1, 13)])
    ws.append(["王秀兰"] + [20] * 12)
    ws.append(["李建国"] + [30] * 12)
    (root / "党费").mkdir()
    wb.save(root / "党费" / "党费台帐.xlsx")
    _docx(root / "会议" / "联席会议7月.docx", "幸福里社区党建工作联席会议记录\n会议时间：2025年7月18日\n主持人：李建国\n"
          "参加人员：共建单位代表\n议题：共驻共建\n会议内容：确定【发展对象】名单及共建事项。")
    _docx(root / "会议" / "联席会议11月.docx", "幸福里社区党建工作联席会议记录\n会议时间：2025年11月25日\n主持人：李建国\n"
          "参加人员：共建单位代表\n议题：冬季供暖\n会议内容：研究冬季供暖事项。")
    note = root / "党费" / "党费说明.txt"
    note.write_text("党费收缴说明：请按时交纳党费。", encoding="utf-8")
    stamp = datetime.datetime(2026, 12, 2, 10, 0).timestamp()
    os.utime(note, (stamp, stamp))
    result = runner.invoke(cli_module.main_for_tests, ["--archive", str(root), "ingest", "--no-ocr"])
    assert result.exit_code == 0, result.output
    return root


def run_search(cli_run, root, *args):
    return cli_run("--archive", str(root), "search", *args)


def test_cli_mtime_is_never_shown_bare_and_undated_are_counted(cli_run, archive) -> None:
    code, out, _ = run_search(cli_run, archive, "党费说明")
    assert code == 0 and "2026-12-02 修改时间(仅供参考)" in out
    code, out, _ = run_search(cli_run, archive, "党费", "--from", "2025-01-01", "--to", "2025-12-31")
    assert "党费/党费台帐.xlsx" in out and "党费说明.txt" not in out
    assert "另有 1 件相符的材料没有可靠的日期" in out.replace("\n", "")


def test_cli_ledger_dated_by_its_year_is_inside_the_year(cli_run, archive) -> None:
    code, out, _ = cli_run("--archive", str(archive), "list", "--json")
    ledger = {e["path"]: e for e in json.loads(out)}["党费/党费台帐.xlsx"]
    assert (ledger["date"], ledger["date_precision"]) == ("2025-01-01", "year")
    code, out, _ = run_search(cli_run, archive, "党费", "--json", "--from", "2025-03-01", "--to", "2025-03-31")
    assert [h["path"] for h in json.loads(out)] == ["党费/党费台帐.xlsx"]


def test_cli_says_nothing_falls_inside_and_offers_the_nearest(cli_run, archive) -> None:
    code, out, _ = run_search(cli_run, archive, "联席会议", "9月")
    assert code == 0
    assert "日期条件：2025-09-01 至 2025-09-30（由查询中的「9月」得出）" in out
    assert "9月没有找到与「联席会议」相符的材料。" in out
    assert "不在9月内、日期最近的相符材料" in out and "会议/联席会议7月.docx" in out
    code, out, _ = run_search(cli_run, archive, "联席会议", "7月", "--json")
    assert [h["path"] for h in json.loads(out)] == ["会议/联席会议7月.docx"]


# ------------------------------------------------------------------------------------- 7. filters checked


@pytest.mark.parametrize("spelling", ["党费台账", "党费台帐", " 党费台账 "])
def test_kind_variants_are_one_kind(cli_run, archive, spelling) -> None:
    code, out, _ = run_search(cli_run, archive, "党费", "--kind", spelling, "--json")
    assert code == 0 and [h["path"] for h in json.loads(out)] == ["党费/党费台帐.xlsx"]
    code, out, _ = cli_run("--archive", str(archive), "list", "--kind", spelling, "--json")
    assert code == 0 and [e["path"] for e in json.loads(out)] == ["党费/党费台帐.xlsx"]


def test_unknown_kind_or_item_is_refused_with_the_valid_ones(cli_run, archive) -> None:
    code, _, err = run_search(cli_run, archive, "党费", "--kind", "党费明细")
    assert code == EXIT_USAGE and "没有「党费明细」这类材料" in err and "党费台帐" in err and "会议记录" in err
    code, _, err = run_search(cli_run, archive, "党费", "--item", "99")
    assert code == EXIT_USAGE and "没有评分项「99」" in err and "1、2、3" in err
    code, _, err = cli_run("--archive", str(archive), "list", "--kind", "党费明细")
    assert code == EXIT_USAGE


# ---------------------------------------------------------------------------------------- 8. no words


@pytest.mark.parametrize("query", ["", "，。！？", "*", "   "])
def test_query_without_words_is_refused(cli_run, archive, query) -> None:
    code, out, err = run_search(cli_run, archive, query)
    assert code == EXIT_USAGE and ("没有可检索的词" in err or "没有给出要检索的词" in err)


def test_query_without_words_but_with_a_filter_lists(cli_run, archive) -> None:
    code, out, _ = run_search(cli_run, archive, "", "--kind", "会议记录", "--json")
    hits = json.loads(out)
    assert code == 0 and {h["path"] for h in hits} == {"会议/联席会议7月.docx", "会议/联席会议11月.docx"}
    assert {h["match"] for h in hits} == {"filter"}


# ------------------------------------------------------------------------------------------- 11. snippets


def test_no_double_marks_when_the_text_brackets_the_match() -> None:
    snippet = make_snippet("确定【发展对象】名单；【通知】另发。", ["发展对象"])
    assert "【【" not in snippet and "】】" not in snippet
    assert snippet == "确定【发展对象】名单；〖通知〗另发。"  # the text's own unmatched brackets never read as a mark


def test_cli_snippet_lines_keep_their_indent(cli_run, archive) -> None:
    code, out, _ = run_search(cli_run, archive, "共驻共建")
    lines = out.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("   会议/"))
    snippet_lines = []
    for line in lines[start + 1:]:
        if not line.strip() or line[0].isdigit():
            break
        snippet_lines.append(line)
    assert snippet_lines and all(line.startswith("   ") for line in snippet_lines)
    assert "【共驻共建】" in out  # piped output marks hits with 【】


def test_csv_header_and_markdown_heading_are_not_titles(tmp_path) -> None:
    from archive.extract.analyze import analyze
    from archive.extract.base import ExtractContext
    from archive.extract.text import extract
    from archive.workspace import Limits

    csv_path = tmp_path / "为民办实事项目台账.csv"
    csv_path.write_text("序号,项目名称,责任人\n1,加装电梯,李建国\n", encoding="utf-8")
    md = tmp_path / "要点.md"
    md.write_text("# 2025年党建工作要点 #\n\n## 一、组织建设\n正文", encoding="utf-8")
    ctx = ExtractContext(Limits(), tmp_path, tmp_path, "x")
    extracted = extract(csv_path, ctx)
    assert analyze(extracted, csv_path.name, 0).title == "为民办实事项目台账"
    assert extracted.text.splitlines()[1] == "1\t加装电梯\t李建国"
    extracted = extract(md, ctx)
    assert analyze(extracted, md.name, 0).title == "2025年党建工作要点"
    assert "#" not in extracted.text


def test_merged_cells_do_not_repeat_their_text(tmp_path) -> None:
    from openpyxl.worksheet.cell_range import CellRange

    from archive.extract.base import ExtractContext
    from archive.extract.xlsx import extract
    from archive.workspace import Limits

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["发展对象考察情况", "发展对象考察情况", "发展对象考察情况"])  # some writers fill every merged cell
    ws.append(["姓名", "考察人", "备注"])
    ws.append(["王秀兰", "李建国", "良好"])
    ws.merged_cells.add(CellRange("A1:C1"))
    wb.save(tmp_path / "m.xlsx")
    out = extract(tmp_path / "m.xlsx", ExtractContext(Limits(), tmp_path, tmp_path, "x"))
    assert out.text.count("发展对象考察情况") == 1
    assert out.tables[0].rows[0] == ["发展对象考察情况"]
