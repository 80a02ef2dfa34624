"""Word reports from the status dict: open every .docx with python-docx and read the cells back."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from report_archive import EVIDENCE, NOTICE, RESPONSIBLE, UNFILED, build_archive
from reports_fixture import SHORTFALLS, make_status

from archive.errors import ConfigError
from archive.generators import build_report, export_templates, write_all_reports, write_report
from archive.generators.common import fmt_points
from archive.generators.errors import OutputExists, TemplateError
from archive.generators.profile import BODY, H1, TITLE
from archive.workspace import open_workspace


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    return build_archive(tmp_path_factory.mktemp("reports") / "档案")


@pytest.fixture(scope="module")
def status():
    return make_status(EVIDENCE)


@pytest.fixture(scope="module")
def written(ws, status, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    paths = write_all_reports(ws, out, status)
    return {p.stem: docx.Document(p) for p in paths}


def _text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for row in t.rows:
            parts.extend(c.text for c in row.cells)
    return "\n".join(parts)


def _rows(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows]


def _table_with(doc, first_header: str, header: str):
    for t in doc.tables:
        cells = [c.text for c in t.rows[0].cells]
        if cells and cells[0] == first_header and header in cells:
            return t
    raise AssertionError(f"no table with header {header}")


# 自评表 ---------------------------------------------------------------------------------------------------------

def test_self_assessment_table_has_every_item_with_its_score_and_blank_exam_column(written, status):
    t = _table_with(written["自评表"], "项目", "考核分")
    assert _rows(t)[0] == ["项目", "序号", "内容", "标准分", "自评分", "考核分"]
    by_id = {r[1]: r for r in _rows(t)[1:-1] if r[1]}
    assert list(by_id) == [it["id"] for it in status["items"]]
    for it in status["items"]:
        row = by_id[it["id"]]
        assert row[2] == it["text"]
        assert row[3] == fmt_points(it["points"]) and row[4] == fmt_points(it["score"])
        assert row[5] == ""
    assert by_id["2"][4] == "2.25" and by_id["15"][4] == "0"


def test_self_assessment_category_cells_merged_vertically_with_totals(written, status):
    t = _table_with(written["自评表"], "项目", "考核分")
    trs = t._tbl.tr_lst[1:]
    merges = []
    for tr in trs:
        vm = tr.tc_lst[0].tcPr.find(qn("w:vMerge"))
        merges.append(None if vm is None else vm.get(qn("w:val")))
    restarts = [i for i, m in enumerate(merges) if m == "restart"]
    assert len(restarts) == len(status["categories"]) == 5
    # each category: its items plus the 小计 row, the first "restart", the rest "continue"
    start = 0
    for cat, r in zip(status["categories"], restarts, strict=True):
        n = sum(1 for it in status["items"] if it["category"] == cat["name"]) + 1
        assert r == start and merges[r + 1:r + n] == ["continue"] * (n - 1)
        first = trs[r].tc_lst[0]
        assert cat["name"] in "".join(first.itertext())
        subtotal = [c.text for c in t.rows[1 + r + n - 1].cells]
        assert subtotal[2] == "小计" and subtotal[3] == fmt_points(cat["points"]) and subtotal[4] == fmt_points(cat["score"])
        start = r + n
    last = [c.text for c in t.rows[-1].cells]
    assert last[0] == "合计" and last[3] == "100" and last[4] == fmt_points(status["total"]["score"])
    assert float(last[4]) == pytest.approx(sum(c["score"] for c in status["categories"]))


def test_self_assessment_explains_estimates_once_in_its_notes_and_shows_the_range(ws, tmp_path):
    """From a real assessment: each proportional estimate is explained once, in 四、说明 (not after every finding),
    items with nothing filed are named as scoring 0, and the total and each short item show their range."""
    from archive.assess import assess_archive

    status = assess_archive(ws).to_json()
    items = status["items"]
    zero = [it["id"] for it in items if it["status"] == "missing" and it["score"] == 0 and it["points"]]
    proportional = [it["id"] for it in items if it["id"] not in zero
                    and any("按比例估算" in (f["score_note"] or "") for f in it["findings"])]
    assert zero and proportional  # the small archive has both kinds
    doc = docx.Document(write_report(ws, "self-assessment", tmp_path / "自评表.docx", status))
    paras = [p.text for p in doc.paragraphs]
    explained = [p for p in paras if "比例" in p]
    assert len(explained) == 1 and "未规定扣分办法" in explained[0]
    assert paras.index("四、说明") < paras.index(explained[0])
    assert all(f"第{i}项" in explained[0] for i in proportional)
    assert not [p for p in paras if "未规定扣分办法" in p and p is not explained[0]]
    nothing = next(p for p in paras if "尚无归档材料" in p and "按0分估算" in p)
    assert all(f"第{i}项、" in nothing or f"第{i}项。" in nothing for i in zero)
    total, rng = status["total"], status["total"]["score_range"]
    assert rng["min"] < rng["max"] == total["score"]
    assert (f"自评得分{fmt_points(total['score'])}分，得分范围{fmt_points(rng['min'])}～{fmt_points(rng['max'])}分"
            in "\n".join(paras))
    for it in items:
        line = next((p for p in paras if p.startswith(f"第{it['id']}项（")), None)
        r = it["score_range"]
        if line is not None and r["min"] < r["max"]:
            assert f"得分范围{fmt_points(r['min'])}～{fmt_points(r['max'])}分" in line


def test_self_assessment_narrative_chart_and_shortfalls(written, status):
    doc = written["自评表"]
    text = _text(doc)
    assert f"自评得分{fmt_points(status['total']['score'])}分" in text
    assert "领导班子好标准分20分、自评19.25分" in text
    for item_id in SHORTFALLS:
        assert f"第{item_id}项（" in text
    assert "档案员调整：满意率测评表未盖章" in text  # the override's note is the reason
    assert len(doc.inline_shapes) == 1  # the chart
    assert doc.paragraphs[0].style.name == TITLE and "自评表" in doc.paragraphs[0].text


# 台帐目录 ---------------------------------------------------------------------------------------------------------

def test_catalog_lists_each_items_evidence_and_unfiled_in_appendix(written, status):
    doc = written["台帐目录"]
    headings = [p.text for p in doc.paragraphs if p.text.startswith("（")]
    assert sum(1 for h in headings if re.match(r"（[一二三四五六七八九十]+）第\d+项", h)) == len(status["items"])
    tables = [t for t in doc.tables if _rows(t)[0] == ["序号", "材料名称", "日期", "类型", "页数", "存放位置"]]
    cited = [row for t in tables[:-1] for row in _rows(t)[1:]]
    for paths in EVIDENCE.values():
        for p in paths:
            assert any(r[5] == p for r in cited), p
    appendix = _rows(tables[-1])[1:]
    assert [r[5] for r in appendix] == [UNFILED]
    assert appendix[0][2] == "2025-01-06"
    notice = next(r for r in cited if r[5] == NOTICE)
    assert notice[1] == "关于开展党员&群众<结对>活动的通知"  # autoescaped: the text survives, the file opens
    assert "暂无材料（待人工确认）" in _text(doc)


def test_catalog_pages_from_the_catalog(written):
    tables = [t for t in written["台帐目录"].tables if _rows(t)[0][0] == "序号"]
    rows = {r[5]: r for t in tables for r in _rows(t)[1:]}
    assert rows["2025年党建资料/制度/社区党建联席会议制度.pdf"][4] == "2"


# 缺失材料清单 ---------------------------------------------------------------------------------------------------------

def test_gaps_lists_every_missing_or_partial_item_with_units(written, status):
    doc = written["缺失材料清单"]
    t = _table_with(doc, "序号", "缺失材料及说明")
    rows = _rows(t)[1:]
    shortfall = [it for it in status["items"] if it["status"] in ("missing", "partial")]
    assert [r[2].split("　")[0] for r in rows] == [f"第{it['id']}项" for it in shortfall]
    by_id = {r[2].split("　")[0]: r for r in rows}
    assert "王某某5月、6月未交" in by_id["第14项"][5] and "李某某12月未交" in by_id["第14项"][5]
    assert by_id["第15项"][4] == "缺少材料" and "年初制定的年度工作计划" in by_id["第15项"][5]
    assert by_id["第33项"][4] == "部分达标（人工调整）" and "未盖章" in by_id["第33项"][5]
    assert "<无结果>" in by_id["第2项"][5]
    review_ids = [it["id"] for it in status["items"] if it["status"] == "review"]
    text = _text(doc)
    assert all(f"第{i}项（" in text for i in review_ids)


# 整改方案 ---------------------------------------------------------------------------------------------------------

def test_rectification_one_row_per_shortfall_with_measures_people_and_deadline(written, status):
    doc = written["整改方案"]
    assert doc.paragraphs[0].text == "关于幸福里社区党支部2025年度\n党建工作考核自查问题的整改方案"
    heads = [p.text for p in doc.paragraphs if p.style.name == H1]
    assert heads == ["一、指导思想", "二、总体要求", "三、存在问题及整改措施", "四、工作要求"]
    t = _table_with(doc, "序号", "整改措施")
    assert _rows(t)[0] == ["序号", "存在问题", "整改措施", "责任人", "整改时限", "完成情况"]
    rows = _rows(t)[1:]
    expected = [(it["id"], f) for it in status["items"] if it["status"] in ("missing", "partial")
                for f in it["findings"] if f["met"] is False]
    expected += [(it["id"], None) for it in status["items"] if it["override"] and not any(
        f["met"] is False for f in it["findings"])]
    assert len(rows) == len(expected) == 9
    assert [r[0] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]
    for r in rows:  # each measure its own 时限 (no [reports] deadline set)
        assert r[4] in ("立即", "一个月内", "下一季度", "长期坚持") and r[5] == ""
    by_item: dict[str, list[list[str]]] = {}
    for r in rows:
        by_item.setdefault(re.match(r"第(\d+)项", r[1]).group(1), []).append(r)
    # a missed meeting: find unfiled minutes, hold it from now on; never make up a past one
    assert by_item["18"][0][2] == ("立即查找本年度已召开但未归档的联席会议记录，找到的归入台帐；自即日起，每季度第一个月召开"
                                   "联席会议，由组织委员提前通知成员单位、专人记录，书记每季度检查一次。")
    assert by_item["18"][0][4] == "长期坚持"
    assert "全年召开联席会议2次（4月、10月），要求不少于4次" in by_item["18"][0][1]
    assert by_item["14"][0][2].startswith("逐一与王某某、李某某谈心谈话，了解欠交原因，督促按规定补交党费（王某某5月、6月，"
                                          "李某某12月）")
    assert "自即日起" in by_item["16"][0][2] and "补充开展" not in by_item["16"][0][2]
    assert by_item["2"][0][2].startswith("立即查找民主生活会制度，已有的归入台帐；确实没有的")
    assert "经支部委员会研究通过后印发执行" in by_item["2"][0][2]
    assert "年初" in by_item["15"][0][2] and "2026年1—3月按时制定2026年度" in by_item["15"][0][2]
    assert not any(re.search("补开|补写|补记|补上", r[2]) for r in rows)
    assert by_item["2"][0][3] == RESPONSIBLE["领导班子好"] and by_item["14"][0][3] == RESPONSIBLE["党员干部队伍好"]
    assert by_item["28"][0][3] == "党组织书记"  # 群众反映好 has nobody in [responsible]: the default
    judgement_only = [it["id"] for it in status["items"] if it["status"] == "review"]
    assert not set(judgement_only) & set(by_item)


def test_rectification_deadline_and_default_person_from_config(tmp_path, status):
    ws = build_archive(tmp_path / "a")
    with open(ws.config_path, "a", encoding="utf-8") as fh:
        fh.write('\n[reports]\ndeadline = "2026年3月31日前"\ndefault_responsible = "组织委员"\n')
    ws = open_workspace(ws.root)
    doc = docx.Document(write_report(ws, "rectification", tmp_path / "zg.docx", status))
    rows = _rows(_table_with(doc, "序号", "整改措施"))[1:]
    # the configured date replaces 一个月内 / 下一季度; 立即 and 长期坚持 stay what they are
    assert {r[4] for r in rows} <= {"2026年3月31日前", "立即", "长期坚持"} and "2026年3月31日前" in {r[4] for r in rows}
    assert any(r[3] == "组织委员" for r in rows)
    assert "确保2026年3月31日前整改到位" in _text(doc)


# Format profile ---------------------------------------------------------------------------------------------------

def test_gbt9704_profile_on_styles_runs_page_and_footer(written):
    doc = written["整改方案"]
    sec = doc.sections[0]
    assert round(sec.top_margin.mm) == 37 and round(sec.bottom_margin.mm) == 35
    assert round(sec.left_margin.mm) == 28 and round(sec.right_margin.mm) == 26
    assert round(sec.page_width.mm) == 210 and round(sec.page_height.mm) == 297
    styles = doc.styles
    for name, font, size in ((TITLE, "方正小标宋简体", 22), (BODY, "仿宋_GB2312", 16), (H1, "黑体", 16),
                             ("二级标题", "楷体_GB2312", 16)):
        st = styles[name]
        assert st.element.rPr.rFonts.get(qn("w:eastAsia")) == font
        assert st.font.size.pt == size
    assert styles[BODY].paragraph_format.line_spacing.pt == 28
    body = [p for p in doc.paragraphs if p.style.name == BODY and p.runs]
    assert body and all(r._element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋_GB2312" for p in body for r in p.runs)
    footer = sec.footer.paragraphs[0]
    assert footer.text.startswith("— ") and footer.text.endswith(" —")
    assert "PAGE" in "".join(footer._element.itertext())
    assert footer.runs[0]._element.rPr.rFonts.get(qn("w:eastAsia")) == "宋体"
    assert footer.style.font.size.pt == 14


def test_format_overrides_and_bad_values(tmp_path, status):
    ws = build_archive(tmp_path / "a")
    base = ws.config_path.read_text(encoding="utf-8")
    ws.config_path.write_text(base + '\n[format]\nprofile = "gbt9704"\nmargin_top_mm = 30\nbody_font = "仿宋"\n',
                              encoding="utf-8")
    doc = docx.Document(write_report(open_workspace(ws.root), "gaps", tmp_path / "g.docx", status))
    assert round(doc.sections[0].top_margin.mm) == 30
    assert doc.styles[BODY].element.rPr.rFonts.get(qn("w:eastAsia")) == "仿宋"
    ws.config_path.write_text(base + '\n[format]\nmargin_top = 30\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="margin_top"):
        build_report(open_workspace(ws.root), "gaps", status)
    ws.config_path.write_text(base + '\n[format]\nprofile = "a4-plain"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="a4-plain"):
        build_report(open_workspace(ws.root), "gaps", status)


# Templates --------------------------------------------------------------------------------------------------------

def _edit_template(src: Path, dest: Path, old: str, new: str) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                assert old in text
                data = text.replace(old, new).encode("utf-8")
            zout.writestr(info, data)


def test_user_template_used_and_missing_variable_refused_by_name(tmp_path, status):
    ws = build_archive(tmp_path / "a")
    exported = export_templates(tmp_path / "tpl")
    assert sorted(p.name for p in exported) == ["catalog.docx", "gaps.docx", "rectification.docx",
                                                "self-assessment.docx"]
    mine = ws.root / "模板" / "自评表-红头.docx"
    mine.parent.mkdir()
    _edit_template(tmp_path / "tpl" / "self-assessment.docx", mine, "填报单位：", "幸福里社区红头 填报单位：")
    base = ws.config_path.read_text(encoding="utf-8")
    ws.config_path.write_text(base + '\n[reports.templates]\nself-assessment = "模板/自评表-红头.docx"\n',
                              encoding="utf-8")
    doc = docx.Document(write_report(open_workspace(ws.root), "self-assessment", tmp_path / "s.docx", status))
    assert "幸福里社区红头 填报单位：幸福里社区党支部" in _text(doc)

    _edit_template(tmp_path / "tpl" / "self-assessment.docx", mine, "{{ total_score }}", "（空）")
    with pytest.raises(TemplateError, match=r"缺少.*total_score"):
        build_report(open_workspace(ws.root), "self-assessment", status)
    _edit_template(tmp_path / "tpl" / "self-assessment.docx", mine, "{{ org }}", "{{ 单位名称 }}")
    with pytest.raises(TemplateError, match="单位名称"):
        build_report(open_workspace(ws.root), "self-assessment", status)
    _edit_template(tmp_path / "tpl" / "self-assessment.docx", mine, "{{ row.score }}", "{{ row.mark }}")
    with pytest.raises(TemplateError, match="mark"):
        build_report(open_workspace(ws.root), "self-assessment", status)
    mine.write_bytes(b"not a docx")
    with pytest.raises(TemplateError, match="不是 Word"):
        build_report(open_workspace(ws.root), "self-assessment", status)


def test_committed_templates_match_the_builder():
    from archive.generators.defaults import build_default_template
    from archive.generators.settings import REPORT_KINDS

    repo = Path(__file__).resolve().parent.parent
    for kind in REPORT_KINDS:
        built = zipfile.ZipFile(__import__("io").BytesIO(build_default_template(kind))).read("word/document.xml")
        for folder in (repo / "doc_templates", repo / "archive" / "generators" / "templates"):
            assert zipfile.ZipFile(folder / f"{kind}.docx").read("word/document.xml") == built, (folder, kind)


# Outputs ----------------------------------------------------------------------------------------------------------

def test_existing_output_replaced_only_with_force(ws, status, tmp_path):
    out = tmp_path / "gaps.docx"
    write_report(ws, "gaps", out, status)
    out.write_bytes(b"mine")
    with pytest.raises(OutputExists):
        write_report(ws, "gaps", out, status)
    assert out.read_bytes() == b"mine"
    write_report(ws, "gaps", out, status, force=True)
    assert docx.Document(out).paragraphs[0].text.endswith("缺失材料清单")
    assert [p.name for p in tmp_path.iterdir()] == ["gaps.docx"]  # no temp files left


def test_cli_report_all_from_a_saved_status(cli_run, ws, status, tmp_path):
    import json

    saved = tmp_path / "status.json"
    saved.write_text(json.dumps(status, ensure_ascii=False), encoding="utf-8")
    code, out, err = cli_run("--archive", str(ws.root), "report", "all", "-o", str(tmp_path / "报告"),
                             "--status", str(saved), "--json")
    assert code == 0, err
    assert [Path(p).name for p in json.loads(out)["written"]] == ["自评表.docx", "台帐目录.docx", "缺失材料清单.docx",
                                                                  "整改方案.docx"]
    code, out, err = cli_run("--archive", str(ws.root), "report", "gaps", "-o", str(tmp_path / "报告" / "缺失材料清单.docx"),
                             "--status", str(saved))
    assert code == 2 and "已存在" in err and "--force" in err
    code, out, err = cli_run("--archive", str(ws.root), "report", "weekly", "-o", str(tmp_path / "x.docx"))
    assert code == 2 and "weekly" in err and "self-assessment" in err
    code, out, err = cli_run("templates", "export", str(tmp_path / "模板"))
    assert code == 0 and (tmp_path / "模板" / "gaps.docx").is_file()


def test_tier_rubric_self_assessment(tmp_path):
    from archive.workspace import init_workspace

    ws = init_workspace(tmp_path / "星级", rubric="seed004", org="幸福里社区党委", year=2025)
    status = {"rubric": "seed004", "org": "幸福里社区党委", "year": 2025, "as_of": "2025-12-31",
              "total": {"points": 0, "score": 0}, "counts": {"missing": 1, "partial": 0, "review": 1, "covered": 1},
              "categories": [],
              "items": [{"id": "1.1", "category": "一星", "text": "社区党组织和居委会班子健全", "points": 0,
                         "status": "covered", "override": None, "score": 0, "deduction": 0, "evidence": [],
                         "findings": []},
                        {"id": "2.2", "category": "二星", "text": "居务监督委员会职责履行到位", "points": 0,
                         "status": "missing", "override": None, "score": 0, "deduction": 0, "evidence": [],
                         "findings": [{"requirement": "r3", "type": "window", "met": False,
                                       "detail": "没有找到年初的居务公开计划", "evidence": [], "missing": []}]}],
              "tiers": [{"name": "一星", "met": True, "blocked_by": []},
                        {"name": "二星", "met": False, "blocked_by": ["2.2 居务监督委员会职责履行到位"]}]}
    doc = docx.Document(write_report(ws, "self-assessment", tmp_path / "s.docx", status))
    tiers = _table_with(doc, "星级", "评定结果")
    assert _rows(tiers)[1:] == [["一星", "达到", "—"], ["二星", "未达到", "2.2 居务监督委员会职责履行到位"]]
    assert "本年度达到一星标准" in _text(doc)
    zg = docx.Document(write_report(ws, "rectification", tmp_path / "z.docx", status))
    assert "没有找到年初的居务公开计划" in _rows(_table_with(zg, "序号", "整改措施"))[1][1]
