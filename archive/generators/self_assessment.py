"""自评表: the rubric's own table with the estimated 自评分, category and grand totals, a narrative and a chart."""

from __future__ import annotations

from archive.generators.chart import category_chart
from archive.generators.common import (
    STATUS_LABELS,
    categories,
    finding_text,
    fmt_points,
    short_text,
    title_lines,
    unmet,
)
from archive.generators.templates import Picture

CHART_WIDTH_MM = 150


def _reasons(item: dict) -> str:
    parts = [finding_text(f) for f in unmet(item)]
    override = item.get("override")
    if override:
        note = (override.get("note") or "").strip()
        parts.append("档案员调整" + (f"：{note}" if note else ""))
    if item.get("deduction") and not parts:
        parts.append(f"扣{fmt_points(item['deduction'])}分")
    return "；".join(p for p in parts if p) or STATUS_LABELS.get(item.get("status", ""), "")


def _tiers(status: dict) -> tuple[list[dict], str]:
    tiers = status.get("tiers") or []
    rows = [{"name": t["name"], "met": "达到" if t.get("met") else "未达到",
             "blocked": "；".join(str(b) for b in t.get("blocked_by") or []) or "—"} for t in tiers]
    reached = [t["name"] for t in tiers if t.get("met")]
    summary = (f"按评星晋级标准自评，本年度达到{reached[-1]}标准。" if reached else "按评星晋级标准自评，本年度尚未达到一星标准。")
    nxt = next((t for t in tiers if not t.get("met")), None)
    if nxt is not None:
        summary += f"{nxt['name']}尚有{len(nxt.get('blocked_by') or [])}项条件未达到，见下表。"
    return rows, summary


def build_context(status: dict, common: dict) -> dict:
    cats = categories(status)
    is_tiers = bool(status.get("tiers"))
    ctx_cats = []
    for cat in cats:
        rows = [{"id": it["id"], "text": it["text"], "points": fmt_points(it.get("points")),
                 "score": (STATUS_LABELS.get(it.get("status"), "") if is_tiers else fmt_points(it.get("score"))),
                 "exam": ""} for it in cat["items"]]
        if not is_tiers:
            rows.append({"id": "", "text": "小计", "points": fmt_points(cat["points"]), "score": fmt_points(cat["score"]),
                         "exam": ""})
        label = cat["name"] if is_tiers or cat["points"] is None else f"{cat['name']}\n（{fmt_points(cat['points'])}分）"
        ctx_cats.append({"label": label, "name": cat["name"], "rows": rows})
    total = status.get("total") or {}
    counts = status.get("counts") or {}
    items = status.get("items", [])
    narrative = [
        f"对照《{common['rubric_title'] or '考核评分表'}》，逐项查看本年度台帐材料，共{len(items)}个评分项"
        + (f"，标准分合计{fmt_points(total.get('points'))}分，自评得分{fmt_points(total.get('score'))}分" if not is_tiers else "")
        + f"。其中{STATUS_LABELS['covered']}{counts.get('covered', 0)}项，{STATUS_LABELS['partial']}"
        f"{counts.get('partial', 0)}项，{STATUS_LABELS['missing']}{counts.get('missing', 0)}项，"
        f"{STATUS_LABELS['review']}{counts.get('review', 0)}项（截至{common['date_cn']}）。"
    ]
    if not is_tiers and cats:
        narrative.append("分项目得分：" + "；".join(
            f"{c['name']}标准分{fmt_points(c['points'])}分、自评{fmt_points(c['score'])}分" for c in cats) + "。")
    judged = status.get("judgement_items") or [it["id"] for it in items if it.get("status") == "review"]
    if judged:
        narrative.append(f"以下{len(judged)}项含需考核组现场判断的内容，该部分自评暂按满分计："
                         + "、".join(f"第{i}项" for i in judged) + "。")
    shortfalls = []
    for it in items:
        score, points = it.get("score"), it.get("points")
        below = (score is not None and points is not None and float(score) < float(points) - 1e-9)
        if below or (is_tiers and it.get("status") in ("missing", "partial")):
            shortfalls.append(f"第{it['id']}项（{short_text(it['text'])}，标准分{fmt_points(points)}分，"
                              f"自评{fmt_points(score)}分）：{_reasons(it)}。")
    if not shortfalls:
        shortfalls.append("各评分项自评均为满分。")
    chart = ""
    if not is_tiers and cats:
        chart = Picture(category_chart([(c["name"], float(c["points"] or 0), float(c["score"] or 0)) for c in cats]),
                        CHART_WIDTH_MM)
    tiers, tier_summary = _tiers(status) if is_tiers else ([], "")
    return {"title": title_lines(f"{common['org']}{common['year']}年度党建工作考核自评表", common['org']), "categories": ctx_cats, "total_points": fmt_points(total.get("points")) if not is_tiers else "",
            "total_score": fmt_points(total.get("score")) if not is_tiers else "", "narrative": narrative,
            "shortfalls": shortfalls, "chart": chart, "tiers": tiers, "tier_summary": tier_summary}
