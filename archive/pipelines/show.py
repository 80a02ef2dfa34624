"""One document as the catalog holds it (what `taizhang show` prints)."""

from __future__ import annotations

import difflib
import os
from pathlib import Path

from archive.catalog import evidence as cat
from archive.catalog.db import connect
from archive.catalog.evidence import Evidence
from archive.errors import NotInCatalog
from archive.workspace import Workspace

MAX_SUGGESTIONS = 5


def _relative(ws: Workspace, path: str) -> list[str]:
    """Archive-relative spellings the user may have meant: as typed, from the current folder, from the root."""
    typed = path.replace("\\", "/").strip("/")
    candidates = [typed]
    for base in (Path.cwd(), ws.root):
        absolute = Path(os.path.abspath(base / path))
        try:
            candidates.append(absolute.relative_to(ws.root.resolve()).as_posix())
        except ValueError:
            continue
    return list(dict.fromkeys(candidates))


def _payload(ev: Evidence) -> dict:
    out = ev.to_json()
    out.update({
        "format": ev.format, "size": ev.size, "gone": ev.gone, "error_detail": ev.error_detail,
        "warnings": list(ev.warnings), "meta": dict(ev.meta), "items": list(ev.items), "tables": list(ev.tables),
        "text": ev.text,
    })
    return out


def show_document(ws: Workspace, path: str) -> Evidence:
    """The catalog's record of `path` (text and tables included); NotInCatalog with near names otherwise."""
    conn = connect(ws.catalog_path)
    try:
        for rel in _relative(ws, path):
            eid = cat.id_of(conn, rel)
            if eid is not None:
                found = list(cat.iter_evidence(conn, ids=[eid], include_gone=True, with_text=True,
                                               rubric_id=ws.filings_key))
                if found:
                    return found[0]
        paths = cat.present_path_list(conn)
    finally:
        conn.close()
    name = Path(path).name
    by_name = [p for p in paths if Path(p).name == name]
    near = by_name or difflib.get_close_matches(path.replace("\\", "/"), paths, n=MAX_SUGGESTIONS, cutoff=0.5)
    remedy = ("是否要找：" + "、".join(near[:MAX_SUGGESTIONS])) if near else \
        "路径相对于档案目录书写；用 taizhang list 查看目录中的材料，新放入的文件请先运行 taizhang ingest。"
    raise NotInCatalog(f"目录中没有「{path}」。", remedy=remedy)


def document_json(ev: Evidence) -> dict:
    """The `taizhang show --json` shape: list --json's fields plus format, size, gone, error_detail, warnings,
    meta, items, tables and text."""
    return _payload(ev)
