"""汝城县文明瑶族乡2025年度村党组织党建工作台账检查评分表 (.xlsx), as the 乡党委 of 文明瑶族乡 in 湖南 郴州 汝城县 (its 组织委员 and 党建办 with the
乡 经管站, the 综治中心, the 乡村振兴办, the 民政办 and the 乡纪委, a 检查组 driving the 沙洲 valley and the 瑶寨 on the 南岭 slopes in the first half of
December, when the 稻 is in, the 辣椒 and the 茶油 are sold, the 温泉 towns below fill with visitors and the 沙洲村 “半条被子的温暖” 专题陈列馆 sees its
last coach parties of the year) opens the 台账 of each 村党支部 of a mountain township of 瑶族 and 汉族 villages, whose young 党员 work in 广东, whose
old ones keep the 祠堂 and the 红军 story: a checklist printed as 类别 | 台账名称 | 具体要求 | 分值 | 扣分, each row one 台账 named by its 《》 title, its
具体要求 saying how often it is kept and what must be in it, its 扣分 taking off for a paper missing or a time short (scoring the 集体经济 经营性收入 in
bands of 万元 and the 述职 满意率 in bands): 组织建设类 (the 年初 分工, the monthly 联席会议 and the 值班表; the “三会一课”, the 书记's 党课 and the 要素;
the 主题党日, 方案、签到、照片 and one 党性教育 at the 陈列馆; the 组织生活会, the 征求意见, 谈心谈话 and 对照检查材料, the 民主评议, its 公示 and the 整改
清单; two 后备力量, one under 35, the 结对 and a half-yearly 考察), 党员管理类 (党费 按月, the 凭证 and a quarterly 公示; 3天 of 培训, a monthly 集中学习 and
the 推送; the 一人一档 of the 流动党员, a monthly 联系 and the 春节 座谈会; the 发展计划, one 积极分子, the 公示, the 档案 and a 一票否决; the 积分 按月, a
quarterly 公示 and the 年底 评选; the “七一”、重阳节 慰问 全覆盖, the 结对帮扶 and a quarterly 上门), 村务治理类 (the “四议两公开” 一事一档; the quarterly
党务、村务 and monthly 财务 公开, the 照片 and the 答复; the 监委会 列席, a quarterly 财务检查 and its 报告; a 排查 every half month, the 登记, the 化解率
and no 越级上访; the 村规民约 上墙, two 红白理事会 会议, the 报备登记率 and no 大操大办; the 网格员, ten 农户 each and four 巡查 a month) and 乡村振兴类
(the “三资” 台账 quarterly and the 经营性收入 in bands of 万元; a monthly 走访 of the 监测户, the 更新, the “一户一策” and no 返贫; the 1月底 计划, the 12月底
总结, the 年底 述职 and its 满意率 in bands).

A merged title row, a merged "检查对象：文明瑶族乡各村党支部" line and a merged "村名：    台账管理员：    检查人：    检查日期：" line above the header
类别 | 台账名称 | 具体要求 | 分值 | 扣分. There is NO 序号: the items are numbered by position 1..20. The 类别 are MERGED CELLS down the FIRST column,
printed WITHOUT an ordinal and WITH their points on a SECOND line, "组织建设类\\n（26分）". 台账名称 (SECOND column) is the 《》 title of the 台账 on every
row, not merged (`Row.indicator`); 具体要求 (`Row.text`) says how often and what must be in it; 分值 is a plain number BEFORE the 扣分 column
(`Row.scoring`), which prints the deduction rules. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals,
nearly all in the 具体要求 ("每年初", "每月召开1次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "每年讲党课
不少于1次", "每月固定一天", "年内…不少于1次", "每年召开一次", "不少于2名", "35周岁以下的不少于1名", "1名", "每半年…一次", "按月", "每季度公示一次",
"每年…不少于3天", "每月组织一次", "一人一档", "每月…一次", "春节期间", "每年", "年内…不少于1名", "不少于5个工作日", "一人一档", "按月", "每季度公示
一次", "年底", "每年“七一”、重阳节", "70周岁以上", "全覆盖", "每季度上门一次", "一事一档", "每季度公开一次", "每月公开一次", "每月", "每季度…一次",
"每半月开展一次", "百分之九十五以上", "全年", "每年…不少于2次", "100%", "1名", "不少于10户", "每月…不少于4次", "每季度更新一次", "10万元以上", "每月
走访一次", "一户一策", "全年", "每年1月底前", "12月底前", "年底", "不低于百分之八十五"); "最高扣" caps; bands of the 经营性收入 in 万元 (4 of the 7
points, closed by "5万元以下的不得分") and of the 述职 满意率 (2 of the 7, closed by "80%以下的不得分"); "每低1个百分点" once and "每低10个百分点"
once; "酌情扣0.5-1分" twice and "酌情扣0.5分" once; one "本项不得分" and one "实行一票否决，本项不得分".
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


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 台账名称, 具体要求, 分值, 扣分."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzx_rucheng_wenming_xiang_cun_taizhang_xlsx",
    fmt="xlsx",
    title="汝城县文明瑶族乡2025年度村党组织党建工作台账检查评分表",
    numbering="position",
    sections=(
        Section("组织建设类", "组织建设类\n（26分）", 26, (
            _row("《村“两委”班子工作台账》",
                 "每年初明确“两委”成员分工；“两委”联席会议每月召开1次，研究村级重大事务；村干部坐班值班表上墙公布。", 4,
                 "分工未明确的扣0.5分；联席会议每少1次扣0.3分，最高扣2分；值班表未上墙的扣0.5分；台账记录不完整的，酌情扣0.5-1分。"),
            _row("《“三会一课”记录》",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；村党支部书记每年讲党课不少于1次；记录有时间、"
                 "地点、参会人员和议定事项。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；记录要素不全的，每次扣0.2分，最高扣2分。"),
            _row("《主题党日活动台账》",
                 "每月固定一天开展主题党日，活动有方案、有签到、有照片；年内到沙洲“半条被子的温暖”专题陈列馆开展党性教育不少于1次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2.5分；方案、签到、照片每缺一项扣0.1分，最高扣1.5分；未开展党性教育的扣1分。"),
            _row("《组织生活会和民主评议党员台账》",
                 "每年召开一次组织生活会，会前征求群众意见、开展谈心谈话，支委撰写对照检查材料；会后开展民主评议党员，评议结果公示；查摆问题建立整改"
                 "清单。", 6,
                 "未召开组织生活会的扣2分；征求意见、谈心谈话、对照检查材料每缺一项扣0.5分；未开展民主评议党员的扣1分；评议结果未公示的扣0.5分；无"
                 "整改清单的扣0.5分。"),
            _row("《村级后备力量培养台账》",
                 "储备村级后备力量不少于2名，其中35周岁以下的不少于1名；每名后备力量明确1名村干部结对培养；每半年对后备力量考察一次。", 4,
                 "后备力量每少1名扣1分；无35周岁以下后备力量的扣1分；未结对培养的扣0.5分；考察每少1次扣0.5分。"),
        )),
        Section("党员管理类", "党员管理类\n（26分）", 26, (
            _row("《党费收缴台账》",
                 "按月收缴党费，收缴凭证齐全；党费收缴情况每季度在党务公开栏公示一次。", 3,
                 "未按月收缴的，每人次扣0.1分，最高扣1.5分；凭证不全的扣0.5分；公示每少1次扣0.25分。"),
            _row("《党员学习培训台账》",
                 "党员每年参加集中培训不少于3天；每月组织一次集中学习；通过微信群向外出党员推送学习资料。", 4,
                 "培训时间不足的，每人扣0.1分，最高扣1.5分；集中学习每少1次扣0.2分，最高扣1.5分；未向外出党员推送学习资料的扣1分。"),
            _row("《流动党员管理台账》",
                 "外出流动党员一人一档，登记外出地址、务工单位和联系方式；每月与流动党员联系一次；春节期间召开返乡流动党员座谈会。", 4,
                 "未建档的，每人扣0.2分，最高扣1分；联系每少1次扣0.1分，最高扣1.5分；未召开座谈会的扣1.5分。"),
            _row("《发展党员工作台账》",
                 "每年制定发展党员工作计划，重点从返乡创业青年、致富能手、退役军人中培养；年内确定入党积极分子不少于1名；发展对象公示不少于5个工作日；"
                 "发展党员材料一人一档。", 5,
                 "无发展计划的扣1分；未确定积极分子的扣1分；未公示的扣1分；档案材料不全的，每人扣0.5分，最高扣1分；违反程序发展党员的，实行一票否决，"
                 "本项不得分。"),
            _row("《党员积分管理台账》",
                 "推行党员积分制管理，按月记载党员积分，每季度公示一次；年底根据积分评选星级党员。", 4,
                 "未推行积分制管理的扣1.5分；未按月记载的，每月扣0.1分，最高扣1分；公示每少1次扣0.3分；年底未评选的扣0.5分。"),
            _row("《关爱帮扶台账》",
                 "每年“七一”、重阳节走访慰问70周岁以上老党员，实现全覆盖；生活困难党员落实结对帮扶，帮扶责任人每季度上门一次。", 6,
                 "慰问每少1人扣0.2分，最高扣2分；未落实结对帮扶的扣1分；上门每少1次扣0.3分，最高扣1.5分。"),
        )),
        Section("村务治理类", "村务治理类\n（28分）", 28, (
            _row("《“四议两公开”工作台账》",
                 "村级重大事项按“四议两公开”程序决策，一事一档，有提议、商议、审议、决议记录和公开照片。", 5,
                 "未按程序决策的，每件扣1分，最高扣3分；档案资料不全的，每件扣0.5分，最高扣2分。"),
            _row("《党务村务财务公开台账》",
                 "党务、村务每季度公开一次，财务每月公开一次，重大事项随时公开；公开资料拍照留存；群众对公开内容有疑问的及时答复。", 5,
                 "党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.2分，最高扣2分；无公开照片的扣0.5分；群众疑问未答复的，每件扣0.2分，最高扣1分。"),
            _row("《村务监督台账》",
                 "村务监督委员会每月列席“两委”联席会议；每季度对村级财务开展一次检查，检查结果向村民代表会议报告。", 4,
                 "监委会未列席的，每次扣0.2分，最高扣1.5分；财务检查每少1次扣0.5分；未报告检查结果的扣0.5分。"),
            _row("《矛盾纠纷排查化解台账》",
                 "每半月开展一次矛盾纠纷排查，一事一登记；矛盾纠纷化解率达到百分之九十五以上；全年无越级上访。", 6,
                 "排查每少1次扣0.2分，最高扣2分；未登记的，每件扣0.2分，最高扣1分；化解率每低1个百分点扣0.2分，最高扣2分；发生越级上访的，每起扣1分。"),
            _row("《移风易俗工作台账》",
                 "村规民约修订完善并张贴上墙；红白理事会每年召开会议不少于2次；村民婚丧事宜报备登记率达到100%；党员带头不大操大办。", 4,
                 "村规民约未上墙的扣0.5分；红白理事会会议每少1次扣0.5分；报备登记率每低10个百分点扣0.5分，最高扣1.5分；党员大操大办的，每起扣1分。"),
            _row("《网格化管理台账》",
                 "全村划分网格，每个网格配备1名网格员；党员联系农户不少于10户；网格员每月巡查不少于4次，发现问题按时上报。", 4,
                 "网格员配备不全的扣1分；党员联系农户不足的，每人扣0.1分，最高扣1分；巡查每少1次扣0.1分，最高扣1.5分；问题未按时上报的，酌情扣0.5分。"),
        )),
        Section("乡村振兴类", "乡村振兴类\n（20分）", 20, (
            _row("《村集体经济台账》",
                 "建立集体资产、资源、资金“三资”台账，每季度更新一次；年内村集体经济经营性收入达到10万元以上。", 7,
                 "无“三资”台账的扣1分；更新每少1次扣0.5分；经营性收入20万元以上的得4分，10万元（含）—20万元的得3分，5万元（含）—10万元的得1分，5万元"
                 "以下的不得分。"),
            _row("《防止返贫监测帮扶台账》",
                 "对脱贫户、监测户每月走访一次，监测信息动态更新；落实“一户一策”帮扶措施；全年不发生规模性返贫。", 6,
                 "走访每少1次扣0.2分，最高扣2分；信息未及时更新的，酌情扣0.5-1分；帮扶措施未落实的，每户扣0.3分，最高扣1.5分；发生规模性返贫的，本项"
                 "不得分。"),
            _row("《年度计划总结和述职台账》",
                 "每年1月底前制定村党支部年度工作计划，12月底前形成年度工作总结；村党支部书记年底向乡党委和党员大会述职，述职评议满意率不低于百分之"
                 "八十五。", 7,
                 "缺计划或总结的，每项扣1.5分；未述职的扣2分；满意率85%以上的得2分，80%（含）—85%的得1分，80%以下的不得分。"),
        )),
    ),
)

HEADER = ["类别", "台账名称", "具体要求", "分值", "扣分"]
NOTE = ("说明：1.本表由乡党委于12月上旬组织检查，以村党支部2025年1月1日至检查之日形成的原始台账为准，事后补记、代签的不予认定；2.各项扣分以该项"
        "分值为限，扣完为止；扣分栏列明得分档次的，按档次计分；村集体经济经营性收入以汝城县农业农村局农经统计年报为准；3.台账按本表顺序编号装盒，"
        "存放于村党群服务中心档案柜；4.检查得分90分以上的为“规范”，75—89分的为“基本规范”，75分以下的为“不规范”，“不规范”的村限期1个月整改，由"
        "乡党委组织复查。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村级台账检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "检查对象：文明瑶族乡各村党支部", ncols)
    xlsx_line(ws, "村名：              台账管理员：              检查人：              检查日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (12, 22, 50, 6, 52))
    wb.save(str(path))
