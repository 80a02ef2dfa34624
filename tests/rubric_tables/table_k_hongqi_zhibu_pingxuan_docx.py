"""溪南街道党工委2026年度“红旗党支部”评选条件及评分表 (.docx), as a 街道党工委 attaches it to its notice on the
year's “两优一先” selection: the 社区党组织 put forward their 党支部, and a 评选小组 scores each against the 评选条件.

An 附件 line, the title (bold, centred) and a "推荐单位：… 党支部名称：… 党员人数：…" line above one table: 评选项目 |
序号 | 评选条件 | 分值 | 评分办法 | 评选得分. 评选项目 (the category, one of the four “强”) is merged down its rows and
printed on one line with its points ("政治引领强（20分）"); 序号 runs 1..N through the table. Each 评选条件 cell holds
numbered clauses "1.…；" "2.…；" "3.…。", each a paragraph of its own (one row has a single clause, unnumbered).
评分办法 is short prose in the 评选 way: "符合的得满分，基本符合的得一半，不符合的不得分", points per clause ("第1项符合
得2分…"), "有特色但未获表彰的得3分", one band list, and a few ordinary deductions. 评选得分 is blank. A 合计 row
(合计 merged over 评选项目..评选条件) closes the table; under it come the 一票否决 list as paragraphs of their own
("有下列情形之一的，实行一票否决…" and "（一）…" lines: not items) and a 说明 paragraph.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

HALF = "符合的得满分，基本符合的得一半，不符合的不得分。"

TABLE = Table(
    name="k_hongqi_zhibu_pingxuan_docx",
    fmt="docx",
    title="溪南街道党工委2026年度“红旗党支部”评选条件及评分表",
    numbering="printed",
    sections=(
        Section("政治引领强", "政治引领强（20分）", 20, (
            Row("1.认真落实“第一议题”制度，支部委员会会议第一项议程学习习近平新时代中国特色社会主义思想和上级重要会议"
                "精神；\n2.每月开展1次集中学习，全年集中学习不少于12次；\n3.党员政治立场坚定，无违反政治纪律和政治规矩的"
                "言行。", 6,
                "三项条件均符合的得满分，基本符合的得一半，不符合的不得分。"),
            Row("1.年初制定支部党建工作计划，年底形成工作总结，并在支部党员大会上通报；\n2.支部书记每年向上级党组织和"
                "支部党员大会述职一次。", 5,
                "缺计划或总结的，每缺一项扣1分；总结未通报的扣1分；书记未述职的扣2分。"),
            Row("1.落实意识形态工作责任制，每半年分析研判一次党员思想状况；\n2.支部宣传栏、党员微信群等宣传阵地管理"
                "规范。", 4,
                "符合的得满分，基本符合的得2分，不符合的不得分。"),
            Row("1.党员积极参加“学习强国”学习，年度参学率达到百分之九十以上；\n2.党员每人每年参加集中培训不少于32学时。", 5,
                "参学率每低5个百分点扣1分；培训学时不足的扣2分。"),
        )),
        Section("组织建设强", "组织建设强（30分）", 30, (
            Row("1.支部委员会按期换届，换届程序规范；\n2.支部委员中至少有1名35周岁以下党员；\n3.支部书记具有大专及以上"
                "学历。", 6,
                "第1项符合得2分，第2项符合得2分，第3项符合得2分。"),
            Row("1.支部委员会每月至少召开1次；\n2.支部党员大会每季度至少召开1次；\n3.党小组会每月召开1次；\n4.支部书记"
                "每年至少讲1次党课。", 8,
                "会议每少开一次扣0.5分；书记未讲党课的扣2分，扣完为止。"),
            Row("1.每月固定开展1次主题党日活动；\n2.活动有方案、有签到、有记录、有照片；\n3.党员参加率不低于85%。", 6,
                "全年开展12次、资料齐全的得满分；每少开展一次扣0.5分；资料不全的酌情扣分；参加率低于85%的扣1分。"),
            Row("1.每年召开1次组织生活会，会前开展谈心谈话，会后形成整改清单；\n2.开展民主评议党员，评定等次，评议结果"
                "向党员公布。", 5,
                "符合的得满分；召开组织生活会但未开展民主评议的得一半；未召开的不得分。"),
            Row("1.严格按照程序发展党员，近两年至少发展党员1名；\n2.党员组织关系转接及时；\n3.流动党员每季度至少联系"
                "1次。", 5,
                HALF),
        )),
        Section("作用发挥强", "作用发挥强（25分）", 25, (
            Row("1.党员按月足额交纳党费，无欠交、漏交现象；\n2.建立党费收缴台账，每半年公示一次收缴情况。", 4,
                "有欠交党费的，每人次扣0.5分；未按时公示的扣1分。"),
            Row("1.组建党员志愿服务队，每季度至少开展1次志愿服务活动；\n2.在职党员到社区报到率达到100%，每名党员全年"
                "参加志愿服务不少于12小时。", 6,
                "活动每少开展一次扣1分；报到率未达100%的扣1分；志愿服务时长不足的，每人扣0.2分，最多扣2分。"),
            Row("1.每名党员联系居民不少于5户，每季度走访联系户1次；\n2.建立民情台账，群众反映的问题办结率达到95%。", 5,
                HALF),
            Row("1.党员年初公开承诺，签订承诺书；\n2.年终开展践诺评议；\n3.党员在急难险重任务中发挥先锋模范作用。", 5,
                "第1、2项每缺一项扣1.5分；第3项由评选小组综合评定。"),
            Row("居民群众对党支部工作的满意率达到90%以上。", 5,
                "满意率95%以上得5分，90%—95%得3分，90%以下不得分。"),
        )),
        Section("基础保障强", "基础保障强（25分）", 25, (
            Row("1.有固定的党员活动场所，做到有标识、有设施、有制度上墙；\n2.党务公开栏每季度更新一次。", 5,
                "实地查看，符合的得满分，基本符合的得一半，不符合的不得分；公开栏未按季度更新的，每次扣0.5分。"),
            Row("1.建立“三会一课”制度、党员学习制度、谈心谈话制度、党费收缴管理制度；\n2.各项制度执行到位。", 4,
                "制度每缺一项扣0.5分；执行不到位的酌情扣1—2分。"),
            Row("1.党建台账分类规范、装订成册，包括党员花名册、“三会一课”记录本、党费收缴台账、发展党员档案；\n2.党员信息"
                "录入全国党员管理信息系统，信息准确率100%。", 6,
                "台账资料每缺一项扣1分；信息有误的，每人次扣0.2分。"),
            Row("1.党支部工作经费列入社区年度预算，专款专用；\n2.建立经费使用台账，每年公开一次使用情况。", 5,
                "无经费使用台账的扣2分；未公开的扣1分；挪用经费的本项不得分。"),
            Row("1.支部工作有特色、有亮点，形成可推广的经验做法；\n2.近三年支部或党员获得街道级以上表彰。", 5,
                "有特色品牌且获得表彰的得满分；有特色但未获表彰的得3分；无特色的不得分。"),
        )),
    ),
)

SCOPE = "推荐单位（盖章）：                党支部名称：                党员人数：      名"
VETO = (
    "一票否决情形：有下列情形之一的，实行一票否决，不得评为“红旗党支部”：",
    "（一）支部班子成员受到党纪政务处分的；",
    "（二）支部所在社区发生重大安全责任事故或群体性事件、造成恶劣影响的；",
    "（三）党员有严重违纪违法行为，支部未及时处置的；",
    "（四）在评选中弄虚作假、提供虚假材料的。",
)
NOTE = ("说明：1.评选实行百分制，总分90分以上且无一票否决情形的，方可推荐为“红旗党支部”；2.评选条件“基本符合”由评选"
        "小组集体认定；3.各项扣分以该项分值为限。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["评选项目", "序号", "评选条件", "分值", "评分办法", "评选得分"]
    n_items = sum(len(s.rows) for s in t.sections)
    document = docx.Document()
    document.add_paragraph("附件2")
    docx_title(document, t.title, 16)
    document.add_paragraph(SCOPE)
    tbl = docx_grid_table(document, 1 + n_items + 1, len(header), header)
    r, number = 1, 1
    for s in t.sections:
        first = r
        for row in s.rows:
            lead, *more = row.text.split("\n")
            cell = tbl.cell(r, 2)
            cell.text = lead
            for line in more:  # one numbered clause per paragraph
                cell.add_paragraph(line)
            for c, v in ((1, str(number)), (3, _fmt(row.points)), (4, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
            number += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in VETO:
        document.add_paragraph(line)
    document.add_paragraph(NOTE)
    document.save(str(path))
