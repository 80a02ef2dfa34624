"""自评表: the rubric's own table with the estimated 自评分, category and grand totals, a narrative and a chart."""

from __future__ import annotations

from archive.assess.document import ItemStatus, ScoreBounds, StatusDocument
from archive.assess.score import PROPORTIONAL_NOTE
from archive.generators.chart import category_chart
from archive.generators.common import (
    SHORTFALL_STATUSES,
    bonus_items,
    categories,
    finding_text,
    fmt_points,
    short_text,
    title_lines,
    unmet,
)
from archive.generators.templates import Picture
from archive.vocab import STATUS_LABELS, STATUS_MISSING, STATUS_REVIEW

CHART_WIDTH_MM = 150


def _reasons(item: ItemStatus) -> str:
    parts = [finding_text(f, plain=True) for f in unmet(item)]
    override = item.override
    if override:
        note = override.note.strip()
        parts.append("档案员调整" + (f"：{note}" if note else ""))
    if item.status == STATUS_MISSING and not override:
        parts.insert(0, "尚无归档材料")
    if item.deduction and not parts:
        parts.append(f"扣{fmt_points(item.deduction)}分")
    return "；".join(p for p in parts if p) or STATUS_LABELS.get(item.status, "")


def _range_text(rng: ScoreBounds | None, score) -> str:
    """"，得分范围0～1.5分" when the parts a person decides could move the score, else ""."""
    if rng is None or rng.min is None or rng.max is None:
        return ""
    low, high = fmt_points(rng.min), fmt_points(rng.max)
    return "" if low == high == fmt_points(score) else f"，得分范围{low}～{high}分"


def _ids(items: list[ItemStatus]) -> str:
    return "、".join(f"第{it.id}项" for it in items)


def explanations(status: StatusDocument) -> list[str]:
    """The 说明 of a 自评表: how the estimate was reached, each rule said once (not after every finding), naming the
    items it applied to."""
    items = status.items
    total = status.total
    notes = ["自评分是对照评分表逐项查看台帐材料估算的分数，最终以考核组评定的考核分为准。"]
    nothing = [it for it in items if it.status == STATUS_MISSING and not it.override
               and float(it.points or 0) > 0 and float(it.score or 0) == 0]
    if nothing:
        notes.append(f"以下{len(nothing)}项尚无归档材料，考核组查看档案材料时无据可查，按0分估算：{_ids(nothing)}。")
    counted = [it for it in items if it not in nothing and not it.override]
    proportional = [it for it in counted if any(PROPORTIONAL_NOTE in f.score_note for f in it.findings)]
    if proportional:
        dues = any(f.type == "ledger" and PROPORTIONAL_NOTE in f.score_note for it in proportional for f in it.findings)
        notes.append(f"评分表对{_ids(proportional)}未规定扣分办法，这些项中未达到的要求按比例估算扣分：一项有几条要求，"
                     "每条完全未达到扣本项分值的几分之一，部分未达到的按未达部分折算（如应开4次、少开1次，按四分之一折算）"
                     + ("；党费按有欠交的月份占已查月份的比例折算" if dues else "") + "。")
    discretionary = [it for it in counted if any("酌情扣分" in f.score_note for f in it.findings)]
    if discretionary:
        notes.append(f"评分表规定由考核组酌情扣分的内容（{_ids(discretionary)}），本估算未扣分。")
    rng = total.score_range or ScoreBounds()
    judged = judged_items(status)
    if judged and rng.min is not None and total.points:
        notes.append(f"需考核组判断的内容（作用发挥、群众评价、实地查验等，涉及{len(judged)}项）自评暂按满分计入；"
                     f"这些内容全部按零分计时，总分为{fmt_points(rng.min)}分，即自评得分范围为"
                     f"{fmt_points(rng.min)}～{fmt_points(rng.max)}分。")
    return [f"{i}. {text}" for i, text in enumerate(notes, 1)]


def judged_items(status: StatusDocument) -> list[str]:
    """The items whose score counts a judgement at full: a judgement part, and a range it could lower (an item with
    nothing filed already scores 0)."""
    ids = status.judgement_items or [it.id for it in status.items if it.status == STATUS_REVIEW]
    by_id = {it.id: it for it in status.items}
    out = []
    for i in ids:
        rng = by_id[i].score_range if i in by_id else None
        if rng is None or rng.min is None or float(rng.min) < float(rng.max or 0) - 1e-9:
            out.append(i)
    return out


def _tiers(status: StatusDocument) -> tuple[list[dict], str]:
    tiers = status.tiers or []
    rows = [{"name": t.name, "met": "达到" if t.met else "未达到",
             "blocked": "；".join(str(b) for b in t.blocked_by) or "—"} for t in tiers]
    reached = [t.name for t in tiers if t.met]
    summary = (f"按评星晋级标准自评，本年度达到{reached[-1]}标准。" if reached else "按评星晋级标准自评，本年度尚未达到一星标准。")
    nxt = next((t for t in tiers if not t.met), None)
    if nxt is not None:
        summary += f"{nxt.name}尚有{len(nxt.blocked_by)}项条件未达到，见下表。"
    return rows, summary


def build_context(status: StatusDocument, common: dict) -> dict:
    cats = categories(status)
    is_tiers = bool(status.tiers)
    ctx_cats = []
    for cat in cats:
        if cat.bonus:  # awarded by the inspectors beyond the total: no points, no 自评分, no 小计
            rows = [{"id": it.id, "text": it.text, "points": "—", "score": "—", "exam": ""} for it in cat.items]
            ctx_cats.append({"label": f"{cat.name}\n（由考核组认定）", "name": cat.name, "rows": rows})
            continue
        rows = [{"id": it.id, "text": it.text, "points": fmt_points(it.points),
                 "score": (STATUS_LABELS.get(it.status, "") if is_tiers else fmt_points(it.score)),
                 "exam": ""} for it in cat.items]
        if not is_tiers:
            rows.append({"id": "", "text": "小计", "points": fmt_points(cat.points), "score": fmt_points(cat.score),
                         "exam": ""})
        label = cat.name if is_tiers or cat.points is None else f"{cat.name}\n（{fmt_points(cat.points)}分）"
        ctx_cats.append({"label": label, "name": cat.name, "rows": rows})
    total = status.total
    counts = status.counts
    bonus = bonus_items(status)
    items = [it for it in status.items if it not in bonus]
    narrative = [
        f"对照《{common['rubric_title'] or '考核评分表'}》，逐项查看本年度台帐材料，共{len(items)}个评分项"
        + (f"，标准分合计{fmt_points(total.points)}分，自评得分{fmt_points(total.score)}分"
           + _range_text(total.score_range, total.score) + "（见说明）" if not is_tiers else "")
        + f"。其中{STATUS_LABELS['covered']}{counts.get('covered', 0)}项，{STATUS_LABELS['partial']}"
        f"{counts.get('partial', 0)}项，{STATUS_LABELS['missing']}{counts.get('missing', 0)}项，"
        f"{STATUS_LABELS['review']}{counts.get('review', 0)}项（截至{common['date_cn']}）。"
        + (f"另有加分项{len(bonus)}项（{_ids(bonus)}），由考核组认定，不计入自评分。" if bonus else "")
    ]
    if not is_tiers and cats:
        ranges = {c.name: c.score_range for c in status.categories}
        narrative.append("分项目得分：" + "；".join(
            f"{c.name}标准分{fmt_points(c.points)}分、自评{fmt_points(c.score)}分"
            + _range_text(ranges.get(c.name), c.score) for c in cats if not c.bonus) + "。")
    judged = judged_items(status)
    if judged:
        narrative.append(f"以下{len(judged)}项含需考核组判断的内容，该部分自评暂按满分计："
                         + "、".join(f"第{i}项" for i in judged) + "。")
    shortfalls = []
    for it in items:
        score, points = it.score, it.points
        below = (score is not None and points is not None and float(score) < float(points) - 1e-9)
        if below or (is_tiers and it.status in SHORTFALL_STATUSES):
            shortfalls.append(f"第{it.id}项（{short_text(it.text)}，标准分{fmt_points(points)}分，"
                              f"自评{fmt_points(score)}分{_range_text(it.score_range, score)}）：{_reasons(it)}。")
    if not shortfalls:
        shortfalls.append("各评分项自评均为满分。")
    chart = ""
    if not is_tiers and cats:
        chart = Picture(category_chart([(c.name, float(c.points or 0), float(c.score or 0)) for c in cats
                                      if not c.bonus]),
                        CHART_WIDTH_MM)
    tiers, tier_summary = _tiers(status) if is_tiers else ([], "")
    return {"title": title_lines(f"{common['org']}{common['year']}年度党建工作考核自评表", common['org']), "categories": ctx_cats, "total_points": fmt_points(total.points) if not is_tiers else "",
            "total_score": fmt_points(total.score) if not is_tiers else "", "narrative": narrative,
            "shortfalls": shortfalls, "chart": chart, "tiers": tiers, "tier_summary": tier_summary,
            "notes": explanations(status) if not is_tiers else []}
