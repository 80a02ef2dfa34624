"""淮安市保安服务行业党委2025年度所属保安服务公司党组织党建工作考核评分表 (.xlsx), as the 保安服务行业党委 of 江苏 淮安 (set up under the 市公安局
with the 保安服务业协会; its 办公室 with the 治安支队 保安监管 大队, the 协会 秘书处 and the 行业党委 纪委, a 考核组 visiting the 公司 and their 驻勤点
in the second week of December, when the 保安员 stand at the 医院、学校 and 银行 gates in the cold and the 运河 towpaths are patrolled for the
年底) scores the 党组织 of the 保安服务公司: the 退役军人 who lead the 押运 and 巡逻 teams, the 保安员 spread over hundreds of 驻勤点 and working in
shifts, the 保安培训学校, the 大型活动 安保 of the 龙虾节 and the 马拉松: a sheet whose 考核指标 names each part, whose 考核内容 prints what the 公司
党组织 must have done, whose 计分方法 takes points off one clause at a time, scores the 参保率 and the 年底 满意率 in bands, whose 佐证资料 names the
papers to bring, and under whose 合计 a small 加分项: 组织建设 (the 党组织 and the 驻勤点 党小组 覆盖率; the 换届, the 书记 and a 一线 支委; a
half-yearly 摸排, the 流动党员台账 and a quarterly 联系; two 积极分子, the 公示 and a 一票否决; 党费 按月, a half-yearly 公示 and the 支委会 on its
use), 组织生活 (the “三会一课” for the 倒班 党员, the 补课 and no 弄虚作假; the 书记's two 党课 and an invited one; the monthly 主题党日, its 参加率 and
the 实践活动; the 组织生活会, the 征求意见, the 谈心谈话, the 民主评议 and its 备案; the 积分 with a quarterly 公示, the 年底 “金盾先锋” and its 公示),
作用发挥 (the 先锋岗 / 突击队 and the 挂牌上岗率; a quarterly 培训, the 持证上岗率 and two 演练; twelve 巡逻防控, the 上报 and no 违法犯罪; the 劳动合同
签订率, the 参保率 in bands, a half-yearly 思想动态分析, the 帮扶台账 and the “两节” 慰问 全覆盖; the 党建品牌, three 品牌活动, two 共建协议 and a
half-yearly 共建活动) and 基础保障 (the 年初 计划 and 责任书 and the 年底 书面报告; the 党员活动室, its 标识、制度、书籍 and the 300元; the 年底 满意率
in bands).

A merged title row, a merged "考核对象：全市保安服务公司党支部（党总支）、保安培训学校党支部" line and a merged "党组织名称：    考核组：    考核日期："
line above the header 序号 | 考核指标 | 考核内容 | 计分方法 | 分值 | 佐证资料 | 得分. Each category is a SECTION ROW merged across the sheet, printed
WITH an ordinal and its points on one line, "一、组织建设（25分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.3").
考核指标 is a short name (`Row.indicator`); 考核内容 (`Row.text`) says what is required; 计分方法 (`Row.scoring`) comes BEFORE the 分值, a plain number;
佐证资料 (`Row.method`) names the papers, joined by "、"; 得分 is blank. A 合计 row of 100, then UNDER it a 加分项 part: a merged "加分项（最高加3分）"
line and two rows (序号, 加分内容, 加分办法, 最高加分; not in `sections`), then a merged 说明 row. Counts in figures and Chinese numerals, nearly all
in the 考核内容 ("3名以上", "不足3名", "3名以上", "百分之九十", "按期", "至少有1名", "每半年开展一次", "每季度联系一次", "年内…不少于2名", "不少于5个
工作日", "按月", "每半年公示一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "不少于1次",
"每月开展一次", "百分之八十", "每年召开一次", "每季度公示一次", "年底", "100%", "每季度组织一次", "100%", "年内…不少于2次", "年内…不少于12次", "100%",
"百分之九十五", "每半年开展一次", "全覆盖", "年内…不少于3次", "不少于2家", "每半年开展一次", "年初", "年底", "每年…不少于…300元", "年底", "百分之九十");
"最高扣" caps; bands of the 参保率 (2 of the 8 points) and the 年底 满意率 (all 6), each closed by "…以下的不得分"; "酌情扣1-2分" once and "酌情扣
0.5-1分" once; one "实行一票否决，本项不得分"; one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(indicator: str, text: str, scoring: str, points: float, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核指标, 考核内容, 计分方法, 分值, 佐证资料."""
    return Row(text, points, scoring, proof, indicator=indicator)


TABLE = Table(
    name="zzzzq_huaian_baoan_hangye_dangzhibu_xlsx",
    fmt="xlsx",
    title="淮安市保安服务行业党委2025年度所属保安服务公司党组织党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织建设", "一、组织建设（25分）", 25, (
            _row("组织覆盖",
                 "有正式党员3名以上的保安服务公司单独建立党组织，不足3名的纳入行业联合党支部；驻勤点（项目部）有党员3名以上的建立党小组，驻勤点党小组"
                 "覆盖率达到百分之九十。",
                 "应建未建党组织的扣2分；驻勤点党小组覆盖率每低5个百分点扣0.5分，最高扣2分；党员未纳入组织管理的，每人扣0.2分，最高扣1分。", 5,
                 "党组织设立批复、党小组名单"),
            _row("班子建设",
                 "支部委员会按期换届，公司主要负责人中的党员担任支部书记；支部委员中至少有1名来自一线驻勤保安员。",
                 "未按期换届的扣2分；书记配备不符合要求的扣1分；支委中无一线保安员的扣1分。", 4, "换届选举材料"),
            _row("党员摸排",
                 "每半年开展一次保安员中党员摸排，建立流动党员台账；对外派驻勤党员每季度联系一次。",
                 "摸排每少1次扣1分；无流动党员台账的扣1分；联系每少1次扣0.3分，最高扣1.5分。", 5, "摸排登记表、流动党员台账"),
            _row("发展党员",
                 "注重在退役军人、优秀保安员中发展党员，年内确定入党积极分子不少于2名；发展党员各环节公示不少于5个工作日。",
                 "积极分子每少1名扣1分；未公示的，每次扣1分；违反程序发展党员的，实行一票否决，本项不得分。", 6, "发展党员档案、公示照片"),
            _row("党费管理",
                 "党员按月交纳党费，驻勤在外党员可通过线上交纳；每半年公示一次党费收缴情况；党费使用经支部委员会研究。",
                 "未按月交纳的，每人次扣0.1分，最高扣2分；公示每少1次扣1分；党费使用未经支委会研究的扣1分。", 5, "党费收缴台账、公示照片"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；倒班党员可分批次参加，缺席的及时补课。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；缺席未补课的，每人次扣0.1分，最高扣1分；会议记录弄虚作假的，本项不得分。", 7,
                 "会议记录、签到表"),
            _row("讲党课",
                 "支部书记每年讲党课不少于2次；邀请行业党委班子成员或辖区公安机关党员民警到支部讲党课不少于1次。",
                 "书记讲党课每少1次扣1分；未邀请讲党课的扣1分。", 4, "党课讲稿、照片"),
            _row("主题党日",
                 "每月开展一次主题党日活动，结合执勤任务开展“党员亮身份、执勤树形象”实践活动；党员参加率达到百分之八十。",
                 "主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.5分，最高扣2分；实践活动流于形式的，酌情扣0.5-1分。", 5,
                 "活动记录、照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前征求保安员和服务单位意见，开展谈心谈话；开展民主评议党员，评议结果报行业党委备案。",
                 "未召开组织生活会的扣2分；征求意见、谈心谈话每缺一项扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。", 5,
                 "对照检查材料、民主评议测评表"),
            _row("积分管理",
                 "推行党员积分管理，积分每季度公示一次；年底评选“金盾先锋”党员，评选结果公示。",
                 "未实行积分管理的扣1.5分；积分公示每少1次扣0.5分；年底未评选的扣1分；评选结果未公示的扣0.5分。", 4, "积分台账"),
        )),
        Section("作用发挥", "三、作用发挥（35分）", 35, (
            _row("先锋示范",
                 "在重点驻勤单位、大型活动安保中设立党员先锋岗、党员突击队；党员保安员挂牌上岗率达到100%。",
                 "未设立先锋岗或突击队的扣2分；党员未挂牌上岗的，每人次扣0.2分，最高扣2分；先锋作用发挥不明显的，酌情扣1-2分。", 6,
                 "先锋岗设立文件、挂牌照片"),
            _row("教育培训",
                 "每季度组织一次保安员职业道德、法律法规和应急处置培训；保安员持证上岗率达到100%；年内开展应急演练不少于2次。",
                 "培训每少1次扣0.5分，最高扣2分；持证上岗率每低1个百分点扣0.5分，最高扣3分；应急演练每少1次扣1分。", 7,
                 "培训签到表、保安员证登记表、演练方案"),
            _row("平安建设",
                 "组织党员保安员参与群防群治，年内配合公安机关开展巡逻防控不少于12次；协助处置的突发事件及时上报。",
                 "巡逻防控每少1次扣0.3分，最高扣2分；突发事件未及时上报的，每次扣1分；发生保安员违法犯罪、严重违纪问题的，每人次扣2分。", 6,
                 "巡逻记录"),
            _row("关心关爱",
                 "保安员劳动合同签订率达到100%，社会保险参保率达到百分之九十五；每半年开展一次保安员思想动态分析，建立困难保安员帮扶台账，“两节”"
                 "走访慰问全覆盖。",
                 "劳动合同签订率未达到100%的，每少1人扣0.2分，最高扣2分；参保率95%以上的得2分，90%（含）—95%的得1分，90%以下的不得分；思想动态"
                 "分析每少1次扣0.5分；无帮扶台账的扣1分；走访慰问未全覆盖的，每少1人扣0.1分，最高扣1分。", 8,
                 "劳动合同台账、参保明细、慰问名单"),
            _row("品牌共建",
                 "打造“金盾红”保安党建品牌，年内开展品牌活动不少于3次；与驻勤单位、社区党组织签订共建协议不少于2家，每半年开展一次共建活动。",
                 "未打造党建品牌的扣2分；品牌活动每少1次扣0.5分；共建协议每少1家扣1分；共建活动每少1次扣1分。", 8, "共建协议、活动照片"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            _row("责任落实",
                 "年初制定党建工作计划，与行业党委签订党建工作责任书；年底向行业党委书面报告全年党建工作情况。",
                 "缺计划、责任书或书面报告的，每项扣1分。", 4, "工作计划、责任书、书面报告"),
            _row("阵地经费",
                 "建有党员活动室，有标识、有制度、有党建书籍；公司每年按每名党员不少于300元的标准安排党建工作经费。",
                 "无党员活动室的扣2分；标识、制度、书籍每缺一项扣0.5分；经费未落实的扣1.5分。", 5, "活动室照片、经费支出凭证"),
            _row("满意度",
                 "年底由行业党委组织服务单位和保安员代表开展满意度测评，满意率达到百分之九十。",
                 "满意率95%以上的得6分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", 6, "满意度测评表"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容", "计分方法", "分值", "佐证资料", "得分"]
BONUS_HEAD = "加分项（最高加3分）"
BONUS = (
    ("1", "见义勇为", "党员保安员见义勇为、在重大安保任务中表现突出受到市级以上表彰的。", "市级每人次加1分，省级以上每人次加2分。", 2,
     "表彰文件"),
    ("2", "经验推广", "支部党建工作经验被市级以上党委部门或公安机关推广的。", "加1分。", 1, "推广文件"),
)
NOTE = ("说明：1.本表由行业党委于12月中旬组织考核，采取查阅佐证资料、实地查看驻勤点、个别谈话、问卷测评相结合的方式进行；2.各项扣分以该项分值为限，"
        "扣完为止；计分方法列明得分档次的，按档次计分；3.持证上岗率、参保率以公安机关保安服务监管信息系统和社保部门数据为准；4.考核得分（含加分）"
        "90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "保安行业党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：全市保安服务公司党支部（党总支）、保安培训学校党支部", ncols)
    xlsx_line(ws, "党组织名称：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([i, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_line(ws, BONUS_HEAD, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for number, label, text, scoring, points, proof in BONUS:
        ws.append([number, label, text, scoring, points, proof, None])
        for c in (3, 4, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 66)
    xlsx_widths(ws, (6, 11, 48, 50, 6, 20, 7))
    wb.save(str(path))
