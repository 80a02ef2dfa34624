"""中共绍兴市老年大学委员会2026年度教学系党总支党建工作考核细则 (.xlsx), as the 党委 of a 浙江 市老年大学 (under the
市委老干部局) scores each 教学系党总支, which leads the 班级党支部 formed from 学员党员 (retired cadres whose 组织关系
mostly stay with their old 党组织): 组织建设、组织生活、教育管理、作用发挥、基础工作.

A merged title row and a merged "教学系：…  党总支书记：…  下设班级党支部：…个  学员党员：…名" line above the header
考核项目 | 序号 | 考核内容 | 评分标准 | 分值 | 考核方式 | 得分. The categories are MERGED CELLS down the 考核项目 column,
printed on two lines "一、组织建设\\n20分". 序号 RESTARTS at 1 in every category (ids "2.4"). 分值 is a plain number and
stands AFTER the 评分标准. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 实地查看, 座谈了解, 问卷测评);
it is no 佐证 column. 得分 is blank. A 总计 row and a merged 附注 row close the sheet.
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
    name="zl_laonian_daxue_xlsx",
    fmt="xlsx",
    title="中共绍兴市老年大学委员会2026年度教学系党总支党建工作考核细则",
    numbering="restart",
    sections=(
        Section("组织建设", "一、组织建设\n20分", 20, (
            Row("按照“支部建在班上”的要求，学员党员3人以上的班级单独成立班级党支部，不足3人的相邻班级联合组建，党组织覆盖"
                "率达到100%。", 6,
                "覆盖率每低10个百分点扣1分；具备条件未单独成立党支部的，每个扣1分。", "查阅资料"),
            Row("党总支委员会由5—7人组成，委员中应有在职教职工党员；70周岁以下的委员不少于3名，大专及以上学历的委员不少于"
                "2名；委员分工明确。", 5,
                "委员人数不符合规定的扣1分；无在职教职工党员担任委员的扣2分；70周岁以下委员不足3名的扣1分；大专及以上学历"
                "委员不足2名的扣1分。", "查阅资料"),
            Row("班级党支部书记由学员中党性强、热心服务的党员担任，班主任（教职工党员）兼任党支部联络员。", 4,
                "书记人选不符合要求的，每个支部扣1分；班主任未兼任联络员的，每个支部扣0.5分。", "查阅资料、座谈了解"),
            Row("学员党员“党员活动证”登记发放率达到100%；学员党员花名册每学期更新1次。", 5,
                "发放率每低5个百分点扣1分；花名册未按学期更新的扣1分。", "查阅资料"),
        )),
        Section("组织生活", "二、组织生活\n30分", 30, (
            Row("党总支委员会会议原则上每月召开1次（寒暑假除外），全年不少于10次；党总支每学期召开1次党员大会。", 6,
                "委员会会议每少1次扣0.5分；党员大会每少1次扣1.5分。", "查阅会议记录"),
            Row("班级党支部结合教学安排每月开展1次主题党日，寒暑假期间可通过线上方式开展，党员参加率达到85%以上。", 6,
                "主题党日每少1次扣0.5分；参加率低于85%的扣1分，低于70%的扣2分。", "查阅资料"),
            Row("党总支书记每学期为学员党员讲党课不少于1次；每年邀请老领导、老专家开展专题讲座不少于2次。", 5,
                "书记讲党课每少1次扣1.5分；专题讲座每少1次扣1分。", "查阅资料"),
            Row("每年召开1次组织生活会，开展民主评议党员；会前开展谈心谈话，会后形成整改清单。", 7,
                "未召开组织生活会的，本项不得分；未开展民主评议党员的扣2分；未开展谈心谈话的扣1分；无整改清单的扣1分。",
                "查阅资料"),
            Row("组织生活结合书画、摄影、声乐、诗词等专业特色开展，内容充实、形式多样，防止“娱乐化”“形式化”。", 6,
                "考核组查阅记录、座谈了解后综合评定：好的得6分，较好的得4分，一般的得2分。", "查阅资料、座谈了解"),
        )),
        Section("教育管理", "三、教育管理\n25分", 25, (
            Row("将思想政治教育融入课堂教学，各专业每学期安排思政内容不少于2学时，并在教学计划中予以体现。", 5,
                "思政内容未纳入教学计划的扣2分；学时不足的，每个专业扣0.5分。", "查阅教学计划"),
            Row("学员党员每年参加集中学习不少于12学时，建立学员党员学习登记卡。", 5,
                "学时不足的，每人扣0.1分，最多扣3分；未建立学习登记卡的扣2分。", "查阅资料"),
            Row("学员党员组织关系不在老年大学的，党费在原所在党组织交纳；党总支每学期与学员党员原所在党组织沟通1次学员"
                "党员表现情况。", 4,
                "沟通每少1次扣1分。", "查阅资料"),
            Row("落实学员党员“双重组织生活”，学员党员每年向原所在党组织书面报告参加老年大学党组织活动情况，报告率达到90%。", 5,
                "报告率每低10个百分点扣1分。", "查阅资料"),
            Row("关心关爱高龄、患病学员党员，每学期走访慰问不少于1次，建立关爱台账。", 6,
                "走访慰问每少1次扣1分；无关爱台账的扣2分。", "查阅资料、座谈了解"),
        )),
        Section("作用发挥", "四、作用发挥\n15分", 15, (
            Row("组建学员党员“银龄”志愿服务队，每季度至少开展1次志愿服务，每名学员党员年服务时长不少于10小时。", 6,
                "志愿服务每少1次扣1分；服务时长不足的，每人扣0.2分，最多扣2分。", "查阅资料"),
            Row("发挥学员党员专长，到社区、中小学开展“五老”宣讲，全年不少于4场。", 4,
                "每少1场扣1分。", "查阅资料"),
            Row("学员对党组织工作满意度测评（学年末由老年大学党委统一组织）。", 5,
                "满意度90%以上的得5分；80%（含）—90%的得3分；80%以下的得1分。", "问卷测评"),
        )),
        Section("基础工作", "五、基础工作\n10分", 10, (
            Row("年初制定党建工作计划，年终形成工作总结；按“一支部一档”整理党建资料。", 5,
                "计划、总结每缺1项扣1.5分；资料归档不规范的，扣0.5—1分。", "查阅资料"),
            Row("党总支活动室做到有场所、有标识、有制度、有资料；党务公开栏每学期更新不少于1次。", 5,
                "“四有”每缺1项扣0.5分；公开栏未按学期更新的扣1分。", "实地查看"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "评分标准", "分值", "考核方式", "得分"]
NOTE = ("附注：1.本细则适用于学校各教学系党总支，考核于每年12月结合学年末工作检查进行；2.各项扣分以该项分值为限；3.考核结果"
        "分为优秀、良好、一般三个等次，优秀等次不超过参评党总支数的30%。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党总支考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="仿宋_GB2312", size=16, bold=True), center)
    xlsx_line(ws, "教学系：                党总支书记：              下设班级党支部：    个    学员党员：     名", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center, label="总计")
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 36)
    xlsx_widths(ws, (12, 6, 48, 44, 6, 14, 8))
    wb.save(str(path))
