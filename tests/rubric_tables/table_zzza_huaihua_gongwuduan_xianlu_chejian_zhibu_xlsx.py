"""怀化工务段党委2025年度线路车间党支部工作考核评分表 (.xlsx), as a 湖南 怀化 铁路 工务段 党委 (its 党委组织部 with the 安全科, the
线路科 and the 段纪委, a 考核组 checking each 车间 in late December) scores the 党支部 of the 线路车间 and 桥隧车间 along the 焦柳 and 沪昆
lines in the 湘西 hills: 工区 scattered along the track, 天窗修 at night, 大型养路机械, the 汛期 with its 边坡 and 路堑, many young 职工 on
their first posts: 党建责任 (the 年初 责任书 and 计划 with the 年底 述职 and 评议, the “第一议题” with a monthly 集中学习 and two 形势任务教育
at the 点名会, a quarterly 专题研究 of the 安全 and a half-yearly 思想动态分析 with its 帮教台账), 组织建设 (the “三会一课” held with the
班前会 in the 工区, the monthly 主题党日 with the 参加率 and the 补课, the 组织生活会 with 征求意见, 谈心谈话, 民主评议 and the 公示, the
党小组 by 工区 and the 空白工区, one 发展 a year with a half-yearly 考察), 安全生产 (the “党员身边无违章” with a quarterly 安全谈心, eight
跟班作业 a month with the 带班覆盖率, the 汛前 排查 with the 重点处所台账, the 党员防洪突击队 and the 巡守到位率, the 优良率 of the 轨检车 in
bands, a 一票否决 for a 一般B类 事故) and 群团与作风 (a quarterly 走访慰问 with the 满意度, a half-yearly 汇报 of the 团支部 and 工会小组, a
half-yearly 警示教育 with a yearly 廉洁谈话; a deduction-only line on 饮酒上岗 and 脱岗).

A merged title row and a merged "考核对象：线路车间、桥隧车间党支部" line above the header 序号 | 考核指标 | 考核标准 | 分值 | 扣分标准 |
备查资料 | 得分. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its points on one line, "一、党建责任
（15分）". 序号 runs 1..17 through the whole sheet, NOT restarting under the section rows. 考核指标 is a short label (`Row.indicator`). 分值
comes BEFORE the 扣分标准, a plain number. 备查资料 (`Row.method`) names the papers the 支部 lays out, separated by "；" (once a way of
checking, 段安全科提供 / 段纪委提供). 得分 is blank. A 合计 row and a merged 说明 row close the sheet. Counts in figures and Chinese numerals
("每月组织一次", "每季度专题研究一次", "每半年开展一次", "每季度至少开展一次"); "不少于8次"; "2至3名"; "最高扣" caps; "酌情扣0.5-1分",
"酌情扣1-2分" and "酌情扣1分"; an 优良率 in bands ("95%以下的不得分" closing them); one rule "实行一票否决，本项不得分"; three plain
"本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzza_huaihua_gongwuduan_xianlu_chejian_zhibu_xlsx",
    fmt="xlsx",
    title="怀化工务段党委2025年度线路车间党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("党建责任", "一、党建责任（15分）", 15, (
            Row("支部书记年初与段党委签订党建工作责任书，支部制定年度工作计划；年底支部书记向段党委述职，接受党员职工评议。", 5,
                "未签订责任书的扣1分；无年度计划的扣1分；未述职的扣2分；未组织评议的扣1分。", "责任书；工作计划；述职报告；评议表",
                indicator="责任落实"),
            Row("支部每月组织一次集中学习，落实“第一议题”制度；利用班前会、点名会开展形势任务教育，每月不少于2次。", 5,
                "集中学习每缺1次扣0.5分；形势任务教育每少1次扣0.2分，最高扣1.5分；“第一议题”落实不到位的扣1分。",
                "学习记录；点名会记录", indicator="理论学习"),
            Row("支部每季度专题研究一次安全生产工作；每半年开展一次职工思想动态分析，对思想波动职工落实“一人一策”帮教。", 5,
                "专题研究每缺1次扣1分；思想动态分析每缺1次扣1分；帮教措施不落实的，酌情扣0.5-1分。",
                "支委会记录；思想动态分析报告；帮教台账", indicator="思想政治"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次；工区分散的，党小组会可结合班前会在"
                "工区召开。", 8,
                "“三会一课”每缺1次扣0.5分，最高扣4分；会议记录不规范的，每次扣0.2分，最高扣1分。", "“三会一课”记录本；签到表",
                indicator="三会一课"),
            Row("每月开展一次主题党日，结合“党员安全标兵”评选、设备质量攻关等开展；党员参加率不低于85%，因天窗作业不能参加的及时补课。", 5,
                "主题党日每缺1次扣0.4分；参加率低于85%的，每次扣0.2分；未补课的，每人次扣0.1分。", "主题党日记录；活动照片",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前征求职工意见、开展谈心谈话；开展民主评议党员，评议结果在车间公示。", 6,
                "未召开组织生活会的扣3分；未征求意见的扣0.5分；谈心谈话未全覆盖的扣0.5分；未开展民主评议党员的扣1.5分；评议结果未公示的扣"
                "0.5分。", "组织生活会记录；征求意见表；民主评议表；公示照片", indicator="组织生活会"),
            Row("党小组按工区设置，党员3人以上的工区单独设立党小组；党员空白工区落实党员联系。", 3,
                "党小组设置不合理的扣1分；空白工区未落实党员联系的，每个扣0.5分。", "党小组设置名单", indicator="党小组建设"),
            Row("每年至少发展1名党员，重点从青年技术骨干、工长中发展；对入党积极分子每半年考察一次。", 3,
                "未发展党员的扣2分；考察每缺1次扣0.5分；发展程序不规范的，本项不得分。", "发展党员档案；考察记录", indicator="发展党员"),
        )),
        Section("安全生产", "三、安全生产（40分）", 40, (
            Row("开展“党员身边无违章、无事故”活动，每名党员联系2至3名职工，每季度至少开展一次安全谈心；党员本人全年无违章。", 7,
                "党员联系职工未落实的扣1分；安全谈心每缺1次扣0.5分；党员违章被段通报的，每人次扣1分。", "党员联系职工名单；谈心记录",
                indicator="党员无违章"),
            Row("车间党员干部每月跟班作业不少于8次，重点把关夜间天窗修、大型养路机械作业；作业现场党员带班覆盖率达到100%。", 8,
                "跟班作业每少1次扣0.5分，最高扣3分；党员带班覆盖率每低5个百分点扣1分；天窗作业超时、漏设防护被局通报的，每次扣2分。",
                "跟班作业记录；天窗作业台账", indicator="现场把关"),
            Row("汛期前完成管内路基、桥涵、边坡排查，建立防洪重点处所台账；汛期成立党员防洪突击队，雨量达到警戒值时党员带头巡守，到位率"
                "100%。", 8,
                "未开展汛前排查的扣2分；无重点处所台账的扣1分；未成立党员突击队的扣1分；巡守不到位的，每处扣1分；因防洪不力造成行车中断的，"
                "本项不得分。", "排查记录；突击队名单；巡守记录", indicator="防洪防汛"),
            Row("线路设备质量稳定，轨检车动态检查线路质量优良率达到95%以上。", 9,
                "优良率98%以上的得9分，96%（含）至98%的得7分，95%（含）至96%的得5分，95%以下的不得分。", "轨检车检查报告",
                indicator="设备质量"),
            Row("车间管内不发生一般B类及以上铁路交通事故和职工责任人身伤亡事故；不发生被上级挂牌督办的安全隐患。", 8,
                "发生一般B类及以上铁路交通事故或职工责任死亡事故的，实行一票否决，本项不得分；发生一般C类、D类事故的，每起扣4分；安全隐患"
                "被局挂牌督办的，每件扣2分。", "段安全科提供", indicator="安全底线"),
        )),
        Section("群团与作风", "四、群团与作风（20分）", 20, (
            Row("关心关爱一线职工，推进工区生产、生活、文化“三线”建设；每季度走访慰问困难职工、倒班职工；职工对支部工作满意度达到90%"
                "以上。", 6,
                "走访慰问每缺1次扣0.5分；“三线”建设问题长期未解决的，酌情扣1-2分；满意度低于90%的，每低5个百分点扣1分。",
                "走访慰问记录；满意度测评表", indicator="关爱职工"),
            Row("支部指导团支部、工会小组开展工作，每半年听取一次团支部、工会小组工作汇报；开展“青年安全生产示范岗”创建。", 4,
                "听取汇报每缺1次扣1分；未开展示范岗创建的扣1分。", "会议记录；创建方案", indicator="党建带群建"),
            Row("落实党风廉政建设“两个责任”，每半年开展一次廉洁警示教育；对物资验收、劳务用工、外包作业结算等关键岗位人员开展廉洁谈话，"
                "每年不少于1次。", 5,
                "警示教育每缺1次扣1分；廉洁谈话未开展的扣1分；关键岗位廉洁风险防控不到位的，酌情扣1分。", "教育记录；谈话记录",
                indicator="廉洁建设"),
            Row("党员违反中央八项规定精神，饮酒上岗、脱岗等违反劳动安全纪律（扣分项）。", 5,
                "党员受到党纪政务处分的，每人次扣3分；党员违反劳动纪律被段通报的，每人次扣1分；支部书记受到处分的，本项不得分。",
                "段纪委提供", indicator="纪律作风"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核标准", "分值", "扣分标准", "备查资料", "得分"]
NOTE = ("说明：1.考核由段党委组织部牵头，安全科、线路科、段纪委参加，采取日常检查与年终考核相结合的方式，年终考核于12月下旬进行；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“优秀”（90分以上）、“良好”（80—89分）、“一般”（70—79分）、“较差”（70分"
        "以下）四个等次；4.车间发生一般B类及以上铁路交通事故的，支部年度考核直接定为“较差”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "车间党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：线路车间、桥隧车间党支部", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 12, 48, 6, 46, 24, 7))
    wb.save(str(path))
