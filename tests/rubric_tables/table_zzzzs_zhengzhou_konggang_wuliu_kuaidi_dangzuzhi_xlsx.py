"""郑州航空港区物流快递行业党委2025年度两新党组织党建工作考核评分表 (.xlsx), as the 物流快递行业党委 of the 郑州航空港经济综合实验区 (set up
under the 港区 党工委 组织部 with the 邮政管理 部门 and the 物流协会; its 办公室 with the 港区 非公经济和社会组织 党委, the 邮政 监管 科, the 人社 劳动
监察 and the 行业党委 纪委, a 考核组 visiting the 片区 in the second half of December, between the “双十二” rush and the 年货 season, when the
分拨中心 near the 新郑机场 cargo terminal run all night and the 快递小哥 ride the 航空港 avenues in the cold) scores the 片区联合党委 and the 企业
党委（党总支） of the 物流 and 快递 companies: the 分拨中心 and 转运中心 of the big 快递 brands, the 冷链 and 跨境 物流 firms of the 综保区, the 末端
网点 and 驿站 in the new 安置 小区, the 货车司机 who come and go: a sheet of 一级指标 and 二级指标 whose 考核标准 prints what the 党组织 must have done,
whose 计分方法 takes points off one clause at a time, scores the 党组织 组建率 and the 申诉处理满意率 and the 年底 满意率 in bands, and under whose 合计
a 加分项 part: 组织覆盖 (the 组建率 in bands and the 联合党支部; the 党建指导员 and the 党的工作覆盖率; the 党小组覆盖率 and three 示范网点; a
quarterly 摸排, the 台账 and the 纳入管理率; the “快递小哥驿站”), 组织生活 (the “三会一课” 错峰 and its 参会率; the 书记's two 党课 and an invited
one; the monthly 主题党日 and four 特色活动; the 组织生活会, the 征求意见 and the 民主评议; 党费 按月 and a half-yearly 公示), 党员队伍 (three 积极分子,
one 发展, the 公示 and a 一票否决; the “红色积分” with a quarterly 公示 and the 年底 评选; 24学时 and the 书记's 轮训; the 签订率, the 参保率, the
帮扶台账 and the “两节” 慰问), 作用发挥 (the 先锋岗 and 责任区, the 亮牌率 and the 突击队; the 申诉处理满意率 in bands and no 事故; the 流动网格员,
twenty 线索, the 共建协议 and a quarterly 联建; the 志愿服务队, a quarterly 志愿服务 and 10小时; the 品牌 and two 宣传报道) and 工作保障 (the 年初 计划
and 责任书, the 年底 述职 and its 满意率; the 经费 and its 台账; the 年底 满意率 in bands).

A merged title row, a merged "考核对象：航空港区物流快递行业党委所属片区联合党委、企业党委（党总支）" line and a merged "党组织名称：    考核组：    考核
日期：" line above the header 一级指标 | 序号 | 二级指标 | 考核标准 | 计分方法 | 分值 | 得分. The 一级指标 are MERGED CELLS down the FIRST column, printed
WITHOUT an ordinal and WITH their points on a SECOND line, "组织覆盖\\n（25分）". 序号 (SECOND column) RESTARTS at 1 under every 一级指标 (ids "1.1" …
"5.3"). 二级指标 is a short name (`Row.indicator`); 考核标准 (`Row.text`) says what is required; 计分方法 (`Row.scoring`) comes BEFORE the 分值, a plain
number; 得分 is blank; there is no 佐证 or 考核方式 column. A 合计 row of 100, then UNDER it a 加分项 part: the merged first-column cell "加分项\\n
（最高加5分）" over three rows (序号, 加分内容, 加分标准, 最高加分; not in `sections`), then a merged 说明 row. Counts in figures and Chinese numerals,
nearly all in the 考核标准 ("百分之八十五以上", "3名以上", "不足3名", "100%", "每月…不少于1次", "百分之九十", "不少于3个", "每季度开展一次", "100%",
"不少于50平方米", "每周开放7天", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之七十", "每年讲党课
不少于2次", "不少于1次", "每月开展一次", "年内…不少于4次", "每年召开一次", "按月", "每半年公示一次", "年内…不少于3名", "不少于1名", "不少于5个工作日",
"每季度公示一次", "年底", "每人每年…不少于24学时", "每年…不少于1次", "百分之九十五", "100%", "“两节”", "100%", "百分之九十五以上", "全年", "年内…
不少于20条", "每季度开展一次", "每季度开展一次", "不少于10小时", "年内…不少于2次", "年初", "年底", "不低于百分之八十", "百分之一", "年底", "百分之
九十"); "最高扣" caps; bands of the 组建率 (4 of the 6 points), the 申诉处理满意率 (3 of the 5) and the 年底 满意率 (all 3), each closed by "…以下的
不得分"; "酌情扣0.5-1分" three times and "酌情扣1分" once; one "实行一票否决，本项不得分"; one other "本项不得分".
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


def _row(level2: str, text: str, scoring: str, points: float) -> Row:
    """One row in the order the sheet prints it: 二级指标, 考核标准, 计分方法, 分值."""
    return Row(text, points, scoring, indicator=level2)


TABLE = Table(
    name="zzzzs_zhengzhou_konggang_wuliu_kuaidi_dangzuzhi_xlsx",
    fmt="xlsx",
    title="郑州航空港区物流快递行业党委2025年度两新党组织党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织覆盖", "组织覆盖\n（25分）", 25, (
            _row("党组织组建",
                 "片区内规模以上物流、快递企业党组织组建率达到百分之八十五以上；有正式党员3名以上的企业单独组建党组织，不足3名的按片区组建联合党支部。",
                 "组建率90%以上的得4分，85%（含）—90%的得3分，80%（含）—85%的得2分，80%以下的不得分；应建未建的，每家扣0.5分，最高扣2分。", 6),
            _row("党的工作覆盖",
                 "对暂不具备组建条件的企业选派党建指导员，党的工作覆盖率达到100%；党建指导员每月到联系企业开展工作不少于1次。",
                 "党的工作覆盖率每低1个百分点扣0.2分，最高扣2分；未选派指导员的，每家扣0.5分，最高扣1.5分；指导员到企业每少1次扣0.1分，最高扣1.5分。",
                 5),
            _row("网点党小组",
                 "在分拨中心、转运中心按班组设立党小组，党小组覆盖率达到百分之九十；在末端网点、快递驿站设立“党员示范网点”不少于3个，挂牌亮标识。",
                 "党小组覆盖率每低5个百分点扣0.5分，最高扣2分；示范网点每少1个扣0.5分；示范网点未挂牌的，每个扣0.2分。", 5),
            _row("党员摸排",
                 "每季度开展一次快递员、货车司机、分拣员中的党员摸排，建立党员信息台账；“口袋党员”“隐形党员”应转尽转，流动党员纳入管理率达到100%。",
                 "摸排每少1次扣0.5分；无党员信息台账的扣1分；纳入管理率每低1个百分点扣0.1分，最高扣1.5分；“口袋党员”引导转接不力的，酌情扣0.5-1分。",
                 5),
            _row("阵地建设",
                 "建有面积不少于50平方米的“快递小哥驿站”，提供休息、充电、饮水、热饭、如厕等服务；每周开放7天。",
                 "未建驿站的扣2分；服务功能每缺一项扣0.3分，最高扣1分；开放时间不足的扣0.5分；驿站长期闲置、挪作他用的，本项不得分。", 4),
        )),
        Section("组织生活", "组织生活\n（20分）", 20, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；针对快递员作息不固定的特点，可采取错峰、线上方式"
                 "开展，党员参会率不低于百分之七十。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；参会率每低5个百分点扣0.5分，最高扣2分；全年以线上形式代替全部集中学习的扣1分。", 6),
            _row("书记讲党课",
                 "党组织书记每年讲党课不少于2次；年内邀请行业党委委员、劳动模范或“最美快递员”讲党课不少于1次。",
                 "书记讲党课每少1次扣1分；未邀请讲党课的扣1分。", 3),
            _row("主题党日",
                 "每月开展一次主题党日活动，可安排在业务量较小的时段；年内开展“红色快递·温暖送达”等特色活动不少于4次。",
                 "主题党日每少1次扣0.3分，最高扣2分；特色活动每少1次扣0.5分，最高扣2分；活动记录不全的，酌情扣0.5-1分。", 5),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前征求意见；开展民主评议党员，对评议为不合格的党员按规定处置。",
                 "未召开组织生活会的扣1.5分；未征求意见的扣0.5分；未开展民主评议党员的扣1分；不合格党员未按规定处置的，每人扣0.5分。", 3),
            _row("党费收缴",
                 "党员按月交纳党费，推行线上交纳；党费收缴情况每半年公示一次。",
                 "未按月交纳的，每人次扣0.1分，最高扣2分；公示每少1次扣0.5分。", 3),
        )),
        Section("党员队伍", "党员队伍\n（20分）", 20, (
            _row("发展党员",
                 "注重从快递员、货车司机、分拣员等一线从业人员中发展党员，年内确定入党积极分子不少于3名，发展党员不少于1名；发展对象公示不少于5个"
                 "工作日。",
                 "积极分子每少1名扣0.5分；未发展党员的扣2分；发展对象未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。", 6),
            _row("积分管理",
                 "推行党员“红色积分”管理，将投递准时、客户好评、志愿服务等纳入积分，积分每季度公示一次；年底评选“党员先锋快递员”。",
                 "无积分台账的扣1.5分；积分公示每少1次扣0.5分，最高扣2分；年底未评选的扣1.5分。", 5),
            _row("教育培训",
                 "党员每人每年参加学习培训不少于24学时，可利用“学习强国”、手机App碎片化学习；党组织书记每年参加行业党委集中轮训不少于1次。",
                 "学时不足的，每人扣0.1分，最高扣2分；书记未参加轮训的扣1分。", 4),
            _row("权益保障",
                 "推动企业与快递员、货车司机依法签订劳动合同或劳务协议，签订率达到百分之九十五；新就业形态劳动者职业伤害保障参保率达到100%；建立困难"
                 "从业人员帮扶台账，“两节”期间开展走访慰问。",
                 "签订率每低1个百分点扣0.2分，最高扣2分；参保率每低1个百分点扣0.2分，最高扣1.5分；无帮扶台账的扣0.5分；未开展走访慰问的扣1分。", 5),
        )),
        Section("作用发挥", "作用发挥\n（25分）", 25, (
            _row("党员先锋",
                 "设立党员先锋岗、党员责任区，党员亮身份上岗，亮牌率达到100%；在“双十一”“618”等业务高峰期组建党员突击队。",
                 "未设立先锋岗或责任区的扣1分；未亮牌的，每人次扣0.2分，最高扣2分；高峰期未组建突击队的扣1分；党员先锋作用发挥不明显的，酌情扣0.5-1分。",
                 5),
            _row("服务质量",
                 "党员带头提升服务质量，企业消费者申诉处理满意率达到百分之九十五以上；全年无因党员违规操作引发的重大服务质量事件和安全生产事故。",
                 "申诉处理满意率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分；发生重大服务质量事件或安全生产事故的，"
                 "每起扣2分。", 5),
            _row("融入治理",
                 "组织快递员党员担任“流动网格员”，年内报送安全隐患、矛盾纠纷等各类线索不少于20条；与所在社区党组织签订共建协议，每季度开展一次联建"
                 "活动。",
                 "未组建流动网格员队伍的扣1分；报送线索每少1条扣0.1分，最高扣2分；未签订共建协议的扣1分；联建活动每少1次扣0.5分，最高扣2分。", 6),
            _row("志愿服务",
                 "组建“小哥红骑”党员志愿服务队，每季度开展一次志愿服务；党员年人均志愿服务时长不少于10小时。",
                 "未组建服务队的扣1分；志愿服务每少1次扣0.5分，最高扣2分；人均时长每少1小时扣0.2分，最高扣2分。", 5),
            _row("党建品牌",
                 "培育企业党建品牌，形成“党建+服务”典型经验；年内在市级以上媒体宣传报道不少于2次。",
                 "未培育党建品牌的扣1.5分；宣传报道每少1次扣0.5分；典型经验未形成的，酌情扣1分。", 4),
        )),
        Section("工作保障", "工作保障\n（10分）", 10, (
            _row("责任落实",
                 "年初制定党建工作计划，与行业党委签订党建工作责任书；党组织书记年底向行业党委述职，述职评议满意率不低于百分之八十。",
                 "缺计划或责任书的，每项扣0.5分；未述职的扣2分；满意率低于80%的扣1分。", 4),
            _row("经费保障",
                 "企业按照上年度职工工资总额百分之一的比例安排党组织工作经费，纳入企业管理费用列支；经费使用有台账。",
                 "工作经费未落实的扣2分；无经费台账的扣1分。", 3),
            _row("群众评价",
                 "年底由行业党委组织企业职工、快递员代表开展满意度测评，满意率达到百分之九十。",
                 "满意率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。", 3),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核标准", "计分方法", "分值", "得分"]
BONUS_HEAD = "加分项\n（最高加5分）"
BONUS = (
    ("1", "表彰奖励", "党组织或党员获得省级以上表彰的。", "省级以上每项加2分，市级每项加1分。", 3),
    ("2", "经验推广", "党建工作经验被省、市党委组织部门或国家邮政局推广的。", "每项加1分。", 2),
    ("3", "急难险重", "在防汛救灾、疫情防控等急难险重任务中组织党员突击队作用突出，受到港区党工委通报表扬的。", "加1分。", 1),
)
NOTE = ("说明：1.本表由行业党委于12月下旬组织考核，采取听取汇报、查阅资料、实地查看分拨中心和网点、个别访谈、问卷测评相结合的方式进行；2.各项扣分以"
        "该项分值为限，扣完为止；计分方法列明得分档次的，按档次计分；3.组建率、覆盖率以河南省“两新”组织党建信息管理系统数据为准，申诉处理满意率以"
        "邮政管理部门数据为准；4.加分项最高加5分，考核得分（含加分）90分以上的为“五星级”党组织，80—89分的为“四星级”，70—79分的为“三星级”，70分"
        "以下的不评星。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "物流快递党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：航空港区物流快递行业党委所属片区联合党委、企业党委（党总支）", ncols)
    xlsx_line(ws, "党组织名称：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([s.printed if i == 1 else None, i, row.indicator, row.text, row.scoring, row.points, None])
            for c in (3, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    top = ws.max_row + 1
    for i, (number, label, text, scoring, points) in enumerate(BONUS):
        ws.append([BONUS_HEAD if i == 0 else None, number, label, text, scoring, points, None])
        for c in (3, 4, 5):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (12, 6, 12, 48, 52, 6, 7))
    wb.save(str(path))
