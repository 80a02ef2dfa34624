"""宁乡市煤炭坝镇党委2026年度村党组织“积分制”乡村治理考核评分表 (.xlsx), as a 镇党委 scores each 村党组织 on the
“积分制” (household points) way of village governance: 组织建设, 积分管理, 治理成效, 群众评价.

A merged title row and a merged "村名：… 考核时间：…" line above the header 类别 | 序号 | 考核内容 | 分值 | 扣分标准 |
加分标准 | 得分. Each category is printed TWICE: as a full-width merged banner row "一、组织建设（20分）" AND in the 类别
column (plain name, merged down its rows). 序号 restarts at 1 in every category (ids "2.3"). The 扣分标准 column is the
item's scoring (`Row.scoring`); a separate 加分标准 column holds bonus rules ("—" where there are none), kept in BONUS.
得分 is blank. A 合计 row and a merged 说明 row (加分 capped) close the sheet.
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
    name="r_cun_jifenzhi_xlsx",
    fmt="xlsx",
    title="宁乡市煤炭坝镇党委2026年度村党组织“积分制”乡村治理考核评分表",
    numbering="restart",
    sections=(
        Section("组织建设", "一、组织建设（20分）", 20, (
            Row("村“两委”班子成员中35岁以下的不少于1名，高中（中专）及以上学历的占比达到80%。", 6,
                "无35岁以下成员的扣2分；学历占比每低10个百分点扣1分。"),
            Row("党支部每月召开支委会，每季度召开党员大会、上党课，村党组织书记每年讲党课不少于1次。", 8,
                "每少一次扣0.5分，最高扣4分；书记未讲党课的扣2分。"),
            Row("党员按月交纳党费，党费收缴台账与党员花名册一致。", 6,
                "台账与花名册不一致的扣2分；欠交党费的，每人扣1分。"),
        )),
        Section("积分管理", "二、积分管理（35分）", 35, (
            Row("制定村级“积分制”管理实施办法，经村民代表会议表决通过，并在村务公开栏公布。", 7,
                "无实施办法的本项不得分；未经村民代表会议表决的扣3分；未公开的扣2分。"),
            Row("以户为单位建立积分档案，农户建档率达到95%以上。", 7,
                "建档率每低5个百分点扣1分。"),
            Row("积分每月评定一次，评定结果每月在村务公开栏或村民微信群公示，公示不少于3天。", 8,
                "每少评定一次扣1分；每少公示一次扣1分。"),
            Row("设立积分兑换超市，每季度至少开放兑换1次，兑换台账清楚。", 7,
                "每少兑换一次扣1.5分；无兑换台账的扣2分。"),
            Row("每半年评选一次“积分之星”示范户，评选结果张榜公布并有照片留存。", 6,
                "未评选的扣3分；无照片的扣1分。"),
        )),
        Section("治理成效", "三、治理成效（30分）", 30, (
            Row("党员带头参与积分管理，每名党员联系农户不少于10户，党员积分排名在全村前30%的比例不低于70%。", 8,
                "联系农户不足的，每人扣0.5分；比例未达到70%的扣2分。"),
            Row("村级重大事项落实“四议两公开”，年内召开村民代表会议不少于4次。", 7,
                "每少开一次扣1.5分；重大事项未经“四议两公开”的，每项扣2分。"),
            Row("矛盾纠纷排查每月不少于一次，调解成功率达到98%，全年无越级上访。", 8,
                "排查每少一次扣0.5分；调解成功率每低1个百分点扣0.5分；发生越级上访的，每起扣2分。"),
            Row("开展人居环境整治，村内主干道、房前屋后干净整洁，考核组随机抽查农户20户。", 7,
                "抽查不合格的，每户扣0.5分，扣完为止。"),
        )),
        Section("群众评价", "四、群众评价（15分）", 15, (
            Row("年底召开村民代表会议，对“积分制”工作开展满意度测评，满意度不低于85%。", 10,
                "满意度每低1个百分点扣0.5分；低于70%的不得分。"),
            Row("年终形成“积分制”工作总结，总结有数据、有典型、有问题分析。", 5,
                "无总结的扣5分；内容空泛的酌情扣1-2分。"),
        )),
    ),
)

BONUS = (
    ("班子成员中有本科学历的加0.5分。", "党课被县委组织部评为精品党课的加1分。", "—"),
    ("—", "—", "积分评定全程在县级“积分制”信息平台留痕的加1分。", "—", "示范户被市级以上媒体宣传报道的，每户加0.5分，最多加1分。"),
    ("—", "—", "—", "被评为市级美丽屋场的加1分。"),
    ("—", "—"),
)

NOTE = "说明：加分项累计不超过5分；扣分以该项分值为限；村党组织书记年内受党纪处分的，考核等次不得评为“优秀”。"


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["类别", "序号", "考核内容", "分值", "扣分标准", "加分标准", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "积分制考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15), center)
    xlsx_line(ws, "村名：                    考核时间：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    for s, bonus in zip(t.sections, BONUS, strict=True):
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        first = ws.max_row + 1
        for i, (row, extra) in enumerate(zip(s.rows, bonus, strict=True), 1):
            ws.append([s.name if i == 1 else None, i, row.text, row.points, row.scoring, extra, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 30)
    xlsx_widths(ws, (10, 6, 46, 7, 40, 30, 8))
    wb.save(str(path))
