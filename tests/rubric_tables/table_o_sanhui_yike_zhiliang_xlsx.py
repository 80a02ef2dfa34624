"""临朐县五井镇党委2026年度农村党支部“三会一课”质量评估表 (.xlsx), as a 乡镇党委 组织办 scores the quality (not only the
number) of each village branch's meetings and lessons.

A merged title row and a merged "评估对象：…党支部  支部书记：…  评估时间：…" row above the header 评估维度 | 序号 |
评估要点 | 分值 | 评分标准 | 备查资料 | 自评得分 | 评估得分. 评估维度 (the category, "一、会前准备（15分）") is merged down its
rows; 序号 runs 1..19 through the sheet (numbering "printed"). 备查资料 (`Row.method`) names the papers the branch keeps
for the inspectors. 自评得分 / 评估得分 are blank. A 合计 row and a merged 注 row close the sheet.
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
    name="o_sanhui_yike_zhiliang_xlsx",
    fmt="xlsx",
    title="临朐县五井镇党委2026年度农村党支部“三会一课”质量评估表",
    numbering="printed",
    sections=(
        Section("会前准备", "一、会前准备（15分）", 15, (
            Row("会议议题由支部委员会研究确定，党员大会、支委会召开前提前1天以上通知参会人员。", 4,
                "议题未经研究确定的，每次扣0.5分；未提前通知的，每次扣0.5分，最高扣2分。",
                "会议通知、微信群通知截图"),
            Row("支部书记讲党课前撰写讲稿，讲稿篇幅不少于3000字，党课内容紧密联系本村实际。", 4,
                "无讲稿的扣2分；讲稿照搬照抄、不联系实际的，酌情扣1-2分。",
                "党课讲稿"),
            Row("每年初制定支部年度学习计划，明确全年党员大会、党课的主题和时间安排。", 4,
                "无学习计划的不得分；计划未明确学习主题的扣1分。",
                "年度学习计划"),
            Row("建立“三会一课”制度和党员请假销假制度，制度在党员活动室张贴上墙。", 3,
                "缺1项制度扣1分；制度未上墙的扣1分。",
                "制度文本"),
        )),
        Section("会议召开", "二、会议召开（40分）", 40, (
            Row("支部委员会每月召开1次，全年不少于12次，支委全员到会。", 8,
                "每少开1次扣1分；支委无正当理由缺席的，每人次扣0.5分。",
                "支委会记录"),
            Row("支部党员大会每季度召开1次，党员到会率达到85%以上。", 8,
                "每少开1次扣2分；到会率低于85%的，每次扣1分。",
                "党员大会记录、签到表"),
            Row("党小组每月至少开展1次学习活动，外出流动党员通过线上方式参学并留存截图。", 6,
                "每少1次扣0.5分，扣完为止；流动党员参学无截图的扣1分。",
                "党小组学习记录、线上参学截图"),
            Row("党课每季度至少1次，支部书记每年讲党课不少于1次，其他支委每人每年讲党课不少于1次。", 8,
                "党课每少1次扣1分；书记未讲党课的扣2分；其他支委未讲的，每人扣0.5分。",
                "党课记录、照片"),
            Row("每月第一周星期五开展主题党日，做到有主题、有签到、有照片“三有”。", 6,
                "少开展1次扣0.5分；“三有”缺1项扣0.2分。",
                "签到表、照片"),
            Row("每年召开1次组织生活会，会前支委之间、支委和党员之间谈心谈话全覆盖，会上同步开展民主评议党员。", 4,
                "未召开的不得分；谈心谈话未全覆盖的扣1分；未开展民主评议的扣1分。",
                "谈心谈话记录、民主评议表"),
        )),
        Section("会议质量", "三、会议质量（30分）", 30, (
            Row("会议记录统一使用《党支部工作记录本》，时间、地点、出席缺席人员、议题、发言和决议等要素记录完整。", 6,
                "要素缺项的，每次扣0.2分，最高扣3分；使用活页纸记录的扣2分。",
                "《党支部工作记录本》"),
            Row("党员大会决议事项明确，决议执行情况在下次会议上向党员通报。", 5,
                "未通报执行情况的，每次扣0.5分；决议执行不到位的，酌情扣分。",
                "会议记录、个别访谈"),
            Row("党员年度集中学习时长累计不少于40小时，党员参学率不低于90%。", 6,
                "学习时长不足40小时的扣3分；参学率90%以上得3分，80%（含）—90%得2分，80%以下不得分。",
                "学习台账、签到表"),
            Row("每半年组织党员对“三会一课”质量开展1次测评，党员满意度达到90%。", 5,
                "未开展测评的扣2分；满意度每低2个百分点扣0.5分。",
                "测评表"),
            Row("“三会一课”开展情况每月录入“灯塔—党建在线”平台，录入及时率达到100%。", 5,
                "录入不及时的，每次扣0.5分。",
                "平台截图"),
            Row("对镇党委督查指出的问题建立整改台账，30日内整改到位并书面报告整改情况。", 3,
                "无整改台账的扣1分；逾期未整改的，每项扣1分。",
                "整改台账、整改报告"),
        )),
        Section("结果运用", "四、结果运用（15分）", 15, (
            Row("党员参加“三会一课”情况纳入党员积分管理，每季度公示1次党员积分。", 5,
                "未纳入积分管理的扣3分；公示每少1次扣0.5分。",
                "积分台账、公示照片"),
            Row("对无正当理由连续3个月不参加组织生活的党员进行批评教育，连续6个月不参加的按规定稳妥处置。", 5,
                "应教育未教育的，每人扣1分；应处置未处置的，每人扣2分。",
                "谈话记录、处置材料"),
            Row("年底支部书记向镇党委报告全年“三会一课”落实情况，形成书面总结。", 5,
                "未报送书面总结的不得分；总结内容空泛的，扣1-2分。",
                "书面总结"),
        )),
    ),
)

NOTE = ("注：1.评估周期为2026年1月1日至12月31日；2.各项扣分以该项分值为限，扣完为止；3.评估得分90分以上为“好”，"
        "75—89分为“较好”，60—74分为“一般”，60分以下为“差”；4.备查资料须为原始记录，不得事后补记。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["评估维度", "序号", "评估要点", "分值", "评分标准", "备查资料", "自评得分", "评估得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "质量评估"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16, bold=True), center)
    xlsx_line(ws, "评估对象：            党支部      支部书记：            评估时间：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    number = 1
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            points = int(row.points) if float(row.points).is_integer() else row.points
            ws.append([s.printed if i == 0 else None, number, row.text, points, row.scoring, row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, int(t.total), 4, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 45)
    xlsx_widths(ws, (12, 6, 46, 6, 40, 20, 9, 9))
    wb.save(str(path))
