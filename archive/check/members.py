"""Members as the papers give them: the 党员花名册 (with each member's 党小组) and the dues ledger, read with
assessment's own readers (assess/checks/roster.py, ledger.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from archive.assess.checks.ledger import read_ledger
from archive.assess.checks.roster import read_roster
from archive.assess.records import Record
from archive.check.model import Doc

GROUP_HEADERS = ("党小组", "所在党小组", "小组")
_CN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_RE_GROUP = re.compile(r"第?([一二三四五六七八九十]|\d{1,2})(?:党)?小?组")


@dataclass
class Roster:
    doc: Doc
    names: list[str]
    groups: dict[int, list[str]] = field(default_factory=dict)  # 党小组 number -> names


def to_record(doc: Doc) -> Record:
    import json

    return Record(id=doc.id, path=doc.path, sha256=doc.sha256, kind=doc.kind, meeting_type=doc.meeting_type,
                  date=doc.date, precision=doc.precision, title=doc.title, text=doc.text, fields=doc.fields,
                  tables_json=json.dumps(doc.tables, ensure_ascii=False))


def group_number(text: str) -> int | None:
    """第1党小组, 一组, 第二小组 → its number."""
    m = _RE_GROUP.search(text or "")
    if not m:
        return None
    token = m.group(1)
    return int(token) if token.isdigit() else _CN.get(token)


def _groups(doc: Doc, names: set[str]) -> dict[int, list[str]]:
    """Each member's 党小组 from the roster's table, when it has such a column."""
    out: dict[int, list[str]] = {}
    for table in doc.tables:
        rows = [r for r in (table.get("rows") or []) if isinstance(r, list)]
        for i, row in enumerate(rows[:10]):
            cells = [str(c or "").replace(" ", "") for c in row]
            name_c = next((j for j, c in enumerate(cells) if c in ("姓名", "党员姓名")), None)
            group_c = next((j for j, c in enumerate(cells) if c in GROUP_HEADERS), None)
            if name_c is None or group_c is None:
                continue
            for data in rows[i + 1:]:
                if max(name_c, group_c) >= len(data):
                    continue
                name = str(data[name_c] or "").strip()
                n = group_number(str(data[group_c] or ""))
                if name in names and n is not None:
                    out.setdefault(n, []).append(name)
            break
    return out


def member_roster(docs: list[Doc], year: int) -> Roster | None:
    """The 党员花名册: of the rosters of the year (or undated), the one that lists most members."""
    best: Roster | None = None
    for doc in docs:
        if doc.kind != "花名册" or (doc.date is not None and doc.date.year not in (year, year + 1)):
            continue
        people = read_roster(to_record(doc))
        names = list(dict.fromkeys(p["name"] for p in people))
        if names and (best is None or len(names) > len(best.names)):
            best = Roster(doc, names, _groups(doc, set(names)))
    return best


def ledger_members(docs: list[Doc], year: int) -> tuple[Doc, dict[str, dict[int, tuple[str, str]]]] | None:
    """The dues ledger of the year and its grid, member → month → (paid | unpaid | na, word) (the ledger with most
    members when there are several)."""
    best: tuple[Doc, dict] | None = None
    for doc in docs:
        if doc.kind != "党费台帐" or (doc.date is not None and doc.date.year != year):
            continue
        grid = read_ledger(to_record(doc))
        if grid and (best is None or len(grid) > len(best[1])):
            best = (doc, grid)
    return best
