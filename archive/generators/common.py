"""What every report reads: the status document (the assessment's own figures), catalog rows, and Chinese
formatting."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from archive.assess.document import FindingStatus, ItemStatus, StatusDocument
from archive.vocab import STATUS_LABELS, STATUS_MISSING, STATUS_PARTIAL, date_to_precision

SHORTFALL_STATUSES = (STATUS_MISSING, STATUS_PARTIAL)
CN_NUMERALS = "零一二三四五六七八九十"
ITEM_TEXT_SHORT_CHARS = 24


def cn_number(n: int) -> str:
    """1 → 一, 12 → 十二, 25 → 二十五 (for 一、 and （一） headings)."""
    if n <= 10:
        return CN_NUMERALS[n]
    if n < 20:
        return "十" + (CN_NUMERALS[n - 10] if n > 10 else "")
    tens, ones = divmod(n, 10)
    return CN_NUMERALS[tens] + "十" + (CN_NUMERALS[ones] if ones else "")


def fmt_points(value) -> str:
    """4.0 → "4", 3.25 → "3.25", None → ""."""
    if value is None or value == "":
        return ""
    value = round(float(value), 2)
    return f"{value:g}" if value != int(value) else str(int(value))


def date_cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def as_of(status: StatusDocument) -> dt.date:
    raw = status.as_of
    if raw:
        try:
            return dt.date.fromisoformat(str(raw)[:10])
        except ValueError:
            pass
    return dt.date.today()


def short_text(text: str, limit: int = ITEM_TEXT_SHORT_CHARS) -> str:
    text = (text or "").strip()
    for stop in "。；，":
        head = text.split(stop)[0]
        if 4 <= len(head) <= limit:
            return head
    return text if len(text) <= limit else text[:limit] + "…"


def effective_status(item: ItemStatus) -> str:
    return item.status or STATUS_MISSING


def status_label(item: ItemStatus) -> str:
    label = STATUS_LABELS.get(effective_status(item), effective_status(item))
    return label + ("（人工调整）" if item.override else "")


@dataclass
class Section:
    """A category of the status document with its items, as the reports lay them out."""

    name: str
    points: float | None = None
    score: float | None = None
    items: list[ItemStatus] = field(default_factory=list)
    bonus: bool = False  # 加分项, awarded by the inspectors beyond the total


def categories(status: StatusDocument) -> list[Section]:
    """The categories in the rubric's order, each with its items, from the status document alone."""
    out: dict[str, Section] = {}
    for cat in status.categories:
        out[cat.name] = Section(cat.name, cat.points, cat.score, bonus=cat.bonus)
    for item in status.items:
        name = item.category or "其他"
        out.setdefault(name, Section(name)).items.append(item)
    return [c for c in out.values() if c.items or c.points]


def bonus_items(status: StatusDocument) -> list[ItemStatus]:
    """The items of a 加分项 category: awarded by the inspectors beyond the total, so one without proof is no
    shortfall to list or rectify."""
    names = {cat.name for cat in status.categories if cat.bonus}
    return [it for it in status.items if it.category in names]


def unmet(item: ItemStatus) -> list[FindingStatus]:
    """Findings that failed (met is false); judgement findings (met null) are never shortfalls."""
    return [f for f in item.findings if f.met is False]


UNIT_LABELS = {"rate": "未达到的：", "ledger": "欠交：", "roster": "不符合的："}
SCORING_NOTE = re.compile(r"[（(]评分表[^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]\s*。?$")
_PUNCT = re.compile(r"[\s：:，,、。；;（）()]")


def finding_text(f: FindingStatus, plain: bool = False) -> str:
    """The finding's own words, plus its missing units when the words do not already name them; `plain` drops the
    assessment's note on how the score was estimated (it belongs in the 自评表, not in a list of problems)."""
    detail = f.detail.strip().rstrip("。")
    if plain:
        detail = SCORING_NOTE.sub("", detail).strip().rstrip("。")
    flat = _PUNCT.sub("", detail)
    units = [u for u in f.missing if u and _PUNCT.sub("", str(u)).removeprefix("有") not in flat]
    if units:
        detail += ("；" if detail else "") + UNIT_LABELS.get(f.type, "缺：") + "、".join(map(str, units))
    return detail


TITLE_LINE_CHARS = 20
TITLE_BREAKS = ("年度", "关于")


def title_lines(title: str, org: str = "", limit: int = TITLE_LINE_CHARS) -> str:
    """A long 公文 title on two lines, broken after the organisation or after 年度, nearest the middle."""
    if len(title) <= limit:
        return title
    cands = set()
    if org and org in title:
        cands.add(title.index(org) + len(org))
    for word in TITLE_BREAKS:
        at = title.find(word)
        if at > 0:
            cands.add(at + len(word))
    cands = [c for c in cands if 0 < c < len(title) and max(c, len(title) - c) <= limit + 4]
    cut = min(cands, key=lambda c: abs(c - len(title) / 2)) if cands else len(title) // 2
    return title[:cut] + "\n" + title[cut:]


@dataclass
class CatalogRow:
    path: str
    title: str
    date: str
    kind: str
    pages: str
    error: str | None = None
    duplicate_of: str | None = None


def _date_text(day: dt.date | None, precision: str) -> str:
    if day is None:
        return "日期不详"
    return date_to_precision(day, precision, dt.date.isoformat)


def catalog_rows(conn) -> dict[str, CatalogRow]:
    """Every evidence record still in the archive, by path (the catalog's own reading, nothing recomputed)."""
    from archive.catalog import iter_evidence

    rows = {}
    for ev in iter_evidence(conn):
        kind = ev.kind or ("无法读取" if ev.error else "其他")
        if ev.meeting_type and ev.meeting_type not in kind:
            kind = f"{kind}（{ev.meeting_type}）"
        title = ev.title or PurePosixPath(ev.path).stem
        precision = getattr(ev, "date_precision", None) or "day"
        rows[ev.path] = CatalogRow(path=ev.path, title=title, date=_date_text(ev.date, precision), kind=kind,
                                   pages=str(ev.pages) if ev.pages else "", error=ev.error,
                                   duplicate_of=ev.duplicate_of)
    return rows


def missing_row(path: str) -> CatalogRow:
    return CatalogRow(path=path, title=PurePosixPath(path).stem, date="", kind="（已不在档案中）", pages="")


def common_context(status: StatusDocument, org: str, year: int, rubric_title: str) -> dict:
    day = as_of(status)
    return {"org": org or status.org or "", "year": year or status.year or day.year,
            "rubric_title": rubric_title or status.rubric_title or status.rubric or "", "as_of": day.isoformat(),
            "date_cn": date_cn(day)}
