"""洛阳市涧西区2026年度社区党组织“五星”创建考核细则 (.xlsx), as the 区委组织部 and 街道党工委 考核组 score each 社区党组织
applying for its stars: 政治引领星、组织建设星、服务群众星、治理有效星、群众满意星, 20 points a star.

A merged title row and a merged "街道：…  社区：…  申报星级：…" line above the header 星级类别 | 序号 | 考核内容 |
评分办法 | 标准分 | 自评分 | 考核得分. 星级类别 (the category) is merged down its rows and printed on two lines,
"政治引领星\\n（20分）" (the category name is "政治引领星"). 序号 is printed "1.1", "1.2", … restarting under every
star (ids "c.i", numbering "restart"). 评分办法 comes BEFORE 标准分, which holds the item's points as a bare number (7).
自评分 and 考核得分 are blank. A 合计 row (100 under 标准分) and a merged 备注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="w_wuxing_chuangjian_xlsx",
    fmt="xlsx",
    title="洛阳市涧西区2026年度社区党组织“五星”创建考核细则",
    numbering="restart",
    sections=(
        Section("政治引领星", "政治引领星\n（20分）", 20, (
            Row("落实“第一议题”制度，社区党委会每月至少召开1次，会议首项议题传达学习习近平总书记重要讲话和指示批示精神。",
                7, "党委会每少开1次扣1分；未落实“第一议题”的，每次扣0.5分，最高扣3分。"),
            Row("每季度为党员上1次党课，社区党委书记每年至少讲2次党课；年内开展党员集中轮训，每名党员参学不少于24学时。",
                7, "党课每少1次扣1分；书记讲党课少于2次的扣1分；参学学时不足的，每人扣0.2分，最高扣2分。"),
            Row("落实意识形态工作责任制，社区宣传栏、电子屏等宣传阵地内容每月更新，无错误言论和有害信息传播。", 6,
                "宣传阵地未按月更新的，每次扣0.5分；出现意识形态问题的，本项不得分。"),
        )),
        Section("组织建设星", "组织建设星\n（20分）", 20, (
            Row("社区党委班子成员5至7人，书记、主任“一肩挑”；班子中40周岁以下成员不少于2名，大专及以上学历成员占比达到"
                "80%以上。", 7,
                "40周岁以下成员不足2名的扣2分；学历占比每低10个百分点扣1分；未实行“一肩挑”的扣2分。"),
            Row("按网格设置党支部（党小组），各党支部每月召开1次支委会、每季度召开1次党员大会，党小组每月开展1次活动，"
                "每月固定1天开展主题党日。", 8,
                "支委会、党小组活动、主题党日每少1次扣0.5分；党员大会每少1次扣1分，扣完为止。"),
            Row("规范发展党员工作，年内发展党员不少于1名；严格按月收缴党费，建立党费收缴台账；党员组织关系转接及时。", 5,
                "未发展党员的扣1分；党费未按月收缴或台账不清的扣2分；组织关系转接不及时的，每例扣0.5分。"),
        )),
        Section("服务群众星", "服务群众星\n（20分）", 20, (
            Row("社区党群服务中心每周开放不少于6天，实行“一站式”服务和错时延时服务，建立服务事项清单并上墙公开。", 6,
                "开放时间不足的扣2分；无服务事项清单或未公开的扣2分；服务不规范的酌情扣1-2分。"),
            Row("在职党员到社区报到率达到100%，每名报到党员年内参加社区志愿服务不少于2次。", 7,
                "报到率每低1个百分点扣0.5分；参加志愿服务不足2次的，每人扣0.1分，最高扣3分。"),
            Row("建立困难党员、困难群众帮扶台账，“七一”、春节前开展走访慰问，慰问情况留存照片。", 7,
                "无帮扶台账的扣2分；未开展走访慰问的，每次扣2分；无照片资料的扣1分。"),
        )),
        Section("治理有效星", "治理有效星\n（20分）", 20, (
            Row("建立社区党委领导下的居委会、业委会、物业服务企业“三方联动”机制，每季度召开1次联席会议，协调解决小区"
                "治理问题。", 7, "未建立联动机制的扣3分；联席会议每少1次扣1分。"),
            Row("落实“街乡吹哨、部门报到”，居民诉求按时办结率不低于95%；年内无越级上访和重大安全事故。", 7,
                "办结率每低1个百分点扣1分；发生越级上访或重大安全事故的，本项不得分。"),
            Row("年初制定社区党建工作计划，年中形成半年工作小结，年底形成年度工作总结。", 6,
                "缺计划、小结、总结的，每项扣2分。"),
        )),
        Section("群众满意星", "群众满意星\n（20分）", 20, (
            Row("年底组织居民代表、驻区单位对社区党组织开展满意度测评，满意度达到90%以上。", 10,
                "满意度90%以上得10分，85%（含）—90%得8分，80%（含）—85%得6分，80%以下不得分。"),
            Row("每半年召开1次居民议事会，围绕群众关心的热点难点问题开展民主协商，形成议事记录并公开办理结果。", 5,
                "议事会每少1次扣2分；办理结果未公开的扣1分。"),
            Row("社区党组织或党员年内获得区级以上表彰，或经验做法被区级以上媒体宣传推广。", 5,
                "无区级以上表彰或宣传推广的，本项不得分。"),
        )),
    ),
)

NOTE = ("备注：1.“五星”创建实行百分制，每个星级满分20分，单项星级得分达到16分的授予相应星级；2.各项扣分以该项标准分为限；"
        "3.社区党组织班子成员年内受到党纪政务处分的，取消当年评星资格。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["星级类别", "序号", "考核内容", "评分办法", "标准分", "自评分", "考核得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "五星创建"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=18), center)
    xlsx_line(ws, "街道：                社区：                申报星级：", ncols)
    xlsx_header(ws, header, ncols)
    first_data = ws.max_row
    for ci, s in enumerate(t.sections, 1):
        first = ws.max_row + 1
        for ii, row in enumerate(s.rows, 1):
            ws.append([s.printed if ii == 1 else None, f"{ci}.{ii}", row.text, row.scoring, row.points, None, None])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    ws.append(["合计", None, None, None, t.total, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first_data, ncols)
    xlsx_note(ws, NOTE, ncols, 45)
    xlsx_widths(ws, (12, 6, 50, 44, 8, 8, 9))
    wb.save(str(path))
