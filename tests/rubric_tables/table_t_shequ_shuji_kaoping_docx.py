"""济南市历下区委组织部2026年度社区党组织书记履职考评表（百分制） (.docx), as the 区委组织部 with each 街道党工委 scores a
社区党组织书记 on 抓党建工作实绩, 基层治理与服务, 自身建设 and a 民主测评; the total places the 书记 in one of four 档次
(优/良/中/差), printed under the table.

A "考评对象：… 所在街道：… 任职时间：…" paragraph under the title, then one table: 序号 | 考评内容 | 评分细则 | 分值 |
得分. The categories are SECTION ROWS, one merged cell across all five columns printed "一、抓党建工作实绩（35分）"
(the category name is "抓党建工作实绩"). 序号 runs 1..14 through the table. 分值 is printed "8分". 得分 is blank. A
合计 row ("100分"), then a "评分档次：…" paragraph and a signature line close the document. Some 评分细则 grade a row by
how well it is done ("评价为好的得5分，较好的得3分…").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="t_shequ_shuji_kaoping_docx",
    fmt="docx",
    title="济南市历下区委组织部2026年度社区党组织书记履职考评表（百分制）",
    numbering="printed",
    sections=(
        Section("抓党建工作实绩", "一、抓党建工作实绩（35分）", 35, (
            Row("认真履行抓党建第一责任人职责，年初制定社区党建工作要点，每季度主持召开党委会专题研究党建工作不少于1次。", 8,
                "无工作要点的扣3分；专题研究每少1次扣1分。"),
            Row("严格落实“三会一课”，书记每年为党员讲党课不少于2次，带头参加所在支部组织生活会并开展批评和自我批评。", 8,
                "讲党课每少1次扣2分；未参加组织生活会的扣3分；批评和自我批评辣味不足的酌情扣分。"),
            Row("抓好发展党员工作，年内发展党员至少1名，新发展党员中35岁以下的比例不低于60%。", 7,
                "未发展党员的扣3分；35岁以下比例未达到60%的扣2分。"),
            Row("推进区域化党建，与驻区单位签订共驻共建协议不少于5家，每半年召开一次“大党委”联席会议。", 7,
                "协议每少1家扣0.5分；联席会议每少1次扣2分。"),
            Row("党群服务中心功能完善、使用规范、群众认可。", 5,
                "评价为好的得5分，较好的得3分，一般的得1分，差的不得分。"),
        )),
        Section("基层治理与服务", "二、基层治理与服务（35分）", 35, (
            Row("健全“社区党委—网格党支部—楼栋党小组”组织体系，网格党组织覆盖率达到100%。", 7,
                "覆盖率每低1个百分点扣0.5分。"),
            Row("每月召开一次居民议事会或党群议事会，议定事项向居民公开，办理结果10个工作日内反馈。", 7,
                "议事会每少1次扣1分，最高扣4分；办理结果未按期反馈的，每件扣0.5分。"),
            Row("书记带头落实“遍访”要求，全年走访居民户数不少于辖区总户数的30%，走访情况记入民情日志。", 7,
                "走访率每低5个百分点扣1分；无民情日志的扣2分。"),
            Row("12345热线及网格事件按时办结，办结率达到95%，群众满意率达到90%。", 7,
                "办结率、满意率每低1个百分点各扣0.5分，最高扣5分。"),
            Row("组织在职党员到社区报到，报到党员年内参加社区志愿服务不少于2次，报到党员花名册和活动台账齐全。", 7,
                "参加志愿服务不足2次的，每人扣0.1分，最高扣3分；缺花名册或活动台账的，每项扣2分。"),
        )),
        Section("自身建设", "三、自身建设（15分）", 15, (
            Row("书记年内参加区级以上集中培训不少于5天，撰写调研报告或工作案例1篇。", 5,
                "培训每少1天扣1分；无调研报告或工作案例的扣2分。"),
            Row("落实社区党务、居务、财务公开，每季度公开一次；书记廉洁自律，无违规违纪问题。", 5,
                "每少公开1次扣1分；书记受到党纪政务处分的，实行一票否决，本项不得分。"),
            Row("年终向街道党工委述职，述职报告实事求是，问题查摆具体，整改措施可行。", 5,
                "未述职的本项不得分；述职报告质量不高的酌情扣1-2分。"),
        )),
        Section("民主测评", "四、民主测评（15分）", 15, (
            Row("在社区“两委”成员、党员代表、居民代表中开展民主测评，参加测评人数不少于50人，“好”和“较好”票合计占比达到85%"
                "以上。", 15,
                "占比85%以上得15分，75%（含）—85%得10分，65%（含）—75%得6分，65%以下不得分。"),
        )),
    ),
)

HEADER = ["序号", "考评内容", "评分细则", "分值", "得分"]
GRADES = ("评分档次：考评总分90分以上的为“优”，80分（含）至90分的为“良”，70分（含）至80分的为“中”，70分以下的为“差”。"
          "考评为“差”的，由区委组织部对书记进行诫勉谈话。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "考评对象：              所在街道：              任职时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            for c, v in ((0, str(number)), (1, row.text), (2, row.scoring), (3, f"{_fmt(row.points)}分")):
                tbl.cell(r, c).text = v
            r += 1
    merge_cells(tbl, r, 0, r, 2, "合计")
    tbl.cell(r, 3).text = f"{_fmt(t.total)}分"
    document.add_paragraph(GRADES)
    document.add_paragraph("考评组成员（签字）：                              2026年  月  日")
    document.save(str(path))
