"""凤栖街道2026年度社区党组织党建工作台账检查评分表 (.xlsx), as a street's 党建办 carries it round the 社区 at a
台账 check: an archive checklist where each row names one 台账 and what must be in it.

A merged title row, a merged "检查单位：  被检查党组织：  检查日期：" line, then 序号 | 台账名称及检查要求 | 分值 |
评分标准 | 检查得分 | 扣分原因. Sections are merged rows across the sheet with "（一）" ordinals ("（一）组织建设类台账
（30分）"); 序号 runs 1..N through them. Each 台账名称及检查要求 cell opens with the 台账's name and a "：" before what
the inspectors look for ("党员花名册：…"), all in the one cell. 评分标准 is terse ("缺一项扣1分，扣完为止", "资料不规范的
每处扣0.5分"); 检查得分 / 扣分原因 are blank. A 合计 row, a merged 备注 row with numbered notes and a 检查人员签字 row
close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_total_row, xlsx_widths
from .model import Row, Section, Table, _fmt  # noqa: F401

TABLE = Table(
    name="a_taizhang_jiancha_xlsx",
    fmt="xlsx",
    title="凤栖街道2026年度社区党组织党建工作台账检查评分表",
    numbering="printed",
    sections=(
        Section("组织建设类台账", "（一）组织建设类台账（30分）", 30, (
            Row("党组织设置及换届资料：党组织成立批复、换届选举请示、选举结果报告及上级批复，按届次装订成册。", 4,
                "缺一项扣1分，扣完为止；未装订成册的扣0.5分。"),
            Row("党员花名册：在册党员、预备党员、流动党员分类登记，姓名、性别、出生年月、入党时间、学历、工作单位等信息"
                "齐全，每半年更新一次。", 5,
                "无花名册的扣3分；信息每缺一项扣0.2分，最多扣1分；未按时更新的扣1分。"),
            Row("班子分工及履职记录：支部委员分工表、委员年度履职情况记录。", 3,
                "缺一项扣1.5分。"),
            Row("支部委员会会议记录本：支委会每月至少召开1次，记录议题、讨论情况和决定事项。", 5,
                "每少一次记录扣0.5分；记录要素不全的每次扣0.2分，最高扣1分。"),
            Row("党员大会及党小组会会议记录：党员大会每季度至少召开1次，党小组会每两个月至少召开1次，会议签到表附后。", 5,
                "每少一次记录扣0.5分；缺签到表的每次扣0.2分。"),
            Row("党课记录：党课每季度1次，书记全年讲党课不少于2次，留存讲稿或课件。", 4,
                "少一次扣0.5分；书记讲党课不足二次的扣1分；无讲稿的扣0.5分。"),
            Row("年度组织生活会和民主评议党员资料：会议方案、谈心谈话记录、对照检查材料、整改清单、民主评议党员测评表。", 4,
                "缺一项扣1分，扣完为止。"),
        )),
        Section("党员教育管理类台账", "（二）党员教育管理类台账（30分）", 30, (
            Row("主题党日活动记录：每月1次，有活动方案、签到和不少于2张活动照片。", 5,
                "每缺一个月扣0.5分；缺方案或签到的每次扣0.2分；照片不足的扣0.5分。"),
            Row("党员学习教育记录：年度学习计划、集中学习记录，全年集中学习不少于12次，党员个人学习笔记。", 5,
                "无计划扣1分；少一次扣0.3分；学习笔记抽查缺失的每本扣0.2分。"),
            Row("党费收缴台账：逐月登记党员交纳党费情况，党费基数每年核定一次，收缴情况每季度公示。", 5,
                "无台账的本项不得分；每漏记一个月扣0.5分；基数未核定的扣1分；未公示的每次扣0.3分。"),
            Row("发展党员档案：入党申请书、积极分子培养考察登记表、政审材料、发展对象公示、入党志愿书，一人一档。", 6,
                "缺一项扣1分，扣完为止；资料不规范的扣0.5分。"),
            Row("流动党员管理台账：流动党员登记表、联系记录，每月至少联系1次。", 4,
                "缺登记表的扣1分；联系记录每少一次扣0.2分。"),
            Row("党员积分管理台账：积分细则、季度积分评定表、年终积分公示。", 5,
                "缺一项扣1分；积分评定每少一季度扣0.5分。"),
        )),
        Section("党建工作运行类台账", "（三）党建工作运行类台账（25分）", 25, (
            Row("计划总结：年初党建工作计划（1月底前）、半年工作小结、年度工作总结（12月底前）。", 5,
                "缺一项扣1.5分；逾期的每项扣0.5分。"),
            Row("责任书：与街道党工委签订的党建工作目标责任书、党风廉政建设责任书。", 3,
                "缺一份扣1.5分。"),
            Row("党务公开记录：公开内容底稿及公开照片，每季度至少公开1次。", 4,
                "每少一次扣0.5分；无照片的扣1分。"),
            Row("共驻共建台账：共建单位名单、共建协议（不少于3家）、联建活动记录（全年不少于4次）。", 5,
                "协议每少一家扣0.5分；活动每少一次扣0.5分；无名单的扣0.5分。"),
            Row("志愿服务台账：党员志愿者注册名册、服务记录，党员人均年志愿服务时长不少于12小时。", 4,
                "无名册的扣1分；时长不达标的每人扣0.1分，最多扣2分。"),
            Row("民情日志：党员联系群众走访记录，每名党员每月走访不少于1次。", 4,
                "缺失的每本扣0.5分；记录流于形式的酌情扣1—2分。"),
        )),
        Section("阵地和经费类台账", "（四）阵地和经费类台账（15分）", 15, (
            Row("党群服务中心台账：值班记录、服务事项登记簿、功能室使用登记。", 4,
                "缺一项扣1分；记录不连续的扣0.5分。"),
            Row("党建经费使用台账：经费使用明细账、原始凭证复印件，经费使用情况每半年公开一次。", 5,
                "无明细账的扣2分；凭证不全的扣0.5分；未公开的扣1分。"),
            Row("台账管理：各类台账专人管理、分类立卷、目录清晰，电子台账与纸质台账内容一致。", 6,
                "资料不规范的每处扣0.5分，最多扣三分；无专人管理的扣1分；电子台账未同步的扣1分。"),
        )),
    ),
)

NOTE = ("备注：1.检查范围为2026年1月1日至检查之日形成的台账资料；2.各项扣分以该项分值扣完为止；3.台账资料弄虚作假、"
        "事后补记的，该类台账不得分。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["序号", "台账名称及检查要求", "分值", "评分标准", "检查得分", "扣分原因"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账检查评分表"
    ws.append([t.title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
    ws.cell(1, 1).font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    ws.append(["检查单位：凤栖街道党建办          被检查党组织：                    检查日期：2026年    月    日"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(header))
    ws.append(header)
    wrap = Alignment(wrap_text=True, vertical="center")
    number = 1
    for s in t.sections:
        ws.append([s.printed])
        ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(header))
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([number, row.text, row.points, row.scoring, None, None])
            ws.cell(ws.max_row, 2).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = wrap
            number += 1
    xlsx_total_row(ws, t.total, 3, 6)
    ws.append([NOTE])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(header))
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True)
    ws.append(["检查人员（签字）：                              被检查党组织书记（签字）："])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=len(header))
    xlsx_widths(ws, (6, 64, 6, 40, 9, 14))
    wb.save(str(path))
