"""中共徐州市公共交通集团有限责任公司委员会2026年度基层车队党支部“红色车厢”党建工作考核评分表 (.xlsx), as the 党委 of
a 江苏 state-owned 城市公交集团 (its 组织部 running the check) scores each 营运分公司 车队 / 场站 党支部 (车队长 or a 专职
副书记 as 书记; most 党员 are 驾驶员 on rotating shifts, the rest 维修工、调度员) on 基础组织、党员队伍、安全服务、基础保障.

A merged title row, a merged centred "（集团党委组织部制　适用于各营运分公司车队党支部、场站党支部）" line and a right-aligned
"单位：分" line above the header 考核类别 | 考核指标 | 考核标准 | 分值 | 评分办法 | 考核方式及佐证材料 | 得分. The categories
are MERGED CELLS down the 考核类别 column (first), printed on one line "基础组织建设（22分）" (no ordinal). There is NO 序号:
items are numbered by position (1..22). 考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 考核方式及
佐证材料 (`Row.method`) mixes how the 考核组 checks with the papers the 支部 lays out. 得分 is blank. A 合计 row and a merged
备注 row close the sheet.
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
    name="zp_gongjiao_chedui_xlsx",
    fmt="xlsx",
    title="中共徐州市公共交通集团有限责任公司委员会2026年度基层车队党支部“红色车厢”党建工作考核评分表",
    numbering="position",
    sections=(
        Section("基础组织建设", "基础组织建设（22分）", 22, (
            Row("车队（场站）有正式党员3名以上的单独成立党支部，不足3名的与相邻车队组建联合党支部；党支部按期换届，支部委员会中"
                "35周岁以下委员不少于1名。", 5,
                "应建未建的扣3分；未按期换届的扣1分；无35周岁以下委员的扣1分。", "查阅党组织设立批复、支委名册",
                indicator="组织设置"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；因营运排班无法集中的，可分批次召开，但须做到党员"
                "全覆盖；会议有签到、有记录。", 7,
                "每少开1次扣0.5分；分批召开未覆盖全体党员的，每次扣0.3分；签到、记录缺失的，每次扣0.2分。",
                "查阅会议记录、签到表", indicator="“三会一课”"),
            Row("每月开展1次主题党日，结合“司机之家”建设、线路走访等内容开展；党员参加率达到90%。", 4,
                "主题党日每少1次扣0.5分；参加率低于90%的，每次扣0.2分。", "查阅活动记录、照片", indicator="主题党日"),
            Row("每年召开1次组织生活会，开展民主评议党员，评议结果报集团党委组织部备案。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。",
                "查阅会议记录、民主评议登记表", indicator="组织生活会"),
            Row("党员每月按时足额交纳党费，党费收缴台账清晰。", 2,
                "未按月交纳的，每人次扣0.1分；台账记录不清的扣0.5分。", "查阅党费收缴台账", indicator="党费收缴"),
        )),
        Section("党员队伍建设", "党员队伍建设（18分）", 18, (
            Row("党员每年参加集中学习培训不少于24学时；利用“红色车厢”、班前会开展“微党课”，每季度不少于1次。", 4,
                "学时每少1学时扣0.1分，最多扣2分；微党课每少1次扣0.5分。", "“学习强国”“新时代e支部”系统核查学时，查阅微党课记录",
                indicator="学习教育"),
            Row("注重在优秀驾驶员、维修技术骨干中发展党员，每年推荐入党积极分子不少于2名；确定发展对象前在车队内公示，公示期"
                "不少于5个工作日。", 4,
                "积极分子每少1名扣1分；未公示或公示期不足的扣1分。", "查阅积极分子名册、公示材料", indicator="发展党员"),
            Row("设立“党员示范线路”“党员先锋车组”，党员驾驶员佩戴党员徽章、车内设置党员标识亮明身份；党员驾驶员安全行车、服务"
                "质量指标优于车队平均水平。", 5,
                "未设立示范线路或先锋车组的扣2分；党员未亮明身份的，每人扣0.2分；党员驾驶员指标低于车队平均水平的，酌情扣1—2分。",
                "实地查看、随车抽查", indicator="亮身份创先锋"),
            Row("每名党员驾驶员结对帮带1—2名新入职驾驶员，签订“师带徒”协议，帮带期不少于6个月。", 3,
                "未签订帮带协议的，每对扣0.3分；帮带期不足6个月的，每对扣0.2分。", "查阅师带徒协议", indicator="结对帮带"),
            Row("支部书记每半年与每名党员谈心谈话1次；建立困难党员、老党员帮扶台账，“七一”、春节期间开展走访慰问。", 2,
                "谈心谈话每少1人扣0.1分；无帮扶台账的扣0.5分；未开展走访慰问的扣0.5分。", "查阅谈话记录、帮扶台账、慰问照片",
                indicator="关心关爱"),
        )),
        Section("安全服务", "安全服务（40分）", 40, (
            Row("党员带头落实安全生产责任制，车队全年无负同等及以上责任的亡人交通事故；党员驾驶员全年无责任事故。", 8,
                "车队发生负同等及以上责任亡人事故的，本项不得分；党员驾驶员发生责任事故的，每起扣2分。", "向集团安全技术部核实",
                indicator="安全生产"),
            Row("每月召开1次安全生产例会，党员带头开展车辆、场站隐患排查，排查出的隐患整改率达到100%。", 5,
                "安全例会每少1次扣0.5分；隐患整改率每低5个百分点扣1分。", "查阅例会记录、隐患整改台账", indicator="隐患排查"),
            Row("党员示范线路准点率达到92%以上，乘客有效投诉控制在每百万人次0.5件以内。", 6,
                "准点率每低1个百分点扣0.5分，最多扣3分；有效投诉每超出0.1件扣0.5分。", "调取智能调度系统数据、投诉工单",
                indicator="服务质量"),
            Row("乘客满意度（集团年底委托第三方采取线上问卷与站点拦访相结合方式测评）。", 6,
                "满意度≥95%得6分；≥90%得4.5分；≥85%得3分；<85%不得分。", "第三方测评报告", indicator="乘客满意度"),
            Row("组建“红色车厢”党员志愿服务队，开展爱心助老、助残、助考等志愿服务，每季度不少于1次；每名党员全年志愿服务不少于"
                "16小时。", 5,
                "志愿服务每少1次扣1分；服务时长不足的，每人扣0.2分，最多扣1分。", "查阅志愿服务台账、“志愿汇”平台时长记录",
                indicator="志愿服务"),
            Row("与线路沿线社区、学校党组织结对共建，签订共建协议不少于2家；每半年开展1次共建活动。", 5,
                "共建协议每少1家扣1分；共建活动每少1次扣1分。", "查阅共建协议、活动记录", indicator="结对共建"),
            Row("在重大活动、恶劣天气、春运等保障任务中组建党员突击队，党员带头参加应急运输保障。", 5,
                "未组建党员突击队的扣2分；保障任务中党员作用发挥不明显的，酌情扣分。", "查阅突击队名单、保障任务照片",
                indicator="应急保障"),
        )),
        Section("基础保障", "基础保障（20分）", 20, (
            Row("依托场站“司机之家”建设党员活动室，做到有牌子、有党旗、有制度、有资料，满足驾驶员学习、休息需要。", 4,
                "未建设党员活动室的扣2分；“四有”每缺1项扣0.5分。", "实地查看", indicator="阵地建设"),
            Row("年初制定支部年度党建工作计划，年底进行总结；支部书记年终向分公司党总支述职。", 4,
                "无计划或总结的，每项扣1分；书记未述职的扣2分。", "查阅计划、总结、述职报告", indicator="计划总结"),
            Row("党员花名册、“三会一课”记录、党费收缴台账、发展党员档案等党务资料齐全，按年度归档。", 4,
                "资料每缺1项扣0.5分；归档不规范的，扣0.5—1分。", "查阅资料", indicator="党务资料"),
            Row("发挥党建带工建、带团建作用，车队职工之家、青年文明号创建有计划、有活动；每半年召开1次党工团联席会议。", 3,
                "联席会议每少1次扣1分；工会、共青团活动开展不正常的，酌情扣0.5—1分。", "查阅联席会议纪要", indicator="党建带群建"),
            Row("支部书记与分公司党总支签订党风廉政建设责任书；加强票款、油料、配件管理等廉洁风险防控，全年无违纪违法案件。", 5,
                "未签订责任书的扣1分；发生违纪违法案件的，本项不得分。", "查阅责任书，向集团纪委核实", indicator="廉洁风险防控"),
        )),
    ),
)

HEADER = ["考核类别", "考核指标", "考核标准", "分值", "评分办法", "考核方式及佐证材料", "得分"]
NOTE = ("备注：1.考核由集团党委组织部会同安全技术部、营运服务部于每年12月组织，采取查阅资料、随车抽查、系统数据比对相结合的方式；"
        "2.各项扣分不超过该项分值；3.考核结果排名前20%的车队党支部命名为“红色车厢”示范党支部，得分低于70分的党支部书记由分公司"
        "党总支约谈。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "车队党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=14, bold=True), center)
    xlsx_line(ws, "（集团党委组织部制　适用于各营运分公司车队党支部、场站党支部）", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="center")
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            ws.append([s.printed if ws.max_row + 1 == top else None, row.indicator, row.text, row.points, row.scoring,
                       row.method, None])
            for c in (2, 3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (12, 12, 50, 6, 44, 26, 7))
    wb.save(str(path))
