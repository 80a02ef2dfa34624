"""临港经济开发区智能制造产业园党委2026年度园区企业党组织党建工作考核评分表 (.xlsx), as a 产业园区 党委 scores the
党组织 of the firms in the park (单独建立的企业党支部 and the 园区联合党支部): 覆盖, 倒班, 党建入章, 党企联席会议, 先锋岗,
攻关小组, “双培养”, 产值增长, 工会入会率.

A merged title row and a merged "企业名称（盖章）：… 党组织书记：… 考核日期：…" row above the header 一级指标 | 分值 |
二级指标 | 考核要求 | 分值 | 评分标准 | 考核方式: the category's points stand in a column of their OWN (the second, also
headed 分值), merged down the category's rows beside the merged 一级指标 name (printed with its ordinal only: "一、组织覆盖"),
while the item's points sit in the fifth column. No 序号 column (the importer numbers items by position). 二级指标 is a
short label per row (`Row.indicator`). 评分标准 mixes per-unit and fixed deductions, "每低10个百分点", "扣完为止", "最高扣
2分", "最多扣3分", "酌情扣分", "酌情扣1—3分", "不得分", a growth band list whose lowest band still scores. 考核方式
(`Row.method`) is one or two of 查阅资料 / 实地查看 / 座谈了解. A 合计 row (合计 merged over the first four columns, the
total under the item 分值) and a merged 说明 row close the sheet.
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

ZL, SD, ZT = "查阅资料", "实地查看", "座谈了解"

TABLE = Table(
    name="n_chanye_yuanqu_xlsx",
    fmt="xlsx",
    title="临港经济开发区智能制造产业园党委2026年度园区企业党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织覆盖", "一、组织覆盖", 15, (
            Row("有正式党员3人以上的企业单独建立党组织，不足3人的纳入园区联合党支部，规模以上企业党组织覆盖率达到100%。", 5,
                "覆盖率每低1个百分点扣0.5分，扣完为止。", ZL, "组织设置"),
            Row("每半年开展1次“口袋党员”排查，新入职员工中的党员组织关系在3个月内转入。", 5,
                "排查每少1次扣1.5分；组织关系未按期转入的，每人扣0.5分，最高扣2分。", ZL, "党员排查"),
            Row("党组织书记一般由企业中高层管理人员中的党员担任；支部委员中45周岁以下的不少于1名，本科以上学历的不少于1名。",
                5, "书记人选不符合要求的扣2分；委员结构不符合要求的，每项扣1分。", f"{ZL}、{ZT}", "班子结构"),
        )),
        Section("组织生活", "二、组织生活", 25, (
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次，结合企业倒班实际灵活安排"
                "时间。", 8,
                "每少1次扣0.5分；会议记录不规范的酌情扣分。", ZL, "三会一课"),
            Row("每月开展1次主题党日，每年至少2次到园区党群服务中心参加联合主题党日。", 5,
                "主题党日每少1次扣0.5分；参加联合主题党日少于2次的扣1分。", ZL, "主题党日"),
            Row("每年召开组织生活会并开展民主评议党员，党员参评率不低于95%，评议结果报园区党委备案。", 6,
                "未召开的不得分；参评率低于95%的扣2分；评议结果未备案的扣1分。", ZL, "组织生活会"),
            Row("党组织书记每年参加园区党委集中培训不少于3天，党员年度集中学习不少于32学时。", 6,
                "书记未参加培训的扣2分，培训不足3天的扣1分；党员学时不足的，每人扣0.3分，最多扣3分。", ZL, "教育培训"),
        )),
        Section("党建融合", "三、党建融合", 30, (
            Row("推动党建工作要求写入企业章程，建立党组织与企业管理层沟通协商机制，每季度至少召开1次党企联席会议。", 6,
                "未写入章程的扣2分；联席会议每少1次扣1分。", ZL, "党建入章"),
            Row("设立党员先锋岗、党员责任区，设岗党员占党员总数的60%以上，先锋岗挂牌公示。", 6,
                "设岗比例每低10个百分点扣1分；未挂牌公示的扣1分。", f"{ZL}、{SD}", "先锋示范"),
            Row("围绕生产经营组建党员攻关小组（突击队），年内完成技术攻关或工艺革新项目不少于2项。", 6,
                "未组建攻关小组的不得分；项目每少1项扣2分。", f"{ZL}、{ZT}", "攻坚项目"),
            Row("实施“双培养”，把生产经营骨干培养成党员，年内至少发展党员1名或确定入党积极分子2名。", 6,
                "年内既未发展党员又未确定入党积极分子的不得分；确定入党积极分子不足2名的扣2分。", ZL, "双培养"),
            Row("企业年度产值（营业收入）保持增长，党员职工年度绩效考核优良率不低于80%。", 6,
                "产值同比增长10%以上得3分，5%（含）—10%得2分，0—5%得1分，负增长不得分；优良率低于80%的扣3分。",
                f"{ZL}、{ZT}", "发展成效"),
        )),
        Section("服务保障", "四、服务保障", 30, (
            Row("党建带工建、团建、妇建，企业依法建立工会组织，职工入会率达到90%以上。", 6,
                "未建立工会的扣3分；入会率每低5个百分点扣1分。", ZL, "群团共建"),
            Row("每年开展职工技能比武、文体活动不少于4次，“七一”和春节前后走访慰问困难职工和老党员。", 6,
                "活动每少1次扣1分；未开展走访慰问的扣2分。", f"{ZL}、{ZT}", "职工关爱"),
            Row("党组织活动场所面积不少于30平方米，有党旗、有标识、有制度；党建工作经费纳入企业管理费用列支，建立经费使用"
                "台账。", 8,
                "活动场所不达标的，由考核组实地查看后酌情扣1—3分；无经费使用台账的扣2分。", f"{ZL}、{SD}", "阵地经费"),
            Row("建立党员花名册、“三会一课”记录本、党费收缴台账、年度工作计划和总结，按年度装订归档；党组织书记年底向园区"
                "党委书面述职。", 10,
                "资料每缺1项扣1分；未述职的扣3分。", ZL, "台账述职"),
        )),
    ),
)

NOTE = ("说明：1.本表适用于园区内单独建立党组织的企业和园区联合党支部，联合党支部“发展成效”一项按所属企业平均数计算；"
        "2.各项扣分以该项分值为限；3.考核结果分为优秀（90分以上）、良好（80—89分）、一般（70—79分）、较差（70分以下）四个"
        "等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["一级指标", "分值", "二级指标", "考核要求", "分值", "评分标准", "考核方式"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15), center)
    ws.row_dimensions[1].height = 42
    xlsx_line(ws, "企业名称（盖章）：                        党组织书记：              考核日期：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            name, points = (s.printed, s.points) if i == 0 else (None, None)
            ws.append([name, points, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (3, 5, 7):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
        xlsx_merge_down(ws, 2, first, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (12, 7, 12, 48, 7, 44, 14))
    wb.save(str(path))
