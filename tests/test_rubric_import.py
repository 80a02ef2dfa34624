"""Import of a 评分表 from Word/Excel, and the deduction-rule parser."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest
import yaml

from archive.errors import ImportFailed, RubricError
from archive.rubric.deductions import parse_deductions, parse_number
from archive.rubric.importer import IMPORTED_REQUIREMENT, import_rubric
from archive.rubric.loader import dump_rubric_yaml, rubric_from_data, rubric_to_data
from archive.rubric.model import Deduction, ScoreBand

TITLE = "某某社区2024年度党建工作考核评分表"
# Shuffled columns, with an extra 自评分 column that must be ignored.
HEADER = ["序号", "考核内容", "项目", "考核方式", "标准分", "自评分", "评分标准"]
# (category, item id, text, points, scoring, method)
ROWS = [
    ("领导班子好", "1", "每月召开支部委员会", "4分", "少一次扣0.5分", "查看档案材料、谈话了解"),
    ("领导班子好", "2", "年初制定党建工作计划", "3", "未制定计划扣2分", "查看档案材料"),
    ("领导班子好", "3", "班子成员团结协作", "3", "酌情扣分", "谈话了解"),
    ("党员队伍好", "4", "每季度讲一次党课", "4.5", "每缺一次扣1分", "查看档案材料"),
    ("党员队伍好", "5", "党员参加志愿服务", "3.5分", "每缺一人扣0.5分", "实地查验，谈话了解"),
]
CATEGORY_LABELS = {"领导班子好": "领导班子好\n10分", "党员队伍好": "党员队伍好"}

EXPECTED_ITEMS = {
    "1": ("领导班子好", "每月召开支部委员会", 4.0, [Deduction("少一次扣0.5分", per_unit=0.5, unit="次", requirement="r1")],
          ["查看档案材料", "谈话了解"]),
    "2": ("领导班子好", "年初制定党建工作计划", 3.0, [Deduction("未制定计划扣2分", points=2.0, requirement="r1")], ["查看档案材料"]),
    "3": ("领导班子好", "班子成员团结协作", 3.0, [Deduction("酌情扣分", discretionary=True)], ["谈话了解"]),
    "4": ("党员队伍好", "每季度讲一次党课", 4.5, [Deduction("每缺一次扣1分", per_unit=1.0, unit="次", requirement="r1")], ["查看档案材料"]),
    "5": ("党员队伍好", "党员参加志愿服务", 3.5, [Deduction("每缺一人扣0.5分", per_unit=0.5, unit="人", requirement="r1")],
          ["实地查验", "谈话了解"]),
}


def _merge_docx_column(table, col: int, first: int, last: int, text: str) -> None:
    merged = table.cell(first, col).merge(table.cell(last, col))
    merged.text = text


def _fill_docx_rows(table, start: int, rows) -> None:
    cat_col = HEADER.index("项目")
    for r, (_cat, item_id, text, points, scoring, method) in enumerate(rows, start=start):
        values = {"序号": item_id, "考核内容": text, "考核方式": method, "标准分": points, "自评分": "",
                  "评分标准": scoring}
        for c, head in enumerate(HEADER):
            if c != cat_col:
                table.cell(r, c).text = values[head]


def _merge_docx_categories(table, start: int, rows, labels: dict[str, str]) -> None:
    """Merge each run of equal categories vertically, as Word users do."""
    cat_col = HEADER.index("项目")
    r = start
    while r < start + len(rows):
        cat = rows[r - start][0]
        end = r
        while end + 1 < start + len(rows) and rows[end + 1 - start][0] == cat:
            end += 1
        if end > r:
            _merge_docx_column(table, cat_col, r, end, labels.get(cat, cat))
        else:
            table.cell(r, cat_col).text = labels.get(cat, cat)
        r = end + 1


def make_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("附件1")
    table = document.add_table(rows=2 + len(ROWS), cols=len(HEADER))
    title = table.cell(0, 0).merge(table.cell(0, len(HEADER) - 1))
    title.text = TITLE
    for c, head in enumerate(HEADER):
        table.cell(1, c).text = head
    _fill_docx_rows(table, 2, ROWS)
    _merge_docx_categories(table, 2, ROWS, CATEGORY_LABELS)
    document.add_paragraph("注：考核分由考核组填写。")
    document.save(str(path))
    return path


def make_xlsx(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分表"
    ws.append([TITLE])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    ws.append(HEADER)
    labels = {"领导班子好": "领导班子好（10分）", "党员队伍好": "党员队伍好"}
    seen: set[str] = set()
    for cat, item_id, text, points, scoring, method in ROWS:
        values = {"序号": int(item_id), "考核内容": text, "项目": None if cat in seen else labels[cat],
                  "考核方式": method, "自评分": None, "评分标准": scoring,
                  "标准分": float(points) if points.replace(".", "").isdigit() else points}
        seen.add(cat)
        ws.append([values[h] for h in HEADER])
    cat_col = HEADER.index("项目") + 1
    ws.merge_cells(start_row=3, start_column=cat_col, end_row=5, end_column=cat_col)
    ws.merge_cells(start_row=6, start_column=cat_col, end_row=7, end_column=cat_col)
    ws.append([None, "合计", None, None, 18, None, None])
    wb.save(str(path))
    return path


def _summary(rubric):
    out = {}
    for cat in rubric.categories:
        for item in cat.items:
            out[item.id] = (cat.name, item.text, item.points, item.deductions, item.method)
    return out


@pytest.mark.parametrize("maker,suffix", [(make_docx, ".docx"), (make_xlsx, ".xlsx")])
def test_import_word_and_excel(tmp_path: Path, maker, suffix: str) -> None:
    path = maker(tmp_path / f"scoring-table{suffix}")
    rubric = import_rubric(path)
    assert rubric.kind == "points"
    assert rubric.id == "scoring-table"
    assert rubric.title == TITLE
    assert rubric.year == 2024
    assert rubric.source == path.name
    assert _summary(rubric) == EXPECTED_ITEMS
    assert [(c.name, c.points) for c in rubric.categories] == [("领导班子好", 10.0), ("党员队伍好", 8.0)]
    assert rubric.total == 18.0
    item = rubric.item("1")
    assert item is not None and item.scoring == "少一次扣0.5分"
    # Each item's requirements are read from its words; the scoring rule follows the requirement it names.
    reqs = {it.id: [(r.type, r.meeting_type, r.per, r.min, r.window, r.kind) for r in it.requirements]
            for it in rubric.items()}
    assert reqs == {
        "1": [("count", "支部委员会", "month", 1, None, None)],
        "2": [("window", None, None, 1, "年初", "计划")],
        "3": [("judgement", None, None, 1, None, None)],
        "4": [("count", "党课", "quarter", 1, None, None)],
        "5": [("count", "志愿服务", None, 1, None, None)],
    }
    assert [d.requirement for d in rubric.item("1").deductions] == ["r1"]
    assert rubric.item("1").requirements[0].source == "每月召开支部委员会"
    assert "支部委员会" in rubric.item("1").keywords
    assert not any(r.description == IMPORTED_REQUIREMENT for it in rubric.items() for r in it.requirements)
    # It validates, and a YAML dump loads back to the same data.
    data = rubric_to_data(rubric)
    rubric_from_data(data, path.name)
    loaded = rubric_from_data(yaml.safe_load(dump_rubric_yaml(rubric)), "my.yaml")
    assert rubric_to_data(loaded) == data


def test_word_and_excel_agree(tmp_path: Path) -> None:
    a = import_rubric(make_docx(tmp_path / "a.docx"))
    b = import_rubric(make_xlsx(tmp_path / "b.xlsx"))
    assert rubric_to_data(a)["categories"] == rubric_to_data(b)["categories"]


def test_id_and_title_arguments_and_non_ascii_stem(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "考核评分表.docx")
    assert import_rubric(path).id == "imported"
    rubric = import_rubric(path, rubric_id="my-rubric", title="我的评分表")
    assert (rubric.id, rubric.title) == ("my-rubric", "我的评分表")


def test_table_split_over_two_tables_with_repeated_header(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph(TITLE)
    first, second = ROWS[:2], ROWS[2:]
    t1 = document.add_table(rows=1 + len(first), cols=len(HEADER))
    for c, head in enumerate(HEADER):
        t1.cell(0, c).text = head
    _fill_docx_rows(t1, 1, first)
    _merge_docx_categories(t1, 1, first, CATEGORY_LABELS)
    document.add_paragraph("")
    t2 = document.add_table(rows=1 + len(second), cols=len(HEADER))
    for c, head in enumerate(HEADER):
        t2.cell(0, c).text = head
    _fill_docx_rows(t2, 1, second)
    # The continued category is left empty on the second page; the next one is merged.
    _merge_docx_categories(t2, 2, second[1:], CATEGORY_LABELS)
    path = tmp_path / "split.docx"
    document.save(str(path))

    rubric = import_rubric(path)
    assert rubric.title == TITLE
    assert _summary(rubric) == EXPECTED_ITEMS
    assert [(c.name, c.points) for c in rubric.categories] == [("领导班子好", 10.0), ("党员队伍好", 8.0)]


def test_headerless_continuation_and_numbering(tmp_path: Path) -> None:
    document = docx.Document()
    head = ["项目", "内容", "分值"]
    t1 = document.add_table(rows=3, cols=3)
    for c, h in enumerate(head):
        t1.cell(0, c).text = h
    for r, row in enumerate([("一、组织建设（5分）", "按期换届", "2"), ("", "制度健全", "3分")], start=1):
        for c, v in enumerate(row):
            t1.cell(r, c).text = v
    t2 = document.add_table(rows=1, cols=3)  # a page break split the table; no header repeated
    for c, v in enumerate(("二、作用发挥", "开展志愿服务", "5")):
        t2.cell(0, c).text = v
    path = tmp_path / "plain.docx"
    document.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points, [i.id for i in c.items]) for c in rubric.categories] == [
        ("组织建设", 5.0, ["1", "2"]), ("作用发挥", 5.0, ["3"])]
    assert rubric.title == "plain"


def test_section_rows_and_restarted_numbering_in_excel(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["编号", "目标要求", "分值", "扣分标准", "备注"])
    ws.append(["一、领导班子（4分）"])
    ws.merge_cells("A2:E2")
    ws.append([1, "班子健全", 2, "缺一人扣1分", None])
    ws.append([2, "民主生活会", 2, "未召开的，该项不得分", None])
    ws.append(["二、党员队伍"])
    ws.merge_cells("A5:E5")
    ws.append([1, "发展党员", 3, None, None])
    path = tmp_path / "sections.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points) for c in rubric.categories] == [("领导班子", 4.0), ("党员队伍", 3.0)]
    assert [i.id for i in rubric.items()] == ["1.1", "1.2", "2.1"]
    item = rubric.item("1.2")
    assert item is not None and item.deductions == [Deduction("未召开的，该项不得分", points=2.0)]
    rubric_from_data(rubric_to_data(rubric), "x")


def test_category_points_mismatch_is_noted(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["类别", "内容", "标准分"])
    ws.append(["组织建设（10分）", "按期换届", 3])
    ws.append([None, "制度健全", 3])
    path = tmp_path / "mismatch.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    cat = rubric.categories[0]
    assert cat.points == 6.0 and "10" in cat.note and "不符" in cat.note
    rubric_from_data(rubric_to_data(rubric), "x")


def test_missing_points_names_the_row(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "内容", "标准分"])
    ws.append([1, "按期换届", 3])
    ws.append([2, "制度健全", None])
    path = tmp_path / "gap.xlsx"
    wb.save(str(path))
    with pytest.raises(ImportFailed) as info:
        import_rubric(path)
    assert "第3行" in info.value.message and "标准分" in info.value.message and "gap.xlsx" in info.value.message


def test_no_scoring_table(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("关于开展党建工作考核的通知")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "姓名"
    table.cell(0, 1).text = "职务"
    path = tmp_path / "notice.docx"
    document.save(str(path))
    with pytest.raises(ImportFailed) as info:
        import_rubric(path)
    message = info.value.message
    assert "notice.docx" in message and "没有找到评分表" in message
    assert "标准分" in message and "序号" in message and "考核方式" in message


def test_bad_files(tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"this is not a zip file")
    with pytest.raises(ImportFailed, match="损坏"):
        import_rubric(broken)
    broken_x = tmp_path / "broken.xlsx"
    broken_x.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(ImportFailed, match="损坏"):
        import_rubric(broken_x)
    for name, hint in (("old.doc", ".docx"), ("old.xls", ".xlsx"), ("table.pdf", "仅支持 .docx、.doc")):
        f = tmp_path / name
        f.write_bytes(b"x")
        with pytest.raises(ImportFailed) as info:
            import_rubric(f)
        assert hint in info.value.message + info.value.remedy
    with pytest.raises(ImportFailed, match="找不到"):
        import_rubric(tmp_path / "missing.docx")


@pytest.mark.parametrize("text,expected", [
    ("少一次扣0.5分", [Deduction("少一次扣0.5分", per_unit=0.5, unit="次")]),
    ("每少一次扣0.5分", [Deduction("每少一次扣0.5分", per_unit=0.5, unit="次")]),
    ("缺一次扣1分", [Deduction("缺一次扣1分", per_unit=1.0, unit="次")]),
    ("每缺一人扣1分", [Deduction("每缺一人扣1分", per_unit=1.0, unit="人")]),
    ("抽查发现党员渔船未挂牌的，每艘扣0.5分", [Deduction("抽查发现党员渔船未挂牌的，每艘扣0.5分", per_unit=0.5, unit="艘")]),
    ("示范课每少1节扣0.5分", [Deduction("示范课每少1节扣0.5分", per_unit=0.5, unit="节")]),
    ("库存账实不符的，每仓扣2分", [Deduction("库存账实不符的，每仓扣2分", per_unit=2.0, unit="仓")]),
    ("未签订带徒协议的，每对扣0.5分", [Deduction("未签订带徒协议的，每对扣0.5分", per_unit=0.5, unit="对")]),
    ("每少核对1次扣0.5分", [Deduction("每少核对1次扣0.5分", per_unit=0.5, unit="次")]),
    ("走访每少1户次扣0.2分", [Deduction("走访每少1户次扣0.2分", per_unit=0.2, unit="户次")]),
    ("选学课程每少1门扣0.5分", [Deduction("选学课程每少1门扣0.5分", per_unit=0.5, unit="门")]),
    ("“法律明白人”培养不足的，每村扣0.2分", [Deduction("“法律明白人”培养不足的，每村扣0.2分", per_unit=0.2, unit="村")]),
    ("主题报道每少1组扣1分", [Deduction("主题报道每少1组扣1分", per_unit=1.0, unit="组")]),
    ("远程教育每少组织1次扣0.3分", [Deduction("远程教育每少组织1次扣0.3分", per_unit=0.3, unit="次")]),
    ("满意度每低于90%一个百分点扣0.5分",
     [Deduction("满意度每低于90%一个百分点扣0.5分", per_unit=0.5, unit="百分点", step=1.0)]),
    ("未听取团委汇报的，每学期扣1分", [Deduction("未听取团委汇报的，每学期扣1分", per_unit=1.0, unit="学期")]),
    ("帮办代办事项每少10件扣0.5分", [Deduction("帮办代办事项每少10件扣0.5分", per_unit=0.5, unit="件", step=10)]),
    ("未制定计划扣2分", [Deduction("未制定计划扣2分", points=2.0)]),
    ("未制定计划的扣除2分。", [Deduction("未制定计划的扣除2分", points=2.0)]),
    ("台帐缺一项扣0.1分", [Deduction("台帐缺一项扣0.1分", per_unit=0.1, unit="项")]),
    ("扣0.5分/次", [Deduction("扣0.5分/次", per_unit=0.5, unit="次")]),
    ("扣两分", [Deduction("扣两分", points=2.0)]),
    ("每月召开一次，少一次扣0.5分，最多扣3分",
     [Deduction("每月召开一次，少一次扣0.5分，最多扣3分", per_unit=0.5, unit="次", cap=3.0)]),
    ("每年不少于4次，少于4次扣2分", [Deduction("每年不少于4次，少于4次扣2分", points=2.0)]),
    ("没制定计划的扣2分;材料不齐全的扣5分；缺席一次扣0.5分",
     [Deduction("没制定计划的扣2分", points=2.0), Deduction("材料不齐全的扣5分", points=5.0),
      Deduction("缺席一次扣0.5分", per_unit=0.5, unit="次")]),
    ("未制定计划扣2分，计划不完善扣1分",
     [Deduction("未制定计划扣2分", points=2.0), Deduction("计划不完善扣1分", points=1.0)]),
    ("酌情扣分", [Deduction("酌情扣分", discretionary=True)]),
    ("扣1-2分", [Deduction("扣1-2分", points=2.0, points_min=1.0)]),
    ("参会率每低5个百分点扣1分", [Deduction("参会率每低5个百分点扣1分", per_unit=1.0, unit="百分点", step=5.0)]),
    ("95%以上的得6分，90%以上不足95%的得4分，85%以下的不得分",
     [Deduction("95%以上的得6分，90%以上不足95%的得4分，85%以下的不得分",
                bands=[ScoreBand(0.95, None, 6.0), ScoreBand(0.9, 0.95, 4.0), ScoreBand(0.0, 0.85, 0.0)])]),
    ("85%—90%得5分，80%—85%得3分，80%以下不得分",
     [Deduction("85%—90%得5分，80%—85%得3分，80%以下不得分",
                bands=[ScoreBand(0.85, 0.9, 5.0), ScoreBand(0.8, 0.85, 3.0), ScoreBand(0.0, 0.8, 0.0)])]),
    ("三会一课未落实的，每例扣0.5分，最高扣2分",
     [Deduction("三会一课未落实的，每例扣0.5分，最高扣2分", per_unit=0.5, unit="例", cap=2.0)]),
    ("每有1个支部未落实扣0.5分", [Deduction("每有1个支部未落实扣0.5分", per_unit=0.5, unit="个")]),
    ("每少一个月扣1分", [Deduction("每少一个月扣1分", per_unit=1.0, unit="月")]),
    ("", []),
])
def test_parse_deductions(text: str, expected: list[Deduction]) -> None:
    assert parse_deductions(text) == expected


def test_parse_deductions_no_score_needs_item_points() -> None:
    assert parse_deductions("未建立的，不得分") == []
    assert parse_deductions("未建立的，不得分", full_points=3) == [Deduction("未建立的，不得分", points=3.0)]


def test_parse_deductions_sub_rules_bands_in_words_and_one_veto() -> None:
    # a sub-rule scored on its own loses its own points, not the item's
    assert [(d.points, d.text) for d in parse_deductions("①按期换届的得2分，未按期换届的不得分；②建立议事规则的得1分", 4)] == [
        (2.0, "①按期换届的得2分，未按期换届的不得分"), (1.0, "②建立议事规则的得1分")]
    # bands written in words, closed by "低于…不得分": one rule, no full-points rule beside it
    [band] = parse_deductions("参学率百分之九十以上得3分，百分之八十五至九十得2分，低于百分之八十不得分", 6)
    assert [(b.low, b.high, b.score) for b in band.bands] == [(0.9, None, 3.0), (0.85, 0.9, 2.0), (0.0, 0.8, 0.0)]
    # "实行一票否决，本项不得分" is one rule
    assert [d.points for d in parse_deductions("发生上述情形的，实行一票否决，本项不得分", 6)] == [6.0]
    # the trigger of a per-unit rule far from its 扣, and 支 as a unit
    assert [(d.per_unit, d.unit) for d in parse_deductions("每有1家物业服务企业未签订共建协议扣0.5分；志愿服务队每少1支扣0.5分")] == [
        (0.5, "家"), (0.5, "支")]


@pytest.mark.parametrize("text,value", [("0.5", 0.5), ("２", 2.0), ("两", 2.0), ("十五", 15.0), ("一点五", 1.5),
                                        ("半", 0.5), ("abc", None)])
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


# --- header words real tables use ---------------------------------------------------------------------------

TEAM_TABLE = [
    ("总分值", "考核点", "评分标准", "大师姐队", "新疆小表哥队"),
    ("--", "使用别人电脑获取源码", "未正确编译运行，直接0分。", None, None),
    ("10分", "git使用", None, None, None),
    ("10分", "代码结构", "主要考核面向对象的使用", None, None),
    ("10分", "命名规范", "1.大小写不规范。一个扣2分。\n2.关键方法无注释。一个扣3分。", None, None),
    ("20分", "UI（字体、样式）", "1.使用winform，扣5分。\n2.字体存在不一致，扣5分。", None, None),
    ("50分", "测试用例", "通过数量/总数X50分", None, None),
    ("合计", None, None, 0, 0),
]


def make_team_xlsx(path: Path) -> Path:
    """The shape of ../shared/corpora/real-office/考核表.xlsx: 总分值 | 考核点 | 评分标准 | one score column per team,
    a precondition row with "--" points and a merged 合计 row with the teams' totals."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in TEAM_TABLE:
        ws.append(list(row))
    ws.merge_cells("A8:C8")
    wb.save(str(path))
    return path


def _check_team_rubric(rubric) -> None:
    items = rubric.items()
    assert [(it.text, it.points) for it in items] == [
        ("使用别人电脑获取源码", 0.0), ("git使用", 10.0), ("代码结构", 10.0), ("命名规范", 10.0),
        ("UI（字体、样式）", 20.0), ("测试用例", 50.0)]
    assert rubric.total == 100
    assert items[1].scoring == "" and items[2].scoring == "主要考核面向对象的使用"
    assert items[4].deductions and {d.points for d in items[4].deductions} == {5.0}
    assert not any("合计" in it.text or "队" in it.text for it in items)
    assert "「--」，按 0 分导入" in rubric.notes
    rubric_from_data(rubric_to_data(rubric), "x")  # the draft validates


def test_points_text_scoring_words_of_a_team_table(tmp_path: Path) -> None:
    _check_team_rubric(import_rubric(make_team_xlsx(tmp_path / "考核表.xlsx")))


@pytest.mark.parametrize("points,text", [("分值", "考核内容"), ("分数", "考核项目"), ("总分值", "考核点")])
def test_header_synonyms(tmp_path: Path, points: str, text: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [(text, points, "评分标准", "第一党支部得分"), ("按时召开支委会", 6, "少一次扣0.5分", 5),
                ("党费按月交纳", 4, "未交纳扣2分", 4), ("合计", 10, None, 9)]:
        ws.append(list(row))
    path = tmp_path / "表.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(it.text, it.points, it.scoring) for it in rubric.items()] == [
        ("按时召开支委会", 6.0, "少一次扣0.5分"), ("党费按月交纳", 4.0, "未交纳扣2分")]
    assert rubric.total == 10


def test_a_subtractions_column_is_the_scoring(tmp_path: Path) -> None:
    # 基础分 | 减分标准: the rules of a table that subtracts from a base score (it was read as the words' second half)
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [("序号", "考核项目", "考核内容", "基础分", "减分标准", "考核方式及佐证材料"),
                (1, "组织建设", "每月召开支委会1次", 5, "每少1次减0.5分", "查阅会议记录"),
                (2, "组织建设", "党费按月交纳", 5, "未按月交纳的减1分", "查阅党费台账"),
                ("合计", None, None, 10, None, None)]:
        ws.append(list(row))
    path = tmp_path / "表.xlsx"
    wb.save(str(path))
    items = import_rubric(path).items()
    assert [(it.text, it.scoring) for it in items] == [("每月召开支委会1次", "每少1次减0.5分"),
                                                     ("党费按月交纳", "未按月交纳的减1分")]
    assert [(d.per_unit, d.unit) for d in items[0].deductions] == [(0.5, "次")]


def test_a_column_of_words_with_their_dates_is_the_items_text(tmp_path: Path) -> None:
    # 台账类别 | 序号 | 台账名称 | 内容及时间要求 | 分值 | 评分标准: the words column says by when, and is still the words
    # (it was taken for a 时间要求 column, and the whole table read as one category)
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [("台账类别", "序号", "台账名称", "内容及时间要求", "分值", "评分标准"),
                ("组织建设", 1, "会议记录", "《党员大会记录》（全年不少于4次）；会议签到表", 6, "每少1次扣1分"),
                ("组织建设", 2, "党费台账", "《党费收缴台账》（按月收缴，每半年公示一次）", 4, "未公示的扣1分"),
                ("合计", None, None, None, 10, None)]:
        ws.append(list(row))
    path = tmp_path / "台账清单.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(it.id, it.points) for it in rubric.items()] == [("1", 6.0), ("2", 4.0)]
    assert rubric.items()[0].text.startswith("《党员大会记录》（全年不少于4次）")
    assert [c.name for c in rubric.categories] == ["组织建设"]
    [count] = [r for r in rubric.items()[0].requirements if r.type == "count"]
    assert (count.meeting_type, count.min) == ("党员大会", 4)


def test_an_evaluation_tables_criteria_column_is_the_items_words_beside_its_indicator(tmp_path: Path) -> None:
    # 一级指标 | 二级指标 | 评价标准 | 分值 | 评分方法: the criteria say what is asked, the 二级指标 only names it
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [("一级指标", "二级指标", "评价标准", "分值", "评分方法", "佐证材料"),
                ("组织力", "三会一课", "支部委员会每月召开1次，全体党员会议每季度召开一次。", 6, "每缺1次扣0.5分，扣完为止。",
                 "会议记录"),
                (None, "党费收缴", "党员按月足额交纳党费。", 4, "未按月交纳的，每人次扣0.2分。", "党费台账")]:
        ws.append(list(row))
    path = tmp_path / "堡垒指数.xlsx"
    wb.save(str(path))
    items = import_rubric(path).items()
    assert [it.text for it in items] == ["支部委员会每月召开1次，全体党员会议每季度召开一次。", "党员按月足额交纳党费。"]
    assert [(r.meeting_type, r.per) for r in items[0].requirements if r.type == "count"] == [
        ("支部委员会", "month"), ("党员大会", "quarter")]


def test_parts_named_dimensions_or_modules_and_a_column_of_cases_deducted_for(tmp_path: Path) -> None:
    # 考核模块 | 考核标准 | 扣分情形 | 标准分 | 检查方法: the module is the category, the cases are the scoring
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in [("考核模块", "考核标准", "扣分情形", "标准分", "检查方法"),
                ("一、组织建设（10分）", "支部委员会每月召开1次。", "每少1次扣1分。", 6, "查阅资料"),
                (None, "党员按月交纳党费。", "每发现一人次未按月交纳扣0.5分。", 4, "查阅台账")]:
        ws.append(list(row))
    path = tmp_path / "百分制.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [c.name for c in rubric.categories] == ["组织建设"]
    assert [(d.per_unit, d.unit) for it in rubric.items() for d in it.deductions] == [(1.0, "次"), (0.5, "人次")]


def test_the_real_team_table(tmp_path: Path) -> None:
    from conftest import corpus_file

    _check_team_rubric(import_rubric(corpus_file("real-office", "考核表.xlsx")))


# --- .doc through LibreOffice, -o never overwritten silently --------------------------------------------------


def _soffice_convert(src: Path, fmt: str, outdir: Path) -> Path:
    import subprocess

    from archive.extract.legacy import find_soffice

    profile = (outdir / "profile").resolve().as_uri()
    subprocess.run([find_soffice(), "--headless", "--norestore", f"-env:UserInstallation={profile}",
                    "--convert-to", fmt, "--outdir", str(outdir), str(src)], check=True, capture_output=True,
                   timeout=180)
    return outdir / f"{src.stem}.{fmt}"


@pytest.mark.slow
def test_doc_imports_as_its_docx_twin(tmp_path: Path, cli_run) -> None:
    from archive.extract.legacy import find_soffice

    if find_soffice() is None:
        pytest.skip("LibreOffice（soffice）未安装")
    twin = make_docx(tmp_path / "评分表.docx")
    (tmp_path / "doc").mkdir()
    doc = _soffice_convert(twin, "doc", tmp_path / "doc")
    assert doc.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    assert _summary(import_rubric(doc)) == _summary(import_rubric(twin))
    out = tmp_path / "我的.yaml"
    code, stdout, err = cli_run("rubric", "import", str(doc), "-o", str(out))
    assert code == 0, err
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["source"] == "评分表.doc"


def test_doc_without_libreoffice_says_so(tmp_path: Path, monkeypatch) -> None:
    from conftest import corpus_file

    monkeypatch.setenv("TAIZHANG_SOFFICE", "")
    with pytest.raises(ImportFailed) as info:
        import_rubric(corpus_file("real-office", "会议记录.doc"))
    assert "需要 LibreOffice" in info.value.message


def test_import_refuses_to_overwrite_without_force(tmp_path: Path, cli_run) -> None:
    src = make_xlsx(tmp_path / "评分表.xlsx")
    out = tmp_path / "我的评分表.yaml"
    out.write_text("# 我手工改过的评分表\n", encoding="utf-8")
    code, _, err = cli_run("rubric", "import", str(src), "-o", str(out))
    assert code == 2 and "已存在" in err and "--force" in err
    assert out.read_text(encoding="utf-8") == "# 我手工改过的评分表\n"
    code, stdout, err = cli_run("rubric", "import", str(src), "-o", str(out), "--force")
    assert code == 0, err
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["kind"] == "points"


def test_a_method_and_evidence_column_lists_the_papers(tmp_path: Path) -> None:
    """考核方式及佐证材料: the column names the papers to see, so they are the item's evidence; the "查阅" before the
    first is the way of checking them."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核内容", "评分标准", "分值", "考核方式及佐证材料"])
    ws.append([1, "党小组每月开展1次学习。", "每少1次扣0.5分。", 5, "查阅学习记录、签到表、活动照片"])
    path = tmp_path / "method_evidence.xlsx"
    wb.save(str(path))
    item = import_rubric(path).items()[0]
    assert item.evidence == ["学习记录", "签到表", "活动照片"]
    assert item.method == ["查阅资料"]
    assert [(r.type, r.meeting_type or r.kind) for r in item.requirements] == [
        ("count", "党小组会"), ("doc", "签到表"), ("photo", "照片")]


def test_evidence_column_bonus_rows_and_scoring_in_a_standards_column(tmp_path: Path) -> None:
    """考核内容 | 考核标准 (deduction rules) | 分值 | 佐证材料, with a 加分项 section: the 标准 are the scoring, the
    佐证材料 are kept as printed and checked unless they are only the record of a counted meeting, and a "+2" bonus
    row is imported at 0 points with a note, its section's cap left out of the total; the scored items keep
    their printed 序号 and the bonus row goes on after them."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核内容", "考核标准", "分值", "佐证材料"])
    ws.append(["一、组织生活（6分）"])
    ws.merge_cells("A2:E2")
    ws.append([1, "支委会每月至少召开1次。", "每少1次扣0.5分。", 4, "会议记录本、签到表、活动照片"])
    ws.append([2, "建立党员积分管理制度。", "未建立的不得分。", 2, "积分登记表；实地查看"])
    ws.append(["二、加分项（最多加2分）"])
    ws.merge_cells("A5:E5")
    ws.append([1, "受到区级以上表彰。", "每次加1分。", "+2", "表彰文件"])
    path = tmp_path / "standards.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points) for c in rubric.categories] == [("组织生活", 4.0 + 2.0), ("加分项", 0.0)]
    assert rubric.total == 6.0
    first = rubric.item("1")
    assert first is not None and first.scoring == "每少1次扣0.5分。"
    assert first.evidence == ["会议记录本", "签到表", "活动照片"]
    # the minutes are the counted meetings' record; sign-in sheets named apart are a paper of their own (labels/README)
    assert [(r.type, r.meeting_type or r.kind) for r in first.requirements] == [
        ("count", "支部委员会"), ("doc", "签到表"), ("photo", "照片")]
    assert first.deductions[0].per_unit == 0.5
    second = rubric.item("2")
    assert second is not None and second.evidence == ["积分登记表", "实地查看"]
    assert any(r.type == "doc" and "积分登记表" in r.keywords for r in second.requirements)
    bonus = rubric.item("3")
    assert bonus is not None and bonus.points == 0.0
    assert "是加分项（+2），按 0 分导入" in rubric.notes
    again = rubric_from_data(rubric_to_data(rubric), "x")
    assert again.item("1").evidence == first.evidence  # type: ignore[union-attr]


def test_scoring_printed_inside_the_content_column(tmp_path: Path) -> None:
    """序号 | 考核项目 | 考核内容及评分标准 | 分值 | 自评得分: the rules in brackets are read as the item's scoring."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核项目", "考核内容及评分标准", "分值", "自评得分", "考核得分"])
    ws.append([1, "组织生活（5分）", "每月召开一次支委会（每少一次扣0.5分）。", 5, None, None])
    path = tmp_path / "inside.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [c.name for c in rubric.categories] == ["组织生活"]
    item = rubric.item("1")
    assert item is not None and item.text == "每月召开一次支委会（每少一次扣0.5分）。"
    assert [(r.type, r.meeting_type, r.per) for r in item.requirements] == [("count", "支部委员会", "month")]
    assert [(d.per_unit, d.unit) for d in item.deductions] == [(0.5, "次")]


def test_a_heading_row_over_the_categories_and_row_labels_under_section_rows(tmp_path: Path) -> None:
    """"一、基础分（100分）" printed across the table above categories that add up to it is a heading, not a
    category of its own; under section rows, a 类别 column of short labels without points names rows, not
    categories; 评定标准 | 评定办法 and 考核指标 headers are read."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核项目", "评定标准", "分值", "评定办法"])
    ws.append(["一、基础分（6分）"])
    ws.merge_cells("A2:E2")
    ws.append([1, "政治建设（4分）", "支委会每月至少召开1次。", 4, "每少1次扣0.5分。"])
    ws.append([2, "思想建设（2分）", "年初制定学习计划。", 2, "未制定的不得分。"])
    path = tmp_path / "heading.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points) for c in rubric.categories] == [("政治建设", 4.0), ("思想建设", 2.0)]
    assert rubric.total == 6.0 and rubric.item("1").scoring == "每少1次扣0.5分。"  # type: ignore[union-attr]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "类别", "考核指标", "分值", "评分细则"])
    ws.append(["一、组织体系（5分）"])
    ws.merge_cells("A2:E2")
    ws.append([1, "网格党支部", "网格党支部每季度召开一次党员大会。", 3, "少一次扣1分。"])
    ws.append([2, "楼栋党小组", "党小组每月开展一次活动。", 2, "少一次扣0.5分。"])
    ws.append(["二、服务群众（2分）"])
    ws.merge_cells("A5:E5")
    ws.append([1, "民生实事", "全年办实事不少于5件。", 2, "每少一件扣0.5分。"])
    path = tmp_path / "labels.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points) for c in rubric.categories] == [("组织体系", 5.0), ("服务群众", 2.0)]
    assert [i.text for i in rubric.items()] == ["网格党支部每季度召开一次党员大会。", "党小组每月开展一次活动。",
                                                "全年办实事不少于5件。"]


def test_ordinals_opening_the_content_number_the_items_and_shorthand_rules_read(tmp_path: Path) -> None:
    """No 序号 column, each content cell opening with "（一）" under its category: the items are numbered by those
    ordinals ("2.1"); a clerk's shorthand without 分 ("少1次扣0.5", "最多扣2") is read like the full form."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目", "评分内容", "分值", "评分方法"])
    ws.append(["一、班子建设（5分）", "（一）支委会每月召开1次。", 3, "少1次扣0.5，最多扣2"])
    ws.append([None, "（二）年初有工作计划。", 2, "无计划扣2"])
    ws.merge_cells("A2:A3")
    ws.append(["二、党员队伍（2分）", "（一）党员按月交纳党费。", 2, "欠交1人扣0.5"])
    path = tmp_path / "ordinals.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(i.id, i.text) for i in rubric.items()] == [("1.1", "支委会每月召开1次。"), ("1.2", "年初有工作计划。"),
                                                       ("2.1", "党员按月交纳党费。")]
    first = rubric.item("1.1")
    assert first is not None and [(d.per_unit, d.unit, d.cap) for d in first.deductions] == [(0.5, "次", 2.0)]
    assert [d.points for d in rubric.item("1.2").deductions] == [2.0]  # type: ignore[union-attr]


def test_a_zero_point_veto_row_loses_nothing_and_a_payment_is_a_unit() -> None:
    assert parse_deductions("发生违纪违法案件的，实行一票否决", full_points=0.0) == []
    assert [d.points for d in parse_deductions("实行一票否决，本项不得分", full_points=5.0)] == [5.0]
    [rule] = parse_deductions("财务审批手续不全的，发现一笔扣0.5分", full_points=3.0)
    assert (rule.per_unit, rule.unit) == (0.5, "笔")


def _docx_table(document, header: list[str], n_rows: int):
    table = document.add_table(rows=1 + n_rows, cols=len(header))
    for c, head in enumerate(header):
        table.cell(0, c).text = head
    return table


def test_a_selection_table_reads_its_conditions_column(tmp_path: Path) -> None:
    """评选项目 | 序号 | 评选条件 | 分值 | 评分办法 | 评选得分 (a 评选 table): 评选条件 holds the items' words, numbered
    clauses each a paragraph of its own, and 评选项目 merged down its rows is the category, not the items' text."""
    document = docx.Document()
    document.add_paragraph("某街道2026年度“红旗党支部”评选条件及评分表")
    table = _docx_table(document, ["评选项目", "序号", "评选条件", "分值", "评分办法", "评选得分"], 4)
    rows = [("1", ["1.每月开展1次集中学习；", "2.全年集中学习不少于12次。"], "3", "每少一次扣0.5分。"),
            ("2", ["年初制定工作计划。"], "2", "符合的得满分，不符合的不得分。"),
            ("3", ["1.支部委员会每月至少召开1次；", "2.支部党员大会每季度至少召开1次。"], "4", "每少开一次扣0.5分。"),
            ("4", ["党员按月足额交纳党费。"], "1", "欠交的每人次扣0.5分。")]
    for r, (number, clauses, points, scoring) in enumerate(rows, start=1):
        cell = table.cell(r, 2)
        cell.text = clauses[0]
        for clause in clauses[1:]:
            cell.add_paragraph(clause)
        for c, value in ((1, number), (3, points), (4, scoring)):
            table.cell(r, c).text = value
    _merge_docx_column(table, 0, 1, 2, "政治引领强（5分）")
    _merge_docx_column(table, 0, 3, 4, "组织建设强（5分）")
    document.add_paragraph("有下列情形之一的，实行一票否决，不得评为“红旗党支部”：")
    document.add_paragraph("（一）支部班子成员受到党纪政务处分的；")
    document.add_paragraph("说明：各项扣分以该项分值为限。")
    document.add_paragraph("评选小组成员（签字）：          日期：    年  月  日")
    document.add_paragraph("附件3")
    document.add_paragraph("红旗党支部推荐汇总表")
    summary = _docx_table(document, ["序号", "党支部名称", "得分"], 1)
    summary.cell(1, 0).text = "1"
    path = tmp_path / "pingxuan.docx"
    document.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points) for c in rubric.categories] == [("政治引领强", 5.0), ("组织建设强", 5.0)]
    assert [(i.id, i.text, i.points, i.scoring) for i in rubric.items()] == [
        ("1", "1.每月开展1次集中学习；\n2.全年集中学习不少于12次。", 3.0, "每少一次扣0.5分。"),
        ("2", "年初制定工作计划。", 2.0, "符合的得满分，不符合的不得分。"),
        ("3", "1.支部委员会每月至少召开1次；\n2.支部党员大会每季度至少召开1次。", 4.0, "每少开一次扣0.5分。"),
        ("4", "党员按月足额交纳党费。", 1.0, "欠交的每人次扣0.5分。")]
    assert rubric.total == 10.0
    # the paragraphs under the table are its remarks; the lines to sign and the next table's title are not
    remarks = [line for line in rubric.notes.splitlines() if line.startswith("原表备注：")]
    assert remarks == ["原表备注：有下列情形之一的，实行一票否决，不得评为“红旗党支部”：",
                       "原表备注：（一）支部班子成员受到党纪政务处分的；", "原表备注：各项扣分以该项分值为限。"]


@pytest.mark.parametrize("merged", [True, False])
def test_a_category_column_over_its_rows_is_not_the_items_text(tmp_path: Path, merged: bool) -> None:
    """创建项目 | 创建标准 | 分值 | 评分办法: no header names the items' words, but the category column holds the same
    text over its rows (merged down, or printed again on each row), so the column of sentences beside it is the items'
    text, not the category's."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["创建项目", "创建标准", "分值", "评分办法", "得分"])
    rows = [("一、阵地建设（5分）", "有固定的党员活动场所，做到有标识、有设施、有制度上墙。", 3, "不符合要求的，每项扣1分。"),
            ("一、阵地建设（5分）", "党务公开栏每季度更新一次，公开内容及时准确。", 2, "每少更新一次扣0.5分。"),
            ("二、队伍建设（4分）", "支部委员会每月至少召开1次，会议有记录。", 4, "每少开一次扣0.5分。"),
            ("二、队伍建设（4分）", "党员每年参加集中培训不少于32学时。", 0, "不计分。")]
    for r, (cat, text, points, scoring) in enumerate(rows, start=2):
        first_of_run = r == 2 or rows[r - 3][0] != cat
        ws.append([cat if first_of_run or not merged else None, text, points, scoring, None])
    if merged:
        ws.merge_cells("A2:A3")
        ws.merge_cells("A4:A5")
    path = tmp_path / "chuangjian.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points) for c in rubric.categories] == [("阵地建设", 5.0), ("队伍建设", 4.0)]
    assert [(i.id, i.text, i.points) for i in rubric.items()] == [
        ("1", "有固定的党员活动场所，做到有标识、有设施、有制度上墙。", 3.0),
        ("2", "党务公开栏每季度更新一次，公开内容及时准确。", 2.0),
        ("3", "支部委员会每月至少召开1次，会议有记录。", 4.0),
        ("4", "党员每年参加集中培训不少于32学时。", 0.0)]


def test_indicator_levels_beside_the_requirement_text(tmp_path: Path) -> None:
    """一级指标 | 二级指标 | 三级指标 | 考核要点 | 分值 | 评分标准 | 佐证资料 | 备注, no 序号: the 考核要点 are the items'
    words (the short 三级指标 only names each item), 一级指标 merged down is the category, 二级指标 merged down the
    rows sharing it groups them within it; items are numbered by position; a 佐证资料 of "—" names no paper."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某市直机关工委2026年度“模范机关”创建考核评分表"])
    ws.merge_cells("A1:H1")
    ws.append(["一级指标", "二级指标", "三级指标", "考核要点", "分值", "评分标准", "佐证资料", "备注"])
    ws.append(["一、政治建设（7分）", "理论武装", "集中学习", "每月至少开展1次集中学习，全年不少于12次。", 4,
               "每少一次扣0.5分。", "学习记录、签到表", None])
    ws.append([None, None, "请示报告", "每半年向机关党委书面报告一次支部工作情况。", 3, "每少报告一次扣1.5分。", "书面报告",
               "以收文登记为准"])
    ws.append(["二、组织建设（6分）", "组织生活", "“三会一课”", "支部委员会每月召开1次，党课每季度1次。", 6,
               "每少开一次扣0.5分。", "—", "现场查看"])
    ws.merge_cells("A3:A4")
    ws.merge_cells("B3:B4")
    ws.append(["合计", None, None, None, 13, None, None, None])
    ws.merge_cells("A6:D6")
    path = tmp_path / "mofan.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points) for c in rubric.categories] == [("政治建设", 7.0), ("组织建设", 6.0)]
    assert [(i.id, i.text, i.points, i.scoring, i.evidence) for i in rubric.items()] == [
        ("1", "每月至少开展1次集中学习，全年不少于12次。", 4.0, "每少一次扣0.5分。", ["学习记录", "签到表"]),
        ("2", "每半年向机关党委书面报告一次支部工作情况。", 3.0, "每少报告一次扣1.5分。", ["书面报告"]),
        ("3", "支部委员会每月召开1次，党课每季度1次。", 6.0, "每少开一次扣0.5分。", [])]
    assert rubric.title == "某市直机关工委2026年度“模范机关”创建考核评分表"


def test_indicator_levels_without_a_category_column(tmp_path: Path) -> None:
    """二级指标 | 三级指标 | 考核要点 | 分值 | 评分标准: with no category column, the coarser indicator merged down
    its rows is the category; the finer one only names the item."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["二级指标", "三级指标", "考核要点", "分值", "评分标准"])
    ws.append(["组织生活", "支委会", "支部委员会每月召开1次。", 3, "每少开一次扣0.5分。"])
    ws.append([None, "党课", "书记每年讲党课不少于1次。", 2, "未讲的不得分。"])
    ws.append(["党员管理", "党费", "党员按月交纳党费。", 2, "欠交的每人次扣0.5分。"])
    ws.append([None, "培训", "党员每年参加集中培训不少于32学时。", 1, "不足的扣1分。"])
    ws.merge_cells("A2:A3")
    ws.merge_cells("A4:A5")
    path = tmp_path / "levels.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points) for c in rubric.categories] == [("组织生活", 5.0), ("党员管理", 3.0)]
    assert [(i.id, i.text, i.points) for i in rubric.items()] == [
        ("1", "支部委员会每月召开1次。", 3.0), ("2", "书记每年讲党课不少于1次。", 2.0),
        ("3", "党员按月交纳党费。", 2.0), ("4", "党员每年参加集中培训不少于32学时。", 1.0)]


@pytest.mark.parametrize("serials,ids", [
    (["（一）", "（二）", "（一）"], ["1.1", "1.2", "2.1"]),  # restarting under each category, as "1", "2", "1" do
    (["一、", "二、", "三、"], ["1", "2", "3"]),  # running through the table
    (["(一)", "(二)", "(三)"], ["1", "2", "3"]),
])
def test_chinese_numeral_serials_number_the_items(tmp_path: Path, serials: list[str], ids: list[str]) -> None:
    """A 序号 column printing "（一）（二）" or "一、二、" numbers the items as Arabic serials would."""
    document = docx.Document()
    table = _docx_table(document, ["序号", "考核内容", "评分细则", "标准分"], 5)
    table.cell(1, 0).merge(table.cell(1, 3)).text = "一、政治建设（5分）"
    table.cell(4, 0).merge(table.cell(4, 3)).text = "二、组织建设（2分）"
    items = [(2, "每月开展1次集中学习。", "每少一次扣0.5分。", "3"), (3, "年初制定学习计划。", "未制定的不得分。", "2"),
             (5, "党员按月交纳党费。", "欠交的每人次扣0.5分。", "2")]
    for (r, text, scoring, points), serial in zip(items, serials, strict=True):
        for c, value in enumerate((serial, text, scoring, points)):
            table.cell(r, c).text = value
    path = tmp_path / "serials.docx"
    document.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points) for c in rubric.categories] == [("政治建设", 5.0), ("组织建设", 2.0)]
    assert [(i.id, i.text, i.points) for i in rubric.items()] == [
        (ids[0], "每月开展1次集中学习。", 3.0), (ids[1], "年初制定学习计划。", 2.0), (ids[2], "党员按月交纳党费。", 2.0)]


def test_a_column_of_sentences_under_a_header_naming_no_role_is_the_items_text(tmp_path: Path) -> None:
    """序号 | 创建标准 | 分值 | 评分办法 | 得分: no header word names the items' words, and no category column stands in
    for them; the column of sentences whose header names no role is the text (the header printed again over a page
    break is skipped)."""
    document = docx.Document()
    header = ["序号", "创建标准", "分值", "评分办法", "得分"]
    table = _docx_table(document, header, 4)
    rows = [("1", "有固定的党员活动场所，做到有标识、有设施、有制度上墙。", "3", "不符合要求的，每项扣1分。"),
            ("2", "党务公开栏每季度更新一次，公开内容及时准确。", "2", "每少更新一次扣0.5分。"),
            tuple(header),
            ("3", "支部委员会每月至少召开1次，会议有记录。", "4", "每少开一次扣0.5分。")]
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "biaozhun.docx"
    document.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points) for c in rubric.categories] == [("评分项目", 9.0)]
    assert [(i.id, i.text, i.points, i.scoring) for i in rubric.items()] == [
        ("1", "有固定的党员活动场所，做到有标识、有设施、有制度上墙。", 3.0, "不符合要求的，每项扣1分。"),
        ("2", "党务公开栏每季度更新一次，公开内容及时准确。", 2.0, "每少更新一次扣0.5分。"),
        ("3", "支部委员会每月至少召开1次，会议有记录。", 4.0, "每少开一次扣0.5分。")]


def _rules(item) -> list[tuple]:
    """An imported item's deductions as (points, per_unit, unit, discretionary, bands) tuples."""
    return [(d.points, d.per_unit, d.unit, d.discretionary, [(b.low, b.high, b.score) for b in d.bands])
            for d in item.deductions]


def test_tiers_of_a_selection_table_lose_the_difference_and_parts_their_own_points(tmp_path: Path) -> None:
    """A 创建/评选 table scores in tiers: under "得满分" a lower tier loses the difference ("得一半" half the points),
    "不得分" the item's points; a numbered part ("①…的得2分") loses its own points, its lower tiers the difference;
    a part whose points a per-unit rule takes away, the top tier of the whole item ("得6分" of a 6-point item) and a
    graded judgement ("“较差”得2分以下") are no fixed rules."""
    document = docx.Document()
    table = _docx_table(document, ["序号", "创建内容", "分值", "评分办法"], 9)
    rows = [
        ("1", "党员活动室面积达标，设施齐全，各项制度上墙。", "4",
         "符合要求的得满分；基本符合的得一半分；不符合的不得分。"),
        ("2", "党员大会每季度召开一次，会议有记录。", "6", "按要求召开的得6分；每少开1次扣1分。"),
        ("3", "①建立党员联系群众制度；②党员走访群众有记录。", "5",
         "①建立联系群众制度的得2分，制度不健全的得1分，未建立的不得分；②走访记录完整的得3分，记录缺失的扣1分。"),
        ("4", "结合辖区实际开展志愿服务，形成服务品牌。", "6",
         "由考评组综合评定：成效明显的得满分，成效一般的得4分，无成效的不得分。"),
        ("5", "支部班子团结协作，群众认可度高。", "5",
         "由考评组综合评定，酌情扣分：“优秀”得5分，“良好”得4分，“一般”得3分，“较差”得2分以下。"),
        ("6", "每月开展一次主题党日，党员参加率不低于80%。", "5",
         "①全年开展12次的得3分，每少1次扣0.5分；②参加率低于80%的扣1分。"),
        ("7", "建立党员志愿服务队，定期开展志愿服务。", "4", "达到的得满分；部分达到的得3分；未建立服务队的得0分。"),
        ("8", "①建立网格党小组；②网格党小组每季度开展活动。", "4",
         "①建立网格党小组的得2分；未建立的不得分；②全年开展活动4次的得2分；每少1次扣0.5分。"),
        ("9", "形成党建工作特色品牌。", "5", "（1）品牌特色鲜明的得满分；（2）有品牌但特色一般的得3分；（3）无品牌的不得分。"),
    ]
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "chuangjian.docx"
    document.save(str(path))
    items = {i.id: i for i in import_rubric(path).items()}
    assert _rules(items["1"]) == [(2.0, None, None, False, []), (4.0, None, None, False, [])]
    assert _rules(items["2"]) == [(None, 1.0, "次", False, [])]
    assert _rules(items["3"]) == [(2.0, None, None, False, []), (1.0, None, None, False, []),
                                  (3.0, None, None, False, []), (1.0, None, None, False, [])]
    assert _rules(items["4"]) == [(None, None, None, True, []), (2.0, None, None, False, []),
                                  (6.0, None, None, False, [])]
    assert _rules(items["5"]) == [(None, None, None, True, [])]
    assert _rules(items["6"]) == [(None, 0.5, "次", False, []), (1.0, None, None, False, [])]
    assert _rules(items["7"]) == [(1.0, None, None, False, []), (4.0, None, None, False, [])]  # 得0分 is 不得分
    # a numbered part runs on over "；" until the next number
    assert _rules(items["8"]) == [(2.0, None, None, False, []), (None, 0.5, "次", False, [])]
    # numbered tiers under 得满分 are still one list
    assert _rules(items["9"]) == [(2.0, None, None, False, []), (5.0, None, None, False, [])]


def test_bands_topped_by_full_points_or_one_figure_and_a_veto_that_only_bars_honours(tmp_path: Path) -> None:
    """Bands read "得满分" as the item's points and "得一半" as half the top; a single figure over the other bands
    ("收缴率100%的得4分") is the top band; "负增长不得分" closes growth bands; bands of an amount (万元) are not
    rates but one rule in 万元, left to the inspectors; "一票否决…取消评优资格" takes no points."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核内容", "分值", "评分标准"])
    ws.append([1, "居民群众对社区党组织满意率达到90%以上。", 6,
               "满意率达到90%的得满分，80%（含）—90%得一半，低于80%不得分。"])
    ws.append([2, "党员按月交纳党费，党费收缴率达到100%。", 4, "收缴率100%的得4分，95%—100%得2分，95%以下不得分。"])
    ws.append([3, "村集体经营性收入较上年有增长。", 5, "增长8%以上得5分，3%（含）—8%得3分，0—3%得1分，负增长不得分。"])
    ws.append([4, "班子成员廉洁自律，全年无违纪违法问题。", 4,
               "班子成员受到党纪处分的本项不得分；存在一票否决情形的，取消年度评优资格。"])
    ws.append([5, "村集体年经营性收入达到8万元以上，建立收支台账。", 6,
               "年经营性收入8万元以上的得6分，4万元（含）—8万元的得4分，4万元以下的不得分；未建立收支台账的扣1分。"])
    ws.append([6, "在职党员全部到社区报到。", 4, "报到率百分之百的得满分，百分之九十至百分之百的得一半，百分之九十以下不得分。"])
    path = tmp_path / "bands.xlsx"
    wb.save(str(path))
    items = {i.id: i for i in import_rubric(path).items()}
    assert _rules(items["1"]) == [(None, None, None, False, [(0.9, None, 6.0), (0.8, 0.9, 3.0), (0.0, 0.8, 0.0)])]
    assert _rules(items["2"]) == [(None, None, None, False, [(1.0, None, 4.0), (0.95, 1.0, 2.0), (0.0, 0.95, 0.0)])]
    assert _rules(items["3"]) == [(None, None, None, False, [(0.08, None, 5.0), (0.03, 0.08, 3.0), (0.0, 0.03, 1.0)])]
    assert _rules(items["4"]) == [(4.0, None, None, False, [])]
    assert _rules(items["5"]) == [(1.0, None, None, False, []),
                                  (None, None, "万元", False, [(8.0, None, 6.0), (4.0, 8.0, 4.0), (0.0, 4.0, 0.0)])]
    assert _rules(items["6"]) == [(None, None, None, False, [(1.0, None, 4.0), (0.9, 1.0, 2.0), (0.0, 0.9, 0.0)])]


def test_a_rule_in_brackets_inside_the_content_cell_is_scoring(tmp_path: Path) -> None:
    """"…按期换届（未按期换届的扣2分）" beside a 评分标准 column: the bracketed rule is read with the column's rules;
    "综合评定，酌情扣分" is one discretionary rule."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核内容", "分值", "评分标准"])
    ws.append([1, "支部委员会任期届满按期换届（未按期换届的扣2分），委员出缺及时补选。", 4,
               "委员出缺半年以上未补选的扣1分。"])
    ws.append([2, "每年召开一次组织生活会（未召开的，本项不得分），会后形成整改清单。", 5, "无整改清单的扣1分。"])
    ws.append([3, "支部工作有特色、有亮点（以实地查看为准）。", 3, "由考核组综合评定，酌情扣分。"])
    ws.append([4, "每月召开一次支委会（每少一次扣0.5分）。", 3, "每少一次扣0.5分。"])
    path = tmp_path / "brackets.xlsx"
    wb.save(str(path))
    items = {i.id: i for i in import_rubric(path).items()}
    assert items["1"].text == "支部委员会任期届满按期换届（未按期换届的扣2分），委员出缺及时补选。"
    assert items["1"].scoring == "委员出缺半年以上未补选的扣1分。"  # kept as printed, read with the bracketed rule
    assert _rules(items["1"]) == [(2.0, None, None, False, []), (1.0, None, None, False, [])]
    assert _rules(items["2"]) == [(5.0, None, None, False, []), (1.0, None, None, False, [])]
    assert items["3"].scoring == "由考核组综合评定，酌情扣分。"
    assert _rules(items["3"]) == [(None, None, None, True, [])]
    assert _rules(items["4"]) == [(None, 0.5, "次", False, [])]  # printed in both places: read once


def test_ways_of_checking_in_an_evidence_column_are_methods_not_papers(tmp_path: Path) -> None:
    """考核方式及佐证材料 mixes how the item is checked with the papers: "查阅资料：" or "查阅" before a paper is a
    method, the paper evidence; a piece that is only a way of checking (实地查看, 个别谈话, 问卷测评) is a method and
    stays in the evidence as printed; "检查记录" is a paper."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核内容", "分值", "评分标准", "考核方式及佐证材料"])
    ws.append([1, "年初签订党建工作目标责任书，制定年度工作要点。", 4, "未签订的扣2分。",
               "查阅资料：目标责任书、年度工作要点"])
    ws.append([2, "每季度召开党建工作专题会议。", 4, "每少一次扣1分。", "查阅会议记录、签到表；个别谈话"])
    ws.append([3, "党群服务中心规范运行，每月开展一次环境卫生检查。", 3, "每少一次扣0.5分。", "实地查看；检查记录"])
    ws.append([4, "年底开展群众满意度测评。", 2, "未开展的不得分。", "问卷测评"])
    path = tmp_path / "fangshi.xlsx"
    wb.save(str(path))
    assert [(i.id, i.evidence, i.method) for i in import_rubric(path).items()] == [
        ("1", ["目标责任书", "年度工作要点"], ["查阅资料"]),
        ("2", ["会议记录", "签到表", "个别谈话"], ["查阅资料", "个别谈话"]),
        ("3", ["实地查看", "检查记录"], ["实地查看"]),
        ("4", ["问卷测评"], ["问卷测评"])]


def test_the_whole_item_lost_in_other_words_and_tiers_counted_with_ji(tmp_path: Path) -> None:
    """"扣除本项分值", "该项分值全扣" lose the item's points like 不得分; "本项分值扣完为止" only bounds the rule before
    it; "计满分 / 计2分 / 不计分" are tiers like 得满分 / 得2分 / 不得分."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核内容", "分值", "评分标准"])
    ws.append([1, "每年召开一次专题组织生活会。", 5, "未召开的，扣除本项分值；会前未征求意见的扣1分。"])
    ws.append([2, "严格执行发展党员程序。", 4, "发现违反程序发展党员的，该项分值全扣。"])
    ws.append([3, "党小组每月开展一次学习。", 3, "每少一次扣0.5分，本项分值扣完为止。"])
    ws.append([4, "建立党员联系户制度，每名党员联系群众不少于5户。", 4,
               "达到要求的计满分，基本达到的计2分，未达到的不计分。"])
    path = tmp_path / "quankou.xlsx"
    wb.save(str(path))
    items = {i.id: i for i in import_rubric(path).items()}
    assert _rules(items["1"]) == [(5.0, None, None, False, []), (1.0, None, None, False, [])]
    assert _rules(items["2"]) == [(4.0, None, None, False, [])]
    assert _rules(items["3"]) == [(None, 0.5, "次", False, [])]
    assert _rules(items["4"]) == [(2.0, None, None, False, []), (4.0, None, None, False, [])]


@pytest.mark.parametrize("bonus_header", ["加分标准", "加分细则", "加分项目"])
def test_a_bonus_column_beside_the_deductions_is_kept_in_the_notes(tmp_path: Path, bonus_header: str) -> None:
    """序号 | 考核内容 | 分值 | 扣分标准 | 加分标准 | 得分: a column headed 加分… prints bonus rules, points on top of the
    item's; they are neither the item's words nor its scoring, and each is kept in the notes by the item's id ("—"
    and blank cells name none). A column headed only 加分 is a score to fill in."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核内容", "分值", "扣分标准", bonus_header, "加分", "得分"])
    ws.append([1, "每月召开一次支委会。", 4, "每少一次扣0.5分。", "被评为优秀党课的加1分。", None, None])
    ws.append([2, "按月交纳党费。", 3, "欠交党费的，每人扣1分。", "—", None, None])
    ws.append([3, "年底开展满意度测评。", 3, "未开展的不得分。", None, None, None])
    path = tmp_path / "bonus.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(i.id, i.text, i.points, i.scoring) for i in rubric.items()] == [
        ("1", "每月召开一次支委会。", 4.0, "每少一次扣0.5分。"),
        ("2", "按月交纳党费。", 3.0, "欠交党费的，每人扣1分。"),
        ("3", "年底开展满意度测评。", 3.0, "未开展的不得分。")]
    assert rubric.total == 10.0
    bonus_notes = [line for line in rubric.notes.splitlines() if "加分标准" in line]
    assert bonus_notes == ["第1项的加分标准（加分由考核组认定，不计入标准分）：被评为优秀党课的加1分。"]
    assert [(d.per_unit, d.unit) for d in rubric.item("1").deductions] == [(0.5, "次")]  # type: ignore[union-attr]


def test_a_weight_printed_after_a_category_name_is_not_part_of_it(tmp_path: Path) -> None:
    """序号 | 一级指标 | 二级指标（考核内容） | 权重 | 计分办法, the category merged down and printed with its share of the
    score ("组织建设\\n（权重40%）", "（占比20%）", "（25%）"): the bracketed weight is a remark, not part of the name; the
    items' 权重 ("10%") are their points."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "一级指标", "二级指标（考核内容）", "权重", "计分办法"])
    rows = [("组织建设\n（权重40%）", "每月召开一次支委会。", "20%", "每少一次扣2分。"),
            (None, "每季度召开一次党员大会。", "20%", "每少一次扣5分。"),
            ("党建引领（占比35%）", "年初制定党建工作计划。", "35%", "未制定的不得分。"),
            ("服务群众（25%）", "年底开展满意度测评。", "25%", "未开展的不得分。")]
    for n, (cat, text, weight, scoring) in enumerate(rows, 1):
        ws.append([n, cat, text, weight, scoring])
    ws.merge_cells("B2:B3")
    ws.append(["合计", None, None, "100%", None])
    path = tmp_path / "weights.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points, len(c.items), c.note) for c in rubric.categories] == [
        ("组织建设", 40.0, 2, ""), ("党建引领", 35.0, 1, ""), ("服务群众", 25.0, 1, "")]
    assert [(i.id, i.text, i.points) for i in rubric.items()] == [
        ("1", "每月召开一次支委会。", 20.0), ("2", "每季度召开一次党员大会。", 20.0),
        ("3", "年初制定党建工作计划。", 35.0), ("4", "年底开展满意度测评。", 25.0)]


def test_a_later_paragraph_opening_with_a_scoring_label_is_the_scoring(tmp_path: Path) -> None:
    """序号 | 考核内容及评分标准 | 分值, each cell printing what is asked, then a paragraph opening "评分：",
    "【评分标准】" or "扣分：" (its rules may run on over more paragraphs): the labelled paragraphs are the item's
    scoring without the label; a later paragraph without a label's colon ("评分时…") and a first paragraph stay the
    words. Beside a scoring column, the cell's own rule comes first."""
    document = docx.Document()
    table = _docx_table(document, ["序号", "考核内容及评分标准", "分值"], 4)
    cells = [["每月召开一次支委会。", "评分：每少一次扣0.5分。"],
             ["建立党员积分管理制度，", "按季度公示积分。", "【评分标准】未建立的不得分；未公示的扣1分。"],
             ["年底开展满意度测评。", "扣分：", "1.未开展的不得分；", "2.满意度低于80%的扣1分。"],
             ["支部建立志愿服务台账。", "评分时以台账为准。"]]
    for r, paragraphs in enumerate(cells, 1):
        table.cell(r, 0).text = str(r)
        cell = table.cell(r, 1)
        cell.text = paragraphs[0]
        for paragraph in paragraphs[1:]:
            cell.add_paragraph(paragraph)
        table.cell(r, 2).text = "2分"
    path = tmp_path / "paragraphs.docx"
    document.save(str(path))
    assert [(i.id, i.text, i.scoring) for i in import_rubric(path).items()] == [
        ("1", "每月召开一次支委会。", "每少一次扣0.5分。"),
        ("2", "建立党员积分管理制度，\n按季度公示积分。", "未建立的不得分；未公示的扣1分。"),
        ("3", "年底开展满意度测评。", "1.未开展的不得分；\n2.满意度低于80%的扣1分。"),
        ("4", "支部建立志愿服务台账。\n评分时以台账为准。", "")]

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核内容", "分值", "评分标准"])
    ws.append([1, "每月召开一次支委会。\n评分标准：每少一次扣0.5分。", 4, "会议记录不全的扣1分。"])
    ws.append([2, "每季度讲一次党课。\n评分：每少一次扣1分。", 4, "每少一次扣1分。"])
    path = tmp_path / "paragraphs.xlsx"
    wb.save(str(path))
    items = import_rubric(path).items()
    assert [(i.text, i.scoring) for i in items] == [
        ("每月召开一次支委会。", "每少一次扣0.5分。\n会议记录不全的扣1分。"),
        ("每季度讲一次党课。", "每少一次扣1分。")]  # printed in both places: kept once
    assert [(d.per_unit, d.unit) for d in items[1].deductions] == [(1.0, "次")]


def test_a_few_labelled_paragraphs_among_bracketed_rules_stay_the_words(tmp_path: Path) -> None:
    """In a 考核内容及评分标准 column whose cells mostly print their rules in brackets inside the words, the one cell
    ending with a "评分：" paragraph is kept whole like the others (the rules are read inside the words)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核内容及评分标准", "分值"])
    ws.append([1, "每月召开一次支委会（每少一次扣0.5分）。", 4])
    ws.append([2, "每季度讲一次党课（每少一次扣1分）。", 4])
    ws.append([3, "年底开展满意度测评。\n评分：未开展的不得分。", 2])
    path = tmp_path / "mixed.xlsx"
    wb.save(str(path))
    items = import_rubric(path).items()
    assert [(i.text, i.scoring) for i in items] == [
        ("每月召开一次支委会（每少一次扣0.5分）。", ""), ("每季度讲一次党课（每少一次扣1分）。", ""),
        ("年底开展满意度测评。\n评分：未开展的不得分。", "")]
    assert [d.points for d in items[2].deductions] == [2.0]


@pytest.mark.parametrize("headings", [("表一  基础评审（6分）", "表二  成效评审（6分）"),
                                      ("第一部分 基础考核", "第二部分 成效考核"),
                                      ("基础考核（6分）", "成效考核（6分）")])
def test_headings_over_several_tables_name_parts_not_the_document(tmp_path: Path, headings: tuple[str, str]) -> None:
    """The title, a line to fill in, then two Word tables each under a heading of its own ("表一 …", "表二 …") and
    closed by a 小计 row: the headings name the parts, the document's title is the heading-like line above the first
    one; the 小计 rows are not items."""
    document = docx.Document()
    document.add_paragraph("某某街道2026年度社区党建项目评审评分表")
    document.add_paragraph("项目名称：                    申报单位：")
    parts = [[("1", "基础工作（6分）", "年初制定项目实施方案。", "3", "无方案的不得分。"),
              ("2", None, "每季度召开一次项目推进会。", "3", "每少一次扣1分。")],
             [("3", "重点任务（6分）", "年底形成项目总结。", "4", "无总结的扣2分。"),
              ("4", None, "项目经验被区级以上推广。", "2", "未推广的不得分。")]]
    for heading, rows in zip(headings, parts, strict=True):
        document.add_paragraph(heading)
        table = _docx_table(document, ["序号", "评审项目", "评审要点", "分值", "评分细则"], len(rows) + 1)
        for r, values in enumerate(rows, 1):
            for c, value in enumerate(values):
                if value is not None:
                    table.cell(r, c).text = value
        _merge_docx_column(table, 1, 1, len(rows), rows[0][1])
        table.cell(len(rows) + 1, 0).merge(table.cell(len(rows) + 1, 2)).text = "小计"
        table.cell(len(rows) + 1, 3).text = str(sum(int(v[3]) for v in rows))
    path = tmp_path / "parts.docx"
    document.save(str(path))
    rubric = import_rubric(path)
    assert rubric.title == "某某街道2026年度社区党建项目评审评分表"
    assert [(c.name, c.points, c.note) for c in rubric.categories] == [("基础工作", 6.0, ""), ("重点任务", 6.0, "")]
    assert [(i.id, i.text, i.points) for i in rubric.items()] == [
        ("1", "年初制定项目实施方案。", 3.0), ("2", "每季度召开一次项目推进会。", 3.0), ("3", "年底形成项目总结。", 4.0),
        ("4", "项目经验被区级以上推广。", 2.0)]
    assert rubric.total == 12.0


@pytest.mark.parametrize("title_rows,title", [
    (["某某街道2026年第二季度", "社区“先锋支部”考评评分表"], "某某街道2026年第二季度社区“先锋支部”考评评分表"),
    (["某某县", "2026年度", "村党组织考核细则"], "某某县2026年度村党组织考核细则"),
    (["附件2", "某某社区2026年度党建考核评分表"], "某某社区2026年度党建考核评分表"),
    (["某某社区2026年度党建考核评分表", "（试行）"], "某某社区2026年度党建考核评分表"),
    (["某某社区党委", "被考核支部：          考核时间："], "某某社区党委"),
])
def test_a_title_over_merged_rows_is_joined(tmp_path: Path, title_rows: list[str], title: str) -> None:
    """A title printed over several rows merged across the sheet is read as one: a merged row naming no table (no
    评分/考核/表 …) and no line to fill in begins the title the next merged row continues; "附件2" and a subtitle
    under a whole title are not joined."""
    wb = openpyxl.Workbook()
    ws = wb.active
    for line in title_rows:
        ws.append([line])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
    ws.append(["序号", "考核内容", "分值", "评分标准"])
    ws.append([1, "每月召开一次支委会。", 4, "每少一次扣0.5分。"])
    path = tmp_path / "title.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert rubric.title == title
    assert [(i.id, i.text) for i in rubric.items()] == [("1", "每月召开一次支委会。")]


def test_a_title_over_two_merged_rows_of_a_word_table(tmp_path: Path) -> None:
    """The same in a Word table whose first two rows, merged across, print the title."""
    document = docx.Document()
    table = document.add_table(rows=4, cols=4)
    for r, line in enumerate(["某某镇2026年度", "村（社区）党组织书记述职评议评分表"]):
        table.cell(r, 0).merge(table.cell(r, 3)).text = line
    for c, head in enumerate(["序号", "考核内容", "分值", "评分标准"]):
        table.cell(2, c).text = head
    for c, value in enumerate(["1", "每季度讲一次党课。", "4", "每少一次扣1分。"]):
        table.cell(3, c).text = value
    path = tmp_path / "title.docx"
    document.save(str(path))
    assert import_rubric(path).title == "某某镇2026年度村（社区）党组织书记述职评议评分表"


def test_a_weight_in_a_section_row_with_points_leaves_the_name_and_the_points(tmp_path: Path) -> None:
    """Section rows across the sheet printing a weight beside or as the points ("一、组织建设（权重20%，20分）",
    "二、基层治理（权重30分）"): the name is the words before the bracket, the points those printed."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核内容", "分值", "评分标准"])
    for section, rows in (("一、组织建设（权重20%，20分）", [(1, "每月召开一次支委会。", 20)]),
                          ("二、基层治理（权重30分）", [(1, "每季度排查一次矛盾纠纷。", 30)])):
        ws.append([section])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
        for number, text, points in rows:
            ws.append([number, text, points, "每少一次扣1分。"])
    path = tmp_path / "section-weights.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points, c.note) for c in rubric.categories] == [("组织建设", 20.0, ""), ("基层治理", 30.0, "")]
    assert [i.id for i in rubric.items()] == ["1.1", "2.1"]


def test_a_base_points_column_dashed_serials_and_a_kaoping_rules_column(tmp_path: Path) -> None:
    """考核项目 | 序号 | 积分内容 | 基础分 | 考评细则: a 积分 table prints each item's points as its 基础分, numbers items
    "1-1", "1-2" under each category (ids "1.1", "1.2", as an inspector types "1-1" too) and heads its rules 考评细则."""
    from archive.item_ids import normalize_item_id

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["考核项目", "序号", "积分内容", "基础分", "考评细则"])
    ws.append(["组织建设", "1-1", "每月召开一次支委会。", 30, "每少一次扣2分。"])
    ws.append([None, "1-2", "每季度召开一次党员大会。", 20, "每少一次扣5分。"])
    ws.append(["服务群众", "2-1", "年底开展满意度测评。", 50, "未开展的不得分。"])
    ws.merge_cells("A2:A3")
    ws.append(["合计", None, None, 100, None])
    path = tmp_path / "jifen.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(i.id, i.points, i.scoring) for i in rubric.items()] == [
        ("1.1", 30.0, "每少一次扣2分。"), ("1.2", 20.0, "每少一次扣5分。"), ("2.1", 50.0, "未开展的不得分。")]
    assert normalize_item_id("1-2") == "1.2" and normalize_item_id("第2-1项") == "2.1"
    ws["D1"] = "基础积分"  # the same column as a 积分制 table of 网格支部 heads it
    wb.save(str(path))
    assert [i.points for i in import_rubric(path).items()] == [30.0, 20.0, 50.0]


def test_lines_printed_alone_under_the_total_are_remarks(tmp_path: Path) -> None:
    """"评定等次：90分以上评为五星级…60分以下评为一星级" merged across the table under the 合计 row names no category."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["考核项目", "序号", "考核内容", "满分", "扣分标准"])
    ws.append(["班子过硬", 1, "每月召开一次支委会。", 60, "每少一次扣2分。"])
    ws.append(["服务过硬", 2, "年底开展满意度测评。", 40, "未开展的不得分。"])
    ws.append(["合计", None, None, 100, None])
    ws.append(["评定等次：90分以上评为五星级，60分以下评为一星级。"])
    ws.merge_cells("A5:E5")
    ws.append(["备注：加分项另行通知。"])
    ws.merge_cells("A6:E6")
    path = tmp_path / "stars.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points) for c in rubric.categories] == [("班子过硬", 60.0), ("服务过硬", 40.0)]
    assert rubric.total == 100
    assert "原表备注：评定等次：90分以上评为五星级，60分以下评为一星级。" in rubric.notes.splitlines()
    assert "原表备注：加分项另行通知。" in rubric.notes.splitlines()


def test_labelled_rules_under_the_total_and_a_scope_line_above_the_title(tmp_path: Path) -> None:
    """"加分项 | 获得区级以上表彰的…" and "一票否决项 | …" printed under the 合计 row (the label in the first cell, the
    words merged across) are rules for the whole table, kept as remarks, not items whose points are words; a
    "评分对象：…" line under the title is no title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["禾山街道社区党组织规范化建设评分表"])
    ws.merge_cells("A1:E1")
    ws.append(["评分对象：禾山街道各社区党委"])
    ws.merge_cells("A2:E2")
    ws.append(["考核项目", "序号", "考核内容", "满分", "扣分标准"])
    ws.append(["班子过硬", 1, "每月召开一次支委会。", 60, "每少一次扣2分。"])
    ws.append(["服务过硬", 2, "年底开展满意度测评。", 40, "未开展的不得分。"])
    ws.append(["合计", None, None, 100, None])
    ws.append(["加分项", "获得区级以上表彰的，每项加1分，最多加3分。"])
    ws.merge_cells("B7:E7")
    ws.append(["一票否决项", "发生严重违纪违法问题的，实行一票否决。"])
    ws.merge_cells("B8:E8")
    path = tmp_path / "guifanhua.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert rubric.title == "禾山街道社区党组织规范化建设评分表"
    assert [(c.name, c.points) for c in rubric.categories] == [("班子过硬", 60.0), ("服务过硬", 40.0)]
    assert "原表备注：加分项：获得区级以上表彰的，每项加1分，最多加3分。" in rubric.notes.splitlines()
    assert "原表备注：一票否决项：发生严重违纪违法问题的，实行一票否决。" in rubric.notes.splitlines()


def test_pictures_a_checking_column_consults_are_the_items_photos() -> None:
    from archive.rubric.importer import _papers_and_ways

    assert _papers_and_ways([], ["查阅记录", "照片"]) == (["照片"], ["查阅记录"])
    assert _papers_and_ways([], ["查看专栏页面截图"]) == (["专栏页面截图"], ["查看资料"])
    assert _papers_and_ways([], ["实地查看", "个别访谈"]) == ([], ["实地查看", "个别访谈"])
    # papers named only in general name no paper
    assert _papers_and_ways(["查阅记录", "签到表"], []) == (["签到表"], ["查阅资料"])
    # the notices sent and the sign-in sheets a checking column consults are papers of their own too
    assert _papers_and_ways([], ["查阅通知", "签到表", "请假记录"]) == (["通知", "签到表"], ["查阅资料", "请假记录"])


def test_a_categorys_points_in_brackets_without_fen(tmp_path: Path) -> None:
    """"政治建设\\n（15）" merged down the category column: the bracketed number closing the cell is its points."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["一级指标", "序号", "考核要点", "分值", "计分规则"])
    ws.append(["政治建设\n（15）", "1.1", "每月召开一次支委会。", 10, "每少一次扣2分。"])
    ws.append([None, "1.2", "每季度召开一次党员大会。", 5, "每少一次扣1分。"])
    ws.append(["服务群众\n（85）", "2.1", "年底开展满意度测评。", 85, "未开展的不得分。"])
    ws.merge_cells("A2:A3")
    path = tmp_path / "bare-points.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points, c.note) for c in rubric.categories] == [("政治建设", 15.0, ""), ("服务群众", 85.0, "")]


def test_a_second_category_headed_column_holds_the_items(tmp_path: Path) -> None:
    """考核类别 | 序号 | 考核项目 | 分值 | 扣分办法: beside the categories merged down 考核类别, 考核项目 holds each item."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["考核类别", "序号", "考核项目", "分值", "扣分办法", "备查资料"])
    ws.append(["一、制度建立\n（40分）", 1, "有积分管理办法，经党员大会通过。", 20, "无办法的扣5分。", "积分办法"])
    ws.append([None, 2, "积分每季度公示一次。", 20, "每少一次扣2分。", "公示照片"])
    ws.append(["二、结果运用\n（60分）", 1, "年终评选积分之星。", 60, "未评选的不得分。", "评选文件"])
    ws.merge_cells("A2:A3")
    ws.append(["合计", None, None, 100, None, None])
    path = tmp_path / "jifen.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points) for c in rubric.categories] == [("制度建立", 40.0), ("结果运用", 60.0)]
    assert [(i.id, i.text) for i in rubric.items()] == [
        ("1.1", "有积分管理办法，经党员大会通过。"), ("1.2", "积分每季度公示一次。"), ("2.1", "年终评选积分之星。")]


def test_categories_under_a_standards_header_merged_down(tmp_path: Path) -> None:
    """争创标准 | 序号 | 考评内容 | 分值 | 评分细则: a first column headed like the items' words but merged down over its
    rows, printing "一、班子建设好\\n20分", holds the categories."""
    document = docx.Document()
    table = document.add_table(rows=4, cols=5)
    for c, head in enumerate(["争创标准", "序号", "考评内容", "分值", "评分细则"]):
        table.cell(0, c).text = head
    rows = [("1", "每月召开一次支委会。", "10", "每少一次扣1分。"), ("2", "每季度召开一次党员大会。", "10", "每少一次扣2分。"),
            ("3", "年底开展满意度测评。", "80", "未开展的不得分。")]
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            table.cell(r, c).text = value
    table.cell(1, 0).merge(table.cell(2, 0)).text = "一、班子建设好\n20分"
    table.cell(3, 0).text = "二、服务群众好\n80分"
    path = tmp_path / "wuhao.docx"
    document.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points) for c in rubric.categories] == [("班子建设好", 20.0), ("服务群众好", 80.0)]
    assert [i.text for i in rubric.items()] == [r[1] for r in rows]


def test_a_rules_column_headed_pingjia_biaozhun_and_a_fill_in_line(tmp_path: Path) -> None:
    """创建标准 | 评价内容 | 分值 | 评价标准: the 创建标准 column merged down holds the categories and 评价标准 the deduction
    rules; "考评对象：…  考评时间：…" above the table is a line to fill in, not the title."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某某学院学生党支部“样板支部”创建评价表"])
    ws.append(["考评对象：各学生党支部                    考评时间：2026年12月"])
    ws.append(["创建标准", "评价内容", "分值", "评价标准", "佐证材料"])
    ws.append(["教育党员有力（30分）", "每月召开一次支委会。", 20, "每少一次扣2分。", "会议记录"])
    ws.append([None, "每学期开展一次主题党日。", 10, "未开展的扣5分。", "照片"])
    ws.append(["服务群众有力（70分）", "年底开展满意度测评。", 40, "未开展的不得分。", "测评表"])
    ws.append([None, "每季度开展一次志愿服务。", 30, "每少一次扣5分。", "照片"])
    ws.merge_cells("A1:E1")
    ws.merge_cells("A2:E2")
    ws.merge_cells("A4:A5")
    ws.merge_cells("A6:A7")
    path = tmp_path / "yangban.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert rubric.title == "某某学院学生党支部“样板支部”创建评价表"
    assert [(c.name, c.points) for c in rubric.categories] == [("教育党员有力", 30.0), ("服务群众有力", 70.0)]
    assert [i.scoring for i in rubric.items()] == ["每少一次扣2分。", "未开展的扣5分。", "未开展的不得分。", "每少一次扣5分。"]


def test_more_names_of_the_evidence_and_checking_columns() -> None:
    from archive.rubric.importer import _role

    assert [_role(h) for h in ("印证资料", "备查材料", "支撑资料", "证明材料", "佐证")] == ["evidence"] * 5
    # (a 台账 checklist's column of what the inspectors read: "查阅资料 | 政治生日登记表、活动照片")
    assert [_role(h) for h in ("查阅资料", "查阅材料", "查看资料")] == ["evidence"] * 3
    assert [_role(h) for h in ("核查方法", "检查办法", "验收办法")] == ["method"] * 3


def test_a_name_column_printed_before_the_category_column_holds_the_categories(tmp_path: Path) -> None:
    """考核指标 | 考核项目 | 考核内容: levels run from coarse to fine, left to right — the first column, merged down its
    rows with the categories' points, is the category; 考核项目 then names each item."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["考核指标", "考核项目", "考核内容", "分值", "计分方法"])
    ws.append(["组织体系建设（20分）", "班子建设", "每月召开1次支委会。", 10, "每少1次扣1分。"])
    ws.append([None, "网格党建", "网格党支部全覆盖。", 10, "每缺1个扣1分。"])
    ws.append(["服务群众（80分）", "为民服务", "全年办理民生实事不少于10件。", 80, "每少1件扣2分。"])
    ws.merge_cells("A2:A3")
    ws.append(["合计", None, None, 100, None])
    path = tmp_path / "zhibiao_first.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points, len(c.items)) for c in rubric.categories] == [("组织体系建设", 20.0, 2), ("服务群众", 80.0, 1)]


def _bonus_sheet(tmp_path: Path, name: str, rows: list[list]) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核内容", "分值", "评分标准"])
    ws.append([1, "支委会每月召开1次。", 60, "每少1次扣1分。"])
    ws.append([2, "年初制定工作计划。", 40, "无计划的不得分。"])
    for row in rows:
        ws.append(row)
        if len(row) == 1:
            ws.merge_cells(f"A{ws.max_row}:D{ws.max_row}")
    path = tmp_path / name
    wb.save(str(path))
    return path


BONUS_ROWS = [[1, "获得区级以上表彰。", 3, "每项加1分，最多加3分。"], [2, "经验做法被市级媒体报道。", 2, "每篇加1分。"]]


@pytest.mark.parametrize("layout", [
    [["加分项（5分）"], *BONUS_ROWS],  # a bonus category printed with its points
    [["合计", None, 100, None], ["加分项（最多加5分）"], *BONUS_ROWS],  # bonus rows under the 合计 row
    [["合计", None, 100, None], ["说明：本表满分100分，另设加分项最高加5分。"],
     ["序号", "加分内容", "最高加分", "加分标准"], *BONUS_ROWS],  # a small bonus table with its own header
], ids=["bonus-category", "after-total", "own-header"])
def test_bonus_rows_are_awarded_beyond_the_total(tmp_path: Path, layout: list[list]) -> None:
    """Bonus rows however printed (a 加分项 category with its points, a heading under the 合计 row, a header of their
    own) are items of a 加分项 category at 0 points, each with a note, and the total stays the scored items'."""
    rubric = import_rubric(_bonus_sheet(tmp_path, "bonus.xlsx", layout))
    assert rubric.total == 100
    assert [(c.name, [i.points for i in c.items]) for c in rubric.categories] == [
        (rubric.categories[0].name, [60.0, 40.0]), ("加分项", [0.0, 0.0])]
    assert [i.text for i in rubric.categories[1].items] == ["获得区级以上表彰。", "经验做法被市级媒体报道。"]
    assert [c.bonus for c in rubric.categories] == [False, True]
    assert [line.split("）", 1)[1] for line in rubric.notes.splitlines() if "是加分项" in line] == [
        "是加分项（3），按 0 分导入，加分由考核组认定。", "是加分项（2），按 0 分导入，加分由考核组认定。"]


def test_bonus_rows_with_their_points_left_blank_import_and_number_on(tmp_path: Path) -> None:
    """Bonus rows under the 合计 row whose 分值 is left blank (the inspectors award them) import at 0 points instead
    of stopping the import with 缺少标准分, and their 序号 1, 2 go on after the scored items' (3, 4)."""
    path = _bonus_sheet(tmp_path, "blank.xlsx", [["合计", None, 100, None], ["加分项（最多加5分）"],
                                                 [1, "获得区级以上表彰。", None, "每项加1分，最多加3分。"],
                                                 [2, "经验做法被市级媒体报道。", None, "每篇加1分。"]])
    rubric = import_rubric(path)
    assert rubric.total == 100
    assert [(c.bonus, [(i.id, i.points) for i in c.items]) for c in rubric.categories] == [
        (False, [("1", 60.0), ("2", 40.0)]), (True, [("3", 0.0), ("4", 0.0)])]
    assert [line.split("）", 1)[1] for line in rubric.notes.splitlines() if "是加分项" in line] == [
        "是加分项，按 0 分导入，加分由考核组认定。"] * 2


def test_bonus_points_counted_in_the_printed_total_are_kept(tmp_path: Path) -> None:
    """A 积分制 table whose 合计 counts its 加分项 (基础积分 80 + 加分项 20 = 100): the bonus rows keep their points."""
    path = _bonus_sheet(tmp_path, "jifen.xlsx", [["加分项（最高20分）"], [3, "获得县级以上表彰。", 12, "每项加4分。"],
                                                 [4, "经验被县级媒体刊发。", 8, "每篇加2分。"], ["合计", None, 120, None]])
    rubric = import_rubric(path)
    assert rubric.total == 120
    assert [i.points for i in rubric.categories[1].items] == [12.0, 8.0]
    assert not any(c.bonus for c in rubric.categories)  # its points count: no bonus beyond the total
    assert not [line for line in rubric.notes.splitlines() if "是加分项" in line]


def test_a_bonus_table_printed_below_the_scoring_table(tmp_path: Path) -> None:
    """A Word table of bonus rows below the scoring table (序号 | 加分内容 | 最高加分 | 加分标准): its rows are a 加分项
    category at 0 points, numbered on from the scored items' 序号 (3), which stay as printed."""
    doc = docx.Document()
    main = doc.add_table(rows=1, cols=4)
    for cell, text in zip(main.rows[0].cells, ["序号", "考核内容", "分值", "评分标准"], strict=True):
        cell.text = text
    for row in [["1", "支委会每月召开1次。", "60", "每少1次扣1分。"], ["2", "年初制定工作计划。", "40", "无计划的不得分。"]]:
        for cell, text in zip(main.add_row().cells, row, strict=True):
            cell.text = text
    doc.add_paragraph("加分项（基本分之外，最高加5分）")
    bonus = doc.add_table(rows=1, cols=4)
    for cell, text in zip(bonus.rows[0].cells, ["序号", "加分内容", "最高加分", "加分标准"], strict=True):
        cell.text = text
    for cell, text in zip(bonus.add_row().cells, ["1", "获得区级以上表彰。", "3", "每项加1分。"], strict=True):
        cell.text = text
    path = tmp_path / "with_bonus.docx"
    doc.save(str(path))
    rubric = import_rubric(path)
    assert rubric.total == 100
    assert [(i.id, i.points) for i in rubric.items()] == [("1", 60.0), ("2", 40.0), ("3", 0.0)]
    assert rubric.categories[-1].name == "加分项"
    assert any("是加分项（3），按 0 分导入" in line for line in rubric.notes.splitlines())


def test_amount_bands_are_imported_shown_and_written_back_in_their_unit(tmp_path: Path) -> None:
    """"年经营性收入20万元以上的得4分，10万元（含）—20万元的得3分…": one rule of bands in 万元, which the import shows as
    the inspectors' to score, and which a YAML dump loads back (low and high are amounts, not fractions)."""
    from archive.rubric.summary import understood

    path = _bonus_sheet(tmp_path, "income.xlsx", [[3, "发展壮大村集体经济，年经营性收入达到5万元以上。", 5,
                                                   "年经营性收入20万元以上的得4分，10万元（含）—20万元的得3分，"
                                                   "5万元以下的不得分。"]])
    rubric = import_rubric(path)
    rules = [r for it in understood(rubric) if it.id == "3" for r in it.rules]
    assert [r.how for r in rules] == ["按金额分档得分（考核组核定，自评不估算）：20万元以上得4分，10万元～20万元得3分，5万元以下得0分"]
    loaded = rubric_from_data(yaml.safe_load(dump_rubric_yaml(rubric)), "my.yaml")
    assert rubric_to_data(loaded) == rubric_to_data(rubric)
    data = rubric_to_data(rubric)
    ded = data["categories"][0]["items"][2]["deductions"][0]
    ded.pop("unit")  # the same figures read as a rate's bands are refused
    with pytest.raises(RubricError, match="low、high 是比例"):
        rubric_from_data(data, "my.yaml")


@pytest.mark.parametrize("header", ["考核内容及分值", "考核内容（分值）", "内容与分值"])
def test_a_column_of_the_words_and_their_points_is_the_items_words(tmp_path: Path, header: str) -> None:
    """"序号 | 考核项目 | 考核内容及分值 | 评分标准" with "（5分）" closing each cell: the words and their points, not a
    points column whose cells are no numbers (the import stopped with 标准分「…（5分）」不是数字)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "考核项目", header, "评分标准"])
    ws.append([1, "组织生活", "支部委员会每月召开1次。（5分）", "每少1次扣0.5分。"])
    ws.append([2, "组织生活", "年初制定工作计划。（3分）", "无计划的不得分。"])
    path = tmp_path / "points_in_words.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(i.id, i.points, i.text) for i in rubric.items()] == [
        ("1", 5.0, "支部委员会每月召开1次。"), ("2", 3.0, "年初制定工作计划。")]


def test_a_column_of_kinds_of_files_holds_the_categories_beside_an_items_name_column(tmp_path: Path) -> None:
    """"档案门类 | 检查项目 | 检查内容及要求 | 评分标准 | 分值", 门类 merged down its rows: the kinds of files are the
    categories, 检查项目 names each item (a blind writer's table read 检查项目 as 19 categories)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["档案门类", "检查项目", "检查内容及要求", "评分标准", "分值"])
    ws.append(["组织建设类档案\n（6分）", "组织设置档案", "党小组设置及党员分组名单完整归档。", "缺一项扣1分。", 3])
    ws.append([None, "班子建设档案", "“两委”成员花名册完整归档。", "缺一项扣1分。", 3])
    ws.append(["党员管理类档案\n（4分）", "党员名册档案", "党员花名册每半年核对一次。", "未核对的扣1分。", 4])
    ws.merge_cells("A2:A3")
    path = tmp_path / "files.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points, len(c.items)) for c in rubric.categories] == [
        ("组织建设类档案", 6.0, 2), ("党员管理类档案", 4.0, 1)]


def test_a_checklists_register_name_column_names_the_item(tmp_path: Path) -> None:
    # 台账名称 | 内容及时间要求 | 分值 | 扣分标准: the register's name heads what the reader sees, and words that open on
    # how often without naming the meeting are about the meeting the register records
    document = docx.Document()
    table = _docx_table(document, ["台账名称", "内容及时间要求", "分值", "扣分标准"], 3)
    rows = [("《支部委员会会议记录》", "每月召开1次，研究支部重要事项，记录议题和决定事项。", "6", "每少1次扣0.5分，最高扣4分。"),
            ("《党员花名册》", "载明党员姓名、入党时间，每年1月底前更新一次。", "2", "无花名册的扣1分。"),
            ("—", "党员大会每季度召开1次。", "4", "每少1次扣1分。")]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    path = tmp_path / "台账检查清单.docx"
    document.save(str(path))
    rubric = import_rubric(path)
    first, second, third = rubric.items()
    assert (first.name, first.text) == ("《支部委员会会议记录》", "每月召开1次，研究支部重要事项，记录议题和决定事项。")
    assert first.heading == "《支部委员会会议记录》：每月召开1次，研究支部重要事项，记录议题和决定事项。"
    [count] = [r for r in first.requirements if r.type == "count"]
    assert (count.meeting_type, count.per, count.min) == ("支部委员会", "month", 1)
    assert [d.requirement_ids() for d in first.deductions] == [[count.id]]
    assert second.heading == "《党员花名册》：载明党员姓名、入党时间，每年1月底前更新一次。"
    assert (third.name, third.heading) == ("", "党员大会每季度召开1次。")  # a "—" names nothing
    again = rubric_from_data(yaml.safe_load(dump_rubric_yaml(rubric)), "清单.yaml")
    assert [it.name for it in again.items()] == ["《支部委员会会议记录》", "《党员花名册》", ""]


def _veto_table(path: Path, layout: str) -> Path:
    """Three scored items (序号 1–3 under two section rows) and two 一票否决 cases numbered （一）（二）, printed
    as real tables print them: under a section row before the 合计 ("before"), after it ("after", "across": each
    case's words merged over the other columns), or with the section merged down the category column and no points
    at all ("merged")."""
    document = docx.Document()
    if layout == "merged":
        rows = [("考核项目", "序号", "考核内容", "分值", "评分标准"),
                ("一、组织建设（60分）", "1", "支部委员会每月召开1次。", "30", "每少1次扣1分。"),
                ("一、组织建设（60分）", "2", "党员大会每季度召开1次。", "30", "每少1次扣2分。"),
                ("二、为民服务（40分）", "3", "每季度开展志愿服务不少于1次。", "40", "每少1次扣5分。"),
                ("三、一票否决事项", "（一）", "村“两委”班子成员受到党纪处分的。", "", "实行一票否决。"),
                ("三、一票否决事项", "（二）", "发生重大安全生产事故的。", "", "实行一票否决。"),
                ("合计", "", "", "100", "")]
        table = document.add_table(rows=len(rows), cols=5)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        for first, last in ((1, 2), (4, 5)):
            _merge_docx_column(table, 0, first, last, rows[first][0])
        document.save(str(path))
        return path
    scored = [("S", "一、组织建设（60分）"), ("1", "班子", "支部委员会每月召开1次。", "30", "每少1次扣1分。"),
              ("2", "党员", "党员大会每季度召开1次。", "30", "每少1次扣2分。"), ("S", "二、为民服务（40分）"),
              ("3", "服务", "每季度开展志愿服务不少于1次。", "40", "每少1次扣5分。")]
    vetoes = [("S", "三、一票否决事项"),
              ("（一）", "否决情形", "村“两委”班子成员受到党纪处分的。", "—", "实行一票否决，当年不得评定星级。"),
              ("（二）", "否决情形", "发生重大安全生产事故的。", "—", "实行一票否决，当年不得评定星级。")]
    total = [("合计", "", "", "100", "")]
    rows = [("序号", "评定项目", "评定内容", "分值", "评分标准"), *scored,
            *(vetoes + total if layout == "before" else total + vetoes)]
    table = document.add_table(rows=len(rows), cols=5)
    for r, row in enumerate(rows):
        if row[0] == "S":
            table.cell(r, 0).merge(table.cell(r, 4)).text = row[1]
            continue
        if layout == "across" and row[0].startswith("（"):  # the case's words merged over every other column
            table.cell(r, 0).text = row[0]
            table.cell(r, 1).merge(table.cell(r, 4)).text = row[2]
            continue
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(str(path))
    return path


@pytest.mark.parametrize("layout", ["before", "after", "across", "merged"])
def test_veto_cases_are_a_part_of_their_own_and_keep_the_items_numbers(tmp_path: Path, layout: str) -> None:
    rubric = import_rubric(_veto_table(tmp_path / f"星级评定{layout}.docx", layout))
    assert [(c.name, c.points, [(it.id, it.points) for it in c.items]) for c in rubric.categories] == [
        ("组织建设", 60.0, [("1", 30.0), ("2", 30.0)]), ("为民服务", 40.0, [("3", 40.0)]),
        ("一票否决事项", 0.0, [("4", 0.0), ("5", 0.0)])]
    assert rubric.total == 100
    assert [it.text for it in rubric.categories[2].items] == ["村“两委”班子成员受到党纪处分的。", "发生重大安全生产事故的。"]
    vetoes = [n for n in rubric.notes.splitlines() if "一票否决情形" in n]
    assert len(vetoes) == 2 and "按 0 分导入，由考核组认定" in vetoes[0]
    assert not any("三、一票否决事项" in n for n in rubric.notes.splitlines())
    if layout == "across":
        assert [it.scoring for it in rubric.categories[2].items] == ["", ""]


def test_a_column_headed_only_deduct_is_the_scoring_when_it_prints_rules(tmp_path: Path) -> None:
    # 序号 | 资料名称 | 归档要求 | 分值 | 扣分 | 得分: a checklist's rules under a bare 扣分 header; beside a 评分标准
    # column the same header is a score to fill in
    for name, rows, expected in [
        ("清单.xlsx", [("序号", "资料名称", "归档要求", "分值", "扣分", "得分"),
                       (1, "支部委员会会议记录", "每月召开1次支部委员会。", 6, "每少1次扣0.5分。", None),
                       (2, "党员花名册", "每年更新一次。", 4, "无花名册的扣2分；未更新的扣1分。", None)],
         ["每少1次扣0.5分。", "无花名册的扣2分；未更新的扣1分。"]),
        ("细则.xlsx", [("序号", "考核内容", "分值", "评分标准", "扣分"),
                       (1, "每月召开1次支部委员会。", 6, "每少1次扣0.5分。", None),
                       (2, "党员花名册每年更新一次。", 4, "无花名册的扣2分。", None)],
         ["每少1次扣0.5分。", "无花名册的扣2分。"])]:
        wb = openpyxl.Workbook()
        for row in rows:
            wb.active.append(list(row))
        wb.save(str(tmp_path / name))
        items = import_rubric(tmp_path / name).items()
        assert [it.scoring for it in items] == expected
        assert [d.per_unit for d in items[0].deductions] == [0.5]


@pytest.mark.parametrize(("text", "expected"), [
    # quoted grades, said with 为, over clauses: one discretionary rule
    ("会议记录由考核组查阅评定，记录规范、要素齐全的为“好”，得2分；基本规范的为“较好”，得1分；要素缺失较多的为“一般”，不得分。",
     [("记录规范、要素齐全的为“好”，得2分；基本规范的为“较好”，得1分；要素缺失较多的为“一般”，不得分", True, [])]),
    # the grading after 综合评定 is that rule
    ("由镇党委综合评定：“好”得8分，“较好”得6分，“一般”得4分。",
     [("由镇党委综合评定：“好”得8分，“较好”得6分，“一般”得4分", True, [])]),
    # grades named by a rate's bands are the bands
    ("满意率95%以上的为“好”，得8分；90%（含）—95%的为“较好”，得6分；85%以下的不得分。",
     [("95%以上的为“好”，得8分，90%（含）—95%的为“较好”，得6分，85%以下的不得分", False,
       [(0.95, None, 8.0), (0.9, 0.95, 6.0), (0.0, 0.85, 0.0)])]),
])
def test_grades_quoted_or_over_clauses(text: str, expected) -> None:
    rules = parse_deductions(text, full_points=8)
    assert [(d.text, d.discretionary, [(b.low, b.high, b.score) for b in d.bands]) for d in rules] == expected


def test_bands_of_hours_with_the_unit_printed_once_after_the_range() -> None:
    [rule] = parse_deductions("人均时长20小时以上的得2分，15（含）—20小时的得1分，15小时以下的不得分。", full_points=2)
    assert rule.unit == "小时"
    assert [(b.low, b.high, b.score) for b in rule.bands] == [(20.0, None, 2.0), (15.0, 20.0, 1.0), (0.0, 15.0, 0.0)]


def test_an_items_short_name_beside_its_words_heads_it(tmp_path: Path) -> None:
    # 一级指标 | 二级指标 | 评价标准: the 二级指标 names the item; the reader sees "党费收缴：党员按月足额交纳党费。"
    wb = openpyxl.Workbook()
    for row in [("一级指标", "二级指标", "评价标准", "分值", "评分方法"),
                ("组织力", "三会一课", "支部委员会每月召开1次。", 6, "每缺1次扣0.5分。"),
                (None, "党费收缴", "党员按月足额交纳党费。", 4, "未按月交纳的，每人次扣0.2分。")]:
        wb.active.append(list(row))
    wb.save(str(tmp_path / "指数.xlsx"))
    items = import_rubric(tmp_path / "指数.xlsx").items()
    assert [(it.name, it.text) for it in items] == [("三会一课", "支部委员会每月召开1次。"), ("党费收缴", "党员按月足额交纳党费。")]
    assert [it.heading for it in items] == ["三会一课：支部委员会每月召开1次。", "党费收缴：党员按月足额交纳党费。"]


def test_bands_printed_as_what_each_subtracts_are_the_bands_they_keep() -> None:
    [rule] = parse_deductions("满意率95%以上的不减分，90%（含）—95%的减2分，85%（含）—90%的减4分，85%以下的减8分。", full_points=8)
    assert [(b.low, b.high, b.score) for b in rule.bands] == [(0.95, None, 8.0), (0.9, 0.95, 6.0), (0.85, 0.9, 4.0),
                                                              (0.0, 0.85, 0.0)]


@pytest.mark.parametrize(("text", "expected"), [
    ("好、较好、一般分别得1分、0.6分、0.3分；未开展的扣1分。", [("未开展的扣1分", False), ("好、较好、一般分别得1分、0.6分、0.3分", True)]),
    ("走访每少1遍扣0.2分，最高扣2分。", [("走访每少1遍扣0.2分，最高扣2分", False)]),
])
def test_grades_listed_with_their_scores_and_rounds_missed(text: str, expected) -> None:
    rules = parse_deductions(text, full_points=2)
    assert [(d.text, d.discretionary) for d in rules] == expected
    assert all(d.discretionary or d.per_unit or d.points == 1 for d in rules)


def test_short_names_in_a_content_column_beside_the_requirements_are_labels(tmp_path: Path) -> None:
    """序号 | 考核内容 | 考核要求 | 分值 | 扣分标准 where 考核内容 holds short names ("党费收缴"): the names label the
    items (their names) and the words are the 考核要求; beside a column of the papers kept (台账资料要求) the name is part of the
    item's words."""
    document = docx.Document()
    table = _docx_table(document, ["序号", "考核内容", "考核要求", "分值", "扣分标准"], 3)
    rows = [("1", "学习计划", "年初制定党员学习计划，明确学习专题和时间安排，报街道党工委备案。", "3", "未制定计划的扣2分。"),
            ("2", "党费收缴", "党员按月足额交纳党费，建立党费收缴台账，每半年公示一次。", "3", "每少公示一次扣0.5分。"),
            ("3", "“学习强国”", "党员“学习强国”注册率达到100%，季度参学率不低于85%。", "2", "注册率未达100%的扣1分。")]
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "peixun.docx"
    document.save(str(path))
    assert [(i.id, i.name, i.text) for i in import_rubric(path).items()] == [
        ("1", "学习计划", "年初制定党员学习计划，明确学习专题和时间安排，报街道党工委备案。"),
        ("2", "党费收缴", "党员按月足额交纳党费，建立党费收缴台账，每半年公示一次。"),
        ("3", "“学习强国”", "党员“学习强国”注册率达到100%，季度参学率不低于85%。")]

    document = docx.Document()
    table = _docx_table(document, ["序号", "考核内容", "台账资料要求", "分值", "评分办法"], 2)
    rows = [("1", "“三会一课”", "支委会、党员大会、党小组会和党课记录本，记录要素齐全。", "6", "缺一本扣1分。"),
            ("2", "主题党日", "每月主题党日活动方案、签到表和照片。", "4", "每缺一个月扣0.5分。")]
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    path = tmp_path / "taizhang.docx"
    document.save(str(path))
    assert [(i.id, i.text) for i in import_rubric(path).items()] == [
        ("1", "“三会一课”：支委会、党员大会、党小组会和党课记录本，记录要素齐全。"),
        ("2", "主题党日：每月主题党日活动方案、签到表和照片。")]


def test_a_base_part_banner_and_its_total_are_no_categories(tmp_path: Path) -> None:
    """"一、基础分（100分）" across a table with a 考核项目 column, "基础分合计" under it and "二、加分项（最高加10分）"
    below: the items keep their 考核项目 categories, the part's total is no category (the total stays 100) and the
    bonus rows' own short names are no categories either but the bonuses' names."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某项目部党支部2026年度党建工作考核评分表"])
    ws.merge_cells("A1:F1")
    ws.append(["序号", "考核项目", "考核内容", "基础分", "扣分标准", "得分"])
    ws.append(["一、基础分（100分）"])
    ws.merge_cells("A3:F3")
    for row in (("1", "组织建设", "支部委员会每月召开1次，党员大会每季度召开1次。", "50", "每少1次扣1分。"),
                ("2", "组织建设", "党员按月足额交纳党费，每半年公示一次。", "30", "未公示的扣1分。"),
                ("3", "作用发挥", "设立党员先锋岗不少于2个。", "20", "每少1个扣2分。")):
        ws.append([*row, ""])
    ws.append(["", "基础分合计", "", "100", "", ""])
    ws.append(["二、加分项（最高加10分）"])
    ws.merge_cells(f"A{ws.max_row}:F{ws.max_row}")
    ws.append(["1", "创新项目", "党建工作经验被集团推广。", "5", "被推广的加5分。", ""])
    ws.append(["2", "表彰奖励", "获得市级以上表彰。", "5", "获表彰的加5分。", ""])
    path = tmp_path / "jichufen.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [(c.name, c.points, len(c.items)) for c in rubric.categories] == [
        ("组织建设", 80.0, 2), ("作用发挥", 20.0, 1), ("加分项", 0.0, 2)]
    assert rubric.total == 100
    assert [it.heading for it in rubric.categories[-1].items] == ["创新项目：党建工作经验被集团推广。", "表彰奖励：获得市级以上表彰。"]


def test_two_scoring_named_columns_beside_the_items_names(tmp_path: Path) -> None:
    """积分项目 | 积分标准 | 分值 | 计分办法: the items' names, what is asked (积分标准), points, how they are taken;
    a bonus part headed "附：加分项目（…）" below the 合计 is no part of the last category."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "积分项目", "积分标准", "分值", "计分办法"])
    ws.append(["一、基础工作（20分）"])
    ws.append([1, "组织生活", "每月召开1次支委会。", 10, "每少1次扣1分。"])
    ws.append([2, "党费收缴", "按月足额收缴党费。", 10, "未按月收缴的扣2分。"])
    ws.append(["合计", None, None, 20, None])
    ws.append(["附：加分项目（累计最高加5分）"])
    ws.append([1, "表彰奖励", "获县级以上表彰。", None, "每项加1分。"])
    ws.merge_cells("A2:E2")
    ws.merge_cells("A6:E6")
    path = tmp_path / "jifen.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    [base, bonus] = rubric.categories
    assert (base.name, base.points, bonus.bonus) == ("基础工作", 20.0, True)
    first = base.items[0]
    assert (first.text, first.scoring) == ("每月召开1次支委会。", "每少1次扣1分。")
