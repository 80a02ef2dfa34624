"""A file sent to the page (or the JSON API) joins the archive: saved under the archive folder without ever
overwriting or leaving it, read at once (ingest of that one file, in its writing session), optionally filed to an
item, and answered with what was read and the suggested items."""

from __future__ import annotations

import datetime as dt
import os
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from archive.errors import UPLOAD_BAD_NAME, UPLOAD_BAD_TYPE, UPLOAD_TOO_LARGE, UnknownItem, UploadRefused
from archive.workspace import CONFIG_NAME, STATE_DIR_NAME, Workspace

COPY_CHUNK_BYTES = 1024 * 1024
MAX_NAME_CHARS = 200  # a file name longer than this is refused (Windows paths stop at 260 characters)
MAX_COPY_NUMBER = 999  # "名称 (2).docx" … "名称 (999).docx", then refused
SUGGESTIONS_SHOWN = 3
ZIP_SUFFIX = ".zip"
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
    # What the workbench page shows besides (not part of the API's answer, `to_json`):
    id: int | None = None  # the catalog row
    title: str | None = None
    meeting_type: str | None = None
    date_source: str | None = None  # content | signature | exif | filename | mtime
    date_precision: str | None = None  # day | month | year
    duplicate_of: str | None = None  # the path of the file with the same bytes (filings follow it)
    warnings: list[str] = field(default_factory=list)
    sent_as: str | None = None  # the name it was sent under (a zip member: 压缩包名/成员路径)
    hold: str | None = None  # why automation files it nowhere (another year's, another organisation's …)

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
    if suffix == ZIP_SUFFIX:
        raise UploadRefused(f"「{name}」是压缩包，这里不解压，没有保存。", UPLOAD_BAD_TYPE,
                            remedy="请在“添加材料”页面上传（.zip 会解压到档案中），或解压后上传其中的文件。")
    if suffix in ARCHIVE_SUFFIXES:
        raise UploadRefused(f"「{name}」是 {suffix} 压缩包，只能解压 .zip，没有保存。", UPLOAD_BAD_TYPE,
                            remedy="请解压后上传其中的文件，或把文件夹压缩成 .zip 后上传。")
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
    """Save one file, read it, file it to `item` when given, and suggest (the JSON API: a refusal raises)."""
    rubric_item = _checked_item(ws, item)
    from archive.handle import Archive

    with Archive(ws).writing("serve：上传", wait_seconds=lock_wait) as conn:
        rel = save_upload(ws, name, stream, folder)
        failed = _read_and_file(ws, conn, [rel], rubric_item, who)
    if rel in failed:
        return Added(path=rel, kind=None, date=None, error=failed[rel], sent_as=name)
    return _read_back_paths(ws, [(name, rel)])[0]


# --- several files, or a folder sent as a .zip (the workbench's 添加材料 page) ---------------------------------------

ZIP_UTF8_FLAG = 0x800  # general purpose bit 11: the member's name is UTF-8
ZIP_ENCRYPTED_FLAG = 0x1
# What zip tools add beside a folder's files: never evidence, not worth a refusal line each.
ZIP_JUNK = re.compile(r"(?:^|/)(?:__MACOSX|\.DS_Store|Thumbs\.db|desktop\.ini|~\$[^/]*)(?:/|$)", re.I)


@dataclass
class Refused:
    """A file (or a zip's member: 压缩包名/成员路径) that was not saved, and why, in Chinese."""

    name: str
    message: str
    remedy: str = ""

    def to_json(self) -> dict:
        return {"name": self.name, "error": self.message, "remedy": self.remedy}


@dataclass
class UploadBatch:
    added: list[Added] = field(default_factory=list)  # saved (read, or saved and unreadable), in the order sent
    refused: list[Refused] = field(default_factory=list)

    @property
    def ids(self) -> list[int]:
        return [a.id for a in self.added if a.id is not None]

    def to_json(self) -> dict:
        return {"added": [a.to_json() | {"error": a.error} for a in self.added],
                "refused": [r.to_json() for r in self.refused]}


def _checked_item(ws: Workspace, item: str | None) -> str | None:
    from archive.item_ids import normalize_item_id

    if not item:
        return None
    rubric = ws.rubric()
    item = normalize_item_id(item)
    if rubric.item(item) is None:
        raise UnknownItem(f"评分项「{item}」不在评分表 {rubric.id} 中，文件没有保存。")
    return item


def _read_and_file(ws: Workspace, conn, rels: list[str], item: str | None, who: str | None) -> dict[str, str]:
    """Inside the caller's writing session: read the saved files (ingest of them alone) and file the readable ones
    to `item`; returns {path: why it could not be read}."""
    from archive.filing import file_evidence
    from archive.pipelines.ingest import ingest

    report = ingest(ws, [ws.root / rel for rel in rels], session=conn)
    failed = dict(report.failed)
    readable = [rel for rel in rels if rel not in failed]
    if item and readable:
        file_evidence(ws, conn, readable, [item], who=who)
    return failed


def add_files(ws: Workspace, files: list[tuple[str, BinaryIO]], folder: str | None = None, item: str | None = None,
              who: str | None = None, lock_wait: float | None = None) -> UploadBatch:
    """Save several files (a .zip is unpacked: `save_zip`) under `folder`, read them, file them to `item` when
    given, and read each back. One writing session from the first byte saved to the last filing, so a busy archive
    (ArchiveBusy) saves nothing. A name that cannot be used, a type ingest cannot read or a file over the size limit
    is refused on its own (`UploadBatch.refused`) and the others go on; an unknown item or a folder outside the
    archive refuses the whole request before anything is saved."""
    from archive.handle import Archive

    rubric_item = _checked_item(ws, item)
    checked_folder(ws, folder)
    saved: list[tuple[str, str]] = []  # (name sent, archive-relative path)
    refused: list[Refused] = []
    with Archive(ws).writing("serve：添加材料", wait_seconds=lock_wait) as conn:
        for name, stream in files:
            try:
                if PurePosixPath((name or "").replace("\\", "/")).suffix.lower() == ZIP_SUFFIX:
                    members, problems = save_zip(ws, name, stream, folder)
                    saved.extend(members)
                    refused.extend(problems)
                else:
                    saved.append((name, save_upload(ws, name, stream, folder)))
            except UploadRefused as exc:
                refused.append(Refused(name or "（无名文件）", exc.message, exc.remedy))
        failed = _read_and_file(ws, conn, [rel for _, rel in saved], rubric_item, who) if saved else {}
    added = _read_back_paths(ws, saved)
    for a in added:
        if a.path in failed and not a.error:
            a.error = failed[a.path]
    return UploadBatch(added=added, refused=refused)


def _member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as its maker wrote it. Zip tools on Chinese Windows write GBK names without the UTF-8 flag,
    which zipfile decodes as cp437; those bytes are decoded again (UTF-8 first: some tools omit the flag)."""
    if info.flag_bits & ZIP_UTF8_FLAG:
        return info.filename
    raw = info.filename.encode("cp437")
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return info.filename


def _spool(stream: BinaryIO, target: Path, limit: int, name: str) -> None:
    written = 0
    with open(target, "wb") as out:
        while chunk := stream.read(COPY_CHUNK_BYTES):
            written += len(chunk)
            if written > limit:
                raise UploadRefused(f"「{name}」超过 {limit // (1024 * 1024)} MB 的上限，没有保存。", UPLOAD_TOO_LARGE,
                                    remedy="请分成几个较小的压缩包上传；上限可在 taizhang.toml 的 [limits] max_file_bytes 调整。")
            out.write(chunk)


def save_zip(ws: Workspace, name: str, stream: BinaryIO, folder: str | None = None
             ) -> tuple[list[tuple[str, str]], list[Refused]]:
    """Unpack a .zip (a folder sent whole) under `folder`, within ingest's limits for containers (member count,
    unpacked size, compression ratio: extract/safety.check_zip_limits) and the size limit per file. A zip whose
    members share one top folder keeps it; otherwise they go into a folder named after the zip (as Windows'
    全部解压缩 does). Each member is saved as `save_upload` saves a file: a path with `..`, a drive or a leading /
    is refused, an existing name gets " (2)". Returns ([(压缩包名/成员, saved path)], refusals)."""
    import tempfile
    import zlib

    from archive.extract.base import ExtractionFailed, reason_text
    from archive.extract.registry import ARCHIVE_SUFFIXES
    from archive.extract.safety import check_zip_limits

    name = checked_name(name)
    base = checked_folder(ws, folder)
    limits = ws.config.limits
    saved: list[tuple[str, str]] = []
    refused: list[Refused] = []
    with tempfile.TemporaryDirectory(prefix="taizhang-upload-") as tmp:
        local = Path(tmp) / "upload.zip"
        _spool(stream, local, int(limits.max_file_bytes), name)
        try:
            check_zip_limits(local, limits)
        except ExtractionFailed as exc:
            raise UploadRefused(f"「{name}」没有解压：{reason_text(exc.reason, exc.detail)}。", UPLOAD_TOO_LARGE,
                                remedy="请分成几个较小的压缩包上传；上限见 taizhang.toml 的 [limits]（zip_max_members、"
                                       "zip_max_uncompressed_bytes、zip_max_ratio）。") from exc
        with zipfile.ZipFile(local) as zf:
            members = [(_member_name(i).replace("\\", "/"), i) for i in zf.infolist() if not i.is_dir()]
            members = [(m, i) for m, i in members if not ZIP_JUNK.search(m)]
            tops = {m.lstrip("/").split("/", 1)[0] if "/" in m.lstrip("/") else None for m, _ in members}
            inner = [] if len(tops) == 1 and None not in tops else [PurePosixPath(name).stem.strip()]
            for member, info in members:
                sent = f"{name}/{member}"
                parts = member.split("/")
                try:
                    if member.startswith("/") or _DRIVE.match(member) or ".." in parts:
                        raise _refuse_name("压缩包中的路径", member)
                    if info.flag_bits & ZIP_ENCRYPTED_FLAG:
                        raise UploadRefused(f"「{sent}」设置了密码，无法解压，没有保存。", UPLOAD_BAD_TYPE,
                                            remedy="请解压后上传，或重新压缩时不设密码。")
                    if (info.external_attr >> 16) & 0o170000 == 0o120000:
                        raise UploadRefused(f"「{sent}」是一个链接，不是文件，没有保存。", UPLOAD_BAD_TYPE,
                                            remedy="请把链接指向的文件本身放进压缩包。")
                    if PurePosixPath(parts[-1]).suffix.lower() in ARCHIVE_SUFFIXES:
                        raise UploadRefused(f"「{sent}」是压缩包中的压缩包，不再解压，没有保存。", UPLOAD_BAD_TYPE,
                                            remedy="请先解压它，再上传其中的文件或重新压缩成一个 .zip。")
                    sub = checked_folder(ws, "/".join([*base.parts, *inner, *parts[:-1]]))
                    with zf.open(info) as source:
                        saved.append((sent, save_upload(ws, parts[-1], source, sub.as_posix())))
                except UploadRefused as exc:
                    refused.append(Refused(sent, exc.message, exc.remedy))
                except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
                    refused.append(Refused(sent, f"「{sent}」无法解压（{type(exc).__name__}），没有保存。",
                                           "压缩包可能已损坏，请重新压缩后上传。"))
    return saved, refused


# --- what a saved file was read as ----------------------------------------------------------------------------------

def read_back(ws: Workspace, conn, ids: list[int], sent_as: dict[int, str] | None = None) -> list[Added]:
    """What the catalog holds for each file (in the order of `ids`; gone ones left out): kind, date and where it
    came from, the items it is filed to (a byte copy: its original's), why automation will not file it, and the
    suggested items (one ranking for them all)."""
    from archive.catalog import iter_evidence
    from archive.catalog.evidence import at_path
    from archive.extract.base import reason_text
    from archive.filing import suggest

    rubric = ws.rubric()
    rows = {ev.id: ev for ev in iter_evidence(conn, ids=ids, rubric_id=rubric.id)}
    original_ids = {}
    for ev in rows.values():
        if ev.duplicate_of and (found := at_path(conn, ev.duplicate_of)):
            original_ids[ev.id] = found[0]
    originals = {ev.id: ev for ev in iter_evidence(conn, ids=set(original_ids.values()), rubric_id=rubric.id)}
    readable = sorted({rows[i].path for i in rows if not rows[i].error})
    ranked = {es.evidence_id: es for es in suggest(ws, conn, paths=readable, top=SUGGESTIONS_SHOWN)} if readable else {}
    out = []
    for eid in ids:
        ev = rows.get(eid)
        if ev is None:
            continue
        source = originals.get(original_ids.get(eid, -1), ev)
        es = ranked.get(source.id)
        hold = es.hold or es.year_hold if es else None
        out.append(Added(
            path=ev.path, kind=ev.kind, date=ev.date, items=sorted(source.items),
            suggestions=[s.to_json() | {"filed": s.filed} for s in es.suggestions] if es else [],
            error=reason_text(ev.error, ev.error_detail or "") if ev.error else None, id=ev.id, title=ev.title,
            meeting_type=ev.meeting_type, date_source=ev.date_source, date_precision=ev.date_precision,
            duplicate_of=ev.duplicate_of, warnings=list(ev.warnings),
            sent_as=(sent_as or {}).get(eid), hold=f"{hold.label}——{hold.detail}" if hold else None))
    return out


def _read_back_paths(ws: Workspace, saved: list[tuple[str, str]]) -> list[Added]:
    from archive.catalog import connect
    from archive.catalog.evidence import at_path

    conn = connect(ws.catalog_path)
    try:
        ids, sent_as, missing = [], {}, []
        for sent, rel in saved:
            found = at_path(conn, rel)
            if found is None:  # not catalogued (a file scan skips): said so rather than dropped
                missing.append(Added(path=rel, kind=None, date=None, error="没有登记（文件已保存，但读取时被跳过）",
                                     sent_as=sent))
                continue
            ids.append(found[0])
            sent_as[found[0]] = sent
        return read_back(ws, conn, ids, sent_as) + missing
    finally:
        conn.close()
