"""中共湖南高速集团服务区经营管理有限公司委员会2026年度高速公路服务区党支部党建工作考核评分表 (.xlsx), as the 党委 of a
湖南 state-owned 服务区经营公司 scores each 服务区党支部 (服务区经理 as 书记; 党员 working in shifts at the 收银、餐饮、保洁、
加油 posts; 驻区经营单位 beside them) on 组织建设、组织生活、服务保障、基础工作, with the “司机之家” in view.

A merged title row, a merged "服务区（党支部）：…  支部书记：…  党员：…名  考核时间：…" line and a right-aligned
"（满分100分）" line above the header 序号 | 考核指标 | 考核内容 | 分值 | 评分标准 | 备查资料 | 得分. The categories are
SECTION ROWS merged across the sheet, printed "第一部分　组织建设（20分）". 序号 runs 1..19 through the sheet (numeric cells),
not restarting under the section rows. 考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 备查资料
(`Row.method`) names the papers the 服务区 lays out (or "实地查看"). 得分 is blank. A 合计 row and a merged 说明 row close
the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zm_gaosu_fuwuqu_xlsx",
    fmt="xlsx",
    title="中共湖南高速集团服务区经营管理有限公司委员会2026年度高速公路服务区党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "第一部分　组织建设（20分）", 20, (
            Row("服务区有正式党员3名以上的单独成立党支部，不足3名的与相邻服务区、收费站组建联合党支部；加油站、便利店等驻区"
                "经营单位中的党员纳入服务区党支部统一管理。", 5,
                "符合条件未单独成立党支部的扣3分；驻区经营单位党员未纳入管理的，每人扣0.5分。",
                "党支部成立批复、驻区单位党员名册", indicator="组织设置"),
            Row("支部书记由服务区经理（党员）担任，实行党政“一肩挑”；支委中35周岁以下的不少于1名。", 4,
                "未实行“一肩挑”的扣2分；无35周岁以下支委的扣2分。", "支委名册", indicator="班子配备"),
            Row("与属地乡镇（街道）党委、高速交警、路政等单位党组织签订党建联建协议不少于3家，每半年召开1次党建联建联席会议，"
                "协调解决保通保畅、治安管理等问题。", 6,
                "联建协议每少1家扣1分；联席会议每少1次扣1.5分。", "联建协议、会议纪要", indicator="党建联建"),
            Row("落实“第一议题”制度，支部委员会每月第一议题学习习近平总书记重要讲话精神；服务区经营管理重大事项经党支部前置"
                "研究。", 5,
                "第一议题学习每少1次扣0.5分；重大事项未经前置研究的，每件扣1分。", "会议记录", indicator="政治引领"),
        )),
        Section("组织生活", "第二部分　组织生活（25分）", 25, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次；党小组按班组设置，每月召开1次党小组会；党课每季度1次，倒班党员"
                "可分批参加。", 8,
                "每少开1次扣0.5分，最高扣5分；会议记录要素不全的，每次扣0.2分。", "会议记录、签到表",
                indicator="“三会一课”"),
            Row("每月开展1次主题党日，节假日出行高峰期间可调整为“保畅通”岗位实践，党员参加率不低于80%。", 5,
                "主题党日每少1次扣0.5分；参加率每低10个百分点扣1分。", "活动照片", indicator="主题党日"),
            Row("每年召开1次组织生活会，开展民主评议党员；会前征求司乘人员、商户代表意见不少于10条。", 5,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；征求意见少于10条的扣1分。",
                "会议记录、征求意见汇总表", indicator="组织生活会"),
            Row("党员按月交纳党费，党支部建立党费收缴台账，党费收缴情况每半年在党务公开栏公布1次。", 3,
                "无收缴台账的扣1分；未按月交纳的，每人次扣0.1分；未公布的扣0.5分。", "党费收缴台账", indicator="党费收缴"),
            Row("党员每年参加集中学习培训不少于24学时；新入职党员员工岗前党性教育不少于4学时。", 4,
                "学时不足的，每人扣0.2分，最多扣2分；未开展岗前党性教育的扣1分。", "培训签到表、学时登记表",
                indicator="教育培训"),
        )),
        Section("服务保障", "第三部分　服务保障（40分）", 40, (
            Row("建成“司机之家”，提供休息、淋浴、洗衣、餐饮等服务，24小时开放；设立党员服务台，党员每天轮流值守。", 6,
                "“司机之家”服务功能每缺1项扣1分；党员服务台无人值守的，每次扣0.5分。", "实地查看、值守排班表",
                indicator="司机之家"),
            Row("在收银、餐饮、保洁、加油等一线岗位设立党员示范岗，示范岗占一线岗位的比例不低于20%，党员佩戴党徽亮明身份。", 5,
                "比例每低5个百分点扣1分；未佩戴党徽的，每人次扣0.2分。", "示范岗名单", indicator="示范岗"),
            Row("春运、“五一”、国庆等节假日高峰期组建党员突击队，开展交通疏导、应急救援、便民服务；年内保通保畅工作未被上级"
                "通报批评。", 6,
                "未组建党员突击队的扣2分；被上级通报批评的，每次扣3分。", "突击队名单、保畅工作总结",
                indicator="保通保畅"),
            Row("组建党员志愿服务队，为司乘人员提供应急救助、信息咨询、爱心送餐等志愿服务，全年不少于24次，每名党员年志愿服务"
                "时长不少于30小时。", 7,
                "志愿服务每少1次扣0.5分；服务时长不足的，每人扣0.3分，最高扣3分。", "志愿服务台账、照片",
                indicator="志愿服务"),
            Row("司乘人员满意度（以集团公司年度第三方测评结果为准）。", 8,
                "满意度95%以上得8分；90%（含）—95%得6分；85%（含）—90%得3分；85%以下不得分。", "第三方测评报告",
                indicator="服务评价"),
            Row("设立党员投诉受理岗，司乘人员投诉24小时内回复，投诉办结率100%；年内无经查实的有责投诉。", 4,
                "回复超时的，每件扣0.5分；办结率每低1个百分点扣0.5分；发生有责投诉的，每件扣1分。", "投诉处理台账",
                indicator="投诉处理"),
            Row("每月开展1次党员安全隐患排查，建立隐患整改台账，整改率100%；年内未发生安全生产责任事故和食品安全事故。", 4,
                "排查每少1次扣0.5分；整改率每低10个百分点扣1分；发生安全生产或食品安全事故的，本项不得分。",
                "排查记录、隐患整改台账", indicator="安全生产"),
        )),
        Section("基础工作", "第四部分　基础工作（15分）", 15, (
            Row("设立党员活动室和“党员服务示范窗口”，做到有标识、有党旗、有制度、有资料；服务区显著位置设置党建宣传栏，每季度"
                "更新1次。", 5,
                "“四有”每缺1项扣0.5分；宣传栏每少更新1次扣0.5分。", "实地查看", indicator="阵地建设"),
            Row("年初制定党支部工作计划，年底形成工作总结，支部书记向公司党委述职；按时完成“党建云平台”信息录入。", 6,
                "计划、总结每缺1项扣2分；书记未述职的扣1分；信息录入不及时的，酌情扣0.5—1分。",
                "工作计划、工作总结、述职报告", indicator="计划总结"),
            Row("党建工作经费按不低于上年度职工工资总额1%的比例列入服务区年度经营预算，经费使用明细每年向党员公开1次。", 4,
                "经费未列入预算的扣2分；比例不足的扣1分；未公开的扣1分。", "年度经营预算、经费使用明细",
                indicator="经费保障"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容", "分值", "评分标准", "备查资料", "得分"]
NOTE = ("说明：1.考核由公司党委组织部牵头，结合“神秘顾客”暗访和年终检查进行，避开春运、国庆等出行高峰；2.各项扣分以该项分值"
        "为限，扣完为止；3.考核得分95分以上的服务区党支部授予“红色驿站”示范党支部称号，得分低于70分的，由公司党委约谈支部"
        "书记。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "服务区党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=14), center)
    xlsx_line(ws, "服务区（党支部）：                        支部书记：              党员：    名    考核时间：2026年  月  日",
              ncols)
    xlsx_line(ws, "（满分100分）", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 11, 50, 6, 44, 22, 7))
    wb.save(str(path))
