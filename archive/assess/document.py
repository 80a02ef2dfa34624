"""The status document as types: exactly `taizhang status --json` (README, "JSON 输出"), which the assessment writes
(`Assessment.document()`) and the generators, `report --status FILE` and the page read.

`StatusDocument.from_json(data)` reads a document: a key that is absent takes its default (a saved document of an older
version, or a hand-made one, lacks keys that later versions added), a value of the wrong type raises
StatusDocumentInvalid naming where it is. `to_json()` writes the published shape, key for key and in the same order, so
`to_json(from_json(x)) == x` for every complete document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, TypeVar

from archive.errors import StatusDocumentInvalid

T = TypeVar("T")
_ABSENT = object()


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:40] + "…"


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_scalar(value: Any) -> bool:
    return isinstance(value, str) or _is_number(value)


def _json(value: Any) -> Any:
    """A part of the document as JSON: a part's fields in their declared order (the published key order)."""
    if is_dataclass(value) and not isinstance(value, type):
        return value.to_json()
    if isinstance(value, list):
        return [_json(v) for v in value]
    if isinstance(value, dict):
        return dict(value)
    return value


class _Part:
    """A part of the status document: written as its fields, in order."""

    def to_json(self) -> dict:
        return {f.name: _json(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]


class _Fields:
    """One JSON object of the document, its fields read with their types checked; `where` names it in messages
    (items[3].findings[0])."""

    def __init__(self, data: Any, where: str):
        if not isinstance(data, dict):
            raise StatusDocumentInvalid(f"{where or '评估结果'}应是 JSON 对象（{{…}}），现为 {_shown(data)}。")
        self.data = data
        self.where = where

    def _at(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def _value(self, key: str, ok: Callable[[Any], bool], what: str, default: Any) -> Any:
        value = self.data.get(key, _ABSENT)
        if value is _ABSENT:
            if default is _ABSENT:
                raise StatusDocumentInvalid(f"{self._at(key)} 缺失。")
            return default
        if not ok(value):
            raise StatusDocumentInvalid(f"{self._at(key)} 应是{what}，现为 {_shown(value)}。")
        return value

    def text(self, key: str, default: Any = "") -> str:
        return self._value(key, lambda v: isinstance(v, str), "文字", default)

    def optional_text(self, key: str) -> str | None:
        return self._value(key, lambda v: v is None or isinstance(v, str), "文字或 null", None)

    def number(self, key: str) -> float | None:
        """A number, or null; absent: None."""
        return self._value(key, lambda v: v is None or _is_number(v), "数字或 null", None)

    def flag(self, key: str, default: bool | None) -> bool | None:
        return self._value(key, lambda v: v is None or isinstance(v, bool), "布尔值（true、false）或 null", default)

    def texts(self, key: str) -> list[str]:
        return list(self._value(key, lambda v: isinstance(v, list) and all(isinstance(x, str) for x in v),
                                "文字的列表", []))

    def scalars(self, key: str) -> list[str | float]:
        return list(self._value(key, lambda v: isinstance(v, list) and all(_is_scalar(x) for x in v),
                                "文字或数字的列表", []))

    def counts(self, key: str) -> dict[str, int]:
        return dict(self._value(key, lambda v: isinstance(v, dict) and all(_is_number(x) for x in v.values()),
                                "“状态: 项数”的对象", {}))

    def one(self, key: str, read: Callable[[Any, str], T], default: Any = None) -> T | None:
        """A nested object read by `read` (its from_json); null, {} or absent: `default`."""
        value = self.data.get(key)
        return default if value is None or value == {} else read(value, self._at(key))

    def many(self, key: str, read: Callable[[Any, str], T]) -> list[T] | None:
        """A list of nested objects, each read by `read`; absent: None."""
        value = self._value(key, lambda v: isinstance(v, list), "列表", None)
        return None if value is None else [read(x, f"{self._at(key)}[{n}]") for n, x in enumerate(value)]


@dataclass
class ScoreBounds(_Part):
    """A score range: the parts a person decides at nothing (`min`) and at full (`max`)."""

    min: float | None = None
    max: float | None = None

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> ScoreBounds:
        f = _Fields(data, where)
        return cls(f.number("min"), f.number("max"))


@dataclass
class Override(_Part):
    """The archivist's status (and score) for an item, with their note."""

    status: str = ""
    score: float | None = None
    note: str = ""
    who: str | None = None
    at: str | None = None

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> Override:
        f = _Fields(data, where)
        return cls(f.text("status"), f.number("score"), f.text("note"), f.optional_text("who"), f.optional_text("at"))


@dataclass
class FindingStatus(_Part):
    """One requirement checked: met (true, false, or null for a person to decide), in words, on what evidence."""

    requirement: str = ""
    type: str = ""
    met: bool | None = None
    detail: str = ""
    evidence: list[str] = field(default_factory=list)
    missing: list[str | float] = field(default_factory=list)
    description: str = ""
    deduction: float | None = None
    score_note: str = ""
    due: list[str] = field(default_factory=list)
    pending: bool = False

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> FindingStatus:
        f = _Fields(data, where)
        return cls(f.text("requirement"), f.text("type"), f.flag("met", None), f.text("detail"), f.texts("evidence"),
                   f.scalars("missing"), f.text("description"), f.number("deduction"), f.text("score_note"),
                   f.texts("due"), bool(f.flag("pending", False)))

    @classmethod
    def of(cls, finding: FindingStatus | dict) -> FindingStatus:
        """The typed finding of one a reader is handed: typed already, or its JSON dict."""
        return finding if isinstance(finding, FindingStatus) else cls.from_json(finding)


@dataclass
class Computed(_Part):
    """What the assessment itself found, kept beside an override."""

    status: str = ""
    score: float | None = None

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> Computed:
        f = _Fields(data, where)
        return cls(f.text("status"), f.number("score"))


@dataclass
class ItemStatus(_Part):
    """One rubric item (or tier criterion): its final status and score, the override, evidence and findings."""

    id: str
    category: str = ""
    text: str = ""
    points: float | None = None
    status: str = ""
    override: Override | None = None
    score: float | None = None
    score_range: ScoreBounds | None = None
    deduction: float | None = None
    evidence: list[str] = field(default_factory=list)
    findings: list[FindingStatus] = field(default_factory=list)
    computed: Computed | None = None
    due: list[str] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> ItemStatus:
        f = _Fields(data, where)
        return cls(f.text("id", _ABSENT), f.text("category"), f.text("text"), f.number("points"), f.text("status"),
                   f.one("override", Override.from_json), f.number("score"), f.one("score_range", ScoreBounds.from_json),
                   f.number("deduction"), f.texts("evidence"), f.many("findings", FindingStatus.from_json) or [],
                   f.one("computed", Computed.from_json), f.texts("due"))


@dataclass
class CategoryStatus(_Part):
    """A rubric category (for a tier rubric, a tier) with its points and the score of its items."""

    name: str
    points: float | None = None
    score: float | None = None
    score_range: ScoreBounds | None = None
    detailed: bool = True
    bonus: bool = False  # 加分项: awarded by the inspectors beyond the total; its items are no shortfalls

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> CategoryStatus:
        f = _Fields(data, where)
        return cls(f.text("name", _ABSENT), f.number("points"), f.number("score"),
                   f.one("score_range", ScoreBounds.from_json), bool(f.flag("detailed", True)),
                   bool(f.flag("bonus", False)))


@dataclass
class Totals(_Part):
    points: float | None = None
    score: float | None = None
    score_range: ScoreBounds | None = None
    assessed_points: float | None = None

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> Totals:
        f = _Fields(data, where)
        return cls(f.number("points"), f.number("score"), f.one("score_range", ScoreBounds.from_json),
                   f.number("assessed_points"))


@dataclass
class Due(_Part):
    """What falls due next for an item ("本月尚无支委会记录")."""

    item: str = ""
    text: str = ""

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> Due:
        f = _Fields(data, where)
        return cls(f.text("item"), f.text("text"))


@dataclass
class VetoStatus(_Part):
    """A tier's 一票否决: triggered by an override (null: nobody has said)."""

    id: str = ""
    text: str = ""
    triggered: bool | None = None

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> VetoStatus:
        f = _Fields(data, where)
        return cls(f.text("id"), f.text("text"), f.flag("triggered", None))


@dataclass
class TierStatus(_Part):
    """One star of a tier rubric: whether all its criteria hold, and what blocks it."""

    name: str
    level: int | None = None
    met: bool = False
    blocked_by: list[str | float] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    vetoes: list[VetoStatus] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> TierStatus:
        f = _Fields(data, where)
        return cls(f.text("name", _ABSENT), f.number("level"), bool(f.flag("met", False)), f.scalars("blocked_by"),
                   f.texts("pending"), f.many("vetoes", VetoStatus.from_json) or [])


@dataclass
class TierResult(_Part):
    """The highest star achieved, the next one, and what blocks it."""

    achieved: str | None = None
    next: str | None = None
    blocked_by: list[str | float] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> TierResult:
        f = _Fields(data, where)
        return cls(f.optional_text("achieved"), f.optional_text("next"), f.scalars("blocked_by"))


@dataclass
class StatusDocument(_Part):
    """The whole assessment as published. `tiers` is None for a points rubric (the keys `tiers` and `tier_result` are
    written only when it is not)."""

    rubric: str = ""
    rubric_title: str = ""
    kind: str = ""
    org: str = ""
    year: int | None = None
    as_of: str | None = None
    total: Totals = field(default_factory=Totals)
    counts: dict[str, int] = field(default_factory=dict)
    categories: list[CategoryStatus] = field(default_factory=list)
    items: list[ItemStatus] = field(default_factory=list)
    judgement_items: list[str] = field(default_factory=list)
    due: list[Due] = field(default_factory=list)
    tiers: list[TierStatus] | None = None
    tier_result: TierResult | None = None

    @classmethod
    def from_json(cls, data: Any, where: str = "") -> StatusDocument:
        f = _Fields(data, where)
        year = f.number("year")
        if year is not None and year != int(year):
            raise StatusDocumentInvalid(f"year 应是年份，现为 {_shown(year)}。")
        return cls(f.text("rubric"), f.text("rubric_title"), f.text("kind"), f.text("org"),
                   None if year is None else int(year), f.optional_text("as_of"),
                   f.one("total", Totals.from_json, Totals()), f.counts("counts"),
                   f.many("categories", CategoryStatus.from_json) or [], f.many("items", ItemStatus.from_json) or [],
                   f.texts("judgement_items"), f.many("due", Due.from_json) or [],
                   f.many("tiers", TierStatus.from_json), f.one("tier_result", TierResult.from_json))

    @classmethod
    def of(cls, status: StatusDocument | dict) -> StatusDocument:
        """The typed document of a status as a reader is handed it: typed already, or its JSON dict."""
        return status if isinstance(status, StatusDocument) else cls.from_json(status)

    def to_json(self) -> dict:
        data = super().to_json()
        if self.tiers is None:  # a points rubric's document has neither key
            del data["tiers"], data["tier_result"]
        return data

    def item(self, item_id: str) -> ItemStatus | None:
        return next((it for it in self.items if it.id == item_id), None)
