"""岷江县桃坪镇党委2026年度驻村第一书记履职考核评分表 (.xlsx), as a 乡镇党委 scores the 第一书记 its 县 and 派出单位 send to
its 村: 建强村党组织, 推动乡村发展, 为民办事服务, 遵规守纪.

A merged title row and a merged "姓名：… 派出单位：… 驻村名称：… 驻村时间：…" line above the header 职责任务 | 工作事项 |
考核标准 | 分值 | 评分办法 | 查验方式 | 得分. No 序号 column (the importer numbers items by position). 职责任务 (the category)
is merged down its rows, printed with its ordinal on one line and its points on a second ("一、建强村党组织\\n（30分）").
工作事项 is a short sub-label (`Row.indicator`); 考核标准 is what is asked (`Row.text`). Rules: per-unit and fixed
deductions, "每少1天扣0.5分", "每少1期", "最多扣2分", "最高扣2分", "酌情扣1-3分", "本项不得分", a growth band list
("0—5%"), "实行一票否决，本项不得分". 查验方式 (`Row.method`) says how the row is checked. 得分 is blank. A 合计 row (合计
merged over 职责任务..考核标准) and a merged 说明 row listing the cases rated 不称职 close the sheet.
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
    name="q_diyi_shuji_xlsx",
    fmt="xlsx",
    title="岷江县桃坪镇党委2026年度驻村第一书记履职考核评分表",
    numbering="position",
    sections=(
        Section("建强村党组织", "一、建强村党组织\n（30分）", 30, (
            Row("第一书记每月参加镇党委组织的集中学习，结合村情为党员讲党课全年不少于2次。", 5,
                "集中学习缺席的，每次扣0.5分；讲党课每少1次扣1.5分。", "查阅学习记录", indicator="理论学习"),
            Row("指导村党组织规范落实“三会一课”，每月10日开展主题党日，第一书记全程参加，全年参加率不低于90%。", 8,
                "主题党日每少1次扣0.5分；参加率低于90%的扣2分；“三会一课”不规范的酌情扣1-3分。", "查阅会议记录",
                indicator="组织生活"),
            Row("协助村党组织物色培养后备力量，储备35周岁以下、高中以上学历的村级后备干部不少于2名。", 6,
                "后备干部每少1名扣2分；培养措施不落实的扣1分。", "查阅后备干部名册", indicator="队伍建设"),
            Row("年内至少培养入党积极分子1名；对本村在外流动党员每季度联系1次。", 5,
                "未培养入党积极分子的扣2分；联系每少1次扣0.5分。", "查阅资料、电话抽查", indicator="党员管理"),
            Row("每月驻村工作不少于20天，如实填写驻村工作日志，离村须向镇党委书面请假。", 6,
                "驻村天数每少1天扣0.5分；无工作日志的扣2分；擅自离岗的本项不得分。", "查阅日志、考勤抽查",
                indicator="驻村在岗"),
        )),
        Section("推动乡村发展", "二、推动乡村发展\n（30分）", 30, (
            Row("年初会同村“两委”制定村集体经济发展计划，年底形成任务完成情况总结。", 6,
                "缺计划或总结的，每缺1项扣3分。", "查阅资料", indicator="发展规划"),
            Row("村集体经营性收入较上年增长10%以上。", 8,
                "增长10%以上得8分，5%（含）—10%得5分，0—5%得2分，负增长的不得分。", "查阅村级财务报表",
                indicator="集体经济"),
            Row("争取派出单位和上级项目资金支持，年内协调落实帮扶项目不少于2个，项目资料齐全。", 8,
                "每少1个项目扣3分；项目资料不全的扣1分。", "查阅项目资料", indicator="项目帮扶"),
            Row("每季度走访一次脱贫户和监测户，建立走访台账，年内组织实用技能培训不少于2期。", 8,
                "走访每少1次扣1分；无走访台账的扣2分；培训每少1期扣1分。", "查阅台账、入户核实", indicator="群众增收"),
        )),
        Section("为民办事服务", "三、为民办事服务\n（25分）", 25, (
            Row("年内为群众办实事好事不少于5件，建立办实事清单，逐件销号。", 8,
                "每少1件扣1分；无办实事清单的扣2分。", "查阅清单、入户核实", indicator="办实事"),
            Row("参与村级矛盾纠纷排查化解，每月排查一次，调处成功率达到95%。", 6,
                "排查每少1次扣0.5分；调处成功率每低1个百分点扣0.2分，最高扣2分。", "查阅调处记录", indicator="矛盾化解"),
            Row("全村农户走访率达到100%，民情日记不少于30篇。", 5,
                "走访率未达100%的扣2分；民情日记每少1篇扣0.1分，最多扣2分。", "查阅民情日记", indicator="联系群众"),
            Row("年终由镇党委组织村民代表对第一书记进行满意度测评，满意度不低于85%。", 6,
                "满意度低于85%的扣4分；低于70%的本项不得分。", "问卷测评", indicator="群众评价"),
        )),
        Section("遵规守纪", "四、遵规守纪\n（15分）", 15, (
            Row("严格执行请销假和考勤制度，年度考勤抽查在岗率不低于95%。", 7,
                "在岗率每低1个百分点扣1分；抽查不在岗且无请假手续的，每次扣2分。", "考勤抽查", indicator="考勤管理"),
            Row("严守廉洁纪律，不插手村级工程项目和“三资”管理，年内无违纪违法行为。", 8,
                "有违纪违法行为的，实行一票否决，本项不得分；被上级通报批评的，每次扣3分。", "部门反馈",
                indicator="廉洁纪律"),
        )),
    ),
)

NOTE = ("说明：1.考核由镇党委会同派出单位组织实施，得分90分以上为“优秀”，75—89分为“称职”，60—74分为“基本称职”，60分"
        "以下为“不称职”；2.年内累计离岗超过30天、弄虚作假或受到党纪政务处分的，年度考核直接定为“不称职”；3.各项扣分"
        "以该项分值为限。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["职责任务", "工作事项", "考核标准", "分值", "评分办法", "查验方式", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "第一书记考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    ws.row_dimensions[1].height = 38
    xlsx_line(ws, "姓名：          派出单位：                    驻村名称：            驻村时间：    年  月起", ncols)
    xlsx_header(ws, header, ncols)
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (14, 11, 46, 7, 44, 16, 8))
    wb.save(str(path))
