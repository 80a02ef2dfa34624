"""中共绥化市北林区委2026年度乡镇“党建+乡村治理”工作考评细则 (.xlsx), as a 黑龙江 区委 (组织部、政法委、农业农村局
联合考评组) scores each 乡镇党委 on 组织引领、治理体系、党员作用、发展成效.

A merged title row and a merged "乡镇（盖章）：…  填报日期：2026年12月  日" line above the header 序号 | 一级指标 |
二级指标 | 考评内容 | 分值 | 评分标准 | 得分. 序号 runs 1..13 through the sheet (numeric cells). The categories are MERGED
CELLS down the 一级指标 column, printed on two lines, "组织引领\n（20分）". 二级指标 is a short sub-label
(`Row.indicator`); 考评内容 is what is asked (`Row.text`). 分值 is a plain number. 得分 is blank. A 合计 row and a merged
备注 row close the sheet.
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
    name="zf_xiangzhen_zhili_kaoping_xlsx",
    fmt="xlsx",
    title="中共绥化市北林区委2026年度乡镇“党建+乡村治理”工作考评细则",
    numbering="printed",
    sections=(
        Section("组织引领", "组织引领\n（20分）", 20, (
            Row("乡镇党委每月召开1次党建工作例会，每季度专题研究乡村治理工作不少于1次；党委书记每年到所有村（社区）调研"
                "全覆盖。", 7,
                "例会每少1次扣0.5分；专题研究每少1次扣1分；调研未全覆盖的，每少1个村扣0.5分，最高扣2分。", "", "班子领导"),
            Row("村党组织书记、村委会主任“一肩挑”比例达到90%以上；村“两委”成员中45周岁以下不少于2名，高中（中专）及以上"
                "学历的不少于3名。", 7,
                "“一肩挑”比例每低5个百分点扣1分；年龄、学历结构不达标的，每个村扣0.5分，扣完为止。", "", "村级班子"),
            Row("每村储备村级后备力量不少于2名，建立后备人才库，实行动态管理；年内至少组织1次集中培训，培训时间不少于2天。",
                6, "后备力量不足的，每缺1名扣0.5分；未组织培训的扣2分。", "", "后备力量"),
        )),
        Section("治理体系", "治理体系\n（30分）", 30, (
            Row("全面推行“党组织+网格+联户”治理模式，每个网格明确1名网格长，党员联系农户实现全覆盖，每名党员联系农户不少于"
                "10户。", 8,
                "网格体系未建立的扣4分；联户不到位的，视情况扣1-3分。", "", "网格治理"),
            Row("村级重大事项严格执行“四议两公开”工作法，议决过程有记录，结果公开不少于7天；村务每季度公开1次，财务每月"
                "公开1次。", 8,
                "未按程序决策的，发现一起扣2分；村务、财务公开每少1次扣0.5分。", "", "民主决策"),
            Row("健全村级调解组织，矛盾纠纷排查每月不少于1次，调解成功率达到95%以上；全年无越级上访、群体性事件。", 8,
                "排查每少1次扣0.5分；调解成功率低于95%的扣2分；发生越级上访的每起扣2分，发生群体性事件的实行一票否决。", "",
                "矛盾化解"),
            Row("修订完善村规民约，经村民代表会议表决通过后公布；成立红白理事会、道德评议会，每半年开展1次“文明家庭”评选。",
                6, "村规民约未修订的扣2分；每少一个组织扣1分；评选活动每少1次扣1分。", "", "移风易俗"),
        )),
        Section("党员作用", "党员作用\n（25分）", 25, (
            Row("开展“设岗定责、积分管理”，农村党员设岗率达到100%，每季度评定积分1次，积分结果公开公示。", 7,
                "设岗率未达100%的扣2分；积分评定每少1次扣1分；未公示的扣1分。", "", "设岗定责"),
            Row("村党组织每月5日前后开展主题党日，全年不少于12次，流动党员可通过“龙江先锋”平台线上参加；农村党员冬春训"
                "覆盖率达到95%以上，人均培训不少于5天。", 10,
                "主题党日每少1次扣0.5分；冬春训覆盖率每低1个百分点扣0.5分，最多扣3分；培训天数不足的扣2分。", "",
                "教育培训"),
            Row("推行党员“代办帮办”服务，建立代办台账；村干部每周坐班不少于3天；全年为群众办实事不少于10件。", 8,
                "无代办台账扣2分；坐班不到位的酌情扣分；办实事每少1件扣0.5分。", "", "为民服务"),
        )),
        Section("发展成效", "发展成效\n（25分）", 25, (
            Row("村集体经济年经营性收入全部达到10万元以上，20万元以上的村占比不低于40%。", 9,
                "每有1个村未达到10万元扣1分；占比每低5个百分点扣1分。", "", "集体经济"),
            Row("村庄人居环境整治常态化，每月开展1次“村庄清洁行动”，年度验收达标率100%。", 6,
                "清洁行动每少1次扣0.5分；验收不达标的，每个村扣1分。", "", "人居环境"),
            Row("年底委托第三方开展乡村治理群众满意度调查，满意度不低于90%。", 10,
                "满意度90%以上的得10分；85%—90%的得7分；80%—85%的得4分；80%以下的不得分。", "", "群众满意"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考评内容", "分值", "评分标准", "得分"]
NOTE = ("备注：1.考评采取听取汇报、查阅资料、随机入村入户、第三方测评相结合的方式；2.各二级指标扣分以该项分值为限；"
        "3.考评结果作为乡镇党委书记抓基层党建述职评议的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考评细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16, bold=True), center)
    xlsx_line(ws, "乡镇（盖章）：                          填报日期：2026年12月  日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for row in s.rows:
            number += 1
            ws.append([number, s.printed if ws.max_row + 1 == top else None, row.indicator, row.text, row.points,
                       row.scoring, None])
            for c in (4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 11, 11, 50, 7, 46, 7))
    wb.save(str(path))
