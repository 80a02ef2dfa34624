"""`taizhang review`: what needs the archivist, worst first — first the files automation held back (another year's,
another organisation's, no evidence at all, a photo with nothing to go by), each with the reason a person would
give and the words that showed it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from archive.catalog import evidence
from archive.catalog import filings as store
from archive.filing.config import filing_config
from archive.filing.scope import AMBIGUOUS, HOLD_LABELS, NOT_EVIDENCE, OTHER_ORG, OTHER_YEAR, Hold
from archive.filing.suggest import EvidenceSuggestions, suggest
from archive.filing.targets import kind_can_serve, rubric_targets
from archive.workspace import Workspace

PHOTO_UNREAD = "photo_unread"
SELF_CHECK = "self_check"  # a `taizhang check` report (pipelines/review.py puts them first)
# Worst first.
REVIEW_TYPES = (SELF_CHECK, OTHER_YEAR, OTHER_ORG, NOT_EVIDENCE, AMBIGUOUS, PHOTO_UNREAD, "unfiled", "low_score", "kind_mismatch",
                "item_unserved")
REVIEW_LABELS = {**HOLD_LABELS, SELF_CHECK: "自查发现", PHOTO_UNREAD: "无法判断的照片", "unfiled": "未归档", "low_score": "低分建议归档",
                 "kind_mismatch": "材料类型不符", "item_unserved": "无材料的项目"}


@dataclass
class ReviewEntry:
    type: str
    path: str | None
    item: str | None
    score: float | None
    detail: str  # Chinese
    words: str | None = None  # what showed a hold ("2017.2.4", "北京师范大学", "模板0 学员花名册")

    def to_json(self) -> dict:
        return {"type": self.type, "label": REVIEW_LABELS[self.type], "path": self.path, "item": self.item,
                "score": None if self.score is None else round(self.score, 3), "detail": self.detail,
                "words": self.words}


def _held_entry(es: EvidenceSuggestions, labels: dict[str, str]) -> ReviewEntry | None:
    """An unfiled file automation may not take: the hold of the file, of its best item, or its date."""
    best = es.best
    hold: Hold | None = es.hold or (best.held if best else None) or es.year_hold
    if hold is None:
        return None
    near = ""
    if best:
        near = f"；最接近的是{labels[best.item]}（{best.score:.2f}，{best.why}）"
    item = best.item if best and best.held is hold else None
    return ReviewEntry(hold.reason, es.path, item, best.score if best else None,
                       f"未自动归档：{hold.label}——{hold.detail}{near}。如确属本单位本年度的证明材料，请人工归档",
                       hold.words)


def review(ws: Workspace, conn: sqlite3.Connection,
           suggestions: list[EvidenceSuggestions] | None = None) -> list[ReviewEntry]:
    """The entries, worst first; `suggestions` is `suggest(ws, conn, include_filed=True)` when the caller has it
    already (the page shows them beside the entries)."""
    cfg = filing_config(ws)
    rubric = ws.rubric()
    targets = {t.id: t for t in rubric_targets(rubric)}
    labels = {i: t.label for i, t in targets.items()}
    held: list[ReviewEntry] = []
    out: list[ReviewEntry] = []
    if suggestions is None:
        suggestions = suggest(ws, conn, include_filed=True)
    filed = store.filings(conn, rubric.id)
    for es in suggestions:
        mine = filed.get(es.evidence_id)
        if mine:  # filed by an earlier suggestion although held back now: for the archivist to confirm
            for s in es.suggestions:
                fl = mine.get(s.item)
                hold = es.hold or s.held
                if fl and fl.source == "suggestion" and hold:
                    held.append(ReviewEntry(hold.reason, es.path, s.item, fl.score,
                                            f"已按建议归入{labels[s.item]}，但这是{hold.label}——{hold.detail}；"
                                            f"请确认或撤销归档", hold.words))
            continue
        if not es.error and (entry := _held_entry(es, labels)):
            held.append(entry)
            continue
        if es.photo_unread:
            out.append(ReviewEntry(PHOTO_UNREAD, es.path, None, None,
                                   "照片中没有识别出文字，拍摄当天没有已归档的会议或材料，所在文件夹也看不出用途，"
                                   "未自动归档；请人工归档或忽略"))
            continue
        if es.error:
            detail = f"无法读取（{es.error}），未归档"
        elif es.best and es.best.score >= cfg.min_score:
            detail = f"未归档；建议：{labels[es.best.item]}（{es.best.score:.2f}，{es.best.why}）"
        elif es.best:
            detail = (f"未归档；最接近的是{labels[es.best.item]}（{es.best.score:.2f}，{es.best.why}），"
                      f"未达采纳线 {cfg.min_score:.2f}，请人工判断")
        else:
            detail = "未归档；没有合适的评分项建议（如确实无关可不处理）"
        out.append(ReviewEntry("unfiled", es.path, None, es.best.score if es.best else None, detail))
    rows = evidence.originals_by_id(conn)
    low, mismatch = [], []
    for eid, items in filed.items():
        if eid not in rows:
            continue
        path, kind, meeting = rows[eid]
        for item, fl in items.items():
            t = targets.get(item)
            if t is None:
                continue
            if fl.source == "suggestion" and (fl.score or 0.0) < cfg.low_score:
                low.append(ReviewEntry("low_score", path, item, fl.score,
                                       f"按建议归入{t.label}，但得分只有 {fl.score or 0:.2f}（低于 {cfg.low_score:.2f}），请确认"))
            if not kind_can_serve(t, kind, meeting):
                what = f"{kind}·{meeting}" if meeting else (kind or "未识别类型")
                mismatch.append(ReviewEntry("kind_mismatch", path, item, fl.score,
                                            f"{what} 不能满足{t.label}的任何可检查要求"))
    held.sort(key=lambda e: (REVIEW_TYPES.index(e.type), e.path or "", e.item or ""))
    low.sort(key=lambda e: (e.score or 0.0, e.path or ""))
    mismatch.sort(key=lambda e: (e.path or "", e.item or ""))
    out.sort(key=lambda e: REVIEW_TYPES.index(e.type))  # the photos with nothing to go by before the rest
    out = held + out + low + mismatch
    served = {item for eid, items in filed.items() if eid in rows for item in items}
    for t in targets.values():
        if t.id not in served:
            out.append(ReviewEntry("item_unserved", None, t.id, None, f"{t.label}（{t.category}）还没有归档材料"))
    return out
