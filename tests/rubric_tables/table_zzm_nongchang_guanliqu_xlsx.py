"""中共北大荒集团七星农场有限公司委员会2025年度管理区党支部党建工作考核评分表 (.xlsx), as a 黑龙江 垦区 农场有限公司党委 (its
党委组织部 with the 农业发展部 and the 纪委办公室, a 专项督导 at the 春播 and the 秋收 and the 年度 考核 in December) scores each
管理区党支部 — one 支部 over a 管理区 of 职工 家庭农场, 种植大户 and 农机手 on 水稻 and 大豆, with its 居民区 at the 场部 — on 基础
党建 (“三会一课” arranged round the 农忙 with no 缺项, the monthly 主题党日 taken to the 田间地头 with a yearly “党员示范田” 观摩, the
冬训 of five days in the 农闲 with a 测试 and its 合格率, 组织生活会 and the 民主评议党员大会 with the 公示 of the “优秀”, a yearly
积极分子 and one member in two years, 党费 with the half-yearly 核对 of the 党员信息 and the quarterly 联系 of those working away),
党建引领现代农业 (the “党员示范田” 覆盖率 with its 标识牌 and 单产, the 党员农机突击队 at 春播 and 秋收 with the 浸种催芽 盯守, 黑土地
保护 with the 秸秆还田率 and no 火点 under the 卫星遥感, three 种植技术 培训 and 200人次 with the quarterly 技术指导, the 领办 农机
合作社 with the 统购统销 and two 对接会), 服务职工群众 (党员 联系 five 职工户 with a 走访 every two months, the 诉求台账 and the 办结率,
the monthly 走访 of 独居老人 in the 供暖期 with a quarterly 宣传, the quarterly 公开 of 土地承包 and 补贴, a 满意度 in bands) and 党风
廉政建设 (half-yearly 廉洁教育, the 承诺书, the 发包 and 采购; a deduction-only line on “吃拿卡要” and 优亲厚友).

A merged title row, a merged "考核对象：公司所属各管理区党支部" line and a merged "管理区：…  党支部书记：…  党员人数：…  考核日期：…"
line above the header 考核内容 | 分值 | 评分标准 | 考核方式 | 得分. There is NO 序号: items are numbered by position (1..17). The
categories are SECTION ROWS merged across the sheet, printed with an ordinal on one line, "一、基础党建（30分）". 分值 (before the 评分
标准) is a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅会议记录, 查阅资料, 抽查测试, 平台核查, 实地查看,
查阅测产记录, 农业发展部认定, 个别走访, 入户走访, 问卷测评, 向公司纪委办公室核实); it is no 佐证 column. 得分 is blank. A 合计 row and a
merged 说明 row close the sheet. The 满意度 bands sit in the 评分标准; counts partly in Chinese numerals ("每年召开一次", "不少于两次",
"每两个月"); "最多扣" caps; one count runs only in the 供暖期; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzm_nongchang_guanliqu_xlsx",
    fmt="xlsx",
    title="中共北大荒集团七星农场有限公司委员会2025年度管理区党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("基础党建", "一、基础党建（30分）", 30, (
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；春播、秋收"
                "农忙期间可灵活安排时间，但不得缺项。", 6,
                "“三会一课”每缺1次扣0.5分，最多扣4分；会议内容与农业生产脱节、流于形式的，酌情扣1—2分。", "查阅会议记录"),
            Row("每月固定开展主题党日活动；农忙时节把主题党日开到田间地头，每年至少组织一次“党员示范田”现场观摩。", 4,
                "主题党日每少1次扣0.5分；未开展现场观摩的扣1分。", "查阅资料"),
            Row("利用冬季农闲组织党员冬训，集中培训时间不少于5天；冬训结束后组织一次学习测试，测试合格率达到95%以上。", 5,
                "冬训时间不足5天的扣2分；未组织测试的扣1分；合格率每低1个百分点扣0.1分。", "查阅资料、抽查测试"),
            Row("每年召开一次组织生活会和民主评议党员大会，评定为“优秀”等次的党员在管理区公示。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣2分；评议结果未公示的扣1分。", "查阅会议记录"),
            Row("注重在种植大户、农机手、家庭农场主中发展党员，每年至少确定1名入党积极分子，两年内至少发展党员1名。", 5,
                "未确定入党积极分子的扣1分；两年内未发展党员的扣2分；发展对象政审不严、程序倒置的，本项不得分。", "查阅资料"),
            Row("党员每月按时交纳党费；党支部每半年核对一次党员信息，对外出务工、异地居住党员每季度联系一次。", 5,
                "党费未按月交纳的，每人次扣0.1分；信息核对每少1次扣0.5分；联系每少1次扣0.2分。", "查阅资料、平台核查"),
        )),
        Section("党建引领现代农业", "二、党建引领现代农业（35分）", 35, (
            Row("建立“党员示范田”，种植户党员示范田覆盖率达到100%，示范田设立标识牌，推广新品种、新技术，单产高于管理区平均水平。", 7,
                "覆盖率每低10个百分点扣1分；示范田未设标识牌的，每块扣0.2分；示范田单产未高于管理区平均水平的，每块扣0.3分。",
                "实地查看、查阅测产记录"),
            Row("春播、秋收期间成立党员农机突击队，党员农机手带头抢农时；浸种催芽、收获归仓等关键环节有党员盯守。", 7,
                "未成立突击队的扣2分；播种或收获进度在公司排名后三位的，每次扣1分；关键环节党员盯守不到位的，酌情扣1—2分。",
                "查阅资料、农业发展部认定"),
            Row("落实黑土地保护利用措施，秸秆还田率达到95%以上；秋季防火期党员包片巡查，全年无秸秆焚烧火点。", 7,
                "还田率每低1个百分点扣0.5分；发现秸秆焚烧火点的，每处扣2分；被卫星遥感监测通报的，本项不得分。",
                "实地查看、农业发展部认定"),
            Row("每年组织职工群众开展水稻、大豆种植技术培训不少于3期，参训不少于200人次；农业技术人员中的党员每季度深入作业站开展技术"
                "指导不少于1次。", 6,
                "培训每少1期扣1分；参训人次不足的扣1分；技术指导每少1次扣0.5分。", "查阅资料"),
            Row("党支部领办或联办农机合作社，带动家庭农场规模经营；为职工群众统一代购农资、统一对接粮食销售，每年召开粮食销售对接会不少"
                "于两次。", 8,
                "未领办或联办合作社的扣3分；未开展农资代购、粮食销售对接服务的扣2分；对接会每少1次扣1分。", "查阅资料、个别走访"),
        )),
        Section("服务职工群众", "三、服务职工群众（25分）", 25, (
            Row("党员联系职工户，每名党员联系不少于5户，每两个月走访一次；建立职工群众诉求台账，诉求办结率达到95%以上。", 6,
                "走访每少1次扣0.2分，最多扣2分；无诉求台账的扣1分；办结率每低1个百分点扣0.2分。", "查阅资料、入户走访"),
            Row("冬季供暖期内，党员每月入户走访一次独居老人和困难家庭；每季度开展一次防火、防盗、防诈骗宣传。", 5,
                "入户走访每少1次扣0.5分；宣传每少1次扣0.5分；发生独居老人意外未及时发现的，本项不得分。", "查阅资料、入户走访"),
            Row("管理区土地承包、农业补贴、收费项目等事项每季度公开一次；涉及职工群众切身利益的重大事项经党支部研究，并听取职工代表"
                "意见。", 6,
                "公开每少1次扣1分；公开内容不完整的扣0.5分；重大事项未经党支部研究的，每项扣1分。", "实地查看、查阅资料"),
            Row("公司党委组织职工群众对管理区党支部开展满意度测评，满意度达到90%以上。", 8,
                "满意度95%以上的得8分；90%（含）—95%的得6分；85%（含）—90%的得4分；80%（含）—85%的得2分；80%以下的不得分。",
                "问卷测评"),
        )),
        Section("党风廉政建设", "四、党风廉政建设（10分）", 10, (
            Row("每半年开展一次廉洁教育；管理区管理人员签订廉洁从业承诺书；土地发包、农资采购全程公开透明。", 5,
                "廉洁教育每少1次扣1分；承诺书每缺1人扣0.2分；土地发包、农资采购不规范的，每项扣1分。", "查阅资料"),
            Row("管理区党员和管理人员遵纪守法，无“吃拿卡要”、优亲厚友等侵害职工群众利益问题。", 5,
                "党员受到党纪处分的，每人扣2分；被职工群众实名举报并查实的，每件扣1分；管理区负责人受到党纪处分的，本项不得分。",
                "向公司纪委办公室核实"),
        )),
    ),
)

HEADER = ["考核内容", "分值", "评分标准", "考核方式", "得分"]
NOTE = ("说明：1.本表由公司党委组织部会同农业发展部、纪委办公室于每年12月组织考核，春播、秋收期间开展专项督导，督导发现的问题计入"
        "年度考核；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为优秀、良好、一般、较差四个等次，与管理区党支部书记年度绩效"
        "挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "管理区党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：公司所属各管理区党支部", ncols)
    xlsx_line(ws, "管理区：            党支部书记：            党员人数：      考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([row.text, row.points, row.scoring, row.method, None])
            for c in (1, 3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 2).alignment = center
    ws.append(["合计", t.total, None, None, None])
    ws.cell(ws.max_row, 1).alignment = center
    ws.cell(ws.max_row, 2).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (56, 6, 50, 18, 7))
    wb.save(str(path))
