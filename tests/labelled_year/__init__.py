"""A labelled, generated assessment year of a fictional community (东湖社区党委) for accuracy benchmarks.

`build_year(dest)` writes ~170 files (useless names, mixed formats, photos with text, scans, byte copies, copy-day
mtimes) and returns their labels (kind, meeting type, date, seed000 items) plus the expected status of every
seed000 item. Labels stay in Python: nothing but the evidence is written into `dest`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from . import copies, docs, ledgers, legacy, meetings, photos
from .expected import expected_status
from .model import ORG, FileLabel, Year, YearLabels

__all__ = ["build_year", "FileLabel", "YearLabels", "ORG"]


def build_year(dest: Path, *, year: int = 2025, with_legacy: bool = True, with_ocr: bool = True) -> YearLabels:
    """Write the year into `dest` (created if needed) and return its labels.

    with_legacy: make the .doc files when LibreOffice is on PATH (labels mark them needs_libreoffice).
    with_ocr: kept for symmetry; nothing is skipped either way — labels mark the files whose content is only in
    pixels (needs_ocr), so a caller ingesting with --no-ocr can leave them out with `labels.usable(ocr=False)`.
    """
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    y = Year(dest=dest, year=year)
    with tempfile.TemporaryDirectory(prefix="labelled-year-") as tmp:
        meetings.write(y)
        ledgers.write(y)
        docs.write(y, Path(tmp))
        photos.write(y)
        if with_legacy:
            legacy.convert(y, docs.pending_doc_labels(y))
    copies.write(y)
    copies.set_mtimes(y)
    _ = with_ocr
    return YearLabels(year=year, org=ORG, files=list(y.labels), expected_status=expected_status(year))
