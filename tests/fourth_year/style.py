"""How this building's clerk writes: Word papers with a 落款, meeting 纪要 as a two-column grid (会议名称/时间/地点/
主持人/记录人/应到/实到/缺席/议题/纪要), pages of the bound 记录本 photographed with the phone, plain .txt notes from the
phone's memo app, and dates as "2025-03-11" in tables and "2025年3月11日" under signatures."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from labelled_year import render
from PIL import Image, ImageDraw

from .people import CLERK


def cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def iso(day: dt.date) -> str:
    return day.isoformat()


def docx(path: Path, heading: str, body: Sequence[str], *, sign: Sequence[str] = (), addressee: str = "",
         table: Sequence[Sequence[str]] | None = None, table_first: bool = False, author: str = CLERK,
         subtitle: str = "") -> None:
    """A Word paper: heading, optional subtitle and 主送, body, optional grid table, 落款 right-aligned."""
    doc = render.new_docx(author)
    if heading:
        render.title(doc, heading, size=16)
    if subtitle:
        render.par(doc, subtitle, align="center")
    if addressee:
        render.par(doc, addressee)
    if table and table_first:
        render.table(doc, table)
    for line in body:
        render.par(doc, line, indent=not line.startswith(("一、", "二、", "三、", "四、", "五、", "六、", "（")))
    if table and not table_first:
        render.table(doc, table)
    if sign:
        render.par(doc)
        for line in sign:
            render.par(doc, line, align="right")
    render.save_docx(doc, path)


def grid_docx(path: Path, heading: str, rows: Sequence[Sequence[str]], *, after: Sequence[str] = (),
              author: str = CLERK) -> None:
    """The clerk's 纪要: a heading over a grid, the first column the field names, bold."""
    doc = render.new_docx(author)
    render.title(doc, heading, size=16)
    render.table(doc, rows, bold_first_col=True)
    for line in after:
        render.par(doc, line, align="right")
    render.save_docx(doc, path)


def txt(path: Path, lines: Sequence[str], *, bom: bool = False) -> None:
    """A memo exported from the phone: CRLF line ends, sometimes a BOM."""
    data = "\r\n".join(lines) + "\r\n"
    path.write_bytes(("\ufeff" if bom else "").encode("utf-8") + data.encode("utf-8"))


def notebook_page(lines: Sequence[str], *, size: tuple[int, int] = (1200, 1600), skew: float = 1.2) -> Image.Image:
    """A page of the bound 会议记录本 photographed on a desk: ruled lines, the printed header, text in pixels only."""
    paper = (247, 243, 228)
    img = Image.new("RGB", size, (96, 72, 50))  # the desk
    draw = ImageDraw.Draw(img)
    left, top, right, bottom = 70, 60, size[0] - 70, size[1] - 50
    draw.rectangle([left, top, right, bottom], fill=paper)
    head = render.font(30)
    draw.text((left + 40, top + 30), "会 议 记 录", font=head, fill=(170, 40, 40))
    line_gap = 62
    y = top + 110
    while y < bottom - 20:
        draw.line([left + 20, y, right - 20, y], fill=(170, 190, 215), width=2)
        y += line_gap
    body = render.font(34, serif=True)
    y = top + 110 + line_gap - 44  # the first ruled line is left to the printed header
    per_line = int((right - left - 80) / 34)
    for line in lines:
        for piece in render.wrap(line, per_line):
            if y > bottom - 70:
                break
            draw.text((left + 40, y), piece, font=body, fill=(25, 35, 90))  # blue ink
            y += line_gap
    if skew:
        img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=(96, 72, 50))
    return img
