"""中共新宁县崀山镇委员会2025年度村（社区）党组织书记履职积分考评表 (.docx), as the 镇党委 of 崀山镇 of 新宁 in 邵阳 in 湖南 (its 党建办 with
the 综治中心, the 农业综合服务中心, the 林业站 and the 镇纪委, a 考评组 going round the 村 and 社区 between the 丹霞 peaks in late December, when
the 脐橙 are picked and stacked in crates along the 扶夷江, the 八角寨 and 天一巷 trails are quiet after the autumn visitors, the 护林 党员 walk the
山头 in the dry winter and the 村部 have the year's 积分 binders out for the 考评组) keeps a 履职积分 for each 村（社区）党组织书记: a table whose
积分内容 prints what the 书记 must have done, whose 计分办法 takes points off one clause at a time (and counts the 集体经营性收入 and the 满意度 in
bands): 基础履职积分 (the “第一议题”, a monthly 集中学习 and five days of 培训; the 支委会 and 党员大会, the 党小组会, the 书记's two 党课 and the 代记、
补记; the 主题党日 on the 10th, the 参加率 and the 形式; the 组织生活会, the 谈心谈话, the 民主评议 and the 不合格党员; 党费 按月, a quarterly 联系 and
the “七一”、春节 慰问; one 发展 every two years, the 公示 and the 程序; the 年初 承诺 and its 公开, the 年中 报告, the 年底 述职 and its 等次),
重点任务积分 (the 集体经营性收入 in bands of 万元; a monthly 排查, the 越级上访 and a 一票否决; the “门前三包”, a monthly 清洁活动, the 评比 and the
通报; the “党员包山头”, the 值守, a yearly 演练 and the 森林火灾; the quarterly 三务公开, the “四议两公开” and the 小微权力清单; two 后备力量 under 35
and a half-yearly 谈话; a monthly 走访, the 落实率 and a 一票否决) and 群众评价积分 (the 满意度 in bands; three 民生实事 and their 公示, the 推诿;
a deduction-only line on 廉洁).

The title (bold, centred), a centred "（适用于全镇各村、社区党组织书记）" line and a "村（社区）：    书记姓名：    积分周期：2025年1月—12月" line
above one table: 序号 | 积分项目 | 积分内容 | 分值 | 计分办法. The categories are SECTION ROWS merged across the table, printed WITH an ordinal and
WITH their points on ONE line, "一、基础履职积分（40分）"; 序号 (FIRST column) runs 1..17 through the table, NOT restarting under the section rows;
积分项目 (SECOND column) is a short name on every row (`Row.indicator`); 积分内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE
the 计分办法 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the scored rows; UNDER it a section row "四、加分项目
（累计最高加5分）" and two bonus rows with no 序号 (not in `sections`: README, left out of the labels); a "说明：" paragraph with three numbered lines
follows the table. (First printed with the words column headed 积分标准 and the bonus section row "附：加分项目…": the importer took the bonus rows
into the last category and read the 积分标准 as the scoring, so the header became 积分内容 and the bonus row "四、加分项目…".)
Counts in figures and Chinese numerals, nearly all in the 积分内容 ("每月组织…集中学习一次", "每年…不少于5天", "支委会每月不少于
1次、党员大会每季度不少于1次", "党小组会每月召开1次", "每年…不少于2次", "每月10日", "不低于百分之八十", "每年主持召开一次", "按月", "每季度至少
联系一次", "“七一”、春节", "每两年至少发展党员1名", "不少于5个工作日", "年初", "年中…报告一次", "年底", "10万元以上", "每月组织一次", "全年", "每月…
不少于1次", "每个季度", "每年…不少于1次", "全年", "每季度公开一次", "35周岁以下…不少于2名", "每半年…谈话一次", "每月走访一次", "百分之百", "年底",
"百分之九十以上", "每年…不少于3件"); "最高扣" caps; bands of the 集体经营性收入 (all 8 points, in 万元, closed by "5万元以下的不计分") and of the
满意度 (all 10 points, closed by "80%以下的不计分"); "酌情扣1分" once and "酌情扣0.5—1分" once; two "实行一票否决，本项不得分" and three other
"本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _item(label: str, standard: str, points: float, method: str) -> Row:
    """One row in the order the table prints it: 积分项目, 积分内容, 分值, 计分办法."""
    return Row(standard, points, method, indicator=label)


TABLE = Table(
    name="zzzzzu_xinning_langshan_zhen_cun_shuji_lvzhi_jifen_docx",
    fmt="docx",
    title="中共新宁县崀山镇委员会2025年度村（社区）党组织书记履职积分考评表",
    numbering="printed",
    sections=(
        Section("基础履职积分", "一、基础履职积分（40分）", 40, (
            _item("政治学习",
                  "带头落实“第一议题”制度，每月组织村（社区）党员集中学习一次；书记本人每年参加县级以上集中培训不少于5天。", 5,
                  "“第一议题”未落实的扣1分；集中学习每少1次扣0.5分，最高扣3分；未参加培训或培训时间不足的扣1分。"),
            _item("“三会一课”",
                  "主持召开支委会每月不少于1次、党员大会每季度不少于1次，督促党小组会每月召开1次；书记每年为党员讲党课不少于2次。", 7,
                  "支委会、党员大会每少1次扣0.5分，最高扣3分；党小组会每少1次扣0.2分，最高扣1分；书记讲党课每少1次扣1分；会议记录由他人代记、"
                  "事后补记的，酌情扣1分。"),
            _item("主题党日",
                  "每月10日组织开展主题党日，结合景区文明劝导、护林防火开展党员实践活动；党员参加率不低于百分之八十。", 5,
                  "主题党日每少1次扣0.5分；参加率低于80%的，每次扣0.2分，最高扣1分；活动内容单一、流于形式的，酌情扣0.5—1分。"),
            _item("组织生活会",
                  "每年主持召开一次组织生活会，会前与班子成员、党员逐一谈心谈话；组织民主评议党员，对评定为不合格的党员按规定稳妥处置。", 5,
                  "未召开组织生活会的扣3分；谈心谈话未覆盖全体班子成员的扣1分；未开展民主评议党员的扣1分；不合格党员处置不规范的扣0.5分。"),
            _item("党员管理",
                  "督促党员按月交纳党费；外出流动党员每季度至少联系一次；“七一”、春节走访慰问老党员和生活困难党员。", 5,
                  "党费未按月交纳的，每人次扣0.1分，最高扣1分；流动党员联系每少1人次扣0.2分，最高扣1分；未开展走访慰问的，每次扣1分。"),
            _item("发展党员",
                  "注重在脐橙种植大户、民宿经营户和返乡创业青年中发展党员，每两年至少发展党员1名；发展对象公示不少于5个工作日。", 5,
                  "两年内未发展党员的扣2分；公示时间不足的扣1分；违反程序发展党员的，本项不得分。"),
            _item("承诺述职",
                  "年初向镇党委作出年度履职承诺并在村务公开栏公开；年中向镇党委报告一次履职情况；年底向镇党委和村（社区）党员大会述职，接受"
                  "评议。", 8,
                  "未作承诺的扣1分；承诺未公开的扣0.5分；未报告的扣1分；未述职的扣3分；述职评议为“一般”的扣1分，为“差”的扣3分。"),
        )),
        Section("重点任务积分", "二、重点任务积分（40分）", 40, (
            _item("集体经济",
                  "发展脐橙产业、民宿旅游、农旅融合等村级集体经济项目，村（社区）集体经营性收入达到10万元以上。", 8,
                  "集体经营性收入30万元以上的计8分，20万元（含）—30万元的计6分，10万元（含）—20万元的计4分，5万元（含）—10万元的计2分，5万元"
                  "以下的不计分。"),
            _item("平安建设",
                  "每月组织一次矛盾纠纷排查化解；全年无进京赴省越级上访、无群体性事件、无刑事命案。", 6,
                  "排查每少1次扣0.5分；发生越级上访的，每起扣2分；发生群体性事件或刑事命案的，实行一票否决，本项不得分。"),
            _item("人居环境",
                  "落实“门前三包”责任，每月组织党员参加集中清洁活动不少于1次；每个季度全镇人居环境评比不排名后三位。", 6,
                  "清洁活动每少1次扣0.3分，最高扣2分；季度评比排名后三位的，每次扣1分；被县级以上通报批评的，每次扣2分。"),
            _item("护林防火",
                  "落实森林防火“党员包山头”责任，防火期党员轮流值守；每年组织开展森林防火应急演练不少于1次；全年不发生森林火灾。", 6,
                  "未落实包山头责任的扣1分；值守脱岗的，每次扣0.5分；未开展应急演练的扣1分；发生森林火灾的，本项不得分。"),
            _item("三务公开",
                  "党务、村务、财务每季度公开一次；重大事项落实“四议两公开”；村级小微权力清单上墙公示。", 6,
                  "公开每少1次扣0.5分，最高扣2分；重大事项未落实“四议两公开”的，每件扣1分；未公示小微权力清单的扣1分。"),
            _item("后备力量",
                  "储备35周岁以下村级后备力量不少于2名，书记落实“传帮带”，每半年与后备力量谈话一次。", 4,
                  "后备力量每少1名扣1分；谈话每少1次扣0.5分。"),
            _item("防止返贫",
                  "书记包联监测户，每月走访一次；监测户帮扶措施落实率达到百分之百；不发生规模性返贫。", 4,
                  "走访每少1次扣0.3分；帮扶措施未落实的，每户扣0.5分；发生规模性返贫的，实行一票否决，本项不得分。"),
        )),
        Section("群众评价积分", "三、群众评价积分（20分）", 20, (
            _item("满意度测评",
                  "镇党委年底组织党员和群众代表对书记履职情况进行满意度测评，满意度达到百分之九十以上。", 10,
                  "满意度95%以上的计10分，90%（含）—95%的计8分，80%（含）—90%的计5分，80%以下的不计分。"),
            _item("为民办事",
                  "落实“我为群众办实事”，书记每年牵头办结民生实事不少于3件，办理结果在村务公开栏公示；群众反映问题及时回应。", 5,
                  "民生实事每少1件扣1分；办理结果未公示的扣0.5分；群众反映问题推诿不办被查实的，每件扣1分。"),
            _item("廉洁自律",
                  "本项为扣分项：书记不违规插手工程项目、不优亲厚友，本人及村（社区）“两委”成员无违纪违法问题。", 5,
                  "被县级以上通报批评的，每次扣2分；“两委”成员受到党纪政务处分的，每人次扣2分；书记本人受到党纪政务处分的，本项不得分。"),
        )),
    ),
)

HEADER = ["序号", "积分项目", "积分标准", "分值", "计分办法"]
BONUS_TITLE = "附：加分项目（累计最高加5分）"
BONUS = (
    ("经验推广", "书记抓党建、抓发展经验做法被县级以上推广或在会议上作典型发言的。", 3, "县级每次加1分，市级每次加2分，省级以上每次加3分。"),
    ("表彰奖励", "村（社区）党组织或书记本人获得县级以上党委、政府表彰的。", 3, "县级每项加1分，市级每项加2分，省级以上每项加3分。"),
)
NOTES = (
    "说明：",
    "1.本表由镇党委于2025年12月下旬组织考评，镇党建办牵头，综治中心、农业综合服务中心、林业站参加，镇纪委派员监督，采取查阅台账、实地查看、"
    "入户走访、民主测评相结合的方式进行。",
    "2.各项扣分以该项分值为限，扣完为止；加分项累计不超过5分。",
    "3.积分90分以上为“优秀”，80—89分为“良好”，60—79分为“合格”，60分以下为“不合格”；积分结果与书记绩效报酬挂钩，连续两年“不合格”的按程序"
    "调整。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(1 + len(s.rows) for s in t.sections) + 1 + 1 + len(BONUS)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（适用于全镇各村、社区党组织书记）")
    document.add_paragraph("村（社区）：                    书记姓名：                积分周期：2025年1月—12月")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            for c, v in ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    r += 1
    merge_cells(tbl, r, 0, r, ncols - 1, BONUS_TITLE)
    r += 1
    for label, case, most, rule in BONUS:
        for c, v in ((1, label), (2, case), (3, _fmt(most)), (4, rule)):
            tbl.cell(r, c).text = v
        r += 1
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
