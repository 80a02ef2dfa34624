"""江宁区秣陵街道综合党委2026年度“两新”组织党建工作考核评分表 (.xlsx), as a 街道综合党委 scores the 非公企业 and
社会组织 党组织 in its area: 组织覆盖, 组织生活, 作用发挥, 群团带建与评价.

A merged title row and a merged "被考核单位：… 党组织书记：… 党员数：…" line above a TWO-ROW header: the first row
序号 | 考核项目 | 考核内容 | 评分标准 | 分值情况 (分值情况 merged over two columns), the second row blank under the first four
(each merged down over both header rows) and 标准分 | 得分 under 分值情况. 考核项目 (the category, "组织覆盖（25分）") is
merged down its rows; 序号 runs 1..14 through the sheet. 得分 is blank. A 合计 row and a merged 备注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="r_liangxin_dangjian_xlsx",
    fmt="xlsx",
    title="江宁区秣陵街道综合党委2026年度“两新”组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "组织覆盖（25分）", 25, (
            Row("有正式党员3名以上的非公企业、社会组织单独建立党组织，不足3名的通过联合组建、选派党建指导员等方式实现党的"
                "工作覆盖。", 6,
                "应建未建的本项不得分；党建指导员未选派到位的扣2分。"),
            Row("党组织书记由出资人或管理层中的党员担任的比例不低于60%，支部委员中40岁以下的不少于1名。", 6,
                "比例每低10个百分点扣1分；无40岁以下委员的扣1分。"),
            Row("建有党员活动室，做到有场所、有设施、有标志、有党旗、有书报、有制度，活动室使用记录完整。", 6,
                "无活动室的扣4分；“六有”每缺一项扣0.5分。"),
            Row("年初与街道综合党委签订党建工作责任书，制定全年党建工作计划；年底向街道综合党委书面报告党建工作情况。", 7,
                "未签订责任书的扣2分；无计划或无书面报告的，每缺一项扣2.5分。"),
        )),
        Section("组织生活", "组织生活（30分）", 30, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，每季度上党课1次，党小组每月集中学习1次。", 10,
                "每少开一次扣1分，最高扣6分；会议记录不规范的酌情扣1-2分。"),
            Row("每月固定一天开展主题党日，全年不少于4次结合企业生产经营或行业服务开展。", 6,
                "主题党日每少一次扣0.5分；结合生产经营开展的每少一次扣0.5分。"),
            Row("每年召开一次组织生活会，开展民主评议党员，党员参评率不低于95%。", 7,
                "未召开组织生活会的扣4分；未开展民主评议的扣2分；参评率低于95%的扣1分。"),
            Row("党员按月交纳党费，建立党费收缴台账，收缴情况每半年在党内公示一次。", 7,
                "无党费台账的扣3分；每少公示一次扣2分；有欠交党费的，每人次扣0.5分。"),
        )),
        Section("作用发挥", "作用发挥（30分）", 30, (
            Row("开展“党员先锋岗”创建，设岗率达到党员人数的50%以上，岗位统一挂牌并拍照留存。", 7,
                "设岗率每低10个百分点扣1分；未挂牌的扣2分。"),
            Row("党组织参与企业（单位）重大事项研究，每年与出资人或管理层召开沟通协商会不少于2次。", 8,
                "每少一次扣3分；党组织作用发挥不明显的，由考核组综合评定。"),
            Row("组织党员职工就近到社区参加志愿服务，每名党员全年志愿服务时长不少于12小时。", 7,
                "时长不达标的，每人扣0.5分，扣完为止。"),
            Row("每年发展党员或培养入党积极分子不少于1名，培养考察材料齐全。", 8,
                "未发展党员也未培养积极分子的扣5分；考察材料不全的扣1-3分。"),
        )),
        Section("群团带建与评价", "群团带建与评价（15分）", 15, (
            Row("以党建带工建、团建、妇建，年内联合工会、共青团、妇联组织开展活动不少于3次，活动方案、照片齐全。", 7,
                "每少一次扣1.5分；无活动照片的扣1分。"),
            Row("年终组织党员职工对党组织工作开展满意度测评。", 8,
                "满意度90%以上得8分，80%（含）—90%得5分，80%以下不得分。"),
        )),
    ),
)

NOTE = ("备注：1.本表适用于街道综合党委所属非公企业、社会组织党组织；2.考核得分90分以上为“好”，80—89分为“较好”，60—79分"
        "为“一般”，60分以下为“差”；3.年内发生重大安全生产事故或党员严重违纪的，考核等次直接定为“差”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = 6
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "两新党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "被考核单位：                        党组织书记：              党员数：    名", ncols)
    top = ws.max_row + 1
    ws.append(["序号", "考核项目", "考核内容", "评分标准", "分值情况", None])
    ws.append([None, None, None, None, "标准分", "得分"])
    for c in range(1, 5):
        ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    ws.merge_cells(start_row=top, start_column=5, end_row=top, end_column=6)
    for r in (top, top + 1):
        for c in range(1, ncols + 1):
            ws.cell(r, c).font = Font(bold=True)
            ws.cell(r, c).alignment = center
    number = 1
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([number, s.printed if i == 0 else None, row.text, row.scoring, row.points, None])
            ws.cell(ws.max_row, 3).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = wrap
            number += 1
        xlsx_merge_down(ws, 2, first, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, top, ncols)
    xlsx_note(ws, NOTE, ncols, 45)
    xlsx_widths(ws, (6, 14, 48, 44, 8, 8))
    wb.save(str(path))
