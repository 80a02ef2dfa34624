"""What automation may file at all: only this organisation's evidence, for the period each item looks at.

A file is held back from every automatic filing (`file --accept`, the folder conventions, the category folders) —
never from a person's — when:

* it is another organisation's: its heading, its 落款, a 单位 field, its file name or the subject of its body
  ("幸福里社区党支部召开…") names an organisation of this archive's level (a 社区 or 村, a school, a company, a
  Party organisation by its own name: "金茂中心联合党支部" …) that is not the archive's `org`, one of `[filing] org_aliases`, or a superior (街道党工委, 区委组织部 …), and the
  archive's own organisation is named nowhere in it;
* it is no evidence at all (a template, a blank form, a manual …: `extract.classify.not_evidence`);
* for one item: its date (from its content, 落款, EXIF or file name; never the file's modification time) lies
  outside the period the item looks at — the assessment year, the two years of a 每两年 item, from December for a
  年初 item, into January for a 年终 one.

Each hold keeps the words that showed it, for `suggest` and `review`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from archive.extract.base import Table
from archive.extract.classify import not_evidence
from archive.extract.dates import find_dates
from archive.filing.targets import Target

OTHER_YEAR = "other_year"
OTHER_ORG = "other_org"
NOT_EVIDENCE = "not_evidence"
AMBIGUOUS = "ambiguous"
HOLD_LABELS = {OTHER_YEAR: "其他年度的材料", OTHER_ORG: "其他单位的材料", NOT_EVIDENCE: "不是证明材料",
               AMBIGUOUS: "评分项难以确定的材料"}

# Dates a person would trust for when a paper was made; a file's modification time is the day it was copied.
TRUSTED_DATE_SOURCES = ("content", "signature", "exif", "filename")
HEAD_LINES = 4  # non-empty lines at the top that hold a heading
TAIL_LINES = 4  # … and at the bottom that hold a 落款
SIGN_LINE_MAX_CHARS = 60
BODY_SUBJECT_MIN = 1  # a body naming another community as the one that held the meeting once is enough
BODY_MENTIONS_MIN = 3  # … or naming it this often (and never this archive's organisation)

# A community (社区, 村) by name: up to this many characters before the word. It names an organisation when an
# organisation's word follows (党支部, 居委会 …) or when the name opens a line or cell ("东湖社区主题党日活动").
_COMMUNITY_RE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(社区|村)")
_ORG_SUFFIX = re.compile(r"^(?:第?[一二三四五六七八九十\d]*(?:党支部|党总支|党委|总支部?委员会|支部委员会|党小组|网格党支部)|居委会|居民委员会|村委会|村民委员会|委员会|党群服务(?:中心|站)|党员服务(?:中心|站)|服务(?:中心|站))")
# Institutions that are organisations of their own (their 党委/党支部 is not this community's), named where a cell
# of a heading or 落款 begins ("北京师范大学", "中共南华大学委员会…", "甲方：XX公司").
_INSTITUTION_RE = re.compile(r"^(?:中共|中国共产党|甲方|乙方|[\d\s])*[：:]?\s*([\u4e00-\u9fff]{2,12}?(?:大学|学院|中学|小学|学校|幼儿园|公司|集团|医院|研究所|研究院))(?!生)")
# What a community name cannot be: function words a name never holds ("进社区", "各社区", "本村").
_NOT_NAME_CHARS = set("的了在到进入驻回至与和及同向对为从由于是各本全该每其此个有以将把被给让等年月日号第们我你他她、，。；：“”《》（）()")
_GENERIC_NAMES = {"城市", "农村", "乡村", "新农", "城中", "和谐", "文明", "幸福", "美丽", "美好", "平安", "智慧", "绿色", "健康",
                  "示范", "星级", "红色", "学习型", "服务型", "所属", "所在", "辖区", "相关", "其他", "兄弟", "周边", "试点",
                  "城乡", "老旧", "居民", "党员", "社区", "基层", "先进", "优秀", "五星", "四星", "三星", "二星", "一星"}
# Verbs that come before 社区 in a sentence ("履行社区党委书记职责", "服务社区"): a name never ends with them.
_VERBS_BEFORE = ("履行", "服务", "建设", "管理", "走进", "深入", "扎根", "融入", "参与", "治理", "打造", "共建", "包联", "联系",
                 "报到", "来到", "回到", "全体", "担任", "任", "兼任", "担当", "支持", "覆盖", "结合", "面向", "立足")
# After 村, these make a government department of the words before ("农业农村局", "农业农村厅"), not a village.
_DEPARTMENT_AFTER = set("局厅")
# After 村 with no organisation's word, these make a common word of it ("会议要求村干部", "村民代表", "保留村口老樟树"):
# no village is named.
_VILLAGE_WORD_AFTER = set("干民务道口头级规容貌落里部")
# A 自然村 is a part of an administrative village ("下塘自然村老年活动室"): the archive's own, never another organisation.
_PART_OF_VILLAGE = "自然"
# Verbs after which a 社区 or 村 is what was visited or served ("共建双方走访南湖社区困难家庭"), not who wrote the paper.
_VERBS_INSIDE = ("走访", "慰问", "看望", "前往", "来到", "走进", "深入", "帮扶", "服务", "联系", "对接", "参观")
# A table's row (a roster's, a form's "姓名 温婧 单位 …") holds more cells than a heading or a 落款: what it names is
# the people's, not the author.
PLACE_MAX_CELLS = 3
# Superiors: a 街道, 镇, 乡, 区, 县, 市 body (党工委, 办事处, 组织部 …) is never "another organisation".
_SUPERIOR_END = re.compile(r"(?:街道|镇|乡|区|县|市|省)$")
_STREET_PREFIX = re.compile(r"^.*?(?:街道|镇|乡|(?<!社)区|县|市|省)")
_SUBJECT_AFTER = re.compile(r"^[^\n，。；]{0,12}?(?:于[^\n，。；]{0,16}?)?(?:召开|举行|举办|组织|开展)")
# A Party organisation by its own name where a cell of a heading, 落款 or 单位 field begins ("金茂中心联合党支部",
# "中共星澜传媒有限公司支部委员会"): a name, then 联合 or not, then the organisation's word. The name must end in
# a word for a kind of place or body (a tower, a centre, a company …) — or be followed by 联合, which only a proper
# name takes — so that "加强党支部建设" or "机关党支部" name nobody.
_PARTY_ORG_RE = re.compile(r"^(?:中共|中国共产党)?([\u4e00-\u9fff]{2,16}?)(联合)?(?:党支部|党总支|党委|党工委|总支部委员会|支部委员会)")
_ENTITY_END = re.compile(r"(?:中心|大厦|大楼|大道|广场|园区|产业园|科技园|公司|集团|商会|协会|学会|联合会|事务所|医院|卫生院|学校|中学|小学|"
                         r"大学|学院|幼儿园|小区|花园|家园|公寓|市场|商场|超市|银行|酒店|宾馆|研究院|研究所|基金会|合作社|工作室|"
                         r"派出所|管理所|局|厂|馆)$")
# Words that describe a kind of organisation rather than name one ("两新组织综合党委", "楼宇企业党支部"): a name made
# of them only is a category or a superior, never another organisation.
_GENERIC_ORG_WORDS = re.compile(r"^(?:两新|组织|非公|经济|企业|楼宇|商务|机关|事业单位|社会组织|基层|各级|功能型|流动|党员|退休|离退休|在职|"
                                r"网格|综合|新兴领域|行业|联合|直属|下属|所属|临时|兄弟|结对|共建|驻区|辖区|区域|中心|"
                                r"第?[一二三四五六七八九十\d]+)+$")
# Words a name never begins with: a heading that opens with a verb names an action ("召开党支部委员会").
_VERB_START = re.compile(r"^(?:关于|召开|开展|组织|举办|加强|推进|规范|建设|健全|完善|成立|组建|新建|优化|做好|落实|贯彻|学习|参加|深化|全面|"
                         r"推动|打造|创建|筹备|选举|增补|调整|撤销|设立|同意|批准)")
# A field naming a partner ("结对单位\t江川区人民医院第二党支部", "共建单位：…"): who came, not who wrote the paper.
_PARTNER_LABEL = re.compile(r"^(?:结对|共建|联建|合作|协办|协作|邀请|受邀|参加|参与|服务)(?:单位|支部|党组织|对象)\s*[:：\t]")
_PLACE_LABEL = re.compile(r"^(?:会议|活动)?地点\s*[:：\t]\s*")
_UNIT_FIELD = re.compile(r"(?:(?:填报|报送|主办|承办|所在|申报)?(?:单位|党组织|党支部|党委|支部)(?:名称)?|(?:会议|活动)?地点)\s*[:：]\s*([^\t\n]{2,40})")


@dataclass(frozen=True)
class Hold:
    """Why automation may not file a file (to an item): HOLD_LABELS key, the words that showed it, a sentence."""

    reason: str
    words: str
    detail: str

    @property
    def label(self) -> str:
        return HOLD_LABELS[self.reason]

    def to_json(self) -> dict:
        return {"reason": self.reason, "label": self.label, "words": self.words, "detail": self.detail}


def _community_names(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each community `text` names as an organisation: "滨湖街道东湖社区党委" → 东湖,
    "东湖社区主题党日活动" (opening a line) → 东湖; "统筹社区党建" names none."""
    out = []
    for m in _COMMUNITY_RE.finditer(text):
        raw = m.group(1)
        cut = max((i for i, ch in enumerate(raw) if ch in _NOT_NAME_CHARS), default=-1)
        cut = max([cut] + [raw.rfind(v) + len(v) - 1 for v in _VERBS_INSIDE if raw.rfind(v) >= 0 and raw.rfind(v)
                                                                                 + len(v) < len(raw)])
        name = _STREET_PREFIX.sub("", raw[cut + 1:])
        if (len(name) < 2 or name in _GENERIC_NAMES or name.endswith(("型", "级", *_VERBS_BEFORE))
                or (m.group(2) == "村" and name.endswith(_PART_OF_VILLAGE))):
            continue
        end = m.end()
        if m.group(2) == "村" and text[end:end + 1] in _DEPARTMENT_AFTER:
            continue  # "云溪区农业农村局": a government department (农村 the countryside), no village
        suffix = _ORG_SUFFIX.match(text[end:end + 12])
        if m.group(2) == "村" and not suffix and text[end:end + 1] in _VILLAGE_WORD_AFTER:
            continue  # "村干部", "村民代表", "村口": a word, no village
        line_start = text.rfind("\n", 0, m.start()) + 1
        cell_start = max(line_start, text.rfind("\t", 0, m.start()) + 1)
        opens = cut < 0 and not re.sub(r"^(?:中共|中国共产党)", "", text[cell_start:m.start()]).strip()
        if suffix or opens:
            out.append((name, m.start(1) + (len(raw) - len(name)), end + (suffix.end() if suffix else 0)))
    return out


def _institutions(line: str) -> list[str]:
    """Institutions named where a cell begins; "与区人民医院第二党支部结对交流" (with, to, at …) names a partner or a
    host, not the author."""
    return [m.group(1) for cell in line.split("\t")
            if (m := _INSTITUTION_RE.match(cell.strip())) and m.group(1)[0] not in _NOT_NAME_CHARS]


def _party_orgs(line: str) -> list[str]:
    """Party organisations named by their own name where a cell of `line` begins: "金茂中心联合党支部2025年工作计划"
    → 金茂中心联合党支部; "南湖街道两新组织综合党委" (a superior's category) and "加强党支部建设" name none. Communities and
    villages are left to `_community_names`."""
    out = []
    for cell in line.split("\t"):
        m = _PARTY_ORG_RE.match(re.sub(r"^(?:甲方|乙方|[\d\s])*[：:]?\s*", "", cell.strip()))
        if not m:
            continue
        name = _STREET_PREFIX.sub("", m.group(1))
        if (len(name) < 2 or any(ch in _NOT_NAME_CHARS for ch in name.replace("有限", "")) or re.search(r"社区|村", name)
                or _GENERIC_ORG_WORDS.match(name) or _VERB_START.match(name)):
            continue
        if m.group(2) or _ENTITY_END.search(name):
            out.append(m.group(0))
    return out


@dataclass
class OwnOrg:
    """The archive's organisation as names to recognise: its community names and every alias in full."""

    names: tuple[str, ...]  # community names ("东湖") and whole names ("东湖社区党委", aliases)

    def is_own(self, mention: str) -> bool:
        return any(n and (n in mention or mention in n) for n in self.names)

    def named_in(self, text: str) -> bool:
        return any(n and n in text for n in self.names)


def own_org(org: str, aliases: list[str] | tuple[str, ...] = ()) -> OwnOrg:
    names: list[str] = []
    for full in (org, *aliases):
        full = (full or "").strip()
        if not full:
            continue
        names.append(full)
        names.extend(name for name, _, _ in _community_names(full))
        core = re.sub(r"^(?:中共|中国共产党)", "", full)
        core = re.sub(r"(?:党支部|党总支|党委|总支部委员会|支部委员会|委员会|党工委)$", "", core)
        if len(core) >= 2:
            names.append(core)
    return OwnOrg(tuple(dict.fromkeys(names)))


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in (text or "").splitlines() if ln.strip()]


def _foreign_in(line: str, own: OwnOrg, institutions: bool, place: bool = False) -> str | None:
    """The first organisation a line names that is not the archive's nor a superior. In a place (会议地点：…) a
    community counts only by its organisation's office ("幸福里社区党群服务中心"): "南湖社区文化广场" is where an
    activity went, not who held it."""
    for name, start, end in _community_names(line):
        if place and line[start:end].endswith(("社区", "村")):
            continue
        if not own.is_own(name):
            return line[start:end].strip()
    if institutions and not place:
        for org in _party_orgs(line):
            bare = _STREET_PREFIX.sub("", re.sub(r"^(?:中共|中国共产党)", "", org))
            if not own.is_own(bare) and not own.is_own(re.sub(r"(?:联合)?(?:党支部|党总支|党委|党工委|总支部委员会|支部委员会)$",
                                                               "", bare)):
                return org
        for inst in _institutions(line):
            bare = _STREET_PREFIX.sub("", inst)
            if not own.is_own(bare) and not _SUPERIOR_END.search(inst):
                return inst
    return None


def other_org(text: str, file_name: str, own: OwnOrg) -> Hold | None:
    """Another organisation's paper: named as its author (heading, 落款, a 单位 field, the file name) or as the one
    that held it in its body — and this archive's organisation named nowhere in it."""
    if not own.names or own.named_in(text) or own.named_in(file_name):
        return None
    lines = _lines(text)
    places = [("标题", ln) for ln in lines[:HEAD_LINES] if len(ln.split("\t")) <= PLACE_MAX_CELLS]
    places += [("文件名", file_name)]
    places += [("落款", ln) for ln in lines[-TAIL_LINES:]
               if len(ln) <= SIGN_LINE_MAX_CHARS and len(ln.split("\t")) <= PLACE_MAX_CELLS]
    places += [("单位或地点", m.group(0)) for m in _UNIT_FIELD.finditer(text)]
    for where, line in places:
        if _PARTNER_LABEL.match(line):
            continue
        # a place field ("会议地点\t南湖社区文化广场", a heading line or a field) says where, not who
        place = _PLACE_LABEL.match(line)
        if place or where == "单位或地点":
            line = _UNIT_FIELD.sub(r"\1", line) if not place else line[place.end():]
        if found := _foreign_in(line, own, institutions=True, place=bool(place)):
            return Hold(OTHER_ORG, found, f"{where}中写的是“{found}”，不是本单位")
    mentions = _community_names(text)
    subjects = [(n, s, e) for n, s, e in mentions if _SUBJECT_AFTER.match(text[e:e + 40])]
    for pool, least in ((subjects, BODY_SUBJECT_MIN), (mentions, BODY_MENTIONS_MIN)):
        counts: dict[str, int] = {}
        for name, _, _ in pool:
            counts[name] = counts.get(name, 0) + 1
        for name, n in counts.items():
            if n >= least and not own.is_own(name):
                start, end = next((s, e) for m, s, e in pool if m == name)
                words = text[max(0, start - 4): end + 12].replace("\n", " ").strip()
                return Hold(OTHER_ORG, words, f"正文中写的是“{words}”，不是本单位")
    return None


# Bodies beside a Party organisation that sign papers of their own: the residents' or villagers' committee, the
# owners' committee, the property company. A paper signed by one ("纺机新村业主委员会", "江川云锦物业服务有限公司") that
# names no Party organisation anywhere is that body's notice to residents, not this organisation's proof — even when
# the body bears the estate's or the community's name, which is the archive's name too.
_NON_PARTY_SIGNER = re.compile(r"(?:业主委员会|业委会|物业(?:服务|管理)?(?:有限)?(?:公司|中心|处)|居民委员会|居委会|村民委员会|"
                               # a 村改居 community's collective economy: its own 分红/财务 papers
                               r"村委会|合作社(?:理事会|监事会)?|(?:股份)?(?:经济)?联合社)$")
_SIGNATURE_TAIL = re.compile(r"[\s（）()\d年月日.\-/]+$")  # the date after a 落款 ("…业主委员会  2025年4月14日")
PARTY_CHAR = "党"


def non_party_paper(text: str) -> Hold | None:
    """A paper a non-Party body signed (its 落款) that names no Party organisation: that body's, not evidence of this
    organisation's work. A paper the Party organisation signs jointly, or one that names it, is never held here."""
    if not text or PARTY_CHAR in text:
        return None
    for line in _lines(text)[-TAIL_LINES:]:
        if len(line) > SIGN_LINE_MAX_CHARS:
            continue
        signer = _SIGNATURE_TAIL.sub("", line).strip()
        if _NON_PARTY_SIGNER.search(signer):
            return Hold(OTHER_ORG, signer, f"落款是“{signer}”，通篇没有提到党组织：是该单位自己的材料")
    return None


def not_evidence_hold(text: str, title: str, fmt: str, tables: list, file_name: str, kind: str | None) -> Hold | None:
    rows = [Table(str(t.get("name") or ""), [[str(c or "") for c in r] for r in (t.get("rows") or [])
                                             if isinstance(r, list | tuple)])
            for t in tables or [] if isinstance(t, dict)]
    found = not_evidence(text or "", title or "", fmt or "", rows, file_name, kind)
    if not found:
        return None
    rule, words = found
    return Hold(NOT_EVIDENCE, words, f"{rule}：{words}")


# ---- dates ----

@dataclass(frozen=True)
class ItemPeriod:
    start: dt.date
    end: dt.date
    label: str


def item_period(target: Target, year: int) -> ItemPeriod:
    """The days an item's evidence may be dated: its years (每两年 → two), from 1 December before for a 年初
    requirement, to 31 January after for a 年终 one."""
    reqs = [r for r in target.requirements if r.type != "judgement"] or target.requirements
    years = max([r.years for r in reqs] or [1])
    start, end = dt.date(year - years + 1, 1, 1), dt.date(year, 12, 31)
    windows = {r.window for r in reqs if r.window}
    if "年初" in windows:
        start = min(start, dt.date(year - 1, 12, 1))
    if "年终" in windows:
        end = dt.date(year + 1, 1, 31)
    return ItemPeriod(start, end, _period_label(start, end))


def _period_label(start: dt.date, end: dt.date) -> str:
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return f"{start.year}年" if start.year == end.year else f"{start.year}—{end.year}年"
    return f"{start.year}年{start.month}月至{end.year}年{end.month}月"


def kind_period(period: ItemPeriod, kind: str | None) -> ItemPeriod:
    """The part of an item's period a paper of this kind may be dated in: a summary is never last December's (that
    is last year's summary), a plan never next January's."""
    start, end = period.start, period.end
    if kind == "总结" and (start.month, start.day) == (12, 1):
        start = dt.date(start.year + 1, 1, 1)
    if kind == "计划" and (end.month, end.day) == (1, 31):
        end = dt.date(end.year - 1, 12, 31)
    return period if (start, end) == (period.start, period.end) else ItemPeriod(start, end, _period_label(start, end))


def _date_span(date: dt.date, precision: str | None) -> tuple[dt.date, dt.date]:
    if precision == "year":
        return dt.date(date.year, 1, 1), dt.date(date.year, 12, 31)
    if precision == "month":
        nxt = dt.date(date.year + date.month // 12, date.month % 12 + 1, 1)
        return date.replace(day=1), nxt - dt.timedelta(days=1)
    return date, date


def date_text(date: dt.date, precision: str | None) -> str:
    if precision == "year":
        return f"{date.year}年"
    if precision == "month":
        return f"{date.year}年{date.month}月"
    return f"{date.year}年{date.month}月{date.day}日"


OWN_DATE_MAX_CELLS = 3  # a line holding the paper's own date has at most this many cells (a roster row has more)


def date_words(text: str, file_name: str, date: dt.date, precision: str | None, source: str | None,
               fields: dict | None = None) -> str:
    """The words the paper's own date was read from — a field (会议时间), a heading or 落款 line, the file name,
    the photo's EXIF — or "" when the date sits elsewhere (a birth year in a roster's row is not the paper's)."""
    if source == "exif":
        return f"拍摄时间 {date_text(date, precision)}"
    if source == "filename":
        return file_name

    def same(f) -> bool:
        return f.date == date or (precision != "day" and f.date.year == date.year
                                  and (precision == "year" or f.date.month == date.month))

    for key, value in (fields or {}).items():
        if isinstance(value, str) and any(same(f) for f in find_dates(value)):
            return f"{key}：{value}"
    lines = _lines(text)
    head = lines[:HEAD_LINES * 2]
    for line in head + lines[-TAIL_LINES * 2:]:
        long = len(line.split()) > OWN_DATE_MAX_CELLS or len(line) > SIGN_LINE_MAX_CHARS
        for f in find_dates(line):
            # a long line counts only when it opens with the date ("2024年9月24日上午，在村部召开党员大会")
            if same(f) and (not long or (line in head and f.start <= 1)):
                return line[f.start:f.end].strip() or date_text(date, precision)
    if precision == "year":  # "柳塘村党总支2024年度党员交纳党费登记表": the year the heading names
        for line in head:
            m = re.search(rf"{date.year}\s*年度?", line)
            if m and len(line) <= SIGN_LINE_MAX_CHARS and len(line.split()) <= OWN_DATE_MAX_CELLS:
                return line.strip()
    return ""


def other_year(period: ItemPeriod, date: dt.date | None, precision: str | None, source: str | None,
               words: str) -> Hold | None:
    """Held when the file's trusted date lies wholly outside the item's period."""
    if date is None or source not in TRUSTED_DATE_SOURCES:
        return None
    first, last = _date_span(date, precision)
    if last < period.start or first > period.end:
        return Hold(OTHER_YEAR, words, f"日期为{date_text(date, precision)}（“{words}”），不在考核期（{period.label}）内")
    return None
