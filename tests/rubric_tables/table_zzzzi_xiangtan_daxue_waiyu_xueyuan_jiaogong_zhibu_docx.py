"""湘潭大学外国语学院2025年度教职工党支部建设考核评分表 (.docx), as the 学院党委 of a 外国语学院 of a 湖南 湘潭 university (its 组织员 with
the 党委委员 of each 联系支部, the 学院 教学办 and the 学院 纪检委员, a 考核组 meeting each 支部 in the last week of the autumn 学期, after the 专业
四级 and before the 期末) scores the 教职工党支部 built on the 系 and 教研室: the 英语系, the 日语系, the 翻译系 and the 大学外语教学部 whose 党员
teachers teach the 公共外语 to the whole campus, the 外籍教师 the 学院 hires and the 境外教材 it orders, the 留学归国 young teachers the 支部 brings
towards the 党, the 翻译 volunteers sent to the 国际 赛会 and the 社区 English corners, the 退休 professors of the old 系: a table printed with
section rows, whose 考核内容 prints what the 支部 must have done with its figures, whose 评分标准 takes points off one clause at a time or scores a
rate or an hour in bands, and whose 考核方式 names only the ways of checking: 政治建设 (a monthly 理论学习, the 参学率 and a 每学期 专题研讨; a 每学期
专题分析 of the 思想动态, the 审核 of 境外教材, the 审批 of the 涉外活动 and a 一票否决; the 师德承诺书, a 每学期 专题教育, no 学术不端 and a 一票否决;
the 支部 heard on the 职称评审 and the 人才引进), 组织建设 (the 换届, 3至5人, the “双带头人” 书记 with 32学时 and the 报批 of the 设置; the “三会一课”
with the 书记's 党课 each 学期, the 党委委员's 党课 and the 签到; the monthly 主题党日 with a yearly 现场教学; the 组织生活会 with 谈心谈话, 对照检查,
the 民主评议 with its 通报 and its 测评表; one 积极分子 with a quarterly 谈话, the 公示, 党费 按月 with a half-yearly 公示 and a 一票否决), 作用发挥
(a 示范课 each 学期 and the 评教 优良率 in bands; two 联合教研 each 学期 and the 课程思政 比例; two 走访 of the 宿舍 each 学期, the 联系记录 and the 班导师
比例; the 人均 翻译 志愿服务时长 in bands and two 志愿服务; a yearly 满意度测评 with the 教职工 and 学生 满意度 in bands; a 每学期 谈心谈话, its
覆盖率 and the “七一”、春节 慰问) and 责任落实 (the 年初 计划 by the end of March, the 上半年 小结 by 7月10日 and the 年终 总结; the 年底 述职 and the
“好”等次比例 in bands; a 每学期 警示教育, the 廉洁提醒, the 廉洁从教承诺书 and no 处分).

The title (bold, centred) and a centred "（考核对象：学院各教职工党支部）" line above one table: 序号 | 考核内容 | 评分标准 | 分值 | 考核方式. Each
category is a SECTION ROW merged across the whole table, printed WITH an ordinal and its points on one line, "一、政治建设（20分）". 序号 (FIRST
column) RESTARTS at 1 under every section row (ids "1.1" … "4.3"). There is no short sub-label: 考核内容 (`Row.text`) says what is required; 评分
标准 (`Row.scoring`) comes BEFORE the 分值, a plain number; 考核方式 (`Row.method`) only names ways of checking (查阅资料, 听课, 座谈了解, 个别访谈,
实地查看, 问卷测评, 系统查询), joined by "、". A 合计 row of 100 closes the table; a "备注：" paragraph follows it. Counts in figures and Chinese
numerals, nearly all in the 考核内容 ("每月组织一次", "不低于百分之九十", "每学期开展一次", "每学期专题分析一次", "每年", "每学期开展一次", "按期",
"3至5人", "每年…不少于32学时", "支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每学期讲党课不少于1次", "每年…1次",
"每月开展一次", "每年开展一次", "每年召开一次", "年内…不少于1名", "每季度…谈话一次", "不少于5个工作日", "按月", "每半年公示一次", "每学期…不少于1节",
"百分之九十", "每学期…不少于2次", "百分之六十", "1个", "每学期…不少于2次", "百分之五十", "不少于12小时", "年内…不少于2次", "每学年开展一次", "百分之
九十", "每学期…一次", "100%", "“七一”、春节", "年初", "3月底前", "7月10日前", "年终", "年底", "不低于百分之八十", "每学期开展一次", "每年"); "最高扣"
caps; bands in five rows (the 评教 优良率 for 4 of the 6 points, the 志愿服务时长 in 小时 for 3 of the 5, the 教职工 and the 学生 满意度 for 3 of the 6
each, the “好”等次比例 for 3 of the 5), each closed by "…以下的不得分"; "酌情扣1-2分" once, "酌情扣0.5-1分" once, "酌情扣1分" once and "酌情扣0.5分"
once; three "实行一票否决，本项不得分"; one other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float, method: str) -> Row:
    """One row in the order the table prints it: 考核内容, 评分标准, 分值, 考核方式."""
    return Row(text, points, scoring, method)


TABLE = Table(
    name="zzzzi_xiangtan_daxue_waiyu_xueyuan_jiaogong_zhibu_docx",
    fmt="docx",
    title="湘潭大学外国语学院2025年度教职工党支部建设考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("支部每月组织一次政治理论学习，党员参学率不低于百分之九十；每学期开展一次专题研讨，形成研讨材料。",
                 "理论学习每少1次扣0.5分；参学率每低5个百分点扣0.5分，最高扣1.5分；专题研讨每少1次扣0.5分。", 5, "查阅资料"),
            _row("落实意识形态工作责任制，支部每学期专题分析一次教师思想动态；外籍教师聘用、境外教材选用、涉外学术交流活动履行审核审批程序；教师课堂"
                 "讲授守纪律。",
                 "专题分析每少1次扣1分；境外教材未经审核选用的，每种扣1分；涉外活动未履行审批的，每次扣1分；教师课堂发表错误言论的，每人扣2分；"
                 "发生意识形态领域重大事件的，实行一票否决，本项不得分。", 6, "查阅资料、听课"),
            _row("教职工每年签订师德承诺书；每学期开展一次师德师风专题教育；不发生学术不端和师德失范行为。",
                 "承诺书未签订的，每人扣0.2分，最高扣1分；专题教育每少1次扣0.5分；发生学术不端的，每起扣2分；发生师德失范造成恶劣影响的，实行一票"
                 "否决，本项不得分。", 5, "查阅资料、座谈了解"),
            _row("支部参与学院重要事项讨论，教师职称评审、评优评先、人才引进等涉及本系（教研室）的事项听取支部意见，支部书记参加学院党政联席会议相关"
                 "议题。",
                 "未听取支部意见的，每件扣1分，最高扣3分；支部书记未参加相关议题的扣1分。", 4, "查阅资料、个别访谈"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("支部按期换届，支委会由3至5人组成；支部书记由“双带头人”教师担任，每年参加校级以上培训不少于32学时；按系（教研室）设置支部，支部设置"
                 "调整报学院党委审批。",
                 "未按期换届的扣2分；书记非“双带头人”的扣1分；培训学时不足的扣1分；支部设置调整未报批的扣0.5分。", 5, "查阅资料"),
            _row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每学期讲党课不少于1次，学院党委委员每年到联系"
                 "支部讲党课1次；会议有签到、有记录。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；党委委员未到联系支部讲党课的扣0.5分；缺签到的，每次扣0.1分；会议"
                 "记录补记、代签的，本项不得分。", 7, "查阅资料"),
            _row("每月开展一次主题党日，结合“外语+思政”、服务国际交流等确定主题，寒暑假期间可线上开展；每年开展一次红色教育基地现场教学。",
                 "主题党日每少1次扣0.5分，最高扣3分；未开展现场教学的扣1分；主题不鲜明、内容雷同的，酌情扣0.5-1分。", 5, "查阅资料、实地查看"),
            _row("每年召开一次组织生活会，会前开展谈心谈话，支委和党员撰写对照检查材料，开展批评和自我批评；开展民主评议党员，使用民主评议测评表，评议"
                 "结果在支部内通报并报学院党委。",
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣1分；缺对照检查材料的，每人扣0.2分，最高扣1分；未开展民主评议党员的扣1分；评议结果未"
                 "通报的扣0.5分；无测评表的扣0.5分。", 6, "查阅资料、个别访谈"),
            _row("注重在青年教师、留学归国教师中发展党员，年内确定入党积极分子不少于1名，培养联系人每季度与积极分子谈话一次；发展对象公示不少于5个工作日；"
                 "党员按月交纳党费，每半年公示一次。",
                 "未确定入党积极分子的扣1分；培养谈话每少1次扣0.3分；发展对象未公示的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少"
                 "1次扣0.5分；违反程序发展党员的，实行一票否决，本项不得分。", 7, "查阅资料、系统查询"),
        )),
        Section("作用发挥", "三、作用发挥（35分）", 35, (
            _row("支部开展“党员示范课堂”，党员教师每学期开设示范课或公开课不少于1节；党员教师学生评教优良率达到百分之九十。",
                 "示范课每少1节扣0.3分，最高扣2分；优良率90%以上的得4分，85%（含）—90%的得3分，80%（含）—85%的得2分，80%以下的不得分。", 6,
                 "查阅资料、听课、系统查询"),
            _row("支部与教研室协同开展教学研讨，每学期联合开展教研活动不少于2次；党员教师参与课程思政示范课程建设的比例达到百分之六十。",
                 "联合教研活动每少1次扣0.5分，最高扣2分；比例每低10个百分点扣0.5分，最高扣2分；课程思政建设成效不明显的，酌情扣1-2分。", 6,
                 "查阅资料、座谈了解"),
            _row("每名党员教师联系1个学生宿舍或班级，每学期走访联系宿舍（班级）不少于2次，建立联系记录；党员教师担任本科生班导师的比例达到百分之五十。",
                 "联系不到位的，每人扣0.2分，最高扣1.5分；走访每少1次扣0.2分，最高扣1.5分；无联系记录的扣1分；班导师比例每低10个百分点扣0.5分。",
                 6, "查阅资料、实地查看"),
            _row("发挥外语专业优势，党员教师参加大型国际赛会、涉外活动翻译或社区外语志愿服务，年人均志愿服务时长不少于12小时；支部年内组织志愿服务活动"
                 "不少于2次。",
                 "人均时长12小时以上的得3分，8小时（含）—12小时的得2分，8小时以下的不得分；志愿服务活动每少1次扣1分。", 5, "查阅资料"),
            _row("每学年开展一次满意度测评，教职工对支部工作的满意度、学生对党员教师的满意度均达到百分之九十。",
                 "教职工满意度90%以上的得3分，85%（含）—90%的得2分，80%（含）—85%的得1分，80%以下的不得分；学生满意度90%以上的得3分，80%（含）—90%"
                 "的得2分，80%以下的不得分。", 6, "问卷测评"),
            _row("支部书记每学期与青年教师、留学归国教师谈心谈话一次，覆盖率达到100%；关心关爱退休教师和困难教职工，“七一”、春节走访慰问。",
                 "谈心谈话覆盖率每低10个百分点扣0.5分，最高扣2分；走访慰问每少1次扣0.5分；党员重大疾病、家庭变故未及时关怀的，酌情扣1分。", 6,
                 "查阅资料、座谈了解"),
        )),
        Section("责任落实", "四、责任落实（15分）", 15, (
            _row("年初制定支部工作计划，3月底前报学院党委；7月10日前形成上半年工作小结；年终形成年度工作总结。",
                 "缺一项扣1分；未按时报送的，每项扣0.5分；计划、总结内容空泛的，酌情扣0.5分。", 5, "查阅资料"),
            _row("支部书记年底向学院党委述职，接受党员评议，评议“好”等次比例不低于百分之八十。",
                 "未述职的扣2分；“好”等次比例80%以上的得3分，70%（含）—80%的得2分，60%（含）—70%的得1分，60%以下的不得分。", 5, "查阅资料、问卷测评"),
            _row("每学期开展一次警示教育；在招生考试、职称评审、科研经费使用等重点环节开展廉洁提醒；党员教师每年签订廉洁从教承诺书。",
                 "警示教育每少1次扣0.5分；未开展廉洁提醒的扣1分；未签订承诺书的，每人扣0.2分；党员教师受到党纪政务处分的，每人扣2分。", 5,
                 "查阅资料、个别访谈"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分标准", "分值", "考核方式"]
NOTE = ("备注：本表由学院党委于每年12月下旬组织考核，学院党委委员分组到联系支部，采取查阅资料、随堂听课、座谈了解、个别访谈、问卷测评相结合的方式"
        "进行；各项扣分以该项分值为限，扣完为止；“每学期”按春季、秋季两个学期计；考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为"
        "“一般”，70分以下的为“差”，考核结果作为“样板支部”“先进党支部”推荐的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：学院各教职工党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for i, row in enumerate(s.rows, 1):
            cells = ((0, str(i)), (1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
