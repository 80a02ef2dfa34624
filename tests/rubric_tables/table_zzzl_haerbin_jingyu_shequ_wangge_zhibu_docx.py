"""道外区靖宇街道南勋社区党委2026年度网格党支部考核评分细则 (.docx), as the 社区党委 of a 社区 in 黑龙江 哈尔滨 道外区 靖宇街道 (its
书记 with the 组织委员 and the 纪检委员, a 考核组 of the 社区党委 going round its 网格党支部 in December, the results reported to the 街道
党工委) scores the 网格党支部 of 老道外: the “中华巴洛克” 历史文化街区 with its 院落 and 沿街 商户, 棚改 left-overs and 1980s 楼房 without
物业, a winter of five months with the 供热 and the 清雪, the 松花江 bank a few blocks north to watch in the 汛期, 独居 and 高龄 老人, and
在职党员 coming back to their 网格: 支部建设 (the 支委 配备 with a half-yearly 报告, the 支委会, 党员大会 and 党小组会 with the 书记's 党课, the
monthly 主题党日 with the 参加率, the 组织生活会 with 民主评议, 谈心谈话 and the 问题清单, the 积分 with a monthly 记分 and a quarterly 公示,
a quarterly 联系 of the 流动党员 and one 积极分子 a year), 网格服务 (forty 走访 a month with the 民情日志 and two 探访 a month, the 及时率 and the
办结率 in bands, a yearly 排查 before winter with the 清雪 and a monthly 供热诉求 上报, the 转移台账 with a yearly 演练, the “门前三包” with a
quarterly 商户座谈会 and its 反馈, the 志愿服务队 with a monthly 志愿服务 and 20小时 a head), 作用发挥 (the 党员中心户 挂牌率 with a quarterly
走访, three 网格活动 of each 在职党员 with a half-yearly 报送, a quarterly 议事会 with the 公告, the 公开 and the 公约 制定率, the 历史街区 and
the 满意率) and 基础工作 (the 年初 计划 with its 审核, the 年底 述职, the 年终 总结, the 花名册 and the 基础信息台账 with a quarterly 更新, 党费
with a quarterly 公布).

The title (bold, centred), a centred "（考核对象：社区党委所属各网格党支部）" line and a plain "网格党支部： 支部书记： 考核日期：" line above
one table: 序号 | 考核指标 | 考核标准 | 计分方法 | 分值. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its
points on one line, "一、支部建设（25分）". 序号 RESTARTS at 1 under every section row (ids "1.1" … "4.3"). 考核指标 is a short sub-label
(`Row.indicator`). 分值 is the LAST column, a plain number. There is no 佐证 column. A 合计 row of 100 and a 说明 paragraph close the document.
Counts in figures and Chinese numerals ("每半年…报告一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次", "每年讲党课
不少于1次", "每月20日前后", "每年召开一次", "每月记分", "每季度公示一次", "每季度至少联系一次", "年内…不少于1名", "每月入户走访不少于40户",
"每月至少探访2次", "入冬前开展一次", "每月…上报一次", "每年汛前组织一次", "每季度召开一次", "每月至少开展一次", "每季度至少走访一遍", "每人
每年…不少于3次", "每半年…报送一次", "每季度召开一次", "每年组织一次", "每季度更新一次", "每季度…公布一次"); "3日内", "提前3天", "不少于
20小时"; "2至4名", "不少于10户", "不少于1名"; "百分之八十", "百分之九十五", "百分之九十", "100%"; "最高扣" caps; "酌情扣0.5分" twice,
"酌情扣0.5-1分" once and "酌情扣1-2分" once; one set of bands (an 办结率 for 3 of the 7 points, closed by "70%以下的不得分"); two plain "本项
不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzl_haerbin_jingyu_shequ_wangge_zhibu_docx",
    fmt="docx",
    title="道外区靖宇街道南勋社区党委2026年度网格党支部考核评分细则",
    numbering="restart",
    sections=(
        Section("支部建设", "一、支部建设（25分）", 25, (
            Row("网格党支部委员会设书记1名、委员2至4名，支部书记由网格长或优秀党员居民骨干担任；支委分工明确，每半年向社区党委报告一次支部"
                "工作。", 5,
                "支委配备不齐的扣1分；支委分工不明确的扣0.5分；报告每少1次扣1分；支部书记长期不在岗、不履职的，本项不得分。",
                indicator="支委班子"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，支部书记每年讲党课不少于1次；每月20日前后结合网格工作开展"
                "主题党日，党员参加率不低于百分之八十。", 8,
                "支委会、党员大会、党小组会每少1次扣0.5分，最高扣3分；书记未讲党课的扣1分；主题党日每少1次扣0.3分；参加率低于80%的，每次扣"
                "0.2分，最高扣1分；会议记录不完整的，酌情扣0.5分。", indicator="组织生活"),
            Row("每年召开一次组织生活会，开展民主评议党员，会前支委与党员逐一谈心谈话，会后列出问题清单、限期整改。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未开展谈心谈话的扣0.5分；无问题清单的扣0.5分；整改不到位的，酌情扣"
                "0.5-1分。", indicator="组织生活会"),
            Row("推行党员积分管理，每月记分、每季度公示一次积分；流动党员每季度至少联系一次；年内向社区党委推荐入党积极分子不少于1名。", 7,
                "未实行积分管理的扣2分；积分公示每少1次扣0.5分；流动党员联系每少1次扣0.2分，最高扣1分；未推荐积极分子的扣1分。",
                indicator="党员管理"),
        )),
        Section("网格服务", "二、网格服务（35分）", 35, (
            Row("网格员和党员中心户每月入户走访不少于40户，填写民情日志；对网格内独居、空巢、高龄老人每月至少探访2次。", 8,
                "走访不足40户的，每人每月扣0.2分，最高扣3分；民情日志填写不规范的，酌情扣0.5分；探访每少1次扣0.2分，最高扣2分；老人发生"
                "意外未及时发现的，每起扣1分。", indicator="入户走访"),
            Row("网格内矛盾纠纷、安全隐患、环境问题等事件通过网格化管理平台及时上报，上报及时率达到百分之九十五以上，一般事件3日内在网格内"
                "办结；12345热线转办诉求网格内办结率达到百分之九十以上。", 7,
                "及时率每低1个百分点扣0.2分，最高扣2分；一般事件超期办结的，每件扣0.2分，最高扣1分；办结率90%以上的得3分，80%（含）—90%的"
                "得2分，70%（含）—80%的得1分，70%以下的不得分。", indicator="事件处置"),
            Row("入冬前开展一次供热管网、楼道门窗排查；降雪后组织党员志愿者清扫楼院主要通道，做到“雪停路净”；供热期每月收集并上报一次居民"
                "供热诉求。", 6,
                "入冬前未排查的扣1分；清雪不及时被居民投诉或被街道通报的，每次扣0.5分，最高扣2分；供热诉求上报每少1次扣0.3分。",
                indicator="冬季保障"),
            Row("汛期落实松花江沿岸巡查值守，建立网格内低洼地段、危旧房屋居民转移台账；每年汛前组织一次应急演练。", 4,
                "无转移台账的扣1分；应急演练未开展的扣1分；巡查值守不到位的，酌情扣1-2分。", indicator="防汛应急"),
            Row("网格内沿街商户落实“门前三包”，商户党员亮身份、亮承诺；每季度召开一次商户座谈会，收集意见建议并及时反馈。", 5,
                "“门前三包”落实不到位被通报的，每次扣0.5分；商户党员未亮身份的扣0.5分；座谈会每少1次扣0.5分；意见建议未反馈的扣0.5分。",
                indicator="沿街商户"),
            Row("网格党支部组建党员志愿服务队，每月至少开展一次志愿服务活动；党员每年参加志愿服务时长不少于20小时。", 5,
                "未组建志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2分；服务时长不足的，每人扣0.1分，最高扣1分。",
                indicator="志愿服务"),
        )),
        Section("作用发挥", "三、作用发挥（25分）", 25, (
            Row("每个楼栋（单元）至少设立1户党员中心户，挂牌率100%；党员中心户每人联系群众不少于10户，每季度至少走访一遍所联系户。", 6,
                "挂牌率每低10个百分点扣1分；联系户数不足的，每人扣0.2分，最高扣1分；走访不到位的，每人次扣0.1分，最高扣1.5分。",
                indicator="党员中心户"),
            Row("回网格报到的在职党员每人每年参加网格活动不少于3次；网格党支部每半年向社区党委报送一次在职党员表现情况。", 5,
                "在职党员参加活动不足3次的，每人扣0.1分，最高扣2分；报送每少1次扣0.5分；在职党员报到后未编入网格的，每人扣0.1分。",
                indicator="在职党员"),
            Row("每季度召开一次网格（楼院）议事会，议题提前3天公告，议事结果公开；楼院公约制定率100%。", 5,
                "议事会每少1次扣0.5分；议题未提前公告的扣0.5分；结果未公开的扣0.5分；未制定公约的，每个楼院扣0.5分。",
                indicator="议事协商"),
            Row("参与历史文化街区保护和文明城市创建，网格内无乱搭乱建、乱堆乱放，历史建筑损毁、违建行为发现即报。", 4,
                "网格内环境问题被市、区通报的，每次扣1分；违建、损毁行为发现不报的，每处扣0.5分。", indicator="街区保护"),
            Row("社区党委每年组织一次网格群众满意度测评，满意率达到百分之九十以上；网格内不发生群体性上访和“民转刑”案件。", 5,
                "满意率每低5个百分点扣1分；发生群体性上访的，每起扣2分；发生“民转刑”案件的，本项不得分。", indicator="群众满意"),
        )),
        Section("基础工作", "四、基础工作（15分）", 15, (
            Row("网格党支部年初制定工作计划，报社区党委审核；年底支部书记向支部党员大会和社区党委述职；年终形成支部工作总结。", 6,
                "无年初计划的扣1分；计划未报审核的扣0.5分；未述职的扣2分；无年终总结的扣1分。", indicator="计划总结"),
            Row("支部党员花名册、网格基础信息台账、民情日志等资料齐全，网格基础信息每季度更新一次；资料按年度归档。", 5,
                "党员花名册不全的扣1分；基础信息台账每缺1项扣0.5分，最高扣2分；信息更新每少1次扣0.3分；未按年度归档的扣0.5分。",
                indicator="资料台账"),
            Row("支部党员按月交纳党费，由支部组织委员统一收缴并登记；党费收缴情况每季度在支部内公布一次。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣2分；收缴登记不规范的扣0.5分；公布每少1次扣0.3分。", indicator="党费收缴"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核标准", "计分方法", "分值"]
NOTE = ("说明：1.本细则由社区党委于12月组织考核，采取查阅资料、入户走访、实地查看、群众测评相结合的方式，结果报街道党工委；2.各项扣分以"
        "该项分值为限，扣完为止；3.考核得分90分以上的为“优秀”，75—89分的为“良好”，60—74分的为“合格”，60分以下的为“不合格”；4.考核"
        "结果作为评选“红旗网格党支部”和网格员年度绩效的重要依据，“不合格”的网格党支部由社区党委班子成员包联整改。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：社区党委所属各网格党支部）")
    document.add_paragraph("网格党支部：                支部书记：                考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
