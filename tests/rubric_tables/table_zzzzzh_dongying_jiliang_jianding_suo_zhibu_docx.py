"""东营市市场监督管理局机关党委2025年度计量测试检定所党支部考核评分表 (.docx), as the 机关党委 of the 市场监督管理局 of 东营 in 山东 (its 机关党委办公室
with the 人事科, the 计量科 and the 驻局纪检监察组, a 考核组 that walks through the 检定大厅 and the 恒温 实验室 of the 计量所 in the last ten days of
December, when the 黄河 is low and grey at its mouth past the 孤东 and 垦利, the 胜利油田's 抽油机 nod in the frozen 盐碱地, the 加油站 and 集贸市场 of the
city wait for their 强制检定 stickers of the new year and the 检定员 drive the 标准器 vans back from the 油田 配套 plants) scores the 党支部 of a 法定计量
检定机构: the 支部 of a 所 whose 党员 are 检定员 and 注册计量师, whose 力学、热工、电学 实验室 keep the city's 计量标准, whose 证书 go to 企业 and 医院 and whose
志愿者 test 血压计 and 电子秤 free in the 社区 and 菜市场: a table whose 考核要求 prints what the 支部 must have done, whose 扣分标准 takes points off one
clause at a time (grading the 先锋岗 作用 by 好/较好/一般 and scoring the 证书 按时出具率 and the 年底 满意率 in bands) and whose 考核方式 says how the 考核组
looks: 政治建设 (the “第一议题”, a monthly 集中学习, 32学时 and one 读书班; a half-yearly 研判, the “三审三校” and the 阵地; the 年初 责任书, a quarterly 廉政
教育, a half-yearly 风险排查 and a 一票否决; the 证书 and 原始记录 and a "本项不得分"), 组织建设 (the 换届, its 请示、报告、批复 and the 书记; the “三会一课”,
the 书记's two 党课, the 记录 and the 参会率; the 主题党日 on a fixed Thursday with 方案、签到、记录、照片 and the “5·20世界计量日” 宣传; the 组织生活会, the
征求意见, the 谈心谈话, the 民主评议, the 测评表 and the 备案; 党费 按月, a yearly 核定, a half-yearly 公示, one 积极分子, the 公示 and a 一票否决), 业务
融合 (three 先锋岗, the 亮牌, the 帮带 and the graded 作用; the 强检 按期完成率, the 证书 按时出具率 in bands and the 投诉 按期办结率; ten 家次 of 计量技术
服务, a quarterly 志愿服务 with 记录、照片; the 攻关团队, one 科研项目 and the 复查; the 年底 满意率 in bands) and 基础保障 (the 年初 计划, the 年底 总结, the
年底 述职 and the “好”等次比例; the 活动室, its 标识、党旗、制度、资料 and the 文化墙; the 手册 by month, the 台账 and the 年底 归档; six 稿件 and no 差错).

The title (bold, centred) and a centred "（考核对象：市计量测试检定所党支部）" line above one table: 序号 | 考核内容 | 考核要求 | 分值 | 扣分标准 | 考核方式.
Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line, "一、政治建设（20分）"; 序号 (FIRST column)
RESTARTS at 1 under every section row (ids "1.1" … "4.4"). 考核内容 (SECOND column) is a short name on every row (`Row.indicator`); 考核要求 (`Row.text`)
says what is required; 分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`); 考核方式 (`Row.method`) last, naming only the ways the 考核组 checks
("查阅资料", "个别谈话", "网络巡查", "实地查看", "问卷调查", "抽查证书", "查阅业务系统", "电话回访", "第三方测评"). A 合计 row of 100 closes the table; a
"注：" paragraph with three numbered lines and a signature line follow it. Counts in figures and Chinese numerals, nearly all in the 考核要求 ("每月开展
一次", "每人每年…不少于32学时", "每年…不少于1期", "每半年…一次", "年初", "每季度开展一次", "每半年开展一次", "全年", "3名以上", "按期", "支部委员会每月召开
1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "不低于百分之九十", "每月第二周的星期四", "“5·20世界计量日”",
"每年召开一次", "按月", "每年核定一次", "每半年公示一次", "年内…不少于1名", "不少于5个工作日", "不少于3个", "100%", "百分之九十八以上", "100%", "年内…不少于
10家次", "每季度…不少于1次", "年内…不少于1项", "年底", "百分之九十五", "年初", "年底", "年底", "不低于百分之八十", "按月", "年底", "年内…不少于6篇"); "最高扣"
caps; the 先锋岗 作用 graded "好的得2分，较好的得1分，一般的不得分"; bands of the 证书 按时出具率 (3 of the 8 points, closed by "90%以下的不得分") and of the
年底 满意率 (all 5, closed by "90%以下的不得分"); "每低5个百分点" once and "每低1个百分点" once; "酌情扣0.5-1分" twice and "酌情扣0.5分" twice; two "实行一票
否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(name: str, text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the table prints it: 考核内容, 考核要求, 分值, 扣分标准, 考核方式."""
    return Row(text, points, scoring, how, indicator=name)


TABLE = Table(
    name="zzzzzh_dongying_jiliang_jianding_suo_zhibu_docx",
    fmt="docx",
    title="东营市市场监督管理局机关党委2025年度计量测试检定所党支部考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月开展一次集中学习；党员每人每年参加集中学习培训不少于32学时；每年举办党员读书班不少于1期。", 6,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1.5分；未举办读书班的扣1分。",
                 "查阅资料、个别谈话"),
            _row("意识形态",
                 "每半年分析研判一次意识形态工作；所门户网站、微信公众号发布信息实行“三审三校”；检定大厅宣传阵地管理规范。", 4,
                 "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；阵地管理不规范的，酌情扣0.5-1分。",
                 "查阅资料、网络巡查、实地查看"),
            _row("党风廉政",
                 "支部书记年初与局机关党委签订党风廉政建设责任书；每季度开展一次廉政教育；强制检定、型式评价、仲裁检定等重点岗位每半年开展一次廉政风险"
                 "排查；检定人员严格执行廉洁检定“十不准”。", 6,
                 "未签订责任书的扣1分；廉政教育每少1次扣0.5分；风险排查每少1次扣0.5分；发生吃拿卡要、违规收费等问题经查实的，实行一票否决，本项不得分。",
                 "查阅资料、问卷调查"),
            _row("诚信计量",
                 "检定证书、校准证书数据真实、结论准确，原始记录完整可追溯；全年无出具虚假数据和证书问题。", 4,
                 "抽查证书发现差错的，每份扣0.5分，最高扣2分；原始记录不完整的，每份扣0.2分，最高扣1分；出具虚假数据或证书的，本项不得分。",
                 "抽查证书"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("支部班子",
                 "支部委员会设委员3名以上，任期届满按期换届，换届请示、选举结果报告、上级批复等材料齐全；支部书记由所主要负责人担任。", 4,
                 "未按期换届的扣1.5分；换届材料每缺一项扣0.5分，最高扣1.5分；支委配备不齐或书记未由主要负责人担任的扣1分。",
                 "查阅资料"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于2次；会议记录要素齐全；党员"
                 "参会率不低于百分之九十。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣1分；记录要素不全的，酌情扣0.5-1分；参会率每低5个百分点扣0.5分，最高扣1.5分。",
                 "查阅资料"),
            _row("主题党日",
                 "每月第二周的星期四开展主题党日活动，有方案、有签到、有记录、有照片；结合“5·20世界计量日”组织党员开展计量宣传活动。", 6,
                 "主题党日每少1次扣0.3分，最高扣2.5分；方案、签到、记录、照片每缺一项扣0.1分，最高扣1.5分；未开展世界计量日宣传活动的扣1分。",
                 "查阅资料"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前征求意见、开展谈心谈话；会后开展民主评议党员，民主评议党员测评表填写规范，评议结果报局机关党委备案。", 6,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1.5分；测评表填写不规范的，酌情扣0.5分；"
                 "评议结果未备案的扣0.5分。",
                 "查阅资料、个别谈话"),
            _row("党员管理",
                 "党员按月交纳党费，每年核定一次交纳基数，党费收缴情况每半年公示一次；年内在青年技术骨干中确定入党积极分子不少于1名，发展对象公示不少于"
                 "5个工作日。", 6,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；未核定交纳基数的扣0.5分；公示每少1次扣0.5分；未确定入党积极分子的扣1分；发展对象未公示的扣1分；"
                 "违反程序发展党员的，实行一票否决，本项不得分。",
                 "查阅资料"),
        )),
        Section("业务融合", "三、业务融合（30分）", 30, (
            _row("先锋岗",
                 "在强制检定、型式评价、能效标识核查等岗位设立党员先锋岗不少于3个，党员亮牌上岗；党员技术骨干与青年检定员结对帮带。", 6,
                 "先锋岗每少1个扣1分；未亮牌上岗的扣0.5分；结对帮带未落实的扣0.5分；先锋岗作用发挥由考核组评定，好的得2分，较好的得1分，一般的不得分。",
                 "查阅资料、实地查看"),
            _row("检定效率",
                 "电子计价秤、加油机、出租汽车计价器、医用血压计等民生计量器具强制检定按期完成率达到100%；检定证书按时出具率达到百分之九十八以上；服务对象"
                 "投诉按期办结率达到100%。", 8,
                 "按期完成率每低1个百分点扣0.5分，最高扣2分；按时出具率98%以上的得3分，95%（含）—98%的得2分，90%（含）—95%的得1分，90%以下的不得分；"
                 "投诉未按期办结的，每件扣0.5分，最高扣1.5分。",
                 "查阅业务系统"),
            _row("计量服务",
                 "开展“计量服务进企业”活动，年内组织党员专家为胜利油田配套企业、石化企业提供计量技术服务不少于10家次；每季度进社区、进集贸市场开展免费"
                 "检定血压计、电子秤等志愿服务不少于1次，服务有记录、有照片。", 6,
                 "技术服务每少1家次扣0.3分，最高扣2分；志愿服务每少1次扣0.5分；缺记录或照片的，每次扣0.2分，最高扣1分。",
                 "查阅资料、电话回访"),
            _row("科研攻关",
                 "支部组建党员技术攻关团队，年内承担或参与计量科研项目、计量标准建标不少于1项；计量标准复查按期完成。", 5,
                 "未组建攻关团队的扣1分；未承担或参与项目的扣2分；计量标准复查超期的，每项扣1分，最高扣2分。",
                 "查阅资料"),
            _row("服务满意度",
                 "年底委托第三方对服务对象开展满意度测评，满意率达到百分之九十五。", 5,
                 "满意率98%以上的得5分，95%（含）—98%的得4分，90%（含）—95%的得2分，90%以下的不得分。",
                 "第三方测评"),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            _row("计划述职",
                 "年初制定支部工作计划，年底形成工作总结；支部书记年底向局机关党委述职，述职评议“好”等次比例不低于百分之八十。", 6,
                 "缺计划或总结的，每项扣1分；未述职的扣2分；“好”等次比例低于80%的扣1分。",
                 "查阅资料"),
            _row("阵地建设",
                 "建有党员活动室，做到有标识、有党旗、有制度、有资料；党建文化墙融入“计量为民”文化元素。", 4,
                 "无党员活动室的扣2分；标识、党旗、制度、资料每缺一项扣0.5分；文化墙未体现计量特色的，酌情扣0.5分。",
                 "实地查看"),
            _row("台账管理",
                 "支部工作手册按月填写；“三会一课”、主题党日、党费收缴、发展党员等台账齐全，年底装订归档。", 5,
                 "工作手册每缺1个月扣0.2分，最高扣1分；台账每缺一种扣0.5分，最高扣2分；年底未归档的扣1分。",
                 "查阅资料"),
            _row("宣传报道",
                 "年内在局门户网站、“东营市场监管”微信公众号等平台刊发支部党建和计量惠民宣传稿件不少于6篇；宣传内容准确无差错。", 5,
                 "稿件每少1篇扣0.5分，最高扣3分；宣传内容出现差错造成不良影响的，每次扣1分。",
                 "网络巡查"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "考核要求", "分值", "扣分标准", "考核方式"]
NOTES = (
    "注：",
    "1.本表由局机关党委于12月下旬组织考核，机关党委办公室牵头，人事科、计量科、驻局纪检监察组参加，以2025年1月1日至考核之日形成的资料和业务系统数据"
    "为准。",
    "2.各项扣分以该项分值为限，扣完为止；扣分标准列明得分档次或等次的，按档次、等次计分。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；考核结果作为评选局机关“先进党支部”和所领导班子年度考核的"
    "重要依据。",
)
SIGN = "考核组成员（签字）：                    党支部书记（签字）：                    考核日期：    年  月  日"


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：市计量测试检定所党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for i, row in enumerate(s.rows, 1):
            cells = ((0, str(i)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.add_paragraph(SIGN)
    document.save(str(path))
