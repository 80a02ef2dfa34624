"""The rubric model: points rubrics (categories → items) and tier rubrics (评星晋级: tiers → criteria, vetoes)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from archive.vocab import EVIDENCE_KINDS  # noqa: F401 - re-exported: the page (web/data.py) imports it from here

# vocab.REQUIREMENT_TYPES as a type (tests/test_vocab.py checks they agree).
RequirementType = Literal["doc", "count", "window", "rate", "ledger", "roster", "photo", "duration", "judgement"]
DURATION_UNITS: tuple[str, ...] = ("天", "小时", "学时")
PERIODS: tuple[str, ...] = ("month", "bimonth", "quarter", "halfyear", "year")
WINDOWS: tuple[str, ...] = ("年初", "年终")
COMPARATORS: tuple[str, ...] = (">", ">=")
METHODS: tuple[str, ...] = ("查看档案材料", "实地查验", "谈话了解", "问卷调查", "听取汇报")


@dataclass
class RosterCondition:
    """At least `min` roster members satisfy `field op value` (e.g. age < 40, education ≥ 大专); with `role`,
    only members whose 职务 contains that word count (书记, 委员 …)."""

    field: Literal["age", "education"]
    op: Literal["<", "<=", ">", ">="]
    value: int | str
    min: int = 1
    role: str | None = None


@dataclass
class Requirement:
    """What proof an item needs, one of vocab.REQUIREMENT_TYPES, each checked by the check of that name in
    assess/checks/ (docs/architecture.md). Only the fields of its `type` are meaningful."""

    id: str
    type: RequirementType
    description: str  # Chinese, shown to users: what is checked
    kind: str | None = None  # evidence kind (会议记录, 协议 …)
    meeting_type: str | None = None
    keywords: list[str] = field(default_factory=list)
    min: int = 1  # doc/count/photo: at least this many
    per: str | None = None  # count: month | bimonth | quarter | halfyear | year windows
    years: int = 1  # period length in years ending with the assessment year ("每两年" → 2)
    window: str | None = None  # window: 年初 | 年终
    measure: str | None = None  # rate: what figure (三会一课参加率, 满意率 …)
    op: str = ">="  # rate: > or >=
    threshold: float | None = None  # rate: a fraction, 0.7 for 70%
    conditions: list[RosterCondition] = field(default_factory=list)  # roster
    amount: float | None = None  # duration: the total required ("全年累计不少于7天" → 7)
    unit: str | None = None  # duration: 天 | 小时 | 学时
    # duration: another measure that satisfies it as well ("不少于5天或40学时" → 40 学时)
    alt_amount: float | None = None
    alt_unit: str | None = None
    source: str = ""  # the rubric's own words this requirement was read from (imported rubrics)
    onsite: bool = False  # inspectors check it on site (实地查验: 上墙, 阵地面积): unmet in the papers → theirs to decide


# Units of score bands of an amount ("年经营性收入20万元以上的得4分"), an average time ("人均志愿服务时长20小时
# 以上的得2分"), a number of things done ("史料征集20件以上的得1.5分") or a test's marks ("平均成绩90分以上"): the
# figure is the accounts' or the records summed up, read by the inspectors, so such bands are kept as printed and
# never estimated; bands without one of these units are of a rate.
AMOUNT_UNITS = ("万元", "元", "小时", "学时", "件", "篇", "个", "人次", "人", "户", "项", "次", "分")


@dataclass
class ScoreBand:
    """A printed score band of a rate: achieved in [low, high) → the item scores `score` ("85%—90%得5分")."""

    low: float  # a fraction, 0.85 for 85%
    high: float | None  # None: no upper end ("90%以上得6分")
    score: float


@dataclass
class Deduction:
    """Points lost when a requirement fails: fixed, or per missing unit ("少一次扣0.5分"); capped at the item's points."""

    text: str  # the rule as printed
    points: float | None = None  # fixed deduction
    per_unit: float | None = None  # deduction per missing unit
    unit: str | None = None  # 次, 月, 人 …
    requirement: str | None = None  # id of the requirement it follows; None: any unmet requirement
    cap: float | None = None  # at most this much (besides the item's points)
    requirements: list[str] = field(default_factory=list)  # several requirements: applies once if any is unmet
    discretionary: bool = False  # 酌情扣分: the inspectors decide how much; no figure to estimate
    step: float | None = None  # per_unit counts steps of this size ("每低5个百分点扣1分": unit 百分点, step 5)
    points_min: float | None = None  # a printed range ("扣1-2分"): the least; `points` is the most (estimated)
    bands: list[ScoreBand] = field(default_factory=list)  # "85%—90%得5分": the item's score by the achieved rate

    @property
    def amount_bands(self) -> bool:
        """Bands of an amount ("20万元以上得4分"), in the rule's unit, which the inspectors read from the accounts."""
        return bool(self.bands) and self.unit in AMOUNT_UNITS

    def requirement_ids(self) -> list[str]:
        """Every requirement this rule follows ([] = any unmet requirement)."""
        ids = list(self.requirements)
        if self.requirement and self.requirement not in ids:
            ids.insert(0, self.requirement)
        return ids


@dataclass
class Item:
    id: str  # as printed: "8", "2.3"
    text: str
    points: float
    method: list[str] = field(default_factory=list)
    scoring: str = ""  # the 评分标准/扣分标准 text as printed
    requirements: list[Requirement] = field(default_factory=list)
    deductions: list[Deduction] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)  # words whose presence suggests evidence for this item (filing)
    typical_evidence: list[str] = field(default_factory=list)  # what usually proves it, in the archivist's words
    evidence: list[str] = field(default_factory=list)  # the papers the table's 佐证材料 column names, as printed
    # The name printed beside the words: the register a 台账 checklist names (台账名称 "《支部委员会会议记录》"), or the
    # item's own short name (二级指标 "党费收缴").
    name: str = ""

    @property
    def heading(self) -> str:
        """The item as a reader sees it: its name, then the words ("《党员花名册》：每年1月底前更新")."""
        if self.name and self.name.strip("《》") not in self.text:
            return f"{self.name}：{self.text}"
        return self.text


@dataclass
class Category:
    name: str
    points: float
    items: list[Item] = field(default_factory=list)
    detailed: bool = True  # False when the source gives only the category and its points
    note: str = ""
    # 加分项: its items (at 0 points) are awarded beyond the total by the inspectors; one without proof costs nothing
    # and is no shortfall to report.
    bonus: bool = False


@dataclass
class Criterion:
    """One criterion of a tier (评星晋级), or one veto (一票否决)."""

    id: str
    text: str
    requirements: list[Requirement] = field(default_factory=list)


@dataclass
class Tier:
    name: str  # 一星 … 五星
    level: int
    criteria: list[Criterion] = field(default_factory=list)
    vetoes: list[Criterion] = field(default_factory=list)
    note: str = ""


@dataclass
class Rubric:
    id: str
    title: str
    source: str  # where the rubric came from (the seed file, the document it was imported from)
    kind: Literal["points", "tiers"]
    total: float = 0.0
    year: int | None = None
    notes: str = ""
    categories: list[Category] = field(default_factory=list)
    tiers: list[Tier] = field(default_factory=list)
    # Imported rubrics: item id → fingerprint of what the import read for it, so a re-import can tell the
    # user's corrections from the reading.
    imported: dict[str, str] = field(default_factory=dict)
    path: str = ""  # file it was loaded from

    def items(self) -> list[Item]:
        return [item for cat in self.categories for item in cat.items]

    def item(self, item_id: str) -> Item | None:
        return next((it for it in self.items() if it.id == item_id), None)

    def category_of(self, item_id: str) -> Category | None:
        return next((c for c in self.categories if any(it.id == item_id for it in c.items)), None)
