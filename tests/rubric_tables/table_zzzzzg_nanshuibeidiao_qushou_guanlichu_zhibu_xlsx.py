"""南水北调中线渠首分公司党委2025年度管理处党支部考核评分表 (.xlsx), as the 分公司党委 of the 渠首分公司 of the 南水北调中线 at 淅川 in 河南 南阳 (its
党群工作部 with the 安全生产部, the 工程管理部, the 水质保护中心 and the 纪委办公室, a 考核组 driving down the 干渠 patrol road in the last ten days of
December, when the 丹江口水库 is low and still behind the 陶岔渠首闸, the 冰期输水 watch has begun on the northern 渠段, the 防汛 papers of the summer are
filed away and the 移民 villages of 淅川 that moved for the water keep their 移民精神 halls for the visiting 党员) scores the 党支部 of its 管理处: the
管理处 of the 渠首闸 with its 运行 and 安全监测 倒班, the 管理处 of the 深挖方 and 膨胀土 渠段 where the 巡查 never stops, the 管理处 whose 水质 station
samples the water every day: a sheet of 考核项目 whose 考核标准 prints what the 支部 must have done, whose 扣分细则 takes points off one clause at a time
(grading the 先锋岗 作用 by 好/较好/一般 and scoring the 书记's 述职评议 满意率 and the 职工 满意度 in bands) and whose 考核方式 says how the 考核组 looks:
政治建设 (the “第一议题”, a monthly 集中学习, 32学时 and the 补学; the 入党誓词, one 现场教学 at the 移民精神教育基地 and a half-yearly 宣讲; a half-yearly
研判, the 群 and the 泄密; the 年初 责任书, the 承诺书, a quarterly 廉政教育, the 防控 and a 一票否决), 组织建设 (the “三会一课”, the 补课, the 参会率 and the
记录; the 主题党日 with its 方案、签到、记录、照片 and the 书记's two 党课; the 组织生活会, the 征求意见, the 谈心谈话, the 问题清单, the 民主评议 and the
年底 报送; 党费 按月 with a half-yearly 公示, a quarterly 联系, one 积极分子, the 一线 and the 转接; the 换届, the 分工, the 书记, the 年底 述职 and its 满意率
in bands), 党建融合 (the 责任区, the 标识牌 and four 巡查 a month; three 先锋岗, the 突击队, one 汛前 演练 and the graded 作用; a monthly 隐患排查, the 整改率,
the 值守 and a 一票否决; two 联建协议, a quarterly 联防联建, the 上报及时率 and the 处置; one 攻关项目, five 建议, three 师带徒 and the 应用; a quarterly 防溺水
宣传, its 照片 and the 报到率) and 基础保障 (the 活动室 with 标识、党旗、制度、资料 and the 展板; the 手册 by month, the 年初 计划, the 年中 小结, the 年底 总结
and the 年底 归档; four 稿件 and the 年底 满意度 in bands).

A merged title row, a merged "考核对象：分公司所属各管理处党支部" line and a merged "党支部：    考核人：    考核日期：" line above the header 考核项目 | 考核
标准 | 扣分细则 | 标准分 | 考核方式. There is NO 序号: the items are numbered by position 1..18. Each category is a SECTION ROW merged across the sheet,
printed WITH an ordinal and its points on one line, "一、政治建设（20分）". 考核项目 (FIRST column) is a short name on every row (`Row.indicator`); 考核标准
(`Row.text`) says what is required; the 扣分细则 (`Row.scoring`) comes BEFORE the points, headed "标准分", a plain number; 考核方式 (`Row.method`) last,
naming only the ways the 考核组 checks ("查阅资料", "个别访谈", "网络巡查", "实地查看", "民主测评"). A 合计 row of 100 and a merged 说明 row close the sheet.
Counts in figures and Chinese numerals, nearly all in the 考核标准 ("每月开展一次", "每人每年…不少于32学时", "“七一”前后", "年内…不少于1次", "每半年开展一次",
"每半年…一次", "年初", "每季度开展一次", "全年", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之八十五",
"每月开展一次", "每年讲党课不少于2次", "每年召开一次", "年底前", "按月", "每半年公示一次", "每季度至少…一次", "年内…不少于1名", "按期", "年底", "百分之九十",
"1名", "每月…不少于4次", "不少于3个", "汛前…一次", "每月开展一次", "100%", "全年", "不少于2个", "每季度…一次", "100%", "每年…不少于1项", "年内…不少于5条",
"不少于3对", "每季度…一次", "100%", "按月", "年初", "年中", "年底", "年底", "年内…不少于4篇", "年底", "百分之九十"); "最高扣" caps; the 先锋岗 作用 graded
"好的得1.5分，较好的得1分，一般的得0.5分"; bands of the 述职评议 满意率 (1.5 of the 7 points, closed by "90%以下的不得分") and of the 年底 满意度 (4 of the
6, closed by "80%以下的不得分"); "每低5个百分点" twice, "每低10个百分点" once and "每低1个百分点" once; "酌情扣0.5-1分" twice, "酌情扣1-2分" once,
"酌情扣0.5-1.5分" once and "酌情扣0.5分" twice; two "实行一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(name: str, text: str, scoring: str, points: float, how: str) -> Row:
    """One row in the order the sheet prints it: 考核项目, 考核标准, 扣分细则, 标准分, 考核方式."""
    return Row(text, points, scoring, how, indicator=name)


TABLE = Table(
    name="zzzzzg_nanshuibeidiao_qushou_guanlichu_zhibu_xlsx",
    fmt="xlsx",
    title="南水北调中线渠首分公司党委2025年度管理处党支部考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("理论武装",
                 "落实“第一议题”制度，支部每月开展一次集中学习；党员每人每年参加集中学习培训不少于32学时；运行倒班、驻闸值守党员通过“学习强国”、线上课堂"
                 "等方式及时补学。",
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣1.5分；值守党员未补学的，每人次扣0.1分，"
                 "最高扣0.5分。", 5, "查阅资料、个别访谈"),
            _row("政治教育",
                 "“七一”前后组织党员重温入党誓词；年内组织党员到淅川县南水北调移民精神教育基地开展现场教学不少于1次；每半年开展一次“南水北调精神”主题"
                 "宣讲。",
                 "未组织重温入党誓词的扣1分；未开展现场教学的扣1分；主题宣讲每少1次扣1分。", 4, "查阅资料"),
            _row("意识形态和保密",
                 "每半年分析研判一次职工思想动态和意识形态工作；工程安全监测、水质监测数据和视频资料管理符合保密规定；管理处微信工作群实行“群主负责制”。",
                 "研判每少1次扣1分；工作群管理不规范的，酌情扣0.5-1分；发生泄密或违规外传工程视频资料的，本项不得分。", 4, "查阅资料、网络巡查"),
            _row("党风廉政",
                 "支部书记年初与分公司党委签订党风廉政建设责任书，党员签订廉洁承诺书；每季度开展一次廉政教育；工程维护项目招标、合同变更、计量支付等环节廉政"
                 "风险防控到位；党员全年无违纪违法问题。",
                 "未签订责任书的扣1分；廉洁承诺书每缺1份扣0.1分，最高扣1分；廉政教育每少1次扣0.5分；风险防控不到位的，酌情扣1-2分；党员受到党纪政务处分的，"
                 "实行一票否决，本项不得分。", 7, "查阅资料、个别访谈"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；因运行倒班不能参会的党员及时补课；党员参会率不低于百分之"
                 "八十五。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；未及时补课的，每人次扣0.2分，最高扣1分；参会率每低5个百分点扣0.5分，最高扣1.5分；会议记录不规范的，"
                 "酌情扣0.5-1.5分。", 7, "查阅资料"),
            _row("主题党日",
                 "每月开展一次主题党日活动，结合汛期巡查、冰期输水、水质保护等工作确定主题，活动有方案、有签到、有记录、有照片；支部书记每年讲党课不少于2次。",
                 "主题党日每少1次扣0.3分，最高扣2分；方案、签到、记录、照片每缺一项扣0.1分，最高扣1分；书记讲党课每少1次扣1分。", 5, "查阅资料"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前征求意见、开展谈心谈话，查摆问题形成问题清单和整改措施；会后开展民主评议党员；整改落实情况年底前报分公司党委。",
                 "未召开组织生活会的扣2分；未征求意见或未开展谈心谈话的扣0.5分；无问题清单或整改措施的扣1分；未开展民主评议党员的扣1分；整改落实情况未按时"
                 "报送的扣0.5分。", 5, "查阅资料、个别访谈"),
            _row("党员管理",
                 "党员按月交纳党费，党费收缴情况每半年公示一次；驻站、外派党员每季度至少联系一次；年内确定入党积极分子不少于1名，注重从运行、维护、水质监测"
                 "一线骨干中培养；党员组织关系转接及时。",
                 "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；联系每少1人次扣0.1分，最高扣1分；未确定积极分子的扣1.5分；积极分子未从一线"
                 "骨干中培养的扣0.5分；组织关系转接不及时的，每人扣0.5分。", 6, "查阅资料"),
            _row("班子建设",
                 "支部委员会按期换届，支委分工明确；支部书记由管理处主要负责人担任，落实“一岗双责”；支部书记年底向分公司党委述职，述职评议满意率达到百分之"
                 "九十。",
                 "未按期换届的扣2分；支委分工不明确的扣0.5分；书记配备不符合要求的扣1分；未述职的扣2分；满意率95%以上的得1.5分，90%（含）—95%的得1分，90%"
                 "以下的不得分。", 7, "查阅资料、民主测评"),
        )),
        Section("党建融合", "三、党建融合（35分）", 35, (
            _row("党员责任区",
                 "沿渠段划分党员责任区，每个责任区明确1名党员责任人，责任区标识牌设置规范；党员责任人每月巡查责任区渠段不少于4次，巡查有记录。",
                 "未划分党员责任区的扣2分；标识牌缺失或不规范的，每处扣0.2分，最高扣1分；巡查每少1次扣0.1分，最高扣2分；巡查无记录的扣1分。", 6,
                 "实地查看、查阅资料"),
            _row("先锋岗和突击队",
                 "在闸站运行、安全监测、水质保护等关键岗位设立党员先锋岗不少于3个；组建党员防汛抢险突击队，汛前开展一次防汛抢险演练。",
                 "先锋岗每少1个扣0.5分；未组建突击队的扣1.5分；未开展演练的扣1.5分；先锋岗作用发挥由考核组评定，好的得1.5分，较好的得1分，一般的得0.5分。",
                 6, "实地查看、查阅资料"),
            _row("工程安全",
                 "落实工程巡查和安全生产责任制，每月开展一次安全隐患排查，隐患整改率达到100%；冰期输水、汛期等重点时段党员带头值班值守；全年不发生生产安全"
                 "责任事故。",
                 "隐患排查每少1次扣0.5分，最高扣2分；整改率每低5个百分点扣1分，最高扣3分；重点时段党员值班值守不到位的，酌情扣0.5-1分；发生生产安全责任事故"
                 "的，实行一票否决，本项不得分。", 8, "查阅资料、实地查看"),
            _row("水质保护",
                 "与沿线不少于2个乡镇党委签订联建协议，每季度联合开展一次水源保护联防联建活动；水质监测数据按规定上报，上报及时率达到100%；发生水污染突发"
                 "事件及时报告、妥善处置。",
                 "联建协议每少1份扣0.5分；联防联建活动每少1次扣0.5分；上报及时率每低1个百分点扣0.2分，最高扣2分；突发事件报告处置不力的扣2分。", 6,
                 "查阅资料"),
            _row("创新创效",
                 "支部围绕工程运行难题每年立项党员攻关项目不少于1项；年内提出合理化建议不少于5条；开展“师带徒”结对不少于3对。",
                 "未立项攻关项目的扣2分；合理化建议每少1条扣0.2分；“师带徒”结对每少1对扣0.5分；攻关成果未推广应用的，酌情扣0.5分。", 5, "查阅资料"),
            _row("服务群众",
                 "开展“清水北送、党员先行”志愿服务，每季度进沿线学校、村庄开展一次防溺水安全宣传，宣传有照片；在职党员到居住地社区报到率达到100%。",
                 "防溺水宣传每少1次扣0.5分，最高扣2分；缺宣传照片的扣0.5分；报到率每低10个百分点扣0.5分，最高扣1.5分。", 4, "查阅资料"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            _row("阵地建设",
                 "管理处设置党员活动室，有标识、有党旗、有制度、有学习资料；在闸站、巡查道路沿线设置党建宣传展板。",
                 "无党员活动室的扣1分；标识、党旗、制度、学习资料每缺一项扣0.3分；宣传展板缺失的扣0.5分。", 3, "实地查看"),
            _row("资料台账",
                 "支部工作手册按月记录，“三会一课”等记录及时规范；年初制定支部工作计划，年中形成半年工作小结，年底形成工作总结；党建资料年底归档。",
                 "工作手册每缺1个月记录扣0.2分，最高扣1.5分；记录不及时、不规范的，酌情扣0.5分；缺计划、小结或总结的，每项扣1分；年底未归档的扣1分。", 6,
                 "查阅资料"),
            _row("宣传和满意度",
                 "年内在集团公司网站、《中国南水北调报》等刊发支部工作稿件不少于4篇；年底分公司组织职工对支部工作进行满意度测评，满意度达到百分之九十。",
                 "稿件每少1篇扣0.5分；满意度95%以上的得4分，90%（含）—95%的得3分，80%（含）—90%的得1分，80%以下的不得分。", 6, "查阅资料、民主测评"),
        )),
    ),
)

HEADER = ["考核项目", "考核标准", "扣分细则", "标准分", "考核方式"]
NOTE = ("说明：1.本表由分公司党委于12月下旬组织考核，党群工作部牵头，安全生产部、工程管理部、水质保护中心、纪委办公室参加，考核方式栏所列方式相结合"
        "进行，以2025年1月1日至考核之日形成的资料为准；2.各项扣分以该项标准分为限，扣完为止；扣分细则列明得分档次或等次的，按档次、等次计分；3.考核得分"
        "90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与管理处年度绩效和“红旗党支部”评选挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "管理处党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：分公司所属各管理处党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([row.indicator, row.text, row.scoring, row.points, row.method])
            for c in (1, 2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (14, 52, 52, 7, 16))
    wb.save(str(path))
