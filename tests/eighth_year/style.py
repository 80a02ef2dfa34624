"""How the part-time 社区工作者 writes: Word documents (some saved as .docx by WPS with the heading only in the first
cell of a table, the fields in the rows below), minutes with the usual 时间/地点/主持人/记录人 block, and a few minutes
typed as one long paragraph with no field labels at all; text PDFs exported from WPS, pages through the 社区's copier
(pixels only), Xiaomi phone photos and WeChat images, and screenshots."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from labelled_year import render
from PIL import Image, ImageDraw

from .people import CLERK

WEEK = "一二三四五六日"


def cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def cn_week(day: dt.date) -> str:
    return f"{cn(day)}（星期{WEEK[day.weekday()]}）"


def docx(path: Path, heading: str, body: Sequence[str], *, sign: Sequence[str] = (),
         table: Sequence[Sequence[str]] | None = None, after: Sequence[str] = (), author: str = CLERK) -> None:
    doc = render.new_docx(author)
    if heading:
        render.title(doc, heading, size=16)
    for line in body:
        render.par(doc, line, indent=not line.startswith(("一、", "二、", "三、", "四、", "五、", "六、", "（", "附")))
    if table:
        render.table(doc, table)
    for line in after:
        render.par(doc, line)
    if sign:
        render.par(doc)
        for line in sign:
            render.par(doc, line, align="right")
    render.save_docx(doc, path)


def wps(path: Path, heading: str, rows: Sequence[Sequence[str]], *, after: Sequence[str] = (),
        author: str = "WPS Office") -> None:
    """A WPS form: no title paragraph; the heading is the first table row (one cell merged across), fields below."""
    doc = render.new_docx(author)
    width = max(len(r) for r in rows)
    grid = [[heading], *rows] if width > 1 else [[heading], *rows]
    render.table(doc, grid, bold_first_col=True)
    for line in after:
        render.par(doc, line)
    render.save_docx(doc, path)


def prose(path: Path, heading: str, paragraph: str, *, author: str = CLERK) -> None:
    """Minutes typed as one long paragraph: no 会议时间/地点/主持人 labels."""
    doc = render.new_docx(author)
    if heading:
        render.title(doc, heading, size=14)
    render.par(doc, paragraph, indent=True)
    render.save_docx(doc, path)


def minutes_lines(head: Sequence[tuple[str, str]], topics: Sequence[str], content: Sequence[str]) -> list[str]:
    out = [f"{k}：{v}" for k, v in head]
    out.append("会议议题：" + "；".join(f"{i}. {t}" for i, t in enumerate(topics, 1)))
    out.append("会议内容：")
    out.extend(content)
    return out


def minutes(path: Path, heading: str, head: Sequence[tuple[str, str]], topics: Sequence[str],
            content: Sequence[str], *, author: str = CLERK) -> None:
    doc = render.new_docx(author)
    render.title(doc, heading, size=16)
    for key, value in head:
        render.par(doc, f"{key}：{value}")
    render.par(doc, "会议议题：", bold=True)
    for i, t in enumerate(topics, 1):
        render.par(doc, f"{i}. {t}")
    render.par(doc, "会议内容：", bold=True)
    for line in content:
        render.par(doc, line, indent=True)
    render.save_docx(doc, path)


def form(path: Path, heading: str, rows: Sequence[Sequence[str]], *, before: Sequence[str] = (),
         after: Sequence[str] = (), author: str = CLERK) -> None:
    doc = render.new_docx(author)
    render.title(doc, heading, size=16)
    for line in before:
        render.par(doc, line)
    render.table(doc, rows, bold_first_col=True)
    for line in after:
        render.par(doc, line)
    render.save_docx(doc, path)


def text_pdf(path: Path, heading: str, lines: Sequence[str]) -> None:
    """Exported from WPS as PDF: a text layer."""
    render.text_pdf(path, heading, lines, author=CLERK)


def scan_pdf(path: Path, heading: str, lines: Sequence[str], *, skew: float = -0.6) -> None:
    """Through the 社区's copier (scan to USB stick, "扫描件 2025-09-03.pdf"): one grey image page, no text layer."""
    img = render.page_image(heading, lines, tint=(240, 240, 236), skew=skew)
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, img.height - 14, img.width, img.height], fill=(90, 90, 90))  # the lid's shadow
    img.convert("L").save(path, "PDF", resolution=render.SCAN_DPI, creationDate=render.CORE_TIME.timetuple(),
                          modDate=render.CORE_TIME.timetuple())


def txt(path: Path, lines: Sequence[str], *, encoding: str = "utf-8") -> None:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))


def save_phone(img: Image.Image, path: Path, when: dt.datetime | None) -> None:
    """A Xiaomi phone JPEG with the camera's EXIF, or none when it came through WeChat (微信图片_…)."""
    render.save_jpeg(img, path, exif_time=when, model="Xiaomi Redmi K50" if when else None)


def phone_page(heading: str, lines: Sequence[str], *, skew: float = 1.2) -> Image.Image:
    """A paper photographed on the office desk: pixels only."""
    size = (1200, 1600)
    img = Image.new("RGB", size, (150, 130, 100))
    draw = ImageDraw.Draw(img)
    draw.rectangle([60, 50, size[0] - 60, size[1] - 40], fill=(252, 251, 246))
    hf = render.font(44)
    w = draw.textlength(heading, font=hf)
    draw.text(((size[0] - w) / 2, 120), heading, font=hf, fill=(20, 20, 20))
    y = 230
    for line in lines:
        for piece in render.wrap(line, 30):
            draw.text((110, y), piece, font=render.font(32), fill=(30, 30, 40))
            y += 64
    return img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=(150, 130, 100))


def app_screen(title: str, lines: Sequence[tuple[str, int]], bar: tuple[int, int, int], clock: str,
               size: tuple[int, int] = (1080, 2400)) -> Image.Image:
    img = Image.new("RGB", size, (245, 245, 245))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, size[0], 280], fill=bar)
    draw.text((70, 36), clock, font=render.font(38), fill=(255, 255, 255))
    draw.text((70, 160), title, font=render.font(52), fill=(255, 255, 255))
    y = 360
    for text, px in lines:
        for piece in render.wrap(text, max(8, int((size[0] - 140) / px))):
            draw.text((70, y), piece, font=render.font(px), fill=(30, 30, 30))
            y += px + 40
        y += 16
    return img


def wechat(group: str, messages: Sequence[tuple[str, str]], clock: str = "20:05") -> Image.Image:
    img = Image.new("RGB", (1080, 2400), (237, 237, 237))
    draw = ImageDraw.Draw(img)
    draw.text((80, 36), clock, font=render.font(38), fill=(10, 10, 10))
    draw.text((260, 160), group, font=render.font(44), fill=(20, 20, 20))
    draw.line([0, 250, 1080, 250], fill=(205, 205, 205), width=2)
    y = 300
    per_line = 17
    for sender, text in messages:
        draw.rounded_rectangle([40, y, 140, y + 100], 12, fill=(70, 150, 110))
        draw.text((170, y), sender, font=render.font(30), fill=(120, 120, 120))
        pieces = render.wrap(text, per_line)
        h = 40 + 58 * len(pieces)
        draw.rounded_rectangle([170, y + 44, 170 + 46 * per_line + 40, y + 44 + h], 14, fill=(255, 255, 255))
        for k, piece in enumerate(pieces):
            draw.text((190, y + 64 + 58 * k), piece, font=render.font(42), fill=(25, 25, 25))
        y += 44 + h + 56
    return img
