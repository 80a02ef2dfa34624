"""池州市数据资源管理局机关党支部2025年度党建工作考核评分表 (.docx), as the 市直机关工委 of 安徽 池州 scores the 机关党支部 of the 市数据资源管理局
(its 组织科 with the 宣传科, the 机关纪工委 and the 市效能办, a 考核组 coming to the 局 in the first half of December, when the 平天湖 is grey and the
九华山 road is quiet): the 支部 of a young 机关 that runs the 政务数据共享 platform, the “皖事通” 池州 分厅 and the 12345 热线 工单 that reach it, the
“城市大脑” and the 数据归集 of every 部门, the 数据安全 of the city, the 结对 村 in 青阳 hills: a table whose 工作内容 (the five parts of the 支部's work) are merged
down the second column, whose 工作标准 prints what the 支部 must have done and whose 评分办法 takes points off one clause at a time, scoring the 年底
满意率 in bands: 政治建设 (the “第一议题”, a monthly 集中学习, a quarterly 专题研讨, 32学时 and the “学习强国”; a half-yearly 研判, the “三审
三校”, the 数据安全 责任 and no 泄露; the 书记's 党课, the 党组成员's and the “七一” 政治生日; a quarterly 报告 and the 重大事项 请示), 组织建设 (the 换届,
the 委员 and the “双带头人”; the “三会一课”, the 签到、照片 and the 记录; the 主题党日 on the first Friday, three 实践活动 and the 参加率; the 组织生活会,
the 谈心谈话, the 征求意见, the 对照检查材料 and the 整改清单; the 民主评议, the 测评表, the 优秀 比例 and the 备案; one 积极分子, the 公示, the 档案 and
a 一票否决; 党费 按月, the 核定 and a half-yearly 公示), 作风建设 (the 年初 责任书, a quarterly 警示教育, the 廉政风险点 and the 措施; the 节前 提醒 and no
处分; the 共享 办结率, the 热线 工单 and no 通报; one 调研 each with its 报告 and three 实事), 融合发展 (the “数聚先锋” 品牌, the 先锋岗 and 突击队 and
their 作用; the 共建协议, a quarterly 共建活动, the 报到 and two 志愿服务) and 基础保障 (the 年初 计划, the 7月 小结, the 年底 总结 and the 年底 述职; the
活动室, its 制度 and 标识 and six 信息; the 年底 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：市数据资源管理局机关党支部）" line above one table: 序号 | 工作内容 | 工作标准 | 分值 | 评分办法.
序号 (FIRST column) RESTARTS at 1 under every 工作内容 (ids "1.1" … "5.3"). The 工作内容 are MERGED CELLS down the SECOND column, printed WITHOUT an
ordinal and WITH their points on a SECOND line, "政治建设\\n（20分）"; there is no short sub-label. 工作标准 (`Row.text`) says what is required; 分值
is a plain number BEFORE the 评分办法 (`Row.scoring`). A 合计 row of 100 closes the table; a "备注：" paragraph and three
numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 工作标准 ("每月组织一次", "每季度开展一次", "每人每年…不少于32学时",
"每半年…一次", "每年讲党课不少于1次", "每年…不少于1次", "“七一”前后…一次", "每季度…报告一次", "按期", "3至5人", "百分之百", "支部委员会每月召开1次，
党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月第一个星期五", "年内不少于3次", "不低于百分之九十", "每年召开一次", "每年开展一次",
"不超过百分之三十", "年内…不少于1名", "不少于5个工作日", "按月", "每年核定一次", "每半年公示一次", "年初", "每季度开展一次", "节假日前", "百分之九十八",
"100%", "每人每年…不少于1次", "年内…不少于3件", "每季度开展一次", "100%", "每人每年…不少于2次", "年初", "7月上旬", "年底", "年底", "年内…不少于6篇",
"年底", "不低于百分之九十"); "最高扣" caps; bands of the 年底 满意率 (all 5 points, closed by "85%以下的不得分"); "酌情扣0.5-1分" once, "酌情扣1-2分"
twice and "酌情扣0.5分" twice; one "实行一票否决，本项不得分"; one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 工作标准, 分值, 评分办法."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzr_chizhou_shujuju_jiguan_zhibu_docx",
    fmt="docx",
    title="池州市数据资源管理局机关党支部2025年度党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "政治建设\n（20分）", 20, (
            _row("落实“第一议题”制度，支部每月组织一次集中学习，每季度开展一次专题研讨；党员每人每年参加学习培训不少于32学时，“学习强国”学习保持"
                 "常态。", 6,
                 "集中学习每少1次扣0.3分，最高扣2分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣2分；“学习强国”学习不经常的，酌情扣"
                 "0.5分。"),
            _row("每半年分析研判一次意识形态形势；局门户网站、政务新媒体信息发布严格执行“三审三校”；数据安全和网络安全责任落实到人。", 5,
                 "研判每少1次扣1分；信息发布未经审核的，每次扣0.5分，最高扣1.5分；数据安全责任未落实到人的扣1分；发生数据泄露、网络安全事件的，本项"
                 "不得分。"),
            _row("支部书记每年讲党课不少于1次，局党组成员每年到所在支部讲党课不少于1次；“七一”前后为党员过一次政治生日。", 4,
                 "书记未讲党课的扣1.5分；党组成员未讲党课的，每人扣0.5分，最高扣1分；未开展政治生日活动的扣0.5分。"),
            _row("支部每季度向机关党委报告一次工作情况；涉及党员队伍的重大事项及时请示报告。", 5,
                 "报告每少1次扣0.5分；重大事项未请示报告的，每次扣1分。"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            _row("支部委员会按期换届，委员3至5人、分工明确；支部书记由局班子成员或科室主要负责同志担任，“双带头人”比例达到百分之百。", 4,
                 "未按期换届的扣2分；委员分工不明确的扣0.5分；书记不是“双带头人”的扣1分。"),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议有签到、有照片，记录规范。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣4分；无签到或照片的，每次扣0.1分，最高扣1分；记录不规范的，酌情扣0.5-1分。"),
            _row("每月第一个星期五开展主题党日，结合“数字池州”建设开展“数据赋能·党员先行”实践活动，年内不少于3次；党员参加率不低于百分之九十。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；实践活动每少1次扣0.5分；参加率每低5个百分点扣0.5分，最高扣1分。"),
            _row("每年召开一次组织生活会，会前开展谈心谈话、征求意见，对照检查材料由支部书记审阅把关；会后制定整改清单。", 5,
                 "未召开组织生活会的扣2分；谈心谈话、征求意见每缺一项扣0.5分；对照检查材料未经审阅或质量不高的，酌情扣0.5分；无整改清单的扣0.5分。"),
            _row("每年开展一次民主评议党员，党员填写民主评议测评表，评定为优秀等次的比例不超过百分之三十；评议结果报机关党委备案。", 4,
                 "未开展民主评议党员的扣2分；测评表不全的扣0.5分；优秀等次比例超过30%的扣0.5分；评议结果未备案的扣0.5分。"),
            _row("年内培养入党积极分子不少于1名，重点从年轻干部和专业技术人员中培养；发展对象公示不少于5个工作日；发展党员档案一人一档。", 4,
                 "未培养积极分子的扣1分；未公示的扣1分；档案不规范的扣0.5分；违反程序发展党员的，实行一票否决，本项不得分。"),
            _row("党员按月足额交纳党费，每年核定一次交纳基数；党费收缴情况每半年公示一次。", 2,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；未核定基数的扣0.5分；公示每少1次扣0.5分。"),
        )),
        Section("作风建设", "作风建设\n（20分）", 20, (
            _row("年初签订党风廉政建设责任书；每季度开展一次廉政警示教育；围绕政务数据采购、信息化项目建设等环节排查廉政风险点，制定防控措施。", 6,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分，最高扣2分；未排查廉政风险点的扣1分；防控措施不落实的，酌情扣1-2分。"),
            _row("严格落实中央八项规定精神，节假日前开展廉洁提醒；党员干部无违纪违法行为。", 5,
                 "节前廉洁提醒每少1次扣0.5分，最高扣1分；党员受到党纪政务处分的，每人扣2.5分，最高扣4分。"),
            _row("深化“高效办成一件事”改革，政务数据共享申请按时办结率达到百分之九十八；12345热线转办本局的工单按期办结率100%。", 5,
                 "共享申请办结率每低1个百分点扣0.5分，最高扣2分；热线工单超期的，每件扣0.2分，最高扣2分；被市效能办通报批评的，每次扣1分。"),
            _row("支委每人每年开展调查研究不少于1次，形成调研报告；年内为企业群众办实事不少于3件。", 4,
                 "调研每少1人扣0.5分；未形成调研报告的扣0.5分；办实事每少1件扣0.5分。"),
        )),
        Section("融合发展", "融合发展\n（15分）", 15, (
            _row("打造“数聚先锋”机关党建品牌，在数据归集、“城市大脑”建设等重点任务中设立党员先锋岗、组建党员突击队，发挥党员先锋作用。", 7,
                 "未打造党建品牌的扣2分；未设立先锋岗或突击队的扣1.5分；作用发挥不明显的，酌情扣1-2分。"),
            _row("与结对帮扶村党组织签订共建协议，每季度开展一次共建活动；在职党员到社区报到率100%，每人每年参加社区志愿服务不少于2次。", 8,
                 "未签订共建协议的扣1分；共建活动每少1次扣0.5分，最高扣2分；未到社区报到的，每人扣0.5分，最高扣2分；志愿服务不足2次的，每人扣0.2分，"
                 "最高扣2分。"),
        )),
        Section("基础保障", "基础保障\n（15分）", 15, (
            _row("年初制定支部工作计划，7月上旬报送半年工作小结，年底形成年度工作总结；支部书记年底向机关党委述职。", 5,
                 "缺计划、半年小结或总结的，每项扣1分；未述职的扣2分。"),
            _row("建设党员活动室，有制度、有标识；年内在市级以上媒体、“池州机关党建”公众号刊发党建信息不少于6篇。", 5,
                 "无党员活动室的扣1分；制度、标识每缺一项扣0.5分；信息每少1篇扣0.3分，最高扣2分。"),
            _row("年底由机关党委组织党员、干部职工和服务对象代表对支部工作开展满意度测评，满意率不低于百分之九十。", 5,
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。"),
        )),
    ),
)

HEADER = ["序号", "工作内容", "工作标准", "分值", "评分办法"]
NOTES = (
    "备注：",
    "1.本表由市直机关工委于12月上旬组织考核，采取听取汇报、查阅资料、个别谈话、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；共享申请办结率以市政务数据共享交换平台统计为准，热线工单以市12345热线系统为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为评选“模范机关”和“五星党支部”的依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：市数据资源管理局机关党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            cells = ((0, str(i)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
