"""柳溪县委组织部2026年度农村党组织“五星”评定标准 (.docx), as a 县委组织部 attaches it to its notice on 星级评定: each of
the five stars (支部过硬星、发展富民星、治理有效星、乡风文明星、服务群众星) has its 必备条件, and two lists under the table say
which cases bar a 村 from 四星 and up, or from any star.

An 附件 line, the title (bold, centred) and a centred "（村党组织适用）" line above one table: 星级 | 必备条件 | 计分办法 |
分值 | 核查方式. No 序号 column (the importer numbers items by position). 星级 (the category) is merged down its rows and
printed with its points on a second line ("支部过硬星\\n（20分）"); 计分办法 stands BEFORE 分值. Rules: fixed and per-unit
deductions, "发现1次扣2分", "酌情扣1—2分", "不得分", "每低1个百分点扣0.5分", one band list. 核查方式 (`Row.method`) is a
way of checking (查阅资料 / 实地查看 / 入户走访 / 问卷测评). After a 合计 row come three paragraphs: 评定等次, "有下列情形之一
的，不得评为四星以上：…" and "有下列情形之一的，实行一票否决，当年不予评星：…"; they belong to no item.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="m_cun_xingji_pingding_docx",
    fmt="docx",
    title="柳溪县委组织部2026年度农村党组织“五星”评定标准",
    numbering="position",
    sections=(
        Section("支部过硬星", "支部过硬星\n（20分）", 20, (
            Row("村党组织书记年龄在60周岁以下、具有高中（中专）以上学历，“两委”班子中至少有1名35周岁以下成员。", 6,
                "书记年龄或学历不符合要求的扣3分；无35周岁以下成员的扣2分。", "查阅资料"),
            Row("支委会每月召开1次，党员大会每季度召开1次，党课每季度1次；每月10日固定开展主题党日。", 8,
                "“三会一课”每少1次扣0.5分；主题党日每少1次扣0.5分。", "查阅资料"),
            Row("每年召开组织生活会、开展民主评议党员，党员参会率达到百分之九十。", 6,
                "未召开组织生活会的不得分；参会率未达到90%的扣2分。", "查阅资料"),
        )),
        Section("发展富民星", "发展富民星\n（20分）", 20, (
            Row("制定村集体经济发展规划，村集体经济年经营性收入达到10万元以上。", 10,
                "无发展规划的扣2分；经营性收入未达到10万元的扣4分。", "查阅资料"),
            Row("党员能人领办创办致富项目，每名党员能人至少结对帮带1户群众，建立结对帮带台账。", 5,
                "无结对帮带台账的扣3分；帮带作用不明显的，酌情扣1—2分。", "查阅资料、入户走访"),
            Row("每年组织党员参加农业实用技术培训不少于2次，党员年度培训累计不少于3天。", 5,
                "培训每少1次扣1分；培训时间不足的扣2分。", "查阅资料"),
        )),
        Section("治理有效星", "治理有效星\n（20分）", 20, (
            Row("落实“四议两公开”，村级重大事项决策程序规范，村务公开每季度1次。", 7,
                "“四议两公开”落实不到位的，发现1次扣2分；村务公开每少1次扣1分。", "查阅资料、实地查看"),
            Row("每月开展1次矛盾纠纷排查，矛盾纠纷就地化解率达到95%以上。", 7,
                "排查每少1次扣0.5分；化解率每低1个百分点扣0.5分。", "查阅资料"),
            Row("修订完善村规民约，村民知晓率达到80%。", 6,
                "无村规民约的不得分；知晓率低于80%的扣3分。", "问卷测评"),
        )),
        Section("乡风文明星", "乡风文明星\n（20分）", 20, (
            Row("每季度开展1次移风易俗、文明新风宣传活动，活动有图片资料。", 6,
                "宣传活动每少1次扣1分；无图片资料的扣1分。", "查阅资料"),
            Row("新时代文明实践站每月至少开展1次志愿服务，注册志愿者占村常住人口比例达到10%以上。", 7,
                "志愿服务每少1次扣1分；注册志愿者比例不达标的扣2分。", "查阅资料、实地查看"),
            Row("开展“好媳妇”“好婆婆”等评选表彰，每年不少于1次，评选结果张榜公示。", 7,
                "未开展评选的扣4分；评选结果未公示的扣1分。", "查阅资料"),
        )),
        Section("服务群众星", "服务群众星\n（20分）", 20, (
            Row("党群服务中心实行村干部坐班值班，每天有人值守，为民代办事项建立代办台账。", 6,
                "值班不到位的，发现1次扣1分；无代办台账的扣2分。", "实地查看、查阅资料"),
            Row("党员联系户覆盖率达到100%，每名党员每季度走访联系户1次。", 6,
                "联系户覆盖率未达到100%的扣2分；走访每少1次扣0.5分。", "入户走访"),
            Row("群众对村党组织满意度达到90%以上。", 8,
                "满意度90%以上得8分，80%（含）—90%得5分，70%（含）—80%得2分，70%以下不得分。", "问卷测评"),
        )),
    ),
)

SCOPE = "（村党组织适用）"
GRADES = ("评定等次：总分90分以上且五颗星必备条件均达到的，评为五星；80—89分的评为四星；70—79分的评为三星；60—69分的"
          "评为二星；60分以下的评为一星。")
NOT_FOUR = ("有下列情形之一的，不得评为四星以上：1.村“两委”成员受到党纪政务处分的；2.发生重大安全生产事故或群体性事件的；"
            "3.被确定为软弱涣散村党组织且未完成整顿的。")
VETO = ("有下列情形之一的，实行一票否决，当年不予评星：1.村党组织书记因违纪违法被立案审查调查的；2.村“两委”换届选举中"
        "出现严重违纪违法问题的。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["星级", "必备条件", "计分办法", "分值", "核查方式"]
    ncols = len(header)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件2")
    docx_title(document, t.title, 16)
    docx_centred(document, SCOPE)
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r = 1
    for s in t.sections:
        first = r
        for row in s.rows:
            for c, v in ((1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for text in (GRADES, NOT_FOUR, VETO):
        document.add_paragraph(text)
    document.save(str(path))
