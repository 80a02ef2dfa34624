"""中共九江市生态环境局机关委员会2025年度局属单位党支部党建工作考核评分表 (.docx), as an 江西 市生态环境局 机关党委 (its 组织科 with
the 监测处 and the 局机关纪委, a 考核组 checking in January) scores the 党支部 of the 市生态环境监测中心, whose 党员 sample the 长江 and the
鄱阳湖 and answer the 突发环境事件, on 党建 and the 监测 work together: 政治引领 (the “第一议题” with a monthly 集中学习, a quarterly
长江大保护 研讨 and “5天或40学时”, the 书记's 年初 责任书 and 年底 述职 with a half-yearly 报告 and a quarterly 专题研究), 组织生活
(“三会一课” with the 到会率, 签到表 and the 补课 of those out 采样, the monthly 主题党日 with a half-yearly 志愿服务 on the 世界环境日 and
全国生态日, the 组织生活会 with 征求意见, 民主评议, 谈心谈话 and a yearly 积极分子), 业务融合 (the 数据有效率 with the 审核 签字 and the
质控报告 and a 一票否决 for 弄虚作假, three 先锋岗 with the 党员突击队 and its two hours, four 培训 with the 持证上岗率, two 共建协议 with a
quarterly “送技术上门” and a 满意度) and 作风建设 (the half-yearly 警示教育 with a yearly 廉政风险排查, three 实事 with the 清单 公布 at 年初
and the 结果 公开 at 年底, a deduction-only line).

The title (bold, centred), a centred "（考核对象：市生态环境监测中心党支部）" line and a "党支部：…  支部书记：…  党员人数：…  考核时间：
2026年1月" line above one table: 序号 | 考核项目 | 考核内容 | 评分标准 | 分值 | 佐证材料. 序号 (first column) runs 1..12 through the table,
NOT restarting. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITH an ordinal on ONE line, "一、政治引领
（20分）". 分值 comes AFTER the 评分标准, a plain number. 佐证材料 (`Row.method`) names the papers the 支部 lays out (once a way of
checking, 局机关纪委核实): a 佐证 column. A 合计 row and a 说明 paragraph close the document. Counts in figures and Chinese numerals
("每月至少开展一次", "每季度…开展一次", "每半年至少一次", "每年至少一次"); "不少于5天或40学时"; "最高扣" caps; "酌情扣1-2分" twice, one
"酌情扣1分"; one rule "实行一票否决，本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzw_jiujiang_huanjing_jiance_zhibu_docx",
    fmt="docx",
    title="中共九江市生态环境局机关委员会2025年度局属单位党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治引领", "一、政治引领（20分）", 20, (
            Row("落实“第一议题”制度，支部每月至少开展一次集中学习，每季度围绕长江大保护开展一次专题研讨；党员每年参加集中培训不少于5天"
                "或40学时。", 10,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣1分；培训不足的，每人扣0.2分，最高扣2分；未落实“第一议题”制度的，酌情扣1-2分。",
                "学习记录、培训学时登记表"),
            Row("支部书记年初签订党建工作责任书，年底向局机关党委述职；支部每半年向局机关党委报告一次党建工作；支委会每季度专题研究一次"
                "党建与业务融合工作。", 10,
                "未签订责任书的扣1分；未述职的扣2分；报告每少1次扣1分；专题研究每少1次扣0.5分。", "责任书、述职报告、会议记录"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("支委会每月召开一次，党员大会每季度召开一次，党小组会每月召开一次，党课每季度一次，党员大会到会率不低于90%；外业采样"
                "缺席的党员会后及时补课。", 9,
                "“三会一课”每少1次扣0.5分，最高扣5分；到会率低于90%的，每次扣0.2分；补课未落实的，每人次扣0.1分。",
                "会议记录本、签到表、补课记录"),
            Row("每月开展一次主题党日；每半年至少一次结合“世界环境日”“全国生态日”开展生态环保宣传志愿服务。", 8,
                "主题党日每少1次扣0.5分；志愿服务每少1次扣1分；活动形式单一、效果不明显的，酌情扣1分。", "活动记录、活动照片"),
            Row("每年召开一次组织生活会，会前广泛征求意见，同步开展民主评议党员；支委成员与党员每年谈心谈话全覆盖；年内确定入党积极分子"
                "不少于1名。", 8,
                "未召开组织生活会的扣3分；未征求意见的扣1分；未开展民主评议党员的扣2分；谈心谈话未全覆盖的扣1分；未确定入党积极分子的"
                "扣1分。", "会议记录、民主评议表、谈心谈话记录"),
        )),
        Section("业务融合", "三、业务融合（35分）", 35, (
            Row("坚守监测数据质量生命线，党员带头落实“谁出数谁负责、谁签字谁负责”，监测数据有效率达到95%以上，全年无监测数据弄虚作假。",
                10,
                "数据有效率每低1个百分点扣1分，最高扣5分；数据审核签字不全的，每份扣0.5分；发生监测数据弄虚作假的，实行一票否决，本项"
                "不得分。", "数据审核记录、质控报告"),
            Row("设立“党员先锋岗”不少于3个；在突发环境事件应急监测中组建党员突击队，接到指令后2小时内到达现场。", 9,
                "先锋岗每少1个扣1分；未组建党员突击队的扣2分；应急监测到达超时的，每次扣1分。", "先锋岗名单、应急监测记录"),
            Row("每年组织业务技术培训不少于4次，党员带头参加技术比武和能力考核，监测人员持证上岗率达到100%。", 8,
                "培训每少1次扣0.5分；持证上岗率未达到100%的，每人扣0.5分。", "培训签到表、上岗证"),
            Row("与不少于2家重点排污单位或乡镇党组织结对共建，签订共建协议，每季度开展一次“送技术上门”服务；服务对象满意度不低于90%。",
                8, "共建协议每少1家扣1分；“送技术上门”每少1次扣0.5分；满意度低于90%的扣2分。", "共建协议、服务记录、满意度测评表"),
        )),
        Section("作风建设", "四、作风建设（20分）", 20, (
            Row("每半年开展一次廉政警示教育；围绕第三方监测机构监管、采样检测等关键环节，每年至少开展一次廉政风险排查。", 7,
                "警示教育每少1次扣1分；未开展廉政风险排查的扣2分；风险防控措施不落实的，酌情扣1-2分。", "教育记录、风险排查台账"),
            Row("深化“我为群众办实事”，支部年初公布办实事清单，年底公开办理结果，全年办实事不少于3件。", 7,
                "办实事每少1件扣1分；年初未公布清单的扣1分；年底未公开办理结果的扣1分。", "实事清单、公开照片"),
            Row("党员干部违反中央八项规定精神，在监测服务中吃拿卡要（本项为扣分项）。", 6,
                "受到党纪处分的，每人次扣3分；被上级通报的，每次扣2分；被媒体曝光造成不良影响的，本项不得分。", "局机关纪委核实"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "分值", "佐证材料"]
NOTE = ("说明：1.考核由局机关党委于次年1月组织，采取查阅资料、实地查看、个别谈话、调取监测数据相结合的方式；2.各项扣分以该项分值为"
        "限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选“先进基层党组织”的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：市生态环境监测中心党支部）")
    document.add_paragraph("党支部：                  支部书记：            党员人数：        考核时间：2026年1月")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
