"""中共德清农村商业银行股份有限公司委员会2026年度支行党支部“红色金融先锋”考核评分表 (.xlsx), as a 浙江 农商银行
党委 (党群工作部) scores each 支行党支部 on 党建责任、组织生活、党员管理、服务发展、基础保障.

A merged title row and a merged "支行党支部：…  支部书记：…  考核得分：…" line above the header 考核维度 | 考核指标 |
考核标准 | 分值 | 扣分办法 | 备查资料. The categories are MERGED CELLS down the 考核维度 column, printed
"党建责任\\n（15分）" (no ordinal). There is NO 序号: items are numbered by position (1..18). 考核指标 is a short sub-label
(`Row.indicator`). 分值 is a plain number. 备查资料 (`Row.method`) names the papers the 支行 keeps ready. A 总分 row and
a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zh_nongshang_yinhang_zhibu_xlsx",
    fmt="xlsx",
    title="中共德清农村商业银行股份有限公司委员会2026年度支行党支部“红色金融先锋”考核评分表",
    numbering="position",
    sections=(
        Section("党建责任", "党建责任\n（15分）", 15, (
            Row("支行党支部书记由支行行长担任，履行党建第一责任人职责，每年向总行党委书面述职1次；支委中大学本科及以上"
                "学历的不少于2名。", 5,
                "未述职的扣2分；本科及以上学历支委每少1名扣1分。", "述职报告、支委名册", "第一责任"),
            Row("支行“三重一大”事项、信贷管理重要事项经支委会研究，建立支委会前置研究事项清单。", 5,
                "无前置研究事项清单的扣2分；发现重要事项未经支委会研究的每次扣1分。", "前置研究事项清单", "前置研究"),
            Row("年初与总行党委签订党建工作目标责任书，年中开展1次党建工作自查。", 5,
                "未签订责任书的扣2分；未开展自查的扣1分。", "目标责任书、自查报告", "责任落实"),
        )),
        Section("组织生活", "组织生活\n（30分）", 30, (
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次；因营业时间限制可在营业结束后召开，但不得"
                "以业务例会代替。", 9,
                "每少开1次扣0.5分；以业务例会代替的，发现1次扣1分。", "会议记录、签到表", "三会"),
            Row("支部书记每年讲党课不少于2次，支部其他委员每年至少讲1次；每年邀请先进典型或党校教师授课1次。", 5,
                "书记讲党课每少1次扣1分；其他委员未讲的每人扣0.5分；未邀请授课的扣1分。", "党课讲稿、记录", "党课"),
            Row("每月开展主题党日，全年不少于12次，结合“金融知识进万家”“整村授信”等开展，党员参加率达到90%以上。", 6,
                "每少1次扣0.5分；参加率每低1个百分点扣0.1分。", "活动记录、照片", "主题党日"),
            Row("每年召开1次组织生活会，会前开展谈心谈话，会上开展批评与自我批评；同时进行民主评议党员，评议结果及时反馈"
                "本人。", 6,
                "未召开组织生活会的本项不得分；未开展民主评议的扣3分；批评与自我批评流于形式的酌情扣1—2分。",
                "会议记录、民主评议表", "组织生活会"),
            Row("党员每年参加学习培训不少于32学时，“学习强国”年度人均学习积分不低于8000分。", 4,
                "学时不足的每人扣0.5分；人均积分未达标的扣1分。", "学时登记、积分统计", "学习教育"),
        )),
        Section("党员管理", "党员管理\n（20分）", 20, (
            Row("党员按月足额交纳党费，每年按规定核定交纳基数，党费收缴台账完整。", 4,
                "未按月交纳的每人次扣0.5分；基数核定错误的每人扣0.2分。", "党费收缴台账", "党费收缴"),
            Row("每年至少培养1名入党积极分子，优先从营销骨干、青年员工中发展；发展党员材料规范完整。", 4,
                "未培养入党积极分子的扣2分；材料不规范的每处扣0.5分。", "发展党员档案", "发展党员"),
            Row("党员员工全年无违规放贷、违规从事经营性活动等问题；支部每季度开展1次员工异常行为排查。", 6,
                "排查每少1次扣1分；党员员工受到党纪政务处分的，每人扣3分；发生重大案件的，本项不得分。", "排查记录",
                "廉洁合规"),
            Row("党员在营业网点亮身份，设立党员示范岗；党员员工年度绩效考核“优秀”等次占比不低于30%。", 6,
                "未亮身份、未设示范岗的各扣1分；“优秀”等次占比低于30%的扣2分。", "绩效考核结果", "先锋示范"),
        )),
        Section("服务发展", "服务发展\n（25分）", 25, (
            Row("与辖区村（社区）党组织结对共建，签订党建联建协议不少于3个，每季度开展1次联建活动。", 7,
                "协议每少1个扣1分；联建活动每少1次扣0.5分。", "联建协议、活动照片", "党建联建"),
            Row("党员客户经理每月走访小微企业、农户不少于20户；组织金融知识宣传志愿服务，每半年不少于1次。", 6,
                "走访户数不足的每人次扣0.2分；志愿服务每少1次扣1分。", "走访记录", "金融服务"),
            Row("客户满意度测评不低于95%，全年无有效投诉。", 6,
                "满意度每低1个百分点扣0.5分；有效投诉每件扣1分。", "测评结果、投诉台账", "客户评价"),
            Row("党建工作与经营目标同部署，存贷款、普惠金融等年度主要经营指标完成率达到100%。", 6,
                "完成率每低5个百分点扣1分，低于80%的不得分。", "经营指标完成情况通报", "业务融合"),
        )),
        Section("基础保障", "基础保障\n（10分）", 10, (
            Row("网点设立党员活动室或“红色金融驿站”，对外公示服务内容，驿站每年开展活动不少于6次。", 4,
                "未设立的扣2分；活动每少1次扣0.3分。", "活动照片", "阵地建设"),
            Row("年初制定支部工作计划，年终形成工作总结；党员花名册、会议记录等资料按年度归档。", 6,
                "计划、总结每缺1项扣2分；资料不全的酌情扣分。", "工作计划、工作总结、花名册", "资料管理"),
        )),
    ),
)

HEADER = ["考核维度", "考核指标", "考核标准", "分值", "扣分办法", "备查资料"]
NOTE = ("说明：1.考核由总行党委组织，党群工作部会同纪检监察室、人力资源部实施，采取查阅资料、现场检查、问卷测评等方式；"
        "2.各项扣分不超过该项分值；3.考核结果分为“先锋支部”“达标支部”“整改支部”三档，与支行班子年度绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=15, bold=True), center)
    xlsx_line(ws, "支行党支部：                      支部书记：                  考核得分：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (2, 3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center, label="总分")
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (12, 12, 46, 7, 42, 20))
    wb.save(str(path))
