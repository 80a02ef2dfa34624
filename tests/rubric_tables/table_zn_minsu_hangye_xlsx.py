"""中共德清县莫干山镇委员会2026年度民宿行业党组织党建工作考核评分表 (.xlsx), as a 浙江 镇党委 scores each 民宿行业党支部
(单独建立的 or 以村为单位的民宿联合党支部 of 党员民宿业主、管家 and 从业人员) on 组织覆盖、组织生活、党员管理、作用发挥、
基础保障.

A merged title row, a merged "党支部名称：…  覆盖民宿：…家  党员：…名  考核时间：…" line and a merged centred
"（满分100分）" line above the header 序号 | 考核项目 | 考核内容 | 分值 | 扣分办法 | 备查资料 | 得分. The categories are
SECTION ROWS merged across the sheet, printed "一、组织覆盖（16分）". 序号 runs 1..20 through the sheet without restarting
(numeric cells). 考核项目 is a short sub-label (`Row.indicator`). 分值 is a plain number. 备查资料 (`Row.method`) names the
papers the 支部 keeps for the 考核组 (a 佐证 column). 得分 is blank. A 合计 row and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zn_minsu_hangye_xlsx",
    fmt="xlsx",
    title="中共德清县莫干山镇委员会2026年度民宿行业党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "一、组织覆盖（16分）", 16, (
            Row("有3名以上正式党员的民宿（含民宿集群、民宿管家公司）单独建立党组织，不足3名的以村为单位组建民宿联合党支部；规模以上"
                "民宿（客房15间以上）党的工作覆盖率达到100%。", 5,
                "具备条件未单独建立党组织的，每家扣1分；党的工作覆盖率每低5个百分点扣1分。", "党组织成立批复、民宿党建工作覆盖台账",
                indicator="组织设置"),
            Row("每半年开展1次民宿经营业主、管家和从业人员中的党员摸排，建立民宿从业党员花名册；组织关系在外地的党员纳入“流动党员"
                "之家”管理。", 4,
                "摸排每少1次扣1分；无党员花名册的扣1.5分；流动党员未纳入管理的，每人扣0.5分。", "摸排登记表、从业党员花名册",
                indicator="党员摸排"),
            Row("支部委员会一般由3—5名党员民宿业主、经营骨干组成，支委中40周岁以下的不少于1名；支部书记由威信较高的党员业主或村党"
                "组织班子成员兼任。", 4,
                "无40周岁以下支委的扣2分；书记人选不符合要求的扣1分；支委人数不符合规定的扣1分。", "支委名册", indicator="班子配备"),
            Row("推动民宿行业协会将党建工作写入协会章程；民宿经营户与村党组织签订“红色民宿”诚信经营承诺书，签订率达到90%以上。", 3,
                "协会章程未写入党建内容的扣1分；签订率每低10个百分点扣1分。", "协会章程、诚信经营承诺书", indicator="党建入章"),
        )),
        Section("组织生活", "二、组织生活（26分）", 26, (
            Row("支部委员会每月召开1次，支部党员大会每两个月召开1次；旅游旺季（4—10月）未能按月召开的，可在淡季集中补开，但全年"
                "次数不得减少；会议签到、记录齐全。", 8,
                "支委会每少1次扣0.4分；党员大会每少1次扣1分；签到表、会议记录缺失的，每次扣0.3分。", "会议记录、签到表",
                indicator="“三会”"),
            Row("支部每季度至少上1次党课，支部书记每年讲党课不少于1次；依托镇内红色资源每年开展现场教学不少于1次。", 4,
                "党课每少1次扣0.5分；书记未讲党课的扣1分；未开展现场教学的扣1分。", "党课讲稿、现场教学照片", indicator="党课"),
            Row("每月开展1次主题党日，旺季可采取“周末夜学”“线上党日”等灵活方式；党员参加率不低于80%。", 5,
                "每少1次扣0.5分；参加率低于80%的，每次扣0.2分。", "活动记录、照片", indicator="主题党日"),
            Row("每年召开1次组织生活会，会前开展谈心谈话、征求游客和村民意见；同步开展民主评议党员，评议等次报镇党委备案。", 5,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；会前准备不充分的，酌情扣0.5—1分。",
                "会议记录、谈心谈话记录、民主评议结果备案表", indicator="组织生活会"),
            Row("党员每年参加集中学习不少于24学时；每年组织党员业主参加民宿经营管理、消防安全等专题培训不少于2次。", 4,
                "学时不足的，每人扣0.2分，最多扣2分；专题培训每少1次扣1分。", "学习登记册、培训签到表", indicator="学习培训"),
        )),
        Section("党员管理", "三、党员管理（14分）", 14, (
            Row("党员按月交纳党费，党支部建立党费收缴登记台账，按季度上缴镇党委。", 4,
                "无党费台账的扣2分；未按月交纳的，每人次扣0.2分；未按季度上缴的扣1分。", "党费收缴登记台账", indicator="党费收缴"),
            Row("注重在青年创业民宿业主、返乡大学生中培养入党积极分子，每年推荐入党积极分子不少于2名；两年内至少发展党员1名。", 5,
                "积极分子每少1名扣1分；两年内未发展党员的扣2分。", "入党积极分子推荐材料、发展党员档案", indicator="发展党员"),
            Row("党员经营的民宿悬挂“党员示范民宿”牌子，在前台公开服务承诺和投诉电话；每年开展1次“星级党员民宿”评定，评定结果"
                "公示。", 5,
                "党员民宿未挂牌的，每家扣0.5分；服务承诺未公开的，每家扣0.5分；未开展星级评定的扣2分；评定结果未公示的扣0.5分。",
                "星级评定结果、公示照片", indicator="亮牌评星"),
        )),
        Section("作用发挥", "四、作用发挥（34分）", 34, (
            Row("党员民宿带头诚信经营、明码标价，全年无价格欺诈、虚假宣传；游客投诉处理及时率达到100%。", 6,
                "党员民宿被查实价格欺诈或虚假宣传的，每家扣2分；投诉处理及时率每低5个百分点扣0.5分。",
                "市场监管所、旅游投诉平台记录", indicator="诚信经营"),
            Row("党员带头落实民宿消防、食品、治安安全主体责任，支部每季度组织1次安全联查，建立隐患整改台账，整改率达到100%；全年"
                "未发生安全责任事故。", 6,
                "联查每少1次扣1分；无整改台账的扣1分；整改率每低10个百分点扣1分；发生安全责任事故的，本项不得分。",
                "联查记录、隐患整改台账", indicator="安全管理"),
            Row("开展“党员业主+农户”结对帮带，每名党员业主结对帮带低收入农户或新开业民宿不少于1户；年内带动村民在民宿就业不少于"
                "20人，优先采购村民农特产品。", 6,
                "结对帮带每少1户扣0.5分，最多扣2分；带动就业每少5人扣1分；未采购村民农特产品的扣1分。",
                "结对帮带名单、就业人员名册", indicator="共富帮带"),
            Row("党员参与垃圾分类、“美丽庭院”创建和旅游旺季交通疏导等志愿服务，全年不少于8次，每名党员年志愿服务不少于12小时。", 5,
                "每少1次扣0.5分；服务时长不足的，每人扣0.2分，最多扣2分。", "志愿服务台账、照片", indicator="志愿服务"),
            Row("与所在村党组织、景区党组织建立“民宿—村—景区”党建联盟，每半年召开1次联席会议，共商环境整治、客源共享等事项。", 5,
                "未建立党建联盟的扣2分；联席会议每少1次扣1.5分。", "党建联盟协议、联席会议纪要", indicator="党建联盟"),
            Row("游客和村民满意度（镇党委通过线上问卷和入户走访测评，各抽取不少于50份）。", 6,
                "满意度95%以上得6分；90%（含）—95%得4分；80%（含）—90%得2分；80%以下不得分。", "测评问卷汇总表",
                indicator="满意度"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            Row("在民宿集聚区设立“民宿党群服务驿站”，为游客和从业人员提供咨询、休憩、应急等服务；驿站做到有标识、有党旗、有制度、"
                "有资料。", 5,
                "未设立服务驿站的扣3分；“四有”每缺1项扣0.5分。", "实地查看", indicator="阵地建设"),
            Row("年初制定党建工作计划，年底形成工作总结；建立“一户一档”民宿党建工作档案，档案每季度更新1次。", 5,
                "计划、总结每缺1项扣1.5分；无工作档案的扣1分；档案更新每少1次扣0.25分，最多扣1分。", "工作计划、工作总结、档案资料",
                indicator="基础台账"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "扣分办法", "备查资料", "得分"]
NOTE = ("说明：1.考核由镇党委组织办会同镇旅游办、市场监管所组织，于每年11月旅游淡季集中进行；2.各项扣分以该项分值为限，扣完"
        "为止；3.考核结果作为“红色民宿”“星级党员民宿”评定和民宿扶持资金安排的重要参考，得分低于60分的党支部限期整改。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "民宿党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=14, bold=True), center)
    xlsx_line(ws, "党支部名称：                      覆盖民宿：    家    党员：    名    考核时间：2026年  月  日", ncols)
    xlsx_line(ws, "（满分100分）", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="center")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 11, 50, 6, 44, 20, 7))
    wb.save(str(path))
