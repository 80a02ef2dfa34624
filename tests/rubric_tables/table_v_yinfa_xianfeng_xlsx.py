"""中共南通市崇川区委老干部局2026年度离退休干部党支部“银发先锋”创建考评细则 (.xlsx), as the 区委组织部 and 区委老干部局
考评组 score each 离退休干部党支部 applying for the “银发先锋”党支部 title on 组织设置、组织生活、先锋作用、服务保障.

A merged title row and a merged "党支部名称：…  党员人数：…  考评日期：…" line above the header 考评内容 | 分值 | 评分标准 |
检查方法 | 得分 (the points column comes right after what is asked, before the scoring rules). The categories are
SECTION ROWS merged across the sheet, printed "一、组织设置（20分）" (the category name is "组织设置"). There is no 序号:
the items are numbered by position (1..16). 分值 is printed "5分". 检查方法 (`Row.method`) says what is looked at. 得分
is blank. A 总分 row ("100分" under 分值) and a merged 备注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="v_yinfa_xianfeng_xlsx",
    fmt="xlsx",
    title="中共南通市崇川区委老干部局2026年度离退休干部党支部“银发先锋”创建考评细则",
    numbering="position",
    sections=(
        Section("组织设置", "一、组织设置（20分）", 20, (
            Row("按照便于活动、便于管理的原则，依托社区或原单位设置离退休干部党支部；党员人数超过50人的，划分党小组。", 5,
                "支部设置不合理的，酌情扣1-2分；应划分党小组而未划分的扣2分。", "查阅设立批复"),
            Row("支部书记由身体健康、威望较高、热心服务的离退休党员担任，年龄一般不超过75周岁；支部委员会成员配备齐全。",
                5, "书记年龄超过规定的扣2分；支委缺额未及时补选的扣1分。", "查阅支委名单"),
            Row("建立离退休党员花名册，逐人登记联系方式、健康状况和居住地，每半年更新一次；对失能、居住异地党员实行"
                "结对联系。", 6,
                "无花名册的扣3分；未按期更新的，每次扣1分；未落实结对联系的扣1分。", "查阅花名册、结对联系表"),
            Row("年初制定支部年度活动计划，年底形成工作总结，并报区委老干部局备案。", 4,
                "缺计划或总结的，每项扣2分。", "查阅计划、总结"),
        )),
        Section("组织生活", "二、组织生活（30分）", 30, (
            Row("支委会每两个月至少召开1次，党员大会每半年至少召开1次，党小组会每季度至少召开1次。", 8,
                "每少开1次扣1分，最高扣6分。", "查阅会议记录"),
            Row("每季度至少上1次党课，可邀请老同志结合亲身经历讲党课；支部书记年内至少讲1次党课。", 6,
                "党课每少1次扣1.5分；书记未讲党课的扣1分。", "查阅党课记录、讲稿"),
            Row("每月组织1次集中学习或主题党日活动；对行动不便的党员采取送学上门、线上学习等方式，学习覆盖率达到90%以上。",
                7, "集中学习或主题党日每少1次扣0.5分；覆盖率每低1个百分点扣0.2分，最高扣2分。", "查阅学习记录、送学登记"),
            Row("每年召开组织生活会，开展民主评议党员，会前广泛征求意见，会后形成整改清单。", 5,
                "未召开组织生活会的本项不得分；无整改清单的扣1分。", "查阅会议记录、整改清单"),
            Row("党员自觉按月交纳党费，党费收缴台账清楚，收缴率达到100%。", 4,
                "收缴率每低1个百分点扣0.5分。", "查阅党费收缴台账"),
        )),
        Section("先锋作用", "三、先锋作用（35分）", 35, (
            Row("组建“银发先锋”志愿服务队，参与社区治理、关心下一代、文明创建等志愿服务，每季度不少于1次，留存活动记录"
                "和照片。", 8,
                "未组建服务队的扣3分；志愿服务每少1次扣1分；无照片资料的扣1分。", "查阅服务队名单、活动照片"),
            Row("身体条件允许的党员年内参加志愿服务累计不少于20小时，参与率达到60%以上。", 7,
                "参与率每低5个百分点扣1分，最高扣4分。", "查阅志愿服务时长登记"),
            Row("开展“五老”宣讲，年内面向青少年、社区居民宣讲党史和革命传统不少于3场，每场听众不少于30人。", 7,
                "宣讲每少1场扣2分；听众人数不足的，酌情扣分。", "查阅宣讲通知、签到表"),
            Row("围绕基层治理、城市更新等建言献策，年内形成调研报告或意见建议不少于2篇。", 6,
                "每少1篇扣3分。", "查阅调研报告、意见建议"),
            Row("年内选树“银发先锋”典型不少于1名，典型事迹在区级以上媒体宣传报道。", 7,
                "未选树典型的扣4分；未宣传报道的扣3分。", "查阅报道材料"),
        )),
        Section("服务保障", "四、服务保障（15分）", 15, (
            Row("支部对生病住院、高龄、困难党员开展走访慰问，走访覆盖率达到100%；春节、重阳节等重大节日前开展集中"
                "慰问。", 8,
                "走访每漏1人扣1分；未开展节日集中慰问的扣2分。", "查阅走访慰问台账、照片"),
            Row("年底组织党员对支部工作开展满意度测评，满意度达到90%以上。", 7,
                "满意度90%以上得7分，80%（含）—90%得5分，70%（含）—80%得3分，70%以下不得分。", "查阅测评表"),
        )),
    ),
)

NOTE = ("备注：1.考评总分95分以上的，命名为区级“银发先锋”党支部，有效期三年；2.各项扣分以该项分值为限；3.支部党员年内有"
        "参与非法组织活动、违规违纪受到处理等情形的，实行一票否决。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["考评内容", "分值", "评分标准", "检查方法", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "银发先锋考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "党支部名称：                        党员人数：        考评日期：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([row.text, f"{_fmt(row.points)}分", row.scoring, row.method, None])
            for c in (1, 3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 2).alignment = center
    ws.append(["总分", f"{_fmt(t.total)}分", None, None, None])
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (50, 7, 46, 22, 8))
    wb.save(str(path))
