"""中共平江县公路建设养护中心总支部委员会2025年度养护站党支部党建工作考核评分表 (.xlsx), as a 湖南 县 公路建设养护中心党总支 (its
党建办 with the 养护科, the 安全科 and the 路政 股, a 考核组 going round the 养护站 in December with the 路况检测 and the 季度检查
通报) scores each 养护站党支部 — a handful of 党员 站长, 养护工, 机械操作手 and 路政员 over the 国省干线 and the 农村公路 of a 片区 — on
党建基础 (“三会一课” with 雨天 / 夜间 学习 in the 养护季, the monthly 主题党日 with its 参与率, 组织生活会 with 民主评议 and the 公示 of
the “优秀”, 32学时 and the half-yearly 专题学习, 党费 and one member in two years among the 一线 养护工, 计划 / 总结 with the 花名册 and
the 积分 台账), 养护保畅 (the 党员 “路长制” with the 责任路段 标识牌 and a twice-weekly 巡查, the 优良路率 and 优良中等路率 with the
季度检查, the monthly 桥隧 经常性检查 and the 汛期 专项检查 with the 病害台账, the 党员应急抢险突击队 with a yearly 演练 and the 2小时 /
12小时 时限, the quarterly “洁路” 志愿活动), 安全廉洁 (the monthly 安全检查 and the quarterly 安全培训 with the 作业现场, a deduction-only
安全生产 line with a 一票否决, the half-yearly 廉政教育, the 集体研究 and 公示 of 采购 / 租赁 and the 责任书) and 群众满意 (the quarterly
走访 of the 沿线 村组 with the 办结率, a 满意度 in bands).

A merged title row, a merged "考核对象：中心所属各养护站党支部" line and a merged "养护站：…  支部书记：…  管养里程：…公里  考核时间：…"
line above the header 考核项目 | 序号 | 考核要点 | 评分细则 | 分值 | 佐证材料 | 自评分 | 考核得分 (分值 AFTER the 评分细则). The
categories are MERGED CELLS down the 考核项目 column (FIRST), printed on ONE line WITHOUT an ordinal, "党建基础（30分）". 序号 (SECOND
column, numeric cells) RESTARTS at 1 in every category (ids "1.1" … "4.2"). 分值 is a plain number. 佐证材料 (`Row.method`) names the
papers the 养护站 lays out (once a way of checking, 中心安全科核实): a 佐证 column. 自评分 and 考核得分 are blank. A 合计 row and a merged
说明 row close the sheet. The 满意度 bands sit in the 评分细则; counts partly in Chinese numerals ("每月召开一次", "每半年…一次",
"各开展一次"); "最高扣" caps; the 巡查 runs weekly (no period of the model); two 时限 (2小时, 12小时) of the 抢通; one line is
deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzo_gonglu_yanghuzhan_zhibu_xlsx",
    fmt="xlsx",
    title="中共平江县公路建设养护中心总支部委员会2025年度养护站党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("党建基础", "党建基础（30分）", 30, (
            Row("支部委员会每月召开一次，党员大会每季度召开一次，党小组会每月召开一次，党课每季度一次；养护作业繁忙期间可利用雨天、"
                "夜间集中学习。", 7,
                "“三会一课”每缺1次扣0.5分，最高扣4分；会议记录简单、无实质内容的，酌情扣1分。", "会议记录、签到表"),
            Row("每月开展一次主题党日活动，党员参与率达到90%以上。", 4,
                "主题党日每少1次扣0.5分；参与率每低5个百分点扣0.5分。", "活动方案、签到表、活动照片"),
            Row("每年召开一次组织生活会，开展民主评议党员；评议为“优秀”等次的党员在站内公示。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；评议结果未公示的扣0.5分。", "会议记录、公示照片"),
            Row("党员每年参加集中学习不少于32学时；每半年开展一次“交通强国”建设专题学习。", 4,
                "学时不足的，每人扣0.2分，最高扣1分；专题学习每少1次扣1分。", "学时登记表、学习记录"),
            Row("党员按月交纳党费；注重在一线养护工、机械操作手中发展党员，每两年至少发展1名。", 5,
                "党费未按月交纳的，每人次扣0.1分；两年内未发展党员的扣2分。", "党费收缴台账、发展党员档案"),
            Row("年初制定支部工作计划，年终形成工作总结；建立党员花名册和党员积分管理台账。", 5,
                "计划、总结每缺1项扣1分；党员花名册、积分管理台账每缺1项扣1分。", "工作计划、工作总结、党员花名册、积分管理台账"),
        )),
        Section("养护保畅", "养护保畅（40分）", 40, (
            Row("实行党员“路长制”，每名党员认领1段责任路段，责任路段标识牌公布党员姓名和联系电话；党员每周巡查责任路段不少于2次。", 8,
                "未实行党员责任路段的扣3分；标识牌缺失的，每处扣0.5分；巡查记录不全的，每次扣0.2分，最高扣2分。",
                "责任路段分配表、巡查日志、标识牌照片"),
            Row("辖区国省干线公路优良路率达到85%以上，农村公路优良中等路率达到80%以上；在中心季度养护质量检查中不排名末位。", 8,
                "优良路率每低1个百分点扣0.5分；优良中等路率每低1个百分点扣0.3分；季度检查排名末位的，每次扣1分。",
                "路况检测报告、季度检查通报"),
            Row("每月对辖区桥梁、隧道开展一次经常性检查；汛期前后各开展一次专项检查，发现病害建立台账并限期处治。", 8,
                "经常性检查每少1次扣0.5分；专项检查每少1次扣1分；无病害台账的扣1分；因病害处治不及时发生安全事故的，本项不得分。",
                "桥隧检查记录、病害处治台账"),
            Row("组建党员应急抢险突击队，每年开展一次应急演练；冰雪、水毁等灾害发生后，突击队2小时内到达现场，干线公路阻断12小时内"
                "恢复通行。", 8,
                "未组建突击队的扣2分；未开展应急演练的扣2分；抢通超时的，每次扣1分。", "突击队名单、演练方案、演练照片"),
            Row("党员带头开展路域环境整治，每季度开展一次“洁路”志愿活动；配合路政部门开展超限超载治理。", 8,
                "志愿活动每少1次扣1分；路域环境在市级检查中被通报的，每次扣2分；超限超载治理配合不力的，酌情扣1—2分。", "活动照片"),
        )),
        Section("安全廉洁", "安全廉洁（20分）", 20, (
            Row("每月开展一次安全生产检查，每季度开展一次作业人员安全教育培训；养护作业现场按规定设置安全标志，作业人员穿戴反光服。",
                7,
                "安全检查每少1次扣0.5分；安全培训每少1次扣0.5分；作业现场不规范的，每处扣0.5分。",
                "安全检查记录、培训签到表、现场照片"),
            Row("全年未发生养护作业安全生产责任事故。", 5,
                "发生一般安全生产责任事故的，每起扣3分；发生较大及以上安全生产责任事故的，实行一票否决，本项不得分。",
                "中心安全科核实"),
            Row("每半年开展一次廉政教育；养护材料采购、机械租赁实行集体研究，结果在站内公示；站长签订党风廉政建设责任书。", 8,
                "廉政教育每少1次扣1分；未经集体研究的，每项扣1分；未公示的，每次扣0.5分；未签订责任书的扣1分；站内党员受到党纪处分的，"
                "本项不得分。", "教育记录、会议纪要、公示照片、责任书"),
        )),
        Section("群众满意", "群众满意（10分）", 10, (
            Row("推行“路长+村长”联动，每季度走访沿线村组一次，收集群众对路况的意见；群众反映的问题按时办结率达到95%以上。", 5,
                "走访每少1次扣0.5分；按时办结率每低1个百分点扣0.2分。", "走访记录、问题办理台账"),
            Row("中心委托第三方对沿线群众开展满意度调查，满意度达到90%以上。", 5,
                "满意度90%以上的得5分；85%（含）至90%的得4分；80%（含）至85%的得2分；80%以下的不得分。", "满意度调查报告"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核要点", "评分细则", "分值", "佐证材料", "自评分", "考核得分"]
NOTE = ("说明：1.本表由中心党总支会同养护科、安全科于每年12月组织考核，先由养护站党支部自评，再由考核组查阅资料、实地查看、随机抽查"
        "路段；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为优秀、良好、合格、不合格四个等次，与养护站年度目标考核和站长绩效"
        "挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "养护站党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：中心所属各养护站党支部", ncols)
    xlsx_line(ws, "养护站：              支部书记：              管养里程：      公里    考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.scoring, row.points, row.method, None,
                       None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (12, 6, 50, 46, 6, 22, 7, 8))
    wb.save(str(path))
