"""Ranking rubric items for one piece of evidence, with a 0..1 score and a Chinese reason: the rules and the
learner shared by `suggest` (suggest.py) and the category folders (folders.py).

Signals, each a probability-like strength combined by noisy-or (1 − Π(1 − s)):
* structure: the evidence's kind and meeting type (the one its title names, else the classifier's) against what the
  item's requirements and typical evidence ask for;
* keywords of the item (its requirements' and its own), outermost matches only, in the title and file name
  (strong), the nearest folder names (a hint) or the body (weak: it fills at most BODY_SHARE of what is left);
* learning: the most similar files the archivist filed (raise), rejected or filed by hand elsewhere (lower);
* what a record decided: minutes recording a step of admitting members (接收预备党员 and 转正 at a 党员大会,
  确定发展对象) serve the item that counts new members — a resolution (决议) recording one serves it first; a
  lecture's text naming 党课 serves the items counting 党课; a 小结 is a 总结; a 转正申请书 naming 预备党员 is the
  development item's paper;
* what a title names: "A暨B" is the meeting A; a keyword made of another's tail and the paper's genre names nothing
  (结对共建协议书 is no 共建协议); a photo with no heading reads its first line of recognised text as one;
* what a title's last word says the paper is (genre beats topic): a rule, a list, a self-examination or a pledge
  names a meeting as its topic, not as held (支部委员会议事规则 is no 支委会 record); a dated rule no other item names is
  one of 各项规章制度; one activity's 方案 is no plan for the year; a 对照检查 is the 班子's 批评与自我批评;
* a superior's circular (a notice addressed to 各…党组织) proves only what an item asks a notice for, and its salutation
  names whom it is sent to, not what it is about;
* other words for an item's topic in a title (TITLE_SYNONYMS: 党群服务站 → 党员服务站, 意见征求 → 征求意见 …).
A photo is ranked only on what it shows (its recognised text, its file and folder names) and on the records of the
day it was taken (`day_signals`, from suggest.py) — never on being a photo. An item whose requirements no evidence
of this kind can serve is damped; an excluded item is never suggested.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from archive.catalog import filings as store
from archive.extract.classify import DESCRIPTIVE_TYPES
from archive.filing.config import FilingConfig
from archive.filing.features import Features, load_features
from archive.filing.learn import IMPLICIT_WEIGHT, LEARN_WEIGHT, NEGATIVE_WEIGHT, Learner, build_learner, strength
from archive.filing.scope import Hold
from archive.filing.targets import (
    MEETING_ALIASES,
    MEETING_GROUPS,
    WEAK_KEYWORDS,
    Target,
    kind_can_serve,
    meetings_named,
    rubric_targets,
)
from archive.indexer.analysis import normalize
from archive.vocab import MEETING_TYPES
from archive.workspace import Workspace

MEETING_MATCH = 0.75  # the evidence is a meeting of the type the item counts
MEETING_OTHER_KIND = 0.5  # … but not the kind asked for (a photo of the meeting)
KIND_UNIQUE = 0.65  # the evidence's kind is asked for by this item only
KIND_SHARED = 0.3  # … by several items
KIND_UNTYPED_MEETING = 0.3  # minutes of no known type, the item counts certain meetings
TITLE_STRONG = 0.8  # a keyword in the title or file name
TITLE_WEAK = 0.35  # only a general keyword (计划, 培训 …) in the title
TITLE_MORE = 0.1  # each further keyword in the title
TITLE_CAP = 0.9
# Among items a title names alike, the one named by the title's last words (its head noun: "党群服务中心轮值表" is a
# 轮值表) comes first; at most this much is added, too little to move anything but a tie.
TITLE_HEAD = 0.002
PLACE_STRONG = 0.4  # a keyword in the name of a nearby folder ("帮扶/")
PLACE_WEAK = 0.2
BODY_STRONG = 0.1  # per occurrence of a keyword in the body (up to BODY_REPEAT)
BODY_WEAK = 0.05
BODY_REPEAT = 3
BODY_CAP = 0.45
BODY_SHARE = 0.5  # the body alone never lifts a file over the default threshold: it fills this share of the rest
KIND_MISMATCH = 0.6  # factor when the item's checkable requirements cannot take this kind of evidence
SHOWN_KEYWORDS = 4
DEVELOPMENT_DECISION = 0.85  # minutes recording a step of admitting a member → the item counting new members
SAME_DAY_MEETING = 0.65  # a photo taken the day of a meeting filed (or surely suggested) to the item
SAME_DAY_DOCUMENT = 0.45  # … the day of another document filed to it
RANK_STEP = 0.001  # how far below the meeting's item a decision recorded in its minutes is ranked
MEETING_FIRST_MIN = 0.6  # the default accept threshold: a theme ranked below its meeting is still taken with it
PHOTO_HEADING_CHARS = 60  # a photo's first line of recognised text read as its heading when it has none

PHOTO = "照片"
MINUTES = "会议记录"
# Words by which a rubric names the item counting new members.
DEVELOPMENT_WORDS = ("发展党员", "预备党员", "发展新党员")
# Decisions in admitting a member, and the meeting that takes each (the 党员大会 admits and confirms; the committee
# names the 发展对象). A committee reviewing a case for the 党员大会 decides nothing yet.
_DEVELOPMENT_DECISIONS = (
    ("党员大会", re.compile(r"接收[^。；\n]{0,20}?(?:为|成为)(?:中共|中国共产党)?预备党员")),
    ("党员大会", re.compile(r"(?:转为|转正为)(?:中共|中国共产党)?正式党员|预备党员转正|按期转正")),
    (None, re.compile(r"(?:确定|列为|列入|确认)[^。；\n]{0,16}?(?:为)?发展对象")),
)
# A paper whose heading names a body other than a Party organisation as its author ("东湖社区居民委员会2025年工作要点")
# is that body's plan or summary, never the Party organisation's, whatever its kind.
_NON_PARTY_ISSUER = re.compile(r"居民委员会|居委会|村民委员会|村委会|工会|共青团|团支部|团委|妇联|妇女联合会|业主委员会|业委会|物业公司|"
                               r"物业服务中心|残联|关工委|老年协会")
# A parenthesis naming a body other than a Party organisation as the paper's source ("入驻企业名录（物业提供）",
# "…名录（物业）"): that body's paper; the body's name is its source, not its topic.
_SOURCE_NOTE = re.compile(r"[（(](?:由)?((?:" + _NON_PARTY_ISSUER.pattern + r"|物业)[^（）()党]{0,6}?)(?:提供|供稿|报送|给的|发来)?[)）]")
# A 街道's, 镇's or 乡's plan or summary by its heading ("鼓楼街道2025年党建工作要点"): the superior's, not this body's.
_SUPERIOR_PAPER = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{1,10}?(?:街道|镇|乡|(?<![社小园])区|县|(?<!城)市)(?:党工委|党委|工作委员会|委员会|办事处)?"
                             r"(?:\d{4}年度?)?(?:党建)?工作(?:要点|计划|总结)")
# A notice passing on another body's paper ("关于印发《石桥镇2025年党建工作要点》的通知"): the sender's, not this body's.
_PASSED_ON = re.compile(r"关于(?:印发|转发|下发)")
# The genre alone of a plan or summary: in another body's heading it names that body's paper.
_GENRE_WORD = re.compile(r"(?:年度|年初|年终|工作|党建工作)?(?:计划|要点|工作要点|总结|小结|方案|花名册|名册|名单|台账|台帐|登记表)")
# A lecture's own text (its heading): with 党课 named, it is that 党课's text.
_LECTURE = re.compile(r"讲稿|讲课稿|讲义|授课提纲|辅导报告|宣讲稿|党课课件")
# What a title's last word says the paper is (its genre). A rule, a list of people, a self-examination or a pledge
# names a meeting as its topic ("支部委员会议事规则", "支部委员会成员情况一览表", "组织生活会对照检查材料"): it is no
# record of that meeting, so the meeting counts only for an item asking for such a paper about it.
_GENRE_END = re.compile(r"(?P<rule>制度|规则|办法|细则|规定|章程|守则|职责|规程|公约|准则)(?:汇编)?$|"
                        r"(?P<list>一览表|名单|名册)$|(?P<exam>对照检查材料|对照检查|检视剖析材料|剖析材料)$|(?P<pledge>承诺书)$")
_TITLE_TAIL = re.compile(r"(?:[（(][^（）()]*[)）]|\s*-?\s*副本(?:\s*\(\d+\))?|[\d\s._-])+$")
# A plan of one activity ("“文明楼宇”创建活动方案", "消防演练实施方案") is that activity's paper, not the organisation's
# plan for its year: its kind and its genre word (方案) say nothing of the plan item.
_ACTIVITY_PLAN = re.compile(r"(?:活动|创建|评选|竞赛|行动|实施|宣传|演练|比赛|志愿服务)(?:工作)?(?:方案|计划)$")
PLAN = "计划"
# "文明楼宇创建", "文明家庭评选": a 文明创建 campaign, however its object is named (quotes dropped first).
_CIVILITY_CAMPAIGN = re.compile(r"文明[\u4e00-\u9fff]{1,4}(?:创建|评选)")
# A meeting's name as a whole keyword ("支部委员会", "支委会", "三会一课").
_MEETING_NAMES = frozenset(normalize(w) for w in (*MEETING_TYPES, *MEETING_ALIASES, *MEETING_GROUPS))
# Topics a genre speaks of in the rubric's words: a self-examination is the written 批评与自我批评 of a 民主生活会 or
# 组织生活会; a 班子's pledge of integrity (廉洁从业承诺书) is its 廉洁自律.
GENRE_TOPICS = (("exam", "", "批评与自我批评"), ("pledge", "廉洁", "廉洁自律"))
# An item asking that "各项规章制度" be in place takes a rule no other item names ("组织生活会制度") — the
# organisation's own: a 制度, 规则, 办法, 规定 or 细则 (a 章程 or 公约 is a society's or the residents'), signed or dated
# by its issuer (a manual copied from elsewhere carries neither).
_ALL_RULES = re.compile(r"各项(?:规章|工作)?制度")
_OWN_RULE = re.compile(r"(?:制度|规则|办法|规定|细则)(?:汇编)?$")
RULE_DATE_SOURCES = ("content", "signature")
RULES_ITEM = 0.65  # a paper whose title ends in 制度, 规则 … → the rubric's one item asking for all the rules
RULE = "制度"
# Papers whose title names what an item's own text (not its keywords) asks about: 民主评议党员 judges each member on
# the duties of a Party member (履行义务) — the item asking that members fulfil them; a paper on a room's 面积 answers
# the item that sets a floor area in 平米.
TEXT_TOPICS = (("民主评议党员", "履行义务"), ("面积", "平米"))
# … of which these speak of the Party organisation only: a 团支部委员会's members are no 班子成员.
PARTY_SYNONYMS = frozenset({"班子成员"})
_TOPIC_WORDS = frozenset(word for word, _ in TEXT_TOPICS)
# Words a title may use for a kind or topic the rubric writes otherwise: a 支委's members are the 班子成员; a 党群服务站
# is a 党员服务站; 意见征求 is 征求意见; a fire drill is 平安建设; a lecture's outline (提纲) is its text (讲稿).
TITLE_SYNONYMS = (("小结", "总结"), ("半年总结", "工作总结"), ("支委成员", "班子成员"), ("委员会成员", "班子成员"),
                  ("委员分工", "班子分工"), ("党群服务站", "党员服务站"), ("意见征求", "征求意见"), ("听取意见", "征求意见"),
                  ("消防", "平安建设"), ("应急演练", "平安建设"), ("党课提纲", "党课讲稿"), ("宣讲提纲", "宣讲稿"),
                  ("授课提纲", "讲稿"))
# A paper of a probationary member's step ("转正申请书"): with 预备党员 in its text, the development item's paper.
_PROBATION_PAPER = re.compile(r"转正申请|转正报告|转正思想汇报")
# "A暨B" names one meeting, held as A with B as its business ("2024年度组织生活会暨民主评议党员大会" is a 组织生活会).
_JOINED_MEETING = "暨"
# A notice addressed to many organisations ("各两新组织党组织：", "各村（社区）党组织："): a superior's circular. It proves
# only what the rubric asks a notice for (a 党校 class, a 选派); the words of its salutation name whom it is sent to,
# not what it is about ("两新组织" in "关于开展两新组织党组织书记述职评议的通知" is no 两新组织 work of ours).
_CIRCULAR_TO = re.compile(r"^各(?!位)[^\n：:]{0,30}?(?:党组织|党委|党总支|社区|村|单位|部门|企业|组织)[^\n：:]{0,12}[：:]\s*$")
CIRCULAR_LINES = 3  # the salutation is among a notice's first lines
NOTICE = "通知"
# A resolution (决议, 决定) whose business is a step of admitting a member serves the item counting new members first.
_RESOLUTION = re.compile(r"决议|决定(?!书)")
# A Party organisation's name ("机关在职党员支部", "离退休党员支部", "第三网格党支部", "文庙社区党总支"): the words before
# its suffix say whose paper it is, not what it is about (the 离退休党员支部's minutes are minutes, not the 退休党员 item's
# proof). A keyword that reaches into the suffix ("网格党支部") still counts.
_ORG_NAME = re.compile(r"(?P<who>[\u4e00-\u9fff]{2,12}?)(?:党支部|党总支|总支部|支部|党小组)")
# … a Party organisation's: the 共青团's or the 工会's 支部 is another body, which items on those bodies are about
_NON_PARTY_BRANCH = re.compile(r"共青团|团委|工会|妇联|妇女")


@dataclass
class Suggestion:
    item: str
    score: float
    why: str
    filed: str | None = None  # source when the evidence is already filed to the item
    held: Hold | None = None  # why automation may not file it to this item (filing/scope.py)

    def to_json(self) -> dict:
        return {"item": self.item, "score": round(self.score, 3), "why": self.why,
                "held": self.held.to_json() if self.held else None}


def _noisy_or(values: list[float]) -> float:
    rest = 1.0
    for v in values:
        rest *= 1.0 - max(0.0, min(1.0, v))
    return 1.0 - rest


def _outermost(hits: list[str]) -> list[str]:
    """Drop a keyword found only inside a longer keyword also found (联席会议 inside 联席会议制度)."""
    return [h for h in hits if not any(h != o and h in o for o in hits)]


def _genre_overlaps(hits: list[str], text: str, kind: str | None) -> list[str]:
    """Drop a keyword that is only the tail of a longer name and the paper's genre: in "结对共建协议书" the paper is
    the 协议 of a 结对共建, so 共建协议 (共建 borrowed from 结对共建, then the kind 协议) names nothing of its own."""
    if not kind:
        return hits
    out = []
    for kw in hits:
        borrowed = False
        for other in hits:
            if other == kw or other in kw or kw in other:
                continue
            # `other` ends where `kw` begins: the overlap is `other`'s end and `kw`'s start
            for n in range(min(len(other), len(kw)) - 1, 0, -1):
                tail = kw[n:]
                if other.endswith(kw[:n]) and (other + tail) in text and tail and kind.startswith(tail):
                    borrowed = True
                    break
            if borrowed:
                break
        if not borrowed:
            out.append(kw)
    return out


def title_genre(title: str) -> str:
    """The genre a title ends with, read on each of its parts (heading, file name): "支部委员会议事规则" → rule,
    "支委成员情况一览表（2025）" → list; "" when none ends with a genre word."""
    for part in title.split():
        m = _GENRE_END.search(_TITLE_TAIL.sub("", part))
        if m:
            return m.lastgroup or ""
    return ""


COMMITTEE = "支部委员会"
# A committee named as a body: its members, duties or election follow its name.
_BODY_AFTER = re.compile(r"委员会(?=委员|成员|职责|分工|名单|组成|换届|选举|班子)")


def _committee_as_body(title: str, named: set[str]) -> bool:
    """Is every 委员会 in a title the committee as a body: its members follow ("委员会委员分工"), or another meeting
    it holds is named ("…委员会2024年度民主生活会记录")?"""
    if named - {COMMITTEE}:
        return not re.search(r"委员会(?:会议|扩大会|会$|纪要)", title)
    return bool(_BODY_AFTER.search(title)) and not re.search(r"委员会(?:会议|扩大会|纪要|记录)", title)


def _head_share(words: list[str], title: str) -> float:
    """How near the end of a title part (up to its first joining word) the last of `words` ends (1.0: its last
    word)."""
    best = 0.0
    for part in title.split():
        # "A暨B", "A和B会议记录": two things joined, the first named is the paper's first business
        part = re.split(r"[暨和及与、]", _TITLE_TAIL.sub("", part) or part, maxsplit=1)[0]
        for w in words:
            at = part.rfind(w)
            if at >= 0:
                best = max(best, (at + len(w)) / len(part))
    return best


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Where the qualifiers of Party organisations' names lie in `text` (see _ORG_NAME)."""
    return [m.span("who") for m in _ORG_NAME.finditer(text) if not _NON_PARTY_BRANCH.search(m.group("who"))]


def _only_in_names(kw: str, text: str, spans: list[tuple[int, int]]) -> bool:
    """Does every occurrence of `kw` in `text` lie inside one of `spans` (_name_spans of the text)?"""
    if not spans:
        return False
    starts = [m.start() for m in re.finditer(re.escape(kw), text)]
    return bool(starts) and all(any(s <= i and i + len(kw) <= e for s, e in spans) for i in starts)


def _circular(f: Features) -> str:
    """The salutation of a notice addressed to many organisations ("各两新组织党组织："), else ""."""
    if f.kind != NOTICE:
        return ""
    lines = [ln.strip() for ln in f.body.splitlines() if ln.strip()][:CIRCULAR_LINES]
    return next((ln for ln in lines if _CIRCULAR_TO.match(ln)), "")


@dataclass
class _Hits:
    title: set[str]
    place: set[str]
    body: dict[str, int]  # keyword → occurrences
    meetings: set[str]  # meeting types the title names, else the one ingest found
    development: str = ""  # the words recording a step of admitting a member (minutes only)
    photo_blind: bool = False  # a photo with no recognised text: its kind and name say nothing of what it shows
    other_issuer: bool = False  # its heading names a body other than a Party organisation (居委会, 工会 …)
    circular: str = ""  # the salutation of a notice addressed to many organisations (a superior's circular)
    genre: str = ""  # what the title's last word says the paper is: rule, list, exam, pledge (see _GENRE_END)
    own_rule: bool = False  # a rule of the organisation's own (see _OWN_RULE): the 各项规章制度 item's
    activity_plan: bool = False  # the plan of one activity, not of the year (see _ACTIVITY_PLAN)
    folder: set[str] = field(default_factory=set)  # keywords in the name of the folder the file lies in
    titled: set[str] = field(default_factory=set)  # meeting types the title's words name, as printed


@dataclass
class Scorer:
    targets: list[Target]
    learner: Learner | None = None
    kind_share: Counter = field(default_factory=Counter)
    meeting_share: Counter = field(default_factory=Counter)
    keywords: list[str] = field(default_factory=list)
    by_word: dict[str, set[int]] = field(default_factory=dict)  # keyword, kind or meeting type → target indexes
    development_items: set[str] = field(default_factory=set)  # items counting new members
    rules_item: str = ""  # the one item asking for all the rules (各项规章制度健全), if the rubric has one
    targets_by_id: dict[str, Target] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for word, needs in TEXT_TOPICS:  # the item whose text asks about what such a title names takes it as a keyword
            for t in self.targets:
                if needs in t.text and word not in t.keywords:
                    t.keywords.append(word)
                    t.shown.setdefault(word, word)
        self.targets_by_id = {t.id: t for t in self.targets}
        rules = [t.id for t in self.targets if _ALL_RULES.search(t.text) and RULE in t.kinds]
        self.rules_item = rules[0] if len(rules) == 1 else ""
        words = tuple(normalize(w) for w in DEVELOPMENT_WORDS)
        self.development_items = {t.id for t in self.targets if t.checkable and any(w in kw for kw in t.keywords
                                                                                     for w in words)}
        for n, t in enumerate(self.targets):
            for word in [*t.keywords, *(k for k, _ in t.pairs if k), *(m for _, m in t.pairs if m)]:
                self.by_word.setdefault(word, set()).add(n)
        for t in self.targets:
            for m in {m for _, m in t.pairs if m}:
                self.meeting_share[m] += 1
            for k in {k for k, m in t.pairs if k and not m}:
                self.kind_share[k] += 1
        self.keywords = sorted({kw for t in self.targets for kw in t.keywords})

    def _structure(self, t: Target, f: Features, meetings: set[str], other_issuer: bool = False,
                   activity_plan: bool = False) -> tuple[float, str]:
        best, why = 0.0, ""
        for k, m in t.pairs:
            if f.kind == PHOTO and not (m and m in meetings):
                continue  # a photo serves an item by what it shows (a meeting's banner), never by being a photo
            if other_issuer and not m:
                continue  # the 居委会's plan is no paper of the Party organisation's, though a plan
            if activity_plan and k == PLAN and not m:
                continue  # one activity's plan is no plan for the year
            v, reason = 0.0, ""
            if m:
                if m in meetings:
                    v = MEETING_MATCH if k is None or k == f.kind else MEETING_OTHER_KIND
                    if self.meeting_share[m] > 1:
                        v -= 0.15
                    reason = f"会议类型：{m} → {t.label}"
                elif k and f.kind == k and not meetings:
                    v, reason = KIND_UNTYPED_MEETING, f"类型：{k}"
            elif k and f.kind == k:
                v = KIND_UNIQUE if self.kind_share[k] <= 1 else KIND_SHARED
                reason = f"类型：{k} → {t.label}" if v == KIND_UNIQUE else f"类型：{k}"
            if v > best:
                best, why = v, reason
        return best, why

    @staticmethod
    def _topic_only(t: Target, kw: str, kind: str | None, genre: str = "") -> bool:
        """In a rule, list, self-examination or pledge, a keyword that is a meeting's name (or an activity of
        TEXT_TOPICS) is the paper's topic: it counts only when the item asks for this kind of paper about that meeting
        ((制度, 联席会议))."""
        if kw in _TOPIC_WORDS:
            return True  # "组织生活会和民主评议党员制度": a rule about the 评议, not its result
        if genre == "rule" and t.kinds and kind == RULE and RULE not in t.kinds and not title_genre(kw):
            return True  # "廉洁自律制度": a rule on 廉洁自律, not the 班子's record of it (an item asking no rule)
        if kw not in _MEETING_NAMES:
            return False  # "志愿服务队" names a team, "民主生活会制度" a rule: not the meeting itself
        named = meetings_named(kw)
        return not any(k == kind and m in named for k, m in t.pairs if k and m)

    def score(self, t: Target, f: Features, hits: _Hits, neighbours: list,
              day: tuple[float, str] | None = None) -> tuple[float, str]:
        reasons: list[str] = []
        s_struct, why = self._structure(t, f, hits.meetings, hits.other_issuer, hits.activity_plan)
        if why:
            reasons.append(why)
        if hits.development and t.id in self.development_items and DEVELOPMENT_DECISION > s_struct:
            s_struct = DEVELOPMENT_DECISION
            reasons.append(f"会议决定：{hits.development} → {t.label}")
        if day and day[0] > s_struct:
            s_struct = day[0]
            reasons.append(day[1])
        if hits.own_rule and t.id == self.rules_item and RULES_ITEM > s_struct:
            s_struct = RULES_ITEM
            reasons.append(f"规章制度 → {t.label}")
        # in another body's heading, a genre or a meeting's name ("团支部委员会") names that body's paper
        in_title = [kw for kw in t.keywords if kw in hits.title
                    and not (hits.other_issuer and (_GENRE_WORD.fullmatch(kw) or meetings_named(kw)))
                    and not (hits.activity_plan and _GENRE_WORD.fullmatch(kw))
                    and not (hits.genre and self._topic_only(t, kw, f.kind, hits.genre))]
        # the folder the file lies in is the archivist's own decision, apart from the title's words: it counts even
        # when the title says the same ("结对/0522结对交流" beside "共驻共建/" above it); outer folders only hint
        in_place = [kw for kw in t.keywords if kw in hits.place and (kw not in in_title or kw in hits.folder)]
        in_body = [kw for kw in t.keywords if kw in hits.body and kw not in in_title]
        s_title = 0.0
        if in_title:
            strong = any(kw not in WEAK_KEYWORDS for kw in in_title)
            s_title = min(TITLE_CAP, (TITLE_STRONG if strong else TITLE_WEAK) + TITLE_MORE * (len(in_title) - 1))
            s_title += TITLE_HEAD * _head_share(in_title, f.title)
        if in_place:
            strong = any(kw not in WEAK_KEYWORDS for kw in in_place)
            s_title = _noisy_or([s_title, PLACE_STRONG if strong else PLACE_WEAK])
        s_body = min(BODY_CAP, sum((BODY_WEAK if kw in WEAK_KEYWORDS else BODY_STRONG)
                                   * min(hits.body[kw], BODY_REPEAT) for kw in in_body))
        shown = [t.shown.get(kw, kw) for kw in (in_title + in_place + in_body)[:SHOWN_KEYWORDS]]
        if shown:
            reasons.append("关键词：" + "、".join(shown))
        s_learn, damp = 0.0, 1.0
        agreeing = [nb for nb in neighbours if t.id in nb.positive]
        if agreeing:
            s_learn = LEARN_WEIGHT * _noisy_or([strength(nb.similarity) for nb in agreeing])
            nb = agreeing[0]
            more = f"等 {len(agreeing)} 件" if len(agreeing) > 1 else ""
            reasons.append(f"相似材料 {nb.path}{more}已归入{t.label}（相似度{nb.similarity:.2f}）")
        else:
            rejecting = [nb for nb in neighbours if t.id in nb.negative]
            passing = [nb for nb in neighbours if nb.decided and t.id not in nb.negative]
            if rejecting:
                reasons.append(f"相似材料 {rejecting[0].path} 已被排除出{t.label}")
                damp *= 1.0 - NEGATIVE_WEIGHT * _noisy_or([strength(nb.similarity) for nb in rejecting])
            if passing:
                damp *= 1.0 - IMPLICIT_WEIGHT * max(strength(nb.similarity) for nb in passing)
        primary = _noisy_or([s_struct, s_title])
        rule = primary + (1.0 - primary) * s_body * BODY_SHARE
        # a photo of the day of the item's record shows that record's meeting: not damped as a kind mismatch
        if (t.checkable and rule and not (day and day[0] >= s_struct)
                and not any(kind_can_serve(t, f.kind, m) for m in (hits.meetings or {None}))):
            rule *= KIND_MISMATCH
        elif hits.circular and NOTICE not in t.kinds:
            rule *= KIND_MISMATCH  # a superior's circular is proof only where the item asks for a notice
            reasons.append(f"上级来文（{hits.circular}）")
        return _noisy_or([rule, s_learn]) * damp, "；".join(reasons)

    def hits(self, f: Features) -> _Hits:
        """Every rubric keyword found, keeping only the outermost (结对 inside 结对帮扶 is not 结对)."""
        title_text = f.title
        if f.kind == PHOTO and not f.title.replace(normalize(PurePosixPath(f.path).stem), "").strip():
            # a photo of boards side by side ("柳塘村综合宣传栏 | 群众意见箱") has no heading line: its first line of
            # recognised text is what it shows
            first = next((ln for ln in f.body.splitlines() if ln.strip()), "")
            title_text += " " + first[:PHOTO_HEADING_CHARS]
        source = _SOURCE_NOTE.search(title_text)
        if source:
            title_text = _SOURCE_NOTE.sub(" ", title_text)
        non_party = bool(_NON_PARTY_ISSUER.search(f.title)) and "党" not in f.title
        for word, same in TITLE_SYNONYMS:
            if word in title_text and not (non_party and same in PARTY_SYNONYMS):
                title_text += " " + title_text.replace(word, same)
        unquoted = re.sub(r"[“”\"「」『』‘’']", "", title_text)
        if _CIVILITY_CAMPAIGN.search(unquoted):
            title_text += " 文明创建"
        genre = title_genre(f.title)
        for g, needs, topic in GENRE_TOPICS:
            if genre == g and needs in title_text:
                title_text += " " + topic
        if _PROBATION_PAPER.search(title_text) and "预备党员" in f.body:
            title_text += " 预备党员"  # a 转正申请书 is a 预备党员's step to full membership (not an employee's)
        title = set(_genre_overlaps(_outermost([kw for kw in self.keywords if kw in title_text]), title_text, f.kind))
        if source:  # the body a source note names is who provided the paper, not what it is about
            title -= {kw for kw in title if kw in source.group(1)}
        circular = _circular(f)
        title -= {kw for kw in title if kw in circular}  # whom a circular is sent to, not what it is about
        names = _name_spans(title_text)
        title -= {kw for kw in title if _only_in_names(kw, title_text, names)}  # whose paper, not what about
        names = _name_spans(f.place)
        place = set(_outermost([kw for kw in self.keywords if kw in f.place and not _only_in_names(kw, f.place, names)]))
        body = _outermost([kw for kw in self.keywords if kw in f.body])
        named = titled = set(meetings_named(f.title))
        # "…总支部委员会委员分工", "中共…总支部委员会2024年度民主生活会记录": the committee as a body (its members,
        # who holds the meeting), not its meeting — in the title's words nor in the classifier's reading of them
        as_body = COMMITTEE in named and _committee_as_body(f.title, named)
        if as_body:
            named = named - {COMMITTEE}
            title -= {kw for kw in title if meetings_named(kw) == [COMMITTEE]}
        if named and named <= set(DESCRIPTIVE_TYPES) and f.meeting_type and f.meeting_type not in DESCRIPTIVE_TYPES:
            # a title naming only a theme ("学雷锋志愿服务进家园") over a text the classifier read as a meeting (the
            # banner's next line, "…3月主题党日"): both
            named = named | {f.meeting_type}
        if _JOINED_MEETING in f.title:
            # the meeting named before 暨 is the one held: "组织生活会暨民主评议党员大会" is no 党员大会
            first = set(meetings_named(f.title.split(_JOINED_MEETING, 1)[0]))
            named = first or named
        meetings = named if named else ({f.meeting_type} if f.meeting_type and not as_body else set())
        if "党课" not in meetings and _LECTURE.search(f.title) and ("党课" in f.title or "党课" in f.body[:2000]):
            meetings = meetings | {"党课"}  # the lecture's text is the record that the 党课 was given
        development = ""
        if f.kind == MINUTES:
            for needs, pattern in _DEVELOPMENT_DECISIONS:
                if (needs is None or needs in meetings) and (m := pattern.search(f.body)):
                    development = m.group(0)
                    break
        blind = f.kind == PHOTO and not f.body.strip()
        heading = f.title
        other = ((bool(_NON_PARTY_ISSUER.search(heading)) and "党" not in heading) or bool(_PASSED_ON.search(heading))
                 or bool(source) or bool(_SUPERIOR_PAPER.match(heading)))
        if other or genre:
            # "共青团…支部委员会团员花名册": that body's committee, not the Party branch's meeting; "支部委员会议事规则":
            # a rule about the meeting, no record of it
            meetings = set()
        own_rule = (genre == "rule" and f.date_source in RULE_DATE_SOURCES
                    and any(_OWN_RULE.search(_TITLE_TAIL.sub("", part)) for part in f.title.split()))
        activity_plan = any(_ACTIVITY_PLAN.search(_TITLE_TAIL.sub("", re.sub(r"[“”\"「」『』‘’']", "", part)))
                            for part in f.title.split())
        folder = {kw for kw in place if kw in normalize(PurePosixPath(f.path).parent.name)}
        return _Hits(title, place, {kw: f.body.count(kw) for kw in body}, meetings, development, blind, other,
                     circular, genre, own_rule, activity_plan, folder, titled)

    def rank(self, f: Features, excluded: set[str], day: dict[str, tuple[float, str]] | None = None
             ) -> list[Suggestion]:
        """Items for one file, best first; `day`: item → (strength, reason) from the records of a photo's day."""
        hits = self.hits(f)
        # a photo with nothing recognised in it learns nothing from look-alike names ("微信图片_2025…")
        use_learner = self.learner and not self.learner.empty and not hits.photo_blind
        neighbours = self.learner.neighbours(f) if use_learner else []
        # only items with some signal can score above zero
        words = [*hits.title, *hits.place, *hits.body, *hits.meetings,
                 *([f.kind] if f.kind and f.kind != PHOTO else [])]
        candidates = set().union(*(self.by_word.get(w, set()) for w in words)) if words else set()
        learned = {item for nb in neighbours for item in nb.positive}
        wanted = learned | set(day or {}) | (self.development_items if hits.development else set())
        if hits.own_rule and self.rules_item:
            wanted.add(self.rules_item)
        candidates |= {n for n, t in enumerate(self.targets) if t.id in wanted}
        out = []
        for n in sorted(candidates):
            t = self.targets[n]
            if t.id in excluded:
                continue
            s, why = self.score(t, f, hits, neighbours, (day or {}).get(t.id))
            if s > 0:
                out.append(Suggestion(t.id, s, why))
        if hits.development and _RESOLUTION.search(f.title):
            # a resolution's business is its decision: "党员大会决议" (接收…为预备党员) is the paper of the admission
            # first, of the meeting second
            others = max((o.score for o in out if o.item not in self.development_items), default=0.0)
            for o in out:
                if o.item in self.development_items and others:
                    o.score = _noisy_or([o.score, others])
                    o.why += f"；决议所议事项：{hits.development}"
        elif hits.development and hits.meetings:
            # minutes (no resolution) are first of all the meeting's record: the admission they record comes second
            meeting = max((o.score for o in out if o.item not in self.development_items
                           and any(m in self.targets_by_id[o.item].meeting_types for m in hits.meetings)), default=0.0)
            for o in out:
                if o.item in self.development_items and meeting and o.score >= meeting:
                    o.score = meeting - RANK_STEP
        # named in the title (not the classifier's guess from a body), or what a photo's own text shows
        named = hits.meetings if f.kind == PHOTO else hits.titled
        held = {m for m in hits.meetings if m not in DESCRIPTIVE_TYPES} & named
        if held and not hits.development and not _LECTURE.search(f.title):  # (a lecture's text is a paper of its own)
            # "3月主题党日 学雷锋志愿服务": the meeting held comes first, its theme (志愿服务, 移风易俗 …) second —
            # when the meeting's item is itself taken, so that the theme's item stays taken below it
            meeting = max((o.score for o in out if any(m in self.targets_by_id[o.item].meeting_types for m in held)),
                          default=0.0)
            if meeting >= MEETING_FIRST_MIN:
                for o in out:
                    if o.score > meeting and not any(m in self.targets_by_id[o.item].meeting_types for m in held):
                        o.score = meeting - RANK_STEP
        out.sort(key=lambda s: -s.score)
        return out


CONFIRMED_SOURCES = ("manual", "folder")  # filings that count as labelled data for the learner


def _confirmed(filed: dict[int, dict[str, store.Filing]], excluded: dict[int, dict[str, store.Exclusion]]):
    # Only a person's decisions teach: a bulk `file --accept` filing is the machine's own guess, and learning from it
    # would make every accept file more than the last (and a re-run after a crash differ from one uninterrupted run).
    positives = {eid: {item for item, f in items.items() if f.source in CONFIRMED_SOURCES}
                 for eid, items in filed.items()}
    positives = {eid: items for eid, items in positives.items() if items}
    negatives = {eid: set(items) for eid, items in excluded.items()}
    decided = {eid for eid, items in filed.items() if any(f.source == "manual" for f in items.values())}
    return positives, negatives, decided


def make_scorer(ws: Workspace, conn: sqlite3.Connection, cfg: FilingConfig, population: list[Features],
                filed: dict, excluded: dict) -> Scorer:
    """Rules from the rubric, neighbours from every confirmed decision in the catalog (loaded if not in
    `population`)."""
    rubric = ws.rubric()
    positives, negatives, decided = _confirmed(filed, excluded)
    labelled: list[Features] = []
    if positives or negatives:
        wanted = set(positives) | set(negatives)
        labelled = [f for f in population if f.id in wanted]
        have = {f.id for f in labelled}
        extra = [i for i in wanted if i not in have]
        if extra:
            labelled += load_features(conn, rubric.id, cfg.text_chars, ids=extra)
    learner = build_learner(labelled, positives, negatives, decided, cfg.learn_chars, cfg.neighbours)
    return Scorer(rubric_targets(rubric), learner)
