"""One writer at a time: an OS file lock on `.taizhang/writer.lock`.

The lock is an advisory lock held on an open file (fcntl.flock on POSIX, msvcrt.locking on Windows). The operating
system releases it when the holder's process ends, however it ends, so a lock left by a killed process is never
stale. Readers (search, list, status) never take it; every writer does, through a writing session of
archive/handle.py (`Archive.writing(command)`): ingest, file, unfile, filings import, override and the page's writes.

The wait is bounded: WAIT_SECONDS by default, overridable as `[locking] wait_seconds` in taizhang.toml. While it
waits, `on_wait(holder, waited_seconds)` is called about once per POLL_SECONDS so the CLI can say so in Chinese.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from archive.errors import ArchiveBusy, ConfigError
from archive.workspace import Workspace

LOCK_NAME = "writer.lock"
WAIT_SECONDS = 120.0  # how long a second writer waits before giving up (exit 6)
POLL_SECONDS = 0.2
NOTIFY_EVERY_SECONDS = 5.0  # on_wait is called on the first failed attempt, then this often
CONFIG_SECTION = "locking"
CONFIG_KEYS = ("wait_seconds",)

OnWait = Callable[[str, float], None]  # (who holds the lock, in Chinese; seconds waited so far)


def configured_wait(ws: Workspace) -> float:
    """`[locking] wait_seconds` from taizhang.toml, else WAIT_SECONDS."""
    section = ws.config.section(CONFIG_SECTION)
    unknown = [k for k in section if k not in CONFIG_KEYS]
    if unknown:
        raise ConfigError(f"配置文件 taizhang.toml 的 [{CONFIG_SECTION}] 中有未知设置项「{unknown[0]}」。",
                          remedy="可用的设置项：" + "、".join(CONFIG_KEYS))
    value = section.get("wait_seconds", WAIT_SECONDS)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ConfigError(f"配置文件 taizhang.toml 的 [{CONFIG_SECTION}] wait_seconds 必须是不小于 0 的秒数，现为 {value!r}。")
    return float(value)


def _try_lock(fd: int) -> bool:
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    except OSError as exc:  # e.g. a file system without locks: do not pretend to hold it
        if exc.errno in (11, 13, 35):  # EAGAIN / EACCES / EWOULDBLOCK (macOS)
            return False
        raise


def _unlock(fd: int) -> None:
    if os.name == "nt":  # pragma: no cover
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


def _holder(path: Path) -> str:
    """Who holds the lock, as the holder wrote it (best effort: the file may be mid-write)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return "另一个 taizhang 进程"
    what = data.get("command") or "taizhang"
    pid = data.get("pid")
    since = data.get("since")
    return f"taizhang {what}（进程 {pid}，{since} 开始）" if pid else "另一个 taizhang 进程"


def lock_path(ws: Workspace) -> Path:
    return ws.state_dir / LOCK_NAME


@contextmanager
def writer_lock(ws: Workspace, wait_seconds: float | None = None, on_wait: OnWait | None = None,
                command: str = "") -> Iterator[None]:
    """Hold the archive's writer lock for the `with` body; wait up to `wait_seconds` (None: configured), calling
    `on_wait` while waiting; raise ArchiveBusy (exit 6) after the wait."""
    wait = configured_wait(ws) if wait_seconds is None else float(wait_seconds)
    path = lock_path(ws)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        start = time.monotonic()
        notified_at: float | None = None
        while not _try_lock(fd):
            waited = time.monotonic() - start
            if waited >= wait:
                raise ArchiveBusy(f"档案正被另一个 taizhang 进程写入：{_holder(path)}；已等待 {waited:.0f} 秒。")
            if on_wait is not None and (notified_at is None or waited - notified_at >= NOTIFY_EVERY_SECONDS):
                notified_at = waited
                on_wait(_holder(path), waited)
            time.sleep(min(POLL_SECONDS, max(wait - waited, 0.01)))
        try:
            info = {"pid": os.getpid(), "command": command,
                    "since": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime())}
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, json.dumps(info, ensure_ascii=False).encode("utf-8"))
            yield
        finally:
            try:
                os.ftruncate(fd, 0)
            except OSError:
                pass
            _unlock(fd)
    finally:
        os.close(fd)
