"""中共长春光华工程大学委员会2026年度二级学院党委（党总支）党建工作考核评价表 (.xlsx), as a 高校党委组织部 in 吉林 scores
each 学院党委 (党政联席会议, 教工和学生党支部, 教师党员 and 学生党员) on 政治建设、组织建设、队伍建设、工作成效.

A merged title row, a merged "学院（盖章）：…  党委书记（签字）：…" line, and the header 一级指标 | 二级指标 | 序号 |
评价标准 | 分值 | 评分细则 | 评价方式. The categories are MERGED CELLS down the 一级指标 column, printed on one line
"一、政治建设（20分）" (the category name is "政治建设"). 二级指标 (`Row.indicator`) is a short sub-label printed
BEFORE the 序号; 序号 is printed 1..17 running through. 分值 is a plain number. 评价方式 (`Row.method`) says how the
考核组 checks; it is not a 佐证材料 column. A 合计 row and a merged 备注 row (the 加分 and 一票否决 notes) close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zb_yuanxi_dangwei_xlsx",
    fmt="xlsx",
    title="中共长春光华工程大学委员会2026年度二级学院党委（党总支）党建工作考核评价表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            Row("学院党委会议和党政联席会议议事规则健全，涉及干部人事、人才引进、评奖评优等重要事项由党委会议前置研究，党政"
                "联席会议每月至少召开1次。", 6,
                "议事规则不健全的扣2分；重要事项未经党委会前置研究的，发现一次扣2分；联席会议每少1次扣0.5分。",
                "查阅会议记录", "议事决策"),
            Row("学院党委理论学习中心组每学期集中学习不少于4次，每学年开展专题研讨不少于2次；教职工政治理论学习每月1次。", 6,
                "中心组学习每少1次扣0.5分；专题研讨每少1次扣1分；教职工政治学习每少1次扣0.3分。", "查阅学习记录",
                "理论学习"),
            Row("落实意识形态工作责任制，课堂教学、学术报告、哲学社会科学讲座实行审批备案，一年两次开展教材和境外教学资料"
                "专项排查。", 5,
                "审批备案不到位的，每发现一次扣1分；专项排查每少1次扣1分；发生意识形态事件的，一票否决。",
                "抽查审批表、排查报告", "意识形态"),
            Row("学院党委书记、院长每学期给本科生讲授“形势与政策”课或思政课不少于1次，班子成员每人联系1个学生班级。", 3,
                "未讲授的，每人次扣1分；联系班级不到位的扣0.5分。", "查阅课表", "思政育人"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("教工党支部按教研室（系）设置，学生党支部按年级或专业设置，本科生党支部覆盖率达到百分之百，研究生党支部依托"
                "课题组、实验室建立。", 5,
                "支部设置不符合要求的，每个扣1分；本科生党支部未全覆盖的扣2分。", "查阅支部设置文件", "支部设置"),
            Row("教工党支部书记全部由“双带头人”担任，其中具有高级职称的不少于百分之六十，支部书记每年参加校级以上集中培训"
                "不少于24学时。", 6,
                "“双带头人”未全覆盖的，每少1人扣1分；高级职称比例不足的扣1分；培训学时不足的，每人扣0.5分。",
                "查阅支部书记名册、培训记录", "双带头人"),
            Row("各党支部落实“三会一课”：支委会每月召开、党员大会每学期至少2次、党小组会每月1次、党课每学期不少于2次；寒暑假"
                "期间组织生活可灵活安排。", 7,
                "会议每少开1次扣0.5分，最高扣5分；会议记录要素不全的，每次扣0.2分。", "抽查2个支部会议记录", "组织生活"),
            Row("每月开展主题党日，学生党支部每学年至少开展1次“党员进宿舍”活动，教工党支部与学生党支部“结对共建”，全年联合"
                "开展活动不少于3次。", 5,
                "主题党日每少1次扣0.5分；未开展“党员进宿舍”活动的扣1分；结对共建活动每少1次扣0.5分。", "查阅活动记录",
                "主题党日"),
            Row("每年年底召开专题组织生活会，开展民主评议党员，参评党员比例不低于95%；对评议中发现的问题逐条整改。", 7,
                "未召开的扣4分；参评率每低5个百分点扣0.5分；整改不到位的，酌情扣0.5—1分。", "列席会议、查阅整改台账",
                "组织生活会"),
        )),
        Section("队伍建设", "三、队伍建设（25分）", 25, (
            Row("坚持发展党员质量，年初制定发展党员工作计划，高知识群体和优秀青年教师中发展党员每年不少于1名，学生入党积极"
                "分子培训合格率达到百分之百。", 7,
                "未制定计划的扣1分；教师中未发展党员的扣2分；发展程序不规范、材料不齐全的，每发现一处扣1分。",
                "抽查发展党员档案", "发展党员"),
            Row("学生党员学业成绩排名在本专业前百分之五十的比例不低于九成，无考试作弊、学术不端等违纪行为。", 5,
                "比例每低5个百分点扣1分；发生违纪行为的，每人次扣2分。", "教务系统数据", "学生党员"),
            Row("党员信息采集准确，组织关系转接按时办理，毕业生党员组织关系转出率百分之百；党费按月交纳，每半年公开一次党费"
                "收缴情况。", 6,
                "毕业生党员组织关系未按时转出的，每人扣0.5分；党费未按时交纳或未公开的，各扣1分。", "查阅党费收缴台账",
                "党员管理"),
            Row("教师党员每年参加集中培训不少于32学时，每学年开展1次师德师风专题教育，党员教师承担学生“成长导师”覆盖率不低于"
                "80%。", 7,
                "学时不足的每人扣0.2分，最多扣2分；未开展师德师风专题教育的扣2分；覆盖率低于80%的扣1分。", "查阅培训台账",
                "党员教育"),
        )),
        Section("工作成效", "四、工作成效（25分）", 25, (
            Row("推进“一院一品”“一支部一特色”建设，有品牌名称、有工作载体、有典型案例、有工作成效，年内创建校级以上样板支部"
                "或双带头人工作室不少于1个。", 6,
                "品牌要素每缺一项扣0.5分；未创建样板支部或工作室的扣2分。", "听取汇报、查阅资料", "品牌建设"),
            Row("党建与学科建设、人才培养、科学研究深度融合，学院年度事业发展目标任务完成情况良好。", 6,
                "由学校党委组织部会同发展规划处综合评定，优秀得6分，良好得4分，一般得2分。", "发展规划处提供", "融合发展"),
            Row("上下半年各开展1次师生对学院党委工作的满意度测评，测评满意度不低于85%。", 6,
                "满意度85%及以上的得6分，80%（含）—85%的得4分，75%（含）—80%的得2分，低于75%的不得分；少测评1次扣2分。",
                "问卷测评", "师生满意"),
            Row("学院党委书记每年年终向学校党委述职，各党支部书记向学院党委述职，述职评议“好”的等次比例不低于60%；年底报送"
                "年度党建工作总结。", 7,
                "未述职的扣3分；“好”等次比例低于60%的扣2分；未按时报送总结的扣1分。", "述职评议会", "述职评议"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "序号", "评价标准", "分值", "评分细则", "评价方式"]
NOTE = ("备注：1.获评全国、省级党建工作标杆院系、样板支部的，分别加5分、3分，加分后总分不超过100分；2.学院发生重大安全"
        "稳定事件、师德失范事件造成恶劣影响的，考核等次直接定为“一般”；3.考核结果作为学院领导班子年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "学院党委考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "学院（盖章）：                              党委书记（签字）：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 1
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            ws.append([s.printed if ws.max_row + 1 == top else None, row.indicator, number, row.text, row.points,
                       row.scoring, row.method or None])
            for c in (2, 4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.append(["合计", None, None, None, t.total, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (12, 11, 6, 50, 6, 46, 16))
    wb.save(str(path))
