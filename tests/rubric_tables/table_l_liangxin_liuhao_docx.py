"""金沙经济开发区党工委2026年度两新组织党组织“双强六好”考核细则 (.docx), as a 开发区 党工委 (两新组织党委) sends it to
the 党组织 of the 非公企业 and 社会组织 in the zone: “六好” are the six categories.

An 附件 line, the issuer line, the title (bold, centred) and a "单位名称（盖章）：… 党组织名称：… 党员人数：…" line above
one table: 项目 | 考核内容及标准 | 分值 | 考核方法及评分标准. No 序号 column (the importer numbers items by position).
项目 (the category) is merged down its rows, printed as name and points on one line ("班子队伍好（15分）"). Each
考核内容及标准 cell is ONE paragraph of numbered clauses "1.…；2.…；3.…。". The last column opens with the ways of
checking (查阅资料 / 实地查看 / 个别访谈 / 问卷测评 / 部门反馈) and a colon, then the rules numbered after the clauses they
score ("查阅资料、个别访谈：1.组织设置不规范的扣2分；2.未按期换届的扣2分；…"), so `Row.scoring` is that whole cell.
Wording is a zone's: 出资人、管理层、会员、劳动合同签订率、攻关小组、突击队、党员先锋岗、经营收入. Rules: fixed and per-unit
deductions, "最多扣2分", "酌情扣1-3分", "…的得4分" parts, one band list, "实行一票否决，本项不得分". A 合计 row and a
说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="l_liangxin_liuhao_docx",
    fmt="docx",
    title="金沙经济开发区党工委2026年度两新组织党组织“双强六好”考核细则",
    numbering="position",
    sections=(
        Section("班子队伍好", "班子队伍好（15分）", 15, (
            Row("1.有正式党员3名以上的两新组织单独建立党支部，不足3名的建立联合党支部；2.党支部每届任期3年，任期届满按期"
                "换届；3.党组织书记一般从出资人或管理层中的党员中产生。", 6,
                "查阅资料、个别访谈：1.组织设置不规范的扣2分；2.未按期换届的扣2分；3.书记人选不符合要求的扣2分。"),
            Row("1.支部委员会由3至5人组成，委员中至少有1名35周岁以下的党员；2.党组织书记每年参加党务培训不少于24学时。", 4,
                "查阅资料：1.委员中无35周岁以下党员的扣1分；2.培训学时不足的扣2分。"),
            Row("1.党组织活动场所面积不少于30平方米，做到有标识、有党旗、有制度上墙；2.建立党员花名册和党员信息档案。", 5,
                "实地查看、查阅资料：1.活动场所每缺1项扣0.5分；2.无党员花名册的扣2分。"),
        )),
        Section("党员队伍好", "党员队伍好（15分）", 15, (
            Row("1.每月开展1次集中学习，党员参学率达到90%；2.每年组织党员参加集中轮训不少于1次；3.入党积极分子每半年考察"
                "1次。", 6,
                "查阅资料：1.集中学习每少1次扣0.5分，参学率未达到90%的扣1分；2.未组织轮训的扣1分；3.考察每少1次扣0.5分。"),
            Row("1.党员按月交纳党费；2.流动党员纳入管理，每季度至少联系1次；3.设立党员先锋岗，党员亮明身份。", 5,
                "查阅资料、实地查看：1.有欠交党费的，每人扣0.5分；2.联系每少1次扣0.5分；3.未设立党员先锋岗的扣1分。"),
            Row("1.每两年至少发展1名党员；2.发展对象经过公示，入党材料完整规范。", 4,
                "查阅资料：1.两年内未发展党员的扣2分；2.发展材料不规范的，每例扣0.5分。"),
        )),
        Section("工作机制好", "工作机制好（20分）", 20, (
            Row("1.支部委员会会议每月召开1次，党员大会每季度召开1次，党小组会每月召开1次；2.党课每季度1次，书记每年讲党课"
                "不少于1次；3.会议做到有通知、有签到、有记录。", 8,
                "查阅资料：1.会议每少开1次扣0.5分；2.党课每少1次扣0.5分，书记未讲党课的扣1分；3.缺签到或记录的，每次扣0.2分，"
                "最多扣2分。"),
            Row("1.建立“三会一课”、党员教育管理、党费收缴管理等制度；2.年初制定党建工作计划，年终形成工作总结。", 6,
                "查阅资料：1.制度每缺1项扣1分；2.缺计划或总结的，每缺1项扣1.5分。"),
            Row("1.党组织书记列席企业（单位）管理层重要会议；2.党组织与出资人（负责人）每季度至少沟通1次党建工作。", 6,
                "查阅资料、个别访谈：1.未列席的扣2分；2.沟通每少1次扣0.5分。"),
        )),
        Section("活动开展好", "活动开展好（15分）", 15, (
            Row("1.每月固定1天开展固定党日活动，全年不少于12次；2.活动有方案、有照片。", 6,
                "查阅资料：1.每少开展1次扣0.5分；2.缺方案或照片的，每项扣1分。"),
            Row("1.每年召开1次组织生活会，开展民主评议党员；2.会前开展谈心谈话。", 5,
                "查阅资料、个别访谈：1.未召开组织生活会的扣3分，未开展民主评议的扣1分；2.未开展谈心谈话的扣1分。"),
            Row("1.组建党员志愿服务队，每半年开展志愿服务不少于2次；2.每年与所在社区党组织开展联建共建活动不少于2次。", 4,
                "查阅资料：1.志愿服务每少1次扣0.5分；2.共建活动每少1次扣0.5分。"),
        )),
        Section("发展业绩好", "发展业绩好（20分）", 20, (
            Row("1.企业（单位）年度经营收入较上年增长；2.依法纳税，劳动合同签订率达到95%以上。", 6,
                "查阅资料、部门反馈：1.经营收入负增长的扣2分；2.劳动合同签订率低于95%的，每低1个百分点扣0.2分。"),
            Row("1.党员在生产经营、技术攻关中发挥先锋模范作用；2.每年组建党员攻关小组或党员突击队不少于1个。", 7,
                "个别访谈、查阅资料：1.作用发挥不明显的酌情扣1-3分；2.未组建的扣2分。"),
            Row("1.党组织或党员获得开发区以上表彰；2.党建工作经验做法被媒体宣传报道。", 7,
                "查阅资料：1.获得市级以上表彰的得4分，获得开发区表彰的得2分；2.被媒体宣传报道的得3分。"),
        )),
        Section("社会评价好", "社会评价好（15分）", 15, (
            Row("1.每年开展1次满意度测评；2.职工（会员）对党组织工作满意度达到90%以上。", 7,
                "问卷测评：1.未开展测评的本项不得分；2.满意度90%以上得7分，80%-90%得4分，80%以下不得分。"),
            Row("1.党组织班子团结，党员群众认可度高；2.年内无违法违规经营、重大安全生产事故和群体性事件。", 8,
                "个别访谈、部门反馈：1.认可度不高的酌情扣分；2.发生重大安全生产事故或群体性事件的，实行一票否决，本项不得分。"),
        )),
    ),
)

ISSUER = "中共金沙经济开发区工作委员会"
NOTE = ("说明：1.考核采取查阅资料、实地查看、个别访谈、问卷测评相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；"
        "3.考核得分90分以上的，命名为“双强六好”两新组织党组织；4.党员不足3名的联合党支部，由牵头单位组织迎检。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["项目", "考核内容及标准", "分值", "考核方法及评分标准"]
    ncols = len(header)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件1")
    document.add_paragraph(ISSUER)
    docx_title(document, t.title, 16)
    document.add_paragraph("单位名称（盖章）：                      党组织名称：                    党员人数：    名")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r = 1
    for s in t.sections:
        first = r
        for row in s.rows:
            tbl.cell(r, 1).text = row.text
            tbl.cell(r, 2).text = _fmt(row.points)
            tbl.cell(r, 3).text = row.scoring
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
