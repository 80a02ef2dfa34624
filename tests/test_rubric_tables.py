"""The rubric inference test set (tests/rubric_tables): the tables import as printed, the labels cover exactly the
imported items, and the scorer counts what its docstring says. Inference quality itself is measured by
benchmarks/rubric_inference.py, not asserted here."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rubric_tables.score import (
    Result,
    check_labels,
    deduction_matches,
    evaluate,
    load_labels,
    pool,
    requirement_matches,
)
from rubric_tables.tables import HELDOUT, HELDOUTS, TABLES, TUNING, build_table, table

from archive.rubric.importer import ImportFailed, import_rubric
from archive.rubric.model import (
    PERIODS,
    WINDOWS,
    Category,
    Deduction,
    Item,
    Requirement,
    RosterCondition,
    Rubric,
    ScoreBand,
)
from archive.vocab import EVIDENCE_KINDS, MEETING_TYPES, REQUIREMENT_TYPES

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def imported(tmp_path_factory) -> dict[str, Rubric]:
    folder = tmp_path_factory.mktemp("rubric-tables")
    out = _Imported()
    for name in TABLES:
        try:
            out[name] = import_rubric(build_table(name, folder))
        except ImportFailed as exc:  # fails that table's tests, not every table's
            out.failed[name] = exc
    return out


class _Imported(dict):
    """The imported tables; a table whose import failed raises its error where a test reads it."""

    def __init__(self) -> None:
        super().__init__()
        self.failed: dict[str, ImportFailed] = {}

    def __getitem__(self, name: str) -> Rubric:
        if name in self.failed:
            raise AssertionError(f"{name} did not import: {self.failed[name]}")
        return super().__getitem__(name)


# ---------------------------------------------------------------------------------------------------------------
# (a) the tables import as printed


def test_tables_one_held_out() -> None:
    assert len(TABLES) >= 4
    assert HELDOUT in HELDOUTS and set(HELDOUTS) <= set(TABLES)
    assert TUNING == [n for n in TABLES if n not in HELDOUTS]
    assert {table(n).fmt for n in TABLES} == {"docx", "xlsx"}
    for name in TABLES:
        assert 10 <= sum(len(s.rows) for s in table(name).sections) <= 25, name


# Layouts real tables use that the importer does not read yet (strict: remove the entry once it does).
IMPORT_GAPS: dict[str, str] = {
}


def _as_printed(name: str):
    if name in IMPORT_GAPS:
        return pytest.param(name, marks=pytest.mark.xfail(strict=True, raises=AssertionError, reason=IMPORT_GAPS[name]))
    return name


def _scored(rubric: Rubric, t) -> Rubric:
    """The rubric without the 加分项 a table prints apart from its scored sections (a small bonus table below it) or
    the 一票否决 cases under its 合计 row: those rows are imported at 0 points, for the inspectors to decide, and not
    part of the table's model."""
    names = {s.name for s in t.sections}
    bonus = [c for c in rubric.categories if (c.bonus or "否决" in c.name) and c.name not in names]
    assert all(it.points == 0 for c in bonus for it in c.items)
    if not bonus:
        return rubric
    return dataclasses.replace(rubric, categories=[c for c in rubric.categories if c not in bonus])


@pytest.mark.parametrize("name", [_as_printed(n) for n in TABLES])
def test_table_imports_as_printed(imported, name: str) -> None:
    t = table(name)
    rubric = _scored(imported[name], t)
    assert [c.name for c in rubric.categories] == [s.name for s in t.sections]
    assert [c.points for c in rubric.categories] == [s.points for s in t.sections]
    assert [len(c.items) for c in rubric.categories] == [len(s.rows) for s in t.sections]
    assert rubric.total == t.total == 100
    rows = [row for s in t.sections for row in s.rows]
    items = rubric.items()
    assert [it.id for it in items] == t.item_ids()
    assert [it.points for it in items] == [row.points for row in rows]
    assert [it.scoring for it in items] == [row.scoring for row in rows]
    for cat, sec in zip(rubric.categories, t.sections, strict=True):
        assert cat.points == sum(it.points for it in cat.items) == sec.points
        assert cat.note == ""  # printed category points agree with the items
    # A table with a time-limit column (目标任务 | 完成时限) is read as "task（time limit）".
    timed = "完成时限" in "".join(getattr(t, "header", []) or []) or name == "shequ_mubiao_guanli"
    expected = [re.sub(r"：(.+)$", r"（\1）", row.text) if timed else row.text for row in rows]
    assert [it.text for it in items] == expected
    assert rubric.title == t.title


# ---------------------------------------------------------------------------------------------------------------
# (b) the labels cover exactly the imported items, in the model's vocabulary


@pytest.mark.parametrize("name", TABLES)
def test_labels_cover_the_imported_items(imported, name: str) -> None:
    labels = load_labels(name)
    assert labels["table"] == name
    assert labels["heldout"] is (name in HELDOUTS)
    assert list(labels["items"]) == [it.id for it in _scored(imported[name], table(name)).items()] == \
        table(name).item_ids()


@pytest.mark.parametrize("name", TABLES)
def test_labels_use_the_model_vocabulary(name: str) -> None:
    for item_id, entry in load_labels(name)["items"].items():
        reqs = entry["requirements"]
        assert reqs, item_id
        assert sum(r["type"] == "judgement" for r in reqs) <= 1, item_id
        for r in reqs:
            assert r["type"] in REQUIREMENT_TYPES, (item_id, r)
            assert r.get("meeting_type") in (None, *MEETING_TYPES), (item_id, r)
            assert r.get("kind") in (None, *EVIDENCE_KINDS), (item_id, r)
            assert r.get("per") in (None, *PERIODS), (item_id, r)
            assert r.get("window") in (None, *WINDOWS), (item_id, r)
            assert r.get("op") in (None, ">", ">="), (item_id, r)
            if r["type"] == "count":
                assert "min" in r and ("per" in r or "years" in r), (item_id, r)
            if r["type"] == "rate":
                assert {"measure", "op", "threshold"} <= set(r) and 0 < r["threshold"] <= 1, (item_id, r)
            if r["type"] == "duration":
                assert r["unit"] in ("天", "小时", "学时") and r["amount"] > 0, (item_id, r)
            for cond in r.get("conditions", []):
                assert cond["field"] in ("age", "education") and cond["op"] in ("<", "<=", ">", ">="), (item_id, r)
        for d in entry["deductions"]:
            assert "unit" not in d or "per_unit" in d, (item_id, d)


def test_labels_reject_unknown_keys() -> None:
    with pytest.raises(ValueError, match="meetingtype"):
        check_labels({"table": "t", "items": {"1": {"requirements": [{"type": "count", "meetingtype": "党课"}]}}})
    with pytest.raises(ValueError, match="per_units"):
        check_labels({"table": "t", "items": {"1": {"requirements": [], "deductions": [{"per_units": 1}]}}})


# ---------------------------------------------------------------------------------------------------------------
# (c) the scorer


def _rubric(*items: Item) -> Rubric:
    return Rubric(id="t", title="t", source="t.docx", kind="points", total=sum(i.points for i in items),
                  categories=[Category(name="类别", points=sum(i.points for i in items), items=list(items))])


def _req(type_: str, **kw) -> Requirement:
    return Requirement(id=kw.pop("id", "r"), type=type_, description=kw.pop("description", ""), **kw)


LABELS = {
    "table": "t",
    "heldout": False,
    "items": {
        "1": {
            "requirements": [
                {"type": "count", "meeting_type": "支部委员会", "per": "month", "min": 1},
                {"type": "count", "meeting_type": "党员大会", "per": "quarter", "min": 1},
                {"type": "rate", "measure": "参会率", "op": ">=", "threshold": 0.9},
                {"type": "judgement"},
            ],
            "deductions": [
                {"per_unit": 0.5, "unit": "次", "cap": 2},
                {"bands": [[0.9, None, 5], [0.8, 0.9, 3]]},
            ],
        },
        "2": {
            "requirements": [
                {"type": "doc", "kind": "制度", "keywords": ["议事规则"]},
                {"type": "roster", "conditions": [{"field": "age", "op": "<", "value": 35},
                                                  {"field": "education", "op": ">=", "value": "大专", "min": 2}]},
                {"type": "count", "years": 2, "min": 1, "keywords": ["发展"]},
            ],
            "deductions": [
                {"points": 2, "points_min": 1},
                {"full": True},
                {"per_unit": 1, "unit": "百分点", "step": 5},
            ],
        },
    },
}


def _perfect() -> Rubric:
    one = Item(id="1", text="三会一课", points=5, requirements=[
        _req("rate", measure="党员参加率", op=">=", threshold=0.9000000001),  # synonym, listed first
        _req("count", meeting_type="党员大会", per="quarter"),
        _req("count", meeting_type="支部委员会", per="month"),
        _req("judgement", description="由考核组判断"),
    ], deductions=[
        Deduction("参会率90%以上得5分，80%—90%得3分，80%以下不得分",
                  bands=[ScoreBand(0.8, 0.9, 3), ScoreBand(0.9, None, 5), ScoreBand(0.0, 0.8, 0)]),
        Deduction("少一次扣0.5分，最高扣2分", per_unit=0.5, unit="次", cap=2),
    ])
    two = Item(id="2", text="班子", points=4, requirements=[
        _req("roster", conditions=[RosterCondition("education", ">=", "大专", min=2), RosterCondition("age", "<", 35)]),
        _req("doc", kind="制度", source="制定“三重一大”事项议事规则"),  # the keyword is found in the source words
        _req("count", years=2, keywords=["发展党员"]),
    ], deductions=[
        Deduction("每低5个百分点扣1分", per_unit=1, unit="百分点", step=5),
        Deduction("扣1-2分", points=2, points_min=1),
        Deduction("不得分", points=4),
    ])
    return _rubric(one, two)


def test_a_prediction_matching_the_labels_scores_one() -> None:
    r = evaluate(_perfect(), LABELS)
    assert r.figures() == {
        "requirement_recall": (6, 6),
        "requirement_precision": (6, 6),
        "judgement_agreement": (2, 2),
        "deduction_recall": (5, 5),
        "deduction_precision": (5, 5),
    }
    assert r.requirement_recall == r.requirement_precision == r.judgement_agreement == 1.0
    assert r.deduction_recall == r.deduction_precision == 1.0
    assert r.misses == [] and r.ids_match


def test_a_wrong_prediction_scores_exactly_lower() -> None:
    one = Item(id="1", text="三会一课", points=5, requirements=[
        _req("count", meeting_type="支部委员会", per="quarter"),  # wrong period
        _req("count", meeting_type="党员大会", per="quarter"),
        _req("rate", measure="满意率", threshold=0.9),  # wrong measure
        _req("photo"),  # not labelled
    ], deductions=[  # no judgement: disagrees with the labels
        Deduction("少一次扣0.5分", per_unit=0.5, unit="次"),  # the cap is missing
        Deduction("bands", bands=[ScoreBand(0.9, 1.0, 5), ScoreBand(0.8, 0.9, 3)]),  # 1.0 top == open top
    ])
    two = Item(id="2", text="班子", points=4, requirements=[
        _req("roster", conditions=[RosterCondition("education", ">=", "大专"), RosterCondition("age", "<", 35)]),
        _req("doc", kind="协议", keywords=["议事规则"]),  # wrong kind
        _req("count", keywords=["发展"]),  # one year, not two
        _req("judgement"),  # not labelled
    ], deductions=[
        Deduction("扣2分", points=2),  # range lost
        Deduction("不得分", points=3),  # not the item's points
        Deduction("每低5个百分点扣1分", per_unit=1, unit="百分点"),  # step lost
    ])
    r = evaluate(_rubric(one, two), LABELS)
    assert r.figures() == {
        "requirement_recall": (1, 6),  # only the 党员大会 count
        "requirement_precision": (1, 7),
        "judgement_agreement": (0, 2),
        "deduction_recall": (1, 5),  # only the bands
        "deduction_precision": (1, 5),
    }
    assert r.requirement_recall == pytest.approx(1 / 6)
    assert r.requirement_precision == pytest.approx(1 / 7)
    sides = sorted((m.item, m.side, m.what) for m in r.misses)
    assert sides.count(("1", "label", "requirement")) == 2
    assert sides.count(("1", "prediction", "requirement")) == 3
    assert sides.count(("2", "label", "requirement")) == 3
    assert sides.count(("2", "prediction", "requirement")) == 3
    assert ("1", "label", "judgement") in sides and ("2", "prediction", "judgement") in sides
    assert sides.count(("1", "label", "deduction")) == 1 and sides.count(("2", "label", "deduction")) == 3
    text = "\n".join(str(m) for m in r.misses)
    assert "t 1 missed requirement: {type: count, meeting_type: 支部委员会, per: month, min: 1}" in text
    assert "t 1 spurious requirement: photo" in text


def test_empty_inference_scores_zero_recall_and_no_precision() -> None:
    bare = _rubric(Item(id="1", text="x", points=5), Item(id="2", text="y", points=4))
    r = evaluate(bare, LABELS)
    assert r.figures()["requirement_recall"] == (0, 6)
    assert r.requirement_precision is None  # nothing predicted
    assert r.figures()["judgement_agreement"] == (1, 2)  # item 2 has no judgement label, nor a prediction
    assert r.deduction_recall == 0.0 and r.deduction_precision is None


def test_matching_is_one_to_one_and_order_free() -> None:
    labels = {"table": "t", "items": {"1": {"requirements": [{"type": "doc"}, {"type": "doc", "kind": "制度"}],
                                            "deductions": [{"points": 1}, {"points": 1}]}}}
    item = Item(id="1", text="x", points=3,
                requirements=[_req("doc", kind="制度"), _req("doc", kind="协议")],
                deductions=[Deduction("扣1分", points=1)])
    r = evaluate(_rubric(item), labels)
    assert r.figures()["requirement_recall"] == (2, 2)  # a greedy pass in label order would find 1
    assert r.figures()["deduction_recall"] == (1, 2)  # one prediction serves one label only
    assert r.figures()["deduction_precision"] == (1, 1)


def test_requirement_rules() -> None:
    count = {"type": "count", "meeting_type": "党课", "per": "year", "min": 2}
    assert requirement_matches(_req("count", meeting_type="党课", per="year", min=2), count)
    assert requirement_matches(_req("count", meeting_type="党课", min=2), count)  # no per: the whole year
    assert not requirement_matches(_req("count", meeting_type="党课", min=2, years=2), count)
    assert not requirement_matches(_req("count", meeting_type="党课", per="year"), count)  # min 1
    assert not requirement_matches(_req("count", meeting_type="党课", per="quarter", min=2), count)
    assert not requirement_matches(_req("doc", meeting_type="党课", per="year", min=2), count)
    # min is compared for doc/photo even when the label leaves it out (1)
    assert not requirement_matches(_req("doc", kind="协议", min=3), {"type": "doc", "kind": "协议"})
    assert requirement_matches(_req("doc", kind="协议", min=3), {"type": "doc", "kind": "协议", "min": 3})
    rate = {"type": "rate", "measure": "满意率", "op": ">", "threshold": 0.9}
    assert requirement_matches(_req("rate", description="群众满意度超过90%", op=">", threshold=0.9), rate)
    assert not requirement_matches(_req("rate", measure="满意度", threshold=0.9), rate)  # op >= by default
    assert not requirement_matches(_req("rate", measure="满意度", op=">", threshold=0.85), rate)
    assert not requirement_matches(_req("rate", measure="知晓率", op=">", threshold=0.9), rate)
    assert requirement_matches(_req("rate", measure="党员到会率"), {"type": "rate", "measure": "出勤率"})
    assert not requirement_matches(_req("rate", measure="参与率"), {"type": "rate", "measure": "参会率"})
    graded = {"type": "rate", "measure": "“好”等次比例"}  # quotation marks are no part of the measure's words
    assert requirement_matches(_req("rate", measure="述职评议好等次比例"), graded)
    assert requirement_matches(_req("rate", measure="述职评议“好”等次比例"), {"type": "rate", "measure": "好等次比例"})
    assert not requirement_matches(_req("rate", measure="述职评议优秀等次比例"), graded)
    kw = {"type": "doc", "keywords": ["述职", "评议"]}
    assert requirement_matches(_req("doc", keywords=["书记述职报告"]), kw)
    assert requirement_matches(_req("doc", description="有民主评议材料"), kw)
    assert not requirement_matches(_req("doc", keywords=["总结"], source="年底有工作总结"), kw)
    dur = {"type": "duration", "amount": 32, "unit": "学时"}
    assert requirement_matches(_req("duration", amount=32.0, unit="学时"), dur)
    assert not requirement_matches(_req("duration", amount=32, unit="小时"), dur)
    win = {"type": "window", "window": "年初", "kind": "计划"}
    assert requirement_matches(_req("window", window="年初", kind="计划", keywords=["工作要点"]), win)
    assert not requirement_matches(_req("window", window="年终", kind="计划"), win)
    roster = {"type": "roster", "conditions": [{"field": "age", "op": "<", "value": 40}]}
    assert requirement_matches(_req("roster", conditions=[RosterCondition("age", "<", 40.0)]), roster)
    assert not requirement_matches(_req("roster", conditions=[RosterCondition("age", "<=", 40)]), roster)
    assert not requirement_matches(_req("roster"), roster)


def test_deduction_rules() -> None:
    assert deduction_matches(Deduction("x", per_unit=0.5, unit="次", cap=2), {"per_unit": 0.5, "unit": "次"}, 4)
    assert not deduction_matches(Deduction("x", per_unit=0.5, unit="人"), {"per_unit": 0.5, "unit": "次"}, 4)
    assert not deduction_matches(Deduction("x", points=0.5), {"per_unit": 0.5, "unit": "家"}, 4)
    assert not deduction_matches(Deduction("x", per_unit=0.5, unit="次"), {"per_unit": 0.5, "unit": "次", "cap": 2}, 4)
    assert deduction_matches(Deduction("x", per_unit=0.2, unit="百分点"), {"per_unit": 0.2, "unit": "百分点", "step": 1}, 4)
    assert not deduction_matches(Deduction("x", per_unit=1, unit="百分点"), {"per_unit": 1, "unit": "百分点", "step": 5}, 4)
    assert deduction_matches(Deduction("酌情扣分", discretionary=True), {"discretionary": True}, 4)
    assert not deduction_matches(Deduction("扣2分", points=2), {"discretionary": True}, 4)
    assert deduction_matches(Deduction("不得分", points=4), {"full": True}, 4)
    assert not deduction_matches(Deduction("不得分", points=4), {"full": True}, 5)
    assert not deduction_matches(Deduction("扣1-2分", points=2), {"points": 2, "points_min": 1}, 4)
    bands = {"bands": [[0.85, 0.9, 2], [0.8, 0.85, 1]]}
    assert deduction_matches(Deduction("b", bands=[ScoreBand(0.8, 0.85, 1), ScoreBand(0.85, 0.9, 2)]), bands, 4)
    assert not deduction_matches(Deduction("b", bands=[ScoreBand(0.85, 0.9, 2)]), bands, 4)
    assert not deduction_matches(Deduction("b", bands=[ScoreBand(0.85, None, 2), ScoreBand(0.8, 0.85, 1)]), bands, 4)


def test_item_ids_that_do_not_match_are_reported() -> None:
    labels = {"table": "t", "items": {"1": LABELS["items"]["1"], "9": {"requirements": [{"type": "photo"}],
                                                                       "deductions": []}}}
    r = evaluate(_perfect(), labels)
    assert r.missing_items == ["t:9"] and r.extra_items == ["t:2"] and not r.ids_match
    assert r.items == 1 and r.figures()["requirement_recall"] == (3, 3)
    assert {(m.item, m.side, m.what) for m in r.misses} == {("9", "label", "item"), ("2", "prediction", "item")}


def test_pooling_adds_counts() -> None:
    a = evaluate(_perfect(), LABELS)
    b = evaluate(_rubric(Item(id="1", text="x", points=5), Item(id="2", text="y", points=4)), LABELS)
    p = pool([a, b])
    assert isinstance(p, Result)
    assert p.figures()["requirement_recall"] == (6, 12)
    assert p.figures()["requirement_precision"] == (6, 6)
    assert p.figures()["judgement_agreement"] == (3, 4)
    assert len(p.misses) == len(a.misses) + len(b.misses)


def test_benchmark_prints_every_figure_and_hides_heldout_misses() -> None:
    """Two tuning tables (--tables; the figures of each table come from the same code) and the held-out ones."""
    chosen, left_out = TUNING[:2], TUNING[2:]
    out = subprocess.run([sys.executable, str(REPO / "benchmarks" / "rubric_inference.py"), "--misses",
                          "--tables", ",".join(chosen)], capture_output=True, text=True, check=True).stdout
    figures = ("requirement_recall", "requirement_precision", "judgement_agreement", "deduction_recall",
               "deduction_precision")
    for name in chosen:
        for f in figures:
            assert any(line.startswith(f"{name} {f} ") for line in out.splitlines()), (name, f)
    assert not any(line.startswith(f"{name} ") for name in left_out for line in out.splitlines())
    for f in figures:
        assert f"\ntuning_pooled {f} " in out and f"\nheldout {f} " in out
        assert f"\nheldout_{HELDOUT} {f} " in out
    misses = out.split("misses (tuning tables):", 1)[1]
    assert not any(f" {name} " in misses for name in HELDOUTS) and "held-out" not in misses
