"""兰州理工大学土木工程学院党委2025年度学生党支部工作考核评价表 (.docx), as the 党委 of the 土木工程学院 of 兰州理工大学 in 甘肃 (its 组织员 with the
学院 党政办, the 学工办, the 团委 and the 教工党支部 书记 who are the 指导教师, a 考核组 going through the 支部工作手册 in the 学院 党员之家 in the last
week before the winter 考试周, when the 黄河 is freezing at the edges below the 白塔山, the 彭家坪 校区 is empty on Sunday mornings, the 大四 students are
back from their 工地 实习 on the 高铁 and 隧道 projects and the 考研 students fill the 自习室 until midnight) scores the 学生党支部 of the 学院 (the
本科生 党支部 of each 年级 and the 研究生 党支部): a table whose 考核指标 prints what the 支部 must have done and whose 评价方式 names the way the 考核组
checks and then takes points off one clause at a time (scoring the 结业率 and the 年底 满意率 in bands): 政治建设 (the “第一议题”, a monthly 集中理论学习
and the 学习积分; a 研判 every 学期, the 网络言行 and a 一票否决; three 红色主题教育, a yearly 现场教学 and the 照片、报道), 组织建设 (the “三会一课” with the
党员大会 and the 党课 twice a 学期, the 记录 and the 参会率; the 主题党日 with 计划 and 照片 and a yearly 联学共建; the 组织生活会, the 谈心谈话, the
征求意见, the 对照检查材料, the 民主评议 and the 公示; the 换届, the 指导教师 and the 手册; 党费 按月 with a 公示 every 学期), 党员发展 (the 谈话 of the
申请人, a quarterly 考察, a quarterly 谈心 of the 培养联系人 and the 结业率 in bands; the 环节, the 公示, the 转正 and a 一票否决; the “一人一档” and the
发展计划), 教育管理 (32学时 and the 预备党员 培训; a 谈心谈话 every 学期 and the 帮扶台账; the 不及格 and the 前百分之五十 比例; the 积分制 and its 公布
every 学期), and 先锋作用 (three 先锋岗、示范寝室, two 寝室 each and the 卫生; the 志愿服务队, a monthly 志愿服务 and 20小时; the 品牌创建方案, two 专业
实践 and two 报道; the 年底 满意率 in bands and the 年底 述职).

The title (bold, centred), a centred "（考核对象：学院各本科生、研究生党支部）" line and a "支部名称：    支部书记：    考核日期：" line above one table:
考核维度 | 考核指标 | 分值 | 评价方式 | 得分. There is NO 序号: the items are numbered by position 1..19. The 考核维度 are MERGED CELLS down the FIRST
column, printed WITH a bracketed ordinal and WITH their points on ONE line, "（一）政治建设（15分）"; there is no short sub-label. 考核指标 (`Row.text`)
says what is required; 分值 is a plain number BEFORE the 评价方式 (`Row.scoring`), which opens with how the 考核组 checks ("查阅资料：", "查阅资料、个别
访谈：", "平台核查：", "问卷调查：" …) and then gives the 扣分; 得分 is blank. A 合计 row of 100 closes the table; a "备注：" paragraph with four numbered lines
follows it (its “每学期” rule: the 春季、秋季 学期, twice a year). Counts in figures and Chinese numerals, nearly all in the 考核指标 ("每月至少…一次", "不低于
8000分", "每学期研判一次", "全年不少于3次", "每年组织一次", "支部委员会每月召开1次，党员大会每学期至少召开2次，党小组会每月召开1次，党课每学期不少于2次",
"每月开展一次", "全年至少开展一次", "每年召开一次", "按期", "按月", "每学期公示一次", "一个月内", "每季度…一次", "每季度…一次", "100%", "不少于5个工作日",
"按期", "每年…不少于32学时", "每学期…至少…一次", "前百分之五十", "不低于百分之八十", "每学期公布一次", "不少于3个", "不少于2间", "每月…不少于1次", "每年
…不少于20小时", "全年不少于2次", "不少于2篇", "年底", "百分之九十以上", "年底"); "最高扣" caps; bands of the 结业率 (2 of the 7 points, closed by "90%
以下的不得分") and of the 年底 满意率 (3 of the 5, closed by "70%以下的不得分"); "每低10个百分点" once; "酌情扣1-2分" twice, "酌情扣0.5-1分" three times;
two "一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 考核指标, 分值, 评价方式."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzp_lanzhou_ligong_tumu_xueyuan_xuesheng_dangzhibu_docx",
    fmt="docx",
    title="兰州理工大学土木工程学院党委2025年度学生党支部工作考核评价表",
    numbering="position",
    sections=(
        Section("政治建设", "（一）政治建设（15分）", 15, (
            _row("落实“第一议题”制度，支部每月至少组织一次集中理论学习；依托“学习强国”等平台开展自学，党员年度学习积分不低于8000分。", 5,
                 "查阅资料、平台核查：未落实“第一议题”制度的扣1分；集中学习每少1次扣0.5分，最高扣3分；学习积分未达标的，每人扣0.1分，最高扣1分。"),
            _row("支部每学期研判一次党员和学生思想动态，掌握党员、入党积极分子网络言行；支部所在班级、宿舍未发生政治性、群体性事件。", 5,
                 "查阅资料、个别访谈：思想动态研判每少1次扣1分；对党员网络言行失察、造成不良影响的，酌情扣1-2分；发生政治性、群体性事件的，一票否决，"
                 "本项不得分。"),
            _row("结合“七一”、国庆、“一二·九”等重要节点开展红色主题教育，全年不少于3次；每年组织一次赴红色教育基地现场教学。", 5,
                 "查阅资料：主题教育每少1次扣1分；未组织现场教学的扣1.5分；活动无照片、无新闻报道的，每次扣0.2分。"),
        )),
        Section("组织建设", "（二）组织建设（25分）", 25, (
            _row("严格落实“三会一课”：支部委员会每月召开1次，党员大会每学期至少召开2次，党小组会每月召开1次，党课每学期不少于2次；寒暑假期间可通过线上"
                 "方式开展。", 7,
                 "查阅会议记录：“三会一课”每少1次扣0.5分，最高扣4分；会议记录要素不全、内容雷同的，每次扣0.2分，最高扣1.5分；党员参会率低于90%的扣"
                 "1.5分。"),
            _row("每月开展一次主题党日，做到有计划、有记录、有照片；全年至少开展一次与教工党支部、社区或企业党支部的联学共建活动。", 5,
                 "查阅资料：主题党日每少1次扣0.3分，最高扣2.5分；计划、记录、照片每缺一项扣0.2分，最高扣1分；未开展联学共建的扣1.5分。"),
            _row("每年召开一次组织生活会，会前开展谈心谈话、征求师生意见，党员撰写个人对照检查材料；会后开展民主评议党员，评议结果及时公示。", 6,
                 "查阅资料：未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；未征求意见的扣0.5分；对照检查材料每缺1人扣0.2分，最高扣1分；未开展民主评议"
                 "党员的扣1.5分；评议结果未公示的扣0.5分。"),
            _row("支部委员会设置健全、按期换届；配备教师党员担任支部指导教师；支部工作手册填写及时、规范。", 4,
                 "查阅资料、个别访谈：未按期换届的扣2分；未配备指导教师的扣1分；工作手册填写不及时、不规范的，酌情扣0.5-1分。"),
            _row("党员按月交纳党费，学生党员党费收缴情况每学期公示一次。", 3,
                 "查阅党费收缴台账：未按月交纳党费的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分。"),
        )),
        Section("党员发展", "（三）党员发展（20分）", 20, (
            _row("入党申请人递交申请后一个月内安排谈话；入党积极分子每季度接受一次考察，培养联系人每季度与其谈心一次；积极分子参加党校培训，结业率100%。",
                 7,
                 "查阅发展党员档案：谈话不及时的，每人扣0.2分，最高扣1分；考察每少1人次扣0.1分，最高扣1.5分；谈心每少1人次扣0.1分，最高扣1分；结业率100%"
                 "的得2分，90%（含）—100%的得1分，90%以下的不得分。"),
            _row("坚持成熟一个发展一个，发展对象经支部委员会审查、政治审查和集中培训；发展对象公示不少于5个工作日；预备党员按期讨论转正。", 8,
                 "查阅发展党员档案：发展程序每缺一个环节扣1分，最高扣3分；发展对象未公示的扣1.5分；预备党员未按期讨论转正的，每人扣0.5分，最高扣1.5分；"
                 "违反程序或“突击发展”的，一票否决，本项不得分。"),
            _row("发展党员档案材料齐全，做到“一人一档”，纪实材料按时间顺序归档；年内完成学院党委下达的发展党员计划。", 5,
                 "查阅资料：档案材料每缺一项扣0.2分，最高扣2分；未完成发展计划的，每少1名扣1分。"),
        )),
        Section("教育管理", "（四）教育管理（20分）", 20, (
            _row("学生党员每年参加集中学习培训不少于32学时；预备党员参加学院党校预备党员培训班。", 5,
                 "查阅资料、平台核查：学时不足的，每人扣0.2分，最高扣2分；预备党员未参加培训的，每人扣0.5分，最高扣1.5分。"),
            _row("支部书记每学期与每名党员至少谈心谈话一次；对学业困难、心理困惑的党员和积极分子及时谈心帮扶，建立帮扶台账。", 5,
                 "查阅谈心谈话记录：谈心谈话每少1人次扣0.1分，最高扣2分；无帮扶台账的扣1分；帮扶不及时的，酌情扣0.5-1分。"),
            _row("学生党员课程考试无不及格；党员综合测评成绩位于班级前百分之五十的比例不低于百分之八十。", 5,
                 "查阅教务系统数据：党员有课程不及格的，每人次扣0.5分，最高扣2分；比例每低10个百分点扣1分，最高扣3分。"),
            _row("实行学生党员积分制管理，每学期公布一次积分结果；对民主评议中评为“不合格”的党员按规定稳妥处置。", 5,
                 "查阅资料：未实行积分制管理的扣1.5分；积分公布每少1次扣0.5分；不合格党员处置不规范的，酌情扣1-2分。"),
        )),
        Section("先锋作用", "（五）先锋作用（20分）", 20, (
            _row("设立“党员先锋岗”“党员示范寝室”不少于3个；学生党员全部参与“党员联系寝室”，每名党员联系寝室不少于2间。", 5,
                 "查阅资料、实地查看：先锋岗、示范寝室每少1个扣1分；联系寝室不足2间的，每人扣0.1分，最高扣1.5分；示范寝室卫生检查不合格的，每次扣0.5分。"),
            _row("组建党员志愿服务队，每月开展志愿服务不少于1次；学生党员每人每年志愿服务时长不少于20小时。", 5,
                 "查阅资料、平台核查：未组建志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2分；服务时长不足20小时的，每人扣0.1分，最高扣2分。"),
            _row("结合土木专业特点打造“一支部一品牌”，开展“红色工匠”“送技下乡”等专业实践服务活动，全年不少于2次；支部工作案例、新闻报道在校级以上平台"
                 "刊发不少于2篇。", 5,
                 "查阅资料：无品牌创建方案的扣1分；专业实践服务每少1次扣1分；宣传报道每少1篇扣0.5分；品牌特色不鲜明的，酌情扣0.5-1分。"),
            _row("年底由学院党委组织师生对支部工作开展满意度测评，满意率达到百分之九十以上；支部书记年底向学院党委述职。", 5,
                 "问卷调查、现场述职：满意率90%以上的得3分，80%（含）—90%的得2分，70%（含）—80%的得1分，70%以下的不得分；书记未述职的扣2分。"),
        )),
    ),
)

HEADER = ["考核维度", "考核指标", "分值", "评价方式", "得分"]
NOTES = (
    "备注：",
    "1.本表由学院党委于12月下旬组织考核，组织员牵头，学工办、团委和各支部指导教师参加，以2025年1月1日至考核之日形成的支部工作手册、会议记录和"
    "“智慧党建”平台数据为准。",
    "2.各项扣分以该项分值为限，扣完为止；评价方式列明得分档次的，按档次计分；“每学期”按春季、秋季两个学期计，寒暑假不计。",
    "3.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”；“优秀”支部优先推荐参评校级“样板支部”。",
    "4.毕业班党支部在毕业前完成组织关系转接的，不再单独考核。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（考核对象：学院各本科生、研究生党支部）")
    document.add_paragraph("支部名称：                  支部书记：              考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            for c, v in ((1, row.text), (2, _fmt(row.points)), (3, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
