"""临江市鼓楼区华林街道2026年度驻区单位党组织和在职党员进社区考核评分表 (.xlsx), as a 街道党工委 scores the 机关企事业
单位 党组织 whose 在职党员 report to its 社区 ("双报到"): 报到对接, 服务实效, 管理考评.

A merged title row, a merged "被考核单位（盖章）：… 联系社区：…" line and a merged "考核时间：…" line above the header
考核项目 | 序号 | 考核内容 | 评分标准 | 分值 | 查验方式 | 得分. 考核项目 (the category) is merged down its rows and printed
without an ordinal, name and points on one line ("报到对接（25分）"). 序号 restarts at 1 under every 考核项目 (ids
"c.i", numbering "restart"). 评分标准 stands BEFORE 分值. Rules: fixed and per-unit deductions, "每低1个百分点…最高扣
4分", "最多扣4分", "扣完为止", "扣1-2分", "不得分", "本项不得分", a band list with "（含）", "未经社区确认的不计入". 查验
方式 (`Row.method`) says how the row is checked (查阅资料 / 平台核查 / 社区评价 / 问卷调查). 得分 is blank. A 合计 row
(合计 merged over 考核项目..评分标准) and two merged note rows ("说明：" then "1.…2.…") close the sheet.
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
    name="q_zaizhi_jinshequ_xlsx",
    fmt="xlsx",
    title="临江市鼓楼区华林街道2026年度驻区单位党组织和在职党员进社区考核评分表",
    numbering="restart",
    sections=(
        Section("报到对接", "报到对接（25分）", 25, (
            Row("单位党组织年初到联系社区报到，签订共驻共建协议，明确共建项目和双方联系人。", 6,
                "未报到的本项不得分；未签订协议的扣3分；协议无具体共建项目的扣1分。", "查阅资料"),
            Row("在职党员报到率达到100%，报到党员信息录入“红色报到”管理平台，报到党员名册报社区党组织备案。", 6,
                "报到率每低1个百分点扣0.5分，最高扣4分；名册未备案的扣2分。", "平台核查"),
            Row("单位党组织书记上下半年各到社区调研一次，与社区党组织书记共同研究共建事项。", 5,
                "调研每少一次扣2分。", "查阅资料"),
            Row("单位每年参加社区“大党委”联席会议不少于2次，认领社区需求清单项目不少于3项。", 8,
                "参会每少1次扣1分；认领项目每少1项扣1.5分。", "查阅资料"),
        )),
        Section("服务实效", "服务实效（45分）", 45, (
            Row("在职党员每人每年到社区参加志愿服务不少于4次，累计服务时间不少于12小时。", 10,
                "人均服务次数每少1次扣1分；服务时间不足12小时的，每人扣0.2分，最多扣4分。", "平台核查"),
            Row("在职党员就近编入社区网格，每人联系居民不少于5户，每两个月入户走访1次。", 8,
                "未编入网格的，每人扣0.5分；走访记录每缺1次扣0.2分，扣完为止。", "查阅资料、社区评价"),
            Row("单位发挥自身资源优势为社区办实事，全年完成共建项目不少于2个，完成情况经社区党组织书面确认。", 9,
                "每少完成1个项目扣3分；未经社区确认的不计入。", "查阅资料"),
            Row("在防汛、疫情防控、文明城市创建等急难险重任务中按社区要求派员到岗，响应率不低于90%。", 8,
                "响应率90%以上得8分，80%（含）—90%得5分，70%（含）—80%得2分，70%以下不得分。", "社区评价"),
            Row("在职党员在社区亮身份、作表率，每年参加社区主题党日活动不少于2次，活动签到并留存照片。", 5,
                "每少参加1次扣1分；无签到或照片的扣1分。", "查阅资料"),
            Row("居民群众对报到单位及在职党员服务的满意率达到百分之九十。", 5,
                "满意率每低5个百分点扣1分；满意率低于70%的本项不得分。", "问卷调查"),
        )),
        Section("管理考评", "管理考评（30分）", 30, (
            Row("单位党组织建立在职党员进社区工作台账，逐人登记报到和服务情况，每季度与社区核对一次。", 6,
                "无工作台账的扣3分；每少核对1次扣0.5分。", "查阅台账"),
            Row("社区党组织每半年向报到单位反馈一次在职党员表现情况，单位将反馈意见作为年终党员民主评议的重要参考。", 6,
                "单位未运用反馈结果的扣3分；在职党员全年未到社区参加活动且无正当理由的，每人扣1分。", "查阅资料、社区评价"),
            Row("单位党组织年底形成在职党员进社区工作总结，内容具体，报送街道党工委。", 4,
                "未报送的不得分；内容空泛的扣1-2分。", "查阅资料"),
            Row("单位党员领导干部带头到社区报到服务，每人年内参加社区活动不少于3次。", 6,
                "党员领导干部参加活动每缺1人次扣1分，最高扣4分。", "平台核查"),
            Row("对社区交办的居民诉求事项按期办结，办结率达到95%以上，办理情况及时反馈社区。", 8,
                "办结率每低1个百分点扣0.5分；逾期未反馈的，每件扣0.5分，最多扣3分。", "查阅资料"),
        )),
    ),
)

NOTES = (
    "说明：",
    "1.本表由联系社区党组织初评、街道党工委复核，考核结果抄送报到单位上级党组织，作为单位党建工作考核和评先评优的"
    "重要依据；2.在职党员服务情况以“红色报到”管理平台记录为准，各项扣分以该项分值为限。",
)


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["考核项目", "序号", "考核内容", "评分标准", "分值", "查验方式", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "被考核单位（盖章）：                                联系社区：", ncols)
    xlsx_line(ws, "考核时间：2026年    月    日", ncols)
    xlsx_header(ws, header, ncols)
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([s.printed if i == 1 else None, i, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, 4, ncols)
    xlsx_line(ws, NOTES[0], ncols)
    xlsx_note(ws, NOTES[1], ncols, 44)
    xlsx_widths(ws, (14, 6, 46, 44, 7, 14, 8))
    wb.save(str(path))
