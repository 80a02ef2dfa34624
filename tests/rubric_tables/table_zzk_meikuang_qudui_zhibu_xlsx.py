"""中共晋东煤业有限公司委员会2025年度区队党支部“党建+安全”考核评分表 (.xlsx), as a 山西 国有 煤矿 党委 (its 党委工作部 with the
安监处, the 生产技术部 and the 纪委办公室, a quarterly 考核 summed at the year's end) scores each 区队党支部 — 综采、掘进、机电、
运输 and 通风 区队, their 党员 班组长 and 技术骨干 underground on “三八制” shifts — on 基础党建 (党小组 建在班组上 with the 党员班组长
占比, “三会一课” held 错时 with 补学, 主题党日 on 安全 with a 参加率, 组织生活会 with the 职工's 意见 and 民主评议, the 一线 share of
those developed, 党费 and 32学时, the 年初 目标责任书 / 计划 and the 年底 述职), 安全生产 (党员安全责任区 with 3至5名 职工 each and no
轻伤, “党员身边无违章、无隐患、无事故” with no “三违”, the 党员安全监督岗 with a monthly 汇总 and the 整改率, the quarterly 事故案例
分析会 and the 班前会, the 党员突击队 with a half-yearly 应急救援演练, the quarterly 安全生产标准化 验收), 生产经营 (two “党员攻坚
项目” with a 完成率, 合理化建议 and 3 adopted, the 生产 / 成本 指标), 职工群众 (the quarterly 思想动态 分析 and the 党员's monthly
谈心, the half-yearly 家属座谈会 and a 职工满意度) and 廉洁从业 (half-yearly 廉洁教育, 承诺书, the 纪检委员's quarterly 监督检查 and
the 公示 of the 分配方案; a deduction-only line on 吃拿卡要 and 违规分配).

A merged title row, a merged "考核对象：矿属各区队党支部（综采、掘进、机电、运输、通风区队）" line and a merged "考核周期：2025年度
（按季度考核，年终汇总）" line above the header 考核维度 | 考核指标 | 考核内容 | 分值 | 考核方式 | 扣分标准. There is NO 序号: items are
numbered by position (1..20). The categories are MERGED CELLS down the 考核维度 column (first), printed on one line with a BRACKETED
ordinal, "（一）基础党建（30分）". 考核指标 is a short sub-label (`Row.indicator`). 分值 comes BEFORE the 考核方式 and the 扣分标准 (the
last column), a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 查阅会议记录, 现场检查, 井下抽查,
调取安全信息系统, 安监处认定, 生产技术部认定, 问卷测评, 个别谈话, 向纪委办公室核实); it is no 佐证 column. A 合计 row and a merged 备注
row close the sheet. Counts partly in Chinese numerals ("百分之六十", "每半年…一次"); "最多扣" caps; one line is deduction-only; the
党员安全监督岗's 排查 runs every shift.
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
    name="zzk_meikuang_qudui_zhibu_xlsx",
    fmt="xlsx",
    title="中共晋东煤业有限公司委员会2025年度区队党支部“党建+安全”考核评分表",
    numbering="position",
    sections=(
        Section("基础党建", "（一）基础党建（30分）", 30, (
            Row("党小组建在生产班组上，每个生产班组至少有1名党员；党员班组长占班组长总数的比例达到百分之六十以上。", 4,
                "党小组设置不合理的扣1分；有班组无党员的，每个扣0.5分；党员班组长比例每低10个百分点扣0.5分。", "查阅资料",
                indicator="组织设置"),
            Row("结合“三八制”作业实际错时开展“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每"
                "季度1次；当班未参加的党员及时补学。", 6,
                "“三会一课”每缺1次扣0.5分，最多扣4分；补学不落实的，每人次扣0.1分。", "查阅会议记录", indicator="“三会一课”"),
            Row("每月开展1次主题党日，围绕安全生产确定活动主题，党员参加率达到85%以上。", 5,
                "主题党日每少1次扣0.5分；参加率低于85%的，每次扣0.2分；活动主题与安全生产脱节的，酌情扣0.5分。", "查阅资料",
                indicator="主题党日"),
            Row("每年召开组织生活会，会前围绕安全生产征求职工意见，开展谈心谈话；开展民主评议党员，将安全绩效作为评议的重要内容。", 5,
                "未召开组织生活会的扣3分；未征求职工意见的扣0.5分；未开展民主评议党员的扣1分。", "查阅会议记录、个别谈话",
                indicator="组织生活会"),
            Row("注重在生产一线和技术骨干中发展党员，一线职工占当年发展党员的比例不低于80%；发展党员程序规范。", 4,
                "一线职工发展比例未达到80%的扣1分；发展程序不规范的，每处扣0.5分。", "查阅资料", indicator="发展党员"),
            Row("党员按月交纳党费；党员每年参加集中学习培训不少于32学时，可利用班前会、学习平台等方式开展。", 3,
                "党费未按月交纳的，每人次扣0.1分；学时不足的，每人扣0.2分，最多扣2分。", "查阅资料", indicator="党员管理"),
            Row("年初与矿党委签订党建工作目标责任书，制定支部年度工作计划；支部书记年底向矿党委述职。", 3,
                "未签订目标责任书的扣1分；无年度工作计划的扣1分；未述职的扣1分。", "查阅资料", indicator="目标责任"),
        )),
        Section("安全生产", "（二）安全生产（35分）", 35, (
            Row("划分党员安全责任区，每名党员联系3至5名职工，落实“一岗双责”；党员责任区内全年无轻伤以上事故。", 7,
                "未划分党员安全责任区的扣2分；责任区内发生轻伤事故的，每起扣1分；发生重伤及以上事故的，本项不得分。",
                "查阅资料、安监处认定", indicator="党员责任区"),
            Row("开展“党员身边无违章、无隐患、无事故”活动，党员本人全年无“三违”行为。", 6,
                "党员出现“三违”的，每人次扣1分；党员身边职工出现严重“三违”的，每人次扣0.5分，最多扣3分。", "调取安全信息系统",
                indicator="“三无”活动"),
            Row("党员安全监督岗每班开展隐患排查，区队每月汇总一次；隐患整改率达到100%，重大隐患整改做到“五落实”。", 6,
                "未按月汇总的，每次扣0.5分；整改率每低1个百分点扣0.5分；重大隐患未按期整改的，每项扣2分。", "现场检查、井下抽查",
                indicator="隐患排查"),
            Row("支部每季度组织一次安全警示教育或事故案例分析会；班前会坚持安全讲评和“手指口述”。", 5,
                "事故案例分析会每少1次扣1分；班前会流于形式的，酌情扣1—2分。", "查阅资料、井下抽查", indicator="安全教育"),
            Row("组建党员突击队，每半年至少参加一次矿井应急救援演练；在抢险救灾、重点工程攻坚中发挥作用。", 5,
                "未组建党员突击队的扣2分；演练每少1次扣1分；作用发挥不明显的，酌情扣1分。", "查阅资料", indicator="突击队"),
            Row("区队安全生产标准化动态达标，季度验收达到二级及以上。", 6,
                "季度验收为三级的，每次扣1分；季度验收不达标的，每次扣2分。", "安监处认定", indicator="标准化"),
        )),
        Section("生产经营", "（三）生产经营（15分）", 15, (
            Row("开展“党员攻坚项目”，支部年内确立攻坚课题不少于2项，课题完成率达到100%。", 5,
                "攻坚课题每少1项扣1分；完成率每低10个百分点扣0.5分。", "查阅资料", indicator="党员攻坚"),
            Row("党员年内人均提出合理化建议不少于1条，被矿采纳实施的不少于3条。", 5,
                "人均建议不足1条的扣1分；采纳实施每少1条扣0.5分。", "查阅资料", indicator="合理化建议"),
            Row("区队完成矿下达的年度生产（掘进、检修）任务和成本控制指标。", 5,
                "生产任务每低1个百分点扣0.5分；成本超支的扣1分。", "生产技术部认定", indicator="生产任务"),
        )),
        Section("职工群众", "（四）职工群众（10分）", 10, (
            Row("落实职工思想动态分析制度，支部每季度开展一次分析；党员每月与所联系职工谈心一次。", 5,
                "思想动态分析每少1次扣0.5分；谈心不落实的，酌情扣0.5—1分。", "查阅资料、个别谈话", indicator="思想动态"),
            Row("开展“安全嘱托”家属协管活动，每半年召开一次职工家属座谈会；职工对支部工作满意度达到90%以上。", 5,
                "家属座谈会每少1次扣1分；满意度每低1个百分点扣0.2分。", "查阅资料、问卷测评", indicator="关心职工"),
        )),
        Section("廉洁从业", "（五）廉洁从业（10分）", 10, (
            Row("每半年开展一次廉洁教育，区队管理人员签订廉洁从业承诺书；纪检委员每季度对材料领用、工资分配开展一次监督检查，工资"
                "（绩效）分配方案公示。", 6,
                "廉洁教育每少1次扣1分；承诺书每缺1人扣0.2分；监督检查每少1次扣0.5分；分配方案未公示的扣1分。", "查阅资料",
                indicator="廉洁教育"),
            Row("区队管理人员无吃拿卡要、优亲厚友、违规分配工资奖金等问题。", 4,
                "经查实存在吃拿卡要问题的，每起扣2分；违规分配工资奖金的，本项不得分。", "向纪委办公室核实", indicator="作风纪律"),
        )),
    ),
)

HEADER = ["考核维度", "考核指标", "考核内容", "分值", "考核方式", "扣分标准"]
NOTE = ("备注：1.本表由矿党委工作部会同安监处、生产技术部、纪委办公室按季度考核，年终取四个季度平均分；2.各项扣分以该项分值为限，扣完"
        "为止；3.区队发生死亡事故的，所在党支部年度考核实行一票否决；4.考核结果与支部书记、区队长年度绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "区队党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：矿属各区队党支部（综采、掘进、机电、运输、通风区队）", ncols)
    xlsx_line(ws, "考核周期：2025年度（按季度考核，年终汇总）", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.method, row.scoring])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (14, 12, 52, 6, 16, 48))
    wb.save(str(path))
