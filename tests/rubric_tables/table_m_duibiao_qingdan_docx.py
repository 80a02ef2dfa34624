"""青山区委组织部党支部规范化建设对标清单（2026年版） (.docx), as a 区委组织部 hands it to every 党支部 to check itself
against, item by item: a 清单 of 规范事项, with who answers for each and what papers it keeps.

An 附件 line, the title (bold, centred) and a "党支部名称：… 对标自查时间：…" line above one table: 类别 | 规范事项 | 标准要求
| 工作台账 | 责任人 | 分值. No 序号 column (the importer numbers items by position). 类别 (the category) is merged down its
rows and printed with its points on a second line ("组织设置\\n（15分）"); 规范事项 is a short label per row
(`Row.indicator`); 标准要求 is the standard (`Row.text`); 工作台账 names the papers the 支部 keeps for the row
(`Row.method`); 责任人 (支部书记 / 组织委员 / 宣传委员) says who answers for it. There is NO scoring rule in any row
(`Row.scoring` is empty): the 注 paragraph under the table gives the one rule for the whole 清单 (a row 达标 earns its
分值, otherwise none). A 合计 row closes the table.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

SJ, ZZ, XC = "支部书记", "组织委员", "宣传委员"

TABLE = Table(
    name="m_duibiao_qingdan_docx",
    fmt="docx",
    title="青山区委组织部党支部规范化建设对标清单（2026年版）",
    numbering="position",
    sections=(
        Section("组织设置", "组织设置\n（15分）", 15, (
            Row("党员7人以上的党支部设立支部委员会，支部委员会每届任期3年，任期届满按时换届。", 5, "",
                "换届选举材料", "支部设置"),
            Row("支部委员中至少有1名35周岁以下党员，支部书记具有大专以上学历。", 5, "",
                "支部委员名册", "班子结构"),
            Row("建立党员花名册，党员组织关系转接在1个月内办结，每半年核对一次党员信息。", 5, "",
                "党员花名册、组织关系介绍信存根", "党员信息"),
        )),
        Section("组织生活", "组织生活\n（35分）", 35, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次。", 12, "",
                "“三会一课”记录本、签到表", "三会一课"),
            Row("每月相对固定一天开展主题党日，全年不少于12次。", 6, "",
                "活动方案、活动照片", "主题党日"),
            Row("每年至少召开1次组织生活会，会前开展谈心谈话，会上开展批评和自我批评，同步开展民主评议党员。", 9, "",
                "组织生活会会议记录、谈心谈话记录、民主评议结果", "组织生活会"),
            Row("每名党员每年参加集中学习培训不少于32学时，支部书记每年参加集中培训不少于5天。", 8, "",
                "党员学习培训登记表", "党员教育"),
        )),
        Section("党员管理", "党员管理\n（25分）", 25, (
            Row("党员按月交纳党费，党费收缴情况每年公示不少于2次。", 6, "",
                "党费收缴台账、公示照片", "党费收缴"),
            Row("严格按照程序发展党员，入党积极分子每半年考察1次，发展对象公示期为5个工作日。", 7, "",
                "发展党员工作档案", "发展党员"),
            Row("年初组织党员签订承诺书并公开，年终开展践诺评议。", 6, "",
                "党员承诺书、践诺评议表", "承诺践诺"),
            Row("“七一”和春节前后走访慰问老党员、生活困难党员，全年不少于2次。", 6, "",
                "走访慰问登记表", "关爱党员"),
        )),
        Section("基础保障", "基础保障\n（25分）", 25, (
            Row("建立“三会一课”、组织生活会、党费收缴管理、党员教育管理等制度，主要制度上墙。", 8, "",
                "制度汇编", "制度建设"),
            Row("年初制定支部工作计划，年终形成工作总结并报上级党组织。", 7, "",
                "年度计划、年度总结", "计划总结"),
            Row("党员活动室有标识、有党旗、有制度、有资料，党务公开栏每季度更新1次。", 5, "",
                "公开栏更新照片", "阵地建设"),
            Row("党员在本职岗位亮身份、作表率，群众对支部工作满意度达到90%以上。", 5, "",
                "满意度测评表", "作用发挥"),
        )),
    ),
)

RESPONSIBLE = (ZZ, SJ, ZZ, SJ, XC, SJ, XC, ZZ, ZZ, SJ, ZZ, SJ, SJ, XC, SJ)
NOTE = ("注：1.对标清单共15项，每项达标的得该项分值，未达标的该项不得分；2.“工作台账”栏所列资料按规范事项分类归档，"
        "迎检时备查；3.责任人为支部委员的，支部书记负总责；4.自查得分低于80分的党支部，列入区委组织部重点指导名单。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["类别", "规范事项", "标准要求", "工作台账", "责任人", "分值"]
    ncols = len(header)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件3")
    docx_title(document, t.title, 16)
    document.add_paragraph("党支部名称：                          对标自查时间：2026年  月  日")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r = 1
    k = 0
    for s in t.sections:
        first = r
        for row in s.rows:
            for c, v in ((1, row.indicator), (2, row.text), (3, row.method), (4, RESPONSIBLE[k]), (5, _fmt(row.points))):
                tbl.cell(r, c).text = v
            r += 1
            k += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 5, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
