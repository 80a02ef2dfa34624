"""Assessment checks on hand-built evidence: one section per requirement kind, with its edge cases."""

from __future__ import annotations

import datetime as dt

import pytest

from archive.assess.checks import CHECKS
from archive.assess.checks.ledger import cell_state, read_ledger, text_arrears
from archive.assess.engine import assess_pool
from archive.assess.findings import Context
from archive.assess.records import Pool, Record
from archive.assess.select import candidates
from archive.assess.textnum import age_at, counted_rate, education_rank, parse_birth, written_rates
from archive.rubric.loader import rubric_from_data
from archive.rubric.model import Requirement, RosterCondition

YEAR = 2025
_ids = iter(range(1, 10_000))


def rec(path, kind=None, meeting=None, date=None, precision="day", text="", title="", fields=None, tables=None,
        sha=None):
    import json

    d = dt.date.fromisoformat(date) if date else None
    return Record(id=next(_ids), path=path, sha256=sha or path, kind=kind, meeting_type=meeting, date=d,
                  precision=precision if d else None, title=title, text=text, fields=fields or {},
                  tables_json=json.dumps(tables or [], ensure_ascii=False))


def pool(records, filed=None, excluded=None) -> Pool:
    by_kind, by_meeting = {}, {}
    for r in records:
        if r.kind:
            by_kind.setdefault(r.kind, []).append(r)
        if r.meeting_type:
            by_meeting.setdefault(r.meeting_type, []).append(r)
    return Pool({r.id: r for r in records}, by_kind, by_meeting,
                {k: [r.id for r in v] for k, v in (filed or {}).items()},
                {k: {r.id for r in v} for k, v in (excluded or {}).items()})


def run(req: Requirement, records, as_of="2025-12-31", filed=None, excluded=None, item="x"):
    p = pool(records, {item: filed or []}, {item: excluded or []})
    ctx = Context(YEAR, dt.date.fromisoformat(as_of), p)
    return CHECKS[req.type](ctx, req, candidates(p, item, req) if req.type != "judgement" else filed or [])


def monthly(months, meeting="支部委员会", day=10):
    return [rec(f"支委会/{m}月.docx", "会议记录", meeting, f"{YEAR}-{m:02d}-{day:02d}") for m in months]


# ---------------------------------------------------------------- count

ZWH = Requirement(id="r1", type="count", description="支部委员会每月召开1次", meeting_type="支部委员会", per="month")


def test_count_monthly_names_the_missing_months():
    f = run(ZWH, monthly([1, 2, 3, 4, 6, 7, 9, 10, 11, 12]))
    assert f.met is False
    assert f.missing == ["5月", "8月"]
    assert f.detail.startswith("5月、8月无支委会记录")
    assert "12个月中10个有记录" in f.detail
    assert f.units == 2 and len(f.evidence) == 10


def test_count_every_month_met():
    f = run(ZWH, monthly(range(1, 13)))
    assert f.met is True and f.missing == [] and "每月都有支委会记录" in f.detail


def test_count_two_records_of_one_meeting_count_once():
    recs = monthly(range(1, 13))
    recs.append(rec("照片/IMG_20250310.jpg", "照片", "支部委员会", "2025-03-10"))
    recs.append(rec("签到/3月签到表.xls", "签到表", "支部委员会", "2025-03-10"))
    req = Requirement(id="r1", type="count", description="全年召开支委会不少于14次", meeting_type="支部委员会",
                      min=14)
    f = run(req, recs)
    assert f.met is False
    assert "支委会记录12次" in f.detail and f.missing == ["少2次"]
    assert len(f.evidence) == 14  # every file of the 12 meetings is shown


def test_count_31_december_and_1_january_fall_in_their_own_years():
    lx = Requirement(id="r2", type="count", description="每年开展联席会议不少于2次", meeting_type="联席会议", min=2,
                     per="year")
    recs = [rec("a.docx", "会议记录", "联席会议", "2024-12-31"), rec("b.docx", "会议记录", "联席会议", "2025-01-01"),
            rec("c.docx", "会议记录", "联席会议", "2025-12-31"), rec("d.docx", "会议记录", "联席会议", "2026-01-01")]
    f = run(lx, recs)
    assert f.met is True
    assert "（1月1日、12月31日）" in f.detail and f.evidence == ["b.docx", "c.docx"]


def test_count_quarter_and_31_december_belongs_to_q4():
    req = Requirement(id="r1", type="count", description="党课每季度至少1次", meeting_type="党课", per="quarter")
    recs = [rec("q1.docx", "会议记录", "党课", "2025-03-31"), rec("q2.docx", "会议记录", "党课", "2025-04-01"),
            rec("q4.docx", "会议记录", "党课", "2025-12-31")]
    f = run(req, recs)
    assert f.met is False and f.missing == ["第三季度"]
    assert f.detail.startswith("第三季度无党课记录")


def test_count_bimonthly():
    req = Requirement(id="r1", type="count", description="集中服务活动每两月不少于1次", meeting_type="志愿服务",
                      per="bimonth")
    recs = [rec(f"{m}.jpg", "照片", "志愿服务", f"2025-{m:02d}-05") for m in (1, 4, 6, 8, 12)]
    f = run(req, recs)
    assert f.missing == ["9—10月"] and f.met is False


def test_count_year_four_times_names_dates():
    req = Requirement(id="r2", type="count", description="每年开展联席会议活动不少于4次", meeting_type="联席会议",
                      min=4, per="year")
    recs = [rec(f"{d}.docx", "会议记录", "联席会议", d) for d in ("2025-04-10", "2025-10-20")]
    f = run(req, recs)
    assert f.detail.startswith("2025年有联席会议记录2次（4月10日、10月20日），要求不少于4次，少2次")
    assert f.units == 2 and f.missing == ["少2次"]


def test_count_two_years_looks_at_last_year_too():
    req = Requirement(id="r1", type="count", description="两年内至少发展1名新党员", keywords=["预备党员"], years=2)
    old = rec("2024/党员大会.docx", "会议记录", "党员大会", "2024-06-20", text="表决接收张三为预备党员")
    f = run(req, [old], filed=[old])
    assert f.met is True and "2024—2025年" in f.detail
    older = rec("2023/党员大会.docx", "会议记录", "党员大会", "2023-06-20", text="接收为预备党员")
    assert run(req, [older], filed=[older]).met is False


def test_count_mtime_dated_records_are_not_counted_but_mentioned():
    req = Requirement(id="r1", type="count", description="每年开展共建活动不少于1次", meeting_type="共建活动")
    undated = rec("共建.docx", "会议记录", "共建活动", None)
    f = run(req, [undated])
    assert f.met is False and "1件材料没有可靠日期" in f.detail


def test_count_stated_in_a_document_and_listing_table():
    req = Requirement(id="r1", type="count", description="每年确定并完成5个以上实事项目",
                      keywords=["实事项目", "为民办实事"], min=5, per="year")
    summary = rec("总结.docx", "总结", None, "2025-12-20", text="全年完成为民办实事项目6项：加装电梯……")
    f = run(req, [summary], filed=[summary])
    assert f.met is True and "实事项目6项" in f.detail and "要求不少于5项" in f.detail
    table = rec("为民办实事项目台账.csv", "其他", None, None, title="序号,项目名称,责任人",
                tables=[{"name": "为民办实事项目台账", "rows": [["序号", "项目名称"]] + [[str(i), f"项目{i}"]
                                                                            for i in range(1, 5)]}])
    f = run(req, [table], filed=[table])
    assert f.met is False and "列出4项" in f.detail and "为民办实事项目台账.csv" in f.detail


def test_count_of_members_taken_in_does_not_read_the_roster():
    """"每两年至少发展党员1名" (keywords 发展党员 … 党员): the 党员花名册's rows and "全支部共有党员27名" are the
    members, not the members taken in."""
    req = Requirement(id="r1", type="count", description="每两年发展党员不少于1名",
                      keywords=["发展党员", "预备党员", "入党", "党员"], years=2)
    roster = rec("党员花名册.xlsx", "花名册", None, "2025-07-01", title="幸福里社区党支部党员花名册",
                 text="全支部共有党员27名，入党积极分子2名。",
                 tables=[{"name": "党员花名册", "rows": [["序号", "姓名"]] + [[str(i), f"党员{i}"] for i in range(1, 28)]}])
    f = run(req, [roster], filed=[roster])
    assert f.met is False and "27" not in f.detail


def test_count_as_of_judges_only_ended_months_and_lists_what_is_due():
    f = run(ZWH, monthly([1, 2, 4, 5, 6]), as_of="2025-07-15")
    assert f.met is False and f.missing == ["3月"]  # July is not missing yet
    assert f.due == ["本月尚无支委会记录"]
    assert f.pending is True and "只查已结束的时段" in f.detail
    f = run(ZWH, monthly([1, 2, 3, 4, 5, 6, 7]), as_of="2025-07-15")
    assert f.met is True and f.due == []


def test_count_year_not_ended_is_pending_not_missing():
    req = Requirement(id="r2", type="count", description="每年不少于4次", meeting_type="联席会议", min=4)
    recs = [rec("a.docx", "会议记录", "联席会议", "2025-03-20")]
    f = run(req, recs, as_of="2025-06-30")
    assert f.met is True and f.pending and "年底前还需3次" in f.detail
    assert f.due == ["联席会议还需3次（要求全年不少于4次）"]


def test_count_month_precision_record_fills_its_month():
    recs = monthly([1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12])
    recs.append(rec("8月支委会.jpg", "照片", "支部委员会", "2025-08-01", precision="month"))
    assert run(ZWH, recs).met is True
    recs[-1] = rec("支委会.jpg", "照片", "支部委员会", "2025-01-01", precision="year")
    assert run(ZWH, recs).missing == ["8月"]


# ---------------------------------------------------------------- selection

def test_minutes_are_minutes_wherever_filed_and_exclusions_remove():
    recs = monthly(range(1, 13))
    f = run(ZWH, recs, excluded=[recs[4]])
    assert f.missing == ["5月"]


def test_a_meeting_count_of_one_speaker_or_one_business_counts_only_the_records_that_name_it():
    branch = rec("党课/3月党课.docx", "会议记录", "党课", "2025-03-15", text="主讲人：组织委员李明")
    secretary = rec("党课/7月党课.docx", "会议记录", "党课", "2025-07-01", text="主讲人：党支部书记王芳")
    by_secretary = Requirement(id="r1", type="count", description="书记每年讲党课不少于1次", meeting_type="党课",
                               per="year", keywords=["书记"])
    f = run(by_secretary, [branch])
    assert f.met is False and f.detail == "2025年没有书记讲的党课记录（要求不少于1次），少1次。"
    f = run(by_secretary, [branch, secretary])
    assert f.met is True and f.evidence == ["党课/7月党课.docx"]
    # filed by hand to the item, a 党课 that names no 书记 still is not the 书记's
    assert run(by_secretary, [branch], filed=[branch]).met is False
    # 民主评议党员 is business of the 组织生活会: only a 组织生活会 that held it counts
    review = Requirement(id="r2", type="count", description="每年开展民主评议党员不少于1次", meeting_type="组织生活会",
                         per="year", keywords=["民主评议"])
    plain = rec("组织生活会.docx", "会议记录", "组织生活会", "2025-12-20", text="2025年度组织生活会 对照检查")
    assert run(review, [plain]).met is False
    held = rec("组织生活会暨民主评议党员.docx", "会议记录", "组织生活会", "2025-12-28", text="开展民主评议党员")
    assert run(review, [plain, held]).met is True
    # keywords that name the meeting itself are words to file by: every record of the meeting counts
    cojoint = Requirement(id="r3", type="count", description="每年开展共建活动不少于1次", meeting_type="共建活动",
                          per="year", keywords=["共建"])
    visit = rec("联建/慰问.docx", "会议记录", "共建活动", "2025-05-04", text="与辖区学校联建慰问老党员")
    assert run(cojoint, [visit]).met is True


def test_filed_file_of_another_definite_kind_does_not_serve_a_kind():
    req = Requirement(id="r1", type="doc", description="有联席会议制度", kind="制度", keywords=["联席会议"])
    minutes = rec("联席会议记录.docx", "会议记录", "联席会议", "2025-03-20", text="联席会议")
    unsure = rec("新建文档.docx", "其他", None, "2025-02-01", text="社区党建联席会议制度")
    f = run(req, [minutes, unsure], filed=[minutes, unsure])
    assert f.met is True and f.evidence == ["新建文档.docx"]


def test_kind_named_doc_needs_its_keyword():
    req = Requirement(id="r1", type="doc", description="有社区党组织议事规则", kind="制度", keywords=["议事规则"])
    other = rec("制度/联席会议制度.docx", "制度", None, "2025-01-05", text="联席会议制度")
    f = run(req, [other])
    assert f.met is False and f.detail == "没有找到社区党组织议事规则。"


# ---------------------------------------------------------------- window

PLAN = Requirement(id="r1", type="window", description="年初有党建工作计划", kind="计划", window="年初",
                   keywords=["计划"])
SUMMARY = Requirement(id="r2", type="window", description="年终有党建工作总结", kind="总结", window="年终",
                      keywords=["总结"])


@pytest.mark.parametrize("date,met", [("2024-12-20", True), ("2025-01-06", True), ("2025-03-31", True),
                                      ("2025-04-01", False), ("2024-11-30", False)])
def test_window_year_start(date, met):
    f = run(PLAN, [rec("计划.docx", "计划", None, date, text="党建工作计划")])
    assert f.met is met
    if not met:
        assert "不在年初（上年12月至3月）内" in f.detail


@pytest.mark.parametrize("date,met", [("2025-10-01", True), ("2025-12-31", True), ("2026-01-20", True),
                                      ("2025-09-30", False)])
def test_window_year_end(date, met):
    f = run(SUMMARY, [rec("总结.docx", "总结", None, date, text="年度工作总结")])
    assert f.met is met


def test_window_year_end_not_due_in_june_and_year_only_date_is_for_a_person():
    f = run(SUMMARY, [], as_of="2025-06-30")
    assert f.met is True and f.pending and f.due == ["年终有党建工作总结（10月至次年1月）"]
    f = run(PLAN, [rec("计划.docx", "计划", None, "2025-01-01", precision="year", text="计划")])
    assert f.met is None and "日期只到年份" in f.detail


# ---------------------------------------------------------------- rate

ATT = Requirement(id="r2", type="rate", description="三会一课参加率超过70%", kind="会议记录", measure="三会一课参加率",
                  op=">", threshold=0.7)


def minutes(path, meeting, date, due, came):
    fields = {"应到人数": due, "实到人数": came} if due is not None else {"实到人数": came}
    return rec(path, "会议记录", meeting, date, fields=fields)


def test_attendance_overall_names_meetings_below():
    recs = [minutes("a.docx", "党员大会", "2025-03-28", 26, 21), minutes("b.docx", "党员大会", "2025-09-26", 27, 17),
            minutes("c.docx", "支部委员会", "2025-05-14", 5, 5),
            minutes("d.docx", "共建活动", "2025-05-20", 20, 2)]  # not 三会一课
    f = run(ATT, recs)
    assert f.met is True and f.missing == []
    assert f.detail.startswith("3次会议合计实到43人次、应到58人次，参加率74.1%，要求超过70%；"
                               "其中低于要求的1次：9月26日党员大会17/27＝63.0%")
    assert "d.docx" not in f.evidence and "b.docx" in f.evidence
    p = pool(recs, {"x": []}, {"x": []})
    strict = CHECKS["rate"](Context(YEAR, dt.date(2025, 12, 31), p, {"attendance": "every_meeting"}), ATT,
                            candidates(p, "x", ATT))
    assert strict.met is False and strict.missing == ["9月26日党员大会17/27＝63.0%"]
    low = run(ATT, [minutes("b.docx", "党员大会", "2025-09-26", 27, 17)])
    assert low.met is False and low.missing == ["9月26日党员大会17/27＝63.0%"]


def test_attendance_minutes_without_due_listed_not_guessed():
    recs = [minutes("a.docx", "党员大会", "2025-03-28", 26, 21), minutes("x.docx", "党课", "2025-06-24", None, 19)]
    f = run(ATT, recs)
    assert f.met is True
    assert "另有1份会议记录没有写明应到人数，未计入：6月24日党课" in f.detail
    assert "x.docx" in f.evidence
    only = run(ATT, [minutes("x.docx", "党课", "2025-06-24", None, 19)])
    assert only.met is None and "无法计算参加率" in only.detail


def test_attendance_threshold_operator_strict():
    exact = [minutes("a.docx", "党员大会", "2025-03-28", 10, 7)]
    assert run(ATT, exact).met is False  # 超过70%: 70% is not enough
    ge = Requirement(**{**ATT.__dict__, "op": ">="})
    assert run(ge, exact).met is True


@pytest.mark.parametrize("text,value", [("满意率91.2%", 0.912), ("群众满意度为85%", 0.85), ("参与率38.5%", 0.385),
                                        ("满意率（满意与基本满意之和）为96.5％", 0.965)])
def test_written_rates(text, value):
    found = written_rates(text, ("满意率", "满意度", "参与率"))
    assert found and found[0][0] == pytest.approx(value)


def test_rate_written_figure_against_threshold():
    req = Requirement(id="r1", type="rate", description="满意度超过90%", kind="测评", measure="党员群众满意度",
                      op=">", threshold=0.9, keywords=["满意度"])
    low = rec("测评.docx", "测评", None, "2025-12-18", text="党员群众满意度为85%。")
    f = run(req, [low])
    assert f.met is False and "满意度为85%，要求超过90%，未达到" in f.detail
    high = rec("测评2.docx", "测评", None, "2025-12-28", text="满意度测评：满意率91.2%")
    assert run(req, [low, high]).met is True  # the latest statement wins


def test_rate_only_as_counts():
    req = Requirement(id="r2", type="rate", description="直管党员参与率超过50%", measure="社区直管党员参与率", op=">",
                      threshold=0.5, keywords=["志愿"])
    doc = rec("志愿服务队.docx", "其他", None, "2025-06-01", text="本社区直管党员52名，参加志愿服务20名。")
    f = run(req, [doc], filed=[doc])
    assert f.met is False and "折合38.5%" in f.detail
    assert counted_rate("直管党员52名，参加志愿服务30名")[0] == pytest.approx(30 / 52)


def test_rate_plan_targets_are_not_results():
    req = Requirement(id="r2", type="rate", description="参与率超过50%", measure="参与率", op=">", threshold=0.5,
                      keywords=["参与率"])
    plan = rec("计划.docx", "计划", None, "2025-01-06", text="直管党员参与率达到60%以上")
    f = run(req, [plan], filed=[plan])
    assert f.met is False and "没有反映参与率的材料" in f.detail


# ---------------------------------------------------------------- ledger

LEDGER = Requirement(id="r1", type="ledger", description="党费按月交纳", kind="党费台帐")


def ledger_record(rows, path="党费/2025年党费台帐.xlsx", title="2025年党费收缴台帐"):
    return rec(path, "党费台帐", None, None, title=title, tables=[{"name": "Sheet1", "rows": rows}])


def test_ledger_merged_headers_and_amount_forms():
    rows = [["幸福里社区党支部2025年党费收缴台帐", None, None, None, None, None, None, None, None, None, None, None,
             None, None],  # merged title: only the first cell holds text
            ["序号", "姓名", "交纳月份", None, None, None, None, None, None, None, None, None, None, None],
            [None, None, "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
            ["1", "李建国", "50元", "50.00", 50, "50", "50元", "50", "50", "50", "50", "50", "50", "50"],
            ["2", "王某某", "50", "50", "50", "50", "未交", "欠交", "50", "50", "50", "50", "50", "50"],
            ["3", "陈晓雯", "—", "—", "—", "—", "—", "—", "12", "12", "12", "", "0", "缓交"],
            ["", "合计", "100", "100", "", "", "", "", "", "", "", "", "", ""]]
    f = run(LEDGER, [ledger_record([r[:1] + [r[1]] + r[2:] for r in rows])])
    assert f.met is False
    assert f.missing == ["王某某：5月、6月未交", "陈晓雯：10月、11月、12月未交"]
    assert "3名党员，1—12月" in f.detail and f.units == 5


def test_ledger_words_and_cells():
    assert cell_state("50元")[0] == "paid" and cell_state(50.0)[0] == "paid" and cell_state("50.00")[0] == "paid"
    assert cell_state(None)[0] == "unpaid" and cell_state(0)[0] == "unpaid" and cell_state("缓交")[1] == "缓交"
    assert cell_state("—")[0] == "na"


def test_ledger_one_word_for_one_kind_of_arrears():
    rows = [["姓名"] + [f"{m}月" for m in range(1, 13)], ["王秀兰"] + ["2"] * 6 + ["欠交"] * 3 + ["2"] * 3]
    f = run(LEDGER, [ledger_record(rows)])
    assert f.missing == ["王秀兰：7月、8月、9月欠交"]


def test_ledger_months_as_rows():
    rows = [["月份", "张三", "李四"]] + [[f"{m}月", "30", "20" if m != 4 else "欠交"] for m in range(1, 13)]
    grid = read_ledger(ledger_record(rows))
    assert grid["李四"][4] == ("unpaid", "欠交") and grid["张三"][12] == ("paid", "")
    f = run(LEDGER, [ledger_record(rows)])
    assert f.missing == ["李四：4月欠交"]


def test_ledger_from_text_and_only_ended_months():
    assert text_arrears("王某某：5月、6月未交；李四：3月欠交") == {"王某某": [(5, "未交"), (6, "未交")],
                                                          "李四": [(3, "欠交")]}
    rows = [["姓名"] + [f"{m}月" for m in range(1, 13)], ["张三"] + ["30"] * 6 + [""] * 6]
    f = run(LEDGER, [ledger_record(rows)], as_of="2025-06-30")
    assert f.met is True and "1—6月" in f.detail and f.due == []
    f = run(LEDGER, [ledger_record(rows)], as_of="2025-07-15")
    assert f.met is True and f.due == ["7月党费尚待收缴登记"]


def test_ledger_of_another_year_does_not_count():
    rows = [["姓名"] + [f"{m}月" for m in range(1, 13)], ["张三"] + ["30"] * 12]
    old = ledger_record(rows, path="党费/2024年党费台帐.xlsx", title="2024年党费收缴台帐")
    f = run(LEDGER, [old])
    assert f.met is False and f.detail.startswith("没有2025年度的党费台帐")


def _dues_item(points=3, deductions=()):
    return {"categories": [{"name": "党员", "points": points, "items": [
        {"id": "14", "text": "党员按规定交纳党费", "points": points, "method": ["查看档案材料"], "requirements": [
            {"id": "r1", "type": "ledger", "kind": "党费台帐", "description": "党员按月交纳党费"}],
         "deductions": list(deductions)}]}]}


def _dues_assessed(data, rows):
    rubric = rubric_from_data({"id": "t", "title": "t", "source": "手工", "kind": "points",
                               "total": data["categories"][0]["points"],
                               **data}, "t.yaml")
    ledger = ledger_record(rows)
    return assess_pool(rubric, pool([ledger], {"14": [ledger]}), YEAR, dt.date(2025, 12, 31)).items[0]


DUES_ROWS = ([["姓名"] + [f"{m}月" for m in range(1, 13)]]
             + [[f"党员{chr(0x4e00 + i)}甲"] + ["30"] * 12 for i in range(26)]
             + [["王秀兰"] + ["30"] * 6 + ["欠交"] * 3 + ["30"] * 3])


def test_dues_arrears_without_a_rule_weigh_by_the_months_not_paid_in_full():
    # 27 members, one of them 3 months in arrears: 3 of 12 months were not paid in full, a quarter of the item
    # (by member-months it would be 3 of 324, 0.03 of 3 points: nothing an inspector would recognise)
    item = _dues_assessed(_dues_item(), DUES_ROWS)
    assert item.status == "partial" and item.deduction == 0.75 and item.score == 2.25
    assert item.findings[0].score_note == "按比例估算扣0.75分"


def test_dues_rule_per_member_counts_members_and_per_month_counts_member_months():
    per_member = {"text": "有欠交的每人扣1分，最高扣3分", "per_unit": 1, "unit": "人", "cap": 3, "requirement": "r1"}
    assert _dues_assessed(_dues_item(deductions=[per_member]), DUES_ROWS).deduction == 1.0
    per_month = {"text": "欠交一人次扣0.5分", "per_unit": 0.5, "unit": "人次", "requirement": "r1"}
    assert _dues_assessed(_dues_item(deductions=[per_month]), DUES_ROWS).deduction == 1.5


# ---------------------------------------------------------------- roster

BOARD = Requirement(id="r1", type="roster", description="班子成员中至少有1名40岁以下同志、至少1名同志具备大专以上学历",
                    kind="花名册", keywords=["班子成员"],
                    conditions=[RosterCondition("age", "<", 40, 1), RosterCondition("education", ">=", "大专", 1)])


def roster_record(rows):
    return rec("花名册.xlsx", "花名册", None, "2025-07-01", title="党员花名册", tables=[{"name": "花名册", "rows": rows}])


def test_roster_birth_forms_and_education_order():
    assert parse_birth("1988.05") == (1988, 5, None) and parse_birth("1988年5月") == (1988, 5, None)
    assert parse_birth("1988-05-12") == (1988, 5, 12) and parse_birth("1988/5") == (1988, 5, None)
    assert age_at((1986, 9, None), dt.date(2025, 12, 31)) == 39 and age_at((1985, 12, 31), dt.date(2025, 12, 30)) == 39
    ranks = [education_rank(x) for x in ("初中", "高中", "中专", "大专", "大学本科", "研究生")]
    assert ranks == sorted(ranks) and ranks[1] == ranks[2]


def test_roster_board_members_by_role():
    rows = [["序号", "姓名", "出生年月", "学历", "职务"],
            ["1", "李建国", "1971.03", "高中", "党支部书记"],
            ["2", "刘芳", "1988.05", "中专", "组织委员"],
            ["3", "张伟", "1990年11月", "大学本科", "党员"]]  # young and educated, but not on the board
    f = run(BOARD, [roster_record(rows)])
    assert f.met is False
    assert "班子成员2人" in f.detail and "40岁以下1人（刘芳37岁）" in f.detail
    assert f.missing == ["大专及以上学历少1人"]
    rows[2][3] = "大专"
    assert run(BOARD, [roster_record(rows)]).met is True


def test_a_roster_scoring_rule_on_one_aspect_bites_only_when_that_aspect_falls_short():
    """"无40周岁以下成员的扣2分；大专及以上学历成员每少1名扣1分" on one roster of both bars: a board short only of
    graduates loses the graduates' points, one per person short, not the age's 2."""
    from archive.assess.score import score_item
    from archive.rubric.infer import infer_item
    from archive.rubric.model import Item

    found = infer_item("班子成员中40周岁以下的不少于1名，大专及以上学历的不少于2名。",
                       "无40周岁以下成员的扣2分；大专及以上学历成员每少1名扣1分。", points=5)
    [req] = [r for r in found.requirements if r.type == "roster"]
    item = Item(id="1", text="", points=5, requirements=found.requirements, deductions=found.deductions)
    rows = [["姓名", "出生年月", "学历", "职务"], ["李建国", "1988.03", "高中", "党支部书记"],
            ["刘芳", "1970.05", "中专", "组织委员"], ["张伟", "1972.11", "大专", "宣传委员"]]
    f = run(req, [roster_record(rows)])
    assert f.missing == ["大专及以上学历少1人"]
    assert score_item(item, [f]) == (4.0, 1.0)
    rows[1][1] = "1960.03"  # no one under 40 either: both rules bite
    f = run(req, [roster_record(rows)])
    assert score_item(item, [f]) == (2.0, 3.0)


def test_roster_condition_by_role_and_as_of_age():
    req = Requirement(id="r1", type="roster", description="书记具有大专及以上学历", kind="花名册",
                      conditions=[RosterCondition("education", ">=", "大专", 1, role="书记")])
    rows = [["姓名", "出生日期", "文化程度", "职务"], ["李建国", "1985-12-31", "大专", "副书记"],
            ["王五", "1990-01-01", "硕士研究生", "委员"]]
    f = run(req, [roster_record(rows)])
    assert f.met is True and "书记大专及以上学历1人（李建国大专）" in f.detail
    young = Requirement(id="r1", type="roster", description="有40岁以下的同志", kind="花名册",
                        conditions=[RosterCondition("age", "<", 40, 1)])
    assert run(young, [roster_record(rows[:2])], as_of="2025-12-30").met is True  # 39 until 31 Dec
    assert run(young, [roster_record(rows[:2])], as_of="2025-12-31").met is False  # 40 on 31 Dec


def test_roster_missing():
    f = run(BOARD, [])
    assert f.met is False and f.detail == "没有花名册，无法核对班子成员的年龄和学历。"


# ---------------------------------------------------------------- doc / photo / duration / judgement

def test_doc_min_and_any_keyword_and_period():
    req = Requirement(id="r1", type="doc", description="学习记录", keywords=["理论学习", "政策学习"], min=2)
    a = rec("a.docx", "其他", None, "2025-03-01", text="组织政策学习")
    b = rec("b.docx", "其他", None, "2024-03-01", text="理论学习")
    f = run(req, [a, b], filed=[a, b])
    assert f.met is False and "少1件" in f.detail and f.evidence == ["a.docx", "b.docx"]
    assert "另有1件日期不在2025年：b.docx" in f.detail
    c = rec("c.docx", "其他", None, None, text="理论学习")  # undated: counts
    assert run(req, [a, b, c], filed=[a, b, c]).met is True


def test_a_register_of_some_people_is_one_whose_heading_names_them():
    req = Requirement(id="r3", type="doc", description="有社区工作者花名册", kind="花名册", keywords=["社区工作者"])
    members = rec("党员花名册.xlsx", "花名册", None, "2025-07-01", title="幸福里社区党支部党员花名册",
                  text="序号 姓名 性别 出生年月 学历 职业\n" + "\n".join(f"{i} 党员{i} 男 1980-01 大专 退休" for i in range(1, 9))
                  + "\n9 刘芳 女 1988-05 大专 社区工作者")
    f = run(req, [members], filed=[members])
    assert f.met is False and f.detail == "没有找到社区工作者花名册。"
    workers = rec("社区工作者花名册.xlsx", "花名册", None, "2025-03-01", title="幸福里社区工作者花名册")
    assert run(req, [members, workers], filed=[members, workers]).evidence == ["社区工作者花名册.xlsx"]


def test_doc_duplicates_count_once():
    req = Requirement(id="r1", type="doc", description="学习记录", keywords=["学习"], min=2)
    a = rec("a.docx", "其他", None, "2025-03-01", text="学习", sha="same")
    b = rec("备份/a.docx", "其他", None, "2025-03-01", text="学习", sha="same")
    assert run(req, [a, b], filed=[a, b]).met is False


def test_photo_filed_without_keyword_counts():
    req = Requirement(id="r1", type="photo", description="党员服务中心照片", kind="照片", keywords=["党员服务中心"])
    photo = rec("IMG_1.jpg", "照片", None, "2025-05-01", text="")
    assert run(req, [photo]).met is False  # not filed, no keyword
    assert run(req, [photo], filed=[photo]).met is True


def test_duration_summed():
    req = Requirement(id="r1", type="duration", description="全年累计不少于7天", keywords=["培训"], amount=7, unit="天")
    a = rec("a.docx", "通知", None, "2025-04-01", text="举办社区干部培训班，为期3天")
    b = rec("b.docx", "其他", None, "2025-09-01", text="9月5日至8日参加集中培训")
    f = run(req, [a, b], filed=[a, b])
    assert f.met is True and "累计7天" in f.detail
    f = run(req, [a], filed=[a])
    assert f.met is False and f.missing == ["少4天"]


def test_duration_met_by_either_measure():
    """"不少于5天或40学时": 40 hours of training meet it although no record gives days; neither falls short in days."""
    req = Requirement(id="r1", type="duration", description="培训累计不少于5天（或40学时）", keywords=["培训"],
                      amount=5, unit="天", alt_amount=40, alt_unit="学时")
    a = rec("a.docx", "其他", None, "2025-04-01", text="参加党员集中培训，共计24学时")
    b = rec("b.docx", "其他", None, "2025-10-01", text="参加网上专题培训16学时")
    f = run(req, [a, b], filed=[a, b])
    assert f.met is True and f.evidence == ["a.docx", "b.docx"]
    assert "累计40学时" in f.detail and "要求不少于5天或40学时，已达到" in f.detail
    f = run(req, [a], filed=[a])
    assert f.met is False and f.missing == ["少5天"]


def test_duration_in_each_period_names_the_periods_short():
    """"每季度志愿服务不少于6小时": each ended quarter's records add up on their own; a year's total of 24 hours,
    all in spring, leaves three quarters short."""
    req = Requirement(id="r1", type="duration", description="每季度志愿服务累计不少于6小时", keywords=["志愿服务"],
                      amount=6, unit="小时", per="quarter")
    spring = [rec(f"q1_{i}.docx", "其他", None, f"2025-0{i}-15", text="开展志愿服务8小时") for i in (1, 2, 3)]
    f = run(req, spring, filed=spring)
    assert f.met is False and f.missing == ["第二季度0小时", "第三季度0小时", "第四季度0小时"]
    assert f.units == 18 and f.shortfall == 0.75 and "要求每季度不少于6小时" in f.detail
    rest = [rec(f"q{q}.docx", "其他", None, f"2025-{3 * q - 1:02d}-10", text="参加志愿服务，服务时长4小时")
            for q in (2, 3, 4)]
    more = [rec(f"q{q}b.docx", "其他", None, f"2025-{3 * q:02d}-10", text="志愿服务2小时") for q in (2, 3, 4)]
    f = run(req, spring + rest + more, filed=spring + rest + more)
    assert f.met is True and f.missing == [] and "4个季度志愿服务时长均达到" in f.detail
    # in November the fourth quarter is still under way: due, not short
    f = run(req, spring + rest[:2] + more[:2], as_of="2025-11-20", filed=spring + rest[:2] + more[:2])
    assert f.met is True and f.pending is True and f.due == ["本季度志愿服务累计0小时，要求不少于6小时"]


def test_judgement_shows_evidence():
    req = Requirement(id="r1", type="judgement", description="由考核组判断班子是否团结")
    a = rec("a.docx", "其他", None, "2025-03-01")
    f = run(req, [a], filed=[a])
    assert f.met is None and f.evidence == ["a.docx"] and f.detail.startswith("待人工确认：")


# ---------------------------------------------------------------- status and score

RUBRIC = {
    "id": "t", "title": "测试", "source": "手工", "kind": "points", "total": 10,
    "categories": [{"name": "甲", "points": 10, "items": [
        {"id": "1", "text": "支委会每月", "points": 4, "requirements": [
            {"id": "r1", "type": "count", "description": "每月召开支委会", "meeting_type": "支部委员会", "per": "month"}],
         "deductions": [{"text": "缺一次扣0.5分", "per_unit": 0.5, "unit": "次", "requirement": "r1", "cap": 1.5}]},
        {"id": "2", "text": "有制度、有计划", "points": 3, "requirements": [
            {"id": "r1", "type": "doc", "description": "有制度", "kind": "制度", "keywords": ["议事规则"]},
            {"id": "r2", "type": "doc", "description": "有计划", "kind": "计划", "keywords": ["计划"]},
            {"id": "r3", "type": "judgement", "description": "由考核组判断"}],
         "deductions": [{"text": "没计划、没制度的扣1分", "points": 1, "requirement": ["r1", "r2"]}]},
        {"id": "3", "text": "判断", "points": 2, "method": ["谈话了解"],  # not read from the papers: counts full
         "requirements": [{"type": "judgement", "description": "由考核组判断"}],
         "deductions": [{"text": "酌情扣分", "discretionary": True}]},
        {"id": "4", "text": "无规则", "points": 1, "requirements": [
            {"id": "r1", "type": "count", "description": "每季度党课", "meeting_type": "党课", "per": "quarter"},
            {"id": "r2", "type": "judgement", "description": "由考核组判断"}]},
    ]}],
}


def test_status_and_score_rules():
    rubric = rubric_from_data(RUBRIC, "t.yaml")
    recs = monthly([1, 2, 3, 4, 5, 6, 7, 8, 9]) + [rec("议事规则.docx", "制度", None, "2025-01-01", text="议事规则")]
    recs.append(rec("党课.docx", "会议记录", "党课", "2025-02-01"))
    p = pool(recs)
    a = assess_pool(rubric, p, YEAR, dt.date(2025, 12, 31), "测试社区")
    by = {it.id: it for it in a.items}
    assert by["1"].status == "partial" and by["1"].deduction == 1.5  # 3 months × 0.5, capped at 1.5
    assert by["2"].status == "partial" and by["2"].deduction == 1.0  # one rule for two requirements
    assert by["3"].status == "missing" and by["3"].score == 2  # judgement counts full
    assert by["4"].status == "partial"
    assert by["4"].deduction == pytest.approx(0.38)  # 1 point / 2 requirements × 3 of 4 quarters missing
    # a proportional estimate is noted on its finding, and explained once in the reports (not in every detail)
    assert by["4"].findings[0].score_note == "按比例估算扣0.38分"
    assert "比例" not in by["4"].findings[0].detail
    data = a.to_json()
    assert data["counts"] == {"missing": 1, "partial": 3, "review": 0, "covered": 0}
    # the judgement parts at nothing: item 2's one of three requirements (1 point), item 3 whole (2), item 4's half (0.5)
    assert data["total"] == {"points": 10.0, "score": round(10 - 1.5 - 1 - 0.38, 2), "assessed_points": 10.0,
                             "score_range": {"min": round(10 - 1.5 - 1 - 0.38 - 3.5, 2), "max": 7.12}}
    assert [it["score_range"] for it in data["items"]] == [
        {"min": 2.5, "max": 2.5}, {"min": 1.0, "max": 2.0}, {"min": 0.0, "max": 2.0}, {"min": 0.12, "max": 0.62}]
    assert data["categories"][0]["score"] == data["total"]["score"]
    assert data["judgement_items"] == ["2", "3", "4"]


NOTHING_FILED = {
    "id": "t", "title": "测试", "source": "手工", "kind": "points", "total": 10,
    "categories": [{"name": "甲", "points": 10, "items": [
        {"id": "1", "text": "领导核心作用强", "points": 4, "method": ["查看档案材料", "听取汇报"],
         "requirements": [{"id": "r1", "type": "judgement", "description": "由考核组判断领导核心作用"}]},
        {"id": "2", "text": "有议事规则，班子团结", "points": 3, "method": ["查阅台帐资料"], "requirements": [
            {"id": "r1", "type": "doc", "kind": "制度", "keywords": ["议事规则"], "description": "有议事规则"},
            {"id": "r2", "type": "judgement", "description": "由考核组判断班子是否团结"}]},
        {"id": "3", "text": "班子团结", "points": 3, "method": ["谈话了解"],
         "requirements": [{"id": "r1", "type": "judgement", "description": "由考核组谈话了解班子是否团结"}]},
    ]}],
}


def test_no_evidence_scores_nothing_where_inspectors_read_the_papers_and_judgement_is_a_range():
    rubric = rubric_from_data(NOTHING_FILED, "t.yaml")
    data = assess_pool(rubric, pool([]), YEAR, dt.date(2025, 12, 31)).to_json()
    by = {it["id"]: it for it in data["items"]}
    assert [by[i]["status"] for i in "123"] == ["missing"] * 3
    # 查看档案材料 / 查阅台帐资料 with nothing filed: 0, judgement or not (there is nothing to judge from)
    assert by["1"]["score"] == 0 and by["1"]["deduction"] == 4 and by["1"]["score_range"] == {"min": 0, "max": 0}
    assert by["2"]["score"] == 0 and by["2"]["score_range"] == {"min": 0, "max": 0}
    # learnt by talking to people, not from the papers: the judgement counts full, as a range down to nothing
    assert by["3"]["score"] == 3 and by["3"]["score_range"] == {"min": 0, "max": 3}
    assert data["total"]["score"] == 3 and data["total"]["score_range"] == {"min": 0, "max": 3}
    assert data["categories"][0]["score_range"] == {"min": 0, "max": 3}
    kept = assess_pool(rubric, pool([]), YEAR, dt.date(2025, 12, 31), settings={"no_evidence_scores_zero": False})
    assert [it.score for it in kept.items] == [4, 1.5, 3]


NO_METHOD = {
    "id": "t", "title": "测试", "source": "导入", "kind": "points", "total": 9,
    "categories": [{"name": "甲", "points": 9, "items": [
        {"id": "1", "text": "班子成员团结协作，廉洁自律，群众口碑好。", "points": 3,
         "requirements": [{"id": "r1", "type": "judgement", "description": "由考核组判断"}]},
        {"id": "2", "text": "班子团结，会议记录规范。", "points": 3,
         "requirements": [{"id": "r1", "type": "judgement", "description": "由考核组判断"}]},
        {"id": "3", "text": "社区自治组织健全并独立开展工作。", "points": 3,
         "requirements": [{"id": "r1", "type": "judgement", "description": "由考核组判断"}]},
    ]}],
}


def test_without_a_method_only_conduct_judged_without_papers_escapes_the_empty_archive_zero():
    rubric = rubric_from_data(NO_METHOD, "t.yaml")
    by = {it.id: it for it in assess_pool(rubric, pool([]), YEAR, dt.date(2025, 12, 31)).items}
    # conduct and standing, no paper named: learnt by talking, the judgement counts full as a range
    assert by["1"].score == 3 and by["1"].to_json()["score_range"] == {"min": 0, "max": 3}
    # a paper is named (会议记录): read from the archive, which holds nothing
    assert by["2"].score == 0
    # work that papers can show: read from the archive as before
    assert by["3"].score == 0


def test_an_override_score_is_its_own_range():
    rubric = rubric_from_data(NOTHING_FILED, "t.yaml")
    a = assess_pool(rubric, pool([]), YEAR, dt.date(2025, 12, 31),
                    overrides={"1": {"status": "covered", "score": 3.5, "note": "汇报时核实", "who": "刘芳", "at": "x"},
                               "3": {"status": "review", "score": None, "note": "待谈话", "who": "刘芳", "at": "x"}})
    by = {it["id"]: it for it in a.to_json()["items"]}
    assert by["1"]["score"] == 3.5 and by["1"]["score_range"] == {"min": 3.5, "max": 3.5}
    assert by["3"]["score"] == 3 and by["3"]["score_range"] == {"min": 0, "max": 3}  # no score given: computed


def test_override_wins_and_keeps_the_computed_status():
    from archive.assess.items import apply_override

    rubric = rubric_from_data(RUBRIC, "t.yaml")
    a = assess_pool(rubric, pool(monthly(range(1, 13))), YEAR, dt.date(2025, 12, 31),
                    overrides={"3": {"status": "covered", "score": 1.5, "note": "已核实", "who": "刘芳", "at": "x"}})
    item = next(it for it in a.items if it.id == "3")
    assert item.status == "covered" and item.score == 1.5 and item.computed_status == "missing"
    assert item.to_json()["override"]["note"] == "已核实"
    assert callable(apply_override)


def test_rate_picks_the_figure_whose_sentence_matches_the_measure():
    text = ("一、对社区党建工作的评价：党员群众对社区党建工作的满意度为93.0%。\n"
            "二、对社区党组织书记的评价：满意152份，群众和党员对书记的满意率为88.4%。")
    secretary = Requirement(id="r1", type="rate", description="书记满意率超过90%", kind="测评",
                            measure="群众和党员对社区党组织书记满意率", op=">", threshold=0.9, keywords=["满意率"])
    work = Requirement(id="r1", type="rate", description="满意度超过90%", kind="测评",
                       measure="党员群众对社区党建工作满意度", op=">", threshold=0.9, keywords=["满意度"])
    doc = rec("测评.docx", "测评", None, "2025-12-12", text=text)
    assert run(secretary, [doc]).met is False and "88.4%" in run(secretary, [doc]).detail
    assert run(work, [doc]).met is True and "93.0%" in run(work, [doc]).detail


def test_rate_filed_file_serves_without_keywords():
    req = Requirement(id="r2", type="rate", description="直管党员参与率超过50%", measure="社区直管党员参与率", op=">",
                      threshold=0.5, keywords=["志愿者", "参与率"])
    roster = rec("党员志愿服务队名册.xlsx", "花名册", None, "2025-06-30",
                 text="（截至2025年6月，社区直管党员52名，参加志愿服务20名）")
    f = run(req, [roster], filed=[roster])
    assert f.met is False and "折合38.5%" in f.detail


def test_written_rate_after_as_of_does_not_count_yet():
    req = Requirement(id="r1", type="rate", description="满意度超过90%", kind="测评", measure="满意度", op=">",
                      threshold=0.9, keywords=["满意度"])
    doc = rec("测评.docx", "测评", None, "2025-12-18", text="满意度为96%")
    assert run(req, [doc], as_of="2025-07-15").met is False
    assert run(req, [doc]).met is True


SECRETARY = Requirement(id="r1", type="rate", description="群众和党员对社区党组织书记的满意率超过90%", kind="测评",
                        measure="群众和党员对社区党组织书记满意率", op=">", threshold=0.9,
                        keywords=["满意率", "测评", "书记"])


def test_rate_figure_naming_the_measures_subject_wins_over_a_later_general_one():
    general = rec("测评/2025年社区工作满意度测评报告.docx", "测评", None, "2025-12-20",
                  title="2025年社区工作满意度测评报告", text="12月开展测评，社区工作群众满意度为87.5%。")
    secretary = rec("测评/书记履职测评.docx", "测评", None, "2025-11-28", title="社区党组织书记履职测评结果",
                    text="本次测评发放测评表80份，群众和党员对书记的满意率为93.8%。")
    f = run(SECRETARY, [general, secretary])
    assert f.met is True and "93.8%" in f.detail and "87.5%" not in f.detail
    assert f.evidence[0] == secretary.path
    # Without the secretary's figure, nothing names the subject: the latest figure is read as before.
    only = run(SECRETARY, [general])
    assert only.met is False and "87.5%" in only.detail


def test_rate_subject_in_the_title_serves_a_figure_whose_sentence_names_none():
    general = rec("测评/社区工作测评.docx", "测评", None, "2025-12-20", text="社区工作群众满意度为87.5%。")
    secretary = rec("测评/书记测评.docx", "测评", None, "2025-11-28", title="社区党组织书记履职测评结果",
                    text="经统计，满意率为93.8%。")
    f = run(SECRETARY, [general, secretary])
    assert f.met is True and "93.8%" in f.detail


def test_rate_among_figures_naming_the_subject_the_latest_wins():
    mid = rec("测评/年中.docx", "测评", None, "2025-06-20", text="群众和党员对社区党组织书记的满意率为95.0%。")
    end = rec("测评/年终.docx", "测评", None, "2025-12-20", text="对书记的满意率为89.0%。")
    f = run(SECRETARY, [mid, end])
    assert f.met is False and "89.0%" in f.detail


def test_rate_each_figure_read_with_its_own_clause():
    text = "党员群众对社区党建工作的满意度为86.7%，对书记的满意率为92.5%。"
    f = run(SECRETARY, [rec("测评.docx", "测评", None, "2025-12-12", text=text)])
    assert f.met is True and "92.5%" in f.detail
    work = Requirement(id="r2", type="rate", description="满意度超过90%", kind="测评",
                       measure="党员群众对社区党建工作满意度", op=">", threshold=0.9, keywords=["满意度"])
    g = run(work, [rec("测评.docx", "测评", None, "2025-12-12", text=text)])
    assert g.met is False and "86.7%" in g.detail


# ---------------------------------------------------------------- on site (实地查验)

ONSITE_RUBRIC = {
    "id": "t", "title": "测试", "source": "手工", "kind": "points", "total": 4,
    "categories": [{"name": "甲", "points": 4, "items": [
        {"id": "20", "text": "活动室制度上墙", "points": 4, "method": ["实地查验", "查看档案材料"], "requirements": [
            {"id": "r1", "type": "doc", "description": "有党员活动室管理制度", "kind": "制度", "keywords": ["活动室"]},
            {"id": "r2", "type": "photo", "description": "党员活动室制度上墙的照片", "kind": "照片",
             "keywords": ["制度上墙"], "onsite": True}],
         "deductions": [{"text": "制度未上墙扣1分", "points": 1, "requirement": "r2"}]},
    ]}],
}


def test_onsite_requirement_unmet_in_the_papers_is_for_the_inspectors():
    rubric = rubric_from_data(ONSITE_RUBRIC, "t.yaml")
    assert rubric.categories[0].items[0].requirements[1].onsite is True
    rules = rec("制度/党员活动室管理制度.docx", "制度", None, "2025-01-05", text="党员活动室管理制度")
    a = assess_pool(rubric, pool([rules]), YEAR, dt.date(2025, 12, 31))
    item = a.items[0]
    photo = item.findings[1]
    assert photo.met is None and item.status == "review"  # not 部分达标
    assert "实地查验" in photo.detail and "没有找到党员活动室制度上墙的照片" in photo.detail
    assert item.deduction == 0 and item.score == 4 and photo.missing == [] and photo.deduction == 0
    assert a.to_json()["judgement_items"] == ["20"]


def test_onsite_requirement_met_stays_met_and_others_stay_unmet():
    rubric = rubric_from_data(ONSITE_RUBRIC, "t.yaml")
    wall = rec("照片/活动室.jpg", "照片", None, "2025-03-01", text="制度上墙")
    item = assess_pool(rubric, pool([wall]), YEAR, dt.date(2025, 12, 31)).items[0]
    assert item.findings[1].met is True
    assert item.findings[0].met is False and item.status == "partial"  # the 制度 is a paper: unmet as before


def test_rate_clause_is_cut_at_the_previous_rate_figure_not_any_percentage():
    text = "二、对社区党组织书记的评价：满意152份（占88.4%），满意率为88.4%。"
    f = run(SECRETARY, [rec("测评.docx", "测评", None, "2025-12-12", text=text),
                        rec("社区工作.docx", "测评", None, "2025-12-20", text="社区工作群众满意度为95.0%。")])
    assert f.met is False and "88.4%" in f.detail
