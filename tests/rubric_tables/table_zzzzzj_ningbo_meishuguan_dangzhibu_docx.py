"""宁波市文化广电旅游局机关党委2025年度直属文博场馆党支部考核评分表 (.docx), as the 机关党委 of the 文化广电旅游局 of 宁波 in 浙江 (its 机关党委办公室 with
the 人事处, the 艺术处, the 公共服务处 and the 驻局纪检监察组, a 考核组 that walks the 展厅 and reads the papers in the 馆 office in late December, when
the 甬江 wind blows cold off the old 轮船码头 the 美术馆 was built in, the 年度 大展 is being hung for the 春节, the 小学生 of the 美育 classes are drawing
the ships in the 公共教育 room and the 修复师 are at work on the 浙东 paintings of the 典藏部) scores the 党支部 of a 市 美术馆 whose 党员 are 策展人,
研究馆员, 修复师, 讲解员 and the 办公室 and 安保 staff: a table whose 考核标准 prints what the 支部 must have done, whose 评分细则 takes points off one clause
at a time (scoring the 参会率, the 观众人数 in bands of 万人次 and the 年底 观众满意度 in bands, and grading the 先锋岗 作用 by 好/较好/一般) and whose 备查
资料 names the papers: 政治引领 (the “第一议题”, a monthly 集中学习, a yearly 党课 of each 班子成员 and 32学时; the 展前审查, the “三审三校”, the 报批 and a 一票
否决; a half-yearly 研判, the 年初 责任清单 and a yearly 审核 of the 讲解词; the 年初 责任书, a half-yearly 警示教育, the 风险防控 and no 处分), 组织建设 (the
“三会一课”, the 书记's two 党课 and the 参会率 in bands; the 主题党日, the “馆中党课”, two 现场教学 and the 方案 and 照片; the 组织生活会, the 征求意见, the
谈心谈话, the 民主评议, the 参评率, the 整改清单 and the 销号; 党费 按月 with a half-yearly 公示, one 发展 or 积极分子 and a quarterly 联系 of the 离退休
党员), 业务融合 (three 主题展览, the 策展人 and the 观众人数 in bands; forty 公共教育, the 讲解 服务队, the 节假日 讲解 and a quarterly 无障碍导览; 500 件 of
数字化, one 课题, the 藏品安全 制度 and a "本项不得分"; two 共建协议, a half-yearly 共建活动 and the 品牌方案; a monthly 安全检查, a yearly 演练, no 事故 and the
开放), 队伍作风 (three 先锋岗、责任区, the 徽章, the 优秀比例 and the graded 作用; three “师带徒”, a half-yearly 谈心 and two 研修、挂职; the 按期办结率, the
“文明服务窗口” and a "本项不得分") and 服务评价 (the 年初 计划 and 项目清单, the 年底 总结 and 述职; the 年底 满意度 in bands).

The title (bold, centred) and a centred "（考核对象：宁波美术馆党支部）" line above one table: 一级指标 | 二级指标 | 考核标准 | 评分细则 | 分值 | 备查资料.
There is NO 序号: the items are numbered by position 1..18. The 一级指标 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their
points on ONE line, "政治引领（20分）". 二级指标 (SECOND column) is a short name on every row (`Row.indicator`); 考核标准 (`Row.text`) says what is required;
the 评分细则 (`Row.scoring`) comes BEFORE the 分值, a plain number; 备查资料 (`Row.method`) last, naming the papers, joined by "、". A 合计 row of 100 closes
the table; a "备注：" paragraph with three numbered lines and a signature line follow it. Counts in figures and Chinese numerals, nearly all in the 考核标准
("每月开展一次", "每年…不少于1次", "每人每年…不少于32学时", "全年", "每半年开展一次", "年初", "每年审核更新一次", "年初", "每半年开展一次", "全年", "支部委员会
每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "不低于百分之九十", "每月开展一次", "年内…不少于2次", "每年
召开一次", "100%", "按月", "每半年公示一次", "年内…不少于1名", "每季度联系一次", "年内不少于3个", "10万人次以上", "全年不少于40场", "每季度至少1次", "年内…
不少于500件", "不少于1项", "全年", "不少于2家", "每半年开展一次", "每月开展一次", "每年组织一次", "全年", "不少于3个", "不低于百分之二十五", "不少于3对",
"每半年谈心一次", "年内…不少于2人次", "100%", "年初", "年底", "年底", "年底", "百分之九十五以上"); "最高扣" caps; bands of the 参会率 (2 of the 7 points,
closed by "80%以下的不得分"), of the 观众人数 in 万人次 (2.5 of the 8, closed by "5万人次以下的不得分") and of the 年底 满意度 (all 6, closed by "85%以下的
不得分"); the 先锋岗 作用 graded "好的得1.5分，较好的得1分，一般的不得分"; "每少5场" once and "每少50件" once; "酌情扣1-2分" once, "酌情扣0.5-1分"
twice and "酌情扣1分" once; one "一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, scoring: str, points: float, papers: str) -> Row:
    """One row in the order the table prints it: 二级指标, 考核标准, 评分细则, 分值, 备查资料."""
    return Row(text, points, scoring, papers, indicator=label)


TABLE = Table(
    name="zzzzzj_ningbo_meishuguan_dangzhibu_docx",
    fmt="docx",
    title="宁波市文化广电旅游局机关党委2025年度直属文博场馆党支部考核评分表",
    numbering="position",
    sections=(
        Section("政治引领", "政治引领（20分）", 20, (
            _row("理论武装",
                 "落实“第一议题”制度，支部每月开展一次集中学习；馆领导班子成员每年到联系部门讲党课或作专题辅导不少于1次；党员每人每年学习不少于32学时。",
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣1.5分；班子成员讲党课每少1人次扣0.5分；学时不足的，每人扣0.1分，最高扣1分。",
                 5, "学习记录、学时登记表"),
            _row("展览导向",
                 "展览、公共教育活动、馆刊及新媒体内容落实展前审查和“三审三校”制度；引进境外展览、举办个人展览前报上级主管部门审批；全年不发生展品、讲解、"
                 "宣传内容导向性问题。",
                 "未落实展前审查的，每个展览扣1分，最高扣2分；新媒体内容未经审核发布的，每次扣0.5分，最高扣1.5分；境外展览未报批的扣2分；发生导向性问题"
                 "造成不良影响的，一票否决，本项不得分。",
                 6, "展览审查表、审批文件"),
            _row("意识形态",
                 "每半年开展一次意识形态工作分析研判；年初制定意识形态工作责任清单；讲解员、志愿者讲解词每年审核更新一次。",
                 "研判每少1次扣1分；无责任清单的扣1分；讲解词未审核更新的扣0.5分。",
                 4, "研判记录、责任清单、讲解词审核表"),
            _row("党风廉政",
                 "年初签订党风廉政建设责任书；每半年开展一次警示教育；藏品征集、展览布展、文创开发等重点环节廉政风险防控措施落实；全年无违纪违法问题。",
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；重点环节出现管理漏洞的，酌情扣1-2分；党员受到党纪政务处分的，每人扣2分。",
                 5, "责任书、警示教育记录、风险防控清单"),
        )),
        Section("组织建设", "组织建设（25分）", 25, (
            _row("三会一课",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于2次；党员参会率不低于百分之"
                 "九十。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣1分；参会率90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分。",
                 7, "会议记录本、签到表"),
            _row("主题党日",
                 "每月开展一次主题党日活动，活动有方案、有照片，结合展览开展“馆中党课”“展厅里的思政课”；年内组织党员到宁波市革命烈士纪念馆、浙东抗日根据地"
                 "旧址等开展现场教学不少于2次。",
                 "主题党日每少1次扣0.3分，最高扣2分；未开展“馆中党课”的扣1分；现场教学每少1次扣0.5分；活动缺方案或照片的，每次扣0.1分，最高扣1分。",
                 6, "活动方案、活动照片"),
            _row("组织生活",
                 "每年召开一次组织生活会，会前广泛征求观众和服务对象意见，开展谈心谈话；会后开展民主评议党员，党员参评率100%；查摆问题建立整改清单，逐项"
                 "销号。",
                 "未召开组织生活会的扣2分；未征求意见或未开展谈心谈话的，每项扣0.5分；未开展民主评议党员的扣1分；参评率低于100%的扣0.5分；无整改清单或未"
                 "销号的扣1分。",
                 6, "会议记录、征求意见汇总表、民主评议测评表、整改清单"),
            _row("党员管理",
                 "党员按月交纳党费，每半年公示一次；年内发展党员或确定入党积极分子不少于1名，注重在青年策展人、研究馆员、修复师中发展；离退休党员（老艺术家）"
                 "每季度联系一次。",
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；未发展党员或确定积极分子的扣1.5分；联系离退休党员每少1人次扣0.1分，最高"
                 "扣1.5分。",
                 6, "党费收缴台账、发展党员材料、联系记录"),
        )),
        Section("业务融合", "业务融合（30分）", 30, (
            _row("党建+展览",
                 "围绕重大主题策划举办主题美术展览，年内不少于3个；支部党员担任主题展览策展人或项目负责人；全年观众人数达到10万人次以上。",
                 "主题展览每少1个扣1.5分；党员未担任策展人或项目负责人的扣1分；观众人数10万人次以上的得2.5分，8万（含）—10万人次的得1.5分，5万（含）—8万"
                 "人次的得0.5分，5万人次以下的不得分。",
                 8, "展览方案、观众统计表"),
            _row("公共教育",
                 "党员带头开展美育进校园、进社区等公共教育活动，全年不少于40场；组建党员讲解志愿服务队，节假日开展志愿讲解；为老年人、残疾人等特殊群体开展"
                 "无障碍导览服务每季度至少1次。",
                 "公共教育活动每少5场扣0.5分，最高扣2.5分；未组建党员讲解志愿服务队的扣1分；节假日未开展志愿讲解的扣1分；无障碍导览每少1次扣0.5分，最高扣"
                 "2分。",
                 7, "活动台账、志愿服务记录、活动照片"),
            _row("典藏研究",
                 "党员业务骨干带头开展藏品研究和数字化工作，年内完成藏品数字化登录不少于500件；承担或参与市级以上课题不少于1项；藏品安全管理制度健全，全年"
                 "不发生藏品损毁、丢失事故。",
                 "数字化登录每少50件扣0.2分，最高扣1.5分；无市级以上课题的扣1分；藏品安全管理制度不健全的扣1分；发生藏品损毁、丢失事故的，本项不得分。",
                 5, "藏品数字化登记表、课题立项文件"),
            _row("支部共建",
                 "与学校、社区、“两新”组织党组织开展结对共建不少于2家，签订共建协议，每半年开展一次共建活动；打造“艺心向党”党建品牌，形成品牌创建方案。",
                 "结对共建每少1家扣1分；共建活动每少1次扣0.5分，最高扣1.5分；未形成品牌创建方案的扣1分；品牌特色不鲜明的，酌情扣0.5-1分。",
                 5, "共建协议、品牌创建方案"),
            _row("安全开放",
                 "落实安全生产“党政同责、一岗双责”，每月开展一次消防和展厅安全检查；每年组织一次消防应急疏散演练；严格执行公示的开放时间，全年无因管理原因"
                 "擅自闭馆。",
                 "安全检查每少1次扣0.3分，最高扣1.5分；未开展应急演练的扣1.5分；发生安全责任事故的，每起扣2分；擅自闭馆、缩短开放时间的，酌情扣1分。",
                 5, "安全检查记录、演练照片"),
        )),
        Section("队伍作风", "队伍作风（15分）", 15, (
            _row("先锋示范",
                 "设立“党员先锋岗”“党员责任区”不少于3个，党员在展厅、服务台佩戴党员徽章；党员年度考核优秀比例不低于百分之二十五。",
                 "先锋岗、责任区每少1个扣1分；党员未佩戴徽章的，每人次扣0.1分，最高扣1分；优秀比例低于25%的扣1分；先锋岗作用发挥由考核组评定，好的得1.5分，"
                 "较好的得1分，一般的不得分。",
                 5, "先锋岗名单、挂牌照片"),
            _row("人才培养",
                 "实施青年艺术人才培养计划，党员骨干与青年职工“师带徒”结对不少于3对；支部委员与每名青年职工每半年谈心一次；年内推荐青年职工参加高级研修班"
                 "或挂职锻炼不少于2人次。",
                 "“师带徒”每少1对扣0.5分；谈心每少1人次扣0.1分，最高扣1.5分；推荐研修、挂职每少1人次扣0.5分。",
                 5, "结对协议、谈心记录"),
            _row("作风建设",
                 "开展“文明服务窗口”创建，观众投诉按期办结率100%；严格执行中央八项规定精神，不收受展览合作方礼品礼金。",
                 "投诉未按期办结的，每件扣0.5分，最高扣2分；创建工作不扎实的，酌情扣0.5-1分；违反中央八项规定精神被查处的，本项不得分。",
                 5, "投诉处理台账"),
        )),
        Section("服务评价", "服务评价（10分）", 10, (
            _row("计划述职",
                 "年初制定支部工作计划和党建与业务融合项目清单；年底形成工作总结；支部书记年底在局机关党委述职评议会上述职。",
                 "缺计划、项目清单或总结的，每项扣1分；书记未述职的扣1.5分。",
                 4, "工作计划、项目清单、工作总结、述职报告"),
            _row("观众满意",
                 "年底委托第三方开展观众满意度调查，满意度达到百分之九十五以上。",
                 "满意度98%以上的得6分，95%（含）—98%的得5分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分。",
                 6, "第三方调查报告"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核标准", "评分细则", "分值", "备查资料"]
NOTES = (
    "备注：",
    "1.本表由局机关党委于12月下旬组织考核，机关党委办公室牵头，人事处、艺术处、公共服务处参加，驻局纪检监察组派员监督，采取听取汇报、查阅备查资料、"
    "实地查看、个别谈话相结合的方式进行，以2025年1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分细则列明得分档次或等次的，按档次、等次计分；观众人数以馆票务预约系统统计为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；考核结果作为评选局系统“先进基层党组织”和馆领导班子年度"
    "考核的重要依据。",
)
SIGN = "考核组成员（签字）：                    党支部书记（签字）：                    考核日期：    年  月  日"


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：宁波美术馆党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.add_paragraph(SIGN)
    document.save(str(path))
