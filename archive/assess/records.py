"""The catalog as assessment sees it: readable, present, de-duplicated records, plus filings and exclusions.

Read through catalog/pool.py (assessment never imports archive.filing). A byte copy (duplicate_of set) is not a record of
its own: a filing or exclusion made on a copy applies to its original."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from dataclasses import dataclass, field

from archive.catalog import pool as catalog_pool
from archive.vocab import UNRELIABLE_DATE_SOURCES


@dataclass
class Record:
    id: int
    path: str
    sha256: str | None
    kind: str | None
    meeting_type: str | None
    date: dt.date | None  # None when undated (or dated only by mtime)
    precision: str | None  # day | month | year; None when undated
    title: str
    text: str
    fields: dict = field(default_factory=dict)
    tables_json: str = "[]"
    _tables: list | None = None
    _hay: str | None = None

    @property
    def tables(self) -> list:
        if self._tables is None:
            try:
                self._tables = json.loads(self.tables_json or "[]")
            except ValueError:
                self._tables = []
        return self._tables

    @property
    def hay(self) -> str:
        """Title, path and text: where keywords are looked for."""
        if self._hay is None:
            self._hay = f"{self.title}\n{self.path}\n{self.text}"
        return self._hay

    @property
    def name(self) -> str:
        """A short name for findings: the title, else the file name (also when the title is a table's header row)."""
        title = self.title.strip()
        if not title or title.count(",") >= 2 or title.count("\t") >= 2:
            return self.path.rsplit("/", 1)[-1]
        return title


@dataclass
class Pool:
    records: dict[int, Record]
    by_kind: dict[str, list[Record]]
    by_meeting: dict[str, list[Record]]
    filed: dict[str, list[int]]  # item id -> record ids filed to it
    excluded: dict[str, set[int]]  # item id -> record ids the archivist excluded from it


def _precision(raw: str | None, date: dt.date | None, source: str | None) -> str | None:
    if date is None or source in UNRELIABLE_DATE_SOURCES:
        return None
    return raw if raw in ("day", "month", "year") else "day"


def load_pool(conn: sqlite3.Connection, rubric_id: str) -> Pool:
    """Every usable record of the catalog, with the filings and exclusions of `rubric_id`."""
    records: dict[int, Record] = {}
    by_kind: dict[str, list[Record]] = {}
    by_meeting: dict[str, list[Record]] = {}
    for r in catalog_pool.usable_evidence(conn):
        date = None
        if r["date"]:
            try:
                date = dt.date.fromisoformat(r["date"])
            except ValueError:
                date = None
        precision = _precision(r["date_precision"], date, r["date_source"])
        try:
            fields = json.loads(r["fields"] or "{}")
        except ValueError:
            fields = {}
        rec = Record(id=r["id"], path=r["path"], sha256=r["sha256"], kind=r["kind"], meeting_type=r["meeting_type"],
                     date=date if precision else None, precision=precision, title=r["title"] or "",
                     text=r["text"] or "", fields=fields if isinstance(fields, dict) else {},
                     tables_json=r["tables"] or "[]")
        records[rec.id] = rec
        if rec.kind:
            by_kind.setdefault(rec.kind, []).append(rec)
        if rec.meeting_type:
            by_meeting.setdefault(rec.meeting_type, []).append(rec)
    # A copy's id stands for its original's.
    canon = catalog_pool.copies(conn)
    by_sha: dict[str, int] = {rec.sha256: rec.id for rec in records.values() if rec.sha256}
    filed: dict[str, list[int]] = {}
    for eid, item in catalog_pool.filed_pairs(conn, rubric_id):
        eid = canon.get(eid, eid)
        if eid in records and eid not in filed.setdefault(item, []):
            filed[item].append(eid)
    excluded: dict[str, set[int]] = {}
    for eid, sha, item in catalog_pool.excluded_rows(conn, rubric_id):
        ids = excluded.setdefault(item, set())
        ids.add(canon.get(eid, eid))
        if sha and sha in by_sha:
            ids.add(by_sha[sha])
    return Pool(records, by_kind, by_meeting, filed, excluded)
