"""Dates in file names: camera and chat-app names (IMG_…, 微信图片_…, mmexport<ms>) and dated document names."""

from __future__ import annotations

import datetime as dt
import re

from archive.extract.dates import PRECISION_DAY, PRECISION_MONTH, PRECISION_YEAR, find_dates, normalize
from archive.vocab import SOURCE_MTIME

MIN_FILENAME_YEAR = 1990
MAX_FILENAME_YEAR = 2100
# Phones and chat apps name files by local time in China (no DST since 1991).
CHINA_TZ = dt.timezone(dt.timedelta(hours=8), "Asia/Shanghai")

# mmexport1741746000000.jpg, wx_camera_1741746000000.jpg: epoch milliseconds (13 digits) or seconds (10 digits).
_RE_EPOCH_PREFIXED = re.compile(r"(?:mmexport|wx_camera|microMsg|timestamp)[_\-.]?(1\d{12}|1\d{9})(?!\d)", re.I)
_RE_EPOCH_MS = re.compile(r"(?<!\d)(1\d{12})(?!\d)")
# IMG_20250312_093015, IMG20250312093015, 微信图片_20250415102233, PXL_20250312_093015123, VID_20250312_093015.
_RE_COMPACT_DT = re.compile(
    r"(?<!\d)(\d{4})(\d{2})(\d{2})[_\-\s]?(\d{2})(\d{2})(\d{2})(?:\d{1,3})?(?!\d)"
)
# Screenshot_2025-03-12-09-30-15-123, 微信图片_2025-04-15_102233, Screenshot 2025-03-12 at 09.30.15.
_RE_SEP_DT = re.compile(
    r"(?<!\d)(\d{4})[-_.](\d{2})[-_.](\d{2})(?:[_\-\s]|\s*at\s*)(\d{2})[-.:_]?(\d{2})[-.:_]?(\d{2})(?!\d)"
)
# 20250312会议记录, VID_20250312_abc.
_RE_COMPACT_DATE = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
# 支委会记录2025.11, 2025-03党费: a year and a month.
_RE_YEAR_MONTH = re.compile(r"(?<![\d.])((?:19|20)\d{2})[.\-_](\d{1,2})(?![\d.\-/])")
# 党员花名册2025, 2025年度党费台帐, 2025党建工作计划: a year alone (not part of a longer number).
_RE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})(?:\s*年度?)?(?![\d.\-/])")


# 0110支委会, 0815, 03.28党课, 3-28党课: a month and day opening a name (a copier's counter such as 扫描0110 does not
# open the name); 3月28日党课 anywhere in it. They need a year from a parent folder (see dated_path).
_RE_MMDD_OPENING = re.compile(r"^[\s(（\[【]*(\d{2})[.\-_]?(\d{2})(?![\d.\-/])")
_RE_M_D_OPENING = re.compile(r"^[\s(（\[【]*(\d{1,2})[.\-](\d{1,2})(?![\d.\-/])")
_RE_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_RE_M_D_CN = re.compile(r"(?<![\d年.\-/])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")


def _stem(name: str) -> str:
    base = re.split(r"[\\/]", name)[-1]
    dot = base.rfind(".")
    return base[:dot] if dot > 0 else base


def _plausible(year: int) -> bool:
    return MIN_FILENAME_YEAR <= year <= MAX_FILENAME_YEAR


def _datetime(*parts: str) -> dt.datetime | None:
    try:
        value = dt.datetime(*(int(p) for p in parts))
    except ValueError:
        return None
    return value if _plausible(value.year) else None


def _from_epoch(digits: str) -> dt.datetime | None:
    seconds = int(digits) / (1000 if len(digits) == 13 else 1)
    try:
        value = dt.datetime.fromtimestamp(seconds, CHINA_TZ).replace(tzinfo=None)
    except (OverflowError, OSError, ValueError):
        return None
    return value if _plausible(value.year) else None


def date_from_filename(name: str) -> dt.datetime | None:
    """The date (and time, when given) a file name carries, as local China time; None when there is none.
    A month alone gives its 1st; a year alone is not a date here (see dated_filename)."""
    found = dated_filename(name)
    return found[0] if found and found[1] != PRECISION_YEAR else None


def dated_filename(name: str) -> tuple[dt.datetime, str] | None:
    """(date, precision "day" | "month" | "year") a file name carries; a month means its 1st, a year 1 January."""
    stem = normalize(_stem(name))
    if not stem:
        return None
    m = _RE_EPOCH_PREFIXED.search(stem)
    if m and (value := _from_epoch(m[1])):
        return value, PRECISION_DAY
    m = _RE_EPOCH_MS.search(stem)
    if m and (value := _from_epoch(m[1])):
        return value, PRECISION_DAY
    for regex in (_RE_COMPACT_DT, _RE_SEP_DT):
        for m in regex.finditer(stem):
            value = _datetime(*m.groups())
            if value:
                return value, PRECISION_DAY
    found = [f for f in find_dates(stem) if not f.year_inferred and _plausible(f.date.year)]
    day = next((f for f in found if f.precision == PRECISION_DAY), None)
    if day:
        return dt.datetime.combine(day.date, day.time or dt.time()), PRECISION_DAY
    for m in _RE_COMPACT_DATE.finditer(stem):
        value = _datetime(*m.groups())
        if value:
            return value, PRECISION_DAY
    month = next((f for f in found if f.precision == PRECISION_MONTH), None)
    if month:
        return dt.datetime.combine(month.date, dt.time()), PRECISION_MONTH
    for m in _RE_YEAR_MONTH.finditer(stem):
        if 1 <= int(m[2]) <= 12 and (value := _datetime(m[1], m[2], "1")):
            return value, PRECISION_MONTH
    for m in _RE_YEAR.finditer(stem):
        if _plausible(int(m[1])):
            return dt.datetime(int(m[1]), 1, 1), PRECISION_YEAR
    return None


def _month_day(stem: str) -> tuple[int, int] | None:
    """The month and day a name gives without a year (0110支委会, 3.28党课, 3月28日党课), or None."""
    for regex in (_RE_MMDD_OPENING, _RE_M_D_OPENING, _RE_M_D_CN):
        m = regex.search(stem)
        if m and 1 <= int(m[1]) <= 12 and 1 <= int(m[2]) <= 31:
            return int(m[1]), int(m[2])
    return None


def _folder_year(folders: list[str]) -> int | None:
    """The year of the nearest folder naming one year ("纺机新村党支部台账（2025）", "2025年台账", "2024")."""
    for folder in reversed(folders):
        name = normalize(folder)
        years = {int(m[1]) for m in _RE_YEAR.finditer(name) if _plausible(int(m[1]))}
        if years and len({int(m[0]) for m in _RE_ANY_YEAR.finditer(name)} | years) == 1:
            return years.pop()
        if years:
            return None  # "2023-2025年": a span, no one year
    return None


def dated_path(rel_path: str) -> tuple[dt.datetime, str] | None:
    """Like dated_filename, and a month and day in the name ("0110支委会.docx") take the year of the name or, failing
    that, of the nearest parent folder naming one ("纺机新村党支部台账（2025）/…"): a date of day precision."""
    parts = [p for p in re.split(r"[\\/]", rel_path) if p]
    if not parts:
        return None
    found = dated_filename(parts[-1])
    if found and found[1] == PRECISION_DAY:
        return found
    month_day = _month_day(normalize(_stem(parts[-1])))
    if month_day:
        year = found[0].year if found and found[1] == PRECISION_YEAR else _folder_year(parts[:-1])
        if year is not None and (value := _datetime(str(year), str(month_day[0]), str(month_day[1]))):
            return value, PRECISION_DAY
    return found


# How precisely a date is known (a file's mtime says when it was copied, not written), and how much of an ISO date
# each precision fixes.
_PRECISION_RANK = {PRECISION_YEAR: 1, PRECISION_MONTH: 2, PRECISION_DAY: 3}
_ISO_PREFIX = {PRECISION_YEAR: 4, PRECISION_MONTH: 7, PRECISION_DAY: 10}


def copy_name_date(current: tuple[str | None, str | None, str | None], copy_rel: str) -> tuple[str, str] | None:
    """(ISO date, precision) that a byte copy's name gives its original, `current` being the original's (date,
    source, precision), when the name says more: a copier's "20251222.pdf" beside "扫描0016.pdf" whose text names
    only its year. The name must agree with what the original's date says (its year, its month); a date from the
    mtime says nothing. None when the name adds nothing."""
    named = dated_path(copy_rel)
    if named is None:
        return None
    day, precision = named[0].date().isoformat(), named[1]
    date, source, have = current
    if date is None or source == SOURCE_MTIME:
        return day, precision
    if _PRECISION_RANK[precision] <= _PRECISION_RANK.get(have or PRECISION_DAY, 3):
        return None
    n = _ISO_PREFIX.get(have or PRECISION_DAY, 10)
    return (day, precision) if day[:n] == date[:n] else None
