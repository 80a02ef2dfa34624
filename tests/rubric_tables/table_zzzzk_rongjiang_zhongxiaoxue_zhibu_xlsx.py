"""榕江县2025年度中小学校党支部党建工作考核评分表 (.xlsx), as the 县委教育工委 of 贵州 黔东南 榕江县 (its 组织科 with the 县教育局 基础教育股, the
安全股, the 督导室 and the 派驻纪检组, a 考核组 driving up the 山 roads to the 乡镇 schools in the last weeks of the autumn 学期, when the “村超” pitch
is quiet and the 寄宿生 go home on Friday by 摩托) scores the 党支部 of the county's 中小学: the 县城 完小 and 中学, the 农村寄宿制学校 of the 苗族 and
侗族 villages whose pupils sleep in the 宿舍 from Monday to Friday, the 留守儿童 whose parents work in 广东 and 浙江, the 特岗教师 and the 支教 young,
the 控辍保学 that sends the teachers walking to the 寨子 every term: a table whose 考核要点 prints what the 支部 must have done, whose 评分标准 takes
points off one clause at a time, scores a rate in bands and the 述职 by its 等次, and calls a 一票否决 twice, and whose 考核方式 names only the ways
of checking: 党建引领 (the 支委会 on the “三重一大” and the 议事规则; a 每学期 研判 and the 审核 with a 一票否决; a monthly 理论学习 and 32学时; the
书记's 党课 and the “开学第一课” each 学期), 组织建设 (the “三会一课” with the 寒暑假 online; the monthly 主题党日, a yearly 现场教学 and the 方案、签到、
照片; the 组织生活会 with 谈心谈话 全覆盖 and 对照检查, the 民主评议 with its 测评表 and the 通报; one 积极分子, "每两年至少发展1名" and the 公示; 党费
按月 with a half-yearly 公示 and the 转接), 作用发挥 (a 示范课 each 学期 and the 合格率 in bands; the 巩固率, the 劝返 and two 家访 each 学期; the
寄宿生 台账, a monthly 隐患排查 and the 值周值夜; the 承诺书, a 每学期 专题教育 and a 一票否决; the 共建协议 and two 共建活动 each 学期; two 主题队日 each
学期 and the 年底 家长 满意率 in bands) and 责任落实 (the 年初 计划, the 上半年 小结 by 7月15日 and the 年终 总结; the 年底 述职 by its 等次; the 经费,
the 活动室 and the 台账 “一年一档”).

A merged title row, a merged "考核对象：全县中小学校（含农村寄宿制学校）党支部" line and a merged "学校：    考核组：    考核日期：" line above the header
考核项目 | 序号 | 考核要点 | 评分标准 | 分值 | 考核方式 | 得分. The 考核项目 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH
their points on a SECOND line, "党建引领\\n（20分）". 序号 (SECOND column) RESTARTS at 1 under every 考核项目 (ids "1.1" … "4.3"). There is no short
sub-label: 考核要点 (`Row.text`) says what is required; 评分标准 (`Row.scoring`) comes BEFORE the 分值, a plain number; 考核方式 (`Row.method`) only
names ways of checking (查阅资料, 个别访谈, 网络巡查, 系统查询, 听课, 实地查看, 随机抽查, 座谈了解, 问卷测评), joined by "、"; 得分 is blank. A 合计 row of
100 follows the scored rows; a merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每学期开展一次",
"每月组织一次", "每年…不少于32学时", "每学期…不少于1次", "每学期开学第一周", "支部党员大会每季度召开1次，支部委员会每月召开1次，党小组会每月召开1次，
党课每季度1次", "每月开展一次", "每年…一次", "每年召开一次", "全覆盖", "年内…不少于1名", "每两年至少发展1名", "不少于5个工作日", "按月", "每半年公示
一次", "每学期…不少于1节", "百分之八十五", "百分之九十七", "每学期…不少于2次", "每月开展一次", "每年", "每学期开展一次", "每学期…不少于2次", "每学期…
不少于2次", "年底", "百分之九十", "年初", "7月15日前", "年终", "年底", "年底前"); "最高扣" caps; "酌情扣0.5-1分" three times, "酌情扣1-2分" twice and
"酌情扣1分" once; bands of the 合格率 (4 of the 6 points, closed by "65%以下的不得分") and of the 家长 满意率 (5 of the 8, closed by "80%以下的不得分"); the
述职 评议 scored by its 等次 ("“好”等次的得5分，“较好”的得4分…"); two "实行一票否决，本项不得分"; one other "本项不得分"; one bare "不得分".
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


def _row(text: str, scoring: str, points: float, method: str) -> Row:
    """One row in the order the table prints it: 考核要点, 评分标准, 分值, 考核方式."""
    return Row(text, points, scoring, method)


TABLE = Table(
    name="zzzzk_rongjiang_zhongxiaoxue_zhibu_xlsx",
    fmt="xlsx",
    title="榕江县2025年度中小学校党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("党建引领", "党建引领\n（20分）", 20, (
            _row("落实中小学校党组织领导的校长负责制，学校“三重一大”事项经支部委员会会议研究决定；制定党组织会议、校长办公会议议事规则。",
                 "“三重一大”事项未经支委会研究的，每件扣1分，最高扣3分；未制定议事规则的扣2分。", 5, "查阅资料、个别访谈"),
            _row("落实意识形态工作责任制，每学期开展一次意识形态分析研判；加强课堂、教材、讲座、校园网站和微信公众号管理，信息发布实行审核。",
                 "研判每少1次扣1分；信息发布未经审核的，每次扣0.5分，最高扣2分；发生意识形态领域问题造成不良影响的，实行一票否决，本项不得分。", 5,
                 "查阅资料、网络巡查"),
            _row("支部每月组织一次政治理论学习，党员教师每年参加集中学习培训不少于32学时。",
                 "理论学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣2分。", 5, "查阅资料、系统查询"),
            _row("支部书记每学期为全体教职工讲党课不少于1次；每学期开学第一周上好“开学第一课”。",
                 "书记讲党课每少1次扣1分；“开学第一课”每少1次扣0.5分；党课内容与学校实际结合不紧密的，酌情扣0.5-1分。", 5, "查阅资料、听课"),
        )),
        Section("组织建设", "组织建设\n（25分）", 25, (
            _row("严格落实“三会一课”：支部党员大会每季度召开1次，支部委员会每月召开1次，党小组会每月召开1次，党课每季度1次；寒暑假期间可采取线上"
                 "方式开展。",
                 "“三会一课”每少1次扣0.5分，最高扣5分；会议记录不完整的，酌情扣0.5-1分。", 6, "查阅资料"),
            _row("每月开展一次主题党日活动，每年组织党员到红色教育基地开展一次现场教学；活动有方案、有签到、有照片。",
                 "主题党日每少1次扣0.3分，最高扣2分；未开展现场教学的扣1分；缺方案、签到或照片的，每次扣0.2分，最高扣2分。", 5, "查阅资料、实地查看"),
            _row("每年召开一次组织生活会，会前谈心谈话全覆盖，支委班子和党员个人撰写对照检查材料；开展民主评议党员，发放民主评议测评表，测评结果在支部内"
                 "通报。",
                 "未召开组织生活会的扣2分；谈心谈话未全覆盖的扣1分；对照检查材料每缺1份扣0.2分，最高扣1分；未开展民主评议党员的扣1分；测评结果未通报的"
                 "扣0.5分。", 6, "查阅资料、个别访谈"),
            _row("注重在优秀青年教师、骨干教师中发展党员，年内确定入党积极分子不少于1名，每两年至少发展1名教师党员；发展对象公示不少于5个工作日。",
                 "未确定入党积极分子的扣1分；连续两年未发展党员的扣2分；发展对象未公示的扣1分。", 4, "查阅资料、系统查询"),
            _row("党员按月交纳党费，每半年公示一次党费收缴情况；教师交流轮岗、调动的，党员组织关系随人及时转接。",
                 "党费未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；组织关系转接不及时的，每人扣0.5分。", 4, "查阅资料、系统查询"),
        )),
        Section("作用发挥", "作用发挥\n（40分）", 40, (
            _row("深化“党建+教学”，党员教师每学期上示范课或公开课不少于1节；党员教师所任学科期末质量检测合格率达到百分之八十五。",
                 "示范课每少1节扣0.5分，最高扣2分；合格率85%以上的得4分，75%（含）—85%的得3分，65%（含）—75%的得2分，65%以下的不得分。", 6,
                 "查阅资料、听课"),
            _row("落实控辍保学责任，党员教师包保联系学生，九年义务教育巩固率达到百分之九十七；党员教师每学期对留守儿童、困难学生家访不少于2次。",
                 "巩固率每低1个百分点扣1分，最高扣3分；出现辍学学生未及时劝返的，每人扣1分；家访每少1次扣0.2分，最高扣2分。", 7, "查阅资料、随机抽查"),
            _row("加强寄宿生管理，党员教师带头值周值夜，建立寄宿生安全管理台账；每月开展一次校园安全隐患排查。",
                 "无寄宿生安全管理台账的扣1分；隐患排查每少1次扣0.5分，最高扣2分；党员值周值夜不落实的，酌情扣1-2分；发生校园重大安全责任事故的，本项"
                 "不得分。", 6, "实地查看、查阅资料"),
            _row("教职工每年签订师德师风承诺书；每学期开展一次师德师风专题教育；不发生有偿补课、体罚学生等师德失范行为。",
                 "承诺书未签订的，每人扣0.2分，最高扣1分；专题教育每少1次扣1分；发生师德失范行为的，每起扣2分；造成恶劣影响的，实行一票否决，本项不得"
                 "分。", 7, "查阅资料、座谈了解"),
            _row("与县城学校党支部开展结对共建，签订共建协议；每学期开展联合教研、送教下乡等共建活动不少于2次。",
                 "未签订共建协议的扣1分；共建活动每少1次扣1分，最高扣3分；共建流于形式的，酌情扣1分。", 6, "查阅资料"),
            _row("党建带团建、队建，每学期开展少先队主题队日活动不少于2次；年底开展家长满意度测评，满意率达到百分之九十。",
                 "主题队日每少1次扣0.5分，最高扣2分；满意率90%以上的得5分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分；团队组织不"
                 "健全的扣1分。", 8, "查阅资料、问卷测评"),
        )),
        Section("责任落实", "责任落实\n（15分）", 15, (
            _row("年初制定支部工作计划并报县委教育工委，7月15日前报送上半年工作小结，年终形成年度工作总结。",
                 "缺一项扣1.5分；未按时报送的，每项扣0.5分。", 5, "查阅资料"),
            _row("支部书记年底向县委教育工委述职，接受党员和教职工代表评议。",
                 "未述职的不得分；述职评议为“好”等次的得5分，“较好”的得4分，“一般”的得2分，“差”的不得分。", 5, "查阅资料、问卷测评"),
            _row("党建工作经费按规定列支，党员活动室功能完善、标识规范；党建台账实行“一年一档”，年底前完成归档。",
                 "党建经费未列支的扣1分；活动室不规范的，酌情扣0.5-1分；台账不齐全、未归档的，酌情扣1-2分。", 5, "实地查看、查阅资料"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核要点", "评分标准", "分值", "考核方式", "得分"]
NOTE = ("说明：1.本表由县委教育工委于12月下旬至次年1月上旬组织考核，以2025年1月1日至考核之日形成的资料为准；2.“每学期”按春季、秋季两个学期计；"
        "3.各项扣分以该项分值为限，扣完为止；巩固率以县教育局学籍系统数据为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为"
        "“一般”，70分以下的为“差”，考核结果作为学校年度目标考核和支部书记评优评先的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "学校党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：全县中小学校（含农村寄宿制学校）党支部", ncols)
    xlsx_line(ws, "学校：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, i + 1, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (12, 6, 48, 50, 6, 16, 7))
    wb.save(str(path))
