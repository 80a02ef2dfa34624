"""青石镇2026年度村党组织党建工作积分制考核表 (.xlsx), as a 镇党委 sends it to the 村党组织 it scores by 积分.

A merged title row and a merged "村名：… 村党组织书记：… 填报日期：…" row above the header 类别 | 序号 | 积分项目 |
积分标准 | 计分单位 | 分值. 类别 (the category) is merged down its rows: "基础积分（80分）", "加分项（最高20分）" and
"扣分项（不设上限）"; 序号 runs 1..N through the sheet. 积分项目 is the village's short wording ("“三会一课”：支部党员
大会每季度至少召开1次…"); 积分标准 holds the rule ("每少开一次扣1分，扣完为止", "每项加2分，最高加8分"); 计分单位 stands
in its own column ("分/次", "分/项", "分/人次"; not in the model: UNITS below); 分值 is the row's points, for a 加分项 its
upper limit, and for a 扣分项 "—" (0 points in the model, outside the 100: they come off the total). A 合计 row (合计
merged over 类别..计分单位) and a merged 说明 row close the sheet.
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
from .model import Row, Section, Table, _fmt  # noqa: F401

TABLE = Table(
    name="j_cun_jifenzhi_xlsx",
    fmt="xlsx",
    title="青石镇2026年度村党组织党建工作积分制考核表",
    numbering="printed",
    sections=(
        Section("基础积分", "基础积分（80分）", 80, (
            Row("“三会一课”：支部党员大会每季度至少召开1次，支委会每月召开1次，党课每季度1次", 12,
                "每少开一次扣1分，扣完为止"),
            Row("主题党日：每月10日固定开展主题党日活动，有签到、有记录、有照片", 10,
                "少开展1次扣1分；资料不全的，每次扣0.5分"),
            Row("组织生活会和民主评议党员每年开展1次，评议结果报镇党委备案", 10,
                "未开展扣10分；评议结果未报备的扣2分"),
            Row("党员冬春训：每年11月至次年2月集中开展，每名党员参训不少于32学时，参训率达到百分之九十", 10,
                "未开展冬春训扣5分；参训率每低5个百分点扣1分"),
            Row("党费收缴：党员按月交纳党费，建立党费收缴台帐，每季度公示一次", 8,
                "少交、漏交1人次扣0.5分；少公示1次扣1分"),
            Row("党员联户：每名党员联系群众不少于5户，每季度至少走访联系户1次，建立联户台帐", 10,
                "未建立联户台帐扣3分；走访每少1次扣0.5分"),
            Row("“三务”公开：党务、村务、财务每季度公开1次，公开资料拍照留存", 8,
                "少公开1次扣1分；无照片留存扣1分"),
            Row("发展党员：每两年至少发展1名党员，严格执行发展程序", 6,
                "两年内未发展扣3分；程序不规范的每例扣2分"),
            Row("年初制定党建工作计划，年底报送党建工作总结", 6,
                "缺1项扣3分"),
        )),
        Section("加分项", "加分项（最高20分）", 20, (
            Row("村党组织或党员获得县级以上表彰", 8,
                "县级每项加2分，市级以上每项加4分，最高加8分"),
            Row("党建工作经验做法被县级以上媒体、工作简报刊发推广", 4,
                "每篇加1分，最高加4分"),
            Row("组织党员开展志愿服务全年12次以上", 4,
                "12次以上的，每多1次加0.5分，最高加4分"),
            Row("村集体经济年经营性收入超过20万元", 4,
                "超过20万元的加4分"),
        )),
        # Outside the base 100: 0 points in the model; the 分值 cell prints "—".
        Section("扣分项", "扣分项（不设上限）", 0, (
            Row("村“两委”成员受到党纪政务处分", 0, "每人次扣5分"),
            Row("村党组织被县级以上通报批评或约谈", 0, "每次扣3分"),
            Row("未按时完成镇党委交办的党建工作任务", 0, "每项扣1分"),
        )),
    ),
)

# The 计分单位 column, row by row in the order of TABLE's rows.
UNITS = ("分/次", "分/次", "分/项", "分/项", "分/人次", "分/次", "分/次", "分/例", "分/项",
         "分/项", "分/篇", "分/次", "分/项",
         "分/人次", "分/次", "分/项")
VETO_PRINTED = "—"
NOTE = ("说明：1.基础积分80分，加分项最高加20分，扣分项在总分中直接扣减，不设上限；2.年度积分90分以上为“红旗村党组织”，"
        "60分以下的由镇党委书记约谈村党组织书记；3.积分每半年在全镇通报一次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["类别", "序号", "积分项目", "积分标准", "计分单位", "分值"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "积分考核表"
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), Alignment(horizontal="center", vertical="center"))
    xlsx_line(ws, "村名：            村党组织书记：            填报日期：    年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    number = 1
    units = iter(UNITS)
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            if s.points == 0:
                points = VETO_PRINTED
            else:
                points = int(row.points) if float(row.points).is_integer() else row.points
            ws.append([s.printed if i == 0 else None, number, row.text, row.scoring, next(units), points])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5, 6):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, int(t.total), 6, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (14, 6, 46, 34, 10, 8))
    wb.save(str(path))
