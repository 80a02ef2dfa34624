"""中共合肥市蜀山区委社会工作部2026年度志愿服务组织党支部规范化建设考核评分表 (.xlsx), as a 安徽 区委社会工作部 (which
took over 志愿服务 and 新兴领域 Party building in the 2023 reform) scores each 党支部 set up in a 志愿服务组织 (应急救援队、
助老助残服务队、文明交通志愿服务队 …; 党员 among 在职党员 whose 组织关系 stays with their employer, 退休党员 and 流动党员,
so many pay 党费 elsewhere) on 组织建设、思想引领、服务实效、基础保障.

A merged title row, a merged "志愿服务组织名称：…  党支部书记：…  党员：…名（其中组织关系在本支部…名）  注册志愿者：…人"
line and a right-aligned "单位：分" line above the header 考核维度 | 考核内容 | 分值 | 评分细则 | 考核方式 | 自评分 | 考核分.
The categories are MERGED CELLS down the 考核维度 column (first), printed on two lines "组织建设\\n（22分）" (no ordinal).
There is NO 序号: items are numbered by position (1..22). 分值 is a plain number. 考核方式 (`Row.method`) says only how the
考核组 checks (查阅资料, 实地查看, 平台核查, 电话回访); it is no 佐证 column. The two score columns are blank. A 合计 row and a
merged 说明 row close the sheet.
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
    name="zr_zhiyuan_fuwudui_xlsx",
    fmt="xlsx",
    title="中共合肥市蜀山区委社会工作部2026年度志愿服务组织党支部规范化建设考核评分表",
    numbering="position",
    sections=(
        Section("组织建设", "组织建设\n（22分）", 22, (
            Row("有正式党员3名以上的志愿服务组织单独建立党支部，不足3名的纳入区志愿服务行业联合党支部；志愿服务组织章程写明"
                "党的建设有关内容。", 4,
                "应建未建的扣2分；章程未写入党建工作内容的扣2分。", "查阅资料"),
            Row("党支部委员会由3人以上组成，书记一般由志愿服务组织负责人中的党员担任；支委中35周岁以下的不少于1名。", 4,
                "支委不足3人的扣2分；书记非组织负责人且无说明的扣1分；无35周岁以下支委的扣1分。", "查阅资料"),
            Row("建立党员志愿者花名册，登记在职党员、退休党员、流动党员的组织关系所在单位、联系方式和服务特长，信息变动及时"
                "更新。", 3,
                "无花名册的扣2分；信息不全或更新不及时的，扣0.5—1分。", "查阅资料"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每两个月召开1次；因执行救援、大型活动保障任务延期的，"
                "须在任务结束后1个月内补开。", 6,
                "支委会每少1次扣0.5分，党员大会每少1次扣1分，党小组会每少1次扣0.3分；未按时补开的，每次扣0.2分。", "查阅资料"),
            Row("组织关系在本支部的党员每月按时足额交纳党费；组织关系不在本支部的党员，支部掌握其在原单位交纳党费情况。", 2,
                "本支部党员未按月交纳的，每人次扣0.1分；未掌握外单位党员交纳情况的扣0.5分。", "查阅资料"),
            Row("引导在职党员、流动党员以志愿者身份向党支部报到，党员志愿者报到率达到90%以上。", 3,
                "报到率每低10个百分点扣1分。", "查阅资料、平台核查"),
        )),
        Section("思想引领", "思想引领\n（18分）", 18, (
            Row("落实“第一议题”制度，支部每月组织1次集中学习；服务队出队前由党员带头开展“5分钟微宣讲”。", 4,
                "集中学习每少1次扣0.5分；出队前未开展微宣讲的，酌情扣0.5—1分。", "查阅资料"),
            Row("党课每季度至少1次，支部书记每年讲党课不少于1次；可邀请先进志愿者、救援骨干结合亲身经历讲“志愿党课”。", 4,
                "党课每少1次扣1分；书记未讲党课的扣1分。", "查阅资料"),
            Row("每月开展1次主题党日，其中结合“学雷锋纪念日”“国际志愿者日”开展志愿服务主题党日每年不少于2次；党员参加率达到"
                "80%。", 5,
                "主题党日每少1次扣0.5分；参加率低于80%的，每次扣0.2分。", "查阅资料"),
            Row("每年召开1次组织生活会，开展民主评议党员；在职党员的志愿服务表现向其所在单位党组织反馈。", 5,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；未反馈的扣1分。", "查阅资料"),
        )),
        Section("服务实效", "服务实效\n（40分）", 40, (
            Row("党支部牵头制定年度志愿服务计划，每月至少组织开展1次党员志愿服务活动。", 5,
                "无年度志愿服务计划的扣1分；志愿服务活动每少1次扣0.5分。", "查阅资料、平台核查"),
            Row("党员志愿者每人每年参加志愿服务不少于40小时，服务时长在“志愿汇”平台如实记录。", 5,
                "服务时长不足的，每人扣0.3分，最多扣3分；平台记录与实际不符的，每人次扣0.5分。", "平台核查"),
            Row("设立党员先锋岗、组建党员突击队，在应急救援、防汛抗灾、大型赛事保障中党员带头出队，党员出队率不低于70%。", 6,
                "未设立先锋岗或突击队的扣2分；出队率每低5个百分点扣1分。", "查阅资料"),
            Row("与不少于2个社区党组织签订结对共建协议，每季度进社区开展助老助残、文明劝导、应急科普等服务不少于1次。", 6,
                "共建协议每少1个扣1分；进社区服务每少1次扣1分。", "查阅资料、实地查看"),
            Row("推行志愿服务项目化运作，每年至少打造1个党建引领志愿服务品牌项目，做到有项目方案、有实施记录、有成效评估。", 5,
                "无品牌项目的扣3分；“三有”每缺1项扣0.5分。", "查阅资料"),
            Row("服务对象满意度（区委社会工作部随机电话回访服务对象不少于20人）。", 5,
                "满意度95%以上得5分，90%（含）至95%得4分，85%（含）至90%得2分，85%以下不得分。", "电话回访"),
            Row("为参加服务的志愿者购买志愿服务保险；每半年开展1次安全培训或应急演练；全年未发生因组织不当造成的志愿者伤亡"
                "事故。", 4,
                "未购买保险的扣1分；培训演练每少1次扣1分；发生伤亡事故的，本项不得分。", "查阅资料"),
            Row("挖掘宣传党员志愿者先进典型，全年在区级以上媒体宣传报道不少于2篇；每年从优秀志愿者中向党组织推荐入党积极分子"
                "不少于1名。", 4,
                "宣传报道每少1篇扣1分；未推荐入党积极分子的扣1分。", "查阅资料"),
        )),
        Section("基础保障", "基础保障\n（20分）", 20, (
            Row("依托志愿服务站点或党群服务中心设立党员活动场所，悬挂党旗，党支部工作制度和志愿服务守则上墙。", 5,
                "无活动场所的扣2分；制度未上墙的扣1分；未悬挂党旗的扣0.5分。", "实地查看"),
            Row("年初制定党支部工作计划，年底形成工作总结报区委社会工作部；支部书记每年述职1次。", 6,
                "无计划、总结的，每项扣1.5分；书记未述职的扣2分。", "查阅资料"),
            Row("党建工作经费纳入志愿服务组织年度经费预算，专款专用、账目清晰。", 4,
                "未纳入预算的扣2分；经费使用不规范的，酌情扣1—2分。", "查阅资料"),
            Row("“三会一课”记录、党员志愿者花名册、党费收缴台账、志愿服务台账等资料齐全规范，党员管理信息系统数据及时更新。", 5,
                "资料每缺1项扣0.5分；系统数据更新不及时的扣1分。", "查阅资料、系统核查"),
        )),
    ),
)

HEADER = ["考核维度", "考核内容", "分值", "评分细则", "考核方式", "自评分", "考核分"]
NOTE = ("说明：1.本表适用于在全区志愿服务组织中建立的党支部（含功能型党支部），考核由区委社会工作部会同区新时代文明实践中心于"
        "每年11月至12月组织；2.各项扣分不超过该项分值，扣完为止；3.考核得分90分以上的评为“红色志愿”示范党支部，得分低于60分"
        "的限期整改，考核结果与志愿服务组织星级评定和政府购买服务挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "志愿服务组织党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=14, bold=True), center)
    xlsx_line(ws, "志愿服务组织名称：                    党支部书记：            党员：    名（其中组织关系在本支部    名）"
                  "    注册志愿者：    人", ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (11, 52, 6, 46, 14, 8, 8))
    wb.save(str(path))
