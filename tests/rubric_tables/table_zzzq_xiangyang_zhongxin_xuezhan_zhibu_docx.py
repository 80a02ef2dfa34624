"""襄阳市中心血站2025年度党支部工作考核细则 (.docx), as the 党总支 of the 襄阳市中心血站 in 湖北 (its 办公室 with the 质量管理科 and the
站纪检委员, a 考核组 in December) scores its three 党支部 (体采, 检验供血, 机关): the 献血屋 on the 步行街 and in the 高铁站, the 流动采血车
going round the 机关, 企业 and 高校 of the 汉江 city, the 成分制备 and 检测 laboratories that must pass the 国家 and 省级 室间质评, the 冬春
and 暑期 “血荒” when the students go home, the 献血者 whose 用血 must be 直免 or refunded, the 6·14 世界献血者日: a table whose 考核内容 is
one short line and whose 扣分办法 carries the work, each rule a requirement with its deduction: 政治建设 (a monthly 集中学习, 32学时 and a
quarterly 专题研讨, a half-yearly 研判 with the “三审三校” and a 2小时 舆情 报告, the 书记's two 党课 with the 请示报告 and the “七一” 入党誓词),
组织建设 (the “三会一课” with the 到会率 and the 签到表, the monthly 主题党日 with the 方案, 签到表 and 照片 and the 参加率, the 组织生活会 with
民主评议, 谈心谈话, the 问题清单 and the 备案, one 积极分子 a year and "每两年至少发展党员1名" with the 公示 and a 一票否决, 党费 with a yearly
核定 and a half-yearly 公示 and a quarterly 联系 of the 离退休党员), 业务融合 (the 采血任务 完成率 in bands with four 志愿服务, five 共建协议 and
the 固定献血者 占比, a quarterly 自查 with the 室间质评 合格率, the 风险隐患台账 and a 一票否决, three 先锋岗 with the 承诺, a half-yearly 评议
and the 满意度 in bands, the 突击队 花名册 with the 参与率 and a yearly 演练, the 6·14 宣传 with a quarterly 宣讲, four 科普 a month and the
照片) and 作风建设 (a yearly 廉政风险 排查 with four 廉洁提醒 and the 站务会 集体研究, a quarterly 回访 with the 回访率, the 意见建议台账 and the
反馈, the 年初 计划, the 责任书, a half-yearly 报告, the 年底 述职 with the 满意度 and the 年终 总结).

The title (bold, centred), a centred "（考核对象：站党总支所属体采、检验供血、机关党支部）" line and a plain "党支部： 考核组： 考核日期："
line above one table: 考核项目 | 考核内容 | 分值 | 扣分办法 | 得分. There is NO 序号: items are numbered by position (1..16). The categories are
MERGED CELLS down the 考核项目 column (FIRST), printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治建设\\n（18分）".
考核内容 is one short line; the 扣分办法 is long, every clause a figure and its deduction ("支部每月至少开展一次集中学习，每少1次扣0.3分；…").
分值 is a plain number BEFORE the 扣分办法; 得分 is blank. A 合计 row of 100 and a "说明：" paragraph with four numbered lines close the
document. Counts in figures and Chinese numerals, nearly all in the 扣分办法 ("每月至少开展一次", "每年…不少于32学时", "每季度开展一次", "每半年
分析研判一次", "2小时内", "每年讲党课不少于2次", "每年“七一”", "支部委员会每月召开1次、支部党员大会每季度召开1次、党小组会每月召开1次、党课
每季度1次", "每月固定一天", "每年召开一次", "年内…不少于1名", "每两年至少发展党员1名", "每年核定一次", "每半年公示一次", "每季度至少联系
一次", "每年…不少于4次", "每季度开展一次", "24小时内", "每半年开展一次", "每年开展一次", "每年“6·14”…一次", "每季度至少…1次", "每月…不少于
4条", "每年开展一次", "元旦、春节、中秋、国庆节前", "每季度开展一次", "3个工作日", "5个工作日", "年初", "每半年…一次", "年底", "年终");
"不少于5个工作日"; "不少于5家", "不少于3个"; "百分之九十", "百分之八十五", "百分之四十", "百分之三十", "百分之八十", "100%"; "缺一项扣0.2分"
once; "最高扣" caps; "酌情扣0.5-1分" twice and "酌情扣0.5分" once; two sets of bands (a 完成率 for 4 of the 8 points closed by "90%以下的不
得分", a 满意度 for 2 of the 6 points closed by "90%以下的不得分"); two "实行一票否决，本项不得分"; five other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzq_xiangyang_zhongxin_xuezhan_zhibu_docx",
    fmt="docx",
    title="襄阳市中心血站2025年度党支部工作考核细则",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设\n（18分）", 18, (
            Row("落实“第一议题”制度，抓好党员理论学习。", 6,
                "支部每月至少开展一次集中学习，每少1次扣0.3分；党员每年参加集中学习培训不少于32学时，学时不足的，每人扣0.1分，最高扣1分；"
                "每季度开展一次专题研讨，每少1次扣0.5分；学习记录照抄照搬、流于形式的，酌情扣0.5-1分。"),
            Row("落实意识形态工作责任制，加强献血宣传阵地管理。", 6,
                "每半年分析研判一次意识形态形势，每少1次扣1分；官方网站、微信公众号发布信息未经“三审三校”的，每次扣0.5分；涉血液安全舆情"
                "未在2小时内报告的，每次扣1分；发生意识形态领域重大问题或献血负面舆情处置不当造成恶劣影响的，本项不得分。"),
            Row("支部书记履行第一责任人职责，严守政治纪律。", 6,
                "支部书记每年讲党课不少于2次，每少1次扣1分；重大事项未按规定向站党总支请示报告的，每件扣1分；每年“七一”组织党员重温入党"
                "誓词，未组织的扣0.5分；党员违反政治纪律受到处理的，本项不得分。"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            Row("严格落实“三会一课”制度。", 8,
                "支部委员会每月召开1次、支部党员大会每季度召开1次、党小组会每月召开1次、党课每季度1次，每少1次扣0.5分，最高扣4分；支部党员"
                "大会到会率低于百分之九十的，每次扣0.3分；会议记录要素不全或无签到表的，每次扣0.2分，最高扣1分；存在会后补记、代签的，本项"
                "不得分。"),
            Row("规范开展主题党日活动。", 6,
                "每月固定一天开展主题党日活动，每少1次扣0.5分；活动方案、签到表、照片缺一项扣0.2分；党员参加率应达到百分之八十五，每低5个"
                "百分点扣0.3分；主题党日与采供血业务结合不紧密、内容空泛的，酌情扣0.5分。"),
            Row("召开组织生活会，开展民主评议党员。", 6,
                "每年召开一次组织生活会，未召开的扣2分；未开展民主评议党员的扣1分；会前未开展谈心谈话的扣0.5分；谈心谈话未全覆盖的扣0.5分；"
                "未列出问题清单的扣0.5分；整改不到位的，酌情扣0.5-1分；组织生活会情况未报站党总支备案的扣0.5分。"),
            Row("做好发展党员工作。", 5,
                "年内确定入党积极分子不少于1名，未确定的扣1分；每两年至少发展党员1名，两年内未发展的扣1分；发展对象公示不少于5个工作日，"
                "未公示的扣1分；发展党员档案材料每缺1项扣0.2分，最高扣1分；违反程序发展党员的，实行一票否决，本项不得分。"),
            Row("加强党员日常管理。", 5,
                "党员按月交纳党费，未按月交纳的，每人次扣0.1分，最高扣1分；每年核定一次交纳基数，未核定的扣0.5分；党费收缴情况每半年公示"
                "一次，每少1次扣0.5分；全国党员管理信息系统信息维护不及时、不准确的，每条扣0.1分，最高扣1分；离退休党员每季度至少联系一次，"
                "每少1次扣0.2分。"),
        )),
        Section("业务融合", "业务融合\n（34分）", 34, (
            Row("党建引领无偿献血招募，完成年度采血任务。", 8,
                "年度采血任务完成率达到100%的得4分，95%（含）—100%的得3分，90%（含）—95%的得2分，90%以下的不得分；党员每年参加献血屋"
                "志愿服务不少于4次，不足的每人扣0.1分，最高扣1分；与机关、企业、高校签订团体无偿献血共建协议不少于5家，每少1家扣0.5分；"
                "固定献血者占比低于百分之四十的扣1分。"),
            Row("党员带头守牢血液安全底线。", 8,
                "每季度开展一次质量安全自查，每少1次扣0.5分；参加国家、省级室间质量评价，合格率达到100%，每有1项不合格扣0.5分，最高扣2分；"
                "未建立质量风险隐患台账的扣1分；质量差错、献血不良反应未在24小时内上报的，每次扣1分；发生经输血传播疾病等重大血液安全事故"
                "的，实行一票否决，本项不得分。"),
            Row("设立党员先锋岗，提升献血服务质量。", 6,
                "在体检采血、成分制备、供血发血等关键岗位设立党员先锋岗不少于3个，每少1个扣0.5分；先锋岗未挂牌、党员未公开承诺的扣0.5分；"
                "每半年开展一次先锋岗评议，每少1次扣0.5分；献血者满意度95%以上的得2分，90%（含）—95%的得1分，90%以下的不得分；献血者实名"
                "投诉查实的，每件扣0.5分。"),
            Row("组建党员应急献血突击队，保障应急用血。", 6,
                "未组建党员应急献血突击队或无队员花名册的扣1分；春节、暑期等血液偏紧时段党员带头献血，党员年度献血参与率不低于百分之三十，"
                "每低5个百分点扣0.5分；每年开展一次突发事件应急用血演练，未开展的扣1分；应急用血未在规定时间内保障到位、延误临床救治的，本项"
                "不得分。"),
            Row("开展无偿献血宣传。", 6,
                "每年“6·14”世界献血者日开展一次主题宣传活动，未开展的扣1分；每季度至少进高校、进社区、进企业开展献血知识宣讲1次，每少1次扣"
                "0.5分；微信公众号每月发布原创科普信息不少于4条，每少1条扣0.1分，最高扣1分；宣传活动无照片的，每次扣0.2分。"),
        )),
        Section("作风建设", "作风建设\n（18分）", 18, (
            Row("落实全面从严治党，加强廉洁从业。", 6,
                "每年开展一次廉政风险点排查，未开展的扣1分；元旦、春节、中秋、国庆节前开展廉洁提醒，每少1次扣0.3分；试剂耗材采购、设备招标"
                "未经站务会集体研究的，每次扣1分；党员违反中央八项规定精神或收受回扣被查处的，本项不得分。"),
            Row("改进作风，提升服务效能。", 6,
                "每季度开展一次献血者回访，每少1次扣0.5分；回访率不低于百分之八十，每低5个百分点扣0.3分；献血者用血费用直免、报销超过3个"
                "工作日的，每件扣0.2分，最高扣1分；无意见建议台账的扣0.5分；意见建议未在5个工作日内反馈的，每件扣0.2分；被上级通报批评的，"
                "每次扣2分。"),
            Row("落实党建工作责任制。", 6,
                "年初未制定党建工作计划的扣1分；未与站党总支签订党建工作责任书的扣0.5分；每半年向站党总支报告一次党建工作，每少1次扣0.5分；"
                "年底支部书记未述职的扣1.5分；述职评议满意度低于百分之九十的扣1分；年终无工作总结的扣1分。"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "分值", "扣分办法", "得分"]
NOTES = (
    "说明：",
    "1.本细则由站党总支于12月组织考核，采取查阅资料、实地查看、个别谈话、问卷测评相结合的方式进行，各项扣分以该项分值为限，扣完为止。",
    "2.采血任务完成率以市卫生健康委员会年度通报为准，室间质量评价结果以国家、省临床检验中心反馈为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”。",
    "4.考核结果作为党支部书记抓党建述职评议、评先评优和科室绩效分配的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：站党总支所属体采、检验供血、机关党支部）")
    document.add_paragraph("党支部：                考核组：                考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, ""))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
