"""中共宜兴市社会组织综合委员会2026年度社会组织党建“两个覆盖”工作考核细则 (.docx), as the 市社会组织综合党委 scores each
镇（街道）社会组织党建工作站 (and the 社会组织党组织 under it) on 组织覆盖、组织生活、作用发挥、基础保障.

An issuer paragraph, the title (bold, centred) and a centred "（适用于…）" line above one table: 序号 | 考核内容 | 评分细则 |
分值 | 检查方法. The categories are SECTION ROWS merged across the table, printed with a bracketed Chinese ordinal,
"（一）组织覆盖（25分）" (the category name is "组织覆盖"). 序号 runs 1..15 through the table. 分值 comes AFTER 评分细则
and is printed "6分". 检查方法 (`Row.method`) says what is looked at. A 合计 row ("100分" under 分值) and a 附注
paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="v_shehui_zuzhi_shuangfugai_docx",
    fmt="docx",
    title="中共宜兴市社会组织综合委员会2026年度社会组织党建“两个覆盖”工作考核细则",
    numbering="printed",
    sections=(
        Section("组织覆盖", "（一）组织覆盖（25分）", 25, (
            Row("对辖区登记注册的社会组织逐一摸排，建立社会组织及党员情况工作台账，每季度动态更新一次。", 6,
                "无工作台账的扣3分；每少更新一次扣0.5分。", "查阅台账"),
            Row("有3名以上正式党员的社会组织单独建立党组织，单独组建率达到100%；不具备单独组建条件的采取联合组建、"
                "行业统建等方式，党的组织覆盖率达到95%以上。", 8,
                "应建未建的，每个扣1分；覆盖率每低1个百分点扣0.5分，最高扣4分。", "查阅党组织成立批复、统计报表"),
            Row("暂不具备组建条件的社会组织，通过选派党建工作指导员实现党的工作覆盖，指导员每月到联系社会组织开展工作"
                "不少于1次。", 6,
                "未选派指导员的，每个组织扣1分；指导员到岗工作每少1次扣0.2分。", "查阅指导员选派文件、工作日志"),
            Row("社会组织成立登记时同步采集党员信息，年检（年报）时同步检查党建工作，“三同步”落实率达到100%。", 5,
                "落实率每低5个百分点扣1分。", "抽查登记、年检材料"),
        )),
        Section("组织生活", "（二）组织生活（30分）", 30, (
            Row("社会组织党组织每月召开1次支委会，每季度召开1次党员大会、上1次党课；联合党支部可采取“线上+线下”方式"
                "开展。", 8,
                "每少1次扣0.5分；会议记录不全的扣1分。", "查阅会议记录"),
            Row("每月开展主题党日活动；全年组织党员参加志愿服务、公益慈善活动不少于6次，活动留存签到表、照片等资料。",
                8, "主题党日每少1次扣0.5分；志愿服务每少1次扣1分；签到表、照片不全的扣1分。", "查阅签到表、照片"),
            Row("每年召开组织生活会，开展民主评议党员，党员参加率不低于90%；流动党员、兼职党员纳入支部管理。", 7,
                "未召开组织生活会的扣4分；参加率每低1个百分点扣0.3分；流动党员管理缺失的酌情扣1-2分。",
                "查阅会议记录、民主评议表"),
            Row("党员按月交纳党费，建立党费收缴台账，每半年在支部内公示一次党费交纳情况。", 7,
                "未按月交纳的，每人次扣0.5分；无台账的扣3分；未公示的扣1分。", "查阅党费台账、公示照片"),
        )),
        Section("作用发挥", "（三）作用发挥（25分）", 25, (
            Row("推动将党的建设有关内容写入社会组织章程，党组织负责人参加或列席管理层有关会议，对重要事项提出意见"
                "建议。", 7,
                "未写入章程的扣3分；党组织负责人未参加或列席管理层会议的扣2分；发挥作用不明显的酌情扣分。",
                "查阅章程、会议纪要"),
            Row("党组织书记一般由社会组织负责人中的党员担任，年龄在60周岁以下；党组织书记每年参加集中培训不少于3天。",
                6, "书记年龄不符合要求的扣1分；培训每少1天扣1分。", "查阅书记名册、培训通知"),
            Row("围绕服务社会、服务群众，每年至少实施1个党建品牌项目，年底形成项目总结。", 6,
                "无品牌项目的扣3分；无项目总结的扣1分。", "查阅项目方案、总结"),
            Row("所属社会组织年检（年报）合格率达到95%以上，年内无违法违规行为。", 6,
                "合格率低于95%的扣2分；社会组织受到行政处罚的，本项不得分。", "查阅年检结论"),
        )),
        Section("基础保障", "（四）基础保障（20分）", 20, (
            Row("采取“共建共享”等方式落实党组织活动场所，做到有场所、有标识、有党旗、有制度。", 6,
                "无活动场所的扣3分；标识、党旗、制度每缺一项扣1分。", "实地查看"),
            Row("落实党建工作经费，社会组织将党建工作经费纳入管理费用列支；上级下拨党建经费专款专用，使用台账清晰。", 6,
                "无经费保障的扣3分；经费使用台账不清的，酌情扣1-2分。", "查阅经费使用台账"),
            Row("年初制定党建工作计划，年中报送半年工作小结，年底报送年度工作总结。", 8,
                "计划、小结、总结每缺一项扣3分，扣完为止。", "查阅计划、小结、总结"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分细则", "分值", "检查方法"]
NOTE = ("附注：1.本细则适用于镇（街道）社会组织党建工作站年度考核，考核结果作为评选“五星级”社会组织党组织的重要依据；"
        "2.各项扣分以该项分值为限；3.发现弄虚作假的，该项不得分并通报批评。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_centred(document, "中共宜兴市社会组织综合委员会")
    docx_title(document, t.title, 15)
    docx_centred(document, "（适用于各镇、街道社会组织党建工作站及所属社会组织党组织）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            for c, v in ((0, str(number)), (1, row.text), (2, row.scoring), (3, f"{_fmt(row.points)}分"),
                         (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
    merge_cells(tbl, r, 0, r, 2, "合计")
    tbl.cell(r, 3).text = f"{_fmt(t.total)}分"
    document.add_paragraph(NOTE)
    document.save(str(path))
