"""中共峨眉山旅游股份有限公司委员会2025年度金顶索道分公司党支部党建工作考核细则 (.docx), as the 公司党委 of the 峨眉山 旅游 company in 乐山 in
四川 (its 党群工作部 with the 纪检 office, the 安全质量部, the 营销服务中心 and the 人力资源部, a 考核组 riding the 索道 up from 接引殿 in the middle of
December, when the 金顶 is under the first snow, the 雾凇 hang on the 冷杉, the 猴区 are quiet, the 索道 runs half-empty between the 冬季 maintenance
stops and the 机电 crews are hanging on the towers with their checklists) scores the 党支部 of the 金顶索道分公司 (its 党员 the 索道司机, the 机电
维修 men, the 站务 and the 检票 women in red jackets): a table whose 考核要点 prints what the 支部 must have done, whose 计分方法 takes points off one clause
at a time (scoring the 游客满意度 in bands) and whose 佐证资料 names the papers the 考核组 asks to see: 政治建设 (the “第一议题”, a monthly 集中学习 and 40学时
or 5天; a half-yearly 研判, the 审核 of the 讲解词 and a "本项不得分"; the 年初 责任书, a quarterly 警示教育, the 票务 and a "本项不得分"), 组织建设 (the
“三会一课” of a 索道 run in 轮班, the 补学, the 记录 and the 代签; the monthly 主题党日, a quarterly “清山净山” and the 照片; the 组织生活会, the 谈心谈话,
the 征求意见 of 游客 and 职工, the 民主评议 and the 备案; one 积极分子, the 程序, 党费 按月 and a half-yearly 公示; the 书记, the 换届, the 分工 and 3天),
融合发展 (the 日检、周检、月检, three 安全责任区, the 滞留 and a 一票否决; the 突击队, the 预案, a half-yearly 演练 and the 处置; four 示范岗, the 满意度 in bands,
the 24小时 and the 办结率; 24小时 of 志愿服务 and the 旺季 岗; two 防火巡查 a month, the 猴区 and a "本项不得分"; the 共建协议, two 共建活动 and the 就业)
and 基础保障 (the “党员之家”, the 制度 and the 预算; the 年初 计划, the 半年 小结, the 年底 总结 and 述职; the “云端先锋” 品牌 and two 信息 a quarter).

The title (bold, centred) and a centred "（考核对象：金顶索道分公司党支部，下设运行、机电、服务3个党小组）" line above one table: 序号 | 考核指标 | 考核要点 |
计分方法 | 分值 | 佐证资料. Each category is a SECTION ROW merged across the table, printed WITH a bracketed ordinal and its points on one line,
"（一）政治建设（15分）"; 序号 (FIRST column) runs 1..17 through the table, NOT restarting under the section rows. 考核指标 is a short sub-label
(`Row.indicator`); 考核要点 (`Row.text`) says what is required; the 计分方法 (`Row.scoring`) comes BEFORE the 分值, a plain number; 佐证资料 (`Row.method`)
last, naming the papers, joined by "、" ("实地查看" once). A 合计 row of 100 closes the table; a "附注：" paragraph with four numbered lines follows it (its
满意度: the 第三方 测评 of the four quarters). Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月组织一次", "每年…不少于40学时或5天",
"每半年…一次", "年初", "每季度开展一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每季度至少…
一次", "每年召开一次", "年内…不少于1名", "按月", "每半年公示一次", "每年…不少于3天", "不少于3个", "每半年开展一次", "不少于4个", "百分之九十五以上",
"24小时内", "100%", "每人每年…不少于24小时", "春节、“五一”、国庆", "每月…不少于2次", "每年…不少于2次", "年初", "年中", "年底", "年底", "每季度…不少于
2条"); "最高扣" caps; bands of the 满意度 (4 of the 8 points, closed by "90%以下的不得分"); "每低1个百分点" once; "酌情扣0.5-1分" twice and "酌情扣1-2分"
twice; one "实行一票否决，本项不得分" and three plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, scoring: str, points: float, proof: str) -> Row:
    """One row in the order the table prints it: 考核指标, 考核要点, 计分方法, 分值, 佐证资料."""
    return Row(text, points, scoring, proof, indicator=label)


TABLE = Table(
    name="zzzzzt_emeishan_jinding_suodao_zhibu_docx",
    fmt="docx",
    title="中共峨眉山旅游股份有限公司委员会2025年度金顶索道分公司党支部党建工作考核细则",
    numbering="printed",
    sections=(
        Section("政治建设", "（一）政治建设（15分）", 15, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月组织一次集中学习；党员每年参加集中学习培训不少于40学时或5天。",
                 "集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分；未落实“第一议题”制度的扣1分。", 5,
                 "学习记录、学时登记表"),
            _row("意识形态",
                 "落实意识形态工作责任制，每半年专题研判一次；景区导览讲解词、宣传标语和新媒体发布内容实行审核。",
                 "研判每少1次扣1分；讲解词、宣传内容未经审核的，每次扣0.5分，最高扣2分；出现意识形态问题造成不良影响的，本项不得分。", 5,
                 "研判记录、审核登记表"),
            _row("廉洁从业",
                 "年初与公司党委签订党风廉政建设责任书；每季度开展一次廉洁警示教育；票务管理严格执行“收支两条线”，杜绝倒票、私放游客。",
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；票务管理发生违规问题的，每起扣2分；党员违纪被立案查处的，本项不得分。", 5,
                 "责任书、警示教育记录"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            _row("三会一课",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；索道运行实行轮班的，可分批次召开，缺席党员及时补学。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；缺席党员未补学的，每人次扣0.1分，最高扣1分；会议记录要素不全的，每次扣0.2分，最高扣1分；代签、"
                 "补签的，每次扣0.5分，最高扣1分。", 8,
                 "会议记录、签到表"),
            _row("主题党日",
                 "每月开展一次主题党日，可结合“中国旅游日”“世界环境日”开展；每季度至少组织一次党员到金顶、洗象池等景点开展“清山净山”环保行动。",
                 "主题党日每少1次扣0.5分，最高扣3分；“清山净山”行动每少1次扣1分；活动无照片的，每次扣0.2分，最高扣1分。", 6,
                 "活动方案、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话，征求游客和职工意见；会后开展民主评议党员，评议结果报公司党委备案。",
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣1分；未征求意见的扣1分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。", 6,
                 "会议记录、征求意见汇总表、备案材料"),
            _row("发展党员和党费",
                 "年内确定入党积极分子不少于1名，注重在索道司机、机电维修骨干和一线服务标兵中培养；党员按月交纳党费，每半年公示一次。",
                 "未确定入党积极分子的扣1.5分；发展程序不规范的扣2分；未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分。", 5,
                 "发展党员档案、党费收缴台账、公示照片"),
            _row("班子建设",
                 "支部书记由分公司主要负责人担任；支部委员会按期换届，委员分工明确；支部书记每年参加上级党组织培训不少于3天。",
                 "书记未由主要负责人担任的扣1分；未按期换届的扣2分；委员分工不明确的扣1分；书记参训不足3天的扣1分。", 5,
                 "换届批复、培训证书"),
        )),
        Section("融合发展", "（三）融合发展（40分）", 40, (
            _row("安全运行",
                 "党员带头落实索道设备日检、周检、月检制度；划分党员安全责任区不少于3个；全年索道运行不发生安全责任事故。",
                 "检查记录缺失的，每次扣0.2分，最高扣2分；党员安全责任区每少1个扣1分；设备故障造成游客滞留超过30分钟的，每起扣2分；发生安全责任事故的，"
                 "实行一票否决，本项不得分。", 8,
                 "设备检查记录、责任区划分表"),
            _row("应急处置",
                 "组建党员应急救援突击队，制定大客流、极端天气和索道停机应急预案；每半年开展一次索道应急救援演练。",
                 "未组建突击队的扣1分；无应急预案的扣1.5分；应急演练每少1次扣1.5分；应急处置不及时的，酌情扣1-2分。", 6,
                 "突击队名单、应急预案、演练照片"),
            _row("服务品质",
                 "开展“党员示范岗”“红旗轿厢”创建，党员示范岗不少于4个；游客满意度达到百分之九十五以上；游客投诉24小时内回应，办结率100%。",
                 "示范岗每少1个扣0.5分；游客满意度98%以上的得4分，95%（含）—98%的得3分，90%（含）—95%的得1分，90%以下的不得分；投诉未在24小时内回应的，"
                 "每件扣0.5分；投诉办结率每低1个百分点扣0.2分，最高扣1分。", 8,
                 "第三方满意度测评报告、投诉处理台账"),
            _row("文明旅游",
                 "组织党员开展“文明旅游我先行”志愿服务，党员每人每年参加志愿服务不少于24小时；春节、“五一”、国庆等旅游旺季设立党员志愿服务岗。",
                 "志愿服务时长不足的，每人扣0.2分，最高扣2分；旺季未设立党员志愿服务岗的，每次扣1分。", 6,
                 "志愿服务登记台账、活动照片"),
            _row("生态保护",
                 "党员带头保护世界文化与自然双重遗产，森林防火期内党员每月开展防火巡查不少于2次；在生态猴区开展文明引导，劝阻游客投喂。",
                 "防火巡查每少1次扣0.5分，最高扣2分；猴区文明引导不力被通报的，每次扣1分；发生火情因处置不力造成损失的，本项不得分。", 6,
                 "巡查记录"),
            _row("结对共建",
                 "与景区周边村（社区）党组织结对共建，签订共建协议，每年开展共建活动不少于2次；优先吸纳周边村民就业，带动农特产品销售。",
                 "未签订共建协议的扣1分；共建活动每少1次扣1分；带动就业、助农增收成效不明显的，酌情扣1-2分。", 6,
                 "共建协议、活动照片"),
        )),
        Section("基础保障", "（四）基础保障（15分）", 15, (
            _row("阵地经费",
                 "在索道下站建立“党员之家”，有标识、有党旗、有制度；党建工作经费纳入年度预算，专款专用。",
                 "无党员活动场所的扣2分；标识、党旗、制度每缺一项扣0.5分；党建经费未纳入预算的扣1分；经费使用不规范的，酌情扣0.5-1分。", 5,
                 "实地查看、年度预算表"),
            _row("计划总结",
                 "年初制定支部工作计划，年中形成半年工作小结，年底形成年度工作总结；支部书记年底向公司党委述职。",
                 "缺计划、小结或总结的，每项扣1分；书记未述职的扣2分。", 5,
                 "工作计划、半年小结、年度总结、述职报告"),
            _row("品牌宣传",
                 "打造“云端先锋”党建品牌；每季度在公司内刊或微信公众号发布党建信息不少于2条。",
                 "未形成党建品牌的扣2分；品牌特色不鲜明的，酌情扣0.5-1分；党建信息每少1条扣0.3分，最高扣2分。", 5,
                 "品牌创建方案、信息截图"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核要点", "计分方法", "分值", "佐证资料"]
NOTES = (
    "附注：",
    "1.本细则由公司党委于12月中旬组织考核，党群工作部牵头，安全质量部、营销服务中心、人力资源部参加，纪检人员全程监督，以2025年1月1日至考核之日"
    "形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；计分方法列明得分档次的，按档次计分。",
    "3.游客满意度以公司委托第三方机构开展的四个季度测评结果平均值为准；投诉数据以景区智慧旅游平台记录为准。",
    "4.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”；考核结果与分公司班子年度绩效挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（考核对象：金顶索道分公司党支部，下设运行、机电、服务3个党小组）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)),
                     (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
