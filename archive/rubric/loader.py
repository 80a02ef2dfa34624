"""Load rubric YAML into the typed model, with validation errors that name the file, the item and the field."""

from __future__ import annotations

import copy
import math
import re
from dataclasses import asdict, fields
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from archive.errors import RubricError
from archive.rubric.model import (
    AMOUNT_UNITS,
    COMPARATORS,
    DURATION_UNITS,
    PERIODS,
    WINDOWS,
    Category,
    Criterion,
    Deduction,
    Item,
    Requirement,
    RosterCondition,
    Rubric,
    ScoreBand,
    Tier,
)
from archive.vocab import EVIDENCE_KINDS, MEETING_TYPES, REQUIREMENT_TYPES

POINTS_TOLERANCE = 1e-6
BUNDLED_PACKAGE = "archive.rubric"
BUNDLED_DIR = "bundled"


class _Checker:
    """Collects problems while walking raw YAML data; each problem names where it is."""

    def __init__(self, filename: str):
        self.filename = filename
        self.problems: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.problems.append(f"{where}：{message}")

    def mapping(self, data: Any, where: str) -> dict:
        if not isinstance(data, dict):
            self.add(where, f"应为键值对（映射），实际是 {type(data).__name__}")
            return {}
        return data

    def unknown_keys(self, data: dict, allowed: set[str], where: str) -> None:
        for key in data:
            if key not in allowed:
                self.add(where, f"未知字段「{key}」（可用字段：{'、'.join(sorted(allowed))}）")

    def text(self, data: dict, key: str, where: str, required: bool = True, default: str = "") -> str:
        value = data.get(key)
        if value is None:
            if required:
                self.add(where, f"缺少字段「{key}」")
            return default
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        if not isinstance(value, str):
            self.add(where, f"字段「{key}」应为文字")
            return default
        if required and not value.strip():
            self.add(where, f"字段「{key}」不能为空")
        return value

    def number(self, data: dict, key: str, where: str, required: bool = True) -> float | None:
        value = data.get(key)
        if value is None:
            if required:
                self.add(where, f"缺少字段「{key}」")
            return None
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            self.add(where, f"字段「{key}」应为数字，实际是 {value!r}")
            return None
        if value < 0:
            self.add(where, f"字段「{key}」不能为负数")
            return None
        return float(value)

    def choice(self, data: dict, key: str, where: str, options: tuple[str, ...], required: bool = False) -> str | None:
        value = data.get(key)
        if value is None:
            if required:
                self.add(where, f"缺少字段「{key}」（可选：{'、'.join(options)}）")
            return None
        if value not in options:
            self.add(where, f"字段「{key}」的值「{value}」无效（可选：{'、'.join(options)}）")
            return None
        return value

    def str_list(self, data: dict, key: str, where: str) -> list[str]:
        value = data.get(key, [])
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.add(where, f"字段「{key}」应为文字列表")
            return []
        return list(value)


_REQ_KEYS = {f.name for f in fields(Requirement)}
_DED_KEYS = {f.name for f in fields(Deduction)}


def _requirement(ck: _Checker, raw: Any, where: str, index: int) -> Requirement | None:
    data = ck.mapping(raw, where)
    if not data:
        return None
    ck.unknown_keys(data, _REQ_KEYS, where)
    rtype = ck.choice(data, "type", where, REQUIREMENT_TYPES, required=True)
    if rtype is None:
        return None
    req = Requirement(
        id=ck.text(data, "id", where, required=False) or f"r{index + 1}",
        type=rtype,  # type: ignore[arg-type]
        description=ck.text(data, "description", where),
        kind=ck.choice(data, "kind", where, EVIDENCE_KINDS),
        meeting_type=ck.choice(data, "meeting_type", where, MEETING_TYPES),
        keywords=ck.str_list(data, "keywords", where),
        per=ck.choice(data, "per", where, PERIODS),
        window=ck.choice(data, "window", where, WINDOWS),
        measure=ck.text(data, "measure", where, required=False) or None,
        op=ck.choice(data, "op", where, COMPARATORS) or ">=",
        source=ck.text(data, "source", where, required=False),
    )
    onsite = data.get("onsite", False)
    if not isinstance(onsite, bool):
        ck.add(where, "字段「onsite」应为 true 或 false（由考核组实地查验的写 true）")
    else:
        req.onsite = onsite
    for key in ("min", "years"):
        if key in data:
            value = ck.number(data, key, where)
            if value is not None:
                if value < 1 or value != int(value):
                    ck.add(where, f"字段「{key}」应为正整数")
                else:
                    setattr(req, key, int(value))
    if "threshold" in data:
        req.threshold = ck.number(data, "threshold", where)
        if req.threshold is not None and req.threshold > 1:
            ck.add(where, "字段「threshold」是比例，应写成 0 到 1 之间的小数（如 90% 写 0.9）")
    if rtype == "count" and req.kind is None and req.meeting_type is None and not req.keywords:
        ck.add(where, "count 类要求须指明 kind、meeting_type 或 keywords")
    if rtype == "window" and req.window is None:
        ck.add(where, "window 类要求须写明 window（年初 或 年终）")
    if rtype == "rate" and (req.threshold is None or not req.measure):
        ck.add(where, "rate 类要求须写明 measure 和 threshold")
    if rtype == "roster":
        for j, cond in enumerate(data.get("conditions") or []):
            cwhere = f"{where} conditions 第{j + 1}条"
            c = ck.mapping(cond, cwhere)
            ck.unknown_keys(c, {"field", "op", "value", "min", "role"}, cwhere)
            fld = ck.choice(c, "field", cwhere, ("age", "education"), required=True)
            op = ck.choice(c, "op", cwhere, ("<", "<=", ">", ">="), required=True)
            role = ck.text(c, "role", cwhere, required=False) or None
            if fld and op and "value" in c:
                req.conditions.append(RosterCondition(field=fld, op=op, value=c["value"], min=int(c.get("min", 1)),
                                                      role=role))
            elif "value" not in c:
                ck.add(cwhere, "缺少字段「value」")
        if not req.conditions:
            ck.add(where, "roster 类要求须写明 conditions")
    elif data.get("conditions"):
        ck.add(where, "只有 roster 类要求可以写 conditions")
    if "amount" in data:
        req.amount = ck.number(data, "amount", where)
    req.unit = ck.choice(data, "unit", where, DURATION_UNITS)
    if rtype == "duration" and (req.amount is None or req.unit is None):
        ck.add(where, "duration 类要求须写明 amount（累计总量）和 unit（天、小时 或 学时）")
    if "alt_amount" in data:
        req.alt_amount = ck.number(data, "alt_amount", where)
    req.alt_unit = ck.choice(data, "alt_unit", where, DURATION_UNITS)
    if (req.alt_amount is None) != (req.alt_unit is None):
        ck.add(where, "另一种计量须同时写明 alt_amount 和 alt_unit（如“5天或40学时”写 alt_amount: 40, alt_unit: 学时）")
    return req


def _deduction(ck: _Checker, raw: Any, where: str, req_ids: set[str]) -> Deduction | None:
    data = ck.mapping(raw, where)
    if not data:
        return None
    ck.unknown_keys(data, _DED_KEYS, where)
    discretionary = data.get("discretionary", False)
    if not isinstance(discretionary, bool):
        ck.add(where, "字段「discretionary」应为 true 或 false（酌情扣分写 true）")
        discretionary = False
    ded = Deduction(
        text=ck.text(data, "text", where),
        points=ck.number(data, "points", where, required=False),
        per_unit=ck.number(data, "per_unit", where, required=False),
        unit=ck.text(data, "unit", where, required=False) or None,
        cap=ck.number(data, "cap", where, required=False),
        discretionary=discretionary,
        step=ck.number(data, "step", where, required=False),
        points_min=ck.number(data, "points_min", where, required=False),
    )
    for j, raw_band in enumerate(data.get("bands") or []):
        bwhere = f"{where} bands 第{j + 1}档"
        band = ck.mapping(raw_band, bwhere)
        ck.unknown_keys(band, {"low", "high", "score"}, bwhere)
        low = ck.number(band, "low", bwhere)
        high = ck.number(band, "high", bwhere, required=False)
        score = ck.number(band, "score", bwhere)
        if low is not None and score is not None:
            if ded.unit in AMOUNT_UNITS:  # bands of an amount ("20万元以上得4分"): in the rule's unit
                if high is not None and high <= low:
                    ck.add(bwhere, "high 应大于 low")
                else:
                    ded.bands.append(ScoreBand(low=low, high=high, score=score))
            elif low > 1 or (high is not None and (high > 1 or high <= low)):
                ck.add(bwhere, "low、high 是比例，应写成 0 到 1 之间的小数（如 85% 写 0.85），且 high 大于 low")
            else:
                ded.bands.append(ScoreBand(low=low, high=high, score=score))
    raw_req = data.get("requirement")
    if isinstance(raw_req, list):  # several requirements named in one rule
        ded.requirements = ck.str_list(data, "requirement", where)
    else:
        ded.requirement = ck.text(data, "requirement", where, required=False) or None
    ded.requirements += [r for r in ck.str_list(data, "requirements", where) if r not in ded.requirements]
    if discretionary:
        if ded.points is not None or ded.per_unit is not None or ded.bands:
            ck.add(where, "酌情扣分（discretionary: true）不能同时写 points、per_unit 或 bands")
    elif ded.bands:
        if ded.points is not None or ded.per_unit is not None:
            ck.add(where, "按档计分（bands）不能同时写 points 或 per_unit")
    elif (ded.points is None) == (ded.per_unit is None):
        ck.add(where, "扣分规则须三选一：points（固定扣分）、per_unit（每缺一次/一项扣分）或 bands（按比例分档计分）；"
                      "没有具体分值的“酌情扣分”写 discretionary: true")
    if ded.step is not None and (ded.per_unit is None or ded.step <= 0):
        ck.add(where, "step（每低几个单位扣一次）只能和 per_unit 一起写，且应大于 0")
    if ded.points_min is not None and (ded.points is None or ded.points_min > ded.points):
        ck.add(where, "points_min（扣分范围的下限）须和 points（上限）一起写，且不大于 points")
    for rid in ded.requirement_ids():
        if rid not in req_ids:
            ck.add(where, f"字段「requirement」指向不存在的要求「{rid}」")
    return ded


_ITEM_KEYS = {"id", "text", "points", "method", "scoring", "requirements", "deductions", "keywords", "typical_evidence",
              "evidence", "name"}


def _item(ck: _Checker, raw: Any, where: str) -> Item | None:
    data = ck.mapping(raw, where)
    if not data:
        return None
    item_id = ck.text(data, "id", where)
    where = f"{where}（序号 {item_id}）" if item_id else where
    ck.unknown_keys(data, _ITEM_KEYS, where)
    item = Item(
        id=item_id,
        text=ck.text(data, "text", where),
        points=ck.number(data, "points", where) or 0.0,
        method=ck.str_list(data, "method", where),
        scoring=ck.text(data, "scoring", where, required=False),
        keywords=ck.str_list(data, "keywords", where),
        typical_evidence=ck.str_list(data, "typical_evidence", where),
        evidence=ck.str_list(data, "evidence", where),
        name=ck.text(data, "name", where, required=False),
    )
    for i, r in enumerate(data.get("requirements") or []):
        req = _requirement(ck, r, f"{where} requirements 第{i + 1}条", i)
        if req:
            item.requirements.append(req)
    ids = [r.id for r in item.requirements]
    if len(ids) != len(set(ids)):
        ck.add(where, "requirements 中有重复的 id")
    for i, d in enumerate(data.get("deductions") or []):
        ded = _deduction(ck, d, f"{where} deductions 第{i + 1}条", set(ids))
        if ded:
            item.deductions.append(ded)
    return item


def _criterion(ck: _Checker, raw: Any, where: str) -> Criterion | None:
    data = ck.mapping(raw, where)
    if not data:
        return None
    ck.unknown_keys(data, {"id", "text", "requirements"}, where)
    crit = Criterion(id=ck.text(data, "id", where), text=ck.text(data, "text", where))
    for i, r in enumerate(data.get("requirements") or []):
        req = _requirement(ck, r, f"{where} requirements 第{i + 1}条", i)
        if req:
            crit.requirements.append(req)
    return crit


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= POINTS_TOLERANCE


def _fmt(x: float) -> str:
    return f"{x:g}"


def rubric_from_data(data: Any, filename: str) -> Rubric:
    """Validate raw YAML data into a Rubric, or raise RubricError listing every problem found."""
    ck = _Checker(filename)
    top = ck.mapping(data, "文件顶层")
    ck.unknown_keys(top, {"id", "title", "source", "kind", "total", "year", "notes", "categories", "tiers",
                                "imported"}, "文件顶层")
    kind = ck.choice(top, "kind", "文件顶层", ("points", "tiers"), required=True)
    rubric = Rubric(
        id=ck.text(top, "id", "文件顶层"),
        title=ck.text(top, "title", "文件顶层"),
        source=ck.text(top, "source", "文件顶层"),
        kind=kind or "points",  # type: ignore[arg-type]
        notes=ck.text(top, "notes", "文件顶层", required=False),
        path=filename,
    )
    imported = top.get("imported") or {}
    if not isinstance(imported, dict) or not all(isinstance(v, str) for v in imported.values()):
        ck.add("文件顶层", "字段「imported」应为“序号: 指纹”的映射（由 rubric import 写入，请勿手改）")
    else:
        rubric.imported = {str(k): v for k, v in imported.items()}
    if top.get("year") is not None:
        rubric.year = int(ck.number(top, "year", "文件顶层") or 0) or None
    if kind == "points":
        rubric.total = ck.number(top, "total", "文件顶层") or 0.0
        raw_cats = top.get("categories")
        if not isinstance(raw_cats, list) or not raw_cats:
            ck.add("文件顶层", "points 类评分表须有 categories 列表")
            raw_cats = []
        seen_ids: set[str] = set()
        for ci, raw_cat in enumerate(raw_cats):
            cwhere = f"第{ci + 1}类"
            cdata = ck.mapping(raw_cat, cwhere)
            name = ck.text(cdata, "name", cwhere)
            cwhere = f"第{ci + 1}类「{name}」" if name else cwhere
            ck.unknown_keys(cdata, {"name", "points", "items", "detailed", "note", "bonus"}, cwhere)
            cat = Category(name=name, points=ck.number(cdata, "points", cwhere) or 0.0,
                           detailed=bool(cdata.get("detailed", True)),
                           note=ck.text(cdata, "note", cwhere, required=False), bonus=bool(cdata.get("bonus", False)))
            for ii, raw_item in enumerate(cdata.get("items") or []):
                item = _item(ck, raw_item, f"{cwhere} 第{ii + 1}项")
                if item is None:
                    continue
                if item.id in seen_ids:
                    ck.add(f"{cwhere} 序号 {item.id}", "序号重复")
                seen_ids.add(item.id)
                cat.items.append(item)
            if cat.detailed and not cat.items:
                ck.add(cwhere, "没有任何评分项；若原文只给出类别分值，请写 detailed: false")
            if cat.bonus and (cat.points or any(it.points for it in cat.items)):
                ck.add(cwhere, "是加分项（bonus: true），类别和各项的标准分应为 0：加分由考核组认定，不计入总分")
            if cat.items:
                item_sum = sum(it.points for it in cat.items)
                if not _close(item_sum, cat.points):
                    ck.add(cwhere, f"各项标准分合计 {_fmt(item_sum)} 分，与类别分值 {_fmt(cat.points)} 分不符")
            rubric.categories.append(cat)
        cat_sum = sum(c.points for c in rubric.categories)
        if rubric.categories and not _close(cat_sum, rubric.total):
            ck.add("文件顶层", f"各类分值合计 {_fmt(cat_sum)} 分，与总分 total {_fmt(rubric.total)} 分不符")
    elif kind == "tiers":
        raw_tiers = top.get("tiers")
        if not isinstance(raw_tiers, list) or not raw_tiers:
            ck.add("文件顶层", "tiers 类评分表须有 tiers 列表")
            raw_tiers = []
        for ti, raw_tier in enumerate(raw_tiers):
            twhere = f"第{ti + 1}级"
            tdata = ck.mapping(raw_tier, twhere)
            name = ck.text(tdata, "name", twhere)
            twhere = f"第{ti + 1}级「{name}」" if name else twhere
            ck.unknown_keys(tdata, {"name", "level", "criteria", "vetoes", "note"}, twhere)
            tier = Tier(name=name, level=int(ck.number(tdata, "level", twhere) or 0),
                        note=ck.text(tdata, "note", twhere, required=False))
            for i, raw in enumerate(tdata.get("criteria") or []):
                crit = _criterion(ck, raw, f"{twhere} 标准第{i + 1}条")
                if crit:
                    tier.criteria.append(crit)
            for i, raw in enumerate(tdata.get("vetoes") or []):
                crit = _criterion(ck, raw, f"{twhere} 一票否决第{i + 1}条")
                if crit:
                    tier.vetoes.append(crit)
            if not tier.criteria:
                ck.add(twhere, "没有任何考评标准（criteria）")
            rubric.tiers.append(tier)
        levels = [t.level for t in rubric.tiers]
        if levels != sorted(set(levels)):
            ck.add("文件顶层", "各级 level 应从低到高排列且不重复")
    if ck.problems:
        raise RubricError(f"评分表文件 {filename} 有 {len(ck.problems)} 处问题：", ck.problems)
    return rubric


_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: ~10x faster
_PARSED: dict[tuple[str, int, int], Rubric] = {}  # (path, mtime_ns, size) -> parsed rubric


def load_rubric_file(path: Path) -> Rubric:
    """Parse and validate a rubric file; a file unchanged since the last call is not parsed again (a fresh copy is
    returned, so callers may not change each other's rubric)."""
    path = Path(path)
    try:
        st = path.stat()
    except OSError:
        st = None
    key = (str(path.resolve()), st.st_mtime_ns, st.st_size) if st else None
    if key in _PARSED:
        return copy.deepcopy(_PARSED[key])
    rubric = _parse_rubric_file(path)
    if key:
        _PARSED[key] = copy.deepcopy(rubric)
    return rubric


def _parse_rubric_file(path: Path) -> Rubric:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise RubricError(f"找不到评分表文件 {path}。") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise RubricError(f"无法读取评分表文件 {path}：{exc}") from exc
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        from archive.parse_errors import yaml_error_text

        raise RubricError(f"评分表文件 {path} 不是有效的 YAML，{yaml_error_text(exc)}。") from exc
    try:
        return rubric_from_data(data, str(path))
    except RubricError as exc:
        raise RubricError(f"评分表文件 {path} 有 {len(exc.problems)} 处问题：",
                          [_with_line(p, _composed(text)) for p in exc.problems]) from exc


_WHERE_RE = re.compile(r"^第(?P<cat>\d+)类[^ ：]*(?: 第(?P<item>\d+)项)?(?:（序号 [^）]*）)?"
                       r"(?: (?P<list>requirements|deductions) 第(?P<n>\d+)条)?")


def _composed(text: str):
    """The YAML node tree (with line marks), or None."""
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None


def _get(node, key: str):
    if isinstance(node, yaml.MappingNode):
        return next((v for k, v in node.value if getattr(k, "value", None) == key), None)
    return None


def _nth(node, i: int):
    return node.value[i] if isinstance(node, yaml.SequenceNode) and 0 <= i < len(node.value) else None


def _line_under(node, part: str | None, n: int | None, key: str | None = None) -> int | None:
    """The line (1-based) of the `n`-th entry (1-based) of list `part` of a mapping node (of its field `key` when
    named), or of the node itself."""
    if node is not None and part is not None and n is not None:
        node = _nth(_get(node, part), n - 1)
    if node is None:
        return None
    field_node = next((k for k, _v in node.value if getattr(k, "value", None) == key), None) \
        if key and isinstance(node, yaml.MappingNode) else None
    return (field_node or node).start_mark.line + 1


def _node_line(root, cat: int, item: int | None, part: str | None, n: int | None, key: str | None = None
               ) -> int | None:
    """The line (1-based) of a category, item, requirement or deduction in the YAML text, for messages."""
    node = _nth(_get(root, "categories"), cat - 1)
    if node is not None and item is not None:
        node = _nth(_get(node, "items"), item - 1)
        return _line_under(node, part, n, key)
    return _line_under(node, None, None, key)


def _with_line(problem: str, root) -> str:
    """"第2类「甲」 第3项（序号 5） requirements 第1条：…" → the same, with "（第41行）" after where it is."""
    m = _WHERE_RE.match(problem)
    if not m:
        return problem
    key = re.search(r"字段「([A-Za-z_]+)」", problem)
    line = _node_line(root, int(m.group("cat")), int(m.group("item")) if m.group("item") else None,
                      m.group("list"), int(m.group("n")) if m.group("n") else None, key.group(1) if key else None)
    if line is None:
        return problem
    where, sep, rest = problem.partition("：")
    return f"{where}（第{line}行）{sep}{rest}"


def bundled_rubric_ids() -> list[str]:
    folder = resources.files(BUNDLED_PACKAGE) / BUNDLED_DIR
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".yaml"))


def load_rubric(ref: str, base: Path | None = None) -> Rubric:
    """A bundled id (seed000) or a path to the user's own YAML file (relative to `base` when given)."""
    candidate = Path(ref)
    if base is not None and not candidate.is_absolute():
        candidate = base / candidate
    if ref.endswith((".yaml", ".yml")) or candidate.is_file():
        return load_rubric_file(candidate)
    if ref in bundled_rubric_ids():
        with resources.as_file(resources.files(BUNDLED_PACKAGE) / BUNDLED_DIR / f"{ref}.yaml") as p:
            rubric = load_rubric_file(p)
        rubric.path = f"(内置) {ref}"
        return rubric
    raise RubricError(f"找不到评分表「{ref}」。",
                      remedy=f"内置评分表有：{'、'.join(bundled_rubric_ids())}；也可以给出自己的 YAML 文件路径。")


def _prune(value: Any) -> Any:
    """Drop empty/default noise so dumped YAML stays readable."""
    if isinstance(value, dict):
        return {k: _prune(v) for k, v in value.items() if v not in (None, [], "", {})}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


_REQUIREMENT_DEFAULTS = {"min": 1, "years": 1, "op": ">=", "onsite": False}


def _requirement_dicts(data: dict):
    for cat in data.get("categories", []):
        for item in cat.get("items", []):
            yield from item.get("requirements", [])
    for tier in data.get("tiers", []):
        for crit in tier.get("criteria", []) + tier.get("vetoes", []):
            yield from crit.get("requirements", [])


def _drop_requirement_defaults(data: dict) -> None:
    for req in _requirement_dicts(data):
        for key, default in _REQUIREMENT_DEFAULTS.items():
            if req.get(key) == default:
                req.pop(key)
    for cat in data.get("categories", []):
        if cat.get("bonus") is False:
            cat.pop("bonus")
        for item in cat.get("items", []):
            for ded in item.get("deductions", []):
                if ded.get("discretionary") is False:
                    ded.pop("discretionary")


def rubric_to_data(rubric: Rubric) -> dict:
    """The rubric as plain data (the YAML/JSON shape), without the loading path; defaults are left out."""
    data = asdict(rubric)
    _drop_requirement_defaults(data)
    data.pop("path", None)
    if rubric.kind == "points":
        data.pop("tiers", None)
    else:
        data.pop("categories", None)
        data.pop("total", None)
    return _prune(data)


def dump_rubric_yaml(rubric: Rubric) -> str:
    return yaml.safe_dump(rubric_to_data(rubric), allow_unicode=True, sort_keys=False, width=120)


# --- one item's readings, corrected by a person (the page's 改正 form) ----------------------------------------------

# What a person corrects on one item: what it checks and how it is scored, and the words that file evidence to it.
# Its printed words (text, scoring, points, evidence) stay as the table printed them.
EDITABLE_ITEM_KEYS: tuple[str, ...] = ("requirements", "deductions", "keywords", "typical_evidence")
_ITEM_WHERE_RE = re.compile(r"^第\d+类[^ ：]* 第\d+项(?:（序号 [^）]*）)? ?")
_LIST_WHERE_RE = re.compile(r"^(?P<list>requirements|deductions) 第(?P<n>\d+)条")


class _ItemDumper(yaml.SafeDumper):
    """Block style, except a list of plain words (keywords) on one line: [支委会, 支部委员会]."""


def _represent_list(dumper: yaml.SafeDumper, data: list):
    flow = bool(data) and all(isinstance(v, str | int | float) for v in data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


_ItemDumper.add_representer(list, _represent_list)


def _item_to_data(item: Item) -> dict:
    """One item as it is written in a rubric file (defaults left out)."""
    data = rubric_to_data(Rubric(id="x", title="x", source="x", kind="points", total=item.points,
                                 categories=[Category(name="x", points=item.points, items=[item])]))
    return data["categories"][0]["items"][0]


def item_yaml(item: Item) -> str:
    """The item's requirements, scoring rules and filing words as YAML text for a person to correct."""
    data = _item_to_data(item)
    shown = {key: data.get(key, []) for key in EDITABLE_ITEM_KEYS}
    return yaml.dump(shown, Dumper=_ItemDumper, allow_unicode=True, sort_keys=False, width=120,
                     default_flow_style=False)


def item_from_yaml(text: str, item: Item, filename: str) -> Item:
    """`item` with its requirements, scoring rules and filing words as written in `text` (item_yaml's shape),
    validated as a rubric file is; RubricError lists every problem with the line of `text` it is on."""
    label = f"第{item.id}项的核查要求"
    try:
        data = yaml.load(text, Loader=_YAML_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        from archive.parse_errors import yaml_error_text

        raise RubricError(f"{label}不是有效的 YAML，{yaml_error_text(exc)}。") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RubricError(f"{label}应写成“requirements:”“deductions:”等几部分（键: 值），第1行起不是这样。")
    root = _composed(text)
    problems = [f"第{_line_under(root, None, None, str(key)) or 1}行：未知字段「{key}」（可写的字段："
                f"{'、'.join(EDITABLE_ITEM_KEYS)}；内容、分值等照原表，在这里不能改）"
                for key in data if key not in EDITABLE_ITEM_KEYS]
    merged = {**_item_to_data(item), **{k: v for k, v in data.items() if k in EDITABLE_ITEM_KEYS}}
    wrapper = {"id": "x", "title": "x", "source": "x", "kind": "points", "total": item.points,
               "categories": [{"name": "x", "points": item.points, "items": [merged]}]}
    corrected = None
    try:
        corrected = rubric_from_data(wrapper, filename).categories[0].items[0]
    except RubricError as exc:
        problems += [_item_problem(p, root) for p in exc.problems]
    if problems or corrected is None:
        raise RubricError(f"{label}有 {len(problems)} 处问题，没有保存：", problems,
                          remedy="请按提示改正后再保存；每种要求的写法见 README“自己的评分表”。")
    return corrected


def _item_problem(problem: str, root) -> str:
    """"第1类「x」 第1项（序号 3） requirements 第2条：字段「type」…" → "第5行，requirements 第2条：字段「type」…",
    the line counted in the item's own text."""
    rest = _ITEM_WHERE_RE.sub("", problem, count=1).removeprefix("：")
    m = _LIST_WHERE_RE.match(rest)
    key = re.search(r"字段「([A-Za-z_]+)」", rest)
    line = _line_under(root, m.group("list"), int(m.group("n")), key.group(1) if key else None) if m else None
    if line is None and m:
        line = _line_under(root, None, None, m.group("list"))
    return f"第{line}行，{rest}" if line else rest
