"""Errors of the report stage; each carries a Chinese message and a remedy."""

from __future__ import annotations

from archive.errors import EXIT_INVALID_DATA, EXIT_USAGE, TaizhangError, UsageError


class OutputExists(UsageError):
    default_remedy = "如需覆盖，请加 --force；或用 -o 指定另一个文件名。"


class TemplateError(TaizhangError):
    """A report template is missing, unreadable, or does not fit the report's variables."""

    exit_code = EXIT_INVALID_DATA
    default_remedy = "可运行 taizhang templates export 目录 导出默认模板，对照修改；或在 taizhang.toml 的 [reports.templates] 中删去该项以使用默认模板。"


class ReportError(TaizhangError):
    exit_code = EXIT_USAGE
