"""普洱市总工会机关党支部2025年度党建工作自查评分表 (.xlsx), as the 市直机关工委 of 云南 普洱 sends it to the 机关 党支部 of the 市总工会 (its
组织宣传部 with the 办公室, the 经费审查委员会 and the 派驻纪检监察组; the 支部 filling it in at the end of November, when the 茶 harvest is over
in the 思茅 hills, the 送温暖 lists are drawn up and the 户外劳动者 驿站 are stocked for the cold, and sending it back before the 机关工委 comes to
check): the papers and the work of the 支部 of a city 工会: the 部室 that run the 困难职工 帮扶, the 职工 疗休养 and the 劳模 创新工作室, the 快递员、
网约车司机 and 货车司机 brought into the 工会, the 驿站 along the 茶马古道 roads, the 结对 村 in the 澜沧 mountains: a self-check sheet whose 考核要点
prints what the 支部 must have done, whose 评分标准 takes points off one clause at a time, scores the 述职 满意率 and the 新就业形态 入会率 in bands, and
whose 自查情况 and 自评分 the 支部 fills in: 政治建设 (the “第一议题”, a monthly 集中学习 and the 参学率; a half-yearly 报告 and 研判 and the “三审三校”;
the 书记's 党课 and the 班子成员's; 32学时 and one 现场教学), 组织建设 (the 换届 and the 委员; the “三会一课”, the 要素 and no 补记代签; the monthly 主题党日
with 方案、签到、照片 and two 实践活动; the 组织生活会, the 征求意见, the 谈心谈话 全覆盖, the 整改清单 and its 通报; the 民主评议, its 测评表 and 备案; one
积极分子, a quarterly 考察, the 公示 and a 一票否决; 党费 按月, the 核定 and a half-yearly 公示), 作风建设 (the 廉政风险点, a quarterly 警示教育 and the
措施; the 节前 廉洁提醒 and no 处分; the 年底 述职 and its 满意率 in bands; the 年初 计划, the 7月 小结 and the 年底 总结) and 业务融合 (five 实事 and two
驿站; the 入会率 in bands and a quarterly 走访; the 党建品牌, three 品牌活动 and the 先锋岗; the 共建协议, a half-yearly 共建活动, the 报到率 and two
志愿服务; the 年底 满意率).

A merged title row, a merged "填报单位：市总工会机关党支部（盖章）    支部书记：    填报日期：" line and a merged note "（请对照考核要点逐项自查，
如实填写自查情况和自评分，于12月10日前报市直机关工委）" above the header 序号 | 考核项目 | 考核要点 | 分值 | 评分标准 | 自查情况 | 自评分. Each category
is a SECTION ROW merged across the sheet, printed WITH an ordinal and its points on one line, "一、政治建设（20分）". 序号 (FIRST column) runs 1..20
through the sheet, NOT restarting under the section rows. 考核项目 is a short name (`Row.indicator`); 考核要点 (`Row.text`) says what is required;
分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 自查情况 and 自评分 are blank. A 合计 row of 100 and a merged 说明 row close the sheet.
Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月开展一次", "不低于百分之九十", "每半年…报告一次…开展一次", "每年讲党课不少于
1次", "每年…不少于1次", "每人每年…不少于32学时", "年内…不少于1次", "按期", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课
每季度1次", "每月开展一次", "年内…不少于2次", "每年召开一次", "每年开展一次", "年内…不少于1名", "每季度考察一次", "不少于5个工作日", "按月", "每年3月底
前", "每半年公示一次", "每季度开展一次", "节假日前", "年底", "不低于百分之九十", "年初", "7月上旬", "年底", "年内…不少于5件", "不少于2个", "百分之八十
以上", "每季度开展一次", "年内…不少于3次", "每半年开展一次", "100%", "每人每年…不少于2次", "年底", "百分之九十以上"); "最高扣" caps; bands of the
述职 满意率 (2 of the 4 points) and the 入会率 (3 of the 6), each closed by "…以下的不得分"; "酌情扣1-2分" once and "酌情扣1分" once; one "实行一票否决，本项
不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 考核项目, 考核要点, 分值, 评分标准."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzq_puer_zonggonghui_jiguan_zhibu_zicha_xlsx",
    fmt="xlsx",
    title="普洱市总工会机关党支部2025年度党建工作自查评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("“第一议题”",
                 "落实“第一议题”制度，支部委员会会议第一议题学习习近平总书记重要讲话精神；支部每月开展一次集中学习，党员参学率不低于百分之九十。", 5,
                 "“第一议题”未落实的，每次扣0.5分，最高扣1分；集中学习每少1次扣0.3分，最高扣2分；参学率每低5个百分点扣0.5分，最高扣2分。"),
            _row("意识形态",
                 "支部每半年向机关党委报告一次意识形态工作情况，开展一次职工思想动态分析研判；工会微信公众号、“普洱职工”APP信息发布落实“三审三校”。",
                 5,
                 "报告每少1次扣1分；研判每少1次扣1分；信息发布未落实“三审三校”的，每次扣0.5分，最高扣2分。"),
            _row("讲党课",
                 "支部书记每年讲党课不少于1次；市总工会领导班子成员以普通党员身份参加所在支部组织生活，每年到支部讲党课不少于1次。", 4,
                 "书记未讲党课的扣2分；领导班子成员未讲党课的扣1分；领导班子成员未参加所在支部组织生活的扣1分。"),
            _row("学习培训",
                 "党员每人每年参加集中培训不少于32学时；年内组织党员到红色教育基地开展现场教学不少于1次。", 6,
                 "学时不足的，每人扣0.2分，最高扣3分；未开展现场教学的扣2分。"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("支部设置",
                 "支部委员会按期换届，设书记、组织委员、宣传纪检委员；支部书记由部室主要负责同志担任。", 3,
                 "未按期换届的扣2分；委员配备不齐的扣0.5分；书记配备不符合要求的扣0.5分。"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议记录要素齐全，不得补记代签。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣4分；记录要素不全的，每次扣0.1分，最高扣1分；补记代签的，本项不得分。"),
            _row("主题党日",
                 "每月开展一次主题党日活动，活动有方案、有签到、有照片；年内开展“工会干部走基层”“送温暖”等主题实践活动不少于2次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；缺方案、签到或照片的，每次扣0.1分，最高扣1分；主题实践活动每少1次扣1分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前广泛征求意见，支委之间、支委与党员之间开展谈心谈话；会后制定整改清单，整改情况在支部内通报。", 5,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；谈心谈话未全覆盖的，每少1人扣0.1分，最高扣1分；无整改清单的扣1分；整改情况未通报"
                 "的扣0.5分。"),
            _row("民主评议",
                 "每年开展一次民主评议党员，党员填写民主评议测评表；评议结果报机关党委备案。", 4,
                 "未开展民主评议党员的扣2分；测评表不全的扣1分；评议结果未备案的扣1分。"),
            _row("发展党员",
                 "注重在青年职工中发展党员，年内确定入党积极分子不少于1名，每季度考察一次；发展对象公示不少于5个工作日。", 4,
                 "未确定入党积极分子的扣1分；考察每少1次扣0.3分；发展对象未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。"),
            _row("党费管理",
                 "党员按月足额交纳党费，每年3月底前核定交纳基数；党费收缴情况每半年公示一次。", 3,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；未核定基数的扣1分；公示每少1次扣0.5分。"),
        )),
        Section("作风建设", "三、作风建设（20分）", 20, (
            _row("廉政风险防控",
                 "围绕工会经费收支、困难职工帮扶资金发放、职工疗休养等环节排查廉政风险点，制定防控措施；每季度开展一次警示教育。", 6,
                 "未排查廉政风险点的扣2分；警示教育每少1次扣0.5分，最高扣2分；防控措施不落实的，酌情扣1-2分。"),
            _row("纪律作风",
                 "严格落实中央八项规定精神，节假日前开展廉洁提醒；支部党员无违纪违法问题。", 6,
                 "节前廉洁提醒每少1次扣0.5分，最高扣2分；党员受到党纪政务处分的，每人扣2分，最高扣4分。"),
            _row("述职评议",
                 "支部书记年底向机关党委述职，接受党员评议，评议满意率不低于百分之九十。", 4,
                 "未述职的扣2分；满意率95%以上的得2分，90%（含）—95%的得1分，90%以下的不得分。"),
            _row("计划总结",
                 "年初制定支部党建工作计划和党员学习计划；7月上旬报送半年工作小结；年底形成年度工作总结。", 4,
                 "缺计划、小结或总结的，每项扣1分；未按时报送的，每项扣0.3分。"),
        )),
        Section("业务融合", "四、业务融合（30分）", 30, (
            _row("服务职工",
                 "开展“工会+党建”融合服务，年内为困难职工、户外劳动者办实事不少于5件；建成“户外劳动者服务驿站”等服务阵地不少于2个。", 6,
                 "办实事每少1件扣0.5分，最高扣2分；服务阵地每少1个扣1分；阵地无人管理、长期关闭的，酌情扣1分。"),
            _row("新就业形态",
                 "推动快递员、网约车司机、货车司机等新就业形态劳动者入会，入会率达到百分之八十以上；每季度开展一次“工会进企业”走访。", 6,
                 "入会率80%以上的得3分，70%（含）—80%的得2分，60%（含）—70%的得1分，60%以下的不得分；走访每少1次扣0.5分，最高扣2分。"),
            _row("党建品牌",
                 "打造“茶乡工匠”机关党建品牌，年内开展品牌活动不少于3次；在劳模工匠创新工作室、职工技能竞赛等重点工作中设立党员先锋岗。", 6,
                 "未打造党建品牌的扣2分；品牌活动每少1次扣0.5分；未设立党员先锋岗的扣1分。"),
            _row("结对共建",
                 "与结对帮扶村党组织签订共建协议，每半年开展一次共建活动；在职党员到社区报到率达到100%，每人每年参加社区志愿服务不少于2次。", 6,
                 "未签订共建协议的扣1分；共建活动每少1次扣1分；未到社区报到的，每人扣0.5分；志愿服务不足2次的，每人扣0.2分，最高扣1分。"),
            _row("职工评价",
                 "年底组织机关干部职工和基层工会代表对支部工作进行满意度测评，满意率达到百分之九十以上。", 6,
                 "满意率每低1个百分点扣0.5分，最高扣6分。"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要点", "分值", "评分标准", "自查情况", "自评分"]
NOTE = ("说明：1.自查以2025年1月1日至自查之日形成的原始资料为准，自查情况须写明资料名称、次数和存在问题，不得仅填写“已完成”；2.各项扣分以该项分值为限，"
        "扣完为止；评分标准列明得分档次的，按档次计分；3.市直机关工委将于12月中旬对自查情况进行抽查复核，自评分与复核得分相差10分以上的，在全市"
        "机关党建工作中通报；4.复核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部自查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "填报单位：市总工会机关党支部（盖章）              支部书记：              填报日期：", ncols)
    xlsx_line(ws, "（请对照考核要点逐项自查，如实填写自查情况和自评分，于12月10日前报市直机关工委）", ncols)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, None, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 66)
    xlsx_widths(ws, (6, 12, 50, 6, 50, 24, 8))
    wb.save(str(path))
