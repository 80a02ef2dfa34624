"""西关街道党工委2026年度社区党组织党建工作考核表 (.xlsx), as the clerk of a 街道党建办 types it up for the 社区党组织:
many short rows in a spreadsheet clerk's shorthand.

A merged title row and a merged "社区名称：… 考核人：… 考核日期：…" row above the header 类别 | 序号 | 考核内容 | 考核标准 |
分值 | 得分. The 类别 (the category) comes first, merged down its rows and printed on two lines with its points in
half-width brackets ("组织建设\\n(20分)"); 序号 runs 1..N through the categories. 考核内容 is a phrase, not a sentence
("支委会每月1次", "党费按月收缴", "党员教育培训每人每年≥32学时", "群众满意度≥90%"); 考核标准 holds the deduction
rules in the same shorthand, some without 分 ("少1次扣0.5", "资料缺1项扣0.2"), "缺1项扣1分，扣完为止", "最多扣2分",
"酌情扣分", one "一票否决" and one band list ("90%以上得6分，80%(含)-90%得4分…"), half-width and full-width punctuation
mixed. 得分 is blank. A 合计 row (合计 merged over 类别..考核标准) and a merged "注：" row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_header, xlsx_line, xlsx_merge_down, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table, _fmt  # noqa: F401

TABLE = Table(
    name="i_jiedao_dangjian_kaohe_xlsx",
    fmt="xlsx",
    title="西关街道党工委2026年度社区党组织党建工作考核表",
    numbering="printed",
    sections=(
        Section("组织建设", "组织建设\n(20分)", 20, (
            Row("年初制定年度党建工作计划", 3, "无计划扣3分，计划不具体扣1分"),
            Row("年终总结，12月20日前报街道党工委", 3, "未报扣3分；逾期扣1分"),
            Row("按期换届，支委分工明确", 3, "未按期换届扣2分,分工不明确扣1分"),
            Row("党员花名册、组织关系接转台账、党费收缴台账齐全", 4, "缺1项扣1分，扣完为止"),
            Row("活动阵地“六有”：有场所、有牌子、有党旗、有制度、有设施、有活动", 4, "缺1项扣0.5分；阵地挪作他用的酌情扣分"),
            Row("书记年底述职，接受党员群众评议", 3, "未述职扣2分；未组织评议扣1分"),
        )),
        Section("组织生活", "组织生活\n(32分)", 32, (
            Row("支委会每月1次", 4, "少1次扣0.5"),
            Row("党员大会每季度1次", 4, "少1次扣1分"),
            Row("党小组会每月一次", 3, "少1次扣0.3分"),
            Row("党课每季度1次；书记每年讲党课≥1次", 4, "少1次扣0.5分；书记未讲扣1分"),
            Row("主题党日每月1次，有方案、签到、照片", 5, "少1次扣0.5,资料缺1项扣0.2"),
            Row("组织生活会每年1次，会前开展谈心谈话", 5, "未召开不得分；未开展谈心谈话扣1分"),
            Row("民主评议党员每年1次，参评率95%以上", 4, "未开展扣4分；参评率每低1个百分点扣0.1"),
            Row("党员到会率不低于85%，请假有登记", 3, "到会率低于85%扣1分；无请假登记扣0.5分"),
        )),
        Section("党员管理", "党员管理\n(24分)", 24, (
            Row("党费按月收缴", 4, "欠交、少交1人次扣0.2分，最多扣2分"),
            Row("党员教育培训每人每年≥32学时", 4, "每人不足扣0.2，最多扣2分"),
            Row("发展党员：每2年至少发展1名，程序规范", 5, "2年内未发展扣2分；程序不规范每例扣1分；违规发展一票否决"),
            Row("流动党员建台账，每季度联系1次", 4, "无台账扣1分；少联系1次扣0.2"),
            Row("在职党员到社区报到率100%", 4, "每低5个百分点扣0.5分"),
            Row("党员积分管理，积分每季度公示", 3, "未实行积分管理扣2分；少公示1次扣0.5"),
        )),
        Section("服务群众", "服务群众\n(24分)", 24, (
            Row("党员志愿服务每人每年≥2次，累计≥10小时", 6, "少1人次扣0.1，最多扣3分；时长不足扣1分"),
            Row("党员联系户：每名党员联系3—5户，每月走访1次", 6, "未落实联系户扣2分；少走访1次扣0.2，扣完为止"),
            Row("居民议事会每两月1次；全年办实事不少于5件", 6, "议事会少1次扣1分；办实事少1件扣0.5"),
            Row("群众满意度≥90%", 6, "90%以上得6分，80%(含)-90%得4分，70%(含)-80%得2分，70%以下不得分"),
        )),
    ),
)

NOTE = ("注：1.各项扣分扣完为止，不倒扣；2.社区“两委”班子成员违纪违法被立案查处的，年度考核实行一票否决；"
        "3.考核结果分优秀（90分以上）、良好（80-89分）、一般（60-79分）、较差（60分以下）四个等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    header = ["类别", "序号", "考核内容", "考核标准", "分值", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), Alignment(horizontal="center", vertical="center"))
    ws.row_dimensions[1].height = 30
    xlsx_line(ws, "社区名称：                    考核人：                考核日期：    年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    number = 1
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            points = int(row.points) if float(row.points).is_integer() else row.points
            ws.append([s.printed if i == 0 else None, number, row.text, row.scoring, points, None])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, int(t.total), 5, 6, center)
    thin = Side(style="thin")
    for r in range(3, ws.max_row + 1):
        for c in range(1, ncols + 1):
            ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    xlsx_line(ws, NOTE, ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[ws.max_row].height = 45
    xlsx_widths(ws, (11, 6, 44, 40, 6, 8))
    wb.save(str(path))
