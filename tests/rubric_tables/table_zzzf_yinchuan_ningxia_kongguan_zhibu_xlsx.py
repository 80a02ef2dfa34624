"""民航宁夏空管分局党委2025年度基层党支部工作考核评分表 (.xlsx), as the 党委 of a 民航 空管分局 at 银川 (its 党委工作部 with the 安全管理部
and the 分局纪委, a 考核组 in late December) scores the 党支部 of its 管制运行部, 技术保障部, 气象台 and 综合业务部, whose 党员 work in
倒班 班组 at the 塔台, 进近 and 区域 管制 席位: 政治建设 (the “第一议题” with a monthly 集中学习, three days or 24学时 and the 补学, the “三个
敬畏” with a quarterly 作风建设 教育 and a half-yearly 思想动态分析, a yearly 保密检查), 组织建设 (one roster of the 支委 by age with the 分工
and the 班组 党员分布表, a yearly 培训, the “三会一课” with the 书记's 党课 and the 班组 党小组会, the monthly 主题党日 with its 方案 and a
yearly 现场教学 at the 六盘山 and 将台堡, the 组织生活会 with 谈心谈话, 民主评议 and the 备案, 党费 with a yearly 核定 and a half-yearly
公布, “每两年至少发展党员1名” with the 公示), 业务融合 (three “党员先锋岗” with the 安全监督员 and a quarterly 评比 with its 公示, a monthly
隐患排查 with the 整改率 and a 一票否决, a quarterly 模拟机训练 with the 参训率 and the 带教协议, two 攻关项目 with the 年底 评审, a quarterly
谈心谈话 with the 春节、中秋 慰问 and a half-yearly 志愿服务) and 责任落实 (the 年初 计划 and 责任书, the 半年总结, the 年底 述职 with the
满意率, the 台账; a deduction-only line on the 八项规定, 脱岗 and 酒后上岗).

A merged title row, a merged "考核对象：管制运行部党支部、技术保障部党支部、气象台党支部、综合业务部党支部" line and a merged "被考核支部：…
考核组：…考核时间：…" line above the header 考核项目 | 序号 | 考核内容 | 分值 | 评分标准 | 考核方式及佐证材料 | 得分. The categories are
MERGED CELLS down the 考核项目 column (FIRST), printed WITH an ordinal and the points on ONE line, "一、政治建设（15分）". 序号 (SECOND column,
numeric cells) RESTARTS at 1 in every category (ids "1.1" … "4.3"). 分值 comes BEFORE the 评分标准, a plain number. 考核方式及佐证材料
(`Row.method`) says how the 考核组 checks AND names the papers it reads ("查阅会议记录本、签到表"; twice only a way of checking: 安全管理部提供,
分局纪委提供). 得分 is blank. A 合计 row of 100 and a merged 备注 row close the sheet. Counts in figures and Chinese numerals ("每月至少组织一次",
"每季度开展一次", "每半年开展一次", "每年开展一次", "每年…不少于1次", "每月召开1次", "每年讲党课不少于1次", "每月开展一次", "全年至少组织
一次", "每年召开一次", "每年核定一次", "每半年公布一次", "每两年至少发展党员1名", "每月开展一次", "每季度开展一次", "全年…不少于2项", "每季度
…开展一次", "每半年至少开展一次"); "不少于3天或24学时", "3至5名", "不少于1名", "不少于5个工作日", "不少于3个"; "最高扣" caps; "酌情扣0.5-1分"
three times, "酌情扣1-2分" twice, "酌情扣0.5分" and "酌情扣1分" twice; no bands; one "实行一票否决，本项不得分"; three plain "本项不得分"; one
line is deduction-only.
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
    name="zzzf_yinchuan_ningxia_kongguan_zhibu_xlsx",
    fmt="xlsx",
    title="民航宁夏空管分局党委2025年度基层党支部工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支部每月至少组织一次集中学习；党员每年参加集中培训不少于3天或24学时；结合倒班实际，对未参加集中学习的"
                "党员及时组织补学。", 5,
                "集中学习每少1次扣0.3分，最高扣2分；培训时间不足的，每人扣0.2分，最高扣1分；未组织补学的，每人次扣0.1分；“第一议题”落实"
                "不到位的，酌情扣0.5-1分。", "查阅学习记录、补学记录"),
            Row("深化“三个敬畏”（敬畏生命、敬畏规章、敬畏职责）教育，每季度开展一次作风建设专题教育或警示教育；每半年开展一次员工思想动态"
                "分析，重点关注一线管制员工作压力和心理状态。", 5,
                "作风建设专题教育每少1次扣0.5分；思想动态分析每少1次扣0.5分；对思想波动、心理压力大的人员未及时谈心疏导的，每人扣0.5分。",
                "查阅教育记录、分析报告"),
            Row("落实意识形态工作责任制和保密工作规定，涉及空管运行、雷达数据等敏感信息不得在微信群、朋友圈传播；每年开展一次保密检查。", 5,
                "未开展保密检查的扣1分；发现敏感信息违规传播的，每次扣1分；发生失泄密事件的，本项不得分。", "查阅保密检查记录、个别谈话"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("支部委员会设委员3至5名，其中40周岁以下的不少于1名；党小组按运行班组设置，每个班组至少有1名党员；支部书记、委员每年参加分局"
                "党委组织的培训不少于1次。", 5,
                "委员配备不符合要求的扣1分；40周岁以下委员空缺的扣0.5分；存在“空白班组”的，每个扣0.5分；支部书记、委员未参加培训的，每人"
                "扣0.2分。", "查阅支委分工文件、班组党员分布表"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次；党小组会"
                "结合班组讲评同步召开的，须单独记录。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；书记未讲党课的扣1分；党小组会未单独记录的，每次扣0.2分；会议记录代签、补记的，酌情扣"
                "1-2分。", "查阅会议记录本、签到表"),
            Row("每月开展一次主题党日，活动有方案、有记录、有照片；全年至少组织一次到六盘山红军长征纪念馆、将台堡红军会师纪念园等红色教育基地"
                "开展现场教学；党员参加率达到85%以上。", 5,
                "主题党日每少1次扣0.5分；资料缺项的，每次扣0.1分；现场教学未开展的扣1分；参加率每低5个百分点扣0.5分。",
                "查阅活动方案、活动记录、活动照片"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，会上对照检查、开展批评和自我批评；同步开展民主评议党员，评定结果报分局党委组织部"
                "备案。", 5,
                "未召开组织生活会的扣2分；未开展谈心谈话的扣1分；未开展民主评议党员的扣1分；评定结果未备案的扣0.5分；批评和自我批评流于形式"
                "的，酌情扣0.5分。", "查阅会议记录、谈心谈话记录、备案材料"),
            Row("党员按月足额交纳党费，每年核定一次党费交纳基数；党费收缴情况每半年公布一次。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1分；未核定基数的扣1分；公布每少1次扣0.5分。", "查阅党费收缴台账、公布照片"),
            Row("注重在一线管制员、技术保障骨干中发展党员，每两年至少发展党员1名；发展对象公示期不少于5个工作日；预备党员转正后及时将入党材料"
                "归入人事档案。", 5,
                "两年内未发展党员的扣1分；未公示的，每人扣1分；入党材料未及时归档的，每人扣0.5分；违反程序发展党员的，本项不得分。",
                "查阅发展党员档案、公示材料"),
        )),
        Section("业务融合", "三、业务融合（40分）", 40, (
            Row("在塔台、进近、区域管制等运行岗位设立“党员先锋岗”不少于3个，每个管制班组明确1名党员安全监督员；每季度开展一次先锋岗评比，"
                "评比结果公示。", 8,
                "先锋岗每少1个扣1分；安全监督员每缺1名扣0.5分；评比每少1次扣0.5分；评比结果未公示的扣0.5分；先锋岗作用发挥不明显的，酌情扣"
                "1-2分。", "查阅先锋岗名单、评比记录；现场查看"),
            Row("全年不发生因管制原因导致的严重差错及以上不安全事件；每月开展一次运行安全隐患排查，排查出的隐患整改率达到100%。", 10,
                "隐患排查每少1次扣0.5分；整改率每低5个百分点扣1分；发生一般差错的，每起扣2分；发生因管制原因导致的严重差错及以上不安全事件"
                "的，实行一票否决，本项不得分。", "查阅排查台账；安全管理部提供"),
            Row("每季度开展一次特情处置模拟机训练，一线管制员参训率达到100%；支部组织党员骨干开展“传帮带”，每名党员骨干结对带教见习管制员"
                "不少于1名。", 8,
                "模拟机训练每少1次扣1分；参训率每低10个百分点扣1分；未开展结对带教的扣1分；带教质量不高、见习管制员放单延误的，酌情扣0.5-1"
                "分。", "查阅训练记录、带教协议"),
            Row("开展党员创新攻关，全年立项“党员攻关项目”或QC课题不少于2项；年底对攻关成果进行评审。", 6,
                "攻关项目每少1项扣1.5分；年底未评审的扣1分；攻关成果未在运行中转化应用的，酌情扣0.5-1分。", "查阅立项书、评审记录"),
            Row("关心关爱一线员工，支部书记每季度与班组长、一线管制员开展一次谈心谈话；春节、中秋等节日值班期间开展走访慰问；指导工会、团支部"
                "每半年至少开展一次青年志愿服务活动。", 8,
                "谈心谈话每少1次扣0.5分；节日未开展走访慰问的，每次扣0.5分；志愿服务活动每少1次扣0.5分；员工反映强烈的问题未及时解决的，"
                "酌情扣1分。", "查阅谈心谈话记录、活动照片"),
        )),
        Section("责任落实", "四、责任落实（15分）", 15, (
            Row("年初制定支部工作计划，与分局党委签订党建工作目标责任书；年中报送半年工作总结；年底支部书记向分局党委述职，述职评议满意率达到"
                "90%以上。", 6,
                "无年度工作计划的扣1分；未签订责任书的扣1分；未报送半年总结的扣0.5分；未述职的扣2分；满意率每低5个百分点扣0.5分。",
                "查阅工作计划、责任书、半年总结、述职报告、测评表"),
            Row("党建工作与安全运行同部署、同检查、同考核；党建工作台账按年度分类归档，与智慧党建平台数据一致。", 4,
                "未做到“三同”的，酌情扣1分；台账不规范、资料缺失的，每项扣0.2分，最高扣2分；与平台数据不一致的扣0.5分。",
                "查阅台账；平台核查"),
            Row("党员违反中央八项规定精神，或值班期间脱岗、睡岗、酒后上岗等严重违反劳动纪律（本项为扣分项）。", 5,
                "被分局党委通报批评的，每次扣2分；党员受到党纪政务处分的，每人次扣3分；发生酒后上岗的，本项不得分。", "分局纪委提供"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "评分标准", "考核方式及佐证材料", "得分"]
NOTE = ("备注：1.本表由分局党委工作部于12月下旬组织考核，安全管理部、运行管理中心、分局纪委参加，安全数据以分局安全信息系统年末数据为准；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为"
        "“较差”；4.考核结果与支部书记年度绩效挂钩，并作为推荐“民航先进基层党组织”的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：管制运行部党支部、技术保障部党支部、气象台党支部、综合业务部党支部", ncols)
    xlsx_line(ws, "被考核支部：              考核组：              考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (13, 6, 48, 6, 46, 22, 7))
    wb.save(str(path))
