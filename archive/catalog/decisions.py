"""The catalog's overrides table and the index's pending-change queue (index_pending, filled by triggers)."""

from __future__ import annotations

import sqlite3

from archive.catalog.db import now_iso


def overrides(conn: sqlite3.Connection, rubric_id: str) -> dict[str, dict]:
    """item id -> {"status", "score", "note", "who", "at"} of the rubric's overrides."""
    rows = conn.execute("SELECT item_id, status, score, note, who, at FROM overrides WHERE rubric_id = ?",
                        (rubric_id,))
    return {r["item_id"]: {"status": r["status"], "score": r["score"], "note": r["note"] or "", "who": r["who"],
                           "at": r["at"]} for r in rows}


def put_override(conn: sqlite3.Connection, rubric_id: str, item_id: str, status: str, score: float | None,
                 note: str, who: str) -> None:
    conn.execute("INSERT INTO overrides (rubric_id, item_id, status, score, note, who, at) VALUES (?,?,?,?,?,?,?) "
                 "ON CONFLICT(rubric_id, item_id) DO UPDATE SET status=excluded.status, score=excluded.score, "
                 "note=excluded.note, who=excluded.who, at=excluded.at",
                 (rubric_id, item_id, status, score, note, who, now_iso()))


def delete_override(conn: sqlite3.Connection, rubric_id: str, item_id: str) -> bool:
    cur = conn.execute("DELETE FROM overrides WHERE rubric_id = ? AND item_id = ?", (rubric_id, item_id))
    return cur.rowcount > 0


def pending_index_changes(conn: sqlite3.Connection) -> tuple[int, set[int]]:
    """(last seq, evidence ids) waiting in index_pending."""
    rows = conn.execute("SELECT seq, evidence_id FROM index_pending").fetchall()
    return max((r[0] for r in rows), default=0), {r[1] for r in rows}


def clear_index_changes(conn: sqlite3.Connection, upto: int) -> None:
    """Drop the queue up to `upto` (the index has taken those changes in)."""
    if upto:
        with conn:
            conn.execute("DELETE FROM index_pending WHERE seq <= ?", (upto,))
