"""中共北湾港务集团有限公司委员会2025年度码头作业区党支部党建工作考核评分表 (.xlsx), as a 港口 国企 集团党委 (its 党委组织部
with the 安全环保部, the 生产业务部 and the 纪委办公室 checking each 码头公司 in January) scores each 码头作业区党支部 — one 支部 over
an 作业区 of 桥吊 / 门机 司机, 理货员 and 装卸 班组 on “四班二运转” shifts — on 基础党建 (the “第一议题” with monthly 集中学习 and a
weekly “班前十分钟” 微学习, 党小组 by 班组 and “三会一课” with the 书记's 党课, 主题党日 with two “党员进现场” a year and its 参加率,
组织生活会 with 谈心谈话, the 审核 of the 对照检查材料, 民主评议 and its 通报, the 一线 党员 share and two 积极分子, 党费 with its
half-yearly 公布, 32学时 and the 平台 达标率, the 活动室 with its quarterly 更新), 党建+安全生产 (the 安全生产责任书 and the 支委会's
quarterly 安全 研究, the 党员安全监督岗 in every 班组 with its per-shift 巡查, a 一票否决 for 较大 事故, the 应急突击队 with half-yearly
演练 and a 参演 share in Chinese numerals, 24学时 of 安全 training and the 持证上岗率), 党建+生产经营 (先锋岗 and 责任区 with the 效率,
4 攻坚 a year and the 在港停时, 2 “五小” 创新成果 with one 推广, a 客户 满意度 scored down from 95%) and 廉洁和基础工作 (the yearly
廉洁风险点 排查 with 承诺书 and quarterly 廉洁教育 under a 一票否决, the “我为职工办实事” 清单 with 5 实事 and half-yearly 公开, 计划 /
总结 / 述职报告 and quarterly 信息).

A merged title row and a merged "考核对象：集团所属各码头公司作业区党支部  考核周期：2025年1月—12月" line above the header 序号 |
考核指标 | 考核要点 | 分值 | 评分标准 | 佐证资料 | 得分. The categories are SECTION ROWS merged across the sheet, printed with an
ordinal, "一、基础党建（35分）". 序号 (first column, numeric cells) runs 1..19 through the sheet, NOT restarting under the section rows.
考核指标 is a short sub-label (`Row.indicator`). 分值 (before the 评分标准) is a plain number. 佐证资料 (`Row.method`) names the papers
the 支部 lays out (once a way of checking, 公司安全环保部认定): a 佐证 column. 得分 is blank. A 合计 row and a merged 备注 row close the
sheet. "最高扣" / "最多扣" cap; counts partly in Chinese numerals ("两次", "百分之百", "每半年至少…一次"); one count is weekly ("每周
不少于1次") and one per shift ("每班"); one item is deduction-only with a 一票否决.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzj_gangkou_matou_zhibu_xlsx",
    fmt="xlsx",
    title="中共北湾港务集团有限公司委员会2025年度码头作业区党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("基础党建", "一、基础党建（35分）", 35, (
            Row("落实“第一议题”制度，支部每月至少组织1次集中学习；利用班前会开展“班前十分钟”微学习，每周不少于1次。", 5,
                "集中学习每少1次扣0.5分；班前微学习未落实的，酌情扣0.5—1分。", "学习记录、班前会记录", indicator="政治学习"),
            Row("结合“四班二运转”倒班实际，按作业班组设立党小组；支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课"
                "每季度1次；支部书记每年讲党课不少于1次。", 7,
                "“三会一课”每缺1次扣0.5分，最高扣5分；书记未讲党课的扣1分；党小组设置与倒班不匹配的扣1分。", "会议记录、签到表",
                indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，每年至少组织两次到码头一线、船舶现场开展“党员进现场”实践活动；党员参加率达到90%以上。", 5,
                "主题党日每少1次扣0.5分；“党员进现场”活动每少1次扣0.5分；参加率每低1个百分点扣0.1分。", "活动方案、签到表、活动照片",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，班子成员对照检查材料报公司党委审核；会后开展民主评议党员，评议结果向党员"
                "通报。", 5,
                "未召开组织生活会的扣2分；谈心谈话未全覆盖的扣1分；对照检查材料未报审核的扣0.5分；未开展民主评议党员的扣1分；评议"
                "结果未通报的扣0.5分。", "会议记录、谈心谈话记录", indicator="组织生活会"),
            Row("注重在桥吊司机、门机司机、理货员等一线骨干中发展党员，一线党员占支部党员总数的比例不低于60%；支部每年至少培养入党"
                "积极分子2名。", 5,
                "一线党员比例每低5个百分点扣0.5分；积极分子每少1名扣1分；发展程序不规范的，每处扣0.5分。", "党员名册、积极分子培养档案",
                indicator="发展党员"),
            Row("党员按月交纳党费，党费收缴情况每半年公布一次；党员每年参加集中学习培训不少于32学时，“学习强国”和集团“港航e党建”"
                "平台学习达标率达到100%。", 5,
                "党费未按月交纳的，每人次扣0.1分；未公布的扣0.5分；学时不足的，每人扣0.2分，最多扣2分；平台学习达标率每低10个百分点"
                "扣0.5分。", "党费收缴台账、学时登记表", indicator="党员管理"),
            Row("建有党员活动室或“港湾驿站”党建阵地，党旗、入党誓词、制度上墙规范；作业区党建宣传栏每季度更新一次。", 3,
                "阵地不规范的扣1分；宣传栏更新每少1次扣0.5分。", "更新照片", indicator="阵地建设"),
        )),
        Section("党建+安全生产", "二、党建+安全生产（30分）", 30, (
            Row("落实“党政同责、一岗双责”，支部书记与各班组长签订年度安全生产责任书；支委会每季度至少专题研究一次安全生产工作。", 5,
                "责任书每缺1份扣0.5分；支委会专题研究每少1次扣1分。", "安全生产责任书、支委会会议记录", indicator="安全责任"),
            Row("每个作业班组设立党员安全监督岗，党员每班开展安全巡查，及时制止“三违”行为；党员身边“零违章、零事故”。", 6,
                "监督岗每缺1个扣1分；党员本人发生“三违”的，每人次扣1分；党员所在岗位发生责任事故的，每起扣2分。", "监督岗名单、巡查记录",
                indicator="党员安全监督岗"),
            Row("作业区全年未发生较大及以上生产安全责任事故、重大船舶污染事故和重大火灾事故。", 8,
                "发生较大及以上生产安全责任事故的，实行一票否决，本项不得分；发生一般生产安全责任事故的，每起扣4分；发生轻伤事故的，"
                "每起扣1分。", "公司安全环保部认定", indicator="安全底线"),
            Row("组建党员应急突击队，防台防汛、寒潮大风等极端天气期间党员带头值守；每半年至少开展一次应急演练，参演党员比例达到百分之"
                "百。", 6,
                "未组建突击队的扣2分；演练每少1次扣1分；参演党员比例未达到100%的扣0.5分；极端天气期间值守不到位的，酌情扣1—2分。",
                "突击队名单、演练方案、演练照片", indicator="应急处置"),
            Row("党员每年参加安全生产教育培训不少于24学时；特种作业岗位党员持证上岗率达到100%。", 5,
                "培训学时不足的，每人扣0.2分，最多扣2分；持证上岗率未达100%的，每人扣1分。", "培训签到表、证书复印件",
                indicator="安全培训"),
        )),
        Section("党建+生产经营", "三、党建+生产经营（20分）", 20, (
            Row("在桥吊、门机、理货等关键岗位设立党员先锋岗、党员责任区，亮身份、亮承诺；党员先锋岗年度作业效率高于作业区平均水平。",
                5,
                "先锋岗、责任区每缺1个扣0.5分；未挂牌亮身份的扣1分；先锋岗作业效率低于平均水平的扣1分。", "先锋岗名单、效率统计报表",
                indicator="先锋岗"),
            Row("围绕重点船舶、抢船期等急难险重任务组织党员突击队攻坚，全年开展攻坚行动不少于4次；重点船舶在港停时达到公司考核指标。",
                5,
                "攻坚行动每少1次扣0.5分；重点船舶在港停时超标的，每艘次扣0.5分，最多扣2分。", "攻坚台账", indicator="突击攻坚"),
            Row("依托党员创新工作室开展“五小”技术革新，年内形成创新成果不少于2项，其中在公司推广应用不少于1项。", 5,
                "创新成果每少1项扣1分；无推广应用成果的扣1分。", "成果材料、推广应用证明", indicator="创新创效"),
            Row("开展船公司、货主等客户满意度调查，满意度不低于95%。", 5,
                "满意度每低1个百分点扣0.5分；因服务质量问题被客户书面投诉经查实的，每起扣1分。", "满意度调查表", indicator="客户满意"),
        )),
        Section("廉洁和基础工作", "四、廉洁和基础工作（15分）", 15, (
            Row("每年开展一次廉洁风险点排查，党员职工签订廉洁从业承诺书；支部每季度开展一次廉洁教育；党员职工无“吃拿卡要”、以港谋私"
                "等行为。", 6,
                "未开展风险点排查的扣1分；承诺书每缺1人扣0.2分；廉洁教育每少1次扣0.5分；发生“吃拿卡要”等行为经查实的，实行一票否决。",
                "风险点排查表、承诺书", indicator="廉洁从业"),
            Row("建立“我为职工办实事”清单，全年为一线职工办实事不少于5件，每半年向职工公开一次办理情况。", 4,
                "未建立清单的扣1分；实事每少1件扣0.5分；公开每少1次扣0.5分。", "实事清单、公开照片", indicator="关心关爱"),
            Row("年初制定支部工作计划，年底报送工作总结和支部书记抓党建工作述职报告；按季度向公司党委报送党建信息。", 5,
                "计划、总结、述职报告每缺1项扣1分；信息每少报1次扣0.5分。", "工作计划、工作总结、述职报告", indicator="计划总结"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核要点", "分值", "评分标准", "佐证资料", "得分"]
NOTE = ("备注：1.本表由集团党委组织部会同安全环保部、生产业务部、纪委办公室于次年1月组织考核，采取查阅资料、现场查看、个别访谈、"
        "调取生产系统数据相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为A、B、C、D四个等级，与作业区负责人、支部"
        "书记年度绩效挂钩；4.作业区发生较大及以上生产安全事故的，党支部年度考核直接定为D级。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "作业区党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center")
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：集团所属各码头公司作业区党支部  考核周期：2025年1月—12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.cell(ws.max_row, 1).alignment = left
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 12, 52, 6, 46, 20, 7))
    wb.save(str(path))
