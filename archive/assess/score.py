"""Estimated 自评分: the rubric's deduction rules (fixed, per missing unit, per step of percentage points, score bands
of a rate, the most of a printed range, capped at the item's points); without a rule, an unmet checkable requirement
costs its share of the item's points in proportion to the shortfall."""

from __future__ import annotations

from archive.assess.findings import Finding, fmt_num, pct
from archive.rubric.model import Deduction, Item, ScoreBand


def _band(bands: list[ScoreBand], value: float) -> ScoreBand | None:
    eps = 1e-9
    return next((b for b in bands if value >= b.low - eps and (b.high is None or value < b.high - eps)), None)


def _banded(rule: Deduction, item: Item, hit: list[Finding]) -> tuple[float, str]:
    """(deduction, how) of a score-band rule: the band the achieved rate falls in sets the item's score; with no
    figure read, the lowest band."""
    values = [f.value for f in hit if f.value is not None]
    if not values:
        low = min(rule.bands, key=lambda b: b.score)
        return max(0.0, item.points - low.score), f"没有读到比例，按最低一档得{fmt_num(low.score)}分"
    value = min(values)
    band = _band(rule.bands, value)
    if band is None:
        return 0.0, f"{pct(value)}不在扣分档内"
    return max(0.0, item.points - band.score), f"{pct(value)}，该档得{fmt_num(band.score)}分"


def _steps(rule: Deduction, item: Item, hit: list[Finding]) -> float:
    """Units of a "每低N个百分点扣X分" rule: percentage points below the threshold / N (scaled, not rounded)."""
    thresholds = {r.id: r.threshold for r in item.requirements}
    units = 0.0
    for f in hit:
        threshold = thresholds.get(f.requirement)
        if f.value is None or threshold is None:
            units += f.units or 1.0
            continue
        units += max(0.0, (threshold - f.value) * 100) / (rule.step or 1.0)
    return units


def score_item(item: Item, findings: list[Finding]) -> tuple[float, float]:
    """(score, deduction); each finding's own deduction and a sentence on how it was reached are filled in."""
    unmet = {f.requirement: f for f in findings if f.met is False}
    total = 0.0
    covered: set[str] = set()
    for rule in item.deductions:
        ids = rule.requirement_ids()
        hit = [unmet[i] for i in ids if i in unmet] if ids else list(unmet.values())
        if not hit:
            continue
        covered.update(f.requirement for f in hit)
        if rule.discretionary:
            for f in hit:
                f.note(f"按评分表“{rule.text}”，由考核组酌情扣分，本估算未扣")
            continue
        how = ""
        if rule.bands:
            amount, how = _banded(rule, item, hit)
        elif rule.per_unit is not None and rule.step:
            amount = rule.per_unit * _steps(rule, item, hit)
        elif rule.per_unit is not None:
            units = sum(f.units for f in hit)
            amount = rule.per_unit * units
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
        f.note(f"评分表未规定扣分办法，按未达部分占本项{n}条要求之一的比例估算扣{fmt_num(round(amount, 2))}分")
    total = min(total, item.points)
    return round(item.points - total, 2), round(total, 2)
