"""Folder conventions: a file under "08 党员资料台帐/", "第8项/" or "8-三会一课/" is filed to item 8; under a folder
named like a category ("领导班子好/") to the best-suggested item of that category. Source `folder`; the nearest
such folder wins; a byte copy's folder files its original; moving a file out removes its folder filing. A folder
is automation too: a file held back (another organisation's, no evidence, dated outside the item's period —
filing/scope.py) is not filed by its folder; `review` lists it."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from pathlib import PurePosixPath

from archive.catalog import evidence
from archive.catalog import filings as store
from archive.filing.config import filing_config
from archive.filing.features import ScopeContext, load_features
from archive.filing.ranking import make_scorer
from archive.filing.scope import item_period, kind_period, other_year, own_org
from archive.filing.targets import Target, rubric_targets
from archive.indexer.analysis import normalize
from archive.workspace import Workspace

FOLDER_WHO = "文件夹"
CATEGORY_FLOOR = 0.2  # a category folder files a file to its best item only if that item scores at least this

_ID_RE = re.compile(r"^\s*(第\s*)?(\d+(?:\.\d+)*|[一二三四五六七八九十]{1,3})\s*(项)?(.*)$", re.S)
# After a bare number these mean it is a date or a count, not an item id ("12月", "2025年", "3季度", "2号楼").
_UNIT_CHARS = set("年月日号时点分秒次人名位个元万岁期届季周天户条份楼栋室组批轮届")
_SEPARATORS = set(" \t-_、.．:：)）]】,，·")
_ENUM_PREFIX = re.compile(r"^\s*(?:[一二三四五六七八九十]+|\d+)\s*[、.．:：)）-]\s*")
_CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}


def _cn_number(text: str) -> int | None:
    if not text:
        return None
    if text == "十":
        return 10
    if "十" in text:
        tens, _, ones = text.partition("十")
        t = _CN_DIGITS.get(tens, None) if tens else 1
        o = _CN_DIGITS.get(ones, None) if ones else 0
        return None if t is None or o is None else t * 10 + o
    return _CN_DIGITS.get(text) if len(text) == 1 else None


def folder_item_id(name: str, ids: set[str]) -> str | None:
    """The item id a folder name starts with, if it is one of `ids`."""
    m = _ID_RE.match(name)
    if not m:
        return None
    ordinal, number, xiang, rest = m.group(1), m.group(2), m.group(3), m.group(4)
    if number[0] in "一二三四五六七八九十":
        if not (ordinal and xiang):  # 第八项 only: "三会一课", "一助一" are names
            return None
        value = _cn_number(number)
        candidate = str(value) if value is not None else None
    else:
        candidate = ".".join(str(int(part)) for part in number.split("."))
        if not (ordinal or xiang):
            if rest and (rest[0] in _UNIT_CHARS or rest[0].isdigit()):
                return None
            if rest and rest[0] not in _SEPARATORS and not ("\u4e00" <= rest[0] <= "\u9fff"):
                return None
    return candidate if candidate in ids else None


# Two-character words too common in items to show that a folder's name and an item agree.
_COMMON_PAIRS = frozenset({"工作", "建设", "管理", "资料", "材料", "台帐", "台账", "记录", "档案", "党建", "社区", "党员", "组织",
                           "情况", "活动", "其他", "相关", "年度", "文件"})


def folder_agrees(name: str, target: Target) -> bool:
    """Does a numbered folder's name fit the item its number names? A bare number ("08", "第8项") does; "08 党员资料台帐"
    does for an item about 党员资料台帐; "01班子建设" does not for an item about the Party organisation's core role."""
    m = _ID_RE.match(name)
    rest = normalize(m.group(4) if m else name).strip(" \t-_、.．:：)）]】,，·")
    if not rest:
        return True
    hay = normalize(target.text) + " " + " ".join(target.keywords)
    pairs = {rest[i:i + 2] for i in range(len(rest) - 1)} - _COMMON_PAIRS
    return any(p in hay for p in pairs if re.fullmatch(r"[\u4e00-\u9fff]{2}", p))


def _item_schemes(paths: list[str], ids: set[str], targets: dict[str, Target]) -> set[tuple[str, ...]]:
    """The numbered folders (as path tuples) whose numbers are item ids: those under a parent where at least half of
    the numbered folders' names fit their items. An archivist's own numbered categories (01班子建设 … 11考核测评)
    are not the rubric's items."""
    by_parent: dict[tuple[str, ...], dict[tuple[str, ...], bool]] = {}
    for path in paths:
        parts = PurePosixPath(path).parts[:-1]
        for depth, folder in enumerate(parts):
            item = folder_item_id(folder, ids)
            if item:
                by_parent.setdefault(parts[:depth], {})[parts[:depth + 1]] = folder_agrees(folder, targets[item])
    out: set[tuple[str, ...]] = set()
    for folders in by_parent.values():
        if sum(folders.values()) * 2 >= len(folders):
            out.update(folders)
    return out


def folder_category(name: str, categories: dict[str, str]) -> str | None:
    key = normalize(_ENUM_PREFIX.sub("", name)).strip()
    return categories.get(key)


@dataclass
class FolderReport:
    filed: int = 0
    removed: int = 0


def _wanted(ws: Workspace, conn: sqlite3.Connection, targets: list[Target]) -> dict[tuple[int, str], str]:
    """(evidence id, item id) → the note naming the folder, for every file under a convention folder."""
    ids = {t.id for t in targets}
    categories = {normalize(t.category): t.category for t in targets}
    by_category: dict[str, list[str]] = {}
    for t in targets:
        by_category.setdefault(t.category, []).append(t.id)
    wanted: dict[tuple[int, str], str] = {}
    pending_category: dict[int, tuple[str, str]] = {}
    rows = evidence.present_paths(conn)
    schemes = _item_schemes([path for _eid, path, _dup in rows], ids, {t.id: t for t in targets})
    for eid, path, dup in rows:
        owner = dup or eid
        parts = PurePosixPath(path).parts[:-1]
        for depth in range(len(parts) - 1, -1, -1):
            folder = parts[depth]
            cat = folder_category(folder, categories)
            if cat:
                pending_category.setdefault(owner, (cat, folder))
                break
            item = folder_item_id(folder, ids)
            if item and parts[:depth + 1] in schemes:
                wanted.setdefault((owner, item), f"文件夹：{folder}")
                break
    cfg = filing_config(ws)
    scope = ScopeContext(own_org(ws.config.org, cfg.org_aliases), ws.config.year)
    if pending_category:
        rubric_id = ws.filings_key
        feats = load_features(conn, rubric_id, cfg.text_chars, ids=list(pending_category), scope=scope)
        scorer = make_scorer(ws, conn, cfg, feats, store.filings(conn, rubric_id), store.exclusions(conn, rubric_id))
        excluded = store.exclusions(conn, rubric_id)
        for f in feats:
            cat, folder = pending_category[f.id]
            allowed = set(by_category[cat])
            ranked = [s for s in scorer.rank(f, set(excluded.get(f.id, {}))) if s.item in allowed]
            if ranked and ranked[0].score >= CATEGORY_FLOOR:
                wanted.setdefault((f.id, ranked[0].item), f"文件夹：{folder}")
    return _in_scope(ws, conn, cfg, scope, targets, wanted)


def _in_scope(ws: Workspace, conn: sqlite3.Connection, cfg, scope: ScopeContext, targets: list[Target],
              wanted: dict[tuple[int, str], str]) -> dict[tuple[int, str], str]:
    """`wanted` less the filings a hold forbids (filing/scope.py)."""
    if not wanted:
        return wanted
    feats = {f.id: f for f in load_features(conn, ws.filings_key, cfg.text_chars,
                                            ids=sorted({eid for eid, _ in wanted}), scope=scope)}
    periods = {t.id: item_period(t, ws.config.year) for t in targets} if ws.config.year else {}
    out = {}
    for (eid, item), note in wanted.items():
        f = feats.get(eid)
        if f is not None and (f.hold or (f.date_words and item in periods and other_year(
                kind_period(periods[item], f.kind), f.date, f.date_precision, f.date_source, f.date_words))):
            continue
        out[(eid, item)] = note
    return out


def apply_folder_filings(ws: Workspace, conn: sqlite3.Connection, refresh: bool = True) -> FolderReport:
    """Bring folder filings in step with where files are now; never touches manual filings or exclusions.
    `refresh=False` leaves the search index to the caller (ingest syncs it right after)."""
    rubric = ws.rubric()
    if ws.config.rubric != rubric.id:
        # (accepted filings an earlier version kept under the rubric file's path join the rest under its id)
        with store.transaction(conn):
            store.adopt_decisions(conn, ws.config.rubric, rubric.id)
    targets = rubric_targets(rubric)
    wanted = _wanted(ws, conn, targets)
    report = FolderReport()
    existing = store.folder_notes(conn, rubric.id)
    for key in existing.keys() - wanted.keys():
        with store.transaction(conn):
            report.removed += store.delete_filing(conn, key[0], rubric.id, key[1], source="folder")
    for (eid, item), note in wanted.items():
        if existing.get((eid, item)) == note:
            continue
        with store.transaction(conn):
            report.filed += store.put_filing(conn, eid, rubric.id, item, "folder", 1.0, FOLDER_WHO, note)
    if refresh and (report.filed or report.removed):
        from archive.filing.index_sync import refresh_index

        refresh_index(ws, conn)
    return report
