"""中共昆明市五华区华山街道工作委员会2026年第二季度社区党委党建工作督查评分表 (.docx), as the 街道党工委 督查组 scores
each 社区党委 once a quarter on 组织生活、党员管理、阵地与服务、问题整改.

A "附件2" line, the title (bold, centred) and a "被督查社区：…  督查时间：…  督查人员：…" line above one table:
序号 | 督查内容 | 分值 | 扣分标准 | 督查方式 | 得分. The categories are SECTION ROWS merged across the whole table,
printed "一、组织生活（35分）" (the category name is "组织生活"). 序号 runs 1..12 through the table. 分值 is printed as a bare
number ("8"). 督查方式 (`Row.method`) says what the 督查组 looks at. 得分 is blank. A 总分 row (100 under 分值), a
"督查发现的主要问题：" paragraph and a signature line close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="w_jidu_ducha_docx",
    fmt="docx",
    title="中共昆明市五华区华山街道工作委员会2026年第二季度社区党委党建工作督查评分表",
    numbering="printed",
    sections=(
        Section("组织生活", "一、组织生活（35分）", 35, (
            Row("本季度社区党委会召开不少于3次，研究党建、民生、基层治理等重要事项，会议记录完整。", 8,
                "每少开1次扣2分；会议记录不完整的，每次扣0.5分。", "查阅会议记录"),
            Row("各网格党支部本季度召开党员大会不少于1次、党小组会不少于1次，组织党员上党课不少于1次。", 9,
                "每个党支部每少1次扣1分，最高扣6分；党课无课件或讲稿的扣1分。", "查阅各支部会议记录、党课讲稿"),
            Row("每月开展主题党日活动，党员参加率不低于85%，活动有记录、有签到、有照片。", 9,
                "主题党日每少1次扣1分；参加率每低1个百分点扣0.3分，最高扣3分。", "查阅活动记录、签到表、照片"),
            Row("落实谈心谈话制度，社区党委书记本季度与班子成员、网格党支部书记谈心谈话全覆盖。", 9,
                "每少谈1人扣1分；无谈心谈话记录的扣3分。", "查阅谈心谈话记录本"),
        )),
        Section("党员管理", "二、党员管理（25分）", 25, (
            Row("党员花名册、流动党员管理台账本季度内核对更新，党员信息与全国党员管理信息系统一致。", 8,
                "花名册未更新的扣2分；流动党员管理台账未更新的扣2分；信息不一致的，每人扣0.5分，最高扣4分。",
                "查阅花名册、台账，系统比对"),
            Row("党员按月交纳党费，本季度党费收缴率100%，党费按时足额上缴街道党工委。", 8,
                "收缴率每低1个百分点扣0.5分；未按时上缴的扣2分。", "查阅党费收缴台账、上缴凭证"),
            Row("本季度对入党积极分子开展1次集中培训，培训时间不少于8学时；发展对象政治审查、公示等程序规范。", 9,
                "未开展培训的扣3分；学时不足的扣1分；发展程序不规范的，每人扣2分。", "查阅培训记录、发展党员档案"),
        )),
        Section("阵地与服务", "三、阵地与服务（25分）", 25, (
            Row("社区党群服务中心工作日全天开放，周末安排专人值班，建立值班登记和服务台账。", 7,
                "开放时间不足或无人值班的扣3分；无值班登记的扣1分；无服务台账的扣1分。", "实地查看、查阅值班登记"),
            Row("组织在职党员、党员志愿者开展志愿服务，本季度不少于3次，每次参与党员不少于10人。", 9,
                "每少1次扣2分；参与人数不足的，每次扣0.5分。", "查阅活动记录、照片"),
            Row("办好居民“微心愿”“民生实事”项目，本季度认领办结不少于5件，群众回访满意率不低于90%。", 9,
                "办结每少1件扣1分；满意率低于90%的扣2分。", "查阅项目清单、回访记录"),
        )),
        Section("问题整改", "四、问题整改（15分）", 15, (
            Row("对上季度督查反馈的问题逐项制定整改措施，建立整改台账，按期整改到位。", 8,
                "无整改台账的扣3分；问题未按期整改的，每个扣1分。", "查阅整改台账、实地核实"),
            Row("季度末向街道党工委报送季度党建工作小结，内容具体、数据准确。", 7,
                "未报送的本项不得分；内容空泛、数据不实的酌情扣1-3分。", "查阅季度小结"),
        )),
    ),
)

HEADER = ["序号", "督查内容", "分值", "扣分标准", "督查方式", "得分"]


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(1 + len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件2")
    docx_title(document, t.title, 15)
    document.add_paragraph("被督查社区：                督查时间：2026年  月  日        督查人员：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            for c, v in ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
    merge_cells(tbl, r, 0, r, 1, "总分")
    tbl.cell(r, 2).text = _fmt(t.total)
    document.add_paragraph("督查发现的主要问题：")
    document.add_paragraph("")
    document.add_paragraph("督查组成员（签字）：                    社区党委书记（签字）：")
    document.save(str(path))
