"""中共罗田县直属机关工作委员会2025年度县直机关党支部党建工作考核评分细则 (.docx), as a 湖北 县直机关工委 (its 组织宣传科 with
a few 县直单位 党务干部 drawn for a 交叉考核组 in December, the 支部 reporting first and the 平台 records pulled beforehand) scores
each 机关党支部 of the 县直 部门（单位） on 政治建设 (the “第一议题” and monthly 集中学习 with the 平台 积分 达标率, half-yearly 思想
动态 研判 with a 一票否决 for 错误言论, the yearly 报告 and the 书记's 年底 述职评议 graded by 等次, a 党规党纪 知识测试 with its
参测率 and 合格率), 组织建设 (“三会一课” with the 书记's and the 单位主要负责同志's 党课, 主题党日 with its 方案, 参加率 and the
平台 纪实, 组织生活会 with 谈心谈话, 整改清单 and 民主评议, 发展党员 and 组织关系, 党费 with its 核定 and half-yearly 公布, 换届 with
the 请示 and the 党务干部), 作用发挥 (the 年初 工作要点 and the 单位's 目标考评 等次, 在职党员 “双报到” with the 报到率, four 志愿服务
a year and the quarterly 共建, 先锋岗 and the 好评率, 调研 / 实事 and the 实事清单, the 创文 志愿服务 and the “门前三包” 包保, the
模范机关 自评) and 党风廉政和基础保障 (廉政谈话 and half-yearly 警示教育, 八项规定 as a deduction-only line, 活动室 / 宣传栏 / 资料
and the 年底 总结, 32学时 and the 示范培训).

The title (bold, centred) and a centred "（考核对象：县直各部门（单位）机关党支部）" line above one table: 一级指标 | 二级指标 |
考核内容 | 分值 | 评分标准 | 考核方式. There is NO 序号: items are numbered by position (1..20). The categories are MERGED CELLS
down the 一级指标 column (first), printed WITH an ordinal on TWO lines, "一、政治建设\\n（20分）". 二级指标 is a short sub-label
(`Row.indicator`). 分值 (before the 评分标准) is a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料,
查阅会议记录, 平台核查, 个别谈话, 实地查看, 调取数据, 向县纪委监委核实); it is no 佐证 column. A 合计 row and two 说明 paragraphs
close the document. Counts partly in Chinese numerals ("每半年…一次", "不少于两次"); one item is scored by the 述职评议 等次 and
one by the 单位's 目标考评 等次; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzh_xianzhi_jiguan_zhibu_docx",
    fmt="docx",
    title="中共罗田县直属机关工作委员会2025年度县直机关党支部党建工作考核评分细则",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设\n（20分）", 20, (
            Row("落实“第一议题”制度，支部每月开展1次集中学习；党员通过“学习强国”“湖北机关党建”平台开展自学，年度学习积分达标率"
                "100%。", 5,
                "集中学习每少1次扣0.5分；积分达标率每低10个百分点扣0.5分。", "查阅资料、平台核查", indicator="理论学习"),
            Row("落实意识形态工作责任制，支部每半年分析研判一次党员干部思想动态；党员在网络空间发表言论遵守政治纪律。", 5,
                "研判每少1次扣1分；党员在网上发表错误言论造成不良影响的，实行一票否决，本项不得分。", "查阅资料、个别谈话",
                indicator="意识形态"),
            Row("支部每年向县直机关工委书面报告一次党建工作；支部书记年底参加抓基层党建工作述职评议，评议等次为“好”或“较好”。", 5,
                "未书面报告的扣1分；未述职的扣3分；评议为“一般”等次的扣2分，为“差”等次的本项不得分。", "查阅资料",
                indicator="述职评议"),
            Row("组织党员学习《中国共产党章程》和党内法规，每年开展一次党规党纪知识测试，党员参测率100%，合格率达到90%以上。", 5,
                "未开展知识测试的扣2分；参测率每低1个百分点扣0.1分；合格率每低1个百分点扣0.2分。", "查阅资料",
                indicator="党规党纪"),
        )),
        Section("组织建设", "二、组织建设\n（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次，"
                "单位主要负责同志每年到联系支部讲党课不少于1次。", 8,
                "“三会一课”每缺1次扣0.5分，最多扣5分；书记或主要负责同志未讲党课的，每人扣1分；会议记录不规范的，酌情扣0.5—1分。",
                "查阅会议记录", indicator="“三会一课”"),
            Row("每月固定1天开展主题党日，活动前制定方案，党员参加率不低于90%；活动后在“湖北机关党建”平台上传活动纪实。", 5,
                "主题党日每少1次扣0.5分；参加率低于90%的，每次扣0.2分；未上传纪实的，每次扣0.2分。", "查阅资料、平台核查",
                indicator="主题党日"),
            Row("每年召开组织生活会，会前开展谈心谈话，会后制定整改清单；每年开展一次民主评议党员，对评定为“不合格”的党员按规定"
                "组织处置。", 5,
                "未召开组织生活会的扣3分；未制定整改清单的扣1分；未开展民主评议党员的扣1分。", "查阅会议记录",
                indicator="组织生活会"),
            Row("做好入党积极分子培养教育，发展党员严格按程序进行；党员组织关系转接及时，党员信息维护准确。", 4,
                "发展党员程序不规范的，每处扣0.5分；组织关系转接不及时的，每人次扣0.5分；党员信息每错1处扣0.2分。",
                "查阅资料、平台核查", indicator="党员管理"),
            Row("党员每月按规定标准交纳党费，交纳基数核定准确；支部每半年向党员公布一次党费收缴情况。", 4,
                "未按月交纳的，每人次扣0.1分，最多扣2分；基数核定不准确的，每人扣0.2分；未公布的扣1分。", "查阅资料",
                indicator="党费管理"),
            Row("支部委员会任期届满按期换届，提前2个月向县直机关工委书面请示；支部书记由本单位党员负责同志担任，配备专兼职党务干部。",
                4,
                "未按期换届的扣2分；未书面请示的扣1分；未配备党务干部的扣1分。", "查阅资料", indicator="班子建设"),
        )),
        Section("作用发挥", "三、作用发挥\n（30分）", 30, (
            Row("年初将党建工作与业务工作同谋划、同部署，制定年度党建工作要点；单位年度目标考评等次为“优秀”或“良好”。", 6,
                "无年度工作要点的扣2分；单位目标考评为“一般”等次的扣3分，为“较差”等次的本项不得分。", "查阅资料",
                indicator="融合发展"),
            Row("在职党员到居住地社区报到率达到100%，每名党员每年参加社区志愿服务不少于4次；支部与联系村（社区）结对共建，每季度开展"
                "一次共建活动。", 6,
                "报到率每低1个百分点扣0.2分；志愿服务不足4次的，每人扣0.2分，最多扣2分；共建活动每少1次扣0.5分。",
                "平台核查、查阅资料", indicator="双报到"),
            Row("在服务窗口设立党员先锋岗、示范岗，党员佩戴党员徽章上岗；窗口政务服务“好差评”好评率达到99%以上。", 5,
                "未设立先锋岗的扣2分；好评率每低1个百分点扣1分；服务投诉经查实的，每起扣1分。", "实地查看、调取数据",
                indicator="窗口服务"),
            Row("支部书记每年牵头开展调研不少于两次；支部每年为群众办实事不少于3件，建立办实事清单，逐项销号。", 5,
                "调研每少1次扣0.5分；实事每少1件扣1分；未建立清单的扣0.5分。", "查阅资料", indicator="调研服务"),
            Row("机关党员参与创建全国文明城市志愿服务，每月至少参加一次；落实“门前三包”责任区包保。", 4,
                "志愿服务每缺1人次扣0.1分，最多扣2分；包保责任区在县文明办督查中被通报的，每次扣1分。", "查阅资料、实地查看",
                indicator="创文包保"),
            Row("开展模范机关创建，支部每年开展一次创建自评，查摆问题整改到位。", 4,
                "未开展自评的扣2分；问题整改不到位的，酌情扣1—2分。", "查阅资料", indicator="模范机关"),
        )),
        Section("党风廉政和基础保障", "四、党风廉政和基础保障\n（20分）", 20, (
            Row("支部书记每年与支部委员、党员开展廉政谈话不少于1次；每半年组织一次警示教育，观看警示教育片或参观廉政教育基地。", 5,
                "廉政谈话每少1人扣0.2分；警示教育每少1次扣1分。", "查阅资料、个别谈话", indicator="廉政教育"),
            Row("严格落实中央八项规定及其实施细则精神，力戒形式主义、官僚主义。", 5,
                "支部党员受到党纪政务处分的，每人扣3分；被县级以上通报批评的，每次扣2分；单位发生重大违纪违法案件的，本项不得分。",
                "向县纪委监委核实", indicator="作风建设"),
            Row("支部有党员活动室，设置党建宣传栏，每季度更新一次内容；“三会一课”记录、党员花名册、党费收缴台账等资料规范齐全；年底"
                "形成支部工作总结。", 5,
                "无活动室的扣1分；宣传栏每少更新1次扣0.5分；资料每缺1项扣0.5分；无年度总结的扣1分。", "实地查看、查阅资料",
                indicator="阵地资料"),
            Row("党员每年参加集中学习培训不少于32学时；支部书记和委员每年参加县直机关工委组织的示范培训不少于1次。", 5,
                "学时不足的，每人扣0.2分；书记、委员未参训的，每人扣0.5分。", "平台核查", indicator="教育培训"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核内容", "分值", "评分标准", "考核方式"]
NOTES = (
    "说明：1.考核由县直机关工委组织交叉考核组实施，采取听取汇报、查阅资料、平台核查、个别谈话、实地查看相结合的方式，于每年12月"
    "进行；2.各项扣分以该项分值为限，扣完为止。",
    "3.考核结果分为“好”“较好”“一般”“差”四个等次，90分以上为“好”，80分（含）至90分为“较好”，60分（含）至80分为“一般”，60分"
    "以下为“差”；考核结果作为评选“红旗党支部”和支部书记年度考核的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：县直各部门（单位）机关党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for note in NOTES:
        document.add_paragraph(note)
    document.save(str(path))
