"""中共郑州市金水区丰产路街道工作委员会2026年城市社区小区党支部规范化建设验收评分细则 (.docx), as a 河南 街道党工委
验收 the 小区党支部 set up in each residential compound (业委会、物业服务企业交叉任职, 红茶议事会, 三方联席, 党员联户).

A "附件2" line, the title (bold, centred) and a "小区名称：…  所属社区：…  验收日期：…" line above one table: 序号 |
验收内容 | 分值 | 验收标准 | 验收方式 | 验收得分. Categories are full-width merged SECTION ROWS printed
"（一）组织健全（20分）"; 序号 RESTARTS at 1 under every section (ids "2.3"). 分值 is a plain number. Some requirements are
printed only in 验收标准 (党费台账). 验收方式 (`Row.method`) says how the 验收组 checks; 验收得分 is blank. A 合计 row and
a 说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zd_xiaoqu_guifanhua_docx",
    fmt="docx",
    title="中共郑州市金水区丰产路街道工作委员会2026年城市社区小区党支部规范化建设验收评分细则",
    numbering="restart",
    sections=(
        Section("组织健全", "（一）组织健全（20分）", 20, (
            Row("小区党员三名以上的单独成立小区党支部，不足三名的联合成立；支部挂牌。", 5,
                "未成立的本项不得分；未挂牌的扣1分。", "查阅成立批复，实地查看"),
            Row("支部书记由社区“两委”成员或小区内威望较高的党员担任，年龄原则上不超过六十五周岁。", 4,
                "不符合要求的扣2分。", "查阅党员信息"),
            Row("业委会、物业服务企业中的党员与小区党支部交叉任职，业委会成员中党员比例达到百分之五十以上。", 6,
                "比例每低十个百分点扣1分，最多扣3分；无交叉任职的扣2分。", "查阅业委会名单"),
            Row("按楼栋划分党小组，每个楼栋确定一名楼栋长（党员优先）。", 5,
                "党小组划分不合理的酌情扣分；楼栋长空缺的每栋扣0.5分。", "实地查看"),
        )),
        Section("制度规范", "（二）制度规范（30分）", 30, (
            Row("有小区党支部工作职责；有小区议事会议事规则；有党员联系户制度。", 6,
                "每缺一项扣2分。", "查阅资料"),
            Row("支委会每月一次，党员大会每两个月一次，党课每季度一次。", 8,
                "每少一次扣0.5分；会议记录过于简单的酌情扣分。", "查阅会议记录本"),
            Row("每月召开一次“红茶议事会”，物业、业委会、居民代表参加，议定事项办结率百分之九十以上。", 6,
                "少开一次扣0.5分；办结率每低一个百分点扣0.2分。", "查阅议事记录"),
            Row("每季度召开党支部、业委会、物业服务企业三方联席会议一次。", 5,
                "少开一次扣1分；无会议纪要的扣1分。", "查阅会议纪要"),
            Row("党费收缴。", 5,
                "未按月收缴的，每发现一人扣0.5分；无党费台账的扣2分。", "查阅党费台账"),
        )),
        Section("服务有效", "（三）服务有效（35分）", 35, (
            Row("每名党员联系十户左右居民，每月走访一次，记好民情日记。", 7,
                "走访少一次扣0.2分，最多扣3分；无民情日记的扣2分。", "查阅民情日记、入户核实"),
            Row("在职党员到小区报到，每人每年参加小区志愿服务不少于两次。", 6,
                "报到率低于百分之九十的扣2分；参加服务不足两次的每人扣0.1分。", "查阅报到登记"),
            Row("每年为居民办实事三件以上，实行“群众点单、支部派单、党员接单”。", 6,
                "每少一件扣1分。", "查阅实事清单、走访居民"),
            Row("矛盾纠纷就地化解率百分之九十五以上，全年无因物业纠纷引发的群体性事件。", 6,
                "化解率每低一个百分点扣0.5分；发生群体性事件的一票否决，本项不得分。", "查阅调解台账"),
            Row("小区党员志愿服务队每两个月开展一次环境整治、邻里互助活动。", 5,
                "少一次扣0.5分；无活动照片的扣0.5分。", "查阅活动资料"),
            Row("居民满意度。", 5,
                "年底入户问卷，满意度百分之九十以上的得满分，百分之八十至九十的得3分，百分之八十以下的不得分。",
                "入户问卷"),
        )),
        Section("阵地保障", "（四）阵地保障（15分）", 15, (
            Row("有不少于三十平方米的小区党群服务站；有标识标牌；有公示栏。", 6,
                "无服务站的本项不得分；缺标识、公示栏的各扣1分。", "实地查看"),
            Row("小区党支部年初有工作计划，年底向社区党委报告工作。", 4,
                "缺计划扣2分；未报告的扣2分。", "查阅资料"),
            Row("支部资料一年一归档，有档案盒、有目录。", 5,
                "资料未归档的扣3分；档案杂乱的酌情扣1-2分。", "查阅档案"),
        )),
    ),
)

HEADER = ["序号", "验收内容", "分值", "验收标准", "验收方式", "验收得分"]
NOTE = ("说明：1.验收得分85分以上的为“规范化达标小区党支部”，95分以上的推荐为“五星小区党支部”；2.各项扣分以该项分值为限；"
        "3.验收由街道党工委组织，社区党委配合。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件2")
    docx_title(document, t.title, 16)
    document.add_paragraph("小区名称：                  所属社区：                  验收日期：2026年   月   日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            for c, v in ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
