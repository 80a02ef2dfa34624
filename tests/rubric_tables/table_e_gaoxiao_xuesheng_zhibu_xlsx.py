"""南江大学学生党支部“对标争先”建设评分细则（2025—2026学年） (.xlsx), as a university's 党委组织部 sends it to the
学院党委 for their 学生党支部 (本科生 / 研究生).

A merged title row and a "学院（盖章）：… 党支部名称：… 支部书记：… 正式党员 名，预备党员 名" row above the header
一级指标 | 二级指标 | 评分标准 | 分值 | 佐证材料. No 序号 column (the importer numbers items by position). 一级指标 (the
category) is merged down its rows and printed with an ordinal and its points ("一、班子建设（11分）"); 二级指标 holds
the item's words; 评分标准 the scoring, and in a few rows part of the scoring sits in the 二级指标 cell itself, in
brackets at the end of a clause ("……按期换届（未按期换届的扣2分）；……"), `Row.text` keeping the cell as printed.
佐证材料 (`Row.method`) lists the papers the branch hands in (会议记录本、签到表、照片、发展党员档案、截图 …). The
periods are those of a university year: 每学期 (two a year), 每学年, 学年初 / 学年末, "寒暑假除外". A 合计 row and a
merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_header, xlsx_line, xlsx_merge_down, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table, _fmt  # noqa: F401

TABLE = Table(
    name="e_gaoxiao_xuesheng_zhibu_xlsx",
    fmt="xlsx",
    title="南江大学学生党支部“对标争先”建设评分细则（2025—2026学年）",
    numbering="position",
    sections=(
        Section("班子建设", "一、班子建设（11分）", 11, (
            Row("学生党支部书记由政治素质过硬的专职辅导员、班主任或“双带头人”教师党员担任，支部委员会设组织委员、宣传委员、"
                "纪检委员，分工明确。", 4,
                "支部书记人选不符合要求的扣2分；委员设置不全、分工不明确的扣1分。",
                "支委会成员名单及分工"),
            Row("支部委员会每届任期两年，任期届满按期换届（未按期换届的扣2分）；委员出缺及时补选。", 3,
                "委员出缺超过3个月未补选的扣1分；换届材料不齐全的扣0.5分。",
                "换届请示、选举结果批复"),
            Row("支部书记每学年参加学校党校组织的支部书记集中轮训不少于16学时；学年末向学院党委述职，接受党员评议。", 4,
                "培训学时不足的扣1分；未述职的扣2分；未接受党员评议的扣1分。",
                "培训证明、述职报告、评议表"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("严格落实“三会一课”制度：支部党员大会每学期不少于2次，支委会、党小组会每月召开1次（寒暑假除外），党课每学期"
                "不少于1次。", 8,
                "党员大会、党课每少一次扣1分；支委会、党小组会每少一次扣0.5分。",
                "会议记录本、签到表"),
            Row("每月开展1次主题党日活动，结合专业特色设计活动内容，党员参加率不低于95%。", 4,
                "每少一次扣0.5分；参加率低于95%的，每次扣0.2分。",
                "活动方案、签到表、活动照片"),
            Row("每学年召开一次组织生活会，会上逐一开展批评和自我批评，会后形成整改清单并抓好落实（未召开组织生活会的，本项"
                "不得分）。", 5,
                "会前未开展谈心谈话、征求意见的扣1分；无整改清单的扣1分；批评和自我批评流于形式的，酌情扣0.5—1分。",
                "会议记录、整改清单"),
            Row("每学年开展一次民主评议党员，评议结果在支部内公布并报学院党委备案。", 4,
                "未开展民主评议的扣3分；评议结果未公布或未报备的扣0.5分。",
                "民主评议测评表、评议结果汇总表"),
            Row("支部委员每学期与每名党员、入党积极分子至少开展一次谈心谈话，及时掌握思想动态。", 4,
                "未开展谈心谈话的扣2分；每少谈1人扣0.2分，最多扣2分。",
                "谈心谈话记录"),
        )),
        Section("发展党员", "三、发展党员（20分）", 20, (
            Row("坚持“控制总量、优化结构、提高质量、发挥作用”的总要求，为每名入党积极分子确定2名正式党员作培养联系人，每学期"
                "考察一次。", 5,
                "未落实培养联系人的，每人扣0.5分；考察记录每缺一次扣0.2分。",
                "入党积极分子培养教育考察登记表"),
            Row("入党积极分子、发展对象参加校、院两级党校培训，入党积极分子集中培训不少于24学时，发展对象集中培训不少于3天，"
                "经考试合格方可进入下一阶段（未经培训即列为发展对象的，本项不得分）。", 4,
                "培训学时不足的，每人扣0.5分。",
                "党校结业证书、培训签到表"),
            Row("严格履行发展党员“五个阶段、二十五个步骤”，发展对象、拟接收预备党员在学院网站或公示栏公示，公示期不少于5个"
                "工作日；预备期满按期讨论转正。", 6,
                "违反程序发展党员的，本项不得分；未公示的，每人扣1分；发展党员档案材料每缺一份扣0.5分。",
                "发展党员档案、公示截图或照片"),
            Row("每学年初制定发展党员工作计划，注重在低年级学生和学生骨干中发展党员，当年发展党员中低年级（大一、大二）学生"
                "占比不低于30%。", 5,
                "无发展计划的扣1分；低年级学生占比30%以上得4分，20%（含）—30%得2分，低于20%不得分。",
                "发展计划、发展党员名单"),
        )),
        Section("教育管理", "四、教育管理（16分）", 16, (
            Row("支部每月至少组织一次集中学习（寒暑假除外），党员每学年参加集中学习不少于32学时；“学习强国”学习平台党员参学率"
                "达到100%。", 5,
                "集中学习每少一次扣0.5分；学时不足的，每人扣0.1分，最多扣2分；参学率每低5个百分点扣0.5分。",
                "学习记录、签到表、平台截图"),
            Row("建立党员花名册，及时办理毕业生党员组织关系转接；对外出实习、交换学习的流动党员每月至少联系一次。", 4,
                "无党员花名册的扣1分；组织关系转接不及时的，每人扣0.5分；联系每少一次扣0.2分。",
                "党员花名册、流动党员联系台账"),
            Row("党员按月足额交纳党费，支部建立党费收缴台账，每学期公示一次党费收缴情况。", 3,
                "未按月交纳的，每人次扣0.1分；无台账的扣1分；未公示的扣0.5分。",
                "党费收缴台账、公示截图"),
            Row("支部在学院网站、微信公众号等平台宣传支部工作，每学期发布工作动态不少于3篇。", 4,
                "每少1篇扣0.5分。",
                "网页截图"),
        )),
        Section("作用发挥", "五、作用发挥（28分）", 28, (
            Row("实施“党员挂钩帮扶”，每名学生党员结对联系1—2名学业困难学生，每月至少开展一次学业帮扶（寒暑假除外），帮扶对象"
                "学期末课程不及格门数减少。", 6,
                "学业困难学生未全部结对的扣1分；帮扶记录每缺一次扣0.2分，最多扣2分；帮扶成效不明显的，酌情扣1—2分。",
                "结对名单、帮扶记录、成绩对比表"),
            Row("每名党员每学年参加志愿服务不少于20小时，党员在“志愿汇”等平台注册率达到100%。", 5,
                "志愿服务时长不足20小时的，每人扣0.2分，最多扣2分；注册率每低10个百分点扣0.5分。",
                "志愿服务时长证明、平台截图"),
            Row("设立党员示范寝室、党员先锋岗，党员在寝室门牌、班级亮明身份，党员所在寝室年内无违纪违规记录。", 4,
                "未设立示范寝室或先锋岗的扣1分；未亮明身份的扣0.5分（现场查看）；党员寝室出现违纪违规的，每起扣1分。",
                "示范寝室名单、现场照片"),
            Row("学生党员发挥学业表率作用，学年内无不及格课程，党员获得校级以上奖学金或学科竞赛奖项的比例达到50%以上。", 4,
                "党员有不及格课程的，每人扣1分；获奖比例每低10个百分点扣0.5分。",
                "成绩单、获奖证书"),
            Row("开展“一支部一品牌”创建，结合学科专业特色打造支部品牌项目，每学年形成一篇特色工作案例。", 5,
                "未开展品牌创建的扣3分；无特色工作案例的扣1分；品牌特色不鲜明的，酌情扣分。",
                "品牌创建方案、工作案例"),
            Row("学年末开展师生对支部工作满意度测评，满意度达到90%以上。", 4,
                "满意度90%以上得4分，80%（含）—90%得2分，80%以下不得分。",
                "测评汇总表"),
        )),
    ),
)

NOTE = ("说明：1.本细则满分100分，各项扣分以该项分值为限，扣完为止；2.考核周期为2025年9月至2026年8月，“每学期”“每月”"
        "按教学周期计算，寒暑假除外；3.佐证材料按指标顺序整理，电子版同步上传“智慧党建”平台；4.得分90分以上的支部可申报"
        "“标杆党支部”，80分以上可申报“样板党支部”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    header = ["一级指标", "二级指标", "评分标准", "分值", "佐证材料"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "评分细则"
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), Alignment(horizontal="center", vertical="center"))
    ws.row_dimensions[1].height = 32
    xlsx_line(ws, "学院（盖章）：            党支部名称：                支部书记：          正式党员    名，预备党员    名", ncols)
    xlsx_header(ws, header, ncols)
    wrap = Alignment(wrap_text=True, vertical="center")
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.scoring, row.points, row.method])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = Alignment(horizontal="center", vertical="center")
        xlsx_merge_down(ws, 1, first, ws.max_row, Alignment(horizontal="center", vertical="center", wrap_text=True))
    xlsx_total_row(ws, t.total, 4, 5, Alignment(horizontal="center"))
    thin = Side(style="thin")
    for r in range(3, ws.max_row + 1):
        for c in range(1, ncols + 1):
            ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    xlsx_line(ws, NOTE, ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[ws.max_row].height = 60
    xlsx_widths(ws, (14, 58, 50, 6, 24))
    wb.save(str(path))
