"""Our own PDF pages (reportlab): cover, 台帐目录 with page numbers, category dividers, photo pages, text pages,
table pages (a .csv), the note that closes a file cut at the page cap, and the page-number stamps.

Chinese is drawn with reportlab's built-in CID font STSong-Light (Adobe-GB1): nothing is bundled or embedded."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, wraps

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

FONT = "STSong-Light"
PAGE_W, PAGE_H = A4
MARGIN_X = 26 * mm
MARGIN_TOP = 30 * mm
MARGIN_BOTTOM = 25 * mm
TOC_LINE_PT = 17.0
TOC_SIZE_PT = 10.5
TEXT_SIZE_PT = 10.5
TEXT_LINE_PT = 16.0
RED = (0.75, 0.0, 0.0)
GREY = (0.35, 0.35, 0.35)
# Tables (a .csv): cells wrap within their column; a row never splits across pages; the header row repeats.
TABLE_SIZES_PT = (10.5, 9.0)  # the larger when the table fits a portrait page with it
TABLE_LINE_FACTOR = 1.28
TABLE_PAD_PT = 2.5
TABLE_MARGIN_X = 15 * mm
TABLE_MIN_COLUMN_CHARS = 3  # a column is never narrower than this many Chinese characters (when the page allows)
TABLE_MAX_NATURAL_CHARS = 30  # a cell longer than this wraps rather than widening its column
TAB_TABLE_MIN_ROWS = 3  # a .txt with at least this many tab-separated lines (and most of its lines so) is a table
# The binder's page number, centred at the foot of every page after the cover, on a white ground so that it stays
# legible over a scan or a photo.
STAMP_SIZE_PT = 10.5
STAMP_BASELINE = 9 * mm
STAMP_PAD = 2 * mm
PHOTO_JPEG_QUALITY = 85  # a photo page embeds the photo as JPEG (as scaled for the page), not as raw pixels


def _binary_streams(draw: Callable) -> Callable:
    """Write `draw`'s PDF with binary streams: reportlab's default ASCII85 wrapping (for 7-bit channels) is done by
    a pure-Python encoder here, seconds for one photo, and makes the file a quarter larger."""

    @wraps(draw)
    def run(*args, **kwargs):
        old = rl_config.useA85
        rl_config.useA85 = 0
        try:
            return draw(*args, **kwargs)
        finally:
            rl_config.useA85 = old

    return run


@lru_cache(maxsize=1)
def font() -> str:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


@lru_cache(maxsize=8192)
def _char_width(ch: str) -> float:
    """Width of one character at 1 pt."""
    return pdfmetrics.stringWidth(ch, font(), 1.0)


def text_width(text: str, size: float) -> float:
    return sum(_char_width(ch) for ch in text) * size


def wrap(text: str, size: float, width: float) -> list[str]:
    """Break text into lines no wider than `width` (character by character: Chinese has no spaces)."""
    lines = []
    limit = width / size
    for raw in (text or "").replace("\r", "").split("\n"):
        line, used = "", 0.0
        for ch in raw.replace("\t", "    "):
            w = _char_width(ch)
            if used + w > limit and line:
                lines.append(line)
                line, used = ch, w
            else:
                line += ch
                used += w
        lines.append(line)
    return lines


def fit(text: str, size: float, width: float) -> str:
    f = font()
    if pdfmetrics.stringWidth(text, f, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", f, size) > width:
        text = text[:-1]
    return text + "…"


def _new_canvas(buf, pagesize=A4):
    c = canvas.Canvas(buf, pagesize=pagesize, pageCompression=1)
    c.setAuthor("taizhang")
    return c


def _centered(c, text: str, y: float, size: float, color=(0, 0, 0)) -> None:
    c.setFont(font(), size)
    c.setFillColorRGB(*color)
    c.drawCentredString(PAGE_W / 2, y, text)
    c.setFillColorRGB(0, 0, 0)


@_binary_streams
def cover_page(org: str, year: int, rubric_title: str, date_text: str, summary: list[str]) -> bytes:
    buf = io.BytesIO()
    c = _new_canvas(buf)
    c.setTitle(f"{org}{year}年度党建工作电子台帐")
    _centered(c, f"{org}", PAGE_H - 80 * mm, 22)
    _centered(c, f"{year}年度党建工作", PAGE_H - 98 * mm, 26, RED)
    _centered(c, "电 子 台 帐", PAGE_H - 120 * mm, 30, RED)
    c.setStrokeColorRGB(*RED)
    c.setLineWidth(1.2)
    c.line(MARGIN_X, PAGE_H - 132 * mm, PAGE_W - MARGIN_X, PAGE_H - 132 * mm)
    y = PAGE_H - 150 * mm
    for line in wrap(f"考核依据：{rubric_title}", 12, PAGE_W - 2 * MARGIN_X - 20 * mm) + summary:
        _centered(c, line, y, 12)
        y -= 8 * mm
    _centered(c, date_text, 45 * mm, 14)
    c.showPage()
    c.save()
    return buf.getvalue()


@dataclass
class TocLine:
    text: str
    page: int | None  # 1-based page in the binder
    level: int  # 0 category, 1 item, 2 file
    suffix: str = ""  # kept whole when the text is shortened to fit: （缺少材料）, （共30页，收录前20页）


def toc_lines_per_page() -> int:
    first = int((PAGE_H - MARGIN_TOP - 22 * mm - MARGIN_BOTTOM) // TOC_LINE_PT)
    return max(first, 10)


def toc_pages_needed(n_lines: int) -> int:
    per = toc_lines_per_page()
    return max(1, -(-n_lines // per))


@_binary_streams
def toc_pages(lines: list[TocLine]) -> bytes:
    """The 台帐目录: one line per category, item and file, with dotted leaders and the page it starts on (the pages'
    own numbers are stamped with every other page's)."""
    buf = io.BytesIO()
    c = _new_canvas(buf)
    per = toc_lines_per_page()
    indent = {0: 0, 1: 6 * mm, 2: 14 * mm}
    right = PAGE_W - MARGIN_X
    f = font()
    for start in range(0, max(len(lines), 1), per):
        _centered(c, "台 帐 目 录", PAGE_H - MARGIN_TOP, 18)
        y = PAGE_H - MARGIN_TOP - 16 * mm
        for line in lines[start:start + per]:
            size = TOC_SIZE_PT + (1 if line.level == 0 else 0)
            x = MARGIN_X + indent[line.level]
            num = str(line.page) if line.page else ""
            num_w = pdfmetrics.stringWidth(num, f, size)
            room = right - x - num_w - 12 * mm
            text = fit(line.text, size, room - pdfmetrics.stringWidth(line.suffix, f, size)) + line.suffix
            c.setFont(f, size)
            c.drawString(x, y, text)
            if num:
                c.drawRightString(right, y, num)
                lead_from = x + pdfmetrics.stringWidth(text, f, size) + 3
                lead_to = right - num_w - 3
                if lead_to > lead_from:  # drawn, not typed: a "·" glyph is missing from some viewers' CID fonts
                    c.saveState()
                    c.setStrokeColorRGB(0.45, 0.45, 0.45)
                    c.setLineWidth(0.8)
                    c.setLineCap(1)
                    c.setDash(0.1, 2.6)
                    c.line(lead_from, y + 1, lead_to, y + 1)
                    c.restoreState()
            y -= TOC_LINE_PT
        c.showPage()
    c.save()
    return buf.getvalue()


@_binary_streams
def divider_page(heading: str, lines: list[str]) -> bytes:
    buf = io.BytesIO()
    c = _new_canvas(buf)
    _centered(c, heading, PAGE_H - 90 * mm, 24, RED)
    y = PAGE_H - 110 * mm
    for line in lines:
        for part in wrap(line, 12, PAGE_W - 2 * MARGIN_X):
            if y < MARGIN_BOTTOM:
                break
            c.setFont(font(), 12)
            c.drawString(MARGIN_X, y, part)
            y -= 7 * mm
    c.showPage()
    c.save()
    return buf.getvalue()


@_binary_streams
def image_page(image, caption: str, location: str = "") -> bytes:
    """One A4 page showing a Pillow image, scaled to fit: above it the caption (date, kind, title) and, smaller,
    where the original is kept."""
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    c = _new_canvas(buf)
    width = PAGE_W - 2 * 15 * mm
    c.setFont(font(), 12)
    c.drawString(15 * mm, PAGE_H - 14 * mm, fit(caption, 12, width))
    top = PAGE_H - 18 * mm
    if location:
        c.setFont(font(), 8.5)
        c.setFillColorRGB(*GREY)
        c.drawString(15 * mm, PAGE_H - 19.5 * mm, fit(location, 8.5, width))
        c.setFillColorRGB(0, 0, 0)
        top = PAGE_H - 23 * mm
    bottom = 15 * mm
    box_h = top - bottom
    w, h = image.size
    scale = min(width / w, box_h / h)
    dw, dh = w * scale, h * scale
    jpeg = io.BytesIO()
    image.convert("RGB").save(jpeg, "JPEG", quality=PHOTO_JPEG_QUALITY)
    jpeg.seek(0)
    c.drawImage(ImageReader(jpeg), (PAGE_W - dw) / 2, bottom + (box_h - dh) / 2, dw, dh)
    c.showPage()
    c.save()
    return buf.getvalue()


def _page_head(c, heading: str, facts: list[str], width: float, x: float, top: float) -> float:
    """The running head of our text and table pages: the document's title, then (grey) what we know of it;
    returns the y below the rule under it."""
    y = top
    c.setFont(font(), 14)
    c.drawString(x, y, fit(heading, 14, width))
    y -= 9 * mm
    c.setFont(font(), 9)
    c.setFillColorRGB(*GREY)
    for fact in facts:
        c.drawString(x, y, fit(fact, 9, width))
        y -= 5 * mm
    c.setFillColorRGB(0, 0, 0)
    c.line(x, y + 1 * mm, x + width, y + 1 * mm)
    return y - 6 * mm


@_binary_streams
def text_pages(heading: str, facts: list[str], text: str, max_pages: int) -> tuple[bytes, int]:
    """A text file, or a file we can only show as its extracted text: its title, what we know of it, and the text;
    (PDF of at most `max_pages` pages, the pages the whole text takes)."""
    buf = io.BytesIO()
    c = _new_canvas(buf)
    width = PAGE_W - 2 * MARGIN_X
    lines = wrap(text.strip() or "（未能提取到文字内容）", TEXT_SIZE_PT, width)
    fact_room = len(facts) * 5 * mm
    per_page = max(int((PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - 15 * mm - fact_room) // TEXT_LINE_PT), 1)
    total = max(1, -(-len(lines) // per_page))
    for n in range(min(total, max_pages)):
        y = _page_head(c, heading, facts, width, MARGIN_X, PAGE_H - MARGIN_TOP)
        c.setFont(font(), TEXT_SIZE_PT)
        for line in lines[n * per_page:(n + 1) * per_page]:
            c.drawString(MARGIN_X, y, line)
            y -= TEXT_LINE_PT
        c.showPage()
    c.save()
    return buf.getvalue(), total


def _column_widths(rows: list[list[str]], ncols: int, avail: float, size: float) -> list[float]:
    """Each column as wide as its longest cell (up to TABLE_MAX_NATURAL_CHARS), shrunk to `avail` by taking width
    from the widest columns first, none narrower than TABLE_MIN_COLUMN_CHARS where the page allows."""
    pad = 2 * TABLE_PAD_PT
    cjk = _char_width("中") * size
    natural = [pad + cjk] * ncols
    cap = TABLE_MAX_NATURAL_CHARS * cjk
    for row in rows:
        for i, cell in enumerate(row[:ncols]):
            if cell:
                w = min(max(text_width(part, size) for part in cell.split("\n")), cap) + pad
                if w > natural[i]:
                    natural[i] = w
    if sum(natural) <= avail:
        return natural
    floor = min(TABLE_MIN_COLUMN_CHARS * cjk + pad, avail / ncols)
    # Water-filling: a width limit L such that sum(min(natural, max(L, floor))) == avail.
    lo, hi = 0.0, max(natural)
    for _ in range(40):
        mid = (lo + hi) / 2
        if sum(min(w, max(mid, floor)) for w in natural) > avail:
            hi = mid
        else:
            lo = mid
    return [min(w, max(lo, floor)) for w in natural]


def _filled(row: list[str]) -> list[str]:
    return [cell for cell in row if cell]


@_binary_streams
def table_pages(heading: str, facts: list[str], rows: list[list[str]], max_pages: int) -> tuple[bytes, int]:
    """Rows of a table drawn as a ruled table, landscape when its columns need it; (PDF of at most `max_pages`
    pages, the pages the whole table takes).

    Lines of one cell before the first row of several (a title, "单位：元") are printed above the table (the one
    that repeats the heading left out); the first row of several cells is the header, repeated at the top of every
    page; a later row with one long first cell (合计：…, 备注：…) spans the table's width. A row never splits across
    pages (one taller than a page is cut)."""
    rows = [[str(c).strip() for c in r] for r in rows]
    rows = [r for r in rows if any(r)]
    preface: list[str] = []
    while rows and len(_filled(rows[0])) <= 1 and any(len(_filled(r)) > 1 for r in rows):
        text = _filled(rows.pop(0))[0]
        if text != heading.strip():
            preface.append(text)
    ncols = max((len(r) for r in rows), default=1)
    rows = [r + [""] * (ncols - len(r)) for r in rows] or [[""] * ncols]
    header, body = rows[0], rows[1:]

    def lone(row):  # only its first cell written
        return ncols > 1 and bool(row[0]) and not any(row[1:])

    sized = [header, *(r for r in body if not lone(r))]
    portrait_avail = PAGE_W - 2 * TABLE_MARGIN_X
    size, pagesize = TABLE_SIZES_PT[-1], (PAGE_H, PAGE_W)
    for candidate in TABLE_SIZES_PT:
        if sum(_column_widths(sized, ncols, float("inf"), candidate)) <= portrait_avail:
            size, pagesize = candidate, A4
            break
    line_pt = size * TABLE_LINE_FACTOR
    page_w, page_h = pagesize
    text_w = page_w - 2 * TABLE_MARGIN_X
    widths = _column_widths(sized, ncols, text_w, size)
    table_w = sum(widths)
    x0 = (page_w - table_w) / 2
    top, bottom = page_h - 20 * mm, 20 * mm
    preface_lines = [ln for text in preface for ln in wrap(text, size + 1, table_w)]
    preface_h = len(preface_lines) * (size + 1) * TABLE_LINE_FACTOR + (2 * mm if preface_lines else 0)
    later_room = top - bottom - 15 * mm
    first_room = later_room - len(facts) * 5 * mm - preface_h

    def laid(row) -> tuple[list[list[str]], float]:
        """(lines per cell, or one list for a row spanning the table; height)."""
        if lone(row) and len(wrap(row[0], size, widths[0] - 2 * TABLE_PAD_PT)) > 1:
            cells = [wrap(row[0], size, table_w - 2 * TABLE_PAD_PT)]
        else:
            cells = [wrap(cell, size, max(w - 2 * TABLE_PAD_PT, 1)) for cell, w in zip(row, widths, strict=True)]
        return cells, max(len(ls) for ls in cells) * line_pt + 2 * TABLE_PAD_PT

    head_cells, head_h = laid(header)
    head_h = min(head_h, later_room / 3)
    # Paginate: rows in order, a page full when the next row does not fit; a row taller than a page is cut.
    pages_rows: list[list[tuple[list[list[str]], float]]] = [[]]
    room = first_room - head_h
    for row in body:
        cells, h = laid(row)
        h = min(h, later_room - head_h)
        if h > room and pages_rows[-1]:
            pages_rows.append([])
            room = later_room - head_h
        pages_rows[-1].append((cells, h))
        room -= h
    total = len(pages_rows)

    buf = io.BytesIO()
    c = _new_canvas(buf, pagesize)
    for n, page_rows in enumerate(pages_rows[:max_pages]):
        y = _page_head(c, heading, facts if n == 0 else [], text_w, TABLE_MARGIN_X, top)
        if n == 0 and preface_lines:
            c.setFont(font(), size + 1)
            for line in preface_lines:
                y -= (size + 1) * TABLE_LINE_FACTOR
                c.drawString(x0, y + 3, line)
            y -= 2 * mm
        c.setLineWidth(0.5)
        for k, (cells, h) in enumerate([(head_cells, head_h), *page_rows]):
            if k == 0:
                c.setFillColorRGB(0.9, 0.9, 0.9)
                c.rect(x0, y - h, table_w, h, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
            c.rect(x0, y - h, table_w, h, stroke=1, fill=0)
            c.setFont(font(), size)
            fit_lines = max(int((h - 2 * TABLE_PAD_PT) // line_pt), 1)
            x = x0
            for cell, w in zip(cells, widths if len(cells) > 1 else [table_w], strict=True):
                if x > x0:
                    c.line(x, y, x, y - h)
                shown = cell[:fit_lines]
                if len(cell) > fit_lines and shown:
                    shown[-1] = fit(shown[-1] + "…", size, w - 2 * TABLE_PAD_PT)
                ty = y - TABLE_PAD_PT - size
                for line in shown:
                    c.drawString(x + TABLE_PAD_PT, ty, line)
                    ty -= line_pt
                x += w
            y -= h
        c.showPage()
    c.save()
    return buf.getvalue(), total


def tab_separated_rows(text: str) -> list[list[str]] | None:
    """A plain text that is a table typed with tabs (most of its lines hold a tab): its rows, else None."""
    lines = [ln for ln in (text or "").split("\n") if ln.strip()]
    tabbed = [ln for ln in lines if "\t" in ln.strip("\t ")]
    if len(tabbed) < TAB_TABLE_MIN_ROWS or len(tabbed) * 2 < len(lines):
        return None
    return [[cell.strip() for cell in ln.split("\t")] for ln in lines]


@_binary_streams
def note_page(heading: str, lines: list[str]) -> bytes:
    """The page that closes a file cut at the binder's page cap: what was left out and where the original is."""
    buf = io.BytesIO()
    c = _new_canvas(buf)
    width = PAGE_W - 2 * MARGIN_X
    _centered(c, "（以下从略）", PAGE_H - 80 * mm, 18)
    y = PAGE_H - 96 * mm
    for part in wrap(heading, 14, width):
        _centered(c, part, y, 14)
        y -= 8 * mm
    y -= 6 * mm
    c.setFont(font(), 12)
    for line in lines:
        for part in wrap(line, 12, width):
            c.drawString(MARGIN_X, y, part)
            y -= 7.5 * mm
        y -= 2 * mm
    c.showPage()
    c.save()
    return buf.getvalue()


@_binary_streams
def number_stamps(sizes: list[tuple[float, float]], numbers: list[int]) -> bytes:
    """One page per (width, height) in `sizes`, blank but for "— n —" centred at its foot on a white ground: laid
    over the binder's pages so every page carries the number the 目录 gives."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pageCompression=1)
    f = font()
    for (w, h), n in zip(sizes, numbers, strict=True):
        c.setPageSize((w, h))
        text = f"— {n} —"
        tw = pdfmetrics.stringWidth(text, f, STAMP_SIZE_PT)
        c.setFillColorRGB(1, 1, 1)
        c.rect(w / 2 - tw / 2 - STAMP_PAD, STAMP_BASELINE - STAMP_PAD, tw + 2 * STAMP_PAD,
               STAMP_SIZE_PT + 2 * STAMP_PAD - 1, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(f, STAMP_SIZE_PT)
        c.drawCentredString(w / 2, STAMP_BASELINE, text)
        c.showPage()
    c.save()
    return buf.getvalue()
