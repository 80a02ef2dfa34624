"""西安高新区人力资源服务行业党委2025年度两新党组织党建工作考核评分表 (.docx), as the 行业党委 of the 人力资源服务 trade in the 高新区 of 西安 in
陕西 (its 党建工作部 with the 人社局 of the 高新区, the 人力资源服务产业园 运营中心, the 行业协会 and the 行业纪委, a 考核组 going floor by floor through the
产业园 towers on the 锦业路 in the middle of December, when the 秦岭 is white to the south, the 春节 返乡 招聘会 are being booked for the 高铁 北客站, the
猎头 firms are closing their year's mandates for the 半导体 and 航天 plants of the 高新区 and the 劳务派遣 companies are settling the 社保 of thousands of
派遣 workers) scores the 党组织 of the 人力资源服务 firms in the 园区: the 联合党支部 of the small 猎头 and 招聘 firms, the 党支部 of a 人力资源外包 company
whose 党员 are 驻场 at the 客户's plants, the 党支部 of a 网络招聘平台's 西北 branch: a table whose 考核要点 prints what the 党组织 must have done, whose
评分标准 takes points off one clause at a time (scoring the 年底 满意率 in bands) and whose 考核方式 names only how the 考核组 checks, with a small 加分项
table under the 基础分合计: 组织建设 (the 组织覆盖率 and the 工作覆盖率; the 书记, the 35周岁以下 支委 and the 换届; a half-yearly 摸排, the 台账 and the
转接; the 章程, the “双向进入” and the 决策; two 积极分子, the 公示 and a "本项不得分"), 组织生活 (the “三会一课”, the 截图, the 参会率 and the 记录; the
主题党日 and four 公益招聘 主题活动; the 组织生活会, the 谈心谈话 with each 党员, the 民主评议, the 反馈 and the 批评; 24学时, a quarterly 集中学习 and the
书记's yearly 示范培训), 党员队伍 (党费 按月, a yearly 核定 and a half-yearly 公示; the 亮身份率, two 先锋岗 and the 优秀比例; the 积分, a quarterly 公示,
the “七一”、春节 慰问, the 年底 评选 and its 公开), 作用发挥 (the 就业服务专员, 500人次 of 就业服务, a quarterly “党建+招聘” and the 台账; no 违规 and a
"本项不得分", a quarterly 座谈会, the 劳动合同签订率 and the 反馈机制; the 服务队, a monthly 志愿服务, 15小时 and the 结对帮扶; the 年底 满意率 in bands) and
基础保障 (the 场所, the 经费, its 台账 and the 标识、制度; the 年初 计划, the 年底 总结, the 年底 述职 and its 评议结果).

The title (bold, centred) and a centred "（考核对象：高新区人力资源服务产业园入驻企业党组织）" line above one table: 考核项目 | 序号 | 考核要点 | 基础分 |
评分标准 | 考核方式. The 考核项目 are MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH their points on ONE line, "一、组织建设（25分）";
序号 (SECOND column) RESTARTS at 1 in every 考核项目 (ids "1.1" … "5.2"); there is no short sub-label. 考核要点 (`Row.text`) says what is required; the
points column is headed "基础分", a plain number BEFORE the 评分标准 (`Row.scoring`); 考核方式 (`Row.method`) last, naming only the ways the 考核组 checks
("查阅资料", "系统核查", "实地查看", "个别访谈", "问卷测评", "第三方测评"). A "基础分合计" row of 100 closes the table. UNDER it a centred paragraph
"加分项（最高加10分）" and a SECOND, small table 序号 | 加分内容 | 最高加分 | 加分标准 of four rows (not in `sections`); then a "说明：" paragraph with four
numbered lines. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("3名以上", "百分之九十以上", "100%", "3至5名", "35周岁以下的不少于1名",
"按期", "每半年开展一次", "3个月内", "年内…不少于2名", "不少于5个工作日", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次",
"不低于百分之八十", "每月开展一次", "年内…不少于4次", "每年召开一次", "每名党员", "每人每年…不少于24学时", "每季度至少…一次", "每年…不少于1次", "按月",
"每年核定一次", "每半年…公示", "100%", "不少于2个", "不低于百分之三十", "每季度公示一次", "“七一”、春节", "年底", "年内…不少于500人次", "每季度不少于1次",
"全年", "每季度召开一次", "100%", "每月开展一次", "不少于15小时", "1个以上", "年底", "百分之九十", "不少于30平方米", "年初", "年底", "年底"); "最高扣" caps;
bands of the 年底 满意率 (all 6 points, closed by "80%以下的不得分"); the 述职评议 graded "“一般”的扣1分，“差”的扣2分"; "每少50人次" once; "每低10个百分点"
twice and "每低5个百分点" twice; "酌情扣0.5-1分" three times, "酌情扣0.5-1.5分" twice and "酌情扣1分" and "酌情扣0.5分" once each; two "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the table prints it: 考核要点, 基础分, 评分标准, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzzj_xian_gaoxin_renli_ziyuan_fuwu_hangye_dangzuzhi_docx",
    fmt="docx",
    title="西安高新区人力资源服务行业党委2025年度两新党组织党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织建设", "一、组织建设（25分）", 25, (
            _row("入驻企业中有正式党员3名以上的单独建立党支部，不足3名的建立联合党支部，党的组织覆盖率达到百分之九十以上；暂不具备建党条件的企业选派"
                 "党建指导员，党的工作覆盖率100%。", 6,
                 "组织覆盖率每低5个百分点扣1分，最高扣3分；工作覆盖率每低10个百分点扣0.5分，最高扣2分；应建未建的，每个扣0.5分，最高扣1分。",
                 "查阅资料、系统核查"),
            _row("党组织书记由企业出资人、高管中的党员担任，或由行业党委选派；支委会成员3至5名，其中35周岁以下的不少于1名；党组织按期换届。", 5,
                 "书记配备不符合要求的扣1分；无35周岁以下支委的扣1分；未按期换届的扣2分；书记长期不在岗、履职不到位的，酌情扣1分。",
                 "查阅资料、个别访谈"),
            _row("每半年开展一次从业人员中党员摸排，建立党员信息台账；新入职党员3个月内转入组织关系或纳入管理；劳务派遣员工中的党员纳入派遣企业党组织"
                 "管理。", 5,
                 "摸排每少1次扣1分；无党员信息台账的扣1分；组织关系未及时转接或未纳入管理的，每人扣0.3分，最高扣1.5分；派遣员工党员管理缺位的，酌情扣"
                 "0.5-1分。",
                 "查阅资料、系统核查"),
            _row("推动企业将党建工作要求写入公司章程；建立党组织与企业管理层“双向进入、交叉任职”机制；企业重大决策前听取党组织意见。", 4,
                 "未写入公司章程的扣1.5分；未建立“双向进入、交叉任职”机制的扣1分；重大决策未听取党组织意见的，每件扣0.5分，最高扣1.5分。",
                 "查阅资料、个别访谈"),
            _row("年内确定入党积极分子不少于2名，注重在一线招聘顾问、猎头顾问、技术骨干中发展；发展对象公示不少于5个工作日；发展党员程序规范。", 5,
                 "积极分子每少1名扣1分；未公示的扣1分；违反程序发展党员的，本项不得分。",
                 "查阅资料"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；针对员工外派驻场多的特点，可采取“线上+线下”方式，"
                 "线上会议留存截图；党员参会率不低于百分之八十。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；线上会议无截图的，每次扣0.2分，最高扣1分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录不完整的，"
                 "酌情扣0.5-1分。",
                 "查阅资料"),
            _row("每月开展一次主题党日活动；年内结合“春风行动”“就业援助月”等，组织党员开展公益招聘、就业指导等主题活动不少于4次。", 6,
                 "主题党日每少1次扣0.3分，最高扣2.5分；主题活动每少1次扣0.5分，最高扣2分；活动与行业特点结合不紧密的，酌情扣0.5-1.5分。",
                 "查阅资料、实地查看"),
            _row("每年召开一次组织生活会，开展批评和自我批评；会前党组织书记与每名党员谈心谈话；会后开展民主评议党员，评议结果向党员本人反馈。", 6,
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.2分，最高扣1.5分；未开展民主评议党员的扣1.5分；评议结果未反馈的扣0.5分；批评和自我批评流于"
                 "形式的，酌情扣0.5分。",
                 "查阅资料、个别访谈"),
            _row("党员每人每年参加集中学习培训不少于24学时；党组织每季度至少开展一次集中学习，学习内容结合就业优先政策和《人力资源市场暂行条例》等行业"
                 "法规；党组织书记每年参加行业党委组织的示范培训不少于1次。", 5,
                 "学时不足的，每人扣0.2分，最高扣2分；集中学习每少1次扣0.5分，最高扣2分；书记未参加示范培训的扣1分。",
                 "查阅资料、系统核查"),
        )),
        Section("党员队伍", "三、党员队伍（15分）", 15, (
            _row("党员按月足额交纳党费，交纳基数每年核定一次；党费收缴情况每半年向党员公示；外派驻场党员可线上交纳。", 5,
                 "未按月交纳的，每人次扣0.1分，最高扣2分；未核定交纳基数的扣1分；未公示的扣1分。",
                 "查阅资料"),
            _row("党员在工位、线上招聘平台个人主页亮明党员身份，亮身份率100%；设立“党员先锋岗”“党员示范窗口”不少于2个；党员年度绩效考核优秀比例不低于"
                 "百分之三十。", 5,
                 "亮身份率每低10个百分点扣0.5分，最高扣1.5分；先锋岗、示范窗口每少1个扣1分；优秀比例低于30%的扣1分。",
                 "实地查看、查阅资料"),
            _row("实行党员积分管理，积分每季度公示一次；“七一”、春节慰问生活困难党员；年底评选优秀党员，评选结果公开。", 5,
                 "未实行积分管理的扣1.5分；积分公示每少1次扣0.3分，最高扣1.2分；未开展慰问的扣1分；年底未评选优秀党员的扣1分；评选结果未公开的扣0.3分。",
                 "查阅资料"),
        )),
        Section("作用发挥", "四、作用发挥（25分）", 25, (
            _row("党组织牵头组建党员“就业服务专员”队伍，年内为高校毕业生、退役军人、就业困难人员等重点群体提供就业服务不少于500人次；“党建+招聘”进社区、"
                 "进校园活动每季度不少于1次。", 7,
                 "未组建就业服务专员队伍的扣1分；就业服务每少50人次扣0.5分，最高扣2.5分；进社区、进校园活动每少1次扣0.5分，最高扣2分；服务台账记录不全的，"
                 "酌情扣0.5-1.5分。",
                 "查阅资料、系统核查"),
            _row("党员带头诚信经营，企业全年无违规收取求职者费用、发布虚假招聘信息、违法劳务派遣等行为；每季度召开一次员工座谈会，建立员工诉求收集反馈"
                 "机制；劳动合同签订率100%。", 6,
                 "发生违法违规经营行为被查处的，每起扣2分，造成恶劣影响的，本项不得分；座谈会每少1次扣0.5分，最高扣2分；劳动合同签订率低于100%的扣1分；"
                 "诉求反馈机制不健全的，酌情扣0.5-1分。",
                 "查阅资料、个别访谈"),
            _row("组建党员志愿服务队，每月开展一次志愿服务；党员人均年志愿服务时长不少于15小时；与1个以上社区或乡村结对开展就业帮扶。", 6,
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2分；服务时长不足的，每人扣0.1分，最高扣1.5分；未开展结对帮扶的扣1.5分。",
                 "查阅资料、系统核查"),
            _row("行业党委年底组织企业员工和服务对象代表对党组织开展满意度测评，满意率达到百分之九十。", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得4.5分，85%（含）—90%的得3分，80%（含）—85%的得1.5分，80%以下的不得分。",
                 "问卷测评"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            _row("企业提供不少于30平方米的党组织活动场所，或共享园区党群服务中心；党建工作经费纳入企业管理费用列支，建立经费使用台账；活动场所有标识、"
                 "有制度。", 5,
                 "无活动场所的扣1.5分；党建工作经费未落实的扣1.5分；无经费使用台账的扣1分；标识、制度每缺一项扣0.5分。",
                 "实地查看、查阅资料"),
            _row("年初制定党建工作计划并报行业党委；年底形成工作总结；党组织书记年底向行业党委述职，述职评议结果为“好”或“较好”。", 5,
                 "无计划或总结的，每项扣1分；书记未述职的扣2分；述职评议结果为“一般”的扣1分，“差”的扣2分。",
                 "查阅资料"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核要点", "基础分", "评分标准", "考核方式"]
BONUS_TITLE = "加分项（最高加10分）"
BONUS_HEADER = ["序号", "加分内容", "最高加分", "加分标准"]
BONUS = (
    ("党组织或党员获得区级以上表彰的。", 3, "区级每项加1分，市级以上每项加2分。"),
    ("党建工作经验做法被区级以上媒体、简报刊发推广的。", 2, "每篇加0.5分。"),
    ("获评“五星级”两新党组织或创建区级以上党建示范点的。", 3, "区级加2分，市级以上加3分。"),
    ("企业年度吸纳重点群体就业超过100人或获评人力资源服务诚信示范机构的。", 2, "加2分。"),
)
NOTES = (
    "说明：",
    "1.本表由行业党委于12月中旬组织考核，党建工作部牵头，高新区人社局、人力资源服务产业园运营中心、行业协会、行业纪委参加，以2025年1月1日至考核"
    "之日形成的资料和人社业务系统数据为准。",
    "2.基础分各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；满意度测评由行业党委委托第三方实施。",
    "3.考核总分＝基础分得分＋加分项得分，加分项最高加10分；联合党支部按所覆盖企业情况综合评价。",
    "4.考核总分95分以上的为“五星级”，85—94分的为“四星级”，75—84分的为“三星级”，75分以下的不评星，评星结果作为党建工作经费补助的依据。",
)


def build(t: Table, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：高新区人力资源服务产业园入驻企业党组织）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            cells = ((1, str(i)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total, label="基础分合计")
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    heading.add_run(BONUS_TITLE).bold = True
    bonus = docx_grid_table(document, 1 + len(BONUS), len(BONUS_HEADER), BONUS_HEADER)
    for i, (text, most, rule) in enumerate(BONUS, 1):
        for c, v in enumerate((str(i), text, _fmt(most), rule)):
            bonus.cell(i, c).text = v
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
