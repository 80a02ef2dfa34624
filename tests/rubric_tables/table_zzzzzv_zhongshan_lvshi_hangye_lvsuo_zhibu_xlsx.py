"""中共中山市律师行业委员会2025年度律师事务所党组织党建工作评价细则 (.xlsx), as the 律师行业党委 of 中山 in 广东 (its 专职副书记 and the 党建办 of the
市律师协会, with the 市司法局 律师管理科 and a 评价组 of three 党员 律师 from other 所, going from 所 to 所 in the office towers of 东区 and 石岐 in the
middle of December, when the 岐江 is full of the 龙舟 crews in training for the spring, the 杏仁饼 shops of 孙文西路 are queued for the 春节 gift boxes, and
every 所 has its 党建 file cabinet unlocked beside the 合伙人 meeting room) scores each 律师事务所 党支部 (独立 or 联合): a sheet whose 评价内容 prints what the
支部 must have done or reached, whose 评价标准 takes points off one clause at a time (scoring the 满意率 in bands) and whose 佐证资料 names the papers the
评价组 asks to see: 政治引领 (the “第一议题”, a monthly 集中学习 and 32学时; the 章程, the 决策 and the 征求意见; a half-yearly 研判, the 审核 and a "本项不
得分"; the 年初 承诺书, the 公示 of the 身份 and the 年底 践诺评议), 组织建设 (the 组建, the 换届 and the 书记; the “三会一课” and no 业务会 in its place; the
monthly 主题党日 and its 参加率; the 组织生活会, the 谈心谈话, the 征求意见 and the 民主评议; 党费 按月, a half-yearly 排查 and no “口袋党员”), 队伍建设 (one
积极分子 and a "本项不得分"; the “一带一” 覆盖率 and 40学时; two 公益 cases and a monthly 值班 in the 村（社区）; a deduction-only line on the 执业纪律),
党建与业务融合 (the 党建品牌, one 案例 and a 交流; two 共建协议 and a half-yearly 共建活动; four 调解 or 接待 and 100小时; the 年底 满意率 in bands) and
基础保障 (the 场所, the 宣传栏, the 预算 and the 返还党费; the 年初 计划, the 年底 总结 and 述职, the 台账 and the 报表).

A merged title row and a merged "评价对象：…" line above the header 序号 | 评价内容 | 评价标准 | 分值 | 佐证资料. Each category is a SECTION ROW merged across
the sheet, printed WITH a bracketed ordinal and its points on one line, "（一）政治引领（20分）"; 序号 (FIRST column) runs 1..19 through the sheet, NOT
restarting under the section rows; there is no short sub-label. 评价内容 (`Row.text`) says what is required; the 评价标准 (`Row.scoring`) comes BEFORE
the 分值, a plain number; 佐证资料 (`Row.method`) last, naming the papers, joined by "、" (a 核实 once, a 实地查看 once). A 合计 row of 100 closes the
scored rows; UNDER it a "加分项（最高加5分）" section row merged across the sheet and two rows with NO 序号, each with its 分值 of its most (not in
`sections`: README, a bonus category, left out of the labels). A merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all
in the 评价内容 ("每月…不少于1次", "每年…不少于32学时", "每半年开展一次", "年初", "年底", "3名以上", "支部委员会每月召开1次，党员大会每季度召开1次，党课每
季度讲授1次…党小组会每月召开1次", "每月开展一次", "百分之八十以上", "每年召开一次", "按月", "每半年开展一次", "年内…不少于1名", "100%", "每年…不少于40
学时", "每人每年…不少于2件", "每月…不少于1次", "年内…不少于1篇", "不少于2个", "每半年…不少于1次", "全年累计不少于4次", "不少于100小时", "年底…百分之
九十以上", "年初", "年底"); one threshold only in the 评价标准 ("参加率低于80%的"); "最高扣" caps; bands of the 满意率 (all 5 points, closed by "85%以下的
不得分"); "每低10个百分点" once; "每少10小时" once; "酌情扣1-2分" once and "酌情扣0.5-1分" once; three plain "本项不得分"; one line is deduction-only
("（本项为扣分项）").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(text: str, scoring: str, points: float, papers: str) -> Row:
    """One row in the order the sheet prints it: 评价内容, 评价标准, 分值, 佐证资料."""
    return Row(text, points, scoring, papers)


TABLE = Table(
    name="zzzzzv_zhongshan_lvshi_hangye_lvsuo_zhibu_xlsx",
    fmt="xlsx",
    title="中共中山市律师行业委员会2025年度律师事务所党组织党建工作评价细则",
    numbering="printed",
    sections=(
        Section("政治引领", "（一）政治引领（20分）", 20, (
            _row("律所党支部落实“第一议题”制度，每月组织党员律师集中学习不少于1次；党员律师每年参加集中学习培训不少于32学时。",
                 "集中学习每少1次扣0.5分；学时不足的，每人扣0.1分，最高扣2分。", 6,
                 "学习记录、签到表、学时登记表"),
            _row("律所章程载明党建工作内容，党组织参与律所重大事项决策，重大事项决策前征求党支部意见。",
                 "章程未载明党建工作内容的扣2分；党组织未参与重大事项决策的，酌情扣1-2分；重大事项决策前未征求党支部意见的，每项扣1分。", 6,
                 "律所章程、征求意见记录"),
            _row("落实意识形态工作责任制，每半年开展一次意识形态风险研判；律所网站、公众号发布信息经党支部审核，党员律师网络发声严格把关。",
                 "研判每少1次扣1分；发布信息未经审核的，每次扣0.5分；党员律师发表不当言论造成不良影响的，本项不得分。", 4,
                 "研判记录、信息审核登记表"),
            _row("党员律师年初签订公开承诺书，在律所网站、办公场所公示党员身份；年底开展践诺评议。",
                 "未签订承诺书的，每人扣0.2分，最高扣1分；未公示党员身份的扣1分；未开展践诺评议的扣1分。", 4,
                 "承诺书、公示照片、践诺评议表"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            _row("有3名以上正式党员的律所单独建立党支部，不足3名的组建联合党支部；支部委员会按期换届，支部书记由党员合伙人或律所主任担任。",
                 "符合条件未单独建立党支部的扣2分；未按期换届的扣2分；书记配备不符合要求的扣1分。", 5,
                 "成立批复、换届批复、支部委员名单"),
            _row("严格落实“三会一课”，支部委员会每月召开1次，党员大会每季度召开1次，党课每季度讲授1次；设立党小组的，党小组会每月召开1次。",
                 "“三会一课”每少1次扣0.5分，最高扣5分；以律所业务会代替支部会议的，每次扣0.5分，最高扣2分；会议记录不规范的扣1分。", 8,
                 "会议记录本、签到表"),
            _row("每月开展一次主题党日，结合法治宣传、公益法律服务开展活动；党员律师参加率达到百分之八十以上。",
                 "主题党日每少1次扣0.5分，最高扣3分；参加率低于80%的，每次扣0.2分，最高扣1分；活动无照片的，每次扣0.1分。", 5,
                 "活动方案、签到表、活动照片"),
            _row("每年召开一次组织生活会，开展批评和自我批评；会前开展谈心谈话，征求律所员工和当事人意见；开展民主评议党员。",
                 "未召开组织生活会的扣3分；未开展谈心谈话的扣1分；未征求意见的扣0.5分；未开展民主评议党员的扣1.5分。", 6,
                 "会议记录、谈心谈话记录、征求意见表、民主评议表"),
            _row("党员按月交纳党费，建立党费收缴台账；每半年开展一次党员律师身份排查，督促“口袋党员”及时转接组织关系。",
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；排查每少1次扣1分；发现“口袋党员”未转接组织关系的，每人扣1分。", 6,
                 "党费收缴台账、排查台账"),
        )),
        Section("队伍建设", "（三）队伍建设（20分）", 20, (
            _row("注重在青年律师、律师助理中发展党员，年内确定入党积极分子不少于1名；严格执行发展党员程序，材料齐全。",
                 "未确定入党积极分子的扣2分；发展程序不规范的，每名扣1分；发生违规发展党员问题的，本项不得分。", 6,
                 "发展党员档案"),
            _row("建立党员律师与青年律师“一带一”结对培养机制，结对覆盖率100%；党员律师每年参加执业培训不少于40学时。",
                 "结对覆盖率每低10个百分点扣0.5分；培训学时不足的，每人扣0.2分，最高扣2分。", 5,
                 "结对名单、培训学时证明"),
            _row("党员律师每人每年承办法律援助案件或公益法律服务不少于2件；开展“律师进村居”法律顾问服务，每月到村（社区）值班不少于1次。",
                 "公益服务每少1件扣0.3分，最高扣2分；村居值班每少1次扣0.2分，最高扣1.5分；服务群众被有效投诉的，每件扣0.5分。", 5,
                 "法律援助案件登记表、值班记录"),
            _row("党员律师严格遵守执业纪律，全年无违法违规执业受行政处罚、行业处分的情况（本项为扣分项）。",
                 "党员律师受到行业通报批评的，每人扣1分；受到行政处罚或行业处分的，每人扣2分；受到党纪处分的，本项不得分。", 4,
                 "市司法局、市律师协会核实"),
        )),
        Section("党建与业务融合", "（四）党建与业务融合（20分）", 20, (
            _row("打造律所党建品牌，年内形成党建特色工作案例不少于1篇；党建经验做法在市级以上会议交流或媒体宣传报道。",
                 "无党建品牌的扣2分；特色案例每少1篇扣1分；未在市级以上交流或报道的扣1分。", 5,
                 "品牌创建方案、案例材料、宣传报道截图"),
            _row("律所党支部与社区、企业、机关党组织结对共建不少于2个，签订共建协议，每半年开展共建活动不少于1次。",
                 "共建单位每少1个扣1分；共建活动每少1次扣1分。", 5,
                 "共建协议、活动照片"),
            _row("党员律师参与矛盾纠纷调解、信访接待、涉企“法治体检”等工作，全年累计不少于4次；律所年度公益法律服务时长不少于100小时。",
                 "参与次数每少1次扣0.5分；公益服务时长不足的，每少10小时扣0.3分，最高扣2分。", 5,
                 "工作记录、公益服务时长统计表"),
            _row("年底由行业党委组织律所员工、当事人代表对律所党支部开展满意度测评，满意率达到百分之九十以上。",
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", 5,
                 "满意度测评汇总表"),
        )),
        Section("基础保障", "（五）基础保障（10分）", 10, (
            _row("律所提供党员活动场所，设置党建宣传栏；党建工作经费纳入律所年度预算，按规定使用返还党费。",
                 "无固定活动场所的扣2分；无宣传栏的扣0.5分；党建经费未纳入预算的扣1分；返还党费使用不规范的扣1分。", 5,
                 "实地查看、年度预算表"),
            _row("年初制定党支部工作计划，年底形成工作总结并向行业党委述职；党建台账分类规范，按时报送党建信息和统计报表。",
                 "无计划、总结的，每项扣1分；未述职的扣1.5分；台账不规范的，酌情扣0.5-1分；报表迟报、漏报的，每次扣0.2分。", 5,
                 "工作计划、工作总结、述职报告"),
        )),
    ),
)

HEADER = ["序号", "评价内容", "评价标准", "分值", "佐证资料"]
BONUS_NAME = "加分项（最高加5分）"
BONUS = (
    ("律所或党员律师获市级以上党建工作表彰的", "每项加1分", 3, "表彰文件"),
    ("党建工作经验被省级以上律师行业党组织推广的", "每次加1分", 2, "推广文件"),
)
NOTE = ("说明：1.本细则由市律师行业党委于12月中旬组织评价，市律师协会党建办具体实施，评价范围为2025年1月1日至评价之日；2.各项扣分以该项分值为限，"
        "扣完为止；评价标准列明得分档次的，按档次计分；3.联合党支部按所属各律所情况综合评价；4.评价结果分为“优秀”“良好”“一般”“较差”四个等次，"
        "作为律所年度考核、评先评优和律师行业“两优一先”推荐的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "律所党建评价"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15), center)
    xlsx_line(ws, "评价对象：全市律师事务所独立党支部、联合党支部", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.scoring, row.points, row.method])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_line(ws, BONUS_NAME, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for text, scoring, most, papers in BONUS:
        ws.append([None, text, scoring, most, papers])
        for c in (2, 3, 5):
            ws.cell(ws.max_row, c).alignment = wrap
        ws.cell(ws.max_row, 4).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (6, 56, 56, 6, 24))
    wb.save(str(path))
