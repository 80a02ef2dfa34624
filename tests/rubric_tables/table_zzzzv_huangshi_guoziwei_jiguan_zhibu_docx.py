"""黄石市国资委机关党委2025年度所属党支部党建工作考核评分表 (.docx), as the 机关党委 of the 黄石市人民政府国有资产监督管理委员会 in 湖北 (its
机关党委办公室 with the 人事科, the 企业改革科, the 产权管理科, the 监督追责科 and the 机关纪委, a 考核组 sitting with each 支部书记 in the 委 on the
磁湖 side of the city in the middle of December, when the 长江 runs grey below the 西塞山, the old 大冶 铁矿 pit of the 国家矿山公园 is bare and the
出资企业 — the 城投, the 交投, the 国有资本投资运营 group, the 水务 and the 公交 — close their books for the year) scores the 党支部 of the 委机关: the
科室 that watch over the 国有资产 of the city's 国企, that approve their 投资 and 产权交易, that push the 国企改革深化提升行动 and that answer to the
市直机关工委 for their own 党建: a table whose 工作要求 prints what the 支部 must have done, whose 评分细则 takes points off one clause at a time and scores
two rates in bands (the 企业 满意率 for 3 of the 6 points, the 述职评议 满意率 for 4 of the 9), and whose 佐证材料 names the papers: 政治建设 (the “第一
议题”, a monthly 集中学习, a quarterly 专题研讨 and "5天或40学时"; a half-yearly 专题研究 of the 意识形态, the 审核 and a 一票否决; a quarterly 督导 of
the 出资企业, its 报告 and the 整改; the 请示报告 and a half-yearly 书面报告), 组织建设 (the “三会一课”, the 书记's 党课, the 双重组织生活 and the 记录;
the 主题党日 on the third Friday, the 方案 and two 调研实践; the 组织生活会, the 谈心谈话, the 征求意见, the 民主评议, the 备案 and the 整改清单; 党费
按月, the 核定, the 转接 and the 系统; one 积极分子, the 程序 and the 转正; a half-yearly 谈心谈话 and the 重点对象), 作风建设 (the 年初 责任书, the “一岗
双责”, a quarterly 警示教育 and one 参观; the 风险点, the 防控台账 updated half-yearly and the 措施; the 节前 提醒 and no 处分; two 企业 each, one 问题
each and the 企业 满意率 in bands) and 融合发展 (the “国资先锋” 品牌, three 先锋岗 and two 攻坚项目; the 报到率, three 志愿服务 each and a quarterly
共建活动; a quarterly “党建+业务” 研讨, the 同谋划 and two 调研报告; two 心得 each and four 稿件; the 年初 计划, the 6月底 半年小结, the 年底 总结, the 年底
述职 and its 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：委机关第一党支部、第二党支部、第三党支部）" line above one table: 工作任务 | 工作要求 | 分值 |
评分细则 | 佐证材料. There is NO 序号: the items are numbered by position 1..19. The 工作任务 are MERGED CELLS down the FIRST column, printed WITHOUT an
ordinal and WITH their points on a SECOND line, "政治建设\\n（20分）"; there is no short sub-label. 工作要求 (`Row.text`) says what is required; 分值
is a plain number BEFORE the 评分细则 (`Row.scoring`); 佐证材料 (`Row.method`) names the papers, joined by "、". A 合计 row of 100 closes the table;
a "说明：" paragraph and three numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 工作要求 ("每月组织一次", "每季度开展
一次", "每人每年…不少于5天或40学时", "每半年专题研究一次", "全年", "每季度…开展一次", "每半年…书面报告一次", "支部委员会每月召开1次，党员大会每季度召开
1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于1次", "每月第三个星期五", "年内…不少于2次", "每年召开一次", "按月", "每年核定一次", "年内
…不少于1名", "按期", "每半年…不少于1次", "年初", "每季度开展一次", "每年…不少于1次", "每半年更新一次", "元旦、春节、中秋、国庆", "每人每年…不少于
2家", "不少于1件", "不低于百分之九十", "不少于3个", "不少于2个", "100%", "每人每年…不少于3次", "每季度开展一次", "每季度…开展一次", "年内…不少于
2篇", "每人每年…不少于2篇", "年内…不少于4篇", "年初", "6月底前", "年底", "年底", "不低于百分之八十五"); "最高扣" caps; bands of the 企业 满意率 (3 of
the 6 points, closed by "85%以下的不得分") and of the 述职评议 满意率 (4 of the 9, closed by "85%以下的不得分"); "酌情扣0.5-1分" four times and
"酌情扣1-2分" once; one "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the table prints it: 工作要求, 分值, 评分细则, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzv_huangshi_guoziwei_jiguan_zhibu_docx",
    fmt="docx",
    title="黄石市国资委机关党委2025年度所属党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设\n（20分）", 20, (
            _row("落实“第一议题”制度，支部每月组织一次集中学习，每季度开展一次专题研讨；党员每人每年参加教育培训不少于5天或40学时。", 6,
                 "“第一议题”制度未落实的扣1分；集中学习每少1次扣0.3分，最高扣2分；专题研讨每少1次扣0.5分，最高扣1.5分；培训时间不足的，每人扣0.2分，"
                 "最高扣1.5分。", "学习记录、研讨发言材料、培训学时证明"),
            _row("落实意识形态工作责任制，支部每半年专题研究一次意识形态工作；支部微信群、国资国企宣传平台发布信息严格审核；全年不发生意识形态领域"
                 "问题。", 4,
                 "专题研究每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1分；发生意识形态问题造成不良影响的，实行一票否决，本项不得分。",
                 "支委会会议记录、信息审核登记表"),
            _row("围绕国企改革深化提升行动，支部每季度牵头对出资企业落实重大决策部署情况开展一次督导，形成督导报告，发现问题跟踪整改。", 5,
                 "督导每少1次扣1分；无督导报告的扣1分；发现问题未跟踪整改的，酌情扣0.5-1分。", "督导方案、督导报告、整改台账"),
            _row("严格执行请示报告制度，重大事项及时向机关党委请示报告；支部每半年向机关党委书面报告一次工作。", 5,
                 "重大事项未请示报告的，每次扣1分，最高扣2分；书面报告每少1次扣1分。", "请示报告文件"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次；委领导班子成员以普通"
                 "党员身份参加所在支部组织生活。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；班子成员未参加双重组织生活的扣1分；会议记录不规范的，酌情扣0.5-1分。",
                 "会议记录本、签到表、党课讲稿"),
            _row("每月第三个星期五开展主题党日活动，活动有主题、有方案、有记录；年内组织党员到出资企业生产一线开展调研实践不少于2次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；无方案的，每次扣0.2分，最高扣1分；调研实践每少1次扣1分。", "活动方案、签到表、活动照片"),
            _row("每年召开一次组织生活会，会前开展谈心谈话、广泛征求意见；会后开展民主评议党员，评议结果报机关党委备案；建立问题整改清单并按期销号。",
                 6,
                 "未召开组织生活会的扣2分；谈心谈话、征求意见每缺一项扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分；整改问题未按期"
                 "销号的，每项扣0.2分，最高扣1分。", "会议记录、谈心谈话记录、征求意见汇总表、整改清单"),
            _row("党员按月交纳党费，每年核定一次交纳基数；党员组织关系转接及时；党员信息在全国党员管理信息系统中及时维护、准确完整。", 5,
                 "未按月交纳的，每人次扣0.1分，最高扣1.5分；未核定基数的扣1分；组织关系转接不及时的，每人扣0.5分，最高扣1分；系统信息不准确的，每人扣"
                 "0.2分，最高扣1.5分。", "党费收缴台账、交纳基数核定表"),
            _row("年内确定入党积极分子不少于1名，严格执行发展党员工作程序；预备党员按期讨论转正。", 4,
                 "未确定积极分子的扣1分；程序不规范的，每人扣1分，最高扣2分；预备党员未按期讨论转正的扣1分。", "发展党员档案"),
            _row("支部书记与支委、支委与党员每半年谈心谈话不少于1次；对受到处分、身患重病、家庭困难的党员及时谈心谈话。", 3,
                 "谈心谈话每少1人次扣0.1分，最高扣2分；重点对象未及时谈心谈话的扣1分。", "谈心谈话记录"),
        )),
        Section("作风建设", "作风建设\n（20分）", 20, (
            _row("年初与机关党委签订党风廉政建设责任书，支部书记落实“一岗双责”；每季度开展一次廉政警示教育；每年组织党员参观廉政教育基地不少于1次。",
                 6,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分，最高扣2分；未参观廉政教育基地的扣1分；“一岗双责”落实不到位的，酌情扣1-2分。",
                 "责任书、警示教育记录、参观照片"),
            _row("聚焦国有资产监管、企业投资审核、产权交易等关键岗位排查廉政风险点，建立风险防控台账，每半年更新一次。", 4,
                 "未排查风险点的扣1分；无防控台账的扣1.5分；台账每少更新1次扣0.5分；防控措施不具体的，酌情扣0.5-1分。", "风险点排查表、风险防控台账"),
            _row("严格执行中央八项规定精神，元旦、春节、中秋、国庆等节点前开展廉洁提醒；支部党员全年无违纪违法行为。", 4,
                 "节前廉洁提醒每少1次扣0.5分，最高扣1.5分；党员受到党纪政务处分的，每人扣2分，最高扣2.5分。", "廉洁提醒通知"),
            _row("开展“进企业、解难题、优服务”活动，支部党员每人每年联系出资企业不少于2家，为企业解决实际问题不少于1件；企业满意度测评满意率不低于"
                 "百分之九十。", 6,
                 "联系企业不足2家的，每人扣0.3分，最高扣1.5分；未为企业解决实际问题的，每人扣0.3分，最高扣1.5分；企业满意率95%以上的得3分，90%（含）"
                 "—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。", "联系企业登记表、问题办理台账、企业满意度测评表"),
        )),
        Section("融合发展", "融合发展\n（30分）", 30, (
            _row("打造“国资先锋”机关党建品牌，围绕国企改革、国有资本布局优化等重点任务设立党员先锋岗不少于3个、党员攻坚项目不少于2个。", 6,
                 "未打造品牌的扣1.5分；先锋岗每少1个扣0.5分；攻坚项目每少1个扣1分；品牌特色不鲜明的，酌情扣0.5-1分。",
                 "品牌创建方案、先锋岗名单、攻坚项目清单"),
            _row("在职党员到居住地社区报到率达到100%，每人每年参加社区志愿服务不少于3次；支部与结对社区每季度开展一次共建活动。", 5,
                 "未报到的，每人扣0.5分，最高扣1.5分；志愿服务不足3次的，每人扣0.2分，最高扣1.5分；共建活动每少1次扣0.5分。",
                 "报到回执、志愿服务记录、活动照片"),
            _row("支部每季度结合国资监管业务开展一次“党建+业务”专题研讨，党建工作与业务工作同谋划、同部署、同考核；年内形成调研报告不少于2篇。", 5,
                 "专题研讨每少1次扣0.5分；党建与业务“两张皮”的扣1分；调研报告每少1篇扣1分。", "研讨记录、调研报告"),
            _row("机关党员每人每年撰写学习心得不少于2篇；年内在市级以上媒体宣传国资国企党建工作稿件不少于4篇。", 5,
                 "学习心得不足2篇的，每人扣0.2分，最高扣2分；宣传稿件每少1篇扣0.5分，最高扣2分。", "学习心得、稿件截图"),
            _row("年初制定支部工作计划，6月底前报送半年工作小结，年底形成工作总结；支部书记年底向机关党委述职，述职评议满意率不低于百分之八十五。", 9,
                 "缺计划、半年小结或总结的，每项扣1分；未述职的扣2分；述职评议满意率90%以上的得4分，85%（含）—90%的得2分，85%以下的不得分。",
                 "工作计划、半年小结、工作总结、述职报告、测评表"),
        )),
    ),
)

HEADER = ["工作任务", "工作要求", "分值", "评分细则", "佐证材料"]
NOTES = (
    "说明：",
    "1.本表由委机关党委于12月中旬组织考核，采取听取汇报、查阅佐证材料、个别谈话、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分细则列明得分档次的，按档次计分；企业满意度测评由机关党委向出资企业发放问卷。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果报市直机关工委，作为“过硬支部”评选的依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：委机关第一党支部、第二党支部、第三党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
