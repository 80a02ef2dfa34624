"""蚌埠市财政局2025年度机关党支部党建工作考核评分表 (.docx), as the 机关党委 of the 财政局 of 安徽 蚌埠 (its 机关党委办公室 with the 人事教育科,
the 办公室 and the 派驻纪检监察组, a 考核组 in December) scores the 党支部 of its 处室 and 直属单位: the 预算科 that writes the 部门预算 every
autumn, the 国库集中支付中心 that pays out the 直达资金 to the 县区 and the 惠企 补贴 to the firms of the 淮河 city, the 政府采购监管科 and the
财政评审中心 whose 评审 and 评标 need 回避 and 报备, the 债务科 that watches the 隐性债务, the 财会监督 that goes round the 预算单位; 党员 who
are 科长 and 科员 and 会计 at once, who are asked to 过紧日子 and to keep the 八项规定, who report to their 居住地 社区 on weekends, whose 支部
is joined to a 社区 or a 村 on the edge of the city: a table whose 考核要点 prints every requirement and figure and whose 评分标准 gives one short
deduction a clause, mostly without repeating the figure: 政治建设 (a monthly 集中学习, a quarterly 专题研讨, 40学时 and the “第一议题”; a half-
yearly 专题研究 of the 意识形态, a quarterly 思想动态 分析, the “三审三校” 审核, the 不当言论 and a 一票否决; the 请示报告, the 书记's 党课, the
党组成员's 党课 and the “七一” 誓词), 组织建设 (the 换届, the 3至5人, the 分工, the 制度 (“三会一课”、谈心谈话…) and a yearly 培训
of the 书记; the “三会一课”, the monthly 主题党日 and the 到会率; a yearly 谈心谈话 for everyone, the 应谈 and the 记录; the 组织生活会 with
谈心谈话, 征求意见, the 整改清单, the 民主评议, the 备案 and the 通报; 党费 with the 核定 and a half-yearly 公示, the 转接 and the 系统), 业务融合 (two 先锋岗, a yearly 承诺, the
年底 践诺评诺 and a half-yearly 评选; the 按时办结率, the 拨付 and a 满意度 in bands; the 共建协议, a quarterly 共建活动, two 实事 and two
志愿服务 a head a year; a yearly 调查研究 with its 报告 and one 文章 a head; a yearly 监督检查 with the 整改台账, the 整改率 and the 问责) and
作风建设 (a yearly 风险点排查 with the 防控措施, a half-yearly 警示教育 and the 报备; the 年初 计划, a half-yearly 报告, the 年底 述职 with its
评价比例 and the 年终 总结; a quarterly 自查 and two 服务企业 a head; a deduction-only line on 诫勉, 处分 and 损失).

The title (bold, centred) and a centred "（考核对象：局机关党委所属各党支部）" line above one table: 一级指标 | 二级指标 | 考核要点 | 分值 |
评分标准 | 考核方式. There is NO 序号: the items are numbered by position (1..17). The categories are MERGED CELLS down the 一级指标 column
(FIRST), printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治建设\\n（20分）". 二级指标 is a short sub-label
(`Row.indicator`); 考核要点 says what is required (`Row.text`). 分值 is a plain number BEFORE the 评分标准. 考核方式 (`Row.method`) only says how
the 考核组 checks (查阅资料, 个别谈话, 查阅会议记录, 系统核查, 问卷测评, 实地查看, 抽查学时, 查阅台账, once "派驻纪检监察组提供"): no
papers. A 合计 row of 100 closes the table; a "备注：" paragraph follows it. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月开展一次", "每季度…开展一次",
"每年…不少于40学时", "每半年专题研究一次", "每季度开展一次", "每年讲党课不少于1次", "每年…不少于1次", "每年“七一”前后", "3至5人", "每年…不少于
1次", "支部党员大会每季度召开1次，支部委员会每月召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每年…至少一次", "1个月内",
"每年召开一次", "按月", "每年7月", "每半年…公示一次", "1个月内", "不少于2个", "每年…1次", "年底", "每半年评选一次", "每季度开展一次", "每年…不少于2
件", "每人每年…不少于2次", "每年…不少于1次", "每人每年…不少于1篇", "每年开展一次", "每年开展一次", "每半年开展一次", "年初", "每半年…报告一次",
"年底", "年终", "每季度开展一次", "每人每年…不少于2次"); "百分之九十", "百分之九十五", "百分之八十五", "100%"; "工作制度缺一项扣0.3分" once; "最高扣" caps;
"酌情扣0.5分" once and "酌情扣0.5-1分" once; one set of bands (a 服务对象 满意度 for 3 of the 7 points closed by "90%以下的不得分"); one "实行一票否决，本项不得分";
two other plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzx_bengbu_caizhengju_jiguan_zhibu_docx",
    fmt="docx",
    title="蚌埠市财政局2025年度机关党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设\n（20分）", 20, (
            Row("支部每月开展一次集中学习，每季度围绕财政改革发展开展一次专题研讨；党员每年参加学习培训不少于40学时；支部委员会会议落实“第一"
                "议题”制度。", 6,
                "集中学习每少1次扣0.3分，最高扣2分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.1分，最高扣1分；未落实“第一议题”制度的，每次"
                "扣0.2分，最高扣1分。", "查阅资料、抽查学时", indicator="理论武装"),
            Row("支部每半年专题研究一次意识形态工作；每季度开展一次党员干部思想动态分析；通过门户网站、政务新媒体发布财政信息严格执行“三审三校”；"
                "党员不在网络上发表不当言论。", 7,
                "专题研究每少1次扣1分；思想动态分析每少1次扣0.5分；发布信息未经审核的，每次扣0.5分；党员在网络发表不当言论的，每人扣1分；发生"
                "意识形态责任事件的，实行一票否决，本项不得分。", "查阅资料、实地查看", indicator="意识形态"),
            Row("严格执行重大事项请示报告制度；支部书记每年讲党课不少于1次，局党组成员每年到所在支部或联系支部讲党课不少于1次；每年“七一”前后组织"
                "党员重温入党誓词。", 7,
                "支部书记未讲党课的扣2分；局党组成员未讲党课的扣1.5分；未组织重温入党誓词的扣1分；重大事项应报未报的，每件扣1分，最高扣2分。",
                "查阅资料、个别谈话", indicator="政治纪律"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            Row("按期换届，支部委员会由3至5人组成，支部书记由处室主要负责人中的党员担任；支委分工明确；建立“三会一课”、谈心谈话、党员教育管理等"
                "支部工作制度；支部书记每年参加上级党组织培训不少于1次。", 5,
                "未按期换届的扣2分；支委配备不齐或书记不符合要求的扣1分；分工不明确的扣0.5分；工作制度缺一项扣0.3分，最高扣1分；书记未参加培训"
                "的扣1分。", "查阅资料", indicator="支部班子"),
            Row("支部党员大会每季度召开1次，支部委员会每月召开1次，党小组会每月召开1次，党课每季度1次；每月开展一次主题党日，内容结合“财政为民”"
                "服务实践；党员参加组织生活到会率不低于百分之九十。", 7,
                "“三会一课”每少1次扣0.5分，最高扣3分；主题党日每少1次扣0.3分，最高扣2分；到会率每低5个百分点扣0.5分，最高扣1分；会议记录不"
                "规范的，酌情扣0.5-1分。", "查阅会议记录", indicator="组织生活"),
            Row("支部书记与支委委员、支委委员与党员之间每年谈心谈话至少一次；党员出现岗位调整、受到问责、家庭变故等情况的，支部书记及时谈话；新"
                "调入党员1个月内开展谈话；谈话情况记入谈心谈话记录本。", 6,
                "谈心谈话未全覆盖的，每缺1人扣0.2分，最高扣2分；应谈未谈的，每人扣0.5分；无谈话记录的扣1分。", "查阅资料、个别谈话",
                indicator="谈心谈话"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、征求意见，查摆问题形成整改清单；开展民主评议党员，评议结果报机关党委备案；整改落实情况"
                "向党员通报。", 6,
                "未召开组织生活会的扣2分；未征求意见的扣0.5分；无整改清单的扣1分；未开展民主评议的扣1分；未备案的扣0.5分；整改情况未通报的扣"
                "0.5分。", "查阅会议记录", indicator="组织生活会"),
            Row("党员按月交纳党费，每年7月按规定核定交纳基数；党费收缴情况每半年在支部内公示一次；党员组织关系转接1个月内办结；全国党员管理信息"
                "系统信息准确。", 6,
                "未按月交纳的每人次扣0.1分，最高扣1分；未核定基数的扣1分；公示每少1次扣0.5分；组织关系转接超时的，每人扣0.3分；系统信息不准确"
                "的，每项扣0.1分，最高扣1分。", "查阅台账、系统核查", indicator="党员管理"),
        )),
        Section("业务融合", "业务融合\n（30分）", 30, (
            Row("在预算编审、国库支付、政府采购监管等岗位设立党员先锋岗不少于2个；党员每年公开承诺1次，年底开展践诺评诺；每半年评选一次“财政"
                "先锋”。", 6,
                "先锋岗每少1个扣1分；未公开承诺的扣1分；年底未开展践诺评诺的扣0.5分；评选每少1次扣0.5分。", "查阅资料、实地查看",
                indicator="先锋示范"),
            Row("国库集中支付业务按时办结率达到100%；财政直达资金、惠企利民补贴按时拨付；服务对象满意度达到百分之九十五。", 7,
                "按时办结率每低1个百分点扣0.5分，最高扣2分；资金拨付不及时被通报的，每次扣1分；服务对象满意度98%以上的得3分，95%（含）—98%的"
                "得2分，90%（含）—95%的得1分，90%以下的不得分。", "系统核查、问卷测评", indicator="服务效能"),
            Row("支部与1个社区或村党组织结对共建，签订共建协议；每季度开展一次共建活动；每年为结对单位办理实事不少于2件；在职党员到居住地社区"
                "报到，每人每年参加社区志愿服务不少于2次。", 6,
                "未签订共建协议的扣1分；共建活动每少1次扣0.5分；办理实事每少1件扣0.5分；在职党员参加志愿服务不足的，每人扣0.1分，最高扣1分。",
                "查阅资料", indicator="结对共建"),
            Row("支部每年围绕预算绩效管理、地方债务风险防控等重点工作开展调查研究不少于1次，形成调研报告；党员每人每年撰写理论文章或工作信息不少于"
                "1篇。", 5,
                "未开展调研的扣2分；无调研报告的扣1分；文章或信息不足的，每人扣0.2分，最高扣1分；调研报告质量不高的，酌情扣0.5分。", "查阅资料",
                indicator="调查研究"),
            Row("支部党员在财会监督、政府采购监管中带头依法履职；每年开展一次财政资金使用情况监督检查，发现问题建立整改台账，整改率达到100%。", 6,
                "未开展监督检查的扣2分；无整改台账的扣1分；整改率每低10个百分点扣0.5分；监督工作中失职失责被问责的，本项不得分。", "查阅台账",
                indicator="财会监督"),
        )),
        Section("作风建设", "作风建设\n（20分）", 20, (
            Row("每年开展一次廉政风险点排查，针对预算分配、资金拨付、政府采购等关键环节制定防控措施；每半年开展一次警示教育；党员干部参加财政"
                "评审、采购评标等活动执行回避和报备制度。", 6,
                "未开展风险点排查的扣1.5分；无防控措施的扣1分；警示教育每少1次扣0.5分；应报备未报备的，每次扣0.5分。", "查阅资料",
                indicator="廉政风险防控"),
            Row("年初制定支部年度工作计划；每半年向机关党委报告一次支部工作；年底支部书记向机关党委述职，党员评议“好”和“较好”的比例不低于百分之"
                "八十五；年终形成工作总结。", 6,
                "无年度计划的扣1分；报告每少1次扣0.5分；未述职的扣2分；评价比例低于85%的扣1分；无年终总结的扣1分。", "查阅资料、问卷测评",
                indicator="责任落实"),
            Row("落实中央八项规定精神，每季度开展一次作风建设自查；开展“走企业、进项目”服务活动，党员每人每年下基层服务企业不少于2次。", 4,
                "自查每少1次扣0.5分；服务企业不足的，每人扣0.1分，最高扣1分；公务接待、差旅报销违反规定被查处的，每起扣1分。", "查阅资料",
                indicator="作风效能"),
            Row("支部党员违纪违法，或因工作失误造成财政资金损失（本项为扣分项）。", 4,
                "党员受到诫勉、组织处理的，每人扣1分；受到党纪政务处分的，每人扣2分；造成财政资金重大损失的，本项不得分。", "派驻纪检监察组提供",
                indicator="违纪违法"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核要点", "分值", "评分标准", "考核方式"]
NOTE = ("备注：本表由局机关党委于12月组织考核，采取查阅资料、个别谈话、系统核查、问卷测评相结合的方式进行；各项扣分以该项分值为限，扣完为止；"
        "标注“本项为扣分项”的，未发生相关情形的得满分；考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，"
        "考核结果作为“过硬党支部”评选和支部书记年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：局机关党委所属各党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
