"""遵义市中心血站2025年度党支部党建工作考核评分表 (.docx), as the 站党委 of the 中心血站 of 贵州 遵义 (its 党委办公室 with the 质量管理科,
the 采血科, the 人事科 and the 市卫生健康局 派驻 纪检组, a 考核组 in December) scores its three 党支部 — 采供血, 检验质控 and 行政后勤 — in the
city of the 遵义会议 and the 红军山: the 献血屋 in the 丁字口 and the 流动采血车 that go up to the 县 and the 高校, the 团体献血 of the 机关 and the
厂, the winter and the summer when the 库存 runs low and the 医院 call for 血, the Rh阴性 献血者 on a list who come at a phone call, the 核酸检测
that every bag goes through, the 献血者 who are owed a 减免 when their own family needs 血: a table of 考核要点 and 评分办法 whose requirements
sit mostly in the 考核要点 and whose 评分办法 repeats a figure now and then: 政治建设 (a monthly 集中学习 with 32学时 and a yearly 现场教学 at the
遵义会议会址, a half-yearly 研判 with the 审核 of what is posted and the 舆情, the 书记's two 党课, the 站领导's one and the “七一” 誓词), 组织建设
(the “三会一课” with the 签到 and no 补记, the monthly 主题党日 with the 参加率 and one on the “6·14” 献血者日 with its 方案, 签到 and 照片, the
组织生活会 with 征求意见, 谈心谈话, the 整改措施, the 民主评议 and the 备案, two 积极分子 and one 发展 a year with 党费 and a half-yearly 公示, the
换届, the “双带头人” and the 分工), 业务融合 (the 采血量 完成率 with three 团体献血 动员 a quarter, the 固定献血者比例 and the 宣传队, the 核酸检测
覆盖率, the 报废率 and a quarterly 质量分析 with a 一票否决, the 稀有血型 队伍 with the 及时率, the 预案 and a half-yearly 演练, the 示范岗 of each
采血点 with the 满意度 in bands and the 办结率, the 志愿服务队 with 8小时 a head, four 宣传活动 and six 稿件 a year with the 照片) and 作风建设 (a
yearly 警示教育 with the 信息 and the 采购, the 年初 计划 with its 审核, a quarterly 报告, the 年底 述职 with its 评价率 and the 年终 总结, a
deduction-only line on 违规采血 and 收受财物).

The title (bold, centred) and a centred "（考核对象：站党委所属采供血党支部、检验质控党支部、行政后勤党支部）" line above one table: 考核指标 | 考核
要点 | 评分办法 | 分值. There is NO 序号: items are numbered by position (1..16). Each category is a SECTION ROW merged across the whole table,
printed WITHOUT an ordinal and WITH its points on one line, "政治建设（15分）". 考核指标 (FIRST column) is a short sub-label (`Row.indicator`);
考核要点 says what is required (`Row.text`). 分值 is a plain number, the LAST column, AFTER the 评分办法. There is no 考核方式 or 佐证 column. A
合计 row of 100 closes the table; a "说明：" paragraph and three numbered paragraphs follow it. Counts in figures and Chinese numerals, nearly all
in the 考核要点 ("每月开展一次", "每年…不少于32学时", "每年…不少于1次", "每半年专题研判一次", "每年讲党课不少于2次", "每年…不少于1次",
"“七一”", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每年…不少于1次", "每年召开
一次", "年内…不少于2名", "每年至少发展党员1名", "按月", "每半年公示一次", "按期", "全年", "每季度…不少于3场", "每季度开展一次", "每半年开展
一次", "每人每年…不少于8小时", "每年…不少于4次", "每年…不少于6篇", "每年开展一次", "年初", "每季度…报告一次", "年底", "年终"); "不少于100人",
"不少于1个"; "百分之八十五", "百分之三十", "百分之三", "百分之九十五", "百分之九十", "100%"; "每缺一项扣0.2分" once; "最高扣" caps; "酌情扣0.5分"
once and "酌情扣1-2分" once; one set of bands (a 献血者 满意度 for 3 of the 8 points closed by "85%以下的不得分"); two "实行一票否决，本项不得分";
five other plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzv_zunyi_zhongxin_xuezhan_zhibu_docx",
    fmt="docx",
    title="遵义市中心血站2025年度党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            Row("落实“第一议题”制度，党支部每月开展一次集中学习；党员每年参加学习培训不少于32学时；每年组织党员到遵义会议会址、红军山烈士陵园等"
                "红色教育基地开展现场教学不少于1次。", 5,
                "集中学习每少1次扣0.3分，最高扣1.5分；学时不足的，每人扣0.1分，最高扣1分；未开展现场教学的扣1分；“第一议题”学习后未结合采供血"
                "工作研究贯彻措施的，酌情扣0.5分。", indicator="理论学习"),
            Row("落实意识形态工作责任制，每半年专题研判一次意识形态工作；站微信公众号、献血宣传品等发布内容严格执行审核制度；妥善应对涉及无偿"
                "献血的网络舆情。", 5,
                "研判每少1次扣1分；发布内容未履行审核程序的，每次扣0.5分；网络舆情处置不及时、造成不良影响的，本项不得分。",
                indicator="意识形态"),
            Row("支部书记每年讲党课不少于2次，站领导班子成员每年到所在支部讲党课不少于1次；“七一”组织党员重温入党誓词。", 5,
                "书记讲党课每少1次扣1分；站领导未到支部讲党课的扣1分；未组织重温入党誓词的扣1分；党课无讲稿或课件的，每次扣0.2分。",
                indicator="党性教育"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；采血一线倒班党员可按班组分批参加；会议"
                "记录要素齐全，有签到。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；记录要素不全的，每次扣0.2分，最高扣1分；无签到的，每次扣0.1分，最高扣1分；发现补记、代签"
                "的，本项不得分。", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，党员参加率不低于百分之八十五；每年结合“6·14”世界献血者日开展党员集体献血或无偿献血宣传主题党日不少于"
                "1次。", 6,
                "主题党日每少1次扣0.4分；参加率每低5个百分点扣0.3分，最高扣1分；未结合献血者日开展的扣1分；活动方案、签到表、照片每缺一项扣0.2"
                "分。", indicator="主题党日"),
            Row("每年召开一次组织生活会，会前征求意见、开展谈心谈话，会后制定整改措施；开展民主评议党员，评议结果报站党委备案。", 6,
                "未召开组织生活会的扣3分；未征求意见、未开展谈心谈话的，每项扣0.5分；无整改措施的扣0.5分；未开展民主评议党员的扣1分；评议结果未"
                "备案的扣0.5分。", indicator="组织生活会"),
            Row("年内确定入党积极分子不少于2名，每年至少发展党员1名，注重在采血护士、检验技术骨干中发展；党员按月交纳党费，每半年公示一次党费"
                "收缴情况。", 5,
                "积极分子每少1名扣0.5分；未发展党员的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；违反程序发展党员的，"
                "实行一票否决，本项不得分。", indicator="党员队伍"),
            Row("支部按期换届；支部书记由科室负责人等业务骨干担任，实施“双带头人”培育；支部委员分工明确、团结协作。", 5,
                "未按期换届的扣2分；书记不是业务骨干的扣1分；无委员分工文件的扣0.5分；班子不团结、影响工作的，酌情扣1-2分。",
                indicator="支部班子"),
        )),
        Section("业务融合", "业务融合（40分）", 40, (
            Row("全年采血量完成市卫生健康局下达的目标任务；组建党员献血宣传队，每季度进机关、进高校、进企业、进社区开展团体献血动员不少于3场；"
                "固定献血者比例达到百分之三十以上。", 8,
                "采血量完成率每低1个百分点扣0.3分，最高扣3分；未组建宣传队的扣1分；团体献血动员每少1场扣0.3分；固定献血者比例每低5个百分点扣"
                "0.5分。", indicator="血液采集"),
            Row("血液采集、检测、制备、储存、发放全过程质量管理体系有效运行；血液核酸检测覆盖率100%；血液报废率不高于百分之三；每季度开展一次"
                "质量分析。", 8,
                "核酸检测覆盖率未达到100%的扣2分；报废率每高0.5个百分点扣0.5分，最高扣2分；质量分析每少1次扣0.5分；省级室间质评结果不合格的，每"
                "项扣1分；发生经血传播疾病等输血安全事故的，实行一票否决，本项不得分。", indicator="血液安全"),
            Row("建立Rh阴性等稀有血型献血者应急队伍，登记在册不少于100人；临床用血应急保障及时率达到100%；春节、暑期等季节性缺血期间启动党员"
                "带头献血和应急采血预案；每半年开展一次应急采供血演练。", 8,
                "未建立稀有血型应急队伍或登记不足100人的扣1分；应急保障不及时的，每次扣1分；缺血期间未启动预案的扣1分；演练每少1次扣0.5分；因"
                "供血不足造成临床用血事件被上级通报的，本项不得分。", indicator="临床供血"),
            Row("每个献血屋、流动采血车设立“党员示范岗”不少于1个；献血者满意度达到百分之九十五；献血者投诉办结率100%；落实献血者及其亲属用血"
                "费用直接减免。", 8,
                "未设立党员示范岗的，每个采血点扣0.5分；满意度95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分；投诉"
                "未办结的，每件扣0.5分；用血费用减免不落实、引发有效投诉的，每起扣1分。", indicator="献血服务"),
            Row("组建无偿献血志愿服务队，党员每人每年参加献血志愿服务不少于8小时；每年开展“献血进校园”“红色献血月”等主题宣传活动不少于4次；每年"
                "在市级以上媒体刊发宣传稿件不少于6篇。", 8,
                "未组建志愿服务队的扣1分；志愿服务时长不足的，每人扣0.1分，最高扣1分；宣传活动每少1次扣0.5分；稿件每少1篇扣0.2分；宣传活动无"
                "照片资料的扣0.5分。", indicator="志愿宣传"),
        )),
        Section("作风建设", "作风建设（15分）", 15, (
            Row("每年开展一次廉政警示教育；落实医疗卫生行风建设“九不准”要求；献血者个人信息严格保密；血液试剂、耗材采购严格执行招标采购程序。", 5,
                "未开展警示教育的扣1分；泄露献血者个人信息的，每起扣2分；采购未履行程序的，每次扣1分；党员违反“九不准”或中央八项规定精神被查处"
                "的，本项不得分。", indicator="行风建设"),
            Row("年初制定支部年度工作计划并报站党委审核；每季度向站党委报告一次支部工作；年底支部书记向站党委述职，述职评议“好”和“较好”评价率"
                "不低于百分之九十；年终形成支部工作总结。", 6,
                "无年度计划的扣1分；计划未报审核的扣0.5分；报告每少1次扣0.3分；未述职的扣1.5分；评价率低于90%的扣1分；无年终总结的扣1分。",
                indicator="责任落实"),
            Row("党员职工违规采血、倒卖血液，或利用职务便利收受献血者、用血医院财物（本项为扣分项）。", 4,
                "每发现1起扣2分；受到党纪政务处分的，本项不得分。", indicator="纪律底线"),
        )),
    ),
)

HEADER = ["考核指标", "考核要点", "评分办法", "分值"]
NOTES = (
    "说明：",
    "1.本表由站党委于12月组织考核，采取查阅资料、实地查看、个别谈话、问卷测评相结合的方式进行，各项扣分以该项分值为限，扣完为止。",
    "2.采血量、报废率、核酸检测等业务数据以血站信息管理系统和市卫生健康局年度通报为准；行政后勤党支部业务融合指标按服务保障采供血工作情况"
    "折算。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为评选先进党支部和党员年度考核的"
    "重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：站党委所属采供血党支部、检验质控党支部、行政后勤党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            cells = ((0, row.indicator), (1, row.text), (2, row.scoring), (3, _fmt(row.points)))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
