"""Word 2007+ (.docx): paragraphs and tables in reading order, core properties.

The body is walked in document order (paragraphs and tables interleaved, content controls unwrapped). A table row
becomes one line, its cells joined by a tab; a cell spanning several grid columns (gridSpan) is read once, and a
vertically merged continuation cell (vMerge) is blank in the text but repeats the value above in `Extracted.tables`
so a ledger keeps its columns. Text in text boxes and equations inside a paragraph is kept.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

from archive.extract.base import REASON_CORRUPT, ExtractContext, Extracted, ExtractionFailed, Table
from archive.extract.safety import check_zip

FORMAT = "docx"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
W = f"{{{W_NS}}}"
TEXT_TAGS = {f"{W}t", f"{{{M_NS}}}t"}
TAB_TAGS = {f"{W}tab", f"{W}ptab"}
BREAK_TAGS = {f"{W}br", f"{W}cr"}
MAX_TABLE_ROWS = 20_000  # per document; beyond this, rows are skipped with a warning
MAX_NESTING = 20  # tables inside cells inside tables …


class _Budget:
    """Stops the walk once the whole-file text cap is reached."""

    def __init__(self, max_chars: int):
        self.left = max_chars
        self.rows_left = MAX_TABLE_ROWS
        self.truncated = False

    def take(self, text: str) -> str:
        if self.left <= 0:
            self.truncated = True
            return ""
        if len(text) > self.left:
            self.truncated = True
            text = text[: self.left]
        self.left -= len(text) + 1
        return text


def paragraph_text(p: Any) -> str:
    """Text of a w:p element: runs, tabs, breaks, hyperlinks, fields, text boxes, equations (not deleted text)."""
    parts: list[str] = []
    for el in p.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if tag in TEXT_TAGS:
            parts.append(el.text or "")
        elif tag in TAB_TAGS:
            parts.append("\t")
        elif tag in BREAK_TAGS:
            parts.append("\n")
        elif tag == f"{W}p" and el is not p:
            parts.append("\n")  # paragraph inside a text box
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
    return "".join(parts)


def _cell_text(tc: Any, depth: int) -> str:
    lines: list[str] = []
    for child in tc.iterchildren():
        if child.tag == f"{W}p":
            lines.append(paragraph_text(child))
        elif child.tag == f"{W}tbl" and depth < MAX_NESTING:
            for row in _table_rows(child, depth + 1)[0]:
                lines.append(" ".join(c for c in row if c))
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                lines.append(_cell_text(content, depth))
    return "\n".join(line for line in lines).strip()


def _int_attr(el: Any, path: str, default: int) -> int:
    found = el.find(path)
    if found is None:
        return default
    try:
        return max(1, int(found.get(f"{W}val", default)))
    except ValueError:
        return default


def _row_cells(tr: Any) -> list[Any]:
    cells: list[Any] = []
    for child in tr.iterchildren():
        if child.tag == f"{W}tc":
            cells.append(child)
        elif child.tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                cells.extend(c for c in content.iterchildren() if c.tag == f"{W}tc")
    return cells


def _table_rows(tbl: Any, depth: int) -> tuple[list[list[str]], list[list[str]]]:
    """(rows for the text, rows for the Table): one entry per real cell, merged cells read once."""
    text_rows: list[list[str]] = []
    table_rows: list[list[str]] = []
    above: dict[int, str] = {}  # grid column -> value of the cell that starts a vertical merge there
    trs = [c for c in tbl.iterchildren() if c.tag == f"{W}tr"]
    for tr in trs:
        col = _int_attr(tr, f"{W}trPr/{W}gridBefore", 0)
        text_row: list[str] = []
        table_row: list[str] = []
        for tc in _row_cells(tr):
            span = _int_attr(tc, f"{W}tcPr/{W}gridSpan", 1)
            vmerge = tc.find(f"{W}tcPr/{W}vMerge")
            if vmerge is not None and vmerge.get(f"{W}val", "continue") == "continue":
                text_row.append("")
                table_row.append(above.get(col, ""))
            else:
                value = _cell_text(tc, depth)
                text_row.append(value)
                table_row.append(value)
                if vmerge is not None:
                    above[col] = value
                else:
                    above.pop(col, None)
            col += span
        text_rows.append(text_row)
        table_rows.append(table_row)
    return text_rows, table_rows


def _walk(container: Any, budget: _Budget, lines: list[str], tables: list[Table]) -> None:
    for child in container.iterchildren():
        if budget.left <= 0:
            budget.truncated = True
            return
        tag = child.tag
        if tag == f"{W}p":
            lines.append(budget.take(paragraph_text(child)))
        elif tag == f"{W}tbl":
            text_rows, table_rows = _table_rows(child, 0)
            if len(table_rows) > budget.rows_left:
                budget.truncated = True
                text_rows, table_rows = text_rows[: budget.rows_left], table_rows[: budget.rows_left]
            budget.rows_left -= len(table_rows)
            tables.append(Table(name=f"表格{len(tables) + 1}", rows=table_rows))
            for row in text_rows:
                lines.append(budget.take("\t".join(c.replace("\n", " ") for c in row).rstrip("\t")))
        elif tag == f"{W}sdt":
            content = child.find(f"{W}sdtContent")
            if content is not None:
                _walk(content, budget, lines, tables)
        elif tag in (f"{W}customXml", f"{W}smartTag"):
            _walk(child, budget, lines, tables)


def _iso(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    return value.isoformat(sep=" ", timespec="seconds") if isinstance(value, dt.datetime) else str(value)


def extract(path: Path, ctx: ExtractContext) -> Extracted:
    check_zip(path, ctx.limits)
    try:
        from docx.opc.exceptions import PackageNotFoundError
        from docx.package import Package

        # Package.open skips Document()'s content-type check, so .docm/.dotx read too.
        document = Package.open(str(path)).main_document_part.document
    except PackageNotFoundError as exc:
        raise ExtractionFailed(REASON_CORRUPT, "不是有效的 Word 文档") from exc
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError, AttributeError, TypeError) as exc:
        raise ExtractionFailed(REASON_CORRUPT, f"Word 文档结构无法读取（{type(exc).__name__}）") from exc
    except Exception as exc:  # lxml XMLSyntaxError and friends
        raise ExtractionFailed(REASON_CORRUPT, f"Word 文档内容无法解析（{type(exc).__name__}）") from exc

    out = Extracted(format=FORMAT)
    budget = _Budget(int(ctx.limits.max_text_chars))
    lines: list[str] = []
    body = document.element.body
    _walk(body, budget, lines, out.tables)
    out.text = "\n".join(lines).strip()
    if budget.truncated:
        out.warnings.append("文字内容过长，只读取了前面部分")
    try:
        props = document.core_properties
        out.title = (props.title or "").strip()
        for key, value in (("author", props.author), ("created", _iso(props.created)),
                           ("modified", _iso(props.modified)), ("last_modified_by", props.last_modified_by)):
            if value:
                out.meta[key] = str(value).strip()
    except Exception:  # malformed docProps/core.xml is not worth rejecting the document
        out.warnings.append("文档属性无法读取")
    return out
