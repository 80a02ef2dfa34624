"""Which extractor reads which file: one table of formats, content sniffing, and `extract_file`.

Adding a format = one extractor module + one line in FORMATS (its suffixes come with it). Detection trusts content
over the file name: a PNG named .jpg is an image, an .xlsx saved as .xls is xlsx, an OLE file is told apart by its
streams (WordDocument → doc/wps, Workbook/Book → xls/et, EncryptedPackage → a password-protected .docx/.xlsx).
The suffix only decides between formats that share one container (doc vs wps, xls vs et) and for plain text,
which has no signature.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from archive.extract import docx, image, legacy, pdf, text, xls, xlsx
from archive.extract.base import (
    REASON_CORRUPT,
    REASON_EMPTY,
    REASON_ENCRYPTED,
    REASON_SPECIAL,
    REASON_TOO_LARGE,
    REASON_UNSUPPORTED,
    ExtractContext,
    Extracted,
    ExtractionFailed,
)
from archive.extract.safety import OLE_MAGIC, ole_encrypted_package, ole_stream_names

Extractor = Callable[[Path, ExtractContext], Extracted]


@dataclass(frozen=True)
class FormatSpec:
    extractor: Extractor
    description: str  # Chinese, shown to users
    suffixes: tuple[str, ...]


FORMATS: dict[str, FormatSpec] = {
    "docx": FormatSpec(docx.extract, "Word 文档", (".docx", ".docm", ".dotx")),
    "doc": FormatSpec(legacy.extract_doc, "Word 97-2003 文档（经 LibreOffice 转换）", (".doc", ".dot")),
    "wps": FormatSpec(legacy.extract_wps, "WPS 文字文档（经 LibreOffice 转换）", (".wps", ".wpt")),
    "xlsx": FormatSpec(xlsx.extract, "Excel 工作簿", (".xlsx", ".xlsm")),
    "xls": FormatSpec(xls.extract, "Excel 97-2003 工作簿", (".xls",)),
    "et": FormatSpec(legacy.extract_et, "WPS 表格", (".et", ".ett")),
    "pdf": FormatSpec(pdf.extract, "PDF 文件（无文字层的页面做文字识别）", (".pdf",)),
    "image": FormatSpec(image.extract, "图片（照片、扫描件，做文字识别）",
                        (".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".gif", ".webp", ".heic", ".heif")),
    "text": FormatSpec(text.extract, "纯文本", (".txt", ".md", ".csv")),
}

SUFFIXES: dict[str, str] = {suffix: name for name, spec in FORMATS.items() for suffix in spec.suffixes}
TEXT_FORMAT = "text"  # the only format without a content signature
SNIFF_BYTES = 32
PDF_HEADER_WINDOW = 1024  # "%PDF" may follow some junk bytes
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
IMAGE_MAGICS: tuple[bytes, ...] = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM",
                                   b"II*\x00", b"MM\x00*")
HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif"}
WORD_STREAM = "WordDocument"
EXCEL_STREAMS = ("Workbook", "Book")
ARCHIVE_SUFFIXES = (".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz")
ARCHIVE_MAGICS = (b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c", b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00")
ARCHIVE_DETAIL = "压缩包，请解压后放入档案"
UNSUPPORTED_ZIP_KINDS = {"ppt/": "PowerPoint 演示文稿", "OFD.xml": "OFD 版式文件", "mimetype": "OpenDocument 文件"}


def supported_suffixes() -> list[str]:
    return sorted(SUFFIXES)


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            content_types = ""
            if "[Content_Types].xml" in names and zf.getinfo("[Content_Types].xml").file_size < 1 << 20:
                content_types = zf.read("[Content_Types].xml").decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise ExtractionFailed(REASON_CORRUPT, f"压缩包结构已损坏（{type(exc).__name__}）") from exc
    if "word/document.xml" in names or "wordprocessingml.document.main" in content_types:
        return "docx"
    if "xl/workbook.xml" in names or "spreadsheetml.sheet.main" in content_types:
        return "xlsx"
    for marker, description in UNSUPPORTED_ZIP_KINDS.items():
        if any(n == marker or n.startswith(marker) for n in names):
            raise ExtractionFailed(REASON_UNSUPPORTED, description)
    raise ExtractionFailed(REASON_UNSUPPORTED, ARCHIVE_DETAIL)


def _ole_format(path: Path, suffix_format: str | None) -> str:
    names = ole_stream_names(path)
    if ole_encrypted_package(names):
        raise ExtractionFailed(REASON_ENCRYPTED, "文件设置了打开密码")
    if WORD_STREAM in names:
        return "wps" if suffix_format == "wps" else "doc"
    if any(stream in names for stream in EXCEL_STREAMS):
        return "et" if suffix_format == "et" else "xls"
    if "PowerPoint Document" in names:
        raise ExtractionFailed(REASON_UNSUPPORTED, "PowerPoint 97-2003 演示文稿")
    raise ExtractionFailed(REASON_UNSUPPORTED, "无法识别的 OLE 复合文档")


def detect_format(path: Path) -> str:
    """Format name of `path` (a key of FORMATS), from its content first and its suffix second.

    Raises ExtractionFailed: REASON_UNSUPPORTED for unknown content, REASON_CORRUPT for a file whose suffix names a
    format with a signature that the content lacks (or a broken container), REASON_ENCRYPTED for a
    password-protected Office file.
    """
    path = Path(path)
    suffix_format = SUFFIXES.get(path.suffix.lower())
    with open(path, "rb") as fh:
        head = fh.read(PDF_HEADER_WINDOW)
    start = head[:SNIFF_BYTES]
    if start.startswith(b"%PDF") or b"%PDF-" in head:
        return "pdf"
    if path.suffix.lower() in ARCHIVE_SUFFIXES or start.startswith(ARCHIVE_MAGICS):
        raise ExtractionFailed(REASON_UNSUPPORTED, ARCHIVE_DETAIL)
    if start.startswith(ZIP_MAGICS):
        return _zip_format(path)
    if start.startswith(OLE_MAGIC):
        return _ole_format(path, suffix_format)
    if start.startswith(IMAGE_MAGICS) or (start[:4] == b"RIFF" and start[8:12] == b"WEBP") \
            or (start[4:8] == b"ftyp" and start[8:12] in HEIF_BRANDS):
        return "image"
    if suffix_format == TEXT_FORMAT:
        return TEXT_FORMAT
    if suffix_format is not None:
        description = FORMATS[suffix_format].description
        raise ExtractionFailed(REASON_CORRUPT, f"文件内容不是{description}（扩展名为 {path.suffix}）")
    raise ExtractionFailed(REASON_UNSUPPORTED, f"无法识别的文件类型（{path.suffix or '无扩展名'}）")


def extract_file(path: Path, ctx: ExtractContext) -> Extracted:
    """Check size, detect the format and run its extractor; any failure is an ExtractionFailed with a reason."""
    path = Path(path)
    try:
        if not path.is_file():
            raise ExtractionFailed(REASON_SPECIAL, "不是普通文件")
        size = path.stat().st_size
    except OSError as exc:
        raise ExtractionFailed(REASON_SPECIAL, f"无法读取文件信息（{exc.strerror or exc}）") from exc
    if size == 0:
        raise ExtractionFailed(REASON_EMPTY, "文件大小为 0 字节")
    if size > ctx.limits.max_file_bytes:
        raise ExtractionFailed(REASON_TOO_LARGE, f"文件有 {size} 字节，超过上限 {int(ctx.limits.max_file_bytes)} 字节")
    try:
        fmt = detect_format(path)
        result = FORMATS[fmt].extractor(path, ctx)
    except ExtractionFailed:
        raise
    except MemoryError as exc:
        raise ExtractionFailed(REASON_TOO_LARGE, "读取时内存不足") from exc
    except RecursionError as exc:
        raise ExtractionFailed(REASON_CORRUPT, "文件结构嵌套过深") from exc
    except Exception as exc:  # a parser bug on a hostile file must not stop the batch
        raise ExtractionFailed(REASON_CORRUPT, f"解析出错（{type(exc).__name__}: {str(exc)[:200]}）") from exc
    max_chars = int(ctx.limits.max_text_chars)
    if len(result.text) > max_chars:
        result.text = result.text[:max_chars]
        result.warnings.append("文字内容过长，只读取了前面部分")
    return result
