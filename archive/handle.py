"""One open archive: the workspace, its rubric loaded once, and sessions on its catalog.

`reading()` yields a catalog connection for reads. `writing(command)` holds the archive's writer lock for the whole
session (naming the command in the lock, so a second writer can say who it waits for) and yields a
`WriterConnection`. The decision writes — filings, exclusions, overrides — accept nothing else (`require_writer`),
so no write can skip the lock, wherever it comes from (CLI, page, pipelines). Both live in catalog/db.py, beside the
connections they are about, and are exported from here for the session's callers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from archive.catalog import connect
from archive.catalog.db import WriterConnection, require_writer
from archive.locking import OnWait, writer_lock
from archive.rubric.model import Rubric
from archive.workspace import Workspace, open_workspace

__all__ = ["Archive", "WriterConnection", "require_writer"]


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
