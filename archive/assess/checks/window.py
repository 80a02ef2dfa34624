"""window: a document dated 年初 (first quarter, or December of the year before) or 年终 (fourth quarter, or
January after)."""

from __future__ import annotations

import datetime as dt

from archive.assess.findings import Context, Finding, join_cn, need, paths
from archive.assess.periods import Period, before, contains, date_text
from archive.assess.records import Record
from archive.rubric.model import Requirement

WINDOW_MONTHS = {"年初": "上年12月至3月", "年终": "10月至次年1月"}
WINDOW_TEXT = {w: f"{w}（{m}）" for w, m in WINDOW_MONTHS.items()}


def window_period(window: str, year: int) -> Period:
    if window == "年初":
        return Period(dt.date(year - 1, 12, 1), dt.date(year, 3, 31), WINDOW_TEXT[window])
    return Period(dt.date(year, 10, 1), dt.date(year + 1, 1, 31), WINDOW_TEXT[window])


def check_window(ctx: Context, req: Requirement, records: list[Record]) -> Finding:
    win = window_period(req.window or "年初", ctx.year)
    year_over = ctx.as_of >= dt.date(ctx.year, 12, 31)  # judged at year end: the window counts as closed
    inside = [r for r in records if contains(win, r) and (before(r, ctx.as_of) or year_over)]
    vague = [r for r in records if r.precision == "year" and r.date and r.date.year == ctx.year]
    other = [r for r in records if r not in inside and r not in vague and r.date is not None]
    undated = [r for r in records if r.date is None]
    f = Finding(req.id, req.type, True, "", description=req.description)
    if inside:
        f.evidence = paths(inside)
        f.detail = f"有{join_cn([f'《{r.name}》（{date_text(r)}）' for r in inside[:3]])}，在{win.label}内。"
        return f
    if not win.ended(ctx.as_of) and not year_over:
        f.pending, f.evidence = True, paths(vague + undated)
        f.detail = f"{win.label}尚未结束，截至{ctx.as_of.month}月{ctx.as_of.day}日还没有{need(req.description, with_time=False)}。"
        f.due.append(f"{req.description}（{WINDOW_MONTHS[req.window or '年初']}）")
        return f
    if vague or undated:
        f.met, f.evidence = None, paths(vague + undated)
        f.detail = (f"有{join_cn([f'《{r.name}》' for r in (vague + undated)[:3]])}，但日期只到年份或没有日期，"
                    f"无法确认是否在{win.label}，请人工确认。")
        return f
    f.met, f.shortfall, f.units, f.missing = False, 1.0, 1.0, [need(req.description, with_time=False)]
    if other:
        f.evidence = paths(other)
        f.detail = (f"{join_cn([f'《{r.name}》（{date_text(r)}）' for r in other[:3]])}不在{win.label}内，"
                    f"应在{win.label}。")
    else:
        f.detail = f"没有找到{need(req.description, with_time=False)}（应在{win.label}）。"
    return f
