"""安溪县茶产业非公有制企业党组织2025年度党建工作考核评分表 (.docx), as the 非公有制经济组织党委 of 福建 泉州 安溪县 (set up under the 县委社会工作部,
its 党建指导员 with the 县茶业发展中心, the 县总工会, the 市场监管局 and the 应急管理局, a 考核组 going round the 茶企 in late December, when the 秋茶 has
been made and sold, the 铁观音 初制所 are quiet, the 茶园 on the terraced hills of 西坪 and 感德 are pruned for the winter and the 茶博汇 is hung with red
lanterns for the 春节 market) scores the 党组织 of a 茶企: the 茶业 集团 with a 党委 over its 子公司, 生产基地 and 直营门店, the 精制 厂 with a 党支部 of its
own 制茶师傅 and 质检员, the 电商 茶企 whose young 党员 sell on 直播: a table of 基础分 and 加分项 whose 考核内容 prints what the 党组织 must have done, whose
评分细则 takes points off one clause at a time (scoring the 党组织 覆盖率 and the 职工 满意率 in bands) and whose 考核方式 says how the 考核组 looks: 组织覆盖
(the 覆盖率 in bands, the 工作覆盖率 and the 换届; the 党员信息台账, a half-yearly 摸排, the 转接 and the 纳入管理率; the 书记, the 交叉任职比例 and the 章程;
two 积极分子, the 公示 and a "本项不得分"), 组织生活 (the “三会一课”, the 书记's two 党课, the 参会率 and the 记录; the 主题党日, four 活动 and their 内容;
the 组织生活会, the 征求意见, the 民主评议 and the 谈心谈话; 党费 按月, a quarterly 公示, 24学时, the 积分 and the 年底 星级), 作用发挥 (five 先锋岗, the
亮身份 and the 带徒; two 攻关成果, the 转化 and the 产值; the 工会、共青团、妇联, the 劳动合同 签订率, a quarterly 座谈会 and a 一票否决; a hundred 茶农, three
培训, the 共建协议 and its 实效; a monthly 排查, the 抽检 合格率 and a 一票否决; a quarterly 志愿服务, two 公益活动 and a "本项不得分") and 基础保障 (the 场所,
the 标识、党旗、制度、书报, the 经费 and its 台账; the 年初 计划, its 备案, the 年底 总结, the 年底 述职 and its 满意率; the 年底 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：全县规模以上茶叶企业党组织）" line above one table: 序号 | 考核项目 | 考核内容 | 评分细则 | 分值 | 考核方式.
Under the header a BANNER ROW "一、基础分（100分）" merged across the table. The 考核项目 are MERGED CELLS down the SECOND column, printed WITH a bracketed
ordinal and WITH their points on one line, "（一）组织覆盖（20分）"; there is no short sub-label. 序号 (FIRST column) runs 1..17 through the 基础分, NOT
restarting. 考核内容 (`Row.text`) says what is required; the 评分细则 (`Row.scoring`) comes BEFORE the 分值, a plain number; 考核方式 (`Row.method`) last,
naming only the ways the 考核组 checks. A "基础分合计" row of 100 closes the 基础分; then a BANNER ROW "二、加分项（最高加10分）" merged across the table and
three bonus rows numbered 1..3 (a short name in the 考核项目 column, the 加分内容 in the 考核内容 column, the 加分办法 in the 评分细则 column, the most each
adds in the 分值 column; not in `sections`); a "说明：" paragraph with four numbered lines follows the table. Counts in figures and Chinese numerals, nearly
all in the 考核内容 ("百分之九十以上", "100%", "按期", "每半年开展一次", "100%", "百分之五十以上", "年内…不少于2名", "不少于5个工作日", "支部委员会每月召开
1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "不低于百分之八十", "每月开展一次", "年内…不少于4次", "每年召开
一次", "按月", "每季度公示一次", "每人每年…不少于24学时", "年底", "不少于5个", "每名…不少于1名", "年内…不少于2项", "100%", "每季度召开一次", "全年", "不少于
100户", "年内…不少于3期", "每月开展一次", "100%", "全年", "每季度开展一次", "年内…不少于2次", "不少于30平方米", "1%", "年初", "年底", "年底", "不低于百分之
八十五", "年底", "百分之九十"); "最高扣" caps; bands of the 党组织 覆盖率 (3 of the 6 points, closed by "80%以下的不得分") and of the 年底 满意率 (all 7,
closed by "80%以下的不得分"); "每少10户" once; "每低10个百分点" twice and "每低5个百分点" twice; "酌情扣0.5-1分" six times and "酌情扣1-2分" once; two
"实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float, how: str) -> Row:
    """One row in the order the table prints it: 考核内容, 评分细则, 分值, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzzd_anxi_chaye_feigong_qiye_dangzuzhi_docx",
    fmt="docx",
    title="安溪县茶产业非公有制企业党组织2025年度党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "（一）组织覆盖（20分）", 20, (
            _row("企业下属子公司、生产基地、直营门店党组织覆盖率达到百分之九十以上，未建立党组织的全部选派党建指导员，党的工作覆盖率达到100%；企业党组织"
                 "按期换届。",
                 "党组织覆盖率95%以上的得3分，90%（含）—95%的得2分，80%（含）—90%的得1分，80%以下的不得分；党的工作覆盖率每低10个百分点扣1分，最高扣2分；"
                 "党组织未按期换届的扣1分。", 6, "查阅资料、实地查看"),
            _row("建立企业党员信息台账，每半年开展一次党员身份摸排，新入职员工中的党员及时转接组织关系；流动党员纳入管理率达到100%。",
                 "无党员信息台账的扣1分；摸排每少1次扣1分；新入职党员组织关系未及时转接的，每人扣0.5分，最高扣1.5分；纳入管理率每低10个百分点扣0.5分，"
                 "最高扣1分。", 5, "查阅资料"),
            _row("企业党组织书记由企业出资人或高管中的党员担任，或由党建指导员兼任；推行党组织班子成员与企业管理层“双向进入、交叉任职”，交叉任职比例达到"
                 "百分之五十以上；党建工作写入企业章程。",
                 "书记人选不符合要求的扣1分；交叉任职比例低于50%的扣1.5分；党建工作未写入企业章程的扣1.5分；党组织参与企业重大决策机制不健全的，酌情扣"
                 "0.5-1分。", 5, "查阅资料、个别谈话"),
            _row("年内从生产经营骨干、制茶能手、技术人才中确定入党积极分子不少于2名；发展党员严格履行程序，发展对象公示不少于5个工作日。",
                 "积极分子每少1名扣1分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。", 4, "查阅资料"),
        )),
        Section("组织生活", "（二）组织生活（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；企业党组织书记每年讲党课不少于2次；采茶、制茶旺季可"
                 "采取“车间党课”“茶园党课”等灵活方式，党员参会率不低于百分之八十。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录不完整的，酌情扣0.5-1分。",
                 7, "查阅资料"),
            _row("每月开展一次主题党日活动；年内组织党员开展“茶企党员进茶园”技术服务、红色教育等活动不少于4次。",
                 "主题党日每少1次扣0.3分，最高扣2分；活动每少1次扣0.5分，最高扣2分；活动内容与生产经营脱节的，酌情扣0.5-1分。", 5, "查阅资料"),
            _row("每年召开一次组织生活会，会前征求职工群众意见，会上开展批评和自我批评；会后开展民主评议党员；支部书记与党员、党员与职工开展谈心谈话。",
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；未开展民主评议党员的扣1.5分；未开展谈心谈话的扣1分。", 5, "查阅资料、个别谈话"),
            _row("党员按月交纳党费，党费收缴情况每季度公示一次；党员每人每年参加集中学习培训不少于24学时，通过“学习强国”等平台开展线上学习；实行党员积分制"
                 "管理，年底评定星级党员。",
                 "未按月交纳党费的，每人次扣0.1分，最高扣1.5分；党费公示每少1次扣0.5分，最高扣1.5分；学时不足的，每人扣0.2分，最高扣2分；未实行积分制管理"
                 "的扣1分；年底未评定星级党员的扣1分。", 8, "查阅资料"),
        )),
        Section("作用发挥", "（三）作用发挥（35分）", 35, (
            _row("在茶叶初制、精制、质检、营销等岗位设立党员先锋岗、党员责任区不少于5个；党员亮身份、佩戴党徽上岗；党员技术骨干带徒传技，每名带徒不少于"
                 "1名。",
                 "先锋岗、责任区每少1个扣0.5分，最高扣2分；党员未亮身份上岗的，酌情扣0.5-1分；带徒传技未落实的，每人扣0.3分，最高扣1.5分。", 6,
                 "查阅资料、实地查看"),
            _row("企业党组织围绕生产经营开展“党员攻关”，年内形成制茶工艺革新、品质提升等攻关成果不少于2项；企业年度产值或营业收入保持稳定。",
                 "攻关成果每少1项扣1分；成果未转化应用的，酌情扣0.5-1分；产值或营业收入较上年下降的，酌情扣1-2分。", 6, "查阅资料"),
            _row("推动企业依法建立工会、共青团、妇联组织；依法与职工签订劳动合同，劳动合同签订率达到100%；每季度召开一次职工代表座谈会，听取职工意见；全年"
                 "不发生欠薪引发的群体性事件。",
                 "工会、共青团、妇联每缺一个扣0.5分；劳动合同签订率每低5个百分点扣0.5分，最高扣1.5分；座谈会每少1次扣0.5分；发生欠薪引发群体性事件的，"
                 "实行一票否决，本项不得分。", 6, "查阅资料、个别谈话"),
            _row("推行“党组织+茶企+合作社+茶农”模式，带动周边茶农不少于100户；年内组织茶园管理、茶叶加工技术培训不少于3期；与所在村党组织签订结对共建"
                 "协议。",
                 "带动茶农每少10户扣0.3分，最高扣1.5分；技术培训每少1期扣0.5分；未签订共建协议的扣1分；共建流于形式的，酌情扣0.5-1分。", 5,
                 "查阅资料、实地查看"),
            _row("党员带头落实安全生产和食品安全责任，每月开展一次安全隐患排查；茶叶产品农残抽检合格率达到100%；全年不发生生产安全事故和食品安全事故。",
                 "排查每少1次扣0.3分，最高扣2分；抽检合格率低于100%的扣2分；发生生产安全事故或食品安全事故的，实行一票否决，本项不得分。", 6,
                 "查阅资料、实地查看"),
            _row("组织党员职工参加志愿服务，每季度开展一次；年内参与“万企兴万村”、助学帮困等公益活动不少于2次；企业诚信经营，无严重违法失信记录。",
                 "志愿服务每少1次扣0.5分，最高扣2分；公益活动每少1次扣1分；企业被列入严重违法失信名单的，本项不得分。", 6, "查阅资料、网上查询"),
        )),
        Section("基础保障", "（四）基础保障（20分）", 20, (
            _row("企业提供不少于30平方米的党组织活动场所，做到有标识、有党旗、有制度、有书报；党建工作经费按不低于上年度职工工资总额1%的比例列入企业管理"
                 "费用，建立经费使用台账。",
                 "活动场所面积不足的扣1分；标识、党旗、制度、书报每缺一项扣0.5分；未落实党建工作经费的扣2分；无经费使用台账的扣1分。", 7,
                 "实地查看、查阅资料"),
            _row("年初制定党建工作计划，报县非公有制经济组织党委备案；年底形成工作总结；企业党组织书记年底向县非公有制经济组织党委述职，述职评议满意率不低于"
                 "百分之八十五。",
                 "无计划的扣1分；计划未备案的扣0.5分；无总结的扣1分；书记未述职的扣2分；述职评议满意率低于85%的扣1分。", 6, "查阅资料、现场述职"),
            _row("年底由县非公有制经济组织党委组织职工代表对企业党组织开展满意度测评，满意率达到百分之九十。",
                 "满意率95%以上的得7分，90%（含）—95%的得5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。", 7, "问卷测评"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分细则", "分值", "考核方式"]
BASE_HEAD = "一、基础分（100分）"
BONUS_HEAD = "二、加分项（最高加10分）"
BONUS = (
    ("1", "表彰荣誉", "企业党组织或党员获得市级以上表彰，或企业获评省级以上“和谐劳动关系单位”的。", "市级每项加1分，省级以上每项加2分。", 4),
    ("2", "品牌创建", "企业党建工作品牌被评为县级以上“两新”党建示范点，或经验做法在市级以上推广的。", "每项加1.5分。", 3),
    ("3", "新建组织", "新成立企业党组织或年内发展党员的。", "每个（名）加1分。", 3),
)
NOTES = (
    "说明：",
    "1.本表由县非公有制经济组织党委于12月下旬组织考核，党建指导员牵头，县茶业发展中心、县总工会、市场监管局、应急管理局参加，以2025年1月1日至考核"
    "之日形成的资料为准。",
    "2.考核总分＝基础分得分＋加分项得分，加分最高10分；基础分各项扣分以该项分值为限，扣完为止；评分细则列明得分档次的，按档次计分。",
    "3.农残抽检合格率以县市场监管局年度抽检结果为准；严重违法失信名单以“信用中国”网站公示为准。",
    "4.考核总分95分以上的为“五星级”，85—94分的为“四星级”，75—84分的为“三星级”，75分以下的不评星，考核结果与企业党建工作经费补助挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + 1 + sum(len(s.rows) for s in t.sections) + 1 + 1 + len(BONUS)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：全县规模以上茶叶企业党组织）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    merge_cells(tbl, 1, 0, 1, ncols - 1, BASE_HEAD)
    r = 2
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    merge_cells(tbl, r, 0, r, 3, "基础分合计")
    tbl.cell(r, 4).text = _fmt(t.total)
    r += 1
    merge_cells(tbl, r, 0, r, ncols - 1, BONUS_HEAD)
    r += 1
    for number_text, name, text, rule, most in BONUS:
        for c, v in ((0, number_text), (1, name), (2, text), (3, rule), (4, _fmt(most))):
            tbl.cell(r, c).text = v
        r += 1
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
