"""南阳开放大学党委2025年度教职工党支部考核细则 (.docx), as the 党委 of the 南阳开放大学 in 河南 (the old 南阳广播电视大学; its 党委组织部 with the 宣传部,
the 教务处, the 学习支持服务中心, the 社区教育学院 and the 纪委, a 考核组 sitting with each 支部书记 in the 卧龙区 campus in the second half of December,
when the 白河 is low, the 月季 beds by the gate are cut back for the winter, the 冬季学期 examinations of the 开放教育 students are being set and the
县区 教学点 in 西峡, 淅川 and 桐柏 send in their 学期 reports) scores the 党支部 of its 教职工: the 文法、理工、经管 教学部 支部 whose 党员 teach adults
online and at weekends, the 社区教育学院 and 老年开放大学 支部 whose 党员 lecture in the 社区 and the 养老机构, the 机关 支部 of the 学习支持服务中心 that
answers the 学员 on the platform: a table whose 考核要求 prints what the 支部 must have done, whose 评分细则 takes points off one clause at a time (scoring
the 网上辅导 回帖率 in bands and the 示范岗 作用 by 好/较好/一般), and whose 佐证材料 names the papers: 政治引领 (the “第一议题”, a monthly 集中学习 and
32学时 on the platform; a 课程思政 示范课 and a 思想动态分析 each 学期 and the 违背师德 言论; a half-yearly 专题研究, the 审核 and a "本项不得分"; the 师德
承诺书 签订率, one 专题教育 each 学年 and no 师德失范), 组织建设 (the “三会一课” through the 寒暑假, the 书记's two 党课, the 记录 and the 签到表; the 主题党日 on
the second Thursday, four 送教 and the 形式; the 组织生活会, the 征求意见, the 谈心谈话, the 民主评议 with its 备案 and the 批评; one 积极分子, a quarterly
谈话 of the 培养联系人, the 公示 and a "本项不得分"; 党费 按月 with a half-yearly 公示, a monthly 联系 of the 访学、挂职 党员 and the 系统; the “双带头人”,
one 培训, the 议事规则 and the 分工), 业务融合 (the 资源建设完成率, the 回帖率 in bands and no 教学事故; three 示范岗, the 名师工作室, the 优秀比例 and the
作用 graded; six 讲座, 16小时 and the 学员 满意度; a quarterly 督导 of the 教学点, the 招生 of 200 and the 结对 and its 整改; twenty 学员 each, a monthly
联系 and the 办结率; two 报道, two 信息 a quarter and the 品牌) and 基础保障 (the 场所, the 标识、制度 and the monthly “网上党支部”; the 年初 计划, the
7月10日 半年小结, the 年底 总结, the 年底 述职 and its 满意率; the 年底 满意率 "每低1个百分点").

The title (bold, centred) and a centred "（考核对象：学校各教职工党支部）" line above one table: 序号 | 考核指标 | 考核要求 | 分值 | 评分细则 | 佐证材料.
Each category is a SECTION ROW merged across the table, printed WITH a bracketed ordinal and its points on one line, "（一）政治引领（20分）". 序号
(FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.3"). 考核指标 is a short name (`Row.indicator`); 考核要求 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`); 佐证材料 (`Row.method`) names the papers, joined by "、". A 合计 row of 100 closes
the table; a "说明：" paragraph and four numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 考核要求 ("每月开展一次",
"每人每年…不少于32学时", "每学期至少…1门", "每学期开展一次", "每半年专题研究一次", "全年", "100%", "每学年开展一次", "全年", "支部委员会每月召开1次，党员
大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "全年次数不减少", "每年讲党课不少于2次", "每月第二周周四", "年内…不少于4次", "每年召开一次",
"年内…不少于1名", "每季度…谈话一次", "不少于5个工作日", "按月", "每半年公示一次", "每月联系一次", "年内…不少于1次", "100%", "不低于百分之九十五",
"全年", "不少于3个", "不少于1个", "不低于百分之二十", "年内…不少于6场", "不少于16小时", "不低于百分之九十", "每季度…一次", "年内…不少于200人",
"不少于20名", "每月至少联系一次", "100%", "年内…不少于2次", "每季度…不少于2条", "每月更新", "年初", "7月10日前", "年底", "年底", "不低于百分之八十五",
"年底", "不低于百分之九十"); "最高扣" caps; bands of the 回帖率 (3 of the 6 points, closed by "85%以下的不得分"); the 示范岗 作用 graded "好的得1.5分，
较好的得1分，一般的不得分"; "每少10人" once; "每低1个百分点" twice and "每低5个百分点" once; "酌情扣0.5-1分" four times and "酌情扣0.5-1.5分" once;
three "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the table prints it: 考核指标, 考核要求, 分值, 评分细则, 佐证材料."""
    return Row(text, points, scoring, proof, indicator=label)


TABLE = Table(
    name="zzzzx_nanyang_kaifang_daxue_jiaogong_zhibu_docx",
    fmt="docx",
    title="南阳开放大学党委2025年度教职工党支部考核细则",
    numbering="restart",
    sections=(
        Section("政治引领", "（一）政治引领（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月开展一次集中学习；教职工党员每人每年参加学习培训不少于32学时，依托开放教育平台开展线上学习。", 5,
                 "“第一议题”制度未落实的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分。", "学习记录、学时统计表"),
            _row("思政育人",
                 "落实“三全育人”要求，党员教师将思想政治教育融入课程教学，每学期至少开设课程思政示范课1门；每学期开展一次师生思想动态分析。", 5,
                 "课程思政示范课每少1门扣1分；思想动态分析每少1次扣0.5分；党员教师课堂出现违背师德言论的，每人次扣2分。", "示范课教案、分析报告"),
            _row("意识形态",
                 "落实意识形态工作责任制，支部每半年专题研究一次意识形态工作；网络课程、直播课堂和学习平台发布内容严格审核；全年不发生意识形态领域"
                 "问题。", 5,
                 "专题研究每少1次扣1分；平台内容未经审核发布的，每次扣0.5分，最高扣1.5分；发生意识形态问题造成不良影响的，本项不得分。",
                 "支委会会议记录、内容审核登记表"),
            _row("师德师风",
                 "教职工党员签订师德师风承诺书，签订率达到100%；每学年开展一次师德师风专题教育；党员教师全年无师德失范行为。", 5,
                 "承诺书每少1人扣0.2分，最高扣1分；未开展专题教育的扣1.5分；党员教师出现师德失范行为的，本项不得分。", "师德承诺书、专题教育照片"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；寒暑假期间可调整时间，但全年次数不减少；支部书记"
                 "每年讲党课不少于2次。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣5分；书记讲党课每少1次扣0.5分，最高扣1分；会议记录不规范的，酌情扣0.5-1分；无签到表的，每次扣0.1分，"
                 "最高扣1分。", "会议记录本、签到表"),
            _row("主题党日",
                 "每月第二周周四开展主题党日，结合“开放教育进社区”“送教下乡”开展实践活动；年内组织党员到县区教学点送教不少于4次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；送教每少1次扣0.5分，最高扣2分；活动形式单一的，酌情扣0.5-1分。", "活动方案、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前征求师生意见、开展谈心谈话，会上开展批评和自我批评；会后开展民主评议党员，评议结果报学校党委组织部备案。", 6,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分；批评和"
                 "自我批评不深入的，酌情扣0.5-1分。", "会议记录、征求意见表、民主评议测评表"),
            _row("发展党员",
                 "注重在青年教师、高层次人才中发展党员，年内确定入党积极分子不少于1名；培养联系人每季度与积极分子谈话一次；发展对象公示不少于5个"
                 "工作日。", 4,
                 "未确定积极分子的扣1分；谈话每少1次扣0.3分，最高扣1分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。", "发展党员档案、公示截图"),
            _row("党员管理",
                 "党员按月交纳党费，党费收缴情况每半年公示一次；在外访学、挂职的党员每月联系一次；党员信息在全国党员管理信息系统中维护及时、准确。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分；联系每少1次扣0.1分，最高扣1分；系统信息不准确的，每人扣0.1分，最高扣"
                 "0.5分。", "党费收缴台账、公示照片"),
            _row("支部班子",
                 "支部书记由“双带头人”教师担任，年内参加学校以上党支部书记培训不少于1次；支部委员分工明确，支委会议事规则健全。", 3,
                 "书记非“双带头人”的扣1分；未参加培训的扣1分；议事规则不健全的扣0.5分；分工不明确的扣0.5分。", "培训证书、议事规则"),
        )),
        Section("业务融合", "（三）业务融合（35分）", 35, (
            _row("党建+教学",
                 "党员教师承担开放教育核心课程，主讲课程网上教学资源建设完成率达到100%；网上教学辅导按时回帖率不低于百分之九十五；全年不发生教学事故。", 6,
                 "资源建设完成率每低5个百分点扣0.5分，最高扣2分；回帖率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分；"
                 "党员教师发生教学事故的，每起扣1分。", "平台数据截图"),
            _row("示范引领",
                 "设立“党员示范岗”不少于3个、党员教学名师工作室不少于1个；党员教师年度考核优秀比例不低于百分之二十。", 5,
                 "示范岗每少1个扣0.5分；未设立名师工作室的扣1分；优秀比例低于20%的扣1分；示范岗作用发挥由考核组评定，好的得1.5分，较好的得1分，一般的"
                 "不得分。", "示范岗名单、工作室挂牌照片"),
            _row("社区教育",
                 "依托社区教育学院、老年开放大学，年内组织党员教师到社区、养老机构开展老年教育、家庭教育讲座不少于6场；党员教师人均志愿服务时长不少于"
                 "16小时；学员满意度不低于百分之九十。", 6,
                 "讲座每少1场扣0.5分，最高扣3分；人均时长每少1小时扣0.2分，最高扣2分；学员满意度低于90%的扣1分。", "讲座通知、签到表、志愿服务平台记录"),
            _row("服务乡村振兴",
                 "实施“一村一名大学生计划”，党员教师与县区教学点结对，每季度到教学点开展一次教学督导；年内完成农民学员招生不少于200人。", 6,
                 "督导每少1次扣0.5分，最高扣2分；招生每少10人扣0.5分，最高扣2分；结对未落实的扣1分；督导发现问题未跟踪整改的，酌情扣0.5-1分。",
                 "结对协议、督导记录"),
            _row("服务学员",
                 "推行“党员教师联系学员”制度，每名党员教师联系学员不少于20名，每月至少联系一次；学员投诉按期办结率达到100%。", 5,
                 "联系学员不足20名的，每人扣0.2分，最高扣1分；联系每少1次扣0.1分，最高扣2分；办结率每低1个百分点扣0.2分，最高扣2分。",
                 "联系记录、投诉台账"),
            _row("宣传品牌",
                 "年内在市级以上媒体宣传报道支部工作不少于2次；支部每季度在学校网站、公众号发布党建信息不少于2条；打造“一支部一品牌”。", 7,
                 "宣传报道每少1次扣1分；党建信息每少1条扣0.3分，最高扣2分；未打造品牌的扣1.5分；品牌特色不鲜明的，酌情扣0.5-1.5分。",
                 "报道截图、品牌创建方案"),
        )),
        Section("基础保障", "（四）基础保障（15分）", 15, (
            _row("阵地建设",
                 "支部有固定活动场所，党员活动室有标识、有制度；依托开放教育平台建设“网上党支部”，每月更新内容。", 4,
                 "无固定活动场所的扣1分；标识、制度每缺一项扣0.5分；“网上党支部”未按月更新的，每月扣0.1分，最高扣1分。", "活动室照片、平台截图"),
            _row("计划述职",
                 "年初制定支部工作计划，7月10日前报送半年工作小结，年底形成工作总结；支部书记年底向学校党委述职，述职评议满意率不低于百分之八十五。", 6,
                 "缺计划、半年小结或总结的，每项扣1分；未述职的扣2分；满意率低于85%的扣1分。", "工作计划、半年小结、工作总结、述职报告"),
            _row("师生评价",
                 "年底由学校党委组织教职工、学员代表对支部工作开展满意度测评，满意率不低于百分之九十。", 5,
                 "满意率每低1个百分点扣0.5分，最高扣5分。", "测评统计表"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核要求", "分值", "评分细则", "佐证材料"]
NOTES = (
    "说明：",
    "1.本细则由学校党委于12月下旬组织考核，党委组织部牵头，宣传部、教务处、学习支持服务中心、纪委参加，采取听取汇报、查阅佐证材料、平台数据核对、"
    "个别谈话、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分细则列明得分档次或等次的，按档次、等次计分。",
    "3.回帖率、资源建设完成率以国家开放大学学习网统计数据为准，招生人数以学校招生办公室统计为准。",
    "4.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”，考核结果作为“样板支部”“标杆院系”培育创建的"
    "依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：学校各教职工党支部）")
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
    document.save(str(path))
