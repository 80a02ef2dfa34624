"""中共贵州桥梁建设集团有限责任公司委员会2026年度重点工程项目临时党支部考核评分表 (.docx), as a 贵州 省属建筑国企 党委
scores each 项目临时党支部 set up on a highway / bridge construction site (项目部、监理和劳务协作队伍的党员) on 组织设置、
组织生活、党建+项目、廉洁与安全、基础保障.

The title (bold, centred), a centred "（项目临时党支部适用）" line and a "项目名称：…  临时党支部书记：…  在场党员：…名"
line above one table: 考核类别 | 序号 | 考核内容 | 分值 | 评分标准 | 佐证材料. The categories are MERGED CELLS down the
考核类别 column, printed "组织设置\\n（15分）" with no ordinal. 序号 RESTARTS at 1 in each category (item ids "1.1",
"3.4" …). 分值 is a plain number. 佐证材料 (`Row.method`) names the papers the 临时党支部 lays out, or "实地查看". A 合计 row
and a 备注 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zg_xiangmu_linshi_zhibu_docx",
    fmt="docx",
    title="中共贵州桥梁建设集团有限责任公司委员会2026年度重点工程项目临时党支部考核评分表",
    numbering="restart",
    sections=(
        Section("组织设置", "组织设置\n（15分）", 15, (
            Row("项目进场1个月内成立临时党支部，报公司党委批复；临时党支部书记由项目经理或项目党建负责人担任，委员3—5名。",
                5, "未在规定时间内成立的扣2分；未报公司党委批复的扣2分；委员配备不全的扣1分。", "成立批复文件"),
            Row("进场党员（含劳务协作队伍党员）全部登记，建立在场党员名册，每季度动态更新1次。", 5,
                "无在场党员名册的扣3分；未按季度更新的，每次扣0.5分。", "在场党员名册"),
            Row("与项目所在地村（社区）党组织、监理单位党组织签订联建共建协议，不少于2家。", 5,
                "每少1家扣2分；联建流于形式、无实质内容的扣1分。", "联建共建协议"),
        )),
        Section("组织生活", "组织生活\n（25分）", 25, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；施工高峰期可利用班前会、工地夜校灵活开展，"
                "但全年不得少于规定次数。", 9,
                "每少1次扣1分，扣完为止。", "会议记录、签到表"),
            Row("每月开展1次主题党日，结合“安全生产月”“质量月”开展主题实践，现场活动留存照片。", 6,
                "每少1次扣0.5分；无照片等影像资料的扣1分。", "活动记录、照片"),
            Row("年底或项目竣工前召开组织生活会，开展民主评议党员；党员参会率不低于90%。", 6,
                "未召开的扣4分；参会率低于90%的扣2分。", "会议记录、民主评议测评表"),
            Row("组织关系转入的党员按月交纳党费；组织关系未转入的党员持《党员证明信》参加临时党支部组织生活，党费仍在原"
                "党组织交纳。", 4,
                "已转入组织关系的党员未按月交纳的，每人次扣0.5分；证明信查验不严的扣1分。", "党费收缴台账、证明信存根"),
        )),
        Section("党建+项目", "党建+项目\n（35分）", 35, (
            Row("围绕工期、质量、安全等关键节点设立党员先锋岗、党员责任区，每个项目不少于3个岗（区）。", 7,
                "每少1个扣1.5分；作用发挥不明显的酌情扣分。", "设岗清单、照片"),
            Row("成立党员攻坚突击队，针对施工技术难题开展攻关，年内形成技术攻关成果不少于1项。", 7,
                "未成立突击队的扣3分；无攻关成果的扣3分。", "突击队名单、成果材料"),
            Row("项目节点工期按计划推进，全年关键节点完成率达到95%以上。", 7,
                "完成率每低1个百分点扣0.5分，最多扣5分。", "项目进度报表"),
            Row("开展“党建+劳务”管理，农民工工资按月足额支付，全年无因拖欠工资引发的群体性事件。", 7,
                "发生欠薪群体性事件的，本项不得分；工资未按月支付的，每发现1次扣2分。", "农民工工资支付台账"),
            Row("与属地党组织开展联建活动，每半年至少1次；为项目周边群众办实事，全年不少于2件。", 7,
                "联建活动每少1次扣1分；办实事每少1件扣1.5分。", "活动照片、办实事台账"),
        )),
        Section("廉洁与安全", "廉洁与安全\n（15分）", 15, (
            Row("签订党风廉政建设责任书，项目关键岗位人员签订率100%；每半年开展1次廉洁风险排查。", 6,
                "未签订责任书的扣2分；签订率每低10个百分点扣1分；风险排查每少1次扣1分。", "责任书、廉洁风险排查表"),
            Row("每季度至少开展1次警示教育，组织观看警示教育片或参观廉政教育基地。", 4,
                "每少1次扣1分。", "活动记录"),
            Row("项目全年未发生较大及以上生产安全责任事故，党员身边无事故、无违章。", 5,
                "发生较大及以上生产安全责任事故的，实行“一票否决”，本项不得分；党员有违章行为的，每人次扣1分。",
                "安全监督检查记录"),
        )),
        Section("基础保障", "基础保障\n（10分）", 10, (
            Row("在项目驻地设置党员活动室（可与会议室共用），悬挂党旗、入党誓词，配备学习资料，“三会一课”制度上墙。", 4,
                "无活动室的扣2分；其他每缺一项扣0.5分。", "实地查看"),
            Row("年初制定临时党支部工作计划，年终形成工作总结报公司党委；项目完工后1个月内将党建资料整理归档、移交公司"
                "党委。", 6,
                "缺计划或总结的，各扣2分；资料未归档移交的扣2分。", "工作计划、工作总结、归档清单"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核内容", "分值", "评分标准", "佐证材料"]
REMARK = ("备注：1.项目临时党支部随项目开工组建、随项目完工撤销，考核周期为自然年度，跨年度项目分年考核；2.各项扣分以"
          "该项分值为限；3.考核结果与项目党建负责人绩效挂钩，并作为公司“红旗党支部”评选的依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（项目临时党支部适用）")
    document.add_paragraph("项目名称：                          临时党支部书记：              在场党员：     名")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for ii, row in enumerate(s.rows, 1):
            for c, v in ((1, str(ii)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 2, "合计")
    tbl.cell(r, 3).text = _fmt(t.total)
    document.add_paragraph(REMARK)
    document.save(str(path))
