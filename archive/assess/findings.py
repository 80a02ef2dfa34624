"""What a requirement check returns, and what every check is given."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from archive.assess.document import FindingStatus
from archive.assess.records import Pool, Record
from archive.rubric.model import Requirement


@dataclass
class Finding:
    requirement: str  # requirement id
    type: str
    met: bool | None  # None: only a person can decide (待人工确认)
    detail: str  # plain Chinese: held vs required, the missing units
    evidence: list[str] = field(default_factory=list)  # paths it rests on
    missing: list[str] = field(default_factory=list)  # the missing units ("3月", "王秀兰：7月")
    units: float = 0.0  # how many units short, for per-unit deductions
    shortfall: float = 0.0  # 0..1, the share of the requirement not met (proportional estimate)
    due: list[str] = field(default_factory=list)  # what falls due next ("本月尚无支委会记录")
    pending: bool = False  # the period has not ended: judged on what exists so far
    description: str = ""
    deduction: float = 0.0
    score_note: str = ""  # how the estimate was reached (also appended to detail, in brackets)
    value: float | None = None  # rate: the achieved figure (a fraction), for step and band scoring rules
    # units short counted in other units than `units`, for per-unit rules that name them: a dues ledger counts
    # member-months in `units` and {"人": members in arrears}
    counts: dict[str, float] = field(default_factory=dict)
    discretionary: bool = False  # unmet, and the rubric leaves the deduction to the inspectors (酌情扣分)

    def note(self, text: str, in_detail: bool = True) -> None:
        """Record how the estimate was reached; `in_detail` also says it in the detail, in brackets."""
        self.score_note = (self.score_note + " " + text).strip()
        if in_detail:
            self.detail += f"（{text}）"

    def document(self) -> FindingStatus:
        """The finding as the status document has it."""
        return FindingStatus(self.requirement, self.type, self.met, self.detail, list(self.evidence),
                             list(self.missing), self.description, round(self.deduction, 4), self.score_note,
                             list(self.due), self.pending)

    def to_json(self) -> dict:
        return self.document().to_json()


@dataclass
class Context:
    """The assessment's frame: the year, the date judged at, the catalog."""

    year: int
    as_of: dt.date
    pool: Pool
    settings: dict = field(default_factory=dict)


def paths(records: list[Record]) -> list[str]:
    seen: list[str] = []
    for r in records:
        if r.path not in seen:
            seen.append(r.path)
    return seen


def join_cn(parts: list[str]) -> str:
    return "、".join(parts)


def fmt_num(x: float) -> str:
    return f"{x:g}" if abs(x - round(x)) > 1e-9 else str(int(round(x)))


def pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def what(req: Requirement) -> str:
    """A noun for what the requirement counts, for sentences like "5月无支委会记录"."""
    from archive.assess.select import MEETING_SHORT, meeting_topic

    if req.meeting_type:
        short = MEETING_SHORT.get(req.meeting_type, req.meeting_type)
        topic = meeting_topic(req)  # some of that meeting's records: "书记讲的党课", "民主评议的组织生活会"
        if topic:
            return f"{topic[0]}讲的{short}" if req.meeting_type == "党课" else f"{topic[0]}的{short}"
        return short
    if req.keywords:
        return req.keywords[0]
    return req.kind or "相关材料"


# Words a noun phrase for a piece of paper ends with: "没有找到X" reads well as it is when X ends with one of them.
DOC_NOUNS: tuple[str, ...] = (
    "材料", "资料", "记录", "照片", "图片", "台帐", "台账", "名册", "名单", "清单", "制度", "规则", "规范", "职责", "办法",
    "细则", "章程", "协议", "责任状", "责任书", "承诺书", "公示", "计划", "规划", "方案", "措施", "要点", "总结", "报告",
    "表", "档案", "文件", "证书", "证明", "登记卡", "纪要", "简报", "通知", "信息", "意见", "笔记", "心得",
)
# How a requirement's description may begin before its noun: a time ("年初有…"), a verb ("建立了…"), a quantity.
LEAD_TIMES = ("年中（半年）", "年初", "年底", "年终", "年末", "年中", "半年", "每年", "全年", "年内")
LEAD_VERBS = ("建立了", "建立", "制定了", "制定", "形成了", "形成", "签订了", "签订", "签定了", "签定", "设立了", "设立",
              "健全了", "健全", "有")
_LEAD_COUNT = re.compile(r"^(?:至少|不少于)[一二两三四五六七八九十\d]+[个份件项名]")
# "苏木镇有…计划": a short subject, 有, the paper it has
_SUBJECT_HAS = re.compile(r"^([\u4e00-\u9fff]{2,6}?)有(?![效关序力所])(.+)$")


def _split_tail(text: str) -> tuple[str, str]:
    """("…的记录", "（通知、签到表）"): a closing parenthesis group at the end, kept apart (balanced)."""
    if not text.endswith(("）", ")")):
        return text, ""
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        ch = text[i]
        if ch in "）)":
            depth += 1
        elif ch in "（(":
            depth -= 1
            if depth == 0:
                return (text[:i], text[i:]) if i > 0 else (text, "")
    return text, ""


def _is_paper(core: str) -> bool:
    return core.endswith(DOC_NOUNS) or core.endswith("》")


def _first_paper_clause(text: str) -> str:
    """The description up to where it first names a paper: "…培训计划，并按计划进行培训" → "…培训计划",
    "…行为规范并公示" → "…行为规范" (what follows is what the paper is for; the check looks for the paper)."""
    for m in re.finditer(r"[，,；;]|并(?=[\u4e00-\u9fff])", text):
        head = text[:m.start()]
        if head and _is_paper(_split_tail(head)[0]):
            return head
    return text


def need(description: str, with_time: bool = True) -> str:
    """A noun phrase for what a requirement asks to see, for "没有找到X": '有社区党组织议事规则' → '社区党组织议事规则',
    '制定了共建制度' → '共建制度', '苏木镇有大学生村官培训计划，并按计划进行培训' → '苏木镇的大学生村官培训计划',
    '建立了居务监督委员会（成立文件、成员名单）' → '建立居务监督委员会的材料（成立文件、成员名单）',
    '年底有将在职党员…反馈给所在单位的材料' → '年底将在职党员…反馈给所在单位的材料'. A leading time ("年初有") is
    kept as "年中（半年）的…" unless `with_time` is false (the window check names its own window)."""
    text = description.strip().rstrip("。；;")
    when = next((t for t in LEAD_TIMES if text.startswith(t) and len(text) > len(t) + 1), "")
    text = text[len(when):]
    text = _LEAD_COUNT.sub("", text)
    text = _first_paper_clause(text)
    verb = next((v for v in LEAD_VERBS if text.startswith(v) and len(text) > len(v) + 1), "")
    body = text[len(verb):]
    if not verb:
        m = _SUBJECT_HAS.match(text)
        if m and _is_paper(_split_tail(m.group(2))[0]):
            body = f"{m.group(1)}的{m.group(2)}"
    core, tail = _split_tail(body)
    if _is_paper(core):
        phrase = body
    elif verb and verb != "有":  # 建立了居务监督委员会 → 建立居务监督委员会的材料
        phrase = f"{verb.removesuffix('了')}{core}的材料{tail}"
    else:
        phrase = f"{core}的材料{tail}"
    if when and with_time:
        joint = "" if phrase.startswith(("将", "把", "对", "向")) else "的"
        phrase = f"{when}{joint}{phrase}"
    return phrase
