"""中共汝阳县委组织部2025年度软弱涣散村党组织集中整顿验收评分表 (.docx), as the 组织部 of the 汝阳 县委 in 洛阳 in 河南 (its 组织二股 with the 县纪委监委,
the 县民政局, the 县农业农村局 and the 县委政法委, a 验收组 of five driving up the 北汝河 valley in the middle of December, when the 刘秀 杜仲 trees are
bare on the hills, the 香菇 sheds are full, the 红薯 粉条 hang drying in the 村 lanes and the 整顿 村 have their files laid out in the 村部 beside the
newly painted 党群服务中心 sign) checks whether each 村党组织 listed for 整顿 this year may be taken off the list: a table whose 验收标准 prints what the
村 must have done or reached during the 整顿 and whose 扣分办法 takes points off one clause at a time (scoring the 经营性收入 in bands of 万元 and the
群众 满意度 in bands): 整顿措施落实 (the “一村一策” 方案 and its 备案; the “四个一”, three 到村指导 of the 县级 leader and two a month of the 包村 leader;
the 第一书记, 20 days a month, the 日志 and a quarterly 报告; the 销号 of the 问题 and the 完成率), 班子队伍建设 (the 书记 and the 考察; one roster of the
“两委” with one under 35 and two with 大专, two 后备力量 and the 培养台账; the 团结, the 坐班值班制度 and the 值班表; the “三会一课” and a half-yearly 党课 of
the 书记 with a "本项不得分"; the 主题党日 on the 10th, the 参加率, the 专题 组织生活会, the 民主评议 and the 谈心谈话), 党员队伍 (two 积极分子, one 发展, the
公示 and a 一票否决; the 花名册, the 流动党员台账, the 联系率, a quarterly 联系 and 党费 按月; 24学时, a quarterly 送学上门, the 年初 承诺 and the 年底 践诺评议),
发展治理成效 (the 经营性收入 in bands and the 合作社 or 产业项目; the “四议两公开”, a quarterly and a monthly 公开 and the 村务监督委员会; a monthly 排查,
the 化解率, no 越级上访 and the 宗族势力; the 满意度 in bands) and 基础保障 (the 党群服务中心 with its 制度 and the 提升改造; the “一村一档” with the 台账,
the 整改清单, the 自评报告 and the 初验意见).

The title (bold, centred), a centred "（验收对象：…）" line and a "乡镇：…村：…整顿类型：…验收时间：" line above one table: 序号 | 验收内容 | 验收标准 | 分值 |
扣分办法. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line, "一、整顿措施落实（20分）"; 序号
(FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "5.2"). 验收内容 is a short sub-label (`Row.indicator`); 验收标准 (`Row.text`) says what
is required; 分值 is a plain number BEFORE the 扣分办法 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the table; a "说明："
paragraph follows it (the 85分 line, the 否决 cases and the 回访; they belong to no item). Counts in figures and Chinese numerals, nearly all in the 验收
标准 ("年内…不少于3次", "每月…不少于2次", "每月驻村工作不少于20天", "每季度…报告一次", "100%", "35周岁以下的不少于1名、大专及以上学历的不少于2名", "不少于2名",
"每天至少1名", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每半年讲党课不少于1次", "每月10日", "百分之八十",
"年内…不少于2名", "发展党员不少于1名", "不少于5个工作日", "100%", "每季度至少联系一次", "按月", "年内…不少于24学时", "每季度送学上门一次", "年初", "年底",
"5万元以上", "不少于1个", "每季度公开一次", "每月公开一次", "每月开展一次", "百分之九十以上", "百分之八十五以上"); "最高扣" caps; bands of the 经营性收入
in 万元 (4 of the 7 points, closed by "3万元以下的不得分"); bands of the 满意度 (all 6 points, closed by "80%以下的不得分"); "每低10个百分点" three times
and "每低5个百分点" once; "每月扣" once; "每缺一项" twice and "每项" twice; "酌情扣1-2分" twice and "酌情扣0.5-1分" three times; one "实行一票否决，本项不得分" and seven
plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(indicator: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 验收内容, 验收标准, 分值, 扣分办法."""
    return Row(text, points, scoring, indicator=indicator)


TABLE = Table(
    name="zzzzzx_ruyang_xian_ruanruo_cun_dangzuzhi_zhengdun_yanshou_docx",
    fmt="docx",
    title="中共汝阳县委组织部2025年度软弱涣散村党组织集中整顿验收评分表",
    numbering="restart",
    sections=(
        Section("整顿措施落实", "一、整顿措施落实（20分）", 20, (
            _row("整顿方案",
                 "乡镇党委逐村分析软弱涣散原因，“一村一策”制定整顿方案，明确整改问题、措施和时限，报县委组织部备案。", 5,
                 "无整顿方案的，本项不得分；未做到“一村一策”、原因分析不准的，酌情扣1-2分；方案未报备案的扣1分。"),
            _row("“四个一”措施",
                 "落实县级领导联系、乡镇党政班子成员包村、第一书记驻村、结对单位帮扶“四个一”整顿措施；县级联系领导年内到村指导不少于3次，包村领导"
                 "每月到村不少于2次。", 6,
                 "“四个一”措施每缺一项扣1分；县级联系领导到村指导每少1次扣0.5分；包村领导到村每少1次扣0.2分，最高扣1.5分。"),
            _row("第一书记",
                 "选派第一书记驻村，第一书记每月驻村工作不少于20天，建立驻村工作日志；每季度向乡镇党委报告一次工作。", 5,
                 "未选派第一书记的，本项不得分；驻村时间不足的，每月扣0.5分，最高扣2分；无驻村工作日志的扣1分；报告工作每少1次扣0.5分。"),
            _row("问题整改",
                 "对照县委组织部反馈的问题逐项整改、逐项销号，问题整改完成率达到100%。", 4,
                 "整改完成率每低10个百分点扣1分；整改弄虚作假、“纸上整改”的，本项不得分；销号资料不全的，酌情扣0.5-1分。"),
        )),
        Section("班子队伍建设", "二、班子队伍建设（30分）", 30, (
            _row("书记选配",
                 "村党组织书记政治素质好、带富能力强、作风正派，经乡镇党委考察认定胜任岗位；不胜任、不尽职的书记已按程序调整到位。", 6,
                 "书记不胜任且未调整的，本项不得分；调整程序不规范的扣2分；书记履职能力不强、群众评价不高的，酌情扣1-2分。"),
            _row("班子结构",
                 "村“两委”班子配备齐全，成员中35周岁以下的不少于1名、大专及以上学历的不少于2名；储备村级后备力量不少于2名，建立后备力量培养台账。", 6,
                 "班子成员空缺的，每缺1名扣1分；35周岁以下、大专及以上学历成员不达标的，每项扣1分；后备力量每少1名扣0.5分；无培养台账的扣0.5分。"),
            _row("班子运行",
                 "班子团结协作、分工明确，无“两委”不和、内耗严重问题；建立村干部坐班值班制度，每天至少1名村干部在村部值班。", 5,
                 "班子不团结、议而不决的扣2分；无坐班值班制度的扣1分；值班表缺失或值班人员脱岗的，每次扣0.5分，最高扣2分。"),
            _row("组织生活",
                 "整顿期间严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；村党组织书记每半年"
                 "讲党课不少于1次。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣5分；书记讲党课每少1次扣1分；会议记录存在补记、代签的，本项不得分。"),
            _row("主题党日和组织生活会",
                 "每月10日开展主题党日，党员参加率不低于百分之八十；召开整顿专题组织生活会，开展民主评议党员，会前谈心谈话全覆盖。", 5,
                 "主题党日每少1次扣0.3分；参加率每低5个百分点扣0.5分，最高扣1分；未召开专题组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话"
                 "未全覆盖的扣0.5分。"),
        )),
        Section("党员队伍", "三、党员队伍（15分）", 15, (
            _row("发展党员",
                 "年内确定入党积极分子不少于2名，发展党员不少于1名，重点从致富能手、返乡青年中发展；发展程序规范，发展对象公示不少于5个工作日。", 6,
                 "积极分子每少1名扣0.5分；未发展党员的扣2分；发展对象未公示的扣1分；违规发展党员的，实行一票否决，本项不得分。"),
            _row("党员管理",
                 "建立党员花名册和流动党员台账，外出流动党员联系率100%，每季度至少联系一次；党员按月交纳党费。", 5,
                 "无花名册或流动党员台账的，每项扣1分；联系率每低10个百分点扣0.5分；联系每少1次扣0.2分，最高扣1分；未按月交纳党费的，每人次扣0.1分，"
                 "最高扣1分。"),
            _row("教育管理",
                 "党员年内参加集中学习培训不少于24学时；对年老体弱、行动不便的党员每季度送学上门一次；党员年初公开承诺，年底开展践诺评议。", 4,
                 "学时不足的，每人扣0.1分，最高扣1分；送学上门每少1次扣0.3分；未开展承诺践诺的扣1分。"),
        )),
        Section("发展治理成效", "四、发展治理成效（25分）", 25, (
            _row("集体经济",
                 "村级集体经济年经营性收入达到5万元以上，消除集体经济“空壳村”；村党组织领办合作社或实施产业项目不少于1个。", 7,
                 "年经营性收入10万元以上的得4分，5万元（含）—10万元的得3分，3万元（含）—5万元的得1分，3万元以下的不得分；未领办合作社或实施产业"
                 "项目的扣2分；产业项目带动群众增收不明显的，酌情扣0.5-1分。"),
            _row("民主管理",
                 "村级重大事项全面落实“四议两公开”；党务、村务每季度公开一次，财务收支每月公开一次；村务监督委员会有效发挥作用。", 6,
                 "重大事项未落实“四议两公开”的，每件扣1分，最高扣3分；党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.2分；村务监督委员会作用"
                 "发挥不明显的，酌情扣0.5-1分。"),
            _row("平安稳定",
                 "每月开展一次矛盾纠纷排查，信访积案化解率达到百分之九十以上；整顿期间未发生群体性事件和越级上访；宗族势力、黑恶势力干扰村务问题"
                 "得到有效整治。", 6,
                 "排查每少1次扣0.3分；积案化解率每低10个百分点扣1分；发生越级上访的，每起扣1分；发生群体性事件的扣3分；宗族势力、黑恶势力干扰村务"
                 "问题未整治到位的，本项不得分。"),
            _row("群众认可",
                 "验收组入户走访、召开党员群众座谈会，对村党组织整顿成效进行满意度测评，满意度达到百分之八十五以上。", 6,
                 "满意度90%以上的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            _row("阵地建设",
                 "村级党群服务中心功能完善、标识规范，有制度、有活动；整顿期间完成阵地提升改造。", 5,
                 "无党群服务中心或长期闲置的，本项不得分；标识不规范的扣0.5分；制度未上墙的扣0.5分；阵地提升改造未完成的扣2分。"),
            _row("整顿档案",
                 "整顿工作资料按“一村一档”归档，包括整顿方案、工作台账、问题整改清单、整顿自评报告等；乡镇党委出具初验意见。", 5,
                 "整顿档案每缺一项扣0.5分，最高扣2分；无自评报告的扣1分；乡镇党委未出具初验意见的扣2分。"),
        )),
    ),
)

HEADER = ["序号", "验收内容", "验收标准", "分值", "扣分办法"]
NOTES = (
    "说明：1.验收由县委组织部会同县纪委监委、县民政局、县农业农村局、县委政法委组成验收组，采取查阅资料、实地查看、入户走访、座谈了解相结合的"
    "方式进行，验收范围为整顿启动至验收之日；2.各项扣分以该项分值为限，扣完为止；扣分办法列明得分档次的，按档次计分；3.验收得分85分以上且无"
    "否决情形的为“验收合格”，予以销号；得分70—84分的延长整顿期3个月；得分70分以下，或村党组织书记被立案审查、发生重大群体性事件的，为“不"
    "合格”，继续整顿；4.销号后一年内由乡镇党委跟踪回访，防止反弹回潮。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（验收对象：2025年度列入集中整顿的软弱涣散村党组织）")
    document.add_paragraph("乡镇：              村：              整顿类型：              验收时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
