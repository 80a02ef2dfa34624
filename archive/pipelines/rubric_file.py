"""The archive's own rubric file, from the page: a scoring table (Word/Excel) read into a draft and shown item by
item before anything changes; the draft made the archive's rubric (written as `taizhang rubric import` writes it,
the user's corrections kept where the table's item is unchanged); one item's requirements corrected by hand.

A draft is the table as read, kept under `.taizhang/rubric-drafts/` until it is used (the last DRAFTS_KEPT are
kept). Using it and correcting an item write the rubric YAML atomically inside a writing session; a correction is
the item differing from what the import read for it (`Rubric.imported`), which is how a re-import recognises it
(`importer.merge_corrections`).
"""

from __future__ import annotations

import copy
import json
import re
import secrets
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from archive.catalog.db import require_writer
from archive.errors import ImportFailed, RubricError
from archive.fsutil import atomic_write_text, write_output_text
from archive.rubric import dump_rubric_yaml, load_rubric_file
from archive.rubric.importer import Merge, fingerprint, import_rubric, merge_corrections
from archive.rubric.loader import EDITABLE_ITEM_KEYS, item_from_yaml
from archive.rubric.model import Item, Rubric
from archive.rubric.summary import ItemUnderstood, merge_lines, review_notes, understood
from archive.workspace import Workspace, update_config

DRAFTS_DIR_NAME = "rubric-drafts"
DRAFTS_KEPT = 5  # drafts kept besides the newest; an older one is gone (the page says to upload it again)
TABLE_SUFFIXES = (".docx", ".xlsx", ".doc", ".wps", ".et")
COPY_CHUNK_BYTES = 1024 * 1024
_DRAFT_ID = re.compile(r"^[0-9a-f]{16}$")


@dataclass
class Draft:
    """A scoring table as read, and what using it would do to the archive's rubric."""

    id: str
    name: str  # the table's file name as uploaded
    read: Rubric  # as the import read the table
    rubric: Rubric  # what using it writes: `read` with the user's corrections kept
    merge: Merge | None  # over the archive's own rubric file, when it has one to keep corrections from
    target: Path  # the file it is written to
    items: list[ItemUnderstood]
    notes: list[str]  # what the import asks to check besides the items
    changes: list[str]  # what a re-import keeps and changes, as `rubric import` says it
    replaces: str  # the rubric in use now: its title and id
    keeps_decisions: bool  # it replaces the archive's own rubric under the same id: filings and overrides stay

    @property
    def marks(self) -> dict[str, str]:
        """What using the draft does to each item the archive's own rubric has too, where it is not plain."""
        if self.merge is None:
            return {}
        return {**{i: "与现用的不同" for i in self.merge.changed}, **{i: "新增" for i in self.merge.added},
                **{i: "保留您的改正" for i in self.merge.kept}}

    def target_name(self, ws: Workspace) -> str:
        return _relative(ws, self.target)


def _relative(ws: Workspace, path: Path) -> str:
    try:
        return path.resolve().relative_to(ws.root.resolve()).as_posix()
    except ValueError:
        return str(path)


def own_rubric_name(ws: Workspace) -> str | None:
    """The archive's own rubric file, relative to the archive (None for a bundled rubric)."""
    own = ws.rubric_file()
    return _relative(ws, own) if own is not None else None


def drafts_dir(ws: Workspace) -> Path:
    return ws.state_dir / DRAFTS_DIR_NAME


def current_rubric_label(ws: Workspace) -> str:
    try:
        rubric = ws.rubric()
    except RubricError:
        return ws.config.rubric
    return f"{rubric.title}（{rubric.id}）"


def _own_points_rubric(ws: Workspace) -> Rubric | None:
    """The archive's own rubric file, parsed, when it is one a re-import can keep corrections from."""
    own = ws.rubric_file()
    if own is None or not own.is_file():
        return None
    try:
        rubric = load_rubric_file(own)
    except RubricError:
        return None  # not a rubric we can read: nothing to keep
    return rubric if rubric.kind == "points" else None


def _new_target(ws: Workspace, name: str) -> Path:
    """Where a table's rubric goes when the archive uses a bundled one: beside the reports in the output folder
    (ingest never reads it as evidence), named after the table, never over another file."""
    from archive.pipelines.outputs import output_folder

    folder = output_folder(ws)
    stem = Path(name).stem or "评分表"
    target = folder / f"{stem}.yaml"
    n = 2
    while target.exists():
        target = folder / f"{stem} ({n}).yaml"
        n += 1
    return target


def read_table(ws: Workspace, name: str, stream: BinaryIO) -> Draft:
    """Read an uploaded scoring table (.docx/.xlsx, or .doc/.wps/.et through LibreOffice) into a draft: nothing
    of the archive changes. ImportFailed (in Chinese) when it holds no table the import understands."""
    from archive.pipelines.upload import checked_name

    name = checked_name(Path(name.replace("\\", "/")).name)
    if Path(name).suffix.lower() not in TABLE_SUFFIXES:
        raise ImportFailed(f"「{name}」不是 Word 或 Excel 评分表：只能导入 .docx、.xlsx（以及 .doc、.wps、.et）文件。",
                           remedy="请把评分表保存为 Word（.docx）或 Excel（.xlsx）文件后再上传。")
    with tempfile.TemporaryDirectory(prefix="taizhang-table-") as tmp:
        table = Path(tmp) / name
        with open(table, "wb") as out:
            shutil.copyfileobj(stream, out, COPY_CHUNK_BYTES)
        if table.stat().st_size > ws.config.limits.max_file_bytes:
            raise ImportFailed(f"评分表文件「{name}」超过 {ws.config.limits.max_file_bytes // (1024 * 1024)} MB 的上限。")
        read = import_rubric(table, limits=ws.config.limits)
    own = _own_points_rubric(ws)
    if own is not None:
        read.id = own.id  # the archive's filings and overrides are kept under its rubric's id
    folder = drafts_dir(ws)
    folder.mkdir(parents=True, exist_ok=True)
    draft_id = secrets.token_hex(8)
    atomic_write_text(folder / f"{draft_id}.yaml", dump_rubric_yaml(read))
    atomic_write_text(folder / f"{draft_id}.json", json.dumps({"name": name}, ensure_ascii=False))
    for old in sorted(folder.glob("*.yaml"), key=lambda p: p.stat().st_mtime_ns)[:-(DRAFTS_KEPT + 1)]:
        old.unlink(missing_ok=True)
        old.with_suffix(".json").unlink(missing_ok=True)
    found = load_draft(ws, draft_id)
    assert found is not None
    return found


def load_draft(ws: Workspace, draft_id: str) -> Draft | None:
    """A draft by its id, with what using it would do now (None when there is no such draft)."""
    if not _DRAFT_ID.match(draft_id or ""):
        return None
    path = drafts_dir(ws) / f"{draft_id}.yaml"
    try:
        meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        read = load_rubric_file(path)
    except (OSError, ValueError, RubricError):
        return None
    own = _own_points_rubric(ws)
    rubric = copy.deepcopy(read)
    merge = merge_corrections(rubric, own) if own is not None else None
    target = ws.rubric_file() if ws.rubric_file() is not None else _new_target(ws, meta["name"])
    assert target is not None
    changes = merge_lines(merge, _relative(ws, target), written=False) if merge is not None else []
    items = understood(rubric)
    on_cards = {f"第{it.id}项：{doubt}" for it in items for doubt in it.unsure}  # shown with their item already
    return Draft(draft_id, str(meta.get("name") or ""), read, rubric, merge, target, items,
                 [n for n in review_notes(rubric) if n not in on_cards], changes, current_rubric_label(ws), own is not None and own.id == rubric.id)


def use_draft(ws: Workspace, conn, draft_id: str) -> Draft:
    """Make a draft the archive's rubric, inside the writing session `conn`: its YAML written atomically (the
    user's corrections kept, as re-read now), and taizhang.toml pointed at it when the archive used another. The
    draft is gone afterwards. RubricError when there is no such draft."""
    require_writer(conn)
    draft = load_draft(ws, draft_id)
    if draft is None:
        raise RubricError("找不到这份导入的评分表（可能已经使用过，或已被更新的导入替换）。",
                          remedy="请重新上传评分表文件。")
    write_output_text(draft.target, dump_rubric_yaml(draft.rubric))
    if ws.rubric_file() != draft.target:
        relative = _relative(ws, draft.target)
        update_config(ws, lambda data: data.setdefault("archive", {}).__setitem__("rubric", relative),
                      what="评分表的设置")
    for leftover in (drafts_dir(ws) / f"{draft_id}.yaml", drafts_dir(ws) / f"{draft_id}.json"):
        leftover.unlink(missing_ok=True)
    return draft


def corrected_items(rubric: Rubric) -> list[str]:
    """The items of an imported rubric a person corrected: they differ from what the import read for them (these are
    the ones a re-import of the same table keeps)."""
    return [it.id for it in rubric.items() if it.id in rubric.imported and fingerprint(it) != rubric.imported[it.id]]


def own_rubric_item(ws: Workspace, item_id: str) -> tuple[Rubric | None, Item | None]:
    """The archive's own rubric file (None for a bundled rubric, which cannot be corrected here) and its item."""
    own = _own_points_rubric(ws)
    return own, (own.item(item_id) if own is not None else None)


def correct_item(ws: Workspace, conn, item_id: str, text: str) -> Item:
    """Replace one item's requirements, scoring rules and filing words in the archive's own rubric file by those
    written in `text`, inside the writing session `conn`: validated as the loader validates a rubric file
    (RubricError naming the line of `text` for each problem; nothing written), then the file written atomically.
    The item now differs from what the import read for it, so a re-import of the same table keeps it."""
    require_writer(conn)
    own = ws.rubric_file()
    rubric = _own_points_rubric(ws)
    if own is None or rubric is None:
        raise RubricError("本档案使用的是内置评分表，不能在这里改正。",
                          remedy="请先在“评分表”页面导入本地的评分表（Word/Excel），再改正其中的评分项。")
    item = rubric.item(item_id)
    if item is None:
        raise RubricError(f"评分表中没有第{item_id}项。", remedy="请从“评分表”页面的评分项列表进入。")
    corrected = item_from_yaml(text, item, str(own))
    for name in EDITABLE_ITEM_KEYS:
        setattr(item, name, getattr(corrected, name))
    write_output_text(own, dump_rubric_yaml(rubric))
    return item
