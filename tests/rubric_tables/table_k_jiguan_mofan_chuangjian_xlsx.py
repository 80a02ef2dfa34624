"""宁川市直机关工委2026年度党支部“模范机关”创建考核评分表 (.xlsx), as a 市直机关工委 sends it to the 党支部 of the
city's 机关 (局、委、办) that take part in the “模范机关” 创建.

A merged title row and a merged "单位名称：… 党支部名称：… 支部书记：… 考核时间：…" row above the header 一级指标 |
二级指标 | 三级指标 | 考核要点 | 分值 | 评分标准 | 佐证资料 | 备注. No 序号 (the importer numbers items by position).
一级指标 (the category) is merged down its rows and printed with its ordinal and points ("一、政治建设（20分）");
二级指标 (`SECOND` below, not in the model) is merged down the rows that share it; 三级指标 is a short label per row
(`Row.indicator`). 考核要点 holds what the branch must do, 评分标准 the rules, mixing "每少一次扣N分" with "未…的不得分"
(one band list, a cap, a range, one 酌情扣分); 佐证资料 (`Row.method`) names the papers handed in ("—" where the row is
only seen on site); 备注 (`REMARKS`, not in the model) says how or where a row is checked and is blank in most rows.
A 合计 row (合计 merged over 一级指标..考核要点) and a merged 说明 row close the sheet.
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
    name="k_jiguan_mofan_chuangjian_xlsx",
    fmt="xlsx",
    title="宁川市直机关工委2026年度党支部“模范机关”创建考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            Row("落实“第一议题”制度，支部委员会会议第一项议程学习贯彻习近平总书记重要讲话和重要指示批示精神，结合工作"
                "研究贯彻落实措施。", 4,
                "未落实“第一议题”制度的不得分；学习后未研究贯彻措施的扣1分。", "支委会会议记录", indicator="“第一议题”"),
            Row("每月至少开展1次集中学习，全年不少于12次；每半年开展1次专题研讨交流。", 4,
                "集中学习每少一次扣0.5分；专题研讨每少一次扣1分。", "学习记录、签到表", indicator="集中学习"),
            Row("严格执行重大事项请示报告制度，每半年向机关党委书面报告一次支部工作情况。", 3,
                "每少报告一次扣1.5分。", "书面报告", indicator="请示报告"),
            Row("每半年专题研究一次意识形态工作，落实意识形态工作责任制，加强党员微信群、工作群管理。", 4,
                "每少研究一次扣1分；发生意识形态问题造成不良影响的，本项不得分。", "支委会会议记录",
                indicator="意识形态"),
            Row("每年至少开展2次警示教育，对新任职党员干部开展任前廉政谈话。", 5,
                "警示教育每少一次扣1分；未开展任前廉政谈话的扣2分。", "活动记录、照片、谈话记录", indicator="廉政教育"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("党支部委员会每届任期三年，任期届满按期换届；支委会成员中45周岁以下的不少于1名。", 4,
                "未按期换届的不得分；班子结构不符合要求的扣1分。", "换届请示及批复、支委名单", indicator="按期换届"),
            Row("支部党员大会每季度召开1次，支部委员会每月召开1次，党小组会每月召开1次，党课每季度1次；会议有记录、"
                "有签到。", 6,
                "每少开一次扣0.5分；无签到的，每次扣0.2分。", "会议记录本、签到表", indicator="“三会一课”"),
            Row("每月开展1次主题党日，每年至少2次结合业务工作到基层一线开展。", 4,
                "每少开展一次扣0.5分；未到基层一线开展的扣1分。", "活动方案、照片", indicator="主题党日"),
            Row("每年召开1次组织生活会，开展民主评议党员；支部班子成员参加双重组织生活每年不少于4次。", 5,
                "未召开组织生活会的不得分；未开展民主评议的扣2分；双重组织生活每少一次扣0.5分。", "会议记录、评议结果",
                indicator="组织生活会"),
            Row("严格执行发展党员工作细则，近两年至少发展党员1名，发展对象公示不少于5个工作日。", 4,
                "两年内未发展党员的扣2分；程序不规范的，每例扣1分。", "发展党员档案", indicator="发展党员"),
            Row("党员按月交纳党费，党费收缴台账清楚，每年公布一次党费收缴情况。", 4,
                "未按月收缴的，每人次扣0.2分；未公布的扣1分。", "党费收缴台账", indicator="党费收缴"),
            Row("党员每年参加集中培训不少于32学时，支部书记每年参加上级组织的培训不少于5天。", 3,
                "学时不足的，每人扣0.5分，最多扣2分；书记培训未达要求的扣1分。", "培训通知、签到表", indicator="教育培训"),
        )),
        Section("作风建设", "三、作风建设（15分）", 15, (
            Row("支部班子成员每年到基层开展调研不少于2次，形成调研报告。", 4,
                "调研每少一次扣1分；未形成调研报告的扣1分。", "调研报告", indicator="调查研究"),
            Row("公开服务承诺，落实首问负责、限时办结制度，服务对象满意度达到百分之九十以上。", 6,
                "未公开服务承诺的扣1分；满意度95%以上得6分，90%—95%得4分，90%以下不得分。", "满意度测评表",
                indicator="服务承诺"),
            Row("严格执行中央八项规定精神，支部每季度开展1次作风纪律自查，发现问题及时整改。", 5,
                "自查每少一次扣1分；整改不到位的酌情扣分；发生违反中央八项规定精神问题的，本项不得分。",
                "自查记录、整改台账", indicator="纪律作风"),
        )),
        Section("业务融合", "四、业务融合（20分）", 20, (
            Row("年初确定1—2个党建与业务融合项目，年底形成项目成效报告。", 5,
                "未确定融合项目的不得分；无成效报告的扣2分。", "项目方案、成效报告", indicator="融合项目"),
            Row("设立党员示范岗、党员先锋岗不少于2个，党员亮身份、亮承诺。", 5,
                "示范岗每少一个扣1分；未亮身份的扣1分。", "照片", indicator="党员示范岗"),
            Row("在职党员到居住地社区报到率达到100%，每人每年参加社区志愿服务不少于2次。", 5,
                "报到率每低1个百分点扣0.1分；志愿服务次数不足的，每人扣0.2分，最多扣2分。", "社区反馈表",
                indicator="进社区"),
            Row("“模范机关”创建工作有方案、有推进、有总结，年内形成1篇以上经验材料。", 5,
                "无创建方案的扣2分；无总结的扣1分；未形成经验材料的扣1分。", "创建方案、总结、经验材料",
                indicator="创建成效"),
        )),
        Section("基础保障", "五、基础保障（15分）", 15, (
            Row("建有党员活动室，做到有标识、有制度、有设施，活动室经常使用。", 4,
                "不符合要求的，每项扣1分。", "—", indicator="活动阵地"),
            Row("党建工作资料分类归档，“三会一课”记录、党员花名册、党费收缴台账等资料齐全。", 5,
                "资料每缺一项扣1分；归档不规范的扣0.5—1分。", "档案资料", indicator="党建档案"),
            Row("党务公开栏每季度更新1次，公开内容及时准确。", 3,
                "每少更新一次扣0.5分。", "公开栏照片", indicator="党务公开"),
            Row("党建工作经费纳入单位年度预算，建立经费使用台账。", 3,
                "未纳入预算的扣1分；无使用台账的扣1分。", "预算文件、经费台账", indicator="经费保障"),
        )),
    ),
)

# The 二级指标 column, row by row in the order of TABLE's rows (merged down consecutive equal cells in a category).
SECOND = ("理论武装", "理论武装", "政治纪律", "政治纪律", "政治纪律",
          "组织设置", "组织生活", "组织生活", "组织生活", "党员管理", "党员管理", "党员管理",
          "调查研究", "服务群众", "纪律作风",
          "党建与业务融合", "党建与业务融合", "党建与业务融合", "创建成效",
          "阵地档案", "阵地档案", "阵地档案", "经费保障")
# The 备注 column, row by row (blank in most rows).
REMARKS = ("", "", "以机关党委收文登记为准", "", "",
           "", "随机抽查2个月", "", "", "", "", "",
           "", "第三方测评", "",
           "", "现场查看", "以社区反馈为准", "",
           "现场查看", "", "现场查看", "")
NOTE = ("说明：1.本表由机关党委会同考核组对照打分，各项扣分以该项分值为限；2.得分90分以上的党支部，方可推荐为“模范机关”"
        "创建示范党支部；3.年度内支部党员受到党纪政务处分的，取消推荐资格。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["一级指标", "二级指标", "三级指标", "考核要点", "分值", "评分标准", "佐证资料", "备注"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "模范机关创建"
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), Alignment(horizontal="center", vertical="center"))
    xlsx_line(ws, "单位名称：              党支部名称：              支部书记：          考核时间：    年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    second = iter(SECOND)
    remarks = iter(REMARKS)
    for s in t.sections:
        first = ws.max_row + 1
        run_start, run_value = first, None
        for i, row in enumerate(s.rows):
            value = next(second)
            points = int(row.points) if float(row.points).is_integer() else row.points
            ws.append([s.printed if i == 0 else None, value if value != run_value else None, row.indicator, row.text,
                       points, row.scoring, row.method, next(remarks) or None])
            if value != run_value:
                if run_value is not None and ws.max_row - 1 > run_start:
                    xlsx_merge_down(ws, 2, run_start, ws.max_row - 1, center)
                run_start, run_value = ws.max_row, value
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (3, 5, 8):
                ws.cell(ws.max_row, c).alignment = center
        if ws.max_row > run_start:
            xlsx_merge_down(ws, 2, run_start, ws.max_row, center)
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, int(t.total), 5, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 45)
    xlsx_widths(ws, (14, 12, 12, 48, 6, 40, 18, 14))
    wb.save(str(path))
