"""江桥区社会组织党组织标准化建设验收评分表 (.docx), as a 区委社会工作部 (社会组织综合党委) 验收组 carries it to the
党组织 of the 社会组织 (协会、学会、民办非企业单位) it has asked to reach the “标准化” level.

An 附件 line, the issuer, the title (bold, centred) and a "社会组织名称（盖章）：… 党组织名称：… 验收日期：" line above
one table: 序号 | 验收项目 | 验收内容 | 标准分 | 计分办法 | 验收结果. 序号 runs 1..N through the whole table. 验收项目
(the category) is merged down its rows and printed with a Chinese ordinal and its points on a second line
("二、组织建设\\n（20分）"). The table opens with "一、基本条件" (printed "（不计分）"): three rows whose 标准分 prints "—"
and whose 计分办法 reads "不达标的，不予验收。" (0 points in the model), and closes with "七、一票否决" (标准分 printed
"一票否决", 0 points). The scored rows use the 验收 wording: "达标的得满分，不达标的不得分", "基本达标的得3分", band
lists "90%以上得6分，80%—90%得4分，70%—80%得2分，70%以下不得分" (one whose lowest band still scores), beside ordinary
deductions, a cap and ranges. Every 验收结果 cell is pre-printed "□达标  □不达标" for the 验收组 to tick. A 合计 row
(合计 merged over 序号..验收内容), a 验收结论 line and a 说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

NOT_ACCEPTED = "不达标的，不予验收。"
VETO_RULE = "验收结论直接评定为“不达标”。"

TABLE = Table(
    name="k_shehui_zuzhi_biaozhunhua_docx",
    fmt="docx",
    title="江桥区社会组织党组织标准化建设验收评分表",
    numbering="printed",
    sections=(
        # No points: 标准分 prints "—"; each must be met before the rest is scored.
        Section("基本条件", "一、基本条件\n（不计分）", 0, (
            Row("社会组织依法登记成立，上年度年检（年度报告）结论为合格。", 0, NOT_ACCEPTED),
            Row("有正式党员3名以上的单独建立党支部；不足3名的，按行业或地域建立联合党支部。", 0, NOT_ACCEPTED),
            Row("党组织书记由社会组织负责人或管理层中的党员担任，党组织按期换届。", 0, NOT_ACCEPTED),
        )),
        Section("组织建设", "二、组织建设\n（20分）", 20, (
            Row("党组织设置规范，组织隶属关系清楚，上级党组织批复文件齐全。", 4,
                "达标的得满分；批复文件不全的扣2分；隶属关系不清的不得分。"),
            Row("党组织书记每年参加上级党组织培训不少于24学时。", 3,
                "达标的得满分，不达标的不得分。"),
            Row("党组织委员会成员中，社会组织管理层党员占比不低于50%。", 3,
                "占比50%以上得3分，30%—50%得2分，30%以下不得分。"),
            Row("社会组织章程写入党建工作内容，建立党组织参与重大事项决策的机制。", 5,
                "章程写入党建工作内容的得3分；建立决策参与机制的得2分。"),
            Row("建立党组织书记与社会组织负责人定期沟通制度，每季度至少沟通1次。", 5,
                "未建立制度的扣2分；沟通每少一次扣0.5分。"),
        )),
        Section("组织生活", "三、组织生活\n（25分）", 25, (
            Row("支部党员大会每季度召开1次，支部委员会每月召开1次，党课每半年至少1次，会议有记录。", 8,
                "每少开一次扣1分，扣完为止。"),
            Row("每月开展1次主题党日活动，可结合社会组织业务开展，活动有签到、有照片。", 5,
                "每少开展一次扣0.5分；无签到或照片的，每次扣0.2分。"),
            Row("每年召开1次组织生活会，开展民主评议党员，党员参评率达到百分之九十五。", 6,
                "未召开组织生活会的，本项不得分；参评率95%以上得6分，85%—95%得4分，85%以下得2分。"),
            Row("党员参加组织生活的比例不低于90%，流动党员、兼职党员缺席的有请假记录。", 6,
                "比例90%以上得6分，80%—90%得4分，70%—80%得2分，70%以下不得分；无请假记录的扣1分。"),
        )),
        Section("党员管理", "四、党员管理\n（20分）", 20, (
            Row("建立党员花名册，党员信息录入全国党员管理信息系统，信息完整准确。", 4,
                "达标的得满分，不达标的不得分。"),
            Row("党员按月交纳党费，建立党费收缴台账，党费收缴率达到100%。", 5,
                "收缴率100%的得5分，95%—100%得3分，95%以下不得分。"),
            Row("每两年至少发展党员1名，注重在业务骨干中培养入党积极分子，明确培养联系人。", 5,
                "两年内未发展党员的扣3分；未明确培养联系人的扣2分。"),
            Row("党员每年参加集中学习培训不少于32学时，在岗党员亮明身份。", 6,
                "学时不足的，每人扣0.5分，最多扣3分；未亮明身份的扣1—3分。"),
        )),
        Section("作用发挥", "五、作用发挥\n（20分）", 20, (
            Row("围绕社会组织宗旨开展服务，全年组织党员参与公益服务不少于4次，党员人均服务时长不少于12小时。", 6,
                "公益服务每少一次扣1分；人均时长不足的扣2分。"),
            Row("设立党员先锋岗或党员责任区不少于2个，年底开展评选。", 4,
                "达标的得满分；先锋岗、责任区不足2个的扣2分；年底未评选的扣2分。"),
            Row("服务对象对社会组织的满意度达到90%以上。", 5,
                "满意度90%以上得5分，80%—90%得3分，80%以下不得分。"),
            Row("党组织活动与社会组织业务工作深度融合，形成党建工作品牌。", 5,
                "由验收组综合评定：达标的得满分，基本达标的得3分，不达标的不得分。"),
        )),
        Section("基础保障", "六、基础保障\n（15分）", 15, (
            Row("有相对固定的党组织活动场所，做到有标识、有党旗、有制度、有书报。", 5,
                "实地查看，达标的得满分，每缺一项扣1分。"),
            Row("党组织工作经费列入社会组织年度预算，党费返还使用规范。", 5,
                "未列入预算的扣3分；使用不规范的扣1—2分。"),
            Row("建立党建工作台账，年初有工作计划，年底有工作总结。", 5,
                "无台账的扣2分；缺计划或总结的，每缺一项扣1.5分。"),
        )),
        # No points: 标准分 prints "一票否决".
        Section("一票否决", "七、一票否决", 0, (
            Row("社会组织受到登记管理机关行政处罚，或被列入严重违法失信名单的。", 0, VETO_RULE),
            Row("党组织班子成员受到党纪处分，或社会组织从事违背社会公德活动、造成恶劣影响的。", 0, VETO_RULE),
        )),
    ),
)

POINTS_PRINTED = {"基本条件": "—", "一票否决": "一票否决"}
RESULT = "□达标  □不达标"
NOTE = ("说明：1.基本条件须全部达标，方可进入计分验收；2.计分部分满分100分，得分85分以上且无一票否决情形的，验收结论为"
        "“达标”，85分以下的限期3个月整改后重新验收；3.各项扣分以该项标准分为限。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["序号", "验收项目", "验收内容", "标准分", "计分办法", "验收结果"]
    n_items = sum(len(s.rows) for s in t.sections)
    document = docx.Document()
    document.add_paragraph("附件")
    docx_centred(document, "中共江桥区委社会工作部")
    docx_title(document, t.title, 16)
    document.add_paragraph("社会组织名称（盖章）：                  党组织名称：                  验收日期：2026年  月  日")
    tbl = docx_grid_table(document, 1 + n_items + 1, len(header), header)
    r, number = 1, 1
    for s in t.sections:
        first = r
        printed = POINTS_PRINTED.get(s.name)
        for row in s.rows:
            points = printed or _fmt(row.points)
            for c, v in ((0, str(number)), (2, row.text), (3, points), (4, row.scoring), (5, RESULT)):
                tbl.cell(r, c).text = v
            r += 1
            number += 1
        merge_cells(tbl, first, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph("验收结论：□达标  □不达标                验收组组长（签字）：")
    document.add_paragraph(NOTE)
    document.save(str(path))
