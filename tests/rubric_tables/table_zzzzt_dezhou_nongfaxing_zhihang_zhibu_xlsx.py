"""农发行德州市分行党委2025年度县级支行党支部党建工作考核评分表 (.xlsx), as the 党委 of the 中国农业发展银行 德州市分行 in 山东 (its 党建工作部 with the
人力资源部, the 内控合规部, the 客户一部 and the 纪委办公室, a 考核组 driving out to the 县级支行 of the 鲁西北 plain in the first half of January,
when the 小麦 is under snow, the 秋粮 收购 is closing and the 粮库 of 禹城、齐河、夏津 are full of 玉米) scores the 党支部 of its 县级支行: the 支行 of
a 政策性银行 with no 储蓄 counter, whose 党员 are the 行长, the 客户经理 and the 信贷 and 会计 staff, who lend to the 粮食收储企业 and the 棉花 加工厂,
to the 高标准农田 and the 县 水利 projects, who go out to the 粮库 in the 收购旺季 and watch the 库存 and the 贷款: a sheet under a "基础分减分制" —
each row's 基础分 is kept unless the 减分标准 "减" points (every rule says "减", none "扣"), the 年底 满意率 scored in bands that "减" points, and a 一票
否决事项 block under the 合计 — whose 考核内容 prints what the 支部 must have done and whose 考核方式 says how the 考核组 looks: 党的政治建设 (the “第一
议题”, a monthly 集中学习, a quarterly 专题研讨 and 32学时; a quarterly 专题研究 of the 粮棉油 收购 信贷; a half-yearly 研判, the 审核 and the 网络
言行; the 年初 责任书, the 年底 述职 and the “一岗双责”), 党的组织建设 (the 换届, the “三会一课” and the 书记's two 党课; the monthly 主题党日, the
“金融知识进万家” 实践活动 and the 参加率; the 组织生活会, the 谈心谈话 全覆盖, the 批评和自我批评, the 民主评议 and the 备案; one 积极分子, the 公示 and
a "本项不得分"; 党费 按月, a half-yearly 公示 and the 使用; the “先锋指数” 积分, its quarterly 公示, the 挂钩 and the 年底 评选), 党风廉政建设 (a quarterly
警示教育, the 廉洁文化进家庭 and the 承诺书 签订率; a quarterly 员工行为排查 and the 处置; the 贷款 “三查” and no 违规放贷; no 案件, a 一票否决, and the
不良贷款率), 党建与业务融合 (the 先锋岗, the 亮身份, the 收购 突击队 and its 作用; four 走访 a month, the 走访台账 and the 投放率; the 共建协议, a
quarterly 共建活动 and two 实事; the 年底 满意率 in bands) and 基础保障 (the 年初 计划, the 半年总结 by the end of July, the 年度总结 and the 工作手册;
the 活动室, the 党建园地 quarterly and six 信息).

A merged title row, a merged "（本表实行基础分减分制：各项基础分合计100分，按减分标准减分，减完为止；有一票否决事项之一的，年度考核直接确定为“差”等次）"
line and a merged "支行党支部：    考核组：    考核日期：" line above the header 序号 | 考核项目 | 考核内容 | 基础分 | 减分标准 | 考核方式 | 得分. 序号
(FIRST column) runs 1..20 through the sheet, NOT restarting. The 考核项目 are MERGED CELLS down the SECOND column, printed WITH a bracketed ordinal and
WITH their points on a SECOND line, "（一）党的政治建设\\n（15分）". There is no short sub-label: 考核内容 (`Row.text`) says what is required; 基础分 is a
plain number (the item's points) BEFORE the 减分标准 (`Row.scoring`); 考核方式 (`Row.method`) names ways of checking only (查阅资料, 系统查询, 个别谈话,
现场查看, 问卷测评, 信贷档案抽查 …), no papers; 得分 is blank. A 合计 row of 100, then UNDER it a 一票否决事项 block: "一票否决事项" in the first column
MERGED DOWN three rows, each 情形 in a cell merged over the other six columns (no points; they belong to no item and are not in `sections`), then a
merged 说明 row. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月开展一次", "每季度开展一次", "每人每年…不少于32学时", "每季度
至少…一次", "每半年…一次", "年初", "年底", "按期", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课
不少于2次", "每月开展一次", "不低于百分之九十", "每年召开一次", "全覆盖", "年内…不少于1名", "不少于5个工作日", "按月", "每半年公示一次", "每季度公示
一次", "年底", "每季度开展一次", "每年开展一次", "100%", "每季度开展一次", "全年", "每月…不少于4户", "100%", "每季度开展一次", "年内…不少于2件", "年底",
"不低于百分之九十", "年初", "7月底前", "年底", "每季度更新一次", "年内…不少于6篇"); "最高减" caps; bands of the 年底 满意率 printed as 减分 (all 8 points,
"95%以上的不减分…85%以下的减8分"); "每人每月减0.1分" once; "酌情减0.5分" once, "酌情减0.5-1分" three times and "酌情减1-2分" once; one "实行一票否决，本项不
得分"; one other "本项不得分".
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


def _row(text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 基础分, 减分标准, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzt_dezhou_nongfaxing_zhihang_zhibu_xlsx",
    fmt="xlsx",
    title="农发行德州市分行党委2025年度县级支行党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("党的政治建设", "（一）党的政治建设\n（15分）", 15, (
            _row("落实“第一议题”制度，党支部每月开展一次集中学习，每季度开展一次专题研讨；党员每人每年参加学习培训不少于32学时。", 5,
                 "“第一议题”制度未落实的减1分；集中学习每少1次减0.3分，最高减2分；专题研讨每少1次减0.5分；学时不足的，每人减0.1分，最高减1分。",
                 "查阅资料、网络学院系统查询"),
            _row("贯彻总行党委服务国家粮食安全部署，支部委员会每季度至少专题研究一次粮棉油收购信贷和乡村振兴信贷工作。", 4,
                 "专题研究每少1次减1分。", "查阅会议记录"),
            _row("落实意识形态工作责任制，每半年分析研判一次；支行对外发布的信息经审核后发布；员工网络言行规范。", 3,
                 "研判每少1次减1分；对外发布信息未经审核的，每次减0.5分；员工发表不当网络言论造成不良影响的减3分。", "查阅资料、网络巡查"),
            _row("支部书记（行长）年初与市分行党委签订党建工作责任书，年底向市分行党委述职；支委班子成员落实“一岗双责”。", 3,
                 "未签订责任书的减1分；未述职的减1.5分；“一岗双责”落实不到位的，酌情减0.5分。", "查阅资料、个别谈话"),
        )),
        Section("党的组织建设", "（二）党的组织建设\n（30分）", 30, (
            _row("党支部按期换届；支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于2次。", 7,
                 "未按期换届的减1.5分；“三会一课”每少1次减0.5分，最高减4分；书记讲党课每少1次减0.75分。", "查阅资料、系统查询"),
            _row("每月开展一次主题党日，结合“金融知识进万家”“送金融服务下乡”开展实践活动；党员参加率不低于百分之九十。", 5,
                 "主题党日每少1次减0.3分，最高减2分；未结合业务开展实践活动的减1分；参加率每低5个百分点减0.5分，最高减2分。", "查阅资料"),
            _row("每年召开一次组织生活会，会前开展谈心谈话，做到全覆盖，会上认真开展批评和自我批评；会后开展民主评议党员，评议结果报市分行党委备案。",
                 6,
                 "未召开组织生活会的减2分；谈心谈话每少1人减0.2分，最高减1分；批评和自我批评流于形式的，酌情减0.5-1分；未开展民主评议党员的减1分；"
                 "评议结果未备案的减0.5分。", "查阅资料、个别谈话"),
            _row("年内培养入党积极分子不少于1名，重点从客户经理、青年员工中培养；发展党员严格履行程序，发展对象公示不少于5个工作日。", 4,
                 "未培养积极分子的减1分；未公示的减1分；发展党员违反程序的，本项不得分。", "查阅发展党员档案"),
            _row("党员按月交纳党费，通过“智慧党建”系统线上交纳；党费收缴情况每半年公示一次；党费使用符合规定。", 3,
                 "未按月交纳的，每人次减0.1分，最高减1分；公示每少1次减0.5分；党费使用不规范的减1分。", "系统查询、查阅资料"),
            _row("推行党员“先锋指数”积分管理，积分每季度公示一次；积分结果与员工年度考核挂钩；年底评选“优秀共产党员”。", 5,
                 "无积分台账的减1.5分；积分公示每少1次减0.5分；积分结果未与考核挂钩的减1分；年底未评选的减0.5分。", "查阅资料"),
        )),
        Section("党风廉政建设", "（三）党风廉政建设\n（20分）", 20, (
            _row("每季度开展一次警示教育，组织观看警示教育片或旁听职务犯罪庭审；每年开展一次廉洁文化进家庭活动；员工廉洁从业承诺书签订率100%。", 5,
                 "警示教育每少1次减0.5分，最高减2分；未开展廉洁文化进家庭活动的减1分；承诺书签订率每低1个百分点减0.2分，最高减2分。", "查阅资料"),
            _row("每季度开展一次员工异常行为排查，重点排查信贷岗位员工参与民间借贷、经商办企业、赌博等情况；排查发现的问题及时处置。", 5,
                 "排查每少1次减1分；发现问题未及时处置的，每件减1分，最高减2分。", "查阅排查台账、个别谈话"),
            _row("落实贷前调查、贷时审查、贷后检查“三查”制度；全年不发生违规放贷、吃拿卡要等损害客户利益的行为。", 5,
                 "“三查”不到位被检查发现的，每笔减0.5分，最高减2分；发生违规放贷、吃拿卡要问题的，每起减3分。", "信贷档案抽查、客户回访"),
            _row("全年案件“零发生”；不良贷款率控制在市分行下达的指标以内。", 5,
                 "发生案件的，实行一票否决，本项不得分；不良贷款率超出指标的减2分。", "系统查询、内控合规部认定"),
        )),
        Section("党建与业务融合", "（四）党建与业务融合\n（25分）", 25, (
            _row("设立“党员先锋岗”，党员客户经理亮身份服务；组建“粮食收购党员突击队”，在夏粮、秋粮收购旺季驻库服务。", 6,
                 "未设立先锋岗的减1分；党员未亮身份的，每人次减0.2分，最高减1分；收购旺季未组建突击队的减2分；突击队作用发挥不明显的，酌情减1-2分。",
                 "现场查看、查阅资料"),
            _row("党员客户经理每月走访企业客户不少于4户，建立走访台账；粮棉油收购贷款按期投放率达到100%。", 6,
                 "走访不足的，每人每月减0.1分，最高减2分；无走访台账的减1分；投放率每低1个百分点减0.5分，最高减3分。", "查阅资料、系统查询"),
            _row("与结对帮扶村党支部签订共建协议，每季度开展一次支村共建活动；年内为结对村办实事不少于2件。", 5,
                 "未签订共建协议的减1分；共建活动每少1次减0.5分，最高减2分；办实事每少1件减1分；共建成效不明显的，酌情减0.5-1分。", "查阅资料、实地走访"),
            _row("年底由市分行党委组织员工和客户代表对支部工作开展满意度测评，满意率不低于百分之九十。", 8,
                 "满意率95%以上的不减分，90%（含）—95%的减2分，85%（含）—90%的减4分，85%以下的减8分。", "问卷测评"),
        )),
        Section("基础保障", "（五）基础保障\n（10分）", 10, (
            _row("年初制定党建工作计划，7月底前报送半年工作总结，年底形成年度工作总结；支部工作手册规范填写。", 5,
                 "缺计划、半年总结或年度总结的，每项减1分；工作手册填写不规范的，酌情减0.5-1分。", "查阅资料"),
            _row("建设党员活动室，设置党建园地，每季度更新一次；年内向市分行报送党建信息不少于6篇。", 5,
                 "无党员活动室的减1分；党建园地每少更新1次减0.5分；信息每少1篇减0.3分，最高减1.5分。", "现场查看、查阅资料"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "基础分", "减分标准", "考核方式", "得分"]
VETO_HEAD = "一票否决事项"
VETO = (
    "1.支部班子成员或党员因违纪违法受到开除党籍处分或被依法追究刑事责任的；",
    "2.发生重大案件或重大风险事件、造成严重资金损失的；",
    "3.发生重大负面舆情、造成恶劣社会影响的。",
)
NOTE = ("说明：1.本表由市分行党委于次年1月上旬组织考核，党建工作部牵头，人力资源部、内控合规部、客户一部、纪委办公室参加，以2025年1月1日至12月31日"
        "形成的资料为准；2.各项减分以该项基础分为限，减完为止；3.投放率、不良贷款率以总行信贷管理系统数据为准，案件由市分行内控合规部认定；4.考核"
        "得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与支行领导班子年度绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支行党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "（本表实行基础分减分制：各项基础分合计100分，按减分标准减分，减完为止；有一票否决事项之一的，年度考核直接确定为“差”等次）", ncols)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_line(ws, "支行党支部：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, line in enumerate(VETO):
        ws.append([VETO_HEAD if i == 0 else None, line])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=ncols)
        ws.cell(ws.max_row, 2).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.cell(top, 1).font = Font(bold=True)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (6, 14, 50, 7, 52, 16, 7))
    wb.save(str(path))
