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
        return _unmarked_dates(run())
    except indexer.IndexUnavailable:
        from archive.catalog.db import connect
        from archive.pipelines.sync_index import rebuild_index

        conn = connect(ws.catalog_path)
        try:
            rebuild_index(ws, conn)
        finally:
            conn.close()
        indexer.clear_cache()
        return _unmarked_dates(run())


def _unmarked_dates(outcome: indexer.SearchOutcome) -> indexer.SearchOutcome:
    """The nearest matches outside the dates keep their words marked, not the date word ("3月" in "确定3月5日…" of
    a February record is not what was asked for)."""
    for hit in outcome.nearest:
        for word in outcome.date_words:
            hit.snippet = hit.snippet.replace(f"{indexer.HIGHLIGHT_OPEN}{word.text}{indexer.HIGHLIGHT_CLOSE}", word.text)
    return outcome


@dataclass
class OutcomeWords:
    """What a search says besides its hits, in the words the command line prints and the page shows."""

    filter: str | None  # 日期条件：2025-03-01 至 2025-03-31（由查询中的「3月」得出）
    empty: str | None  # nothing found: 3月没有找到与「支委会」相符的材料。
    nearest: str | None  # the heading of the nearest matches outside the dates
    period: str  # the dates as the user asked for them: 3月, or 2025-03-01 至 2025-03-31
    outside: dict[str, str]  # path → why a hit dated outside the dates is listed (it holds the query as typed)
    undated: str | None  # how many matches the date filter could not judge


def range_text(lo: dt.date | None, hi: dt.date | None) -> str:
    if lo and hi:
        return f"{lo} 至 {hi}" if lo <= hi else f"{lo} 至 {hi}（没有重叠的日期）"
    return f"{lo} 以后" if lo else f"{hi} 以前"


def outcome_words(outcome: indexer.SearchOutcome, query: str) -> OutcomeWords:
    """The date filter a search applied and where it came from; when nothing falls inside the dates, that said
    in the user's own terms ("3月没有找到…", the query's other words quoted) and a heading that marks the nearest
    matches as being from other dates; the hits dated outside the dates (a query typed as one chunk, found as
    written) with why they are there; the matches without a date the filter could judge."""
    from archive.indexer.dates import NOT_A_PERIOD_SOURCES, period_of
    from archive.render import clip  # user input echoed back is cut, saying how long it was

    query = " ".join(query.split())
    words = outcome.date_words
    by_words = bool(words) and (outcome.date_from, outcome.date_to) == (
        max(w.start for w in words), min(w.end for w in words))
    period = "、".join(w.text for w in words) if by_words else range_text(outcome.date_from, outcome.date_to)
    rest = query
    for word in words:
        rest = rest.replace(word.text, " ")
    rest = " ".join(rest.split())
    filter_text = empty = nearest = undated = None
    outside: dict[str, str] = {}
    if outcome.filtered_by_date:
        origin = "、".join(f"「{w.text}」" for w in words)
        filter_text = (f"日期条件：{range_text(outcome.date_from, outcome.date_to)}"
                       + (f"（由查询中的{origin}得出）" if origin else ""))
        if not outcome.hits:
            empty = f"{period}{'' if by_words else ' '}没有找到" + (f"与「{clip(rest)}」相符的材料。" if rest else "符合条件的材料。")
            if outcome.nearest:
                nearest = f"不在{period}内、日期最近的相符材料（其他日期的，仅供参考）"
        for hit in outcome.hits:
            if hit.date is None or hit.date_source in NOT_A_PERIOD_SOURCES:
                continue
            start, end = period_of(hit.date, hit.date_precision)
            if (outcome.date_to and start > outcome.date_to) or (outcome.date_from and end < outcome.date_from):
                outside[hit.path] = f"日期不在{period}内，列出是因为正文中写有「{clip(query)}」"
        if outcome.undated:
            undated = (f"另有 {outcome.undated} 件相符的材料没有可靠的日期（不明，或只有文件修改时间），"
                       "日期条件无法判断它们；去掉日期条件即可看到。")
    elif not outcome.hits:
        empty = f"没有找到与「{clip(query)}」相关的材料。" if query else "没有找到符合条件的材料。"
    return OutcomeWords(filter_text, empty, nearest, period, outside, undated)


def search_archive(ws: Workspace, query: str, filters: SearchFilters) -> list[indexer.SearchHit]:
    """Best hits first (see search_report)."""
    return search_report(ws, query, filters).hits
