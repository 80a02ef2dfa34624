"""`suggest`: the ranked items for each piece of evidence, best first, as ranking.py scores them; the folder and
manual filings are shown first with score 1.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from archive.filing import store
from archive.filing.config import filing_config
from archive.filing.features import load_features
from archive.filing.paths import resolve_paths
from archive.filing.ranking import Scorer, Suggestion, make_scorer
from archive.workspace import Workspace

FILED_SCORE = 1.0


@dataclass
class EvidenceSuggestions:
    path: str
    evidence_id: int
    suggestions: list[Suggestion] = field(default_factory=list)
    kind: str | None = None
    error: str | None = None

    def to_json(self) -> dict:
        return {"path": self.path, "suggestions": [s.to_json() for s in self.suggestions]}

    @property
    def best(self) -> Suggestion | None:
        return self.suggestions[0] if self.suggestions else None


FILED_WHY = {"manual": "已人工归档", "folder": "文件夹"}


def _with_filings(ranked: list[Suggestion], filings: dict[str, store.Filing]) -> list[Suggestion]:
    """Existing manual and folder filings first (score 1); a filing by suggestion keeps its place and score."""
    first = [Suggestion(item, FILED_SCORE, fl.note if fl.source == "folder" and fl.note else FILED_WHY[fl.source],
                        filed=fl.source)
             for item, fl in filings.items() if fl.source in FILED_WHY]
    first.sort(key=lambda s: (s.filed != "manual", s.item))
    taken = {s.item for s in first}
    rest = []
    for s in ranked:
        if s.item in taken:
            continue
        if s.item in filings:
            s.filed = "suggestion"
            s.why = "已按建议归档；" + s.why
        rest.append(s)
    return first + rest


def suggest(ws: Workspace, conn: sqlite3.Connection, paths: list[str] | None = None, top: int | None = None,
            unfiled: bool = False, *, include_filed: bool = True,
            min_shown: float | None = None) -> list[EvidenceSuggestions]:
    """Ranked items for each named (default: every) original in the catalog, best first. A pure ranking: the
    folder filings are applied by the writers (ingest, `file --accept`)."""
    cfg = filing_config(ws)
    rubric = ws.rubric()
    ids = [r.id for r in resolve_paths(ws, conn, paths)] if paths else None
    population = load_features(conn, rubric.id, cfg.text_chars, ids=ids)
    filed = store.filings(conn, rubric.id)
    excluded = store.exclusions(conn, rubric.id)
    if unfiled:
        population = [f for f in population if not filed.get(f.id)]
    scorer = make_scorer(ws, conn, cfg, population, filed, excluded)
    limit = cfg.top if top is None else top
    floor = cfg.show_score if min_shown is None else min_shown
    out = []
    for f in population:
        ranked = [] if f.error else scorer.rank(f, set(excluded.get(f.id, {})))
        ranked = [s for s in ranked if s.score >= floor]
        mine = filed.get(f.id, {})
        ranked = _with_filings(ranked, mine) if include_filed else [s for s in ranked if s.item not in mine]
        out.append(EvidenceSuggestions(f.path, f.id, ranked[:limit], kind=f.kind, error=f.error))
    return out


__all__ = ["EvidenceSuggestions", "Scorer", "Suggestion", "make_scorer", "suggest"]
