"""count: at least N distinct meetings/activities per period (每月, 每两月, 每季度, 半年, 全年, 每两年)."""

from __future__ import annotations

import re

from archive.assess.findings import Context, Finding, fmt_num, join_cn, paths, what
from archive.assess.periods import CURRENT_NAMES, before, contains, periods, short_date, span
from archive.assess.records import Record
from archive.assess.select import counted_words
from archive.assess.textnum import stated_counts
from archive.rubric.model import Requirement

PER_NAMES = {"month": "每月", "bimonth": "每两个月", "quarter": "每季度", "halfyear": "每半年"}


def meetings(records: list[Record], req: Requirement) -> list[list[Record]]:
    """Group records into distinct meetings: same meeting type on the same day is one meeting (the minutes,
    the sign-in sheet and the photos); a month-only record joins a dated meeting of its type in that month."""
    groups: dict[tuple, list[Record]] = {}
    loose: list[Record] = []
    for rec in sorted(records, key=lambda r: (r.date, r.path)):
        mtype = rec.meeting_type or req.meeting_type or rec.kind or ""
        if rec.precision == "day":
            groups.setdefault((mtype, rec.date), []).append(rec)
        else:
            loose.append(rec)
    for rec in loose:
        mtype = rec.meeting_type or req.meeting_type or rec.kind or ""
        same_month = [k for k in groups if k[0] == mtype and k[1].year == rec.date.year and k[1].month ==
                      rec.date.month and rec.precision == "month"]
        if same_month:
            groups[same_month[0]].append(rec)
        else:
            groups.setdefault((mtype, rec.date, rec.precision), []).append(rec)
    return list(groups.values())


def _label(group: list[Record]) -> str:
    rec = group[0]
    if rec.precision == "day":
        return short_date(rec.date)
    if rec.precision == "month":
        return f"{rec.date.month}月"
    return f"{rec.date.year}年"


def _stated(records: list[Record], req: Requirement) -> tuple[int, Record | None, str]:
    """The largest count a document states for keyword-only counts ("完成实事项目6项"), or a listing table's rows."""
    best, best_rec, phrase = 0, None, ""
    words = counted_words(req)
    for rec in records:
        for n, text in stated_counts(rec.text, words):
            if n > best:
                best, best_rec, phrase = n, rec, text
        for table in rec.tables:
            rows = [r for r in table.get("rows", []) if r and str(r[0]).strip().isdigit()]
            name = f"{table.get('name', '')}{rec.title}"
            if len(rows) > best and any(k in name for k in words):
                best, best_rec, phrase = len(rows), rec, f"列出{len(rows)}项"
    return best, best_rec, phrase


# Measure words a count is printed in, longest first ("100人次" is in 人次, not 次).
COUNT_UNITS: tuple[str, ...] = ("人次", "户次", "家次", "场次", "次", "个", "项", "件", "名", "户", "篇", "家")


def unit_word(req: Requirement) -> str:
    """The unit the rubric counts in: "5个以上实事项目" → 项, "不少于4次" → 次, "不少于100人次" → 人次, "不少于5户" → 户."""
    m = re.search(rf"\d+\s*({'|'.join(COUNT_UNITS)})", req.description)
    word = m.group(1) if m else "次"
    return "项" if word == "个" else word


def check_count(ctx: Context, req: Requirement, records: list[Record]) -> Finding:
    noun = what(req)
    u = unit_word(req)
    whole = span(ctx.year, req.years)
    dated = [r for r in records if contains(whole, r) and before(r, ctx.as_of)]
    undated = [r for r in records if r.date is None]
    groups = meetings(dated, req)
    per = req.per if req.per != "year" else None
    f = Finding(req.id, req.type, True, "", description=req.description)
    if per is None:
        n = len(groups)
        used = [r for g in groups for r in g]
        source = ""
        if not req.meeting_type and req.keywords:
            stated, rec, phrase = _stated(dated + undated, req)
            if stated > n and rec is not None:
                n, used, source = stated, used + [rec], f"（据《{rec.name}》：{phrase}）"
        dates = join_cn([_label(g) for g in groups])
        held = (f"{whole.label}有{noun}记录{len(groups)}{u}" + (f"（{dates}）" if dates else "") if groups
                else f"{whole.label}没有{noun}记录")
        if source:
            held = f"{whole.label}{noun}{n}{u}{source}"
        f.evidence = paths(used)
        if n >= req.min:
            f.detail = f"{held}，要求不少于{req.min}{u}，已达到。"
        elif not whole.ended(ctx.as_of):
            f.pending = True
            f.detail = f"截至{short_date(ctx.as_of)}{held.replace(whole.label, '', 1)}，要求{whole.label}不少于" \
                       f"{req.min}{u}，年底前还需{req.min - n}{u}。"
            scope = "全年" if req.years == 1 else whole.label
            f.due.append(f"{noun}还需{req.min - n}{u}（要求{scope}不少于{req.min}{u}）")
        else:
            short = req.min - n
            f.met, f.units, f.shortfall = False, short, short / req.min
            f.missing = [f"少{short}{u}"]
            f.detail = (f"{held}，要求不少于{req.min}{u}，少{short}{u}。" if n
                        else f"{held}（要求不少于{req.min}{u}），少{short}{u}。")
        if undated and n < req.min:
            f.detail += f"另有{len(undated)}件材料没有可靠日期，未计入：{join_cn([r.name for r in undated][:5])}。"
        return f
    judged, missing, held = [], [], 0
    for p in periods(per, ctx.year):
        inside = [g for g in groups if all(contains(p, r) for r in g)]
        if p.ended(ctx.as_of):
            judged.append(p)
            if len(inside) >= req.min:
                held += 1
            else:
                missing.append(p.label)
        elif p.current(ctx.as_of) and len(inside) < req.min:
            f.due.append(f"{CURRENT_NAMES[per]}尚无{noun}记录" if not inside
                         else f"{CURRENT_NAMES[per]}{noun}记录{len(inside)}次，要求{req.min}次")
    f.evidence = paths([r for g in groups for r in g])
    unit_name = {"month": "个月", "bimonth": "个时段", "quarter": "个季度", "halfyear": "个半年"}[per]
    if not judged:
        f.pending = True
        f.detail = f"截至{short_date(ctx.as_of)}尚无已结束的时段可查（{PER_NAMES[per]}不少于{req.min}次）。"
        return f
    scope = f"{len(judged)}{unit_name}" if len(judged) < len(periods(per, ctx.year)) else f"全年{len(judged)}{unit_name}"
    if not missing:
        f.detail = f"{PER_NAMES[per]}都有{noun}记录（{scope}均有，共{len(groups)}次）。"
    else:
        f.met, f.missing, f.units = False, missing, float(len(missing))
        f.shortfall = len(missing) / len(judged)
        f.detail = (f"{join_cn(missing)}无{noun}记录（要求{PER_NAMES[per]}不少于{req.min}次"
                    + (f"；{scope}中{held}个有记录）。" if held else "）。"))
    if len(judged) < len(periods(per, ctx.year)):
        f.pending = True
        f.detail += f"截至{short_date(ctx.as_of)}，只查已结束的时段。"
    if undated:
        f.detail += f"另有{len(undated)}件材料没有可靠日期，未计入。"
    return f


__all__ = ["check_count", "meetings", "fmt_num"]
