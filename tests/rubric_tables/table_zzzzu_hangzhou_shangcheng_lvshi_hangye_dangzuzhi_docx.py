"""上城区律师行业党委2025年度律师事务所党组织党建工作考核评分细则 (.docx), as the 律师行业党委 of 杭州 上城区 (set up under the 区委 两新工委 with
the 区司法局 and the 区律师工作委员会; its 办公室 with the 司法局 律师管理科, the 公共法律服务中心, the 区 信访局 and the 行业党委 纪委, a 考核组
calling on the 律所 in the 钱江新城 towers and the old 湖滨 office buildings in the second half of December, between the last 庭 of the year and the
年度考核 of the 律师) scores the 党组织 of the 律师事务所: the big 合伙制 律所 with a 党支部 of their own and a 主任 who is a 党员, the small 个人所 of
two or three 律师 joined into a 联合党支部 by 片区, the 党建指导员 sent to the 律所 with no 党员 yet, the 青年律师 and 律师助理 from whom the 行业党委
hopes to 发展, the 村（社区）法律顾问 who sit once a month in a 社区 office: a table whose 考核内容 prints what the 党组织 must have done, whose 计分方法
takes points off one clause at a time and scores the 年底 满意率 in bands, and whose 考核方式 says how the 考核组 looks: 组织覆盖 (the 党组织覆盖率 and the
党的工作覆盖率; a half-yearly 摸排, the 台账 and the 30日; the 章程, the 决策 and the 书记's 培训; the 活动室, its 标识、制度、书籍 and the 轮流), 组织生活
(the “三会一课” 线上 and its 参会率; the monthly 主题党日, four 特色 ones and the 书记's two 党课; the 组织生活会, the 征求意见, the 谈心谈话, the 民主评议
and the 处置; 党费 按月 with a half-yearly 公示, 24学时 and 8 of 职业道德), 队伍建设 (two 积极分子, the 公示 and a 一票否决; the 积分 with a quarterly
公示, the 年底 评选 and no 处分; a quarterly 谈心谈话, its 覆盖率 and the 结对率; the 年初 责任书, the 年底 述职 and its 满意率), 作用发挥 (20小时 of
公益法律服务 and five 法律援助 cases; the 法律顾问 全覆盖, a monthly 坐班 and four 讲座; ten 调解 cases, the 共建协议 and a quarterly 联建; the 品牌, the
案例 and two 报道; no 违规 and the 舆情) and 工作保障 (the 年初 计划, the 年底 总结, the 经费 and its 台账; the 年底 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：上城区律师行业党委所属律师事务所党支部、联合党支部）" line above one table: 序号 | 考核内容 | 计分方法
| 分值 | 考核方式. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line, "一、组织覆盖（20分）".
序号 (FIRST column) runs 1..19 through the table, NOT restarting under the section rows. There is no short sub-label: 考核内容 (`Row.text`) says what is
required; the 计分方法 (`Row.scoring`) comes BEFORE the 分值, a plain number; 考核方式 (`Row.method`) names ways of checking only (查阅资料, 系统比对,
实地查看, 个别访谈, 电话回访, 网络巡查, 问卷测评 …), no papers. A 合计 row of 100 closes the table; a "说明：" paragraph and four numbered lines follow it,
the third naming the 加分 the 行业党委 may award (no item's 计分方法 repeats it). Counts in figures and Chinese numerals, nearly all in the 考核内容
("3名以上", "不足3名", "100%", "100%", "每半年开展一次", "30日内", "每年…不少于1次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开
1次，党课每季度1次", "不低于百分之七十五", "每月开展一次", "年内…不少于4次", "每年讲党课不少于2次", "每年召开一次", "按月", "每半年公示一次", "每人每年…
不少于24学时", "不少于8学时", "年内…不少于2名", "不少于5个工作日", "每季度公示一次", "年底", "全年", "每季度…不少于1次", "100%", "百分之八十", "年初",
"年底", "不低于百分之八十五", "每人每年…不少于20小时", "每年…不少于5件", "全覆盖", "每月…不少于1次", "年内…不少于4场", "年内…不少于10件", "每季度开展
一次", "年内…不少于2次", "全年", "年初", "年底", "年底", "百分之九十"); "最高扣" caps; bands of the 年底 满意率 (all 5 points, closed by "85%以下的
不得分"); "酌情扣0.5-1分" three times, "酌情扣1-2分" once and "酌情扣0.5分" once; one "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float, how: str) -> Row:
    """One row in the order the table prints it: 考核内容, 计分方法, 分值, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzu_hangzhou_shangcheng_lvshi_hangye_dangzuzhi_docx",
    fmt="docx",
    title="上城区律师行业党委2025年度律师事务所党组织党建工作考核评分细则",
    numbering="printed",
    sections=(
        Section("组织覆盖", "一、组织覆盖（20分）", 20, (
            _row("有正式党员3名以上的律师事务所单独建立党支部，不足3名的按片区组建联合党支部，律师事务所党组织覆盖率达到100%；暂不具备组建条件的"
                 "律所选派党建指导员，党的工作覆盖率达到100%。",
                 "应建未建的，每家扣1分，最高扣3分；未选派党建指导员的，每家扣0.5分，最高扣2分。", 5, "查阅资料、系统比对"),
            _row("每半年开展一次党员律师摸排，建立党员律师信息台账；“口袋党员”“隐形党员”应转尽转，新执业、新转所律师中的党员30日内纳入管理。",
                 "摸排每少1次扣1分；无信息台账的扣1分；未按时纳入管理的，每人扣0.5分，最高扣2分；“口袋党员”转接不力的，酌情扣0.5-1分。", 5,
                 "查阅资料、系统比对"),
            _row("律所主任是党员的，担任党组织书记；律所主任不是党员的，党组织书记参与律所重大事项决策；党建工作写入律所章程；党组织书记每年参加"
                 "行业党委培训不少于1次。",
                 "党建工作未写入律所章程的扣1.5分；书记未参与重大事项决策的扣1分；书记未参加培训的扣1分。", 5, "查阅资料、个别访谈"),
            _row("律所设立党员活动室或党建角，有标识、有制度、有党建书籍；联合党支部在各成员所轮流开展活动。",
                 "无活动阵地的扣2分；标识、制度、书籍每缺一项扣0.5分；联合党支部活动未轮流开展的，酌情扣0.5分。", 5, "实地查看"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；针对律师出庭、外出办案多的特点，可采取线上"
                 "方式参加，党员参会率不低于百分之七十五。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录不完整的，酌情扣0.5-1分。", 7, "查阅资料"),
            _row("每月开展一次主题党日活动，年内开展“律师进社区”“法治体检进企业”等特色主题党日不少于4次；党组织书记每年讲党课不少于2次。",
                 "主题党日每少1次扣0.3分，最高扣2分；特色主题党日每少1次扣0.5分；书记讲党课每少1次扣1分。", 6, "查阅资料、个别访谈"),
            _row("每年召开一次组织生活会，会前征求意见、开展谈心谈话；开展民主评议党员，评议结果与律师年度考核挂钩，对评议为不合格的党员按规定"
                 "处置。",
                 "未召开组织生活会的扣2分；未征求意见或开展谈心谈话的扣1分；未开展民主评议党员的扣1.5分；不合格党员未按规定处置的，每人扣0.5分。", 6,
                 "查阅资料、个别访谈"),
            _row("党员按月交纳党费，党费收缴情况每半年公示一次；党员律师每人每年参加学习培训不少于24学时，其中职业道德和执业纪律教育不少于8学时。",
                 "未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣2分；职业道德和执业纪律教育学时不足的，"
                 "每人扣0.1分，最高扣1分。", 6, "查阅资料、平台查询"),
        )),
        Section("队伍建设", "三、队伍建设（20分）", 20, (
            _row("年内培养入党积极分子不少于2名，重点在青年律师、律师助理中发展党员；发展对象公示不少于5个工作日。",
                 "积极分子每少1名扣1分；发展对象未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。", 6, "查阅资料"),
            _row("推行党员律师积分管理，积分每季度公示一次；年底评选“党员示范律师”；党员律师全年未受到行业处分和行政处罚。",
                 "无积分台账的扣1分；积分公示每少1次扣0.5分；年底未评选的扣1分；党员律师受到行业处分或行政处罚的，每人扣2分。", 5,
                 "查阅资料、系统比对"),
            _row("党组织书记每季度与每名党员律师谈心谈话不少于1次，谈心谈话覆盖率达到100%；对青年律师实行“师徒结对”，结对率达到百分之八十。",
                 "谈心谈话每少1人次扣0.1分，最高扣2分；结对率每低10个百分点扣0.5分，最高扣1分。", 4, "查阅资料、个别访谈"),
            _row("党组织书记年初与行业党委签订党建工作责任书，年底向行业党委述职，述职评议满意率不低于百分之八十五。",
                 "未签订责任书的扣1分；未述职的扣2分；满意率低于85%的扣1分；述职内容空泛的，酌情扣0.5-1分。", 5, "查阅资料、问卷测评"),
        )),
        Section("作用发挥", "四、作用发挥（25分）", 25, (
            _row("组织党员律师参与公益法律服务，党员律师每人每年提供公益法律服务不少于20小时；律所每年承办法律援助案件不少于5件。",
                 "公益服务时长不足的，每人扣0.2分，最高扣2分；法律援助案件每少1件扣0.5分，最高扣2.5分。", 6, "查阅资料、平台查询"),
            _row("党员律师担任村（社区）法律顾问，实现结对村社全覆盖，每月到村（社区）坐班服务不少于1次；年内开展法治讲座不少于4场。",
                 "结对村社未全覆盖的，每个扣0.5分，最高扣2分；坐班服务每少1次扣0.2分，最高扣2分；法治讲座每少1场扣0.5分。", 6, "查阅资料、电话回访"),
            _row("参与矛盾纠纷调解和涉法涉诉信访化解，年内参与调解案件不少于10件；律所党组织与所在社区党组织签订结对共建协议，每季度开展一次联建"
                 "活动。",
                 "参与调解案件每少1件扣0.2分，最高扣2分；未签订共建协议的扣1分；联建活动每少1次扣0.5分。", 5, "查阅资料"),
            _row("培育律所党建品牌，形成“党建+业务”典型案例；年内在区级以上媒体宣传报道不少于2次。",
                 "未培育品牌的扣1.5分；无典型案例的扣1分；宣传报道每少1次扣0.5分。", 4, "查阅资料、网络巡查"),
            _row("律所全年无重大执业违规和群体性投诉事件；发生涉及律师的网络舆情时，党组织及时介入、正确引导。",
                 "发生重大执业违规或群体性投诉的，每起扣2分；舆情处置不力的，酌情扣1-2分。", 4, "系统比对、网络巡查"),
        )),
        Section("工作保障", "五、工作保障（10分）", 10, (
            _row("年初制定党建工作计划，年底形成工作总结；律所将党建工作经费纳入年度预算，经费使用有台账。",
                 "缺计划或总结的，每项扣1分；未安排党建工作经费的扣2分；无经费台账的扣1分。", 5, "查阅资料"),
            _row("年底由行业党委组织律所律师、服务对象代表开展满意度测评，满意率达到百分之九十。",
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", 5, "问卷测评"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "计分方法", "分值", "考核方式"]
NOTES = (
    "说明：",
    "1.本细则由区律师行业党委于12月下旬组织考核，采取听取汇报、查阅资料、实地查看、个别访谈、电话回访、问卷测评相结合的方式进行。",
    "2.各项扣分以该项分值为限，扣完为止；计分方法列明得分档次的，按档次计分；党组织覆盖率、党员信息以浙江省“两新”组织党建信息系统数据为准，"
    "法律援助案件以区法律援助中心登记为准。",
    "3.律所党组织或党员律师获得市级以上表彰、办理的公益案件入选省级以上典型案例的，由行业党委研究给予加分，最高加3分。",
    "4.考核得分（含加分）90分以上的为“五星级”党组织，80—89分的为“四星级”，70—79分的为“三星级”，70分以下的不评星，考核结果作为律所评先评优"
    "和律师年度考核的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：上城区律师行业党委所属律师事务所党支部、联合党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
