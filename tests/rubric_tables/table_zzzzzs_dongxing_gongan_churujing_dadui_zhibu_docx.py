"""中共东兴市公安局委员会2025年度出入境管理大队党支部党建工作考核评分表 (.docx), as the 局党委 of the 公安局 of 东兴 in 防城港 in 广西 (its 政工
监督室 with the 法制大队 and the 警务督察, a 考核组 coming down to the 出入境 办证大厅 by the 北仑河 in the middle of December, when the 东兴 口岸 is
crowded with 越南 traders before the 春节, the 边民互市 stalls on the 中越 border sell 红木 and 越南 coffee, the 芒街 tourists queue at the windows for
their 出入境通行证 and the 大队's 民警 and 辅警 on the 窗口 rotas are taking turns to lay out the year's records) scores the 出入境管理大队党支部: a table
whose 考核内容及要求 prints what the 支部 must have done, whose 评分标准 takes points off one clause at a time (scoring the “好差评” 满意率 in bands) and
whose 佐证资料 names the papers the 大队 lays out: 政治建设 (the “第一议题”, a monthly 集中学习 and five days of 培训; a quarterly 忠诚教育, a half-yearly
研判 and the 舆情; the 请示报告, the 年底 述职 and its 等次), 组织建设 (the “三会一课”, the 党小组 by 班组, the 签到 and the 记录; the 主题党日, the 参加率
and a quarterly “国门党旗红”; the 组织生活会, the 征求意见, the 谈心谈话, the 民主评议 and its 备案; 党费 按月, one 积极分子 and the 辅警 党员), 党建引领窗口
服务 (two 先锋岗, the 挂牌 and the “绿色通道”; the 按时办结率 and the 超时; the 满意率 in bands and the 差评 整改率; six 进村寨、进企业、进市场 and the 上门
服务; two 共建协议, a quarterly 联学联建, a monthly “三非” 排查 and the 漏管), 从严管理 (the 年初 责任书 and 承诺书, a quarterly 风险排查 and a 一票否决;
the 案卷 合格率 and the 追责; the 证照 保管 and the 处分) and 基础工作 (the 年初 计划, the 年底 总结 and a quarterly 信息; the 活动室 and the 宣传墙; a
quarterly 党务公开 and the 台账).

The title (bold, centred), a centred "（考核对象：出入境管理大队党支部）" line and a "支部书记：    党员：  名（其中辅警党员：  名）    考核日期："
line above one table: 序号 | 考核项目 | 考核内容及要求 | 评分标准 | 分值 | 佐证资料. 序号 (FIRST column) runs 1..18 through the table. The 考核项目 are
MERGED CELLS down the SECOND column, printed WITHOUT an ordinal and WITH their points on ONE line, "政治建设（15分）"; there is no short sub-label.
考核内容及要求 (`Row.text`) says what is required; 评分标准 (`Row.scoring`) comes BEFORE the 分值, a plain number; 佐证资料 (`Row.method`) last. A 合计
row of 100 closes the scored rows; UNDER it a 加分项 block (the 考核项目 cell "加分项（最高加5分）" merged down two bonus rows with no 序号; not in
`sections`: README, left out of the labels); a "说明：" paragraph with three numbered lines follows the table. Counts in figures and Chinese numerals,
nearly all in the 考核内容及要求 ("每月组织一次", "每年…不少于5天", "每季度开展一次", "每半年分析研判一次", "第一时间", "年底", "支委会每月召开1次，党员
大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "不低于百分之九十", "每季度不少于一次", "每年召开一次", "按月", "年内…不少于1名",
"不少于2个", "百分之百", "7个工作日", "百分之九十八以上", "百分之百", "全年不少于6次", "不少于2个", "每季度开展一次", "每月排查一次", "年初", "每季度开展
一次", "百分之百", "年初", "年底", "每季度…不少于1篇", "每季度公开一次", "一年一册"); "最高扣" caps; bands of the 满意率 (4 of the 7 points, closed by
"95%以下的不得分"); "每低1个百分点" once; "酌情扣1—2分" once and "酌情扣0.5—1分" once; two "实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzzs_dongxing_gongan_churujing_dadui_zhibu_docx",
    fmt="docx",
    title="中共东兴市公安局委员会2025年度出入境管理大队党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支部每月组织一次集中学习；党员民警每年参加政治轮训和业务培训不少于5天。", 5,
                "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.5分，最高扣3分；培训时间不足的，每人扣0.5分，最高扣1分。",
                "学习记录、培训登记"),
            Row("每季度开展一次忠诚教育或警示教育；落实边境地区意识形态工作责任制，每半年分析研判一次队伍思想动态和涉边涉外舆情。", 5,
                "忠诚教育每少1次扣0.5分；分析研判每少1次扣1分；涉警负面舆情处置不当造成不良影响的，本项不得分。",
                "教育记录、研判报告"),
            Row("严格执行重大事项请示报告制度，涉外、涉边重大情况第一时间报告局党委；支部书记年底向局党委述职，述职评议等次为“好”或“较好”。", 5,
                "应报告未报告的，每次扣1分；未述职的扣2分；述职评议为“一般”及以下等次的扣1分。",
                "请示报告材料、述职报告"),
        )),
        Section("组织建设", "组织建设（25分）", 25, (
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；针对窗口轮班、口岸执勤特点，党小组按班组设置；会议"
                "有签到、有记录。", 8,
                "“三会一课”每少1次扣0.5分，最高扣5分；无签到表的，每次扣0.2分，最高扣1分；会议记录不规范的，酌情扣1—2分。",
                "会议记录、签到表"),
            Row("每月开展一次主题党日，党员参加率不低于百分之九十；结合“国门党旗红”开展升国旗、重温入党誓词等活动，每季度不少于一次。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；参加率低于90%的，每次扣0.2分；“国门党旗红”活动每少1次扣0.5分。",
                "活动记录、活动照片"),
            Row("每年召开一次组织生活会，会前征求服务对象和共建单位意见，开展谈心谈话；开展民主评议党员，评议结果报局机关党委备案。", 6,
                "未召开组织生活会的扣3分；未征求意见的扣0.5分；谈心谈话每少1人次扣0.2分，最高扣1分；未开展民主评议党员的扣1分；评议结果未备案的"
                "扣0.5分。",
                "会议记录、征求意见表、谈心谈话记录"),
            Row("党员按月交纳党费；注重在青年民警、业务骨干中培养入党积极分子，年内不少于1名；辅警中的党员纳入支部统一管理。", 6,
                "未按月交纳党费的，每人次扣0.1分，最高扣1分；未培养入党积极分子的扣2分；辅警党员未纳入支部管理的，每人扣0.5分。",
                "党费收缴台账、积极分子培养材料"),
        )),
        Section("党建引领窗口服务", "党建引领窗口服务（35分）", 35, (
            Row("在证件受理、边民证办理窗口设立党员先锋岗不少于2个，党员亮身份、挂牌上岗；开通“绿色通道”，为老年人、残疾人和急需出境的企业人员"
                "提供加急、预约服务。", 6,
                "先锋岗每少1个扣1分；党员未挂牌上岗的，每人次扣0.2分，最高扣1分；未开通“绿色通道”的扣2分。",
                "先锋岗名单、照片、绿色通道服务台账"),
            Row("出入境证件审批按时办结率达到百分之百，普通护照、往来港澳通行证在7个工作日内办结；全年无超时办理被投诉查实的情况。", 7,
                "按时办结率每低1个百分点扣0.5分，最高扣3分；超时办理被投诉查实的，每件扣1分。",
                "出入境管理信息系统数据"),
            Row("落实政务服务“好差评”制度，群众评价满意率达到百分之九十八以上，差评整改率达到百分之百。", 7,
                "满意率99%以上的得4分，98%（含）—99%的得3分，95%（含）—98%的得1分，95%以下的不得分；差评未整改的，每件扣0.5分，最高扣2分。",
                "“好差评”系统数据、差评整改台账"),
            Row("开展出入境服务进边境村寨、进口岸企业、进外贸市场活动，全年不少于6次；为边民互市商户上门办理边民证。", 7,
                "活动每少1次扣0.5分；活动无照片的，每次扣0.2分；未开展上门服务的扣2分。",
                "活动记录、活动照片"),
            Row("与边境管理大队、口岸海关等单位党组织签订共建协议不少于2个，每季度开展一次联学联建活动；协助做好“三非”外国人排查，每月排查一次。", 8,
                "共建协议每少1个扣1分；联学联建活动每少1次扣0.5分；“三非”排查每少1次扣0.5分，最高扣3分；发生漏管失控造成严重后果的，本项不得分。",
                "共建协议、活动记录、排查台账"),
        )),
        Section("从严管理", "从严管理（15分）", 15, (
            Row("年初签订党风廉政建设责任书和廉洁从警承诺书；每季度开展一次执法执勤廉政风险排查；窗口民警、辅警严禁收受群众财物。", 6,
                "责任书、承诺书每缺一项扣1分；风险排查每少1次扣0.5分；收受群众财物查实的，实行一票否决，本项不得分。",
                "责任书、承诺书、风险排查表"),
            Row("出入境证件审批、边民证办理等执法活动规范，执法案卷评查合格率达到百分之百。", 5,
                "执法案卷评查不合格的，每卷扣1分；因执法过错被追责的，每人次扣2分。",
                "法制大队案卷评查结果"),
            Row("民警、辅警八小时以外管理到位，因私出国（境）证照由政工监督室集中保管；党员民警无违纪违法问题。", 4,
                "证照未集中保管的，每人扣0.5分；党员民警受到党纪政务处分的，实行一票否决，本项不得分。",
                "证照保管登记"),
        )),
        Section("基础工作", "基础工作（10分）", 10, (
            Row("年初制定支部工作计划，年底形成工作总结；每季度向局党委报送党建信息不少于1篇。", 4,
                "计划、总结每缺一项扣1分；党建信息每少1篇扣0.5分。",
                "工作计划、工作总结、信息报送记录"),
            Row("大队设立党员活动室，做到有标识、有党旗、有制度；办证大厅设置“国门先锋”党建宣传墙。", 3,
                "活动室标识、党旗、制度每缺一项扣0.5分；无党建宣传墙的扣1分。",
                "实地查看"),
            Row("党务每季度公开一次；党建台账一年一册、分类规范。", 3,
                "党务公开每少1次扣0.5分；台账不规范的，酌情扣0.5—1分。",
                "公开记录、党建台账"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容及要求", "评分标准", "分值", "佐证资料"]
BONUS_TITLE = "加分项（最高加5分）"
BONUS = (
    ("支部或党员获得自治区级以上党委、政府或公安部、国家移民管理局表彰的。", "国家级每项加3分，自治区级每项加2分，最高加5分。", 5,
     "表彰文件"),
    ("窗口服务经验做法被国家移民管理局或自治区公安厅推广的。", "每项加2分，最高加4分。", 4, "推广文件"),
)
NOTES = (
    "说明：",
    "1.本表由局党委于2025年12月中旬组织考核，政工监督室牵头，法制大队、警务督察大队参加，采取查阅资料、调取系统数据、现场暗访、个别谈话相结合"
    "的方式进行，以2025年1月1日至考核之日为准。",
    "2.各项扣分以该项分值为限，扣完为止；加分项累计不超过5分。",
    "3.考核结果分为“好”“较好”“一般”“差”四个等次，作为大队年度绩效考核、民警评先评优和支部书记年度考核的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1 + len(BONUS)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：出入境管理大队党支部）")
    document.add_paragraph("支部书记：                党员：      名（其中辅警党员：    名）        考核日期：      年    月    日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    r += 1
    top = r
    for case, rule, most, papers in BONUS:
        for c, v in ((2, case), (3, rule), (4, _fmt(most)), (5, papers)):
            tbl.cell(r, c).text = v
        r += 1
    merge_cells(tbl, top, 1, r - 1, 1, BONUS_TITLE)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
