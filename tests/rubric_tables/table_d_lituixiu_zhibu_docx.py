"""金桂街道党工委2026年度离退休干部党支部工作考评表 (.docx), as a street Party working committee sends it to the
离退休干部 / 老干部 党支部 in its 社区: older members, much of the work brought to their door.

An 附件 line, the title (bold, centred), a centred "（适用于…）" line and a "党支部名称：… 支部书记：… 党员人数：…
考评时间：" line above the table; columns 序号 | 考评项目 | 考评内容 | 分值 | 扣分标准 | 扣分 | 得分. 序号 runs 1..N; the
考评项目 (category) is merged down its rows and printed on two lines with bare points, no brackets ("组织建设\n15分").
Rows are short (送学上门, 走访慰问, 生日慰问, 学习资料, 党费按季度交纳, 组织生活形式灵活, 参学率); the scoring is
deduction-only (扣分标准: "少一次扣1分", "酌情扣0.5—1分", "各扣1.5分", "最多扣2分"), figures partly written out
(百分之八十, 一次). 扣分 / 得分 are blank. A 合计 row (合计 merged over 序号..考评内容), a 说明 paragraph and a
考评组签字 line close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="d_lituixiu_zhibu_docx",
    fmt="docx",
    title="金桂街道党工委2026年度离退休干部党支部工作考评表",
    numbering="printed",
    sections=(
        Section("组织建设", "组织建设\n15分", 15, (
            Row("支部委员会设置健全，书记、委员分工明确。", 3,
                "委员缺额未及时补选的扣1分；分工不明确的扣0.5分。"),
            Row("按期换届，每三年换届一次。", 3,
                "未按期换届的扣2分；换届程序不规范的酌情扣0.5—1分。"),
            Row("党员花名册信息齐全，每半年核对一次。", 3,
                "无花名册的扣2分；未按时核对的扣0.5分；信息不全的酌情扣0.5分。"),
            Row("按居住片区划分党小组，每个党小组设党小组长。", 3,
                "党小组划分不合理的酌情扣1—2分；未设党小组长的每个扣0.5分。"),
            Row("年初有工作计划，年底有工作总结。", 3,
                "缺计划或总结的各扣1.5分。"),
        )),
        Section("组织生活", "组织生活\n25分", 25, (
            Row("支委会每两个月至少召开1次。", 4,
                "少开一次扣1分。"),
            Row("党员大会每季度召开1次，参会率不低于70%。", 5,
                "少开一次扣1分；参会率低于70%的每次扣0.5分。"),
            Row("支部书记每年为党员讲党课不少于1次。", 4,
                "未讲的扣3分；无讲稿的扣1分。"),
            Row("每月开展一次主题党日，形式灵活，可分片集中或线上进行。", 4,
                "少一次扣0.5分。"),
            Row("每年召开一次组织生活会，开展民主评议党员。", 4,
                "未召开组织生活会的扣3分；未开展民主评议的扣1分。"),
            Row("“三会一课”有专门记录本，签到齐全。", 4,
                "无记录本的扣2分；签到不全的每次扣0.2分，最多扣1分。"),
        )),
        Section("学习教育", "学习教育\n25分", 25, (
            Row("每季度至少组织一次集中学习，参学率达到百分之八十以上。", 6,
                "少一次扣1分；参学率每低5个百分点扣0.5分。"),
            Row("对行动不便的党员每季度送学上门一次，有送学记录。", 6,
                "少送一次扣0.5分；无送学记录的扣1分。"),
            Row("每年向每名党员发放（寄送）学习资料不少于4次，建立发放登记表。", 5,
                "少发一次扣0.5分；无登记表的扣1分。"),
            Row("党员每年学习时间累计不少于12学时。", 4,
                "学时不足的每人扣0.2分，最多扣2分。"),
            Row("组织身体条件允许的老党员参加社区志愿服务，全年不少于2次。", 4,
                "少一次扣1分。"),
        )),
        Section("关心关爱", "关心关爱\n35分", 35, (
            Row("春节、“七一”、重阳节走访慰问高龄、困难党员，每年不少于3次，有慰问名单。", 6,
                "少一次扣1分；无慰问名单的扣0.5分。"),
            Row("每月为当月过生日的党员送生日祝福或集体过“政治生日”，留存照片。", 5,
                "少一次扣0.5分；无照片的扣0.5分。"),
            Row("党员生病住院及时探望，去世的及时做好悼念工作。", 4,
                "发现一例未探望的扣1分。"),
            Row("党费按季度交纳，每季度收缴一次，登记党费收缴台账，每半年公示一次。", 6,
                "未按季度收缴的每次扣0.5分；无台账的扣2分；未公示的扣0.5分。"),
            Row("异地居住党员每季度至少联系一次，建立联系台账。", 4,
                "每少联系一次扣0.2分；无台账的扣1分。"),
            Row("年底开展党员满意度测评，满意度不低于90%。", 5,
                "未测评的扣3分；满意度低于90%的扣2分。"),
            Row("支部资料专人保管，按年度归档。", 5,
                "资料每缺一项扣0.5分；管理不规范的酌情扣0.5—1分。"),
        )),
    ),
)

NOTE = ("说明：1.本表采取扣分制，各项扣分以该项分值扣完为止；2.考评以查阅资料、走访党员相结合的方式进行，走访党员不少于"
        "5名；3.考评得分90分以上为“好”，75—89分为“较好”，60—74分为“一般”，60分以下为“差”。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["序号", "考评项目", "考评内容", "分值", "扣分标准", "扣分", "得分"]
    n_items = sum(len(s.rows) for s in t.sections)
    document = docx.Document()
    document.add_paragraph("附件2")
    docx_title(document, t.title, 18)
    docx_centred(document, "（适用于辖区各社区离退休干部党支部、老干部党支部）")
    document.add_paragraph("党支部名称：                支部书记：          党员人数：      考评时间：2026年  月  日")
    tbl = docx_grid_table(document, 1 + n_items + 1, len(header), header)
    r, number = 1, 1
    for s in t.sections:
        first = r
        for row in s.rows:
            tbl.cell(r, 0).text = str(number)
            tbl.cell(r, 2).text = row.text
            tbl.cell(r, 3).text = _fmt(row.points)
            tbl.cell(r, 4).text = row.scoring
            r += 1
            number += 1
        merge_cells(tbl, first, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.add_paragraph("考评组成员（签字）：                                    党支部书记（签字）：")
    document.save(str(path))
