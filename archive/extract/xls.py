"""Excel 97–2003 (.xls, BIFF5/8; also WPS-written workbooks) via xlrd: same shape as the .xlsx extractor.

xlrd runs with formatting_info off and on_demand sheets; its diagnostic log goes to a buffer (never stdout).
An encrypted workbook (FILEPASS record) → REASON_ENCRYPTED.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from archive.extract.base import REASON_CORRUPT, REASON_ENCRYPTED, ExtractContext, Extracted, ExtractionFailed
from archive.extract.xlsx import MAX_COLUMNS, MAX_ROWS_PER_SHEET, MAX_SHEETS, SheetCollector, format_cell

FORMAT = "xls"


def _row_values(book: Any, sheet: Any, index: int) -> list[Any]:
    import xlrd

    values: list[Any] = []
    for cell in sheet.row_slice(index, 0, min(sheet.ncols, MAX_COLUMNS)):
        if cell.ctype == xlrd.XL_CELL_DATE:
            try:
                values.append(xlrd.xldate_as_datetime(cell.value, book.datemode))
            except (ValueError, OverflowError, xlrd.xldate.XLDateError):
                values.append(cell.value)
        elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
            values.append(bool(cell.value))
        elif cell.ctype in (xlrd.XL_CELL_ERROR, xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
            values.append(None)
        else:
            values.append(cell.value)
    return values


def _format(value: Any) -> str:
    if isinstance(value, dt.datetime) and value.year < 1900:  # a time-only cell
        return value.strftime("%H:%M")
    return format_cell(value)


def extract(path: Path, ctx: ExtractContext) -> Extracted:
    return extract_as(path, ctx, FORMAT)


def extract_as(path: Path, ctx: ExtractContext, fmt: str) -> Extracted:
    import xlrd

    log = io.StringIO()
    try:
        book = xlrd.open_workbook(str(path), formatting_info=False, on_demand=True, logfile=log, verbosity=0)
    except xlrd.biffh.XLRDError as exc:
        if "encrypt" in str(exc).lower():
            raise ExtractionFailed(REASON_ENCRYPTED, "工作簿设置了打开密码") from exc
        raise ExtractionFailed(REASON_CORRUPT, f"Excel 97 工作簿无法读取（{exc}）") from exc
    except Exception as exc:  # struct.error, IndexError, AssertionError, CompDocError … on damaged files
        raise ExtractionFailed(REASON_CORRUPT, f"Excel 97 工作簿结构无法读取（{type(exc).__name__}）") from exc
    out = Extracted(format=fmt)
    collector = SheetCollector(out, int(ctx.limits.max_text_chars))
    try:
        for index in range(book.nsheets):
            if index >= MAX_SHEETS:
                collector.notes.add(f"工作表超过 {MAX_SHEETS} 个，只读取了前面部分")
                break
            sheet = book.sheet_by_index(index)
            rows = (_row_values(book, sheet, r) for r in range(min(sheet.nrows, MAX_ROWS_PER_SHEET + 1)))
            collector.add_sheet(sheet.name, rows, formatter=_format)
            book.unload_sheet(index)
        user = getattr(book, "user_name", "")
        if user:
            out.meta["last_modified_by"] = str(user).strip()
    except ExtractionFailed:
        raise
    except Exception as exc:
        raise ExtractionFailed(REASON_CORRUPT, f"Excel 97 工作表内容无法解析（{type(exc).__name__}）") from exc
    finally:
        book.release_resources()
    return collector.finish()
