"""西南石油大学党委2025年度二级学院党委党建工作考核评分表 (.xlsx), as the 党委 of 西南石油大学 in 成都 新都 (its 组织部 with the 宣传部, the 教师工作部, the
学生工作部, the 纪委办公室 and the 党校, a 考核组 that sits with each 学院党委 in the week before the 寒假, when the 期末 papers are being marked, the 地球
科学 and 石油工程 students are back from their 野外实习 in the 川中 gas fields, the 研究生 are finishing their 开题 and the 学院 are writing up their
“双一流” 学科 reports) scores the 二级学院党委 of an 石油 university: the 学院 of 石油与天然气工程 whose 教工党支部 sit beside the 重点实验室, the 学院 of
地球科学与技术 whose 师生 go down to the 油气田 every summer, the 学院 of 马克思主义 with its 思政课 教师, the 学院 of the 新工科 with more 学生党员 than
教工: a sheet of 一级指标 and 二级指标 whose 考核内容 prints what the 学院党委 must have done, whose 评分办法 takes points off one clause at a time (scoring the
中心组 参学率 and the 师生 满意度 in bands) and whose 佐证材料 names the papers, with a 加分项 block under the 合计: 政治建设 (twelve 中心组 学习, four 专题研讨,
the monthly 政治理论学习 and the 参学率 in bands; the 议事规则, the “三重一大”, a monthly 党委会议 and the 纪要; a 每学期 研判, the “一会一报” and a 一票否决;
the 师德档案, the 培训 全覆盖, a 每学期 专题教育 and no 失范), 组织建设 (the 设置, the “双带头人”比例 and the 换届率; the “三会一课”, the 主题党日 and the
书记's and 院长's 党课; the 组织生活会, the 征求意见, the 谈心谈话, the 对照检查材料, the 民主评议 and the 参评率; the 发展党员 steps: one 青年教师 or 人才, the
谈话 within a month, a 每半年 考察 over a year, 3天 of 培训, the 政治审查, the 公示, the 转正 and a 一票否决; 党费 按月 with a 每学期 公示, the 转接率 and the
系统), 队伍建设 (32学时, the 书记's 40学时 and the 线上 参学率; a 每学期 培训班, 40学时, the 合格率 and two 培养联系人; no 不及格 and the 学业优秀率), 作用发挥
(two 联学共建, one “三下乡” and the 形式; the 创建 and the 品牌; two visits a 学期, a 每学期 座谈会 and the 反馈; the 年初 责任书, a 每学期 警示教育, the 防控 and
no 处分; the 满意度 in bands) and 基础保障 (the 年底 述职, the “好”等次比例, the 年初 工作要点 and the 年底 总结; the 场所, the 标识、制度, the 经费 and its 台账).

A merged title row, a merged "考核对象：各二级学院党委（党总支）" line and a merged "学院：    考核组：    考核日期：" line above the header 一级指标 | 序号 |
二级指标 | 考核内容 | 分值 | 评分办法 | 佐证材料. The 一级指标 are MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH their points on a
SECOND line, "一、政治建设\\n（20分）"; 序号 (SECOND column) runs 1..19 through the sheet, NOT restarting. 二级指标 (THIRD column) is a short name on every
row (`Row.indicator`); 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分办法 (`Row.scoring`); 佐证材料 (`Row.method`) last,
naming the papers, joined by "、". A 合计 row of 100; then, UNDER it, a 加分项 block of three rows with NO 序号: "加分项\\n（最高加5分）" merged down the
一级指标 column beside them, a short name in the 二级指标 column, the 加分内容 in the 考核内容 column, the most it adds in the 分值 column, the 加分办法 in the
评分办法 column and a 佐证材料 (not in `sections`); a merged 说明 row closes the sheet. The year of the sheet is the calendar year but its 学期 and 学年 are
printed: counts in figures and Chinese numerals, nearly all in the 考核内容 ("每年集中学习不少于12次", "不少于4次", "每月开展一次", "百分之九十以上", "每月至少
召开1次", "每学期开展一次", "全年", "全覆盖", "每学期开展一次", "全年", "100%", "100%", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，
党课每季度1次", "每月开展一次", "每学年…各不少于1次", "每年召开一次", "百分之九十五以上", "年内…不少于1名", "1个月内", "一年以上", "每半年考察一次", "不少于
3天或24学时", "不少于5个工作日", "按期", "按月", "每学期公示一次", "100%", "每人每年…不少于32学时", "每年…不少于40学时", "百分之九十", "每学期举办一期",
"不少于40学时", "百分之九十五以上", "2名", "前百分之五十", "百分之八十", "每学年…不少于2次", "每年…不少于1次", "不少于1个", "每学期…不少于2次", "每学期召开
一次", "年初", "每学期开展一次", "全年", "百分之九十", "年底", "百分之八十", "年初", "年底"); "最高扣" caps; bands of the 参学率 (1.5 of the 6 points, closed by
"85%以下的不得分") and of the 满意度 (all 6, closed by "80%以下的不得分"); "每低10个百分点" twice and "每低5个百分点" three times; "酌情扣0.5-1分" three times,
"酌情扣0.5-1.5分" once and "酌情扣0.5分" once; two "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table


def _row(label: str, text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 二级指标, 考核内容, 分值, 评分办法, 佐证材料."""
    return Row(text, points, scoring, proof, indicator=label)


TABLE = Table(
    name="zzzzzg_xinan_shiyou_daxue_erji_xueyuan_dangwei_xlsx",
    fmt="xlsx",
    title="西南石油大学党委2025年度二级学院党委党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设\n（20分）", 20, (
            _row("理论学习",
                 "学院党委理论学习中心组每年集中学习不少于12次，其中专题研讨不少于4次；教职工政治理论学习每月开展一次，教职工参学率达到百分之九十以上。", 6,
                 "中心组学习每少1次扣0.5分，最高扣2分；专题研讨每少1次扣0.5分；政治理论学习每少1次扣0.3分，最高扣1.5分；参学率95%以上的得1.5分，90%"
                 "（含）—95%的得1分，85%（含）—90%的得0.5分，85%以下的不得分。",
                 "中心组学习记录、签到表、研讨发言材料"),
            _row("议事决策",
                 "制定学院党委会议、党政联席会议议事规则；学院改革发展、干部人事、人才引进、评优评先等“三重一大”事项经党委会议前置研究讨论；党委会议每月"
                 "至少召开1次，会议纪要规范。", 5,
                 "未制定议事规则的扣1分；“三重一大”事项未经党委会议研究的，每件扣1分，最高扣2分；党委会议每少1次扣0.3分，最高扣1.5分；会议纪要不规范的，"
                 "酌情扣0.5分。",
                 "议事规则、党委会议纪要"),
            _row("意识形态",
                 "每学期开展一次意识形态工作分析研判；哲学社会科学类讲座、论坛、报告会落实“一会一报”审批制度；课堂教学、教材选用和学院网站、新媒体平台"
                 "管理规范；全年不发生意识形态领域重大问题。", 5,
                 "研判每少1次扣1分；讲座、报告会未履行审批的，每场扣0.5分，最高扣1.5分；阵地管理不规范的，酌情扣0.5-1分；发生意识形态领域重大问题的，实行"
                 "一票否决，本项不得分。",
                 "研判报告、审批表"),
            _row("师德师风",
                 "建立教师师德档案；新入职教师岗前师德培训全覆盖；每学期开展一次师德师风专题教育；师德考核结果作为职称评审、评优评先的首要条件；全年无师德"
                 "失范问题。", 4,
                 "无师德档案的扣1分；新入职教师培训未全覆盖的扣0.5分；专题教育每少1次扣0.5分；发生师德失范问题经查实的，每起扣2分。",
                 "师德档案、培训记录、专题教育记录"),
        )),
        Section("组织建设", "二、组织建设\n（30分）", 30, (
            _row("支部设置",
                 "教工党支部按系（教研室）设置，学生党支部按年级或专业设置；教工党支部书记“双带头人”比例达到100%；党支部按期换届率达到100%。", 5,
                 "支部设置不合理的扣1分；“双带头人”比例每低10个百分点扣0.5分，最高扣2分；未按期换届的，每个支部扣1分，最高扣2分。",
                 "支部设置文件、支部书记名单、换届批复"),
            _row("组织生活",
                 "各党支部落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每月开展一次主题党日活动；"
                 "学院党委书记、院长每学年为师生党员讲党课各不少于1次。", 7,
                 "抽查党支部“三会一课”，每少1次扣0.3分，最高扣3分；主题党日每少1次扣0.2分，最高扣2分；书记、院长讲党课每少1次扣1分。",
                 "会议记录本、签到表、党课课件"),
            _row("组织生活会",
                 "各党支部每年召开一次组织生活会，会前征求意见、开展谈心谈话，支委会成员撰写对照检查材料；会后开展民主评议党员，党员参评率达到百分之九十五"
                 "以上。", 5,
                 "党支部未召开组织生活会的，每个扣1分，最高扣2分；未征求意见或未开展谈心谈话的扣0.5分；对照检查材料不规范的，酌情扣0.5-1分；未开展民主评议"
                 "党员的，每个支部扣1分；参评率低于95%的扣0.5分。",
                 "会议记录、对照检查材料、民主评议测评表"),
            _row("发展党员",
                 "坚持政治标准，年内在优秀青年教师、高层次人才中发展党员不少于1名；严格执行发展党员程序：收到入党申请书后1个月内派人谈话；入党积极分子经过"
                 "一年以上培养考察，每半年考察一次；发展对象参加集中培训不少于3天或24学时，并进行政治审查；发展对象公示不少于5个工作日；预备党员按期讨论转正。",
                 8,
                 "未在青年教师、高层次人才中发展党员的扣1分；谈话超期的，每人扣0.2分，最高扣1分；考察每少1次扣0.1分，最高扣1分；培训不足3天或24学时的，每人"
                 "扣0.5分，最高扣1.5分；政治审查材料不全的，每人扣0.5分；未公示或公示时间不足的，每人扣1分；预备党员未按期讨论转正的，每人扣0.5分；违反程序"
                 "发展党员的，实行一票否决，本项不得分。",
                 "发展党员档案、谈话记录、培训结业证书、公示材料"),
            _row("党员管理",
                 "党员按月交纳党费，党费收缴情况每学期公示一次；毕业生党员组织关系转接率达到100%；全国党员管理信息系统信息更新及时、准确。", 5,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；转接率每低5个百分点扣0.5分，最高扣2分；系统信息不准确的，每人扣0.1分，最高"
                 "扣1分。",
                 "党费收缴台账、公示照片、组织关系转接登记表"),
        )),
        Section("队伍建设", "三、队伍建设\n（15分）", 15, (
            _row("党员教育培训",
                 "党员每人每年参加集中学习培训不少于32学时；党支部书记每年参加学校集中轮训不少于40学时；依托“学习强国”、网上党校开展线上学习，党员线上学习"
                 "参学率达到百分之九十。", 5,
                 "党员学时不足的，每人扣0.1分，最高扣2分；支部书记学时不足的，每人扣0.5分，最高扣1.5分；线上学习参学率每低5个百分点扣0.5分，最高扣1.5分。",
                 "学时登记表、培训证书、平台统计截图"),
            _row("积极分子培养",
                 "学院分党校每学期举办一期入党积极分子培训班，每期培训不少于40学时，结业考试合格率达到百分之九十五以上；为每名入党积极分子确定2名培养联系人。",
                 5,
                 "培训班每少1期扣1分；培训学时不足的扣1分；合格率每低5个百分点扣0.5分，最高扣1分；培养联系人未落实的，每人扣0.2分，最高扣1分。",
                 "培训方案、课程表、考试成绩单"),
            _row("学业引领",
                 "学生党员、入党积极分子课程考试无不及格；学生党员学业优秀率（学业成绩位于本专业前百分之五十）达到百分之八十。", 5,
                 "学生党员、积极分子有课程不及格的，每人次扣0.5分，最高扣2分；学业优秀率每低10个百分点扣1分，最高扣3分。",
                 "教务系统成绩单"),
        )),
        Section("作用发挥", "四、作用发挥\n（25分）", 25, (
            _row("党建融合",
                 "各党支部结合学科专业开展“党建+科研”“党建+育人”活动；教工党支部每学年与油气田企业、地方党组织开展联学共建不少于2次；学院每年组织师生党员"
                 "开展“三下乡”、科技服务等社会实践不少于1次。", 5,
                 "联学共建每少1次扣0.5分，最高扣2分；未开展“三下乡”或科技服务活动的扣1.5分；“党建+”活动流于形式的，酌情扣0.5-1.5分。",
                 "共建协议、活动照片"),
            _row("示范创建",
                 "学院培育校级以上“样板支部”“标杆院系”或“双带头人”教师党支部书记工作室不少于1个；各党支部打造“一支部一品牌”。", 4,
                 "未培育创建对象的扣2分；品牌未形成的，每个支部扣0.5分，最高扣2分。",
                 "创建立项文件、品牌材料"),
            _row("联系师生",
                 "学院领导班子成员每人联系1个党支部和1个学生班级，每学期深入联系点不少于2次；学院党委每学期召开一次师生座谈会，收集意见建议并反馈。", 5,
                 "深入联系点每少1次扣0.3分，最高扣1.5分；座谈会每少1次扣1分；意见建议未反馈的扣1分。",
                 "联系点工作记录、座谈会记录、反馈材料"),
            _row("党风廉政",
                 "学院党委书记年初与学校党委签订党风廉政建设责任书；每学期开展一次廉政警示教育；招生录取、科研经费、物资采购等重点领域廉政风险防控措施落实；"
                 "全年无违纪违法问题。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；风险防控措施不落实的，酌情扣0.5-1分；班子成员、教职工党员受到党纪政务处分的，每人扣2分。",
                 "责任书、警示教育记录"),
            _row("师生满意度",
                 "学校党委组织师生代表对学院党委工作进行满意度测评，满意度达到百分之九十。", 6,
                 "满意度95%以上的得6分，90%（含）—95%的得4.5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。",
                 "测评统计表"),
        )),
        Section("基础保障", "五、基础保障\n（10分）", 10, (
            _row("述职评议",
                 "学院党委书记年底向学校党委述职，述职评议“好”等次比例达到百分之八十；年初制定学院党建工作要点，年底形成党建工作总结。", 5,
                 "未述职的扣2分；“好”等次比例低于80%的扣1分；缺工作要点或总结的，每项扣1分。",
                 "述职报告、测评表、工作要点、工作总结"),
            _row("阵地经费",
                 "各党支部有相对固定的活动场所，做到有标识、有制度；学院按规定落实党建工作经费，专款专用，建立经费使用台账。", 5,
                 "无固定活动场所的扣1分；标识、制度每缺一项扣0.5分；党建工作经费未落实的扣1.5分；无经费使用台账的扣1分。",
                 "场所照片、经费使用台账"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核内容", "分值", "评分办法", "佐证材料"]
BONUS_HEAD = "加分项\n（最高加5分）"
BONUS = (
    ("标杆创建", "学院党组织获评全国、省级“党建工作标杆院系”“样板支部”的。", 3, "全国的加3分，省级的加2分。", "获评文件"),
    ("经验推广", "学院党建工作经验在省级以上媒体宣传报道或被上级党组织推广的。", 2, "每次加1分。", "报道截图、推广文件"),
    ("师生表彰", "师生党员获得省部级以上表彰奖励的。", 2, "每人次加0.5分。", "表彰文件"),
)
NOTE = ("说明：1.本表由学校党委于寒假前组织考核，组织部牵头，宣传部、教师工作部、学生工作部、纪委办公室、党校参加，采取听取汇报、查阅佐证材料、个别"
        "谈话、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分办法列明得分档次的，按档次"
        "计分；寒暑假期间不计“三会一课”、主题党日和政治理论学习次数；3.考核总分＝基本分得分＋加分项得分，加分最高5分；4.考核得分90分以上的为“好”，"
        "80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为学院领导班子年度考核和评选“先进基层党组织”的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "学院党委考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：各二级学院党委（党总支）", ncols)
    xlsx_line(ws, "学院：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    top = ws.max_row + 1
    for name, text, most, rule, proof in BONUS:
        ws.append([BONUS_HEAD if ws.max_row + 1 == top else None, None, name, text, most, rule, proof])
        for c in (4, 6, 7):
            ws.cell(ws.max_row, c).alignment = wrap
        for c in (3, 5):
            ws.cell(ws.max_row, c).alignment = center
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 95)
    xlsx_widths(ws, (12, 6, 12, 50, 6, 50, 22))
    wb.save(str(path))
