"""中共江州市卫生健康委员会机关委员会2026年度直属单位党组织书记抓基层党建工作述职评议计分表 (.xlsx), as the 委机关党委
述职评议工作组 scores each 直属单位（医院、疾控中心、卫生监督所…）党组织 and its 书记 at the year-end 述职评议 meeting:
落实主体责任、基层组织建设、党风廉政和意识形态、述职评议.

A merged title row and a merged "被评议单位：…  党组织书记：…  评议时间：…" line above the header 评议项目 | 评议内容 |
计分标准 | 分数 | 佐证材料 | 得分 (the points column comes AFTER the scoring rules). 评议项目 (the category) is merged
down its rows and printed "一、落实主体责任（25分）" (the category name is "落实主体责任"). There is no 序号: the items
are numbered by position (1..12). 分数 is printed "8分". 佐证材料 (`Row.method`) names the papers looked at. 得分 is
blank. A 总分 row ("100分" under 分数) and a merged 注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="u_jiguan_shuzhi_pingyi_xlsx",
    fmt="xlsx",
    title="中共江州市卫生健康委员会机关委员会2026年度直属单位党组织书记抓基层党建工作述职评议计分表",
    numbering="position",
    sections=(
        Section("落实主体责任", "一、落实主体责任（25分）", 25, (
            Row("单位党组织每年专题研究党建工作不少于4次；年初制定党建工作要点，与所属党支部逐级签订党建工作责任书。", 8,
                "专题研究每少1次扣1分；无年度工作要点的扣2分；责任书未签订到支部的扣2分。", "会议纪要、工作要点、责任书"),
            Row("党组织书记切实履行第一责任人职责，年内到联系支部调研指导不少于2次、讲党课不少于1次，年底向机关党委述职。",
                9, "调研每少1次扣1分；未讲党课的扣2分；未述职的扣3分。", "调研记录、党课讲稿"),
            Row("党建工作与业务工作同谋划、同部署、同考核，支部党建考核结果与干部评先评优挂钩。", 8,
                "“三同”机制落实不到位的酌情扣2-4分；考核结果未运用的扣2分。", "考核办法、结果运用情况说明"),
        )),
        Section("基层组织建设", "二、基层组织建设（30分）", 30, (
            Row("所属党支部按期换届，换届率100%；支部书记由科室（部门）负责人中的党员担任，支部委员中40周岁以下的不少于"
                "1名。", 8,
                "未按期换届的，每个支部扣2分；书记配备不符合要求的，每个扣1分；无40周岁以下委员的，每个支部扣0.5分。",
                "换届批复、支委名单"),
            Row("所属支部“三会一课”落实到位：支委会每月1次，党小组会每月1次，党员大会每季度1次，党课每季度1次。", 10,
                "随机抽查2个支部会议记录，每缺1次扣0.5分，最高扣6分；记录内容不规范的扣1分。", "支部会议记录本"),
            Row("党员年度集中学习不少于32学时；党费按月交纳，每半年向党员公布一次党费收缴情况。", 7,
                "学时不足的，每人扣0.2分，最高扣2分；党费未按月交纳的扣2分；未公布的扣1分。", "学习台账、党费收缴台账"),
            Row("发展党员工作规范，年度发展计划完成率达到100%，发展对象公示不少于5个工作日。", 5,
                "完成率每低10个百分点扣1分；未公示的扣2分。", "发展党员档案"),
        )),
        Section("党风廉政和意识形态", "三、党风廉政和意识形态（20分）", 20, (
            Row("每年召开党风廉政建设工作会议一次，开展警示教育不少于2次，党组织书记与班子成员、支部书记廉政谈话全覆盖。",
                7, "未召开会议的扣2分；警示教育每少1次扣1分；谈话未全覆盖的扣2分。", "会议通知、谈话记录"),
            Row("落实意识形态工作责任制，每半年专题分析研判一次意识形态形势，宣传阵地、网站、公众号严格落实“三审三校”。",
                6, "研判每少1次扣1.5分；阵地管理出现问题的，本项不得分。", "研判报告、审核登记表"),
            Row("严格落实中央八项规定精神，单位党员干部年内无违规违纪问题。", 7,
                "党员受党纪处分的，每人扣3分；发生违反中央八项规定精神问题被通报的，本项不得分。", "纪检部门反馈意见"),
        )),
        Section("述职评议", "四、述职评议（25分）", 25, (
            Row("按要求撰写述职报告，查摆问题具体、整改措施有针对性；上年度述职评议指出问题的整改完成率达到100%。", 10,
                "问题查摆不具体的酌情扣1-3分；整改完成率每低5个百分点扣1分，最高扣5分。", "述职报告、整改清单"),
            Row("述职评议会上由机关党委委员、所属支部书记、党员和群众代表进行民主测评，“好”和“较好”票合计占比达到95%。",
                15, "占比95%以上得15分，90%（含）—95%得12分，80%（含）—90%得8分，80%以下不得分。", "民主测评汇总表"),
        )),
    ),
)

NOTE = ("注：1.述职评议计分由机关党委述职评议工作组根据佐证材料和现场述职情况综合评定；2.各项扣分不超过该项分数；3.评议"
        "结果分为“好”“较好”“一般”“差”四个等次，得分60分以下或存在重大问题的，评定为“差”，并由委党委约谈党组织书记。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["评议项目", "评议内容", "计分标准", "分数", "佐证材料", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "述职评议计分"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15, bold=True), center)
    xlsx_line(ws, "被评议单位：                    党组织书记：              评议时间：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    first_data = ws.max_row
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.scoring, f"{_fmt(row.points)}分", row.method, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    ws.append(["总分", None, None, f"{_fmt(t.total)}分", None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first_data, ncols)
    xlsx_note(ws, NOTE, ncols, 42)
    xlsx_widths(ws, (14, 48, 44, 7, 20, 8))
    wb.save(str(path))
