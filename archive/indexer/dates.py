"""Date words in a search query ("2025年第二季度", "Q2", "3月", "上半年", "2025年7月3日") → date ranges.

Works on normalised query text (NFKC + case folding, see analysis.normalize). Words without a year take the
assessment year given by the caller. Recognised words are removed from the text query; the search turns each
into a required clause "dated in this range, or the word occurs verbatim in the text" (see search.py).
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass

MIN_YEAR = 1949
MAX_YEAR = 2100

_CN_NUM = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_CN_MONTH = r"十[一二]|[一二三四五六七八九十]"


@dataclass(frozen=True)
class DateWord:
    """A date expression found in a query, as the normalised text that was matched and the range it means."""

    text: str
    start: datetime.date
    end: datetime.date

    @property
    def is_day(self) -> bool:
        return self.start == self.end


def _num(s: str) -> int:
    if s.isdigit():
        return int(s)
    if s.startswith("十") and len(s) == 2:
        return 10 + _CN_NUM[s[1]]
    return _CN_NUM[s]


def _year(group: str | None, default: int) -> int:
    return int(group) if group else default


def _month_range(year: int, month: int) -> tuple[datetime.date, datetime.date]:
    return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])


_DAY_YMD = re.compile(r"(?<!\d)(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})(?:日|号)?(?!\d)")
_DAY_MD = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*(?:日|号)")
_QUARTER = re.compile(r"(?:(?<!\d)(\d{4})\s*年?\s*)?(?:第)?([一二三四1-4])\s*季度")
_QUARTER_Q = re.compile(r"(?:(?<!\d)(\d{4})\s*年?\s*)?(?<![a-z0-9])q([1-4])(?![0-9a-z])")
_HALF = re.compile(r"(?:(?<!\d)(\d{4})\s*年?\s*)?([上下])半年")
_MONTH = re.compile(rf"(?:(?<!\d)(\d{{4}})\s*年\s*)?(?<![\d一二三四五六七八九十])(\d{{1,2}}|{_CN_MONTH})\s*月份?(?!\d)")
_YEAR = re.compile(r"(?<!\d)(\d{4})\s*年度?(?![\d初底末终])")


PRECISION_DAY = "day"
PRECISION_MONTH = "month"
PRECISION_YEAR = "year"
NOT_A_PERIOD_SOURCES = frozenset({"mtime"})  # a file's modification time says when it was copied, not written


def period_of(date: datetime.date, precision: str | None) -> tuple[datetime.date, datetime.date]:
    """The days a document dated `date` at `precision` may be from: the day, its month, or its year."""
    if precision == PRECISION_YEAR:
        return datetime.date(date.year, 1, 1), datetime.date(date.year, 12, 31)
    if precision == PRECISION_MONTH:
        return _month_range(date.year, date.month)
    return date, date


def extract_date_words(text: str, year: int) -> tuple[str, list[DateWord]]:
    """Find date words in normalised query text; return the text with them blanked out, and the words."""
    found: list[DateWord] = []

    def take(pattern: re.Pattern[str], make) -> None:  # type: ignore[no-untyped-def]
        nonlocal text
        out: list[str] = []
        last = 0
        for m in pattern.finditer(text):
            try:
                rng = make(m)
            except (ValueError, KeyError):
                rng = None
            if rng is None:
                continue
            found.append(DateWord(m.group().strip(), rng[0], rng[1]))
            out.append(text[last : m.start()])
            out.append(" ")
            last = m.end()
        out.append(text[last:])
        text = "".join(out)

    def valid_year(y: int) -> bool:
        return MIN_YEAR <= y <= MAX_YEAR

    def day_ymd(m: re.Match[str]):  # type: ignore[no-untyped-def]
        y = int(m.group(1))
        if not valid_year(y):
            return None
        d = datetime.date(y, int(m.group(2)), int(m.group(3)))
        return d, d

    def day_md(m: re.Match[str]):  # type: ignore[no-untyped-def]
        d = datetime.date(year, int(m.group(1)), int(m.group(2)))
        return d, d

    def quarter(m: re.Match[str]):  # type: ignore[no-untyped-def]
        y = _year(m.group(1), year)
        q = _num(m.group(2))
        if not valid_year(y) or not 1 <= q <= 4:
            return None
        return datetime.date(y, 3 * q - 2, 1), _month_range(y, 3 * q)[1]

    def half(m: re.Match[str]):  # type: ignore[no-untyped-def]
        y = _year(m.group(1), year)
        if not valid_year(y):
            return None
        if m.group(2) == "上":
            return datetime.date(y, 1, 1), datetime.date(y, 6, 30)
        return datetime.date(y, 7, 1), datetime.date(y, 12, 31)

    def month(m: re.Match[str]):  # type: ignore[no-untyped-def]
        y = _year(m.group(1), year)
        mo = _num(m.group(2))
        if not valid_year(y) or not 1 <= mo <= 12:
            return None
        return _month_range(y, mo)

    def whole_year(m: re.Match[str]):  # type: ignore[no-untyped-def]
        y = int(m.group(1))
        if not valid_year(y):
            return None
        return datetime.date(y, 1, 1), datetime.date(y, 12, 31)

    take(_DAY_YMD, day_ymd)
    take(_DAY_MD, day_md)
    take(_QUARTER, quarter)
    take(_QUARTER_Q, quarter)
    take(_HALF, half)
    take(_MONTH, month)
    take(_YEAR, whole_year)
    return text, found
