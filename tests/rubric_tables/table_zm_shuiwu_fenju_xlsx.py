"""中共国家税务总局余姚市税务局委员会2026年度基层税务分局（所）党支部建设考核评分表 (.xlsx), as the 党委 of a 浙江
县级市税务局 (its 机关党委 running the check) scores each 税务分局 / 税务所 党支部 on 政治建设、组织建设、队伍建设、
党建业务融合、基础保障.

A merged title row, a merged "党支部：…  支部书记：…  党员人数：…名  考核时间：…" line and a right-aligned "单位：分" line
above the header 考核项目 | 序号 | 考核内容 | 分值 | 评分标准 | 考核方式 | 扣分 | 得分. The categories are MERGED CELLS
down the 考核项目 column, printed on one line "一、政治建设（16分）". 序号 is the SECOND column and runs 1..20 through the
sheet (numeric cells). 分值 is a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 个别访谈,
系统核查, 实地查看, 第三方调查); it is no 佐证 column. 扣分 / 得分 are blank. A 合计 row and a merged 备注 row close the
sheet.
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
    name="zm_shuiwu_fenju_xlsx",
    fmt="xlsx",
    title="中共国家税务总局余姚市税务局委员会2026年度基层税务分局（所）党支部建设考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（16分）", 16, (
            Row("落实“第一议题”制度，支部委员会会议第一议题学习习近平总书记最新重要讲话和重要指示批示精神，每月不少于1次，"
                "结合税收工作研究贯彻落实措施。", 5,
                "每少1次扣0.5分；学习后未结合税收工作研究贯彻措施的，酌情扣0.5—1分。", "查阅会议记录"),
            Row("每季度开展1次意识形态和队伍思想动态分析研判；党支部书记每半年与支部党员逐一谈心谈话不少于1次。", 5,
                "分析研判每少1次扣1分；谈心谈话未全覆盖的，每少1人扣0.2分。", "查阅资料、个别访谈"),
            Row("每年开展警示教育不少于2次，组织党员观看警示教育片、旁听职务犯罪庭审或参观廉政教育基地；支部党员年内无违纪"
                "违法问题。", 6,
                "警示教育每少1次扣1分；党员受到党纪政务处分的，本项不得分。", "查阅资料，向派驻纪检组核实"),
        )),
        Section("组织建设", "二、组织建设（24分）", 24, (
            Row("支部委员会设书记和组织、宣传、纪检委员，分局（所）长为党员的一般担任支部书记，落实“一岗双责”；支委中40周岁"
                "以下的不少于1名。", 5,
                "支委配备不齐的扣2分；未落实“一岗双责”的扣1分；无40周岁以下支委的扣2分。", "查阅支委名册、任职文件"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员出勤率不低于90%。", 7,
                "会议每少1次扣0.5分，最多扣4分；出勤率每低5个百分点扣0.5分；会议记录要素不全的，每次扣0.2分。",
                "查阅会议记录、系统核查"),
            Row("每月第一个周五开展主题党日，结合“便民办税春风行动”“税收宣传月”等设计活动内容，活动有方案、有记录、有照片。",
                4, "每少1次扣0.5分；方案、记录、照片每缺1项扣0.2分。", "查阅资料"),
            Row("每年召开1次组织生活会，会前开展谈心谈话、广泛征求意见，会后制定整改清单并在30日内报机关党委备案；同步开展民主"
                "评议党员。", 5,
                "未召开组织生活会的，本项不得分；未征求意见或未开展谈心谈话的扣1分；整改清单未备案的扣1分；未开展民主评议党员"
                "的扣2分。", "查阅资料"),
            Row("党员按月足额交纳党费，党支部每季度向机关党委上缴1次党费，党费收缴台账记录完整。", 3,
                "党员未按月交纳的，每人次扣0.2分；未按季度上缴的扣1分。", "查阅党费收缴台账"),
        )),
        Section("队伍建设", "三、队伍建设（20分）", 20, (
            Row("党支部书记每半年至少讲1次党课，其他支部委员每年至少讲1次党课或作1次专题辅导。", 4,
                "书记讲党课每少1次扣1分；其他支委未讲的，每人扣0.5分。", "查阅资料"),
            Row("党员每年参加集中学习培训不少于40学时，参加“学习兴税”平台学习，个人年度学习积分不低于全局平均水平。", 4,
                "学时不足的，每人扣0.2分；学习积分低于全局平均水平的，每人扣0.2分，最多扣2分。", "系统核查"),
            Row("严格执行发展党员工作程序，年内在业务骨干、青年干部中确定入党积极分子不少于1名；发展对象在支部范围内公示。", 4,
                "未确定入党积极分子的扣2分；发展程序不规范的，每处扣1分；发展对象未公示的扣1分。", "查阅发展党员档案"),
            Row("在办税服务厅、税源管理岗位设立党员示范岗、党员责任区，党员示范岗不少于2个，党员佩戴党员徽章亮身份、作表率。",
                4, "示范岗不足2个的扣2分；党员未亮明身份的，每人次扣0.5分。", "实地查看"),
            Row("关心关爱退休党员和生活困难党员，每逢“七一”、春节开展走访慰问，建立帮扶台账。", 4,
                "未开展走访慰问的扣2分；无帮扶台账的扣1分。", "查阅资料"),
        )),
        Section("党建业务融合", "四、党建业务融合（30分）", 30, (
            Row("实施“一支部一品牌”，围绕优化税收营商环境打造党建品牌，制定品牌创建方案，年内形成可复制推广的经验做法不少于"
                "1项。", 6,
                "无品牌创建方案的扣2分；无经验做法的扣1分；品牌特色不鲜明、成效不明显的，酌情扣1—3分。", "查阅资料、实地查看"),
            Row("组建党员先锋队，带头攻坚税费服务难点，年内“清单式”办理纳税人缴费人急难愁盼问题不少于20件，办结率100%。", 6,
                "办理件数每少1件扣0.2分；办结率每低1个百分点扣0.5分。", "查阅问题办理清单"),
            Row("开展“党员进企业”活动，党员每季度走访辖区重点税源企业不少于1次，建立走访台账，收集的纳税人诉求及时反馈。", 6,
                "走访每少1次扣0.5分，最多扣3分；无走访台账的扣1分；诉求未反馈的，每件扣0.5分。", "查阅走访台账、电话回访"),
            Row("纳税人缴费人满意度（以省局委托第三方开展的满意度调查结果为准）。", 6,
                "满意度达到90%以上的得6分；85%（含）—90%的得4分；80%（含）—85%的得2分；80%以下的不得分。", "第三方调查"),
            Row("年内未发生因工作作风、服务态度问题被12366热线有效投诉或被上级督查通报的情况。", 6,
                "被有效投诉的，每件扣1分；被上级督查通报批评的，每次扣3分。", "向纳税服务中心核实"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            Row("党员活动室规范设置，党建宣传栏每季度更新1次；党建资料按“一支部一档”分类归档。", 5,
                "宣传栏每少更新1次扣0.5分；资料归档不规范的，扣1—2分。", "实地查看"),
            Row("年初制定支部党建工作要点，年底报送党建工作总结；按时完成党员信息管理系统数据维护。", 5,
                "工作要点、总结每缺1项扣2分；系统数据更新不及时的扣1分。", "查阅资料、系统核查"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "评分标准", "考核方式", "扣分", "得分"]
NOTE = ("备注：1.考核由局机关党委牵头，人事教育科、派驻纪检组参与，于12月中旬结合党建工作述职评议进行；2.各项扣分不超过该项"
        "分值；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选“五星级党支部”和分局（所）领导班子绩效考评的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分局党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "党支部：                          支部书记：                党员人数：    名    考核时间：2026年  月  日",
              ncols)
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
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (12, 6, 50, 6, 46, 18, 7, 7))
    wb.save(str(path))
