"""国家统计局海口调查队2025年度党支部工作考核评分表 (.xlsx), as the 队机关党委 of the 国家统计局海口调查队 in 海南 (its 办公室 with the 人事
教育科, the 法规科 and the 纪检组, a 考核组 in December) scores the 党支部 of a 调查队: the 住户调查 with its 记账户 who keep a daily account
of what they earn and spend, the CPI 价格采集员 in the markets and the 超市, the 农业 产量调查 of the 槟榔, 椰子 and 冬季瓜菜 fields that a
台风 can flatten overnight, the 规模以下 企业 调查, the 辅助调查员 hired from the 社区, 统计执法 of the 调查对象, the 防范和惩治统计造假、弄虚
作假 the whole 系统 is judged by, the 海南自由贸易港 whose 政策效应 the 队 monitors, and data that may not leave the building before the
发布 day: 政治建设 (the “第一议题” with a monthly 集中学习, 32学时 and a quarterly 专题研讨, a half-yearly 研判 with the 审核 and the 舆情,
the 书记's two 党课 with the 请示报告 and the “政治生日”), 组织建设 (the “三会一课” with the 到会率, the monthly 主题党日 with a quarterly 志愿
服务 and the 参加率, the 组织生活会 with 民主评议, 谈心谈话, the 征求意见 and the 问题清单, "每两年至少发展党员1名" with the 积极分子, 党费,
the 核定, a half-yearly 公开 and the 系统, the 支委 配备 and the 换届), 业务融合 (a yearly 风险排查 with the 风险防控台账, a quarterly 抽查 and
the 准确率 with a 一票否决, a quarterly 走访 of the 记账户 with the 审批 and the 保密, three 调研分析报告 with the 批示, a yearly 测试 with the
合格率, the 普法 and ten 执法检查, a half-yearly 培训 of the 辅助调查员 with the 花名册 and the 灾情 in 3日内) and 作风建设 (a quarterly 保密
自查 with a 一票否决, a yearly 廉政风险 排查 with four 节前 廉洁提醒, the 年初 计划, a half-yearly 报告, the 年底 述职 with the 满意度 and the
年终 总结).

A merged title row, a merged "考核对象：队机关党委所属各党支部" line and a merged "党支部： 支部书记： 考核时间：" line above the header
序号 | 考核项目 | 考核内容 | 评分标准 | 分值 | 考核方式 | 得分. 序号 (FIRST column) runs 1..16 through the whole sheet, NOT restarting. The
categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITH an ordinal and their points on ONE line, "一、政治建设（20分）".
The 评分标准 cell prints its rules as NUMBERED LINES, one rule a line, "①…；\\n②…；\\n③…。". 分值 is a plain number AFTER the 评分标准.
考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 抽查学时, 网络抽查, 个别谈话, 查阅会议记录, 查阅档案, 系统核查, 实地查看,
抽查数据, 问卷测评, 队纪检组提供): no papers. 得分 is blank. A 合计 row of 100 and a merged 备注 row close the sheet. Counts in figures and
Chinese numerals ("每月至少开展一次", "每年…不少于32学时", "每季度开展一次", "每半年分析研判一次", "24小时内", "每年讲党课不少于2次", "每年
开展一次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每季度至少开展1次",
"每年召开一次", "每两年至少发展党员1名", "每年核定一次", "每半年公开一次", "每年开展一次", "每季度开展一次", "每季度至少走访一次", "全年…
不少于3篇", "每年组织一次", "“12·4”国家宪法日前后开展一次", "不少于10家次", "每半年开展一次", "3日内", "每季度开展一次", "每年开展一次",
"元旦、春节、中秋、国庆等节日前", "年初", "每半年…报告一次", "年底", "年终"); "2至4名", "不少于5户", "不少于1篇"; "百分之九十九",
"百分之九十", "100%", "90%"; "每低0.5个百分点"; "最高扣" caps; "酌情扣0.5-1分" three times and "酌情扣0.5分" twice; no bands; two "实行一票
否决，本项不得分"; five plain "本项不得分". There is no deduction-only line.
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
    name="zzzn_haikou_tongji_diaochadui_zhibu_xlsx",
    fmt="xlsx",
    title="国家统计局海口调查队2025年度党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            Row("落实“第一议题”制度，支部每月至少开展一次集中学习；党员每年参加学习培训不少于32学时；每季度开展一次专题研讨。", 7,
                "①集中学习每少1次扣0.3分；\n②学时不足的，每人扣0.2分，最高扣1分；\n③专题研讨每少1次扣0.5分；\n④“第一议题”落实不到位的，"
                "酌情扣0.5-1分。", "查阅资料、抽查学时"),
            Row("落实意识形态工作责任制，支部每半年分析研判一次意识形态形势；政务网站、微信公众号统计信息发布执行“三审”制度；涉及统计数据的"
                "网络舆情24小时内报告。", 7,
                "①研判每少1次扣1分；\n②信息发布未经审核的，每次扣0.5分；\n③舆情报告不及时的，每次扣1分；\n④发生意识形态领域重大问题的，本项"
                "不得分。", "查阅资料、网络抽查"),
            Row("支部书记每年讲党课不少于2次；重大事项按规定向队机关党委请示报告；每年开展一次“政治生日”活动。", 6,
                "①书记讲党课每少1次扣1分；\n②重大事项未请示报告的，每件扣1分；\n③未开展“政治生日”活动的扣0.5分；\n④党员违反政治纪律受到"
                "处理的，本项不得分。", "查阅资料、个别谈话"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部党员大会到会率不低于百分之"
                "九十。", 7,
                "①“三会一课”每少1次扣0.5分，最高扣3.5分；\n②到会率低于90%的，每次扣0.3分；\n③会议记录不规范的，酌情扣0.5-1分。",
                "查阅会议记录"),
            Row("每月开展一次主题党日活动，结合住户调查、价格调查工作，每季度至少开展1次“亮身份、进社区、助调查”党员志愿服务；党员参加率"
                "达到90%以上。", 6,
                "①主题党日每少1次扣0.5分；\n②志愿服务每少1次扣0.5分；\n③参加率每低5个百分点扣0.5分。", "查阅资料、实地查看"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前开展谈心谈话，征求调查户、记账户和调查企业意见；会后列出问题清单，逐项整改。",
                6,
                "①未召开组织生活会的扣2分；\n②未开展民主评议党员的扣1分；\n③谈心谈话未全覆盖的扣0.5分；\n④未征求意见的扣0.5分；\n⑤无问题"
                "清单的扣1分；\n⑥整改不到位的，酌情扣0.5分。", "查阅资料、个别谈话"),
            Row("每两年至少发展党员1名，注重从青年业务骨干中培养入党积极分子；党员按月交纳党费，每年核定一次交纳基数，党费收缴情况每半年公开"
                "一次；党员信息在全国党员管理信息系统中及时维护。", 6,
                "①两年内未发展党员的扣1分；\n②未培养入党积极分子的扣1分；\n③未按月交纳的，每人次扣0.2分，最高扣1分；\n④未核定基数的扣0.5分；"
                "\n⑤公开每少1次扣0.5分；\n⑥党员信息错漏的，每条扣0.1分，最高扣1分。", "查阅档案、系统核查"),
            Row("支部委员会设书记1名、委员2至4名，支部书记由科室主要负责人中的党员担任；支部按期换届；支委分工明确。", 5,
                "①支委配备不齐的扣1分；\n②支部书记不符合任职要求的扣1分；\n③未按期换届的扣2分；\n④分工不明确的扣0.5分。", "查阅资料"),
        )),
        Section("业务融合", "三、业务融合（35分）", 35, (
            Row("落实防范和惩治统计造假、弄虚作假责任制，每年开展一次统计造假风险排查，建立风险防控台账；每季度开展一次调查数据质量抽查，数据"
                "审核准确率达到百分之九十九以上；发现统计违法线索及时移交。", 8,
                "①未开展风险排查的扣1分；\n②无风险防控台账的扣1分；\n③质量抽查每少1次扣0.5分；\n④准确率每低0.5个百分点扣1分，最高扣3分；\n⑤"
                "线索未及时移交的，每件扣1分；\n⑥发生统计造假、弄虚作假问题被查实的，实行一票否决，本项不得分。", "查阅资料、抽查数据"),
            Row("党员带头联系住户调查记账户，每名党员联系记账户不少于5户，每季度至少走访一次；记账户轮换、更换按规定履行审批手续；调查对象"
                "信息严格保密。", 7,
                "①联系户数不足的，每人扣0.2分，最高扣1分；\n②走访每少1次扣0.2分，最高扣2分；\n③记账户更换未经审批的，每户扣0.5分；\n④泄露"
                "调查对象信息的，本项不得分。", "查阅资料、实地查看"),
            Row("党员领衔开展自贸港政策效应、旅游消费价格等专题调研，全年形成调研分析报告不少于3篇，其中获市级以上领导批示的不少于1篇。", 6,
                "①调研报告每少1篇扣1分；\n②无领导批示的扣1分；\n③调研选题与中心工作结合不紧密的，酌情扣0.5-1分。", "查阅资料"),
            Row("每年组织一次统计法律法规知识测试，党员合格率达到100%；“12·4”国家宪法日前后开展一次统计普法进企业、进社区活动；对调查对象"
                "开展统计执法检查不少于10家次。", 7,
                "①未组织测试的扣1分；\n②合格率每低5个百分点扣0.5分；\n③未开展普法活动的扣1分；\n④执法检查每少1家次扣0.3分，最高扣2分；\n"
                "⑤执法程序不规范被复议撤销的，本项不得分。", "查阅资料、查阅档案"),
            Row("加强辅助调查员队伍管理，每半年开展一次业务培训，建立辅助调查员花名册；台风等灾害发生后3日内完成农业灾情调查核实并上报。", 7,
                "①业务培训每少1次扣1分；\n②无花名册的扣0.5分；\n③灾情上报超时的，每次扣1分；\n④辅助调查员违规操作造成数据失真的，每起扣"
                "1分。", "查阅资料、系统核查"),
        )),
        Section("作风建设", "四、作风建设（15分）", 15, (
            Row("严格执行统计数据发布前保密制度，数据发布前严禁泄露；涉密计算机和存储介质专人管理，每季度开展一次保密自查。", 5,
                "①保密自查每少1次扣0.5分；\n②涉密设备未落实专人管理的扣1分；\n③违规“一机两用”的，每次扣1分；\n④发生提前泄露统计数据或失泄密"
                "事件的，实行一票否决，本项不得分。", "实地查看、查阅资料"),
            Row("每年开展一次廉政风险点排查并制定防控措施；元旦、春节、中秋、国庆等节日前开展廉洁提醒；党员干部不接受调查对象宴请和礼品"
                "礼金。", 5,
                "①未开展风险排查的扣1分；\n②防控措施不具体的，酌情扣0.5分；\n③节前廉洁提醒每少1次扣0.3分；\n④党员违反中央八项规定精神被查处"
                "的，本项不得分。", "查阅资料、队纪检组提供"),
            Row("支部年初制定党建工作计划；每半年向队机关党委报告一次党建工作；年底支部书记述职，述职测评满意度不低于百分之九十；年终形成工作"
                "总结。", 5,
                "①无年度计划的扣1分；\n②报告每少1次扣0.5分；\n③未述职的扣1.5分；\n④满意度每低5个百分点扣0.5分；\n⑤无年终总结的扣1分。",
                "查阅资料、问卷测评"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "分值", "考核方式", "得分"]
NOTE = ("备注：1.本表由队机关党委于12月下旬组织考核，各项扣分以该项分值为限，扣完为止；2.数据质量指标以国家统计局海南调查总队年度通报为准；"
        "3.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”；4.考核结果作为“四强”党支部评定和党员"
        "评先评优的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：队机关党委所属各党支部", ncols)
    xlsx_line(ws, "党支部：                支部书记：                考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 12, 46, 46, 6, 16, 7))
    wb.save(str(path))
