"""沈阳市铁西区2026年度老旧小区改造中社区党组织作用发挥考评表 (.xlsx), as the 区委组织部 and 区住房城乡建设局 score each
社区党组织 whose 老旧小区 are under 改造 this year on 组织引领、群众参与、服务保障、工作成效.

A merged title row and a merged "社区：…  改造小区名称：…  考评时间：…" line above the header 序号 | 工作要求 | 分数 |
评分依据 | 检查方法 | 得分 | 备注. The categories are SECTION ROWS merged across the sheet, printed "第一部分  组织引领
（25分）" (the category name is "组织引领"). 序号 runs 1..12 through the sheet (numeric cells). 分数 holds the item's
points as a bare number (8), right after 工作要求. 检查方法 (`Row.method`) is generic (查阅资料 / 实地查看 / 走访居民)
and names no papers. 得分 and 备注 are blank. A 总分 row (100 under 分数) and a merged 附注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="w_laojiu_gaizao_zuoyong_xlsx",
    fmt="xlsx",
    title="沈阳市铁西区2026年度老旧小区改造中社区党组织作用发挥考评表",
    numbering="printed",
    sections=(
        Section("组织引领", "第一部分  组织引领（25分）", 25, (
            Row("改造项目启动前，社区党组织牵头成立由社区、居民代表、物业服务企业、施工单位等参加的改造工作党建联席会，"
                "印发成立文件，明确职责分工。", 8,
                "未成立党建联席会的扣5分；无成立文件的扣1分；职责分工不明确的扣2分。", "查阅资料"),
            Row("党建联席会每月至少召开1次，协调解决改造中的矛盾问题，议定事项有记录、有落实、有反馈。", 9,
                "每少开1次扣1分；议定事项未落实的，每项扣1分，最高扣3分。", "查阅资料"),
            Row("社区党组织书记为改造项目党建工作第一责任人，与街道党工委签订老旧小区改造党建工作责任书。", 8,
                "未签订责任书的扣3分；书记履责不到位的，酌情扣分。", "查阅资料、个别访谈"),
        )),
        Section("群众参与", "第二部分  群众参与（30分）", 30, (
            Row("改造前入户征求居民意见，意见征询覆盖率不低于90%，改造方案经居民代表会议表决通过。", 10,
                "覆盖率每低1个百分点扣0.5分；改造方案未经居民代表会议表决的扣4分。", "查阅资料、走访居民"),
            Row("组织党员中心户、楼栋长参与改造监督，每个楼栋至少有1名党员监督员，监督员每月巡查施工现场不少于2次。", 10,
                "楼栋无党员监督员的，每个扣1分；巡查每少1次扣0.2分，最高扣3分。", "查阅资料、实地查看"),
            Row("改造期间每季度召开1次居民议事会，公开改造进度和资金使用情况，接受居民监督。", 10,
                "议事会每少1次扣2分；进度、资金未公开的，每项扣2分。", "查阅资料、实地查看"),
        )),
        Section("服务保障", "第三部分  服务保障（25分）", 25, (
            Row("组织党员志愿者开展施工安全提醒、出行引导、帮扶老弱病残等志愿服务，改造期间每月不少于2次，留存活动照片。",
                8, "每少1次扣1分；无活动照片的扣1分。", "查阅资料"),
            Row("对改造中居民反映的问题建立诉求台账，诉求办结率达到95%以上，回访满意率不低于90%。", 9,
                "办结率每低1个百分点扣0.5分；回访满意率低于90%的扣2分。", "查阅资料、电话回访"),
            Row("改造后推动成立业主委员会或物业管理委员会，其成员中党员占比达到50%以上；引入专业化物业服务或实行居民"
                "自治管理。", 8,
                "未成立业委会或物管会的扣4分；党员占比低于50%的扣2分；无物业管理的扣2分。", "查阅资料、实地查看"),
        )),
        Section("工作成效", "第四部分  工作成效（20分）", 20, (
            Row("改造项目按期完工，年内无因改造引发的群体性上访和安全生产事故。", 6,
                "未按期完工的扣2分；发生群体性上访或安全生产事故的，本项不得分。", "查阅资料"),
            Row("及时总结党建引领老旧小区改造的经验做法，年内向区委组织部报送工作信息不少于3篇，形成典型案例1个。", 6,
                "工作信息每少1篇扣1分；无典型案例的扣2分。", "查阅资料"),
            Row("改造完成后组织居民开展满意度测评，满意度达到90%以上。", 8,
                "满意度95%以上得8分，90%（含）—95%得6分，85%（含）—90%得4分，85%以下不得分。", "查阅测评结果、走访居民"),
        )),
    ),
)

NOTE = ("附注：1.本表由区委组织部会同区住房城乡建设局组织考评，考评结果纳入社区党组织书记年度述职评议考核；2.每项扣分"
        "不超过该项分数；3.改造小区居民对社区党组织工作有实名投诉经查属实的，每起扣2分，在总分中扣除。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["序号", "工作要求", "分数", "评分依据", "检查方法", "得分", "备注"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考评表"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "社区：                改造小区名称：                        考评时间：", ncols)
    xlsx_header(ws, header, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.points, row.scoring, row.method, None, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    ws.append(["总分", None, t.total, None, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 45)
    xlsx_widths(ws, (6, 50, 7, 46, 18, 8, 8))
    wb.save(str(path))
