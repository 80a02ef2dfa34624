"""Byte copies (a "- 副本", a branch's file the clerk saved again under a dated name, a photo saved under a dated
name, a circular copied into the flat folder, a scan copied under a dated name) and the day the folders were copied
onto the computer the 台账 is read on, as every file's mtime."""

from __future__ import annotations

import datetime as dt

from labelled_year.model import Year

from .folders import G2, JD, PICS, ROOT, SCAN

COPY_DAY = dt.datetime(2026, 1, 12, 14, 20, 0)

COPIES = [
    (f"{ROOT}/2025.01.08 云栖社区党委2025年党建工作计划.docx", f"{ROOT}/2025.01.08 云栖社区党委2025年党建工作计划 - 副本.docx"),
    (f"{G2}/新建 DOCX 文档.docx", f"{ROOT}/2025.06.24 二网格党员大会（接收预备党员）.docx"),
    (f"{PICS}/IMG_4102.JPG", f"{ROOT}/2025.03.03 党群服务中心门牌.jpg"),
    (f"{JD}/锦绣街道社区党校春季轮训班通知.docx", f"{ROOT}/2025.02.25 社区党校轮训通知.docx"),
    (f"{SCAN}/BRN30055C1A2B_000112.pdf", f"{ROOT}/2025.09.16 三季度联席会议.pdf"),
]


def write(y: Year) -> None:
    y.copy_bytes(COPIES)


def set_mtimes(y: Year) -> None:
    y.stamp_mtimes(COPY_DAY)
