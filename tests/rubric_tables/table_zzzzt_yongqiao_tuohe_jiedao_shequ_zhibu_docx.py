"""埇桥区沱河街道2025年度社区党支部党建工作考核评分表 (.docx), as the 党工委 of 沱河街道 in 安徽 宿州 埇桥区 (its 党建办 with the 社区治理办, the 网格
中心, the 民政办 and the 街道 纪工委, a 考核组 walking from the 新汴河 embankment into each 社区 in the last fortnight of December, when the 汴河 is low
and the 夜市 on the 老城 streets closes early) scores the 党支部 of its smaller 社区: the 老旧小区 along the old 汴河 whose 党员 are mostly retired
railwaymen and teachers, the 安置小区 of the villages the city took in, the new 商品房 小区 whose 在职党员 come back from work after dark: a table whose
考核内容 prints what the 支部 must have done, whose 评分标准 takes points off one count at a time and, for a part of nearly every item, lets the 考核组
grade it “好”/“较好”/“一般” (quoted, or bare 好、较好、一般 in two rows), scores the 年底 满意率 in bands, and whose 佐证材料 names the papers to bring:
班子建设 (the 换届, the 交叉任职 比例, a member under 35 and the 班子 运转 graded; the 年初 责任书, the 年底 述职, its 评议 and the 书记's 培训; two 后备干部,
the 档案, a quarterly 业务培训 and three days of 岗前培训), 组织生活 (the “三会一课”, the 书记's two 党课 and the 记录 graded; the 主题党日 on the 10th, its
参加率, four 实践活动 and the 成效; the 组织生活会, the 谈心谈话 全覆盖, the 征求意见, the 对照检查材料, the 民主评议 and its 通报; a monthly 集中学习, 32学时
and the 送学上门; 党费 按月, the 核定 and a quarterly 公示; one 积极分子, the 公示, the 档案 and a 一票否决), 党员管理 (the 积分 登记 monthly, its quarterly
公示 and the 年底 “星级党员”; the 在职党员 报到率, four 社区活动 each and a half-yearly 反馈; the “七一”、春节 慰问 全覆盖, the 看望, the 政治生日 and the
关怀 graded), 服务群众 (the 网格 党小组 覆盖, ten 联系户 each, a monthly 走访 and the 民情日志; ten 实事, their 公示, the 工单 按期办结率 and no 通报; two
志愿服务队, a monthly 志愿服务, 12小时 and the 成效 graded; three 共建协议, the “三张清单”, a half-yearly 联席会议, three 共建项目 and the 实效 graded) and
阵地保障 (six days a week, the 延时服务, the 功能室, the 制度 上墙 and the 使用 graded; the 年初 计划, the 半年小结 by 10 July, the 年底 总结 and the 台账;
the 年底 满意率 in bands).

The title (bold, centred), a centred "（考核对象：沱河街道各社区党支部）" line and a plain "社区名称：    考核组成员：    考核日期：" line above one table:
考核项目 | 序号 | 考核内容 | 分值 | 评分标准 | 佐证材料. The 考核项目 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their
points on a SECOND line, "班子建设\\n（15分）". 序号 (SECOND column) RESTARTS at 1 under every 考核项目 (ids "1.1" … "5.3"). There is no short
sub-label: 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 佐证材料 (`Row.method`) names the
papers, joined by "、". A 合计 row of 100 closes the table; a "备注：" paragraph and four numbered lines follow it. Counts in figures and Chinese
numerals, nearly all in the 考核内容 ("按期", "5人", "不低于百分之五十", "35周岁以下的不少于1名", "年初", "年底", "每年…不少于1次", "不少于2名",
"每季度开展一次", "不少于3天", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每月10日",
"不低于百分之八十", "年内…不少于4次", "每年召开一次", "全覆盖", "每月组织一次", "每人每年…不少于32学时", "按月", "每年核定一次", "每季度…公示一次",
"年内…不少于1名", "不少于5个工作日", "按月", "每季度公示一次", "年底", "100%", "每人每年…不少于4次", "每半年…一次", "“七一”、春节前", "全覆盖",
"300户左右", "不少于10户", "每月…不少于1遍", "年内…不少于10件", "百分之九十五以上", "不少于2支", "每月开展一次", "不少于12小时", "不少于3家",
"每半年召开一次", "年内…不少于3个", "每周开放不少于6天", "年初", "7月10日前", "年底", "年底", "不低于百分之九十"); "最高扣" caps; 得分 levels
“好”/“较好”/“一般” graded by the 考核组 in six items (quoted in four, bare in two); bands of the 年底 满意率 (all 6 points), closed by "80%以下的不得分";
"酌情扣0.5-1分" twice and "酌情扣1分" once; one "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the table prints it: 考核内容, 分值, 评分标准, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzt_yongqiao_tuohe_jiedao_shequ_zhibu_docx",
    fmt="docx",
    title="埇桥区沱河街道2025年度社区党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("班子建设", "班子建设\n（15分）", 15, (
            _row("社区党支部按期换届，支部委员会由5人组成；社区“两委”成员交叉任职比例不低于百分之五十，班子成员中35周岁以下的不少于1名；班子团结"
                 "协作、运转顺畅。", 5,
                 "未按期换届的扣2分；交叉任职比例低于50%的扣1分；无35周岁以下成员的扣1分；班子运转情况由考核组评定，“好”的得1分，“较好”的得0.5分，"
                 "“一般”的不得分。", "换届选举批复、“两委”班子成员名册"),
            _row("社区党支部书记履行抓党建第一责任人职责，年初与街道党工委签订党建工作责任书，年底向街道党工委述职并接受评议；书记每年参加区级以上"
                 "示范培训不少于1次。", 5,
                 "未签订责任书的扣1分；未述职的扣2分；述职评议为“一般”及以下的扣1分；未参加培训的扣1分。", "责任书、述职报告、培训证书"),
            _row("储备社区后备干部不少于2名，实行一人一档；社区工作者每季度开展一次集中业务培训，新录用社区工作者岗前培训不少于3天。", 5,
                 "后备干部每少1名扣1分；未建立档案的扣0.5分；集中培训每少1次扣0.5分；新录用人员未参加岗前培训的，每人扣0.5分，最高扣1分。",
                 "后备干部名单、培训签到表"),
        )),
        Section("组织生活", "组织生活\n（30分）", 30, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党支部书记每年讲党课不少于2次；会议记录要素"
                 "齐全。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；会议记录由考核组抽查评定，“好”的得2分，“较好”的得1分，“一般”的不"
                 "得分。", "会议记录、签到表、党课讲稿"),
            _row("每月10日固定开展主题党日活动，在职党员、流动党员可通过线上方式参加；党员参加率不低于百分之八十；年内结合“邻里守望”“文明创建”开展"
                 "主题实践活动不少于4次。", 6,
                 "主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.5分，最高扣1分；实践活动每少1次扣0.5分；活动成效一般的，酌情扣0.5-1分。",
                 "活动方案、签到表、活动照片"),
            _row("每年召开一次组织生活会，会前开展谈心谈话，做到全覆盖，广泛征求党员群众意见；党员撰写对照检查材料；会后开展民主评议党员，评议结果向"
                 "党员通报。", 6,
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.1分，最高扣1分；未征求意见的扣0.5分；对照检查材料每缺1份扣0.2分，最高扣1分；未开展民主"
                 "评议党员的扣1分；评议结果未通报的扣0.5分。", "会议记录、谈心谈话记录、对照检查材料、民主评议测评表"),
            _row("每月组织一次集中学习；党员每人每年参加学习培训不少于32学时，“学习强国”等平台学习保持常态；对年老体弱、行动不便党员送学上门。", 5,
                 "集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1.5分；未送学上门的，每人次扣0.2分，最高扣1.5分。",
                 "学习记录、学时登记表"),
            _row("党员按月交纳党费，每年核定一次交纳基数；党费收缴情况每季度在社区公示栏公示一次。", 3,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；未核定基数的扣0.5分；公示每少1次扣0.3分。", "党费收缴台账、公示照片"),
            _row("年内确定入党积极分子不少于1名，重点从社区工作者、网格员、志愿者中培养；发展对象公示不少于5个工作日；发展党员档案一人一档。", 3,
                 "未确定积极分子的扣1分；未公示的扣1分；档案材料每缺一项扣0.2分，最高扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                 "发展党员档案、公示材料"),
        )),
        Section("党员管理", "党员管理\n（15分）", 15, (
            _row("推行党员积分制管理，按月登记党员参加组织生活、志愿服务等情况，积分每季度公示一次；年底根据积分评定“星级党员”。", 5,
                 "无积分台账的扣1.5分；未按月登记的，每月扣0.1分，最高扣1分；积分公示每少1次扣0.5分，最高扣1.5分；年底未评定的扣1分。",
                 "积分台账、公示照片、星级党员名单"),
            _row("在职党员到社区报到率达到100%，每人每年参加社区活动不少于4次；社区党支部每半年向在职党员所在单位党组织反馈一次表现情况。", 5,
                 "报到率每低1个百分点扣0.2分，最高扣1.5分；参加活动不足4次的，每人扣0.1分，最高扣2分；反馈每少1次扣0.75分。",
                 "报到登记台账、活动签到表、反馈函"),
            _row("“七一”、春节前走访慰问老党员、生活困难党员，实现全覆盖；党员生病住院、家庭遭遇变故时及时看望；为党员过政治生日。", 5,
                 "慰问每少1人扣0.2分，最高扣2分；看望不及时的，酌情扣1分；未开展政治生日活动的扣1分；关怀帮扶效果由考核组评定，好的得1分，较好的得"
                 "0.5分，一般的不得分。", "慰问名单、走访照片"),
        )),
        Section("服务群众", "服务群众\n（25分）", 25, (
            _row("社区按300户左右划分网格，每个网格建立党小组或设党员中心户；每名党员联系群众不少于10户，网格员每月走访网格内住户不少于1遍，民情日志"
                 "记录完整。", 6,
                 "网格党小组或党员中心户未全覆盖的，每个网格扣0.5分，最高扣1.5分；党员联系户不足的，每人扣0.1分，最高扣1.5分；走访每少1遍扣0.2分，"
                 "最高扣2分；民情日志记录不全的，酌情扣0.5-1分。", "网格划分图、党员联系户名单、民情日志"),
            _row("深化“我为群众办实事”，年内为居民办实事不少于10件，办理情况在社区公示；12345热线转办社区的工单按期办结率达到百分之九十五以上。", 6,
                 "办实事每少1件扣0.3分，最高扣2分；办理情况未公示的扣1分；按期办结率每低1个百分点扣0.2分，最高扣2分；工单被区效能办通报的，每件扣"
                 "0.5分，最高扣1分。", "办实事清单、公示照片、工单办理台账"),
            _row("组建党员志愿服务队不少于2支，每月开展一次志愿服务；党员年人均志愿服务时长不少于12小时。", 6,
                 "服务队每少1支扣1分；志愿服务每少1次扣0.2分，最高扣1.5分；人均时长每少1小时扣0.2分，最高扣1.5分；服务成效由考核组评定，好、较好、"
                 "一般分别得1分、0.5分、0分。", "服务队名单、志愿服务记录、活动照片"),
            _row("与驻区单位党组织签订共建协议不少于3家，建立居民需求、单位资源、服务项目“三张清单”；每半年召开一次共建联席会议；年内实施共建项目"
                 "不少于3个。", 7,
                 "共建协议每少1家扣0.5分；“三张清单”每缺一张扣0.5分；联席会议每少1次扣1分；共建项目每少1个扣0.5分；共建实效由考核组评定，“好”的"
                 "得2分，“较好”的得1分，“一般”的不得分。", "共建协议、“三张清单”、联席会议记录"),
        )),
        Section("阵地保障", "阵地保障\n（15分）", 15, (
            _row("社区党群服务中心每周开放不少于6天，工作日实行延时服务；功能室布局合理、不闲置，主要制度上墙公开。", 5,
                 "开放时间不足的扣1分；未实行延时服务的扣0.5分；功能室闲置或挪作他用的，每处扣0.5分，最高扣1.5分；制度未上墙的扣0.5分；阵地使用效果"
                 "由考核组实地查看评定，“好”的得1.5分，“较好”的得1分，“一般”的不得分。", "值班表、活动登记簿、现场照片"),
            _row("年初制定支部年度工作计划，7月10日前报送半年工作小结，年底形成年度工作总结；党建台账分类建档、及时归档。", 4,
                 "缺计划、半年小结或总结的，每项扣1分；台账归档不规范的，每类扣0.2分，最高扣1分。", "工作计划、半年小结、年度总结、党建台账"),
            _row("年底由街道党工委组织居民代表、党员对社区党支部工作进行满意度测评，满意率不低于百分之九十。", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。", "满意度测评表"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "评分标准", "佐证材料"]
NOTES = (
    "备注：",
    "1.本表由街道党工委于12月中下旬组织考核，采取听取汇报、查阅佐证材料、实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核"
    "之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明“好”“较好”“一般”等次的，由考核组集体评定后计分；列明得分档次的，按档次计分。",
    "3.工单按期办结率以埇桥区12345政务服务便民热线平台数据为准；在职党员报到率以“宿州先锋”平台报到数据为准。",
    "4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为评选“红旗党支部”和社区党支部书记"
    "绩效报酬的依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：沱河街道各社区党支部）")
    document.add_paragraph("社区名称：              考核组成员：              考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            cells = ((1, str(i)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
