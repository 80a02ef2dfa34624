"""南充市农业农村局机关党委2025年度机关党支部党建工作台账检查评分表 (.docx), as the 机关党委 of the 农业农村局 of 南充 in 四川 (its 机关党委办公室 with the
人事科, the 办公室 and the 机关纪委, a 检查组 that opens each 支部's 资料盒 in the 局 offices by the 嘉陵江 in the first half of December, when the 小春
wheat and 油菜 are sown on the hills of 西充 and 蓬安, the 高标准农田 works of the winter are being staked out, the 农技 experts are back from the 驻村
帮扶 and the 局 is writing up its 粮食安全 责任制 考核 for the province) checks the 台账 of the 党支部 of its 机关: the 支部 of the 办公室 and the 计划财务科,
the 支部 of the 种植业 and 农田建设 科室 whose 干部 spend the seasons in the fields, the 支部 of the 农技推广站 whose 党员 are 农技专家, the 支部 of the
执法支队: a checklist of 台账 in which each row names one 资料, prints what it must hold (内容要求) and takes points off when it falls short (扣分标准), grading
the 先锋岗 作用 by 好/较好/一般: 组织设置台账 (the 基本情况, the 1个月 and the 分工 公布; the 换届, the 请示、选举结果报告、批复 and the 增补; the 花名册, the
two 名册, a half-yearly 核对 and the 一致; the 制度, the 装订 and the 上墙), 组织生活台账 (the “三会一课”, the 书记's 党课, the 要素, the 签到表 and the 参会率;
the 主题党日 with its 方案、签到、记录、照片, the 主题 and one 现场教学 at the 朱德故里; the 组织生活会 with its 征求意见表、谈心谈话记录、对照检查材料, the
民主评议, the 测评表, the 评定结果 and the 备案; the 谈心谈话 once a year with each 党员, the 覆盖率, the 及时 and the 记录本; the “第一议题”, a monthly
集中学习, 32学时, the 学时登记表 and one 宣讲 each 领导干部), 党员管理台账 (党费 按月 with the 登记, a yearly 核定 and a half-yearly 公示; one 积极分子, the
“一人一档”, the 公示, the 转正 and a 一票否决; the “红色积分” by month, a quarterly 公示 and the 年底 等次; the 转接 and its 登记, a quarterly 联系 of the
外出党员 and their 台账; the “七一”、春节 慰问 with 名单、照片, the 帮扶台账 and the 措施) and 工作落实台账 (a half-yearly 专题研究, the 纪要, the “三审三校”
and the 言论; the 年初 责任书, a quarterly 警示教育, a half-yearly 风险排查 and no 处分; two 先锋岗, one 攻坚项目, four 技术服务 with 记录、照片 and the graded
作用; the 报到率, two 志愿服务, the 结对共建协议 and a quarterly 共建活动; the 年初 计划, the 年中 小结, the 年底 总结 and the 年底 述职 with its 述职报告;
the 专人, the 装盒, the 手册 by month and the 年底 归档).

The title (bold, centred), a centred "（检查对象：局机关各党支部）" line and a "党支部：    检查人：    检查时间：" line above one table: 序号 | 台账名称 |
内容要求 | 分值 | 扣分标准. Each category is a SECTION ROW merged across the table, printed WITH a bracketed ordinal and its points on one line, "（一）组织
设置台账（15分）"; 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.6"). 台账名称 (SECOND column) is a short name on every row
(`Row.indicator`); 内容要求 (`Row.text`) says what the 台账 must hold and how often; 分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`); there is no
佐证 or 考核方式 column. A 合计 row of 100 closes the table; a "备注：" paragraph with three numbered lines follows it. Counts in figures and Chinese
numerals, nearly all in the 内容要求 ("1个月内", "按期", "每半年…核对一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次",
"每年讲党课不少于1次", "不低于百分之九十", "每月开展一次", "年内…不少于1次", "每年召开一次", "每年…不少于1次", "100%", "每月开展一次", "每人每年…不少于32
学时", "每年…不少于1次", "按月", "逐月", "每年核定一次", "每半年公示一次", "年内…不少于1名", "不少于5个工作日", "按期", "按月登记、每季度公示一次", "年底",
"每季度至少…一次", "“七一”、春节", "每半年专题研究一次", "年初", "每季度开展一次", "每半年开展一次", "全年", "不少于2个", "不少于1个", "年内…不少于4次",
"100%", "每人每年…不少于2次", "每季度开展一次", "年初", "年中", "年底", "年底", "按月", "年底"); "最高扣" caps; the 先锋岗 作用 graded "好的得1.5分，较好的得
1分，一般的不得分"; "每低10个百分点" twice; "酌情扣0.5-1分" three times; one "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 台账名称, 内容要求, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzzg_nanchong_nongyenongcunju_jiguan_zhibu_taizhang_docx",
    fmt="docx",
    title="南充市农业农村局机关党委2025年度机关党支部党建工作台账检查评分表",
    numbering="restart",
    sections=(
        Section("组织设置台账", "（一）组织设置台账（15分）", 15, (
            _row("支部基本情况台账",
                 "支部设置、支委会组成、党员基本信息登记齐全，人员变动后1个月内更新；支委分工明确，并在局党务公开栏公布。", 3,
                 "基本信息登记不全的扣1分；人员变动未及时更新的，每人扣0.2分，最高扣1分；支委分工未公布的扣1分。"),
            _row("换届选举材料",
                 "支部委员会任期届满按期换届，换届请示、选举结果报告、局机关党委批复等材料齐全；届中增补委员按程序报批。", 4,
                 "未按期换届的扣2分；换届材料每缺一项扣0.5分，最高扣1.5分；增补委员未按程序报批的扣0.5分。"),
            _row("党员名册",
                 "建立党员花名册、入党积极分子名册和发展对象名册，每半年与全国党员管理信息系统核对一次，做到名册与系统信息一致。", 4,
                 "缺党员花名册的扣1.5分；积极分子名册、发展对象名册每缺一种扣0.5分；核对每少1次扣0.5分；信息不一致的，每人扣0.1分，最高扣0.5分。"),
            _row("支部制度汇编",
                 "建立“三会一课”、主题党日、谈心谈话、党员学习、党费收缴等制度，制度装订成册，主要制度在支部活动室上墙。", 4,
                 "制度每缺一项扣0.5分，最高扣2.5分；未装订成册或主要制度未上墙的扣1.5分。"),
        )),
        Section("组织生活台账", "（二）组织生活台账（30分）", 30, (
            _row("“三会一课”记录",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次；会议记录时间、地点、主持"
                 "人、参会人员、议题、发言要点等要素齐全，附签到表；党员参会率不低于百分之九十。", 9,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；记录要素不全的，每次扣0.1分，最高扣1.5分；缺签到表的，每次扣0.1分，最高扣"
                 "1.5分；参会率低于90%的扣1分。"),
            _row("主题党日活动台账",
                 "每月开展一次主题党日活动，结合粮食生产、高标准农田建设、农技服务等中心工作确定主题；每次活动有方案、有签到、有记录、有照片；年内组织党员到"
                 "仪陇朱德故里开展现场教学不少于1次。", 6,
                 "主题党日每少1次扣0.3分，最高扣2.5分；方案、签到、记录、照片每缺一项扣0.1分，最高扣1.5分；未开展现场教学的扣1分；主题脱离中心工作的，"
                 "酌情扣0.5-1分。"),
            _row("组织生活会和民主评议党员资料",
                 "每年召开一次组织生活会，会前征求意见、开展谈心谈话，支委会成员和党员撰写对照检查材料；会后开展民主评议党员，民主评议测评表和评定结果存档，"
                 "评定结果报局机关党委备案。", 6,
                 "未召开组织生活会的扣2分；征求意见表、谈心谈话记录、对照检查材料每缺一项扣0.5分；未开展民主评议党员的扣1.5分；测评表或评定结果未存档的"
                 "扣0.5分；评定结果未备案的扣0.5分。"),
            _row("谈心谈话记录本",
                 "支委之间、支委与党员之间每年谈心谈话不少于1次，谈心谈话覆盖率达到100%；对思想波动、家庭变故、受到处分处理的党员及时谈心谈话；谈话情况记入"
                 "谈心谈话记录本。", 4,
                 "覆盖率每低10个百分点扣0.5分，最高扣2分；应谈未谈的，每人扣0.2分，最高扣1分；无谈心谈话记录本的扣1分。"),
            _row("学习教育台账",
                 "落实“第一议题”制度，支部每月开展一次集中学习；党员每人每年参加集中学习培训不少于32学时，建立党员学时登记表；党员领导干部每年到联系乡镇、"
                 "村宣讲党的创新理论不少于1次。", 5,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1.5分；无学时登记表的扣0.5分；宣讲每少"
                 "1人次扣0.3分，最高扣1分。"),
        )),
        Section("党员管理台账", "（三）党员管理台账（25分）", 25, (
            _row("党费收缴台账",
                 "党员按月足额交纳党费，台账逐月登记交纳基数、比例和金额；每年核定一次党费交纳基数；党费收缴情况每半年公示一次。", 4,
                 "未按月足额交纳的，每人次扣0.1分，最高扣1.5分；台账登记不全的扣0.5分；未核定交纳基数的扣1分；公示每少1次扣0.5分。"),
            _row("发展党员工作台账",
                 "年内在青年干部、农技人员中确定入党积极分子不少于1名；发展党员严格按照“五个阶段二十五个步骤”进行，一人一档，入党志愿书、政治审查、培养"
                 "考察等材料齐全；发展对象公示不少于5个工作日；预备党员按期讨论转正。", 6,
                 "未确定积极分子的扣1分；档案材料每缺一项扣0.3分，最高扣1.5分；未公示或公示时间不足的扣1分；预备党员未按期讨论转正的，每人扣0.5分；违反"
                 "程序发展党员的，实行一票否决，本项不得分。"),
            _row("党员积分管理台账",
                 "推行机关党员“红色积分”管理，积分按月登记、每季度公示一次；年底根据积分评定党员等次，作为评先评优依据。", 5,
                 "未推行积分管理的扣1.5分；积分未按月登记的，每月扣0.1分，最高扣1分；公示每少1次扣0.5分；年底未评定等次的扣1分。"),
            _row("组织关系和外出党员台账",
                 "党员组织关系转接通过全国党员管理信息系统办理，转接及时、手续完备，转接情况逐人登记；因驻村帮扶、挂职锻炼外出的党员每季度至少联系一次，建立"
                 "外出党员登记台账。", 5,
                 "转接不及时或手续不全的，每人扣0.5分；无转接登记的扣0.5分；外出党员联系每少1人次扣0.1分，最高扣1分；无外出党员登记台账的扣0.5分。"),
            _row("党内关怀帮扶台账",
                 "“七一”、春节走访慰问老党员、生活困难党员和驻村第一书记家属，慰问有名单、有照片；对生活困难党员建立帮扶台账，帮扶措施具体。", 5,
                 "走访慰问每少1人扣0.2分，最高扣2分；缺慰问名单或照片的扣0.5分；无帮扶台账的扣1.5分；帮扶措施不具体的，酌情扣0.5-1分。"),
        )),
        Section("工作落实台账", "（四）工作落实台账（30分）", 30, (
            _row("意识形态工作台账",
                 "支部每半年专题研究一次意识形态工作，形成会议纪要；局门户网站、“南充农业”微信公众号支部供稿落实“三审三校”；党员干部网络言行规范。", 5,
                 "专题研究每少1次扣1分；无会议纪要的扣0.5分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；党员发表不当言论的，每人次扣1分。"),
            _row("党风廉政建设台账",
                 "支部书记年初与局机关党委签订党风廉政建设责任书；每季度开展一次廉政警示教育；惠农补贴发放、农资监管等重点岗位每半年开展一次廉政风险排查；"
                 "党员全年无违纪违法问题。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；风险排查每少1次扣0.5分；党员受到党纪政务处分的，每人扣2分。"),
            _row("党建业务融合台账",
                 "围绕粮食生产、高标准农田建设、农技推广等重点工作设立党员先锋岗不少于2个、党员攻坚项目不少于1个；年内组织党员农技专家下乡开展技术服务不少于"
                 "4次，服务有记录、有照片。", 6,
                 "先锋岗每少1个扣0.5分；未设立攻坚项目的扣1分；技术服务每少1次扣0.5分，最高扣2分；缺记录或照片的扣0.5分；先锋岗作用发挥由检查组评定，好的"
                 "得1.5分，较好的得1分，一般的不得分。"),
            _row("在职党员进社区和结对共建台账",
                 "在职党员到居住地社区报到率达到100%，每人每年参加社区志愿服务不少于2次；支部与联系村党组织签订结对共建协议，每季度开展一次共建活动。", 5,
                 "报到率每低10个百分点扣0.5分，最高扣1分；志愿服务不足2次的，每人扣0.1分，最高扣1.5分；未签订结对共建协议的扣1分；共建活动每少1次扣0.5分。"),
            _row("计划总结和述职资料",
                 "年初制定支部工作计划，年中报送半年工作小结，年底形成工作总结；支部书记年底向局机关党委述职，述职报告存档。", 5,
                 "缺计划、小结或总结的，每项扣1分；未述职的扣1.5分；述职报告未存档的扣0.5分。"),
            _row("台账规范管理",
                 "支部台账由组织委员专人负责，分类装盒、目录清晰；支部工作手册按月记录；党建资料年底装订归档，电子台账同步更新。", 4,
                 "未明确专人的扣0.5分；分类不清或目录缺失的，酌情扣0.5-1分；工作手册每缺1个月记录扣0.2分，最高扣1.5分；年底未归档的扣1分。"),
        )),
    ),
)

HEADER = ["序号", "台账名称", "内容要求", "分值", "扣分标准"]
NOTES = (
    "备注：",
    "1.本表由局机关党委于12月上旬组织检查，检查组逐支部查阅台账原件，必要时抽查全国党员管理信息系统，以2025年1月1日至检查之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；扣分标准列明等次的，按等次计分。",
    "3.检查得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；检查结果在局机关通报，并作为评选“先进党支部”的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：局机关各党支部）")
    document.add_paragraph("党支部：              检查人：              检查时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for i, row in enumerate(s.rows, 1):
            cells = ((0, str(i)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
