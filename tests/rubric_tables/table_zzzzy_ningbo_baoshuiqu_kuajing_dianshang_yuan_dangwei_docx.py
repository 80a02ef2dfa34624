"""宁波保税区跨境电商产业园党委2025年度园区企业党组织党建工作考核细则 (.docx), as the 产业园 党委 of the 宁波保税区 (its 党群工作部 with the 园区
运营公司, the 企业服务中心, the 海关 驻区 监管科 liaison, the 区 市场监管分局 and the 园区 工会, a 考核组 going floor by floor through the 跨境电商 大楼 and
out to the 保税仓 in mid-December, after the “双11” and the “黑五” have been shipped, when the 直播间 are dark in the morning and lit all night, the
海外仓 orders for 圣诞 are closing and the 快递 trucks queue at the 卡口) scores the 党组织 of the 园区企业: the 跨境电商 平台 and 卖家 whose 党员 are
young 运营 and 客服 working in 倒班, the 保税仓 and 物流 企业 whose 党员 are 叉车工 and 班组长, the small 服务商 of 报关、支付、摄影 joined floor by floor into
联合党支部, the 出资人 who came back from 义乌 and 深圳: a table of 考核项目 whose 考核内容 prints what the 党组织 must have done, whose 计分方法 takes points
off one clause at a time (scoring the 党组织 组建率, the 诉求 按期办结率 and the 年底 满意率 in bands), whose 考核方式 names ways of checking, and under whose
合计 a 加分项 block of its own rows: 组织覆盖 (the 组建率 in bands, the 指导员 覆盖率 and the 应建未建; a quarterly 摸排, the “入驻即摸排”, the 台账 and the
登记率; five 章程 and the 交叉任职比例; the 指导站, two 党务工作者 and ten 走访 a month), 组织生活 (the “三会一课” 线上+线下, the 参会率 and the 记录; the
monthly 主题党日, a quarterly 联合主题党日, the 参与率 and one 集中培训; the 组织生活会, the 谈心谈话, the 民主评议 and the 备案; one 积极分子, 党费 按月, the
积分, a quarterly 公示, the 年底 星级 and a 一票否决), 政治引领 (one 培训 of the 出资人, 8学时 and one 参观; a half-yearly 分析, the “三审” 制度 and a 一票否决;
the 签订率, a quarterly 宣讲 and no 处罚; the 200平方米, the 开放, the 品牌 and three 报道), 作用发挥 (ten 先锋岗, the 挂牌率 and two 突击队; a quarterly
联席会, the 问题清单, the 按期办结率 in bands and six 服务活动; two 公益活动, the 结对, one 助农 培训 and the 实效; the 工会、团组织, the 调解机制, the 化解率 and
a "本项不得分") and 基础保障 (the 年初 计划, the 年底 总结, the 年底 述职 and its 满意率; the 经费 and the 年底 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：园区跨境电商企业党支部、楼层联合党支部）" line above one table: 序号 | 考核项目 | 考核内容 | 分值 |
计分方法 | 考核方式. 序号 (FIRST column) runs 1..18 through the table, NOT restarting. The 考核项目 are MERGED CELLS down the SECOND column, printed WITH an
ordinal and WITH their points on a SECOND line, "一、组织覆盖\\n（20分）"; there is no short sub-label. 考核内容 (`Row.text`) says what is required; 分值
is a plain number BEFORE the 计分方法 (`Row.scoring`); 考核方式 (`Row.method`) comes LAST and names ways of checking only (查阅资料, 系统核对, 实地走访,
个别谈话, 网络巡查, 部门核实, 现场查看, 问卷测评 …), no papers. A 合计 row of 100; then, still inside the table, a 加分项 block: "加分项\\n（最高加5分）"
MERGED DOWN the second column beside three rows numbered 1..3 (加分内容 in the 考核内容 column, the most it adds in the 分值 column, the 加分办法 in the
计分方法 column, the 考核方式 last; not in `sections`). A "说明：" paragraph and three numbered lines follow the table. Counts in figures and Chinese
numerals, nearly all in the 考核内容 ("3名以上", "不足3名", "百分之八十以上", "100%", "每季度开展一次", "100%", "不少于5家", "不低于百分之四十", "不少于
2名", "每月…不少于10家", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "不低于百分之七十五", "每月开展一次",
"每季度组织一次", "百分之九十", "年内…不少于1次", "每年召开一次", "年内…不少于1名", "按月", "每季度公示一次", "年底", "每年…不少于1次", "每人不少于
8学时", "年内…不少于1次", "每半年开展一次", "全年", "百分之九十五", "每季度开展一次", "全年", "不少于200平方米", "每周开放不少于6天", "年内…不少于3次",
"不少于10个", "100%", "年内…不少于2支", "每季度召开一次", "百分之九十", "年内…不少于6场", "年内…不少于2次", "不少于1个", "不少于1期", "百分之九十五",
"全年", "年初", "年底", "年底", "不低于百分之八十五", "1%", "年底", "百分之九十"); "最高扣" caps; bands of the 组建率 (4 of the 7 points, closed by "70%
以下的不得分"), of the 按期办结率 (3 of the 7, closed by "70%以下的不得分") and of the 年底 满意率 (4 of the 5, closed by "85%以下的不得分"); "每低10个百分
点" twice, "每低5个百分点" three times and "每低1个百分点" once; "酌情扣0.5-1分" twice and "酌情扣0.5分" once; two "实行一票否决，本项不得分" and one other "本项
不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the table prints it: 考核内容, 分值, 计分方法, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzy_ningbo_baoshuiqu_kuajing_dianshang_yuan_dangwei_docx",
    fmt="docx",
    title="宁波保税区跨境电商产业园党委2025年度园区企业党组织党建工作考核细则",
    numbering="printed",
    sections=(
        Section("组织覆盖", "一、组织覆盖\n（20分）", 20, (
            _row("园区有3名以上正式党员的企业单独组建党组织，不足3名的按楼层组建联合党支部，企业党组织组建率达到百分之八十以上；对无党员企业选派党建工作"
                 "指导员，指导员覆盖率达到100%。", 7,
                 "组建率90%以上的得4分，80%（含）—90%的得3分，70%（含）—80%的得1分，70%以下的不得分；指导员覆盖率每低10个百分点扣0.5分，最高扣2分；"
                 "应建未建的，每家扣0.5分，最高扣1分。", "查阅资料、系统核对"),
            _row("每季度开展一次园区企业党员摸排，新入驻企业做到“入驻即摸排”；建立园区党员信息台账，流动党员、“口袋党员”登记率达到100%。", 5,
                 "摸排每少1次扣0.5分；新入驻企业未摸排的，每家扣0.2分，最高扣1分；无党员信息台账的扣1分；登记率每低5个百分点扣0.5分，最高扣1.5分。",
                 "查阅资料、实地走访"),
            _row("推动有条件的企业将党建工作写入公司章程，写入章程的企业不少于5家；企业党组织班子成员与企业管理层“双向进入、交叉任职”，交叉任职比例"
                 "不低于百分之四十。", 4,
                 "写入章程的企业每少1家扣0.5分；交叉任职比例低于40%的扣1.5分。", "查阅企业章程、个别谈话"),
            _row("园区设立党建工作指导站，配备专职党务工作者不少于2名；指导站每月走访园区企业不少于10家。", 4,
                 "未设立指导站的扣1分；专职党务工作者每少1名扣0.5分；走访每少1家扣0.1分，最高扣1.5分。", "查阅走访记录、现场查看"),
        )),
        Section("组织生活", "二、组织生活\n（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；直播、运营、仓储岗位党员倒班多的，可采取“线上+线下”"
                 "“错时”方式开展；党员参会率不低于百分之七十五。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣3分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录不规范的，酌情扣0.5-1分。",
                 "查阅会议记录、核对签到表"),
            _row("每月开展一次主题党日活动；园区党委每季度组织一次“跨境党建沙龙”联合主题党日，各企业党组织参与率达到百分之九十；企业党员年内参加园区"
                 "集中培训不少于1次。", 6,
                 "主题党日每少1次扣0.3分，最高扣2分；未参加联合主题党日的，每次扣0.5分；参与率低于90%的扣1分；未参加集中培训的，每人扣0.1分，最高扣"
                 "1分。", "查阅资料、平台签到数据核对"),
            _row("每年召开一次组织生活会，会前开展谈心谈话；会后开展民主评议党员，评议结果报园区党委备案。", 5,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。", "查阅资料、个别谈话"),
            _row("年内在企业管理骨干、技术骨干和青年员工中培养入党积极分子不少于1名；党员按月交纳党费；实行党员积分管理，积分每季度公示一次，年底评定"
                 "星级党员。", 8,
                 "未培养积极分子的扣1.5分；未按月交纳党费的，每人次扣0.1分，最高扣1.5分；未实行积分管理的扣2分；积分公示每少1次扣0.5分；年底未评定的"
                 "扣1分；违反程序发展党员的，实行一票否决，本项不得分。", "查阅发展党员档案、党费收缴台账"),
        )),
        Section("政治引领", "三、政治引领\n（20分）", 20, (
            _row("每年组织企业出资人、高管参加“同心跨境”理想信念教育培训不少于1次，每人不少于8学时；年内组织出资人参观红色教育基地不少于1次。", 5,
                 "未组织培训的扣2分；学时不足的，每人扣0.2分，最高扣1分；未组织参观的扣1分。", "查阅培训资料、学时登记"),
            _row("每半年开展一次企业员工思想动态分析；直播间、跨境店铺、企业公众号发布内容落实“三审”制度；全年不发生涉政治错误、辱华等重大舆情。", 5,
                 "思想动态分析每少1次扣1分；未落实“三审”制度的扣1分；发生重大舆情的，实行一票否决，本项不得分。", "查阅资料、网络巡查"),
            _row("推动园区企业签订《跨境电商合规经营承诺书》，签订率达到百分之九十五；每季度开展一次出口合规、知识产权政策宣讲；党员企业全年无被海关、市场"
                 "监管部门行政处罚的情况。", 5,
                 "签订率每低5个百分点扣0.5分，最高扣1.5分；宣讲每少1次扣0.5分；党员企业受到行政处罚的，每起扣1分。", "查阅资料、部门核实"),
            _row("园区党群服务中心面积不少于200平方米，每周开放不少于6天；打造“丝路先锋”园区党建品牌，年内在市级以上媒体宣传报道不少于3次。", 5,
                 "阵地面积不达标的扣1分；开放时间不足的，酌情扣0.5分；未打造品牌的扣1分；宣传报道每少1次扣0.5分。", "现场查看、查阅资料"),
        )),
        Section("作用发挥", "四、作用发挥\n（25分）", 25, (
            _row("在选品、运营、仓储、客服等岗位设立党员先锋岗不少于10个，党员先锋岗挂牌率达到100%；年内组建党员攻坚突击队不少于2支，参与“双11”“黑五”"
                 "等大促保障。", 6,
                 "先锋岗每少1个扣0.3分，最高扣1.5分；挂牌率每低10个百分点扣0.5分，最高扣1.5分；突击队每少1支扣1分。", "现场查看、查阅资料"),
            _row("园区党委每季度召开一次企业党建联席会或“政企恳谈会”，收集企业诉求，建立问题清单，诉求按期办结率达到百分之九十；年内组织人才招聘、跨境"
                 "物流对接等服务活动不少于6场。", 7,
                 "联席会每少1次扣0.5分；无问题清单的扣1分；按期办结率90%以上的得3分，80%（含）—90%的得2分，70%（含）—80%的得1分，70%以下的不得分；"
                 "服务活动每少1场扣0.3分。", "查阅资料、企业回访"),
            _row("企业党组织年内开展助农直播、公益捐赠、助学等公益活动不少于2次；与山区县村党组织结对不少于1个，开展“跨境电商助农”培训不少于1期。", 6,
                 "公益活动每少1次扣1分；未结对的扣1.5分；未开展助农培训的扣1分；结对帮扶无实效的，酌情扣0.5-1分。", "查阅资料、电话回访"),
            _row("企业依法建立工会、团组织，推动党建带工建、团建；建立劳动争议调解机制，劳动争议化解率达到百分之九十五；全年不发生欠薪引发的群体性事件。",
                 6,
                 "未建立工会或团组织的，每项扣0.5分；未建立调解机制的扣1分；化解率每低1个百分点扣0.2分，最高扣1.5分；发生欠薪引发群体性事件的，本项不"
                 "得分。", "查阅资料、部门核实"),
        )),
        Section("基础保障", "五、基础保障\n（10分）", 10, (
            _row("企业党组织年初制定党建工作计划，年底形成工作总结；党组织书记年底向园区党委述职，述职评议满意率不低于百分之八十五。", 5,
                 "缺计划或总结的，每项扣1分；未述职的扣2分；满意率低于85%的扣1分。", "查阅资料、民主测评"),
            _row("党建工作经费按上年度职工工资总额1%的比例纳入企业管理费用列支；年底由园区党委组织企业员工开展党建工作满意度测评，满意率达到百分之九十。",
                 5,
                 "未落实党建工作经费的扣1分；满意率95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得2分，85%以下的不得分。",
                 "查阅财务凭证、问卷测评"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "计分方法", "考核方式"]
BONUS_HEAD = "加分项\n（最高加5分）"
BONUS = (
    ("企业党组织或党员获得市级以上表彰的。", "2", "每项加1分。", "查阅表彰文件"),
    ("企业党建工作经验做法被省级以上推广或在全市会议上交流的。", "2", "每项加1分。", "查阅推广文件"),
    ("在海外仓建设、国际物流保障等急难险重任务中表现突出，受到区级以上通报表扬的。", "1", "每次加0.5分。", "查阅通报文件"),
)
NOTES = (
    "说明：",
    "1.本细则由园区党委于12月中旬组织考核，党群工作部牵头，园区运营公司、企业服务中心、园区工会参加，采取听取汇报、查阅资料、实地走访、问卷测评"
    "相结合的方式进行，以2025年1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；计分方法列明得分档次的，按档次计分；组建率以区委两新工委年度统计数据为准，行政处罚以海关、市场监管部门"
    "通报为准。",
    "3.考核得分（含加分）90分以上的为“五星级”，80—89分的为“四星级”，70—79分的为“三星级”，70分以下的不评星，考核结果与园区租金补贴和评先评优"
    "挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1 + len(BONUS)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：园区跨境电商企业党支部、楼层联合党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    r += 1
    top = r
    for i, (text, most, rule, how) in enumerate(BONUS, 1):
        for c, v in ((0, str(i)), (2, text), (3, most), (4, rule), (5, how)):
            tbl.cell(r, c).text = v
        r += 1
    merge_cells(tbl, top, 1, r - 1, 1, BONUS_HEAD)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
