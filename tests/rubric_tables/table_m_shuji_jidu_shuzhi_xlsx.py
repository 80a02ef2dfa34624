"""梧桐街道党工委2026年第二季度社区党组织书记抓党建工作述职考评表 (.xlsx), as a 街道党工委 scores each 社区党组织书记
at the quarterly 述职会: every frequency is the quarter's (本季度 / 季度内), or a month inside it.

A merged title row and a merged "社区：… 书记：… 述职时间：…" row above the header 考评板块 | 序号 | 考评要素 | 分值 |
扣分标准 | 考评扣分 | 扣分说明. 考评板块 (the category) is merged down its rows and printed on one line with its points
("一、政治引领（20分）"); 序号 runs 1..N through the sheet. 考评要素 is the requirement, 扣分标准 the rules: fixed and
per-unit deductions, "每低5个百分点扣0.5分", "每低1个百分点扣0.2分", "视情扣1—3分", "最多扣2分", one band list, "本项
不得分", "实行一票否决，本项不得分", "综合评定". 考评扣分 and 扣分说明 are blank. A 合计 row and a merged 说明 row close the
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
    name="m_shuji_jidu_shuzhi_xlsx",
    fmt="xlsx",
    title="梧桐街道党工委2026年第二季度社区党组织书记抓党建工作述职考评表",
    numbering="printed",
    sections=(
        Section("政治引领", "一、政治引领（20分）", 20, (
            Row("本季度组织党员集中学习不少于3次，书记领学不少于1次，党员参学率不低于85%。", 7,
                "集中学习每少1次扣1分；书记未领学的扣1分；参学率低于85%的扣2分。"),
            Row("书记本季度为党员讲专题党课1次，讲稿留存备查。", 5,
                "未讲党课的本项不得分；无讲稿的扣1分。"),
            Row("季度内开展1次意识形态分析研判，网络负面舆情处置及时，社区居民微信群管理规范。", 8,
                "未开展研判的扣3分；舆情处置不及时、微信群管理不规范的，视情扣1—3分。"),
        )),
        Section("组织建设", "二、组织建设（35分）", 35, (
            Row("支部委员会会议每月召开不少于1次，全体党员会议本季度召开1次，党小组会每月开展1次。", 10,
                "会议每少开1次扣1分；会议无签到的，每次扣0.5分。"),
            Row("每月25日开展固定党日活动，活动有方案、有照片，党员到会率达到80%以上。", 8,
                "固定党日每少1次扣1.5分；缺方案或照片的，每缺1项扣0.5分；到会率每低5个百分点扣0.5分。"),
            Row("入党积极分子每季度考察1次，发展党员严格履行程序，发展对象公示不少于5个工作日。", 6,
                "考察每少1次扣1分；发展程序不规范的，发现1处扣2分。"),
            Row("党员按月足额交纳党费，季度末核对党费收缴台账，交纳情况在支部内公布。", 5,
                "发现1人次未按月交纳的扣0.5分；季度末未核对的扣1分；未公布的扣1分。"),
            Row("流动党员每月通过电话或微信联系不少于1次，建立流动党员联系台账。", 6,
                "无联系台账的扣2分；联系每少1次扣0.5分。"),
        )),
        Section("服务群众", "三、服务群众（30分）", 30, (
            Row("本季度召开“大党委”成员单位联席会议1次，成员单位到会率不低于80%，形成会议纪要并分解任务清单。", 8,
                "联席会议未召开的扣4分；到会率低于80%的扣1分；无任务清单的扣1分。"),
            Row("组织党员志愿者开展志愿服务，本季度不少于3次，每名在职党员季度内服务时长不少于4小时。", 8,
                "志愿服务每少1次扣1分；服务时长不达标的，每人扣0.2分，最多扣2分。"),
            Row("网格党员每月入户走访联系户，群众诉求办结率达到90%以上，民情台账记录翔实。", 7,
                "走访每少1次扣0.5分；办结率每低1个百分点扣0.2分；民情台账记录不翔实的酌情扣分。"),
            Row("居民对社区党组织书记本季度工作的满意度达到85%以上。", 7,
                "满意度90%以上得7分，85%—90%得5分，80%—85%得3分，80%以下不得分。"),
        )),
        Section("述职表现", "四、述职表现（15分）", 15, (
            Row("书记在季度述职会上脱稿述职，述职报告查摆问题具体、整改措施明确，上季度查摆问题整改销号。", 8,
                "未述职的本项不得分；问题查摆不具体的扣2分；上季度问题未整改销号的，每项扣1分。"),
            Row("班子成员团结协作，书记履行第一责任人职责到位，本季度社区无违纪违法案件和重大安全事故。", 7,
                "由街道党工委考评组综合评定；发生违纪违法案件或重大安全事故的，实行一票否决，本项不得分。"),
        )),
    ),
)

NOTE = ("说明：1.本表每季度考评一次，季度考评结果按25%折算计入年度考核；2.各项扣分以该项分值为限；3.季度考评得分"
        "低于70分的，由街道党工委书记对社区党组织书记进行约谈。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["考评板块", "序号", "考评要素", "分值", "扣分标准", "考评扣分", "扣分说明"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "季度述职考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="仿宋_GB2312", size=15, bold=True), center)
    xlsx_line(ws, "社区：                    书记：              述职时间：2026年7月  日", ncols)
    xlsx_header(ws, header, ncols)
    number = 1
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            points = int(row.points) if float(row.points).is_integer() else row.points
            ws.append([s.printed if i == 0 else None, number, row.text, points, row.scoring, None, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, int(t.total), 4, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (14, 6, 46, 7, 46, 9, 12))
    wb.save(str(path))
