"""城南区社区党组织“星级评定”标准（2026年修订） (.docx), as a 区委组织部 attaches it to its notice on 星级评定.

An 附件 line, the title (bold, centred) and a short paragraph on how the stars are awarded above one table: 星级 |
序号 | 评定标准 | 分值 | 评定办法. The 星级 cell is merged down its rows and printed on three lines: the star, its
name and its points ("一星级\n基本规范\n（20分）"); 序号 restarts at 1 under every star (ids "c.i"). Each 评定标准 is a
standard, each 评定办法 a short prose rule in tiers ("达到标准的得满分；部分达到的得一半分；未达到的不得分", "满意度
90%以上的得满分，80%—90%的得一半分", "获市级以上表彰的得满分，获区级表彰的得一半分"), now and then with a fixed
deduction or a per-meeting one. After the five stars comes a 否决条件 block: three rows ("…的；") whose 分值 prints "—"
and whose 评定办法 is ONE cell merged down the three rows ("出现上述情形之一的，不得评为三星级以上…"). A 合计 row and a
说明 paragraph (score → star) close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

VETO_RULE = "出现上述情形之一的，不得评为三星级以上（含三星级）；情节严重的，直接评定为一星级。"

TABLE = Table(
    name="f_shequ_xingji_pingding_docx",
    fmt="docx",
    title="城南区社区党组织“星级评定”标准（2026年修订）",
    numbering="restart",
    sections=(
        Section("一星级基本规范", "一星级\n基本规范\n（20分）", 20, (
            Row("社区党组织按照规定按期换届，换届工作程序规范、资料完整，班子职数配备齐全。", 5,
                "全部达到的得满分；按期换届但程序、资料或职数部分达到的得一半分；未按期换届的不得分。"),
            Row("社区党组织书记、居委会主任实行“一肩挑”，社区“两委”成员交叉任职比例不低于50%，班子成员中35周岁以下的"
                "不少于1名。", 5,
                "达到标准的得满分；部分达到的得一半分；均未达到的不得分。"),
            Row("党群服务中心面积不少于300平方米，标识标牌规范统一，党建宣传栏、党务公开栏设置齐全。", 5,
                "实地查看，达到的得满分，部分达到的得一半分，未达到的不得分。"),
            Row("建立党员花名册和组织关系转接台账，党员信息及时录入全国党员管理信息系统，信息准确率达到100%。", 5,
                "花名册、台账齐全且信息准确的得满分；缺一项或信息有误的得一半分；均未建立的不得分。"),
        )),
        Section("二星级规范运行", "二星级\n规范运行\n（25分）", 25, (
            Row("严格落实“三会一课”制度：支部委员会每月召开一次，支部党员大会每季度召开一次，党小组会每月召开一次，党课"
                "每季度至少一次。", 8,
                "全部按要求召开的得8分；每少开1次扣0.5分，扣完为止。"),
            Row("每月固定开展主题党日活动，活动有主题、有签到、有记录、有照片，党员参加率达到百分之八十以上。", 6,
                "达到的得满分；部分达到的得一半分（3分）；全年未开展主题党日的不得分。"),
            Row("每年召开一次专题组织生活会，开展民主评议党员，评议结果运用到位。", 5,
                "召开组织生活会并开展民主评议的得满分；只召开会议未开展民主评议的得一半分；未召开的不得分。"),
            Row("党员按月足额交纳党费，建立党费收缴台账，收缴情况每半年公示一次，党费收缴率100%。", 6,
                "符合要求的得满分；收缴不及时或未按时公示的得一半分；有党员连续6个月不交纳党费且未按规定处置的不得分。"),
        )),
        Section("三星级服务提升", "三星级\n服务提升\n（25分）", 25, (
            Row("党群服务中心每周开放不少于6天，建立“首问负责、全程代办”服务制度，年内为群众办实事不少于10件，有办事"
                "台账。", 7,
                "服务制度健全、办实事达到10件的得满分；办实事5至9件的得一半分；不足5件的不得分。"),
            Row("组建党员志愿服务队不少于3支，每月至少开展1次志愿服务活动，在职党员到社区报到率达到100%。", 6,
                "达到标准的得满分，部分达到的得一半分，未开展志愿服务的不得分。"),
            Row("建立社区“大党委”联席会议制度，联席会议每季度召开一次，与辖区单位签订共建协议不少于5家。", 6,
                "制度健全、会议按时召开、协议达到5家的得满分；部分达到的得3分；未建立联席会议制度的不得分。"),
            Row("居民群众对社区党组织工作满意度达到90%以上。", 6,
                "满意度90%以上的得满分，80%—90%的得一半分，80%以下的不得分。"),
        )),
        Section("四星级治理有效", "四星级\n治理有效\n（15分）", 15, (
            Row("推行“党建+网格”治理模式，每个网格明确1名党员网格员，党员联系服务群众每季度至少走访一次。", 5,
                "达到的得满分；部分达到的得一半分；未推行网格化治理的不得分。"),
            Row("建立居民议事协商制度，每两个月至少召开一次居民议事会，全年协商解决小区治理难题不少于4件。", 5,
                "达到的得满分；部分达到的得一半分；未建立议事协商制度的不得分。"),
            Row("社区全年无重大安全事故、无群体性事件、无越级上访，矛盾纠纷调解成功率达到95%以上。", 5,
                "达到的得满分；调解成功率未达到95%的得一半分；发生越级上访的不得分。"),
        )),
        Section("五星级示范引领", "五星级\n示范引领\n（15分）", 15, (
            Row("打造社区党建特色品牌，形成可复制、可推广的经验做法，在区级以上会议作典型发言或被区级以上媒体宣传报道。", 5,
                "特色鲜明、成效显著的得满分；有特色但成效一般的得一半分；无特色品牌的不得分。"),
            Row("社区党组织或书记近三年获得区级以上表彰，社区党组织书记参加上级示范培训不少于5天。", 5,
                "获市级以上表彰的得满分，获区级表彰的得一半分，未获表彰的不得分；书记培训天数不足的扣1分。"),
            Row("在区域化党建中发挥示范带动作用，结对帮带后进社区不少于1个，每半年至少开展1次结对帮带活动。", 5,
                "达到的得满分；部分达到的得一半分；未开展结对帮带的不得分。"),
        )),
        # No points of their own: 分值 prints "—", one 评定办法 cell merged down the three rows.
        Section("否决条件", "否决条件", 0, (
            Row("社区党组织班子成员受到党纪政务处分，或社区党组织被区级以上通报批评的；", 0, VETO_RULE),
            Row("社区发生重大安全责任事故、重大群体性事件或造成恶劣社会影响事件的；", 0, VETO_RULE),
            Row("党建台账资料弄虚作假，评定中提供虚假材料的。", 0, VETO_RULE),
        )),
    ),
)

INTRO = ("星级评定实行百分制，按照一星级至五星级标准逐项评定，得分与否决条件结合确定星级。评定以社区自评、街道党工委初评、"
         "区委组织部复核的方式进行。")
NOTE = ("说明：1.得分90分以上的评为五星级，80—89分的评为四星级，70—79分的评为三星级，60—69分的评为二星级，60分以下的"
        "评为一星级；2.评定办法中“部分达到”由评定组根据台账资料和实地查看情况认定；3.星级评定结果每年动态调整一次。")


def build(t: Table, path: Path) -> None:
    import docx


    header = ["星级", "序号", "评定标准", "分值", "评定办法"]
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件")
    docx_title(document, t.title, 18)
    document.add_paragraph(INTRO)
    tbl = docx_grid_table(document, n_rows, len(header), header)
    r = 1
    for s in t.sections:
        first = r
        veto = s.points == 0
        for i, row in enumerate(s.rows, start=1):
            tbl.cell(r, 1).text = str(i)
            tbl.cell(r, 2).text = row.text
            tbl.cell(r, 3).text = "—" if veto else _fmt(row.points)
            if not veto:
                tbl.cell(r, 4).text = row.scoring
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
        if veto:  # one rule for the whole block
            merge_cells(tbl, first, 4, r - 1, 4, s.rows[0].scoring)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
