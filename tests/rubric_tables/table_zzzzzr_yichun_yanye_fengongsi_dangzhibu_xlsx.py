"""中共江西省盐业集团宜春分公司委员会2025年度基层党支部党建工作考核评分表 (.xlsx), as the 党委 of the 宜春 分公司 of the 江西 盐业集团 (its 党群
工作部 with the 纪检 office, the 综合办, the 质量安全部 and the 营销部, a 考核组 going from the 分公司 机关 to the 樟树 储运中心 on the 赣江 and out to
the 县（市）营业部 in the middle of December, when the 盐 trucks are loading the 春节 stock for the 超市 and the 腌菜 season of the 宜春 villages, the 明月山
is white with the first frost, the 樟树 药都 is getting ready for its winter 药材 fair and the 储运中心's 党员 are checking the 仓库's 温湿度 before the
rains) scores each 党支部 (the 机关 党支部, the 储运中心 党支部, the 营业部 党支部 of 樟树、丰城、高安 and the rest): a sheet whose 考核内容 prints what the
支部 must have done, whose 评分标准 takes points off one clause at a time (scoring the 销售计划 完成率 in bands) and whose 考核方式及佐证材料 names how the
考核组 checks and the papers it asks to see: 政治建设 (the “第一议题”, a monthly 集中学习 and two 专题研讨; the 年初 责任书, a quarterly 警示教育 and a yearly
廉洁风险 排查; a half-yearly 研判, the “三审三校” and a "本项不得分"), 组织建设 (the “三会一课” of 营业部 党员 scattered over the 县, the 记录, the 截图 of
the 线上 meetings and the 缺席; the monthly 主题党日, four 科学补碘 宣传 and the 方案、照片; the 组织生活会, the 谈心谈话、征求意见, the 整改清单, the 民主
评议 and the 备案; the 换届, 党费 按月 with a half-yearly 公示 and the 转接; one 积极分子, one 发展 every two years and the 程序), 队伍建设 (32学时, the
书记's 5天 and the “学习强国” 积分; two 先锋岗, the 联系 of a 客户 or 网点, the 年初 承诺 and the 年底 评诺; the “七一”、春节 慰问, a yearly 谈心谈话 and the
“送清凉”), 业务融合 (a quarterly 质量安全检查, the 合格率 and a "本项不得分"; the 突击队, the 预案, a yearly 演练 and the 24小时; the 完成率 in bands and the
增长率; ten 走访 a quarter, the 满意度 and the 办结率) and 基础保障 (the 年初 计划, the 年底 总结, the 年底 述职 and the 台账; the 场所, the 标识、党旗、制度,
the 预算 and the 财务凭证).

A merged title row and a merged "考核对象：分公司机关党支部、樟树储运中心党支部、各县（市）营业部党支部" line above the header 序号 | 考核内容 | 评分标准 |
分值 | 考核方式及佐证材料 | 得分. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its points on one line, "一、政治建设
（15分）"; 序号 (FIRST column) runs 1..17 through the sheet, NOT restarting under the section rows; there is no short sub-label. 考核内容 (`Row.text`) says
what is required; the 评分标准 (`Row.scoring`) comes BEFORE the 分值, a plain number; 考核方式及佐证材料 (`Row.method`) opens with how the 考核组 checks
("查阅", "实地查看") and names the papers, joined by "、"; 得分 is blank. A 合计 row of 100 closes the scored rows; UNDER it a "一票否决事项" section row
merged across the sheet and three rows with NO 序号 and NO points, the case in 考核内容 and "考核等次直接定为“不合格”" in 评分标准 (not in `sections`:
README, left out of the labels). A merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月组织一次",
"不少于2次", "年初", "每季度开展一次", "每年不少于1次", "每半年…一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度
1次", "每月开展一次", "全年…不少于4次", "每年召开一次", "每年开展一次", "按期", "按月", "每半年公示一次", "年内…不少于1名", "每两年至少…1名", "每年…不少于
32学时", "每年…不少于5天", "不低于10000分", "不少于2个", "1个", "年初", "年底", "“七一”、春节", "每年…不少于1次", "每季度开展一次", "100%", "每年组织一次",
"24小时内", "百分之百", "百分之五以上", "每季度…不少于10户", "百分之九十以上", "100%", "年初", "年底", "年底"); "最高扣" caps; bands of the 完成率 (4 of
the 8 points, closed by "90%以下的不得分"); "每低1个百分点" three times; "每少1000分" once; "酌情扣0.5-1分" three times and "酌情扣1-2分" once; three
"本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table


def _row(text: str, scoring: str, points: float, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 评分标准, 分值, 考核方式及佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzzr_yichun_yanye_fengongsi_dangzhibu_xlsx",
    fmt="xlsx",
    title="中共江西省盐业集团宜春分公司委员会2025年度基层党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("落实“第一议题”制度，支部每月组织一次集中学习；围绕深入学习贯彻党的二十届三中全会精神开展专题学习研讨不少于2次。",
                 "集中学习每少1次扣0.5分，最高扣2分；专题研讨每少1次扣1分；未落实“第一议题”制度的扣1分。", 5,
                 "查阅学习记录、研讨发言材料"),
            _row("落实全面从严治党主体责任，年初支部与分公司党委签订党风廉政建设责任书；每季度开展一次廉洁警示教育；食盐采购、仓储配送、定价销售等关键岗位"
                 "廉洁风险排查每年不少于1次。",
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；未开展廉洁风险排查的扣1.5分；风险防控措施不落实的，酌情扣0.5-1分。", 5,
                 "查阅责任书、警示教育记录、风险排查台账"),
            _row("落实意识形态工作责任制，每半年专题研判一次；微信公众号、门店宣传屏等阵地发布信息实行“三审三校”。",
                 "研判每少1次扣1分；发布信息未经审核的，每次扣0.5分，最高扣2分；发生意识形态领域问题造成不良影响的，本项不得分。", 5,
                 "查阅研判记录、审核登记表"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；营业部党员分散的，党小组会可结合业务例会或采取线上方式"
                 "召开。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；会议记录要素不全的，每次扣0.2分，最高扣2分；线上会议无截图的，每次扣0.2分，最高扣1分；党员无故"
                 "缺席的，每人次扣0.2分，最高扣1分。", 8,
                 "查阅会议记录、签到表"),
            _row("每月开展一次主题党日，可结合“3·15”食盐打假、“防治碘缺乏病日”开展；全年组织党员开展科学补碘宣传进社区、进学校活动不少于4次。",
                 "主题党日每少1次扣0.5分，最高扣3分；补碘宣传活动每少1次扣0.5分；活动无方案、无照片的，每次扣0.2分，最高扣1分。", 6,
                 "查阅活动方案、活动照片"),
            _row("每年召开一次组织生活会，会前开展谈心谈话、征求意见，会后形成整改清单；每年开展一次民主评议党员，评议结果报分公司党委备案。",
                 "未召开组织生活会的扣2分；未开展谈心谈话、征求意见的，各扣0.5分；无整改清单的扣1分；未开展民主评议党员的扣1.5分；评议结果未备案的扣"
                 "0.5分。", 6,
                 "查阅会议记录、整改清单、备案材料"),
            _row("支部按期换届；党员按月足额交纳党费，党费收缴情况每半年公示一次；党员组织关系转接及时规范。",
                 "未按期换届的扣2分；未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；组织关系转接不及时的，每人扣0.5分。", 5,
                 "查阅换届批复、党费收缴台账、公示照片"),
            _row("年内培养入党积极分子不少于1名，注重在一线配送员、营销骨干中培养；每两年至少发展党员1名；发展程序规范。",
                 "未培养入党积极分子的扣1.5分；两年内未发展党员的扣2分；发展程序不规范的，本项不得分。", 5,
                 "查阅发展党员档案"),
        )),
        Section("队伍建设", "三、队伍建设（15分）", 15, (
            _row("党员每年参加集中学习培训不少于32学时；支部书记每年参加上级党组织举办的培训不少于5天；党员“学习强国”年度人均积分不低于10000分。",
                 "学时不足的，每人扣0.2分，最高扣2分；书记参训不足5天的扣1.5分；人均积分每少1000分扣0.2分，最高扣1分。", 5,
                 "查阅培训记录、学时登记卡，核查平台数据"),
            _row("在仓储、配送、营销一线设立党员先锋岗不少于2个；党员每人联系1个重点客户或基层零售网点；开展党员承诺践诺，年初公开承诺、年底评诺。",
                 "先锋岗每少1个扣1分；联系客户、网点未落实的，每人扣0.2分，最高扣1分；未开展承诺践诺的扣1.5分。", 5,
                 "查阅先锋岗名单、承诺书、评诺记录"),
            _row("“七一”、春节走访慰问老党员、困难党员；支部书记每年与每名党员谈心谈话不少于1次；关心一线配送职工，夏季开展“送清凉”活动。",
                 "未开展走访慰问的，每次扣1分；谈心谈话每少1人扣0.2分，最高扣1.5分；未开展“送清凉”活动的扣1分。", 5,
                 "查阅慰问照片、谈心谈话记录"),
        )),
        Section("业务融合", "四、业务融合（30分）", 30, (
            _row("支部牵头落实食盐质量安全责任，每季度开展一次仓储库存食盐质量安全检查；食盐产品抽检合格率100%；全年不发生食盐质量安全事故。",
                 "质量安全检查每少1次扣1分；抽检合格率每低1个百分点扣1分，最高扣3分；发生一般质量问题被通报的，每次扣2分；发生食盐质量安全事故的，本项"
                 "不得分。", 8,
                 "查阅检查记录、抽检报告"),
            _row("组建党员应急保供突击队，制定食盐应急保供预案；每年组织一次应急演练；遇突发事件、自然灾害时24小时内完成应急调运。",
                 "未组建突击队的扣1分；无应急预案的扣1.5分；未开展应急演练的扣1.5分；应急调运不及时造成断供的，酌情扣1-2分。", 6,
                 "查阅突击队名单、应急预案、演练照片"),
            _row("完成分公司下达的年度食盐销售计划，完成率达到百分之百；多品种盐销售额同比增长百分之五以上。",
                 "完成率100%以上的得4分，95%（含）—100%的得3分，90%（含）—95%的得2分，90%以下的不得分；增长率每低1个百分点扣0.5分，最高扣4分。", 8,
                 "分公司财务部、营销部提供"),
            _row("开展“党员服务进网点”活动，党员每季度走访基层零售网点、餐饮客户不少于10户；客户满意度达到百分之九十以上；客户投诉办结率100%。",
                 "走访不足10户的，每人每季度扣0.2分，最高扣2分；满意度每低1个百分点扣0.5分，最高扣3分；投诉未按期办结的，每件扣0.5分，最高扣3分。", 8,
                 "查阅走访台账、满意度测评表、投诉处理台账"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            _row("年初制定支部党建工作计划，年底形成工作总结；支部书记年底向分公司党委述职；党建台账分类归档、规范完整。",
                 "缺计划或总结的，每项扣1分；书记未述职的扣2分；台账不规范的，酌情扣0.5-1分。", 5,
                 "查阅工作计划、工作总结、述职报告"),
            _row("支部有固定党员活动场所，做到有标识、有党旗、有制度；党建工作经费纳入年度预算，专款专用。",
                 "无固定活动场所的扣2分；标识、党旗、制度每缺一项扣0.5分；经费未纳入预算的扣1分；经费使用不规范的，酌情扣0.5-1分。", 5,
                 "实地查看；查阅经费预算、财务凭证"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分标准", "分值", "考核方式及佐证材料", "得分"]
VETO_NAME = "一票否决事项"
VETO = (
    "发生重大食盐质量安全事故，或销售假冒伪劣食盐造成严重社会影响的。",
    "支部班子成员发生严重违纪违法问题被立案审查调查的。",
    "全年未召开组织生活会，或“三会一课”制度长期不落实的。",
)
VETO_RULE = "考核等次直接定为“不合格”"
NOTE = ("说明：1.本表由分公司党委于12月中旬组织考核，党群工作部牵头，综合办、质量安全部、营销部参加，纪检人员全程监督，以2025年1月1日至考核之日形成"
        "的资料为准；2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；3.销售计划完成率、多品种盐增长率以分公司财务部年度快报"
        "数据为准；4.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”；有一票否决事项之一的，直接定为“不合格”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：分公司机关党支部、樟树储运中心党支部、各县（市）营业部党支部", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.scoring, row.points, row.method, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_line(ws, VETO_NAME, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for case in VETO:
        ws.append([None, case, VETO_RULE, None, None, None])
        for c in (2, 3):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (6, 54, 54, 6, 22, 7))
    wb.save(str(path))
