"""整改方案 as a plan a branch can carry out (issue 26 item 1): the sample archive's plan opened with python-docx and
read cell by cell, the measures of every bundled rubric's requirements read sentence by sentence, and the document
rendered through LibreOffice to check that a two-digit 序号 stays on one line."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from conftest import needs_soffice
from docx.oxml.ns import qn

from archive.assess import assess_archive
from archive.generators import write_report
from archive.generators.defaults import RECTIFICATION_CELL_MARGIN_MM, RECTIFICATION_WIDTHS_MM
from archive.generators.measures import WHEN_ORDER, PlanContext, measure_for
from archive.generators.rectification import build_context, people_by_role
from archive.generators.settings import FormatProfile
from archive.handle import Archive
from archive.pipelines.ingest import ingest
from archive.rubric import load_rubric
from archive.rubric.model import Requirement
from archive.workspace import init_workspace

SAMPLE = Path(__file__).resolve().parent.parent / "sample_evidence"
BACKFILL = re.compile(r"补开|补写|补记|补上|补充开展")
# Words that must not come back within a few characters ("签订与社区单位签订的…", "照片的照片", "公示的公示底稿").
DOUBLED = re.compile(r"(签订|签定|照片|公示|材料|归档|制定|召开)[^，。；、]{0,3}\1")
BROKEN = ("年底有", "年初有", "年终有", "的的", "，，", "。。", "；；", "；。", "，。", "“”")


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """The sample archive ingested (no OCR), the filing suggestions accepted, assessed at year end."""
    from archive.filing import accept_suggestions

    root = tmp_path_factory.mktemp("plan") / "幸福里"
    shutil.copytree(SAMPLE, root, ignore=shutil.ignore_patterns(".taizhang", "taizhang.toml", "README.md"))
    ws = init_workspace(root, rubric="seed000", org="幸福里社区党支部", year=2025)
    ingest(ws, ocr=False)
    with Archive(ws).writing("test") as conn:
        accept_suggestions(ws, conn)
    status = assess_archive(ws, dt.date(2025, 12, 31)).to_json()
    out = tmp_path_factory.mktemp("plan-out") / "整改方案.docx"
    write_report(ws, "rectification", out, status)
    return ws, status, out


@pytest.fixture(scope="module")
def rows(sample):
    doc = docx.Document(sample[2])
    table = next(t for t in doc.tables if [c.text for c in t.rows[0].cells][:3] == ["序号", "存在问题", "整改措施"])
    return [[c.text for c in r.cells] for r in table.rows[1:]]


def _item_of(row: list[str]) -> str:
    return re.match(r"第(\d+)项", row[1]).group(1)


def test_no_measure_makes_up_a_past_meeting_or_record(rows):
    for r in rows:
        for cell in r:
            assert not BACKFILL.search(cell), r


def test_every_item_short_of_full_marks_has_a_row_those_with_no_evidence_included(sample, rows):
    _, status, _ = sample
    with_rows = {_item_of(r) for r in rows}
    short = [it["id"] for it in status["items"] if it["status"] in ("missing", "partial")]
    assert short and set(short) <= with_rows
    empty = [it["id"] for it in status["items"] if it["status"] == "missing" and not it["evidence"]]
    assert empty and set(empty) <= with_rows
    assert not {it["id"] for it in status["items"] if it["status"] in ("covered", "review")} & with_rows
    assert [r[0] for r in rows] == [str(n) for n in range(1, len(rows) + 1)]


def test_a_missed_meeting_is_held_from_now_on_and_the_organiser_is_named(sample, rows):
    _, status, _ = sample
    missed = {it["id"] for it in status["items"] for f in it["findings"]
              if f["type"] == "count" and f["met"] is False and re.search("会议|活动", f["detail"])}
    assert missed  # the sample's 联席会议 (3 of 4) and 共建活动
    meeting_rows = [r for r in rows if _item_of(r) in missed and re.search("会议|活动", r[1])]
    assert meeting_rows
    for r in meeting_rows:
        assert "自即日起" in r[2] or "今后" in r[2]
        assert "组织委员" in r[2] + r[3]
        assert "已召开但未归档" in r[2] or "已开展但未归档" in r[2]  # minutes that exist are found, none written
        assert r[4] == "长期坚持"
    joint = next(r for r in meeting_rows if "联席会议" in r[1])
    assert "每季度第一个月召开联席会议" in joint[2] and "书记每季度检查一次" in joint[2]


def test_unpaid_dues_are_collected_from_the_member_by_the_organiser(rows):
    dues = [r for r in rows if "党费台帐" in r[1] and "欠交" in r[1]]
    assert len(dues) == 1
    measure, person = dues[0][2], dues[0][3]
    assert "补交党费" in measure and "王秀兰" in measure and "谈心谈话" in measure
    assert person.replace("\n", "") == "组织委员（张伟）"  # the 花名册's 职务 column names him
    assert dues[0][4] == "一个月内"


def test_people_by_role_from_the_roster_and_a_time_limit_per_measure(rows):
    people = {r[3].replace("\n", "") for r in rows}
    assert {"党组织书记（李建国）", "组织委员（张伟）", "宣传委员（赵丽华）", "纪检委员（陈明）"} <= people
    assert {r[4] for r in rows} <= set(WHEN_ORDER) and len({r[4] for r in rows}) >= 3
    by_problem = {r[1]: r for r in rows}
    clean = next(r for p, r in by_problem.items() if "没有找到勤政廉洁" in p)
    assert clean[3].startswith("纪检委员")
    study = next(r for p, r in by_problem.items() if "没有找到组织党员学理论" in p)
    assert study[3].startswith("宣传委员") and "自即日起，每月固定一天组织党员集中学习" in study[2]


def test_no_doubled_words_or_broken_clauses(rows):
    for r in rows:
        for cell in (r[1], r[2]):
            assert not DOUBLED.search(cell), cell
            assert not any(b in cell for b in BROKEN), cell
        assert r[2].endswith("。") and r[1].endswith("。")


def test_documents_are_found_first_and_drawn_up_only_when_they_can_be(rows):
    rules = next(r for r in rows if "民主生活会制度" in r[1])
    assert rules[2].startswith("立即查找民主生活会制度，已有的归入台帐；确实没有的") and rules[4] == "一个月内"
    pact = next(r for r in rows if "环境卫生责任状" in r[1])
    assert pact[2].startswith("立即查找已与社区单位签订的环境卫生责任状") and "签订与" not in pact[2]
    photo = next(r for r in rows if "意见箱" in r[1])
    assert "照片的照片" not in photo[2] and "实地查验" in photo[2] and photo[4] == "立即"
    feedback = next(r for r in rows if "反馈给所在单位" in r[1])
    assert "年底有" not in feedback[1] and "于2026年1月底前" in feedback[2]


def test_serial_number_column_keeps_two_digits_on_one_line(sample):
    doc = docx.Document(sample[2])
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "序号")
    grid = [int(c.get(qn("w:w"))) for c in table._tbl.tblGrid.findall(qn("w:gridCol"))]
    assert grid[0] / 1440 * 25.4 == pytest.approx(RECTIFICATION_WIDTHS_MM[0], abs=0.1)
    size_mm = FormatProfile().table_size_pt / 72 * 25.4
    inner = RECTIFICATION_WIDTHS_MM[0] - 2 * RECTIFICATION_CELL_MARGIN_MM
    assert inner >= 2 * size_mm * 1.05  # "序号" (two CJK characters) and so any two digits
    inner = RECTIFICATION_WIDTHS_MM[3] - 2 * RECTIFICATION_CELL_MARGIN_MM
    assert inner >= 5 * size_mm * 1.02  # "党组织书记"
    assert sum(RECTIFICATION_WIDTHS_MM) == pytest.approx(210 - 28 - 26)
    assert all("\n" not in r.cells[0].text for r in table.rows)


@needs_soffice
def test_rendered_plan_keeps_serial_numbers_whole(sample, tmp_path):
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils（pdftotext）未安装")
    from archive.extract.legacy import find_soffice

    src = tmp_path / "zg.docx"
    shutil.copy(sample[2], src)
    subprocess.run([find_soffice(), "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=240)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "zg.pdf"), "-"], check=True, capture_output=True,
                          text=True).stdout
    assert re.search(r"^\s*序号\s", text, re.M)
    for n in (10, 11, 20):
        assert re.search(rf"^\s*{n}\s", text, re.M), n


# --- every bundled rubric's requirements, read as measures --------------------------------------------------------

def _requirements():
    for rid in ("seed000", "seed001", "seed002", "seed003", "seed004"):
        rubric = load_rubric(rid)
        items = rubric.items() if rubric.kind == "points" else [
            c for t in rubric.tiers for c in [*t.criteria, *t.vetoes]]
        for it in items:
            for req in it.requirements:
                if req.type != "judgement":
                    yield rid, it, req


def _finding(req) -> dict:
    missing = {"count": ["3月", "7月"] if req.per and req.per != "year" else ["少1次"],
               "ledger": ["王某某：5月、6月未交", "李某某：12月未交"], "roster": ["40岁以下少1人"],
               "rate": [f"{req.measure}60%"]}.get(req.type, [req.description])
    return {"requirement": req.id, "type": req.type, "met": False, "detail": "", "missing": missing}


@pytest.mark.parametrize("as_of", [dt.date(2025, 12, 31), dt.date(2026, 3, 15), dt.date(2025, 6, 30)])
def test_every_bundled_requirement_reads_as_a_forward_measure(as_of):
    seen = 0
    for rid, it, req in _requirements():
        ctx = PlanContext(2025, as_of, it.text, "", tuple(getattr(it, "method", ()) or ()),
                          tuple(getattr(it, "typical_evidence", ()) or ()))
        m = measure_for(req, _finding(req), ctx)
        where = f"{rid} {it.id} {req.id}: {m.text}"
        assert not BACKFILL.search(m.text), where
        assert not DOUBLED.search(m.text), where
        assert not any(b in m.text for b in BROKEN), where
        assert m.text.endswith("。") and m.when in WHEN_ORDER, where
        if req.type == "count" and req.meeting_type:
            assert "自即日起" in m.text or "今后" in m.text, where
        if req.type == "ledger":
            assert "补交党费" in m.text and "王某某" in m.text, where
        seen += 1
    assert seen > 100


def test_a_missed_monthly_meeting_gets_a_fixed_day_and_who_checks():
    rubric = load_rubric("seed003")
    req = next(r for r in rubric.item("18").requirements if r.meeting_type == "支部委员会")
    f = {"requirement": req.id, "type": "count", "met": False, "detail": "3月、7月无支委会记录",
         "missing": ["3月", "7月"]}
    m = measure_for(req, f, PlanContext(2025, dt.date(2025, 12, 31), "三会一课"))
    assert m.text == ("立即查找3月、7月已召开但未归档的支部委员会会议记录，找到的归入台帐；自即日起，每月第一周召开支部委员会会议，"
                      "由组织委员提前通知、专人记录，书记每季度检查一次。")
    assert (m.role, m.when) == ("组织委员", "长期坚持")


def test_a_time_at_a_post_short_is_kept_in_an_attendance_log_not_a_training():
    from archive.rubric.infer import infer_item
    ctx = PlanContext(2025, dt.date(2025, 12, 31), "第一书记每月驻村工作不少于20天。")
    [req] = infer_item("第一书记每月驻村工作不少于20天。").checkable
    m = measure_for(req, {"requirement": req.id, "type": "duration", "met": False, "detail": "",
                          "missing": ["3月12天"]}, ctx)
    assert "驻村考勤登记" in m.text and "确保每月驻村累计不少于20天。" in m.text and "培训" not in m.text
    [req] = infer_item("党员每年参加集中培训不少于32学时。").checkable
    m = measure_for(req, {"requirement": req.id, "type": "duration", "met": False, "detail": "",
                          "missing": ["少8学时"]}, ctx)
    assert "集中培训" in m.text and "确保培训累计不少于32学时。" in m.text


def test_roles_from_the_roster_skip_the_deputy_and_the_first_secretary():
    members = [{"name": "刘芳", "role": "党支部副书记（专职）"}, {"name": "周强", "role": "驻社区第一书记"},
               {"name": "李建国", "role": "党支部书记、居委会主任"}, {"name": "张伟", "role": "组织委员、纪检委员"}]
    assert people_by_role(members) == {"党组织书记": "李建国", "组织委员": "张伟", "纪检委员": "张伟"}


def test_the_plan_names_the_organisation_it_is_written_for(sample):
    from archive.generators.rectification import party_body

    assert [party_body(o) for o in ("幸福里社区党支部", "幸福村党支部", "长冈乡大坪村党总支", "市林业局机关党支部")] == [
        "社区党组织", "村党组织", "村党组织", "党组织"]
    _, status, _ = sample
    common = {"org": "幸福村党支部", "year": 2025, "rubric_title": "评分表", "date_cn": "2025年12月31日"}
    ctx = build_context(status, common, load_rubric("seed000"), {}, "党组织书记", None, {})
    assert "推动村党组织建设全面进步" in ctx["guiding"]
    assert ctx["work_requirements"][0]["text"].startswith("村党组织书记履行第一责任人职责")
    assert "社区" not in ctx["guiding"] + ctx["work_requirements"][0]["text"]


def test_configured_category_person_and_deadline_win(sample):
    _, status, _ = sample
    common = {"org": "幸福里社区党支部", "year": 2025, "rubric_title": "评分表", "date_cn": "2025年12月31日"}
    ctx = build_context(status, common, load_rubric("seed000"), {"党员干部队伍好": "李委员"}, "党组织书记",
                        "2026年3月31日前", {"组织委员": "张伟"})
    cadre = [r for r in ctx["rows"] if r["item"] in {"8", "9", "10", "11", "12", "13", "14"}]
    assert cadre and {r["person"] for r in cadre} == {"李委员"}
    assert {r["deadline"] for r in ctx["rows"]} <= {"立即", "长期坚持", "2026年3月31日前"}
    assert "确保2026年3月31日前整改到位" in ctx["overall"]
    by_role = build_context(status, common, load_rubric("seed000"), {"组织委员": "王五"}, "党组织书记", "", {})
    organiser = [r for r in by_role["rows"] if r["role"] == "组织委员"]
    assert organiser and {r["person"] for r in organiser} == {"组织委员\n（王五）"}


# --- requirements as imported tables word them --------------------------------------------------------------------

@pytest.mark.parametrize("description,per,keywords,expected", [
    ("每半年至少1次：班子成员之间每半年开展一次谈心谈话", "halfyear", ["谈心谈话"],
     "今后每半年开展谈心谈话一次，由专人记录、及时归档。"),
    ("每季度至少1次：党务、居务每季度公开一次", "quarter", ["公开"],
     "今后每季度开展党务、居务公开一次，由专人记录、及时归档。"),
    ("每半年至少1次：每半年向党员公示一次党费收缴情况", "halfyear", ["公示"],
     "今后每半年向党员公示党费收缴情况一次，由专人记录、及时归档。"),
    ("每季度至少1次：每季度在市场公示栏公示", "quarter", ["公示"],
     "今后每季度在市场公示栏公示一次，由专人记录、及时归档。"),
    ("每两月至少1次：每两个月至少联系流动党员1次", "bimonth", ["联系"],
     "今后每两个月联系流动党员一次，由专人记录、及时归档。"),
    ("每半年至少1次：对入党积极分子每半年考察1次", "halfyear", ["考察"],
     "今后每半年对入党积极分子考察一次，由专人记录、及时归档。"),
])
def test_an_imported_count_reads_as_one_habit(description, per, keywords, expected):
    """A count read from a table's own words ("每半年至少1次：…每半年开展一次…") says how often once."""
    req = Requirement(id="r1", type="count", description=description, per=per, keywords=keywords)
    m = measure_for(req, {"requirement": "r1", "type": "count", "met": False, "detail": "", "missing": ["上半年"]},
                    PlanContext(2025, dt.date(2025, 12, 31), "组织建设"))
    assert m.text.split("；", 1)[1] == expected


def test_members_named_and_a_half_years_summary_are_planned_as_asked():
    ctx = PlanContext(2025, dt.date(2025, 12, 31), "发展党员")
    named = Requirement(id="r1", type="count", description="每年培养入党积极分子不少于2名",
                        keywords=["入党积极分子", "积极分子"], min=2)
    text = measure_for(named, {"requirement": "r1", "type": "count", "met": False, "detail": "", "missing": []}, ctx).text
    assert text.endswith("确保每年确定入党积极分子不少于2名。") and "发展新党员" not in text
    half = Requirement(id="r2", type="doc", description="有半年工作小结", kind="总结", keywords=["半年工作小结"])
    m = measure_for(half, {"requirement": "r2", "type": "doc", "met": False, "detail": "", "missing": []}, ctx)
    assert m.text == "立即查找半年工作小结，已有的归入台帐；今后每年7月底前由党组织书记牵头形成上半年工作小结，经支部委员会讨论后归档。"
    assert m.when == "长期坚持" and not BACKFILL.search(m.text)


def test_people_times_counted_are_planned_as_a_target_not_a_monthly_habit():
    from archive.assess.checks.count import unit_word

    req = Requirement(id="r1", type="count", description="每年培训基层调解员不少于100人次", per="year", min=100,
                      keywords=["培训基层调解员", "解员"])
    assert unit_word(req) == "人次"
    m = measure_for(req, {"requirement": "r1", "type": "count", "met": False, "detail": "", "missing": []},
                    PlanContext(2025, dt.date(2025, 12, 31), "业务培训"))
    habit = m.text.split("；", 1)[1]
    assert habit.startswith("今后每年年初研究部署，培训基层调解员不少于100人次") and "每月" not in habit
