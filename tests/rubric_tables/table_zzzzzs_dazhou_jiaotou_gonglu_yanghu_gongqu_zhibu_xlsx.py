"""中共达州交投公路养护有限公司委员会2025年度养护工区党支部党建工作考核评分表 (.xlsx), as the 党委 of a 公路养护 company of the 达州 交通投资
group in 四川 (its 党群工作部 with the 养护管理部, the 安全环保部 and the 纪委办公室, a 考核组 driving out along the 国道 and 省道 to the 养护工区 of
通川, 达川, 宣汉, 开江, 大竹 and 渠县 in the middle of December, when the 州河 is low, the 巴山 passes may ice over at night, the 工区 sheds are stacked
with 防滑料 for the winter and the 道班 党小组 are laying out the year's records in the 工区 meeting room) scores each 养护工区党支部: a sheet whose 考核
标准 prints what the 支部 must have done, whose 评分办法 takes points off one clause at a time (scoring the 优良路率 in bands) and whose 佐证材料 names the
papers the 工区 lays out: 政治建设 (the “第一议题”, a monthly 集中学习, the 班前会、“道班夜校” and 24学时; a half-yearly 研判, the 审核 and a "本项不
得分"; the 年初 责任书 and 计划, the 年底 述职 and its 等次), 组织建设 (the “三会一课”, the 党小组 by 道班, the “线上+线下” and the 截图; the 主题党日, the
参加率 and the 形式; the 组织生活会, the 谈心谈话, the 批评 and the 民主评议; one 发展 every two years, 党费 按月, a quarterly 联系 and the 程序), 党建+
养护生产 (the 先锋岗, the 责任路段 of 5公里 and the 公示牌; the 优良路率 in bands and the 及时率; a monthly 隐患排查, the 整改 and a 一票否决; the 突击队,
the 24小时 值守, two 演练 and the 抢通; six 志愿服务, the 办结率 and the 投诉), 作风建设 (a half-yearly 警示教育, the 承诺书, a quarterly 监督检查 and the
处分; the “送清凉”“送温暖”, the “七一”、春节 慰问 and the 名单; the 八项规定 and the 使用登记) and 基础保障 (the 活动室 or “道班党建角” and its 制度; the
台账, the 半年小结, the 年底 总结 and a quarterly 信息).

A merged title row and a merged "被考核党支部：    工区负责人：    考核日期：2025年12月  日" fill-in line above the header 序号 | 考核内容 | 考核标准 |
分值 | 评分办法 | 佐证材料. The categories are SECTION ROWS merged across the sheet, printed WITH an ordinal and WITH their points on ONE line, "一、政治
建设（15分）"; 序号 (FIRST column, numeric cells) RESTARTS at 1 under every section row (ids "1.1" … "5.2"); 考核内容 (SECOND column) is a short name on
every row (`Row.indicator`); 考核标准 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分办法 (`Row.scoring`); 佐证材料
(`Row.method`) last, the papers joined by "、". A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all
in the 考核标准 ("每月组织一次", "每年…不少于24学时", "每半年分析研判一次", "年初", "年底", "支委会每月1次，党员大会每季度1次，党小组会每月1次，党课每季度
1次", "每月开展一次", "不低于百分之八十五", "每年召开一次", "每两年至少发展1名", "按月", "每季度联系一次", "不少于5公里", "百分之九十以上", "百分之百",
"每月开展一次", "全年", "24小时", "每年汛前、冬季前…各1次", "全年不少于6次", "百分之百", "每半年开展一次", "每季度开展一次", "各1次", "“七一”、春节",
"一年一册", "年中", "年底", "每季度…不少于1篇"); "最高扣" caps; bands of the 优良路率 (5 of the 8 points, closed by "85%以下的不得分"); "每低1个百分点"
twice; "酌情扣0.5—1分" three times; one "实行一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(label: str, text: str, points: float, scoring: str, papers: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 考核标准, 分值, 评分办法, 佐证材料."""
    return Row(text, points, scoring, papers, indicator=label)


TABLE = Table(
    name="zzzzzs_dazhou_jiaotou_gonglu_yanghu_gongqu_zhibu_xlsx",
    fmt="xlsx",
    title="中共达州交投公路养护有限公司委员会2025年度养护工区党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月组织一次集中学习；利用班前会、“道班夜校”开展学习，一线养护职工党员每年参加学习培训不少于24学时。", 5,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分。",
                 "学习记录、学时登记表"),
            _row("意识形态",
                 "支部每半年分析研判一次职工思想动态；工区宣传栏、职工微信群信息发布经支部审核。", 5,
                 "分析研判每少1次扣1分；信息发布未经审核的，每次扣0.5分，最高扣2分；发生负面舆情造成不良影响的，本项不得分。",
                 "研判报告、审核记录"),
            _row("责任落实",
                 "年初与公司党委签订党建工作目标责任书，制定支部年度工作计划；支部书记年底向公司党委述职，述职评议等次为“好”或“较好”。", 5,
                 "未签订责任书的扣1分；无年度工作计划的扣1分；未述职的扣2分；述职评议为“一般”及以下等次的扣1分。",
                 "责任书、工作计划、述职报告"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            _row("三会一课",
                 "支委会每月1次，党员大会每季度1次，党小组会每月1次，党课每季度1次；针对养护工区点多线长、人员分散的特点，党小组按道班设置，可采取"
                 "“线上+线下”方式开展。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣5分；党小组设置不合理的扣1分；线上会议无截图或记录的，每次扣0.2分，最高扣1分。",
                 "会议记录、签到表、线上会议截图"),
            _row("主题党日",
                 "每月开展一次主题党日，结合“路长制”巡查、“美丽农村路”建设开展党员实践活动；党员参加率不低于百分之八十五。", 6,
                 "主题党日每少1次扣0.3分，最高扣2分；参加率每低1个百分点扣0.1分，最高扣2分；活动流于形式的，酌情扣0.5—1分。",
                 "活动方案、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话，会上开展批评和自我批评；开展民主评议党员。", 5,
                 "未召开组织生活会的扣3分；会前未开展谈心谈话的扣1分；未开展民主评议党员的扣1分。",
                 "会议记录、谈心谈话记录、民主评议测评表"),
            _row("党员队伍",
                 "注重在技术骨干、班组长和退役军人职工中发展党员，每两年至少发展1名；党员按月交纳党费；对在外地项目驻点的党员每季度联系一次。", 6,
                 "两年内未发展党员的扣2分；未按月交纳党费的，每人次扣0.1分，最高扣1分；联系每少1次扣0.5分；违反程序发展党员的，本项不得分。",
                 "发展党员档案、党费收缴台账、联系记录"),
        )),
        Section("党建+养护生产", "三、党建+养护生产（35分）", 35, (
            _row("党员先锋岗",
                 "在道班、机械作业班组设立党员先锋岗，党员认领责任路段，每名党员认领不少于5公里；责任路段设立公示牌。", 6,
                 "未设立党员先锋岗的扣2分；党员未认领责任路段的，每人扣0.5分；无公示牌的，每处扣0.2分，最高扣1分。",
                 "责任路段清单、公示牌照片"),
            _row("路况质量",
                 "党员带头落实日常养护，管养路段优良路率（MQI）达到百分之九十以上，路面病害处置及时率达到百分之百。", 8,
                 "优良路率92%以上的得5分，90%（含）—92%的得4分，85%（含）—90%的得2分，85%以下的不得分；病害处置及时率每低1个百分点扣0.3分，最高"
                 "扣3分。",
                 "公司养护管理部路况检测报告"),
            _row("安全生产",
                 "落实安全生产“一岗双责”，每月开展一次作业现场安全隐患排查；全年无较大及以上安全生产责任事故，无因养护管理责任造成的致人伤亡交通"
                 "事故。", 8,
                 "隐患排查每少1次扣0.5分，最高扣3分；排查出的隐患未整改的，每处扣0.5分；发生较大及以上安全生产责任事故的，实行一票否决，本项不得分；"
                 "发生一般责任事故的，每起扣2分。",
                 "排查台账、整改记录"),
            _row("应急保通",
                 "组建党员应急抢险突击队，汛期、冰雪天气实行24小时值守；每年汛前、冬季前开展应急演练各1次；水毁、塌方路段抢通及时。", 7,
                 "未组建突击队的扣1分；应急演练每少1次扣1分；值守脱岗的，每次扣1分；因抢通不及时造成长时间断道被通报的，每次扣2分。",
                 "突击队名单、演练方案及照片、值班记录"),
            _row("服务群众",
                 "开展“党员志愿服务进村组”活动，帮助沿线群众修缮入户路、清理边沟，全年不少于6次；路政、养护投诉办结率达到百分之百。", 6,
                 "志愿服务每少1次扣0.5分；投诉办结率未达到100%的扣1分；发生有效投诉的，每件扣0.5分，最高扣2分。",
                 "活动记录、活动照片、投诉处理台账"),
        )),
        Section("作风建设", "四、作风建设（15分）", 15, (
            _row("廉洁从业",
                 "每半年开展一次警示教育；材料采购、机械租赁、计量支付等关键岗位人员签订廉洁从业承诺书；支部纪检委员每季度开展一次监督检查。", 6,
                 "警示教育每少1次扣1分；承诺书每缺1人扣0.2分，最高扣1分；监督检查每少1次扣0.5分；支部党员受到党纪处分的，每人扣3分。",
                 "教育记录、承诺书、检查记录"),
            _row("关心关爱",
                 "高温、严寒季节分别开展“送清凉”“送温暖”活动各1次；“七一”、春节走访慰问老党员、生活困难党员。", 5,
                 "“送清凉”“送温暖”每少1次扣1分；走访慰问每少1次扣1分；慰问对象遗漏的，每人扣0.2分。",
                 "活动照片、慰问名单"),
            _row("作风纪律",
                 "严格执行中央八项规定精神，工区公务用车、养护机械使用登记规范。", 4,
                 "公车私用、机械私用的，每次扣2分；使用登记不规范的，酌情扣0.5—1分。",
                 "车辆和机械使用登记"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            _row("阵地建设",
                 "工区设置党员活动室或“道班党建角”，做到有标识、有党旗、有制度、有学习资料。", 4,
                 "无活动阵地的扣2分；标识、党旗、制度、学习资料每缺一项扣0.5分。",
                 "现场查看"),
            _row("台账总结",
                 "党建台账一年一册、分类归档；年中形成半年工作小结，年底形成年度工作总结；每季度向公司党委报送党建信息不少于1篇。", 6,
                 "台账不规范的，酌情扣0.5—1分；小结、总结每缺一项扣1分；信息每少1篇扣0.5分。",
                 "党建台账、半年小结、年度总结、信息报送记录"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "考核标准", "分值", "评分办法", "佐证材料"]
NOTE = ("说明：1.本表由公司党委于2025年12月中旬组织考核，党群工作部牵头，养护管理部、安全环保部参加，纪委办公室派员监督，采取查阅资料、现场抽查路段、"
        "个别访谈、调取养护管理系统数据相结合的方式进行，以2025年1月1日至考核之日为准；2.各项扣分以该项分值为限，扣完为止；3.优良路率、病害处置及时率"
        "以公司养护管理部年度检测数据为准；4.考核结果分为“好”“较好”“一般”“差”四个等次，与工区年度绩效和支部书记年度考核挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "养护工区党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "被考核党支部：                    工区负责人：                考核日期：2025年12月    日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([i, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (6, 12, 52, 6, 52, 22))
    wb.save(str(path))
