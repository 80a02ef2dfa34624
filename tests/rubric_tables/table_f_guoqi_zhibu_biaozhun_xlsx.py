"""江州城投集团有限公司党委2026年度基层党支部标准化规范化建设考核评分表 (.xlsx), as a state-owned enterprise's
Party committee sends it to the 党支部 of its 部门、分公司、项目部.

A merged title row and a "党支部名称：… 支部书记：… 考核日期：" row above a two-row header: 序号 | 考核项目 |
考核内容及要求 | 标准分 | 评分标准 | 得分, where 得分 is merged over two columns whose second header row reads 自评分 |
考核得分 (the other header cells are merged down both header rows). 序号 runs 1..N; 考核项目 (the category) is merged
down its rows and printed with its points on a second line, no ordinal ("组织设置\n（10分）"). The words are an
enterprise's: 部门、分公司、项目部, 倒班, 班前班后会, 外派/驻外党员, 党员先锋岗、责任区, 攻关项目, 绩效考核优秀率 (a band
list whose lowest band still scores), 绩效薪酬; figures partly written out (三年, 两个, 二分之一), ranges printed "1—2分"
and "0.5-1分". After the six scored categories comes a 加减分项 row (标准分 printed "—", outside the 100 points) whose
评分标准 adds points for 表彰 and takes points for 违纪违法 / 安全生产责任事故. A 合计 row and a 说明 row close the sheet;
自评分 / 考核得分 are blank.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_line, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="f_guoqi_zhibu_biaozhun_xlsx",
    fmt="xlsx",
    title="江州城投集团有限公司党委2026年度基层党支部标准化规范化建设考核评分表",
    numbering="printed",
    sections=(
        Section("组织设置", "组织设置\n（10分）", 10, (
            Row("凡有正式党员3人以上的部门、分公司、项目部，均应单独成立党支部；党员7人以上的党支部设立支部委员会；正式党员"
                "不足3人的，按照地域相邻、业务相近的原则成立联合党支部。", 3,
                "组织设置不符合规定的，每发现一处扣1分，扣完为止。"),
            Row("党支部每届任期三年，任期届满按期换届；换届前一个月向公司党委书面请示，选举结果及时报公司党委审批。", 4,
                "未按期换届的，本项不得分；未请示或未报批的各扣1分。"),
            Row("根据生产经营单元、班组和倒班情况合理划分党小组，党小组长由党性强、业务精、威信高的党员担任。", 3,
                "党小组划分不合理的酌情扣1—2分；党小组长未明确的扣1分。"),
        )),
        Section("班子建设", "班子建设\n（12分）", 12, (
            Row("党支部书记一般由本单位党员主要负责人担任，具备条件的实行党支部书记和行政负责人“一肩挑”；支委会成员分工明确、"
                "团结协作。", 4,
                "书记未由党员负责人兼任的扣2分（有正当理由并经公司党委同意的除外）；分工不明确、班子不团结的扣1—2分。"),
            Row("支委会成员中至少有1名45周岁以下的党员，具有大学本科及以上学历的委员占二分之一以上。", 4,
                "无45周岁以下委员的扣2分；本科及以上学历委员比例不足的扣2分。"),
            Row("党支部书记每年参加公司党委组织的集中轮训不少于40学时，年终向公司党委述职并接受评议。", 4,
                "培训学时不足的扣1分；未述职的扣2分；未接受评议的扣1分。"),
        )),
        Section("组织生活", "组织生活\n（24分）", 24, (
            Row("支部委员会每月至少召开一次，研究党员教育管理、生产经营中的重要事项，会议有记录、议题有落实。", 5,
                "每少开一次扣0.5分；议定事项未落实的，每项扣0.5分，最多扣2分。"),
            Row("支部党员大会每季度召开一次，党员到会率不低于80%，因倒班、出差等原因缺席的有请假记录。", 4,
                "每少开一次扣1分；到会率低于80%的，每次扣0.5分；缺席无请假记录的，每人次扣0.1分。"),
            Row("党小组会每月召开1次，一线倒班党员可结合班前班后会或通过线上方式参加。", 3,
                "每少开一次扣0.3分，最多扣3分。"),
            Row("党课每季度至少一次，党支部书记每年至少讲一次党课，讲课有讲稿。", 4,
                "党课每少一次扣1分；书记未讲党课的扣2分；无讲稿的扣0.5分。"),
            Row("每月固定1天开展主题党日活动，结合安全生产、提质增效确定活动主题，做到有方案、有签到、有照片。", 4,
                "少开展一次扣0.5分；方案、签到、照片每缺一项扣0.2分。"),
            Row("每年至少召开一次组织生活会，同步开展民主评议党员，评议结果报公司党委备案。", 4,
                "未召开组织生活会的，本项不得分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。"),
        )),
        Section("党建与生产经营融合", "党建与生产经营融合\n（20分）", 20, (
            Row("围绕安全生产、科技攻关、降本增效设立党员先锋岗、党员责任区，每个党支部设立党员先锋岗不少于2个，实行挂牌上岗、"
                "亮明身份。", 5,
                "党员先锋岗每少1个扣1分；未挂牌上岗的扣1分。"),
            Row("党支部每年围绕生产经营难点、堵点确定党员攻关项目不少于两个，项目有立项书、有推进台账，年底形成攻关成果报告。", 6,
                "攻关项目每少一个扣1.5分；立项书、推进台账每缺一项扣0.5分；无成果报告的扣1分；项目成效不明显的酌情扣分。"),
            Row("党员年度绩效考核优秀率不低于30%，党员所在岗位全年无安全生产责任事故、无违章作业。", 5,
                "优秀率30%以上得3分，20%（含）—30%得2分，20%以下得1分；党员违章作业被通报的，每人次扣0.5分，最多扣2分。"),
            Row("年初党支部书记与公司党委签订党建工作责任书，党支部每半年至少专题研究一次党建与生产经营融合工作，党建考核结果"
                "与支部班子绩效薪酬挂钩。", 4,
                "未签订责任书的扣1分；未专题研究的，每次扣0.5分；考核结果未与绩效薪酬挂钩的扣1分。"),
        )),
        Section("党员教育管理", "党员教育管理\n（18分）", 18, (
            Row("党员每月按规定标准足额交纳党费，党支部建立党费收缴台账，党费收缴情况每半年向党员公开一次。", 5,
                "党费未按月收缴的，每发现一人次扣0.2分；无党费收缴台账的扣2分；未按时公开的扣0.5分。"),
            Row("严格按照“五个阶段、二十五个步骤”发展党员，注重在生产一线、技术骨干和青年职工中发展党员，每两年至少发展党员"
                "1名。", 5,
                "发展程序不规范的，每例扣1分；两年内未发展党员的扣2分。"),
            Row("党员花名册信息准确完整，组织关系转接及时；外派项目、驻外党员纳入管理，党支部每季度至少联系一次。", 4,
                "无党员花名册的扣1分；信息不准确的，每发现一人扣0.2分；驻外党员未按季度联系的，每人次扣0.2分。"),
            Row("党支部每月组织一次集中学习，党员每年参加学习培训不少于32学时，“学习强国”平台党员参学率达到90%以上。", 4,
                "集中学习每少一次扣0.3分；学时不足的，每人扣0.1分，最多扣1分；参学率每低5个百分点扣0.5分。"),
        )),
        Section("基础工作", "基础工作\n（16分）", 16, (
            Row("落实党务公开制度，党务公开栏每季度至少更新一次，涉及职工群众切身利益的事项及时公开。", 4,
                "公开栏每少更新一次扣0.5分；应公开未公开的，每项扣1分。"),
            Row("年初制定党支部年度工作计划，7月10日前报送半年工作小结，年底形成全年工作总结，按时报公司党委。", 5,
                "计划、小结、总结每缺一项扣1.5分；逾期报送的，每项扣0.5分。"),
            Row("党建工作台账规范齐全：“三会一课”记录本、党员花名册、党费收缴台账、主题党日活动资料、发展党员档案，实行专人"
                "管理、按年度归档。", 7,
                "台账资料每缺一项扣1分；记录不规范的酌情扣0.5-1分；未按年度归档的扣1分，扣完为止。"),
        )),
        # Outside the base 100: 0 points in the model; the 标准分 cell prints "—".
        Section("加减分项", "加减分项", 0, (
            Row("党支部或党员获得县级以上表彰，党建经验做法在上级党委交流推广的，予以加分；党支部班子成员或党员发生违纪违法"
                "问题、所在单位发生安全生产责任事故的，予以扣分。", 0,
                "获国家级、省级、市级表彰的分别加3分、2分、1分，交流推广的每次加0.5分，加分累计不超过3分；发生违纪违法问题或"
                "安全生产责任事故的，每起扣2分，最多扣5分。"),
        )),
    ),
)

OUTSIDE_PRINTED = "—"  # what the 标准分 cell of the 加减分项 row shows
NOTE = ("说明：1.本表基本分100分，加减分项另行计算；2.各项扣分以该项标准分为限，扣完为止；3.考核得分90分以上为“优秀”，"
        "80—89分为“良好”，70—79分为“一般”，70分以下为“较差”；4.考核等次为“优秀”的党支部比例原则上不超过30%。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = 7
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "党支部名称：                          支部书记：                  考核日期：2026年  月  日", ncols)
    # Two header rows: 得分 spans 自评分 | 考核得分; the other headers are merged down both rows.
    ws.append(["序号", "考核项目", "考核内容及要求", "标准分", "评分标准", "得分", None])
    ws.append([None, None, None, None, None, "自评分", "考核得分"])
    for c in range(1, 6):
        ws.merge_cells(start_row=3, start_column=c, end_row=4, end_column=c)
    ws.merge_cells(start_row=3, start_column=6, end_row=3, end_column=7)
    for r in (3, 4):
        for c in range(1, ncols + 1):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).alignment = center
    number = 1
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            points = OUTSIDE_PRINTED if s.points == 0 else row.points
            ws.append([number, s.printed if i == 0 else None, row.text, points, row.scoring, None, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            number += 1
        if ws.max_row > first:
            ws.merge_cells(start_row=first, start_column=2, end_row=ws.max_row, end_column=2)
        ws.cell(first, 2).alignment = center
    xlsx_total_row(ws, t.total, 4, 7, center)
    xlsx_line(ws, NOTE, ncols)
    ws.cell(ws.max_row, 1).alignment = wrap
    ws.row_dimensions[ws.max_row].height = 48
    xlsx_widths(ws, (6, 12, 58, 8, 50, 8, 9))
    ws.freeze_panes = "A5"
    wb.save(str(path))
