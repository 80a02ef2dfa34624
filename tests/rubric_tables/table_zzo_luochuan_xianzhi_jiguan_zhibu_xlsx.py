"""中共洛川县委县直机关工作委员会2025年度机关党支部党建工作考核评分表 (.xlsx), as a 陕西 延安 县直机关工委 (its 组织科 with the
宣传科 and the 派驻 纪检监察组, going round the 县直 部门 in January with the 年终 述职 and the 日常督查 results) scores each 县直
部门（单位）机关党支部 on five heads: 政治建设 (the “第一议题” with a monthly 集中学习 and the 党员领导干部's 党课, the half-yearly
意识形态 研判 with its 报告 and the 审核 of what the 政务新媒体 publish, a yearly 现场教学 at the 洛川会议纪念馆 with its 方案, the
书记's 年底 书面述职 graded by 等次 and the 请示报告), 组织建设 (换届 with its 审批, “三会一课” with 签到, the monthly 主题党日 with the
参加率 and 补课, 组织生活会 with the 书记's 谈心谈话 of every 党员, 民主评议 and the 备案, 党费 with its half-yearly 公布 and the 上缴,
five days or 40学时 of training and a yearly 积极分子), 业务融合 (the 党员先锋岗 with the 覆盖率 of the 窗口, the 年初 融合项目 and its
年底 总结 with four pieces of 党建信息, “双报到” with the 报到率, three 志愿服务 and two 共建活动, the yearly 调研报告 and a 营商环境
line), 党风廉政 (the quarterly 廉政教育 and a yearly 警示教育 with the 廉洁提醒, the 纪检委员's half-yearly 报告 and the 提醒谈话, a
deduction-only line) and 基础保障 (the 活动室 with its “六有”, 计划 / 小结 / 总结 and the 资料).

A merged title row, a merged "考核对象：县直各部门（单位）机关党支部" line and a merged "单位：…  支部书记：…  党员人数：…  考核时间：
2026年1月" line above the header 序号 | 二级指标 | 考核内容及要求 | 分值 | 扣分标准 | 备查资料 | 得分. The categories are SECTION ROWS
merged across the sheet, printed with an ordinal on one line, "一、政治建设（20分）". 序号 (first column, numeric cells) RESTARTS at
1 under every section row (ids "1.1" … "5.2"). 二级指标 is a short sub-label (`Row.indicator`). 分值 (before the 扣分标准) is a plain
number. 备查资料 (`Row.method`) names the papers the 支部 lays out (once a way of checking, 派驻纪检监察组核实): a 佐证 column. 得分 is
blank. A 合计 row and a merged 说明 row close the sheet. One item is scored partly by the 述职评议 等次; counts partly in Chinese
numerals ("每半年…一次", "每年…一次"); "最高扣" caps; one duration joined by 或 ("不少于5天或40学时"); one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzo_luochuan_xianzhi_jiguan_zhibu_xlsx",
    fmt="xlsx",
    title="中共洛川县委县直机关工作委员会2025年度机关党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            Row("落实“第一议题”制度，支部每月至少开展1次集中学习；单位党员领导干部每年在所在支部讲党课不少于1次。", 5,
                "集中学习每少1次扣0.5分；党员领导干部未讲党课的，每人扣1分。", "学习记录、党课讲稿", indicator="理论武装"),
            Row("落实意识形态工作责任制，每半年研判一次意识形态形势并向县直机关工委报告；单位网站、政务新媒体发布信息严格落实审核"
                "制度。", 5,
                "研判每少1次扣1分；未报告的扣0.5分；发布信息未经审核的，每次扣0.5分；发生意识形态问题造成不良影响的，本项不得分。",
                "研判材料、审核记录", indicator="意识形态"),
            Row("传承弘扬延安精神，每年组织党员到洛川会议纪念馆等红色教育基地开展现场教学不少于1次。", 4,
                "未开展现场教学的扣2分；现场教学走过场、流于形式的，酌情扣1分。", "活动方案、活动照片", indicator="红色教育"),
            Row("支部书记每年年底向县直机关工委书面述职，述职评议等次为“好”；支部重大事项及时向县直机关工委请示报告。", 6,
                "未述职的扣3分；述职评议为“较好”等次的扣1分，为“一般”及以下等次的扣2分；重大事项未请示报告的，每次扣1分。",
                "述职报告、请示报告", indicator="书记述职"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("支部委员会按期换届，设书记、组织委员、宣传委员、纪检委员；换届选举结果报县直机关工委审批。", 4,
                "未按期换届的扣2分；支委配备不齐的扣1分；换届结果未经审批的扣1分。", "换届请示及批复", indicator="换届选举"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议记录规范，党员参会签到。", 8,
                "“三会一课”每缺1次扣0.5分，最高扣5分；无签到的，每次扣0.2分；记录不规范、代签代记的，酌情扣1—2分。",
                "会议记录本、签到表", indicator="“三会一课”"),
            Row("每月开展一次主题党日，党员参加率达到95%以上；因出差、下乡等原因缺席的党员及时补课。", 5,
                "主题党日每少1次扣0.5分；参加率每低1个百分点扣0.1分，最高扣1分；缺席党员未补课的扣0.5分。", "活动记录、签到表",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前支部书记与每名党员谈心谈话；开展民主评议党员，评议结果报县直机关工委备案。", 5,
                "未召开组织生活会的扣3分；谈心谈话未全覆盖的扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。",
                "会议记录、谈心谈话记录", indicator="组织生活会"),
            Row("党员按月足额交纳党费，支部每半年公布一次党费收缴情况；党费按时上缴县直机关工委。", 4,
                "党费未按月交纳的，每人次扣0.1分；未公布的，每次扣0.5分；党费未按时上缴的扣1分。", "党费收缴台账", indicator="党费管理"),
            Row("党员每年参加集中学习培训不少于5天或40学时；支部每年至少确定1名入党积极分子。", 4,
                "培训时间不足的，每人扣0.2分，最高扣1分；未确定入党积极分子的扣1分。", "学时登记表、积极分子名单",
                indicator="教育发展"),
        )),
        Section("业务融合", "三、业务融合（25分）", 25, (
            Row("设立党员先锋岗，党员亮身份、佩戴党徽上岗；服务窗口单位党员先锋岗覆盖率达到100%。", 5,
                "未设立党员先锋岗的扣2分；党员未佩戴党徽的，每人次扣0.2分；覆盖率每低10个百分点扣0.5分。", "先锋岗照片",
                indicator="先锋岗"),
            Row("年初确定1个党建与业务融合项目，明确责任人和完成时限，年底形成项目总结；每年向县直机关工委报送党建信息不少于4篇。", 6,
                "未确定融合项目的扣2分；无项目总结的扣1分；党建信息每少1篇扣0.5分。", "项目书、项目总结、信息报送记录",
                indicator="融合项目"),
            Row("机关党支部到社区报到，在职党员到居住地社区报到率达到100%；每名在职党员每年参加社区志愿服务不少于3次；支部每年与结对"
                "社区开展共建活动不少于2次。", 6,
                "报到率每低1个百分点扣0.1分；志愿服务不足3次的，每人扣0.2分，最高扣2分；共建活动每少1次扣1分。",
                "报到登记表、共建协议、活动照片", indicator="“双报到”"),
            Row("党员干部深入基层、企业开展调研，每名党员每年撰写调研报告不少于1篇；单位无损害营商环境问题。", 8,
                "调研报告每缺1篇扣0.5分，最高扣3分；因作风问题被县级以上通报的，每次扣2分；发生损害营商环境问题被问责的，本项不得分。",
                "调研报告", indicator="调研服务"),
        )),
        Section("党风廉政", "四、党风廉政（15分）", 15, (
            Row("支部每季度开展一次廉政教育，每年组织一次警示教育；元旦、春节、中秋、国庆等重要节点前向党员发送廉洁提醒。", 5,
                "廉政教育每少1次扣0.5分；未开展警示教育的扣1分；未发送廉洁提醒的扣0.5分。", "教育记录、提醒截图",
                indicator="廉政教育"),
            Row("支部纪检委员每半年向支部委员会报告一次监督情况；对党员苗头性、倾向性问题及时开展提醒谈话。", 5,
                "报告每少1次扣1分；应谈话未谈话的，每人次扣0.5分。", "报告材料、谈话记录", indicator="纪检委员"),
            Row("支部党员严守政治纪律和政治规矩，落实中央八项规定精神，无违纪违法行为。", 5,
                "党员受到党纪政务处分的，每人扣2分；受到诫勉、通报批评的，每人次扣1分；支部委员受到党纪处分的，本项不得分。",
                "派驻纪检监察组核实", indicator="纪律作风"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            Row("建有党员活动室，做到有场所、有设施、有标志、有党旗、有书报、有制度“六有”。", 4,
                "无党员活动室的扣2分；“六有”每缺1项扣0.3分。", "实地查看", indicator="活动阵地"),
            Row("年初制定支部工作计划，年中有小结，年底有总结；党员花名册、党费收缴台账、“三会一课”记录等资料齐全。", 6,
                "计划、小结、总结每缺1项扣1分；资料每缺1项扣0.5分，最高扣2分。", "档案资料", indicator="基础资料"),
        )),
    ),
)

HEADER = ["序号", "二级指标", "考核内容及要求", "分值", "扣分标准", "备查资料", "得分"]
NOTE = ("说明：1.本表由县直机关工委于次年1月组织考核，采取听取汇报、查阅资料、个别谈话、实地查看相结合的方式，日常督查发现的问题"
        "一并计入；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选“模范机关”“先进"
        "党支部”的主要依据；4.支部书记履行抓党建第一责任人职责不力被约谈的，当年考核不得评为“好”等次。")


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
    xlsx_line(ws, "考核对象：县直各部门（单位）机关党支部", ncols)
    xlsx_line(ws, "单位：                  支部书记：              党员人数：      考核时间：2026年1月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 11, 52, 6, 46, 20, 7))
    wb.save(str(path))
