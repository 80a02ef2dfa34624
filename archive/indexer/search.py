"""Search: query text → Whoosh query → ranked, de-duplicated hits with highlighted snippets.

How a query is understood:

1. The text is normalised (width, case, variants); date words ("第二季度", "11月", "2025年7月3日") are taken out
   and each becomes a required clause: *dated in that range* (boosted) *or the date word occurs verbatim*.
2. What remains is split on whitespace into terms; every term is required. A term matches when it occurs verbatim
   (a phrase over the bigram fields), or when all of its jieba words occur (word fields, or verbatim each); numbers
   with their units ("2025年", "3次") must occur verbatim.
3. Results come in tiers: documents matching every term as written come first; then documents that need a
   synonym for some term (data/synonyms.toml + config); only when neither finds anything, documents matching any
   term. Within a tier: documents dated inside the query's date words first, then by BM25F score (word fields and
   titles weigh more than bigram fields and body text).
4. Rows of ledgers/rosters are indexed as units; hits are collapsed onto their parent document (best one kept).
"""

from __future__ import annotations

import datetime
import os
import re
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

from whoosh.query import And, NumericRange, Or, Phrase, Prefix, Query, Term
from whoosh.searching import Searcher

from . import schema as S
from .analysis import bigram_query_runs, normalize, normalize_with_map, query_chunks, run_tokens
from .dates import DateWord, extract_date_words
from .documents import MATCH_EXACT, MATCH_FILTER, MATCH_PARTIAL, MATCH_SYNONYM, SearchHit, SearchQuery
from .index import IndexBroken, IndexUnavailable, _open
from .synonyms import Synonyms, load_synonyms

DEFAULT_LIMIT = 20
MAX_LIMIT = 1000
HIGHLIGHT_OPEN = "【"
HIGHLIGHT_CLOSE = "】"
SNIPPET_CHARS = 90  # length of a snippet window, in characters of the original text
SNIPPET_BEFORE = 24  # context kept before the first match
ELLIPSIS = "…"

_WORD_CHAR = re.compile(r"\w")
_SPACES = re.compile(r"\s+")


# ------------------------------------------------------------------------------------------ query building


def _field_phrase(field: str, tokens: list[str]) -> Query:
    return Term(field, tokens[0]) if len(tokens) == 1 else Phrase(field, tokens)


def _verbatim_field(field: str, runs: list[str]) -> Query:
    if len(runs) == 1 and len(runs[0]) == 1:
        return Prefix(field, runs[0])
    if len(runs) > 1 and len(runs[-1]) == 1:
        # the last run is one character that may be the start of a longer run in the document
        head = [tok for run in runs[:-1] for tok in run_tokens(run)]
        return And([_field_phrase(field, head), Prefix(field, runs[-1])])
    return _field_phrase(field, [tok for run in runs for tok in run_tokens(run)])


def verbatim_query(text: str) -> Query | None:
    """The (normalised) text occurs as written in the title, the text or the path."""
    runs = bigram_query_runs(text)
    if not runs:
        return None
    return Or(
        [
            _verbatim_field(S.TITLE_B, runs).with_boost(S.BOOST_TITLE_B),
            _verbatim_field(S.TEXT_B, runs).with_boost(S.BOOST_TEXT_B),
            _verbatim_field(S.PATH_B, runs).with_boost(S.BOOST_PATH_B),
        ]
    )


def _word_query(word: str) -> Query:
    return Or([Term(S.TITLE_W, word).with_boost(S.BOOST_TITLE_W), Term(S.TEXT_W, word).with_boost(S.BOOST_TEXT_W)])


def _synonym_query(alt: str) -> Query | None:
    """A synonym must occur as written (verbatim, or as one jieba word); it is not relaxed into its words."""
    v = verbatim_query(alt)
    if v is None:
        return None
    chunks = query_chunks(alt)
    q = Or([v, _word_query(chunks[0][0])]) if len(chunks) == 1 and not chunks[0][1] else v
    return q.with_boost(S.BOOST_SYNONYM)


def _with_synonyms(q: Query, text: str, synonyms: Synonyms | None, used: set[str]) -> Query:
    alts = synonyms.get(text, []) if synonyms else []
    subs = [q for q in (_synonym_query(alt) for alt in alts) if q is not None]
    if not subs:
        return q
    used.update(alts)
    return Or([q, *subs])


def term_query(term: str, synonyms: Synonyms | None = None, used: set[str] | None = None) -> Query | None:
    """One query term (normalised): verbatim, or all its words; widened by synonyms when a table is given."""
    used = used if used is not None else set()
    whole = verbatim_query(term)
    if whole is None:
        return None
    chunks = query_chunks(term)
    if len(chunks) <= 1:
        if chunks and not chunks[0][1]:
            q: Query = Or([whole, _word_query(chunks[0][0])])
        else:
            q = whole
        return _with_synonyms(q, term, synonyms, used)
    parts: list[Query] = []
    for word, is_number in chunks:
        if is_number:
            part = verbatim_query(word)
        else:
            alts: list[Query] = [_word_query(word)]
            if len(word) >= 2:
                v = verbatim_query(word)
                if v is not None:
                    alts.append(v)
            part = _with_synonyms(Or(alts), word, synonyms, used)
        if part is not None:
            parts.append(part)
    q = Or([whole.with_boost(S.BOOST_WHOLE_TERM), And(parts)])
    return _with_synonyms(q, term, synonyms, used)


def _date_int(d: datetime.date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


def date_query(word: DateWord) -> Query:
    rng = NumericRange(S.DATE, _date_int(word.start), _date_int(word.end), constantscore=True).with_boost(S.BOOST_DATE)
    v = verbatim_query(word.text)
    return rng if v is None else Or([rng, v])


def _filter_query(
    item: str | None,
    kind: str | None,
    date_from: datetime.date | None,
    date_to: datetime.date | None,
    unfiled: bool,
) -> Query | None:
    parts: list[Query] = []
    if item:
        parts.append(Term(S.ITEMS, item))
    if kind:
        parts.append(Term(S.KIND, kind))
    if unfiled:
        parts.append(Term(S.FILED, "0"))
    if date_from or date_to:
        parts.append(
            NumericRange(
                S.DATE,
                _date_int(date_from) if date_from else None,
                _date_int(date_to) if date_to else None,
            )
        )
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


# ----------------------------------------------------------------------------------------- searcher cache

_cache_lock = threading.RLock()
_cache: dict[str, tuple[tuple[int, int, int], Searcher]] = {}


def _searcher(index_dir: Path) -> Searcher:
    """A searcher for the index, reused while the index directory is unchanged (any commit or rebuild changes
    the directory's mtime or inode)."""
    key_path = str(index_dir.resolve())
    try:
        st = os.stat(index_dir)
        stamp = os.stat(index_dir / "taizhang-index.json").st_mtime_ns
    except OSError:
        st, stamp = None, 0
    cached = _cache.get(key_path)
    if st is not None:
        key = (st.st_ino, st.st_mtime_ns, stamp)
        if cached and cached[0] == key:
            return cached[1]
    if cached:
        _drop(key_path)
    ix = _open(index_dir)
    try:
        searcher = ix.searcher(weighting=S.scoring_model())
    except Exception as exc:
        raise IndexBroken(type(exc).__name__) from exc
    if st is not None:
        _cache[key_path] = ((st.st_ino, st.st_mtime_ns, stamp), searcher)
    return searcher


def _drop(key_path: str) -> None:
    cached = _cache.pop(key_path, None)
    if cached:
        try:
            cached[1].close()
        except Exception:
            pass


def clear_cache() -> None:
    """Close cached searchers (tests, or before deleting an index directory on Windows)."""
    with _cache_lock:
        for key in list(_cache):
            _drop(key)


# ------------------------------------------------------------------------------------------------ snippets


def make_snippet(text: str, needles: Sequence[str], length: int = SNIPPET_CHARS) -> str:
    """A window of `text` around the first occurrence of a needle (normalised strings), every needle occurrence in
    it wrapped in 【】. Falls back to the start of the text."""
    if not text:
        return ""
    needles = sorted({n for n in needles if n and n.strip()}, key=len, reverse=True)
    folded = normalize(text)
    first = -1
    for n in needles:
        i = folded.find(n)
        if i >= 0 and (first < 0 or i < first):
            first = i
    if first < 0:
        head = _SPACES.sub(" ", text[: length + 1]).strip()
        return head[:length] + (ELLIPSIS if len(text) > length else "")
    # map back to the original text (normalisation may change lengths, e.g. "…" → "...")
    bound = min(len(text), first + length + 64)
    norm, origin = normalize_with_map(text[:bound])
    first = min(first, max(0, len(norm) - 1))
    for n in needles:
        i = norm.find(n)
        if 0 <= i <= first:
            first = i
    start = max(0, first - SNIPPET_BEFORE)
    end = min(len(norm), start + length)
    spans: list[tuple[int, int]] = []
    i = start
    while i < end:
        for n in needles:
            if norm.startswith(n, i) and i + len(n) <= end:
                spans.append((i, i + len(n)))
                i += len(n)
                break
        else:
            i += 1
    o_start = origin[start] if start < len(origin) else len(text)
    o_end = origin[end - 1] + 1 if end > start else o_start
    out: list[str] = [ELLIPSIS] if o_start > 0 else []
    pos = o_start
    for a, b in spans:
        oa, ob = origin[a], origin[b - 1] + 1
        out.append(text[pos:oa])
        out.append(HIGHLIGHT_OPEN + text[oa:ob] + HIGHLIGHT_CLOSE)
        pos = ob
    out.append(text[pos:o_end])
    if o_end < len(text):
        out.append(ELLIPSIS)
    return _SPACES.sub(" ", "".join(out)).strip()


# --------------------------------------------------------------------------------------------------- search


def _as_date(value: object) -> datetime.date | None:
    if isinstance(value, int) and value > 0:
        try:
            return datetime.date(value // 10000, value // 100 % 100, value % 100)
        except ValueError:
            return None
    return None


def _items(value: object) -> list[str]:
    if not value or not isinstance(value, str):
        return []
    return [i for i in value.split(",") if i]


def search(
    index_dir: str | os.PathLike[str],
    query: str,
    *,
    item: str | None = None,
    kind: str | None = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    unfiled: bool = False,
    limit: int = DEFAULT_LIMIT,
    year: int | None = None,
    synonyms: Mapping[str, Sequence[str]] | None = None,
) -> list[SearchHit]:
    """Search the index; see the module docstring for how the query is understood.

    `year` is the assessment year given to date words without one ("3月", "第二季度"; default: this year).
    `synonyms` is a table from `load_synonyms(config_extra)`; None uses the bundled one.
    Raises IndexMissing / IndexStale / IndexBroken (from index.py) when the index must be (re)built."""
    limit = max(1, min(int(limit), MAX_LIMIT))
    table: Synonyms = {k: list(v) for k, v in synonyms.items()} if synonyms is not None else load_synonyms()
    year = year or datetime.date.today().year
    rest, date_words = extract_date_words(normalize(query or ""), year)
    terms = [t for t in rest.split() if _WORD_CHAR.search(t)]
    filt = _filter_query(item, kind, date_from, date_to, unfiled)
    date_clauses = [date_query(w) for w in date_words]

    with _cache_lock:
        searcher = _searcher(Path(index_dir))
        try:
            return _search(searcher, terms, date_words, date_clauses, filt, limit, table)
        except IndexUnavailable:
            raise
        except Exception as exc:  # corrupt postings / stored fields surface only when read
            _drop(str(Path(index_dir).resolve()))
            raise IndexBroken(type(exc).__name__) from exc


def search_query(
    index_dir: str | os.PathLike[str], q: SearchQuery, synonyms: Synonyms | None = None
) -> list[SearchHit]:
    """`search` taking a SearchQuery."""
    return search(
        index_dir,
        q.text,
        item=q.item,
        kind=q.kind,
        date_from=q.date_from,
        date_to=q.date_to,
        unfiled=q.unfiled,
        limit=q.limit,
        year=q.year,
        synonyms=synonyms,
    )


def _search(
    searcher: Searcher,
    terms: list[str],
    date_words: list[DateWord],
    date_clauses: list[Query],
    filt: Query | None,
    limit: int,
    table: Synonyms,
) -> list[SearchHit]:
    if not terms and not date_clauses:
        # filters only: list documents (not units), newest first
        q = Term(S.IS_UNIT, "0")
        results = searcher.search(q, limit=limit, filter=filt, sortedby=S.DATE, reverse=True)
        return [_hit(r.fields(), 0.0, MATCH_FILTER, []) for r in results]

    exact_parts = [term_query(t) for t in terms]
    exact = [q for q in exact_parts if q is not None]
    used: set[str] = set()
    widened = [q for q in (term_query(t, table, used) for t in terms) if q is not None]
    needles = [*terms, *(w for t in terms for w, _ in query_chunks(t)), *(w.text for w in date_words)]

    tiers: list[tuple[str, Query]] = [(MATCH_EXACT, And([*exact, *date_clauses]))]
    if used:
        tiers.append((MATCH_SYNONYM, And([*widened, *date_clauses])))
    hits: list[SearchHit] = []
    seen_parents: set[str] = set()
    seen_paths: set[str] = set()

    def run(tier: str, q: Query, tier_needles: list[str]) -> None:
        want = limit - len(hits)
        if want <= 0:
            return
        results = searcher.search(
            q, limit=want + len(seen_parents), filter=filt, collapse=S.PARENT, collapse_limit=1, terms=False
        )
        batch: list[tuple[bool, float, dict]] = []
        for r in results:
            fields = r.fields()
            parent = fields.get(S.PARENT, "")
            if parent in seen_parents or fields.get(S.PATH) in seen_paths:
                continue
            in_range = bool(date_words) and _in_ranges(fields.get(S.DATE), date_words)
            batch.append((in_range, r.score or 0.0, fields))
        batch.sort(key=lambda b: (not b[0], -b[1]))
        for _in_range, score, fields in batch[:want]:
            seen_parents.add(fields.get(S.PARENT, ""))
            seen_paths.add(fields.get(S.PATH, ""))
            hits.append(_hit(fields, score, tier, tier_needles))

    for tier, q in tiers:
        run(tier, q, needles + (sorted(used) if tier == MATCH_SYNONYM else []))
    if not hits and len(terms) > 1:
        any_term = Or(widened)
        q = And([any_term, *date_clauses]) if date_clauses else any_term
        run(MATCH_PARTIAL, q, needles + sorted(used))
    return hits


def _in_ranges(value: object, words: list[DateWord]) -> bool:
    d = _as_date(value)
    return d is not None and all(w.start <= d <= w.end for w in words)


def _hit(fields: dict, score: float, tier: str, needles: list[str]) -> SearchHit:
    key = str(fields.get(S.KEY, ""))
    is_unit = "#" in key
    text = fields.get(S.TEXT) or ""
    return SearchHit(
        path=fields.get(S.PATH, ""),
        score=float(score),
        title=fields.get(S.TITLE) or "",
        kind=fields.get(S.KIND) or "",
        meeting_type=fields.get(S.MEETING_TYPE) or None,
        date=_as_date(fields.get(S.DATE)),
        items=_items(fields.get(S.ITEMS)),
        snippet=make_snippet(text, needles),
        ocr=bool(fields.get(S.OCR)),
        doc_id=int(fields.get(S.PARENT) or 0),
        match=tier,
        unit=text if is_unit else None,
    )
