"""街道党工委考核评分表 (.xlsx) as a street Party working committee sends it to its communities: a merged title row, a
"社区名称：  考核日期：" line, then 序号 | 考核项目 | 考核内容及评分标准 | 分值 | 自评得分 | 考核得分 | 备注. There is no
scoring column: each 考核内容及评分标准 cell holds the requirement followed by its deduction (in parentheses or after a
"。"), so Row.scoring is empty. 自评得分 / 考核得分 / 备注 are blank in every item row (forms to fill in), the category is
merged vertically, 序号 runs 1..N, a 合计 row carries the total and a "注：1.…；2.…" line closes the sheet."""

from __future__ import annotations

from pathlib import Path

from .model import Row, Section, Table, _fmt  # noqa: F401

TABLE = Table(
    "jiedao_dangwei_pingfen_xlsx", "xlsx", "青枫街道党工委2026年度社区党组织党建工作考核评分表", "printed",
    (
        Section("班子建设", "班子建设（16分）", 16, (
            Row("社区党组织班子配备齐全，班子成员中45周岁以下的不少于2名（每缺1名扣1分，最高扣2分）；书记、委员分工明确，"
                "“一岗双责”落实到位（酌情扣0.5-1分）。", 4, ""),
            Row("社区党组织书记年终向街道党工委述职，并在党员大会上接受党员和居民代表评议。未述职的，本项不得分；述职评议"
                "满意度低于80%的，扣2分。", 4, ""),
            Row("班子坚持民主集中制，议事决策规范，成员之间互相补台、担当作为，在居民群众中口碑好。根据走访了解情况综合评定，"
                "酌情扣分。", 4, ""),
            Row("1月底前制定年度党建工作要点，7月10日前报送上半年工作小结，12月20日前报送全年工作总结。逾期报送的每项扣0.5分，"
                "未报送的每项扣1分。", 4, ""),
        )),
        Section("组织生活", "组织生活（24分）", 24, (
            Row("支部委员会每月至少召开一次，支部党员大会每季度至少召开一次，会议记录要素完整（少开一次扣0.5分；记录缺失的，"
                "每次扣0.2分）。", 4, ""),
            Row("党小组每两个月至少开展一次集中学习或组织活动（每少一次扣0.3分，最高扣2分）。", 3, ""),
            Row("社区党组织书记每半年至少讲一次党课，其他班子成员年度内至少各讲一次（书记少讲一次扣1分，班子成员未讲的每人扣"
                "0.5分）。", 4, ""),
            Row("主题党日每月开展一次，原则上安排在每月5日前后，活动方案提前报街道党建办备案，留存签到表和影像资料（少开展一次"
                "扣0.5分；资料不全的酌情扣分）。", 4, ""),
            Row("党员参加组织生活出勤率不低于85%（每低1个百分点扣0.2分，最高扣3分）；对连续3个月无故不参加组织生活的党员，"
                "支部书记应及时谈话提醒。", 4, ""),
            Row("年度内召开一次组织生活会，会前普遍开展谈心谈话，同步开展民主评议党员，对评定为不合格的党员按规定稳妥处置。"
                "未召开的本项不得分；未开展谈心谈话的扣1分。", 5, ""),
        )),
        Section("党员教育管理", "党员教育管理（22分）", 22, (
            Row("党员教育培训每人每年累计不少于二十四学时，每季度至少组织一次集中学习（学时不足的每人次扣0.1分；少组织一次"
                "集中学习扣0.5分）。", 4, ""),
            Row("党员按时足额交纳党费，党费收缴台账清楚，每季度公示一次党费收缴情况（少交、漏交的每人扣0.5分；未按季度公示的"
                "每次扣0.5分）。", 4, ""),
            Row("严格按照程序发展党员，年度内至少培养1名入党积极分子，发展对象公示不少于5个工作日。发展程序不规范的，本项不得分。",
                4, ""),
            Row("建立流动党员花名册，流动党员每两个月至少联系一次（少联系一次扣0.2分）；出现流动党员失联的，每人扣1分，最高扣3分。",
                4, ""),
            Row("设立党员先锋岗、党员责任区，组织党员开展志愿服务，党员志愿服务时长每人每年不少于20小时（未设岗定责的扣2分；"
                "服务时长不达标的每人扣0.1分，扣完为止）。", 6, ""),
        )),
        Section("服务群众与共建", "服务群众与共建（22分）", 22, (
            Row("与不少于3家驻区单位签订共建协议，每半年至少召开一次“大党委”联席会议，研究解决社区治理难题（少签一家扣1分；"
                "少开一次联席会议扣1分）。", 5, ""),
            Row("结合驻区单位资源开展联建共建活动，每年不少于6次，活动有记录、有照片（每少一次扣0.5分）。", 4, ""),
            Row("落实网格党小组长“包楼栋”联系制度，网格内独居老人、困难家庭每月至少上门探访一次，群众诉求办结率达到百分之九十"
                "以上（探访不到位的酌情扣1-2分；办结率每低5个百分点扣0.5分）。", 5, ""),
            Row("年底组织开展居民群众满意度测评，满意率达到百分之八十五以上（低于85%的扣2分，低于70%的本项不得分）。", 4, ""),
            Row("党群服务中心每周开放不少于6天，落实首问负责、一次性告知等服务制度，考核组实地查看服务台账和现场秩序（未按要求"
                "开放的扣1分，其余酌情扣分）。", 4, ""),
        )),
        Section("基础保障", "基础保障（16分）", 16, (
            Row("党务公开栏每两个月更新一次，涉及党员切身利益的事项随时公开，公开内容拍照留存（少更新一次扣0.3分，无照片的扣"
                "0.5分）。", 3, ""),
            Row("服务群众专项经费使用规范，年初制定经费使用方案，经居民议事程序决定后实施，支出凭证齐全（无方案的扣1分；违规"
                "列支的本项不得分）。", 4, ""),
            Row("党建档案专人管理、分类归档，“三会一课”记录本、党员花名册、党费交纳记录等资料齐全规范（缺一类扣0.5分，最高扣"
                "3分）。", 5, ""),
            Row("社区党组织战斗堡垒作用发挥明显，群众公认度高（酌情扣分）；年度内发生党员违纪违法案件、重大安全事故，或被确定为"
                "软弱涣散党组织的，本项不得分。", 4, ""),
        )),
    ),
)

NOTE = ("注：1.自评得分由社区党组织填写，考核得分由街道党工委考核组评定；2.各项扣分以该项分值扣完为止，不出现负分；"
        "3.年度内被确定为软弱涣散党组织的，年度考核不得评为“优秀”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["序号", "考核项目", "考核内容及评分标准", "分值", "自评得分", "考核得分", "备注"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    ws.append([t.title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.cell(1, 1).font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.append(["社区名称：                              考核日期：        年    月    日"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(header))
    ws.append(header)
    wrap = Alignment(wrap_text=True, vertical="center")
    number = 1
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, None, None, None])
            ws.cell(ws.max_row, 3).alignment = wrap
            number += 1
        ws.merge_cells(start_row=first, start_column=2, end_row=ws.max_row, end_column=2)
        ws.cell(first, 2).alignment = wrap
    ws.append(["合计", None, None, t.total, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.append([NOTE])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(header))
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True)
    for col, width in zip("ABCDEFG", (6, 14, 70, 6, 9, 9, 10), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(str(path))
