"""Attendance that cannot be true: 实到 above 应到; absentees named while 实到 equals 应到; an 应到 far from the
number of members on the 党员花名册 (or on the 党小组's part of it) for meetings every member is expected at.

The numbers are the minutes' own fields (extract/minutes.py: 应到人数, 实到人数, 缺席人员); an 应到 the reader
inferred (实到 + 缺席) is compared only when the record writes an 应到 in words."""

from __future__ import annotations

import re

from archive.check.members import group_number, member_roster
from archive.check.model import CheckContext, Doc, Report

F_EXPECTED, F_PRESENT, F_ABSENT = "应到人数", "实到人数", "缺席人员"
NO_ONE = re.compile(r"^(?:无|没有|全到|全部到会|无缺席|无人缺席|/|／|—|-|0人?)$")
WRITTEN_EXPECTED = re.compile(r"应\s*(?:到|出席|参加|参会)|全体党员|党员总数|共有党员|现有党员")
GROUP_MEETING = "党小组会"
_ROSTER_MEETINGS_NOTE = "花名册"


def _int(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _what(doc: Doc) -> str:
    when = f"{doc.day.month}月{doc.day.day}日" if doc.day else ""
    return f"{when}{doc.meeting_type or '会议'}记录（{doc.name}）"


def check_attendance(ctx: CheckContext, docs: list[Doc]) -> list[Report]:
    out: list[Report] = []
    roster = member_roster(docs, ctx.year)
    s = ctx.settings
    for doc in docs:
        if doc.kind != "会议记录":
            continue
        expected, present = _int(doc.fields.get(F_EXPECTED)), _int(doc.fields.get(F_PRESENT))
        absent = str(doc.fields.get(F_ABSENT) or "").strip()
        if expected is not None and present is not None and present > expected:
            out.append(Report("attendance_over", "high", [doc.path],
                              f"{_what(doc)}写实到{present}人，多于应到{expected}人。请找出当次的签到表核对人数；"
                              f"如有列席人员计入了实到，请在记录中注明。",
                              {"expected": expected, "present": present}))
            continue
        if expected is not None and present == expected and absent and not NO_ONE.match(absent):
            out.append(Report("attendance_absent", "medium", [doc.path],
                              f"{_what(doc)}写应到{expected}人、实到{present}人，却列有缺席人员（{absent[:40]}）。"
                              f"请对照当次签到表核实实到人数和缺席人员，以签到表为准说明。",
                              {"expected": expected, "present": present}))
            continue
        if expected is None or roster is None or not WRITTEN_EXPECTED.search(doc.text):
            continue
        if doc.meeting_type in s.whole_branch_meetings:
            members, whom = len(roster.names), "党员花名册"
        elif doc.meeting_type == GROUP_MEETING and roster.groups:
            n = group_number(f"{doc.title} {doc.name} {doc.text[:200]}")
            if n is None or n not in roster.groups:
                continue
            members, whom = len(roster.groups[n]), f"党员花名册中第{n}党小组"
        else:
            continue
        allowed = max(s.roster_tolerance, round(s.roster_tolerance_share * members))
        if abs(expected - members) > allowed:
            out.append(Report("attendance_roster", "medium", [doc.path, roster.doc.path],
                              f"{_what(doc)}写应到{expected}人，而{whom}有{members}人，相差{abs(expected - members)}人"
                              f"（年内入党、转出等允许相差{allowed}人）。请核对当时的党员人数：找出当次签到表和"
                              f"党员变动记录，如确有变动请在记录中说明。",
                              {"expected": expected, "roster": members, "difference": abs(expected - members),
                               "allowed": allowed}))
    return out
