"""宝鸡市军队离休退休干部第一休养所2025年度军休党支部工作考核评分表 (.docx), as the 所党委 of a 陕西 宝鸡 军休所 under the 市退役军人事务局 (its
政治工作科 with the 服务管理科 and the 老年大学, a 考核组 calling on the 军休 支部 in early December, before the 元旦 and 春节 慰问 round) scores
the 党支部 of its 军队离休退休干部: the 老 团长 and 老 军医 who came back to the 渭河 city after thirty years in the 西北 and the 高原, the 支部 set
up by 小区 where they live, the 党小组 by 楼, the 党员 in their eighties who cannot come down the stairs and are brought the 学习 at home, the
“老兵宣讲团” in the 学校 on the 八一 and the 烈士纪念日, the 书画 and 摄影 classes, the 党员 living with their children in 西安 and 深圳: a table whose
考核项目 are merged cells, whose 考核内容 prints what the 支部 must have done, whose 评分标准 comes before the 分值 and takes points off one clause
at a time (scoring the 满意率 in bands), whose 考核方式 names only the ways of checking, and whose 加分项 rows stand under the 合计: 政治建设 (a
monthly 集中学习, the “送学上门” and the 参学率; a half-yearly 研判 with its 记录 and a 一票否决 on 非法聚集; the 宣讲团 and four 宣讲 a year with
their 照片), 组织建设 (the 党小组, 3至5人, the 换届 and the 补选; the “三会一课” with its 签到表 and 记录; the 主题党日 on the 8th, the 纪念活动 of the
八一 and the 烈士纪念日 and one 参观学习; the 组织生活会 with the 征求意见, the 谈心谈话, the 对照检查 and the 民主评议; 党费 按月 and 上门, a half-yearly
公示 and a quarterly 联系 of the 异地 党员), 服务保障 (a monthly 电话问候, a quarterly 走访 and the “三必访”; the 志愿服务队, a quarterly 志愿服务 and the
参与比例; six 文体活动 and their 照片; the 待遇, the 公开 and a quarterly 安全检查; the 年底 满意率 in bands) and 责任落实 (the 年初 计划 with its
审核, the 年底 述职 and 总结; the 活动室, the 制度 and the 记录本 monthly; a yearly 警示教育; a quarterly 宣传 and one 推荐).

The title (bold, centred) and a centred "（考核对象：所属各军休党支部）" line above one table: 序号 | 考核项目 | 考核内容 | 评分标准 | 分值 | 考核方式.
The 考核项目 are MERGED CELLS down the SECOND column, printed WITH an ordinal and WITH their points on the same line, "一、政治建设（20分）". 序号 (FIRST
column) RESTARTS at 1 under every 考核项目 (ids "1.1" … "4.4"). There is no short sub-label: 考核内容 (`Row.text`) says what is required; 评分标准
(`Row.scoring`) comes BEFORE the 分值, a plain number; 考核方式 (`Row.method`) only names ways of checking (查阅资料, 走访座谈, 入户访谈, 实地查看,
问卷测评), joined by "、". A 合计 row of 100 follows the scored rows; under it a merged "加分项（最高加3分）" row and two 加分 rows (no 序号, their
最高加分 in the 分值 column); a "备注：" paragraph follows the table. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月组织一次",
"不低于百分之八十五", "每半年…一次", "每年…不少于4场", "3至5人", "按期", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每
季度1次", "每月8日", "“八一”建军节、烈士纪念日", "每年…不少于1次", "每年召开一次", "按月", "每半年公示一次", "每季度联系一次", "每月电话问候一次",
"每季度上门走访一次", "每季度开展一次", "不低于百分之四十", "全年不少于6次", "每季度开展一次", "全年", "年底", "不低于百分之九十五", "年初", "年底",
"按月", "每年开展一次", "每季度…不少于1篇", "年内…不少于1名"); "最高扣" caps; bands of the 年底 满意率 (all 5 points, closed by "85%以下的不得分");
"酌情扣1-2分" once and "酌情扣0.5-1分" once; one "实行一票否决，本项不得分"; one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float, method: str) -> Row:
    """One row in the order the table prints it: 考核内容, 评分标准, 分值, 考核方式."""
    return Row(text, points, scoring, method)


TABLE = Table(
    name="zzzzm_baoji_junxiusuo_junxiu_dangzhibu_docx",
    fmt="docx",
    title="宝鸡市军队离休退休干部第一休养所2025年度军休党支部工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("坚持每月组织一次集中学习，对年老体弱、行动不便的军休干部党员实行“送学上门”；党员参学率不低于百分之八十五。",
                 "集中学习每少1次扣0.5分，最高扣3分；未落实“送学上门”的扣1分；参学率每低5个百分点扣0.5分，最高扣2分。", 6, "查阅资料、入户访谈"),
            _row("引导军休干部党员坚定拥护“两个确立”、坚决做到“两个维护”；每半年分析研判一次军休干部思想动态，形成研判记录；党员不信谣、不传谣，"
                 "不参与非法聚集。",
                 "研判每少1次扣1分；未形成研判记录的扣0.5分；党员在网络发表不当言论的，每人次扣1分；党员参与非法聚集上访的，实行一票否决，本项"
                 "不得分。", 7, "查阅资料、走访座谈"),
            _row("发挥军休干部红色资源优势，组建“老兵宣讲团”，每年进机关、进学校、进社区开展革命传统教育和党的创新理论宣讲不少于4场。",
                 "未组建宣讲团的扣2分；宣讲每少1场扣1分；宣讲无照片记录的，每场扣0.2分。", 7, "查阅资料"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("按照居住相对集中、便于活动的原则设置党支部，党员人数较多的下设党小组；支委会由3至5人组成，按期换届，支委缺额及时补选。",
                 "党小组设置不合理的扣1分；未按期换届的扣2分；支委缺额3个月以上未补选的扣1分。", 5, "查阅资料"),
            _row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；结合军休干部身体状况，采取集中与分散相结合"
                 "方式，会议有签到表、记录完整。",
                 "“三会一课”每少1次扣0.5分，最高扣5分；会议记录不完整的，每次扣0.2分，最高扣1分；无签到表的，每次扣0.1分，最高扣1分。", 8,
                 "查阅资料"),
            _row("每月8日开展主题党日活动；结合“八一”建军节、烈士纪念日开展纪念活动；每年组织党员到红色教育基地参观学习不少于1次。",
                 "主题党日每少1次扣0.3分，最高扣2分；纪念活动每少1次扣0.5分；未组织参观学习的扣1分。", 5, "查阅资料、走访座谈"),
            _row("每年召开一次组织生活会，会前征求意见、开展谈心谈话，支委成员撰写对照检查材料；开展民主评议党员，对年老体弱党员可采取上门听取意见的"
                 "方式。",
                 "未召开组织生活会的扣3分；未征求意见的扣0.5分；对照检查材料每缺1份扣0.5分；未开展民主评议党员的扣2分。", 6, "查阅资料"),
            _row("党员按月交纳党费，行动不便的由支部委托专人上门收缴；每半年公示一次党费交纳情况；对异地居住党员每季度联系一次。",
                 "党费未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分；异地居住党员联系每少1次扣0.3分，最高扣1.5分。", 6,
                 "查阅资料"),
        )),
        Section("服务保障", "三、服务保障（30分）", 30, (
            _row("支委成员与军休干部党员结对联系，每月电话问候一次、每季度上门走访一次；落实生病住院必访、家庭遇困必访、逝世必访的“三必访”。",
                 "上门走访每少1次扣0.3分，最高扣3分；“三必访”未落实的，每人次扣1分；军休干部对关爱服务反映强烈的，酌情扣1-2分。", 8,
                 "查阅资料、入户访谈"),
            _row("组建“银发先锋”志愿服务队，每季度开展一次关心下一代、社区治理、文明劝导等志愿服务活动；参与志愿服务的党员比例不低于百分之四十。",
                 "未组建服务队的扣2分；志愿服务每少1次扣1分；参与比例每低10个百分点扣0.5分，最高扣2分。", 7, "查阅资料"),
            _row("依托军休所老年大学和活动室，组织党员开展书画、摄影、健身等文体活动，全年不少于6次，活动有照片。",
                 "文体活动每少1次扣0.5分；活动无照片的扣0.5分。", 5, "查阅资料、实地查看"),
            _row("落实军休干部政治待遇和生活待遇，涉及军休干部切身利益的事项及时公开；每季度开展一次消防、燃气等安全检查；全年无安全责任事故。",
                 "待遇落实不到位引发投诉的，每件扣1分；应公开未公开的扣1分；安全检查每少1次扣0.5分；发生安全责任事故的，本项不得分。", 5,
                 "查阅资料、实地查看"),
            _row("年底组织军休干部及家属对支部工作开展满意度测评，满意率不低于百分之九十五。",
                 "满意率95%以上的得5分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分。", 5, "问卷测评"),
        )),
        Section("责任落实", "四、责任落实（20分）", 20, (
            _row("年初制定支部工作计划，报所党委审核；年底支部书记向所党委述职，形成年度工作总结。",
                 "缺计划或总结的，每项扣1.5分；计划未报审核的扣0.5分；书记未述职的扣2分。", 6, "查阅资料"),
            _row("党员活动室有党旗、入党誓词，制度上墙，开放时间固定；支部工作记录本按月记录，台账规范。",
                 "活动室设施不全的，每缺一项扣0.5分，最高扣1.5分；工作记录本未按月记录的，每缺1月扣0.2分，最高扣1.5分；台账不规范的，酌情扣0.5-1"
                 "分。", 5, "查阅资料、实地查看"),
            _row("党员严守党的纪律，不借军休干部身份违规干预、插手地方事务，不参加非法组织；每年开展一次警示教育。",
                 "未开展警示教育的扣1分；党员违纪受到处分的，每人扣2分。", 4, "查阅资料"),
            _row("每季度在所内宣传栏或微信公众号宣传军休干部先进事迹不少于1篇；年内推荐“最美军休干部”等先进典型不少于1名。",
                 "宣传每少1篇扣0.5分；未推荐先进典型的扣1分。", 5, "查阅资料"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "分值", "考核方式"]
BONUS_HEAD = "加分项（最高加3分）"
BONUS = (
    ("支部或党员获得市级以上表彰的。", "市级加1分，省级以上加2分。", 2, "查阅资料"),
    ("军休干部党员先进事迹被市级以上媒体报道的。", "每篇加0.5分，最高加1分。", 1, "查阅资料"),
)
NOTE = ("备注：本表由所党委于12月上旬组织考核，政治工作科牵头，服务管理科、老年大学配合；各项扣分以该项分值为限，扣完为止；考核得分（含加分）90分"
        "以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果报市退役军人事务局机关党委备案。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_scored = sum(len(s.rows) for s in t.sections)
    n_rows = 1 + n_scored + 1 + 1 + len(BONUS)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：所属各军休党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            cells = ((0, str(i)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    r += 1
    merge_cells(tbl, r, 0, r, ncols - 1, BONUS_HEAD)
    r += 1
    for text, scoring, points, method in BONUS:
        cells = ((2, text), (3, scoring), (4, _fmt(points)), (5, method))
        for c, v in cells:
            tbl.cell(r, c).text = v
        r += 1
    document.add_paragraph(NOTE)
    document.save(str(path))
