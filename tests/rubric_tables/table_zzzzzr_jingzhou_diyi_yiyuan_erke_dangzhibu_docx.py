"""中共荆州市第一人民医院委员会2025年度临床科室党支部工作考核评分表（儿科党支部） (.docx), as the 医院党委 of the 荆州市第一人民医院 in 湖北 (its
党委办公室 and 组织部 with the 医务科, the 护理部, the 质控科, the 科教科, the 人事科, the 宣传科 and the 院纪委, a 考核组 sitting in the 儿科 示教室
between the morning 查房 and the afternoon 门诊 in the middle of December, when the 儿科 wards are full of the winter's 支原体 and 流感 children, the
nurses are hanging paper snowflakes in the 新生儿 corridor, the 荆州古城 walls are grey in the 长江 fog and the 医护 党员 on the 夜班 sign the 支部 register
after their shift) scores the 党支部 of the 儿科 (its 党员 the 儿科 医生, the 新生儿科 and 儿童重症 护士 and the 规培 young doctors): a table whose 考核内容
prints what the 支部 must have done, whose 评分细则 takes points off one clause at a time (scoring the 参会率 and the 患儿家长满意度 in bands) and whose
数据来源 names where the 考核组 reads each item: 政治引领 (the “双带头人”, the 换届 and the 分工; the 前置讨论率 and the 书记's part in the 决策 with the
核心小组会议纪要; the monthly 集中学习, the “第一议题” and 32学时; a quarterly 警示教育, a half-yearly 思想动态 分析 and a "本项不得分"), 组织生活 (the
“三会一课” of a 科室 working in 轮班, the 补学 and the 参会率 in bands; the monthly 主题党日, six 义诊 or 科普 and the 照片; the 组织生活会, the 征求意见 of
the 患儿家长, the 谈心谈话, the 民主评议 and the 整改清单; 党费 按月, a half-yearly 公示 and a quarterly 党务公开), 队伍建设 (two 发展 or 积极分子, the
公示 and a 一票否决; the “双培养” 台账, the 职称 比例 and the 成效; three 先锋岗、示范病房, the 党徽 and the 突击队; a half-yearly 谈心谈话, the 慰问 and a yearly
减压 团辅), 业务融合 (the 甲级率, the 纠纷 and a "本项不得分"; the 满意度 in bands and the 回复率; a quarterly 自查, its 台账, the 红包 and a "本项不得分";
four 志愿服务 each and the 下沉帮扶; the “党建+学科建设” 项目, its 方案, two 新技术、科研立项 and the 成效).

The title (bold, centred, in one line, the "（儿科党支部）" part of it) and a "科室党支部：儿科党支部    支部书记：    党员人数：" line above one table:
考核项目 | 考核内容 | 评分细则 | 分值 | 数据来源. There is NO 序号: the items are numbered by position 1..17. The 考核项目 are MERGED CELLS down the FIRST column,
printed WITH a bracketed ordinal and WITH their points on ONE line, "（一）政治引领（20分）"; there is no short sub-label. 考核内容 (`Row.text`) says what is
required; the 评分细则 (`Row.scoring`) comes BEFORE the 分值, a plain number; 数据来源 (`Row.method`) last, naming the records, systems and offices the
考核组 reads from, joined by "、". A 合计 row of 100 closes the table; a "备注：" paragraph with four numbered lines follows it (its 满意度: the 第三方
调查's four quarters averaged). Counts in figures and Chinese numerals, nearly all in the 考核内容 ("100%", "每月组织一次", "每年…不少于32学时", "每季度
开展一次", "每半年…一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之八十五", "每月开展一次",
"全年不少于6次", "每年召开一次", "按月", "每半年公示一次", "每季度公开一次", "年内…不少于2名", "不少于5个工作日", "不低于百分之六十", "不少于3个",
"每半年…一次", "每年组织一次", "百分之九十五以上", "百分之九十以上", "100%", "每季度开展一次", "每人每年…不少于4次", "每年…不少于1人", "不少于1个",
"年内…不少于2项"); "最高扣" caps; bands of the 参会率 (3 of the 8 points, closed by "65%以下的不得分") and of the 满意度 (5 of the 8, closed by "85%以下
的不得分"); "每低10个百分点" once, "每低1个百分点" once and "每低5个百分点" once; "酌情扣0.5-1分" once, "酌情扣1分" once and "酌情扣1-2分" once; one "一票
否决，本项不得分" and three plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float, source: str) -> Row:
    """One row in the order the table prints it: 考核内容, 评分细则, 分值, 数据来源."""
    return Row(text, points, scoring, source)


TABLE = Table(
    name="zzzzzr_jingzhou_diyi_yiyuan_erke_dangzhibu_docx",
    fmt="docx",
    title="中共荆州市第一人民医院委员会2025年度临床科室党支部工作考核评分表（儿科党支部）",
    numbering="position",
    sections=(
        Section("政治引领", "（一）政治引领（20分）", 20, (
            _row("党支部建在科室，支部书记由科室主任或副主任中的党员担任，实现“双带头人”全覆盖；支部委员会按期换届，委员分工明确。",
                 "支部书记非“双带头人”的扣2分；未按期换届的扣2分；委员分工不明确的扣1分。", 5, "院党委组织部提供"),
            _row("落实党委领导下的院长负责制，科室人员招聘、设备购置、绩效分配等重大事项经党支部会议前置讨论，前置讨论率100%；支部书记参与科室重大事项"
                 "决策。",
                 "重大事项未经支部讨论的，每件扣1分，最高扣3分；支部书记未参与科室决策的扣2分；会议记录不完整的，酌情扣0.5-1分。", 6,
                 "支部会议记录、科室核心小组会议纪要"),
            _row("落实“第一议题”制度，每月组织一次集中学习；党员每年参加集中学习培训不少于32学时。",
                 "集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分；未落实“第一议题”制度的扣1分。", 5,
                 "支部工作手册、“荆州智慧党建”平台"),
            _row("每季度开展一次医德医风警示教育；每半年分析一次科室医护人员思想动态；科室无医护人员发表不当言论引发负面舆情。",
                 "警示教育每少1次扣0.5分；思想动态分析每少1次扣0.5分；发生负面舆情造成不良影响的，本项不得分。", 4, "支部工作手册、院宣传科提供"),
        )),
        Section("组织生活", "（二）组织生活（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；结合儿科夜班、轮班实际，缺席党员及时补学；党员参会率"
                 "不低于百分之八十五。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；缺会党员未补学的，每人次扣0.1分，最高扣1分；参会率85%以上的得3分，75%（含）—85%的得2分，65%"
                 "（含）—75%的得1分，65%以下的不得分。", 8, "支部工作手册、签到表"),
            _row("每月开展一次主题党日，结合“儿童健康宣传周”“世界早产儿日”等开展义诊、儿童健康科普进社区（学校）活动，全年不少于6次。",
                 "主题党日每少1次扣0.5分，最高扣3分；义诊、科普活动每少1次扣0.5分；活动无照片的，每次扣0.2分，最高扣1分。", 6,
                 "支部工作手册、活动照片"),
            _row("每年召开一次组织生活会，会前向科室医护人员、患儿家长征求意见，开展谈心谈话；会后开展民主评议党员，建立问题整改清单。",
                 "未召开组织生活会的扣2分；未征求意见的扣1分；未开展谈心谈话的扣1分；未开展民主评议党员的扣1分；无整改清单的扣1分。", 6,
                 "院党委组织部备案材料"),
            _row("党员按月交纳党费，党费收缴情况每半年公示一次；支部党务每季度公开一次。",
                 "未按月交纳的，每人次扣0.1分，最高扣2分；党费公示每少1次扣0.5分；党务公开每少1次扣0.5分。", 5, "党费收缴台账、公示照片"),
        )),
        Section("队伍建设", "（三）队伍建设（20分）", 20, (
            _row("注重在青年医生、护理骨干和高知群体中发展党员，年内发展党员或确定入党积极分子不少于2名；发展对象公示不少于5个工作日。",
                 "每少1名扣1.5分；发展对象未公示的扣1分；违反发展程序的，一票否决，本项不得分。", 5, "发展党员档案"),
            _row("实施“双培养”工程，把业务骨干培养成党员、把党员培养成业务骨干；党员中取得中级以上职称或担任医疗组长、护理组长的比例不低于百分之六十。",
                 "未建立“双培养”台账的扣1分；比例每低10个百分点扣1分，最高扣3分；“双培养”成效不明显的，酌情扣1分。", 5, "人事科提供"),
            _row("设立“党员先锋岗”“党员示范病房”不少于3个；党员佩戴党徽上岗；在儿童重症救治、夜间急诊等急难险重任务中组建党员突击队。",
                 "先锋岗、示范病房每少1个扣1分；党员未佩戴党徽的，每人次扣0.2分，最高扣1分；未组建党员突击队的扣1分。", 5, "实地查看"),
            _row("支部书记每半年与每名党员谈心谈话一次；对生病住院、家庭困难的医护人员及时走访慰问；每年组织一次医护人员减压团辅活动。",
                 "谈心谈话每少1人次扣0.2分，最高扣2分；应慰问未慰问的，每人次扣0.5分；未组织减压团辅活动的扣1分。", 5,
                 "谈心谈话记录、科室工会提供"),
        )),
        Section("业务融合", "（四）业务融合（35分）", 35, (
            _row("党员带头落实医疗质量安全核心制度；病历甲级率达到百分之九十五以上；科室全年不发生负主要责任以上的医疗事故。",
                 "病历甲级率每低1个百分点扣0.5分，最高扣3分；发生医疗纠纷经鉴定负次要责任的，每起扣2分；发生负主要责任以上医疗事故的，本项不得分。", 8,
                 "医务科、质控科提供"),
            _row("开展“党建+优质服务”，患儿家长满意度达到百分之九十以上；门诊、住院投诉按期处理回复率100%。",
                 "满意度95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分；回复率每低5个百分点扣1分，最高扣3分。", 8,
                 "第三方满意度调查数据、医院投诉管理系统"),
            _row("严格执行医疗机构工作人员廉洁从业“九项准则”，党员不收受红包、回扣；每季度开展一次医德医风自查，建立自查台账。",
                 "自查每少1次扣0.5分；无自查台账的扣1分；收受红包、回扣经查实的，每人次扣3分；被上级部门通报的，本项不得分。", 6, "院纪委提供"),
            _row("组织党员医护人员参加“三下乡”、儿童健康义诊等志愿服务，党员每人每年参加志愿服务不少于4次；每年派出党员骨干下沉帮扶基层医疗机构不少于1人。",
                 "志愿服务不足4次的，每人扣0.2分，最高扣2分；未派出下沉帮扶人员的扣2分；帮扶工作无记录的扣1分。", 6,
                 "志愿服务登记台账、医务科提供"),
            _row("围绕新生儿救治、儿童哮喘规范化诊疗等开展“党建+学科建设”项目不少于1个，形成项目方案；年内党员牵头开展新技术新项目或获得院级以上科研立项"
                 "不少于2项。",
                 "无“党建+学科建设”项目的扣2分；无项目方案的扣1分；新技术新项目、科研立项每少1项扣1分；项目成效不明显的，酌情扣1-2分。", 7,
                 "科教科提供、项目方案"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "评分细则", "分值", "数据来源"]
NOTES = (
    "备注：",
    "1.本表由医院党委于12月中旬组织考核，党委办公室、组织部牵头，医务科、护理部、质控科、科教科、人事科参加，院纪委派员监督，以2025年1月1日至考核"
    "之日形成的资料和各职能部门提供的数据为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分细则列明得分档次的，按档次计分。",
    "3.患儿家长满意度以医院委托的第三方机构季度调查结果的全年平均值为准；病历甲级率以质控科年度终末病历质量检查结果为准。",
    "4.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”；考核结果与科室绩效和支部书记年度考核挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    document.add_paragraph("科室党支部：儿科党支部              支部书记：              党员人数：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            for c, v in ((1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
