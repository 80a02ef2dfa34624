"""中共绵阳市涪城区城厢街道工作委员会2026年度社区离退休党员党支部工作考核表 (.xlsx), as the 街道党工委 and the 社区党委
score each 社区离退休党员党支部 (older members, many studying at home) on 组织生活、居家学习、管理服务、综合评价.

A merged title row and a merged "社区党委：…  党支部：…  党员人数：…" line above the header 一级指标 | 二级指标 | 考核要求 |
分值 | 评分标准 | 佐证资料 | 得分. The categories are MERGED CELLS down the 一级指标 column, printed "组织生活\\n30分" (the
category name is "组织生活"). There is NO 序号 column: items are numbered by position (1..15). 二级指标 is a short
sub-label (`Row.indicator`); 考核要求 is what is asked (`Row.text`). 分值 is printed as text "8分". 佐证资料 (`Row.method`)
names the papers; blank where none. 得分 is blank. A 总分 row (the label merged over 一级指标..考核要求, "100分" under
分值) and a merged 注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="x_lilao_jujia_zhibu_xlsx",
    fmt="xlsx",
    title="中共绵阳市涪城区城厢街道工作委员会2026年度社区离退休党员党支部工作考核表",
    numbering="position",
    sections=(
        Section("组织生活", "组织生活\n30分", 30, (
            Row("结合老同志身体状况，每月开展1次主题党日，每季度召开1次党员大会，可采取“小组集中+入户送学”方式进行。",
                8, "每少1次扣1分。", "活动记录、签到表", "三会一课"),
            Row("按居住片区划分党小组，党小组每两个月召开1次党小组会，交流学习体会。", 6,
                "每少1次扣1分。", "党小组会记录", "党小组活动"),
            Row("每年召开1次组织生活会，开展批评与自我批评和民主评议党员；对长期卧床的党员，由支委上门听取意见。", 8,
                "未召开组织生活会的扣5分；未开展民主评议的扣2分；未上门听取意见的扣1分。", "会议记录、民主评议表",
                "组织生活会"),
            Row("支部书记每半年讲1次党课；每年邀请老干部讲“传家风、话初心”微党课不少于2次。", 8,
                "书记党课每少1次扣2分；微党课每少1次扣1分。", "党课讲稿、照片", "党课"),
        )),
        Section("居家学习", "居家学习\n25分", 25, (
            Row("为行动不便或80周岁以上的党员建立“送学上门”名单，每季度送学上门不少于1次，送去学习资料和党报党刊。",
                8, "无送学名单的扣2分；送学每少1次扣1分，最高扣4分。", "送学名单、送学记录、照片", "送学上门"),
            Row("建立离退休党员微信学习群，每月推送学习内容不少于4次；帮助有条件的老党员使用“学习强国”等平台。", 6,
                "未建立学习群的扣2分；推送每少1次扣0.2分，最高扣3分。", "微信群截图", "线上学习"),
            Row("党员每年集中学习和自学累计不少于24学时，自学情况可由家属协助登记。", 6,
                "学时不足的，每人扣0.5分，最高扣3分。", "学习登记本", "学习时长"),
            Row("身体条件允许的党员做好学习笔记、撰写学习心得，全年不少于2篇。", 5,
                "每缺1篇扣0.5分。", "", "学习心得"),
        )),
        Section("管理服务", "管理服务\n25分", 25, (
            Row("党员按月交纳党费，行动不便的党员由党小组长上门代收，党费收缴台账清晰，收缴率达到100%。", 6,
                "收缴率每低1个百分点扣1分；台账不清的扣1分。", "党费收缴台账", "党费收缴"),
            Row("建立离退休党员花名册，注明年龄、健康状况、居住地址和紧急联系人，信息每半年更新1次。", 6,
                "无花名册的扣3分；未按时更新的，每次扣1分。", "党员花名册", "党员信息"),
            Row("在重阳节、春节等节日走访慰问老党员，对生病住院的党员及时探望，走访慰问覆盖率100%。", 7,
                "覆盖率每低5个百分点扣1分；生病住院党员未探望的，每人扣1分。", "走访记录、照片", "关心关爱"),
            Row("组织身体健康的老党员参与社区“银发先锋”志愿服务、矛盾调解、关心下一代等活动，全年不少于4次。", 6,
                "每少1次扣1分。", "活动照片", "发挥作用"),
        )),
        Section("综合评价", "综合评价\n20分", 20, (
            Row("年初制定支部工作计划，年底形成工作总结，7月底前报送半年小结。", 6,
                "每缺一项扣2分。", "计划、小结、总结", "计划总结"),
            Row("离退休党员遵守政治纪律，不信谣、不传谣，不参与非法组织活动，无违纪违法情况。", 7,
                "发现党员违纪违法的，每人扣3分；有党员参与非法组织活动的，本项不得分。", "", "纪律作风"),
            Row("年底组织离退休党员对支部工作进行满意度测评，满意度不低于90%。", 7,
                "满意度90%以上得7分，80%（含）—90%得4分，70%（含）—80%得2分，70%以下不得分。", "测评表",
                "满意度"),
        )),
    ),
)

NOTE = ("注：1.考核由街道党工委组织、社区党委配合，采取查阅资料、入户走访老党员、电话抽访相结合的方式；2.各项扣分以该项"
        "分值为限；3.对年满80周岁以上党员占比超过一半的支部，送学上门一项可按半年1次掌握。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["一级指标", "二级指标", "考核要求", "分值", "评分标准", "佐证资料", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "离退休支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15, bold=True), center)
    xlsx_line(ws, "社区党委：                  党支部：                    党员人数：      名", ncols)
    xlsx_header(ws, header, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            ws.append([s.printed if ws.max_row + 1 == top else None, row.indicator, row.text,
                       f"{_fmt(row.points)}分", row.scoring, row.method or None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.append(["总分", None, None, f"{_fmt(t.total)}分", None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 45)
    xlsx_widths(ws, (10, 11, 46, 7, 42, 20, 7))
    wb.save(str(path))
