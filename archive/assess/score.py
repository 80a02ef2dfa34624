"""Estimated 自评分: the rubric's deduction rules (fixed, per missing unit, capped at the item's points); without a
rule, an unmet checkable requirement costs its share of the item's points in proportion to the shortfall."""

from __future__ import annotations

from archive.assess.findings import Finding, fmt_num
from archive.rubric.model import Item


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
        if rule.per_unit is not None:
            units = sum(f.units for f in hit)
            amount = rule.per_unit * units
        else:
            amount = rule.points or 0.0
        if rule.cap is not None:
            amount = min(amount, rule.cap)
        share = amount / len(hit)
        for f in hit:
            f.deduction += share
        total += amount
        first = hit[0]
        first.note(f"按评分表“{rule.text}”扣{fmt_num(round(amount, 2))}分")
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
