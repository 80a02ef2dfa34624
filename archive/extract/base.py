"""What every extractor returns, what it raises, and the context it runs in."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from archive.errors import ExtractionFailed  # noqa: F401  (the readers raise it as archive.extract.base.ExtractionFailed)
from archive.limits import Limits

# Reasons recorded for files that cannot be read (shown to users as they are).
REASON_CORRUPT = "损坏"
REASON_ENCRYPTED = "加密"
REASON_EMPTY = "空文件"
REASON_TOO_LARGE = "过大"
REASON_UNSUPPORTED = "不支持的格式"
REASON_NEEDS_LIBREOFFICE = "需要安装LibreOffice才能读取此格式"
REASON_TIMEOUT = "读取超时"
REASON_UNSAFE = "不安全的文件"
REASON_OUTSIDE = "链接指向档案目录之外"
REASON_SPECIAL = "不是普通文件"


def reason_text(reason: str, detail: str = "") -> str:
    """How a reason is shown to users: 损坏（truncated zip）."""
    return f"{reason}（{detail}）" if detail else reason


@dataclass
class Table:
    """Cells of one sheet or one document table, as text, row by row."""

    name: str
    rows: list[list[str]]


@dataclass
class Extracted:
    """Text and metadata of one file, before analysis (kind, date) is applied."""

    format: str  # docx, pdf, xlsx, xls, doc, wps, et, image, text
    text: str = ""
    title: str = ""  # from document properties, when set
    pages: int | None = None
    ocr: bool = False  # some of the text came from OCR
    ocr_pages: list[int] = field(default_factory=list)  # 1-based pages (or [1] for an image) read by OCR
    tables: list[Table] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)  # author, created, modified, width, height …
    exif_date: dt.datetime | None = None  # DateTimeOriginal of a photo
    thumbnail: str | None = None  # file name of the thumbnail inside the archive's thumbs dir
    warnings: list[str] = field(default_factory=list)  # Chinese notes: "第3页无法识别" …


@dataclass
class ExtractContext:
    """What an extractor may use: limits, a cache folder keyed by content hash, and whether to OCR."""

    limits: Limits
    cache_dir: Path
    thumbs_dir: Path
    sha256: str
    ocr: bool = True
    soffice: str | None = None  # LibreOffice executable as the caller found it; "" = absent; None = look it up
