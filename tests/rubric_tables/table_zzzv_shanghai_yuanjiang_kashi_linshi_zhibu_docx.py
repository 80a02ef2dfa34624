"""上海市对口支援新疆工作前方指挥部2025年度援疆干部人才临时党支部考核评分表 (.docx), as the 临时党委 of the 前方指挥部 in 喀什 (its 组织人事
组 with the 项目组, the 综合组 and the 纪检组, a 考核组 going round the 分指挥部 in November, before the 干部 fly home for the winter) scores the
临时党支部 of the 前方指挥部 机关 and of the 莎车, 泽普, 叶城 and 巴楚 分指挥部: 援疆干部 on three-year terms and 援疆人才 — 教师 and 医生 —
on one-year or eighteen-month terms, far from 上海, living in the 公寓 of the 县 and going out to the 乡 schools and 医院, their 组织关系 held
at home while the 临时党支部 runs their 组织生活, the 援疆项目 and the 资金 the 指挥部 must account for, the “组团式” 教育 and 医疗 援疆 with the
徒弟 they train, the 上海 企业 brought to the 产业园, the 喀什 红枣 and 巴旦木 sold in 上海, the 亲戚 each 干部 has in a village through the
“民族团结一家亲”, the 请销假 and the 审批 before anyone leaves the 县: a table whose 考核内容 prints every requirement and figure and whose 评分细则
gives one short deduction a clause: 政治建设 (a monthly 集中学习 with 40学时 and a yearly 现场教学, a half-yearly 研判 with the 审核 of what is
posted, the 书记's two 党课, the 指挥长's one and two 联合 主题党日 a year with the 照片), 组织建设 (the 组织关系 within a month with the “一人一档”,
the 分工 and a half-yearly 反馈 to the 派出单位, the “三会一课” with the 签到表 and no 补记, the monthly 主题党日 with the 参加率, the 组织生活会 with
the 民主评议, 谈心谈话 and the 通报, 党费 with a half-yearly 公示 and a quarterly 考察 of the 积极分子 with the 考察意见), 援疆任务 (the 开工率, the
完工率 and the 拨付率 with a quarterly 报告 and a 一票否决, two 徒弟 a head with the 协议, six 公开课 a year, a half-yearly 评估 and the 满意度,
three 投资项目 and two 培训 a year with the 消费帮扶 in 万元, the 亲戚 visited every two months with two “结亲周” and two 实事 a year, two 信息 a
month, three 宣传 a year and a yearly 分享会) and 纪律作风 (the 在岗 days with the 审批, the 报备 and a quarterly 通报 of the 考勤, the 外出 报备 with a
monthly 安全检查, a yearly 培训 and a 一票否决, the 年初 计划 and the 年终 总结, the 家庭联系卡, the 春节 慰问 and a yearly 体检).

The title (bold, centred) and a centred "（考核对象：前方指挥部机关及莎车、泽普、叶城、巴楚分指挥部临时党支部）" line above one table: 序号 | 类别 |
考核内容 | 评分细则 | 分值. 序号 (FIRST column) runs 1..15 through the whole table, NOT restarting. The categories are MERGED CELLS down the 类别
column (SECOND), printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治建设\\n（15分）". The 考核内容 is long, every requirement
and figure printed there; the 评分细则 is short, one deduction a clause, mostly without repeating the figure. 分值 is a plain number, the LAST
column, AFTER the 评分细则. There is no 考核方式 or 佐证 column. A 合计 row of 100 closes the table; a "说明：" paragraph and three numbered
paragraphs follow it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月开展一次", "每年…不少于40学时", "每年…一次", "每半年
专题研判一次", "每年讲党课不少于2次", "每年…不少于1次", "每年…不少于2次", "进疆后1个月内", "3至5人", "每半年…反馈一次", "支部委员会每月召开1次，
支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每年召开一次", "按月", "每半年公示一次", "每季度考察一次",
"年底", "每季度…报告一次", "不少于2名", "每人每年…不少于6次", "每半年…一次", "年内…不少于3个", "不少于2期", "年内…不少于500万元", "不少于1户",
"每两个月至少走访一次", "每年不少于2次", "每年…不少于2件", "每月…不少于2篇", "每年…不少于3篇", "每年开展一次", "每月在岗…不少于22天", "每季度
通报一次", "两人以上", "每月开展一次", "每年组织一次", "年初", "年终", "春节前后", "每年组织一次"); "百分之九十", "百分之九十五", "百分之八十五",
"百分之九十", "100%"; "最高扣" caps; "酌情扣0.5分" once and "酌情扣0.5-1分" once; no bands; two "实行一票否决，本项不得分"; three other plain "本项
不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzv_shanghai_yuanjiang_kashi_linshi_zhibu_docx",
    fmt="docx",
    title="上海市对口支援新疆工作前方指挥部2025年度援疆干部人才临时党支部考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设\n（15分）", 15, (
            Row("落实“第一议题”制度，临时党支部每月开展一次集中学习，深入学习习近平总书记关于新疆工作的重要论述和新时代党的治疆方略；援疆干部"
                "人才每年参加学习培训不少于40学时；每年组织一次到当地红色教育基地开展现场教学。", 5,
                "集中学习每少1次扣0.3分；学时不足的，每人扣0.1分，最高扣1分；未开展现场教学的扣1分。"),
            Row("严守政治纪律和政治规矩，在涉疆问题上旗帜鲜明；每半年专题研判一次援疆干部人才思想动态；援疆干部人才通过个人微信、微博等发布涉疆"
                "内容的，须经临时党支部审核。", 5,
                "研判每少1次扣1分；发布涉疆内容未经审核的，每次扣1分；发表错误言论、造成不良影响的，本项不得分。"),
            Row("临时党支部书记每年讲党课不少于2次，分指挥部指挥长每年到支部讲党课不少于1次；每年与受援地党组织联合开展主题党日不少于2次，活动"
                "留存照片。", 5,
                "书记讲党课每少1次扣1分；指挥长未到支部讲党课的扣1分；联合主题党日每少1次扣0.5分；活动无照片的扣0.3分。"),
        )),
        Section("组织建设", "组织建设\n（25分）", 25, (
            Row("援疆干部人才进疆后1个月内将组织关系转入临时党支部或纳入临时党支部管理，建立“一人一档”；支部委员会由3至5人组成，委员分工明确；"
                "实行派出单位和受援单位双重管理，每半年向派出单位党组织反馈一次援疆干部人才表现情况。", 6,
                "组织关系未按时转接或未纳入管理的，每人扣0.5分；无“一人一档”的扣1分；委员分工不明确的扣0.5分；反馈每少1次扣0.5分。"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；分散在乡镇学校、卫生院的援疆教师、医生可"
                "通过视频方式参加；会议有签到表、有记录。", 7,
                "每少1次扣0.5分，最高扣3.5分；无签到表的，每次扣0.2分，最高扣1分；记录不全的，酌情扣0.5-1分；补记、代签的，本项不得分。"),
            Row("每月开展一次主题党日活动，党员参加率不低于百分之九十；每年召开一次组织生活会并开展民主评议党员，会前开展谈心谈话，评议结果向派出"
                "单位党组织通报。", 6,
                "主题党日每少1次扣0.3分；参加率每低5个百分点扣0.3分，最高扣1分；未召开组织生活会的扣2分；未开展民主评议的扣1分；未开展谈心谈话的"
                "扣0.5分；评议结果未通报的扣0.5分。"),
            Row("党员按月向临时党支部交纳党费，党费收缴情况每半年公示一次；做好援疆干部人才中入党积极分子的培养考察，每季度考察一次，年底将考察"
                "意见转交派出单位党组织。", 6,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；考察每少1次扣0.3分；考察意见未转交的扣0.5分。"),
        )),
        Section("援疆任务", "援疆任务\n（40分）", 40, (
            Row("年度援疆项目开工率达到100%，年底完工率不低于百分之九十，援疆资金拨付率达到百分之九十五以上；每个重点项目明确1名党员干部担任责任"
                "人；项目进展情况每季度向前方指挥部书面报告一次。", 8,
                "开工率每低1个百分点扣0.3分；完工率每低5个百分点扣0.5分；拨付率每低1个百分点扣0.3分，最高扣2分；重点项目未明确党员责任人的，"
                "每个扣0.5分；报告每少1次扣0.5分；发生挤占、挪用、截留援疆资金问题的，实行一票否决，本项不得分。"),
            Row("“组团式”援疆教师、医生每人结对带教当地骨干教师、医生不少于2名，签订师徒结对协议；每人每年开展公开课、示范手术或专题讲座不少于"
                "6次；每半年对带教成效开展一次评估；受援单位对带教工作满意度不低于百分之八十五。", 8,
                "带教不足2名的，每人扣0.3分，最高扣1.5分；无结对协议的扣0.5分；公开课、示范手术、讲座不足的，每人扣0.2分，最高扣1.5分；评估"
                "每少1次扣0.5分；满意度低于85%的扣1分。"),
            Row("年内引进上海企业落地投资项目不少于3个；帮助受援地组织富余劳动力转移就业订单式培训不少于2期；开展消费帮扶，年内帮助销售喀什农"
                "特产品不少于500万元。", 8,
                "引进项目每少1个扣1分；培训每少1期扣0.5分；消费帮扶金额每少50万元扣0.2分，最高扣1分；招商引资、消费帮扶数据弄虚作假的，本项"
                "不得分。"),
            Row("深化“民族团结一家亲”活动，每名援疆干部人才结对认亲不少于1户，每两个月至少走访一次结对亲戚；参加受援地“结亲周”活动每年不少于2次；"
                "每年为结对亲戚办实事好事不少于2件。", 8,
                "未结对认亲的，每人扣0.5分；走访每少1次扣0.2分，最高扣2分；“结亲周”每少1次扣0.2分；办实事每少1件扣0.2分，最高扣1分；走访无"
                "记录、无照片的，酌情扣0.5分。"),
            Row("每月向前方指挥部报送援疆工作信息不少于2篇；每年在上海或新疆市级以上媒体宣传援疆干部人才先进事迹不少于3篇；每年开展一次“援疆"
                "故事分享会”。", 8,
                "信息每少1篇扣0.1分，最高扣1.5分；媒体宣传每少1篇扣0.5分；未开展分享会的扣1分；报送信息失实的，每次扣1分。"),
        )),
        Section("纪律作风", "纪律作风\n（20分）", 20, (
            Row("严格执行考勤和请销假制度，援疆干部人才每月在岗时间不少于22天；离开受援地须提前报分指挥部审批；节假日返沪实行报备；考勤情况每季度"
                "通报一次。", 7,
                "在岗时间不足的，每人次扣0.2分；未经审批离开受援地的，每人次扣1分；返沪未报备的，每人次扣0.5分；考勤通报每少1次扣0.3分。"),
            Row("落实援疆干部人才安全管理要求，外出实行两人以上同行和行程报备；公寓每月开展一次安全检查；每年组织一次安全防范和应急避险培训；不发生"
                "援疆干部人才人身安全责任事故。", 6,
                "外出未报备的，每人次扣0.3分；安全检查每少1次扣0.2分，最高扣1分；未开展培训的扣1分；发生人身安全责任事故的，实行一票否决，本项"
                "不得分。"),
            Row("临时党支部年初制定工作计划，年终形成工作总结；建立援疆干部人才家庭联系卡，春节前后走访慰问一次援疆干部人才家属；每年组织一次健康"
                "体检和心理疏导。", 7,
                "无年初计划的扣1分；无年终总结的扣1分；未建立家庭联系卡的扣0.5分；未走访慰问家属的扣1分；未组织体检或心理疏导的扣1分。"),
        )),
    ),
)

HEADER = ["序号", "类别", "考核内容", "评分细则", "分值"]
NOTES = (
    "说明：",
    "1.本表由前方指挥部临时党委于11月组织考核，采取查阅资料、个别谈话、实地查看、征求受援单位和派出单位意见相结合的方式进行，各项扣分以该项"
    "分值为限，扣完为止。",
    "2.援疆项目、资金数据以前方指挥部项目组和受援地财政部门核定的数据为准；前方指挥部机关临时党支部的“组团式”援疆指标按服务保障情况考核。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果通报派出单位，作为援疆干部人才年度考核"
    "和期满考核的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：前方指挥部机关及莎车、泽普、叶城、巴楚分指挥部临时党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
