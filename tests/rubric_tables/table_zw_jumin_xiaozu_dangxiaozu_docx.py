"""中共城北社区委员会2026年度居民小组党小组工作考核评分表 (.docx), as a 四川 城郊 社区党委 (the 社区 made of former 村民小组,
now 居民小组 of 80 to 200 户, each with a 党小组 of 4 to 15 党员, many of them 老党员) scores each 党小组 on 组织建设 (the 党小组
set up by 居民小组, its 组长 推选 and 审批, the 组长's 培训 and 汇报, the 名册, 党费), 组织生活 (党小组会, its 记录本, the
“微党课”, 谈心谈话 before the 组织生活会, 志愿服务), 联系服务群众 (党员联户, 重要事项 discussed first by the 党小组, 矛盾纠纷,
困难群众, 带头示范) and 考核评价 (a 居民代表 测评, the 组长's 年底 报告 and 述职).

The title (bold, centred), a centred "（城北社区党委　2026年1月）" line and a "居民小组：第…居民小组  党小组组长：…  党员：…名
联系户：…户" line above one table: 序号 | 考核项目 | 考核内容 | 评分标准 | 分值 (分值 LAST). 序号 (first column) runs 1..16
through the table. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed on two lines without an ordinal,
"组织建设\\n（20分）". 分值 is a plain number. There is no 佐证 or 考核方式 column. A 合计 row and a 说明 paragraph close the
document. Counts partly in Chinese numerals ("不少于两次", "百分之八十五").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zw_jumin_xiaozu_dangxiaozu_docx",
    fmt="docx",
    title="中共城北社区委员会2026年度居民小组党小组工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "组织建设\n（20分）", 20, (
            Row("党小组按居民小组设置，正式党员3人以上的单独设立，不足3人的与相邻居民小组联合设立；党小组组长由党小组党员推选、"
                "报社区党委审批，组长、副组长中55周岁以下的不少于1名。", 6,
                "设置不合理的扣2分；组长未经推选或审批的扣2分；年龄结构不符合要求的扣1分；组长履职不到位的，酌情扣1分。"),
            Row("党小组组长每年参加社区党委组织的培训不少于两次；每两个月向社区党委汇报一次党小组工作情况。", 5,
                "培训每少1次扣1分；汇报每少1次扣0.5分。"),
            Row("建立党小组党员名册，掌握党员家庭、健康、就业和流动等情况；党员信息发生变动的，及时报告社区党委。", 5,
                "无党员名册的扣2分；信息变动未及时报告的，每人次扣0.5分。"),
            Row("督促党员按月交纳党费，协助支部做好年老体弱党员上门收缴，做到不漏缴、不拖欠。", 4,
                "党员漏缴、拖欠党费的，每人次扣0.3分。"),
        )),
        Section("组织生活", "组织生活\n（30分）", 30, (
            Row("党小组会每月至少召开一次，学习上级精神、讨论居民小组事务；党员到会率达到百分之八十五以上，因病因事不能参加的向"
                "组长请假。", 8,
                "党小组会每少1次扣1分；到会率每低5个百分点扣0.5分；无请假记录的扣0.5分。"),
            Row("使用统一的党小组会议记录本，记载时间、地点、参加人员和主要内容；签到表、学习资料随记录归档。", 4,
                "无记录本的扣2分；记录要素不全的，每次扣0.2分，最多扣1分；无签到表的扣1分。"),
            Row("党小组每季度开展一次“微党课”或“微宣讲”，由组长或党员骨干结合居民小组实际讲授。", 5,
                "每少1次扣1分；内容空泛、脱离实际的，酌情扣0.5分。"),
            Row("组织生活会召开前，组长与本小组每名党员谈心谈话不少于一次；组织党员参加社区党委组织生活会和民主评议党员。", 6,
                "谈心谈话每少1人扣0.3分；党员无故不参加民主评议的，每人扣0.5分。"),
            Row("党小组每季度至少组织一次集体志愿服务活动；党员每年参加志愿服务不少于20小时。", 7,
                "集体志愿服务每少1次扣1分；服务时长不足的，每人扣0.2分，最多扣2分；活动无照片资料的扣0.5分。"),
        )),
        Section("联系服务群众", "联系服务群众\n（35分）", 35, (
            Row("实行党员联户，每名党员联系居民5至10户，联系户覆盖居民小组全部住户；党员每月走访联系户不少于1次。", 7,
                "联户覆盖率每低10个百分点扣1分；走访每少1次扣0.2分，最多扣3分。"),
            Row("居民小组公益事业、集体资产处置、环境整治等重要事项，先由党小组讨论提出意见，再提交居民小组会议商议决定；决定事项"
                "向居民公开。", 7,
                "重要事项未经党小组讨论的，每项扣1分；决定事项未公开的扣1分。"),
            Row("每月排查一次居民小组内矛盾纠纷，党员参与调解，做到小事不出小组；全年未发生因矛盾激化引发的刑事案件和越级上访。", 7,
                "排查每少1次扣0.5分；发生因矛盾激化引发的刑事案件或越级上访的，本项不得分。"),
            Row("对居民小组内低保户、独居老人、残疾人等困难群众建立关爱名单，党小组每季度上门探望一次。", 6,
                "无关爱名单的扣1分；探望每少1次扣1分。"),
            Row("党员在环境整治、移风易俗、垃圾分类中带头示范，党员户门前“三包”落实，无违章搭建。", 8,
                "党员户门前“三包”不落实或有违章搭建的，每户扣1分；党员带头作用不明显的，酌情扣1—2分。"),
        )),
        Section("考核评价", "考核评价\n（15分）", 15, (
            Row("社区党委每年组织居民小组居民代表对党小组工作进行测评，满意率在90%以上的得10分；80%（含）—90%的得7分；70%（含）"
                "—80%的得4分；70%以下的不得分。", 10,
                "按测评结果计分。"),
            Row("年底党小组向社区党委书面报告全年工作，组长在社区党员大会上述职，接受党员评议。", 5,
                "未书面报告的扣2分；组长未述职的扣3分。"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "分值"]
NOTE = ("说明：1.本表由社区党委于每年12月组织考核，采取查阅资料、入户走访、召开座谈会和问卷测评相结合的方式进行；2.各项扣分"
        "以该项分值为限；3.考核得分90分以上的党小组评为“先锋党小组”，给予通报表扬；得分低于60分的，由社区党委书记约谈党小组"
        "组长。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（城北社区党委　2026年1月）")
    document.add_paragraph("居民小组：第    居民小组    党小组组长：            党员：    名    联系户：      户")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            for c, v in ((0, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points))):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    merge_cells(tbl, r, 0, r, 3, "合计")
    tbl.cell(r, 4).text = _fmt(t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
