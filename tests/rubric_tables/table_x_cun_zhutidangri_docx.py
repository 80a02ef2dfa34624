"""中共龙岩市新罗区适中镇委员会2026年村党支部“主题党日”活动规范化评分细则 (.docx), as the 镇党委 组织办 scores each
村党支部 on how its monthly 主题党日 is planned, held, recorded and what it achieves.

An "附件3" line, the title (bold, centred) and a centred "（适用于全镇各村党支部，按年度评分）" line above one table:
序号 | 评分内容 | 分值 | 扣分标准 | 检查方法 | 得分. The categories are SECTION ROWS merged across the table, printed
"一、活动谋划（15分）" (the category name is "活动谋划"). 序号 is printed "（1）", "（2）" … and RESTARTS in every category
(ids 1.1, 1.2 …, 2.1 …). 分值 is printed "6分". 检查方法 (`Row.method`) says how the 镇 checks. 得分 is blank. A 合计
row (the label merged over 序号 and 评分内容, the total under 分值 printed "100分") and three 说明 paragraphs close the
document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="x_cun_zhutidangri_docx",
    fmt="docx",
    title="中共龙岩市新罗区适中镇委员会2026年村党支部“主题党日”活动规范化评分细则",
    numbering="restart",
    sections=(
        Section("活动谋划", "一、活动谋划（15分）", 15, (
            Row("每月确定一个固定日期为“主题党日”，年初制定全年主题党日活动计划，明确每月活动主题。", 6,
                "无年度活动计划的扣4分；月度主题不明确的扣2分。", "查阅活动计划"),
            Row("活动前3天通过村务公开栏、党员微信群发布活动通知，并电话告知外出流动党员。", 5,
                "未提前发布通知的，每次扣0.5分，最高扣3分。", "查阅通知、微信群截图"),
            Row("活动方案经支委会集体研究确定，报镇党委组织办备案。", 4,
                "方案未经支委会研究的，每次扣0.5分。", "查阅活动方案"),
        )),
        Section("活动开展", "二、活动开展（45分）", 45, (
            Row("每月开展1次主题党日，全年不少于12次；因农忙、防汛等特殊情况调整日期的，须报镇党委同意。", 10,
                "每少开展1次扣1分。", "查阅活动记录"),
            Row("落实规定动作：重温入党誓词、集中学习、交纳党费、开展“党员议事”，每次活动规定动作不少于4项。", 10,
                "每缺1项规定动作扣0.5分，最高扣5分。", "查阅记录、现场观摩"),
            Row("党员参加率不低于90%，因病、外出不能参加的须向支部书记请假；流动党员通过视频连线参加或事后补学。", 8,
                "参加率每低1个百分点扣0.3分，最高扣4分；无请假记录的扣1分。", "查阅签到表、请假记录"),
            Row("每季度至少组织1次“支部+党员+群众”志愿服务，开展政策宣讲、环境整治、帮扶困难群众等活动。", 9,
                "每少1次扣2分。", "查阅记录、照片"),
            Row("每半年结合主题党日开展1次党员积分评定，评定结果在村务公开栏公示。", 8,
                "每少评定1次扣2分；未公示的扣2分。", "查阅积分评定表、公示照片"),
        )),
        Section("资料台账", "三、资料台账（20分）", 20, (
            Row("每次活动有签到表，使用主题党日专用记录本，活动时间、地点、主持人、参加人员、活动内容等要素齐全。", 8,
                "无签到表的，每次扣0.5分；记录要素不全的，每次扣0.5分，最高扣3分。", "查阅签到表、记录本"),
            Row("每次活动留存2张以上反映活动全貌的照片，按月整理归档。", 6,
                "照片每缺1次扣0.5分。", "查阅照片档案"),
            Row("党费收缴台账规范，党员按月交纳党费，收缴率100%。", 6,
                "收缴率未达100%的扣3分；台账不规范的扣1-2分。", "查阅党费收缴台账"),
        )),
        Section("活动成效", "四、活动成效（20分）", 20, (
            Row("主题党日议定的为民办实事事项有台账、有进度、有结果，年内为群众办实事不少于5件。", 8,
                "每少1件扣1分；无办实事台账的扣2分。", "查阅台账、走访群众"),
            Row("镇党委每季度随机抽查1次各村主题党日开展情况，现场观摩活动组织和党员精神面貌。", 6,
                "抽查发现走过场、搞形式的，每次扣2分。", "随机抽查"),
            Row("年底组织党员和群众代表对主题党日活动效果进行测评，满意度达到90%以上。", 6,
                "满意度每低1个百分点扣0.5分；低于80%的本项不得分。", "查阅测评表"),
        )),
    ),
)

HEADER = ["序号", "评分内容", "分值", "扣分标准", "检查方法", "得分"]
NOTES = (
    "说明：1.本细则按年度评分，镇党委组织办结合季度抽查情况于次年1月中旬前完成评分；",
    "2.每项扣分不超过该项分值，扣完为止；",
    "3.得分90分以上的为“规范化主题党日示范支部”，60分以下的由镇党委约谈支部书记。",
)
_ORD = "一二三四五六七八九十"


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件3")
    docx_title(document, t.title, 16)
    docx_centred(document, "（适用于全镇各村党支部，按年度评分）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for i, row in enumerate(s.rows, 1):
            for c, v in ((0, f"（{i}）"), (1, row.text), (2, f"{_fmt(row.points)}分"), (3, row.scoring),
                         (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
    merge_cells(tbl, r, 0, r, 1, "合计")
    tbl.cell(r, 2).text = f"{_fmt(t.total)}分"
    for note in NOTES:
        document.add_paragraph(note)
    document.save(str(path))
