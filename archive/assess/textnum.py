"""Reading numbers the way archives write them: percentages, counts, birth dates, 学历, durations."""

from __future__ import annotations

import datetime as dt
import re

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9}


def cn_number(text: str) -> float | None:
    """'12', '3.5', '十二', '二十', '半' → a number."""
    text = text.strip()
    if not text:
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    if text == "半":
        return 0.5
    if not all(c in CN_DIGITS or c == "十" for c in text):
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        return float((CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0))
    value = 0
    for c in text:
        value = value * 10 + CN_DIGITS[c]
    return float(value)


# Rate words, longest first; each with the words that mean the same figure.
RATE_WORDS: list[tuple[str, tuple[str, ...]]] = [
    ("调处成功率", ("调处成功率", "成功率")),
    ("应建已建率", ("应建已建率", "组建率", "建立率")),
    ("交叉任职", ("交叉任职比例", "交叉任职率", "交叉任职")),
    ("调处率", ("调处率",)),
    ("满意率", ("满意率", "满意度")),
    ("满意度", ("满意度", "满意率")),
    ("参与率", ("参与率", "参加率")),
    ("参加率", ("参加率", "参与率", "出席率", "到会率")),
    ("出席率", ("出席率", "参加率", "到会率")),
    ("覆盖率", ("覆盖率",)),
]


def rate_words(measure: str) -> tuple[str, ...]:
    for word, words in RATE_WORDS:
        if word in measure:
            return words
    m = re.search(r"([\u4e00-\u9fff]{1,4}[率度])$", measure)
    return (m.group(1),) if m else ()


_PCT = r"(\d+(?:\.\d+)?)\s*[%％]"
_CLAUSE_END = "。；;\n"


def _bigrams(text: str) -> set[str]:
    cjk = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return {cjk[i:i + 2] for i in range(len(cjk) - 1)}


# Who answers a satisfaction survey, not what it is about: "党员群众满意度" names no subject.
RESPONDENT_WORDS = ("社区居民", "辖区居民", "居民群众", "党员群众", "群众", "党员", "居民", "和", "及", "与", "、")


def rate_subject(measure: str) -> str:
    """What a rate is about, in the measure's own words: "群众和党员对社区党组织书记满意率" → "社区党组织书记",
    "党员群众对社区党建工作满意度" → "社区党建工作", "社区直管党员参与率" → "社区直管党员"; "" when the measure
    names only who answered ("党员群众满意度") or nothing ("满意率")."""
    measure = re.sub(r"[（(][^）)]*[）)]", "", measure or "").strip()
    words = rate_words(measure)
    cut = len(measure)
    for w in words:
        i = measure.find(w)
        if i >= 0:
            cut = min(cut, i)
    subject = measure[:cut] if cut < len(measure) else re.sub(r"[\u4e00-\u9fff][率度]$", "", measure)
    if "对" in subject:
        subject = subject[subject.rfind("对") + 1:]
    subject = subject.strip().rstrip("的")
    if "对" not in measure and any("满意" in w for w in words):
        changed = True
        while changed and subject:
            changed = False
            for w in RESPONDENT_WORDS:
                if subject.endswith(w) or subject.startswith(w):
                    subject = subject[:-len(w)] if subject.endswith(w) else subject[len(w):]
                    changed = True
        if subject in ("社区", "辖区"):
            subject = ""
    return subject


def subject_match(subject: str, context: str, title: str = "") -> int:
    """How well a figure's own words name the measure's subject: 2 when its sentence names the subject's head
    ("书记" of "社区党组织书记", "工作" of "社区党建工作"), 1 when only the document's title does, 0 otherwise
    (a sentence about 社区工作 in general does not speak of the 书记)."""
    cjk = re.sub(r"[^\u4e00-\u9fff]", "", subject)
    if len(cjk) < 2:
        return 0
    head = cjk[-2:]
    if head in context:
        return 2
    return 1 if head in (title or "") else 0


def written_rate_matches(text: str, words: tuple[str, ...], measure: str = "", title: str = ""
                         ) -> list[tuple[int, int, float, str]]:
    """Every percentage written after one of `words` ("满意率为96.5%", "参与率达到65%"), as (subject match, shared
    bigrams with the measure, fraction, phrase), best first, else in text order. A figure is read with its own
    clause: from the sentence start, or the rate figure before it in that sentence, to itself."""
    found = []
    subject = rate_subject(measure)
    grams = _bigrams(measure)
    matches = []
    for w in words:
        if w == "调处率":  # not the 调处成功率
            pattern = r"(?<!成功)调处率"
        else:
            pattern = re.escape(w)
        matches += list(re.finditer(pattern + r"[^\d。；;\n%％]{0,40}?" + _PCT, text))
    figures = [m.end() for m in matches]
    for m in matches:
        start = max(text.rfind(c, 0, m.start()) for c in _CLAUSE_END) + 1
        start = max([start] + [e for e in figures if e <= m.start()])
        clause = text[start:m.end()]
        match = subject_match(subject, clause, title)
        score = len(grams & _bigrams(clause)) if grams else 0
        found.append((-match, -score, m.start(), float(m.group(1)) / 100, m.group(0)))
    found.sort()
    return [(-match, -score, value, phrase) for match, score, _, value, phrase in found]


def written_rates(text: str, words: tuple[str, ...], measure: str = "", title: str = "") -> list[tuple[float, str]]:
    """Percentages written after one of `words`: (fraction, the phrase), the one whose clause best names the
    measure's subject first ("对书记的满意率" for a 书记 measure), else in text order."""
    return [(value, phrase) for _, _, value, phrase in written_rate_matches(text, words, measure, title)]


_BASE = r"(直管党员|党员总数|共有党员|有党员|应建|应到|受理[^\d，。；]{0,8}?|发生[^\d，。；]{0,8}?|两委班子成员|班子成员|总数)"
_PART = r"(参加[^\d，。；]{0,10}?|参与[^\d，。；]{0,10}?|已建|实到|调处成功|成功调处|调处|交叉任职)"
_COUNT = r"[^\d，。；]{0,4}?(\d+)\s*[名人个件起户家]"


def counted_rate(text: str) -> tuple[float, str] | None:
    """A rate given only as counts: "直管党员52名，参加志愿服务20名" → (20/52, the phrase)."""
    for base in re.finditer(_BASE + _COUNT, text):
        total = int(base.group(2))
        if total <= 0:
            continue
        tail = text[base.end(): base.end() + 60]
        part = re.search(_PART + _COUNT, tail)
        if part:
            n = int(part.group(2))
            if n <= total:
                return n / total, text[base.start(): base.end() + part.end()]
    return None


def parse_birth(value) -> tuple[int, int, int | None] | None:
    """出生年月 as written: 1988.05, 1988年5月, 1988-05-12, 1988/5, 198805, 1988-05-12 00:00:00 → (y, m, d)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.year, value.month, value.day
    text = str(value).strip()
    m = re.match(r"^((?:19|20)\d\d)\s*[.．/\-年]\s*(\d{1,2})(?:\s*[.．/\-月]\s*(\d{1,2}))?", text)
    if m:
        month = int(m.group(2))
        day = int(m.group(3)) if m.group(3) else None
        if 1 <= month <= 12:
            return int(m.group(1)), month, day if day and 1 <= day <= 31 else None
    m = re.match(r"^((?:19|20)\d\d)(\d\d)(\d\d)?$", text)
    if m and 1 <= int(m.group(2)) <= 12:
        return int(m.group(1)), int(m.group(2)), int(m.group(3)) if m.group(3) else None
    return None


def age_at(birth: tuple[int, int, int | None], when: dt.date) -> int:
    y, m, d = birth
    return when.year - y - (1 if (when.month, when.day) < (m, d or 1) else 0)


EDUCATION_LEVELS = ("小学", "初中", "高中/中专", "大专", "本科", "研究生")
_EDU_PATTERNS = [
    (5, r"研究生|硕士|博士"),
    (3, r"大专|专科|高职"),
    (4, r"本科|大学|学士"),
    (2, r"高中|中专|职高|技校|中技|中师"),
    (1, r"初中"),
    (0, r"小学"),
]


def education_rank(value) -> int | None:
    """学历 ordered 小学 0 < 初中 1 < 高中/中专 2 < 大专 3 < 本科 4 < 研究生 5."""
    text = str(value or "").strip()
    for rank, pattern in _EDU_PATTERNS:
        if re.search(pattern, text):
            return rank
    return None


_MONTH_DAY_RANGE = re.compile(r"(\d{1,2})月(\d{1,2})日?\s*[至到—\-~～]\s*(?:(\d{1,2})月)?(\d{1,2})日")


def durations(text: str, unit: str) -> float:
    """The length one record states ("为期3天", "培训2天半", "3月5日至7日", "共8学时"), 0 when none."""
    if unit == "天":
        best = 0.0
        for m in re.finditer(r"(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(?:个)?(?:整)?天(半)?", text):
            n = cn_number(m.group(1))
            if n is not None:
                best = max(best, n + (0.5 if m.group(2) else 0))
        if "半天" in text:
            best = max(best, 0.5)
        for m in re.finditer(r"(?:为期|历时|共|累计)\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*日", text):
            n = cn_number(m.group(1))
            if n is not None:
                best = max(best, n)
        for m in _MONTH_DAY_RANGE.finditer(text):
            start_m, start_d = int(m.group(1)), int(m.group(2))
            end_m, end_d = int(m.group(3) or start_m), int(m.group(4))
            try:
                days = (dt.date(2001, end_m, end_d) - dt.date(2001, start_m, start_d)).days + 1
            except ValueError:
                continue
            if 0 < days <= 60:
                best = max(best, float(days))
        return best
    words = {"小时": r"(?:小时|个小时)", "学时": r"(?:学时|课时)"}[unit]
    best = 0.0
    for m in re.finditer(r"(\d+(?:\.\d+)?)\s*" + words, text):
        best = max(best, float(m.group(1)))
    return best


def stated_counts(text: str, keywords: list[str]) -> list[tuple[int, str]]:
    """Counts written beside a keyword: "完成为民办实事项目6项", "实事项目共6个", "开展共建活动4次"."""
    out = []
    for k in keywords:
        for m in re.finditer(re.escape(k) + r"[^\d，。；;\n]{0,6}?(\d+|[一二两三四五六七八九十]+)\s*[项个次件名]", text):
            n = cn_number(m.group(1))
            if n is not None and n < 1000:
                out.append((int(n), m.group(0)))
    return out
