"""皖南医学院临床医学院2024—2025学年学生党支部工作考核评分表 (.xlsx), as the 学院党委 of the 临床医学院 of 皖南医学院 in 安徽 芜湖 (its 组织员 with
the 学工办, the 团委, the 教学办 and the 实习基地 附属医院 弋矶山医院's 科室 支部, a 考核组 meeting in the second week of July, when the 毕业生 have left the
鸠江 campus with their 组织关系 transferred, the fourth-year students are on their 临床实习 rounds in the 附属医院, the 期末 grades are in the 教务系统 and the
“三下乡” 义诊 teams are packing for the 皖南 mountains) scores the 本科生 and 研究生 党支部 of a medical school: the 低年级 支部 of 基础 课程 students
with a handful of 党员 and many 积极分子, the 实习 支部 whose 党员 are scattered over the 科室 of five hospitals, the 研究生 支部 of 规培 doctors: a sheet
whose 考核标准 prints what the 支部 must have done, whose 计分方法 takes points off one clause at a time (scoring the 参会率 and the 满意率 in bands) and whose
佐证材料 names the papers: 政治建设 (a monthly 集中学习, 32学时 and the 形式; a 每学期 研判, the “三审三校” and the 言论; no 不及格, the 结对 and the 医学生誓词),
组织建设 (the 支委会 of 3至5人, the 副书记, the 换届 and the 分工; the “三会一课”, the 书记's 党课, the 线上 组织生活 in 实习 and the 参会率 in bands; the
主题党日, the 医师节 活动 and two 联学联建; the 组织生活会, the 谈心谈话 全覆盖, the 民主评议 and the 反馈; 党费 按月, the 转接率, the 档案 and the 系统; the
发展党员 程序: the 谈话 within a month, the 推荐 and 推优, the 一年 of 考察, 24学时 of 党校, the 公示, the 转正 and a 一票否决), 作用发挥 (the 挂牌率, the 学生
干部 比例 and the 示范岗; the 服务队, a monthly 志愿服务, 20小时 and the “三下乡”; the 学业优良率, three 项目 and the 出科 合格率; three 联系 同学 each, a
每学期 谈心, a 每学期 座谈会 and the 反馈; a monthly 走访, the 报告 and no 处分; the 品牌, two 报道 and two 信息 a 学期; the 满意率 in bands) and 基础保障 (the
工作手册, the 记录, the 学年初 计划 and the 学年末 总结; the 学年末 述职, the “好”等次比例 and 16学时; the 标识、制度、台账, the 阵地, the 经费 台账 and the 使用).

A merged title row, a merged "考核对象：临床医学院各本科生党支部、研究生党支部" line and a merged "党支部：    考核人：    考核日期：" line above the header 序号 |
考核指标 | 考核标准 | 分值 | 计分方法 | 佐证材料. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its points on one line,
"一、政治建设（15分）"; 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.3"). 考核指标 is a short name on every row
(`Row.indicator`); 考核标准 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 计分方法 (`Row.scoring`); 佐证材料 (`Row.method`) names the
papers, joined by "、". A 合计 row of 100 closes the sheet; a merged "说明：" row follows it. The year is the 学年: counts in figures and Chinese numerals, nearly
all in the 考核标准 ("每月组织一次", "每人每学年…不少于32学时", "每学期开展一次", "1名", "每学年组织一次", "3至5人", "1名", "按期", "支部委员会每月召开1次，
党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每学年讲党课不少于1次", "不低于百分之九十", "每月开展一次", "每学年…不少于2次", "每学年召开
一次", "全覆盖", "按月", "离校前1个月内", "100%", "1个月内", "一年以上", "不少于24学时", "不少于5个工作日", "按期", "100%", "不低于百分之五十", "每月开展
一次", "每学年…不少于20小时", "不少于1次", "前百分之三十", "不低于百分之七十", "每学年…不少于3项", "100%", "不少于3名", "每学期至少…一次", "每学期召开
一次", "每月…一次", "全学年", "每学年…不少于2次", "每学期…不少于2篇", "每学年", "百分之九十", "学年初", "学年末", "学年末", "百分之八十", "每学年…不少于
16学时"); "最高扣" caps; bands of the 参会率 (2 of the 7 points, closed by "90%以下的不得分") and of the 满意率 (all 5, closed by "85%以下的不得分"); "每低
10个百分点" three times; "酌情扣0.5-1分" twice, "酌情扣0.5-1.5分" twice; one "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(label: str, text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核指标, 考核标准, 分值, 计分方法, 佐证材料."""
    return Row(text, points, scoring, proof, indicator=label)


TABLE = Table(
    name="zzzzzd_wannan_yixueyuan_linchuang_xuesheng_dangzhibu_xlsx",
    fmt="xlsx",
    title="皖南医学院临床医学院2024—2025学年学生党支部工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("理论学习",
                 "支部每月组织一次集中学习，深入学习习近平新时代中国特色社会主义思想和党的二十届三中全会精神；学生党员每人每学年参加集中学习培训不少于32"
                 "学时。", 5,
                 "集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分；学习流于形式的，酌情扣0.5-1分。",
                 "学习记录、签到表、学时登记表"),
            _row("意识形态",
                 "每学期开展一次学生思想动态分析研判；支部微信公众号、QQ群等网络阵地信息发布落实“三审三校”；学生党员不在网络发表错误言论。", 5,
                 "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；学生党员发表错误言论的，每人次扣1分。", "研判记录、审核记录"),
            _row("学风引领",
                 "学生党员、入党积极分子课程考试无不及格；每名学生党员与1名学业困难同学结对帮扶；支部每学年组织一次重温“医学生誓词”活动。", 5,
                 "学生党员、积极分子有课程不及格的，每人次扣0.5分，最高扣2分；结对帮扶未落实的，每人扣0.2分，最高扣1.5分；未组织重温“医学生誓词”活动"
                 "的扣1分。", "成绩单、结对帮扶登记表、活动照片"),
        )),
        Section("组织建设", "二、组织建设（35分）", 35, (
            _row("班子建设",
                 "支部委员会由3至5人组成，支部书记由辅导员或教师党员担任，设学生党员副书记1名；支部按期换届，支委分工明确。", 5,
                 "支委会人数不符合要求的扣1分；未设学生党员副书记的扣0.5分；未按期换届的扣2分；支委分工不明确的扣0.5分。",
                 "支委分工文件、换届选举批复"),
            _row("三会一课",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每学年讲党课不少于1次；实习期间通过线上方式"
                 "开展组织生活；党员参会率不低于百分之九十。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣1分；实习期间组织生活中断的扣1分；参会率95%以上的得2分，90%（含）—95%的得1分，"
                 "90%以下的不得分。", "会议记录本、签到表、线上会议截图"),
            _row("主题党日",
                 "每月开展一次主题党日活动，结合“世界卫生日”“中国医师节”开展主题活动；每学年与附属医院临床科室党支部开展联学联建不少于2次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；未结合节日开展主题活动的扣1分；联学联建每少1次扣1分。", "活动方案、签到表、活动照片"),
            _row("组织生活会",
                 "每学年召开一次组织生活会，会前支委与每名党员谈心谈话全覆盖；会后开展民主评议党员，评议结果反馈党员本人。", 5,
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.2分，最高扣1分；未开展民主评议党员的扣1.5分；评议结果未反馈的扣0.5分。",
                 "会议记录、谈心谈话记录、民主评议表"),
            _row("党员管理",
                 "党员按月交纳党费；毕业生党员组织关系在离校前1个月内转接，转接率达到100%；党员档案材料齐全，全国党员管理信息系统信息准确。", 5,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；转接率每低10个百分点扣1分，最高扣2分；党员档案材料不齐全的，每人扣0.2分，最高扣1分；系统"
                 "信息不准确的，每人扣0.2分，最高扣1分。", "党费收缴台账、组织关系转接登记表"),
            _row("发展党员",
                 "严格执行发展党员“五个阶段二十五个步骤”：收到入党申请书后1个月内派人谈话；确定入党积极分子经党员推荐、团组织推优；入党积极分子经过一年以上"
                 "培养教育和考察，参加党校培训不少于24学时；发展对象公示不少于5个工作日；预备党员按期讨论转正。", 8,
                 "谈话超期的，每人扣0.2分，最高扣1分；确定积极分子未经推荐、推优的，每人扣0.5分，最高扣1.5分；培养考察不满一年的，每人扣1分；党校培训学时"
                 "不足的，每人扣0.2分，最高扣1分；发展对象未公示或公示期不足的，每人扣1分；预备党员未按期讨论转正的，每人扣0.5分；违反程序发展党员的，实行"
                 "一票否决，本项不得分。", "发展党员档案、谈话记录、推优材料、党校结业证书、公示材料"),
        )),
        Section("作用发挥", "三、作用发挥（35分）", 35, (
            _row("先锋示范",
                 "开展学生党员“亮身份、作表率”活动，在宿舍、班级设立党员示范岗，党员宿舍挂牌率达到100%；学生党员担任班级、年级学生干部的比例不低于百分之"
                 "五十。", 5,
                 "挂牌率每低10个百分点扣0.5分，最高扣1.5分；学生干部比例低于50%的扣1分；示范岗作用不明显的，酌情扣0.5-1.5分。", "示范岗名单、宿舍挂牌照片"),
            _row("志愿服务",
                 "组建党员医疗志愿服务队，每月开展一次健康宣教、社区义诊等志愿服务；学生党员每学年志愿服务时长不少于20小时；暑期组织“三下乡”社会实践不少于"
                 "1次。", 6,
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2分；志愿服务时长不足的，每人扣0.1分，最高扣1.5分；未组织“三下乡”的扣1.5分。",
                 "服务队名单、志愿服务记录、时长证明"),
            _row("学业实践",
                 "学生党员学业优良率（学业成绩位于本专业前百分之三十）不低于百分之七十；每学年支部党员参与大学生创新创业训练计划项目或学科竞赛不少于3项；"
                 "实习学生党员出科考核合格率达到100%。", 6,
                 "学业优良率每低10个百分点扣1分，最高扣2分；参与项目每少1项扣0.5分，最高扣1.5分；出科考核不合格的，每人次扣0.5分，最高扣2分。",
                 "教务系统成绩单、立项或获奖文件、出科考核表"),
            _row("联系同学",
                 "每名学生党员联系非党员同学不少于3名，每学期至少谈心一次；支部每学期召开一次非党员同学座谈会，听取意见建议并反馈。", 5,
                 "联系同学未落实的，每人扣0.2分，最高扣1.5分；谈心每少1人次扣0.1分，最高扣1分；座谈会每少1次扣1分；意见建议未反馈的扣0.5分。",
                 "联系同学登记表、座谈会记录"),
            _row("朋辈关爱",
                 "学生党员参与朋辈心理互助，每月走访联系宿舍一次；发现同学心理异常情况及时报告辅导员；全学年学生党员无受校纪处分。", 4,
                 "宿舍走访每少1次扣0.2分，最高扣1.5分；发现异常未及时报告的，每次扣1分；学生党员受到校纪处分的，每人扣2分。", "宿舍走访记录"),
            _row("品牌宣传",
                 "打造“一支部一品牌”特色活动；每学年在校级以上媒体宣传报道不少于2次；每学期报送支部工作信息不少于2篇。", 4,
                 "未形成特色品牌的扣1.5分；宣传报道每少1次扣0.5分；工作信息每少1篇扣0.3分，最高扣1.5分。", "报道截图、信息报送记录"),
            _row("满意度",
                 "学院党委每学年组织党员、入党积极分子和非党员同学代表对支部工作开展满意度测评，满意率达到百分之九十。", 5,
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", "测评统计表"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            _row("工作台账",
                 "建立支部工作手册，“三会一课”、主题党日等活动记录及时规范；学年初制定支部工作计划，学年末形成工作总结。", 5,
                 "无支部工作手册的扣1分；活动记录不规范的，酌情扣0.5-1.5分；缺计划或总结的，每项扣1分。", "支部工作手册、工作计划、工作总结"),
            _row("书记述职",
                 "支部书记学年末向学院党委述职，述职评议“好”等次比例达到百分之八十；支部书记每学年参加学校组织的集中培训不少于16学时。", 5,
                 "未述职的扣2分；“好”等次比例低于80%的扣1.5分；书记培训学时不足的扣1.5分。", "述职报告、测评表、培训证书"),
            _row("阵地经费",
                 "用好学生公寓党员工作站，做到有标识、有制度、有台账；党建活动经费专款专用，建立经费使用台账。", 5,
                 "标识、制度、台账每缺一项扣0.5分；工作站未有效使用的，酌情扣0.5-1分；无经费使用台账的扣1分；经费使用不规范的扣1分。",
                 "工作站照片、经费使用台账"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核标准", "分值", "计分方法", "佐证材料"]
NOTE = ("说明：1.本表由学院党委于学年末（7月上旬）组织考核，组织员牵头，学工办、团委、教学办参加，采取听取汇报、查阅佐证材料、个别谈话、问卷测评相结合"
        "的方式进行，以2024年9月1日至2025年7月10日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；计分方法列明得分档次的，按档次计分；寒暑假期间不计"
        "“三会一课”、主题党日次数；3.学业成绩以学校教务系统数据为准，出科考核以附属医院教学办记录为准；4.考核得分90分以上的为“优秀”，80—89分的为“良好”，"
        "70—79分的为“合格”，70分以下的为“不合格”，考核结果作为评选校级“样板党支部”和支部书记年度考核的依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "学生党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：临床医学院各本科生党支部、研究生党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([i, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 95)
    xlsx_widths(ws, (6, 12, 52, 6, 52, 24))
    wb.save(str(path))
