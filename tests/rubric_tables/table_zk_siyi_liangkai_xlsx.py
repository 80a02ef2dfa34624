"""中共会同县林城镇委员会2026年度村级重大事项“四议两公开”工作法执行情况专项检查评分表 (.xlsx), as a 湖南 镇党委
检查组 scores each 村党支部 (and the 村“两委”) on how it runs the 村级重大事项 through 党支部会提议、“两委”会商议、
党员大会审议、村民（代表）会议决议 and 决议公开、实施结果公开.

A merged title row, a merged "村：…  村党支部书记：…  检查时间：…" line and a right-aligned "单位：分" line above the header
检查环节 | 序号 | 检查内容 | 分值 | 评分细则 | 检查方法 | 扣分 | 扣分原因. The categories are MERGED CELLS down the 检查环节
column, printed on two lines "制度落实\\n（15分）" (no ordinal). 序号 is the SECOND column and runs 1..14 through the sheet
(numeric cells). 分值 is a plain number. 检查方法 (`Row.method`) says only how the 检查组 checks (查阅…, 实地查看, 现场抽问,
入户走访, 向…核实); it is no 佐证 column. 扣分 / 扣分原因 are blank. A 合计 row and a merged 备注 row close the sheet.
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
    name="zk_siyi_liangkai_xlsx",
    fmt="xlsx",
    title="中共会同县林城镇委员会2026年度村级重大事项“四议两公开”工作法执行情况专项检查评分表",
    numbering="printed",
    sections=(
        Section("制度落实", "制度落实\n（15分）", 15, (
            Row("村党支部制定“四议两公开”实施细则，列出须经“四议两公开”程序决策的村级重大事项清单；事项清单报镇党委备案，并在"
                "村务公开栏公示。", 5,
                "无实施细则的扣2分；无重大事项清单的扣2分；清单未报备案或未公示的扣1分。", "查阅资料、实地查看公开栏"),
            Row("建立村级重大事项决策台账，实行“一事一档”，每件事项的提议、商议、审议、决议、公告和实施结果材料齐全、按序"
                "归档。", 5,
                "无决策台账的扣3分；每发现1件事项档案材料不全的扣0.5分。", "查阅台账、档案"),
            Row("村党支部书记、村委会主任每年参加镇里组织的“四议两公开”专题培训不少于1次；村“两委”成员对决策程序的知晓率"
                "达到100%。", 5,
                "未参加专题培训的，每人扣1分；现场抽问“两委”成员，每1人答不出主要程序的扣0.5分。", "查阅培训签到、现场抽问"),
        )),
        Section("四议程序", "四议程序\n（40分）", 40, (
            Row("党支部会提议：村党支部在广泛征求党员、群众意见的基础上，召开支部委员会研究形成初步方案；会议记录载明议题、到会"
                "人员、讨论意见和表决结果。", 8,
                "未经支部委员会提议的，每件扣2分；提议前未征求党员群众意见的，每件扣1分；会议记录要素不全的，每次扣0.5分。",
                "查阅会议记录、征求意见材料"),
            Row("“两委”会商议：村“两委”联席会议对党支部提议进行充分商议，“两委”成员到会率须达到80%以上，商议意见逐条书面"
                "记录。", 8,
                "未经“两委”会商议的，每件扣2分；到会率不足的，每次扣1分。", "查阅会议记录"),
            Row("党员大会审议：商议形成的方案提交党员大会审议，党员大会到会率须超过50%；外出党员可书面委托或通过视频方式参会，"
                "审议意见形成会议记录。", 8,
                "未经党员大会审议的，每件扣2分；到会率未过半数的，该次审议无效，每次扣1.5分。", "查阅会议记录、委托书"),
            Row("村民会议或村民代表会议决议：村民代表会议须有三分之二以上组成人员参加，所作决定经到会人员半数以上同意；表决结果"
                "当场宣布，参会代表在决议上签字。", 10,
                "未经村民（代表）会议表决的，每件扣3分；到会人数或表决程序不符合规定的，每次扣1.5分；决议无代表签字的，每次"
                "扣1分。", "查阅会议记录、决议原件"),
            Row("涉及资金50万元以上的建设项目、集体土地发包、集体资产处置等事项，提交村民（代表）会议表决前须报镇党委、镇政府"
                "审核，审核意见存档备查。", 6,
                "应报未报审核的，每件扣2分；无审核意见存档的，每件扣1分。", "查阅审核意见、向镇经管站核实"),
        )),
        Section("两公开", "两公开\n（30分）", 30, (
            Row("决议公开：村民（代表）会议决议形成后3日内在村务公开栏和村民微信群公开，公开时间不少于7天，公开后留存照片。", 8,
                "决议未公开的，每件扣2分；公开不及时或公开时间不足的，每件扣1分；无公开照片的扣1分。", "查阅照片、实地查看"),
            Row("实施结果公开：事项实施过程和结果及时向村民公开，工程类项目竣工验收后15日内公开决算；每季度集中公开1次"
                "“四议两公开”事项办理进度。", 8,
                "实施结果未公开的，每件扣2分；季度办理进度公开每少1次扣1分。", "查阅资料、实地查看公开栏"),
            Row("村务监督委员会全程参与监督，成员列席“两委”商议会议和党员大会，每半年向村党支部书面报告1次监督情况。", 6,
                "监委会成员应列席未列席的，每次扣0.5分；书面报告每少1次扣1分。", "查阅会议记录、书面报告"),
            Row("检查组入户随机走访村民不少于20户，了解群众对村级重大事项决策过程和结果的满意情况。", 8,
                "满意率90%以上得8分；80%（含）—90%得5分；70%（含）—80%得2分；70%以下不得分。", "入户走访"),
        )),
        Section("工作成效", "工作成效\n（15分）", 15, (
            Row("年内未发生因村级重大事项决策不民主、不公开引发的群体性上访或越级上访；决策事项无违纪违规问题。", 8,
                "引发群体性上访的，本项不得分；引发越级上访的，每起扣3分；决策事项被纪检监察机关查实存在违纪违规问题的，每件"
                "扣4分。", "向镇信访办、镇纪委核实"),
            Row("年初制定村级重大事项“四议两公开”工作计划，年终对全年决策事项梳理总结并报镇党委；对镇党委检查反馈的问题建立"
                "整改清单，整改完成率达到100%。", 7,
                "无年初计划或年终总结的，各扣1.5分；无整改清单的扣1分；整改完成率每低10个百分点扣1分。", "查阅资料"),
        )),
    ),
)

HEADER = ["检查环节", "序号", "检查内容", "分值", "评分细则", "检查方法", "扣分", "扣分原因"]
NOTE = ("备注：1.本次专项检查由镇党委组织办牵头，镇纪委、镇经管站参与，每村随机抽取年内决策事项不少于3件倒查程序；2.各项扣分"
        "不超过该项分值；3.检查得分低于70分的村，由镇党委书记约谈村党支部书记，限期1个月整改。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "四议两公开检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "村：                    村党支部书记：                  检查时间：2026年  月  日", ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.text, row.points, row.scoring, row.method, None, None])
            for c in (3, 5, 6, 8):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (11, 6, 50, 6, 46, 18, 7, 14))
    wb.save(str(path))
