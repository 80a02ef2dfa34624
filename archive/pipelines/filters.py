"""Check and normalise what users type into filters (--kind, --item): variants fold (台帐/台账), unknown values are
refused with the list of valid ones (exit 2), never answered with an empty list."""

from __future__ import annotations

import sqlite3

from archive import vocab
from archive.catalog import evidence
from archive.errors import UnknownFilterValue
from archive.indexer import normalize
from archive.workspace import Workspace

# The kinds ingest assigns, in the order users think of them.
KINDS = (vocab.K_MINUTES, vocab.K_SIGNIN, vocab.K_PHOTO, vocab.K_DUES, vocab.K_ROSTER, vocab.K_NOTICE, vocab.K_PLAN,
         vocab.K_SUMMARY, vocab.K_RULES, vocab.K_AGREEMENT, vocab.K_SURVEY, vocab.K_OTHER)
MAX_LISTED_ITEMS = 60  # an unknown item id lists at most this many valid ones


def known_kinds(conn: sqlite3.Connection | None = None) -> list[str]:
    """Every kind ingest assigns, then any other kind the catalog holds (a newer classifier's)."""
    kinds = list(KINDS)
    if conn is not None:
        for kind in evidence.kinds(conn):
            if kind not in kinds:
                kinds.append(kind)
    return kinds


def _fold(text: str) -> str:
    return "".join(normalize(text).split())


def normalize_kind(kind: str | None, conn: sqlite3.Connection | None = None) -> str | None:
    """The kind as the catalog spells it (党费台账 → 党费台帐); UnknownFilterValue for a kind that does not exist."""
    if kind is None:
        return None
    wanted = _fold(kind)
    kinds = known_kinds(conn)
    for k in kinds:
        if _fold(k) == wanted:
            return k
    raise UnknownFilterValue(f"没有「{kind}」这类材料。", remedy="可用的类型：" + "、".join(kinds))


def normalize_item(ws: Workspace, item: str | None) -> str | None:
    """The item id as the rubric spells it (full-width digits and spaces folded); UnknownFilterValue otherwise."""
    if item is None:
        return None
    rubric = ws.rubric()
    ids = [i.id for i in rubric.items()]
    wanted = _fold(item)
    for i in ids:
        if _fold(i) == wanted:
            return i
    listed = "、".join(ids[:MAX_LISTED_ITEMS]) + ("……" if len(ids) > MAX_LISTED_ITEMS else "")
    raise UnknownFilterValue(f"评分表 {ws.config.rubric} 中没有评分项「{item}」。",
                             remedy=f"可用的评分项序号：{listed}（taizhang rubric show 可查看全部）")
