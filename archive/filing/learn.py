"""Learning from the archivist: nearest neighbours over the archive's own confirmed decisions.

A file's vector is its character bigrams (title twice, then the start of its body), tf-idf weighted with the
document frequencies of the files being scored, L2-normalised. Only bigrams that occur in a labelled file count
(no other bigram can add to a similarity), which keeps the vectors small. Labels are confirmed filings (manual,
folder, an accepted suggestion) as positives and exclusions (unfiled, rejected) as negatives.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from archive.filing.features import Features

_RUN = re.compile(r"\w+")
SIMILAR = 0.3  # cosine below this says nothing
CERTAIN = 0.7  # cosine at or above this counts fully
LEARN_WEIGHT = 0.9  # the strongest score learning alone can give
NEGATIVE_WEIGHT = 0.8  # how far a near-identical rejected file pulls an item down
IMPLICIT_WEIGHT = 0.5  # … a near-identical file the archivist filed by hand elsewhere


def _bigrams(text: str) -> list[str]:
    out: list[str] = []
    for run in _RUN.findall(text):
        if len(run) == 1:
            out.append(run)
        else:
            out.extend(run[i : i + 2] for i in range(len(run) - 1))
    return out


def doc_tokens(f: Features, chars: int) -> list[str]:
    return _bigrams(f.title) * 2 + _bigrams(f.body[:chars])


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
    vocab: dict[str, int] = field(default_factory=dict)
    idf: np.ndarray | None = None
    rows: np.ndarray | None = None  # sparse labelled × vocab matrix, by column (see fit)
    vals: np.ndarray | None = None
    offsets: np.ndarray | None = None
    idf_unknown: float = 1.0  # idf of a bigram no labelled file holds

    @property
    def empty(self) -> bool:
        return not self.labelled

    def fit(self) -> Learner:
        """Vocabulary and idf from the labelled files only, so that a file scores the same whatever else is asked."""
        if self.empty:
            return self
        tokens = [doc_tokens(f, self.chars) for f in self.labelled]
        for toks in tokens:
            for t in toks:
                self.vocab.setdefault(t, len(self.vocab))
        df = np.zeros(len(self.vocab), dtype=np.float32)
        seen = len(self.labelled)
        for toks in tokens:
            df[np.unique(self._ids(toks))] += 1
        self.idf = np.log((1.0 + seen) / (1.0 + df)).astype(np.float32) + 1.0
        self.idf_unknown = float(math.log(1.0 + seen) + 1.0)
        rows, cols, vals = [], [], []
        for row, toks in enumerate(tokens):
            counts = Counter(toks)
            ids = np.fromiter((self.vocab[t] for t in counts), dtype=np.int64, count=len(counts))
            w = (1.0 + np.log(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))) * self.idf[ids]
            norm = float(np.linalg.norm(w))
            rows.append(np.full(len(ids), row, dtype=np.int64))
            cols.append(ids)
            vals.append(w / norm if norm else w)
        # column-major sparse matrix: for each bigram, the labelled rows holding it and their weights
        col = np.concatenate(cols)
        order = np.argsort(col, kind="stable")
        self.rows = np.concatenate(rows)[order]
        self.vals = np.concatenate(vals)[order].astype(np.float32)
        self.offsets = np.searchsorted(col[order], np.arange(len(self.vocab) + 1))
        return self

    def _ids(self, toks: list[str]) -> np.ndarray:
        vocab = self.vocab
        return np.fromiter((vocab[t] for t in toks if t in vocab), dtype=np.int64)

    def neighbours(self, f: Features) -> list[Neighbour]:
        """The k most similar labelled files (never `f` itself), most similar first."""
        if self.empty or self.offsets is None or self.idf is None:
            return []
        counts = Counter(doc_tokens(f, self.chars))
        vocab = self.vocab
        known = [(vocab[t], c) for t, c in counts.items() if t in vocab]
        if not known:
            return []
        unknown_sq = sum((1.0 + math.log(c)) ** 2 for t, c in counts.items() if t not in vocab)
        ids = np.fromiter((i for i, _ in known), dtype=np.int64, count=len(known))
        tf = 1.0 + np.log(np.fromiter((c for _, c in known), dtype=np.float32, count=len(known)))
        w = tf * self.idf[ids]
        norm = math.sqrt(float(np.dot(w, w)) + unknown_sq * self.idf_unknown ** 2)
        if not norm:
            return []
        q = w / norm
        starts, ends = self.offsets[ids], self.offsets[ids + 1]
        lengths = ends - starts
        total = int(lengths.sum())
        if not total:
            return []
        take = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths) + np.repeat(starts, lengths)
        sims = np.bincount(self.rows[take], weights=self.vals[take] * np.repeat(q, lengths),
                           minlength=len(self.labelled))
        out: list[Neighbour] = []
        for row in np.argsort(-sims):
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
