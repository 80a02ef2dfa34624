"""How the retired volunteer keeps the books: minutes copied from the 会议记录本 into Word as he wrote them (short
lines, "25年3月12日上午九点", "刘书记讲：…"), papers run through the 社区's copier which mails back PDFs — most with the
copier's OCR text layer under the page image, a few pixels only — files named by the copier or by the date, and
screenshots of the residents' WeChat group."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from pathlib import Path

from labelled_year import render
from PIL import Image, ImageDraw

from .people import PUBLICITY


def cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def short(day: dt.date) -> str:
    """The way the volunteer dates a notebook entry: 25年3月12日."""
    return f"{day.year % 100}年{day.month}月{day.day}日"


def docx(path: Path, heading: str, body: Sequence[str], *, sign: Sequence[str] = (), addressee: str = "",
         table: Sequence[Sequence[str]] | None = None, author: str = PUBLICITY) -> None:
    doc = render.new_docx(author)
    if heading:
        render.title(doc, heading, size=16)
    if addressee:
        render.par(doc, addressee)
    for line in body:
        render.par(doc, line, indent=not line.startswith(("一、", "二、", "三、", "四、", "（")))
    if table:
        render.table(doc, table)
    if sign:
        render.par(doc)
        for line in sign:
            render.par(doc, line, align="right")
    render.save_docx(doc, path)


def notebook_docx(path: Path, lines: Sequence[str], *, author: str = PUBLICITY) -> None:
    """A page of the 会议记录本 typed into Word line by line: the printed header, then what was written by hand."""
    doc = render.new_docx(author)
    render.par(doc, "会 议 记 录", bold=True, align="center", size=15)
    for line in lines:
        render.par(doc, line)
    render.save_docx(doc, path)


def _page(heading: str, lines: Sequence[str], skew: float) -> Image.Image:
    img = render.page_image(heading, lines, tint=(244, 244, 241), skew=skew)
    draw = ImageDraw.Draw(img)
    draw.text((60, img.height - 60), "KONICA MINOLTA bizhub 287", font=render.font(18), fill=(170, 170, 170))
    return img.convert("L")


def copier_pdf(path: Path, heading: str, lines: Sequence[str], *, skew: float = 0.4) -> None:
    """A page scanned on the copier with its OCR on: the page image with the recognised text laid under it
    (invisible), so the PDF has a text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    if render.PDF_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(render.PDF_FONT))
    img = _page(heading, lines, skew)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    buf.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setCreator("KONICA MINOLTA bizhub 287")
    width, height = A4
    c.drawImage(ImageReader(buf), 0, 0, width, height)
    text = c.beginText()
    text.setTextRenderMode(3)  # invisible: the copier's OCR layer
    text.setFont(render.PDF_FONT, 11)
    text.setTextOrigin(60, height - 72)
    text.textLine(heading)
    for line in lines:
        for piece in render.wrap(line, 38):
            text.textLine(piece)
    c.drawText(text)
    c.save()


def image_pdf(path: Path, heading: str, lines: Sequence[str], *, skew: float = -0.6) -> None:
    """A page scanned with the copier's OCR off: one image page, no text layer."""
    img = _page(heading, lines, skew)
    img.save(path, "PDF", resolution=render.SCAN_DPI, creationDate=render.CORE_TIME.timetuple(),
             modDate=render.CORE_TIME.timetuple())


def wechat_shot(group: str, messages: Sequence[tuple[str, str]], clock: str = "08:12") -> Image.Image:
    """A phone screenshot of the residents' WeChat group: the title bar, then (sender, text) bubbles."""
    img = Image.new("RGB", (1080, 2160), (237, 237, 237))
    draw = ImageDraw.Draw(img)
    draw.text((40, 22), clock, font=render.font(32), fill=(20, 20, 20))
    draw.rectangle([0, 80, 1080, 200], fill=(237, 237, 237))
    draw.text((200, 112), group, font=render.font(40), fill=(20, 20, 20))
    draw.line([0, 200, 1080, 200], fill=(210, 210, 210), width=2)
    y = 250
    per_line = 19
    for sender, text in messages:
        draw.rectangle([40, y, 130, y + 90], fill=(120, 150, 190))
        draw.text((160, y), sender, font=render.font(28), fill=(120, 120, 120))
        pieces = render.wrap(text, per_line)
        h = 40 + 56 * len(pieces)
        draw.rectangle([160, y + 42, 160 + 44 * per_line + 40, y + 42 + h], fill=(255, 255, 255))
        for k, piece in enumerate(pieces):
            draw.text((180, y + 62 + 56 * k), piece, font=render.font(40), fill=(25, 25, 25))
        y += 42 + h + 50
        if y > 1950:
            break
    return img
