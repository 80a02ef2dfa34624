"""青川县教育局党委2026年度中小学校党支部工作考核细则 (.docx), as a county 教育局党委 sends it to the 党支部 of its
中小学校 and 幼儿园 (事业单位 branches of teachers).

An 附件 line, the title (bold, centred), a centred "（适用于…）" line and a "学校名称：… 党支部书记：… 党员人数：…" line
above one table: 序号 | 考核内容 | 评分细则 | 标准分 | 考核得分. The categories are full-width merged rows
("一、政治建设（15分）"); 序号 restarts at 1 under every category, so the items are "c.i" (numbering "restart").
(A first draft printed the 序号 as "（一）", "（二）": the importer kept those as the ids ("1.一"), so no label met its
item; see the commit that changed it.) Each 考核内容 cell is ONE paragraph listing several requirements
separated by circled numerals "①…；②…；③…" or half-width "(1)…；(2)…"; the 评分细则 beside it repeats the numbering,
mostly with points per clause ("①落实到位的得2分；②…的得2分，未召开的不得分"), some with ordinary deductions, one band
list, caps. School periods: 每学期, 每学年, 寒暑假除外. 考核得分 is blank. A 合计 row (合计 merged over 序号..评分细则)
and a 说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="k_xuexiao_zhibu_kaohe_docx",
    fmt="docx",
    title="青川县教育局党委2026年度中小学校党支部工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("①落实党组织领导的校长负责制，学校重大事项经党组织会议研究讨论；②每学期召开1次党建工作专题会议；"
                "③党支部书记每年向学校党组织述职1次。", 6,
                "①落实到位的得2分；②每学期召开1次的得2分，未召开的不得分；③述职的得2分，未述职的不得分。"),
            Row("(1)每月开展1次政治理论学习，教职工党员参学率达到90%；(2)每学年开展1次师德师风专题教育；(3)每学期"
                "开展1次意识形态分析研判。", 5,
                "(1)每少一次扣0.5分，参学率未达标的扣1分；(2)未开展的扣1.5分；(3)每少一次扣1分。"),
            Row("①党支部书记由“双带头人”教师担任；②支部委员中至少有1名40周岁以下教师。", 4,
                "①符合的得2分；②符合的得2分。"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("①支部党员大会每季度召开1次；②支部委员会每月召开1次；③党小组会每月召开1次；④党课每季度1次，支部书记"
                "每年讲党课不少于1次。", 10,
                "①每少开一次扣1分；②③每少开一次扣0.5分；④每少一次扣1分，书记未讲党课的扣2分。"),
            Row("(1)每月开展1次主题党日活动，寒暑假除外；(2)活动有签到、有记录、有照片；(3)每学年至少组织1次党员到社区"
                "报到服务。", 6,
                "(1)每少一次扣0.5分；(2)资料缺一项扣0.5分；(3)未组织的扣1分。"),
            Row("①每年召开1次组织生活会，会前开展谈心谈话；②开展民主评议党员，评议结果报学校党组织备案。", 6,
                "①召开的得3分，未开展谈心谈话的扣1分；②开展民主评议的得3分，未备案的扣1分。"),
            Row("(1)注重在优秀青年教师中发展党员，近三年至少发展党员1名；(2)入党积极分子每半年考察1次，有考察记录。", 4,
                "(1)近三年未发展党员的扣2分；(2)考察每少一次扣0.5分。"),
            Row("①党员按月交纳党费；②每年公示一次党费收缴情况。", 4,
                "①按月交纳的得2分，有欠交的不得分；②公示的得2分。"),
        )),
        Section("党员作用发挥", "三、党员作用发挥（25分）", 25, (
            Row("①设立党员示范岗，党员教师担任班主任或承担主要学科教学的比例不低于百分之六十；②开展党员骨干教师“一带一”"
                "结对帮带青年教师活动。", 6,
                "①未设立示范岗的扣2分，比例未达标的扣1分；②未开展结对帮带的扣2分，有结对无记录的扣1分。"),
            Row("(1)组建党员志愿服务队，每学期开展志愿服务不少于2次；(2)党员教师每人每年志愿服务时长不少于10小时。", 5,
                "(1)每少开展一次扣1分，最多扣3分；(2)时长不足的，每人扣0.2分，最多扣2分。"),
            Row("①党员教师年初签订师德承诺书；②党员教师无有偿补课、违规收受礼品礼金等违反师德行为。", 6,
                "①签订的得2分；②发现一例扣2分，造成恶劣影响的本项不得分。"),
            Row("①学生、家长对党员教师满意度达到90%以上；②每学年开展1次满意度测评。", 5,
                "①满意度95%以上得3分，90%—95%得2分，90%以下不得分；②开展测评的得2分。"),
            Row("(1)党建带团建、队建，每学期研究1次共青团、少先队工作；(2)党员教师担任少先队辅导员或团干部不少于2名。", 3,
                "(1)每少研究一次扣1分；(2)达不到的扣1分。"),
        )),
        Section("基础工作", "四、基础工作（15分）", 15, (
            Row("①党员活动室做到有场所、有标识、有制度、有资料；②党务公开栏每学期更新不少于2次。", 4,
                "①实地查看，每缺一项扣0.5分；②每少一次扣0.5分。"),
            Row("(1)使用《党支部工作记录本》，记录规范完整；(2)党员花名册、党员档案齐全，信息及时更新。", 4,
                "(1)记录不规范的，每处扣0.2分，最多扣2分；(2)缺一项扣1分。"),
            Row("①年初制定党支部工作计划；②年中进行工作小结；③年终形成工作总结。", 4,
                "①②③缺一项扣1分；计划、总结内容空泛的扣1分。"),
            Row("(1)党建工作经费纳入学校年度预算；(2)支部书记每年参加上级组织的培训不少于3天。", 3,
                "(1)未纳入的扣1分；(2)培训不足的扣2分。"),
        )),
        Section("特色创建", "五、特色创建（15分）", 15, (
            Row("①打造“一支部一品牌”，品牌有载体、有活动、有成效；②党建工作与教育教学深度融合，年内形成1项以上党建与"
                "业务融合案例。", 8,
                "①品牌特色鲜明的得4分，一般的得2分，无品牌的不得分；②形成案例的得4分。"),
            Row("(1)党支部或党员教师获得县级以上表彰；(2)党建工作经验被县级以上媒体宣传报道。", 7,
                "(1)获市级以上表彰的得4分，获县级表彰的得2分，未获表彰的不得分；(2)被宣传报道的得3分。"),
        )),
    ),
)

SCOPE = "（适用于全县中小学校、幼儿园党支部）"
NOTE = ("说明：1.考核实行百分制，各项扣分以该项标准分为限；2.考核结果分为优秀（90分以上）、良好（80—89分）、一般（60—79分）"
        "和较差（60分以下）四个等次；3.学校发生重大安全责任事故或师德失范事件造成恶劣影响的，年度考核不得评为优秀。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["序号", "考核内容", "评分细则", "标准分", "考核得分"]
    ncols = len(header)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件3")
    docx_title(document, t.title, 16)
    docx_centred(document, SCOPE)
    document.add_paragraph("学校名称：                    党支部书记：              党员人数：      名")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for i, row in enumerate(s.rows):
            for c, v in ((0, str(i + 1)), (1, row.text), (2, row.scoring), (3, _fmt(row.points))):
                tbl.cell(r, c).text = v
            r += 1
    merge_cells(tbl, r, 0, r, 2, "合计")
    tbl.cell(r, 3).text = _fmt(t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
