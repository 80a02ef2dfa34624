"""整改方案: a titled plan; one table row per shortfall with its numbers, a forward-looking measure written for its kind
of requirement, the 责任人 by role (named from the 班子成员花名册 when it says who holds the post) and a 时限.

Every item short of full marks gets a row, those with nothing filed included: their measure is to find and file what
shows the work, or to prepare for how the inspectors check it."""

from __future__ import annotations

import re

from archive.assess.document import FindingStatus, ItemStatus, StatusDocument
from archive.generators.common import (
    SHORTFALL_STATUSES,
    as_of,
    bonus_items,
    effective_status,
    finding_text,
    short_text,
    status_label,
    title_lines,
    unmet,
)
from archive.generators.measures import (
    DISCIPLINE,
    MONTH,
    NOW,
    ONGOING,
    ORGANISER,
    PUBLICITY,
    QUARTER,
    SECRETARY,
    Measure,
    PlanContext,
    find_requirement,
    measure_for,
    no_evidence_measure,
    noun_of,
    photo_measure,
    requirements_of,
    role_for,
)
from archive.generators.settings import DEFAULT_RESPONSIBLE

GUIDING = ("以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，全面落实新时代党的建设总要求和新时代党的组织路线，"
           "坚持问题导向、目标导向，以整改促规范、以规范促提升，推动{body}建设全面进步、全面过硬。")
WORK_REQUIREMENTS = (
    ("（一）加强组织领导。", "{body}书记履行第一责任人职责，对整改工作亲自部署、亲自过问；班子成员按分工抓好责任范围内的整改任务。"),
    ("（二）压实整改责任。", "对照问题清单逐项明确责任人和整改时限，实行销号管理，整改一项、销号一项，整改材料及时归入台帐。"),
    ("（三）建立长效机制。", "把整改中形成的好做法固化为制度，坚持“三会一课”等组织生活制度，做到工作有计划、活动有记录、台帐有人管。"),
)


def party_body(org: str) -> str:
    """How the plan names the organisation it is written for: a community's, a village's, or any other's."""
    if "社区" in org:
        return "社区党组织"
    if re.search(r"村(?:党|委|“两委”|两委)", org) or org.endswith("村"):
        return "村党组织"
    return "党组织"


# Who holds which post, read from the 职务 column of a roster.
ROLE_PATTERNS = {
    SECRETARY: re.compile(r"(?<![副一])书记"),
    ORGANISER: re.compile(r"组织委员"),
    PUBLICITY: re.compile(r"宣传委员"),
    DISCIPLINE: re.compile(r"纪检委员|纪律检查委员"),
}


def people_by_role(members: list[dict]) -> dict[str, str]:
    """{role: name} from roster members ({name, role}); the first holder of each post."""
    found: dict[str, str] = {}
    for person in members:
        role_text = str(person.get("role") or "")
        for role, pattern in ROLE_PATTERNS.items():
            if role not in found and pattern.search(role_text):
                found[role] = person["name"]
    return found


def board_people(ws) -> dict[str, str]:
    """{role: name} from the archive's rosters with a 职务 column: a 班子成员花名册 first, else the newest roster.
    Empty when there is no such roster (or the catalog cannot be read): the plan then names roles only."""
    try:
        from archive.assess.checks.roster import read_roster
        from archive.assess.records import Record
        from archive.catalog import connect, iter_evidence

        conn = connect(ws.catalog_path)
        try:
            rosters = [ev for ev in iter_evidence(conn, kind="花名册", include_duplicates=False, with_text=True)
                       if not ev.error]
        finally:
            conn.close()
    except Exception:  # a plan still renders without names
        return {}
    rosters.sort(key=lambda ev: ("班子" not in (ev.title or "") + ev.path, -(ev.date.toordinal() if ev.date else 0)))
    for ev in rosters:
        rec = Record(id=ev.id, path=ev.path, sha256=None, kind=ev.kind, meeting_type=None, date=None, precision=None,
                     title=ev.title or "", text="", _tables=list(ev.tables or []))
        found = people_by_role([p for p in read_roster(rec) if p.get("has_role")])
        if found:
            return found
    return {}


def person_for(measure: Measure, category: str, responsible: dict[str, str], default_person: str,
               people: dict[str, str]) -> str:
    """[responsible] for the item's category; else the measure's role, with the holder's name when known; the
    secretary's share of "anything else" goes to default_responsible (or [responsible] "*") when one is set."""
    configured = responsible.get(category)
    if configured:
        return configured
    role = measure.role
    if role == SECRETARY and not measure.leader:
        fallback = responsible.get("*") or responsible.get("默认")
        if fallback:
            return fallback
        if default_person and default_person != DEFAULT_RESPONSIBLE:
            role = default_person
    name = responsible.get(role) or people.get(role)
    return f"{role}\n（{name}）" if name else role


def when_text(when: str, fixed_deadline: str) -> str:
    """立即 and 长期坚持 stay as they are; a configured [reports] deadline replaces 一个月内 and 下一季度."""
    if fixed_deadline and when in (MONTH, QUARTER):
        return fixed_deadline
    return when


def _context(rubric, item: ItemStatus, common: dict, day) -> PlanContext:
    rubric_item = rubric.item(item.id) if rubric is not None and rubric.kind == "points" else None
    return PlanContext(year=int(common.get("year") or day.year), as_of=day, item_text=item.text,
                       category=item.category,
                       method=tuple(rubric_item.method) if rubric_item is not None else (),
                       typical=tuple(rubric_item.typical_evidence) if rubric_item is not None else ())


_WINDOW_WHEN = re.compile(r"（应在(?P<when>(?:[^（）]|（[^（）]*）)+)）$")


def problem_text(f: FindingStatus, req) -> str:
    """The finding's own words; a missing 年初/年终 paper is named by its noun ("没有找到年底有将…的材料" reads as
    broken Chinese: the rubric's "年底有" belongs to the requirement, not to the paper)."""
    text = finding_text(f, plain=True)
    own = (req.description or "").strip().removeprefix("有")[:6] if req is not None else ""
    if f.type == "window" and own and text.startswith("没有找到" + own) and "；" not in text:
        noun, _ = noun_of(req.description)
        m = _WINDOW_WHEN.search(text)
        when = re.sub(r"^(年初|年终)（(.+)）$", r"\1，即\2", m.group("when")) if m else ""
        return f"没有找到{noun}" + (f"（应在{when}）" if when else "")
    return text


def _no_evidence_problem(item: ItemStatus, ctx: PlanContext) -> str:
    if item.evidence:
        return f"自评未得满分（{status_label(item)}）"
    if "查看档案材料" in ctx.method:
        return "尚无归档材料，考核组查看档案材料时无据可查"
    if ctx.method:
        return f"尚无归档材料（本项考核方式：{'、'.join(ctx.method)}）"
    return "尚无归档材料"


def _short_of_full(item: ItemStatus) -> bool:
    if effective_status(item) in SHORTFALL_STATUSES:
        return True
    score, points = item.score, item.points
    below = score is not None and points is not None and float(score) < float(points) - 1e-9
    return below and bool(unmet(item))


def item_rows(item: ItemStatus, rubric, ctx: PlanContext) -> list[tuple[str, Measure, str | None]]:
    """(problem, measure, requirement id) for each shortfall of one item short of full marks."""
    out = []
    for f in unmet(item):
        req = find_requirement(rubric, item.id, f.requirement, f.type)
        out.append((problem_text(f, req) or "材料不足", measure_for(req, f, ctx), f.requirement))
    for f in item.findings:  # 实地查验 items with no photo in the archive: prepare for the visit
        if f.type == "photo" and f.met is None and not f.evidence:
            req = find_requirement(rubric, item.id, f.requirement, "photo")
            if req is None:
                continue
            role, leader = role_for(req, ctx)
            noun = req.description.strip().rstrip("。")
            noun = noun if "照片" in noun else f"{noun}的照片"
            out.append((f"台帐中没有{noun}，本项由考核组实地查验", Measure(photo_measure(req) + "。", NOW, role, leader),
                        f.requirement))
    if not out:
        note = (item.override.note if item.override else "").strip().rstrip("。")
        if note:  # the archivist's own reason; a judgement alone never makes a problem
            role, leader = role_for(None, ctx)
            out.append((note, Measure(f"按档案员说明立即整改（{note}），整改后的材料归入台帐。", NOW, role, leader), None))
        else:
            out.append((_no_evidence_problem(item, ctx),
                        no_evidence_measure(item.id, ctx, requirements_of(rubric, item.id)), None))
    return out


def build_context(status: StatusDocument | dict, common: dict, rubric, responsible: dict[str, str],
                  default_person: str, fixed_deadline: str = "", people: dict[str, str] | None = None) -> dict:
    """The template context. `fixed_deadline`: the [reports] deadline when one is configured (it replaces the
    relative 时限 一个月内 and 下一季度); `people`: {role: name} from the 班子成员花名册."""
    status = StatusDocument.of(status)
    people = people or {}
    day = as_of(status)
    rows = []
    items_with_rows = 0
    bonus = bonus_items(status)  # a bonus without proof costs nothing: nothing to rectify
    for it in status.items:
        if it in bonus or not _short_of_full(it):
            continue
        ctx = _context(rubric, it, common, day)
        found = item_rows(it, rubric, ctx)
        for n, (problem, measure, requirement) in enumerate(found):
            head = f"第{it.id}项（{short_text(it.text)}）：" if n == 0 else f"第{it.id}项："
            rows.append({"no": str(len(rows) + 1), "problem": head + problem.rstrip("。") + "。",
                         "measure": measure.text,
                         "person": person_for(measure, it.category, responsible, default_person, people),
                         "deadline": when_text(measure.when, fixed_deadline), "done": "", "item": it.id,
                         "requirement": requirement, "when": measure.when, "role": measure.role})
        items_with_rows += bool(found)
    opening = (f"根据《{common['rubric_title']}》，{common['org']}对照考核内容对{common['year']}年度党建工作进行了全面自查，"
               + (f"共发现需要整改的问题{len(rows)}个，涉及{items_with_rows}个评分项。" if rows else "未发现需要整改的材料缺失问题。")
               + "为切实抓好整改落实，特制定本方案。")
    if fixed_deadline:
        timing = (f"已有材料未归档的立即归档，其余问题确保{fixed_deadline.rstrip('前')}前整改到位；"
                  "“三会一课”等经常性工作自即日起按制度执行、长期坚持。")
    else:
        timing = ("已有材料未归档的立即归档，需要建章立制的一个月内完成，其余问题在下一季度内整改到位；"
                  "“三会一课”等经常性工作自即日起按制度执行、长期坚持。")
    overall = ("坚持立行立改、边查边改，对自查发现的问题逐项建立整改台帐，明确责任人和整改时限：" + timing
               + "做到问题不解决不放过、整改不到位不放过。")
    problems_intro = ("自查发现的问题及整改措施如下表。评分项中需考核组现场判断的部分，已有材料的不列为问题；"
                      "尚无任何材料的，列出查找归档或迎检准备的措施。" if rows
                      else "经自查，各评分项的可查材料均已具备，暂无需要整改的问题。")
    body = party_body(common["org"])
    return {"title": title_lines(f"关于{common['org']}{common['year']}年度党建工作考核自查问题的整改方案", common['org']),
            "opening": opening, "guiding": GUIDING.format(body=body), "overall": overall,
            "problems_intro": problems_intro, "rows": rows,
            "work_requirements": [{"heading": h, "text": t.format(body=body)} for h, t in WORK_REQUIREMENTS]}


__all__ = ["build_context", "board_people", "people_by_role", "person_for", "when_text", "ONGOING"]
