"""鄂尔多斯市林业和草原局2025年度机关党支部工作考核评分表 (.docx), as the 机关党委 of the 林业和草原局 of 内蒙古 鄂尔多斯 (its 机关党委
办公室 with the 人事科 and the 派驻纪检监察组, a 考核组 in December) scores the 党支部 of its 科室 and of the 林草执法大队: a city between the
库布其 and the 毛乌素 whose 防沙治沙 and 国土绿化 projects the 党员 each take charge of, the 沙柳 and 柠条 planted in spring and counted in
autumn for the 成活率, the 森林草原防火期 of spring and autumn when the 党员 go down to the 苏木镇 and the 国有林场, the 禁牧休牧 on the 草原,
the 林木采伐 and 草原征占用 papers the 企业 wait for, the 嘎查村 and 牧区 the 支部 serves: a table whose 考核内容及要求 carries the requirements
and whose 评分标准 gives a short deduction for each: 政治建设 (the “第一议题” with a monthly 集中学习, 32学时 and a half-yearly 专题研讨, a
half-yearly 研判 with the “三审三校”, the 书记's two 党课 with the 请示报告, a yearly 警示教育 with four 廉洁提醒), 组织建设 (the “三会一课” with the
记录 and the 签到 and the 缺席, the monthly 主题党日 with the 参加率 and the 植树节, the 组织生活会 with the 谈心谈话, the 民主评议, the 备案, the
整改清单 and the 通报, one 积极分子 a year with 党费, a yearly 核定, the 系统 and the 补学, the 换届 with the 分工, the 党小组 and the 制度), 党建
业务融合 (three 先锋岗 with the 承诺 and a quarterly 评选, two 现场 visits a month to the 包联 项目 with the 成活率 and no 审计 问题, the 防火期 24
小时 值班 with the 下沉值守, a half-yearly 演练, the 物资储备台账 and a 一票否决, two 联建协议 with a quarterly 服务活动 and the 满意度, six 生态
宣传 a year with the 义务植树 and the 照片) and 作风建设 (a deduction-only line on 八项规定 and the 审批, the 年初 计划, the 责任书, a half-yearly
报告, the 年底 述职 and the 年终 总结, a 年底 测评 scored in bands).

The title (bold, centred) and a centred "（考核对象：局机关各党支部、林草执法大队党支部）" line above one table: 一级指标 | 二级指标 | 考核内容及
要求 | 分值 | 评分标准. There is NO 序号: items are numbered by position (1..17). The categories are MERGED CELLS down the 一级指标 column
(FIRST), printed WITH an ordinal and their points on ONE line, "一、政治建设（18分）". 二级指标 is a short sub-label (`Row.indicator`). The
考核内容及要求 is long, every requirement printed there; the 评分标准 is short, one deduction a clause, mostly without repeating the figure
("集中学习每少1次扣0.3分"). 分值 is a plain number BEFORE the 评分标准. A 合计 row of 100 closes the table; a "备注：" paragraph follows it.
Counts in figures and Chinese numerals, nearly all in the 考核内容及要求 ("每月至少开展一次", "每年…不少于32学时", "每半年开展一次", "每半年
分析研判一次", "每年讲党课不少于2次", "按规定时限", "每年开展一次", "元旦、春节、五一、国庆等节日前", "支部委员会每月召开1次，支部党员大会每
季度召开1次，党小组会每月召开1次，党课每季度1次", "3次以上", "每月固定一天", "每年召开一次", "年内…不少于1名", "按月", "每年7月核定一次",
"每季度评选一次", "每月…不少于2次", "24小时", "春秋两季防火期", "每半年组织一次", "每季度开展一次", "全年不少于6次", "“3·12”植树节", "年初",
"每半年…报告一次", "年底", "年终", "年底"); "不少于3个", "不少于2家"; "百分之八十五", "百分之九十"; "每缺一项扣0.5分" once; "最高扣" caps; "酌情扣
0.5-1分" once and "酌情扣0.5分" once; one set of bands (a 满意度 for the whole 5 points closed by "85%以下的不得分"); one "实行一票否决，本项不
得分"; two other plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzr_eerduosi_linyeju_jiguan_zhibu_docx",
    fmt="docx",
    title="鄂尔多斯市林业和草原局2025年度机关党支部工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（18分）", 18, (
            Row("落实“第一议题”制度，支部委员会会议首先学习习近平总书记关于生态文明建设和防沙治沙的重要论述和重要指示批示精神；支部每月至少开展"
                "一次集中学习；党员每年参加学习培训不少于32学时；每半年开展一次专题研讨。", 6,
                "集中学习每少1次扣0.3分；学时不足的每人扣0.2分，最高扣1分；专题研讨每少1次扣0.5分；“第一议题”落实不到位的，酌情扣0.5-1分。",
                indicator="理论武装"),
            Row("落实意识形态工作责任制，每半年分析研判一次意识形态形势；政务新媒体和林草政策信息发布严格执行“三审三校”；党员干部不在网络发表"
                "错误言论。", 5,
                "研判每少1次扣1分；信息发布未落实“三审三校”的，每次扣0.5分；发生意识形态问题造成不良影响的，本项不得分。",
                indicator="意识形态"),
            Row("支部书记每年讲党课不少于2次；森林草原火情、重大林草有害生物疫情和涉林涉草舆情按规定时限向局党组请示报告。", 3,
                "书记讲党课每少1次扣1分；迟报、漏报、瞒报的，每次扣1分。", indicator="政治担当"),
            Row("每年开展一次廉政警示教育，组织党员观看警示教育片或到警示教育基地参观；元旦、春节、五一、国庆等节日前向党员发送廉洁提醒。", 4,
                "未开展警示教育的扣2分；廉洁提醒每少1次扣0.5分。", indicator="警示教育"),
        )),
        Section("组织建设", "二、组织建设（32分）", 32, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议有记录、有签到；党员无正当理由不"
                "缺席。", 8,
                "每少1次扣0.5分，最高扣5分；记录不完整或无签到的，每次扣0.2分，最高扣1分；党员无故缺席3次以上的，每人扣0.5分。",
                indicator="“三会一课”"),
            Row("每月固定一天开展主题党日，党员参加率不低于百分之九十；结合“3·12”植树节、防火宣传月开展义务植树、志愿服务等活动。", 6,
                "主题党日每少1次扣0.5分；参加率每低1个百分点扣0.1分，最高扣1分；未结合业务开展活动的，酌情扣0.5分。", indicator="主题党日"),
            Row("每年召开一次组织生活会；会前谈心谈话全覆盖；开展民主评议党员，评定结果报机关党委备案；会后制定整改清单，整改情况在支部党员大会"
                "上通报。", 6,
                "未召开的扣3分；谈心谈话未全覆盖的扣1分；未开展民主评议或评定结果未备案的扣1分；无整改清单或整改情况未通报的扣1分。",
                indicator="组织生活会"),
            Row("年内确定入党积极分子不少于1名；党员按月足额交纳党费，每年7月核定一次交纳基数；党员信息在全国党员管理信息系统中及时维护；党员因"
                "野外调查、防火值守不能参加组织生活的，按规定请假并及时补学。", 6,
                "未确定积极分子的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；未核定基数的扣0.5分；党员信息维护不及时的，每人扣0.1分；"
                "未请假或未补学的，每人次扣0.2分。", indicator="党员管理"),
            Row("支部按期换届，委员分工明确；党员人数较多的支部按业务科室划分党小组；“三会一课”、主题党日、谈心谈话等制度健全。", 6,
                "未按期换届的扣2分；委员分工不明确的扣1分；应划分未划分党小组的扣1分；制度不健全的，每缺一项扣0.5分，最高扣1分。",
                indicator="支部设置"),
        )),
        Section("党建业务融合", "三、党建业务融合（35分）", 35, (
            Row("在防沙治沙、森林草原防火、林草执法岗位设立党员先锋岗不少于3个，党员亮身份、作承诺；每季度评选一次“绿色卫士”党员之星。", 6,
                "先锋岗每少1个扣1分；未亮身份、作承诺的扣1分；评选每少1次扣0.5分。", indicator="先锋岗"),
            Row("党员带头包联防沙治沙和国土绿化项目，每名包联党员每月深入项目现场不少于2次；当年造林成活率达到百分之八十五以上；项目资金使用"
                "规范，未被审计、巡察发现问题。", 8,
                "深入现场不足的，每人每月扣0.2分，最高扣2分；成活率每低5个百分点扣1分；审计、巡察发现问题的，每个扣2分。", indicator="治沙造林"),
            Row("严格执行森林草原防火期24小时值班和领导带班制度；春秋两季防火期党员干部带头下沉苏木镇、国有林场值守；每半年组织一次扑火应急"
                "演练；扑火物资储备台账清晰。", 8,
                "脱岗、漏岗的，每次扣1分；防火期未落实党员干部下沉值守的扣1分；演练每少1次扣1分；物资储备台账不清的扣1分；因值守不力发生重大"
                "森林草原火灾的，实行一票否决，本项不得分。", indicator="防火值守"),
            Row("与苏木镇、国有林场、治沙企业党组织签订党建联建协议不少于2家；每季度开展一次“林草政策进嘎查村”服务活动；服务对象满意度不低于"
                "百分之九十。", 7,
                "协议每少1家扣1分；服务活动每少1次扣0.5分；满意度每低1个百分点扣0.2分，最高扣2分。", indicator="党建联建"),
            Row("组织党员志愿者开展生态保护和森林草原防火宣传进社区、进学校、进牧区，全年不少于6次；“3·12”植树节期间组织开展义务植树活动。", 6,
                "宣传每少1次扣0.5分；植树节期间未组织义务植树的扣1分；活动无照片资料的，每次扣0.2分。", indicator="生态宣传"),
        )),
        Section("作风建设", "四、作风建设（15分）", 15, (
            Row("党员干部违反中央八项规定精神，或在林木采伐审批、草原征占用审核、林草项目验收中吃拿卡要、优亲厚友（本项为扣分项）。", 5,
                "每发现1起扣2.5分；党员受到党纪政务处分的，本项不得分。", indicator="廉洁履职"),
            Row("年初制定支部工作计划；支部书记与机关党委签订党建工作责任书；每半年向机关党委书面报告一次党建工作；年底支部书记向机关党委述职；"
                "年终形成工作总结。", 5,
                "无计划的扣1分；未签订责任书的扣0.5分；报告每少1次扣0.5分；未述职的扣1.5分；无总结的扣1分。", indicator="责任落实"),
            Row("年底组织服务对象和机关干部对支部工作开展满意度测评，满意度不低于百分之九十。", 5,
                "满意度95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", indicator="满意度测评"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核内容及要求", "分值", "评分标准"]
NOTE = ("备注：本表由局机关党委于12月组织考核，采取查阅资料、实地查看、个别谈话、问卷测评相结合的方式进行，各项扣分以该项分值为限，扣完为止；"
        "考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为“四强”党支部评选和支部书记抓党建"
        "述职评议的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：局机关各党支部、林草执法大队党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
