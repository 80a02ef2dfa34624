"""中共丰城市张巷镇委员会2026年度村（社区）“两委”班子述职测评计分表 (.xlsx), as the 镇党委 考评组 scores each
村（社区）“两委”班子 at the year-end 述职测评 on 班子建设、履职尽责、发展实绩、述职测评.

A merged title row and a merged "村（社区）：…  党组织书记：…  测评日期：…" line above the header 考评项目 | 序号 | 考评内容 |
考评细则 | 标准分 | 自评分 | 镇考评分 | 备注. 考评项目 (the category) is merged down its rows and printed on one line,
"一、班子建设（20分）" (the category name is "班子建设"). 序号 is printed as a circled numeral ①②③ that does NOT restart:
it runs ① … ⑬ through the sheet (ids 1..13, numbering "printed"). 标准分 comes after 考评细则 and is printed "6分" (a
string). 自评分, 镇考评分 and 备注 are blank. A 总分 row ("100分" under 标准分) and two merged rows under the table (the
测评等次 and a 说明) close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="v_cun_liangwei_shuzhi_ceping_xlsx",
    fmt="xlsx",
    title="中共丰城市张巷镇委员会2026年度村（社区）“两委”班子述职测评计分表",
    numbering="printed",
    sections=(
        Section("班子建设", "一、班子建设（20分）", 20, (
            Row("“两委”班子成员分工明确，年初制定班子年度工作目标和责任分工，并在村务公开栏张榜公布。", 6,
                "无年度工作目标的扣3分；未张榜公布的扣1分；分工不明确、推诿扯皮的，酌情扣1-2分。"),
            Row("严格落实“四议两公开”工作法，村级重大事项经党组织提议、“两委”会议商议、党员大会审议、村民代表会议"
                "决议，决议和实施结果公开。", 8,
                "重大事项未履行程序的，每件扣2分，最高扣6分；决议和实施结果未公开的扣2分。"),
            Row("“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的不少于3名。", 6,
                "每项不符合要求扣3分。"),
        )),
        Section("履职尽责", "二、履职尽责（30分）", 30, (
            Row("每月召开1次“两委”联席会议，支委会每月召开1次，党员大会每季度召开1次；党组织书记年内讲党课不少于"
                "两次。", 9,
                "会议每少1次扣0.5分；书记讲党课每少1次扣1分。"),
            Row("落实村干部坐班值班和“民情日记”制度，班子成员每人每月走访群众不少于10户，民情日记记录完整。", 7,
                "走访每少1户扣0.1分，最高扣3分；无民情日记的扣2分；坐班值班不到位的酌情扣分。"),
            Row("党员按月交纳党费，收缴台账规范；年内培养入党积极分子不少于2名，优先从致富带头人、返乡青年中培养。", 6,
                "党费未按月收缴的扣2分；积极分子每少1名扣1分。"),
            Row("每年召开组织生活会，开展民主评议党员，党员参会率达到90%以上；对评议为不合格的党员稳妥作出处置。", 8,
                "未召开组织生活会的本项不得分；参会率每低1个百分点扣0.2分，最高扣2分；不合格党员处置不当的扣1分。"),
        )),
        Section("发展实绩", "三、发展实绩（25分）", 25, (
            Row("壮大村级集体经济，经营性收入较上年增幅达到10%以上；年底将集体收支情况向村民公布。", 8,
                "增幅10%以上得6分，5%（含）—10%得4分，5%以下不得分；年底未公布收支情况的扣2分。"),
            Row("落实网格化管理，班子成员包片联户，矛盾纠纷调处率达到95%以上，全年未发生重大信访事件和安全事故。", 8,
                "调处率每低1个百分点扣0.5分；发生越级上访、重大安全事故的，本项不得分。"),
            Row("党务、村务、财务每季度公开一次，公开内容真实完整，群众有疑问的及时答复。", 9,
                "每少公开1次扣1分；公开内容不真实、不完整的，酌情扣2-4分。"),
        )),
        Section("述职测评", "四、述职测评（25分）", 25, (
            Row("年底“两委”班子向党员、村民代表述职，述职报告实事求是，问题查摆具体，整改措施可行。", 7,
                "未述职的本项不得分；述职报告质量由考评组综合评定。"),
            Row("召开党员和村民代表会议对“两委”班子进行民主测评，“满意”和“基本满意”票占比达到90%以上。", 10,
                "占比90%以上得10分，80%（含）—90%得7分，70%（含）—80%得4分，70%以下不得分。"),
            Row("上年度述职测评中群众反映的问题整改到位，建立问题整改台账，整改完成率100%。", 8,
                "无整改台账的扣3分；整改完成率每低10个百分点扣1分。"),
        )),
    ),
)

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮"
GRADES = ("测评等次：总分90分以上为“好”，80（含）—90分为“较好”，60（含）—80分为“一般”，60分以下为“差”；民主测评“不满意”票"
          "超过三分之一的，直接评定为“差”。")
NOTE = ("说明：1.自评分由村（社区）党组织填写，镇考评分由镇党委考评组核定；2.各项扣分以该项标准分为限，扣完为止；"
        "3.测评结果与村干部年度绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["考评项目", "序号", "考评内容", "考评细则", "标准分", "自评分", "镇考评分", "备注"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "述职测评计分"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "村（社区）：                    党组织书记：              测评日期：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    first_data = ws.max_row
    number = 0
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, CIRCLED[number], row.text, row.scoring,
                       f"{_fmt(row.points)}分", None, None, None])
            number += 1
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    ws.append(["总分", None, None, None, f"{_fmt(t.total)}分", None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first_data, ncols)
    xlsx_note(ws, GRADES, ncols, 35)
    xlsx_note(ws, NOTE, ncols, 35)
    xlsx_widths(ws, (12, 6, 46, 46, 8, 8, 9, 8))
    wb.save(str(path))
