"""中共宜昌市伍家岗区大公桥街道工作委员会2026年度居民小区党支部工作考评评分表 (.xlsx), as the 街道党工委 考评组 scores
each 居民小区党支部 (built in 商品房小区、老旧小区 under the 社区党委) on 组织建设、教育管理、服务治理、基础保障.

A merged title row and a merged "被考评党支部：…  所属社区：…" line above the header 考评项目 | 序号 | 考评内容 | 标准分 |
评分办法 | 自评分 | 考评得分. The categories are MERGED CELLS down the 考评项目 column, printed "组织建设\\n（24分）" (the
category name is "组织建设"). 序号 runs 1..14 through the sheet (numeric cells). 标准分 is a plain number. 自评分 and
考评得分 are blank. A 总分 row (the label merged over 考评项目..考评内容, the total under 标准分) and a merged 备注 row
close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="x_xiaoqu_zhibu_kaoping_xlsx",
    fmt="xlsx",
    title="中共宜昌市伍家岗区大公桥街道工作委员会2026年度居民小区党支部工作考评评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "组织建设\n（24分）", 24, (
            Row("小区党支部按期换届，支部委员会由3至5人组成，其中业委会或物业服务企业中的党员至少1名；支部书记年龄一般"
                "不超过60周岁。", 6,
                "未按期换届的扣3分；支委中无业委会或物业服务企业党员的扣1分；书记年龄不符合要求的扣1分。"),
            Row("支委会每月召开1次，研究小区治理重要事项；党员大会每季度召开1次，党员到会率不低于80%。", 10,
                "支委会每少1次扣0.5分；党员大会每少1次扣1.5分；到会率每低5个百分点扣1分，最高扣3分。"),
            Row("建立小区党员花名册，按楼栋标注在职党员、离退休党员、流动党员，党员信息每半年核对一次。", 8,
                "无花名册的扣4分；花名册信息不全的，酌情扣1-2分；未按时核对的，每次扣1分。"),
        )),
        Section("教育管理", "教育管理\n（26分）", 26, (
            Row("每月固定日期开展主题党日活动，全年不少于12次，活动做到有方案、有签到、有照片。", 8,
                "每少1次扣1分；活动资料缺项的，每次扣0.5分，最高扣2分。"),
            Row("支部书记每年为党员讲党课不少于2次；邀请小区老党员、先进典型讲微党课不少于1次。", 6,
                "书记党课每少1次扣2分；未开展微党课的扣1分。"),
            Row("每年召开1次组织生活会，开展民主评议党员，评议结果报街道党工委备案。", 7,
                "未召开组织生活会的扣4分；未开展民主评议的扣2分；未报备案的扣1分。"),
            Row("党员按月交纳党费，支部建立党费收缴台账，年底在小区公示栏公示党费收缴情况。", 5,
                "无党费收缴台账的扣3分；未公示的扣2分。"),
        )),
        Section("服务治理", "服务治理\n（30分）", 30, (
            Row("推行“党员联户”，每名党员联系10至15户居民，每季度至少走访联系户1次，建立走访记录。", 8,
                "联户未全覆盖的扣2分；走访每少1次扣0.5分，最高扣4分。"),
            Row("每月召开1次小区“红色议事会”，由小区党支部牵头，业委会、物业服务企业、居民代表共同参与，协商解决停车、"
                "加装电梯、环境卫生等问题。", 8,
                "每少召开1次扣0.5分；议定事项未落实的，每件扣1分。"),
            Row("组织在职党员和小区党员参加志愿服务，每名党员全年不少于6次，年累计服务时长不少于12小时。", 7,
                "党员参与率低于80%的扣2分；服务时长不足的，每人扣0.2分，最高扣3分。"),
            Row("建立小区居民诉求台账，诉求办结率达到95%以上，居民对物业服务的投诉量较上年下降。", 7,
                "无诉求台账的扣2分；办结率每低1个百分点扣0.5分；投诉量较上年上升的扣1分。"),
        )),
        Section("基础保障", "基础保障\n（20分）", 20, (
            Row("小区党群服务站（点）有固定场所，标识统一，制度上墙，每周开放不少于5天。", 6,
                "无固定场所的本项不得分；标识、制度不规范的扣2分。"),
            Row("年初制定支部工作计划，7月上旬形成半年小结，年底形成年度工作总结，按时报街道党工委。", 6,
                "计划、年度总结每缺一项扣2分；未形成半年小结的扣1分。"),
            Row("年底由街道党工委组织小区居民对党支部工作进行满意度测评，满意率不低于85%。", 8,
                "满意率90%以上得8分，85%（含）至90%得6分，80%（含）至85%得3分，80%以下不得分。"),
        )),
    ),
)

NOTE = ("备注：1.考评采取查阅资料、实地查看、入户走访相结合的方式，每项扣分以该项标准分为限；2.小区发生群体性事件或"
        "党员违纪违法造成不良影响的，年度考评不得评为“优秀”；3.考评结果分为优秀（90分以上）、良好（80—89分）、一般"
        "（60—79分）、较差（60分以下）。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["考评项目", "序号", "考评内容", "标准分", "评分办法", "自评分", "考评得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "小区党支部考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "被考评党支部：                          所属社区：                    考评时间：2026年12月", ncols)
    xlsx_header(ws, header, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            number += 1
            ws.append([s.printed if ws.max_row + 1 == top else None, number, row.text, row.points, row.scoring,
                       None, None])
            ws.cell(ws.max_row, 3).alignment = wrap
            ws.cell(ws.max_row, 5).alignment = wrap
            ws.cell(ws.max_row, 2).alignment = center
            ws.cell(ws.max_row, 4).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.append(["总分", None, None, t.total, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (11, 6, 50, 8, 46, 8, 9))
    wb.save(str(path))
