"""Errors of the maintenance stage, and the one the CLI uses for a catalog another process holds too long."""

from __future__ import annotations

from archive.errors import EXIT_BUSY, TaizhangError


class CatalogBusy(TaizhangError):
    """SQLite said "database is locked": another process held the catalog longer than the busy timeout."""

    exit_code = EXIT_BUSY
    default_remedy = "另一个 taizhang 进程正在写入目录数据库，请等它结束后再试。"

    def __init__(self, detail: str = ""):
        super().__init__("目录数据库正被另一个 taizhang 进程使用，等待超时" + (f"（{detail}）" if detail else "") + "。")


def is_locked_error(exc: BaseException) -> bool:
    """Whether an exception is SQLite's "database is locked" / "database table is locked" / busy."""
    import sqlite3

    return isinstance(exc, sqlite3.OperationalError) and any(
        word in str(exc).lower() for word in ("database is locked", "table is locked", "database is busy"))
