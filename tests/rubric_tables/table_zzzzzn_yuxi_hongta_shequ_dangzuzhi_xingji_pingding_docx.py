"""中共玉溪市红塔区委组织部2025年度社区党组织星级评定标准及评分表 (.docx), as the 组织部 of the 区委 of 红塔区 in 玉溪 in 云南 (its 基层党建科 with
the 区委社会工作部, the 区民政局 and the 街道党工委, an 评定组 going from 社区 to 社区 of the 玉兴、凤凰路、北城 and 春和 街道 in the middle of December,
when the 聂耳 music of the 聂耳公园 plays in the cold mornings, the 红塔 on its hill is lit at night, the 烟草 of the 研和 fields has long been cured and
sold and the 社区 are hanging the star plaques of the year before for the 评定组 to see) rates each 社区党组织 of the 区 on five stars: a table whose
评定标准 prints what the 社区党组织 must have done for each star, whose 评分办法 takes points off one clause at a time (scoring the 群众满意率 in bands)
and whose 星级 are the merged categories: 班子过硬星 (the 书记's 40学时, the 35周岁以下 and 大专 成员, the 交叉任职比例 and the 履职; the 换届, the 补选,
three 后备力量 and the 坐班值班制度; a monthly 联席会议, the “四议两公开”, the 决策 记录, the 团结 and the 年底 述职述廉), 组织生活星 (the “三会一课”, the
参会率 and the 记录; the 主题党日 on a fixed day with 通知、签到、记录、影像资料; the 组织生活会, the 征求意见, the 谈心谈话, the 民主评议 and its 备案; the
书记's two 党课, a quarterly 集中学习 and 32学时), 党员管理星 (党费 按月, the 台账 and a half-yearly 公示; one 发展, the 公示, the 材料 and a 一票否决;
the 积分制管理 with a quarterly 公示, a monthly 联系 of the 流动党员 and a half-yearly 送学; the 报到率, three 志愿服务 of the 在职党员 and two 示范岗),
服务群众星 (the 党群服务中心 and its 公开; four 共建协议, the “三张清单”, a half-yearly 联席会议 and the 完成率; thirty 走访 a month, the 民情日志, the 办结率,
a yearly 满意度测评 and the 满意率 in bands) and 治理有效星 (the 覆盖率, the 网格员 and four 巡查 a month; a monthly 排查, the 调解成功率 and a "本项不得分";
a quarterly 公开, a monthly 议事协商 and its 公示, and the “三方联动”).

The title (bold, centred), a centred "（评定对象：全区各街道所辖社区党组织）" line and a "社区党组织：    所属街道：    评定日期：" line above one table:
星级 | 评定标准 | 分值 | 评分办法. There is NO 序号: the items are numbered by position 1..17. The 星级 are MERGED CELLS down the FIRST column, printed
WITHOUT an ordinal and WITH their points on a SECOND line, "班子过硬星\\n（20分）"; there is no short sub-label. 评定标准 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 评分办法 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the scored rows; UNDER
it the 一票否决 cases printed apart: a "一票否决事项" cell merged down the first column beside four rows with the case, NO points and "实行一票否决，当年
不予评定星级" (not in `sections`: README, left out of the labels). A "说明：" paragraph with four numbered lines follows the table (its star rule: a star
is given when that star scores 16 of its 20). Counts in figures and Chinese numerals, nearly all in the 评定标准 ("每年…不少于40学时", "35周岁以下的不少于
1名", "大专及以上学历的不少于3名", "不低于百分之五十", "按期", "不少于3名", "每月召开一次", "年底", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会
每月召开1次，党课每季度至少1次", "不低于百分之八十五", "每月固定日期开展一次", "每年召开一次", "每年开展一次", "每年…不少于2次", "每季度组织一次", "不少于
32学时", "按月", "每半年公示一次", "年内…不少于1名", "不少于7天", "每季度公示一次", "每月至少联系一次", "每半年…一次", "100%", "每人每年…不少于3次",
"不少于2个", "不少于300平方米", "每周开放不少于6天", "不少于4家", "每半年召开一次", "百分之九十以上", "每月…不少于30户", "百分之九十五以上", "每年开展",
"90%以上", "100%", "每月开展巡查不少于4次", "每月开展一次", "百分之九十八以上", "全年", "每季度公开一次", "每月召开一次"); "最高扣" caps; bands of the
满意率 (4 of the 9 points, closed by "85%以下的不得分"); "每低5个百分点" twice and "每低1个百分点" twice; "酌情扣1-3分", "酌情扣1-2分" and "酌情扣0.5-1分"
once each and "酌情扣1分" once; one "实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 评定标准, 分值, 评分办法."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzn_yuxi_hongta_shequ_dangzuzhi_xingji_pingding_docx",
    fmt="docx",
    title="中共玉溪市红塔区委组织部2025年度社区党组织星级评定标准及评分表",
    numbering="position",
    sections=(
        Section("班子过硬星", "班子过硬星\n（20分）", 20, (
            _row("社区党组织书记政治素质好、服务能力强，每年参加区级以上集中轮训不少于40学时；社区“两委”班子成员中35周岁以下的不少于1名，大专及以上"
                 "学历的不少于3名；“两委”成员交叉任职比例不低于百分之五十。", 7,
                 "书记培训学时不足的扣1分；无35周岁以下班子成员的扣1分；大专及以上学历成员不足3名的扣1分；交叉任职比例未达到50%的扣1分；书记履职不力、"
                 "群众反映强烈的，酌情扣1-3分。"),
            _row("社区党组织按期换届，届中调整补选程序规范；建立社区后备干部队伍，储备后备力量不少于3名；社区工作者落实坐班值班制度。", 6,
                 "未按期换届的扣2分；补选程序不规范的扣1分；后备力量每少1名扣0.5分，最高扣1.5分；未建立坐班值班制度的扣1分。"),
            _row("社区“两委”每月召开一次联席会议研究工作；重大事项落实“四议两公开”，决策过程有记录；班子成员团结协作，年底向党员群众述职述廉。", 7,
                 "联席会议每少1次扣0.5分，最高扣2分；重大事项未经“四议两公开”的，每件扣1分，最高扣2分；无决策记录的扣1分；班子不团结、内耗严重的，"
                 "酌情扣1-2分；年底未述职述廉的扣1分。"),
        )),
        Section("组织生活星", "组织生活星\n（20分）", 20, (
            _row("严格落实“三会一课”制度：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次；党员参会率不低于百分之"
                 "八十五；会议记录规范完整。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录不规范的，每次扣0.2分，最高扣1分；会议记录弄虚"
                 "作假的，本项不得分。"),
            _row("每月固定日期开展一次主题党日活动，做到有通知、有签到、有记录、有影像资料。", 5,
                 "主题党日每少1次扣0.5分，最高扣3分；通知、签到、记录、影像资料每缺一项扣0.2分，最高扣1分；活动内容单一、流于形式的，酌情扣0.5-1分。"),
            _row("每年召开一次组织生活会，会前广泛征求意见、开展谈心谈话，会上开展批评和自我批评；每年开展一次民主评议党员，评议结果报街道党工委备案。", 4,
                 "未召开组织生活会的扣2分；未征求意见或未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。"),
            _row("社区党组织书记每年为党员讲党课不少于2次；每季度组织一次集中学习，党员年度学习培训不少于32学时。", 3,
                 "书记讲党课每少1次扣0.5分；集中学习每少1次扣0.5分；学习培训学时不足的，每人扣0.1分，最高扣1分。"),
        )),
        Section("党员管理星", "党员管理星\n（20分）", 20, (
            _row("党员按月足额交纳党费，建立党费收缴台账；党费收缴使用情况每半年公示一次。", 4,
                 "未按月交纳党费的，每人次扣0.1分，最高扣2分；无党费收缴台账的扣1分；公示每少1次扣0.5分。"),
            _row("坚持发展党员总要求，年内发展党员不少于1名，注重在青年和社区工作者中发展；发展对象公示不少于7天，入党材料齐全规范。", 5,
                 "未完成发展任务的扣2分；发展对象未公示的扣1分；入党材料缺失的，每份扣0.2分，最高扣1分；违反程序发展党员的，实行一票否决，本项不得分。"),
            _row("推行党员积分制管理，积分每季度公示一次；外出流动党员每月至少联系一次；对年老体弱、行动不便的党员每半年上门送学一次。", 6,
                 "未推行积分制管理的扣1分；积分公示每少1次扣0.5分；流动党员联系不到位的，每人扣0.2分，最高扣1.5分；送学上门每少1人次扣0.1分，最高扣1分。"),
            _row("机关企事业单位在职党员到社区报到率100%，每人每年参加社区志愿服务不少于3次；设立党员示范岗不少于2个，党员亮身份、作表率。", 5,
                 "报到率每低5个百分点扣0.5分，最高扣1.5分；志愿服务不足3次的，每人扣0.1分，最高扣1.5分；党员示范岗每少1个扣1分。"),
        )),
        Section("服务群众星", "服务群众星\n（20分）", 20, (
            _row("社区党群服务中心面积不少于300平方米，实行“一站式”服务，每周开放不少于6天，推行错时延时服务；服务事项、办事流程上墙公开。", 5,
                 "面积不达标且无共享场所的扣1分；未实行错时延时服务的扣1分；开放时间不足的扣1分；服务事项、办事流程未公开的扣1分；群众办事“多头跑”被"
                 "投诉的，每次扣0.5分，最高扣1分。"),
            _row("与辖区单位党组织签订共建协议不少于4家，建立需求、资源、项目“三张清单”；每半年召开一次共驻共建联席会议，共建项目完成率达到百分之九十"
                 "以上。", 6,
                 "共建协议每少1家扣0.5分；“三张清单”每缺一张扣0.5分；联席会议每少1次扣1分；项目完成率低于90%的扣1分。"),
            _row("社区干部每月入户走访不少于30户，建立民情日志；群众诉求按期办结率达到百分之九十五以上；每年开展群众满意度测评，满意率达到90%以上。", 9,
                 "入户走访不达标的，每月扣0.3分，最高扣2分；无民情日志的扣1分；办结率每低1个百分点扣0.2分，最高扣2分；满意率95%以上的得4分，90%（含）"
                 "—95%的得3分，85%（含）—90%的得1分，85%以下的不得分。"),
        )),
        Section("治理有效星", "治理有效星\n（20分）", 20, (
            _row("构建“社区党组织—网格党支部—楼栋党小组”组织体系，网格党组织覆盖率100%；每个网格配备1名专职网格员，网格员每月开展巡查不少于4次，巡查"
                 "情况有记录。", 6,
                 "网格党组织覆盖率未达到100%的扣1.5分；网格员配备不到位的，每个网格扣0.5分，最高扣1.5分；巡查每少1次扣0.1分，最高扣2分；巡查记录不全"
                 "的，酌情扣1分。"),
            _row("每月开展一次矛盾纠纷排查化解，调解成功率达到百分之九十八以上；全年社区未发生重大刑事案件、群体性事件和重大安全事故。", 6,
                 "排查每少1次扣0.3分，最高扣2分；调解成功率每低1个百分点扣0.5分，最高扣2分；发生越级上访的，每起扣1分；发生重大刑事案件、群体性事件"
                 "或重大安全事故的，本项不得分。"),
            _row("党务、居务、财务每季度公开一次；每月召开一次居民议事协商会议，议定事项向居民公示；建立社区党组织领导下的居委会、业委会、物业服务企业"
                 "“三方联动”机制。", 8,
                 "公开每少1次扣0.5分，最高扣3分；议事协商会议每少1次扣0.3分，最高扣2分；议定事项未公示的扣1分；未建立“三方联动”机制的扣2分。"),
        )),
    ),
)

HEADER = ["星级", "评定标准", "分值", "评分办法"]
VETO_NAME = "一票否决事项"
VETO = (
    "社区党组织班子成员受到党纪政务处分或被追究刑事责任的。",
    "社区党组织换届选举中发生拉票贿选等违纪违法行为的。",
    "社区发生重大安全生产事故、重大群体性事件或造成恶劣影响的负面舆情的。",
    "星级评定申报资料弄虚作假的。",
)
VETO_RULE = "实行一票否决，当年不予评定星级"
NOTES = (
    "说明：",
    "1.本表由区委组织部于2025年12月中旬组织评定，基层党建科牵头，区委社会工作部、区民政局和各街道党工委参加，采取听取汇报、查阅资料、实地查看、"
    "随机走访相结合的方式进行，以2025年1月1日至评定之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分办法列明得分档次的，按档次计分。",
    "3.每颗星得分达到16分的授予该星，低于16分的不授该星；授予五颗星且总分90分以上的评为“五星级社区党组织”，授予四颗星的评为“四星级”，依此类推；"
    "授予两颗星以下的确定为整顿提升对象。",
    "4.有一票否决事项之一的，当年不予评定星级，已授星级予以摘除。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1 + len(VETO)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（评定对象：全区各街道所辖社区党组织）")
    document.add_paragraph("社区党组织：                    所属街道：                评定日期：      年    月    日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            for c, v in ((1, row.text), (2, _fmt(row.points)), (3, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    r += 1
    top = r
    for case in VETO:
        tbl.cell(r, 1).text = case
        tbl.cell(r, 3).text = VETO_RULE
        r += 1
    merge_cells(tbl, top, 0, r - 1, 0, VETO_NAME)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
