"""中共南宁市政务服务监督管理局机关委员会2025年度12345热线管理中心党支部党建工作考核评分表 (.xlsx), as a 广西 南宁 市局 机关党委 (its
组织人事科 with the 热线业务科 and the 机关纪委, a 考核组 checking in January) scores the 党支部 of the city's 12345 政务服务便民热线, whose
党员 sit among young 话务员 (many of them 劳务派遣) working 三班倒 round the clock: 政治建设 (a monthly 集中学习 with the “第一议题” in
批次 for the shifts, a half-yearly 舆情 研判 with the 上报 of 敏感诉求 and a 一票否决, the 年初 责任书 and 计划, the 年底 述职 and a quarterly
支委会 专题研究), 组织建设 (“三会一课” with the 党小组 by 班组 and the 补学 within a week, the monthly 主题党日 with two 志愿服务 on the
学雷锋纪念日 and the “壮族三月三” and the 参加率, the 组织生活会 with 民主评议 and a yearly 谈心谈话 with each, two 积极分子 with a
quarterly 谈话 by the 培养联系人), 党员队伍 (党费 with its half-yearly 公示 and the 转接 of the 派遣 党员, five “党员示范席” with a
quarterly 评选 and its 公布, 32学时 with six 业务培训 and the 考核合格率), 业务融合 (the 接通率 in bands with the 顶岗, the 派转准确率 and
按时办结率 with a monthly 督办, the 回访率 and the 满意率 with a monthly 分析报告, the 知识库 with a quarterly 核校, a monthly 专报 with two
批示, the “邕心连线” 品牌 with three 共建协议 and a half-yearly 联学联建) and 作风纪律 (a quarterly 廉政教育 or 警示教育 with the 投诉 and the
通报, a deduction-only line on the 个人信息).

A merged title row and a merged "考核对象：南宁市12345政务服务便民热线管理中心党支部" line above the header 序号 | 一级指标 | 二级指标 | 考核
内容 | 分值 | 考核方式 | 评分细则 | 得分. 序号 (FIRST column, numeric cells) runs 1..18 through the sheet. The categories are MERGED CELLS
down the 一级指标 column (SECOND), printed WITH an ordinal on ONE line, "一、政治建设（15分）". 二级指标 is a short sub-label
(`Row.indicator`). 分值 comes right after the 考核内容 and BEFORE the 考核方式 and the 评分细则; 考核方式 (`Row.method`) only says how the
考核组 checks (查阅资料, 系统抽查, 个别谈话, 实地查看, 机关纪委核实). 得分 is blank. A 合计 row and a merged 备注 row close the sheet. Counts
in figures and Chinese numerals ("每半年研判一次", "每季度至少召开一次", "全年至少两次"); "百分之九十"; "不少于32学时"; "最高扣" caps;
"酌情扣0.5-1分", "酌情扣1-3分"; an 接通率 in bands ("80%以下的不得分" closing them); one "实行一票否决，本项不得分" and two plain "本项不得
分"; one line is deduction-only.
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
    name="zzx_nanning_12345_rexian_zhibu_xlsx",
    fmt="xlsx",
    title="中共南宁市政务服务监督管理局机关委员会2025年度12345热线管理中心党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支部每月至少开展一次集中学习；针对话务员三班倒实际，采取“线上+线下”、分批次学习，确保学习全覆盖。", 5,
                "集中学习每缺1次扣0.5分；未落实“第一议题”制度的扣1分；学习未全覆盖的，酌情扣0.5-1分。", "查阅资料",
                indicator="理论学习"),
            Row("每半年研判一次热线舆情和意识形态风险；对涉及群体性、敏感性的诉求建立快速上报机制，发现重大舆情线索2小时内报告。", 5,
                "研判每缺1次扣1分；敏感诉求未按规定上报的，每件扣1分；因处置不当引发重大负面舆情的，实行一票否决，本项不得分。",
                "查阅资料、系统抽查", indicator="意识形态"),
            Row("支部书记年初签订党建工作责任书，制定年度工作计划，年底向局机关党委述职；每季度至少召开一次支委会专题研究党建与热线业务"
                "工作。", 5,
                "未签订责任书的扣1分；无年度计划的扣1分；未述职的扣1.5分；专题研究每缺1次扣0.5分。", "查阅资料", indicator="责任落实"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组按话务班组设置、每月召开1次，党课每季度1次；轮班党员缺席的，一周内"
                "补学。", 8,
                "每缺1次扣0.5分，最高扣4分；缺席党员未补学的，每人次扣0.2分，最高扣1分。", "查阅资料", indicator="三会一课"),
            Row("每月开展一次主题党日；全年至少两次结合“学雷锋纪念日”“壮族三月三”等节点开展志愿服务；党员参加率不低于百分之九十。", 6,
                "主题党日每缺1次扣0.5分；志愿服务每少1次扣1分；参加率低于90%的，每次扣0.2分。", "查阅资料", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；支委成员与党员、党员与党员之间开展谈心谈话，每人每年不少于1次。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣2分；谈心谈话未开展的扣1分。", "查阅资料、个别谈话",
                indicator="组织生活会"),
            Row("注重在一线话务骨干、青年话务员中发展党员，年内确定入党积极分子不少于2名；培养联系人每季度至少与入党积极分子谈话一次。", 6,
                "入党积极分子每少1名扣1分；培养联系人谈话每缺1次扣0.2分；发展党员违反程序的，本项不得分。", "查阅资料",
                indicator="发展党员"),
        )),
        Section("党员队伍", "三、党员队伍（15分）", 15, (
            Row("党员按月交纳党费，每半年公示一次党费收缴情况；党员组织关系转接及时，劳务派遣党员组织关系应转尽转。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣2分；未公示的，每次扣0.5分；组织关系转接不及时的，每人扣0.5分。", "查阅资料",
                indicator="党员管理"),
            Row("设立“党员示范席”不少于5个，党员话务员亮身份、挂标识上岗；每季度评选一次“党员服务之星”，评选结果在中心公告栏公布。", 5,
                "党员示范席每少1个扣0.5分；未亮身份上岗的，每人次扣0.1分；评选每缺1次扣0.5分；评选结果未公布的扣0.5分。",
                "查阅资料、实地查看", indicator="示范引领"),
            Row("党员每年参加集中学习培训不少于32学时；每年组织政策法规、业务知识培训不少于6次，话务员考核合格率达到100%。", 5,
                "学时不足的，每人扣0.1分，最高扣1分；业务培训每少1次扣0.5分；考核合格率每低1个百分点扣0.2分。", "查阅资料",
                indicator="教育培训"),
        )),
        Section("业务融合", "四、业务融合（35分）", 35, (
            Row("热线实行7×24小时人工服务，人工接通率达到90%以上；党员带头在话务高峰、极端天气等时段加班顶岗。", 7,
                "人工接通率90%（含）以上的得4分，85%（含）—90%的得3分，80%（含）—85%的得2分，80%以下的不得分；党员未带头顶岗的，"
                "酌情扣1-3分。", "系统抽查、个别谈话", indicator="接通服务"),
            Row("工单派转准确率达到98%以上，承办单位按时办结率达到95%以上；对承办单位超时工单每月督办一次。", 7,
                "派转准确率每低1个百分点扣0.5分；按时办结率每低1个百分点扣0.5分；督办每缺1次扣0.5分。", "系统抽查",
                indicator="工单办理"),
            Row("对办结工单开展回访，回访率不低于30%，群众满意率达到百分之九十以上；每月形成一次满意度分析报告。", 7,
                "回访率每低5个百分点扣0.5分；满意率每低1个百分点扣0.3分，最高扣3分；分析报告每缺1次扣0.2分。", "系统抽查、查阅资料",
                indicator="回访评价"),
            Row("党员牵头维护热线知识库，政策文件发布后3个工作日内更新入库；每季度开展一次知识库全面核校。", 6,
                "知识库更新不及时的，每条扣0.2分，最高扣2分；核校每缺1次扣1分；因知识库错误导致答复错误被投诉的，每件扣0.5分。",
                "系统抽查", indicator="知识库"),
            Row("每月编发一期热线数据分析专报，聚焦高频诉求、民生热点提出建议；年内获市领导批示或转化为政策措施不少于2篇。", 4,
                "专报每缺1期扣0.5分；批示或转化每少1篇扣1分。", "查阅资料", indicator="数据赋能"),
            Row("创建“邕心连线”党建品牌，开展“青年文明号”创建；与承办单位党组织签订结对共建协议不少于3个，每半年开展一次联学联建活动。",
                4, "未开展品牌创建的扣1分；共建协议每少1个扣0.5分；联学联建每缺1次扣0.5分。", "查阅资料", indicator="品牌共建"),
        )),
        Section("作风纪律", "五、作风纪律（10分）", 10, (
            Row("每季度开展一次廉政教育或警示教育；严格执行话务服务规范，杜绝推诿扯皮、生硬冷漠等作风问题。", 5,
                "廉政教育每缺1次扣0.5分；被群众有效投诉服务态度问题的，每件扣0.5分；被媒体曝光或上级通报的，每次扣2分。",
                "查阅资料、系统抽查", indicator="作风建设"),
            Row("严格执行信息安全和保密规定，不得泄露来电群众个人信息（本项为扣分项）。", 5,
                "发生泄露群众个人信息问题的，每起扣3分；造成严重后果的，本项不得分。", "机关纪委核实", indicator="保密纪律"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核内容", "分值", "考核方式", "评分细则", "得分"]
NOTE = ("备注：1.本表由局机关党委于次年1月组织考核，热线业务科、机关纪委参加，业务数据以12345热线工单系统统计为准；2.各项扣分以该项"
        "分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选局系统“先进基层党组织”和“优秀共产党员”的重要"
        "依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "热线党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：南宁市12345政务服务便民热线管理中心党支部", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.method, row.scoring,
                       None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 14, 11, 48, 6, 14, 46, 7))
    wb.save(str(path))
