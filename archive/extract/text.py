"""Plain text (.txt, .md, .csv): encoding detection, newline normalisation; a .csv also becomes a Table and its
text is its rows with cells joined by tabs (as a workbook's); Markdown heading marks (#) are dropped from the text.

Encoding order: a BOM (UTF-8, UTF-16 LE/BE), then strict UTF-8, then GB18030 (a superset of GBK/GB2312, what
Chinese Windows Notepad writes as "ANSI"), then UTF-16 without BOM (NUL bytes in alternate positions), then
charset-normalizer. Bytes none of these accept, or binary content (NUL bytes), → REASON_UNSUPPORTED.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

from archive.extract.base import REASON_UNSUPPORTED, ExtractContext, Extracted, ExtractionFailed, Table

FORMAT = "text"
CSV_SUFFIXES = {".csv"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
MARKDOWN_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M)
MAX_BYTES_PER_CHAR = 4  # UTF-8 worst case: read at most max_text_chars × this many bytes
MAX_CSV_ROWS = 20_000
MAX_CSV_COLUMNS = 256
CSV_DELIMITERS = ",\t;|"
CSV_SNIFF_CHARS = 8_192
DETECT_SAMPLE_BYTES = 256 * 1024  # charset-normalizer looks at this much
UTF16_NUL_SHARE = 0.3  # share of NUL bytes in even/odd positions that marks BOM-less UTF-16
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _decode_strict(data: bytes, encoding: str, truncated: bool) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        # A read cut in the middle of a multi-byte character only fails in its last few bytes.
        if truncated and exc.start >= len(data) - MAX_BYTES_PER_CHAR:
            try:
                return data[: exc.start].decode(encoding)
            except UnicodeDecodeError:
                return None
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:DETECT_SAMPLE_BYTES]
    if len(sample) < 2:
        return None
    even_nuls = sample[0::2].count(0) / max(len(sample[0::2]), 1)
    odd_nuls = sample[1::2].count(0) / max(len(sample[1::2]), 1)
    if odd_nuls >= UTF16_NUL_SHARE and even_nuls < UTF16_NUL_SHARE / 3:
        encoding = "utf-16-le"
    elif even_nuls >= UTF16_NUL_SHARE and odd_nuls < UTF16_NUL_SHARE / 3:
        encoding = "utf-16-be"
    else:
        return None
    return data[: len(data) // 2 * 2].decode(encoding, errors="replace")


def decode_text(data: bytes, truncated: bool = False) -> tuple[str, str]:
    """(text, encoding name) of `data`; raises ExtractionFailed(REASON_UNSUPPORTED) for binary data."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            if encoding.startswith("utf-16"):
                body = body[: len(body) // 2 * 2]
            return body.decode(encoding, errors="replace"), encoding
    if b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is not None:
            return text, "utf-16"
        raise ExtractionFailed(REASON_UNSUPPORTED, "文件内容不是文本（含有二进制数据）")
    for encoding in ("utf-8", "gb18030"):
        text = _decode_strict(data, encoding, truncated)
        if text is not None:
            return text, encoding
    from charset_normalizer import from_bytes

    best = from_bytes(data[:DETECT_SAMPLE_BYTES]).best()
    if best is None or best.encoding is None:
        raise ExtractionFailed(REASON_UNSUPPORTED, "无法识别文本编码")
    return data.decode(best.encoding, errors="replace"), best.encoding


def _csv_table(text: str, name: str) -> tuple[Table, bool]:
    sample = text[:CSV_SNIFF_CHARS]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=CSV_DELIMITERS)
    except csv.Error:
        dialect = csv.excel
    rows: list[list[str]] = []
    truncated = False
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            if len(rows) >= MAX_CSV_ROWS:
                truncated = True
                break
            cells = [c.strip() for c in row[:MAX_CSV_COLUMNS]]
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                rows.append(cells)
    except csv.Error:
        truncated = True
    return Table(name=name, rows=rows), truncated


def extract(path: Path, ctx: ExtractContext) -> Extracted:
    max_chars = int(ctx.limits.max_text_chars)
    max_bytes = max_chars * MAX_BYTES_PER_CHAR + MAX_BYTES_PER_CHAR
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    truncated = len(data) > max_bytes
    if truncated:
        data = data[:max_bytes]
    text, encoding = decode_text(data, truncated)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = Extracted(format=FORMAT, meta={"encoding": encoding})
    if len(text) > max_chars:
        text = text[:max_chars]
        truncated = True
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        text = MARKDOWN_HEADING.sub(r"\1", text)  # "# 标题" reads (and is titled) as 标题
    out.text = text
    if suffix in CSV_SUFFIXES:
        table, table_truncated = _csv_table(text, path.stem)
        out.tables.append(table)
        truncated = truncated or table_truncated
        if table.rows:  # cells joined by tabs, as a workbook's: a header row is a table row, never a title
            out.text = "\n".join("\t".join(c.replace("\n", " ") for c in row) for row in table.rows)
    if truncated:
        out.warnings.append("文字内容过长，只读取了前面部分")
    return out
