"""The word-frequency table the search's Chinese analysis reads one word at a time (jieba's dictionary plus our
domain words, prepared once per machine): a small SQLite file of its own, beside but apart from the catalog."""

from __future__ import annotations

import sqlite3
from pathlib import Path

INSERT_BATCH = 50_000  # rows per executemany while preparing the table


def write_table(path: Path, freq: dict[str, int], total: int) -> None:
    """Write `freq` (word → count) and its `total` into a new SQLite file at `path`."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.execute("CREATE TABLE freq (word TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID")
        conn.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL)")
        items = sorted(freq.items())
        for i in range(0, len(items), INSERT_BATCH):
            conn.executemany("INSERT INTO freq VALUES (?, ?)", items[i : i + INSERT_BATCH])
        conn.execute("INSERT INTO meta VALUES ('total', ?)", (total,))
        conn.commit()
    finally:
        conn.close()


def open_table(path: Path) -> tuple[sqlite3.Connection, int]:
    """A read-only connection to a prepared table (usable from any thread) and the table's total."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    (total,) = conn.execute("SELECT value FROM meta WHERE name = 'total'").fetchone()
    return conn, total


def count_of(conn: sqlite3.Connection, word: str) -> int | None:
    row = conn.execute("SELECT n FROM freq WHERE word = ?", (word,)).fetchone()
    return None if row is None else int(row[0])
