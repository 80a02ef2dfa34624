"""锦城区双林街道2026年度小区（院落）党支部及楼栋长工作考核评分表 (.docx), as a 街道党工委 scores the 小区（院落）党支部
its 社区党委 have set up, together with the 党员楼栋长 under them: 楼栋长花名册, 入户走访, 民情日志, 楼栋巡查, “三方”
联席会议, 居民议事会, 矛盾化解, 小区党群服务站, 楼栋长积分.

An 附件 line, the title (bold, centred) and a "填表单位：…社区党委（盖章） 小区（院落）名称：… 填表日期：…" line above one
table: 考核项目 | 序号 | 考核内容 | 分值 | 评分标准 | 考核方式. 考核项目 (the category) is merged down its rows and printed
with a bracketed Chinese ordinal and, on a second line, its bare points ("（一）组织健全\\n15分"). The 序号 column prints
decimal ids restarting in every category ("1.1", "1.2", "2.1" …), so the items are "c.i" (numbering "restart").
评分标准 mixes fixed and per-unit deductions, "每低10个百分点", "最多扣2分", "最多扣4分", "不得分", "酌情扣分", two band
lists (one whose lowest band still scores) and "实行一票否决，本项不得分". 考核方式 (`Row.method`) is 查阅资料 / 实地查看 /
入户走访 / 问卷调查. A 合计 row (合计 merged over 考核项目..考核内容), a 注 paragraph and a 填表人 / 审核人 line close the
document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

ZL, SD, RH = "查阅资料", "实地查看", "入户走访"

TABLE = Table(
    name="n_yuanluo_loudong_docx",
    fmt="docx",
    title="锦城区双林街道2026年度小区（院落）党支部及楼栋长工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织健全", "（一）组织健全\n15分", 15, (
            Row("以小区（院落）为单元建立党支部，党员50人以上的按楼栋划分党小组；每个楼栋设楼栋长，党员楼栋长占楼栋长总数的"
                "比例不低于60%。", 5,
                "党员楼栋长比例每低10个百分点扣1分；党小组设置不全的扣1分。", f"{ZL}、{SD}"),
            Row("小区党支部书记原则上由社区“两委”成员或党员业委会主任担任，支部委员中60周岁以下的不少于1名。", 4,
                "书记人选、委员年龄结构不符合要求的，每项扣2分。", ZL),
            Row("建立楼栋长花名册，楼栋长姓名、联系电话在单元门口公示，楼栋长变动后15日内完成调整。", 6,
                "无楼栋长花名册的扣3分；未公示的，每个单元扣0.2分，最多扣2分；调整不及时的扣1分。", f"{ZL}、{SD}"),
        )),
        Section("组织生活", "（二）组织生活\n25分", 25, (
            Row("小区党支部每月召开1次支委会，每季度召开1次党员大会、讲1次党课，会议有记录、有签到。", 8,
                "会议每少1次扣0.5分；无签到的扣1分。", ZL),
            Row("每月组织党员开展1次主题党日，结合小区环境整治、邻里互助开展，活动照片在小区公示栏展示。", 6,
                "每少1次扣0.5分；照片未展示的扣1分。", f"{ZL}、{SD}"),
            Row("每年召开1次组织生活会，邀请党员楼栋长列席，开展民主评议党员。", 5,
                "未召开的不得分；楼栋长未列席的扣1分；未开展民主评议的扣2分。", ZL),
            Row("在职党员到小区报到，报到党员每季度至少参加1次小区活动，参与率达到80%。", 6,
                "参与率80%以上得6分，60%（含）—80%得4分，60%以下得1分。", ZL),
        )),
        Section("楼栋服务", "（三）楼栋服务\n35分", 35, (
            Row("楼栋长每月入户走访本楼栋住户1遍，重点关注独居老人、困难家庭和残疾人，填写《楼栋民情日志》。", 8,
                "走访不到位的，每发现1户扣0.2分，最多扣4分；无民情日志的扣2分。", f"{ZL}、{RH}"),
            Row("楼栋长每月至少巡查2次楼栋消防通道、电动车充电等安全隐患，发现问题24小时内向网格员报告。", 6,
                "巡查每少1次扣0.3分；隐患未及时报告的，每次扣1分。", f"{ZL}、{SD}"),
            Row("每季度召开1次小区党支部、业委会、物业服务企业“三方”联席会议，协调解决小区治理问题，形成会议纪要。", 7,
                "每少召开1次扣1.5分；无会议纪要的扣1分。", ZL),
            Row("建立小区居民议事会，每半年至少召开1次议事会，议事结果在小区公示不少于5天。", 6,
                "议事会每少1次扣2分；议事结果未公示的扣1分。", f"{ZL}、{SD}"),
            Row("楼栋矛盾纠纷化解率达到95%以上，全年无因小区矛盾引发的越级上访和群体性事件。", 8,
                "化解率每低1个百分点扣0.5分；发生越级上访或群体性事件的，实行一票否决，本项不得分。", ZL),
        )),
        Section("基础保障", "（四）基础保障\n25分", 25, (
            Row("小区党群服务站（点）面积不少于30平方米，每周开放不少于5天，配有公示栏和党员学习资料。", 6,
                "由考核组实地查看，酌情扣分。", SD),
            Row("街道、社区每年对楼栋长开展培训不少于2次，每次不少于2学时。", 5,
                "培训每少1次扣1分；学时不足的扣1分。", ZL),
            Row("建立楼栋长积分激励制度，每半年评定一次积分，年底评选“优秀楼栋长”并公示。", 6,
                "未建立积分制度的扣2分；积分评定每少1次扣1分；未开展评选的扣2分。", ZL),
            Row("居民对小区党支部和楼栋长工作的满意度达到90%。", 8,
                "满意度90%以上得8分，85%（含）—90%得6分，80%（含）—85%得4分，80%以下不得分。", "问卷调查"),
        )),
    ),
)

NOTE = ("注：1.本表由社区党委初评、街道党工委复核，各项扣分以该项分值为限；2.考核得分90分以上的小区党支部评为“红旗院落”，"
        "其党员楼栋长优先推荐为“优秀共产党员”；3.发生一票否决情形的，当年不得评为“红旗院落”。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["考核项目", "序号", "考核内容", "分值", "评分标准", "考核方式"]
    n_items = sum(len(s.rows) for s in t.sections)
    document = docx.Document()
    document.add_paragraph("附件")
    docx_title(document, t.title, 16)
    document.add_paragraph("填表单位：          社区党委（盖章）      小区（院落）名称：              填表日期：2026年  月  日")
    tbl = docx_grid_table(document, 1 + n_items + 1, len(header), header)
    r = 1
    for ci, s in enumerate(t.sections, 1):
        first = r
        for ii, row in enumerate(s.rows, 1):
            for c, v in ((1, f"{ci}.{ii}"), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.add_paragraph("填表人：                    审核人：                    联系电话：")
    document.save(str(path))
