"""One rubric item (or one tier criterion) assessed: each requirement checked by the check its type names in CHECKS,
the findings turned into a status and an estimated score, and the archivist's override laid over the result.

The points engine (engine.py) and the tier engine (tiers.py) both assess their items here, so neither imports the
other."""

from __future__ import annotations

from dataclasses import dataclass

from archive.assess.checks import CHECKS
from archive.assess.document import Computed, ItemStatus, Override
from archive.assess.findings import Context, Finding
from archive.assess.score import ScoreRange, reads_papers, score_item, score_range
from archive.assess.select import candidates, filed_records
from archive.assess.status import item_status
from archive.rubric.model import Item, Requirement
from archive.vocab import STATUS_MISSING, STATUS_REVIEW


@dataclass
class ItemResult:
    id: str
    category: str
    text: str
    points: float
    status: str
    computed_status: str
    score: float
    computed_score: float
    deduction: float
    evidence: list[str]
    findings: list[Finding]
    override: dict | None = None
    range: ScoreRange | None = None  # the score with the parts a person decides at nothing and at full

    def score_range(self) -> ScoreRange:
        """The range shown beside the score: the computed one, or the archivist's score when they gave one."""
        if self.override and self.override.get("score") is not None:
            return ScoreRange(self.score, self.score)
        low, high = (self.range.low, self.range.high) if self.range else (self.score, self.score)
        return ScoreRange(min(low, self.score), max(high, self.score))

    def document(self) -> ItemStatus:
        """The item as the status document has it."""
        ov = self.override
        override = Override(ov["status"], ov.get("score"), ov.get("note", ""), ov.get("who"), ov.get("at")) if ov else None
        return ItemStatus(self.id, self.category, self.text, self.points, self.status, override, self.score,
                          self.score_range().bounds(), self.deduction, list(self.evidence),
                          [f.document() for f in self.findings], Computed(self.computed_status, self.computed_score),
                          [d for f in self.findings for d in f.due])

    def to_json(self) -> dict:
        return self.document().to_json()


def check_requirement(ctx: Context, item_id: str, req: Requirement) -> Finding:
    """The finding of one requirement: its check run over the candidate records (a judgement sees only what is
    filed to the item)."""
    records = candidates(ctx.pool, item_id, req) if req.type != "judgement" else filed_records(ctx.pool, item_id)
    return on_site(req, CHECKS[req.type](ctx, req, records))


def on_site(req: Requirement, f: Finding) -> Finding:
    """What only inspectors can check on site (阵地面积, 制度上墙, 标识, 宣传栏: `onsite`) is theirs: when the papers
    do not show it, the finding is for a person (待人工确认), not unmet, and no deduction is estimated. Met stays
    met."""
    if not req.onsite or f.met is not False:
        return f
    papers = f.detail.strip().rstrip("。")
    f.met = None
    f.detail = f"{papers}。台帐材料反映不出这一项，由考核组实地查验，待人工确认（不估算扣分）。"
    f.missing, f.units, f.shortfall, f.deduction = [], 0.0, 0.0, 0.0
    return f


def assess_item(ctx: Context, item: Item, category: str, requirements: list[Requirement] | None = None
                ) -> ItemResult:
    """Every requirement of `item` (or the given `requirements`) checked; the evidence is what the findings rest
    on plus everything filed to the item."""
    reqs = item.requirements if requirements is None else requirements
    findings = [check_requirement(ctx, item.id, req) for req in reqs]
    evidence: list[str] = []
    for f in findings:
        evidence += [p for p in f.evidence if p not in evidence]
    evidence += [r.path for r in filed_records(ctx.pool, item.id) if r.path not in evidence]
    status = item_status(findings, evidence)
    if status == STATUS_MISSING and not item.points and findings and all(f.met is None for f in findings):
        # a case worth no points that only the inspectors decide (一票否决 "发生重大安全生产事故的"): no paper proves
        # it, so none is missing
        status = STATUS_REVIEW
    score, deduction = score_item(item, findings)
    bounds = score_range(item, findings, deduction)
    if not evidence and item.points and reads_papers(item) and ctx.settings.get("no_evidence_scores_zero", True):
        # nothing in the archive for inspectors who read the archive: 0, and no judgement can lift it
        score, deduction, bounds = 0.0, float(item.points), ScoreRange(0.0, 0.0)
    return ItemResult(item.id, category, item.heading, item.points, status, status, score, score, deduction, evidence,
                      findings, range=bounds)


def apply_override(result: ItemResult, override: dict | None) -> None:
    """Lay the archivist's decision over the computed result: their status, and their score when they gave one.
    The computed status and score stay on the result (`computed_status`, `computed_score`)."""
    if not override:
        return
    result.override = override
    result.status = override["status"]
    if override.get("score") is not None:
        result.score = float(override["score"])
        result.deduction = round(result.points - result.score, 2)
