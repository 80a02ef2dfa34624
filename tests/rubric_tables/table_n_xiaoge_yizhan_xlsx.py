"""滨湖区望江街道2026年度新就业群体党建暨“小哥驿站”建设考核评分表 (.xlsx), as a 街道党工委 scores the 社区党委 and the
快递、外卖、网约配送 站点党支部 in its area: 站点底数, 党建指导员, 错峰组织生活, the 驿站 itself, 骑手议事会, 先锋队.

A merged title row and a merged "填表单位（盖章）：… 填表人：… 填表日期：…" row above the header 序号 | 考核项目 | 考核内容 |
分值 | 评分标准 | 佐证材料 | 得分. 序号 runs 1..N through the sheet. 考核项目 (the category) is merged down its rows and
printed on ONE line with its ordinal and points ("一、组织覆盖（20分）"). 评分标准 mixes per-unit and fixed deductions,
"每低5个百分点", "最高扣3分", "最多扣2分", "酌情扣1—2分", "本项不得分", "扣完为止", "实地查看，一项不达标扣1分", one
"按比例得分" and a band list whose top band is the whole item. 佐证材料 (`Row.method`) names the papers laid out (and once
"现场查看"). 得分 is blank. A 合计 row (合计 merged over 序号..考核内容) and TWO merged note rows ("注：1.…", "2.…")
close the sheet.
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
from .model import Row, Section, Table, _fmt  # noqa: F401

TABLE = Table(
    name="n_xiaoge_yizhan_xlsx",
    fmt="xlsx",
    title="滨湖区望江街道2026年度新就业群体党建暨“小哥驿站”建设考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "一、组织覆盖（20分）", 20, (
            Row("摸清辖区快递、外卖、网约配送站点底数，建立新就业群体从业人员台账，注明党员身份、年龄、学历，每季度动态更新"
                "1次。", 5,
                "无从业人员台账的本项不得分；未按季度更新的，每少一次扣1分。",
                "从业人员台账、更新记录"),
            Row("站点有正式党员3人以上的单独建立党支部，不足3人的纳入联合党支部；新就业群体党员组织关系转入率达到80%以上。", 6,
                "应建未建的，每个站点扣2分；转入率每低5个百分点扣1分，最高扣3分。",
                "党支部成立批复、组织关系介绍信"),
            Row("社区党委为每个站点选派1名党建指导员，指导员每月到站点指导不少于2次，如实填写工作日志。", 5,
                "到站点每少1次扣0.5分；无工作日志的扣2分。",
                "选派名单、指导员工作日志"),
            Row("注重在骑手、快递员中发现培养入党积极分子，年内确定入党积极分子不少于2名，培养考察情况有记录。", 4,
                "入党积极分子每少1名扣1.5分；考察记录不全的扣1分。",
                "入党积极分子名单、培养考察登记表"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("站点党支部每月召开1次支委会，每季度召开1次党员大会，每半年至少上1次党课，可避开配送高峰，采取“线上+线下”"
                "方式进行。", 8,
                "会议每少一次扣0.5分；党员参会率低于70%的扣2分。",
                "会议记录、签到表、线上会议截图"),
            Row("每月开展1次主题党日，时间安排避开午、晚送餐高峰，活动有方案、有照片。", 5,
                "每少1次扣0.5分，扣完为止。",
                "活动方案、活动照片"),
            Row("每年召开1次组织生活会，同步开展民主评议党员；因送单无法到会的党员，须书面提交个人对照检查材料。", 5,
                "未召开组织生活会的本项不得分；未开展民主评议党员的扣2分。",
                "会议记录、对照检查材料"),
            Row("党员每人每年参加集中学习不少于24学时，利用“学习强国”等平台开展碎片化学习，学习情况每季度通报一次。", 4,
                "学时不足的，每人扣0.5分，最多扣2分；未按季度通报的，每次扣0.5分。",
                "学时登记表、通报截图"),
            Row("党员按月交纳党费，可通过线上渠道交纳，党费收缴台账与站点党员花名册一致。", 3,
                "每发现1人次未按月交纳扣0.2分；台账与花名册不一致的扣1分。",
                "党费收缴台账、党员花名册"),
        )),
        Section("驿站阵地", "三、驿站阵地（25分）", 25, (
            Row("按照“有场所、有标识、有设施、有制度、有服务”标准建设“小哥驿站”，使用面积不少于20平方米，提供饮水、充电、"
                "休憩、应急药箱等服务。", 6,
                "实地查看，一项不达标扣1分。",
                "现场查看、驿站照片"),
            Row("驿站每天开放不少于12小时，节假日正常开放，建立驿站管理制度和值班登记簿。", 5,
                "无驿站管理制度的扣2分；值班登记不全的，酌情扣1—2分。",
                "驿站管理制度、值班登记簿"),
            Row("驿站服务人次每月统计上报街道党建办，全年服务新就业群体不少于3000人次。", 4,
                "每月未按时上报的扣0.5分；全年服务人次未达到3000人次的，按比例得分。",
                "服务人次统计表"),
            Row("依托驿站每季度召开1次“骑手议事会”，收集骑手意见建议，建立问题清单并逐项销号，问题办结率不低于90%。", 6,
                "议事会每少1次扣1分；办结率每低1个百分点扣0.2分。",
                "议事会记录、问题清单"),
            Row("驿站组建党员志愿服务队，新就业群体党员每人每年参加志愿服务不少于10小时。", 4,
                "志愿服务时长不达标的，每人扣0.3分，最多扣2分；未建立志愿服务档案的扣1分。",
                "志愿服务档案"),
        )),
        Section("作用发挥", "四、作用发挥（30分）", 30, (
            Row("组建“骑手先锋队”，新就业群体党员佩戴党员徽章、亮明身份，党员亮身份率达到100%。", 6,
                "未组建先锋队的扣3分；亮身份率未达100%的扣2分。",
                "先锋队名单、亮身份照片"),
            Row("聘请骑手、快递员担任兼职网格员和“流动哨”，全年上报安全隐患、矛盾纠纷等线索不少于50条。", 6,
                "线索每少1条扣0.1分，最高扣4分。",
                "兼职网格员聘书、线索登记台账"),
            Row("协调企业落实新就业群体权益保障，每半年至少开展1次关爱活动（生日慰问、子女暑托、健康体检等），有活动记录和"
                "影像资料。", 6,
                "关爱活动每少1次扣2分；无影像资料的扣1分。",
                "活动记录、影像资料"),
            Row("年初与辖区快递、外卖企业站点签订党建共建协议，明确共建事项，年底对共建事项完成情况开展评估。", 6,
                "未签订共建协议的扣3分；未开展评估的扣2分。",
                "共建协议、评估报告"),
            Row("新就业群体对驿站服务和党组织工作的满意度达到90%以上。", 6,
                "满意度90%以上得6分，80%（含）—90%得4分，70%—80%得2分，70%以下不得分。",
                "满意度测评问卷"),
        )),
    ),
)

NOTES = (
    "注：1.各项扣分以该项分值为限，扣完为止；佐证材料以2026年1月1日至12月31日为准。",
    "2.站点党支部由所在社区党委汇总填报，街道党工委组织考核组逐项核实，考核得分90分以上的评为“五星驿站”。",
)


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["序号", "考核项目", "考核内容", "分值", "评分标准", "佐证材料", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    ws.row_dimensions[1].height = 40
    xlsx_line(ws, "填表单位（盖章）：                          填表人：              填表日期：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    number = 1
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
        xlsx_merge_down(ws, 2, first, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, 3, ncols)
    for note in NOTES:
        xlsx_note(ws, note, ncols, 30)
    xlsx_widths(ws, (6, 14, 50, 7, 44, 22, 8))
    wb.save(str(path))
