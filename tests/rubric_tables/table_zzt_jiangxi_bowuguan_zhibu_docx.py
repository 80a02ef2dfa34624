"""中共江西省博物馆委员会2025年度基层党支部党建工作考核评分细则 (.docx), as a 江西 南昌 省级 博物馆 馆党委 (its 党委办公室 with the
安全保卫部, the 社会教育部, the 陈列展览部 and the 馆纪委, a 考核组 checking each 支部 in December) scores each 部门党支部 — 陈列
展览, 藏品保管, 社会教育 and 讲解, 安全保卫, 文创和行政 — on four heads: 政治建设 (a monthly 集中学习 with 32学时, the “三审三校” and the
政治审核 of 展陈内容 and 讲解词 with a half-yearly 研判 and a 一票否决, a yearly 红色主题临展 or 专题讲解 drawn from the 馆藏革命文物 and the
“七一” 重温入党誓词), 组织建设 (the 换届 and the “双带头人” 书记, “三会一课” with the 书记's 党课 and the 《党支部工作手册》, the monthly
主题党日 “博物馆里过党日” with its 参加率, 方案 and 签到, the 组织生活会 with 民主评议, 谈心谈话 and the 反馈, one member in two years with
the 公示, 党费 with its yearly 公布), 党建与业务融合 (the 党员示范岗 with the 挂牌率 and a yearly 评选, the monthly 安全检查 and the
half-yearly 消防应急演练 with a 一票否决 on 文物安全, six “进校园、进社区、进军营” 活动 and twenty 义务讲解 of each 党员讲解员, a quarterly
志愿服务 with twenty 小时, the 观众满意度 with the 24小时 响应 and the 办结率, three 共建协议 with two 联合 主题活动) and 党风廉政 (the
年初 责任书 with the half-yearly 报告 of the “一岗双责” and a quarterly 廉政提醒 or 警示教育, the 审批 in 文物征集 and 采购 with the 纪检
委员's quarterly 监督检查, a deduction-only line).

The title (bold, centred), a centred "（考核对象：馆属各党支部）" line and a "党支部：…  支部书记：…  党员人数：…  考核日期：…" line above one
table: 考核项目 | 考核指标 | 考核内容 | 考核细则 | 分值 | 得分. There is NO 序号: items are numbered by position (1..18). The heads are
MERGED CELLS down the 考核项目 column (FIRST), printed WITH an ordinal on TWO lines, "一、政治建设\\n（20分）". 考核指标 is a short
sub-label (`Row.indicator`). 分值 comes AFTER the 考核细则, a plain number. There is no 佐证 or 考核方式 column. 得分 is blank. A 合计 row
and two 说明 paragraphs close the document. Counts in figures and Chinese numerals ("每月至少组织一次", "每半年研判一次", "每年公布一次",
"每季度至少开展一次"); "最高扣" caps; "每两年至少发展1名党员"; two rules "酌情扣1—2分", one bare "酌情扣分"; two rules "实行一票否决，
本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzt_jiangxi_bowuguan_zhibu_docx",
    fmt="docx",
    title="中共江西省博物馆委员会2025年度基层党支部党建工作考核评分细则",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设\n（20分）", 20, (
            Row("落实“第一议题”制度，支部每月至少组织一次集中学习；党员全年参加学习培训不少于32学时。", 5,
                "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1分。", indicator="理论学习"),
            Row("陈列展览、讲解词、社教课程和新媒体发布内容严格执行“三审三校”和政治审核；支部每半年研判一次本部门意识形态工作。", 8,
                "展陈内容、讲解词未经政治审核的，每项扣1分；研判每少1次扣1分；出现错误政治导向、历史虚无主义内容造成不良影响的，实行"
                "一票否决，本项不得分。", indicator="意识形态"),
            Row("挖掘馆藏革命文物资源，每年推出红色主题临展或专题讲解不少于1个；“七一”前后组织党员重温入党誓词。", 7,
                "未推出红色主题临展或专题讲解的扣2分；未组织重温入党誓词的扣1分；革命文物资源利用不充分的，酌情扣1—2分。",
                indicator="红色资源"),
        )),
        Section("组织建设", "二、组织建设\n（30分）", 30, (
            Row("支部委员会按期换届，支委分工明确；支部书记由部门负责人中的党员担任，落实“双带头人”要求。", 4,
                "未按期换届的扣2分；支部书记非部门负责人的扣1分；支委分工不明确的扣0.5分。", indicator="支部班子"),
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，支部书记每年讲党课不少于1次；会议记录使用统一的《党支部"
                "工作手册》。", 8,
                "会议每少开1次扣0.5分，最高扣5分；书记未讲党课的扣1分；记录不规范的，每处扣0.2分，最高扣1分。", indicator="三会一课"),
            Row("每月开展主题党日活动，结合“博物馆里过党日”开展现场教学，党员参加率不低于90%；活动有方案、有签到、有记录。", 6,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；无方案、签到或记录的，每次扣0.2分。", indicator="主题党日"),
            Row("每年召开组织生活会，开展民主评议党员，会前开展谈心谈话，评议结果向党员本人反馈。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；未开展谈心谈话的扣1分；评议结果未反馈的扣0.5分。",
                indicator="组织生活会"),
            Row("注重在文博专业技术人员、青年讲解员中发展党员，每两年至少发展1名党员；严格执行发展党员公示制度。", 4,
                "两年内未发展党员的扣2分；未公示的，每人扣1分；违规发展党员的，本项不得分。", indicator="发展党员"),
            Row("党员每月按时足额交纳党费，支部每年公布一次党费收缴情况；离退休党员、借调党员组织关系管理规范。", 3,
                "党费未按月交纳的，每人次扣0.2分；未公布的扣0.5分；组织关系管理不规范的，酌情扣分。", indicator="党员管理"),
        )),
        Section("党建与业务融合", "三、党建与业务融合\n（35分）", 35, (
            Row("在陈列展览、文物保护、讲解接待岗位设立党员示范岗，党员示范岗挂牌率100%；每年评选一次“党员服务之星”。", 5,
                "挂牌率每低10个百分点扣1分；未开展评选的扣1分；党员作用发挥不明显的，酌情扣1—2分。", indicator="先锋示范"),
            Row("落实文物安全责任制，党员带头参与库房、展厅安全巡查；每月开展一次安全检查，每半年组织一次消防应急演练；全年不发生文物被"
                "盗、损毁等安全事故。", 8,
                "安全检查每少1次扣0.5分；应急演练每少1次扣1分；检查发现的隐患未按期整改的，每项扣0.5分；发生文物安全事故的，实行一票"
                "否决，本项不得分。", indicator="文物安全"),
            Row("支部牵头开展“博物馆进校园、进社区、进军营”活动，全年不少于6场；党员讲解员每人每年义务讲解不少于20场次。", 7,
                "活动每少1场扣0.5分；义务讲解不足20场次的，每人扣0.2分，最高扣2分。", indicator="社会教育"),
            Row("组建党员志愿服务队，每季度至少开展一次文明引导、助老助残等志愿服务，党员年均志愿服务时长不少于20小时。", 5,
                "志愿服务每少1次扣0.5分；服务时长不足的，每人扣0.1分，最高扣1分。", indicator="志愿服务"),
            Row("观众满意度达到95%以上；观众投诉和涉馆网络舆情在24小时内响应，办结率100%。", 5,
                "满意度每低1个百分点扣0.5分；投诉未按时响应的，每件扣0.5分；被有效投诉并查实的，每件扣1分。", indicator="观众服务"),
            Row("与社区、学校、驻军等单位签订党建共建协议不少于3个，每年联合开展主题活动不少于2次。", 5,
                "共建协议每少1个扣1分；联合主题活动每少1次扣0.5分。", indicator="共建联建"),
        )),
        Section("党风廉政", "四、党风廉政\n（15分）", 15, (
            Row("支部书记年初签订党风廉政建设责任书，每半年向馆党委报告一次履行“一岗双责”情况；每季度开展一次廉政提醒或警示教育。", 5,
                "未签订责任书的扣1分；未报告的，每次扣1分；廉政提醒或警示教育每少1次扣0.5分。", indicator="责任落实"),
            Row("文物征集、展览项目、文创产品采购等重点环节严格执行集体决策和审批程序；支部纪检委员每季度开展一次监督检查。", 5,
                "未履行集体决策或审批程序的，每项扣1分；监督检查每少1次扣0.5分；发现违规问题未及时报告的，本项不得分。",
                indicator="重点领域"),
            Row("党员干部严格遵守中央八项规定精神，不利用职务便利收受文物、文创礼品，不违规兼职取酬（本项为扣分项）。", 5,
                "党员受到党纪政务处分的，每人扣3分；受到诫勉谈话、通报批评的，每人次扣1分。", indicator="作风纪律"),
        )),
    ),
)

HEADER = ["考核项目", "考核指标", "考核内容", "考核细则", "分值", "得分"]
NOTES = (
    "说明：1.本细则由馆党委于每年12月组织考核，采取听取汇报、查阅资料、实地查看、个别谈话、观众问卷相结合的方式；2.各项扣分以该项"
    "分值为限，扣完为止；3.支部或党员获得省直机关工委以上表彰的，每项加1分，加分累计不超过3分。",
    "4.考核结果分为“优秀”“良好”“一般”“较差”四个等次，作为评选“五星级党支部”和部门年度绩效考核的重要依据；支部所在部门发生"
    "文物安全责任事故的，考核直接定为“较差”等次。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：馆属各党支部）")
    document.add_paragraph("党支部：                  支部书记：            党员人数：        考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for note in NOTES:
        document.add_paragraph(note)
    document.save(str(path))
