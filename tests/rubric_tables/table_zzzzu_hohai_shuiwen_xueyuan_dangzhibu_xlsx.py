"""河海大学水文水资源学院党委2025年度党支部工作考核评分表 (.xlsx), as the 学院党委 of the 水文水资源学院 of 河海大学 in 南京 鼓楼区 西康路 (its
组织员 with the 学院 党政办, the 学工办, the 研究生教务 and the 学院 纪委委员, a 考核组 sitting with each 支部书记 in the 学院 会议室 of the 水文楼 in
the first week after the 期末考试, when the 清凉山 is grey, the 秦淮河 水文站 the students train at is quiet and the 野外科考 teams are back from
the 长江 and the 淮河) scores the 党支部 of the 学院: the 教工党支部 of the 水文学及水资源系 and the 水信息学系 whose 支部书记 are professors with
their 课题组 and 水文站 partners, the 本科生 党支部 of each 年级 and the 研究生 党支部 whose 党员 sit in the 实验室 and the 野外 as much as in the 教室,
the 水文局 and 基层 水文站 a 支部 is paired with: a sheet whose 考核内容 prints what the 支部 must have done, whose 评分标准 takes points off one clause
at a time, scores the 参学率 and the 年底 满意率 in bands, and whose 佐证材料 names the papers: 政治建设 (the “第一议题”, a monthly 集中学习, the
参学率 in bands and the 补学; 32学时 for 教工 and 24学时 for 学生 and the 平台; a semesterly 研判, the “一会一报” 审批, the 先审后发 and a 一票否决; the
书记's two 党课 and one “专业思政” 党课, the 年底 述职 and its 满意率), 组织建设 (the 换届, the 3至5人, the “双带头人” and the 党小组; the “三会一课”, the
签到 and the 记录; the monthly 主题党日, two 实践类 ones, the 方案 and 照片; the 组织生活会, the 谈心谈话 全覆盖, the 民主评议 and its 备案; three 积极分子,
the 党校 合格率, the 公示 and a "本项不得分"; 党费 按月 with a half-yearly 公示 and the 转接率 of the 毕业生), 党员教育管理 (the 积分 with a semesterly
公示, the 年底 评选 and its 公示; the 优良率, no 不及格 and the 导师、班主任 比例; a semesterly 谈心谈话, a monthly 联系 and the 关爱台账; a quarterly
思想汇报, a monthly 谈话 and a half-yearly 考察), 作用发挥 (two 专题研讨 a semester, the 学业帮扶 and its 通过率; the 志愿服务队, a quarterly 志愿服务 and
16小时; the 共建协议 and three 共建活动; the 品牌, three 品牌活动 and two 报道) and 基础保障 (the 年初 计划, the 年底 总结 and the 工作手册 by month; the
年底 满意率 in bands).

A merged title row, a merged "考核对象：学院各教工党支部、本科生党支部、研究生党支部" line and a merged "支部名称：    支部书记：    考核日期：" line
above the header 序号 | 考核指标 | 考核内容 | 分值 | 评分标准 | 佐证材料 | 得分. Each category is a SECTION ROW merged across the sheet, printed WITH an
ordinal and its points on one line, "一、政治建设（20分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "5.2"). 考核指标 is a
short name (`Row.indicator`); 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 佐证材料
(`Row.method`) names the papers, joined by "、"; 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese
numerals, nearly all in the 考核内容 ("每月组织一次", "不低于百分之九十", "每人每年…不少于32学时", "不少于24学时", "每学期开展一次", "每年讲党课不少于
2次", "不少于1次", "年底", "不低于百分之九十", "按期", "3至5人", "全覆盖", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每
季度1次", "每月开展一次", "年内…不少于2次", "每年召开一次", "全覆盖", "年内…不少于3名", "100%", "不少于5个工作日", "按月", "每半年公示一次", "100%",
"每学期公示一次", "年底", "不低于百分之八十五", "百分之五十以上", "每学期…不少于1次", "每月联系一次", "每季度…一次", "每月…一次", "每半年…一次",
"每学期…不少于2次", "百分之九十", "每季度开展一次", "不少于16小时", "不少于1个", "年内…不少于3次", "年内…不少于3次", "年内…不少于2次", "年初", "年底",
"按月", "年底", "不低于百分之九十"); "最高扣" caps; bands of the 参学率 (2 of the 6 points) and the 年底 满意率 (all 5), each closed by "…以下的不得分";
"酌情扣0.5-1分" three times, "酌情扣1-2分" once and "酌情扣1分" once; one "实行一票否决，本项不得分"; one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(label: str, text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核指标, 考核内容, 分值, 评分标准, 佐证材料."""
    return Row(text, points, scoring, proof, indicator=label)


TABLE = Table(
    name="zzzzu_hohai_shuiwen_xueyuan_dangzhibu_xlsx",
    fmt="xlsx",
    title="河海大学水文水资源学院党委2025年度党支部工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月组织一次集中政治理论学习；党员参学率不低于百分之九十，因野外科考、出差缺席的及时补学。", 6,
                 "集中学习每少1次扣0.5分，最高扣3分；参学率90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分；缺席未补学的，每人次扣0.1分，最高"
                 "扣1分。", "学习记录、签到表"),
            _row("学习学时",
                 "教工党员每人每年参加集中学习培训不少于32学时，学生党员不少于24学时；学时在“河海党建”平台及时登记。", 4,
                 "学时不足的，每人扣0.2分，最高扣2分；平台登记不及时的，酌情扣0.5-1分。", "平台学时统计"),
            _row("意识形态",
                 "每学期开展一次师生思想动态分析研判；支部主办的讲座、报告会、研讨会严格执行“一会一报”审批制度；支部新媒体平台信息发布先审后发。", 5,
                 "研判每少1次扣1分；讲座、报告会、研讨会未报批的，每次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1分；发生意识形态领域问题造成不良"
                 "影响的，实行一票否决，本项不得分。", "研判记录、审批表"),
            _row("书记履职",
                 "支部书记每年讲党课不少于2次，其中教工党支部书记结合学科前沿讲授“专业思政”党课不少于1次；年底支部书记向学院党委述职，述职评议满意率"
                 "不低于百分之九十。", 5,
                 "书记讲党课每少1次扣1分；未讲授“专业思政”党课的扣0.5分；未述职的扣2分；满意率低于90%的扣0.5分。", "党课讲稿、述职报告、测评表"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("支部设置",
                 "支部按期换届，支部委员会由3至5人组成；教工党支部书记由“双带头人”担任，实现全覆盖；研究生党支部依托导师团队或实验室设立党小组。", 4,
                 "未按期换届的扣2分；教工党支部书记非“双带头人”的扣1分；党小组设置不合理的，酌情扣0.5-1分。", "换届选举批复、支委分工名单"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议有签到、有记录，寒暑假期间可线上召开。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；无签到的，每次扣0.2分，最高扣1分；记录不规范的，酌情扣1-2分。", "会议记录本、签到表"),
            _row("主题党日",
                 "每月开展一次主题党日活动；年内结合“水利报国”“长江大保护”开展实践类主题党日不少于2次；活动有方案、有照片。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；实践类主题党日每少1次扣1分；缺方案或照片的，每次扣0.1分，最高扣1分。", "活动方案、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话，支委之间、支委和党员之间谈心谈话全覆盖；会后开展民主评议党员，评议结果报学院党委备案。", 5,
                 "未召开组织生活会的扣2分；谈心谈话未全覆盖的，每少1人扣0.1分，最高扣1分；未开展民主评议党员的扣1.5分；未备案的扣0.5分。",
                 "会议记录、谈心谈话记录、民主评议结果"),
            _row("发展党员",
                 "严格执行发展党员工作程序，年内确定入党积极分子不少于3名；发展对象经学院党校培训，培训合格率达到100%；发展对象、拟转正预备党员公示不少"
                 "于5个工作日。", 5,
                 "积极分子每少1名扣0.5分；未经培训或培训不合格列为发展对象的，每人扣1分；未公示的，每人次扣1分；违反程序发展党员的，本项不得分。",
                 "发展党员档案、党校结业证书、公示材料"),
            _row("党费与关系",
                 "党员按月足额交纳党费，党费收缴情况每半年公示一次；毕业生党员离校前转出组织关系，转接率达到100%。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分；组织关系未按时转出的，每人扣0.5分，最高扣1.5分。",
                 "党费收缴台账、公示截图、组织关系介绍信存根"),
        )),
        Section("党员教育管理", "三、党员教育管理（20分）", 20, (
            _row("积分管理",
                 "推行党员积分量化管理，积分每学期公示一次；年底评选“优秀共产党员”，评选结果公示。", 5,
                 "无积分台账的扣1分；积分公示每少1次扣0.5分；年底未评选的扣1分；评选结果未公示的扣0.5分。", "积分台账、公示截图"),
            _row("学业与育人",
                 "学生党员学业成绩优良率不低于百分之八十五，无不及格课程；教工党员担任本科生导师、班主任的比例达到百分之五十以上。", 5,
                 "优良率每低5个百分点扣0.5分，最高扣2分；学生党员有不及格课程的，每人扣0.2分，最高扣1分；比例低于50%的扣1分。",
                 "教务系统成绩单、导师班主任聘任名单"),
            _row("联系关爱",
                 "支委每学期与每名党员谈心谈话不少于1次；外出实习、访学、野外科考的党员每月联系一次；对经济困难、心理困扰的学生党员建立关爱台账。", 5,
                 "谈心谈话每少1人次扣0.1分，最高扣2分；联系每少1次扣0.2分，最高扣1分；无关爱台账的扣1分。", "谈心谈话记录、联系记录、关爱台账"),
            _row("培养考察",
                 "入党积极分子每季度向支部递交一次思想汇报；培养联系人每月与积极分子谈话一次；支部对积极分子每半年考察一次。", 5,
                 "思想汇报每少1次扣0.2分，最高扣1.5分；谈话每少1次扣0.1分，最高扣1.5分；考察每少1次扣0.5分。", "思想汇报、谈话记录、考察意见"),
        )),
        Section("作用发挥", "四、作用发挥（20分）", 20, (
            _row("党建与业务",
                 "教工党支部每学期开展学科建设、课程思政专题研讨不少于2次；学生党支部开展“党员一帮一”学业帮扶，帮扶对象课程通过率达到百分之九十。", 5,
                 "专题研讨每少1次扣0.5分，最高扣2分；未开展学业帮扶的扣1分；通过率每低5个百分点扣0.5分，最高扣2分。", "研讨记录、帮扶结对名单"),
            _row("志愿服务",
                 "组建“节水护水”党员志愿服务队，每季度开展一次志愿服务；党员每人每年志愿服务时长不少于16小时，时长在“志愿江苏”平台登记。", 5,
                 "未组建服务队的扣1分；志愿服务每少1次扣0.5分，最高扣2分；时长不足的，每人扣0.1分，最高扣2分。", "服务队名单、平台时长截图"),
            _row("支部共建",
                 "与水文局、基层水文站或地方党组织签订支部共建协议不少于1个，年内开展共建活动不少于3次，形成共建成果。", 5,
                 "未签订共建协议的扣1.5分；共建活动每少1次扣0.5分；无共建成果的，酌情扣1分。", "共建协议、活动照片"),
            _row("支部品牌",
                 "打造“一支部一品牌”，年内开展品牌活动不少于3次，在校级以上媒体宣传报道不少于2次。", 5,
                 "未打造品牌的扣2分；品牌活动每少1次扣0.5分；宣传报道每少1次扣0.5分。", "品牌创建方案、报道链接"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            _row("计划总结",
                 "年初制定支部年度工作计划，年底形成工作总结；支部工作手册按月填写。", 5,
                 "缺计划或总结的，每项扣1分；工作手册未按月填写的，每月扣0.2分，最高扣2分；填写不规范的，酌情扣0.5-1分。",
                 "工作计划、工作总结、支部工作手册"),
            _row("满意度",
                 "年底学院党委组织党员、师生代表对支部工作开展满意度测评，满意率不低于百分之九十。", 5,
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", "测评统计表"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容", "分值", "评分标准", "佐证材料", "得分"]
NOTE = ("说明：1.本表由学院党委于1月上旬组织考核，考核期为2025年1月1日至12月31日，采取支部书记汇报、查阅佐证材料、个别访谈、满意度测评相结合的"
        "方式进行；2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；3.学生党支部不考核“双带头人”“专业思政”党课和导师"
        "班主任比例，教工党支部不考核学业成绩优良率和学业帮扶，相应分值按该项实际得分比例折算；4.考核得分90分以上的为“好”，80—89分的为“较好”，"
        "70—79分的为“一般”，70分以下的为“差”，评为“好”等次的支部推荐参评校级“样板支部”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：学院各教工党支部、本科生党支部、研究生党支部", ncols)
    xlsx_line(ws, "支部名称：              支部书记：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([i, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (6, 12, 50, 6, 50, 22, 7))
    wb.save(str(path))
