"""中共株洲市国资委委员会2026年度市属监管企业发展党员工作质量考核评分表 (.xlsx), as a 湖南 市国资委党委 scores each 市属
企业党委 on how it recruits members (发展党员): 规划计划、培养教育、程序规范、监督保障.

A merged title row, a merged "被考核企业：…  企业党委书记：…  年度发展党员数：…" line and a merged "考核时段：2026年1月1日—
2026年12月31日" line above the header 考核指标 | 序号 | 考核内容 | 分值 | 扣分标准 | 检查方法. The categories are MERGED CELLS
down the 考核指标 column, printed "规划计划\\n（14分）" (no ordinal). 序号 RESTARTS at 1 in every category (item ids "1.2",
"3.4" …). 分值 is a plain number. 检查方法 (`Row.method`) says only how the 考核组 checks (查阅资料、抽查档案、系统比对、
个别谈话); it names no papers of its own. A 合计 row and a merged 说明 row close the sheet.
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
    name="zj_guoqi_fazhan_dangyuan_xlsx",
    fmt="xlsx",
    title="中共株洲市国资委委员会2026年度市属监管企业发展党员工作质量考核评分表",
    numbering="restart",
    sections=(
        Section("规划计划", "规划计划\n（14分）", 14, (
            Row("企业党委根据党员队伍状况制定2026—2030年发展党员工作规划；年初制定年度发展党员计划，报市国资委党委审核。", 5,
                "无五年工作规划的扣2分；无年度发展计划的扣2分；年度计划未报审核的扣1分。", "查阅资料"),
            Row("发展党员向生产经营一线、科研技术骨干和青年职工倾斜，年度发展对象中一线职工和专业技术人员占比不低于70%，35周岁"
                "以下的占比不低于60%。", 6,
                "一线职工和专业技术人员占比每低5个百分点扣1分；35周岁以下占比低于60%的扣2分。", "查阅资料、系统比对"),
            Row("对连续两年以上未发展党员的基层党支部进行专题分析、制定帮带措施；基层党支部发展党员工作覆盖率达到90%。", 3,
                "无专题分析的扣1分；覆盖率低于90%的扣2分。", "查阅资料"),
        )),
        Section("培养教育", "培养教育\n（26分）", 26, (
            Row("党组织收到入党申请书后一个月内派人谈话，谈话记录有谈话人、申请人签字；建立入党申请人名册。", 5,
                "超期谈话的，每人扣0.5分；无入党申请人名册的扣2分。", "抽查档案"),
            Row("确定入党积极分子须经党员推荐、群团组织推优，由支部委员会研究决定并报上级党委备案；对积极分子每半年考察1次，"
                "考察表填写规范。", 7,
                "确定程序不规范的，每人扣1分；培养考察每少1次扣0.5分；考察表填写不规范的酌情扣分。", "抽查档案"),
            Row("入党积极分子、发展对象参加集中培训，时间不少于3天（或不少于24学时），培训结业率100%。", 6,
                "未经集中培训列为发展对象的，每人扣1分；培训时间不足的扣2分；结业率每低5个百分点扣1分。", "查阅培训资料"),
            Row("确定发展对象前听取党小组、培养联系人、党员和群众意见；对发展对象进行政治审查并形成结论性材料，政治审查率100%。",
                4, "未听取意见的，每人扣0.5分；政治审查缺失的，本项不得分。", "抽查档案"),
            Row("每名入党积极分子由2名正式党员担任培养联系人，培养联系人每季度与积极分子谈心谈话不少于1次。", 4,
                "谈心谈话每少1次扣0.2分。", "抽查档案、个别谈话"),
        )),
        Section("程序规范", "程序规范\n（32分）", 32, (
            Row("支部大会讨论接收预备党员时，到会有表决权的党员超过应到会有表决权党员的半数，赞成人数超过应到会有表决权党员的"
                "半数，采取无记名投票方式表决。", 6,
                "到会人数或赞成人数不符合规定的，每涉及1人扣3分。", "查阅支部大会记录、表决票"),
            Row("发展对象和拟接收的预备党员在一定范围内公示，公示期不少于5个工作日，公示情况有记录。", 4,
                "未公示的，每人扣1分；公示时间不足的，每人扣0.5分。", "抽查档案"),
            Row("上级党委审批预备党员前派人谈话，3个月内完成审批，审批意见及时书面通知党支部。", 5,
                "未派人谈话的，每人扣1分；超期审批的，每人扣1分。", "抽查档案"),
            Row("预备党员批准后及时组织入党宣誓；预备期内每半年考察1次，预备期满及时讨论转正，转正审批不超期。", 6,
                "未组织入党宣誓的，每人扣1分；预备期考察每少1次扣0.5分；转正超期的，每人扣1分。", "抽查档案"),
            Row("发展党员档案做到“一人一档”，入党申请书、入党志愿书、培养考察和政治审查等材料齐全，内容真实、填写规范、按时"
                "归档。", 6,
                "档案缺项的，每份扣0.5分，最多扣4分；发现材料涂改、补写、造假的，本项不得分。", "抽查档案"),
            Row("通过全国党员管理信息系统及时录入发展党员信息，系统信息与纸质档案一致，录入准确率达到100%。", 5,
                "录入不及时的，每人扣0.5分；准确率每低1个百分点扣0.5分。", "系统比对"),
        )),
        Section("监督保障", "监督保障\n（28分）", 28, (
            Row("企业党委每年至少召开1次会议专题研究发展党员工作；党委书记为入党积极分子、发展对象培训班讲授党课不少于1次。", 6,
                "未专题研究的扣3分；党委书记未授课的扣2分。", "查阅会议记录"),
            Row("每半年开展1次发展党员工作自查，对发现的问题建立整改台账，整改完成率达到100%。", 6,
                "自查每少1次扣1.5分；无整改台账的扣1分；整改完成率低于100%的扣1分。", "查阅资料"),
            Row("建立发展党员工作责任追究制度，全年无“带病入党”、违规突击发展党员等问题。", 6,
                "无责任追究制度的扣2分；发现违规发展党员的，每人扣3分；出现“带病入党”被查处的，本项不得分。", "查阅资料、信访核查"),
            Row("公开发展党员工作监督电话或意见箱，对反映的问题逐一核查，按期反馈率达到95%以上。", 4,
                "未公开监督渠道的扣1分；反馈率每低5个百分点扣1分。", "查阅资料"),
            Row("各基层党委（党总支）配备专（兼）职组织员，组织员每年参加业务培训不少于16学时；年终向市国资委党委报送发展党员"
                "工作总结。", 6,
                "组织员未配备到位的扣2分；培训学时不足的，每人扣0.5分；无年度工作总结的扣2分。", "查阅资料"),
        )),
    ),
)

HEADER = ["考核指标", "序号", "考核内容", "分值", "扣分标准", "检查方法"]
NOTE = ("说明：1.考核采取企业党委自查、市国资委党委抽查相结合的方式，每家企业随机抽查年度发展党员档案不少于10份；2.各项扣分以"
        "该项分值为限；3.发现违规发展党员问题的，按照有关规定严肃处理，企业党委年度党建考核不得评为“好”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "发展党员考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=15, bold=True), center)
    xlsx_line(ws, "被考核企业：                          企业党委书记：                年度发展党员数：     名", ncols)
    xlsx_line(ws, "考核时段：2026年1月1日—2026年12月31日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (12, 6, 50, 7, 44, 16))
    wb.save(str(path))
