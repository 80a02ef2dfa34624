"""金华市社会组织综合党委2025年度行业协会商会党组织党建工作考核评分表 (.xlsx), as the 社会组织综合党委 of 金华 in 浙江 (seated in the 市民政局,
its 党建工作科 with the 社会组织管理局, the 市工商联, the 社会组织党群服务中心 and the 综合党委 纪委, a 考核组 visiting the 协会 and 商会 offices in the
middle of December, when the 义乌 商贸城 is shipping the last 圣诞 orders, the 永康 五金 fairs are over, the 东阳 木雕 and 兰溪 杨梅 协会 are closing their
books and the 婺江 mist hangs over the 八咏楼 in the mornings) scores the 党组织 of the 市级 行业协会、商会 (the 联合党支部 of the small 协会, the 党支部 of
the big 商会 with their 会员企业 党组织): a sheet whose 考核标准 prints what the 党组织 must have done, whose 计分方法 takes points off one clause at a
time (scoring the 参会率 and the 诉求 办结率 in bands) and whose 考核方式 names only how the 考核组 checks: 组织覆盖 (the 会员企业 组织覆盖率 and 工作覆盖率
and the 党建指导员; the 章程 and the 年度工作报告; the “双向进入、交叉任职” and the 负责人 党员比例; the 征求意见 on 重大事项 and its 记录), 组织生活 (the
“三会一课”, the 参会率 in bands and the 记录 要素; the 主题党日, a quarterly 联合 “党建联席” 活动, four 行业 主题活动 and the 照片; the 组织生活会, the
对照检查材料, the 民主评议 and the 批评; a quarterly 集中学习, 24学时 and the 书记's two 党课), 党员管理 (党费 按月 with a half-yearly 公示; one 积极分子,
the 公示 and a "本项不得分"; two 先锋岗, the 年初 承诺, the 年底 评诺 and the 亮身份), 作用发挥 (six 服务 活动 a year, a half-yearly 座谈会 and the 办结率 in
bands; the 自律公约, no 违规 and a "本项不得分"; the 志愿服务队, a quarterly 志愿服务, two 公益项目, two 结对共建 and the 共建协议; the 品牌创建方案, two
报道 and the 特色) and 基础保障 (the 场所, the 预算 and the 经费台账; the 年初 计划, the 年底 总结, the 年底 述职 and its 评议结果).

A merged title row, a merged "考核对象：市级行业协会商会党组织（含联合党支部）" line and a merged "单位：分" line above the header 一级指标 | 二级指标 |
考核标准 | 计分方法 | 分值 | 考核方式. There is NO 序号: the items are numbered by position 1..17. The 一级指标 are MERGED CELLS down the FIRST column,
printed WITH an ordinal and WITH their points on a SECOND line, "一、组织覆盖\\n（20分）"; 二级指标 (SECOND column) is a short name on every row
(`Row.indicator`); 考核标准 (`Row.text`) says what is required; the 计分方法 (`Row.scoring`) comes BEFORE the 分值, a plain number; 考核方式
(`Row.method`) last, naming only the ways the 考核组 checks ("查阅资料", "实地查看", "个别访谈", "系统核查", "问卷调查"). A 合计 row of 100 and a merged
说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核标准 ("3名以上", "百分之八十以上", "100%", "不低于百分之五十",
"支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次", "党小组会每月召开1次", "不低于百分之八十", "每月开展一次", "每季度至少…一次", "全年…不少于
4次", "每年召开一次", "每季度至少开展一次", "每人每年…不少于24学时", "每年…不少于2次", "按月", "每半年公示一次", "年内…不少于1名", "不少于5个工作日",
"不少于2个", "年初", "年底", "全年不少于6次", "每半年召开一次", "百分之九十以上", "全年", "每季度开展一次", "年内…不少于2个", "不少于2个", "年内…不少于2篇",
"年初", "年底", "年底"); "最高扣" caps; bands of the 参会率 (2 of the 8 points, closed by "70%以下的不得分") and of the 诉求 办结率 (3 of the 8, closed by
"70%以下的不得分"); "每低10个百分点" once and "每低5个百分点" once; "酌情扣1-2分" twice, "酌情扣0.5-1分" once and "酌情扣1分" and "酌情扣0.5分" once each;
two "本项不得分".
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


def _row(label: str, text: str, scoring: str, points: float, how: str) -> Row:
    """One row in the order the sheet prints it: 二级指标, 考核标准, 计分方法, 分值, 考核方式."""
    return Row(text, points, scoring, how, indicator=label)


TABLE = Table(
    name="zzzzzm_jinhua_hangye_xiehui_shanghui_dangzuzhi_xlsx",
    fmt="xlsx",
    title="金华市社会组织综合党委2025年度行业协会商会党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织覆盖", "一、组织覆盖\n（20分）", 20, (
            _row("组织设置",
                 "协会商会及其会员企业中有正式党员3名以上的单独建立党组织，不足3名的按行业、区域建立联合党支部，会员企业党的组织覆盖率达到百分之八十"
                 "以上；暂不具备建党条件的选派党建指导员，党的工作覆盖率100%。",
                 "组织覆盖率每低5个百分点扣1分，最高扣3分；工作覆盖率未达到100%的扣2分；党建指导员未到岗履职的，酌情扣1分。",
                 6, "查阅资料、系统核查"),
            _row("党建入章",
                 "将党的建设写入协会商会章程，明确党组织的设置形式、地位作用和工作保障；年度工作报告如实填报党建工作情况。",
                 "党建工作未写入章程的扣2分；年度工作报告未填报党建工作情况的扣1分；填报不实的扣1分。",
                 4, "查阅资料"),
            _row("交叉任职",
                 "推行党组织班子成员与协会理事会、监事会成员“双向进入、交叉任职”；协会商会负责人中党员比例不低于百分之五十。",
                 "未实行“双向进入、交叉任职”的扣2分；负责人党员比例每低10个百分点扣0.5分，最高扣2分；党组织书记非由党员负责人担任且无正当理由的扣1分。",
                 5, "查阅资料、个别访谈"),
            _row("决策参与",
                 "协会商会换届、年度会费标准、大额资金使用、举办展会论坛等重大事项，事先征求党组织意见；党组织参与重大事项讨论有记录。",
                 "重大事项未征求党组织意见的，每件扣1分，最高扣3分；参与讨论记录不完整的，酌情扣1-2分。",
                 5, "查阅资料、个别访谈"),
        )),
        Section("组织生活", "二、组织生活\n（25分）", 25, (
            _row("三会一课",
                 "落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；联合党支部按会员单位设立党小组，党小组会每月召开1次；"
                 "党员参会率不低于百分之八十。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；参会率80%以上的得2分，70%（含）—80%的得1分，70%以下的不得分；会议记录要素不全的，每次扣0.1分，"
                 "最高扣1分。",
                 8, "查阅资料"),
            _row("主题党日",
                 "每月开展一次主题党日；每季度至少组织一次会员企业党组织参加的“党建联席”活动；全年围绕行业发展开展主题活动不少于4次。",
                 "主题党日每少1次扣0.3分，最高扣2分；“党建联席”活动每少1次扣0.5分；行业主题活动每少1次扣0.5分，最高扣2分；活动无照片的扣0.5分。",
                 7, "查阅资料、实地查看"),
            _row("组织生活会",
                 "每年召开一次组织生活会，班子成员撰写对照检查材料，开展批评和自我批评；会后开展民主评议党员。",
                 "未召开组织生活会的扣2分；无对照检查材料的扣1分；未开展民主评议党员的扣1.5分；批评和自我批评流于形式的，酌情扣0.5分。",
                 5, "查阅资料、个别访谈"),
            _row("学习教育",
                 "每季度至少开展一次集中学习；党员每人每年参加学习培训不少于24学时；党组织书记每年讲党课不少于2次。",
                 "集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.1分，最高扣1.5分；书记讲党课每少1次扣0.5分。",
                 5, "查阅资料、系统核查"),
        )),
        Section("党员管理", "三、党员管理\n（15分）", 15, (
            _row("党费收缴",
                 "党员按月足额交纳党费，党费收缴情况每半年公示一次；兼职党员、流动党员可通过线上方式交纳。",
                 "未按月交纳党费的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分。",
                 4, "查阅资料"),
            _row("发展党员",
                 "年内确定入党积极分子不少于1名，注重在会员企业高管、技术骨干、青年从业人员中培养；发展对象公示不少于5个工作日。",
                 "未确定入党积极分子的扣2分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。",
                 5, "查阅资料"),
            _row("先锋作用",
                 "设立“党员先锋岗”不少于2个；年初党员围绕服务会员作出公开承诺，年底开展评诺；党员在协会服务窗口和会员服务中亮明身份。",
                 "先锋岗每少1个扣1分；未开展公开承诺的扣1.5分；年底未评诺的扣1分；党员未亮明身份的，酌情扣0.5-1分。",
                 6, "实地查看、查阅资料"),
        )),
        Section("作用发挥", "四、作用发挥\n（30分）", 30, (
            _row("服务会员",
                 "党组织牵头开展政策宣讲、法律咨询、融资对接等服务会员企业活动，全年不少于6次；每半年召开一次会员企业座谈会，收集会员诉求；会员诉求办结率"
                 "达到百分之九十以上。",
                 "服务活动每少1次扣0.5分，最高扣2.5分；座谈会每少1次扣1分；办结率90%以上的得3分，80%（含）—90%的得2分，70%（含）—80%的得1分，70%以下"
                 "的不得分。",
                 8, "查阅资料、问卷调查"),
            _row("行业自律",
                 "引导会员企业诚信经营，制定行业自律公约；全年无违规收费、强制入会、违规评比达标表彰等行为。",
                 "未制定行业自律公约的扣1.5分；发生违规收费、强制入会等问题被查处的，每起扣2分；被列入活动异常名录或严重违法失信名单的，本项不得分。",
                 7, "查阅资料、系统核查"),
            _row("公益服务",
                 "组建党员志愿服务队，每季度开展一次志愿服务；年内组织会员企业参与乡村振兴、助学助困等公益项目不少于2个；与不少于2个村（社区）党组织结对"
                 "共建，签订共建协议。",
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分，最高扣2分；公益项目每少1个扣1分；结对共建每少1个扣1分；未签订共建协议的扣0.5分。",
                 9, "查阅资料、实地查看"),
            _row("党建品牌",
                 "打造“一会一品”党建品牌，形成品牌创建方案；年内在市级以上媒体或工作简报宣传报道党建工作不少于2篇。",
                 "无品牌创建方案的扣1.5分；宣传报道每少1篇扣0.5分，最高扣1分；品牌特色不鲜明的，酌情扣1-2分。",
                 6, "查阅资料"),
        )),
        Section("基础保障", "五、基础保障\n（10分）", 10, (
            _row("阵地经费",
                 "有相对固定的党组织活动场所，或共享社会组织党群服务中心；党建工作经费纳入协会商会年度预算，建立经费使用台账。",
                 "无活动场所的扣1.5分；党建工作经费未纳入年度预算的扣1.5分；无经费使用台账的扣1分。",
                 5, "实地查看、查阅资料"),
            _row("计划述职",
                 "年初制定党建工作计划并报综合党委；年底形成工作总结；党组织书记年底向综合党委述职。",
                 "无计划或总结的，每项扣1分；书记未述职的扣2分；述职评议结果为“一般”及以下的扣1分。",
                 5, "查阅资料"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核标准", "计分方法", "分值", "考核方式"]
NOTE = ("说明：1.本表由市社会组织综合党委于12月中旬组织考核，党建工作科牵头，市社会组织管理局、市工商联、社会组织党群服务中心参加，综合党委纪委派员"
        "监督，以2025年1月1日至考核之日形成的资料和社会组织信息系统数据为准；2.各项扣分以该项分值为限，扣完为止；计分方法列明得分档次的，按档次计分；"
        "3.联合党支部按所覆盖协会商会的情况综合评价；4.考核结果分为“好”“较好”“一般”“差”四个等次，作为社会组织等级评估、评先评优和党建工作经费补助的"
        "重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "协会商会党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：市级行业协会商会党组织（含联合党支部）", ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.scoring, row.points, row.method])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 70)
    xlsx_widths(ws, (12, 10, 54, 54, 6, 14))
    wb.save(str(path))
