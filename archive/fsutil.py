"""Small file-system helpers: atomic writes (with the user's umask, and Chinese errors for outputs) and hashing."""

from __future__ import annotations

import errno
import hashlib
import os
import stat
import tempfile
import threading
from pathlib import Path

from archive.errors import OutputNotWritable, OutputPathInvalid, TaizhangError

HASH_CHUNK_BYTES = 1 << 20
DEFAULT_FILE_MODE = 0o666  # before the umask, as open() creates a file
DEFAULT_DIR_MODE = 0o777
_UMASK_LOCK = threading.Lock()


def current_umask() -> int:
    """The process's umask, read without changing it where the system says (Linux), else set and restored."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    with _UMASK_LOCK:
        mask = os.umask(0o022)
        os.umask(mask)
    return mask


def created_mode(directory: bool = False) -> int:
    """The permission bits a new file (or folder) gets from the user's umask: 0644 (0755) usually."""
    return (DEFAULT_DIR_MODE if directory else DEFAULT_FILE_MODE) & ~current_umask()


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, fsync it, then rename it into place. The file gets the permissions
    of the one it replaces, or of any new file (the user's umask), not the temporary file's private 0600."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if os.name != "nt":
            try:
                mode = stat.S_IMODE(os.stat(path).st_mode)
            except OSError:
                mode = created_mode()
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


def _file_in_the_way(path: Path) -> Path | None:
    """The first folder of `path` that is in fact a file (`自评表.docx/x.docx` → 自评表.docx)."""
    for parent in reversed(path.parents):
        if parent.exists() and not parent.is_dir():
            return parent
    return None


def _nearest_existing(path: Path) -> Path:
    for parent in path.parents:
        if parent.exists():
            return parent
    return path.parent


def output_error(path: Path, exc: OSError) -> TaizhangError:
    """The Chinese error for an output that could not be written, saying why: a file on the way, a folder given as
    the file, a full disk, a read-only file or folder, or (on Windows) a file another program holds open."""
    path = Path(path)
    blocker = _file_in_the_way(path)
    if blocker is not None or isinstance(exc, NotADirectoryError | FileExistsError):
        where = f"「{blocker}」" if blocker is not None else "路径中的一部分"
        return OutputPathInvalid(f"无法写入 {path}：{where}是一个文件，不是文件夹。")
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return OutputPathInvalid(f"无法写入 {path}：这是一个文件夹。", remedy="请用 -o 指定一个文件名。")
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return OutputNotWritable(f"磁盘空间不足，无法写入 {path}。", remedy="请清理磁盘空间，或用 -o 写到另一个磁盘。")
    if isinstance(exc, PermissionError) or exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        folder = _nearest_existing(path)
        if exc.errno == errno.EROFS or not os.access(folder, os.W_OK):
            return OutputNotWritable(f"文件夹 {folder} 是只读的（或没有写入权限），无法在其中写入 {path.name}。",
                                     remedy="请用 -o 写到有写入权限的文件夹，如“文档”或桌面。")
        if path.exists() and (not os.access(path, os.W_OK) or _read_only_attribute(path)):
            return OutputNotWritable(f"文件 {path} 是只读的，无法覆盖。",
                                     remedy="请在文件属性中取消“只读”，或用 -o 写到另一个文件名。")
        return OutputNotWritable(f"文件 {path} 正被其他程序打开（如 WPS、Word），请关闭后重试。")
    return OutputNotWritable(f"无法写入 {path}：{exc.strerror or exc}。")


def _read_only_attribute(path: Path) -> bool:
    """Windows' 只读 attribute (on other systems the permission bits, which os.access reads)."""
    attrs = getattr(os.stat(path), "st_file_attributes", 0)
    return bool(attrs & getattr(stat, "FILE_ATTRIBUTE_READONLY", 0))


def write_output_bytes(path: Path, data: bytes) -> None:
    """atomic_write_bytes for a file the user asked for (-o, a backup, taizhang.toml): when it cannot be written,
    a Chinese error (OutputNotWritable, OutputPathInvalid) with its exit code, never an OSError traceback."""
    try:
        atomic_write_bytes(path, data)
    except OSError as exc:
        raise output_error(Path(path), exc) from exc


def write_output_text(path: Path, text: str) -> None:
    write_output_bytes(path, text.encode("utf-8"))


def make_output_dir(path: Path) -> None:
    """mkdir -p for a folder the user asked for, with the same Chinese errors."""
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        blocker = path if path.exists() and not path.is_dir() else _file_in_the_way(path)
        if blocker is not None:
            raise OutputPathInvalid(f"无法在 {path} 中写入：「{blocker}」是一个文件，不是文件夹。",
                                    remedy="请指定一个文件夹（不存在时会新建）。") from exc
        raise output_error(path, exc) from exc


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(HASH_CHUNK_BYTES):
            h.update(chunk)
    return h.hexdigest()
