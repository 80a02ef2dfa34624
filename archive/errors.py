"""One error base class: every failure carries a Chinese message, a remedy (提示) and an exit code."""

from __future__ import annotations

# Exit codes, documented in README.md.
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INPUTS_REJECTED = 3
EXIT_NO_ARCHIVE = 4
EXIT_INVALID_DATA = 5
EXIT_BUSY = 6


class TaizhangError(Exception):
    """Base of every error the library raises on purpose; the CLI maps it to a message and an exit code."""

    exit_code = EXIT_ERROR
    default_remedy = ""

    def __init__(self, message: str, remedy: str | None = None):
        super().__init__(message)
        self.message = message
        self.remedy = remedy if remedy is not None else self.default_remedy

    def __str__(self) -> str:
        return self.message


class UsageError(TaizhangError):
    exit_code = EXIT_USAGE


class ArchiveNotFound(TaizhangError):
    exit_code = EXIT_NO_ARCHIVE
    default_remedy = "请在档案文件夹中运行，或用 --archive 指定档案目录；新建档案请运行 taizhang init。"


class ArchiveExists(TaizhangError):
    exit_code = EXIT_USAGE
    default_remedy = "该目录已是台帐档案；如需修改设置，请直接编辑其中的 taizhang.toml。"


class ConfigError(TaizhangError):
    exit_code = EXIT_INVALID_DATA
    default_remedy = "请检查 taizhang.toml 的写法（TOML 格式），或删除出错的设置项以使用默认值。"


class RubricError(TaizhangError):
    """A rubric file is missing, malformed or fails validation; `problems` lists each precise complaint."""

    exit_code = EXIT_INVALID_DATA
    default_remedy = "请按提示修改评分表文件后，用 taizhang rubric validate 文件 再次检查。"

    def __init__(self, message: str, problems: list[str] | None = None, remedy: str | None = None):
        self.problems = problems or []
        full = message if not self.problems else message + "\n" + "\n".join(f"  - {p}" for p in self.problems)
        super().__init__(full, remedy)


class ImportFailed(TaizhangError):
    exit_code = EXIT_INVALID_DATA
    default_remedy = "请确认文件中有一张带表头（序号、内容、标准分等）的评分表格。"


class InputsRejected(TaizhangError):
    """Raised by nobody: the CLI exits with this code when a batch finished but some inputs were rejected."""

    exit_code = EXIT_INPUTS_REJECTED


class CatalogError(TaizhangError):
    default_remedy = "目录数据库可能已损坏：可删除 .taizhang/catalog.sqlite 后重新运行 taizhang ingest（人工归档决定需先导出）。"


class IndexBusy(TaizhangError):
    exit_code = EXIT_BUSY
    default_remedy = "另一个 taizhang 进程正在更新索引，请稍后再试。"


class WriteWithoutLock(TaizhangError):
    """A decision (filing, exclusion, override) was about to be written outside a writing session: a bug in the
    caller, refused before anything is written."""

    default_remedy = "这是程序错误：写入档案必须在持有写入锁的会话中进行。请把这条信息反馈给开发者。"
