"""杭州市滨江区长河街道2026年第二季度社区“先锋支部”考评评分表 (.xlsx), as a 街道党工委 scores each 社区 党支部 every
quarter: 组织生活, 队伍建设, 作用发挥, 负面清单; a 流动红旗 goes to the 支部 scoring 90 or more.

The title is printed on TWO merged rows ("杭州市滨江区长河街道2026年第二季度" then "社区“先锋支部”考评评分表"; the title is
the two read together), then a merged "被考评支部：… 考评时间：…" row above the header 评价维度 | 评价要点 | 评价方式 |
标准分 | 评分细则 | 得分. 评价维度 (the category, "组织生活（30分）") is printed only on the FIRST row of its group and the
cells below it are left empty, NOT merged. No 序号 (items numbered by position). 标准分 is printed as text with a unit
("10分"). 评价方式 (`Row.method`) says how the row is checked. A 合计 row ("100分") and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_widths
from .model import Row, Section, Table, _fmt

TITLE_LINES = ("杭州市滨江区长河街道2026年第二季度", "社区“先锋支部”考评评分表")

TABLE = Table(
    name="s_xianfeng_zhibu_jidu_xlsx",
    fmt="xlsx",
    title="".join(TITLE_LINES),
    numbering="position",
    sections=(
        Section("组织生活", "组织生活（30分）", 30, (
            Row("本季度每月召开支委会1次、党小组会1次，季度内召开党员大会1次、上党课1次，会议记录要素齐全。", 10,
                "支委会、党小组会每少1次扣1分，党员大会、党课未开展的各扣2分；记录要素不全的，每次扣0.5分。",
                "查阅会议记录"),
            Row("每月固定开展1次主题党日活动，党员参加率不低于85%，活动有签到、有照片。", 8,
                "每少开展1次扣2分；参加率每低5个百分点扣1分；缺签到或照片的，每次扣0.5分。", "查阅资料、抽查党员"),
            Row("本季度组织党员集中学习不少于6学时，流动党员、年老体弱党员通过“送学上门”或线上方式参学，参学率达到95%。", 6,
                "学时不足的扣2分；参学率低于95%的扣2分；未落实送学上门的扣2分。", "查阅学习记录"),
            Row("按月收缴党费，党费收缴台账逐人登记、账目清楚，本季度无欠缴党员。", 6,
                "有欠缴党员的，每人扣1分；台账登记不清的扣2分。", "查阅党费台账"),
        )),
        Section("队伍建设", "队伍建设（25分）", 25, (
            Row("支委会成员配备齐全，其中35周岁以下委员至少1名；建立入党积极分子和发展对象培养台账，本季度开展培养考察不少于"
                "1次。", 8,
                "无35周岁以下委员的扣2分；无培养台账的扣3分；未开展考察的扣3分。", "查阅资料"),
            Row("党员花名册逐人登记年龄、学历、入党时间等信息，与全国党员管理信息系统一致，人员变动后5个工作日内更新。", 5,
                "无花名册的不得分；信息与系统不一致的，每人扣0.5分，最多扣3分。", "系统比对"),
            Row("落实党员积分管理，每月公示积分1次，季度积分排名后10%的党员由支部书记谈心谈话。", 7,
                "积分未公示的，每月扣1分；未开展谈心谈话的扣3分。", "查阅资料、个别访谈"),
            Row("支部书记本季度向社区党委书面报告抓党建工作1次，参加街道组织的书记轮训不少于2天。", 5,
                "未报告的扣2分；轮训缺勤1天扣1.5分。", "查阅资料"),
        )),
        Section("作用发挥", "作用发挥（30分）", 30, (
            Row("支部党员全部到所在网格亮身份、认领岗位，本季度每名党员参加志愿服务不少于2次，服务记录录入“志愿长河”平台。",
                10,
                "亮身份率每低1个百分点扣0.2分；人均志愿服务不足2次的扣3分；平台无记录的，每人扣0.3分，最高扣3分。",
                "平台核查"),
            Row("围绕加装电梯、老旧小区改造等居民急难愁盼问题，本季度至少办成2件实事，办理情况在居务公开栏公开。", 10,
                "每少办成1件扣3分；未公开的扣2分；居民反映强烈、问题久拖不决的酌情扣分。", "实地查看、走访居民"),
            Row("季度末开展群众满意度测评，测评人数不少于30人，满意度达到90%以上。", 10,
                "满意度90%以上得10分，80%—90%得7分，70%—80%得4分，低于70%的不得分；测评人数不足30人的扣2分。",
                "问卷测评"),
        )),
        Section("负面清单", "负面清单（15分）", 15, (
            Row("支部党员本季度无违纪违法行为，无因工作不力引发的越级上访、群体性事件。", 10,
                "党员受到党纪政务处分的，实行一票否决，本项不得分；发生越级上访或群体性事件的，每起扣5分。", "部门通报"),
            Row("按时报送季度工作小结和下季度工作计划，材料真实，不弄虚作假。", 5,
                "未报送的每项扣2分；材料弄虚作假的本项不得分。", "查阅资料"),
        )),
    ),
)

NOTE = ("说明：1.本表每季度使用一次，由社区党委自评、街道党工委考评组复核；2.考评得分90分以上且无否决情形的支部，"
        "授予本季度“先锋支部”流动红旗；3.各项扣分不超过该项标准分。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["评价维度", "评价要点", "评价方式", "标准分", "评分细则", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "二季度考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    for line in TITLE_LINES:
        xlsx_line(ws, line, ncols)
        ws.cell(ws.max_row, 1).font = Font(name="黑体", size=16, bold=True)
        ws.cell(ws.max_row, 1).alignment = center
    xlsx_line(ws, "被考评支部：                          考评时间：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    first = ws.max_row
    for s in t.sections:
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.method, f"{_fmt(row.points)}分", row.scoring, None])
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 4):
                ws.cell(ws.max_row, c).alignment = center
    ws.append(["合计", None, None, f"{_fmt(t.total)}分", None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 36)
    xlsx_widths(ws, (14, 50, 14, 8, 48, 8))
    wb.save(str(path))
