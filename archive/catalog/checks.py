"""What `taizhang check` reads: every present, readable original with its text, fields, tables and meta."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator


def _json(raw: str | None, empty):
    try:
        value = json.loads(raw or "null")
    except ValueError:
        return empty
    return value if isinstance(value, type(empty)) else empty


def check_rows(conn: sqlite3.Connection) -> Iterator[dict]:
    """One dict per present, readable evidence file that is not a byte copy, in path order: id, path, sha256,
    format, kind, meeting_type, date (ISO text or None), date_source, date_precision, title, text, fields, tables,
    meta, thumbnail."""
    sql = ("SELECT id, path, sha256, format, kind, meeting_type, date, date_source, date_precision, title, text, "
           "fields, tables, meta, thumbnail FROM evidence "
           "WHERE gone = 0 AND error IS NULL AND duplicate_of IS NULL ORDER BY path")
    for r in conn.execute(sql):
        yield {
            "id": r["id"], "path": r["path"], "sha256": r["sha256"], "format": r["format"], "kind": r["kind"],
            "meeting_type": r["meeting_type"], "date": r["date"], "date_source": r["date_source"],
            "date_precision": r["date_precision"], "title": r["title"] or "", "text": r["text"] or "",
            "fields": _json(r["fields"], {}), "tables": _json(r["tables"], []), "meta": _json(r["meta"], {}),
            "thumbnail": r["thumbnail"],
        }
