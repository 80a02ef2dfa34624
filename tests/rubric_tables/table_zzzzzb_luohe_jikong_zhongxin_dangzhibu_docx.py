"""漯河市疾病预防控制中心党委2025年度党支部工作考核细则 (.docx), as the 党委 of the 漯河市疾病预防控制中心 in 河南 (its 党委办公室 with the 人事科,
the 质量管理科, the 应急办, the 免疫规划科 and the 纪委, a 考核组 sitting with each 支部书记 in the 郾城区 building in early January, when the 沙河 and
the 澧河 are grey under the winter haze, the 流感 and 诺如 season keeps the 检验科 running into the evening, the 冬春季 免疫 查漏补种 is under way in
the 乡镇 接种门诊 and the 春节 返乡 crowds are about to arrive) scores the 党支部 of a 疾控 centre: the 传染病防制 支部 whose 党员 sit on the 网络直报
system, the 免疫规划 支部 that goes out to the 接种门诊, the 检验检测 支部 in the 生物安全 laboratories, the 慢病与健康教育 支部 that runs the 体检 and
the 科普: a table whose 考核内容 prints what the 支部 must have done, whose 评分标准 takes points off one clause at a time (scoring the 集中学习 参学率,
the 接种率, the 服务对象 满意率 and the 年底 满意率 in bands) and whose 考核方式 says how the 考核组 looks: 政治建设 (the “第一议题”, a monthly 集中学习,
32学时 and the 参学率 in bands; a half-yearly 研判, the “三审三校” and a "本项不得分"; the 年初 责任书, a quarterly 警示教育, the “九项准则” and a 一票否决;
the 年底 述职, its 满意率 and a 谈心谈话 with every 党员), 组织建设 (the “三会一课”, the 书记's two 党课, the 参会率 and the 记录; the 主题党日 with 方案、
记录、照片 and four 义诊; the 组织生活会, the 征求意见, the 批评, the 民主评议 and the 备案; one 积极分子, two 培养联系人, the 公示 and a "本项不得分"; 党费
按月 with a half-yearly 公示, the 转接 and a quarterly 系统 更新; the 积分, a quarterly 公示, the 年底 评选 and three 先锋岗), 业务融合 (the 审核及时率, a
monthly 会商 and a 一票否决; the 接种率 in bands, a quarterly 督导, the 整改台账 and a "本项不得分"; the 按时出具率, the 生物安全管理制度, a monthly 自查 and a
一票否决; the 突击队, ten 队员, a half-yearly 演练 and the 2小时; the 志愿服务队, a monthly 志愿服务 and 20小时; the 服务对象 满意率 in bands and no 投诉) and
基础保障 (the 标识、党旗、制度, a monthly 专栏 and two 报道; the 年初 计划, the 年底 总结 and the 工作手册 按月; the 年底 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：中心各党支部）" line above one table: 一级指标 | 序号 | 考核内容 | 评分标准 | 分值 | 考核方式. The 一级指标
are MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH their points on one line, "一、政治建设（20分）". 序号 (SECOND column, after the
merged 一级指标) RESTARTS at 1 in every 一级指标 (ids "1.1" … "4.3"). 考核内容 (`Row.text`) says what is required; the 评分标准 (`Row.scoring`) comes BEFORE
分值, a plain number; 考核方式 (`Row.method`) last, naming the ways the 考核组 checks; there is no short sub-label. A 合计 row of 100 closes the table; a
"说明：" paragraph and three numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月开展一次", "每人每年…不少于
32学时", "不低于百分之九十", "每半年开展一次", "全年", "年初", "每季度开展一次", "全年", "年底", "不低于百分之九十", "年内…不少于1次", "支部委员会每月召开
1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "不低于百分之八十五", "每月开展一次", "年内…不少于4次", "每年
召开一次", "年内…不少于1名", "2名", "不少于5个工作日", "按月", "每半年公示一次", "每季度更新一次", "每季度公示一次", "年底", "不少于3个", "100%", "每月
开展一次", "全年", "百分之九十五以上", "每季度…一次", "全年", "百分之九十八", "每月开展一次", "全年", "不少于10人", "每半年开展一次", "2小时内", "每月开展
一次", "不少于20小时", "百分之九十以上", "全年", "每月更新一次", "年内…不少于2次", "年初", "年底", "按月", "年底", "百分之九十"); "最高扣" caps; bands of
the 参学率 (2.5 of the 6 points, closed by "85%以下的不得分"), of the 接种率 (3 of the 6, closed by "90%以下的不得分"), of the 服务对象 满意率 (5 of the 6,
closed by "85%以下的不得分") and of the 年底 满意率 (all 8, closed by "80%以下的不得分"); "每低5个百分点" once and "每低1个百分点" twice; "酌情扣0.5-1分"
twice; three "实行一票否决，本项不得分" and three other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float, how: str) -> Row:
    """One row in the order the table prints it: 考核内容, 评分标准, 分值, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzzb_luohe_jikong_zhongxin_dangzhibu_docx",
    fmt="docx",
    title="漯河市疾病预防控制中心党委2025年度党支部工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("落实“第一议题”制度，支部每月开展一次集中学习；党员每人每年参加集中学习培训不少于32学时；集中学习党员参学率不低于百分之九十。",
                 "集中学习每少1次扣0.5分，最高扣2分；学时不足32学时的，每人扣0.2分，最高扣1.5分；参学率95%以上的得2.5分，90%（含）—95%的得1.5分，85%"
                 "（含）—90%的得0.5分，85%以下的不得分。", 6, "查阅学习记录、学时登记"),
            _row("每半年开展一次意识形态工作分析研判；中心官网、微信公众号发布的健康科普和疫情信息落实“三审三校”；全年不发生因信息发布不当引发的负面"
                 "舆情。",
                 "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；发生负面舆情造成不良影响的，本项不得分。", 5, "查阅资料、网络巡查"),
            _row("支部书记年初与中心党委签订党风廉政建设责任书；每季度开展一次廉政警示教育；落实医疗卫生行业“九项准则”，全年无收受服务对象或企业红包、"
                 "回扣等行为，支部党员全年无受党纪政务处分情况。",
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；发生违反“九项准则”行为的，每人次扣2分；党员受到党纪政务处分的，实行一票否决，本项不得分。",
                 5, "查阅资料、纪委核实"),
            _row("支部书记年底向中心党委述职，接受党员和职工代表评议，评议满意率不低于百分之九十；支部书记年内与每名党员谈心谈话不少于1次。",
                 "未述职评议的扣2分；评议满意率低于90%的扣1分；谈心谈话每少1人扣0.2分，最高扣1分。", 4, "述职评议、个别谈话"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于2次；党员参会率不低于"
                 "百分之八十五；会议记录规范完整。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣1分；参会率每低5个百分点扣0.5分，最高扣1.5分；会议记录不规范的，酌情扣"
                 "0.5-1分。", 7, "查阅会议记录本"),
            _row("每月开展一次主题党日活动，活动做到有方案、有记录、有照片；结合“全国预防接种日”“世界艾滋病日”等卫生健康主题日，年内开展党员健康宣传"
                 "义诊不少于4次。",
                 "主题党日每少1次扣0.3分，最高扣2分；缺方案、记录或照片的，每次扣0.1分，最高扣1分；健康宣传义诊每少1次扣0.5分，最高扣2分。", 5,
                 "查阅活动资料"),
            _row("每年召开一次组织生活会，会前广泛征求意见，会上开展批评与自我批评；会后开展民主评议党员，评定等次并报中心党委备案。",
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；批评与自我批评流于形式的，酌情扣0.5-1分；未开展民主评议党员的扣1分；评定等次未备案的扣"
                 "0.5分。", 5, "查阅资料、列席旁听"),
            _row("注重在业务骨干、青年专业技术人员中发展党员，年内确定入党积极分子不少于1名；每名积极分子明确2名培养联系人；发展对象公示不少于5个工作日。",
                 "未确定积极分子的扣1.5分；培养联系人未落实的，每人扣0.5分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。", 4,
                 "查阅发展党员档案"),
            _row("党员按月交纳党费，党费收缴情况每半年公示一次；按规定及时转接党员组织关系；全国党员管理信息系统数据每季度更新一次。",
                 "未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；组织关系转接不及时的，每人扣0.5分；数据更新每少1次扣0.3分。", 4,
                 "查阅党费收缴台账、系统核对"),
            _row("实行党员积分管理，积分每季度公示一次；年底开展“优秀共产党员”评选；在疫苗接种、检验检测、流调等岗位设立党员先锋岗、示范岗不少于3个。",
                 "未实行积分管理的扣1分；积分公示每少1次扣0.5分；年底未开展评选的扣1分；先锋岗、示范岗每少1个扣0.5分，最高扣1.5分。", 5,
                 "查阅资料、现场查看"),
        )),
        Section("业务融合", "三、业务融合（35分）", 35, (
            _row("党员带头落实传染病疫情监测报告，法定传染病网络直报审核及时率达到100%；每月开展一次疫情分析会商；全年不发生迟报、漏报、瞒报。",
                 "审核及时率每低1个百分点扣0.5分，最高扣3分；会商每少1次扣0.3分，最高扣2分；发生迟报、漏报、瞒报造成不良影响的，实行一票否决，本项"
                 "不得分。", 6, "系统数据核查"),
            _row("党员带头参与免疫规划工作，辖区适龄儿童国家免疫规划疫苗接种率达到百分之九十五以上；每季度对辖区接种门诊开展一次督导，督导发现问题建立"
                 "整改台账；全年无疫苗储存运输责任事故。",
                 "接种率98%以上的得3分，95%（含）—98%的得2分，90%（含）—95%的得1分，90%以下的不得分；督导每少1次扣0.5分，最高扣2分；督导问题未跟踪"
                 "整改的，每项扣0.2分，最高扣1分；发生疫苗储存运输责任事故的，本项不得分。", 6, "系统数据核查、查阅督导资料"),
            _row("检验检测报告按时出具率达到百分之九十八；实验室执行生物安全管理制度，每月开展一次生物安全自查；全年无实验室生物安全事故。",
                 "按时出具率每低1个百分点扣0.3分，最高扣2分；无生物安全管理制度的扣1分；自查每少1次扣0.2分，最高扣1.5分；发生实验室生物安全事故的，"
                 "实行一票否决，本项不得分。", 6, "查阅资料、现场查看"),
            _row("组建党员卫生应急突击队，队员不少于10人；每半年开展一次应急演练；接到突发公共卫生事件报告后，应急队伍2小时内到达现场。",
                 "未组建突击队的扣1分；队员每少1人扣0.2分，最高扣1分；演练每少1次扣1分；未按时到达现场的，每次扣1分。", 6, "查阅资料、应急办核实"),
            _row("组建党员志愿服务队，每月开展一次进社区、进学校、进企业健康科普志愿服务；党员年人均志愿服务时长不少于20小时。",
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2分；人均时长每少1小时扣0.1分，最高扣1.5分。", 5, "查阅资料、平台核对"),
            _row("预防接种门诊、健康体检、检验报告领取等服务窗口服务对象满意率达到百分之九十以上；全年无有效投诉。",
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分；出现有效投诉的，每件扣0.5分，最高扣1分。", 6,
                 "第三方问卷调查"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            _row("支部活动场所有标识、有党旗、有制度；支部党建专栏或线上专栏每月更新一次；年内在市级以上媒体或卫生健康系统平台宣传报道支部工作不少于"
                 "2次。",
                 "标识、党旗、制度每缺一项扣0.5分；专栏更新每少1次扣0.2分，最高扣1分；宣传报道每少1次扣0.5分。", 4, "现场查看、查阅资料"),
            _row("年初制定支部工作计划，年底形成工作总结；支部工作手册按月记录。",
                 "缺计划或总结的，每项扣1分；工作手册每缺1个月记录扣0.2分，最高扣1分。", 3, "查阅资料"),
            _row("年底由中心党委组织职工对支部工作开展满意度测评，满意率达到百分之九十。",
                 "满意率95%以上的得8分，90%（含）—95%的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。", 8, "民主测评"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "考核内容", "评分标准", "分值", "考核方式"]
NOTES = (
    "说明：",
    "1.本细则由中心党委于次年1月上旬组织考核，党委办公室牵头，人事科、质量管理科、应急办、纪委参加，采取听取汇报、查阅资料、系统数据核查、现场"
    "查看、民主测评相结合的方式进行，以2025年1月1日至12月31日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；审核及时率、接种率以中国疾病预防控制信息系统数据为准。",
    "3.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”，考核结果与支部书记抓党建述职评议和科室绩效"
    "挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：中心各党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            cells = ((1, str(i)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
