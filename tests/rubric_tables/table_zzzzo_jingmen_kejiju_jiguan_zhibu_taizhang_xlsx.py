"""荆门市科学技术局机关党支部2025年度党建工作台账检查评分表 (.xlsx), as the 局机关党委 of 湖北 荆门 市科学技术局 (its 机关党委办公室 with the 人事科
and the 派驻纪检监察组, a 检查组 opening the 台账 boxes of each 支部 in the 局 meeting room in the middle of December, between the 高新技术企业 认定 and
the 科技特派员 年度 总结) checks the papers of the 机关 党支部 of a city 科技局: the 科室 that run the 科技计划项目 评审 and the 资金 拨付, the 高新区
and the 农业科技园 the 党员 visit, the 科技特派员 sent to the 村 and the 企业, the 结对 村 in the 京山 hills: a checklist printed as 台账类别 | 序号 | 台账
名称 | 内容要求 | 分值 | 扣分标准 | 检查情况, each 台账 named by its 《》 title (a few with a note in brackets), its 内容要求 saying what it must hold and
how often, often opening on how often without naming the meeting again ("每月召开1次，…", "每季度召开1次；…", "每年召开一次，…", "每年开展一次，…"),
and its 扣分标准 taking off for the 台账 missing, a time short or a rule broken: 基础台账 (the 换届, the 分工 公示 and the 书记 as 处室 负责人; the
花名册 with a half-yearly 更新 and the 系统; the 计划 by the end of January with its 备案 and the 年底 总结; the 年底 述职, the 满意率 and the 整改台账;
the 制度汇编 and a yearly 修订), 组织生活台账 (the 支委会 monthly and its 要素; the 党员大会 quarterly and the 表决结果; the 党小组 by 处室 and
monthly; the 党课 quarterly, the 书记's and the 局领导's, 讲稿 and 签到表; the 主题党日 around the 10th with 方案、签到、照片 and two 现场教学; the
组织生活会 with the 征求意见, the 谈心谈话, the 对照检查材料 and the 整改清单; the 民主评议 with its 测评表 and 备案; the 谈心谈话 全覆盖), 党员管理台账
(党费 按月, the 核定 by the end of March and a half-yearly 公示; the 积分 with a quarterly 公示 and the 年底 评定; a monthly 集中学习, the 参学率 and 32
学时; one 积极分子, a quarterly 考察, the 公示, the 一人一档 and a 一票否决; the 报到率, four 志愿服务 and 12小时), 业务融合台账 (the 年初 融合项目, a
quarterly 推进, the 年底 成效报告 and the 党建品牌; the 共建协议, a half-yearly 共建活动 and two 实事; the 廉政风险点, a quarterly 警示教育 and no 处分).

A merged title row, a merged "检查对象：局机关第一、第二、第三党支部" line and a merged "支部名称：    检查人：    检查日期：" line above the header
台账类别 | 序号 | 台账名称 | 内容要求 | 分值 | 扣分标准 | 检查情况. The 台账类别 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and
WITH their points on a SECOND line, "基础台账\\n（20分）". 序号 (SECOND column) RESTARTS at 1 under every 台账类别 (ids "1.1" … "4.3"). 台账名称 is the
《》 title of the 台账, with its bracketed note where printed (`Row.indicator`); 内容要求 (`Row.text`) says what it must hold; 分值 is a plain number
BEFORE the 扣分标准 (`Row.scoring`); 检查情况 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals,
nearly all in the 内容要求 ("按期", "每半年核对更新一次", "1月底前", "年底", "年底", "不低于百分之九十", "每年修订一次", "每月召开1次", "每季度召开1次",
"每月召开1次", "每季度1次", "每年讲党课不少于1次", "不少于1次", "每月…10日前后", "年内…不少于2次", "每年召开一次", "每年开展一次", "每年…至少1次",
"全覆盖", "按月", "每年3月底前", "每半年公示一次", "按季度", "年底", "每月开展一次", "不低于百分之九十", "每人每年…不少于32学时", "年内…不少于1名",
"每季度开展一次", "不少于5个工作日", "100%", "每人每年…不少于4次", "不少于12小时", "年初", "不少于1个", "每季度推进一次", "年底", "每半年开展一次",
"年内…不少于2件", "每季度开展一次"); "最高扣" caps; no bands; no "酌情"; one "实行一票否决，本项不得分"; no other "本项不得分".
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


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 台账名称, 内容要求, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzo_jingmen_kejiju_jiguan_zhibu_taizhang_xlsx",
    fmt="xlsx",
    title="荆门市科学技术局机关党支部2025年度党建工作台账检查评分表",
    numbering="restart",
    sections=(
        Section("基础台账", "基础台账\n（20分）", 20, (
            _row("《支部委员会成员及分工》",
                 "支部委员会按期换届，委员分工明确并在党员活动室公示；支部书记由处室（科室）主要负责人担任。", 4,
                 "未按期换届的扣2分；委员分工未公示的扣0.5分；支部书记非处室主要负责人担任的扣1分。"),
            _row("《党员花名册》",
                 "记录党员基本信息和组织关系转接情况，每半年核对更新一次，与全国党员管理信息系统数据一致。", 4,
                 "无花名册的扣2分；更新每少1次扣0.5分；信息与系统不一致的，每人扣0.2分，最高扣1分。"),
            _row("《支部年度工作计划和总结》",
                 "1月底前制定全年党建工作计划，报局机关党委备案；年底形成年度工作总结。", 4,
                 "缺计划或总结的，每项扣2分；计划未备案的扣0.5分。"),
            _row("《支部书记抓党建述职评议材料》",
                 "支部书记年底向局机关党委述职，党员评议满意率不低于百分之九十；述职反映的问题建立整改台账。", 4,
                 "未述职的扣2分；满意率低于90%的扣1分；无整改台账的扣1分。"),
            _row("《支部工作制度汇编》",
                 "收录“三会一课”、主题党日、谈心谈话、党费收缴使用、发展党员等制度，每年修订一次。", 4,
                 "无制度汇编的扣2分；每缺一项制度扣0.3分，最高扣1.5分；未修订的扣0.5分。"),
        )),
        Section("组织生活台账", "组织生活台账\n（40分）", 40, (
            _row("《支部委员会会议记录》",
                 "每月召开1次，研究支部重要工作，记录时间、地点、出席人员、议题、讨论情况和决定事项。", 5,
                 "每少1次扣0.5分，最高扣4分；记录要素不全的，每次扣0.1分，最高扣1分。"),
            _row("《党员大会会议记录》",
                 "每季度召开1次；讨论接收预备党员、预备党员转正等事项的，记录表决结果。", 5,
                 "每少1次扣1分；应表决事项无表决结果的，每次扣0.5分。"),
            _row("《党小组会记录》",
                 "按处室（科室）设立党小组，每月召开1次，组织党员学习、交流思想。", 4,
                 "党小组设置不合理的扣0.5分；每少1次扣0.1分，最高扣2分。"),
            _row("《党课记录》（附讲稿、签到表）",
                 "每季度1次；支部书记每年讲党课不少于1次；局领导班子成员到所在支部讲党课不少于1次。", 5,
                 "党课每少1次扣0.5分；书记未讲党课的扣1分；局领导班子成员未讲党课的扣1分；无讲稿或签到表的，每次扣0.2分。"),
            _row("《主题党日活动记录》",
                 "每月固定在10日前后开展，活动有方案、有签到、有照片；年内到红色教育基地或科技创新企业开展现场教学不少于2次。", 6,
                 "每少1次扣0.3分，最高扣3分；缺方案、签到或照片的，每次扣0.1分，最高扣1分；现场教学每少1次扣0.5分。"),
            _row("《组织生活会材料》",
                 "每年召开一次，会前征求意见、开展谈心谈话，支部班子和党员个人撰写对照检查材料；会后制定整改清单。", 6,
                 "未召开的扣3分；征求意见、谈心谈话每缺一项扣0.5分；对照检查材料每缺1份扣0.2分，最高扣1分；无整改清单的扣0.5分。"),
            _row("《民主评议党员材料》",
                 "每年开展一次，有测评表、评议结果，评议结果报局机关党委备案。", 4,
                 "未开展的扣2分；测评表、评议结果不全的扣1分；评议结果未备案的扣0.5分。"),
            _row("《谈心谈话记录》",
                 "支部书记与委员、委员与党员、党员与党员之间每年谈心谈话至少1次，实现全覆盖。", 5,
                 "无谈心谈话记录的扣1分；未全覆盖的，每少1人扣0.2分，最高扣2分。"),
        )),
        Section("党员管理台账", "党员管理台账\n（25分）", 25, (
            _row("《党费收缴台账》",
                 "按月收缴党费，每年3月底前核定一次交纳基数；每半年公示一次收缴情况。", 5,
                 "未按月收缴的，每人次扣0.1分，最高扣2分；未核定基数的扣1分；公示每少1次扣0.5分。"),
            _row("《党员积分管理台账》",
                 "按季度登记积分并在支部公示栏公示；年底依据积分评定“先锋党员”。", 5,
                 "无积分台账的扣2分；公示每少1次扣0.5分；年底未评定的扣1分。"),
            _row("《党员学习教育台账》",
                 "每月开展一次集中学习，参学率不低于百分之九十；党员每人每年参加学习培训不少于32学时。", 6,
                 "集中学习每少1次扣0.3分，最高扣2分；参学率每低5个百分点扣0.5分，最高扣1分；学时不足的，每人扣0.2分，最高扣2分。"),
            _row("《发展党员工作档案》（一人一档）",
                 "年内确定入党积极分子不少于1名，每季度开展一次培养考察；发展对象公示不少于5个工作日；档案材料按“一人一档”归档。", 5,
                 "未确定入党积极分子的扣1分；考察每少1次扣0.3分；发展对象未公示的扣1分；档案材料每缺一项扣0.2分，最高扣1分；违反程序发展党员的，实行"
                 "一票否决，本项不得分。"),
            _row("《在职党员到社区报到服务台账》",
                 "党员到社区报到率达到100%；报到党员每人每年参加社区志愿服务不少于4次、服务时长不少于12小时。", 4,
                 "未报到的，每人扣0.5分；志愿服务不足4次的，每人扣0.1分，最高扣1分；服务时长不足的，每人扣0.1分，最高扣1分。"),
        )),
        Section("业务融合台账", "业务融合台账\n（15分）", 15, (
            _row("《党建与业务融合项目台账》",
                 "年初确定“科技特派员进企业”等党建业务融合项目不少于1个，每季度推进一次，年底形成项目成效报告；打造支部党建品牌。", 5,
                 "未确定融合项目的扣2分；推进每少1次扣0.5分；无成效报告的扣1分；未打造党建品牌的扣1分。"),
            _row("《结对共建台账》",
                 "与结对村、科技型企业党组织签订共建协议，每半年开展一次共建活动；年内为结对单位办实事不少于2件。", 5,
                 "未签订共建协议的扣1分；共建活动每少1次扣1分；办实事每少1件扣0.5分。"),
            _row("《廉政风险防控台账》",
                 "围绕科技计划项目评审、科研资金拨付等环节排查廉政风险点，制定防控措施；每季度开展一次警示教育。", 5,
                 "未排查廉政风险点的扣1分；警示教育每少1次扣0.5分；党员受到党纪政务处分的，每人扣2分。"),
        )),
    ),
)

HEADER = ["台账类别", "序号", "台账名称", "内容要求", "分值", "扣分标准", "检查情况"]
NOTE = ("说明：1.台账以2025年1月1日至检查之日形成的原始资料为准，补做、代签的不予认定；2.“无××”指台账名称所列台账或内容要求所列资料缺失的；3.各项"
        "扣分以该项分值为限，扣完为止；4.检查得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，检查结果纳入支部"
        "年度考核和“五星支部”评定。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "检查对象：局机关第一、第二、第三党支部", ncols)
    xlsx_line(ws, "支部名称：              检查人：              检查日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([s.printed if i == 1 else None, i, row.indicator, row.text, row.points, row.scoring, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (12, 6, 22, 50, 6, 50, 12))
    wb.save(str(path))
