"""福州市鼓楼区直机关工委2026年度“四强”党支部创建验收评分细则 (.docx), as a 区直机关工委 验收组 checks a 机关党支部
that applied for the “四强” title (政治功能强、支部班子强、党员队伍强、作用发挥强).

A 附件 line, the title, a centred "（验收对象：…）" line, then the table SPLIT INTO TWO Word tables as a long Word page
breaks it: 一级指标 | 二级指标 | 三级指标 | 评分标准 | 分值. The first table holds 政治功能强 and 支部班子强; a "（续表）"
paragraph follows, and the second table repeats the header and holds 党员队伍强 and 作用发挥强, then a 合计 row. No 序号:
items are numbered by position (1..16). 一级指标 (the category) is merged down its rows and printed "政治功能强\\n（25分）";
二级指标 is a short sub-label (`Row.indicator`); 三级指标 is what is asked (`Row.text`). 分值 is printed "7分". A 验收说明
paragraph closes the page.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="r_siqiang_zhibu_docx",
    fmt="docx",
    title="福州市鼓楼区直机关工委2026年度“四强”党支部创建验收评分细则",
    numbering="position",
    sections=(
        Section("政治功能强", "政治功能强\n（25分）", 25, (
            Row("落实“第一议题”制度，支部每月至少组织一次集中学习，党员年度集中学习不少于32学时。", 7,
                "集中学习每少一次扣1分；学时不足的，每人扣0.5分，最高扣3分。", indicator="理论武装"),
            Row("每半年分析研判一次党员思想动态，形成书面研判报告。", 5,
                "每缺一次扣2.5分。", indicator="思想动态"),
            Row("每年召开专题组织生活会，会前开展谈心谈话全覆盖，会上党员逐一开展批评和自我批评。", 7,
                "未召开的本项不得分；谈心谈话未全覆盖的扣2分；批评和自我批评流于形式的酌情扣1-3分。",
                indicator="政治生活"),
            Row("严格执行请示报告制度，涉及党员管理的重大事项及时向机关党委请示报告。", 6,
                "未按规定请示报告的，每次扣2分。", indicator="请示报告"),
        )),
        Section("支部班子强", "支部班子强\n（25分）", 25, (
            Row("支部委员会按期换届，书记由本单位党员负责同志担任，支部委员中45岁以下的至少1名。", 6,
                "未按期换届的扣3分；无45岁以下委员的扣1分。", indicator="班子配备"),
            Row("支委会每月召开一次，研究党员教育管理、发展党员等事项，会议有签到、有记录。", 7,
                "每少开一次扣1分；无签到表的，每次扣0.5分。", indicator="议事决策"),
            Row("支部书记年内讲党课不少于2次，年终向机关党委述职。", 6,
                "讲党课每少一次扣2分；未述职的扣2分。", indicator="书记履职"),
            Row("支部委员每年参加机关工委组织的集中轮训不少于3天。", 6,
                "每少1天扣1分；未参训的本项不得分。", indicator="能力提升"),
        )),
        Section("党员队伍强", "党员队伍强\n（25分）", 25, (
            Row("每月开展主题党日，每季度召开党员大会，党员参会率不低于90%。", 8,
                "每少一次扣1分；参会率每低1个百分点扣0.2分，最高扣2分。", indicator="教育管理"),
            Row("党员按月足额交纳党费，党费收缴台账规范，收缴率达到100%。", 5,
                "收缴率未达到100%的本项不得分。", indicator="党费收缴"),
            Row("年内培养入党积极分子不少于2名，发展对象按要求公示，公示期不少于5个工作日。", 6,
                "积极分子每少1名扣1.5分；未公示的扣3分。", indicator="发展党员"),
            Row("每年开展民主评议党员，评定为“优秀”的比例不超过支部党员总数的30%。", 6,
                "未开展民主评议的本项不得分；“优秀”比例超标的扣2分。", indicator="民主评议"),
        )),
        Section("作用发挥强", "作用发挥强\n（25分）", 25, (
            Row("围绕机关中心工作设立党员攻坚项目不少于1个，项目进展每季度在支部内通报一次。", 7,
                "未设立攻坚项目的扣4分；每少通报一次扣0.5分。", indicator="业务融合"),
            Row("组织党员到报到社区开展志愿服务，每名党员全年不少于4次，累计时长不少于8小时。", 7,
                "每人每少1次扣0.2分，最高扣3分；时长不足的扣1分。", indicator="服务群众"),
            Row("年初制定“四强”党支部创建方案，年底形成创建工作总结，创建过程留有图片资料。", 6,
                "缺方案或总结的，每项扣2分；无图片资料的扣1分。", indicator="创建过程"),
            Row("由验收组随机抽取服务对象开展满意度测评。", 5,
                "满意度90%以上得5分，85%—90%（不含）得3分，85%以下不得分。", indicator="群众评价"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "三级指标", "评分标准", "分值"]
NOTE = ("验收说明：1.验收得分90分以上且无否决情形的，命名为“四强”党支部；2.验收采取听取汇报、查阅资料、个别访谈、实地查看"
        "相结合的方式；3.支部党员年内受到党纪处分的，不予命名。")


def _part(document, sections, closing_total=None):
    n_rows = 1 + sum(len(s.rows) for s in sections) + (1 if closing_total is not None else 0)
    tbl = docx_grid_table(document, n_rows, len(HEADER), HEADER)
    r = 1
    for s in sections:
        first = r
        for row in s.rows:
            for c, v in ((1, row.indicator), (2, row.text), (3, row.scoring), (4, f"{_fmt(row.points)}分")):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    if closing_total is not None:
        merge_cells(tbl, r, 0, r, 3, "合计")
        tbl.cell(r, 4).text = f"{_fmt(closing_total)}分"


def build(t: Table, path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("附件2")
    docx_title(document, t.title, 16)
    docx_centred(document, "（验收对象：区直机关申报“四强”党支部）")
    _part(document, t.sections[:2])
    document.add_paragraph("（续表）")
    _part(document, t.sections[2:], closing_total=t.total)
    document.add_paragraph(NOTE)
    document.add_paragraph("验收组成员（签字）：                        验收日期：2026年  月  日")
    document.save(str(path))
