"""钱塘区白杨街道党工委2026年度社区“大党委”兼职委员履职考评表 (.docx), as a 街道党工委 scores each 兼职委员 (a leader of a
驻区单位 sitting on a 社区党委) one by one: the rows speak of one person's duties, not of a 党组织's.

An issuer line, the title (bold, centred) and a "兼职委员姓名：… 所在单位及职务：… 兼职社区：…" line above one table:
考评要素 | 履职标准 | 分值 | 计分办法 | 考评得分. Categories are full-width merged rows ("一、参与议事（30分）"); there is no 序号
column (the importer numbers items by position). 考评要素 (`Row.indicator`) is a short label ("参加会议"). 考评得分 is blank.
A 合计 row, a 说明 paragraph and a signature line close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="o_dadangwei_jianzhi_docx",
    fmt="docx",
    title="钱塘区白杨街道党工委2026年度社区“大党委”兼职委员履职考评表",
    numbering="position",
    sections=(
        Section("参与议事", "一、参与议事（30分）", 30, (
            Row("全年参加社区“大党委”联席会议不少于3次，因公不能参加的须提前向社区党委书记请假。", 10,
                "每缺席1次扣3分；未请假缺席的，每次另扣1分。", indicator="参加会议"),
            Row("结合本单位资源和社区需求，每年提出共建议题或意见建议不少于2条。", 8,
                "每少1条扣4分。", indicator="提出议题"),
            Row("每年从社区需求、资源、项目“三张清单”中认领共建项目不少于1个，并按期完成。", 12,
                "未认领项目的本项不得分；项目未按期完成的扣4分；项目完成质量不高、居民反映较多的，酌情扣分。",
                indicator="认领项目"),
        )),
        Section("资源共享", "二、资源共享（25分）", 25, (
            Row("推动本单位会议室、活动场地、文体设施向社区居民开放，全年开放不少于6次。", 8,
                "每少开放1次扣1分。", indicator="阵地开放"),
            Row("组织本单位在职党员到社区报到，报到率达到100%，报到党员每人每年参加社区志愿服务累计不少于12小时。", 9,
                "报到率每低1个百分点扣0.5分；服务时长不达标的，每人扣0.2分，最高扣3分。", indicator="党员报到"),
            Row("年内至少1次为社区办实事提供资金或物资支持，支持情况有社区出具的接收凭证。", 8,
                "未提供支持的扣4分；缺接收凭证的扣1分。", indicator="经费物资"),
        )),
        Section("联系群众", "三、联系群众（25分）", 25, (
            Row("每名兼职委员联系1个网格党支部，每季度到所联系网格走访不少于1次，如实填写《兼职委员履职纪实卡》。", 10,
                "走访每少1次扣1.5分；纪实卡填写不全的，扣1—2分。", indicator="结对联系"),
            Row("“七一”、春节期间参与走访慰问困难党员和困难群众，每年不少于2次，留存照片资料。", 7,
                "每少1次扣2分；无照片资料的扣1分。", indicator="困难帮扶"),
            Row("参与社区“吹哨报到”和矛盾纠纷化解，接到社区“吹哨”后24小时内响应。", 8,
                "未响应的，每次扣2分；响应不及时的，每次扣1分，扣完为止。", indicator="矛盾化解"),
        )),
        Section("履职评价", "四、履职评价（20分）", 20, (
            Row("年底向社区“大党委”书面述职，述职材料报街道党工委备案。", 6,
                "未述职的不得分；述职材料未报备案的扣1分。", indicator="年终述职"),
            Row("社区党员、居民代表对兼职委员履职情况进行满意度测评，满意率达到85%。", 8,
                "满意率95%以上得8分，85%（含）—95%得6分，75%（含）—85%得3分，75%以下不得分。", indicator="群众测评"),
            Row("遵守社区各项工作纪律，不利用兼职身份谋取私利，年内未受到党纪政务处分。", 6,
                "受到党纪政务处分的，实行一票否决，本项不得分；被群众实名举报并经查实的扣3分。", indicator="廉洁自律"),
        )),
    ),
)

ISSUER = "中共钱塘区白杨街道工作委员会"
NOTE = ("说明：1.本表由兼职社区党委初评，街道党工委审定，每名兼职委员一表；2.考评得分90分以上为“优秀”，75—89分为"
        "“称职”，60—74分为“基本称职”，60分以下为“不称职”；3.考评结果函告兼职委员所在单位党组织，作为其年度考核和评先"
        "评优的参考。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["考评要素", "履职标准", "分值", "计分办法", "考评得分"]
    ncols = len(header)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_centred(document, ISSUER)
    docx_title(document, t.title, 16)
    document.add_paragraph("兼职委员姓名：              所在单位及职务：                        兼职社区：")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            tbl.cell(r, 0).text = row.indicator
            tbl.cell(r, 1).text = row.text
            tbl.cell(r, 2).text = _fmt(row.points)
            tbl.cell(r, 3).text = row.scoring
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.add_paragraph("社区党委初评意见（盖章）：                    街道党工委审定意见（盖章）：")
    document.save(str(path))
