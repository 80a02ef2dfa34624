"""中共乌海市水务集团有限公司委员会2025年度第一水厂党支部党建工作考核细则 (.docx), as the 集团党委 of the 水务集团 of 乌海 in 内蒙古 (its 党群工作部 with
the 纪检 office, the 安全生产部 and the 水质检测中心, a 考核组 walking the 取水泵站 on the 黄河 bank, the 沉淀池, the 滤池, the 加氯间 and the 中控室 in the
middle of December, when the 黄河 is carrying its first 冰凌 past the 乌海湖 dam, the wind off the 乌兰布和 desert is cold and full of sand, the 葡萄 vines on
the hills are buried for the winter and the 制水 班组 work the 三班倒 round the clock) scores the 党支部 of the 第一水厂 (its 党员 the 厂长, the 制水 operators,
the 化验员 and the 机电 fitters, in three 党小组 by 班组): a table whose 考核内容及标准 prints what the 支部 must have done or reached, whose 扣分办法 takes
points off one clause at a time and whose 佐证资料 names the papers the 考核组 asks to see: 政治建设 (a monthly 集中学习, the 补学 and 32学时; a quarterly 分析
of the 思想动态, the 审核 of the 停水公告 and a "本项不得分"; the 年初 责任书, a half-yearly 警示教育 and the 风险排查), 组织建设 (the “三会一课” of the 班组
党小组 and two 党课 of the 书记; the monthly 主题党日, its 参加率 and the 方案; the 组织生活会, the 征求意见, the 谈心谈话, the 民主评议 and the 通报; one 积极分子;
the 换届, 党费 按月 and a yearly 公布; the 积分, a quarterly 公示 and the 年底 星级), 党建+安全供水 (four 责任区 and four 巡查 a month; the 出厂水 合格率 with a
step of 0.1 个百分点 and a 一票否决; the 突击队, 2小时 and a half-yearly 演练; two 攻关项目 and the 电耗; a quarterly 培训 and the 持证上岗率; a deduction-only
line on 事故), 服务群众 (a half-yearly 开放日 and the 办结率; the 志愿服务队, a quarterly 志愿服务 and the 服务台账) and 基础工作 (the 年初 计划, the 年底 总结
and 述职, the 归档; the 共建协议 and a half-yearly 共建活动).

The title (bold, centred) and a "被考核党支部：…考核人员：…考核日期：" line above one table: 序号 | 考核项目 | 考核内容及标准 | 分值 | 扣分办法 | 佐证资料.
The 考核项目 are MERGED CELLS down the SECOND column, printed WITH a bracketed ordinal and WITH their points on ONE line, "（一）政治建设（15分）"; 序号
(FIRST column) RESTARTS at 1 under every 考核项目 (ids "1.1" … "5.2"); there is no short sub-label. 考核内容及标准 (`Row.text`) says what is required;
分值 is a plain number BEFORE the 扣分办法 (`Row.scoring`); 佐证资料 (`Row.method`) last, naming the papers, joined by "、" (a 核实 once). A 合计 row of 100
closes the table; a "说明：" paragraph follows it. Counts in figures and Chinese numerals, nearly all in the 考核内容及标准 ("每月组织一次", "每年…不少于32
学时", "每季度分析一次", "年初", "每半年开展一次", "支部委员会每月召开1次，党员大会每季度召开1次…党小组会每月召开1次；党课每季度1次", "每年…不少于2次",
"每月开展一次", "百分之九十以上", "每年召开一次", "年内…不少于1名", "按月", "每年公布一次", "每季度公示一次", "年底", "不少于4个", "每月…不少于4次", "100%",
"2小时内", "每半年开展一次", "不少于2项", "百分之三以上", "每季度组织一次", "100%", "每半年举办一次", "100%", "每季度…一次", "年初", "年底", "年底", "每半年
开展一次"); "最高扣" caps; no bands; "每低0.1个百分点" once, "每低5个百分点" twice and "每低1个百分点" once; "每少1人" once; "酌情扣0.5-1分" three times;
one "实行一票否决，本项不得分" and three plain "本项不得分"; one line is deduction-only ("（本项为扣分项）").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, papers: str) -> Row:
    """One row in the order the table prints it: 考核内容及标准, 分值, 扣分办法, 佐证资料."""
    return Row(text, points, scoring, papers)


TABLE = Table(
    name="zzzzzw_wuhai_shuiwu_jituan_diyi_shuichang_zhibu_docx",
    fmt="docx",
    title="中共乌海市水务集团有限公司委员会2025年度第一水厂党支部党建工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "（一）政治建设（15分）", 15, (
            _row("落实“第一议题”制度，支部每月组织一次集中学习，倒班党员通过线上方式补学；党员每年学习培训不少于32学时。", 5,
                 "集中学习每少1次扣0.5分；未组织补学的，每次扣0.2分，最高扣1分；学时不足的，每人扣0.1分，最高扣1.5分。",
                 "学习记录、签到表、线上学习截图"),
            _row("落实意识形态工作责任制，每季度分析一次职工思想动态；水厂微信公众号、停水公告等信息发布经支部审核。", 5,
                 "思想动态分析每少1次扣0.5分；信息发布未经审核的，每次扣0.5分；涉水舆情处置不当造成不良影响的，本项不得分。",
                 "分析报告、信息审核登记表"),
            _row("年初签订党风廉政建设责任书，每半年开展一次廉洁警示教育；药剂采购、工程验收等重点岗位廉政风险排查全覆盖。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣1分；风险排查未全覆盖的扣1分；党员发生违纪违法问题的，每人扣2分。",
                 "责任书、警示教育记录、廉政风险防控台账"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次；按制水、化验、机电班组设立党小组，党小组会每月召开1次；党课每季度1次，支部书记"
                 "每年讲党课不少于2次。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣5分；书记讲党课每少1次扣1分；会议记录不规范的，酌情扣0.5-1分。",
                 "会议记录本、签到表"),
            _row("每月开展一次主题党日，结合水源地巡护、管网巡查开展活动；党员参加率达到百分之九十以上。", 5,
                 "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分，最高扣2分；活动无方案的，每次扣0.2分。",
                 "活动方案、签到表、活动照片"),
            _row("每年召开一次组织生活会，会前征求职工意见，支委之间、支委与党员之间谈心谈话；开展民主评议党员，评议结果在支部内通报。", 6,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；谈心谈话每少1人扣0.2分，最高扣1分；未开展民主评议党员的扣1.5分；评议结果未通报"
                 "的扣0.5分。",
                 "会议记录、征求意见汇总表、谈心谈话记录"),
            _row("年内培养入党积极分子不少于1名，注重在运行、化验、抢修一线骨干中发展党员；发展党员程序规范。", 4,
                 "未培养入党积极分子的扣2分；发展程序不规范的，本项不得分。",
                 "发展党员档案"),
            _row("支部委员会按期换届，支委分工明确；党员按月交纳党费，党费收缴情况每年公布一次。", 4,
                 "未按期换届的扣1.5分；分工不明确的扣0.5分；未按月交纳党费的，每人次扣0.1分，最高扣1分；未公布的扣1分。",
                 "换届批复、党费收缴台账"),
            _row("实行党员积分制管理，积分每季度公示一次，年底评定星级党员。", 3,
                 "未实行积分管理的扣1分；积分公示每少1次扣0.5分；未评定星级党员的扣0.5分。",
                 "积分台账、公示照片"),
        )),
        Section("党建+安全供水", "（三）党建+安全供水（35分）", 35, (
            _row("在取水泵站、沉淀池、滤池、加氯间设立党员责任区不少于4个，党员每月巡查不少于4次。", 6,
                 "责任区每少1个扣0.5分；巡查每少1次扣0.1分，最高扣2分；巡查发现的隐患未按时整改的，每项扣0.5分。",
                 "责任区设置文件、巡查记录"),
            _row("出厂水水质检测合格率100%，党员化验员带头落实水质“日检、周检、月检”制度；全年不发生水质安全责任事故。", 8,
                 "出厂水合格率每低0.1个百分点扣1分，最高扣4分；检测记录不完整的，每次扣0.2分，最高扣1分；发生水质安全责任事故的，实行一票否决，"
                 "本项不得分。",
                 "水质检测报告、检测记录"),
            _row("组建党员应急抢修突击队，接到爆管报修后城区2小时内到达现场；每半年开展一次应急供水演练。", 7,
                 "未组建突击队的扣1分；抢修到达超时的，每次扣0.5分，最高扣2分；演练每少1次扣1分；演练无照片的，每次扣0.3分。",
                 "突击队名单、演练方案、演练照片"),
            _row("党员领衔技术攻关或“金点子”项目不少于2项，推动药耗、电耗下降；制水单位电耗较上年下降百分之三以上。", 6,
                 "攻关项目每少1项扣1分；单位电耗下降不足3%的扣1分；攻关成果未转化应用的，酌情扣0.5-1分。",
                 "项目立项书、能耗统计报表"),
            _row("每季度组织一次安全知识培训，党员持证上岗率100%。", 4,
                 "培训每少1次扣0.5分；持证上岗率每低5个百分点扣1分。",
                 "培训签到表、持证名册"),
            _row("全年不发生生产安全责任事故和设备责任事故（本项为扣分项）。", 4,
                 "发生轻伤事故的，每起扣1分；发生设备事故造成停水的，每起扣2分；发生一般及以上生产安全责任事故的，本项不得分。",
                 "集团安全生产部核实"),
        )),
        Section("服务群众", "（四）服务群众（12分）", 12, (
            _row("每半年举办一次“水厂开放日”，邀请市民、学生参观制水流程；居民反映的水质、水压诉求按期办结率100%。", 6,
                 "开放日每少1次扣1分；办结率每低1个百分点扣0.5分，最高扣2分；因水质问题被有效投诉的，每件扣1分。",
                 "活动照片、诉求工单统计表"),
            _row("组建“清泉”党员志愿服务队，每季度进社区开展一次节水宣传、水表免费检修等志愿服务；为孤寡老人等特殊群体提供上门服务，建立服务"
                 "台账。", 6,
                 "无志愿服务队的扣1分；志愿服务每少1次扣0.5分；无服务台账的扣1分；活动无照片的，每次扣0.2分。",
                 "服务台账、活动照片"),
        )),
        Section("基础工作", "（五）基础工作（8分）", 8, (
            _row("年初制定支部工作计划，年底形成工作总结，支部书记年底向集团党委述职；党建资料按年度归档。", 5,
                 "无计划、总结的，每项扣1分；书记未述职的扣1.5分；资料归档不规范的，酌情扣0.5-1分。",
                 "工作计划、工作总结、述职报告"),
            _row("与供水片区所在社区党组织签订共建协议，每半年开展一次共建活动。", 3,
                 "未签订共建协议的扣1分；共建活动每少1次扣1分。",
                 "共建协议、活动记录"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容及标准", "分值", "扣分办法", "佐证资料"]
NOTE = ("说明：1.本细则由集团党委于2025年12月中旬组织考核，党群工作部牵头，纪检、安全生产部、水质检测中心参加；2.各项扣分以该项分值为限，"
        "扣完为止；3.出厂水合格率以水质检测中心年度统计数据为准；4.考核结果分为“优秀”“良好”“一般”“较差”四个等次，与支部书记年度绩效和"
        "“五好党支部”评选挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    document.add_paragraph("被考核党支部：第一水厂党支部            考核人员：                    考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
