"""Byte copies (a "- 副本", a scan saved again under a date, a paper copied into the scan folder, a photo copied into
its section folder) and the day the folder was copied onto the 社区's computer, as every file's mtime."""

from __future__ import annotations

import datetime as dt

from labelled_year.model import Year

from .folders import A2, B1, C2, E1, PHOTOS, SCANS

COPY_DAY = dt.datetime(2026, 1, 8, 10, 5, 0)

COPIES = [
    (f"{A2}/支委会议事规则.docx", f"{A2}/支委会议事规则 - 副本.docx"),
    (f"{SCANS}/扫描0016.pdf", f"{E1}/20251222.pdf"),
    (f"{B1}/支委会/0516支委会.docx", f"{B1}/支委会/0516支委会(1).docx"),
    (f"{PHOTOS}/IMG_20250320_142210.jpg", f"{C2}/IMG_20250320_142210.jpg"),
]


def write(y: Year) -> None:
    y.copy_bytes(COPIES)


def set_mtimes(y: Year) -> None:
    y.stamp_mtimes(COPY_DAY)
