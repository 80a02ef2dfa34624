"""`taizhang rubric import` as a new user meets it: what it understood, --json, corrections kept on re-import, and
a table of ten ordinary items checked end to end on the sample archive (status, the 缺失材料清单, the 整改方案)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pytest
import yaml

SAMPLE = Path(__file__).resolve().parent.parent / "sample_evidence"
HEADER = ["序号", "考核项目", "考核内容", "分值", "评分标准"]
ROWS = [
    ("1", "组织生活", "每月召开1次支委会", "5", "少一次扣0.5分"),
    ("2", "组织生活", "每季度召开1次党员大会和上1次党课", "6", "每少一次扣1分"),
    ("3", "组织生活", "党员参会率达90%以上", "4", "每低5个百分点扣1分"),
    ("4", "党费管理", "按月足额收缴党费，有党费收缴台帐", "5", "有党员欠交党费的每人扣1分，最高扣3分"),
    ("5", "工作计划", "年初有工作计划、年底有工作总结", "4", "缺一项扣2分"),
    ("6", "主题党日", "主题党日每月1次，有活动照片", "5", "少一次扣0.5分"),
    ("7", "班子建设", "班子成员中至少有1名35周岁以下、1名大专以上学历", "3", "不符合的不得分"),
    ("8", "群众满意", "群众对社区党组织满意率达到90%", "6", "85%—90%得5分，80%—85%得3分，80%以下不得分"),
    ("9", "作用发挥", "党组织战斗堡垒作用发挥明显，群众评价好", "4", "酌情扣分"),
    ("10", "制度建设", "建立健全三会一课制度、党费收缴制度、党务公开制度", "3", "缺一项扣1分，扣完为止"),
]


def make_table(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("幸福街道社区党组织党建工作考核评分表")
    table = document.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for c, head in enumerate(HEADER):
        table.cell(0, c).text = head
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(str(path))
    return path


def test_import_prints_what_it_understood(tmp_path, cli_run):
    table = make_table(tmp_path / "评分表.docx")
    code, out, err = cli_run("rubric", "import", str(table), "-o", str(tmp_path / "评分表.yaml"))
    assert code == 0, err
    assert "第1项（5分）每月召开1次支委会" in out
    assert "核查1〔次数〕每月召开支委会不少于1次　← 原文：每月召开1次支委会" in out
    assert "扣分：少一次扣0.5分 → 每缺1次扣0.5分（对应核查1）" in out
    assert "〔考核组判断〕党组织战斗堡垒作用发挥明显，群众评价好。" in out
    assert "扣分：酌情扣分 → 酌情扣分（考核组决定，自评不估算）" in out
    assert "请补充可核查的要求" not in out


def test_import_json_shape(tmp_path, cli_run):
    table = make_table(tmp_path / "评分表.docx")
    code, out, err = cli_run("rubric", "import", str(table), "-o", str(tmp_path / "r.yaml"), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"output", "id", "title", "total", "categories", "items", "unsure", "kept", "changed"}
    assert data["total"] == 45 and data["unsure"] == [] and data["kept"] == []
    first = data["items"][0]
    assert set(first) == {"id", "category", "name", "text", "points", "requirements", "judgement", "deductions",
                          "unsure"}
    assert first["requirements"] == [{"id": "r1", "type": "count", "label": "次数", "description": "每月召开支委会不少于1次",
                                      "source": "每月召开1次支委会", "onsite": False}]
    assert first["deductions"] == [{"text": "少一次扣0.5分", "how": "每缺1次扣0.5分", "requirements": ["r1"]}]
    bands = data["items"][7]["deductions"][0]
    assert bands["how"] == "按比例分档得分：85%～90%得5分，80%～85%得3分，80%以下得0分"


def test_a_correction_survives_a_reimport(tmp_path, cli_run):
    table = make_table(tmp_path / "评分表.docx")
    own = tmp_path / "评分表.yaml"
    assert cli_run("rubric", "import", str(table), "-o", str(own))[0] == 0
    data = yaml.safe_load(own.read_text(encoding="utf-8"))
    item9 = next(it for cat in data["categories"] for it in cat["items"] if it["id"] == "9")
    item9["requirements"].insert(0, {"id": "r0", "type": "doc", "description": "有书记抓党建述职报告", "kind": "总结",
                                     "keywords": ["述职"]})
    own.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert cli_run("rubric", "validate", str(own))[0] == 0

    code, out, err = cli_run("rubric", "import", str(table), "-o", str(own))  # without --force: says, writes nothing
    assert code == 2 and "已存在" in err
    assert "人工改过的1项将保留：第9项" in out
    assert "述职" in own.read_text(encoding="utf-8")

    code, out, _ = cli_run("rubric", "import", str(table), "-o", str(own), "--force")
    assert code == 0 and "人工改过的1项已保留：第9项" in out
    kept = next(it for cat in yaml.safe_load(own.read_text(encoding="utf-8"))["categories"] for it in cat["items"]
                if it["id"] == "9")
    assert kept["requirements"][0]["description"] == "有书记抓党建述职报告"

    # A second re-import still knows item 9 was corrected; --discard-edits drops the correction.
    assert "人工改过的1项已保留：第9项" in cli_run("rubric", "import", str(table), "-o", str(own), "--force")[1]
    assert cli_run("rubric", "import", str(table), "-o", str(own), "--force", "--discard-edits")[0] == 0
    assert "述职" not in own.read_text(encoding="utf-8")


def test_a_changed_table_says_which_items_change(tmp_path, cli_run):
    own = tmp_path / "评分表.yaml"
    assert cli_run("rubric", "import", str(make_table(tmp_path / "a.docx")), "-o", str(own))[0] == 0
    ROWS_B = list(ROWS)
    ROWS_B[0] = ("1", "组织生活", "每月召开2次支委会", "5", "少一次扣0.5分")
    document = docx.Document(str(tmp_path / "a.docx"))
    document.tables[0].cell(1, 2).text = ROWS_B[0][2]
    document.save(str(tmp_path / "b.docx"))
    code, out, _ = cli_run("rubric", "import", str(tmp_path / "b.docx"), "-o", str(own), "--force")
    assert code == 0 and "已改变的1项：第1项" in out


def test_a_renamed_table_keeps_the_files_id(tmp_path, cli_run):
    """Filings and overrides are kept under the rubric's id: next year's copy of the table, saved under another name
    and imported over the same file, must not orphan them; --id still names another on purpose."""
    own = tmp_path / "评分表.yaml"
    assert cli_run("rubric", "import", str(make_table(tmp_path / "2025年考核表.docx")), "-o", str(own))[0] == 0
    first = yaml.safe_load(own.read_text(encoding="utf-8"))["id"]
    renamed = shutil.copy(tmp_path / "2025年考核表.docx", tmp_path / "考核表（修订）.docx")
    code, out, err = cli_run("rubric", "import", str(renamed), "-o", str(own), "--force", "--json")
    assert code == 0, err
    assert json.loads(out)["id"] == first == yaml.safe_load(own.read_text(encoding="utf-8"))["id"]
    assert cli_run("rubric", "import", str(renamed), "-o", str(own), "--force", "--id", "xin")[0] == 0
    assert yaml.safe_load(own.read_text(encoding="utf-8"))["id"] == "xin"


@pytest.mark.slow
def test_ten_ordinary_items_checked_on_the_sample(tmp_path, cli_run):
    """The table a new user brings: statuses find the shortfalls with their numbers, the scoring rules price them,
    and the 缺失材料清单 and 整改方案 list them."""
    root = tmp_path / "幸福里"
    shutil.copytree(SAMPLE, root)
    own = tmp_path / "评分表.yaml"
    assert cli_run("rubric", "import", str(make_table(tmp_path / "评分表.docx")), "-o", str(own))[0] == 0
    assert cli_run("init", str(root), "--rubric", str(own), "--org", "幸福里社区党支部", "--year", "2025")[0] == 0
    assert cli_run("--archive", str(root), "ingest", "--no-ocr")[0] in (0, 3)
    code, out, err = cli_run("--archive", str(root), "file", "--accept", "--json")
    assert code == 0, err
    accepted = json.loads(out)
    assert accepted["per_item"].get("1", 0) >= 8  # the 支委会 minutes go to the item that names 支委会
    code, out, err = cli_run("--archive", str(root), "status", "--as-of", "2025-12-31", "--json")
    assert code == 0, err
    items = {it["id"]: it for it in json.loads(out)["items"]}

    meetings = items["1"]["findings"][0]
    assert (items["1"]["status"], meetings["met"], meetings["missing"]) == ("partial", False, ["3月", "7月"])
    assert items["1"]["score"] == 4.0  # 少一次扣0.5分 × 2
    dues = items["4"]["findings"][0]
    assert dues["type"] == "ledger" and dues["met"] is False and "王秀兰" in dues["detail"]
    assert items["4"]["deduction"] == 1.0  # 每人扣1分: one member (王秀兰, three months) in arrears
    rate = items["3"]["findings"][0]
    assert rate["type"] == "rate" and rate["met"] is False and 0 < items["3"]["deduction"] < 1  # 每低5个百分点扣1分
    assert items["5"]["status"] == "covered"
    assert items["9"]["findings"][0]["met"] is None  # the inspectors' judgement

    out_dir = tmp_path / "输出"
    assert cli_run("--archive", str(root), "report", "all", "-o", str(out_dir))[0] == 0
    gaps = " ".join(c.text for t in docx.Document(str(out_dir / "缺失材料清单.docx")).tables
                    for r in t.rows for c in r.cells)
    plan = " ".join(c.text for t in docx.Document(str(out_dir / "整改方案.docx")).tables for r in t.rows for c in r.cells)
    for text in (gaps, plan):
        assert "3月、7月无支委会记录" in text and "王秀兰" in text
    assert "暂无需要整改的问题" not in " ".join(p.text for p in docx.Document(str(out_dir / "整改方案.docx")).paragraphs)


def test_filings_to_an_own_rubric_file_are_what_status_reads(tmp_path, cli_run):
    """The archive's own rubric file names itself by another id than the path taizhang.toml keeps: what `file`
    files under that path is what `status` reads (a paper found only by its words, and a time in each month)."""
    document = docx.Document()
    document.add_paragraph("幸福村党支部考核评分表")
    table = document.add_table(rows=2, cols=4)
    for c, value in enumerate(["序号", "考核内容", "分值", "评分标准"]):
        table.cell(0, c).text = value
    for c, value in enumerate(["1", "第一书记每月驻村工作不少于20天，建立驻村工作日志。", "10",
                               "驻村时间不足的，每少1天扣0.5分，最高扣5分；无工作日志的扣1分。"]):
        table.cell(1, c).text = value
    document.save(str(tmp_path / "评分表.docx"))
    root = tmp_path / "幸福村"
    (root / "材料").mkdir(parents=True)
    for month, days in [(1, 22), (2, 21), (3, 12)]:
        log = docx.Document()
        log.add_heading(f"2025年{month}月第一书记驻村工作日志", 1)
        log.add_paragraph(f"2025年{month}月28日。本月驻村{days}天，走访农户，协调产业项目。")
        log.save(str(root / "材料" / f"2025年{month}月驻村工作日志.docx"))
    assert cli_run("rubric", "import", str(tmp_path / "评分表.docx"), "-o", str(root / "评分表.yaml"))[0] == 0
    assert cli_run("init", str(root), "--rubric", str(root / "评分表.yaml"), "--org", "幸福村党支部",
                   "--year", "2025")[0] == 0
    assert cli_run("--archive", str(root), "ingest", "--no-ocr")[0] in (0, 3)
    code, out, err = cli_run("--archive", str(root), "file", "--accept", "--json")
    assert code == 0, err
    assert json.loads(out)["per_item"] == {"1": 3}
    code, out, err = cli_run("--archive", str(root), "status", "--as-of", "2025-04-15", "--json")
    assert code == 0, err
    [item] = json.loads(out)["items"]
    days, log = item["findings"]
    assert (days["met"], days["missing"]) == (False, ["3月12天"])
    assert log["met"] is True and len(log["evidence"]) == 3
    assert item["deduction"] == 4.0  # 每少1天扣0.5分 × 8 days short in March
    # a paper filed by hand, the ones accepted and the export all under the same rubric
    note = root / "材料" / "驻村情况说明.docx"
    paper = docx.Document()
    paper.add_paragraph("2025年4月10日　第一书记驻村工作日志补充说明：4月驻村22天。")
    paper.save(str(note))
    assert cli_run("--archive", str(root), "ingest", "--no-ocr")[0] in (0, 3)
    assert cli_run("--archive", str(root), "file", str(note), "--item", "1")[0] == 0
    code, out, err = cli_run("--archive", str(root), "status", "--as-of", "2025-04-30", "--json")
    [item] = json.loads(out)["items"]
    assert len(item["findings"][1]["evidence"]) == 4 and item["findings"][0]["missing"] == ["3月12天"]
    export = tmp_path / "归档.csv"
    assert cli_run("--archive", str(root), "filings", "export", str(export))[0] == 0
    rows = export.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert sorted(r.split(",")[2] for r in rows) == ["1"] * 4 and sum(",manual," in r for r in rows) == 1


def test_filings_an_earlier_version_kept_under_the_rubric_files_path_are_adopted(tmp_path, cli_run):
    """Accepted filings an earlier version kept under the path taizhang.toml names the rubric file by are moved under
    the file's id at the next ingest, so status reads them and nothing the archivist decided is lost."""
    import sqlite3

    document = docx.Document()
    table = document.add_table(rows=2, cols=4)
    for c, value in enumerate(["序号", "考核内容", "分值", "评分标准"]):
        table.cell(0, c).text = value
    for c, value in enumerate(["1", "建立驻村工作日志。", "5", "无工作日志的扣1分。"]):
        table.cell(1, c).text = value
    document.save(str(tmp_path / "评分表.docx"))
    root = tmp_path / "幸福村"
    (root / "材料").mkdir(parents=True)
    log = docx.Document()
    log.add_paragraph("2025年3月28日　第一书记驻村工作日志：本月驻村22天。")
    log.save(str(root / "材料" / "三月日志.docx"))
    assert cli_run("rubric", "import", str(tmp_path / "评分表.docx"), "-o", str(root / "评分表.yaml"))[0] == 0
    assert cli_run("init", str(root), "--rubric", str(root / "评分表.yaml"), "--org", "幸福村党支部",
                   "--year", "2025")[0] == 0
    assert cli_run("--archive", str(root), "ingest", "--no-ocr")[0] in (0, 3)
    conn = sqlite3.connect(str(root / ".taizhang" / "catalog.sqlite"))
    [(eid,)] = conn.execute("SELECT id FROM evidence WHERE path LIKE '%三月日志%'").fetchall()
    with conn:
        conn.execute("INSERT INTO filings (evidence_id, rubric_id, item_id, source, score, who, at, note) "
                     "VALUES (?, '评分表.yaml', '1', 'suggestion', 0.8, 'root', '2025-04-01T00:00:00', '')", (eid,))
    conn.close()
    assert cli_run("--archive", str(root), "ingest", "--no-ocr")[0] in (0, 3)
    code, out, err = cli_run("--archive", str(root), "status", "--as-of", "2025-12-31", "--json")
    assert code == 0, err
    [item] = json.loads(out)["items"]
    assert item["findings"][0]["met"] is True and item["findings"][0]["evidence"] == ["材料/三月日志.docx"]
    conn = sqlite3.connect(str(root / ".taizhang" / "catalog.sqlite"))
    own_id = yaml.safe_load((root / "评分表.yaml").read_text(encoding="utf-8"))["id"]
    assert conn.execute("SELECT rubric_id FROM filings").fetchall() == [(own_id,)] and own_id != "评分表.yaml"
    conn.close()


def test_the_readme_requirement_examples_validate():
    """The README's one-example-per-type block is a valid item: a user can copy from it."""
    from archive.rubric.loader import rubric_from_data

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    start = readme.index("```yaml", readme.index("每一项的 `requirements` 是一个列表")) + len("```yaml\n")
    item = yaml.safe_load(readme[start:readme.index("```", start)])
    item.update({"id": "1", "text": "示例", "points": 10})
    rubric = rubric_from_data({"id": "x", "title": "x", "source": "x", "kind": "points", "total": 10,
                               "categories": [{"name": "甲", "points": 10, "items": [item]}]}, "README.md")
    types = {r.type for r in rubric.items()[0].requirements}
    assert types == {"count", "window", "rate", "ledger", "roster", "doc", "photo", "duration", "judgement"}


def test_validate_names_the_line_of_a_mistake(tmp_path, cli_run):
    own = tmp_path / "评分表.yaml"
    assert cli_run("rubric", "import", str(make_table(tmp_path / "评分表.docx")), "-o", str(own))[0] == 0
    lines = own.read_text(encoding="utf-8").splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip() == "per: month")
    lines[at] = lines[at].replace("month", "monthly")
    own.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = cli_run("rubric", "validate", str(own))
    assert code == 5
    assert f"第1类「组织生活」 第1项（序号 1） requirements 第1条（第{at + 1}行）：字段「per」的值「monthly」无效" in err


def test_a_total_row_in_any_column_and_a_closing_remark_are_not_items(tmp_path):
    import openpyxl

    from archive.rubric.importer import import_rubric

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["某街道社区党建考核细则"])
    ws.append(["考核指标", "考核要点", "分值", "扣分办法"])
    ws.append(["组织建设", "每月召开1次支委会", 6, "少一次扣0.5分"])
    ws.append([None, "党员参会率不低于90%", 4, "每低5个百分点扣1分"])
    ws.append(["合计", None, 10, None])  # the word in the category column, the total under 分值
    ws.append(["备注：加分项另行通知。"])
    ws.merge_cells("A3:A4")
    path = tmp_path / "细则.xlsx"
    wb.save(str(path))
    rubric = import_rubric(path)
    assert [it.text for it in rubric.items()] == ["每月召开1次支委会", "党员参会率不低于90%"]
    assert rubric.total == 10
    assert "原表备注：加分项另行通知。" in rubric.notes.splitlines()


def test_bonus_items_are_no_shortfalls(tmp_path, cli_run):
    """A bonus table printed below the scoring table: its category is read as a 加分项 (bonus: true), its items have
    statuses but are not counted, and neither the 缺失材料清单 nor the 整改方案 asks for their proof; the 自评表 lists
    them apart, without points."""
    path = make_table(tmp_path / "评分表.docx")
    document = docx.Document(str(path))
    bonus = document.add_table(rows=3, cols=4)
    for r, row in enumerate([("序号", "加分内容", "最高加分", "加分标准"),
                             ("1", "获得区级以上表彰", "3", "每项加1分"), ("2", "经验做法被市级媒体报道", "2", "每篇加1分")]):
        for c, value in enumerate(row):
            bonus.cell(r, c).text = value
    document.save(str(path))
    own = tmp_path / "评分表.yaml"
    code, out, err = cli_run("rubric", "import", str(path), "-o", str(own))
    assert code == 0, err
    assert "第11项（加分项，由考核组认定）获得区级以上表彰" in out
    data = yaml.safe_load(own.read_text(encoding="utf-8"))
    assert [(c["name"], c.get("bonus")) for c in data["categories"]][-2:] == [("制度建设", None), ("加分项", True)]
    assert data["total"] == 45
    assert cli_run("rubric", "validate", str(own))[0] == 0
    wrong = tmp_path / "改错.yaml"  # a bonus given points by hand would count beyond the total
    wrong.write_text(own.read_text(encoding="utf-8").replace("points: 0.0\n", "points: 3.0\n", 1), encoding="utf-8")
    code, _, err = cli_run("rubric", "validate", str(wrong))
    assert code == 5 and "是加分项（bonus: true），类别和各项的标准分应为 0" in err

    root = tmp_path / "幸福里"
    root.mkdir()
    assert cli_run("init", str(root), "--rubric", str(own), "--org", "幸福里社区党支部", "--year", "2025")[0] == 0
    code, out, err = cli_run("--archive", str(root), "status", "--as-of", "2025-12-31", "--json")
    assert code == 0, err
    status = json.loads(out)
    assert status["categories"][-1] == {"name": "加分项", "points": 0.0, "score": 0.0,
                                        "score_range": {"min": 0.0, "max": 0.0}, "detailed": True, "bonus": True}
    bonus_ids = [it["id"] for it in status["items"] if it["category"] == "加分项"]
    assert bonus_ids == ["11", "12"]  # numbered on from the scored items' 序号
    assert all(it["status"] == "missing" for it in status["items"] if it["id"] in bonus_ids)
    assert status["counts"] == {"missing": 10, "partial": 0, "review": 0, "covered": 0}

    out_dir = tmp_path / "输出"
    assert cli_run("--archive", str(root), "report", "all", "-o", str(out_dir))[0] == 0
    gaps = docx.Document(str(out_dir / "缺失材料清单.docx"))
    listed = [r.cells[2].text.split("　")[0] for t in gaps.tables for r in t.rows[1:]]
    assert listed == [f"第{n}项" for n in range(1, 11)]
    ids = "、".join(f"第{i}项" for i in bonus_ids)
    intro = " ".join(p.text for p in gaps.paragraphs)
    assert f"加分项（{ids}）由考核组认定，未提供材料的不扣分，不列入本清单。" in intro
    assert "共10个评分项" in intro  # the scored items, as the 自评表 counts them
    plan = docx.Document(str(out_dir / "整改方案.docx"))
    problems = [r.cells[1].text for t in plan.tables for r in t.rows[1:]]
    assert problems and not [p for p in problems if any(f"第{i}项" in p for i in bonus_ids)]
    table = docx.Document(str(out_dir / "自评表.docx"))
    rows = {r.cells[1].text: [c.text for c in r.cells] for t in table.tables for r in t.rows}
    assert rows[bonus_ids[0]][0] == "加分项\n（由考核组认定）" and rows[bonus_ids[0]][3:5] == ["—", "—"]
    narrative = " ".join(p.text for p in table.paragraphs)
    assert "共10个评分项" in narrative and f"另有加分项2项（{ids}），由考核组认定，不计入自评分。" in narrative

    from archive.web import create_app
    from archive.workspace import open_workspace

    page = create_app(open_workspace(root)).test_client().get("/rubric").get_data(as_text=True)
    bonus_part = page[page.index("<b>加分项</b>"):]
    assert "加分由考核组认定，不计入总分" in bonus_part and bonus_part.count("未提供材料（不扣分）") == 2
    assert "缺少材料" not in bonus_part[:bonus_part.index("</details>")]


CHECKLIST = [
    ("《支部委员会会议记录》", "每月召开1次，研究支部重要事项，记录议题、出席人员和决定事项。", "6", "每少1次扣0.5分，最高扣4分。"),
    ("《党费收缴台账》", "按月足额收缴，逐月登记。", "4", "有党员欠交党费的每人扣1分，最高扣3分。"),
]


def test_a_checklists_register_names_head_its_items_everywhere(tmp_path, cli_run):
    """台账名称 | 内容及时间要求 | 分值 | 扣分标准: the 支委会 minutes are filed to, and checked against, the register
    that names them although its words do not; the 自评表 prints the register's name before its words."""
    document = docx.Document()
    table = document.add_table(rows=1 + len(CHECKLIST), cols=4)
    for c, head in enumerate(["台账名称", "内容及时间要求", "分值", "扣分标准"]):
        table.cell(0, c).text = head
    for r, row in enumerate(CHECKLIST, start=1):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(str(tmp_path / "台账检查清单.docx"))
    root = tmp_path / "幸福里"
    shutil.copytree(SAMPLE, root)
    own = tmp_path / "清单.yaml"
    code, out, err = cli_run("rubric", "import", str(tmp_path / "台账检查清单.docx"), "-o", str(own))
    assert code == 0, err
    assert "第1项（6分）《支部委员会会议记录》：每月召开1次" in out
    assert cli_run("init", str(root), "--rubric", str(own), "--org", "幸福里社区党支部", "--year", "2025")[0] == 0
    assert cli_run("--archive", str(root), "ingest", "--no-ocr")[0] in (0, 3)
    code, out, err = cli_run("--archive", str(root), "file", "--accept", "--json")
    assert code == 0, err
    assert json.loads(out)["per_item"].get("1", 0) >= 8
    code, out, err = cli_run("--archive", str(root), "status", "--as-of", "2025-12-31", "--json")
    first = json.loads(out)["items"][0]
    assert first["text"].startswith("《支部委员会会议记录》：每月召开1次")
    assert (first["findings"][0]["missing"], first["score"]) == (["3月", "7月"], 5.0)
    report = tmp_path / "自评表.docx"
    assert cli_run("--archive", str(root), "report", "self-assessment", "-o", str(report))[0] == 0
    cells = [c.text for t in docx.Document(str(report)).tables for r in t.rows for c in r.cells]
    assert any(c.startswith("《支部委员会会议记录》：每月召开1次") for c in cells)


def test_veto_cases_are_the_inspectors_to_confirm_and_no_missing_paper(tmp_path, cli_run):
    """A 星级 table's 一票否决 cases at 0 points: no paper proves 发生重大安全生产事故, so none is listed as missing;
    each waits for the inspectors, named by its case."""
    document = docx.Document()
    rows = [("序号", "评定内容", "分值", "评分标准"), ("1", "每月召开1次支委会。", "100", "每少1次扣1分。"),
            ("S", "二、一票否决事项"), ("（一）", "发生重大安全生产事故的。", "—", "实行一票否决，当年不得评定星级。")]
    table = document.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        if row[0] == "S":
            table.cell(r, 0).merge(table.cell(r, 3)).text = row[1]
            continue
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(str(tmp_path / "星级.docx"))
    root = tmp_path / "幸福里"
    shutil.copytree(SAMPLE, root)
    own = tmp_path / "星级.yaml"
    assert cli_run("rubric", "import", str(tmp_path / "星级.docx"), "-o", str(own))[0] == 0
    assert cli_run("init", str(root), "--rubric", str(own), "--org", "幸福里社区党支部", "--year", "2025")[0] == 0
    code, out, err = cli_run("--archive", str(root), "status", "--as-of", "2025-12-31", "--json")
    assert code == 0, err
    veto = {it["id"]: it for it in json.loads(out)["items"]}["2"]
    assert (veto["status"], veto["findings"][0]["detail"].startswith("待人工确认：由考核组判断：发生重大安全生产事故的")) == \
        ("review", True)
    report = tmp_path / "缺失材料清单.docx"
    assert cli_run("--archive", str(root), "report", "gaps", "-o", str(report))[0] == 0
    cells = " ".join(c.text for t in docx.Document(str(report)).tables for r in t.rows for c in r.cells)
    assert "安全生产事故" not in cells
    assert "以下1项是否达标需考核组现场判断（其中1项不需归档材料），不列为缺失材料。" in [
        p.text for p in docx.Document(str(report)).paragraphs]


def test_a_rule_in_steps_of_its_own_unit_is_printed_in_that_unit(tmp_path, cli_run):
    document = docx.Document()
    document.add_paragraph("仲裁院党支部考核评分表")
    rows = [HEADER, ("1", "业务培训", "年内培训基层调解员不少于100人次", "5", "培训每少10人次扣0.2分，最高扣1.5分"),
            ("2", "组织生活", "党员参会率达90%以上", "5", "每低5个百分点扣1分")]
    table = document.add_table(rows=len(rows), cols=len(HEADER))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.save(str(tmp_path / "表.docx"))
    code, out, err = cli_run("rubric", "import", str(tmp_path / "表.docx"), "-o", str(tmp_path / "r.yaml"))
    assert code == 0, err
    assert "扣分：培训每少10人次扣0.2分，最高扣1.5分 → 每缺10人次扣0.2分，最多扣1.5分" in out
    assert "扣分：每低5个百分点扣1分 → 每低5个百分点扣1分（按差距折算）" in out
