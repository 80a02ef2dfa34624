"""A held-out generated year (青石街道红枫社区党支部, 2025) for an honest accuracy measurement.

Worded differently from tests/labelled_year (which the classifier, filing and assessment were tuned on): 时间/日期/
开会时间 instead of 会议时间, 出席/缺席/列席 instead of 应到/实到, 工作要点 for the plan, 述职报告, 共驻共建协议书,
满意度调查情况通报, a dues ledger with months as rows, rosters with 出生日期, mostly flat folders. No code in
archive/ may be tuned on it. Labels and the answer key reuse labelled_year's classes.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from labelled_year.model import FileLabel, Year, YearLabels

from . import corpus
from .expected import expected_status, expected_without_ocr

__all__ = ["build_heldout_year", "ORG", "expected_without_ocr", "FileLabel", "YearLabels"]

ORG = corpus.ORG
COPY_DAY = dt.datetime(2026, 11, 20, 9, 0, 0).timestamp()


def build_heldout_year(dest: Path, *, year: int = 2025) -> YearLabels:
    """Write the year into `dest` (created if needed) and return its labels."""
    if year != 2025:
        raise ValueError("the held-out year is written for 2025 only")
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    y = Year(dest=dest, year=year)
    corpus.write_all(y)
    for lab in y.labels:  # copy-day mtimes, as on a real USB stick
        os.utime(dest / lab.path, (COPY_DAY, COPY_DAY))
    return YearLabels(year=year, org=ORG, files=list(y.labels), expected_status=expected_status(year))
