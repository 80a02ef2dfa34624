"""Fields of 会议记录 (minutes): 会议时间, 主持人, 应到/实到 … from line layouts and table layouts."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from archive.extract.base import Table
from archive.extract.dates import normalize

# Minutes fields sit at the top; only this many characters of a long text are read.
MINUTES_HEAD_CHARS = 8_000
# Tables: only this many tables, and this many rows of each, are read.
MINUTES_MAX_TABLES = 20
MINUTES_TABLE_ROWS = 60
# A field value longer than this is cut (议题 lists, 参加人员 lists).
MAX_FIELD_CHARS = 300
# An empty 议题： line takes at most this many following lines as its value.
MAX_TOPIC_LINES = 6

F_NAME = "会议名称"
F_TYPE = "会议类型"
F_TIME = "会议时间"
F_PLACE = "地点"
F_HOST = "主持人"
F_RECORDER = "记录人"
F_EXPECTED = "应到人数"
F_PRESENT = "实到人数"
F_ABSENT = "缺席人员"
F_ATTENDEES = "参加人员"
F_TOPIC = "议题"

NUMBER_FIELDS = (F_EXPECTED, F_PRESENT)

# Label (as written, whitespace removed) → field. Longer labels are tried first.
LABELS: dict[str, str] = {
    "会议名称": F_NAME, "活动名称": F_NAME, "会议名目": F_NAME,
    "会议类型": F_TYPE, "会议类别": F_TYPE, "会议形式": F_TYPE, "活动类型": F_TYPE,
    "会议时间": F_TIME, "开会时间": F_TIME, "召开时间": F_TIME, "活动时间": F_TIME, "会议日期": F_TIME,
    "活动日期": F_TIME, "时间": F_TIME, "日期": F_TIME,
    "会议地点": F_PLACE, "活动地点": F_PLACE, "开会地点": F_PLACE, "召开地点": F_PLACE, "地点": F_PLACE,
    "地址": F_PLACE,
    "主持人": F_HOST, "会议主持人": F_HOST, "主持": F_HOST,
    "记录人": F_RECORDER, "记录员": F_RECORDER, "会议记录人": F_RECORDER, "记录": F_RECORDER,
    "应到人数": F_EXPECTED, "应到": F_EXPECTED, "应出席人数": F_EXPECTED, "应参会人数": F_EXPECTED,
    "应参加人数": F_EXPECTED, "应到会人数": F_EXPECTED, "应到人员": F_EXPECTED,
    "实到人数": F_PRESENT, "实到": F_PRESENT, "实际到会人数": F_PRESENT, "实出席人数": F_PRESENT,
    "出席人数": F_PRESENT, "参加人数": F_PRESENT, "参会人数": F_PRESENT, "到会人数": F_PRESENT,
    "实到会人数": F_PRESENT,
    "缺席人员及原因": F_ABSENT, "缺席人员": F_ABSENT, "缺席人": F_ABSENT, "缺席人员姓名及原因": F_ABSENT,
    "缺席情况": F_ABSENT, "请假人员": F_ABSENT, "缺席及原因": F_ABSENT, "缺席": F_ABSENT,
    "参加人员": F_ATTENDEES, "出席人员": F_ATTENDEES, "参会人员": F_ATTENDEES, "到会人员": F_ATTENDEES,
    "参加者": F_ATTENDEES, "出席": F_ATTENDEES,
    "会议议题": F_TOPIC, "议题": F_TOPIC, "会议主要议题": F_TOPIC, "主要议题": F_TOPIC, "会议主题": F_TOPIC,
    "活动主题": F_TOPIC, "学习内容": F_TOPIC, "活动内容": F_TOPIC,
    "主持人姓名": F_HOST, "记录人姓名": F_RECORDER, "实际会议时间": F_TIME,
}
# Labels that end the value before them but are not fields themselves.
STOP_LABELS: tuple[str, ...] = (
    "编号", "整理", "审核", "审核人", "主持单位", "单位", "联系电话", "备注", "会议内容", "会议记录", "内容", "决议",
    "会议决议", "决议事项", "会议主要内容", "主要内容", "请假人数", "计划会议时间", "列席人员", "签名", "签字",
)
# Short labels that are also ordinary words: in running text they need a boundary before them.
_NEEDS_BOUNDARY = {"时间", "日期", "地点", "地址", "主持", "记录", "出席", "缺席", "议题", "应到", "实到"}

_ALL_LABELS: dict[str, str | None] = {**dict.fromkeys(STOP_LABELS), **LABELS}
_LABELS_BY_LENGTH = sorted(_ALL_LABELS, key=len, reverse=True)
_NO_FIELD = ""


_MAX_LABEL_CHARS = max(map(len, _ALL_LABELS))
_RE_COLON = re.compile(r"[:：]")


def _label_before(text: str, colon: int) -> tuple[int, str] | None:
    """The label ending right before a colon ("主 持 人：" → start, field), spaces between characters allowed."""
    chars: list[str] = []
    starts: list[int] = []
    i = colon - 1
    while i >= 0 and len(chars) < _MAX_LABEL_CHARS + 1:
        ch = text[i]
        if ch != " ":
            chars.append(ch)
            starts.append(i)
        elif chars and i > 0 and text[i - 1] == " " and len(chars) > 1:
            break  # two spaces inside: the label has ended
        i -= 1
    compact = "".join(reversed(chars))
    for label in _LABELS_BY_LENGTH:
        if compact.endswith(label):
            n = len(label)
            start = starts[n - 1]
            if label in _NEEDS_BOUNDARY and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
                continue
            return start, _ALL_LABELS[label] or _NO_FIELD
    return None


_CN_NUM = "[零〇一二三四五六七八九十两]+"
_RE_EXPECTED = re.compile(
    rf"应(?:到|出席|参加|参会|到会)(?:会|会议)?(?:人数|党员|人员)?[ ]*[:：]?[ ]*(?P<n>\d+|{_CN_NUM})[ ]*(?:人|名)?"
)
_RE_PRESENT = re.compile(
    rf"(?:实(?:际)?(?:到|出席|参加|参会|到会)|(?<!应)(?:出席|参加|参会|到会))(?:会|会议)?(?:人数|党员|人员)?[ ]*[:：]?[ ]*"
    rf"(?P<n>\d+|{_CN_NUM})[ ]*(?:人|名)"
    rf"|实(?:际)?到(?:会)?(?:人数)?[ ]*[:：]?[ ]*(?P<n2>\d+|{_CN_NUM})"
)
_RE_INT = re.compile(rf"\d+|{_CN_NUM}")
_RE_ENUM_LINE = re.compile(r"^\s*(?:\d+[.、．)）]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|[①-⑩])")
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cn_int(s: str) -> int | None:
    """Value of ASCII digits or a Chinese numeral below 1000."""
    if s.isascii() and s.isdigit():
        return int(s)
    total, current = 0, 0
    for ch in s:
        if ch in _CN_DIGIT:
            current = _CN_DIGIT[ch]
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return total + current


def _clean_label(cell: str) -> str:
    return re.sub(r"[\s:：]", "", cell)


@functools.lru_cache(maxsize=4096)
def _label_of(cell: str) -> str | None:
    """The field a whole cell names ("主 持 人", "会议时间："), "" for a stop label, or None."""
    key = _clean_label(normalize(cell))
    if not 0 < len(key) <= 10 or key not in _ALL_LABELS:
        return None
    return _ALL_LABELS[key] or _NO_FIELD


def collapse_cells(cells: Iterable[str]) -> list[str]:
    """Cells with consecutive repeats (merged cells read naively) reduced to one."""
    out: list[str] = []
    for cell in cells:
        c = cell.strip()
        if out and c == out[-1]:
            continue
        out.append(c)
    return out


# A value made only of these is a blank left in a form ("____年__月__日", "（  ）", "上午/下午"), not a value.
_RE_PLACEHOLDER = re.compile(r"^[\s_＿\-—–…·.．/／、:：()（）\[\]【】□■☐☑√年月日时分点号人名上下午至到~～]*$")


def _value(field: str, raw: str) -> str | int | None:
    value = re.sub(r"\s+", " ", raw).strip(" \u3000：:，,;；。■□☑√")
    if not value or _RE_PLACEHOLDER.match(value):
        return None
    if field in NUMBER_FIELDS:
        m = _RE_INT.search(normalize(value))
        return _cn_int(m.group()) if m else None
    return value[:MAX_FIELD_CHARS]


class _Collector:
    """Keeps the first value seen for each field."""

    def __init__(self) -> None:
        self.fields: dict[str, str | int] = {}
        self.labels: set[str] = set()  # fields whose label was seen, filled in or not

    def put(self, field: str, raw: str) -> None:
        if field == _NO_FIELD:
            return
        self.labels.add(field)
        if field in self.fields:
            return
        value = _value(field, raw)
        if value is not None and value != "":
            self.fields[field] = value

    def inline(self, text: str) -> bool:
        """Parse "主持人：张三  记录人：李四" in one cell/line; True when a label was found."""
        norm = normalize(text)
        found = []
        for m in _RE_COLON.finditer(norm):
            hit = _label_before(norm, m.start())
            if hit:
                found.append((hit[0], m.end(), hit[1]))
        for i, (_, value_start, field) in enumerate(found):
            end = found[i + 1][0] if i + 1 < len(found) else len(text)
            self.put(field, text[value_start:end])
        return bool(found)

    def counts(self, text: str) -> None:
        """应到7人，实到6人 in running text."""
        text = normalize(text)
        if F_EXPECTED not in self.fields and (m := _RE_EXPECTED.search(text)):
            n = _cn_int(m["n"])
            if n is not None:
                self.fields[F_EXPECTED] = n
        if F_PRESENT not in self.fields and (m := _RE_PRESENT.search(text)):
            n = _cn_int(m["n"] or m["n2"])
            if n is not None:
                self.fields[F_PRESENT] = n

    def row(self, cells: Sequence[str]) -> None:
        """One table row / tab-separated line: label cells followed by value cells."""
        cells = collapse_cells(cells)
        labels = [_label_of(c) is not None for c in cells]
        if sum(a and b for a, b in zip(labels, labels[1:], strict=False)) >= 2:
            self.labels.update(f for f in map(_label_of, cells) if f)
            return  # a header row (labels side by side): read by header_rows
        i = 0
        while i < len(cells):
            field = _label_of(cells[i])
            if field is not None:
                nxt = cells[i + 1] if i + 1 < len(cells) else ""
                if nxt and _label_of(nxt) is None:
                    self.put(field, nxt)
                    i += 2
                    continue
                if field:
                    self.labels.add(field)
                i += 1
                continue
            if cells[i]:
                self.inline(cells[i])
                self.counts(cells[i])
            i += 1

    def header_rows(self, rows: Sequence[Sequence[str]]) -> None:
        """A header row of labels over a row of values (an import sheet of meetings): read the first record."""
        for r, row in enumerate(rows[:-1]):
            fields = [_label_of(c) for c in row]
            if sum(bool(f) for f in fields) < 3:
                continue
            values = rows[r + 1]
            for field, value in zip(fields, values, strict=False):
                if field and value and _label_of(value) is None:
                    self.put(field, value)
            return


def minutes_fields(text: str, tables: Sequence[Table] | None = None) -> dict[str, str | int]:
    """会议名称, 会议时间, 地点, 主持人, 记录人, 应到人数, 实到人数, 缺席人员, 议题 (and 参加人员, 会议类型) found."""
    return minutes_form(text, tables)[0]


def minutes_form(text: str, tables: Sequence[Table] | None = None) -> tuple[dict[str, str | int], set[str]]:
    """(fields filled in, fields whose label appears at all): a blank form has labels and no values."""
    c = _Collector()
    for table in list(tables or ())[:MINUTES_MAX_TABLES]:
        rows = [[cell or "" for cell in row] for row in table.rows[:MINUTES_TABLE_ROWS]]
        for row in rows:
            c.row(row)
        c.header_rows(rows)
    lines = text[:MINUTES_HEAD_CHARS].splitlines()
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        before = set(c.fields)
        c.row(line.split("\t"))
        # "议题：" alone on its line: the enumerated lines below are the topics
        if F_TOPIC not in c.fields and F_TOPIC not in before and re.search(r"议\s*题\s*[:：]?\s*$", line.strip()):
            topics = []
            for nxt in lines[i + 1:i + 1 + MAX_TOPIC_LINES]:
                if not nxt.strip() or not _RE_ENUM_LINE.match(nxt):
                    break
                topics.append(nxt.strip())
            if topics:
                c.put(F_TOPIC, "；".join(topics))
    c.header_rows([ln.split("\t") for ln in lines[:MINUTES_TABLE_ROWS] if "\t" in ln])
    infer_counts(c.fields, text[:MINUTES_HEAD_CHARS])
    return c.fields, c.labels


_RE_TOTAL_MEMBERS = re.compile(
    rf"(?:全体党员|党员总数|支部(?:现)?有党员|共有党员|现有党员)[ ]*(?:共|为)?[ ]*[:：]?[ ]*(?P<n>\d+|{_CN_NUM})[ ]*(?:人|名)"
)
_RE_HEADCOUNT = re.compile(rf"^\D{{0,6}}?(?P<n>\d+|{_CN_NUM})[ ]*(?:人|名)\D{{0,3}}$")  # "党员33名", "5人"
_RE_LISTED_COUNT = re.compile(rf"[（(](?:共)?(?P<n>\d+|{_CN_NUM})[ ]*(?:人|名)[）)]")  # "张三、李四…（5人）"
_NONE_ABSENT = {"无", "没有", "全到", "全部到会", "无缺席"}


def _headcount(value) -> int | None:
    if isinstance(value, int):
        return value
    text = normalize(str(value)).strip()
    m = _RE_HEADCOUNT.match(text) or _RE_LISTED_COUNT.search(text)
    return _cn_int(m["n"]) if m else None


def infer_counts(fields: dict, text: str) -> None:
    """应到/实到 as secretaries write them without those words: 出席 33名 + 缺席 5名 (应到 38), 全体党员38名，到会31名,
    a list of attendees "（5人）" with 缺席：无. Only fills what is absent; never guesses from a bare name list."""
    if F_EXPECTED not in fields and (m := _RE_TOTAL_MEMBERS.search(normalize(text))):
        n = _cn_int(m["n"])
        if n is not None:
            fields[F_EXPECTED] = n
    if F_PRESENT not in fields and F_ATTENDEES in fields:
        n = _headcount(fields[F_ATTENDEES])
        if n is not None:
            fields[F_PRESENT] = n
    if F_EXPECTED in fields or F_PRESENT not in fields or F_ABSENT not in fields:
        return
    absent = str(fields[F_ABSENT]).strip()
    absent_n = 0 if absent in _NONE_ABSENT else _headcount(absent)
    if absent_n is not None and isinstance(fields[F_PRESENT], int):
        fields[F_EXPECTED] = fields[F_PRESENT] + absent_n
