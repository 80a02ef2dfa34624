"""石桥镇党委2026年度村（社区）“党建引领基层治理”考核评分表 (.xlsx), as a 镇党委 scores its 村 and 社区 党组织 at the
year's end, with a 加分项 block and a 扣分项 block after the base 100.

A merged title row and a merged "村（社区）名称：… 党组织书记：… 考核日期：…" row above the header 序号 | 考核内容 | 评分标准 |
分值 | 牵头单位 | 得分. The categories are section banners merged across the sheet ("一、组织引领（35分）", "四、加分项
（最高加5分）", "五、扣分项"). (A first draft printed "五、扣分项（从总分中直接扣减）"; the importer kept the bracket in the
category name, so the banner prints the bare name and the 说明 says how it counts.) 序号 runs 1..N through the sheet,
加分项 and 扣分项 included. 评分标准 sits before 分值. 牵头单位 (镇党建办, 镇综治办 …) names the office that scores
the row and is not part of the item (`Row.method`). Rules: fixed and per-unit deductions, "每低1个百分点扣0.2分", the band list "群众满意度90%以上得5分，
80%-90%得3分，80%以下不得分" with "未组织测评的本项不得分", "综合评定". 加分项 rows (分值 "—", 0 points in the model)
say how much they add ("获得市级以上表彰的加2分"); 扣分项 rows (分值 "—") say what is taken off ("每发生1起扣3分", "发生
违纪违法问题的实行一票否决"). 得分 is blank. A 合计 row and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table, _fmt  # noqa: F401

DJB = "镇党建办"
ZZB = "镇综治办"

TABLE = Table(
    name="l_cun_zhili_jiakou_xlsx",
    fmt="xlsx",
    title="石桥镇党委2026年度村（社区）“党建引领基层治理”考核评分表",
    numbering="printed",
    sections=(
        Section("组织引领", "一、组织引领（35分）", 35, (
            Row("村（社区）党组织书记通过法定程序担任村（居）委会主任，“两委”班子成员中35周岁以下的不少于1名、大专及以上"
                "学历的不少于2名。", 8,
                "未实行“一肩挑”的扣3分；班子结构每缺1类扣2.5分。", DJB),
            Row("村级重大事项落实“四议两公开”，党员大会每季度至少召开1次，党员到会率不低于80%。", 9,
                "“四议两公开”落实不到位的，发现1次扣2分；党员大会每少1次扣1分；到会率低于80%的扣2分。", DJB),
            Row("建立“村（社区）党组织—网格党支部—党员中心户”三级组织体系，网格党支部每月召开1次网格议事会。", 8,
                "组织体系不健全的扣3分；网格议事会每少1次扣0.5分。", DJB),
            Row("每月开展“党员活动日”，组织党员参与环境整治、矛盾调解等志愿服务，全年志愿服务不少于12次，活动有照片。", 10,
                "党员活动日每少1次扣0.5分；志愿服务不足12次的扣2分；无活动照片的扣1分。", DJB),
        )),
        Section("治理服务", "二、治理服务（40分）", 40, (
            Row("建立村（居）民议事协商制度，每季度召开1次村（居）民议事会，议事结果向群众公开。", 8,
                "无议事协商制度的扣2分；议事会每少1次扣1分；结果未公开的扣1分。", DJB),
            Row("推行党员联户，每名党员联系群众不少于5户，每季度入户走访1次，建立党员联户台账。", 8,
                "无联户台账的扣2分；入户走访每少1次扣0.5分。", DJB),
            Row("建立群众诉求收集办理台账，群众诉求办结率达到95%以上。", 8,
                "无诉求办理台账的扣2分；办结率每低1个百分点扣0.2分。", ZZB),
            Row("年内组织1次群众满意度测评，群众对村（社区）党组织的满意度不低于90%。", 8,
                "群众满意度90%以上得5分，80%-90%得3分，80%以下不得分；未组织测评的本项不得分。", DJB),
            Row("与驻地单位、物业企业签订共建协议不少于3份，全年开展共建活动不少于4次，形成需求、资源、项目“三张清单”。", 8,
                "共建协议每少1份扣1分；共建活动每少1次扣1分；无“三张清单”的扣1分。", DJB),
        )),
        Section("平安和谐", "三、平安和谐（25分）", 25, (
            Row("每月开展1次矛盾纠纷排查，建立排查化解台账，矛盾纠纷调处成功率达到95%以上。", 9,
                "排查每少1次扣1分；无台账的扣1分；调处成功率低于95%的扣2分。", ZZB),
            Row("制定年度防汛和安全生产应急方案，每半年开展1次应急演练，演练有照片。", 8,
                "无应急方案的扣2分；应急演练每少1次扣1.5分；无照片的扣1分。", ZZB),
            Row("“两委”班子团结，党组织在平安建设中作用发挥明显，群众认可度高。", 8,
                "由镇考核组走访群众后综合评定。", DJB),
        )),
        # Outside the base 100: 0 points in the model; the 分值 cells print "—".
        Section("加分项", "四、加分项（最高加5分）", 0, (
            Row("村（社区）党组织或党员获得表彰。", 0,
                "获得市级以上表彰的加2分，获得县（区）级表彰的加1分，本项最高加3分。", DJB),
            Row("党建引领基层治理经验做法在市级以上会议交流或被市级以上媒体推广。", 0,
                "每次加1分，本项最高加2分。", DJB),
        )),
        Section("扣分项", "五、扣分项", 0, (
            Row("村（社区）“两委”班子成员发生违纪违法问题。", 0,
                "发生违纪违法问题的实行一票否决。", DJB),
            Row("辖区内发生群体性事件、越级上访或重大安全生产事故，造成不良影响。", 0,
                "每发生1起扣3分。", ZZB),
            Row("未按时完成镇党委交办的党建引领基层治理任务。", 0,
                "每项扣1分。", DJB),
        )),
    ),
)

NOT_SCORED = "—"
NOTE = ("说明：1.基础分100分，加分项最高加5分，扣分项从总分中直接扣减；2.基础分各项扣分以该项分值为限；3.实行一票否决的，"
        "年度考核直接评定为“不合格”；4.考核结果与村（社区）干部绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["序号", "考核内容", "评分标准", "分值", "牵头单位", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "村（社区）名称：                  党组织书记：              考核日期：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    number = 1
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            points = NOT_SCORED if s.points == 0 else int(row.points) if float(row.points).is_integer() else row.points
            ws.append([number, row.text, row.scoring, points, row.method, None])
            for c in (2, 3):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4, 5):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
    xlsx_total_row(ws, int(t.total), 4, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 45)
    xlsx_widths(ws, (6, 50, 44, 7, 11, 8))
    wb.save(str(path))
