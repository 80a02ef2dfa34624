"""Periods a requirement is judged over: months, two-month spans, quarters, half years, the year(s)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from archive.assess.records import Record

QUARTER_NAMES = ("第一季度", "第二季度", "第三季度", "第四季度")
CURRENT_NAMES = {"month": "本月", "bimonth": "本两个月内", "quarter": "本季度", "halfyear": "本半年", "year": "今年"}


@dataclass(frozen=True)
class Period:
    start: dt.date
    end: dt.date
    label: str

    def ended(self, as_of: dt.date) -> bool:
        return self.end <= as_of

    def current(self, as_of: dt.date) -> bool:
        return self.start <= as_of < self.end


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def span(year: int, years: int = 1) -> Period:
    """The assessment year, or the `years` years ending with it ("每两年" → this year and last)."""
    first = year - years + 1
    label = f"{year}年" if years == 1 else f"{first}—{year}年"
    return Period(dt.date(first, 1, 1), dt.date(year, 12, 31), label)


def periods(per: str | None, year: int, years: int = 1) -> list[Period]:
    if per in (None, "year"):
        return [span(year, years)]
    if per == "month":
        return [Period(dt.date(year, m, 1), month_end(year, m), f"{m}月") for m in range(1, 13)]
    if per == "bimonth":
        return [Period(dt.date(year, m, 1), month_end(year, m + 1), f"{m}—{m + 1}月") for m in range(1, 13, 2)]
    if per == "quarter":
        return [Period(dt.date(year, 3 * q + 1, 1), month_end(year, 3 * q + 3), QUARTER_NAMES[q]) for q in range(4)]
    if per == "halfyear":
        return [Period(dt.date(year, 1, 1), dt.date(year, 6, 30), "上半年"),
                Period(dt.date(year, 7, 1), dt.date(year, 12, 31), "下半年")]
    raise ValueError(per)


def contains(period: Period, rec: Record) -> bool:
    """Whether the record's date, at its precision, lies inside the period (a month-only date must fit whole)."""
    if rec.date is None or rec.precision is None:
        return False
    if rec.precision == "day":
        return period.start <= rec.date <= period.end
    if rec.precision == "month":
        return period.start <= rec.date.replace(day=1) and month_end(rec.date.year, rec.date.month) <= period.end
    return period.start <= dt.date(rec.date.year, 1, 1) and dt.date(rec.date.year, 12, 31) <= period.end


def before(rec: Record, as_of: dt.date) -> bool:
    """The record is dated no later than `as_of` (at its precision: its period has begun)."""
    if rec.date is None:
        return False
    if rec.precision == "month":
        return rec.date.replace(day=1) <= as_of
    if rec.precision == "year":
        return dt.date(rec.date.year, 1, 1) <= as_of
    return rec.date <= as_of


def date_text(rec: Record) -> str:
    if rec.date is None:
        return "无日期"
    if rec.precision == "year":
        return f"{rec.date.year}年"
    if rec.precision == "month":
        return f"{rec.date.year}年{rec.date.month}月"
    return f"{rec.date.year}年{rec.date.month}月{rec.date.day}日"


def short_date(d: dt.date) -> str:
    return f"{d.month}月{d.day}日"
