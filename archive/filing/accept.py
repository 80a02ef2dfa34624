"""`file --accept`: suggestions at or above a score become filings (source suggestion, score kept)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass, field

from archive.catalog import filings as store
from archive.filing.config import filing_config
from archive.filing.index_sync import refresh_index
from archive.filing.suggest import suggest
from archive.workspace import Workspace


@dataclass
class Accepted:
    path: str
    item: str
    score: float
    why: str


@dataclass
class AcceptReport:
    min_score: float
    dry_run: bool
    accepted: list[Accepted] = field(default_factory=list)
    skipped_decided: int = 0  # files the archivist filed by hand or by folder: left alone
    held: int = 0  # files with a suggestion at or above the threshold that automation may not take (see review)

    @property
    def per_item(self) -> dict[str, int]:
        counts = Counter(a.item for a in self.accepted)
        return dict(sorted(counts.items(), key=lambda kv: _item_key(kv[0])))

    def to_json(self) -> dict:
        return {"min_score": self.min_score, "dry_run": self.dry_run, "filed": len(self.accepted),
                "per_item": self.per_item, "skipped_decided": self.skipped_decided, "held": self.held,
                "filings": [{"path": a.path, "item": a.item, "score": round(a.score, 3), "why": a.why}
                            for a in self.accepted]}


def _item_key(item_id: str) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in item_id.replace("-", ".").split("."))


def accept_suggestions(ws: Workspace, conn: sqlite3.Connection, min_score: float | None = None,
                       dry_run: bool = False, who: str | None = None) -> AcceptReport:
    """File every suggestion scoring ≥ min_score (default `[filing] min_score`) to files no person has filed —
    never one held back (another year, another organisation, no evidence: filing/scope.py); one transaction per
    filing, so an interruption loses at most the filing in flight."""
    cfg = filing_config(ws)
    threshold = cfg.min_score if min_score is None else float(min_score)
    rubric_id = ws.filings_key
    report = AcceptReport(threshold, dry_run)
    user = store.current_user(who)
    if not dry_run:  # the folder conventions first: a folder filing outranks any suggestion
        from archive.filing.folders import apply_folder_filings

        apply_folder_filings(ws, conn, refresh=False)
    filed = store.filings(conn, rubric_id)
    # Rank with what is already filed in place: the part to accept is decided over the whole ranking, so a second
    # run does not promote a file's runner-up to "first" once its best item is filed (accept stays idempotent).
    for es in suggest(ws, conn, include_filed=True, min_shown=threshold):
        mine = filed.get(es.evidence_id, {})
        if any(f.source in ("manual", "folder") for f in mine.values()):
            report.skipped_decided += 1
            continue
        taken = es.automatic(threshold, cfg)
        if es.best and es.best.score >= threshold and (es.hold or any(s.held for s in es.suggestions[:1])):
            report.held += 1
        for s in taken:
            if s.filed:
                continue
            if not dry_run:
                with store.transaction(conn):
                    if not store.put_filing(conn, es.evidence_id, rubric_id, s.item, "suggestion", round(s.score, 4),
                                            user, s.why):
                        continue
            report.accepted.append(Accepted(es.path, s.item, s.score, s.why))
    if not dry_run:
        refresh_index(ws, conn)
    return report
