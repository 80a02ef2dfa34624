"""People who do not agree: members in the dues ledger who are not on the 党员花名册, or the other way round; a
发展党员 step out of order (预备 less than a year after 积极分子, 转正 less than a year after 预备, a step dated
before the one it follows).

Members who joined or left during the year are not reported: a ledger row not due in the first months (— before
they joined) or in the last ones (after they left) explains a roster written before or after."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from archive.check.members import ledger_members, member_roster
from archive.check.model import CheckContext, Doc, Report
from archive.extract.dates import find_dates, parse_date

MAX_NAMES_SHOWN = 8

# 发展党员 steps in their order, each with the labels that date it.
STEPS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("apply", "递交入党申请书", ("递交入党申请书时间", "递交入党申请时间", "申请入党时间", "入党申请时间", "递交申请书时间")),
    ("activist", "确定为入党积极分子", ("确定为积极分子时间", "确定为入党积极分子时间", "列为入党积极分子时间",
                                    "列为积极分子时间", "积极分子确定时间", "确定积极分子时间")),
    ("candidate", "确定为发展对象", ("确定为发展对象时间", "列为发展对象时间", "发展对象确定时间")),
    ("probation", "接收为预备党员", ("接收为预备党员时间", "吸收为预备党员时间", "预备党员时间", "接收预备党员时间",
                                  "入党时间")),
    ("full", "转为正式党员", ("转正时间", "转为正式党员时间", "预备党员转正时间")),
)
STEP_ORDER = [k for k, _, _ in STEPS]
STEP_WORDS = {k: w for k, w, _ in STEPS}
_LABEL_STEP = {label: k for k, _, labels in STEPS for label in labels}
NAME_LABELS = ("姓名", "党员姓名", "名字")
_RE_SPACE = re.compile(r"\s+")


def _label(cell) -> str:
    return _RE_SPACE.sub("", str(cell or "")).rstrip(":：")


def _date(cell) -> tuple[dt.date, str] | None:
    """(date, precision) of a cell: 2024.09.10, 2024-09-10, 2024年9月10日, 2024.09, 2024年9月."""
    text = str(cell or "").strip()
    if not text:
        return None
    found = [f for f in find_dates(text) if not f.year_inferred]
    if found:
        return found[0].date, found[0].precision
    head = text[:10]
    d = parse_date(head) if re.fullmatch(r"(?:19|20)\d\d[.\-/年]\d{1,2}(?:[.\-/月]\d{1,2}日?)?月?", head) else None
    if d is None:
        return None
    return d, "day" if len(re.findall(r"\d+", head)) == 3 else "month"


def development_steps(doc: Doc) -> dict[str, dict[str, tuple[dt.date, str]]]:
    """name → step → (date, precision), from a form (label cell, value cell) or a table with a 姓名 column."""
    out: dict[str, dict[str, tuple[dt.date, str]]] = defaultdict(dict)
    for table in doc.tables:
        rows = [r for r in (table.get("rows") or []) if isinstance(r, list)]
        # a form: 姓名 | 张三 | … | 确定为积极分子时间 | 2025.03.18
        name, steps = None, {}
        for row in rows:
            for j, cell in enumerate(row[:-1]):
                label = _label(cell)
                if label in NAME_LABELS and name is None:
                    value = str(row[j + 1] or "").strip()
                    if re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", value):
                        name = value
                elif label in _LABEL_STEP and (d := _date(row[j + 1])):
                    steps[_LABEL_STEP[label]] = d
        if name and steps:
            out[name].update(steps)
            continue
        # a list: a header row with 姓名 and step columns
        for i, row in enumerate(rows[:10]):
            labels = [_label(c) for c in row]
            name_c = next((j for j, c in enumerate(labels) if c in NAME_LABELS), None)
            step_cs = {j: _LABEL_STEP[c] for j, c in enumerate(labels) if c in _LABEL_STEP}
            if name_c is None or not step_cs:
                continue
            for data in rows[i + 1:]:
                who = str(data[name_c] or "").strip() if name_c < len(data) else ""
                if not re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", who):
                    continue
                for j, step in step_cs.items():
                    if j < len(data) and (d := _date(data[j])):
                        out[who][step] = d
            break
    return out


def _cn(d: dt.date, precision: str) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if precision == "day" else f"{d.year}年{d.month}月"


def _names(names: list[str]) -> str:
    shown = "、".join(names[:MAX_NAMES_SHOWN])
    return shown + (f"等{len(names)}人" if len(names) > MAX_NAMES_SHOWN else "")


def _ledger_roster(ctx: CheckContext, docs: list[Doc]) -> list[Report]:
    roster = member_roster(docs, ctx.year)
    ledger = ledger_members(docs, ctx.year)
    if roster is None or ledger is None:
        return []
    ledger_doc, grid = ledger
    on_roster = set(roster.names)

    def joined_or_left(name: str) -> bool:
        states = [grid[name][m][0] for m in sorted(grid[name])]
        return bool(states) and (states[0] == "na" or states[-1] == "na") and "paid" in states

    ledger_only = [n for n in grid if n not in on_roster and not joined_or_left(n)]
    roster_only = [n for n in roster.names if n not in grid]
    if not ledger_only and not roster_only:
        return []
    parts = []
    if ledger_only:
        parts.append(f"党费台帐上有、花名册上没有的{len(ledger_only)}人：{_names(ledger_only)}")
    if roster_only:
        parts.append(f"花名册上有、党费台帐上没有的{len(roster_only)}人：{_names(roster_only)}")
    return [Report(
        "ledger_roster", "medium", [ledger_doc.path, roster.doc.path],
        f"党费台帐（{ledger_doc.name}，{len(grid)}人）与党员花名册（{roster.doc.name}，{len(on_roster)}人）对不上："
        + "；".join(parts) + "。请核对党员组织关系转入转出、去世、出党等变动记录，按实际情况更正台帐或花名册，"
        "并说明变动的时间和原因。",
        {"ledger": len(grid), "roster": len(on_roster), "ledger_only": ledger_only, "roster_only": roster_only})]


def _development(ctx: CheckContext, docs: list[Doc]) -> list[Report]:
    people: dict[str, dict[str, tuple[dt.date, str]]] = defaultdict(dict)
    where: dict[str, list[str]] = defaultdict(list)
    for doc in docs:
        if not doc.tables:
            continue
        for name, steps in development_steps(doc).items():
            for step, value in steps.items():
                people[name].setdefault(step, value)
            where[name].append(doc.path)
    min_days = ctx.settings.development_min_days
    out = []
    for name in sorted(people):
        steps = people[name]
        problems, numbers = [], {}
        ordered = [(k, steps[k]) for k in STEP_ORDER if k in steps]
        for (k1, (d1, p1)), (k2, (d2, p2)) in zip(ordered, ordered[1:], strict=False):
            slack = 0 if p1 == p2 == "day" else 31  # a month-only date may be any day of its month
            if (d2 - d1).days + slack < 0:
                problems.append(f"{STEP_WORDS[k2]}（{_cn(d2, p2)}）早于{STEP_WORDS[k1]}（{_cn(d1, p1)}）")
                numbers[f"{k1}_to_{k2}_days"] = (d2 - d1).days
        for k1, k2 in (("activist", "probation"), ("probation", "full")):  # at least a year each
            if k1 in steps and k2 in steps:
                (d1, p1), (d2, p2) = steps[k1], steps[k2]
                slack = 0 if p1 == p2 == "day" else 31
                gap = (d2 - d1).days
                if 0 <= gap + slack and gap + slack < min_days:
                    problems.append(f"从{STEP_WORDS[k1]}（{_cn(d1, p1)}）到{STEP_WORDS[k2]}（{_cn(d2, p2)}）"
                                    f"只有{gap}天，不足一年")
                    numbers[f"{k1}_to_{k2}_days"] = gap
        if problems:
            out.append(Report(
                "development_order", "high", sorted(set(where[name])),
                f"{name}的发展党员程序时间不符：" + "；".join(dict.fromkeys(problems)) + "。"
                "请对照入党志愿书、支部大会记录和上级党委的审批材料核实各环节的日期；如登记有误，请据原始材料更正并说明。",
                {"name": name, **numbers}))
    return out


def check_people(ctx: CheckContext, docs: list[Doc]) -> list[Report]:
    return _ledger_roster(ctx, docs) + _development(ctx, docs)
