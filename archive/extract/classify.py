"""Evidence kind (会议记录, 党费台帐 …) and meeting type (支部委员会, 主题党日 …) of a document, from its content.

Kinds are decided as an archivist files them: by an ordered table of small named rules (DOCUMENT_RULES,
IMAGE_RULES), the first that answers wins — a blank form is 其他, then the document's own heading (its last kind
noun: "…会议记录", "…讲稿" → 其他, "关于…测评结果的报告" → 测评, "…反馈函" → 通知), then minutes fields filled in
(when, who, what), then a table's structure (members × months with dues = ledger, people with 出生年月/学历/职务
under a header = roster, names with 签到 = sign-in sheet), then weaker hints (a speech's salutation, document
properties, body words, the file name). `explain()` also names the rule that decided.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from archive.extract.base import Table
from archive.extract.dates import PRECISION_DAY, find_dates, normalize
from archive.extract.filenames import date_from_filename
from archive.extract.minutes import (
    F_ABSENT,
    F_ATTENDEES,
    F_EXPECTED,
    F_HOST,
    F_NAME,
    F_PLACE,
    F_PRESENT,
    F_RECORDER,
    F_TIME,
    F_TOPIC,
    F_TYPE,
    collapse_cells,
    minutes_form,
)
from archive.vocab import (
    K_AGREEMENT,
    K_DUES,
    K_MINUTES,
    K_NOTICE,
    K_OTHER,
    K_PHOTO,
    K_PLAN,
    K_ROSTER,
    K_RULES,
    K_SIGNIN,
    K_SUMMARY,
    K_SURVEY,
)

# Kinds that carry a meeting type (the record, the photo, the sign-in sheet of a meeting).
MEETING_KINDS = (K_MINUTES, K_PHOTO, K_SIGNIN)

# How many non-empty lines at the top may hold the title, and how long a title line may be.
TITLE_LINES = 5
TITLE_MAX_CHARS = 50
# A title's kind noun is followed by at most this many characters ("会议记录表", "计划（草案）" once parenthesised
# parts are dropped): "网络协议识别系统的设计与实现" is not a 协议.
TITLE_TAIL_CHARS = 4
# A "label：" colon this close to the start of a line marks a field line, not a title.
LABEL_COLON_WITHIN = 8
# Only this much of a text is read for classification (titles, fields and tables sit at the top).
CLASSIFY_HEAD_CHARS = 6_000
# Rows of each table read as possible header rows.
HEADER_ROWS = 8
# Tables looked at.
MAX_TABLES = 6
# Month columns needed to call a member × month table a dues ledger.
MIN_MONTH_COLUMNS = 6
# Images: fewer CJK characters than this is no text; at least the second is a photographed document.
IMAGE_MIN_TEXT_CHARS = 4
IMAGE_DOCUMENT_MIN_CHARS = 150
# Body keyword score needed to decide a kind from the body alone.
BODY_MIN_SCORE = 2
# A keyword counts at most this many times in the body score.
BODY_MAX_COUNT = 3
# Minutes fields needed: strong (with 主持人/记录人) and weak (any).
MINUTES_STRONG_FIELDS = 3
MINUTES_WEAK_FIELDS = 4

# A blank form: at least this many minutes labels, at most this many of them filled in, and no day date anywhere.
TEMPLATE_MIN_LABELS = 3
TEMPLATE_MAX_FILLED = 1
# People listed under a 姓名 column that make a table a roster (a one-person form is not a roster).
ROSTER_MIN_PEOPLE = 2
# A speech opens with its salutation within this many lines.
SALUTATION_LINES = 6

_MINUTES_CORE = (F_TIME, F_PLACE, F_HOST, F_RECORDER, F_EXPECTED, F_PRESENT, F_ABSENT, F_ATTENDEES, F_TOPIC, F_NAME)
# What a meeting record must fill in: when, where, who (a template may print its name or topic in advance).
_MINUTES_FILLED = (F_TIME, F_PLACE, F_HOST, F_RECORDER, F_EXPECTED, F_PRESENT, F_ABSENT, F_ATTENDEES)

# Title nouns: in a title the document-type noun comes last, so the rightmost match wins.
_TITLE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (K_MINUTES, re.compile(r"(?:会议|活动|学习|党课|大会|会)?(?:记录|纪要|记实|纪实)(?:表|本|簿)?(?![人员])")),
    (K_DUES, re.compile(r"党费.{0,10}?(?:台帐|台账|明细|登记表?|报表|统计表?|收缴表|交纳表|缴纳表|记录)"
                        r"|党费(?:收缴|交纳|缴纳|收支|缴交)(?:情况|记录|表)?")),
    (K_ROSTER, re.compile(r"花名册|名册|(?:党员|班子|委员|成员|干部|支委|两委|党小组)[^，。]{0,8}?名单|(?:党员|人员|基本)信息(?:登记表|表|采集表|台[账帐]|统计表|一览表)"
                          r"|信息台[账帐]|党员(?:基本)?情况(?:统计|登记|一览)表|委员及分工|分工统计表")),
    (K_SIGNIN, re.compile(r"签到(?:表|簿|册|单|本|记录)?|考勤(?:表|簿|记录)?|签名(?:表|册|簿)")),
    (K_PLAN, re.compile(r"计划(?:书|表|安排)?|方案|工作要点|安排表|(?:工作|学习|活动|日程)安排|规划")),
    (K_SUMMARY, re.compile(r"总结|小结|述职(?:述廉)?报告|述责述廉报告|报告|汇报|(?:开展|完成|落实)情况(?:汇总|报告)?")),
    (K_AGREEMENT, re.compile(r"协议书?|合同书?|共建书|责任书|责任状|契约")),
    (K_RULES, re.compile(r"制度(?:汇编)?|规定|规则|办法|细则|章程|职责|流程图?|守则|准则|规范|公约")),
    (K_SURVEY, re.compile(r"(?:测评|满意度).{0,12}?(?:结果|情况)的?(?:报告|通报)|(?:满意度)?测评(?:表|结果|汇总表?)?(?:报告)?|满意度(?:调查|测评)?(?:表|问卷)?|调查问卷|问卷|评议表|评价表|考核结果"
                          r"|评分表|考评表|民主评议(?:党员)?(?:测评|结果|情况)表?")),
    (K_NOTICE, re.compile(r"通知书?|通告|公告|公示|通报|启事|倡议书|发文稿纸|发文单|(?:反馈|复|提醒|督办|告知|商洽|邀请|公)?函"
                          r"|告知书|提醒单|(?:温馨)?提示")),
    # Evidence for its items but no kind of its own: a lecture's text, a memo, a work log, a one-person form …
    (K_OTHER, re.compile(r"讲稿|讲话稿|发言稿|讲课稿|讲义|发言提纲|辅导报告|宣讲稿|备忘录?|备忘事项|待办(?:事项)?(?:清单)?"
                         r"|工作日志|日志|工作日记|(?:结对)?帮扶(?:情况|工作|活动)?(?:记录|登记|台[账帐]|手册|卡)(?:表|本)?"
                         r"|走访(?:慰问)?(?:情况|工作|活动)?(?:记录|登记|台[账帐])(?:表|本)?|慰问(?:情况)?(?:记录|登记)(?:表)?"
                         r"|入党积极分子.{0,10}?(?:登记表|考察表)|考察登记表|申请书|志愿书|思想汇报|心得体会|学习笔记|读书笔记"
                         r"|通讯录|联系(?:电话|方式)(?:表|一览表)?|电话(?:号码)?(?:表|簿|一览表)|登记(?:表|簿|本)|报修单|询价单|领用单")),
    (K_PHOTO, re.compile(r"照片|图片|影像资料|剪影")),
]

# Meeting types; in a title the first one named wins.
_MEETING_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("民主生活会", re.compile(r"民主生活会")),
    ("组织生活会", re.compile(r"组织生活会|民主评议党员|民主评议")),
    ("主题党日", re.compile(r"主题党日|党员活动日|固定党日|党日活动")),
    ("党课", re.compile(r"党课")),
    ("党员大会", re.compile(r"党员大会|支部大会|全体党员(?:会议|大会)|党员会议")),
    ("支部委员会", re.compile(r"(?:支部|总支|党委)委员会(?:会议|扩大会议?)|支委(?:会|扩大会|会议)|党委(?:委员)?(?:会议|会(?!场))"
                          r"|党委委员会议|两委(?:班子)?(?:联席)?会议"
                          # a Party committee by its formal name: "中共云栖社区委员会会议纪要" is the 社区党委's meeting
                          r"|(?:中共|中国共产党)[\u4e00-\u9fff]{1,20}?委员会(?:会议|扩大会议?)")),
    ("党小组会", re.compile(r"党小组(?:会|学习|活动)")),
    ("联席会议", re.compile(r"联席会")),
    # ("共建美丽家园", "共建共治共享": a slogan of building together, no partnership's activity)
    ("共建活动", re.compile(r"共建(?!美丽|美好|和谐|幸福|文明|平安|绿色|家园|共治|共享)|区域化党建|结对|进社区")),
    ("志愿服务", re.compile(r"志愿服务(?!登记)|志愿者|志愿活动|学雷锋")),
]
# Only in a title or a 会议名称 field: the bare committee name.
_RE_COMMITTEE_BARE = re.compile(r"支部委员会(?!\s*[(（]?盖章)")
_RE_ORG_NAME = re.compile(r"^(?:中共|中国共产党)?\D{0,20}(?:支部委员会|党委|总支部委员会|党总支|党支部)$")

# Body keywords: (kind, pattern, weight).
_BODY_SIGNALS: list[tuple[str, re.Pattern[str], int]] = [
    (K_AGREEMENT, re.compile(r"甲\s*方"), 1),
    (K_AGREEMENT, re.compile(r"乙\s*方"), 1),
    (K_AGREEMENT, re.compile(r"双方(?:协商|约定|共同|签订|签字)"), 2),
    (K_NOTICE, re.compile(r"特此通知|通知如下|现将有关事项通知|请各.{0,10}(?:按时|准时)"), 2),
    (K_SURVEY, re.compile(r"不满意"), 1),
    (K_SURVEY, re.compile(r"(?:基本|比较|非常)满意"), 1),
    (K_SURVEY, re.compile(r"基本合格|不合格"), 1),
    (K_SURVEY, re.compile(r"测评|满意率|满意度"), 1),
    (K_RULES, re.compile(r"第[一二三四五六七八九十]+条"), 1),
    (K_RULES, re.compile(r"本(?:制度|规定|办法|规则)"), 2),
    (K_SUMMARY, re.compile(r"总结如下|工作总结|取得(?:的)?(?:成效|成绩)|存在(?:的)?(?:问题|不足)|下一步(?:工作)?(?:打算|计划)"), 1),
    (K_PLAN, re.compile(r"计划如下|工作计划|安排如下|实施方案|工作目标|具体安排|时间安排"), 1),
    (K_MINUTES, re.compile(r"会议由.{1,12}主持|主持召开|记录人|与会(?:人员|党员)|会议(?:议程|决定|要求)"), 1),
    (K_DUES, re.compile(r"党费"), 1),
    (K_DUES, re.compile(r"(?:应|实)[交缴]|交纳|缴纳|缴费基数|交费"), 1),
]

_RE_QUOTED = re.compile(r"《[^》]{0,60}》|“[^”]{0,60}”|[(（][^)）]{0,30}[)）]|【[^】]{0,30}】")
_RE_CJK = re.compile(r"[\u4e00-\u9fff]")
_RE_MONTH_CELL = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3}|十[一二])月份?(?:党费)?$")
_RE_JUNK_NAME = re.compile(r"新建|Microsoft|Word|文档|Document|副本|Copy|\(\d+\)|扫描件|Scan", re.I)


def _clean(s: str) -> str:
    return re.sub(r"\s+", "", normalize(s))


def _title_lines(text: str) -> list[str]:
    """The first non-empty lines that can be titles (no table rows of several cells, no field lines)."""
    out: list[str] = []
    seen = 0
    for raw in text.splitlines():
        if not raw.strip():
            continue
        seen += 1
        if seen > TITLE_LINES:
            break
        cells = [c for c in collapse_cells(raw.split("\t")) if c]
        if len(cells) != 1:
            continue
        line = normalize(cells[0]).strip()
        colon = min((i for i in (line.find(":"), line.find("：")) if i >= 0), default=-1)
        if 0 <= colon < LABEL_COLON_WITHIN or len(line) > TITLE_MAX_CHARS:
            continue
        out.append(line)
    return out


def title_kind(line: str) -> str | None:
    """The document kind a title names ("2024年度党支部工作总结" → 总结), by its last kind noun."""
    line = _RE_QUOTED.sub("", _clean(line)).rstrip("。.:：;；,，!！")
    for f in reversed(find_dates(line)):  # "党课签到表2025年9月19日": a date after the noun is no tail
        if f.end == len(line):
            line = line[:f.start].rstrip("(（")
    best: tuple[int, int, str] | None = None
    for kind, pattern in _TITLE_PATTERNS:
        for m in pattern.finditer(line):
            if len(line) - m.end() > TITLE_TAIL_CHARS:
                continue
            rank = (m.end(), -m.start())
            if best is None or rank > best[:2]:
                best = (m.end(), -m.start(), kind)
    return best[2] if best else None


# What an activity was about rather than which meeting it was: in "学雷锋主题党日" the meeting is the 主题党日.
DESCRIPTIVE_TYPES = ("共建活动", "志愿服务")
# In a body, 志愿者 names people, not an activity.
_BODY_MEETING_PATTERNS = {"志愿服务": re.compile(r"志愿服务|志愿活动|学雷锋")}


def meeting_type_in(text: str, allow_bare_committee: bool = False) -> str | None:
    """The meeting type named first in a short text (a title, a field, a banner); a descriptive type (共建活动,
    志愿服务) only when no other is named."""
    text = normalize(text)
    best: tuple[int, int, str] | None = None
    for mtype, pattern in _MEETING_PATTERNS:
        m = pattern.search(text)
        rank = (mtype in DESCRIPTIVE_TYPES, m.start()) if m else None
        if rank and (best is None or rank < best[:2]):
            best = (*rank, mtype)
    if best is None and allow_bare_committee and _RE_COMMITTEE_BARE.search(text) and not _RE_ORG_NAME.match(text):
        return "支部委员会"
    return best[2] if best else None


def _meeting_type_by_count(text: str) -> str | None:
    """The meeting type mentioned most often in a body (ties: the one mentioned first)."""
    text = normalize(text)
    best: tuple[int, int, str] | None = None
    for mtype, pattern in _MEETING_PATTERNS:
        hits = list(_BODY_MEETING_PATTERNS.get(mtype, pattern).finditer(text))
        if hits:
            rank = (len(hits), -hits[0].start())
            if best is None or rank > best[:2]:
                best = (len(hits), -hits[0].start(), mtype)
    return best[2] if best else None


def _rows_of(text: str, tables: Sequence[Table]) -> list[tuple[str, list[list[str]]]]:
    """(name, header rows) of each table; the tab-separated lines of the text when there are no tables."""
    if tables:
        return [(_clean(t.name or ""), [collapse_cells(_clean(c or "") for c in row) for row in t.rows[:HEADER_ROWS]])
                for t in tables[:MAX_TABLES]]
    lines = text.splitlines()[: HEADER_ROWS * 2]
    rows = [collapse_cells(_clean(c) for c in ln.split("\t")) for ln in lines if "\t" in ln]
    return [("".join(_clean(ln) for ln in lines if "\t" not in ln), rows)] if rows else []


_RE_AMOUNT = re.compile(r"\d+(?:\.\d+)?")


_RE_ROSTER_COLUMN = re.compile(r"出生|学历|文化程度|入党|加入党组织|民族|籍贯|身份证|年龄|转正|党龄")
# Words a column header may hold: the cell after 姓名 in a roster's header row is one of them, in a one-person form
# it is the person's name.
_RE_HEADER_WORD = re.compile(r"序号|编号|姓名|性别|民族|籍贯|出生|学历|文化|学位|职务|职称|职级|入党|转正|身份证|电话|手机|单位|住址"
                             r"|地址|备注|党龄|年龄|面貌|支部|小组|分工|任职|岗位|类别|专业|院校|工作|联系|家庭|户籍|婚姻|健康|照片"
                             r"|网格|楼栋|居住|时间|情况|签名|金额|党费")


def _is_roster_header(row: list[str]) -> bool:
    """A header row of people's particulars: 姓名 with 性别 and one of 出生/学历/…, or two of those, or 职务 with
    任职/分工 (班子成员) — and the cell after 姓名 is a column name, not a person (a one-person form)."""
    cells = set(row)
    name_at = next(i for i, c in enumerate(row) if c in ("姓名", "党员姓名", "名字"))
    after = row[name_at + 1] if name_at + 1 < len(row) else None
    if after is not None and not _RE_HEADER_WORD.search(after):
        return False
    roster_cols = sum(bool(_RE_ROSTER_COLUMN.search(c)) for c in cells)
    if ("性别" in cells and roster_cols >= 1) or roster_cols >= 2:
        return True
    return "职务" in cells and any("任职" in c or "分工" in c for c in cells)


def _people_below(rows: list[list[str]], header: list[str]) -> int:
    """How many rows under `header` hold a value in its 姓名 column (0 for a header alone: an empty roster)."""
    col = next(i for i, c in enumerate(header) if c in ("姓名", "党员姓名", "名字"))
    below = rows[rows.index(header) + 1:]
    return sum(1 for r in below if col < len(r) and r[col] and r[col] not in ("姓名", "合计", "小计"))


def table_kind(text: str, tables: Sequence[Table]) -> str | None:
    """党费台帐, 签到表, 花名册 or 测评 from the header rows of a table."""
    for name, rows in _rows_of(text, tables):
        head_text = "".join("".join(r) for r in rows) + name
        ledger_like = False
        for row in rows:
            cells = set(row)
            has_name = any(c in ("姓名", "党员姓名", "名字") for c in cells)
            ledger_like = ledger_like or has_name or any(_RE_AMOUNT.fullmatch(c) for c in cells)
            months = sum(bool(_RE_MONTH_CELL.match(c)) for c in cells)
            if has_name and months >= MIN_MONTH_COLUMNS and re.search(r"党费|交纳|缴纳|缴费|金额", head_text):
                return K_DUES
            if has_name and any(re.search(r"签到|签名|签字|到会情况|考勤", c) for c in cells):
                return K_SIGNIN
            if has_name and any(re.fullmatch(r"第[一二三四五六七八九十\d]+(?:节|次|课|周)", c) for c in cells):
                return K_SIGNIN
            if has_name and _is_roster_header(row) and _people_below(rows, row) != 1:
                return K_ROSTER
            if ("满意" in cells and "不满意" in cells) or {"优秀", "合格", "不合格"} <= cells:
                return K_SURVEY
            if any(re.fullmatch(r"(?:考核|测评|评议|考评)(?:结果|等次|得分)|评定等次|满意度|满意率", c) for c in cells):
                return K_SURVEY
        # a table of people or amounts with dues columns; a spec listing "党费缴纳" as a feature is not a ledger
        if ledger_like and re.search(r"党费", head_text) and re.search(r"应[交缴]|实[交缴]|交纳|缴纳|补[交缴]", head_text):
            return K_DUES
    return None


def _minutes_strength(fields: dict[str, str | int]) -> int:
    """2: surely minutes (主持人/记录人 and more, or 应到 and 实到); 1: many fields; 0: not minutes."""
    core = sum(1 for f in _MINUTES_CORE if f in fields)
    if (F_HOST in fields or F_RECORDER in fields) and core >= MINUTES_STRONG_FIELDS:
        return 2
    if F_EXPECTED in fields and F_PRESENT in fields:
        return 2
    return 1 if core >= MINUTES_WEAK_FIELDS else 0


BODY_MIN_DUES_MENTIONS = 3


def _body_kind(text: str) -> str | None:
    scores: dict[str, int] = {}
    for kind, pattern, weight in _BODY_SIGNALS:
        n = min(len(pattern.findall(text)), BODY_MAX_COUNT)
        if n:
            scores[kind] = scores.get(kind, 0) + n * weight
    if re.search(r"甲\s*方", text) and re.search(r"乙\s*方", text):
        return K_AGREEMENT
    if text.count("党费") < BODY_MIN_DUES_MENTIONS:
        scores.pop(K_DUES, None)  # a ledger is a table; prose must keep talking about dues to be one
    if not scores:
        return None
    kind, score = max(scores.items(), key=lambda kv: kv[1])
    return kind if score >= BODY_MIN_SCORE else None


def _filename_stem(filename: str) -> str:
    base = re.split(r"[\\/]", filename or "")[-1]
    dot = base.rfind(".")
    return base[:dot] if dot > 0 else base


def is_junk_title(title: str) -> bool:
    """Whether a document-properties title says nothing (empty, "Microsoft Word 文档", "Document1", placeholders)."""
    t = (title or "").strip()
    if len(_clean(t)) < 2 or "${" in t:
        return True
    return bool(re.fullmatch(
        r"(?:新建\s*)?(?:Microsoft\s*)?(?:Office\s*)?(?:Word|Excel|PowerPoint|WPS)\s*(?:文档|文字|表格|工作表|演示文稿)?\s*(?:\(\d+\))?"
        r"|(?:Document|文档|Untitled|无标题|Sheet|工作表|Book|工作簿|PowerPoint 演示文稿)\s*\d*|标题|title|PowerPoint Presentation",
        t, re.I,
    ))


def _meeting_type(kind: str, fields: dict[str, str | int], titles: Sequence[str], body: str,
                  hints: Sequence[str]) -> str | None:
    if kind not in MEETING_KINDS:
        return None
    for key in (F_TYPE, F_NAME):
        value = fields.get(key)
        if isinstance(value, str) and (mtype := meeting_type_in(value, allow_bare_committee=True)):
            return mtype
    if kind == K_PHOTO and len(titles) > 1 and (mtype := meeting_type_in(" ".join(titles))) \
            and mtype not in DESCRIPTIVE_TYPES:
        return mtype  # a banner's lines are one text: "学雷锋志愿服务进家园 / …3月主题党日" shows the 主题党日
    for line in titles:
        if mtype := meeting_type_in(line, allow_bare_committee=not _RE_ORG_NAME.match(line)):
            return mtype
    if kind == K_PHOTO:
        if mtype := meeting_type_in(body):
            return mtype
    elif mtype := _meeting_type_by_count(body):
        return mtype
    for hint in hints:
        if hint and (mtype := meeting_type_in(hint, allow_bare_committee=not _RE_ORG_NAME.match(hint))):
            return mtype
    return None


@dataclass
class Clues:
    """What the kind rules look at, read once from a document."""

    head: str
    fmt: str
    tables: list[Table]
    stem: str
    titles: list[str]
    prop_title: str
    fields: dict[str, str | int]
    labels: set[str]
    cjk: int = 0


Rule = Callable[[Clues], str | None]


def _blank_template(c: Clues) -> str | None:
    """A form printed and never filled in is no evidence of anything: 其他. A 会议记录 form with its labels and no
    values (and no day date anywhere), or a table whose 姓名 column is empty on every row (a blank 签到表)."""
    labels = sum(1 for f in _MINUTES_CORE if f in c.labels)
    filled = sum(1 for f in _MINUTES_FILLED if f in c.fields)
    if labels >= TEMPLATE_MIN_LABELS and filled <= TEMPLATE_MAX_FILLED:
        if not any(f.precision == PRECISION_DAY for f in find_dates(c.head)):
            return K_OTHER
    if c.tables and all(_blank_people_table(t) for t in c.tables[:MAX_TABLES]):
        return K_OTHER
    return None


_PERSON_HEADERS = ("姓名", "党员姓名", "名字", "签名", "签字", "本人签名")
# Rows a blank form must print to count as blank (a header alone may be a roster's column list).
BLANK_MIN_ROWS = 2


def _blank_people_table(table: Table) -> bool:
    """A table with a 姓名/签名 header over at least BLANK_MIN_ROWS rows, all empty in that column and in every
    column other than a row number."""
    for r, row in enumerate(table.rows[:HEADER_ROWS]):
        cells = [_clean(c or "") for c in row]
        col = next((i for i, cell in enumerate(cells) if cell in _PERSON_HEADERS), None)
        if col is None:
            continue
        below = table.rows[r + 1:]
        if len(below) < BLANK_MIN_ROWS:
            return False
        return all(not _clean(cell or "") or _RE_AMOUNT.fullmatch(_clean(cell or "")) and i == 0
                   for other in below for i, cell in enumerate(other))
    return False


def _heading(c: Clues) -> str | None:
    """The document's own heading names its kind ("…会议记录", "…讲稿", "关于…的反馈函")."""
    return next((k for k in map(title_kind, c.titles) if k), None)


def _minutes_filled_in(c: Clues) -> str | None:
    """When, who and what of a meeting filled in (主持人/记录人 and more, or 应到 and 实到)."""
    return K_MINUTES if _minutes_strength(c.fields) == 2 else None


def _table_structure(c: Clues) -> str | None:
    """Members × months with dues is a ledger; people with 出生年月/学历/职务 a roster; names with 签到 a sign-in sheet."""
    return table_kind(c.head, c.tables)


def _some_minutes_fields(c: Clues) -> str | None:
    return K_MINUTES if _minutes_strength(c.fields) == 1 else None


_RE_SALUTATION = re.compile(r"^(?:各位|全体|亲爱的)?[^\n：:]{0,12}同志们?[:：，,！!]|^同志们[:：，,！!]")


def _speech(c: Clues) -> str | None:
    """A lecture or speech (opens with "同志们："): the text of a 党课, not its record."""
    lines = [ln.strip() for ln in c.head.splitlines() if ln.strip()][:SALUTATION_LINES]
    return K_OTHER if any(_RE_SALUTATION.match(normalize(ln)) for ln in lines) else None


def _properties_title(c: Clues) -> str | None:
    return title_kind(c.prop_title) if c.prop_title else None


def _body_words(c: Clues) -> str | None:
    return _body_kind(c.head)


def _file_name(c: Clues) -> str | None:
    junk_name = bool(_RE_JUNK_NAME.search(c.stem)) and title_kind(c.stem) is None
    return None if junk_name else title_kind(c.stem)


_RE_TOOK_PLACE = re.compile(r"召开|举行|举办|主持|参加|出席|到会|与会|参会|开展了|组织了|会议(?:决定|要求|指出)")


def _meeting_named(c: Clues) -> str | None:
    """A heading naming a meeting but no document type ("2025年第一季度党课") is its record when the text says it
    took place (a field, 召开/主持/参加 …); a dated file name naming a meeting is too."""
    took_place = bool(c.fields) or bool(_RE_TOOK_PLACE.search(c.head))
    for source in (*c.titles, c.prop_title):
        if source and took_place and meeting_type_in(source, allow_bare_committee=not _RE_ORG_NAME.match(source)):
            return K_MINUTES
    if c.stem and meeting_type_in(c.stem, allow_bare_committee=not _RE_ORG_NAME.match(c.stem)):
        if took_place or date_from_filename(c.stem) is not None:
            return K_MINUTES
    return None


# Document rules, in the order an archivist reads: the form filled in or not, the heading, the fields, the table's
# structure, then the weaker hints. The first rule that answers decides.
DOCUMENT_RULES: tuple[tuple[str, Rule], ...] = (
    ("空白模板", _blank_template),
    ("标题", _heading),
    ("会议要素", _minutes_filled_in),
    ("表格结构", _table_structure),
    ("部分会议要素", _some_minutes_fields),
    ("讲话稿", _speech),
    ("文档属性标题", _properties_title),
    ("正文用语", _body_words),
    ("文件名", _file_name),
    ("标题中的会议名称", _meeting_named),
)


def _photographed_document(c: Clues) -> str | None:
    """A photo full of text is the document it shows (a scanned record), unless that is a photo or a blank form."""
    if c.cjk < IMAGE_DOCUMENT_MIN_CHARS:
        return None
    kind = _heading(c) or _minutes_filled_in(c) or _body_kind(c.head)
    return kind if kind and kind != K_PHOTO else None


# A photographed sheet lists at least this many people.
SHEET_MIN_NAMES = 3
SHEET_KINDS = (K_SIGNIN, K_ROSTER, K_DUES)
_RE_PERSON = re.compile(r"^[\u4e00-\u9fff·]{2,4}$")


def _photographed_sheet(c: Clues) -> str | None:
    """A photo of a 签到表 (or roster, ledger): its heading names the sheet and names are listed below it."""
    kind = _heading(c)
    if kind not in SHEET_KINDS:
        return None
    names = sum(1 for ln in c.head.splitlines() for cell in ln.split("\t") if _RE_PERSON.match(cell.strip()))
    return kind if names >= SHEET_MIN_NAMES else None


IMAGE_RULES: tuple[tuple[str, Rule], ...] = (
    ("拍摄的文件", _photographed_document),
    ("拍摄的名单表格", _photographed_sheet),
)


# What is no evidence of anything, whatever its kind: a template or sample form, a blank form, a manual, a
# requirement document, a screenshot of some software, a photographed form nobody filled in. Each rule answers with
# the words that showed it; `not_evidence` runs them in order and the first that answers decides.

# Words that name a template, a sample or filling-in instructions, in a file name, a heading or document properties.
_RE_TEMPLATE_NAME = re.compile(r"模板|样表|范本|范文|样例|示例|(?:填写|填表|填报)(?:说明|要求|规范|指南|须知|注意事项)|空白(?:表|表格|文档|模板)?|空表|(?:申请|请示|报告|记录)(?:书)?格式")
# Placeholders left in a form for whoever fills it in: ${name}, ××/XXX, camelCase or lower-case field names next to
# Chinese labels ("党委名称：party", "month党费报表"), the textbook sample names.
_RE_PLACEHOLDER = re.compile(r"\$\{[^}]{1,40}\}|[×Ｘ]{2,}|(?<![A-Za-z])XXX?(?![A-Za-z])|(?<![A-Za-z])[a-z]+(?:[A-Z][a-z]+)+(?![A-Za-z])"
                             r"|(?:^|\t)[a-z]{3,}(?=[\u4e00-\u9fff])|[：:]\s*[a-z]{3,}(?![A-Za-z])|张三|李四|王五", re.M)
PLACEHOLDER_MIN = 3  # this many placeholders make a template ("XXX同学" once is a redaction)
_RE_MANUAL = re.compile(r"用户手册|操作手册|使用手册|系统手册|使用说明书?|操作说明|操作指南|安装说明|说明书")
_RE_REQUIREMENTS = re.compile(r"需求(?:书|文档|说明书?|分析|规格|调研)|(?:概要|详细|系统)设计(?:说明书?|文档)?|设计与实现|项目启动|测试(?:报告|用例|计划)"
                              r"|开发(?:计划|文档)|技术方案")
# The text of a Party regulation as the Central Committee issues it ("中国共产党发展党员工作细则", "中国共产党支部工作条例
# （试行）", "中国共产党章程"): downloaded for study, no record of any organisation's own work. An organisation's own
# rule names that organisation ("中国共产党××社区支部委员会议事规则") and is not one.
_RE_PARTY_REGULATION = re.compile(r"^《?中国共产党(?P<what>[\u4e00-\u9fff]{0,20}?)(?:条例|细则|准则|章程|规定)(?:[（(][\u4e00-\u9fff]{1,8}[)）])?》?$")
_RE_OWN_ORG_WORD = re.compile(r"[\u4e00-\u9fff]{2,}(?:社区|村|街道|镇|乡)|委员会|公司|学校|医院")
# A screenshot of some software shows its interface words.
_RE_UI_WORD = re.compile(r"登录|注册|密码|用户名|首页|菜单|搜索|确定|取消|提交|返回|设置|下载|上传|导出|导入|点击|按钮|窗口|刷新|当前位置")
SCREENSHOT_UI_WORDS = 3
# A photographed form: the heading of a form (…登记表, …申请表) on a photo the classifier left a photo.
_RE_FORM_HEADING = re.compile(r"(?:登记|申请|审批|统计|信息|考察|推荐|鉴定|情况|人员|汇总|一览)表$")


def _names(c: Clues) -> list[str]:
    return [n for n in (c.stem, c.prop_title, *c.titles) if n]


def _template_named(c: Clues) -> str | None:
    """The file, its heading or its properties call it a template, a sample or filling-in instructions."""
    for name in _names(c):
        if m := _RE_TEMPLATE_NAME.search(normalize(name)):
            return f"{name}（“{m.group(0)}”）"
    return None


def _placeholders(c: Clues) -> str | None:
    """A form still holding its placeholders (${date}, ××, reportUser, 张三)."""
    body = "\n".join([c.head, *("\t".join(r) for t in c.tables[:MAX_TABLES] for r in t.rows[:HEADER_ROWS * 4])])
    hits = [m.group(0).strip("：: \t") for m in _RE_PLACEHOLDER.finditer(body)]
    if len(hits) >= PLACEHOLDER_MIN:
        return "、".join(dict.fromkeys(hits[:PLACEHOLDER_MIN * 2]))
    return None


def _blank_form(c: Clues) -> str | None:
    """A form printed and never filled in (the 空白模板 rule of the kinds)."""
    return "表格未填写" if _blank_template(c) else None


def _manual(c: Clues) -> str | None:
    """A user manual or operating instructions of some system."""
    for name in _names(c):
        if m := _RE_MANUAL.search(normalize(name)):
            return f"{name}（“{m.group(0)}”）"
    return None


def _requirements_document(c: Clues) -> str | None:
    """A requirement, design or project document of some software project."""
    for name in _names(c):
        if m := _RE_REQUIREMENTS.search(normalize(name)):
            return f"{name}（“{m.group(0)}”）"
    return None


def _party_regulation(c: Clues) -> str | None:
    """The text of a regulation of the whole Party, named by its file, heading or properties."""
    for name in _names(c):
        m = _RE_PARTY_REGULATION.match(normalize(name).strip())
        if m and not _RE_OWN_ORG_WORD.search(m.group("what")):
            return name
    return None


def _screenshot(c: Clues) -> str | None:
    """An image showing a program's interface (登录, 菜单, 导出 …)."""
    if c.fmt != "image":
        return None
    words = list(dict.fromkeys(m.group(0) for m in _RE_UI_WORD.finditer(c.head)))
    return "、".join(words[:5]) if len(words) >= SCREENSHOT_UI_WORDS else None


def _photographed_form(c: Clues) -> str | None:
    """A photo whose heading is a form's (…登记表) and in which no filled sheet was recognised."""
    if c.fmt != "image":
        return None
    for line in c.titles[:2]:
        if _RE_FORM_HEADING.search(_RE_QUOTED.sub("", _clean(line))):
            return line
    return None


NOT_EVIDENCE_RULES: tuple[tuple[str, Callable[[Clues], str | None]], ...] = (
    ("模板或样表", _template_named),
    ("模板中的占位符", _placeholders),
    ("空白表格", _blank_form),
    ("使用手册", _manual),
    ("需求或设计文档", _requirements_document),
    ("党内法规原文", _party_regulation),
    ("软件界面截图", _screenshot),
    ("照片中是一张表格", _photographed_form),
)


def not_evidence(text: str, title: str, fmt: str, tables: Sequence[Table] | None, filename: str,
                 kind: str | None = None) -> tuple[str, str] | None:
    """(the rule's name, the words that showed it) when a file is no evidence at all, else None. A photographed
    form counts only when the classifier left it a photo (a recognised 签到表 is a filled sheet)."""
    c = clues(text, title, fmt, tables, filename)
    for name, rule in NOT_EVIDENCE_RULES:
        if rule is _photographed_form and kind not in (None, K_PHOTO):
            continue
        if words := rule(c):
            return name, words
    return None


def clues(text: str, title: str, fmt: str, tables: Sequence[Table] | None, filename: str) -> Clues:
    tables = list(tables or [])
    head = (text or "")[:CLASSIFY_HEAD_CHARS]
    fields, labels = minutes_form(head, tables[:MAX_TABLES])
    return Clues(head=head, fmt=fmt, tables=tables, stem=_filename_stem(filename), titles=_title_lines(head),
                 prop_title="" if is_junk_title(title) else title, fields=fields, labels=labels,
                 cjk=len(_RE_CJK.findall(head)))


def explain(text: str, title: str, fmt: str, tables: Sequence[Table] | None,
            filename: str) -> tuple[str, str | None, str]:
    """(kind, meeting_type, the name of the rule that decided)."""
    c = clues(text, title, fmt, tables, filename)
    if fmt == "image":
        if c.cjk < IMAGE_MIN_TEXT_CHARS:
            return K_PHOTO, meeting_type_in(c.stem, allow_bare_committee=True), "无文字照片"
        rules, fallback = IMAGE_RULES, K_PHOTO
    else:
        rules, fallback = DOCUMENT_RULES, K_OTHER
    for name, rule in rules:
        if kind := rule(c):
            return kind, _meeting_type(kind, c.fields, c.titles, c.head, (c.prop_title, c.stem)), name
    return fallback, _meeting_type(fallback, c.fields, c.titles, c.head, (c.prop_title, c.stem)), "无"


def classify(text: str, title: str, fmt: str, tables: Sequence[Table] | None, filename: str) -> tuple[str, str | None]:
    """(kind, meeting_type) of a document; kind is one of vocab.EVIDENCE_KINDS, meeting_type one of vocab.MEETING_TYPES or None."""
    kind, meeting_type, _ = explain(text, title, fmt, tables, filename)
    return kind, meeting_type
