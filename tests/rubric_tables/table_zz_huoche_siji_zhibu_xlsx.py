"""中共临沂市兰山区道路货运行业委员会2026年度货车司机党支部党建工作考核评分表 (.xlsx), as a 山东 道路货运行业党委 (set up
under the 区交通运输局, its 党建办 running the check with the 区货运物流协会) scores each 货车司机党支部 — the 支部 of a 货运企业
or the 联合党支部 of a 货运物流园, its 党员 mostly 个体 or 挂靠 truck drivers on the road for weeks, a few 调度员 and 管理人员 —
on 组织建设 (设置 and 换届, the quarterly 摸排 of “口袋党员”, 党小组 by 线路, 发展党员), 组织生活 (“三会一课” with the “云支部”
video meetings and 补学 of 在途党员, the “车轮上的主题党日”, 组织生活会, 党费 paid on the phone, the “车厢课堂”), 作用发挥 (the
“党员先锋车”, 安全守法, the 应急运输突击队, 志愿服务, 关爱 and 诉求, a 电话回访) and 阵地保障 (the “司机之家”, the 线上平台,
经费, 计划总结 and 台账).

A merged title row, a merged "考核对象：行业党委所属货运企业、货运物流园区货车司机党支部（含联合党支部）" line and a merged
"支部名称：…  党员：…名（其中长期在途…名）  考核日期：…" line above the header 一级指标 | 二级指标 | 考核要点 | 分值 | 计分方法 |
佐证材料 | 得分. The categories are MERGED CELLS down the 一级指标 column (first), printed on one line "一、组织建设（20分）".
There is NO 序号: items are numbered by position (1..19). 二级指标 is a short sub-label (`Row.indicator`). 分值 is a plain
number. 佐证材料 (`Row.method`) names the papers the 支部 lays out (once a way of checking, 实地查看): a 佐证 column. 得分 is
blank. A 合计 row and two merged 说明 rows close the sheet.
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
    name="zz_huoche_siji_zhibu_xlsx",
    fmt="xlsx",
    title="中共临沂市兰山区道路货运行业委员会2026年度货车司机党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织建设", "一、组织建设（20分）", 20, (
            Row("有正式党员3名以上的货运企业单独建立党支部，不足3名的按区域或运输线路组建联合党支部；支部委员会由书记、组织委员、"
                "宣传委员组成，任期届满按期换届。", 5,
                "未按要求建立党组织的扣3分；支委配备不全的扣1分；未按期换届的扣1分。", "成立批复、换届选举材料",
                indicator="组织设置"),
            Row("每季度开展一次货车司机党员摸排，对组织关系未转接的“口袋党员”“隐形党员”逐一登记，建立货车司机党员信息库，信息"
                "准确率达到100%。", 5,
                "摸排每少1次扣0.5分；无信息库的扣2分；信息每错漏1处扣0.2分，最多扣1分。", "摸排登记表、党员信息库",
                indicator="党员摸排"),
            Row("按照长途干线、城市配送、危化品运输等线路划分党小组，每个党小组不少于3名党员，党小组长由驾龄长、威信高的党员司机"
                "担任。", 4,
                "未划分党小组的扣2分；党小组设置不合理的，酌情扣0.5—1分。", "党小组名单", indicator="线路编组"),
            Row("注重在优秀货车司机、调度员中发现培养入党积极分子，年内至少确定1名入党积极分子；发展党员严格履行程序，培养考察期"
                "不少于一年。", 6,
                "未确定入党积极分子的扣2分；发展程序每有1处不规范扣1分；违规发展党员的，本项不得分。",
                "积极分子名册、发展党员档案", indicator="发展党员"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；在途党员无法到会的，通过“云支部”视频会议参加或在"
                "返程后7日内补学。", 8,
                "支委会每少1次扣0.5分；党员大会、党课每少1次扣1分；在途党员无补学记录的，每人次扣0.2分，最多扣2分。",
                "会议记录、视频会议截图、补学登记本", indicator="“三会一课”"),
            Row("每月结合出车间隙开展一次“车轮上的主题党日”，党员参加率（含线上参加）不低于百分之八十五。", 5,
                "每少开展1次扣0.5分；参加率每低5个百分点扣0.5分。", "活动记录、签到表", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前支部书记与每名党员谈心谈话，可采取电话、视频方式进行。", 5,
                "未召开组织生活会的扣5分；未开展民主评议的扣2分；谈心谈话未全覆盖的扣1分。", "会议记录、谈心谈话记录",
                indicator="组织生活会"),
            Row("党员按月交纳党费，在途党员可通过手机线上交纳；党费收缴情况每半年在支部内公布一次。", 3,
                "党费未按月交纳的，每人次扣0.2分；未公布的扣1分。", "党费收缴台账、公布照片", indicator="党费收缴"),
            Row("利用“学习强国”、车载音频等载体开展“车厢课堂”学习，党员每年参加集中学习培训不少于24学时。", 4,
                "学时不足的，每人扣0.2分，最多扣2分；未开展“车厢课堂”的扣1分。", "学时登记表、音频推送截图",
                indicator="学习教育"),
        )),
        Section("作用发挥", "三、作用发挥（35分）", 35, (
            Row("开展“党员先锋车”亮牌行动，党员司机车辆张贴党员标识，亮牌率达到100%；党员司机全年无负主要责任以上的交通事故。", 6,
                "亮牌率每低10个百分点扣1分；党员司机发生负主要责任以上交通事故的，每起扣3分；发生较大以上交通事故的，实行一票"
                "否决，本项不得分。", "亮牌台账、车辆照片", indicator="先锋示范"),
            Row("党员司机带头遵守交通法规，不超限超载、不疲劳驾驶；支部每月开展一次安全警示教育，每季度组织一次车辆安全隐患"
                "排查。", 6,
                "警示教育每少1次扣0.5分；隐患排查每少1次扣1分；党员司机因超限超载、疲劳驾驶被处罚的，每人次扣1分。",
                "教育记录、隐患排查台账", indicator="安全守法"),
            Row("组建党员应急运输突击队，队员不少于10人，在防汛救灾、保供稳价等应急运输任务中冲锋在前。", 5,
                "未组建突击队的扣3分；队员人数不足的扣1分；应急任务中党员作用发挥不明显的，酌情扣1—2分。", "突击队名单、任务记录",
                indicator="应急保障"),
            Row("党员司机每年参加“爱心送考”“公益运输”等志愿服务不少于2次；支部年内组织志愿服务活动不少于4次。", 5,
                "支部活动每少1次扣0.5分；党员参加不足2次的，每人扣0.1分，最多扣2分。", "活动照片、志愿服务记录",
                indicator="志愿服务"),
            Row("建立困难司机党员帮扶机制，“七一”、春节走访慰问生活困难党员和长期在途司机家属；收集协调司机反映的停车难、休息难、"
                "如厕难等诉求，诉求办结率达到90%以上。", 7,
                "未开展走访慰问的扣2分；无诉求台账的扣1分；办结率每低5个百分点扣1分。", "慰问记录、诉求台账",
                indicator="关爱服务"),
            Row("行业党委随机抽取党员司机和群众司机电话回访，满意度95%以上的得6分；90%（含）—95%的得4分；85%（含）—90%的得2分；"
                "85%以下的不得分。", 6,
                "按回访结果计分。", "回访记录", indicator="司机评价"),
        )),
        Section("阵地保障", "四、阵地保障（20分）", 20, (
            Row("依托物流园区、高速服务区建设“司机之家”党群服务站，做到有场地、有标识、有制度、有书报、有饮水休息设施；每天开放"
                "不少于12小时。", 6,
                "“五有”每缺1项扣1分；开放时间不足的扣1分。", "实地查看", indicator="司机之家"),
            Row("建立支部微信群或“云支部”线上平台，每月推送学习内容不少于4次，及时发布路况、天气等预警信息。", 4,
                "推送每少1次扣0.1分，最多扣2分；线上平台无人管理的扣1分。", "推送截图", indicator="线上阵地"),
            Row("党组织工作经费在企业管理费用中列支；上级返还党费、党建工作补助资金专款专用，使用情况每年公开一次。", 4,
                "经费无保障的扣2分；使用情况未公开的扣1分；挪用党建经费的，本项不得分。", "经费使用台账", indicator="经费保障"),
            Row("年初制定支部年度工作计划，年底形成工作总结报行业党委；党员花名册、会议记录本、党费收缴台账、发展党员档案等资料"
                "齐全。", 6,
                "无计划或总结的，每项扣1.5分；资料每缺1项扣0.5分；资料不规范的，酌情扣分。", "工作计划、工作总结、台账资料",
                indicator="计划台账"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核要点", "分值", "计分方法", "佐证材料", "得分"]
NOTES = (
    "说明：1.考核由行业党委党建办会同区货运物流协会于每年12月组织，采取查阅资料、实地查看、电话回访相结合的方式进行，线上"
    "资料可通过“云支部”平台调阅；各项扣分以该项分值为限，扣完为止。",
    "2.考核得分90分以上的支部推荐评选“红色车队”；得分低于60分的，由行业党委书记约谈支部书记，限期整改。",
)


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "货车司机党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：行业党委所属货运企业、货运物流园区货车司机党支部（含联合党支部）", ncols)
    xlsx_line(ws, "支部名称：                    党员：    名（其中长期在途    名）    考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    for note in NOTES:
        xlsx_note(ws, note, ncols, 32)
    xlsx_widths(ws, (12, 11, 52, 6, 44, 20, 7))
    wb.save(str(path))
