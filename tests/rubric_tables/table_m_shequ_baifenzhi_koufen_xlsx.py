"""桃源街道2026年度社区党建工作百分制考核扣分细则 (.xlsx), as a 街道党建办 carries it on its spot checks of the 社区:
every rule is a "每发现一处…扣N分" the inspectors tick off as they go.

A merged title row, a merged "检查社区：… 检查日期：… 检查人员：…" row above the header 考核模块 | 考核标准 | 扣分情形 |
标准分 | 检查方法 | 扣分记录. No 序号 column (the importer numbers items by position). 考核模块 (the category) is merged
down its rows, printed with its points on one line ("组织建设（25分）"); 扣分情形 stands BEFORE 标准分. Rules: "每发现一处
…扣N分", "最高扣5分", "每少…扣", "每低1个百分点扣…", "每缺一项扣2分", fixed deductions. 检查方法 (`Row.method`) is how
the inspectors look (查阅资料 / 实地查看 / 抽查 / 电话回访). 扣分记录 is blank. A 合计 row and a merged 备注 row close the
sheet.
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
    name="m_shequ_baifenzhi_koufen_xlsx",
    fmt="xlsx",
    title="桃源街道2026年度社区党建工作百分制考核扣分细则",
    numbering="position",
    sections=(
        Section("组织建设", "组织建设（25分）", 25, (
            Row("社区党委每月召开1次党委会议，研究部署党建重点工作，“三重一大”事项集体研究决定。", 8,
                "党委会议每少开1次扣1分；每发现一处重大事项未经集体研究的扣2分。", "查阅资料"),
            Row("网格党支部每月召开支委会，党小组每月开展1次学习，全体党员会议每季度召开1次。", 8,
                "每发现一处少开扣0.5分，最高扣5分。", "查阅资料、抽查"),
            Row("社区“两委”成员中党员比例不低于60%，书记、主任“一肩挑”。", 9,
                "党员比例未达到60%的扣3分；未实行“一肩挑”的扣3分。", "查阅资料"),
        )),
        Section("党员管理", "党员管理（25分）", 25, (
            Row("党员按月足额交纳党费，党费收缴台账逐月登记。", 6,
                "每发现一人次未按月交纳扣0.5分；台账每发现一处登记错误扣0.5分。", "查阅资料"),
            Row("每年召开组织生活会并开展民主评议党员，党员参评率达到100%。", 7,
                "未召开组织生活会的扣5分；参评率每低1个百分点扣0.5分。", "查阅资料"),
            Row("每季度开展1次党员谈心谈话，书记与每名支委每年谈话不少于1次。", 6,
                "每发现一处谈心谈话未开展扣1分。", "查阅资料、抽查"),
            Row("在职党员到社区报到率100%，报到党员每年参加社区活动不少于2次、服务时长不少于8小时。", 6,
                "报到率每低1个百分点扣0.2分；每发现一名报到党员未参加活动扣0.2分，最多扣2分。", "查阅资料、电话回访"),
        )),
        Section("服务治理", "服务治理（30分）", 30, (
            Row("每季度召开1次社区党建联席会议，与辖区单位签订共建协议不少于4家。", 8,
                "联席会议每少1次扣1.5分；共建协议每少1家扣1分。", "查阅资料"),
            Row("每两个月开展1次党员志愿服务，活动有记录、有照片。", 7,
                "每少开展1次扣1分；每发现一次活动无照片扣0.5分。", "查阅资料"),
            Row("建立居民诉求“接诉即办”台账，诉求响应及时，群众满意率达到90%以上。", 8,
                "无台账的扣3分；每发现一件诉求超期未办扣1分；满意率低于90%的扣2分。", "查阅资料、电话回访"),
            Row("党群服务中心每天开放不少于8小时，功能室标识规范，服务事项公示上墙。", 7,
                "检查时每发现一处不规范扣1分。", "实地查看"),
        )),
        Section("基础工作", "基础工作（20分）", 20, (
            Row("年初制定党建工作计划，年中报送半年小结，年底形成工作总结。", 6,
                "每缺一项扣2分。", "查阅资料"),
            Row("建立健全“三会一课”、党员联系群众、党务公开等制度。", 4,
                "每缺一项制度扣1分。", "查阅资料"),
            Row("党务公开栏每月更新1次，公开内容真实完整。", 4,
                "每少更新1次扣0.5分；每发现一处公开内容失实扣1分。", "实地查看"),
            Row("党建台账分类装盒，党员花名册、会议记录、活动照片齐全规范。", 6,
                "每发现一处缺失扣0.5分；不规范的每处扣0.2分。", "查阅资料"),
        )),
    ),
)

NOTE = "备注：1.每个考核模块扣分不超过该模块标准分；2.检查人员须在“扣分记录”栏写明扣分事由；3.本细则由街道党建办负责解释。"


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["考核模块", "考核标准", "扣分情形", "标准分", "检查方法", "扣分记录"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "扣分细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "检查社区：                    检查日期：2026年  月  日          检查人员：", ncols)
    xlsx_header(ws, header, ncols)
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            points = int(row.points) if float(row.points).is_integer() else row.points
            ws.append([s.printed if i == 0 else None, row.text, row.scoring, points, row.method, None])
            for c in (2, 3):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (4, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, int(t.total), 4, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 30)
    xlsx_widths(ws, (14, 46, 44, 8, 14, 12))
    wb.save(str(path))
