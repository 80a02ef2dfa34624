"""南阳市卫生中等专业学校党委2025年度师生党支部工作考核评分表 (.xlsx), as the 学校党委 of a 中专 in 河南 南阳 (its 党委办公室 with the 组织宣传科,
the 教务科, the 学生科, the 招生就业办 and the 纪检监察室, a 考核组 of 党委委员 and 支部书记 from the other 专业部 going through the 支部 files in the
week before the 寒假, when the 期末 exams are being marked, the 三年级 students are out on 实习 in the 附属医院 and the 县 医院 of the 南阳盆地, and the
护士执业资格考试 results for the last class have come in) scores the 师生党支部 of its 专业部: the 护理 部 whose 党员教师 are mostly nurses from the
wards, the 医学技术 部 of the 检验 and 影像 teachers, the 药剂 部 with its 中药 garden by the 白河, the 学生党员 who are few and old enough only in the
third year: a sheet of 考核指标 whose 考核要点 prints what the 支部 must have done, whose 扣分标准 takes points off one clause at a time (scoring the 集中学习
参学率, the 护士执业资格考试 通过率 and the 年底 满意率 in bands), and whose 佐证资料 names the papers: 思想政治建设 (the “第一议题”, a monthly 集中学习, 32
学时 and the 参学率 in bands; a 每学期 师德师风 教育, the 承诺书 and a 一票否决; a 每学期 研判, the “一会一报” 审批 and a "本项不得分"; one 示范课 each and a
每学期 集体备课), 组织建设 (the 3至5人, the 换届 and the “双带头人” 比例; the “三会一课”, the 书记's 党课 and the 参会率; the 主题党日 and four 实践活动; the
组织生活会, the 谈心谈话 全覆盖 and the 民主评议; five 学生 积极分子, the 联系培养, the 公示 and a "本项不得分"; 党费 按月, a 每学期 公示 and the 转接率),
作用发挥 (three 先锋岗, the 联系 of a 班级 or 宿舍 and two 深入 a month; two 奖项 and the 通过率 in bands; the “白衣天使” 服务队, a monthly 志愿服务 and 16
小时; two 共建协议, a 每学期 联建活动 and a 每学期 实习 走访; the “七一”、春节 慰问, the 资助 覆盖率 and two 谈心谈话 a 学期; the 品牌, one 案例 and three 报道)
and 基础保障 (the 工作手册 by month and a 每学期 信息 更新; the 标识、党旗、制度、书籍 and two 专栏 更新 a month; the 1月底 计划, the 12月底 总结, the 年底 述职
and its 满意率; the 年底 满意率 in bands).

A merged title row, a merged "考核对象：护理、医学技术、药剂专业部师生党支部" line and a merged "党支部：    考核人：    考核日期：" line above the header
序号 | 考核指标 | 考核要点 | 分值 | 扣分标准 | 佐证资料. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its points on one
line, "一、思想政治建设（20分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.4"). 考核指标 is a short name
(`Row.indicator`); 考核要点 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`); 佐证资料 (`Row.method`) names
the papers, joined by "、". A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核要点
("每月开展一次", "每人每年…不少于32学时", "不低于百分之九十", "每学期开展一次", "每年签订", "每学期开展一次", "每人年内至少…1节", "每学期组织一次",
"3至5人", "按期", "100%", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于1次", "不低于百分之
八十五", "每月开展一次", "年内不少于4次", "每年召开一次", "全覆盖", "年内…不少于5名", "1名", "不少于5个工作日", "按月", "每学期公示一次", "离校前1个月
内", "100%", "不少于3个", "每人至少…1个", "每月…不少于2次", "年内…不少于2项", "百分之九十以上", "每月开展一次", "不少于16小时", "不少于2家", "每学期
开展一次", "每学期不少于1次", "“七一”、春节", "100%", "每学期不少于2次", "年内…不少于1篇", "年内…不少于3次", "按月", "每学期更新一次", "每月更新不少于
2次", "每年1月底前", "12月底前", "年底", "不低于百分之八十五", "年底", "百分之九十"); "最高扣" caps; bands of the 参学率 (3 of the 7 points, closed by
"85%以下的不得分"), of the 通过率 (4 of the 6, closed by "85%以下的不得分") and of the 年底 满意率 (all 6, closed by "85%以下的不得分"); "每低5个百分点"
once and "每低1个百分点" twice; one "实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(label: str, text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核指标, 考核要点, 分值, 扣分标准, 佐证资料."""
    return Row(text, points, scoring, proof, indicator=label)


TABLE = Table(
    name="zzzzy_nanyang_weisheng_zhongzhuan_shisheng_zhibu_xlsx",
    fmt="xlsx",
    title="南阳市卫生中等专业学校党委2025年度师生党支部工作考核评分表",
    numbering="restart",
    sections=(
        Section("思想政治建设", "一、思想政治建设（20分）", 20, (
            _row("政治理论学习",
                 "落实“第一议题”制度，支部每月开展一次集中学习；党员每人每年参加集中学习培训不少于32学时；集中学习党员参学率不低于百分之九十。", 7,
                 "集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分；参学率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的"
                 "得1分，85%以下的不得分。", "学习记录、签到表、网络学院学时统计"),
            _row("师德师风",
                 "每学期开展一次师德师风专题教育；党员教师每年签订师德承诺书；党员教师全年无师德失范行为。", 5,
                 "专题教育每少1次扣1分；未签订承诺书的，每人扣0.2分，最高扣1分；党员教师出现师德失范行为的，实行一票否决，本项不得分。",
                 "专题教育方案、师德承诺书"),
            _row("意识形态",
                 "每学期开展一次师生思想动态分析研判；加强课堂、讲座、论坛和校园网络阵地管理，讲座、报告会实行“一会一报”审批。", 4,
                 "研判每少1次扣1分；讲座、报告会未经审批的，每次扣0.5分，最高扣1.5分；发生意识形态问题造成不良影响的，本项不得分。",
                 "研判记录、讲座审批表"),
            _row("课程思政",
                 "党员教师每人年内至少打造1节课程思政示范课；支部每学期组织一次课程思政集体备课或观摩研讨。", 4,
                 "未打造示范课的，每人扣0.3分，最高扣1.5分；集体备课或观摩研讨每少1次扣1分。", "示范课教案、研讨记录、活动照片"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("支部班子",
                 "支部委员会由3至5人组成，按期换届；支部书记由专业部负责人或教研室主任中的党员担任，“双带头人”比例达到100%。", 5,
                 "支委配备不齐的扣1分；未按期换届的扣1.5分；支部书记不是“双带头人”的扣2分。", "换届选举批复、支委分工名单"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次，寒暑假期间可集中补开；支部书记每年讲党课不少于"
                 "1次；党员参会率不低于百分之八十五。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；参会率每低5个百分点扣0.5分，最高扣1.5分。", "会议记录本、签到表、党课讲稿"),
            _row("主题党日",
                 "每月开展一次主题党日活动；结合专业特点开展“护理技能进社区”“健康知识进课堂”等实践活动，年内不少于4次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；实践活动每少1次扣0.5分，最高扣2分。", "活动方案、签到表、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前支委之间、支委与党员之间谈心谈话全覆盖；会后开展民主评议党员。", 4,
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.2分，最高扣1分；未开展民主评议党员的扣1分。", "会议记录、谈心谈话记录、民主评议票"),
            _row("发展党员",
                 "注重在青年教师和优秀学生中发展党员，年内推荐学生入党积极分子不少于5名，每名党员教师联系培养1名学生积极分子；发展对象公示不少于5个工作日。",
                 5,
                 "推荐积极分子每少1名扣0.5分；联系培养未落实的，每人扣0.2分，最高扣1分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。",
                 "积极分子名册、培养考察记录、公示截图"),
            _row("党员管理",
                 "党员按月交纳党费，党费收缴情况每学期公示一次；毕业生党员在离校前1个月内转出组织关系，转接率达到100%。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；转接率每低1个百分点扣0.2分，最高扣1.5分。",
                 "党费收缴台账、公示照片、组织关系介绍信存根"),
        )),
        Section("作用发挥", "三、作用发挥（30分）", 30, (
            _row("先锋示范",
                 "设立党员示范岗、党员先锋岗不少于3个；党员教师每人至少联系1个班级或1个学生宿舍，每月深入班级、宿舍不少于2次。", 5,
                 "先锋岗每少1个扣0.5分；联系班级、宿舍未落实的，每人扣0.2分，最高扣1分；深入班级、宿舍每少1次扣0.1分，最高扣1.5分。",
                 "先锋岗名单、联系记录"),
            _row("教学质量",
                 "党员教师带头参加教学能力比赛和学生技能大赛指导，年内获得市级以上奖项不少于2项；毕业生护士执业资格考试通过率达到百分之九十以上。", 6,
                 "获奖每少1项扣1分；通过率95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分。", "获奖证书、考试成绩统计表"),
            _row("志愿服务",
                 "组建“白衣天使”党员志愿服务队，每月开展一次健康义诊、急救知识普及等志愿服务；党员年人均志愿服务时长不少于16小时。", 5,
                 "未组建服务队的扣1分；志愿服务每少1次扣0.2分，最高扣2分；人均时长每少1小时扣0.2分，最高扣1.5分。",
                 "服务队名单、活动照片、志愿服务时长统计"),
            _row("结对共建",
                 "与附属医院、社区卫生服务中心党支部签订共建协议不少于2家，每学期开展一次联建活动；开展“党建+实习就业”，每学期走访实习学生不少于1次。", 5,
                 "共建协议每少1家扣1分；联建活动每少1次扣0.5分；走访实习学生每少1次扣0.5分。", "共建协议、活动照片、走访记录"),
            _row("关心关爱",
                 "“七一”、春节走访慰问老党员、生活困难党员；家庭经济困难学生“一生一档”精准资助，资助覆盖率达到100%；党员教师每学期与联系学生谈心谈话不少于"
                 "2次。", 5,
                 "慰问每少1人扣0.2分，最高扣1.5分；资助覆盖率每低1个百分点扣0.2分，最高扣1.5分；谈心谈话每少1次扣0.2分，最高扣1分。",
                 "慰问名单、资助档案、谈心谈话记录"),
            _row("品牌创建",
                 "围绕“南丁格尔精神”打造“一支部一品牌”，年内形成特色工作案例不少于1篇；年内在校级以上媒体宣传报道不少于3次。", 4,
                 "未打造品牌的扣1分；未形成工作案例的扣1分；宣传报道每少1次扣0.5分。", "工作案例、报道截图"),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            _row("基础台账",
                 "使用《党支部工作手册》按月记录支部工作；建立党员信息库，每学期更新一次。", 4,
                 "工作手册未按月记录的，每月扣0.2分，最高扣1.5分；未建立党员信息库的扣1分；信息更新每少1次扣0.5分。", "党支部工作手册、党员信息库"),
            _row("党建阵地",
                 "支部活动室有标识、有党旗、有制度、有书籍；在校园网开设支部专栏，每月更新不少于2次。", 4,
                 "标识、党旗、制度、书籍每缺一项扣0.5分；专栏更新每少1次扣0.2分，最高扣1.5分。", "活动室照片、专栏截图"),
            _row("计划述职",
                 "每年1月底前制定支部年度工作计划，12月底前形成年度工作总结；支部书记年底向学校党委述职，述职评议满意率不低于百分之八十五。", 6,
                 "计划、总结每缺一项扣1分；未按时完成的扣0.5分；未述职评议的扣2分；满意率低于85%的扣1分。", "工作计划、工作总结、述职报告、测评表"),
            _row("师生评价",
                 "年底由学校党委组织师生代表对支部工作开展满意度测评，满意率达到百分之九十。", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，85%以下的不得分。", "测评统计表"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核要点", "分值", "扣分标准", "佐证资料"]
NOTE = ("说明：1.本表由学校党委于寒假前组织考核，组织宣传科牵头，教务科、学生科、招生就业办、纪检监察室参加，以2025年1月1日至考核之日形成的资料为准；"
        "2.各项扣分以该项分值为限，扣完为止；扣分标准列明得分档次的，按档次计分；3.学时以南阳市干部网络学院统计为准，护士执业资格考试通过率以国家卫生"
        "健康委人才交流服务中心公布成绩为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为"
        "“样板支部”推荐和支部书记年度考核的依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "师生党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：护理、医学技术、药剂专业部师生党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([i, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (2, 3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (6, 12, 50, 6, 50, 22))
    wb.save(str(path))
