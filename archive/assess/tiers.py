"""Tier rubrics (评星晋级, seed004): each criterion assessed like an item; the highest star whose criteria all hold
with no veto triggered, and what blocks the next one."""

from __future__ import annotations

from archive.assess.document import TierResult, TierStatus, VetoStatus
from archive.assess.findings import Context
from archive.assess.items import ItemResult, apply_override, assess_item
from archive.rubric.model import Item, Rubric

HOLDING = ("covered", "review")


def assess_tiers(ctx: Context, rubric: Rubric, overrides: dict[str, dict]
                 ) -> tuple[list[ItemResult], list[TierStatus], TierResult]:
    items, tiers = [], []
    for tier in rubric.tiers:
        blocked, pending = [], []
        for crit in tier.criteria:
            item = Item(id=crit.id, text=crit.text, points=0.0, requirements=crit.requirements)
            res = assess_item(ctx, item, tier.name)
            apply_override(res, overrides.get(crit.id))
            items.append(res)
            if res.status not in HOLDING:
                reasons = [f.detail for f in res.findings if f.met is False] or ["没有任何材料"]
                blocked.append(f"{crit.id} {reasons[0]}")
            elif res.status == "review":
                pending.append(crit.id)
        vetoes = []
        for veto in tier.vetoes:
            key = f"{tier.level}.{veto.id}"
            ov = overrides.get(key)
            triggered = bool(ov and ov.get("status") in ("missing", "partial"))
            vetoes.append(VetoStatus(key, veto.text, triggered if ov else None))
            if triggered:
                blocked.append(f"一票否决：{veto.text}（{ov.get('note') or '人工标记'}）")
        tiers.append(TierStatus(tier.name, tier.level, not blocked, blocked, pending, vetoes))
    achieved = None
    for t in tiers:
        if t.met:
            achieved = t
    above = [t for t in tiers if achieved is None or t.level > achieved.level]
    nxt = above[0] if above else None
    result = TierResult(achieved.name if achieved else None, nxt.name if nxt else None, nxt.blocked_by if nxt else [])
    return items, tiers, result
