"""assess_archive: every rubric item checked against the catalog, by the assessor of the rubric's kind (ASSESSORS:
points or tiers); one item's assessment is in items.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from archive.assess.document import CategoryStatus, Due, ScoreBounds, StatusDocument, TierResult, TierStatus, Totals
from archive.assess.findings import Context
from archive.assess.items import ItemResult, apply_override, assess_item
from archive.assess.overrides import load_overrides
from archive.assess.records import Pool, load_pool
from archive.assess.settings import read_settings
from archive.assess.tiers import assess_tiers
from archive.catalog import connect
from archive.errors import ConfigError, UsageError
from archive.rubric.model import Rubric
from archive.vocab import STATUS_ORDER
from archive.workspace import Workspace


@dataclass
class Assessment:
    rubric: Rubric
    org: str
    year: int
    as_of: dt.date
    items: list[ItemResult]
    tiers: list[TierStatus] = field(default_factory=list)
    tier_result: TierResult | None = None

    def counts(self) -> dict[str, int]:
        """Items by status; a 加分项's items are not counted (no proof of a bonus is no shortfall)."""
        bonus = {cat.name for cat in self.rubric.categories if cat.bonus}
        out = {s: 0 for s in STATUS_ORDER}
        for it in self.items:
            if it.category not in bonus:
                out[it.status] += 1
        return out

    def document(self) -> StatusDocument:
        """The status document (assess/document.py): what generators, the page and `report --status FILE` read."""
        cats = []
        if self.rubric.kind == "points":
            for cat in self.rubric.categories:
                mine = [it for it in self.items if it.category == cat.name]
                cats.append(CategoryStatus(cat.name, cat.points,
                                           round(sum(it.score for it in mine), 2) if cat.items else None,
                                           _bounds(mine) if cat.items else None, cat.detailed, cat.bonus))
        else:
            cats = [CategoryStatus(tier.name, 0.0, 0.0, ScoreBounds(0.0, 0.0), True) for tier in self.rubric.tiers]
        total = Totals(self.rubric.total if self.rubric.kind == "points" else 0.0,
                       round(sum(it.score for it in self.items), 2), _bounds(self.items),
                       sum(it.points for it in self.items))
        return StatusDocument(
            self.rubric.id, self.rubric.title, self.rubric.kind, self.org, self.year, self.as_of.isoformat(), total,
            self.counts(), cats, [it.document() for it in self.items],
            [it.id for it in self.items if any(f.met is None for f in it.findings)],
            [Due(it.id, d) for it in self.items for f in it.findings for d in f.due],
            self.tiers if self.rubric.kind == "tiers" else None,
            self.tier_result if self.rubric.kind == "tiers" else None)

    def to_json(self) -> dict:
        """Exactly the `taizhang status --json` shape: README.md documents it (JSON 输出), and generators, the page and
        `report --status FILE` read it, so a change here is a change of a published format."""
        return self.document().to_json()


def _bounds(items: list[ItemResult]) -> ScoreBounds:
    """The items' ranges added up."""
    ranges = [it.score_range() for it in items]
    return ScoreBounds(round(sum(r.low for r in ranges), 2), round(sum(r.high for r in ranges), 2))


def default_as_of(year: int, today: dt.date | None = None) -> dt.date:
    """Today while inside the assessment year, else its last day."""
    today = today or dt.date.today()
    end = dt.date(year, 12, 31)
    return today if dt.date(year, 1, 1) <= today <= end else end


def assess_points(ctx: Context, rubric: Rubric, overrides: dict[str, dict]
                  ) -> tuple[list[ItemResult], list[TierStatus], TierResult | None]:
    """A points rubric (百分制): every item of every category assessed, each with its override laid over it."""
    items = []
    for cat in rubric.categories:
        for item in cat.items:
            res = assess_item(ctx, item, cat.name)
            apply_override(res, overrides.get(item.id))
            items.append(res)
    return items, [], None


# The assessor of each rubric kind (rubric/model.py `Rubric.kind`): (context, rubric, overrides) → the item results,
# the tiers and the tier result (empty for points rubrics).
ASSESSORS = {"points": assess_points, "tiers": assess_tiers}


def assess_pool(rubric: Rubric, pool: Pool, year: int, as_of: dt.date, org: str = "",
                overrides: dict[str, dict] | None = None, settings: dict | None = None) -> Assessment:
    """The assessment over an already loaded pool (tests and benchmarks call this directly)."""
    ctx = Context(year=year, as_of=as_of, pool=pool, settings=settings or {})
    items, tiers, result = ASSESSORS[rubric.kind](ctx, rubric, overrides or {})
    return Assessment(rubric, org, year, as_of, items, tiers, result)


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


__all__ = ["ASSESSORS", "Assessment", "ItemResult", "assess_archive", "assess_points", "assess_pool", "default_as_of"]
