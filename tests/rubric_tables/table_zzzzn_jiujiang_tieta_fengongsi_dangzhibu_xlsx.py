"""中国铁塔九江市分公司党委2025年度所属党支部党建工作考核评分表 (.xlsx), as the 市分公司党委 of 中国铁塔 in 江西 九江 (its 党建工作部 with the
综合部, the 运维部, the 建设部 and the 纪委办公室, a 考核组 going through the 机关党支部, the 运维党支部 and the 建设党支部 in mid-December) scores
the 党支部 of a 国企 分公司 whose 党员 climb towers: the 站址 along the 长江 and round the 鄱阳湖, the 5G 站 in the 庐山 scenic area, the 汛期 when
the 圩堤 are manned and the 应急 generators are carried in by boat, the 代维 公司 whose crews the 支部 watches, the 租赁 contracts of roofs and
fields: a table with 一级指标 and 二级指标 whose 评分标准 mixes "…的得N分" (a part of the item scored on its own) with "每少1次扣…" deductions and
scores four rates in bands (the 述职 “好”的比例, the 主题党日 参加率, the 站址 按期交付率, the 员工满意率): 政治建设 (the “第一议题”, a monthly 集中学习
and 32学时; a half-yearly 研判, the 舆情 处置 and a 一票否决; the 年初 责任书 and “三张清单”, the 年底 述职 in bands; a quarterly 廉洁教育, the 风险
防控台账 and no 处分), 组织建设 (the 换届, the 书记 and the 补选; the “三会一课” and the 书记's two 党课; the 主题党日 and its 参加率 in bands; the
组织生活会, the 谈心谈话 全覆盖, the 民主评议 and its 上报; one 积极分子, the 公示, the 转接 and the 程序; 党费 按月, the 核定 and a half-yearly 公示),
融合发展 (one 融合项目, the 突击队 and the 成效 judged by the 考核组; the 按期交付率 in bands; the 责任区, ten 站址 a month and the 及时率; the 应急
保障队, the 预案, two 演练 and a 一票否决; a quarterly 安全检查, the 持证上岗率 and no 事故) and 基础保障 (the 活动室, the 平台 monthly and the 台账; the
年初 计划, the 半年小结 by the end of July and the 年底 总结; the 年底 满意率 in bands).

A merged title row, a merged "考核对象：九江市分公司机关党支部、运维党支部、建设党支部" line and a merged "党支部：    考核组：    考核日期：" line above
the header 一级指标 | 二级指标 | 考核内容 | 分值 | 评分标准 | 自评得分 | 考核得分 (seven columns). There is NO 序号 column: the items are numbered by
position, 1..18. The 一级指标 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on a SECOND line,
"政治建设\\n（20分）". 二级指标 is a short label (`Row.indicator`); 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the
评分标准 (`Row.scoring`); the 自评得分 and 考核得分 columns are left empty. A 合计 row of 100 follows the scored rows; a merged 说明 row closes the sheet.
Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月开展一次", "每人每年…不少于32学时", "每半年…一次", "年初", "年底", "百分之八十
以上", "每季度开展一次", "3至5人", "按期", "每季度至少召开1次，…每月至少召开1次，…每月至少召开1次，…每季度至少1次", "每年讲党课不少于2次", "每月固定
一天", "百分之九十", "每年召开一次", "全覆盖", "年内…不少于1名", "不少于5个工作日", "按月", "每年核定一次", "每半年公示一次", "年内…不少于1个", "百分之
九十五以上", "每月…不少于10个", "百分之九十八", "每年…不少于2次", "每季度开展一次", "100%", "全年", "按月", "年初", "7月底前", "年底", "年底", "不低于
百分之九十"); "最高扣" caps; nine "…的得N分" parts; bands in four rows (the “好”的比例 for 3 of the 5 points, the 参加率 for 2 of the 5, the 按期
交付率 for all 7, the 满意率 for all 6), each closed by "…以下的不得分"; one "由考核组综合评定"; "酌情扣0.5-1分" once; two "实行一票否决，本项不得分";
two other "本项不得分".
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


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 二级指标, 考核内容, 分值, 评分标准."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzn_jiujiang_tieta_fengongsi_dangzhibu_xlsx",
    fmt="xlsx",
    title="中国铁塔九江市分公司党委2025年度所属党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设\n（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月开展一次集中学习；党员每人每年参加学习培训不少于32学时，网络学习不超过总学时的一半。", 6,
                 "“第一议题”落实到位的得2分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分。"),
            _row("意识形态",
                 "每半年分析研判一次员工思想动态和意识形态形势；落实网络舆情“三同步”，员工工作群、代维人员微信群明确专人管理；不发生意识形态领域重大"
                 "问题。", 5,
                 "研判每少1次扣1分；舆情处置不及时的，每次扣1分；发生意识形态领域重大问题的，实行一票否决，本项不得分。"),
            _row("责任落实",
                 "年初与分公司党委签订党建工作责任书，制定书记抓党建问题、任务、责任“三张清单”；支部书记年底向分公司党委述职，述职评议“好”的比例达到"
                 "百分之八十以上。", 5,
                 "签订责任书的得1分；制定“三张清单”的得1分；述职评议“好”的比例80%以上的得3分，70%（含）—80%的得2分，60%（含）—70%的得1分，60%"
                 "以下的不得分。"),
            _row("廉洁从业",
                 "每季度开展一次廉洁教育或警示教育；围绕招标采购、站址租赁、工程结算等环节排查廉洁风险点，建立廉洁风险防控台账；党员无违纪违法行为。",
                 4,
                 "廉洁教育每少1次扣0.5分；未建立廉洁风险防控台账的扣1分；党员受到党纪处分的，每人扣2分。"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            _row("支部设置",
                 "支部委员会由3至5人组成，按期换届；支部书记由部门主要负责人担任，落实“双向进入、交叉任职”；委员出现缺额及时补选。", 4,
                 "按期换届的得2分，未按期换届的不得分；书记配备不符合要求的扣1分；委员缺额超过3个月未补选的扣1分。"),
            _row("“三会一课”",
                 "支部党员大会每季度至少召开1次，支委会每月至少召开1次，党小组会每月至少召开1次，党课每季度至少1次；支部书记每年讲党课不少于2次；一线"
                 "运维党员可通过视频会议参加。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；会议记录要素不全的，每次扣0.2分，最高扣1分。"),
            _row("主题党日",
                 "每月固定一天开展主题党日，结合5G建设、应急通信保障开展实践活动；党员参加率达到百分之九十。", 5,
                 "主题党日每少1次扣0.3分，最高扣3分；参加率90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前支委之间、支委与党员之间谈心谈话全覆盖；会后开展民主评议党员，评议结果报分公司党委。", 6,
                 "召开组织生活会的得2分；谈心谈话未全覆盖的，每少1人扣0.2分，最高扣1分；开展民主评议党员的得2分；评议结果未上报的扣0.5分。"),
            _row("发展党员",
                 "注重在一线运维人员、技术骨干中发展党员，年内确定入党积极分子不少于1名；发展对象公示不少于5个工作日；党员组织关系转接及时。", 4,
                 "确定入党积极分子的得1分；发展对象未公示的扣1分；组织关系转接不及时的，每人扣0.5分；违反程序发展党员的，本项不得分。"),
            _row("党费管理",
                 "党员按月足额交纳党费，每年核定一次交纳基数；党费收缴情况每半年公示一次。", 4,
                 "党费未按月交纳的，每人次扣0.1分，最高扣2分；未核定基数的扣1分；公示每少1次扣0.5分。"),
        )),
        Section("融合发展", "融合发展\n（35分）", 35, (
            _row("融合项目",
                 "围绕站址建设、5G共享、“铁塔+”跨行业应用，支部年内确定党建与生产经营融合项目不少于1个，项目有方案、有推进记录；成立党员突击队或设立"
                 "党员先锋岗。", 8,
                 "确定融合项目的得3分；成立党员突击队或设立先锋岗的得2分；项目成效由考核组综合评定，最高得3分。"),
            _row("建设交付",
                 "党员带头攻坚年度站址建设任务，5G站址按期交付率达到百分之九十五以上。", 7,
                 "按期交付率95%以上的得7分，90%（含）—95%的得5分，85%（含）—90%的得3分，85%以下的不得分。"),
            _row("运维保障",
                 "划分党员责任区，覆盖所辖全部站址；党员每月带头巡检站址不少于10个；基站断站故障处理及时率达到百分之九十八。", 7,
                 "责任区未全覆盖的扣1分；巡检不足的，每人每月扣0.1分，最高扣2分；故障处理及时率每低1个百分点扣0.5分，最高扣3分。"),
            _row("应急通信",
                 "汛期、重大活动期间成立党员应急通信保障队，制定保障预案；每年开展应急演练不少于2次；保障期间不发生重大通信中断责任事故。", 6,
                 "未成立保障队的扣1分；无保障预案的扣1分；演练每少1次扣1分；发生重大通信中断责任事故的，实行一票否决，本项不得分。"),
            _row("安全生产",
                 "落实“一岗双责”，支部每季度开展一次安全生产检查；登高作业、电力作业人员持证上岗率100%；全年不发生一般及以上安全生产责任事故。", 7,
                 "安全检查每少1次扣0.5分；持证上岗率未达100%的，每人次扣0.5分，最高扣2分；发生一般及以上安全生产责任事故的，本项不得分。"),
        )),
        Section("基础保障", "基础保障\n（15分）", 15, (
            _row("阵地台账",
                 "党员活动室有党旗、有标识、有制度；支部工作按月在党建信息平台录入；党建台账按年度分类归档。", 5,
                 "活动室不规范的，酌情扣0.5-1分；平台未按月录入的，每月扣0.2分，最高扣2分；台账未分类归档的扣1分。"),
            _row("计划总结",
                 "年初制定支部年度党建工作计划；7月底前报送半年工作小结；年底形成年度工作总结。", 4,
                 "缺计划、小结或总结的，每项扣1.5分；未按时报送的，每项扣0.5分。"),
            _row("员工评价",
                 "年底由分公司党委组织员工对支部工作开展满意度测评，员工满意率不低于百分之九十。", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，85%以下的不得分。"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核内容", "分值", "评分标准", "自评得分", "考核得分"]
NOTE = ("说明：1.本表由分公司党委于12月中旬组织考核，党建工作部牵头，运维部、建设部、纪委办公室配合，采取查阅资料、系统查询、现场抽查站址、个别"
        "谈话、问卷测评相结合的方式进行；2.评分标准中“得N分”的，未达到的该部分不得分，“扣N分”的以该项分值为限，扣完为止；3.按期交付率、故障处理"
        "及时率以省公司运营监控平台数据为准；4.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”，考核结果与"
        "支部书记年度绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：九江市分公司机关党支部、运维党支部、建设党支部", ncols)
    xlsx_line(ws, "党支部：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, None, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (12, 10, 48, 6, 52, 8, 8))
    wb.save(str(path))
