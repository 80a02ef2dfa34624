"""roster: from the 花名册 (班子成员 or all members): ages at the assessment date, 学历 ordered, roles."""

from __future__ import annotations

import operator
import re

from archive.assess.findings import Context, Finding, join_cn, paths
from archive.assess.records import Record
from archive.assess.textnum import EDUCATION_LEVELS, age_at, education_rank, parse_birth
from archive.rubric.model import Requirement, RosterCondition

NAME_HEADERS = ("姓名", "党员姓名", "名字")
BIRTH_HEADERS = ("出生年月", "出生日期", "出生年份", "出生时间", "生日", "出生")
AGE_HEADERS = ("年龄",)
EDU_HEADERS = ("学历", "文化程度", "最高学历", "全日制学历", "文化")
ROLE_HEADERS = ("职务", "党内职务", "职位", "分工", "现任职务", "党内职务/分工")
BOARD_ROLE = re.compile(r"书记|委员|支委|主任|班子")
OPS = {"<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge}
# A condition's aspect, as a scoring rule names it: the finding counts the people short under these words.
ROSTER_ASPECTS = {"age": "年龄", "education": "学历"}
OP_WORDS = {("age", "<"): "{v}岁以下", ("age", "<="): "{v}岁及以下", ("age", ">"): "{v}岁以上",
            ("age", ">="): "{v}岁及以上", ("education", ">="): "{v}及以上学历", ("education", ">"): "{v}以上学历",
            ("education", "<"): "{v}以下学历", ("education", "<="): "{v}及以下学历"}


def _col(header: list, names: tuple[str, ...]) -> int | None:
    cells = [str(c or "").strip().replace(" ", "") for c in header]
    for n in names:
        if n in cells:
            return cells.index(n)
    for j, c in enumerate(cells):
        if any(n in c for n in names):
            return j
    return None


def read_roster(rec: Record) -> list[dict]:
    """Members as {name, birth, age, education, role}, from every table with a 姓名 header."""
    people = []
    for table in rec.tables:
        rows = [list(r) for r in table.get("rows", []) if isinstance(r, list)]
        for i, row in enumerate(rows[:10]):
            name_c = _col(row, NAME_HEADERS)
            if name_c is None:
                continue
            birth_c, age_c = _col(row, BIRTH_HEADERS), _col(row, AGE_HEADERS)
            edu_c, role_c = _col(row, EDU_HEADERS), _col(row, ROLE_HEADERS)
            if birth_c is None and age_c is None and edu_c is None:
                continue
            for data in rows[i + 1:]:
                def cell(j, data=data):
                    return data[j] if j is not None and j < len(data) else None
                name = str(cell(name_c) or "").strip()
                if not re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", name) or name in ("合计", "小计"):
                    continue
                age_cell = cell(age_c)
                people.append({
                    "name": name, "birth": parse_birth(cell(birth_c)),
                    "age": int(float(age_cell)) if re.fullmatch(r"\d+(\.0)?", str(age_cell or "").strip()) else None,
                    "education": education_rank(cell(edu_c)), "education_text": str(cell(edu_c) or "").strip(),
                    "role": str(cell(role_c) or "").strip(), "has_role": role_c is not None,
                })
            break
    return people


def _value(cond: RosterCondition):
    if cond.field == "education":
        rank = education_rank(cond.value)
        return rank if rank is not None else 0
    return int(cond.value)


def _label(cond: RosterCondition) -> str:
    value = cond.value
    if cond.field == "education":
        rank = education_rank(value)
        value = EDUCATION_LEVELS[rank] if rank is not None else value
    text = OP_WORDS.get((cond.field, cond.op), "{v}").format(v=value)
    return f"{cond.role}{text}" if cond.role else text


def check_roster(ctx: Context, req: Requirement, records: list[Record]) -> Finding:
    f = Finding(req.id, req.type, True, "", description=req.description)
    board = "班子" in req.description or "班子成员" in req.keywords
    best: tuple[Record, list[dict]] | None = None
    for rec in sorted(records, key=lambda r: (r.date is not None, r.date or ctx.as_of), reverse=True):
        people = read_roster(rec)
        if people:
            best = (rec, people)
            break
    if best is None:
        f.evidence = paths(records)
        if records:
            f.met = None
            f.detail = f"有花名册{len(records)}件，但读不出姓名、出生年月或学历，请人工核对。"
        else:
            f.met, f.shortfall, f.units, f.missing = False, 1.0, 1.0, ["花名册"]
            f.detail = "没有花名册，无法核对班子成员的年龄和学历。" if board else "没有花名册。"
        return f
    rec, people = best
    f.evidence = [rec.path]
    note = ""
    if board:
        if any(p["has_role"] for p in people):
            people = [p for p in people if BOARD_ROLE.search(p["role"])]
        else:
            note = "花名册没有职务一栏，按全体人员核对；"
    group = "班子成员" if board else "人员"
    parts, missing = [], []
    for cond in req.conditions:
        pool = [p for p in people if not cond.role or cond.role in p["role"]]
        hits = []
        for p in pool:
            if cond.field == "age":
                age = age_at(p["birth"], ctx.as_of) if p["birth"] else p["age"]
                if age is not None and OPS[cond.op](age, _value(cond)):
                    hits.append(f"{p['name']}{age}岁")
            elif p["education"] is not None and OPS[cond.op](p["education"], _value(cond)):
                hits.append(f"{p['name']}{p['education_text']}")
        label = _label(cond)
        text = f"{label}{len(hits)}人" + (f"（{join_cn(hits[:6])}）" if hits else "") + f"，要求至少{cond.min}人"
        parts.append(text)
        if len(hits) < cond.min:
            missing.append(f"{label}少{cond.min - len(hits)}人")
            # people short on each aspect: a scoring rule on one aspect ("本科学历成员每少1名扣0.5分") reads its own
            f.counts[ROSTER_ASPECTS[cond.field]] = f.counts.get(ROSTER_ASPECTS[cond.field], 0.0) + cond.min - len(hits)
    f.detail = (f"据《{rec.name}》，{note}{group}{len(people)}人（年龄按{ctx.as_of.year}年{ctx.as_of.month}月"
                f"{ctx.as_of.day}日计）：" + "；".join(parts) + "。")
    if missing:
        f.met, f.missing = False, missing
        f.units = float(len(missing))
        f.shortfall = len(missing) / max(1, len(req.conditions))
    return f
