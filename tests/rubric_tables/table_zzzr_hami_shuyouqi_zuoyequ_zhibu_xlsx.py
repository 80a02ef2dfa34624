"""哈密输油气分公司2025年度基层党支部工作考核评分表 (.xlsx), as the 分公司党委 of a 国家管网 西部管道 输油气分公司 in 新疆 哈密 (its 党委
工作部 with the 生产科, the 管道科, the 安全科 and the 纪委办公室, a 考核组 in December) scores the 党支部 of its 作业区 and of the 机关: the
西气东输 and 西部原油 lines running east across the 戈壁 to 甘肃, 压气站 and 分输站 a hundred kilometres apart with six people to a shift, the
巡线工 who drive and walk the line in sandstorms and at forty below, the 第三方施工 of the new roads and the 光伏 fields that dig across the
pipe, the 高后果区 by the towns, the 冬季保供 from November to March when the whole of 华北 waits on the gas, the 党员 who lead the 抢修 at
night: 政治建设 (a monthly 集中学习 with 40学时 and the “线上党支部” of the 偏远站场, the 书记's two 党课 with a half-yearly 研判, a yearly 现场
教学 and the “七一” 重温誓词), 组织建设 (the “三会一课” with the 记录, the 签到表 and the 缺席, the monthly 主题党日 with the 参加率 and the 方案,
签到表 and 照片, the 组织生活会 with 征求意见, 谈心谈话, 民主评议 and the 整改清单, two 积极分子 and one 发展 a year with the 公示, 党费 with a
half-yearly 公开, the 党小组 of the 站场 with the 换届 and its 审批), 生产经营融合 (the 党员责任区 with two 示范岗 and a quarterly 评选, a
quarterly 管道保护 宣传 with the “一处一案”, the 旁站监护 and the 识别率 and a 一票否决, the 冬季保供 值守 with a yearly 隐患排查 and the 完好率,
a monthly 安全活动 with a half-yearly 演练 and the 安全监督岗 and a 一票否决, one 攻关课题 a year with two 合理化建议 a head) and 作风建设 (a
yearly 廉洁从业教育 with the 审核 and four 廉洁提醒, three 实事 a year with a half-yearly 慰问 and the 满意度, the 年初 计划, a half-yearly 报告,
the 年底 述职 and the 年终 总结, a 年底 测评 scored in bands).

A merged title row, a merged "考核对象：分公司所属各作业区党支部、机关党支部" line and a merged "党支部： 考核组： 考核日期：" line above the
header 序号 | 考核指标 | 考核标准 | 分值 | 扣分标准 | 备查资料 | 得分. Each category is a SECTION ROW merged across the whole sheet, printed
WITH an ordinal and its points on one line, "一、政治建设（16分）". 序号 (FIRST column) runs 1..17 through the whole sheet, NOT restarting under
the section rows. 考核指标 is a short sub-label (`Row.indicator`); 考核标准 says what is required (`Row.text`). 分值 is a plain number BEFORE the
扣分标准. 备查资料 (`Row.method`) names the papers the 支部 lays out, joined by "、" (once a way of checking: 分公司纪委提供). 得分 is blank. A
合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals ("每月开展一次", "每年…不少于40学时", "每年讲党课不
少于2次", "每半年专题研判一次", "每年组织…一次", "“七一”", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每
季度1次", "超过3次", "每月开展一次", "每年召开一次", "年内…不少于2名", "每年至少发展党员1名", "按月", "每半年公开一次", "3人以上", "按期",
"每季度评选一次", "每季度开展一次", "24小时", "11月至次年3月", "每年保供前开展一次", "每月开展一次", "每半年组织一次", "全年", "年内…不少于
1项", "每人每年…不少于2条", "每年开展一次", "元旦、春节、中秋、国庆节前", "年内…不少于3件", "每半年…一次", "年初", "每半年…报告一次",
"年底", "年终", "年底"); "不少于2个"; "百分之八十五", "百分之九十八", "100%"; "缺一项扣0.2分" once; "最高扣" caps; "酌情扣0.5-1分" four times
and "酌情扣0.5分" once; one set of bands (a 满意度 for the whole 4 points closed by "80%以下的不得分"); two "实行一票否决，本项不得分"; three other
plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzzr_hami_shuyouqi_zuoyequ_zhibu_xlsx",
    fmt="xlsx",
    title="哈密输油气分公司2025年度基层党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（16分）", 16, (
            Row("落实“第一议题”制度，支部每月开展一次集中学习；党员每年参加学习培训不少于40学时；偏远站场、巡线班组通过“线上党支部”同步"
                "学习。", 6,
                "集中学习每少1次扣0.3分；学时不足的每人扣0.1分，最高扣1.5分；偏远站场未组织线上同步学习的，每次扣0.2分，最高扣1分；学习流于"
                "形式的，酌情扣0.5-1分。", "学习记录、学时统计表、线上学习截图", indicator="理论学习"),
            Row("支部书记每年讲党课不少于2次；每半年专题研判一次员工思想动态；落实意识形态工作责任制。", 6,
                "书记讲党课每少1次扣1分；研判每少1次扣1分；员工队伍发生影响稳定的事件的，本项不得分。", "党课讲稿、研判报告",
                indicator="政治责任"),
            Row("每年组织党员到哈密红军西路军进疆纪念园开展一次现场教学；“七一”组织党员重温入党誓词。", 4,
                "未开展现场教学的扣2分；未组织重温入党誓词的扣1分；现场教学与岗位实际结合不紧密的，酌情扣0.5-1分。", "现场教学照片、活动方案",
                indicator="红色教育"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；倒班站场党小组可结合交接班召开。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；会议记录不规范的，酌情扣0.5-1分；会议无签到表的，每次扣0.2分，最高扣1分；党员无故缺席"
                "超过3次未处理的扣1分。", "会议记录本、签到表", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，党员参加率不低于百分之八十五。", 6,
                "主题党日每少1次扣0.5分；参加率每低1个百分点扣0.1分，最高扣1分；活动方案、签到表、照片缺一项扣0.2分；主题党日与管道巡护、冬季"
                "保供等生产任务结合不紧密的，酌情扣0.5分。", "活动方案、签到表、活动照片", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员。", 6,
                "未召开的扣3分；会前未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1分；未建立整改清单的扣1分。",
                "会议记录、征求意见表、整改清单", indicator="组织生活会"),
            Row("年内确定入党积极分子不少于2名，每年至少发展党员1名，注重在一线技术骨干中发展；党员按月交纳党费，每半年公开一次党费收缴情况。",
                5,
                "积极分子每少1名扣0.5分；未发展党员的扣1分；发展对象未公示的扣1分；党费未按月交纳的每人次扣0.1分，最高扣1分；公开每少1次扣"
                "0.5分；违反程序发展党员的，本项不得分。", "发展党员档案、公示截图、党费收缴台账", indicator="党员发展和管理"),
            Row("按照“支部建在站上”要求设置党组织，党员3人以上的站场、巡线班组建立党小组；支部按期换届。", 5,
                "党员3人以上未建立党小组的，每个扣1分；未按期换届的扣2分；换届未报分公司党委审批的扣1分。", "党组织设置文件、换届批复",
                indicator="组织设置"),
        )),
        Section("生产经营融合", "三、生产经营融合（36分）", 36, (
            Row("推行“党员责任区”，每名党员包保一段管道或一台关键设备；设立党员示范岗不少于2个；每季度评选一次“党员先锋”。", 6,
                "未划定党员责任区的扣2分；示范岗每少1个扣1分；评选每少1次扣0.5分；责任区内发生责任事件的，每起扣1分。",
                "责任区划分表、示范岗名单、评选结果", indicator="党员责任区"),
            Row("每季度开展一次管道保护宣传进村入户进企业；对管道沿线第三方施工做到“一处一案”、24小时旁站监护；管道高后果区识别率达到100%。",
                8,
                "宣传每少1次扣0.5分；第三方施工未落实“一处一案”的，每处扣1分；未旁站监护的，每次扣1分；高后果区识别率每低1个百分点扣0.5分；"
                "发生第三方破坏导致管道泄漏的，实行一票否决，本项不得分。", "宣传照片、第三方施工台账、监护记录", indicator="管道保护"),
            Row("冬季保供期间（11月至次年3月）党员带头值守；每年保供前开展一次设备隐患排查；站场设备完好率不低于百分之九十八；不发生非计划停输。",
                8,
                "党员带头值守不落实的扣1分；未开展隐患排查的扣1分；设备完好率每低1个百分点扣0.5分，最高扣2分；发生非计划停输的，每次扣2分。",
                "值班表、隐患排查台账", indicator="冬季保供"),
            Row("每月开展一次安全活动；每半年组织一次应急抢修演练；每个站场设置党员安全监督岗；全年不发生一般及以上生产安全事故。", 8,
                "安全活动每少1次扣0.3分；演练每少1次扣1分；未设置党员安全监督岗的扣1分；发生一般及以上生产安全事故的，实行一票否决，本项"
                "不得分。", "安全活动记录、演练方案、演练照片", indicator="安全生产"),
            Row("组建党员攻关小组，年内完成攻关课题不少于1项；党员每人每年提出合理化建议不少于2条。", 6,
                "未完成攻关课题的扣2分；合理化建议不足2条的，每人扣0.2分，最高扣1分；攻关成果未推广应用的，酌情扣0.5-1分。",
                "攻关项目立项书、合理化建议登记表", indicator="创新创效"),
        )),
        Section("作风建设", "四、作风建设（18分）", 18, (
            Row("每年开展一次廉洁从业教育；物资采购、外委施工结算按规定审核；元旦、春节、中秋、国庆节前开展廉洁提醒。", 6,
                "未开展廉洁从业教育的扣1分；采购、结算未按规定审核的，每次扣1分；廉洁提醒每少1次扣0.2分；党员违反中央八项规定精神被查处的，本项"
                "不得分。", "教育记录、审核记录、分公司纪委提供", indicator="廉洁从业"),
            Row("落实“我为员工办实事”，年内办实事不少于3件；偏远站场员工家属每半年走访慰问一次；员工对食堂、宿舍等生活保障满意度不低于百分之"
                "八十五。", 4,
                "实事每少1件扣0.5分；走访慰问每少1次扣0.5分；满意度低于85%的扣1分。", "实事清单、慰问照片", indicator="关心关爱"),
            Row("年初制定党支部工作计划；每半年向分公司党委书面报告一次工作；年底支部书记述职；年终形成工作总结。", 4,
                "无计划的扣1分；报告每少1次扣0.5分；未述职的扣1.5分；无工作总结的扣1分。", "工作计划、书面报告、述职报告、工作总结",
                indicator="责任落实"),
            Row("年底组织员工对支部工作开展满意度测评。", 4,
                "满意度90%以上的得4分，85%（含）—90%的得3分，80%（含）—85%的得2分，80%以下的不得分。", "测评汇总表", indicator="员工评价"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核标准", "分值", "扣分标准", "备查资料", "得分"]
NOTE = ("说明：1.本表由分公司党委于12月组织考核，党委工作部牵头，采取查阅资料、现场查看、个别谈话、问卷测评相结合的方式进行；2.各项扣分以该项"
        "分值为限，扣完为止；3.生产安全事故、管道泄漏事件以分公司安全科认定为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分"
        "的为“一般”，70分以下的为“差”，考核结果与支部书记年度绩效挂钩，作为评选“红旗党支部”的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基层党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：分公司所属各作业区党支部、机关党支部", ncols)
    xlsx_line(ws, "党支部：                考核组：                考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 58)
    xlsx_widths(ws, (6, 12, 44, 6, 48, 22, 7))
    wb.save(str(path))
