"""中共会宁县直属机关工作委员会2025年度县直机关党支部工作考核评分表 (.xlsx), as a 甘肃 白银 会宁县 县直机关工委 (its 组织科 with the
宣传科 and the 机关纪工委, a 考核组 checking each 县直部门 党支部 in January) scores the 党支部 of the 县直 部门 in 甘肃's own words:
政治建设 (a monthly 集中学习 with a quarterly 研讨, 40学时 with the “甘肃党建” 平台 积分, a half-yearly 意识形态 研判 with the 微信群,
the “第一议题”), 组织建设 (“三会一课” with the 书记's 党课, the monthly 主题党日 with its 参加率 and a 现场教学 at the 会宁红军会师旧址,
the 组织生活会 with 征求意见, 谈心谈话, the 备案 and 民主评议, the 换届 with its 请示 and 报批, the 标准化 活动室 “六有” with the 年初 计划 and
年底 总结), 党员管理 (a yearly 积极分子, 党费 with its yearly 基数 核定 and half-yearly 公布, the 积分制 with a quarterly 公示 and four
志愿服务 of the 在职党员 at the 社区, the 组织关系 with the 信息系统 准确率), 服务中心 (two “三抓三促” 攻坚项目 with the 承诺 and the 年底
报告, the “双联” 共建协议 with a quarterly 共建活动 and four 走访, a 满意度 in bands) and 作风建设 (the half-yearly 警示教育 with the 谈心
谈话, the 书记's 年初 责任书 and 年底 述职 with a quarterly 专题研究, a deduction-only 八项规定 line).

A merged title row, a merged "考核对象：县直各部门（单位）机关党支部" line and a merged "党支部：…  支部书记：…  党员人数：…  考核时间：2026年
1月" line above the header 一级指标 | 序号 | 二级指标 | 考核内容 | 评分标准 | 分值 | 考核方式. The categories are MERGED CELLS down the
一级指标 column (FIRST), printed WITHOUT an ordinal, the points in brackets on one line, "政治建设（15分）". 序号 (SECOND column, numeric
cells) RESTARTS at 1 in every category (items 1.1 … 5.3). 二级指标 is a short sub-label (`Row.indicator`). 分值 comes AFTER the 评分标准,
a plain number. 考核方式 (`Row.method`) says how the 考核组 checks: a way of checking. A 合计 row and a merged 备注 row close the sheet.
Counts in figures and Chinese numerals ("每月至少组织一次", "每半年专题分析研判一次", "每季度至少…开展一次"); "不少于40学时"; "最高扣"
caps; one "酌情扣1-2分" twice, one "酌情扣1分" twice, one "酌情扣0.5分", one bare "酌情扣分"; a 满意度 in bands ("80%以下的不得分"); one
line is deduction-only.
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
    name="zzw_huining_xianzhi_jiguan_zhibu_xlsx",
    fmt="xlsx",
    title="中共会宁县直属机关工作委员会2025年度县直机关党支部工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            Row("党支部每月至少组织一次集中学习，每季度开展一次专题研讨；党员年度学习培训不少于40学时，“甘肃党建”平台学习积分达到规定"
                "要求。", 6,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣2分；平台积分不达标的，每人扣0.1分。",
                "查阅资料、平台核查", indicator="理论学习"),
            Row("落实意识形态工作责任制，每半年专题分析研判一次意识形态工作；规范管理支部微信群、工作群。", 4,
                "未开展分析研判的，每次扣1分；微信群管理不规范、出现错误言论的，酌情扣1-2分。", "查阅资料", indicator="意识形态"),
            Row("支部委员会会议落实“第一议题”制度，及时传达学习习近平总书记重要讲话和重要指示批示精神，研究贯彻落实措施。", 5,
                "未落实“第一议题”制度的，每次扣0.5分，最高扣3分；只学习不研究落实措施的，酌情扣分。", "查阅会议记录",
                indicator="第一议题"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            Row("支部委员会每月召开一次，支部党员大会每季度召开一次，党小组会每月召开一次，党课每季度一次；支部书记每年讲党课不少于1次，"
                "班子成员到所在支部讲党课。", 8,
                "“三会一课”每少1次扣0.5分，最高扣5分；支部书记未讲党课的扣1分；会议记录不完整、不规范的，每次扣0.2分，最高扣1分。",
                "查阅会议记录", indicator="三会一课"),
            Row("每月开展一次“主题党日”活动，党员参加率达到95%以上；每年至少组织一次到会宁红军会师旧址等红色教育基地开展现场教学。", 5,
                "主题党日每少1次扣0.5分；参加率每低1个百分点扣0.1分，最高扣1分；未开展现场教学的扣1分。", "查阅活动记录",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前广泛征求意见、开展谈心谈话，会上开展批评和自我批评，会后将会议情况报县直机关工委备案；同步"
                "开展民主评议党员。", 6,
                "未召开组织生活会的扣3分；未征求意见或未开展谈心谈话的扣1分；未报备的扣0.5分；未开展民主评议党员的扣1分；批评和自我批评"
                "辣味不足的，酌情扣0.5分。", "查阅资料、列席会议", indicator="组织生活会"),
            Row("党支部按期换届，换届前向县直机关工委请示，选举结果报批；党员7人以上的党支部设立支部委员会。", 5,
                "未按期换届的扣2分；换届未请示或选举结果未报批的扣1分；支委会设置不规范的扣1分。", "查阅资料", indicator="按期换届"),
            Row("推进党支部标准化规范化建设，党员活动室做到“六有”，基础台账齐全规范；年初制定支部工作计划，年底形成工作总结。", 6,
                "活动室不达标的扣1分；基础台账不全的，每缺1项扣0.5分，最高扣2分；无计划或总结的，每缺1项扣1分。", "实地查看、查阅资料",
                indicator="标准化建设"),
        )),
        Section("党员管理", "党员管理（20分）", 20, (
            Row("年内培养入党积极分子不少于1名；发展党员程序规范，政治审查等环节材料齐全。", 4,
                "未培养入党积极分子的扣1分；程序不规范、材料缺失的，每人扣1分；违规发展党员的，本项不得分。", "查阅发展党员档案",
                indicator="发展党员"),
            Row("党员按月足额交纳党费，党费收缴、使用、管理规范；党费基数每年核定一次，支部每半年向党员公布一次党费收缴情况。", 5,
                "未按月交纳的，每人次扣0.2分，最高扣2分；未按时核定基数的扣1分；未公布的，每次扣0.5分。", "查阅党费台账",
                indicator="党费管理"),
            Row("开展党员“积分制”管理，积分每季度公示一次；在职党员到居住地社区报到，每年参加社区志愿服务不少于4次。", 6,
                "未开展积分管理的扣1分；积分未公示的，每次扣0.5分；志愿服务不足4次的，每人扣0.2分，最高扣2分；未到社区报到的，每人扣0.5"
                "分。", "查阅资料、社区反馈", indicator="日常管理"),
            Row("党员组织关系转接及时，全国党员管理信息系统数据准确率达到100%；稳妥处置不合格党员。", 5,
                "组织关系转接不及时的，每人次扣0.5分；信息数据差错的，每处扣0.2分，最高扣2分；不合格党员处置不到位的，酌情扣1分。",
                "系统核查", indicator="组织关系"),
        )),
        Section("服务中心", "服务中心（20分）", 20, (
            Row("围绕“三抓三促”行动，支部每年确定不少于2个攻坚项目，党员公开承诺、践诺，年底向党员大会报告项目完成情况。", 7,
                "攻坚项目每少1个扣1分；未开展承诺践诺的扣1分；年底未报告的扣1分；项目推进不力的，酌情扣1-2分。", "查阅资料、实地查看",
                indicator="三抓三促"),
            Row("落实“双联”行动，支部与联系村党组织结对共建，签订共建协议，每季度至少到联系村开展一次共建活动；党员干部每年走访联系户"
                "不少于4次。", 7,
                "未签订共建协议的扣1分；共建活动每少1次扣0.5分；走访不足4次的，每人扣0.2分，最高扣2分。", "查阅资料、电话回访",
                indicator="双联行动"),
            Row("窗口服务和业务工作中党员亮明身份，服务对象满意度达到90%以上。", 6,
                "满意度90%以上的得4分，80%（含）至90%的得2分，80%以下的不得分；党员未亮明身份的，每人扣0.2分。", "问卷调查",
                indicator="服务群众"),
        )),
        Section("作风建设", "作风建设（15分）", 15, (
            Row("每半年开展一次警示教育；支部书记每年与支部党员谈心谈话全覆盖；开展“清廉机关”建设。", 6,
                "警示教育每少1次扣1分；谈心谈话未全覆盖的，每缺1人扣0.2分；“清廉机关”建设流于形式的，酌情扣1分。", "查阅资料",
                indicator="警示教育"),
            Row("支部书记年初签订党建工作责任书，年底向县直机关工委述职；支委会每季度专题研究一次党建工作。", 4,
                "未签订责任书的扣1分；未述职的扣2分；专题研究每少1次扣0.5分。", "查阅资料", indicator="责任落实"),
            Row("党员干部违反中央八项规定精神（本项为扣分项）。", 5,
                "党员受到党纪处分的，每人次扣2分；被县级以上通报批评的，每次扣1分；发生严重违纪违法案件的，本项不得分。",
                "机关纪工委核实", indicator="纪律作风"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核内容", "评分标准", "分值", "考核方式"]
NOTE = ("备注：1.考核采取听取汇报、查阅资料、实地查看、个别谈话、问卷调查相结合的方式进行；2.各项扣分不超过该项分值；3.考核结果分为"
        "“好”“较好”“一般”“差”四个等次，作为评选“先进基层党组织”和部门年度综合考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "机关党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：县直各部门（单位）机关党支部", ncols)
    xlsx_line(ws, "党支部：                  支部书记：              党员人数：        考核时间：2026年1月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.indicator, row.text, row.scoring, row.points,
                       row.method])
            for c in (4, 5, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (12, 6, 11, 48, 46, 6, 16))
    wb.save(str(path))
