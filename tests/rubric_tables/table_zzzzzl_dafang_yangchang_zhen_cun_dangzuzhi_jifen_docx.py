"""大方县羊场镇党委2025年度村党组织积分制管理考评表 (.docx), as the 镇党委 of 羊场镇 in 大方县 of 毕节 in 贵州 (its 党建办 with the 农业服务中心, the 乡村
振兴工作站, the 综治中心 and the 镇纪委, a 考评组 of 包村 镇干部 going round the 村 in the middle of December, when the frost lies on the 乌蒙山 ridges,
the 天麻 beds under the 林下 are covered for the winter, the 冬荪 sheds are being cleaned, the 皱椒 has long been dried and sold in the 县城 and the 外出务工
党员 are coming home from 浙江 and 广东 for the 春节) keeps a ledger of 积分 for the 村党组织 of a mountain 镇: a table of 积分类别 — 基础积分 for the routine
of a 村党组织, 业绩积分 for what it achieved, 负面扣分 for what went wrong — whose 积分内容 prints what the 村 must have done (or must not have let happen)
and whose 计分标准 takes points off one clause at a time (scoring the 经营性收入 in 万元 and the 年底 满意率 in bands, "计…分" / "不计分"): 基础积分 (the
“一肩挑”, a roster of 35岁以下 and 高中 and the 团结; the “三会一课”, the 线上参加 and the 参会率; the 主题党日 on the 10th with 签到、记录、照片; the 组织
生活会, the 民主评议 and its 公示; 党费 by month with a quarterly 公示; the 积分 by month, a quarterly 公示, the 年底 星级 and the 谈话提醒; one 发展 or
积极分子 and the 公示; the “四议两公开” and a quarterly 公开; the 标识、党旗、制度 and the 坐班; the 年初 计划 and “书记项目”, the 年底 总结 and 述职 and a
满意率 printed only in the 计分标准), 业绩积分 (the 经营性收入 in 万元 bands; the 合作社, the “空壳” and three 户 each; a monthly 监测, the 结对帮扶, the 落实率
and a "本项不计分"; the 治理模式, a quarterly 排查, the 化解率, the 村规民约 and the 上访; a monthly 整治, the “门前三包” and the 森林火灾; the 年底 满意率 in
bands) and 负面扣分 (no 违纪违法, the 工作落实 and the 报表, no 事故 or 舆情: deduction-only rows, each with its own points). Two 奖励积分 rows stand
under the 合计 row in a "加分项" (left out of the labels).

The title (bold, centred), a centred "（考评对象：羊场镇各村党支部（党总支））" line and a "村名：…  党组织书记：…  考评日期：…" line above one table:
积分类别 | 序号 | 积分项目 | 积分内容 | 分值 | 计分标准. The 积分类别 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on ONE
line, "基础积分（55分）"; 序号 (SECOND column) RESTARTS at 1 in every 积分类别 (ids "1.1" … "3.3"); 积分项目 (THIRD column) is a short name on every row
(`Row.indicator`); 积分内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 计分标准 (`Row.scoring`). A 合计 row of 100 (merged over
the first four columns, the total under 分值); under it two 奖励积分 rows (the 积分类别 cell "奖励积分（最高加5分）" merged down beside them, 序号 1 and 2, a
最高加分 under 分值 and "…加…分" in the 计分标准; not in `sections`). A "说明：" paragraph with three numbered lines follows the table. Counts in figures and
Chinese numerals ("35周岁以下的不少于1名", "高中（中专）及以上学历的不少于3名", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每
季度1次", "不低于百分之八十", "每月10日", "每年召开一次", "每年开展一次", "按月", "每季度公示一次", "按月", "每季度公示一次", "年底", "年内…不少于1名",
"不少于5个工作日", "每季度公开一次", "每周开放不少于5天", "年初", "年初", "年底", "10万元以上", "不少于1个", "不少于3户", "每月开展一次", "100%", "全年",
"每季度开展一次", "百分之九十以上", "每月…一次", "年底", "百分之八十五以上", "全年", "全年"); "最高扣" caps; bands of the 经营性收入 in 万元 (all 8 points,
closed by "5万元以下的不计分") and of the 年底 满意率 (all 5, closed by "80%以下的不计分"); "每低5个百分点" three times; "酌情扣1-2分" once and "酌情扣1分"
once; three "本项不计分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 积分项目, 积分内容, 分值, 计分标准."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzzl_dafang_yangchang_zhen_cun_dangzuzhi_jifen_docx",
    fmt="docx",
    title="大方县羊场镇党委2025年度村党组织积分制管理考评表",
    numbering="restart",
    sections=(
        Section("基础积分", "基础积分（55分）", 55, (
            _row("班子建设",
                 "村党组织班子职数配备到位，书记、主任“一肩挑”；村“两委”成员中35周岁以下的不少于1名，高中（中专）及以上学历的不少于3名；班子团结协作，"
                 "履职尽责。", 5,
                 "未实行“一肩挑”的扣1分；年龄、学历结构不达标的，每少1名扣0.5分，最高扣1.5分；班子不团结、履职不力的，酌情扣1-2分。"),
            _row("三会一课",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；外出务工党员通过微信群线上参加；党员参会率不低于百分之"
                 "八十。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分，最高扣2分；外出务工党员未组织线上参加的，每例扣0.1分，最高扣1分。"),
            _row("主题党日",
                 "每月10日开展主题党日活动，每次活动有签到、有记录、有照片。", 6,
                 "主题党日每少1次扣0.5分，最高扣3分；签到、记录、照片每缺一项扣0.2分，最高扣1.5分。"),
            _row("组织生活",
                 "每年召开一次组织生活会，开展批评和自我批评；每年开展一次民主评议党员，评议结果在村务公开栏公示。", 5,
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣2分；评议结果未公示的扣1分。"),
            _row("党费管理",
                 "党员按月交纳党费，外出党员可通过线上方式交纳；党费收缴情况每季度公示一次。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.3分，最高扣1.2分。"),
            _row("党员积分",
                 "对党员实行积分管理，按月记录积分，每季度公示一次；年底根据积分评定“星级党员”；对积分排名靠后的党员进行谈话提醒。", 6,
                 "未实行党员积分管理的扣2分；积分公示每少1次扣0.5分，最高扣1.5分；年底未评定星级党员的扣1.5分；未开展谈话提醒的扣1分。"),
            _row("发展党员",
                 "注重从致富能手、返乡创业青年、退役军人中培养，年内发展党员或确定入党积极分子不少于1名；发展党员全程纪实，发展对象公示不少于5个工作日。", 5,
                 "年内未发展党员也未确定入党积极分子的扣2分；发展对象未公示的扣1分；发展党员程序不规范的，每例扣1分。"),
            _row("民主决策",
                 "村级重大事项决策落实“四议两公开”工作法；村务、财务每季度公开一次。", 6,
                 "重大事项未落实“四议两公开”的，每件扣1分，最高扣3分；村务、财务公开每少1次扣0.5分，最高扣2分。"),
            _row("阵地建设",
                 "村党群服务中心有标识、有党旗、有制度上墙；村干部轮流坐班，每周开放不少于5天。", 4,
                 "标识、党旗、制度每缺一项扣0.5分；实地查看无人坐班的，每次扣0.5分，最高扣1.5分。"),
            _row("计划述职",
                 "年初制定村党组织年度工作计划，确定党建“书记项目”；年底形成工作总结，村党组织书记向镇党委述职并接受党员群众评议。", 6,
                 "缺计划或总结的，每项扣1分；未确定“书记项目”的扣1分；书记未述职的扣2分；评议满意率低于80%的扣1分。"),
        )),
        Section("业绩积分", "业绩积分（35分）", 35, (
            _row("集体经济",
                 "村集体经济年经营性收入达到10万元以上。", 8,
                 "经营性收入30万元以上的计8分，20万元（含）—30万元的计6分，10万元（含）—20万元的计4分，5万元（含）—10万元的计2分，5万元以下的不计分。"),
            _row("产业发展",
                 "村党组织领办合作社不少于1个，发展天麻、冬荪、皱椒等特色产业；党员致富带头人每人结对帮带农户不少于3户。", 6,
                 "未领办合作社的扣2分；合作社“空壳”运行的，酌情扣1分；党员致富带头人结对帮带不足3户的，每人扣0.3分，最高扣1.5分。"),
            _row("防止返贫",
                 "每月开展一次防止返贫动态监测，党员干部与监测户“一对一”结对帮扶；帮扶措施落实率100%，全年不发生规模性返贫。", 6,
                 "监测每少1次扣0.5分，最高扣2分；结对帮扶未落实的，每户扣0.3分；落实率每低5个百分点扣0.5分，最高扣1.5分；发生规模性返贫的，本项不计分。"),
            _row("乡村治理",
                 "推行“村党组织+村民小组+党员中心户”治理模式，每季度开展一次矛盾纠纷排查，矛盾纠纷就地化解率达到百分之九十以上；修订完善村规民约。", 6,
                 "矛盾纠纷排查每少1次扣0.5分；化解率每低5个百分点扣0.5分，最高扣1.5分；村规民约未修订完善的扣1分；发生越级上访、群体性事件的，每起扣2分。"),
            _row("人居环境",
                 "每月组织党员开展一次人居环境整治活动，党员带头落实“门前三包”；森林防火期党员参与巡山护林。", 4,
                 "整治活动每少1次扣0.3分，最高扣1.5分；党员“门前三包”未落实的，每例扣0.2分；发生森林火灾的，每起扣2分。"),
            _row("群众满意",
                 "年底由镇党委组织党员群众代表对村党组织开展满意度测评，满意率达到百分之八十五以上。", 5,
                 "满意率95%以上的计5分，90%（含）—95%的计4分，85%（含）—90%的计3分，80%（含）—85%的计1分，80%以下的不计分。"),
        )),
        Section("负面扣分", "负面扣分（10分）", 10, (
            _row("廉洁履职",
                 "村“两委”成员遵纪守法、廉洁履职，全年无违纪违法问题。", 4,
                 "村“两委”成员受到党纪政务处分的，每人扣2分；被依法追究刑事责任的，本项不计分。"),
            _row("工作落实",
                 "按时完成镇党委部署的党建重点工作任务，及时报送各类报表材料。", 3,
                 "重点任务未按时完成的，每项扣0.5分；报表材料迟报、漏报的，每次扣0.2分；被县级以上通报批评的，每次扣1分。"),
            _row("安全稳定",
                 "全年不发生较大安全生产事故、非法宗教活动和重大网络舆情事件。", 3,
                 "发生一般安全生产事故的，每起扣1.5分；发生较大安全生产事故、非法宗教活动或重大网络舆情事件的，本项不计分。"),
        )),
    ),
)

HEADER = ["积分类别", "序号", "积分项目", "积分内容", "分值", "计分标准"]
BONUS_HEAD = "奖励积分（最高加5分）"
BONUS = (
    ("表彰奖励", "村党组织或党员获得县级以上表彰奖励。", "3",
     "获县级表彰的每项加1分，市级每项加2分，省级以上每项加3分，最高加3分。"),
    ("创新创优", "党建工作经验做法被县级以上推广，或在县级以上媒体宣传报道。", "2",
     "每项加0.5分，最高加2分。"),
)
NOTES = (
    "说明：1.本表由镇党委于每年12月中旬组织考评，镇党建办牵头，农业服务中心、乡村振兴工作站、综治中心、镇纪委参加，采取查阅资料、实地查看、入户走访、"
    "问卷测评相结合的方式进行。",
    "2.基础积分、业绩积分、负面扣分各项扣分以该项分值为限，扣完为止；计分标准列明得分档次的，按档次计分；奖励积分另行计算，最高加5分。",
    "3.年度积分90分以上的评为“五星”，80—89分的评为“四星”，70—79分的评为“三星”，60—69分的评为“二星”，60分以下的评为“一星”，积分结果与村干部绩效"
    "报酬挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1 + len(BONUS)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考评对象：羊场镇各村党支部（党总支））")
    document.add_paragraph("村名：                    党组织书记：              考评日期：    年  月  日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            cells = ((1, str(i)), (2, row.indicator), (3, row.text), (4, _fmt(row.points)), (5, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    r += 1
    top = r
    for i, (label, text, most, rule) in enumerate(BONUS, 1):
        for c, v in ((1, str(i)), (2, label), (3, text), (4, most), (5, rule)):
            tbl.cell(r, c).text = v
        r += 1
    merge_cells(tbl, top, 0, r - 1, 0, BONUS_HEAD)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
