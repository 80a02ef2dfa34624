"""The text of a Word 97–2003 (.doc/.wps) file read from its piece table, with its tables' cells kept.

LibreOffice sometimes imports a .doc table as one run-on paragraph ("会议时间2025/6/18 下午2:30会议地点…"), losing
every cell boundary. The binary still marks them: in the document text a cell ends with \\x07 instead of \\r, and a
row ends with one more \\x07 (the row mark). `read_blocks` returns the paragraphs and tables of the main document in
order, so the legacy extractor can rebuild the cells LibreOffice dropped.

Rows are told apart without the paragraph properties: a table whose every row has the same number of cells (what
Word, WPS and LibreOffice write for a form) shows the row mark as every (n+1)-th mark, and the smallest such n is
taken; a table with merged cells falls back to "an empty segment ends a row", which keeps every cell's text in order.

Layout (MS-DOC): FibBase (32 bytes, flags at 0x0A: fWhichTblStm 0x0200 picks 1Table/0Table), then csw + FibRgW97,
cslw + FibRgLw97 (ccpText at index 3), cbRgFcLcb + FibRgFcLcb97 (fcClx/lcbClx is pair 33). The Clx in the table
stream: Prc entries (0x01, cbGrpprl, grpprl) then Pcdt (0x02, lcb, PlcPcd: n+1 CPs, n 8-byte PCDs whose fc has
bit 30 set for 8-bit cp1252 text at fc/2, else UTF-16LE at fc).
"""

from __future__ import annotations

import struct
from pathlib import Path

import olefile

from archive.errors import Word97Error

WORD_STREAM = "WordDocument"
FIB_FLAGS_OFFSET = 0x0A
FIB_WHICH_TABLE_BIT = 0x0200
FIB_BASE_BYTES = 32
CCP_TEXT_INDEX = 3  # in FibRgLw97
CLX_PAIR_INDEX = 33  # fcClx/lcbClx in FibRgFcLcb97
PCD_BYTES = 8
FC_COMPRESSED_BIT = 0x40000000
FC_MASK = 0x3FFFFFFF
# A document larger than this many characters is not read here (the converted .docx stays as it is).
MAX_CHARS = 5_000_000

CELL_MARK = "\x07"
PARAGRAPH_MARK = "\r"
FIELD_BEGIN, FIELD_SEPARATOR, FIELD_END = "\x13", "\x14", "\x15"
_REPLACE = {"\x0b": "\n", "\x0c": "\n", "\x0e": "\n", "\x1e": "-", "\xa0": " "}
_DROP = {"\x01", "\x02", "\x03", "\x04", "\x05", "\x08", "\x1f"}


def _u16(data: bytes, at: int) -> int:
    return struct.unpack_from("<H", data, at)[0]


def _u32(data: bytes, at: int) -> int:
    return struct.unpack_from("<I", data, at)[0]


def main_text(path: Path) -> str:
    """The main document's characters (the first ccpText CPs), marks included."""
    try:
        with olefile.OleFileIO(str(path)) as ole:
            wd = ole.openstream(WORD_STREAM).read()
            table_name = "1Table" if _u16(wd, FIB_FLAGS_OFFSET) & FIB_WHICH_TABLE_BIT else "0Table"
            table = ole.openstream(table_name).read()
    except Exception as exc:  # olefile raises many kinds on garbage
        raise Word97Error(f"OLE: {type(exc).__name__}") from exc
    try:
        off = FIB_BASE_BYTES
        off += 2 + _u16(wd, off) * 2  # csw, FibRgW97
        cslw = _u16(wd, off)
        ccp_text = _u32(wd, off + 2 + CCP_TEXT_INDEX * 4)
        off += 2 + cslw * 4
        off += 2  # cbRgFcLcb
        fc_clx, lcb_clx = struct.unpack_from("<II", wd, off + CLX_PAIR_INDEX * 8)
        clx = table[fc_clx:fc_clx + lcb_clx]
        i = 0
        while i < len(clx) and clx[i] == 0x01:
            i += 3 + _u16(clx, i + 1)
        if i >= len(clx) or clx[i] != 0x02:
            raise Word97Error("no piece table")
        lcb = _u32(clx, i + 1)
        plc = clx[i + 5:i + 5 + lcb]
        n = (lcb - 4) // (4 + PCD_BYTES)
        cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    except struct.error as exc:
        raise Word97Error("truncated FIB or piece table") from exc
    parts: list[str] = []
    total = 0
    for k in range(n):
        start, end = cps[k], min(cps[k + 1], ccp_text)
        if end <= start:
            continue
        length = end - start
        fc = _u32(plc, (n + 1) * 4 + k * PCD_BYTES + 2)
        if fc & FC_COMPRESSED_BIT:
            at = (fc & FC_MASK) // 2
            parts.append(wd[at:at + length].decode("cp1252", errors="replace"))
        else:
            at = fc & FC_MASK
            parts.append(wd[at:at + 2 * length].decode("utf-16-le", errors="replace"))
        total += length
        if total > MAX_CHARS:
            raise Word97Error("too long")
    return "".join(parts)


def _clean(text: str) -> str:
    """Field instructions dropped (their results kept), special characters mapped or dropped."""
    out: list[str] = []
    depth_in_code: list[bool] = []  # per open field: still in its instruction part
    for ch in text:
        if ch == FIELD_BEGIN:
            depth_in_code.append(True)
            continue
        if ch == FIELD_SEPARATOR:
            if depth_in_code:
                depth_in_code[-1] = False
            continue
        if ch == FIELD_END:
            if depth_in_code:
                depth_in_code.pop()
            continue
        if any(depth_in_code):
            continue
        if ch in _DROP:
            continue
        out.append(_REPLACE.get(ch, ch))
    return "".join(out)


def _rows(segments: list[str]) -> list[list[str]]:
    """Cells (segments between cell marks) into rows: every (n+1)-th segment is a row mark (empty)."""
    total = len(segments)
    for width in range(1, total):
        if total % (width + 1):
            continue
        if all(segments[i] == "" for i in range(width, total, width + 1)):
            return [segments[i:i + width] for i in range(0, total, width + 1)]
    rows: list[list[str]] = []
    current: list[str] = []
    for seg in segments:
        if seg == "" and current:
            rows.append(current)
            current = []
        elif seg != "" or current:
            current.append(seg)
    if current:
        rows.append(current)
    return rows


def read_blocks(path: Path) -> list[str | list[list[str]]]:
    """Paragraphs (str) and tables (rows of cells) of a .doc in reading order."""
    text = _clean(main_text(path))
    blocks: list[str | list[list[str]]] = []
    segments: list[str] = []
    buf: list[str] = []
    for ch in text:
        if ch == CELL_MARK:
            segments.append("".join(buf).strip())
            buf = []
        elif ch == PARAGRAPH_MARK:
            para = "".join(buf)
            buf = []
            if segments:
                blocks.append(_rows(segments))
                segments = []
            blocks.append(para)
        else:
            buf.append(ch)
    if segments:
        blocks.append(_rows(segments))
    if buf:
        blocks.append("".join(buf))
    return blocks


def table_count(blocks: list[str | list[list[str]]]) -> int:
    return sum(1 for b in blocks if isinstance(b, list))


def text_and_tables(blocks: list[str | list[list[str]]]) -> tuple[str, list[list[list[str]]]]:
    """The blocks as the .docx extractor lays out a document: a line per paragraph, a tab-joined line per row."""
    lines: list[str] = []
    tables: list[list[list[str]]] = []
    for block in blocks:
        if isinstance(block, str):
            lines.append(block)
            continue
        tables.append(block)
        lines.extend("\t".join(c.replace("\n", " ") for c in row).rstrip("\t") for row in block)
    return "\n".join(lines).strip(), tables
