"""What a requirement check returns, and what every check is given."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from archive.assess.records import Pool, Record
from archive.rubric.model import Requirement


@dataclass
class Finding:
    requirement: str  # requirement id
    type: str
    met: bool | None  # None: only a person can decide (待人工确认)
    detail: str  # plain Chinese: held vs required, the missing units
    evidence: list[str] = field(default_factory=list)  # paths it rests on
    missing: list[str] = field(default_factory=list)  # the missing units ("3月", "王秀兰：7月")
    units: float = 0.0  # how many units short, for per-unit deductions
    shortfall: float = 0.0  # 0..1, the share of the requirement not met (proportional estimate)
    due: list[str] = field(default_factory=list)  # what falls due next ("本月尚无支委会记录")
    pending: bool = False  # the period has not ended: judged on what exists so far
    description: str = ""
    deduction: float = 0.0
    score_note: str = ""  # how the estimate was reached (also appended to detail, in brackets)
    value: float | None = None  # rate: the achieved figure (a fraction), for step and band scoring rules

    def note(self, text: str) -> None:
        self.score_note = (self.score_note + " " + text).strip()
        self.detail += f"（{text}）"

    def to_json(self) -> dict:
        return {"requirement": self.requirement, "type": self.type, "met": self.met, "detail": self.detail,
                "evidence": list(self.evidence), "missing": list(self.missing), "description": self.description,
                "deduction": round(self.deduction, 4), "score_note": self.score_note, "due": list(self.due), "pending": self.pending}


@dataclass
class Context:
    """The assessment's frame: the year, the date judged at, the catalog."""

    year: int
    as_of: dt.date
    pool: Pool
    settings: dict = field(default_factory=dict)


def paths(records: list[Record]) -> list[str]:
    seen: list[str] = []
    for r in records:
        if r.path not in seen:
            seen.append(r.path)
    return seen


def join_cn(parts: list[str]) -> str:
    return "、".join(parts)


def fmt_num(x: float) -> str:
    return f"{x:g}" if abs(x - round(x)) > 1e-9 else str(int(round(x)))


def pct(x: float) -> str:
    return f"{x * 100:.1f}%"


def what(req: Requirement) -> str:
    """A noun for what the requirement counts, for sentences like "5月无支委会记录"."""
    from archive.assess.select import MEETING_SHORT

    if req.meeting_type:
        return MEETING_SHORT.get(req.meeting_type, req.meeting_type)
    if req.keywords:
        return req.keywords[0]
    return req.kind or "相关材料"


def need(description: str) -> str:
    """'有社区党组织议事规则' → '社区党组织议事规则的材料'; descriptions ending in 材料/记录/照片 stay as they are."""
    text = description[1:] if description.startswith("有") else description
    text = text.rstrip("。")
    core = text.split("（")[0] if text.endswith("）") else text
    if core.endswith(("材料", "记录", "照片", "台帐", "名册", "制度", "协议", "责任状", "公示", "计划", "总结", "表")):
        return text
    return text + "的材料"
