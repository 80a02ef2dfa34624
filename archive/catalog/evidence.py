"""Evidence rows: what ingest writes, what list/search/assess read."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field

from archive.catalog.db import now_iso

# Bump when extraction or analysis changes so that the next ingest re-reads every file.
EXTRACTOR_VERSION = 11
# Precision of Evidence.date: a day, a month (date is its 1st) or a year (date is its 1 January).
DATE_PRECISIONS = ("day", "month", "year")


@dataclass
class FileState:
    """What the catalog remembers of a path, enough to decide whether to read it again."""

    id: int
    path: str
    size: int
    mtime_ns: int
    sha256: str | None
    gone: bool
    error: str | None
    ocr_skipped: bool
    extractor_version: int
    duplicate_of: int | None


@dataclass
class Evidence:
    id: int
    path: str
    sha256: str | None
    size: int
    format: str | None
    kind: str | None
    meeting_type: str | None
    date: dt.date | None
    date_source: str | None
    title: str | None
    text: str
    pages: int | None
    ocr: bool
    fields: dict = field(default_factory=dict)
    tables: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)
    warnings: list = field(default_factory=list)
    thumbnail: str | None = None
    duplicate_of: str | None = None  # path of the first copy
    error: str | None = None
    error_detail: str | None = None
    gone: bool = False
    items: list[str] = field(default_factory=list)  # rubric items it is filed to
    date_precision: str | None = None  # day | month | year (see DATE_PRECISIONS); None when there is no date

    def to_json(self) -> dict:
        """The stable `taizhang list --json` shape (README documents it)."""
        return {
            "path": self.path, "sha256": self.sha256, "kind": self.kind, "meeting_type": self.meeting_type,
            "date": self.date.isoformat() if self.date else None, "date_source": self.date_source,
            "date_precision": self.date_precision if self.date else None,
            "title": self.title, "pages": self.pages, "ocr": self.ocr, "duplicate_of": self.duplicate_of,
            "error": self.error, "fields": self.fields, "items": list(self.items),
        }


@dataclass
class ExtractedRecord:
    """Everything ingest learned from reading one file, ready to store."""

    format: str
    kind: str
    meeting_type: str | None
    date: dt.date | None
    date_source: str | None
    title: str
    text: str
    pages: int | None
    ocr: bool
    ocr_skipped: bool
    fields: dict
    tables: list
    meta: dict
    warnings: list
    thumbnail: str | None
    date_precision: str | None = None  # day | month | year


def load_states(conn: sqlite3.Connection) -> dict[str, FileState]:
    rows = conn.execute("SELECT id, path, size, mtime_ns, sha256, gone, error, ocr_skipped, extractor_version, "
                        "duplicate_of FROM evidence")
    return {r["path"]: FileState(r["id"], r["path"], r["size"], r["mtime_ns"], r["sha256"], bool(r["gone"]),
                                 r["error"], bool(r["ocr_skipped"]), r["extractor_version"], r["duplicate_of"])
            for r in rows}


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def save_extracted(conn: sqlite3.Connection, path: str, size: int, mtime_ns: int, sha256: str,
                   rec: ExtractedRecord) -> int:
    """Insert or replace the row of `path` with a fresh reading; returns its id. Caller holds the transaction."""
    values = dict(
        path=path, sha256=sha256, size=size, mtime_ns=mtime_ns, format=rec.format, kind=rec.kind,
        meeting_type=rec.meeting_type, date=rec.date.isoformat() if rec.date else None, date_source=rec.date_source,
        date_precision=(rec.date_precision or "day") if rec.date else None, title=rec.title, text=rec.text, pages=rec.pages, ocr=int(rec.ocr), ocr_skipped=int(rec.ocr_skipped),
        fields=_json(rec.fields), tables=_json(rec.tables), meta=_json(rec.meta), warnings=_json(rec.warnings),
        thumbnail=rec.thumbnail, duplicate_of=None, error=None, error_detail=None, gone=0,
        extractor_version=EXTRACTOR_VERSION, updated_at=now_iso(),
    )
    return _upsert(conn, values)


def save_failure(conn: sqlite3.Connection, path: str, size: int, mtime_ns: int, sha256: str | None,
                 fmt: str | None, reason: str, detail: str) -> int:
    """Record a file that could not be read, with its Chinese reason; its text is emptied."""
    values = dict(
        path=path, sha256=sha256, size=size, mtime_ns=mtime_ns, format=fmt, kind=None, meeting_type=None,
        date=None, date_source=None, date_precision=None, title=None, text="", pages=None, ocr=0, ocr_skipped=0, fields="{}",
        tables="[]", meta="{}", warnings="[]", thumbnail=None, duplicate_of=None, error=reason,
        error_detail=detail, gone=0, extractor_version=EXTRACTOR_VERSION, updated_at=now_iso(),
    )
    return _upsert(conn, values)


def _upsert(conn: sqlite3.Connection, values: dict) -> int:
    cols = ", ".join(values)
    marks = ", ".join(f":{k}" for k in values)
    updates = ", ".join(f"{k}=excluded.{k}" for k in values if k != "path")
    conn.execute(f"INSERT INTO evidence ({cols}, added_at) VALUES ({marks}, :updated_at) "
                 f"ON CONFLICT(path) DO UPDATE SET {updates}", values)
    return id_of(conn, values["path"])


_SHARED_COLUMNS = ("sha256, format, kind, meeting_type, date, date_source, date_precision, title, text, pages, ocr, "
                   "ocr_skipped, fields, tables, meta, warnings, thumbnail, error, error_detail, extractor_version")


def save_duplicate(conn: sqlite3.Connection, path: str, size: int, mtime_ns: int, original_id: int) -> int:
    """Record `path` as an exact copy of evidence `original_id`, sharing its reading; an existing row keeps its id."""
    existing = id_of(conn, path)
    if existing is None:
        conn.execute(f"INSERT INTO evidence (path, size, mtime_ns, duplicate_of, gone, added_at, updated_at, "
                     f"{_SHARED_COLUMNS}) SELECT ?, ?, ?, id, 0, ?, ?, {_SHARED_COLUMNS} FROM evidence WHERE id = ?",
                     (path, size, mtime_ns, now_iso(), now_iso(), original_id))
        return id_of(conn, path)
    conn.execute(f"UPDATE evidence SET ({_SHARED_COLUMNS}) = (SELECT {_SHARED_COLUMNS} FROM evidence WHERE id = ?), "
                 "size = ?, mtime_ns = ?, duplicate_of = ?, gone = 0, updated_at = ? WHERE id = ?",
                 (original_id, size, mtime_ns, original_id, now_iso(), existing))
    return existing


def date_of(conn: sqlite3.Connection, evidence_id: int) -> tuple[str | None, str | None, str | None]:
    """(date, date_source, date_precision) of one row."""
    row = conn.execute("SELECT date, date_source, date_precision FROM evidence WHERE id = ?", (evidence_id,)).fetchone()
    return (row[0], row[1], row[2]) if row else (None, None, None)


def set_date(conn: sqlite3.Connection, evidence_id: int, date: str, source: str, precision: str) -> None:
    """A better date for an original, given to its byte copies too (they share its reading)."""
    conn.execute("UPDATE evidence SET date = ?, date_source = ?, date_precision = ?, updated_at = ? "
                 "WHERE id = ? OR duplicate_of = ?", (date, source, precision, now_iso(), evidence_id, evidence_id))


def move(conn: sqlite3.Connection, evidence_id: int, new_path: str, size: int, mtime_ns: int) -> None:
    """A renamed or moved file keeps its identity (and so its filings)."""
    conn.execute("UPDATE evidence SET path = ?, size = ?, mtime_ns = ?, gone = 0, updated_at = ? WHERE id = ?",
                 (new_path, size, mtime_ns, now_iso(), evidence_id))


def touch(conn: sqlite3.Connection, evidence_id: int, size: int, mtime_ns: int) -> None:
    """Same content, new mtime (copied again): remember the stat so the next run skips hashing."""
    conn.execute("UPDATE evidence SET size = ?, mtime_ns = ?, gone = 0 WHERE id = ?", (size, mtime_ns, evidence_id))


def promote_copies(conn: sqlite3.Connection, evidence_id: int) -> list[int]:
    """The first copy of `evidence_id` stands on its own (its row already holds the shared reading); the other
    copies now point to it. Returns the promoted id, if any: its searchable content must be indexed."""
    copies = [r[0] for r in conn.execute(
        "SELECT id FROM evidence WHERE duplicate_of = ? AND gone = 0 ORDER BY path", (evidence_id,))]
    if not copies:
        return []
    heir, rest = copies[0], copies[1:]
    conn.execute("UPDATE evidence SET duplicate_of = NULL WHERE id = ?", (heir,))
    conn.executemany("UPDATE evidence SET duplicate_of = ? WHERE id = ?", [(heir, c) for c in rest])
    return [heir]


def mark_gone(conn: sqlite3.Connection, evidence_id: int) -> list[int]:
    """The file left the archive: keep the row and its filings, flagged; promote one of its copies if any."""
    conn.execute("UPDATE evidence SET gone = 1, updated_at = ? WHERE id = ?", (now_iso(), evidence_id))
    return promote_copies(conn, evidence_id)


def id_of(conn: sqlite3.Connection, path: str) -> int | None:
    row = conn.execute("SELECT id FROM evidence WHERE path = ?", (path,)).fetchone()
    return row[0] if row else None


def _row_to_evidence(r: sqlite3.Row, items: list[str], dup_path: str | None, with_text: bool) -> Evidence:
    return Evidence(
        id=r["id"], path=r["path"], sha256=r["sha256"], size=r["size"], format=r["format"], kind=r["kind"],
        meeting_type=r["meeting_type"], date=dt.date.fromisoformat(r["date"]) if r["date"] else None,
        date_source=r["date_source"], title=r["title"], text=r["text"] if with_text else "", pages=r["pages"],
        ocr=bool(r["ocr"]), fields=json.loads(r["fields"]), tables=json.loads(r["tables"]) if with_text else [],
        meta=json.loads(r["meta"]), warnings=json.loads(r["warnings"]), thumbnail=r["thumbnail"],
        duplicate_of=dup_path, error=r["error"], error_detail=r["error_detail"], gone=bool(r["gone"]), items=items,
        date_precision=(r["date_precision"] or "day") if r["date"] else None,
    )


def filed_items(conn: sqlite3.Connection, rubric_id: str | None = None) -> dict[int, list[str]]:
    sql = "SELECT evidence_id, item_id FROM filings"
    args: tuple = ()
    if rubric_id:
        sql += " WHERE rubric_id = ?"
        args = (rubric_id,)
    out: dict[int, list[str]] = {}
    for eid, item in conn.execute(sql + " ORDER BY evidence_id, item_id", args):
        out.setdefault(eid, []).append(item)
    return out


def iter_evidence(conn: sqlite3.Connection, *, ids: Iterable[int] | None = None, kind: str | None = None,
                  include_gone: bool = False, include_duplicates: bool = True, with_text: bool = False,
                  rubric_id: str | None = None) -> Iterator[Evidence]:
    """Evidence rows in path order, optionally filtered; text and tables are loaded only when asked."""
    where, args = [], []
    if not include_gone:
        where.append("e.gone = 0")
    if not include_duplicates:
        where.append("e.duplicate_of IS NULL")
    if kind:
        where.append("e.kind = ?")
        args.append(kind)
    if ids is not None:
        id_list = list(ids)
        if not id_list:
            return
        where.append(f"e.id IN ({','.join('?' * len(id_list))})")
        args.extend(id_list)
    sql = "SELECT e.*, d.path AS dup_path FROM evidence e LEFT JOIN evidence d ON d.id = e.duplicate_of"
    if where:
        sql += " WHERE " + " AND ".join(where)
    items = filed_items(conn, rubric_id)
    for r in conn.execute(sql + " ORDER BY e.path", args):
        yield _row_to_evidence(r, items.get(r["id"], []), r["dup_path"], with_text)


def evidence_dict(ev: Evidence) -> dict:
    return asdict(ev)


# ---------------------------------------------------------------- lookups by path and content (filing, export)


def present_paths(conn: sqlite3.Connection) -> list[tuple[int, str, int | None]]:
    """(id, path, id of its original when a byte copy) of every present file, in path order."""
    return [(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT id, path, duplicate_of FROM evidence WHERE gone = 0 ORDER BY path")]


def originals_by_id(conn: sqlite3.Connection) -> dict[int, tuple[str, str | None, str | None]]:
    """id → (path, kind, meeting type) of every present original."""
    return {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
        "SELECT id, path, kind, meeting_type FROM evidence WHERE gone = 0 AND duplicate_of IS NULL")}


def named(conn: sqlite3.Connection, rel: str) -> list[tuple[int, str, str | None, int | None, str | None, str | None]]:
    """The present file at `rel`, else every present file under the folder `rel`, as (id, path, sha256, original's
    id, original's path, original's sha256) — the original's columns NULL for an original."""
    rows = conn.execute("SELECT e.id, e.path, e.sha256, e.duplicate_of, d.path, d.sha256 FROM evidence e "
                        "LEFT JOIN evidence d ON d.id = e.duplicate_of WHERE e.path = ? AND e.gone = 0",
                        (rel,)).fetchall()
    if not rows:
        prefix = rel.rstrip("/") + "/" if rel else ""
        rows = conn.execute("SELECT e.id, e.path, e.sha256, e.duplicate_of, d.path, d.sha256 "
                            "FROM evidence e LEFT JOIN evidence d ON d.id = e.duplicate_of "
                            "WHERE substr(e.path, 1, ?) = ? AND e.gone = 0 ORDER BY e.path",
                            (len(prefix), prefix)).fetchall()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def at_path(conn: sqlite3.Connection, path: str) -> tuple[int, str | None, int | None] | None:
    """(id, sha256, original's id) of the present file at `path`."""
    row = conn.execute("SELECT id, sha256, duplicate_of FROM evidence WHERE path = ? AND gone = 0", (path,)).fetchone()
    return (row[0], row[1], row[2]) if row else None


def original_with_sha(conn: sqlite3.Connection, sha256: str) -> tuple[int, str] | None:
    """(id, sha256) of the first present original with this content."""
    row = conn.execute("SELECT id, sha256 FROM evidence WHERE sha256 = ? AND gone = 0 AND duplicate_of IS NULL "
                       "ORDER BY id LIMIT 1", (sha256,)).fetchone()
    return (row[0], row[1]) if row else None


# ---------------------------------------------------------------- what ingest decides from (failures, copies)


def failed_ids(conn: sqlite3.Connection) -> list[tuple[int, str, str | None]]:
    """(id, error, error detail) of every present file that could not be read."""
    return [(r[0], r[1], r[2]) for r in conn.execute(
        "SELECT id, error, error_detail FROM evidence WHERE error IS NOT NULL AND gone = 0")]


def unreadable_or_waiting(conn: sqlite3.Connection) -> list[tuple[str, str | None, str | None, int]]:
    """(path, error, error detail, ocr skipped) of every present file unreadable or still waiting for OCR."""
    return [(r[0], r[1], r[2], r[3]) for r in conn.execute(
        "SELECT path, error, error_detail, ocr_skipped FROM evidence "
        "WHERE gone = 0 AND (error IS NOT NULL OR ocr_skipped = 1) ORDER BY path")]


def is_present_original(conn: sqlite3.Connection, evidence_id: int) -> bool:
    row = conn.execute("SELECT duplicate_of, gone FROM evidence WHERE id = ?", (evidence_id,)).fetchone()
    return row is not None and row[0] is None and not row[1]


def hand_over(conn: sqlite3.Connection, old_id: int, new_id: int) -> None:
    """An original that became a copy: its filings, exclusions and copies go to the new original."""
    for table in ("filings", "exclusions"):
        conn.execute(f"UPDATE OR IGNORE {table} SET evidence_id = ? WHERE evidence_id = ?", (new_id, old_id))
        conn.execute(f"DELETE FROM {table} WHERE evidence_id = ?", (old_id,))
    conn.execute("UPDATE evidence SET duplicate_of = ? WHERE duplicate_of = ? AND id != ?", (new_id, old_id, new_id))


def make_original(conn: sqlite3.Connection, evidence_id: int) -> None:
    """A copy whose original went away stands on its own."""
    conn.execute("UPDATE evidence SET duplicate_of = NULL WHERE id = ?", (evidence_id,))


def present_path_list(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT path FROM evidence WHERE gone = 0")]


def kinds(conn: sqlite3.Connection) -> list[str]:
    """Every kind the catalog holds, sorted."""
    return [r[0] for r in conn.execute("SELECT DISTINCT kind FROM evidence WHERE kind IS NOT NULL ORDER BY kind")]


# ---------------------------------------------------------------- what the page reads


def ids_by_path(conn: sqlite3.Connection) -> dict[str, int]:
    """path → id of every present file."""
    return {r[1]: r[0] for r in conn.execute("SELECT id, path FROM evidence WHERE gone = 0")}


def ids_at_paths(conn: sqlite3.Connection, paths: list[str]) -> list[int]:
    """The ids of the files at these paths (present or gone)."""
    if not paths:
        return []
    marks = ",".join("?" * len(paths))
    return [r[0] for r in conn.execute(f"SELECT id FROM evidence WHERE path IN ({marks})", tuple(paths))]


def is_present(conn: sqlite3.Connection, path: str) -> bool:
    return conn.execute("SELECT 1 FROM evidence WHERE path = ? AND gone = 0", (path,)).fetchone() is not None
