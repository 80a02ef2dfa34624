"""One open archive: the workspace, its rubric loaded once, and sessions on its catalog.

`reading()` yields a catalog connection for reads. `writing(command)` holds the archive's writer lock for the whole
session (naming the command in the lock, so a second writer can say who it waits for) and yields a
`WriterConnection`. The decision writes — filings, exclusions, overrides — accept nothing else (`require_writer`),
so no write can skip the lock, wherever it comes from (CLI, page, pipelines).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from archive.catalog import connect
from archive.errors import WriteWithoutLock
from archive.locking import OnWait, writer_lock
from archive.rubric.model import Rubric
from archive.workspace import Workspace, open_workspace


class WriterConnection(sqlite3.Connection):
    """A catalog connection opened inside a writing session (the writer lock is held while it is open)."""

    command: str = ""


def require_writer(conn: sqlite3.Connection) -> None:
    """Refuse a decision write on a connection that is not a writing session's."""
    if not isinstance(conn, WriterConnection):
        raise WriteWithoutLock("归档、排除或人工认定的写入没有持有档案的写入锁，已拒绝写入。")


@dataclass
class Archive:
    ws: Workspace

    @classmethod
    def open(cls, start: Path | None = None) -> Archive:
        return cls(open_workspace(start))

    @property
    def root(self) -> Path:
        return self.ws.root

    def rubric(self) -> Rubric:
        """The archive's rubric, parsed once per open workspace (`Workspace.rubric`)."""
        return self.ws.rubric()

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        conn = connect(self.ws.catalog_path)
        try:
            yield conn
        finally:
            conn.close()

    @contextmanager
    def writing(self, command: str, wait_seconds: float | None = None, on_wait: OnWait | None = None
                ) -> Iterator[WriterConnection]:
        """Hold the writer lock (waiting as `writer_lock` does, ArchiveBusy after the wait) and yield a writer
        connection; the lock is released only after the connection is closed."""
        with writer_lock(self.ws, wait_seconds=wait_seconds, on_wait=on_wait, command=command):
            conn = connect(self.ws.catalog_path, factory=WriterConnection)
            assert isinstance(conn, WriterConnection)
            conn.command = command
            try:
                yield conn
            finally:
                conn.close()
