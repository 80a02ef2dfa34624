"""Plain data exchanged with the index: what the catalog hands in, what a search hands back."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

# Match tiers of a hit, best first (see search.py).
MATCH_EXACT = "exact"  # every query term found as written (verbatim or as words)
MATCH_SYNONYM = "synonym"  # every term found, at least one only through a synonym
MATCH_PARTIAL = "partial"  # fallback: some terms only
MATCH_FILTER = "filter"  # no text terms (or only date words): documents listed by the filters alone


@dataclass
class IndexDoc:
    """One catalogued evidence document as the indexer sees it.

    `units` are findable sub-units (one string per ledger / roster row, e.g. "王秀兰\\t50\\t50\\t欠交"). They are
    indexed with the document (rows missing from `text` are appended) and stored, so the row holding a match
    becomes the hit's snippet; a long workbook is kept from sinking by requiring every query term and by a low
    BM25 length normalisation on the text fields (see schema.BM25_TEXT_B).
    """

    doc_id: int
    path: str
    title: str
    text: str
    kind: str = "其他"
    meeting_type: str | None = None
    date: datetime.date | None = None
    items: list[str] = field(default_factory=list)
    ocr: bool = False
    units: list[str] = field(default_factory=list)
    date_source: str | None = None  # content | signature | exif | filename | mtime (an mtime never filters)
    date_precision: str | None = None  # day | month | year: the period a date filter must overlap


@dataclass
class SearchHit:
    """One search result (one document; unit hits are folded into their parent)."""

    path: str
    score: float
    title: str
    kind: str
    meeting_type: str | None
    date: datetime.date | None
    items: list[str]
    snippet: str  # plain text, matches wrapped in HIGHLIGHT_OPEN / HIGHLIGHT_CLOSE
    ocr: bool
    doc_id: int
    match: str = MATCH_EXACT  # one of MATCH_*
    unit: str | None = None  # the row that matched, when the hit came from a ledger/roster row
    date_source: str | None = None
    date_precision: str | None = None

    def to_json(self) -> dict:
        """The stable JSON shape of `taizhang search --json`."""
        return {
            "path": self.path,
            "score": round(self.score, 4),
            "title": self.title,
            "kind": self.kind,
            "meeting_type": self.meeting_type,
            "date": self.date.isoformat() if self.date else None,
            "date_source": self.date_source if self.date else None,
            "date_precision": self.date_precision if self.date else None,
            "items": list(self.items),
            "snippet": self.snippet,
            "ocr": self.ocr,
            "match": self.match,
        }


@dataclass
class SearchQuery:
    """A query with its filters (what `taizhang search` collects from its options)."""

    text: str = ""
    item: str | None = None
    kind: str | None = None
    date_from: datetime.date | None = None
    date_to: datetime.date | None = None
    unfiled: bool = False
    limit: int = 20
    year: int | None = None
