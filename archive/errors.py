"""Every error the library raises on purpose, in one place: each carries a Chinese message, a remedy (提示) and an
exit code. The CLI prints the message and the remedy and exits with the code; the page shows them.

A class per situation a caller may want to tell apart, grouped by the stage that raises it; the stages' own modules
re-export the names they raised before (archive/extract/base.py's ExtractionFailed, archive/locking.py's ArchiveBusy
…), so both spellings import the same class.
"""

from __future__ import annotations

import enum

# Exit codes, documented in README.md (退出码).
EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INPUTS_REJECTED = 3
EXIT_NO_ARCHIVE = 4
EXIT_INVALID_DATA = 5
EXIT_BUSY = 6
EXIT_CANNOT_WRITE = 7
EXIT_CANCELLED = 130  # 128 + SIGINT, as shells report a command ended by Ctrl-C


class TaizhangError(Exception):
    """Base of every error the library raises on purpose; the CLI maps it to a message and an exit code. Raised as
    is only with a remedy of its own: a subclass names the situation."""

    exit_code = EXIT_ERROR
    default_remedy = ""

    def __init__(self, message: str, remedy: str | None = None):
        super().__init__(message)
        self.message = message
        self.remedy = remedy if remedy is not None else self.default_remedy

    def __str__(self) -> str:
        return self.message


class UsageError(TaizhangError):
    """The command was asked for something it cannot do as written. The message itself says what to write instead,
    so the base class has no generic remedy; each subclass below has its own."""

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
        super().__init__(_listed(message, self.problems), remedy)


def _listed(message: str, problems: list[str]) -> str:
    """A message followed by its problems, one an indented line."""
    return message if not problems else message + "\n" + "\n".join(f"  - {p}" for p in problems)


class ImportFailed(TaizhangError):
    exit_code = EXIT_INVALID_DATA
    default_remedy = "请确认文件中有一张带表头（序号、内容、标准分等）的评分表格。"


class InputsRejected(TaizhangError):
    """Raised by nobody: the CLI exits with this code when a batch finished but some inputs were rejected."""

    exit_code = EXIT_INPUTS_REJECTED
    default_remedy = "用 taizhang list --errors 查看无法读取的文件及原因。"


class CatalogError(TaizhangError):
    default_remedy = "目录数据库可能已损坏：可删除 .taizhang/catalog.sqlite 后重新运行 taizhang ingest（人工归档决定需先导出）。"


class ArchiveBusy(TaizhangError):
    """Another taizhang process holds what this one needs and did not let go within the wait: the archive's writer
    lock (locking.py), the search index's write lock (indexer/index.py) or the catalog database itself (SQLite's
    busy timeout). One class for the three, because to the user they are one situation with one exit code (6):
    wait for the other process, then try again. The message says which; `index()` and `catalog()` build the
    message and remedy of the last two."""

    exit_code = EXIT_BUSY
    default_remedy = "请等另一个 taizhang 进程（如 ingest）结束后再运行；可在 taizhang.toml 的 [locking] wait_seconds 调整等待时间。"

    @classmethod
    def index(cls) -> ArchiveBusy:
        """The search index's write lock stayed taken longer than the index's own timeout."""
        return cls("检索索引正被另一个程序更新，等待超时", remedy="另一个 taizhang 进程正在更新索引，请稍后再试。")

    @classmethod
    def catalog(cls, detail: str = "") -> ArchiveBusy:
        """SQLite said "database is locked": another process held the catalog longer than the busy timeout."""
        return cls("目录数据库正被另一个 taizhang 进程使用，等待超时" + (f"（{detail}）" if detail else "") + "。",
                   remedy="另一个 taizhang 进程正在写入目录数据库，请等它结束后再试。")


IndexBusy = ArchiveBusy  # the name the index used; it raises ArchiveBusy.index()


def is_locked_error(exc: BaseException) -> bool:
    """Whether an exception is SQLite's "database is locked" / "database table is locked" / busy."""
    import sqlite3

    return isinstance(exc, sqlite3.OperationalError) and any(
        word in str(exc).lower() for word in ("database is locked", "table is locked", "database is busy"))


class WriteWithoutLock(TaizhangError):
    """A decision (filing, exclusion, override) was about to be written outside a writing session: a bug in the
    caller, refused before anything is written."""

    default_remedy = "这是程序错误：写入档案必须在持有写入锁的会话中进行。请把这条信息反馈给开发者。"


# --- extract: reading one file ----------------------------------------------------------------------------------


class ExtractionFailed(TaizhangError):
    """A file could not be read; `reason` is one of extract/base.py's REASON_* words, `detail` says more (Chinese).
    Ingest records it against the file and goes on (the batch then exits 3); it reaches a user as an error only
    where one file was all there was to read."""

    exit_code = EXIT_INPUTS_REJECTED
    default_remedy = "可用 Word、WPS 或 Excel 打开这个文件，另存为 .docx、.xlsx 或 PDF 后放回档案，再运行 taizhang ingest。"

    def __init__(self, reason: str, detail: str = "", remedy: str | None = None):
        super().__init__(f"{reason}（{detail}）" if detail else reason, remedy)
        self.reason = reason
        self.detail = detail

    def __reduce__(self):  # across the worker pool: rebuilt from reason and detail, not from the shown message
        return (type(self), (self.reason, self.detail, self.remedy))


class OcrError(TaizhangError):
    """The OCR engine could not run on an image (callers record a warning and go on)."""

    default_remedy = "可先用 taizhang ingest --no-ocr 读取；确认已安装 rapidocr-onnxruntime 后再运行 taizhang ingest 补做文字识别。"


class Word97Error(TaizhangError):
    """The file is not a Word 97 document the built-in reader understands (the caller falls back to LibreOffice)."""

    exit_code = EXIT_INVALID_DATA
    default_remedy = "可用 Word 或 WPS 打开后另存为 .docx。"


# --- indexer: the search index ------------------------------------------------------------------------------------


class IndexState(enum.Enum):
    """What state the search index is in (indexer/index.py `check_index`)."""

    OK = "ok"
    MISSING = "missing"
    STALE = "stale"
    BROKEN = "broken"


INDEX_STATE_MESSAGES = {
    IndexState.MISSING: "检索索引不存在",
    IndexState.STALE: "检索索引由旧版本建立，需要重建",
    IndexState.BROKEN: "检索索引已损坏",
}


class IndexUnavailable(TaizhangError):
    """The index cannot be used as it is; the caller rebuilds it from the catalog (`rebuild`)."""

    default_remedy = "请运行 taizhang reindex 重建检索索引（原始文件和归档决定不受影响）。"

    def __init__(self, state: IndexState, detail: str = "", remedy: str | None = None):
        message = INDEX_STATE_MESSAGES.get(state, "检索索引不可用")
        if detail:
            message = f"{message}：{detail}"
        super().__init__(message, remedy)
        self.state = state


class IndexMissing(IndexUnavailable):
    def __init__(self, detail: str = ""):
        super().__init__(IndexState.MISSING, detail)


class IndexStale(IndexUnavailable):
    def __init__(self, detail: str = ""):
        super().__init__(IndexState.STALE, detail)


class IndexBroken(IndexUnavailable):
    def __init__(self, detail: str = ""):
        super().__init__(IndexState.BROKEN, detail)


class FastSearchUnsupported(TaizhangError):
    """The query holds a node the fast evaluator (indexer/engine.py) does not know; the caller falls back to
    Whoosh's own searcher, which gives the same results, only slower. Never reaches a user."""

    default_remedy = "检索已改用 Whoosh 的标准算法，结果相同，只是较慢；无需处理。"


# --- filing: items, evidence, decisions --------------------------------------------------------------------------


class UnknownItem(UsageError):
    """An item id that is not in the archive's rubric (filing, overrides, status --item)."""

    default_remedy = "用 taizhang rubric show 查看本档案评分表的全部序号。"


class UnknownEvidence(UsageError):
    """A path that names no file of the catalog (file, unfile, suggest)."""

    default_remedy = "请先运行 taizhang ingest 登记材料；用 taizhang list 查看已登记的文件路径。"


class TransferError(UsageError):
    """A filings export or import file that cannot be written or read as one (filing/transfer.py)."""

    default_remedy = "导出/导入文件须为 .csv 或 .xlsx，首行为列名：path, sha256, item, source, score, who, at, note"


# --- assess: overrides ------------------------------------------------------------------------------------------


class BadOverride(UsageError):
    """An override's status or score that the item cannot take."""

    default_remedy = ("状态写 missing、partial、review、covered（或 缺少材料、部分达标、待人工确认、已达标）；"
                      "分数在 0 到本项分值之间。")


class StatusDocumentInvalid(UsageError):
    """A status document (`taizhang status --json`, read back by `report --status FILE`) that is not one: not JSON,
    or a field of the wrong type. The message names the field (items[3].findings)."""

    default_remedy = "请用 taizhang status --json > 评估结果.json 重新保存评估结果（不要手工修改），再用 --status 指定它。"


# --- generators: reports -----------------------------------------------------------------------------------------


class OutputExists(UsageError):
    default_remedy = "如需覆盖，请加 --force；或用 -o 指定另一个文件名。"


class OutputNotWritable(TaizhangError):
    """A file the user asked for (a report, the binder, an export, a backup, taizhang.toml) cannot be written: open in
    another program (on Windows WPS, Word and Excel lock what they show), read-only, in a folder without write
    permission, or the disk is full. `fsutil.output_error` says which."""

    exit_code = EXIT_CANNOT_WRITE
    default_remedy = "请关闭正在打开该文件的程序（如 WPS、Word、Excel）后重试，或用 -o 写到别的位置。"


class OutputPathInvalid(UsageError):
    """An output path that cannot name a file: it runs through a file as if it were a folder
    (`-o 自评表.docx/x.docx`), or it is a folder."""

    default_remedy = "请用 -o 写出文件夹中的文件名，如 -o 输出/自评表.docx。"


class TemplateError(TaizhangError):
    """A report template is missing, unreadable, or does not fit the report's variables."""

    exit_code = EXIT_INVALID_DATA
    default_remedy = "可运行 taizhang templates export 目录 导出默认模板，对照修改；或在 taizhang.toml 的 [reports.templates] 中删去该项以使用默认模板。"


class ReportError(TaizhangError):
    """A report that cannot be made as asked (an unknown report or item)."""

    exit_code = EXIT_USAGE
    default_remedy = ("可用的报告：自评表（self-assessment）、台帐目录（catalog）、缺失材料清单（gaps）、整改方案（rectification）、"
                      "全部（all）；评分项序号可用 taizhang status 查看。")


# --- pipelines: what the user typed -------------------------------------------------------------------------------


class UnknownFilterValue(UsageError):
    """A --kind or --item value that names nothing in this archive."""

    default_remedy = "用 taizhang list --kinds 查看材料类型，用 taizhang rubric show 查看评分项序号。"


class EmptyQuery(UsageError):
    """The query holds nothing to look for (empty, punctuation, "*") and no filter was given."""

    default_remedy = "请写出要检索的词，或用 --kind、--item、--from、--to 等条件列出材料。"


class NotInCatalog(UsageError):
    """The path names no document of the catalog."""

    default_remedy = "用 taizhang list 查看已登记的文件；新放入的文件请先运行 taizhang ingest。"


class StateDirTarget(UsageError):
    """A path given to ingest lies in the tool's own folder (.taizhang/): its catalog, index, cache, thumbnails."""

    default_remedy = "请指定档案中的材料文件或文件夹（不要指定 .taizhang/ 之内的路径）。"


# --- maintenance: backup and restore ------------------------------------------------------------------------------


class BackupInvalid(TaizhangError):
    exit_code = EXIT_INVALID_DATA
    default_remedy = "请指定 taizhang backup 生成的备份文件夹或 .zip 文件。"


# --- serve: the page on the network, passwords and uploads ---------------------------------------------------------


class PasswordRequired(UsageError):
    """`serve --host` other than loopback without a writer's password (a read-only password is enough with
    --read-only): anyone on the network could otherwise change the archive."""

    default_remedy = ("先运行 taizhang serve --set-password 设置写入密码（只保存其哈希值），或启动时加 --password 密码；"
                      "考核组的只读密码用 taizhang serve --set-read-only-password 设置。只在本机使用时不要加 --host。")


class PasswordInvalid(UsageError):
    """A password that cannot be used as given: too short, the same for the writer and the inspectors, or a hash in
    taizhang.toml that this version cannot read."""

    default_remedy = "请重新运行 taizhang serve --set-password（或 --set-read-only-password）设置密码。"


class UploadRefused(UsageError):
    """A file sent to the page that is not saved: its name or folder would leave the archive, it is too large, or
    its type is not one ingest reads. `reason` is one of UPLOAD_* below (the page answers 400, 413 or 415)."""

    default_remedy = "请检查文件名、文件夹和文件大小后重新上传；可以读取的格式见 README 的“支持的格式”。"

    def __init__(self, message: str, reason: str, remedy: str | None = None):
        super().__init__(message, remedy)
        self.reason = reason


UPLOAD_BAD_NAME = "name"
UPLOAD_TOO_LARGE = "size"
UPLOAD_BAD_TYPE = "type"


class SettingsInvalid(UsageError):
    """Settings typed on the page that cannot be saved; `problems` names each field that is wrong."""

    default_remedy = "请按提示改正后再保存；taizhang.toml 没有改动。"

    def __init__(self, message: str, problems: list[str] | None = None, remedy: str | None = None):
        self.problems = problems or []
        super().__init__(_listed(message, self.problems), remedy)
