"""The bundled rubrics transcribed from seeds 000 (百分考核评分表) and 003 (吴中区“六位一体”考评细则)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archive.rubric.loader import bundled_rubric_ids, load_rubric, load_rubric_file, rubric_to_data
from archive.rubric.model import METHODS, Requirement, Rubric
from archive.vocab import EVIDENCE_KINDS, MEETING_TYPES

BUNDLED = Path(__file__).resolve().parents[1] / "archive" / "rubric" / "bundled"
SPINNER_WORDS = ("那么", "效劳", "反响", "根底", "创立", "局部", "工程")


def _reqs(rubric: Rubric, item_id: str, rtype: str) -> list[Requirement]:
    item = rubric.item(item_id)
    assert item is not None, f"item {item_id} missing"
    return [r for r in item.requirements if r.type == rtype]


def _texts(value) -> list[str]:
    """Every string in the rubric's plain-data shape (titles, notes, texts, descriptions, keywords …)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _texts(v)]
    if isinstance(value, list):
        return [s for v in value for s in _texts(v)]
    return []


@pytest.fixture(scope="module")
def seed000() -> Rubric:
    return load_rubric("seed000")


@pytest.fixture(scope="module")
def seed003() -> Rubric:
    return load_rubric("seed003")


@pytest.mark.parametrize("rid", ["seed000", "seed003"])
def test_bundled_and_loadable_by_path(rid):
    assert rid in bundled_rubric_ids()
    rubric = load_rubric_file(BUNDLED / f"{rid}.yaml")
    assert rubric.id == rid
    assert rubric.kind == "points"
    assert "../shared/seeds/" in rubric.source
    assert rubric.notes.strip()


@pytest.mark.parametrize("rid", ["seed000", "seed003"])
def test_structure_is_consistent(rid):
    rubric = load_rubric(rid)
    assert rubric.total == 100
    assert sum(c.points for c in rubric.categories) == 100
    for cat in rubric.categories:
        assert sum(it.points for it in cat.items) == cat.points, cat.name
    for item in rubric.items():
        assert item.method, f"item {item.id} has no method"
        assert set(item.method) <= set(METHODS)
        assert item.requirements, f"item {item.id} has no requirement"
        for req in item.requirements:
            assert req.description.strip()
            assert req.kind is None or req.kind in EVIDENCE_KINDS
            assert req.meeting_type is None or req.meeting_type in MEETING_TYPES


@pytest.mark.parametrize("rid", ["seed000", "seed003"])
def test_no_spinner_words_remain(rid):
    rubric = load_rubric(rid)
    data = rubric_to_data(rubric)
    data.pop("source", None)  # the seed file's own title is quoted as printed
    for text in _texts(data):
        for word in SPINNER_WORDS:
            assert word not in text, f"{rid}: spinner word {word!r} in {text!r}"


def test_seed000_categories_and_ids(seed000):
    assert seed000.title == "XX区社区党组织党建工作百分考核评分表"
    assert [(c.name, c.points) for c in seed000.categories] == [
        ("领导班子好", 20), ("党员干部队伍好", 20), ("工作机制好", 20), ("工作业绩好", 20), ("群众反映好", 20),
    ]
    assert [it.id for it in seed000.items()] == [str(i) for i in range(1, 34)]
    assert [len(c.items) for c in seed000.categories] == [7, 7, 6, 6, 7]


def test_seed000_item_points(seed000):
    points = {it.id: it.points for it in seed000.items()}
    assert points["1"] == 4
    assert points["3"] == 3
    assert points["5"] == 2
    assert points["6"] == 2
    assert points["10"] == 2
    assert points["15"] == 4
    assert points["20"] == 4
    assert points["21"] == 4
    assert points["23"] == 4
    assert points["29"] == 2
    assert points["33"] == 3


def test_seed000_corrected_wording(seed000):
    assert "发展1名新党员" in seed000.item("22").text
    assert "实事项目" in seed000.item("28").text
    assert "部分待业" in seed000.item("31").text
    assert "创建活动" in seed000.item("25").text
    assert "双向反馈" in seed000.item("11").text
    assert "党员服务中心" in seed000.item("19").text
    assert "议事规则" in seed000.item("2").text
    assert "年初有计划" in seed000.item("15").text
    assert "“三会一课”" in seed000.item("8").text


def test_seed000_rate_requirements(seed000):
    (r8,) = _reqs(seed000, "8", "rate")
    assert r8.measure == "三会一课参加率"
    assert r8.op == ">"
    assert r8.threshold == pytest.approx(0.7)
    assert any(r.kind == "花名册" for r in _reqs(seed000, "8", "doc"))
    for item_id in ("3", "33"):
        (rate,) = _reqs(seed000, item_id, "rate")
        assert rate.op == ">"
        assert rate.threshold == pytest.approx(0.9)
    (r13,) = _reqs(seed000, "13", "rate")
    assert (r13.op, r13.threshold) == (">", pytest.approx(0.5))
    assert _reqs(seed000, "13", "count")[0].meeting_type == "志愿服务"


def test_seed000_count_requirements(seed000):
    (r16,) = _reqs(seed000, "16", "count")
    assert (r16.meeting_type, r16.min, r16.per) == ("共建活动", 4, "year")
    assert any(r.kind == "协议" for r in _reqs(seed000, "16", "doc"))
    (r18,) = _reqs(seed000, "18", "count")
    assert (r18.meeting_type, r18.min, r18.per) == ("联席会议", 4, "year")
    assert any(r.kind == "制度" for r in _reqs(seed000, "18", "doc"))
    (r22,) = _reqs(seed000, "22", "count")
    assert r22.years == 2
    assert r22.min == 1
    assert "发展党员" in r22.keywords
    (r28,) = _reqs(seed000, "28", "count")
    assert (r28.min, r28.per) == (5, "year")


def test_seed000_other_requirements(seed000):
    (ledger,) = _reqs(seed000, "14", "ledger")
    assert ledger.kind == "党费台帐"
    windows = {r.window: r.kind for r in _reqs(seed000, "15", "window")}
    assert windows == {"年初": "计划", "年终": "总结"}
    assert [r.window for r in _reqs(seed000, "11", "window")] == ["年终"]
    (roster,) = _reqs(seed000, "5", "roster")
    conds = {(c.field, c.op, c.value, c.min) for c in roster.conditions}
    assert conds == {("age", "<", 40, 1), ("education", ">=", "大专", 1)}
    assert _reqs(seed000, "20", "photo")
    assert "实地查验" in seed000.item("20").method
    assert "问卷调查" in seed000.item("33").method
    assert all(r.kind == "制度" for r in _reqs(seed000, "2", "doc"))
    assert any("公示" in r.keywords for r in _reqs(seed000, "27", "doc"))
    # items whose text holds nothing checkable are left to a person
    for item_id in ("1", "4", "7", "12", "23", "24", "29"):
        assert [r.type for r in seed000.item(item_id).requirements] == ["judgement"], item_id


def test_seed003_categories_and_ids(seed003):
    assert seed003.title == "吴中区“六位一体”社区党建机制考评细则"
    assert [(c.name, c.points) for c in seed003.categories] == [
        ("建立健全社区干部培养管理机制", 20),
        ("建立健全社区党组织和党员公开承诺机制", 20),
        ("建立健全社区党建品牌培育机制", 15),
        ("建立健全社区党员居住地发挥作用机制", 15),
        ("建立健全社区党员分类管理机制", 15),
        ("建立健全社区党建领导管理机制", 15),
    ]
    assert [it.id for it in seed003.items()] == [str(i) for i in range(1, 24)]
    assert [len(c.items) for c in seed003.categories] == [4, 5, 3, 4, 3, 4]


def test_seed003_item_points(seed003):
    points = {it.id: it.points for it in seed003.items()}
    assert [points[str(i)] for i in range(1, 24)] == [
        6, 6, 4, 4,
        4, 4, 4, 4, 4,
        5, 5, 5,
        4, 4, 4, 3,
        5, 5, 5,
        4, 4, 4, 3,
    ]


def test_seed003_requirements(seed003):
    (r8,) = _reqs(seed003, "8", "rate")
    assert (r8.op, r8.threshold) == (">=", pytest.approx(0.9))
    windows = {r.window for r in _reqs(seed003, "10", "window")}
    assert windows == {"年初", "年终"}
    (rate16,) = _reqs(seed003, "16", "rate")
    assert (rate16.op, rate16.threshold) == (">", pytest.approx(0.6))
    (count16,) = _reqs(seed003, "16", "count")
    assert (count16.min, count16.per) == (1, "bimonth")
    (rate2,) = _reqs(seed003, "2", "rate")
    assert (rate2.op, rate2.threshold) == (">=", pytest.approx(0.3))
    meetings = {(r.meeting_type, r.per) for r in _reqs(seed003, "18", "count") if r.meeting_type}
    assert {("支部委员会", "month"), ("党员大会", "quarter"), ("党课", "quarter")} <= meetings
    (r21,) = _reqs(seed003, "21", "count")
    assert (r21.meeting_type, r21.min, r21.per) == ("联席会议", 2, "year")
    assert any(r.kind == "花名册" and r.min == 3 for r in _reqs(seed003, "17", "doc"))
    assert _reqs(seed003, "7", "photo")
    for item_id in ("4", "9", "22", "23"):
        assert [r.type for r in seed003.item(item_id).requirements] == ["judgement"], item_id
