"""ledger: the 党费台帐 of the assessment year, each member × month: paid or not.

Unpaid: a blank cell, 0, 未交, 欠交, 缓交, 滞交; paid: an amount (50, 50.00, "50元") or 已交/√; not due: —, /, 无
(e.g. before a member joined). Months as columns or as rows; merged title and header cells leave blanks that are
skipped. Also read from text: "王某某：5月、6月未交"."""

from __future__ import annotations

import re

from archive.assess.findings import Context, Finding, join_cn, paths
from archive.assess.periods import month_end
from archive.assess.records import Record
from archive.rubric.model import Requirement

UNPAID_WORDS = ("未交", "欠交", "缓交", "滞交", "未缴", "欠缴", "缓缴", "补交")
NOT_DUE = ("—", "-", "－", "/", "／", "无", "——", "不适用", "免交", "×")
PAID_WORDS = ("已交", "已缴", "√", "✓", "✔")
SUMMARY_NAMES = ("合计", "小计", "总计", "累计", "合 计", "总计：")
NAME_HEADERS = ("姓名", "党员姓名", "名字")
MIN_MONTH_LABELS = 6
_MONTH = re.compile(r"^(?:(?:19|20)\d\d\s*[年.\-/]\s*)?(\d{1,2}|[一二三四五六七八九十]|十[一二])\s*月(?:份)?$")
_CN_MONTHS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
              "十一": 11, "十二": 12}
_TEXT_ARREARS = re.compile(
    r"([\u4e00-\u9fff]{2,4})(?:同志)?[：:]\s*((?:\d{1,2}\s*月\s*[、，,和及至—\-~]?\s*)+)(未交|欠交|缓交|滞交|未缴|欠缴)")


def month_of(cell) -> int | None:
    m = _MONTH.match(str(cell or "").strip())
    if not m:
        return None
    token = m.group(1)
    n = int(token) if token.isdigit() else _CN_MONTHS.get(token)
    return n if n and 1 <= n <= 12 else None


def cell_state(cell) -> tuple[str, str]:
    """('paid'|'unpaid'|'na', word shown for unpaid)."""
    if cell is None:
        return "unpaid", "未交"
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return ("paid", "") if cell > 0 else ("unpaid", "未交")
    text = str(cell).strip().replace(" ", "")
    if not text:
        return "unpaid", "未交"
    for w in UNPAID_WORDS:
        if w in text:
            return "unpaid", "欠交" if w in ("欠交", "欠缴") else ("缓交" if w.startswith("缓") else
                                                               ("滞交" if w == "滞交" else "未交"))
    if text in NOT_DUE:
        return "na", ""
    m = re.fullmatch(r"[¥￥]?(\d+(?:\.\d+)?)(?:元)?", text)
    if m:
        return ("paid", "") if float(m.group(1)) > 0 else ("unpaid", "未交")
    if any(w in text for w in PAID_WORDS):
        return "paid", ""
    return "na", ""


def _is_name(cell) -> bool:
    text = str(cell or "").strip()
    return bool(re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", text)) and text not in SUMMARY_NAMES and month_of(text) is None


def _columns_layout(rows: list[list]) -> dict[str, dict[int, tuple[str, str]]] | None:
    """Months across the top: find the header row with most month labels."""
    best, best_i = {}, -1
    for i, row in enumerate(rows[:15]):
        labels = {j: month_of(c) for j, c in enumerate(row) if month_of(c)}
        if len(labels) > len(best):
            best, best_i = labels, i
    if len(best) < MIN_MONTH_LABELS:
        return None
    name_col = None
    for i in range(max(0, best_i - 2), best_i + 1):  # merged two-level headers: 姓名 may sit a row above
        for j, c in enumerate(rows[i]):
            if str(c or "").strip() in NAME_HEADERS:
                name_col = j
    if name_col is None:
        first_month = min(best)
        votes = {j: sum(_is_name(r[j]) for r in rows[best_i + 1:] if j < len(r)) for j in range(first_month)}
        name_col = max(votes, key=votes.get) if votes and max(votes.values()) > 0 else None
    if name_col is None:
        return None
    out: dict[str, dict[int, tuple[str, str]]] = {}
    for row in rows[best_i + 1:]:
        if name_col >= len(row) or not _is_name(row[name_col]):
            continue
        name = str(row[name_col]).strip()
        out[name] = {month: cell_state(row[j] if j < len(row) else None) for j, month in best.items()}
    return out


def _rows_layout(rows: list[list]) -> dict[str, dict[int, tuple[str, str]]] | None:
    """Months down the side: a column with month labels, names in the row above the first month."""
    width = max((len(r) for r in rows), default=0)
    for col in range(min(width, 3)):
        month_rows = {i: month_of(r[col]) for i, r in enumerate(rows) if col < len(r) and month_of(r[col])}
        if len(month_rows) < MIN_MONTH_LABELS:
            continue
        header = rows[min(month_rows) - 1] if min(month_rows) > 0 else []
        names = {j: str(c).strip() for j, c in enumerate(header) if j != col and _is_name(c)}
        if not names:
            return None
        out: dict[str, dict[int, tuple[str, str]]] = {n: {} for n in names.values()}
        for i, month in month_rows.items():
            for j, name in names.items():
                out[name][month] = cell_state(rows[i][j] if j < len(rows[i]) else None)
        return out
    return None


def read_ledger(rec: Record) -> dict[str, dict[int, tuple[str, str]]] | None:
    """member → month → (state, word), from the record's tables; None when no table has the shape of a ledger."""
    result: dict[str, dict[int, tuple[str, str]]] = {}
    found = False
    for table in rec.tables:
        rows = [list(r) for r in table.get("rows", []) if isinstance(r, list)]
        grid = _columns_layout(rows) or _rows_layout(rows)
        if grid:
            found = True
            for name, months in grid.items():
                result.setdefault(name, {}).update(months)
    return result if found else None


def text_arrears(text: str) -> dict[str, list[tuple[int, str]]]:
    out: dict[str, list[tuple[int, str]]] = {}
    for m in _TEXT_ARREARS.finditer(text):
        months = [int(x) for x in re.findall(r"(\d{1,2})\s*月", m.group(2))]
        if "至" in m.group(2) or "—" in m.group(2) or "-" in m.group(2):
            if len(months) == 2 and months[0] < months[1]:
                months = list(range(months[0], months[1] + 1))
        word = m.group(3).replace("缴", "交")
        out.setdefault(m.group(1), []).extend((mo, word) for mo in months if 1 <= mo <= 12)
    return out


def _ledger_year(rec: Record) -> int | None:
    if rec.date is not None and rec.precision in ("day", "month", "year"):
        return rec.date.year
    head = rec.title + " " + rec.path + " " + " ".join(str(t.get("name", "")) for t in rec.tables)
    m = re.search(r"((?:19|20)\d\d)\s*年?", head)
    return int(m.group(1)) if m else None


def check_ledger(ctx: Context, req: Requirement, records: list[Record]) -> Finding:
    f = Finding(req.id, req.type, True, "", description=req.description)
    ledgers = [r for r in records if _ledger_year(r) in (ctx.year, None)]
    if not ledgers:
        f.met, f.shortfall, f.units, f.missing = False, 1.0, 1.0, [f"{ctx.year}年党费台帐"]
        f.detail = f"没有{ctx.year}年度的党费台帐。"
        if records:
            f.detail += f"（有其他年度的台帐{len(records)}件）"
            f.evidence = paths(records)
        return f
    ended = [m for m in range(1, 13) if month_end(ctx.year, m) <= ctx.as_of]
    arrears: dict[str, list[tuple[int, str]]] = {}
    members: set[str] = set()
    read, unread = [], []
    for rec in ledgers:
        grid = read_ledger(rec)
        from_text = text_arrears(rec.text) if not grid else {}
        if grid is None and not from_text:
            unread.append(rec)
            continue
        read.append(rec)
        for name, months in (grid or {}).items():
            members.add(name)
            for month, (state, word) in months.items():
                if state == "unpaid" and month in ended:
                    arrears.setdefault(name, []).append((month, word))
        for name, months in from_text.items():
            members.add(name)
            arrears.setdefault(name, []).extend((mo, w) for mo, w in months if mo in ended)
    f.evidence = paths(read + unread)
    if not read:
        f.met = None
        f.detail = f"有党费台帐{len(unread)}件，但读不出逐人逐月的交纳情况，请人工核对。"
        return f
    lines = []
    for name in sorted(arrears, key=lambda n: min(m for m, _ in arrears[n])):
        months = sorted(set(arrears[name]))
        words = {w for _, w in months}
        word = words.pop() if len(words) == 1 else "未交"
        lines.append(f"{name}：{join_cn([f'{m}月' for m, _ in months])}{word}")
    scope = f"1—{max(ended)}月" if ended else "尚无已结束的月份"
    if not ended:
        f.pending = True
    if lines:
        f.met = False
        f.missing = lines
        f.units = float(sum(len(set(v)) for v in arrears.values()))  # member-months unpaid (人次)
        f.counts = {"人": float(len(arrears)), "人次": f.units}
        # the rubric asks for every member's dues every month: a month with anyone in arrears is a month short
        months_short = {m for v in arrears.values() for m, _ in v}
        f.shortfall = min(1.0, len(months_short) / max(1, len(ended)))
        f.detail = f"党费台帐（{len(members)}名党员，{scope}）有欠交：{'；'.join(lines)}。"
    else:
        f.detail = f"党费台帐（{len(members)}名党员，{scope}）逐月都已交纳。"
    current = ctx.as_of.month if ctx.as_of.year == ctx.year and ctx.as_of < month_end(ctx.year, 12) else None
    if current and current not in ended:
        f.due.append(f"{current}月党费尚待收缴登记")
    return f
