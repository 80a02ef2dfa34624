"""中共大庆油田第四采油厂委员会2025年度基层队党支部工作考核细则 (.xlsx), as a 黑龙江 油田 采油厂党委 (its 党委组织部 with the 生产
运行部, the 质量安全环保部 and the 厂纪委, a 考核组 going round the 矿 and 队 in December) scores the 党支部 of its 采油队, 注水队 and
作业队, whose 党员 work in shifts on the 井 and 计量间 far out on the 草原: 党建责任 (the 书记's 年初 责任书 and 工作要点, a quarterly 专题
研究 and the 年底 述职, a monthly 集中学习 with 32学时 and the “第一议题”, a half-yearly 研判 with the “两必谈、四必访” 谈心谈话), 组织建设
(“三会一课” with the 补学 of those on shift, the monthly 主题党日 with a yearly 现场教学 at the 铁人王进喜纪念馆 and the 参加率, the
组织生活会 with 民主评议, 谈心谈话, 征求意见, the 整改清单 and the 备案, the 换届 with its 请示 and 批复, two 积极分子 with the 公示),
党员队伍 (党费 with its half-yearly 公布 and yearly 核定, the “党员示范岗” and 责任区 with the 达标率, the 年初 承诺 and 年底 点评 with
the 挂牌率), 融入中心 (two 攻关课题 with the 年终 成果报告 and three “五小” 成果, a monthly 隐患排查 with the 整改率 and a 一票否决, a
quarterly 岗位练兵 with the 持证上岗率 and the 技能等级比例, the 共建协议 with a half-yearly 联建活动, two 实事 and a 满意度 in bands)
and 作风纪律 (the half-yearly 警示教育 with a yearly 廉洁谈话 and the 节前 提醒, the 半年小结 and 年度总结 with the “一队一档”, a
deduction-only line).

A merged title row, a merged "考核对象：采油队、注水队、作业队等基层队党支部" line, then the header 考核内容 | 序号 | 考核指标 | 考核标准 |
评分细则 | 分值 | 备查资料 | 考核得分. The categories are MERGED CELLS down the 考核内容 column (FIRST), printed WITH a bracketed ordinal on
TWO lines, "（一）党建责任\\n（15分）". 序号 (SECOND column, numeric cells) RESTARTS at 1 in every category (items 1.1 … 5.3). 考核指标 is a
short sub-label (`Row.indicator`). 分值 comes AFTER the 评分细则, a plain number. 备查资料 (`Row.method`) names the papers the 支部 lays out,
separated by "；" (once a way of checking, 厂纪委提供). 考核得分 is blank. A 合计 row and a merged 说明 row close the sheet. Counts in figures
and Chinese numerals ("每月组织一次", "每半年分析研判一次", "每季度开展一次"); "不少于32学时"; "最高扣" caps; "酌情扣1分", "酌情扣1-2分", a
bare "酌情扣分"; a 满意度 in bands ("80%以下不得分" closing them); one rule "实行一票否决，本项不得分"; one line is deduction-only.
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
    name="zzy_daqing_caiyou_jiceng_dui_zhibu_xlsx",
    fmt="xlsx",
    title="中共大庆油田第四采油厂委员会2025年度基层队党支部工作考核细则",
    numbering="restart",
    sections=(
        Section("党建责任", "（一）党建责任\n（15分）", 15, (
            Row("支部书记年初与厂党委签订党建工作责任书，制定支部年度工作要点；支部委员会每季度专题研究党建工作不少于1次；年底书记向党员"
                "大会和厂党委述职。",
                6, "未签订责任书扣1分；无年度工作要点扣1分；专题研究每少1次扣0.5分；未述职扣2分。",
                "责任书；年度工作要点；支委会会议记录；述职报告", indicator="责任落实"),
            Row("落实“第一议题”制度，及时传达学习上级重要会议、文件精神；每月组织一次集中学习，党员年度学习培训不少于32学时，利用“铁人"
                "先锋”平台开展线上学习。",
                5, "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1.5分；“第一议题”落实不到位的，酌情扣1分。",
                "学习记录；学时统计表", indicator="政治理论学习"),
            Row("每半年分析研判一次意识形态和职工思想动态，落实“两必谈、四必访”谈心谈话；班组微信群等网络阵地管理规范。",
                4, "研判每少1次扣1分；谈心谈话未落实的扣1分；网络阵地出现不当言论未及时处置的，本项不得分。",
                "研判报告；谈心谈话记录", indicator="意识形态"),
        )),
        Section("组织建设", "（二）组织建设\n（25分）", 25, (
            Row("严格落实“三会一课”：支部委员会每月1次，支部党员大会每季度1次，党小组会每月1次，党课每季度1次；倒班党员因上井、值班"
                "不能参会的，一周内补学补课。",
                7, "“三会一课”每少1次扣0.5分，最高扣4分；补学补课不落实的，每人次扣0.1分；会议记录不规范的，每次扣0.2分，最高扣1分。",
                "“三会一课”记录本；补学记录", indicator="三会一课"),
            Row("每月开展一次主题党日，结合“铁人精神”教育、岗位练兵、安全检查等内容开展；全年至少一次到铁人王进喜纪念馆等教育基地开展"
                "现场教学；党员参加率不低于90%。",
                5, "主题党日每少1次扣0.5分；未开展现场教学扣1分；参加率低于90%的，每次扣0.2分。",
                "活动方案；签到表；活动照片", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前开展谈心谈话、征求意见，会上查摆问题建立整改清单，会后15日内将会议情况报厂"
                "党委组织部备案。",
                6, "未召开组织生活会扣3分；未开展民主评议扣1分；未建立整改清单扣1分；未按时备案扣1分。",
                "组织生活会记录；民主评议表；整改清单；备案材料", indicator="组织生活会"),
            Row("支部委员会任期届满按期换届，换届前向厂党委书面请示，选举结果报厂党委批复；党小组按班组、井区合理设置。",
                4, "未按期换届扣2分；未请示或无批复的扣1分；党小组设置不合理的扣1分。", "换届请示；厂党委批复", indicator="换届选举"),
            Row("年内在一线操作员工、技术骨干中培养入党积极分子不少于2名；发展党员严格履行程序，拟发展对象在队内公示不少于5个工作日。",
                3, "积极分子每少1名扣0.5分；未公示的扣1分；发展程序不规范的，本项不得分。",
                "入党积极分子培养考察登记表；公示材料", indicator="发展党员"),
        )),
        Section("党员队伍", "（三）党员队伍\n（15分）", 15, (
            Row("党员按月足额交纳党费，支部每半年向党员公布一次党费收缴情况；党费交纳基数每年核定一次。",
                4, "未按月交纳的，每人次扣0.1分，最高扣1分；未公布扣1分；未核定基数扣1分。", "党费收缴台账；公布记录",
                indicator="党费收缴"),
            Row("设立“党员示范岗”“党员责任区”，每个党小组至少承包1个重点井区；党员责任区井站管理达标率达到95%以上。",
                6, "未设立示范岗或责任区扣2分；达标率每低1个百分点扣0.5分，最高扣3分。", "党员示范岗名单；责任区承包台账",
                indicator="示范岗责任区"),
            Row("开展“亮身份、亮承诺、亮业绩”活动，年初每名党员作出书面承诺，年底对承诺事项进行点评；党员佩戴党徽、岗位挂牌率达到100%。",
                5, "党员未作书面承诺的，每人扣0.2分；年底未点评扣1分；挂牌率每低5个百分点扣0.5分。", "党员承诺书；点评记录",
                indicator="三亮活动"),
        )),
        Section("融入中心", "（四）融入中心\n（30分）", 30, (
            Row("支部围绕“控递减、提采收率”确定党员攻关课题，年内不少于2项，年终形成成果报告；党员参与“五小”创新成果不少于3项。",
                8, "攻关课题每少1项扣1分；无成果报告扣1分；“五小”成果每少1项扣0.5分；攻关成效不明显的，酌情扣1-2分。",
                "攻关课题立项表；成果报告；“五小”成果证书", indicator="党员攻关"),
            Row("落实“党建+安全”，支部每月至少组织一次党员安全隐患排查，发现问题建立台账、限期整改，整改率达到100%；全年不发生一般及以上"
                "生产安全事故和环境污染事件。",
                8,
                "排查每少1次扣0.5分；整改率每低1个百分点扣0.2分；发生一般及以上生产安全事故或环境污染事件的，实行一票否决，本项不得分。", "隐患排查台账；整改销号记录", indicator="党建+安全"),
            Row("每季度开展一次党员岗位练兵或技术比武，党员持证上岗率100%，党员中高级工及以上技能等级比例不低于60%。",
                7, "练兵比武每少1次扣0.5分；持证上岗率未达100%的，每人扣0.5分；技能等级比例每低5个百分点扣0.5分。",
                "练兵比武记录；技能等级鉴定名册", indicator="岗位建功"),
            Row("与驻地村屯或社区党组织签订共建协议，每半年开展一次联建活动；党员每年为困难职工、一线员工办实事不少于2件；职工群众对支部"
                "工作满意度达到90%以上。",
                7,
                "未签订共建协议扣1分；联建活动每少1次扣0.5分；实事每少1件扣0.5分；满意度90%以上得3分，80%—90%得2分，80%以下不得分。", "共建协议；联建活动记录；满意度测评表", indicator="服务职工"),
        )),
        Section("作风纪律", "（五）作风纪律\n（15分）", 15, (
            Row("每半年开展一次廉洁警示教育；对物资采购、外委作业、用工结算等关键岗位党员每年开展一次廉洁谈话；元旦、春节等节假日前发送"
                "廉洁提醒。",
                5, "警示教育每少1次扣1分；廉洁谈话未开展扣1分；未发送节前提醒的，每次扣0.2分。", "教育记录；谈话记录；提醒短信截图",
                indicator="廉洁教育"),
            Row("支部年中形成半年工作小结，年终形成年度工作总结；党建工作资料实行“一队一档”，及时归档。",
                4, "小结、总结每缺1项扣1分；资料不全、归档不及时的，酌情扣分。", "半年小结；年度总结；党建工作档案",
                indicator="基础工作"),
            Row("党员违反中央八项规定精神、违反油田“四条禁令”和劳动纪律（本项为扣分项）。",
                6, "党员受到党纪政务处分的，每人次扣3分；因违反劳动纪律被厂通报的，每人次扣1分；支部班子成员受到处分的，本项不得分。",
                "厂纪委提供", indicator="纪律作风"),
        )),
    ),
)

HEADER = ["考核内容", "序号", "考核指标", "考核标准", "评分细则", "分值", "备查资料", "考核得分"]
NOTE = ("说明：1.本细则由厂党委组织部牵头，生产运行部、质量安全环保部、厂纪委参加，于12月采取听取汇报、查阅资料、现场检查、个别谈话"
        "相结合的方式考核；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“标杆”“示范”“合格”“不合格”四个等次，与基层队党支部"
        "书记年度绩效挂钩；4.基层队发生较大及以上安全环保事故的，支部考核直接定为“不合格”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基层队党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：采油队、注水队、作业队等基层队党支部", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.indicator, row.text, row.scoring, row.points,
                       row.method, None])
            for c in (4, 5, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (12, 6, 12, 48, 46, 6, 22, 8))
    wb.save(str(path))
