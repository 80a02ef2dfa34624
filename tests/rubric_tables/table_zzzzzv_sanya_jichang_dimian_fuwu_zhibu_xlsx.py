"""中共三亚凤凰国际机场有限责任公司委员会2025年度地面服务部党支部党建工作考核评分表 (.xlsx), as the 公司党委 of the 凤凰 airport of 三亚 in 海南 (its
党群工作部 with the 纪检 office, the 安全监察部 and the 服务质量部, a 考核组 walking the 值机 hall, the 行李分拣 room and the 机坪 in the middle of December,
when the 候鸟 旅客 are arriving from the north in their down coats, the 春节 peak is six weeks off, the 台风 season is just over, the 椰子 trees along the
凤凰路 are trimmed and the 地服 men and women work the 早班、晚班 and 通宵班 round the clock) scores the 党支部 of the 地面服务部 (its 党员 the 值机 agents,
the 行李 loaders, the 问询 and 无障碍 staff, in three 党小组 by 班组): a sheet whose 考核标准 prints what the 支部 must have done or reached, whose 扣分细则 takes
points off one clause at a time (scoring the 旅客满意率 in bands) and whose 考核方式 says only how the 考核组 checks: 政治建设 (a monthly 集中学习 and the 补学;
a half-yearly 研判 of the 思想动态 and a "本项不得分"; the 年初 责任书, a half-yearly 警示教育 and the 廉洁), 组织建设 (the “三会一课” of a 支部 in 轮班 and the
书记's half-yearly 党课; the monthly 主题党日 and its 参加率; the 组织生活会, the 谈心谈话, the 民主评议 and the 处置; two 积极分子, 党费 按月 and a "本项不得分";
the 换届 and 5天), 党建+安全 (four 安全责任区 and four 巡查 a month; a deduction-only line with a 一票否决; the 突击队, a half-yearly 演练 and the 照片; a
quarterly 考试 and the 合格率), 真情服务 (three 示范岗 and the 党徽; the 满意率 in bands and the 回复率; the 志愿服务队, the 春节、“五一”、国庆 and 20小时; the
特殊旅客服务台账) and 基础保障 (two 共建协议 and a quarterly 共建活动; the 年初 计划, the 年底 总结 and 述职, the 平台).

A merged title row, a merged "考核对象：…" line and a merged "考核组：…考核时间：" line above the header 序号 | 一级指标 | 二级指标 | 考核标准 | 分值 | 扣分细则 |
考核方式. The 一级指标 are MERGED CELLS down the SECOND column, printed WITH an ordinal and WITH their points on ONE line, "一、政治建设（15分）"; 序号 (FIRST
column, numeric cells) RESTARTS at 1 under every 一级指标 (ids "1.1" … "5.2"). 二级指标 is a short sub-label (`Row.indicator`); 考核标准 (`Row.text`) says
what is required; 分值 is a plain number BEFORE the 扣分细则 (`Row.scoring`); 考核方式 (`Row.method`) last, saying only how the 考核组 checks ("查阅资料",
"实地查看", "个别访谈", "系统核查", "第三方测评", "…核实"), naming the records it reads; it is no 佐证 column. A 合计 row of 100 and a merged 说明 row close the
sheet. Counts in figures and Chinese numerals, nearly all in the 考核标准 ("每月组织一次", "一周内", "每半年…一次", "年初", "每半年开展一次", "支部委员会每月
召开1次，党员大会每季度召开1次…党小组会每月召开1次", "每半年…不少于1次", "每月开展一次", "百分之九十以上", "每年召开一次", "年内…不少于2名", "按月", "每年…
不少于5天或40学时", "不少于4个", "每月…不少于4次", "每半年开展一次", "每季度组织一次", "100%", "不少于3个", "百分之九十五以上", "100%", "春节、“五一”、国庆",
"每人每年…不少于20小时", "不少于2家", "每季度开展一次", "年初", "年底", "年底"); "最高扣" caps; bands of the 满意率 (5 of the 8 points, closed by "90%以下的不
得分"); "每低5个百分点" once and "每低1个百分点" twice; "每少1人" once; "酌情扣1-2分" once and "酌情扣0.5-1分" twice; one "实行一票否决，本项不得分" and two
plain "本项不得分"; one line is deduction-only ("（本项为扣分项）").
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


def _row(indicator: str, text: str, points: float, scoring: str, method: str) -> Row:
    """One row in the order the sheet prints it: 二级指标, 考核标准, 分值, 扣分细则, 考核方式."""
    return Row(text, points, scoring, method, indicator=indicator)


TABLE = Table(
    name="zzzzzv_sanya_jichang_dimian_fuwu_zhibu_xlsx",
    fmt="xlsx",
    title="中共三亚凤凰国际机场有限责任公司委员会2025年度地面服务部党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月组织一次集中学习；针对倒班特点，党员因当班缺席的一周内完成补学。", 5,
                 "集中学习每少1次扣0.5分，最高扣3分；缺席未补学的，每人次扣0.1分，最高扣1分；“第一议题”制度落实不到位的扣1分。",
                 "查阅资料、个别访谈"),
            _row("思想引领",
                 "每半年分析研判一次班组职工思想动态，对职工反映的问题及时回应；员工通过社交媒体发布涉航班、涉旅客信息严格执行公司管理规定。", 5,
                 "研判每少1次扣1分；职工反映问题未回应的，每件扣0.5分；发生涉机场负面舆情造成不良影响的，本项不得分。",
                 "查阅资料"),
            _row("廉洁建设",
                 "年初签订党风廉政建设责任书，每半年开展一次廉洁警示教育；要客服务、行李查询、逾重行李收费等岗位不发生“吃拿卡要”问题。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣1分；发生违反廉洁纪律问题的，每起扣2分。",
                 "查阅资料、向公司纪检部门核实"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次；按值机、行李、旅客服务三个班组设立党小组，党小组会每月召开1次；支部书记每半年为党员"
                 "讲党课不少于1次。", 7,
                 "会议每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；会议记录由他人代签或事后补记的，每次扣0.5分。",
                 "查阅会议记录"),
            _row("主题党日",
                 "每月开展一次主题党日，倒班党员可分批参加；党员参加率达到百分之九十以上。", 5,
                 "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分，最高扣2分。",
                 "查阅资料、系统核查"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前支部书记与每名党员谈心谈话；开展民主评议党员，对评定为“不合格”的党员按规定组织处置。", 5,
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.2分，最高扣1分；未开展民主评议党员的扣1.5分；组织处置不及时的扣0.5分。",
                 "查阅会议记录、个别访谈"),
            _row("党员发展和管理",
                 "注重从一线班组长、技术骨干中发展党员，年内培养入党积极分子不少于2名；党员按月交纳党费。", 4,
                 "入党积极分子每少1名扣1分；未按月交纳党费的，每人次扣0.1分，最高扣1分；发展党员程序不规范的，本项不得分。",
                 "查阅资料"),
            _row("支部班子",
                 "支部委员会按期换届，支委分工明确；支部书记每年参加公司党委组织的集中培训不少于5天或40学时。", 4,
                 "未按期换届的扣2分；分工不明确的扣0.5分；培训不足的，每人扣0.5分。",
                 "查阅资料"),
        )),
        Section("党建+安全", "三、党建+安全（25分）", 25, (
            _row("党员安全责任区",
                 "在机坪、行李分拣区、值机区设立党员安全责任区不少于4个，党员每月开展安全巡查不少于4次。", 6,
                 "责任区每少1个扣0.5分；巡查每少1次扣0.2分，最高扣2分；巡查发现隐患未整改的，每项扣0.5分。",
                 "查阅资料、实地查看"),
            _row("安全底线",
                 "全年不发生地面保障责任原因的航空器地面事故征候和人员重伤以上事故（本项为扣分项）。", 6,
                 "发生一般不安全事件的，每起扣1分；发生严重差错的，每起扣3分；发生航空器地面事故征候或人员重伤以上事故的，实行一票否决，本项不得分。",
                 "安全监察部核实"),
            _row("应急保障",
                 "组建党员应急突击队，每半年开展一次台风、大面积航班延误应急演练；旅客滞留时党员带头参与保障。", 6,
                 "未组建突击队的扣1分；演练每少1次扣1分；演练无照片的，每次扣0.2分；大面积延误保障中处置不力被通报的，酌情扣1-2分。",
                 "查阅资料、实地查看"),
            _row("安全培训",
                 "党员带头参加岗位安全培训，支部每季度组织一次安全知识考试，党员考试合格率100%；党员持证上岗。", 7,
                 "安全考试每少1次扣1分；合格率每低1个百分点扣0.5分，最高扣3分；党员无证上岗的，每人次扣1分。",
                 "查阅资料、系统核查"),
        )),
        Section("真情服务", "四、真情服务（25分）", 25, (
            _row("党员示范岗",
                 "在值机柜台、问询台、无障碍服务台设立党员示范岗不少于3个，党员佩戴党徽上岗、亮明身份。", 5,
                 "示范岗每少1个扣1分；党员未佩戴党徽上岗的，每人次扣0.1分，最高扣1分；示范岗作用发挥不明显的，酌情扣0.5-1分。",
                 "实地查看"),
            _row("旅客满意",
                 "旅客满意率达到百分之九十五以上；旅客有效投诉按期回复率100%。", 8,
                 "满意率98%以上的得5分，95%（含）—98%的得4分，90%（含）—95%的得2分，90%以下的不得分；回复率每低1个百分点扣0.5分，最高扣3分；被民航"
                 "管理部门通报的服务投诉，每件扣1分。",
                 "第三方测评、系统核查"),
            _row("志愿服务",
                 "组建“椰风”党员志愿服务队，在春节、“五一”、国庆等旅客高峰期间开展志愿服务；党员每人每年参加志愿服务不少于20小时。", 6,
                 "未组建志愿服务队的扣1分；高峰期间志愿服务每少1次扣1分；服务时长不足的，每人扣0.2分，最高扣2分；活动无照片的，每次扣0.2分，最高扣"
                 "1分。",
                 "查阅资料"),
            _row("特殊旅客服务",
                 "为老、弱、病、残、孕等特殊旅客提供全流程陪伴服务；建立特殊旅客服务台账，服务记录完整。", 6,
                 "无服务台账的扣1分；服务记录不完整的，酌情扣0.5-1分；特殊旅客服务被有效投诉的，每件扣1分。",
                 "查阅资料、系统核查"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            _row("共建联建",
                 "与航空公司、联检单位、驻场单位党组织签订共建协议不少于2家，每季度开展一次共建活动。", 5,
                 "共建协议每少1家扣1分；共建活动每少1次扣0.5分。",
                 "查阅资料"),
            _row("基础工作",
                 "年初制定支部党建工作计划，年底形成工作总结；支部书记年底向公司党委述职；党建资料及时录入“智慧党建”平台。", 5,
                 "无计划、总结的，每项扣1分；书记未述职的扣2分；平台录入不及时的，每次扣0.2分，最高扣1分。",
                 "查阅资料、系统核查"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核标准", "分值", "扣分细则", "考核方式"]
NOTE = ("说明：1.本表由公司党委于12月中旬组织考核，党群工作部牵头，纪检、安全监察部、服务质量部参加；2.各项扣分以该项分值为限，扣完为止；"
        "扣分细则列明得分档次的，按档次计分；3.旅客满意率以公司委托的第三方测评结果为准，投诉回复率以服务质量管理系统数据为准；4.考核结果分为"
        "“优秀”“良好”“一般”“较差”四个等次，与支部书记绩效和“两优一先”评选挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "地服党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "考核对象：地面服务部党支部（下设值机、行李、旅客服务3个党小组）", ncols)
    xlsx_line(ws, "考核组：                              考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([i, s.printed if i == 1 else None, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (3, 4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (6, 14, 12, 50, 6, 56, 16))
    wb.save(str(path))
