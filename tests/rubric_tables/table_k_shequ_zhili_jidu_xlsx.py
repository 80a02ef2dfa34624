"""柳岸街道2026年度社区“党建引领基层治理”季度考核评分表 (.xlsx), as a 街道党工委 uses it every quarter to score its
社区党委: the period checked is one quarter, so "本季度" and "每季度" mean the same, with monthly and half-yearly
obligations beside them.

A merged title row and a merged "社区名称：… 考核季度：2026年第  季度 … 考核人：" row above the header 序号 | 考核项目 |
考核要点 | 分值 | 计分办法 | 得分. 序号 runs 1..N through the whole sheet, 加分项 included. 考核项目 (the category) is
merged down its rows and printed on two lines, its points in brackets on the second ("组织体系\\n（20分）"). 考核要点
prints rates both ways (百分之八十五, 95%), training in 学时, 志愿服务 in 小时 (人均, 累计), a 党员中心户 household figure,
and deadlines such as "每季度末5日前". 计分办法 mixes per-unit and fixed deductions, "每低5个百分点", one band list inside a
row, caps, "本项不得分", "酌情扣1—2分". The last category, "加分项（最高加5分）", lies outside the 100 (0 points in the
model): its 分值 cells print "—" and its 计分办法 say how much each row adds and its cap. 得分 is blank. A 合计 row
(合计 merged over 序号..考核要点) and a merged 说明 row close the sheet.
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
    name="k_shequ_zhili_jidu_xlsx",
    fmt="xlsx",
    title="柳岸街道2026年度社区“党建引领基层治理”季度考核评分表",
    numbering="printed",
    sections=(
        Section("组织体系", "组织体系\n（20分）", 20, (
            Row("按“一网格一支部（党小组）”设置网格党组织，网格党组织书记（组长）由网格长或党员骨干担任，每季度至少召开"
                "1次网格党支部会议。", 6,
                "网格党组织设置不全的扣2分；会议每少一次扣1分。"),
            Row("支委会每月召开1次，本季度召开支部党员大会1次、讲党课1次，党员参会率不低于百分之八十五。", 8,
                "每少开一次扣1分；参会率每低5个百分点扣0.5分。"),
            Row("每季度召开1次社区“大党委”联席会议，共驻共建单位参会率达到80%，会议形成问题清单、责任清单。", 6,
                "未召开的本项不得分；参会率未达标的扣1分；无清单的扣1分。"),
        )),
        Section("队伍建设", "队伍建设\n（20分）", 20, (
            Row("社区工作者本季度参加业务培训不少于8学时，党员本季度集中学习不少于3次。", 6,
                "学时不足的，每人扣0.5分，最多扣3分；集中学习每少一次扣1分。"),
            Row("在职党员到社区报到率达到100%，每名报到党员每半年参加社区活动不少于2次。", 6,
                "报到率每低1个百分点扣0.2分；参加活动次数不足的，每人次扣0.1分。"),
            Row("党员志愿服务队每月开展1次志愿服务，党员人均志愿服务时长每季度不少于6小时，活动有记录、有照片。", 8,
                "活动每少一次扣1分；人均时长不足的扣2分；无照片的扣1分。"),
        )),
        Section("治理服务", "治理服务\n（35分）", 35, (
            Row("网格员每月走访网格内住户1遍，党员中心户每季度联系群众不少于10户，建立民情日志。", 7,
                "走访每少一次扣1分；无民情日志的扣2分。"),
            Row("建立群众诉求“接诉即办”台账，诉求办结率达到95%，群众满意率不低于百分之九十。", 7,
                "无台账的扣2分；办结率95%以上得3分，90%—95%得2分，90%以下不得分；满意率每低1个百分点扣0.2分。"),
            Row("每半年至少召开1次居民议事协商会，本季度协商解决小区治理问题不少于2件，协商结果公示。", 6,
                "议事会未召开的扣3分；解决问题每少1件扣1分；未公示的扣1分。"),
            Row("推动物业服务企业党的建设，社区党组织、业委会、物业服务企业每季度召开1次三方联席会议。", 5,
                "每少召开一次扣2分。"),
            Row("每月开展1次矛盾纠纷排查，矛盾纠纷调解成功率达到98%以上，本季度无越级上访和群体性事件。", 6,
                "排查每少一次扣1分；调解成功率低于98%的扣2分；发生越级上访或群体性事件的，本项不得分。"),
            Row("每月组织1次党员参与小区环境整治，有活动照片。", 4,
                "每少一次扣1分。"),
        )),
        Section("阵地保障", "阵地保障\n（25分）", 25, (
            Row("党群服务中心每周开放不少于6天，每天有人值班，值班记录完整。", 5,
                "实地查看；值班记录不全的，每缺一天扣0.2分，最多扣2分；开放时间不足的扣2分。"),
            Row("党务、居务公开栏每季度更新1次，重要事项随时公开。", 4,
                "未按季度更新的本项不得分。"),
            Row("社区服务群众专项经费使用有计划、有台账，每半年公开1次使用情况。", 5,
                "无使用计划的扣1分；无台账的扣2分；未公开的扣1分。"),
            Row("每季度末5日前报送季度工作总结，并报送下季度工作计划。", 5,
                "逾期报送的扣1分；未报送的，每项扣2.5分。"),
            Row("季度考核资料按“一季一档”归档，会议记录、签到表、活动照片齐全。", 6,
                "资料每缺一项扣1分；归档不规范的酌情扣1—2分。"),
        )),
        # Outside the base 100: 0 points in the model; the 分值 cells print "—".
        Section("加分项", "加分项\n（最高加5分）", 0, (
            Row("社区党建引领基层治理经验做法被区级以上媒体宣传，或在区级以上会议交流。", 0,
                "区级每次加1分，市级以上每次加2分，本项最高加3分。"),
            Row("本季度社区党员志愿服务时长累计超过500小时。", 0,
                "超过500小时的加1分，超过800小时的加2分。"),
            Row("社区党组织或党员获得区级以上表彰。", 0,
                "每项加1分，本项最高加2分。"),
        )),
    ),
)

BONUS_PRINTED = "—"
NOTE = ("说明：1.本表每季度考核一次，考核结果按季度通报，四个季度平均分计入社区年度党建考核；2.基础分100分，各项扣分以该项"
        "分值为限；3.加分项最高加5分，季度得分不超过105分；4.考核资料以本季度内形成的为准。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["序号", "考核项目", "考核要点", "分值", "计分办法", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "季度考核"
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), Alignment(horizontal="center", vertical="center"))
    xlsx_line(ws, "社区名称：                考核季度：2026年第    季度                考核人：", ncols)
    xlsx_header(ws, header, ncols)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    number = 1
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            if s.points == 0:
                points = BONUS_PRINTED
            else:
                points = int(row.points) if float(row.points).is_integer() else row.points
            ws.append([number, s.printed if i == 0 else None, row.text, points, row.scoring, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
        xlsx_merge_down(ws, 2, first, ws.max_row, center)
    xlsx_total_row(ws, int(t.total), 4, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 12, 50, 7, 44, 8))
    wb.save(str(path))
