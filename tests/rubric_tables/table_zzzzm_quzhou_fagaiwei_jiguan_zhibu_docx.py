"""衢州市发展和改革委员会机关党支部2025年度党建工作考核评分表 (.docx), as the 委机关党委 of 浙江 衢州 市发展和改革委员会 (its 机关党委办公室 with
the 人事处 and the 派驻纪检监察组, a 考核组 sitting in the 委 meeting room over the 台账 boxes in the middle of December, between the 年度 项目 盘点
and the “十五五” 规划 drafts) scores the 党支部 of its 处室: the 规划 and the 项目 处 that carry the 省市重点项目 through the 审批, the 投资 and the
价格 处, the 山区海岛县 结对 and the 共同富裕 work, the 党员 sent out as 项目服务专员 to the 开发区 and the 工地, the 政务服务 window where the 核准
and 备案 of the 企业 are done: a table printed with section rows and no 序号, whose 工作任务 names each part, whose 具体要求 prints what the 支部 must
have done, whose 考核标准 takes points off one clause at a time (scoring the 述职 “好”等次比例 and the 满意率 in bands) and whose 佐证资料 column names
the papers: 政治建设 (the “第一议题”, a monthly 集中学习, the 参学率 and 32学时; a half-yearly 研判, two 专题研究 and the “三审三校”; one 融合项目 a
year and the 先锋队; the 请示报告 and the 年底 书面报告), 组织建设 (5人, the 换届 and the 书记's 轮训; the “三会一课”, the 书记's and the 班子成员's
党课 and the 记录; the 主题党日 on the 10th with its 备案, one 现场教学 and the 方案 and 照片; the 组织生活会 with the 谈心谈话, the 征求意见, the 对照检查
材料, the 民主评议, the 测评表 and the 备案; one 积极分子, the 公示 and the 转接 in 30 days; 党费 按月 with a half-yearly 公示, the 积分 with a quarterly
公示 and the 年底 评定), 作用发挥 (the 调研 and its 报告; the 项目服务专员, a quarterly 现场服务, the 台账 and the 办结率; the 按时办结率 and no
投诉; the 报到率, four 志愿服务 a 党员 and a half-yearly 共建 with its 协议; two 走访调研 and two 实事 at the 结对点; a quarterly 警示教育 and the
廉政风险防控台账) and 基础保障 (the 年初 计划 with its 备案, the 半年小结 and the 年终 总结; the 述职 and its bands and the 整改清单; the 活动室, the
平台 monthly and the 归档; the 年底 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：委机关各党支部）" line above one table: 工作任务 | 具体要求 | 分值 | 考核标准 | 佐证资料. There is NO
序号: the items are numbered by position 1..20. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one
line, "一、政治建设（20分）". 工作任务 is a short sub-label (`Row.indicator`); 具体要求 (`Row.text`) says what is required; 分值 is a plain number
BEFORE the 考核标准 (`Row.scoring`); 佐证资料 (`Row.method`) names the papers, joined by "、". A 合计 row of 100 closes the table; a "说明：" paragraph
with three numbered lines follows it. Counts in figures and Chinese numerals, nearly all in the 具体要求 ("每月至少开展1次", "不低于95%", "每人每年…不少于
32学时", "每半年开展一次", "每年…不少于2次", "每年确定…不少于1个", "年底前", "5人", "按期", "年内…不少于1次", "每季度召开1次", "每月召开1次", "每月召开
1次", "每季度1次", "每年讲党课不少于1次", "每年不少于1次", "每月10日", "每年…不少于1次", "每年召开一次", "年内…不少于1名", "不少于5个工作日", "30日内",
"按月", "每半年公示一次", "每季度公示一次", "年底", "每人年内…不少于1项", "每季度…不少于1次", "百分之九十", "100%", "100%", "每人每年…不少于4次",
"每半年开展一次", "年内…不少于2次", "不少于2件", "每季度开展一次", "年初", "7月上旬", "年终", "年底", "不低于百分之八十", "按月", "年底", "不低于
百分之九十"); "最高扣" caps; bands of the 述职 “好”等次比例 (2 of the 5 points) and of the 年底 满意率 (all 6 points), each closed by "…以下的不得分";
"酌情扣1-2分" twice and "酌情扣0.5-1分" twice; two "实行一票否决，本项不得分"; three other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(task: str, text: str, points: float, scoring: str, evidence: str) -> Row:
    """One row in the order the table prints it: 工作任务, 具体要求, 分值, 考核标准, 佐证资料."""
    return Row(text, points, scoring, evidence, indicator=task)


TABLE = Table(
    name="zzzzm_quzhou_fagaiwei_jiguan_zhibu_docx",
    fmt="docx",
    title="衢州市发展和改革委员会机关党支部2025年度党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("理论武装",
                 "严格落实“第一议题”制度；支部每月至少开展1次集中学习，党员参学率不低于95%；党员每人每年参加集中学习培训不少于32学时。", 6,
                 "“第一议题”未落实的，每次扣0.5分；集中学习每少1次扣0.5分；参学率每低1个百分点扣0.2分，最高扣1分；人均学时不足32学时的扣1分。",
                 "学习记录、签到表、学时证明"),
            _row("意识形态",
                 "落实意识形态工作责任制，每半年开展一次意识形态领域形势研判；支部每年专题研究意识形态工作不少于2次；委门户网站、政务新媒体信息发布"
                 "严格落实“三审三校”。", 5,
                 "研判每少1次扣1分；专题研究每少1次扣0.5分；信息发布未经审核的，每次扣0.5分，最高扣2分；发生意识形态重大问题的，实行一票否决，本项"
                 "不得分。", "研判记录、会议纪要、信息发布审核单"),
            _row("融合发展",
                 "围绕全市重大项目攻坚、“十五五”规划编制等中心工作，支部每年确定党建业务融合项目不少于1个，组建党员先锋队；支部书记带头领办攻坚"
                 "任务。", 5,
                 "未确定融合项目的扣2分；未组建党员先锋队的扣1分；融合成效不明显、党建业务“两张皮”的，酌情扣1-2分。", "项目方案、先锋队名单"),
            _row("请示报告",
                 "严格执行重大事项请示报告制度，支部重要工作、党员个人重大事项按规定向委机关党委请示报告；年底前书面报告全年抓党建工作情况。", 4,
                 "应请示报告而未报告的，每件扣1分；未书面报告的扣1分。", "请示报告文件"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("班子建设",
                 "支部委员会由5人组成，设书记、副书记各1名，按期换届；支部书记由处室主要负责人担任，年内参加市级机关党校轮训不少于1次。", 4,
                 "未按期换届的扣2分；委员缺额超过3个月未补选的扣1分；书记未参加轮训的扣1分。", "换届选举批复、轮训通知"),
            _row("“三会一课”",
                 "支部党员大会每季度召开1次，支部委员会每月召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次，委领导班子成员"
                 "到所在支部讲党课每年不少于1次；会议记录要素齐全。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记、班子成员讲党课每少1次扣1分；记录要素不全的，每次扣0.2分，最高扣1分。",
                 "会议记录本、党课讲稿、签到表"),
            _row("主题党日",
                 "每月10日为支部固定主题党日，确需调整的提前报委机关党委备案；每年组织党员赴红色教育基地开展现场教学不少于1次；活动有方案、有记录、"
                 "有照片。", 5,
                 "主题党日每少1次扣0.5分，最高扣3分；调整日期未备案的，每次扣0.2分；未开展现场教学的扣1分；缺方案或照片的，每次扣0.1分，最高扣"
                 "0.5分。", "活动方案、活动记录、照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话、广泛征求意见，支委会成员和党员撰写对照检查材料；会后开展民主评议党员，填写民主评议测评表，"
                 "评议结果报委机关党委备案。", 6,
                 "未召开组织生活会的扣3分；未开展谈心谈话或未征求意见的，每项扣0.5分；对照检查材料每缺1份扣0.3分，最高扣1.5分；未开展民主评议党员"
                 "的扣2分；测评表不全或评议结果未备案的扣0.5分。", "会议记录、对照检查材料、民主评议测评表、备案报告"),
            _row("发展党员",
                 "年内确定入党积极分子不少于1名，发展党员严格履行程序，发展对象公示不少于5个工作日；党员组织关系转接在30日内办结。", 4,
                 "未确定入党积极分子的扣1分；发展对象未公示的扣1分；组织关系转接超期的，每人扣0.5分；违反程序发展党员的，本项不得分。",
                 "发展党员档案、公示材料、组织关系介绍信存根"),
            _row("党员管理",
                 "党员按月足额交纳党费，每半年公示一次交纳情况；实行党员积分管理，积分每季度公示一次，年底根据积分评定“先锋党员”。", 4,
                 "党费未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；积分公示每少1次扣0.3分；年底未评定的扣0.5分。",
                 "党费收缴台账、公示截图、积分台账"),
        )),
        Section("作用发挥", "三、作用发挥（30分）", 30, (
            _row("调查研究",
                 "围绕全市经济运行、重大改革和“十五五”重大问题，支部党员每人年内牵头或参与重点课题调研不少于1项，形成调研报告。", 5,
                 "党员未参与课题调研的，每人扣0.5分，最高扣2分；调研报告质量不高、未被采纳运用的，酌情扣1-2分。", "调研报告"),
            _row("项目服务",
                 "推行党员“项目服务专员”制度，党员联系服务省市重点项目，每季度赴项目现场开展服务不少于1次，协调解决问题建立台账；重点项目问题办结率"
                 "达到百分之九十。", 6,
                 "未落实项目服务专员制度的扣2分；现场服务每少1次扣0.5分，最高扣2分；无问题协调台账的扣1分；办结率每低5个百分点扣0.5分。",
                 "问题协调台账、现场服务照片"),
            _row("优化服务",
                 "党员在项目审批、核准、备案中亮身份、作表率，推行“承诺制”“容缺受理”；核准备案事项按时办结率100%；全年无企业和群众有效投诉。", 5,
                 "未按时办结的，每件扣0.5分；发生有效投诉的，每件扣1分；因服务问题被市级以上通报批评的，本项不得分。", "投资项目在线审批监管平台数据"),
            _row("志愿服务",
                 "党员到居住地社区报到率100%，每人每年参加社区志愿服务不少于4次；支部与结对社区每半年开展一次共建活动，签订共建协议。", 6,
                 "未报到的，每人扣0.5分；志愿服务不足4次的，每人扣0.2分，最高扣2分；共建活动每少1次扣1分；未签订共建协议的扣0.5分。",
                 "报到回执、志愿服务记录、共建协议、活动照片"),
            _row("结对帮扶",
                 "落实山区海岛县结对帮扶和共同富裕示范区建设任务，支部年内到结对村（企业）走访调研不少于2次，为结对点办实事不少于2件。", 4,
                 "走访调研每少1次扣1分；办实事每少1件扣0.5分；帮扶实效不明显的，酌情扣0.5-1分。", "走访记录、办实事清单"),
            _row("清廉机关",
                 "深化清廉机关建设，每季度开展一次警示教育；排查岗位廉政风险点，建立廉政风险防控台账；党员干部无违纪违法行为。", 4,
                 "警示教育每少1次扣0.5分；未建立廉政风险防控台账的扣1分；党员受到党纪政务处分的，每人扣2分；受到留党察看以上处分的，实行一票否决，"
                 "本项不得分。", "警示教育记录、廉政风险防控台账"),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            _row("计划总结",
                 "年初制定支部年度工作计划，报委机关党委备案；7月上旬形成半年工作小结；年终形成全年工作总结。", 4,
                 "缺计划、半年小结或总结的，每项扣1分；计划未备案的扣0.5分。", "工作计划、半年小结、工作总结"),
            _row("述职评议",
                 "支部书记年底向委机关党委和支部党员大会述职，述职评议“好”的等次比例不低于百分之八十；对评议指出的问题建立整改清单。", 5,
                 "未述职的扣2分；“好”的等次比例80%以上的得2分，70%（含）—80%的得1分，70%以下的不得分；未建立整改清单的扣1分。",
                 "述职报告、测评汇总表、整改清单"),
            _row("阵地台账",
                 "党员活动室规范设置，有标识、有制度、有资料；党建信息平台支部工作模块按月更新；党建台账按年度分类归档。", 5,
                 "活动室未规范设置的，酌情扣0.5-1分；平台未按月更新的，每月扣0.2分，最高扣2分；台账未分类归档的扣1分；台账弄虚作假、事后补做的，"
                 "本项不得分。", "活动室照片、平台截图"),
            _row("群众评价",
                 "年底由委机关党委组织服务对象企业、机关干部对支部工作开展满意度测评，满意率不低于百分之九十。", 6,
                 "满意率90%以上的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。", "满意度测评表"),
        )),
    ),
)

HEADER = ["工作任务", "具体要求", "分值", "考核标准", "佐证资料"]
NOTES = (
    "说明：",
    "1.本表由委机关党委于12月中旬组织考核，采取查阅资料、实地查看、个别谈话、问卷测评相结合的方式进行，以当年1月1日至考核之日的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；列明得分档次的，按档次计分。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；考核结果作为“五星支部”评定和支部书记年度考核的"
    "重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：委机关各党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            cells = ((0, row.indicator), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
