"""Keep the search index in step with the catalog: incremental after ingest, whole rebuild when needed."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from archive import indexer
from archive.catalog import decisions
from archive.catalog import evidence as cat
from archive.catalog.evidence import Evidence
from archive.errors import ConfigError
from archive.workspace import Workspace

from .index import WriteLimits

# Rows of a workbook or document table become findable units of their own, up to this many per file.
MAX_UNITS_PER_DOC = 5_000
INTERRUPTED_BUILD_GRACE_S = 2.0  # a leftover build folder must be this much older than our rebuild to be removed


# The index writer's memory limits, overridable under [search] in taizhang.toml (index.WriteLimits):
#   writer_limit_mb   Whoosh's posting pool before it spills runs to disk (index.WRITER_LIMIT_MB)
#   segment_limit_mb  word and bigram postings gathered in memory before a segment is written (index.SEGMENT_LIMIT_MB)
#   cut_cache_blocks  jieba blocks whose words a writer remembers (analysis.CUT_CACHE_BLOCKS)
CONFIG_SECTION = "search"
LIMIT_KEYS = ("writer_limit_mb", "segment_limit_mb", "cut_cache_blocks")


def write_limits(ws: Workspace) -> WriteLimits:
    """The writer's limits: [search] writer_limit_mb / segment_limit_mb / cut_cache_blocks, else the defaults."""
    section = ws.config.section(CONFIG_SECTION)
    values: dict[str, int] = {}
    for key in LIMIT_KEYS:
        if key not in section:
            continue
        value = section[key]
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            raise ConfigError(f"配置文件 taizhang.toml 的 [{CONFIG_SECTION}] {key} 必须是正整数，现为 {value!r}。")
        values[key] = value
    return WriteLimits(**values)


def _units(ev: Evidence) -> list[str]:
    units: list[str] = []
    for table in ev.tables:
        for row in table.get("rows", []):
            cells = [c for c in row if c]
            if len(cells) >= 2:
                units.append("\t".join(cells))
                if len(units) >= MAX_UNITS_PER_DOC:
                    return units
    return units


def to_index_doc(ev: Evidence) -> indexer.IndexDoc:
    return indexer.IndexDoc(
        doc_id=ev.id, path=ev.path, title=ev.title or "", text=ev.text, kind=ev.kind or "其他",
        meeting_type=ev.meeting_type, date=ev.date, items=list(ev.items), ocr=ev.ocr, units=_units(ev),
        date_source=ev.date_source, date_precision=getattr(ev, "date_precision", None) or "day",
    )


def searchable(conn: sqlite3.Connection, ids: Iterable[int] | None, rubric_id: str) -> Iterator[indexer.IndexDoc]:
    """Present, readable, first-copy evidence as index documents."""
    for ev in cat.iter_evidence(conn, ids=ids, include_gone=False, include_duplicates=False, with_text=True,
                                rubric_id=rubric_id):
        if ev.error is None:
            yield to_index_doc(ev)


def pending_changes(conn: sqlite3.Connection) -> tuple[int, set[int]]:
    """(last seq, evidence ids) the catalog changed since the index last took them in (table index_pending, filled
    by triggers in the same transaction as the change, so a process killed before the index was written leaves them
    here for the next sync)."""
    return decisions.pending_index_changes(conn)


def _clear_pending(conn: sqlite3.Connection, upto: int) -> None:
    decisions.clear_index_changes(conn, upto)


def rebuild_index(ws: Workspace, conn: sqlite3.Connection) -> int:
    """Rebuild the whole index from the catalog; returns the number of documents indexed."""
    upto, _ = pending_changes(conn)
    started = time.time()
    count = indexer.rebuild(ws.index_dir, searchable(conn, None, ws.filings_key), limits=write_limits(ws))
    _clear_pending(conn, upto)
    _remove_interrupted_builds(ws.index_dir, started)
    return count


def _builder_pid(folder: Path) -> int | None:
    """The pid a build folder is named with (.index.new-<pid>-xxxx, .index.old-<pid>), if any."""
    m = re.search(r"\.(?:new|old)-(\d+)(?:-|$)", folder.name)
    return int(m.group(1)) if m else None


def _remove_interrupted_builds(index_dir: Path, before: float) -> None:
    """Half-built or swapped-out index folders a killed rebuild left beside the index: those whose builder process is
    gone, or (unnamed ones) untouched since before ours began, so never another rebuild still at work."""
    for p in index_dir.parent.glob(f".{index_dir.name}.*-*"):
        try:
            if not p.is_dir():
                continue
            pid = _builder_pid(p)
            if pid is not None and pid != os.getpid():
                import psutil  # only here: a search that needs no rebuild does not load it

                if psutil.pid_exists(pid):
                    continue
            elif p.stat().st_mtime >= before - INTERRUPTED_BUILD_GRACE_S:
                continue
            shutil.rmtree(p, ignore_errors=True)
        except OSError:
            pass


def sync_index(ws: Workspace, conn: sqlite3.Connection, changed_ids: set[int], removed_ids: set[int]) -> None:
    """Apply one ingest's changes and any left pending by an interrupted run; a missing, stale or broken index is
    rebuilt instead."""
    if indexer.check_index(ws.index_dir, deep=False).state is not indexer.IndexState.OK:
        rebuild_index(ws, conn)
        return
    _remove_interrupted_builds(ws.index_dir, time.time())  # folders a killed rebuild left behind
    upto, pending = pending_changes(conn)
    changed = set(changed_ids) | pending
    removed = set(removed_ids) | pending  # removals go first; whatever is still searchable is added back
    if not changed and not removed:
        return
    try:
        indexer.update(ws.index_dir, searchable(conn, sorted(changed), ws.filings_key), removed,
                       limits=write_limits(ws))
    except indexer.IndexUnavailable:
        rebuild_index(ws, conn)
        return
    _clear_pending(conn, upto)
