"""缺失材料清单: every missing or partial item, what is missing in plain words, the units named."""

from __future__ import annotations

from archive.assess.document import ItemStatus, StatusDocument
from archive.generators.common import (
    SHORTFALL_STATUSES,
    bonus_items,
    effective_status,
    finding_text,
    fmt_points,
    short_text,
    status_label,
    title_lines,
    unmet,
)
from archive.vocab import STATUS_LABELS, STATUS_MISSING, STATUS_REVIEW


def missing_lines(item: ItemStatus, typical: list[str]) -> list[str]:
    lines = [finding_text(f, plain=True) for f in unmet(item)]
    lines = [line for line in lines if line]
    if not lines and effective_status(item) == STATUS_MISSING:
        lines.append("未找到可作为依据的材料")
    override = item.override
    if override and override.note.strip():
        lines.append(f"档案员说明：{override.note.strip()}")
    if typical:
        lines.append("可提供：" + "、".join(typical))
    return lines


def build_context(status: StatusDocument, common: dict, typical: dict[str, list[str]]) -> dict:
    rows = []
    review = []
    unfiled = 0  # items left to the inspectors with nothing on file (a 一票否决 case: no paper proves one)
    bonus = bonus_items(status)
    for it in status.items:
        if it in bonus:
            continue
        st = effective_status(it)
        if st in SHORTFALL_STATUSES:
            lines = missing_lines(it, typical.get(it.id, []))
            text = "\n".join(f"{n}. {line}" for n, line in enumerate(lines, start=1)) if len(lines) > 1 else "".join(lines)
            rows.append({"no": str(len(rows) + 1), "category": it.category,
                         "item": f"第{it.id}项　{it.text}", "points": fmt_points(it.points),
                         "status": status_label(it), "missing": text, "id": it.id})
        elif st == STATUS_REVIEW:
            asks = [f.detail or f.requirement or "" for f in it.findings if f.met is None]
            asks = [a.strip().rstrip("。") for a in asks if a]
            review.append(f"第{it.id}项（{short_text(it.text)}）" + ("：" + "；".join(asks) if asks else "") + "。")
            if not it.evidence:
                unfiled += 1
    counts = status.counts
    intro = (f"对照《{common['rubric_title']}》逐项自查（截至{common['date_cn']}），共{len(status.items) - len(bonus)}个评分项，"
             f"其中{STATUS_LABELS['missing']}{counts.get('missing', 0)}项、{STATUS_LABELS['partial']}{counts.get('partial', 0)}项，"
             + ("需补充的材料如下表。" if rows else "未发现缺少材料或部分达标的评分项。")
             + (f"加分项（{'、'.join(f'第{it.id}项' for it in bonus)}）由考核组认定，未提供材料的不扣分，不列入本清单。"
                if bonus else ""))
    review_intro = (f"以下{len(review)}项的材料已具备可查部分，是否达标需考核组现场判断，不列为缺失材料。" if not unfiled
                    else f"以下{len(review)}项是否达标需考核组现场判断（其中{unfiled}项不需归档材料），不列为缺失材料。")
    return {"title": title_lines(f"{common['org']}{common['year']}年度党建工作考核缺失材料清单", common['org']), "intro": intro, "rows": rows,
            "review_items": review, "review_intro": review_intro}
