"""中共襄阳市水务集团有限公司委员会2025年度污水处理厂党支部党建工作考核评分表 (.xlsx), as a 湖北 市属国有 水务集团党委 (its 党群
工作部 with the 生产运营部, the 安全环保部 and the 纪委, a 考核组 going round the 污水处理厂 in December with the 在线监测 data and the
year's 投诉 工单) scores each 污水处理厂党支部 — 党员 厂长, 中控 运行工, 化验员, 机修工 and 脱水车间 staff on 倒班 — on four heads:
政治建设 (the “第一议题” with a monthly 集中学习 and a quarterly 专题研讨 on 安全生产 and 达标排放, the 书记's 年初 融合工作计划 and the
年底 书面述职 graded by 等次, the half-yearly 职工 思想动态 分析), 组织建设 (“三会一课” with the 倒班党员 each quarter, the monthly
主题党日 with a 参加率 in Chinese numerals and the “世界水日” 宣传, 组织生活会 with the 班组 意见, 民主评议 and its 通报, one member in two
years with 党费 and its half-yearly 公布, 32学时 with three days of 党校 轮训), 生产融合 (出水 达标率 under 一级A with a 一票否决 on 超标排放,
the “党员先锋岗” at the 中控室, 化验室 and 脱水车间 with the 责任区, the 年初 “党员攻坚项目” with its 年底 成果报告 and the 吨水电耗, the
monthly 安全生产检查 with the 有限空间 审批 and a yearly 应急演练, the 党员应急抢险突击队 with the 汛期 排查, four “环保设施向公众开放”
days with 方案 and 照片) and 作风保障 (the 廉洁承诺书 with a quarterly 廉洁风险排查, three 实事 with the yearly 体检 and the 夏季 慰问, the
half-yearly 走访 of the 周边 社区 with the 投诉 办结率, 计划 / 总结 with the 花名册, “三会一课”记录, 党费台账 and the 活动室 制度).

A merged title row, a merged "考核对象：集团所属各污水处理厂党支部" line and a merged "污水处理厂：…  支部书记：…  设计处理规模：…万吨/日
考核时间：…" line above the header 考核项目 | 序号 | 考核内容 | 分值 | 评分标准 | 考核方式 | 得分 (分值 BEFORE the 评分标准). The
categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITH an ordinal on ONE line, "一、政治建设（15分）". 序号 (SECOND
column, numeric cells) runs 1..18 through the sheet, NOT restarting. 分值 is a plain number. 考核方式 (`Row.method`) says only how the
考核组 checks (查阅资料, 查阅会议记录, 个别谈话, 调取在线监测数据, 向市生态环境局核实, 实地查看, 查阅账目, 调取工单数据, 集团纪委核实);
it is no 佐证 column. 得分 is blank. A 合计 row and a merged 说明 row close the sheet. Counts partly in Chinese numerals ("每月组织一次",
"百分之九十", "每半年分析一次", "每年组织一次"); "最高扣" caps; one rule is "实行一票否决，本项不得分"; the 述职 is graded by 等次; two
durations (32学时 and, 其中, 3天 of 轮训).
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
    name="zzp_wushuichang_zhibu_xlsx",
    fmt="xlsx",
    title="中共襄阳市水务集团有限公司委员会2025年度污水处理厂党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支部每月组织一次集中学习；每季度围绕安全生产、达标排放开展一次专题研讨。", 5,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣0.5分；学习流于形式的，酌情扣0.5—1分。", "查阅资料"),
            Row("支部书记年初与厂长共同制定党建与生产运营融合工作计划；年底向集团党委书面述职，述职评议等次为“好”。", 5,
                "无融合工作计划的扣1分；未述职的扣2分；评议为“较好”等次的扣1分，为“一般”及以下等次的扣2分。", "查阅资料"),
            Row("落实意识形态工作责任制，每半年分析一次职工思想动态；做好倒班职工、外包作业人员的思想政治工作。", 5,
                "思想动态分析每少1次扣1分；职工因思想问题引发不稳定事件的，每起扣2分。", "查阅资料、个别谈话"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            Row("落实“三会一课”制度，支委会每月1次，党员大会每季度1次，党小组会每月1次，党课每季度1次；倒班党员可分批参加，每名党员每"
                "季度至少参加1次党员大会或党课。", 6,
                "“三会一课”每少1次扣0.3分，最高扣3分；党员参加不足的，每人次扣0.1分。", "查阅会议记录"),
            Row("每月开展一次主题党日，党员参加率达到百分之九十以上；结合“世界水日”“中国水周”开展节水护水宣传。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；未开展节水护水宣传的扣1分。", "查阅资料"),
            Row("每年召开一次组织生活会，会前征求班组职工意见；开展民主评议党员，评议结果向党员通报。", 5,
                "未召开组织生活会的扣2分；未征求意见的扣0.5分；未开展民主评议党员的扣1.5分；评议结果未通报的扣0.5分。",
                "查阅会议记录"),
            Row("注重在一线运行工、化验员、技术骨干中发展党员，每两年至少发展1名；党员按月交纳党费，支部每半年公布一次党费收缴情况。", 5,
                "两年内未发展党员的扣1分；党费未按月交纳的，每人次扣0.1分；未公布的扣0.5分。", "查阅资料、查阅账目"),
            Row("党员年度集中学习培训不少于32学时，其中参加集团党校轮训不少于3天。", 4,
                "学时不足的，每人扣0.2分；未参加党校轮训的，每人扣0.5分，最高扣2分。", "查阅资料"),
        )),
        Section("生产融合", "三、生产融合（35分）", 35, (
            Row("出水水质稳定达到《城镇污水处理厂污染物排放标准》一级A标准，出水达标率100%；在线监测数据异常及时报告；全年未因超标排放"
                "受到生态环境部门处罚。", 8,
                "达标率每低1个百分点扣1分；在线监测数据异常未及时报告的，每次扣0.5分；因超标排放受到处罚的，实行一票否决，本项不得分。",
                "调取在线监测数据、向市生态环境局核实"),
            Row("在中控室、化验室、脱水车间设立“党员先锋岗”，划分党员责任区，每名党员联系1至2个运行班组。", 5,
                "未设立党员先锋岗的扣2分；未划分党员责任区的扣1分；党员联系班组未落实的，每人扣0.2分。", "实地查看"),
            Row("围绕节能降耗、污泥处置开展“党员攻坚项目”，年初确定项目不少于1个，年底形成项目成果报告；吨水电耗较上年下降。", 6,
                "未确定攻坚项目的扣2分；无成果报告的扣1分；吨水电耗未下降的扣1分。", "查阅资料、查阅账目"),
            Row("每月开展一次安全生产检查；有限空间作业前履行审批手续，严格执行“先通风、再检测、后作业”；每年组织一次有限空间中毒窒息"
                "应急演练。", 8,
                "安全检查每少1次扣0.5分；有限空间作业审批手续不全的，每次扣1分；未组织应急演练的扣2分；发生生产安全责任事故造成人员伤亡"
                "的，本项不得分。", "查阅资料、实地查看"),
            Row("组建党员应急抢险突击队，汛期、管网突发事件期间党员带头值守；汛期前开展一次设备设施隐患排查。", 4,
                "未组建突击队的扣1分；汛期前未开展隐患排查的扣1分；因值守不到位造成污水溢流的，每次扣2分。", "查阅资料、实地查看"),
            Row("每年举办“环保设施向公众开放”活动不少于4次，接待市民、学生参观；开放活动有方案、有照片。", 4,
                "开放活动每少1次扣0.5分；无方案或照片的，每次扣0.2分。", "查阅资料"),
        )),
        Section("作风保障", "四、作风保障（25分）", 25, (
            Row("落实党风廉政建设责任制，支部书记与党员签订廉洁承诺书；药剂采购、污泥外运等重点环节每季度开展一次廉洁风险排查。", 6,
                "未签订承诺书的扣1分；风险排查每少1次扣0.5分；重点环节发现违规问题的，每起扣2分。", "查阅资料、集团纪委核实"),
            Row("落实“我为职工办实事”，年内为一线职工办实事不少于3件；每年组织职工健康体检一次，夏季开展防暑降温慰问。", 5,
                "实事每少1件扣0.5分；未组织健康体检的扣1分；未开展防暑降温慰问的扣0.5分。", "查阅资料、个别谈话"),
            Row("每半年走访一次周边社区和居民，听取对臭气、噪声等问题的意见；周边居民投诉办结率达到100%。", 6,
                "走访每少1次扣1分；投诉办结率每低1个百分点扣0.5分；因臭气扰民被媒体曝光的，每次扣2分。", "调取工单数据、查阅资料"),
            Row("年初制定支部工作计划，年底形成工作总结；党员花名册、“三会一课”记录、党费收缴台账等资料规范完整；党员活动室有标识、"
                "有制度。", 8,
                "无计划或总结的，每缺1项扣1.5分；资料每缺1项扣0.5分；资料填写不规范的，酌情扣0.5—1分；活动室无标识或制度的扣1分。",
                "查阅资料、实地查看"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "评分标准", "考核方式", "得分"]
NOTE = ("说明：1.本表由集团党委组织考核组于每年12月实施，党群工作部会同生产运营部、安全环保部、集团纪委参加，采取查阅资料、调取数据、"
        "实地查看、个别谈话相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与厂"
        "领导班子年度绩效挂钩；4.污水处理厂发生较大及以上生产安全事故或被生态环境部门挂牌督办的，党支部当年考核直接定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "污水处理厂党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：集团所属各污水处理厂党支部", ncols)
    xlsx_line(ws, "污水处理厂：              支部书记：              设计处理规模：    万吨/日    考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (14, 6, 52, 6, 46, 20, 7))
    wb.save(str(path))
