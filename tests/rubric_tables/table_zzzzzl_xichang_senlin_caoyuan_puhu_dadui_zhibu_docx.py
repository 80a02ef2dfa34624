"""西昌市应急管理局党委2025年度森林草原专业扑火大队党支部考核评分表 (.docx), as the 局党委 of the 应急管理局 of 西昌 in 凉山 in 四川 (its 政工科
with the 森林草原防火科, the 应急指挥中心 and the 派驻纪检组, a 考核组 that comes out to the 大队 营区 below the 泸山 in the middle of December, when the dry
season has set in over the 安宁河谷, the 云南松 slopes above the 邛海 turn brown, the 防火期 is a few weeks away, the 中队 are back from the 拉动 on the
哨 and the 卡点 of the 防火码 are being set up again at the mouths of the 林区 roads) scores the 党支部 of a 专业扑火大队: a 支部 whose 党员 are 中队长,
班长 and 扑火 骨干, many of them 退役军人, who spend the 防火期 (January to June) at the 驻防点 in the hills: a table whose 考核内容 prints what the 支部
must have done and whose 考核细则 takes points off one clause at a time: 政治建设 (the “第一议题”, a monthly 集中学习 and four “火线课堂” in a 防火期; a
half-yearly 谈心谈话 and a half-yearly 思想动态分析; the 年初 责任书, a quarterly 廉政教育, the 补助 公示 and a "本项不得分"; the 账号 备案 and a "本项不得分"),
组织建设 (the “三会一课” with the 驻防点 党小组会 and the 书记's 党课; the 主题党日 and the 清明 缅怀英烈; the 组织生活会 and the 民主评议; two 发展 or 积极分子,
the 党员比例 and 党费 by month; the 党小组 and the 临时党小组), 作用发挥 (the 突击队 and a 一票否决; the 出动及时率 and the 完成率; the daily 巡护日志 and the
卡点; two 宣传 a month, the 双语 资料 and two 专项行动; a quarterly 拉动演练 and two 达标率; the 装备台账, a monthly 检查维护 and the 完好率) and 基础保障
(the 年初 计划, the 防火期 小结, the 年底 总结 and 述职; the 活动室, the 手册 by month and the 年底 归档; the “八一”、春节 慰问, the 参保率 and a yearly 体检).

The title (bold, centred) and a centred "（考核对象：西昌市森林草原专业扑火大队党支部）" line above one table: 序号 | 考核项目 | 考核内容 | 分值 | 考核细则 |
考核方式. 序号 (FIRST column) runs 1..18 through the table, NOT restarting. The 考核项目 are MERGED CELLS down the SECOND column, printed WITHOUT an ordinal
and WITH their points on a SECOND line, "政治建设\\n（20分）"; there is no short sub-label. 考核内容 (`Row.text`) says what is required; 分值 is a plain
number BEFORE the 考核细则 (`Row.scoring`); 考核方式 (`Row.method`) last names only ways of checking ("查阅资料", "个别谈话", "网络巡查", "实地查看", "调度
系统抽查", "现场抽测"), no papers. A 合计 row of 100 closes the table; a "说明：" paragraph with four numbered lines (the third listing the cases that make
the year "差" outright) and a signature line follow it. Counts in figures and Chinese numerals ("每月开展一次", "每个防火期不少于4次", "每半年…一次", "每半年
开展一次", "年初", "每季度开展一次", "全年", "全年", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于
1次", "每月开展一次", "每年清明节前后…一次", "每年召开一次", "年内…不少于2名", "不低于百分之二十五", "按月", "至少有1名", "全年", "15分钟内", "100%",
"100%", "每天", "每月不少于2次", "年内…不少于2次", "每季度开展一次", "不低于百分之九十五", "100%", "每月开展一次", "100%", "年初", "防火期结束后", "年底",
"年底", "按月", "年底", "“八一”、春节", "100%", "每年组织一次"); "最高扣" caps; "每低1个百分点" once; "酌情扣0.5-1分" twice and "酌情扣1-2分" once; one
"实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the table prints it: 考核内容, 分值, 考核细则, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzzl_xichang_senlin_caoyuan_puhu_dadui_zhibu_docx",
    fmt="docx",
    title="西昌市应急管理局党委2025年度森林草原专业扑火大队党支部考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设\n（20分）", 20, (
            _row("落实“第一议题”制度，支部每月开展一次集中学习；防火期在各驻防点开展“火线课堂”学习，每个防火期不少于4次。", 5,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣1.5分；“火线课堂”每少1次扣0.5分，最高扣2分。",
                 "查阅资料"),
            _row("支部书记每半年与每名党员谈心谈话一次，对新入队队员、家庭困难队员及时谈心谈话；每半年开展一次队伍思想动态分析。", 5,
                 "谈心谈话每少1人次扣0.1分，最高扣2分；思想动态分析每少1次扣1分。",
                 "查阅资料、个别谈话"),
            _row("支部书记年初与局党委签订党风廉政建设责任书；每季度开展一次廉政教育；扑火补助发放情况在队内公示；全年党员无违纪违法问题。", 5,
                 "未签订责任书的扣1分；廉政教育每少1次扣0.5分；扑火补助发放未公示的扣1分；党员受到党纪政务处分的，本项不得分。",
                 "查阅资料"),
            _row("落实意识形态工作责任制，队员个人抖音、快手等社交媒体账号实行备案管理；全年不发生涉扑火救援的负面舆情。", 5,
                 "社交媒体账号未备案的，每例扣0.2分，最高扣1分；发生负面舆情造成不良影响的，本项不得分。",
                 "查阅资料、网络巡查"),
        )),
        Section("组织建设", "组织建设\n（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次，防火期党小组会可在各驻防点分别召开；支部书记每年讲党课"
                 "不少于1次。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3.5分；书记未讲党课的扣1分；会议记录不完整的，每次扣0.2分，最高扣1分。",
                 "查阅资料"),
            _row("每月开展一次主题党日活动，防火期结合驻防巡护开展“党旗飘扬在防火一线”主题党日；每年清明节前后组织党员到烈士陵园开展一次缅怀英烈活动。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；未开展缅怀英烈活动的扣1分。",
                 "查阅资料"),
            _row("每年召开一次组织生活会，查摆问题具体，整改措施明确；开展民主评议党员，对评议中发现问题的党员及时教育帮助。", 5,
                 "未召开组织生活会的扣2分；查摆问题不具体的，酌情扣0.5-1分；未开展民主评议党员的扣1.5分。",
                 "查阅资料"),
            _row("注重从扑火骨干、退役军人队员中发展党员，年内发展党员或确定入党积极分子不少于2名；党员占队员总数比例不低于百分之二十五；党员按月交纳党费。",
                 5,
                 "发展党员或确定入党积极分子每少1名扣1分；党员比例低于25%的扣1分；未按月交纳党费的，每人次扣0.1分，最高扣1分。",
                 "查阅资料"),
            _row("按中队设置党小组，每个中队至少有1名党员骨干；防火期各驻防点成立临时党小组，确保驻防点党的工作全覆盖。", 3,
                 "党小组设置不合理的扣1分；驻防点未成立临时党小组的，每个扣0.5分，最高扣1.5分。",
                 "查阅资料、实地查看"),
        )),
        Section("作用发挥", "作用发挥\n（40分）", 40, (
            _row("组建党员扑火突击队，在火场攻坚、清理看守等急难险重任务中党员带头冲锋；严格执行扑火安全规程，全年不发生扑火队员伤亡事故。", 8,
                 "未组建党员扑火突击队的扣1.5分；火场中党员带头作用发挥不明显的，酌情扣1-2分；发生扑火队员伤亡事故的，实行一票否决，本项不得分。",
                 "查阅资料、个别谈话"),
            _row("接到火情调度指令后，驻城区队伍15分钟内出动，出动及时率100%；全年参与森林草原火灾扑救和应急救援任务完成率100%。", 7,
                 "出动超时的，每起扣1分，最高扣3分；任务未按要求完成的，每次扣2分。",
                 "调度系统抽查"),
            _row("防火期内党员带队每天开展巡山护林，形成巡护日志；“防火码”卡点检查有党员值守。", 6,
                 "巡护日志每缺1天扣0.1分，最高扣2分；巡护日志不真实的，每例扣0.5分；卡点无党员值守的，每次扣0.5分，最高扣1.5分。",
                 "查阅资料、实地查看"),
            _row("党员带头开展防火宣传“进村寨、进学校、进林区”，每月不少于2次，防火期发放彝汉双语宣传资料；年内参与野外火源治理专项行动不少于2次。", 6,
                 "防火宣传每少1次扣0.3分，最高扣2分；未使用彝汉双语宣传资料的扣0.5分；专项行动每少1次扣1分。",
                 "查阅资料"),
            _row("党员带头开展体能和技能训练，每季度开展一次实战化拉动演练；队员年度体能考核达标率不低于百分之九十五，党员体能考核达标率100%。", 7,
                 "拉动演练每少1次扣1分；队员达标率每低1个百分点扣0.5分，最高扣2分；党员体能考核不达标的，每人扣0.5分。",
                 "查阅资料、现场抽测"),
            _row("党员负责装备物资管理，建立装备台账，每月开展一次装备检查维护；防火期装备完好率100%。", 6,
                 "无装备台账的扣1分；检查维护每少1次扣0.3分，最高扣1.5分；装备完好率低于100%的，每件扣0.2分，最高扣2分。",
                 "查阅资料、实地查看"),
        )),
        Section("基础保障", "基础保障\n（15分）", 15, (
            _row("年初制定支部年度工作计划，防火期结束后形成防火期工作小结，年底形成年度工作总结；支部书记年底向局党委述职。", 5,
                 "缺计划、小结或总结的，每项扣1分；书记未述职的扣2分。",
                 "查阅资料"),
            _row("营区建有党员活动室，有标识、有制度、有党旗、有学习资料；支部工作手册按月填写，党建台账年底归档。", 5,
                 "活动室建设不规范的，酌情扣0.5-1分；工作手册每缺1个月扣0.2分，最高扣1.5分；台账年底未归档的扣1分。",
                 "查阅资料、实地查看"),
            _row("“八一”、春节走访慰问党员和队员家属；为队员落实意外伤害保险，参保率100%；每年组织一次健康体检。", 5,
                 "走访慰问每少1人扣0.2分，最高扣1分；参保率低于100%的扣2分；未组织健康体检的扣1分。",
                 "查阅资料"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "考核细则", "考核方式"]
NOTES = (
    "说明：",
    "1.本表由局党委于每年12月中旬组织考核，政工科牵头，森林草原防火科、应急指挥中心、派驻纪检组参加，以2025年1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止。",
    "3.有下列情形之一的，年度考核直接评定为“差”：支部班子成员受到留党察看以上处分的；因失职渎职导致火情扩大造成重大损失的；违反程序发展党员造成不良"
    "影响的。",
    "4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；考核结果与大队评先评优和队员绩效奖励挂钩。",
)
SIGN = "考核组成员（签字）：                    党支部书记（签字）：                    考核日期：    年  月  日"


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：西昌市森林草原专业扑火大队党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.add_paragraph(SIGN)
    document.save(str(path))
