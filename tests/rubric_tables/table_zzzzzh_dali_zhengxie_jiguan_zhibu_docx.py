"""州政协机关党委2025年度机关党支部工作考核评分表 (.docx), as the 机关党委 of the 政协 of 大理白族自治州 in 云南 (its 机关党委办公室 with the 秘书长办公会,
the 人事处 and the 机关纪委, a 考核组 that sits with each 支部 in the 政协 building at the foot of the 苍山 in the last week of December, when the 洱海 is
still and blue below 下关's wind, the 委员 have gone home from the autumn 视察, the 提案 of the year are being 办复 and filed, the 白族 三道茶 is served to
the 界别 groups and the 州政协 is getting ready for its 全会 in January) scores the 党支部 of a 政协 机关: the 支部 of the 办公室 and the 研究室, the 支部
of the 提案委 and the 社会法制民族宗教委 whose 干部 go out with the 委员, the 支部 of the 文史 and 学习委: a table of 考核指标 whose 考核要点 prints what the
支部 must have done and whose 计分办法 mixes 得分 and 扣分 ("…的得N分", "每开展1次得0.5分，最高得2分", "…每少1次扣N分", levels the 考核组 grades and
bands): 政治建设 (the “第一议题”, a monthly 集中学习, 32学时 and a quarterly 专题研讨; a half-yearly 专题研究, the “三审三校” and the 言论; the 年初 责任书,
the 承诺书, a quarterly 警示教育 and a "本项不得分"; three 委员 each, a half-yearly 走访 and the graded 成效), 组织建设 (the 3至5名, the 换届 scored on its
own, the 处级 书记 and the 公布 of the 分工; the “三会一课”, the 书记's 党课 scored on its own, the 领导干部's 党课 and the 参会率 in bands; the 主题党日 on
the first Friday with 签到、记录 and one 现场教学 scored on its own; the 组织生活会, the 谈心谈话、征求意见, the 对照检查材料, the 民主评议 and the 整改清单,
each scored on its own; 党费 按月 with a half-yearly 公示, the 积分 and a quarterly 通报, the 转接 and the 系统; one 积极分子 or 发展对象 scored on its own,
the 公示 and a 一票否决), 履职服务 (two 先锋岗, the 调研报告 and the graded 成效; two 重点提案 督办 and the 办复率; the 报到率 scored on its own, two 志愿
服务, the 共建协议 and a half-yearly 共建活动; two 民族团结 活动 and the 结对交友; the 年初 承诺, the 年底 述诺评诺 and the 完成率 in bands) and 基础保障 (the
年底 述职 and its 满意率 in bands; the 年初 计划, the 半年 小结 and the 年底 总结; the 活动室, the 台账 and the 年底 归档; four 信息 and the graded 品牌).

The title (bold, centred) and a centred "（考核对象：州政协机关各党支部）" line above one table: 序号 | 考核指标 | 考核要点 | 分值 | 计分办法. Each category
is a SECTION ROW merged across the table, printed WITH an ordinal and WITH its points on one line, "一、政治建设（20分）"; 序号 (FIRST column) runs 1..19
through the table, NOT restarting under the section rows. 考核指标 (SECOND column) is a short name on every row (`Row.indicator`); 考核要点 (`Row.text`)
says what is required; 分值 is a plain number BEFORE the 计分办法 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the table;
a "备注：" paragraph with three numbered lines follows it. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月至少开展1次", "每人每年…
不少于32学时", "每季度…开展一次", "每半年专题研究一次", "年初", "每季度开展一次", "全年", "不少于3名", "每半年走访联系一次", "3至5名", "按期", "支部委员会每月
召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于1次", "每年…不少于1次", "不低于百分之九十", "每月第一个星期五", "年内…
不少于1次", "每年召开一次", "年底前", "按月", "每半年公示一次", "每季度通报一次", "年内…不少于1名", "不少于5个工作日", "不少于2个", "年内…不少于1篇", "年内…
不少于2件", "100%", "100%", "每人每年…不少于2次", "每半年开展一次", "年内…不少于2次", "每人不少于1户", "年初", "年底", "百分之九十以上", "年底", "百分之
九十", "年初", "年中", "年底", "年底", "年内…不少于4篇"); "最高扣" caps; bands of the 参会率 (3 of the 8 points, closed by "85%以下的不得分"), of the 承诺
完成率 (3 of the 5, closed by "90%以下的不得分") and of the 述职评议 满意率 (3 of the 6, closed by "85%以下的不得分"); the 联系委员 成效 graded "好的得2分，
较好的得1分，一般的不得分", the 履职 成效 graded the same way and the 品牌 graded "好的得3分，较好的得2分，一般的得1分"; "每开展1次得0.5分，最高得2分" once;
parts scored on their own ("…的得1分", "按期换届的得2分，未按期换届的不得分") fourteen times; "每低1个百分点" once; "酌情扣0.5-1分" twice; one "实行一票
否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 考核指标, 考核要点, 分值, 计分办法."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzzh_dali_zhengxie_jiguan_zhibu_docx",
    fmt="docx",
    title="州政协机关党委2025年度机关党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月至少开展1次集中学习；党员每人每年参加集中学习培训不少于32学时；每季度围绕加强和改进人民政协工作开展一次"
                 "专题研讨。", 6,
                 "落实“第一议题”制度的得1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1分；专题研讨每开展1次得0.5分，最高得"
                 "2分。"),
            _row("意识形态",
                 "支部每半年专题研究一次意识形态工作；政协门户网站、“大理政协”微信公众号发布信息落实“三审三校”；党员网络言行规范。", 5,
                 "专题研究每少1次扣1分；信息审核把关不严出现差错的，每次扣0.5分，最高扣1.5分；党员发表不当言论的，本项不得分。"),
            _row("党风廉政",
                 "支部书记年初与机关党委签订党风廉政建设责任书，党员签订廉洁自律承诺书；每季度开展一次警示教育；党员全年无违纪违法问题。", 5,
                 "未签订责任书的扣1分；承诺书每缺1份扣0.1分，最高扣0.5分；警示教育每少1次扣0.5分；党员违反中央八项规定精神受到处理的，每人扣2分；受到"
                 "党纪政务处分的，本项不得分。"),
            _row("联系委员",
                 "机关党员干部每人联系政协委员不少于3名，每半年走访联系一次，及时收集反映委员意见建议。", 4,
                 "联系委员未落实的，每人扣0.2分，最高扣1分；走访联系每少1次扣0.5分，最高扣1分；联系服务委员成效由考核组评定，好的得2分，较好的得1分，"
                 "一般的不得分。"),
        )),
        Section("组织建设", "二、组织建设（35分）", 35, (
            _row("支部班子",
                 "支部委员会由3至5名委员组成，任期届满按期换届；支部书记由处级党员领导干部担任；支委分工明确并在机关党务公开栏公布。", 5,
                 "按期换届的得2分，未按期换届的不得分；支委配备不齐的扣1分；书记未由处级党员领导干部担任的扣1分；分工未公布的扣0.5分。"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次，政协党员领导干部每年到"
                 "所在支部讲党课不少于1次；党员参会率不低于百分之九十。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣3分；支部书记讲党课的得1分；党员领导干部讲党课每少1人次扣0.5分，最高扣1分；参会率95%以上的得3分，"
                 "90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。"),
            _row("主题党日",
                 "每月第一个星期五开展主题党日活动，结合政协协商议政、视察调研确定主题，活动有签到、有记录；年内组织党员到红色教育基地开展现场教学不少于"
                 "1次。", 5,
                 "主题党日每少1次扣0.3分，最高扣3分；签到、记录不全的，每次扣0.1分，最高扣1分；开展现场教学的得1分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话、征求意见，支委成员撰写对照检查材料；会后开展民主评议党员；查摆问题建立整改清单，年底前整改"
                 "销号。", 6,
                 "召开组织生活会的得2分；开展谈心谈话、征求意见的得1分；对照检查材料每缺1份扣0.2分，最高扣1分；开展民主评议党员的得1分；整改事项未销号"
                 "的，每项扣0.2分，最高扣1分。"),
            _row("党员管理",
                 "党员按月交纳党费，党费收缴情况每半年公示一次；实行机关党员积分管理，积分每季度通报一次；党员组织关系转接及时，全国党员管理信息系统信息"
                 "准确。", 6,
                 "未按月交纳的，每人次扣0.2分，最高扣1.5分；公示每少1次扣0.5分；积分通报每少1次扣0.3分，最高扣1.2分；系统信息差错的，每人扣0.1分，最高"
                 "扣1分。"),
            _row("发展党员",
                 "注重在青年干部中培养入党积极分子，年内确定入党积极分子或发展对象不少于1名；严格执行发展党员程序，发展对象公示不少于5个工作日。", 5,
                 "确定入党积极分子或发展对象的得2分；发展对象未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。"),
        )),
        Section("履职服务", "三、履职服务（25分）", 25, (
            _row("服务中心",
                 "支部结合处室职责服务政协协商议政、民主监督工作，设立党员先锋岗不少于2个；年内围绕全州中心工作开展调查研究，形成调研报告不少于1篇。", 6,
                 "先锋岗每少1个扣1分；形成调研报告的得2分；服务履职成效由考核组评定，好的得2分，较好的得1分，一般的不得分。"),
            _row("提案督办",
                 "协助做好政协提案办理督办工作，年内牵头或参与重点提案督办不少于2件；提案办复率达到100%。", 5,
                 "重点提案督办每少1件扣1分；办复率每低1个百分点扣0.5分，最高扣2分。"),
            _row("报到共建",
                 "在职党员到居住地社区报到率达到100%，每人每年参加社区志愿服务不少于2次；支部与挂钩帮扶村党支部签订结对共建协议，每半年开展一次共建"
                 "活动。", 5,
                 "报到率达到100%的得1分；在职党员志愿服务不足2次的，每人扣0.1分，最高扣1.5分；签订结对共建协议的得1分；共建活动每少1次扣0.8分。"),
            _row("民族团结",
                 "深化民族团结进步示范创建，年内开展民族团结进步主题活动不少于2次；党员干部与少数民族群众结对交友，每人不少于1户。", 4,
                 "主题活动每少1次扣1分；结对交友未落实的，每人扣0.2分，最高扣1分；创建工作流于形式的，酌情扣0.5-1分。"),
            _row("承诺践诺",
                 "年初党员结合岗位职责作出公开承诺，年底开展述诺评诺，承诺事项完成率达到百分之九十以上。", 5,
                 "年初作出公开承诺的得1分；年底开展述诺评诺的得1分；完成率95%以上的得3分，90%（含）—95%的得2分，90%以下的不得分。"),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            _row("述职评议",
                 "支部书记年底向机关党委述职，接受党员评议，评议满意率达到百分之九十。", 6,
                 "未述职的扣3分；满意率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。"),
            _row("计划总结",
                 "年初制定支部工作计划，年中报送半年工作小结，年底报送工作总结。", 4,
                 "缺计划、小结或总结的，每项扣1分；逾期报送的，每次扣0.2分，最高扣1分。"),
            _row("阵地台账",
                 "党员活动室做到有标识、有党旗、有制度；“三会一课”记录本、学习记录、党费收缴台账等基础台账规范完整，年底装订归档。", 5,
                 "活动室设置规范的得1分；基础台账每缺一种扣0.5分，最高扣2分；年底未归档的扣1分；台账记录不规范的，酌情扣0.5-1分。"),
            _row("宣传品牌",
                 "年内在政协门户网站、“大理政协”微信公众号刊发支部党建信息不少于4篇；结合政协文化建设打造“一支部一品牌”。", 5,
                 "信息每少1篇扣0.5分，最高扣2分；品牌创建成效由考核组评定，好的得3分，较好的得2分，一般的得1分。"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核要点", "分值", "计分办法"]
NOTES = (
    "备注：",
    "1.本表由机关党委于12月下旬组织考核，机关党委委员、机关纪委委员参加，采取听取汇报、查阅资料、个别谈话、民主测评相结合的方式进行，以2025年1月1日"
    "至考核之日形成的资料为准。",
    "2.计分办法列明“得分”的，按完成情况计分；列明“扣分”的，在该项分值内扣减，扣完为止；列明等次或档次的，按等次、档次计分。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；考核结果作为评选机关“先进党支部”和支部书记年度考核的重要"
    "依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：州政协机关各党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
