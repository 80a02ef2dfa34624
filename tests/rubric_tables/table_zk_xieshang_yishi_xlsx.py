"""中共苏州市姑苏区双塔街道工作委员会2026年度党建引领社区协商议事工作考评表 (.xlsx), as a 江苏 街道党工委 (组织办、
民政办 jointly) scores each 社区党组织 on how it leads 居民协商议事: 议事平台、议事程序、议事成效、保障机制.

A merged title row, a merged "社区：…  社区党组织书记：…  考评时间：…" line and a merged "（满分100分，街道党工委组织办、
民政办联合考评）" line above the header 序号 | 考评内容 | 分值 | 评分标准 | 佐证资料 | 社区自评 | 街道考评. The categories are
SECTION ROWS merged across the sheet, printed "（一）议事平台（20分）". 序号 RESTARTS at 1 under every section row (numeric
cells; item ids "1.1", "3.4" …). 分值 is a plain number. 佐证资料 (`Row.method`) names the papers the 社区 lays out. The
two score columns are blank. A 合计 row and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zk_xieshang_yishi_xlsx",
    fmt="xlsx",
    title="中共苏州市姑苏区双塔街道工作委员会2026年度党建引领社区协商议事工作考评表",
    numbering="restart",
    sections=(
        Section("议事平台", "（一）议事平台（20分）", 20, (
            Row("建立社区党组织领导下的居民协商议事会，成员由社区“两委”成员、居民代表、驻区单位、物业服务企业和业委会代表等"
                "组成，不少于9人，其中党员比例不低于50%。", 6,
                "未建立协商议事会的，本项不得分；成员构成每缺1类扣0.5分；党员比例低于50%的扣1分。", "议事会成员名单"),
            Row("制定社区协商议事规则，明确议事范围、议事程序和结果运用；议事规则经居民代表会议通过，并在社区公示栏公示。", 4,
                "无议事规则的扣2分；未经居民代表会议通过的扣1分；未公示的扣1分。", "议事规则、居民代表会议记录"),
            Row("在小区、楼栋设立“小区议事厅”“楼道议事角”等议事点，有物业管理区域的小区议事点覆盖率达到80%以上。", 5,
                "覆盖率每低10个百分点扣1分。", "议事点名册、照片"),
            Row("编制年度协商议题清单，议题通过居民议事箱、网格走访、线上征集等渠道收集，议题清单每季度更新1次。", 5,
                "无议题清单的扣2分；更新每少1次扣0.5分；征集渠道少于2种的扣1分。", "议题清单、征集记录"),
        )),
        Section("议事程序", "（二）议事程序（35分）", 35, (
            Row("社区党组织每季度召开1次支部委员会（党委会），专题研究拟协商议题，对协商事项进行政治把关。", 6,
                "每少1次扣1.5分。", "会议记录"),
            Row("社区层面每季度至少召开1次协商议事会，小区（楼栋）层面每月至少开展1次议事活动；议事会成员参会率不低于80%。", 10,
                "社区议事会每少1次扣2分；小区议事活动每少1次扣0.3分，最多扣3分；参会率低于80%的，每次扣0.5分。",
                "会议记录、签到表、照片"),
            Row("议事前3天将议题、时间、地点向居民公告；议事过程中发言、表决情况如实记录，协商结果形成书面议事纪要。", 7,
                "未提前公告的，每次扣0.5分；无议事纪要的，每次扣1分；议事程序不规范的，酌情扣1-2分。", "议事公告、议事纪要"),
            Row("涉及居民切身利益的小区改造、加装电梯、停车管理、公共收益使用等重大事项，须经协商议事程序；协商结果报街道"
                "党工委备案。", 6,
                "重大事项未经协商的，每件扣2分；协商结果未备案的，每件扣0.5分。", "备案材料"),
            Row("协商结果在3个工作日内通过社区公示栏、居民微信群公示，公示期不少于5天；居民有异议的，重新组织协商。", 6,
                "结果未公示的，每次扣1分；公示期不足的，每次扣0.5分；居民异议未处理的扣1分。", "公示照片或截图"),
        )),
        Section("议事成效", "（三）议事成效（30分）", 30, (
            Row("建立协商结果落实台账，明确责任人和完成时限，协商事项办结率达到90%以上。", 8,
                "无落实台账的扣2分；办结率每低5个百分点扣1分。", "落实台账"),
            Row("落实情况每半年向居民反馈1次，并在居民代表会议上通报协商事项办理情况。", 5,
                "反馈每少1次扣1.5分；未在居民代表会议上通报的扣1分。", "反馈材料、会议记录"),
            Row("年内通过协商议事解决小区治理难题不少于6件，提炼形成典型案例不少于1个。", 7,
                "解决难题每少1件扣1分；无典型案例的扣1分。", "案例材料"),
            Row("居民对社区协商议事工作的知晓率和满意度（由街道随机电话回访，每个社区不少于30户）。", 10,
                "知晓率80%以上得4分，60%（含）—80%得2分，60%以下不得分；满意度90%以上得6分，80%（含）—90%得4分，70%（含）"
                "—80%得2分，70%以下不得分。", "电话回访记录"),
        )),
        Section("保障机制", "（四）保障机制（15分）", 15, (
            Row("每年组织议事会成员、居民骨干开展议事能力培训不少于2次，每人累计不少于6学时。", 5,
                "培训每少1次扣1.5分；学时不足的，每人扣0.2分。", "培训通知、签到表"),
            Row("社区党组织书记每年在居民代表会议上报告1次协商议事工作；在职党员、楼栋党员参与议事活动，参与率不低于60%。", 5,
                "书记未报告的扣2分；党员参与率每低10个百分点扣1分，最多扣3分。", "会议记录、党员参与登记表"),
            Row("年初制定协商议事工作计划，年终形成工作总结报街道党工委；议事资料按“一事一档”归档，议事活动经费纳入社区服务"
                "群众专项经费保障。", 5,
                "计划、总结每缺1项扣1.5分；资料归档不规范、经费保障不到位的，酌情扣分。", "工作计划、工作总结、档案资料"),
        )),
    ),
)

HEADER = ["序号", "考评内容", "分值", "评分标准", "佐证资料", "社区自评", "街道考评"]
NOTE = ("说明：1.考评采取社区自评、街道实地核查与电话回访相结合的方式，于12月中旬进行；2.各项扣分以该项分值为限，扣完为止；"
        "3.考评结果纳入社区党组织年度考核，得分95分以上的社区推荐为区级“协商议事示范社区”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "协商议事考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=14, bold=True), center)
    xlsx_line(ws, "社区：                        社区党组织书记：                  考评时间：2026年  月  日", ncols)
    xlsx_line(ws, "（满分100分，街道党工委组织办、民政办联合考评）", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="center")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.text, row.points, row.scoring, row.method, None, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 36)
    xlsx_widths(ws, (6, 50, 6, 46, 20, 9, 9))
    wb.save(str(path))
