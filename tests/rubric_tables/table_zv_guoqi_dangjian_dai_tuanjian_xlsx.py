"""中共徐州港务集团有限公司委员会2026年度所属单位“党建带团建”工作考核评分表 (.xlsx), as the 党委 of a 江苏 港口集团 (its
党群工作部 running the check with the 集团团委) scores the 党组织 of each 所属单位 (港口分公司、物流公司、航道疏浚公司、
工程公司) on how it leads and carries its 团组织: 组织共建 (团组织设置, 团干部, 列席 and 汇报), 思想共育 (“青年大学习”,
主题团日, 青年思想动态, 青年导师 and 推优入党), 建功共促 (青年突击队, 青年安全生产示范岗, “五小”创新, 志愿服务, 青年人才) and
保障共担 (经费, “青年之家”, 团费 and the “智慧团建” system, 计划总结, 宣传).

A merged title row, a merged "考核对象：集团所属各单位党委（党总支）、直属党支部" line and a right-aligned "单位：分" line above
the header 考核项目 | 序号 | 考核指标 | 考核内容 | 分值 | 计分方法 | 佐证材料 | 自评分 | 考核分. The categories are MERGED CELLS
down the 考核项目 column (FIRST), printed on one line without an ordinal: "组织共建（20分）". 序号 (second column, numeric
cells) runs 1..20 through the sheet. 考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 佐证材料
(`Row.method`) names the papers the 单位 lays out: a 佐证 column. 自评分 and 考核分 are blank. A 合计 row and a merged 备注 row
close the sheet.
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
    name="zv_guoqi_dangjian_dai_tuanjian_xlsx",
    fmt="xlsx",
    title="中共徐州港务集团有限公司委员会2026年度所属单位“党建带团建”工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织共建", "组织共建（20分）", 20, (
            Row("党组织每年至少两次专题研究共青团工作，将团建工作纳入党建工作责任制考核内容；党组织书记与团组织书记签订党建带团建"
                "责任书。", 5,
                "专题研究每少1次扣1分；未纳入党建责任制考核的扣1分；未签订责任书的扣1分。", "党委会会议纪要、责任书、考核办法",
                indicator="共建机制"),
            Row("按照“有团员就建团”要求，35周岁以下青年职工达到3人以上的基层单位建立团组织，团组织覆盖率达到100%；团组织按期"
                "换届。", 5,
                "覆盖率每低5个百分点扣1分；团组织未按期换届的，每个扣1分。", "团组织成立批复、换届材料", indicator="组织设置"),
            Row("团组织书记由同级党组织委员或中层以上管理人员中的青年党员担任；团委委员中党员比例不低于60%，28周岁以下的委员不少于"
                "1名。", 5,
                "团组织书记人选不符合要求的扣2分；委员中党员比例每低10个百分点扣1分；年龄结构不符合要求的扣1分。", "团委委员名册",
                indicator="团干部配备"),
            Row("团组织书记列席同级党组织研究青年工作有关议题的会议；团组织每年向同级党组织专题汇报工作不少于1次。", 5,
                "团组织书记未列席相关会议的，每次扣0.5分；未专题汇报工作的扣1分。", "会议纪要、汇报材料", indicator="列席汇报"),
        )),
        Section("思想共育", "思想共育（25分）", 25, (
            Row("团组织按月开展“青年大学习”集中学习，团员参学率达到90%以上；党组织书记或班子成员每年为青年讲团课不少于1次。", 6,
                "集中学习每少1次扣0.5分；参学率每低5个百分点扣1分；未讲团课的扣2分。", "学习记录、参学率截图",
                indicator="理论学习"),
            Row("团支部每月开展1次主题团日活动；每季度至少与所在党支部联合开展1次“党团共建日”活动。", 5,
                "主题团日每少1次扣0.3分；党团共建日活动每少1次扣1分。", "活动记录、活动照片", indicator="主题团日"),
            Row("建立青年思想动态分析制度，每半年开展1次青年职工思想动态调研，形成调研报告报同级党组织。", 4,
                "无分析制度的扣1分；调研每少1次扣1.5分。", "分析制度、调研报告", indicator="思想引领"),
            Row("实施“青年导师制”，为入职3年内的青年职工选配党员导师，签订导师带徒协议，帮带覆盖率达到100%；每年开展1次帮带成效"
                "评估。", 5,
                "未签订带徒协议的，每对扣0.5分，最多扣2分；覆盖率每低10个百分点扣1分；未开展成效评估的扣1分。", "带徒协议、评估材料",
                indicator="导师帮带"),
            Row("坚持把团员推优作为发展青年党员的主要渠道，28周岁以下发展对象经团组织推优的比例达到100%；每年推荐优秀团员作为入党"
                "积极分子人选不少于2名。", 5,
                "推优比例未达到100%的扣2分；推荐人数每少1名扣1分。", "推优材料、积极分子名册", indicator="推优入党"),
        )),
        Section("建功共促", "建功共促（35分）", 35, (
            Row("围绕港口装卸、航道疏浚、重点工程建设组建青年突击队，每单位不少于1支，由党员骨干担任队长；年内承担急难险重攻坚任务"
                "不少于2项。", 6,
                "未组建青年突击队的扣3分；攻坚任务每少1项扣1分。", "组建文件、攻坚任务书、现场照片", indicator="青年突击队"),
            Row("开展“青年安全生产示范岗”创建，每季度组织1次青年安全隐患排查；全年青年职工无违章作业导致的安全生产责任事故。", 6,
                "隐患排查每少1次扣1分；发生青年职工违章作业导致安全生产责任事故的，实行一票否决，本项不得分。", "创建方案、排查记录",
                indicator="安全示范岗"),
            Row("组织青年开展“五小”创新和岗位技能比武，全年征集青年创新成果5项以上，推广应用不少于2项。", 5,
                "创新成果每少1项扣0.5分；推广应用每少1项扣1分。", "成果汇编、推广应用证明", indicator="创新创效"),
            Row("组建青年志愿服务队，结合“学雷锋纪念日”“国际志愿者日”开展港城志愿服务，每季度不少于1次；团员每年志愿服务时长不少于"
                "16小时。", 6,
                "志愿服务每少1次扣0.5分；时长不足的，每人扣0.1分，最多扣2分。", "志愿服务台账、活动照片", indicator="志愿服务"),
            Row("建立优秀青年人才库，每年向上级推荐优秀青年参加评选表彰不少于1人次；35周岁以下青年干部占中层管理人员的比例不低于"
                "15%。", 6,
                "未建立人才库的扣2分；未推荐的扣1分；比例每低1个百分点扣0.5分，最多扣2分。", "人才库名册、推荐材料",
                indicator="青年成长"),
            Row("组织青年职工对所在单位党建带团建工作进行满意度测评。", 6,
                "满意度90%以上的得6分；80%（含）—90%的得4分；70%（含）—80%的得2分；70%以下的不得分。", "测评表",
                indicator="青年评价"),
        )),
        Section("保障共担", "保障共担（20分）", 20, (
            Row("团建工作经费纳入年度党建工作经费预算，按团员人均不少于200元安排，专款专用。", 5,
                "经费未纳入预算的扣2分；人均标准不足的扣1分；挪作他用的扣2分。", "预算文件、经费使用台账", indicator="经费保障"),
            Row("党员活动室、职工书屋向团组织开放共享；建设“青年之家”，做到有标识、有制度、有活动记录。", 4,
                "未建设“青年之家”的扣2分；“三有”每缺1项扣0.5分。", "实地查看", indicator="阵地共享"),
            Row("团员按月交纳团费，团费收缴台账清晰；团员信息在“智慧团建”系统及时更新，团员组织关系转接及时率达到100%。", 4,
                "团费迟交、漏交的，每人次扣0.1分，最多扣1分；系统信息不准确的扣1分；转接及时率每低10个百分点扣0.5分。",
                "团费收缴台账、系统截图", indicator="团员管理"),
            Row("年初制定党建带团建工作要点，与党建工作同部署；年中开展1次推进情况督查；年底形成工作总结报集团党委。", 4,
                "缺工作要点或工作总结的，每项扣1分；未开展督查的扣1分。", "工作要点、督查通报、工作总结", indicator="计划总结"),
            Row("打造1个“党建带团建”特色品牌；每季度向集团团委报送青年工作信息不少于1篇，年内在市级以上媒体刊发报道不少于1篇。", 3,
                "无特色品牌的扣1分；信息每少1篇扣0.3分；无市级以上媒体报道的扣0.5分。", "报送记录、报道截图",
                indicator="品牌宣传"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核指标", "考核内容", "分值", "计分方法", "佐证材料", "自评分", "考核分"]
NOTE = ("备注：1.考核由集团党群工作部会同集团团委于每年12月组织，采取查阅资料、实地查看、青年座谈、问卷测评相结合的方式；2.各项"
        "扣分不超过该项分值；3.考核结果计入所属单位党建工作责任制考核，权重10%；4.获评全国、省级“五四红旗团委（团支部）”的，"
        "由集团党委另行表扬。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党建带团建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：集团所属各单位党委（党总支）、直属党支部", ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring,
                       row.method, None, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (11, 6, 11, 50, 6, 44, 20, 7, 7))
    wb.save(str(path))
