"""永昌街道党工委2025年度社区党组织书记抓基层党建工作述职评议评分表 (.docx), as the 党工委 of 永昌街道 in 隆阳区 of 保山 in 云南 (its 党建办
with the 社区治理办, the 综治中心 and the 街道纪工委, and an 评议组 of 党工委 班子成员, 党代表, 居民代表 and 辖区单位代表 sitting in the 街道 会议室
in early January, when the 高黎贡山 is white in the west, the 咖啡 of the 潞江坝 is being dried in the yards, the old 永昌府 lanes are hung with red for
the 春节 and the 社区 书记 come one by one to the 述职评议会 with their 述职报告 in hand) scores the 书记 of each 社区党组织 of the 街道 on the year's
work of his or her 党组织: a table whose 评议要点 prints what the 书记 and the 社区党组织 must have done, whose 评分标准 takes points off one clause at
a time (scoring the 参会率 in bands, the 现场测评 “好”等次比例 in bands and the 年底 满意率 by the 百分点) and whose 评议内容 are the merged
categories: 履行主体责任 (the 年初 责任清单 and 计划, the 备案, the 年底 述职报告 and the 现场述职; a quarterly 专题研究, the 书记's two 党课 and the
“第一议题”; the 整改清单 of last year's 问题, the 整改完成率 and the 通报), 抓组织建设 (the “三会一课”, the 参会率 in bands and the 记录; the 主题党日
on a fixed day with 方案、签到、照片 and four 主题实践活动; the 组织生活会, the 谈心谈话, the 对照检查材料, the 民主评议 with its 测评表 and the 公布;
党费 按月 with a half-yearly 公示, one 发展, the 公示 and a 一票否决; the 网格党支部 覆盖率, the 35周岁以下 成员, two 后备力量 and the 团结), 抓党员队伍
(the 年初 承诺, its 公示, a yearly 践诺检查 and the 年底 评诺; the 报到率, four 志愿服务 of the 在职党员 and the 年底 反馈; a quarterly 联系 of the
流动党员, a half-yearly 送学 and the “七一”、春节 慰问; a half-yearly 谈心谈话 of the 书记 with each 班子成员 and its 记录), 抓治理服务 (three 共建单位,
the 共建协议, a quarterly 共建活动 and five 认领项目; the 开放, a monthly “居民议事会”, the 公开 and the 办结率; twenty 走访 a month, the 民情台账 and a
"本项不得分") and 评议测评 (the 现场测评 “好”等次比例 in bands; the 年底 满意率).

The title (bold, centred), a centred "（评议对象：永昌街道各社区党组织书记）" line and a "社区：    书记：    评议日期：" line above one table: 序号 |
评议内容 | 评议要点 | 分值 | 评分标准. 序号 (FIRST column) runs 1..17 through the table. The 评议内容 are MERGED CELLS down the SECOND column, printed
WITHOUT an ordinal and WITH their points on a second line, "履行主体责任\\n（15分）"; there is no short sub-label. 评议要点 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the table; a "说明："
paragraph with three numbered lines and a signature line follow it. Counts in figures and Chinese numerals, nearly all in the 评议要点 ("年初", "年底",
"每季度至少…一次", "每年…不少于2次", "100%", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之八十五",
"每月固定日期", "全年…不少于4次", "每年召开一次", "按月", "每半年公示一次", "年内…不少于1名", "不少于5个工作日", "100%", "35周岁以下的不少于1名",
"不少于2名", "年初", "年中…一次", "年底", "100%", "每人每年…不少于4次", "年底", "每季度至少联系一次", "每半年…一次", "“七一”、春节", "每半年…一次",
"不少于3家", "每季度至少…一次", "不少于5个", "每周开放不少于6天", "每月召开一次", "百分之九十五以上", "每月…不少于20户", "全年", "百分之七十以上",
"年底", "不低于百分之九十"); "最高扣" caps; bands of the 参会率 (2 of the 7 points, closed by "75%以下的不得分") and of the 现场测评 “好”等次比例 (all
10, closed by "50%以下的不得分"); "每低10个百分点" once, "每低5个百分点" once and "每低1个百分点" twice; "酌情扣0.5-1分" five times and "酌情扣1-2分"
once; one "一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 评议要点, 分值, 评分标准."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzm_baoshan_yongchang_jiedao_shuji_shuzhi_pingyi_docx",
    fmt="docx",
    title="永昌街道党工委2025年度社区党组织书记抓基层党建工作述职评议评分表",
    numbering="printed",
    sections=(
        Section("履行主体责任", "履行主体责任\n（15分）", 15, (
            _row("年初制定抓基层党建工作责任清单和年度工作计划，报街道党工委备案；年底形成书面述职报告，在述职评议会上现场述职。", 5,
                 "无责任清单或工作计划的，每项扣1分；未报街道党工委备案的扣0.5分；未按时提交述职报告或未现场述职的扣2分；述职报告内容空泛、问题查摆"
                 "不深的，酌情扣0.5-1分。"),
            _row("社区党组织每季度至少召开一次委员会会议专题研究党建工作；书记每年为党员讲党课不少于2次，带头落实“第一议题”制度。", 5,
                 "专题研究每少1次扣0.5分，最高扣2分；书记讲党课每少1次扣1分；未落实“第一议题”制度的扣1分。"),
            _row("针对上年度述职评议指出的问题建立整改清单，明确整改措施和时限，整改完成率100%；整改情况在党员大会上通报。", 5,
                 "无整改清单的扣2分；整改完成率每低10个百分点扣0.5分，最高扣2分；整改情况未通报的扣1分。"),
        )),
        Section("抓组织建设", "抓组织建设\n（30分）", 30, (
            _row("严格落实“三会一课”制度：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员参会率不低于百分之"
                 "八十五。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；参会率85%以上的得2分，75%（含）—85%的得1分，75%以下的不得分；会议记录不规范、事后补记的，酌情"
                 "扣0.5-1分。"),
            _row("每月固定日期开展主题党日活动，做到有方案、有签到、有照片；全年围绕垃圾分类、老旧小区改造等社区治理任务开展主题实践活动不少于4次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；方案、签到、照片每缺一项扣0.1分，最高扣1分；主题实践活动每少1次扣0.5分。"),
            _row("每年召开一次组织生活会，会前书记与班子成员、班子成员与党员开展谈心谈话，班子成员撰写对照检查材料；会后开展民主评议党员，填写民主评议"
                 "测评表，评议结果及时公布。", 6,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣1分；无对照检查材料的扣1分；未开展民主评议党员的扣1.5分；评议结果未公布的扣0.5分。"),
            _row("党员按月足额交纳党费，党费收缴情况每半年公示一次；年内发展党员不少于1名，发展对象公示不少于5个工作日，发展程序规范。", 6,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1.5分；党费公示每少1次扣0.5分；未完成发展党员任务的扣1.5分；发展对象未公示的扣1分；违反程序"
                 "发展党员的，一票否决，本项不得分。"),
            _row("网格党支部（党小组）设置覆盖率100%；社区“两委”班子成员中35周岁以下的不少于1名；储备社区后备力量不少于2名；班子团结协作、分工明确。",
                 6,
                 "网格党组织未全覆盖的扣1分；无35周岁以下班子成员的扣1分；后备力量每少1名扣0.5分；班子不团结、推诿扯皮的，酌情扣1-2分。"),
        )),
        Section("抓党员队伍", "抓党员队伍\n（20分）", 20, (
            _row("推行党员承诺践诺，年初党员结合岗位和特长作出公开承诺，承诺书在公开栏公示；年中开展一次践诺情况检查；年底组织党员群众评诺。", 5,
                 "未开展公开承诺的扣1.5分；承诺未公示的扣0.5分；未开展践诺检查的扣1分；年底未评诺的扣1分；承诺内容空泛、践诺不实的，酌情扣0.5-1分。"),
            _row("机关企事业单位在职党员到社区报到率100%，在职党员每人每年参加社区志愿服务不少于4次；年底将报到服务情况反馈所在单位党组织。", 5,
                 "报到率每低5个百分点扣0.5分，最高扣1.5分；在职党员服务不足4次的，每人扣0.1分，最高扣2分；未向所在单位反馈的扣1分。"),
            _row("外出流动党员每季度至少联系一次；对年老体弱、行动不便的党员每半年上门送学一次；“七一”、春节走访慰问生活困难党员和老党员。", 5,
                 "流动党员联系每少1人次扣0.1分，最高扣1.5分；送学上门每少1人次扣0.1分，最高扣1分；未开展走访慰问的，每次扣1分。"),
            _row("书记每半年与每名班子成员谈心谈话一次，党员思想出现波动、家庭遭遇变故时及时谈心；谈心谈话有记录。", 5,
                 "谈心谈话每少1人次扣0.2分，最高扣2分；未及时谈心的，酌情扣0.5-1分；无谈心谈话记录的扣1分。"),
        )),
        Section("抓治理服务", "抓治理服务\n（20分）", 20, (
            _row("与辖区机关、企事业单位党组织结对共建不少于3家，签订共建协议，每季度至少开展一次共建活动；共建单位认领社区服务项目不少于5个。", 6,
                 "结对共建每少1家扣1分；共建活动每少1次扣0.5分；认领项目每少1个扣0.3分，最高扣1.5分。"),
            _row("社区党群服务中心每周开放不少于6天；每月召开一次“居民议事会”，议定事项向居民公开；群众诉求办结率达到百分之九十五以上。", 7,
                 "开放时间不足的扣1分；议事会每少1次扣0.3分，最高扣2分；议定事项未公开的扣0.5分；办结率每低1个百分点扣0.2分，最高扣2分。"),
            _row("书记带头落实“包网格”，每月入户走访居民不少于20户，建立民情台账；全年辖区未发生重大安全事故和群体性事件。", 7,
                 "走访不达标的，每月扣0.2分，最高扣2分；民情台账记录不全的，酌情扣0.5-1分；发生重大安全事故或群体性事件的，本项不得分。"),
        )),
        Section("评议测评", "评议测评\n（15分）", 15, (
            _row("述职评议会上，由街道党工委班子成员、党代表、居民代表、辖区单位代表对书记进行现场测评，“好”等次比例达到百分之七十以上。", 10,
                 "“好”等次比例80%以上的得10分，70%（含）—80%的得8分，60%（含）—70%的得5分，50%（含）—60%的得2分，50%以下的不得分。"),
            _row("年底由街道组织居民代表对社区党组织开展满意度测评，满意率不低于百分之九十。", 5,
                 "满意率每低1个百分点扣0.5分，最高扣5分。"),
        )),
    ),
)

HEADER = ["序号", "评议内容", "评议要点", "分值", "评分标准"]
NOTES = (
    "说明：",
    "1.本表由街道党工委于2026年1月上旬述职评议会后组织评分，党建办牵头，社区治理办、综治中心参加，街道纪工委派员监督；评分以2025年1月1日至"
    "12月31日形成的资料为准，采取听取述职、查阅资料、实地查看、现场测评相结合的方式进行。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；现场测评票当场封存、集中统计。",
    "3.评议得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；评议结果作为社区党组织书记年度考核和评先评优的"
    "重要依据。",
)
SIGN = "评议组成员（签字）：                        社区党组织书记（签字）："


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（评议对象：永昌街道各社区党组织书记）")
    document.add_paragraph("社区：                    书记：                评议日期：      年    月    日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            for c, v in ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.add_paragraph(SIGN)
    document.save(str(path))
