"""duration: a total summed over the records ("培训时间全年累计不少于7天"), or over each period ("每月驻村不少于20天")."""

from __future__ import annotations

from archive.assess.findings import Context, Finding, fmt_num, join_cn, paths, what
from archive.assess.periods import CURRENT_NAMES, before, contains, periods, short_date, span
from archive.assess.records import Record
from archive.assess.textnum import durations
from archive.rubric.model import Requirement

# A time asked in each period: how the period is said, and how many of them ("每月" … "12个月中9个达到").
PERIOD_NAMES = {"month": ("每月", "个月"), "bimonth": ("每两个月", "个时段"), "quarter": ("每季度", "个季度"),
                "halfyear": ("每半年", "个半年")}


def check_duration(ctx: Context, req: Requirement, records: list[Record]) -> Finding:
    whole = span(ctx.year, req.years)
    unit = req.unit or "天"
    in_year = [r for r in records if r.date is None or (contains(whole, r) and before(r, ctx.as_of))]
    if req.per in PERIOD_NAMES:
        return _each_period(ctx, req, in_year)
    parts = _timed(in_year, unit)
    total = sum(n for _, n in parts)
    need = req.amount or 0.0
    f = Finding(req.id, req.type, True, "", description=req.description, evidence=paths([r for r, _ in parts]))
    noun = what(req) if req.keywords else ""
    held = _held(whole.label, noun, parts, total, unit)
    # "不少于5天或40学时": the other measure meets it as well
    alt_parts = _timed(in_year, req.alt_unit) if req.alt_unit and req.alt_amount else []
    alt_total = sum(n for _, n in alt_parts)
    if req.alt_unit and req.alt_amount and total < need and alt_total >= req.alt_amount:
        f.evidence = paths([r for r, _ in alt_parts])
        f.detail = (f"{_held(whole.label, noun, alt_parts, alt_total, req.alt_unit)}，要求不少于{fmt_num(need)}{unit}"
                    f"或{fmt_num(req.alt_amount)}{req.alt_unit}，已达到。")
        return f
    if total >= need:
        f.detail = f"{held}，要求不少于{fmt_num(need)}{unit}，已达到。"
    elif not whole.ended(ctx.as_of):
        f.pending = True
        f.detail = f"截至{ctx.as_of.month}月{ctx.as_of.day}日{held}，要求全年不少于{fmt_num(need)}{unit}。"
        f.due.append(f"{req.description}：还差{fmt_num(need - total)}{unit}")
    else:
        short = need - total
        f.met, f.units, f.shortfall = False, short, short / need if need else 1.0
        f.missing = [f"少{fmt_num(short)}{unit}"]
        f.detail = f"{held}，要求不少于{fmt_num(need)}{unit}，少{fmt_num(short)}{unit}。"
        if not parts and records:
            f.detail += f"（{len(records)}件材料中没有写明时长）"
            f.evidence = paths(records)
    return f


def _timed(records: list[Record], unit: str) -> list[tuple[Record, float]]:
    """The records that state a time in `unit`, with that time."""
    return [(r, n) for r in records if (n := durations(r.text, unit)) > 0]


def _held(label: str, noun: str, parts: list[tuple[Record, float]], total: float, unit: str) -> str:
    listing = join_cn([f"《{r.name}》{fmt_num(n)}{unit}" for r, n in parts[:6]])
    return f"{label}{noun}累计{fmt_num(total)}{unit}" + (f"（{listing}）" if listing else "")


def _each_period(ctx: Context, req: Requirement, records: list[Record]) -> Finding:
    """Each ended period's records must add up to the time asked; the current one is still due, not short."""
    unit = req.unit or "天"
    need = req.amount or 0.0
    every, unit_name = PERIOD_NAMES[req.per]
    noun = what(req) if req.keywords else ""
    undated = [r for r in records if r.date is None]
    parts = _timed([r for r in records if r.date is not None], unit)
    f = Finding(req.id, req.type, True, "", description=req.description, evidence=paths([r for r, _ in parts]))
    judged, short_of, lacking = [], [], 0.0
    for p in periods(req.per, ctx.year):
        total = sum(n for r, n in parts if contains(p, r))
        if p.ended(ctx.as_of):
            judged.append(p)
            if total < need:
                short_of.append(f"{p.label}{fmt_num(total)}{unit}")
                lacking += need - total
        elif p.current(ctx.as_of) and total < need:
            f.due.append(f"{CURRENT_NAMES[req.per]}{noun}累计{fmt_num(total)}{unit}，要求不少于{fmt_num(need)}{unit}")
    asked = f"要求{every}不少于{fmt_num(need)}{unit}"
    if not judged:
        f.pending = True
        f.detail = f"截至{short_date(ctx.as_of)}尚无已结束的时段可查（{asked}）。"
        return f
    scope = f"{len(judged)}{unit_name}"
    if not short_of:
        f.detail = f"{scope}{noun}时长均达到（{asked}）。"
    else:
        # ("每少1天扣0.5分" counts the days short, over every period short)
        f.met, f.units, f.shortfall = False, lacking, lacking / (need * len(judged)) if need else 1.0
        f.missing = short_of
        f.detail = f"{join_cn(short_of)}，不足（{asked}；{scope}中{len(judged) - len(short_of)}个达到）。"
    if len(judged) < len(periods(req.per, ctx.year)):
        f.pending = True
        f.detail += f"截至{short_date(ctx.as_of)}，只查已结束的时段。"
    if undated and short_of:
        f.detail += f"另有{len(undated)}件材料没有可靠日期，未计入。"
    return f
