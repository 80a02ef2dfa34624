"""通江县2025年度村党组织“五星”评定评分表 (.docx), as the 县委组织部 of 通江县 in 四川 巴中 (its 组织股 with the 乡镇党委 that score first, the 县农业农村局,
the 县乡村振兴局, the 县委政法委 and the 县纪委监委 that give their 认定意见, a 评定组 of 乡镇 组织委员 and 县 干部 going up the valleys of the 大通江 and
the 小通江 in early December, when the 银耳 sheds of 陈河 and 涪阳 are being cleared for the next season's logs, the 青峪猪 have been sold for 腊肉, the
red stars of the 红军石刻标语 are being repainted for the 研学 groups and the old 红军 families of 王坪 tend the graves in the 川陕革命根据地红军烈士陵园)
scores the 村党组织 of a 大巴山 county on five stars of 20 points each: the 银耳 村 whose 合作社 sells to 成都, the 红色旅游 村 below the 烈士陵园, the
hamlets up the 米仓山 side whose young have gone to 浙江 and 广东: a table whose 评星条件 prints what the 村 must have done for each star and whose 评分标准
takes points off one clause at a time (scoring the 经营性收入 in 万元 and the 年底 满意率 in bands), with a 一票否决事项 block under the 合计: 政治引领星 (the
“第一议题”, a monthly 集中学习 and 32学时; the 冬训, 3天, the 参训率 and one 党性教育 at the 烈士陵园; a half-yearly 研判, the 先审后发 and the 宗教、迷信;
the 年初 责任书, the 年底 述职 and the “好”等次比例), 组织堡垒星 (one roster of the “两委” by age and 学历, the 妇女 成员 and the 团结; the “三会一课”, the
主题党日 on the 5th with 方案、签到、记录、照片 and the 参会率; the 组织生活会, the 征求意见, the 谈心谈话, the 民主评议, the 备案 and the 处置; 党费 按月
with a quarterly 公示, a quarterly 联系 and the 台账 of the 流动党员, one 发展 or 积极分子, the 公示 and a 一票否决), 产业发展星 (the 经营性收入 in 万元
bands with the 统计年报 and the 增长; the 合作社, thirty 带动 农户, five 示范户 and the 空壳; the “三资” 台账, a monthly 财务 公开, the “四议两公开” and the
决策 记录), 治理有效星 (a monthly 排查, the 化解率, no 越级上访 and a "本项不得分"; ten 联户 each, a quarterly 走访 and the 机制; the 村规民约, the “三会”,
a yearly 评选, its 公布 and four 宣传; a monthly 义务劳动, the 垃圾 and a 一票否决) and 服务群众星 (the 党旗、党徽、标识, the 开放, the 值班记录 and the 办结率;
the 关爱台账, a monthly 走访 and the “七一”、春节 慰问; the 服务队, a quarterly 志愿服务, its 照片、记录 and five 实事; the 年底 满意率 in bands).

The title (bold, centred) and a centred "（评定对象：全县各村党组织）" line above one table: 评星项目 | 序号 | 评星条件 | 评分标准 | 分值. The 评星项目 are
MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治引领星\\n（20分）"; 序号 (SECOND column) runs
1..19 through the table, NOT restarting; there is no short sub-label. 评星条件 (`Row.text`) says what is required; the 评分标准 (`Row.scoring`) comes BEFORE
the 分值, a plain number in the LAST column; there is no 佐证 or 考核方式 column. A 合计 row of 100; UNDER it a 一票否决事项 block of three rows with no
points (the 评星项目 cell "一票否决事项" merged down beside them, the 序号 cell blank, the case in the 评星条件 column, "实行一票否决，取消当年评星资格" in
the 评分标准 column and the 分值 cell blank; not in `sections`); a "说明：" paragraph with four numbered lines (how the stars are given) and a signature
line follow the table. Counts in figures and Chinese numerals, nearly all in the 评星条件 ("每月组织一次", "每人每年…不少于32学时", "每年冬春季", "不少于3天",
"百分之九十以上", "年内…不少于1次", "每半年开展一次", "年初", "年底", "不低于百分之八十", "35周岁以下的不少于1名", "大专及以上学历的不少于2名", "支部委员会
每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "每月5日", "不低于百分之八十", "每年召开一次", "按月", "每季度…公示一次",
"每季度至少…一次", "年内…不少于1名", "不少于5个工作日", "5万元以上", "不少于30户", "不少于5户", "每月公开一次", "每月开展一次", "百分之九十五以上", "全年",
"不少于10户", "每季度…一次", "每年评选一次", "年内…不少于4次", "每月组织一次", "全年", "每周开放不少于5天", "100%", "每月至少…一次", "“七一”、春节", "每季度
开展一次", "年内…不少于5件", "年底", "百分之九十以上"); "最高扣" caps; bands of the 经营性收入 in 万元 (6 of the 8 points, closed by "1万元以下的不得分")
and of the 年底 满意率 (all 5, closed by "70%以下的不得分"); "每少5户" once; "每低5个百分点" three times and "每低1个百分点" once; "酌情扣1-2分" once, "酌情
扣0.5-1分" once and "酌情扣0.5分" once; two "实行一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float) -> Row:
    """One row in the order the table prints it: 评星条件, 评分标准, 分值."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzg_tongjiang_cun_dangzuzhi_wuxing_pingding_docx",
    fmt="docx",
    title="通江县2025年度村党组织“五星”评定评分表",
    numbering="printed",
    sections=(
        Section("政治引领星", "政治引领星\n（20分）", 20, (
            _row("村党组织落实“第一议题”制度，每月组织一次党员集中学习；党员每人每年参加集中学习培训不少于32学时。",
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.5分，最高扣3分；学时不足的，每人扣0.1分，最高扣2分。", 6),
            _row("每年冬春季开展农村党员冬训，集中培训不少于3天，党员参训率达到百分之九十以上；年内组织党员到川陕革命根据地红军烈士陵园开展党性教育不少于"
                 "1次。",
                 "未开展冬训的扣2分；集中培训不足3天的扣1分；参训率每低5个百分点扣0.5分，最高扣1.5分；未开展党性教育的扣1.5分。", 6),
            _row("每半年开展一次意识形态工作分析研判；村级微信群落实“群主负责制”，信息发布先审后发；村内无非法宗教活动和封建迷信活动。",
                 "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1分；发现非法宗教或封建迷信活动未及时制止报告的扣2分。", 4),
            _row("村党组织书记年初与乡镇党委签订抓党建工作责任书，年底向乡镇党委述职并接受党员群众评议，评议“好”等次比例不低于百分之八十。",
                 "未签订责任书的扣1分；未述职评议的扣2分；“好”等次比例低于80%的扣1分。", 4),
        )),
        Section("组织堡垒星", "组织堡垒星\n（20分）", 20, (
            _row("村“两委”班子结构合理，成员中35周岁以下的不少于1名，大专及以上学历的不少于2名，有妇女成员；班子团结，无软弱涣散情形。",
                 "35周岁以下成员每少1名扣0.5分；大专及以上学历成员每少1名扣0.5分；无妇女成员的扣0.5分；班子不团结、工作推不动的，酌情扣1-2分。", 4),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；每月5日开展主题党日活动，有方案、有签到、有记录、"
                 "有照片；党员参会率不低于百分之八十。",
                 "“三会一课”每少1次扣0.5分，最高扣2.5分；主题党日每少1次扣0.2分，最高扣1.5分；方案、签到、记录、照片每缺一项扣0.1分，最高扣1分；参会率"
                 "每低5个百分点扣0.5分，最高扣1分。", 6),
            _row("每年召开一次组织生活会，会前广泛征求意见、开展谈心谈话；会后开展民主评议党员，评定等次报乡镇党委备案；对评定为“不合格”的党员按规定稳妥"
                 "处置。",
                 "未召开组织生活会的扣1.5分；未征求意见或未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1分；评定等次未备案的扣0.5分；不合格党员处置不"
                 "规范的，酌情扣0.5分。", 4),
            _row("党员按月交纳党费，党费收缴情况每季度在党务公开栏公示一次；外出流动党员每季度至少联系一次，建立流动党员管理台账；年内发展党员或确定入党"
                 "积极分子不少于1名，发展对象公示不少于5个工作日。",
                 "未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.3分；流动党员联系每少1人次扣0.1分，最高扣1分；无流动党员管理台账的扣0.5分；"
                 "未发展党员且未确定积极分子的扣1.5分；发展对象未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。", 6),
        )),
        Section("产业发展星", "产业发展星\n（20分）", 20, (
            _row("村集体经济年经营性收入达到5万元以上，较上年有增长；收入以县农业农村局审定的农村集体经济统计年报为准。",
                 "经营性收入10万元以上的得6分，5万元（含）—10万元的得4.5分，3万元（含）—5万元的得3分，1万元（含）—3万元的得1分，1万元以下的不得分；较上年"
                 "未增长的扣2分。", 8),
            _row("村党组织领办村集体经济合作社或专业合作社，带动农户发展银耳、茶叶、青峪猪等特色产业，合作社带动农户不少于30户；培育党员致富示范户不少于"
                 "5户。",
                 "未领办合作社的扣2分；带动农户每少5户扣0.5分，最高扣1.5分；示范户每少1户扣0.3分，最高扣1.5分；合作社空壳运行的，酌情扣0.5-1分。", 6),
            _row("村级“三资”管理规范，资产资源台账清晰；村级财务每月公开一次；村级重大事项落实“四议两公开”，决策过程有记录。",
                 "无“三资”台账或台账不清的扣1分；财务公开每少1次扣0.2分，最高扣2分；重大事项未落实“四议两公开”的，每件扣0.5分，最高扣2分；决策过程无"
                 "记录的扣1分。", 6),
        )),
        Section("治理有效星", "治理有效星\n（20分）", 20, (
            _row("每月开展一次矛盾纠纷排查，矛盾纠纷调处化解率达到百分之九十五以上，做到“小事不出村、大事不出乡”；全年无越级上访、无群体性事件。",
                 "排查每少1次扣0.3分，最高扣1.5分；化解率每低1个百分点扣0.2分，最高扣2分；发生越级上访的，每起扣1分，最高扣2.5分；发生群体性事件的，本项"
                 "不得分。", 6),
            _row("推行“党员联户”制度，每名党员联系群众不少于10户，每季度走访联系户一次；建立村民小组“党员+网格员”管理机制。",
                 "联户未落实的，每人扣0.1分，最高扣1分；走访每少1次扣0.2分，最高扣1.5分；管理机制未建立的扣1.5分。", 4),
            _row("修订完善村规民约，红白理事会、村民议事会、禁毒禁赌会健全；每年评选一次“好家风”“孝善之家”，评选结果张榜公布；年内开展移风易俗、高价彩礼"
                 "治理宣传不少于4次。",
                 "村规民约未修订的扣1分；红白理事会、村民议事会、禁毒禁赌会不健全的扣1分；未开展评选的扣1分；评选结果未公布的扣0.5分；宣传每少1次扣0.4分。",
                 5),
            _row("党员带头开展人居环境整治，每月组织一次党员义务劳动；村内主干道、房前屋后无垃圾乱堆乱放；全年不发生较大以上安全生产事故和森林火灾。",
                 "义务劳动每少1次扣0.3分，最高扣2分；实地查看发现垃圾乱堆乱放的，每处扣0.2分，最高扣1分；发生较大以上安全生产事故或森林火灾的，实行一票"
                 "否决，本项不得分。", 5),
        )),
        Section("服务群众星", "服务群众星\n（20分）", 20, (
            _row("村党群服务中心规范设置党旗、党徽和标识，每周开放不少于5天，村干部轮流坐班并有值班记录；便民服务事项代办帮办按期办结率达到100%。",
                 "党旗、党徽、标识每缺一项扣0.5分；开放时间不足的扣1分；无值班记录的扣1分；办结率每低5个百分点扣0.5分，最高扣1.5分。", 5),
            _row("建立留守儿童、留守老人、困难群众等特殊群体关爱台账，村干部和党员每月至少上门走访一次；“七一”、春节走访慰问老党员、困难党员。",
                 "无关爱台账的扣1分；上门走访每少1次扣0.3分，最高扣2分；走访慰问每少1人扣0.2分，最高扣2分。", 5),
            _row("组建党员志愿服务队，每季度开展一次志愿服务活动，活动有照片、有记录；年内为群众办实事不少于5件。",
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分；缺照片或记录的，每次扣0.2分，最高扣1分；办实事每少1件扣0.2分。", 5),
            _row("年底由乡镇党委组织党员、群众代表对村党组织工作开展满意度测评，满意率达到百分之九十以上。",
                 "满意率90%以上的得5分，80%（含）—90%的得3分，70%（含）—80%的得1分，70%以下的不得分。", 5),
        )),
    ),
)

HEADER = ["评星项目", "序号", "评星条件", "评分标准", "分值"]
VETO_HEAD = "一票否决事项"
VETO = (
    "村“两委”班子成员受到党纪政务处分或被依法追究刑事责任的。",
    "违反程序发展党员，或发生“带病入党”问题的。",
    "发生重大安全生产事故、群体性事件或规模性返贫问题的。",
)
VETO_RULE = "实行一票否决，取消当年评星资格。"
NOTES = (
    "说明：",
    "1.评定采取村党组织自评、乡镇党委初评、县委组织部会同县直有关部门审定的方式进行，以2025年1月1日至评定之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；经营性收入以县农业农村局审定的统计年报为准。",
    "3.每颗星满分20分，单项星得分达到16分以上的授予该星；获得五颗星的评为“五星村党组织”，四颗星的评为“四星村党组织”，以此类推。",
    "4.一票否决事项由县纪委监委、县委政法委、县乡村振兴局提供认定意见；评定结果与村干部绩效报酬、评先评优挂钩，实行动态管理。",
)
SIGN = "评定组成员（签字）：                    村党组织书记（签字）：                    评定日期：    年  月  日"


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1 + len(VETO)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（评定对象：全县各村党组织）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((1, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    r += 1
    top = r
    for case in VETO:
        tbl.cell(r, 2).text = case
        tbl.cell(r, 3).text = VETO_RULE
        r += 1
    merge_cells(tbl, top, 0, r - 1, 0, VETO_HEAD)
    for line in NOTES:
        document.add_paragraph(line)
    document.add_paragraph(SIGN)
    document.save(str(path))
