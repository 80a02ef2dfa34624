"""黄陂区前川街道党工委2026年度社区“三务”公开专项检查评分表 (.xlsx), as a 街道纪工委 and 党建办 check each 社区's
党务、居务、财务公开 together.

A merged title row and a merged "被检查社区：…  检查组成员：…  检查时间：…" row above the header 序号 | 检查项目 |
检查标准 | 分值 | 扣分细则 | 检查得分 | 备注. The four parts are full-width merged banner rows printed "第一部分  党务公开
（35分）"; 序号 runs 1..16 through the sheet across the banners (numbering "printed"). 检查项目 (`Row.indicator`) is a
short label; 检查得分 and 备注 are blank. A 合计 row and two merged 注 rows close the sheet.
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
    name="o_sanwu_gongkai_xlsx",
    fmt="xlsx",
    title="黄陂区前川街道党工委2026年度社区“三务”公开专项检查评分表",
    numbering="printed",
    sections=(
        Section("党务公开", "第一部分  党务公开（35分）", 35, (
            Row("编制社区党务公开目录，明确公开内容、时间和形式，每年年初报街道党工委备案。", 5,
                "无公开目录的扣3分；目录未报备案的扣1分。", indicator="公开目录"),
            Row("党务常规事项每季度公开1次，发展党员、党员处分等阶段性事项随办随公开。", 8,
                "每少公开1次扣1分；阶段性事项未及时公开的，每项扣1分。", indicator="公开时限"),
            Row("党费收缴情况每半年公开1次，公开内容包括应交人数、实交人数和金额。", 6,
                "每少公开1次扣2分；公开数据与党费台账不一致的扣2分。", indicator="党费公开"),
            Row("发展对象、拟接收预备党员在党内外公示，公示期不少于5个工作日。", 6,
                "未公示的，每人扣2分；公示期不足的，每人扣1分。", indicator="发展公示"),
            Row("设立党务公开栏，同步在社区微信公众号或居民微信群公开，每期公开内容拍照存档。", 5,
                "未设立公开栏的扣3分；无线上公开的扣1分；未拍照存档的扣1分。", indicator="公开载体"),
            Row("设立意见箱、公布监督电话，党员群众对公开内容提出的意见15日内答复，答复率达到100%。", 5,
                "答复率每低10个百分点扣1分。", indicator="意见反馈"),
        )),
        Section("居务公开", "第二部分  居务公开（30分）", 30, (
            Row("居务公开每月不少于1次；重大事项决策前公开征求居民意见，决策后公开实施结果。", 8,
                "每少公开1次扣1分；重大事项未公开的，每项扣2分，最高扣4分。", indicator="公开频次"),
            Row("社区重大事项落实“四议两公开”工作法，会议记录完整，决议公开率达到100%。", 8,
                "未执行“四议两公开”的，每项扣2分；决议公开率未达到100%的扣2分。", indicator="四议两公开"),
            Row("低保、临时救助、高龄补贴等惠民政策享受对象名单及标准每季度公开1次，居民知晓率达到90%。", 8,
                "享受对象名单未公开的本项不得分；每少公开1次扣1分；知晓率低于90%的扣2分。", indicator="惠民政策"),
            Row("每两个月召开1次居民议事会或居民代表会议，议事结果7日内公开。", 6,
                "每少召开1次扣1分；议事结果未公开的，每次扣0.5分。", indicator="居民议事"),
        )),
        Section("财务公开", "第三部分  财务公开（25分）", 25, (
            Row("社区财务收支每月公开1次，公开到具体项目，单笔5000元以上的支出逐笔公开。", 8,
                "每少公开1次扣1分；公开笼统、只公布收支总数的扣2分。", indicator="收支公开"),
            Row("财务公开前须经社区居务监督委员会审核，审核人员签字确认。", 6,
                "未经审核即公开的，每次扣1分，最高扣4分；审核无签字的扣1分。", indicator="监督审核"),
            Row("建立社区集体资产台账，资产资源出租、承包情况每年公开1次。", 5,
                "无资产台账的扣2分；出租承包情况未公开的扣3分。", indicator="资产资源"),
            Row("配合开展年度财务审计，审计结果向居民公开，审计发现问题整改率达到100%。", 6,
                "审计结果未公开的扣2分；整改率每低10个百分点扣1分；截留挪用集体资金的，实行一票否决，本项不得分。",
                indicator="审计整改"),
        )),
        Section("档案与评议", "第四部分  档案与评议（10分）", 10, (
            Row("“三务”公开资料按年度分类归档，公开内容照片、公开底稿、征求意见表保存期不少于3年。", 6,
                "资料每缺1项扣1分；未按年度归档的扣2分。", indicator="资料归档"),
            Row("年底组织党员群众对“三务”公开工作进行满意度测评，满意度达到90%以上。", 4,
                "未组织测评的不得分；满意度每低1个百分点扣0.2分。", indicator="群众评议"),
        )),
    ),
)

NOTES = (
    "注：1.检查采取查阅资料、实地查看公开栏、随机走访居民相结合的方式，各项扣分以该项分值为限，扣完为止。",
    "2.检查得分低于70分的社区，由街道纪工委约谈社区党组织书记，限期1个月整改。",
)


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["序号", "检查项目", "检查标准", "分值", "扣分细则", "检查得分", "备注"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "三务公开检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "被检查社区：                检查组成员：                      检查时间：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    number = 1
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            points = int(row.points) if float(row.points).is_integer() else row.points
            ws.append([number, row.indicator, row.text, points, row.scoring, None, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
    xlsx_total_row(ws, int(t.total), 4, ncols, center)
    xlsx_borders(ws, 3, ncols)
    for note in NOTES:
        xlsx_note(ws, note, ncols, 20)
    xlsx_widths(ws, (6, 12, 48, 6, 44, 9, 10))
    wb.save(str(path))
