"""Filings are part of what search shows (`--item`, `--unfiled`): after a change, let the index take it in."""

from __future__ import annotations

import sqlite3

from archive.errors import ArchiveBusy
from archive.workspace import Workspace


def refresh_index(ws: Workspace, conn: sqlite3.Connection) -> None:
    """Index the evidence whose filings changed (the catalog's index_pending); if another process holds the index,
    the change stays pending and the next ingest or search rebuild applies it."""
    from archive.indexer.sync import sync_index  # on first use: the index brings Whoosh and jieba (about a second)

    try:
        sync_index(ws, conn, set(), set())
    except ArchiveBusy:  # the index's write lock (ArchiveBusy.index()): the change stays pending
        pass
