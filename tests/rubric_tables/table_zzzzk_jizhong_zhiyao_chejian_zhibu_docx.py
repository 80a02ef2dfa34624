"""冀中制药集团2025年度生产车间党支部党建工作考核评分表 (.docx), as the 集团党委 of a state-owned 制药 group of 河北 石家庄 (its 党群工作部 with
the 生产管理部, the 质量管理部, the 安全环保部 and the 纪委办公室, a 考核组 walking the 车间 in the first week of January, between the 年终 盘点 and the
春节 production peak) scores the 党支部 of its 生产车间: the 固体制剂 lines of the 片剂 and the 胶囊, the 注射剂 clean rooms behind their 风淋, the 原料药
reactors, the 四班三倒 shifts whose 党员 never sit in one room at one time, the 老 技师 and the 新 大学生 operators, the GMP inspections and the 偏差
reports: a table printed with section rows, whose 考核内容 prints what the 支部 must have done and whose 计分办法 takes points off one clause at a time,
scores a 满意度 in bands, grades a few things "酌情", and calls one 一票否决: 政治建设 (a monthly 集中学习, the 参学率 and the 书记's 党课; a half-yearly
研判 with its 报告 and the 先审后发; the 支委会 on the 车间's 重大事项 and the “第一议题”), 组织建设 (the 换届 and the 班组长 党员 比例; the “三会一课”
with the 倒班 党员 and its 记录; the monthly 主题党日, a half-yearly 联学共建 and the 共建协议; the 组织生活会 with the 征求意见, 谈心谈话 and 对照检查,
the 民主评议 with its 测评表 and the 备案; two 积极分子 and the 档案), 作用发挥 (the 党员先锋岗 in every 班组; two 攻关 项目 with 立项 and 验收; the 抽检
合格率 and a 一票否决; a monthly 隐患排查, its 台账 and its 整改率; the 师徒协议 and a quarterly 评选; a quarterly 谈心谈话 and the “七一”、春节 慰问),
责任落实 (the 年初 计划 with its 审核 and the 年底 总结; the 年底 述职 and its 满意度 in bands; a quarterly 警示教育 and the 廉洁风险防控清单; 党费 按月
with a half-yearly 公示 and the 平台).

The title (bold, centred) and a centred "（考核对象：固体制剂车间、注射剂车间、原料药车间等生产车间党支部）" line above one table: 序号 | 考核指标 | 考核内容 |
分值 | 计分办法 | 自评得分 | 考核得分. Each category is a SECTION ROW merged across the whole table, printed WITH an ordinal and its points on one line,
"一、政治建设（15分）". 序号 (FIRST column) runs 1..18 through the table, NOT restarting under the section rows. 考核指标 is a short sub-label
(`Row.indicator`); 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 计分办法 (`Row.scoring`); the two 得分 columns are
blank. A 合计 row of 100 closes the table; a "备注：" paragraph follows it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月组织
一次", "不低于百分之九十", "每年…不少于2次", "每半年开展一次", "3至5人", "按期", "不低于百分之六十", "支部党员大会每季度召开1次，支委会每月召开1次，党小组会
每月召开1次，党课每季度1次", "每月开展一次", "每半年开展一次", "每年召开一次", "年内…不少于2名", "年内…不少于2项", "100%", "每月参加一次", "100%", "年内…
不少于1名", "每季度评选一次", "每季度…一次", "“七一”、春节", "年初", "年底", "年底", "百分之九十", "每季度开展一次", "按月", "每半年公示一次"); "最高扣"
caps; "酌情扣0.5-1分" three times and "酌情扣1-2分" once; bands of the 述职 满意度 (3 of the 6 points, closed by "70%以下的不得分"); one "实行一票否决，本项
不得分"; four other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzk_jizhong_zhiyao_chejian_zhibu_docx",
    fmt="docx",
    title="冀中制药集团2025年度生产车间党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("支部每月组织一次党员集中学习，倒班党员分批次参学，党员参学率不低于百分之九十；支部书记每年为党员讲党课不少于2次。", 5,
                "集中学习每少1次扣0.5分；参学率每低5个百分点扣0.5分；书记讲党课每少1次扣1分。", indicator="理论学习"),
            Row("落实意识形态工作责任制，支部每半年开展一次职工思想动态分析研判，形成研判报告报集团党委；车间宣传栏、班组微信群信息先审后发。", 5,
                "研判每少1次扣1分；未形成研判报告的扣0.5分；信息未经审核发布的，每次扣0.5分；发生意识形态问题造成不良影响的，本项不得分。",
                indicator="意识形态"),
            Row("支部参与车间重大问题决策，车间年度生产计划、绩效分配方案、评先评优等事项经支委会研究；支委会落实“第一议题”制度，每次会议首先学习"
                "习近平总书记重要讲话和指示批示精神。", 5,
                "重大事项未经支委会研究的，每件扣1分，最高扣3分；未落实“第一议题”的，每次扣0.5分，最高扣2分。", indicator="把关定向"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("支委会由3至5人组成，按期换届；车间主任与党支部书记交叉任职，班组长中党员比例不低于百分之六十。", 5,
                "未按期换届的扣2分；支委会组成不符合要求的扣1分；班组长中党员比例每低10个百分点扣1分，最高扣2分。", indicator="班子建设"),
            Row("严格落实“三会一课”：支部党员大会每季度召开1次，支委会每月召开1次，党小组会每月召开1次，党课每季度1次；倒班党员采取分批次方式参加，"
                "会议记录规范。", 8,
                "“三会一课”每少1次扣0.5分，最高扣5分；会议记录不规范的，每次扣0.2分，最高扣2分；补记、代签的扣1分。", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，结合安全生产月、GMP质量月等确定主题；与结对共建的兄弟单位党支部每半年开展一次联学共建活动，签订共建协议。",
                6,
                "主题党日每少1次扣0.3分，最高扣2分；联学共建活动每少1次扣1分；未签订共建协议的扣1分；主题与生产实际脱节的，酌情扣0.5-1分。",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前广泛征求意见、开展谈心谈话，支委成员撰写对照检查材料，党员逐一开展批评和自我批评；同步开展民主评议党员，"
                "使用民主评议测评表，评议结果报集团党委备案。", 7,
                "未召开组织生活会的扣3分；未征求意见、未开展谈心谈话的，每项扣0.5分；对照检查材料每缺1份扣0.5分；未开展民主评议党员的扣2分；无测评表"
                "的扣0.5分；评议结果未备案的扣0.5分。", indicator="组织生活会"),
            Row("年内确定入党积极分子不少于2名，注重从技术骨干、一线操作工中发展党员；发展党员程序规范、档案齐全。", 4,
                "积极分子每少1名扣1分；发展党员档案材料不全的，每缺一项扣0.2分；违反程序发展党员的，本项不得分。", indicator="发展党员"),
        )),
        Section("作用发挥", "三、作用发挥（35分）", 35, (
            Row("设立“党员先锋岗”“党员责任区”，党员先锋岗覆盖车间各生产班组；党员在岗位上亮身份、亮职责、亮承诺。", 5,
                "未设立党员先锋岗、责任区的扣2分；班组覆盖不全的，每个班组扣0.5分；党员未亮身份的，酌情扣0.5-1分。", indicator="先锋岗"),
            Row("围绕生产难题成立党员攻关小组，年内完成技术攻关或工艺改进项目不少于2项，项目有立项、有验收；党员年人均提出合理化建议不少于2条。", 6,
                "攻关项目每少1项扣1.5分；项目无立项或验收资料的，每项扣0.5分；合理化建议人均不足2条的扣1分。", indicator="技术攻关"),
            Row("严格执行药品生产质量管理规范（GMP），车间产品质量抽检合格率达到100%；党员带头落实岗位质量责任，不发生重大质量事故。", 6,
                "抽检合格率每低1个百分点扣1分；因党员责任引发质量偏差的，每起扣1分；发生重大质量事故的，实行一票否决，本项不得分。",
                indicator="质量保障"),
            Row("落实安全生产责任制，党员每月参加一次安全隐患排查，建立隐患排查整改台账，整改率达到100%；全年无安全生产责任事故。", 6,
                "隐患排查每少1次扣0.5分；无整改台账的扣1分；整改率每低5个百分点扣0.5分；发生安全生产责任事故的，本项不得分。", indicator="安全生产"),
            Row("实施“导师带徒”，党员技术骨干年内与青年职工签订师徒协议，每人结对帮带不少于1名；开展“一名党员一面旗”活动，每季度评选一次“党员示范"
                "岗”。", 6,
                "未签订师徒协议的，每人扣0.5分，最高扣2分；示范岗评选每少1次扣0.5分；帮带成效不明显的，酌情扣1-2分。", indicator="导师带徒"),
            Row("支部书记、委员每季度与党员职工谈心谈话一次，覆盖倒班职工；“七一”、春节走访慰问困难党员职工，职工困难帮扶及时。", 6,
                "谈心谈话每少1次扣0.5分，最高扣2分；走访慰问每少1次扣1分；职工反映问题未及时协调解决的，每件扣0.5分。", indicator="关心关爱"),
        )),
        Section("责任落实", "四、责任落实（20分）", 20, (
            Row("年初制定支部年度工作计划，报集团党委审核；年底形成年度工作总结。", 4,
                "无计划或总结的，每项扣2分；计划未报审核的扣0.5分。", indicator="计划总结"),
            Row("支部书记年底向集团党委述职，接受党员、职工代表评议，述职评议满意度达到百分之九十。", 6,
                "未述职的扣3分；满意度90%以上的得3分，80%（含）—90%的得2分，70%（含）—80%的得1分，70%以下的不得分。", indicator="述职评议"),
            Row("落实党风廉政建设责任，每季度开展一次警示教育；在物料领用、设备采购、废旧物资处置等环节建立廉洁风险防控清单；党员职工无违纪违法行为。",
                6,
                "警示教育每少1次扣0.5分；无廉洁风险防控清单的扣1分；党员职工受到党纪政务处分的，每人扣3分。", indicator="廉洁风险"),
            Row("党费按月收缴，每半年公示一次；党建台账资料规范，“智慧党建”平台信息及时更新。", 4,
                "党费未按月收缴的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；台账不规范、平台信息更新不及时的，酌情扣0.5-1分；台账资料弄虚"
                "作假的，本项不得分。", indicator="基础工作"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容", "分值", "计分办法", "自评得分", "考核得分"]
NOTE = ("备注：本表由集团党委于每年1月上旬组织考核，党群工作部牵头，生产管理部、质量管理部、安全环保部、纪委办公室参加，采取查阅资料、现场查看、"
        "个别谈话、问卷测评相结合的方式进行；各项扣分以该项分值为限，扣完为止；产品质量抽检合格率以质量管理部年度统计数据为准，安全生产责任事故"
        "以安全环保部认定为准；考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与车间领导班子年度"
        "绩效考核挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：固体制剂车间、注射剂车间、原料药车间等生产车间党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
