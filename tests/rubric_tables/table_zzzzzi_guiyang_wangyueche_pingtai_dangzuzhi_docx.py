"""贵阳市交通运输行业党委2025年度网约车平台企业党组织党建工作考核细则 (.docx), as the 行业党委 of the 交通运输局 of 贵阳 in 贵州 (its 党建工作科 with the
客运管理处, the 新就业形态劳动者党建工作指导站, the 市总工会 交通 工委 and the 行业纪委, a 考核组 going round the 城市分公司 and 运营中心 of the 平台 in
the middle of December, when the 数博会 banners have long come down, the 喀斯特 hills round the 观山湖 are in cloud, the 驾驶员 queue at the 充电场站 of
the 花果园 before the evening peak and the 春运 运力 plans are being drawn up for the 龙洞堡 airport and the 高铁 北站) scores the 党组织 of a 网约车 平台
in the city: the 城市分公司 of a national 平台 whose 党员 are managers and 客服, the 聚合平台 运营中心 with its 合作运力公司 and 车队, the local 平台 whose
党支部 is a 联合党支部 of 驾驶员 who are seldom off the road: a table whose 考核细则 prints what the 党组织 must have done and whose 扣分标准 takes points
off one clause at a time (scoring the 年底 满意率 in bands): 组织覆盖 (the 党组织, the 组织覆盖率 and the 工作覆盖率; a quarterly 摸排, the 台账, the 亮身份率;
the 纳入管理率, two 积极分子 and a "本项不得分"; the 书记, the 司机代表 and the 年底 述职), 组织生活 (the “三会一课” on the “云端党支部”, the 截图 and 签到记录
and the 参会率; the 主题党日 and six “红色出行”“爱心送考”“助老就医” 活动 of ten 党员 each; 24学时 and a quarterly 警示教育; the 组织生活会, the 民主评议 and a
half-yearly 谈心谈话), 作用发挥 (the 抽成比例 公开, a quarterly 座谈会, the 办结率 and the 反馈机制; three “司机之家”, the 功能 and the 12小时; the 先锋车队,
the 好评率, the 事故 and the 拒载、绕路; the 服务队, a monthly 志愿服务, 12小时 and the 运力保障; a monthly 排查, the 台账, the 化解 and a 一票否决; the 年底
满意率 in bands) and 基础保障 (the 章程, the 管理层会议 and the 决策; the 经费, its 台账, the 场所 and the 标识、制度、设施; the 年初 计划 and its 备案, the 年底
总结 and the 台账 by month; a quarterly 宣传, six 信息 and the 阵地).

The title (bold, centred) and a centred "（考核对象：在筑运营网约车平台企业党组织）" line above one table: 序号 | 考核指标 | 考核细则 | 扣分标准 | 分值. Each
category is a SECTION ROW merged across the table, printed WITH an ordinal and WITH its points on one line, "一、组织覆盖（20分）"; 序号 (FIRST column)
RESTARTS at 1 under every section row (ids "1.1" … "4.4"). 考核指标 (SECOND column) is a short name on every row (`Row.indicator`); 考核细则 (`Row.text`)
says what is required; the 扣分标准 (`Row.scoring`) comes BEFORE the 分值, a plain number in the LAST column; there is no 佐证 or 考核方式 column. A 合计
row of 100 closes the table; a "说明：" paragraph with four numbered lines follows it. Counts in figures and Chinese numerals, nearly all in the 考核细则
("百分之八十", "100%", "每季度开展一次", "百分之九十", "百分之九十五", "年内…不少于2名", "年底", "支部委员会每月召开1次，党员大会每季度召开1次，党课每季度
1次", "不低于百分之七十", "每月开展一次", "年内…不少于6次", "不少于10人", "每人每年…不少于24学时", "每季度开展一次", "每年召开一次", "每半年…一次", "每季度
召开一次", "百分之九十", "不少于3个", "不少于12小时", "不少于1支", "百分之九十八", "全年", "每月开展一次", "不少于12小时", "每月开展一次", "全年", "年底",
"百分之八十五", "年初", "年底", "按月", "每季度至少…一次", "年内…不少于6篇"); "最高扣" caps; bands of the 年底 满意率 (all 5 points, closed by "75%以下的不得分");
"每低10个百分点" once, "每低5个百分点" four times and "每低1个百分点" once; "酌情扣0.5-1分" four times, "酌情扣1-1.5分" once and "酌情扣0.5分" once; one
"实行一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, scoring: str, points: float) -> Row:
    """One row in the order the table prints it: 考核指标, 考核细则, 扣分标准, 分值."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzzi_guiyang_wangyueche_pingtai_dangzuzhi_docx",
    fmt="docx",
    title="贵阳市交通运输行业党委2025年度网约车平台企业党组织党建工作考核细则",
    numbering="restart",
    sections=(
        Section("组织覆盖", "一、组织覆盖（20分）", 20, (
            _row("组织组建",
                 "平台企业在筑运营的城市分公司（运营中心）单独或联合建立党组织；合作运力公司（车队）党的组织覆盖率达到百分之八十，暂不具备条件的选派党建"
                 "指导员，党的工作覆盖率100%。",
                 "平台企业未建立党组织的扣3分；组织覆盖率每低10个百分点扣0.5分，最高扣2分；工作覆盖率低于100%的扣1分。", 6),
            _row("党员摸排",
                 "每季度开展一次党员司机摸排，建立党员司机信息台账，实行动态更新；在平台司机端设置党员身份标识，党员司机亮身份率达到百分之九十。",
                 "摸排每少1次扣0.5分；无信息台账的扣1分；台账未动态更新的扣0.5分；亮身份率每低5个百分点扣0.5分，最高扣2分。", 5),
            _row("流动党员",
                 "推动党员司机将组织关系转入企业党组织或行业党委，流动党员纳入管理率达到百分之九十五；年内从优秀司机、车队长中确定入党积极分子不少于2名。",
                 "纳入管理率每低5个百分点扣0.5分，最高扣2分；积极分子每少1名扣1分；违反程序发展党员的，本项不得分。", 5),
            _row("班子建设",
                 "党组织书记由企业管理层中的党员担任或由行业党委选派；党组织班子成员中有司机代表；党组织书记年底向行业党委述职。",
                 "书记未按要求配备的扣1.5分；班子成员中无司机代表的扣0.5分；书记未述职的扣2分。", 4),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("三会一课",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；结合司机出车特点，可通过“云端党支部”线上召开，线上会议留存截图和签到记录；"
                 "党员参会率不低于百分之七十。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；线上会议无截图或签到记录的，每次扣0.2分，最高扣1分；参会率每低5个百分点扣0.5分，最高扣2分。", 7),
            _row("主题党日",
                 "每月开展一次主题党日活动，安排在非高峰时段；年内组织党员司机开展“红色出行”“爱心送考”“助老就医”等主题活动不少于6次，每次参加党员不少于"
                 "10人。",
                 "主题党日每少1次扣0.3分，最高扣2分；主题活动每少1次扣0.5分，最高扣2.5分；参加人数不足的，每次扣0.2分，最高扣1分。", 6),
            _row("学习教育",
                 "党员司机每人每年参加学习培训不少于24学时，可通过“学习强国”、平台司机学堂线上完成；每季度开展一次交通安全、职业道德警示教育。",
                 "学时不足的，每人扣0.1分，最高扣2分；警示教育每少1次扣0.5分，最高扣2分；学习内容与行业特点脱节的，酌情扣0.5-1分。", 6),
            _row("组织生活会",
                 "每年召开一次组织生活会，开展民主评议党员；党组织书记与党员司机每半年谈心谈话一次，了解司机诉求。",
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；谈心谈话每少1人次扣0.2分，最高扣2分。", 6),
        )),
        Section("作用发挥", "三、作用发挥（35分）", 35, (
            _row("权益保障",
                 "推动平台企业落实司机权益保障，合理确定计价抽成比例并向司机公开；每季度召开一次司机代表座谈会，建立意见建议收集反馈机制；司机诉求办结率达到"
                 "百分之九十。",
                 "抽成比例未公开的扣2分；座谈会每少1次扣0.5分，最高扣2分；办结率每低5个百分点扣0.5分，最高扣2分；反馈机制不健全的，酌情扣0.5-1分。", 7),
            _row("司机之家",
                 "依托加油站、充电场站、党群服务中心建设“司机之家”（红色驿站）不少于3个，提供休息、饮水、充电、如厕等服务；驿站每日开放时间不少于12小时。",
                 "驿站每少1个扣1分，最高扣2分；服务功能不全的，每个扣0.5分，最高扣1.5分；开放时间不足的，酌情扣0.5-1分。", 5),
            _row("先锋车队",
                 "组建党员先锋车队不少于1支，党员司机带头文明驾驶、诚信服务；党员司机服务好评率达到百分之九十八；全年党员司机无重大交通责任事故。",
                 "未组建先锋车队的扣1.5分；好评率每低1个百分点扣0.5分，最高扣2分；党员司机发生重大交通责任事故的，每起扣2分；党员司机拒载、绕路被查实的，"
                 "每起扣0.5分，最高扣1.5分。", 6),
            _row("志愿服务",
                 "组建党员志愿服务队，每月开展一次志愿服务；党员司机人均年志愿服务时长不少于12小时；在高考、春运、数博会等重大活动期间组织运力保障。",
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2分；服务时长不足的，每人扣0.1分，最高扣1.5分；重大活动运力保障不到位的，酌情扣"
                 "1-1.5分。", 6),
            _row("稳定防控",
                 "每月开展一次司机群体思想动态排查，建立矛盾纠纷台账；及时化解因计价规则、封号申诉等引发的矛盾；全年不发生司机群体性聚集、停运事件。",
                 "排查每少1次扣0.3分，最高扣2分；无矛盾纠纷台账的扣1分；化解不及时引发投诉的，每起扣0.5分，最高扣1.5分；发生群体性聚集、停运事件的，实行一票"
                 "否决，本项不得分。", 6),
            _row("司机满意",
                 "行业党委年底组织党员司机和网约车司机代表对企业党组织开展满意度测评，满意率达到百分之八十五。",
                 "满意率90%以上的得5分，85%（含）—90%的得4分，75%（含）—85%的得2分，75%以下的不得分。", 5),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            _row("党建入章",
                 "推动党建工作写入企业章程或管理制度；企业党组织书记参加企业管理层会议，重大经营决策前听取党组织意见；党建工作与企业运营“双推进”。",
                 "未写入章程或管理制度的扣2分；党组织书记未参加管理层会议的扣1分；重大决策未听取党组织意见的，每件扣0.5分，最高扣1.5分；“双推进”成效不明显"
                 "的，酌情扣0.5分。", 5),
            _row("经费阵地",
                 "企业将党建工作经费纳入管理费用列支，建立经费使用台账；党组织有固定活动场所，做到有标识、有制度、有设施。",
                 "经费未落实的扣2分；无经费使用台账的扣1分；无固定活动场所的扣1分；标识、制度、设施每缺一项扣0.5分。", 5),
            _row("计划台账",
                 "年初制定党建工作计划，报行业党委备案；年底形成工作总结；党建工作台账按月整理，实行“一事一档”。",
                 "无计划或总结的，每项扣1分；计划未备案的扣0.5分；台账未按月整理的，每月扣0.2分，最高扣2分；“一事一档”不规范的，酌情扣0.5-1分。", 5),
            _row("宣传引导",
                 "依托平台司机端、企业公众号开展党建宣传，每季度至少发布一次党员司机先进事迹；年内向行业党委报送党建信息不少于6篇。",
                 "宣传每少1次扣0.5分，最高扣2分；信息报送每少1篇扣0.3分，最高扣1.5分；宣传阵地未建立的扣1分。", 5),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核细则", "扣分标准", "分值"]
NOTES = (
    "说明：",
    "1.本细则由市交通运输行业党委于12月中旬组织考核，党建工作科牵头，客运管理处、新就业形态劳动者党建工作指导站、行业纪委参加，采取听取汇报、查阅资料、"
    "平台数据核查、实地查看、司机访谈相结合的方式进行，以2025年1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；扣分标准列明得分档次的，按档次计分；好评率、投诉、事故以平台后台数据和客运管理处执法记录为准。",
    "3.未单独建立党组织、由行业党委联合党支部覆盖的平台企业，“班子建设”“党建入章”两项按党建指导员履职情况考核。",
    "4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为评选“红色平台”“党员先锋车队”的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(1 + len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：在筑运营网约车平台企业党组织）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for i, row in enumerate(s.rows, 1):
            cells = ((0, str(i)), (1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
