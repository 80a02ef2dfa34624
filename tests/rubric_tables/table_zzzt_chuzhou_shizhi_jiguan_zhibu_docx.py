"""滁州市直机关2025年度党支部工作考核评分表 (.docx), as the 市直机关工委 of 安徽 滁州 (its 组织部 with the 宣传部, the 机关纪工委 and the 机关
党校, a 考核组 going round the 市直 单位 in December with the 单位 机关党委 beside it) scores the 党支部 of the 市直机关: the 局 and 委 of a city on
the 琅琊山 below the 醉翁亭 whose 窗口 serve the 企业 of the new 开发区, whose 项目 and 执法 staff are out in the 县市区, whose 党员 report to the
社区 where they live, stand at the crossings for the 全国文明城市 and go down to the 联系村 of the 乡村振兴 as far as 凤阳 and 小岗村, the 新四军
and the 半塔保卫战 the city remembers: a table scored by 考核项目 and 考核指标 whose 考核要点 carries the requirements and whose 评分细则 gives a
short deduction a clause, mostly without repeating the figure: 政治建设 (the “第一议题” with a monthly 集中学习 and 32学时, a quarterly 青年理论学习小组, a half-yearly 研判 with the “三审
三校”, the 请示报告 and a 一票否决, the 书记's two 党课 and the 班子成员's one, a yearly 现场教学 and the “七一” 宣誓), 组织建设 (the “三会一课” with
the 签到, the 记录 and the 参会率, the monthly 主题党日, the 组织生活会 with 谈心谈话, the 对照检查, 民主评议 and the 备案, one 积极分子 a year with
党费, a yearly 核定 and the 系统, the 换届 with its 请示 and 报批, the 委员 and the 党小组, the “一支部一品牌” with a half-yearly 自评 against the
“四强” and the 台账), 党建业务融合 (two 先锋岗 with the 承诺, the 突击队 with one 攻坚项目 and one 合理化建议 a head, the 报到率 with four 志愿服务,
the 共建协议 and a quarterly 共建活动, a quarterly 调研 of the 联系村 with two 实事 and the 驻村 队员, the 制度 of the 窗口 with a half-yearly 测评,
the 满意度 and the 按期办结率) and 作风建设 (a yearly 风险点排查 with the 防控措施, a half-yearly 警示教育 and five 节前 廉洁提醒, a deduction-only
line on 八项规定 and “四风”, a monthly 文明劝导 with no 通报 and no 醉驾) and 责任落实 (the 年初 计划 and 责任书, a half-yearly 报告, the 年底 述职
with its 满意度 and the 年终 总结, the 预算, the 活动室 and one 业务培训 a year of the 党务工作者).

The title (bold, centred) and a centred "（考核对象：市直机关各单位党支部）" line above one table: 考核项目 | 序号 | 考核指标 | 考核要点 | 评分细则 |
分值. The categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITHOUT an ordinal and WITH their points on a SECOND line,
"政治建设\\n（20分）". 序号 (SECOND column) runs 1..17 through the whole table, NOT restarting. 考核指标 is a short sub-label (`Row.indicator`);
考核要点 says what is required (`Row.text`). 分值 is a plain number, the LAST column, AFTER the 评分细则. A 合计 row of 100; then two 加分项 rows
UNDER the 合计 row (序号 "加1", "加2", a "加分项" cell merged down the 考核项目 column); a "备注：" paragraph follows the table. Counts in figures and
Chinese numerals, nearly all in the 考核要点 ("每月至少开展一次", "每年…不少于32学时", "每季度开展一次", "每半年分析研判一次", "每年讲党课不少于
2次", "每年…不少于1次", "每年…开展一次", "“七一”期间", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度
1次", "每月开展一次", "每年召开一次", "每年开展一次", "年内…不少于1名", "按月", "每年7月核定一次", "按期", "7人以上", "每半年开展一次", "年内
…不少于1项", "每人每年…不少于1条", "每人每年…不少于4次", "每季度开展一次", "每季度到…调研一次", "每年…不少于2件", "每半年开展一次", "每年
开展一次", "每半年开展一次", "元旦、春节、端午、中秋、国庆等节日前", "每月参加一次", "年初", "每半年…报告一次", "年底", "年终", "每年…不少于
1次"); "不少于2个", "1个以上"; "百分之九十", "百分之八十五", "100%"; "每缺一项扣0.5分" once; "最高扣" caps; "酌情扣0.5-1分" twice and "酌情
扣0.5分" once; no bands; one "实行一票否决，本项不得分"; six other plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzt_chuzhou_shizhi_jiguan_zhibu_docx",
    fmt="docx",
    title="滁州市直机关2025年度党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设\n（20分）", 20, (
            Row("落实“第一议题”制度，支部每月至少开展一次集中学习；党员每年参加学习培训不少于32学时，“学习强国”等平台学习常态化；每季度开展"
                "一次青年理论学习小组活动。", 7,
                "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣2分；青年理论学习小组活动每少1次扣0.5分；“第一议题”学习不及时、不"
                "深入的，酌情扣0.5-1分。", indicator="理论武装"),
            Row("每半年分析研判一次意识形态形势，落实网络意识形态工作责任；单位门户网站、政务新媒体发布信息严格执行“三审三校”；重大事项按规定"
                "向单位党组（党委）和市直机关工委请示报告。", 7,
                "研判每少1次扣1分；未执行“三审三校”的，每次扣0.5分，最高扣2分；重大事项未请示报告的，每次扣1分；发生意识形态问题造成不良"
                "影响的，实行一票否决，本项不得分。", indicator="意识形态和请示报告"),
            Row("支部书记每年讲党课不少于2次，单位班子成员每年到所在支部讲党课不少于1次；每年组织党员到半塔保卫战纪念馆、新四军第二师"
                "司令部旧址等红色教育基地开展一次现场教学；“七一”期间组织新党员入党宣誓、党员重温入党誓词。", 6,
                "书记讲党课每少1次扣1分；班子成员未讲党课的，每人扣0.5分；未开展现场教学的扣1分；未组织宣誓活动的扣1分。",
                indicator="党性教育"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议有签到、有记录，记录由专人负责；"
                "党员参会率不低于百分之九十。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；无签到或记录不全的，每次扣0.2分，最高扣1分；参会率每低1个百分点扣0.1分，最高扣1分；"
                "存在补记、代签的，本项不得分。", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动；每年召开一次组织生活会，会前开展谈心谈话，支部班子和党员逐一对照检查；每年开展一次民主评议党员，"
                "评议结果报单位机关党委和市直机关工委备案。", 6,
                "主题党日每少1次扣0.3分，最高扣2分；未召开组织生活会的扣2分；谈心谈话未全覆盖的扣0.5分；未开展民主评议或未备案的扣1分。",
                indicator="组织生活"),
            Row("年内确定入党积极分子不少于1名，注重在业务骨干和青年干部中发展党员；党员按月足额交纳党费，每年7月核定一次交纳基数；党员组织"
                "关系转接及时，全国党员管理信息系统信息准确。", 6,
                "未确定积极分子的扣1分；党费未按月交纳的，每人次扣0.2分，最高扣1.5分；未核定基数的扣0.5分；组织关系转接不及时或系统信息不"
                "准确的，每人扣0.2分，最高扣1分；违反程序发展党员的，本项不得分。", indicator="党员发展和管理"),
            Row("支部按期换届，换届前向单位机关党委请示，选举结果及时报批；支委会设书记、组织委员、宣传委员、纪检委员，分工明确；党员7人以上"
                "的支部设立党小组。", 5,
                "未按期换届的扣2分；换届未请示或选举结果未报批的，每项扣0.5分；委员配备不齐、分工不明确的扣1分；应设未设党小组的扣1分。",
                indicator="支部设置"),
            Row("开展“一支部一品牌”创建，支部党建品牌有名称、有载体、有成效；对照“四强”党支部标准每半年开展一次自评；党建工作台账资料规范"
                "齐全。", 5,
                "未开展品牌创建的扣1.5分；品牌无载体、无成效的，酌情扣0.5-1分；自评每少1次扣0.5分；台账资料不规范的，酌情扣0.5分。",
                indicator="品牌创建"),
        )),
        Section("党建业务融合", "党建业务融合\n（25分）", 25, (
            Row("在窗口服务、项目建设、执法一线设立党员先锋岗、党员示范岗不少于2个，党员亮身份、作承诺；围绕年度重点工作组建党员攻坚突击队，"
                "年内完成攻坚项目不少于1项；党员干部每人每年提出合理化建议不少于1条。", 7,
                "先锋岗每少1个扣1分；未亮身份、作承诺的扣0.5分；未组建突击队的扣1分；攻坚项目未完成的扣1.5分；合理化建议不足的，每人扣0.1分，"
                "最高扣1分。", indicator="先锋作用"),
            Row("机关党员到居住地社区报到率100%，每人每年参加社区志愿服务不少于4次；支部与1个以上社区党组织结对共建，签订共建协议，每季度开展"
                "一次共建活动。", 6,
                "报到率每低5个百分点扣0.5分；志愿服务不足的，每人扣0.1分，最高扣2分；未签订共建协议的扣1分；共建活动每少1次扣0.5分。",
                indicator="“双报到”"),
            Row("落实机关党组织联系村（社区）制度，支部书记每季度到联系村调研一次；每年为联系村办实事不少于2件；选派的驻村工作队员按规定在岗"
                "履职。", 6,
                "调研每少1次扣0.5分；办实事每少1件扣1分；驻村工作队员在岗不满规定天数的，每人扣1分；驻村工作被县级以上通报的，本项不得分。",
                indicator="联村帮扶"),
            Row("落实首问负责、限时办结、一次性告知制度；每半年开展一次服务对象满意度测评，满意度不低于百分之九十；群众投诉问题按期办结率"
                "100%。", 6,
                "制度不健全的，每缺一项扣0.5分；测评每少1次扣0.5分；满意度每低1个百分点扣0.2分，最高扣2分；按期办结率每低1个百分点扣0.2分，"
                "最高扣1分；因服务态度、作风问题被市级以上通报批评的，每次扣1分。", indicator="优化服务"),
        )),
        Section("作风建设", "作风建设\n（15分）", 15, (
            Row("每年开展一次廉政风险点排查，制定防控措施；每半年开展一次警示教育；元旦、春节、端午、中秋、国庆等节日前开展廉洁提醒。", 6,
                "未开展风险点排查的扣1分；无防控措施的扣0.5分；警示教育每少1次扣1分；廉洁提醒每少1次扣0.3分。", indicator="清廉机关"),
            Row("党员干部违反中央八项规定精神及其实施细则，或存在“四风”问题、“新官不理旧账”等作风顽疾（本项为扣分项）。", 5,
                "党员受到提醒谈话、批评教育的，每人次扣0.5分；受到诫勉、组织处理的，每人次扣1分；受到党纪政务处分的，本项不得分。",
                indicator="纪律作风"),
            Row("支部党员带头参与全国文明城市常态化创建，每月参加一次文明劝导、交通执勤等志愿活动；单位无违规吸烟、乱停乱放等不文明行为。", 4,
                "志愿活动每少1次扣0.2分，最高扣2分；被市文明办通报不文明行为的，每次扣0.5分；发生党员醉驾、酒驾的，本项不得分。",
                indicator="文明创建"),
        )),
        Section("责任落实", "责任落实\n（10分）", 10, (
            Row("年初制定支部党建工作计划，支部书记与单位党组（党委）签订党建工作责任书；每半年向单位机关党委书面报告一次党建工作；年底支部"
                "书记抓党建述职评议，述职满意度不低于百分之八十五；年终形成党建工作总结。", 6,
                "无计划的扣1分；未签订责任书的扣0.5分；报告每少1次扣0.5分；未述职的扣2分；满意度低于85%的扣1分；无总结的扣1分。",
                indicator="责任制落实"),
            Row("党建工作经费纳入单位年度预算，按规定使用；建有党员活动室，配齐党旗、入党誓词等标识；党务工作者每年参加市直机关工委组织的业务"
                "培训不少于1次。", 4,
                "经费未纳入预算的扣1分；无党员活动室的扣1分；标识不全的扣0.5分；未参加业务培训的扣0.5分；经费违规使用的，本项不得分。",
                indicator="基础保障"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核指标", "考核要点", "评分细则", "分值"]
BONUS = (
    ("加1", "创先争优", "支部获评市级以上“先进基层党组织”或“四强”党支部的。", "市级加1分，省级以上加2分，最高加2分。", 2),
    ("加2", "品牌推广", "支部党建品牌被市直机关工委评为“优秀党建品牌”，或经验做法被市级以上推广的。", "加1分。", 1),
)
NOTE = ("备注：本表由市直机关工委于12月会同各单位机关党委组织考核，采取查阅资料、实地查看、个别谈话、问卷测评相结合的方式进行；各项扣分"
        "以该项分值为限，扣完为止；加分项另行计算，总分不超过103分；考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，"
        "70分以下的为“差”，考核结果作为“四强”党支部评选和支部书记抓党建述职评议的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1 + len(BONUS)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：市直机关各单位党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((1, str(number)), (2, row.indicator), (3, row.text), (4, row.scoring), (5, _fmt(row.points)))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 5, t.total)
    r += 1
    top = r
    for number_text, indicator, text, scoring, points in BONUS:
        for c, v in ((1, number_text), (2, indicator), (3, text), (4, scoring), (5, _fmt(points))):
            tbl.cell(r, c).text = v
        r += 1
    merge_cells(tbl, top, 0, r - 1, 0, "加分项")
    document.add_paragraph(NOTE)
    document.save(str(path))
