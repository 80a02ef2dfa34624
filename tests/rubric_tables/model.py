"""The printed shape of a scoring table: sections of rows, as tables.py and the table_*.py modules write them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Row:
    """One scoring item as printed."""

    text: str  # 考核内容 / 考核要点 / 考核标准
    points: float
    scoring: str  # 评分标准 / 扣分办法 / 评分细则 / 扣分标准
    method: str = ""  # 考核方式 (only in tables that print it)
    indicator: str = ""  # a short sub-label column (考核指标), ignored by the importer


@dataclass(frozen=True)
class Section:
    name: str  # the category name as the importer reads it (no ordinal, no points)
    printed: str  # the category cell / section row as printed
    points: float
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class Table:
    name: str
    fmt: Literal["docx", "xlsx"]
    title: str
    numbering: Literal["printed", "restart", "position"]  # 序号 1..N / 序号 restarting per category / no 序号
    sections: tuple[Section, ...]

    @property
    def total(self) -> float:
        return sum(s.points for s in self.sections)

    def item_ids(self) -> list[str]:
        """The ids the importer gives the items: "7", or "2.3" where the printed numbering restarts."""
        if self.numbering == "restart":
            return [f"{ci}.{ii}" for ci, s in enumerate(self.sections, 1) for ii in range(1, len(s.rows) + 1)]
        n = sum(len(s.rows) for s in self.sections)
        return [str(i) for i in range(1, n + 1)]


def _fmt(points: float) -> str:
    return f"{points:g}"
