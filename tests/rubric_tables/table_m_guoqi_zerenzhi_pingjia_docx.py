"""华远能源集团有限公司党委2026年度所属单位党建工作责任制考核评价表 (.docx), as a 国企集团党委 (党委工作部) scores the
党组织 of its 所属单位 at the year's end: 党委会、前置研究、“第一议题”、“双带头人”、党员先锋岗、经营业绩.

An 附件 line, the title (bold, centred) and a "被考核单位（党组织）：… 考核周期：…" line above one table: 考核维度 | 考核内容
| 评价标准 | 权重 | 数据来源. No 序号 column (the importer numbers items by position). 考核维度 (the category) is merged
down its rows and printed with its points on a second line ("把方向管大局\\n（20分）"); 权重 is the row's points.
评价标准 scores in bands and 百分比 thresholds: "…100%的得满分，95%（含）—100%的得4分，95%以下不得分", "得满分 … 每缺
1个月扣1分", "每有1个支部未落实扣0.5分，最多扣5分", "每低1个百分点扣0.2分", "本项不得分". 数据来源 (`Row.method`)
names the office, system or survey the figure comes from (党委工作部, 党建信息化平台, 网络学院学时统计, 问卷调查 …), not
papers laid out. A 合计 row and a 说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

ZZB = "组织部（党委工作部）"

TABLE = Table(
    name="m_guoqi_zerenzhi_pingjia_docx",
    fmt="docx",
    title="华远能源集团有限公司党委2026年度所属单位党建工作责任制考核评价表",
    numbering="position",
    sections=(
        Section("把方向管大局", "把方向管大局\n（20分）", 20, (
            Row("落实“第一议题”制度，党委会每月至少召开1次，首项议程学习习近平新时代中国特色社会主义思想和重要讲话精神。", 8,
                "每月召开且首项议程学习的得满分；每缺1个月扣1分；“第一议题”制度未落实的不得分。", "党建信息化平台"),
            Row("落实党委前置研究讨论重大经营管理事项，前置研究事项清单经党委会审定，前置研究执行率100%。", 6,
                "执行率100%的得满分，95%（含）—100%的得4分，95%以下不得分；无事项清单的扣2分。", "党委工作部、董事会办公室"),
            Row("年初与集团党委签订党建工作责任书，年底开展书记抓基层党建述职评议，评议满意度不低于85%。", 6,
                "未签订责任书的扣2分；未开展述职评议的扣3分；满意度低于85%的，每低1个百分点扣0.2分。", ZZB),
        )),
        Section("建强基层组织", "建强基层组织\n（30分）", 30, (
            Row("所属党支部“三会一课”落实率达到100%：支部委员会每月1次、党员大会每季度1次、党课每季度1次。", 10,
                "落实率100%的得满分；每有1个支部未落实扣0.5分，最多扣5分。", "党建信息化平台"),
            Row("党支部按期换届率100%，党支部书记中“双带头人”占比达到80%以上。", 8,
                "每有1个支部未按期换届扣2分；“双带头人”占比每低5个百分点扣1分。", ZZB),
            Row("党员教育培训覆盖率达到100%，每名党员年度集中学习培训不少于32学时，党支部书记每年参加集团党委集中轮训不少于"
                "56学时。", 7,
                "覆盖率每低1个百分点扣0.5分；学时不达标的，每人次扣0.2分，最多扣3分。", "网络学院学时统计"),
            Row("年度发展党员计划完成率达到90%以上，发展对象中35岁以下一线职工不少于2名。", 5,
                "完成率90%以上得满分，80%（含）—90%得3分，80%以下不得分；35岁以下一线职工不足2名的扣1分。", ZZB),
        )),
        Section("从严管党治党", "从严管党治党\n（20分）", 20, (
            Row("党委每年召开1次民主生活会，所属党支部每年召开1次组织生活会并开展民主评议党员，开展率100%。", 6,
                "民主生活会未召开的不得分；组织生活会开展率每低1个百分点扣0.3分。", "纪委（党委巡察办）、" + ZZB),
            Row("党员按月足额交纳党费，党费收缴使用情况每半年公示1次。", 4,
                "按月足额交纳且按时公示的得满分；发现欠交党费的，每人次扣0.2分；未公示的扣1分。", "党费管理系统"),
            Row("落实党风廉政建设责任制，全年开展廉洁教育不少于4次，廉洁风险防控覆盖率100%。", 6,
                "廉洁教育每少1次扣0.5分；覆盖率不足100%的扣1分；发生违纪违法案件的，本项不得分。", "纪委（党委巡察办）"),
            Row("落实意识形态工作责任制，每半年专题研判1次，职工思想动态分析报告按季度报送。", 4,
                "研判每少1次扣1分；报告每少报1次扣0.5分；发生意识形态重大事件的不得分。", "党委宣传部"),
        )),
        Section("促进中心工作", "促进中心工作\n（30分）", 30, (
            Row("开展“党建+生产经营”融合，每个党支部每年至少立项1个“党员先锋工程”，年底验收合格率达到85%以上。", 8,
                "未立项的不得分；验收合格率85%以上得满分，70%（含）—85%得5分，70%以下不得分。", "党建信息化平台、生产经营部"),
            Row("党员先锋岗、党员责任区覆盖率达到100%，党员在安全生产、技术攻关中作用发挥明显。", 7,
                "覆盖率每低1个百分点扣0.2分；作用发挥情况由考核组结合现场调研综合评价。", "现场调研"),
            Row("职工群众对党建工作满意度达到90%以上，年度完成集团下达的经营业绩考核目标。", 8,
                "满意度90%以上得满分，85%（含）—90%得4分，80%（含）—85%得2分，80%以下不得分；未完成经营业绩目标的扣3分。",
                "问卷调查、财务部"),
            Row("开展“我为职工群众办实事”，每个党支部全年为职工办实事不少于3件，建立项目台账。", 7,
                "办实事每少1件扣1分；无项目台账的扣2分。", "工会、党委工作部"),
        )),
    ),
)

NOTE = ("说明：1.考核评价采取数据比对、现场调研和问卷调查相结合的方式；2.各项以权重为限，扣完为止；3.考核结果分为"
        "A（90分以上）、B（80—89分）、C（70—79分）、D（70分以下）四个等级，与所属单位领导班子年度绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["考核维度", "考核内容", "评价标准", "权重", "数据来源"]
    ncols = len(header)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件1")
    docx_title(document, t.title, 15)
    document.add_paragraph("被考核单位（党组织）：                          考核周期：2026年1月1日—12月31日")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r = 1
    for s in t.sections:
        first = r
        for row in s.rows:
            for c, v in ((1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
