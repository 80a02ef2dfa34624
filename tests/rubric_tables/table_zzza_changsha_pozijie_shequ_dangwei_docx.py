"""中共长沙市天心区坡子街街道工作委员会2025年度社区党委党建工作考核评分细则 (.docx), as a 湖南 长沙 老城 商圈 街道党工委 (its 党建办
with the 商圈办, the 应急办 and the 街道纪工委, a 考核组 going round each 社区 in December) scores the 社区党委 round the 坡子街 and
太平街: 火宫殿 and the 美食 lanes, 夜经济 until late, 沿街门店 and “九小场所”, old 单位宿舍 with no 物业 behind them, many 商户 with
党员 among them: 政治建设 (the “第一议题” with a monthly 集中学习 and 32学时, a half-yearly 研判 of the 意识形态 with the 审核 of the
公众号 and 居民群 and a 一票否决, two 现场教学 and a quarterly “微党课” 宣讲 进商户), 组织建设 (the 组织体系 with the 小区党支部 覆盖率 and
the 兼职委员 from the 商会 and 市场, the “三会一课” with a monthly 社区党委会 and the 书记's 党课, the 主题党日 around the 10th with the
参加率 and 补学, the 组织生活会 with 征求意见, 谈心谈话, 民主评议 and its 备案, one 积极分子 and the 公示), 党员队伍 (党费 with a
half-yearly 公示 and the 信息系统, the 在职党员's 报到率 with four 志愿服务 and the 年底 反馈, the 台账 of 困难党员 and 老党员 with the
“七一” and 春节 慰问 and a quarterly 看望 of those over 80, the 年初 承诺 and 年底 评议), 治理服务 (the 商圈党建联盟 with five 共建协议, a
quarterly 联席会议 and the “门前三包” 签订率, the “红色物业” 覆盖率 with a half-yearly 测评, the 网格员's thirty 走访 a month with the
办结率 in bands, a monthly 消防 排查 of the 门店 and “九小场所” with a 一票否决, the 年初 实事清单 with five 实事, the 年底 公布 and a
满意度 in bands) and 责任落实 (the 年初 责任书 and 计划, the 年底 述职 and the 半年总结; a deduction-only line on 插手物业 and 商户经营);
then, outside the 100, a 加分项 of two bonus rows (the 推介 of the 社区's 做法, the 表彰).

The title (bold, centred), a centred "（考核对象：坡子街街道所辖各社区党委）" line and a "社区：…  社区党委书记：…  考核组：…  考核时间：…"
line above the main table: 序号 | 考核项目 | 考核内容 | 分值 | 评分标准 | 佐证材料. 序号 comes FIRST and runs 1..19 through the whole table,
NOT restarting. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITH an ordinal on TWO lines,
"一、政治建设\\n（15分）". 分值 before the 评分标准, a plain number. 佐证材料 (`Row.method`) names the papers the 社区 lays out, joined by
"、" (once a way of checking, 街道纪工委提供). The 合计 row prints 100. Below it a paragraph "加分项（基本分之外，最高加5分）" and a SECOND
small table, 序号 | 加分内容 | 最高加分 | 加分标准 | 佐证材料, holding the two bonus rows (`BONUS`; "加3分", "本项最高加2分"): no scored
items of the 100. A 说明 paragraph closes the document (the 等次 and the 一票否决 on the year's grade). Counts in figures and
Chinese numerals ("每月至少组织一次", "每半年分析研判一次", "每季度开展一次", "每季度至少上门看望一次"); "不少于32学时"; "最高扣" caps;
"酌情扣0.5-1分", "酌情扣1-2分" twice and "酌情扣1分"; two sets of bands (a 办结率 and a 满意度, each closed by "…以下的不得分"); two
"实行一票否决，本项不得分"; three plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzza_changsha_pozijie_shequ_dangwei_docx",
    fmt="docx",
    title="中共长沙市天心区坡子街街道工作委员会2025年度社区党委党建工作考核评分细则",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设\n（15分）", 15, (
            Row("社区党委坚持“第一议题”制度，每月至少组织一次集中学习；党员每年参加集中学习培训不少于32学时。", 5,
                "集中学习每少一次扣0.5分；学时不足的，每人扣0.1分，最高扣2分；未落实“第一议题”制度的扣1分。", "学习记录、学时登记表"),
            Row("落实意识形态工作责任制，每半年分析研判一次意识形态形势；社区微信公众号、居民微信群信息发布实行审核把关，做到“谁发布、"
                "谁负责”。", 5,
                "研判每少一次扣1分；信息发布未经审核的，每次扣0.5分；发生意识形态领域重大事件、造成恶劣影响的，实行一票否决，本项不得分。",
                "研判报告、审核登记表"),
            Row("依托辖区红色资源开展现场教学，全年不少于2次；每季度开展一次“微党课”宣讲进商户、进楼栋活动。", 5,
                "现场教学每少一次扣1分；宣讲每少一次扣0.5分；宣讲内容空泛、形式单一的，酌情扣0.5-1分。", "活动方案、活动照片"),
        )),
        Section("组织建设", "二、组织建设\n（25分）", 25, (
            Row("健全“社区党委—小区（网格）党支部—楼栋党小组—党员中心户”组织体系，小区党支部覆盖率达到100%；推行商圈党建，吸纳辖区"
                "商会、市场、景区等单位党组织负责人担任社区党委兼职委员。", 6,
                "小区党支部覆盖率每低10个百分点扣1分；无兼职委员的扣1分；组织体系不健全、党小组设置不合理的，酌情扣1-2分。",
                "组织架构图、兼职委员名单"),
            Row("落实“三会一课”制度：社区党委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次；社区党委"
                "书记每年讲党课不少于1次。", 7,
                "“三会一课”每少一次扣0.5分，最高扣4分；书记未讲党课的扣1分；会议记录补记、代写的，发现一次扣1分。", "会议记录本、签到表"),
            Row("每月10日前后开展主题党日活动，党员参加率不低于90%；流动党员、年老体弱党员通过线上参加或送学补学。", 4,
                "主题党日每少一次扣0.4分；参加率每低5个百分点扣0.2分；未落实补学的扣0.5分。", "活动记录、活动照片"),
            Row("每年召开一次组织生活会，会前广泛征求意见、开展谈心谈话，会上认真开展批评和自我批评；同步开展民主评议党员，评议结果报"
                "街道党工委备案。", 5,
                "未召开组织生活会的扣3分；未征求意见或未开展谈心谈话的扣1分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。",
                "会议记录、征求意见表、民主评议表"),
            Row("年内确定入党积极分子不少于1名，注重从社区工作者、网格员和商户经营者中培养；严格执行发展党员工作程序，发展对象公示期不少于"
                "5个工作日。", 3,
                "未确定入党积极分子的扣1分；未公示的扣1分；程序不规范的，每人扣0.5分；违规发展党员的，本项不得分。",
                "发展党员档案、公示材料"),
        )),
        Section("党员队伍", "三、党员队伍\n（15分）", 15, (
            Row("党员按月交纳党费，党费收缴情况每半年公示一次；全国党员管理信息系统数据及时维护、完整准确。", 4,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；未公示的，每次扣0.5分；信息系统数据不准确的，每处扣0.2分，最高扣1.5分。",
                "党费收缴台账、公示照片"),
            Row("在职党员到社区报到率达到100%，报到党员每年参加社区志愿服务不少于4次；社区年底向报到党员所在单位党组织反馈表现情况。", 5,
                "报到率每低5个百分点扣0.5分；志愿服务不足4次的，每人扣0.1分，最高扣2分；未反馈的扣1分。",
                "报到登记册、志愿服务记录、反馈函"),
            Row("建立困难党员、老党员、流动党员台账，“七一”、春节期间开展走访慰问；对80岁以上老党员每季度至少上门看望一次。", 3,
                "无台账的扣1分；走访慰问未开展的扣1分；上门看望每少一次扣0.2分。", "党员台账、走访记录、慰问照片"),
            Row("开展党员“亮身份、践承诺”活动，党员年初认领承诺事项，年底进行评议；设立党员先锋岗、党员责任区。", 3,
                "未开展承诺的扣1分；年底未评议的扣1分；先锋岗、责任区作用发挥不明显的，酌情扣1分。", "承诺书、评议记录"),
        )),
        Section("治理服务", "四、治理服务\n（35分）", 35, (
            Row("发挥商圈党建联盟作用，与辖区商户、市场、景区等单位签订共建协议不少于5家，每季度召开一次商圈党建联席会议；引导沿街商户"
                "落实“门前三包”，责任书签订率达到95%以上。", 7,
                "共建协议每少1家扣0.5分；联席会议每少一次扣1分；“门前三包”签订率每低5个百分点扣0.5分。",
                "共建协议、会议纪要、“门前三包”责任书"),
            Row("推进“红色物业”，有物业服务的小区成立物业党支部或党的工作小组，覆盖率达到80%以上；无物业小区由社区党委兜底管理；每半年"
                "组织一次居民对物业服务的满意度测评。", 7,
                "覆盖率每低10个百分点扣1分；无物业小区管理缺位的，酌情扣1-2分；测评每少一次扣1分；因物业问题引发群体性事件的，本项不得分。",
                "物业党组织名单、测评表"),
            Row("落实网格化服务管理，网格员每月走访居民、商户不少于30户次，收集的问题诉求按时办结，办结率达到95%以上。", 6,
                "走访不足的，每人每月扣0.1分，最高扣2分；办结率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。",
                "走访台账、平台数据"),
            Row("每月开展一次老旧楼栋、沿街门店、“九小场所”消防安全排查，隐患及时整改；配合做好夜经济街区秩序维护，不发生重大安全事故。", 7,
                "排查每少一次扣0.5分；隐患未及时整改的，每处扣0.5分，最高扣2分；辖区发生较大以上安全生产事故或亡人火灾事故的，实行一票"
                "否决，本项不得分。", "排查台账、整改记录"),
            Row("年初征集居民群众需求形成为民办实事清单，全年办结不少于5件，年底公布办理结果；居民群众满意度达到90%以上。", 8,
                "未形成清单的扣1分；实事每少1件扣0.5分；办理结果未公布的扣1分；满意度90%以上的得4分，80%（含）至90%的得2分，80%以下的"
                "不得分。", "实事清单、满意度测评表"),
        )),
        Section("责任落实", "五、责任落实\n（10分）", 10, (
            Row("社区党委书记年初签订党建工作责任书，制定年度党建工作计划，年底向街道党工委述职；年中报送半年工作总结。", 5,
                "未签订责任书的扣1分；无年度计划的扣1分；未述职的扣2分；未报送半年总结的扣1分。", "责任书、工作计划、述职报告、半年总结"),
            Row("社区党员干部违反中央八项规定精神，违规插手物业管理和商户经营事务（本项为扣分项）。", 5,
                "受到党纪政务处分的，每人次扣2分；被区级以上通报批评的，每次扣1分；社区党委班子成员受到处分的，本项不得分。", "街道纪工委提供"),
        )),
    ),
)

BONUS_LINE = "加分项（基本分之外，最高加5分）"
BONUS = (
    Row("社区党建工作经验做法被区级以上推介，或在区级以上会议上作典型发言。", 3,
        "被省级以上推介的加3分，市级加2分，区级加1分；同一事项按最高级别计分，不重复加分，本项最高加3分。", "推介文件、会议材料"),
    Row("社区党组织或党员获得区级以上党内表彰。", 2,
        "获得市级以上表彰的加2分，区级表彰的加1分，本项最高加2分。", "表彰文件、荣誉证书"),
)

BONUS_HEADER = ["序号", "加分内容", "最高加分", "加分标准", "佐证材料"]
HEADER = ["序号", "考核项目", "考核内容", "分值", "评分标准", "佐证材料"]
NOTE = ("说明：1.考核由街道党工委于12月组织实施，商圈办、应急办、街道纪工委参加，采取查阅资料、实地查看、座谈走访、问卷测评相结合的"
        "方式；2.基本分100分，加分项最高5分；各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“优秀”，80—89分的为“良好”，"
        "60—79分的为“一般”，60分以下的为“较差”；4.社区发生严重违纪违法案件、重大安全事故或重大群体性事件的，实行一票否决，年度考核"
        "不得评为“优秀”等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：坡子街街道所辖各社区党委）")
    document.add_paragraph("社区：              社区党委书记：              考核组：              考核时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(BONUS_LINE)
    bonus = docx_grid_table(document, 1 + len(BONUS), len(BONUS_HEADER), BONUS_HEADER)
    for i, row in enumerate(BONUS, 1):
        for c, v in enumerate((str(i), row.text, _fmt(row.points), row.scoring, row.method)):
            bonus.cell(i, c).text = v
    document.add_paragraph(NOTE)
    document.save(str(path))
