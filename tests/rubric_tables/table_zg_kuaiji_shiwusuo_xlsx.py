"""中共济南市注册会计师行业委员会2026年度会计师事务所党组织党建工作考核评分表 (.xlsx), as a 山东 市会计行业党委 scores
each 会计师事务所党支部 (单独组建的 and the 联合党支部) on 组织设置、组织生活、党员管理、作用发挥、基础保障.

A merged title row and a merged "事务所名称：…  党组织名称：…  党员人数：…" line above the header 考核项目 | 序号 | 考核指标 |
考核内容 | 分值 | 计分方法 | 佐证材料 | 得分. The categories are MERGED CELLS down the FIRST column (考核项目), printed on two
lines "一、组织设置\\n（15分）". 序号 is the SECOND column and runs 1..18 through the sheet (numeric cells). 考核指标 is a
short sub-label (`Row.indicator`). 分值 is a plain number. 佐证材料 (`Row.method`) names the papers the 事务所 lays out, or
"实地查看". 得分 is blank. A 合计 row and a merged 说明 row close the sheet.
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
    name="zg_kuaiji_shiwusuo_xlsx",
    fmt="xlsx",
    title="中共济南市注册会计师行业委员会2026年度会计师事务所党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织设置", "一、组织设置\n（15分）", 15, (
            Row("有正式党员3名以上的事务所单独建立党支部，不足3名的纳入行业联合党支部；对新设立事务所和新入职人员每半年开展"
                "1次党员摸排。", 5,
                "符合单建条件未单建的扣3分；摸排每少1次扣1分。", "党员摸排登记表", indicator="组织覆盖"),
            Row("党支部按期换届，支委中具有注册会计师资格的不少于2名、40周岁以下的不少于1名；支部书记由事务所合伙人或高级"
                "管理人员中的党员担任。", 6,
                "未按期换届的扣2分；支委中注册会计师少于2名的扣1分；无40周岁以下支委的扣1分；书记不是合伙人或高管的扣2分。",
                "换届选举批复、支委名册", indicator="班子建设"),
            Row("党建工作要求写入事务所合伙协议（章程），党组织参与事务所发展规划、人事任免等重大事项研究，建立党组织与管理层"
                "沟通协商机制。", 4,
                "未写入合伙协议（章程）的扣2分；无沟通协商机制的扣1分；重大事项未听取党组织意见的扣1分。", "合伙协议（章程）",
                indicator="党建入章"),
        )),
        Section("组织生活", "二、组织生活\n（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党课每季度不少于1次；年报审计繁忙期（1—4月）可合并召开，"
                "但不得缺项。", 10,
                "每少开1次扣1分，最多扣6分；会议未形成记录的，每次扣0.5分。", "会议记录、签到表", indicator="三会一课"),
            Row("每月开展1次主题党日，结合“诚信执业”主题开展警示教育，全年警示教育不少于2次。", 6,
                "主题党日每少1次扣0.5分；警示教育每少1次扣1分。", "活动方案、照片", indicator="主题党日"),
            Row("每年召开1次组织生活会，开展民主评议党员，党员参会率达到90%以上；支委之间、支委与党员之间每年谈心谈话不少于"
                "1次。", 8,
                "未召开组织生活会的扣5分；参会率低于90%的扣1分；未开展谈心谈话的扣2分。", "民主评议测评表、谈心谈话记录",
                indicator="组织生活会"),
            Row("党员每年参加集中学习培训不少于32学时；新任支部书记参加行业党委组织的示范培训。", 6,
                "学时不足的，每人扣0.5分，最多扣3分；新任书记未参训的扣2分。", "学时登记表、培训通知", indicator="教育培训"),
        )),
        Section("党员管理", "三、党员管理\n（20分）", 20, (
            Row("党员按月交纳党费，党费收缴台账清晰；组织关系在行业党委的党员党费按季度上缴。", 5,
                "未按月交纳的，每人次扣0.5分；未按季度上缴的，每次扣1分。", "党费收缴台账", indicator="党费管理"),
            Row("注重在青年注册会计师、业务骨干中发展党员，年内至少确定入党积极分子1名；发展程序规范。", 5,
                "未确定入党积极分子的扣2分；程序不规范的，每发现1处扣1分。", "发展党员档案", indicator="发展党员"),
            Row("组织关系不在本所的党员全部亮明身份、纳入支部管理；新入职党员3个月内转接组织关系，转接率达到95%以上。", 5,
                "发现党员未纳入管理的，每人扣1分；转接率每低5个百分点扣1分。", "党员花名册、组织关系转接登记表",
                indicator="流动党员"),
            Row("设立党员示范岗，党员执业质量检查合格率达到100%，全年无党员受到行业惩戒或行政处罚。", 5,
                "未设立党员示范岗的扣2分；党员受到行业惩戒或行政处罚的，每人次扣2分。", "执业质量检查结果",
                indicator="党员示范"),
        )),
        Section("作用发挥", "四、作用发挥\n（25分）", 25, (
            Row("党组织牵头开展执业诚信教育，事务所全年无重大审计质量事故，未被财政、证监部门立案查处。", 6,
                "事务所被立案查处的，本项不得分；发生审计质量事故的扣4分。", "监管部门通报", indicator="诚信执业"),
            Row("组织党员注册会计师为小微企业、村（社区）集体经济组织提供公益财税咨询，每名党员每年志愿服务不少于16小时；全年"
                "开展公益服务活动不少于4次。", 7,
                "服务时长不足的，每人扣0.5分；公益服务活动每少1次扣1分。", "志愿服务记录、照片", indicator="服务社会"),
            Row("与至少1个社区或村党组织签订结对共建协议，每半年开展1次共建活动。", 5,
                "未签订共建协议的扣2分；共建活动每少1次扣1.5分。", "共建协议、活动照片", indicator="结对共建"),
            Row("实施“党员+骨干”双培养，把党员培养成业务骨干、把业务骨干培养成党员，年内形成双培养名单。", 3,
                "无双培养名单的扣2分；成效不明显的酌情扣分。", "双培养名单", indicator="双培养"),
            Row("每季度向行业党委报送党建工作信息不少于1条。", 4,
                "信息报送每少1条扣0.5分。", "报送记录", indicator="信息报送"),
        )),
        Section("基础保障", "五、基础保障\n（10分）", 10, (
            Row("设立党员活动室或使用行业共享活动阵地，做到有标识、有党旗、有制度、有学习资料。", 4,
                "每缺一项扣1分。", "实地查看", indicator="阵地建设"),
            Row("年初制定党建工作计划，年底向行业党委报送工作总结；支部书记年终向行业党委述职。", 6,
                "缺计划或总结的，各扣2分；未述职的扣2分。", "工作计划、工作总结、述职报告", indicator="计划述职"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核指标", "考核内容", "分值", "计分方法", "佐证材料", "得分"]
NOTE = ("说明：1.考核采取事务所自评、行业党委抽查复核相结合的方式；2.各项扣分以该项分值为限；3.考核结果作为事务所"
        "行业评优、“党建示范所”评选的重要依据，考核得分60分以下的事务所党组织列为后进党组织进行整顿。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "事务所党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "事务所名称：                        党组织名称：                        党员人数：     名", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring,
                       row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (12, 6, 11, 48, 6, 44, 20, 7))
    wb.save(str(path))
