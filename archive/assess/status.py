"""Item status: one rule for the CLI, the reports and the page (docs/architecture.md, "The status rule")."""

from __future__ import annotations

from archive.assess.findings import Finding

STATUS_LABELS = {"missing": "缺少材料", "partial": "部分达标", "review": "待人工确认", "covered": "已达标"}
STATUS_ORDER = ("missing", "partial", "review", "covered")


def item_status(findings: list[Finding], evidence: list[str]) -> str:
    """missing: no evidence serves the item; partial: some checkable requirement unmet; review: every checkable
    requirement met (or none) and a judgement remains; covered: every requirement met."""
    if not evidence:
        return "missing"
    if any(f.met is False for f in findings):
        return "partial"
    if any(f.met is None for f in findings):
        return "review"
    return "covered"


def parse_status(value: str) -> str | None:
    """'partial' or '部分达标' → 'partial'."""
    value = (value or "").strip()
    if value in STATUS_LABELS:
        return value
    return next((k for k, v in STATUS_LABELS.items() if v == value), None)
