"""雅砻江公司二滩水力发电厂党委2025年度运行党支部考核评分表 (.xlsx), as the 党委 of the 二滩水力发电厂 of the 雅砻江流域水电开发有限公司 near 攀枝花 in
四川 (its 党建工作部 with the 生产技术部, the 安全监察部, the 人力资源部, the 工会 and the 纪委办公室, a 考核组 that goes down into the 地下厂房 and reads the
papers in the 中控室 in the second half of December, when the 雅砻江 is at its low winter flow between the dry 干热河谷 slopes, the 芒果 orchards of the
valley are bare, the 机组 carry the 枯水期 peaks for the 四川电网, the 运行值 work their 五班三倒 shifts in the 中控楼 and the 大坝 廊道 and the 岁修 of the
spring is being planned) scores the 运行党支部 of a large hydropower plant: a 支部 whose 党员 are 值长 and 主值班员, whose 党小组 follow the 运行值, whose 责任区
run from the 机组 to the 开关站 and the 大坝 廊道: a sheet of 考核指标 whose 指标说明 prints what the 支部 must have done, whose 评分办法 takes points off one
clause at a time (scoring the 等效可用系数 in bands, grading the 攻关 成效 by 好/较好/一般 and the 年底 满意度 in bands), with a 加分项 block under the 合计:
政治建设 (the “第一议题”, a monthly 集中学习, 32学时 and the 补学; a quarterly 研判, its 报告 and the 工作群; the 年初 责任书, a half-yearly 风险排查, a
quarterly 廉洁教育 and no 处分), 组织建设 (the 党小组 of each 运行值, the 3至5名, the 换届, the 书记 and the 分工 公布; the “三会一课”, the 书记's two 党课, the
厂领导's 党课, the 参会率 and the 记录; the 主题党日 on the first Wednesday, one 现场教学 at the 中国三线建设博物馆 and the 主题; the 组织生活会, the 谈心谈话
全覆盖, the 对照检查材料, the 民主评议 and the 备案; one 积极分子 or 发展对象 and a "本项不得分"), 党员管理 (党费 按月, a half-yearly 公示, the 转接 and the
系统; the 积分, a monthly 公示, the 年底 评选 and the 谈话提醒; four 责任区、示范岗, the 徽章, the 覆盖 and two “随手拍” a month), 党建+安全生产 (the 年初
责任书, two 督查 a month, the “两票” 合格率 and the “一岗双责”; no 非计划停运, the 等效可用系数 in bands and a 一票否决; the 突击队, the 汛前 检查, a quarterly
演练, the 值守 and the 及时率; two 攻关项目, the 年底 成果报告, a monthly 微课堂 and the graded 成效; three “师带徒”, the 上岗资格比例 and a half-yearly 汇报)
and 基础保障 (the 年初 计划, the 年底 述职, the “好”等次比例 and the 结合; the 标识、制度、资料, the 手册 by month and the 年底 归档; the 年底 满意度 in bands).

A merged title row, a merged "考核对象：运行部党支部（运行一至五值党小组）" line and a merged "考核组：    考核日期：" line above the header 序号 | 考核指标 |
指标说明 | 分值 | 评分办法. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and WITH its points on one line, "一、政治建设
（15分）"; 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "5.3"). 考核指标 (SECOND column) is a short name on every row
(`Row.indicator`); 指标说明 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分办法 (`Row.scoring`); there is no 佐证 or 考核方式
column. A 合计 row of 100; then, UNDER it, a 加分项 block: a section row "加分项（最高加5分）" merged across and three rows with NO 序号 (a short name, the
加分内容, the most it adds in the 分值 column and the 加分办法; not in `sections`); a merged 说明 row closes the sheet. Counts in figures and Chinese numerals,
nearly all in the 指标说明 ("每月开展一次", "每人每年…不少于32学时", "1周内", "每季度…一次", "年初", "每半年开展一次", "每季度开展一次", "全年", "3至5名",
"支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每年不少于1次", "不低于百分之九十", "每月第一个
星期三", "年内…不少于1次", "每年召开一次", "全覆盖", "年内…不少于1名", "按月", "每半年公示一次", "每月…公示一次", "年底", "后10%", "不少于4个", "每月…不少于
2条", "年初", "每月…不少于2次", "100%", "全年", "百分之九十三以上", "全年", "汛前", "每季度…一次", "24小时", "100%", "不少于2个", "年底", "每月不少于1次",
"不少于3对", "百分之八十", "每半年…一次", "年初", "年底", "不低于百分之八十", "按月", "年底", "年底", "百分之九十"); "最高扣" caps; bands of the 等效可用
系数 (3 of the 8 points, closed by "92%以下的不得分") and of the 年底 满意度 (all 5, closed by "85%以下的不得分"); the 攻关 成效 graded "好的得1.5分，较好的
得1分，一般的不得分"; "每低10个百分点" once, "每低5个百分点" once and "每低1个百分点" once; "酌情扣0.5-1分" five times and "酌情扣1-1.5分" once; one "实行
一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 考核指标, 指标说明, 分值, 评分办法."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzzk_ertan_shuidianchang_yunxing_dangzhibu_xlsx",
    fmt="xlsx",
    title="雅砻江公司二滩水力发电厂党委2025年度运行党支部考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("理论武装",
                 "落实“第一议题”制度，支部每月开展一次集中学习；党员每人每年参加集中学习培训不少于32学时；倒班党员不能参加集中学习的，在交接班后1周内补学。",
                 5,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1分；倒班党员未补学的，每人次扣0.1分，最高"
                 "扣1分。"),
            _row("思想动态",
                 "每季度分析研判一次职工思想动态和意识形态工作，形成研判报告报厂党委；运行值工作群、班组微信群落实“谁建群谁负责”。", 5,
                 "研判每少1次扣1分；研判报告未报送的扣0.5分；工作群出现不当言论未及时处置的，每次扣0.5分，最高扣1.5分。"),
            _row("廉洁从业",
                 "支部书记年初签订党风廉政建设责任书；每半年开展一次廉洁风险排查，重点排查物资领用、外委项目验收等环节；每季度开展一次廉洁教育；支部党员全年无"
                 "违纪违法问题。", 5,
                 "未签订责任书的扣1分；风险排查每少1次扣0.5分；廉洁教育每少1次扣0.5分，最高扣1.5分；支部党员受到党纪处分的，每人扣2分。"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            _row("支部设置",
                 "按运行值设立党小组，党小组覆盖所有运行值；支部委员会由3至5名委员组成，任期届满按期换届，委员分工上墙公布；支部书记由运行部主任或副主任担任，"
                 "落实“双向进入、交叉任职”。", 4,
                 "党小组未覆盖运行值的，每个扣0.5分，最高扣1分；未按期换届的扣1.5分；委员分工未公布的扣0.5分；书记未按要求配备的扣1分。"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于2次，厂领导班子成员到支部讲党课每年"
                 "不少于1次；党员参会率不低于百分之九十。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；厂领导未到支部讲党课的扣0.5分；参会率每低5个百分点扣0.5分，最高扣2分；会议"
                 "记录不规范的，酌情扣0.5-1分。"),
            _row("主题党日",
                 "每月第一个星期三开展主题党日活动，结合设备巡检、防汛度汛等确定主题；年内组织党员到中国三线建设博物馆开展现场教学不少于1次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；未按固定日期开展的，每次扣0.1分，最高扣0.5分；未开展现场教学的扣1分；主题与生产实际脱节的，酌情扣0.5-1分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前支委成员与党员谈心谈话全覆盖，支委成员撰写对照检查材料；会后开展民主评议党员，评定等次报厂党委备案。", 5,
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.1分，最高扣1分；对照检查材料每缺1份扣0.3分；未开展民主评议党员的扣1分；评定等次未备案的扣0.5分。"),
            _row("发展党员",
                 "注重在值长、主值班员等生产骨干中发展党员，年内确定入党积极分子或发展对象不少于1名；严格执行发展党员程序。", 3,
                 "未确定积极分子或发展对象的扣1.5分；违反程序发展党员的，本项不得分。"),
        )),
        Section("党员管理", "三、党员管理（15分）", 15, (
            _row("党费和关系",
                 "党员按月交纳党费，党费收缴情况每半年公示一次；党员组织关系转接及时，全国党员管理信息系统数据准确。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；组织关系转接不及时的，每人扣0.5分；系统数据错误的，每处扣0.2分，最高扣1分。"),
            _row("积分管理",
                 "推行党员“安全生产+先锋作用”积分管理，积分每月在支部公示一次；年底根据积分评选“优秀共产党员”，积分排名后10%的党员由支部书记谈话提醒。", 6,
                 "未实行积分管理的扣1.5分；积分公示每少1次扣0.1分，最高扣1分；年底未开展评选的扣1分；未开展谈话提醒的，每人扣0.2分，最高扣1分。"),
            _row("亮身份",
                 "党员在岗佩戴党员徽章，设立“党员责任区”“党员示范岗”不少于4个，责任区覆盖机组、开关站、大坝廊道等关键区域；党员每人每月参加“安全隐患随手拍”"
                 "不少于2条。", 5,
                 "示范岗、责任区每少1个扣0.5分；未佩戴徽章的，每人次扣0.1分，最高扣1分；责任区未覆盖关键区域的，酌情扣0.5-1分；随手拍不足2条的，每人次扣0.1分，"
                 "最高扣1.5分。"),
        )),
        Section("党建+安全生产", "四、党建+安全生产（30分）", 30, (
            _row("安全责任",
                 "支部书记年初与运行部签订安全生产责任书；支委成员落实“一岗双责”，每月开展安全督查不少于2次；党员带头规范执行工作票、操作票，“两票”合格率"
                 "100%。", 6,
                 "未签订责任书的扣1分；安全督查每少1次扣0.3分，最高扣1.5分；“两票”合格率每低1个百分点扣0.5分，最高扣2分；“一岗双责”落实不到位的，酌情扣1-1.5分。"),
            _row("机组运行",
                 "机组安全稳定运行，全年无非计划停运；机组等效可用系数达到百分之九十三以上；全年不发生一般及以上设备事故和人身伤害事故。", 8,
                 "发生机组非计划停运的，每次扣2分；等效可用系数94%以上的得3分，93%（含）—94%的得2分，92%（含）—93%的得1分，92%以下的不得分；发生一般及以上设备"
                 "事故或人身伤害事故的，实行一票否决，本项不得分。"),
            _row("防汛度汛",
                 "组建党员防汛突击队，汛前完成大坝、泄洪设施专项检查；每季度参加一次应急演练；汛期党员24小时轮流值守，水情信息传递及时率100%。", 5,
                 "未组建突击队的扣1分；汛前检查未开展的扣1分；应急演练每少1次扣0.5分；值守不到位的，酌情扣0.5-1分；水情信息传递不及时的，每次扣0.5分，最高扣"
                 "1.5分。"),
            _row("攻关创效",
                 "支部围绕机组检修、节能降耗设立党员攻关项目不少于2个，年底形成攻关成果报告；开展“党员讲技术”微课堂，每月不少于1次。", 6,
                 "攻关项目每少1个扣1分；无成果报告的扣1分；微课堂每少1次扣0.2分，最高扣1.5分；攻关成效由考核组评定，好的得1.5分，较好的得1分，一般的不得分。"),
            _row("育才带团",
                 "组织党员技术骨干与新入职运行人员结对“师带徒”不少于3对，签订培养协议；徒弟年内取得副值班员上岗资格的比例达到百分之八十；支部每半年听取一次"
                 "团支部、工会小组工作汇报。", 5,
                 "“师带徒”每少1对扣0.5分，最高扣1.5分；上岗资格比例每低10个百分点扣0.5分，最高扣1.5分；听取汇报每少1次扣0.5分。"),
        )),
        Section("基础保障", "五、基础保障（15分）", 15, (
            _row("计划述职",
                 "年初制定支部年度工作计划；支部书记年底向厂党委述职，接受党员评议，述职评议“好”等次比例不低于百分之八十。", 5,
                 "无工作计划的扣1分；未述职的扣2分；“好”等次比例低于80%的扣1分；工作计划与生产任务结合不紧的，酌情扣0.5-1分。"),
            _row("阵地台账",
                 "支部活动室有标识、有制度、有资料；支部工作手册按月记录；“三会一课”、党费、积分等台账年底整理归档。", 5,
                 "标识、制度、资料每缺一项扣0.5分；工作手册每缺1个月记录扣0.2分，最高扣1.5分；台账年底未归档的扣1分。"),
            _row("员工满意",
                 "年底由厂党委组织运行部员工对支部工作开展满意度测评，满意度达到百分之九十。", 5,
                 "满意度95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "指标说明", "分值", "评分办法"]
BONUS_HEAD = "加分项（最高加5分）"
BONUS = (
    ("先进表彰", "支部或党员获得集团公司级以上表彰的。", 2, "集团公司级每项加1分，省部级以上每项加2分。"),
    ("创新成果", "党员攻关成果获得公司级以上科技进步奖、QC成果奖或授权专利的。", 2, "每项加0.5分。"),
    ("应急处置", "党员在机组异常、防汛抢险等突发事件处置中表现突出，受到厂级以上通报表扬的。", 1, "每人次加0.5分。"),
)
NOTE = ("说明：1.本表由厂党委于12月下旬组织考核，党建工作部牵头，生产技术部、安全监察部、人力资源部、工会、纪委办公室参加，采取查阅资料、现场查看、"
        "个别访谈、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准；2.基础分各项扣分以该项分值为限，扣完为止；评分办法列明得分档次或"
        "等次的，按档次、等次计分；等效可用系数以生产技术部统计数据为准；3.考核总分＝基础分得分＋加分项得分，加分最高5分；4.考核总分95分以上的为“标杆"
        "党支部”，85—94分的为“先进党支部”，70—84分的为“达标党支部”，70分以下的为“后进党支部”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "运行党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：运行部党支部（运行一至五值党小组）", ncols)
    xlsx_line(ws, "考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([i, row.indicator, row.text, row.points, row.scoring])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_line(ws, BONUS_HEAD, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for name, text, most, rule in BONUS:
        ws.append([None, name, text, most, rule])
        for c in (3, 5):
            ws.cell(ws.max_row, c).alignment = wrap
        for c in (2, 4):
            ws.cell(ws.max_row, c).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 95)
    xlsx_widths(ws, (6, 14, 54, 6, 56))
    wb.save(str(path))
