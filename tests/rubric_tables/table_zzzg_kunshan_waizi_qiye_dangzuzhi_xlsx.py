"""昆山开发区两新工委2025年度外资企业党组织党建工作考核评分表 (.xlsx), as the 两新工委 of a 江苏 昆山 国家级经济技术开发区 (its 党建
办 with the 党建指导员, the 开发区 总工会 and the 纪工委, a 考核组 going round the 企业 in December) scores the 党委, 党总支 and 党支部 of the
外资 and 台资 电子、精密机械 and 光电 企业 in the zone: 倒班 on the lines, 台方 and 港方 出资人, 技术骨干 and 班组长 from across the country,
a workforce that turns over every year: 组织覆盖 (the 党组织 set up by 党员 number with the 成立批复 and the 换届, a half-yearly 排查 with the
党员信息台账, the 书记 or the 党建指导员 with a monthly 指导 and three days of 培训), 组织生活 (the “三会一课” with the 补学 of the 倒班 党员,
the monthly 主题党日 with a quarterly 现场教学 and the 参加率, the 组织生活会 with 民主评议, 谈心谈话, the 整改清单 and the 备案, a quarterly
集中学习 with 32学时 and the 参学率), 队伍建设 (two 积极分子 a year and "每两年至少发展党员1名" with the 公示, 党费 with the 上缴凭证 and a
half-yearly 公示, five 先锋岗 with a yearly 评选 and its 公示, the 帮扶台账 with the 春节 慰问), 作用发挥 (a half-yearly 汇报 to the
出资人 with his yearly 活动 and the 年初 融合项目, the 签订率 of the 劳动合同 with a quarterly 座谈会, the 工资集体协议 and a 一票否决, the
群团 with four 文体活动, the 志愿服务队 with a quarterly 志愿服务) and 保障机制 (the 活动室 with its 照片 and the 经费使用凭证, the 年初
计划 with its 备案, the 半年小结, the 年底 述职 and 总结; a deduction-only line on 违纪 and 涉外涉台 敏感事件).

A merged title row and a merged "考核对象：开发区外资（台资）企业党委、党总支、党支部" line above the header 考核类别 | 序号 | 考核指标 |
考核要点 | 评分标准 | 分值 | 佐证材料 | 自评分 | 考核分. The categories are MERGED CELLS down the 考核类别 column (FIRST), printed WITH an
ordinal and its points on ONE line, "一、组织覆盖（15分）". 序号 (SECOND column, numeric cells) RESTARTS at 1 in every category (ids "1.1" …
"5.3"). 考核指标 is a short sub-label (`Row.indicator`). 分值 comes AFTER the 评分标准, a plain number. 佐证材料 (`Row.method`) names the papers
the 企业 lays out, joined by "、" (once a way of checking: 开发区两新工委提供). 自评分 and 考核分 are blank. A 合计 row of 100 and a merged 备注
row close the sheet. Counts in figures and Chinese numerals ("每半年开展一次", "每月…不少于1次", "每月召开1次", "每季度召开1次", "党课每季度
1次", "每月开展一次", "每季度至少组织一次", "每年召开一次", "每季度至少开展一次", "每两年至少发展党员1名", "每半年公示一次", "每年开展一次",
"春节前开展一次", "每半年…汇报一次", "每年至少参加一次", "每季度召开一次", "全年…不少于4次"); "不少于3天", "不少于32学时"; "3名以上",
"50名以上", "100名以上", "不少于2名", "不少于5个", "不少于1个", "不少于30平方米"; "3个月内", "一周内", "5个工作日"; "最高扣" caps; "酌情扣
0.5-1分", "酌情扣1分", "酌情扣1-2分" and "酌情扣0.5分"; no bands; one "实行一票否决，本项不得分"; five plain "本项不得分" (one of them the only
rule of a part, "符合条件未单独建立党组织的，本项不得分"); one line is deduction-only.
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
    name="zzzg_kunshan_waizi_qiye_dangzuzhi_xlsx",
    fmt="xlsx",
    title="昆山开发区两新工委2025年度外资企业党组织党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织覆盖", "一、组织覆盖（15分）", 15, (
            Row("企业有正式党员3名以上的单独建立党组织，党员50名以上的设立党总支，100名以上的设立党委；党组织按期换届。", 5,
                "符合条件未单独建立党组织的，本项不得分；组织设置形式不规范的扣1分；未按期换届的扣2分。", "成立批复、换届选举材料",
                indicator="组织设置"),
            Row("每半年开展一次员工中党员身份排查，建立党员信息台账；新入职员工中的党员3个月内转入组织关系或纳入管理，无“隐形党员”。", 5,
                "排查每少1次扣1分；党员信息台账不完整的扣1分；党员未及时纳入管理的，每人扣0.5分，最高扣2分。", "排查登记表、党员信息台账",
                indicator="党员排查"),
            Row("党组织书记由企业中高层管理人员中的党员担任，或由开发区选派的党建指导员兼任；党建指导员每月到企业指导不少于1次；书记每年参加"
                "开发区两新工委组织的培训不少于3天。", 5,
                "书记配备不符合要求的扣1分；指导员到企指导每少1次扣0.2分，最高扣1.5分；书记培训不足3天的扣1分。", "指导员工作记录、培训证书",
                indicator="书记配备"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；因倒班生产不能参加的党员，会后一周内组织"
                "补学。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；未组织补学的，每人次扣0.1分，最高扣1分；会议记录不规范的，酌情扣0.5-1分。",
                "会议记录本、补学记录", indicator="三会一课"),
            Row("每月开展一次主题党日，可安排在周末或交接班时段；每季度至少组织一次党员到红色教育基地开展现场教学；党员参加率达到80%以上。", 6,
                "主题党日每少1次扣0.5分；现场教学每少1次扣0.5分；参加率每低10个百分点扣0.5分。", "活动方案、签到表、活动照片",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前开展谈心谈话，会后制定整改清单；评议结果报开发区两新工委备案。", 6,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1.5分；未开展谈心谈话的扣0.5分；无整改清单的扣0.5分；评议结果未备案的扣"
                "0.5分。", "会议记录、民主评议表、整改清单", indicator="组织生活会"),
            Row("每季度至少开展一次集中学习；党员每年参加学习培训不少于32学时，倒班党员可通过“学习强国”等平台线上学习，线上参学率达到80%"
                "以上。", 6,
                "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣2分；参学率低于80%的扣1分。", "学习记录、平台学习数据",
                indicator="学习教育"),
        )),
        Section("队伍建设", "三、队伍建设（20分）", 20, (
            Row("注重在技术骨干、一线班组长和青年员工中培养入党积极分子，年内新确定入党积极分子不少于2名；每两年至少发展党员1名；发展对象"
                "公示不少于5个工作日。", 6,
                "积极分子每少1名扣1分；两年内未发展党员的扣2分；发展对象未公示的扣1分；违规发展党员的，本项不得分。",
                "积极分子名单、发展党员档案", indicator="发展党员"),
            Row("党员按月足额交纳党费，党费由专人收缴，按时上缴开发区两新工委；党费收缴情况每半年公示一次。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1.5分；党费未按时上缴的扣1分；公示每少1次扣0.5分。", "党费收缴台账、上缴凭证",
                indicator="党费管理"),
            Row("在生产一线设立“党员先锋岗”“党员责任区”不少于5个，党员佩戴党徽上岗；每年开展一次“优秀党员”评选，评选结果在企业内公示。", 5,
                "先锋岗每少1个扣0.5分；党员未佩戴党徽的，每人次扣0.1分，最高扣1分；未开展评选的扣1分；评选结果未公示的扣0.5分。",
                "先锋岗名单、公示照片", indicator="党员示范"),
            Row("建立困难党员、困难员工帮扶台账，春节前开展一次走访慰问；党员政治生日当月开展“政治生日”关怀活动。", 5,
                "无帮扶台账的扣1分；未开展走访慰问的扣1分；政治生日关怀未开展的，每人次扣0.1分，最高扣1分；关爱措施流于形式的，酌情扣1分。",
                "帮扶台账、慰问照片", indicator="关爱激励"),
        )),
        Section("作用发挥", "四、作用发挥（25分）", 25, (
            Row("党组织书记列席企业经营管理重要会议；党组织每半年向企业出资人（台方负责人）沟通汇报一次党建工作，企业出资人每年至少参加一次"
                "党组织活动；年初确定“党建+生产经营”融合项目不少于1个。", 7,
                "沟通汇报每少1次扣1分；出资人未参加党组织活动的扣1分；未确定融合项目的扣2分；融合成效不明显的，酌情扣1-2分。",
                "沟通汇报记录、活动照片、项目方案", indicator="党建融合"),
            Row("党组织协助企业依法用工，劳动合同签订率达到100%；每季度召开一次员工座谈会，收集员工诉求；推动企业与工会签订工资集体协议。", 6,
                "签订率每低1个百分点扣0.5分，最高扣2分；座谈会每少1次扣0.5分；未签订工资集体协议的扣1分；发生群体性劳资纠纷的，实行一票"
                "否决，本项不得分。", "劳动合同台账、座谈会记录、工资集体协议", indicator="和谐劳动关系"),
            Row("坚持党建带工建、团建、妇建，企业工会、团组织、妇女组织健全；党群活动阵地共享共用，全年组织员工文体活动不少于4次。", 5,
                "群团组织每缺1个扣0.5分；文体活动每少1次扣0.5分；党群阵地未共享的，酌情扣0.5分。", "群团组织成立文件、活动照片",
                indicator="群团共建"),
            Row("组建党员志愿服务队，每季度至少开展一次志愿服务；积极参与结对帮扶、慈善捐助等公益活动；企业全年不发生较大以上安全生产、"
                "环保事故。", 7,
                "志愿服务每少1次扣0.5分；未参与公益活动的扣1分；发生较大以上安全生产或环保事故的，本项不得分。", "志愿服务队名册、活动记录",
                indicator="社会责任"),
        )),
        Section("保障机制", "五、保障机制（15分）", 15, (
            Row("建有党员活动室，面积不少于30平方米，做到有标识、有党旗、有制度、有书报；企业将党建工作经费纳入管理费用列支，开发区返还党费"
                "专款专用。", 6,
                "无党员活动室的扣2分；“四有”每缺一项扣0.5分；党建经费未纳入管理费用的扣2分；经费挪作他用的，本项不得分。",
                "活动室照片、经费使用凭证", indicator="阵地经费"),
            Row("党组织年初制定年度工作计划并报开发区两新工委备案；年中报送半年工作小结；年底书记述职，报送年度工作总结。", 5,
                "无年度计划的扣1分；计划未备案的扣0.5分；未报送半年小结的扣0.5分；未述职的扣2分；未报送年度总结的扣1分。",
                "工作计划、半年小结、述职报告、年度总结", indicator="责任落实"),
            Row("党员违反党纪国法，或企业发生涉外涉台敏感事件处置不当（本项为扣分项）。", 4,
                "党员受到党纪政务处分的，每人次扣2分；被开发区两新工委通报的，每次扣1分；敏感事件处置不当造成恶劣影响的，本项不得分。",
                "开发区两新工委提供", indicator="负面清单"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核指标", "考核要点", "评分标准", "分值", "佐证材料", "自评分", "考核分"]
NOTE = ("备注：1.本表由开发区两新工委于12月组织考核，企业党组织先行自评，党建指导员参与；2.各项扣分以该项分值为限，扣完为止；3.考核得分"
        "90分以上的评为“五星级”企业党组织，80—89分的为“四星级”，70—79分的为“三星级”；4.党员不足3名、建立联合党支部的外资企业，参照"
        "本表执行。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "外资企业党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：开发区外资（台资）企业党委、党总支、党支部", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.indicator, row.text, row.scoring, row.points, row.method,
                       None, None])
            for c in (4, 5, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (12, 6, 11, 44, 46, 6, 20, 7, 7))
    wb.save(str(path))
