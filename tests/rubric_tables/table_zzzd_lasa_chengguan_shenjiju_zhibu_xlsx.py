"""中共拉萨市城关区委直属机关工作委员会2025年度区审计局机关党支部标准化规范化建设考核评分表 (.xlsx), as a 西藏 拉萨 城关区 区直属
机关工委 (its 组织科 with the 宣传科 and the 区纪委监委派驻纪检监察组, a 考核组 going round the 区直 单位 in December) scores the 机关党支部
of the 区审计局, whose 审计组 go out to the 街道, the 乡 and the 区直 部门, whose 藏族 and 汉族 干部 sit side by side, and whose 党员 take turns
in the 强基惠民 驻村工作队 up in the 村 and the 居委会: 组织设置 (the 换届 three months ahead with its 请示、选举结果报告 and 批复, the 支委
with five days of 培训, the 党小组 by 科室 and a quarterly 汇报 of the 驻村 党员), 组织生活 (the “三会一课” in the 统一 记录本 with the 签到,
the monthly 主题党日 with two “结对认亲交朋友” and four “四讲四爱” 宣讲, the 组织生活会 with the 谈心谈话, the 整改清单 within thirty days and the
民主评议, the “第一议题” with two 集中学习 a month, 50学时 and a half-yearly 学习心得, a quarterly 反分裂斗争教育 and 民族团结进步教育 with a
half-yearly 思想动态分析 and a 一票否决 on 宗教), 党员管理 (党费 with a yearly 核定 and a quarterly 公布, one 积极分子 with the 公示, the
花名册 with a quarterly 核对 and no “口袋党员”, the 临时党小组 of the 审计项目组 with the 组建率, the 评价 and its 反馈, the yearly 谈心谈话
and a half-yearly 慰问), 阵地建设 (the 活动室 with 藏汉双语 资料, the 党建专栏 twice a month and the 宣传栏 each quarter, a half-yearly 书面
报告 of the 意识形态 with the 审核), 基础保障 (the 预算, the 年初 工作要点 and the 制度; two 汇报 to the 党组书记, the 年底 述职 and the 年终
总结) and 业务融合 (the 完成率 of the 审计项目计划 with the 整改率 in bands and the 廉政监督员; a deduction-only line on the “八不准”).

A merged title row, a merged "考核对象：城关区审计局机关党支部" line and a merged "考核组：…考核日期：…" line above the header 一级指标 | 序号 |
二级指标 | 考核内容 | 分值 | 评分细则 | 考核方式 | 得分. The categories are MERGED CELLS down the 一级指标 column (FIRST), printed WITHOUT an
ordinal on TWO lines, "组织设置\n（12分）". 序号 (SECOND column, numeric cells) runs 1..20 through the whole sheet, NOT restarting. 二级指标 is a
short sub-label (`Row.indicator`). 分值 comes BEFORE the 评分细则, a plain number. 考核方式 (`Row.method`) only says how the 考核组 checks
(查阅资料, 实地查看, 个别谈话, 网络核查, 数据核对, 区纪委监委派驻纪检监察组提供): no papers. 得分 is blank. A 合计 row of 100 and a merged 备注 row
close the sheet. Counts in figures and Chinese numerals ("每月召开1次", "每月集中学习不少于两次", "每半年撰写一篇", "每季度至少开展一次",
"每半年开展一次", "每年…核定一次", "每季度公布一次", "每季度核对一次", "每半年至少走访慰问一次", "每月更新不少于2次", "每季度更新一次",
"每半年…书面报告一次", "每年听取…不少于2次"); "不少于5天", "不少于50学时"; "不少于2次", "不少于4次"; "3个月", "30日内", "5个工作日",
"10个工作日内"; "最高扣" caps; "酌情扣0.5-1分", "酌情扣1-2分", "酌情扣1分" three times and "酌情扣0.5分"; one set of bands (an 整改率 for 4
of the 8 points, closed by "80%以下的不得分"); one "实行一票否决，本项不得分"; three plain "本项不得分"; one line is deduction-only.
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

TABLE = Table(
    name="zzzd_lasa_chengguan_shenjiju_zhibu_xlsx",
    fmt="xlsx",
    title="中共拉萨市城关区委直属机关工作委员会2025年度区审计局机关党支部标准化规范化建设考核评分表",
    numbering="printed",
    sections=(
        Section("组织设置", "组织设置\n（12分）", 12, (
            Row("支部委员会任期届满前3个月向区直属机关工委提出换届申请，按期换届；换届请示、选举结果报告和区直属机关工委批复齐全；支部书记"
                "由局党组成员中的党员担任。", 4,
                "未按期换届的扣2分；换届材料每缺一项扣0.5分；支部书记配备不符合要求的扣1分。", "查阅资料", indicator="换届选举"),
            Row("支部委员会设委员3至5名，明确组织委员、宣传委员、纪检委员分工；支部书记、委员每年参加区委组织部或区直属机关工委集中培训不少"
                "于5天。", 4,
                "委员配备不齐或分工不明确的扣1分；培训不足5天的，每人扣0.5分，最高扣2分；支委履职不到位的，酌情扣1分。", "查阅资料、个别谈话",
                indicator="支委配备"),
            Row("按审计业务科室设立党小组；选派参加强基惠民驻村工作的党员组织关系和日常管理明确，驻村党员每季度至少向支部汇报一次思想和工作"
                "情况。", 4,
                "党小组设置不规范的扣1分；驻村党员管理职责不明确的扣1分；驻村党员汇报每少1人次扣0.2分，最高扣2分。", "查阅资料",
                indicator="党小组和驻村党员"),
        )),
        Section("组织生活", "组织生活\n（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；使用区直属机关工委统一印制的“三会"
                "一课”记录本，参会人员签到。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；未使用统一记录本或记录不规范的，酌情扣0.5-1分；无签到的，每次扣0.2分。", "查阅资料",
                indicator="三会一课"),
            Row("每月开展一次主题党日；全年到驻村点或结对村（居）开展“结对认亲交朋友”活动不少于2次；开展“四讲四爱”群众教育实践宣讲不少于"
                "4次。", 6,
                "主题党日每少1次扣0.5分；结对认亲活动每少1次扣0.5分；宣讲每少1次扣0.5分。", "查阅资料、实地查看", indicator="主题党日"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，会后30日内向区直属机关工委报送整改清单；每年开展一次民主评议党员，对评定为“不合格”"
                "的党员按规定稳妥处置。", 6,
                "未召开组织生活会的扣3分；未开展谈心谈话的扣1分；整改清单未按时报送的扣0.5分；未开展民主评议党员的扣2分；不合格党员处置不"
                "规范的，酌情扣1分。", "查阅资料", indicator="组织生活会"),
            Row("落实“第一议题”制度，支部每月集中学习不少于两次；党员全年参加学习培训不少于50学时；党员每半年撰写一篇学习心得。", 5,
                "集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分；学习心得缺失的，每人次扣0.1分。", "查阅资料",
                indicator="理论学习"),
            Row("每季度至少开展一次反分裂斗争教育和民族团结进步教育；每半年开展一次党员思想动态分析；党员干部不信仰宗教、不参与宗教"
                "活动。", 5,
                "教育活动每少1次扣0.5分；思想动态分析每少1次扣1分；发现党员信仰宗教、参与宗教活动的，实行一票否决，本项不得分。",
                "查阅资料、个别谈话", indicator="政治教育"),
        )),
        Section("党员管理", "党员管理\n（20分）", 20, (
            Row("党员按月足额交纳党费，每年按工资调整情况核定一次交纳基数；党费收缴情况每季度公布一次。", 4,
                "未按月交纳的，每人次扣0.2分，最高扣2分；未核定基数的扣0.5分；公布每少1次扣0.5分。", "查阅资料", indicator="党费管理"),
            Row("年内培养入党积极分子不少于1名，注重在藏族干部、青年审计干部中发展党员；发展对象公示不少于5个工作日。", 4,
                "未培养入党积极分子的扣1分；未公示或公示时间不足的扣1分；发展程序不规范的，本项不得分。", "查阅资料", indicator="发展党员"),
            Row("党员花名册与全国党员管理信息系统数据每季度核对一次，信息准确；党员组织关系转接及时，无“口袋党员”。", 4,
                "无党员花名册的扣1分；核对每少1次扣0.5分；信息不准确的，每人扣0.2分；存在“口袋党员”的，每人扣1分。", "查阅资料、数据核对",
                indicator="党员信息"),
            Row("审计项目组中党员3名以上的建立临时党小组，组建率达到100%；审计项目结束后10个工作日内对党员表现作出评价，评价意见反馈所在"
                "党小组。", 4,
                "临时党小组组建率每低10个百分点扣1分；未开展党员表现评价的，每个项目扣0.5分；评价意见未反馈的扣0.5分。", "查阅资料",
                indicator="临时党小组"),
            Row("支部书记每年与每名党员谈心谈话不少于1次；对驻村、生病和生活困难党员每半年至少走访慰问一次。", 4,
                "谈心谈话每少1人扣0.2分，最高扣1分；走访慰问每少1次扣0.5分。", "查阅资料、个别谈话", indicator="关怀帮扶"),
        )),
        Section("阵地建设", "阵地建设\n（13分）", 13, (
            Row("建有党员活动室，悬挂党旗、入党誓词，配备党建书籍和藏汉双语学习资料；党建工作制度统一规范上墙。", 5,
                "无党员活动室的扣2分；未悬挂党旗、入党誓词的扣1分；无藏汉双语学习资料的扣0.5分；制度上墙不规范的，酌情扣0.5分。",
                "实地查看", indicator="党员活动室"),
            Row("在单位门户网站、政务新媒体开设党建专栏，每月更新不少于2次；党建宣传栏每季度更新一次。", 4,
                "专栏每少更新1次扣0.2分，最高扣2分；宣传栏未按季度更新的，每次扣0.5分。", "实地查看、网络核查", indicator="宣传阵地"),
            Row("落实意识形态工作责任制，每半年向区直属机关工委书面报告一次意识形态工作；审计结果公告、政务信息对外发布前严格审核。", 4,
                "书面报告每少1次扣1分；对外发布信息未经审核的，每次扣1分；网络舆情处置不当造成不良影响的，本项不得分。", "查阅资料",
                indicator="意识形态"),
        )),
        Section("基础保障", "基础保障\n（10分）", 10, (
            Row("党建工作经费列入部门年度预算；年初制定支部党建工作要点，健全“三会一课”、党费收缴、谈心谈话等支部工作制度。", 5,
                "经费未列入预算的扣2分；无党建工作要点的扣1分；制度不健全的，酌情扣1分。", "查阅资料", indicator="经费和制度"),
            Row("局党组书记履行第一责任人职责，每年听取支部工作汇报不少于2次；支部书记年底向区直属机关工委述职，年终形成支部工作总结。", 5,
                "听取汇报每少1次扣1分；未述职的扣2分；无年度工作总结的扣1分。", "查阅资料", indicator="责任落实"),
        )),
        Section("业务融合", "业务融合\n（15分）", 15, (
            Row("开展“党建+审计”融合工作，区委、区政府下达的年度审计项目计划完成率达到100%；审计发现问题整改率达到90%以上；每个审计项目组"
                "确定1名党员担任廉政监督员。", 8,
                "完成率每低5个百分点扣1分；整改率90%以上的得4分，80%（含）至90%的得2分，80%以下的不得分；未确定廉政监督员的，每个项目扣0.5"
                "分；融合特色不明显的，酌情扣1-2分。", "查阅资料、数据核对", indicator="党建+审计"),
            Row("审计人员违反审计“八不准”纪律，接受被审计单位宴请、礼品礼金或参加其安排的娱乐活动（本项为扣分项）。", 7,
                "经查实的，每人次扣2分；被区级以上通报的，每次扣3分；党员受到党纪处分的，本项不得分。", "区纪委监委派驻纪检监察组提供",
                indicator="廉洁纪律"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核内容", "分值", "评分细则", "考核方式", "得分"]
NOTE = ("备注：1.本表由区直属机关工委于12月组织考核，采取查阅资料、实地查看、个别谈话、网络核查相结合的方式；2.各项扣分以该项分值为限，"
        "扣完为止；3.考核得分90分以上的认定为“标准化规范化建设达标党支部”，并择优推荐“先进基层党组织”；4.考核结果纳入局领导班子和支部"
        "书记年度考核。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "机关党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：城关区审计局机关党支部", ncols)
    xlsx_line(ws, "考核组：                        考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring, row.method,
                       None])
            for c in (4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5, 7):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (11, 6, 12, 46, 6, 46, 14, 7))
    wb.save(str(path))
