"""中共西宁市城中区社会组织综合委员会2026年度社会组织党组织覆盖和规范化建设考核评分表 (.docx), as a 青海 区社会组织
综合党委 scores each 街道社会组织党建工作站 and the 社会组织党组织 under it on 组织覆盖、组织生活、作用发挥、基础保障.

The title (bold, centred) and a centred "（2026年3月修订）" line above one table: 序号 | 考核内容 | 分值 | 考核标准及扣分 |
考核方式. The categories are SECTION ROWS merged across the table, printed "一、组织覆盖（25分）". 序号 runs 1..14
through the table. 分值 comes BEFORE the scoring and is a plain number. 考核方式 (`Row.method`) says what is looked at.
A 合计 row and a 说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zf_shehui_zuzhi_fugai_docx",
    fmt="docx",
    title="中共西宁市城中区社会组织综合委员会2026年度社会组织党组织覆盖和规范化建设考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "一、组织覆盖（25分）", 25, (
            Row("对辖区社会组织开展党员摸排，每半年1次，摸排率100%，建立社会组织党建信息台账。", 6,
                "每少摸排1次扣2分；无台账的扣2分。", "查阅台账"),
            Row("具备条件的社会组织应建尽建党组织；党员不足3名的采取联合组建，党组织覆盖率达到90%以上，党的工作覆盖率达到"
                "100%。", 10,
                "党组织覆盖率每低1个百分点扣0.5分，最多扣5分；工作覆盖率未达100%的，每缺1家扣1分。", "查阅统计报表"),
            Row("向未建立党组织的社会组织选派党建指导员，指导员每季度到所联系社会组织指导工作不少于2次，填写工作纪实手册。",
                9, "未选派的每家扣1分；指导次数不足的，每少1次扣0.5分；纪实手册记录不全的酌情扣分。", "查阅纪实手册"),
        )),
        Section("组织生活", "二、组织生活（30分）", 30, (
            Row("“三会一课”：支委会每月1次，党员大会每季度1次，党课每季度1次（书记每年至少讲1次）；联合党支部每两个月至少"
                "集中1次。", 10,
                "每缺1次扣0.5分，最多扣6分；书记未讲党课的扣2分。", "查阅会议记录"),
            Row("每月固定开展主题党日活动，活动有方案、有签到、有记录、有照片。", 6,
                "每少1次扣0.5分；资料每缺1项扣0.5分。", "查阅活动资料"),
            Row("年度组织生活会和民主评议党员按时召开，党员参会率95%以上；会前征求意见，会后整改清单销号管理。", 8,
                "未召开的扣5分；参会率低于95%的扣1分；无整改清单的扣2分。", "查阅会议记录、整改清单"),
            Row("党员按月足额交纳党费，党费收缴台账齐全，按规定及时上缴。", 6,
                "发现未按月交纳的，每人次扣0.5分；未及时上缴的扣1分。", "查阅党费台账"),
        )),
        Section("作用发挥", "三、作用发挥（30分）", 30, (
            Row("党建工作要求写入社会组织章程，入章率达到100%；党组织参与重大事项决策；社会组织负责人是党员的，党组织书记"
                "与负责人“一肩挑”比例达到60%以上。", 8,
                "入章率每低10个百分点扣1分；未参与决策的，发现1次扣1分；“一肩挑”比例未达到的扣2分。", "查阅章程、会议纪要"),
            Row("组织党员开展“亮身份、作表率”活动，每名党员每年参加志愿服务不少于24小时；社会组织每年开展公益服务项目不少于"
                "2个。", 8,
                "志愿服务时长不足的，每人扣0.3分，最高扣3分；公益项目每少1个扣1.5分。", "查阅服务记录"),
            Row("党组织书记每年参加市、区组织的集中轮训不少于1次，书记年龄一般在55周岁以下，具有大专以上学历。", 6,
                "未参加轮训的扣2分；书记年龄、学历不符合的，各扣1分。", "查阅培训记录、书记信息表"),
            Row("社会组织年检（年报）合格，年内无违法违规记录。", 8,
                "年检不合格的扣4分；被行政处罚的，一票否决，本项不得分。", "查阅年检结论、部门反馈"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            Row("按照“六有”标准（有场所、有牌子、有党旗、有制度、有书报、有台账）建设党组织活动阵地，可采取共建共享方式"
                "解决。", 5,
                "每缺一项扣1分。", "实地查看"),
            Row("年初制定党建工作计划，年终形成工作总结并向上级党组织书面报告；党组织书记年底向上级党组织述职。", 6,
                "缺计划或总结的，各扣2分；未述职的扣2分。", "查阅计划、总结、述职报告"),
            Row("党建工作经费有保障，每个党组织每年活动经费不少于3000元，使用有台账。", 4,
                "经费未落实的扣2分；无使用台账的扣2分。", "查阅经费使用台账"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "考核标准及扣分", "考核方式"]
NOTE = ("说明：1.本表由区社会组织综合党委组织实施，街道社会组织党建工作站先行自评；2.各项扣分以该项分值为限；"
        "3.考核结果分为优秀、良好、一般、较差四个等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（2026年3月修订）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            for c, v in ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
    merge_cells(tbl, r, 0, r, 1, "合计")
    tbl.cell(r, 2).text = _fmt(t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
