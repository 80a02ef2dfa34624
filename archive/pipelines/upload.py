"""A file sent to the page (or the JSON API) joins the archive: saved under the archive folder without ever
overwriting or leaving it, read at once (ingest of that one file, in its writing session), optionally filed to an
item, and answered with what was read and the suggested items."""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from archive.errors import UPLOAD_BAD_NAME, UPLOAD_BAD_TYPE, UPLOAD_TOO_LARGE, UnknownItem, UploadRefused
from archive.workspace import CONFIG_NAME, STATE_DIR_NAME, Workspace

COPY_CHUNK_BYTES = 1024 * 1024
MAX_NAME_CHARS = 200  # a file name longer than this is refused (Windows paths stop at 260 characters)
MAX_COPY_NUMBER = 999  # "名称 (2).docx" … "名称 (999).docx", then refused
SUGGESTIONS_SHOWN = 3
_DRIVE = re.compile(r"^[A-Za-z]:")
_FORBIDDEN_CHARS = set('<>:"|?*') | {chr(c) for c in range(32)}


@dataclass
class Added:
    path: str  # archive-relative, '/'-separated
    kind: str | None
    date: dt.date | None
    items: list[str] = field(default_factory=list)  # items the file is filed to
    suggestions: list[dict] = field(default_factory=list)
    error: str | None = None  # why it could not be read (the file stays saved)

    def to_json(self) -> dict:
        return {"path": self.path, "kind": self.kind, "date": self.date.isoformat() if self.date else None,
                "items": self.items, "suggestions": self.suggestions}


def _refuse_name(what: str, text: str) -> UploadRefused:
    return UploadRefused(f"{what}「{text[:60]}」不能使用：只能是档案文件夹之内的名称（不能含 ..、盘符或以 / 开头）。",
                         UPLOAD_BAD_NAME, remedy="请改用普通的文件名或文件夹名，如“支委会/2025年3月支委会记录.docx”。")


def checked_folder(ws: Workspace, folder: str | None) -> PurePosixPath:
    """The folder (relative to the archive) a file goes into; `..`, absolute paths, drives, the tool's own folder
    and the output folders (never read by ingest) are refused."""
    text = (folder or "").strip()
    if not text:
        return PurePosixPath()
    if "\x00" in text or _DRIVE.match(text) or text.startswith(("/", "\\")):
        raise _refuse_name("文件夹", text)
    parts = [p for p in re.split(r"[\\/]", text) if p not in ("", ".")]
    if any(p == ".." or set(p) & _FORBIDDEN_CHARS or p != p.strip() or p.endswith(".") for p in parts):
        raise _refuse_name("文件夹", text)
    if parts and (parts[0] == STATE_DIR_NAME or parts[0] in ws.config.output_dirs):
        raise UploadRefused(f"不能把材料放进「{parts[0]}」：这是程序自用或输出报告的文件夹，材料放在这里不会被读取。",
                            UPLOAD_BAD_NAME, remedy="请选择其他文件夹，或不填文件夹（放在档案根目录）。")
    return PurePosixPath(*parts)


def checked_name(name: str | None) -> str:
    """A plain file name: no folder part, no `..`, no drive, no characters Windows cannot store."""
    text = (name or "").strip()
    if (not text or "/" in text or "\\" in text or "\x00" in text or _DRIVE.match(text) or text in (".", "..")
            or text.startswith(".") or set(text) & _FORBIDDEN_CHARS or text.endswith(".")
            or len(text) > MAX_NAME_CHARS or text == CONFIG_NAME):
        raise _refuse_name("文件名", text or "（空）")
    return text


def checked_type(name: str) -> None:
    from archive.extract.registry import ARCHIVE_SUFFIXES, supported_suffixes

    suffix = Path(name).suffix.lower()
    if suffix in ARCHIVE_SUFFIXES:
        raise UploadRefused(f"「{name}」是压缩包，网页上传暂不解压。", UPLOAD_BAD_TYPE,
                            remedy="请解压后上传其中的文件，或把压缩包解压到档案文件夹后运行 taizhang ingest。")
    if suffix not in supported_suffixes():
        raise UploadRefused(f"「{name}」的格式（{suffix or '无扩展名'}）无法读取，没有保存。", UPLOAD_BAD_TYPE,
                            remedy="可以读取的格式：" + "、".join(supported_suffixes()) + "。")


def _numbered(name: str, n: int) -> str:
    p = PurePosixPath(name)
    return f"{p.stem} ({n}){p.suffix}" if n > 1 else name


def save_upload(ws: Workspace, name: str, stream: BinaryIO, folder: str | None = None) -> str:
    """Save `stream` as `folder/name` inside the archive and return its archive-relative path. A name that exists
    gets " (2)", " (3)" … (created exclusively: never overwrites, even racing another upload); a file larger than
    [limits] max_file_bytes is refused and nothing is left behind."""
    name = checked_name(name)
    checked_type(name)
    sub = checked_folder(ws, folder)
    root = ws.root.resolve()
    target_dir = root.joinpath(*sub.parts)
    if not target_dir.resolve().is_relative_to(root):  # a folder that is a link out of the archive
        raise _refuse_name("文件夹", str(sub))
    target_dir.mkdir(parents=True, exist_ok=True)
    if not target_dir.resolve().is_relative_to(root):
        raise _refuse_name("文件夹", str(sub))
    limit = int(ws.config.limits.max_file_bytes)
    for n in range(1, MAX_COPY_NUMBER + 1):
        target = target_dir / _numbered(name, n)
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        written = 0
        try:
            with os.fdopen(fd, "wb") as out:
                while chunk := stream.read(COPY_CHUNK_BYTES):
                    written += len(chunk)
                    if written > limit:
                        raise UploadRefused(f"「{name}」超过 {limit // (1024 * 1024)} MB 的上限，没有保存。",
                                            UPLOAD_TOO_LARGE,
                                            remedy="请压缩或拆分后再上传；上限可在 taizhang.toml 的 [limits] max_file_bytes 调整。")
                    out.write(chunk)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
        return target.relative_to(root).as_posix()
    raise UploadRefused(f"「{name}」已有太多同名文件。", UPLOAD_BAD_NAME, remedy="请给文件改个名字再上传。")


def add_evidence(ws: Workspace, name: str, stream: BinaryIO, folder: str | None = None, item: str | None = None,
                 who: str | None = None, lock_wait: float | None = None) -> Added:
    """Save, read (ingest of that file alone, holding the writer lock), file to `item` when given, and suggest."""
    from archive.catalog import connect, iter_evidence
    from archive.catalog.evidence import at_path
    from archive.filing import file_evidence, suggest
    from archive.handle import Archive
    from archive.item_ids import normalize_item_id
    from archive.pipelines.ingest import ingest

    rubric = ws.rubric()
    if item:
        item = normalize_item_id(item)
        if rubric.item(item) is None:
            raise UnknownItem(f"评分项「{item}」不在评分表 {rubric.id} 中，文件没有保存。")
    rel = save_upload(ws, name, stream, folder)
    report = ingest(ws, [ws.root / rel], lock_wait=lock_wait)
    failed = dict(report.failed)
    if rel in failed:
        return Added(path=rel, kind=None, date=None, error=failed[rel])
    if item:
        with Archive(ws).writing("serve：上传并归档", wait_seconds=lock_wait) as conn:
            file_evidence(ws, conn, [rel], [item], who=who)
    conn = connect(ws.catalog_path)
    try:
        present = at_path(conn, rel)
        ids = [present[0]] if present else []
        ev = next(iter(iter_evidence(conn, ids=ids, include_gone=False, rubric_id=rubric.id)), None)
        found = suggest(ws, conn, paths=[rel], top=SUGGESTIONS_SHOWN)
    finally:
        conn.close()
    suggestions = [s.to_json() | {"filed": s.filed} for s in found[0].suggestions] if found else []
    return Added(path=rel, kind=ev.kind if ev else None, date=ev.date if ev else None,
                 items=sorted(ev.items) if ev else [], suggestions=suggestions,
                 error=ev.error if ev and ev.error else None)
