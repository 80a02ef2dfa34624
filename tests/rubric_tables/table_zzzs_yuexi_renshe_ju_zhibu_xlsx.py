"""岳西县人力资源和社会保障局2025年度党支部工作考核评分表 (.xlsx), as the 机关党委 of the 人社局 of 安徽 安庆 岳西 (its 党建办 with the 办公室,
the 就业促进股 and the 派驻纪检监察组, a 考核组 in December) scores the 党支部 of the 局机关 and of the two 事业单位 under it, the 公共就业服务
中心 and the 劳动保障监察大队, in a 大别山 county that sends its young to work in 苏州, 上海 and 杭州: the 红二十八军 军政旧址 and the 革命老区 it
is proud of, 岳西翠兰 on the terraces, the 返乡创业 of those who come home with a trade, the “春风行动” 招聘会 each 春节 when the 务工人员 are back,
零就业家庭 to be found and cleared, 农民工 on the 在建工程 sites whose 工资 must be paid through the 专用账户, the 欠薪 cases before each 春节, the
“一窗通办” 窗口 and its “好差评”: a table whose 评分标准 prints each rule on its own numbered line, ①②③: 政治建设 (the “第一议题” with a monthly
集中学习 and 32学时, a half-yearly 研判 with the “三审三校”, the 书记's two 党课 with one in the 一线 and a half-yearly “送学上门”), 组织建设 (the
支委 and the 换届 with its 请示, the 工作组 党小组, the “三会一课” with the 补学 and the 到会率, the monthly 主题党日 with the 组织生活会, 谈心谈话 and
民主评议, one 积极分子 a year and "每两年至少发展党员1名" with 党费, a yearly 核定 and a half-yearly 公示, the 积分 with a quarterly 公布, the 先锋岗
and the 服务队), 业务融合 (the 完成率 of the 就业 目标 with the 零就业家庭台账, a quarterly 回访 and six 招聘活动, the 欠薪线索台账 with the 结案率,
the 覆盖率 of the 实名制 and 专用账户, a quarterly 排查 and a 一票否决, twenty 培训 a year with the 就业率 and the 返乡创业, the 按时办结率, the
整改率, the 合格率 in bands and a quarterly 业务培训, four 宣传 a year with a half-yearly 联合培训 and six 志愿服务) and 作风建设和责任落实 (a
yearly 风险点排查 with the 防控措施, four 节前 廉洁提醒, the 签订率 and a half-yearly 警示教育, a deduction-only line, the 年初 计划 and 责任书, a
yearly 自查, the 年底 述职 with its 满意度 and the 年终 总结, the 预算 and the 活动室).

A merged title row, a merged "考核对象：局机关党支部、县公共就业服务中心党支部、县劳动保障监察大队党支部" line and a merged "党支部： 支部书记：
考核时间：" line above the header 序号 | 考核项目 | 考核内容 | 评分标准 | 分值 | 考核方式 | 得分. 序号 (FIRST column) runs 1..17 through the whole
sheet, NOT restarting. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITH an ordinal and WITH their points on a
SECOND line, "一、政治建设\\n（16分）". The 评分标准 cell prints its rules as NUMBERED LINES, one rule a line, "①…；\\n②…；\\n③…。". 分值 is a plain
number AFTER the 评分标准. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 抽查学时, 网络巡查, 查阅会议记录, 个别谈话, 查阅
档案, 查阅台账, 系统核查, 入户回访, 查阅案卷, 民主测评, 实地查看, 派驻纪检监察组提供): no papers. 得分 is blank. A 合计 row of 100 and a merged
备注 row close the sheet. Counts in figures and Chinese numerals ("每月至少组织一次", "每年…不少于32学时", "每半年分析研判一次", "每年讲党课不少于
2次，其中至少1次", "每半年…开展一次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次",
"每年召开一次", "年内…不少于1名", "每两年至少发展党员1名", "按月", "每年7月核定一次", "每半年公示一次", "每季度公布一次", "每季度回访一次",
"每年…不少于6场", "每季度开展一次", "每年…不少于20期", "每季度开展一次", "每年…不少于4次", "每半年开展一次", "不少于6次", "每年开展一次",
"元旦、春节、中秋、国庆等节日前", "每半年开展一次", "年初", "年中", "年底", "年终"); "不少于50人", "不少于2名"; "百分之九十五", "百分之六十",
"百分之九十", "100%"; "每少5人扣0.5分"; "最高扣" caps; "酌情扣0.5分" twice, "酌情扣1分" once and "酌情扣0.5-1分" once; one set of bands (a 案卷
评查合格率 for 2 of the 7 points, closed by "80%以下的不得分"); one "实行一票否决，本项不得分"; five other plain "本项不得分"; one line is
deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzzs_yuexi_renshe_ju_zhibu_xlsx",
    fmt="xlsx",
    title="岳西县人力资源和社会保障局2025年度党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设\n（16分）", 16, (
            Row("坚持把学习贯彻习近平总书记关于就业工作的重要论述作为“第一议题”，支部每月至少组织一次集中学习；党员每年参加学习培训不少于"
                "32学时。", 6,
                "①集中学习每少1次扣0.5分；\n②学时不足的，每人扣0.2分，最高扣2分；\n③“第一议题”学习不及时、不深入的，酌情扣0.5-1分。",
                "查阅资料、抽查学时"),
            Row("落实意识形态工作责任制，每半年分析研判一次；单位政务新媒体、政策宣传资料发布严格执行“三审三校”；就业、社保政策解读及时、"
                "准确。", 5,
                "①研判每少1次扣1分；\n②信息发布未经审核的，每次扣0.5分，最高扣2分；\n③因政策解读不当引发负面舆情的，本项不得分。",
                "查阅资料、网络巡查"),
            Row("支部书记每年讲党课不少于2次，其中至少1次到乡镇人社服务站或企业一线讲授；局领导班子成员每半年到联系乡镇开展一次政策“送学"
                "上门”。", 5,
                "①书记讲党课每少1次扣1分；\n②未到一线讲党课的扣0.5分；\n③“送学上门”每少1次扣0.5分。", "查阅资料"),
        )),
        Section("组织建设", "二、组织建设\n（28分）", 28, (
            Row("支部委员会设置规范，委员分工明确；支部按期换届，换届前向机关党委请示；劳动保障监察大队等外勤较多的单位按工作组建立党小组，"
                "党小组长由党员骨干担任。", 4,
                "①委员分工不明确的扣0.5分；\n②未按期换届的扣2分；\n③换届未请示的扣1分；\n④未按工作组建立党小组的扣1分。", "查阅资料"),
            Row("严格落实“三会一课”，支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；外勤、驻村党员因"
                "任务不能参加的，会后及时补学；党员大会到会率不低于百分之九十。", 8,
                "①“三会一课”每少1次扣0.5分，最高扣4分；\n②缺席党员未补学的，每人次扣0.1分，最高扣1分；\n③到会率每低5个百分点扣0.5分；\n"
                "④会议记录不规范的，酌情扣0.5分。", "查阅会议记录"),
            Row("每月开展一次主题党日，结合“就业援助月”“春风行动”“根治欠薪冬季专项行动”等开展主题活动；每年召开一次组织生活会，会前谈心"
                "谈话全覆盖，开展民主评议党员。", 5,
                "①主题党日每少1次扣0.3分；\n②未召开组织生活会的扣2分；\n③谈心谈话未全覆盖的扣0.5分；\n④未开展民主评议党员的扣1分。",
                "查阅资料、个别谈话"),
            Row("年内确定入党积极分子不少于1名，注重从窗口服务一线青年骨干中培养；每两年至少发展党员1名；党员按月足额交纳党费，每年7月核定"
                "一次交纳基数，党费收缴情况每半年公示一次。", 5,
                "①未确定积极分子的扣1分；\n②两年内未发展党员的扣1分；\n③党费未按月交纳的，每人次扣0.1分，最高扣1分；\n④未核定基数的扣0.5分；"
                "\n⑤公示每少1次扣0.5分；\n⑥违反程序发展党员的，本项不得分。", "查阅档案、查阅台账"),
            Row("实行党员积分管理，积分每季度公布一次；在服务窗口、劳动保障监察一线设立党员先锋岗、组建党员服务队；党员在急难险重任务中"
                "冲锋在前，无推诿扯皮、敷衍塞责行为。", 6,
                "①未实行积分管理的扣1分；\n②积分每少公布1次扣0.3分；\n③未设立党员先锋岗或未组建党员服务队的，每项扣1分；\n④党员推诿扯皮、"
                "敷衍塞责被通报的，本项不得分。", "查阅资料、个别谈话"),
        )),
        Section("业务融合", "三、业务融合\n（36分）", 36, (
            Row("全年城镇新增就业、农村劳动力转移就业目标任务完成率100%；建立零就业家庭台账，零就业家庭动态清零，每季度回访一次；每年举办"
                "“春风行动”等招聘活动不少于6场。", 8,
                "①目标任务完成率每低5个百分点扣0.5分，最高扣2分；\n②无零就业家庭台账的扣1分；\n③零就业家庭未动态清零的，每户扣0.5分；\n"
                "④回访每少1次扣0.3分；\n⑤招聘活动每少1场扣0.5分。", "系统核查、入户回访"),
            Row("建立欠薪线索台账，欠薪案件按期结案率达到百分之九十五；在建工程项目农民工实名制管理和工资专用账户覆盖率100%；每季度开展一次"
                "欠薪隐患排查。", 8,
                "①无欠薪线索台账的扣1分；\n②结案率每低1个百分点扣0.2分，最高扣2分；\n③实名制和专用账户覆盖率每低5个百分点扣0.5分；\n"
                "④排查每少1次扣0.5分；\n⑤因欠薪引发群体性事件或极端事件的，实行一票否决，本项不得分。", "查阅台账、系统核查"),
            Row("每年开展职业技能培训不少于20期，培训后就业率达到百分之六十；扶持返乡人员创业不少于50人，创业担保贷款按期审核办结；党员干部"
                "每人联系返乡创业人员不少于2名。", 7,
                "①培训每少1期扣0.2分，最高扣1.5分；\n②培训后就业率每低5个百分点扣0.5分；\n③扶持创业每少5人扣0.5分；\n④贷款审核超期的，每笔"
                "扣0.2分；\n⑤党员干部联系不足2名的，每人扣0.1分，最高扣1分。", "查阅资料、系统核查"),
            Row("人社服务窗口推行“一窗通办”，办件按时办结率100%；“好差评”差评整改率100%；劳动保障监察执法案卷评查合格率达到百分之九十"
                "以上；窗口党员每季度开展一次业务培训。", 7,
                "①按时办结率每低1个百分点扣0.5分；\n②差评未整改的，每件扣0.5分；\n③案卷评查合格率90%以上的得2分，80%（含）—90%的得1分，"
                "80%以下的不得分；\n④业务培训每少1次扣0.3分；\n⑤发生执法过错被追责的，每起扣2分。", "查阅案卷、系统核查"),
            Row("每年开展“就业援助月”“春风行动”等集中宣传不少于4次；指导乡镇人社服务站每半年开展一次业务联合培训；党员志愿者开展政策宣讲"
                "进村（社区）、进企业志愿服务不少于6次。", 6,
                "①集中宣传每少1次扣0.5分；\n②联合培训每少1次扣0.5分；\n③志愿服务每少1次扣0.3分；\n④宣传活动无照片资料的，每次扣0.2分。",
                "查阅资料"),
        )),
        Section("作风建设和责任落实", "四、作风建设和责任落实\n（20分）", 20, (
            Row("每年开展一次廉政风险点排查，制定防控措施；元旦、春节、中秋、国庆等节日前开展廉洁提醒；执法和窗口人员签订廉洁承诺书，签订率"
                "100%；每半年开展一次警示教育。", 6,
                "①未开展风险点排查的扣1分；\n②无防控措施的扣0.5分；\n③节前廉洁提醒每少1次扣0.3分；\n④承诺书签订率每低10个百分点扣0.5分；\n"
                "⑤警示教育每少1次扣0.5分；\n⑥防控措施落实不到位被通报的，酌情扣1分。", "查阅资料"),
            Row("党员干部违反中央八项规定精神，或在劳动保障监察、就业补贴资金审核中吃拿卡要、优亲厚友（本项为扣分项）。", 4,
                "①党员受到诫勉、组织处理的，每人次扣1分；\n②受到党纪政务处分的，每人次扣2分；\n③发生严重违纪违法案件的，本项不得分。",
                "派驻纪检监察组提供"),
            Row("年初制定党建工作计划、签订党建工作责任书；年中开展一次党建工作自查；年底支部书记向局机关党委述职，述职评议满意度不低于百分之"
                "九十；年终形成党建工作总结。", 6,
                "①无年度计划的扣1分；\n②未签订责任书的扣0.5分；\n③未开展年中自查的扣0.5分；\n④未述职的扣2分；\n⑤满意度低于90%的扣1分；\n"
                "⑥无年度总结的扣1分。", "查阅资料、民主测评"),
            Row("党建工作经费纳入部门预算，专款专用；建有党员活动室，“人社先锋”党建品牌有标识、有载体；党建档案分类归档。", 4,
                "①经费未纳入预算的扣1分；\n②经费挪作他用的，本项不得分；\n③无党员活动室的扣1分；\n④党建品牌无载体的，酌情扣0.5分；\n⑤档案"
                "未分类归档的扣0.5分。", "查阅资料、实地查看"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "分值", "考核方式", "得分"]
NOTE = ("备注：1.本表由局机关党委于12月组织考核，采取查阅资料、系统核查、个别谈话、民主测评相结合的方式进行；2.各项扣分以该项分值为限，扣完"
        "为止；3.就业目标任务完成情况以市人社局年度通报为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下"
        "的为“差”，考核结果作为评选“四强”党支部和党员年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：局机关党支部、县公共就业服务中心党支部、县劳动保障监察大队党支部", ncols)
    xlsx_line(ws, "党支部：                支部书记：                考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (6, 12, 44, 50, 6, 14, 7))
    wb.save(str(path))
