"""云岭区2026年度社区党组织党建工作责任制考核评分表 (.xlsx), as a 区委组织部 sends it to its 社区.

A merged title row, then a header over two rows: "一级指标 | 二级指标 | 考核标准 | 分值 | 评分情况" with 评分情况 merged
across two columns and "自评 | 考评" under it (一级指标 … 分值 merged down both header rows). There is no 序号: each
二级指标 cell opens with a decimal id restarting per 一级指标 ("1.1 理论学习", "2.1 班子建设" …), so the items are
"c.i" (numbering "restart"); `Row.indicator` holds that cell as printed. The 一级指标 is merged down its rows and printed
with its ordinal and points ("一、政治建设（15分）"). Each 考核标准 cell holds the requirement and its deduction, one
sentence each ("每月召开1次支委会，少1次扣0.5分；…"), so there is no scoring column and Row.scoring is empty; 自评 /
考评 are blank in every item row. A 合计 row carries the total and a "填表说明：…" line closes the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .model import Row, Section, Table, _fmt  # noqa: F401

TABLE = Table(
    "quwei_dangjian_zerenzhi_xlsx", "xlsx", "云岭区2026年度社区党组织党建工作责任制考核评分表", "restart",
    (
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("落实“第一议题”制度，每次召开支委会第一项议程须学习习近平总书记最新重要讲话和重要指示批示精神，未落实的每次"
                "扣0.5分；年初制定党组织理论学习计划，未制定的扣1分。", 4, "", indicator="1.1 理论学习"),
            Row("坚持民主集中制，“三重一大”事项须经支委会集体研究决定，会议记录完整可查，未经集体研究决定的每发现1处扣0.5分，"
                "最高扣2分；议事决策不规范的酌情扣0.5-1分。", 3, "", indicator="1.2 民主决策"),
            Row("落实意识形态工作责任制，每半年研判1次意识形态领域情况并形成研判报告，少1次扣1分；意识形态工作未纳入书记述职"
                "内容的扣0.5分。", 3, "", indicator="1.3 意识形态"),
            Row("党组织书记每年12月向街道党工委述职，同时接受党员群众民主评议，未述职的本项不得分；评议结果为“一般”的扣1分、"
                "为“较差”的扣2分。", 3, "", indicator="1.4 述职评议"),
            Row("年初与街道党工委签订党风廉政建设责任书，未签订的扣1分；班子成员受到党纪政务处分的，本项不得分。", 2, "",
                indicator="1.5 党风廉政"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            Row("社区党组织班子成员中35周岁以下的不少于1名、大专及以上学历的不少于3名，每缺1名扣0.5分；班子分工明确、团结协作，"
                "不团结、内耗严重的扣1-2分。", 4, "", indicator="2.1 班子建设"),
            Row("每月召开1次支委会，少1次扣0.5分；每季度召开1次党员大会，少1次扣1分；党组织书记每年讲党课不少于2次，少1次扣"
                "0.5分。", 6, "", indicator="2.2 制度落实"),
            Row("每月15日开展主题党日活动，活动有方案、有签到、有照片，少开展1次扣0.5分；资料缺项的每项扣0.2分。", 4, "",
                indicator="2.3 主题党日"),
            Row("每年召开1次组织生活会，同步开展民主评议党员，未召开的本项不得分；党员参评率低于90%的扣1分。", 4, "",
                indicator="2.4 组织生活"),
            Row("发展党员全面落实“双推双评”，入党积极分子须经党员推荐和群团组织推荐、发展对象须经党员评议和群众评议，程序不规范的"
                "本项不得分；每两年至少发展党员1名，未完成的扣1分。", 4, "", indicator="2.5 发展党员"),
            Row("每年开展1次软弱涣散党组织排查，被列为软弱涣散的须制定整顿方案、限期整顿销号，由考核组综合评定整顿成效，酌情扣"
                "1-3分。", 3, "", indicator="2.6 整顿提升"),
        )),
        Section("党员队伍建设", "三、党员队伍建设（22分）", 22, (
            Row("党组织书记每年培训不少于56学时，学时不足的扣1分；“两委”成员每年参加区级以上集中轮训不少于1次，未参加的每人扣"
                "0.2分。", 4, "", indicator="3.1 书记培训"),
            Row("党员年度学习时长不少于32学时，不足的每人扣0.1分，最高扣1.5分；每两个月组织1次集中学习，少1次扣0.5分。", 5, "",
                indicator="3.2 党员学习"),
            Row("党员按月交纳党费，党费收缴台账逐人逐月登记，欠交的每人扣0.2分；党费收缴情况每季度公示一次，未公示的每次扣"
                "0.5分。", 4, "", indicator="3.3 党费管理"),
            Row("开展党员承诺践诺，党员年初作出公开承诺、年底接受践诺评议，未开展的扣1分；为党员设岗定责，设岗覆盖率不低于80%，"
                "每低5个百分点扣0.5分。", 5, "", indicator="3.4 承诺践诺"),
            Row("每年开展党员警示教育不少于2次，少1次扣0.5分；党员“政治生日”当月由支部书记开展谈心谈话，未开展的每人扣0.1分，"
                "最高扣1分。", 4, "", indicator="3.5 警示教育"),
        )),
        Section("服务群众", "四、服务群众（20分）", 20, (
            Row("开展结对帮扶，每名班子成员联系不少于5户困难群众，每季度至少上门走访1次并记入民情日志，联系户数不足的每户扣0.2分，"
                "少走访1次扣0.2分。", 5, "", indicator="4.1 结对帮扶"),
            Row("建立社区党组织、居委会、业委会、物业服务企业“四方联席”会议制度，每季度召开1次联席会议，少1次扣0.5分；小区物业"
                "服务企业党的工作覆盖率达到100%，每有1个小区未覆盖扣0.5分。", 5, "", indicator="4.2 红色物业"),
            Row("网格党支部每月召开1次民情分析会，少1次扣0.3分；矛盾纠纷化解率不低于95%，每低1个百分点扣0.2分，最高扣2分。", 5,
                "", indicator="4.3 矛盾化解"),
            Row("每年12月开展群众满意度测评，满意度不低于90%，每低1个百分点扣0.3分，最高扣3分；满意度低于70%的本项不得分。", 5,
                "", indicator="4.4 群众满意"),
        )),
        Section("基础保障", "五、基础保障（18分）", 18, (
            Row("党群服务中心标识统一、功能完善、工作日全天开放，考核组实地查看，发现制度未上墙、功能室闲置、设施损坏等问题的，"
                "每发现1处扣0.5分。", 4, "", indicator="5.1 阵地建设"),
            Row("党建档案实行专人管理、“一年一卷”，“三会一课”记录、党员花名册、党费收缴台账、发展党员档案齐全，缺1类扣0.5分，"
                "最高扣2分。", 4, "", indicator="5.2 档案管理"),
            Row("党组织工作经费和服务群众专项经费专款专用，使用情况每半年公开1次，未公开的扣0.5分；违规使用经费的本项不得分。", 3,
                "", indicator="5.3 经费保障"),
            Row("每年1月底前制定年度党建工作计划，12月底前形成年度工作总结并报街道党工委，未制定或未报送的每项扣1分。", 3, "",
                indicator="5.4 计划总结"),
            Row("年度内发生党员干部严重违纪违法、重大安全责任事故或被确定为软弱涣散基层党组织的，实行一票否决，本项不得分；群众"
                "反映强烈的问题未及时处置的，每发现1处扣0.5分。", 4, "", indicator="5.5 负面清单"),
        )),
    ),
)

NOTE = ("填表说明：1.“自评”由社区党组织填写，“考评”由区委组织部会同街道党工委考核组评定；2.各项扣分以该项分值扣完为止；"
        "3.出现一票否决情形的，年度考核直接确定为“较差”等次；4.考核材料以2026年1月1日至12月31日为准。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = 6  # 一级指标 | 二级指标 | 考核标准 | 分值 | 自评 | 考评
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    ws.append([t.title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(1, 1).font = Font(bold=True, size=16)
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.append(["一级指标", "二级指标", "考核标准", "分值", "评分情况", None])
    ws.append([None, None, None, None, "自评", "考评"])
    for col in range(1, 5):  # 一级指标 … 分值 span both header rows
        ws.merge_cells(start_row=2, start_column=col, end_row=3, end_column=col)
    ws.merge_cells(start_row=2, start_column=5, end_row=2, end_column=6)
    for r in (2, 3):
        for c in range(1, ncols + 1):
            ws.cell(r, c).alignment = center
            ws.cell(r, c).font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="center")
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, None, None])
            ws.cell(ws.max_row, 2).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = wrap
        ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
        ws.cell(first, 1).alignment = center
    ws.append(["合计", None, None, t.total, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    ws.append([NOTE])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True)
    for col, width in zip("ABCDEF", (14, 14, 72, 6, 8, 8), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(str(path))
