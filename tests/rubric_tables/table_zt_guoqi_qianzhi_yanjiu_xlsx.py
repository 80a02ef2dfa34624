"""中共襄阳市国资委委员会2026年度市属国有企业党委前置研究讨论重大经营管理事项专项检查评分表 (.xlsx), as a 湖北 市国资委
党委 (its 党建工作处 leading a 检查组 with the 驻委纪检监察组) checks each 市属国有企业 集团党委 on how it studies the
重大经营管理事项 before the 董事会 and 经理层 decide them: the 前置研究事项清单 and 议事规则, the 党委会's procedure, the
follow-up and oversight, and the outcome seen in sampled decision files and a 测评 of the 中层以上人员. The 二级企业 are held
to the same rules through the 集团党委's 督导.

A merged title row, a merged "被检查企业：…  检查组组长：…  检查日期：2026年…月…日" line and a right-aligned "单位：分" line above
the header 序号 | 检查内容 | 标准分 | 扣分标准 | 检查方法 | 扣分 | 得分. The categories are SECTION ROWS merged across the
sheet, printed "（一）制度建设（20分）". 序号 (first column, numeric cells) RESTARTS at 1 under every section row (ids "1.1",
"2.6" …). 标准分 is a plain number. 检查方法 (`Row.method`) says only how the 检查组 checks (查阅文件, 抽查决策档案, 个别访谈,
问卷测评); it is no 佐证 column. 扣分 and 得分 are blank. A 合计 row and a merged 备注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zt_guoqi_qianzhi_yanjiu_xlsx",
    fmt="xlsx",
    title="中共襄阳市国资委委员会2026年度市属国有企业党委前置研究讨论重大经营管理事项专项检查评分表",
    numbering="restart",
    sections=(
        Section("制度建设", "（一）制度建设（20分）", 20, (
            Row("企业党委制定党委前置研究讨论重大经营管理事项清单，明确事项范围、程序和要求，清单经党委会审议通过后印发，并报市"
                "国资委党委备案。", 6,
                "无前置研究事项清单的，本项不得分；清单未经党委会审议的扣2分；未报备案的扣1分。", "查阅文件"),
            Row("集团公司章程写入党建工作总体要求，明确党委在公司法人治理结构中的法定地位；所属子企业章程党建内容写入率达到100%。",
                5, "集团章程未写入的扣3分；子企业写入率每低10个百分点扣1分。", "查阅公司章程"),
            Row("修订完善党委会、董事会、总经理办公会议事规则，厘清各治理主体权责边界，编制权责清单。", 5,
                "议事规则每缺1项扣1分；无权责清单的扣2分。", "查阅文件"),
            Row("每年结合法律法规修订和上级要求，对前置研究事项清单开展1次动态评估并及时调整。", 4,
                "未开展年度评估调整的扣2分；清单内容与上级要求不一致的，每处扣0.5分。", "查阅文件、个别访谈"),
        )),
        Section("前置研究程序", "（二）前置研究程序（35分）", 35, (
            Row("列入清单的重大经营管理事项，提交董事会、经理层决策前均经党委会前置研究讨论，前置研究率达到100%。", 10,
                "前置研究率每低1个百分点扣1分；发现应前置未前置事项的，每项扣3分。", "比对董事会、总经理办公会会议纪要"),
            Row("党委会研究前置事项须有半数以上党委委员到会；议题材料至少提前3天送达参会人员，涉及专业性较强的事项应附合法合规性"
                "审查意见。", 6,
                "材料送达不及时的，每次扣0.5分；到会人数不足仍研究前置事项的，每次扣1分；缺少合法合规性审查意见的，每项扣0.5分。",
                "查阅党委会会议记录"),
            Row("前置研究坚持集体讨论，党委委员逐一充分发表意见，党委书记末位表态；研究意见以党委会会议纪要形式明确。", 5,
                "书记未末位表态的，每次扣1分；会议纪要未明确前置研究意见的，每次扣0.5分。", "查阅会议纪要、个别访谈"),
            Row("进入董事会、经理层的党委委员在决策时充分表达党委研究意见，并及时将决策情况向党委报告；决策与党委意见不一致的，"
                "暂缓决策并及时报告。", 5,
                "未向党委报告决策情况的，每次扣1分；决策与党委意见不一致未报告的，每次扣2分。", "查阅会议纪要、个别访谈"),
            Row("党委每季度至少召开1次专题会议，听取董事会、经理层关于前置研究事项决策执行情况的汇报。", 4,
                "每少1次扣1分。", "查阅党委会会议记录"),
            Row("涉及职工切身利益的重大事项，前置研究前听取企业工会意见，按规定应提交职工代表大会审议的及时提交审议。", 5,
                "未听取工会意见的，每项扣1分；应提交职工代表大会审议未提交的，每项扣2分。", "查阅资料"),
        )),
        Section("执行监督", "（三）执行监督（25分）", 25, (
            Row("建立前置研究事项台账，逐项登记议题名称、研究时间、党委意见、决策结果和执行情况，实行闭环管理。", 5,
                "无台账的扣3分；台账登记要素不全的，每项扣0.2分，最多扣2分。", "查阅台账"),
            Row("企业纪委每半年对党委前置研究事项决策执行情况开展1次监督检查，对发现的问题形成整改清单，督促整改到位。", 6,
                "监督检查每少1次扣2分；无整改清单的扣1分；问题整改未到位的，每项扣0.5分。", "查阅检查报告、整改清单"),
            Row("企业党委每年向市国资委党委书面报告1次落实前置研究讨论重大事项工作情况。", 4,
                "未报告的，本项不得分；报告内容不全面的扣1分。", "查阅报告"),
            Row("党委书记每年为中层以上领导人员讲1次专题党课，解读党委前置研究讨论制度；领导人员对前置研究制度知晓率达到100%。", 4,
                "未讲专题党课的扣2分；知晓率每低5个百分点扣1分。", "查阅资料、随机测试"),
            Row("所属二级企业参照建立前置研究事项清单；集团党委每年对二级企业前置研究落实情况督导不少于1次，督导覆盖率达到100%。",
                6, "二级企业未建立清单的，每户扣1分；未开展督导的扣2分；督导覆盖率每低10个百分点扣0.5分。", "查阅督导通报、抽查二级企业"),
        )),
        Section("落实成效", "（四）落实成效（20分）", 20, (
            Row("随机抽查年度内10项重大经营管理事项决策档案，前置研究程序规范、记录完整。", 8,
                "抽查发现程序不规范的，每项扣1分；记录不完整的，每项扣0.5分。", "抽查决策档案"),
            Row("年度内未发生因决策失误造成国有资产重大损失的问题，未发生违反“三重一大”决策制度被追责问责的情况。", 6,
                "发生上述情形之一的，本项不得分。", "向驻委纪检监察组、审计部门核实"),
            Row("企业中层以上人员对党委把方向、管大局、保落实作用发挥情况的测评满意度。", 6,
                "满意度≥90%的得6分；80%≤满意度<90%的得4分；70%≤满意度<80%的得2分；满意度<70%的不得分。", "问卷测评"),
        )),
    ),
)

HEADER = ["序号", "检查内容", "标准分", "扣分标准", "检查方法", "扣分", "得分"]
NOTE = ("备注：1.专项检查由市国资委党委党建工作处牵头，会同驻委纪检监察组于2026年10月至11月进行，检查期间为2025年11月至2026年"
        "10月；2.各项扣分以该项标准分为限；3.检查结果纳入企业党建工作责任制考核，得分低于80分的企业党委书记由市国资委党委书记"
        "约谈，并限期整改。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "前置研究专项检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=14, bold=True), center)
    xlsx_line(ws, "被检查企业：                              检查组组长：              检查日期：2026年    月    日",
              ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
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
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (6, 54, 7, 48, 18, 7, 7))
    wb.save(str(path))
