"""Byte copies (a "- 副本" beside its original, WeChat's "(1)" when a photo was saved twice, the year's summary and
a scan saved again into 年度/, the 共建协议 copied into 年度/) and the day the folders were copied onto the computer the
台账 is read on, as every file's mtime."""

from __future__ import annotations

import datetime as dt

from labelled_year.model import Year

from .folders import YEARLY, M

COPY_DAY = dt.datetime(2026, 1, 12, 15, 20, 0)

COPIES = [
    (f"{M(6)}/党员大会（第二季度）.docx", f"{M(6)}/党员大会（第二季度） - 副本.docx"),
    (f"{M(7)}/微信图片_20250701094512.jpg", f"{M(7)}/微信图片_20250701094512(1).jpg"),
    (f"{YEARLY}/2025年度党建工作总结.pdf", f"{M(12)}/年度总结.pdf"),
    (f"{M(9)}/扫描件 2025-09-03.pdf", f"{YEARLY}/陈晓峰预备党员批复.pdf"),
    (f"{M(3)}/共建协议（桃湾小学）.pdf", f"{YEARLY}/共建协议.pdf"),
]


def write(y: Year) -> None:
    y.copy_bytes(COPIES)


def set_mtimes(y: Year) -> None:
    y.stamp_mtimes(COPY_DAY)
