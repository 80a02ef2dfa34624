"""鄂州市住房和城乡建设局机关党支部2025年度党建工作台账检查清单 (.docx), as the 局机关党委 of 湖北 鄂州 住建局 (its 机关党委办公室 with the 人事科
and the 派驻纪检监察组, a 检查组 opening the 台账 boxes of each 支部 in early December, before the 市直机关工委's own 抽查) checks the papers of the
机关党支部 of a city 住建局 by the 长江 and the 洋澜湖: the 科室 of 建筑市场 and 质量安全 and 城建 and 房地产 and 物业, the 党员 who sit on the 招投标
评标 panels and sign the 资质 审查, the 老旧小区改造 sites the 支部 goes to on its 主题党日, the 联系社区 of the 双报到: a checklist printed only as
台账名称 | 内容及时间要求 | 分值 | 扣分标准, each 台账 named by its 《》 title, its 内容及时间要求 saying what it must hold, how often and by when, and
its 扣分标准 taking off for the 台账 missing, a time short, a date missed or a rule broken: 组织设置类 (the 换届 资料 and the 3至5人; the 花名册 by the
end of January and the 系统; the 转接 登记 within a month; the 制度汇编; the 年度 计划 by the end of January and the 总结 by 12月20日), 组织生活类 (the
支委会 monthly with its 要素; the 党员大会 quarterly and its 参会率; the 党小组会 monthly; the 党课 quarterly with the 书记's and the 局党组书记's, the
讲稿 and 签到表; the 主题党日 on the first Friday with 方案、签到表、照片 and two 主题实践活动; the 组织生活会 papers and the 备案; the 谈心谈话 全覆盖),
党员教育管理类 (the 学习计划, a monthly 集中学习, 32学时 and a quarterly 专题研讨; the 党费 按月, the 核定 in July, a half-yearly 公示 and a quarterly
上缴; the 积分 with a quarterly 公示 and the 年底 运用; the 发展 档案, a half-yearly 考察, the 公示 and a 一票否决; the 意识形态 研判 and the 审核; the
报到率, four 志愿服务 and a quarterly 共建活动) and 作风廉政类 (the 责任书 and the 承诺书 签订率; the 风险点 by the end of March and a half-yearly 警示
教育; the 年底 述职 and its “好”等次比例; the 工作手册 monthly, the 归档 by 15 January and no 突击补做).

The title (bold, centred) and a centred "（检查对象：局机关第一、第二、第三党支部及局属事业单位党支部）" line above one table: 台账名称 | 内容及时间要求 |
分值 | 扣分标准. There is NO 序号: the items are numbered by position 1..22. Each category is a SECTION ROW merged across the table, printed WITH an
ordinal and its points on one line, "一、组织设置类（16分）". 台账名称 (FIRST column) is the 《》 title of the 台账 (`Row.indicator`); 内容及时间要求
(`Row.text`) says what it holds and when; 分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`). A 合计 row of 100 closes the table; a "备注："
paragraph with three numbered lines follows it. Counts and dates in figures and Chinese numerals, nearly all in the 内容及时间要求 ("按期", "3至5人", "每年
1月底前更新一次", "1个月内", "年初", "1月底前", "年终", "12月20日前", "每月召开1次", "每季度召开1次", "不低于百分之八十", "每月召开1次", "每季度1次",
"每年讲党课不少于1次", "每年…不少于1次", "每月第一个星期五", "每年…不少于2次", "每年召开1次", "每年至少…1次", "全覆盖", "年初", "每月集中学习1次",
"每人每年…不少于32学时", "每季度开展一次", "按月", "每年7月核定一次", "每半年公示一次", "按季度", "按月", "每季度公示一次", "年底", "每半年考察一次",
"不少于5个工作日", "每半年开展一次", "100%", "每人每年…不少于4次", "每季度…一次", "年初", "100%", "3月底前", "每半年开展一次", "年底", "不低于百分之
八十", "按月", "次年1月15日前"); "最高扣" caps; "酌情扣0.5分" once and "酌情扣0.5-1分" twice; no bands; one "实行一票否决，本项不得分"; two other
plain "本项不得分"; one rule only in the 扣分标准 (the 党员大会 参会率 "低于80%").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzh_ezhou_zhujianju_jiguan_zhibu_taizhang_docx",
    fmt="docx",
    title="鄂州市住房和城乡建设局机关党支部2025年度党建工作台账检查清单",
    numbering="position",
    sections=(
        Section("组织设置类", "一、组织设置类（16分）", 16, (
            Row("按期换届，含换届请示、机关党委批复、选举结果报告；支委会由3至5人组成，委员分工明确。", 4,
                "无换届资料的扣1分；未按期换届的扣2分；委员分工不明确的扣0.5分。", indicator="《党支部换届选举资料》"),
            Row("载明党员姓名、性别、出生年月、入党时间、学历、职务等信息，每年1月底前更新一次，与全国党员管理信息系统一致。", 3,
                "无花名册的扣1分；未按时更新的扣0.5分；与系统信息不一致的，每人扣0.1分，最高扣1分。", indicator="《党员花名册》"),
            Row("党员调入、调出1个月内办理组织关系转接，逐人登记介绍信编号、去向和接收时间。", 3,
                "无登记簿的扣1分；转接不及时的，每人扣0.5分。", indicator="《党员组织关系转接登记簿》"),
            Row("含“三会一课”、主题党日、组织生活会、民主评议党员、谈心谈话、党费收缴等制度。", 3,
                "无制度汇编的扣1.5分；制度缺项的，每项扣0.3分，最高扣1.5分。", indicator="《支部工作制度汇编》"),
            Row("年初制定支部年度工作计划，1月底前报机关党委；年终形成工作总结，12月20日前报机关党委。", 3,
                "缺计划或总结的，每项扣1.5分；未按时报送的，每项扣0.5分。", indicator="《年度工作计划和总结》"),
        )),
        Section("组织生活类", "二、组织生活类（34分）", 34, (
            Row("每月召开1次，研究支部重要事项，记录议题、出席人员、讨论情况和决定事项。", 6,
                "每少1次扣0.5分，最高扣4分；记录要素不全的，每次扣0.2分，最高扣2分。", indicator="《支部委员会会议记录》"),
            Row("每季度召开1次，党员因事缺席的有请假记录；党员参会率不低于百分之八十。", 4,
                "每少1次扣1分；参会率低于80%的，每次扣0.5分。", indicator="《支部党员大会会议记录》"),
            Row("按科室党小组每月召开1次，记录党小组学习和讨论情况。", 4,
                "每少1次扣0.3分，最高扣4分。", indicator="《党小组会议记录》"),
            Row("党课每季度1次；支部书记每年讲党课不少于1次；局党组书记每年到所在支部讲党课不少于1次；每次附讲稿和签到表。", 5,
                "党课每少1次扣1分；支部书记未讲党课的扣1分；局党组书记未到支部讲党课的扣1分；无讲稿或签到表的，每次扣0.2分。",
                indicator="《党课记录》"),
            Row("每月第一个星期五为固定主题党日，每次有活动方案、签到表和照片；每年结合住建工作到老旧小区改造、建筑工地等一线开展“质量安全我先行”"
                "主题实践活动不少于2次。", 5,
                "主题党日每少1次扣0.3分，最高扣3分；缺方案、签到表、照片的，每项扣0.1分，最高扣1分；主题实践活动每少1次扣0.5分。",
                indicator="《主题党日活动记录》"),
            Row("每年召开1次组织生活会，含会前征求意见汇总、谈心谈话记录、对照检查材料、会议记录、整改清单；同步开展民主评议党员，评议结果报机关党委"
                "备案。", 6,
                "未召开组织生活会的扣3分；资料每缺一项扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。",
                indicator="《组织生活会和民主评议党员资料》"),
            Row("支部书记与支部委员、支部委员与党员、党员与党员之间每年至少谈心谈话1次，实现全覆盖；党员出现思想波动、家庭变故时及时谈话。", 4,
                "无谈话记录的扣1分；未实现全覆盖的，每少1人扣0.2分，最高扣2分；记录内容简单、流于形式的，酌情扣0.5分。",
                indicator="《谈心谈话记录》"),
        )),
        Section("党员教育管理类", "三、党员教育管理类（30分）", 30, (
            Row("年初制定学习计划；每月集中学习1次；党员每人每年参加学习培训不少于32学时；每季度开展一次专题研讨，党员撰写心得体会。", 6,
                "无学习计划的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1.5分；专题研讨每少1次扣0.5分。",
                indicator="《党员学习教育记录》"),
            Row("党费按月收缴，党员本人签字；每年7月核定一次交纳基数；每半年在支部范围内公示一次；按季度上缴机关党委。", 5,
                "未按月收缴的，每人次扣0.1分，最高扣1分；未核定基数的扣1分；公示每少1次扣0.5分；上缴不及时的，每次扣0.5分。",
                indicator="《党费收缴登记簿》"),
            Row("按月记分，每季度公示一次；年底积分结果运用于评先评优。", 5,
                "无积分台账的扣1.5分；公示每少1次扣0.5分；年底未运用积分结果的扣1分。", indicator="《党员积分管理台账》"),
            Row("一人一档，入党申请人、入党积极分子、发展对象、预备党员各阶段材料齐全；入党积极分子每半年考察一次；发展对象、拟转正预备党员公示不少于"
                "5个工作日。", 5,
                "档案材料缺项的，每项扣0.5分，最高扣2分；考察每少1次扣0.3分；未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                indicator="《发展党员工作档案》"),
            Row("每半年开展一次意识形态形势研判，形成研判报告；局网站、微信公众号发布信息经支部审核；党员网上言行规范。", 5,
                "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分；发生意识形态领域重大问题的，本项不得分。", indicator="《意识形态工作台账》"),
            Row("在职党员到居住地社区报到率100%，每人每年参加社区志愿服务不少于4次；支部每季度到联系社区开展一次共建活动。", 4,
                "未报到的，每人扣0.2分；志愿服务不足4次的，每人扣0.1分，最高扣1分；共建活动每少1次扣0.5分。",
                indicator="《党员“双报到”和志愿服务记录》"),
        )),
        Section("作风廉政类", "四、作风廉政类（20分）", 20, (
            Row("年初支部书记与局党组签订党风廉政建设责任书；党员签订廉洁承诺书，签订率100%。", 4,
                "未签订责任书的扣2分；承诺书每少签订1人扣0.2分，最高扣2分。", indicator="《党风廉政建设责任书》"),
            Row("3月底前完成招投标监管、行政审批、资质审查等岗位廉政风险点排查，制定防控措施；每半年开展一次警示教育。", 5,
                "未开展风险点排查的扣2分；防控措施不具体的，酌情扣0.5-1分；警示教育每少1次扣1分。", indicator="《廉政风险防控台账》"),
            Row("支部书记年底向机关党委述职，述职评议“好”等次比例不低于百分之八十；述职报告、评议结果存档。", 5,
                "未述职的扣3分；“好”等次比例低于80%的扣1分；述职报告、评议结果未存档的扣1分。", indicator="《支部书记抓党建述职材料》"),
            Row("按月如实填写；党建台账分类装盒，实行“一年一盒”，次年1月15日前完成上年度归档。", 6,
                "手册未按月填写的，每月扣0.2分，最高扣2分；未按时归档的扣1分；台账分类混乱的，酌情扣0.5-1分；发现突击补做、弄虚作假的，本项不得分。",
                indicator="《支部工作手册》"),
        )),
    ),
)

HEADER = ["台账名称", "内容及时间要求", "分值", "扣分标准"]
NOTES = (
    "备注：",
    "1.本清单由局机关党委于12月上旬组织检查，以2025年1月1日至检查之日形成的原始台账为准，复印件、补做材料不予认定。",
    "2.“无××”“缺××”指台账名称所列《》台账缺失；各项扣分以该项分值为限，扣完为止。",
    "3.检查得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”，检查结果计入支部年度考核。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：局机关第一、第二、第三党支部及局属事业单位党支部）")
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
