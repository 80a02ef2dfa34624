"""A status dict of exactly the `taizhang status --json` shape for seed000, with hand-written findings, so the
report tests do not depend on the assessment's judgement (they check that reports carry its figures faithfully)."""

from __future__ import annotations

from archive.rubric import load_rubric

# item id -> (status, score, {requirement id: (detail, missing units)} for unmet findings, override)
SHORTFALLS = {
    "2": ("partial", 2.25, {"r2": ("未找到民主生活会制度（检索“民主生活会 & 制度”<无结果>）", [])}, None),
    "8": ("partial", 2.0, {"r2": ("三会一课平均参加率65.0%（应到312人次、实到203人次），要求超过70%；低于70%的会议：3月28日支部党员大会（55.0%）",
                                  ["2025-03-28 支部党员大会"])}, None),
    "14": ("partial", 1.0, {"r1": ("2025年党费台帐中有2名党员欠交：王某某5月、6月未交，李某某12月未交",
                                   ["王某某：5月、6月未交", "李某某：12月未交"])}, None),
    "15": ("missing", 0.0, {"r1": ("未找到年初制定的年度工作计划（应在2025年1—3月或2024年12月）", []),
                            "r2": ("未找到年终工作总结（应在2025年10—12月或2026年1月）", [])}, None),
    "16": ("partial", 2.25, {"r3": ("全年开展共建活动3次（3月、6月、9月），要求不少于4次", ["1次"])}, None),
    "18": ("partial", 1.5, {"r2": ("全年召开联席会议2次（4月、10月），要求不少于4次", ["2次"])}, None),
    "28": ("missing", 0.0, {"r1": ("全年办理实事项目0件，要求不少于5件", ["5件"])}, None),
    "33": ("partial", 2.0, {}, {"status": "partial", "score": 2.0, "note": "满意率测评表未盖章，需补盖公章",
                                "who": "档案员", "at": "2025-12-20T10:00:00"}),
}


def make_status(evidence: dict[str, list[str]] | None = None, org: str = "幸福里社区党支部", year: int = 2025,
                as_of: str = "2025-12-31") -> dict:
    """seed000 status: SHORTFALLS as written, every other item covered (or review where a judgement remains)."""
    evidence = evidence or {}
    rubric = load_rubric("seed000")
    items, cats = [], []
    counts = {"missing": 0, "partial": 0, "review": 0, "covered": 0}
    for cat in rubric.categories:
        cat_score = 0.0
        for it in cat.items:
            status, score, unmet, override = SHORTFALLS.get(it.id, (None, it.points, {}, None))
            findings = []
            for req in it.requirements:
                paths = evidence.get(it.id, []) if status != "missing" else []
                if req.type == "judgement":
                    findings.append({"requirement": req.id, "type": req.type, "met": None,
                                     "detail": req.description, "evidence": paths, "missing": []})
                elif req.id in unmet:
                    detail, missing = unmet[req.id]
                    findings.append({"requirement": req.id, "type": req.type, "met": False, "detail": detail,
                                     "evidence": [], "missing": missing})
                else:
                    findings.append({"requirement": req.id, "type": req.type, "met": True,
                                     "detail": f"已具备：{req.description}", "evidence": paths, "missing": []})
            if status is None:
                status = "review" if any(f["met"] is None for f in findings) else "covered"
            counts[status] += 1
            cat_score += score
            items.append({"id": it.id, "category": cat.name, "text": it.text, "points": it.points, "status": status,
                          "override": override, "score": score, "deduction": round(it.points - score, 2),
                          "evidence": evidence.get(it.id, []) if status != "missing" else [], "findings": findings})
        cats.append({"name": cat.name, "points": cat.points, "score": round(cat_score, 2)})
    return {"rubric": "seed000", "org": org, "year": year, "as_of": as_of,
            "total": {"points": rubric.total, "score": round(sum(c["score"] for c in cats), 2)},
            "counts": counts, "categories": cats, "items": items}
