"""温岭市两新工委2025年度规模以上民营企业党委党建工作考核评分表 (.xlsx), as the 两新工委 of 温岭 in 台州 in 浙江 (seated in the 市委组织部, its
非公企业党建科 with the 市经信局, the 市工商联, the 市总工会 and the 各镇（街道）两新党建工作站, a 考核组 going through the 泵业、电机、鞋业 groups of
the 东部新区 and the 大溪、泽国 industrial zones in the middle of December, when the 水泵 and 电机 lines are running double shifts for the 外贸 orders
before the 春节, the 石塘 fishing boats are in for the 冬汛 and the 曙光碑 on the coast is crowded with 游客 for the New Year's first light) scores the
党委 of each 规模以上 民营企业 (the group 党委 with its 车间、研发中心、销售公司 党支部): a sheet in two parts, a 基础分 of 100 and a 加分 of at most 10,
whose 考核内容 prints what the 党委 must have done, whose 评分标准 takes points off one clause at a time (scoring the 中层 党员比例 and the 员工诉求 办结率
in bands) and whose 佐证资料 names the papers the 考核组 asks to see: 组织建设 (the 换届, the 部门 覆盖率, the 书记 and the 分工; the 党委会 and the
“三会一课” with the 倒班 补课 and the 记录; the 主题党日, the 组织生活会 and the 民主评议; the 听取意见, the 联席会议制度 and a quarterly 联席会议), 队伍建设
(the 交叉任职比例 and the 中层 党员比例 in bands; three 发展, two of the 一线, the 公示 and a "本项不得分"; 24学时, the 转接 and the 档案; 党费 按月 with a
half-yearly 公示, the “七一”、春节 慰问 and a half-yearly 谈心谈话), 融合发展 (five 先锋岗、责任区, two 突击队 and ten 攻关 or 合理化建议; a monthly 隐患排查,
the 整改记录, the 事故 and a "本项不得分"; a quarterly 员工座谈会, the 办结率 in bands and the 劳资纠纷; two 共建 村, a half-yearly 帮扶, two 公益 项目 and
the 成效), 文化引领 (the 品牌建设方案, the 宣传栏 updated quarterly and the 特色; the 群团组织, a yearly 职代会 and four 群团活动; the “双培养” and three
技能等级 or 职称) and 基础保障 (the 60平方米, the 标识、制度、设施 and the 预算; the 专职党务工作者, the 待遇 and a yearly 培训 of the 书记; the 年初 计划
and 责任清单, the 半年 小结, the 年底 总结 and 述职).

A merged title row and two merged lines "考核对象：全市规模以上民营企业党委（党总支）", "考核总分＝基础分（100分）＋加分（最高10分）" above the
header 序号 | 考核项目 | 考核内容 | 评分标准 | 分值 | 佐证资料. 序号 (FIRST column) runs 1..18 through the 基础分 rows. The 考核项目 are MERGED CELLS down
the SECOND column, printed WITHOUT an ordinal and WITH their points on a SECOND line, "组织建设\\n（20分）"; there is no short sub-label. 考核内容
(`Row.text`) says what is required; the 评分标准 (`Row.scoring`) comes BEFORE the 分值, a plain number; 佐证资料 (`Row.method`) last, naming the papers,
joined by "、". A "基础分合计" row of 100 closes the scored rows; UNDER it the 加分项: a "加分项\\n（最高10分）" cell merged down the second column beside
three rows with NO 序号, each with its own 评分标准, a 分值 of its most and a 佐证资料 (not in `sections`: README, a bonus category, left out of the labels).
A merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("100%", "党委会每月召开1次，支部委员会每月召开1次，
党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每年召开一次", "每季度召开一次", "不低于百分之五十", "百分之四十以上", "年内…
不少于3名", "不少于2名", "不少于5个工作日", "每人每年…不少于24学时", "按月", "每半年公示一次", "“七一”、春节", "每半年…一次", "不少于5个", "不少于2支",
"年内…不少于10项", "每月开展一次", "每季度召开一次", "百分之九十五以上", "不少于2个", "每半年开展一次", "年内…不少于2个", "每季度更新一次", "每年召开
一次", "全年不少于4次", "年内…不少于3人次", "不少于60平方米", "不少于1名", "每年…不少于1次", "年初", "年中", "年底", "年底"); "最高扣" caps; bands of
the 中层 党员比例 (3 of the 5 points, closed by "20%以下的不得分") and of the 员工诉求 办结率 (4 of the 8, closed by "85%以下的不得分"); "每低10个百分点"
once; "酌情扣0.5-1分" twice and "酌情扣1-2分" twice; two "本项不得分".
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


def _row(text: str, scoring: str, points: float, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 评分标准, 分值, 佐证资料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzzp_wenling_bengye_minying_qiye_dangwei_xlsx",
    fmt="xlsx",
    title="温岭市两新工委2025年度规模以上民营企业党委党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "组织建设\n（20分）", 20, (
            _row("党委班子健全，按期换届；在各生产车间、研发中心、销售公司等部门设立党支部，部门党组织覆盖率100%；党委书记由企业出资人或高管中的党员"
                 "担任，委员分工明确。",
                 "未按期换届的扣2分；部门党组织未全覆盖的，每个扣1分，最高扣2分；党委书记非企业高管党员担任且无正当理由的扣1分；委员分工不明确的扣1分。",
                 6, "换届批复、党组织设置文件"),
            _row("严格落实组织生活制度：党委会每月召开1次，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；倒班党员"
                 "分批次参加，缺席的及时补课。",
                 "党委会每少1次扣0.5分，最高扣2分；“三会一课”每少1次扣0.3分，最高扣3分；倒班党员未补课的，每人次扣0.1分，最高扣1分；会议记录不规范的，"
                 "酌情扣0.5-1分。",
                 7, "会议记录、签到表"),
            _row("每月开展一次主题党日，可结合安全生产月、质量月等开展；每年召开一次组织生活会，开展民主评议党员。",
                 "主题党日每少1次扣0.2分，最高扣1.5分；未召开组织生活会的扣1.5分；未开展民主评议党员的扣1分。",
                 4, "活动照片、民主评议测评表"),
            _row("企业经营发展、职工切身利益等重大事项决策前听取党组织意见；建立党委与企业管理层联席会议制度，每季度召开一次联席会议。",
                 "重大事项未听取党组织意见的，每件扣0.5分，最高扣1分；未建立联席会议制度的扣1分；联席会议每少1次扣0.25分。",
                 3, "联席会议制度、会议纪要"),
        )),
        Section("队伍建设", "队伍建设\n（20分）", 20, (
            _row("推行“双向进入、交叉任职”，党委班子成员与企业管理层交叉任职比例不低于百分之五十；中层以上管理人员中党员比例达到百分之四十以上。",
                 "交叉任职比例每低10个百分点扣0.5分，最高扣2分；党员比例40%以上的得3分，30%（含）—40%的得2分，20%（含）—30%的得1分，20%以下的不得分。",
                 5, "管理层任职文件、党员花名册"),
            _row("注重把技术骨干、一线优秀员工培养成党员，年内发展党员不少于3名，其中一线职工、技术人员不少于2名；发展对象公示不少于5个工作日。",
                 "发展党员每少1名扣1分；一线职工、技术人员不足2名的扣1分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。",
                 6, "发展党员档案、公示照片"),
            _row("党员每人每年参加集中学习培训不少于24学时；外地籍党员、新入职党员组织关系及时转入；建立党员“一人一档”。",
                 "学时不足的，每人扣0.1分，最高扣1.5分；组织关系转接不及时的，每人扣0.2分，最高扣1分；无党员档案的扣1分。",
                 4, "学习培训记录、组织关系转接台账"),
            _row("党员按月交纳党费，党费收缴情况每半年公示一次；“七一”、春节走访慰问困难党员和老党员；党委书记每半年与各支部书记谈心谈话一次。",
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；未开展走访慰问的，每次扣1分；谈心谈话每少1人次扣0.2分，最高扣1分。",
                 5, "党费收缴台账、慰问照片"),
        )),
        Section("融合发展", "融合发展\n（30分）", 30, (
            _row("设立“党员先锋岗”“党员责任区”不少于5个；在新产品研发、节能电机等关键项目中组建党员攻关突击队不少于2支；年内完成技术攻关或合理化建议"
                 "项目不少于10项。",
                 "先锋岗、责任区每少1个扣0.5分，最高扣2分；攻关突击队每少1支扣1分；攻关或合理化建议项目每少1项扣0.3分，最高扣3分。",
                 8, "先锋岗名单、攻关项目清单、成果证明"),
            _row("党员带头落实安全生产责任制，每月开展一次党员安全隐患排查；全年不发生较大以上生产安全事故和重大产品质量事故。",
                 "隐患排查每少1次扣0.3分，最高扣2分；发生一般生产安全事故的，每起扣1分；发生较大以上生产安全事故或重大产品质量事故的，本项不得分。",
                 6, "隐患排查台账、整改记录"),
            _row("党委牵头建立员工诉求收集处理机制，每季度召开一次员工座谈会；员工诉求办结率达到百分之九十五以上；全年无拖欠员工工资、无群体性劳资"
                 "纠纷。",
                 "员工座谈会每少1次扣0.5分，最高扣2分；办结率95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分；发生群体性"
                 "劳资纠纷的，每起扣2分。",
                 8, "座谈会记录、诉求办理台账"),
            _row("组织党员参与“千企结千村”结对帮扶，与不少于2个村（社区）党组织签订结对共建协议；每半年开展一次结对帮扶活动；年内参与公益慈善项目不少于"
                 "2个。",
                 "结对共建每少1个扣1分；结对帮扶活动每少1次扣1分；公益慈善项目每少1个扣1分；帮扶成效不明显的，酌情扣1-2分。",
                 8, "共建协议、活动照片、捐赠凭证"),
        )),
        Section("文化引领", "文化引领\n（15分）", 15, (
            _row("把党建元素融入企业文化，打造“红色引擎”党建品牌，形成品牌建设方案；厂区设置党建宣传栏，每季度更新一次内容。",
                 "无品牌建设方案的扣1.5分；未设置宣传栏的扣1分；宣传栏每少更新1次扣0.3分，最高扣1.2分；品牌特色不鲜明的，酌情扣0.5-1分。",
                 5, "品牌建设方案、宣传栏照片"),
            _row("党建带工建、团建、妇建，企业工会、团组织、妇联组织健全；每年召开一次职工代表大会；支持群团组织开展技能比武、青年联谊等活动，全年不少于"
                 "4次。",
                 "群团组织每缺一个扣1分；未召开职工代表大会的扣1.5分；群团活动每少1次扣0.5分。",
                 5, "群团组织成立批复、职代会决议、活动照片"),
            _row("建立“双培养”机制，把党员培养成技术骨干、把技术骨干培养成党员；年内党员取得高级工以上职业技能等级或中级以上职称不少于3人次。",
                 "未建立“双培养”机制的扣1.5分；取得等级、职称每少1人次扣0.5分，最高扣1.5分；“双培养”流于形式的，酌情扣1-2分。",
                 5, "“双培养”工作台账、证书复印件"),
        )),
        Section("基础保障", "基础保障\n（15分）", 15, (
            _row("党组织活动场所面积不少于60平方米，做到有标识、有制度、有设施；企业将党建工作经费纳入年度预算。",
                 "活动场所面积不足的扣1分；标识、制度、设施每缺一项扣0.5分；党建工作经费未纳入年度预算的扣2分。",
                 5, "经费预算文件、阵地照片"),
            _row("配备专职党务工作者不少于1名，待遇参照同级管理人员；党委书记每年参加市级以上党务培训不少于1次。",
                 "未配备专职党务工作者的扣2分；待遇未落实的扣1分；书记未参加培训的扣1分。",
                 5, "聘用文件、培训证书"),
            _row("年初制定党建工作计划和责任清单，年中报送半年工作小结，年底形成工作总结；党委书记年底向市两新工委述职。",
                 "缺计划、小结或总结的，每项扣1分；无责任清单的扣0.5分；书记未述职的扣1.5分。",
                 5, "工作计划、责任清单、工作总结、述职报告"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "分值", "佐证资料"]
BONUS_NAME = "加分项\n（最高10分）"
BONUS = (
    ("企业党组织或党员获得县级以上党委表彰的。", "获省级以上表彰的每项加2分，市级每项加1分，县级每项加0.5分，最高加4分。", 4, "表彰文件"),
    ("企业党建工作经验在县级以上会议交流或被市级以上媒体宣传推广的。", "每项加1分，最高加3分。", 3, "会议材料、媒体报道"),
    ("企业获评“红色根脉强基示范单位”或上年度以来新增国家级专精特新“小巨人”、省级以上企业技术中心的。", "每项加1.5分，最高加3分。", 3,
     "认定文件"),
)
NOTE = ("说明：1.本表由市两新工委于12月中旬组织考核，非公企业党建科牵头，市经信局、市工商联、市总工会和属地镇（街道）两新党建工作站参加，以2025年"
        "1月1日至考核之日形成的资料为准；2.基础分各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；3.加分项由考核组根据佐证资料"
        "认定，同一事项按最高级别加分，不重复计分；4.考核总分90分以上的为“五星级”，80—89分的为“四星级”，70—79分的为“三星级”，考核结果作为评选"
        "“双强”示范企业和党建工作经费补助的依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "民营企业党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全市规模以上民营企业党委（党总支）", ncols)
    xlsx_line(ws, "考核总分＝基础分（100分）＋加分（最高10分）", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            number += 1
            ws.append([number, s.printed if row is s.rows[0] else None, row.text, row.scoring, row.points, row.method])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center, label="基础分合计")
    top = ws.max_row + 1
    for i, (text, scoring, most, proof) in enumerate(BONUS):
        ws.append([None, BONUS_NAME if i == 0 else None, text, scoring, most, proof])
        for c in (3, 4, 6):
            ws.cell(ws.max_row, c).alignment = wrap
        ws.cell(ws.max_row, 5).alignment = center
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (6, 11, 52, 52, 6, 20))
    wb.save(str(path))
