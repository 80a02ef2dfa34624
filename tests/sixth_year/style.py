"""How the 党建专干 writes: WPS documents saved as .docx (党委会 纪要 with a 期 number and 议定事项, 组织生活记录表 and
学习记录 forms filled in tables), WPS exports to text PDF, pages through the office's Brother scanner (pixels only,
no OCR), .txt notes (one from the old office PC in GBK), and iPhone photos and screenshots."""

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
        render.par(doc, line, indent=not line.startswith(("一、", "二、", "三、", "四、", "五、", "（", "附")))
    if table:
        render.table(doc, table)
    for line in after:
        render.par(doc, line)
    if sign:
        render.par(doc)
        for line in sign:
            render.par(doc, line, align="right")
    render.save_docx(doc, path)


def jiyao(path: Path, issue: int, head: Sequence[tuple[str, str]], topics: Sequence[str], decisions: Sequence[str],
          *, org: str = "中共云栖社区委员会", author: str = CLERK) -> None:
    """A 党委会 纪要: '会议纪要 〔2025〕第N期', the header fields as 'key：value' lines, 会议议题 and 议定事项."""
    doc = render.new_docx(author)
    render.title(doc, f"{org}会议纪要", size=18)
    render.par(doc, f"〔2025〕第{issue}期", align="center")
    for key, value in head:
        render.par(doc, f"{key}：{value}")
    render.par(doc, "会议议题：", bold=True)
    for i, t in enumerate(topics, 1):
        render.par(doc, f"{i}. {t}")
    render.par(doc, "议定事项：", bold=True)
    for line in decisions:
        render.par(doc, line, indent=True)
    render.par(doc)
    render.par(doc, f"{org}办公室（记录：{CLERK}）", align="right")
    render.save_docx(doc, path)


def form(path: Path, heading: str, rows: Sequence[Sequence[str]], *, before: Sequence[str] = (),
         after: Sequence[str] = (), author: str = CLERK) -> None:
    """A form filled in a table (组织生活记录表, 学习记录, 签到表)."""
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


def _scan_page(heading: str, lines: Sequence[str], skew: float) -> Image.Image:
    img = render.page_image(heading, lines, tint=(246, 246, 246), skew=skew)
    draw = ImageDraw.Draw(img)
    draw.line([(0, 6), (img.width, 9)], fill=(120, 120, 120), width=3)  # the lid's edge
    return img.convert("L")


def scan_pdf(path: Path, heading: str, lines: Sequence[str], *, skew: float = 0.5) -> None:
    """A page through the Brother MFC (scan to PC, no OCR): one image page, no text layer."""
    _scan_page(heading, lines, skew).save(path, "PDF", resolution=render.SCAN_DPI,
                                          creationDate=render.CORE_TIME.timetuple(),
                                          modDate=render.CORE_TIME.timetuple())


def txt(path: Path, lines: Sequence[str], *, encoding: str = "utf-8") -> None:
    """A Notepad file: CRLF; the old office PC saves ANSI (GBK)."""
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))


def save_iphone(img: Image.Image, path: Path, when: dt.datetime | None) -> None:
    """An iPhone JPEG (exported as IMG_4102.JPG) with the camera's EXIF, or none when it was re-saved by WeChat."""
    exif = Image.Exif()
    if when:
        exif[0x010F] = "Apple"
        exif[0x0110] = "iPhone 13"
        stamp = when.strftime("%Y:%m:%d %H:%M:%S")
        exif[0x0132] = stamp
        exif.get_ifd(0x8769)[0x9003] = stamp
        exif.get_ifd(0x8769)[0x9004] = stamp
    img.save(path, "JPEG", quality=86, exif=exif.tobytes() if when else b"")


def phone_page(heading: str, lines: Sequence[str], *, skew: float = 2.0) -> Image.Image:
    """A handwritten-looking paper photographed on a desk with the phone: pixels only."""
    size = (1200, 1600)
    img = Image.new("RGB", size, (120, 100, 80))
    draw = ImageDraw.Draw(img)
    draw.rectangle([60, 50, size[0] - 60, size[1] - 40], fill=(250, 250, 246))
    hf = render.font(44)
    w = draw.textlength(heading, font=hf)
    draw.text(((size[0] - w) / 2, 120), heading, font=hf, fill=(25, 25, 60))
    y = 230
    for line in lines:
        for piece in render.wrap(line, 30):
            draw.text((110, y), piece, font=render.font(32), fill=(30, 30, 80))
            y += 64
    return img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=(120, 100, 80))


def wechat(group: str, messages: Sequence[tuple[str, str]], clock: str = "20:15") -> Image.Image:
    """An iPhone screenshot of a WeChat group: status bar, title, then (sender, text) bubbles."""
    img = Image.new("RGB", (1170, 2532), (237, 237, 237))
    draw = ImageDraw.Draw(img)
    draw.text((90, 40), clock, font=render.font(40), fill=(10, 10, 10))
    draw.text((330, 170), group, font=render.font(44), fill=(20, 20, 20))
    draw.line([0, 260, 1170, 260], fill=(205, 205, 205), width=2)
    y = 320
    per_line = 19
    for sender, text in messages:
        draw.rounded_rectangle([40, y, 140, y + 100], 12, fill=(90, 140, 200))
        draw.text((170, y), sender, font=render.font(30), fill=(120, 120, 120))
        pieces = render.wrap(text, per_line)
        h = 40 + 58 * len(pieces)
        draw.rounded_rectangle([170, y + 44, 170 + 46 * per_line + 40, y + 44 + h], 14, fill=(255, 255, 255))
        for k, piece in enumerate(pieces):
            draw.text((190, y + 64 + 58 * k), piece, font=render.font(42), fill=(25, 25, 25))
        y += 44 + h + 56
    return img


def app_screen(title: str, lines: Sequence[tuple[str, int]], bar: tuple[int, int, int], clock: str) -> Image.Image:
    img = Image.new("RGB", (1170, 2532), (247, 247, 249))
    draw = ImageDraw.Draw(img)
    draw.rectangle([0, 0, 1170, 300], fill=bar)
    draw.text((90, 40), clock, font=render.font(40), fill=(255, 255, 255))
    draw.text((70, 170), title, font=render.font(54), fill=(255, 255, 255))
    y = 380
    for text, size in lines:
        draw.text((70, y), text, font=render.font(size), fill=(30, 30, 30))
        y += size + 56
    return img
