"""宁波市鄞州区2026年度镇（街道）退役军人服务站党建工作考核细则 (.xlsx), as the 区委组织部 and 区退役军人事务局 score each
镇（街道）退役军人服务站 (and the 党支部 set up in it) on 组织建设, 教育管理, 服务保障, 工作成效.

A merged title row, then a merged "被考核单位：… 考核日期：…" line above the header 项目 | 项目分值 | 序号 | 考核要点 |
分值 | 评分标准 | 备查资料 | 得分. 项目 (the category, printed bare: "组织建设") is merged down its rows, and so is
项目分值 beside it, which holds the category's points as a number (20). So the sheet has TWO points columns: 项目分值 for
the category, 分值 for the item, printed "6分". 序号 runs 1..14 through the sheet (numeric cells). 备查资料
(`Row.method`) names the papers looked at. 得分 is blank. A 合计 row (the total under 项目分值, "100分" under 分值) and a
merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="t_tuiyi_junren_fuwuzhan_xlsx",
    fmt="xlsx",
    title="宁波市鄞州区2026年度镇（街道）退役军人服务站党建工作考核细则",
    numbering="printed",
    sections=(
        Section("组织建设", "组织建设", 20, (
            Row("服务站建立党支部或联合党支部，退役军人党员组织关系转接及时，转接率达到100%。", 6,
                "未建立党组织的本项不得分；组织关系转接不及时的，每人扣1分。", "党组织成立批复、组织关系介绍信存根"),
            Row("建立退役军人党员信息库，逐人登记入伍时间、退役时间、年龄、学历、就业等情况，每半年更新一次。", 7,
                "无信息库的扣4分；每少更新1次扣1.5分。", "退役军人党员花名册"),
            Row("支部委员中至少有1名退役军人党员，支部书记年龄在55周岁以下、具有高中及以上学历。", 7,
                "无退役军人党员任支委的扣3分；书记年龄、学历不符合要求的，每项扣2分。", "支委会成员名单"),
        )),
        Section("教育管理", "教育管理", 30, (
            Row("每月开展主题党日活动，结合“八一”建军节、烈士纪念日等节点开展红色教育，全年不少于4次。", 8,
                "主题党日每少1次扣0.5分；红色教育每少1次扣1分。", "活动记录、签到表、照片"),
            Row("退役军人党员每年参加集中学习培训不少于32学时，其中党史专题学习不少于8学时。", 7,
                "学时每少1学时扣0.25分，最多扣4分；专题学习学时不足的扣2分。", "学习培训记录、学时登记表"),
            Row("对流动、异地居住的退役军人党员建立联系台账，每季度至少联系1次，确保党员外出不失联。", 7,
                "无联系台账的扣3分；每少联系1次扣0.5分；有失联党员的，每人扣1分。", "联系台账、通话记录"),
            Row("每年开展一次民主评议党员，退役军人党员参会率不低于90%，评议结果向党员本人反馈。", 8,
                "未开展民主评议的扣4分；参会率每低1个百分点扣0.2分。", "会议记录、测评表"),
        )),
        Section("服务保障", "服务保障", 35, (
            Row("落实“一站式”服务，退役军人来访来电登记率100%，合理诉求办结率达到95%以上。", 8,
                "登记率未达到100%的扣2分；办结率每低1个百分点扣0.5分，最高扣4分。", "来访登记簿、诉求办理台账"),
            Row("每年春节、“八一”前对生活困难、患重病、伤残的退役军人党员开展走访慰问，做到全覆盖，建立帮扶档案。", 7,
                "慰问每漏1人扣0.5分；无帮扶档案的扣2分。", "走访慰问名单、照片"),
            Row("组建退役军人党员志愿服务队，开展“老兵讲堂”、应急救援、矛盾调解等志愿服务，每季度不少于1次。", 7,
                "未组建服务队的扣3分；志愿服务每少1次扣1分。", "志愿者名单、服务记录、照片"),
            Row("协助开展退役军人就业创业服务，年内组织专场招聘会或技能培训不少于2场，帮助就业不少于10人。", 6,
                "招聘会或培训每少1场扣1.5分；帮助就业不足10人的扣1分。", "活动通知、就业登记表"),
            Row("落实服务站值班制度，工作日全天开放；站内悬挂党旗，公开服务事项和监督电话。", 7,
                "未落实值班制度的扣3分；党旗、服务事项、监督电话缺一项扣1分。", "实地查看、值班记录"),
        )),
        Section("工作成效", "工作成效", 15, (
            Row("年初制定服务站党建工作计划，年中报送半年小结，年底形成工作总结并向镇（街道）党（工）委报告。", 6,
                "缺计划、半年小结或年度总结的，每项扣2分。", "计划、小结、总结"),
            Row("年底开展退役军人满意度测评，满意率不低于90%。", 9,
                "满意率每低1个百分点扣1分；低于80%的本项不得分。", "测评问卷"),
        )),
    ),
)

NOTE = ("说明：1.考核由区委组织部、区退役军人事务局联合组织，采取查阅备查资料、实地查看、随机回访相结合的方式；2.各项扣分"
        "以该项分值为限；3.考核结果按得分高低排序，前三名的服务站推荐参评市级“示范型退役军人服务站”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["项目", "项目分值", "序号", "考核要点", "分值", "评分标准", "备查资料", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "被考核单位：                                    考核日期：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    first_data = ws.max_row
    number = 0
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, s.points if i == 0 else None, number, row.text,
                       f"{_fmt(row.points)}分", row.scoring, row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
        xlsx_merge_down(ws, 2, first, ws.max_row, center)
    ws.append(["合计", t.total, None, None, f"{_fmt(t.total)}分", None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=3, end_row=ws.max_row, end_column=4)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first_data, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (10, 8, 6, 46, 7, 42, 22, 8))
    wb.save(str(path))
