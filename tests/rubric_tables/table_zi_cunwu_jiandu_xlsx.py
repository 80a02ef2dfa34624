"""中共攸县网岭镇委员会2026年度村务监督委员会规范化运行考核评分表 (.xlsx), as a 湖南 乡镇党委 (with the 镇纪委) scores
each 村（社区） 村务监督委员会 and the 村党组织's leadership of it, on 组织建设、监督履职、党建引领与保障、监督成效.

A merged title row, a merged "村（社区）：…  村务监督委员会主任：…  考核日期：…" line and a right-aligned "单位：分" line
above the header 考核类别 | 序号 | 考核标准 | 标准分 | 扣分办法 | 考核方式 | 实得分. The categories are MERGED CELLS down
the 考核类别 column, printed on one line "组织建设（20分）" (no ordinal). 序号 RESTARTS at 1 in every category (ids
"2.5"). 标准分 is a plain number. 考核方式 (`Row.method`) says how the 考核组 checks (查阅…, 实地查看, 入户走访, 向镇纪委
核实); it is no 佐证 column. 实得分 is blank. A 总分 row and a merged 备注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zi_cunwu_jiandu_xlsx",
    fmt="xlsx",
    title="中共攸县网岭镇委员会2026年度村务监督委员会规范化运行考核评分表",
    numbering="restart",
    sections=(
        Section("组织建设", "组织建设（20分）", 20, (
            Row("村务监督委员会由3—5人组成，经村民会议或村民代表会议推选产生，与村“两委”同步换届；村“两委”成员及其近亲属、"
                "村报账员（会计）、文书、村集体经济组织负责人不得担任成员。", 6,
                "未经村民（代表）会议推选产生的扣3分；成员人数不符合规定的扣1分；存在不得担任情形的，每人扣2分。",
                "查阅推选资料"),
            Row("村务监督委员会主任一般由村党组织纪检委员担任，非党员担任主任的须经镇党委审核同意；成员中45周岁以下的不少于"
                "1名，高中（中专）及以上文化程度的不少于2名。", 5,
                "主任人选不符合要求的扣2分；无45周岁以下成员的扣1.5分；高中（中专）及以上成员不足2名的扣1.5分。",
                "查阅成员名册"),
            Row("建立村务监督委员会成员花名册，报镇纪委备案；成员年内参加县、镇组织的业务培训不少于1次，累计不少于8学时。", 4,
                "无花名册或未报备案的扣1分；未参加培训的，每人扣0.5分；培训学时不足的，每人扣0.3分。", "查阅资料"),
            Row("有固定办公场所，做到有牌子、有印章、有制度、有台账；村务监督工作制度和监督事项清单在村务公开栏公示。", 5,
                "“四有”每缺1项扣1分；制度、清单未公示的扣1分。", "实地查看"),
        )),
        Section("监督履职", "监督履职（45分）", 45, (
            Row("列席村党组织会议、村民委员会会议和“四议两公开”相关会议，全年列席不少于6次，列席意见记录在案。", 7,
                "列席每少1次扣1分；列席无记录的视同未列席。", "查阅会议记录"),
            Row("每月对村级财务收支单据进行审核并签字；村级重大事项决策、工程项目招投标、集体资产资源处置实行全程监督，"
                "监督覆盖率100%。", 8,
                "财务审核每少1次扣1分；单据未经审核签字的，发现1张扣0.2分，最多扣2分；重大事项未纳入监督的，每件扣1分。",
                "查阅财务凭证"),
            Row("督促村务、财务每季度各公开1次，公开前对公开内容进行审核把关；村民对公开内容有异议的，3个工作日内作出答复。", 6,
                "公开每少1次扣1分；公开内容未经审核的扣1分；群众异议未及时答复的，每件扣0.5分。", "查阅资料、实地查看公开栏"),
            Row("每季度召开1次村务监督委员会会议，研究监督事项；每半年向村党组织和镇纪委书面报告1次监督工作情况。", 6,
                "会议每少1次扣1分；书面报告每少1次扣1分。", "查阅会议记录、书面报告"),
            Row("年底在村民会议或村民代表会议上报告年度监督工作，接受村民代表民主测评，测评满意率不低于80%。", 8,
                "未报告工作的扣4分；满意率低于80%的扣3分，低于60%的本项不得分。", "查阅会议记录、测评表"),
            Row("建立村务监督工作台账，如实记录监督事项、发现问题及处理结果；发现问题及时向村党组织提出纠正建议，未予纠正的"
                "向镇党委、镇纪委报告；问题整改率达到95%以上。", 6,
                "无工作台账的扣2分；台账记录不全的，酌情扣0.5-1分；整改率每低5个百分点扣1分。", "查阅台账"),
            Row("每年参与1次村级集体“三资”清查；村级工程项目竣工验收须有村务监督委员会成员参加并签字确认。", 4,
                "未参与“三资”清查的扣2分；工程验收无村务监督委员会签字的，每项扣1分。", "查阅清查报告、验收资料"),
        )),
        Section("党建引领与保障", "党建引领与保障（20分）", 20, (
            Row("村党组织每半年至少听取1次村务监督委员会工作汇报，研究解决监督发现的问题；村党组织书记不得干预村务监督"
                "委员会依法履职。", 5,
                "听取汇报每少1次扣1.5分；发现问题未研究解决的，酌情扣分；书记干预依法监督的扣2分。", "查阅会议记录、个别谈话"),
            Row("村务监督委员会成员误工补贴纳入村级组织运转经费保障，按季度足额发放。", 3,
                "未纳入经费保障或未按时足额发放的扣2分；补贴标准低于县定标准的扣1分。", "查阅财务账目"),
            Row("村务监督委员会成员廉洁自律，年内无违纪违法问题，不利用监督职权谋取私利。", 4,
                "成员受到党纪政务处分的，每人扣2分；受到刑事处罚的，本项不得分。", "向镇纪委核实"),
            Row("入户随机走访村民不少于20户，了解村民对村务监督委员会职责和监督工作的知晓情况。", 4,
                "知晓率85%以上的得4分；75%（含）—85%的得2分；75%以下的不得分。", "入户走访"),
            Row("年初制定村务监督工作计划，年终形成工作总结；监督资料按年度整理归档。", 4,
                "计划、总结每缺1项扣1分；资料归档不规范的，扣0.5-1分。", "查阅资料"),
        )),
        Section("监督成效", "监督成效（15分）", 15, (
            Row("年内村级财务无违规列支、无白条入账；上级审计、巡察反馈的村级财务问题数量较上年下降。", 6,
                "发现违规列支或白条入账的，每笔扣1分，最多扣4分；反馈问题数量未下降的扣2分。", "查阅审计、巡察反馈意见"),
            Row("因村务、财务问题引发的信访件数较上年下降，无越级访、重复访。", 5,
                "信访件数上升的扣2分；发生越级访、重复访的，每件扣1.5分。", "信访部门提供数据"),
            Row("每年组织村民代表对村“两委”成员履职情况开展1次民主评议，评议结果公示。", 4,
                "未组织民主评议的扣3分；评议结果未公示的扣1分。", "查阅评议资料、实地查看"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核标准", "标准分", "扣分办法", "考核方式", "实得分"]
NOTE = ("备注：1.考核由镇党委、镇纪委联合组织，采取查阅资料、座谈了解、入户走访、实地查看相结合的方式；2.各项扣分以该项"
        "标准分为限；3.考核得分90分以上的评为“规范运行村务监督委员会”，60分以下的由镇纪委约谈村务监督委员会主任和村党组织"
        "书记。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村监委考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=14, bold=True), center)
    xlsx_line(ws, "村（社区）：                    村务监督委员会主任：                考核日期：2026年  月  日", ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center, label="总分")
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (12, 6, 50, 7, 44, 16, 8))
    wb.save(str(path))
