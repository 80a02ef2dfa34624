"""合肥市蜀山区三里庵街道2026年老旧小区改造项目临时党支部工作考核表 (.xlsx), as a 街道党工委 scores the 临时党支部 it
sets up for one 老旧小区改造 project (街道联系领导 or 社区书记 as 书记, 施工、监理单位党员, 小区党员骨干): 批复成立,
“支部+项目部+业委会”会商, 入户调查, 征询会, 同意率, 公示, 红色议事厅, 义务监督队, 质量安全巡查, 12345工单, 施工扰民
志愿服务, “党员工匠”, 联合验收, 业委会, 项目结束后总结、移交、撤销.

A merged title row and a merged "项目名称：…  临时党支部书记：…  考核时间：…" row above the header 序号 | 考核项目 |
考核内容 | 评分标准 | 分值 | 佐证资料 | 得分 (分值 after the scoring column). 考核项目 (the category) is merged down its
rows and printed "一、组建运行\\n（20分）"; 序号 runs 1..N through the sheet. Some 考核内容 cells list their parts as
"（1）…；（2）…" with a matching "（1）…；（2）…" 评分标准. 佐证资料 is `Row.method`; 得分 is blank. A 合计 row and a
注 row close the sheet.
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
    name="p_laojiu_xiaoqu_linshi_zhibu_xlsx",
    fmt="xlsx",
    title="合肥市蜀山区三里庵街道2026年老旧小区改造项目临时党支部工作考核表",
    numbering="printed",
    sections=(
        Section("组建运行", "一、组建运行\n（20分）", 20, (
            Row("项目开工前由街道党工委批复成立临时党支部，书记由街道联系领导或社区党委书记担任，成员涵盖施工单位、监理"
                "单位党员和小区党员骨干。", 6,
                "开工后一个月内仍未成立的扣4分；成员构成不全的扣2分。", "成立批复、党员名单"),
            Row("（1）制定临时党支部工作规则；（2）明确委员分工，建立“支部+项目部+业委会”联席会商机制。", 5,
                "（1）无工作规则的扣2分；（2）未建立联席会商机制的扣3分。", "工作规则、会商机制文件"),
            Row("临时党支部每月召开一次支部委员会，研究改造方案、工程进度和居民诉求；项目实施期间每季度至少召开1次党员"
                "大会。", 6,
                "支委会每少1次扣1分；党员大会每少1次扣1.5分；会议记录不规范的扣0.5分。", "会议记录、签到表"),
            Row("党员佩戴党员徽章亮身份上岗，在施工现场设立党员先锋岗不少于2个。", 3,
                "未设立先锋岗的不得分；少一个扣1.5分。", "现场照片"),
        )),
        Section("民意征集", "二、民意征集\n（25分）", 25, (
            Row("（1）改造方案确定前开展入户调查，入户率达到100%；（2）召开居民意见征询会不少于2次；（3）居民对改造方案的"
                "同意率超过三分之二。", 10,
                "（1）入户率每低5个百分点扣1分；（2）征询会每少一次扣2分；（3）同意率未超过三分之二的本项不得分。",
                "入户调查表、会议纪要、居民签字表"),
            Row("改造清单、施工计划在小区公示栏和业主微信群公示，公示时间不少于7天，对公示期间收集的意见逐条答复。", 5,
                "未公示的扣3分；意见未答复的，每条扣0.5分，最高扣2分。", "公示照片、意见答复台账"),
            Row("设立“红色议事厅”，每两个月组织党员、居民代表、施工方召开一次现场议事会，协商解决施工中的具体问题。", 5,
                "议事会每少一次扣1分；问题久拖未决的酌情扣1—2分。", "议事记录"),
            Row("组建由党员、楼栋长、热心居民组成的义务监督队，队员不少于10人，其中党员占一半以上。", 5,
                "未组建监督队的不得分；党员占比不足50%的扣2分。", "监督队员名单"),
        )),
        Section("施工监督", "三、施工监督\n（35分）", 35, (
            Row("党员监督员每月开展质量安全巡查不少于4次，巡查情况记入监督日志，发现问题及时督促项目部整改，问题整改率"
                "不低于90%。", 8,
                "巡查每少一次扣0.5分；无监督日志的扣3分；整改率低于90%的扣2分。", "监督日志、整改通知单"),
            Row("每季度联合施工单位开展一次安全文明施工检查，项目实施期间未发生安全生产责任事故。", 8,
                "检查每少一次扣2分；发生安全生产责任事故的，实行一票否决，本项不得分。", "检查记录、检查照片"),
            Row("居民投诉和12345热线工单由临时党支部牵头处置，工单按时办结率不低于95%，居民满意率达到90%。", 7,
                "办结率每低1个百分点扣0.3分；满意率每低1个百分点扣0.3分。", "工单台账"),
            Row("组织党员志愿者开展施工扰民协调、老人出行帮扶等志愿服务，每月不少于2次，党员人均志愿服务时长不少于8小时。",
                6,
                "每少一次扣0.5分；时长不足的扣1分。", "志愿服务记录、照片"),
            Row("在施工单位中开展“党员工匠”评选，年内评选不少于3名，先进事迹在小区宣传栏展示。", 6,
                "未开展评选的扣3分；少评一名扣1分。", "评选通知、展示照片"),
        )),
        Section("长效管理", "四、长效管理\n（20分）", 20, (
            Row("竣工后组织党员、居民代表参与联合验收，验收意见书有居民代表签字，分项工程验收合格率达到100%。", 6,
                "居民代表未参与验收的扣3分；验收合格率每低10个百分点扣1分。", "验收意见书"),
            Row("改造完成后三个月内推动成立业主委员会或物业管理委员会，党员在其成员中占比不低于50%，同步引入物业服务。", 6,
                "未成立业委会（物管会）的扣4分；党员占比低于百分之五十的扣2分。", "业委会备案材料"),
            Row("项目结束后，临时党支部形成工作总结报街道党工委，党员组织关系和工作资料按规定移交，支部按程序撤销。", 4,
                "无工作总结的扣2分；资料未移交或未按程序撤销的，各扣1分。", "工作总结、撤销批复"),
            Row("临时党支部工作台账（会议记录、巡查日志、议事记录、影像资料）按月整理，分类归档。", 4,
                "台账资料每缺一类扣1分，扣完为止。", "档案盒"),
        )),
    ),
)

NOTE = ("注：本表适用于街道辖区内2026年实施的老旧小区改造项目临时党支部，考核在项目竣工验收后一个月内进行；各项扣分以该项"
        "分值为限。考核结果作为施工单位信用评价和社区党组织年度考核的参考。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["序号", "考核项目", "考核内容", "评分标准", "分值", "佐证资料", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "临时党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "项目名称：                    临时党支部书记：            考核时间：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    number = 1
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            points = int(row.points) if float(row.points).is_integer() else row.points
            ws.append([number, s.printed if i == 0 else None, row.text, row.scoring, points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
        xlsx_merge_down(ws, 2, first, ws.max_row, center)
    xlsx_total_row(ws, int(t.total), 5, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 34)
    xlsx_widths(ws, (6, 12, 50, 44, 6, 20, 8))
    wb.save(str(path))
