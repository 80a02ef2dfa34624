"""中共新疆生产建设兵团第八师一四三团委员会2025年度连队党支部工作考核评分表 (.xlsx), as a 兵团 团场 党委 (its 党建办 with the 团 综治
中心, the 农业发展服务中心, the 武装部 and the 团纪委, a 考核组 going round each 农业连队 in December) scores the 连队党支部 of a 团场 on the
玛纳斯河 alluvial plain by 石河子, where the 职工 grow 棉花 under 滴灌 and 葡萄 on the 戈壁 edge, the 机采 runs in the autumn, the 基干民兵
train between the 条田 and the 连队 is 团 and 村 at once: 组织建设 (the 连队“两委” under 35 and 大专 in one roster with the 书记 and 连长
“一肩挑”, the 后备力量 under 35 with the “一人一档” and a half-yearly 考察, the “三会一课” with the 农忙 顺延 and a “本项不得分” for 补记, the
monthly 主题党日 with a quarterly “兵团精神”“老兵精神” 现场教学 and the 参加率), 党员队伍 ("每两年至少发展1名", 24学时 and the seven days of
the 冬训 with its 方案, the 流动党员台账 with a quarterly 联系 and the 春节 集中学习, five 联系户 with a monthly 走访, 党费 with a quarterly
公示), 屯垦戍边与连队发展 (the 集体经济 in bands with the 合作社, five 党员示范户 and four 培训, the 基干民兵 党员比例 with a monthly 训练 and a
一票否决, a quarterly 结对认亲 走访 with a half-yearly 联谊, a monthly “美丽庭院” 评比 with a quarterly 安全检查), 服务群众 (the 坐班 with the
代办 办结率, a quarterly 连务 and 财务 公开 with the 职工代表会议 and its 公示, a 满意度 in bands) and 责任落实 (the 年初 责任书, the 年终 述职,
the 半年 and 全年 总结; a deduction-only line on 优亲厚友 and 违规收费).

A merged title row, a merged "考核对象：团属各农业连队党支部" line and a merged "连队：…连队党支部书记：…考核组：…考核时间：…" line above the
header 序号 | 考核内容 | 评分标准 | 分值 | 佐证材料 | 自评得分 | 考核得分. Each category is a SECTION ROW merged across the sheet, printed WITH an
ordinal and its points on one line, "一、组织建设（20分）". 序号 (FIRST column, numeric cells) runs 1..19 through the whole sheet, NOT
restarting under the section rows. 分值 comes AFTER the 评分标准, a plain number. 佐证材料 (`Row.method`) names the papers the 连队 lays out,
joined by "、" (twice a way of checking: 团党委组织测评, 团纪委提供). 自评得分 and 考核得分 are blank. A 合计 row of 100 and a merged 说明 row
close the sheet. Counts in figures and Chinese numerals ("每半年考察一次", "每月召开1次", "每季度至少组织一次", "每两年至少发展1名", "每季度
至少联系一次", "集中学习一次", "每月至少入户走访一次", "每季度在连队公示一次", "每月至少组织一次", "每人每季度至少走访一次", "每半年开展
一次", "每月开展一次", "每季度不少于1次", "每季度公开一次"); "不少于24学时", "不少于7天"; "不少于1名", "不少于2名", "不少于5户", "不少于
4期", "不少于1个"; "百分之三十"; "5个工作日", "24小时", "7天" (of a 公示); "最高扣" caps; "酌情扣1-2分" and "酌情扣1分" three times; two sets of
bands (a 集体经济 income in 万元 closed by "10万元以下的不得分", a 满意度 closed by "85%以下的不得分"); one "实行一票否决，本项不得分"; four plain
"本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzzd_shihezi_143tuan_liandui_zhibu_xlsx",
    fmt="xlsx",
    title="中共新疆生产建设兵团第八师一四三团委员会2025年度连队党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "一、组织建设（20分）", 20, (
            Row("连队“两委”班子配备齐全，成员中35周岁以下的不少于1名、大专及以上学历的不少于2名；连队党支部书记由团党委选派的优秀干部担任，"
                "实行书记、连长“一肩挑”。", 5,
                "班子成员缺额的，每缺1名扣1分；35周岁以下成员、大专及以上学历成员不达标的，每项扣1分；班子不团结、内耗严重的，酌情扣1-2分。",
                "“两委”成员名册"),
            Row("储备35周岁以下连队后备力量不少于2名，实行“一人一档”，每半年考察一次。", 3,
                "后备力量每少1名扣1分；未建立档案的扣0.5分；考察每少1次扣0.5分。", "后备力量名册、考察材料"),
            Row("落实“三会一课”，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；春播、秋收农忙季节可顺延，"
                "但须在次月补开。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；会议记录不规范的，酌情扣1分；弄虚作假、事后补记的，本项不得分。", "会议记录本、签到表"),
            Row("每月开展一次主题党日；每季度至少组织一次党员到军垦博物馆、军垦第一连等红色教育基地开展“兵团精神”“老兵精神”现场教学；党员"
                "参加率不低于85%。", 5,
                "主题党日每少1次扣0.5分；现场教学每少1次扣0.5分；参加率低于85%的，每次扣0.2分。", "活动记录、活动照片"),
        )),
        Section("党员队伍", "二、党员队伍（20分）", 20, (
            Row("每两年至少发展1名党员，注重在青年职工、种植大户、退役军人中发展；发展对象公示期不少于5个工作日。", 5,
                "两年内未发展党员的扣3分；未公示或公示期不足的扣1分；违规发展党员的，本项不得分。", "发展党员档案、公示照片"),
            Row("党员每年参加集中学习培训不少于24学时；每年冬闲季节（12月至次年2月）开展党员冬训，冬训时间不少于7天。", 5,
                "学时不足的，每人扣0.2分，最高扣2分；未开展冬训的扣3分；冬训时间不足7天的扣1分。", "培训签到表、冬训方案"),
            Row("建立外出流动党员台账，与外出党员每季度至少联系一次；每年春节前后组织返乡流动党员集中学习一次。", 4,
                "无流动党员台账的扣1分；联系每少1次扣0.2分；未组织集中学习的扣0.5分。", "流动党员台账、联系记录"),
            Row("推行党员联系职工群众制度，每名党员联系职工群众不少于5户，每月至少入户走访一次。", 3,
                "联系户不足5户的，每人扣0.2分；走访每少1次扣0.1分，最高扣1分。", "党员联系户名单、走访记录"),
            Row("党员按月交纳党费；党费收缴情况每季度在连队公示一次。", 3,
                "未按月交纳的，每人次扣0.1分；未公示的，每次扣0.5分。", "党费收缴台账"),
        )),
        Section("屯垦戍边与连队发展", "三、屯垦戍边与连队发展（30分）", 30, (
            Row("发展壮大连队集体经济，集体经济年收入达到20万元以上；连队“两委”领办农机服务队或专业合作社不少于1个，运行规范。", 7,
                "年收入30万元以上的得4分，20万元（含）至30万元的得3分，10万元（含）至20万元的得1分，10万元以下的不得分；未领办合作组织的扣"
                "2分；合作组织运行不规范的，酌情扣1分。", "连队财务报表、合作社章程"),
            Row("组织党员示范户开展棉花机采、高效节水滴灌、葡萄标准化种植等技术示范，每个连队党员示范户不少于5户；全年举办职工技能培训不少于"
                "4期。", 6,
                "党员示范户每少1户扣0.5分；培训每少1期扣0.5分；示范带动效果不明显的，酌情扣1分。", "示范户名单、培训签到表"),
            Row("落实“民兵+党员”双重职责，连队基干民兵中党员比例达到百分之三十以上；每月至少组织一次民兵训练或巡逻执勤；重大节点、敏感时段"
                "落实24小时值班。", 7,
                "党员比例每低5个百分点扣0.5分；训练执勤每少1次扣0.5分，最高扣3分；重点时段值班不落实的扣1分；发生影响社会稳定重大事件的，"
                "实行一票否决，本项不得分。", "基干民兵花名册、训练执勤记录、值班记录"),
            Row("深入开展“民族团结一家亲”活动，党员与少数民族职工群众结对认亲，每人每季度至少走访一次；连队每半年开展一次民族团结联谊"
                "活动。", 5,
                "结对走访每少1次扣0.2分，最高扣2分；联谊活动每少1次扣1分。", "结对认亲登记表、活动照片"),
            Row("党员带头开展人居环境整治，每月开展一次“美丽庭院”环境卫生评比；农机、农药、防火安全检查每季度不少于1次。", 5,
                "卫生评比每少1次扣0.3分；安全检查每少1次扣0.5分；发生较大安全生产事故的，本项不得分。", "评比记录、安全检查台账"),
        )),
        Section("服务群众", "四、服务群众（20分）", 20, (
            Row("连队党群服务中心落实“一站式”服务，“两委”成员轮流坐班；建立代办员队伍，职工群众代办事项按时办结率达到95%以上。", 6,
                "未落实坐班的扣1分；无代办员队伍的扣1分；办结率每低1个百分点扣0.3分。", "坐班记录、代办台账"),
            Row("连务、财务每季度公开一次；职工身份地承包调整等重大事项经职工代表会议讨论决定，决议结果公示不少于7天。", 6,
                "连务财务公开每少1次扣0.5分；重大事项未经职工代表会议讨论的，每项扣1分；决议结果未公示的扣0.5分。",
                "公开栏照片、职工代表会议记录"),
            Row("年底由团党委组织职工群众测评，连队党支部满意度达到90%以上；职工群众信访诉求及时化解，不发生越级上访。", 8,
                "满意度95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分；发生越级上访的，每起扣1分，最高扣3分。",
                "团党委组织测评"),
        )),
        Section("责任落实", "五、责任落实（10分）", 10, (
            Row("连队党支部书记年初与团党委签订党建工作目标责任书，年终向团党委述职；连队党支部年中报送半年工作总结，年底报送全年工作总结。", 5,
                "未签订责任书的扣1分；未述职的扣2分；总结每缺一项扣1分。", "责任书、述职报告、工作总结"),
            Row("连队干部在职工身份地承包、惠民补贴发放中优亲厚友、吃拿卡要、违规收费（本项为扣分项）。", 5,
                "经查实的，每起扣2分；被师市以上通报的，每次扣2分；连队干部受到党纪政务处分的，本项不得分。", "团纪委提供"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分标准", "分值", "佐证材料", "自评得分", "考核得分"]
NOTE = ("说明：1.本表由团党委于12月组织考核，团党建办牵头，综治中心、农业发展服务中心、武装部、团纪委参加，采取查阅资料、实地查看、入户"
        "走访、职工测评相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为"
        "“一般”，70分以下的为“差”；4.考核结果与连队“两委”成员绩效工资挂钩，作为评选“五星级连队党支部”的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "连队党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：团属各农业连队党支部", ncols)
    xlsx_line(ws, "连队：            连队党支部书记：            考核组：            考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.scoring, row.points, row.method, None, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (6, 48, 48, 6, 22, 8, 8))
    wb.save(str(path))
