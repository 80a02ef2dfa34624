"""Search an archive: the index answers; a missing, stale or broken index is rebuilt from the catalog first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from archive import indexer
from archive.errors import EmptyQuery, UsageError
from archive.workspace import Workspace

# The catalog, the date parser, the kind/item filters and the index rebuild are imported where a search needs them:
# a plain `taizhang search 党费` in a fresh process loads only the index.


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
    from archive.extract.dates import parse_period

    period = parse_period(text)
    if period is None:
        raise UsageError(f"无法识别 {option} 的日期「{text}」。", remedy="日期可写成 2025-03-12、2025.3、2025年3月 或 2025。")
    return period[0] if first else period[1]


def _checked(ws: Workspace, query: str, filters: SearchFilters) -> SearchFilters:
    """Filters with --kind / --item normalised and checked; EmptyQuery for a query with no words and no filter."""
    kind = item = None
    if filters.kind is not None or filters.item is not None:
        from archive.pipelines.filters import normalize_item, normalize_kind

        if filters.kind is not None:
            from archive.catalog.db import connect

            conn = connect(ws.catalog_path)
            try:
                kind = normalize_kind(filters.kind, conn)
            finally:
                conn.close()
        item = normalize_item(ws, filters.item)
    has_terms, has_dates = indexer.query_has_words(query, ws.config.year or None)
    if not has_terms and not has_dates and not (kind or item or filters.date_from or filters.date_to
                                                 or filters.unfiled):
        shown = query.strip()
        raise EmptyQuery(f"查询「{shown[:40]}」中没有可检索的词。" if shown else "没有给出要检索的词。",
                         remedy="请输入要找的词，如 taizhang search 党费；或用 --kind、--item、--from/--to 列出材料。")
    return SearchFilters(item, kind, filters.date_from, filters.date_to, filters.unfiled, filters.limit)


def search_report(ws: Workspace, query: str, filters: SearchFilters) -> indexer.SearchOutcome:
    """Best hits first, with the date filter applied, the nearest outside it when nothing is inside, and the number
    of word matches a date filter could not judge; `--to 2025.3` means up to the end of March."""
    filters = _checked(ws, query, filters)
    date_from = _period_bound(filters.date_from, True, "--from")
    date_to = _period_bound(filters.date_to, False, "--to")
    if date_from and date_to and date_from > date_to:
        raise UsageError(f"起始日期 {date_from} 晚于截止日期 {date_to}。")
    synonyms = indexer.load_synonyms(ws.config.synonyms)

    def run() -> indexer.SearchOutcome:
        return indexer.search_detailed(ws.index_dir, query, item=filters.item, kind=filters.kind,
                                       date_from=date_from, date_to=date_to, unfiled=filters.unfiled,
                                       limit=filters.limit, year=ws.config.year or None, synonyms=synonyms)

    try:
        return run()
    except indexer.IndexUnavailable:
        from archive.catalog.db import connect
        from archive.pipelines.sync_index import rebuild_index

        conn = connect(ws.catalog_path)
        try:
            rebuild_index(ws, conn)
        finally:
            conn.close()
        indexer.clear_cache()
        return run()


def search_archive(ws: Workspace, query: str, filters: SearchFilters) -> list[indexer.SearchHit]:
    """Best hits first (see search_report)."""
    return search_report(ws, query, filters).hits
