"""Turn what the user typed (paths relative to the current folder or the archive, files or folders) and item
ids into catalog rows and rubric items, with Chinese errors that say what would have been valid."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from archive.catalog import evidence
from archive.errors import UnknownEvidence, UnknownItem
from archive.filing.targets import Target
from archive.workspace import Workspace

LISTED_IDS = 60  # at most this many valid item ids are listed in an error


@dataclass
class Resolved:
    """One catalogued file the user named; a byte copy resolves to its original."""

    id: int
    path: str  # as the catalog has it
    sha256: str | None
    named: str  # what the user typed
    original_of: str | None = None  # set when the user named a copy: the copy's path


def check_items(targets: list[Target], item_ids: list[str]) -> list[Target]:
    by_id = {t.id: t for t in targets}
    bad = [i for i in item_ids if i.strip().removeprefix("第").removesuffix("项") not in by_id]
    if bad:
        ids = [t.id for t in targets]
        shown = "、".join(ids[:LISTED_IDS]) + ("……" if len(ids) > LISTED_IDS else "")
        raise UnknownItem(f"评分表中没有序号为「{'、'.join(bad)}」的项目。可用的序号：{shown}")
    return [by_id[i.strip().removeprefix("第").removesuffix("项")] for i in item_ids]


def _candidates(ws: Workspace, typed: str) -> list[str]:
    """Archive-relative forms the typed path may stand for (relative to cwd first, then to the archive)."""
    out = []
    p = Path(typed)
    root = ws.root.resolve()
    for base in ((p,) if p.is_absolute() else (Path.cwd() / p, root / p)):
        try:
            rel = Path(os.path.normpath(base.absolute())).relative_to(root)
        except ValueError:
            continue
        text = rel.as_posix()
        if text not in out:
            out.append("" if text == "." else text)
    return out


def resolve_paths(ws: Workspace, conn: sqlite3.Connection, typed: list[str]) -> list[Resolved]:
    """Every catalogued file named (a folder names every file under it); unknown names raise one error."""
    out: list[Resolved] = []
    seen: set[int] = set()
    missing = []
    for name in typed:
        rows = []
        for rel in _candidates(ws, name):
            rows = evidence.named(conn, rel)
            if rows:
                break
        if not rows:
            missing.append(name)
            continue
        for eid, path, sha, dup, dup_path, dup_sha in rows:
            target = Resolved(dup, dup_path, dup_sha, name, original_of=path) if dup else Resolved(eid, path, sha, name)
            if target.id not in seen:
                seen.add(target.id)
                out.append(target)
    if missing:
        raise UnknownEvidence(f"目录中没有这些文件：{'、'.join(missing)}")
    return out
