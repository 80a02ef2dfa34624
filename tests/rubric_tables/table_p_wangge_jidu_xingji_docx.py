"""樊城区米公街道党工委2026年度网格党支部季度星级评定细则 (.docx), as a 街道党工委 rates every 网格党支部 each quarter:
“一网格一支部”, 楼栋党小组, 在职党员报到名册, 当季 meetings, 楼道/院落主题党日, 民情日记, 矛盾纠纷化解率, 网格议事会,
“周末卫生日”志愿服务, 重点人群建档, 季末满意度抽测, 季度工作小结. Most frequencies are 本季度 / 每月 / 每两个月.

An 附件 line, the title (bold, centred), a centred "（…季度）" line and a "网格党支部名称：… 网格长：… 党员人数：…" line above
one table: 评定要素 | 序号 | 评定内容 | 评分办法 | 分值 (分值 last, after the scoring column). 评定要素 (the category) is
merged down its rows and printed "组织覆盖（20分）" with no ordinal; 序号 runs 1..N through the table. A 合计 row (合计
merged over 评定要素..评分办法) closes the table; a 说明 paragraph gives the star bands and the 一票否决 cases for the
whole 网格 (no item's).
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="p_wangge_jidu_xingji_docx",
    fmt="docx",
    title="樊城区米公街道党工委2026年度网格党支部季度星级评定细则",
    numbering="printed",
    sections=(
        Section("组织覆盖", "组织覆盖（20分）", 20, (
            Row("按“一网格一支部”设置网格党支部，支部委员3至5名，从网格长、楼栋长中的党员骨干中产生，委员中45周岁以下的"
                "不少于2名。", 6,
                "网格党支部未建立的本项不得分；45周岁以下委员不足2名的扣2分。"),
            Row("网格内党员底数清楚，建立网格党员花名册和在职党员报到名册，新迁入党员一个月内纳入网格管理。", 5,
                "缺一本名册扣2分；新迁入党员未及时纳入管理的，每人扣0.5分。"),
            Row("以楼栋为单位划分党小组，每个党小组联系楼栋不超过3栋，党员联系群众覆盖率达到100%。", 5,
                "覆盖率每低5个百分点扣1分，扣完为止。"),
            Row("与网格内物业企业、沿街商户、社会组织签订共建协议不少于2份，本季度联合开展共建活动1次以上。", 4,
                "协议少一份扣1分；本季度未开展共建活动的扣2分。"),
        )),
        Section("组织生活", "组织生活（25分）", 25, (
            Row("支部委员会每月召开一次，本季度召开支部党员大会至少1次，党小组会每月开展活动。", 8,
                "每少开一次扣1分；会议无签到表的，每次扣0.5分。"),
            Row("主题党日固定在每月第一个周六开展，本季度至少有一次主题党日在网格内楼道、院落现场开展。", 6,
                "主题党日每少一次扣1.5分；本季度未在网格现场开展的扣1.5分。"),
            Row("支部书记本季度为网格党员讲党课1次，党员每月参加线上学习不少于4学时。", 5,
                "未讲党课的扣3分；线上学习不达标的，每人扣0.2分，最高扣2分。"),
            Row("党员按月足额交纳党费，党费台账清楚，本季度无欠交情况。", 3,
                "有欠交党费的，每人扣1分。"),
            Row("本季度党员参加组织生活平均出勤率不低于85%，对无故连续2次不参加的党员有谈话提醒记录。", 3,
                "出勤率85%以上得3分，75%（含）—85%得1分，75%以下不得分。"),
        )),
        Section("网格治理", "网格治理（35分）", 35, (
            Row("党员认领网格服务岗位，每名党员联系群众5至10户，每月入户走访不少于1次，走访情况记入民情日记。", 8,
                "入户走访每少一次扣0.5分；民情日记记录不全的酌情扣分。"),
            Row("网格内矛盾纠纷由支部牵头化解，本季度矛盾纠纷化解率不低于95%，未发生因化解不力引发的群体性事件。", 9,
                "化解率每低1个百分点扣0.5分；发生群体性事件的，实行一票否决，本项不得分。"),
            Row("每两个月召开一次网格议事会，围绕停车、加装电梯、环境卫生等事项协商议事，形成议事清单并逐项销号。", 6,
                "议事会每少开一次扣2分；无议事清单的扣2分。"),
            Row("组织在职党员、网格党员参与“周末卫生日”“邻里守望”等志愿服务，本季度每名党员参加志愿服务不少于2次，累计"
                "服务时长不少于6小时。", 7,
                "党员参与率低于80%的扣3分；服务时长不足的扣2分。"),
            Row("对网格内独居老人、困难家庭、残疾人等重点人群建档立卡，每季度开展一次关爱帮扶，建立帮扶台账。", 5,
                "未建档的扣2分；帮扶每少一次扣1.5分。"),
        )),
        Section("群众评价", "群众评价（20分）", 20, (
            Row("季末由街道党工委随机抽取网格内不少于20户居民开展满意度测评，满意率不低于90%。", 10,
                "满意率每低1个百分点扣0.5分，扣完为止。"),
            Row("网格党员在防汛救灾、文明城市创建等急难险重任务中带头参与、冲锋在前，群众认可度高。", 5,
                "由街道考核组走访群众后综合评定。"),
            Row("网格党支部本季度工作台账齐全，季度工作小结于季末后5个工作日内报街道党建办。", 5,
                "台账每缺一项扣1分；小结逾期报送的扣1分，未报送的扣2分。"),
        )),
    ),
)

NOTE = ("说明：1.评定每季度开展一次，得分90分以上评为“五星网格党支部”，80—89分为“四星”，70—79分为“三星”，70分以下"
        "不评星；2.本季度网格党员发生违纪违法被立案审查、网格内发生重大安全事故的，实行一票否决，当季不予评星；3.全年四个"
        "季度均获评五星的，推荐参加街道年度“红旗网格党支部”评选。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["评定要素", "序号", "评定内容", "评分办法", "分值"]
    ncols = len(header)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件1")
    docx_title(document, t.title, 16)
    docx_centred(document, "（2026年第    季度）")
    document.add_paragraph("网格党支部名称：                  网格长：              党员人数：      名")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r, number = 1, 1
    for s in t.sections:
        first = r
        for row in s.rows:
            for c, v in ((1, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points))):
                tbl.cell(r, c).text = v
            r += 1
            number += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 3, "合计")
    tbl.cell(r, 4).text = _fmt(t.total)
    document.add_paragraph(NOTE)
    document.add_paragraph("评定组成员（签字）：                              评定日期：2026年  月  日")
    document.save(str(path))
