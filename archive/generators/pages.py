"""Our own PDF pages (reportlab): cover, 台帐目录 with page numbers, category dividers, image pages, text pages.

Chinese is drawn with reportlab's built-in CID font STSong-Light (Adobe-GB1): nothing is bundled or embedded."""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

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
MAX_TEXT_PAGES = 5
RED = (0.75, 0.0, 0.0)


@lru_cache(maxsize=1)
def font() -> str:
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    return FONT


def wrap(text: str, size: float, width: float) -> list[str]:
    """Break text into lines no wider than `width` (character by character: Chinese has no spaces)."""
    f = font()
    lines = []
    for raw in (text or "").replace("\r", "").split("\n"):
        line = ""
        for ch in raw.replace("\t", "    "):
            if pdfmetrics.stringWidth(line + ch, f, size) > width:
                lines.append(line)
                line = ch
            else:
                line += ch
        lines.append(line)
    return lines


def fit(text: str, size: float, width: float) -> str:
    f = font()
    if pdfmetrics.stringWidth(text, f, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", f, size) > width:
        text = text[:-1]
    return text + "…"


def _new_canvas(buf):
    c = canvas.Canvas(buf, pagesize=A4, pageCompression=1)
    c.setAuthor("taizhang")
    return c


def _centered(c, text: str, y: float, size: float, color=(0, 0, 0)) -> None:
    c.setFont(font(), size)
    c.setFillColorRGB(*color)
    c.drawCentredString(PAGE_W / 2, y, text)
    c.setFillColorRGB(0, 0, 0)


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


def toc_lines_per_page() -> int:
    first = int((PAGE_H - MARGIN_TOP - 22 * mm - MARGIN_BOTTOM) // TOC_LINE_PT)
    return max(first, 10)


def toc_pages_needed(n_lines: int) -> int:
    per = toc_lines_per_page()
    return max(1, -(-n_lines // per))


def toc_pages(lines: list[TocLine], first_page: int) -> bytes:
    """The 台帐目录: one line per category, item and file, with dotted leaders and the page it starts on."""
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
            text = fit(line.text, size, right - x - num_w - 12 * mm)
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
        page_no = first_page + start // per
        _centered(c, f"— {page_no} —", 14 * mm, 11)
        c.showPage()
    c.save()
    return buf.getvalue()


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


def _caption(c, caption: str) -> None:
    c.setFont(font(), 9)
    c.setFillColorRGB(0.35, 0.35, 0.35)
    c.drawString(MARGIN_X, PAGE_H - 15 * mm, fit(caption, 9, PAGE_W - 2 * MARGIN_X))
    c.setFillColorRGB(0, 0, 0)


def image_page(image, caption: str) -> bytes:
    """One A4 page showing a Pillow image, scaled to fit, with the file named at the top."""
    from reportlab.lib.utils import ImageReader

    buf = io.BytesIO()
    c = _new_canvas(buf)
    _caption(c, caption)
    box_w, box_h = PAGE_W - 2 * 15 * mm, PAGE_H - 25 * mm - 15 * mm
    w, h = image.size
    scale = min(box_w / w, box_h / h)
    dw, dh = w * scale, h * scale
    c.drawImage(ImageReader(image), (PAGE_W - dw) / 2, 15 * mm + (box_h - dh) / 2, dw, dh)
    c.showPage()
    c.save()
    return buf.getvalue()


def text_pages(heading: str, facts: list[str], text: str) -> bytes:
    """A file we cannot show as it is: its name, what we know of it, and its extracted text."""
    buf = io.BytesIO()
    c = _new_canvas(buf)
    width = PAGE_W - 2 * MARGIN_X
    lines = wrap(text.strip() or "（未能提取到文字内容）", TEXT_SIZE_PT, width)
    per_page = int((PAGE_H - MARGIN_TOP - MARGIN_BOTTOM - 40 * mm) // TEXT_LINE_PT)
    pages = 0
    pos = 0
    while pages < MAX_TEXT_PAGES and (pos < len(lines) or pages == 0):
        y = PAGE_H - MARGIN_TOP
        c.setFont(font(), 14)
        c.drawString(MARGIN_X, y, fit(heading, 14, width))
        y -= 9 * mm
        c.setFont(font(), 9)
        c.setFillColorRGB(0.35, 0.35, 0.35)
        for fact in facts:
            c.drawString(MARGIN_X, y, fit(fact, 9, width))
            y -= 5 * mm
        c.setFillColorRGB(0, 0, 0)
        c.line(MARGIN_X, y + 1 * mm, PAGE_W - MARGIN_X, y + 1 * mm)
        y -= 6 * mm
        c.setFont(font(), TEXT_SIZE_PT)
        for line in lines[pos:pos + per_page]:
            c.drawString(MARGIN_X, y, line)
            y -= TEXT_LINE_PT
        pos += per_page
        pages += 1
        if pages == MAX_TEXT_PAGES and pos < len(lines):
            c.setFont(font(), 9)
            c.drawString(MARGIN_X, MARGIN_BOTTOM - 8 * mm, "（内容较长，以下从略，请查看原件）")
        c.showPage()
    c.save()
    return buf.getvalue()
