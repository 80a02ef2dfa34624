"""中共临沂市中心血站总支部委员会2025年度党支部党建工作考核评分表 (.xlsx), as a 山东 市级 中心血站党总支 (its 党办 with the 质量
管理科, the 体采科 and the 纪检委员, checking each 支部 in January with the year's 采供血 data and a 第三方 满意度 survey) scores each of
its 党支部 — 采血, 成分制备, 检验, 供血 and 机关, their 党员 采血护士, 检验技师, 献血屋 and 采血车 staff — in the 卫生健康 system's own
words: 政治建设 (the “第一议题” with monthly 集中学习, a quarterly 血液安全 / 行风 专题研讨 and 32学时 on “灯塔-党建在线”, the half-yearly
思想动态 研判 with the “三审三校” of 献血宣传品, the 年初 责任书, the 年底 述职 and the “双带头人”), 组织建设 (“三会一课” held 错时 round
the 采血高峰, the monthly 主题党日 with two 集体献血 / 志愿服务 and a 参加率 in Chinese numerals, 组织生活会 with 谈心谈话, the 献血者' and
医院' 意见, 民主评议 and its 备案, one 积极分子 a year among the 一线 staff, 党费 with a half-yearly 公布 and a quarterly 联系 of those
away for 进修), 业务融合 (the 标本检测 复核率 with a quarterly 内部审核 and a 一票否决 on 血液安全, a quarterly 宣传招募 and the 采血 任务
完成率, the “党员先锋岗” at the 献血屋 with a half-yearly “服务之星” 评选 and its 公示, the 党员应急献血队 with its 名单 and a yearly 演练,
a 满意度 with a 通报 rule), 医德医风 (the half-yearly 警示教育 under the 九项准则 with the 承诺书, the 纪检委员's quarterly 监督检查 with
the 整改台账, a deduction-only line on 红包回扣 and 倒卖血液) and 基础保障 (the 活动室 and the “热血先锋” 品牌 with its 方案 and an 经验
材料, 计划 / 总结 and the 台账).

A merged title row, a merged "考核对象：站内采血、成分制备、检验、供血及机关党支部" line and a merged "党支部：…  支部书记：…  党员人数：…
考核时间：2026年1月" line above the header 一级指标 | 二级指标 | 考核要点 | 分值 | 评分标准 | 考核方式及佐证材料 | 得分. There is NO 序号:
items are numbered by position (1..18). The categories are MERGED CELLS down the 一级指标 column (first), printed with a BRACKETED ordinal
on ONE line, "（一）政治建设（15分）". 二级指标 is a short sub-label (`Row.indicator`). 分值 comes BEFORE the 评分标准, a plain number.
考核方式及佐证材料 (`Row.method`) names how the 支部 is checked and the papers it lays out: a 佐证 column (README). 得分 is blank. A 合计
row and a merged 备注 row close the sheet. Counts partly in Chinese numerals ("百分之九十", "每半年…一次", "每年开展1次"); "最高扣" caps;
one rule is "本项不得分并实行一票否决"; one line is deduction-only.
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
    name="zzn_xuezhan_dangzhibu_xlsx",
    fmt="xlsx",
    title="中共临沂市中心血站总支部委员会2025年度党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "（一）政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支部每月开展1次集中学习，每季度围绕血液安全、行风建设开展1次专题研讨；党员年度学习培训不少于32学时。",
                5,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.1分。",
                "查阅学习记录、“灯塔-党建在线”学时统计", indicator="理论学习"),
            Row("落实意识形态工作责任制，每半年分析研判一次支部党员思想动态；献血宣传品、微信公众号等对外发布内容实行“三审三校”；妥善"
                "应对涉血液安全舆情。", 5,
                "研判每少1次扣1分；发布内容未经审核的，每次扣0.5分；发生重大负面舆情且处置不当的，本项不得分。",
                "查阅研判记录、审核记录", indicator="意识形态"),
            Row("支部书记落实“一岗双责”，年初与血站党总支签订党建工作责任书，年底向党总支述职；支部书记由科室负责人或业务骨干担任"
                "（“双带头人”）。", 5,
                "未签订责任书的扣1分；未述职的扣2分；支部书记非业务骨干的扣1分。", "查阅责任书、述职报告", indicator="党建责任"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            Row("规范落实“三会一课”，支委会每月召开1次，党员大会每季度召开1次，党小组会每月1次，党课每季度1次；结合采供血工作实际，避开"
                "采血高峰错时召开。", 7,
                "“三会一课”每缺1次扣0.5分，最高扣5分；会议记录存在代签、补记的，本项不得分。", "查阅会议记录本、签到表",
                indicator="“三会一课”"),
            Row("每月开展主题党日活动，每年至少组织2次党员集体参加无偿献血或献血宣传志愿服务活动；党员参加率达到百分之九十以上。", 6,
                "主题党日每少1次扣0.5分；集体献血或志愿服务活动每少1次扣1分；参加率每低5个百分点扣0.5分。",
                "查阅活动方案、签到表、活动照片", indicator="主题党日"),
            Row("每年召开组织生活会，会前开展谈心谈话，征求献血者和临床用血医院的意见；开展民主评议党员，评议结果报党总支备案。", 6,
                "未召开组织生活会的扣2分；未开展谈心谈话或未征求意见的，每项扣1分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。",
                "查阅会议记录、征求意见表、民主评议材料", indicator="组织生活会"),
            Row("注重在采血护士、检验技术骨干等一线职工中发展党员，年内确定入党积极分子不少于1名；发展党员严格履行程序，各阶段材料齐全。",
                5,
                "未确定入党积极分子的扣1分；发展程序不规范、材料不全的，每人扣1分；违规发展党员的，本项不得分。", "查阅发展党员档案",
                indicator="发展党员"),
            Row("党员按月足额交纳党费，支部每半年向党员公布一次党费收缴情况；对外出进修、挂职的党员每季度联系一次。", 6,
                "党费未按月交纳的，每人次扣0.2分，最高扣2分；未公布的，每次扣1分；联系每少1次扣0.5分。", "查阅党费收缴台账、公布记录",
                indicator="党员管理"),
        )),
        Section("业务融合", "（三）业务融合（30分）", 30, (
            Row("党员岗位严格执行采供血技术操作规程，血液标本检测结果复核率达到100%；每季度开展一次血液质量内部审核；全年不发生血液安全"
                "责任事故。", 8,
                "复核率每低1个百分点扣1分；内部审核每少1次扣1分；发生血液安全责任事故或经血传播疾病感染事件的，本项不得分并实行一票否决。",
                "质量管理科提供数据、查阅内审报告", indicator="血液安全"),
            Row("支部党员带头参与无偿献血宣传，每季度至少开展一次“献血进机关、进企业、进高校、进社区”宣传招募活动；年度采血任务完成率"
                "达到100%。", 6,
                "宣传招募活动每少1次扣1分；采血任务完成率每低1个百分点扣0.2分，最高扣3分。", "体采科提供数据、活动照片",
                indicator="献血招募"),
            Row("在献血屋、采血车等服务窗口设立“党员先锋岗”，党员亮身份、作表率；每半年评选一次“献血服务之星”，评选结果公示。", 6,
                "未设立党员先锋岗的扣2分；评选每少1次扣1分；评选结果未公示的扣0.5分；因服务态度被献血者投诉经查实的，每起扣1分。",
                "实地查看、先锋岗照片、评选材料", indicator="先锋岗"),
            Row("组建党员应急献血队，建立应急献血者名单；每年开展1次应急保供演练，节假日和血液库存紧张时党员带头献血。", 5,
                "未组建应急献血队的扣2分；无应急献血者名单的扣1分；未开展演练的扣1分；库存紧张时党员未带头响应的，酌情扣1分。",
                "查阅名单、演练记录", indicator="应急保供"),
            Row("委托第三方对献血者和临床用血医疗机构开展满意度调查，满意度达到95%以上。", 5,
                "满意度每低1个百分点扣0.5分；因服务问题被上级卫生健康部门通报批评的，每次扣2分。", "第三方调查报告",
                indicator="服务评价"),
        )),
        Section("医德医风", "（四）医德医风（15分）", 15, (
            Row("落实医疗机构工作人员廉洁从业九项准则，每半年开展一次警示教育；党员、科室负责人签订廉洁从业承诺书。", 5,
                "警示教育每少1次扣1分；承诺书每缺1人扣0.2分。", "查阅教育记录、承诺书", indicator="廉洁教育"),
            Row("支部纪检委员每季度对试剂耗材采购验收、血液出入库等关键环节开展一次监督检查，发现问题建立整改台账。", 5,
                "监督检查每少1次扣0.5分；无整改台账的扣1分；问题整改不到位的，每项扣0.5分。", "查阅检查记录、整改台账",
                indicator="监督检查"),
            Row("党员职工无违规收受红包回扣、倒卖血液、违规采血等行为。", 5,
                "党员受到党纪政务处分的，每人扣3分；被查实收受红包回扣的，每起扣2分；发生倒卖血液行为的，本项不得分。",
                "向血站纪检委员核实", indicator="纪律底线"),
        )),
        Section("基础保障", "（五）基础保障（10分）", 10, (
            Row("建有党员活动室，有标识、有制度、有设施；打造“热血先锋”支部品牌，年内形成品牌创建方案和不少于1篇经验材料。", 5,
                "活动室不规范的扣1分；无品牌创建方案的扣1分；未形成经验材料的扣1分；品牌特色不鲜明的，酌情扣0.5—1分。",
                "实地查看、品牌创建方案、经验材料", indicator="阵地品牌"),
            Row("年初制定支部工作计划，年底形成工作总结并向党总支报告；党员花名册、“三会一课”记录、党费收缴台账等资料规范齐全。", 5,
                "计划、总结每缺1项扣1分；台账资料每缺1项扣0.5分；填写不规范的，酌情扣0.5分。", "查阅工作计划、工作总结、台账资料",
                indicator="基础台账"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核要点", "分值", "评分标准", "考核方式及佐证材料", "得分"]
NOTE = ("备注：1.本表由血站党总支于次年1月组织考核，质量管理科、体采科、纪检委员参加，采取查阅资料、调取业务数据、实地查看、个别谈话"
        "相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选“过硬党支部”和科室"
        "年度绩效考核的重要依据；4.支部所在科室发生血液安全责任事故的，当年考核直接定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：站内采血、成分制备、检验、供血及机关党支部", ncols)
    xlsx_line(ws, "党支部：              支部书记：              党员人数：      考核时间：2026年1月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (14, 11, 50, 6, 46, 22, 7))
    wb.save(str(path))
