"""济宁市精神卫生中心2025年度临床党支部建设质量考核评分表 (.xlsx), as the 中心党委 of a 山东 济宁 psychiatric hospital (its 党委办公室 with the
医务科, the 护理部, the 质控科, the 公共卫生科 and the 纪委办公室, a 考核组 going round the 病区 in December, between the 交班 and the 查房) scores
the 党支部 of its 临床 科室: the 普通精神科 and the 老年精神科 病区 behind their locked doors, the 儿童青少年心理 门诊, the 物质依赖 科, the 心理
援助热线 staffed through the night, the 护理 teams working three shifts, the 党员 医生 sent out to the 县 and 乡镇 to follow the 严重精神障碍
患者 at home: a sheet whose 评分标准 takes points off one clause at a time and scores the 学时, the 参会率, the 病历甲级率, the 志愿服务时长 and the two
满意度 in bands, and whose 考核方式 column names only the ways of checking: 政治建设 (a monthly 集中学习, the 人均 学时 in bands and a quarterly 专题
研讨; a half-yearly 思想动态 分析, the 工作群 and a 一票否决 on 患者隐私; the 支部 heard on the 科室's 重要事项 and the “双培养”), 组织建设 (the
“双带头人” 书记, 3至5人 and 24学时; the “三会一课” with the 倒班 党员, the 书记's two 党课 and the 参会率 in bands; the 主题党日 on the third Wednesday,
a yearly 现场教学 and the 方案、签到、照片; the 组织生活会, the 谈心谈话 全覆盖 and the 民主评议; one 积极分子, a quarterly 谈话, the 公示 and a 一票否决;
党费 按月 with a half-yearly 公示 and the 积分 with a quarterly 公示 and the 年底 评定), 业务融合 (three 先锋岗; the 病历甲级率 in bands, the 约束 规范率
and no 走失; a quarterly 下基层 and the 规范管理率; a monthly 志愿服务 and the 人均 时长 in bands; one 创新项目 and the 参与比例), 医德医风 (the 承诺书
签订率, a quarterly 警示教育, no “红包” and a 一票否决; the 投诉 处理率 and no more than two 投诉; a half-yearly 谈心谈话, the “七一”、春节 慰问 and two
减压疏导 活动) and 群众评价 (the 患者 and the 职工 满意度 in bands).

A merged title row, a merged "考核对象：中心各临床科室党支部" line and a merged "党支部： 考核组： 考核日期：" line above the header 一级指标 | 二级指标 |
考核内容 | 评分标准 | 分值 | 考核方式 | 得分. There is NO 序号: the items are numbered by position 1..18. The 一级指标 are MERGED CELLS down the FIRST
column, printed WITH an ordinal and their points on one line, "一、政治建设（16分）". 二级指标 is a short sub-label (`Row.indicator`); 考核内容
(`Row.text`) says what is required; 评分标准 (`Row.scoring`) comes BEFORE the 分值, a plain number; 考核方式 (`Row.method`) only names ways of
checking (查阅资料, 系统查询, 个别访谈, 实地查看, 病历抽查, 抽查工作群, 平台查询, 问卷测评), joined by "、"; 得分 is blank. A 合计 row of 100 and a
merged 备注 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月开展一次", "每人每年…不少于40学时", "每季度…
一次", "每半年开展一次", "3至5人", "按期", "每年…不少于24学时", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次…，党课每季度1次",
"每年讲党课不少于2次", "百分之九十", "每月第三个星期三", "每年…不少于1次", "每年召开1次", "全覆盖", "年内…不少于1名", "每季度…谈话一次", "不少于5个
工作日", "按月", "每半年公示一次", "每季度公示一次", "年底", "不少于3个", "百分之九十五", "100%", "每季度…不少于1次", "百分之九十", "每月…不少于1次",
"不少于20小时", "不少于1项", "百分之三十", "100%", "每季度开展一次", "100%", "不超过2件", "每半年…一次", "“七一”、春节", "每年…不少于2次", "每年",
"百分之九十", "百分之九十"); "最高扣" caps; bands in five rows (the 人均 学时 for 2 of the 6 points, the 参会率 for 2 of the 7, the 病历甲级率 for 3 of
the 7, the 人均 志愿服务时长 for 4 of the 7, the 患者 and 职工 满意度 for 5 of the 10 each), each closed by "…以下的不得分"; "酌情扣1分" once,
"酌情扣0.5-1分" once and "酌情扣1-2分" once; three "实行一票否决，本项不得分".
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


def _row(indicator: str, text: str, scoring: str, points: float, method: str) -> Row:
    """One row in the order the sheet prints it: 二级指标, 考核内容, 评分标准, 分值, 考核方式."""
    return Row(text, points, scoring, method, indicator=indicator)


TABLE = Table(
    name="zzzzj_jining_jingshen_weisheng_zhongxin_linchuang_zhibu_xlsx",
    fmt="xlsx",
    title="济宁市精神卫生中心2025年度临床党支部建设质量考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（16分）", 16, (
            _row("理论学习",
                 "支部每月开展一次集中学习；党员每人每年参加学习培训不少于40学时；每季度围绕《精神卫生法》、严重精神障碍患者管理等开展一次专题学习"
                 "研讨。",
                 "集中学习每少1次扣0.3分，最高扣2分；人均学时40学时以上的得2分，32学时（含）—40学时的得1分，32学时以下的不得分；专题研讨每少1次扣"
                 "0.5分。", 6, "查阅资料、系统查询"),
            _row("意识形态",
                 "每半年开展一次职工思想动态分析；科室微信群、患者家属群专人管理，信息发布规范；严格保护患者隐私。",
                 "思想动态分析每少1次扣1分；信息发布不规范的，每次扣0.5分；发生泄露患者隐私事件造成不良影响的，实行一票否决，本项不得分。", 5,
                 "查阅资料、抽查工作群"),
            _row("党政共管",
                 "支部书记参加科室主任办公会，科室进人、评优评先、大型设备采购等重要事项经支部委员会研究；落实把业务骨干培养成党员、把党员培养成"
                 "业务骨干的“双培养”机制。",
                 "重要事项未经支部研究的，每件扣1分，最高扣3分；支部书记未参加科室主任办公会的，每次扣0.2分，最高扣1分；“双培养”不到位的，酌情扣"
                 "1分。", 5, "查阅资料、个别访谈"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("支部班子",
                 "支部书记由科主任、护士长等“双带头人”担任；支委会由3至5人组成，按期换届，委员分工明确；支部书记每年参加院级以上党务培训不少于"
                 "24学时。",
                 "书记非“双带头人”的扣1分；未按期换届的扣1.5分；分工不明确的扣0.5分；培训不足24学时的扣0.5分。", 4, "查阅资料"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次（倒班党员可分批参加），党课每季度1次；支部书记每年讲党课不少于"
                 "2次；党员参会率达到百分之九十。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；参会率90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分。",
                 7, "查阅资料"),
            _row("主题党日",
                 "每月第三个星期三为固定主题党日，倒班党员分批参加；每年组织党员到红色教育基地开展现场教学不少于1次；活动有方案、有签到、有照片。",
                 "主题党日每少1次扣0.3分，最高扣3分；未开展现场教学的扣1分；缺方案、签到或照片的，每次扣0.1分，最高扣1分。", 5, "查阅资料"),
            _row("组织生活会",
                 "每年召开1次组织生活会，会前谈心谈话全覆盖；开展民主评议党员，评议结果与医德考评挂钩。",
                 "未召开组织生活会的扣2分；谈心谈话覆盖率每低10个百分点扣0.5分，最高扣1.5分；未开展民主评议党员的扣1.5分。", 5,
                 "查阅资料、个别访谈"),
            _row("发展党员",
                 "注重在青年医师、护理骨干中发展党员，年内确定入党积极分子不少于1名；培养联系人每季度与积极分子谈话一次；发展对象公示不少于5个工作日。",
                 "未确定入党积极分子的扣1分；培养谈话每少1次扣0.3分；发展对象未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。", 5,
                 "查阅资料"),
            _row("党员管理",
                 "党员按月交纳党费，每半年公示一次；实行党员积分管理，每季度公示一次积分，年底评定“先锋党员”。",
                 "未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；积分公示每少1次扣0.3分；年底未评定的扣0.5分。", 4,
                 "查阅资料、系统查询"),
        )),
        Section("业务融合", "三、业务融合（30分）", 30, (
            _row("先锋岗",
                 "设立“党员先锋岗”“党员示范病区”，党员先锋岗不少于3个；党员佩戴党徽、挂牌上岗。",
                 "先锋岗每少1个扣0.5分；党员未佩戴党徽、挂牌上岗的，酌情扣0.5-1分。", 4, "实地查看"),
            _row("医疗质量",
                 "党员带头落实医疗核心制度，病历甲级率达到百分之九十五；保护性约束规范率100%；不发生因管理不当导致的患者走失等安全事件。",
                 "病历甲级率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分；保护性约束不规范的，每例扣0.5分，最高扣"
                 "2分；因管理不当发生患者走失等安全事件的，每起扣1分。", 7, "查阅资料、病历抽查"),
            _row("社区精防",
                 "支部党员医生参与严重精神障碍患者社区随访管理，每名党员医生每季度下基层指导不少于1次；辖区患者规范管理率达到百分之九十。",
                 "下基层指导每少1人次扣0.2分，最高扣2分；规范管理率每低1个百分点扣0.2分，最高扣2分。", 6, "查阅资料、系统查询"),
            _row("志愿服务",
                 "组建“心灵驿站”党员志愿服务队，开展心理健康进社区、进学校和心理援助热线值守等志愿服务，支部每月开展志愿服务不少于1次；党员年人均"
                 "志愿服务时长不少于20小时。",
                 "志愿服务每少1次扣0.3分，最高扣3分；人均时长20小时以上的得4分，15小时（含）—20小时的得3分，10小时（含）—15小时的得2分，10小时以下"
                 "的不得分。", 7, "查阅资料、平台查询"),
            _row("创新攻坚",
                 "支部牵头开展医疗技术或护理服务创新项目不少于1项；党员参与科研课题或新技术推广的比例达到百分之三十。",
                 "未开展创新项目的扣2分；参与比例每低5个百分点扣0.5分，最高扣2分；项目无实质进展的，酌情扣1-2分。", 6, "查阅资料、个别访谈"),
        )),
        Section("医德医风", "四、医德医风（14分）", 14, (
            _row("廉洁行医",
                 "落实医疗机构工作人员廉洁从业“九项准则”，党员签订廉洁行医承诺书，签订率100%；每季度开展一次医德医风警示教育；不收受“红包”、回扣。",
                 "承诺书每少签订1人扣0.2分，最高扣1分；警示教育每少1次扣0.5分；党员收受“红包”、回扣查实的，每人扣3分；情节严重受到党纪处分的，实行"
                 "一票否决，本项不得分。", 6, "查阅资料、个别访谈"),
            _row("医患沟通",
                 "落实医患沟通制度，患者及家属投诉按期处理率100%；全年有效投诉不超过2件。",
                 "投诉未按期处理的，每件扣0.5分；有效投诉超过2件的，每超1件扣1分。", 4, "查阅资料"),
            _row("关心关爱",
                 "支部书记每半年与党员、职工谈心谈话一次；“七一”、春节走访慰问困难党员职工；关注一线医务人员心理健康，每年组织减压疏导活动不少于2次。",
                 "谈心谈话每少1人次扣0.1分，最高扣1分；走访慰问每少1次扣0.5分；减压疏导活动每少1次扣0.5分。", 4, "查阅资料、个别访谈"),
        )),
        Section("群众评价", "五、群众评价（10分）", 10, (
            _row("满意度",
                 "每年由中心委托第三方开展满意度调查，住院患者及家属满意度达到百分之九十，职工对支部工作满意度达到百分之九十。",
                 "患者满意度90%以上的得5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分；职工满意度90%以上的得5分，85%（含）—90%"
                 "的得3分，85%以下的不得分。", 10, "问卷测评"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核内容", "评分标准", "分值", "考核方式", "得分"]
NOTE = ("备注：1.本表由中心党委于12月组织考核，党委办公室牵头，医务科、护理部、质控科、公共卫生科、纪委办公室配合；2.各项扣分以该项分值为限，扣完"
        "为止，列明得分档次的按档次计分；3.病历甲级率以质控科年度统计为准，规范管理率以严重精神障碍信息管理系统数据为准，满意度以第三方调查结果为"
        "准；4.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”，考核结果与支部书记绩效和“过硬党支部”"
        "评选挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "临床党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：中心各临床科室党支部", ncols)
    xlsx_line(ws, "党支部：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 70)
    xlsx_widths(ws, (12, 10, 44, 50, 6, 16, 7))
    wb.save(str(path))
