"""中共富平县庄里镇委员会2024年第三季度村级党建工作督查评分表 (.xlsx), as a 陕西 镇党委 (its 党建办 with the 包村领导 and
驻村干部 going round the 村 at the end of each quarter, the result 通报 across the 镇) scores each 村党支部 for one quarter:
组织生活 (the quarter's 支委会, 党员大会 and 党小组会, the 党课 with 讲稿 / 签到 / 照片, the 5日 主题党日 in the “1+X” form, 集中
学习 of the 二十届三中全会 精神), 党员管理 (党费 and its 上缴, the 全国党员管理信息系统, 流动党员, 发展对象 and its 公示, 设岗定责
and the “三亮”), 中心工作 (汛期 包片包户 with a bare 一票否决, 防返贫 走访, the 合作社 and its 台账, 暑期 防溺水, 秋季 秸秆禁烧,
矛盾纠纷 and 安全), 阵地建设与村务公开 (坐班值班 and the 党建园地, the quarter's 三务公开) and 基础资料 (台账 without 补记、代签,
the 季度 小结 and 计划, the 书记's 报告).

A plain sheet as 镇 党建办 print them: a merged title row, a merged "督查村：…  督查时间：2024年  月  日  督查组成员：…" line,
the header 序号 | 督查内容 | 分值 | 扣分标准 | 扣分, then the categories as SECTION ROWS merged across the sheet, printed "一、组织
生活（25分）". 序号 (first column, numeric cells) runs 1..21 through the sheet, NOT restarting under the section rows. 分值 is a
plain number. There is no 考核方式 and no 佐证 column; 扣分 is blank (the 督查组 writes the points taken off). The requirements
are mostly of "本季度"; several lines are deduction-only ("发现火点的，每处扣2分"). A 合计 row and a merged 备注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzc_cunji_jidu_ducha_xlsx",
    fmt="xlsx",
    title="中共富平县庄里镇委员会2024年第三季度村级党建工作督查评分表",
    numbering="printed",
    sections=(
        Section("组织生活", "一、组织生活（25分）", 25, (
            Row("本季度支部委员会每月召开1次，研究村级重点工作和党员管理事项。", 5,
                "每少1次扣2分；会议记录不规范、无研究事项的，每次扣0.5分。"),
            Row("本季度召开支部党员大会不少于1次，党小组会每月召开1次。", 5,
                "未召开党员大会的扣3分；党小组会每少1次扣0.5分。"),
            Row("本季度支部书记或支委讲党课1次，做到有讲稿、有签到、有照片。", 4,
                "未讲党课的扣3分；讲稿、签到、照片每缺1项扣0.5分。"),
            Row("每月5日开展主题党日活动，按照“1+X”模式落实规定动作，在家党员参加率不低于80%。", 6,
                "每少1次扣2分；规定动作缺项的，每次扣0.5分；参加率低于80%的，每次扣0.5分。"),
            Row("本季度组织党员集中学习不少于3次，重点学习党的二十届三中全会精神，支部书记带头领学。", 5,
                "集中学习每少1次扣1分；学习内容未突出重点的，酌情扣1分。"),
        )),
        Section("党员管理", "二、党员管理（20分）", 20, (
            Row("党员按月交纳党费，本季度党费按时足额上缴镇党委。", 4,
                "未按月交纳的，每人次扣0.2分；未按时上缴的扣1分。"),
            Row("全国党员管理信息系统党员信息维护及时，信息完整准确率达到100%。", 4,
                "信息每错漏1处扣0.2分，最多扣2分；信息维护不及时的扣1分。"),
            Row("掌握外出流动党员去向，本季度与每名流动党员联系不少于1次，及时推送学习资料。", 4,
                "联系每少1人次扣0.2分；流动党员底数不清的扣1分。"),
            Row("按照年度发展党员计划，本季度召开支部委员会确定发展对象，并在全村范围内公示，公示期不少于5个工作日。", 4,
                "应公示未公示的扣2分；发展程序不规范的，每处扣1分。"),
            Row("无职党员设岗定责，党员本季度至少参加一次志愿服务活动，开展“亮身份、亮承诺、亮实绩”活动。", 4,
                "志愿服务未参加的，每人扣0.1分，最多扣2分；“三亮”活动不到位的扣1分。"),
        )),
        Section("中心工作", "三、中心工作（30分）", 30, (
            Row("汛期落实党员干部包片包户责任，对地质灾害隐患点、危房户每周至少巡查一次，发现险情及时组织群众转移。", 6,
                "包片包户责任未落实的扣2分；巡查记录缺失的，每次扣0.5分，最多扣2分；因转移不及时造成人员伤亡的，实行一票否决。"),
            Row("每月对脱贫户、监测户开展一次走访排查，帮扶措施落实到户；本季度无新增返贫致贫户。", 6,
                "走访每少1次扣1分；帮扶措施未落实的，每户扣0.5分；出现规模性返贫的，本项不得分。"),
            Row("村集体经济合作社经营运转正常，收益分配方案经村民代表大会通过；集体资产资源台账清晰，账实相符。", 5,
                "分配方案未经村民代表大会通过的扣2分；台账不清、账实不符的扣1分；发生集体资产流失的，本项不得分。"),
            Row("暑期落实防溺水“六不”宣传，党员包保重点水域，每周巡查不少于2次；本季度辖区内未发生学生溺亡事件。", 5,
                "包保责任未落实的扣1分；巡查记录不全的，酌情扣0.5—1分；发生学生溺亡事件的，本项不得分。"),
            Row("秋季秸秆禁烧期间落实党员干部包片值守，本季度辖区内无火点。", 4,
                "发现火点的，每处扣2分。"),
            Row("每月开展一次矛盾纠纷排查化解，本季度无赴省进京越级上访，无较大以上安全生产事故。", 4,
                "排查每少1次扣0.5分；发生越级上访的，每起扣2分；发生较大以上安全生产事故的，本项不得分。"),
        )),
        Section("阵地建设与村务公开", "四、阵地建设与村务公开（10分）", 10, (
            Row("村党群服务中心每天有村干部坐班值班，办事群众有人接待；党建园地本季度至少更新一次。", 5,
                "抽查无人值班的，每次扣1分；党建园地未更新的扣1分。"),
            Row("党务、村务、财务本季度公开一次，公开内容真实完整，群众有异议的及时解释答复。", 5,
                "未公开的扣2分；公开内容不全的，酌情扣0.5—1分。"),
        )),
        Section("基础资料", "五、基础资料（15分）", 15, (
            Row("会议记录本、党费收缴台账、党员花名册、主题党日活动记录等资料及时规范填写，与实际相符，无补记、代签现象。", 6,
                "资料每缺1项扣1分；发现补记、代签的，每处扣1分。"),
            Row("按时向镇党委报送季度工作小结和下季度工作计划；上季度督查反馈问题整改到位。", 5,
                "小结、计划每缺1项扣1分；反馈问题未整改的，每项扣1分。"),
            Row("村党组织书记本季度向镇党委书面报告一次抓党建工作情况。", 4,
                "未报告的扣2分；报告内容空泛的，酌情扣1分。"),
        )),
    ),
)

HEADER = ["序号", "督查内容", "分值", "扣分标准", "扣分"]
NOTE = ("备注：1.本表由镇党建办会同包村领导、驻村干部于每季度末对各村进行督查，督查结果在全镇通报，并与村干部季度绩效报酬"
        "挂钩；2.各项扣分以该项分值为限，扣完为止；3.督查中发现弄虚作假、补记资料的，该项不得分。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "第三季度督查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=15, bold=True), center)
    xlsx_line(ws, "督查村：            督查时间：2024年  月  日            督查组成员：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.points, row.scoring, None])
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 56, 6, 46, 8))
    wb.save(str(path))
