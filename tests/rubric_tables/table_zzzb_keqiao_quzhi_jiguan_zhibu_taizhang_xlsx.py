"""柯桥区直属机关工委2025年度机关党支部党建工作台账资料考评表 (.xlsx), as a 浙江 绍兴 区直属机关工委 (its 组织科 with the 宣传科 and the
机关纪工委, a 考评组 going round the 区直 单位 in December, each 支部's 台账 laid out on the table, the 支部工作手册 and the 智慧党建 平台 beside
them) scores the 党支部 of the 机关 of a 纺织 and 印染 district: 局 and 办 with 科室 on one floor, 党员 who are 公务员 and 事业 staff, a
结对 社区 or 村 for each: 基础信息台账 (the 党员基本信息台账 kept within ten 工作日, the 转接登记簿 with the 介绍信 存根 and 截图, the 换届
with its 请示, 选举结果报告 and 批复, the 党费 台账 with a yearly 核定 in March and a half-yearly 公布), 组织生活台账 (the “三会一课” with the
本人 签到 and the 代签, the 书记's and the 班子成员's 党课 with the 讲稿, the monthly 主题党日 with two 基层 activities and its 通知, 签到表
and 照片, the 组织生活会 binder of eight papers, the yearly 民主评议 with its 备案 and the 帮教, the yearly 谈心谈话), 学习教育台账 (the
年初 学习计划 with a monthly 集中学习 and 32学时, the 意识形态 台账 with a half-yearly 专题研究, a quarterly 思想动态分析, the 评论员名单 and a
一票否决, four 志愿服务 with the 记录卡 and a half-yearly 汇总, a quarterly 廉政教育 with a yearly 警示教育, the 廉政档案 and the 年初 承诺书)
and 综合台账 (the 年初 计划 with its 任务清单, the 半年小结, 年度总结 and 述职报告, the “党建+业务” 融合项目 with a quarterly 记录 and a
half-yearly 汇报, the 积极分子 台账 with quarterly 思想汇报 and a half-yearly 考察, the 年初 公开目录 with a quarterly 公开, the 归档 with the
目录 and the 电子台账, the 结对共建 with its 协议, four 活动 and 照片).

A merged title row and a merged "考评对象：区直机关各党支部（含机关党委下设支部）" line above the header 台账名称 | 记载内容和要求 | 分值 |
扣分标准 | 查阅情况. There is NO 序号: items are numbered by position (1..20). Each category is a SECTION ROW merged across the sheet, printed
WITH an ordinal and its points on one line, "一、基础信息台账（15分）". 台账名称 (FIRST column) is a short label of the register
(`Row.indicator`); the 记载内容和要求 names the register again in its words. 分值 comes BEFORE the 扣分标准, a plain number. 查阅情况 is a
blank column for the 考评组. A 合计 row and a merged 备注 row close the sheet. Counts in figures and Chinese numerals ("每年3月…核定一次",
"每半年…公布一次", "每年至少讲1次", "每半年专题研究一次", "每季度开展一次", "每半年汇总一次", "每季度记录", "每季度提交一次", "每季度至少
公开一次"); "不少于32学时"; "不少于2次", "不少于4次"; "最高扣" caps; "酌情扣0.5分" and "酌情扣1-2分"; one "实行一票否决，本项不得分" and two
plain "本项不得分"; no bands.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzzb_keqiao_quzhi_jiguan_zhibu_taizhang_xlsx",
    fmt="xlsx",
    title="柯桥区直属机关工委2025年度机关党支部党建工作台账资料考评表",
    numbering="position",
    sections=(
        Section("基础信息台账", "一、基础信息台账（15分）", 15, (
            Row("党员基本信息台账载明党员姓名、性别、民族、出生年月、学历、入党时间、职务职级和党费交纳基数；人员调入调出、职务变动后10个"
                "工作日内更新。", 4,
                "无台账的扣2分；信息项缺漏的，每人扣0.1分；更新不及时的，每人次扣0.2分，最高扣1分。", indicator="党员基本信息台账"),
            Row("组织关系转接登记簿记录转出转入时间、去向和介绍信编号，纸质介绍信存根与网上转接截图对应留存；新调入党员1个月内转入组织"
                "关系。", 3,
                "无登记簿的扣1分；存根或截图缺失的，每人扣0.3分；转接超期的，每人扣0.5分。", indicator="组织关系转接登记簿"),
            Row("支部委员会任期届满按期换届，换届请示、选举结果报告和区直属机关工委的批复存档；支委分工明确，并在支部工作手册中载明。", 4,
                "未按期换届的扣2分；换届材料每缺一项扣0.5分；支委分工不明确的扣0.5分。", indicator="换届选举材料"),
            Row("党费收缴台账按月登记，逐人列明工资基数、交纳比例、应交和实交金额；每年3月根据工资调整核定一次交纳基数；党费收缴情况每半年"
                "向党员公布一次。", 4,
                "未按月登记或缺月的，每月扣0.3分；基数核定不准、少交党费的，每人扣0.2分，最高扣1分；未公布的扣0.5分。",
                indicator="党费收缴台账"),
        )),
        Section("组织生活台账", "二、组织生活台账（35分）", 35, (
            Row("“三会一课”记录：支委会每月1次，支部党员大会每季度1次，党小组会每月1次，党课每季度1次；记录会议时间、应到实到人数、缺席"
                "原因、主持人、记录人、议程和发言要点，参会人员本人签到。", 9,
                "每少1次扣0.5分，最高扣5分；记录要素不全的，每次扣0.2分，最高扣2分；代签、补记的，每次扣1分。", indicator="“三会一课”记录"),
            Row("支部书记每年至少讲1次党课，单位班子成员到所在支部讲党课每年不少于1次；党课讲稿、课件存档。", 3,
                "书记未讲党课的扣1.5分；班子成员未讲党课的，每人扣0.5分；无讲稿的扣0.5分。", indicator="党课讲稿"),
            Row("每月第一个周五开展主题党日，年内到基层联系点、红色教育基地开展活动不少于2次；台账有活动通知、签到表、活动记录和照片。", 6,
                "主题党日每少1次扣0.4分；基层和现场活动每少1次扣0.5分；台账资料缺项的，每次扣0.1分，最高扣1分。", indicator="主题党日台账"),
            Row("每年召开一次组织生活会，台账包括会前学习记录、征求意见汇总、谈心谈话记录、支委班子对照检查材料、党员个人发言提纲、会议"
                "记录、整改清单和报送机关工委的情况报告。", 8,
                "未召开组织生活会的，本项不得分；资料每缺一项扣0.5分，最高扣4分；整改清单未明确时限和责任人的扣1分；未报送情况报告的扣1分。",
                indicator="组织生活会台账"),
            Row("每年开展一次民主评议党员，党员自评、互评、支部评定，评定等次结果报机关工委备案；对评为“基本合格”的党员有帮教记录。", 5,
                "未开展民主评议党员的扣3分；结果未备案的扣1分；无帮教记录的扣1分。", indicator="民主评议台账"),
            Row("支部书记与支委、支委与党员、党员与党员之间每年谈心谈话至少1次，谈心谈话记录载明时间、对象和主要内容。", 4,
                "书记谈心谈话未全覆盖的扣1分；谈心谈话记录缺失的，每人扣0.2分，最高扣2分；记录过于简单的，酌情扣0.5分。",
                indicator="谈心谈话记录"),
        )),
        Section("学习教育台账", "三、学习教育台账（20分）", 20, (
            Row("支部年初制定理论学习计划，集中学习每月不少于1次，学习记录有学习篇目、领学人和研讨发言；党员年度学习培训不少于32学时。", 6,
                "无学习计划的扣1分；集中学习每少1次扣0.5分；无研讨发言记录的，每次扣0.2分；学时不足的，每人扣0.1分，最高扣1分。",
                indicator="理论学习台账"),
            Row("意识形态工作责任制台账：支部每半年专题研究一次意识形态工作，每季度开展一次党员思想动态分析；网络评论员名单、舆情处置记录"
                "存档。", 5,
                "专题研究每少1次扣1分；思想动态分析每少1次扣0.5分；无评论员名单的扣0.5分；发生意识形态问题造成不良影响的，实行一票否决，"
                "本项不得分。", indicator="意识形态台账"),
            Row("在职党员到社区（村）报到参加志愿服务，每人每年不少于4次，《在职党员进社区服务记录卡》由社区（村）签章确认；支部每半年汇总"
                "一次服务情况。", 5,
                "志愿服务不足4次的，每人扣0.2分，最高扣3分；记录卡无签章的，每人扣0.1分；未汇总的扣0.5分。", indicator="志愿服务台账"),
            Row("每季度开展一次廉政教育，年内组织一次警示教育；党员干部廉政档案一人一册，年初签订廉洁从政承诺书。", 4,
                "廉政教育每少1次扣0.5分；未开展警示教育的扣1分；无廉政档案的扣1分；未签订承诺书的，每人扣0.1分。", indicator="廉政教育台账"),
        )),
        Section("综合台账", "四、综合台账（30分）", 30, (
            Row("年初制定支部党建工作计划，列出任务清单；年中报送半年工作小结，年底形成年度工作总结；支部书记年终述职报告存档。", 6,
                "无计划或任务清单的扣1分；半年小结、年度总结每缺一项扣1分；无述职报告的扣2分。", indicator="计划总结"),
            Row("建立“党建+业务”融合项目台账，年内确定融合项目不少于1个，每季度记录推进情况；支部每半年向单位党组（党委）汇报一次党建"
                "工作。", 6,
                "无融合项目的扣2分；推进情况记录缺失的，每季度扣0.5分；汇报每少1次扣1分；项目成效不明显的，酌情扣1-2分。",
                indicator="融合项目台账"),
            Row("入党申请人、入党积极分子、发展对象分层登记台账，入党积极分子每季度提交一次思想汇报，培养联系人每半年考察一次并写出考察"
                "意见。", 5,
                "无台账的扣1分；思想汇报缺失的，每人次扣0.2分；考察意见缺失的，每人次扣0.3分。", indicator="发展党员台账"),
            Row("年初制定党务公开目录，每季度至少公开一次，公开内容、范围和时间登记备查。", 4,
                "无公开目录的扣1分；公开每少1次扣0.5分；登记不全的扣0.5分。", indicator="党务公开台账"),
            Row("台账资料按年度分类归档，实行“一事一档”，目录清楚、标注页码；电子台账与纸质台账同步，智慧党建平台数据按时上传。", 5,
                "未分类归档的扣1分；无目录的扣0.5分；电子台账不同步的扣1分；平台数据未按时上传的，每次扣0.2分，最高扣1分；台账弄虚作假、"
                "事后补做的，本项不得分。", indicator="归档管理"),
            Row("支部与1个社区或村结对共建，签订共建协议，年内开展共建活动不少于4次，活动记录和照片存档。", 4,
                "未签订共建协议的扣1分；共建活动每少1次扣0.5分；无照片的扣0.3分。", indicator="结对共建台账"),
        )),
    ),
)

HEADER = ["台账名称", "记载内容和要求", "分值", "扣分标准", "查阅情况"]
NOTE = ("备注：1.考评由区直属机关工委于12月组织，采取集中查阅台账、调阅智慧党建平台数据、个别访谈相结合的方式；2.台账资料以支部工作"
        "手册和分类档案盒为准，时间为2025年1月至12月；3.各项扣分以该项分值为限，扣完为止；4.考评结果作为“五星级”机关党支部评定和"
        "支部书记抓党建述职评议的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账资料考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考评对象：区直机关各党支部（含机关党委下设支部）", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([row.indicator, row.text, row.points, row.scoring, None])
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (14, 50, 6, 48, 12))
    wb.save(str(path))
