"""成都市武侯区玉林街道党工委2026年度社区“党建+养老”服务工作考核评分表 (.xlsx), as a 街道党工委 scores each 社区党组织
on the elderly-care services it leads: 组织引领, 服务供给, 监督保障, 群众评价.

A merged title row, a merged "社区：… 填报人：… 联系电话：…" line above the header 一级指标 | 二级指标 | 考核内容 | 分值 |
评分标准 | 佐证材料 | 自评得分 | 考核得分. NO 序号 column: each 考核内容 cell begins with its item number "1." … "15."
running through the sheet (printed as part of the text, so `Row.text` keeps it; ids 1..15 by position). 一级指标 (the
category) is merged down its rows and printed "组织引领\\n（20分）"; 二级指标 is a short sub-label (`Row.indicator`). 分值 is
a text cell "5分". 佐证材料 is `Row.method`. The two 得分 columns are blank. A 合计 row ("100分") and a merged 填表说明 row
close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="r_dangjian_yanglao_xlsx",
    fmt="xlsx",
    title="成都市武侯区玉林街道党工委2026年度社区“党建+养老”服务工作考核评分表",
    numbering="position",
    sections=(
        Section("组织引领", "组织引领\n（20分）", 20, (
            Row("1.社区党组织将养老服务纳入年度党建工作计划，每半年专题研究一次养老服务工作。", 5,
                "未纳入年度计划的扣2分；每少研究一次扣1.5分。", "年度党建工作计划、会议记录", indicator="工作部署"),
            Row("2.在养老服务站（日间照料中心）建立功能型党支部或党小组，吸纳服务机构党员、退休党员参加。", 5,
                "未建立的本项不得分；党员名册不全的扣1分。", "成立批复、党员名册", indicator="组织设置"),
            Row("3.与辖区养老机构、医疗机构签订党建共建协议不少于2家，每季度开展联建活动1次。", 5,
                "协议每少1家扣1分；联建活动每少1次扣0.5分。", "共建协议、活动照片", indicator="共建联建"),
            Row("4.社区党组织书记每年至少为老年党员讲一次党课，对行动不便的老党员每季度送学上门1次。", 5,
                "未讲党课的扣2分；送学上门每少1次扣0.5分。", "党课讲稿、送学记录", indicator="老党员关爱"),
        )),
        Section("服务供给", "服务供给\n（40分）", 40, (
            Row("5.建立辖区60周岁以上老年人信息台账，独居、空巢、失能老人底数清楚，台账每季度更新一次。", 6,
                "无台账的扣4分；每少更新一次扣0.5分。", "老年人信息台账", indicator="底数摸排"),
            Row("6.组建党员志愿服务队，队员不少于20人，每名党员志愿者每月为结对老人提供上门志愿服务不少于1次。", 8,
                "上门服务每少1次扣0.2分，最高扣4分；服务队人数不足的扣2分。", "志愿者名单、服务记录", indicator="志愿服务"),
            Row("7.推行“时间银行”互助养老，低龄老人志愿者服务时长全年累计不少于40小时，服务积分按月登记。", 6,
                "服务时长不足的扣2分；未按月登记的，每月扣0.5分。", "时间银行登记簿", indicator="互助养老"),
            Row("8.日间照料中心每周开放不少于5天，每月组织文体活动、健康讲座不少于2次。", 7,
                "活动每少1次扣1分；开放时间不足的扣2分。", "活动通知、签到表、照片", indicator="日间照料"),
            Row("9.每年组织老年人免费健康体检1次，健康档案建档率达到90%以上。", 6,
                "未组织体检的扣3分；建档率每低5个百分点扣1分。", "体检名单、健康档案", indicator="健康服务"),
            Row("10.对特困、失能老人开展助餐、助浴、助医服务，助餐服务覆盖率达到80%。", 7,
                "覆盖率80%以上得7分，60%（含）—80%得4分，60%以下不得分。", "助餐台账", indicator="助餐助浴"),
        )),
        Section("监督保障", "监督保障\n（20分）", 20, (
            Row("11.每季度召开一次由社区党组织牵头，养老机构、物业、居民代表参加的养老服务联席会议。", 6,
                "每少开一次扣1.5分。", "会议记录、签到表", indicator="议事协商"),
            Row("12.养老服务补贴发放名单每季度公示一次，公示期不少于七天，群众反映的问题15日内答复。", 7,
                "每少公示一次扣1分；答复超时的，每件扣0.5分。", "公示照片、答复记录", indicator="公开监督"),
            Row("13.每半年开展一次养老服务场所安全检查，隐患整改率达到100%，全年无安全责任事故。", 7,
                "每少检查一次扣2分；整改率未达100%的扣2分；发生安全责任事故的本项不得分。", "检查记录、整改台账",
                indicator="安全管理"),
        )),
        Section("群众评价", "群众评价\n（20分）", 20, (
            Row("14.年底随机抽取不少于30名服务对象开展满意度调查，满意率达到90%。", 12,
                "满意率每低1个百分点扣1分；低于75%的本项不得分。", "调查问卷", indicator="满意度"),
            Row("15.“党建+养老”工作形成可复制经验，年内在区级以上媒体或会议交流推广不少于1次，年终形成工作总结。", 8,
                "无工作总结的扣3分；未交流推广的扣3分；总结内容空泛的酌情扣分。", "工作总结、报道截图",
                indicator="经验总结"),
        )),
    ),
)

NOTE = ("填表说明：1.社区对照考核内容先行自评，街道党工委结合实地查看、走访老人进行考核；2.佐证材料须为2026年度形成的原始材料，"
        "复印件加盖社区公章；3.考核结果纳入社区党组织书记年度述职评议。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["一级指标", "二级指标", "考核内容", "分值", "评分标准", "佐证材料", "自评得分", "考核得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党建+养老"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="仿宋_GB2312", size=16, bold=True), center)
    xlsx_line(ws, "社区（盖章）：                    填报人：              联系电话：", ncols)
    xlsx_header(ws, header, ncols)
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, f"{_fmt(row.points)}分", row.scoring,
                       row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    ws.append(["合计", None, None, f"{_fmt(t.total)}分", None, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 42)
    xlsx_widths(ws, (11, 11, 46, 7, 40, 20, 8, 8))
    wb.save(str(path))
