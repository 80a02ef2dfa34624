"""rate: attendance from minutes (实到/应到 per meeting and for the year), a figure written in the evidence
("满意率91.2%"), or one computed from the counts it gives ("直管党员52名，参加志愿服务20名")."""

from __future__ import annotations

import datetime as dt
import re

from archive.assess.checks.count import meetings
from archive.assess.findings import Context, Finding, join_cn, paths, pct
from archive.assess.periods import before, contains, date_text, short_date, span
from archive.assess.records import Record
from archive.assess.select import MEETING_SHORT
from archive.assess.textnum import counted_rate, rate_subject, rate_words, subject_match, written_rate_matches
from archive.rubric.model import Requirement

THREE_MEETINGS_ONE_LESSON = ("支部委员会", "党员大会", "党小组会", "党课")
OP_TEXT = {">": "超过", ">=": "不低于"}
# Attendance is judged on the year's total 实到/应到 ("overall"); "every_meeting" ([assess] attendance) also fails
# when any one meeting falls short. Meetings below the threshold are named either way.
ATTENDANCE_RULE = "overall"
ATTENDANCE_RULES = ("overall", "every_meeting")
# A plan states targets, not results: its percentages are never read as the achieved figure.
TARGET_KINDS = ("计划",)


def passes(value: float, req: Requirement) -> bool:
    threshold = req.threshold or 0.0
    eps = 1e-9
    return value > threshold + eps if req.op == ">" else value >= threshold - eps


def _int(value) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return int(value)
    m = re.search(r"\d+", str(value or ""))
    return int(m.group()) if m else None


def _want(req: Requirement) -> str:
    return f"要求{OP_TEXT.get(req.op, '不低于')}{pct(req.threshold or 0.0).replace('.0%', '%')}"


def attendance(ctx: Context, req: Requirement, records: list[Record]) -> Finding:
    whole = span(ctx.year, req.years)
    types = THREE_MEETINGS_ONE_LESSON if "三会一课" in f"{req.measure}{req.description}" else None
    minutes = [r for r in records if r.kind == "会议记录" and contains(whole, r) and before(r, ctx.as_of)
               and (types is None or r.meeting_type in types)]
    f = Finding(req.id, req.type, True, "", description=req.description)
    rates, low, unknown, used, counts = [], [], [], [], []
    for group in meetings(minutes, req):
        rec = next((r for r in group if _int(r.fields.get("应到人数")) and _int(r.fields.get("实到人数")) is not None),
                   None)
        head = group[0]
        label = f"{short_date(head.date) if head.precision == 'day' else date_text(head)}" \
                f"{MEETING_SHORT.get(head.meeting_type or '', head.meeting_type or '会议')}"
        if rec is None:
            unknown.append((label, head))
            continue
        due, came = _int(rec.fields["应到人数"]), _int(rec.fields["实到人数"])
        value = came / due
        rates.append(value)
        counts.append((came, due))
        used.append(rec)
        if not passes(value, req):
            low.append((f"{label}{came}/{due}＝{pct(value)}", rec))
    if not rates:
        f.met = None if unknown else False
        f.evidence = paths([r for _, r in unknown])
        f.detail = (f"{len(unknown)}份会议记录没有写明应到人数，无法计算参加率，请人工核对：" +
                    join_cn([u for u, _ in unknown[:6]])) if unknown else f"{whole.label}没有可计算参加率的会议记录。"
        if f.met is False:
            f.shortfall, f.units, f.missing = 1.0, 1.0, [req.measure or req.description]
        return f
    total_came, total_due = sum(c for c, _ in counts), sum(d for _, d in counts)
    overall = total_came / total_due
    f.value = overall
    every = ctx.settings.get("attendance", ATTENDANCE_RULE) == "every_meeting"
    f.evidence = paths(used + [r for _, r in low])
    f.detail = (f"{len(rates)}次会议合计实到{total_came}人次、应到{total_due}人次，参加率{pct(overall)}，"
                f"{_want(req)}")
    overall_ok = passes(overall, req)
    if low:
        f.detail += f"；其中低于要求的{len(low)}次：{join_cn([t for t, _ in low])}"
    if not overall_ok or (every and low):
        f.met = False
        f.missing = [t for t, _ in low] or [f"{req.measure or '参加率'}{pct(overall)}"]
        f.units = float(max(1, len(low)))
        f.shortfall = 1.0 if not overall_ok else len(low) / len(rates)
        if every and low and overall_ok:
            f.detail += "（按每次会议都须达到的规则判断）"
    f.detail += "。"
    if unknown:
        f.detail += f"另有{len(unknown)}份会议记录没有写明应到人数，未计入：{join_cn([u for u, _ in unknown[:6]])}。"
        f.evidence += [p for p in paths([r for _, r in unknown]) if p not in f.evidence]
    return f


def written(ctx: Context, req: Requirement, records: list[Record]) -> Finding:
    whole = span(ctx.year, req.years)
    measure = req.measure or req.description
    words = rate_words(measure)
    subject = rate_subject(measure)
    usable = [r for r in records if r.kind not in TARGET_KINDS
              and (r.date is None or (contains(whole, r) and before(r, ctx.as_of)))]
    # (how well the figure names the measure's subject, value, phrase, record): each record's best figure.
    found: list[tuple[int, float, str, Record]] = []
    for r in usable:
        rates = written_rate_matches(r.text, words, measure, r.name) if words else []
        if rates:
            match, _, value, phrase = rates[0]
            found.append((match, value, phrase, r))
            continue
        counted = counted_rate(r.text)
        if counted:
            found.append((subject_match(subject, counted[1], r.name), counted[0],
                          f"{counted[1]}（折合{pct(counted[0])}）", r))
    f = Finding(req.id, req.type, True, "", description=req.description)
    if not found:
        f.evidence = paths(usable)
        if usable:
            f.met = None
            f.detail = f"{len(usable)}件材料中没有读到{req.measure}的数字，请人工核对。"
        else:
            f.met, f.shortfall, f.units, f.missing = False, 1.0, 1.0, [req.measure or req.description]
            f.detail = f"没有反映{req.measure}的材料（{_want(req)}）。"
        return f
    # The figure that names the measure's subject wins (the 书记's 满意率 over the 社区工作's 满意度, wherever each
    # is written); among equally matching ones the latest dated statement (a year-end 测评 over a mid-year one).
    found.sort(key=lambda t: (t[0], t[3].date or dt.date.min, t[3].path))
    _, value, phrase, rec = found[-1]
    f.evidence = paths([rec] + [r for *_, r in found[:-1]])
    f.value = value
    f.detail = f"《{rec.name}》：{phrase}，{_want(req)}"
    if passes(value, req):
        f.detail += "，已达到。"
    else:
        f.met, f.shortfall, f.units = False, 1.0, 1.0
        f.missing = [f"{req.measure}{pct(value)}"]
        f.detail += "，未达到。"
    return f


def check_rate(ctx: Context, req: Requirement, records: list[Record]) -> Finding:
    if req.kind == "会议记录":
        return attendance(ctx, req, records)
    return written(ctx, req, records)
