"""整改方案: a titled plan; one table row per shortfall with its numbers, a concrete measure, 责任人 and 时限."""

from __future__ import annotations

from archive.generators.common import SHORTFALL_STATUSES, effective_status, finding_text, short_text, title_lines, unmet
from archive.generators.measures import find_requirement, measure_for

GUIDING = ("以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，全面落实新时代党的建设总要求和新时代党的组织路线，"
           "坚持问题导向、目标导向，以整改促规范、以规范促提升，推动社区党组织建设全面进步、全面过硬。")
WORK_REQUIREMENTS = (
    ("（一）加强组织领导。", "社区党组织书记履行第一责任人职责，对整改工作亲自部署、亲自过问；班子成员按分工抓好责任范围内的整改任务。"),
    ("（二）压实整改责任。", "对照问题清单逐项明确责任人和整改时限，实行销号管理，整改一项、销号一项，整改材料及时归入台帐。"),
    ("（三）建立长效机制。", "把整改中形成的好做法固化为制度，坚持“三会一课”等组织生活制度，做到工作有计划、活动有记录、台帐有人管。"),
)


def _person(responsible: dict[str, str], category: str, default: str) -> str:
    return responsible.get(category) or responsible.get("*") or responsible.get("默认") or default


def build_context(status: dict, common: dict, rubric, responsible: dict[str, str], default_person: str,
                  deadline: str) -> dict:
    rows = []
    items_with_rows = 0
    for it in status.get("items", []):
        if effective_status(it) not in SHORTFALL_STATUSES:
            continue
        head = f"第{it['id']}项（{short_text(it['text'])}）："
        person = _person(responsible, it.get("category", ""), default_person)
        findings = unmet(it)
        before = len(rows)
        for f in findings:
            req = find_requirement(rubric, it["id"], f.get("requirement"), f.get("type"))
            rows.append({"no": str(len(rows) + 1), "problem": head + (finding_text(f, plain=True) or "材料不足") + "。",
                         "measure": measure_for(req, f) + "。", "person": person, "deadline": deadline, "done": "",
                         "item": it["id"], "requirement": f.get("requirement")})
        note = ((it.get("override") or {}).get("note") or "").strip().rstrip("。")
        if not findings and note:  # the archivist's own reason; a judgement alone never makes a problem
            rows.append({"no": str(len(rows) + 1), "problem": head + note + "。",
                         "measure": "对照评分标准补充完善相关材料，整理后归入台帐。", "person": person,
                         "deadline": deadline, "done": "", "item": it["id"], "requirement": None})
        items_with_rows += len(rows) > before
    opening = (f"根据《{common['rubric_title']}》，{common['org']}对照考核内容对{common['year']}年度党建工作进行了全面自查，"
               + (f"共发现需要整改的问题{len(rows)}个，涉及{items_with_rows}个评分项。" if rows else "未发现需要整改的材料缺失问题。")
               + "为切实抓好整改落实，特制定本方案。")
    overall = ("坚持立行立改、边查边改，对自查发现的问题逐项建立整改台帐，明确责任人和整改时限，做到问题不解决不放过、整改不到位不放过、"
               f"材料不齐全不放过，确保{deadline.rstrip('前')}前完成全部整改任务。")
    problems_intro = ("自查发现的问题及整改措施如下表。需考核组现场判断的评分项不列为问题。" if rows
                      else "经自查，各评分项的可查材料均已具备，暂无需要整改的问题。")
    return {"title": title_lines(f"关于{common['org']}{common['year']}年度党建工作考核自查问题的整改方案", common['org']), "opening": opening,
            "guiding": GUIDING, "overall": overall, "problems_intro": problems_intro, "rows": rows,
            "work_requirements": [{"heading": h, "text": t} for h, t in WORK_REQUIREMENTS]}
