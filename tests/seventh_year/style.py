"""How the 党务干事 writes: Word documents (.docx) with official headings, 会议记录 with the 会议时间/地点/主持人/记录人/
出席/缺席/议题/会议内容 block, forms filled in tables, text PDFs exported from Word, pages through the office copier
(pixels only), .txt notes (one from the retired branch's old PC in GBK), and phone photos and screenshots."""

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
        render.par(doc, line, indent=not line.startswith(("一、", "二、", "三、", "四、", "五、", "六、", "（", "附", "会议")))
    if table:
        render.table(doc, table)
    for line in after:
        render.par(doc, line)
    if sign:
        render.par(doc)
        for line in sign:
            render.par(doc, line, align="right")
    render.save_docx(doc, path)


def minutes_lines(head: Sequence[tuple[str, str]], topics: Sequence[str], content: Sequence[str]) -> list[str]:
    """The minutes' block as lines: 'key：value' fields, 议题 numbered, then 会议内容."""
    out = [f"{k}：{v}" for k, v in head]
    out.append("议题：" + "；".join(f"{i}. {t}" for i, t in enumerate(topics, 1)))
    out.append("会议内容：")
    out.extend(content)
    return out


def minutes(path: Path, heading: str, head: Sequence[tuple[str, str]], topics: Sequence[str],
            content: Sequence[str], *, author: str = CLERK) -> None:
    doc = render.new_docx(author)
    render.title(doc, heading, size=16)
    for key, value in head:
        render.par(doc, f"{key}：{value}")
    render.par(doc, "议题：", bold=True)
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
    """Saved from Word as PDF: a text layer."""
    render.text_pdf(path, heading, lines, author=CLERK)


def scan_pdf(path: Path, heading: str, lines: Sequence[str], *, skew: float = 0.4) -> None:
    """Through the office copier's scan-to-folder: one grey image page, no text layer."""
    img = render.page_image(heading, lines, tint=(244, 244, 242), skew=skew).convert("L")
    img.save(path, "PDF", resolution=render.SCAN_DPI, creationDate=render.CORE_TIME.timetuple(),
             modDate=render.CORE_TIME.timetuple())


def txt(path: Path, lines: Sequence[str], *, encoding: str = "utf-8") -> None:
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))


def save_phone(img: Image.Image, path: Path, when: dt.datetime | None) -> None:
    """A HUAWEI phone JPEG with the camera's EXIF, or none when it came through WeChat."""
    render.save_jpeg(img, path, exif_time=when, model="HUAWEI P40" if when else None)


def phone_page(heading: str, lines: Sequence[str], *, skew: float = -1.5) -> Image.Image:
    """A (handwritten-looking) paper photographed on a desk: pixels only."""
    size = (1200, 1600)
    img = Image.new("RGB", size, (96, 80, 66))
    draw = ImageDraw.Draw(img)
    draw.rectangle([60, 50, size[0] - 60, size[1] - 40], fill=(251, 250, 245))
    hf = render.font(44)
    w = draw.textlength(heading, font=hf)
    draw.text(((size[0] - w) / 2, 120), heading, font=hf, fill=(20, 20, 70))
    y = 230
    for line in lines:
        for piece in render.wrap(line, 30):
            draw.text((110, y), piece, font=render.font(32), fill=(25, 25, 90))
            y += 64
    return img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=(96, 80, 66))


def app_screen(title: str, lines: Sequence[tuple[str, int]], bar: tuple[int, int, int], clock: str,
               size: tuple[int, int] = (1080, 2340)) -> Image.Image:
    """A phone or PC screenshot: a coloured title bar and lines of text."""
    img = Image.new("RGB", size, (246, 246, 248))
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


def wechat(group: str, messages: Sequence[tuple[str, str]], clock: str = "19:30") -> Image.Image:
    img = Image.new("RGB", (1080, 2340), (237, 237, 237))
    draw = ImageDraw.Draw(img)
    draw.text((80, 36), clock, font=render.font(38), fill=(10, 10, 10))
    draw.text((300, 160), group, font=render.font(44), fill=(20, 20, 20))
    draw.line([0, 250, 1080, 250], fill=(205, 205, 205), width=2)
    y = 300
    per_line = 17
    for sender, text in messages:
        draw.rounded_rectangle([40, y, 140, y + 100], 12, fill=(200, 120, 70))
        draw.text((170, y), sender, font=render.font(30), fill=(120, 120, 120))
        pieces = render.wrap(text, per_line)
        h = 40 + 58 * len(pieces)
        draw.rounded_rectangle([170, y + 44, 170 + 46 * per_line + 40, y + 44 + h], 14, fill=(255, 255, 255))
        for k, piece in enumerate(pieces):
            draw.text((190, y + 64 + 58 * k), piece, font=render.font(42), fill=(25, 25, 25))
        y += 44 + h + 56
    return img
