"""Chinese full-text index and search of the evidence archive (Whoosh + jieba + CJK bigrams)."""

from .analysis import analysis_fingerprint, normalize
from .dates import DateWord, extract_date_words
from .documents import (
    MATCH_EXACT,
    MATCH_FILTER,
    MATCH_PARTIAL,
    MATCH_SYNONYM,
    IndexDoc,
    SearchHit,
    SearchQuery,
)
from .index import (
    IndexBroken,
    IndexMissing,
    IndexStale,
    IndexState,
    IndexStatus,
    IndexUnavailable,
    UpdateStats,
    check_index,
    open_index,
    open_or_create,
    rebuild,
    update,
)
from .search import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN, clear_cache, make_snippet, search, search_query
from .synonyms import load_synonyms

__all__ = [
    "HIGHLIGHT_CLOSE",
    "HIGHLIGHT_OPEN",
    "MATCH_EXACT",
    "MATCH_FILTER",
    "MATCH_PARTIAL",
    "MATCH_SYNONYM",
    "DateWord",
    "IndexBroken",
    "IndexDoc",
    "IndexMissing",
    "IndexStale",
    "IndexState",
    "IndexStatus",
    "IndexUnavailable",
    "SearchHit",
    "SearchQuery",
    "UpdateStats",
    "analysis_fingerprint",
    "check_index",
    "clear_cache",
    "extract_date_words",
    "load_synonyms",
    "make_snippet",
    "normalize",
    "open_index",
    "open_or_create",
    "rebuild",
    "search",
    "search_query",
    "update",
]
