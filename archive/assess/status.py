"""Item status: one rule for the CLI, the reports and the page (docs/architecture.md, "The status rule")."""

from __future__ import annotations

from archive.assess.findings import Finding
from archive.vocab import STATUS_COVERED, STATUS_LABELS, STATUS_MISSING, STATUS_PARTIAL, STATUS_REVIEW


def item_status(findings: list[Finding], evidence: list[str]) -> str:
    """missing: no evidence serves the item; partial: some checkable requirement unmet; review: every checkable
    requirement met (or none) and a judgement remains; covered: every requirement met."""
    if not evidence:
        return STATUS_MISSING
    if any(f.met is False for f in findings):
        return STATUS_PARTIAL
    if any(f.met is None for f in findings):
        return STATUS_REVIEW
    return STATUS_COVERED


def parse_status(value: str) -> str | None:
    """'partial' or '部分达标' → 'partial'."""
    value = (value or "").strip()
    if value in STATUS_LABELS:
        return value
    return next((k for k, v in STATUS_LABELS.items() if v == value), None)
