"""中共黄冈市委党校2025年度教职工党支部工作考核评分表 (.docx), as the 校机关党委 of the 市委党校 of 湖北 黄冈 (its 组织人事处 with the 教务处, the
科研处, the 办公室 and the 派驻纪检组, a 考核组 in December) scores the 党支部 of its 教研部 and of its 机关后勤: a 党校 on the 大别山 side of the
长江 whose 教员 teach the 主体班 of the 县处级 and 乡科级 cadres, take the 红安 and 麻城 现场教学点 of the 黄麻起义 and the 鄂豫皖苏区, go down to the
乡镇 with the “送教下基层”, write the 决策咨询报告 the 市委 reads, and must keep the 课堂 rule of “学术研究无禁区、课堂讲授有纪律、公开发表有
规矩”; whose 组织员 sit with each 主体班 and its 临时党支部, whose 学员 eat in the 食堂 and sleep in the 宿舍 of the 校园: 政治建设 (a monthly 集中
学习, a quarterly 专题研讨 and 50学时; the 集体备课, the 试讲 and the 审核 of a new 课程 with a 每学期 巡查 and a 一票否决; the 书记's two 党课, the
校委委员's one and a yearly 现场教学 with the 照片), 组织建设 (the “三会一课” with the 到会率, the 记录 and no 补记; the monthly 主题党日 with its
“四有” and two “送教下基层” 主题党日 a year; the 组织生活会 with 谈心谈话, 对照检查材料, 民主评议, the 备案 and the 整改措施; one 积极分子 a year,
党费 with a yearly 核定 and the 系统; the 换届, the 书记, the 分工, the 制度 and the 团结), 教学科研 (three 专题 of 授课 a head with the 优良率 in
bands, one 新课程 a year and its 审批; four 送教 a year, a half-yearly 巡查 of the 教学点 and a yearly 讲解员培训; one 课题 a year, one 文章 or 报告
a head and two 批示; the 组织员, the 临时党支部, the 出勤率 and the 学员鉴定; a 每学期 测评 with the 满意度 and a monthly 安全检查) and 作风建设
(a yearly 风险点排查, a half-yearly 警示教育 and the 报备 of 外出授课; a deduction-only line on 八项规定 and 学术不端; the 年初 计划, a half-
yearly 报告, the 年底 述职 with its 满意度 and the 年终 总结).

The title (bold, centred) and a centred "（考核对象：校机关党委所属教研一支部、教研二支部、机关后勤党支部）" line above one table: 考核项目 | 考核内容
| 分值 | 评分标准 | 佐证资料. There is NO 序号: the items are numbered by position (1..16). The categories are MERGED CELLS down the 考核项目
column (FIRST), printed WITHOUT an ordinal and WITH their points on one line, "政治建设（18分）". The 考核内容 is long, every requirement printed
there; the 评分标准 is short, one deduction a clause, mostly without repeating the figure. 分值 is a plain number BEFORE the 评分标准. 佐证资料
(`Row.method`) names the papers the 支部 lays out, joined by "、" (once a way of checking: 校纪检组提供). A 合计 row of 100; then two 加分项 rows
UNDER the 合计 row (a "加分项" cell merged down the 考核项目 column); a "备注：" paragraph follows the table. Counts in figures and Chinese
numerals, nearly all in the 考核内容 ("每月至少开展一次", "每季度开展一次", "每年…不少于50学时", "每学期开展一次", "每年讲党课不少于2次", "每年…
不少于1次", "每年组织…一次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每年…
不少于2次", "每年召开一次", "年内…不少于1名", "按月", "每年7月核定一次", "按期", "每人每年…不少于3个专题", "年内…不少于1门", "每年…不少于
4次", "每半年开展一次", "每年…不少于1期", "年内…不少于1项", "每人每年…不少于1篇", "全年…不少于2篇", "每期", "每学期开展一次", "每月开展一
次", "每年开展一次", "每半年开展一次", "年初", "每半年…报告一次", "年底", "年终"); "百分之九十", "百分之九十五", "百分之八十五"; "制度缺一项
扣0.3分" once and "“四有”资料缺一项扣0.1分" once; "最高扣" caps; "酌情扣0.5分" once, "酌情扣0.5-1分" once, "酌情扣1-2分" once and "酌情扣1分"
once; one set of bands (an 优良率 for 3 of the 8 points closed by "80%以下的不得分"); one "实行一票否决，本项不得分"; five other plain "本项不得分";
one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzw_huanggang_shiwei_dangxiao_zhibu_docx",
    fmt="docx",
    title="中共黄冈市委党校2025年度教职工党支部工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设（18分）", 18, (
            Row("落实“第一议题”制度，支部每月至少开展一次集中学习；每季度开展一次专题研讨；教职工党员每年参加学习培训不少于50学时。", 6,
                "集中学习每少1次扣0.3分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1.5分；学习与教学科研结合不紧密的，酌情扣0.5分。",
                "学习记录、研讨发言材料、学时登记表"),
            Row("坚持“党校姓党”根本原则，落实“学术研究无禁区、课堂讲授有纪律、公开发表有规矩”要求；新开课程须经集体备课、试讲和教研部审核；每学期"
                "开展一次课堂教学巡查。", 7,
                "新开课程未经集体备课、试讲或审核的，每门扣1分；巡查每少1次扣0.5分；教员课堂发表错误言论、造成不良影响的，实行一票否决，本项"
                "不得分。", "集体备课记录、试讲评议表、审核意见、巡查记录"),
            Row("支部书记每年讲党课不少于2次，校委委员每年到所在支部讲党课不少于1次；每年组织党员到黄麻起义和鄂豫皖苏区革命烈士陵园等红色教育基地"
                "开展一次现场教学。", 5,
                "书记讲党课每少1次扣1分；校委委员未讲党课的扣1分；未开展现场教学的扣1分；现场教学无照片的扣0.3分。", "党课讲稿、签到表、活动照片"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部党员大会到会率不低于百分之九十；会议"
                "记录由组织委员负责，记录规范。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；到会率每低5个百分点扣0.3分，最高扣1分；记录不规范的，酌情扣0.5-1分；存在补记、代签的，"
                "本项不得分。", "会议记录本、签到表"),
            Row("每月开展一次主题党日活动，有方案、有签到、有记录、有照片；每年结合“送教下基层”开展主题党日不少于2次。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；“四有”资料缺一项扣0.1分，最高扣1分；结合送教下基层的主题党日每少1次扣0.5分。",
                "活动方案、签到表、活动照片"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，党员逐一撰写对照检查材料；开展民主评议党员，评议结果报校机关党委备案；会后制定整改"
                "措施。", 6,
                "未召开组织生活会的扣2分；谈心谈话未全覆盖的扣0.5分；无对照检查材料的，每人扣0.2分，最高扣1分；未开展民主评议的扣1分；未备案的"
                "扣0.5分；无整改措施的扣0.5分。", "会议记录、谈心谈话记录、对照检查材料、备案表"),
            Row("年内确定入党积极分子不少于1名，注重在青年教师中发展党员；党员按月交纳党费，每年7月核定一次交纳基数；党员信息在全国党员管理信息"
                "系统中及时更新。", 5,
                "未确定积极分子的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；未核定基数的扣0.5分；信息更新不及时的，每人扣0.2分，最高扣"
                "1分。", "入党积极分子名册、党费收缴台账"),
            Row("支部按期换届；支部书记由教研部主任或具有副高级以上职称的党员教师担任；支委分工明确；“三会一课”、谈心谈话、党员教育管理等制度"
                "健全。", 6,
                "未按期换届的扣2分；书记配备不符合要求的扣1分；分工不明确的扣0.5分；制度缺一项扣0.3分，最高扣1分；班子不团结、影响工作的，酌情"
                "扣1-2分。", "换届选举材料、制度汇编"),
        )),
        Section("教学科研", "教学科研（34分）", 34, (
            Row("支部党员教师每人每年为主体班授课不少于3个专题；学员课堂教学评估优良率不低于百分之九十；年内开发新课程不少于1门，新课程报校委会"
                "审批。", 8,
                "授课专题不足的，每人扣0.3分，最高扣2分；优良率90%以上的得3分，85%（含）—90%的得2分，80%（含）—85%的得1分，80%以下的不得分；"
                "未开发新课程的扣1.5分；新课程未报审批的扣0.5分。", "教学安排表、教学评估统计表、新课程审批表"),
            Row("每年组织“送教下基层”不少于4次；维护红安、麻城等现场教学点，每半年开展一次教学点巡查；每年组织现场教学点讲解员培训不少于1期。", 6,
                "送教每少1次扣0.5分；巡查每少1次扣0.5分；未开展讲解员培训的扣1分；现场教学点讲解内容出现史实错误的，每处扣0.5分。",
                "送教记录、巡查记录、培训签到表"),
            Row("支部党员教师年内承担市级以上课题不少于1项；每人每年公开发表理论文章或报送决策咨询报告不少于1篇；全年咨询报告获市级以上领导肯定"
                "性批示不少于2篇。", 8,
                "未承担课题的扣2分；文章、报告不足的，每人扣0.3分，最高扣2分；批示每少1篇扣1分；公开发表文章违反政治纪律的，本项不得分。",
                "课题立项书、文章清单、批示件复印件"),
            Row("主体班实行班主任、组织员跟班管理，组织员由党员教职工担任；每期主体班成立临时党支部；学员出勤率不低于百分之九十五；每期班次结束后"
                "形成学员鉴定。", 6,
                "组织员非党员的，每个班次扣0.5分；未成立临时党支部的，每期扣1分；出勤率每低1个百分点扣0.2分，最高扣1分；无学员鉴定的，每期扣0.5"
                "分；学员违纪未及时报告的，酌情扣1分。", "临时党支部成立批复、考勤表、学员鉴定表"),
            Row("做好学员食堂、宿舍服务保障，每学期开展一次学员满意度测评，满意度不低于百分之九十；教学楼、学员宿舍每月开展一次消防安全检查。", 6,
                "测评每少1次扣0.5分；满意度低于90%的扣1分；安全检查每少1次扣0.3分，最高扣1.5分；发生安全责任事故的，本项不得分。",
                "测评表、安全检查记录"),
        )),
        Section("作风建设", "作风建设（18分）", 18, (
            Row("每年开展一次廉政风险点排查；每半年开展一次警示教育；教员外出授课实行报备，授课酬金按规定标准领取。", 6,
                "未开展风险点排查的扣1分；警示教育每少1次扣0.5分；外出授课未报备的，每次扣0.5分；违规收取授课酬金的，本项不得分。",
                "风险点排查表、警示教育签到表、外出授课报备表"),
            Row("教职工党员违反中央八项规定精神、接受学员宴请，或存在学术不端行为（本项为扣分项）。", 5,
                "每发现1起扣2分；受到党纪政务处分的，本项不得分。", "校纪检组提供"),
            Row("年初制定支部工作计划；每半年向校机关党委报告一次支部工作；年底支部书记述职，述职评议满意度不低于百分之八十五；年终形成工作总结。",
                7,
                "无计划的扣1分；报告每少1次扣0.5分；未述职的扣2分；满意度低于85%的扣1分；无总结的扣1分。",
                "工作计划、工作报告、述职报告、评议表、工作总结"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "分值", "评分标准", "佐证资料"]
BONUS = (
    ("支部获评省级以上“先进基层党组织”或全省党校系统先进集体的。", 2, "省级加1分，国家级加2分，最高加2分。", "表彰文件"),
    ("支部党员教师课程入选全国党校系统精品课，或调研报告获评全省党校系统优秀调研成果的。", 1, "每项加0.5分，最高加1分。", "获奖证书"),
)
NOTE = ("备注：本表由校机关党委于12月组织考核，采取查阅资料、听课评课、个别谈话、问卷测评相结合的方式进行；各项扣分以该项分值为限，扣完为止；"
        "加分项另行计算，总分不超过103分；考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为"
        "“四强”党支部评选和支部书记年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1 + len(BONUS)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：校机关党委所属教研一支部、教研二支部、机关后勤党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    r += 1
    top = r
    for text, points, scoring, method in BONUS:
        for c, v in ((1, text), (2, _fmt(points)), (3, scoring), (4, method)):
            tbl.cell(r, c).text = v
        r += 1
    merge_cells(tbl, top, 0, r - 1, 0, "加分项")
    document.add_paragraph(NOTE)
    document.save(str(path))
