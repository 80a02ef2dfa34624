"""Turn an `Extracted` into dated, classified evidence: kind, meeting type, date (and its source), title, fields."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from archive.extract.base import Extracted, Table
from archive.extract.classify import classify, is_junk_title
from archive.extract.dates import PRECISION_DAY, PRECISION_MONTH, PRECISION_YEAR, dated, find_dates, normalize
from archive.extract.filenames import CHINA_TZ, dated_path
from archive.extract.minutes import collapse_cells, minutes_fields
from archive.vocab import (
    K_DUES,
    K_MINUTES,
    K_PHOTO,
    K_ROSTER,
    K_SIGNIN,
    SOURCE_CONTENT,
    SOURCE_EXIF,
    SOURCE_FILENAME,
    SOURCE_MTIME,
)

# Texts longer than this are analysed by their head and tail only (titles, fields, dates and 落款 live there).
LONG_TEXT_CHARS = 60_000
ANALYSIS_HEAD_CHARS = 40_000
ANALYSIS_TAIL_CHARS = 4_000
# A title is cut to this many characters.
TITLE_MAX_CHARS = 80
# A line needs this many CJK characters (or twice as many letters/digits) to be a title.
TITLE_MIN_CJK = 2
# Recognised (OCR) text: a title line needs this many Chinese characters, making up this share of the line, so that
# recognition noise ("A3 党]4费 ._") never becomes a document's title.
OCR_TITLE_MIN_CJK = 4
OCR_TITLE_MIN_CJK_SHARE = 0.6
# Rows of a table counted as members of a ledger / roster / sign-in sheet.
MAX_MEMBER_ROWS = 2_000

# Field holding the number of members listed in a 党费台帐 / 花名册 / 签到表.
F_MEMBER_COUNT = "人数"

_RE_CJK = re.compile(r"[\u4e00-\u9fff]")
_RE_ALNUM = re.compile(r"[A-Za-z0-9]")
_RE_NOT_TITLE = re.compile(
    r"^(?:第?\s*\d+\s*页|-\s*\d+\s*-|附件\s*\d*\s*[:：]?|目\s*录|sheet\d*|工作表\d*|[\d\s.\-_/]+)$", re.I
)
# "文档编号：…", "紧急程度：": a field line, not a title
_RE_LABEL_LINE = re.compile(r"^[^:：]{1,8}[:：]")
_RE_EXTENSION = re.compile(r"\.(?:docx?|wps|xlsx?|et|pdf|jpe?g|png|txt)$", re.I)
_RE_NAME_CELL = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_NAME_HEADERS = ("姓名", "党员姓名", "名字")


@dataclass
class Analysis:
    """What the text of one file says about it as evidence."""

    kind: str
    meeting_type: str | None
    date: dt.date | None
    date_source: str  # content | signature | exif | filename | mtime
    title: str
    fields: dict[str, str | int] = field(default_factory=dict)
    date_precision: str | None = None  # day | month (date is the 1st) | year (date is 1 January); None: no date


def _analysed_text(text: str) -> str:
    """The text itself, or its head and tail when it is long."""
    if len(text) <= LONG_TEXT_CHARS:
        return text
    return text[:ANALYSIS_HEAD_CHARS] + "\n\n" + text[-ANALYSIS_TAIL_CHARS:]


def _stem(rel_path: str) -> str:
    base = re.split(r"[\\/]", rel_path)[-1]
    dot = base.rfind(".")
    return base[:dot] if dot > 0 else base


def _meaningful(line: str, image: bool) -> bool:
    if _RE_NOT_TITLE.match(line) or "${" in line or _RE_LABEL_LINE.match(line):
        return False
    cjk = len(_RE_CJK.findall(line))
    if image:
        visible = len(re.sub(r"\s", "", line))
        if cjk < OCR_TITLE_MIN_CJK or cjk < OCR_TITLE_MIN_CJK_SHARE * visible:
            return False
    if cjk >= TITLE_MIN_CJK:
        # a date alone ("2025年3月12日") is not a title
        dates = find_dates(line)
        rest = line
        for f in reversed(dates):
            rest = rest[:f.start] + rest[f.end:]
        return len(_RE_CJK.findall(rest)) >= TITLE_MIN_CJK or not dates
    return not image and len(_RE_ALNUM.findall(line)) >= 2 * TITLE_MIN_CJK


def first_line_title(text: str, image: bool = False) -> str | None:
    """The first meaningful line of a text (merged-cell repeats collapsed, spaces squeezed)."""
    for raw in text[:ANALYSIS_HEAD_CHARS].splitlines():
        if not raw.strip():
            continue
        cells = [c for c in collapse_cells(raw.split("\t")) if c]
        if len(cells) > 1:
            return None  # a table starts before any title line
        if not cells:
            continue
        line = re.sub(r"\s+", " ", cells[0]).strip()
        if _meaningful(normalize(line), image):
            return line[:TITLE_MAX_CHARS]
    return None


def _member_count(tables: list[Table]) -> int | None:
    """Rows with a person's name under a 姓名 column, in the first table that has one."""
    for table in tables:
        rows = table.rows[:MAX_MEMBER_ROWS]
        for r, row in enumerate(rows):
            cleaned = [re.sub(r"\s", "", c or "") for c in row]
            col = next((i for i, c in enumerate(cleaned) if c in _NAME_HEADERS), None)
            if col is None:
                continue
            names = {
                re.sub(r"\s", "", other[col]) for other in rows[r + 1:]
                if col < len(other) and _RE_NAME_CELL.match(re.sub(r"\s", "", other[col] or ""))
                and re.sub(r"\s", "", other[col]) not in ("合计", "小计", "总计", "备注")
            }
            return len(names)
    return None


def _mtime_date(mtime: float) -> dt.date | None:
    try:
        return dt.datetime.fromtimestamp(mtime, CHINA_TZ).date()
    except (OverflowError, OSError, ValueError):
        return None


SPREADSHEET_FORMATS = ("xlsx", "xls", "et")
# Rows searched for a workbook's title row (a row with a single filled cell, above the header).
TITLE_ROWS = 5


def _workbook_title(extracted: Extracted) -> str | None:
    """A workbook's title row ("幸福里社区党支部2025年党费收缴台帐"), rather than its sheet name."""
    if extracted.format not in SPREADSHEET_FORMATS or not extracted.tables:
        return None
    for row in extracted.tables[0].rows[:TITLE_ROWS]:
        cells = [c.strip() for c in row if c and c.strip()]
        if len(cells) == 1 and _meaningful(normalize(cells[0]), False):
            return re.sub(r"\s+", " ", cells[0])[:TITLE_MAX_CHARS]
        if len(cells) > 1:
            return None
    return None


# Where a date may come from, best first, by how precise it is: (source, precision).
# A document: what it says of itself first. A photo: when it was taken (a notice board shows other days).
DOCUMENT_DATE_ORDER = (
    (SOURCE_CONTENT, PRECISION_DAY), (SOURCE_EXIF, PRECISION_DAY), (SOURCE_FILENAME, PRECISION_DAY),
    (SOURCE_CONTENT, PRECISION_MONTH), (SOURCE_FILENAME, PRECISION_MONTH),
    (SOURCE_CONTENT, PRECISION_YEAR), (SOURCE_FILENAME, PRECISION_YEAR),
)
PHOTO_DATE_ORDER = (
    (SOURCE_EXIF, PRECISION_DAY), (SOURCE_FILENAME, PRECISION_DAY), (SOURCE_CONTENT, PRECISION_DAY),
    (SOURCE_CONTENT, PRECISION_MONTH), (SOURCE_FILENAME, PRECISION_MONTH),
    (SOURCE_CONTENT, PRECISION_YEAR), (SOURCE_FILENAME, PRECISION_YEAR),
)


def _monthly_workbook_year(extracted: Extracted) -> dt.date | None:
    """1 January of the year of a workbook kept a sheet per month ("2025年1月党费收缴登记", "2025年2月…"): its
    sheets are dated by different months of one year, none by a day. None for any other file."""
    if extracted.format not in SPREADSHEET_FORMATS or len(extracted.tables) < 2:
        return None
    months = set()
    for table in extracted.tables:
        sheet = dated("\n".join("\t".join(cell or "" for cell in row) for row in table.rows))
        if sheet is None:
            continue
        if sheet[2] != PRECISION_MONTH:
            return None
        months.add((sheet[0].year, sheet[0].month))
    years = {y for y, _ in months}
    return dt.date(years.pop(), 1, 1) if len(months) >= 2 and len(years) == 1 else None


def _date(text: str, extracted: Extracted, rel_path: str, mtime: float,
          photo: bool = False) -> tuple[dt.date | None, str, str | None]:
    """(date, source, precision): the most precise date in DOCUMENT_DATE_ORDER (PHOTO_DATE_ORDER for a photo);
    the file's mtime when nothing else dates it."""
    candidates: dict[tuple[str, str], tuple[dt.date, str]] = {}
    found = dated(text)
    if found and found[2] == PRECISION_MONTH and (year := _monthly_workbook_year(extracted)):
        found = (year, found[1], PRECISION_YEAR)
    if found:
        # a 落款 date is content for this ordering but keeps its own source word
        candidates[(SOURCE_CONTENT, found[2])] = (found[0], found[1])
    if extracted.exif_date is not None:
        candidates[(SOURCE_EXIF, PRECISION_DAY)] = (extracted.exif_date.date(), SOURCE_EXIF)
    if from_name := dated_path(rel_path):
        candidates[(SOURCE_FILENAME, from_name[1])] = (from_name[0].date(), SOURCE_FILENAME)
    for key in PHOTO_DATE_ORDER if photo else DOCUMENT_DATE_ORDER:
        if key in candidates:
            date, source = candidates[key]
            return date, source, key[1]
    date = _mtime_date(mtime)
    return date, SOURCE_MTIME, PRECISION_DAY if date else None


def analyze(extracted: Extracted, rel_path: str, mtime: float) -> Analysis:
    """Kind, meeting type, date (see DOCUMENT_DATE_ORDER / PHOTO_DATE_ORDER) and its precision, title, fields."""
    text = _analysed_text(extracted.text or "")
    image = extracted.format == "image"
    filename = re.split(r"[\\/]", rel_path)[-1]
    kind, meeting_type = classify(text, extracted.title, extracted.format, extracted.tables, filename)

    date, source, precision = _date(text, extracted, rel_path, mtime, photo=kind == K_PHOTO)

    recognised = image or bool(getattr(extracted, "ocr", False))  # the text came from OCR: noise is likely
    title = _workbook_title(extracted) or first_line_title(text, image=recognised)
    if not title and extracted.title and not is_junk_title(extracted.title):
        title = _RE_EXTENSION.sub("", re.sub(r"\s+", " ", extracted.title).strip())[:TITLE_MAX_CHARS]
    if not title:
        title = _stem(rel_path)

    fields: dict[str, str | int] = {}
    if kind == K_MINUTES:
        fields = minutes_fields(text, extracted.tables)
    elif kind in (K_DUES, K_ROSTER, K_SIGNIN):
        count = _member_count(extracted.tables)
        if count:
            fields[F_MEMBER_COUNT] = count
    return Analysis(kind=kind, meeting_type=meeting_type, date=date, date_source=source, title=title, fields=fields,
                    date_precision=precision)
