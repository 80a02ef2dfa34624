"""鄂西化工集团有限公司党委2026年度基层班组党建工作积分考核细则 (.xlsx), as a 国企 党委 (through each 车间党支部) scores
every production 班组 on its Party work: 基础管理, 学习教育, 作用发挥, 群众评价.

A merged title row, then a merged "车间（党支部）：… 班组：… 班组长：… 党小组长：…" line above the header 考核项目 |
序号 | 积分内容 | 基础分 | 扣分办法 | 备注. 考核项目 (the category) is merged down its rows and printed on three lines,
ordinal, name and points ("（一）\\n基础管理\\n（25分）"; the category name is "基础管理"). 序号 runs 1..15 through
the sheet (numeric cells). 基础分 is a plain number. 备注 is left blank on every row. A 合计 row and a merged 说明 row
close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="t_guoqi_banzu_jifen_xlsx",
    fmt="xlsx",
    title="鄂西化工集团有限公司党委2026年度基层班组党建工作积分考核细则",
    numbering="printed",
    sections=(
        Section("基础管理", "（一）\n基础管理\n（25分）", 25, (
            Row("班组党小组设置合理，有正式党员3名以上的班组单独成立党小组，党小组长由党员班组长或技术骨干担任。", 6,
                "应建未建党小组的本项不得分；党小组长配备不合理的扣2分。"),
            Row("党小组每月召开党小组会不少于1次，每季度至少组织1次以安全生产为主题的“党员安全讲堂”。", 7,
                "党小组会每少1次扣1分；安全讲堂每少1次扣1.5分。"),
            Row("建立班组党员信息台账，登记党员年龄、学历、岗位、技能等级等情况，人员变动后及时更新。", 6,
                "无信息台账的扣3分；信息更新不及时的，每人次扣0.5分。"),
            Row("党员按月交纳党费，由党小组长提醒督促，全年无漏交、迟交。", 6,
                "每发现1人次迟交扣1分；有漏交的本项不得分。"),
        )),
        Section("学习教育", "（二）\n学习教育\n（25分）", 25, (
            Row("班组党员每月参加车间党支部主题党日活动，参学率不低于95%，倒班党员通过“线上补学”方式补课。", 7,
                "参学率每低1个百分点扣0.5分；倒班党员未补学的，每人次扣0.2分。"),
            Row("利用班前会开展“五分钟微党课”，每月不少于2次，由党员轮流主讲，班前会记录本记载清楚。", 6,
                "每少1次扣1分；记录不清的酌情扣分。"),
            Row("党员每年参加公司党校或车间组织的集中培训不少于24学时，岗位技能培训考核合格率100%。", 6,
                "学时每少1学时扣0.25分；技能考核不合格的，每人扣1分。"),
            Row("每半年开展一次党员“岗位练兵”技能比武或创新成果交流，党员参与面达到80%以上。", 6,
                "未开展的，每次扣2分；参与面低于80%的扣1分。"),
        )),
        Section("作用发挥", "（三）\n作用发挥\n（35分）", 35, (
            Row("班组设立党员示范岗、党员责任区，每名党员年初承诺事项不少于2项并在班组公示，年底承诺兑现率达到90%。", 8,
                "未设立示范岗、责任区的扣3分；承诺未公示的扣2分；兑现率每低5个百分点扣1分。"),
            Row("党员带头开展隐患排查，每名党员每月上报安全隐患或合理化建议不少于1条。", 7,
                "每人每少1条扣0.2分，最高扣4分。"),
            Row("班组全年无一般及以上安全生产事故、无环保事件，党员无违章作业记录。", 10,
                "发生一般及以上安全生产事故的，本项不得分；党员违章作业的，每人次扣2分。"),
            Row("党员技术骨干与青年职工结成“师带徒”对子不少于2对，签订师徒协议，徒弟年内取得上一级技能等级证书。", 5,
                "每少1对扣1分；未签订师徒协议的扣2分。"),
            Row("班组党员积极参加公司组织的志愿服务活动，每人全年不少于3次。", 5,
                "人均每少1次扣1分。"),
        )),
        Section("群众评价", "（四）\n群众评价\n（15分）", 15, (
            Row("年底由车间党支部组织班组职工对党员进行民主测评，好评率达到85%以上。", 8,
                "好评率85%以上得8分，75%（含）—85%得5分，75%以下不得分。"),
            Row("班组职工队伍稳定，党员与职工谈心谈话每季度不少于1次，职工合理诉求及时反映、解决。", 7,
                "谈心谈话每少1次扣0.5分；因诉求处置不当引发集体上访的本项不得分。"),
        )),
    ),
)

NOTE = ("说明：1.积分实行月度记录、季度汇总、年度考核，由车间党支部初评、公司党委组织部复核；2.年度积分90分以上的班组评为"
        "“党建示范班组”，60分以下的班组党小组长年度考核不得评优；3.各项扣分以该项基础分为限。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["考核项目", "序号", "积分内容", "基础分", "扣分办法", "备注"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "班组积分"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "车间（党支部）：              班组：              班组长：          党小组长：", ncols)
    xlsx_header(ws, header, ncols)
    first_data = ws.max_row
    number = 0
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.text, row.points, row.scoring, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    ws.append(["合计", None, None, t.total, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first_data, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (12, 6, 50, 8, 44, 10))
    wb.save(str(path))
