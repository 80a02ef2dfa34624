"""常州市检验检测认证行业2025年度党组织党建工作考核细则 (.docx), as the 检验检测认证行业党委 of 江苏 常州 (set up under the 市市场监管局, its
党建指导员 each looking after a few 机构, a 考核组 of the 行业党委 with the 市场监管局's 认证检测处 going round the 机构 in December) scores the
党支部 of the private 检验检测机构 of a city of 制造: 第三方 laboratories in the 武进 and 新北 parks testing 汽车零部件, 光伏组件, 食品 and
环境 samples for the factories round them, young 检测员 from other provinces whose 组织关系 stay back home, 出资人 who must be won over to 党建,
the CMA 资质 and the 能力验证 that keep a lab in business, the 虚假检测报告 the 市场监管局 punishes, 危险化学品 and 气瓶 on the benches, the
常州三杰 (瞿秋白、张太雷、恽代英) 纪念馆 in the old town: 组织建设 (the 设置 with the 批复, the 换届 and the “双向进入、交叉任职”, a half-yearly
“隐形党员” 排查 with the 转入率 and the 流动党员台账, the “双培养” with two 积极分子 and one 发展 a year, the “三会一课” with no 党小组会, the
书记's two 党课, the 参会率, the 签到表 and the 照片, the monthly 主题党日 with the 组织生活会, 民主评议 and 谈心谈话), 政治引领 (a monthly 集中学习
with 24学时 and a yearly 现场教学, a half-yearly 沟通交流 with the 出资人 and the 听取意见, a yearly 承诺书 with the 签订率 and a 一票否决),
业务融合 (three 先锋岗 with the 责任区, the “师带徒” with the 结对名单, the 带徒协议 and the 合格率 in bands, two 能力验证 with the 满意率, a monthly
安全检查 with the 整改台账 and a half-yearly 演练, four 公益服务 with the 活动方案, the 工会 and 团组织 with a yearly 职代会 and the 满意度), 基础
保障 (the “六有” 活动室 with the 制度, the 经费 比例 with the 凭证, 党费 and a half-yearly 公示, a quarterly 报告 to the 行业党委 with three days
of 培训) and 责任落实 (the 年初 计划 with its 备案, the 年底 述职 and its 等次, the 年终 总结, a quarterly 公开 with the 档案目录, a deduction-only
line on 违纪违法 and 失信).

The title (bold, centred) and a centred "（考核对象：行业党委所属各检验检测机构党支部）" line above one table: 考核项目 | 序号 | 考核指标 | 考核要点 |
分值 | 评分标准 | 考核方式及佐证材料. The categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITHOUT an ordinal and WITH their
points on a SECOND line, "组织建设\\n（25分）". 序号 (SECOND column) runs 1..20 through the whole table, NOT restarting. 考核指标 is a short
sub-label (`Row.indicator`); 考核要点 says what is required (`Row.text`). 分值 is a plain number BEFORE the 评分标准. 考核方式及佐证材料
(`Row.method`) names the papers the 支部 lays out, joined by "、" (once "现场查看" beside the papers, once "现场查看" alone; twice a way of
checking: 市场监管部门提供, 行业党委、市场监管部门提供). A 合计 row of 100 closes the table; a "备注：" paragraph follows it. Counts in figures
and Chinese numerals ("每半年开展一次", "年内…不少于2名", "每年至少发展党员1名", "支部委员会每月召开1次，支部党员大会每季度召开1次，党课每季度
1次", "每年讲党课不少于2次", "每月开展一次", "每年召开一次", "每月组织一次", "每年…不少于24学时", "每年…开展一次", "每半年…开展一次", "每年…
签订", "每年结对带徒不少于1名", "每年参加…不少于2次", "每月开展一次", "每半年组织一次", "每年…不少于4次", "每年召开一次", "每半年公示一次",
"每季度…报告一次", "每年…不少于3天", "年初", "年底", "年终", "每季度…公开一次"); "不少于3个"; "百分之九十", "百分之八十五", "百分之一", "100%";
"“六有”缺一项扣0.5分" once; "最高扣" caps; "酌情扣0.5分" twice, "酌情扣0.5-1分" three times, "酌情扣1分" once and "酌情扣1-2分" once; one set
of bands (a 合格率 for 2 of the 5 points, closed by "80%以下的不得分"); one "实行一票否决，本项不得分"; four other plain "本项不得分"; one line is
deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzp_changzhou_jianyan_jiance_zhibu_docx",
    fmt="docx",
    title="常州市检验检测认证行业2025年度党组织党建工作考核细则",
    numbering="printed",
    sections=(
        Section("组织建设", "组织建设\n（25分）", 25, (
            Row("有正式党员3名以上的检验检测机构单独建立党支部，支部委员会按期换届；推行“双向进入、交叉任职”，党支部书记由企业中层以上管理"
                "人员担任。", 4,
                "组织设置不规范的扣1分；未按期换届的扣1.5分；党支部书记未由中层以上管理人员担任的扣1分；交叉任职不到位的，酌情扣0.5分。",
                "成立批复、换届选举材料、任职文件", indicator="组织设置"),
            Row("每半年开展一次“隐形党员”排查；新入职党员员工组织关系转入率达到百分之九十以上；建立流动党员台账，外地党员纳入支部管理。", 5,
                "排查每少一次扣0.5分；转入率每低10个百分点扣1分；无流动党员台账的扣1分；外地党员游离于组织之外的，每人扣0.5分，最高扣1.5分。",
                "排查登记表、组织关系介绍信、流动党员台账", indicator="党员队伍"),
            Row("实施“双培养”工程，年内把技术骨干培养成入党积极分子不少于2名，每年至少发展党员1名，重点从35周岁以下的检测技术人员中发展；"
                "发展党员程序规范。", 5,
                "积极分子每少1名扣0.5分；全年未发展党员的扣2分；发展党员违反程序的，本项不得分。", "发展党员档案、“双培养”名单",
                indicator="发展党员"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党课每季度1次（党员人数较少、未设党小组的，党小组会不作要求）；党支部书记"
                "每年讲党课不少于2次；党员参会率不低于百分之八十五。", 7,
                "“三会一课”每少1次扣0.5分，最高扣3.5分；书记讲党课每少1次扣1分；参会率每低5个百分点扣0.5分，最高扣1分；会议记录不规范的，"
                "酌情扣0.5-1分。", "会议记录、签到表、活动照片", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，可结合检测岗位实际错峰开展；每年召开一次组织生活会，开展民主评议党员，会前开展谈心谈话。", 4,
                "主题党日每少1次扣0.2分，最高扣1.5分；未召开组织生活会的扣1.5分；未开展民主评议党员的扣1分；未开展谈心谈话的扣0.5分。",
                "活动记录、会议记录、谈心谈话记录", indicator="组织生活"),
        )),
        Section("政治引领", "政治引领\n（15分）", 15, (
            Row("每月组织一次党员集中学习；党员每年参加学习培训不少于24学时；每年组织党员到常州三杰纪念馆等红色教育基地开展一次现场教学。", 5,
                "集中学习每少1次扣0.3分；学时不足的，每人扣0.1分，最高扣1.5分；未开展现场教学的扣1分。", "学习记录、学时登记表、现场教学照片",
                indicator="学习教育"),
            Row("党支部书记每半年与企业出资人（主要负责人）开展一次沟通交流；企业发展规划、员工切身利益等重大事项决策前听取党组织意见；出资人"
                "支持党建工作。", 5,
                "沟通交流每少1次扣1分；重大事项决策前未听取党组织意见的，每件扣1分；出资人不支持党建工作、党组织作用发挥不明显的，酌情扣1-2分。",
                "沟通交流记录、意见建议记录", indicator="引领出资人"),
            Row("每年组织党员和检测技术人员签订诚信执业承诺书，签订率达到100%；党员带头坚守检测数据真实、准确，不出具虚假检测报告。", 5,
                "未组织签订承诺书的扣2分；签订率每低10个百分点扣0.5分；出具虚假检测报告被查处的，实行一票否决，本项不得分。",
                "承诺书、市场监管部门提供", indicator="诚信执业"),
        )),
        Section("业务融合", "业务融合\n（30分）", 30, (
            Row("在检测实验室、报告审核、客户服务等岗位设立党员先锋岗不少于3个，划分党员责任区；党员工位挂牌亮身份。", 5,
                "先锋岗每少1个扣0.5分；未划分党员责任区的扣1分；党员未亮身份的，酌情扣0.5分；先锋岗作用发挥不明显的，酌情扣1分。",
                "先锋岗名单、责任区划分表、现场查看", indicator="党员先锋岗"),
            Row("推行党员“师带徒”，每名党员技术骨干每年结对带徒不少于1名；徒弟年度岗位技能考核合格率达到百分之九十以上。", 5,
                "党员骨干未结对带徒的，每人扣0.5分，最高扣2分；合格率90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分。",
                "结对名单、带徒协议、技能考核成绩", indicator="“师带徒”"),
            Row("每年参加能力验证或实验室间比对不少于2次，结果满意率达到100%；在市场监管部门监督抽查中无不合格检测报告。", 6,
                "能力验证每少1次扣1分；结果不满意的，每项扣1分，最高扣2分；监督抽查发现不合格检测报告的，每份扣1分。",
                "能力验证报告、监督抽查结果", indicator="检测质量"),
            Row("每月开展一次实验室危险化学品、气瓶等安全检查，建立隐患整改台账；每半年组织一次应急演练；不发生安全生产责任事故。", 6,
                "安全检查每少1次扣0.3分，最高扣1.5分；无隐患整改台账的扣1分；应急演练每少1次扣1分；发生安全生产责任事故的，本项不得分。",
                "检查记录、隐患整改台账、演练照片", indicator="安全生产"),
            Row("党支部每年组织党员开展“检测进社区、进企业”公益服务不少于4次，为社区居民提供食品快检、为小微企业提供免费技术咨询；积极参加"
                "行业党委组织的共建活动。", 5,
                "公益服务每少1次扣0.5分；未参加行业党委共建活动的，每次扣0.5分；公益服务流于形式的，酌情扣0.5-1分。",
                "活动方案、服务记录、活动照片", indicator="服务社会"),
            Row("党组织带动建立工会、共青团组织；每年召开一次职工（代表）大会；职工对企业党建工作满意度达到百分之八十五以上。", 3,
                "工会、团组织每缺一个扣0.5分；未召开职工（代表）大会的扣0.5分；满意度每低5个百分点扣0.5分。",
                "工会和团组织成立批复、职代会记录、测评问卷", indicator="党建带群建"),
        )),
        Section("基础保障", "基础保障\n（15分）", 15, (
            Row("按照有场所、有标识、有党旗、有制度、有书报、有活动的“六有”标准建设党员活动室；党支部工作制度上墙；活动室不挪作他用。", 5,
                "无党员活动室的扣2分；“六有”缺一项扣0.5分；制度未上墙的扣0.5分；活动室挪作他用的，本项不得分。", "现场查看",
                indicator="活动阵地"),
            Row("企业按照不低于上年度职工工资总额百分之一的比例安排党建工作经费，纳入企业管理费列支；党员按月交纳党费，党费收缴情况每半年公示"
                "一次。", 5,
                "未安排党建工作经费的扣2分；经费比例不足的，酌情扣0.5-1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分。",
                "经费列支凭证、党费收缴台账、公示照片", indicator="经费和党费"),
            Row("主动接受行业党委和党建指导员指导，每季度向行业党委报告一次党建工作情况，按时报送党内统计数据；支部书记每年参加行业党委组织的"
                "集中培训不少于3天。", 5,
                "工作报告每少1次扣0.5分；党内统计数据未按时报送的，每次扣0.5分；书记培训不足3天的扣1分。", "工作报告、培训证书",
                indicator="指导和培训"),
        )),
        Section("责任落实", "责任落实\n（15分）", 15, (
            Row("党支部年初制定党建工作计划，报行业党委备案；年底党支部书记向行业党委述职，接受评议；年终形成年度党建工作总结。", 6,
                "无年度计划的扣1分；计划未备案的扣0.5分；未述职的扣2分；述职评议为“一般”及以下等次的扣1.5分；无年度总结的扣1分。",
                "工作计划、备案回执、述职报告、工作总结", indicator="书记述职"),
            Row("党组织活动开展情况每季度在企业公开栏或内部网站公开一次；党建工作档案分年度立卷归档，专人管理。", 4,
                "公开每少1次扣0.5分；档案未立卷归档的扣1分；无专人管理的扣0.5分。", "公开栏照片、网站截图、档案目录",
                indicator="公开和档案"),
            Row("党员违纪违法受到处理，或企业被列入严重违法失信名单（本项为扣分项）。", 5,
                "党员受到党纪处分的，每人次扣2分；党员受到刑事处罚或企业被列入严重违法失信名单的，本项不得分。", "行业党委、市场监管部门提供",
                indicator="负面清单"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核指标", "考核要点", "分值", "评分标准", "考核方式及佐证材料"]
NOTE = ("备注：本细则由行业党委于12月组织考核，采取查阅资料、现场查看、个别谈话、职工测评相结合的方式进行，各项扣分以该项分值为限，扣完为止；"
        "考核得分90分以上的为“优秀”，75—89分的为“合格”，75分以下的为“不合格”，考核结果作为评选“行业党建示范点”和机构诚信等级评定的参考。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：行业党委所属各检验检测机构党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((1, str(number)), (2, row.indicator), (3, row.text), (4, _fmt(row.points)), (5, row.scoring), (6, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
