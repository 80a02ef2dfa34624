"""assess_archive: every rubric item checked against the catalog (issue 18)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from archive.assess.checks import CHECKS
from archive.assess.findings import Context, Finding
from archive.assess.overrides import load_overrides
from archive.assess.records import Pool, load_pool
from archive.assess.score import score_item
from archive.assess.select import candidates, filed_records
from archive.assess.settings import read_settings
from archive.assess.status import STATUS_ORDER, item_status
from archive.catalog import connect
from archive.errors import ConfigError, UsageError
from archive.rubric.model import Item, Requirement, Rubric
from archive.workspace import Workspace


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

    def to_json(self) -> dict:
        return {"id": self.id, "category": self.category, "text": self.text, "points": self.points,
                "status": self.status, "override": self.override, "score": self.score,
                "deduction": self.deduction, "evidence": list(self.evidence),
                "findings": [f.to_json() for f in self.findings],
                "computed": {"status": self.computed_status, "score": self.computed_score},
                "due": [d for f in self.findings for d in f.due]}


@dataclass
class Assessment:
    rubric: Rubric
    org: str
    year: int
    as_of: dt.date
    items: list[ItemResult]
    tiers: list[dict] = field(default_factory=list)
    tier_result: dict | None = None

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in STATUS_ORDER}
        for it in self.items:
            out[it.status] += 1
        return out

    def to_json(self) -> dict:
        """Exactly the `taizhang status --json` shape (INTERFACES.md; README documents it)."""
        cats = []
        if self.rubric.kind == "points":
            for cat in self.rubric.categories:
                mine = [it for it in self.items if it.category == cat.name]
                cats.append({"name": cat.name, "points": cat.points,
                             "score": round(sum(it.score for it in mine), 2) if cat.items else None,
                             "detailed": cat.detailed})
        else:
            for tier in self.rubric.tiers:
                cats.append({"name": tier.name, "points": 0.0, "score": 0.0, "detailed": True})
        detailed_points = sum(it.points for it in self.items)
        data = {
            "rubric": self.rubric.id, "rubric_title": self.rubric.title, "kind": self.rubric.kind,
            "org": self.org, "year": self.year, "as_of": self.as_of.isoformat(),
            "total": {"points": self.rubric.total if self.rubric.kind == "points" else 0.0,
                      "score": round(sum(it.score for it in self.items), 2),
                      "assessed_points": detailed_points},
            "counts": self.counts(),
            "categories": cats,
            "items": [it.to_json() for it in self.items],
            "judgement_items": [it.id for it in self.items if any(f.met is None for f in it.findings)],
            "due": [{"item": it.id, "text": d} for it in self.items for f in it.findings for d in f.due],
        }
        if self.rubric.kind == "tiers":
            data["tiers"] = self.tiers
            data["tier_result"] = self.tier_result
        return data


def default_as_of(year: int, today: dt.date | None = None) -> dt.date:
    """Today while inside the assessment year, else its last day."""
    today = today or dt.date.today()
    end = dt.date(year, 12, 31)
    return today if dt.date(year, 1, 1) <= today <= end else end


def check_requirement(ctx: Context, item_id: str, req: Requirement) -> Finding:
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
    reqs = item.requirements if requirements is None else requirements
    findings = [check_requirement(ctx, item.id, req) for req in reqs]
    evidence: list[str] = []
    for f in findings:
        evidence += [p for p in f.evidence if p not in evidence]
    evidence += [r.path for r in filed_records(ctx.pool, item.id) if r.path not in evidence]
    status = item_status(findings, evidence)
    score, deduction = score_item(item, findings)
    return ItemResult(item.id, category, item.text, item.points, status, status, score, score, deduction, evidence,
                      findings)


def _apply_override(result: ItemResult, override: dict | None) -> None:
    if not override:
        return
    result.override = override
    result.status = override["status"]
    if override.get("score") is not None:
        result.score = float(override["score"])
        result.deduction = round(result.points - result.score, 2)


def assess_pool(rubric: Rubric, pool: Pool, year: int, as_of: dt.date, org: str = "",
                overrides: dict[str, dict] | None = None, settings: dict | None = None) -> Assessment:
    """The assessment over an already loaded pool (tests and benchmarks call this directly)."""
    from archive.assess.tiers import assess_tiers

    ctx = Context(year=year, as_of=as_of, pool=pool, settings=settings or {})
    overrides = overrides or {}
    if rubric.kind == "tiers":
        items, tiers, result = assess_tiers(ctx, rubric, overrides)
        return Assessment(rubric, org, year, as_of, items, tiers, result)
    items = []
    for cat in rubric.categories:
        for item in cat.items:
            res = assess_item(ctx, item, cat.name)
            _apply_override(res, overrides.get(item.id))
            items.append(res)
    return Assessment(rubric, org, year, as_of, items)


def assess_archive(ws: Workspace, as_of: dt.date | None = None) -> Assessment:
    """Assess every item of the archive's rubric as of `as_of` (default: today inside the year, else year end)."""
    rubric = ws.rubric()
    year = ws.config.year or rubric.year
    if not year:
        raise UsageError("档案没有设定考核年度。", remedy="在 taizhang.toml 的 [archive] 中写 year = 2025。")
    settings = read_settings(ws)
    if as_of is None and settings.get("as_of"):
        try:
            as_of = dt.date.fromisoformat(settings["as_of"])
        except ValueError as exc:
            raise ConfigError(f"配置文件 taizhang.toml 的 [assess] as_of 不是日期：{settings['as_of']}。",
                              remedy="写成 as_of = \"2025-06-30\"。") from exc
    as_of = as_of or default_as_of(year)
    conn = connect(ws.catalog_path)
    try:
        pool = load_pool(conn, rubric.id)
        overrides = load_overrides(conn, rubric.id)
    finally:
        conn.close()
    return assess_pool(rubric, pool, year, as_of, ws.config.org, overrides, settings)


# Reexport for callers that only want the pieces.
__all__ = ["Assessment", "ItemResult", "assess_archive", "assess_pool", "default_as_of", "_apply_override"]
