"""Byte copies (a "- 副本" beside its original, a scan saved again under the category's root, a photo copied into the
主题党日 folder, the 转正申请 photo as the branch's secretary
sent it, the year's summary at the top of the folder) and the day the folders were copied onto the computer the 台账
is read on, as every file's mtime."""

from __future__ import annotations

import datetime as dt

from labelled_year.model import Year

from .folders import FZ, JG, JH, LX, PICS, QY, ROOT, TX, ZTDR

COPY_DAY = dt.datetime(2026, 1, 9, 10, 5, 0)

COPIES = [
    (f"{TX}/关于召开2025年第二季度党员大会的通知.docx", f"{TX}/关于召开2025年第二季度党员大会的通知 - 副本.docx"),
    (f"{LX}/第三季度联席会议.pdf", f"{QY}/第三季度联席会议记录（扫描）.pdf"),
    (f"{PICS}/IMG_20250701_091844.jpg", f"{ZTDR}/七一主题党日照片.jpg"),
    (f"{FZ}/卞雨欣转正申请书.jpg", f"{JG}/微信图片_20250606083015.jpg"),
    (f"{JH}/文庙社区党总支2025年度党建工作总结.pdf", f"{ROOT}/2025年度工作总结.pdf"),
]


def write(y: Year) -> None:
    y.copy_bytes(COPIES)


def set_mtimes(y: Year) -> None:
    y.stamp_mtimes(COPY_DAY)
