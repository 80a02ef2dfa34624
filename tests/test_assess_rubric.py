"""Rubric model extensions the assessment needs: roles in roster conditions, summed durations, one deduction naming
several requirements, 酌情扣分 — with the loader's precise errors — and the bundled rubrics that use them."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from archive.assess.engine import assess_pool
from archive.assess.records import Pool, Record
from archive.errors import RubricError
from archive.rubric import load_rubric
from archive.rubric.loader import dump_rubric_yaml, rubric_from_data

BASE = {"id": "t", "title": "测试", "source": "手工", "kind": "points", "total": 2,
        "categories": [{"name": "甲", "points": 2, "items": [{"id": "1", "text": "项", "points": 2, "requirements": []}]}]}


def with_item(requirements, deductions=None) -> dict:
    data = copy.deepcopy(BASE)
    item = data["categories"][0]["items"][0]
    item["requirements"] = requirements
    if deductions is not None:
        item["deductions"] = deductions
    return data


def problems(data) -> list[str]:
    with pytest.raises(RubricError) as exc:
        rubric_from_data(data, "t.yaml")
    return exc.value.problems


def test_roster_condition_role_and_unknown_keys():
    ok = with_item([{"type": "roster", "description": "书记大专", "conditions": [
        {"field": "education", "op": ">=", "value": "大专", "role": "书记"}]}])
    rubric = rubric_from_data(ok, "t.yaml")
    assert rubric.item("1").requirements[0].conditions[0].role == "书记"
    bad = with_item([{"type": "roster", "description": "x", "conditions": [
        {"field": "age", "op": "<", "value": 40, "post": "书记"}]}])
    assert problems(bad) == ["第1类「甲」 第1项（序号 1） requirements 第1条 conditions 第1条：未知字段「post」"
                             "（可用字段：field、min、op、role、value）"]
    misplaced = with_item([{"type": "doc", "description": "x", "conditions": [{"field": "age"}]}])
    assert problems(misplaced) == ["第1类「甲」 第1项（序号 1） requirements 第1条：只有 roster 类要求可以写 conditions"]


def test_duration_needs_amount_and_unit():
    assert problems(with_item([{"type": "duration", "description": "累计7天", "amount": 7}])) == [
        "第1类「甲」 第1项（序号 1） requirements 第1条：duration 类要求须写明 amount（累计总量）和 unit（天、小时 或 学时）"]
    assert "字段「unit」的值「周」无效" in problems(with_item([{"type": "duration", "description": "x", "amount": 1,
                                                          "unit": "周"}]))[0]


def test_duration_alternative_measure_needs_both_fields():
    ok = with_item([{"type": "duration", "description": "不少于5天或40学时", "amount": 5, "unit": "天",
                     "alt_amount": 40, "alt_unit": "学时"}])
    req = rubric_from_data(ok, "t.yaml").item("1").requirements[0]
    assert (req.amount, req.unit, req.alt_amount, req.alt_unit) == (5, "天", 40, "学时")
    assert problems(with_item([{"type": "duration", "description": "x", "amount": 5, "unit": "天",
                                "alt_amount": 40}])) == [
        "第1类「甲」 第1项（序号 1） requirements 第1条：另一种计量须同时写明 alt_amount 和 alt_unit"
        "（如“5天或40学时”写 alt_amount: 40, alt_unit: 学时）"]


def test_deduction_naming_several_requirements_and_discretionary():
    reqs = [{"id": "r1", "type": "doc", "description": "计划"}, {"id": "r2", "type": "doc", "description": "制度"}]
    rubric = rubric_from_data(with_item(reqs, [{"text": "没计划、没制度的扣1分", "points": 1,
                                                "requirement": ["r1", "r2"]}]), "t.yaml")
    assert rubric.item("1").deductions[0].requirement_ids() == ["r1", "r2"]
    assert rubric_from_data(__import__("yaml").safe_load(dump_rubric_yaml(rubric)), "again.yaml").item("1") \
        .deductions[0].requirement_ids() == ["r1", "r2"]  # a dump loads back the same
    bad = problems(with_item(reqs, [{"text": "x", "points": 1, "requirement": ["r1", "r9"]}]))
    assert bad == ["第1类「甲」 第1项（序号 1） deductions 第1条：字段「requirement」指向不存在的要求「r9」"]
    bad = problems(with_item(reqs, [{"text": "酌情扣分", "discretionary": True, "points": 1}]))
    assert bad == ["第1类「甲」 第1项（序号 1） deductions 第1条：酌情扣分（discretionary: true）不能同时写 points、per_unit 或 bands"]
    bad = problems(with_item(reqs, [{"text": "酌情扣分"}]))
    assert "没有具体分值的“酌情扣分”写 discretionary: true" in bad[0]
    assert "discretionary" not in dump_rubric_yaml(rubric)  # the default is left out of dumps


def test_bundled_rubrics_use_the_extensions():
    seed001 = load_rubric("seed001")
    rules = {d.text: d.requirement_ids() for d in seed001.item("2").deductions}
    assert rules["党员教育没计划、没制度的扣1分"] == ["r1", "r2"]
    assert rules["没召开民主生活会和没开展民主评议党员工作的扣2分"] == ["r7", "r8"]
    seed002 = load_rubric("seed002")
    (dues,) = [d for d in seed002.item("3").deductions if d.discretionary]
    assert dues.requirement_ids() == ["r1"]
    seed003 = load_rubric("seed003")
    (duration,) = [r for r in seed003.item("3").requirements if r.type == "duration"]
    assert (duration.amount, duration.unit) == (7, "天")
    (roster,) = [r for r in seed003.item("1").requirements if r.type == "roster"]
    assert roster.conditions[0].role == "书记"


def _pool(records):
    by_kind, by_meeting = {}, {}
    for r in records:
        by_kind.setdefault(r.kind, []).append(r)
        if r.meeting_type:
            by_meeting.setdefault(r.meeting_type, []).append(r)
    return Pool({r.id: r for r in records}, by_kind, by_meeting, {}, {})


def test_seed001_one_rule_for_two_requirements_deducts_once():
    rubric = load_rubric("seed001")
    plan = Record(1, "计划.docx", "a", "计划", None, dt.date(2014, 1, 5), "day", "党员教育计划", "党员教育计划")
    a = assess_pool(rubric, _pool([plan]), 2014, dt.date(2014, 12, 31))
    item2 = next(it for it in a.items if it.id == "2")
    by_req = {f.requirement: f for f in item2.findings}
    assert by_req["r1"].met is True and by_req["r2"].met is False  # plan but no 制度
    assert "按评分表“党员教育没计划、没制度的扣1分”扣1分" in by_req["r2"].detail
    assert by_req["r7"].met is False and by_req["r8"].met is False
    assert by_req["r7"].deduction + by_req["r8"].deduction == pytest.approx(2)  # one rule, applied once


def test_seed002_discretionary_is_listed_not_estimated():
    rubric = load_rubric("seed002")
    # the rules' own estimate: with nothing filed at all the item scores 0 (查看档案材料), so that rule is set aside here
    a = assess_pool(rubric, _pool([]), 2008, dt.date(2008, 12, 31), settings={"no_evidence_scores_zero": False})
    item3 = next(it for it in a.items if it.id == "3")
    ledger = next(f for f in item3.findings if f.requirement == "r1")
    assert ledger.met is False and ledger.deduction == 0
    assert "由考核组酌情扣分，本估算未扣" in ledger.detail
    assert item3.deduction == pytest.approx(0.4)  # only 4 missing 党建活动 × 0.1
    # 酌情扣分 and the judgement are the inspectors' to decide: at nothing they take their two thirds of the point
    assert item3.to_json()["score_range"] == {"min": 0.0, "max": 0.6}
    assert next(it for it in assess_pool(rubric, _pool([]), 2008, dt.date(2008, 12, 31)).items
                if it.id == "3").score == 0


def test_seed004_tiers():
    rubric = load_rubric("seed004")
    recs = [Record(i, f"制度{i}.docx", str(i), "制度", None, dt.date(2010, 3, 1), "day", "工作制度", "社区党组织工作制度 工作职责")
            for i in range(1, 2)]
    a = assess_pool(rubric, _pool(recs), 2010, dt.date(2010, 12, 31))
    data = a.to_json()
    assert [t["name"] for t in data["tiers"]] == ["一星", "二星", "三星", "四星", "五星"]
    one = data["tiers"][0]
    assert one["met"] is False
    assert any(b.startswith("1.2 ") for b in one["blocked_by"])
    assert data["tier_result"] == {"achieved": None, "next": "一星", "blocked_by": one["blocked_by"]}
    assert data["items"][0]["id"] == "1.1" and data["items"][0]["status"] == "review"
    assert [v["id"] for v in data["tiers"][3]["vetoes"]] == ["4.v1", "4.v2", "4.v3"]
