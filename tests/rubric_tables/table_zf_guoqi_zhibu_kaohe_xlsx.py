"""中共晋中市国有资本投资运营有限公司委员会2026年度基层党支部工作考核评分表 (.xlsx), as a 山西 市属国企 党委 scores each
基层党支部 (生产、经营、职能部门) on 政治建设、组织建设、党员管理、融合发展、基础保障.

A merged title row and a merged "党支部：…  党员人数：…  考核时间：…" line above the header 序号 | 考核项目 | 考核要点 |
标准分值 | 评分细则 | 备查资料 | 自评 | 考评. 序号 comes FIRST and runs 1..16 through the sheet (numeric cells); the
categories are MERGED CELLS down the SECOND column (考核项目), printed "政治建设（15分）" on one line. 标准分值 is a plain
number. 备查资料 (`Row.method`) names the papers. 自评 and 考评 are blank. A 合计 row and a merged 说明 row close the sheet.
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
    name="zf_guoqi_zhibu_kaohe_xlsx",
    fmt="xlsx",
    title="中共晋中市国有资本投资运营有限公司委员会2026年度基层党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            Row("支部每月第一个工作日前完成“第一议题”学习，及时传达学习习近平总书记重要讲话和重要指示批示精神，结合生产"
                "经营研究贯彻措施。", 6,
                "“第一议题”每少1次扣1分；只传达不研究落实措施的酌情扣1-2分。", "学习记录"),
            Row("落实意识形态工作责任制，每半年分析研判1次党员职工思想动态；网络舆情处置及时。", 4,
                "未开展分析研判的每次扣1分；发生负面舆情处置不力的本项不得分。", "研判报告"),
            Row("严格执行党支部“前置研究”事项清单，涉及职工切身利益、安全生产等重要事项经支委会研究。", 5,
                "无前置研究清单扣2分；发现一次未经研究的扣1分。", "前置研究事项清单、支委会记录"),
        )),
        Section("组织建设", "组织建设（25分）", 25, (
            Row("支部委员会按期换届，支委3—5人，其中45岁以下不少于1人；书记由行政负责人或中层以上党员干部担任，实行"
                "“双向进入、交叉任职”。", 7,
                "①未按期换届的扣3分；②支委中无45岁以下人员的扣1分；③未实行交叉任职的扣2分。", "换届批复、支委名册"),
            Row("每月开展主题党日，全年不少于12次，党员参加率不低于90%；“三会一课”、组织生活会、谈心谈话等制度落实到位，"
                "党员之间每年谈心谈话全覆盖。", 10,
                "主题党日每少1次扣0.5分；参加率每降低5个百分点扣1分；谈心谈话未全覆盖的扣2分；其他制度落实不到位的，视情况"
                "扣1-3分。", "活动记录、签到表"),
            Row("发展党员注重在生产一线、青年骨干中发展，年内至少发展1名；入党积极分子培养考察每半年1次，发展程序规范、"
                "材料齐全。", 8,
                "未完成发展任务的扣3分；考察每少1次扣1分；程序不规范的，发现一处扣1分，扣完为止。", "发展党员档案"),
        )),
        Section("党员管理", "党员管理（20分）", 20, (
            Row("党费按月足额交纳，党费基数每年核定1次；党费收缴、使用、管理台账清晰。", 6,
                "有1人次未按月交纳扣0.5分；未核定基数扣1分。", "党费台账、基数核定表"),
            Row("党员教育培训每人每年不少于32学时，其中集中培训不少于3天；利用“三晋先锋”平台开展学习，党员平均学习积分"
                "不低于全公司平均水平。", 7,
                "学时不足的，每人扣0.5分；未组织集中培训的扣2分；积分低于平均水平的扣1分。", "培训登记、平台积分截图"),
            Row("设立党员先锋岗、党员责任区，党员亮身份、践承诺，承诺事项年底兑现率达到90%。", 7,
                "未设立的扣2分；兑现率低于90%的扣2分，低于70%的本项不得分。", "承诺书、实地查看"),
        )),
        Section("融合发展", "融合发展（25分）", 25, (
            Row("党建工作与生产经营同谋划、同部署、同考核，年初党建工作计划与生产经营目标同步下达。", 5,
                "未同步部署的扣2分；无年度计划的扣3分。", "年度计划"),
            Row("围绕安全生产、提质增效、科技攻关等重点任务，每年至少确定1个党建攻坚项目，项目有方案、有进度、有成效。", 8,
                "无攻坚项目的扣4分；项目方案、进度台账每缺一项扣1分；成效不明显的，由考评组综合评定扣分。",
                "项目方案、进度台账、成效报告"),
            Row("本支部所在单位全年无较大及以上安全生产责任事故、无职工群体性上访事件。", 6,
                "发生较大及以上安全生产责任事故的，一票否决，本项不得分；发生群体性上访的扣3分。", "安监部门通报"),
            Row("年终支部书记向党委专题述职，接受党员职工评议，评议满意率达到85%以上；年底形成支部工作总结。", 6,
                "未述职扣3分；满意率每低1个百分点扣0.2分；无总结扣1分。", "述职报告、评议表、工作总结"),
        )),
        Section("基础保障", "基础保障（15分）", 15, (
            Row("党员活动室做到“七有”（有标识、有党旗、有誓词、有制度、有书报、有电教设备、有活动记录）。", 5,
                "每缺一项扣0.5分。", "实地查看"),
            Row("党建工作经费按不低于上年度职工工资总额1%的比例纳入管理费用，专款专用，使用情况每年向党员公开1次。", 5,
                "经费未落实的扣3分；未公开的扣1分。", "财务凭证、公开记录"),
            Row("建立支部工作“一本账”：党员花名册、组织关系接转登记、党员档案等资料齐全，按年度装订成册。", 5,
                "缺一项扣1分；资料混乱的酌情扣分。", "花名册、接转登记、党员档案"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要点", "标准分值", "评分细则", "备查资料", "自评", "考评"]
NOTE = ("说明：1.考核由公司党委组织部牵头，采取听取汇报、查阅资料、个别访谈、实地查看方式进行；2.单项扣分以该项标准分值为限；"
        "3.考核结果与支部书记绩效年薪挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=14, bold=True), center)
    xlsx_line(ws, "党支部：                        党员人数：      名         考核时间：2026年  月  日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            number += 1
            ws.append([number, s.printed if ws.max_row + 1 == top else None, row.text, row.points, row.scoring,
                       row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 1).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 36)
    xlsx_widths(ws, (6, 12, 48, 8, 44, 20, 7, 7))
    wb.save(str(path))
