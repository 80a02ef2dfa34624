"""A vectorised evaluator for the queries search.py builds (Term / And / Or / NumericRange / Every).

Why: Whoosh scores matches one document at a time in Python; a query such as "三会一课" (widened to six meeting
types, each over title/text and words/bigrams) matches most minutes of a 20,000-document archive and took about a
second. Here every posting list is decoded once into numpy arrays and BM25F is computed for all documents at once,
which keeps p95 latency well inside the budget. Scores follow Whoosh's BM25F (same idf, same length bytes).

Reading whole posting blocks uses attributes of Whoosh's W3 codec matcher; when they are not there (another codec,
inline postings) the public matcher API is used instead, so results never depend on the fast path.
"""

from __future__ import annotations

import math
from collections import OrderedDict

import numpy as np
from whoosh.query import And, Every, NumericRange, Or, Query, Term
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from archive.errors import FastSearchUnsupported as Unsupported

from . import schema as S

SCORED_FIELDS = frozenset({S.TITLE_W, S.TITLE_B, S.TEXT_W, S.TEXT_B, S.PATH_B})
CONSTANT_FIELDS = frozenset({S.KIND, S.MEETING_TYPE})  # a match scores its boost (search.class_query)
POSTING_CACHE_SIZE = 4096  # decoded posting lists kept per segment (repeated queries in one process)

_B2L = np.array([byte_to_length(i) or 0 for i in range(256)], dtype=np.float32)


def _field_b(field: str) -> float:
    return S.BM25_TEXT_B if field in (S.TEXT_W, S.TEXT_B) else S.BM25_B


# The private attributes of Whoosh's W3 codec block matcher (whoosh/codec/whoosh3.py, W3LeafMatcher) that let a
# posting list be read a whole block at a time. pyproject.toml bounds whoosh-reloaded below the next major version,
# and tests/test_whoosh_fast_path.py fails if this path stops being taken.
BLOCK_MATCHER_ATTRS = ("_read_data", "_data", "_blocklength", "_lastblock", "_next_block")


def block_matcher(m):  # type: ignore[no-untyped-def]
    """The W3 block matcher under `m` (through wrappers such as the deletion filter), or None when this Whoosh has
    none with the attributes read here: the caller then walks the public matcher API (same result, slower)."""
    while not hasattr(m, "_read_data") and hasattr(m, "child"):
        m = m.child  # e.g. the deletion filter: deletions are masked by the caller
    if all(hasattr(m, a) for a in BLOCK_MATCHER_ATTRS) and not getattr(m, "_byteids", False):
        return m
    return None


def _read_postings(matcher) -> tuple[np.ndarray, np.ndarray]:  # type: ignore[no-untyped-def]
    m = block_matcher(matcher)
    if m is not None:
        ids_parts: list[np.ndarray] = []
        w_parts: list[np.ndarray] = []
        while True:
            n = m._blocklength
            if n:
                if m._data is None:
                    m._read_data()
                ids_raw, weights = m._data[0], m._data[1]
                ids_parts.append(np.cumsum(np.asarray(ids_raw, dtype=np.int64)))
                if weights is None:
                    w_parts.append(np.ones(n, dtype=np.float32))
                elif isinstance(weights, float):
                    w_parts.append(np.full(n, weights, dtype=np.float32))
                else:
                    w_parts.append(np.asarray(weights, dtype=np.float32))
            if m._lastblock:
                break
            m._next_block()
        if not ids_parts:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        return np.concatenate(ids_parts), np.concatenate(w_parts)
    m = matcher
    while not hasattr(m, "_read_data") and hasattr(m, "child"):
        m = m.child
    ids: list[int] = []
    ws: list[float] = []
    while m.is_active():
        ids.append(m.id())
        ws.append(m.weight())
        m.next()
    return np.asarray(ids, dtype=np.int64), np.asarray(ws, dtype=np.float32)


def codec_lengths(reader, field: str, n: int) -> np.ndarray | None:  # type: ignore[no-untyped-def]
    """Every document's length in `field`, read as one byte column from the W3 codec's per-document file (its
    private `_perdoc` reader and column internals), or None when they are not there: the caller then asks the
    public API document by document (same values, slower)."""
    try:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

        col = reader._perdoc._cached_reader(_lenfield(field), LENGTHS_COLUMN)
        if col is None:
            return np.zeros(n, dtype=np.float32)
        raw = col._dbfile.get(col._basepos, col._count * col._fixedlen)
        b = np.zeros(n, dtype=np.uint8)
        vals = np.frombuffer(bytes(raw), dtype=np.uint8)[:n]
        b[: len(vals)] = vals
        return _B2L[b]
    except Exception:
        return None


class _Segment:
    def __init__(self, reader, offset: int):  # type: ignore[no-untyped-def]
        self.reader = reader
        self.offset = offset
        self.n = reader.doc_count_all()
        self.live = np.ones(self.n, dtype=bool)
        if reader.has_deletions():
            self.live[:] = False
            self.live[np.fromiter(reader.all_doc_ids(), dtype=np.int64)] = True
        self._lengths: dict[str, np.ndarray] = {}
        self._columns: dict[str, np.ndarray] = {}
        self._postings: OrderedDict[tuple[str, str], tuple[np.ndarray, np.ndarray]] = OrderedDict()
        # BM25's per-posting factors of a term: (ids, tf * (k1 + 1), tf + k1 * (1 - b + b * length / average length))
        self._factors: OrderedDict[tuple[str, str], tuple[np.ndarray, np.ndarray, np.ndarray]] = OrderedDict()

    def lengths(self, field: str) -> np.ndarray:
        arr = self._lengths.get(field)
        if arr is None:
            arr = self._read_lengths(field)
            self._lengths[field] = arr
        return arr

    def _read_lengths(self, field: str) -> np.ndarray:
        lengths = codec_lengths(self.reader, field, self.n)
        if lengths is not None:
            return lengths
        return np.array([self.reader.doc_field_length(i, field, 0) or 0 for i in range(self.n)], dtype=np.float32)

    def dates(self) -> np.ndarray:
        return self.column(S.DATE)

    def column(self, field: str) -> np.ndarray:
        """A yyyymmdd column (DATE, PERIOD_START, PERIOD_END) as int64, 0 where a document has none."""
        arr = self._columns.get(field)
        if arr is None:
            if self.reader.has_column(field):
                vals = list(self.reader.column_reader(field))
                arr = np.array([v if isinstance(v, int) else 0 for v in vals], dtype=np.int64)
            else:
                arr = np.zeros(self.n, dtype=np.int64)
            if len(arr) < self.n:
                arr = np.concatenate([arr, np.zeros(self.n - len(arr), dtype=np.int64)])
            # documents without a date hold the column default: keep only plausible yyyymmdd values
            arr[(arr < 10000101) | (arr > 99991231)] = 0
            self._columns[field] = arr
        return arr

    def postings(self, field: str, text: str) -> tuple[np.ndarray, np.ndarray] | None:
        key = (field, text)
        hit = self._postings.get(key)
        if hit is not None:
            self._postings.move_to_end(key)
            return hit
        if (field, text) not in self.reader:
            return None
        hit = _read_postings(self.reader.postings(field, text))
        self._postings[key] = hit
        if len(self._postings) > POSTING_CACHE_SIZE:
            self._postings.popitem(last=False)
        return hit


    def factors(self, field: str, text: str, avgfl: float) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """The term's document ids with the numerator and denominator of BM25's term-frequency part (float32, as
        the score is computed: the same values whether cached or not); `avgfl` is the searcher's average length."""
        key = (field, text)
        hit = self._factors.get(key)
        if hit is not None:
            self._factors.move_to_end(key)
            return hit
        post = self.postings(field, text)
        if post is None:
            return None
        ids, tf = post
        fl = self.lengths(field)[ids]
        b = _field_b(field)
        k1 = S.BM25_K1
        norm = k1 * ((1 - b) + b * fl / avgfl)
        hit = (ids, tf * (k1 + 1), tf + norm)
        self._factors[key] = hit
        if len(self._factors) > POSTING_CACHE_SIZE:
            self._factors.popitem(last=False)
        return hit


class FastSearcher:
    """Evaluates search.py's queries over every segment with numpy. Create one per Whoosh searcher."""

    def __init__(self, searcher: Searcher):
        self.searcher = searcher
        self.segments = [_Segment(r, off) for r, off in searcher.reader().leaf_readers()]
        self._avg: dict[str, float] = {}
        self._idf: dict[tuple[str, str], float] = {}
        # search.py's per-document work on candidates (stored fields, folded text), kept while this searcher is
        self.candidates: OrderedDict[int, object] = OrderedDict()
        self.memo: dict[str, object] = {}  # search.py's other per-index readings (the kinds and meeting types)

    def _avgfl(self, field: str) -> float:
        v = self._avg.get(field)
        if v is None:
            v = self.searcher.avg_field_length(field) or 1.0
            self._avg[field] = v
        return v

    def _idf_of(self, field: str, text: str) -> float:
        v = self._idf.get((field, text))
        if v is None:
            n = self.searcher.doc_frequency(field, text)
            v = math.log(self.searcher.doc_count_all() / (n + 1)) + 1
            self._idf[(field, text)] = v
        return v

    def _eval(self, seg: _Segment, q: Query) -> tuple[np.ndarray, np.ndarray]:
        """(mask, score) of `q` over the segment's documents: new arrays, which the caller may change in place."""
        n = seg.n
        boost = float(getattr(q, "boost", 1.0) or 1.0)
        if isinstance(q, Term):
            mask = np.zeros(n, dtype=bool)
            score = np.zeros(n, dtype=np.float32)
            if q.fieldname in SCORED_FIELDS:
                found = seg.factors(q.fieldname, q.text, self._avgfl(q.fieldname))
                if found is None:
                    return mask, score
                ids, num, den = found
                mask[ids] = True
                score[ids] = boost * self._idf_of(q.fieldname, q.text) * num / den
                return mask, score
            post = seg.postings(q.fieldname, q.text)
            if post is None:
                return mask, score
            ids = post[0]
            mask[ids] = True
            if q.fieldname in CONSTANT_FIELDS:
                score[ids] = boost
            return mask, score
        if type(q) in (And, Or):
            if not q.subqueries:
                return np.zeros(n, dtype=bool), np.zeros(n, dtype=np.float32)
            # summed in order into the first clause's arrays (what np.sum over the stacked clauses computes)
            mask, score = self._eval(seg, q.subqueries[0])
            both = isinstance(q, And)
            for sub in q.subqueries[1:]:
                m, s = self._eval(seg, sub)
                if both:
                    np.logical_and(mask, m, out=mask)
                else:
                    np.logical_or(mask, m, out=mask)
                np.add(score, s, out=score)
            if both:
                score[~mask] = 0
            if boost != 1.0:
                np.multiply(score, np.float32(boost), out=score)
            return mask, score
        if isinstance(q, NumericRange) and q.fieldname in S.DATE_COLUMNS:
            d = seg.column(q.fieldname)
            mask = d > 0
            if q.start is not None:
                mask &= d > q.start if q.startexcl else d >= q.start
            if q.end is not None:
                mask &= d < q.end if q.endexcl else d <= q.end
            return mask, np.where(mask, boost, 0).astype(np.float32)
        if isinstance(q, Every):
            return np.ones(n, dtype=bool), np.zeros(n, dtype=np.float32)
        raise Unsupported(type(q).__name__)

    def top(self, q: Query, filt: Query | None, limit: int) -> list[tuple[int, float]]:
        """Global docnums and scores of the best `limit` live documents matching `q` and `filt`."""
        all_docs: list[np.ndarray] = []
        all_scores: list[np.ndarray] = []
        for seg in self.segments:
            mask, score = self._eval(seg, q)
            mask &= seg.live
            if filt is not None:
                mask &= self._eval(seg, filt)[0]
            docs = np.flatnonzero(mask)
            all_docs.append(docs + seg.offset)
            all_scores.append(score[docs])
        if not all_docs:
            return []
        docs = np.concatenate(all_docs)
        scores = np.concatenate(all_scores)
        if len(docs) > limit:
            part = np.argpartition(-scores, limit - 1)[:limit]
            docs, scores = docs[part], scores[part]
        order = np.lexsort((docs, -scores))
        return [(int(docs[i]), float(scores[i])) for i in order]

    def newest(self, filt: Query | None, limit: int) -> list[int]:
        """Global docnums of live documents matching `filt`, newest first (undated last)."""
        all_docs: list[np.ndarray] = []
        all_dates: list[np.ndarray] = []
        for seg in self.segments:
            mask = seg.live.copy()
            if filt is not None:
                mask &= self._eval(seg, filt)[0]
            docs = np.flatnonzero(mask)
            all_docs.append(docs + seg.offset)
            all_dates.append(seg.dates()[docs])
        if not all_docs:
            return []
        docs = np.concatenate(all_docs)
        dates = np.concatenate(all_dates)
        order = np.lexsort((docs, -dates))[:limit]
        return [int(docs[i]) for i in order]
