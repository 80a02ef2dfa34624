"""中共昭通市昭阳区非公立医疗机构行业委员会2025年度民营医院党支部党建工作考核评分表 (.docx), as the 行业党委 of the 非公立医疗机构 of 昭阳区 in 昭通 in
云南 (set up under the 区卫生健康局, its 专职副书记 with the 党建指导员 of the 区卫健局, the 医政 and 医保 desks and a 考核组 of three, one of them from a 公立
医院 党委) scores the 党支部 of the 昭通仁济医院, a 民营 二级 综合医院 on the edge of the 昭阳 old town (its 党员 the 院长 and two 副院长, the 科主任, the
护士长 and a few young 医生 and 护士 come back from 昆明, in a 支部 of three 党小组 by 临床、医技、行政后勤), on a grey day in the middle of December, when the
苹果 of the 昭通 orchards are in their boxes, the 大山包 is white with the 黑颈鹤 come down for the winter, the 门诊 is full of the 流感 season and the 医院's
党建 files are laid out in the 院办 beside the 院务会 minutes: a table whose 考核内容 prints what the 支部 must have done or reached, whose 评分标准 takes
points off one clause at a time (scoring the 患者 满意率 in bands) and whose 考核方式 says only how the 考核组 checks: 组织建设 (the 换届, the 书记 and the
临床 支委; the 章程, the “双向进入、交叉任职” and the 听取意见; the “三会一课” and the 书记's 党课; the monthly 主题党日, the 补学 and the 参加率), 党员队伍建设
(the 组织生活会, the 民主评议 and the 谈心谈话; two 积极分子 and one 发展 in two years; the 花名册, the 转接 and 党费 按月; two 先锋岗, the 党徽 and the 带教),
党建引领医院发展 (a quarterly 专题学习 of the 医德医风, the 承诺书 and no 红包; a deduction-only line on 骗保 and 事故; the 工会, the 共青团, the 职代会 and a
half-yearly 听取意见; the 满意率 in bands and the 办结率; a quarterly 义诊, the 照片 and the 减免台账), 意识形态和安全稳定 (a half-yearly 研判, the 审核 and
the 广告; a monthly 巡查 and a half-yearly 演练; the 调解成功率 and no 群体性事件) and 基础保障 (the 活动室, the 预算 and 2万元; the 年初 计划, the 年底 总结
and 述职, a quarterly 信息; the 共建协议 and a half-yearly 共建活动).

The title (bold, centred), a centred "（考核对象：…）" line and a "考核组：…考核时间：" line above one table: 考核内容 | 分值 | 评分标准 | 考核方式. There is
NO 序号: the items are numbered by position 1..19. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one
line, "一、组织建设（20分）"; there is no short sub-label. 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分标准
(`Row.scoring`); 考核方式 (`Row.method`) last, saying only how the 考核组 checks ("查阅资料", "实地查看", "个别访谈", "职工座谈", "第三方测评", "…核实"),
naming the records it reads; it is no 佐证 column. A 合计 row of 100 closes the table; an "备注：" paragraph follows it. Counts in figures and Chinese
numerals, nearly all in the 考核内容 ("至少有1名", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年…不少于1次",
"每月开展一次", "当月", "百分之八十", "每年召开一次", "年内…不少于2名", "每两年至少…1名", "三个月内", "按月", "不少于2个", "每年…不少于1名", "每季度组织
一次", "每年…不少于1次", "每半年…一次", "百分之九十以上", "100%", "每季度…不少于1次", "每半年…一次", "每月…不少于1次", "每半年组织一次", "百分之九十以上",
"不少于30平方米", "每年不少于2万元", "年初", "年底", "年底", "每季度…不少于1篇", "不少于1家", "每半年开展一次"); "最高扣" caps; bands of the 满意率 (4 of
the 7 points, closed by "85%以下的不得分"); "每低10个百分点" once, "每低5个百分点" once and "每低1个百分点" once; "每少1人" once; "酌情扣0.5-1分" twice;
one "实行一票否决，本项不得分" and six plain "本项不得分"; one line is deduction-only ("（本项为扣分项）").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, method: str) -> Row:
    """One row in the order the table prints it: 考核内容, 分值, 评分标准, 考核方式."""
    return Row(text, points, scoring, method)


TABLE = Table(
    name="zzzzzw_zhaotong_renji_minying_yiyuan_zhibu_docx",
    fmt="docx",
    title="中共昭通市昭阳区非公立医疗机构行业委员会2025年度民营医院党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织建设", "一、组织建设（20分）", 20, (
            _row("医院党支部按期换届，支部书记由医院出资人、院长或管理层中的党员担任；支委成员中至少有1名临床一线医务人员。", 5,
                 "未按期换届的扣2分；书记人选不符合要求的扣1分；支委中无临床一线医务人员的扣1分。",
                 "查阅资料"),
            _row("党建工作要求写入医院章程；推行党支部班子成员与医院管理层“双向进入、交叉任职”，医院重大事项决策前听取党支部意见。", 5,
                 "章程未载明党建工作的扣2分；未实行“双向进入、交叉任职”的扣1分；重大事项决策未听取党支部意见的，每项扣1分。",
                 "查阅医院章程、院务会议记录"),
            _row("严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于"
                 "1次。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；会议记录要素不全的，每次扣0.2分，最高扣1分。",
                 "查阅会议记录"),
            _row("结合医院排班每月开展一次主题党日，因值班缺席的党员当月补学；党员参加率不低于百分之八十。", 4,
                 "主题党日每少1次扣0.5分；缺席未补学的，每人次扣0.1分；参加率每低10个百分点扣0.5分。",
                 "查阅资料、个别访谈"),
        )),
        Section("党员队伍建设", "二、党员队伍建设（20分）", 20, (
            _row("每年召开一次组织生活会，开展民主评议党员；会前支部书记与每名党员谈心谈话。", 5,
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；谈心谈话每少1人扣0.2分，最高扣1.5分。",
                 "查阅会议记录、个别访谈"),
            _row("注重在医疗骨干、学科带头人、护士长中发展党员，年内确定入党积极分子不少于2名；每两年至少发展党员1名。", 5,
                 "入党积极分子每少1名扣1分；两年内未发展党员的扣2分；发展党员程序不规范的，本项不得分。",
                 "查阅发展党员档案"),
            _row("建立党员花名册，新入职的党员医务人员三个月内转入组织关系；党员按月交纳党费，党费收缴台账清晰。", 5,
                 "无花名册的扣1分；组织关系转接超时的，每人扣0.5分；党费未按月交纳的，每人次扣0.1分，最高扣1分；台账不清的扣0.5分。",
                 "查阅资料"),
            _row("设立党员先锋岗、党员示范病区不少于2个，党员在诊疗岗位佩戴党徽、亮明身份；每名党员每年带教青年医护人员不少于1名。", 5,
                 "先锋岗、示范病区每少1个扣0.5分；未佩戴党徽的，每人次扣0.1分，最高扣1分；党员未带教的，每人扣0.2分，最高扣1分；作用发挥不明显"
                 "的，酌情扣0.5-1分。",
                 "实地查看"),
        )),
        Section("党建引领医院发展", "三、党建引领医院发展（30分）", 30, (
            _row("开展医德医风教育，每季度组织一次专题学习；医务人员签订医德医风承诺书；全年不发生收受红包、回扣等问题。", 6,
                 "专题学习每少1次扣0.5分；未签订承诺书的扣1分；发生收受红包、回扣问题的，每起扣2分；被卫生健康部门通报的，本项不得分。",
                 "查阅资料、向区卫健局核实"),
            _row("严格执行医疗质量安全核心制度，规范诊疗收费，不发生欺诈骗取医保基金行为；全年无重大医疗事故（本项为扣分项）。", 6,
                 "不合理收费被查实的，每起扣1分；发生欺诈骗保行为的，实行一票否决，本项不得分；发生重大医疗事故的，本项不得分。",
                 "向区医保局、区卫健局核实"),
            _row("指导医院建立工会、共青团组织，每年召开职工代表大会不少于1次；党支部每半年听取一次职工意见建议。", 5,
                 "未建立工会或共青团组织的，每项扣1分；未召开职工代表大会的扣1分；听取意见每少1次扣0.5分；因拖欠工资等劳动争议引发群体性事件的，"
                 "本项不得分。",
                 "查阅资料、职工座谈"),
            _row("患者满意度调查满意率达到百分之九十以上；患者投诉按期办结率100%。", 7,
                 "满意率95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分；投诉办结率每低1个百分点扣0.5分，最高扣3分。",
                 "第三方测评、查阅投诉台账"),
            _row("每季度组织党员医务人员进社区、进乡村开展义诊巡诊不少于1次；对低保、特困等困难患者减免医疗费用，建立减免台账。", 6,
                 "义诊每少1次扣1分；活动无照片的，每次扣0.2分；无减免台账的扣1分。",
                 "查阅资料"),
        )),
        Section("意识形态和安全稳定", "四、意识形态和安全稳定（15分）", 15, (
            _row("每半年研判一次医院意识形态和职工思想动态；医院网站、公众号、院内宣传屏发布内容经党支部审核；医疗广告合法合规。", 5,
                 "研判每少1次扣1分；发布内容未经审核的，每次扣0.5分；发布违法医疗广告被查处的，本项不得分。",
                 "查阅资料"),
            _row("党员每月参加消防、院感等安全巡查不少于1次；每半年组织一次应急演练。", 5,
                 "巡查每少1次扣0.2分，最高扣1分；应急演练每少1次扣1分；发生院感暴发或火灾事故的，本项不得分。",
                 "查阅资料、实地查看"),
            _row("建立医患纠纷调解机制，党员参与医患沟通；医疗纠纷调解成功率达到百分之九十以上；全年无因医患纠纷引发的群体性事件。", 5,
                 "调解成功率每低5个百分点扣1分；发生群体性事件的，每起扣3分。",
                 "查阅资料"),
        )),
        Section("基础保障", "五、基础保障（15分）", 15, (
            _row("医院提供不少于30平方米的党员活动室，党建工作经费纳入医院年度预算，每年不少于2万元。", 5,
                 "无固定活动室的扣2分；党建经费未纳入预算的扣2分；经费不足2万元的扣1分。",
                 "实地查看、查阅财务资料"),
            _row("年初制定党支部工作计划，年底形成工作总结；支部书记年底向行业党委述职；每季度向行业党委报送党建工作信息不少于1篇。", 5,
                 "无计划或总结的，每项扣1分；书记未述职的扣2分；信息报送每少1篇扣0.3分。",
                 "查阅资料"),
            _row("与公立医院、社区党组织签订结对共建协议不少于1家，每半年开展一次共建活动。", 5,
                 "未签订共建协议的扣2分；共建活动每少1次扣1分；共建流于形式的，酌情扣0.5-1分。",
                 "查阅资料"),
        )),
    ),
)

HEADER = ["考核内容", "分值", "评分标准", "考核方式"]
NOTE = ("备注：本表由区非公立医疗机构行业党委于2025年12月中旬组织考核，区卫生健康局党建指导员参加；各项扣分以该项分值为限，扣完为止；评分标准"
        "列明得分档次的，按档次计分；患者满意率以区卫生健康局委托的第三方调查结果为准。考核得分90分以上为“优秀”，80—89分为“良好”，60—79分为"
        "“合格”，60分以下为“不合格”，考核结果作为医院等级评审、医保定点协议管理和评先评优的参考。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（考核对象：昭通仁济医院党支部）")
    document.add_paragraph("考核组：                                        考核时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            for c, v in ((0, row.text), (1, _fmt(row.points)), (2, row.scoring), (3, row.method)):
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 1, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
