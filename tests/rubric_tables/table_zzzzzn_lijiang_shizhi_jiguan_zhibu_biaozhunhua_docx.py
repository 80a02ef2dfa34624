"""中共丽江市直属机关工作委员会2025年度市直机关党支部标准化规范化建设考评细则 (.docx), as the 市直机关工委 of 丽江 in 云南 (its 组织科 with the
宣传科, the 机关纪工委 and the 各部门 机关党委（党总支）, a 考评组 sitting in the 机关 meeting rooms of the 市 offices in the 古城区 in the middle of
December, when the 玉龙雪山 is white over the 拉市海, the 纳西 lanes of the 大研 old town are full of winter visitors, the 三角梅 still flower along the
玉河 and the 支部 are binding the year's 台账 into their “一年一册”) scores each 机关党支部 of the 市直 部门 on the standard of the 支部 标准化规范化
建设: a table whose 标准要求 prints what the 支部 must have done, whose 评分细则 takes points off one clause at a time and whose 一级指标 are the merged
categories: 组织设置 (the 支部 设置, the 委员会 and the 分工; the 换届, its 审批 and the 补选), 政治建设 (the “第一议题”, a monthly 集中学习 and 32学时;
a half-yearly 专题研究 of the 意识形态, the 工作群 and a 一票否决; the 年初 责任书, a quarterly 警示教育, a half-yearly 监督 报告 and the 处分; the 双重
组织生活, the 领导干部's 党课 and the 书记's two 党课), 组织生活 (the “三会一课”, the 议题、记录、签到 and the 缺席; the 主题党日, its 年初 计划, four
“机关党员进社区” 志愿服务 and the 业务; the 组织生活会, the 谈心谈话, the 问题清单, the 报送 and the 批评; the 民主评议, its 程序 and the 公布; a yearly
谈心谈话 and the 记录), 党员管理 (党费 按月, a yearly 核定 and a half-yearly 通报; the 谈话, the 公示, the 转正 and a "本项不得分"; the 组织关系, the
准确率 and the 退休党员; two 先锋岗、责任区, the 党徽 and the 年底 评议) and 基础保障 (the 党务公开制度 and a quarterly 公开; the “六有”, the 会议记录本,
花名册 and 党费收缴台账; the 年初 计划, the 年底 总结, the 年底 述职 and the 评议 结果; the 共建协议 and a half-yearly 共建活动).

The title (bold, centred), a centred "（考评对象：市直各部门机关党支部）" line and a "被考评党支部：    考评日期：" line above one table: 一级指标 | 二级指标 |
标准要求 | 分值 | 评分细则. There is NO 序号: the items are numbered by position 1..19. The 一级指标 are MERGED CELLS down the FIRST column, printed
WITHOUT an ordinal and WITH their points on ONE line, "组织设置（10分）"; 二级指标 (SECOND column) is a short name on every row (`Row.indicator`);
标准要求 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row
of 100 closes the table; a "说明：" paragraph with three numbered lines follows it. Counts in figures and Chinese numerals, nearly all in the 标准要求
("7人以上", "3至5人", "50人以上", "3年", "按期", "每月至少开展一次", "每年…不少于32学时", "每半年…一次", "年初", "每季度开展一次", "每半年…一次",
"每年…不少于1次", "每年…不少于2次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次", "每月开展一次", "年初",
"每年不少于4次", "每年召开一次", "15日内", "每年开展一次", "每年…不少于1次", "按月", "每年核定一次", "每半年…一次", "1个月内", "不少于5个工作日", "100%",
"不少于2个", "年底", "每季度…一次", "年初", "年底", "年底", "不少于1个", "每半年至少…一次"); "最高扣" caps; "每低1个百分点" once; "酌情扣0.5-1分" once
and "酌情扣1分" twice and "酌情扣0.5分" once; one "一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 二级指标, 标准要求, 分值, 评分细则."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzzn_lijiang_shizhi_jiguan_zhibu_biaozhunhua_docx",
    fmt="docx",
    title="中共丽江市直属机关工作委员会2025年度市直机关党支部标准化规范化建设考评细则",
    numbering="position",
    sections=(
        Section("组织设置", "组织设置（10分）", 10, (
            _row("支部设置",
                 "党支部设置符合规定，正式党员7人以上的设立支部委员会，委员会由3至5人组成，设书记和组织、宣传、纪检委员；党员50人以上的按处室设立党小组；"
                 "支部书记一般由本部门党员负责人担任。", 5,
                 "支部设置不规范的扣2分；应设未设支部委员会的扣2分；委员分工不明确的扣1分。"),
            _row("按期换届",
                 "党支部每届任期3年，任期届满按期换届，换届前报机关党委（党组）审批；书记、委员出现空缺及时补选。", 5,
                 "未按期换届的扣3分；换届未报批的扣1分；空缺超过3个月未补选的扣1分。"),
        )),
        Section("政治建设", "政治建设（20分）", 20, (
            _row("政治学习",
                 "落实“第一议题”制度，支部每月至少开展一次集中学习；党员每年参加集中学习培训不少于32学时。", 6,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.5分，最高扣3分；学时不足的，每人扣0.2分，最高扣2分。"),
            _row("意识形态",
                 "落实意识形态工作责任制，支部委员会每半年专题研究一次意识形态工作；加强党员网络言行管理，支部微信群、工作群明确专人管理。", 5,
                 "专题研究每少1次扣1分；工作群无专人管理的扣1分；党员发表错误言论造成不良影响的，一票否决，本项不得分。"),
            _row("党风廉政",
                 "年初签订党风廉政建设责任书；每季度开展一次廉政提醒或警示教育；支部纪检委员每半年向支部委员会报告一次监督情况。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；监督情况报告每少1次扣0.5分；支部党员受到党纪处分的，每人扣2分。"),
            _row("双重组织生活",
                 "党员领导干部以普通党员身份参加所在支部组织生活，每年到所在支部讲党课不少于1次；支部书记每年讲党课不少于2次。", 4,
                 "党员领导干部未参加双重组织生活的，每人次扣0.5分，最高扣2分；领导干部讲党课每少1次扣1分；书记讲党课每少1次扣0.5分。"),
        )),
        Section("组织生活", "组织生活（30分）", 30, (
            _row("三会一课",
                 "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次；会议有议题、有记录、有签到。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；议题、记录、签到每缺一项扣0.5分，最高扣2分；党员无故连续3次以上不参加组织生活未作处理的扣2分。"),
            _row("主题党日",
                 "每月开展一次主题党日，年初制定全年主题党日活动计划；结合部门职能开展“机关党员进社区”志愿服务，每名党员每年不少于4次。", 6,
                 "主题党日每少1次扣0.3分，最高扣2分；无年度活动计划的扣1分；志愿服务不足4次的，每人扣0.2分，最高扣2分；活动与业务脱节、流于形式的，酌情"
                 "扣1分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话，支部班子和党员个人查摆问题、列出清单；会上严肃开展批评和自我批评，会后15日内将会议情况报机关"
                 "党委。", 6,
                 "未召开组织生活会的扣3分；未开展谈心谈话的扣1分；无问题清单的扣1分；会议情况未按时报送的扣0.5分；批评和自我批评辣味不足的，酌情扣0.5分。"),
            _row("民主评议",
                 "每年开展一次民主评议党员，按照个人自评、党员互评、民主测评、组织评定的程序进行，评定结果向党员公布。", 5,
                 "未开展民主评议党员的扣3分；评议程序不完整的扣1分；评定结果未公布的扣1分。"),
            _row("谈心谈话",
                 "支部书记与支部委员、支部委员与党员之间每年谈心谈话不少于1次；党员出现思想波动、工作变动、家庭困难时及时谈心。", 5,
                 "谈心谈话每少1人次扣0.2分，最高扣2分；无谈心谈话记录的扣1分；应谈未谈的，每人次扣0.5分。"),
        )),
        Section("党员管理", "党员管理（20分）", 20, (
            _row("党费收缴",
                 "党员按月足额交纳党费，党费交纳基数每年核定一次；党费收缴情况每半年在支部内通报一次。", 5,
                 "未按月交纳党费的，每人次扣0.2分，最高扣2分；交纳基数未核定的扣1分；党费通报每少1次扣0.5分；少交、漏交党费的，每人扣0.5分。"),
            _row("发展党员",
                 "严格执行发展党员工作细则，入党申请人提出申请后1个月内派人谈话；发展对象公示不少于5个工作日；预备党员预备期满按期讨论转正。", 5,
                 "未在1个月内派人谈话的，每人扣0.5分；发展对象未公示的扣1分；预备党员未按期讨论转正的，每人扣1分；违反程序发展党员的，本项不得分。"),
            _row("组织关系",
                 "党员组织关系转接及时，全国党员管理信息系统中党员信息准确率100%；退休党员组织关系按规定转至居住地社区党组织。", 5,
                 "组织关系转接不及时的，每人扣0.5分，最高扣2分；信息准确率每低1个百分点扣0.2分，最高扣2分；退休党员组织关系未按规定转接的，每人扣0.5分。"),
            _row("作用发挥",
                 "设立党员先锋岗、党员责任区不少于2个，党员佩戴党徽上岗；年底对党员履职践诺情况进行评议，评议结果与评先评优挂钩。", 5,
                 "先锋岗、责任区每少1个扣1分；党员未佩戴党徽上岗的，每人次扣0.1分，最高扣1分；年底未开展评议的扣1分；评议结果未与评先评优挂钩的，酌情"
                 "扣1分。"),
        )),
        Section("基础保障", "基础保障（20分）", 20, (
            _row("党务公开",
                 "制定党务公开制度，公开内容、范围、时限规范，每季度在公开栏或机关内网公开一次。", 4,
                 "未制定党务公开制度的扣1分；公开每少1次扣0.5分，最高扣2分；公开内容不规范的，酌情扣0.5-1分。"),
            _row("阵地台账",
                 "党员活动室做到有标识、有党旗、有誓词、有制度、有书报、有设备“六有”；会议记录本、党员花名册、党费收缴台账齐全，台账分类规范、一年一册。", 6,
                 "“六有”每缺一项扣0.5分，最高扣2分；会议记录本、党员花名册、党费收缴台账每缺一项扣1分；台账分类不规范的扣1分。"),
            _row("计划述职",
                 "年初制定支部年度党建工作计划，年底形成工作总结；支部书记年底向机关党委述职，述职评议结果为“好”等次。", 6,
                 "无计划、总结的，每项扣1分；书记未述职的扣2分；述职评议结果为“一般”及以下的扣2分。"),
            _row("结对共建",
                 "与不少于1个社区（村）党组织结对共建，签订共建协议；每半年至少开展一次共建活动。", 4,
                 "未签订共建协议的扣2分；共建活动每少1次扣1分。"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "标准要求", "分值", "评分细则"]
NOTES = (
    "说明：",
    "1.本细则由市直机关工委于2025年12月中旬组织考评，组织科牵头，宣传科、机关纪工委参加，采取查阅资料、实地查看、个别访谈和党员信息系统比对相结合"
    "的方式进行，以2025年1月1日至考评之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止。",
    "3.考评得分90分以上的为“标准化规范化建设达标党支部”，其中排名前20%的推荐为“示范党支部”；70分以下的列为后进整改对象，由机关党委督促限期整改。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考评对象：市直各部门机关党支部）")
    document.add_paragraph("被考评党支部：                                考评日期：      年    月    日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            for c, v in ((1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
