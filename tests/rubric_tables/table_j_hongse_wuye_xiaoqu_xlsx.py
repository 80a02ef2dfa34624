"""城东街道翠湖社区党委2026年度“红色物业”小区党支部考核评分表 (.xlsx), as a 社区党委 sends it to the 小区党支部 of
each residential compound it has put under “红色物业”.

A merged title row and a merged "小区名称：… 党支部书记：… 物业服务企业：…" row above the header 一级指标 | 二级指标 |
评分细则 | 分值. No 序号 (the importer numbers items by position). 一级指标 (the category) is merged down its rows and
printed with its points in full-width brackets ("组织覆盖（25分）"). 二级指标 is a short phrase naming what is scored
(`Row.text`: "“三方联动”机制", "民情台帐与入户走访"); 评分细则 (`Row.scoring`) holds everything else: the requirement
and its deductions in one run of prose ("每月至少召开1次三方联席会议…每少1次扣0.5分，扣完为止"), with 支部委员会会议 /
支部党员大会, 台帐, 百分之九十五, 每半年, a band list and "本项不得分". A 合计 row (合计 merged over 一级指标..评分细则)
and a merged 说明 row close the sheet.
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
    name="j_hongse_wuye_xiaoqu_xlsx",
    fmt="xlsx",
    title="翠湖社区党委2026年度“红色物业”小区党支部考核评分表",
    numbering="position",
    sections=(
        Section("组织覆盖", "组织覆盖（25分）", 25, (
            Row("小区党支部组建", 6,
                "依托小区建立党支部，将物业服务企业、业主委员会中的党员纳入小区党支部管理，建立小区党员花名册。未建立小区"
                "党支部的，本项不得分；无党员花名册的扣2分。"),
            Row("“三方联动”机制", 8,
                "小区党支部与业主委员会、物业服务企业签订共建协议，每月至少召开1次三方联席会议，会议有记录。未签订共建协议"
                "的扣2分；联席会议每少1次扣0.5分，扣完为止；会议无记录的扣1分。"),
            Row("交叉任职", 5,
                "业主委员会成员中党员比例达到50%以上，物业项目经理是党员的亮明身份、挂牌上岗。党员比例每低10个百分点扣1分，"
                "最高扣3分；未亮身份挂牌上岗的扣1分。"),
            Row("书记履职", 6,
                "小区党支部书记每季度向社区党委报告一次工作，年底向社区党委述职。报告每少1次扣1分；未述职的扣2分。"),
        )),
        Section("组织生活", "组织生活（25分）", 25, (
            Row("“三会一课”", 9,
                "支部委员会会议每月召开1次，支部党员大会每季度召开1次，党课每季度不少于1次。每少开1次扣0.5分，扣完为止；"
                "会议记录不全的，酌情扣分。"),
            Row("主题党日", 8,
                "每月固定开展主题党日活动，结合小区实际开展环境整治、矛盾调解等志愿服务，活动有签到表和照片。每少开展1次扣"
                "0.5分；无签到表或照片的，每次扣0.2分。"),
            Row("组织生活会和民主评议党员", 8,
                "每年召开一次组织生活会，开展民主评议党员，党员参评率达到95%以上。未召开组织生活会的扣4分；未开展民主评议的"
                "扣2分；参评率低于95%的扣1分。"),
        )),
        Section("物业服务", "物业服务（30分）", 30, (
            Row("党员先锋岗", 8,
                "物业服务企业设立党员先锋岗，在岗党员每人每年参加小区志愿服务不少于20小时。未设立先锋岗的扣2分；志愿服务"
                "时长不足的，每人扣0.5分，最多扣3分；党员作用发挥不明显的，酌情扣1-2分。"),
            Row("民情台帐与入户走访", 7,
                "建立小区民情台帐，党支部和物业服务企业每半年联合开展1次入户走访，走访覆盖率达到90%。无民情台帐的扣2分；"
                "未开展走访的扣3分；覆盖率每低5个百分点扣0.5分。"),
            Row("接诉即办", 7,
                "居民诉求实行“接诉即办”，建立诉求办理台帐，物业服务投诉办结率不低于百分之九十五。无办理台帐的扣1分；办结率"
                "每低1个百分点扣0.5分，扣完为止。"),
            Row("居民满意度", 8,
                "每半年开展一次物业服务满意度测评，居民满意度达到85%以上。满意度90%以上得8分，85%-90%得6分，80%-85%得4分，"
                "80%以下不得分；未开展测评的，本项不得分。"),
        )),
        Section("基础保障", "基础保障（20分）", 20, (
            Row("红色驿站", 6,
                "在小区建立党群服务站（红色驿站），制度上墙，每周开放不少于5天。未建立的扣3分；制度未上墙的扣1分；开放不"
                "正常的，酌情扣分。"),
            Row("工作台帐", 7,
                "建立“红色物业”工作台帐，包括会议记录、活动记录、走访记录，资料分类归档、规范齐全。台帐缺1项扣1分；资料"
                "不规范的，酌情扣1-2分。"),
            Row("计划总结", 7,
                "年初制定“红色物业”年度工作计划，年终形成工作总结报社区党委。无计划扣3分；无总结扣3分；总结报送不及时扣1分。"),
        )),
    ),
)

NOTE = ("说明：1.本表满分100分，各项扣分以该项分值为限；2.考核采取查阅资料、实地查看、入户问卷相结合的方式，由社区"
        "党委于12月中旬组织；3.小区发生重大安全事故或群体性事件的，取消年度评优资格。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["一级指标", "二级指标", "评分细则", "分值"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), Alignment(horizontal="center", vertical="center"))
    ws.row_dimensions[1].height = 32
    xlsx_line(ws, "小区名称：              党支部书记：            物业服务企业：", ncols)
    xlsx_header(ws, header, ncols)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            points = int(row.points) if float(row.points).is_integer() else row.points
            ws.append([s.printed if i == 0 else None, row.text, row.scoring, points])
            ws.cell(ws.max_row, 2).alignment = center
            ws.cell(ws.max_row, 3).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, int(t.total), 4, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 42)
    xlsx_widths(ws, (14, 18, 70, 8))
    wb.save(str(path))
