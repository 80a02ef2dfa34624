"""中共渭南市临渭区直属机关工作委员会2026年第  季度机关党支部“三会一课”落实情况检查评分表 (.xlsx), as the 区直机关工委
checks each 机关党支部 every quarter, one block of rows per kind of meeting (支部委员会、党员大会、党小组会、党课) and a
closing block on 报送 and 纪律.

A merged title row, a merged "被检查党支部：…  检查时间：…  检查人：…" line, then the header 检查项目 | 序号 | 检查内容 |
满分 | 评分依据 | 备查资料 | 得分. The categories are MERGED CELLS down the 检查项目 column, printed "支部委员会\\n（24分）"
(the category name is "支部委员会"). 序号 is printed as circled numerals ①…⑯ running through the sheet (ids 1..16).
满分 is a plain number. 备查资料 (`Row.method`) names the papers the 检查组 reads; blank where none. 得分 is blank. A 合计
row and two merged 填表说明 rows close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="x_jiguan_sanhui_jidu_xlsx",
    fmt="xlsx",
    title="中共渭南市临渭区直属机关工作委员会2026年第  季度机关党支部“三会一课”落实情况检查评分表",
    numbering="printed",
    sections=(
        Section("支部委员会", "支部委员会\n（24分）", 24, (
            Row("支委会每月召开1次，本季度不少于3次；因故未按期召开的，须在下月补开。", 8,
                "每少1次扣3分，扣完为止。", "支委会会议记录"),
            Row("到会委员超过应到委员半数方可开会；书记因故不能参加的，委托副书记或组织委员主持。", 5,
                "主持人不符合要求的扣1分；到会委员未过半数召开的会议不计次数。", "签到表"),
            Row("会议议题会前确定，研究发展党员、党费使用、评先评优等事项，集体讨论，记录完整。", 6,
                "议题不明确或记录过于简单的，每次扣1分。", "议题单、会议记录"),
            Row("支委会研究事项有落实、有反馈，下次会议通报落实情况。", 5,
                "酌情扣分。", ""),
        )),
        Section("党员大会", "党员大会\n（22分）", 22, (
            Row("每季度召开1次支部党员大会，通报支部工作，讨论决定支部重要事项。", 8,
                "本季度未召开的扣8分。", "党员大会会议记录"),
            Row("党员到会率不低于80%；请假党员会后及时补学会议精神，留有补学记录。", 7,
                "到会率每低5个百分点扣1分；无补学记录的扣2分。", "签到表、补学记录"),
            Row("接收预备党员、预备党员转正等事项提交党员大会讨论表决，表决票和表决结果统计表齐全。", 7,
                "未按程序提交党员大会表决的，本项不得分。", "表决票、表决结果统计表"),
        )),
        Section("党小组会", "党小组会\n（20分）", 20, (
            Row("各党小组每月召开1次党小组会，组织党员学习，开展谈心谈话，交流思想和工作情况。", 8,
                "每个党小组每少1次扣1分。", "党小组会记录本"),
            Row("党小组长由支委会指定或党小组推选产生，每季度向支委会汇报1次小组工作。", 6,
                "每少汇报1次扣2分。", "汇报材料"),
            Row("党小组会记录由专人负责，党员发言情况记录翔实。", 6,
                "记录不规范的，酌情扣1-3分。", "党小组会记录本"),
        )),
        Section("党课", "党课\n（24分）", 24, (
            Row("每季度上1次党课，支部书记本季度至少讲1次；全年每名支部委员至少讲1次。", 8,
                "本季度未上党课的扣8分；书记未讲党课的扣3分。", "党课记录"),
            Row("党课有讲稿或课件，内容紧扣理论学习和机关业务工作，每次时长不少于1小时。", 7,
                "无讲稿或课件的扣3分；时长不足的扣1分。", "讲稿、课件"),
            Row("党课后组织党员交流学习体会，每名党员每季度撰写心得体会不少于1篇。", 5,
                "每缺1篇扣0.5分，最高扣3分。", "心得体会"),
            Row("党员本季度参学率达到95%以上。", 4,
                "参学率每低1个百分点扣0.5分。", "签到表"),
        )),
        Section("报送与纪律", "报送与纪律\n（10分）", 10, (
            Row("本季度“三会一课”开展情况纳入支部书记季度工作报告，季末后5个工作日内报送机关工委。", 5,
                "逾期报送的扣2分；未报送的扣5分。", "季度工作报告"),
            Row("严肃党内组织生活，不得以业务会代替“三会一课”，不得补记补录。", 5,
                "以业务会代替的，每次扣2分；发现补记补录、弄虚作假的，本项不得分。", ""),
        )),
    ),
)

NOTES = (
    "填表说明：1.本表由机关工委检查组每季度末填写，检查结果在区直机关通报，四个季度平均分计入年度党建考核；",
    "2.各项扣分以该项满分为限；“三会一课”记录须使用机关工委统一印制的记录本。",
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["检查项目", "序号", "检查内容", "满分", "评分依据", "备查资料", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "季度检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=14, bold=True), center)
    xlsx_line(ws, "被检查党支部：                      检查时间：    年  月  日        检查人：", ncols)
    xlsx_header(ws, header, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            ws.append([s.printed if ws.max_row + 1 == top else None, _CIRCLED[number], row.text, row.points,
                       row.scoring, row.method or None, None])
            number += 1
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.append(["合计", None, None, t.total, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    for note in NOTES:
        xlsx_note(ws, note, ncols, 30)
    xlsx_widths(ws, (11, 6, 46, 7, 40, 18, 8))
    wb.save(str(path))
