"""泸州老窖集团党委2025年度酿酒车间党支部党建工作考核评分表 (.xlsx), as the 集团党委 of a state-owned 白酒 group in 四川 泸州 (its 党委组织部 with the
党委宣传部, the 纪委, the 生产管理部, the 质量管理部, the 安全环保部 and the 工会, a 考核组 going through the 酿酒 车间 of the 罗汉 and 黄舣 生态酿酒园区
in the first half of January, when the 冬酿 is at its height, the 窖池 are being opened and refilled round the clock, the 高粱 from the 原粮基地 村 is
being steamed and the 曲房 are warm with the 大曲) scores the 党支部 of its 酿酒车间: the 车间主任 who is also the 书记, the 班组长 of the 窖池 片区, the
酿酒工 on 三班倒 who learnt the 技艺 from a 师傅, the 季节性用工 of the 冬酿, the 技术骨干 and 青年 酿酒工 from whom the 支部 hopes to 发展: a sheet of
一级指标 and 二级指标 whose 考核内容 prints what the 支部 must have done, whose 扣分标准 takes points off the 基础分 one clause at a time (scoring the
基酒 优级品率 in bands), with blank 扣分 and 得分 columns for the 考核组, and under whose 合计 a 加分项 block: 政治引领 (the “第一议题”, a monthly 集中学习,
two “班前微党课” a month and 32学时; a quarterly 思想动态分析, the 重点关注 and the 回复率; the “群主负责制”, the 先审后发, the 保密 and a 一票否决; the 年初
责任书, a half-yearly 风险排查, the 上墙 and no 处分), 组织建设 (the 5人, the “一肩挑” and the 党小组, the 党员 班组长 比例; the “三会一课” in batches, the
参会率 and the 记录; the 主题党日 on the 15th with its 方案 and 记录 and the 参加率; the 组织生活会, the 征求意见, the 谈心谈话, the 对照检查材料, the
民主评议 and its 运用; two 积极分子, 党费 按月 with a quarterly 公示), 生产融合 (the 安全责任区, a monthly 排查, the 整改率, a half-yearly 演练 and a 一票
否决; three 示范岗, the 优级品率 in bands, a quarterly 质量分析会 and no 质量事故; the 攻关小组, two 课题, twenty 合理化建议 and the 采纳率; the “节粮降耗”
竞赛, the 出酒率 by the 0.1个百分点, a quarterly 通报 and the 单耗; the “师带徒”, the 师徒协议, one 技能比武 and the 持证率), 关心关爱 (the “五必访” 制度,
the 慰问 and the “送清凉”; the 志愿服务队, four 志愿服务, the 共建协议 and a half-yearly 联建活动) and 基础保障 (the 标识、制度、书报, the 工作手册 by month
and the 年底 归档; the 年初 计划, the 年底 总结, the 年底 述职 and its 票率).

A merged title row, a merged "考核对象：酿酒一至五车间党支部、制曲车间党支部" line and a merged "党支部：    考核人：    考核日期：" line above the header
序号 | 一级指标 | 二级指标 | 考核内容 | 基础分 | 扣分标准 | 扣分 | 得分. 序号 (FIRST column) runs 1..18 through the sheet, NOT restarting. The 一级指标 are
MERGED CELLS down the SECOND column, printed WITHOUT an ordinal and WITH their points on ONE line, "政治引领（20分）". The 二级指标 (THIRD column) is a
short name on every row (`Row.indicator`); 考核内容 (`Row.text`) says what is required; the points are headed 基础分, a plain number BEFORE the 扣分标准
(`Row.scoring`); 扣分 and 得分 are blank; there is no 佐证 or 考核方式 column. A 合计 row of 100; then a 加分项 block: a section row "加分项（最高加5分）"
merged across the sheet and three rows numbered 1..3 (the 二级指标 column naming it, the 加分内容 in the 考核内容 column, the most it adds in the 基础分
column and the 加分办法 in the 扣分标准 column; not in `sections`); a merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all
in the 考核内容 ("每月开展一次", "每月开展不少于2次", "每人每年…不少于32学时", "每季度开展一次", "100%", "全年", "年初", "每半年开展一次", "全年", "5人",
"不低于百分之六十", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之八十五", "每月15日", "不低于百分之
九十", "每年召开一次", "年内…不少于2名", "按月", "每季度公示一次", "每月开展一次", "100%", "每半年组织一次", "全年", "不少于3个", "百分之八十五以上",
"每季度开展一次", "全年", "不少于1个", "年内…不少于2项", "年内…不少于20条", "百分之三十", "每季度通报一次", "不少于2名", "年内…不少于1次", "100%",
"“七一”、春节", "高温季节", "年内…不少于4次", "每半年开展一次", "按月", "年底", "年初", "年底", "年底", "不低于百分之八十五"); "最高扣" caps; bands of the
优级品率 (3 of the 7 points, closed by "75%以下的不得分"); "每低5个百分点" five times, "每低10个百分点" twice and "每低1个百分点" once; "每低0.1个
百分点" once; two "实行一票否决，本项不得分".
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
    """One row in the order the sheet prints it: 二级指标, 考核内容, 基础分, 扣分标准."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzza_luzhou_laojiao_niangjiu_chejian_zhibu_xlsx",
    fmt="xlsx",
    title="泸州老窖集团党委2025年度酿酒车间党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治引领", "政治引领（20分）", 20, (
            _row("理论武装",
                 "落实“第一议题”制度，支部每月开展一次集中学习；各班组每月开展不少于2次“班前微党课”或形势任务教育；党员每人每年参加学习培训不少于32学时。", 6,
                 "集中学习每少1次扣0.3分，最高扣2分；“班前微党课”每少1次扣0.1分，最高扣2分；学时不足的，每人扣0.1分，最高扣2分。"),
            _row("思想动态",
                 "每季度开展一次职工思想动态分析，对轮班职工、季节性用工人员重点关注；职工合理诉求按期回复率达到100%。", 4,
                 "思想动态分析每少1次扣0.5分，最高扣2分；重点关注不到位的扣0.5分；回复率每低5个百分点扣0.5分，最高扣1.5分。"),
            _row("意识形态",
                 "车间微信群、班组群落实“群主负责制”，信息先审后发；严格执行酿酒工艺技术保密规定；全年不发生意识形态事件和泄密事件。", 4,
                 "群管理不规范的扣0.5分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；发生意识形态事件或泄密事件的，实行一票否决，本项不得分。"),
            _row("党风廉政",
                 "支部书记年初签订党风廉政建设责任书；每半年开展一次廉洁风险排查，原辅料验收、酒糟处置等关键岗位风险防控措施上墙；全年无违纪违规问题。", 6,
                 "未签订责任书的扣1分；风险排查每少1次扣1分；防控措施未上墙的扣0.5分；党员受到党纪处分的，每人扣3分。"),
        )),
        Section("组织建设", "组织建设（25分）", 25, (
            _row("支部设置",
                 "支部委员会由5人组成，车间主任与支部书记“一肩挑”或交叉任职；每个班组（窖池片区）设立党小组，班组长中党员比例不低于百分之六十。", 5,
                 "支委配备不齐的扣1分；未“一肩挑”或交叉任职的扣1分；党小组设置不全的扣1分；党员班组长比例每低10个百分点扣0.5分，最高扣2分。"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次，倒班党员实行“分批次”参加；党员参会率不低于百分之"
                 "八十五。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录缺议题或决议的，每次扣0.2分，最高扣1分。"),
            _row("主题党日",
                 "每月15日开展主题党日活动，每次有主题、有方案、有记录；党员参加率不低于百分之九十。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；缺方案或记录的，每次扣0.1分，最高扣1分；参加率每低5个百分点扣0.5分，最高扣2分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前征求职工意见、开展谈心谈话，支委成员撰写对照检查材料；会后开展民主评议党员，评议等次与党员年度绩效挂钩。", 5,
                 "未召开组织生活会的扣2分；未征求意见或未谈心谈话的扣1分；缺对照检查材料的扣0.5分；未开展民主评议党员的扣1分；评议结果未运用的扣0.5分。"),
            _row("党员发展",
                 "年内从技术骨干、青年酿酒工中确定入党积极分子不少于2名；党员按月交纳党费，党费收缴情况每季度公示一次。", 3,
                 "积极分子每少1名扣0.5分；未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.3分。"),
        )),
        Section("生产融合", "生产融合（35分）", 35, (
            _row("安全生产",
                 "落实“党员安全责任区”，每名党员认领安全责任区；每月开展一次安全隐患排查，隐患整改率达到100%；每半年组织一次消防、粉尘防爆应急演练；全年不"
                 "发生一般及以上生产安全事故。", 8,
                 "责任区未落实的，每人扣0.2分，最高扣1分；排查每少1次扣0.3分，最高扣1.5分；整改率每低1个百分点扣0.2分，最高扣2分；演练每少1次扣1分；"
                 "发生一般及以上生产安全事故的，实行一票否决，本项不得分。"),
            _row("质量提升",
                 "开展“党员质量示范岗”创建，示范岗不少于3个；基酒优级品率达到百分之八十五以上；每季度开展一次质量分析会；全年无质量责任事故。", 7,
                 "示范岗每少1个扣0.5分；优级品率85%以上的得3分，80%（含）—85%的得2分，75%（含）—80%的得1分，75%以下的不得分；质量分析会每少1次扣0.5分；"
                 "发生质量责任事故的，每起扣2分。"),
            _row("攻关创新",
                 "组建党员技术攻关小组不少于1个，年内围绕窖泥培养、节粮降耗等立项攻关课题不少于2项；职工年内提出合理化建议不少于20条，采纳率达到百分之三十。",
                 7,
                 "未组建攻关小组的扣1分；攻关课题每少1项扣1分；合理化建议每少1条扣0.1分，最高扣1.5分；采纳率每低5个百分点扣0.5分，最高扣1.5分。"),
            _row("节粮降耗",
                 "开展“党员节粮降耗”劳动竞赛，原粮出酒率完成集团下达指标；竞赛结果每季度通报一次；水、电、蒸汽单耗同比下降。", 6,
                 "出酒率未完成指标的，每低0.1个百分点扣0.5分，最高扣2分；通报每少1次扣0.5分；单耗同比上升的，每项扣0.5分。"),
            _row("技艺传承",
                 "落实“师带徒”制度，党员技师每人带徒不少于2名，签订师徒协议；年内开展酿酒技能比武不少于1次；党员职业技能等级证书持证率达到100%。", 7,
                 "带徒每少1名扣0.3分，最高扣1.5分；未签订师徒协议的，每对扣0.2分，最高扣1分；未开展技能比武的扣1.5分；持证率每低10个百分点扣0.5分，"
                 "最高扣2分。"),
        )),
        Section("关心关爱", "关心关爱（10分）", 10, (
            _row("职工关爱",
                 "建立职工“五必访”制度，职工生病住院、家庭困难等情况必访；“七一”、春节走访慰问老党员、困难职工；高温季节开展“送清凉”活动。", 5,
                 "未建立“五必访”制度的扣1分；应访未访的，每人次扣0.3分，最高扣1.5分；慰问每少1人扣0.2分，最高扣1.5分；未开展“送清凉”活动的扣1分。"),
            _row("志愿共建",
                 "组建党员志愿服务队，年内开展“美酒河”生态护河、助农志愿服务不少于4次；与原粮基地村党支部签订共建协议，每半年开展一次联建活动。", 5,
                 "未组建服务队的扣1分；志愿服务每少1次扣0.5分；未签订共建协议的扣1分；联建活动每少1次扣0.5分。"),
        )),
        Section("基础保障", "基础保障（10分）", 10, (
            _row("阵地台账",
                 "车间党员活动室有标识、有制度、有书报；《党支部工作手册》按月记录，台账资料年底整理归档。", 4,
                 "标识、制度、书报每缺一项扣0.5分；工作手册未按月记录的，每月扣0.1分，最高扣1分；台账资料未归档的扣1分。"),
            _row("计划述职",
                 "年初制定支部工作计划，年底形成工作总结；支部书记年底向集团党委述职，接受党员、职工代表评议，述职评议“好”和“较好”票率不低于百分之八十五。",
                 6,
                 "缺计划或总结的，每项扣1分；未述职的扣2分；票率每低5个百分点扣0.5分，最高扣2分。"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核内容", "基础分", "扣分标准", "扣分", "得分"]
BONUS_HEAD = "加分项（最高加5分）"
BONUS = (
    ("1", "表彰奖励", "支部或党员获得集团级以上表彰，或支部被评为“五星级党支部”的。", 2, "每项加1分。"),
    ("2", "技能荣誉", "党员获得省级以上技能大赛奖项或“酿酒大师”“技能大师”称号的。", 2, "每人次加1分。"),
    ("3", "经验推广", "支部党建与生产融合经验在集团以上会议交流或被推广的。", 1, "每项加0.5分。"),
)
NOTE = ("说明：1.本表由集团党委于次年1月上旬组织考核，党委组织部牵头，生产管理部、质量管理部、安全环保部参加，以2025年1月1日至12月31日形成的资料"
        "为准；2.各项扣分以该项基础分为限，扣完为止；扣分标准列明得分档次的，按档次计分；3.优级品率、出酒率以生产管理部年度统计为准，生产安全事故、"
        "质量责任事故以安全环保部、质量管理部认定为准；4.考核得分（含加分）95分以上的为“五星级党支部”，90—94分的为“四星级”，80—89分的为“三星级”，"
        "80分以下的不评星，考核结果与车间绩效和支部书记年度考核挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "车间党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：酿酒一至五车间党支部、制曲车间党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, None, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_line(ws, BONUS_HEAD, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for number_text, label, text, most, rule in BONUS:
        ws.append([number_text, None, label, text, most, rule, None, None])
        for c in (3, 4, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (6, 12, 12, 50, 7, 50, 7, 7))
    wb.save(str(path))
