"""doc / photo: at least N files of a kind and/or with one of the keywords, in the period."""

from __future__ import annotations

from archive.assess.findings import Context, Finding, join_cn, need, paths, what
from archive.assess.periods import before, contains, span
from archive.assess.records import Record
from archive.rubric.model import Requirement

# Documents that stay in force across years: a 制度 or 协议 written before the assessment year still serves.
STANDING_KINDS = ("制度", "协议", "花名册")


def in_period(ctx: Context, req: Requirement, rec: Record) -> bool:
    """Undated files count (the archivist filed or the classifier placed them); dated ones must fit the period."""
    if rec.date is None:
        return True
    whole = span(ctx.year, req.years)
    if rec.kind in STANDING_KINDS or req.kind in STANDING_KINDS:
        return rec.date.year <= ctx.year
    return contains(whole, rec) and before(rec, ctx.as_of)


def _check(ctx: Context, req: Requirement, records: list[Record], noun: str) -> Finding:
    inside = [r for r in records if in_period(ctx, req, r)]
    outside = [r for r in records if r not in inside]
    distinct: list[Record] = []
    seen_sha: set[str] = set()
    for r in inside:
        if r.sha256 and r.sha256 in seen_sha:
            continue
        seen_sha.add(r.sha256 or str(r.id))
        distinct.append(r)
    f = Finding(req.id, req.type, True, "", description=req.description, evidence=paths(distinct))
    names = join_cn([f"《{r.name}》" for r in distinct[:3]]) + ("等" if len(distinct) > 3 else "")
    if len(distinct) >= req.min:
        f.detail = f"有{noun}{len(distinct)}件：{names}" + (f"，要求至少{req.min}件。" if req.min > 1 else "。")
    else:
        short = req.min - len(distinct)
        f.met, f.units, f.shortfall = False, float(short), short / req.min
        if distinct:
            f.detail = f"有{noun}{len(distinct)}件：{names}，要求至少{req.min}件，少{short}件。"
        else:
            f.detail = f"没有找到{need(req.description)}。"
        f.missing = [need(req.description)]
        if outside:
            f.detail += f"另有{len(outside)}件日期不在{span(ctx.year, req.years).label}：" \
                        f"{join_cn([r.name for r in outside[:3]])}。"
            f.evidence = paths(distinct + outside)
    return f


def check_doc(ctx: Context, req: Requirement, records: list[Record]) -> Finding:
    return _check(ctx, req, records, "材料" if not req.kind else req.kind)


def check_photo(ctx: Context, req: Requirement, records: list[Record]) -> Finding:
    return _check(ctx, req, [r for r in records if r.kind == "照片"], "照片")


__all__ = ["check_doc", "check_photo", "in_period", "what"]
