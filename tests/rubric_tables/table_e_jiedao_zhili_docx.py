"""桂湖街道党工委2026年度“党建引领基层治理”专项考核细则 (.docx), as a street Party working committee sends it to its
社区党委: grid Party branches, 在职党员报到, 红色物业, 议事协商, 民生实事, 矛盾纠纷排查, 满意率, 信访, and a 负面清单.

An 附件 line, the title (bold, centred) and a centred "（考核对象：辖区各社区党委）" line above the table; columns
序号 | 类别 | 考核指标 | 分值 | 评分细则. The categories are printed as full-width rows across the table
("一、组织体系建设（20分）"), not in the 类别 column; 类别 holds a short sub-label per row (`Row.indicator`: "网格党支部",
"民生实事" …), merged down two rows where two items share it. 序号 restarts at 1 under every category row (ids "c.i").
The 评分细则 mix per-unit deductions, ranges (酌情扣0.5—1分), caps (最多扣N分), band lists inside an item and, in the
负面清单 and 信访 rows, "发生…的，本项不得分". A 合计 row (合计 merged over 序号..考核指标) and a 说明 paragraph close the
document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="e_jiedao_zhili_docx",
    fmt="docx",
    title="桂湖街道党工委2026年度“党建引领基层治理”专项考核细则",
    numbering="restart",
    sections=(
        Section("组织体系建设", "一、组织体系建设（20分）", 20, (
            Row("优化“社区党委—网格党支部—楼栋党小组—党员中心户”四级组织架构，网格党组织覆盖率达到100%，网格党支部书记由"
                "社区“两委”成员或优秀党员担任。", 5,
                "网格党组织未全覆盖的，每缺1个网格扣1分；网格党支部书记人选不符合要求的扣0.5分。",
                indicator="网格党支部"),
            Row("以楼栋（小区）为单位设立党小组，党小组每季度至少开展一次活动；每个楼栋明确1名党员中心户，建立党员中心户名册。",
                5,
                "党小组活动每少一次扣0.3分，最多扣2分；无党员中心户名册的扣1分；党员中心户未挂牌亮身份的，每户扣0.1分。",
                indicator="楼栋党小组"),
            Row("落实社区“大党委”制度，吸纳辖区单位、物业企业、业委会中的党员负责人担任兼职委员，每季度召开一次兼职委员联席"
                "会议。", 5,
                "兼职委员少于5名的，每少1名扣0.5分；联席会议每少召开一次扣1分；会议议定事项未跟踪落实的，酌情扣0.5—1分。",
                indicator="“大党委”"),
            Row("专职网格员中党员比例不低于60%，网格员每月走访网格内住户，实现“人到户、户到人”全覆盖，填写民情日志。", 5,
                "党员比例每低10个百分点扣0.5分；走访未全覆盖的扣1分；民情日志记录不全的，每缺一次扣0.2分。",
                indicator="网格员队伍"),
        )),
        Section("党员作用发挥", "二、党员作用发挥（20分）", 20, (
            Row("在职党员到社区报到率达到100%，报到党员认领服务岗位或群众“微心愿”，每人每年参加社区志愿服务不少于3次。", 6,
                "报到率每低1个百分点扣0.2分；报到党员参加志愿服务不足3次的，每人扣0.1分，最多扣3分。",
                indicator="在职党员“双报到”"),
            Row("社区每半年向在职党员所在单位党组织反馈一次报到服务情况，年底对报到党员进行评价。", 4,
                "未反馈的，每次扣1分；未开展年底评价的扣2分。",
                indicator="在职党员“双报到”"),
            Row("在网格、楼栋设置党员责任区、先锋岗，引导党员参与治安巡逻、环境整治、垃圾分类督导等，每名社区党员每年参与"
                "时长不少于12小时。", 5,
                "未设置责任区或先锋岗的扣2分；党员参与时长不足12小时的，每人扣0.1分，最多扣2分；亮身份、作表率不到位的，"
                "酌情扣0.5分。",
                indicator="党员先锋岗"),
            Row("推动物业服务企业建立党组织或选派党建指导员，物业企业党组织覆盖率达到80%以上；社区党委、物业企业、业委会每月"
                "召开一次“三方联动”会议，协调解决物业服务问题。", 5,
                "物业企业党组织覆盖率低于80%的扣1分；“三方联动”会议每少一次扣0.3分，最多扣2分；物业服务问题解决不及时引发"
                "群众投诉的，每起扣0.5分。",
                indicator="红色物业"),
        )),
        Section("议事协商", "三、议事协商（25分）", 25, (
            Row("建立居民议事会制度，每季度至少召开一次居民议事会，涉及居民切身利益的重大事项须提交议事会协商，议事结果向"
                "居民公开。", 6,
                "无议事会制度的扣1分；每少召开一次扣1分；议事结果未公开的，每次扣0.5分。",
                indicator="居民议事会"),
            Row("社区党委牵头召开社区治理联席会议，每两个月一次，辖区派出所、城管、市场监管等单位参加，会议有纪要，议定事项"
                "办结率达到百分之九十。", 5,
                "联席会议每少一次扣0.5分；无会议纪要的扣1分；议定事项办结率每低5个百分点扣0.5分。",
                indicator="联席会议"),
            Row("年内通过“居民点单、社区派单、党员接单”确定民生实事项目不少于5件，建立项目台账，年底完成率达到100%并向居民"
                "公示。", 6,
                "民生实事项目每少1件扣1分；无项目台账的扣1分；未完成的，每件扣0.5分；年底未公示的扣0.5分。",
                indicator="民生实事"),
            Row("每月开展一次矛盾纠纷排查，建立矛盾纠纷排查化解台账，一般矛盾纠纷化解率达到95%以上。", 5,
                "每少排查一次扣0.5分；无台账的扣1分；化解率95%以上得2分，90%（含）—95%得1分，90%以下不得分。",
                indicator="矛盾纠纷排查"),
            Row("全年通过议事协商解决小区停车、加装电梯、环境整治等居民关心的问题不少于6件，并形成典型案例。", 3,
                "每少1件扣0.5分；未形成典型案例的扣0.5分。",
                indicator="协商成效"),
        )),
        Section("服务群众", "四、服务群众（20分）", 20, (
            Row("社区党群服务中心工作日开放时间不少于8小时，推行“一站式”服务和全程代办，建立代办服务台账，全年代办事项不少于"
                "100件。", 5,
                "未实行全程代办的扣1分；无代办台账的扣1分；代办事项不足100件的扣1分。",
                indicator="党群服务中心"),
            Row("建立独居老人、困难家庭、残疾人等特殊群体台账，网格党员每月至少走访一次，重要节日开展慰问。", 5,
                "无特殊群体台账的扣1分；走访每少一次扣0.2分，最多扣2分；节日未开展慰问的扣1分。",
                indicator="特殊群体关爱"),
            Row("年底由街道组织开展居民满意度测评，每个社区发放测评表不少于100份，居民对社区党组织的满意率达到90%以上。", 6,
                "满意率90%以上得6分，85%（含）—90%得4分，80%（含）—85%得2分，80%以下不得分。",
                indicator="群众满意率"),
            Row("落实领导干部接访下访制度，社区书记每月至少接待群众来访一次，信访事项按期办结率达到100%。", 4,
                "未按月接访的，每次扣0.5分；信访事项未按期办结的，每件扣0.5分；发生进京非访、赴省集访的，本项不得分。",
                indicator="信访工作"),
        )),
        Section("负面清单", "五、负面清单（15分）", 15, (
            Row("社区“两委”成员年内未受到党纪政务处分、未被追究刑事责任。", 5,
                "发生上述情形的，本项不得分；受到诫勉、通报批评等组织处理的，每人次扣2分。",
                indicator="违纪违法"),
            Row("辖区内未发生因矛盾纠纷化解不力引发的群体性事件、“民转刑”案件或造成恶劣影响的网络舆情。", 5,
                "发生上述情形之一的，本项不得分。",
                indicator="群体性事件"),
            Row("辖区内未发生较大以上安全生产责任事故、亡人火灾事故。", 5,
                "发生的，本项不得分；发生一般安全事故被区级以上通报的，扣2分。",
                indicator="安全生产"),
        )),
    ),
)

NOTE = ("说明：1.本细则满分100分，考核结果按30%的权重计入社区年度综合考核；2.各项扣分以该项分值为限，扣完为止；3.负面清单"
        "各项由街道党工委会同平安办、信访办、应急办等部门认定；4.考核采取查阅台账、实地查看、入户走访相结合的方式进行。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["序号", "类别", "考核指标", "分值", "评分细则"]
    ncols = len(header)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件2")
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：辖区各社区党委）")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        first = r
        for number, row in enumerate(s.rows, 1):
            for c, v in ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
        # 类别: one sub-label per row, merged down the rows that share it
        start = first
        while start < r:
            label = s.rows[start - first].indicator
            end = start
            while end + 1 < r and s.rows[end + 1 - first].indicator == label:
                end += 1
            cell = tbl.cell(start, 1).merge(tbl.cell(end, 1)) if end > start else tbl.cell(start, 1)
            cell.text = label
            start = end + 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
