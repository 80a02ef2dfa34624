"""`taizhang review`: the archivist's list, worst first — what `taizhang check` found (what inspectors would catch
first: attendance that cannot be true, copied records, reused photos, dates and people that do not agree), then
filing's own entries (archive/filing/review.py)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from archive.check import SEVERITY_LABELS, Report, check_archive
from archive.filing.config import filing_config
from archive.filing.review import SELF_CHECK, ReviewEntry, review
from archive.filing.suggest import EvidenceSuggestions, suggest
from archive.workspace import Workspace


def check_entry(report: Report) -> ReviewEntry:
    """A check report as a review entry: its first file, and the others named in the detail."""
    others = report.paths[1:]
    also = f"（涉及：{'、'.join(others)}）" if others else ""
    return ReviewEntry(SELF_CHECK, report.paths[0] if report.paths else None, None, None,
                       f"{report.label}（{SEVERITY_LABELS[report.severity]}）：{report.detail}{also}")


def review_with_checks(ws: Workspace, conn: sqlite3.Connection) -> list[ReviewEntry]:
    return [check_entry(r) for r in check_archive(ws, conn)] + review(ws, conn)


@dataclass
class ReviewQueue:
    """The 待处理 page's list: filing's review entries (without the check reports, which the page takes from its
    cached `taizhang check`), each file's ranked suggestions by path, and the acceptance line."""

    entries: list[ReviewEntry]
    suggestions: dict[str, EvidenceSuggestions]
    min_score: float


def review_queue(ws: Workspace, conn: sqlite3.Connection) -> ReviewQueue:
    """`taizhang review`'s filing entries and the suggestions they come from, ranked once for both."""
    ranked = suggest(ws, conn, include_filed=True)
    return ReviewQueue(review(ws, conn, ranked), {es.path: es for es in ranked}, filing_config(ws).min_score)
