"""Spreadsheet cells we write are data, never formulas.

An archivist opens our exports in Excel or WPS, and a file name is user data: "=1+2 会议记录.docx" written as is would
run as a formula (OWASP: CSV injection). Every .xlsx cell we write is a string or a number (openpyxl turns any str
starting with "=" into a formula unless told otherwise), and a CSV cell beginning with =, +, -, @, tab or CR is
prefixed with a single quote, which Excel and WPS show as text; reading our own CSV back strips exactly that quote."""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def _looks_like_formula(text: str) -> bool:
    # leading quotes are looked through, so a value that itself starts with "'=" gets its own quote and comes back whole
    return text.lstrip(QUOTE).startswith(FORMULA_START)


def csv_cell(value) -> object:
    """A value for csv.writer: None → "", numbers unchanged, text that a spreadsheet would evaluate → "'" + text."""
    if value is None:
        return ""
    if isinstance(value, str) and _looks_like_formula(value):
        return QUOTE + value
    return value


def csv_value(text):
    """A cell read back from a CSV we wrote: the quote csv_cell added is removed, anything else is left alone."""
    if isinstance(text, str) and text.startswith(QUOTE) and _looks_like_formula(text[1:]):
        return text[1:]
    return text


def append_data_row(sheet, values: list) -> None:
    """openpyxl: append a row whose text cells stay text (inline strings, never <f> formulas); those that look like a
    formula also get Excel's quote prefix, so editing the cell in Excel keeps it text."""
    sheet.append(list(values))
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"
            if _looks_like_formula(cell.value):
                cell.quotePrefix = True
