"""Excel 2007+ (.xlsx/.xlsm): every worksheet becomes a Table of text rows.

openpyxl runs with read_only=True (streamed rows) and data_only=True (cached formula results). Dates print as
YYYY-MM-DD (with HH:MM when the time is not midnight), whole numbers without ".0". Empty rows and trailing empty
cells are dropped. `Extracted.text` is, per sheet, the sheet name and then its rows (cells joined by a tab).
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from archive.extract.base import REASON_CORRUPT, ExtractContext, Extracted, ExtractionFailed, Table
from archive.extract.safety import check_zip

FORMAT = "xlsx"
MAX_ROWS_PER_SHEET = 20_000
MAX_COLUMNS = 256
MAX_CELLS_PER_WORKBOOK = 1_000_000
MAX_SHEETS = 200
FLOAT_DIGITS = 15  # significant digits: hides binary noise such as 0.30000000000000004
MERGE_SCAN_CHUNK = 1 << 20
MAX_MERGED_RANGES = 20_000
_MERGE_REF = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')


def format_number(value: float | int) -> str:
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if value != value or value in (float("inf"), float("-inf")):  # NaN / inf
        return ""
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return f"{value:.{FLOAT_DIGITS}g}"


def format_datetime(value: dt.datetime) -> str:
    if value.hour == value.minute == value.second == 0:
        return value.strftime("%Y-%m-%d")
    if value.second == 0:
        return value.strftime("%Y-%m-%d %H:%M")
    return value.strftime("%Y-%m-%d %H:%M:%S")


def format_cell(value: Any) -> str:
    """One cell as text: dates YYYY-MM-DD, whole numbers without .0, None as ''."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return format_datetime(value)
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M") if value.second == 0 else value.strftime("%H:%M:%S")
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, bool | int | float):
        return format_number(value)
    return str(value).strip()


class SheetCollector:
    """Accumulates sheets into an Extracted with the row, cell and text caps applied."""

    def __init__(self, out: Extracted, max_chars: int):
        self.out = out
        self.chars_left = max_chars
        self.cells_left = MAX_CELLS_PER_WORKBOOK
        self.parts: list[str] = []
        self.notes: set[str] = set()

    @property
    def full(self) -> bool:
        return self.chars_left <= 0 or self.cells_left <= 0

    def add_sheet(self, name: str, rows: Iterable[Iterable[Any]], formatter: Any = format_cell) -> None:
        if self.full:
            self.notes.add("表格内容过多，只读取了前面部分")
            return
        table_rows: list[list[str]] = []
        lines = [name]
        self.chars_left -= len(name) + 1
        for count, row in enumerate(rows):
            if count >= MAX_ROWS_PER_SHEET:
                self.notes.add(f"工作表「{name}」超过 {MAX_ROWS_PER_SHEET} 行，只读取了前面部分")
                break
            cells = [formatter(v) for _, v in zip(range(MAX_COLUMNS), row, strict=False)]
            while cells and not cells[-1]:
                cells.pop()
            if not cells:
                continue
            self.cells_left -= len(cells)
            line = "\t".join(c.replace("\n", " ") for c in cells)
            self.chars_left -= len(line) + 1
            table_rows.append(cells)
            lines.append(line)
            if self.full:
                self.notes.add("表格内容过多，只读取了前面部分")
                break
        self.out.tables.append(Table(name=name, rows=table_rows))
        self.parts.append("\n".join(lines))

    def finish(self) -> Extracted:
        text = "\n\n".join(self.parts)
        self.out.text = text
        self.out.pages = len(self.out.tables)
        self.out.warnings.extend(sorted(self.notes))
        return self.out


def _column(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n


def merged_ranges(archive: zipfile.ZipFile, member: str) -> list[tuple[int, int, int, int]]:
    """(min_row, min_col, max_row, max_col), 1-based, of a sheet's merged cells (read-only openpyxl skips them),
    scanned from the sheet XML in chunks."""
    found: list[tuple[int, int, int, int]] = []
    try:
        with archive.open(member) as fh:
            tail = b""
            while len(found) < MAX_MERGED_RANGES:
                chunk = fh.read(MERGE_SCAN_CHUNK)
                if not chunk:
                    break
                data = tail + chunk
                last = 0
                for m in _MERGE_REF.finditer(data):
                    c1, r1 = _column(m.group(1)), int(m.group(2))
                    c2, r2 = (_column(m.group(3)), int(m.group(4))) if m.group(3) else (c1, r1)
                    found.append((min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)))
                    last = m.end()
                tail = data[max(last, len(data) - 200):]
    except (KeyError, OSError, zipfile.BadZipFile, RuntimeError):
        return []
    return found


def without_merged_repeats(rows: Iterable[Iterable[Any]], merges: list[tuple[int, int, int, int]]):
    """Rows (from row 1) where a merged range's other cells no longer repeat its first cell's value (some writers
    store the value in every cell of the range): the text holds it once."""
    if not merges:
        yield from rows
        return
    anchors: dict[tuple[int, int], tuple[int, int]] = {}
    for r1, c1, r2, c2 in merges:
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    anchors[(r, c)] = (r1, c1)
    first_values: dict[tuple[int, int], Any] = {}
    for r, row in enumerate(rows, 1):
        values = list(row)
        for c, value in enumerate(values, 1):
            if (r, c) in anchors:
                if value is not None and value == first_values.get(anchors[(r, c)]):
                    values[c - 1] = None
            else:
                first_values[(r, c)] = value
        yield values


def extract(path: Path, ctx: ExtractContext) -> Extracted:
    return extract_as(path, ctx, FORMAT)


def extract_as(path: Path, ctx: ExtractContext, fmt: str) -> Extracted:
    """Read an .xlsx file; `fmt` is recorded as the format (legacy .et files are read through a converted copy)."""
    check_zip(path, ctx.limits)
    with open(path, "rb") as handle:  # a file object: openpyxl then ignores the suffix (an .xlsx named .xls)
        return _extract_open(handle, ctx, fmt)


def _extract_open(handle: Any, ctx: ExtractContext, fmt: str) -> Extracted:
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(handle, read_only=True, data_only=True, keep_links=False)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, TypeError, AttributeError) as exc:
        raise ExtractionFailed(REASON_CORRUPT, f"Excel 工作簿结构无法读取（{type(exc).__name__}）") from exc
    except Exception as exc:  # InvalidFileException, XML parse errors, defusedxml refusals
        raise ExtractionFailed(REASON_CORRUPT, f"Excel 工作簿无法解析（{type(exc).__name__}）") from exc
    out = Extracted(format=fmt)
    collector = SheetCollector(out, int(ctx.limits.max_text_chars))
    try:
        for index, sheet in enumerate(workbook.worksheets):
            if index >= MAX_SHEETS:
                collector.notes.add(f"工作表超过 {MAX_SHEETS} 个，只读取了前面部分")
                break
            member = getattr(sheet, "_worksheet_path", None)
            archive = getattr(workbook, "_archive", None)  # read-only openpyxl keeps the package open
            merges = merged_ranges(archive, member) if member and isinstance(archive, zipfile.ZipFile) else []
            if hasattr(sheet, "iter_rows"):
                rows = sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS, min_row=1 if merges else None)
                rows = without_merged_repeats(rows, merges)
            else:
                rows = []
            collector.add_sheet(sheet.title, rows)
        props = workbook.properties
        out.title = (props.title or "").strip() if props is not None else ""
        if props is not None:
            for key, value in (("author", props.creator), ("created", props.created),
                               ("modified", props.modified), ("last_modified_by", props.lastModifiedBy)):
                if value:
                    out.meta[key] = format_cell(value) if isinstance(value, dt.datetime) else str(value).strip()
    except ExtractionFailed:
        raise
    except Exception as exc:  # a sheet's XML breaks while streaming
        raise ExtractionFailed(REASON_CORRUPT, f"Excel 工作表内容无法解析（{type(exc).__name__}）") from exc
    finally:
        workbook.close()
    return collector.finish()
