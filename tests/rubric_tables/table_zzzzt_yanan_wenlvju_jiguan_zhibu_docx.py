"""延安市文化和旅游局机关党委2025年度所属党支部党建工作考核评分表 (.docx), as the 机关党委 of the 延安市文化和旅游局 in 陕西 (its 机关党委办公室 with
the 人事科, the 办公室 and the 机关纪委, a 考核组 sitting with each 支部书记 in the 局 on the 宝塔区 side of the 延河 in the middle of December, when the
tourist coaches to 枣园 and 杨家岭 are few, the 宝塔山 is white with frost and the 《延安保育院》 show rests for the winter) scores the 党支部 of the
局: the 支部 of the 科室 that license the 演出 and the 网吧, that guard the 革命旧址 and the 文物 of the 黄土 hills, that answer the 旅游投诉 of the
summer crowds on the “红色旅游” routes, and the 支部 of the 文化馆 and the 图书馆 the 局 runs: a table whose 指标内容 prints what the 支部 must have
done and whose 评分办法 takes points off one clause at a time, scoring the 年底 满意率 in bands: 政治建设 (the “第一议题”, a monthly 集中学习, a
quarterly 专题研讨 and "5天或40学时"; two 现场教学 at the 革命旧址, one “延安精神进机关” 宣讲 and its 效果; a half-yearly 研判, the 审核 of 演出、展览
and 宣传品 and a 一票否决; the 请示报告 and the 个人有关事项), 组织建设 (the 换届, the 党小组 and the 书记; the “三会一课”, the 书记's 党课, the 局领导's
and the 记录; the 主题党日 on the first 工作日, three 志愿服务型 ones and the 参加率; the 组织生活会, the 谈心谈话, the 征求意见, the 对照检查材料, the
民主评议 and the 整改清单; one 积极分子, the 公示, the 转接, the 信息 准确率 and a 一票否决; 党费 按月, the 核定, a half-yearly 公示, a quarterly 联系
and the 慰问), 作风建设 (the 责任书, a quarterly 警示教育, the 风险点, the 防控台账 and the 措施; the 节前 提醒 and no 处分; one 调研 each, the 报告, the
投诉 按期办结率 and the 12小时 响应; four 帮扶 visits, three 实事 and the 成效) and 融合发展 (the “圣地先锋” 品牌, the 突击队 and 先锋岗, four 稿件
and the 特色; the 报到率, two 志愿服务, the 共建协议 and a half-yearly 共建活动; the 年初 计划, the 年底 总结, the 年底 述职 and the 年底 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：局机关各党支部、市文化馆党支部、市图书馆党支部）" line above one table: 考核指标 | 指标内容 | 分值 |
评分办法. There is NO 序号 column: the items are numbered by position, 1..17. The 考核指标 are MERGED CELLS down the FIRST column, printed WITH an
ordinal and WITH their points on ONE line, "一、政治建设（20分）"; there is no short sub-label. 指标内容 (`Row.text`) says what is required; 分值 is a
plain number BEFORE the 评分办法 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the table; a "说明：" paragraph and three
numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 指标内容 ("每月开展一次", "每季度开展一次", "每年…不少于5天或40学时",
"年内…不少于2次", "每年开展一次", "每半年…一次", "全年", "按期", "3至5人", "7人以上", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，
党课每季度1次", "每年讲党课不少于1次", "每年…不少于1次", "每月第一个工作日", "年内…不少于3次", "不低于百分之九十", "每年召开一次", "年内…不少于1名",
"不少于5个工作日", "100%", "按月", "每年核定一次", "每半年公示一次", "每季度联系一次", "“七一”、春节", "年初", "每季度开展一次", "节假日前", "每人每年…
不少于1次", "12小时内", "百分之百", "年内…不少于4次", "不少于3件", "“五一”“十一”", "年内…不少于4篇", "100%", "每人每年…不少于2次", "每半年开展一次",
"年初", "年底", "年底", "年底", "不低于百分之九十"); "最高扣" caps; bands of the 年底 满意率 (6 of the 14 points), closed by "85%以下的不得分"; "酌情扣
0.5分" once, "酌情扣1分" once, "酌情扣0.5-1分" three times and "酌情扣0.5-1.5分" once; two "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 指标内容, 分值, 评分办法."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzt_yanan_wenlvju_jiguan_zhibu_docx",
    fmt="docx",
    title="延安市文化和旅游局机关党委2025年度所属党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("落实“第一议题”制度，支部每月开展一次集中学习，每季度开展一次专题研讨；党员每年参加集中培训不少于5天或40学时。", 6,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣2分；专题研讨每少1次扣0.5分，最高扣1.5分；培训时间不足的，每人扣0.2分，"
                 "最高扣1.5分。"),
            _row("弘扬延安精神，支部年内组织党员到枣园、杨家岭等革命旧址开展现场教学不少于2次；每年开展一次“延安精神进机关”宣讲。", 4,
                 "现场教学每少1次扣1分；未开展宣讲的扣1.5分；教学效果不明显的，酌情扣0.5分。"),
            _row("落实意识形态工作责任制，每半年分析研判一次意识形态形势；文艺演出、展览展陈、旅游宣传品内容坚持“先审后发”；全年不发生意识形态领域"
                 "问题。", 5,
                 "研判每少1次扣1分；演出、展览、宣传品内容未经审核的，每次扣1分，最高扣2分；发生意识形态问题造成不良影响的，实行一票否决，本项不得分。"),
            _row("严守政治纪律和政治规矩，支部重大事项按规定向机关党委请示报告；党员如实报告个人有关事项。", 5,
                 "重大事项未请示报告的，每次扣1分，最高扣2分；党员个人有关事项漏报、瞒报的，每人扣1.5分，最高扣3分。"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("党支部按期换届，支部委员会由3至5人组成；党员7人以上的支部设立党小组；支部书记由科室（单位）主要负责同志担任。", 3,
                 "未按期换届的扣1.5分；党小组设置不规范的扣0.5分；书记配备不符合要求的扣1分。"),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次，局领导班子成员每年到所在"
                 "支部讲党课不少于1次。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；局领导未到支部讲党课的扣1分；会议记录不规范的，酌情扣0.5-1分。"),
            _row("每月第一个工作日开展主题党日活动；年内结合“红色旅游”“文化惠民”开展志愿服务型主题党日不少于3次；党员参加率不低于百分之九十。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；志愿服务型主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分，最高扣1.5分。"),
            _row("每年召开一次组织生活会，会前开展谈心谈话、征求意见，支委班子和党员个人撰写对照检查材料；会后开展民主评议党员，建立问题整改清单，整改"
                 "情况在党员大会上通报。", 6,
                 "未召开组织生活会的扣2分；谈心谈话、征求意见每缺一项扣0.5分；对照检查材料质量不高的，酌情扣0.5-1分；未开展民主评议党员的扣1.5分；无"
                 "整改清单的扣0.5分；整改情况未通报的扣0.5分。"),
            _row("年内确定入党积极分子不少于1名，注重从业务骨干、青年干部中培养；发展对象公示不少于5个工作日；党员组织关系转接及时，全国党员管理信息"
                 "系统信息准确率达到100%。", 5,
                 "未确定积极分子的扣1分；未公示的扣1分；组织关系转接不及时的，每人扣0.5分，最高扣1分；信息不准确的，每人扣0.2分，最高扣1分；违反程序"
                 "发展党员的，实行一票否决，本项不得分。"),
            _row("党员按月交纳党费，每年核定一次交纳基数，党费收缴情况每半年公示一次；离退休党员每季度联系一次，“七一”、春节走访慰问。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；未核定基数的扣0.5分；公示每少1次扣0.5分；联系每少1次扣0.2分；未走访慰问的扣0.5分。"),
        )),
        Section("作风建设", "三、作风建设（20分）", 20, (
            _row("年初签订党风廉政建设责任书；每季度开展一次警示教育；围绕文物保护资金、文旅项目招投标、演出市场审批等环节排查廉政风险点，建立防控"
                 "台账。", 6,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分，最高扣2分；未排查廉政风险点的扣1分；无防控台账的扣1分；防控措施落实不到位的，酌情扣1分。"),
            _row("严格执行中央八项规定精神，节假日前开展廉洁提醒；党员干部无违纪违法行为。", 4,
                 "节前廉洁提醒每少1次扣0.5分，最高扣1分；党员受到党纪政务处分的，每人扣2分，最高扣3分。"),
            _row("支部党员每人每年围绕红色旅游、文物保护开展调研不少于1次，形成调研报告；旅游投诉12小时内响应，投诉按期办结率达到百分之百。", 5,
                 "调研每少1人扣0.5分，最高扣1.5分；未形成调研报告的扣0.5分；投诉按期办结率每低1个百分点扣0.3分，最高扣2分；投诉响应超时的，每件扣"
                 "0.2分，最高扣1分。"),
            _row("落实“四下基层”，支部年内到结对帮扶村开展帮扶不少于4次；为群众办实事不少于3件。", 5,
                 "帮扶每少1次扣0.5分；办实事每少1件扣0.5分；帮扶成效由考核组综合评定，酌情扣0.5-1分。"),
        )),
        Section("融合发展", "四、融合发展（30分）", 30, (
            _row("打造“圣地先锋”机关党建品牌；在“五一”“十一”红色旅游旺季组建党员突击队，在游客服务中心、旅游投诉窗口设立党员先锋岗；年内在市级以上"
                 "媒体刊发党建宣传稿件不少于4篇。", 8,
                 "未打造品牌的扣2分；未组建突击队或未设立先锋岗的扣1.5分；稿件每少1篇扣0.5分，最高扣2分；品牌特色不鲜明的，酌情扣0.5-1.5分。"),
            _row("在职党员到居住地社区报到率达到100%，每人每年参加社区志愿服务不少于2次；与结对社区党组织签订共建协议，每半年开展一次共建活动。", 8,
                 "未报到的，每人扣0.5分，最高扣2分；志愿服务不足2次的，每人扣0.2分，最高扣2分；未签订共建协议的扣1分；共建活动每少1次扣1分。"),
            _row("年初制定支部工作计划，年底形成工作总结；支部书记年底向机关党委述职；年底由机关党委组织党员和服务对象开展满意度测评，满意率不低于"
                 "百分之九十。", 14,
                 "缺计划或总结的，每项扣2分；未述职的扣4分；满意率95%以上的得6分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。"),
        )),
    ),
)

HEADER = ["考核指标", "指标内容", "分值", "评分办法"]
NOTES = (
    "说明：",
    "1.本表由机关党委于12月中旬组织考核，采取听取汇报、查阅资料、个别谈话、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分办法列明得分档次的，按档次计分；旅游投诉办结率以12345热线和全国旅游监管服务平台数据为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为“模范机关”创建和“四强”党支部评选的依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：局机关各党支部、市文化馆党支部、市图书馆党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.text), (2, _fmt(row.points)), (3, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
