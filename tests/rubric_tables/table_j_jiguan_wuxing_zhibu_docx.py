"""市直机关2026年度“五星支部”创建考核评分标准 (.docx), as a 市直机关工委 attaches it to its notice on 五星支部 创建
and sends it to the 机关、事业单位 党支部.

An 附件 line, the issuer and the title (bold, centred) above one table: 创建星级 | 序号 | 考核内容 | 分值 | 评分标准.
创建星级 (the category, one star each: 政治建设星 … 基础保障星) is merged down its rows and printed with its points in
full-width brackets ("★政治建设星（20分）"); 序号 runs 1..N through the table. 评分标准 scores by bands in the
机关 way ("参学率90%以上得满分，80%-90%得一半，80%以下不得分") beside fixed and per-unit deductions, "一票否决，本项不得分"
and "酌情扣1-3分". After the five stars comes "一票否决项": two rows whose 分值 prints "—" (0 points in the model,
outside the 100) and whose 评分标准 takes away the 五星 title. A 合计 row and a 说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="j_jiguan_wuxing_zhibu_docx",
    fmt="docx",
    title="市直机关2026年度“五星支部”创建考核评分标准",
    numbering="printed",
    sections=(
        Section("政治建设星", "★政治建设星（20分）", 20, (
            Row("落实“第一议题”制度，支部委员会会议把学习习近平新时代中国特色社会主义思想和上级重要会议精神作为第一议题，"
                "全年不少于12次。", 10,
                "每少1次扣1分；学习流于形式、无研讨交流的，酌情扣1-2分。"),
            Row("党员集中学习每月不少于1次，党员参学率达到90%以上。", 10,
                "参学率90%以上得满分，80%-90%得一半，80%以下不得分；集中学习每少1次扣0.5分。"),
        )),
        Section("班子建设星", "★班子建设星（20分）", 20, (
            Row("支部委员会按期换届，支委会成员分工明确，支部书记、委员职责清单上墙。", 6,
                "未按期换届的，本项不得分；分工不明确的扣2分；职责清单未上墙的扣1分。"),
            Row("支部书记每年至少讲党课1次，每年向机关党委述职一次。", 6,
                "书记未讲党课的扣3分；未述职的扣3分。"),
            Row("严格执行民主集中制，“三重一大”事项经支部委员会集体研究决定，会议记录规范完整。", 8,
                "发现个人决定重大事项的，一票否决，本项不得分；会议记录不规范的，酌情扣1-3分。"),
        )),
        Section("队伍建设星", "★队伍建设星（20分）", 20, (
            Row("严格落实“三会一课”，支部党员大会每季度召开1次，支委会每月召开1次，党小组会每月召开1次，党课每季度1次；"
                "党员参会率达到90%以上。", 8,
                "会议每少开1次扣0.5分，最多扣4分；参会率90%以上得4分，80%-90%得2分，80%以下不得分。"),
            Row("每名党员每年参加集中培训不少于32学时，网络学习平台学习完成率达到90%以上。", 6,
                "学时不足的，每人扣0.5分，最多扣3分；完成率90%以上得3分，80%-90%得一半，80%以下不得分。"),
            Row("党员按月足额交纳党费，党费收缴台账清楚；党员组织关系转接及时规范。", 6,
                "未按月交纳的，每人次扣0.5分，最高扣3分；台账不清的扣1分；组织关系转接不及时的，每人扣1分。"),
        )),
        Section("作用发挥星", "★作用发挥星（20分）", 20, (
            Row("在职党员全部到居住地社区报到，每人每年参加社区志愿服务不少于2次。", 6,
                "报到率100%得满分，90%-100%得一半，90%以下不得分；志愿服务次数不足的，每人扣0.2分。"),
            Row("深化“我为群众办实事”实践活动，支部每年确定办实事项目不少于3项并按期完成。", 6,
                "每少1项扣2分；未按期完成的，酌情扣分。"),
            Row("每年开展一次服务对象满意度测评，满意度达到90%以上。", 8,
                "满意度90%以上得满分，80%-90%得一半，80%以下不得分。"),
        )),
        Section("基础保障星", "★基础保障星（20分）", 20, (
            Row("支部制定年度工作计划，年中形成半年小结，年底形成年度工作总结。", 6,
                "缺1项扣2分。"),
            Row("党员活动室设置规范，党建工作制度汇编成册，党员档案管理规范。", 6,
                "无党员活动室的扣2分；制度不健全的扣2分；档案管理不规范的，酌情扣分。"),
            Row("党务公开每季度不少于1次，公开内容及时、准确。", 8,
                "每少1次扣2分；公开内容不准确的扣1分。"),
        )),
        # Outside the base 100: 0 points in the model; the 分值 cell prints "—".
        Section("一票否决项", "一票否决项", 0, (
            Row("支部党员发生严重违纪违法行为，受到党纪重处分或政务处分的。", 0,
                "实行一票否决，当年不得评为“五星支部”。"),
            Row("支部在意识形态、安全稳定等方面出现重大问题，造成严重不良影响的。", 0,
                "实行一票否决，当年不得评为“五星支部”。"),
        )),
    ),
)

ISSUER = "中共市直机关工作委员会"
VETO_PRINTED = "—"
NOTE = ("说明：1.本标准满分100分，每颗星20分，单颗星得分达到16分的认定为达标星；2.五颗星全部达标且总分90分以上的评为"
        "“五星支部”；3.考核采取查阅资料、个别谈话和问卷测评相结合的方式进行。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["创建星级", "序号", "考核内容", "分值", "评分标准"]
    n_items = sum(len(s.rows) for s in t.sections)
    document = docx.Document()
    document.add_paragraph("附件1")
    docx_centred(document, ISSUER)
    docx_title(document, t.title, 18)
    tbl = docx_grid_table(document, 1 + n_items + 1, len(header), header)
    r = 1
    number = 1
    for s in t.sections:
        first = r
        for row in s.rows:
            tbl.cell(r, 1).text = str(number)
            tbl.cell(r, 2).text = row.text
            tbl.cell(r, 3).text = VETO_PRINTED if s.points == 0 else _fmt(row.points)
            tbl.cell(r, 4).text = row.scoring
            r += 1
            number += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
