"""中共江西省未成年犯管教所委员会2025年度管区党支部党建工作考核评分表 (.docx), as the 所党委 of the 江西 未成年犯管教所 (its 政治处 with the 教育
改造科, the 狱政管理科, the 心理矫治中心 and the 纪委, a 考核组 going from 管区 to 管区 behind the 所's grey walls in the middle of December, when the
赣江 fog lies over the 南昌 outskirts, the 未成年犯 are sitting the year's 文化课 exams in the 所's school building, the 民警 on the 管区 rotas are
planning the 春节 亲情帮教 day and the 管区 支部 are laying out the year's records for the 考核组) scores each 管区党支部 of the 所: a table whose 考核
内容 prints what the 支部 must have done, whose 评分细则 takes points off one clause at a time and whose 考核方式 says how the 考核组 checks it (查阅…,
实地查看, 个别谈话, 抽查, 向…核实): 政治建设 (the “第一议题”, a monthly 集中学习, a 专题研讨 every two months and 40学时; a half-yearly 政治警示教育 and
the 报告; a quarterly 思想动态 分析, the 审核 and a "本项不得分"), 组织建设 (the “三会一课” with the 错时 党小组会, the 签到 and the 记录; the 主题党日
and four “警察开放日”“帮教进所” 志愿服务; the 组织生活会, the 整改台账, the 民主评议 and the 批评; 党费 按月, a yearly 谈心谈话 with each 党员, the 重点
对象 and a yearly 党性分析), 党建+监管改造 (a monthly 隐患排查, the 整改 and the “四无” with a 一票否决; the 入学率, the 课时 and the 合格率; two 心理
咨询师, the 测试率, the 干预 and the 个案档案; a quarterly 亲情帮教, the 帮教协议 and the 衔接率; the 公示 of 减刑、假释, the 执法档案 and the 追责) and
基础保障 (the 年初 责任书 and 承诺书, a half-yearly 廉政风险排查 and a 一票否决; the 活动室, the “一支部一品牌” and its 方案; the 年初 计划, the 半年
小结, the 年底 总结 and 述职; a quarterly 党务公开, the 台账 and the 保密).

The title (bold, centred), a centred "（考核对象：所属各管区党支部）" line and a "党支部：    支部书记：    考核日期：" line above one table: 考核类别 |
考核指标 | 考核内容 | 分值 | 评分细则 | 考核方式. There is NO 序号: the items are numbered by position 1..16. The 考核类别 are MERGED CELLS down the FIRST
column, printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治建设\\n（15分）"; 考核指标 (SECOND column) is a short name on every row
(`Row.indicator`); 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`); 考核方式 (`Row.method`) last,
"查阅…" naming the papers read, with the ways of checking. A 合计 row of 100 closes the table; a "说明：" paragraph with four numbered lines follows it.
Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月组织一次", "每两个月开展一次", "每年…不少于40学时", "每半年组织一次", "第一时间",
"每季度分析一次", "支委会每月1次，党员大会每季度1次，党小组会每月1次，党课每季度1次", "每月开展一次", "全年不少于4次", "每年召开一次", "按月", "每年…
不少于1次", "每年开展一次", "每月开展一次", "全年", "百分之百", "每周…不少于20课时", "百分之八十以上", "不少于2名", "百分之百", "每季度组织一次", "百分之百",
"不少于5日", "全年", "年初", "每半年开展一次", "年初", "年中", "年底", "年底", "每季度公开一次", "一年一册"); "最高扣" caps; no bands; "每低5个百分点"
once and "每低1个百分点" once; "酌情扣1—2分" three times, "酌情扣0.5—1分" once, "酌情扣0.5分" once and "酌情扣1分" once; two "实行一票否决，本项不得分"
and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the table prints it: 考核指标, 考核内容, 分值, 评分细则, 考核方式."""
    return Row(text, points, scoring, how, indicator=label)


TABLE = Table(
    name="zzzzzq_jiangxi_weiguansuo_guanqu_dangzhibu_docx",
    fmt="docx",
    title="中共江西省未成年犯管教所委员会2025年度管区党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设\n（15分）", 15, (
            _row("理论武装",
                 "落实“第一议题”制度，支部每月组织一次集中学习，每两个月开展一次专题研讨；民警党员每年参加集中学习培训不少于40学时。", 5,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣2分；专题研讨每少1次扣0.3分；学时不足的，每人扣0.2分，最高扣1分。",
                 "查阅学习记录、研讨材料、学时登记表"),
            _row("政治警示",
                 "每半年组织一次政治警示教育；严格执行重大事项请示报告制度，监管安全重大情况第一时间报告所党委。", 5,
                 "警示教育每少1次扣1分；应报告未报告的，每次扣1分；迟报、漏报的，每次扣0.5分。",
                 "查阅教育记录、请示报告材料，向所指挥中心核实"),
            _row("意识形态",
                 "每季度分析一次民警职工和未成年犯思想动态；管区宣传栏、广播、黑板报内容经支部审核后发布。", 5,
                 "思想动态分析每少1次扣0.5分，最高扣2分；宣传内容未经审核发布的，每次扣0.5分；发生意识形态问题造成不良影响的，本项不得分。",
                 "查阅分析记录、审核登记，实地查看"),
        )),
        Section("组织建设", "组织建设\n（25分）", 25, (
            _row("三会一课",
                 "支委会每月1次，党员大会每季度1次，党小组会每月1次，党课每季度1次；针对民警轮班执勤特点，党小组会按值班组错时召开；会议有签到、有"
                 "记录。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣5分；无签到的，每次扣0.2分，最高扣1分；会议记录不规范的，酌情扣1—2分。",
                 "查阅会议记录、签到表"),
            _row("主题党日",
                 "每月开展一次主题党日；组织民警党员开展“警察开放日”“帮教进所”等志愿服务活动，全年不少于4次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；志愿服务每少1次扣0.5分；活动无照片的扣0.5分。",
                 "查阅活动记录、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，开展批评和自我批评，查摆的问题建立整改台账；开展民主评议党员，评议结果运用于民警年度考核。", 6,
                 "未召开组织生活会的扣3分；无整改台账的扣1分；未开展民主评议党员的扣1.5分；批评和自我批评辣味不足的，酌情扣0.5分。",
                 "查阅会议记录、整改台账、民主评议测评表"),
            _row("党员管理",
                 "党员按月交纳党费；支部书记每年与每名党员谈心谈话不少于1次，对受到处分、家庭发生变故的民警党员及时谈心；每年开展一次党员党性分析。", 6,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；谈心谈话每少1人次扣0.3分，最高扣2分；重点对象未及时谈心的，每人扣0.5分；未开展党性分析"
                 "的扣1分。",
                 "查阅党费收缴台账、谈心谈话记录、党性分析材料"),
        )),
        Section("党建+监管改造", "党建+监管改造\n（40分）", 40, (
            _row("监管安全",
                 "党员民警带头落实监管安全责任，每月开展一次安全隐患排查；管区全年实现“四无”（无未成年犯脱逃、无重大狱内案件、无重大安全生产事故、"
                 "无重大疫情）。", 10,
                 "隐患排查每少1次扣0.5分，最高扣3分；排查发现的隐患未按期整改的，每处扣0.5分，最高扣2分；发生“四无”所列情形之一的，实行一票否决，"
                 "本项不得分。",
                 "查阅排查台账、整改记录，向狱政管理科核实"),
            _row("教育改造",
                 "落实未成年犯义务教育和职业技能培训，义务教育阶段未成年犯入学率达到百分之百；每名未成年犯每周接受课堂教育不少于20课时；职业技能培训"
                 "合格率达到百分之八十以上。", 8,
                 "入学率未达到100%的扣2分；课堂教育课时不足的，酌情扣1—2分；职业技能培训合格率每低5个百分点扣0.5分，最高扣2分。",
                 "查阅教学计划、课时记录、培训考核结果，抽查课堂"),
            _row("心理矫治",
                 "管区配备持证心理咨询师民警不少于2名；新入所未成年犯心理测试率达到百分之百，对有心理危机倾向的及时干预，并建立个案档案。", 7,
                 "持证心理咨询师每少1名扣1分；心理测试率每低1个百分点扣0.2分，最高扣2分；危机干预不及时的，每人次扣1分；无个案档案的扣1分。",
                 "查阅资格证书、测试记录、个案档案"),
            _row("亲情帮教",
                 "每季度组织一次亲情帮教或“家校共育”活动；与未成年犯户籍地关工委、团委、社区签订帮教协议；刑满释放前落实安置帮教衔接，衔接率达到百分"
                 "之百。", 8,
                 "帮教活动每少1次扣1分；帮教协议每少1份扣0.5分，最高扣2分；释放人员未落实衔接的，每人扣0.5分，最高扣2分。",
                 "查阅活动记录、帮教协议、衔接登记表"),
            _row("执法规范",
                 "党员民警带头规范执法，减刑、假释、暂予监外执行案件提请前全部在管区公示，公示期不少于5日；全年无民警执法过错被追责。", 7,
                 "应公示未公示的，每件扣1分；执法档案不规范的，每件扣0.5分，最高扣2分；民警党员因执法过错被追责的，每人次扣2分。",
                 "查阅公示材料、执法档案，向刑罚执行科核实"),
        )),
        Section("基础保障", "基础保障\n（20分）", 20, (
            _row("从严管警",
                 "年初签订党风廉政建设责任书和民警“八不准”承诺书；每半年开展一次民警岗位廉政风险排查；民警党员严守各项禁令。", 6,
                 "责任书、承诺书每缺一项扣1分；廉政风险排查每少1次扣1分；民警党员违纪违法受到处分的，实行一票否决，本项不得分。",
                 "查阅责任书、承诺书、风险排查表"),
            _row("阵地品牌",
                 "管区设立党员活动室，做到有标识、有党旗、有制度、有书报；打造“一支部一品牌”，品牌创建有方案、有成效。", 5,
                 "活动室每缺一项扣0.5分；未开展品牌创建的扣2分；无创建方案的扣1分；品牌成效不明显的，酌情扣1分。",
                 "实地查看，查阅品牌创建方案"),
            _row("计划总结",
                 "年初制定支部工作计划，年中报送半年工作小结，年底形成年度工作总结；支部书记年底向所党委述职。", 5,
                 "计划、小结、总结每缺一项扣1分；书记未述职的扣2分；述职内容空泛的，酌情扣1—2分。",
                 "查阅工作计划、半年小结、年度总结、述职报告"),
            _row("公开保密",
                 "支部党务每季度公开一次；党建台账一年一册、分类规范；涉密资料按规定管理，不得存入非涉密计算机。", 4,
                 "党务公开每少1次扣0.5分；台账不规范的，酌情扣0.5—1分；发生泄密事件的，本项不得分。",
                 "查阅公开记录、党建台账，抽查计算机"),
        )),
    ),
)

HEADER = ["考核类别", "考核指标", "考核内容", "分值", "评分细则", "考核方式"]
NOTES = (
    "说明：",
    "1.本表由所党委于2025年12月中旬组织考核，政治处牵头，教育改造科、狱政管理科、心理矫治中心参加，所纪委派员监督，以2025年1月1日至考核之日形成的"
    "资料为准；涉及监管安全的数据以所指挥中心和狱政管理科登记为准。",
    "2.各项扣分以该项分值为限，扣完为止；同一问题在不同项目中不重复扣分。",
    "3.涉密资料在保密室查阅，考核组不得复制、带离。",
    "4.考核结果分为“好”“较好”“一般”“差”四个等次，90分以上为“好”，与管区年度目标考核、民警评先评优和支部书记年度考核挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：所属各管区党支部）")
    document.add_paragraph("党支部：                        支部书记：                    考核日期：      年    月    日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            for c, v in ((1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
