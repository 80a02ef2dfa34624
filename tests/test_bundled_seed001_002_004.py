"""The bundled rubrics transcribed from seeds 001, 002 and 004 load, validate and say what the seeds say."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest
import yaml

from archive.errors import RubricError
from archive.rubric.loader import bundled_rubric_ids, load_rubric, load_rubric_file
from archive.rubric.model import Deduction, Rubric

SPINNER_WORDS = ("那么", "效劳", "反响", "根底", "创立", "局部")
IDS = ("seed001", "seed002", "seed004")


def bundled_path(rubric_id: str) -> Path:
    return Path(str(resources.files("archive.rubric") / "bundled" / f"{rubric_id}.yaml"))


def deduction(rubric: Rubric, item_id: str, text_start: str) -> Deduction:
    item = rubric.item(item_id)
    assert item is not None, item_id
    matches = [d for d in item.deductions if d.text.startswith(text_start)]
    assert len(matches) == 1, (item_id, text_start, [d.text for d in item.deductions])
    return matches[0]


@pytest.mark.parametrize("rubric_id", IDS)
def test_loads_and_names_its_seed(rubric_id: str) -> None:
    assert rubric_id in bundled_rubric_ids()
    rubric = load_rubric(rubric_id)
    assert rubric.id == rubric_id
    assert rubric.source.startswith(f"../shared/seeds/{rubric_id[4:]}_")
    assert rubric.notes.strip()
    assert rubric.title.strip()


@pytest.mark.parametrize("rubric_id", IDS)
def test_no_spinner_words_remain(rubric_id: str) -> None:
    text = bundled_path(rubric_id).read_text(encoding="utf-8")
    for word in SPINNER_WORDS:
        assert word not in text, f"{rubric_id} still contains「{word}」"
    assert "开展1名新党员" not in text


@pytest.mark.parametrize("rubric_id", ("seed001", "seed002"))
def test_points_add_up(rubric_id: str) -> None:
    rubric = load_rubric(rubric_id)
    assert rubric.kind == "points"
    assert sum(c.points for c in rubric.categories) == pytest.approx(rubric.total)
    for cat in rubric.categories:
        if cat.items:
            assert sum(it.points for it in cat.items) == pytest.approx(cat.points), cat.name


@pytest.mark.parametrize("rubric_id", ("seed001", "seed002"))
def test_deductions_point_at_real_requirements(rubric_id: str) -> None:
    for item in load_rubric(rubric_id).items():
        req_ids = {r.id for r in item.requirements}
        for ded in item.deductions:
            assert ded.discretionary or (ded.points is None) != (ded.per_unit is None), ded.text
            assert ded.discretionary or ded.requirement_ids(), ded.text
            assert set(ded.requirement_ids()) <= req_ids, (item.id, ded.text)
            if ded.per_unit is not None:
                assert ded.unit, ded.text


def test_seed001_items_and_totals() -> None:
    rubric = load_rubric("seed001")
    assert rubric.total == 100
    assert rubric.year == 2014
    assert [it.id for it in rubric.items()] == [str(i) for i in range(1, 12)]
    assert sorted(it.points for it in rubric.items()) == [5, 5] + [10] * 9
    assert rubric.item("3").text.startswith("大学生村官管理与培养")
    assert rubric.item("6").text.startswith("推广“532”工作法情况")
    assert rubric.item("6").points == 5
    for item in rubric.items():
        assert item.method, item.id
        assert item.scoring, item.id
        assert item.requirements, item.id


def test_seed001_fixed_deductions_match_item_points() -> None:
    rubric = load_rubric("seed001")
    # Items whose printed deductions are all fixed add up exactly to their points.
    for item_id in ("1", "3", "5", "6", "7", "8", "10", "11"):
        item = rubric.item(item_id)
        assert all(d.per_unit is None for d in item.deductions), item_id
        assert sum(d.points for d in item.deductions) == pytest.approx(item.points), item_id


def test_seed001_specific_deductions() -> None:
    rubric = load_rubric("seed001")
    assert deduction(rubric, "1", "发展党员工作不规范").points == 5
    assert deduction(rubric, "1", "党员信息库没有专门电脑").points == 3
    per_meeting = deduction(rubric, "2", "集中活动记录")
    assert (per_meeting.per_unit, per_meeting.unit, per_meeting.points) == (0.5, "次", None)
    assert deduction(rubric, "2", "党员未及时足额交纳党费").points == 1.5
    assert deduction(rubric, "4", "1个嘎查活动场所面积").per_unit == 2
    assert deduction(rubric, "8", "嘎查晋位升级").points == 4
    assert deduction(rubric, "11", "党代表作用发挥不明显").points == 4
    item2 = rubric.item("2")
    meetings = next(r for r in item2.requirements if r.id == per_meeting.requirement)
    assert (meetings.type, meetings.min, meetings.per) == ("count", 3, "year")
    # 3 meetings × 0.5 plus the fixed deductions is the item's 10 points.
    fixed = sum(d.points for d in item2.deductions if d.points is not None)
    assert fixed + meetings.min * per_meeting.per_unit == pytest.approx(item2.points)


def test_seed001_methods() -> None:
    rubric = load_rubric("seed001")
    assert rubric.item("1").method == ["查看档案材料", "谈话了解"]
    assert "实地查验" in rubric.item("4").method
    assert "实地查验" in rubric.item("7").method
    assert "实地查验" in rubric.item("9").method


def test_seed002_categories() -> None:
    rubric = load_rubric("seed002")
    assert rubric.total == 100
    assert rubric.year == 2008
    names = [c.name for c in rubric.categories]
    assert names == ["党群工作", "经济工作", "社会治安综合治理与稳定", "计划生育", "劳动和社会保障",
                     "社区建设", "民政工作", "爱卫创建", "中心工作"]
    party = rubric.categories[0]
    assert party.points == 18 and party.detailed
    assert [it.id for it in party.items] == [str(i) for i in range(1, 12)]
    assert [it.points for it in party.items] == [2, 1, 1, 1, 2, 3, 1, 1, 3, 2, 1]
    for cat in rubric.categories[1:]:
        assert not cat.detailed, cat.name
        assert cat.items == []
        assert "原文未列细则" in cat.note
    assert {c.name: c.points for c in rubric.categories[1:]} == {
        "经济工作": 20, "社会治安综合治理与稳定": 12, "计划生育": 10, "劳动和社会保障": 8,
        "社区建设": 8, "民政工作": 8, "爱卫创建": 8, "中心工作": 8,
    }


def test_seed002_specific_deductions() -> None:
    rubric = load_rubric("seed002")
    rules = deduction(rubric, "1", "制度不健全每项")
    assert (rules.per_unit, rules.unit) == (0.1, "项")
    assert deduction(rubric, "1", "班子成员有不团结现象").points == 0.2
    assert deduction(rubric, "2", "不按要求完成培训任务").points == 0.2
    assert deduction(rubric, "2", "生活困难党员帮扶不落实每例").per_unit == 0.01
    activities = deduction(rubric, "3", "组织党建活动缺一次")
    assert (activities.per_unit, activities.unit) == (0.1, "次")
    req = next(r for r in rubric.item("3").requirements if r.id == activities.requirement)
    assert (req.type, req.min, req.per) == ("count", 4, "year")
    assert deduction(rubric, "4", "上报资料不及时每次").per_unit == 0.1
    # 酌情扣分 has no fixed amount: a discretionary deduction, and a judgement.
    for item_id in ("5", "6", "7"):
        item = rubric.item(item_id)
        assert "酌情扣分" in item.scoring
        assert [d.discretionary for d in item.deductions] == [True]
        assert [r.type for r in item.requirements] == ["judgement"]


def test_seed004_tiers() -> None:
    rubric = load_rubric("seed004")
    assert rubric.kind == "tiers"
    assert [t.name for t in rubric.tiers] == ["一星", "二星", "三星", "四星", "五星"]
    assert [t.level for t in rubric.tiers] == [1, 2, 3, 4, 5]
    for tier in rubric.tiers:
        assert [c.id for c in tier.criteria] == [f"{tier.level}.{i}" for i in range(1, 5)]
        for crit in tier.criteria:
            assert crit.requirements, crit.id
    for tier in rubric.tiers[:3]:
        assert tier.vetoes == [], tier.name
    for tier in rubric.tiers[3:]:
        assert [v.text for v in tier.vetoes] == [
            "违反计划生育有关规定。", "受到上级党委通报批评及以上组织措施。", "存在其他不符合条件的情形。",
        ]


def test_seed004_rates() -> None:
    rubric = load_rubric("seed004")
    for tier in rubric.tiers:
        rates = {r.measure: r.threshold for r in tier.criteria[3].requirements if r.type == "rate"}
        success = 0.95 if tier.level <= 3 else 1.0
        assert rates == {"矛盾纠纷调处率": 1.0, "矛盾纠纷调处成功率": success}, tier.name
    assert "每月公开1次" in rubric.tiers[0].criteria[1].text
    monthly = [r for r in rubric.tiers[0].criteria[1].requirements if r.type == "count"]
    assert [(r.min, r.per) for r in monthly] == [(1, "month")]


def test_broken_copy_is_rejected_naming_the_category(tmp_path: Path) -> None:
    data = yaml.safe_load(bundled_path("seed002").read_text(encoding="utf-8"))
    data["categories"][0]["items"][0]["points"] = 5  # was 2: 党群工作 items now sum to 21
    broken = tmp_path / "broken.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(RubricError) as exc:
        load_rubric_file(broken)
    problems = "\n".join(exc.value.problems)
    assert "党群工作" in problems
    assert "21" in problems and "18" in problems


def test_broken_seed001_total_is_rejected(tmp_path: Path) -> None:
    data = yaml.safe_load(bundled_path("seed001").read_text(encoding="utf-8"))
    data["categories"][0]["items"][5]["points"] = 10  # 推广“532”工作法 was 5
    broken = tmp_path / "broken001.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(RubricError) as exc:
        load_rubric_file(broken)
    assert any("基层党建工作" in p and "105" in p for p in exc.value.problems)
