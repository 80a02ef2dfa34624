"""长清区2025年度村（社区）党组织分类定级评分标准 (.docx), as the 区委组织部 of 长清区 in 济南 in 山东 (its 组织一科 with the 区委社会工作部, the
农业农村局's 经管站 and the 区纪委监委's 第三监督检查室, a 复核组 going out after the 镇（街道）党（工）委 have made their 初评, in the middle of
December, when the 泰山 foothills south of the city are bare, the 马山 and 万德 村 are selling the last 核桃 and 柿饼 at the 大集, the 大学城 is empty
for the 考试周 and the 社区 along the 黄河 are hanging their 分类定级 boards for the year) scores each 村党组织 and 社区党组织 to put it into one of
four 等次 (先进、较好、一般、软弱涣散): a table whose 定级标准 prints what the 党组织 must have done, whose 评分办法 takes points off one clause at a time
(scoring the 参会率, the 经营性收入 in bands of 万元, the 化解率 and the 年底 满意率 in bands) and whose 定级项目 are the merged categories: 班子队伍 (the
书记's 5天 and the “一肩挑”; the 35周岁以下 and 大专以上 成员 and the 团结; two 后备力量, the 台账, the 结对培养 and the 坐班值班; the 年初 责任书, the
年底 述职, its 评议结果 and a quarterly 履职 报告), 组织生活 (the “三会一课” and the 参会率 in bands; the 主题党日, its 内容 and a quarterly 送学上门;
the 组织生活会, the 征求意见 or 谈心谈话, the 对照检查材料, the 民主评议 and the 备案; the 积分制, a monthly 积分 记录 and the 年底 公布), 党员管理
(党费 按月 with a quarterly 公示, a monthly 联系 of the 流动党员 and its 台账; one 积极分子, one 发展 every two years, the 公示 and a 一票否决; the
设岗定责率, five 联系户 and the 作用), 发展治理 (the 经营性收入 in bands and the 社区's 综合评定; the “四议两公开”, a quarterly “三务” 公开 and its 内容;
the 党员网格长, a monthly 排查 and the 化解率 in bands; the 开放, the 全程代办 制度, the 办结率 and the 功能) and 基础保障 (the 年初 计划, the 半年 小结,
the 年底 总结 and the 档案; the 经费, the 报酬 and the 经费使用台账) and 群众评价 (the 年底 满意率 in bands).

The title (bold, centred), a centred "（适用于全区各镇（街道）所辖村、社区党组织）" line and a "镇（街道）：    村（社区）：    评定日期：" line above
one table: 序号 | 定级项目 | 定级标准 | 分值 | 评分办法. 序号 (FIRST column) runs 1..18 through the table. The 定级项目 are MERGED CELLS down the SECOND
column, printed WITHOUT an ordinal and WITH their points on ONE line, "班子队伍（20分）"; there is no short sub-label. 定级标准 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 评分办法 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the scored rows.
UNDER it the 软弱涣散 vetoes printed apart: a "一票否决事项" cell merged down the second column beside five rows with NO 序号, the case, NO points and
"直接确定为“软弱涣散”等次" (not in `sections`: README, left out of the labels). A "说明：" paragraph with four numbered lines follows the table (its 等次
bands: 90分以上 先进, 80—89 较好, 60—79 一般, 60分以下 软弱涣散). Counts in figures and Chinese numerals, nearly all in the 定级标准 ("全年…不少于5天",
"35周岁以下的不少于1名，大专及以上学历的不少于2名", "不少于2名", "年初", "年底", "每季度…一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会
每月召开1次，党课每季度1次", "不低于百分之八十", "每月10日前后", "每季度…一次", "每年召开一次", "按月", "年底", "按月", "每季度公示一次", "每月至少联系
一次", "年内…不少于1名", "每两年至少…1名", "不少于5个工作日", "百分之九十以上", "不少于5户", "10万元以上", "每季度公开一次", "每月开展一次", "百分之九十
五以上", "每周开放不少于5天", "百分之九十以上", "年初", "年中", "年底", "年底", "不低于百分之八十五"); "最高扣" caps; bands of the 参会率 (3 of the 7
points, closed by "60%以下的不得分"), of the 经营性收入 in 万元 (all 8, closed by "5万元以下的不得分"), of the 化解率 (3 of the 6, closed by "85%以下的
不得分") and of the 年底 满意率 (all 10, closed by "80%以下的不得分"); "每低10个百分点" once and "每低5个百分点" once; "酌情扣1-3分" twice, "酌情扣1-2分"
once, "酌情扣0.5-1分" once, "酌情扣0.5-2分" once and "酌情扣1分" twice; one "综合评定"; one "一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 定级标准, 分值, 评分办法."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzp_changqing_cun_shequ_dangzuzhi_fenlei_dingji_docx",
    fmt="docx",
    title="长清区2025年度村（社区）党组织分类定级评分标准",
    numbering="printed",
    sections=(
        Section("班子队伍", "班子队伍（20分）", 20, (
            _row("党组织书记政治素质好、带富能力和服务群众能力强，全年参加区级以上集中轮训不少于5天；村（社区）党组织书记、村（居）委会主任“一肩挑”。",
                 5,
                 "书记参训不足5天的扣1分；未实现“一肩挑”且无特殊情况说明的扣1分；书记履职能力弱、群众认可度低的，酌情扣1-3分。"),
            _row("“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的不少于2名；班子成员分工明确、团结协作。", 5,
                 "班子年龄、学历结构每缺1名扣1分，最高扣2分；班子不团结、内耗严重、议而不决的，酌情扣1-3分。"),
            _row("储备村（社区）后备力量不少于2名，建立后备力量台账，每名后备力量明确1名“两委”成员结对培养；落实村（社区）干部坐班值班制度。", 5,
                 "后备力量每少1名扣1分；无后备力量台账的扣0.5分；结对培养未落实的扣0.5分；坐班值班不落实、群众办事找不到人的，每次扣0.5分，最高扣"
                 "1.5分。"),
            _row("党组织书记年初签订抓基层党建工作责任书，年底向镇（街道）党（工）委述职并接受评议；“两委”成员每季度向党组织报告一次履职情况。", 5,
                 "未签订责任书的扣1分；书记未述职的扣2分；述职评议结果为“一般”及以下的扣1分；履职报告每少1次扣0.25分，最高扣1分。"),
        )),
        Section("组织生活", "组织生活（20分）", 20, (
            _row("严格落实“三会一课”制度：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员参会率不低于百分之"
                 "八十。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率80%以上的得3分，70%（含）—80%的得2分，60%（含）—70%的得1分，60%以下的不得分。"),
            _row("每月10日前后开展主题党日，结合人居环境整治、网格化服务等开展活动；对年老体弱、行动不便的党员每季度送学上门一次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；活动内容单一、流于形式的，酌情扣0.5-1分；送学上门每少1人次扣0.1分，最高扣1分。"),
            _row("每年召开一次组织生活会，会前广泛征求意见、开展谈心谈话，班子成员撰写对照检查材料；会后开展民主评议党员，评议结果报镇（街道）党（工）委"
                 "备案。", 5,
                 "未召开组织生活会的扣2分；未征求意见或未开展谈心谈话的扣0.5分；对照检查材料每缺1人扣0.2分，最高扣1分；未开展民主评议党员的扣1分；评议"
                 "结果未备案的扣0.5分。"),
            _row("实行党员积分制管理，按月记录党员积分，年底公布积分结果。", 3,
                 "未实行积分制管理的扣1.5分；积分未按月记录的，每月扣0.1分，最高扣1分；年底未公布积分结果的扣0.5分。"),
        )),
        Section("党员管理", "党员管理（15分）", 15, (
            _row("党员按月足额交纳党费，党费收缴情况每季度公示一次；外出流动党员每月至少联系一次，建立流动党员管理台账。", 5,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1.5分；党费公示每少1次扣0.5分；流动党员联系每少1人次扣0.1分，最高扣1分；无流动党员管理台账的"
                 "扣0.5分。"),
            _row("严格落实发展党员“十六字”总要求，年内确定入党积极分子不少于1名，每两年至少发展党员1名；发展对象公示不少于5个工作日。", 5,
                 "未确定入党积极分子的扣1分；两年内未发展党员的扣2分；发展对象未公示的扣1分；违反程序发展党员的，一票否决，本项不得分。"),
            _row("推行党员设岗定责，设岗定责率达到百分之九十以上；开展党员联系户活动，每名党员联系群众不少于5户。", 5,
                 "设岗定责率每低10个百分点扣0.5分，最高扣1.5分；联系户不足5户的，每人扣0.1分，最高扣1.5分；党员作用发挥不明显、群众反映较差的，酌情扣"
                 "1-2分。"),
        )),
        Section("发展治理", "发展治理（25分）", 25, (
            _row("发展壮大村级集体经济，村集体年经营性收入达到10万元以上。", 8,
                 "村集体经营性收入30万元以上的得8分，20万元（含）—30万元的得6分，10万元（含）—20万元的得4分，5万元（含）—10万元的得2分，5万元以下的"
                 "不得分；社区由镇（街道）根据共驻共建、服务群众等情况综合评定。"),
            _row("落实“四议两公开”工作法，重大事项决策程序规范；党务、村（居）务、财务每季度公开一次。", 6,
                 "重大事项未履行“四议两公开”程序的，每件扣1分，最高扣3分；“三务”公开每少1次扣0.5分，最高扣2分；公开内容不真实、不全面的，酌情扣1分。"),
            _row("推行“党建+网格”治理，每个网格明确1名党员网格长；每月开展一次矛盾纠纷排查，矛盾纠纷就地化解率达到百分之九十五以上。", 6,
                 "网格未明确党员网格长的，每个扣0.5分，最高扣1.5分；排查每少1次扣0.3分，最高扣1.5分；化解率95%以上的得3分，90%（含）—95%的得2分，"
                 "85%（含）—90%的得1分，85%以下的不得分。"),
            _row("党群服务中心规范运行，每周开放不少于5天；建立为民服务全程代办制度，群众诉求办结率达到百分之九十以上。", 5,
                 "开放时间不足的扣1分；未建立全程代办制度的扣1分；办结率每低5个百分点扣0.5分，最高扣2分；服务中心功能闲置、挪作他用的，酌情扣1分。"),
        )),
        Section("基础保障", "基础保障（10分）", 10, (
            _row("年初制定党建工作计划，年中形成半年工作小结，年底形成全年工作总结；党建档案资料分类归档、齐全规范。", 5,
                 "缺计划、小结或总结的，每项扣1分；档案资料不齐全、不规范的，酌情扣0.5-2分。"),
            _row("村（社区）组织运转经费、服务群众专项经费和干部报酬足额落实，党建经费专款专用，建立经费使用台账。", 5,
                 "经费、报酬未足额落实的扣2分；挪用党建经费的扣2分；无经费使用台账的扣1分。"),
        )),
        Section("群众评价", "群众评价（10分）", 10, (
            _row("年底由镇（街道）组织党员、群众代表对村（社区）党组织进行满意度测评，满意率不低于百分之八十五。", 10,
                 "满意率95%以上的得10分，90%（含）—95%的得8分，85%（含）—90%的得6分，80%（含）—85%的得3分，80%以下的不得分。"),
        )),
    ),
)

HEADER = ["序号", "定级项目", "定级标准", "分值", "评分办法"]
VETO_NAME = "一票否决事项"
VETO = (
    "党组织书记长期缺职，或“两委”班子成员受到刑事处罚、党纪政务处分造成恶劣影响的。",
    "党组织班子软弱无力、不团结、内耗严重，工作处于停滞状态的。",
    "宗族宗教、家族势力、黑恶势力干扰渗透村（社区）工作的。",
    "重大事项违反“四议两公开”程序，引发群体性事件的。",
    "全年未召开组织生活会，或“三会一课”制度长期不落实的。",
)
VETO_RULE = "直接确定为“软弱涣散”等次"
NOTES = (
    "说明：",
    "1.本标准由各镇（街道）党（工）委于12月上旬组织初评，区委组织部会同区委社会工作部、区农业农村局、区纪委监委于12月中旬抽查复核，以2025年"
    "1月1日至评定之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分办法列明得分档次的，按档次计分；村集体经营性收入以区农业农村局审定的年报数据为准。",
    "3.评定得分90分以上的为“先进”，80—89分的为“较好”，60—79分的为“一般”，60分以下的为“软弱涣散”；有一票否决事项之一的，直接确定为“软弱涣散”"
    "等次。",
    "4.“先进”等次比例一般不超过本镇（街道）村（社区）总数的20%，“软弱涣散”党组织纳入全区整顿提升台账，实行区级领导包联。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1 + len(VETO)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（适用于全区各镇（街道）所辖村、社区党组织）")
    document.add_paragraph("镇（街道）：                村（社区）：                评定日期：      年    月    日")
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
    r += 1
    top = r
    for case in VETO:
        tbl.cell(r, 2).text = case
        tbl.cell(r, 4).text = VETO_RULE
        r += 1
    merge_cells(tbl, top, 1, r - 1, 1, VETO_NAME)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
