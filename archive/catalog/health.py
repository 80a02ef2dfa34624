"""What `taizhang doctor` asks of the catalog: the database file's own checks, and the rows it compares with the
index, the originals and the cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path

DOCTOR_OPEN_TIMEOUT_SECONDS = 10  # how long doctor waits for a writer before giving up on the catalog


def file_checks(path: Path) -> tuple[list[str], int, set[int]]:
    """Open the catalog read-only: (integrity_check's lines, foreign-key violations, applied schema versions).
    Raises sqlite3.DatabaseError when the file is not a readable database."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=DOCTOR_OPEN_TIMEOUT_SECONDS)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        fk = len(conn.execute("PRAGMA foreign_key_check").fetchall())
        versions = {r[0] for r in conn.execute("SELECT version FROM schema_migrations")}
    finally:
        conn.close()
    return rows, fk, versions


def searchable_ids(conn: sqlite3.Connection) -> set[int]:
    """Evidence the search index should hold: present, readable originals."""
    return {r[0] for r in conn.execute(
        "SELECT id FROM evidence WHERE gone = 0 AND duplicate_of IS NULL AND error IS NULL")}


def pending_count(conn: sqlite3.Connection) -> int:
    """Index updates written down but not yet applied."""
    return conn.execute("SELECT count(*) FROM index_pending").fetchone()[0]


def present_files(conn: sqlite3.Connection) -> list[tuple[int, str, str | None, bool]]:
    """(id, path, sha256, filed to some item) of every present file."""
    return [(r[0], r[1], r[2], bool(r[3])) for r in conn.execute(
        "SELECT e.id, e.path, e.sha256, EXISTS (SELECT 1 FROM filings f WHERE f.evidence_id = e.id) "
        "FROM evidence e WHERE e.gone = 0")]


def known_hashes(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT DISTINCT sha256 FROM evidence WHERE sha256 IS NOT NULL")}


def thumbnails(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT thumbnail FROM evidence WHERE thumbnail IS NOT NULL")}
