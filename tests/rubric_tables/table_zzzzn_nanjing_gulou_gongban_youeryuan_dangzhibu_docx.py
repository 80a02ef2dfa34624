"""鼓楼区教育局2025年度公办幼儿园党支部工作考核细则 (.docx), as the 区教育局党委 of 江苏 南京 鼓楼区 (its 组织科 with the 学前教育科, the 安全
科 and the 派驻纪检组, a 考核组 visiting the 公办幼儿园 in the first weeks of January, after the 寒假 has begun and the 园 is quiet) scores the
党支部 of the district's public kindergartens: the old 实验幼儿园 behind the 鼓楼 and the new 园 in the 河西 towers, the 分园 whose teachers are
young and mostly not yet 党员, the 保育员 and 厨师 the 园长 must keep safe, the 家长 in their WeChat groups, the 绘本 on the shelves that someone
must look over, the 收费 notice at the gate: a table whose 考核内容 prints what the 支部 must have done, whose 评分标准 takes points off one clause at
a time (scoring the 家长满意率 in bands) and whose 考核方式 names the ways of checking: 政治引领 (the 园长负责制, the 支委会 first and the 议事规则; a
monthly 学习, the 参学率 and 32学时; a 每学期 研判, the 审核 of what is posted and of the 绘本; a 每学期 师德 教育, the 承诺书, the 师德 档案 and a 一票
否决), 组织建设 (the 换届, the “双培养” 计划 and 名单, the 补选; the “三会一课” and the 书记's 党课 each 学期; the 主题党日 on the first Friday, its
方案、记录、照片; the 组织生活会, the 谈心谈话 全覆盖, the 民主评议 with its 测评表 and the 备案; one 积极分子, a half-yearly 考察, the 公示 and a 一票否决;
党费 按月, a half-yearly 公示 and the 转接), 作用发挥 (the 先锋岗 and 示范班, a 示范课 each 学期 and the 结对; the 家访 全覆盖, a 家长会 and two 育儿
志愿服务 each 学期; a monthly 隐患排查, the 台账 and no 事故; the 年底 家长满意率 in bands; a 廉洁教育 each 学期, the 收费公示 and no 礼品) and 基础保障
(the 学期 计划 and 总结 and the 年初 责任书; the 活动室 and the 文化墙; the 台账 and the 平台 monthly; the 年底 述职 and its 满意率).

The title (bold, centred) and a centred "（考核对象：鼓楼区教育局直属公办幼儿园党支部）" line above one table: 考核项目 | 序号 | 考核内容 | 分值 |
评分标准 | 考核方式. The 考核项目 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on the same line,
"政治引领（20分）". 序号 (SECOND column) RESTARTS at 1 under every 考核项目 (ids "1.1" … "4.4"). There is no short sub-label: 考核内容
(`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 考核方式 (`Row.method`) only names ways of checking
(查阅资料, 实地查看, 访谈教师, 家长问卷, 平台查询), joined by "、". A 合计 row of 100 closes the table; a "备注：" paragraph and three numbered lines
follow it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月组织一次", "不低于百分之九十", "每人每年…不少于32学时", "每学期开展
一次", "每学期开展一次", "全覆盖", "按期", "每月至少召开1次，…每季度至少召开1次，…每月至少召开1次，…每季度至少1次", "每学期讲党课不少于1次", "每月第
一个周五", "每年召开一次", "全覆盖", "年内…不少于1名", "每半年进行一次", "不少于5个工作日", "按月", "每半年公示一次", "每学期…不少于1节", "不少于1名",
"每学期…全覆盖", "每学期召开一次", "每学期…不少于2次", "每月开展一次", "全年", "年底", "不低于百分之九十五", "每学期开展一次", "每学期初", "学期末",
"年初", "每学期更新一次", "每月更新", "年底", "不低于百分之九十"); "最高扣" caps; bands of the 家长满意率 (all 6 points, closed by "90%以下的不得分");
"酌情扣0.5-1分" four times and "酌情扣1-2分" once; two "实行一票否决，本项不得分"; two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, method: str) -> Row:
    """One row in the order the table prints it: 考核内容, 分值, 评分标准, 考核方式."""
    return Row(text, points, scoring, method)


TABLE = Table(
    name="zzzzn_nanjing_gulou_gongban_youeryuan_dangzhibu_docx",
    fmt="docx",
    title="鼓楼区教育局2025年度公办幼儿园党支部工作考核细则",
    numbering="restart",
    sections=(
        Section("政治引领", "政治引领（20分）", 20, (
            _row("落实党组织领导的园长负责制，“三重一大”事项经支部委员会会议研究后提交园务会议决定；制定支部委员会会议、园务会议议事规则。", 5,
                 "“三重一大”事项未经支委会研究的，每件扣1分，最高扣3分；未制定议事规则的扣1分；议事规则执行不到位的，酌情扣0.5-1分。",
                 "查阅资料、访谈教师"),
            _row("支部每月组织一次政治理论学习，教职工党员参学率不低于百分之九十；党员每人每年参加学习培训不少于32学时。", 5,
                 "集中学习每少1次扣0.5分，最高扣2分；参学率每低5个百分点扣0.5分，最高扣1.5分；学时不足的，每人扣0.1分，最高扣1.5分。",
                 "查阅资料、平台查询"),
            _row("每学期开展一次意识形态工作研判；幼儿园微信公众号、班级家长群发布信息落实审核制度；园内绘本、图书、玩教具选用经审核把关。", 5,
                 "研判每少1次扣1分；信息发布未经审核的，每次扣0.5分；选用审核不到位的，酌情扣0.5-1分；发生意识形态领域重大问题的，本项不得分。",
                 "查阅资料、实地查看"),
            _row("每学期开展一次师德师风专题教育，教职工签订师德承诺书；建立教职工师德考核档案，年度师德考核全覆盖；全年无违反师德行为。", 5,
                 "专题教育每少1次扣1分；未签订承诺书的，每人扣0.2分，最高扣1分；未建立师德考核档案的扣1分；发生违反师德行为被查实的，实行一票否决，"
                 "本项不得分。", "查阅资料、访谈教师"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            _row("支部委员会设书记、组织委员、宣传委员，按期换届；落实“双培养”机制，把骨干教师培养成党员、把党员培养成骨干教师，有培养计划和名单；"
                 "委员出现缺额及时补选。", 4,
                 "未按期换届的扣2分；“双培养”无计划或无名单的扣1分；委员缺额超过3个月未补选的扣1分。", "查阅资料"),
            _row("支部委员会每月至少召开1次，党员大会每季度至少召开1次，党小组会每月至少召开1次，党课每季度至少1次；支部书记每学期讲党课不少于1次。",
                 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；会议记录不规范的，酌情扣0.5-1分。", "查阅资料"),
            _row("每月第一个周五开展主题党日活动，寒暑假期间可线上开展；活动有方案、有记录、有照片。", 5,
                 "主题党日每少1次扣0.3分，最高扣3分；缺方案、记录或照片的，每次扣0.1分，最高扣1分；未按固定日期开展的，每次扣0.2分。",
                 "查阅资料"),
            _row("每年召开一次组织生活会，会前谈心谈话全覆盖；会后开展民主评议党员，填写民主评议测评表，评议结果报区教育局党委备案。", 6,
                 "未召开组织生活会的扣2分；谈心谈话未全覆盖的扣1分；未开展民主评议党员的扣2分；测评表缺失或评议结果未备案的扣1分。",
                 "查阅资料、访谈教师"),
            _row("注重在青年教师中发展党员，年内确定入党积极分子不少于1名，每半年进行一次考察；发展对象、拟转正预备党员在园内公示不少于5个工作日。",
                 4,
                 "未确定入党积极分子的扣1分；考察每少1次扣0.5分；未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。", "查阅资料"),
            _row("党员按月足额交纳党费，党费收缴情况每半年公示一次；退休教职工党员组织关系按规定转接。", 4,
                 "党费未按月交纳的，每人次扣0.1分，最高扣2分；公示每少1次扣0.5分；组织关系转接不及时的，每人扣0.5分。", "查阅资料"),
        )),
        Section("作用发挥", "作用发挥（30分）", 30, (
            _row("设立党员先锋岗、党员示范班；党员教师每学期上示范课不少于1节；党员骨干教师每人结对帮带青年教师不少于1名。", 6,
                 "未设立先锋岗、示范班的扣1分；示范课每少1节扣0.5分，最高扣2分；结对帮带未落实的，每人扣0.5分，最高扣2分。",
                 "查阅资料、访谈教师"),
            _row("党员教师每学期家访（含电话家访）覆盖所带班级全部幼儿家庭；每学期召开一次家长会；支部每学期开展“党员进社区”育儿指导志愿服务不少于2次。",
                 6,
                 "家访未全覆盖的，每少1户扣0.1分，最高扣2分；家长会每少1次扣0.5分；志愿服务每少1次扣0.5分，最高扣2分。", "查阅资料、家长问卷"),
            _row("党员带头落实安全责任，每月开展一次园所安全隐患排查；食品安全、消防安全、门卫值守有台账；全年不发生安全责任事故。", 6,
                 "隐患排查每少1次扣0.3分，最高扣2分；台账缺失的，每项扣0.5分；发生安全责任事故的，本项不得分。", "查阅资料、实地查看"),
            _row("年底由区教育局组织开展家长满意度问卷调查，家长满意率不低于百分之九十五。", 6,
                 "满意率98%以上的得6分，95%（含）—98%的得5分，90%（含）—95%的得3分，90%以下的不得分。", "家长问卷"),
            _row("每学期开展一次廉洁教育；严格执行收费公示制度，收费项目和标准在园门口公示；教职工不收受家长礼品礼金。", 6,
                 "廉洁教育每少1次扣0.5分；收费未公示的扣2分；教职工收受家长礼品礼金被查实的，每人次扣1分。", "查阅资料、实地查看"),
        )),
        Section("基础保障", "基础保障（20分）", 20, (
            _row("每学期初制定支部工作计划，学期末形成工作总结；年初与区教育局党委签订党建工作责任书。", 5,
                 "缺计划或总结的，每项扣1分；未签订责任书的扣1分。", "查阅资料"),
            _row("建有党员活动室，有标识、有制度、有党建书籍；利用走廊、宣传栏打造党建文化墙，每学期更新一次。", 4,
                 "无党员活动室的扣2分；活动室不规范的，酌情扣0.5-1分；文化墙每学期未更新的扣0.5分。", "实地查看"),
            _row("党建台账按年度分类归档；“南京智慧党建”平台支部信息每月更新，录入及时准确。", 5,
                 "台账不规范的，酌情扣1-2分；平台信息未按月更新的，每月扣0.2分，最高扣2分。", "查阅资料、平台查询"),
            _row("支部书记年底向区教育局党委述职，接受教职工评议，述职评议满意率不低于百分之九十。", 6,
                 "未述职的扣3分；满意率每低5个百分点扣1分，最高扣3分。", "查阅资料"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "评分标准", "考核方式"]
NOTES = (
    "备注：",
    "1.“每学期”按春季、秋季两个学期计；寒暑假期间开展的组织生活须有记录。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；家长满意率以区教育局委托第三方开展的问卷调查结果为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；考核结果作为园长年度考核和“星级党支部”评定的"
    "重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：鼓楼区教育局直属公办幼儿园党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            cells = ((1, str(i)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
