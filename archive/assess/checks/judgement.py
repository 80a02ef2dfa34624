"""judgement: only a person can decide; show what evidence there is and mark 待人工确认."""

from __future__ import annotations

from archive.assess.findings import Context, Finding, paths
from archive.assess.records import Record
from archive.rubric.model import Requirement


def check_judgement(ctx: Context, req: Requirement, records: list[Record]) -> Finding:
    f = Finding(req.id, req.type, None, "", description=req.description, evidence=paths(records))
    seen = f"（可供查看的材料{len(records)}件）" if records else "（尚无归档材料）"
    f.detail = f"待人工确认：{req.description}{seen}"
    return f
