"""The `filings` and `exclusions` tables (which evidence serves which item; which suggestions were refused):
reading and writing them, every change its own short transaction."""

from __future__ import annotations

import getpass
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from archive.catalog.db import now_iso, require_writer

SOURCES = ("manual", "folder", "suggestion")
# Who wins when two sources want the same filing: the archivist's hand, then their folders, then a suggestion.
PRECEDENCE = {"manual": 3, "folder": 2, "suggestion": 1}


@dataclass
class Filing:
    evidence_id: int
    item_id: str
    source: str
    score: float | None
    who: str | None
    at: str
    note: str | None


@dataclass
class Exclusion:
    evidence_id: int
    sha256: str | None
    item_id: str
    who: str | None
    at: str
    note: str | None


def current_user(who: str | None) -> str:
    if who:
        return who
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on this system: record none rather than fail
        return ""


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error): a crash loses at most this one change."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def filings(conn: sqlite3.Connection, rubric_id: str) -> dict[int, dict[str, Filing]]:
    out: dict[int, dict[str, Filing]] = {}
    for r in conn.execute("SELECT evidence_id, item_id, source, score, who, at, note FROM filings "
                          "WHERE rubric_id = ? ORDER BY evidence_id, id", (rubric_id,)):
        out.setdefault(r[0], {})[r[1]] = Filing(r[0], r[1], r[2], r[3], r[4], r[5], r[6])
    return out


def exclusions(conn: sqlite3.Connection, rubric_id: str) -> dict[int, dict[str, Exclusion]]:
    out: dict[int, dict[str, Exclusion]] = {}
    for r in conn.execute("SELECT evidence_id, sha256, item_id, who, at, note FROM exclusions "
                          "WHERE rubric_id = ? ORDER BY evidence_id, id", (rubric_id,)):
        out.setdefault(r[0], {})[r[2]] = Exclusion(r[0], r[1], r[2], r[3], r[4], r[5])
    return out


def adopt_decisions(conn: sqlite3.Connection, old_key: str, new_key: str) -> int:
    """Move the filings and refused suggestions kept under `old_key` to `new_key` (an own rubric file's path, under
    which an earlier version filed accepted suggestions, to the file's id); a decision already kept under
    `new_key` for the same file and item wins. Caller holds the transaction. Returns how many were moved."""
    require_writer(conn)
    moved = 0
    for table in ("filings", "exclusions"):
        moved += conn.execute(f"UPDATE OR IGNORE {table} SET rubric_id = ? WHERE rubric_id = ?",
                              (new_key, old_key)).rowcount
        conn.execute(f"DELETE FROM {table} WHERE rubric_id = ?", (old_key,))
    return moved


def put_filing(conn: sqlite3.Connection, evidence_id: int, rubric_id: str, item_id: str, source: str,
               score: float | None, who: str | None, note: str | None = None, at: str | None = None) -> bool:
    """File evidence to an item unless a filing of higher precedence exists; caller holds the transaction.
    A manual filing also lifts an exclusion of the same item (the archivist changed their mind)."""
    require_writer(conn)
    row = conn.execute("SELECT source FROM filings WHERE evidence_id = ? AND rubric_id = ? AND item_id = ?",
                       (evidence_id, rubric_id, item_id)).fetchone()
    if row and PRECEDENCE[row[0]] > PRECEDENCE[source]:
        return False
    if source != "manual" and conn.execute(
            "SELECT 1 FROM exclusions WHERE evidence_id = ? AND rubric_id = ? AND item_id = ?",
            (evidence_id, rubric_id, item_id)).fetchone():
        return False
    if source == "manual":
        conn.execute("DELETE FROM exclusions WHERE evidence_id = ? AND rubric_id = ? AND item_id = ?",
                     (evidence_id, rubric_id, item_id))
    conn.execute("INSERT INTO filings (evidence_id, rubric_id, item_id, source, score, who, at, note) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(evidence_id, rubric_id, item_id) DO UPDATE SET "
                 "source = excluded.source, score = excluded.score, who = excluded.who, at = excluded.at, "
                 "note = excluded.note",
                 (evidence_id, rubric_id, item_id, source, score, who, at or now_iso(), note))
    return True


def delete_filing(conn: sqlite3.Connection, evidence_id: int, rubric_id: str, item_id: str,
                  source: str | None = None) -> bool:
    require_writer(conn)
    sql = "DELETE FROM filings WHERE evidence_id = ? AND rubric_id = ? AND item_id = ?"
    args: tuple = (evidence_id, rubric_id, item_id)
    if source:
        sql += " AND source = ?"
        args += (source,)
    return conn.execute(sql, args).rowcount > 0


def put_exclusion(conn: sqlite3.Connection, evidence_id: int, sha256: str | None, rubric_id: str, item_id: str,
                  who: str | None, note: str | None = None, at: str | None = None) -> None:
    require_writer(conn)
    conn.execute("INSERT INTO exclusions (evidence_id, sha256, rubric_id, item_id, who, at, note) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(evidence_id, rubric_id, item_id) DO UPDATE SET "
                 "sha256 = excluded.sha256, who = excluded.who, at = excluded.at, note = excluded.note",
                 (evidence_id, sha256, rubric_id, item_id, who, at or now_iso(), note))


def source_of(conn: sqlite3.Connection, evidence_id: int, rubric_id: str, item_id: str) -> str | None:
    """How a filing was made (manual, folder, suggestion), or None when the file is not filed to the item."""
    row = conn.execute("SELECT source FROM filings WHERE evidence_id = ? AND rubric_id = ? AND item_id = ?",
                       (evidence_id, rubric_id, item_id)).fetchone()
    return row[0] if row else None


def folder_notes(conn: sqlite3.Connection, rubric_id: str) -> dict[tuple[int, str], str | None]:
    """(evidence id, item id) → the note of every filing made by a folder convention."""
    return {(r[0], r[1]): r[2] for r in conn.execute(
        "SELECT evidence_id, item_id, note FROM filings WHERE rubric_id = ? AND source = 'folder'", (rubric_id,))}


def export_filings(conn: sqlite3.Connection, rubric_id: str) -> list[tuple]:
    """(path, sha256, item, source, score, who, at, note) of every filing, by path."""
    return [tuple(r) for r in conn.execute(
        "SELECT e.path, e.sha256, f.item_id, f.source, f.score, f.who, f.at, f.note FROM filings f "
        "JOIN evidence e ON e.id = f.evidence_id WHERE f.rubric_id = ? ORDER BY e.path, f.id", (rubric_id,))]


def export_exclusions(conn: sqlite3.Connection, rubric_id: str) -> list[tuple]:
    """(path, sha256, item, who, at, note) of every refused suggestion, by path."""
    return [tuple(r) for r in conn.execute(
        "SELECT e.path, x.sha256, x.item_id, x.who, x.at, x.note FROM exclusions x "
        "JOIN evidence e ON e.id = x.evidence_id WHERE x.rubric_id = ? ORDER BY e.path, x.id", (rubric_id,))]
