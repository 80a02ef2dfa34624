"""中共锦城市律师行业委员会2026年度律师事务所党组织党建工作考核细则 (.xlsx), as the 市律师行业党委 scores each 律师事务所
党支部 (or 联合党支部) on 组织建设、组织生活、队伍建设、作用发挥.

A merged title row and a merged "律师事务所名称：…  党组织书记：…  考核得分：…" line above the header 序号 | 考核内容 |
工作要求 | 标准分 | 评分办法 | 备注. The categories are SECTION ROWS merged across the whole sheet, printed
"第一部分　组织建设（20分）" (the category name is "组织建设"); there is no category column. 序号 runs through the sheet
and is printed in full-width brackets, "（1）" … "（15）" (text cells). 考核内容 is a short sub-label (`Row.indicator`);
工作要求 is what is asked (`Row.text`). 标准分 is a plain number. 备注 mostly blank, a few cells say how it is checked
(`Row.method`). A 总分 row and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="u_lvshi_hangye_dangzhibu_xlsx",
    fmt="xlsx",
    title="中共锦城市律师行业委员会2026年度律师事务所党组织党建工作考核细则",
    numbering="printed",
    sections=(
        Section("组织建设", "第一部分　组织建设（20分）", 20, (
            Row("有正式党员3名以上的律师事务所单独建立党支部，不足3名的建立联合党支部；党员律师组织关系全部转入律所"
                "党组织，转入率达到100%。", 6,
                "应建未建的本项不得分；党员组织关系未转入的，每人扣1分。", indicator="组织设置"),
            Row("党支部书记一般由律所主任或管理合伙人中的党员担任；支部委员中执业5年以上的律师不少于2名，45周岁以下的"
                "至少1名。", 6,
                "书记未由主任或合伙人担任的扣2分；执业年限不符合要求的扣1分；无45周岁以下委员的扣1分。", indicator="班子建设"),
            Row("将党建工作写入律所章程，建立党组织与律所管理层沟通协商制度，党组织参与律所重大事项决策。", 8,
                "章程未写入党建内容的扣3分；无沟通协商制度的扣2分；党组织未参与重大决策的酌情扣1-3分。", indicator="党建入章",
                method="查阅律所章程"),
        )),
        Section("组织生活", "第二部分　组织生活（30分）", 30, (
            Row("支委会每月召开1次，党员大会每季度召开1次，党课每季度不少于1次；会议有签到、有记录、有照片。", 10,
                "支委会每少1次扣0.5分；党员大会、党课每少1次扣1分；签到、记录、照片缺失的，每次扣0.2分，最高扣2分。",
                indicator="三会一课"),
            Row("每月固定1天开展主题党日，结合律师行业特点开展公益法律服务、普法宣传等活动。", 6,
                "每少1次扣0.5分；活动内容与行业特点结合不紧密的酌情扣分。", indicator="主题党日"),
            Row("每年召开一次组织生活会和民主评议党员，党员律师参会率不低于90%，对评议为不合格的党员按规定作出处置。", 8,
                "未召开的本项不得分；参会率每低1个百分点扣0.2分；不合格党员未处置的扣2分。", indicator="组织生活会"),
            Row("党员律师按月交纳党费，建立党费收缴台账，党费交纳情况每半年公示一次。", 6,
                "未按月交纳的，每人次扣0.2分；无党费收缴台账的扣3分；未公示的扣1分。", indicator="党费管理"),
        )),
        Section("队伍建设", "第三部分　队伍建设（25分）", 25, (
            Row("党员律师年内参加行业党委组织的集中培训不少于2天，参加政治理论学习不少于24学时。", 7,
                "培训每少1天扣1分；理论学习每少2学时扣0.5分，最高扣3分。", indicator="教育培训", method="随机抽查2名党员律师"),
            Row("注重在青年律师和律所管理层中发展党员，年内确定入党积极分子不少于1名，发展党员材料按规定报行业党委预审。", 6,
                "无入党积极分子的扣3分；发展材料未经预审的扣2分。", indicator="发展党员"),
            Row("党员律师在执业场所佩戴党徽、设立党员示范岗，律所公开栏公示党员律师名单。", 5,
                "党徽、示范岗每缺一项扣1分；未公示党员名单的扣1分。", indicator="亮明身份", method="实地查看"),
            Row("党员律师依法诚信执业，年内未受到行业处分或行政处罚。", 7,
                "党员律师受到行业处分或行政处罚的，每人次扣3分；受到停止执业以上处罚的，本项不得分。", indicator="诚信执业"),
        )),
        Section("作用发挥", "第四部分　作用发挥（25分）", 25, (
            Row("律所党组织每季度至少组织1次公益法律服务活动；党员律师年内提供公益法律服务不少于20小时，承办法律援助案件"
                "不少于2件。", 9,
                "公益活动每少1次扣1分；服务时长不足的，每人扣0.5分，最高扣3分；法律援助案件每少1件扣1分。", indicator="公益服务"),
            Row("结对联系1个以上村（社区），签订法律顾问协议，每月到村（社区）坐班服务不少于1次，建立服务台账。", 8,
                "未签订协议的扣3分；坐班每少1次扣0.5分；无服务台账的扣1分。", indicator="服务基层"),
            Row("年初制定党建工作计划，年中报送半年小结，年底形成党建工作总结报行业党委。", 4,
                "每缺一项扣1.5分，扣完为止。", indicator="计划总结"),
            Row("年底由行业党委组织委托人代表、结对村（社区）开展满意度测评，满意率不低于85%。", 4,
                "满意率每低1个百分点扣0.5分，扣完为止。", indicator="群众评价"),
        )),
    ),
)

NOTE = ("说明：1.本细则适用于全市律师事务所党支部和联合党支部，联合党支部按所涵盖律所的平均情况计分；2.考核采取律所自查、"
        "区（县）司法局党组织初审、行业党委抽查复核的方式进行；3.考核结果分为优秀（90分以上）、合格（70—89分）、不合格"
        "（70分以下），与律所年度检查考核、评优评先挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["序号", "考核内容", "工作要求", "标准分", "评分办法", "备注"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "律师事务所名称：                        党组织书记：              考核得分：", ncols)
    xlsx_header(ws, header, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([f"（{number}）", row.indicator, row.text, row.points, row.scoring, row.method or None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    ws.append(["总分", None, None, t.total, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 45)
    xlsx_widths(ws, (7, 11, 50, 7, 46, 14))
    wb.save(str(path))
