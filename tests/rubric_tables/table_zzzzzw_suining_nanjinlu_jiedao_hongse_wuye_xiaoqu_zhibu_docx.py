"""中共遂宁市船山区南津路街道工作委员会2025年度小区党支部红色物业工作考核评分表 (.docx), as the 党工委 of 南津路街道 in 船山区 in 遂宁 in 四川 (its
党建办 with the 社区治理办 (物业 desk), the 平安办 and the 街道纪工委, a 考核组 walking the 小区 between the 涪江 embankment and the old 南津路 in the
middle of December, when the 涪江 is low and grey under the 南津路 bridge, the 观音湖 mist sits on the riverside 小区 till noon, the 业委会 are arguing over
next year's 物业费 and the 红色驿站 in every 小区 gatehouse has its 台账 stacked beside the 党旗) scores each 小区党支部 (独立 or 联合, with the 物业服务企业
党组织 of the 小区) on its 红色物业 work: a table whose 考核标准 prints what the 支部 must have done or reached and whose 评分办法 takes points off one clause
at a time (scoring the 物业服务 满意率 in bands): 组织覆盖 (the 支部 and the 物业 覆盖率 with the 党建指导员; the “双向进入、交叉任职” and the 党员 比例 of the
业委会; the 换届 and 3天; the 楼栋 党小组 and 楼栋长 and a quarterly 走访), 组织生活 (the “三会一课” and the 书记's 党课; the 主题党日 on the 15th, its 参加率,
the 方案、签到表、照片; the 组织生活会, 谈心谈话, 民主评议 and the 公示; 党费 按月, the 花名册, a half-yearly 更新 and the 流入党员), 红色物业 (the 联席会议
制度 and a monthly 联席会议; a quarterly 评议 of the 物业, its 上报 and the 满意率 in bands; a half-yearly 公开 of the 收支 and a "本项不得分"; the 调处率, no
群体性事件 and no 越级上访; three 实事 and their 公示), 服务群众 (the 志愿服务队, a monthly 志愿服务, the 报到率 and four of each 在职党员; the “七一”、春节
慰问, the 关爱台账 and a monthly 走访; the 红色驿站, its 制度 and five days) and 基础工作 (the 年初 计划, the 年中 小结, the 年底 总结 and 述职; the 公开栏
and a quarterly 更新, the 台账).

The title (bold, centred) and a centred "（考核对象：…）" line above one table: 序号 | 考核项目 | 考核标准 | 分值 | 评分办法. Each category is a SECTION ROW
merged across the table, printed WITH an ordinal and its points on one line, "一、组织覆盖（20分）"; 序号 (FIRST column) runs 1..18 through the table, NOT
restarting under the section rows. 考核项目 is a short sub-label (`Row.indicator`); 考核标准 (`Row.text`) says what is required; 分值 is a plain number
BEFORE the 评分办法 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the scored rows; UNDER it a "加分项（最高加5分）" section
row merged across the table and two rows with NO 序号, each with the most it adds as its 分值 (not in `sections`: README, a bonus category, left out of the
labels). A "说明：" paragraph follows the table. Counts in figures and Chinese numerals, nearly all in the 考核标准 ("3名以上", "100%", "百分之五十以上",
"每年…不少于3天", "每季度…一遍", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次", "每年…不少于1次", "每月15日",
"百分之八十", "每年召开一次", "按月", "每半年更新一次", "每月召开一次", "每季度…一次", "百分之八十五以上", "每半年公开一次", "百分之九十五以上", "年内…
不少于3件", "每月…不少于1次", "100%", "每人每年…不少于4次", "“七一”、春节", "每月走访一次", "每周开放不少于5天", "年初", "年中", "年底", "年底", "每季度
更新…一次"); one threshold only in the 评分办法 ("参加率低于80%的"); "最高扣" caps; bands of the 满意率 (3 of the 7 points, closed by "80%以下的不得分");
"每低10个百分点" twice, "每低5个百分点" once and "每低1个百分点" once; "每人每季度" once; "酌情扣0.5-1分" twice and "酌情扣1-2分" twice; one plain "本项不
得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(indicator: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 考核项目, 考核标准, 分值, 评分办法."""
    return Row(text, points, scoring, indicator=indicator)


TABLE = Table(
    name="zzzzzw_suining_nanjinlu_jiedao_hongse_wuye_xiaoqu_zhibu_docx",
    fmt="docx",
    title="中共遂宁市船山区南津路街道工作委员会2025年度小区党支部红色物业工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "一、组织覆盖（20分）", 20, (
            _row("组织设置",
                 "有3名以上正式党员的小区单独建立党支部，不足3名的建立联合党支部；物业服务企业党的组织覆盖率达到100%，暂不具备条件的企业由街道"
                 "选派党建指导员。", 6,
                 "小区党支部未按规定建立的扣2分；物业服务企业党的组织覆盖率每低10个百分点扣1分；应选派未选派党建指导员的，每家扣0.5分。"),
            _row("交叉任职",
                 "推行“双向进入、交叉任职”，小区党支部书记或委员通过法定程序进入业委会，物业项目经理中的党员兼任小区党支部委员；业委会成员中党员"
                 "比例达到百分之五十以上。", 5,
                 "未实行交叉任职的扣2分；业委会党员比例每低10个百分点扣0.5分，最高扣2分；交叉任职人员履职不到位的，酌情扣0.5-1分。"),
            _row("支部班子",
                 "支部委员会按期换届，委员分工明确；支部书记每年参加街道党工委组织的集中培训不少于3天。", 5,
                 "未按期换届的扣2分；委员分工不明确的扣1分；支部书记培训不足3天的扣1分。"),
            _row("楼栋党小组",
                 "按楼栋（单元）设立党小组或党员中心户，每个楼栋明确1名党员楼栋长；党员楼栋长每季度对所联系楼栋住户走访一遍。", 4,
                 "党员楼栋长每缺1名扣0.3分，最高扣1分；走访未全覆盖的，每人每季度扣0.1分，最高扣2分。"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("“三会一课”",
                 "严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次；支部书记每年为党员讲"
                 "党课不少于1次。", 7,
                 "会议每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；会议记录不全、代签的，每次扣0.3分，最高扣2分。"),
            _row("主题党日",
                 "每月15日开展主题党日，组织党员参与小区环境整治、邻里互助等活动；活动有方案、有签到表、有照片。", 6,
                 "主题党日每少1次扣0.5分；党员参加率低于80%的，每次扣0.2分，最高扣1分；方案、签到表、照片不全的，每次扣0.2分，最高扣1分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话；开展民主评议党员，评议结果在小区党务公开栏公示。", 6,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣1分；未开展民主评议党员的扣2分；评议结果未公示的扣1分。"),
            _row("党员管理",
                 "党员按月交纳党费；建立小区党员花名册，党员信息每半年更新一次；流入小区的党员及时纳入支部管理。", 6,
                 "未按月交纳党费的，每人次扣0.1分，最高扣2分；无花名册的扣1分；信息更新每少1次扣0.5分；流入党员未纳入管理的，每人扣0.2分，最高扣"
                 "1分。"),
        )),
        Section("红色物业", "三、红色物业（30分）", 30, (
            _row("联席会议",
                 "建立小区党支部领导下的业委会、物业服务企业、社区民警等参加的“红色物业”联席会议制度，每月召开一次联席会议，研究解决小区治理"
                 "问题。", 6,
                 "无联席会议制度的扣1分；联席会议每少1次扣0.5分，最高扣3分；议定事项未落实的，每件扣0.5分。"),
            _row("服务评议",
                 "小区党支部每季度组织党员、居民代表对物业服务企业开展一次服务质量评议，评议结果报社区党委；物业服务满意率达到百分之八十五以上。", 7,
                 "评议每少1次扣1分；评议结果未上报的扣0.5分；满意率90%以上的得3分，85%（含）—90%的得2分，80%（含）—85%的得1分，80%以下的不"
                 "得分。"),
            _row("收支公开",
                 "督促物业服务企业每半年公开一次物业服务费、公共收益收支情况；公共收益使用经业主大会或业委会决定。", 5,
                 "收支公开每少1次扣1分；公共收益使用未经决定的，每笔扣1分；因收支不公开引发群体性投诉的，本项不得分。"),
            _row("矛盾调处",
                 "建立物业纠纷“支部吹哨、多方报到”调处机制，物业矛盾纠纷调处率达到百分之九十五以上；全年不发生因物业问题引发的群体性事件和越级"
                 "上访。", 6,
                 "调处率每低1个百分点扣0.3分，最高扣2分；发生群体性事件的，每起扣3分；发生越级上访的，每起扣1分。"),
            _row("民生实事",
                 "梳理居民“微心愿”“微需求”，年内推动解决加装电梯、停车管理、充电设施等民生实事不少于3件，办理结果向居民公示。", 6,
                 "实事每少1件扣1分；办理结果未公示的扣1分；实事办理群众不满意的，酌情扣1-2分。"),
        )),
        Section("服务群众", "四、服务群众（15分）", 15, (
            _row("志愿服务",
                 "组建小区党员志愿服务队，每月开展志愿服务不少于1次；在职党员到居住小区报到率100%，每人每年参加小区志愿服务不少于4次。", 6,
                 "无志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2分；报到率每低5个百分点扣0.5分；在职党员参加不足4次的，每人扣0.1分，最高"
                 "扣1分。"),
            _row("关爱帮扶",
                 "“七一”、春节期间走访慰问小区困难党员、老党员；建立独居老人、困难家庭关爱台账，党员结对联系，每月走访一次。", 5,
                 "慰问每少1次扣1分；无关爱台账的扣1分；结对走访每少1次扣0.2分，最高扣2分。"),
            _row("红色驿站",
                 "在小区设立党群服务站（红色驿站），有标识、有制度、有活动，每周开放不少于5天。", 4,
                 "无党群服务站的扣2分；标识、制度每缺一项扣0.5分；开放时间不足的，酌情扣0.5-1分。"),
        )),
        Section("基础工作", "五、基础工作（10分）", 10, (
            _row("计划总结",
                 "年初制定支部工作计划，年中形成半年工作小结，年底形成工作总结；支部书记年底向社区党委述职。", 5,
                 "计划、小结、总结每缺一项扣1分；书记未述职的扣2分。"),
            _row("党务公开",
                 "设置小区党务公开栏，公开内容每季度更新一次；党建台账分类整理、专人管理。", 5,
                 "无公开栏的扣1分；公开内容每少更新1次扣0.5分；台账不规范的，酌情扣1-2分。"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核标准", "分值", "评分办法"]
BONUS_NAME = "加分项（最高加5分）"
BONUS = (
    ("创建示范", "小区获评市级以上“红色物业示范小区”的", 3, "市级加3分，区级加2分"),
    ("经验推广", "小区红色物业经验做法被市级以上媒体报道或在市级以上会议交流的", 2, "每次加1分"),
)
NOTES = (
    "说明：1.本表由街道党工委于2025年12月中旬组织考核，党建办牵头，社区治理办、平安办、街道纪工委参加，采取查阅资料、实地查看、入户走访相结合"
    "的方式进行；2.各项扣分以该项分值为限，扣完为止；评分办法列明得分档次的，按档次计分；物业服务满意率以街道委托第三方入户测评结果为准；"
    "3.考核得分90分以上的评为“红色物业示范小区”，60分以下的小区党支部由街道党工委约谈支部书记、限期整改。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1 + 1 + len(BONUS)
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（考核对象：辖区各住宅小区党支部、物业服务企业党组织）")
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
    r += 1
    merge_cells(tbl, r, 0, r, ncols - 1, BONUS_NAME)
    r += 1
    for label, text, most, rule in BONUS:
        for c, v in ((1, label), (2, text), (3, _fmt(most)), (4, rule)):
            tbl.cell(r, c).text = v
        r += 1
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
