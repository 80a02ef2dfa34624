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
    parts = []
    for r in records:
        if (r.date is None or (contains(whole, r) and before(r, ctx.as_of))):
            n = durations(r.text, unit)
            if n > 0:
                parts.append((r, n))
    total = sum(n for _, n in parts)
    need = req.amount or 0.0
    f = Finding(req.id, req.type, True, "", description=req.description, evidence=paths([r for r, _ in parts]))
    listing = join_cn([f"《{r.name}》{fmt_num(n)}{unit}" for r, n in parts[:6]])
    noun = what(req) if req.keywords else ""
    held = f"{whole.label}{noun}累计{fmt_num(total)}{unit}" + (f"（{listing}）" if listing else "")
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
