"""Find the evidence files of an archive: skip our own state and outputs, refuse links leading outside."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

from archive.errors import UsageError
from archive.extract.base import REASON_OUTSIDE, REASON_SPECIAL
from archive.workspace import CONFIG_NAME, STATE_DIR_NAME

# Files the operating system or Office leave behind; never evidence.
JUNK_NAMES = frozenset({"thumbs.db", "desktop.ini", ".ds_store", CONFIG_NAME})
JUNK_PREFIXES = ("~$", ".~lock.", "._")


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


def _is_junk(name: str) -> bool:
    return name.lower() in JUNK_NAMES or name.startswith(JUNK_PREFIXES)


def _inside(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
        return True
    except ValueError:
        return False


def scan(root: Path, targets: list[Path] | None = None, skip_dirs: list[str] | None = None) -> ScanResult:
    """Walk `targets` (default: the whole archive) and list regular files with their stat."""
    root = root.resolve()
    skipped = {STATE_DIR_NAME, *(skip_dirs or [])}
    files: list[FoundFile] = []
    refused: list[Refused] = []
    scopes: list[str] = []

    def rel_of(p: Path) -> str:
        return p.relative_to(root).as_posix()

    def visit_file(p: Path, st: os.stat_result) -> None:
        files.append(FoundFile(rel_of(p), p, st.st_size, st.st_mtime_ns))

    def visit_link(p: Path) -> None:
        target = Path(os.path.realpath(p))
        if not _inside(target, root):
            refused.append(Refused(rel_of(p), REASON_OUTSIDE, f"指向 {target}"))
            return
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
        absolute = Path(os.path.abspath(target))
        if not _inside(absolute, root):
            raise UsageError(f"{target} 不在档案目录 {root} 之内。", remedy="只能整理档案目录中的文件。")
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
    return ScanResult(sorted(unique.values(), key=lambda f: f.rel), refused, scopes)


def in_scope(rel: str, scopes: list[str]) -> bool:
    return any(s == "" or rel == s or rel.startswith(s + "/") for s in scopes)
