"""中共泰州市海陵区委组织部2026年度机关企事业单位党组织与村（社区）党组织结对共建工作考核评分表 (.xlsx), as a 江苏
区委组织部 scores each 机关、国有企业、事业单位党组织 (the city side) on its 城乡结对共建 with one 村（社区）党组织:
结对机制、共建活动、帮扶实效、评价反馈.

A merged title row, a merged "被考核单位党组织：…  结对村（社区）：…  考核日期：…" line and a right-aligned "单位：分" line
above the header 序号 | 考核内容 | 计分方法 | 分值 | 检查方法 | 得分. The categories are SECTION ROWS merged across the
sheet, printed "第一部分　结对机制（20分）". 序号 runs 1..18 through the sheet (numeric cells). 分值 is a plain number and
stands AFTER the 计分方法. 检查方法 (`Row.method`) says only how the 考核组 checks (查阅资料, 实地查看, 座谈了解, 入户回访);
it is no 佐证 column. 得分 is blank. A 合计 row and a merged 备注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zl_chengxiang_jiedui_xlsx",
    fmt="xlsx",
    title="中共泰州市海陵区委组织部2026年度机关企事业单位党组织与村（社区）党组织结对共建工作考核评分表",
    numbering="printed",
    sections=(
        Section("结对机制", "第一部分　结对机制（20分）", 20, (
            Row("结对双方签订年度结对共建协议，明确共建目标、帮扶项目和双方责任，协议报区委组织部备案。", 5,
                "未签订共建协议的扣3分；协议内容空泛、无具体帮扶项目的扣1分；协议未报备案的扣1分。", "查阅资料"),
            Row("成立由单位党组织书记任组长的结对共建工作小组，明确1名班子成员分管、1名联络员具体负责。", 4,
                "未成立工作小组的扣2分；未明确分管领导或联络员的，各扣1分。", "查阅资料"),
            Row("年初双方共同研究制定年度共建计划；结对双方每半年至少召开1次党建联席会议，通报共建进展、协调解决问题。", 6,
                "无年度共建计划的扣2分；联席会议每少1次扣2分。", "查阅资料"),
            Row("单位党组织书记每年到结对村（社区）调研走访不少于2次；其他班子成员每人每年到村（社区）调研不少于1次。", 5,
                "书记调研每少1次扣1.5分；班子成员未到村（社区）调研的，每人扣0.5分。", "查阅资料、座谈了解"),
        )),
        Section("共建活动", "第二部分　共建活动（35分）", 35, (
            Row("结对双方每季度联合开展1次主题党日活动，轮流在单位和村（社区）举行。", 6,
                "联合主题党日每少1次扣1.5分；未轮流举办的扣1分。", "查阅资料"),
            Row("单位党组织班子成员每年为结对村（社区）党员讲党课不少于1次；每年组织结对村（社区）党员到单位参观学习不少于"
                "1次。", 5,
                "讲党课每少1次扣2分；未组织参观学习的扣1分。", "查阅资料、座谈了解"),
            Row("选派1名优秀年轻干部到结对村（社区）挂职，挂职期限不少于6个月，挂职期间每月在村（社区）工作不少于10天。", 6,
                "未选派挂职干部的扣4分；挂职期限不足6个月的扣2分；在村工作天数不足的，每月扣0.5分。", "查阅资料、实地查看"),
            Row("单位在职党员到结对村（社区）开展志愿服务，全年不少于4次，在职党员参与率达到80%以上。", 6,
                "志愿服务每少1次扣1分；参与率每低10个百分点扣1分。", "查阅资料"),
            Row("结合重要节日、农时节点共同开展“文化下乡”“政策宣讲”等共建活动，全年不少于3次。", 4,
                "每少1次扣1分。", "查阅资料"),
            Row("协助结对村（社区）党组织规范“三会一课”、发展党员、党费收缴等基础工作，每半年开展1次党务指导。", 5,
                "党务指导每少1次扣1.5分；结对村（社区）党建基础工作仍不规范的，酌情扣1—2分。", "查阅资料、实地查看"),
            Row("结对村（社区）党组织书记每年到单位跟班学习不少于3天。", 3,
                "未安排跟班学习的扣3分；跟班学习时间不足3天的扣1分。", "查阅资料"),
        )),
        Section("帮扶实效", "第三部分　帮扶实效（30分）", 30, (
            Row("结合结对村（社区）实际，年内落实帮扶项目不少于2个，帮扶项目清单在村务公开栏公示。", 8,
                "帮扶项目每少1个扣3分；项目清单未公示的扣1分。", "查阅资料、实地查看"),
            Row("年内投入帮扶资金（含物资折价）不少于5万元，资金使用公开透明，建立帮扶资金使用台账。", 6,
                "帮扶资金不足5万元的，按实际投入比例得分；无资金使用台账的扣2分。", "查阅资料"),
            Row("助力结对村发展壮大村级集体经济，结对村当年集体经营性收入较上年增长率达到10%以上（结对社区按“为民服务"
                "项目资金”增长计算）。", 6,
                "增长10%以上得6分；增长5%（含）—10%得4分；增长5%以下得2分；较上年下降的不得分。", "查阅村级财务报表"),
            Row("帮助结对村（社区）解决群众急难愁盼问题，年内办理民生实事不少于3件，办结率100%。", 5,
                "民生实事每少1件扣1分；未办结的，每件扣1分。", "查阅资料、入户回访"),
            Row("帮助结对村（社区）培养后备力量，每年推荐不少于1名优秀青年列为入党积极分子或村（社区）后备干部。", 5,
                "未推荐的扣3分；培养措施不具体的，酌情扣分。", "查阅资料"),
        )),
        Section("评价反馈", "第四部分　评价反馈（15分）", 15, (
            Row("年底由区委组织部随机抽取结对村（社区）党员群众代表不少于20人，对结对共建工作进行满意度测评，满意度不低于"
                "90%。", 8,
                "满意度每低1个百分点扣0.5分；满意度低于70%的，本项不得分。", "入户回访"),
            Row("年终形成结对共建工作总结，同时报送共建典型案例1篇。", 7,
                "无年度工作总结的扣4分；未报送典型案例的扣3分。", "查阅资料"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "计分方法", "分值", "检查方法", "得分"]
NOTE = ("备注：1.本表由区委组织部组织考核组于12月下旬集中考核，结对双方的资料由单位党组织统一整理备查；2.各项扣分以该项分值"
        "为限；3.共建经验做法被市级以上媒体宣传推广的，另行给予加分，最高加3分；4.考核结果纳入单位党组织书记抓基层党建述职"
        "评议考核。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "结对共建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=14), center)
    xlsx_line(ws, "被考核单位党组织：                      结对村（社区）：                    考核日期：2026年  月  日",
              ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.scoring, row.points, row.method, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    ws.append(["合计", None, None, t.total, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 50, 44, 7, 16, 8))
    wb.save(str(path))
