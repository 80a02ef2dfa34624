"""中共丽水市莲都区雅溪镇委员会2026年度村级后备干部培养工作考核评分表 (.xlsx), as a 镇党委 组织办 scores each 村党组织
on how it selects, trains, tests and uses its pool of 村级后备干部: 选拔储备, 教育培养, 考察使用, 组织保障.

A merged title row and a merged "考核对象：…村党组织  考核时间：…" line above the header 序号 | 考核指标 | 考核要点 | 分值 |
计分方法 | 得分. The categories are SECTION ROWS merged across the whole sheet, printed "一、选拔储备（25分）" (the category
name is "选拔储备"); there is no category column. 序号 runs 1..15 through the sheet (printed, numeric cells). 考核指标
is a short sub-label (`Row.indicator`); 考核要点 is what is asked (`Row.text`). 分值 is a plain number. 得分 is blank.
A 合计 row and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="t_cun_houbei_ganbu_xlsx",
    fmt="xlsx",
    title="中共丽水市莲都区雅溪镇委员会2026年度村级后备干部培养工作考核评分表",
    numbering="printed",
    sections=(
        Section("选拔储备", "一、选拔储备（25分）", 25, (
            Row("每个村储备村级后备干部不少于3名，其中35周岁以下的不少于2名，女性后备干部至少1名。", 8,
                "每少储备1名扣2分；35周岁以下不足2名的扣2分；无女性后备干部的扣1分。", indicator="储备数量"),
            Row("后备干部中大专及以上学历的不少于2名，致富带富能手、退役军人、返乡大学生等各类人才至少各1名。", 5,
                "大专及以上学历不足2名的扣2分；人才类型每缺一类扣1分。", indicator="结构优化"),
            Row("按照个人自荐、党员群众推荐、村党组织考察、镇党委审核的程序产生人选，推荐人选在村务公开栏公示不少于5个"
                "工作日。", 6,
                "程序不规范的酌情扣1-3分；未公示的扣3分。", indicator="选拔程序"),
            Row("建立后备干部花名册和“一人一档”培养档案，逐人登记年龄、学历、培养措施和考察情况，年内动态调整。", 6,
                "无花名册的扣3分；培养档案每缺1人扣0.5分，最高扣2分；登记内容不全的扣1分。", indicator="档案管理"),
        )),
        Section("教育培养", "二、教育培养（35分）", 35, (
            Row("落实“一对一”导师帮带，由村党组织书记或村“两委”骨干担任导师，签订帮带协议，导师每季度与后备干部谈心谈话"
                "不少于1次。", 8,
                "未签订帮带协议的扣2分；谈心谈话每少1次扣0.5分，最高扣3分。", indicator="导师帮带"),
            Row("后备干部全年参加镇级以上集中培训不少于5天，累计不少于40学时。", 7,
                "培训每少1天扣1分；学时不足的扣2分；无故缺训的，每次扣1分。", indicator="集中培训"),
            Row("安排后备干部到村“两委”岗位跟岗锻炼，每半年不少于1次、每次不少于1个月，每季度列席村党组织会议不少于1次。",
                7, "跟岗锻炼每少1次扣2分；列席会议每少1次扣0.5分。", indicator="跟岗锻炼"),
            Row("每名后备干部每年至少承担1项村级重点工作或为民办实事项目，有任务清单、有完成情况记录。", 6,
                "未分派任务的本项不得分；无任务清单或完成情况记录的，每项扣1分。", indicator="实践历练"),
            Row("党员后备干部按时参加所在支部“三会一课”，参会率不低于90%；非党员后备干部年内向村党组织递交思想汇报不少于"
                "2次。", 7,
                "参会率每低1个百分点扣0.3分，最高扣3分；思想汇报每少1次，每人扣0.5分。", indicator="党性锻炼"),
        )),
        Section("考察使用", "三、考察使用（25分）", 25, (
            Row("年底由镇党委组织对后备干部进行年度考察，采取个人述职、民主测评、个别谈话的方式，民主测评满意率不低于80%。",
                8, "未开展年度考察的本项不得分；测评满意率低于80%的人选，每人扣1分。", indicator="年度考察"),
            Row("对考察不合格、群众公认度低的人选及时调整出库，调整补充情况报镇党委组织办备案。", 5,
                "应调整未调整的，每人扣1分；未报备案的扣2分。", indicator="动态管理"),
            Row("注重把优秀后备干部培养成党员，非党员后备干部中递交入党申请书的比例达到60%以上。", 6,
                "比例每低10个百分点扣1分。", indicator="政治培养"),
            Row("后备干部进入村“两委”班子或担任村民小组长、网格员等职务，年内使用率不低于30%。", 6,
                "使用率30%以上得6分，20%（含）—30%得4分，10%（含）—20%得2分，10%以下不得分。", indicator="选用成效"),
        )),
        Section("组织保障", "四、组织保障（15分）", 15, (
            Row("村党组织每年专题研究后备干部培养工作不少于2次，年初制定培养计划，年底报送培养工作总结。", 8,
                "专题研究每少1次扣2分；缺培养计划或工作总结的，每项扣2分。", indicator="工作机制"),
            Row("落实后备干部培养经费和跟岗锻炼误工补贴，建立补贴发放台账，按季度发放到人。", 7,
                "无发放台账的扣3分；未按季度发放的，每季度扣1分。", indicator="待遇保障"),
        )),
    ),
)

NOTE = ("说明：1.考核采取查阅资料、实地走访、个别谈话相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为"
        "优秀（90分以上）、良好（80—89分）、一般（60—79分）、较差（60分以下）四个等次，作为村党组织书记年度述职评议的重要"
        "依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["序号", "考核指标", "考核要点", "分值", "计分方法", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "后备干部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：            村党组织                    考核时间：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    ws.append(["合计", None, None, t.total, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 11, 50, 7, 46, 8))
    wb.save(str(path))
