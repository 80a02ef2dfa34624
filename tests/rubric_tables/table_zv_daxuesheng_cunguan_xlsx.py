"""中共凤台县委组织部2026年度大学生村官（到村任职选调生）年度考核评分表 (.xlsx), as an 安徽 县委组织部 (its 干部监督股
running the check, the 乡镇党委 scoring first and the 组织部 reviewing) scores one 大学生村官 or 到村任职选调生 — a person, not
a 党组织 — on the five heads a 干部 考核 keeps: 德 (学习, 纪律, 联系群众), 能 (村情, 培训, 党务与文字, 调解), 勤 (在村时间,
会议, 工作日志, 中心工作, 述职), 绩 (领办项目, 为民办实事, 协助党建, 网格, 信息, the 民主测评) and 廉.

A merged title row, a merged "姓名：…  任职村：…村  所属乡镇：…  到村任职时间：…年…月  政治面貌：…" line and a right-aligned
"单位：分" line above the header 序号 | 考核内容 | 考核细则 | 分值 | 考核方式 | 得分 (the 考核细则, the scoring rules, BEFORE
分值). The categories are SECTION ROWS merged across the sheet, printed "一、德（15分）". 序号 (first column, numeric cells)
runs 1..20 through the sheet, NOT restarting under the section rows. 分值 is a plain number. 考核方式 (`Row.method`) says only
how the 考核组 checks (查阅…, 现场问答, 乡镇评价, 入户回访, 随机抽查, 民主测评, 向…核实); it is no 佐证 column. 得分 is blank.
A 合计 row and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zv_daxuesheng_cunguan_xlsx",
    fmt="xlsx",
    title="中共凤台县委组织部2026年度大学生村官（到村任职选调生）年度考核评分表",
    numbering="printed",
    sections=(
        Section("德", "一、德（15分）", 15, (
            Row("坚定理想信念，自觉学习习近平新时代中国特色社会主义思想，每月参加村党组织集中学习不少于1次，全年撰写学习心得不少于"
                "四篇。", 5,
                "集中学习每缺1次扣0.5分；学习心得每少1篇扣0.5分。", "查阅学习记录、学习笔记"),
            Row("严守政治纪律和政治规矩，全年无违反政治纪律问题；在网络空间不发表、不转发错误言论。", 5,
                "违反政治纪律经查实的，本项不得分；网络言行不当经查实的，每次扣2分。", "组织考察、网络巡查"),
            Row("群众观念强，年内走访所在村农户覆盖率达到百分之百；坚持写民情日记，按月记录不少于4篇。", 5,
                "走访覆盖率每低10个百分点扣1分；民情日记每少1篇扣0.2分，最多扣2分。", "查阅民情日记、入户回访"),
        )),
        Section("能", "二、能（20分）", 20, (
            Row("熟悉村情民情，能准确说出本村基本情况、集体经济收支、防返贫监测户等情况。", 5,
                "现场问答不合格的扣3分；基本合格的扣1分。", "现场问答"),
            Row("参加县、乡组织的业务培训，全年累计不少于60学时；年内完成1篇有分量的村情调研报告。", 5,
                "培训学时不足的，扣1—2分；无调研报告的扣2分。", "查阅培训档案"),
            Row("熟练掌握党务工作和信息化办公技能，协助村党组织规范“三会一课”记录和党员信息系统录入；承担村级文字材料撰写，材料"
                "质量较高。", 5,
                "由乡镇党委根据日常工作情况综合评定，酌情扣1—3分。", "乡镇评价"),
            Row("参与村级矛盾纠纷调解，年内参与调解不少于5起，调解成功率达到90%以上。", 5,
                "参与调解每少1起扣0.5分；成功率每低5个百分点扣0.5分。", "查阅调解台账"),
        )),
        Section("勤", "三、勤（20分）", 20, (
            Row("在村工作时间每月不少于20个工作日，实行“一日一签到”考勤；因事离村须向村党组织书记请假，并向乡镇组织委员报备。", 5,
                "在村时间每少1天扣0.2分，最多扣3分；擅自离岗的，每次扣1分；未履行请假报备手续的，每次扣0.5分。",
                "查阅考勤记录、随机抽查"),
            Row("列席村“两委”会议，参加村党组织“三会一课”和主题党日活动，参加率达到100%（请假除外）。", 4,
                "参加率每低10个百分点扣1分。", "查阅会议记录、签到表"),
            Row("坚持写工作日志，如实记录每日工作内容；每月向乡镇组织委员报送1次月度工作小结。", 3,
                "工作日志记录不全的，酌情扣0.5—1分；月度小结每少1次扣0.3分。", "查阅工作日志"),
            Row("积极参加乡镇中心工作，在防汛、秸秆禁烧、人居环境整治等急难险重任务中冲在一线，服从调度。", 4,
                "无正当理由不参加的，每次扣1分；工作推诿、不服从调度的，酌情扣1—2分。", "乡镇评价"),
            Row("年底向乡镇党委和所在村党组织书面述职，述职报告内容具体、实事求是；针对评议意见制定整改措施。", 4,
                "未述职的扣2分；述职报告内容空泛的扣1分；无整改措施的扣1分。", "查阅述职报告"),
        )),
        Section("绩", "四、绩（35分）", 35, (
            Row("年内至少领办1个村级集体经济或富民产业项目，制定项目实施方案，按季度向乡镇报送项目进展情况。", 8,
                "未领办项目的扣4分；无实施方案的扣1分；进展情况每少报送1次扣0.5分；项目成效由乡镇党委综合评定，酌情扣1—2分。",
                "查阅项目资料、实地查看"),
            Row("每年为群众办实事不少于5件，建立办实事台账，办理结果向群众公开。", 6,
                "办实事每少1件扣1分；无台账的扣1分；办理结果未公开的扣0.5分。", "查阅台账、入户回访"),
            Row("协助村党组织抓好党建工作，指导建立党员积分管理台账；年内协助培养入党积极分子不少于1名。", 5,
                "未协助建立积分管理台账的扣2分；未培养入党积极分子的扣2分；协助党建工作不主动的，酌情扣1分。", "查阅资料"),
            Row("担任网格员或网格指导员，每月走访联系网格内群众不少于20户，协助做好信访稳定、安全隐患排查等工作。", 5,
                "走访每少1户扣0.1分，最多扣2分；所在网格发生越级上访、群体性事件的，酌情扣1—3分。", "查阅走访记录"),
            Row("全年向乡镇党委报送工作信息不少于6篇，被县级以上采用不少于1篇。", 4,
                "信息每少1篇扣0.3分；无县级以上采用的扣1分。", "查阅报送记录"),
            Row("乡镇党委组织村“两委”成员、党员和群众代表进行民主测评，“满意”和“基本满意”票占比90%以上的得7分，80%（含）至90%的"
                "得5分，70%（含）至80%的得3分，70%以下的不得分。", 7,
                "按测评结果计分。", "民主测评"),
        )),
        Section("廉", "五、廉（10分）", 10, (
            Row("严守廉洁自律规定，不收受群众礼品礼金，不插手村级工程项目和集体资产资源交易；每年向乡镇党委书面报告1次个人有关"
                "事项。", 6,
                "未按时报告个人有关事项的扣1分；违反廉洁纪律被查实的，实行一票否决，本项不得分。", "向乡镇纪委核实"),
            Row("签订廉洁履职承诺书，驻村期间不违规接受村级接待，自觉接受村务监督委员会和群众监督。", 4,
                "未签订承诺书的扣1分；违规接受村级接待的，每次扣1分。", "查阅承诺书、走访了解"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "考核细则", "分值", "考核方式", "得分"]
NOTE = ("说明：1.考核由乡镇党委初评、县委组织部复核，于每年12月底前完成；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上"
        "的确定为“优秀”等次候选人，60分以下的确定为“不称职”；4.考核结果记入本人档案，作为评先评优、选拔任用和期满考核的重要"
        "依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村官年度考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "姓名：            任职村：          村    所属乡镇：            到村任职时间：    年  月    政治面貌：",
              ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.scoring, row.points, row.method, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 52, 46, 6, 16, 7))
    wb.save(str(path))
