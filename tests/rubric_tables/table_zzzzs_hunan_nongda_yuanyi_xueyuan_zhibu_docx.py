"""湖南农业大学园艺学院党委2025年度党支部建设质量考核评分细则 (.docx), as the 学院党委 of the 园艺学院 of 湖南农业大学 in 长沙 芙蓉区 (its 组织员
with the 学院 党政办, the 学工办, the 研究生秘书 and the 学院 纪委委员, a 考核组 sitting with each 支部书记 in the 学院 会议室 in the week after the
期末考试, when the 耘园 茶园 are pruned, the 柑橘 of the 教学实习基地 are picked and the 学生 are packing for 寒假) scores the 党支部 of the 学院: the
教工党支部 of the 园艺系, the 茶学系 and the 园林系 whose 支部书记 are professors with 课题组, the 学生党支部 of the 本科 年级 and the 研究生 whose
党员 are in the 实验室 and the 田间 as often as in the 教室, the 对口帮扶村 in 湘西 where the 支部 go to teach 果树修剪: a table whose 考核内容 prints
what the 支部 must have done, whose 评分标准 takes points off one clause at a time, scores the 参学率 in bands, grades the 融合成效 “好”/“较好”/“一般”,
and whose 考核方式 says how the 考核组 looks: 政治建设 (the “第一议题”, a monthly 集中学习, the 参学率 in bands and the 补学; 32学时 and the 学习档案; a
semesterly 研判, the 审批, the 先审后发 and a 一票否决), 组织建设 (the 换届, the “双带头人” 书记 and the 支委会; the “三会一课”, the 书记's 党课 and an
invited one; the 主题党日 with 方案、签到、照片 and two 实践类 ones; the 组织生活会, the 谈心谈话, the 征求意见, the 民主评议 and its 备案; 党费 按月, the
核定 in March and a half-yearly 公示; a yearly 自查 and its 报告), 发展与管理 (two 积极分子, the 发展计划, the 党校 结业, the 公示 and a 一票否决; a
half-yearly 考察, a monthly 谈话 and a quarterly 思想汇报; the 积分 with a semesterly 公示, the 年底 评选 and the 优良率; a semesterly 谈心谈话 with
every 党员, the 关怀 and the “七一” 慰问; the 信息 准确率, the 转接率 and a monthly 联系), 作用发挥 (two 专题研讨 a semester, the 学业帮扶 and the
融合成效 graded; the 志愿服务队, 20小时 and two 对口 服务; the 先锋岗 and 示范宿舍, the 达标率 and no 处分; the 品牌, three 品牌活动 and a 案例) and
基础保障 (the 年初 计划, the 年底 总结, the 年底 述职 and its 满意率; the 平台 monthly and the 工作手册).

The title (bold, centred), a centred "（考核对象：学院各教工党支部、学生党支部）" line and a plain "支部名称：    支部书记：    考核日期：" line above one
table: 序号 | 考核内容 | 评分标准 | 分值 | 考核方式. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one
line, "一、政治建设（15分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "5.2"). There is no short sub-label: 考核内容
(`Row.text`) says what is required; the 评分标准 (`Row.scoring`) comes BEFORE the 分值, a plain number; 考核方式 (`Row.method`) names ways of checking
only (查阅资料, 平台查询, 个别访谈, 网络巡查, 现场查看, 抽查党员 …), no papers. A 合计 row of 100 closes the table; a "说明：" paragraph and three numbered
lines follow it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月组织一次", "不低于百分之九十", "每人每年…不少于32学时",
"每学期开展一次", "按期", "3至5人", "7名以上", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于
1次", "不少于1次", "每月开展一次", "年内…不少于2次", "每年召开一次", "按月", "每月0.2元", "每年3月核定一次", "每半年公示一次", "每学年开展一次",
"年内…不少于2名", "不少于5个工作日", "每半年…一次", "每月…一次", "每季度…一次", "每学期公示一次", "年底", "不低于百分之八十", "每学期…不少于1次",
"“七一”", "100%", "100%", "每月联系一次", "每学期不少于2次", "不少于1名", "每人每年…不少于20小时", "年内…不少于2次", "100%", "年内…不少于3次",
"1篇以上", "年初", "年底", "年底", "不低于百分之九十", "按月", "年底"); "最高扣" caps; bands of the 参学率 (2 of the 5 points), closed by "…以下的
不得分"; one part graded “好”/“较好”/“一般” by the 考核组; "酌情扣0.5-1分" four times and "酌情扣1-2分" once; two "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float, how: str) -> Row:
    """One row in the order the table prints it: 考核内容, 评分标准, 分值, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzs_hunan_nongda_yuanyi_xueyuan_zhibu_docx",
    fmt="docx",
    title="湖南农业大学园艺学院党委2025年度党支部建设质量考核评分细则",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("落实“第一议题”制度，支部每月组织一次集中政治理论学习，寒暑假期间可线上开展；党员参学率不低于百分之九十，因教学科研、实习实训缺席的"
                 "及时补学。",
                 "集中学习每少1次扣0.3分，最高扣2分；参学率90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分；缺席未补学的，每人次扣0.1分，最高"
                 "扣1分。", 5, "查阅资料、抽查党员"),
            _row("党员每人每年参加学习培训不少于32学时，学习情况记入党员学习档案。",
                 "学时不足的，每人扣0.2分，最高扣2分；未建立学习档案的扣1分；学习档案记录不全的，酌情扣0.5-1分。", 4, "查阅资料、平台查询"),
            _row("每学期开展一次师生思想动态和意识形态形势分析研判；支部举办的讲座、论坛、报告会严格履行审批程序，支部新媒体平台信息先审后发；不发生"
                 "意识形态领域问题。",
                 "研判每少1次扣1分；讲座、论坛、报告会未履行审批程序的，每次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1分；发生意识形态领域问题"
                 "造成不良影响的，实行一票否决，本项不得分。", 6, "查阅资料、网络巡查"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("支部按期换届，支部委员会由3至5人组成；教工党支部书记由“双带头人”担任，学生党支部书记由辅导员、专业教师或优秀学生党员担任；正式党员"
                 "7名以上的支部设立支部委员会。",
                 "未按期换届的扣2分；教工党支部书记非“双带头人”的扣1分；支部委员会设置不符合规定的扣1分。", 4, "查阅资料"),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次，邀请学院党委班子成员"
                 "或专家学者讲党课不少于1次。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；支部书记未讲党课的扣1.5分；未邀请讲党课的扣0.5分；会议记录要素不全的，每次扣0.1分，最高扣"
                 "1分。", 7, "查阅资料"),
            _row("每月开展一次主题党日活动，做到有方案、有签到、有照片；年内结合专业特色开展“科技兴农”“田间课堂”等实践类主题党日不少于2次。",
                 "主题党日每少1次扣0.3分，最高扣2分；缺签到或照片的，每次扣0.1分，最高扣1分；实践类主题党日每少1次扣1分。", 5, "查阅资料、现场查看"),
            _row("每年召开一次组织生活会，会前开展谈心谈话、征求意见，会上开展批评和自我批评；会后开展民主评议党员，学生党员评议结果记入综合素质测评，"
                 "评议情况报学院党委备案。",
                 "未召开组织生活会的扣2分；谈心谈话、征求意见每缺一项扣0.5分；批评和自我批评流于形式的，酌情扣0.5-1分；未开展民主评议党员的扣1.5分；"
                 "未备案的扣0.5分。", 6, "查阅资料、个别访谈"),
            _row("党员按月交纳党费，学生党员每月交纳0.2元；每年3月核定一次教工党员交纳基数；每半年公示一次党费收缴情况。",
                 "未按月交纳的，每人次扣0.1分，最高扣2分；未核定基数的扣1分；公示每少1次扣0.5分。", 4, "查阅资料"),
            _row("每学年开展一次支部建设质量自查，对照“七个有力”标准形成自查报告；自查发现的问题限期整改。",
                 "未开展自查的扣2分；无自查报告的扣1分；问题未整改的，每项扣0.5分，最高扣1分。", 4, "查阅资料"),
        )),
        Section("发展与管理", "三、发展与管理（25分）", 25, (
            _row("坚持“控制总量、优化结构、提高质量”，年内确定入党积极分子不少于2名，按学院党委下达的计划完成发展党员任务；入党积极分子经党校培训结业；"
                 "发展对象、拟转正预备党员公示不少于5个工作日。",
                 "积极分子每少1名扣0.5分；未完成发展计划的，每少1名扣1分，最高扣3分；未经党校培训结业列为发展对象的，每人扣1分；未公示的，每人次扣"
                 "1分；违反程序发展党员的，实行一票否决，本项不得分。", 7, "查阅资料"),
            _row("对入党积极分子每半年进行一次考察，培养联系人每月与其谈话一次；预备党员每季度向支部作一次思想汇报。",
                 "考察每少1次扣0.5分；培养联系人谈话每少1次扣0.1分，最高扣1分；思想汇报每少1次扣0.2分，最高扣1分。", 4, "查阅资料、个别访谈"),
            _row("推行党员积分量化管理，积分每学期公示一次，年底评选“先锋党员”；学生党员学业成绩优良率不低于百分之八十。",
                 "无积分台账的扣1分；积分公示每少1次扣0.5分；年底未评选的扣1分；优良率每低5个百分点扣0.5分，最高扣1.5分。", 5, "查阅资料、系统查询"),
            _row("支部书记每学期与每名党员谈心谈话不少于1次；对家庭经济困难学生党员、生病教职工党员及时关怀帮扶；“七一”走访慰问离退休老党员。",
                 "谈心谈话未全覆盖的，每少1人扣0.1分，最高扣2分；关怀帮扶不及时的，酌情扣0.5-1分；未开展走访慰问的扣1分。", 4, "查阅资料、个别访谈"),
            _row("党员信息在全国党员管理信息系统中及时维护，信息准确率达到100%；毕业生党员组织关系在离校前转出，转接率达到100%；外出实习、访学的党员"
                 "每月联系一次。",
                 "信息不准确的，每人扣0.2分，最高扣1.5分；组织关系未按时转出的，每人扣0.3分，最高扣1.5分；联系每少1次扣0.2分，最高扣1分。", 5,
                 "系统查询、查阅资料"),
        )),
        Section("作用发挥", "四、作用发挥（20分）", 20, (
            _row("教工党支部围绕学科建设、课程思政开展专题研讨，每学期不少于2次；学生党支部开展“党员学业帮扶”，每名学生党员结对帮扶学业困难同学不少于"
                 "1名。",
                 "专题研讨每少1次扣0.5分，最高扣2分；结对帮扶不足的，每人扣0.2分，最高扣2分；党建与业务融合成效由考核组评定，“好”的得2分，“较好”的"
                 "得1分，“一般”的不得分。", 6, "查阅资料、个别访谈"),
            _row("组建党员志愿服务队，开展“科技下乡”“三下乡”社会实践和校园志愿服务；党员每人每年志愿服务时长不少于20小时；支部年内到对口帮扶村或共建"
                 "基地开展服务不少于2次。",
                 "未组建志愿服务队的扣1分；时长不足的，每人扣0.1分，最高扣2分；对口服务每少1次扣1分。", 5, "查阅资料、平台查询"),
            _row("设立党员先锋岗、党员示范宿舍；学生党员宿舍“文明寝室”达标率达到100%；党员在评奖评优、学科竞赛中发挥带头作用。",
                 "未设立先锋岗或示范宿舍的扣1分；达标率每低1个百分点扣0.2分，最高扣2分；党员受到校纪处分的，每人扣2分。", 4, "现场查看、查阅资料"),
            _row("结合专业特色打造“一支部一品牌”，年内开展品牌活动不少于3次，形成工作案例1篇以上。",
                 "未打造品牌的扣2分；品牌活动每少1次扣0.5分；未形成工作案例的扣1分；品牌特色不鲜明的，酌情扣0.5-1分。", 5, "查阅资料、现场查看"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            _row("年初制定支部年度工作计划，年底形成工作总结；支部书记年底向学院党委述职，述职评议满意率不低于百分之九十。",
                 "缺计划或总结的，每项扣1分；未述职的扣2分；满意率低于90%的扣1分。", 5, "查阅资料、民主测评"),
            _row("支部工作在“湖南智慧党建”平台按月录入；支部工作手册规范填写，年底交学院党委存档。",
                 "平台未按月录入的，每月扣0.2分，最高扣2分；工作手册填写不规范的，酌情扣1-2分；未交存档的扣1分。", 5, "平台查询、查阅资料"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分标准", "分值", "考核方式"]
NOTES = (
    "说明：",
    "1.本细则由学院党委于1月上旬组织考核，考核期为2025年1月1日至12月31日；学院党委委员、组织员、辅导员代表组成考核组。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次或“好”“较好”“一般”等次的，由考核组按档次、等次计分；学生党支部不考核“双带头人”"
    "和核定基数内容，相应分值按该项实际得分比例折算。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；评为“好”等次的支部推荐参评校级“样板支部”。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(1 + len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：学院各教工党支部、学生党支部）")
    document.add_paragraph("支部名称：              支部书记：              考核日期：")
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
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
