"""Small shared pieces for the table modules' build() functions: the title lines, the Table Grid table with its
header row, merged cells and the 合计 row of a .docx; the title row, merged lines, header, merged category cells,
合计 row and column widths of an .xlsx. Each helper writes exactly what the inline code it replaces wrote."""

from __future__ import annotations

from .model import _fmt

# --- .docx ---------------------------------------------------------------------------------------------------


def docx_title(document, title: str, size: int):
    """Add a centred paragraph holding one bold run of the title at `size` points."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(title)
    run.bold = True
    run.font.size = Pt(size)
    return paragraph


def docx_centred(document, text: str):
    """Add a centred plain paragraph (a scope line such as "（考核对象：…）")."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = document.add_paragraph(text)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def docx_grid_table(document, n_rows: int, ncols: int, header):
    """Add a Table Grid table of n_rows × ncols and write the header into its first row."""
    tbl = document.add_table(rows=n_rows, cols=ncols)
    tbl.style = "Table Grid"
    for c, head in enumerate(header):
        tbl.cell(0, c).text = head
    return tbl


def merge_cells(tbl, r0: int, c0: int, r1: int, c1: int, text: str):
    """Merge the cells from (r0, c0) to (r1, c1) and write text into the merged cell."""
    merged = tbl.cell(r0, c0).merge(tbl.cell(r1, c1))
    merged.text = text
    return merged


def docx_total_row(tbl, r: int, total_col: int, total, label: str = "合计") -> None:
    """Write the 合计 row: the label merged over columns 0..total_col-1, the formatted total in total_col."""
    merge_cells(tbl, r, 0, r, total_col - 1, label)
    tbl.cell(r, total_col).text = _fmt(total)


# --- .xlsx ---------------------------------------------------------------------------------------------------


def xlsx_title(ws, title: str, ncols: int, font, alignment) -> None:
    """Append the title as row 1, merged across ncols, with the given font and alignment."""
    ws.append([title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(1, 1).font = font
    ws.cell(1, 1).alignment = alignment


def xlsx_line(ws, text, ncols: int) -> None:
    """Append a one-cell row (scope line, section banner, note) merged across ncols."""
    ws.append([text])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=ncols)


def xlsx_header(ws, header, ncols: int) -> None:
    """Append the header row, bold and centred, over columns 1..ncols."""
    from openpyxl.styles import Alignment, Font

    ws.append(header)
    for c in range(1, ncols + 1):
        ws.cell(ws.max_row, c).font = Font(bold=True)
        ws.cell(ws.max_row, c).alignment = Alignment(horizontal="center", vertical="center")


def xlsx_merge_down(ws, col: int, first: int, last: int, alignment) -> None:
    """Merge column col from row first to row last (a category cell) and align its top cell."""
    ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    ws.cell(first, col).alignment = alignment


def xlsx_total_row(ws, total, total_col: int, ncols: int, alignment=None, label: str = "合计") -> None:
    """Append the 合计 row: the label merged over columns 1..total_col-1, the total in total_col."""
    ws.append([label] + [None] * (total_col - 2) + [total] + [None] * (ncols - total_col))
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=total_col - 1)
    if alignment is not None:
        ws.cell(ws.max_row, 1).alignment = alignment


def xlsx_borders(ws, first_row: int, ncols: int) -> None:
    """Thin borders around every cell from first_row to the last row, columns 1..ncols."""
    from openpyxl.styles import Border, Side

    thin = Side(style="thin")
    for r in range(first_row, ws.max_row + 1):
        for c in range(1, ncols + 1):
            ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)


def xlsx_note(ws, text: str, ncols: int, height: float) -> None:
    """Append a note row under the table: merged across ncols, wrapped, top-aligned, `height` points high."""
    from openpyxl.styles import Alignment

    xlsx_line(ws, text, ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[ws.max_row].height = height


def xlsx_widths(ws, widths) -> None:
    """Set the widths of columns A, B, C, … in order."""
    from openpyxl.utils import get_column_letter

    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = width
