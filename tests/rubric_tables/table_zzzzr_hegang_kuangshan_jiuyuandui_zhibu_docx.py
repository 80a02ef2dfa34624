"""国家矿山应急救援鹤岗队2025年度救护中队党支部党建工作考核评分表 (.docx), as the 大队党委 of the 国家矿山应急救援 team at 鹤岗 (黑龙江; its
政治处 with the 战训科, the 装备科 and the 纪委, a 考核组 going round the 中队 in the second half of December, when the 兴安台 and 峻德 shafts
breathe steam into thirty degrees of frost and the 救护车 stand warmed in their bays) scores the 党支部 of its 救护中队: the 指战员 who sleep in
the 值班室 beside their 氧气呼吸器 and leave within a minute of the 警铃, the 值班小队 that go down a 矿井 after a 瓦斯 or a 透水, the 预防性安全
检查 of the 服务矿井 each month, the 体能训练 in the snow, the 退役军人 among them: a table of section rows whose 考核指标 names each part, whose
考核内容 prints what the 中队 党支部 must have done, whose 评分细则 takes points off one clause at a time and whose 考核方式 says how the 考核组 looks:
政治建设 (the “第一议题”, a monthly 集中学习, 40学时 and the “微学习”; a quarterly 思想动态分析, the 谈心 and a half-yearly 宗旨教育; the 指导员's two
党课, the 年底 述职 and the “一岗双责”), 组织建设 (the “三会一课” and the 补课; the 主题党日 on the last Friday with 签到、照片 and its 参加率; the
组织生活会, the 谈心谈话, the 征求意见, the 对照检查材料, the 批评, the 民主评议 and the 测评表; one 积极分子, the 公示, the 档案 and a 一票否决; 党费
按月 with a half-yearly 公示 and the “一人一档”; the 积分 with a quarterly 公示, the 年底 “救援先锋” and its 公示), 救援实战 (the 24小时 值班, the one
minute, the 小队长 and the 值班记录; the 完成率, the 战例总结 within seven days and no 临阵退缩; eight 体能训练 a month, a quarterly 技术比武, two
演习 and the 达标率; a monthly 预防性检查, the 书面通知 and the 整改; no 伤亡, a monthly 装备 检查 and the 完好率) and 基础保障 (the 年初 计划, the 年底
总结 and the 归档; the 活动室, the 文化长廊, the 标识、制度 and six 信息; two 共建协议, a half-yearly 共建活动 and four 科普; the 年底 满意率).

The title (bold, centred) and a centred "（考核对象：大队所属各救护中队党支部）" line above one table: 序号 | 考核指标 | 考核内容 | 分值 | 评分细则 |
考核方式. Each category is a SECTION ROW merged across the table, printed WITHOUT an ordinal and with its points on one line, "政治建设（15分）".
序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.4"). 考核指标 is a short name (`Row.indicator`); 考核内容 (`Row.text`)
says what is required; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`); 考核方式 (`Row.method`) names ways of checking only (查阅资料,
个别访谈, 现场抽考, 矿井回访, 问卷测评 …), no papers. A 合计 row of 100 closes the table; a "说明：" paragraph and four numbered lines follow it.
Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月组织一次", "每人每年…不少于40学时", "每季度分析一次", "每半年开展一次", "每年
讲党课不少于2次", "年底", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月最后一个星期五", "不低于百分之八十",
"每年召开一次", "年内…不少于1名", "不少于5个工作日", "按月", "每半年公示一次", "每季度公示一次", "年底", "24小时", "1分钟内", "全年", "100%", "7日内",
"每月…不少于8次", "每季度开展一次", "年内…不少于2次", "百分之九十五", "每月…不少于1次", "全年", "每月…一次", "百分之百", "年初", "年底", "按季度",
"年内…不少于6篇", "不少于2家", "每半年开展一次", "年内…不少于4次", "年底", "百分之九十五"); "最高扣" caps; "每人每月扣0.1分" once; "酌情扣0.5-1分"
three times, "酌情扣1-2分" once, "酌情扣1分" twice and "酌情扣0.5分" once; two "实行一票否决，本项不得分"; one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(indicator: str, text: str, points: float, scoring: str, method: str) -> Row:
    """One row in the order the table prints it: 考核指标, 考核内容, 分值, 评分细则, 考核方式."""
    return Row(text, points, scoring, method, indicator=indicator)


TABLE = Table(
    name="zzzzr_hegang_kuangshan_jiuyuandui_zhibu_docx",
    fmt="docx",
    title="国家矿山应急救援鹤岗队2025年度救护中队党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            _row("理论学习",
                 "落实“第一议题”制度，中队党支部每月组织一次集中学习；指战员每人每年参加学习培训不少于40学时；利用战备值班间隙开展“微党课”“微学习”。",
                 5, "集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分；未开展“微学习”的扣1分。", "查阅资料、个别访谈"),
            _row("思想政治",
                 "每季度分析一次指战员思想动态，对家庭困难、连续执行救援任务的指战员及时谈心；每半年开展一次“听党指挥、救援为民”宗旨教育。", 5,
                 "思想动态分析每少1次扣0.5分；谈心不及时的，酌情扣0.5-1分；宗旨教育每少1次扣1分。", "查阅资料、个别访谈"),
            _row("书记责任",
                 "支部书记（指导员）每年讲党课不少于2次，年底向大队党委述职；中队长、指导员带头落实“一岗双责”。", 5,
                 "书记讲党课每少1次扣1分；未述职的扣2分；“一岗双责”落实不到位的，酌情扣1分。", "查阅资料"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；值班待命的党员会后及时补课。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；缺席未补课的，每人次扣0.2分，最高扣1分；会议记录不规范的，酌情扣0.5-1分。", "查阅资料"),
            _row("主题党日",
                 "每月最后一个星期五开展主题党日，活动有签到、有照片，值班党员轮流参加；党员参加率不低于百分之八十。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；无签到或照片的，每次扣0.1分，最高扣1分；参加率每低5个百分点扣0.5分，最高扣1分。", "查阅资料"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话、征求意见，撰写对照检查材料，会上开展批评和自我批评；会后开展民主评议党员，民主测评表齐全。",
                 6,
                 "未召开组织生活会的扣2分；谈心谈话、征求意见每缺一项扣0.5分；无对照检查材料的扣1分；批评和自我批评不深刻的，酌情扣0.5分；未开展民主"
                 "评议党员的扣1.5分；测评表不全的扣0.5分。", "查阅资料、个别访谈"),
            _row("发展党员",
                 "注重在业务骨干、退役军人指战员中发展党员，年内确定入党积极分子不少于1名；发展对象公示不少于5个工作日；入党材料及时归入党员档案。", 4,
                 "未确定入党积极分子的扣1分；未公示的扣1分；档案材料不全的扣0.5分；违反程序发展党员的，实行一票否决，本项不得分。", "查阅资料"),
            _row("党员管理",
                 "党员按月交纳党费，党费收缴情况每半年公示一次；建立党员“一人一档”，记录参加救援、训练考核和奖惩情况。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；未建立“一人一档”的扣1分。", "查阅资料、系统查询"),
            _row("积分评星",
                 "实行党员积分管理，积分每季度公示一次；年底评选“救援先锋”党员，评选结果在大队公示。", 4,
                 "未实行积分管理的扣1分；积分公示每少1次扣0.5分；年底未评选的扣1分；评选结果未公示的扣0.5分。", "查阅资料"),
        )),
        Section("救援实战", "救援实战（40分）", 40, (
            _row("战备值班",
                 "严格执行24小时值班制度，值班小队接警后1分钟内出动；党员带头担任值班小队长；值班记录完整。", 8,
                 "接警出动超时的，每次扣2分；党员未带头值班的，酌情扣1-2分；值班记录不完整的，每次扣0.2分，最高扣2分。", "现场抽查、调阅接警系统"),
            _row("抢险救援",
                 "党员在抢险救灾中冲锋在前，全年救援任务完成率100%；每次救援结束后7日内完成战例总结。", 8,
                 "未完成救援任务的，每起扣4分；战例总结每少1份扣1分；党员在救援中临阵退缩的，本项不得分。", "查阅资料、调查核实"),
            _row("训练考核",
                 "指战员每月体能训练不少于8次，每季度开展一次技术比武；年内开展实战化综合演习不少于2次；体能、技能考核达标率达到百分之九十五。", 8,
                 "体能训练不足的，每人每月扣0.1分，最高扣2分；技术比武每少1次扣0.5分；综合演习每少1次扣1分；达标率每低1个百分点扣0.5分，最高扣2分。",
                 "现场抽考、查阅资料"),
            _row("预防性检查",
                 "按服务协议每月对服务矿井开展预防性安全检查不少于1次，查出的隐患书面通知矿方并跟踪整改；党员带头下井检查。", 8,
                 "预防性检查每少1次扣0.5分，最高扣3分；隐患未书面通知矿方的，每条扣0.5分；未跟踪整改的，酌情扣1分。", "查阅资料、矿井回访"),
            _row("队伍安全",
                 "全年不发生救援人员伤亡责任事故和装备安全事故；氧气呼吸器等救援装备每月维护检查一次，装备完好率达到百分之百。", 8,
                 "发生救援人员伤亡责任事故的，实行一票否决，本项不得分；装备维护检查每少1次扣0.5分，最高扣2分；完好率每低1个百分点扣1分，最高扣3分。",
                 "现场查看、查阅资料"),
        )),
        Section("基础保障", "基础保障（15分）", 15, (
            _row("计划总结",
                 "年初制定支部工作计划，年底形成工作总结；党建台账按季度整理归档。", 4,
                 "缺计划或总结的，每项扣1分；台账归档不规范的，酌情扣0.5-1分。", "查阅资料"),
            _row("阵地文化",
                 "建设中队党员活动室和“救援文化”长廊，有标识、有制度；年内在大队网站、公众号刊发党建和救援信息不少于6篇。", 4,
                 "活动室、文化长廊每缺一项扣1分；标识、制度不全的扣0.5分；信息每少1篇扣0.3分，最高扣1.5分。", "实地查看、网络查询"),
            _row("联建共建",
                 "与服务矿井党组织签订共建协议不少于2家，每半年开展一次联学共建活动；年内进社区、进学校开展应急科普宣传不少于4次。", 4,
                 "共建协议每少1家扣0.5分；共建活动每少1次扣0.5分；科普宣传每少1次扣0.3分。", "查阅资料"),
            _row("服务评价",
                 "年底由大队党委组织服务矿井对中队救援服务和预防性检查工作进行满意度测评，满意率达到百分之九十五。", 3,
                 "满意率每低1个百分点扣0.5分，最高扣3分。", "问卷测评"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容", "分值", "评分细则", "考核方式"]
NOTES = (
    "说明：",
    "1.本表由大队党委于12月下旬组织考核，政治处牵头，战训科、装备科、纪委参加，采取查阅资料、现场抽考、个别访谈、矿井回访、问卷测评相结合的方式"
    "进行。",
    "2.各项扣分以该项分值为限，扣完为止；接警出动时间以大队接警调度系统记录为准。",
    "3.救援人员伤亡责任事故由大队事故调查组认定；中队在重大救援任务中受到省部级以上表彰的，由大队党委研究给予加分，最高加3分。",
    "4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与中队年度评先评优挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：大队所属各救护中队党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for i, row in enumerate(s.rows, 1):
            cells = ((0, str(i)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
