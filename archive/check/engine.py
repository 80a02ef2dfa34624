"""`check_archive`: every detector over the catalog's documents, reports most serious first. Reads only."""

from __future__ import annotations

import datetime as dt
import sqlite3

from archive.catalog.checks import check_rows
from archive.check.detectors import DETECTORS
from archive.check.model import CheckContext, Doc, Report
from archive.check.settings import read_settings
from archive.vocab import UNRELIABLE_DATE_SOURCES
from archive.workspace import Workspace


def load_docs(conn: sqlite3.Connection) -> list[Doc]:
    docs = []
    for r in check_rows(conn):
        date = None
        if r["date"] and r["date_source"] not in UNRELIABLE_DATE_SOURCES:
            try:
                date = dt.date.fromisoformat(r["date"])
            except ValueError:
                date = None
        docs.append(Doc(id=r["id"], path=r["path"], sha256=r["sha256"], format=r["format"], kind=r["kind"],
                        meeting_type=r["meeting_type"], date=date, date_source=r["date_source"] if date else None,
                        precision=(r["date_precision"] or "day") if date else None, title=r["title"],
                        text=r["text"], fields=r["fields"], tables=r["tables"], meta=r["meta"],
                        thumbnail=r["thumbnail"]))
    return docs


def make_context(ws: Workspace, as_of: dt.date | None = None, today: dt.date | None = None) -> CheckContext:
    from archive.assess.engine import default_as_of
    from archive.assess.settings import read_settings as assess_settings

    year = ws.config.year
    if as_of is None:
        configured = assess_settings(ws).get("as_of")
        as_of = dt.date.fromisoformat(configured) if configured else default_as_of(year, today)
    return CheckContext(settings=read_settings(ws), year=year, as_of=as_of, today=today or dt.date.today(),
                        root=ws.root, thumbs_dir=ws.thumbs_dir)


def run_checks(ctx: CheckContext, docs: list[Doc], only: tuple[str, ...] | None = None) -> list[Report]:
    reports: list[Report] = []
    for name, detector in DETECTORS.items():
        if only is None or name in only:
            reports.extend(detector(ctx, docs))
    return sorted(reports, key=Report.sort_key)


def check_archive(ws: Workspace, conn: sqlite3.Connection, as_of: dt.date | None = None) -> list[Report]:
    """Every report on the archive, most serious first."""
    return run_checks(make_context(ws, as_of), load_docs(conn))
