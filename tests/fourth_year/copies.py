"""Byte copies (a "- 副本", WeChat's "(1)", a paper copied again into 待归档/, a photo copied from the phone into its
section folder) and the day the folder was copied onto the office computer, as every file's mtime."""

from __future__ import annotations

import datetime as dt

from labelled_year.model import Year

from .folders import CAMERA, HEAP, JOINT, TEAM, WEIXIN, YEAR_END, quarter

COPY_DAY = dt.datetime(2026, 1, 12, 14, 20, 0)

COPIES = [
    (f"{TEAM}/制度/支部委员会议事规则.docx", f"{TEAM}/制度/支部委员会议事规则 - 副本.docx"),
    (f"{quarter(1)}/20250108 支委会纪要.docx", f"{WEIXIN}/20250108 支委会纪要(1).docx"),
    (f"{YEAR_END}/2025年度支部工作总结.docx", f"{HEAP}/2025年度支部工作总结.docx"),
    (f"{CAMERA}/IMG_20250320_152210.jpg", f"{JOINT}/联席会议/IMG_20250320_152210.jpg"),
]


def write(y: Year) -> None:
    y.copy_bytes(COPIES)


def set_mtimes(y: Year) -> None:
    y.stamp_mtimes(COPY_DAY)
