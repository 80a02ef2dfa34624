"""How this village's clerk writes: docx headings and 落款, minutes as a form (会议名称/时间/地点/主持人/参会人员/会议内容),
as prose or as a 纪要 of 议定事项; phone scans with the scanner app's footer; dates in three hands."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from labelled_year import render
from PIL import ImageDraw

from .people import CLERK

CN_DIGITS = "〇一二三四五六七八九"


def cn(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def dotted(day: dt.date) -> str:
    return f"{day.year}.{day.month}.{day.day}"


def upper(day: dt.date) -> str:
    """二〇二五年五月二十日, as seals and resolutions are dated."""
    year = "".join(CN_DIGITS[int(c)] for c in str(day.year))
    return f"{year}年{_cn_num(day.month)}月{_cn_num(day.day)}日"


def _cn_num(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def docx(path: Path, heading: str, body: Sequence[str], *, sign: Sequence[str] = (), addressee: str = "",
         table: Sequence[Sequence[str]] | None = None, table_first: bool = False, author: str = CLERK,
         subtitle: str = "") -> None:
    """A plain Word paper: heading, optional 主送, body paragraphs, optional table, 落款 right-aligned."""
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
        render.par(doc, line, indent=not line.startswith(("一、", "二、", "三、", "四、", "五、", "六、")))
    if table and not table_first:
        render.table(doc, table)
    if sign:
        render.par(doc)
        for line in sign:
            render.par(doc, line, align="right")
    render.save_docx(doc, path)


def camscanner_pdf(path: Path, heading: str, lines: Sequence[str], *, skew: float = 0.7) -> None:
    """A page photographed with the phone scanner app: pixels only, its footer printed at the bottom."""
    img = render.page_image(heading, lines, tint=(246, 246, 240), skew=skew)
    draw = ImageDraw.Draw(img)
    fnt = render.font(22)
    draw.text((img.width - 260, img.height - 70), "扫描全能王 创建", font=fnt, fill=(150, 150, 150))
    img.save(path, "PDF", resolution=render.SCAN_DPI, creationDate=render.CORE_TIME.timetuple(),
             modDate=render.CORE_TIME.timetuple())
