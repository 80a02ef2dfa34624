"""Open the SQLite catalog (WAL) and bring its schema up to date."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from archive.catalog.migrations import MIGRATIONS
from archive.errors import CatalogError, WriteWithoutLock

BUSY_TIMEOUT_MS = 10_000


class WriterConnection(sqlite3.Connection):
    """A catalog connection opened inside a writing session (archive/handle.py: the writer lock is held while it is
    open). Defined here, with `connect`, so the decision writes in catalog/ can check it without importing the
    session layer above them."""

    command: str = ""


def require_writer(conn: sqlite3.Connection) -> None:
    """Refuse a decision write on a connection that is not a writing session's."""
    if not isinstance(conn, WriterConnection):
        raise WriteWithoutLock("归档、排除或人工认定的写入没有持有档案的写入锁，已拒绝写入。")


def now_iso() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT max(version) FROM schema_migrations").fetchone()
    return row[0] or 0


def _statements(sql: str) -> list[str]:
    """Split a migration into statements; a trigger's BEGIN … END body stays whole."""
    out, current = [], ""
    for piece in sql.split(";"):
        current += piece + ";"
        if sqlite3.complete_statement(current):
            if current.strip(" \n;"):
                out.append(current)
            current = ""
    if current.strip(" \n;"):
        out.append(current)
    return out


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply every migration newer than the database, each in its own transaction; return those applied."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                 "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
    current = schema_version(conn)
    newest = max(v for v, _, _ in MIGRATIONS)
    if current > newest:
        raise CatalogError(f"目录数据库的结构版本（{current}）比本程序支持的（{newest}）更新。",
                           remedy="请升级 taizhang 后再打开此档案。")
    done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
    applied = []
    for version, name, sql in sorted(MIGRATIONS):
        if version in done:  # by set, not by max: numbers are handed out to parallel work and may land out of order
            continue
        with conn:
            conn.execute("BEGIN IMMEDIATE")  # two processes opening a new catalog at once: one migrates, one waits
            if conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (version,)).fetchone():
                continue
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?, ?)", (version, name, now_iso()))
        applied.append(version)
    return applied


def connect(path: Path, factory: type[sqlite3.Connection] = sqlite3.Connection) -> sqlite3.Connection:
    """Open (creating if needed) the catalog at `path`, in WAL mode, migrated to the newest schema. `factory`: the
    connection class (archive/handle.py's writer connection for writing sessions)."""
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, factory=factory)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise CatalogError(f"无法打开目录数据库 {path}：{exc}") from exc
    return conn
