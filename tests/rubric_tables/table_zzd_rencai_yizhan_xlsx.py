"""中共滨江智造产业园区工作委员会2025年度人才驿站党建工作考核细则 (.xlsx), as a 浙江 产业园区党工委 (its 组织人事部 running the
check with the 园区人才服务中心 in December) scores each 人才驿站 and its 党支部 — 驿站 run by an 运营机构 or a big 入驻企业,
offering 青年人才 a few free nights and 高层次人才 a “一站式” 代办 desk, their 党员 young engineers and 海归 whose 组织关系 often
sit elsewhere — on 阵地建设 (the 支部 or the 人才联合党支部 and the 党建指导员, the 活动区 and its “五有”, opening hours and the
入住 登记率), 政治引领 (the 班子成员 联系服务 人才 制度 and 走访, 国情研修 and the “人才沙龙”, the 人才党员 信息库 and “双重管理”,
积极分子, 发展党员 and 谈心谈话 with 非党员 人才), 组织生活 (“三会一课” “线上+线下” with 截图, 主题党日 with 入驻企业 and 高校院所,
组织生活会 and 征求意见), 服务效能 (the 党员服务岗 and 代办 办结率, 路演 / 对接 and 合作项目, the “党建+人才” 联盟 with its 共建
协议 and 联席会议, a 人才 满意度 in bands) and 基础工作 (计划 / 总结 / 述职, 台账, 信息 and 报道).

A merged title row, a merged "考核对象：园区12个人才驿站（含企业人才驿站、青年人才驿站）党支部" line and a merged "驿站名称：…
运营主体：…  支部书记：…  党员：…名  年度服务人才：…人次" line above the header 一级指标 | 二级指标 | 考核要点 | 考核细则 | 分值 |
佐证材料 | 得分 (分值 AFTER the 考核细则). The categories are MERGED CELLS down the 一级指标 column (first), printed on one line
WITHOUT an ordinal, "阵地建设（15分）". There is NO 序号: items are numbered by position (1..16). 二级指标 is a short sub-label
(`Row.indicator`). 分值 is a plain number. 佐证材料 (`Row.method`) names the papers the 驿站 lays out (once a way of checking, 实地
查看): a 佐证 column. 得分 is blank. A 合计 row and a merged 备注 row close the sheet.
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
    name="zzd_rencai_yizhan_xlsx",
    fmt="xlsx",
    title="中共滨江智造产业园区工作委员会2025年度人才驿站党建工作考核细则",
    numbering="position",
    sections=(
        Section("阵地建设", "阵地建设（15分）", 15, (
            Row("驿站依托运营机构或入驻企业建立党支部，党员不足3名的纳入园区人才联合党支部；园区党工委为每个驿站选派1名党建"
                "指导员。", 5,
                "未建立党组织或未纳入联合党支部的扣3分；未选派党建指导员的扣2分。", "党组织成立批复、指导员选派文件",
                indicator="组织覆盖"),
            Row("驿站设置党员活动区和人才交流区，面积不少于50平方米，悬挂党旗、入党誓词和驿站党建标识；做到有场地、有标识、有制度、"
                "有活动、有台账“五有”。", 5,
                "无党员活动区的扣2分；“五有”每缺1项扣0.5分。", "实地查看", indicator="场所建设"),
            Row("驿站实行全年值守，工作日开放时间不少于8小时，节假日提供预约服务；青年人才免费入住一般不超过7天，入住登记率达到"
                "100%。", 5,
                "开放时间不足的，每发现1次扣0.5分；入住登记每漏登1人次扣0.2分，最多扣2分。", "值守排班表、入住登记台账",
                indicator="开放运行"),
        )),
        Section("政治引领", "政治引领（25分）", 25, (
            Row("建立园区党工委班子成员联系服务高层次人才制度，每名班子成员联系人才不少于3名，每季度至少走访联系一次。", 6,
                "未建立联系服务制度的扣2分；走访每少1次扣0.5分，最多扣3分。", "联系服务制度、走访记录", indicator="联系服务"),
            Row("每半年组织一次人才国情研修或红色教育活动，引导人才听党话、跟党走；年内举办“人才沙龙”“创新讲堂”等交流活动不少于"
                "6场。", 6,
                "国情研修或红色教育每少1次扣1分；交流活动每少1场扣0.5分。", "活动方案、签到表、活动照片", indicator="思想引领"),
            Row("摸清入驻人才中的党员底数，建立人才党员信息库；对组织关系不在园区的人才党员实行“双重管理”，流动人才党员每月至少"
                "联系一次。", 6,
                "未建立信息库的扣2分；“双重管理”不落实的，每人扣0.5分；联系每少1次扣0.1分，最多扣1分。", "人才党员信息库、联系记录",
                indicator="党员管理"),
            Row("注重在优秀青年人才、海归人才中发展党员，年内确定入党积极分子不少于2名，每两年至少发展1名党员；支部书记每半年与"
                "非党员高层次人才谈心谈话不少于1次。", 7,
                "积极分子每少1名扣1分；两年内未发展党员的扣2分；谈心谈话每少1次扣0.5分。", "积极分子名册、谈心谈话记录",
                indicator="发展党员"),
        )),
        Section("组织生活", "组织生活（20分）", 20, (
            Row("严格落实“三会一课”，支部委员会每月1次，党员大会每季度1次，党小组会每月1次，党课每季度1次；人才党员工作时间不固定"
                "的，可采取“线上+线下”方式开展，线上会议须留存截图和记录。", 8,
                "每缺1次扣0.5分，最多扣5分；线上会议无截图或记录的，每次扣0.2分。", "会议记录、线上会议截图", indicator="“三会一课”"),
            Row("每月开展一次主题党日，每季度至少一次与入驻企业、高校院所党组织联合开展；党员参加率不低于85%。", 6,
                "主题党日每少1次扣0.5分；联合开展每少1次扣0.5分；参加率每低5个百分点扣0.5分。", "活动记录、签到表",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前广泛征求入驻人才和服务对象意见。", 6,
                "未召开组织生活会的扣4分；未开展民主评议的扣1分；未征求意见的扣1分。", "会议记录、征求意见汇总表",
                indicator="组织生活会"),
        )),
        Section("服务效能", "服务效能（30分）", 30, (
            Row("驿站设立党员服务岗，为人才提供政策咨询、项目申报、子女入学、医疗保障等“一站式”代办服务，代办事项办结率达到95%"
                "以上。", 8,
                "未设立党员服务岗的扣2分；办结率每低1个百分点扣0.5分，最多扣4分。", "代办事项台账", indicator="代办服务"),
            Row("发挥党组织链接资源作用，年内组织人才项目路演、政企银对接活动不少于4场，促成合作项目不少于2个。", 7,
                "对接活动每少1场扣1分；合作项目每少1个扣1分。", "活动照片、合作协议", indicator="项目对接"),
            Row("牵头组建园区“党建+人才”联盟，吸纳入驻企业、高校院所、金融机构党组织不少于5家并签订共建协议；每半年召开一次联席"
                "会议。", 7,
                "未组建联盟的扣3分；共建协议每少1家扣0.5分；联席会议每少1次扣1分。", "共建协议、联席会议纪要",
                indicator="党建联盟"),
            Row("园区党工委每年对入驻人才开展驿站服务满意度问卷调查，满意度在95%以上的得8分；90%（含）—95%的得6分；85%（含）—90%"
                "的得3分；85%以下的不得分。", 8,
                "按调查结果计分。", "问卷调查结果", indicator="人才评价"),
        )),
        Section("基础工作", "基础工作（10分）", 10, (
            Row("年初制定驿站党建工作计划，年终形成工作总结；支部书记年底向园区党工委述职。", 4,
                "计划、总结每缺1项扣1分；未述职的扣2分。", "工作计划、工作总结、述职报告", indicator="计划总结"),
            Row("党员花名册、会议记录、党费收缴台账、人才服务台账等资料齐全；每季度报送驿站党建信息不少于1篇，年内被市级以上媒体"
                "宣传报道不少于1次。", 6,
                "资料每缺1项扣0.5分；信息每少1篇扣0.5分；未被宣传报道的扣1分。", "台账资料、报道截图", indicator="台账宣传"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核要点", "考核细则", "分值", "佐证材料", "得分"]
NOTE = ("备注：1.考核由园区党工委组织人事部会同人才服务中心于每年12月进行，采取查阅资料、实地查看、人才访谈和问卷调查相结合的方式；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核结果分为优秀、良好、合格、不合格四个等次，优秀等次驿站优先推荐申报市级“五星级"
        "人才驿站”，并在运营补助中给予倾斜；4.驿站发生人才投诉查实造成恶劣影响或安全责任事故的，年度考核直接确定为不合格。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "人才驿站党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：园区12个人才驿站（含企业人才驿站、青年人才驿站）党支部", ncols)
    xlsx_line(ws, "驿站名称：                运营主体：                支部书记：          党员：    名    年度服务人才：      人次",
              ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (12, 11, 50, 44, 6, 20, 7))
    wb.save(str(path))
