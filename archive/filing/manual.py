"""The archivist's own decisions: file, unfile, reject a suggestion. They win over folders and suggestions."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from archive.catalog import filings as store
from archive.filing.index_sync import refresh_index
from archive.filing.paths import check_items, resolve_paths
from archive.filing.targets import rubric_targets
from archive.workspace import Workspace


@dataclass
class FiledResult:
    path: str  # the catalogued original
    item: str
    changed: bool  # False: it was already filed there by hand
    named: str  # what the user typed
    copy_of: str | None = None  # the user named a byte copy: its path (the original was filed)

    def to_json(self) -> dict:
        return {"path": self.path, "item": self.item, "changed": self.changed, "copy": self.copy_of}


def file_evidence(ws: Workspace, conn: sqlite3.Connection, paths: list[str], item_ids: list[str],
                  who: str | None = None, note: str | None = None) -> list[FiledResult]:
    """File each named file (a byte copy: its original) to each item, by hand; one transaction per filing."""
    out = _file(ws, conn, paths, item_ids, who, note)
    refresh_index(ws, conn)
    return out


def _file(ws: Workspace, conn: sqlite3.Connection, paths: list[str], item_ids: list[str], who: str | None,
          note: str | None) -> list[FiledResult]:
    rubric = ws.rubric()
    items = check_items(rubric_targets(rubric), item_ids)
    resolved = resolve_paths(ws, conn, paths)
    user = store.current_user(who)
    out = []
    for r in resolved:
        for t in items:
            with store.transaction(conn):
                changed = store.source_of(conn, r.id, rubric.id, t.id) != "manual"
                if changed:
                    store.put_filing(conn, r.id, rubric.id, t.id, "manual", None, user, note)
            out.append(FiledResult(r.path, t.id, changed, r.named, r.original_of))
    return out


def _exclude(ws: Workspace, conn: sqlite3.Connection, path: str, item_id: str, who: str | None,
             note: str, refresh: bool = True) -> bool:
    rubric = ws.rubric()
    (target,) = check_items(rubric_targets(rubric), [item_id])
    user = store.current_user(who)
    removed = False
    for r in resolve_paths(ws, conn, [path]):
        with store.transaction(conn):
            removed = store.delete_filing(conn, r.id, rubric.id, target.id) or removed
            store.put_exclusion(conn, r.id, r.sha256, rubric.id, target.id, user, note)
    if refresh:
        refresh_index(ws, conn)
    return removed


def unfile_evidence(ws: Workspace, conn: sqlite3.Connection, path: str, item_id: str,
                    who: str | None = None) -> bool:
    """Take a file off an item (whatever filed it) and remember: never suggest it there again. True if it was filed."""
    return _exclude(ws, conn, path, item_id, who, "人工取消归档")


def reject_suggestion(ws: Workspace, conn: sqlite3.Connection, path: str, item_id: str,
                      who: str | None = None) -> None:
    """The archivist said "not this item" to a suggestion: recorded as an exclusion."""
    _exclude(ws, conn, path, item_id, who, "拒绝建议")


@dataclass
class Decisions:
    """What one batch of the archivist's decisions did (the workbench's 待处理 page: several at once)."""

    filed: list[FiledResult]
    rejected: list[tuple[str, str]]  # (path, item): "not this item", the file was not filed there
    unfiled: list[tuple[str, str]]  # (path, item): taken off the item it was filed to, and excluded

    def to_json(self) -> dict:
        return {"filed": [r.to_json() for r in self.filed],
                "rejected": [{"path": p, "item": i} for p, i in self.rejected],
                "unfiled": [{"path": p, "item": i} for p, i in self.unfiled]}


def decide(ws: Workspace, conn: sqlite3.Connection, accept: Sequence[tuple[str, str]] = (),
           reject: Sequence[tuple[str, str]] = (), who: str | None = None) -> Decisions:
    """Several decisions on (path, item) pairs at once: accepted ones are filed by hand (a suggestion taken, or a
    filing by suggestion confirmed), rejected ones are taken off the item if filed there and never suggested there
    again. Every item is checked before anything is written; the index takes the changes in once, at the end."""
    targets = rubric_targets(ws.rubric())
    check_items(targets, [item for _, item in [*accept, *reject]])
    by_item: dict[str, list[str]] = {}
    for path, item in accept:
        by_item.setdefault(item, []).append(path)
    filed = [r for item, paths in by_item.items() for r in _file(ws, conn, paths, [item], who, None)]
    rejected, unfiled = [], []
    for path, item in reject:
        if _exclude(ws, conn, path, item, who, "拒绝建议", refresh=False):
            unfiled.append((path, item))
        else:
            rejected.append((path, item))
    refresh_index(ws, conn)
    return Decisions(filed, rejected, unfiled)
