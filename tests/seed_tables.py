"""The seed rubrics' printed tables, rebuilt as Word/Excel files, and comparisons of what `import_rubric` makes of
them with the bundled (hand-encoded) rubrics.

`build_seed_table(seed_id, folder, fmt)` lays out seed000–seed003 as their seed text (../shared/seeds/*.txt) prints
them, with the bundled rubric's corrected wording, so that comparing an import with the bundled YAML isolates what
the importer reads and infers:

- seed000  附件 / title / 项目 | 序号 | 内容 | 标准分 | 自评分 | 考核分; each category cell ("领导班子好\\n20分") merged
           over its items; a closing 备注 row (备注 | the note merged across the other columns). No scoring or method
           column: the seed has none.
- seed001  title / 目标项目 | 目标要求 | 评分标准 | 考核方式 | 分值 | 得分; no 序号 (rows in the bundled order), points
           printed "10分". The bundled text of an item is "目标项目：目标要求"; the table prints the two in their own
           columns.
- seed002  附件 / title / a first column with the vertical label 党群工作18分 merged over the header and every row |
           工作目标 | 扣分标准. No points column: each item's points are printed at the end of its 工作目标 ("（2分）").
           Only items 1–8 are printed (the table breaks off in item 8's 扣分标准); the bundled items 9–11 and the
           other eight categories come from the notice's body text, not from the table.
- seed003  附件 / title / 类别 | 序号 | 内容 | 权重; category cells ("建立健全社区干部培养管理机制\\n20分") merged.

`printed_rubric(seed_id)` is the bundled rubric reshaped to what its printed table states (the expected structure of
an import); `structure_differences`, `rubric_differences` and `assessment_differences` list disagreements as readable
lines (empty list: agreement).
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from archive.rubric.loader import load_rubric
from archive.rubric.model import Category, Deduction, Item, Requirement, Rubric

SEEDS: tuple[str, ...] = ("seed000", "seed001", "seed002", "seed003")
FORMATS: tuple[str, ...] = ("docx", "xlsx")

# The 备注 row closing seed000's table (原表备注), as the seed prints it.
SEED000_REMARK = "对具有首创性、特色性且推广价值大的做法，经区委组织部会同有关部门考核后，可酌情另行加分。"
# Titles as printed above each table (the bundled seed002 title adds "（城北街道）", which the table does not print).
PRINTED_TITLES = {
    "seed000": "XX区社区党组织党建工作百分考核评分表",
    "seed001": "2014年度苏木镇基层党建工作考核评分细则",
    "seed002": "二〇〇八年社区工作目标管理量化考核细则",
    "seed003": "吴中区“六位一体”社区党建机制考评细则",
}
# seed002: the items its table prints; 9–11 were added from the notice's figures by the encoder.
SEED002_PRINTED = ("1", "2", "3", "4", "5", "6", "7", "8")
_SEED002_GROUP = re.compile(r"^（[^）]{2,8}）")  # "（党组织建设）": the encoder's grouping note, not printed


def _fmt(x: float) -> str:
    return f"{x:g}"


# ---------------------------------------------------------------- table layouts


@dataclass
class TableSpec:
    """One printed table: paragraphs above it, its rows (row 0 the header) and its merged cells.

    A merge is (first_row, first_col, last_row, last_col) in table coordinates; the text of a merged cell is the
    text of its top-left position, the other positions of the merge hold "". A cell's lines are separated by "\\n".
    """

    above: list[str]
    rows: list[list[str]]
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    numeric_cols: tuple[int, ...] = ()  # Excel: write these cells as numbers when they are plain numbers

    @property
    def width(self) -> int:
        return len(self.rows[0])


def _category_label(cat: Category) -> str:
    return f"{cat.name}\n{_fmt(cat.points)}分"


def _grouped_rows(rubric: Rubric, header: list[str], cat_col: int, row_of) -> TableSpec:
    """Rows item by item, each category's label merged vertically over its items."""
    rows: list[list[str]] = [header]
    merges: list[tuple[int, int, int, int]] = []
    for cat in rubric.categories:
        if not cat.items:
            continue
        first = len(rows)
        for n, item in enumerate(cat.items):
            row = row_of(item)
            row.insert(cat_col, _category_label(cat) if n == 0 else "")
            rows.append(row)
        if len(rows) - 1 > first:
            merges.append((first, cat_col, len(rows) - 1, cat_col))
    return TableSpec(above=[], rows=rows, merges=merges)


def _seed000(rubric: Rubric, remark: bool = True) -> TableSpec:
    spec = _grouped_rows(rubric, ["项目", "序号", "内容", "标准分", "自评分", "考核分"], 0,
                         lambda it: [it.id, it.text, _fmt(it.points), "", ""])
    if remark:
        last = len(spec.rows)
        spec.rows.append(["备注", SEED000_REMARK, "", "", "", ""])
        spec.merges.append((last, 1, last, 5))
    spec.above = ["附件", PRINTED_TITLES["seed000"]]
    spec.numeric_cols = (1, 3)
    return spec


def _split_target(text: str) -> tuple[str, str]:
    """seed001's bundled text "目标项目：目标要求" → its two printed cells."""
    name, _, rest = text.partition("：")
    return name, rest


def _seed001(rubric: Rubric) -> TableSpec:
    rows = [["目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"]]
    for item in rubric.items():
        name, target = _split_target(item.text)
        rows.append([name, target, item.scoring, "、".join(item.method), f"{_fmt(item.points)}分", ""])
    return TableSpec(above=[PRINTED_TITLES["seed001"]], rows=rows)


def _seed002_text(item: Item) -> str:
    return _SEED002_GROUP.sub("", item.text)


def _seed002(rubric: Rubric) -> TableSpec:
    cat = rubric.categories[0]
    label = "\n".join(["党", "群", "工", "作", _fmt(cat.points), "分"])  # printed vertically, one glyph a line
    rows = [[label, "工作目标", "扣分标准"]]
    for item in cat.items:
        if item.id in SEED002_PRINTED:
            rows.append(["", f"{_seed002_text(item).rstrip('。')}（{_fmt(item.points)}分）", item.scoring])
    return TableSpec(above=["附件", PRINTED_TITLES["seed002"]], rows=rows, merges=[(0, 0, len(rows) - 1, 0)])


def _seed003(rubric: Rubric) -> TableSpec:
    spec = _grouped_rows(rubric, ["类别", "序号", "内容", "权重"], 0, lambda it: [it.id, it.text, _fmt(it.points)])
    spec.above = ["附件", PRINTED_TITLES["seed003"]]
    spec.numeric_cols = (1, 3)
    return spec


_LAYOUTS = {"seed000": _seed000, "seed001": _seed001, "seed002": _seed002, "seed003": _seed003}


def table_spec(seed_id: str, remark: bool = True) -> TableSpec:
    if seed_id not in _LAYOUTS:
        raise ValueError(f"no printed table for {seed_id} (seed004 is a tier rubric)")
    rubric = load_rubric(seed_id)
    return _seed000(rubric, remark) if seed_id == "seed000" else _LAYOUTS[seed_id](rubric)


def _covered(spec: TableSpec) -> set[tuple[int, int]]:
    """Positions inside a merge other than its top-left one."""
    out: set[tuple[int, int]] = set()
    for r1, c1, r2, c2 in spec.merges:
        out |= {(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)} - {(r1, c1)}
    return out


def _set_cell_text(cell, text: str) -> None:
    """Each line its own paragraph, as Word users type a category cell ("领导班子好" ⏎ "20分")."""
    for p in cell.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    lines = text.split("\n")
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def _write_docx(spec: TableSpec, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    for i, text in enumerate(spec.above):
        p = document.add_paragraph(text)
        if i == len(spec.above) - 1:  # the title, centred above the table
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = document.add_table(rows=len(spec.rows), cols=spec.width)
    table.style = "Table Grid"
    header_props = table.rows[0]._tr.get_or_add_trPr()  # the header repeats on every page, as printed
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    header_props.append(repeat)
    for r1, c1, r2, c2 in spec.merges:
        table.cell(r1, c1).merge(table.cell(r2, c2))
    covered = _covered(spec)
    for r, row in enumerate(spec.rows):
        for c, text in enumerate(row):
            if text and (r, c) not in covered:
                _set_cell_text(table.cell(r, c), text)
    document.save(str(path))


def _xlsx_value(text: str, numeric: bool):
    if numeric and re.fullmatch(r"\d+(?:\.\d+)?", text):
        value = float(text)
        return int(value) if value.is_integer() else value
    return text or None


def _write_xlsx(spec: TableSpec, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    for text in spec.above:
        ws.append([text])
    if spec.above:  # the title spans the table
        last = len(spec.above)
        ws.merge_cells(start_row=last, start_column=1, end_row=last, end_column=spec.width)
    offset = len(spec.above)
    covered = _covered(spec)
    for r, row in enumerate(spec.rows):
        ws.append([None if (r, c) in covered else _xlsx_value(text, r > 0 and c in spec.numeric_cols)
                   for c, text in enumerate(row)])
    for r1, c1, r2, c2 in spec.merges:
        ws.merge_cells(start_row=offset + r1 + 1, start_column=c1 + 1, end_row=offset + r2 + 1, end_column=c2 + 1)
    for row in ws.iter_rows(min_row=offset + 1):
        for cell in row:
            if isinstance(cell.value, str) and "\n" in cell.value:
                cell.alignment = Alignment(wrap_text=True, vertical="center")
    wb.save(str(path))


def build_seed_table(seed_id: str, folder: Path, fmt: str = "docx", *, remark: bool = True) -> Path:
    """Write seed_id's printed table as `folder/<seed_id>.<fmt>` (docx or xlsx) and return its path.

    remark=False leaves out seed000's closing 备注 row (the importer cannot read it yet: see
    tests/test_rubric_seed_tables.py); the other seeds print none."""
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}, not {fmt!r}")
    spec = table_spec(seed_id, remark)
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{seed_id}.{fmt}"
    (_write_docx if fmt == "docx" else _write_xlsx)(spec, path)
    return path


# ---------------------------------------------------------------- what the printed table states


def printed_rubric(seed_id: str) -> Rubric:
    """The bundled rubric reshaped to what its printed table states: the structure an import should have.

    Methods and scoring are kept only where the table prints those columns; seed001's 目标项目 are the categories
    its table prints (one item each, text = 目标要求); seed002 keeps the printed items 1–8 under 党群工作 (points =
    their sum, as the importer sums a category's items), without the encoder's grouping notes."""
    rubric = copy.deepcopy(load_rubric(seed_id))
    rubric.title = PRINTED_TITLES[seed_id]
    if seed_id in ("seed000", "seed003"):
        for item in rubric.items():
            item.method, item.scoring = [], ""
    elif seed_id == "seed001":
        categories = []
        for item in rubric.items():
            name, target = _split_target(item.text)
            item.text = target
            categories.append(Category(name=name, points=item.points, items=[item]))
        rubric.categories = categories
    elif seed_id == "seed002":
        cat = rubric.categories[0]
        cat.items = [it for it in cat.items if it.id in SEED002_PRINTED]
        for item in cat.items:
            item.text = _seed002_text(item)
            item.method = []
        cat.points = sum(it.points for it in cat.items)
        rubric.categories = [cat]
    rubric.total = sum(c.points for c in rubric.categories)
    return rubric


def _norm_text(text: str) -> str:
    return re.sub(r"\s+", "", text).rstrip("。")


def structure_differences(expected: Rubric, imported: Rubric) -> list[str]:
    """What the import got wrong of the printed structure: title, categories (name, points, items), and per item
    id, text, points, scoring text and methods (expected: `printed_rubric(seed)`)."""
    out: list[str] = []
    if expected.title != imported.title:
        out.append(f"标题：应为「{expected.title}」，导入为「{imported.title}」")
    if abs(expected.total - imported.total) > 1e-6:
        out.append(f"总分：应为 {_fmt(expected.total)}，导入为 {_fmt(imported.total)}")
    exp_cats = [(c.name, c.points, [it.id for it in c.items]) for c in expected.categories if c.items]
    imp_cats = [(c.name, c.points, [it.id for it in c.items]) for c in imported.categories if c.items]
    if exp_cats != imp_cats:
        for n in range(max(len(exp_cats), len(imp_cats))):
            e = exp_cats[n] if n < len(exp_cats) else None
            i = imp_cats[n] if n < len(imp_cats) else None
            if e != i:
                show = lambda c: "无" if c is None else f"{c[0]}（{_fmt(c[1])}分，第{'、'.join(c[2])}项）"  # noqa: E731
                out.append(f"第{n + 1}个类别：应为 {show(e)}，导入为 {show(i)}")
    exp_ids = [it.id for it in expected.items()]
    imp_ids = [it.id for it in imported.items()]
    if exp_ids != imp_ids:
        out.append(f"序号：应为 {exp_ids}，导入为 {imp_ids}")
    for e in expected.items():
        i = imported.item(e.id)
        if i is None:
            out.append(f"第{e.id}项：导入结果中没有")
            continue
        if _norm_text(e.text) != _norm_text(i.text):
            out.append(f"第{e.id}项 内容：应为「{e.text}」，导入为「{i.text}」")
        if abs(e.points - i.points) > 1e-6:
            out.append(f"第{e.id}项 标准分：应为 {_fmt(e.points)}，导入为 {_fmt(i.points)}")
        if _norm_text(e.scoring) != _norm_text(i.scoring):
            out.append(f"第{e.id}项 评分标准：应为「{e.scoring}」，导入为「{i.scoring}」")
        if e.method != i.method:
            out.append(f"第{e.id}项 考核方式：应为 {e.method}，导入为 {i.method}")
    return out


# ---------------------------------------------------------------- requirements and deductions


# The fields that decide what a requirement checks, per type (keywords, descriptions and measures are words).
REQUIREMENT_FIELDS: dict[str, tuple[str, ...]] = {
    "doc": ("kind", "meeting_type", "min", "years"),
    "count": ("kind", "meeting_type", "per", "min", "years"),
    "window": ("kind", "window", "years"),
    "rate": ("kind", "op", "threshold"),
    "ledger": ("kind",),
    "roster": ("kind", "conditions"),
    "photo": ("kind", "min"),
    "duration": ("amount", "unit", "years"),
    "judgement": (),
}
DEDUCTION_FIELDS: tuple[str, ...] = ("points", "per_unit", "unit", "cap", "discretionary", "step", "points_min")


def _value(obj, name: str):
    value = getattr(obj, name, None)
    if isinstance(value, float):
        return round(value, 6)
    if name == "conditions":
        return tuple(sorted((c.field, c.op, str(c.value), c.min, c.role or "") for c in value or []))
    return value


def requirement_key(req: Requirement) -> tuple:
    """The type and the fields that decide what is checked; `onsite` (inspectors check it on site) for every type."""
    fields = (*REQUIREMENT_FIELDS.get(req.type, ()), "onsite")
    return (req.type, *((f, bool(_value(req, f)) if f == "onsite" else _value(req, f)) for f in fields))


def _show_value(value) -> str:
    if isinstance(value, tuple):  # roster conditions
        return "[" + "；".join(f"{f}{op}{v}×{m}" + (f"（{role}）" if role else "") for f, op, v, m, role in value) + "]"
    if isinstance(value, float):
        return _fmt(value)
    return str(value)


def show_requirement(req: Requirement) -> str:
    fields = ", ".join(f"{f}={_show_value(v)}" for f, v in requirement_key(req)[1:]
                       if v not in (None, (), "") and v is not False and not (f in ("min", "years") and v == 1))
    return f"{req.type}{{{fields}}}（{req.description}）"


def _follows(ded: Deduction, reqs: list[Requirement]) -> tuple[str, ...]:
    """The types of the requirements a rule follows (their ids differ between rubrics); ("任一",) for any."""
    by_id = {r.id: r for r in reqs}
    ids = ded.requirement_ids()
    if not ids:
        return ("任一",)
    return tuple(sorted(by_id[i].type if i in by_id else f"?{i}" for i in ids))


def deduction_key(ded: Deduction, reqs: list[Requirement]) -> tuple:
    values = tuple((f, _value(ded, f)) for f in DEDUCTION_FIELDS)
    return (*((f, v) for f, v in values if v not in (None, False)), ("follows", _follows(ded, reqs)))


def show_deduction(ded: Deduction, reqs: list[Requirement]) -> str:
    fields = ", ".join(f"{f}={'+'.join(v) if f == 'follows' else _show_value(v)}"
                       for f, v in deduction_key(ded, reqs))
    return f"「{ded.text}」{{{fields}}}"


def _pair_exact(left: list, right: list, key) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pairs of equal keys (one to one, in order); the indexes left unpaired on either side."""
    l_left, r_left = list(range(len(left))), list(range(len(right)))
    pairs: list[tuple[int, int]] = []
    for li in list(l_left):
        k = key(left[li])
        ri = next((j for j in r_left if key(right[j]) == k), None)
        if ri is not None:
            pairs.append((li, ri))
            l_left.remove(li)
            r_left.remove(ri)
    return pairs, l_left, r_left


def _pair(bundled: list, imported: list, key, kind_of) -> tuple[list[tuple[int, int]], list[tuple[int, int]],
                                                                 list[int], list[int]]:
    """Exact pairs (same key), then pairs of the same kind in order; the rest unpaired on either side."""
    exact, b_left, i_left = _pair_exact(bundled, imported, key)
    near: list[tuple[int, int]] = []
    for bi in list(b_left):
        ii = next((j for j in i_left if kind_of(imported[j]) == kind_of(bundled[bi])), None)
        if ii is not None:
            near.append((bi, ii))
            b_left.remove(bi)
            i_left.remove(ii)
    return exact, near, b_left, i_left


@dataclass
class ItemAgreement:
    item_id: str
    requirements: int  # bundled requirements
    requirements_matched: int  # bundled requirements an imported one equals (one to one)
    deductions: int
    deductions_matched: int
    lines: list[str] = field(default_factory=list)

    @property
    def agrees(self) -> bool:
        return not self.lines


def item_agreement(bundled: Item, imported: Item | None) -> ItemAgreement:
    """Compare one item's requirements and deductions (bundled vs imported), by type and key fields."""
    n_req, n_ded = len(bundled.requirements), len(bundled.deductions)
    head = f"第{bundled.id}项"
    if imported is None:
        return ItemAgreement(bundled.id, n_req, 0, n_ded, 0, [f"{head}：导入结果中没有这一项"])
    lines: list[str] = []
    exact, near, b_left, i_left = _pair(bundled.requirements, imported.requirements, requirement_key,
                                        lambda r: r.type)
    for bi, ii in near:
        b, i = bundled.requirements[bi], imported.requirements[ii]
        diffs = [f"{f} {_show_value(vb)}≠{_show_value(vi)}"
                 for (f, vb), (_, vi) in zip(requirement_key(b)[1:], requirement_key(i)[1:], strict=True) if vb != vi]
        lines.append(f"{head}：要求 {show_requirement(b)} 与导入的 {show_requirement(i)} 不同：{'，'.join(diffs)}")
    lines += [f"{head}：缺少要求 {show_requirement(bundled.requirements[k])}" for k in b_left]
    lines += [f"{head}：多出要求 {show_requirement(imported.requirements[k])}" for k in i_left]

    def dkey_b(d):
        return deduction_key(d, bundled.requirements)

    def dkey_i(d):
        return deduction_key(d, imported.requirements)

    b_keys = [dkey_b(d) for d in bundled.deductions]
    i_keys = [dkey_i(d) for d in imported.deductions]
    used: set[int] = set()
    d_matched = 0
    for bi, kb in enumerate(b_keys):
        ii = next((j for j, ki in enumerate(i_keys) if j not in used and ki == kb), None)
        if ii is None:
            lines.append(f"{head}：扣分规则 {show_deduction(bundled.deductions[bi], bundled.requirements)} 导入中没有")
        else:
            used.add(ii)
            d_matched += 1
    lines += [f"{head}：多出扣分规则 {show_deduction(d, imported.requirements)}"
              for j, d in enumerate(imported.deductions) if j not in used]
    return ItemAgreement(bundled.id, n_req, len(exact), n_ded, d_matched, lines)


def rubric_agreement(bundled: Rubric, imported: Rubric) -> list[ItemAgreement]:
    return [item_agreement(it, imported.item(it.id)) for it in bundled.items()]


def rubric_differences(bundled: Rubric, imported: Rubric) -> list[str]:
    """Every bundled item's requirements and deductions against the imported item's: one line per difference."""
    return [line for a in rubric_agreement(bundled, imported) for line in a.lines]


# ---------------------------------------------------------------- assessments (status --json shapes)


_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_PERIOD_LABEL = re.compile(r"^(?:第[一二三四]季度|[上下]半年)$")
_OWN_WORDS = "〈本项要求〉"


def _numbers(finding: dict) -> list[str]:
    """The figures a finding states (counts, rates, dates), without those of the requirement's own wording or of
    the score estimate's note (the item's score is compared on its own)."""
    detail = finding.get("detail") or ""
    for words in (finding.get("description"), finding.get("score_note")):
        if words:
            detail = detail.replace(words, "")
    return _NUMBER.findall(detail)


def _missing(finding: dict) -> list[str]:
    """The missing units, with the requirement's own words (its description or measure, which differ in wording
    between a hand-written and an inferred rubric) reduced to one token, and "<measure>88.4%" to "88.4%"."""
    description = finding.get("description") or ""
    out = []
    for entry in finding.get("missing") or []:
        rate = re.search(r"\d+(?:\.\d+)?%$", entry)
        if entry == description:
            out.append(_OWN_WORDS)
        elif rate and not _NUMBER.search(entry[:rate.start()]):
            out.append(rate.group())
        elif not _NUMBER.search(entry) and not _PERIOD_LABEL.match(entry):
            out.append(_OWN_WORDS)
        else:
            out.append(entry)
    return out


def _finding_sig(f: dict) -> tuple:
    """What is compared of a finding (type, verdict, missing units, figures), plus its evidence for pairing."""
    return (f["type"], f["met"], tuple(_missing(f)), tuple(_numbers(f)), tuple(sorted(f.get("evidence") or [])))


def _show_finding(f: dict) -> str:
    met = {True: "达标", False: "未达标", None: "待人工确认"}[f["met"]]
    return f"{f['type']}〔{met}〕{f.get('detail', '')[:120]}"


def _pair_findings(a: list[dict], b: list[dict]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Findings of the same requirement in two assessments: equal signatures (evidence included) first, then, among
    findings of the same type, the one resting on the most of the same evidence (then the same verdict, then
    order)."""
    _, a_left, b_left = _pair_exact(a, b, _finding_sig)
    near: list[tuple[int, int]] = []
    b_free = list(b_left)
    for ai in list(a_left):
        fa = a[ai]
        same = [bi for bi in b_free if b[bi]["type"] == fa["type"]]
        if not same:
            continue
        ev = set(fa.get("evidence") or [])
        bi = max(same, key=lambda j: (len(ev & set(b[j].get("evidence") or [])), b[j]["met"] == fa["met"], -j))
        near.append((ai, bi))
        a_left.remove(ai)
        b_free.remove(bi)
    return near, a_left, b_free


def assessment_differences(a_json: dict, b_json: dict) -> list[str]:
    """Per item of two `status --json` results (a: bundled rubric, b: imported): status, score, and each finding's
    met, missing units and the numbers in its detail. Findings pair by type: equal ones first, then by shared evidence."""
    out: list[str] = []
    b_items = {it["id"]: it for it in b_json["items"]}
    for a in a_json["items"]:
        head = f"第{a['id']}项"
        b = b_items.get(a["id"])
        if b is None:
            out.append(f"{head}：导入评分表的评估中没有这一项")
            continue
        if a["status"] != b["status"]:
            out.append(f"{head}：状态 {a['status']} → {b['status']}")
        if abs(a["score"] - b["score"]) > 0.005:
            out.append(f"{head}：估算得分 {_fmt(a['score'])} → {_fmt(b['score'])}")
        near, a_left, b_left = _pair_findings(a["findings"], b["findings"])
        for ai, bi in near:
            fa, fb = a["findings"][ai], b["findings"][bi]
            what = []
            if fa["met"] != fb["met"]:
                what.append(f"met {fa['met']}→{fb['met']}")
            if _missing(fa) != _missing(fb):
                what.append(f"缺项 {fa.get('missing')}→{fb.get('missing')}")
            if _numbers(fa) != _numbers(fb):
                what.append(f"数字 {_numbers(fa)}→{_numbers(fb)}")
            if not what:  # the same verdict, units and figures on other files: not a difference of the result
                continue
            out.append(f"{head}：发现不同（{'；'.join(what)}）：{_show_finding(fa)} ⇢ {_show_finding(fb)}")
        out += [f"{head}：导入评分表缺少发现 {_show_finding(a['findings'][k])}" for k in a_left]
        out += [f"{head}：导入评分表多出发现 {_show_finding(b['findings'][k])}" for k in b_left]
    extra = [it["id"] for it in b_json["items"] if it["id"] not in {a["id"] for a in a_json["items"]}]
    if extra:
        out.append(f"导入评分表多出评分项：{'、'.join(extra)}")
    return out


# ---------------------------------------------------------------- the three archives of the assessment comparison


REPO = Path(__file__).resolve().parent.parent
ARCHIVES: tuple[str, ...] = ("sample", "labelled", "heldout")
# Without OCR: both rubrics assess the same pool, so recognition changes nothing that is compared, and the archives
# build in seconds.
DEFAULT_OCR = {"sample": False, "labelled": False, "heldout": False}


@dataclass
class Frame:
    """An ingested, filed archive: the catalog pool (filings of seed000) and the frame it is assessed in."""

    name: str
    root: Path
    pool: object
    year: int
    as_of: dt.date
    org: str
    settings: dict


def _cli(*args: str) -> tuple[int, str, str]:
    from click.testing import CliRunner

    from archive import cli as cli_module

    result = CliRunner().invoke(cli_module.main_for_tests, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _checked(code_out_err: tuple[int, str, str], ok: tuple[int, ...], what: str) -> None:
    code, _, err = code_out_err
    if code not in ok:
        raise RuntimeError(f"{what} exited {code}: {err.strip()[:300]}")


def _file_manual(root: Path, filings: dict[str, list[str]]) -> int:
    """path → seed000 items, filed by hand (source manual), as the existing tests file them; returns the count."""
    conn = sqlite3.connect(root / ".taizhang" / "catalog.sqlite")
    ids = {path: eid for eid, path in conn.execute("SELECT id, path FROM evidence")}
    n = 0
    with conn:
        for path, items in filings.items():
            for item in items:
                if path in ids:
                    conn.execute("INSERT OR IGNORE INTO filings (evidence_id, rubric_id, item_id, source, who, at) "
                                 "VALUES (?, 'seed000', ?, 'manual', '测试', '2025-12-31T00:00:00')",
                                 (ids[path], item))
                    n += 1
    conn.close()
    return n


def _frame(name: str, root: Path, year: int, as_of: dt.date) -> Frame:
    from archive.assess.records import load_pool
    from archive.assess.settings import read_settings
    from archive.catalog import connect
    from archive.workspace import open_workspace

    ws = open_workspace(root)
    conn = connect(ws.catalog_path)
    try:
        pool = load_pool(conn, "seed000")
    finally:
        conn.close()
    return Frame(name, root, pool, year, as_of, ws.config.org, read_settings(ws))


def build_archive(name: str, work: Path, ocr: bool | None = None) -> Frame:
    """Build, ingest and file one of ARCHIVES under `work` as the existing tests do for seed000:

    - sample: a copy of sample_evidence/, `ingest --jobs 2`, tests/test_assess_sample.py's MANUAL_FILINGS; as of
      2025-12-31;
    - labelled: tests/labelled_year, every (non-copy) file filed to its label's items; as of 2025-12-31;
    - heldout: tests/heldout_year, every usable file filed to its label's items; as of 2026-01-15."""
    ocr = DEFAULT_OCR[name] if ocr is None else ocr
    no_ocr = () if ocr else ("--no-ocr",)
    work = Path(work)
    work.mkdir(parents=True, exist_ok=True)
    if name == "sample":
        from test_assess_sample import MANUAL_FILINGS

        root = work / "幸福里"
        if ocr:
            shutil.copytree(REPO / "sample_evidence", root)
            _checked(_cli("init", str(root), "--org", "幸福里社区党支部", "--year", "2025"), (0,), "init")
            _checked(_cli("--archive", str(root), "ingest", "--jobs", "2"), (0, 3), "ingest")
        else:  # the same archive, ingested once per test run for every module that needs it (conftest)
            from conftest import sample_archive

            sample_archive(None, root)
        filings: dict[str, list[str]] = {}
        for item, paths in MANUAL_FILINGS.items():
            for path in paths:
                filings.setdefault(path, []).append(item)
        _file_manual(root, filings)
        return _frame(name, root, 2025, dt.date(2025, 12, 31))
    if name == "labelled":
        root = work / "东湖社区"
        if ocr:
            from labelled_year import build_year

            labels = build_year(root)
            _checked(_cli("init", str(root), "--org", labels.org, "--year", str(labels.year)), (0,), "init")
            _checked(_cli("--archive", str(root), "ingest"), (0, 3), "ingest")
        else:  # the same archive (build_year, init, ingest --no-ocr), built once per test run (conftest)
            from conftest import labelled_archive, labelled_year_folder

            labelled_archive(root)
            labels = labelled_year_folder()[1]
        _file_manual(root, {lab.path: list(lab.items) for lab in labels.files if not lab.duplicate_of})
        return _frame(name, root, labels.year, dt.date(labels.year, 12, 31))
    if name == "heldout":
        from heldout_year import ORG, build_heldout_year

        root = work / "红枫社区"
        _checked(_cli("init", str(root), "--org", ORG, "--year", "2025"), (0,), "init")
        labels = build_heldout_year(root)
        _checked(_cli("--archive", str(root), "ingest", *no_ocr), (0, 3), "ingest")
        _file_manual(root, {lab.path: list(lab.items) for lab in labels.usable(ocr=ocr)})
        return _frame(name, root, 2025, dt.date(2026, 1, 15))
    raise ValueError(f"unknown archive {name!r}; one of {ARCHIVES}")


def assess_json(rubric: Rubric, frame: Frame) -> dict:
    """`status --json` of `rubric` over the frame's pool (no overrides)."""
    from archive.assess.engine import assess_pool

    return assess_pool(rubric, frame.pool, frame.year, frame.as_of, frame.org, settings=frame.settings).to_json()
