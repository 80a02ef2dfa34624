"""中共湖北襄江建设集团有限公司委员会2026年度在建工程项目党支部考核评分表 (.xlsx), as a 湖北 省属建筑企业 集团党委
(党委组织部牵头) scores each 在建工程项目党支部 (including 联合党支部 with 分包单位) on 组织覆盖、组织生活、党建引领、基础工作.

A merged title row, a merged "项目名称：…  项目党支部书记：…  考核日期：…" line and the header 序号 | 考核内容 | 评分细则 |
分值 | 考核方式 | 扣分 | 得分 — the points column comes AFTER the scoring rule. Categories are full-width merged BANNER
ROWS printed "（一）组织覆盖（18分）"; 序号 runs 1..18 through the sheet (numeric cells). 分值 is a plain number.
考核方式 (`Row.method`) says how the 考核组 checks. 扣分 and 得分 are blank. A 合计 row and a merged 说明 row close the
sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zh_jianzhu_xiangmu_zhibu_xlsx",
    fmt="xlsx",
    title="中共湖北襄江建设集团有限公司委员会2026年度在建工程项目党支部考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "（一）组织覆盖（18分）", 18, (
            Row("项目开工1个月内按照“支部建在项目上”要求成立项目党支部；正式党员不足3人的，与相邻项目或分包单位联合组建。",
                6, "开工超过1个月未建立党组织的扣4分；组建程序不规范的扣1—2分。", "查阅批复文件"),
            Row("项目党支部书记由项目经理或项目书记担任，支委由项目班子中的党员组成，支委中35周岁以下的不少于1名。", 5,
                "书记配备不符合要求的扣2分；无35周岁以下支委的扣1分。", "查阅支委名单"),
            Row("建立项目党员台账和劳务人员中党员登记名册，分包队伍中的党员全部纳入项目党支部统一管理，覆盖率100%。", 7,
                "无党员登记名册的扣3分；分包单位党员未纳入管理的，每人扣0.5分。", "查阅资料、现场抽查"),
        )),
        Section("组织生活", "（二）组织生活（26分）", 26, (
            Row("支委会每月召开1次，研究施工安全、质量、进度中的重要问题；党员大会每季度召开1次。", 6,
                "支委会每少1次扣0.5分，党员大会每少1次扣1分。", "查阅会议记录"),
            Row("党课每季度至少1次，项目党支部书记每年至少讲1次；可结合班前讲话开展“工地微党课”。", 4,
                "每少1次扣1分。", "查阅会议记录"),
            Row("主题党日每月1次，围绕“攻坚克难”“安全质量”等确定主题，劳务人员中的党员参加率不低于70%。", 6,
                "每少开展1次扣0.5分；参加率低于70%的扣2分；主题与项目生产结合不紧的酌情扣分。", "查阅活动记录"),
            Row("每年召开组织生活会1次，开展民主评议党员；项目竣工或党员流动前出具党员现实表现鉴定，及时转接组织关系。", 6,
                "未召开组织生活会的扣3分；未开展民主评议的扣2分；组织关系转接不及时的每人扣0.5分。", "查阅资料"),
            Row("党员每年参加集中培训不少于24学时，其中安全生产专题培训不少于8学时。", 4,
                "学时不足的每人次扣0.2分，最多扣2分。", "查阅培训档案"),
        )),
        Section("党建引领", "（三）党建引领（36分）", 36, (
            Row("设立“党员先锋岗”“党员责任区”，关键工序、危大工程部位全部有党员挂牌负责。", 6,
                "未设立的扣3分；关键部位无党员负责的，每处扣0.5分。", "现场检查"),
            Row("组建党员突击队，每年至少开展1次技术攻关或节点攻坚活动，形成攻坚方案和成果总结。", 6,
                "无突击队的扣2分；未开展攻坚活动的扣2分；无方案或总结的各扣1分。", "查阅资料"),
            Row("项目全年无较大及以上安全生产事故，党员责任区内无一般安全事故。", 8,
                "发生较大及以上安全事故的，一票否决，本项不得分；党员责任区发生一般安全事故的每起扣2分。",
                "安全管理部门提供"),
            Row("项目党支部每季度至少开展1次农民工工资支付情况检查，全年无因欠薪引发的群体性事件。", 6,
                "检查每少1次扣1分；发生欠薪群体性事件的扣6分。", "查阅检查记录"),
            Row("与项目所在地社区（村）党组织、建设单位党组织开展联建共建，签订联建协议，每半年至少开展1次联建活动；"
                "组织“工地开放日”“送温暖”等志愿服务，全年不少于2次。", 6,
                "未签订协议的扣2分；联建活动每少1次扣1分；志愿服务每少1次扣0.5分。", "查阅资料"),
            Row("建设单位、监理单位及周边群众对项目党建工作满意度评价。", 4,
                "满意度90%以上得4分；80%—90%得2分；80%以下不得分。", "发放评价表"),
        )),
        Section("基础工作", "（四）基础工作（20分）", 20, (
            Row("项目部设置党员活动室或“工地党建角”，配有党旗、入党誓词、党建宣传栏；施工围挡设置党建宣传内容。", 5,
                "无活动场所的扣2分；宣传阵地不规范的酌情扣1—2分。", "现场检查"),
            Row("党费按月收缴，党员分散在多个分包单位的，由项目党支部统一收缴；每年向党员公布1次党费收缴情况。", 4,
                "每发现1人次未按月交纳扣0.5分；未公布的扣1分。", "查阅党费台账"),
            Row("开工时制定项目党建工作计划，项目竣工或年底形成党建工作总结，同步报集团党委组织部。", 5,
                "无计划的扣2分；无总结的扣2分；未按时上报的扣1分。", "查阅资料"),
            Row("实行“一项目一档”：党员名册、会议记录、活动照片、联建协议等分类归档，项目结束后移交集团党委存档。", 6,
                "资料每缺1类扣1分；归档不规范的扣0.5—2分。", "查阅档案"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分细则", "分值", "考核方式", "扣分", "得分"]
NOTE = ("说明：1.考核由集团党委组织部会同工程管理部、安全监督部组织实施，采取查阅资料、现场检查、个别访谈等方式；2.单项扣分"
        "以该项分值为限；3.工期不足半年的项目按实际工期折算，考核结果纳入项目班子年度绩效考核。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "项目名称：                              项目党支部书记：              考核日期：2026年  月  日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.scoring, row.points, row.method, None, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 1).alignment = center
    ws.append(["合计", None, None, t.total, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 48, 44, 7, 14, 7, 7))
    wb.save(str(path))
