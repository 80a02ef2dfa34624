"""`taizhang review`: what needs the archivist, worst first."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from archive.filing import store
from archive.filing.config import filing_config
from archive.filing.suggest import suggest
from archive.filing.targets import kind_can_serve, rubric_targets
from archive.workspace import Workspace

# Worst first.
REVIEW_TYPES = ("unfiled", "low_score", "kind_mismatch", "item_unserved")
REVIEW_LABELS = {"unfiled": "未归档", "low_score": "低分建议归档", "kind_mismatch": "材料类型不符", "item_unserved": "无材料的项目"}


@dataclass
class ReviewEntry:
    type: str
    path: str | None
    item: str | None
    score: float | None
    detail: str  # Chinese

    def to_json(self) -> dict:
        return {"type": self.type, "label": REVIEW_LABELS[self.type], "path": self.path, "item": self.item,
                "score": None if self.score is None else round(self.score, 3), "detail": self.detail}


def review(ws: Workspace, conn: sqlite3.Connection) -> list[ReviewEntry]:
    cfg = filing_config(ws)
    rubric = ws.rubric()
    targets = {t.id: t for t in rubric_targets(rubric)}
    out: list[ReviewEntry] = []
    suggestions = suggest(ws, conn, include_filed=False)
    filed = store.filings(conn, rubric.id)
    for es in suggestions:
        if filed.get(es.evidence_id):
            continue
        if es.error:
            detail = f"无法读取（{es.error}），未归档"
        elif es.best and es.best.score >= cfg.min_score:
            detail = f"未归档；建议：{targets[es.best.item].label}（{es.best.score:.2f}，{es.best.why}）"
        elif es.best:
            detail = (f"未归档；最接近的是{targets[es.best.item].label}（{es.best.score:.2f}，{es.best.why}），"
                      f"未达采纳线 {cfg.min_score:.2f}，请人工判断")
        else:
            detail = "未归档；没有合适的评分项建议（如确实无关可不处理）"
        out.append(ReviewEntry("unfiled", es.path, None, es.best.score if es.best else None, detail))
    rows = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(
        "SELECT id, path, kind, meeting_type FROM evidence WHERE gone = 0 AND duplicate_of IS NULL")}
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
    low.sort(key=lambda e: (e.score or 0.0, e.path or ""))
    mismatch.sort(key=lambda e: (e.path or "", e.item or ""))
    out += low + mismatch
    served = {item for eid, items in filed.items() if eid in rows for item in items}
    for t in targets.values():
        if t.id not in served:
            out.append(ReviewEntry("item_unserved", None, t.id, None, f"{t.label}（{t.category}）还没有归档材料"))
    return out
