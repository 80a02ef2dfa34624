"""晴隆县三宝街道党工委2026年度易地扶贫搬迁安置社区党建工作考核细则 (.xlsx), as a 县 relocation 街道 scores the 社区党委
of its resettlement estates: 搬迁党员 whose 组织关系 come from the 迁出地, 楼栋党小组, 就业 and 后续扶持, 双语宣讲.

A merged title row, a merged scope line "（适用于三宝街道各易地扶贫搬迁安置社区党委）" and a "考核社区：… 考核时间：…"
row above the header 序号 | 考核内容 | 评分细则 | 分值 | 佐证材料 | 自评得分 | 考核得分. The four categories are full-width
merged banner rows printed "（一）组织体系建设（20分）"; 序号 restarts at 1 under every banner (ids "c.i", numbering
"restart"). 评分细则 stands BEFORE 分值. 佐证材料 (`Row.method`) names the papers the 社区 hands in. A 总分 row (label
"总分", not 合计) and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="o_yidi_banqian_shequ_xlsx",
    fmt="xlsx",
    title="晴隆县三宝街道党工委2026年度易地扶贫搬迁安置社区党建工作考核细则",
    numbering="restart",
    sections=(
        Section("组织体系建设", "（一）组织体系建设（20分）", 20, (
            Row("按照“社区党委—网格党支部—楼栋党小组”健全组织体系，每个楼栋明确1名党员楼栋长；搬迁党员组织关系转入"
                "安置社区的比例达到95%以上。", 7,
                "组织体系不健全的扣2分；组织关系转入比例每低1个百分点扣0.5分，最高扣3分。",
                "组织设置批复文件、党员花名册"),
            Row("社区党委书记年龄在50周岁以下、具有大专及以上学历，班子中至少有1名来自搬迁群众的成员。", 6,
                "书记年龄或学历不符合要求的扣2分；班子中无搬迁群众成员的扣2分。",
                "班子成员名册"),
            Row("与迁出地乡镇党委建立党员“双向管理”联系机制，每半年召开1次联席会议，搬迁党员做到“一人一档”。", 7,
                "未建立联系机制的扣2分；联席会议每少1次扣1分；党员档案不全的，每人扣0.2分，最高扣2分。",
                "联系机制文件、会议纪要、党员档案"),
        )),
        Section("党员教育管理", "（二）党员教育管理（25分）", 25, (
            Row("网格党支部每月召开支委会，每季度召开党员大会、上党课；每季度开展汉语、民族语言双语政策宣讲不少于1次。", 8,
                "会议、党课每少1次扣0.5分；未开展双语宣讲的扣2分。",
                "会议记录、签到表"),
            Row("搬迁党员每人每年参加集中培训不少于24学时，其中实用技能培训全年不少于1次。", 5,
                "学时不达标的，每人扣0.2分，最高扣2分；未组织技能培训的扣2分。",
                "培训通知、签到表、培训照片"),
            Row("党员按月交纳党费，搬迁党员党费交纳情况与迁出地逐人核对，党费收缴情况每年公开2次。", 4,
                "欠交党费的，每人次扣0.2分；党费收缴情况未公开的扣1分。",
                "党费收缴台账"),
            Row("为有能力的搬迁党员设岗定责，党员亮身份、作承诺，承诺践诺率达到90%。", 4,
                "未开展设岗定责的扣2分；践诺率低于90%的扣1分。",
                "设岗定责名单、党员承诺书"),
            Row("注重从致富带头人、返乡青年中培养入党积极分子，每年至少确定入党积极分子2名。", 4,
                "每少1名扣1分。",
                "入党积极分子名册"),
        )),
        Section("服务搬迁群众", "（三）服务搬迁群众（35分）", 35, (
            Row("建立搬迁劳动力就业台账，有劳动力的搬迁家庭至少1人稳定就业，搬迁劳动力就业率达到90%以上。", 10,
                "就业率95%以上得10分，90%（含）—95%得7分，85%（含）—90%得4分，85%以下不得分；无就业台账的扣2分。",
                "就业台账"),
            Row("党员干部结对联系搬迁户，每月入户走访不少于1次，走访情况记入民情日志。", 7,
                "走访每少1次扣0.2分，最高扣3分；民情日志记录不实的，酌情扣分。",
                "结对联系名单、民情日志"),
            Row("组建党员志愿服务队，每月开展“四点半课堂”、助老助残等志愿服务不少于1次。", 6,
                "每少开展1次扣0.5分。",
                "志愿服务队名单、活动照片"),
            Row("每月开展1次矛盾纠纷排查，矛盾纠纷化解率达到98%，不发生因搬迁引发的群体性事件。", 6,
                "排查每少1次扣0.5分；化解率每低1个百分点扣0.5分；发生群体性事件的本项不得分。",
                "矛盾纠纷排查台账"),
            Row("每季度召开1次搬迁群众代表座谈会，收集后续扶持意见建议，意见建议办结率100%。", 6,
                "座谈会每少1次扣1分；办结率低于100%的扣1分。",
                "座谈会记录、意见建议办理台账"),
        )),
        Section("文明融入", "（四）文明融入（20分）", 20, (
            Row("每季度开展1次“感党恩、听党话、跟党走”宣讲或民族团结进步主题活动。", 6,
                "每少开展1次扣1.5分。",
                "活动方案、照片"),
            Row("制定居民公约，每年开展1次“文明家庭”评选，评选结果公示。", 6,
                "无居民公约的扣2分；未开展评选的扣2分；评选结果未公示的扣1分。",
                "居民公约、评选公示照片"),
            Row("年底开展搬迁群众满意度测评，满意度不低于90%。", 8,
                "未开展测评的不得分；满意度每低1个百分点扣0.5分，扣完为止。",
                "测评汇总表"),
        )),
    ),
)

SCOPE = "（适用于三宝街道各易地扶贫搬迁安置社区党委）"
NOTE = ("说明：1.本细则满分100分，各项扣分以该项分值为限；2.佐证材料须为2026年1月1日至12月31日期间形成的原始资料；"
        "3.发生重大安全事故或重大群体性事件的社区，年度考核实行一票否决。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["序号", "考核内容", "评分细则", "分值", "佐证材料", "自评得分", "考核得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, SCOPE, ncols)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_line(ws, "考核社区：                              考核时间：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            points = int(row.points) if float(row.points).is_integer() else row.points
            ws.append([i, row.text, row.scoring, points, row.method, None, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, int(t.total), 4, ncols, center, label="总分")
    xlsx_borders(ws, 4, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 48, 44, 6, 22, 9, 9))
    wb.save(str(path))
