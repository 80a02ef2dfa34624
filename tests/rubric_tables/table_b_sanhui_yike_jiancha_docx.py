"""市第一人民医院党委2026年度党支部“三会一课”及组织生活专项检查表 (.docx), as a hospital 党委 checks its 党支部.

An 附件 line, the title, and a "被检查党支部：… 支部书记：… 检查时间：" line above the table; columns 检查项目 | 检查内容 |
分值 | 评分方法 | 得分. 检查项目 (the category, with its ordinal and points, "一、“三会一课”（35分）") is merged down its
rows. There is no 序号 column: each 检查内容 cell opens with its own decimal id, restarting per 检查项目 ("1.1 支部党员大会
每季度…", "2.1 …"), so the items are "c.i" (numbering "restart"); `Row.text` holds the cell without its id. Figures are
often written out (百分之八十, 一次, 五个工作日); 评分方法 holds deduction lines such as "每缺少一次扣2分，缺少三次以上本项
不得分". 得分 is blank. A 合计 row closes the table; a 检查组签字 line and a 说明 paragraph follow it.
"""

from __future__ import annotations

from pathlib import Path

from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="b_sanhui_yike_jiancha_docx",
    fmt="docx",
    title="市第一人民医院党委2026年度党支部“三会一课”及组织生活专项检查表",
    numbering="restart",
    sections=(
        Section("“三会一课”", "一、“三会一课”（35分）", 35, (
            Row("支部党员大会每季度至少召开一次，党员到会率不低于百分之八十，会议有通知、有签到、有记录。", 8,
                "每缺少一次扣2分，缺少三次以上本项不得分；到会率低于百分之八十的每次扣0.5分；无签到或记录的每次扣0.5分。"),
            Row("支部委员会每月召开一次，研究支部重要工作，支委全员到会，因故缺席的须在会前请假。", 7,
                "每缺少一次扣1分，缺少三次以上本项不得分；支委缺席未请假的每人次扣0.2分。"),
            Row("党小组会每月召开一次，组织党员学习、开展谈心交流，由党小组长负责记录。", 6,
                "每缺少一次扣0.5分，缺少三次以上本项不得分；记录不全的扣1分。"),
            Row("党课每季度至少一次，支部书记每年至少讲党课一次，其他支部委员每年至少讲党课一次，党课有讲稿或课件。", 8,
                "党课每缺少一次扣1分；书记未讲党课的扣2分；其他支部委员未讲党课的每人扣0.5分；无讲稿或课件的每次扣0.5分。"),
            Row("“三会一课”参学率达到百分之九十以上，统一使用会议记录本，时间、地点、主持人、出席缺席人员、议题和决议等要素"
                "记录齐全。", 6,
                "参学率百分之九十以上得3分，百分之八十五至九十得2分，百分之八十至八十五得1分，低于百分之八十不得分；记录要素"
                "不全的每次扣0.3分，最多扣3分。"),
        )),
        Section("主题党日", "二、主题党日（15分）", 15, (
            Row("每月固定第二周的星期四开展主题党日活动，活动主题结合医院中心工作确定，活动前制定方案并报院党委备案。", 8,
                "每缺少一次扣1分，缺少三次以上本项不得分；未制定方案的每次扣0.3分；未报院党委备案的扣1分。"),
            Row("主题党日党员参加率不低于百分之九十，活动留存签到表和影像资料，活动情况在支部公开栏或院内网公布。", 7,
                "参加率每低五个百分点扣1分；无签到表的每次扣0.5分；无影像资料的每次扣0.5分；未公布的扣1分。"),
        )),
        Section("组织生活会和民主评议党员", "三、组织生活会和民主评议党员（20分）", 20, (
            Row("每年召开一次组织生活会，会前会议方案报院党委审核，支部班子和党员逐一对照检查，开展批评和自我批评。", 6,
                "未召开组织生活会的本项不得分；方案未经审核的扣1分；对照检查材料每缺1人扣0.2分，最多扣2分；批评和自我批评流于"
                "形式的酌情扣1—2分。"),
            Row("组织生活会前，支部书记与支部委员、支部委员之间、支部委员与党员之间谈心谈话每年至少一次，谈话情况记入谈心谈话"
                "记录本。", 5,
                "谈心谈话每缺少一人次扣0.2分，最多扣3分；无谈心谈话记录的扣2分。"),
            Row("每年开展一次民主评议党员，党员参评率不低于百分之九十五，评议结果报院党委备案，对评议为“不合格”的党员按规定"
                "作出组织处置。", 5,
                "未开展民主评议的扣3分；参评率低于百分之九十五的扣1分；评议结果未报备的扣0.5分；应处置未处置的每人扣0.5分。"),
            Row("会后一个月内制定整改清单，明确整改措施、责任人和完成时限，整改情况在下一次组织生活会上通报。", 4,
                "无整改清单的扣2分；整改情况未通报的扣1分；整改措施不具体的扣1分。"),
        )),
        Section("党员教育管理", "四、党员教育管理（20分）", 20, (
            Row("党员每人每年参加集中学习培训不少于32学时，支部委员不少于56学时，学习情况在学习平台如实登记。", 5,
                "党员学时不足的每人扣0.2分，最多扣2分；支部委员学时不足的每人扣0.5分；未登记的扣1分。"),
            Row("党员按月足额交纳党费，支部每季度向党员公布一次党费收缴情况，党费收缴台账逐月登记。", 5,
                "有欠交、少交党费的每人次扣0.5分；每缺少一次公布扣0.5分；无党费收缴台账的本项不得分。"),
            Row("党员组织关系转接及时，转入转出一个月内办结；党员信息每季度在全国党员管理信息系统中核对更新一次，党员花名册"
                "与系统信息一致。", 5,
                "组织关系转接超期的每例扣0.5分；信息核对每缺少一次扣0.5分；无党员花名册或与系统不一致的扣1分。"),
            Row("发展党员坚持标准、程序规范，入党积极分子每半年考察一次，发展对象公示期不少于五个工作日，每两年至少发展党员"
                "一名。", 5,
                "考察记录每缺少一次扣0.5分；未公示或公示期不足的扣1分；两年内未发展党员的扣2分；违反程序发展党员的本项不得分。"),
        )),
        Section("基础工作", "五、基础工作（10分）", 10, (
            Row("年初制定支部年度学习计划和组织生活安排，年底形成支部工作总结并向党员大会报告。", 5,
                "无年度学习计划的扣2分；无年度工作总结的扣2分；未向党员大会报告的扣1分。"),
            Row("党建档案实行“一支部一档”，“三会一课”、主题党日、组织生活会等资料按年度归档，由组织委员专人管理。", 5,
                "资料每缺一类扣0.5分，最多扣3分；未专人管理或归档混乱的酌情扣分。"),
        )),
    ),
)

NOTE = ("说明：1.本表由院党委专项检查组逐支部填写，检查时间范围为2026年1月1日至检查之日；2.各项扣分以该项分值为限；"
        "3.检查得分85分以上为“好”，70—84分为“较好”，60—69分为“一般”，60分以下为“差”。")


def build(t: Table, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    header = ["检查项目", "检查内容", "分值", "评分方法", "得分"]
    n_items = sum(len(s.rows) for s in t.sections)
    document = docx.Document()
    document.add_paragraph("附件2")
    title = document.add_paragraph(t.title)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    document.add_paragraph("被检查党支部：                支部书记：              检查时间：2026年    月    日")
    tbl = document.add_table(rows=1 + n_items + 1, cols=len(header))
    tbl.style = "Table Grid"
    for c, head in enumerate(header):
        tbl.cell(0, c).text = head
    r = 1
    for ci, s in enumerate(t.sections, 1):
        first = r
        for ii, row in enumerate(s.rows, 1):
            tbl.cell(r, 1).text = f"{ci}.{ii} {row.text}"  # the id printed inside the cell
            tbl.cell(r, 2).text = _fmt(row.points)
            tbl.cell(r, 3).text = row.scoring
            r += 1
        merged = tbl.cell(first, 0).merge(tbl.cell(r - 1, 0))
        merged.text = s.printed
    merged = tbl.cell(r, 0).merge(tbl.cell(r, 1))
    merged.text = "合计"
    tbl.cell(r, 2).text = _fmt(t.total)
    document.add_paragraph("检查组成员（签字）：")
    document.add_paragraph(NOTE)
    document.save(str(path))
