"""中共九江市城市发展集团有限公司委员会2026年度基层党支部党建工作考核评分表 (.xlsx), as the 党委 of a 江西 城投集团 (its
党委组织部 running the check) scores each 党支部 of the 集团本部 departments and the 子公司 (城建、水务、置业、城市更新) and
each 项目临时党支部 on 党建责任、组织建设、党建引领发展、基础保障, with 重点工程、安全生产 and the 廉洁风险 of 招投标、征迁补偿
in view.

A merged title row, a merged "考核对象：集团本部各党支部、各子公司党支部（含项目临时党支部）" line and a right-aligned
"单位：分" line above the header 序号 | 考核项目 | 考核指标 | 考核要点 | 分值 | 评分标准 | 佐证资料 | 得分. 序号 (first
column) runs 1..20 through the sheet (numeric cells). The categories are MERGED CELLS down the 考核项目 column (second),
printed on one line "（一）党建责任 15分". 考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 佐证资料
(`Row.method`) names the papers the 支部 lays out: a 佐证 column. 得分 is blank. A 合计 row and a merged 说明 row close the
sheet.
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
    name="zs_chengtou_jituan_zhibu_xlsx",
    fmt="xlsx",
    title="中共九江市城市发展集团有限公司委员会2026年度基层党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("党建责任", "（一）党建责任 15分", 15, (
            Row("支部书记年初与集团党委签订党建工作责任书，年底向集团党委书面述职；支委会每季度至少专题研究1次党建工作。", 4,
                "未签订责任书的扣1分；未书面述职的扣1分；专题研究每少1次扣0.5分。", "责任书、述职报告、支委会会议记录",
                indicator="责任落实"),
            Row("具备条件的子公司党支部按照集团党委规定落实前置研究讨论重大经营管理事项要求，制定前置研究事项清单并动态调整。",
                4, "未制定前置研究事项清单的扣2分；重大事项未经前置研究的，每项扣1分。", "前置研究事项清单、会议纪要",
                indicator="前置研究"),
            Row("落实“第一议题”制度，每月开展1次集中学习；党员年度集中学习培训不少于32学时。", 4,
                "集中学习每少1次扣0.5分；学时未达标的，每人扣0.2分，最多扣1分。", "学习记录、学时登记表", indicator="理论学习"),
            Row("每半年分析研判1次职工思想动态，对征迁安置、工程款支付等涉及群众利益的事项做好思想引导，全年未发生因引导不力"
                "造成的负面舆情。", 3,
                "研判每少1次扣1分；发生负面舆情的，本项不得分。", "研判报告", indicator="意识形态"),
        )),
        Section("组织建设", "（二）组织建设 30分", 30, (
            Row("按照“支部建在项目上”要求，在建设周期1年以上、有3名以上正式党员的重点项目建立项目临时党支部；支委班子成员中"
                "35周岁以下的不少于1名，本科及以上学历的不少于2名。", 4,
                "应建未建的，每个项目扣1分；支委结构不符合要求的扣1分。", "成立批复、支委名册", indicator="组织设置"),
            Row("严格落实“三会一课”制度：支部委员会每月1次，支部党员大会每季度1次，党小组会每月1次，党课每季度1次；项目一线"
                "党小组可结合班前会开展。", 7,
                "每少开1次扣0.5分；会议内容与生产经营脱节、质量不高的，酌情扣1分。", "会议记录、签到表",
                indicator="“三会一课”"),
            Row("每月15日前后开展主题党日，内容包括集中学习、过“政治生日”、志愿服务等；党员到会率不低于90%。", 5,
                "主题党日每少1次扣0.5分；到会率每低5个百分点扣0.5分，最多扣1.5分。", "活动记录、签到表、照片",
                indicator="主题党日"),
            Row("召开年度组织生活会，开展批评和自我批评，对查摆问题建立整改台账；同步开展民主评议党员。", 5,
                "未召开组织生活会的，本项不得分；未建立整改台账的扣1分；未开展民主评议的扣2分。",
                "会议材料、整改台账、民主评议登记表", indicator="组织生活会"),
            Row("党员每月按时足额交纳党费，党费收缴台账清晰；落实党员积分管理，积分每季度公示1次。", 4,
                "迟交、少交党费的，每人次扣0.2分；积分公示每少1次扣0.5分。", "党费收缴台账、积分公示照片",
                indicator="党员管理"),
            Row("注重在项目一线、技术骨干和青年职工中发展党员，每年确定入党积极分子不少于2名；严格执行发展党员工作程序，材料"
                "完整。", 5,
                "积极分子每少1名扣1分；发展程序不规范、材料不完整的，每发现1处扣0.5分。", "积极分子名册、发展党员档案",
                indicator="发展党员"),
        )),
        Section("党建引领发展", "（三）党建引领发展 35分", 35, (
            Row("在重点工程项目中开展“党员先锋工程”创建，设立党员责任区、党员示范岗，党员签订承诺书；项目关键节点党员带头"
                "攻坚，确保按期推进。", 7,
                "未开展创建的扣3分；党员未签订承诺书的扣1分；因党员履职不到位造成节点滞后的，酌情扣1—3分。",
                "创建方案、承诺书、项目进度资料", indicator="先锋工程"),
            Row("每月组织党员开展1次安全隐患排查，建立隐患整改台账，隐患整改率达到100%；全年未发生较大及以上生产安全责任"
                "事故。", 6,
                "排查每少1次扣0.5分；整改率每低1个百分点扣0.5分；发生较大及以上生产安全责任事故的，实行一票否决，本项不得分。",
                "排查记录、隐患整改台账", indicator="安全生产"),
            Row("聚焦工程招投标、物资采购、征迁补偿、资金支付等环节，每年开展1次廉洁风险点排查；支部书记每半年与支委、关键"
                "岗位人员开展1次廉洁谈话；项目开工前与施工单位签订廉洁协议。", 7,
                "未开展风险排查的扣2分；廉洁谈话每少1次扣1分；廉洁协议每缺1份扣1分；发生违纪违法问题被查处的，本项不得分。",
                "风险排查表、谈话记录、廉洁协议", indicator="廉洁风险防控"),
            Row("与项目所在地村（社区）党组织签订联建协议，每季度开展1次联建活动，协调解决征地拆迁、施工扰民等问题；党员每年"
                "参加志愿服务不少于12小时。", 5,
                "未签订联建协议的扣1分；联建活动每少1次扣0.5分；志愿服务时长不足的，每人扣0.2分，最多扣1.5分。",
                "联建协议、活动照片、志愿服务记录", indicator="联建共建"),
            Row("年底由集团党委组织职工对党支部工作开展满意度测评。", 5,
                "满意度90%以上的得5分；80%—90%（不含）的得3分；70%—80%（不含）的得1分；70%以下不得分。", "测评统计表",
                indicator="职工满意度"),
            Row("围绕城市更新、重点项目建设打造“一支部一品牌”；年内至少形成1篇党建与业务融合典型案例报集团党委。", 5,
                "未开展品牌创建的扣2分；品牌成效不明显的，酌情扣1分；未报送典型案例的扣1分。", "品牌创建方案、典型案例",
                indicator="品牌创建"),
        )),
        Section("基础保障", "（四）基础保障 20分", 20, (
            Row("支部有固定党员活动场所，项目现场设置党建宣传展板；党建工作经费按不低于职工工资总额1%的比例纳入管理费用，"
                "专款专用。", 5,
                "无活动场所的扣2分；项目现场无党建展板的扣1分；经费使用不规范的，酌情扣1—2分。", "实地查看、经费使用明细",
                indicator="阵地经费"),
            Row("年初制定支部年度工作计划和党员教育培训计划，年终形成工作总结。", 5,
                "缺年度工作计划、教育培训计划或工作总结的，每项扣1.5分。", "工作计划、培训计划、工作总结", indicator="计划总结"),
            Row("党员花名册、“三会一课”会议记录、党费收缴台账、发展党员档案、主题党日活动记录等资料齐全，按年度分类归档。", 5,
                "每缺1项扣1分；归档不规范的扣0.5分。", "查阅台账", indicator="基础台账"),
            Row("每月向集团党委报送党建信息不少于1篇；在集团微信公众号“城发党建”专栏刊发支部工作动态，每季度不少于1篇；年内"
                "在市级以上媒体刊发报道不少于1篇。", 5,
                "信息每少1篇扣0.3分；公众号刊发每少1篇扣0.5分；无市级以上报道的扣1分。", "报送记录、刊发截图",
                indicator="宣传信息"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核指标", "考核要点", "分值", "评分标准", "佐证资料", "得分"]
NOTE = ("说明：1.本表由集团党委组织部负责解释，考核每年12月进行，采取查阅资料、实地查看、个别谈话、职工测评相结合的方式；2.各项扣分"
        "不超过该项分值；3.考核结果与党支部书记年度绩效、支部评星定级挂钩，得分低于70分的支部书记由集团党委书记约谈。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基层党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：集团本部各党支部、各子公司党支部（含项目临时党支部）", ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring,
                       row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 12, 11, 50, 6, 44, 20, 7))
    wb.save(str(path))
