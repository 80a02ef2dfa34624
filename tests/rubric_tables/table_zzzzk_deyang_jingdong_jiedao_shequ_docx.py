"""旌阳区旌东街道2025年度社区党组织党建工作考核细则 (.docx), as the 街道党工委 of 四川 德阳 旌阳区 旌东街道 (its 党建办 with the 社会事务办, the
综治中心, the 城市管理办 and the 街道纪工委, a 考核组 going round the 社区 in the second half of December, when the 石刻 of the 文庙 are cold and the
工厂 of the 重装 city are closing their books) scores the 社区党委 of an old industrial quarter: the 东汽 and 二重 宿舍 whose 退休 党员 came with the
三线 and never left, the 老旧小区 being rebuilt with their new 电梯 and their old quarrels, the 商品房 小区 with 物业 and 业委会, the 驻区 单位 of a
prefecture town, the young who go to 成都 on the 高铁 each morning: a table printed in three levels of 指标, whose 三级指标 says in one sentence what the
社区 must have done and whose 考核办法 takes points off one clause at a time, scores a 满意率 in bands, grades a few things "酌情", and calls a 一票否决
twice: 政治引领 (the monthly 集中学习 and the 党课 of the 书记 and of the 班子成员; a half-yearly 研判 and the 先审后发; the 请示报告 and the 年底
书面报告), 组织建设 (the 交叉任职 比例, the 书记 as 居委会主任 and one member under 35; the 书记's 培训 and 40学时, two 后备力量 and their 档案; the
小区党组织 覆盖率 and the 物业 党组织 组建率; the “三会一课” with the 签到; the monthly 主题党日 and its 参加率 in bands; the 组织生活会 with 对照检查
and 谈心谈话, the 民主评议 and the 备案), 党员队伍 (two 积极分子 with a quarterly 谈话, the 公示, the 档案 and a 一票否决; 党费 按月 with a half-yearly
公示 and the 转接; the 积分 with a quarterly 公示 and the 年底 评定; the 报到率, two 志愿服务 a 党员 and the 报到台账; the 台账 of three kinds, the
“七一”、春节 慰问 and a quarterly 联系), 基层治理 (the 党员网格长 比例 and 40户 a month; a quarterly 联席会议 of the 物业 and the 业委会; three 共建协议, a
half-yearly 联席会议 and four 共建活动; a monthly 排查, the 化解率 and the 办结率; the 年底 满意率 in bands) and 保障落实 (the 年初 计划, 任务清单 and
责任书, the 半年小结 and the 年底 总结; the 年底 述职 and its 等次率; the 党群服务中心 on site and a quarterly “党群服务日”; the 台账 “一年一档” and the
系统).

The title (bold, centred) and a centred "（考核对象：旌东街道所辖各社区党委、党总支）" line above one table: 一级指标 | 二级指标 | 三级指标 | 分值 | 考核办法.
There is NO 序号: the items are numbered by position (ids "1" … "23"). The 一级指标 are MERGED CELLS down the FIRST column, printed WITH an ordinal and
their points on one line, "一、政治引领（15分）". The 二级指标 (SECOND column) is a short sub-label (`Row.indicator`), its cell MERGED down the rows that
share it ("班子建设" over two rows, "组织生活" over three, "教育管理" over two, "责任落实" over two). The 三级指标 (`Row.text`) says what is required; 分值
is a plain number BEFORE the 考核办法 (`Row.scoring`). A 合计 row of 100 closes the table; a "说明：" paragraph and three numbered lines follow it.
Counts in figures and Chinese numerals, nearly all in the 三级指标 ("每月开展一次", "每年讲党课不少于2次", "每年讲党课不少于1次", "每半年至少开展一次",
"年底前", "不低于百分之五十", "35周岁以下的不少于1名", "年内…不少于1次、累计不少于40学时", "不少于2名", "100%", "百分之八十", "支部委员会每月召开1次，
党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月…开展一次", "不低于百分之八十五", "每年召开一次", "年内…不少于2名", "每季度…谈话一次",
"不少于5个工作日", "按月", "每半年…公示一次", "每季度公示一次", "年底", "不超过…百分之二十", "百分之九十五", "年内…不少于2次", "“七一”、春节", "每季度至少
联系一次", "不低于百分之八十", "每月…不少于40户", "每季度召开一次", "不少于3家", "每半年召开一次", "年内…不少于4次", "每月开展一次", "百分之九十八",
"100%", "年底", "不低于百分之九十", "年初", "7月10日前", "年底", "年底", "不低于百分之八十五", "每周开放不少于6天", "每季度至少开展一次"); "最高扣"
caps; "酌情扣0.5-1分" four times and "酌情扣1-2分" once; bands of the 主题党日 参加率 (1.5 of the 4 points, closed by "75%以下的不得分") and of the
满意率 (all 5 points, closed by "80%以下的不得分"); two "实行一票否决，本项不得分"; one "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzk_deyang_jingdong_jiedao_shequ_docx",
    fmt="docx",
    title="旌阳区旌东街道2025年度社区党组织党建工作考核细则",
    numbering="position",
    sections=(
        Section("政治引领", "一、政治引领（15分）", 15, (
            Row("社区党组织每月开展一次党员集中学习；社区党组织书记每年讲党课不少于2次，其他班子成员每年讲党课不少于1次。", 5,
                "集中学习每少1次扣0.5分；书记讲党课每少1次扣1分；其他班子成员未讲党课的，每人扣0.5分。", indicator="理论武装"),
            Row("落实意识形态工作责任制，每半年至少开展一次意识形态形势分析研判；社区宣传栏、微信公众号、居民微信群实行“谁主管谁负责”，信息发布"
                "先审后发。", 5,
                "研判每少1次扣1分；信息发布未经审核的，每次扣0.5分，最高扣2分；发生意识形态领域重大问题、造成不良影响的，实行一票否决，本项不得分。",
                indicator="意识形态"),
            Row("严格执行重大事项请示报告制度，社区重大事项、重要工作及时向街道党工委请示报告；年底前向街道党工委书面报告全年履行管党治党责任情况。", 5,
                "重大事项未按规定请示报告的，每件扣1分；未书面报告的扣2分；报告内容空泛、敷衍应付的，酌情扣0.5-1分。", indicator="请示报告"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            Row("社区“两委”班子成员交叉任职比例不低于百分之五十；社区党组织书记通过法定程序担任居委会主任；“两委”成员中35周岁以下的不少于1名。", 4,
                "交叉任职比例每低10个百分点扣0.5分；书记未担任居委会主任的扣1分；35周岁以下成员每少1名扣1分。", indicator="班子建设"),
            Row("社区党组织书记年内参加市、区级集中培训不少于1次、累计不少于40学时；储备社区后备力量不少于2名，建立后备力量档案。", 3,
                "书记未参加培训的扣1分，学时不足的扣0.5分；后备力量每少1名扣0.5分；无后备力量档案的扣0.5分。", indicator="班子建设"),
            Row("健全“社区党委—小区（网格）党支部—楼栋党小组—党员中心户”组织体系，小区党组织覆盖率达到100%；符合条件的物业服务企业党组织组建率达到"
                "百分之八十。", 4,
                "小区党组织覆盖率每低5个百分点扣0.5分，最高扣2分；物业服务企业党组织组建率每低10个百分点扣0.5分，最高扣2分。", indicator="组织体系"),
            Row("严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议有签到、有记录。", 5,
                "“三会一课”每少1次扣0.5分，最高扣4分；会议记录不规范、无签到的，酌情扣0.5-1分。", indicator="组织生活"),
            Row("每月固定一天开展一次主题党日活动，党员参加率不低于百分之八十五。", 4,
                "主题党日每少1次扣0.3分；参加率85%以上的得1.5分，75%（含）—85%的得1分，75%以下的不得分。", indicator="组织生活"),
            Row("每年召开一次专题组织生活会，会前开展谈心谈话，班子成员撰写对照检查材料；开展民主评议党员，评议结果报街道党工委备案。", 5,
                "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；缺对照检查材料的，每人扣0.3分，最高扣1分；未开展民主评议党员的扣1分；评议结果未"
                "备案的扣0.5分。", indicator="组织生活"),
        )),
        Section("党员队伍", "三、党员队伍（20分）", 20, (
            Row("年内确定入党积极分子不少于2名，培养联系人每季度与积极分子谈话一次；发展对象公示不少于5个工作日；严格执行发展党员工作流程，档案材料"
                "齐全。", 4,
                "积极分子每少1名扣0.5分；培养谈话每少1次扣0.2分；发展对象未公示的扣1分；发展党员档案材料缺项的，每项扣0.2分；违反程序发展党员的，"
                "实行一票否决，本项不得分。", indicator="发展党员"),
            Row("党员按月足额交纳党费，社区党组织每半年在党务公开栏公示一次党费收缴情况；规范党组织关系转接，党员转入后及时编入党支部（党小组）。", 4,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；组织关系转接不规范的，每人扣0.2分。", indicator="教育管理"),
            Row("推行党员积分管理，按月登记积分，每季度公示一次；年底按积分评定“先锋党员”，比例不超过党员总数的百分之二十。", 4,
                "未推行积分管理的扣2分；积分公示每少1次扣0.5分；年底未评定的扣1分。", indicator="教育管理"),
            Row("在职党员到居住地社区报到率达到百分之九十五，每名报到党员年内参加社区志愿服务不少于2次；建立在职党员报到台账。", 4,
                "报到率每低5个百分点扣1分；参加志愿服务不足2次的，每人扣0.1分，最高扣1.5分；无报到台账的扣0.5分。", indicator="作用发挥"),
            Row("建立老党员、生活困难党员、流动党员台账；“七一”、春节期间走访慰问困难党员和老党员；对流动党员每季度至少联系一次。", 4,
                "缺台账的，每类扣0.5分；走访慰问每少1次扣0.5分；流动党员联系每少1次扣0.2分，最高扣1分；出现失联党员的扣1分。", indicator="关怀帮扶"),
        )),
        Section("基层治理", "四、基层治理（25分）", 25, (
            Row("社区科学划分网格，每个网格配备1名专职网格员，党员担任网格长的比例不低于百分之八十；网格员每月入户走访不少于40户，民情信息及时录入"
                "“智慧旌阳”平台。", 5,
                "党员网格长比例每低10个百分点扣0.5分；入户走访不足的，每人每月扣0.1分，最高扣2分；平台信息录入不及时、不准确的，酌情扣0.5-1分。",
                indicator="网格治理"),
            Row("推进“红色物业”建设，物业服务企业党组织负责人与社区“两委”双向进入、交叉任职；社区党组织每季度召开一次由业委会、物业服务企业参加的"
                "联席会议，协调解决小区治理问题。", 5,
                "联席会议每少1次扣1分；未实行双向进入、交叉任职的扣1分；小区出现因物业矛盾引发群体性上访的，每起扣1分。", indicator="小区治理"),
            Row("与驻区单位党组织签订共建协议不少于3家，每半年召开一次区域化党建联席会议；年内与共建单位共同开展共建活动不少于4次。", 5,
                "共建协议每少1家扣0.5分；联席会议每少1次扣1分；共建活动每少1次扣0.5分。", indicator="区域共建"),
            Row("每月开展一次矛盾纠纷排查，矛盾纠纷调处化解率达到百分之九十八；居民诉求按期办结率达到100%。", 5,
                "排查每少1次扣0.3分；化解率每低1个百分点扣0.5分，最高扣2分；按期办结率每低1个百分点扣0.2分，最高扣1.5分。", indicator="平安和谐"),
            Row("年底由街道党工委组织党员群众代表对社区党组织开展满意度测评，满意率不低于百分之九十。", 5,
                "满意率90%以上的得5分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。", indicator="群众评价"),
        )),
        Section("保障落实", "五、保障落实（15分）", 15, (
            Row("年初制定党建工作计划和任务清单，与街道党工委签订党建工作目标责任书；7月10日前报送半年工作小结；年底形成党建工作总结。", 4,
                "缺计划、任务清单、责任书、总结的，每项扣1分；半年工作小结未报送的扣0.5分。", indicator="责任落实"),
            Row("社区党组织书记年底向街道党工委述职并接受党员群众代表评议，评议“好”和“较好”等次率不低于百分之八十五。", 4,
                "未述职的扣3分；“好”和“较好”等次率每低5个百分点扣0.5分，最高扣2分。", indicator="责任落实"),
            Row("社区党群服务中心标识统一，设置党员活动室、便民服务窗口，每周开放不少于6天；每季度至少开展一次“党群服务日”活动。", 3,
                "实地查看，标识不统一、功能不完善的，酌情扣0.5-1分；开放时间不足的扣0.5分；“党群服务日”活动每少1次扣0.5分。", indicator="阵地建设"),
            Row("党建工作台账分类建档、“一年一档”，资料真实完整；全国党员管理信息系统信息维护及时准确。", 4,
                "台账资料不齐全、不规范的，酌情扣1-2分；系统信息维护不及时、不准确的，每人扣0.2分，最高扣2分；台账资料弄虚作假的，本项不得分。",
                indicator="基础工作"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "三级指标", "分值", "考核办法"]
NOTES = (
    "说明：",
    "1.本细则由街道党工委于12月下旬组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日"
    "形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；考核办法列明得分档次的，按档次计分。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与社区“两委”成员绩效报酬和评先评优挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：旌东街道所辖各社区党委、党总支）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        runs: list[tuple[int, int, str]] = []  # (first row, last row, 二级指标) of each run of rows sharing a 二级指标
        for row in s.rows:
            cells = ((2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            if runs and runs[-1][2] == row.indicator:
                runs[-1] = (runs[-1][0], r, row.indicator)
            else:
                runs.append((r, r, row.indicator))
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
        for first, last, label in runs:
            if first == last:
                tbl.cell(first, 1).text = label
            else:
                merge_cells(tbl, first, 1, last, 1, label)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
