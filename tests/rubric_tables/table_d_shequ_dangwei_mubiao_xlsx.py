"""银杏街道党工委2026年度社区党委党建工作目标管理考核细则 (.xlsx), as a street Party working committee sends it to its
社区党委 at the start of the year: the year's targets, each with the date it is due.

A merged title row and a merged "责任单位：  社区党委书记（签字）：  填报日期：" line above the header 序号 | 工作任务 |
目标要求 | 完成时限 | 分值 | 考核办法 | 考核得分. Sections are merged rows across the sheet ("一、政治建设（12分）");
序号 restarts at 1 under every section (ids "c.i"). Each item is split over three cells: a short 工作任务 label
(`Row.indicator`), the 目标要求 sentence and its 完成时限 ("每月", "每季度末", "6月30日前", "全年", "12月底前",
"3月底前", "每半年", "1月20日前"); `Row.text` holds "目标要求：完成时限" (split at the first "：" when written), so an
item is read as its 目标要求 with its time limit. 考核办法 holds the deduction rules (a band list in one row);
考核得分 is blank. A 合计 row and a merged "注：" row close the sheet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .build_helpers import xlsx_header, xlsx_line, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table, _fmt  # noqa: F401

HEADER = ("序号", "工作任务", "目标要求", "完成时限", "分值", "考核办法", "考核得分")


@dataclass(frozen=True)
class _TimedTable(Table):
    """A Table that prints a time-limit column: the header is kept so the tests read "目标要求：完成时限" together."""

    header: tuple[str, ...] = HEADER


TABLE = _TimedTable(
    name="d_shequ_dangwei_mubiao_xlsx",
    fmt="xlsx",
    title="银杏街道党工委2026年度社区党委党建工作目标管理考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（12分）", 12, (
            Row("落实“第一议题”制度，社区党委会议首项议程学习习近平总书记最新重要讲话精神：每月", 4,
                "未落实的每次扣0.5分，最多扣2分；无学习记录的扣1分。", indicator="第一议题"),
            Row("组织党员集中学习，全年累计不少于12次，每次学习有签到：全年", 4,
                "每少一次扣0.3分；缺签到的每次扣0.1分。", indicator="理论学习"),
            Row("研究制定社区党委年度党建工作要点，报街道党工委备案：1月20日前", 4,
                "未制定的扣4分；逾期报送的扣1分。", indicator="工作谋划"),
        )),
        Section("组织建设", "二、组织建设（26分）", 26, (
            Row("召开党员大会，通报党建工作、讨论决定重要事项：每季度末", 4,
                "少开一次扣1分。", indicator="党员大会"),
            Row("各党小组每月至少开展1次组织生活，有记录：每月", 3,
                "每少一次扣0.2分，最多扣2分；无记录的扣1分。", indicator="党小组会"),
            Row("党委书记讲专题党课不少于2次，班子成员到所联系党支部讲党课不少于1次：全年", 4,
                "书记每少讲一次扣1分；班子成员未讲的每人扣0.5分。", indicator="党课"),
            Row("每月固定日期开展主题党日，党员参加率不低于85%，活动留存照片：每月", 5,
                "少开展一次扣0.5分；参加率低于85%的每次扣0.2分；无照片的扣0.5分。", indicator="主题党日"),
            Row("召开年度组织生活会，开展民主评议党员，评议结果报街道党工委：全年", 5,
                "未召开组织生活会的本项不得分；未开展民主评议的扣2分；评议结果未上报的扣0.5分。", indicator="组织生活会"),
            Row("严格发展党员程序，新发展党员中35周岁以下的占比不低于60%：全年", 3,
                "35周岁以下占比未达到60%的扣1分；程序不规范的酌情扣1—2分。", indicator="发展党员"),
            Row("储备社区后备干部不少于4名，其中35周岁以下的不少于2名：6月30日前", 2,
                "后备干部每少1名扣0.5分；35周岁以下不足2名的扣0.5分。", indicator="后备干部"),
        )),
        Section("党员管理", "三、党员管理（18分）", 18, (
            Row("党员按月足额交纳党费，党费收缴情况向党员公示：每季度末", 5,
                "欠交、少交的每人次扣0.2分；未公示的每次扣0.5分。", indicator="党费收缴"),
            Row("开展党员积分评定，评定结果在党支部内公示：每季度末", 4,
                "少评定一次扣1分；未公示的每次扣0.3分。", indicator="积分管理"),
            Row("流动党员每月至少联系1次，建立流动党员花名册：每月", 3,
                "无花名册的扣1分；联系每少一次扣0.2分。", indicator="流动党员"),
            Row("党员参加集中学习培训，人均累计不少于24学时：12月底前", 3,
                "学时不足的每人扣0.1分，本项最多扣3分。", indicator="教育培训"),
            Row("在职党员到社区报到率达到100%，报到党员每人每年参加社区志愿服务不少于2次：全年", 3,
                "报到率每低1个百分点扣0.1分；参加志愿服务不足2次的每人扣0.1分，最多扣2分。", indicator="双报到"),
        )),
        Section("服务群众", "四、服务群众（22分）", 22, (
            Row("召开“大党委”兼职委员联席会议，研究社区治理重点事项：每季度末", 5,
                "少开一次扣1分；会议无议定事项的酌情扣0.5分。", indicator="大党委"),
            Row("与辖区单位签订共驻共建协议不少于5家：6月30日前", 3,
                "每少一家扣0.5分。", indicator="共建协议"),
            Row("开展共驻共建活动每季度不少于1次，全年累计不少于6次：全年", 5,
                "每少一次扣0.5分。", indicator="共建活动"),
            Row("梳理群众“急难愁盼”问题，形成民生项目清单，项目办结率不低于90%：12月底前", 5,
                "无清单的扣1分；办结率每低5个百分点扣0.5分。", indicator="办实事"),
            Row("群众对社区党委工作满意度达到90%以上：12月底前", 4,
                "满意度90%以上得4分，85%（含）—90%得3分，80%（含）—85%得1分，低于80%不得分。", indicator="群众评价"),
        )),
        Section("责任落实", "五、责任落实（22分）", 22, (
            Row("书记抓基层党建工作述职，接受党员群众代表评议：12月底前", 5,
                "未述职的本项不得分；述职报告内容空泛的扣1分。", indicator="述职评议"),
            Row("报送上半年党建工作小结：6月30日前", 4,
                "未报送的扣4分；逾期的扣0.5分。", indicator="半年小结"),
            Row("报送年度党建工作总结：12月底前", 4,
                "未报送的扣4分；逾期的扣0.5分。", indicator="年度总结"),
            Row("与街道党工委签订党建工作目标责任书，并与各党支部逐级签订：3月底前", 4,
                "未签订的每份扣1分。", indicator="目标责任"),
            Row("党建档案分类归档，台账资料完整规范：12月底前", 5,
                "资料不全的每缺一项扣0.5分；归档不规范的酌情扣1分。", indicator="档案管理"),
        )),
    ),
)

NOTE = ("注：1.完成时限为“每月”“每季度末”的，以当期形成的资料为准；2.各项扣分以该项分值为限；3.本细则由街道党建办负责"
        "解释，考核结果纳入社区年度综合考核。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = list(getattr(t, "header", HEADER))
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标管理考核细则"
    xlsx_title(ws, t.title, ncols, Font(bold=True, size=16), Alignment(horizontal="center"))
    xlsx_line(ws, "责任单位：            社区党委          社区党委书记（签字）：                填报日期：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    wrap = Alignment(wrap_text=True, vertical="center")
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            target, deadline = re.split(r"[：:]", row.text, maxsplit=1)
            ws.append([number, row.indicator, target, deadline, row.points, row.scoring, None])
            for c in (2, 3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
    xlsx_total_row(ws, t.total, 5, 7)
    xlsx_line(ws, NOTE, ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True)
    xlsx_widths(ws, (6, 12, 48, 12, 6, 40, 9))
    wb.save(str(path))
