"""Search an archive: the index answers; a missing, stale or broken index is rebuilt from the catalog first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from archive import indexer
from archive.catalog.db import connect
from archive.errors import UsageError
from archive.extract.dates import parse_period
from archive.pipelines.sync_index import rebuild_index
from archive.workspace import Workspace


@dataclass
class SearchFilters:
    item: str | None = None
    kind: str | None = None
    date_from: str | None = None  # as the user typed it: 2025-03-12, 2025.3, 2025年3月
    date_to: str | None = None
    unfiled: bool = False
    limit: int = 20


def _period_bound(text: str | None, first: bool, option: str) -> dt.date | None:
    if not text:
        return None
    period = parse_period(text)
    if period is None:
        raise UsageError(f"无法识别 {option} 的日期「{text}」。", remedy="日期可写成 2025-03-12、2025.3、2025年3月 或 2025。")
    return period[0] if first else period[1]


def search_archive(ws: Workspace, query: str, filters: SearchFilters) -> list[indexer.SearchHit]:
    """Best hits first; `--to 2025.3` means up to the end of March."""
    date_from = _period_bound(filters.date_from, True, "--from")
    date_to = _period_bound(filters.date_to, False, "--to")
    if date_from and date_to and date_from > date_to:
        raise UsageError(f"起始日期 {date_from} 晚于截止日期 {date_to}。")
    synonyms = indexer.load_synonyms(ws.config.synonyms)

    def run() -> list[indexer.SearchHit]:
        return indexer.search(ws.index_dir, query, item=filters.item, kind=filters.kind, date_from=date_from,
                              date_to=date_to, unfiled=filters.unfiled, limit=filters.limit,
                              year=ws.config.year or None, synonyms=synonyms)

    try:
        return run()
    except indexer.IndexUnavailable:
        conn = connect(ws.catalog_path)
        try:
            rebuild_index(ws, conn)
        finally:
            conn.close()
        indexer.clear_cache()
        return run()
