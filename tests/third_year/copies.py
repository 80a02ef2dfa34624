"""Byte copies (a "- 副本" made by Explorer, a "(1)" from WeChat's second download) and the day the folder reached
the computer it is read on, as every file's mtime."""

from __future__ import annotations

import datetime as dt

from labelled_year.model import Year

COPY_DAY = dt.datetime(2026, 1, 8, 9, 30, 0)
WX = "WeChat Files/wxid_lt8a2k5m9q0w12/FileStorage/File"

COPIES = [
    ("柳塘村2025年党建台账/02制度建设/柳塘村党总支议事规则.docx", "柳塘村2025年党建台账/02制度建设/柳塘村党总支议事规则 - 副本.docx"),
    ("2025年7月/支委会记录7.8.docx", "2025年7月/支委会记录7.8 - 副本.docx"),
    ("2025年12月/四季度党员大会记录最终版.docx", f"{WX}/2025-12/四季度党员大会记录最终版(1).docx"),
]


def write(y: Year) -> None:
    y.copy_bytes(COPIES)


def set_mtimes(y: Year) -> None:
    y.stamp_mtimes(COPY_DAY)
