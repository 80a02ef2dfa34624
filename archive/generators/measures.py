"""整改措施: a concrete measure per requirement kind, carrying the finding's numbers and missing units."""

from __future__ import annotations

import re

from archive.generators.common import fmt_points

YEARLY_AS_PERIOD = {12: "month", 6: "bimonth", 4: "quarter", 2: "halfyear"}
FREQUENCY = {"month": "每月", "bimonth": "每两个月", "quarter": "每季度", "halfyear": "每半年", "year": "每年"}
# meeting type -> (verb, noun, record)
MEETINGS = {
    "支部委员会": ("补开", "支部委员会会议", "会议记录"),
    "党员大会": ("补开", "支部党员大会", "会议记录"),
    "党课": ("补上", "党课", "党课记录"),
    "党小组会": ("补开", "党小组会", "会议记录"),
    "主题党日": ("补充开展", "主题党日活动", "活动记录"),
    "组织生活会": ("补开", "组织生活会", "会议记录"),
    "民主生活会": ("补开", "民主生活会", "会议记录"),
    "联席会议": ("补开", "联席会议", "会议记录"),
    "共建活动": ("补充开展", "共建活动", "活动记录"),
    "志愿服务": ("补充开展", "志愿服务活动", "活动记录"),
}
PERIOD_UNIT = re.compile(r"(\d{1,2}月|[一二三四1-4]季度|第[一二三四1-4]季度|[上下]半年|\d{4}年|\d{1,2}[-—～~至]\d{1,2}月)")
TIMES_UNIT = re.compile(r"(\d+)\s*(次|份|个|场|期|件|项|名|人)")
LEDGER_UNIT = re.compile(r"^\s*(?P<name>[^：:，,\s]{1,12})\s*[：:]?\s*(?P<months>.*?)\s*(未交|欠交|缓交|未缴|欠缴|未缴纳)?\s*$")


def _obj(description: str) -> str:
    text = (description or "").strip().rstrip("。")
    return text[1:] if text.startswith("有") else text


def _times(units: list[str]) -> tuple[int | None, str]:
    """How many are short, and which (periods named), from the finding's missing units."""
    if units and all(PERIOD_UNIT.search(u) for u in units):
        return len(units), "、".join(units)
    for u in units:
        m = TIMES_UNIT.search(u)
        if m:
            return int(m.group(1)), ""
    return None, "、".join(units)


def _count(req, units: list[str]) -> str:
    n, which = _times(units)
    freq = ""
    if req is not None:
        per = req.per
        if per in (None, "year") and req.years == 1:
            per = YEARLY_AS_PERIOD.get(req.min, per)  # "全年不少于4次" is a quarterly habit
        freq = FREQUENCY.get(per or "", "") if per != "year" or req.min <= 1 else ""
    if req is not None and req.meeting_type:
        verb, noun, record = MEETINGS.get(req.meeting_type, ("补开", req.meeting_type, "会议记录"))
        done = f"{verb}{noun}" + (f"{n}次" if n else "") + (f"（{which}）" if which else "")
        act = "召开" if verb != "补充开展" else "开展"
        rule = f"建立{freq}{act}{noun}制度" if freq else f"建立每年至少{act}{noun}{req.min}次的制度"
        return f"{done}并形成{record}，{rule}"
    kind = (req.kind if req is not None else None) or "相关"
    return f"补充{kind}材料" + (f"{n}份" if n else "") + (f"（{which}）" if which else "") + "并及时归档，今后按要求定期形成和收集"


def _ledger(units: list[str]) -> str:
    parts = []
    for u in units:
        m = LEDGER_UNIT.match(u)
        if m and m.group("months") and "月" in m.group("months"):
            parts.append(f"{m.group('name')}补交{m.group('months').rstrip('、，, ')}党费")
    if parts:
        return "督促" + "，".join(parts) + "，建立党费收缴提醒制度"
    return "督促欠缴党员按月足额补交党费" + (f"（{'、'.join(units)}）" if units else "") + "，建立党费收缴提醒制度"


def _doc(req) -> str:
    obj = _obj(req.description)
    many = f"（不少于{req.min}份）" if req.min and req.min > 1 else ""
    kind = req.kind or ""
    if kind == "制度":
        return f"制定{obj}{many}，经支部委员会研究通过后印发执行，制度文本归入台帐"
    if kind == "计划":
        return f"制定{obj}{many}并归档"
    if kind == "总结":
        return f"认真撰写{obj}{many}并归档"
    if kind == "协议":
        return f"签订{obj}{many}，协议文本归入台帐"
    if kind == "花名册":
        return f"建立健全{obj}，及时更新并归档"
    if kind == "测评":
        return f"组织开展测评，形成{obj}{many}并归档"
    return f"补充完善{obj}{many}，整理后归入台帐"


def _window(req) -> str:
    obj = _obj(req.description)
    if req.window == "年初":
        return f"抓紧补充{obj}，今后每年年初（1—3月）按时制定并归档"
    return f"认真做好{obj}，今后每年年底前按时完成并归档"


def _rate(req) -> str:
    measure = req.measure or _obj(req.description)
    op = "超过" if req.op == ">" else "达到"
    target = f"{op}{fmt_points(req.threshold * 100)}%" if req.threshold is not None else "达到要求"
    if "参加" in measure or "出席" in measure:
        return (f"加强党员教育管理，对经常缺席的党员逐一谈心提醒，会议记录如实记载应到、实到人数，确保{measure}{target}")
    if "满意" in measure:
        return f"深入走访听取群众意见，改进工作作风，组织开展满意度测评并留存测评结果，确保{measure}{target}"
    return f"采取针对性措施，确保{measure}{target}，并留存统计依据"


def measure_for(req, finding: dict) -> str:
    """The 整改措施 for one unmet finding; `req` is the rubric's requirement (None when it cannot be found)."""
    units = [u for u in finding.get("missing") or [] if u]
    kind = finding.get("type") or (req.type if req is not None else "")
    if kind == "ledger":
        return _ledger(units)
    if kind == "count":
        return _count(req, units)
    if req is None:
        return "针对上述问题补充完善相关材料，整理后归入台帐"
    if kind == "doc":
        return _doc(req)
    if kind == "window":
        return _window(req)
    if kind == "rate":
        return _rate(req)
    if kind == "roster":
        return f"优化班子结构，做到{_obj(req.description)}，并更新班子成员花名册"
    if kind == "photo":
        return f"补充{_obj(req.description)}的照片{max(req.min, 1)}张以上，注明时间、地点、事由后归档"
    return f"针对“{_obj(req.description)}”补充完善相关材料，整理后归入台帐"


def find_requirement(rubric, item_id: str, key: str | None, kind: str | None):
    """The rubric requirement a finding names (by id, else by description, else the only one of its type)."""
    if rubric is None:
        return None
    reqs = []
    item = rubric.item(item_id) if rubric.kind == "points" else None
    if item is not None:
        reqs = item.requirements
    else:
        for tier in rubric.tiers:
            for crit in [*tier.criteria, *tier.vetoes]:
                if crit.id == item_id:
                    reqs = crit.requirements
    for r in reqs:
        if key and (r.id == key or r.description == key):
            return r
    same = [r for r in reqs if r.type == kind]
    return same[0] if len(same) == 1 else None
