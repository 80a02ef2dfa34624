"""The archivist's overrides (stored in the catalog's overrides table, so a re-ingest never loses them)."""

from __future__ import annotations

import getpass
import sqlite3

from archive.assess.status import parse_status
from archive.catalog import decisions
from archive.errors import BadOverride, UnknownItem
from archive.handle import require_writer
from archive.vocab import STATUS_LABELS
from archive.workspace import Workspace


def _item_points(ws: Workspace, item_id: str) -> float:
    rubric = ws.rubric()
    if rubric.kind == "tiers":
        ids = [c.id for t in rubric.tiers for c in t.criteria]
        ids += [f"{t.level}.{v.id}" for t in rubric.tiers for v in t.vetoes]  # a veto: status partial = triggered
        if item_id not in ids:
            raise UnknownItem(f"评分表 {rubric.id} 中没有序号为「{item_id}」的考评标准或一票否决项。",
                              remedy="考评标准写序号（如 1.2），一票否决项写 星级.编号（如 4.v1）。")
        return 0.0
    item = rubric.item(item_id)
    if item is None:
        raise UnknownItem(f"评分表 {rubric.id} 中没有序号为「{item_id}」的项目。")
    return item.points


def load_overrides(conn: sqlite3.Connection, rubric_id: str) -> dict[str, dict]:
    return decisions.overrides(conn, rubric_id)


def set_override(ws: Workspace, conn: sqlite3.Connection, item_id: str, status: str, score: float | None = None,
                 note: str = "", who: str | None = None) -> dict:
    """Record the archivist's status (and optionally score) for an item; replaces an earlier override. `conn` is a
    writing session's (archive/handle.py)."""
    require_writer(conn)
    points = _item_points(ws, item_id)
    code = parse_status(status)
    if code is None:
        raise BadOverride(f"状态「{status}」无效。",
                          remedy="可用：" + "、".join(f"{k}（{v}）" for k, v in STATUS_LABELS.items()))
    if score is not None and (score < 0 or (points and score > points)):
        raise BadOverride(f"分数 {score:g} 超出本项范围（0 到 {points:g} 分）。")
    who = who or _user()
    rubric_id = ws.rubric().id
    decisions.put_override(conn, rubric_id, item_id, code, score, note, who)
    return load_overrides(conn, rubric_id)[item_id]


def clear_override(ws: Workspace, conn: sqlite3.Connection, item_id: str) -> bool:
    """Remove an item's override; True when there was one. `conn` is a writing session's."""
    require_writer(conn)
    _item_points(ws, item_id)
    return decisions.delete_override(conn, ws.rubric().id, item_id)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        return ""
