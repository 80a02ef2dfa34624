"""广州市白云区2026年度城中村社区党组织党建工作考核细则 (.xlsx), as the 区委组织部 and 镇（街）党（工）委 score each
城中村 社区党委 (with its 经济联社 / 经济社 党支部) on 组织体系、流动人口党建、环境整治与安全、集体经济监管、群众工作.

A merged title row, a merged "（适用于城中村改造片区及未改造城中村社区）" line and a merged "单位：…  考核日期：…" line above
the header 考核项目 | 考核内容 | 分值 | 考评细则 | 佐证材料 | 得分. 考核项目 (the category) is merged down its rows and
printed on two lines, "组织体系\\n（20分）" (the category name is "组织体系"). There is no 序号 column: the items are
numbered by position (1..13). 分值 is printed "6分" right after 考核内容. 佐证材料 (`Row.method`) names the papers
looked at. 得分 is blank. A 合计 row ("100分" under 分值) and two merged 说明 rows close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="w_chengzhongcun_shequ_xlsx",
    fmt="xlsx",
    title="广州市白云区2026年度城中村社区党组织党建工作考核细则",
    numbering="position",
    sections=(
        Section("组织体系", "组织体系\n（20分）", 20, (
            Row("社区党委下设经济联社党支部和各经济社（网格）党支部，每个经济社（网格）至少有1名党员骨干；社区党委书记"
                "依法通过法定程序担任经济联社社长。", 6,
                "党支部设置不健全的扣2分；书记未兼任联社社长的扣2分；网格无党员骨干的，每个扣0.5分。",
                "党组织设置批复、网格党员骨干名单"),
            Row("社区“两委”班子中35周岁以下成员不少于1名，高中（中专）及以上学历成员占比不低于70%；按1:2比例储备"
                "后备干部。", 7,
                "无35周岁以下成员的扣2分；学历占比每低5个百分点扣1分，最高扣3分；后备干部储备不足的扣2分。",
                "“两委”班子成员名册、后备干部名单"),
            Row("社区党委每月至少召开1次党委会，每季度召开1次党员大会，村（居）重大事项落实“四议两公开”。", 7,
                "党委会每少1次扣0.5分；党员大会每少1次扣1分；重大事项未履行“四议两公开”程序的，每项扣2分。",
                "会议记录、公开栏照片"),
        )),
        Section("流动人口党建", "流动人口党建\n（25分）", 25, (
            Row("开展流入党员排查，建立流入党员信息台账，每季度更新一次；引导流入党员亮身份、参加组织生活，参加比例不低于"
                "60%。", 8,
                "未开展排查或无台账的扣3分；台账未按季度更新的，每次扣1分；参加比例低于60%的扣2分。",
                "流入党员信息台账、签到表"),
            Row("在出租屋集中片区设立“党员楼长”“红色房东”，每栋出租屋落实1名党员联系，楼长每月入户走访不少于1次。", 8,
                "未设立党员楼长的扣3分；走访每少1次扣0.5分，最高扣3分；无走访记录和照片的扣2分。",
                "党员楼长名单、走访记录、照片"),
            Row("面向来穗人员开展政策宣传、就业服务和法律援助，年内举办新市民服务活动不少于6场，每场参与不少于50人。", 9,
                "活动每少1场扣1.5分；参与人数不足的，每场扣0.5分。", "活动通知、签到表、照片"),
        )),
        Section("环境整治与安全", "环境整治与安全\n（20分）", 20, (
            Row("党员带头参与“三线”整治、违法建设治理和环境卫生整治，每月组织1次党员“红色行动日”，党员参与率达到80%"
                "以上。", 10,
                "红色行动日每少1次扣1分；参与率每低1个百分点扣0.2分；党员带头作用不明显的酌情扣1-3分。", "活动记录、照片"),
            Row("落实消防安全网格化管理，每季度开展1次出租屋消防安全检查，发现隐患及时整改，年内无较大以上安全事故。", 10,
                "检查每少1次扣2分；隐患未整改的，每处扣0.5分；发生较大以上安全事故的本项不得分。",
                "检查记录、隐患整改台账"),
        )),
        Section("集体经济监管", "集体经济监管\n（20分）", 20, (
            Row("经济联社、经济社重大事项经社区党委前置研究，集体资产交易全部进入公共资源交易平台。", 7,
                "未经党委前置研究的，每项扣2分；资产交易未进平台的本项不得分。", "党委会记录、交易平台成交确认书"),
            Row("每月公开集体“三资”收支情况，每季度召开1次股东代表会议通报经营情况；集体经济收入较上年有增长。", 7,
                "未按月公开的，每次扣0.5分；股东代表会议每少1次扣1分；集体经济收入未增长的扣2分。",
                "公开栏照片、会议记录、财务报表"),
            Row("成立社区纪检监督小组，年内对集体经济运行开展专项监督检查不少于2次，形成监督报告。", 6,
                "无监督小组的扣2分；专项监督检查每少1次扣1.5分；无监督报告的扣1分。", "监督报告"),
        )),
        Section("群众工作", "群众工作\n（15分）", 15, (
            Row("建立党员联系户制度，每名党员联系群众不少于5户；社区党委每半年召开1次居民代表会议听取意见建议。", 7,
                "未建立联系户制度的扣2分；居民代表会议每少1次扣1.5分；联系户数不足的酌情扣分。", "联系户名册、会议记录"),
            Row("年底组织户籍居民和来穗人员代表开展满意度测评，满意度不低于85%。", 8,
                "满意度每低1个百分点扣0.5分；低于70%的本项不得分。", "测评表"),
        )),
    ),
)

NOTES = (
    "说明：1.考核采取听取汇报、查阅资料、实地察看、入户走访相结合的方式进行；2.各项扣分不超过该项分值；",
    "3.年内发生违反“三资”管理规定被查处、社区“两委”成员受到刑事处罚等情形的，考核等次不得评为优秀。",
)


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["考核项目", "考核内容", "分值", "考评细则", "佐证材料", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "（适用于城中村改造片区及未改造城中村社区）", ncols)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_line(ws, "单位：            镇（街）            社区                    考核日期：", ncols)
    xlsx_header(ws, header, ncols)
    first_data = ws.max_row
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, f"{_fmt(row.points)}分", row.scoring, row.method, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    ws.append(["合计", None, f"{_fmt(t.total)}分", None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first_data, ncols)
    for note in NOTES:
        xlsx_note(ws, note, ncols, 22)
    xlsx_widths(ws, (12, 50, 7, 46, 24, 8))
    wb.save(str(path))
