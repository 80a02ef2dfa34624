"""duration: a total summed over the records ("培训时间全年累计不少于7天")."""

from __future__ import annotations

from archive.assess.findings import Context, Finding, fmt_num, join_cn, paths, what
from archive.assess.periods import before, contains, span
from archive.assess.records import Record
from archive.assess.textnum import durations
from archive.rubric.model import Requirement


def check_duration(ctx: Context, req: Requirement, records: list[Record]) -> Finding:
    whole = span(ctx.year, req.years)
    unit = req.unit or "天"
    in_year = [r for r in records if r.date is None or (contains(whole, r) and before(r, ctx.as_of))]
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
