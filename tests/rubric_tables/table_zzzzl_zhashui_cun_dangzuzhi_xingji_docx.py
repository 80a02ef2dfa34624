"""柞水县2025年度村党组织星级评定评分细则 (.docx), as the 县委组织部 of 陕西 商洛 柞水县 (with the 县农业农村局, the 乡村振兴局, the 林业局 and the
县纪委监委, the 镇党委 doing the first 评定 and a 县 评定组 checking one 村 in three in late November, when the 木耳 sheds are empty and the 秦岭 is
closed for the 森林防火 season) rates the 村党组织 of a mountain county: the 村 along the 乾佑河 and in the 牛背梁 valleys, the 木耳 and the 中药材 the
村党支部 took up with its 合作社, the 易地搬迁 社区 where the mountain households came down, the 留守 old people and children, the 返乡 young running a
农家乐 on the road to the 溶洞, the 巡山护林 of every 党员 who still lives above the 河: a table with section rows, whose 评定项目 names each part,
whose 评定内容 prints what the 村 must have done and whose 评分细则 takes points off one clause at a time, scores the 经营性收入 in bands of 万元 and the
人均 志愿服务时长 in bands of 小时, and whose last section, before the 合计, is printed as its own rows: the 一票否决事项, four 情形 with no points that
deny a 村 any 星: 班子队伍 (one roster of the “两委” by age and 学历 and the 书记's 学历 and 年龄; two 后备力量; the 书记's 轮训 of five days and 40学时
for the “两委”; the 坐班值班 and its 记录, the 报备; a monthly “两委” 联席会议, the “四议两公开” and the 团结), 组织生活 (the “三会一课” with the 在外
党员 on 视频; the 主题党日 on the 10th with the “学、议、做、评” and 签到、照片; the 组织生活会, the 民主评议 and its 公示, the 设岗定责; "每两年至少
发展1名", the 公示, a “本项不得分” and 党费 按月), 产业发展 (the 经营性收入 in bands of 万元; one 合作社 and the 带动; the “三资” 台账, a quarterly 财务
公开 and the 分配方案; two 户 a 致富带头人, a monthly 排查 and the 帮扶措施), 基层治理 (the 村规民约 and the 红白理事会, two 移风易俗 宣传; a monthly
排查, the 化解率 and no 越级上访; two 巡山 a month, no 违规用火 and no 通报; the 党员中心户, a monthly 民情 and its 台账) and 为民服务 (five days of the
服务中心, the 代办 登记 and its 回访; the 志愿服务队, a monthly 志愿服务 and the 人均 时长 in bands; the “七一”、重阳、春节 慰问 and the “政治生日”; the
年底 满意率).

The title (bold, centred) and a centred "（评定对象：全县各村党组织）" line above one table: 序号 | 评定项目 | 评定内容 | 分值 | 评分细则. Each category is
a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line, "一、班子队伍（20分）". 序号 (FIRST column) runs 1..20
through the table, NOT restarting under the section rows. 评定项目 is a short sub-label (`Row.indicator`); 评定内容 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`). After the 20 scored rows and BEFORE the 合计 row, the 一票否决 section in
rows of its own, each ONE cell merged across the whole table: a section row "六、一票否决事项（有下列情形之一的，实行一票否决，当年不得评定星级）" and
four 情形 rows, "（一）村“两委”班子成员…的。" … "（四）…的。" (no points; they belong to no item and are not in `sections`). First printed with the
four 情形 as ordinary rows (序号 "（一）"…, 评定项目 "否决情形", the 情形, "—", "实行一票否决，当年不得评定星级"), which the importer read as a sixth
category "一票否决事项"; then under the 合计, where its rows were read as four more items of 为民服务; so each 情形 is printed as one merged line, as
real tables also print them. A 合计 row of 100 closes the table; a "说明：" paragraph and three numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 评定内容
("一般不超过55周岁", "35周岁以下的不少于1名", "大专及以上学历的不少于1名", "不少于2名", "年内…不少于1次、累计不少于5天", "每年…不少于40学时", "每天至少
1名", "每月召开1次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "每月10日", "每年召开1次", "每两年至少
发展1名", "不少于7天", "按月", "5万元以上", "不少于1个", "每季度公开一次", "不少于2户", "每月排查一次", "100%", "年内…不少于2次", "每月…一次", "百分之
九十五以上", "每月巡查不少于2次", "10户左右", "每月…不少于1次", "每周开放不少于5天", "每月至少开展1次", "不少于10小时", "“七一”、重阳、春节", "每年
…一次", "年底", "不低于百分之八十五"); "最高扣" caps; "酌情扣1-2分" four times, "酌情扣0.5-1分" three times and "酌情扣0.5分" once; bands of the
经营性收入 in 万元 (all 8 points, closed by "5万元以下的不得分") and of the 人均 志愿服务时长 in 小时 (2 of the 5, closed by "6小时以下的不得分"); two
"本项不得分"; the 一票否决 only in its own rows.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(indicator: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 评定项目, 评定内容, 分值, 评分细则."""
    return Row(text, points, scoring, indicator=indicator)


TABLE = Table(
    name="zzzzl_zhashui_cun_dangzuzhi_xingji_docx",
    fmt="docx",
    title="柞水县2025年度村党组织星级评定评分细则",
    numbering="printed",
    sections=(
        Section("班子队伍", "一、班子队伍（20分）", 20, (
            _row("班子结构",
                 "村党组织书记具有高中（中专）及以上学历，年龄一般不超过55周岁；村“两委”成员中35周岁以下的不少于1名、大专及以上学历的不少于1名；"
                 "储备村级后备力量不少于2名。", 5,
                 "书记学历、年龄不符合要求的，酌情扣1-2分；35周岁以下、大专及以上学历成员每缺1名扣1分；后备力量每少1名扣0.5分。"),
            _row("教育培训",
                 "村党组织书记年内参加县级以上集中轮训不少于1次、累计不少于5天；村“两委”成员每年参加培训不少于40学时。", 4,
                 "书记未参加轮训的扣2分；轮训时间不足5天的扣0.5分；“两委”成员学时不足的，每人扣0.2分，最高扣1.5分。"),
            _row("坐班值班",
                 "实行村干部坐班值班制度，每天至少1名村干部在村党群服务中心值班，值班记录完整；村干部外出向镇党委报备。", 5,
                 "暗访发现无人值班的，每次扣1分，最高扣3分；值班记录不完整的扣0.5分；外出未报备的，每人次扣0.5分。"),
            _row("议事决策",
                 "村“两委”联席会议每月召开1次；村级重大事项落实“四议两公开”，实施结果公开；班子团结协作、议事决策规范。", 6,
                 "联席会议每少1次扣0.3分，最高扣2分；重大事项未执行“四议两公开”的，每件扣1分，最高扣2分；班子不团结、内耗严重的，酌情扣1-2分。"),
        )),
        Section("组织生活", "二、组织生活（20分）", 20, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；外出务工党员通过微信群、视频参加。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣5分；会议记录不规范的，酌情扣0.5-1分。"),
            _row("主题党日",
                 "每月10日开展主题党日活动，落实“学、议、做、评”规定动作；活动有签到、有照片。", 5,
                 "主题党日每少1次扣0.3分，最高扣3分；规定动作不落实的，酌情扣0.5-1分；缺签到或照片的，每次扣0.1分，最高扣1分。"),
            _row("组织生活会",
                 "每年召开1次组织生活会，开展民主评议党员，评议结果在村务公开栏公示；推行党员设岗定责，每名党员认领1个岗位。", 4,
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；评议结果未公示的扣0.5分；未设岗定责的扣0.5分。"),
            _row("发展党员",
                 "每两年至少发展1名党员，优先从致富能手、返乡大学生、退役军人中发展；发展对象公示不少于7天；党员按月交纳党费。", 5,
                 "两年内未发展党员的扣2分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分；党费未按月交纳的，每人次扣0.1分，最高扣1分。"),
        )),
        Section("产业发展", "三、产业发展（20分）", 20, (
            _row("集体经济",
                 "村集体经济年经营性收入达到5万元以上。", 8,
                 "年经营性收入20万元以上的得8分，10万元（含）—20万元的得6分，5万元（含）—10万元的得4分，5万元以下的不得分。"),
            _row("产业带动",
                 "村党组织领办木耳、中药材、林下经济等特色产业合作社不少于1个，带动农户增收；党员带头创办领办致富项目。", 4,
                 "未领办合作社的扣2分；合作社运行不规范、带动作用不明显的，酌情扣1-2分。"),
            _row("“三资”管理",
                 "村级“三资”台账清晰，财务收支每季度公开一次；集体经济收益分配方案经村民代表会议通过并公示。", 4,
                 "无“三资”台账的扣1分；财务公开每少1次扣0.5分；分配方案未经通过或未公示的扣1分。"),
            _row("巩固衔接",
                 "党员致富带头人每人结对帮带脱贫户、监测户不少于2户；防止返贫动态监测每月排查一次，监测户帮扶措施落实率100%。", 4,
                 "帮带不足2户的，每人扣0.2分，最高扣1分；排查每少1次扣0.2分；帮扶措施未落实的，每户扣0.5分。"),
        )),
        Section("基层治理", "四、基层治理（20分）", 20, (
            _row("乡风文明",
                 "修订完善村规民约，经村民会议或村民代表会议通过；红白理事会、村民议事会正常运行，年内开展移风易俗宣传不少于2次。", 5,
                 "未修订村规民约的扣1分；红白理事会、村民议事会运行不正常的，酌情扣0.5-1分；宣传每少1次扣0.5分。"),
            _row("平安建设",
                 "每月开展一次矛盾纠纷排查，矛盾纠纷化解率达到百分之九十五以上；全年无进京赴省越级上访。", 5,
                 "排查每少1次扣0.3分；化解率每低1个百分点扣0.2分，最高扣1分；发生越级上访的，每起扣2分。"),
            _row("生态保护",
                 "落实秦岭生态环境保护责任，党员带头巡山护林，每月巡查不少于2次；森林防火期内无野外违规用火。", 5,
                 "巡查每少1次扣0.2分，最高扣2分；发生野外违规用火的，每起扣1分；发生违建、乱采乱挖被上级通报的，本项不得分。"),
            _row("党员联户",
                 "推行“党员中心户”联户制度，每名党员中心户联系农户10户左右，每月收集民情不少于1次，建立民情台账。", 5,
                 "联系户数明显不足的，酌情扣0.5分；收集民情每少1次扣0.2分，最高扣2分；无民情台账的扣1分。"),
        )),
        Section("为民服务", "五、为民服务（20分）", 20, (
            _row("服务阵地",
                 "村党群服务中心规范挂牌，每周开放不少于5天；推行代办帮办，群众事项办理有登记、有回访。", 5,
                 "开放时间不足的扣1分；无代办登记的扣1分；无回访记录的扣0.5分；服务中心功能不全的，酌情扣1-2分。"),
            _row("志愿服务",
                 "组建党员志愿服务队，每月至少开展1次志愿服务，重点关爱留守老人、留守儿童；党员年人均志愿服务时长不少于10小时。", 5,
                 "无志愿服务队的扣1分；志愿服务每少1次扣0.2分，最高扣2分；人均时长10小时以上的得2分，6小时（含）—10小时的得1分，6小时以下的"
                 "不得分。"),
            _row("关心关爱",
                 "“七一”、重阳、春节走访慰问老党员、困难党员和困难群众；每年为80岁以上老党员过一次“政治生日”。", 5,
                 "走访慰问每少1次扣1分；未开展“政治生日”活动的扣1分。"),
            _row("群众评价",
                 "年底由镇党委组织群众代表对村党组织进行满意度测评，满意率不低于百分之八十五。", 5,
                 "满意率低于85%的，每低5个百分点扣1分，扣完为止。"),
        )),
    ),
)

HEADER = ["序号", "评定项目", "评定内容", "分值", "评分细则"]
VETO_HEAD = "六、一票否决事项（有下列情形之一的，实行一票否决，当年不得评定星级）"
VETO = (
    ("（一）", "村“两委”班子成员违纪违法受到党纪重处分或被追究刑事责任的。"),
    ("（二）", "发生重大安全生产事故、森林火灾或重大环境污染事件的。"),
    ("（三）", "违反程序发展党员或违规转移党员组织关系造成不良影响的。"),
    ("（四）", "发生规模性返贫或因工作失职被县级以上通报批评的。"),
)
NOTES = (
    "说明：",
    "1.星级评定实行百分制，90分以上为五星，80—89分为四星，70—79分为三星，60—69分为二星，60分以下为一星；有一票否决情形的，不予评星。",
    "2.各项扣分以该项分值为限，扣完为止；评分细则列明得分档次的，按档次计分；村集体经济经营性收入以县农业农村局审核的年度报表为准。",
    "3.评定采取村自评、镇初评、县抽查复核的方式，于11月下旬完成，评定结果在全县通报并与村干部绩效报酬挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_scored = sum(len(s.rows) for s in t.sections)
    n_rows = 1 + len(t.sections) + n_scored + 1 + len(VETO) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（评定对象：全县各村党组织）")
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
    merge_cells(tbl, r, 0, r, ncols - 1, VETO_HEAD)
    r += 1
    for mark, text in VETO:
        merge_cells(tbl, r, 0, r, ncols - 1, mark + text)
        r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
