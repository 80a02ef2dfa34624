"""Chinese date parsing: dates in running text, user-typed dates, and THE date of a document."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass

# Plausible years for a date read from running text (history like 1921年7月1日 is still a date).
MIN_TEXT_YEAR = 1900
MAX_TEXT_YEAR = 2100
# Plausible years for the date OF a document (a 1921 anniversary in a 党课 text is not its date).
MIN_DOC_YEAR = 1990
MAX_DOC_YEAR = 2100
# How many non-empty lines count as the head (title area) / the tail (落款 area) of a document.
HEAD_LINES = 6
TAIL_LINES = 6
# The head must also lie within this many characters of the start (long first paragraphs are body).
HEAD_MAX_CHARS = 400
# A head line longer than this is body text, not a title (its dates do not date the document).
HEAD_TITLE_MAX_CHARS = 40
# A label (会议时间：) and its date may be separated by at most this many characters (spaces, tabs, repeats).
LABEL_GAP_CHARS = 24
# A 落款 line is at most this long (org name + date).
SIGNATURE_LINE_MAX_CHARS = 60

# A list under a title naming only its year, every row of which carries one same day (at least this many rows,
# each date in a table cell), is dated by that day.
SAME_DAY_ROWS = 2

PRECISION_DAY = "day"
PRECISION_MONTH = "month"
PRECISION_YEAR = "year"  # the date is 1 January of that year

_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_FULLWIDTH[0x3000] = 0x20  # ideographic space
_FULLWIDTH[0x2014] = 0x2D  # em dash, seen as a date separator
_FULLWIDTH[0x2013] = 0x2D  # en dash
_FULLWIDTH[0x2215] = 0x2F  # division slash


_RE_WIDE = re.compile("[" + "".join(chr(c) for c in _FULLWIDTH) + "]")


def _fold(m: re.Match[str]) -> str:
    return chr(_FULLWIDTH[ord(m.group())])


def normalize(text: str) -> str:
    """Fold full-width ASCII and ideographic spaces to ASCII, keeping every offset unchanged."""
    if text.isascii():
        return text
    return _RE_WIDE.sub(_fold, text)


_ZERO = "〇○零OoО0Ｏ◯"
_CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "O": 0, "o": 0, "О": 0, "0": 0, "Ｏ": 0, "◯": 0,
              "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "两": 2}
_CN_YEAR_DIGIT = f"[{_ZERO}一二三四五六七八九]"
_CN_MONTH = "(?:十[一二]?|[一二三四五六七八九]|元|正)"
_CN_DAY = "(?:三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_CN_HOUR = "(?:二十[一二三]?|十[一二三四五六七八九]?|[零一二三四五六七八九两])"
_CN_MINUTE = "(?:[一二三四五]?十[一二三四五六七八九]?|[零〇][一二三四五六七八九]|[一二三四五六七八九])"

_WEEKDAY = r"(?:\s*[(（]?\s*(?:星期|周|礼拜)[一二三四五六日天七]\s*[)）]?)?"
_PERIOD = r"(?:上午|下午|晚上|早上|早晨|中午|晚间|凌晨|傍晚|夜间|晚|早)"
# Time after a date: 9:00, 上午9:00, 下午3点, 下午3点半, 14时30分, 下午三点.
_TIME = (
    rf"{_WEEKDAY}\s*(?P<period>{_PERIOD})?\s*"
    rf"(?:(?P<h>\d{{1,2}})\s*[:：]\s*(?P<m>\d{{2}})(?!\d)"
    rf"|(?P<h2>\d{{1,2}}|{_CN_HOUR})\s*[点时](?:\s*(?P<half>半)|\s*(?P<m2>\d{{1,2}}|{_CN_MINUTE})\s*分?)?)"
)

_RE_ARABIC = re.compile(
    rf"(?<!\d)(?P<date>(?P<y>\d{{4}})\s*年\s*(?P<mo>\d{{1,2}})\s*月(?:份)?(?:\s*(?P<d>\d{{1,2}})\s*[日号])?)"
    rf"(?:{_TIME})?"
)
_RE_CN = re.compile(
    rf"(?P<date>(?P<y>{_CN_YEAR_DIGIT}{{4}})\s*年\s*(?P<mo>{_CN_MONTH})\s*月(?:份)?(?:\s*(?P<d>{_CN_DAY})\s*[日号])?)"
    rf"(?:{_TIME})?"
)
_RE_SEP = re.compile(
    rf"(?<![\d.\-/])(?P<date>(?P<y>\d{{4}})(?P<sep>[.\-/])(?P<mo>\d{{1,2}})(?P=sep)(?P<d>\d{{1,2}})(?!\d|[.\-/]\d)[日号]?)"
    rf"(?:{_TIME})?"
)
# A two-digit year as people jot it in a notebook: "25年3月12日 上午9:00" (always with its day: "25年3月" alone is too
# often something else). Not "党龄25年", "50年代", "第25年", "工作了25年3个月": the day and month must follow.
_RE_SHORT_YEAR = re.compile(
    rf"(?<![\d第龄.\-/])(?P<date>(?P<y>\d{{2}})\s*年\s*(?P<mo>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*[日号])"
    rf"(?:{_TIME})?"
)
# A two-digit year means 20YY, and only up to next year ("98年" is 1998, before any document this toolkit dates).
SHORT_YEAR_MIN = 2000


def _short_year(s: str) -> int | None:
    year = 2000 + int(s)
    return year if SHORT_YEAR_MIN <= year <= dt.date.today().year + 1 else None


_RE_NOYEAR = re.compile(
    rf"(?<![\d年.\-/])(?P<date>(?P<mo>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*[日号])(?:{_TIME})?"
)
_RE_NOYEAR_CN = re.compile(
    rf"(?<![{_ZERO}一二三四五六七八九十年])(?P<date>(?P<mo>{_CN_MONTH})\s*月\s*(?P<d>{_CN_DAY})\s*[日号])(?:{_TIME})?"
)


@dataclass
class FoundDate:
    """A date found in text: where it is, what it says, and how precise it is."""

    date: dt.date
    time: dt.time | None
    start: int
    end: int
    text: str
    precision: str = PRECISION_DAY  # "day" or "month" (then date is the 1st of the month)
    year_inferred: bool = False  # "3月12日" took its year from a nearby full date


def _cn_number(s: str) -> int | None:
    """Value of a small Chinese numeral (一 … 三十一, 两, 元/正 for January) or of ASCII digits."""
    if not s:
        return None
    if s.isdigit() and s.isascii():
        return int(s)
    if s in ("元", "正"):
        return 1
    if "十" in s:
        tens, _, units = s.partition("十")
        t = _CN_DIGITS.get(tens, None) if tens else 1
        u = _CN_DIGITS.get(units, None) if units else 0
        if t is None or u is None:
            return None
        return t * 10 + u
    if len(s) == 1:
        return _CN_DIGITS.get(s)
    # "零五" style minutes
    value = 0
    for ch in s:
        if ch not in _CN_DIGITS:
            return None
        value = value * 10 + _CN_DIGITS[ch]
    return value


def _cn_year(s: str) -> int | None:
    """Value of a digit-by-digit Chinese year (二〇二五)."""
    value = 0
    for ch in s:
        digit = _CN_DIGITS.get(ch)
        if digit is None:
            return None
        value = value * 10 + digit
    return value


def _make_date(y: int | None, mo: int | None, d: int | None) -> dt.date | None:
    if y is None or mo is None or d is None or not (MIN_TEXT_YEAR <= y <= MAX_TEXT_YEAR):
        return None
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


def _make_time(m: re.Match[str]) -> dt.time | None:
    groups = m.groupdict()
    hour_s = groups.get("h") or groups.get("h2")
    if not hour_s:
        return None
    hour = _cn_number(hour_s)
    minute = 0
    if groups.get("m"):
        minute = int(groups["m"])
    elif groups.get("m2"):
        minute = _cn_number(groups["m2"]) or 0
    elif groups.get("half"):
        minute = 30
    if hour is None:
        return None
    period = groups.get("period") or ""
    if period in ("下午", "晚上", "晚间", "傍晚", "夜间", "晚") and hour < 12:
        hour += 12
    elif period == "中午" and hour < 11:
        hour += 12
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return dt.time(hour, minute)


def _found(text: str, m: re.Match[str], date: dt.date, precision: str, inferred: bool = False) -> FoundDate:
    time = _make_time(m) if precision == PRECISION_DAY else None
    end = m.end() if time is not None else m.end("date")
    return FoundDate(date=date, time=time, start=m.start(), end=end, text=text[m.start():end],
                     precision=precision, year_inferred=inferred)


def find_dates(text: str) -> list[FoundDate]:
    """All dates in `text`, in order; yearless dates take the year of the nearest full date, else are dropped."""
    norm = normalize(text)
    found: list[FoundDate] = []
    for regex, year_of in ((_RE_ARABIC, int), (_RE_CN, _cn_year), (_RE_SEP, int), (_RE_SHORT_YEAR, _short_year)):
        for m in regex.finditer(norm):
            year, month = year_of(m["y"]), _cn_number(m["mo"])
            if year is None:
                continue
            if m["d"] is not None:
                date = _make_date(year, month, _cn_number(m["d"]))
                precision = PRECISION_DAY
            else:
                date = _make_date(year, month, 1)
                precision = PRECISION_MONTH
            if date:
                found.append(_found(text, m, date, precision))
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[FoundDate] = []
    last_end = -1
    for f in found:
        if f.start >= last_end:
            kept.append(f)
            last_end = f.end
    if not kept:
        return kept

    # yearless dates ("3月12日") take the year of the nearest full date
    starts = [f.start for f in kept]
    spans = [(f.start, f.end) for f in kept]
    extra: list[FoundDate] = []
    for regex in (_RE_NOYEAR, _RE_NOYEAR_CN):
        for m in regex.finditer(norm):
            i = bisect.bisect_right(starts, m.start())
            if i > 0 and spans[i - 1][1] > m.start():
                continue  # inside a full date
            if i < len(spans) and spans[i][0] < m.end("date"):
                continue
            near = [kept[j] for j in (i - 1, i) if 0 <= j < len(kept)]
            anchor = min(near, key=lambda f: m.start() - f.end if f.end <= m.start() else f.start - m.end())
            date = _make_date(anchor.date.year, _cn_number(m["mo"]), _cn_number(m["d"]))
            if date:
                extra.append(_found(text, m, date, PRECISION_DAY, inferred=True))
    if extra:
        kept = sorted(kept + extra, key=lambda f: f.start)
    return kept


_RE_USER_YM = re.compile(r"^\s*(\d{4})\s*(?:[.\-/]|年)\s*(\d{1,2})\s*(?:月份?)?\s*$")
_RE_USER_YMD_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})\s*$")
_RE_USER_Y = re.compile(r"^\s*(\d{4})\s*年?\s*$")


def parse_period(s: str) -> tuple[dt.date, dt.date] | None:
    """First and last day meant by a user-typed date ("2025-03-12", "2025.3", "2025年3月", "2025")."""
    if not s or not s.strip():
        return None
    norm = normalize(s).strip()
    m = _RE_USER_YMD_COMPACT.match(norm)
    if m:
        date = _make_date(int(m[1]), int(m[2]), int(m[3]))
        return (date, date) if date else None
    m = _RE_USER_YM.match(norm)
    if m:
        first = _make_date(int(m[1]), int(m[2]), 1)
        if not first:
            return None
        nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    m = _RE_USER_Y.match(norm)
    if m:
        year = int(m[1])
        if MIN_TEXT_YEAR <= year <= MAX_TEXT_YEAR:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        return None
    dates = find_dates(norm)
    if len(dates) == 1 and not dates[0].year_inferred:
        f = dates[0]
        rest = (norm[:f.start] + norm[f.end:]).strip()
        if not rest:
            if f.precision == PRECISION_MONTH:
                return parse_period(f"{f.date.year}-{f.date.month}")
            return f.date, f.date
    return None


def parse_date(s: str) -> dt.date | None:
    """A user-typed date ("2025-03-12", "2025.3", "2025年3月"); a month or year means its first day."""
    period = parse_period(s)
    return period[0] if period else None


# --- the date of a document -------------------------------------------------------------------------------

# A date label is "<up to LABEL_PREFIX_MAX_CHARS CJK>时间|日期" at the start of a line or cell: 会议时间, 帮扶时间,
# 走访时间, 活动日期, bare 时间/日期 … Labels of a person's particulars or of a deadline never date a document.
LABEL_PREFIX_MAX_CHARS = 4
_RE_LABEL = re.compile(
    rf"(?:^|(?<=[\t\n\r |│]))(?P<label>[\u4e00-\u9fff]{{0,{LABEL_PREFIX_MAX_CHARS}}}?(?:时\s*间|日\s*期))\s*(?:[:：]|\t|\s)?"
)
NOT_DOCUMENT_DATE_LABELS = ("出生", "入党", "转正", "预备", "参加工作", "工作", "入职", "任职", "就职", "毕业", "截止",
                            "报名", "申请", "批准", "发展", "迁入", "迁出", "转入", "转出", "入学",
                            "整改", "有效", "失效", "到期", "打印", "导出", "修改", "更新", "创建", "提交", "计划",
                            "下次", "拟定", "预计")
_RE_ORG_END = re.compile(
    r"(?:支部|总支|党委|党工委|工委|委员会|社区|居委会|村委会|街道|办事处|办公室|工作站|党组|中心|学校|党校|公司|小组|妇联|团委|"
    r"协会|分局|医院|盖章|[(（]章[)）]|签字|签名|落款|甲方|乙方)[)）]?\s*[:：]?\s*$"
)
# A 落款 may also be a bare date label: "日期：2025年3月12日" (not "入党时间：…").
_RE_SIGN_LABEL = re.compile(r"^(?:签发|填表|填报|成文|报送|落款|签字|签名|签订)?\s*(?:时\s*间|日\s*期)\s*[:：]?$")
_RE_LINE = re.compile(r"[^\n\r]+")
# What may precede a date that opens its line: spaces and brackets.
_RE_LINE_LEAD = re.compile(r"[\s\t(（\[【]")
_RE_FIELD_LINE = re.compile(r"^[^:：]{1,8}[:：]")
_RE_SENTENCE = re.compile(r"[，。；,;！？]")
_RE_ENUMERATED = re.compile(r"^(?:[一二三四五六七八九十]+[、.]|\d+[、.．]|[(（][一二三四五六七八九十\d]+[)）])")


def _lines(text: str) -> list[tuple[int, int, str]]:
    """Non-empty lines as (start, end, stripped text)."""
    out = []
    for m in _RE_LINE.finditer(text):
        s = m.group().strip()
        if s:
            out.append((m.start(), m.end(), s))
    return out


def _doc_year_ok(d: dt.date) -> bool:
    return MIN_DOC_YEAR <= d.year <= MAX_DOC_YEAR


def _labelled(text: str, dates: list[FoundDate]) -> FoundDate | None:
    """A date right after a 会议时间/时间/日期 label; specific labels win over bare 时间/日期."""
    starts = [f.start for f in dates]
    best: tuple[int, int, FoundDate] | None = None
    for m in _RE_LABEL.finditer(text):
        i = bisect.bisect_left(starts, m.end())
        if i >= len(dates):
            continue
        f = dates[i]
        gap = text[m.end():f.start]
        if len(gap) > LABEL_GAP_CHARS or "\n" in gap:
            continue
        # the gap may only hold spaces, tabs, colons and repeats of the label (merged table cells)
        label = re.sub(r"\s", "", m["label"])
        prefix = label[:-2]
        if prefix.startswith(NOT_DOCUMENT_DATE_LABELS):
            continue
        if re.sub(rf"[\s:：]|{re.escape(label)}|时\s*间|日\s*期", "", gap):
            continue
        if f.precision != PRECISION_DAY or not _doc_year_ok(f.date):
            continue
        specific = 0 if prefix else 1
        rank = (specific, m.start())
        if best is None or rank < best[:2]:
            best = (specific, m.start(), f)
    return best[2] if best else None


# A 落款 may say what happened on that date: "2023年3月制定  2025年1月修订".
_RE_SIGN_VERB = re.compile(r"制定|修订|修改|印发|发布|通过|施行")


# An opinion closed by the day it was given, in brackets: "支部意见\t同意继续培养。（2025年12月10日）".
_RE_DATED_OPINION = re.compile(r"[。.]\s*[(（]$")


def _signature(text: str, lines: list[tuple[int, int, str]], dates: list[FoundDate]) -> FoundDate | None:
    """The 落款 date: a date alone on one of the last lines, or after an org name (a day, else a month)."""
    for start, end, line in reversed(lines[-TAIL_LINES:]):
        if len(line) > SIGNATURE_LINE_MAX_CHARS:
            continue
        in_line = [f for f in dates if start <= f.start < end]
        if not in_line:
            continue
        f = in_line[-1]
        if not _doc_year_ok(f.date):
            continue
        before = text[start:f.start]
        for other in in_line[:-1]:
            before = before.replace(other.text, "")
        before = _RE_SIGN_VERB.sub("", before).strip()
        after = _RE_SIGN_VERB.sub("", text[f.end:end]).strip()
        if after and not re.fullmatch(r"[)）\]】。.\s]*", after):
            continue
        if (not before or _RE_ORG_END.search(before) or _RE_SIGN_LABEL.match(before)
                or _RE_DATED_OPINION.search(before)):
            return f
    return None


def signature_date(text: str) -> FoundDate | None:
    """The 落款 date of a document (a date alone on one of its last lines, or after an org name); None if none."""
    lines = _lines(text)
    if len(lines) < 2:  # the first line is a title, never a 落款
        return None
    return _signature(text, lines[1:], find_dates(text))


# "（截至2025年6月，…）" under a roster's title: the day or month the list stands at.
_RE_AS_OF = re.compile(r"^[\s(（\[【]*(?:截至|截止(?:到|至)?|统计(?:截至|截止|至))\s*$")


def _heads_line(line: str, offset: int) -> bool:
    """Whether a date at `offset` dates its line: it opens the line, or the line is a title (short, no sentence)."""
    if not _RE_LINE_LEAD.sub("", line[:offset]) or _RE_AS_OF.match(line[:offset]):
        return True
    stripped = line.strip()
    return (len(stripped) <= HEAD_TITLE_MAX_CHARS and not _RE_SENTENCE.search(stripped)
            and not _RE_ENUMERATED.match(stripped) and not _RE_FIELD_LINE.match(stripped))


_RE_YEAR_ONLY = re.compile(rf"(?<![\d.\-/])(?P<y>\d{{4}}|{_CN_YEAR_DIGIT}{{4}})\s*年(?:度)?")


def _head_year(text: str, head: list[tuple[int, int, str]], dates: list[FoundDate]) -> dt.date | None:
    """A year alone in the title area ("2025年党费收缴台帐", "东湖社区党员花名册（2025年度）"): 1 January of it."""
    norm = normalize(text)
    for start, end, line in head:
        for m in _RE_YEAR_ONLY.finditer(norm, start, end):
            if any(f.start <= m.start() < f.end for f in dates):
                continue  # part of a full or month date
            year = int(m["y"]) if m["y"].isdigit() and m["y"].isascii() else _cn_year(m["y"])
            if year is None or not (MIN_DOC_YEAR <= year <= MAX_DOC_YEAR):
                continue
            if "\t" not in line.strip("\t") and _heads_line(text[start:end], m.start() - start):
                return dt.date(year, 1, 1)
    return None


_RE_GAP_BEFORE = re.compile(r"(?:[ \u3000]{2,}|\t)$")


def _trails_line(line: str, f: FoundDate, line_start: int) -> bool:
    """A date set apart at the end of a short head line: "主讲人：周海燕    2025年3月20日"."""
    before, after = line[:f.start - line_start], line[f.end - line_start:]
    return (len(line.strip()) <= HEAD_TITLE_MAX_CHARS and not after.strip(" \u3000)）")
            and bool(_RE_GAP_BEFORE.search(before)) and not _RE_SENTENCE.search(before))


def document_date(text: str) -> tuple[dt.date, str] | None:
    """THE date of a document and where it came from: ("content" | "signature"), or None."""
    found = dated(text)
    return (found[0], found[1]) if found else None


def dated(text: str) -> tuple[dt.date, str, str] | None:
    """Like document_date, plus the precision of the date ("day", "month", or "year" for a year alone in the title
    area, dated 1 January)."""
    if not text:
        return None
    dates = find_dates(text)
    if not dates:
        year = _head_year(text, [ln for ln in _lines(text)[:HEAD_LINES] if ln[0] < HEAD_MAX_CHARS], dates)
        return (year, "content", PRECISION_YEAR) if year else None
    labelled = _labelled(normalize(text), dates)
    if labelled:
        return labelled.date, "content", labelled.precision
    lines = _lines(text)
    head = [ln for ln in lines[:HEAD_LINES] if ln[0] < HEAD_MAX_CHARS]
    head_end = head[-1][1] if head else 0
    # dates in the title area, not in table rows ("出生年月(2019/10/24)\t民族" is a header, not a title);
    # a date without its year ("6月27日支部党员大会讨论通过…") is body text, never the document's date
    head_spans = [(s, e) for s, e, line in head if "\t" not in line.strip("\t")]
    head_dates = [f for f in dates if f.start < head_end and _doc_year_ok(f.date) and not f.year_inferred
                  and any(s <= f.start < e and (_heads_line(text[s:e], f.start - s) or _trails_line(text[s:e], f, s))
                          for s, e in head_spans)]
    head_day = next((f for f in head_dates if f.precision == PRECISION_DAY), None)
    # the first line is a title, never a 落款
    signature = _signature(text, lines[1:], dates) if len(lines) > 1 else None
    if signature and signature.precision != PRECISION_DAY and head_day:
        signature = None
    if head_day and not (signature and signature.start == head_day.start):
        return head_day.date, "content", PRECISION_DAY
    head_month = next((f for f in head_dates if f.precision == PRECISION_MONTH), None)
    if head_month:
        if signature and (signature.date.year, signature.date.month) == (head_month.date.year, head_month.date.month):
            return signature.date, "signature", signature.precision
        return head_month.date, "content", PRECISION_MONTH
    if signature:
        return signature.date, "signature", signature.precision
    year = _head_year(text, head, dates)
    if year and (closing := _closing_day(text, lines[1:], dates)) and closing.date.year == year.year:
        # "2025年度党员群众满意度测评统计" … "统计：赵秀兰  2025年12月16日": the day it was made, in the year it names
        return closing.date, "signature", PRECISION_DAY
    if year and (days := {f.date for f in dates}) and len(days) == 1 and len(dates) >= SAME_DAY_ROWS:
        day = days.pop()
        if all(f.precision == PRECISION_DAY and not f.year_inferred and "\t" in text[f.start - 1:f.end + 1]
               for f in dates) and day.year == year.year:
            # "2025年春季党员轮训班参训名单": every row's 参训日期 is 2025-03-08, the day the list records
            return day, "content", PRECISION_DAY
    return (year, "content", PRECISION_YEAR) if year else None


def _closing_day(text: str, lines: list[tuple[int, int, str]], dates: list[FoundDate]) -> FoundDate | None:
    """A day closing one of the last lines, alone or set apart from what precedes it ("统计：赵秀兰  2025年12月16日",
    "填表人：张三\t2025年12月16日"), not inside a sentence."""
    for start, end, line in reversed(lines[-TAIL_LINES:]):
        if len(line) > SIGNATURE_LINE_MAX_CHARS:
            continue
        in_line = [f for f in dates if start <= f.start < end]
        if not in_line:
            continue
        f = in_line[-1]
        if f.precision != PRECISION_DAY or f.year_inferred or not _doc_year_ok(f.date):
            return None
        before, after = text[start:f.start], text[f.end:end]
        if after.strip(" \u3000\t)）】。."):
            return None
        if before.strip() and (not _RE_GAP_BEFORE.search(before) or _RE_SENTENCE.search(before)):
            return None
        return f
    return None
