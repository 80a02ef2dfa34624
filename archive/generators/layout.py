"""Building blocks for our default templates: styled paragraphs and tables with docxtpl tags in their cells."""

from __future__ import annotations

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm

from archive.generators.profile import CELL, CELL_CENTER, HEAD, PLAIN


def para(doc, text: str, style: str, align=None):
    p = doc.add_paragraph(style=style)
    if text:
        p.add_run(text)
    if align is not None:
        p.alignment = align
    return p


def tag(doc, text: str):
    """A paragraph holding only a docxtpl paragraph tag ({%p … %}); docxtpl removes it when rendering."""
    return para(doc, text, PLAIN)


def _cell_props(cell, width_mm: float, valign: str = "center") -> None:
    cell.width = Mm(width_mm)
    tcpr = cell._element.get_or_add_tcPr()
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), valign)
    tcpr.append(v)


def _header_row(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def _cant_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _cell_margins(t, side_mm: float) -> None:
    """Left and right cell margins of the whole table (Word's default is 1.9 mm)."""
    tblpr = t._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(int(side_mm / 25.4 * 1440)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblpr.append(mar)


def table(doc, headers: list[str], widths_mm: list[float], rows: list[list[str]], centered: set[int] | None = None,
          split_rows: bool = False, cell_margin_mm: float | None = None):
    """A bordered table: a header row repeated on every page, then `rows` (cell texts, tags allowed).

    A row whose first cell starts with "{%tr" is a docxtpl loop row; cells at indexes in `centered` are centred.
    `split_rows`: long rows may break across pages (else a row that does not fit moves whole to the next page,
    which leaves half pages blank when rows are tall); `cell_margin_mm`: narrower left/right cell margins."""
    centered = centered or set()
    t = doc.add_table(rows=1 + len(rows), cols=len(headers))
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    if cell_margin_mm is not None:
        _cell_margins(t, cell_margin_mm)
    _header_row(t.rows[0])
    for i, (h, w) in enumerate(zip(headers, widths_mm, strict=True)):
        cell = t.rows[0].cells[i]
        _cell_props(cell, w)
        cell.paragraphs[0].style = doc.styles[HEAD]
        cell.paragraphs[0].add_run(h)
    for r, texts in enumerate(rows, start=1):
        row = t.rows[r]
        if not split_rows:
            _cant_split(row)
        for i, w in enumerate(widths_mm):
            cell = row.cells[i]
            _cell_props(cell, w)
            text = texts[i] if i < len(texts) else ""
            p = cell.paragraphs[0]
            p.style = doc.styles[CELL_CENTER if i in centered else CELL]
            if text:
                p.add_run(text)
    grid = t._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_mm, strict=True):
        col.set(qn("w:w"), str(int(w / 25.4 * 1440)))
    return t


def loop_rows(var: str, seq: str, cells: list[str]) -> list[list[str]]:
    """The three rows of a docxtpl table-row loop: `{%tr for var in seq %}`, the repeated row, `{%tr endfor %}`."""
    n = len(cells)
    return [[f"{{%tr for {var} in {seq} %}}"] + [""] * (n - 1), cells, ["{%tr endfor %}"] + [""] * (n - 1)]


CENTER = WD_ALIGN_PARAGRAPH.CENTER
