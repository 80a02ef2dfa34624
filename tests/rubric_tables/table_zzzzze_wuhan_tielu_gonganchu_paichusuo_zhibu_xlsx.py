"""武汉铁路公安处党委2025年度基层派出所党支部建设考核评分表 (.xlsx), as the 处党委 of the 武汉铁路公安处 in 湖北 (its 政治处 with the 警务保障室, the
法制室, the 治安支队 and the 纪委, a 考核组 that goes out along the 京广 and 汉丹 lines in the first half of January, when the 春运 is a fortnight off, the
临时党小组 are being named for the 汉口站 and the 武昌站, the 安检 lines are being lengthened and the 执法案卷 of the year are being bound for the 评查)
scores the 党支部 of its 派出所: the 车站派出所 of the great stations whose 民警 stand the 进站口 and the 候车室 on 四班三运转, the 线路警务区 whose 民警
walk the 护路 with the 村 and the 联防, the 乘警 whose 党员 are out on the 列车 for days at a time: a sheet of 考核项目 whose 考核内容 prints what the
支部 must have done, whose 评分标准 takes points off one clause at a time (scoring the “三会一课” 参会率 and the 盗窃 破案率 in bands and grading the
先锋岗、突击队 作用 by 好/较好/一般) and whose 考核方式 says how the 考核组 looks: 政治建警 (the “第一议题”, a monthly 集中学习, 5天或40学时 and a quarterly
“警营大讲堂”; the 警察节 仪式, two 忠诚教育 and the 宣誓率; a half-yearly 研判, the 自媒体 备案 and a 一票否决; a quarterly 报告, no 迟报、漏报 and a "本项
不得分" for 瞒报), 支部建设 (the 党小组, the 临时党小组 and the 交叉任职; the “三会一课”, the 分批次、补课 and the 参会率 in bands; the 主题党日 and four 志愿
服务 with their 方案、签到、记录、照片; the 组织生活会, the 谈心谈话, the 批评, the 民主评议 and the 备案; one 积极分子, 党费 按月 with a half-yearly 公示 and
the 1个月; the “先锋指数”, a monthly 记分, a quarterly 公示 and the 年底 评选), 从严治警 (the 年初 责任书, a quarterly 警示教育, the “八小时以外” and a 一票
否决; a monthly 评查, the 合格率, the 过错 and a "本项不得分"; the 家访 覆盖率, the 帮扶台账 and the 必访; the 休假 落实率, a yearly 心理测评 and a yearly 体检)
and 实战融合 (three 先锋岗, the 突击队 and the graded 作用; the “一站一策”, the 发案数, the 破案率 in bands and a 一票否决; the 求助, the 遗失物品 登记 and the
满意度; four 宣传 and the 品牌; the 年初 计划, the 年底 总结, the 年底 述职 and its 满意率). Under the 合计 a 加分项 block of three rows.

A merged title row, a merged "考核对象：处属各车站派出所、线路派出所党支部" line and a merged "党支部：    考核人：    考核日期：" line above the header 序号 |
考核项目 | 考核内容 | 评分标准 | 分值 | 考核方式. 序号 (FIRST column) runs 1..19 through the sheet, NOT restarting. The 考核项目 are MERGED CELLS down the
SECOND column, printed WITH an ordinal and WITH their points on a SECOND line, "一、政治建警\\n（20分）"; there is no short sub-label. 考核内容 (`Row.text`)
says what is required; the 评分标准 (`Row.scoring`) comes BEFORE the 分值, a plain number; 考核方式 (`Row.method`) last, naming the ways the 考核组 checks
("查阅…", "个别谈话", "实地查看", "抽查…", "调阅…", "问卷测评"). A 合计 row of 100; then, UNDER it, a 加分项 block of three rows with NO 序号: "加分项（最高加5
分）" merged down the 考核项目 column beside them, the 加分内容 in the 考核内容 column, the 加分办法 in the 评分标准 column, the most it adds in the 分值
column and a 考核方式 (not in `sections`); a merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月开展
一次", "每人每年…不少于5天或40学时", "每季度举办一次", "年内…不少于2次", "100%", "每半年开展一次", "全年", "每季度…一次", "春运、暑运、国庆黄金周", "支部
委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之八十五", "每月开展一次", "年内不少于4次", "每年召开一次",
"年内…不少于1名", "按月", "每半年公示一次", "1个月内", "按月记分、每季度公示", "年底", "年初", "每季度开展一次", "全年", "每月开展一次", "100%", "全年", "每年
…100%", "不低于百分之九十", "每年组织一次", "不少于3个", "同比下降", "百分之七十以上", "全年", "百分之九十五以上", "年内…不少于4篇", "年初", "年底", "年底",
"不低于百分之九十"); "最高扣" caps; bands of the 参会率 (2 of the 7 points, closed by "80%以下的不得分") and of the 破案率 (3 of the 8, closed by "60%以下的
不得分"); the 作用 graded "好的得3分，较好的得2分，一般的得1分"; "每低1个百分点" twice and "每低10个百分点" once; "酌情扣0.5-1分" twice and "酌情扣0.5分"
once; three "实行一票否决，本项不得分" and two other "本项不得分".
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


def _row(text: str, scoring: str, points: float, how: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 评分标准, 分值, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzze_wuhan_tielu_gonganchu_paichusuo_zhibu_xlsx",
    fmt="xlsx",
    title="武汉铁路公安处党委2025年度基层派出所党支部建设考核评分表",
    numbering="printed",
    sections=(
        Section("政治建警", "一、政治建警\n（20分）", 20, (
            _row("落实“第一议题”制度，支部每月开展一次集中学习；民警每人每年参加政治轮训不少于5天或40学时；每季度举办一次“警营大讲堂”。",
                 "集中学习每少1次扣0.5分，最高扣2分；轮训时间不足的，每人扣0.2分，最高扣2分；“警营大讲堂”每少1次扣0.5分。", 6,
                 "查阅学习记录、培训登记，抽查民警"),
            _row("“中国人民警察节”组织开展升警旗、重温入警誓词等荣誉仪式活动；年内组织民警学习英模事迹、开展忠诚教育不少于2次；新入警民警入警宣誓率100%。",
                 "未开展警察节荣誉仪式活动的扣1.5分；忠诚教育每少1次扣0.5分；新入警民警未组织宣誓的，每人扣0.2分，最高扣1分。", 4, "查阅活动资料"),
            _row("每半年开展一次队伍思想动态和意识形态分析研判；民警个人自媒体账号登记备案，网络言行规范；全年不发生民警网上发表不当言论造成负面影响的问题。",
                 "研判每少1次扣1分；自媒体账号未登记备案的，每人扣0.3分，最高扣1.5分；发生民警网上发表不当言论造成负面影响的，实行一票否决，本项不得分。", 5,
                 "查阅资料、网络巡查"),
            _row("支部每季度向处党委报告一次队伍思想和作风状况；重大警情、重大事项及时请示报告，不迟报、漏报、瞒报。",
                 "报告每少1次扣0.5分；重大事项迟报、漏报的，每次扣1分，最高扣3分；瞒报的，本项不得分。", 5, "查阅报告、调阅指挥中心记录"),
        )),
        Section("支部建设", "二、支部建设\n（30分）", 30, (
            _row("坚持支部建在所上、党小组建在警务区（班组）；春运、暑运、国庆黄金周等运输高峰期间在重点车站、重点列车成立临时党小组；支委会配备齐全，所长、"
                 "教导员交叉任职。",
                 "党小组设置不合理的扣1分；运输高峰期间未成立临时党小组的扣1分；支委配备不齐或未交叉任职的扣1分。", 4, "查阅组织设置文件"),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；倒班民警分批次参加，因勤务缺席的及时补课；党员参会率不低于"
                 "百分之八十五。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；缺席未补课的，每人次扣0.1分，最高扣1分；参会率85%以上的得2分，80%（含）—85%的得1分，80%以下的不得分；"
                 "会议记录不规范的，酌情扣0.5分。", 7, "查阅会议记录本、签到表"),
            _row("每月开展一次主题党日活动；结合“平安春运”“暑运安保”开展党员志愿服务，年内不少于4次；每次活动有方案、有签到、有记录、有照片。",
                 "主题党日每少1次扣0.3分，最高扣2分；志愿服务每少1次扣0.5分；方案、签到、记录、照片每缺一项扣0.1分，最高扣1分。", 5, "查阅活动资料"),
            _row("每年召开一次组织生活会，会前所长、教导员与每名党员谈心谈话，会上开展批评和自我批评；会后开展民主评议党员，评议结果报处党委备案。",
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.2分，最高扣1分；批评和自我批评流于形式的，酌情扣0.5-1分；未开展民主评议党员的扣1.5分；评议结果"
                 "未备案的扣0.5分。", 6, "查阅会议记录、列席旁听、个别谈话"),
            _row("年内从青年民警、业务骨干中确定入党积极分子不少于1名；党员按月交纳党费，党费收缴情况每半年公示一次；新调入的党员民警1个月内转接组织关系。",
                 "未确定积极分子的扣1分；未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；组织关系转接不及时的，每人扣0.3分。", 4,
                 "查阅党费台账、组织关系转接记录"),
            _row("实行党员民警“先锋指数”积分管理，积分与执勤执法、服务旅客等工作实绩挂钩，按月记分、每季度公示；年底评选“优秀党员民警”。",
                 "未实行积分管理的扣1分；未按月记分的，每月扣0.1分，最高扣1分；公示每少1次扣0.3分；年底未评选的扣0.5分。", 4, "查阅积分台账"),
        )),
        Section("从严治警", "三、从严治警\n（20分）", 20, (
            _row("支部书记年初与处党委签订党风廉政建设责任书；每季度开展一次警示教育；落实民警“八小时以外”监督，全年不发生民警酒驾醉驾、违规饮酒问题。",
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；“八小时以外”监督不落实的，酌情扣0.5-1分；发生民警酒驾醉驾的，实行一票否决，本项不得分；违规"
                 "饮酒的，每人次扣2分。", 6, "查阅资料、纪委核实"),
            _row("每月开展一次执法案卷评查；执法质量考评合格率达到100%；全年不发生执法过错责任追究和涉警负面舆情。",
                 "案卷评查每少1次扣0.5分，最高扣2分；考评合格率每低1个百分点扣0.5分，最高扣3分；发生执法过错被责任追究的，每起扣2分；发生涉警负面舆情造成不良"
                 "影响的，本项不得分。", 7, "抽查执法案卷、调阅执法办案系统"),
            _row("所领导每年对民警家访覆盖率达到100%；建立困难民警帮扶台账，民警生病住院、家庭发生重大变故必访。",
                 "家访覆盖率每低10个百分点扣0.5分，最高扣2分；无帮扶台账的扣1分；应访未访的，每人次扣0.5分。", 4, "查阅台账、个别谈话"),
            _row("落实民警年休假制度，年休假落实率不低于百分之九十；每年组织一次民警心理健康测评和健康体检。",
                 "年休假落实率低于90%的扣1分；未开展心理健康测评的扣1分；未组织健康体检的扣1分。", 3, "查阅考勤、测评和体检资料"),
        )),
        Section("实战融合", "四、实战融合\n（30分）", 30, (
            _row("春运、暑运期间在重点车站、重点列车设立党员先锋岗不少于3个，组建党员突击队；先锋岗、突击队在重点旅客帮扶、站车秩序维护中发挥作用。",
                 "先锋岗每少1个扣1分；未组建突击队的扣1.5分；作用发挥由考核组评定，好的得3分，较好的得2分，一般的得1分。", 7, "实地查看、查阅资料"),
            _row("站区治安防控“一站一策”落实到位；管内刑事案件发案数同比下降；盗窃旅客财物案件破案率达到百分之七十以上；全年不发生重大涉铁安全事件。",
                 "未制定“一站一策”的扣1分；发案数同比上升的扣2分；破案率80%以上的得3分，70%（含）—80%的得2分，60%（含）—70%的得1分，60%以下的不得分；发生"
                 "重大涉铁安全事件的，实行一票否决，本项不得分。", 8, "调阅警综平台数据"),
            _row("开展“暖心服务”，旅客求助有求必应，遗失物品登记、招领规范；旅客对民警服务满意度达到百分之九十五以上。",
                 "旅客求助未及时处置被投诉的，每起扣1分，最高扣2分；遗失物品未登记的，每件扣0.2分，最高扣1分；满意度每低1个百分点扣0.5分，最高扣3分。", 7,
                 "查阅登记、问卷测评"),
            _row("年内在路局公安局、处门户网站和微信公众号宣传支部工作和先进典型不少于4篇；打造“一所一品”党建品牌。",
                 "宣传每少1篇扣0.5分，最高扣2分；未打造品牌的扣1分。", 4, "查阅宣传资料"),
            _row("年初制定支部工作计划，年底形成工作总结；支部书记年底向处党委述职，述职评议满意率不低于百分之九十。",
                 "缺计划或总结的，每项扣0.5分；未述职的扣1.5分；满意率低于90%的扣1分。", 4, "查阅资料、述职评议"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "分值", "考核方式"]
BONUS_HEAD = "加分项（最高加5分）"
BONUS = (
    ("支部或党员民警获得省部级以上表彰，或支部被评为路局公安局“先进基层党组织”的。", "省部级每项加2分，路局公安局级每项加1分。", 3, "查阅表彰文件"),
    ("在春运、暑运等重大安保任务中表现突出，受到上级通报表扬的。", "每次加1分。", 2, "查阅通报"),
    ("支部党建工作经验在处级以上会议交流或被上级推广的。", "每项加1分。", 2, "查阅推广文件"),
)
NOTE = ("说明：1.本表由处党委于次年1月上旬组织考核，政治处牵头，警务保障室、法制室、治安支队、纪委参加，以2025年1月1日至12月31日形成的资料和系统"
        "数据为准；2.考核总分＝基础分得分＋加分项得分，加分最高5分；基础分各项扣分以该项分值为限，扣完为止；评分标准列明得分档次或等次的，按档次、等次"
        "计分；3.执法质量考评合格率以处法制室年度考评结果为准，发案数、破案率以警综平台统计为准；4.考核得分95分以上的为“红旗党支部”，85—94分的为“先进"
        "党支部”，70—84分的为“合格党支部”，70分以下的为“后进党支部”，考核结果与所队年度绩效和支部书记考核挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部建设考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：处属各车站派出所、线路派出所党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.scoring, row.points, row.method])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    top = ws.max_row + 1
    for i, (text, rule, most, how) in enumerate(BONUS):
        ws.append([None, BONUS_HEAD if i == 0 else None, text, rule, most, how])
        for c in (3, 4, 6):
            ws.cell(ws.max_row, c).alignment = wrap
        ws.cell(ws.max_row, 5).alignment = center
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 95)
    xlsx_widths(ws, (6, 12, 50, 52, 7, 20))
    wb.save(str(path))
