"""Compare an imported Rubric's inferred requirements and deductions with the labels of its table.

Per item, predictions and labels are paired one-to-one (a maximum matching over "P matches L", so the order in
which either side lists them never costs a pair):

- requirement P matches label L when P.type == L.type and every key L gives agrees: meeting_type, kind, per,
  window, op, unit equal (a one-year count without per is per year); min, amount, years equal numerically (min is
  always compared for count/doc/photo, years always, both defaulting to 1); threshold within 1e-6; keywords: some
  label keyword appears in P.keywords, P.description, P.measure or P.source; measure: the label's word or a
  same-figure synonym (参会率 = 参加率 = 到会率 = 出席率 = 出勤率; 满意率 = 满意度) appears in P.measure or
  P.description, quotation marks left out on both sides; conditions: every label condition (field, op, value, and
  min when the label gives it) equals one of P.conditions.
- deduction D matches label entry E when every key of E agrees: points, per_unit, cap, points_min within 1e-6;
  unit equal; step (1 when absent on either side); discretionary; full: D.points == the item's points; bands as
  sets of (low, high, score), an open top (None) equal to a top of 100%, bands scoring 0 left out.

Headline figures: recall and precision of the non-judgement requirements. Judgement agreement counts the items on
which the labels and the prediction agree about having a judgement. Items that are labelled but not in the rubric,
or in the rubric but not labelled, are reported (Result.missing_items / extra_items), never compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

LABELS_DIR = Path(__file__).resolve().parent / "labels"
EPS = 1e-6

# Words naming the same figure: a label's measure matches a prediction naming any word of its group.
MEASURE_SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("参会率", "参加率", "到会率", "出席率", "出勤率"),
    ("满意率", "满意度"),
)

REQUIREMENT_KEYS = frozenset({
    "type", "meeting_type", "kind", "per", "window", "op", "unit", "min", "amount", "years", "threshold",
    "keywords", "measure", "conditions",
})
DEDUCTION_KEYS = frozenset({"points", "per_unit", "unit", "cap", "step", "bands", "points_min", "discretionary", "full"})
_EQUAL_KEYS = ("meeting_type", "kind", "per", "window", "op", "unit")
_MIN_TYPES = ("count", "doc", "photo")


@dataclass
class Miss:
    """A label nothing predicted matched (side "label"), or a prediction no label matched (side "prediction")."""

    table: str
    item: str
    side: str  # "label" | "prediction"
    what: str  # "requirement" | "judgement" | "deduction" | "item"
    text: str

    def __str__(self) -> str:
        verb = "missed" if self.side == "label" else "spurious"
        return f"{self.table} {self.item} {verb} {self.what}: {self.text}"


@dataclass
class Result:
    table: str = ""
    items: int = 0  # items compared (labelled and present in the rubric)
    req_matched: int = 0
    req_labels: int = 0  # non-judgement label requirements
    req_predicted: int = 0  # non-judgement predicted requirements
    judgement_agree: int = 0
    ded_matched: int = 0
    ded_labels: int = 0
    ded_predicted: int = 0
    misses: list[Miss] = field(default_factory=list)
    missing_items: list[str] = field(default_factory=list)  # labelled, absent from the rubric ("table:item")
    extra_items: list[str] = field(default_factory=list)  # in the rubric, not labelled ("table:item")

    @staticmethod
    def _ratio(k: int, n: int) -> float | None:
        return k / n if n else None

    @property
    def requirement_recall(self) -> float | None:
        return self._ratio(self.req_matched, self.req_labels)

    @property
    def requirement_precision(self) -> float | None:
        return self._ratio(self.req_matched, self.req_predicted)

    @property
    def judgement_agreement(self) -> float | None:
        return self._ratio(self.judgement_agree, self.items)

    @property
    def deduction_recall(self) -> float | None:
        return self._ratio(self.ded_matched, self.ded_labels)

    @property
    def deduction_precision(self) -> float | None:
        return self._ratio(self.ded_matched, self.ded_predicted)

    @property
    def ids_match(self) -> bool:
        return not self.missing_items and not self.extra_items

    def figures(self) -> dict[str, tuple[int, int]]:
        """Every figure as (numerator, denominator), in the order the benchmark prints them."""
        return {
            "requirement_recall": (self.req_matched, self.req_labels),
            "requirement_precision": (self.req_matched, self.req_predicted),
            "judgement_agreement": (self.judgement_agree, self.items),
            "deduction_recall": (self.ded_matched, self.ded_labels),
            "deduction_precision": (self.ded_matched, self.ded_predicted),
        }

    def __add__(self, other: Result) -> Result:
        return Result(
            table="+".join(t for t in (self.table, other.table) if t),
            items=self.items + other.items,
            req_matched=self.req_matched + other.req_matched,
            req_labels=self.req_labels + other.req_labels,
            req_predicted=self.req_predicted + other.req_predicted,
            judgement_agree=self.judgement_agree + other.judgement_agree,
            ded_matched=self.ded_matched + other.ded_matched,
            ded_labels=self.ded_labels + other.ded_labels,
            ded_predicted=self.ded_predicted + other.ded_predicted,
            misses=[*self.misses, *other.misses],
            missing_items=[*self.missing_items, *other.missing_items],
            extra_items=[*self.extra_items, *other.extra_items],
        )


def pool(results: Iterable[Result]) -> Result:
    total = Result()
    for r in results:
        total = total + r
    return total


# ---------------------------------------------------------------------------------------------------------------
# Labels


def load_labels(name_or_path: str | Path) -> dict:
    """The labels of a table, by table name (labels/<name>.yaml) or by path; checked for unknown keys."""
    path = Path(name_or_path)
    if path.suffix not in (".yaml", ".yml"):
        path = LABELS_DIR / f"{name_or_path}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    check_labels(data)
    return data


def check_labels(data: dict) -> None:
    """Raise ValueError on a label key or type the scorer does not know (a typo would silently match anything)."""
    where = data.get("table", "?")
    for item_id, entry in (data.get("items") or {}).items():
        for req in entry.get("requirements") or []:
            unknown = set(req) - REQUIREMENT_KEYS
            if unknown or "type" not in req:
                raise ValueError(f"{where} {item_id}: bad requirement label {req} (unknown {sorted(unknown)})")
        for ded in entry.get("deductions") or []:
            unknown = set(ded) - DEDUCTION_KEYS
            if unknown or not ded:
                raise ValueError(f"{where} {item_id}: bad deduction label {ded} (unknown {sorted(unknown)})")


# ---------------------------------------------------------------------------------------------------------------
# Matching


def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, dict):
        return obj.get(key, default)
    return getattr(obj, key, default)


def _num_eq(a: Any, b: Any) -> bool:
    try:
        return a is not None and b is not None and abs(float(a) - float(b)) <= EPS
    except (TypeError, ValueError):
        return False


def _value_eq(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and not isinstance(a, bool):
        return _num_eq(a, b)
    return a == b


def _unquoted(words: str) -> str:
    return re.sub(r"[“”\"]", "", words)


def _measure_words(word: str) -> tuple[str, ...]:
    for group in MEASURE_SYNONYMS:
        if word in group:
            return group
    return (word,)


def requirement_matches(pred: Any, label: dict) -> bool:
    """Whether predicted requirement `pred` (a model Requirement) satisfies every key `label` gives."""
    if _get(pred, "type") != label["type"]:
        return False
    for key in _EQUAL_KEYS:
        if key in label:
            default = ">=" if key == "op" else None
            got = _get(pred, key, default)
            if key == "per" and got is None and label[key] == "year" and _num_eq(_get(pred, "years", 1) or 1, 1):
                continue  # no per: the whole (one-year) period, the same as per year
            if got != label[key]:
                return False
    if "min" in label or label["type"] in _MIN_TYPES:
        if not _num_eq(_get(pred, "min", 1) or 1, label.get("min", 1)):
            return False
    if not _num_eq(_get(pred, "years", 1) or 1, label.get("years", 1)):
        return False
    if "amount" in label and not _num_eq(_get(pred, "amount"), label["amount"]):
        return False
    if "threshold" in label and not _num_eq(_get(pred, "threshold"), label["threshold"]):
        return False
    if "keywords" in label:
        haystack = [*(_get(pred, "keywords") or []), _get(pred, "description") or "", _get(pred, "measure") or "",
                    _get(pred, "source") or ""]
        if not any(kw in text for kw in label["keywords"] for text in haystack):
            return False
    if "measure" in label:
        # (quotation marks are no part of a measure's words: "“好”等次比例" is 好等次比例)
        haystack = [_unquoted(_get(pred, "measure") or ""), _unquoted(_get(pred, "description") or "")]
        if not any(_unquoted(w) in text for w in _measure_words(label["measure"]) for text in haystack):
            return False
    if "conditions" in label:
        predicted = _get(pred, "conditions") or []
        for cond in label["conditions"]:
            if not any(_condition_eq(pc, cond) for pc in predicted):
                return False
    return True


def _condition_eq(pred: Any, cond: dict) -> bool:
    if _get(pred, "field") != cond["field"] or _get(pred, "op") != cond["op"]:
        return False
    if not _value_eq(cond["value"], _get(pred, "value")):
        return False
    return "min" not in cond or _num_eq(_get(pred, "min", 1), cond["min"])


def _band_tuple(band: Any) -> tuple[float, float | None, float]:
    if isinstance(band, (list, tuple)):
        low, high, score = band
    else:
        low, high, score = _get(band, "low"), _get(band, "high"), _get(band, "score")
    if high is not None and float(high) >= 1.0 - EPS:
        high = None  # "90%以上": no upper end, the same as up to 100%
    return float(low), None if high is None else float(high), float(score)


def _bands_eq(predicted: Any, labelled: list) -> bool:
    try:
        # A band scoring 0 ("80%以下不得分") says what no band says: dropped on both sides.
        a = sorted((t for t in map(_band_tuple, predicted or []) if abs(t[2]) > EPS), key=lambda t: (t[0], t[2]))
        b = sorted((t for t in map(_band_tuple, labelled) if abs(t[2]) > EPS), key=lambda t: (t[0], t[2]))
    except (TypeError, ValueError):
        return False
    if len(a) != len(b):
        return False
    for (l1, h1, s1), (l2, h2, s2) in zip(a, b, strict=True):
        if not (_num_eq(l1, l2) and _num_eq(s1, s2)):
            return False
        if (h1 is None) != (h2 is None) or (h1 is not None and not _num_eq(h1, h2)):
            return False
    return True


def deduction_matches(pred: Any, label: dict, item_points: float) -> bool:
    """Whether predicted Deduction `pred` satisfies every key of label entry `label` (of an item worth item_points)."""
    for key in ("points", "per_unit", "cap", "points_min"):
        if key in label and not _num_eq(_get(pred, key), label[key]):
            return False
    if "unit" in label and _get(pred, "unit") != label["unit"]:
        return False
    if "step" in label and not _num_eq(_get(pred, "step") or 1, label["step"]):
        return False
    if "discretionary" in label and bool(_get(pred, "discretionary", False)) != bool(label["discretionary"]):
        return False
    if label.get("full") and not _num_eq(_get(pred, "points"), item_points):
        return False
    if "bands" in label and not _bands_eq(_get(pred, "bands"), label["bands"]):
        return False
    return True


def _max_matching(n_labels: int, n_preds: int, ok) -> dict[int, int]:
    """A maximum one-to-one pairing label index → prediction index where ok(label, pred) (Kuhn's algorithm)."""
    pred_of_label: dict[int, int] = {}
    label_of_pred: dict[int, int] = {}

    def augment(li: int, seen: set[int]) -> bool:
        for pi in range(n_preds):
            if pi in seen or not ok(li, pi):
                continue
            seen.add(pi)
            if pi not in label_of_pred or augment(label_of_pred[pi], seen):
                label_of_pred[pi] = li
                pred_of_label[li] = pi
                return True
        return False

    for li in range(n_labels):
        augment(li, set())
    return pred_of_label


# ---------------------------------------------------------------------------------------------------------------
# Readable text for misses


def _flow(d: dict) -> str:
    return yaml.safe_dump(d, allow_unicode=True, default_flow_style=True, sort_keys=False, width=1000).strip()


def describe_requirement(req: Any) -> str:
    parts = [str(_get(req, "type"))]
    for key in ("meeting_type", "kind", "per", "window", "measure", "unit"):
        if _get(req, key):
            parts.append(f"{key}={_get(req, key)}")
    if _get(req, "type") in _MIN_TYPES and (_get(req, "min", 1) or 1) != 1:
        parts.append(f"min={_get(req, 'min')}")
    if (_get(req, "years", 1) or 1) != 1:
        parts.append(f"years={_get(req, 'years')}")
    if _get(req, "type") == "rate" and _get(req, "threshold") is not None:
        parts.append(f"{_get(req, 'op', '>=')}{_get(req, 'threshold'):g}")
    if _get(req, "amount") is not None:
        parts.append(f"amount={_get(req, 'amount'):g}")
    if _get(req, "keywords"):
        parts.append(f"keywords={list(_get(req, 'keywords'))}")
    conds = _get(req, "conditions") or []
    if conds:
        parts.append("conditions=" + ", ".join(
            f"{_get(c, 'field')}{_get(c, 'op')}{_get(c, 'value')}" for c in conds))
    if _get(req, "description"):
        parts.append(f"— {_get(req, 'description')}")
    return " ".join(parts)


def describe_deduction(ded: Any) -> str:
    fields = {k: _get(ded, k) for k in ("points", "points_min", "per_unit", "unit", "step", "cap")
              if _get(ded, k) is not None}
    if _get(ded, "discretionary"):
        fields["discretionary"] = True
    bands = _get(ded, "bands") or []
    if bands:
        fields["bands"] = [list(_band_tuple(b)) for b in bands]
    return f"{_flow(fields)} «{_get(ded, 'text', '')}»"


# ---------------------------------------------------------------------------------------------------------------
# Evaluation


def evaluate(rubric: Any, labels: dict | str | Path) -> Result:
    """Score the requirements and deductions of `rubric` (an archive.rubric.model.Rubric) against `labels`
    (a labels dict as load_labels returns it, a table name or a labels file)."""
    if not isinstance(labels, dict):
        labels = load_labels(labels)
    else:
        check_labels(labels)
    table = labels.get("table", "")
    labelled: dict[str, dict] = {str(k): v for k, v in (labels.get("items") or {}).items()}
    # 加分项 rows (a category marked bonus) and 一票否决 cases imported at 0 points may be left out of the labels
    # (labels/README.md)
    bonus = {str(it.id) for cat in getattr(rubric, "categories", []) for it in cat.items
             if getattr(cat, "bonus", False) or ("否决" in cat.name and not it.points)}
    items = {str(it.id): it for it in rubric.items() if str(it.id) not in bonus - set(map(str, labels.get("items") or {}))}
    result = Result(table=table)
    result.missing_items = [f"{table}:{i}" for i in labelled if i not in items]
    result.extra_items = [f"{table}:{i}" for i in items if i not in labelled]
    for i in labelled:
        if i not in items:
            result.misses.append(Miss(table, i, "label", "item", "labelled item not in the imported rubric"))
    for i in items:
        if i not in labelled:
            result.misses.append(Miss(table, i, "prediction", "item", "imported item without labels"))

    for item_id, entry in labelled.items():
        item = items.get(item_id)
        if item is None:
            continue
        result.items += 1
        _score_item(result, table, item, entry)
    return result


def _score_item(result: Result, table: str, item: Any, entry: dict) -> None:
    item_id = str(item.id)
    label_reqs = [r for r in entry.get("requirements") or [] if r["type"] != "judgement"]
    pred_reqs = [r for r in item.requirements if _get(r, "type") != "judgement"]
    pairs = _max_matching(len(label_reqs), len(pred_reqs),
                          lambda li, pi: requirement_matches(pred_reqs[pi], label_reqs[li]))
    result.req_labels += len(label_reqs)
    result.req_predicted += len(pred_reqs)
    result.req_matched += len(pairs)
    for li, lab in enumerate(label_reqs):
        if li not in pairs:
            result.misses.append(Miss(table, item_id, "label", "requirement", _flow(lab)))
    used = set(pairs.values())
    for pi, pred in enumerate(pred_reqs):
        if pi not in used:
            result.misses.append(Miss(table, item_id, "prediction", "requirement", describe_requirement(pred)))

    label_judgement = any(r["type"] == "judgement" for r in entry.get("requirements") or [])
    pred_judgement = any(_get(r, "type") == "judgement" for r in item.requirements)
    if label_judgement == pred_judgement:
        result.judgement_agree += 1
    elif label_judgement:
        result.misses.append(Miss(table, item_id, "label", "judgement", "the labels keep a judgement; none inferred"))
    else:
        pred = next(r for r in item.requirements if _get(r, "type") == "judgement")
        result.misses.append(Miss(table, item_id, "prediction", "judgement", describe_requirement(pred)))

    label_deds = list(entry.get("deductions") or [])
    pred_deds = list(item.deductions)
    points = float(item.points)
    dpairs = _max_matching(len(label_deds), len(pred_deds),
                           lambda li, pi: deduction_matches(pred_deds[pi], label_deds[li], points))
    result.ded_labels += len(label_deds)
    result.ded_predicted += len(pred_deds)
    result.ded_matched += len(dpairs)
    for li, lab in enumerate(label_deds):
        if li not in dpairs:
            result.misses.append(Miss(table, item_id, "label", "deduction", _flow(lab)))
    dused = set(dpairs.values())
    for pi, pred in enumerate(pred_deds):
        if pi not in dused:
            result.misses.append(Miss(table, item_id, "prediction", "deduction", describe_deduction(pred)))
