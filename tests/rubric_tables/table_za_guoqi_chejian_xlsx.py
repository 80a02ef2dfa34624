"""中共包头北辰稀土冶炼有限责任公司委员会2026年度车间（班组）党支部“党建+安全生产”融合考核计分表 (.xlsx), as a
国有企业 公司党委 scores the 党支部 of its 生产车间 (shift crews, 班组长, 技术骨干; safety and cost targets beside the
Party work).

A merged title row, a merged "考核支部：…  支部书记：…  车间主任：…" line, and the header 序号 | 考核要点 | 分值 |
计分规则 | 考核方法 | 得分. The categories are SECTION ROWS merged across the sheet, printed "第一部分  政治功能（20分）"
(the category name is "政治功能"). 序号 is printed 1..18 running through the parts. 分值 is a plain number. 考核方法
(`Row.method`) says how the 考核组 checks (查阅…, 现场抽问, 以安环部通报为准 …); it is not a 佐证材料 column. 得分 is
blank. A 合计 row and two merged note rows (加分 and 扣分 rules of the whole table) close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="za_guoqi_chejian_xlsx",
    fmt="xlsx",
    title="中共包头北辰稀土冶炼有限责任公司委员会2026年度车间（班组）党支部“党建+安全生产”融合考核计分表",
    numbering="printed",
    sections=(
        Section("政治功能", "第一部分  政治功能（20分）", 20, (
            Row("支部委员会会议落实“第一议题”制度，每月集中学习1次，结合车间安全生产实际研究贯彻措施；每季度至少开展1次"
                "专题研讨，班组长以上党员交流发言。", 6,
                "“第一议题”学习每缺1次扣1分；专题研讨每少1次扣1分；学习与生产“两张皮”的，酌情扣0.5—1分。",
                "查阅支委会记录、研讨材料"),
            Row("落实意识形态工作责任制，每半年分析研判1次职工思想动态，发现苗头性、倾向性问题及时报告公司党委。", 4,
                "未开展研判的，每次扣1分；发生意识形态事件未及时报告的，本项不得分。", "查阅研判记录、个别访谈"),
            Row("支部书记年初与车间主任共同签订党建和安全生产“双责”承诺书，每季度在车间生产调度会上通报1次支部工作。", 5,
                "未签订承诺书的扣2分；通报每缺1次扣0.5分。", "查阅承诺书、调度会纪要"),
            Row("党员领导人员带头执行“三重一大”决策制度和廉洁从业规定，全年无违规违纪问题。", 5,
                "发现违反廉洁从业规定问题的，每起扣2分；党员受到党纪政务处分的，实行一票否决。", "征求公司纪委意见"),
        )),
        Section("组织建设", "第二部分  组织建设（30分）", 30, (
            Row("严格落实“三会一课”：党员大会每季度不少于1次，支委会每月不少于1次，党小组会按班组倒班情况每月开展1次，"
                "党课每季度1次，其中支部书记全年讲党课不少于2次。", 8,
                "每缺1次会议扣0.5分；支部书记讲党课每少1次扣1分；会议记录由他人代记、事后补记的，发现一次扣1分。",
                "查阅会议记录本、抽查签到簿"),
            Row("主题党日与安全生产“开工第一课”、班前会相结合，每月开展1次，党员到会率不低于90%（倒班党员可补学）；逢新"
                "员工入职、重大检修必开展党员安全承诺践诺活动。", 6,
                "主题党日每少1次扣0.5分；到会率每低5个百分点扣0.5分；未开展承诺践诺的扣1分。", "查阅活动记录、现场抽问"),
            Row("每年召开一次组织生活会，会前支委与党员、党员与党员之间谈心谈话全覆盖，会后形成问题整改清单并限期整改；"
                "同步开展民主评议党员，评议结果归入党员档案。", 6,
                "未召开组织生活会的扣4分；谈心谈话未全覆盖的扣1分；无整改清单的扣1分；未开展民主评议党员的本项不得分。",
                "查阅会议记录、整改清单"),
            Row("支部委员会一般设书记、组织委员、宣传纪检委员，分工明确，委员中有一线班组长或技术骨干，35岁以下青年职工"
                "党员不少于1名；每届任期三年，任期届满按期换届。", 5,
                "支委配备不齐、分工不明确的扣2分；无35岁以下委员的扣1分；未按期换届的扣3分。", "查阅换届资料"),
            Row("发展党员向生产一线、技术骨干倾斜，近两年每个支部至少发展1名一线职工党员；入党积极分子培养联系人由2名正式"
                "党员担任。", 5,
                "近两年未发展一线职工党员的扣2分；发展程序不规范的，每发现一处扣1分。", "抽查发展党员档案"),
        )),
        Section("融合发展", "第三部分  融合发展（35分）", 35, (
            Row("设立党员安全责任区、党员示范岗，党员责任区覆盖车间全部危险作业点位，每个班组至少设1个党员示范岗，实行"
                "挂牌亮身份。", 6,
                "责任区未全覆盖的，每缺一个点位扣0.5分；班组未设示范岗的，每个扣0.5分；未挂牌的扣1分。", "现场查看"),
            Row("党员每月开展隐患排查“随手拍”不少于2条，全年党员发现并整改的安全隐患数占车间隐患总数的30%以上。", 7,
                "人均每月少于2条的，每人次扣0.1分，最高扣2分；占比30%以上得4分，20%（含）—30%得2分，20%以下不得分。",
                "以安环部隐患排查系统数据为准"),
            Row("车间全年杜绝重伤及以上生产安全事故、一般及以上环保事件和新增职业病病例，党员所在岗位无违章作业。", 8,
                "发生重伤及以上事故的，本项不得分；党员违章作业被公司通报的，每人次扣1分。", "以安环部通报为准"),
            Row("围绕降本增效、工艺攻关成立党员攻关小组，每个支部每年立项攻关课题不少于2项，年底进行成果验收，创效情况"
                "纳入考核。", 7,
                "课题每少1项扣1.5分；课题未通过验收的，每项扣1分；创效情况由考核组综合评定。", "查阅立项书、验收报告"),
            Row("开展“党员+师带徒”活动，每名党员技术骨干每年结对帮带青年职工不少于1人，帮带协议签订率100%。", 7,
                "协议签订率每低10个百分点扣1分；帮带成效由人力资源部评价，酌情扣1—3分。", "查阅帮带协议、人力资源部评价"),
        )),
        Section("基础工作", "第四部分  基础工作（15分）", 15, (
            Row("党员按月交纳党费，倒班、外派党员可按季度补交，支部每半年核对1次党费交纳基数。", 4,
                "党费少交、漏交的，每人次扣0.5分；未核对基数的扣1分。", "查阅党费收缴台账"),
            Row("党建阵地“一室一栏一角”建设规范，车间党建宣传栏每双月更新一次，班组休息室设党员学习角。", 3,
                "宣传栏未按期更新的，每次扣0.5分；学习角缺失的，每个扣0.2分。", "现场查看"),
            Row("支部党务工作者每年参加公司党委组织的培训不少于40学时；按“一事一档”建立党建工作台账；年终形成工作总结并"
                "向公司党委述职。", 4,
                "培训学时每少8学时扣0.5分；台账不规范的，酌情扣0.5—1分；缺年终总结或未述职的，各扣1分。",
                "查阅培训记录、台账、总结"),
            Row("年底由公司党委组织部统一组织职工群众对支部工作满意度测评，好评率不低于85%。", 4,
                "好评率每低1个百分点扣0.2分，低于70%的本项不得分。", "职工测评"),
        )),
    ),
)

HEADER = ["序号", "考核要点", "分值", "计分规则", "考核方法", "得分"]
NOTES = (
    "注：1.各项扣分以该项分值扣完为止；支部获得自治区级以上表彰的，加3分，加分后总分不超过100分。",
    "2.车间发生较大及以上生产安全事故的，该支部年度考核直接定为“较差”等次。",
)


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "车间党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核支部：                    支部书记：              车间主任：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 1
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([number, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
    ws.append(["合计", None, t.total, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=2)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    for note in NOTES:
        xlsx_note(ws, note, ncols, 30)
    xlsx_widths(ws, (6, 58, 6, 48, 24, 7))
    wb.save(str(path))
