"""Estimated 自评分: the rubric's deduction rules (fixed, per missing unit, per step of percentage points, score bands
of a rate, the most of a printed range, capped at the item's points); without a rule, an unmet checkable requirement
costs its share of the item's points in proportion to the shortfall. Judgement parts (met None) count full in the
estimate; `score_range` gives the score with them at nothing and at full. An item with no evidence at all that is
assessed by reading the papers (考核方式 查看档案材料) scores 0 (`no_evidence_scores_zero`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from archive.assess.checks.roster import ROSTER_ASPECTS
from archive.assess.document import ScoreBounds
from archive.assess.findings import Finding, fmt_num, pct
from archive.rubric.model import Deduction, Item, ScoreBand

# A 考核方式 that reads the papers (查看档案材料, 查阅台帐, 查看资料 …): an item with no evidence then has nothing to show.
PAPER_METHOD_WORDS: tuple[str, ...] = ("档案", "材料", "资料", "台帐", "台账", "记录", "查阅", "文件")
# Words by which an item's own text names papers (a judgement on them is read from the archive: "记录规范").
PAPER_WORDS: tuple[str, ...] = PAPER_METHOD_WORDS + (
    "纪要", "制度", "计划", "总结", "方案", "报告", "照片", "图片", "影像", "名册", "名单", "协议", "责任书", "承诺书",
    "签到", "登记", "笔记", "讲稿", "公示", "通知", "统计表", "登记表")
# Qualities of conduct and standing that rubrics assess by 谈话了解 / 走访群众, not by the papers.
CONDUCT_WORDS: tuple[str, ...] = (
    "团结", "融洽", "廉洁", "严以律己", "威信", "形象", "口碑", "群众评价", "群众公认", "违法违纪", "违纪违法",
    "作用发挥", "先锋模范", "战斗堡垒")
# The note a proportional estimate leaves on its finding (score_note); the reports explain the rule once.
PROPORTIONAL_NOTE = "按比例估算"


def _band(bands: list[ScoreBand], value: float) -> ScoreBand | None:
    eps = 1e-9
    return next((b for b in bands if value >= b.low - eps and (b.high is None or value < b.high - eps)), None)


def _banded(rule: Deduction, item: Item, hit: list[Finding]) -> tuple[float, str]:
    """(deduction, how) of a score-band rule: the band the achieved rate falls in sets the item's score; with no
    figure read, the lowest band."""
    # Each list scores its own share, up to its top band: two measures' bands in one item ("知晓率80%以上得4分…；
    # 满意度90%以上得6分…"), or bands whose best is open ("95%以上的得2分…" in an item of 5, whose other rules price
    # the rest). One list whose best band is closed ("85%—90%得5分…" in an item of 6) leaves the full marks above it.
    banded = [r for r in item.deductions if r.bands]
    best = max(rule.bands, key=lambda b: b.score)
    top = best.score if len(banded) > 1 or best.high is None else item.points
    values = [f.value for f in hit if f.value is not None]
    if not values:
        low = min(rule.bands, key=lambda b: b.score)
        return max(0.0, top - low.score), f"没有读到比例，按最低一档得{fmt_num(low.score)}分"
    value = min(values)
    band = _band(rule.bands, value)
    if band is None:
        return 0.0, f"{pct(value)}不在扣分档内"
    return max(0.0, top - band.score), f"{pct(value)}，该档得{fmt_num(band.score)}分"


def _steps(rule: Deduction, item: Item, hit: list[Finding]) -> float:
    """Units of a "每低N个百分点扣X分" rule: percentage points below the threshold / N (scaled, not rounded); of a
    "每少2学时扣0.5分" rule, the units missing / 2."""
    if rule.unit != "百分点":
        return sum(f.counts.get(rule.unit or "", f.units) for f in hit) / (rule.step or 1.0)
    thresholds = {r.id: r.threshold for r in item.requirements}
    units = 0.0
    for f in hit:
        threshold = thresholds.get(f.requirement)
        if f.value is None or threshold is None:
            units += f.units or 1.0
            continue
        units += max(0.0, (threshold - f.value) * 100) / (rule.step or 1.0)
    return units


# The aspect of a roster a scoring rule names ("无35周岁以下成员的扣2分", "本科学历成员每少1名扣0.5分"): the rule bites
# only when that aspect falls short, by the people short on it.
_ROSTER_RULE_ASPECTS = ((ROSTER_ASPECTS["age"], re.compile(r"岁|年龄|年轻")),
                        (ROSTER_ASPECTS["education"], re.compile(r"学历|文化程度|大专|专科|本科|高中|中专|研究生|硕士|博士")))


def _roster_aspect(rule: Deduction) -> str | None:
    named = [aspect for aspect, words in _ROSTER_RULE_ASPECTS if words.search(rule.text or "")]
    return named[0] if len(named) == 1 else None


def _aspect_hits(rule: Deduction, hit: list[Finding]) -> list[Finding]:
    """A roster's findings a rule on one of its aspects applies to: those short on that aspect."""
    aspect = _roster_aspect(rule)
    if aspect is None:
        return hit
    return [f for f in hit if f.type != "roster" or not any(a in f.counts for a, _w in _ROSTER_RULE_ASPECTS)
            or aspect in f.counts]


# Units that count the things asked ("缺一项资料扣0.5分"): each unmet requirement other than papers is one of them,
# whatever its own shortfall counts (the months without a meeting, the members in arrears).
ITEM_UNITS: tuple[str, ...] = ("项", "类", "种")
# Units that count registers kept ("缺一本台账扣1分"): a count or window is one register missing only when nothing at
# all is on file for it; a register with too few records is the per-occasion rules' to charge, not this one.
REGISTER_UNITS: tuple[str, ...] = ("本", "册")


def _units(rule: Deduction, f: Finding, aspect: str | None) -> float:
    """How many of a per-unit rule's units a finding is short."""
    if f.type == "roster" and aspect in f.counts:
        return f.counts[aspect]
    if rule.unit in f.counts:
        return f.counts[rule.unit]
    if rule.unit in ITEM_UNITS and f.type not in ("doc", "photo"):
        return 1.0
    if rule.unit in REGISTER_UNITS and f.type not in ("doc", "photo"):
        return 0.0 if f.evidence else 1.0
    return f.units


def score_item(item: Item, findings: list[Finding]) -> tuple[float, float]:
    """(score, deduction); each finding's own deduction and a sentence on how it was reached are filled in: a rule's
    in the finding's detail, a proportional estimate (no rule printed) only in its score_note, since the reports
    explain that rule once."""
    unmet = {f.requirement: f for f in findings if f.met is False}
    total = 0.0
    covered: set[str] = set()
    for rule in item.deductions:
        if rule.amount_bands:
            continue  # bands of an amount (年经营性收入…万元): the inspectors read the figure from the accounts
        ids = rule.requirement_ids()
        hit = [unmet[i] for i in ids if i in unmet] if ids else list(unmet.values())
        hit = _aspect_hits(rule, hit)
        if not hit:
            continue
        covered.update(f.requirement for f in hit)
        if rule.discretionary:
            for f in hit:
                f.discretionary = True
                f.note(f"按评分表“{rule.text}”，由考核组酌情扣分，本估算未扣")
            continue
        how = ""
        if rule.bands:
            amount, how = _banded(rule, item, hit)
        elif rule.per_unit is not None and rule.step:
            amount = rule.per_unit * _steps(rule, item, hit)
        elif rule.per_unit is not None:
            aspect = _roster_aspect(rule)
            counted = {id(f): _units(rule, f, aspect) for f in hit}
            amount = rule.per_unit * sum(counted.values())
            # ("缺一本台账扣1分" beside a register that is kept but short: nothing of this rule's to charge or to say)
            hit = [f for f in hit if counted[id(f)]] or hit
            if not amount:
                continue
        else:
            amount = rule.points or 0.0
            if rule.points_min is not None and rule.points_min < amount:
                how = f"扣分范围{fmt_num(rule.points_min)}～{fmt_num(amount)}分，按多的估算"
        if rule.cap is not None:
            amount = min(amount, rule.cap)
        share = amount / len(hit)
        for f in hit:
            f.deduction += share
        total += amount
        first = hit[0]
        first.note(f"按评分表“{rule.text}”扣{fmt_num(round(amount, 2))}分" + (f"（{how}）" if how else ""))
    n = max(1, len(item.requirements))
    for f in unmet.values():
        if f.requirement in covered:
            continue
        amount = item.points / n * max(0.0, min(1.0, f.shortfall or 1.0))
        f.deduction += amount
        total += amount
        if item.points:
            f.note(f"{PROPORTIONAL_NOTE}扣{fmt_num(round(amount, 2))}分", in_detail=False)
    total = min(total, item.points)
    return round(item.points - total, 2), round(total, 2)


def reads_papers(item: Item) -> bool:
    """Whether inspectors assess the item by reading the archive: its 考核方式 names the papers (查看档案材料,
    查阅台帐 …), or no 考核方式 is printed (a 台帐 inspection reads the papers unless the rubric says otherwise, as
    it does for an item learnt only by 谈话了解 or 问卷调查). Without a 考核方式, an item that asks only for the
    inspectors' judgement of conduct or standing ("班子成员团结协作", "关系融洽", "群众口碑好") and names no paper is
    learnt by talking, as rubrics that print the column say: an empty archive says nothing about it."""
    if item.method:
        return any(word in m for m in item.method for word in PAPER_METHOD_WORDS)
    if any(r.type != "judgement" for r in item.requirements):
        return True
    words = item.text + item.scoring
    return any(word in words for word in PAPER_WORDS) or not any(word in words for word in CONDUCT_WORDS)


@dataclass
class ScoreRange:
    """The estimate's bounds: `low` with every part a person decides (judgements, what is checked on site,
    酌情扣分) at nothing, `high` with them at full (the estimate itself; for an item with no evidence that scores 0,
    both are 0)."""

    low: float
    high: float

    def bounds(self) -> ScoreBounds:
        """The range as the status document has it (to the cent)."""
        return ScoreBounds(round(self.low, 2), round(self.high, 2))

    def to_json(self) -> dict:
        return self.bounds().to_json()


def score_range(item: Item, findings: list[Finding], deduction: float) -> ScoreRange:
    """The range around an estimate whose checkable deductions total `deduction`: each part a person decides is
    worth its share of the points (one of the item's requirements)."""
    if not item.points:
        return ScoreRange(0.0, 0.0)
    n = max(1, len(item.requirements))
    judged = [f for f in findings if f.met is None or (f.met is False and f.discretionary)]
    at_stake = item.points / n * len(judged)
    high = max(0.0, item.points - deduction)
    return ScoreRange(round(max(0.0, high - at_stake), 2), round(high, 2))
