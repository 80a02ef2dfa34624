"""2026年度区直机关党支部党建工作考核评分表 (.docx), as a 区直机关工委 sends it to the 党支部 of the district's
government offices (局、委、办) for the year-end assessment.

An 附件 line, the issuer and the title (bold, centred), a "（适用于区直机关各党支部）" line and a "被考核党支部：…
所在单位：… 考核时间：" line above the table; columns 序号 | 考核内容 | 考核标准 | 分值 | 评分方法 | 考核方式. Here
考核内容 is the category (政治建设, 思想建设 …), merged down its rows and printed with its points on a second line
("政治建设\n（12分）"); the item's words are in 考核标准. 序号 runs 1..N through the whole table. The table is split by
full-width rows into "一、基础分（100分）" (the five categories), "二、加分项（最多加3分）" (分值 printed "+2" / "+1")
and "三、减分项及一票否决" (分值 printed "—" / "一票否决"); under the last two the 考核内容 cell is left blank, the
full-width row being their category. Both lie outside the base 100 (0 points in the model). One 考核标准 cell prints
numbered sub-points on paragraphs of their own. Office-branch topics: “第一议题”, 请示报告, 理论学习中心组, 意识形态,
“三会一课”, 双重组织生活, 谈心谈话, 廉政谈话, 警示教育, 廉政风险防控, 党建与业务融合, 党员示范岗, 在职党员进社区,
服务对象满意度 (a band list). A 合计 row (合计 merged over 序号..考核标准, 分值 100), a 说明 paragraph and a 考核组签字
line close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="e_jiguan_zhibu_docx",
    fmt="docx",
    title="2026年度区直机关党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设\n（12分）", 12, (
            Row("落实“第一议题”制度，支部委员会会议第一项议程传达学习习近平总书记最新重要讲话和重要指示批示精神，结合"
                "本单位实际研究贯彻落实措施。", 4,
                "未落实“第一议题”制度的扣2分；只传达学习、不研究贯彻落实措施的，每次扣0.5分，最多扣2分。",
                "查阅资料"),
            Row("严格执行请示报告制度，支部每半年向机关党委书面报告一次党建工作情况，重大事项及时请示报告。", 3,
                "未按时书面报告的，每次扣1分；重大事项未请示报告的扣2分。",
                "查阅资料"),
            Row("年初制定支部年度党建工作计划，与机关党委签订党建工作目标责任书；年底形成党建工作总结，并在支部党员大会"
                "上通报。", 5,
                "计划、责任书、总结每缺一项扣1.5分；总结未向党员通报的扣0.5分。",
                "查阅资料"),
        )),
        Section("思想建设", "思想建设\n（16分）", 16, (
            Row("支部每月组织一次集中学习，全年不少于十二次；党员每年参加集中学习培训累计不少于32学时，积极参加“学习强国”"
                "、干部网络学院学习。", 6,
                "集中学习每少一次扣0.5分；党员学时不足的，每人扣0.2分，最多扣2分。",
                "查阅资料、系统抽查"),
            Row("支部委员参加本单位党组理论学习中心组（扩大）学习；支部每季度开展一次专题研讨，每名党员全年至少交流发言一次。",
                5,
                "专题研讨每少一次扣1分；党员全年未交流发言的，每人扣0.2分。",
                "查阅资料、个别访谈"),
            Row("落实意识形态工作责任制，支部每半年至少专题研究一次意识形态工作，每年开展一次意识形态领域风险隐患排查；加强"
                "对本单位门户网站、政务新媒体的内容审核管理。", 5,
                "未专题研究的，每次扣1分；未开展风险隐患排查的扣1分；内容审核把关不严被通报的，本项不得分。",
                "查阅资料"),
        )),
        Section("组织建设", "组织建设\n（34分）", 34, (
            Row("严格落实“三会一课”制度：\n1.支部党员大会每季度召开一次；\n2.支部委员会每月召开一次；\n3.党小组会每月召开"
                "一次；\n会议有记录、有签到。", 6,
                "每少开一次扣0.5分；会议记录不规范的，酌情扣1-2分；无签到的，每次扣0.2分。",
                "查阅资料"),
            Row("党课每季度至少一次；支部书记每年至少讲一次党课，支部委员每人每年至少讲一次，讲稿留存备查。", 4,
                "党课每少一次扣1分；支部书记未讲党课的扣2分；无讲稿的扣0.5分。",
                "查阅资料"),
            Row("每月固定一天开展主题党日活动，把“学习+实践+业务”结合起来，党员参加率不低于百分之九十，活动有方案、有照片。",
                5,
                "每少开展一次扣0.5分；参加率每低5个百分点扣0.5分，最多扣2分；方案、照片缺失的，每次扣0.1分。",
                "查阅资料"),
            Row("每年召开一次组织生活会，会前广泛征求意见、开展谈心谈话，会上认真开展批评和自我批评，会后制定整改清单；同步"
                "开展民主评议党员。", 5,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；批评和自我批评流于形式、无整改清单的，各扣0.5分。",
                "查阅资料、个别访谈"),
            Row("支部书记与支部委员、支部委员与党员之间每年至少开展一次谈心谈话，党员出现思想波动、工作岗位变动等情况时及时"
                "谈话。", 3,
                "谈心谈话每缺1人扣0.2分，最多扣2分；无谈话记录的扣1分。",
                "查阅资料、个别访谈"),
            Row("党员领导干部带头落实双重组织生活制度，以普通党员身份参加所在支部组织生活每年不少于4次，每年为所在支部讲党课"
                "不少于一次。", 3,
                "党员领导干部每少参加一次扣0.5分；未讲党课的扣1分。",
                "查阅资料"),
            Row("党员按月足额交纳党费，支部建立党费收缴台账，每半年公示一次党费收缴情况。", 4,
                "未按月交纳的，每人次扣0.2分；无收缴台账的扣1分；未公示的扣0.5分。",
                "查阅资料"),
            Row("严格按照发展党员工作流程发展党员，对入党积极分子、发展对象每半年考察一次，发展对象公示不少于5个工作日，发展"
                "党员档案材料齐全。", 4,
                "违反程序发展党员的，本项不得分；考察记录每缺一次扣0.2分；档案材料每缺一份扣0.5分。",
                "查阅资料"),
        )),
        Section("党风廉政建设", "党风廉政建设\n（14分）", 14, (
            Row("落实全面从严治党主体责任，支部书记每年与支部委员、党员开展廉政谈话，实现全覆盖；对新提拔、新入职人员开展"
                "任前廉政谈话。", 5,
                "廉政谈话未全覆盖的，每缺1人扣0.5分；未开展任前廉政谈话的扣1分。",
                "查阅资料、个别访谈"),
            Row("每半年至少开展一次警示教育，通过观看警示教育片、参观廉政教育基地、以案说纪等方式进行，留存影像资料。", 4,
                "每少一次扣1分；无影像资料的扣0.5分。",
                "查阅资料"),
            Row("结合业务工作排查岗位廉政风险点，制定防控措施，形成《岗位廉政风险防控清单》并动态更新；支部党员年内无违纪"
                "违法行为。", 5,
                "未开展风险点排查的扣2分；防控措施针对性不强的，酌情扣1—2分；支部党员受到党纪政务处分的，本项不得分。",
                "查阅资料"),
        )),
        Section("作用发挥", "作用发挥\n（24分）", 24, (
            Row("推动党建与业务深度融合，支部每年围绕单位中心工作确定1-2个“党建+业务”融合项目，年底形成项目成效报告。", 6,
                "未确定融合项目的扣3分；无成效报告的扣1分；融合成效不明显的，酌情扣分。",
                "查阅资料、个别访谈"),
            Row("设立党员示范岗、党员先锋岗不少于2个，示范岗党员亮牌上岗、公开承诺，年底开展一次评星。", 5,
                "示范岗每少1个扣1分；未亮牌、未公开承诺的扣0.5分（现场查看）；未开展评星的扣1分。",
                "现场查看、查阅资料"),
            Row("机关在职党员到居住地社区报到率达到100%，每名党员每年参加社区志愿服务不少于2次、累计服务时间不少于8小时。", 5,
                "报到率每低1个百分点扣0.1分；志愿服务次数或时长不足的，每人扣0.2分，最多扣2分。",
                "查阅资料、系统抽查"),
            Row("年终开展服务对象满意度测评，满意度不低于90%。", 8,
                "满意度95%以上得8分，90%（含）—95%得6分，85%（含）—90%得4分，85%以下不得分；未开展测评的本项不得分。",
                "问卷测评"),
        )),
        # Outside the base 100: 0 points in the model; the 分值 cell prints what POINTS_PRINTED says.
        Section("加分项", "二、加分项（最多加3分）", 0, (
            Row("支部或党员获得区级以上党内表彰。", 0,
                "获区级表彰的加1分，获市级以上表彰的加2分。", "查阅资料"),
            Row("支部党建工作经验做法在区级以上会议交流，或被区级以上媒体、工作简报刊发推广。", 0,
                "每次加0.5分，最多加1分。", "查阅资料"),
        )),
        Section("减分项及一票否决", "三、减分项及一票否决", 0, (
            Row("支部在巡察、审计、督查检查中被发现问题，被区委、区直机关工委通报批评。", 0,
                "每通报批评一次扣2分，最多扣4分，在总分中扣除。", "查阅资料"),
            Row("支部班子成员发生严重违纪违法问题，或本单位发生意识形态领域重大事件造成恶劣影响。", 0,
                "实行一票否决，年度考核直接确定为“一般”等次。", "查阅资料"),
        )),
    ),
)

BASE_PRINTED = "一、基础分（100分）"  # the full-width row above the five scored categories
# Sections printed under a full-width row of their own (the 考核内容 cell of their rows left blank), and what the 分值
# cell of their rows shows.
POINTS_PRINTED = {"加分项": ["+2", "+1"], "减分项及一票否决": ["—", "一票否决"]}

NOTE = ("说明：1.考核实行基础分加减分制，基础分100分，各项扣分以该项分值为限，扣完为止；2.加分项最多加3分，减分项在总分中"
        "扣除；3.有一票否决情形的，年度考核直接确定为“一般”等次；4.考核结果分为“好”（90分以上）、“较好”（80—89分）、"
        "“一般”（80分以下）三个等次，作为评选先进基层党组织的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["序号", "考核内容", "考核标准", "分值", "评分方法", "考核方式"]
    ncols = len(header)
    banners = 1 + len(POINTS_PRINTED)
    n_rows = 1 + banners + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件1")
    docx_centred(document, "中共临江区直属机关工作委员会")
    docx_title(document, t.title, 18)
    docx_centred(document, "（适用于区直机关各党支部）")
    document.add_paragraph("被考核党支部：                  所在单位：                  考核时间：2026年  月  日")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r, number = 1, 1
    merge_cells(tbl, r, 0, r, ncols - 1, BASE_PRINTED)
    r += 1
    for s in t.sections:
        printed = POINTS_PRINTED.get(s.name)
        if printed:
            merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
            r += 1
        first = r
        for i, row in enumerate(s.rows):
            lead, *more = row.text.split("\n")
            cell = tbl.cell(r, 2)
            cell.text = lead
            for line in more:  # numbered sub-points as paragraphs of their own
                cell.add_paragraph(line)
            points = printed[i] if printed else _fmt(row.points)
            for c, v in ((0, str(number)), (3, points), (4, row.scoring), (5, row.method)):
                tbl.cell(r, c).text = v
            r += 1
            number += 1
        if not printed:
            merge_cells(tbl, first, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.add_paragraph("考核组成员（签字）：                              被考核党支部书记（签字）：")
    document.save(str(path))
