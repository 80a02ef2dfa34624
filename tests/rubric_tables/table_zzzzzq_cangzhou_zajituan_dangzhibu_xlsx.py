"""中共沧州市文化广电和旅游局党组2025年度市杂技团党支部党建工作考核评分表 (.xlsx), as the 党组 of the 文化广电和旅游局 of 沧州 in 河北 (its 机关党委
with the 艺术科, the 人事科 and the 派驻纪检监察组, a 考核组 sitting in the 杂技团's rehearsal hall by the 南运河 in the middle of December, when the
运河 is frozen at its edges, the 吴桥杂技大世界 runs its winter shows in the heated 江湖大戏台, the 沧州 金丝小枣 are sold by the sackful for the 春节 and
the 演员 are rehearsing the 新春 programme on the 高空 rigging above the 考核组's table) scores the 党支部 of the 市杂技团: a sheet whose 要求 prints what
the 支部 must have done and whose 评分 takes points off one clause at a time (scoring the 观众满意率 in bands): 政治建设 (the “第一议题”, a monthly 集中
学习 and 32学时; a half-yearly 意识形态 专题研究, the 艺术委员会 审核, the 涉外 审批 and a 一票否决; the 年初 责任书, the 经费 and 收入 and the 外事纪律),
组织建设 (the “三会一课” by 演出队 and 训练队, the 巡演 and the 记录; the 主题党日, ten 惠民演出 and the 照片; the 组织生活会, the 民主评议 and a
half-yearly 谈心谈话; two 积极分子, one 发展 every two years, the 公示 and a "本项不得分"; 党费 按月, a half-yearly 公布 and the 代收代缴 登记),
艺术创作与演出 (two 新节目, the 主创 and the 思想性; 200 场 of 演出, the 驻场, the 安全保护 落实率 and a 一票否决; the “传帮带”, the 带教协议 and a
quarterly 考核; six 进校园、进社区、进军营, the 简报 and the 满意率 in bands) and 作风与保障 (the 伤病档案, a quarterly 走访 and the 节日 慰问; a yearly
“德艺双馨” 教育 and the 违规; the “六有”, the 年初 计划, the 年底 总结 and the 台账; the 年底 述职 and the 满意率).

A merged title row and a merged "被考核党支部：沧州市杂技团党支部    党员人数：  名    考核日期：  年  月  日" line above the header 序号 | 指标 | 要求 |
分值 | 评分 | 得分. The categories are SECTION ROWS merged across the sheet, printed WITH an ordinal and WITH their points on ONE line, "一、政治建设
（20分）"; 序号 (FIRST column, numeric cells) runs 1..16 through the sheet, NOT restarting under the section rows; 指标 (SECOND column) is a short name
on every row (`Row.indicator`); 要求 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分 (`Row.scoring`); 得分 is blank; there is
no 佐证 or 考核方式 column. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 要求 ("每月
组织一次", "不少于32学时", "每半年专题研究一次", "年初", "支部委员会每月召开一次，支部党员大会每季度召开一次，…党小组会…每月召开一次，党课每季度一次",
"每月开展一次", "全年不少于十场", "每年召开一次", "每半年不少于一次", "年内…不少于2名", "不少于5个工作日", "每两年至少发展1名", "按月", "每半年公布一次",
"年内…不少于2个", "全年…不少于200场", "100%", "不少于1名", "每季度开展一次", "全年不少于6次", "不低于百分之九十", "每季度走访一次", "“七一”、春节", "每年
组织一次", "年初", "年底", "年底", "百分之八十五以上"); "最高扣" caps; bands of the 满意率 (4 of the 8 points, closed by "80%以下的不得分"); "每少10场"
once and "每低5个百分点" once; "酌情扣1—2分" twice, "酌情扣0.5—1分" once and "酌情扣1分" once; two "实行一票否决，本项不得分" and two other "本项
不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 指标, 要求, 分值, 评分."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzzq_cangzhou_zajituan_dangzhibu_xlsx",
    fmt="xlsx",
    title="中共沧州市文化广电和旅游局党组2025年度市杂技团党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月组织一次集中学习，深入学习习近平总书记关于文艺工作的重要论述；党员年度集中学习培训不少于32学时。", 6,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.5分，最高扣3分；学时不足的，每人扣0.2分，最高扣2分。"),
            _row("意识形态",
                 "落实意识形态工作责任制，支部每半年专题研究一次意识形态工作；新创、复排节目和演出内容经团艺术委员会审核把关，涉外演出节目报主管部门"
                 "审批。", 7,
                 "专题研究每少1次扣1分；节目未经艺术委员会审核上演的，每个扣1分；涉外演出节目未经审批的扣2分；演出内容出现政治性、导向性问题造成不良"
                 "影响的，实行一票否决，本项不得分。"),
            _row("党风廉政",
                 "年初签订党风廉政建设责任书；演出经费、门票收入、劳务报酬管理规范；出国（境）演出团组行前开展外事纪律和保密教育。", 7,
                 "未签订责任书的扣1分；经费、收入管理不规范被审计指出的，每个问题扣1分，最高扣3分；出访团组未开展行前教育的，每次扣1分；团员违反外事"
                 "纪律的，本项不得分。"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("三会一课",
                 "支部委员会每月召开一次，支部党员大会每季度召开一次，按演出队、训练队设立的党小组每月召开一次党小组会，党课每季度一次；外出巡演期间"
                 "采取线上方式照常组织。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣5分；巡演期间未组织的，每次扣0.5分，最高扣1分；会议记录不规范的，酌情扣1—2分。"),
            _row("主题党日",
                 "每月开展一次主题党日；结合“我们的节日”和文化进万家活动，组织党员演员开展“送欢乐、下基层”惠民演出，全年不少于十场，留存演出照片和视频"
                 "资料。", 7,
                 "主题党日每少1次扣0.3分，最高扣3分；惠民演出每少1场扣0.4分；无演出照片或视频资料的扣0.5分。"),
            _row("组织生活",
                 "每年召开一次组织生活会，开展民主评议党员；支部班子成员之间、班子成员与党员之间开展谈心谈话，每半年不少于一次。", 6,
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣2分；谈心谈话每少1人次扣0.2分，最高扣2分。"),
            _row("发展党员",
                 "注重在青年演员、编导和舞美技术骨干中发展党员，年内确定入党积极分子不少于2名；发展对象公示不少于5个工作日；每两年至少发展1名党员。", 5,
                 "入党积极分子每少1名扣1分；未公示或公示时间不足的扣1分；两年内未发展党员的扣2分；违反程序发展党员的，本项不得分。"),
            _row("党费管理",
                 "党员按月交纳党费，党费收缴情况每半年向党员公布一次；外出巡演党员的党费由党小组长代收代缴并登记。", 4,
                 "未按月交纳党费的，每人次扣0.1分，最高扣2分；公布每少1次扣0.5分；代收代缴无登记的扣1分。"),
        )),
        Section("艺术创作与演出", "三、艺术创作与演出（30分）", 30, (
            _row("创作导向",
                 "坚持以人民为中心的创作导向，年内创作或复排具有燕赵文化、大运河文化特色的杂技新节目不少于2个，党员演员担任主创或领衔。", 7,
                 "新节目每少1个扣2分；党员未担任主创或领衔的扣1分；节目思想性、艺术性不高的，酌情扣1—2分。"),
            _row("演出任务",
                 "全年完成商业演出和驻场演出不少于200场，吴桥杂技大世界驻场演出按排期完成；高空、高难节目保险绳、保护垫等安全保护措施落实率100%，全年"
                 "演出安全事故零发生。", 8,
                 "演出场次每少10场扣0.5分，最高扣3分；驻场演出无故停演的，每场扣0.5分；安全保护措施落实率未达100%的扣2分；发生演出安全责任事故的，"
                 "实行一票否决，本项不得分。"),
            _row("传帮带",
                 "实行党员“传帮带”，每名党员骨干演员结对带教青年学员不少于1名，签订带教协议；每季度开展一次带教成效考核。", 7,
                 "未签订带教协议的，每对扣0.5分，最高扣2分；带教成效考核每少1次扣0.5分；结对未覆盖全部党员骨干的扣1分；学员技艺提升不明显的，酌情扣"
                 "1分。"),
            _row("文化惠民",
                 "开展杂技进校园、进社区、进军营活动，全年不少于6次，每次形成活动简报；开展观众满意度调查，满意率不低于百分之九十。", 8,
                 "活动每少1次扣0.5分；无活动简报的，每次扣0.2分；满意率90%以上的得4分，80%（含）—90%的得2分，80%以下的不得分。"),
        )),
        Section("作风与保障", "四、作风与保障（20分）", 20, (
            _row("关心关爱",
                 "建立演员伤病档案，支部委员每季度走访一次伤病演员和退休老艺人；“七一”、春节走访慰问老党员和生活困难党员。", 5,
                 "无伤病档案的扣1分；走访每少1次扣0.5分，最高扣2分；未开展节日慰问的，每次扣1分。"),
            _row("德艺双馨",
                 "加强艺德教育，每年组织一次“德艺双馨”主题教育活动；演职人员无违规参加商业演出、发布不当言论等问题。", 5,
                 "未开展主题教育的扣2分；演职人员违规参加商业演出或发布不当言论被查处的，每人次扣1分。"),
            _row("阵地台账",
                 "党员活动室做到有场所、有标识、有党旗、有书报、有制度、有台账“六有”；年初制定支部工作计划，年底形成工作总结；党建台账一年一册。", 6,
                 "“六有”每缺一项扣0.5分；无年初计划的扣1分；无年底总结的扣1分；台账不规范的，酌情扣0.5—1分。"),
            _row("书记述职",
                 "支部书记年底向局党组述职，述职评议满意率达到百分之八十五以上。", 4,
                 "未述职的扣2分；满意率每低5个百分点扣0.5分，最高扣2分。"),
        )),
    ),
)

HEADER = ["序号", "指标", "要求", "分值", "评分", "得分"]
NOTE = ("说明：1.本表由局党组于12月中旬组织考核，机关党委牵头，艺术科、人事科参加，派驻纪检监察组派员监督，采取查阅资料、观摩排练、个别访谈、调取演出"
        "台账和票务数据相结合的方式进行，以2025年1月1日至考核之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分列明得分档次的，按档次计分；"
        "3.外出巡演、出国（境）演出期间的组织生活以线上记录和巡演党小组记录为准；4.考核结果分为“好”“较好”“一般”“差”四个等次，作为支部书记年度考核"
        "和团内评先评优的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "杂技团党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "被考核党支部：沧州市杂技团党支部        党员人数：    名        考核日期：      年    月    日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 70)
    xlsx_widths(ws, (6, 12, 56, 6, 56, 8))
    wb.save(str(path))
