"""孝感市生态环境局机关党委2025年度所属党支部工作考核评分表 (.docx), as the 机关党委 of the 生态环境局 of 孝感 in 湖北 (its 机关党委办公室 with the
人事科, the 办公室 and the 机关纪委, a 考核组 that sits with each 支部 in the 局 building on the 槐荫大道 in the first half of January, when the 府河 and the
澴河 are low and clear, the 大气 攻坚 of the winter 重污染天气 is at its hardest, the 中央生态环境保护督察 反馈 问题 are being closed one by one for the 年度
销号 and the 监测站 and the 执法支队 are writing up their year) scores the 党支部 under it: the 支部 of the 机关 科室, of the 生态环境保护综合执法支队, of
the 监测站 and of the 县（市、区） 分局 in the 城区: a table whose 考核内容及要求 prints what the 支部 must have done and whose 评分办法 takes points off one
clause at a time (scoring the 年底 满意度 in bands): 政治建设 (the “第一议题”, a monthly 集中学习, 32学时 and 12 of 网络; the 请示报告 and the 书记's yearly
书面报告; a half-yearly 研判, the 审核制度 and a 一票否决; the 模范机关 创建方案, the 年底 创建总结 and the 形式), 组织建设 (the “三会一课”, the 书记's two 党课
and the 局领导's one; the 主题党日, the “六五环境日” 主题党日 and the 参加率; the 组织生活会, the 征求意见, the 谈心谈话, the 民主评议, the 整改清单 and its
通报; 党费 by month, a yearly 核定 in March, a half-yearly 公示 and the 准确率; one 积极分子 or 发展对象, the 公示 and a "本项不得分"; the 换届, the 书记 and the
双重组织生活), 党建与业务融合 (the 攻坚小组 and the 整改完成率; two 先锋岗、示范岗, ten 家次 of 帮扶服务 and the 按期办结率; the 完成率 of the 重点工作; the
报到率, two 志愿服务 and a quarterly 宣传 志愿服务; the “一支部一品牌” and three 报道; the 年底 满意度 in bands) and 党风廉政和基础工作 (the 年初 责任书, a
quarterly 警示教育, a half-yearly 提醒谈话 and a "本项不得分"; the 年底 述职, the “好”等次比例, the 年初 计划 and the 年底 总结; the 党务公开制度, a quarterly
更新, the 手册 by month and the 年底 归档).

The title (bold, centred) and a centred "（考核对象：局机关各党支部、直属单位党支部）" line above one table: 考核项目 | 考核内容及要求 | 分值 | 评分办法. The
categories are SECTION ROWS merged across the table, printed WITH an ordinal and WITH their points on one line, "一、政治建设（20分）". There is NO 序号: the
items are numbered by position 1..19. 考核项目 (FIRST column) is a short name on every row (`Row.indicator`); 考核内容及要求 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 评分办法 (`Row.scoring`). A 合计 row of 100 closes the table; a "说明：" paragraph with three numbered lines and a
signature line follow it. Counts in figures and Chinese numerals ("每月至少组织一次", "每人每年…不少于32学时", "不少于12学时", "每年至少…一次", "每半年开展一次",
"全年", "年底", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每年…不少于1次", "每月固定一天",
"6月份", "不低于百分之九十", "每年召开一次", "按月", "每年3月核定一次", "每半年公示一次", "100%", "年内…不少于1名", "不少于5个工作日", "100%", "不少于2个",
"年内…不少于10家次", "百分之九十八", "100%", "100%", "每人每年…不少于2次", "每季度开展一次", "年内…不少于3篇", "年底", "不低于百分之九十", "年初", "每季度
开展一次", "每半年开展一次", "全年", "年底", "不低于百分之八十", "年初", "年底", "每季度更新一次", "按月", "年底"); "最高扣" caps; bands of the 年底 满意度 (all
5 points, closed by "90%以下的不得分"); "每低5个百分点" three times and "每低1个百分点" once; "酌情扣1-2分" once, "酌情扣0.5-1分" once and "酌情扣0.5分"
once; one "实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 考核项目, 考核内容及要求, 分值, 评分办法."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzzl_xiaogan_shengtai_huanjingju_jiguan_dangwei_docx",
    fmt="docx",
    title="孝感市生态环境局机关党委2025年度所属党支部工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月至少组织一次集中学习，深入学习习近平生态文明思想；党员每人每年参加集中学习培训不少于32学时，其中网络学习不少于"
                 "12学时。", 6,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分；网络学习学时不足的，每人扣0.1分，"
                 "最高扣1分。"),
            _row("请示报告",
                 "严格执行请示报告制度，支部重大事项及时向机关党委请示报告；支部书记每年至少向机关党委书面报告一次抓党建工作情况。", 4,
                 "重大事项未请示报告的，每次扣1分；书面报告未按时报送的扣1分。"),
            _row("意识形态",
                 "每半年开展一次意识形态工作分析研判；落实网络信息发布审核制度，局门户网站、政务新媒体由支部负责的栏目经审核后发布；全年不发生意识形态领域负面"
                 "事件。", 5,
                 "研判每少1次扣1分；未落实信息发布审核制度的扣1分；发布信息出现错误被通报的，每次扣1分；发生意识形态领域负面事件的，实行一票否决，本项不得分。"),
            _row("模范机关",
                 "开展“让党中央放心、让人民群众满意”模范机关创建，支部制定创建方案，年底形成创建工作总结。", 5,
                 "未制定创建方案的扣1.5分；年底未形成创建工作总结的扣1分；创建工作流于形式的，酌情扣1-2分。"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于2次，局领导班子成员每年到所在"
                 "支部或联系支部讲党课不少于1次。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；支部书记讲党课每少1次扣1分；局领导班子成员未到支部讲党课的扣1分；会议记录要素不全的，酌情扣0.5分。"),
            _row("主题党日",
                 "每月固定一天开展主题党日活动，其中6月份主题党日结合“六五环境日”开展生态环保主题实践活动；党员参加率不低于百分之九十。", 5,
                 "主题党日每少1次扣0.5分，最高扣2.5分；6月份主题党日未结合“六五环境日”开展的扣1分；参加率每低5个百分点扣0.5分，最高扣1.5分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前广泛征求意见，支部委员之间、委员与党员之间普遍开展谈心谈话；会后开展民主评议党员，制定整改清单，整改情况在支部内"
                 "通报。", 6,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；谈心谈话未全覆盖的，每少1人扣0.1分，最高扣1分；未开展民主评议党员的扣1.5分；无整改清单的扣"
                 "0.5分；整改情况未通报的扣0.5分。"),
            _row("党员管理",
                 "党员按月交纳党费，每年3月核定一次交纳基数；党费收缴情况每半年公示一次；党员组织关系转接及时，全国党员管理信息系统信息准确率100%。", 5,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；未核定交纳基数的扣1分；公示每少1次扣0.5分；信息准确率低于100%的扣1分。"),
            _row("发展党员",
                 "年内确定入党积极分子或发展对象不少于1名，注重在执法、监测一线青年干部中发展党员；严格执行发展党员程序，发展对象在支部内公示不少于5个工作日。",
                 3,
                 "未确定入党积极分子或发展对象的扣1分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。"),
            _row("班子建设",
                 "支部委员会按期换届，支部书记由科室主要负责人或班子成员担任；落实党员领导干部双重组织生活制度。", 3,
                 "未按期换届的扣1.5分；书记配备不符合要求的扣1分；领导干部未参加双重组织生活的，每人次扣0.5分。"),
        )),
        Section("党建与业务融合", "三、党建与业务融合（35分）", 35, (
            _row("督察整改",
                 "围绕中央和省级生态环境保护督察反馈问题整改，支部组建党员攻坚小组；承担的督察反馈问题年度整改完成率达到100%。", 7,
                 "未组建党员攻坚小组的扣1分；整改完成率每低5个百分点扣1分，最高扣4分；整改工作被上级通报的，每次扣1分。"),
            _row("服务发展",
                 "设立“党员先锋岗”“党员示范岗”不少于2个；开展“执法+服务”，年内深入企业开展帮扶服务不少于10家次；环境信访件按期办结率达到百分之九十八。", 7,
                 "先锋岗、示范岗每少1个扣1分；帮扶服务每少1家次扣0.3分，最高扣2分；按期办结率每低1个百分点扣0.5分，最高扣2分。"),
            _row("攻坚任务",
                 "党员带头落实大气、水、土壤污染防治攻坚任务，支部承担的年度重点工作目标任务完成率100%。", 6,
                 "重点工作目标任务每有1项未完成扣1.5分；因工作不力被市委、市政府督办通报的，每次扣1分。"),
            _row("志愿服务",
                 "在职党员到居住地社区报到率100%，每人每年参加社区志愿服务不少于2次；支部每季度开展一次生态环保宣传志愿服务活动。", 5,
                 "报到率低于100%的，每人扣0.2分；在职党员志愿服务不足2次的，每人扣0.1分，最高扣1分；支部志愿服务每少1次扣0.5分。"),
            _row("党建品牌",
                 "打造“一支部一品牌”，支部党建品牌有名称、有内涵、有成效；年内在市级以上媒体宣传报道支部党建和业务工作不少于3篇。", 5,
                 "未创建党建品牌的扣2分；品牌成效不明显的，酌情扣0.5-1分；宣传报道每少1篇扣0.5分。"),
            _row("群众评价",
                 "年底机关党委组织服务对象、党员群众对支部工作进行满意度测评，满意度不低于百分之九十。", 5,
                 "满意度95%以上的得5分，90%（含）—95%的得3分，90%以下的不得分。"),
        )),
        Section("党风廉政和基础工作", "四、党风廉政和基础工作（15分）", 15, (
            _row("党风廉政",
                 "支部书记年初与机关党委签订党风廉政建设责任书；每季度开展一次廉政警示教育；对执法、监测等重点岗位党员每半年开展一次廉政提醒谈话；全年支部党员"
                 "无违纪违法问题。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；提醒谈话每少1人次扣0.2分，最高扣1分；支部党员受到党纪政务处分的，本项不得分。"),
            _row("述职评议",
                 "支部书记年底向机关党委述职，述职评议“好”等次比例不低于百分之八十；年初制定支部工作计划，年底形成工作总结。", 5,
                 "书记未述职的扣2分；“好”等次比例每低5个百分点扣0.5分，最高扣1分；缺计划或总结的，每项扣1分。"),
            _row("基础工作",
                 "落实党务公开制度，支部党务公开内容每季度更新一次；支部工作手册按月规范填写，党建台账年底归档。", 5,
                 "未落实党务公开制度的扣1分；公开内容每少更新1次扣0.3分；工作手册每缺1个月扣0.2分，最高扣1.5分；台账年底未归档的扣1分。"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容及要求", "分值", "评分办法"]
NOTES = (
    "说明：",
    "1.本表由机关党委于次年1月上旬组织考核，机关党委办公室牵头，人事科、办公室、机关纪委参加，采取听取汇报、查阅资料、个别谈话、问卷测评相结合的方式进行，"
    "以2025年1月1日至12月31日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分办法列明得分档次的，按档次计分。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；考核结果作为评选“先进党支部”和支部书记年度考核的重要依据。",
)
SIGN = "考核组成员（签字）：                    党支部书记（签字）：                    考核日期：    年  月  日"


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：局机关各党支部、直属单位党支部）")
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
    document.add_paragraph(SIGN)
    document.save(str(path))
