"""秦山核电2025年度基层党支部党建工作质量考核评分表 (.docx), as the 公司党委 of a 核电 base on the 杭州湾 shore at 浙江 海盐 (its 党群工作部 with
the 安全质量处, the 人力资源处 and the 纪委办公室, a 考核组 sitting with each 支部 in the 培训楼 in the second half of December, between two 机组
大修) scores the 基层党支部 of its 处室 and 运行值: the 操纵员 in the 主控室 who work in five 值 round the clock, the 巡检 on the 现场, the 大修 teams
of the 检修处 in their white suits, the 技术 处室 whose 党员 write the 合理化建议, the young 工程师 a 师傅 is set to teach: a table of 指标 and 指标
说明 whose 评分细则 takes points off one clause at a time, grades one part “好”/“较好”/“一般” (the 隐患 the 党员 found and cleared) and scores three
rates in bands (the 主题党日 参加率, the 大修 关键路径 完成率 and the 年底 满意率): 政治建设 (the “第一议题”, a monthly 集中学习, the 参学率 and 40
学时; a half-yearly 研判 and a 一票否决 on a 涉核 泄露; the 年初 责任书 and “三张清单”, the 年底 述职 and the “好”的比例; a quarterly 廉洁教育, the 防控
台账 and no 处分), 组织建设 (the 党小组 in every 运行值 and the 换届; the “三会一课” and the 补学 of the 倒班 党员; the 主题党日 on the second Thursday
and its 参加率 in bands; the 组织生活会, the 谈心谈话 全覆盖, the 对照检查材料, the 整改清单 and the 民主评议; two 积极分子, the 公示 and a "本项不得分";
党费 按月, the 核定, a quarterly 公示 and the 转接), 融合发展 (the “一支部一品牌”, its 方案 and four 活动; the 先锋岗, the 责任区 覆盖 and the 承诺
公示; no INES 事件, at most one 人因事件, a quarterly 排查 and the 隐患 graded; the 突击队, the 临时党小组, the 完成率 in bands and no 违章; the 攻关
小组, five 合理化建议, five 师带徒 and a half-yearly 带徒考核) and 基础保障 (a quarterly 团支部 活动, the 谈心谈话 with every 党员 and the “七一” 慰问; the
活动室, the 平台 monthly and six 信息; the 年初 计划, the 半年小结 by the end of June, the 年底 总结 and the 归档; the 年底 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：公司各处室、运行值党支部）" line above one table: 指标 | 指标说明 | 分值 | 评分细则 (four columns).
Each category is a SECTION ROW merged across the table, printed WITH a bracketed ordinal and its points on one line, "（一）政治建设（20分）". There is
NO 序号 column: the items are numbered by position, 1..19. 指标 is a short sub-label (`Row.indicator`); 指标说明 (`Row.text`) says what is required;
分值 is a plain number BEFORE the 评分细则 (`Row.scoring`). A 合计 row of 100 closes the table; a "说明：" paragraph and four numbered lines follow it.
Counts in figures and Chinese numerals, nearly all in the 指标说明 ("每月开展一次", "不低于百分之九十五", "每人每年…不少于40学时", "每半年…一次", "年初",
"年底", "百分之八十", "每季度开展一次", "所有运行值", "按期", "3个月内", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课
每季度1次", "每月固定第二周的周四", "百分之九十", "每年召开一次", "全覆盖", "半年内", "年内…不少于2名", "不少于5个工作日", "按月", "每年核定一次", "每季度
公示一次", "年内…不少于4次", "所有机组关键系统", "全年", "年内…不超过1起", "每季度开展一次", "百分之百", "不少于1个", "年内…不少于5项", "不少于5对",
"每半年开展一次", "每季度开展一次", "每年…不少于1次", "“七一”前", "按月", "年内…不少于6篇", "年初", "6月底前", "年底", "年底", "不低于百分之九十");
"最高扣" caps; one part graded “好”/“较好”/“一般”; bands in three rows (the 参加率 for 2 of the 4 points, the 完成率 for 3 of the 6, the 满意率 for all
6), each closed by "…以下的不得分"; "酌情扣0.5-1分" four times and "酌情扣1分" once; two "实行一票否决，本项不得分"; one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(indicator: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 指标, 指标说明, 分值, 评分细则."""
    return Row(text, points, scoring, indicator=indicator)


TABLE = Table(
    name="zzzzp_qinshan_hedian_yunxing_zhibu_docx",
    fmt="docx",
    title="秦山核电2025年度基层党支部党建工作质量考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "（一）政治建设（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月开展一次集中学习，党员参学率不低于百分之九十五；党员每人每年参加学习培训不少于40学时，其中网络学习不超过"
                 "总学时的一半。", 6,
                 "集中学习每少1次扣0.5分，最高扣2分；参学率每低1个百分点扣0.2分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分。"),
            _row("意识形态",
                 "每半年分析研判一次员工思想动态；落实意识形态工作责任制，班组微信群、内网论坛明确专人管理；不发生涉核敏感信息泄露和意识形态领域重大"
                 "问题。", 5,
                 "研判每少1次扣1分；阵地管理不到位的，酌情扣0.5-1分；发生涉核敏感信息泄露或意识形态领域重大问题的，实行一票否决，本项不得分。"),
            _row("责任落实",
                 "年初与公司党委签订党建工作责任书，制定书记抓党建“三张清单”；支部书记年底向公司党委述职，述职评议“好”的比例达到百分之八十。", 5,
                 "未签订责任书的扣1分；未制定“三张清单”的扣1分；未述职的扣2分；“好”的比例每低10个百分点扣0.5分，最高扣1分。"),
            _row("廉洁从业",
                 "每季度开展一次廉洁教育；围绕物资采购、外委服务、备品备件管理等环节排查廉洁风险点，建立防控台账；党员无违纪违法行为。", 4,
                 "廉洁教育每少1次扣0.5分；无防控台账的扣1分；党员受到党纪政务处分的，每人扣2分。"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            _row("支部设置",
                 "按照“支部建在值上”设置运行值党支部或党小组，党小组覆盖所有运行值；支部委员会按期换届，委员出现空缺的3个月内补齐。", 3,
                 "党小组每缺1个扣0.5分；未按期换届的扣2分；委员空缺超过3个月未补齐的扣0.5分。"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；倒班党员不能参会的会后补学，会议记录要素齐全。",
                 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；倒班党员未补学的，每人次扣0.1分，最高扣1分；记录要素不全的，每次扣0.2分，最高扣2分。"),
            _row("主题党日",
                 "每月固定第二周的周四开展主题党日，结合安全生产、大修攻坚开展实践活动；党员参加率达到百分之九十。", 4,
                 "主题党日每少1次扣0.3分，最高扣2分；参加率90%以上的得2分，85%（含）—90%的得1分，85%以下的不得分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前谈心谈话全覆盖，撰写对照检查材料；会后列出整改清单，半年内整改到位；同步开展民主评议党员。", 6,
                 "未召开组织生活会的扣2分；谈心谈话未全覆盖的扣0.5分；无对照检查材料的扣1分；无整改清单的扣0.5分；整改未完成的，酌情扣0.5-1分；未开展"
                 "民主评议党员的扣1.5分。"),
            _row("发展党员",
                 "注重在主控室操纵员、技术骨干中发展党员，年内确定入党积极分子不少于2名；发展对象、预备党员转正公示不少于5个工作日；严格执行发展党员"
                 "程序。", 5,
                 "入党积极分子每少1名扣1分；未公示的，每人扣1分；违反程序发展党员的，本项不得分。"),
            _row("党员管理",
                 "党员按月足额交纳党费，每年核定一次交纳基数；党费收缴情况每季度公示一次；党员组织关系转接及时，党员信息系统数据准确。", 5,
                 "党费未按月交纳的，每人次扣0.1分，最高扣2分；未核定基数的扣1分；公示每少1次扣0.3分；组织关系转接不及时、系统数据不准确的，每人扣0.2分，"
                 "最高扣1分。"),
        )),
        Section("融合发展", "（三）融合发展（30分）", 30, (
            _row("党建品牌",
                 "围绕安全运行打造“一支部一品牌”，品牌有创建方案、有阶段总结；年内开展品牌特色活动不少于4次。", 5,
                 "未打造品牌的扣2分；无创建方案的扣1分；特色活动每少1次扣0.5分；品牌成效不明显的，酌情扣0.5-1分。"),
            _row("先锋岗与责任区",
                 "在主控室、现场巡检、大修现场设立党员先锋岗，划分党员责任区，责任区覆盖所有机组关键系统；党员亮身份、亮承诺，承诺事项公示。", 5,
                 "未设立党员先锋岗的扣1分；责任区每缺1个系统扣0.3分，最高扣1.5分；承诺事项未公示的扣0.5分；先锋岗作用发挥不明显的，酌情扣1分。"),
            _row("安全生产",
                 "党员带头落实核安全责任，全年不发生INES 1级及以上运行事件；党员带头防范人因失误，年内班组人因事件不超过1起；每季度开展一次党员安全隐患"
                 "排查。", 8,
                 "发生INES 1级及以上运行事件的，实行一票否决，本项不得分；人因事件超过1起的，每起扣2分；隐患排查每少1次扣0.5分；党员发现并消除隐患情况"
                 "由考核组评定，“好”的得2分，“较好”的得1分，“一般”的不得分。"),
            _row("大修攻坚",
                 "机组大修期间成立党员突击队，设立临时党小组；大修关键路径工期按计划完成率达到百分之百；开展“党员无违章”活动。", 6,
                 "未成立党员突击队的扣1分；未设立临时党小组的扣0.5分；关键路径工期完成率100%的得3分，95%（含）—100%的得2分，90%（含）—95%的得1分，90%"
                 "以下的不得分；党员违章的，每人次扣0.5分，最高扣1.5分。"),
            _row("技术攻关",
                 "组建党员技术攻关小组不少于1个，年内完成技术改进或合理化建议不少于5项；党员骨干与青年员工“师带徒”结对不少于5对，每半年开展一次带徒"
                 "考核。", 6,
                 "未组建攻关小组的扣1分；技术改进或合理化建议每少1项扣0.5分；结对每少1对扣0.3分；带徒考核每少1次扣0.5分。"),
        )),
        Section("基础保障", "（四）基础保障（20分）", 20, (
            _row("群团与关爱",
                 "支部带团建，指导团支部每季度开展一次活动；支部书记每年与每名党员谈心谈话不少于1次；“七一”前走访慰问老党员、困难党员。", 5,
                 "团支部活动每少1次扣0.3分；谈心谈话每少1人扣0.2分，最高扣2分；未开展“七一”走访慰问的扣1分。"),
            _row("阵地与信息化",
                 "党员活动室有标识、有制度、有学习资料；“智慧党建”平台信息按月更新；年内在公司内网、集团报刊刊发党建信息不少于6篇。", 5,
                 "活动室标识、制度、资料每缺一项扣0.5分；平台信息未按月更新的，每月扣0.2分，最高扣1.5分；信息每少1篇扣0.3分。"),
            _row("计划总结",
                 "年初制定支部工作计划，6月底前形成半年工作小结，年底形成年度工作总结；支部工作档案按年度分类归档。", 4,
                 "缺计划、半年小结或总结的，每项扣1分；档案归档不规范的，酌情扣0.5-1分。"),
            _row("员工评价",
                 "年底由公司党委组织对支部工作开展员工满意度测评，满意率不低于百分之九十。", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，85%以下的不得分。"),
        )),
    ),
)

HEADER = ["指标", "指标说明", "分值", "评分细则"]
NOTES = (
    "说明：",
    "1.本表由公司党委于12月下旬组织考核，党群工作部、安全质量处、人力资源处、纪委办公室参加，采取查阅资料、系统查询、现场查看、个别访谈、问卷"
    "测评相结合的方式进行。",
    "2.各项扣分以该项分值为限，扣完为止；评分细则列明“好”“较好”“一般”等次的，由考核组综合评定。",
    "3.运行事件、人因事件以公司安全质量处经验反馈系统登记为准；大修关键路径完成率以大修指挥部统计为准。",
    "4.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”；考核结果纳入支部书记年度绩效考核，并作为“四强”"
    "党支部评选的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：公司各处室、运行值党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            cells = ((0, row.indicator), (1, row.text), (2, _fmt(row.points)), (3, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
