"""The catalog's side of `taizhang backup` and `restore` (maintenance/backup.py): whole-database copies through
SQLite's online backup API (never a file copy of a live WAL database), the decisions a backup also writes as CSV, the
row counts both report, and the checks a backup's catalog passes before it replaces the live one."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from archive.catalog.db import schema_version

COUNTED = ("evidence", "filings", "exclusions", "overrides")
# The decisions exported as CSV: table -> SELECT (evidence path and sha256 joined in, so a row can be matched again).
DECISIONS = {
    "filings": "SELECT e.path, e.sha256, f.rubric_id, f.item_id, f.source, f.score, f.who, f.at, f.note "
               "FROM filings f JOIN evidence e ON e.id = f.evidence_id ORDER BY e.path, f.rubric_id, f.item_id",
    "exclusions": "SELECT e.path, x.sha256, x.rubric_id, x.item_id, x.who, x.at, x.note "
                  "FROM exclusions x JOIN evidence e ON e.id = x.evidence_id ORDER BY e.path, x.rubric_id, x.item_id",
    "overrides": "SELECT rubric_id, item_id, status, score, note, who, at FROM overrides ORDER BY rubric_id, item_id",
}

Decisions = dict[str, tuple[list[str], list[tuple]] | None]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows of each COUNTED table (0 for a table an old catalog does not have)."""
    out = {}
    for table in COUNTED:
        try:
            out[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        except sqlite3.OperationalError:  # an old catalog without the table
            out[table] = 0
    return out


def copy_to(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the open catalog into the database file `target`, consistent even while another process writes; the
    copy is one self-contained file (rollback journal, no -wal beside it)."""
    dest = sqlite3.connect(target)
    try:
        conn.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
    finally:
        dest.close()


def copy_from(source: Path, conn: sqlite3.Connection) -> None:
    """Replace the open catalog's content with the database file `source` in one step: readers see the old catalog
    or the new one, never a mix."""
    src = sqlite3.connect(source)
    try:
        src.backup(conn)
    finally:
        src.close()


def read_copy(path: Path) -> tuple[Decisions, int]:
    """A copied catalog's decisions (table -> (column names, rows), None for a table it cannot answer) and its schema
    version."""
    conn = sqlite3.connect(path)
    try:
        decisions: Decisions = {}
        for table, sql in DECISIONS.items():
            try:
                cur = conn.execute(sql)
            except sqlite3.OperationalError:
                decisions[table] = None
                continue
            decisions[table] = ([d[0] for d in cur.description], cur.fetchall())
        return decisions, schema_version(conn)
    finally:
        conn.close()


def backup_file_checks(path: Path) -> tuple[list[str], int]:
    """Open a backup's catalog read-only: (integrity_check's lines, schema version); it must also have an evidence
    table. Raises sqlite3.DatabaseError when it is not a readable catalog."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        version = schema_version(conn)
        conn.execute("SELECT count(*) FROM evidence").fetchone()
    finally:
        conn.close()
    return result, version
