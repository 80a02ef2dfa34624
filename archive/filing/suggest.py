"""`suggest`: the ranked items for each piece of evidence, best first, as ranking.py scores them; the folder and
manual filings are shown first with score 1. Each suggestion automation may not take says why (`held`: another
year, another organisation, no evidence at all — filing/scope.py); photos are ranked after the documents, with the
records of the day they were taken.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from archive.catalog import filings as store
from archive.filing.config import FilingConfig, accepted_part, filing_config
from archive.filing.features import Features, ScopeContext, load_features
from archive.filing.paths import resolve_paths
from archive.filing.ranking import (
    MINUTES,
    PHOTO,
    SAME_DAY_DOCUMENT,
    SAME_DAY_MEETING,
    Scorer,
    Suggestion,
    make_scorer,
)
from archive.filing.scope import (
    AMBIGUOUS,
    OTHER_YEAR,
    TRUSTED_DATE_SOURCES,
    Hold,
    ItemPeriod,
    item_period,
    kind_period,
    other_year,
    own_org,
)
from archive.workspace import Workspace

SIGN_IN = "签到表"
# File names of screenshots: ranked on what they show, never on the records of the day they were taken. Phones and
# WeChat save a screenshot or a saved graphic as PNG, a camera's photo as JPEG or HEIC.
_SCREENSHOT = re.compile(r"(?i)screenshot|截图|截屏|snipaste|\.png$")

FILED_SCORE = 1.0


@dataclass
class EvidenceSuggestions:
    path: str
    evidence_id: int
    suggestions: list[Suggestion] = field(default_factory=list)
    kind: str | None = None
    error: str | None = None
    hold: Hold | None = None  # automation files it to no item (another organisation's, no evidence at all)
    photo_unread: bool = False  # a photo with nothing to go by: no text, no meeting of its day, no telling folder
    year_hold: Hold | None = None  # dated outside the period of every item: another year's paper

    def to_json(self) -> dict:
        return {"path": self.path, "suggestions": [s.to_json() for s in self.suggestions],
                "held": self.hold.to_json() if self.hold else None}

    def automatic(self, threshold: float, cfg: FilingConfig) -> list[Suggestion]:
        """The suggestions `file --accept` takes: the accepted part of the ranking (filing/config.py), less every
        one held back; nothing when the file itself is held."""
        if self.hold:
            return []
        # the part is taken in order of score: an item held for another year is shown after the others (_year_holds)
        # but still takes its place when deciding how many are sure enough
        by_score = sorted(self.suggestions, key=lambda s: -s.score)
        part = by_score[: accepted_part([s.score for s in by_score], threshold, cfg)]
        return [s for s in part if not s.held and s.filed != "folder" and s.filed != "manual"]

    @property
    def best(self) -> Suggestion | None:
        return self.suggestions[0] if self.suggestions else None


FILED_WHY = {"manual": "已人工归档", "folder": "文件夹"}


def _with_filings(ranked: list[Suggestion], filings: dict[str, store.Filing]) -> list[Suggestion]:
    """Existing manual and folder filings first (score 1); a filing by suggestion keeps its place and score."""
    first = [Suggestion(item, FILED_SCORE, fl.note if fl.source == "folder" and fl.note else FILED_WHY[fl.source],
                        filed=fl.source)
             for item, fl in filings.items() if fl.source in FILED_WHY]
    first.sort(key=lambda s: (s.filed != "manual", s.item))
    taken = {s.item for s in first}
    rest = []
    for s in ranked:
        if s.item in taken:
            continue
        if s.item in filings:
            s.filed = "suggestion"
            s.why = "已按建议归档；" + s.why
        rest.append(s)
    return first + rest


def scope_context(ws: Workspace, cfg: FilingConfig) -> ScopeContext:
    return ScopeContext(own_org(ws.config.org, cfg.org_aliases), ws.config.year)


def _trusted_day(f: Features):
    if f.date and f.date_source in TRUSTED_DATE_SOURCES and f.date_precision == "day":
        return f.date
    return None


def _day_records(population: list[Features], filed: dict, ranked: dict[int, list[Suggestion]],
                 threshold: float, cfg: FilingConfig) -> dict:
    """day → item → (strength, reason) from the documents of that day: a meeting's record or sign-in sheet filed
    (or surely suggested) to an item, or another document filed to it."""
    out: dict = {}
    for f in population:
        day = _trusted_day(f)
        if day is None or f.kind == PHOTO or f.hold:
            continue
        mine = filed.get(f.id, {})
        items = sorted(mine, key=lambda i: -store.PRECEDENCE[mine[i].source])
        es = EvidenceSuggestions(f.path, f.id, ranked.get(f.id, []))
        items += [s.item for s in es.automatic(threshold, cfg) if s.item not in mine]
        meeting = f.kind in (MINUTES, SIGN_IN) and bool(f.meeting_type)
        name = f.path.rsplit("/", 1)[-1]
        for n, item in enumerate(items):
            # the photo shows the meeting: its record's first item; a record's further items, another paper's
            strength = SAME_DAY_MEETING if meeting and n == 0 else SAME_DAY_DOCUMENT
            what = f"{f.meeting_type}记录" if meeting else "材料"
            reason = f"同日{what}《{name}》（{day.month}月{day.day}日）已归入或建议归入此项"
            if strength > out.setdefault(day, {}).get(item, (0.0, ""))[0]:
                out[day][item] = (strength, reason)
    return out


def _year_holds(ranked: list[Suggestion], f: Features, periods: dict[str, ItemPeriod], floor: float) -> None:
    """Hold each item whose period the paper's date lies outside, and rank it after the items that can count the
    paper and score at least `floor` (the accept threshold): 2024年三季度党员大会（接收何建军） is first of all the
    development item's (two years), not this year's meetings'."""
    if not f.date_words:
        return
    for s in ranked:
        if s.held is None and s.item in periods:
            s.held = other_year(kind_period(periods[s.item], f.kind), f.date, f.date_precision, f.date_source,
                                f.date_words)
    sure = [s for s in ranked if s.held is None and s.score >= floor]
    if sure and any(s.held is not None and s.held.reason == OTHER_YEAR for s in ranked[:ranked.index(sure[0])]):
        ranked[:] = sure + [s for s in ranked if s not in sure]


def _hold_tie(ranked: list[Suggestion], labels: dict[str, str], threshold: float, cfg: FilingConfig) -> None:
    """Hold the best item when the runner-up scores nearly as much and would not be taken itself: which item the
    paper serves is then a guess, for the archivist to decide (a wrong filing costs more trust than a missed one)."""
    if len(ranked) < 2:
        return
    first, second = ranked[0], ranked[1]
    if (first.held is None and first.score >= threshold and second.score < max(threshold, cfg.second_score)
            and first.score - second.score < cfg.tie_margin):
        a, b = labels.get(first.item, first.item), labels.get(second.item, second.item)
        first.held = Hold(AMBIGUOUS, f"{a}、{b}",
                          f"{a}（{first.score:.2f}）与{b}（{second.score:.2f}）得分几乎相同，请人工确定归入哪一项")


def suggest(ws: Workspace, conn: sqlite3.Connection, paths: list[str] | None = None, top: int | None = None,
            unfiled: bool = False, *, include_filed: bool = True,
            min_shown: float | None = None) -> list[EvidenceSuggestions]:
    """Ranked items for each named (default: every) original in the catalog, best first. A pure ranking: the
    folder filings are applied by the writers (ingest, `file --accept`)."""
    cfg = filing_config(ws)
    rubric = ws.rubric()
    ids = [r.id for r in resolve_paths(ws, conn, paths)] if paths else None
    population = load_features(conn, rubric.id, cfg.text_chars, ids=ids, scope=scope_context(ws, cfg))
    filed = store.filings(conn, rubric.id)
    excluded = store.exclusions(conn, rubric.id)
    if unfiled:
        population = [f for f in population if not filed.get(f.id)]
    scorer = make_scorer(ws, conn, cfg, population, filed, excluded)
    periods = {t.id: item_period(t, ws.config.year) for t in scorer.targets} if ws.config.year else {}
    labels = {t.id: t.label for t in scorer.targets}

    def rank(f: Features, day: dict[str, tuple[float, str]] | None = None) -> list[Suggestion]:
        """The file's items, best first, with the holds for another year and for a near tie."""
        out = scorer.rank(f, set(excluded.get(f.id, {})), day)
        _year_holds(out, f, periods, cfg.min_score)
        _hold_tie(out, labels, cfg.min_score, cfg)
        return out
    widest = (ItemPeriod(min(p.start for p in periods.values()), max(p.end for p in periods.values()),
                         f"{ws.config.year}年") if periods else None)
    limit = cfg.top if top is None else top
    floor = cfg.show_score if min_shown is None else min_shown
    ranked: dict[int, list[Suggestion]] = {}
    for f in population:  # documents first: a photo is ranked with the records of its day
        if f.kind != PHOTO and not f.error:
            ranked[f.id] = rank(f)
    photos = [f for f in population if f.kind == PHOTO and not f.error]
    if photos:
        day_population = _day_population(ws, conn, cfg, population, ids)
        photo_days = {_trusted_day(f) for f in photos} - {None}
        for f in day_population:  # asked for some paths only: the documents of their photos' days ranked too
            if f.id not in ranked and f.kind != PHOTO and not f.error and _trusted_day(f) in photo_days:
                ranked[f.id] = rank(f)
        days = _day_records(day_population, filed, ranked, cfg.min_score, cfg)
        for f in photos:  # a screenshot shows a screen (a weather app, a chat), not the day's event
            ranked[f.id] = rank(f, None if _SCREENSHOT.search(f.path) else days.get(_trusted_day(f)))
    out = []
    for f in population:
        mine = filed.get(f.id, {})
        all_ranked = ranked.get(f.id, [])
        shown = [s for s in all_ranked if s.score >= floor]
        shown = _with_filings(shown, mine) if include_filed else [s for s in shown if s.item not in mine]
        es = EvidenceSuggestions(f.path, f.id, shown[:limit], kind=f.kind, error=f.error, hold=f.hold)
        es.photo_unread = f.kind == PHOTO and not f.error and not all_ranked and not mine
        if f.date_words and widest:
            es.year_hold = other_year(widest, f.date, f.date_precision, f.date_source, f.date_words)
        out.append(es)
    return out


def _day_population(ws: Workspace, conn: sqlite3.Connection, cfg: FilingConfig, population: list[Features],
                    ids: list[int] | None) -> list[Features]:
    """The documents whose days photos are matched against: every original, even when only some paths were asked."""
    if ids is None:
        return population
    return load_features(conn, ws.filings_key, cfg.text_chars, scope=scope_context(ws, cfg))


__all__ = ["EvidenceSuggestions", "Scorer", "Suggestion", "make_scorer", "scope_context", "suggest"]
