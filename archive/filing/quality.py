"""Measuring suggestions against a labelled archive (benchmarks/filing_quality.py and the quality test)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from archive.filing.config import filing_config
from archive.filing.suggest import suggest
from archive.workspace import Workspace


@dataclass
class Quality:
    files: int = 0  # labelled files that serve some item
    none_files: int = 0  # labelled files that serve no item
    top1: int = 0  # the first suggestion is the file's best item
    top1_any: int = 0  # … is one of the file's items
    top3: int = 0  # the file's best item is among the first three
    accepted: int = 0  # suggestions at or above the threshold
    accepted_right: int = 0
    none_filed: int = 0  # "serves no item" files that automation files
    threshold: float = 0.0
    noise_files: int = 0  # files of the noise set (other people's, other years', templates: they serve no item)
    noise_filed: int = 0  # … that automation files
    noise_filings: list[tuple[str, str, float]] = field(default_factory=list)
    confusion: Counter = field(default_factory=Counter)  # (expected best, suggested first or "—") → n
    misses: list[tuple[str, list[str], list[tuple[str, float]]]] = field(default_factory=list)
    wrong_accepts: list[tuple[str, str, float, list[str]]] = field(default_factory=list)

    def rate(self, n: int, d: int) -> float:
        return n / d if d else 1.0

    @property
    def top1_rate(self) -> float:
        return self.rate(self.top1, self.files)

    @property
    def top1_any_rate(self) -> float:
        return self.rate(self.top1_any, self.files)

    @property
    def top3_rate(self) -> float:
        return self.rate(self.top3, self.files)

    @property
    def accept_precision(self) -> float:
        return self.rate(self.accepted_right, self.accepted)


def evaluate(ws: Workspace, conn: sqlite3.Connection, labels: dict[str, list[str]],
             min_score: float | None = None, noise: set[str] | frozenset[str] = frozenset()) -> Quality:
    """Suggestions for every labelled file in the catalog against its labels (best item first, [] for none);
    the files of `noise` (dropped into the archive, serving no item) are counted on their own."""
    cfg = filing_config(ws)
    threshold = cfg.min_score if min_score is None else min_score
    q = Quality(threshold=threshold)
    for es in suggest(ws, conn, top=50, min_shown=0.0):
        if es.path in noise:
            q.noise_files += 1
            taken = [s for s in es.suggestions if s.filed == "folder"] or es.automatic(threshold, cfg)
            q.noise_filed += bool(taken)
            q.noise_filings += [(es.path, s.item, s.score) for s in taken]
            continue
        if es.path not in labels:
            continue
        want = labels[es.path]
        ranked = [(s.item, s.score) for s in es.suggestions]
        shown = [item for item, _ in ranked[:3]]
        by_folder = [(s.item, s.score) for s in es.suggestions if s.filed == "folder"]
        # what automation files: folder filings, else the suggestions `file --accept` takes
        automatic = by_folder or [(s.item, s.score) for s in es.automatic(threshold, cfg)]
        for item, score in automatic:
            q.accepted += 1
            if item in want:
                q.accepted_right += 1
            else:
                q.wrong_accepts.append((es.path, item, score, want))
        if not want:
            q.none_files += 1
            if automatic:
                q.none_filed += 1
            continue
        q.files += 1
        first = shown[0] if shown else "—"
        q.top1 += first == want[0]
        q.top1_any += first in want
        q.top3 += want[0] in shown
        if first != want[0]:
            q.confusion[(want[0], first)] += 1
            q.misses.append((es.path, want, ranked[:3]))
    return q
