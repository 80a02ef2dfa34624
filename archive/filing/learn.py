"""Learning from the archivist: nearest neighbours over the archive's own confirmed decisions.

A file's vector is its character bigrams (title twice, then the start of its body), tf-idf weighted with the
document frequencies of the labelled files, L2-normalised. Only bigrams that occur in a labelled file can add to a
similarity, so the labelled files are one sparse matrix searched by column. Labels are confirmed filings (manual,
folder, an accepted suggestion) as positives and exclusions (unfiled, rejected) as negatives.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np

from archive.filing.features import Features

_NON_WORD = re.compile(r"\W+")
SIMILAR = 0.3  # cosine below this says nothing
CERTAIN = 0.7  # cosine at or above this counts fully
LEARN_WEIGHT = 0.9  # the strongest score learning alone can give
NEGATIVE_WEIGHT = 0.8  # how far a near-identical rejected file pulls an item down
DENSE_CELLS = 15_000_000  # up to this many labelled × bigram cells (60 MB) the matrix is kept dense: faster
IMPLICIT_WEIGHT = 0.5  # … a near-identical file the archivist filed by hand elsewhere


def _keys(text: str) -> np.ndarray:
    """Every bigram of word characters as one int64 (two code points), computed in numpy."""
    folded = _NON_WORD.sub("\0", text)
    if len(folded) < 2:
        return np.zeros(0, dtype=np.int64)
    codes = np.frombuffer(folded.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    a, b = codes[:-1], codes[1:]
    keep = (a != 0) & (b != 0)
    return (a[keep] << 21) | b[keep]


def doc_vector(f: Features, chars: int) -> tuple[np.ndarray, np.ndarray]:
    """(distinct bigram keys, their counts) of a file: the title counted twice, then the start of its body."""
    title = _keys(f.title)
    keys = np.concatenate((title, title, _keys(f.body[:chars])))
    if not keys.size:
        return keys, keys
    return np.unique(keys, return_counts=True)


@dataclass
class Neighbour:
    path: str
    similarity: float
    positive: set[str] = field(default_factory=set)
    negative: set[str] = field(default_factory=set)
    decided: bool = False  # filed by hand: items it was not filed to were passed over by the archivist


@dataclass
class Learner:
    """Labelled files as a matrix; `neighbours(f)` finds the most similar ones."""

    chars: int
    k: int
    labelled: list[Features]
    positive: list[set[str]]
    negative: list[set[str]]
    decided: list[bool] = field(default_factory=list)
    vocab: np.ndarray | None = None  # sorted bigram keys of the labelled files
    idf: np.ndarray | None = None
    rows: np.ndarray | None = None  # sparse labelled × vocab matrix, by column (see fit)
    vals: np.ndarray | None = None
    offsets: np.ndarray | None = None
    dense: np.ndarray | None = None  # bigram × labelled, when small enough
    idf_unknown: float = 1.0  # idf of a bigram no labelled file holds

    @property
    def empty(self) -> bool:
        return not self.labelled

    def fit(self) -> Learner:
        """Vocabulary and idf from the labelled files only, so that a file scores the same whatever else is asked."""
        if self.empty:
            return self
        docs = [doc_vector(f, self.chars) for f in self.labelled]
        self.vocab = np.unique(np.concatenate([k for k, _ in docs])) if docs else np.zeros(0, dtype=np.int64)
        seen = len(self.labelled)
        cols = [np.searchsorted(self.vocab, k) for k, _ in docs]
        df = np.bincount(np.concatenate(cols), minlength=len(self.vocab)).astype(np.float32)
        self.idf = (np.log((1.0 + seen) / (1.0 + df)) + 1.0).astype(np.float32)
        self.idf_unknown = float(math.log(1.0 + seen) + 1.0)
        rows, vals = [], []
        for row, ((_, counts), ids) in enumerate(zip(docs, cols, strict=True)):
            w = (1.0 + np.log(counts.astype(np.float32))) * self.idf[ids]
            norm = float(np.linalg.norm(w))
            rows.append(np.full(len(ids), row, dtype=np.int64))
            vals.append(w / norm if norm else w)
        # column-major sparse matrix: for each bigram, the labelled rows holding it and their weights
        col = np.concatenate(cols)
        order = np.argsort(col, kind="stable")
        self.rows = np.concatenate(rows)[order]
        self.vals = np.concatenate(vals)[order].astype(np.float32)
        self.offsets = np.searchsorted(col[order], np.arange(len(self.vocab) + 1))
        if len(self.labelled) * len(self.vocab) <= DENSE_CELLS:
            self.dense = np.zeros((len(self.vocab), len(self.labelled)), dtype=np.float32)
            self.dense[col[order], self.rows] = self.vals
        return self

    def neighbours(self, f: Features) -> list[Neighbour]:
        """The k most similar labelled files (never `f` itself), most similar first."""
        if self.empty or self.offsets is None or self.idf is None or not len(self.vocab):
            return []
        keys, counts = doc_vector(f, self.chars)
        if not keys.size:
            return []
        pos = np.minimum(np.searchsorted(self.vocab, keys), len(self.vocab) - 1)
        known = self.vocab[pos] == keys
        if not known.any():
            return []
        tf = 1.0 + np.log(counts.astype(np.float32))
        ids = pos[known]
        w = tf[known] * self.idf[ids]
        unknown_sq = float(np.dot(tf[~known], tf[~known]))
        norm = math.sqrt(float(np.dot(w, w)) + unknown_sq * self.idf_unknown ** 2)
        if not norm:
            return []
        q = (w / norm).astype(np.float32)
        if self.dense is not None:
            sims = q @ self.dense[ids]
            return self._nearest(f, sims)
        starts, ends = self.offsets[ids], self.offsets[ids + 1]
        lengths = ends - starts
        total = int(lengths.sum())
        if not total:
            return []
        take = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths) + np.repeat(starts, lengths)
        sims = np.bincount(self.rows[take], weights=self.vals[take] * np.repeat(q, lengths),
                           minlength=len(self.labelled))
        return self._nearest(f, sims)

    def _nearest(self, f: Features, sims: np.ndarray) -> list[Neighbour]:
        out: list[Neighbour] = []
        for row in np.argsort(-sims)[: self.k + 1]:
            s = float(sims[row])
            if s < SIMILAR or len(out) >= self.k:
                break
            other = self.labelled[row]
            if other.id == f.id:
                continue
            out.append(Neighbour(other.path, s, set(self.positive[row]), set(self.negative[row]),
                                 self.decided[row] if self.decided else False))
        return out


def strength(similarity: float) -> float:
    """0 at SIMILAR, 1 at CERTAIN and above."""
    return max(0.0, min(1.0, (similarity - SIMILAR) / (CERTAIN - SIMILAR)))


def build_learner(features: list[Features], positives: dict[int, set[str]], negatives: dict[int, set[str]],
                  decided: set[int], chars: int, k: int) -> Learner:
    labelled = [f for f in features if positives.get(f.id) or negatives.get(f.id)]
    learner = Learner(chars=chars, k=k, labelled=labelled,
                      positive=[positives.get(f.id, set()) for f in labelled],
                      negative=[negatives.get(f.id, set()) for f in labelled],
                      decided=[f.id in decided for f in labelled])
    return learner.fit()
