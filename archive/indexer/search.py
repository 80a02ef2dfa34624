"""Search: query text → Whoosh query → ranked, de-duplicated hits with highlighted snippets.

How a query is understood:

1. The text is normalised (width, case, variants); date words ("第二季度", "11月", "2025年7月3日") are taken out
   and become a filter, intersected with --from/--to: the document's period (its day; its month or year when it
   is dated only that precisely) must overlap the range. A date taken from the file's mtime has no period: such
   documents are never kept or dropped by a date filter on its own (they are counted as `undated`). When nothing
   falls inside, the nearest dated matches outside the range are offered (SearchOutcome.nearest).
2. What remains is split on whitespace into terms; every term is required. A term matches when its characters and
   bigrams all occur (bigram fields: title, text, path), or when each of its jieba words does (word fields score
   higher, so word matches rank first); numbers with their units ("2025年", "3次") count as one verbatim chunk.
   Each term (and each of its words) is widened by its synonyms (data/synonyms.toml + config) at a lower boost.
3. The index answers with the best candidates by BM25F (one query, only term matchers, so Whoosh's block-max
   pruning keeps common words fast). Their stored text then decides the tier: documents where every term occurs as
   written (verbatim, or word by word) come first, then those that need a synonym for some term, then the rest
   (e.g. bigrams that occur apart); a term also counts as found when it names the document's kind or meeting
   type. Within a tier: documents whose title or text
   (not merely the path) holds the terms verbatim and side by side as typed, then score — doubled for documents whose kind or meeting type is what a
   term names (the minutes of a 党员大会 before the notice that announces it; a roster for "花名册").
   Only if nothing matches every term, documents matching any term are returned. Reported scores never rise
   down the list. A query of date words only lists the documents inside the dates, newest first (match "filter").
4. Ledger / roster rows (units) give the snippet when one of them holds the match, e.g. a member's dues row.
"""

from __future__ import annotations

import datetime
import os
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field
from functools import lru_cache
from pathlib import Path

from whoosh.query import And, NumericRange, Or, Query, Term
from whoosh.searching import Searcher

from . import schema as S
from .analysis import compact, normalize, normalize_with_map, query_chunks, query_tokens
from .dates import NOT_A_PERIOD_SOURCES, DateWord, extract_date_words, period_of
from .documents import MATCH_EXACT, MATCH_FILTER, MATCH_PARTIAL, MATCH_SYNONYM, SearchHit, SearchQuery
from .engine import FastSearcher, Unsupported
from .index import STAMP_FILE, IndexBroken, IndexUnavailable, _open
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


def _boosted(q: Query, boost: float) -> Query:
    """`q` with its boost set: Whoosh's `with_boost` deep-copies the query first, which cost more than evaluating it;
    every query here is built fresh for one search, so the boost is set in place."""
    q.boost = boost
    return q


def _field_all(field: str, tokens: list[str], boost: float = 1.0) -> Query:
    if len(tokens) == 1:
        return Term(field, tokens[0], boost=boost)
    return And([Term(field, t) for t in tokens], boost=boost)


def verbatim_query(text: str) -> Query | None:
    """All bigram-field tokens of the (normalised) text occur in the title, the text or the path."""
    tokens = query_tokens(text)
    if not tokens:
        return None
    return Or(
        [
            _field_all(S.TITLE_B, tokens, S.BOOST_TITLE_B),
            _field_all(S.TEXT_B, tokens, S.BOOST_TEXT_B),
            _field_all(S.PATH_B, tokens, S.BOOST_PATH_B),
        ]
    )


def _word_query(word: str) -> Query:
    return Or([Term(S.TITLE_W, word, boost=S.BOOST_TITLE_W), Term(S.TEXT_W, word, boost=S.BOOST_TEXT_W)])


def _literal_query(text: str) -> Query | None:
    """The text as written: verbatim, or as a single jieba word (which ranks higher)."""
    v = verbatim_query(text)
    if v is None:
        return None
    chunks = query_chunks(text)
    if len(chunks) == 1 and not chunks[0][1]:
        return Or([_word_query(chunks[0][0]), v])
    return v


def _with_synonyms(q: Query, text: str, synonyms: Synonyms | None, used: set[str]) -> Query:
    alts = synonyms.get(text, []) if synonyms else []
    subs = [_boosted(sq, S.BOOST_SYNONYM) for sq in (_literal_query(alt) for alt in alts) if sq is not None]
    if not subs:
        return q
    used.update(alts)
    return Or([q, *subs])


def term_query(term: str, synonyms: Synonyms | None = None, used: set[str] | None = None) -> Query | None:
    """One query term (normalised): as written, or word by word; widened by synonyms when a table is given."""
    used = used if used is not None else set()
    whole = _literal_query(term)
    if whole is None:
        return None
    chunks = query_chunks(term)
    if len(chunks) <= 1:
        return _with_synonyms(whole, term, synonyms, used)
    parts: list[Query] = []
    for word, is_number in chunks:
        part = verbatim_query(word) if is_number else _literal_query(word)
        if part is None:
            continue
        if not is_number:
            part = _with_synonyms(part, word, synonyms, used)
        parts.append(part)
    # a document holding the whole term verbatim also holds every part: the parts carry the score
    q = And(parts) if len(parts) > 1 else parts[0]
    return _with_synonyms(q, term, synonyms, used)


def class_names(searcher: Searcher) -> dict[str, list[tuple[str, str]]]:
    """The kinds and meeting types present in the index, by folded name → [(field, value as indexed)]."""
    names: dict[str, list[tuple[str, str]]] = {}
    reader = searcher.reader()
    for field in (S.KIND, S.MEETING_TYPE):
        try:
            values = list(reader.field_terms(field))
        except Exception:  # an index without the field
            continue
        for value in values:
            if isinstance(value, bytes):
                value = value.decode("utf-8", "replace")
            name = compact(normalize(str(value)))
            if name:
                names.setdefault(name, []).append((field, str(value)))
    return names


def class_query(term: str, synonyms: Synonyms | None, names: Mapping[str, list[tuple[str, str]]]) -> Query | None:
    """Documents classified as what the term names (kind or meeting type), as written or through a synonym:
    a roster is a 花名册 even when its text never says so."""
    parts: list[Query] = []
    for alt, boost in [(term, S.BOOST_CLASS), *((a, S.BOOST_CLASS * S.BOOST_SYNONYM) for a in (synonyms or {}).get(term, []))]:
        for field, value in names.get(compact(alt), []):
            parts.append(Term(field, value, boost=boost))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else Or(parts)


def _date_int(d: datetime.date) -> int:
    return d.year * 10000 + d.month * 100 + d.day


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
        # the document's period (its day, month or year) overlaps [date_from, date_to]; an mtime has no period
        if date_to:
            parts.append(NumericRange(S.PERIOD_START, None, _date_int(date_to)))
        if date_from:
            parts.append(NumericRange(S.PERIOD_END, _date_int(date_from), None))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


# ----------------------------------------------------------------------------------------- searcher cache

_cache_lock = threading.RLock()
_cache: dict[str, tuple[tuple[int, int, int], Searcher, FastSearcher]] = {}


def _searcher(index_dir: Path) -> tuple[Searcher, FastSearcher]:
    """A searcher for the index, reused while the index directory is unchanged (any commit or rebuild changes
    the directory's mtime or inode)."""
    key_path = str(index_dir.resolve())
    try:
        st = os.stat(index_dir)
        stamp = os.stat(index_dir / STAMP_FILE).st_mtime_ns
    except OSError:
        st, stamp = None, 0
    cached = _cache.get(key_path)
    if st is not None:
        key = (st.st_ino, st.st_mtime_ns, stamp)
        if cached and cached[0] == key:
            return cached[1], cached[2]
    if cached:
        _drop(key_path)
    ix = _open(index_dir)
    try:
        searcher = ix.searcher(weighting=S.scoring_model())
        fast = FastSearcher(searcher)
    except Exception as exc:
        raise IndexBroken(type(exc).__name__) from exc
    if st is not None:
        _cache[key_path] = ((st.st_ino, st.st_mtime_ns, stamp), searcher, fast)
    return searcher, fast


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


@lru_cache(maxsize=1024)
def _needle_pattern(needles: tuple[str, ...]) -> re.Pattern[str]:
    """The needles (longest first) as one alternation: at each position the first that matches, as a scan trying
    them in turn would take."""
    return re.compile("|".join(map(re.escape, needles)))


def make_snippet(text: str, needles: Sequence[str], length: int = SNIPPET_CHARS, *, folded: str | None = None) -> str:
    """A window of `text` around the first occurrence of a needle (normalised strings), every needle occurrence in
    it wrapped in 【】. Falls back to the start of the text. `folded` is `normalize(text)` when the caller has it."""
    if not text:
        return ""
    needles = sorted({n for n in needles if n and n.strip()}, key=len, reverse=True)
    if folded is None:
        folded = normalize(text)
    first = -1
    for n in needles:
        i = folded.find(n)
        if i >= 0 and (first < 0 or i < first):
            first = i
    if first < 0:
        head = _SPACES.sub(" ", text[: length + 1]).strip()
        return _plain(head[:length]) + (ELLIPSIS if len(text) > length else "")
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
    # every needle occurrence inside the window, left to right, the longest at each position
    spans = [m.span() for m in _needle_pattern(tuple(needles)).finditer(norm, start, end)]
    o_start = origin[start] if start < len(origin) else len(text)
    o_end = origin[end - 1] + 1 if end > start else o_start
    out: list[str] = [ELLIPSIS] if o_start > 0 else []
    pos = o_start
    for a, b in spans:
        oa, ob = origin[a], origin[b - 1] + 1
        if oa - 1 >= pos and text[oa - 1] == HIGHLIGHT_OPEN and text[ob : ob + 1] == HIGHLIGHT_CLOSE:
            # the text brackets the match itself (【发展对象】): the marks take the place of its brackets
            out.append(_plain(text[pos : oa - 1]))
            out.append(HIGHLIGHT_OPEN + _plain(text[oa:ob]) + HIGHLIGHT_CLOSE)
            pos = ob + 1
            continue
        out.append(_plain(text[pos:oa]))
        out.append(HIGHLIGHT_OPEN + _plain(text[oa:ob]) + HIGHLIGHT_CLOSE)
        pos = ob
    out.append(_plain(text[pos:max(o_end, pos)]))
    if o_end < len(text):
        out.append(ELLIPSIS)
    return _SPACES.sub(" ", "".join(out)).strip()


_TEXT_BRACKETS = str.maketrans({HIGHLIGHT_OPEN: "〖", HIGHLIGHT_CLOSE: "〗"})


def _plain(text: str) -> str:
    """Snippet text outside the marks: the text's own 【】 become 〖〗, so a mark is always a match."""
    return text.translate(_TEXT_BRACKETS)


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


@dataclass
class SearchOutcome:
    """A search with what the caller should tell the user besides the hits."""

    hits: list[SearchHit]
    date_from: datetime.date | None = None  # the date filter applied (options and date words together)
    date_to: datetime.date | None = None
    date_words: list[DateWord] = dc_field(default_factory=list)
    nearest: list[SearchHit] = dc_field(default_factory=list)  # nothing inside the dates: the nearest outside
    undated: int = 0  # documents matching the words that a date filter cannot judge (no date, or only an mtime)
    has_words: bool = True  # the query held words to look for (else only filters)

    @property
    def filtered_by_date(self) -> bool:
        return self.date_from is not None or self.date_to is not None


NEAREST_COUNT = 3
NEAREST_CANDIDATES = 200
UNDATED_CANDIDATES = 200


def query_has_words(query: str, year: int | None = None) -> tuple[bool, bool]:
    """(has text terms, has date words) of a query as the search would understand it."""
    rest, words = extract_date_words(normalize(query or ""), year or datetime.date.today().year)
    return any(_WORD_CHAR.search(t) for t in rest.split()), bool(words)


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
    return search_detailed(index_dir, query, item=item, kind=kind, date_from=date_from, date_to=date_to,
                           unfiled=unfiled, limit=limit, year=year, synonyms=synonyms, details=False).hits


def search_detailed(
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
    details: bool = True,
) -> SearchOutcome:
    """`search`, with the date filter it applied, the nearest documents outside it when nothing falls inside,
    and how many word matches have no date a filter could judge (`details=False`: the hits only, no extra
    searches)."""
    limit = max(1, min(int(limit), MAX_LIMIT))
    table: Synonyms = {k: list(v) for k, v in synonyms.items()} if synonyms is not None else load_synonyms()
    year = year or datetime.date.today().year
    rest, date_words = extract_date_words(normalize(query or ""), year)
    terms = [t for t in rest.split() if _WORD_CHAR.search(t)]
    # date words are filters on the document's period, intersected with --from / --to
    starts = [d for d in [date_from, *(w.start for w in date_words)] if d]
    ends = [d for d in [date_to, *(w.end for w in date_words)] if d]
    lo, hi = (max(starts) if starts else None), (min(ends) if ends else None)
    outcome = SearchOutcome([], lo, hi, date_words, has_words=bool(terms))
    filt = _filter_query(item, kind, lo, hi, unfiled)
    empty_period = lo is not None and hi is not None and lo > hi

    with _cache_lock:
        searcher, fast = _searcher(Path(index_dir))
        try:
            if not empty_period:
                outcome.hits = _search(searcher, fast, terms, date_words, filt, limit, table)
            other = _filter_query(item, kind, None, None, unfiled)
            phrase = _verbatim_phrase(query, date_words, terms)
            if phrase and len(outcome.hits) < limit:
                # typed as one chunk ("定于2025年7月", "2025年7月3日"): the text holding it as written also answers
                seen = {h.path for h in outcome.hits}
                extra = _search(searcher, fast, [phrase], [], other, limit, table, any_term=False, verbatim=phrase)
                outcome.hits = _monotone(outcome.hits + [h for h in extra if h.path not in seen][
                    : limit - len(outcome.hits)])
            if outcome.filtered_by_date and details:
                if not outcome.hits:
                    outcome.nearest = _nearest(searcher, fast, terms, date_words, other, table, lo, hi)
                if terms:
                    undated = And([q for q in (other, Term(S.DATED, "0")) if q is not None])
                    outcome.undated = _count(searcher, fast, terms, undated, table, UNDATED_CANDIDATES)
            return outcome
        except IndexUnavailable:
            raise
        except Exception as exc:  # corrupt postings / stored fields surface only when read
            _drop(str(Path(index_dir).resolve()))
            raise IndexBroken(type(exc).__name__) from exc


def _verbatim_phrase(query: str, date_words: list[DateWord], terms: list[str]) -> str | None:
    """The query as one phrase, when it was typed as one chunk holding a date word and either other words or a
    whole day ("11月联席会议", "2025年7月3日"); a bare month or quarter stays a pure filter."""
    text = normalize(query or "").strip()
    if not date_words or len(text.split()) != 1:
        return None
    if not terms and not any(w.is_day for w in date_words):
        return None
    return text


def _distance(hit: SearchHit, lo: datetime.date | None, hi: datetime.date | None) -> int:
    """Days between the hit's period and [lo, hi]; undated hits are infinitely far."""
    if hit.date is None or hit.date_source in NOT_A_PERIOD_SOURCES:
        return 10**9
    start, end = period_of(hit.date, hit.date_precision)
    if hi is not None and start > hi:
        return (start - hi).days
    if lo is not None and end < lo:
        return (lo - end).days
    return 0


def _nearest(searcher: Searcher, fast: FastSearcher, terms: list[str], date_words: list[DateWord],
             filt: Query | None, table: Synonyms, lo: datetime.date | None,
             hi: datetime.date | None) -> list[SearchHit]:
    """The dated documents matching the words (and the other filters) nearest to the date range."""
    found = _search(searcher, fast, terms, date_words, filt, NEAREST_CANDIDATES, table, any_term=False)
    dated = [h for h in found if _distance(h, lo, hi) < 10**9]
    order = {h.path: i for i, h in enumerate(dated)}
    dated.sort(key=lambda h: (_distance(h, lo, hi), order[h.path]))
    return dated[:NEAREST_COUNT]


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


class _Terms:
    """The literal forms of the query terms, to check candidates against their stored text."""

    def __init__(self, terms: list[str], date_words: list[DateWord], table: Synonyms):
        self.terms = [
            (compact(t), [compact(c) for c, _ in query_chunks(t)], [compact(s) for s in table.get(t, [])])
            for t in terms
        ]
        self.chunk_synonyms = {
            compact(c): [compact(s) for s in table.get(c, [])] for t in terms for c, _ in query_chunks(t)
        }
        self.joined = "".join(whole for whole, _, _ in self.terms)
        self.same = [
            (compact(t), [compact(s) for s in table.get(t, []) if t in table.get(s, [])]) for t in terms
        ]
        self.needles = [*terms, *(c for t in terms for c, _ in query_chunks(t)), *(w.text for w in date_words)]
        self.synonyms = sorted(
            {s for t in terms for s in table.get(t, [])}
            | {s for t in terms for c, _ in query_chunks(t) for s in table.get(c, [])}
        )

    def phrase_level(self, haystack: str) -> int:
        """How closely the text holds the query: +1 when every term occurs verbatim (not only word by word),
        +1 when the terms occur one after the other as typed ("主讲人 李建国" in "主讲人：李建国")."""
        if not self.terms:
            return 0
        return int(all(whole in haystack for whole, _, _ in self.terms)) + int(self.joined in haystack)

    def type_match(self, names: set[str]) -> bool:
        """Whether the document's classification (folded kind / meeting type) is what a query term names, as
        written or through a synonym that means the same (both ways; not a one-way expansion such as 三会一课 →
        党课): the minutes of a 支部委员会 answer "支委会" better than a notice mentioning it."""
        return bool(names) and any(whole in names or any(s in names for s in same) for whole, same in self.same)

    def tier(self, haystack: str, names: set[str] = frozenset()) -> int:  # type: ignore[assignment]
        """0: every term as written (in the text, or as the document's kind / meeting type); 1: some term only
        through a synonym; 2: neither (loose match)."""
        tier = 0
        for whole, chunks, syns in self.terms:
            if whole in haystack or whole in names or (len(chunks) > 1 and all(c in haystack for c in chunks)):
                continue
            if any(s in haystack or s in names for s in syns) or (
                len(chunks) > 1
                and all(c in haystack or any(s in haystack for s in self.chunk_synonyms.get(c, [])) for c in chunks)
            ):
                tier = 1
                continue
            return 2
        return tier


_TIER_NAMES = {0: MATCH_EXACT, 1: MATCH_SYNONYM, 2: MATCH_PARTIAL}
OVERFETCH = 3  # candidates read per result wanted, to re-rank by tier
MIN_CANDIDATES = 30


CANDIDATE_CACHE_DOCS = 4096  # candidates whose stored fields and folded text a warm searcher keeps


@dataclass
class _Candidate:
    """A document as ranking reads it: its stored fields and its folded text, worked out once per searcher (the
    same frequent documents are candidates of many queries)."""

    fields: dict
    content: str  # title, text and rows, normalised and compacted
    haystack: str  # content + the path
    classes: set[str]  # its kind and meeting type, folded
    _folded: str | None = None
    _rows: list[tuple[str, str]] | None = None

    def folded_text(self) -> str:
        """normalize() of the stored text (snippets)."""
        if self._folded is None:
            self._folded = normalize(self.fields.get(S.TEXT) or "")
        return self._folded

    def rows(self) -> list[tuple[str, str]]:
        """The stored rows, each with its normalised form (row snippets)."""
        if self._rows is None:
            units = self.fields.get(S.UNITS) or ""
            self._rows = [(row, normalize(row)) for row in units.split("\n")] if units else []
        return self._rows


def _candidate(searcher: Searcher, fast: FastSearcher, docnum: int) -> _Candidate:
    cache = fast.candidates
    hit = cache.get(docnum)
    if hit is not None:
        cache.move_to_end(docnum)
        return hit  # type: ignore[return-value]
    fields = searcher.stored_fields(docnum)
    content = compact(normalize("\n".join(str(fields.get(f) or "") for f in (S.TITLE, S.TEXT, S.UNITS))))
    cand = _Candidate(fields, content, content + compact(normalize(str(fields.get(S.PATH) or ""))),
                      {compact(normalize(str(v))) for v in (fields.get(S.KIND), fields.get(S.MEETING_TYPE)) if v} - {""})
    cache[docnum] = cand
    if len(cache) > CANDIDATE_CACHE_DOCS:
        cache.popitem(last=False)
    return cand


def _top(searcher: Searcher, fast: FastSearcher, q: Query, filt: Query | None, limit: int) -> list[tuple[_Candidate, float]]:
    try:
        found = fast.top(q, filt, limit)
    except Unsupported:
        found = [(r.docnum, r.score or 0.0) for r in searcher.search(q, limit=limit, filter=filt, terms=False)]
    return [(_candidate(searcher, fast, docnum), score) for docnum, score in found]


def _search(
    searcher: Searcher,
    fast: FastSearcher,
    terms: list[str],
    date_words: list[DateWord],
    filt: Query | None,
    limit: int,
    table: Synonyms,
    any_term: bool = True,
    verbatim: str | None = None,
) -> list[SearchHit]:
    if not terms:
        # filters only (date words are filters too): list documents, newest first
        listed = [searcher.stored_fields(d) for d in fast.newest(filt, limit * OVERFETCH)]
        return _dedup([_hit(f, 0.0, MATCH_FILTER, []) for f in listed], limit)

    info = _Terms(terms, date_words, table)
    widened = _widened(searcher, fast, terms, table)
    fetch = max(MIN_CANDIDATES, limit * OVERFETCH)
    if not widened:
        return []
    q: Query = And(widened) if len(widened) > 1 else widened[0]
    found = _top(searcher, fast, q, filt, fetch)
    fallback = False
    if not found and len(widened) > 1 and any_term:
        found = _top(searcher, fast, Or(widened), filt, fetch)
        fallback = True

    ranked: list[tuple[tuple[int, int, float], _Candidate]] = []
    for cand, score in found:
        content, haystack, classes = cand.content, cand.haystack, cand.classes
        if verbatim is not None and compact(verbatim) not in content:
            continue
        tier = 2 if fallback else info.tier(haystack, classes)
        typed = info.type_match(classes)
        if typed:
            score *= S.CLASS_FACTOR
        # the path counts as content for documents of the class the query names ("三会一课/支部委员会/4月支委会.doc")
        phrase = info.phrase_level(haystack if typed else content)
        ranked.append(((tier, -phrase, -score), cand))
    ranked.sort(key=lambda x: x[0])
    needles = info.needles + info.synonyms
    # snippets only for what is returned: the first `limit` distinct paths (as _dedup keeps them)
    hits: list[SearchHit] = []
    seen: set[str] = set()
    for key, cand in ranked:
        path = cand.fields.get(S.PATH, "")
        if path in seen:
            continue
        seen.add(path)
        hits.append(_hit(cand.fields, -key[-1], _TIER_NAMES[key[0]], needles, cand))
        if len(hits) >= limit:
            break
    return _monotone(hits)


def _widened(searcher: Searcher, fast: FastSearcher, terms: list[str], table: Synonyms) -> list[Query]:
    """One required clause per term: as written, word by word, through synonyms, or naming the document's class."""
    names = fast.memo.get("class_names")
    if names is None:  # read once per searcher (the index's kinds and meeting types change only with the index)
        names = fast.memo["class_names"] = class_names(searcher)
    widened: list[Query] = []
    for t in terms:
        tq = term_query(t, table)
        if tq is None:
            continue
        cq = class_query(t, table, names)
        widened.append(tq if cq is None else Or([tq, cq]))
    return widened


def _count(searcher: Searcher, fast: FastSearcher, terms: list[str], filt: Query | None, table: Synonyms,
           cap: int) -> int:
    """How many documents hold every term (up to `cap`), without reading them."""
    widened = _widened(searcher, fast, terms, table)
    if not widened:
        return 0
    q: Query = And(widened) if len(widened) > 1 else widened[0]
    try:
        return len(fast.top(q, filt, cap))
    except Unsupported:
        return len(searcher.search(q, limit=cap, filter=filt, terms=False))


def _monotone(hits: list[SearchHit]) -> list[SearchHit]:
    """Scores never rise down the list: a hit ranked below another (a lower tier, a looser phrase) reports at most
    that hit's score, so `--json` read by score gives the order shown."""
    ceiling = float("inf")
    for h in hits:
        h.score = min(h.score, ceiling)
        ceiling = h.score
    return hits


def _dedup(hits: list[SearchHit], limit: int) -> list[SearchHit]:
    out: list[SearchHit] = []
    seen: set[str] = set()
    for h in hits:
        if h.path in seen:
            continue
        seen.add(h.path)
        out.append(h)
        if len(out) >= limit:
            break
    return out


def _best_unit(units: str | list[tuple[str, str]], needles: list[str]) -> str | None:
    """The ledger / roster row holding the most query needles (at least one), if any. `units` is the stored rows
    ("\n"-joined), or the rows with their normalised forms (_Candidate.rows)."""
    if not units:
        return None
    rows = [(row, normalize(row)) for row in units.split("\n")] if isinstance(units, str) else units
    folded = [x for x in (normalize(n) for n in needles if n) if x]
    best, best_n = None, 0
    for row, norm in rows:
        n = sum(1 for x in folded if x in norm)
        if n > best_n:
            best, best_n = row, n
    return best


def _hit(fields: dict, score: float, tier: str, needles: list[str], cand: _Candidate | None = None) -> SearchHit:
    text = fields.get(S.TEXT) or ""
    unit = None
    if needles:
        unit = _best_unit(cand.rows() if cand is not None else fields.get(S.UNITS) or "", needles)
    if unit is not None:
        snippet = make_snippet(unit, needles)
    else:
        snippet = make_snippet(text, needles, folded=cand.folded_text() if cand is not None else None)
    return SearchHit(
        path=fields.get(S.PATH, ""),
        score=float(score),
        title=fields.get(S.TITLE) or "",
        kind=fields.get(S.KIND) or "",
        meeting_type=fields.get(S.MEETING_TYPE) or None,
        date=_as_date(fields.get(S.DATE)),
        items=_items(fields.get(S.ITEMS)),
        snippet=snippet,
        ocr=bool(fields.get(S.OCR)),
        doc_id=int(fields.get(S.KEY) or 0),
        match=tier,
        unit=unit,
        date_source=fields.get(S.DATE_SOURCE) or None,
        date_precision=fields.get(S.DATE_PRECISION) or None,
    )
