"""Requirement inference from an item's own words (archive/rubric/infer.py), one wording at a time, and the scoring
rules it links; plus how the assessment scores the rules real tables print (bands, steps, ranges)."""

from __future__ import annotations

import re

import pytest

from archive.assess.findings import Finding
from archive.assess.score import score_item
from archive.rubric.infer import infer_item
from archive.rubric.model import Deduction, Item, Requirement, ScoreBand


def shape(text: str, scoring: str = "", points: float = 5.0) -> list[tuple]:
    """The requirements' defining fields, in order: (type, meeting_type or kind, per, min, extra)."""
    out = []
    for r in infer_item(text, scoring, points).requirements:
        extra = None
        if r.type == "rate":
            extra = (r.op, r.threshold, r.kind)
        elif r.type == "window":
            extra = r.window
        elif r.type == "roster":
            extra = tuple((c.field, c.op, c.value, c.min) for c in r.conditions)
        elif r.type == "duration":
            extra = (r.amount, r.unit)
        elif r.type == "count" and r.years != 1:
            extra = ("years", r.years)
        out.append((r.type, r.meeting_type or r.kind, r.per, r.min, extra))
    return out


@pytest.mark.parametrize("text,expected", [
    ("每月召开1次支委会", [("count", "支部委员会", "month", 1, None)]),
    ("支部委员会每月至少召开一次", [("count", "支部委员会", "month", 1, None)]),
    ("每季度召开1次党员大会和上1次党课",
     [("count", "党员大会", "quarter", 1, None), ("count", "党课", "quarter", 1, None)]),
    ("支委会每月1次、党员大会每季度1次、党课每季度1次", [
        ("count", "支部委员会", "month", 1, None), ("count", "党员大会", "quarter", 1, None),
        ("count", "党课", "quarter", 1, None)]),
    ("党小组每两月至少活动一次", [("count", "党小组会", "bimonth", 1, None)]),
    ("每年开展共建活动不少于4次", [("count", "共建活动", "year", 4, None)]),
    ("全年开展志愿服务活动不少于十次", [("count", "志愿服务", "year", 10, None)]),
    ("每年召开一次组织生活会，开展民主评议党员",
     [("count", "组织生活会", "year", 1, None), ("count", "组织生活会", "year", 1, None)]),
    ("按期召开支部委员会，每月不少于1次", [("count", "支部委员会", "month", 1, None)]),
])
def test_meetings_how_often_and_how_many(text, expected):
    assert shape(text) == expected


def test_three_meetings_one_lesson_in_a_deduction_only_line():
    """"三会一课未落实的，每例扣0.5分": the scoring text alone asks for the four meetings at their usual frequency."""
    found = infer_item("加强支部建设", "三会一课未落实的，每例扣0.5分", 4)
    counts = [(r.meeting_type, r.per) for r in found.requirements if r.type == "count"]
    assert counts == [("支部委员会", "month"), ("党员大会", "quarter"), ("党小组会", "month"), ("党课", "quarter")]
    assert found.deductions[0].requirements == ["r1", "r2", "r3", "r4"]


@pytest.mark.parametrize("text,expected", [
    ("党员参会率达90%以上", [("rate", "会议记录", None, 1, (">=", 0.9, "会议记录"))]),
    ("党员“三会一课”参加率超过70%", [("rate", "会议记录", None, 1, (">", 0.7, "会议记录"))]),
    ("群众满意率不低于百分之九十", [("rate", "测评", None, 1, (">=", 0.9, "测评"))]),
    ("社区直管党员参与率超过50%", [("rate", None, None, 1, (">", 0.5, None))]),
    ("两委班子“交叉任职”达30%以上", [("rate", None, None, 1, (">=", 0.3, None))]),
])
def test_rates(text, expected):
    assert shape(text) == expected


def test_a_rate_keeps_the_subject_its_measure_names():
    found = infer_item("社区党组织书记熟悉党务，群众和党员满意率超过90%。")
    rate = next(r for r in found.requirements if r.type == "rate")
    assert rate.measure == "群众和党员对社区党组织书记满意率"
    assert rate.source == "群众和党员满意率超过90%"


def test_a_rate_printed_only_as_score_bands():
    found = infer_item("群众对社区党组织满意率85%—90%得5分，80%—85%得3分",
                       "85%—90%得5分，80%—85%得3分，80%以下不得分", 6)
    rate = next(r for r in found.requirements if r.type == "rate")
    assert (rate.threshold, rate.op, rate.kind) == (0.9, ">=", "测评")
    assert found.deductions[0].bands == [ScoreBand(0.85, 0.9, 5.0), ScoreBand(0.8, 0.85, 3.0), ScoreBand(0.0, 0.8, 0.0)]
    assert found.deductions[0].requirement == rate.id


@pytest.mark.parametrize("text,expected", [
    ("年初有计划，年终有总结", [("window", "计划", None, 1, "年初"), ("window", "总结", None, 1, "年终")]),
    ("年初制定党建工作计划，年中有半年小结，年底有工作总结", [
        ("window", "计划", None, 1, "年初"), ("doc", "总结", None, 1, None), ("window", "总结", None, 1, "年终")]),
    ("按月足额收缴党费，有党费收缴台帐", [("ledger", "党费台帐", None, 1, None)]),
    ("班子成员中至少有1名40岁以下同志，1名同志具备大专以上学历",
     [("roster", "花名册", None, 1, (("age", "<", 40, 1), ("education", ">=", "大专", 1)))]),
    ("班子成员中35周岁以下至少1名，大专及以上学历的不少于2名",
     [("roster", "花名册", None, 1, (("age", "<", 35, 1), ("education", ">=", "大专", 2)))]),
    ("社区干部参加集中培训时间全年累计不少于7天", [("duration", None, None, 1, (7.0, "天"))]),
    ("每名党员年度学习时长不少于50学时", [("duration", None, None, 1, (50.0, "学时"))]),
    ("每两年至少发展1名新党员", [("count", None, None, 1, ("years", 2))]),
    ("每年确定并完成5个以上实事项目", [("count", None, "year", 5, None)]),
    ("与辖区不少于3家单位签订共驻共建协议", [("doc", "协议", None, 3, None)]),
    ("与社区单位普遍签订了环境卫生责任状", [("doc", "协议", None, 1, None)]),
    ("主题党日每月1次，有活动照片", [("count", "主题党日", "month", 1, None), ("photo", "照片", None, 1, None)]),
    ("党员信息每半年核对更新一次", [("count", None, "halfyear", 1, None)]),
])
def test_windows_ledgers_rosters_documents_photos_durations(text, expected):
    assert shape(text) == expected


def test_rules_listed_before_健全_are_documents_each():
    found = infer_item("社区党组织议事规则、民主生活会、勤政廉洁和联系群众等各项规章制度健全。")
    docs = [r.keywords[0] for r in found.requirements if r.type == "doc"]
    assert docs == ["议事规则", "民主生活会", "勤政廉洁", "联系群众"]
    assert all(r.kind == "制度" for r in found.requirements if r.type == "doc")
    assert found.requirements[-1].type == "judgement"  # 等各项: the rest is the inspectors' to judge


def test_an_archive_checklist_is_one_document_each():
    found = infer_item("党建台账资料齐全：支部工作计划和总结、“三会一课”记录本、党员花名册、党费收缴台账、党员承诺书。")
    got = [(r.type, r.kind) for r in found.requirements if r.type != "judgement"]
    assert sorted(got, key=str) == sorted([("doc", "计划"), ("doc", "总结"), ("doc", "会议记录"), ("doc", "花名册"),
                                           ("ledger", "党费台帐"), ("doc", "协议")], key=str)


def test_what_only_the_inspectors_can_decide_is_one_judgement():
    found = infer_item("社区党组织领导核心作用强，有较强的凝聚力和战斗力。")
    assert [r.type for r in found.requirements] == ["judgement"]
    assert found.requirements[0].description.startswith("由考核组判断：")
    assert found.unsure == []  # nothing in its words could have been checked
    places = infer_item("社区办公场所标识标准，设立了综合宣传栏和群众意见箱。")
    assert [r.type for r in places.requirements] == ["judgement"]
    assert "宣传栏" in places.requirements[0].description and "实地查验" in places.requirements[0].description


def test_every_requirement_keeps_the_words_it_came_from():
    found = infer_item("每月召开1次支委会，党员参会率达90%以上。")
    assert [r.source for r in found.requirements] == ["每月召开1次支委会", "党员参会率达90%以上"]


def test_scoring_rules_follow_the_requirement_they_name():
    found = infer_item("支委会每月召开1次，党员大会每季度召开1次，按月足额交纳党费，班子团结",
                       "支委会少开一次扣0.3分，党员大会少开一次扣0.5分；有欠交党费的每人扣1分，最高扣3分；"
                       "班子不团结的酌情扣分", 6)
    reqs = {r.id: (r.type, r.meeting_type) for r in found.requirements}
    follows = [(d.text, reqs[d.requirement] if d.requirement else None) for d in found.deductions]
    assert follows == [("支委会少开一次扣0.3分", ("count", "支部委员会")),
                       ("党员大会少开一次扣0.5分", ("count", "党员大会")),
                       ("有欠交党费的每人扣1分，最高扣3分", ("ledger", None)),
                       ("班子不团结的酌情扣分", ("judgement", None))]
    assert found.deductions[2].cap == 3 and found.deductions[3].discretionary


def test_keywords_and_typical_evidence_for_filing():
    found = infer_item("每月召开1次支委会，按月足额收缴党费")
    assert found.keywords[:2] == ["支部委员会", "支委会"]
    assert found.typical_evidence == ["支委会会议记录", "党费收缴台帐"]


# ---------------------------------------------------------------- scoring the rules real tables print


def _item(points: float, deductions: list[Deduction], threshold: float | None = 0.9) -> Item:
    return Item(id="1", text="x", points=points, requirements=[
        Requirement(id="r1", type="rate", description="参会率不低于90%", measure="参会率", threshold=threshold)],
        deductions=deductions)


def _unmet(value: float | None) -> Finding:
    return Finding("r1", "rate", False, "参会率", units=1.0, shortfall=1.0, value=value)


def test_step_rule_is_scaled_by_the_shortfall():
    item = _item(4, [Deduction("每低5个百分点扣1分", per_unit=1.0, unit="百分点", step=5.0, requirement="r1")])
    finding = _unmet(0.854)
    assert score_item(item, [finding]) == (3.08, 0.92)
    assert "扣0.92分" in finding.detail


def test_two_measures_bands_each_score_their_own_share():
    """"知晓率80%以上得4分，60%（含）—80%得2分，60%以下不得分；满意度90%以上得6分，…": two rates, two band lists,
    each rule following its own measure and scoring its share of the item's 10 points."""
    found = infer_item("居民对社区协商议事工作的知晓率和满意度。",
                       "知晓率80%以上得4分，60%（含）—80%得2分，60%以下不得分；满意度90%以上得6分，80%（含）—90%得4分，"
                       "70%（含）—80%得2分，70%以下不得分。", points=10)
    rates = {r.measure: r for r in found.checkable}
    assert {m: r.threshold for m, r in rates.items()} == {"知晓率": 0.8, "满意度": 0.9}
    assert [(d.requirement, [b.score for b in d.bands]) for d in found.deductions] == [
        (rates["知晓率"].id, [4.0, 2.0, 0.0]), (rates["满意度"].id, [6.0, 4.0, 2.0, 0.0])]
    item = Item(id="1", text="", points=10, requirements=found.requirements, deductions=found.deductions)
    known = Finding(rates["知晓率"].id, "rate", False, "知晓率", units=1.0, shortfall=1.0, value=0.7)
    liked = Finding(rates["满意度"].id, "rate", False, "满意度", units=1.0, shortfall=1.0, value=0.85)
    assert score_item(item, [known, liked]) == (6.0, 4.0)  # 2 of 4 and 4 of 6


def test_score_bands_set_the_items_score():
    bands = [ScoreBand(0.85, 0.9, 5.0), ScoreBand(0.8, 0.85, 3.0), ScoreBand(0.0, 0.8, 0.0)]
    rule = Deduction("85%—90%得5分，80%—85%得3分，80%以下不得分", bands=bands, requirement="r1")
    assert score_item(_item(6, [rule]), [_unmet(0.87)]) == (5.0, 1.0)
    assert score_item(_item(6, [rule]), [_unmet(0.82)]) == (3.0, 3.0)
    assert score_item(_item(6, [rule]), [_unmet(0.5)]) == (0.0, 6.0)
    no_figure = _unmet(None)
    assert score_item(_item(6, [rule]), [no_figure]) == (0.0, 6.0)
    assert "没有读到比例" in no_figure.detail


def test_a_range_is_estimated_at_its_most():
    rule = Deduction("发展程序不规范的扣1-3分", points=3.0, points_min=1.0, requirement="r1")
    finding = _unmet(0.5)
    assert score_item(_item(5, [rule]), [finding]) == (2.0, 3.0)
    assert "1～3分，按多的估算" in finding.detail


def test_a_time_limit_after_the_whole_item_dates_its_clauses():
    # a period from a 完成时限 column: the meeting is counted at that period
    found = infer_item("召开党员大会，通报党建工作、讨论决定重要事项（每季度末）")
    assert [(r.type, r.meeting_type, r.per) for r in found.requirements if r.type == "count"] == [
        ("count", "党员大会", "quarter")]
    # a deadline early in the year makes the plan a 年初 window
    found = infer_item("制定社区党委年度党建工作要点，报街道党工委备案（1月20日前）")
    assert [(r.type, r.window, r.kind) for r in found.requirements if r.type == "window"] == [("window", "年初", "计划")]
    # a parenthesis that is a count, not a time limit, stays the count of its own paper
    found = infer_item("共驻共建台账：共建单位名单、联建活动记录（全年不少于4次）。")
    assert any(r.type == "count" and r.min == 4 and r.per == "year" for r in found.requirements)
    # the year-end summary is read as the summary, whichever verb comes first
    found = infer_item("年底报送年度党建工作总结")
    assert [(r.type, r.window, r.kind) for r in found.requirements] == [("window", "年终", "总结")]


def test_a_term_or_a_count_in_the_next_part_of_the_sentence_belongs_to_its_deed():
    found = infer_item("按期换届，每三年换届一次。")
    assert [(r.type, r.years, r.keywords) for r in found.requirements] == [("count", 3, ["换届"])]
    found = infer_item("春节、“七一”、重阳节走访慰问高龄、困难党员，每年不少于3次，有慰问名单。")
    assert [(r.type, r.per, r.min, r.keywords) for r in found.requirements if r.type == "count"] == [
        ("count", "year", 3, ["走访", "慰问"])]
    found = infer_item("党员花名册信息齐全，每半年核对一次。")
    assert any(r.type == "doc" and r.kind == "花名册" for r in found.requirements)


def test_a_year_total_beside_a_per_period_count_is_a_count_of_its_own():
    found = infer_item("驿站每月开展党建、便民、文体等活动不少于3场，全年累计不少于40场。")
    assert [(r.per, r.min, r.keywords[-1]) for r in found.requirements if r.type == "count"] == [
        ("month", 3, "活动"), ("year", 40, "活动")]
    # a total that asks no more than each period's count adds nothing
    found = infer_item("驿站每月开展党建、便民、文体等活动不少于3场，全年累计不少于36场。")
    assert [(r.per, r.min) for r in found.requirements if r.type == "count"] == [("month", 3)]
    found = infer_item("开展共驻共建活动每季度不少于1次，全年累计不少于6次")
    assert [(r.meeting_type, r.per, r.min) for r in found.requirements if r.type == "count"] == [
        ("共建活动", "quarter", 1), ("共建活动", "year", 6)]
    # the total of what the part before does, never a deed called "累计"
    found = infer_item("组织党员集中学习，全年累计不少于12次")
    assert [(r.per, r.min, r.keywords) for r in found.requirements if r.type == "count"] == [("year", 12, ["学习"])]


def test_a_paper_the_scoring_takes_points_for_lacking_is_asked_for():
    found = infer_item("支部书记每年为党员讲党课不少于1次。", "未讲的扣3分；无讲稿的扣1分。")
    assert [(r.type, r.keywords) for r in found.requirements] == [("count", ["书记"]), ("doc", ["讲稿"])]
    # either name of one paper; "各" makes each its own
    found = infer_item("书记每年讲党课1次。", "无讲稿或课件的扣1分。")
    assert [r.keywords for r in found.requirements if r.type == "doc"] == [["讲稿", "课件"]]
    found = infer_item("接待群众来访，逐项记录诉求。", "无登记簿或名单的各扣1分。")
    assert [r.keywords for r in found.requirements if r.type == "doc"] == [["登记簿"], ["名单"]]
    # the record of what is already asked is its proof, not a paper of its own
    found = infer_item("每月召开支委会。", "少一次扣0.5分；无学习记录的扣1分；无会议记录的不得分。")
    assert [r.type for r in found.requirements] == ["count"]


def test_a_duration_in_a_part_of_its_own_measures_the_training_before_it():
    found = infer_item("党员参加集中学习培训，人均累计不少于24学时")
    assert [(r.type, r.amount, r.unit) for r in found.requirements] == [("duration", 24, "学时")]
    found = infer_item("驿站工作人员每半年参加业务培训不少于1次，每次不少于4学时。")
    assert [(r.type, r.amount) for r in found.requirements if r.type == "duration"] == [("duration", 4)]
    found = infer_item("党员每人每年参加集中学习培训不少于32学时，支部委员不少于56学时。")
    assert [r.amount for r in found.requirements if r.type == "duration"] == [32, 56]
    found = infer_item("全年自学党内法规累计不少于20学时。")
    assert [r.amount for r in found.requirements if r.type == "duration"] == [20]


def test_mid_year_and_year_end_reports_are_one_each_half_year_and_a_share_is_a_rate():
    found = infer_item("书记年中、年底两次向街道党工委书面报告抓党建工作情况。")
    assert [(r.type, r.per, r.min) for r in found.requirements if r.type == "count"] == [("count", "halfyear", 1)]
    found = infer_item("新发展党员中35周岁以下的占比不低于60%")
    assert [(r.type, r.threshold) for r in found.requirements if r.type == "rate"] == [("rate", 0.6)]


def test_a_recurring_time_limit_reaches_each_part_of_the_sentence():
    found = infer_item("党员按月足额交纳党费，党费收缴情况向党员公示（每季度末）")
    assert [(r.type, r.per, r.keywords[:1]) for r in found.requirements if r.type == "count"] == [
        ("count", "quarter", ["公示"])]
    # but not the business of the meeting named before it, nor its record
    found = infer_item("召开党员大会，通报党建工作、讨论决定重要事项（每季度末）")
    assert [(r.meeting_type, r.per) for r in found.checkable] == [("党员大会", "quarter")]
    found = infer_item("各党小组每月至少开展1次组织生活，有记录（每月）")
    assert [(r.meeting_type, r.per) for r in found.checkable] == [("党小组会", "month")]
    # a rule carried out each period is counted
    found = infer_item("落实“第一议题”制度，社区党委会议首项议程学习习近平总书记最新重要讲话精神（每月）")
    assert [(r.type, r.per, r.keywords[0]) for r in found.checkable] == [("count", "month", "第一议题")]


def test_a_deed_the_scoring_takes_points_for_not_doing_asks_for_its_record():
    found = infer_item("每年召开一次组织生活会，会前广泛征求职工群众意见，会后列出问题清单。", "未召开的不得分；未征求意见的扣一分。")
    assert [r.keywords for r in found.requirements if r.type == "doc" and "征求意见" in r.keywords] == [["征求意见"]]
    found = infer_item("发展对象公示期不少于5个工作日。", "未公示的扣1分。")
    assert [(r.type, r.keywords) for r in found.requirements] == [("doc", ["发展对象公示", "公示"])]
    # not a deed the item never names, nor one a requirement already reads
    assert not [r for r in infer_item("每月召开支委会。", "未公示的扣1分。").requirements if r.type == "doc"]
    found = infer_item("党费收缴情况每季度公示一次。", "未公示的扣0.5分。")
    assert [r.type for r in found.requirements] == ["count"]


def test_school_terms_and_a_term_of_office_before_its_election():
    found = infer_item("支部党员大会每学期不少于2次，支委会、党小组会每月召开1次（寒暑假除外），党课每学期不少于1次。")
    assert [(r.meeting_type, r.per, r.min) for r in found.requirements] == [
        ("党员大会", "halfyear", 2), ("支部委员会", "month", 1), ("党小组会", "month", 1), ("党课", "halfyear", 1)]
    found = infer_item("支部委员会每届任期两年，任期届满按期换届；委员出缺及时补选。")
    assert [(r.type, r.years, r.keywords) for r in found.checkable] == [("count", 2, ["换届"])]
    # the end of a school year is no 年终
    found = infer_item("学年末向学院党委述职，接受党员评议。")
    assert not [r for r in found.requirements if r.type == "window"]


def test_each_period_and_the_year_total_and_the_words_a_count_is_found_under():
    found = infer_item("支部每月组织一次集中学习，全年不少于十二次。")
    assert [(r.per, r.min, r.keywords[0]) for r in found.checkable] == [("month", 1, "集中学习")]
    found = infer_item("以普通党员身份参加所在支部组织生活每年不少于4次。")
    assert [(r.per, r.min, r.keywords[0]) for r in found.checkable] == [("year", 4, "组织生活")]
    found = infer_item("党课每季度至少一次；支部书记每年至少讲一次党课，支部委员每人每年至少讲一次。")
    assert [(r.per, r.keywords) for r in found.checkable] == [
        ("quarter", ["党课"]), ("year", ["书记"]), ("year", ["支部委员"])]
    # "至少交流发言" is no 少交 of dues; 专题研究 is done at a frequency
    found = infer_item("支部每半年至少专题研究一次意识形态工作，每名党员全年至少交流发言一次。")
    assert [(r.type, r.per) for r in found.checkable][:1] == [("count", "halfyear")]
    assert not [r for r in found.requirements if r.type == "ledger"]


def test_a_lecture_script_is_the_lessons_record_a_log_a_paper_of_its_own_and_households_are_counted():
    found = infer_item("书记每年为党员讲党课不少于2次。", evidence=["党课讲稿", "学习记录"])
    assert [(r.type, r.keywords[:1]) for r in found.checkable if r.type != "doc" or "讲稿" in r.keywords[0]] == [
        ("count", ["书记"])]
    found = infer_item("书记带头联系服务群众，每月走访群众不少于4户。", evidence=["民情日志", "问题办理台账"])
    assert [(r.type, r.per, r.min) for r in found.checkable if r.type == "count"] == [("count", "month", 4)]
    assert [r.keywords[0] for r in found.checkable if r.type == "doc"] == ["民情日志", "问题办理台账"]


def test_year_start_agreements_year_end_appraisals_and_screenshots():
    # (the year's start dates the plan and the agreement signed in the next part, as six labelled tables in ten read
    # it; the other four leave the agreement undated)
    found = infer_item("年初制定支部年度党建工作计划，与机关党委签订党建工作目标责任书；年底形成党建工作总结。")
    assert sorted((r.type, r.window or "", r.kind) for r in found.checkable) == [
        ("window", "年初", "协议"), ("window", "年初", "计划"), ("window", "年终", "总结")]
    found = infer_item("设立党员示范岗不少于2个，年底开展一次评星。")
    assert [(r.window, r.keywords[0]) for r in found.checkable if r.type == "window"] == [("年终", "评星")]
    found = infer_item("年底组织党员、群众对书记抓党建工作履职情况开展满意度测评。")
    assert [r.window for r in found.checkable] == ["年终"]
    found = infer_item("“学习强国”学习平台党员参学率达到100%。", evidence=["学习记录", "平台截图"])
    assert "photo" in [r.type for r in found.checkable]


def test_the_record_a_count_is_read_from_is_its_proof_wherever_it_is_named():
    found = infer_item("流动党员管理台账：流动党员登记表、联系记录，每月至少联系1次。")
    assert [(r.type, r.keywords[0]) for r in found.checkable] == [("doc", "流动党员登记表"), ("count", "联系")]
    found = infer_item("站点每月至少组织党员集中收看2次，有收看记录。")
    assert [(r.type, r.per, r.min) for r in found.checkable] == [("count", "month", 2)]
    # a paper of another step stays, and "近三年" is the count's period
    found = infer_item("入党申请人谈话、入党积极分子培养考察等材料齐全，近三年至少发展党员一名。")
    assert [(r.type, r.years) for r in found.checkable if r.type == "count"] == [("count", 3)]


def test_a_record_named_as_proof_is_where_the_deeds_asked_are_read_unless_it_is_the_only_proof_of_its_own():
    # the minutes of the meeting a duty is done at, a generic 活动记录, the 谈话记录 of the 谈话 asked
    found = infer_item("每半年听取一次支委履职情况汇报。", evidence=["支委会会议记录"])
    assert [r.type for r in found.checkable] == ["count"]
    found = infer_item("每年至少开展2次警示教育。", evidence=["活动记录", "照片"])
    assert [r.type for r in found.checkable] == ["count", "photo"]
    found = infer_item("年底对积分排名靠后的党员由支部书记进行谈话提醒。", evidence=["谈话记录"])
    assert [r.type for r in found.checkable] == ["window"]
    # a record of something the words ask for but do not count is its only proof: a paper checked
    found = infer_item("村干部轮流坐班，全年为群众代办事项不少于50件。", evidence=["坐班记录", "代办台账"])
    assert ("doc", "坐班记录") in [(r.type, r.keywords[0]) for r in found.checkable]


def test_a_ledger_named_by_the_deeds_counted_is_their_record_and_a_points_ledger_a_register_of_its_own():
    # (86 labelled ledgers in the tables read so, 4 the other way)
    found = infer_item("推行为民帮办服务，全年帮办事项不少于40件。", evidence=["帮办台账"])
    assert [(r.type, r.min) for r in found.checkable] == [("count", 40)]
    found = infer_item("网格员每月入户走访不少于40户。", evidence=["走访台账"])
    assert [(r.type, r.per, r.min) for r in found.checkable] == [("count", "month", 40)]
    found = infer_item("每月开展一次矛盾纠纷排查。", evidence=["排查台账", "调解记录"])
    assert [(r.type, r.keywords[0]) for r in found.checkable] == [("count", "矛盾纠纷排查"), ("doc", "调解记录")]
    found = infer_item("推行党员积分制管理，积分结果每季度在社区公示一次。", evidence=["积分台账"])
    assert ("doc", "积分台账") in [(r.type, r.keywords[0]) for r in found.checkable]
    # a letter of appointment is a paper of its own, not glued to the next
    found = infer_item("聘请快递员担任兼职网格员，全年上报线索不少于50条。", evidence=["兼职网格员聘书", "线索登记台账"])
    assert [r.keywords[0] for r in found.checkable if r.type == "doc"] == ["兼职网格员聘书"]


def test_the_summary_written_after_the_year_end_report_is_of_the_year_end_too():
    found = infer_item("年底向街道党工委述职，形成年度工作总结。")
    assert sorted((r.window, r.keywords[0]) for r in found.checkable) == [("年终", "工作总结"), ("年终", "述职报告")]
    found = infer_item("年底书记述职，报送年度工作总结。", scoring="未报送年度总结的扣1分。")
    assert [r.type for r in found.checkable] == ["window", "window"]


def test_a_ledger_of_what_a_rate_counts_is_the_rates_record():
    # (15 labelled tables read so, 3 the other way)
    found = infer_item("居民诉求按时办结率达到95%以上。", evidence=["诉求办理台账", "回访记录"])
    assert [(r.type, r.keywords[0]) for r in found.checkable] == [("rate", "办结率"), ("doc", "回访记录")]
    found = infer_item("在职党员到社区报到率达到百分之百。", evidence=["报到登记台账"])
    assert [r.type for r in found.checkable] == ["rate"]


def test_a_rule_left_to_the_inspectors_discretion_leaves_them_a_judgement():
    found = infer_item("支部委员会每月召开1次。", scoring="少开一次扣0.2分；会议记录不规范的酌情扣0.5—1分。")
    assert [r.type for r in found.requirements] == ["count", "judgement"]
    assert found.requirements[1].description == "由考核组判断：会议记录不规范的酌情扣0.5—1分。"
    found = infer_item("支部委员会每月召开1次。", scoring="少开一次扣0.2分。")  # nothing left to them
    assert [r.type for r in found.requirements] == ["count"]
    # how properly it was done, whether it meets the requirements, a veto's facts: the inspectors look too
    for rule in ("会议记录不规范的扣0.5分", "书记人选不符合要求的扣1分", "发生重大安全事故的，实行一票否决"):
        found = infer_item("支部委员会每月召开1次。", scoring=f"少开一次扣0.2分；{rule}。", points=5)
        assert [r.type for r in found.requirements] == ["count", "judgement"], rule
    found = infer_item("党员每年参加集中培训不少于32学时。", scoring="学时不足的，每人扣0.2分。")  # a count short
    assert [r.type for r in found.requirements] == ["duration"]


def test_a_plan_and_an_agreement_listed_at_the_years_start_are_two_windows_and_no_more():
    found = infer_item("社区党委年初制定年度党建工作计划、签订书记抓党建工作责任书。")
    assert sorted((r.type, r.window, r.kind) for r in found.requirements) == [
        ("window", "年初", "协议"), ("window", "年初", "计划")]


def test_content_reviewed_before_it_is_published_leaves_the_review_record():
    # (13 more labelled reviews found, 5 more unlabelled: 审核 is a deed with a record, as 备案 and 公示 are)
    found = infer_item("社区宣传栏、电子屏内容每月更新，发布前经社区党组织书记审核。")
    assert ("doc", "审核") in [(r.type, r.keywords[0]) for r in found.checkable]


def test_opinions_sought_from_a_long_list_of_people_leave_their_record():
    found = infer_item("每年召开1次组织生活会，会前广泛征求献血者、用血医院和职工意见。")
    assert ("doc", "征求意见") in [(r.type, r.keywords[0]) for r in found.checkable]


def test_a_deed_organised_at_one_festival_is_done_once_a_year():
    found = infer_item("每月开展1次主题党日活动；“七一”前后组织党员重温入党誓词。")
    assert [(r.per, r.min, r.keywords[0]) for r in found.checkable] == [
        ("month", 1, "主题党日活动"), ("year", 1, "重温入党誓词")]


def test_a_paper_a_fault_says_is_missing_is_named_without_the_negation():
    found = infer_item("支部委员会每月召开1次。", scoring="每少1次扣0.5分；线上会议无记录、无截图的，每次扣0.2分。")
    names = [k for r in found.requirements for k in r.keywords] + [r.description for r in found.requirements]
    assert "线上会议记录" in names and not [n for n in names if "无" in n]


def test_reminder_talks_not_counted_leave_their_record():
    # (five labelled tables in five: the talks held with the members named are shown by their record)
    found = infer_item("对积分排名后5%的党员开展提醒谈话。")
    assert [(r.type, r.keywords[0]) for r in found.checkable] == [("doc", "提醒谈话")]
    found = infer_item("每季度开展一次廉政提醒谈话。")  # counted: the count's
    assert [(r.type, r.per) for r in found.checkable] == [("count", "quarter")]


def test_a_paper_named_again_as_proof_is_the_paper_asked_and_a_school_years_start_is_no_year_start():
    found = infer_item("党建工作经费纳入单位年度预算，建立经费使用台账。", evidence=["经费台账"])
    assert [r.keywords[0] for r in found.checkable if r.type == "doc"].count("经费台账") == 0
    found = infer_item("年初确定1—2个党建与业务融合项目，年底形成项目成效报告。", evidence=["成效报告"])
    assert [r.type for r in found.checkable] == ["window", "window"]
    found = infer_item("创建工作有方案。", evidence=["创建方案", "预算文件"])
    assert [(r.type, r.keywords[0]) for r in found.checkable][1:] == [("doc", "预算文件")]
    found = infer_item("村党组织书记年初向乡镇党委作出履职承诺。", evidence=["承诺书"])
    assert [(r.type, r.window) for r in found.checkable] == [("window", "年初")]
    found = infer_item("每学年初制定发展党员工作计划。", evidence=["发展计划"])
    assert [(r.type, r.kind) for r in found.checkable] == [("doc", "计划")]


def test_a_meeting_named_then_counted_by_the_same_actor_is_one_count_with_who_gives_it():
    found = infer_item("书记带头讲党课，每年为党员讲党课不少于2次。")
    assert [(r.meeting_type, r.per, r.min, r.keywords) for r in found.checkable] == [
        ("党课", "year", 2, ["书记"])]
    # named anew, the meeting is the branch's, apart from the 书记's (whose lecture, with no number, is how the
    # branch's are given)
    found = infer_item("书记带头讲党课，党课每季度1次。")
    assert [(r.per, "书记" in r.keywords) for r in found.checkable] == [("quarter", False)]


def test_work_publicised_by_media_or_shared_at_a_meeting_is_a_paper_and_a_yearly_count_stays_a_count():
    found = infer_item("社区党建引领基层治理经验做法被区级以上媒体宣传，或在区级以上会议交流。", "每次加1分，最高加3分。")
    assert [(r.type, r.keywords) for r in found.checkable] == [("doc", ["宣传", "交流"])]
    found = infer_item("打造党员教育培训特色品牌，经验做法被市级以上媒体宣传推广。")
    assert [(r.type, r.keywords) for r in found.checkable] == [("doc", ["宣传推广", "宣传", "推广"])]
    assert [r.type for r in found.requirements if r.type == "judgement"] == ["judgement"]  # the brand: inspectors
    found = infer_item("每年至少1篇经验材料在区级以上媒体或工作简报上刊发。")
    assert [(r.type, r.per) for r in found.checkable] == [("count", "year")]


def test_a_sentences_period_holds_for_each_of_its_counts():
    found = infer_item("本季度组织党员集中学习不少于3次，书记领学不少于1次。")
    assert [(r.per, r.min) for r in found.checkable] == [("quarter", 3), ("quarter", 1)]


def test_a_yearly_report_is_counted_unless_the_item_gives_it_at_the_years_end():
    found = infer_item("支部书记每年向机关党委述职一次。")
    assert [(r.type, r.per, r.keywords[0]) for r in found.checkable] == [("count", "year", "述职")]
    found = infer_item("支部书记每年向社区党委述职一次。", "年终述职并形成书面述职报告的得2分，未述职的不得分。")
    assert [(r.type, r.window) for r in found.checkable] == [("window", "年终")]
    found = infer_item("书记在季度述职会上脱稿述职。")
    assert [(r.type, r.per) for r in found.checkable] == [("count", "quarter")]


def test_a_ceiling_is_no_rate_a_pledge_at_the_year_start_is_a_window_and_the_days_business_is_not_counted():
    found = infer_item("评定为“优秀”的比例一般不超过30%。")
    assert not [r for r in found.requirements if r.type == "rate"]
    found = infer_item("村党组织书记年初向乡镇党委作出履职承诺，年底向乡镇党委述职。")
    assert [(r.window, r.kind, r.keywords) for r in found.checkable] == [("年初", None, ["承诺"]), ("年终", "总结",
                                                                                               ["述职报告", "述职"])]
    found = infer_item("每月5日固定开展主题党日，活动中重温入党誓词、开展集中学习和志愿服务。")
    assert [r.meeting_type for r in found.checkable] == ["主题党日"]
    assert not [r for r in infer_item("建立健全主题党日、党费收缴等支部工作制度。").requirements if r.type == "ledger"]


def test_people_asked_for_by_number_are_a_list_and_new_members_of_an_age_are_counted():
    found = infer_item("聘请保洁员不少于3名。", evidence=["保洁员名单"])
    assert [(r.type, r.keywords[0], r.min) for r in found.checkable] == [("doc", "保洁员", 3)]
    found = infer_item("培育党员致富带头人不少于3名。", evidence=["致富带头人花名册"])
    assert [(r.keywords[0], r.min) for r in found.checkable] == [("致富带头人", 3)]
    # how each unit is staffed is seen on site, not a list to keep
    assert not infer_item("每个网格配备1名网格党建指导员。").checkable
    found = infer_item("每两年至少发展一名35周岁以下党员。")
    assert [(r.type, r.years) for r in found.checkable] == [("count", 2)]


def test_keeping_a_rule_and_having_a_place_are_for_the_inspectors():
    assert not infer_item("严格落实请示报告制度，重大事项及时向上级党组织请示报告。").checkable
    assert not infer_item("党支部有固定的活动场所。").checkable
    assert not infer_item("落实“第一议题”制度。").checkable  # (with no meeting counted to take it up)
    # but the appointment of someone sent leaves records of its own
    found = infer_item("执行选派党建指导员制度。")
    assert [r.type for r in found.checkable] == ["doc"]


def test_standing_undertakings_steps_of_a_procedure_and_people_a_body_has():
    found = infer_item("村党组织领办合作社或特色产业项目不少于1个。")
    assert [(r.type, r.per) for r in found.checkable] == [("doc", None)]
    assert not [r for r in infer_item("严格按照“五个阶段、二十五个步骤”发展党员。").checkable if r.type == "count"]
    assert not infer_item("楼宇内有正式党员不少于3名的企业单独建立党支部。").checkable
    # a one-off within the first year of office is no yearly count
    found = infer_item("新任书记任职一年内参加岗前培训。")
    assert not [r for r in found.checkable if r.type == "count"]


def test_signs_for_at_least_photos_taken_and_postings_a_count_already_asks_for():
    found = infer_item("党员志愿服务每人每年≥2次，累计≥10小时")
    assert [(r.type, r.min if r.type == "count" else r.amount) for r in found.checkable] == [
        ("count", 2), ("duration", 10)]
    found = infer_item("每名党员参训时间不少于5天。")
    assert [(r.type, r.amount, r.unit) for r in found.checkable] == [("duration", 5, "天")]
    found = infer_item("全面落实党务、村务、财务“三务公开”，常规事项每季度公开一次，公开资料拍照存档备查。")
    assert sorted(r.type for r in found.checkable) == ["count", "photo"]


def test_each_deed_before_a_meeting_a_use_register_and_leave_records():
    found = infer_item("每年召开一次组织生活会，会前广泛征求意见、开展谈心谈话。")
    assert [r.keywords for r in found.checkable if r.type == "doc"] == [["征求意见"], ["谈心谈话"]]
    found = infer_item("党员活动室每周开放不少于3天，使用有登记。")
    assert [r.keywords[0] for r in found.checkable if r.type == "doc"] == ["使用登记"]
    found = infer_item("支部党员大会每季度召开一次，因倒班、出差等原因缺席的有请假记录。")
    assert [r.keywords[0] for r in found.checkable if r.type == "doc"] == ["请假记录"]


def test_a_record_asked_to_be_complete_and_orderly_in_two_words_is_a_paper():
    """"会议记录规范完整": two qualities run together still ask for the minutes themselves (of meetings no count
    of the item already reads from them)."""
    found = infer_item("重大事项经集体研究决定，会议记录规范完整。")
    assert [(r.type, r.kind) for r in found.requirements if r.type == "doc"] == [("doc", "会议记录")]


def test_the_village_decision_procedure_asks_for_its_minutes_not_a_posting():
    """"四议两公开" names a way of deciding: no paper of '公开' on its own; minutes the item (or its 佐证材料) names
    are those of its meetings; the results it says are made public are a posting of their own."""
    found = infer_item("土地流转等重大事项须按“四议两公开”决策，会议记录齐全规范，决议结果向村民公开。",
                       evidence=["公开照片"])
    docs = [r for r in found.requirements if r.type == "doc"]
    assert [(r.kind, "四议" in r.keywords) for r in docs] == [("会议记录", True), (None, False)]
    assert docs[1].keywords == ["公开"]
    assert [r.type for r in found.requirements if r.type == "photo"] == ["photo"]
    found = infer_item("村集体资产处置严格执行“四议两公开”。")
    assert [r.type for r in found.requirements] == ["judgement"]


def test_the_recruitment_files_in_the_evidence_column_are_the_record_of_the_count():
    """"发展党员档案", "积极分子名册" beside "每两年发展一名党员": the files the members recruited are read from (as the
    labelling conventions read a count's record); another standing file ("党员学习档案") is a paper of its own."""
    found = infer_item("每两年至少发展一名青年党员。", evidence=["发展党员档案", "积极分子名册"])
    assert [(r.type, r.keywords[:1]) for r in found.requirements] == [("count", ["发展党员"])]
    found = infer_item("每月组织党员集中学习1次。", evidence=["党员学习档案"])
    assert [(r.type, r.keywords[0]) for r in found.requirements][1:] == [("doc", "党员学习档案")]


def test_a_plan_and_a_sign_in_sheet_in_the_evidence_column_are_kept_beside_training_hours():
    """"培训方案、培训签到表" beside "累计不少于16学时": the plan and who came are papers of their own, not only the
    record the hours are read from."""
    found = infer_item("每年组织党员集中培训，累计不少于16学时。", evidence=["培训方案", "培训签到表"])
    docs = [(r.kind, r.keywords[0]) for r in found.requirements if r.type == "doc"]
    assert docs == [("计划", "培训方案"), ("签到表", "培训签到表")]


def test_one_person_named_for_each_unit_is_staffing_but_a_list_in_the_evidence_is_kept():
    """"每个小区明确1名党员楼栋长" is how each unit is staffed (职数), for the inspectors; a 名单 the 佐证材料 names
    is who they are, never only the record of the visits they make."""
    found = infer_item("每个小区明确1名党员楼栋长。")
    assert [r.type for r in found.requirements] == ["judgement"]
    found = infer_item("楼栋党员每季度入户走访不少于一次。", evidence=["楼栋党员名单"])
    assert [(r.type, r.keywords[0]) for r in found.requirements if r.type != "count"] == [("doc", "楼栋党员名单")]


def test_people_taken_in_each_year_are_a_yearly_count():
    """"每年从青年农民中至少培养2名入党积极分子": those taken in within the year, dated when taken in; a standing
    reserve without a year ("储备后备干部不少于3名") stays a list."""
    assert shape("每年从青年农民中至少培养2名入党积极分子。") == [("count", None, "year", 2, None)]
    assert shape("储备后备干部不少于3名。") == [("doc", None, None, 3, None)]


def test_a_posting_for_a_number_of_days_is_a_paper_and_a_result_posted_each_period_is_counted():
    """"入党申请人名单公示不少于7天": the posting is kept (how long it stayed up is not checkable from papers);
    "评定结果每半年在社区内公示" is a count of the postings, not merged into the 评定 counted beside it."""
    found = infer_item("入党申请人名单公示不少于7天。")
    assert [(r.type, r.keywords) for r in found.requirements] == [("doc", ["入党申请人名单公示", "公示"])]
    found = infer_item("开展志愿者星级评定，评定结果在社区内公示（每半年）。")
    assert [(r.type, r.per, r.keywords[-1]) for r in found.requirements if r.type == "count"] == [
        ("count", "halfyear", "评定"), ("count", "halfyear", "公示")]


def test_growth_over_last_year_printed_as_a_share_is_a_rate():
    """"服务收入较上年增长不低于百分之八", "营业收入较上年增长6%以上": a growth rate to reach; a bare "增长6%" sets no bar."""
    assert [(r.type, r.op, r.threshold) for r in infer_item("服务收入较上年增长不低于百分之八。").requirements] == [
        ("rate", ">=", 0.08)]
    found = infer_item("营业收入较上年增长6%以上。").requirements
    assert [(r.type, r.threshold, "增长" in (r.measure or "")) for r in found] == [("rate", 0.06, True)]
    assert not [r for r in infer_item("去年营业收入增长6%。").requirements if r.type == "rate"]


def test_households_each_member_links_with_are_a_list_unless_their_register_is_named():
    """"每名党员联系居民不少于8户": who links with which households is a list to show; "记入《联系户登记册》" names
    the register that is that list."""
    found = infer_item("每名党员联系居民不少于8户，每季度至少入户走访一次。")
    assert [(r.type, r.keywords) for r in found.requirements if r.type == "doc"] == [
        ("doc", ["联系户", "联户", "联系群众"])]
    found = infer_item("每名党员联系居民不少于8户，走访情况记入《联系户登记册》。")
    assert not [r for r in found.requirements if r.type == "doc" and "联户" in r.keywords]


def test_evidence_papers_that_prove_what_the_item_already_asks_are_not_asked_again():
    """佐证材料 naming the paper of a deed asked ("述职评议表" beside "接受党员评议"), the register of hours asked
    ("学时登记表" beside "不少于40学时"), a paper already asked ("服务清单" beside "制定便民服务清单") or the text of
    a rule ("制度文本"); a paper not asked yet ("居民公约文本") is still kept."""
    found = infer_item("书记每年向党员大会述职，接受党员评议。", evidence=["述职评议表"])
    assert [r.keywords for r in found.requirements if r.type == "doc"] == [["述职评议表"]]  # one paper
    found = infer_item("党员每年参加集中学习培训不少于40学时。", evidence=["学时登记表"])
    assert [r.type for r in found.requirements] == ["duration"]
    found = infer_item("制定便民服务清单。", evidence=["服务清单"])
    assert [(r.type, r.keywords[0]) for r in found.requirements] == [("doc", "便民服务清单")]
    found = infer_item("建立党员积分管理制度。", evidence=["制度文本"])
    assert [(r.type, r.kind) for r in found.requirements] == [("doc", "制度")]
    found = infer_item("修订居民公约并报街道备案。", evidence=["居民公约文本"])
    assert any(r.type == "doc" and "居民公约文本" in r.keywords for r in found.requirements)


def test_a_paper_the_scoring_names_shorter_is_the_one_the_item_asks():
    """"经费未纳入预算的扣1分" after "专项经费纳入街道年度预算": the same paper, said shorter in the scoring rule."""
    found = infer_item("社区服务群众专项经费纳入街道年度预算。", "经费未纳入预算的扣1分。")
    assert [r.type for r in found.requirements] == ["doc"]


def test_the_record_of_a_counted_deed_in_the_evidence_column_is_that_deeds_proof():
    """"列席记录" beside "监督小组成员每季度列席居民议事会": the record of the deed the count reads."""
    found = infer_item("监督小组成员每季度列席居民议事会一次。", evidence=["列席记录"])
    assert [r.type for r in found.requirements] == ["count"]


def test_a_bare_title_over_numbered_rules_reads_what_the_rules_ask():
    """"年度组织生活会。" over "①每年召开一次组织生活会…；②会前广泛征求意见、开展谈心谈话，每缺一项扣0.5分": the
    title names the topic; what the rules ask is the item's words (each deed before the meeting leaves a record)."""
    found = infer_item("年度组织生活会。", "①每年召开一次组织生活会，未召开的本项不得分；②会前广泛征求意见、开展谈心谈话，每缺一项扣0.5分。")
    assert [(r.type, r.meeting_type or r.keywords[0]) for r in found.requirements] == [
        ("count", "组织生活会"), ("doc", "征求意见"), ("doc", "谈心谈话")]


def test_a_slogan_of_periods_counts_each_posting_in_its_period():
    """"党务公开做到“一月一更新”": the posting is renewed once each month."""
    found = infer_item("党务公开栏内容做到“一月一更新”。")
    assert [(r.type, r.per, r.min) for r in found.requirements if r.type != "judgement"] == [("count", "month", 1)]


def test_a_deed_the_scoring_says_was_to_be_carried_out_is_asked_even_if_the_item_omits_it():
    """"会前未开展征求意见的扣1分" under "每年召开一次组织生活会": the rule itself says the deed was to be done."""
    found = infer_item("每年召开一次组织生活会。", "未召开的不得分；会前未开展征求意见的扣1分。")
    assert [r.keywords for r in found.requirements if r.type == "doc"] == [["征求意见"]]
    found = infer_item("每年召开一次组织生活会。", "结果未公示的扣1分。")
    assert not [r for r in found.requirements if r.type == "doc"]


def test_a_quoted_practice_done_each_month_is_counted():
    """"每季度组织党员过“集体生日”", and "开展“红色观影”，每月集中开展1次" (the clause names no object of its own):
    the quoted practice is counted in each period; a quoted name in a yearly clause ("“两委”成员年内…") is not."""
    found = infer_item("每季度组织党员过“集体生日”。")
    assert [(r.type, r.per, r.keywords) for r in found.requirements] == [("count", "quarter", ["集体生日"])]
    found = infer_item("组织党员开展“红色观影”，每月集中开展1次。")
    assert [(r.type, r.per) for r in found.requirements if r.type == "count"] == [("count", "month")]
    assert not [r for r in infer_item("社区“两委”成员年内无违纪违法问题。").requirements if r.type == "count"]


def test_forms_handed_out_by_number_are_papers_to_keep():
    """"每季度开展一次服务满意度调查，回收调查问卷不少于60份": the filled-in forms, as many as printed."""
    found = infer_item("每季度开展一次服务满意度调查，回收调查问卷不少于60份。")
    assert [(r.type, r.min, "问卷" in r.keywords) for r in found.requirements if r.type == "doc"] == [("doc", 60, True)]


def test_photos_named_twice_are_one_requirement_with_the_larger_number():
    """"每次慰问有记录和照片，照片不少于2张": the photos are named twice, one requirement of at least 2."""
    found = infer_item("每次慰问有记录和照片，照片不少于2张。")
    assert [(r.type, r.min) for r in found.requirements if r.type == "photo"] == [("photo", 2)]


def test_a_posting_named_is_kept_beside_a_photo_of_it():
    """"评定结果公示" beside "公示照片": the posting (its notice, kept on file) and the photo of it on the wall are
    both asked (labelled so 72 times against 16 that read the photo alone)."""
    found = infer_item("每年开展1次“星级党员民宿”评定，评定结果公示。", evidence=["公示照片"])
    assert [(r.type, r.keywords[:1]) for r in found.requirements if r.type != "judgement"] == [
        ("count", ["星级党员民宿评定"]), ("doc", ["公示"]), ("photo", [])]


def test_a_bare_title_asks_nothing_of_its_own_once_its_rules_are_read():
    """"困难党员帮扶。" over "①每季度走访慰问困难党员1次…": the title is the topic, not an activity to show."""
    found = infer_item("困难党员帮扶。", "①每季度走访慰问困难党员1次，每少1次扣0.5分。")
    assert [(r.type, r.per) for r in found.requirements] == [("count", "quarter")]


def test_an_election_on_time_with_no_term_nor_paper_named_needs_eyes_not_a_paper():
    """"村党组织按期换届，班子团结" with no term and no paper named: no 换届 paper; named papers keep it."""
    bare = infer_item("村党组织按期换届，班子团结有力。")
    assert not [r for r in bare.requirements if r.type == "doc" and "换届" in r.keywords]
    kept = infer_item("村党组织按期换届，换届程序规范、资料齐全。")
    assert [r.keywords for r in kept.requirements if r.type == "doc" and "换届" in r.keywords] == [["换届"]]


def test_a_work_ledger_named_over_the_papers_it_holds_is_their_folder():
    """"建立社区党建工作台账，包括会议记录、活动记录、走访记录": the papers listed, not the folder as a paper too."""
    found = infer_item("建立社区党建工作台账，包括会议记录、活动记录、走访记录。")
    docs = [r for r in found.requirements if r.type == "doc"]
    assert len(docs) == 3 and not [r for r in docs if "社区党建工作台账" in r.keywords]
    alone = infer_item("建立“双报到”工作台账，实行一人一卡管理。")
    assert [r for r in alone.requirements if r.type == "doc" and any("工作台账" in k for k in r.keywords)]


def test_a_practice_carried_out_at_counted_meetings_is_what_they_take_up():
    """"落实“第一议题”制度，党委会每月召开1次，每次首先学习…": the minutes of those meetings, about 第一议题."""
    found = infer_item("落实“第一议题”制度，支委会每月召开1次，每次会议首先学习上级最新重要会议精神。")
    checkable = [r for r in found.requirements if r.type != "judgement"]
    assert [(r.type, r.meeting_type, r.per, "第一议题" in r.keywords) for r in checkable] == \
        [("count", "支部委员会", "month", True)]


def test_a_posting_the_inspectors_look_at_on_site_is_no_paper():
    """"便民服务事项公开，由考核组实地查看": seen on the wall, no 公开 paper; without the visit it is one."""
    seen = infer_item("党群服务站每天开放，便民服务事项公开，由考核组实地查看。")
    assert not [r for r in seen.requirements if r.type == "doc" and "公开" in r.keywords]
    kept = infer_item("党群服务站每天开放，便民服务事项公开。")
    assert [r for r in kept.requirements if r.type == "doc" and "公开" in r.keywords]


def test_a_bare_record_of_a_meeting_is_its_minutes_and_when_is_no_name():
    """"会议做到会前有通知、会中有签到、会后有记录，会议记录要素齐全": 通知, 签到, one 会议记录."""
    found = infer_item("会议做到会前有通知、会中有签到、会后有记录，会议记录要素齐全。")
    docs = [(r.kind, r.keywords) for r in found.requirements if r.type == "doc"]
    assert [k for k, _w in docs] == ["通知", "签到表", "会议记录"]
    assert not [w for _k, w in docs if any(x.startswith(("会前", "会中", "会后")) for x in w)]


def test_a_yearly_plan_and_summary_named_as_proof_are_the_windows_papers():
    """"年初制定党建工作计划，年终形成工作总结" beside 佐证 "年度计划、年度总结": the two windows, nothing more."""
    found = infer_item("年初制定党建工作计划，年终形成工作总结。", evidence=["年度计划、年度总结"])
    assert [(r.type, r.kind, r.window) for r in found.requirements if r.type != "judgement"] == \
        [("window", "计划", "年初"), ("window", "总结", "年终")]


def test_a_written_report_named_as_proof_is_the_report_counted():
    """"班子成员每半年向党委报告一次履职情况" beside 佐证 "书面报告": the reports counted, no paper more."""
    found = infer_item("班子成员每半年向党委报告一次履职情况。", evidence=["书面报告"])
    assert [(r.type, r.per) for r in found.requirements if r.type != "judgement"] == [("count", "halfyear")]


def test_a_dated_paper_in_a_list_is_the_paper_of_its_window():
    """"每年年初报送年度服务计划、年底提交服务履约情况报告": the 年初 and 年终 windows, no third paper."""
    found = infer_item("社区物业企业每季度向社区党委报告1次服务情况，每年年初报送年度服务计划、年底提交服务履约情况报告，"
                       "收支情况每半年公示1次。")
    assert [(r.type, r.window or r.per) for r in found.requirements if r.type != "judgement"] == \
        [("window", "年初"), ("window", "年终"), ("count", "quarter"), ("count", "halfyear")]


def test_asking_before_and_reporting_after_is_conduct_not_papers():
    """"涉及群众切身利益的重大事项做到事前请示、事后报告": how matters are handled, weighed by the inspectors."""
    found = infer_item("涉及群众切身利益的重大事项做到事前请示、事后报告。")
    assert [r.type for r in found.requirements] == ["judgement"]


def test_a_bare_posting_beside_the_postings_counted_is_those_postings():
    """"党费管理：收缴、使用台账及公示，…收缴情况每半年公示一次": the ledger and the counted postings, no bare 公示."""
    found = infer_item("党费管理：党费收缴、使用台账及公示，党员按月足额交纳党费，收缴情况每半年公示一次。")
    assert not [r for r in found.requirements if r.type == "doc" and r.keywords == ["公示"]]
    assert [r.per for r in found.requirements if r.type == "count"] == ["halfyear"]


# Phrasing variants a district we have never seen prints: the same requirement however the words are turned.


@pytest.mark.parametrize("text", ["支委会每月召开1次", "支部委员会会议一月一次", "支委会一个月一次"])
def test_once_a_period_slogans_read_as_every_period(text):
    """"一月一次", "一季度一次", "两个月一次": every period, as 每月一次 reads (a January date is no period)."""
    found = infer_item(text)
    assert [(r.meeting_type, r.per, r.min) for r in found.requirements if r.type == "count"] == \
        [("支部委员会", "month", 1)]


def test_two_months_and_a_quarter_as_slogans():
    found = infer_item("党课一季度一次，党员大会两个月一次。")
    assert [(r.meeting_type, r.per) for r in found.requirements if r.type == "count"] == \
        [("党课", "quarter"), ("党员大会", "bimonth")]
    assert not [r for r in infer_item("十一月一日前报送总结。").requirements if r.type == "count"]


@pytest.mark.parametrize("period", ["每月", "每个月", "按月"])
def test_a_named_practice_counted_whatever_the_period_word(period):
    """"为党员过“政治生日”，每个月集中开展1次": the period word is no object of the clause, however it is printed."""
    found = infer_item(f"为党员过“政治生日”，{period}集中开展1次。")
    assert [(r.per, r.min, r.keywords[:1]) for r in found.requirements if r.type == "count"] == \
        [("month", 1, ["政治生日"])]


@pytest.mark.parametrize("period", ["每季度末", "按季度"])
def test_a_periodic_delivery_after_a_label_is_counted_not_a_paper(period):
    """"统计报送：每季度末向县委组织部报送…统计表": a delivery every quarter, not a paper named in a checklist."""
    found = infer_item(f"统计报送：{period}向县委组织部报送党员教育培训情况统计表，数据真实准确。")
    assert [(r.type, r.per) for r in found.requirements if r.type != "judgement"] == [("count", "quarter")]


@pytest.mark.parametrize("lead", ["不少于", "至少"])
def test_at_least_in_a_scoring_rule_is_a_minimum_not_a_shortfall(lead):
    """"全年为群众办实事至少8件的得3分": 至少 is the minimum asked (not 少8件, a shortfall)."""
    found = infer_item("为民办实事。", f"①全年为群众办实事{lead}8件的得3分，每少1件扣0.5分；②建立办实事项目清单，无清单的扣1分；")
    assert [(r.per, r.min) for r in found.requirements if r.type == "count"] == [("year", 8)]


@pytest.mark.parametrize("photos", ["不少于2张活动照片", "至少2张活动照片", "活动照片2张以上"])
def test_how_many_photos_however_printed(photos):
    found = infer_item(f"主题党日活动记录：每月1次，有活动方案、签到和{photos}。")
    assert [r.min for r in found.requirements if r.type == "photo"] == [2]


@pytest.mark.parametrize("text, op", [("至少有1名不超过35周岁的委员", "<="), ("班子成员中至少有一名不满35周岁的年轻党员", "<"),
                                      ("35周岁以下成员至少1名", "<")])
def test_an_age_limit_printed_before_the_age(text, op):
    """"不超过35周岁" (<=), "不满35周岁" (<) read as "35周岁以下" does."""
    roster = [r for r in infer_item(text).requirements if r.type == "roster"]
    assert [(c.field, c.op, c.value, c.min) for c in roster[0].conditions] == [("age", op, 35, 1)]


def test_a_ledger_is_found_under_either_spelling():
    found = infer_item("建立矛盾纠纷调处台帐。")
    assert [r.keywords for r in found.requirements if r.type == "doc"] == [["矛盾纠纷调处台帐", "矛盾纠纷调处台账"]]


def test_each_member_each_month_the_deed_counted():
    """"每名党员每个月走访不少于1次": who and how often are not the deed's name."""
    found = infer_item("每名党员每个月走访不少于1次。")
    assert [(r.per, r.keywords) for r in found.requirements if r.type == "count"] == [("month", ["走访"])]


def test_two_years_in_chinese_numerals():
    found = infer_item("发展党员：每二年至少发展一名，程序规范。")
    assert [(r.years, r.min) for r in found.requirements if r.type == "count"] == [(2, 1)]


def test_score_bands_mixing_figures_and_words():
    """"百分之十以上得5分，5%（含）—百分之十得3分，0—5%得1分": one band list, every figure read."""
    found = infer_item("产值增长。", "产值增长百分之十以上得5分，5%（含）—百分之十得3分，0—5%得1分。")
    bands = [d.bands for d in found.deductions if d.bands]
    assert [(b.low, b.high, b.score) for b in bands[0]] == [(0.1, None, 5.0), (0.05, 0.1, 3.0), (0.0, 0.05, 1.0)]


@pytest.mark.parametrize("text", ["设立党员示范岗不少于3个", "设立党员示范岗不低于3个", "设立党员示范岗3个以上",
                                  "设立党员示范岗3个及以上", "设立党员示范岗不少于3个以上", "设立党员示范岗不得少于3个"])
def test_a_minimum_however_it_is_printed(text):
    """不少于3个 / 不低于3个 / 3个以上 / 3个及以上 / 不得少于3个: one minimum of 3."""
    found = infer_item(text + "。")
    assert [(r.type, r.min) for r in found.requirements if r.type != "judgement"] == [("doc", 3)]


@pytest.mark.parametrize("text", ["组织党员集中学习，全年累计不少于12次", "组织党员集中学习，全年累计12次以上",
                                  "组织党员集中学习，全年累计不少于12次以上", "组织党员集中学习，全年累计不低于12次"])
def test_a_yearly_total_however_its_minimum_is_printed(text):
    found = infer_item(text + "。")
    assert [(r.type, r.per, r.min, r.keywords) for r in found.requirements if r.type != "judgement"] == \
        [("count", "year", 12, ["学习"])]


def test_a_shortfall_in_a_scoring_rule_is_no_minimum():
    """"缺少3次以上本项不得分": when the rule bites, not a count asked."""
    found = infer_item("支委会每月召开1次。", "缺少3次以上本项不得分。")
    assert [(r.meeting_type, r.per, r.min) for r in found.requirements if r.type == "count"] == \
        [("支部委员会", "month", 1)]


@pytest.mark.parametrize("scoring", ["少开一次扣0.5分；无讲稿的扣1分。", "（1）少开一次扣0.5分；（2）无讲稿的扣1分。",
                                     "1.少开一次扣0.5分；2.无讲稿的扣1分。", "①少开一次扣0.5分；②无讲稿的扣1分。"])
def test_numbered_clauses_read_as_unnumbered(scoring):
    """"（2）无讲稿的扣1分": the clause's number is no word of it; the 讲稿 the rule names is still read."""
    found = infer_item("书记每季度讲党课1次。", scoring)
    assert [(r.type, r.keywords[:1]) for r in found.requirements if r.type != "judgement"] == \
        [("count", ["书记"]), ("doc", ["讲稿"])]


@pytest.mark.parametrize("verb", ["开展", "组织开展"])
def test_organised_and_carried_out_reads_as_carried_out(verb):
    """"会前未组织开展谈心谈话、征求意见的": the deeds the rule names, as with 未开展; "集中组织开展" a season's deed."""
    found = infer_item("每年召开一次组织生活会。", f"会前未{verb}谈心谈话、征求意见的扣1分。")
    assert [r.keywords for r in found.requirements if r.type == "doc"] == [["谈心谈话"], ["征求意见"]]
    season = infer_item(f"党员冬春训：每年11月至次年2月集中{verb}，每名党员参训不少于32学时。")
    assert [(r.type, r.amount) for r in season.requirements if r.type != "judgement"] == [("duration", 32)]


@pytest.mark.parametrize("modal", ["", "应", "须", "应当"])
def test_a_modal_verb_before_a_period(modal):
    """"评价结果应每半年反馈一次": the period is read as printed without the modal."""
    found = infer_item(f"报到党员表现情况{modal}每半年反馈一次所在单位党组织。")
    assert [(r.type, r.per) for r in found.requirements if r.type != "judgement"] == [("count", "halfyear")]


@pytest.mark.parametrize("year", ["全年", "年内", "一年内"])
def test_a_number_of_times_within_a_year_is_the_years_count(year):
    """"一年内累计开展不少于12次" is 全年…12次; "一年内完成整改" stays a time limit, no count."""
    found = infer_item(f"组织党员集中学习，{year}累计不少于12次。")
    assert [(r.type, r.per, r.min, r.keywords) for r in found.requirements if r.type != "judgement"] == \
        [("count", "year", 12, ["学习"])]
    assert not [r for r in infer_item("发现的问题一年内完成整改。").requirements if r.type == "count"]


@pytest.mark.parametrize("text,who,n", [
    ("依托网格组建巡逻队，注册志愿者不少于40人。", "注册志愿者", 40),
    ("培育“双带”致富带头人不少于3名。", "双带致富带头人", 3),
    ("每个小区至少选树“文明示范户”5户。", "文明示范户", 5),
    ("后备干部每村不少于3名，定期考察。", "后备干部", 3),
    ("年终评定党员中心户不少于4户。", "中心户", 4),
])
def test_people_or_households_to_have_named(text, who, n):
    """"志愿者不少于40人", "至少选树“文明示范户”5户": the people (or households) a list must name, as many as printed."""
    docs = [(r.keywords[0], r.min) for r in infer_item(text).requirements if r.type == "doc"]
    assert docs[:1] == [(who, n)]


def test_a_minimum_of_people_printed_only_in_the_scoring():
    """"兼职委员少于6名的，每少1名扣0.5分": the scoring's condition is the minimum the list must reach."""
    found = infer_item("吸纳驻区单位党员负责人担任社区党委兼职委员。", "兼职委员少于6名的，每少1名扣0.5分。")
    assert [(r.type, r.keywords[0], r.min) for r in found.requirements if r.type != "judgement"] == \
        [("doc", "兼职委员", 6)]


def test_a_list_made_at_the_years_start_is_a_window():
    """"年初梳理公布民生实事项目清单": a list of the year's start is a paper dated 年初 of its own name; the count of
    "项目不少于6个" that follows counts those projects, by their name."""
    found = infer_item("年初梳理公布民生实事项目清单，项目不少于6个，年底前全部完成。")
    reqs = [(r.type, r.window, r.min, r.keywords[0]) for r in found.requirements if r.type in ("window", "count")]
    assert ("window", "年初", 1, "民生实事项目清单") in reqs
    assert ("count", None, 6, "民生实事项目") in reqs


def test_a_schedule_beside_the_plan_at_the_years_start():
    """"年初制定学习计划和主题党日安排": the plan, and the schedule as a 年初 paper of its own."""
    found = infer_item("年初制定党支部学习计划和主题党日安排。")
    assert [(r.window, r.kind, r.keywords[0]) for r in found.requirements if r.type == "window"] == \
        [("年初", "计划", "工作计划"), ("年初", None, "主题党日安排")]


@pytest.mark.parametrize("text,expected", [
    ("每年围绕中心工作确定1至2个党建与业务结合项目。", ("doc", None, 1, "业务结合项目")),
    ("年初确定1—3个党建+业务融合课题项目。", ("window", "年初", 1, "业务融合课题项目")),
    ("至少确定1名支部书记后备人选。", ("doc", None, 1, "支部书记后备人选")),
    ("为每名发展对象确定2名正式党员作为入党介绍人。", ("doc", None, 1, "入党介绍人")),
])
def test_what_is_decided_on_stands(text, expected):
    """"确定1—2个融合项目" asks for at least the range's low end; what is decided on once (or for each person) is
    kept as its paper, dated 年初 when decided then — not a count of decisions."""
    found = infer_item(text)
    assert [(r.type, r.window, r.min, r.keywords[0]) for r in found.requirements if r.type != "judgement"] == \
        [expected]


def test_a_minutes_book_in_the_evidence_beside_counted_meetings_is_their_minutes():
    """佐证材料 "会议记录本" (or "会议记录") beside counted meetings: the book the counted meetings' minutes are written
    in, read with them; its sign-in sheets are a paper of their own."""
    for book in ("支部会议记录本", "会议记录"):
        found = infer_item("支部委员会每月召开1次，党员大会每季度召开1次。", evidence=[book, "签到表"])
        assert [r.kind for r in found.requirements if r.type == "doc"] == ["签到表"]
    one = infer_item("支部委员会每月召开1次。", evidence=["会议记录本", "签到表"])
    assert [r.kind for r in one.requirements if r.type == "doc"] == ["签到表"]


@pytest.mark.parametrize("text,kept", [
    ("对辖区孤寡老人开展走访慰问，重阳节、春节前后走访不少于两次。", ("count", 2)),
    ("组织党员参加线上学习平台学习，每名党员年度学习时长不少于40学时。", ("duration", 40)),
])
def test_a_deed_the_sentence_goes_on_to_count_is_no_paper_of_its_own(text, kept):
    """"开展走访慰问，…走访不少于两次": the head of the sentence names what the count counts."""
    found = infer_item(text)
    assert [(r.type, r.min if r.type == "count" else r.amount) for r in found.requirements
            if r.type != "judgement"] == [kept]


def test_a_case_written_with_the_year_end_summary_is_a_year_end_paper():
    """"年底前形成年度工作总结和典型经验案例": the summary, and the case as a 年终 paper of its own."""
    found = infer_item("年底前形成年度党建工作总结和典型经验案例，报街道党工委。")
    assert [(r.window, r.kind, r.keywords[-1]) for r in found.requirements if r.type == "window"] == \
        [("年终", "总结", "总结"), ("年终", None, "案例")]


@pytest.mark.parametrize("text", [
    "规范使用《党支部工作记录本》，会议内容记载完整。",
    "党建资料分类归档，包括：支部工作记录本、党员花名册等。",
    "“三会一课”建有专门记录本，记录要素齐全。",
])
def test_the_book_meetings_are_written_in_is_the_minutes(text):
    """"《党支部工作记录本》", "“三会一课”建有专门记录本": the minutes book, of kind 会议记录."""
    docs = [r for r in infer_item(text).requirements if r.type == "doc" and "记录本" in "".join(r.keywords)]
    assert [r.kind for r in docs] == ["会议记录"]


def test_a_paper_named_after_the_way_of_reading_it():
    """佐证材料 "查阅活动方案", "查阅资料：党员花名册": the paper is read there; "实地查看" alone adds nothing."""
    found = infer_item("每季度开展一次共建活动。", evidence=["查阅活动方案", "查阅资料：党员花名册", "实地查看"])
    assert [(r.kind, r.keywords[0]) for r in found.requirements if r.type == "doc"] == \
        [("计划", "活动方案"), ("花名册", "党员花名册")]


def test_a_trainings_notice_is_a_paper_of_its_own():
    """"培训通知" beside "参加培训不少于32学时": the notice is kept beside the hours counted."""
    found = infer_item("党员每年参加集中培训不少于32学时。", evidence=["培训通知"])
    assert [(r.type, r.kind) for r in found.requirements if r.type != "judgement"] == \
        [("duration", None), ("doc", "通知")]


def test_each_persons_party_lectures_are_counted_apart():
    """"书记每年讲党课一次，其他支部委员每年讲党课一次": two counts, one per speaker; "党员领导干部…，每年为所在支部
    讲党课" names its speaker at the head of the sentence."""
    found = infer_item("党课每季度一次，支部书记每年至少讲党课一次，其他支部委员每年至少讲党课一次。")
    assert [(r.per, r.keywords) for r in found.requirements if r.meeting_type == "党课"] == \
        [("quarter", ["党课"]), ("year", ["书记"]), ("year", ["委员"])]
    leader = infer_item("党员领导干部参加双重组织生活，每年为所在支部讲党课不少于一次。")
    assert [r.keywords for r in leader.requirements if r.meeting_type == "党课"] == [["领导干部"]]


@pytest.mark.parametrize("text,rules", [
    ("建立健全“三会一课”、党员评议、党费管理等支部工作制度。", ["三会一课", "党员评议", "党费管理"]),
    ("制定《支委会议事规则》《党员发展工作细则》等基本制度，汇编成册。", ["支委会议事规则", "党员发展工作细则"]),
])
def test_each_rule_an_enumeration_names(text, rules):
    """"建立健全A、B、C等支部工作制度", "制定《…规则》《…细则》等基本制度": one 制度 paper per rule named."""
    found = infer_item(text)
    assert [(r.kind, r.keywords[0]) for r in found.requirements if r.type == "doc"] == [("制度", w) for w in rules]


def test_a_team_formed_beside_its_counted_work():
    """"组建党员志愿服务队，每季度开展志愿服务不少于1次": the team is a paper of its own beside the count."""
    found = infer_item("组建社区党员志愿服务队，每季度开展志愿服务不少于1次。")
    assert [(r.type, r.meeting_type, r.keywords[0]) for r in found.requirements if r.type != "judgement"] == \
        [("count", "志愿服务", "志愿服务"), ("doc", None, "党员志愿服务队")]


def test_a_register_and_a_ledger_named_together_are_two_papers():
    """"建立居民来信登记簿和办理台账": two papers, each by its own name."""
    found = infer_item("建立居民来信登记簿和办理台账，逐项记录办理结果。")
    assert [r.keywords[0] for r in found.requirements if r.type == "doc"] == ["居民来信登记簿", "办理台账"]


def test_the_roster_the_evidence_names_for_people_asked_for():
    """"培育致富带头人不少于4名" with 佐证材料 "致富带头人花名册": one list of 4 or more, the roster named."""
    found = infer_item("每村培育党员致富带头人不少于4名。", evidence=["致富带头人花名册"])
    assert [(r.kind, r.min, r.keywords[0]) for r in found.requirements if r.type == "doc"] == \
        [("花名册", 4, "致富带头人")]


@pytest.mark.parametrize("text", [
    "每季度开展一次主题党日活动，结合社区实际丰富活动内容。",
    "对连续三个月不参加活动的党员，由支部书记进行谈话提醒。",
])
def test_no_paper_for_how_an_activity_is_done_or_to_whom(text):
    """"丰富活动内容" says how the counted activity is done; "对…的党员" who the next deed is done to."""
    assert not [r for r in infer_item(text).requirements if r.type == "doc"]


def test_a_bare_genre_in_the_scoring_names_the_paper_already_asked():
    """"计划、清单每缺1项扣1分" after "年初制定计划和“为民服务”任务清单": the 清单 is that list, not another."""
    found = infer_item("年初制定工作计划和“为民服务”任务清单。", "计划、清单每缺1项扣1分。")
    assert [(r.type, r.keywords[0]) for r in found.checkable if "清单" in "".join(r.keywords)] == [
        ("window", "为民服务任务清单")]


def test_what_the_user_reads_names_each_requirement_as_the_table_does():
    """A 民主评议 counted as 组织生活会 records reads as what it is; a role named once holds for the clause's other
    conditions ("支部书记…45岁以下，大专以上学历"); "无照片扣2分" follows the photo asked for."""
    life = infer_item("每年召开1次组织生活会，开展民主评议党员", "未召开的不得分", 8)
    assert [r.description for r in life.requirements] == ["每年召开组织生活会不少于1次", "每年开展民主评议党员不少于1次"]

    roster = infer_item("支部书记年龄45岁以下，大专以上学历", "不符合的扣2分", 5).requirements[0]
    assert [(c.field, c.role) for c in roster.conditions] == [("age", "书记"), ("education", "书记")]
    assert roster.description == "书记45岁以下、大专以上学历"
    assert infer_item("委员中至少2名40岁以下", "", 5).requirements[0].description == "至少2名委员40岁以下"

    day = infer_item("主题党日每月1次，有活动照片", "少一次扣0.5分，无照片扣2分", 10)
    photo = next(r for r in day.requirements if r.type == "photo")
    assert [(d.text, d.requirement) for d in day.deductions] == [("少一次扣0.5分", "r1"), ("无照片扣2分", photo.id)]
    assert day.unsure == []


def test_the_condition_of_full_marks_repeats_the_count_asked():
    """"全年开展12次…的得满分" after "每月开展1次" is that count said again; a full-marks clause alone still asks."""
    found = infer_item("每月固定开展1次主题党日活动。", "全年开展12次、资料齐全的得满分；每少开展一次扣0.5分。")
    assert [(r.type, r.per, r.min) for r in found.requirements if r.type == "count"] == [("count", "month", 1)]
    only = infer_item("开展党员志愿服务活动。", "全年开展6次以上的得满分；每少一次扣0.5分。")
    assert [(r.per, r.min) for r in only.requirements if r.type == "count"] == [("year", 6)]


def test_a_paper_handed_up_at_the_year_start_is_dated_then():
    """"编制党务公开目录…，每年年初报街道党工委备案": the 目录 of the year's start, not a yearly count of filings."""
    found = infer_item("编制社区党务公开目录，明确公开内容、时间和形式，每年年初报街道党工委备案。", "无公开目录的扣3分。")
    assert [(r.type, r.window, r.keywords) for r in found.requirements if r.type != "judgement"] == \
        [("window", "年初", ["社区党务公开目录"])]


def test_an_agreement_signed_at_the_year_start_and_a_year_end_review():
    """"年初与…签订共建协议" is the 年初 agreement (its 佐证 copy adds nothing); "年底…开展评估" a 年终 paper."""
    found = infer_item("年初与辖区快递、外卖企业站点签订党建共建协议，明确共建事项，年底对共建事项完成情况开展评估。",
                       "未签订共建协议的扣3分；未开展评估的扣2分。", evidence=["共建协议"])
    assert [(r.type, r.window, r.kind) for r in found.requirements if r.type != "judgement"] == \
        [("window", "年初", "协议"), ("window", "年终", None)]


def test_the_list_of_people_counted_is_their_proof():
    found = infer_item("年内确定入党积极分子不少于2名。", "每少1名扣1.5分。", evidence=["入党积极分子名单"])
    assert [(r.type, r.min) for r in found.requirements] == [("count", 2)]


@pytest.mark.parametrize("text", [
    "会议议题由支部委员会研究确定，党员大会、支委会召开前提前1天以上通知参会人员。",
    "支部书记讲党课前撰写讲稿，讲稿篇幅不少于3000字。",
    "每半年组织党员对“三会一课”质量开展1次测评。",
])
def test_a_meeting_named_for_something_else_is_not_counted(text):
    assert not [r for r in infer_item(text).requirements if r.type == "count" and r.meeting_type]


def test_two_measures_with_one_bar_are_two_rates():
    found = infer_item("群众对清廉村居建设的知晓率达到90%，满意度达到90%。")
    assert [(r.keywords[0], r.threshold) for r in found.requirements if r.type == "rate"] == \
        [("知晓率", 0.9), ("满意度", 0.9)]


def test_a_share_of_a_whole_is_a_rate():
    found = infer_item("设立党员先锋岗，设岗党员占党员总数的60%以上。")
    rate = next(r for r in found.requirements if r.type == "rate")
    assert (rate.measure, rate.op, rate.threshold) == ("设岗党员比例", ">=", 0.6)


def test_people_taken_in_each_year_with_the_verb_before_them():
    found = infer_item("每年至少确定入党积极分子2名。")
    assert [(r.type, r.per, r.min) for r in found.requirements] == [("count", "year", 2)]


@pytest.mark.parametrize("text, expected", [
    ("每年开展1次“三资”清查。", ("year", 1, "三资清查")),
    ("每年提出共建议题或意见建议不少于2条。", ("year", 2, "建议")),
    ("全年上报安全隐患、矛盾纠纷等线索不少于50条。", ("year", 50, "线索")),
    ("每年评选“清廉家庭”不少于5户。", ("year", 5, "清廉家庭")),
])
def test_counts_of_things_named_in_quotes_or_by_the_piece(text, expected):
    counts = [r for r in infer_item(text).requirements if r.type == "count"]
    assert len(counts) == 1 and (counts[0].per, counts[0].min) == expected[:2] and expected[2] in counts[0].keywords


@pytest.mark.parametrize("text, op, threshold", [
    ("居民对改造方案的同意率超过三分之二。", ">", 2 / 3),
    ("群众满意度达到九成以上。", ">=", 0.9),
])
def test_a_share_spelled_as_a_fraction_or_in_tenths(text, op, threshold):
    rate = next(r for r in infer_item(text).requirements if r.type == "rate")
    assert rate.op == op and abs(rate.threshold - threshold) < 1e-6


@pytest.mark.parametrize("text, per, word", [
    ("线上预约服务情况每季度统计一次。", "quarter", "统计"),
    ("村务监督委员会每季度开箱一次。", "quarter", "开箱"),
    ("“三资”台账每半年清查核实一次。", "halfyear", "清查"),
    ("每年接受镇农经站审计1次。", "year", "审计"),
])
def test_deeds_done_at_a_frequency(text, per, word):
    counts = [r for r in infer_item(text).requirements if r.type == "count"]
    assert [(r.per, word in r.keywords) for r in counts] == [(per, True)]


def test_a_monthly_average_is_counted_each_month():
    count = next(r for r in infer_item("中心月均服务群众不少于200人次。").requirements if r.type == "count")
    assert (count.per, count.min) == ("month", 200)


def test_the_register_of_a_roster_is_its_proof():
    found = infer_item("委员中有1名以上45周岁以下的青年教师。", "", evidence=["支委会成员名册"])
    assert [r.type for r in found.requirements] == ["roster"]


def test_an_agreement_signed_in_the_next_part_of_a_year_start_sentence():
    found = infer_item("单位党组织年初到联系社区报到，签订共驻共建协议。")
    assert [(r.type, r.window, r.kind) for r in found.requirements] == [("window", "年初", "协议")]
    assert "共驻共建协议" in found.requirements[0].source


def test_two_measures_joined_share_one_bar():
    found = infer_item("科室职工满意度和住院患者满意度均达到90%以上。")
    assert [(r.measure, r.threshold) for r in found.requirements if r.type == "rate"] == \
        [("科室职工满意度", 0.9), ("住院患者满意度", 0.9)]


def test_a_growth_and_a_share_are_named_as_what_they_measure():
    assert next(r for r in infer_item("经营性收入较上年增长不低于10%。").requirements
                if r.type == "rate").measure == "经营性收入较上年增长率"


def test_meetings_guided_or_judged_are_not_held_here():
    """"指导村党组织规范落实“三会一课”" with "“三会一课”不规范的酌情扣分": another body's meetings, and how well."""
    found = infer_item("指导村党组织规范落实“三会一课”，每月10日开展主题党日。", "“三会一课”不规范的酌情扣1-3分。")
    assert [(r.meeting_type, r.per) for r in found.requirements if r.type == "count"] == [("主题党日", "month")]


def test_the_year_audit_is_once_a_year():
    found = infer_item("配合乡镇开展村级财务年度审计。")
    assert [(r.type, r.per) for r in found.requirements] == [("count", "year")]


def test_a_register_with_its_parts_in_brackets_is_a_checklist():
    found = infer_item("临时党支部工作台账（会议记录、巡查日志、议事记录、影像资料）按月整理，分类归档。", "台账资料每缺一类扣1分，扣完为止。")
    assert [(r.type, r.kind or r.keywords[0]) for r in found.requirements] == \
        [("doc", "会议记录"), ("doc", "巡查日志"), ("doc", "议事记录"), ("photo", "照片")]


def test_a_deed_no_verb_of_ours_names_is_counted_by_its_own_words():
    """The deed right before "N次", or a verb closing the part after how often, is what is counted."""
    def counts(text):
        return [(r.per, r.min, r.keywords) for r in infer_item(text).requirements if r.type == "count"]

    assert counts("设立积分兑换超市，每季度至少开放兑换1次。") == [("quarter", 1, ["开放兑换", "兑换"])]
    assert counts("每月参加村里组织的环境卫生评比1次。") == [("month", 1, ["环境卫生评比", "评比"])]
    assert counts("每年组织老年人免费健康体检1次。") == [("year", 1, ["健康体检", "体检"])]
    assert counts("服务积分按月登记。") == [("month", 1, ["服务积分", "登记"])]
    # ongoing work, dues, paper-keeping and terms of several years are no occasions to count
    assert counts("重点项目按季度推进。") == []
    assert counts("党员按月足额交纳党费，每发现1人次按月交纳的扣分。") == []
    assert counts("两年内发展") == []


def test_each_members_times_after_the_meeting_count_it_and_the_hours_measure_it():
    found = infer_item("组织党员到报到社区开展志愿服务，每名党员全年不少于4次，累计时长不少于8小时。")
    assert [(r.type, r.meeting_type, r.per, r.min, r.amount, r.keywords) for r in found.requirements] == [
        ("count", "志愿服务", "year", 4, None, ["志愿服务"]),
        ("duration", None, None, 1, 8, ["志愿服务"]),
    ]


def test_a_count_in_a_part_of_its_own_counts_the_deed_organised_before_it():
    found = infer_item("结合“八一”建军节、烈士纪念日等节点开展红色教育，全年不少于4次。")
    assert [(r.type, r.per, r.min, r.keywords[0]) for r in found.requirements] == [("count", "year", 4, "红色教育")]
    found = infer_item("安排后备干部到村“两委”岗位跟岗锻炼，每半年不少于1次、每次不少于1个月。")
    assert [(r.type, r.per, r.min, r.keywords[-1]) for r in found.requirements] == [("count", "halfyear", 1, "锻炼")]


def test_attending_the_branchs_three_meetings_is_not_holding_them():
    found = infer_item("党员后备干部按时参加所在支部“三会一课”，参会率不低于90%。")
    assert [(r.type, r.meeting_type) for r in found.requirements] == [("rate", None)]


def test_a_bar_set_as_a_share_of_a_whole_is_a_rate_named_as_the_scoring_names_it():
    found = infer_item("全年走访居民户数不少于辖区总户数的30%。", "走访率每低5个百分点扣1分。")
    assert [(r.type, r.measure, r.op, r.threshold) for r in found.requirements] == [("rate", "走访率", ">=", 0.3)]
    found = infer_item("党员联系户数不低于总户数的20%。")
    assert [(r.measure, r.threshold) for r in found.requirements] == [("党员联系户数比例", 0.2)]
    # a ceiling is the inspectors' to weigh
    assert not [r for r in infer_item("评定为“优秀”的比例不超过支部党员总数的30%。").requirements if r.type == "rate"]


def test_deductions_per_hour_and_per_point_for_each_measure():
    from archive.rubric.deductions import parse_deductions

    assert [(d.per_unit, d.unit, d.cap) for d in parse_deductions("学时每少1学时扣0.25分，最多扣4分。")] == [(0.25, "学时", 4.0)]
    assert [(d.per_unit, d.unit, d.step, d.cap) for d in parse_deductions("办结率、满意率每低1个百分点各扣0.5分，最高扣5分。")] \
        == [(0.5, "百分点", 1.0, 5.0)]


def test_a_paper_to_write_is_kept_and_all_covered_names_the_deed_before_it():
    found = infer_item("书记年内参加区级以上集中培训不少于5天，撰写调研报告或工作案例1篇。")
    assert [(r.type, r.keywords[:2]) for r in found.requirements] == [("duration", ["培训"]), ("doc", ["调研报告", "工作案例"])]
    found = infer_item("全年撰写学习笔记不少于1万字。")
    assert [(r.type, r.keywords[0], r.min) for r in found.requirements] == [("doc", "学习笔记", 1)]
    found = infer_item("支部书记每年与支部委员、党员开展廉政谈话，实现全覆盖。")
    assert [(r.type, r.description) for r in found.requirements] == [("doc", "有廉政谈话记录"), ("count", "每年至少1次：支部书记每年与支部委员、党员开展廉政谈话")]
    found = infer_item("每年春节、“八一”前对困难党员开展走访慰问。")
    assert [(r.type, r.per, r.min) for r in found.requirements] == [("count", "year", 2)]


def test_a_step_of_several_units_is_scaled_by_the_units_missing():
    from archive.rubric.deductions import parse_deductions

    [rule] = parse_deductions("理论学习每少2学时扣0.5分，最高扣3分")
    assert (rule.per_unit, rule.unit, rule.step, rule.cap) == (0.5, "学时", 2.0, 3.0)
    rule.requirement = "r1"
    short = Finding("r1", "duration", False, "培训学时不足", units=6.0)
    assert score_item(_item(5, [rule]), [short]) == (3.5, 1.5)
    far_short = Finding("r1", "duration", False, "培训学时不足", units=20.0)
    assert score_item(_item(5, [rule]), [far_short]) == (2.0, 3.0)  # capped
    # "每少1次，每人扣0.5分": counted by the meetings missing, for each person
    assert [(d.per_unit, d.unit) for d in parse_deductions("思想汇报每少1次，每人扣0.5分")] == [(0.5, "次")]
    # a step in any measure word, after the verb of what is short: "每少1000人次", "每少配置5台", "每少50人份"
    assert [(d.per_unit, d.unit, d.step) for d in parse_deductions(
        "普及性培训每少1000人次扣0.2分；AED每少配置5台扣0.5分；入库每少50人份扣0.3分；走访每少1轮扣0.5分")] == [
        (0.2, "人次", 1000.0), (0.5, "台", 5.0), (0.3, "人份", 50.0), (0.5, "轮", None)]
    # 宗 and 家次 are measure words; the 少 of 青少年 is no shortfall; each person in each 学期 is per person
    assert [(d.per_unit, d.points, d.unit) for d in parse_deductions(
        "未进场交易的，每宗扣1分；执法检查每少1家次扣0.3分；未为青少年讲思政课的扣1分；"
        "党员教师未开设公益课程的，每人每学期扣0.3分")] == [
        (1.0, None, "宗"), (0.3, None, "家次"), (None, 1.0, None), (0.3, None, "人")]
    # "每人每月扣0.1分": each person short (16 labelled rules in 16), the month only how it is counted
    assert [(d.per_unit, d.unit, d.cap) for d in parse_deductions("入户走访不足的，每人每月扣0.1分，最高扣2分")] == [
        (0.1, "人", 2.0)]


def test_composition_bars_read_postgraduate_degrees_and_not_whom_a_service_is_for():
    found = infer_item("支部委员中具有硕士研究生及以上学历的不少于2名。")
    assert [(c.field, c.value, c.min) for r in found.requirements for c in r.conditions] == [("education", "硕士", 2)]
    found = infer_item("对60岁以上及行动不便的党员实行送学上门，建立送学台账。")
    assert [r.type for r in found.requirements] == ["doc"]
    found = infer_item("年内到联系支部调研指导不少于2次、讲党课不少于1次。")
    assert [(r.meeting_type, r.min) for r in found.requirements if r.meeting_type] == [("党课", 1)]
    found = infer_item("年底撰写年度工作总结和支部书记抓党建工作述职报告。")
    assert [(r.type, r.window, r.keywords[0]) for r in found.requirements] == \
        [("window", "年终", "工作总结"), ("window", "年终", "述职报告")]


def test_papers_joined_share_the_quality_after_them_and_a_ledger_of_some_members_is_no_roster():
    found = infer_item("报到党员花名册和活动台账齐全。")
    assert [(r.kind, r.keywords[0]) for r in found.requirements if r.type == "doc"] == \
        [("花名册", "报到党员花名册"), (None, "活动台账")]
    found = infer_item("建立党员花名册和流动党员管理台账。")
    assert [(r.kind, r.keywords[0]) for r in found.requirements] == [("花名册", "党员花名册"), (None, "流动党员管理台账")]
    assert [r.kind for r in infer_item("建立党员管理台账。").requirements] == ["花名册"]


def test_lessons_and_visits_counted_where_they_are_printed():
    def counts(text):
        return [(r.per, r.min) for r in infer_item(text).requirements if r.type == "count"]

    assert counts("每名党员教师每学年上示范课不少于1节。") == [("year", 1)]
    assert counts("党组织每年至少组织1次到爱国主义教育基地的现场教学。") == [("year", 1)]
    assert counts("春节、重阳节等重大节日前开展集中慰问。") == [("year", 2)]
    assert counts("品牌创建经验做法在区级以上媒体宣传报道或在会议上交流发言，全年不少于2次。") == [("year", 2)]
    assert counts("为党员过“政治生日”，每月集中开展1次。") == [("month", 1)]
    # a year's papers are documents, as many as printed; each quarter's are counted
    found = infer_item("年内形成调研报告或意见建议不少于2篇。")
    assert [(r.type, r.min) for r in found.requirements] == [("doc", 2)]
    assert counts("每季度末向区两新工委报送党建工作信息不少于1篇。") == [("quarter", 1)]


def test_a_paper_due_at_the_year_end_is_its_own_not_the_one_named_before():
    found = infer_item("年中报送半年工作小结，年底报送年度工作总结。")
    assert [(r.type, r.window, r.keywords[0]) for r in found.requirements] == \
        [("doc", None, "半年"), ("window", "年终", "工作总结")]


def test_one_posting_of_things_listed_is_one_paper_and_principles_or_support_are_no_deeds():
    found = infer_item("协商结果在10日内通过公示栏、微信群向居民公开。")
    assert [r.type for r in found.requirements if r.type != "judgement"] == ["doc"]
    found = infer_item("发展对象、拟接收预备党员在党内外公示。")
    assert len([r for r in found.requirements if r.type == "doc"]) == 1
    assert [r.type for r in infer_item("按照便于活动、便于管理的原则设置党小组。").requirements
            if r.type == "doc" and "原则" in (r.source or "")] == []
    assert [r.type for r in infer_item("为党开展活动提供场地、经费和时间保障。").requirements] == ["judgement"]


def test_a_sentence_after_a_short_name_is_no_checklist():
    found = infer_item("亮明身份：党员律师在执业场所佩戴党徽、设立党员示范岗，律所公开栏公示党员律师名单。")
    assert all(len(k) <= 12 for r in found.requirements for k in r.keywords)
    found = infer_item("公开档案：党务村务公开资料按年度整理归档，公开底稿、照片和平台截图一并留存。")
    assert "照片" in [r.kind for r in found.requirements]


def test_a_committees_meeting_by_its_own_name_a_satisfied_share_and_more_than_half_present():
    found = infer_item("社区党委会每月至少召开1次。")
    assert [(r.meeting_type, r.per) for r in found.requirements] == [("支部委员会", "month")]
    found = infer_item("组织党员开展出行引导等志愿服务，改造期间每月不少于2次。")
    assert [(r.meeting_type, r.per, r.min) for r in found.requirements] == [("志愿服务", "month", 2)]
    found = infer_item("服务对象满意和基本满意合计比例不低于90%。")
    assert [(r.measure, r.threshold) for r in found.requirements] == [("服务对象满意度", 0.9)]
    found = infer_item("到会委员超过应到委员半数方可开会。")
    assert [(r.measure, r.op, r.threshold) for r in found.requirements] == [("到会率", ">", 0.5)]
    # what each occasion holds is the inspectors' to weigh
    assert [r.type for r in infer_item("每次活动规定动作不少于4项。").requirements] == ["judgement"]


def test_a_superiors_check_of_the_meetings_is_no_meeting_held():
    found = infer_item("镇党委每季度随机抽查1次各村主题党日开展情况，现场观摩活动组织和党员精神面貌。")
    assert [r.type for r in found.requirements] == ["judgement"]


def test_once_in_two_years_and_batches():
    [req] = [r for r in infer_item("每两年至少更新一次展陈内容。", "两年内未更新展陈的扣2分。").requirements
             if r.type == "count"]
    assert (req.per, req.years, req.min) == ("year", 2, 1)
    [req] = infer_item("全年承接党员集中教育培训、主题党日等活动不少于30批次。").requirements
    assert (req.per, req.min) == ("year", 30)
    from archive.rubric.deductions import parse_deductions
    assert [(d.per_unit, d.unit) for d in parse_deductions("活动每少1批次扣0.2分")] == [(0.2, "批次")]


def test_counts_split_off_by_punctuation_stay_with_their_deed():
    found = infer_item("每季度召开一次由社区党组织牵头，养老机构、物业、居民代表参加的养老服务联席会议。")
    assert [(r.meeting_type, r.per) for r in found.requirements if r.type == "count"] == [("联席会议", "quarter")]
    found = infer_item("中心户每年参加镇村组织的集中培训不少于3次、累计不少于16学时。")
    assert sorted((r.type, r.min, r.amount) for r in found.requirements) == [("count", 3, None), ("duration", 1, 16)]
    found = infer_item("年内到联系支部调研指导不少于2次、讲党课不少于1次。")
    assert sorted((r.meeting_type or r.keywords[-1], r.min) for r in found.requirements) == [("党课", 1), ("调研", 2)]


def test_the_year_end_at_a_sentences_head_holds_for_the_survey_after_it():
    found = infer_item("年底召开村民代表会议，对“积分制”工作开展满意度测评，满意度不低于85%。")
    assert sorted((r.type, r.window or r.measure) for r in found.requirements) == [("rate", "满意度"), ("window", "年终")]
    found = infer_item("年底由镇党委组织对后备干部进行年度考察。")
    assert [(r.window, r.keywords) for r in found.requirements] == [("年终", ["考察"])]
    # a review at a meeting is no paper of the year's end
    assert [r.type for r in infer_item("书记年底述职，并接受党员群众评议。").requirements if r.type == "window"] == ["window"]


def test_everyone_or_all_of_it_is_a_rate_of_the_verb():
    found = infer_item("在职党员全部到居住地社区报到。", "报到率100%得满分，90%-100%得一半，90%以下不得分。")
    assert [(r.measure, r.threshold) for r in found.requirements if r.type == "rate"] == [("报到率", 1.0)]
    found = infer_item("决议和实施结果100%公开。")
    assert [(r.type, r.measure, r.threshold) for r in found.requirements] == [("rate", "公开率", 1.0)]
    found = infer_item("支部党员全部到所在网格亮身份、认领岗位。", "亮身份率每低1个百分点扣0.2分。")
    assert [r.measure for r in found.requirements if r.type == "rate"] == ["亮身份率"]


def test_a_scope_period_with_each_month_inside_counts_by_the_month():
    found = infer_item("本季度每月召开支委会1次，季度内召开党员大会1次。")
    assert [(r.meeting_type, r.per) for r in found.requirements if r.type == "count"] == [
        ("支部委员会", "month"), ("党员大会", "quarter")]
    # a scope alone still says how often
    assert [r.per for r in infer_item("本季度组织集中学习不少于3次。").requirements] == ["quarter"]


def test_meetings_held_together_with_other_work_are_counted_by_that_work():
    found = infer_item("每月开展1次主题党日，全年不少于3次结合社区治理开展。")
    assert [(r.meeting_type, r.per, r.min, r.keywords) for r in found.requirements] == [
        ("主题党日", "month", 1, ["主题党日"]), ("主题党日", "year", 3, ["社区治理"])]
    # "可结合…开展" with no number is how to hold them, not a count of its own
    found = infer_item("书记每年讲党课不少于2次，党课可结合典型案例开展。")
    assert [(r.meeting_type, r.min) for r in found.requirements if r.type == "count"] == [("党课", 2)]


def test_a_years_total_above_the_periods_sum_is_a_count_of_its_own():
    found = infer_item("每月开展便民服务活动不少于2场，全年累计不少于30场。")
    assert sorted((r.per, r.min) for r in found.requirements) == [("month", 2), ("year", 30)]
    found = infer_item("每月开展便民服务活动不少于2场，全年不少于24场。")
    assert [(r.per, r.min) for r in found.requirements] == [("month", 2)]


def test_a_rosters_count_after_the_people_it_describes():
    [req] = [r for r in infer_item("储备40周岁以下、大专以上学历的后备干部不少于3名。").requirements if r.type == "roster"]
    assert [(c.field, c.min) for c in req.conditions] == [("age", 3), ("education", 3)]
    [req] = infer_item("入党积极分子和发展对象中35岁以下青年职工不少于2名。").requirements
    assert [(c.field, c.value, c.min) for c in req.conditions] == [("age", 35, 2)]
    # new members to recruit are a count, not the roster's make-up
    assert not [r for r in infer_item("每两年至少发展一名35周岁以下党员。").requirements if r.type == "roster"]


def test_deeds_at_a_frequency_in_other_words():
    def counts(text):
        return [(r.per, r.min, r.keywords[0]) for r in infer_item(text).requirements if r.type == "count"]
    # a half-year check done every half year is counted, not one half-year paper
    assert counts("纪检委员每半年开展1次财务专项检查。") == [("halfyear", 1, "财务专项检查")]
    assert [r.type for r in infer_item("上半年开展一次工作检查。").requirements] == ["doc"]
    # posting the dues every quarter is counted beside the ledger
    found = infer_item("党费按月收缴，每季度向党员通报党费收缴情况。")
    assert sorted(r.type for r in found.requirements) == ["count", "ledger"]
    assert counts("逐月更新台账进度。") == [("month", 1, "更新")]
    assert counts("年中召开1次项目推进会。") == [("year", 1, "项目推进会")]
    assert counts("党员一年两次集中亮身份。") == [("year", 2, "集中亮身份")]
    # each unit's times of the work named before; those who join an activity named before
    found = infer_item("组织企业党员参加社区志愿服务，每家企业党组织全年参与不少于2次。")
    assert [(r.meeting_type, r.per, r.min) for r in found.requirements] == [("志愿服务", "year", 2)]
    assert counts("组织老党员参与“夕阳红宣讲”活动，身体健康的党员每人每年参与不少于4次。") == [("year", 4, "夕阳红宣讲")]


def test_whom_a_visit_is_for_is_no_roster_and_a_custom_is_no_paper():
    found = infer_item("80周岁以上的老党员每季度上门看望1次。", "80周岁以上党员看望每少1次扣1分。")
    assert [(r.type, r.per) for r in found.requirements] == [("count", "quarter")]
    assert [r.type for r in infer_item("逢年过节必走访慰问困难党员。").requirements] == ["judgement"]


def test_satisfied_and_fairly_satisfied_together_is_the_satisfaction_rate():
    found = infer_item("年底组织群众代表进行测评，“满意”和“基本满意”合计不低于85%。")
    assert sorted((r.type, r.measure or r.keywords[0]) for r in found.requirements) == [
        ("rate", "满意度"), ("window", "测评")]


def test_posts_set_up_are_seen_on_site_unless_counted():
    assert [r.type for r in infer_item("设立党员示范岗、党员责任区。").requirements if r.type != "judgement"] == []
    [req] = [r for r in infer_item("设立党员先锋岗不少于2个。").requirements if r.type != "judgement"]
    assert (req.type, req.min) == ("doc", 2)


def test_who_gives_a_lecture_and_meetings_that_are_places_or_a_passage():
    found = infer_item("党课每年不少于4次，其中支部书记讲党课至少1次、邀请知名专家讲党课至少1次。",
                       "党课每少1次扣1分，书记未讲党课的扣1分。")
    assert sorted((r.min, r.keywords[-1]) for r in found.requirements) == [(1, "专家"), (1, "书记"), (4, "党课")]
    found = infer_item("书记、班子成员到所在党小组讲党课，全年每人不少于1次。")
    assert [(r.meeting_type, r.per, r.keywords) for r in found.requirements if r.type == "count"] == [
        ("党课", "year", ["班子成员"])]
    found = infer_item("“三重一大”事项经党委会集体研究决定。", "“三重一大”事项未经党委会研究的，发现一次扣2分。")
    assert [r.type for r in found.requirements] == ["judgement"]


def test_a_campaign_named_with_nothing_counted_and_a_training_certificate():
    assert [r.type for r in infer_item("开展党员“亮身份、作表率”活动。").requirements] == ["judgement"]
    found = infer_item("支部书记每年参加集中培训不少于3天。", evidence=["培训证书", "述职报告"])
    assert ["培训证书"] in [r.keywords[:1] for r in found.requirements if r.type == "doc"]


def test_durations_printed_other_ways():
    def durations(text):
        return sorted((r.amount, r.unit, r.keywords[0]) for r in infer_item(text).requirements if r.type == "duration")
    assert durations("每年集中开展1次党员冬训，时间不少于2天。") == [(2.0, "天", "培训")]
    found = infer_item("书记参加集中轮训，每年不少于5天或40学时。").checkable  # either measure meets it: one requirement
    assert [(r.amount, r.unit, r.alt_amount, r.alt_unit) for r in found] == [(5.0, "天", 40.0, "学时")]
    assert durations("每年组织专题培训不少于2次，每次不少于半天。") == [(0.5, "天", "培训")]
    assert durations("网格员每日巡查不少于2小时。") == [(2.0, "小时", "巡查")]
    # how long each meeting lasts is for the inspectors to see
    assert durations("按季开展主题党日活动，每次时间不少于半天。") == []


def test_a_time_asked_in_each_period_is_checked_in_each():
    def durations(text):
        return [(r.per, r.amount, r.unit, r.description) for r in infer_item(text).requirements if r.type == "duration"]
    assert durations("第一书记每月驻村工作不少于20天。") == [("month", 20.0, "天", "每月驻村累计不少于20天")]
    assert durations("党员人均志愿服务时长每季度不少于6小时。") == [
        ("quarter", 6.0, "小时", "每季度志愿服务累计不少于6小时")]
    assert durations("各专业每学期安排思政内容不少于2学时。")[0][:3] == ("halfyear", 2.0, "学时")
    # a year's total, the time of each occasion, and a week (no period of the year's) are summed over the year
    assert durations("党员每年参加集中培训不少于32学时。")[0][0] is None
    assert durations("每半年参加业务培训不少于1次，每次不少于4学时。")[0][0] is None
    assert durations("村干部每周坐班不少于3天。")[0][0] is None


def test_an_elections_papers_and_papers_handed_out():
    def docs(text):
        return [r.keywords[0] for r in infer_item(text, "缺一项扣1分。").requirements if r.type == "doc"]
    assert docs("换届资料：请示、批复、选票、计票单、选举结果报告单。") == ["请示", "批复", "选票", "计票单", "选举结果报告单"]
    assert docs("慰问名单、签收单；工作交接单。") == ["慰问名单", "签收单", "工作交接单"]
    boxed = infer_item("①目录；②党费收缴台账；③党费上缴回执单。", "无目录的扣0.2分；无回执单的扣0.5分。")
    assert [r.keywords[0] for r in boxed.requirements if r.type == "doc"] == ["党费上缴回执单", "目录"]
    assert docs("换届前向党员发放《致全体党员的一封信》。") == ["致全体党员的一封信"]
    assert docs("发放换届选举明白纸。") == ["换届选举明白纸"]
    # a register of what was handed out keeps its name
    assert docs("慰问金发放登记表齐全。") == ["慰问金发放登记表"]


def test_a_step_the_scoring_says_was_skipped_is_asked_though_the_words_do_not_name_it():
    def docs(text, scoring):
        return [r.keywords[0] for r in infer_item(text, scoring).requirements if r.type == "doc"]
    assert docs("召开组织生活会。", "会前未征求观众、基层演出点和团员意见的扣0.5分。") == ["征求意见"]
    assert docs("办好支部公众号。", "发布信息未经审核的，每次扣0.5分。") == ["审核"]
    # a filing the rule names is often the fault of another deed: asked only when the item says it
    assert docs("每月按计划开展一次主题党日。", "计划调整未报备的扣0.5分。") == []


def test_the_secretarys_report_and_the_summary_in_the_scoring_are_two_papers():
    found = infer_item("落实党建工作责任制。", "年底支部书记未述职的扣1.5分；年终无工作总结的扣1分。")
    assert [(r.window, r.keywords[0]) for r in found.requirements if r.type == "window"] == [
        ("年终", "述职报告"), ("年终", "工作总结")]


def test_reminders_before_each_festival_named_are_counted():
    found = infer_item("元旦、春节、中秋、国庆节前开展廉洁提醒。", "每少1次扣0.3分。")
    assert [(r.type, r.min, r.keywords) for r in found.requirements] == [("count", 4, ["提醒"])]


def test_a_photo_or_paper_in_the_evidence_column_named_by_where_it_comes_from_is_kept():
    def kept(evidence):
        found = infer_item("每年组织党员开展一次现场教学。", evidence=evidence)
        return [(r.type, r.keywords[:1]) for r in found.requirements if r.type in ("doc", "photo")]
    assert kept(["现场教学照片"]) == [("photo", [])]
    assert kept(["系统截图"]) == [("photo", [])]
    # ways of checking printed there stay the inspectors'
    assert kept(["现场查看", "问卷调查", "系统查验"]) == []


def test_a_paper_a_meeting_adopts_is_kept_and_its_posting_too():
    found = infer_item("建立集体经济收支台账；收益分配方案经村民代表会议讨论通过并公示。")
    assert [r.keywords[0] for r in found.requirements if r.type == "doc"] == [
        "集体经济收支台账", "公示", "收益分配方案"]
    # named only in a scoring rule's condition under a bare title
    found = infer_item("发展壮大村级集体经济。", "集体资产未建立台账的扣1分；收益分配方案未经村民代表会议讨论通过的扣1分。")
    assert [r.keywords[0] for r in found.requirements if r.type == "doc"] == ["集体资产台账", "收益分配方案"]
    # named in the 佐证材料 as well: one paper
    found = infer_item("收益分配方案经村民代表会议通过。", evidence=["收益分配方案"])
    assert [r.keywords[0] for r in found.requirements if r.type == "doc"] == ["收益分配方案"]


def test_a_pledge_made_after_a_year_start_plan_is_of_the_years_start():
    found = infer_item("年初制定村党组织年度工作计划，村党组织书记向乡镇党委作出年度承诺；年底形成年度工作总结。")
    assert [(r.window, r.keywords[0]) for r in found.requirements if r.type == "window"] == [
        ("年初", "承诺"), ("年初", "工作计划"), ("年终", "工作总结")]


def test_a_list_formed_from_needs_gathered_at_the_years_start_is_due_then():
    def dated(text):
        return [(r.type, r.window) for r in infer_item(text).requirements if r.keywords and "清单" in r.keywords[0]]
    assert dated("年初广泛征集居民需求，形成“为民服务实事清单”并经居民代表会议表决通过。") == [("window", "年初")]
    # a list set out beside a year-start plan keeps no date of its own
    assert dated("年初制定支部党建工作计划，列出任务清单。") == [("doc", None)]


def test_states_no_paper_shows_are_left_to_the_inspectors():
    def judged(text):
        return [r.source for r in infer_item(text).requirements if r.type == "judgement"]
    assert judged("村党组织书记、村委会主任“一肩挑”；每月召开一次支委会。") == ["村党组织书记、村委会主任“一肩挑”"]
    assert judged("书记通过法定程序担任村委会主任（“一肩挑”）；每月召开一次支委会。") == [
        "书记通过法定程序担任村委会主任(“一肩挑”)"]
    assert judged("支部委员会按期换届；党员按月足额交纳党费。") == ["支部委员会按期换届"]
    assert judged("每年开展一次民主评议党员，对评定为“不合格”的党员按规定组织处置。") == [
        "对评定为“不合格”的党员按规定组织处置"]
    assert judged("每月开展一次矛盾纠纷排查，全年不发生重大群体性事件。") == ["全年不发生重大群体性事件"]


def test_under_a_bare_title_every_deed_the_rules_name_lacking_is_asked():
    found = infer_item("开展党员关爱和民生服务。", "全年办理民生实事不少于5件，每少1件扣0.5分；民生实事项目未公示的扣0.5分。")
    assert [(r.type, r.keywords[:1]) for r in found.requirements if r.type != "judgement"] == [
        ("count", ["办理民生实事"]), ("doc", ["公示"])]
    # words that say more than a topic name the deeds they ask: a posting the rule names alone is not one of them
    found = infer_item("每月召开一次支委会，研究党员管理工作。", "支委会每少1次扣0.5分；党员名单未公示的扣0.5分。")
    assert [r.type for r in found.requirements if r.type == "doc"] == []


def test_summaries_and_plans_the_scoring_dates():
    def windows(text, scoring, evidence=None):
        return [(r.type, r.window, r.keywords[0]) for r in infer_item(text, scoring, evidence=evidence).requirements
                if r.kind in ("计划", "总结")]
    # a half year's summary and the year's are two papers
    assert windows("落实党建工作责任制。", "年中未形成半年工作小结的扣0.5分；年终无年度工作总结的扣1分。") == [
        ("doc", None, "半年"), ("window", "年终", "工作总结")]
    # the plan and summary the 佐证材料 lists are the ones the rules date
    assert windows("落实党建工作责任。", "年初未制定党建工作计划的扣0.5分；年底无年度工作总结的扣0.5分。",
                   ["工作计划", "年度总结"]) == [("window", "年初", "工作计划"), ("window", "年终", "年度总结")]


def test_a_rule_naming_a_paper_by_its_shorter_name_follows_that_paper():
    found = infer_item("第一书记每月驻村工作不少于20天，建立驻村工作日志。",
                       "驻村时间不足的，每少1天扣0.5分；无工作日志的扣1分。")
    by_id = {r.id: r.type for r in found.requirements}
    assert [by_id.get(d.requirement) for d in found.deductions] == ["duration", "doc"]


def test_a_deed_organised_on_one_named_day_is_counted_once_a_year():
    def counts(text, scoring=""):
        return [(r.min, r.keywords[0]) for r in infer_item(text, scoring).requirements if r.type == "count"]
    assert counts("“七一”组织党员重温入党誓词。") == [(1, "重温入党誓词")]
    assert counts("“3·12”植树节期间组织开展义务植树活动。", "植树节期间未组织义务植树的扣1分。") == [(1, "义务植树活动")]
    # one of several occasions named is no single day
    assert counts("每逢“七一”、春节开展走访慰问。") == [(2, "走访")]


def test_a_title_with_a_quoted_name_is_still_a_bare_title():
    found = infer_item("做好“12345”热线诉求办理。", "工单按时签收率达到100%，每低1个百分点扣0.2分；"
                       "按期办结率不低于百分之九十八，每低1个百分点扣0.3分，最高扣1.5分。")
    assert [(r.measure, r.threshold) for r in found.requirements if r.type == "rate"] == [
        ("工单按时签收率", 1.0), ("按期办结率", 0.98)]


def test_a_duty_roster_the_scoring_asks_for_is_a_paper_of_its_own():
    found = infer_item("村级组织活动场所标识规范，每天有人值班。", "无值班表或值班不落实的扣0.5分。")
    assert [r.keywords[:1] for r in found.requirements if r.type == "doc"] == [["值班表"]]


def test_rates_printed_in_tenths_or_only_in_the_scoring():
    [req] = infer_item("党员参加组织生活到会率八成以上。").requirements
    assert (req.type, req.threshold) == ("rate", 0.8)
    found = infer_item("会员企业对党组织工作的评价。", "满意度低于百分之八十五的扣2分，低于百分之七十的不得分。")
    assert [(r.measure, r.threshold) for r in found.requirements if r.type == "rate"] == [("满意度", 0.85)]
    found = infer_item("群众对积分评定结果认可度测评。", "认可度百分之九十五以上得6分，百分之八十五至九十五得4分。")
    assert [(r.measure, r.threshold) for r in found.requirements if r.type == "rate"] == [("认可度", 0.95)]


def test_each_of_the_two_committees_members_lectures():
    found = infer_item("支部书记每季度讲一次党课，“两委”成员每年至少各讲一次。")
    assert [(r.per, r.keywords[-1]) for r in found.requirements] == [("quarter", "书记"), ("year", "两委成员")]


def test_counts_said_after_how_the_meetings_are_arranged():
    def counts(text):
        return [(r.meeting_type, r.per, r.min) for r in infer_item(text).requirements if r.type == "count"]
    # fewer in the year than every month: the year's total is what is asked
    assert counts("主题党日安排在每月最后一个工作日，可与科普进校园等结合开展，全年不少于10次。") == [("主题党日", "year", 10)]
    assert counts("主题党日结合寒暑假安排，除寒暑假外每月1次，全年不少于10次。") == [("主题党日", "year", 10)]
    assert counts("每月开展主题党日，全年不少于12次。") == [("主题党日", "month", 1)]
    # a deed of its own between keeps its own count
    found = counts("每月开展主题党日，结合建军节等节点开展红色教育，全年不少于4次。")
    assert ("主题党日", "month", 1) in found and ("主题党日", "year", 4) not in found


def test_halves_school_year_ends_and_occasions_joined_by_he():
    def counts(text):
        return [(r.per, r.min, r.keywords[0]) for r in infer_item(text).requirements if r.type == "count"]
    assert [c[:2] for c in counts("工作站召开政策对接活动，上下半年各1次。")] == [("halfyear", 1)]
    assert ("year", 1) in [c[:2] for c in counts("学年末开展家长对党组织的满意度测评，满意度达到90%以上。")]
    assert counts("“七一”和春节前后走访慰问困难党员。") == [("year", 2, "走访")]


def test_papers_listed_or_kept_up():
    def docs(text):
        return [r.keywords[0] for r in infer_item(text).requirements if r.type == "doc"]
    assert docs("每年召开一次组织生活会，会后列出问题清单、明确整改时限。") == ["问题清单"]
    assert "民情日记" in docs("每名党员每月走访一次，记好民情日记。")
    # a visit entered into a diary is that count's proof
    assert docs("每季度至少上门走访1次并记入民情日志。") == []


def test_two_registers_joined_are_two_papers():
    found = infer_item("建立网格党员花名册和在职党员报到名册。")
    assert [r.keywords[0] for r in found.requirements] == ["网格党员花名册", "在职党员报到名册"]
    # the same register named twice is one
    assert [r.type for r in infer_item("建立党员花名册，党员花名册动态更新。").requirements] == ["doc"]


def test_the_years_summary_and_the_secretarys_report_are_two_papers():
    def ends(text):
        return [r.keywords[0] for r in infer_item(text).requirements if r.type == "window" and r.window == "年终"]
    assert ends("年底形成书面总结；支部书记年底向镇党委述职。") == ["工作总结", "述职报告"]
    assert ends("年终形成工作总结，支部书记向镇党委述职。") == ["工作总结", "述职报告"]


def test_evidence_papers_in_other_genres():
    found = infer_item("合作社依法登记，章程规范。", evidence=["合作社章程", "营业执照"])
    assert "营业执照" in [r.keywords[0] for r in found.requirements if r.type == "doc"]
    found = infer_item("党风廉政建设责任制落实到位。", evidence=["纪检监察机关反馈意见"])
    assert ["纪检监察机关反馈意见"] == [r.keywords[0] for r in found.requirements if r.type == "doc"]


def test_rules_listed_as_sound_are_each_a_paper():
    found = infer_item("合作社章程、财务管理制度、收益分配制度健全。")
    assert [r.keywords[0] for r in found.requirements if r.type == "doc"] == ["合作社章程", "财务管理制度", "收益分配制度"]


def test_a_weeks_times_are_for_the_inspectors_and_the_four_meetings_are_counted_among_systems():
    # (seed003's bundled rubric counts the four meetings of "“三会一课”、民主生活会…等制度落实")
    assert [r.type for r in infer_item("“三会一课”、组织生活会、谈心谈话等制度落实到位。").requirements][:4] == ["count"] * 4
    assert [r.type for r in infer_item("落实“三会一课”。").requirements] == ["count"] * 4
    assert not [r for r in infer_item("每个功能室每周使用不少于2次。").requirements if r.type == "count"]


def test_more_than_half_present_printed_before_the_verb():
    found = infer_item("支委会成员须过半数到会方可召开。")
    assert [(r.measure, r.op, r.threshold) for r in found.requirements if r.type == "rate"] == [("到会率", ">", 0.5)]


def test_each_speaker_after_the_branchs_lectures_and_activities_of_named_work():
    """"党课每季度至少1次，项目党支部书记每年至少讲1次": the 书记's share of the year's lectures, named by the 书记
    alone; "支部其他委员每年至少讲1次" the other members'. "开展结对共建…，每年共同开展活动不少于2次": the 活动
    counted are the 共建活动; "列席合伙人会议，每年不少于2次" counts what is attended."""
    found = infer_item("党课每季度至少1次，项目党支部书记每年至少讲1次；可结合班前讲话开展“工地微党课”。")
    assert [(r.per, r.keywords, r.description) for r in found.checkable] == [
        ("quarter", ["党课"], "每季度召开党课不少于1次"), ("year", ["书记"], "书记每年讲党课不少于1次")]
    found = infer_item("支部书记每年讲党课不少于2次，支部其他委员每年至少讲1次。")
    assert [(r.min, r.keywords) for r in found.checkable] == [(2, ["书记"]), (1, ["委员"])]
    found = infer_item("与社区党组织开展结对共建，签订共建协议，每年共同开展活动不少于2次。")
    assert [(r.type, r.meeting_type, r.min) for r in found.checkable] == [("count", "共建活动", 2), ("doc", None, 1)]
    found = infer_item("党员到社区报到，每年参加活动不少于2次。")
    assert [(r.meeting_type, r.keywords) for r in found.checkable] == [(None, ["活动"])]
    found = infer_item("党组织负责人列席合伙人会议，每年不少于2次。")
    assert [(r.per, r.min, r.keywords[0]) for r in found.checkable] == [("year", 2, "合伙人会议")]


def test_a_must_and_the_dues_ledger_are_no_papers_of_their_own():
    """"但须有记录" is the meeting's minutes, not a paper called 但须; "收缴台账清晰" beside 党费按月收缴 is the ledger."""
    found = infer_item("党小组会每月召开1次；勤务繁忙时可利用交接班间隙开展，但须有记录。")
    assert [r.type for r in found.checkable] == ["count"]
    found = infer_item("党费按月收缴，党费收缴情况每半年公布1次，收缴台账清晰。")
    assert [(r.type, r.keywords) for r in found.checkable] == [("ledger", []), ("count", ["公布"])]


def test_papers_counted_in_a_part_of_their_own_and_years_without_something():
    """"签订联建共建协议，不少于2家": two agreements; "签订党建联建协议不少于3个" three papers, no deed done 3 times;
    "全年无重大质量事故" nothing to count; "会议未形成记录的" the counted meeting's minutes; "党员活动台账" a ledger of
    what members do, not the register of members; "…联建协议等分类归档" ends the checklist at 等."""
    found = infer_item("与项目所在地村（社区）党组织、监理单位党组织签订联建共建协议，不少于2家。")
    assert [(r.type, r.kind, r.min) for r in found.checkable] == [("doc", "协议", 2)]
    found = infer_item("与辖区村（社区）党组织结对共建，签订党建联建协议不少于3个，每季度开展1次联建活动。")
    assert sorted((r.type, r.min) for r in found.checkable) == [("count", 1), ("doc", 3)]
    assert infer_item("事务所全年无重大审计质量事故，未被财政部门立案查处。").checkable == []
    found = infer_item("支部委员会每月召开1次。", "每少开1次扣1分；会议未形成记录的，每次扣0.5分。")
    assert [r.type for r in found.checkable] == ["count"]
    assert [r.kind for r in infer_item("建立党员活动台账。").checkable] == [None]
    assert [r.kind for r in infer_item("建立社区党员资料台帐。").checkable] == ["花名册"]
    found = infer_item("为项目周边群众办实事，全年不少于2件。")
    assert [(r.per, r.min, r.keywords, r.description) for r in found.checkable] == [
        ("year", 2, ["办实事"], "每年为项目周边群众办实事不少于2件")]
    found = infer_item("实行“一项目一档”：党员名册、会议记录、活动照片、联建协议等分类归档。")
    assert [r.kind for r in found.checkable] == ["花名册", "会议记录", "照片", "协议"]
    found = infer_item("群众反映的问题建立台账、限时办理。")
    assert [r.keywords[0] for r in found.checkable] == ["群众反映的问题台账"]


def test_what_is_no_dues_ledger_no_activity_and_no_paper_of_its_own():
    """The dues' base, exemptions, a payers' register and old arrears to rectify are no monthly ledger; a place for
    activities is no activity; the partners of an agreement are read with it; "做到制度健全" names no rule; a list
    posted "并张榜公示" is that list's posting; "可与…“三会一课”结合开展" asks for no 三会一课."""
    for words in ("每年1月份按照党员上年度月平均工资收入核定党费交纳基数。",
                  "离退休党员少交或免交党费的，经党支部研究同意并报企业党委备案。",
                  "各党支部建立党员党费交纳花名册，党员人数与系统一致。",
                  "组织关系未转接、长期不交纳党费等问题在换届前整改到位。"):
        assert "ledger" not in [r.type for r in infer_item(words).checkable], words
    assert [r.type for r in infer_item("党员花名册、党费收缴登记表、活动照片等归档。").checkable].count("ledger") == 1
    assert infer_item("医院为党组织活动提供场地。").checkable == []
    found = infer_item("与至少1个社区或村党组织签订结对共建协议。")
    assert [(r.type, r.kind, r.keywords) for r in found.checkable] == [("doc", "协议", ["结对共建协议"])]
    found = infer_item("设立党员先锋岗、党员技术攻关项目合计不少于3个。")
    assert [(r.min, r.keywords) for r in found.checkable] == [(3, ["党员技术攻关项目"])]
    found = infer_item("建立站点学习、设备管理、管理员值守等制度，做到制度健全、执行到位。")
    assert [r.keywords for r in found.checkable] == [["站点学习"], ["设备管理"], ["管理员值守"]]
    found = infer_item("确定有选举权的党员名单并张榜公示不少于5天。")
    assert [r.keywords for r in found.checkable] == [["党员名单公示", "公示"]]
    found = infer_item("每月组织党员集中收看远程教育课件不少于2次，可与主题党日、“三会一课”结合开展。")
    assert [(r.meeting_type, r.per, r.min) for r in found.checkable] == [(None, "month", 2)]


def test_a_rate_in_bands_beside_another_rate_and_a_share_as_a_fraction():
    """"参评比例不低于30%" in the words and "满意度90%以上得5分…" in the scoring: two rates, the 满意度's bar the top
    band's; "到会党员超过应到会党员的五分之四": 到会率 > 0.8."""
    found = infer_item("组织员工对党组织工作进行满意度测评，参评员工占员工总数的比例不低于30%。",
                       "满意度90%以上得5分，85%（含）—90%得3分，80%以下不得分；参评比例不足30%的扣1分。")
    assert sorted((r.measure, r.threshold) for r in found.checkable) == [("参评员工占员工总数的比例", 0.3), ("满意度", 0.9)]
    found = infer_item("召开党员大会进行选举，有选举权的到会党员超过应到会党员的五分之四，会议有效。")
    assert [(r.measure, r.op, r.threshold) for r in found.checkable if r.type == "rate"] == [("到会率", ">", 0.8)]
    found = infer_item("出席人数不少于应到人数的三分之二。")
    assert [(r.op, r.threshold) for r in found.checkable] == [(">=", 0.6667)]


def test_a_deed_the_scoring_takes_points_for_leaves_a_paper():
    """"未报院党委备案的", "无反馈的", "未接受评议的", "未登记的", "未报批的": each deed asked leaves a paper to keep;
    "会前广泛征求党员群众意见" is 征求意见; the 佐证材料's "征求意见表" is that paper, found under its own name too."""
    cases = [("活动前制定方案并报院党委备案。", "未报院党委备案的扣1分。", "备案"),
             ("协商事项有结果反馈。", "无反馈的扣0.5分。", "反馈"),
             ("党支部书记年终向公司党委述职并接受评议。", "未述职的扣2分；未接受评议的扣1分。", "评议"),
             ("学习情况在学习平台如实登记。", "未登记的扣1分。", "登记"),
             ("选举结果及时报公司党委审批。", "未报批的扣1分。", "报批")]
    for text, scoring, deed in cases:
        assert deed in [k for r in infer_item(text, scoring).checkable for k in r.keywords], text
    found = infer_item("每年召开一次组织生活会；会前广泛征求党员群众意见。", evidence=["征求意见表"])
    assert [r.keywords for r in found.checkable if r.type == "doc"] == [["征求意见", "征求意见表"]]


def test_a_record_of_a_named_duty_the_scoring_takes_points_for_is_a_paper():
    """"无值班记录的", "无请假记录的", "无整改清单的": records and lists of a named duty are papers of their own;
    "无会议记录的" beside a counted meeting, "缺一项制度的" and "无走访记录的" beside the 走访 counted are not."""
    found = infer_item("社区工作人员、党员志愿者轮流值班，值班记录逐日填写、交接清楚。", "无值班记录的扣3分。")
    assert [r.keywords for r in found.checkable] == [["值班记录"]]
    found = infer_item("党员参加组织生活出勤率达到90%以上。", "出勤率每低5个百分点扣1分；无请假记录的，每人次扣0.2分。")
    assert [r.keywords for r in found.checkable if r.type == "doc"] == [["请假记录"]]
    found = infer_item("党员参加组织生活出勤率达到90%以上。", "缺席无请假记录的，每人次扣0.2分。")
    assert [r.keywords for r in found.checkable if r.type == "doc"] == []  # no paper called 席无请假记录
    assert [r.type for r in infer_item("支委会每月召开1次。", "无会议记录的扣1分。").checkable] == ["count"]
    assert [r.type for r in infer_item("每月走访困难党员1次。", "无走访记录的扣1分。").checkable] == ["count"]
    assert [r.type for r in infer_item("建立学习制度和谈心谈话制度。", "缺一项制度的扣1分。").checkable] == ["doc", "doc"]


def test_a_system_the_scoring_takes_points_for_lacking_is_a_paper_of_its_own():
    """"无值班制度的", "未建立联席会议制度的": the system is kept whether the item says to write it or to carry it out,
    and is no record of the meetings it governs; "无相关制度的" names none."""
    found = infer_item("落实村干部轮流坐班值班制度，为群众代办事项。", "无值班制度的扣1分；值班抽查无人的，每次扣1分。")
    assert [(r.kind, r.keywords) for r in found.checkable] == [("制度", ["值班制度"])]
    found = infer_item("建立由社区党委牵头、驻区单位参加的民族团结进步联席会议制度，每季度召开1次联席会议。",
                       "未建立联席会议制度的扣2分；联席会议每少1次扣1分。")
    assert sorted((r.type, r.kind) for r in found.checkable) == [("count", None), ("doc", "制度")]
    assert [r.type for r in infer_item("落实党员教育管理工作。", "无相关制度的扣1分。").checkable] == []


def test_how_the_inspectors_check_is_not_what_the_item_asks():
    """"查阅会议记录，发现例会每少1次…", "查阅台账，发现…", "实地查看，发现…": the papers the inspectors read and the
    word 发现 are how a fault is found; the rule is flat where nothing after 发现 is counted."""
    from archive.rubric.deductions import parse_deductions

    found = infer_item("党员按月交纳党费，建立党费收缴台账；每半年公示一次党费收缴情况。",
                       "查阅台账，发现未按月交纳党费的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分。")
    assert sorted(r.type for r in found.checkable) == ["count", "ledger"]
    found = infer_item("每季度召开一次网格党支部书记例会。", "查阅会议记录，发现例会每少1次扣0.5分。")
    assert [(r.type, r.per) for r in found.checkable] == [("count", "quarter")]
    assert [(d.points, d.per_unit) for d in parse_deductions("查阅资料，发现未按期换届的扣2分")] == [(2.0, None)]
    assert [(d.points, d.per_unit) for d in parse_deductions("实地查看，发现开放时间不足的扣1分")] == [(1.0, None)]
    assert [(d.per_unit, d.unit) for d in parse_deductions("抽查发现1人未佩戴党徽的扣0.2分")] == [(0.2, "人")]


def test_a_meeting_of_its_own_name_is_not_the_one_named_before():
    """"楼栋党小组" in the organisation, then "每季度召开一次网格党支部书记例会": the 例会 is counted under its name,
    not as a 党小组会; a bare "召开1次会议" after "建立联席会议制度" is still that meeting."""
    found = infer_item("健全“社区党委—网格党支部—楼栋党小组—党员中心户”四级组织体系；每季度召开一次网格党支部书记例会。")
    [count] = [r for r in found.checkable if r.type == "count"]
    assert (count.meeting_type, count.keywords[0]) == (None, "网格党支部书记例会")
    found = infer_item("建立联席会议制度，每季度召开1次会议。")
    assert [r.meeting_type for r in found.checkable if r.type == "count"] == ["联席会议"]


def test_a_register_of_some_members_is_not_the_record_of_their_meeting():
    """"流动党员台账" beside "召开一次流动党员座谈会": the register of those members is a paper of its own."""
    found = infer_item("春节返乡期间召开一次流动党员座谈会。", "未召开座谈会的扣1分；无流动党员台账的扣1分。")
    assert [r.keywords[0] for r in found.checkable if r.type == "doc"] == ["流动党员台账"]
    found = infer_item("春节返乡期间召开一次流动党员座谈会。", "未召开座谈会的扣1分。", evidence=["流动党员台账"])
    assert [r.keywords[0] for r in found.checkable if r.type == "doc"] == ["流动党员台账"]


def test_a_slogan_of_two_halves_is_the_practice_counted():
    found = infer_item("每季度至少一次走进车间开展“亮身份、当先锋”实践。", "车间实践每少1次扣0.5分。")
    assert [(r.type, r.per, r.keywords[0]) for r in found.checkable] == [("count", "quarter", "亮身份、当先锋")]


def test_registers_printed_as_titles_with_their_rules_in_brackets():
    """"《支部委员会会议记录》（全年不少于12次…）；《党员大会记录》（全年不少于4次）": each register's rule is read as the
    words would say it; a document's own title ("《关于召开党员大会进行换届选举的请示》") holds no meeting."""
    found = infer_item("《支部委员会会议记录》（全年不少于12次，记录议题及表决情况）；《党员大会记录》（全年不少于4次）；会议签到表。",
                       "缺一本台账扣1分；“三会一课”每少1次扣0.5分。")
    assert sorted((r.meeting_type, r.min) for r in found.checkable if r.type == "count") == [("党员大会", 4), ("支部委员会", 12)]
    found = infer_item("换届前报送《关于召开党员大会进行换届选举的请示》。")
    assert [r.type for r in found.checkable if r.type == "count"] == []


def test_a_register_kept_up_to_date_is_a_paper_beside_its_upkeep():
    """"党内关怀帮扶台账（…每季度更新一次）": the register and its quarterly update; "（“七一”、春节前后走访慰问，附照片）"
    is a note read as a sentence of its own; "党课讲稿（每季度1次）" counts the 党课."""
    found = infer_item("党内关怀帮扶台账（困难党员、老党员底数清楚，每季度更新一次）；走访慰问记录（“七一”、春节前后走访慰问，附照片）。")
    assert ("doc", "党内关怀帮扶台账") in [(r.type, r.keywords[0]) for r in found.checkable if r.keywords]
    assert ("count", "quarter") in [(r.type, r.per) for r in found.checkable]
    assert [(r.min, r.per) for r in found.checkable if "慰问" in r.keywords] == [(2, "year")]
    found = infer_item("支部委员会会议记录（每月1次）、党小组会会议记录（每月1次）、党课讲稿（每季度1次）、会议签到表。")
    assert sorted((r.meeting_type, r.per) for r in found.checkable if r.type == "count") == \
        sorted([("党课", "quarter"), ("党小组会", "month"), ("支部委员会", "month")])
    found = infer_item("签订党风廉政建设责任书（3月底前）。", "未签订的不得分。")
    assert [(r.type, r.window) for r in found.checkable] == [("window", "年初")]


def test_a_checklists_notes_read_as_a_person_would():
    """In "《X》（notes）" checklists: what a paper holds or has attached is listed by name ("含测评表" → 测评表), a note's
    words are no paper ("与组织生活会同步开展"), a plan dated by its note is one plan, the register updated is named, and
    no source is left cut inside a bracket."""
    found = infer_item("《民主评议党员材料》（与组织生活会同步开展，含测评表、评议等次汇总表）；"
                       "《主题党日活动记录》（每月1次，每次附活动方案、签到表和照片）。")
    docs = [r.description for r in found.checkable if r.type in ("doc", "photo")]
    assert "有测评表" in docs and "有评议等次汇总表" in docs and "有活动方案" in docs
    assert not [d for d in docs if re.search("含|附|同步开展", d)]
    found = infer_item("《年度党建工作计划》（年初制定，1月底前报机关党委备案）；《年度工作总结》（年终形成，12月20日前报送机关党委）。")
    assert sorted((r.window, r.keywords[0]) for r in found.checkable if r.type == "window") == \
        [("年初", "年度党建工作计划"), ("年终", "年度工作总结")]
    found = infer_item("《党员花名册》（每年1月31日前更新一次，注明出生年月、入党时间）。")
    assert [r.source for r in found.checkable if r.type == "count"] == ["党员花名册每年1月31日前更新一次"]
    for req in infer_item("《组织生活会材料》（每年3月底前召开上年度组织生活会，含会议方案、整改清单）。").requirements:
        assert req.source.count("（") + req.source.count("(") == req.source.count("）") + req.source.count(")")


def test_a_deed_counted_is_also_found_under_its_short_name():
    """"党员冬训" is also written 冬训, "三资清查" 清查, "学习活动" 学习 (never a broken "员冬训" or a bare 活动)."""
    assert infer_item("每年组织开展党员冬训。").checkable[0].keywords == ["党员冬训", "冬训"]
    assert infer_item("每季度开展1次三资清查。").checkable[0].keywords == ["三资清查", "清查"]
    assert infer_item("每月组织开展学习活动。").checkable[0].keywords == ["学习活动", "学习"]


def test_issues_published_at_a_frequency_are_counted_under_their_names():
    found = infer_item("每半年至少编发一期支部工作简报或信息。")
    assert [(r.per, r.min, r.keywords[:3]) for r in found.checkable] == [("halfyear", 1, ["支部工作简报", "信息", "简报"])]


def test_days_at_a_post_a_second_figure_of_training_and_dues_that_are_not_ours():
    """"每月在村（社区）工作不少于10天": days at the post; "其中线下集中面授不少于16学时": a second figure of the
    training; dues another body collects ("协助结对村…党费收缴", "党费在原所在党组织交纳") are no ledger of ours;
    "严禁…宗教活动" is no activity to show."""
    found = infer_item("选派干部到结对村（社区）挂职，挂职期间每月在村（社区）工作不少于10天。")
    assert [(r.type, r.amount, r.unit, r.keywords) for r in found.checkable] == [("duration", 10, "天", ["驻村"])]
    found = infer_item("每期集中培训不少于24学时，其中线下集中面授不少于16学时。")
    assert [(r.type, r.amount) for r in found.checkable] == [("duration", 24), ("duration", 16)]
    found = infer_item("协助结对村（社区）党组织规范“三会一课”、发展党员、党费收缴等基础工作，每半年开展1次党务指导。")
    assert [r.type for r in found.checkable] == ["count"]
    assert infer_item("学员党员组织关系不在老年大学的，党费在原所在党组织交纳。").checkable == []
    assert infer_item("严禁在场所内开展宗教活动、封建迷信活动和赌博活动。").checkable == []


def test_how_the_inspectors_look_and_a_rate_said_twice_and_what_is_held_how_often():
    """"考核组查阅记录…综合评定" names no paper; "全部参加集中培训" beside "培训覆盖率100%" is that rate, once;
    "发展对象集中培训每年举办不少于2期" counts the training, not "…每年举办"."""
    assert infer_item("组织生活结合专业特色开展。", "考核组查阅记录、座谈了解后综合评定：好的得6分，一般的得2分。").checkable == []
    found = infer_item("确保发展对象在列为预备党员前全部参加集中培训，培训覆盖率100%。")
    assert [(r.type, r.measure) for r in found.checkable] == [("rate", "培训覆盖率")]
    found = infer_item("发展对象集中培训每年举办不少于2期。")
    assert [(r.per, r.min, r.keywords) for r in found.checkable] == [("year", 2, ["发展对象集中培训", "培训"])]


def test_a_fault_suffered_in_the_year_is_no_deed_to_count():
    assert infer_item("年内被上级部门通报有效投诉的，本项不得分。").checkable == []
    assert [r.per for r in infer_item("每季度向街道党工委通报工作情况。").checkable] == ["quarter"]


def test_hours_of_study_things_that_stand_and_dues_paid_at_a_period():
    """"安排思政内容不少于2学时": hours of study whatever the study is called; "时间不少于3天（或不少于24学时）": either
    time, each read once; "功能室不少于5个" with no period is a list of things, not a yearly count (but projects to
    complete are counted); "按月交纳党费" and "按季度补交" are the dues ledger's, no occasion to count."""
    found = infer_item("将思想政治教育融入课堂教学，各专业每学期安排思政内容不少于2学时。")
    assert [(r.type, r.amount, r.unit) for r in found.checkable] == [("duration", 2, "学时")]
    found = infer_item("入党积极分子参加集中培训，时间不少于3天（或不少于24学时）。")
    assert [(r.type, r.amount, r.unit, r.alt_amount, r.alt_unit) for r in found.checkable] == [
        ("duration", 3, "天", 24, "学时")]
    assert found.checkable[0].description == "培训累计不少于3天（或24学时）"
    found = infer_item("设置党员活动室、议事协商室、党员教育室等功能室不少于5个，每月开展远程教育学习不少于1次。")
    assert [(r.type, r.per, r.min, r.keywords[0]) for r in found.checkable] == [
        ("doc", None, 5, "功能室"), ("count", "month", 1, "远程教育学习")]
    found = infer_item("每年开展1次党员先锋岗评选，党员先锋岗不少于3个。")
    assert ("doc", 3, "党员先锋岗") in [(r.type, r.min, r.keywords[0]) for r in found.checkable]
    assert infer_item("每个项目不少于3个岗（区）。").checkable == []
    found = infer_item("年内通过协商议事解决小区治理难题不少于6件，提炼形成典型案例不少于1个。")
    assert [(r.type, r.per, r.min) for r in found.checkable] == [("count", "year", 6), ("count", "year", 1)]
    found = infer_item("指导联系党组织党员按月交纳党费，建立党费收缴台账。")
    assert [r for r in found.checkable if r.type == "count"] == []
    found = infer_item("党员按月交纳党费，倒班、外派党员可按季度补交。")
    assert [r.type for r in found.checkable] == ["ledger"]
    assert [r.per for r in infer_item("每季度公示党费收缴情况。").checkable] == ["quarter"]


def test_a_body_set_up_or_a_meeting_held_when_needed_is_not_counted_and_shares_of_a_meeting():
    """"党小组建在船上", "设立党小组": a body, not a meeting; "随时召开支委会": held when needed. "其中与…联合开展的全年
    不少于4次": a share of the meeting named by how it is held; "院党组成员…讲党课": that speaker's 党课; people
    recommended for membership are counted in the year; "其中…知识不少于8学时" is a second figure of the training."""
    found = infer_item("按照“支部建在船队上、党小组建在船上”的要求组建党支部；同一船队党员3名以上的设立党小组。")
    assert [r for r in found.checkable if r.type == "count"] == []
    found = infer_item("支部委员会每月召开1次；遇重大救援任务随时召开支委会。")
    assert [(r.meeting_type, r.per) for r in found.checkable] == [("支部委员会", "month")]
    found = infer_item("每月开展1次主题党日，其中与辖区村（社区）党组织联合开展的全年不少于4次。")
    assert [(r.meeting_type, r.per, r.min, r.keywords) for r in found.checkable] == [
        ("主题党日", "month", 1, ["主题党日"]), ("主题党日", "year", 4, ["联合"])]
    found = infer_item("院党组成员每年到联系法庭讲党课不少于1次。")
    assert [(r.meeting_type, r.keywords) for r in found.checkable] == [("党课", ["党组成员"])]
    for text in ("年内推荐入党积极分子不少于1名。", "从青年职工中确定入党积极分子不少于2名。"):
        assert [(r.type, r.per, r.keywords[-1]) for r in infer_item(text).checkable] == [("count", "year", "积极分子")]
    found = infer_item("党员每年参加集中学习培训不少于32学时，其中林业政策法规、森林防火知识不少于8学时。")
    assert [(r.type, r.amount) for r in found.checkable] == [("duration", 32), ("duration", 8)]
    found = infer_item("每名党员参训时间不少于5天（或不少于40学时）。")
    assert [(r.type, r.amount, r.unit, r.alt_amount) for r in found.checkable] == [("duration", 5, "天", 40)]


def test_a_checks_alternative_occasions_at_each_festival_and_the_same_speakers_in_the_scoring():
    """"每半年开展1次联合检查或共建活动": the check is the meeting's alternative, not what checks it; "每逢“七一”、春节
    开展走访慰问": once at each; "市场开办方有3名以上正式党员的": 开办 is no deed; "其他支委未讲党课的" repeats
    "其他支部委员…讲党课"."""
    found = infer_item("签订共建协议，每半年开展1次联合检查或共建活动。")
    assert ("共建活动", "halfyear", 1) in [(r.meeting_type, r.per, r.min) for r in found.checkable]
    found = infer_item("关心关爱生活困难党员，每逢“七一”、春节开展走访慰问。")
    assert [(r.type, r.per, r.min) for r in found.checkable] == [("count", "year", 2)]
    assert infer_item("市场开办方有3名以上正式党员的单独建立党组织。").checkable == []
    found = infer_item("支部书记每年讲党课不少于2次，其他支部委员每年轮流讲党课不少于1次。",
                       "书记讲党课每少1次扣1分；其他支委未讲党课的，每人扣0.5分。")
    assert [(r.meeting_type, r.keywords) for r in found.checkable] == [("党课", ["书记"]), ("党课", ["委员"])]


def test_a_share_kept_under_a_ceiling_is_no_rate_to_reach():
    """"不及格的比例控制在5%以内" is a ceiling the inspectors weigh, like "不超过30%"; it must not become "不低于5%"."""
    found = infer_item("学生党员必修课程不及格的比例控制在5%以内。")
    assert [r for r in found.checkable if r.type == "rate"] == []
    assert [(r.measure, r.threshold) for r in infer_item("党员参学率达到90%以上。").checkable] == [("党员参学率", 0.9)]


def test_score_bands_printed_as_losses_or_with_signs():
    """Bands printed as what each loses ("90%以上不扣分，80%（含）—90%扣2分…") keep the item's points less the loss;
    bands printed with signs ("≥95%得6分；≥90%得4.5分", "90%≤满意度<95%的得3分") read as in words, each open band
    ending where the one above begins; the rule's text stays as printed."""
    from archive.rubric.deductions import parse_deductions

    def bands(text, points):
        return [[(b.low, b.high, b.score) for b in d.bands] for d in parse_deductions(text, points) if d.bands]

    printed = "满意度90%以上不扣分，80%（含）—90%扣2分，70%（含）—80%扣4分，70%以下本项不得分"
    assert bands(printed, 6) == [[(0.9, None, 6), (0.8, 0.9, 4), (0.7, 0.8, 2), (0.0, 0.7, 0)]]
    assert [d.text for d in parse_deductions(printed, 6) if d.bands] == [printed]
    assert bands("满意度≥95%得6分；≥90%得4.5分；≥85%得3分；<85%不得分。", 6) == [
        [(0.95, None, 6), (0.9, 0.95, 4.5), (0.85, 0.9, 3), (0.0, 0.85, 0)]]
    assert bands("满意度≥95%得5分；90%≤满意度<95%的得3分；85%≤满意度<90%的得1分；低于85%的不得分。", 5) == [
        [(0.95, None, 5), (0.9, 0.95, 3), (0.85, 0.9, 1), (0.0, 0.85, 0)]]
    # the rate those bands are of: full marks from 95%
    found = infer_item("乘客满意度（集团年底委托第三方测评）。", "满意度≥95%得6分；≥90%得4.5分；≥85%得3分；<85%不得分。")
    assert [(r.measure, r.threshold) for r in found.checkable if r.type == "rate"] == [("满意度", 0.95)]


def test_what_the_scoring_restates_and_opinions_gathered():
    """"满意度低于90%的，每低1个百分点扣0.5分；低于80%的，本项不得分": the bar is 90%; "未建立收缴台账的" is the dues
    ledger the words ask; "征求…意见不少于10条" is the record of opinions gathered; "一户一档" is no number; "2次及以上
    不在岗的" counts faults."""
    found = infer_item("年终对残疾人开展服务满意度电话回访，抽样不少于100人。",
                       "满意度低于90%的，每低1个百分点扣0.5分；满意度低于80%的，本项不得分。")
    assert [(r.measure, r.threshold) for r in found.checkable if r.type == "rate"] == [("满意度", 0.9)]
    found = infer_item("党员按月足额交纳党费，党支部建立党费收缴台账。", "未建立收缴台账的扣2分。")
    assert [r.type for r in found.checkable] == ["ledger"]
    found = infer_item("会前征求服务对象（残疾人及其亲属）意见不少于10条。")
    assert [(r.type, r.keywords, r.min) for r in found.checkable] == [("doc", ["征求意见"], 10)]
    found = infer_item("建立“一户一档”帮扶台账。")
    assert [(r.type, r.min) for r in found.checkable] == [("doc", 1)]
    found = infer_item("工作队员每次抽查均在岗在位。", "抽查1次不在岗的扣2分；2次及以上不在岗的，本项不得分。")
    assert found.checkable == []


def test_dues_remitted_pieces_sent_a_heading_and_a_fault_free_year():
    """"每季度向集团党委上缴党费": remitting is counted apart from the members' dues; "年内向区民政局报送党建工作信息不少于
    4篇": pieces sent in the year, counted by what is sent; "讲党课：书记每年讲党课不少于2次…": the heading is no count of
    its own (but a checklist headed "组织生活会和民主评议党员：…" still asks for the meeting); "年内无因作风问题被县级以上
    通报": nothing to show."""
    found = infer_item("党员按月交纳党费，党支部每季度向集团党委上缴党费。")
    assert [(r.type, r.per, r.keywords) for r in found.checkable] == [("ledger", None, []), ("count", "quarter", ["上缴"])]
    found = infer_item("年内向区民政局报送党建工作信息不少于4篇。")
    assert [(r.per, r.min, r.keywords, r.description) for r in found.checkable] == [
        ("year", 4, ["党建工作信息", "信息"], "每年报送党建工作信息不少于4篇")]
    found = infer_item("讲党课：联合党委书记每年到所属党组织讲党课不少于2次，联合党委委员每年讲党课不少于1次。")
    assert [(r.per, r.min, r.keywords) for r in found.checkable] == [("year", 2, ["书记"]), ("year", 1, ["委员"])]
    found = infer_item("年度组织生活会和民主评议党员资料：会议方案、谈心谈话记录、对照检查材料。")
    assert ("组织生活会", "year") in [(r.meeting_type, r.per) for r in found.checkable]
    assert infer_item("年内无因作风问题被县级以上通报。", "被县级以上通报的扣3分。").checkable == []


def test_papers_named_in_the_evidence_column_keep_their_names():
    """"服务合同、等级评定证书": two papers (合同 is a paper; the 等 of 等级 is no "etc."); "每年开展1次…评选" counts
    the selection."""
    found = infer_item("执行养老机构服务规范。", evidence=["服务合同", "等级评定证书"])
    assert [r.keywords[0] for r in found.checkable] == ["服务合同", "等级评定证书"]
    found = infer_item("每年开展1次党员先锋岗评选。")
    assert [(r.per, r.keywords) for r in found.checkable] == [("year", ["党员先锋岗评选", "先锋岗评选", "评选"])]


def test_the_first_item_rule_kept_by_learning_bands_in_the_words_and_a_speaker_named_before():
    """"落实“第一议题”制度，…每月组织1次集中政治学习": the learning counted is the rule kept, no paper of its own;
    bands printed in the item's words with "按档次计分" in the scoring are its rule; a floor band may score
    ("低于85%的得2分"); "党委书记每年到成员单位调研…，为成员单位党员讲党课不少于1次" is the 书记's 党课 each year,
    and the visits are named by the deed; "可邀请…讲“志愿党课”" is no count; members who fail to pay are no ledger."""
    found = infer_item("落实“第一议题”制度，党支部每月组织1次集中政治学习。")
    assert [(r.type, r.per, r.keywords[-1]) for r in found.checkable] == [("count", "month", "第一议题")]
    found = infer_item("满意度：95%以上得10分，90%（含）—95%得8分，85%以下不得分。", "按测评结果对应档次计分。", points=10)
    assert [[(b.low, b.high, b.score) for b in d.bands] for d in found.deductions] == [
        [(0.95, None, 10), (0.9, 0.95, 8), (0.0, 0.85, 0)]]
    assert [(r.measure, r.threshold) for r in found.checkable] == [("满意度", 0.95)]  # the rate they score
    assert found.deductions[0].requirement == found.checkable[0].id
    from archive.rubric.deductions import parse_deductions
    floor = parse_deductions("满意率95%以上的得8分；90%（含）—95%的得6分；低于90%的得2分。", 8)[0]
    assert [(b.low, b.high, b.score) for b in floor.bands] == [(0.95, None, 8), (0.9, 0.95, 6), (0.0, 0.9, 2)]
    found = infer_item("党委书记每年到成员单位调研指导党建工作不少于4次，为成员单位党员讲党课不少于1次。")
    assert [(r.meeting_type, r.per, r.min, r.keywords[0]) for r in found.checkable] == [
        ("党课", "year", 1, "书记"), (None, "year", 4, "调研指导党建工作")]
    found = infer_item("党课每季度至少1次；可邀请先进志愿者结合亲身经历讲“志愿党课”。")
    assert [(r.meeting_type, r.per) for r in found.checkable] == [("党课", "quarter")]
    assert infer_item("对连续3个月不交纳党费的党员按规定扣减积分。").checkable == []


def test_a_party_group_acting_in_a_procedure_holds_no_meeting():
    """"奖励积分由党员申报、党小组审核、社区党组织审定，每月集中认定1次": the monthly 认定 is counted, no 党小组会."""
    found = infer_item("奖励积分由党员申报、党小组审核、社区党组织审定，每月集中认定1次。")
    assert [(r.meeting_type, r.per, r.keywords) for r in found.checkable] == [(None, "month", ["集中认定", "认定"])]
    assert [r.meeting_type for r in infer_item("党小组每月召开1次党小组会。").checkable] == ["党小组会"]


def test_updates_of_a_board_are_found_under_its_name():
    """"在公共区域设立党建宣传栏，每季度更新1次": the updates counted are those of the 宣传栏."""
    found = infer_item("在公共区域设立党建宣传栏，每季度更新1次。")
    assert [(r.per, r.keywords) for r in found.checkable] == [("quarter", ["更新", "宣传栏"])]


def test_a_second_plan_named_at_the_years_start():
    """"年初制定支部年度工作计划和党员教育培训计划": two papers due at the year's start, the second by its name;
    "每场次扣0.5分" is per 场次."""
    found = infer_item("年初制定支部年度工作计划和党员教育培训计划，年终形成工作总结。")
    assert [(r.window, r.keywords[0]) for r in found.checkable] == [
        ("年初", "工作计划"), ("年初", "党员教育培训计划"), ("年终", "工作总结")]
    assert [r.window for r in infer_item("年初制定工作计划和方案。").checkable] == ["年初"]
    from archive.rubric.deductions import parse_deductions
    assert [(d.per_unit, d.unit) for d in parse_deductions("未履行审核程序的，每场次扣0.5分")] == [(0.5, "场次")]


def test_a_number_of_occasions_printed_with_its_verb():
    """"组织党员到红色教育基地参观学习1次" asks one visit in the year; "每季度举办1场…宣讲会或政企沙龙" one of either each
    quarter, under both names; a long object counts by its head ("…从业人员中的党员摸排" is a 摸排, "宣讲进楼院、进商铺"
    a 宣讲); "汛前、汛中、汛后各…1次" three; what each occasion holds, a weekly round and a rule's score are no count."""
    def counts(text: str) -> list[tuple]:
        return [(r.per, r.min, r.keywords[:2]) for r in infer_item(text).checkable if r.type == "count"]

    assert counts("组织党员到红色教育基地或产业示范点参观学习1次。") == [("year", 1, ["参观学习", "学习"])]
    assert counts("冬春训结束前组织党员进行1次应知应会测试。") == [("year", 1, ["应知应会测试", "测试"])]
    assert counts("每季度举办1场“党建+政策”宣讲会或政企沙龙。") == [("quarter", 1, ["党建+政策宣讲会", "政企沙龙"])]
    assert counts("每季度开展1次铸牢中华民族共同体意识宣讲进楼院、进商铺、进学校活动。") == [
        ("quarter", 1, ["铸牢中华民族共同体意识宣讲", "宣讲"])]
    assert counts("每半年开展1次民宿经营业主、管家和从业人员中的党员摸排。") == [("halfyear", 1, ["党员摸排", "摸排"])]
    assert counts("汛前、汛中、汛后各组织党员对隐患点开展1次巡查排查。") == [("year", 3, ["巡查排查", "巡查"])]
    assert counts("网格党支部牵头每周开展1次网格巡查。") == []
    assert counts("不合格的安排补考或参加下一期培训。") == []
    # the scoring's "未开展年度评估调整的" names the evaluation counted, not a second one
    found = infer_item("每年对前置研究事项清单开展1次动态评估并及时调整。", "未开展年度评估调整的扣2分")
    assert [(r.per, r.keywords[:2]) for r in found.checkable] == [("year", ["动态评估", "评估"])]


def test_trainings_counted_in_sessions_and_reports_made_each_period():
    """"培训不少于2期、每期培训时间不少于1天": two sessions and a day each; "每季度至少向社区党委反馈1次思想、工作情况" is
    a report counted each quarter."""
    found = infer_item("每年组织开展产业技术培训不少于2期、每期培训时间不少于1天。")
    assert [(r.type, r.per, r.min, r.amount) for r in found.checkable] == [
        ("count", "year", 2, None), ("duration", None, 1, 1.0)]
    found = infer_item("流动党员每季度至少向社区党委反馈1次思想、工作情况。")
    assert [(r.type, r.per, r.keywords[0]) for r in found.checkable] == [("count", "quarter", "反馈")]


def test_party_building_written_into_a_charter_is_that_charter():
    """"将党建工作要求写入企业章程", "医院章程写明党组织的设置形式": the charter is the paper to show; the Party's own
    constitution handed out is no such paper, and a share of charters ("入章率") is read as a rate instead."""
    def docs(text: str) -> list[tuple]:
        return [(r.kind, r.keywords) for r in infer_item(text).checkable if r.type == "doc"]

    assert docs("推动党建工作要求写入企业章程，建立党组织与企业管理层沟通协商机制。")[:1] == [("制度", ["企业章程", "章程"])]
    assert docs("医院章程写明党组织的设置形式、地位作用和职责任务。") == [("制度", ["医院章程", "章程"])]
    assert docs("推动社会组织在章程中写明党的建设有关内容。") == [("制度", ["章程"])]
    assert docs("为每名学员配发《中国共产党章程》和入党培训教材。") == []
    assert [r.type for r in infer_item("党建工作要求写入社会组织章程，入章率达到100%。").checkable] == ["rate"]


def test_score_bands_printed_with_signs_ask_only_the_top_band():
    """"满意度≥95%的得7分；90%≤满意度<95%的得5分；85%≤满意度<90%的得3分；满意度<85%的不得分": full marks at 95%;
    the lower bands and the floor are how the score falls, not bars of their own."""
    found = infer_item("进出口企业对通关服务的满意度（以年度满意度调查结果为准）：满意度≥95%的得7分；90%≤满意度<95%的得5分；"
                       "85%≤满意度<90%的得3分；满意度<85%的不得分。", "按调查结果对应档次计分。")
    assert [(r.type, r.measure, r.threshold) for r in found.checkable] == [("rate", "满意度", 0.95)]


def test_a_list_of_papers_to_put_in_order_is_a_checklist():
    """"规范整理党员花名册、“三会一课”记录、党费收缴台账…等基础资料": each paper listed (the dues ledger as the ledger),
    without the verb that puts them in order."""
    found = infer_item("按照“一支部一档案”要求，规范整理党员花名册、“三会一课”记录、党费收缴台账、主题党日活动记录、"
                       "组织生活会材料等基础资料。")
    assert [(r.type, r.kind, r.keywords[0] if r.keywords else None) for r in found.checkable][:5] == [
        ("ledger", "党费台帐", None), ("doc", "花名册", "党员花名册"), ("doc", "会议记录", "三会一课记录"),
        ("doc", "会议记录", "主题党日活动记录"), ("doc", None, "组织生活会")]
    found = infer_item("建立“三会一课”记录本、党员花名册、党员教育管理台账等基础资料。")
    assert [r.keywords[0] for r in found.checkable] == ["三会一课记录本", "党员花名册", "党员教育管理台账"]


def test_pieces_written_in_the_year_are_counted_and_a_report_is_kept():
    """"撰写学习心得不少于4篇": four pieces in the year, each dated (as pieces sent are counted); "年内形成不少于1篇
    典型经验或案例材料" names them after the number; "撰写调研报告…不少于2篇" is a report kept, as many as printed."""
    found = infer_item("撰写学习心得不少于4篇。")
    assert [(r.type, r.per, r.min, r.keywords) for r in found.checkable] == [("count", "year", 4, ["学习心得"])]
    found = infer_item("年内形成不少于1篇典型经验或案例材料。")
    assert [(r.type, r.keywords) for r in found.checkable] == [("count", ["典型经验", "案例"])]
    found = infer_item("撰写调研报告或意见建议不少于2篇。")
    assert [(r.type, r.min, r.keywords[0]) for r in found.checkable] == [("doc", 2, "调研报告")]


def test_each_of_a_list_counted_times_after_the_deed_and_time_at_work():
    """"开展防汛抢险技能培训、实战演练各不少于1次": one of each; "开展防汛避险知识宣传，汛期内每月不少于2次" counts the
    宣传 of the part before (the season is no deed); "参与调解不少于5起" in 起; "参加防汛一线工作累计不少于40小时" a time
    at that work."""
    found = infer_item("汛前组织党员和突击队员开展防汛抢险技能培训、实战演练各不少于1次。")
    assert [(r.per, r.min, r.keywords[0]) for r in found.checkable] == [
        ("year", 1, "防汛抢险技能培训"), ("year", 1, "实战演练")]
    found = infer_item("开展防汛避险知识宣传，汛期内每月不少于2次。")
    assert [(r.per, r.min, r.keywords) for r in found.checkable] == [("month", 2, ["宣传"])]
    found = infer_item("宣传推优入党工作和优秀团员事迹，每学期不少于2篇。")
    assert [(r.per, r.min, r.keywords) for r in found.checkable] == [("halfyear", 2, ["宣传"])]
    assert [(r.per, r.min) for r in infer_item("年内参与调解不少于5起。").checkable] == [("year", 5)]
    found = infer_item("党员参加防汛一线工作累计不少于40小时。")
    assert [(r.type, r.amount, r.unit, r.keywords) for r in found.checkable] == [
        ("duration", 40, "小时", ["防汛一线工作"])]


def test_the_date_of_a_named_day_is_no_time_of_year():
    """"结合“环卫工人节”（10月26日）、“七一”等节点开展关爱活动": the day's date names the occasion, the deed is counted,
    not dated at the year's end; "开展群众满意度测评（12月）" still is."""
    found = infer_item("结合“环卫工人节”（10月26日）、“七一”等节点开展关爱一线环卫工人活动，全年不少于两次。")
    assert [(r.type, r.window, r.min) for r in found.checkable] == [("count", None, 2)]
    assert [(r.type, r.window) for r in infer_item("开展群众满意度测评（12月）。").checkable] == [("window", "年终")]


def test_an_age_that_says_which_units_is_no_roster():
    """"35周岁以下青年职工达到3人以上的基层单位建立团组织": which units must set one up, not the make-up of a roster;
    "储备35周岁以下…的村级后备干部不少于2名" still is one."""
    found = infer_item("35周岁以下青年职工达到3人以上的基层单位建立团组织，团组织覆盖率达到100%。")
    assert [r.type for r in found.checkable] == ["rate"]
    found = infer_item("储备35周岁以下、高中以上学历的村级后备干部不少于2名。")
    assert [r.type for r in found.checkable] == ["roster"]


def test_plans_for_emergencies_diaries_and_logs():
    """"制定村级防汛应急预案" is a plan kept; "坚持写工作日志" a log kept; "坚持写民情日记，按月记录不少于4篇" counts the
    diary's pieces each month (the diary is those pieces, no paper besides)."""
    assert [(r.kind, r.keywords[0]) for r in infer_item("制定村级防汛应急预案。").checkable] == [("计划", "村级防汛应急预案")]
    assert [r.keywords for r in infer_item("坚持写工作日志，如实记录每日工作内容。").checkable] == [["工作日志"]]
    found = infer_item("坚持写民情日记，按月记录不少于4篇。")
    assert [(r.type, r.per, r.min, r.keywords[0]) for r in found.checkable] == [("count", "month", 4, "民情日记")]


def test_a_count_in_one_half_of_the_year_is_a_half_year_count():
    """A half-year check ("上半年召开党员大会不少于2次、党课不少于2次，其中支部书记讲党课1次"): counted in the half-year
    window; "上半年小结" stays a paper."""
    found = infer_item("上半年召开党员大会不少于2次、党课不少于2次，其中支部书记讲党课1次。")
    assert [(r.meeting_type, r.per, r.min) for r in found.checkable] == [
        ("党员大会", "halfyear", 2), ("党课", "halfyear", 2), ("党课", "halfyear", 1)]
    assert [(r.per, r.min) for r in infer_item("上半年开展集中学习不少于6次。").checkable] == [("halfyear", 6)]


def test_a_summary_at_mid_year_and_lessons_drawn_and_a_stage_served():
    """"年中有小结" is the half year's summary (once, however the sentence lists it); "每年总结提炼1条…经验做法" one
    in the year; "发展对象培养考察期满一年" is how long a stage lasts, nothing counted."""
    found = infer_item("建立健全支部工作台账，年初有计划、年中有小结、年底有总结，资料真实完整。")
    assert [(r.type, r.window, r.kind) for r in found.checkable][:3] == [
        ("window", "年初", "计划"), ("window", "年终", "总结"), ("doc", None, "总结")]
    assert [r.keywords for r in found.checkable if r.type == "doc" and r.kind == "总结"] == [["半年"]]
    found = infer_item("每年总结提炼1条党建引领乡村振兴的经验做法。")
    assert [(r.per, r.min, r.keywords[0]) for r in found.checkable] == [("year", 1, "经验做法")]
    assert infer_item("发展对象培养考察期满一年。").checkable == []


def test_this_month_a_half_year_with_months_and_a_group_that_acts():
    """A monthly check ("本月至少召开一次支部委员会") counts in months; "上半年每月召开支委会1次" each month; "党小组每季度
    开展一次“微党课”" and "年底党小组向社区党委书面报告" are the group acting, no 党小组会 held."""
    assert [(r.meeting_type, r.per) for r in infer_item("本月至少召开一次支部委员会。").checkable] == [("支部委员会", "month")]
    assert [(r.meeting_type, r.per) for r in infer_item("上半年每月召开支委会1次。").checkable] == [("支部委员会", "month")]
    assert [r.meeting_type for r in infer_item("党小组每季度开展一次“微党课”或“微宣讲”。").checkable] == ["党课"]
    assert [r.type for r in infer_item("年底党小组向社区党委书面报告全年工作。").checkable] == ["window"]
    assert [r.meeting_type for r in infer_item("党小组每月召开1次。").checkable] == ["党小组会"]


def test_rankings_sampling_and_those_meant_are_no_counts():
    """"在街道月度暗访检查中排名进入前50%" is a place in a ranking; "街道每月随机抽取…电话回访" the inspectors' own
    sampling; "无故缺课3次以上的党员" says who is meant. "全年为群众办实事不少于8件的得3分" is still a count."""
    assert [r.type for r in infer_item("在街道月度暗访检查中排名进入前50%。").checkable] == []
    assert [r.type for r in infer_item("街道每月随机抽取小区居民不少于10户电话回访。").checkable] == []
    assert [r.type for r in infer_item("无故缺课3次以上的党员，由所在党组织谈话提醒。").checkable if r.type == "count"] == []
    found = infer_item("为民办实事。", "①全年为群众办实事不少于8件的得3分，每少1件扣0.5分。")
    assert [(r.type, r.min) for r in found.checkable] == [("count", 8)]


def test_courses_counted_and_those_honoured_of_a_kind():
    """"每年开设“菜单式”选学课程不少于4门": courses counted in 门; "每年评选表彰“优秀在职党员”“先锋流动党员”等先进典型
    不少于5名": five honoured, named by the kind after 等."""
    found = infer_item("每年开设“菜单式”选学课程不少于4门。")
    assert [(r.per, r.min, r.keywords[0]) for r in found.checkable] == [("year", 4, "菜单式选学课程")]
    found = infer_item("每年评选表彰“优秀在职党员”“先锋流动党员”“最美银发党员”等先进典型不少于5名。")
    assert [(r.per, r.min, r.keywords) for r in found.checkable] == [("year", 5, ["先进典型"])]


def test_festival_visits_a_procedure_before_a_posting_and_a_stage_of_a_year():
    """"“七一”、春节走访慰问困难党员": a visit at each festival; "经费使用经支委会研究，每年公开一次": the posting is
    counted, the meeting is how it is decided; "培养考察期不少于一年" counts nothing."""
    found = infer_item("“七一”、春节走访慰问生活困难党员和长期在途司机家属。")
    assert [(r.per, r.min) for r in found.checkable] == [("year", 2)]
    found = infer_item("经费使用经支委会研究，每年公开一次。")
    assert [(r.meeting_type, r.per, r.keywords[0]) for r in found.checkable] == [(None, "year", "公开")]
    assert infer_item("培养考察期不少于一年。").checkable == []


def test_the_whole_archive_in_the_evidence_column_is_no_paper():
    """佐证材料 "台账资料", "档案资料": the whole archive the inspectors read, no paper of its own; a named one stays."""
    found = infer_item("年初制定工作计划，年终形成工作总结。", evidence=["台账资料", "档案资料", "活动照片"])
    assert [r.type for r in found.checkable] == ["window", "window", "photo"]
    found = infer_item("年初制定工作计划。", evidence=["经费使用台账"])
    assert [r.keywords[0] for r in found.checkable if r.type == "doc"] == ["经费使用台账"]


def test_a_list_made_at_the_years_start_and_a_pledge_referred_to():
    """"年初制定基层党建工作要点和党工委班子成员责任清单": the plan and the list, both dated 年初 (the list once, not also
    undated); "对照年初承诺事项逐项报告" refers to a pledge made earlier, asks none."""
    found = infer_item("年初制定基层党建工作要点和党工委班子成员责任清单。")
    assert [(r.type, r.window, r.keywords[0]) for r in found.checkable] == [
        ("window", "年初", "工作计划"), ("window", "年初", "党工委班子成员责任清单")]
    found = infer_item("书记年底向街道党工委述职，对照年初承诺事项逐项报告完成情况。")
    assert [(r.type, r.window) for r in found.checkable] == [("window", "年终")]


def test_lessons_home_visits_term_summaries_and_named_occasions():
    """"党员教师每学年至少上一节示范课": one lesson a year; "每学期家访不少于5户": five visits a term; "学期末形成学期工作
    小结": the term's summary; "结合“七一”、国庆等重要节点组织集中学习": once at each; a word inside an occasion's
    name ("“家政服务月”") is no deed."""
    found = infer_item("党员教师每学年至少上一节示范课。")
    assert [(r.per, r.min, r.keywords[0]) for r in found.checkable] == [("year", 1, "示范课")]
    found = infer_item("党员教师每学期家访不少于5户。")
    assert [(r.per, r.min, r.keywords[0]) for r in found.checkable] == [("halfyear", 5, "家访")]
    found = infer_item("学期末形成学期工作小结。")
    assert [(r.type, r.kind) for r in found.checkable] == [("doc", "总结")]
    found = infer_item("结合“七一”、国庆等重要节点组织境外党员集中学习。")
    assert [(r.per, r.min) for r in found.checkable] == [("year", 2)]
    assert infer_item("结合“家政服务月”“三八”妇女节、重阳节等节点开展活动。").checkable == []


def test_a_list_of_papers_under_their_folder_and_the_dues_record():
    """"党员花名册、党员发展档案、党费收缴记录、“三会一课”记录等台账规范完整": each paper once; "…记录等台账" is the
    folder over them, and the dues record is the ledger read."""
    found = infer_item("党员花名册、党员发展档案、党费收缴记录、“三会一课”记录等台账规范完整，不存在补记、代签现象。")
    assert [(r.type, r.kind, r.keywords[0] if r.keywords else None) for r in found.checkable] == [
        ("ledger", "党费台帐", None), ("doc", "花名册", "党员花名册"), ("doc", None, "党员发展档案"),
        ("doc", "会议记录", "三会一课记录")]


def test_lessons_given_by_other_offices_each_counted():
    """"部门（单位）党员主要负责人每年到支部讲党课不少于1次": that office's lessons; "党支部书记、院长每年各讲党课不少于1次":
    each of them, counted apart from the branch's quarterly lessons."""
    found = infer_item("党课每季度1次；支部书记每年讲党课不少于1次，部门（单位）党员主要负责人每年到支部讲党课不少于1次。")
    assert [(r.per, r.keywords) for r in found.checkable] == [
        ("quarter", ["党课"]), ("year", ["书记"]), ("year", ["主要负责人"])]
    found = infer_item("党课每季度至少1次，党支部书记、院长每年各讲党课不少于1次。")
    assert [(r.per, r.keywords) for r in found.checkable] == [("quarter", ["党课"]), ("year", ["书记"]), ("year", ["院长"])]


def test_minutes_of_decisions_in_the_evidence_column_show_the_decisions():
    """佐证材料 "会议纪要" beside "重大事项经集体研究决定": how the decisions the inspectors weigh are shown, no paper asked
    of its own; minutes the words ask for ("会议有记录") stay."""
    found = infer_item("重大事项经党组织集体研究决定。", evidence=["会议纪要"])
    assert [r.type for r in found.checkable] == []
    found = infer_item("重大事项经集体研究决定，会议记录完整。", evidence=["会议纪要"])
    assert [r.kind for r in found.checkable] == ["会议记录"]


def test_a_survey_report_beside_a_rate_is_the_rates_record():
    """佐证材料 "第三方调查报告" beside "满意度达到90%以上": the survey the rate is read from; a report of its own
    ("整改报告") stays."""
    found = infer_item("群众满意度达到90%以上。", evidence=["第三方调查报告", "整改报告"])
    assert [(r.type, r.keywords[0]) for r in found.checkable] == [("rate", "满意度"), ("doc", "整改报告")]


def test_a_state_kept_all_year_is_no_count():
    """"驿站实行全年值守": kept all year round, not a deed done once a year; "每月值守" would be counted."""
    assert [r.type for r in infer_item("驿站实行全年值守。").checkable] == []


def test_a_weeks_share_is_no_count_and_a_boards_updates_are_that_boards():
    """"党员辅导员每周在工作站值班不少于2个半天": a week's share, the inspectors'; "开设党建专栏，每月更新不少于2次":
    the updates of that 专栏."""
    assert [r.type for r in infer_item("党员辅导员每周在工作站值班不少于2个半天。").checkable] == []
    found = infer_item("在中心新媒体平台开设党建专栏，每月更新不少于2次。")
    assert [(r.per, r.min, r.keywords) for r in found.checkable] == [("month", 2, ["更新", "专栏"])]


def test_dues_handed_up_each_period_are_counted_beside_the_ledger():
    """"党费按月收缴、按季度上缴": the members' dues on the ledger, and the branch's remittance each quarter counted;
    "…党费收缴台账等基础台账" is the folder over the papers listed."""
    found = infer_item("党费按月收缴、按季度上缴，党费台账规范。")
    assert [(r.type, r.per) for r in found.checkable] == [("ledger", None), ("count", "quarter")]
    found = infer_item("党员按月交纳党费，本季度党费按时足额上缴镇党委。")
    assert [(r.type, r.per) for r in found.checkable] == [("ledger", None), ("count", "quarter")]
    found = infer_item("党员花名册、会议记录、党费收缴台账等基础台账规范完整。")
    assert [r.type for r in found.checkable] == ["ledger", "doc", "doc"]


def test_a_meeting_at_the_years_start_that_sets_out_the_work():
    """"年初召开村“两委”会议专题部署全年党建工作", "年初召开集团党建工作会议": a paper of the year's start."""
    for text in ("年初召开村“两委”会议专题部署全年党建工作。", "年初召开集团党建工作会议。"):
        assert [(r.type, r.window) for r in infer_item(text).checkable] == [("window", "年初")]


def test_kinds_of_occasion_are_no_occasions_to_count():
    """"重要节日、重大活动前后开展安全检查": kinds of occasion, not two named ones; "“七一”、春节前后走访慰问" is two."""
    assert [r.type for r in infer_item("重要节日、重大活动前后开展安全检查。").checkable] == []
    assert [(r.per, r.min) for r in infer_item("“七一”、春节前后走访慰问困难党员。").checkable] == [("year", 2)]


def test_a_visit_counted_in_the_part_after_it():
    """"组织商户党员参观红色教育基地，全年不少于2次": the visits, counted by the part after them."""
    found = infer_item("组织商户党员参观红色教育基地，全年不少于2次。")
    assert [(r.type, r.per, r.min, r.keywords) for r in found.checkable] == [("count", "year", 2, ["参观"])]


def test_clauses_that_only_name_papers_are_a_checklist():
    """An archive checklist printed as paper names ("…一览表；…批复文件；换届选举请示、批复及选举结果报告单"): each
    paper is asked for. Its own words only: a 佐证材料 column or a scoring condition naming a paper is read as before,
    and a clause that says more ("联系情况有记录", "三张清单") is no list of papers."""
    found = infer_item("党组织设置情况一览表；党组织成立、调整的批复文件；换届选举请示、批复及选举结果报告单。")
    assert [r.description for r in found.checkable] == ["有党组织设置情况一览表", "有换届选举请示", "有批复", "有选举结果报告单"]
    found = infer_item("社区“小微权力”清单及运行流程图。")
    assert [r.description for r in found.checkable] == ["有社区小微权力清单", "有运行流程图"]
    found = infer_item("社区党委委员分工联系网格，联系情况有记录。")
    assert [r.description for r in found.checkable] == ["有联系情况记录"]
    assert [r.type for r in infer_item("社区“三张清单”。").checkable] == []
    assert [r.type for r in infer_item("社区“三张清单”。", evidence=["会计账簿"]).checkable] == ["doc"]


def test_a_deed_done_with_everyone_is_no_share():
    """"会前支委之间、支委与党员之间谈心谈话全覆盖": talks with everyone leave their record, no share to read off a
    paper; "春节期间走访慰问全覆盖" likewise no rate; "网格党支部全覆盖" (units set up everywhere) is a share."""
    found = infer_item("会前支委之间、支委与党员之间谈心谈话全覆盖。")
    assert [(r.type, r.description) for r in found.checkable] == [("doc", "有谈心谈话记录")]
    found = infer_item("党组织书记与班子成员廉政谈话全覆盖。")
    assert [(r.type, r.description) for r in found.checkable] == [("doc", "有廉政谈话记录")]
    assert [r.type for r in infer_item("无职党员设岗定责全覆盖。").checkable] == []
    assert [(r.type, r.measure) for r in infer_item("网格党支部全覆盖。").checkable] == [("rate", "网格党支部覆盖率")]


def test_each_of_two_speakers_joined_by_and_gives_a_lecture():
    """"书记和班子成员每年至少讲一次党课": each of them, counted apart; "书记、委员每年…不少于两次，其中书记至少讲一次" is
    their joint total; "单位主要负责同志" gives a 党课 too."""
    found = infer_item("社区党组织书记和班子成员每年至少讲一次党课。")
    assert [r.keywords for r in found.checkable] == [["书记"], ["班子成员"]]
    found = infer_item("书记、委员每年为党员讲党课不少于两次，其中书记至少讲一次。")
    assert [(r.keywords, r.min) for r in found.checkable] == [(["书记"], 2), (["书记"], 1)]
    found = infer_item("单位主要负责同志每年到联系支部讲党课不少于1次。")
    assert [r.keywords for r in found.checkable] == [["主要负责同志"]]


def test_a_paper_named_first_and_what_it_holds():
    """"无职党员设岗定责登记表，每名无职党员认领岗位": a paper named by a clause's first part; "党员花名册内容包括姓名…":
    the roster, whatever it holds; "党费收据、上缴凭证齐全": receipts are papers too. A first part that is a deed
    ("推行社区大党委制度", "村党群服务中心实行…坐班制度") is read as before."""
    found = infer_item("无职党员设岗定责登记表，每名无职党员认领岗位。")
    assert [r.description for r in found.checkable] == ["有无职党员设岗定责登记表"]
    found = infer_item("党员花名册内容包括姓名、性别、出生年月等，每半年更新一次。")
    assert [(r.type, r.kind) for r in found.checkable] == [("doc", "花名册"), ("count", None)]
    found = infer_item("党费收缴台账按月记录党员交纳党费情况，党费收据、上缴凭证齐全。")
    assert [r.description for r in found.checkable if r.type == "doc"] == ["有党费收据", "有上缴凭证"]
    assert [r.type for r in infer_item("推行社区大党委制度，吸纳驻区单位负责人担任兼职委员。").checkable] == []


def test_a_deed_with_its_object_done_with_everyone_is_no_share():
    """"党员联系农户全覆盖", "党建指导员选派全覆盖": the deed names its object after it, still no share; a unit
    ("党群服务中心全覆盖") stays one."""
    for text in ("党员联系农户全覆盖。", "党建指导员选派全覆盖。", "党员认领全覆盖。"):
        assert [r.type for r in infer_item(text).checkable if r.type == "rate"] == [], text
    assert [r.type for r in infer_item("村级党群服务中心全覆盖。").checkable] == ["rate"]


def test_notes_measured_in_characters_are_a_paper_without_a_verb():
    """"党员学习笔记每年不少于1万字": the notes are the paper to keep (no count of learning); their length is the
    inspectors' to weigh."""
    found = infer_item("党员学习笔记每年不少于1万字。")
    assert [(r.type, r.description) for r in found.checkable] == [("doc", "有党员学习笔记")]


def test_a_dues_register_is_the_ledger():
    """"党费登记表", "党费收缴登记簿", "党费收缴明细账": the dues ledger under other names, not a paper beside it."""
    for text in ("会议记录本、党员花名册、党费登记表齐全规范。", "设立党费收缴登记簿。", "建立党费收缴明细账。",
                 "党员按月交纳党费，有党费收缴台账记录。"):
        found = infer_item(text)
        assert [r.type for r in found.checkable if "党费" in r.description] == ["ledger"], text


def test_the_residents_own_rules_are_a_paper_to_keep():
    """"修订完善村规民约", "制定居民公约", "村规民约经村民代表会议通过": the text kept; "宣传村规民约" (spread) and
    "村规民约执行情况" (how they are kept) are not."""
    for text, name in (("推进移风易俗，修订完善村规民约。", "村规民约"), ("制定居民公约。", "居民公约"),
                       ("村规民约经村民代表会议通过并报镇党委备案。", "村规民约")):
        assert [r.description for r in infer_item(text).checkable if r.type == "doc"][:1] == [f"有{name}"], text
    assert [r for r in infer_item("通过广播宣传村规民约。").checkable if "民约" in r.description] == []
    assert [r for r in infer_item("年底形成村规民约执行情况总结。").checkable if r.description == "有村规民约"] == []


def test_the_share_holding_a_certificate_is_named_as_tables_name_it():
    """"社区专职工作者持有社会工作者职业资格证书的比例不低于40%": the 持证比例; the certificate held is each worker's,
    no paper of the community's."""
    found = infer_item("社区专职工作者持有社会工作者职业资格证书的比例不低于40%。")
    assert [(r.type, r.measure, r.threshold) for r in found.checkable] == [("rate", "社区专职工作者持证比例", 0.4)]
    found = infer_item("社区工作者持社会工作者职业资格证书的比例不低于50%。")
    assert [(r.type, r.measure) for r in found.checkable] == [("rate", "社区工作者持证比例")]


def test_an_entity_set_up_is_shown_by_its_own_paper():
    """"村党组织领办合作社不少于1个" beside a 佐证材料 "合作社章程": the charter shows the cooperative, no second paper;
    without it the cooperative itself is asked for."""
    found = infer_item("村党组织领办合作社不少于1个。", evidence=["合作社章程"])
    assert [r.description for r in found.checkable] == ["有合作社章程"]
    assert [r.description for r in infer_item("村党组织领办合作社不少于1个。").checkable] == ["领办合作社不少于1个"]


def test_the_log_of_a_routine_kept_more_often_than_counted_is_the_inspectors():
    """佐证材料 "巡查记录" beside "党员包片巡查，每日不少于1次" (or 每班, 每周): a routine's log, the inspectors' to
    weigh; "值班记录" beside daily duty stays the duty's proof, and a record of a deed counted stays too."""
    found = infer_item("“三夏”“三秋”期间党员包片巡查，每日不少于1次。", evidence=["巡查记录"])
    assert [r.type for r in found.checkable] == []
    found = infer_item("工作日每天至少1名村干部值班。", evidence=["值班记录"])
    assert [r.description for r in found.checkable] == ["有值班记录"]


def test_the_committee_list_beside_its_make_up_is_no_paper_of_its_own():
    """佐证材料 "支委会成员名单" beside "支委中40周岁以下的不少于2名": the list the make-up is read from; without a make-up
    to read, the list is asked for."""
    found = infer_item("支委中40周岁以下的不少于2名。", evidence=["支委会成员名单"])
    assert [r.type for r in found.checkable] == ["roster"]
    found = infer_item("支部委员会按期换届。", evidence=["支委会成员名单"])
    assert "有支委会成员名单" in [r.description for r in found.checkable]


def test_twice_around_one_season_and_thoughts_reported_are_filed_as_reports():
    """"汛期前后各开展一次专项检查": before and after, twice a year ("重要节日前后", kinds of occasion, stays once);
    "向党组织书面汇报一次思想" is found under 思想汇报."""
    assert [(r.per, r.min) for r in infer_item("汛期前后各开展一次专项检查。").checkable] == [("year", 2)]
    assert [(r.per, r.min) for r in infer_item("重要节日前后各开展一次安全检查。").checkable] == [("year", 1)]
    found = infer_item("入党积极分子每季度向党组织书面汇报一次思想。")
    assert [(r.per, "思想汇报" in r.keywords) for r in found.checkable] == [("quarter", True)]


def test_a_volunteer_activity_by_its_own_name_is_volunteer_service():
    """"每季度开展一次“洁路”志愿活动": 志愿服务 under another of its names."""
    found = infer_item("每季度开展一次“洁路”志愿活动。")
    assert [(r.meeting_type, r.per) for r in found.checkable] == [("志愿服务", "quarter")]


def test_one_festival_named_before_visits_is_an_occasion_to_count():
    """"“七一”前后走访慰问老党员", "春节期间走访慰问生活困难党员": once in the year, as two festivals named are twice."""
    for text in ("“七一”前后走访慰问老党员、生活困难党员。", "春节期间走访慰问生活困难党员和老党员。"):
        assert [(r.type, r.per, r.min) for r in infer_item(text).checkable] == [("count", "year", 1)], text


def test_a_report_formed_once_is_a_paper_and_one_formed_each_period_is_the_counts_record():
    """"每年…开展调研不少于2次，形成调研报告": the report is a paper of its own; "每半年…分析研判，形成研判报告" is the
    record of the count each half year."""
    found = infer_item("支部每年围绕业务难点开展调研不少于2次，形成调研报告。")
    assert sorted(r.description for r in found.checkable) == ["有调研报告", "每年调研不少于2次"]
    found = infer_item("每半年开展一次意识形态分析研判，形成研判报告。")
    assert [r.type for r in found.checkable] == ["count"]


def test_the_parts_of_a_paper_in_brackets_are_not_papers_of_their_own():
    """"年初制定抓党建工作“三张清单”（问题清单、任务清单、责任清单）": one paper of the year's start, its parts named in
    brackets; "党员花名册、会议记录、党费收缴台账等资料齐全" is a list of papers."""
    found = infer_item("村党组织书记年初制定抓党建工作“三张清单”（问题清单、任务清单、责任清单）。")
    assert [(r.type, r.window) for r in found.checkable] == [("window", "年初")]
    found = infer_item("党员花名册、会议记录、党费收缴台账等资料齐全。")
    assert sorted(r.type for r in found.checkable) == ["doc", "doc", "ledger"]


def test_a_share_of_lectures_names_no_speaker_and_a_list_dated_after_its_name():
    """"其中至少1次结合…": a share of the lectures, with no speaker (not "至"); "实事清单在年初公布": the list of the
    year's start."""
    found = infer_item("书记每年为党员讲党课不少于2次，其中至少1次结合古田会议精神开展。")
    assert all("至" not in r.keywords for r in found.checkable)
    found = infer_item("每年为群众办实事不少于5件，实事清单在年初公布。")
    assert sorted((r.type, r.window or "") for r in found.checkable) == [("count", ""), ("window", "年初")]


def test_members_recruited_every_three_years():
    """"每三年至少发展1名党员": a count over three years, as "近三年" and "三年内" are."""
    found = infer_item("每三年至少发展1名党员。")
    assert [(r.years, r.min, r.per) for r in found.checkable] == [(3, 1, None)]


def test_a_schedule_of_meetings_in_brackets_is_read():
    """"“三会一课”按规定频次召开（支委会每月、党员大会每季度、党小组会每月、党课每季度各不少于1次）": the schedule in the
    brackets is the item's counts; a bracket naming one place ("到联系网格（党小组）") stays as it is."""
    found = infer_item("“三会一课”按规定频次召开（支委会每月、党员大会每季度、党小组会每月、党课每季度各不少于1次）。")
    assert [(r.meeting_type, r.per) for r in found.checkable] == [
        ("支部委员会", "month"), ("党员大会", "quarter"), ("党小组会", "month"), ("党课", "quarter")]
    assert [r.meeting_type for r in infer_item("书记每月到联系网格（党小组）指导工作。").checkable] == []


def test_a_list_of_the_years_start_then_posted_or_filed():
    """"年初梳理“微实事”清单并在小区公示", "年初制定年度公开清单并报乡镇党委备案": the list is the year's-start paper
    whatever is done with it after 并."""
    found = infer_item("年初梳理“微实事”清单并在小区公示。")
    assert [(r.window, r.keywords[0]) for r in found.checkable if r.type == "window"] == [("年初", "微实事清单")]
    found = infer_item("年初制定年度公开清单并报乡镇党委备案。")
    assert [(r.window, r.keywords[0]) for r in found.checkable if r.type == "window"] == [("年初", "公开清单")]


def test_a_plan_made_in_the_part_after_a_years_start_agreement():
    """"年初与街道党工委签订责任书，制定年度党建工作计划": the plan is the year's-start plan too (and the scoring's "无年度
    计划" no second paper); a plan made in a part with its own time ("年底制定下年度计划") is not."""
    found = infer_item("书记年初与街道党工委签订党建工作责任书，制定年度党建工作计划；年终向街道党工委述职。",
                       "未签订责任书的扣1分；无年度计划的扣1分。")
    assert [(r.type, r.window, r.kind) for r in found.checkable] == [
        ("window", "年初", "协议"), ("window", "年初", "计划"), ("window", "年终", "总结")]
    found = infer_item("书记年初与街道党工委签订党建工作责任书，每季度制定学习计划。")
    assert [(r.window, r.kind) for r in found.checkable if r.type == "window"] == [("年初", "协议")]


def test_how_often_for_each_member_in_a_part_of_its_own():
    """"开展谈心谈话，每人每年不少于1次": the talks are counted (not a count of "每人", not a paper of the deed)."""
    found = infer_item("支委成员与党员、党员与党员之间开展谈心谈话，每人每年不少于1次。")
    assert [(r.type, r.per, r.min, r.keywords[-1]) for r in found.checkable] == [("count", "year", 1, "谈话")]


def test_the_reserves_make_up_is_a_register_of_its_own_and_a_preference_is_none():
    """"班子成员中35周岁以下的不少于1名…；储备35周岁以下后备力量不少于2名": the 班子's roster and the reserve's, two
    registers; "优先从35岁以下社区工作者中发展" is a preference, no roster condition."""
    found = infer_item("社区“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的不少于3名；"
                       "储备35周岁以下社区后备力量不少于2名，落实“一对一”培养。")
    rosters = [(r.keywords[0], [(c.field, c.value, c.min) for c in r.conditions])
               for r in found.checkable if r.type == "roster"]
    assert rosters == [("班子成员", [("age", 35, 1), ("education", "大专", 3)]), ("后备干部", [("age", 35, 2)])]
    found = infer_item("每两年至少发展1名党员，优先从35岁以下社区工作者、网格员中发展。")
    assert [r.type for r in found.checkable] == ["count"]


def test_a_count_of_what_is_done_names_the_list_before_it():
    """"形成“民生微实事”清单，全年办结不少于6件": the count is of what the list holds, under that name (not of "办结")."""
    found = infer_item("年初征集居民需求形成“民生微实事”清单，全年办结不少于6件。")
    assert [(r.min, r.keywords[0]) for r in found.checkable if r.type == "count"] == [(6, "民生微实事")]


def test_a_partys_committee_beside_its_branches_committees():
    """"社区党委会每月召开1次…，支委会每月召开1次": the 党委's committee and the branches' are two counts, each read
    under its own name."""
    found = infer_item("社区党委会每月召开1次以上，网格党支部党员大会每季度召开1次，支委会、党小组会每月召开1次。")
    assert [r.description for r in found.checkable if r.meeting_type == "支部委员会"] == [
        "每月召开党委会不少于1次", "每月召开支委会不少于1次"]


def test_a_meeting_not_asked_and_the_groups_set_up_are_no_count():
    """"未设党小组的支部可不召开党小组会": a meeting the item does not ask for; "党小组设置不合理的" (scoring): how the
    groups are set up, not their meetings. The plan made by the branch after a 年初 agreement ("支部制定年度工作计划")
    is the year's-start plan."""
    found = infer_item("支部委员会每月召开1次；党员人数较少、未设党小组的支部可不召开党小组会。")
    assert [r.meeting_type for r in found.checkable] == ["支部委员会"]
    found = infer_item("健全组织体系，小区党支部覆盖率达到100%。", "组织体系不健全、党小组设置不合理的，酌情扣1-2分。")
    assert [r.type for r in found.checkable] == ["rate"]
    found = infer_item("支部书记年初与段党委签订党建工作责任书，支部制定年度工作计划。")
    assert [(r.window, r.kind) for r in found.checkable] == [("年初", "协议"), ("年初", "计划")]


def test_filing_with_the_organisation_department_by_a_deadline():
    """"2月底前报县委组织部备案": the filing (a paper), not an activity "部备案" of the year's start (组织部 is the
    department, not the verb 组织)."""
    found = infer_item("制定年度党员教育培训工作计划，2月底前报县委组织部备案。")
    assert [(r.type, r.keywords[0]) for r in found.checkable if "备案" in r.keywords] == [("doc", "备案")]


def test_a_training_held_for_everyone_is_counted_not_a_share():
    """"每年对村（社区）党组织书记开展一次全覆盖培训": a yearly training, found under 培训 (not a rate of "组织书记开展一次",
    nor a keyword cut from 党组织)."""
    found = infer_item("乡镇党委每年对村（社区）党组织书记开展一次全覆盖培训。")
    assert [(r.type, r.per, r.keywords[0]) for r in found.checkable] == [("count", "year", "培训")]


def test_registers_kept_as_a_ku_and_forms_in_an_evidence_list():
    """"建立小区党员信息库", "建立后备人才库": a register of its own (not a 仓库); the scoring's "未建立人才库的" is the
    same register by a shorter name; "点评意见反馈单、整改清单" in a 佐证材料 column are two papers."""
    found = infer_item("建立小区党员信息库，摸清居住地党员底数。")
    assert [(r.type, r.keywords[0]) for r in found.checkable] == [("doc", "小区党员信息库")]
    found = infer_item("建立优秀青年人才库，每年向上级推荐优秀青年不少于1人次。", "未建立人才库的扣1分。")
    assert [r.description for r in found.checkable if r.type == "doc"] == ["有优秀青年人才库"]
    found = infer_item("书记点评。", evidence=["点评意见反馈单", "整改清单"])
    assert sorted(r.keywords[0] for r in found.checkable) == ["整改清单", "点评意见反馈单"]


def test_a_paper_opening_its_clause_with_what_it_holds():
    """"党员基本信息台账载明党员姓名、性别…", "民情台账记录翔实": the paper is asked for, named as printed (a bare "档案"
    or "日志" with no name of its own is not)."""
    found = infer_item("党员基本信息台账载明党员姓名、性别、民族、出生年月、学历和入党时间。")
    assert [(r.type, r.keywords[0]) for r in found.checkable] == [("doc", "党员基本信息台账")]
    found = infer_item("党员教育培训登记表逐人记录学习时间、内容和学时。")
    assert [(r.type, r.keywords[0]) for r in found.checkable] == [("doc", "党员教育培训登记表")]


def test_a_count_without_a_period_of_its_own_is_of_the_sentences_span():
    """"上半年支部委员会每月召开1次，党员大会召开不少于2次": the 党员大会 are two in the half year, not two each month."""
    found = infer_item("上半年支部委员会每月召开1次，党员大会召开不少于2次，党课不少于2次。")
    assert [(r.meeting_type, r.per, r.min) for r in found.checkable] == [
        ("支部委员会", "month", 1), ("党员大会", "halfyear", 2), ("党课", "halfyear", 2)]


def test_an_item_of_faults_only_asks_for_no_paper():
    """"…接受被审计单位宴请或参加其安排的娱乐活动（本项为扣分项）": faults the scoring takes points for; the inspectors
    judge whether any happened, no paper of a deed is asked."""
    found = infer_item("严守审计“四严禁”纪律，接受被审计单位宴请、礼品礼金或参加其安排的娱乐活动（本项为扣分项）。",
                       "经查实的，每人次扣2分。")
    assert [r.type for r in found.requirements] == ["judgement"]


def test_people_named_as_representatives_and_a_bare_archive_are_no_papers():
    """"党员代表、居民代表参加民主测评": people, though their names end in 表; "落实档案保密管理制度": the rule, not a paper
    "落实档案"; a bare 档案 with no name of its own is not asked for."""
    found = infer_item("党员代表、居民代表、驻区单位代表参加民主测评，测评满意率达到85%以上。")
    assert [r.type for r in found.checkable] == ["rate"]
    found = infer_item("落实档案保密管理制度，每半年开展一次保密自查。")
    assert not [r for r in found.checkable if r.type == "doc" and "档案" in r.keywords[0] and "制度" not in r.keywords[0]]


def test_score_bands_of_an_amount_are_kept_in_its_unit_and_left_to_the_inspectors():
    scoring = ("年经营性收入20万元以上的得4分，10万元（含）—20万元的得3分，5万元（含）—10万元的得2分，5万元以下的不得分；"
               "财务收支公开每少1次扣0.5分。")
    found = infer_item("发展壮大村集体经济，年经营性收入达到5万元以上；每季度公开一次财务收支。", scoring=scoring, points=5)
    amount = [d for d in found.deductions if d.bands]
    assert [(b.low, b.high, b.score) for d in amount for b in d.bands] == [
        (20.0, None, 4.0), (10.0, 20.0, 3.0), (5.0, 10.0, 2.0), (0.0, 5.0, 0.0)]
    assert amount[0].unit == "万元" and amount[0].text.startswith("年经营性收入20万元以上的得4分")
    # no band's "得4分" read again as a tier, and no rate asked of an amount
    assert [(d.per_unit, d.unit) for d in found.deductions if not d.bands] == [(0.5, "次")]
    assert not [r for r in found.requirements if r.type == "rate"]
    # the estimate leaves the amount to the inspectors: only the missing posting costs
    item = Item(id="1", text="x", points=5, requirements=found.requirements, deductions=found.deductions)
    count = next(r for r in found.requirements if r.type == "count")
    short = Finding(count.id, "count", False, "公开少1次", units=1.0)
    assert score_item(item, [short]) == (4.5, 0.5)


def _item_of(text: str, scoring: str, points: float) -> tuple[Item, dict[str, str]]:
    found = infer_item(text, scoring, points)
    item = Item(id="1", text=text, points=points, scoring=scoring, requirements=found.requirements,
                deductions=found.deductions)
    return item, {r.id: r.type for r in found.requirements}


def test_a_rule_on_something_that_happened_is_the_inspectors():
    """"存在补记、代签的，本项不得分", "发生群体性事件的，实行一票否决": an incident the inspectors learn of, not a
    shortfall of the papers; a month without its 支委会 loses that month's points, not the whole item."""
    item, types = _item_of("支部委员会每月召开1次、党员大会每季度召开1次。",
                           "每少1次扣0.5分；会议记录存在补记、代签的，本项不得分。", 8)
    assert item.deductions[0].requirements == ["r1", "r2"] and types[item.deductions[1].requirement] == "judgement"
    month = Finding("r1", "count", False, "3月没有支委会", units=1.0, shortfall=1 / 12)
    assert score_item(item, [month, Finding("r3", "judgement", None, "")]) == (7.5, 0.5)
    found = infer_item("每月开展一次矛盾纠纷排查，调解成功率达到95%。",
                       "每少1次扣0.3分；发生群体性事件的，实行一票否决，本项不得分；党员受到党纪处分的，每人扣1分。", 6)
    by_id = {r.id: r.type for r in found.requirements}
    assert [by_id.get(d.requirement) for d in found.deductions] == ["count", "judgement", "judgement"]
    # arrears the dues ledger shows stay its finding
    site = infer_item("建立党群服务中心值班表和活动场所使用登记簿。", "缺一项扣0.5分；场所闲置或挪作他用的，本项不得分。", 5)
    assert {r.id: r.type for r in site.requirements}[site.deductions[1].requirement] == "judgement"
    dues = infer_item("按月足额交纳党费。", "出现欠缴党费的，每人扣0.5分。", 3)
    assert dues.deductions[0].requirement == dues.requirements[0].id and dues.requirements[0].type == "ledger"


def test_a_rule_repeating_a_requirements_words_follows_that_one():
    found = infer_item("储备后备力量不少于3名，建立后备力量培养台账，每半年对后备力量考察一次。",
                       "储备后备力量不少于3名，每少1名扣0.5分；建立后备力量培养台账，未建立的扣1分；"
                       "每半年对后备力量考察一次，每少1次扣0.3分。", 6)
    linked = [[next(r for r in found.requirements if r.id == i).description for i in d.requirement_ids()]
              for d in found.deductions]
    assert linked == [["有后备力量名单（不少于3名）"], ["有后备力量培养台账"], ["每半年至少1次：每半年对后备力量考察一次"]]
    # a rule naming two papers, one by the words of its requirement, follows both
    two = infer_item("建立任务清单和完成情况记录。", "无任务清单或完成情况记录的，每项扣1分。", 2)
    assert len(two.deductions[0].requirement_ids()) == 2


def test_score_bands_naming_no_figure_follow_the_rate_of_their_full_mark_line():
    """"90%以上的得2分，80%（含）—90%的得1分…" under an item with a rate and a paper: a missing 民情日志 takes no
    band's points; the rate's figure does."""
    item, types = _item_of("群众诉求按期办结率达到95%，满意率达到90%，建立民情日志。",
                           "满意率90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分；无民情日志的扣1分。", 4)
    bands = next(d for d in item.deductions if d.bands)
    assert [r.measure for r in item.requirements if r.id == bands.requirement] == ["满意率"]
    journal = next(r.id for r in item.requirements if r.type == "doc")
    assert score_item(item, [Finding(journal, "doc", False, "没有民情日志", units=1.0, shortfall=1.0)]) == (3.0, 1.0)


def test_hours_short_follow_the_duration():
    found = infer_item("党员每年参加学习培训不少于32学时，每季度开展一次专题研讨。",
                       "学时不足的，每人扣0.1分，最高扣1分；专题研讨每少1次扣0.5分；学习流于形式的，酌情扣0.5分。", 5)
    by_id = {r.id: r.type for r in found.requirements}
    assert [by_id.get(d.requirement) for d in found.deductions] == ["duration", "count", "judgement"]


def test_a_rule_naming_part_of_a_requirement_or_the_judgement_follows_it():
    found = infer_item("设立党员先锋岗不少于3个，书记、主任“一肩挑”。",
                       "先锋岗每少1个扣1分；未实行“一肩挑”的扣1分；违反程序发展党员的，本项不得分。", 4)
    by_id = {r.id: r for r in found.requirements}
    linked = [by_id[d.requirement].type if d.requirement else None for d in found.deductions]
    assert linked == ["doc", "judgement", "judgement"]
    assert by_id[found.deductions[0].requirement].min == 3


def test_a_rate_printed_only_in_the_scoring_keeps_what_it_measures():
    found = infer_item("推行社区“两委”成员交叉任职。", "“两委”成员交叉任职比例低于百分之六十的扣0.5分。")
    assert [(r.measure, r.threshold) for r in found.requirements if r.type == "rate"] == [("两委成员交叉任职比例", 0.6)]
    shops = infer_item("党员门店亮身份、亮承诺。", "未亮身份、亮承诺的，每店扣0.5分，最高扣2分。")
    assert [(d.per_unit, d.unit, d.cap) for d in shops.deductions] == [(0.5, "店", 2.0)]


def test_a_rule_naming_what_no_requirement_asks_is_the_inspectors():
    """"失联党员超过6个月未排查处置的，每人扣0.5分" under an item counting visits and asking for two ledgers: a missing
    visit must not be priced as four lost members."""
    item, types = _item_of("建立流动党员台账，流动党员每季度至少联系一次。",
                           "建立流动党员台账，未建立的扣1分；流动党员每季度至少联系一次，每少1次扣0.2分；"
                           "失联党员超过6个月未排查处置的，每人扣0.5分；未召开的扣2分。", 7)
    lost = item.deductions[2]
    assert types[lost.requirement] == "judgement" and "失联党员" in item.requirements[-1].description
    assert item.deductions[3].requirement_ids() == []  # names nothing: any unmet requirement
    contact = next(r.id for r in item.requirements if r.type == "count")
    quarters = Finding(contact, "count", False, "第一至四季度无联系记录", units=4.0, shortfall=1.0)
    assert score_item(item, [quarters, Finding(item.requirements[-1].id, "judgement", None, "")]) == (4.2, 2.8)


def test_a_place_named_after_a_meeting_holds_no_meeting():
    found = infer_item("主题党日", "每月固定一天开展主题党日，每少1次扣0.3分；每年组织党员到遵义会议会址等红色教育基地开展"
                       "现场教学不少于1次，未开展的扣1分。")
    assert [(r.meeting_type, r.keywords[0], r.per) for r in found.requirements if r.type == "count"] == [
        ("主题党日", "主题党日", "month"), (None, "现场教学", "year")]


def test_a_description_says_de_once():
    found = infer_item("外单位借用场所开展活动的，须经村党组织审核同意并报乡镇党委备案。", "借用未经审核或未报备案的，每次扣1分。")
    assert "有外单位借用场所开展活动的材料" in [r.description for r in found.requirements]
    assert not any("的的" in r.description for r in found.requirements)


def test_a_rule_per_member_follows_the_ledger_only_on_dues():
    found = infer_item("党员按月足额交纳党费，党费收缴情况每半年公示一次。",
                       "未按月交纳的每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；党员信息与全国党员管理信息系统不一致的，"
                       "每人扣0.1分，最高扣1分。", 5)
    by_id = {r.id: r.type for r in found.requirements}
    assert [by_id.get(d.requirement) for d in found.deductions] == ["ledger", "count", "judgement"]


def test_a_rule_in_brackets_after_a_checklists_paper_is_what_the_paper_records():
    """"集中学习记录（每月不少于1次）": a count each month, proved by that record; "党员学时登记表（每名党员每年不少于
    32学时）" a year's hours (not each month's, though 每月 is printed earlier in the list); a paper whose rule names
    a deed of its own stays beside it."""
    found = infer_item("年度学习计划、集中学习记录（每月不少于1次）、党员学时登记表（每名党员每年不少于32学时）、"
                       "民情日志（网格员每月入户走访不少于20户）。")
    got = [(r.type, r.per, r.min, r.amount, r.keywords[0]) for r in found.requirements]
    assert ("count", "month", 1, None, "学习") in got and ("duration", None, 1, 32.0, "培训") in got
    assert ("count", "month", 20, None, "走访") in got and ("doc", None, 1, None, "民情日志") in got
    assert not any(r.type == "doc" and r.keywords[0] in ("集中学习记录", "党员学时登记表") for r in found.requirements)


def test_a_time_is_asked_each_period_only_by_its_own_words():
    assert [(r.per, r.amount) for r in infer_item("学习记录每月一次、学时每人不少于32学时").requirements
            if r.type == "duration"] == [(None, 32.0)]
    assert [(r.per, r.amount) for r in infer_item("建立驻村日志、每月驻村不少于15天").requirements
            if r.type == "duration"] == [("month", 15.0)]


def test_a_rule_per_item_counts_each_unmet_requirement_once():
    """"缺一项资料扣0.5分" over a monthly meeting two months short and a missing 方案: two items short, not three."""
    rule = Deduction("缺一项资料扣0.5分", per_unit=0.5, unit="项", requirements=["r1", "r2"])
    item = Item(id="1", text="", points=6, requirements=[
        Requirement(id="r1", type="count", meeting_type="主题党日", per="month", description="每月开展主题党日"),
        Requirement(id="r2", type="doc", description="有主题党日活动方案")], deductions=[rule])
    months = Finding("r1", "count", False, "3月、7月无主题党日记录", units=2.0, shortfall=2 / 12)
    plan = Finding("r2", "doc", False, "没有找到主题党日活动方案。", units=1.0, shortfall=1.0)
    assert score_item(item, [months, plan]) == (5.0, 1.0)


def test_a_missing_register_rule_charges_only_registers_with_nothing_on_file():
    """"缺一本台账扣1分" over the 支委会 (10 records of 12) and the 党小组会 (none on file): one register missing; the
    支委会 short is the per-meeting rule's to charge, and the register rule says nothing on it."""
    per_book = Deduction("缺一本台账扣1分", per_unit=1.0, unit="本", requirements=["r1", "r2"])
    per_meeting = Deduction("“三会一课”每少1次扣0.5分，最高扣4分", per_unit=0.5, unit="次", cap=4.0,
                            requirements=["r1", "r2"])
    item = Item(id="4", text="", points=10, requirements=[
        Requirement(id="r1", type="count", meeting_type="支部委员会", per="year", min=12, description="支委会"),
        Requirement(id="r2", type="count", meeting_type="党小组会", per="month", description="党小组会")],
        deductions=[per_book, per_meeting])
    short = Finding("r1", "count", False, "少2次", evidence=["a.docx"], units=2.0, shortfall=2 / 12)
    none = Finding("r2", "count", False, "12个月无记录", units=12.0, shortfall=1.0)
    assert score_item(item, [short, none]) == (5.0, 5.0)  # 1 register + 4 (capped) for the meetings
    assert "缺一本台账" not in short.detail and "缺一本台账扣1分”扣1分" in none.detail


def test_a_rule_on_fabricated_records_is_the_inspectors_judgement():
    """"台账突击补做、弄虚作假的，本项不得分", "出现补记、代签的": what the inspectors find in the papers, not a paper
    missing; the rule follows a judgement and never charges a missing record the whole item."""
    found = infer_item("台账总目录。", "无台账总目录的扣1分；台账突击补做、弄虚作假的，本项不得分。", 6)
    rule = next(d for d in found.deductions if "弄虚作假" in d.text)
    [judged] = [r for r in found.requirements if r.id in rule.requirement_ids()]
    assert judged.type == "judgement"


def test_deductions_printed_as_subtractions_from_a_base_score():
    """"基础分6分。集中学习每少1次减0.3分；学时不足的，每人减0.1分，最高减1分": 减 is 扣, and the rule is quoted as
    printed; "人数减少一半的扣2分" is no subtraction."""
    from archive.rubric.deductions import parse_deductions

    rules = parse_deductions("基础分6分。集中学习每少1次减0.3分；学时不足的，每人减0.1分，最高减1分。")
    assert [(d.text, d.per_unit, d.unit, d.cap) for d in rules] == [
        ("集中学习每少1次减0.3分", 0.3, "次", None), ("学时不足的，每人减0.1分，最高减1分", 0.1, "人", 1.0)]
    assert [(d.points, d.per_unit) for d in parse_deductions("人数减少一半的扣2分")] == [(2.0, None)]
    found = infer_item("每月组织一次党员集中学习；每季度开展一次专题研讨。", "集中学习每少1次减0.3分；专题研讨每少1次减0.5分。")
    byid = {r.id: r for r in found.requirements}
    assert [byid[d.requirement].source for d in found.deductions] == ["每月组织一次党员集中学习", "每季度开展一次专题研讨"]


def test_a_rule_naming_its_requirement_in_other_words_follows_it():
    """"研究业务工作每少1次扣0.5分" beside "支部委员会每季度至少研究1次民政业务工作" and a count of 志愿服务: the rule
    shares 研究 and 业务工作 with the first only; "台账不健全的扣1分" shares one pair by chance and follows none."""
    found = infer_item("支部委员会每季度至少研究1次民政业务工作；每季度到养老机构开展志愿服务不少于1次。",
                       "研究业务工作每少1次扣0.5分；志愿服务每少1次扣0.5分。")
    byid = {r.id: r for r in found.requirements}
    assert [byid[i].type + ":" + (byid[i].meeting_type or "") for i in found.deductions[0].requirement_ids()] == \
        ["count:支部委员会"]


def test_a_registers_schedule_and_the_things_each_activity_has():
    """"《党课记录》（每季度1次，书记每年讲党课不少于1次）": the first part of the note is the 党课's; "（每月5日固定开展，
    每次有主题、有签到、有照片）" is monthly, and "有主题" is no paper nor part of the next ("主题签到"); "活动做到“有主题、
    有方案”" asks for the activity's 方案; "党员组织关系转接登记簿" is a paper's name, not a sentence."""
    found = infer_item("《党课记录》（每季度1次，村党组织书记每年讲党课不少于1次，附讲稿）；会议签到表。")
    assert ("党课", "quarter") in [(r.meeting_type, r.per) for r in found.checkable if r.type == "count"]
    found = infer_item("《主题党日活动记录》（每月5日固定开展，每次有主题、有签到、有照片）。")
    assert [(r.meeting_type, r.per) for r in found.checkable if r.type == "count"] == [("主题党日", "month")]
    assert not [r for r in found.checkable if any("主题签到" in k for k in r.keywords)]
    found = infer_item("每月15日为机关“主题党日”，活动做到“有主题、有方案、有记录、有照片”。")
    assert "有活动方案" in [r.description for r in found.checkable if r.type == "doc"]
    found = infer_item("党员花名册；党员组织关系转接登记簿；流动党员管理台账。")
    assert [r.description for r in found.checkable] == ["有党员花名册", "有党员组织关系转接登记簿", "有流动党员管理台账"]


def test_a_grade_in_a_measure_keeps_its_marks():
    """"述职评议“好”等次比例不低于百分之八十": the grade is printed as the table prints it; other quoted names
    ("“双带头人”比例") read without marks."""
    found = infer_item("支部书记年底向局党组述职，述职评议“好”等次比例不低于百分之八十。")
    assert [r.measure for r in found.checkable if r.type == "rate"] == ["述职评议“好”等次比例"]
    found = infer_item("述职评议“好”和“较好”票合计占比不低于90%。")
    assert [r.measure.count("“") for r in found.checkable if r.type == "rate"] == [2]


def test_whose_service_is_counted_is_named_in_the_description():
    found = infer_item("在职党员到居住地社区报到率达到100%，每人每年参加社区志愿服务不少于4次。")
    assert [r.description for r in found.checkable if r.type == "count"] == ["在职党员每年开展志愿服务不少于4次"]
    found = infer_item("每月开展志愿服务不少于1次。")
    assert [r.description for r in found.checkable] == ["每月开展志愿服务不少于1次"]


def test_a_rule_on_the_organisations_state_is_the_inspectors():
    """"未按期换届的，本项不得分" beside the papers of an election: the term kept is for the inspectors to judge, not a
    missing 请示 to charge the whole item; "交叉任职比例未达到的" follows the rate that asks for it."""
    found = infer_item("换届请示、批复、选举结果报告。", "缺一项扣1分；未按期换届的，本项不得分。", 5)
    rule = next(d for d in found.deductions if "换届" in d.text)
    assert [r.type for r in found.requirements if r.id in rule.requirement_ids()] == ["judgement"]
    found = infer_item("“两委”成员交叉任职比例不低于60%。", "交叉任职比例未达到的扣1分。", 3)
    assert [r.type for r in found.requirements] == ["rate"]


def test_a_review_skipped_before_publishing_leaves_its_record():
    """"信息未经审核发布的，每次扣0.5分", "未经审核对外发布的": the review asked, whatever was published after it."""
    found = infer_item("班组微信群明确专人管理，信息先审后发。", "信息未经审核发布的，每次扣0.5分。")
    assert [(r.keywords, r.source) for r in found.checkable] == [(["审核"], "信息未经审核发布")]
    found = infer_item("对外宣传稿件发布前经审核。", "未经审核对外发布的，每次扣1分。")
    assert [r.keywords for r in found.checkable if r.type == "doc"] == [["审核"]]


def test_score_bands_of_an_average_time_are_the_inspectors_figure():
    """"人均时长8小时以上的得3分，5小时（含）—8小时的得2分": bands in hours, one rule kept as printed and never
    estimated (like 万元 bands), not two fixed losses of 3 and 1 points."""
    from archive.rubric.deductions import parse_deductions

    [rule] = parse_deductions("人均时长8小时以上的得3分，5小时（含）—8小时的得2分，5小时以下的不得分。")
    assert (rule.unit, rule.amount_bands) == ("小时", True)
    assert [(b.low, b.high, b.score) for b in rule.bands] == [(8.0, None, 3.0), (5.0, 8.0, 2.0), (0.0, 5.0, 0.0)]


def test_two_measures_listed_under_one_bar_are_two_rates():
    found = infer_item("教职工对支部工作的满意度、学生对党员教师的满意度均达到百分之九十。")
    assert [(r.measure, r.threshold) for r in found.checkable] == [("教职工对支部工作的满意度", 0.9),
                                                                  ("学生对党员教师的满意度", 0.9)]


def test_points_per_occasion_and_scores_by_grade():
    """"书记例会每召开1次得0.25分，最高得3分": each occasion missing loses 0.25, at most 3; "好的得2分，较好的得1.5分，
    一般的得1分，差的不得分": the inspectors grade, one discretionary rule (not losses of 2, 0.5 and 1)."""
    from archive.rubric.deductions import parse_deductions

    rules = parse_deductions("书记例会每召开1次得0.25分，最高得3分；参会率每低5个百分点扣0.5分，最高扣2分。", 5)
    assert sorted((d.text, d.per_unit, d.unit, d.cap) for d in rules) == [
        ("书记例会每召开1次得0.25分，最高得3分", 0.25, "次", 3.0), ("参会率每低5个百分点扣0.5分，最高扣2分", 0.5, "百分点", 2.0)]
    [graded] = parse_deductions("好的得2分，较好的得1.5分，一般的得1分，差的不得分。", 2)
    assert (graded.discretionary, graded.points, graded.per_unit) == (True, None, None)


def test_what_covers_all_and_a_survey_share_read_whole():
    """"关键工序实现党员示范岗全覆盖": the 党员示范岗 cover all (not "序实现党员示范岗"); "“满意”和“基本满意”比例达到
    百分之九十" with "比例90%以上的得5分…" is one 满意度 rate, its source whole."""
    found = infer_item("船坞搭载、分段合拢等关键工序实现党员示范岗全覆盖。")
    assert [r.measure for r in found.checkable] == ["党员示范岗覆盖率"]
    found = infer_item("年底组织党员群众代表开展满意度测评，“满意”和“基本满意”比例达到百分之九十。",
                       "比例90%以上的得5分，85%（含）—90%的得3分，85%以下的不得分。")
    rates = [r for r in found.checkable if r.type == "rate"]
    assert [(r.measure, r.threshold) for r in rates] == [("满意度", 0.9)]
    assert rates[0].source.count("“") == rates[0].source.count("”")


def test_a_named_quarter_is_once_a_year():
    """"每年第一季度核定一次党费交纳基数", "一季度完成廉政风险点排查": which quarter, once a year (not every quarter);
    "每季度召开1次", "季度召开1次" stay quarterly."""
    assert [(r.type, r.per) for r in infer_item("每年第一季度核定一次党费交纳基数。").checkable] == [("count", "year")]
    assert [(r.type, r.per) for r in infer_item("一季度完成廉政风险点排查并制定防控措施。").checkable] == [("count", "year")]
    assert [r.per for r in infer_item("党员大会季度召开1次。").checkable] == ["quarter"]


def test_a_description_keeps_both_marks_of_a_quoted_name():
    found = infer_item("每季度召开1次“党群议事会”，组建“共产党员服务队”。")
    assert all(r.description.count("“") == r.description.count("”") for r in found.requirements)
    assert "每季度至少1次：每季度召开1次“党群议事会”" in [r.description for r in found.requirements]


def test_a_year_end_paper_in_a_list_is_named_by_its_own_words():
    found = infer_item("党员设岗定责名单、年初党员公开承诺书、践诺情况记录、年底评诺结果公示照片。")
    assert [r.description for r in found.requirements if r.type == "window" and r.window == "年终"] == [
        "年终有评诺结果公示照片"]


def test_a_note_in_brackets_after_a_listed_paper_is_no_part_of_the_next():
    found = infer_item("党员设岗定责名单（有劳动能力的党员每人认领1个岗位）、年初党员公开承诺书、践诺情况记录。")
    assert [r.description for r in found.requirements if r.type == "doc"] == ["有党员设岗定责名单", "有践诺情况记录"]
    assert [r.description for r in found.requirements if r.type == "window"] == ["年初签订承诺书"]


def test_how_many_agreements_in_brackets_after_their_name():
    found = infer_item("“大党委”联席会议记录（每季度不少于1次）；共驻共建协议（与驻区单位签订不少于5家）；共建项目清单。")
    assert [(r.kind, r.min) for r in found.requirements if r.type == "doc" and r.kind == "协议"] == [("协议", 5)]


def test_a_rates_measure_opens_no_bracket_it_does_not_close():
    found = infer_item("述职评议测评表（好和较好比例不低于85%）、居民满意度测评表。")
    assert [r.measure for r in found.requirements if r.type == "rate"] == ["述职评议测评表好和较好比例"]


def test_a_rule_on_the_years_plan_follows_the_plan_not_every_window():
    found = infer_item("年初制定村党组织年度工作计划；年终形成工作总结，并向党员大会报告党组织全年工作。",
                       "无年度计划的扣1.5分；无年终总结的扣1.5分；未向党员大会报告的扣2分。", 5)
    by_id = {r.id: r.window for r in found.requirements}
    assert [by_id.get(d.requirement) for d in found.deductions[:2]] == ["年初", "年终"]


def test_bands_of_an_amount_are_no_doubt_to_review():
    found = infer_item("发展壮大村级集体经济；年内开展一次集体资产资源清查，清查结果向村民公示。",
                       "未开展清查的扣1分；清查结果未公示的扣1分；年经营性收入30万元以上的得6分，10万元（含）—30万元的得3分，"
                       "10万元以下的不得分。", 8)
    assert any(d.amount_bands for d in found.deductions)
    assert not any("万元" in u for u in found.unsure)


def test_open_bands_for_part_of_an_item_score_only_their_share():
    """"95%以上的得2分，90%（含）—95%的得1分，90%以下的不得分" in an item of 5 whose other rules price the rest: no
    figure read costs the bands' 2 points, not the item's 5."""
    bands = [ScoreBand(0.95, None, 2.0), ScoreBand(0.9, 0.95, 1.0), ScoreBand(0.0, 0.9, 0.0)]
    rule = Deduction("95%以上的得2分，90%（含）—95%的得1分，90%以下的不得分", bands=bands, requirement="r1")
    assert score_item(_item(5, [rule]), [_unmet(None)]) == (3.0, 2.0)
    assert score_item(_item(5, [rule]), [_unmet(0.92)]) == (4.0, 1.0)
    structure = infer_item("班子成员中35周岁以下的不少于1名，储备后备力量不少于2名，每半年考察一次。",
                           "班子结构每缺一项扣0.5分；后备力量每少1名扣0.5分；考察每少1次扣0.3分。", 6)
    assert {r.id: r.type for r in structure.requirements}[structure.deductions[0].requirement] == "roster"


@pytest.mark.parametrize(("name", "text", "expected"), [
    ("《支部委员会会议记录》", "每月召开1次，研究支部重要事项。", ("支部委员会", "month")),
    ("《主题党日活动记录》", "每月固定在10日前后开展，活动有方案、有签到。", ("主题党日", "month")),
    ("《党课记录》（附讲稿、签到表）", "每季度1次，书记每年讲党课不少于1次。", ("党课", "quarter")),
])
def test_words_opening_on_how_often_are_about_the_meeting_their_record_names(name, text, expected):
    counts = [r for r in infer_item(text, "每少1次扣0.3分。", name=name).requirements if r.type == "count"]
    assert (counts[0].meeting_type, counts[0].per, counts[0].min) == (*expected, 1)
    assert not [r for r in infer_item(text, "每少1次扣0.3分。").requirements if r.per == expected[1]]


def test_a_registers_name_gives_no_subject_to_words_about_its_upkeep():
    [count] = [r for r in infer_item("每年1月底前更新一次。", "未更新的扣0.5分。", name="《党员花名册》").requirements
               if r.type == "count"]
    assert count.meeting_type is None and count.keywords[0] == "更新"


def test_the_papers_each_member_writes_for_the_meeting_are_asked_by_their_own_name():
    reqs = infer_item("每年召开一次组织生活会，班子成员和党员撰写对照检查材料，开展批评和自我批评。",
                      "未召开的扣2分；缺对照检查材料的，每人扣0.2分。").requirements
    [paper] = [r for r in reqs if r.type == "doc"]
    assert (paper.keywords, paper.description) == (["对照检查材料"], "有对照检查材料")
    [rule] = [d for d in infer_item("会前撰写发言提纲。", "无发言提纲的扣0.5分。").deductions]
    assert rule.points == 0.5 and rule.requirement_ids() != []


def test_members_of_a_committee_are_no_meeting_of_it():
    reqs = infer_item("每年召开一次组织生活会，支委会成员和党员撰写对照检查材料。", "").requirements
    assert [(r.type, r.meeting_type) for r in reqs if r.type == "count"] == [("count", "组织生活会")]


def test_a_survey_form_filled_in_is_the_paper_asked():
    reqs = infer_item("同步开展民主评议党员，填写民主评议测评表，评议结果报街道党工委备案。", "测评表不全的扣0.5分。").requirements
    [form] = [r for r in reqs if r.type == "doc" and "民主评议测评表" in r.keywords]
    assert form.description == "有民主评议测评表"


@pytest.mark.parametrize(("name", "scoring", "keywords", "description"), [
    ("《党员花名册》", "无花名册的扣1分；未更新的扣0.5分。", ["党员花名册", "花名册"], "有党员花名册"),
    ("《党员组织关系转接登记簿》", "无登记簿的扣1分。", ["党员组织关系转接登记簿", "登记簿"], "有党员组织关系转接登记簿"),
])
def test_a_paper_the_scoring_names_by_its_genre_is_the_register_the_checklist_names(name, scoring, keywords,
                                                                                     description):
    reqs = infer_item("每年1月底前更新一次。", scoring, name=name).requirements
    [paper] = [r for r in reqs if r.type == "doc"]
    assert (paper.keywords, paper.description) == (keywords, description)


def test_a_meetings_other_name_in_brackets_is_the_same_meeting():
    reqs = infer_item("支部委员会（党委会）每月召开1次，党员大会每季度召开1次。", "").requirements
    assert [(r.meeting_type, r.per) for r in reqs if r.type == "count"] == [("支部委员会", "month"),
                                                                           ("党员大会", "quarter")]


def test_a_genre_word_in_the_rule_is_the_paper_asked_under_its_fuller_name():
    found = infer_item("党员活动室有标识、有制度、有学习资料。", "活动室标识、制度、资料每缺一项扣0.5分。")
    assert [(r.type, r.keywords) for r in found.requirements] == [("doc", ["制度"]), ("doc", ["学习", "学习资料"])]


def test_a_way_of_deciding_named_after_its_subjects_is_no_posting_of_each():
    reqs = infer_item("村级重大事项、重要项目和大额资金使用严格落实“四议两公开”，各环节有记录。", "").requirements
    assert not [r for r in reqs if r.description.endswith("公开的材料")]


def test_a_compilation_the_rule_names_lacking_is_the_register_named():
    found = infer_item("收录“三会一课”、主题党日、谈心谈话等制度，每年修订一次。", "无制度汇编的扣2分；未修订的扣0.5分。",
                       name="《支部工作制度汇编》")
    [paper] = [r for r in found.requirements if r.type == "doc"]
    assert paper.description == "有支部工作制度汇编"
    assert [d.requirement_ids() for d in found.deductions if d.points == 2] == [[paper.id]]


def test_who_holds_a_post_is_the_inspectors_to_see():
    found = infer_item("委员分工明确并在党员活动室公示；支部书记由处室主要负责人担任。",
                       "委员分工未公示的扣0.5分；支部书记非处室主要负责人担任的扣1分。")
    judgement = next(r.id for r in found.requirements if r.type == "judgement")
    assert [d.requirement_ids() for d in found.deductions if d.points == 1] == [[judgement]]


def test_service_of_the_members_who_reported_is_theirs():
    reqs = infer_item("流动党员纳入管理，每季度联系一次；在职党员到社区报到率达到100%，报到党员每人每年参加社区志愿服务不少于3次。",
                      "").requirements
    [service] = [r for r in reqs if r.meeting_type == "志愿服务"]
    assert (service.description, service.min) == ("在职党员每年开展志愿服务不少于3次", 3)


def test_a_review_taken_after_reporting_is_the_reports_own_hearing():
    reqs = infer_item("支部书记年底向党委述职，接受党员群众评议；年初制定工作计划。", "").requirements
    assert not [r for r in reqs if r.type == "doc" and "评议" in r.keywords]
    assert [r.window for r in reqs if r.type == "window" and "述职" in r.keywords] == ["年终"]


def test_a_theme_given_to_work_or_a_way_of_working_is_no_paper():
    reqs = infer_item("每月开展一次主题党日，结合“八一”建军节、烈士纪念日开展纪念活动；建立党组织与企业管理层沟通协商机制。",
                      "").requirements
    assert [(r.type, r.meeting_type) for r in reqs if r.type != "judgement"] == [("count", "主题党日")]


def test_the_minutes_of_the_meetings_counted_are_no_paper_of_their_own():
    for text in ("支委会每月召开1次，党员大会每季度召开1次；会议记录规范完整。",
                 "使用统一印制的“三会一课”记录本，支委会每月1次、党员大会每季度1次。"):
        reqs = infer_item(text, "").requirements
        assert [r.meeting_type for r in reqs if r.type != "judgement"] == ["支部委员会", "党员大会"], text
    kept = infer_item("支委会每月召开1次；线上会议记录完整。", "").requirements
    assert [r.keywords[0] for r in kept if r.type == "doc"] == ["线上会议记录"]


def test_a_listed_record_of_the_deeds_a_rate_is_worked_out_from_is_its_proof():
    found = infer_item("每月开展一次矛盾纠纷排查，矛盾纠纷化解率达到95%以上；居民满意度不低于90%。", "",
                       evidence=["排查台账", "调解记录", "回访记录", "值班记录"])
    papers = [r.keywords[0] for r in found.requirements if r.type == "doc"]
    assert "调解记录" not in papers and "回访记录" not in papers
    assert "值班记录" in papers


def test_the_rating_of_a_year_end_report_is_no_survey_of_its_own():
    reqs = infer_item("年底向街道党工委述职，接受党员群众代表测评，测评满意度达到90%以上。", "").requirements
    assert sorted(r.type for r in reqs if r.type != "judgement") == ["rate", "window"]
    assert [r.keywords for r in reqs if r.type == "window"] == [["述职报告", "述职"]]
    organised = infer_item("书记年底述职，组织党员和居民代表对书记抓党建工作进行满意度测评。", "").requirements
    assert [r.keywords for r in organised if r.type == "window"][-1] == ["满意度", "测评"]


def test_a_listed_report_a_rate_is_read_from_or_the_rating_of_a_report_is_its_proof():
    found = infer_item("饮用水水源地水质达标率100%。", "", evidence=["水质监测报告", "巡护台账"])
    assert [r.keywords[0] for r in found.requirements if r.type == "doc"] == ["巡护台账"]
    found = infer_item("书记年底向党工委述职。", "", evidence=["述职报告", "评议结果"])
    assert [r.type for r in found.requirements if r.type != "judgement"] == ["window"]


def test_a_listed_tally_or_statement_of_the_figures_a_target_is_read_from_is_its_proof():
    found = infer_item("村集体经济年经营性收入达到10万元以上。", "", evidence=["村级财务报表", "合作社章程"])
    assert [r.keywords[0] for r in found.requirements if r.type == "doc"] == ["合作社章程"]
    found = infer_item("热线工单按时办结率达到95%以上。", "", evidence=["工单统计表"])
    assert [r.type for r in found.requirements if r.type != "judgement"] == ["rate"]
    found = infer_item("书记年底向党工委述职。", "", evidence=["测评表"])
    assert [r.type for r in found.requirements if r.type != "judgement"] == ["window"]
    kept = infer_item("每年开展一次民主评议党员。", "", evidence=["评议结果汇总表"])
    assert [r.keywords[0] for r in kept.requirements if r.type == "doc"] == ["评议结果汇总表"]


def test_the_rules_a_place_must_have_are_a_paper_and_the_place_stays_the_inspectors():
    found = infer_item("党员活动室做到有场所、有标识、有党旗、有制度、有书报。", "")
    assert [(r.type, r.kind) for r in found.requirements] == [("doc", "制度"), ("judgement", None)]
    on_the_wall = infer_item("活动场所做到有标识、有党旗、有制度上墙、有书报资料。", "")
    assert [r.type for r in on_the_wall.requirements] == ["judgement"]


def test_bands_of_things_done_or_of_a_tests_marks_are_kept_in_their_unit():
    from archive.rubric.deductions import parse_deductions

    [done] = parse_deductions("史料征集20件以上的得1.5分；10件（含）—20件的得1分；10件以下不得分。", 1.5)
    assert (done.unit, [(b.low, b.high, b.score) for b in done.bands]) == (
        "件", [(20.0, None, 1.5), (10.0, 20.0, 1.0), (0.0, 10.0, 0.0)])
    [marks] = parse_deductions("测试平均成绩90分以上的得1.5分；80（含）—90分的得1分。", 1.5)
    assert (marks.unit, [(b.low, b.high) for b in marks.bands]) == ("分", [(90.0, None), (80.0, 90.0)])
    # (a 满意度 scored out of 100 is no amount: not read as one)
    assert not [d for d in parse_deductions("满意度90分以上的得5分；85（含）—90分的得4分。", 5) if d.unit == "分"]
    [kinds] = parse_deductions("每缺一种名册扣1分。", 3)
    assert (kinds.per_unit, kinds.unit) == (1.0, "种")


def test_once_every_half_month_is_twice_a_month():
    [count] = infer_item("每半月开展一次矛盾纠纷排查。", "").requirements
    assert (count.type, count.per, count.min) == ("count", "month", 2)


def test_the_half_year_summary_the_rule_names_lacking_is_the_one_asked():
    found = infer_item("年初制定工作计划，年中报送半年工作小结，年底形成工作总结。",
                       "无年度计划的扣1分；无半年小结的扣0.5分；无年终总结的扣1分。")
    assert [(r.type, r.kind) for r in found.requirements] == [("window", "计划"), ("doc", "总结"), ("window", "总结")]


def test_a_meeting_named_with_no_period_or_number_is_how_something_is_done():
    for text in ("支部书记参加院系党政联席会议。", "汛前召开支部委员会专题研究防汛工作。", "逢重大节日、重要纪念日必开展主题党日活动。"):
        assert not [r for r in infer_item(text, "").requirements if r.type == "count"], text
    [lesson] = [r for r in infer_item("支部书记每年讲党课不少于1次。", "").requirements if r.type == "count"]
    assert lesson.meeting_type == "党课"
    assert [r.type for r in infer_item("书记讲党课。", "书记未讲党课的扣2分。").requirements if r.type == "count"] == ["count"]


def test_the_records_of_three_meetings_listed_with_others_ask_no_counts():
    reqs = infer_item("“三会一课”、主题党日等活动记录及时规范。", "").requirements
    assert not [r for r in reqs if r.type == "count"]
    held = infer_item("规范落实“三会一课”，按时召开并有记录。", "").requirements
    assert len([r for r in held if r.type == "count"]) == 4


def test_a_state_kept_free_of_something_asks_nothing_to_show():
    for text in ("党员不信仰宗教、不参与封建迷信活动；村内不发生非法宗教活动。", "全年不发生非法宗教活动和负面舆情。"):
        assert [r.type for r in infer_item(text, "").requirements] == ["judgement"], text
    assert [r.type for r in infer_item("对无故连续2次不参加的党员有谈话提醒记录。", "").requirements] == ["doc"]


def test_the_year_end_review_of_pledges_is_a_year_end_record():
    reqs = infer_item("党员年初公开承诺，年底践诺评诺。", "").requirements
    assert [(r.type, r.window, r.keywords[0]) for r in reqs] == [("window", "年初", "承诺"), ("window", "年终", "践诺")]
    assert reqs[1].description == "年终有践诺评诺的材料"


def test_a_year_end_survey_named_after_who_runs_it_and_who_answers_is_a_year_end_record():
    reqs = infer_item("年底由街道党工委组织居民代表、驻区单位对社区党组织工作开展满意度测评，满意率不低于百分之九十。",
                      "").requirements
    assert sorted((r.type, r.window or "") for r in reqs if r.type != "judgement") == [("rate", ""), ("window", "年终")]


def test_two_rates_held_to_one_bar_are_each_held_to_it():
    reqs = infer_item("网格事件上报及时率、办结率均达到百分之九十五以上。", "").requirements
    assert [(r.type, r.measure, r.threshold) for r in reqs] == [
        ("rate", "网格事件上报及时率", 0.95), ("rate", "办结率", 0.95)]


def test_a_register_or_list_lacking_is_no_count_of_people_and_a_state_inside_is_no_paper():
    from archive.rubric.deductions import parse_deductions

    [rule] = parse_deductions("缺党员花名册的扣1.5分。", 3)
    assert (rule.points, rule.per_unit, rule.unit) == (1.5, None, None)
    [rule] = parse_deductions("发展党员每少一名扣1分。", 3)
    assert (rule.per_unit, rule.unit) == (1.0, "名")
    assert [r.type for r in infer_item("村内无非法宗教活动和封建迷信活动。", "").requirements] == ["judgement"]
    reqs = infer_item("支部工作手册按月记录，“三会一课”等记录及时规范。", "").requirements
    assert not [r for r in reqs if r.meeting_type]


def test_each_occasions_record_of_a_counted_meeting_is_the_counts_record():
    reqs = infer_item("每月20日开展主题党日活动，每次活动有方案、有签到、有记录、有照片。", "").requirements
    assert [(r.type, r.kind) for r in reqs] == [("count", None), ("doc", "计划"), ("doc", "签到表"), ("photo", "照片")]
    assert reqs[1].keywords[0] == "活动方案"


def test_a_deeds_record_and_the_paper_named_for_it_are_one_paper():
    found = infer_item("每年召开一次组织生活会，会前征求意见、开展谈心谈话，班子成员撰写对照检查材料；征求意见表、谈心谈话记录、"
                       "对照检查材料、会议记录齐全。", "")
    assert [r.keywords[0] for r in found.requirements if r.type == "doc"] == ["征求意见表", "谈心谈话记录", "对照检查材料"]


def test_a_file_kept_for_each_person_is_a_paper():
    [paper] = [r for r in infer_item("发展党员材料实行“一人一档”。", "").requirements if r.type == "doc"]
    assert paper.keywords == ["发展党员档案", "一人一档", "档案"]
    reserve = infer_item("储备村级后备力量不少于2名，一人一档。", "").requirements
    assert [r.keywords[0] for r in reserve if r.type == "doc"] == ["村级后备力量", "后备力量档案"]


def test_the_years_meeting_is_counted_once_a_year_by_its_quoted_name():
    [meeting] = [r for r in infer_item("苏木镇召开年度“联述联评联考”工作会议。", "会议没召开的扣2分。").requirements
                 if r.type == "count"]
    assert (meeting.per, meeting.min, meeting.keywords) == ("year", 1, ["联述联评联考工作会议", "联述联评联考"])
    [annual] = [r for r in infer_item("苏木镇成功召开党代会年会。", "").requirements if r.type == "count"]
    assert (annual.per, annual.keywords) == ("year", ["党代会年会", "党代会"])
    # a quoted name before the deed names what the deed is about, not the deed
    [check] = infer_item("每季度开展1次“三资”清查。", "").requirements
    assert check.keywords == ["三资清查", "清查"]


def test_a_paper_the_scoring_says_someone_has_not_got_is_asked():
    reqs = infer_item("认真落实《大学生村官管理办法》。", "苏木镇没有大学生村官培训计划、没按计划进行培训的扣1分。").requirements
    assert [(r.type, r.keywords) for r in reqs if r.type == "doc"] == [("doc", ["大学生村官培训计划"])]


def test_a_rate_the_scoring_names_shorter_is_described_by_that_name():
    [rate] = [r for r in infer_item("入社农户占全村农户比例达到30%以上。", "入社农户比例每低5个百分点扣0.5分，最高扣1.5分。"
                                    ).requirements if r.type == "rate"]
    assert rate.measure == "入社农户占全村农户比例"  # what the figure is, in full
    assert rate.description == "入社农户比例（入社农户占全村农户比例）不低于30%"
    assert rate.keywords[0] == "入社农户比例"
    # a name that is no short form of the measure, or the measure's own words, changes nothing
    for scoring in ("满意度每低1个百分点扣0.5分。", "党员参会率每低1个百分点扣0.5分。"):
        [rate] = [r for r in infer_item("党员参会率达到90%以上。", scoring).requirements if r.type == "rate"]
        assert rate.description == "党员参会率不低于90%"


def test_projects_decided_at_the_years_start_are_a_year_start_paper():
    reqs = infer_item("实施“康复+特教”党员攻坚项目，年初确定项目，年底形成项目总结。", "").requirements
    assert [(r.type, r.window, r.description) for r in reqs if r.window == "年初"] == [
        ("window", "年初", "年初确定康复特教党员攻坚项目")]
    [start] = [r for r in infer_item("年初确定“党建+生产经营”融合项目不少于1个。", "").requirements if r.type != "judgement"]
    assert (start.type, start.window, start.description) == ("window", "年初", "年初确定党建+生产经营融合项目")
    reqs = infer_item("每年为民办实事不少于3件，年初公布实事项目，年底公布完成情况。", "").requirements
    assert [r.description for r in reqs if r.window == "年初"] == ["年初公布实事项目"]


def test_an_agreement_is_signed_with_as_many_partners_as_its_sentence_counts():
    def agreements(text: str) -> list[tuple[int, str]]:
        return [(r.min, r.description) for r in infer_item(text, "").requirements if r.kind == "协议"]

    assert agreements("与不少于3家企业或基层调解组织党组织结对共建，签订共建协议；每半年开展一次共建活动。") == [
        (3, "有共建协议（不少于3家）")]
    assert agreements("开展结对共建不少于2家，签订共建协议。") == [(2, "有共建协议（不少于2家）")]
    # projects carried out together are no partners
    assert agreements("与驻区单位签订共建协议，年内共建项目不少于2个。") == [(1, "有共建协议")]


def test_what_the_inspectors_consult_before_a_colon_is_no_paper_asked():
    reqs = infer_item("每月召开支委会。", "查阅会议记录：每少1次扣0.5分。").requirements
    assert [r.type for r in reqs] == ["count"]
    from archive.rubric.deductions import parse_deductions

    [rule] = parse_deductions("示范田每少1块扣1分。", 3)
    assert (rule.points, rule.per_unit, rule.unit) == (None, 1.0, "块")


def test_an_amount_lost_per_ten_thousand_yuan_is_per_unit():
    from archive.rubric.deductions import parse_deductions

    [rule] = parse_deductions("新增村级债务的，每万元扣0.2分，最高扣2分。", 3)
    assert (rule.points, rule.per_unit, rule.unit, rule.cap) == (None, 0.2, "万元", 2.0)
    [rule] = parse_deductions("消费帮扶金额每少50万元扣0.2分，最高扣1分。", 3)
    assert (rule.per_unit, rule.unit, rule.step) == (0.2, "万元", 50.0)


def test_papers_the_inspectors_consult_are_the_evidence_list_not_conditions():
    found = infer_item("建立村级后备力量库，储备35周岁以下后备力量不少于2名，每半年至少交流一次。",
                       "查阅后备力量名册、培养记录。后备力量每少1名扣1分；培养交流每少1次扣0.5分。")
    assert [(r.type, r.keywords[:1]) for r in found.requirements if r.type != "judgement"] == [
        ("roster", []), ("count", ["交流"]), ("doc", ["培养记录"])]
    assert not any("查阅" in k for r in found.requirements for k in r.keywords)
    assert len(found.deductions) == 2


def test_an_item_checked_over_a_quarter_counts_in_that_quarter():
    reqs = infer_item("本季度组织党员集中学习不少于3次；社区“两委”班子开展专题学习研讨不少于1次；全年召开组织生活会1次。",
                      "").requirements
    assert sorted((r.per, r.min, r.description) for r in reqs if r.type == "count") == [
        ("quarter", 1, "每季度专题学习研讨不少于1次"), ("quarter", 3, "每季度党员集中学习不少于3次"),
        ("year", 1, "每年召开组织生活会不少于1次")]
    # a festival's deed falls in one quarter of the year: once a year
    reqs = infer_item("本季度走访慰问困难党员不少于1次；“七一”前后走访慰问老党员。", "").requirements
    assert sorted(r.per for r in reqs if r.type == "count") == ["quarter", "year"]


def test_the_close_of_a_band_list_in_words_is_part_of_the_bands():
    from archive.rubric.deductions import parse_deductions

    [bands] = parse_deductions("较上年同期增长10%以上的得6分，增长5%（含）—10%的得4分，增长5%以下的得2分，未增长的不得分。", 6)
    assert [(b.low, b.high, b.score) for b in bands.bands] == [(0.1, None, 6.0), (0.05, 0.1, 4.0), (0.0, 0.05, 2.0)]


def test_a_deed_done_at_each_time_listed_is_counted_once_for_each():
    def counts(text: str) -> list[tuple[int, list[str]]]:
        return [(r.min, r.keywords) for r in infer_item(text, "").requirements if r.type == "count"]

    assert counts("每年汛前、冬季前开展应急演练各1次。") == [(2, ["应急演练", "演练"])]
    assert counts("高温、严寒季节分别开展“送清凉”“送温暖”活动各1次。") == [(2, ["送清凉", "送温暖"])]
    # kinds of a deed listed are no times, and a number printed before stays the count
    assert [n for n, _kw in counts("每年组织防汛、森林防火应急演练各一次。")] == [1]
    assert [n for n, _kw in counts("推优工作每年集中开展2次：春季、秋季学期各1次。")] == [2]


def test_the_list_of_posts_asked_is_how_the_posts_are_shown():
    found = infer_item("设立党员先锋岗不少于3个。", "先锋岗每少1个扣1分。", evidence=["先锋岗名单"])
    [posts] = [r for r in found.requirements if r.type == "doc"]
    assert (posts.min, posts.keywords) == (3, ["党员先锋岗", "先锋岗名单", "名单"])
    # a list with no post asked beside it stays a paper
    [alone] = [r for r in infer_item("发挥党员作用。", "", evidence=["先锋岗名单"]).requirements if r.type == "doc"]
    assert alone.keywords[0] == "先锋岗名单"


def test_a_pledge_signed_with_the_years_agreement_is_a_year_start_paper():
    reqs = infer_item("年初签订党风廉政建设责任书和廉洁办案承诺书。", "").requirements
    assert [(r.window, r.description) for r in reqs if r.type == "window"] == [
        ("年初", "年初签订责任书"), ("年初", "年初签订廉洁办案承诺书")]


def test_a_rule_in_the_unit_a_requirement_counts_follows_it():
    found = infer_item("与不少于3家企业党组织结对共建，签订共建协议；年内培训基层调解员不少于100人次。",
                       "共建单位每少1家扣0.5分；培训每少10人次扣0.2分，最高扣1.5分。")
    said = {r.id: r.description for r in found.requirements}
    assert [[said[i] for i in d.requirement_ids()] for d in found.deductions] == [
        ["有共建协议（不少于3家）"], ["每年培训基层调解员不少于100人次"]]
    assert not any(r.type == "judgement" for r in found.requirements)
