"""中共南宁市青秀区委两新工委2026年度非公企业党建工作站运行考核评分表 (.xlsx), as the 区委两新工委 scores each 商圈 /
园区 非公企业党建工作站 (a station that organises and serves the small private firms around it) on 阵地建设、组织覆盖、
组织生活、作用发挥.

A merged title row, a merged "工作站名称：…  所在街道（园区）：…  联系企业数：…家" line, then the header 序号 | 考核要点 |
分值 | 计分规则 | 核查方式 | 自评分 | 复核分. The categories are SECTION ROWS merged across the sheet, printed
"第一部分　阵地建设（18分）" (the category name is "阵地建设"). 序号 is printed DASHED, "1-1", "1-2" …, restarting in
every category (ids 1.1, 1.2 …, 2.1 …). 分值 is a number cell (4). 核查方式 (`Row.method`) says how the 工委 checks
(which papers, 实地查看, 抽查). 自评分 and 复核分 are blank. A 合计 row (the label merged over 序号 and 考核要点, 100 under
分值) and a merged 备注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="y_feigong_gongzuozhan_xlsx",
    fmt="xlsx",
    title="中共南宁市青秀区委两新工委2026年度非公企业党建工作站运行考核评分表",
    numbering="restart",
    sections=(
        Section("阵地建设", "第一部分　阵地建设（18分）", 18, (
            Row("工作站有固定办公场所，面积不少于60平方米，悬挂党旗和工作站标识牌，制度上墙。", 4,
                "场所不达标的扣2分；未悬挂党旗或标识牌的扣1分；制度未上墙的扣1分。", "实地查看"),
            Row("配备专职党建指导员不少于2名，其中40周岁以下的至少1名；指导员每年参加业务培训不少于3天。", 6,
                "专职指导员每缺1名扣2分；培训时间不足的扣1分。", "查阅指导员花名册、培训通知"),
            Row("建立“工作站+企业党组织”联席会议制度、党建指导员联系企业制度、工作站值班制度等不少于3项制度。", 4,
                "每缺1项制度扣1分。", "查阅制度文本"),
            Row("工作站开放时间每周不少于5天，为企业和党员提供组织关系转接、党费收缴、入党咨询等“一站式”服务，服务事项有"
                "登记。", 4,
                "服务登记不全的酌情扣分。", "查阅服务登记簿"),
        )),
        Section("组织覆盖", "第二部分　组织覆盖（26分）", 26, (
            Row("对辖区规上非公企业逐户摸排，建立企业党建信息台账，党员人数、出资人信息、职工人数等要素准确，每半年动态"
                "更新1次。", 6,
                "无信息台账的不得分；未按时更新的，每次扣1分。", "查阅企业党建信息台账"),
            Row("有3名以上正式党员的企业单独组建党组织，单独组建率达到90%；不具备条件的，按行业或区域组建联合党支部。", 7,
                "单独组建率每低1个百分点扣0.5分，最高扣4分；应建未建的，每家扣1分。", "查阅党组织设置批复"),
            Row("对暂不具备组建条件的企业，选派党建指导员，指导员覆盖率100%，全年到所联系企业不少于6次。", 6,
                "覆盖率未达100%的扣2分；指导员走访次数每少1次扣0.5分。", "查阅指导员工作日志"),
            Row("每年从企业生产经营骨干中发展党员，全站年度发展党员不少于5名，35周岁以下的占比不低于60%。", 7,
                "每少发展1名扣1分；35周岁以下占比不达标的扣2分。", "查阅发展党员计划、名单"),
        )),
        Section("组织生活", "第三部分　组织生活（24分）", 24, (
            Row("指导企业党组织按期开展“三会一课”，支部委员会每月召开1次，党员大会按季召开，党小组会每月1次。", 8,
                "抽查企业党组织，每发现1家未按期开展的扣1分。", "抽查3家企业会议记录"),
            Row("工作站每季度组织辖区企业党员开展1次联合主题党日，全年联合党课不少于2次，其中工作站站长讲党课1次。", 6,
                "联合主题党日每少1次扣1分；联合党课每少1次扣1分。", "查阅活动方案、签到表、照片"),
            Row("针对“三班倒”、外派等企业党员，采取线上学习、错时组织等方式开展组织生活，每名党员年度参学率不低于95%。", 5,
                "参学率低于95%的扣2分；低于85%的本项不得分。", "调取线上学习平台数据"),
            Row("企业党组织每年召开1次组织生活会，开展民主评议党员；企业出资人是党员的，带头参加。", 5,
                "未召开组织生活会的企业，发现一家扣1分，最多扣3分。", "查阅会议记录、评议表"),
        )),
        Section("作用发挥", "第四部分　作用发挥（32分）", 32, (
            Row("推动企业党组织书记与企业管理层“双向进入、交叉任职”，企业党组织书记由企业中层以上管理人员担任的比例达到"
                "70%以上。", 6,
                "比例70%以上得6分，60%（含）—70%得4分，50%（含）—60%得2分，50%以下不得分。", "查阅企业党组织书记名册"),
            Row("组织开展“党员先锋岗”“党员技术攻关”等创岗建功活动，每家企业设立党员先锋岗不少于1个，先锋岗挂牌上岗。", 5,
                "未设立先锋岗的企业，每家扣0.5分；创岗活动流于形式的，酌情扣1—2分。", "查看先锋岗挂牌照片"),
            Row("工作站牵头召开企业用工、融资、政策对接等服务活动，上下半年各1次，为企业协调解决实际问题，问题办结率不低于"
                "80%。", 6,
                "对接活动每少1次扣1.5分；办结率每低10个百分点扣1分。", "查阅问题清单、办结台账"),
            Row("引导企业履行社会责任，组织企业党员参加社区志愿服务，每家企业党组织全年参与不少于2次，参与公益捐赠、助学等"
                "活动。", 5,
                "每少1次扣0.5分。", "查阅活动照片、新闻报道"),
            Row("企业职工对企业党组织工作的知晓率达到85%，年终由工作站随机抽取职工问卷调查。", 4,
                "知晓率每低5个百分点扣1分。", "查阅调查问卷"),
            Row("企业及其党员无违法违规经营、拖欠职工工资、重大安全生产事故等问题。", 6,
                "发生重大安全生产事故或群体性讨薪事件的，实行一票否决，本项不得分；其他问题，发现一起扣2分。",
                "查阅相关部门通报"),
        )),
    ),
)

HEADER = ["序号", "考核要点", "分值", "计分规则", "核查方式", "自评分", "复核分"]
NOTE = ("备注：1.考核采取工作站自评、区两新工委复核相结合的方式，复核时随机走访联系企业不少于3家；2.各项扣分以该项分值为限，"
        "扣完为止；3.考核结果分为“五星”“四星”“三星”及“不达标”四个等次，作为工作站经费拨付的依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "工作站考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=14, bold=True), center)
    xlsx_line(ws, "工作站名称：                    所在街道（园区）：                    联系企业数：    家", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for ci, s in enumerate(t.sections, 1):
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for ii, row in enumerate(s.rows, 1):
            ws.append([f"{ci}-{ii}", row.text, row.points, row.scoring, row.method, None, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    ws.append(["合计", None, t.total, None, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (7, 48, 7, 44, 22, 8, 8))
    wb.save(str(path))
