"""What a finding says reads as Chinese an inspector would write: every requirement of every bundled rubric, checked
against an archive with nothing in it (every check's "not found" sentence), has no doubled words ("的照片的照片"), no
verb said twice ("签订与社区单位签订的…"), no clause left over from the rubric's wording ("年底有将…", "没有找到制定了…")."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from archive.assess.engine import assess_pool
from archive.assess.findings import need
from archive.assess.records import Pool
from archive.rubric import bundled_rubric_ids, load_rubric

CJK = "\u4e00-\u9fff"
DOUBLED = re.compile(f"([{CJK}]{{2,6}})\\1")  # 的照片的照片, 的材料的材料
SAID_TWICE = re.compile(r"(签订|签定|建立|制定)[^。；（、]{0,12}?\1")  # 签订与社区单位签订的环境卫生责任状
LEFT_OVER = ("的的", "有有", "年底有将", "年初有", "年终有", "没有找到有", "没有找到建立了", "没有找到制定了",
             "没有找到年初有", "计划，并", "记录0次", "有记录0")


def _empty_pool() -> Pool:
    return Pool({}, {}, {}, {}, {})


def _details(rubric_id: str) -> list[str]:
    rubric = load_rubric(rubric_id)
    assessment = assess_pool(rubric, _empty_pool(), 2025, dt.date(2025, 12, 31))
    return [f.detail for it in assessment.items for f in it.findings]


def _problems(sentence: str) -> list[str]:
    found = [m.group(0) for m in DOUBLED.finditer(sentence)]
    found += [m.group(0) for m in SAID_TWICE.finditer(sentence)]
    found += [w for w in LEFT_OVER if w in sentence]
    return found


@pytest.mark.parametrize("rubric_id", bundled_rubric_ids())
def test_every_not_found_sentence_of_a_bundled_rubric_reads_well(rubric_id):
    bad = {d: _problems(d) for d in _details(rubric_id) if _problems(d)}
    assert not bad


@pytest.mark.parametrize("rubric_id", bundled_rubric_ids())
def test_what_each_requirement_asks_for_is_a_noun_phrase(rubric_id):
    rubric = load_rubric(rubric_id)
    crits = rubric.items() if rubric.kind == "points" else [c for t in rubric.tiers for c in t.criteria + t.vetoes]
    for item in crits:
        for req in item.requirements:
            if req.type not in ("doc", "photo", "window"):
                continue
            phrase = need(req.description)
            assert not _problems(f"没有找到{phrase}。"), (req.description, phrase)
            assert not phrase.startswith(("有", "建立了", "制定了", "签订", "至少")), (req.description, phrase)


@pytest.mark.parametrize("description, phrase", [
    ("有社区党组织议事规则", "社区党组织议事规则"),
    ("制定了共建制度", "共建制度"),
    ("与社区单位签订的环境卫生责任状", "与社区单位签订的环境卫生责任状"),
    ("办公场所标识、综合宣传栏和群众意见箱的照片", "办公场所标识、综合宣传栏和群众意见箱的照片"),
    ("年底有将在职党员参加社区活动表现情况反馈给所在单位的材料", "年底将在职党员参加社区活动表现情况反馈给所在单位的材料"),
    ("有社区党员参加街道（镇）、社区党校教育活动的记录（通知、签到表、照片等）",
     "社区党员参加街道（镇）、社区党校教育活动的记录（通知、签到表、照片等）"),
    ("苏木镇有大学生村官培训计划，并按计划进行培训", "苏木镇的大学生村官培训计划"),
    ("建立了居务监督委员会（成立文件、成员名单）", "建立居务监督委员会的材料（成立文件、成员名单）"),
    ("制定了社区干部廉洁自律行为规范并公示", "社区干部廉洁自律行为规范"),
    ("年中（半年）有党建品牌工作检查材料", "年中（半年）的党建品牌工作检查材料"),
    ("至少一个党建工作品牌的材料", "党建工作品牌的材料"),
    ("有选派党建指导员的材料", "选派党建指导员的材料"),
    ("有嘎查后备干部档案", "嘎查后备干部档案"),
    ("社区党组织和党员的公开承诺书", "社区党组织和党员的公开承诺书"),
])
def test_need_names_the_paper(description, phrase):
    assert need(description) == phrase


def test_a_window_names_its_own_time_once():
    assert need("年初有党建工作计划", with_time=False) == "党建工作计划"
    details = [d for d in _details("seed000") if "党建工作计划" in d and "年初" in d]
    assert details == ["没有找到党建工作计划（应在年初（上年12月至3月））。"]


def test_a_count_with_nothing_found_says_none_not_zero():
    details = _details("seed000")
    assert "2025年没有联席会议记录（要求不少于4次），少4次。" in details
    assert not [d for d in details if "中0个有记录" in d]
