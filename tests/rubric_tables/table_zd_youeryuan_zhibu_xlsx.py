"""中共西安市雁塔区委教育工作委员会2026年度公办幼儿园党支部建设考核评分表 (.xlsx), as a 陕西 区委教育工委 scores the
党支部 of each 公办幼儿园 (党组织领导的园长负责制, 师德师风, 家园共育, 保教) on 党建引领、组织建设、党员作用、基础台账.

A merged title row and a merged "幼儿园：…  党支部书记：…  党员数：…" line above the header 序号 | 项目 | 检查内容 |
标准分 | 扣分办法 | 得分. 序号 comes FIRST and runs 1..18 through the sheet (numeric cells); the categories are MERGED
CELLS down the SECOND column (项目), printed "党建引领（24分）" on one line. 标准分 is a plain number; numbers in the words
are mostly Chinese (每学期一次, 三十五岁, 百分之七十, 四十八学时). 得分 is blank. A 合计 row (label merged over 序号..检查
内容) and a merged 说明 row close the sheet.
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
    name="zd_youeryuan_zhibu_xlsx",
    fmt="xlsx",
    title="中共西安市雁塔区委教育工作委员会2026年度公办幼儿园党支部建设考核评分表",
    numbering="printed",
    sections=(
        Section("党建引领", "党建引领（24分）", 24, (
            Row("落实党组织领导的园长负责制，园务委员会会议前由支部委员会研究“三重一大”事项。", 6,
                "未建立议事规则的扣2分；“三重一大”事项未经支委会研究的，每次扣1分。"),
            Row("每半年分析研判意识形态工作一次；园内宣传栏、微信公众号由专人审核。", 5,
                "少一次扣1分；发布内容出现错误导向的本项不得分。"),
            Row("每学期开展一次师德师风专题教育；教职工全员签订师德承诺书。", 6,
                "专题教育少一次扣1分；承诺书每缺一人扣0.2分；发生虐童、体罚等师德失范行为的，一票否决。"),
            Row("党建带工建、带团建，每年联合工会、团支部开展教职工活动不少于两次。", 7,
                "少一次扣1分；工会、团组织未建立的扣2分。"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            Row("支部委员会三至五人，委员中有园长或副园长；三十五岁以下青年教师中党员和入党积极分子不少于两名。", 5,
                "委员配备不符合要求的扣1分；青年教师党员和积极分子不足两名的扣2分。"),
            Row("支委会每月一次；党员大会每季度一次；党小组会每月一次；党课每季度一次。", 8,
                "发现一次未开展扣0.5分，最高扣6分。"),
            Row("每月固定一天开展主题党日，寒暑假可合并，全年不少于十次。", 5,
                "少一次扣0.5分。"),
            Row("年初召开上年度组织生活会，开展民主评议党员；谈心谈话全覆盖。", 6,
                "未召开扣3分；未开展民主评议扣2分；谈心谈话未全覆盖的扣1分。"),
            Row("每年至少培养一名入党积极分子，优先从骨干教师中培养。", 3,
                "无积极分子的扣3分。"),
            Row("党费按月收缴，每半年公布一次。", 3,
                "未按月收缴的扣2分；未公布的扣1分。"),
        )),
        Section("党员作用", "党员作用（26分）", 26, (
            Row("党员教师亮身份，设立“党员示范班”；党员担任班主任（主班教师）的比例不低于百分之七十。", 6,
                "未设立示范班的扣2分；比例每低五个百分点扣1分。"),
            Row("党员教师每年参加集中学习不少于四十八学时，其中理论学习不少于十六学时。", 5,
                "学时不足的每人扣0.5分。"),
            Row("党员教师每学期家访幼儿数不少于所带班级幼儿的百分之三十；每月开展一次家长开放日或育儿讲座。", 6,
                "家访比例不足的扣2分；开放日少一次扣0.5分。"),
            Row("党员每学期到社区开展学前教育宣传、托育指导等志愿服务不少于一次，每人每年服务时长八小时以上。", 5,
                "每缺一人次扣0.2分；时长不足的每人扣0.2分，最多扣2分。"),
            Row("学年末家长满意度测评。", 4,
                "满意度百分之九十五以上得4分；百分之九十至九十五得3分；百分之八十五至九十得2分；低于百分之八十五不得分。"),
        )),
        Section("基础台账", "基础台账（20分）", 20, (
            Row("有党员花名册；有“三会一课”记录本；有主题党日签到表；有党费收缴台账。", 8,
                "每缺一本扣2分。"),
            Row("年初有支部工作计划，年终有工作总结，七月上旬报送半年工作小结。", 6,
                "缺一项扣2分。"),
            Row("党员活动室与园内功能室共用，做到“六有”；宣传内容每学年更新一次。", 6,
                "实地查看，不达标的酌情扣1-3分；宣传内容未更新的扣1分。"),
        )),
    ),
)

HEADER = ["序号", "项目", "检查内容", "标准分", "扣分办法", "得分"]
NOTE = ("说明：1.考核由区委教育工委组织，采取查阅资料、实地查看、座谈访谈、问卷调查等方式进行；2.单项扣分不超过该项"
        "标准分；3.考核结果分为好、较好、一般、差四个等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "幼儿园党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=14, bold=True), center)
    xlsx_line(ws, "幼儿园：                        党支部书记：              党员数：    名", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            number += 1
            ws.append([number, s.printed if ws.max_row + 1 == top else None, row.text, row.points, row.scoring, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 1).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 36)
    xlsx_widths(ws, (6, 12, 50, 8, 46, 8))
    wb.save(str(path))
