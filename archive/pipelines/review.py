"""`taizhang review`: the archivist's list, worst first — what `taizhang check` found (what inspectors would catch
first: attendance that cannot be true, copied records, reused photos, dates and people that do not agree), then
filing's own entries (archive/filing/review.py)."""

from __future__ import annotations

import sqlite3

from archive.check import SEVERITY_LABELS, Report, check_archive
from archive.filing.review import SELF_CHECK, ReviewEntry, review
from archive.workspace import Workspace


def check_entry(report: Report) -> ReviewEntry:
    """A check report as a review entry: its first file, and the others named in the detail."""
    others = report.paths[1:]
    also = f"（涉及：{'、'.join(others)}）" if others else ""
    return ReviewEntry(SELF_CHECK, report.paths[0] if report.paths else None, None, None,
                       f"{report.label}（{SEVERITY_LABELS[report.severity]}）：{report.detail}{also}")


def review_with_checks(ws: Workspace, conn: sqlite3.Connection) -> list[ReviewEntry]:
    return [check_entry(r) for r in check_archive(ws, conn)] + review(ws, conn)
