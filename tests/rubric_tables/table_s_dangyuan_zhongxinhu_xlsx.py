"""龙里县谷脚镇2026年度农村“党员中心户”考核评价指标表 (.xlsx), as a 镇党委 scores each 党员中心户 (a 党员 who
keeps 10-15 neighbouring households): 户情联系, 政策宣传, 带富示范, 文明治理.

A merged title row and a merged "村（社区）：… 党员中心户姓名：… 联系户数：…" row above the header 序号 | 一级指标 |
二级指标（考核内容） | 权重 | 计分办法 | 数据来源. The item's share of the score stands in a 权重 column printed as a
percentage ("8%"), not in a 分值 column; the 一级指标 (the category) is merged down its rows and printed with its
weight ("户情联系\\n（权重30%）"). 计分办法 deducts points out of 100. 序号 runs 1..12. 数据来源 (`Row.method`) says
where the figure comes from. A 合计 row ("100%") and two merged 说明 rows close the sheet.
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
    xlsx_widths,
)
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="s_dangyuan_zhongxinhu_xlsx",
    fmt="xlsx",
    title="龙里县谷脚镇2026年度农村“党员中心户”考核评价指标表",
    numbering="printed",
    sections=(
        Section("户情联系", "户情联系\n（权重30%）", 30, (
            Row("党员中心户联系周边农户10至15户，建立联系户花名册，家庭成员、联系电话、困难诉求等信息齐全。", 8,
                "无联系户花名册的扣4分；信息不全的，每户扣0.2分，最多扣2分。", "村党组织核查"),
            Row("每月至少入户走访联系户1次，农忙、汛期、春节等重点时段加密走访，走访情况记入《中心户工作手册》。", 10,
                "每少走访1次扣0.5分；工作手册记录不全的扣1分。", "工作手册、电话回访"),
            Row("每季度收集联系户意见建议，及时向村党组织反映，反映事项办结率不低于85%。", 12,
                "未收集反映的，每季度扣2分；办结率每低5个百分点扣1分，最高扣4分。", "村级诉求台账"),
        )),
        Section("政策宣传", "政策宣传\n（权重20%）", 20, (
            Row("利用院坝会、“村村响”广播等形式，每季度向联系户宣讲党的政策不少于1次，联系户政策知晓率达到90%。", 10,
                "宣讲每少1次扣1.5分；知晓率抽查低于90%的扣3分。", "镇抽查问卷"),
            Row("中心户每年参加镇村组织的集中培训不少于3次、累计不少于16学时，按时参加“农民夜校”学习。", 6,
                "培训每少1次扣1分；学时不足的扣2分。", "培训签到记录"),
            Row("中心户在家门口悬挂“党员中心户”标识牌，公开服务承诺和联系方式。", 4,
                "未挂牌的扣2分；未公开承诺的扣2分。", "实地查看"),
        )),
        Section("带富示范", "带富示范\n（权重30%）", 30, (
            Row("中心户带头发展种养殖、乡村旅游等产业，年内带动联系户发展产业不少于3户。", 10,
                "带动每少1户扣2分；中心户本人无产业项目的扣3分。", "村党组织核查"),
            Row("组织联系户参加技能培训、劳务输出对接，年内帮助联系户实现就业不少于2人，建立帮扶台账。", 8,
                "就业每少1人扣1.5分；无帮扶台账的扣2分。", "帮扶台账"),
            Row("对联系户中的脱贫户、监测户每半年走访核查1次，防止返贫致贫，联系户零返贫。", 12,
                "核查每少1次扣2分；联系户中发生返贫的本项不得分。", "防返贫监测系统"),
        )),
        Section("文明治理", "文明治理\n（权重20%）", 20, (
            Row("参与村级矛盾纠纷排查调处，联系户内矛盾纠纷就地化解率达到95%以上，无越级上访。", 8,
                "化解率每低1个百分点扣0.5分；发生越级上访的，每起扣3分。", "综治中心台账"),
            Row("带动联系户参与人居环境整治、移风易俗，每月参加村里组织的环境卫生评比1次，联系户“十星级文明户”评选参与率100%。",
                6, "评比每少参加1次扣0.5分；参与率每低10个百分点扣1分。", "村级评比记录"),
            Row("年底中心户向村党组织述职，由联系户代表进行满意度测评，满意度不低于85%。", 6,
                "未述职的扣3分；满意度85%以上得3分，70%—85%得2分，70%以下不得分。", "测评表"),
        )),
    ),
)

NOTES = (
    "说明：1.各指标按权重计分，满分为100分，计分办法中的扣分以该指标权重对应分值为限；",
    "2.考核得分90分以上的评为“优秀党员中心户”，给予每户每年500元工作补贴；60分以下的由村党组织调整人选。",
)


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["序号", "一级指标", "二级指标（考核内容）", "权重", "计分办法", "数据来源"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "指标表"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16, bold=True), center)
    xlsx_line(ws, "村（社区）：                党员中心户姓名：              联系户数：", ncols)
    xlsx_header(ws, header, ncols)
    first_body = ws.max_row
    number = 1
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([number, s.printed if i == 0 else None, row.text, f"{_fmt(row.points)}%", row.scoring,
                       row.method])
            number += 1
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, first, ws.max_row, center)
    ws.append(["合计", None, None, f"{_fmt(t.total)}%", None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    xlsx_borders(ws, first_body, ncols)
    for note in NOTES:
        xlsx_note(ws, note, ncols, 22)
    xlsx_widths(ws, (6, 12, 50, 8, 44, 16))
    wb.save(str(path))
