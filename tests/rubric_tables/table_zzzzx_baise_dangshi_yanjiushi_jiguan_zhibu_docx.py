"""中共百色市委党史研究室机关党支部2025年度党建工作考核评分表 (.docx), as the 市直属机关工作委员会 of 广西 百色 (its 组织科 with the 宣传科, the
机关纪工委 and the 室党组's own 办公室, a 考核组 sitting with the 支部书记 in the 室's offices near the 右江 in the middle of December, when the 芒果
orchards of the 右江河谷 are bare, the 百色起义纪念馆 on the 迎龙山 fills with the year's last school parties and the 室 is closing the year's 书稿)
scores the 党支部 of the 市委党史研究室 (the 地方志 office merged into it): a 支部 of twenty-odd 党员 who write the 党史, compile the 志书 and the 年鉴,
collect the 口述史料 of the old 赤卫队 villages, guard the 革命遗址 of the 左右江 and speak in the 党史宣讲团: a table whose 考核要点 prints what the 支部
must have done and whose 计分方法 mixes 得分 and 扣分 (a part "…的得N分", levels graded "好/较好/一般", bands of the 参会率, of the 应知应会 测试 score and
of the 史料 征集, and deductions one clause at a time): 政治建设 (the “第一议题”, a monthly 集中学习, a quarterly 专题研讨 and "5天或40学时"; the 书记 as
第一责任人, a half-yearly 研判, the “三审三校” and a 一票否决; two 现场教学, two 心得 each and the 测试 in bands; the 党史观 and no 政治性差错), 组织建设
(the “三会一课” "共4分", the 书记 and 班子 党课 and the 参会率 in bands; the 主题党日 on the first Friday, the 结合 graded and the 方案、记录、照片; the 组织
生活会, the 征求意见, 谈心谈话 全覆盖 and 对照检查材料, the 民主评议 with its 备案, the 整改台账 and the 销号; 党费 按月, a quarterly 公示, the 转接 and a
quarterly 联系 of the 离退休党员; one 积极分子, the 公示 and the 转正 as parts; a half-yearly 谈心谈话, the “七一” 慰问 and the 看望), 党史业务融合 (the
攻坚项目, two 课题 and the 书稿 graded; twelve 宣讲 and six 文章; five 革命遗址, a quarterly 巡查, the 保护利用台账 and the 史料 in bands; the 志愿服务队,
a monthly 志愿服务, 20小时 in bands, a quarterly 走访 and three 实事; the 品牌, the 案例 and the 共建协议 as parts and a half-yearly 联学联建) and 作风纪律
(the 年初 责任书 as a part, a half-yearly 警示教育, the 节前 提醒 and the “一岗双责” graded; the 公务接待 and no 处分; the 服务 满意率, two 调研 and the
调研报告; the 计划 and 总结 "各得1分", the 述职 as a part and its 评议 graded).

The title (bold, centred) and a centred "（考核单位：百色市直属机关工作委员会）" line above one table: 考核项目 | 考核要点 | 分值 | 计分方法. There is NO
序号: the items are numbered by position 1..19. The 考核项目 are MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH their points on
ONE line, "一、政治建设（20分）"; there is no short sub-label. 考核要点 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 计分方法
(`Row.scoring`); there is no 考核方式 or 佐证 column. A 合计 row of 100 closes the table; a "说明：" paragraph and three numbered lines follow it. Counts
in figures and Chinese numerals, nearly all in the 考核要点 ("每月组织一次", "每季度开展一次", "每人每年…不少于5天或40学时", "每半年…一次", "全年",
"年内…不少于2次", "每人每年…不少于2篇", "80分以上", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课
不少于1次", "不低于百分之九十", "每月第一个星期五", "每年召开一次", "全覆盖", "按月", "每季度…公示一次", "每季度联系一次", "年内…不少于1名", "不少于
5个工作日", "按期", "每半年…不少于1次", "“七一”", "年内…不少于2项", "年度计划", "年内…不少于12场", "不少于6篇", "不少于5处", "每季度开展一次", "年内
…不少于20件", "每月…开展一次", "不少于20小时", "每季度走访一次", "年内…不少于3件", "不少于1篇", "每半年开展一次", "年初", "每半年开展一次", "全年",
"百分之九十五", "年内…不少于2次", "年初", "年底", "年底"); "最高扣" caps; "共4分，每少1次扣0.5分，扣完为止" once; fourteen parts scored on their own
("…的得1分", "…的得2分", "…的得1.5分"); bands of the 参会率 (3 of the 8 points, closed by "90%以下的不得分"), of the 应知应会 测试 score (1.5 of the 5,
closed by "80分以下的不得分"), of the 史料 征集 in 件 (1.5 of the 6, closed by "10件以下的不得分") and of the 人均 志愿服务时长 in 小时 (1.5 of the 6,
closed by "10小时以下的不得分"); four graded levels ("好的得…，较好的得…，一般的不得分" and the like); "酌情扣0.5-1分" once and "酌情扣1-2分" once; two
"本项不得分" and one "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 考核要点, 分值, 计分方法."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzx_baise_dangshi_yanjiushi_jiguan_zhibu_docx",
    fmt="docx",
    title="中共百色市委党史研究室机关党支部2025年度党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("落实“第一议题”制度，支部每月组织一次集中学习，每季度开展一次专题研讨；党员每人每年参加学习培训不少于5天或40学时。", 6,
                 "“第一议题”制度落实到位的得1分；集中学习每少1次扣0.3分，最高扣2分；专题研讨每少1次扣0.5分，最高扣1.5分；学时不足的，每人扣0.3分，"
                 "最高扣1.5分。"),
            _row("支部书记履行意识形态工作第一责任人职责；每半年专题分析研判一次意识形态形势；党史研究成果、宣传文稿和网站、公众号信息发布执行"
                 "“三审三校”制度；全年不发生意识形态领域问题。", 5,
                 "书记履行第一责任人职责的得1分；研判每少1次扣1分，最高扣2分；“三审三校”执行到位的得2分，有未经审核发布信息的不得分；发生意识形态问题"
                 "造成不良影响的，实行一票否决，本项不得分。"),
            _row("组织党员开展“四史”专题学习，年内到百色起义纪念馆、右江革命纪念馆等红色教育基地开展现场教学不少于2次；党员每人每年撰写学习心得不少于"
                 "2篇；党员党史应知应会知识测试平均成绩达到80分以上。", 5,
                 "现场教学每少1次扣1分；学习心得不足2篇的，每人扣0.3分，最高扣1.5分；测试平均成绩90分以上的得1.5分，80（含）—90分的得1分，80分以下的"
                 "不得分。"),
            _row("坚持正确党史观，旗帜鲜明反对历史虚无主义；党史研究成果和编纂出版物不出现政治性差错。", 4,
                 "出版物出现一般性表述差错的，每处扣0.5分，最高扣2分；出现政治性差错的，本项不得分；对历史虚无主义错误观点未及时开展批驳的，酌情扣1-2分。"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记、室领导班子成员每年讲党课不少于1次；党员"
                 "参会率不低于百分之九十。", 8,
                 "“三会一课”共4分，每少1次扣0.5分，扣完为止；书记和班子成员讲党课每少1人扣0.5分，最高扣1分；参会率95%以上的得3分，90%（含）—95%的得"
                 "2分，90%以下的不得分。"),
            _row("每月第一个星期五开展主题党日，结合党史研究工作开展“重温入党誓词”“口述历史采访”等活动；活动有方案、有记录、有照片。", 5,
                 "主题党日每少1次扣0.3分，最高扣3分；活动与党史工作结合紧密的得1分，结合一般的得0.5分；缺方案、记录或照片的，每次扣0.2分，最高扣1分。"),
            _row("每年召开一次组织生活会，会前广泛征求意见，支委之间、支委与党员之间谈心谈话全覆盖，党员撰写对照检查材料；会后开展民主评议党员，评议"
                 "结果报市直机关工委备案；查摆问题建立整改台账，按期整改销号。", 6,
                 "按期召开组织生活会的得2分，未召开的不得分；征求意见、谈心谈话、对照检查材料每缺一项扣0.5分，最高扣1.5分；开展民主评议党员的得1.5分，"
                 "评议结果未备案的扣0.5分；无整改台账的扣0.5分；未按期销号的，每项扣0.2分，最高扣0.5分。"),
            _row("党员按月交纳党费，党费收缴情况每季度在支部公开栏公示一次；党员组织关系转接及时，党籍管理规范；离退休党员纳入支部管理，每季度联系一次。",
                 5,
                 "未按月交纳的，每人次扣0.2分，最高扣2分；党费公示每少1次扣0.25分；组织关系转接不及时的，每人扣0.5分，最高扣1分；离退休党员联系每少1次"
                 "扣0.25分，最高扣1分。"),
            _row("年内培养入党积极分子不少于1名，注重从青年业务骨干中发展党员；发展对象公示不少于5个工作日；预备党员按期转正。", 3,
                 "培养积极分子的得1分；发展对象按规定公示的得1分；预备党员按期讨论转正的得1分；违反程序发展党员的，本项不得分。"),
            _row("支部书记与支委、支委与党员每半年谈心谈话不少于1次；“七一”走访慰问离退休老党员和生活困难党员；党员生病住院、家庭发生重大变故的及时"
                 "看望。", 3,
                 "谈心谈话每少1人次扣0.1分，最高扣1分；开展“七一”慰问的得1分；看望不及时的，酌情扣0.5-1分。"),
        )),
        Section("党史业务融合", "三、党史业务融合（30分）", 30, (
            _row("支部围绕室重点工作设立党员攻坚项目；年内完成党史研究、地方志编纂重点课题不少于2项；《百色市地方史》等重点书稿按年度计划推进。", 8,
                 "未设立党员攻坚项目的扣1分；重点课题每少完成1项扣2分；书稿推进情况由考核组评定，按计划推进的得3分，基本按计划推进的得1.5分，进度明显"
                 "滞后的不得分。"),
            _row("深化“红色百色”党史宣传，年内组织党员宣讲团深入机关、学校、村（社区）开展党史宣讲不少于12场；在市级以上媒体发表党史宣传文章不少于"
                 "6篇。", 6,
                 "宣讲每少1场扣0.3分，最高扣3分；宣传文章每少1篇扣0.5分，最高扣3分。"),
            _row("支部党员结对联系革命遗址不少于5处，每季度开展一次革命遗址巡查，建立革命遗址保护利用台账；年内征集党史资料、口述史料不少于20件。", 6,
                 "结对革命遗址每少1处扣0.3分；巡查每少1次扣0.5分，最高扣2分；无保护利用台账的扣1分；史料征集20件以上的得1.5分，10件（含）—20件的得1分，"
                 "10件以下的不得分。"),
            _row("组建党员志愿服务队，每月到结对社区开展一次志愿服务；党员年人均志愿服务时长不少于20小时；党员每季度走访一次结对帮扶村，年内为群众办实事"
                 "不少于3件。", 6,
                 "志愿服务每少1次扣0.2分，最高扣2分；人均时长20小时以上的得1.5分，10小时（含）—20小时的得0.5分，10小时以下的不得分；走访每少1次扣0.5分，"
                 "最高扣1.5分；办实事每少1件扣0.5分。"),
            _row("打造“右江红史”机关党建品牌；形成党建与业务融合典型案例不少于1篇；与百色起义纪念馆党支部签订共建协议，每半年开展一次联学联建活动。", 4,
                 "打造品牌的得1分；形成典型案例的得1分；签订共建协议的得1分；联学联建每少1次扣0.5分。"),
        )),
        Section("作风纪律", "四、作风纪律（20分）", 20, (
            _row("年初与室党组签订党风廉政建设责任书，支部书记落实“一岗双责”；每半年开展一次廉政警示教育；元旦、春节等节假日前开展廉洁提醒。", 6,
                 "签订责任书的得1分；警示教育每少1次扣1分；节前未开展廉洁提醒的，每次扣0.5分，最高扣1分；“一岗双责”落实情况由考核组评定，好的得2分，"
                 "较好的得1分，一般的不得分。"),
            _row("严格执行中央八项规定精神，外出调研、查阅档案严格执行公务接待和差旅费管理规定；党员全年无违纪违法行为。", 4,
                 "违反公务接待、差旅费管理规定的，每次扣1分；党员受到党纪政务处分的，本项不得分。"),
            _row("提供党史资料查阅、志书借阅服务，服务对象满意率达到百分之九十五；年内开展“走基层、访老区”调研不少于2次，形成调研报告。", 4,
                 "满意率每低1个百分点扣0.2分，最高扣2分；调研每少1次扣0.5分；未形成调研报告的扣1分。"),
            _row("年初制定支部党建工作计划，年底形成工作总结；支部书记年底向室党组和市直机关工委述职，接受述职评议。", 6,
                 "有计划、有总结的各得1分；述职的得2分；述职评议为“好”的得2分，“较好”的得1分，“一般”及以下的不得分。"),
        )),
    ),
)

HEADER = ["考核项目", "考核要点", "分值", "计分方法"]
NOTES = (
    "说明：",
    "1.本表由市直机关工委于12月中旬组织考核，采取听取汇报、查阅资料、个别谈话、知识测试、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成"
    "的资料为准。",
    "2.计分方法列明得分的，符合要求得相应分值；列明扣分的，各项扣分以该项分值为限，扣完为止；列明得分档次或等次的，按档次、等次计分。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为“模范机关”创建和“五星级党支部”评定的"
    "依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核单位：百色市直属机关工作委员会）")
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
