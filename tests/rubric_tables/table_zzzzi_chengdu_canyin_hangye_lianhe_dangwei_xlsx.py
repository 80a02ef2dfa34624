"""成都市餐饮行业党委2025年度区（市）县餐饮行业联合党委党建工作考核评分表 (.xlsx), as the 餐饮行业党委 of 四川 成都 (set up under the 市委
两新工委 with the 市商务局, the 市场监管局, the 餐饮同业公会 and the 总工会, a 考核组 going round the 火锅 and 串串 and 小吃 of the 区（市）县 in
December, when the 年夜饭 bookings open) scores the 餐饮行业联合党委 of each 区（市）县: the 连锁 火锅 brands with their 中央厨房 and 门店 党支部, the
小吃 streets of the 宽窄巷子 and the 玉林 where the 个体 店 join a 联合党支部, the 厨师, 服务员 and 外卖骑手 whose 组织关系 stayed in the 老家, the
late-night 夜宵 hours and the 午晚 peaks that leave only the afternoon for a meeting, the “光盘行动” and the “明厨亮灶” the 市场监管 checks: a
sheet whose 考核项目 are merged down the first column, whose 考核指标 names the point, whose 考核标准 prints what the 联合党委 and its 企业党组织
must have done with the rates of 组建 and 覆盖, whose 评分方法 scores the rates in bands or takes off by the 家, the 人次 and the 百分点, and whose
佐证资料 names the papers: 组织覆盖 (the 组建率 in bands and the 规上 连锁 at 100%; the 工作覆盖率, the 指导员 and a monthly 指导; a half-yearly
摸排, the 信息库 and the 转入率; the 换届率, 16学时 and three 企业 a 委员; a quarterly 委员会议 and a half-yearly 书记例会), 组织生活 (the “三会一课”
without a 党小组会 and the 参会率 in bands; the monthly 主题党日 and a yearly 联合 主题党日; the 组织生活会, the 民主评议 and its 测评表 per 支部; 党费
按月 with a half-yearly 公示, two 发展 and a 一票否决), 作用发挥 (five 示范店, the “明厨亮灶”覆盖率 in bands and a 一票否决; a quarterly 宣传 and
the 小份菜 比例; three 驿站, a half-yearly 座谈会 and the 办结率; the 入会率 and a quarterly 关爱活动; the 志愿服务队, a quarterly 志愿服务 and the
人均 时长 in bands of 小时; the 年底 满意度 in bands) and 基础保障 (the 党群服务中心 with its 制度 and two 服务点; the 经费, its 台账 and a yearly
公开; the 年初 工作要点, the 半年小结 by 7月15日, the 年度总结 by 12月15日 and the 年底 述职; a quarterly 信息, one 品牌, the 先审后发 and a 一票
否决).

A merged title row, a merged "考核对象：各区（市）县餐饮行业联合党委（含所属企业党支部、联合党支部）" line and a merged "单位： 考核组： 考核日期："
line above the header 考核项目 | 序号 | 考核指标 | 考核标准 | 评分方法 | 分值 | 佐证资料 | 得分. The 考核项目 are MERGED CELLS down the FIRST column,
printed WITH an ordinal and their points on one line, "一、组织覆盖（25分）". 序号 (SECOND column) runs 1..19 through the sheet, NOT restarting.
考核指标 (third column) is a short sub-label (`Row.indicator`); 考核标准 (`Row.text`) says what is required; 评分方法 (`Row.scoring`) scores it; 分值
is a plain number AFTER the 评分方法; 佐证资料 (`Row.method`) names the papers, joined by "、"; 得分 is blank. A 合计 row of 100 follows the scored
rows; under it two 加分项 rows (a merged "加分项" category, no 序号); a merged 说明 row closes the sheet. Counts in figures and Chinese numerals,
nearly all in the 考核标准 ("3名以上", "不足3名", "百分之八十", "100%", "100%", "每月…不少于1次", "每半年开展一次", "百分之七十", "100%", "每年…
不少于16学时", "不少于3个", "每季度召开一次", "每半年召开一次", "支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次", "百分之八十五", "每月
开展一次", "每年组织一次", "每年召开", "按月", "每半年公示一次", "年内…不少于2名", "不少于5个工作日", "不少于5家", "百分之九十", "每季度开展一次",
"百分之八十", "不少于3个", "每半年召开一次", "百分之九十", "百分之八十", "每季度开展一次", "每季度…不少于1次", "不少于8小时", "年底", "百分之九十",
"不少于60平方米", "不少于2个", "每年公开一次", "年初", "7月15日前", "12月15日前", "年底", "每季度…不少于1篇", "年内…不少于1个"); bands in five rows
(the 组建率 for 3 of the 6 points closed by "60%以下的不得分", the 参会率 for 2 of the 6, the “明厨亮灶”覆盖率 for 3 of the 7, the 人均 志愿服务时长
in 小时 for 3 of the 6, the 满意度 for all 6); "最高扣" caps; "酌情扣1分" once, "酌情扣0.5分" once and "酌情扣0.5-1分" once; three "实行一票否决，本项
不得分"; two other plain "本项不得分".
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


def _row(indicator: str, text: str, scoring: str, points: float, method: str) -> Row:
    """One row in the order the sheet prints it: 考核指标, 考核标准, 评分方法, 分值, 佐证资料."""
    return Row(text, points, scoring, method, indicator=indicator)


TABLE = Table(
    name="zzzzi_chengdu_canyin_hangye_lianhe_dangwei_xlsx",
    fmt="xlsx",
    title="成都市餐饮行业党委2025年度区（市）县餐饮行业联合党委党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "一、组织覆盖（25分）", 25, (
            _row("党组织组建",
                 "会员企业中有3名以上正式党员的单独组建党组织，不足3名的按美食街区、连锁品牌联合组建，餐饮企业党组织组建率达到百分之八十；规模以上"
                 "连锁餐饮企业党组织组建率达到100%。",
                 "组建率80%以上的得3分，70%（含）—80%的得2分，60%（含）—70%的得1分，60%以下的不得分；规模以上连锁企业未建立党组织的，每家扣1分，"
                 "最高扣3分。", 6, "企业党组织成立批复、党组织组建情况统计表"),
            _row("工作覆盖",
                 "未建立党组织的企业全部选派党建指导员或明确党建联络员，党的工作覆盖率达到100%；党建指导员每月到联系企业指导不少于1次。",
                 "工作覆盖率每低5个百分点扣1分，最高扣3分；指导员每月到企业指导不足1次的，每人次扣0.2分，最高扣2分。", 5,
                 "指导员（联络员）名单、指导记录"),
            _row("党员摸排",
                 "每半年开展一次从业人员党员摸排，建立党员信息库；厨师、服务员、外卖骑手等流动性强的党员组织关系转入率达到百分之七十，未转入的纳入"
                 "“口袋党员”排查管理。",
                 "摸排每少1次扣1分；无党员信息库的扣1分；转入率每低10个百分点扣0.5分，最高扣2分；“口袋党员”未纳入排查管理的，每人扣0.2分。", 5,
                 "摸排登记表、党员信息库"),
            _row("班子队伍",
                 "所属企业党组织按期换届率达到100%；企业党组织书记每年参加区级以上培训不少于16学时；联合党委班子成员每人联系企业党组织不少于3个。",
                 "换届率每低5个百分点扣0.5分，最高扣1.5分；书记培训学时不足的，每人扣0.2分，最高扣1.5分；班子成员联系企业不足3个的，每人扣0.3分。",
                 4, "换届批复、培训签到表"),
            _row("议事机制",
                 "联合党委每季度召开一次委员会议，研究行业党建重点任务；每半年召开一次所属企业党组织书记例会。",
                 "委员会议每少1次扣1分；书记例会每少1次扣0.5分；会议研究事项空泛、无落实措施的，酌情扣0.5分。", 5, "会议纪要"),
        )),
        Section("组织生活", "二、组织生活（20分）", 20, (
            _row("“三会一课”",
                 "所属企业党支部落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；针对午晚餐高峰、节假日忙的特点，安排在"
                 "下午闲时或线上开展，党员参会率达到百分之八十五。",
                 "抽查支部“三会一课”每少1次扣0.3分，最高扣3分；参会率85%以上的得2分，75%（含）—85%的得1分，75%以下的不得分；记录补记、代签的，"
                 "每发现1处扣0.5分。", 6, "支部会议记录本（抽查）、签到表、线上会议截图"),
            _row("主题党日",
                 "所属党支部每月开展一次主题党日，结合“光盘行动”、食品安全宣传周、“明厨亮灶”等开展；联合党委每年组织一次行业联合主题党日。",
                 "主题党日每少1次扣0.3分，最高扣2分；未组织联合主题党日的扣1分；活动与行业特点结合不紧的，酌情扣1分。", 5, "活动方案、活动照片"),
            _row("组织生活会",
                 "所属党支部每年召开组织生活会，开展民主评议党员，民主评议测评表存档；联合党委班子成员以普通党员身份参加所联系支部的组织生活会。",
                 "未召开组织生活会的，每个支部扣0.5分，最高扣2分；未开展民主评议党员的，每个支部扣0.3分；测评表未存档的扣0.5分；班子成员未参加的，"
                 "每人扣0.2分。", 4, "组织生活会记录、民主评议测评表"),
            _row("党员发展和党费",
                 "党员按月交纳党费，党费收缴情况每半年公示一次；年内在一线厨师、服务员、外卖骑手等群体中发展党员不少于2名；发展对象公示不少于5个工作日。",
                 "党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；发展党员每少1名扣1分；违反程序发展党员的，实行一票否决，本项"
                 "不得分。", 5, "党费收缴台账、发展党员工作档案"),
        )),
        Section("作用发挥", "三、作用发挥（35分）", 35, (
            _row("食品安全",
                 "开展“党员示范店”创建，党员示范店不少于5家，亮牌经营；推行“明厨亮灶”，所属企业“明厨亮灶”覆盖率达到百分之九十；全年不发生食品安全"
                 "事故。",
                 "示范店每少1家扣0.5分；覆盖率90%以上的得3分，80%（含）—90%的得2分，70%（含）—80%的得1分，70%以下的不得分；发生一般食品安全事故的，"
                 "每起扣2分；发生较大以上食品安全事故的，实行一票否决，本项不得分。", 7, "示范店名单、“明厨亮灶”统计表"),
            _row("勤俭节约",
                 "开展“光盘行动”和反对餐饮浪费宣传，每季度开展一次主题宣传活动；所属企业张贴节约提示、提供小份菜的比例达到百分之八十。",
                 "宣传活动每少1次扣0.5分；比例每低10个百分点扣0.5分，最高扣2分；企业因餐饮浪费被媒体曝光的，每次扣1分。", 5,
                 "宣传活动照片、抽查记录"),
            _row("新就业群体",
                 "联合外卖平台建设“骑手暖心驿站”不少于3个，提供歇脚、饮水、充电、热餐等服务；每半年召开一次新就业群体座谈会，收集的意见建议办结率"
                 "达到百分之九十。",
                 "驿站每少1个扣1分；座谈会每少1次扣1分；办结率每低5个百分点扣0.5分；驿站服务功能不全的，酌情扣0.5-1分。", 6,
                 "驿站照片、座谈会记录、意见办理台账"),
            _row("和谐劳动关系",
                 "推动企业建立工会组织，职工入会率达到百分之八十；每季度开展一次员工关爱活动；企业无拖欠员工工资问题。",
                 "入会率每低10个百分点扣1分；关爱活动每少1次扣0.5分；因拖欠工资引发群体性事件的，本项不得分。", 5, "工会组建统计表、关爱活动记录"),
            _row("志愿服务",
                 "组建行业党员志愿服务队，每季度开展“爱心餐”“暖冬送餐”等志愿服务不少于1次；党员年人均志愿服务时长不少于8小时，在“志愿中国”平台"
                 "记录。",
                 "无志愿服务队的扣1分；志愿服务每少1次扣0.5分；人均时长8小时以上的得3分，5小时（含）—8小时的得2分，5小时以下的不得分；未在平台"
                 "记录的扣0.5分。", 6, "志愿服务队名册、志愿服务记录"),
            _row("满意度",
                 "年底由市餐饮行业党委组织所属企业党员、员工开展满意度测评，对联合党委工作的满意度达到百分之九十。",
                 "满意度95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，85%以下的不得分。", 6, "满意度测评表"),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            _row("阵地建设",
                 "建设行业党群服务中心（站），面积不少于60平方米，做到有标识、有党旗、有制度；在重点美食街区设立党建服务点不少于2个。",
                 "无党群服务中心（站）的扣2分；标识、党旗、制度每缺一项扣0.5分；服务点每少1个扣0.5分。", 5, "场所照片、制度文本"),
            _row("经费保障",
                 "落实党建工作经费，企业按规定在管理费用中列支；建立党费、经费使用台账，上级下拨党费专款专用，每年公开一次经费使用情况。",
                 "经费未落实的扣2分；无使用台账的扣1分；未公开的扣1分；党费挪作他用的，本项不得分。", 5, "经费使用台账、公开记录"),
            _row("计划总结",
                 "年初制定党建工作要点，报市餐饮行业党委；7月15日前报送半年工作小结；12月15日前报送年度工作总结；联合党委书记年底述职。",
                 "缺一项扣1分；未按时报送的，每项扣0.5分；未述职的扣1分。", 5, "工作要点、半年小结、年度总结、述职报告"),
            _row("宣传和意识形态",
                 "每季度向市餐饮行业党委报送党建工作信息不少于1篇；年内培育行业党建品牌不少于1个；企业电子屏、公众号等发布信息先审后发。",
                 "信息每少1篇扣0.5分；未培育品牌的扣1分；未落实先审后发的扣1分；发生意识形态问题的，实行一票否决，本项不得分。", 5,
                 "信息报送记录、品牌材料"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核指标", "考核标准", "评分方法", "分值", "佐证资料", "得分"]
BONUS = (
    ("表彰推广", "所属企业获评市级以上“党员示范店”，或行业党建品牌被市级以上推广的。", "市级加1分，省级以上加2分。", 2, "表彰文件、推广文件"),
    ("组建攻坚", "所属餐饮企业党组织组建率达到百分之九十五以上的。", "加1分。", 1, "党组织组建情况统计表"),
)
NOTE = ("说明：1.本表由市餐饮行业党委于12月组织考核，市委两新工委、市商务局、市市场监管局配合，采取查阅资料、实地查看、随机抽查企业、个别访谈、"
        "问卷测评相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；加分项另行计算，总分不超过103分；3.组建率、覆盖率以全国党员管理信息系统"
        "和市委两新工委年度统计数据为准，食品安全事故以市场监管部门认定为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为"
        "“一般”，70分以下的为“差”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联合党委考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：各区（市）县餐饮行业联合党委（含所属企业党支部、联合党支部）", ncols)
    xlsx_line(ws, "单位：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (4, 5, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    top = ws.max_row + 1
    for i, (indicator, text, scoring, points, method) in enumerate(BONUS):
        ws.append(["加分项" if i == 0 else None, None, indicator, text, scoring, points, method, None])
        for c in (4, 5, 7):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 76)
    xlsx_widths(ws, (14, 6, 12, 46, 50, 6, 22, 7))
    wb.save(str(path))
