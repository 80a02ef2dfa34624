"""The catalog rows assessment reads: present, readable, original evidence, how copies map to their originals, and
one rubric's filings and exclusions (an archive from before the filings tables existed has none)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator


def _table_exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone() is not None


def usable_evidence(conn: sqlite3.Connection) -> Iterator[sqlite3.Row]:
    """Rows of evidence that is present, readable and not a byte copy, in path order: id, path, sha256, kind,
    meeting_type, date, date_source, date_precision (NULL before that column existed), title, text, fields, tables."""
    cols = {r[1] for r in conn.execute("PRAGMA table_info(evidence)")}
    prec = "date_precision" if "date_precision" in cols else "NULL AS date_precision"
    yield from conn.execute(
        f"SELECT id, path, sha256, kind, meeting_type, date, date_source, {prec}, title, text, fields, tables "
        "FROM evidence WHERE gone = 0 AND error IS NULL AND duplicate_of IS NULL ORDER BY path")


def copies(conn: sqlite3.Connection) -> dict[int, int]:
    """Each byte copy's id → its original's id."""
    return {r[0]: r[1] for r in conn.execute("SELECT id, duplicate_of FROM evidence WHERE duplicate_of IS NOT NULL")}


def filed_pairs(conn: sqlite3.Connection, rubric_id: str) -> list[tuple[int, str]]:
    """(evidence id, item id) of every filing to `rubric_id`, by item then evidence."""
    if not _table_exists(conn, "filings"):
        return []
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT evidence_id, item_id FROM filings WHERE rubric_id = ? ORDER BY item_id, evidence_id", (rubric_id,))]


def excluded_rows(conn: sqlite3.Connection, rubric_id: str) -> list[tuple[int, str | None, str]]:
    """(evidence id, sha256 when kept, item id) of every suggestion the archivist refused for `rubric_id`."""
    if not _table_exists(conn, "exclusions"):
        return []
    return [(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT evidence_id, sha256, item_id FROM exclusions WHERE rubric_id = ?", (rubric_id,))]


def fingerprint(conn: sqlite3.Connection) -> tuple:
    """A cheap summary of everything assessment reads (evidence, filings, exclusions, overrides): it changes
    whenever any of them does."""
    parts = []
    for table, col in (("evidence", "updated_at"), ("filings", "at"), ("exclusions", "at"), ("overrides", "at")):
        parts.append(tuple(conn.execute(f"SELECT count(*), max({col}), max(id) FROM {table}").fetchone()))
    return tuple(parts)
