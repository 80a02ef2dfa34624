"""临江市直机关工委2026年度机关（事业单位）党支部标准化规范化建设达标验收表 (.docx), as a 市直机关工委 验收组 carries it
to the 党支部 of the 机关 and 事业单位 that applied for 达标 this year.

An 附件 line, the title (bold, centred), a centred "（市直机关、事业单位党支部适用）" line and a "党支部名称：… 支部书记：…
党员人数：… 验收日期：" line above one table: 序号 | 验收内容 | 验收标准 | 分值 | 验收方式 | 达标情况（是/否）. 验收内容
is the category, merged down its rows and printed with its points on a second line ("组织设置\n（20分）"); 序号 runs 1..N
through the table. (A first draft printed the categories as full-width rows and a short label per row in 验收内容; the
importer read each item as "label：standard", so the label column became the category column.) 验收标准 is the
standard, written the 机关 way with Chinese numerals ("每季度不少于一次", "全年不少于两次", "每半年至少公开一次", "每届任期
三年", "不少于五个工作日") and 支部委员 / 书记 conditions ("支部委员会由3至5人组成", "书记一般由本单位党员领导干部担任").
There is NO scoring rule anywhere: each row is 达标 or not, and the 分值 column is only its weight (`Row.scoring` is
empty; a table with no 分值 at all cannot join this set, whose tests ask every table for 100 points). 验收方式
(`Row.method`) is 查阅资料 / 实地查看 / 个别访谈 / 问卷测评. 达标情况 is left blank for the 验收组. A 合计 row (合计 merged
over 序号..验收标准), a 验收结论 line and a 说明 paragraph (a row 达标 earns its 分值, otherwise none) close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="l_jiguan_dabiao_yanshou_docx",
    fmt="docx",
    title="临江市直机关工委2026年度机关（事业单位）党支部标准化规范化建设达标验收表",
    numbering="printed",
    sections=(
        Section("组织设置", "组织设置\n（20分）", 20, (
            Row("正式党员7人以上的党支部设立支部委员会，支部委员会由3至5人组成；支部委员会每届任期三年，任期届满按期换届。",
                7, "", "查阅资料", "支部设置"),
            Row("支部书记一般由本单位党员领导干部担任，支部委员中至少有一名四十周岁以下的党员；支部书记每年参加上级党组织"
                "举办的培训不少于五天。", 7, "", "查阅资料、个别访谈", "书记和委员"),
            Row("党员人数较多的党支部划分党小组，建立党员花名册，党员组织关系转接及时。", 6, "", "查阅资料", "党员管理"),
        )),
        Section("组织生活", "组织生活\n（35分）", 35, (
            Row("支部委员会会议每月召开一次，全体党员会议每季度召开一次，党小组会每月召开一次，党课每季度不少于一次。", 10,
                "", "查阅资料", "三会一课"),
            Row("支部书记每年为党员讲党课不少于两次；本支部的党员领导干部每年到支部讲党课不少于一次。", 5, "", "查阅资料",
                "书记讲党课"),
            Row("每月开展一次主题党日活动，做到有计划、有签到、有记录、有影像资料。", 6, "", "查阅资料", "主题党日"),
            Row("每年至少召开一次组织生活会，会前开展谈心谈话；每年开展一次民主评议党员。", 7, "", "查阅资料、个别访谈",
                "组织生活会"),
            Row("党员参加组织生活到会率不低于百分之九十，因故缺席的有请假记录并及时补学。", 7, "", "查阅资料", "参会情况"),
        )),
        Section("党员教育管理", "党员教育管理\n（25分）", 25, (
            Row("每名党员每年集中学习培训不少于32学时，支部全年集中学习不少于十二次。", 7, "", "查阅资料", "学习培训"),
            Row("党员按月足额交纳党费，党费收缴情况每半年至少公开一次。", 6, "", "查阅资料", "党费管理"),
            Row("每两年至少发展一名党员，入党积极分子每半年考察一次，发展对象公示不少于五个工作日。", 6, "", "查阅资料",
                "发展党员"),
            Row("党员每年年初签订承诺书，年底开展践诺评议。", 6, "", "查阅资料", "承诺践诺"),
        )),
        Section("基础保障", "基础保障\n（20分）", 20, (
            Row("建立“三会一课”、组织生活会、谈心谈话、党费收缴管理等制度，主要制度上墙。", 5, "", "查阅资料、实地查看",
                "制度建设"),
            Row("年初制定支部年度工作计划，年中形成半年小结，年底形成年度工作总结。", 5, "", "查阅资料", "计划总结"),
            Row("党员活动室做到有标识、有党旗、有制度、有资料，党务公开栏每季度更新一次。", 5, "", "实地查看", "阵地建设"),
            Row("支部班子团结，党员在业务工作中作用发挥明显，服务对象满意度达到百分之九十以上。", 5, "",
                "个别访谈、问卷测评", "作用发挥"),
        )),
    ),
)

SCOPE = "（市直机关、事业单位党支部适用）"
VERDICT = "验收结论：□达标  □不达标                    验收组组长（签字）："
NOTE = ("说明：1.验收组逐项核定“是”“否”，达标的得该项分值，不达标的该项不得分；2.验收得分90分以上且各一级指标均无"
        "“否”超过1项的，认定为标准化规范化建设达标党支部；3.未达标的党支部限期3个月整改，整改后重新申请验收。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["序号", "验收内容", "验收标准", "分值", "验收方式", "达标情况（是/否）"]
    ncols = len(header)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件4")
    docx_title(document, t.title, 16)
    docx_centred(document, SCOPE)
    document.add_paragraph("党支部名称：                  支部书记：            党员人数：    名    验收日期：")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r = 1
    number = 1
    for s in t.sections:
        first = r
        for row in s.rows:
            for c, v in ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
            number += 1
        merge_cells(tbl, first, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(VERDICT)
    document.add_paragraph(NOTE)
    document.save(str(path))
