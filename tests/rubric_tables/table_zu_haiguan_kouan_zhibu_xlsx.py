"""中共瑞丽海关委员会2026年度基层党支部“四强”党支部建设考核评分表 (.xlsx), as a 云南 边境 隶属海关's 关党委 (its 机关党委
running the check with the 驻关 纪检 staff) scores each 党支部 — the 机关 科室 支部 and the 口岸现场 支部 (旅检、货检查验、物流
监控、缉私 at the 姐告 and 畹町 口岸; many 党员 on 倒班 and 驻外执勤) — on the “四强” of 中央和国家机关: 政治功能强、支部班子强、
党员队伍强、作用发挥强, with 口岸通关, 国门安全 (走私, 疫情和有害生物) and 执法廉政风险 in view.

A merged title row, a merged "考核对象：机关各党支部、各口岸现场党支部" line and a merged "党支部：…  支部书记：…  党员：…名
考核时间：…" line above the header 考核项目 | 考核指标 | 考核要点 | 分值 | 计分方法 | 佐证材料 | 自评分 | 考核分. The categories
are MERGED CELLS down the 考核项目 column (first), printed on one line "一、政治功能强（25分）". There is NO 序号: items are
numbered by position (1..18). 考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 佐证材料 (`Row.method`)
names the papers the 支部 lays out: a 佐证 column. The two score columns are blank. A 合计 row and a merged 备注 row close the
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
    name="zu_haiguan_kouan_zhibu_xlsx",
    fmt="xlsx",
    title="中共瑞丽海关委员会2026年度基层党支部“四强”党支部建设考核评分表",
    numbering="position",
    sections=(
        Section("政治功能强", "一、政治功能强（25分）", 25, (
            Row("支部每月开展一次集中学习；党员每年参加集中轮训不少于5天，网络学院在线学习不少于50学时。", 6,
                "集中学习每少一次扣0.5分；轮训天数、在线学时不达标的，每人次扣0.2分，最多扣2分。",
                "学习记录、轮训通知、学时证明", indicator="理论学习"),
            Row("落实意识形态工作责任制，每季度分析研判一次关员思想动态，重点关注口岸一线、驻外执勤关员；加强口岸国门形象"
                "宣传阵地管理。", 5,
                "研判每少一次扣1分；宣传阵地管理出现问题的，视情节扣1—3分。", "研判记录", indicator="意识形态"),
            Row("聚焦查验放行、行政处罚、审单作业等执法岗位，每半年开展一次廉政风险排查，更新廉政风险防控清单；支部书记每年与"
                "每名党员谈心谈话不少于2次。", 8,
                "风险排查每少一次扣1分；防控清单未更新的扣1分；谈心谈话每少1人次扣0.2分，最多扣2分；党员违反海关廉政规定受到"
                "处分的，本项不得分。", "风险防控清单、谈心谈话记录", indicator="廉政风险防控"),
            Row("支部年初与关党委签订党建工作目标责任书，年中向关党委报告一次党建工作进展，年底支部书记抓党建述职。", 6,
                "未签订责任书的扣2分；未报告的扣1分；未述职的扣2分；述职评议为“一般”及以下的扣1分。",
                "责任书、进展报告、述职报告", indicator="责任落实"),
        )),
        Section("支部班子强", "二、支部班子强（20分）", 20, (
            Row("支部委员会由3至5人组成，支部书记由科级以上领导干部担任；支委中40周岁以下的不少于1名，本科以上学历的不少于2名；"
                "按期换届，任期届满前3个月向关党委请示。", 6,
                "班子配备不齐或书记人选不符合要求的扣2分；年龄、学历结构每项不符合要求的扣1分；未按期换届或未请示的扣2分。",
                "支委名册、换届请示及批复", indicator="班子配备"),
            Row("支部委员会每月至少召开一次，研究支部重要事项；实行支委分工负责制，每名支委年度内牵头完成1项支部重点任务。", 5,
                "支委会每少一次扣0.5分；支委分工不明确的扣1分；重点任务未完成的，每项扣0.5分。", "支委会会议记录、分工表",
                indicator="支委会运行"),
            Row("支部书记每季度至少为党员讲一次党课，每年参加上级党组织培训；书记履行“一岗双责”，把党建工作和业务工作同谋划、"
                "同部署、同考核。", 5,
                "书记讲党课每少一次扣1分；未参加培训的扣1分；“一岗双责”落实不到位的，酌情扣1—2分。", "党课讲稿、培训证明",
                indicator="书记履职"),
            Row("建立健全支部议事规则、“三会一课”、谈心谈话、党员联系群众等制度，制度汇编成册。", 4,
                "制度每缺一项扣0.5分；未汇编成册的扣0.5分；制度执行不到位的，酌情扣分。", "制度汇编", indicator="制度建设"),
        )),
        Section("党员队伍强", "三、党员队伍强（25分）", 25, (
            Row("支部党员大会每季度召开一次，党小组会每月召开一次；“支部建在科上、党小组建在班组上”，旅检、货检等倒班岗位"
                "党小组可在交接班时间开展组织生活。", 6,
                "党员大会每少一次扣1分；党小组会每少一次扣0.3分；党小组设置不合理的扣1分。", "会议记录、签到表",
                indicator="组织生活"),
            Row("每月开展一次主题党日，可与“国门卫士”主题教育结合，党员到会率达到90%以上；因执勤无法参加的，及时组织补学。", 5,
                "主题党日每少一次扣0.5分；到会率每低5个百分点扣0.5分；未组织补学的，每人次扣0.1分。",
                "活动方案、签到表、活动照片", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；评议为“不合格”的党员按规定稳妥处置；会后10个工作日内将会议情况报关"
                "党委备案。", 6,
                "未召开组织生活会的扣3分；未开展民主评议的扣2分；未按时备案的扣1分。", "会议记录、民主评议表、备案材料",
                indicator="组织生活会"),
            Row("党员每月足额交纳党费，党费收缴情况每半年公开一次；党员组织关系随干部交流轮岗及时转接。", 4,
                "党费迟交、少交的，每人次扣0.2分；未公开的扣1分；组织关系转接不及时的，每人扣0.5分。", "党费收缴台账、公开照片",
                indicator="党员管理"),
            Row("在口岸一线青年关员中做好入党积极分子培养，每年至少确定一名积极分子；年度发展党员计划完成率达到100%，程序规范、"
                "材料齐全。", 4,
                "未确定积极分子的扣1分；未完成发展计划的扣2分；程序、材料不规范的，每处扣0.5分。", "发展党员档案",
                indicator="发展党员"),
        )),
        Section("作用发挥强", "四、作用发挥强（30分）", 30, (
            Row("在旅检、货检查验、物流监控等一线岗位设立党员先锋岗、党员责任区，先锋岗占一线岗位的比例不低于30%；节假日通关"
                "高峰期党员带头值守。", 6,
                "未设立先锋岗的扣3分；占比每低5个百分点扣0.5分；通关高峰期保障不力的，酌情扣1分。", "先锋岗名单、排班表",
                indicator="先锋岗"),
            Row("围绕优化口岸营商环境开展“党建+通关”攻坚，进出口整体通关时间较上年压缩；支部每半年走访一次辖区进出口企业，收集"
                "企业诉求，诉求办结率达到100%。", 6,
                "整体通关时间未压缩的扣2分；走访每少一次扣1分；诉求办结率每低10个百分点扣1分。", "走访记录、诉求办理台账",
                indicator="优化通关"),
            Row("严守国门安全，严厉打击走私，严密防范境外疫情和外来有害生物传入；全年未发生重大执法差错和重大安全责任事故。", 6,
                "发生重大执法差错的，每起扣3分；发生重大安全责任事故的，实行“一票否决”，本项不得分。", "关党委核实",
                indicator="国门安全"),
            Row("与口岸联检单位、边境村（社区）、口岸企业党组织开展“口岸党建联盟”共建，签订共建协议不少于3份，每季度开展一次"
                "联建活动；党员参加“国门志愿者”服务，每人每年不少于12小时。", 5,
                "共建协议每少1份扣0.5分；联建活动每少一次扣0.5分；志愿服务时长不足的，每人扣0.2分，最多扣1分。",
                "共建协议、活动照片、志愿服务记录", indicator="联建共建"),
            Row("进出口企业对通关服务的满意度（以关区年度满意度调查结果为准）：满意度≥95%的得7分；90%≤满意度<95%的得5分；"
                "85%≤满意度<90%的得3分；满意度<85%的不得分。", 7,
                "按调查结果对应档次计分。", "满意度调查报告", indicator="企业满意度"),
        )),
    ),
)

HEADER = ["考核项目", "考核指标", "考核要点", "分值", "计分方法", "佐证材料", "自评分", "考核分"]
NOTE = ("备注：1.考核由关党委统一组织，机关党委具体实施，于每年12月采取查阅资料、实地查看、个别谈话、民主测评相结合的方式进行；"
        "2.各项扣分以该项分值为限；3.考核得分90分以上且无一票否决情形的支部，推荐参评“四强”党支部；考核结果与支部书记年度"
        "考核、评先评优挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "四强党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：机关各党支部、各口岸现场党支部", ncols)
    xlsx_line(ws, "党支部：                    支部书记：              党员：    名    考核时间：    年  月  日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method,
                       None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (12, 12, 50, 6, 44, 20, 7, 7))
    wb.save(str(path))
