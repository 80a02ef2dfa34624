"""邵阳市口腔医院2025年度临床党支部党建工作考核评分表 (.xlsx), as the 院党委 of a city 口腔医院 in 湖南 邵阳 (its 党委办公室 with the 医务科, the
护理部, the 院感科 and the 纪检监察室, a 考核组 sitting with each 临床党支部 in the 院 meeting room in the middle of December, between the morning
门诊 and the afternoon 手术) scores the 党支部 of its 临床 科室: the 口腔内科, the 口腔颌面外科 and the 修复正畸科 whose 党员 医师 and 护士 see two
hundred 患者 a day, the 种植 and 正畸 fees a 患者 asks about, the 器械 that go through the 消毒供应室 between every chair, the 县级医院 and 乡镇卫生院
they go out to help, the 中小学 whose children they check for 龋齿: a table with 一级指标 and 二级指标 whose 计分方法 takes points off one clause at a
time, grades two parts “好”/“较好”/“一般” (the 示范作用 and the 帮扶成效), scores three rates in bands (the 参学率, the 病历书写合格率 and the 患者满意率)
and whose 考核方式 column names only how the 考核组 checks: 政治建设 (the “第一议题”, a monthly 集中学习, the 参学率 in bands, the 补学 and 32学时; the
“双带头人” 书记 and the 科室 重要事项; a half-yearly 研判, the 先审后发 and a 一票否决; the “九项准则”, a quarterly 医德医风 教育, the 承诺书 签订率 and a
一票否决 on 红包、回扣), 组织建设 (the 换届 and the 党小组 by 诊疗组; the “三会一课” and the 书记's two 党课; the 主题党日 on the last Thursday with
方案、签到、照片, the 参加率 and three “口腔健康进社区、进校园”; the 组织生活会, the 谈心谈话 全覆盖, the 对照检查材料, the 民主评议 and its 备案; the
“双培养” 名单, one 积极分子, the 公示 and a "本项不得分"; 党费 按月, the 核定, a half-yearly 公示 and the 转接), 业务融合 (the 示范岗 and 先锋门诊, a
monthly 疑难病例讨论 and the 示范作用 graded; the 核心制度, the 病历 合格率 in bands, the 消毒灭菌 合格率 and a "本项不得分"; the 预约就诊率, the 延时
门诊 and the 投诉 按期处理率; the 志愿服务队, a monthly 义诊, 16小时 and two thousand 口腔检查; a quarterly 帮扶, two 带教 and the 帮扶成效 graded; the
年底 满意率 in bands) and 基础保障 (the 活动角 and the 平台 monthly; the 年初 计划, the 年中 自查 and the 年底 总结; the 谈心谈话 with every 党员, the
关怀 and the “七一”、春节 慰问; the 年底 述职 and its 满意率).

A merged title row, a merged "考核对象：口腔内科、口腔颌面外科、口腔修复正畸科党支部" line and a merged "支部名称：    考核组：    考核日期：" line above
the header 序号 | 一级指标 | 二级指标 | 考核要点 | 分值 | 计分方法 | 考核方式 | 得分 (eight columns). 序号 (FIRST column) runs 1..20 through the sheet,
NOT restarting. The 一级指标 are MERGED CELLS down the SECOND column, printed WITH an ordinal and WITH their points on a SECOND line, "一、政治建设\\n
（20分）". 二级指标 is a short label (`Row.indicator`); 考核要点 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 计分方法
(`Row.scoring`); 考核方式 (`Row.method`) names ways of checking only (查阅资料, 系统查询, 现场查看, 个别访谈, 电话回访, 第三方调查 …), no papers; the
得分 column is left empty. A 合计 row of 100 follows the scored rows; a merged 说明 row closes the sheet. Counts in figures and Chinese numerals,
nearly all in the 考核要点 ("每月组织一次", "不低于百分之九十", "一周内", "每人每年…不少于32学时", "每半年…一次", "每季度开展一次", "百分之百", "按期",
"支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每月最后一周的星期四", "不低于百分之八十五",
"年内…不少于3次", "每年召开一次", "全覆盖", "年内…不少于1名", "不少于5个工作日", "按月", "每年核定一次", "每半年公示一次", "每月不少于1次", "百分之九十五
以上", "百分之百", "百分之六十以上", "每周…不少于2个半天", "百分之百", "每月开展一次", "每人每年…不少于16小时", "年内…不少于2000人次", "每季度不少于
1次", "年内…不少于2项", "年底", "不低于百分之九十", "按月", "年初", "年中…一次", "年底", "每年…不少于1次", "“七一”、春节前", "年底", "不低于百分之八十五");
"最高扣" caps; two parts graded “好”/“较好”/“一般”; bands in three rows (the 参学率 for 2 of the 6 points, the 病历书写合格率 for 3 of the 8, the 满意率
for all 5), each closed by "…以下的不得分"; "每少100人次扣0.1分" once; "酌情扣0.5-1分" once; two "实行一票否决，本项不得分"; two other "本项不得分".
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


def _row(label: str, text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the sheet prints it: 二级指标, 考核要点, 分值, 计分方法, 考核方式."""
    return Row(text, points, scoring, how, indicator=label)


TABLE = Table(
    name="zzzzp_shaoyang_kouqiang_yiyuan_zhibu_xlsx",
    fmt="xlsx",
    title="邵阳市口腔医院2025年度临床党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设\n（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月组织一次集中学习，党员参学率不低于百分之九十，因手术、值班缺席的一周内补学；党员每人每年参加学习培训不少于"
                 "32学时。", 6,
                 "集中学习每少1次扣0.5分，最高扣2分；参学率90%以上的得2分，85%（含）—90%的得1分，85%以下的不得分；缺席人员未补学的，每人次扣0.1分；"
                 "学时不足的，每人扣0.2分，最高扣1分。", "查阅资料、平台查询"),
            _row("“双带头人”",
                 "党支部书记由科室主任或副主任担任，是业务骨干、党建带头人的“双带头人”；科室人事安排、绩效分配、评优评先等重要事项经支部委员会讨论。", 4,
                 "支部书记非“双带头人”的扣2分；重要事项未经支部委员会讨论的，每件扣0.5分，最高扣2分。", "查阅资料、个别访谈"),
            _row("意识形态",
                 "每半年专题研判一次科室意识形态和医患关系形势；科室微信群、诊室宣传栏信息发布先审后发；不发生医疗负面舆情炒作事件。", 4,
                 "研判每少1次扣1分；信息发布未经审核的，每次扣0.5分；发生负面舆情炒作并造成恶劣影响的，实行一票否决，本项不得分。", "查阅资料、网络巡查"),
            _row("医德医风",
                 "落实医疗机构工作人员廉洁从业“九项准则”，每季度开展一次医德医风教育；科室医务人员签订拒收“红包”、回扣承诺书，签订率达到百分之百；党员"
                 "无违纪违规行为。", 6,
                 "医德医风教育每少1次扣0.5分；承诺书签订率每低1个百分点扣0.1分，最高扣1分；党员收受“红包”、回扣经查实的，实行一票否决，本项不得分；党员"
                 "受到其他党纪政务处分的，每人扣2分。", "查阅资料、投诉核查"),
        )),
        Section("组织建设", "二、组织建设\n（30分）", 30, (
            _row("组织设置",
                 "支部委员会按期换届，委员配备齐全；按诊疗组或护理单元设立党小组，党小组长由业务骨干担任。", 3,
                 "未按期换届的扣2分；党小组设置不合理的扣0.5分；党小组长非业务骨干担任的，每个扣0.2分。", "查阅资料"),
            _row("“三会一课”",
                 "支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于2次；会议避开门诊、手术高峰时段，"
                 "记录要素齐全。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；记录要素不全的，每次扣0.1分，最高扣1分。", "查阅资料"),
            _row("主题党日",
                 "每月最后一周的星期四开展主题党日，活动有方案、有签到、有照片；党员参加率不低于百分之八十五；年内开展“口腔健康进社区、进校园”主题党日"
                 "活动不少于3次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；缺方案、签到或照片的，每次扣0.1分，最高扣1分；参加率每低5个百分点扣0.5分，最高扣1分；专题活动每少"
                 "1次扣0.5分。", "查阅资料、现场查看"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前谈心谈话全覆盖，支部班子和党员撰写对照检查材料；会后开展民主评议党员，评议结果报院党委备案。", 6,
                 "未召开组织生活会的扣2分；谈心谈话未全覆盖的，每少1人扣0.1分，最高扣1分；对照检查材料每缺1份扣0.2分，最高扣1分；未开展民主评议党员的"
                 "扣1.5分；评议结果未备案的扣0.5分。", "查阅资料、个别访谈"),
            _row("发展党员",
                 "落实“双培养”机制，把业务骨干培养成党员、把党员培养成业务骨干，建立“双培养”名单；年内确定入党积极分子不少于1名，发展对象公示不少于5个"
                 "工作日；严格执行发展党员程序。", 5,
                 "无“双培养”名单的扣1分；未确定入党积极分子的扣1分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。", "查阅资料"),
            _row("党费管理",
                 "党员按月足额交纳党费，每年核定一次交纳基数；每半年公示一次党费收缴情况；党员组织关系转接及时。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣2分；未核定基数的扣1分；公示每少1次扣0.5分；组织关系转接不及时的，每人扣0.2分。",
                 "查阅资料、系统查询"),
        )),
        Section("业务融合", "三、业务融合\n（35分）", 35, (
            _row("党员示范",
                 "设立党员示范岗和“党员先锋门诊”，挂牌亮身份服务；党员医师带头开展疑难病例讨论，每月不少于1次。", 5,
                 "未设立党员示范岗或先锋门诊的扣1分；未挂牌的扣0.5分；疑难病例讨论每少1次扣0.2分，最高扣1.5分；党员示范作用由考核组评定，“好”的得2分，"
                 "“较好”的得1分，“一般”的不得分。", "现场查看、查阅资料"),
            _row("医疗质量安全",
                 "党员带头落实医疗质量安全核心制度；门诊病历书写合格率达到百分之九十五以上；口腔器械消毒灭菌合格率达到百分之百；不发生党员负主要责任的"
                 "医疗事故。", 8,
                 "病历书写合格率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分；消毒灭菌合格率每低1个百分点扣1分，最高"
                 "扣3分；发生党员负主要责任的医疗事故的，本项不得分。", "系统查询、现场抽查"),
            _row("就医体验",
                 "党员带头推行预约诊疗，预约就诊率达到百分之六十以上；开设延时门诊，每周不少于2个半天；患者投诉按期处理率达到百分之百。", 6,
                 "预约就诊率每低5个百分点扣0.5分，最高扣2分；未按要求开设延时门诊的扣1分；投诉处理超期的，每件扣0.5分，最高扣2分。",
                 "系统查询、查阅资料"),
            _row("志愿服务",
                 "组建党员口腔健康志愿服务队，每月开展一次义诊或口腔健康宣教志愿服务；党员每人每年志愿服务时长不少于16小时；年内为辖区中小学生免费开展"
                 "口腔检查不少于2000人次。", 6,
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2分；时长不足的，每人扣0.2分，最高扣1分；口腔检查每少100人次扣0.1分，最高扣"
                 "1分。", "查阅资料、平台查询"),
            _row("对口帮扶",
                 "选派党员骨干到对口帮扶的县级医院、乡镇卫生院开展帮扶，每季度不少于1次；年内开展新技术、新项目带教不少于2项。", 5,
                 "帮扶每少1次扣0.5分；带教项目每少1项扣1分；帮扶成效由受援单位评价，“好”的得1分，“较好”的得0.5分，“一般”的不得分。",
                 "查阅资料、电话回访"),
            _row("患者评价",
                 "年底由院党委委托第三方开展门诊患者满意度调查，患者满意率不低于百分之九十。", 5,
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", "第三方调查"),
        )),
        Section("基础保障", "四、基础保障\n（15分）", 15, (
            _row("阵地建设",
                 "科室设立党员活动角，有标识、有制度、有学习资料；支部工作在医院“智慧党建”平台按月录入。", 4,
                 "活动角标识、制度、资料每缺一项扣0.5分；平台未按月录入的，每月扣0.2分，最高扣1.5分。", "现场查看、系统查询"),
            _row("计划总结",
                 "年初制定支部工作计划，年中开展一次工作自查，年底形成年度工作总结并向院党委报告。", 4,
                 "缺计划或总结的，每项扣1.5分；未开展年中自查的扣1分。", "查阅资料"),
            _row("人文关怀",
                 "支部书记每年与每名党员谈心谈话不少于1次；党员生病、家庭遇到困难时及时看望；“七一”、春节前走访慰问退休老党员。", 4,
                 "谈心谈话未全覆盖的，每少1人扣0.2分，最高扣2分；关怀不及时的，酌情扣0.5-1分；未开展走访慰问的扣1分。", "查阅资料、个别访谈"),
            _row("书记述职",
                 "支部书记年底向院党委述职，述职评议满意率不低于百分之八十五。", 3,
                 "未述职的扣2分；评议满意率低于85%的扣1分。", "查阅资料、民主测评"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核要点", "分值", "计分方法", "考核方式", "得分"]
NOTE = ("说明：1.本表由院党委于12月中旬组织考核，党委办公室、医务科、护理部、院感科、纪检监察室参加；2.各项扣分以该项分值为限，扣完为止；计分方法"
        "列明“好”“较好”“一般”等次的，由考核组查阅资料、个别访谈后评定；3.病历书写合格率、消毒灭菌合格率以医务科、院感科质控数据为准，预约就诊率以"
        "医院信息系统数据为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与科室绩效和支部书记"
        "年度考核挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "临床党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：口腔内科、口腔颌面外科、口腔修复正畸科党支部", ncols)
    xlsx_line(ws, "支部名称：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (6, 12, 12, 48, 6, 50, 14, 7))
    wb.save(str(path))
