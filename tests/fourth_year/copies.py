"""Byte copies (a "- 副本", WeChat's "(1)", a paper copied again into 待归档/, a photo copied from the phone into its
section folder) and the day the folder was copied onto the office computer, as every file's mtime."""

from __future__ import annotations

import datetime as dt
import os
import shutil

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
    labels = {lab.path: lab for lab in y.labels}
    for src, dst in COPIES:
        o = labels[src]
        shutil.copyfile(y.dest / src, y.path(dst))
        y.add(dst, o.kind, o.date, o.items, meeting_type=o.meeting_type, needs_ocr=o.needs_ocr, duplicate_of=src,
              note="字节相同的副本")


def set_mtimes(y: Year) -> None:
    stamp = COPY_DAY.timestamp()
    for lab in y.labels:
        os.utime(y.dest / lab.path, (stamp, stamp))
