"""中国铁路成都局集团有限公司达州车务段党委2025年度车站党支部党建工作考核评分表 (.xlsx), as the 党委 of the 车务段 of 达州 in 四川 (its 党委办公室
(组织部) with the 安全科, the 客运科, the 职工教育科 and the 纪委, a 考核组 riding the 襄渝、达成 and 达万 lines from 站 to 站 in the middle of December,
when the 州河 mist lies in the 巴山 valleys till noon, the 灯影牛肉 shops of 达州 are busy before the 春运, the 小站 on the mountain lines are manned by a
handful of 值班员 and 信号工 and the 支部 are getting ready for the 春运 rush) scores each 车站党支部 of the 段 (the big 达州站 and 南充北 with the small
mountain 车站 grouped in 联合党支部): a sheet whose 考核要求 prints what the 支部 must have done, whose 评分办法 takes points off one clause at a time
(scoring the 旅客满意率 in bands) and whose 备查资料 names the papers the 车站 lays out: 政治建设 (the “第一议题”, a monthly 集中学习, 32学时 and the 补学;
a quarterly 思想动态 分析, the 工作群 and a "本项不得分"; the 年初 责任书, the 廉洁承诺书, a half-yearly 警示教育 and a 一票否决), 组织建设 (the “三会一课”
with 错时 党小组会, the 参会率 and the 记录; the 主题党日, the 运输高峰 实践 and four “温馨服务” 志愿服务; the 组织生活会, the 谈心谈话, the 民主评议 and
the 公布; one 发展, the 公示 and a "本项不得分"; 党费 按月, a half-yearly 上门谈心 and the 转接), 党建+安全生产 (two 安全监督岗, a monthly 安全检查, the
违章 and a 一票否决; the 达标率 and a quarterly 应急演练; the 突击队, two 攻关课题 and the 成效; the 亮身份, the 兑现率, the 投诉 and the 满意率 in bands;
the 路地共建协议, a half-yearly 护路宣传 and the 路外伤亡) and 基础工作 (the 年初 计划, the 半年 小结, the 年底 总结 and 述职 and the 评议得分; the “四有”
and the 台账; a quarterly 党务公开 and the “七一” 慰问; the “一站一品” 品牌 and its 方案).

A merged title row, a merged "考核对象：段管内各车站党支部（含联合党支部）" line and a merged "考核周期：2025年1月1日至12月31日" line above the header
序号 | 考核指标 | 考核要求 | 评分办法 | 分值 | 备查资料. The categories are SECTION ROWS merged across the sheet, printed WITH an ordinal and WITH their points
on ONE line, "一、政治建设（15分）"; 序号 (FIRST column, text cells) RESTARTS at 1 under every section row (ids "1.1" … "4.4"); 考核指标 (SECOND column)
is a short name on every row (`Row.indicator`); 考核要求 (`Row.text`) says what is required; the 评分办法 (`Row.scoring`) comes BEFORE the 分值, a plain
number; 备查资料 (`Row.method`) last, naming the papers, joined by "、". A 合计 row of 100 and a merged 备注 row close the sheet. Counts in figures and
Chinese numerals, nearly all in the 考核要求 ("每月组织一次", "每年…不少于32学时", "每季度分析一次", "年初", "每半年开展一次", "支部委员会每月召开1次，
支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之九十", "每月开展一次", "全年…不少于4次", "每年召开一次", "每年开展一次",
"年内…不少于1名", "不少于5个工作日", "按月", "每半年至少…一次", "不少于2个", "每月开展一次", "全年", "百分之百", "每季度组织一次", "年内…不少于2项",
"100%", "不低于百分之九十", "每半年开展一次", "年初", "年中", "年底", "年底", "不低于80分", "一年一册", "每季度一次", "“七一”"); "最高扣" caps; bands of
the 满意率 (3 of the 8 points, closed by "90%以下的不得分"); "酌情扣1—2分" twice, "酌情扣0.5—1分" once and "酌情扣1分" once; two "一票否决，本项不得分"
and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(label: str, text: str, scoring: str, points: float, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核指标, 考核要求, 评分办法, 分值, 备查资料."""
    return Row(text, points, scoring, proof, indicator=label)


TABLE = Table(
    name="zzzzzo_dazhou_chewuduan_chezhan_zhibu_xlsx",
    fmt="xlsx",
    title="中国铁路成都局集团有限公司达州车务段党委2025年度车站党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月组织一次集中学习；党员每年参加集中学习培训不少于32学时，因倒班未参加的及时补学。",
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分；未组织补学的扣1分。", 6,
                 "学习记录、补学记录"),
            _row("意识形态",
                 "每季度分析一次职工思想动态；严格执行铁路网络舆情管理规定，车站职工工作群明确专人管理。",
                 "思想动态分析每少1次扣0.5分；工作群无专人管理的扣1分；职工在网上发布涉铁不当言论造成不良影响的，本项不得分。", 4,
                 "思想动态分析记录"),
            _row("党风廉政",
                 "年初签订党风廉政建设责任书，货运计费、客运售票等关键岗位人员签订廉洁承诺书；每半年开展一次廉洁警示教育。",
                 "未签订责任书的扣1分；关键岗位人员未签订承诺书的，每人扣0.2分，最高扣1分；警示教育每少1次扣1分；发生违纪违法问题的，一票否决，本项"
                 "不得分。", 5,
                 "责任书、廉洁承诺书、教育照片"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("三会一课",
                 "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；针对倒班作业特点按班组错时召开党小组会，党员"
                 "参会率不低于百分之九十。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率低于90%的，每次扣0.2分，最高扣2分；会议记录不规范的，每次扣0.2分，最高扣1分。", 8,
                 "会议记录、签到表"),
            _row("主题党日",
                 "每月开展一次主题党日，结合春运、暑运、国庆黄金周等运输高峰开展“党员先锋岗”“党员突击队”实践活动；全年开展“温馨服务”志愿服务不少于"
                 "4次。",
                 "主题党日每少1次扣0.3分，最高扣2分；运输高峰期未开展党员实践活动的，每次扣0.5分，最高扣1.5分；志愿服务每少1次扣0.5分。", 6,
                 "活动方案、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话；每年开展一次民主评议党员，评议结果向党员公布。",
                 "未召开组织生活会的扣3分；会前未开展谈心谈话的扣1分；未开展民主评议党员的扣1分；评议结果未公布的扣0.5分。", 6,
                 "会议记录、谈心谈话记录、民主评议测评表"),
            _row("发展党员",
                 "注重在值班员、客运员、调车长等一线骨干中发展党员，年内发展党员不少于1名；发展对象公示不少于5个工作日。",
                 "未完成发展任务的扣2分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。", 5,
                 "发展党员档案"),
            _row("党员管理",
                 "党员按月交纳党费；对分散在沿线小站的党员，支部书记每半年至少上门谈心一次；党员组织关系随工作调动及时转接。",
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；上门谈心每少1人次扣0.2分，最高扣2分；组织关系转接不及时的，每人扣0.5分。", 5,
                 "党费收缴台账、谈心谈话记录"),
        )),
        Section("党建+安全生产", "三、党建+安全生产（35分）", 35, (
            _row("安全监督",
                 "设立党员安全监督岗不少于2个，每月开展一次党员安全检查；车站全年实现“零事故、零违章”，党员身边无违章。",
                 "安全监督岗每少1个扣1分；安全检查每少1次扣0.5分，最高扣3分；党员违章被考核的，每人次扣1分；车站发生一般C类及以上铁路交通事故的，"
                 "一票否决，本项不得分。", 8,
                 "监督岗设置文件、检查记录"),
            _row("作业标准",
                 "党员带头落实接发列车、调车作业标准，党员作业标准化达标率百分之百；每季度组织一次应急演练。",
                 "党员作业标准化抽查不达标的，每人次扣0.5分，最高扣3分；应急演练每少1次扣0.5分，最高扣2分。", 7,
                 "演练方案、演练照片"),
            _row("攻关创效",
                 "成立党员突击队，年内完成安全生产攻关课题或合理化建议不少于2项。",
                 "未成立党员突击队的扣2分；攻关课题、合理化建议每少1项扣1分；攻关成果无实际成效的，酌情扣1—2分。", 6,
                 "突击队名单、成果材料"),
            _row("服务旅客",
                 "客运窗口党员亮身份、作表率，重点旅客预约服务兑现率100%；旅客有效投诉同比下降；开展旅客满意度调查，满意率不低于百分之九十。",
                 "党员未亮明身份的，每人次扣0.2分，最高扣1分；重点旅客服务未兑现的，每件扣1分；发生有效投诉的，每件扣0.5分，最高扣2分；满意率95%以上的"
                 "得3分，90%（含）—95%的得2分，90%以下的不得分。", 8,
                 "投诉台账、满意度调查表"),
            _row("路地共建",
                 "与车站所在地乡镇（社区）党组织签订路地共建协议，每半年开展一次“平安铁路”护路宣传活动。",
                 "未签订共建协议的扣2分；护路宣传活动每少1次扣1分；发生路外伤亡事故且宣传不到位的，酌情扣1分。", 6,
                 "共建协议、活动照片"),
        )),
        Section("基础工作", "四、基础工作（20分）", 20, (
            _row("计划总结",
                 "年初制定支部党建工作计划，年中报送半年工作小结，年底形成年度工作总结；支部书记年底向段党委述职，述职评议得分不低于80分。",
                 "无计划、小结、总结的，每项扣1分；书记未述职的扣2分；述职评议得分低于80分的扣1分。", 6,
                 "工作计划、半年小结、年度总结、述职报告"),
            _row("阵地台账",
                 "党员活动室（职工学习室）做到有标识、有党旗、有制度、有资料“四有”；党建台账分类规范、一年一册。",
                 "“四有”每缺一项扣0.5分；台账不规范的，酌情扣0.5—1分。", 5,
                 "活动室照片、党建台账"),
            _row("公开关怀",
                 "党务公开每季度一次，公开党费收缴、发展党员、评先评优等内容；“七一”走访慰问生活困难党员和老党员。",
                 "党务公开每少1次扣0.5分；未开展走访慰问的扣1分。", 4,
                 "公开栏照片、慰问登记表"),
            _row("品牌创建",
                 "支部创建“一站一品”党建品牌，品牌创建有方案、有载体、有成效。",
                 "未创建党建品牌的扣2分；无创建方案的扣1分；品牌创建无实效的，酌情扣1—2分。", 5,
                 "品牌创建方案"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核要求", "评分办法", "分值", "备查资料"]
NOTE = ("备注：1.本表由段党委于12月中旬组织考核，党委办公室（组织部）牵头，安全科、客运科、职工教育科、纪委参加，采取查阅资料、现场检查、调阅安全信息"
        "系统、职工访谈相结合的方式进行，以2025年1月1日至考核之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分办法列明得分档次的，按档次"
        "计分；3.联合党支部所辖小站的资料由联合党支部统一备查；4.考核结果分为“优秀”“良好”“一般”“较差”四个等次，与支部书记年度绩效和“标杆党支部”"
        "评选挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "车站党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：段管内各车站党支部（含联合党支部）", ncols)
    xlsx_line(ws, "考核周期：2025年1月1日至12月31日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([str(i), row.indicator, row.text, row.scoring, row.points, row.method])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 66)
    xlsx_widths(ws, (6, 12, 52, 56, 6, 22))
    wb.save(str(path))
