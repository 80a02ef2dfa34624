"""云溪县白沙镇2026年度村（社区）党组织书记抓党建“擂台比武”评分表 (.docx), as a 镇党委 scores each 村（社区）书记 at
the year's 擂台比武: the year's record is checked on the ground (抓班子带队伍, 抓组织生活, 抓发展治理), then the 书记
speaks and answers the judges on stage (现场比武).

A "附件3" line, the title (bold, centred) and a "参赛书记：… 所在村（社区）：…" line above one table: 序号 | 比武项目 |
考核内容及评分标准 | 分值. There is NO separate scoring column: each 考核内容及评分标准 cell holds the requirement as
its first paragraph and the scoring rule as a second paragraph opening "评分：" (`Row.scoring` is that paragraph
without its "评分：" label). 比武项目 (the category, "抓班子带队伍（25分）") is merged down its rows. 序号 runs 1..N
through the table. 分值 is printed with a unit ("7分"). A 合计 row and a 说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="s_shuji_leitai_bisai_docx",
    fmt="docx",
    title="云溪县白沙镇2026年度村（社区）党组织书记抓党建“擂台比武”评分表",
    numbering="printed",
    sections=(
        Section("抓班子带队伍", "抓班子带队伍（25分）", 25, (
            Row("村（社区）“两委”班子团结，书记年内主持召开支委会不少于12次，重大事项落实“四议两公开”。", 7,
                "支委会每少1次扣0.5分；重大事项未履行“四议两公开”程序的，每件扣2分；班子不团结、内耗严重的本项不得分。"),
            Row("储备村级后备力量不少于3名，其中35岁以下的不少于2名、大专及以上学历的不少于1名，建立后备力量“一人一档”。", 6,
                "后备力量每少1名扣1分；结构不达标的扣1分；无培养档案的扣2分。"),
            Row("年内发展党员不少于1名，发展对象中40岁以下的占比不低于60%，发展程序规范、材料齐全。", 6,
                "未发展党员的扣3分；40岁以下占比未达60%的扣1分；程序不规范的，每人扣1分。"),
            Row("书记参加县委组织部举办的村党组织书记示范培训不少于5天，全年撰写学习笔记不少于1万字。", 6,
                "培训每缺1天扣1分；学习笔记不足1万字的扣1分。"),
        )),
        Section("抓组织生活", "抓组织生活（20分）", 20, (
            Row("规范落实“三会一课”：支部党员大会每季度1次，党小组会每月1次，书记每年讲党课不少于2次。", 8,
                "每少1次扣0.5分，扣完为止。"),
            Row("每年召开1次组织生活会，开展民主评议党员，评定为“不合格”的党员按规定作出组织处置。", 6,
                "未召开组织生活会的扣4分；未开展民主评议的扣3分；不合格党员未处置的扣2分。"),
            Row("党费按月足额收缴，每季度在支部范围内公布一次党费收缴情况。", 6,
                "党费未按月收缴的扣3分；未公布的，每次扣1分。"),
        )),
        Section("抓发展治理", "抓发展治理（35分）", 35, (
            Row("领办集体经济项目，年内村集体经营性收入达到10万元以上，比上年增长5%。", 10,
                "经营性收入未达到10万元的扣6分；增长率低于5%的扣4分。"),
            Row("推行网格化管理，每个网格明确1名党员网格员，网格员每月巡查不少于4次，矛盾纠纷化解率达到95%。", 9,
                "党员网格员每缺1名扣1分；巡查记录每缺1次扣0.2分，最多扣3分；化解率每低1个百分点扣0.5分。"),
            Row("开展“党员联户”，每名党员联系农户5至10户，每月走访不少于1次，走访情况记入《民情日记》。", 8,
                "走访每少1次扣0.5分；无民情日记的扣2分；联系户数不达标的酌情扣1-2分。"),
            Row("年内完成县乡交办的人居环境整治、防汛、森林防火等重点任务，任务完成率100%。", 8,
                "完成率每低10个百分点扣2分；因工作失职造成重大损失的本项不得分。"),
        )),
        Section("现场比武", "现场比武（20分）", 20, (
            Row("书记现场述职，脱稿讲述抓党建工作思路和成效，时间不超过8分钟。", 10,
                "由评委根据述职内容、现场表现综合评定；超时的扣1分。"),
            Row("现场回答评委提问2道，围绕基层治理、乡村振兴等热点问题作答，答题准确、思路清晰。", 10,
                "每题5分，由评委现场打分，去掉一个最高分和一个最低分后取平均分。"),
        )),
    ),
)

NOTE = ("说明：比武采取“晒实绩、现场述、评委评”方式，第1—11项由镇党委考核组实地核查计分，第12—13项由评委现场打分；"
        "比武结果作为村（社区）党组织书记年度考核和绩效报酬发放的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["序号", "比武项目", "考核内容及评分标准", "分值"]
    ncols = len(header)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件3")
    docx_title(document, t.title, 16)
    document.add_paragraph("参赛书记：              所在村（社区）：              比武日期：2026年  月  日")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r = 1
    number = 1
    for s in t.sections:
        first = r
        for row in s.rows:
            tbl.cell(r, 0).text = str(number)
            cell = tbl.cell(r, 2)
            cell.text = row.text
            cell.add_paragraph(f"评分：{row.scoring}")
            tbl.cell(r, 3).text = f"{_fmt(row.points)}分"
            r += 1
            number += 1
        merge_cells(tbl, first, 1, r - 1, 1, s.printed)
    merge_cells(tbl, r, 0, r, 2, "合计")
    tbl.cell(r, 3).text = f"{_fmt(t.total)}分"
    document.add_paragraph(NOTE)
    document.save(str(path))
