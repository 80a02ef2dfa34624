"""Evidence as the suggester reads it: kind, meeting type, a normalised title line and body."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from archive.catalog import iter_evidence
from archive.catalog.evidence import Evidence
from archive.filing.scope import (
    TRUSTED_DATE_SOURCES,
    Hold,
    OwnOrg,
    date_words,
    non_party_paper,
    not_evidence_hold,
    other_org,
)
from archive.indexer.analysis import normalize

TABLE_ROWS = 3  # rows of each table (its header) read besides the text
FOLDER_LEVELS = 2  # names of the nearest folders read with the title ("帮扶/微信图片_….jpg")


@dataclass
class Features:
    id: int
    path: str
    sha256: str | None
    kind: str | None
    meeting_type: str | None
    title: str  # normalised title and file name
    body: str  # normalised fields, table headers and text (bounded)
    place: str = ""  # normalised names of the nearest folders
    error: str | None = None
    items: list[str] = field(default_factory=list)
    date: dt.date | None = None
    date_source: str | None = None
    date_precision: str | None = None
    date_words: str = ""  # the words a trusted date was read from (for a hold's reason)
    hold: Hold | None = None  # another organisation's, or no evidence at all: automation never files it


@dataclass(frozen=True)
class ScopeContext:
    """What `features_of` needs to tell this archive's evidence from the rest (archive/filing/scope.py)."""

    own: OwnOrg
    year: int


def _table_text(tables: list) -> str:
    parts = []
    for table in tables or []:
        if not isinstance(table, dict):
            continue
        parts.append(str(table.get("name") or ""))
        for row in (table.get("rows") or [])[:TABLE_ROWS]:
            if isinstance(row, list | tuple):
                parts.append(" ".join(str(c) for c in row if c not in (None, "")))
    return "\n".join(p for p in parts if p)


def _fields_text(fields: dict) -> str:
    return "\n".join(f"{k} {v}" for k, v in (fields or {}).items() if v not in (None, "", [], {}))


def features_of(ev: Evidence, text_chars: int, scope: ScopeContext | None = None) -> Features:
    p = PurePosixPath(ev.path)
    folders = " ".join(p.parts[:-1][-FOLDER_LEVELS:])
    title = normalize(f"{ev.title or ''} {p.stem}")
    text = (ev.text or "")[:text_chars]
    body = normalize("\n".join((_fields_text(ev.fields), _table_text(ev.tables), text)))
    f = Features(id=ev.id, path=ev.path, sha256=ev.sha256, kind=ev.kind, meeting_type=ev.meeting_type,
                 title=title, place=normalize(folders), body=body, error=ev.error, items=list(ev.items),
                 date=ev.date, date_source=ev.date_source, date_precision=ev.date_precision)
    if scope is not None and not ev.error:
        f.hold = (not_evidence_hold(text, ev.title or "", ev.format or "", ev.tables, p.name, ev.kind)
                  or other_org(text, p.name, scope.own) or non_party_paper(text))
        if ev.date and ev.date_source in TRUSTED_DATE_SOURCES and ev.date.year != scope.year:
            f.date_words = date_words(text, p.name, ev.date, ev.date_precision, ev.date_source, ev.fields)
    return f


def load_features(conn: sqlite3.Connection, rubric_id: str, text_chars: int,
                  ids: list[int] | None = None, scope: ScopeContext | None = None) -> list[Features]:
    """Originals (never byte copies) still in the archive, in path order; with `scope`, each with its hold."""
    return [features_of(ev, text_chars, scope)
            for ev in iter_evidence(conn, ids=ids, include_duplicates=False, with_text=True, rubric_id=rubric_id)]
