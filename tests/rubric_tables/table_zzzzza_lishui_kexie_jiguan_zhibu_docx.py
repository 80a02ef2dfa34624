"""丽水市直机关工委2025年度市科协机关党支部党建工作考核评分表 (.docx), as the 市直属机关工作委员会 of 浙江 丽水 (its 组织科 with the 宣传科, the 机关纪工委
and a 市直机关 党建指导员, a 考核组 that comes to the 科协 offices in the 市行政中心 in mid-January, when the 瓯江 is low and green, the 科普 caravans
are back from the 山区 县 and the 学会 are filing their 年检) scores the 党支部 of a small 机关 with a 科普 and 学会 workload: the 党组 members who sit
in the 支部, the 科普部 and 学会部 干部 who spend half the year in the 乡镇 and the 学校, the 青年 干部 from whom the 支部 hopes to 发展, the 市级学会 of the
医学、农学、工程 professions it is asked to bring into 党的工作: a table of 考核指标 whose 考核内容 prints what the 支部 must have done and whose 评分细则
takes points off one clause at a time (scoring the 书记's 述职评议 满意率 in bands and the 年底 满意率 by the 百分点), with the 述职 and the 评议 of the
书记 and of the 党员 at its end: 政治建设 (the “第一议题”, a monthly 集中学习, a quarterly 专题研讨, 32学时 and two 心得; a half-yearly 专题研究, the
“一会一报” 审批, the “三审三校” and a 一票否决; the 年中、年底 书面报告, the 请示报告 and the 个人有关事项; the 政治生日 and one 现场教学), 组织建设 (the 3至5
人, the 换届 and its 资料, the 书记; the “三会一课”, the 书记's 党课, the 班子成员's 党课 and the 到会率; the 主题党日 on the first Thursday, the “八个一” and
four 科普 ones; the 组织生活会, the 谈心谈话 全覆盖, the 对照检查材料, the 民主评议 and the 备案; one 积极分子, a "本项不得分", 党费 按月 with a half-yearly
公示 and the 转接; the “先锋指数” with a quarterly 公示 and the 年底 评定 with its 公布), 作风建设 (the 年初 责任书, a quarterly 警示教育 and no 处分; a
half-yearly 谈心谈话, the 提醒谈话 and its 记录; two 调研 each, the 调研报告, five 问题 and the 办结率), 党建业务融合 (six 科普 活动, the 服务队 and 16小时;
the 学会 覆盖率, a half-yearly 联席会议 and four 党建活动; the 品牌, one 案例 and three 报道; the 年初 承诺, the 年底 践诺评议 and two 示范岗) and 述职评议
(the 年底 述职, its 满意率 in bands and the 备案; the 年初 计划 and 责任清单, the 年中 自查 and the 年底 总结; the 年底 满意率).

The title (bold, centred) and a centred "（考核对象：市科协机关党支部    考核时间：2026年1月）" line above one table: 考核指标 | 考核内容 | 分值 | 评分细则.
There is NO 序号: the items are numbered by position 1..20. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its
points on one line, "一、政治建设（20分）". 考核指标 (FIRST column) is a short name on every row (`Row.indicator`); 考核内容 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the table; a "说明："
paragraph and three numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月开展一次", "每季度开展一次", "每人
每年…不少于32学时", "每人每年…不少于2篇", "每半年专题研究一次", "全年", "年中、年底各…一次", "每年", "入党周年当月", "年内…不少于1次", "3至5人", "按期",
"支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于1次", "每人每年不少于1次", "不低于百分之九十",
"每月第一个星期四", "年内…不少于4次", "每年召开一次", "全覆盖", "年内…不少于1名", "按月", "每半年公示一次", "每季度公示一次", "年底", "年初", "每季度开展
一次", "全年", "每半年至少…一次", "每人每年…不少于2次", "年内…不少于5件", "百分之九十以上", "年内…不少于6场", "不少于16小时", "100%", "每半年召开一次",
"年内…不少于4次", "年内…不少于1篇", "不少于3次", "年初", "年底", "不少于2个", "年底", "不低于百分之九十", "年初", "年中", "年底", "年底", "百分之九十");
"最高扣" caps; bands of the 述职评议 满意率 (3 of the 6 points, closed by "70%以下的不得分"); "每低5个百分点" once, "每低10个百分点" twice and "每低1个百分点"
once; "每少2小时" once; "酌情扣0.5-1分" twice; one "实行一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 考核指标, 考核内容, 分值, 评分细则."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzza_lishui_kexie_jiguan_zhibu_docx",
    fmt="docx",
    title="丽水市直机关工委2025年度市科协机关党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月开展一次集中学习，每季度开展一次专题研讨；党员每人每年参加集中学习培训不少于32学时，每人每年撰写学习心得不少于"
                 "2篇。", 6,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣1.5分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1.5分；"
                 "学习心得每少1篇扣0.1分，最高扣1分。"),
            _row("意识形态",
                 "每半年专题研究一次意识形态工作；科普讲座、学术报告会实行“一会一报”审批，科普宣传内容和门户网站、微信公众号信息发布落实“三审三校”；全年"
                 "不发生意识形态责任事件。", 5,
                 "专题研究每少1次扣1分；讲座、报告会未经审批的，每次扣0.5分，最高扣1.5分；信息未经审核发布的，每次扣0.5分，最高扣1分；发生意识形态"
                 "责任事件的，实行一票否决，本项不得分。"),
            _row("请示报告",
                 "严格落实重大事项请示报告制度，支部年中、年底各向市直机关工委书面报告一次党建工作情况；党员领导干部个人有关事项每年如实报告。", 4,
                 "书面报告每少1次扣1分；重大事项未按规定请示报告的，每件扣1分；个人有关事项漏报、瞒报的，每人扣1分。"),
            _row("政治教育",
                 "开展党员“政治生日”活动，党员入党周年当月重温入党誓词、赠送政治生日贺卡；年内组织党员到红色教育基地开展现场教学不少于1次。", 5,
                 "未开展“政治生日”活动的扣2分；漏过政治生日的，每人扣0.2分，最高扣1分；未开展现场教学的扣1分。"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("班子建设",
                 "支部委员会由3至5人组成，设书记、组织委员、宣传纪检委员，按期换届，换届选举资料归档；支部书记由单位主要负责人或分管负责人中的党员担任。", 4,
                 "支委配备不齐的扣1分；未按期换届的扣1.5分；换届资料缺失的扣0.5分；书记配备不符合要求的扣1分。"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次，单位班子成员到支部讲"
                 "党课每人每年不少于1次；党员到会率不低于百分之九十。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；班子成员讲党课每少1人次扣0.3分；到会率每低5个百分点扣0.5分，最高扣1分。"),
            _row("主题党日",
                 "每月第一个星期四开展主题党日活动，落实“八个一”固定流程；年内结合“科技为民”开展科普志愿服务主题党日不少于4次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；流程不规范的，酌情扣0.5-1分；科普志愿服务主题党日每少1次扣0.5分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前支委之间、支委与党员之间谈心谈话全覆盖，支委成员撰写对照检查材料；会后开展民主评议党员，评定等次，评议结果报"
                 "市直机关工委备案。", 6,
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.2分，最高扣1分；缺对照检查材料的，每人扣0.3分，最高扣1分；未开展民主评议党员的扣1.5分；"
                 "评议结果未备案的扣0.5分。"),
            _row("党员管理",
                 "年内确定入党积极分子不少于1名，注重在青年科技工作者中发展党员；党员按月交纳党费，党费收缴情况每半年公示一次；党员组织关系转接及时，全国"
                 "党员管理信息系统信息准确。", 5,
                 "未确定积极分子的扣1分；违反程序发展党员的，本项不得分；未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；组织关系转接"
                 "不及时或系统信息不准确的，每人次扣0.2分，最高扣1分。"),
            _row("先锋指数",
                 "实行党员“先锋指数”积分管理，积分每季度公示一次；年底评定一次“先锋党员”，评定结果在机关内公布。", 3,
                 "未实行积分管理的扣1分；积分公示每少1次扣0.3分；年底未评定的扣1分；评定结果未公布的扣0.5分。"),
        )),
        Section("作风建设", "三、作风建设（15分）", 15, (
            _row("党风廉政",
                 "支部书记年初与单位党组签订党风廉政建设责任书；每季度开展一次廉政警示教育；党员干部全年无违纪违法行为。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；党员受到党纪政务处分的，每人扣3分。"),
            _row("谈心谈话",
                 "支部书记与支部委员、支部委员与党员之间每半年至少开展一次谈心谈话；对苗头性、倾向性问题及时开展提醒谈话，谈话有记录。", 4,
                 "谈心谈话每少1人次扣0.1分，最高扣2分；发现问题未及时提醒谈话的，酌情扣0.5-1分；无谈话记录的扣1分。"),
            _row("调查研究",
                 "落实“四下基层”，支委成员每人每年到县（市、区）科协、学会、企业调研不少于2次，形成调研报告；年内为基层解决科技服务难题不少于5件，问题"
                 "办结率达到百分之九十以上。", 6,
                 "调研每少1人次扣0.2分，最高扣1分；未形成调研报告的扣1分；解决难题每少1件扣0.3分，最高扣1.5分；办结率每低10个百分点扣0.5分，最高扣"
                 "1.5分。"),
        )),
        Section("党建业务融合", "四、党建业务融合（20分）", 20, (
            _row("科普服务",
                 "党员带头参加“科技活动周”“全国科普日”活动，年内开展科普进社区、进农村、进学校活动不少于6场；组建党员科技志愿服务队，党员年人均志愿服务时长"
                 "不少于16小时。", 6,
                 "科普活动每少1场扣0.5分，最高扣2分；未组建服务队的扣1分；人均时长每少2小时扣0.2分，最高扣1.5分。"),
            _row("学会党建",
                 "指导市级学会建立党组织或党的工作小组，党的工作覆盖率达到100%；每半年召开一次学会党建工作联席会议；年内指导学会开展党建活动不少于4次。", 5,
                 "覆盖率每低10个百分点扣1分，最高扣2分；联席会议每少1次扣0.5分；指导学会活动每少1次扣0.3分。"),
            _row("品牌创建",
                 "打造“科创先锋”机关党建品牌，年内形成党建与业务融合案例不少于1篇；在市级以上媒体或机关党建平台宣传报道不少于3次。", 4,
                 "未打造品牌的扣1分；未形成案例的扣1分；宣传报道每少1次扣0.5分。"),
            _row("承诺践诺",
                 "党员年初公开承诺，年底开展践诺评议；设立党员示范岗不少于2个。", 5,
                 "未公开承诺的，每人扣0.2分，最高扣1分；年底未开展践诺评议的扣1.5分；示范岗每少1个扣1分。"),
        )),
        Section("述职评议", "五、述职评议（15分）", 15, (
            _row("书记述职",
                 "支部书记年底向市直机关工委述职，接受支部党员和机关干部评议，述职评议满意率不低于百分之九十；述职报告报市直机关工委备案。", 6,
                 "未述职的扣3分；满意率90%以上的得3分，80%（含）—90%的得2分，70%（含）—80%的得1分，70%以下的不得分；述职报告未备案的扣0.5分。"),
            _row("计划总结",
                 "年初制定支部党建工作计划和党建责任清单，年中开展一次自查，年底形成党建工作总结。", 4,
                 "缺计划、责任清单或总结的，每项扣1分；未开展年中自查的扣1分。"),
            _row("满意度测评",
                 "年底由市直机关工委组织机关干部对支部工作开展满意度测评，满意率达到百分之九十。", 5,
                 "满意率每低1个百分点扣0.5分，最高扣5分。"),
        )),
    ),
)

HEADER = ["考核指标", "考核内容", "分值", "评分细则"]
NOTES = (
    "说明：",
    "1.本表由市直机关工委于次年1月中旬组织考核，采取听取汇报、查阅资料、个别谈话、民主测评相结合的方式进行，以2025年1月1日至12月31日形成的资料"
    "为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分细则列明得分档次的，按档次计分；学时以浙江省干部网络学院统计为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为“五星级”党支部评定和支部书记年度考核"
    "的依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：市科协机关党支部    考核时间：2026年1月）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            cells = ((0, row.indicator), (1, row.text), (2, _fmt(row.points)), (3, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
