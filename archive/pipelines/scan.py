"""Find the evidence files of an archive: skip our own state and outputs, refuse links leading outside."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from archive.errors import StateDirTarget, UsageError
from archive.extract.base import REASON_OUTSIDE, REASON_SPECIAL
from archive.workspace import CONFIG_NAME, STATE_DIR_NAME

# Files the operating system or Office leave behind; never evidence.
JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store", CONFIG_NAME})
JUNK_PREFIXES = ("~$", ".~lock.", "._")
# A read-me at the archive's root describes the archive (the demo's README.md describes the sample); not evidence.
ROOT_README_NAMES = frozenset({"readme.md", "readme.txt", "readme"})
README_NOTE = "档案根目录的说明文件，不作为材料"
REASON_BAD_NAME = "文件名编码无效"


@dataclass
class FoundFile:
    rel: str  # '/'-separated, relative to the archive root
    path: Path
    size: int
    mtime_ns: int


@dataclass
class Refused:
    rel: str
    reason: str
    detail: str


@dataclass
class ScanResult:
    files: list[FoundFile]
    refused: list[Refused]
    scopes: list[str]  # '' for the whole archive, else the relative folders/files scanned
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (rel path, Chinese note): seen, not evidence


def _is_junk(name: str) -> bool:
    return name.lower() in JUNK_NAMES or name.startswith(JUNK_PREFIXES)


def _shown_name(name: str) -> str:
    """A file name as the user would read it: undecodable bytes are tried as GBK (GB18030)."""
    raw = os.fsencode(name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace")


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def resolve_target(root: Path, target: Path) -> Path:
    """An absolute path for a target as typed: relative to the current folder, or else, when that does not exist
    but the path exists relative to the archive root (typed from another folder), relative to the root."""
    absolute = Path(os.path.abspath(target))
    if not target.is_absolute() and not (absolute.exists() or absolute.is_symlink()):
        from_root = Path(os.path.abspath(root / target))
        if from_root.exists() or from_root.is_symlink():
            return from_root
    return absolute


def scan(root: Path, targets: list[Path] | None = None, skip_dirs: list[str] | None = None) -> ScanResult:
    """Walk `targets` (default: the whole archive) and list regular files with their stat."""
    root = root.resolve()
    state_dir = root / STATE_DIR_NAME
    skipped = {STATE_DIR_NAME, *(skip_dirs or [])}
    files: list[FoundFile] = []
    refused: list[Refused] = []
    scopes: list[str] = []
    notes: list[tuple[str, str]] = []

    def rel_of(p: Path) -> str:
        return p.relative_to(root).as_posix()

    def visit_file(p: Path, st: os.stat_result) -> None:
        rel = rel_of(p)
        try:
            rel.encode("utf-8")
        except UnicodeEncodeError:  # bytes that are not UTF-8 (a GBK name from an old PC or a zip): cannot be stored
            shown = "/".join(_shown_name(part) for part in rel.split("/"))
            refused.append(Refused(shown, REASON_BAD_NAME, "文件名不是 UTF-8 编码（多来自旧电脑或压缩包），请重命名后再整理"))
            return
        if "/" not in rel and rel.lower() in ROOT_README_NAMES:
            notes.append((rel, README_NOTE))
            return
        files.append(FoundFile(rel, p, st.st_size, st.st_mtime_ns))

    def visit_link(p: Path) -> None:
        target = Path(os.path.realpath(p))
        if not _inside(target, root):
            refused.append(Refused(rel_of(p), REASON_OUTSIDE, f"指向 {target}"))
            return
        if _inside(target, state_dir):
            return  # our own state is never evidence, whatever leads to it
        if target.is_file():
            visit_file(p, target.stat())
        # a link to a folder inside the archive is walked where the folder itself stands

    def walk(folder: Path) -> None:
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            refused.append(Refused(rel_of(folder) or ".", REASON_SPECIAL, f"无法读取文件夹：{exc.strerror}"))
            return
        for entry in entries:
            p = Path(entry.path)
            if entry.is_symlink():
                if not _is_junk(entry.name):
                    visit_link(p)
                continue
            if entry.is_dir(follow_symlinks=False):
                if entry.name.startswith(".") or (folder == root and entry.name in skipped):
                    continue
                if rel_of(p) in skipped:
                    continue
                walk(p)
                continue
            if _is_junk(entry.name) or entry.name.startswith("."):
                continue
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(st.st_mode):
                visit_file(p, st)
            else:
                refused.append(Refused(rel_of(p), REASON_SPECIAL, "设备、管道或套接字等特殊文件"))

    for target in targets or [root]:
        absolute = resolve_target(root, Path(target))
        if not _inside(absolute, root) and _inside(Path(os.path.realpath(absolute)), root):
            absolute = Path(os.path.realpath(absolute))  # the archive reached through a linked folder
        if not _inside(absolute, root):
            raise UsageError(f"{target} 不在档案目录 {root} 之内。", remedy="只能整理档案目录中的文件。")
        if _inside(absolute, state_dir) or _inside(Path(os.path.realpath(absolute)), state_dir):
            raise StateDirTarget(f"{target} 在 {STATE_DIR_NAME}/ 之内：那是 taizhang 自己的目录、索引和缓存，不是档案材料。",
                                 remedy="请指定档案材料所在的文件夹或文件，或不带路径运行 taizhang ingest。")
        if not absolute.exists() and not absolute.is_symlink():
            raise UsageError(f"找不到 {target}。")
        scopes.append("" if absolute == root else rel_of(absolute))
        if absolute.is_symlink():
            visit_link(absolute)
        elif absolute.is_dir():
            walk(absolute)
        else:
            st = absolute.stat()
            if stat.S_ISREG(st.st_mode):
                visit_file(absolute, st)
            else:
                refused.append(Refused(rel_of(absolute), REASON_SPECIAL, "设备、管道或套接字等特殊文件"))
    unique = {f.rel: f for f in files}
    return ScanResult(sorted(unique.values(), key=lambda f: f.rel), refused, scopes, notes)


def in_scope(rel: str, scopes: list[str]) -> bool:
    return any(s == "" or rel == s or rel.startswith(s + "/") for s in scopes)
