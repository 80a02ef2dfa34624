"""中共南宁市武鸣区双桥镇委员会2026年度村党组织“五星”评定评分表 (.xlsx), as a 广西 镇党委 rates each 村党组织 on
five stars (堡垒星、先锋星、发展星、服务星、和谐星) and scores them out of 100.

A merged title row and a merged "村党组织：…  评定组长：…  评定时间：…" line above the header 评星项目 | 序号 |
评定标准 | 分值 | 评分细则 | 佐证材料. The categories are MERGED CELLS down the 评星项目 column, printed
"一、堡垒星\\n（25分）" (the category name is "堡垒星"). 序号 RESTARTS at 1 in every category (ids "2.3"). 分值 is a
plain number. 佐证材料 (`Row.method`) names the papers the 村 lays out. A 合计 row and a merged 说明 row close the sheet.
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
    name="ze_cun_xingji_pingding_xlsx",
    fmt="xlsx",
    title="中共南宁市武鸣区双桥镇委员会2026年度村党组织“五星”评定评分表",
    numbering="restart",
    sections=(
        Section("堡垒星", "一、堡垒星\n（25分）", 25, (
            Row("村“两委”班子成员5至7人，至少有1名45周岁以下成员、1名女性成员，高中（中专）以上学历成员不少于3人。", 8,
                "无45周岁以下成员的扣2分；无女性成员的扣1分；高中（中专）以上学历成员每少1人扣1分。", "村“两委”成员花名册"),
            Row("落实“四议两公开”，村级重大事项决策程序规范，全年未发生违规决策问题。", 7,
                "发现违规决策一次扣2分；程序资料缺失的酌情扣分。", "“四议两公开”会议记录"),
            Row("党支部委员会每月至少召开1次，党员大会每季度至少1次，全年召开组织生活会1次。", 10,
                "少开1次扣1分，扣完为止。", "会议记录本、签到簿"),
        )),
        Section("先锋星", "二、先锋星\n（25分）", 25, (
            Row("党员每季度至少参加1次义务劳动或志愿服务，参与率不低于80%。", 8,
                "参与率每低5个百分点扣1分；无活动记录的本项不得分。", "活动照片、签到表"),
            Row("党员设岗定责，无职党员设岗率达到100%，党员示范户挂牌亮户。", 7,
                "设岗率每低1个百分点扣0.2分；未挂牌的酌情扣1—3分。", "设岗定责登记表"),
            Row("每两年发展党员至少1名，注重从致富能手、返乡大学生中发展，入党积极分子不少于2名。", 10,
                "两年内未发展党员的扣5分；入党积极分子每少1名扣1分。", "发展党员档案"),
        )),
        Section("发展星", "三、发展星\n（25分）", 25, (
            Row("村级集体经济年经营性收入达到10万元以上，比上年增长不低于10%。", 10,
                "年经营性收入低于5万元的扣6分，5万元至10万元的扣3分；增长率低于10%的扣1分。", "村集体经济收支报表"),
            Row("村党组织领办合作社或产业项目至少1个，带动脱贫户、监测户增收。", 8,
                "未领办的扣4分；带动效果不明显的酌情扣分。", "合作社章程、分红名单"),
            Row("村“两委”成员每人联系不少于5户脱贫户、监测户，每月上门走访1次。", 7,
                "每少联系1户扣0.5分；走访每缺1次扣0.2分，最多扣3分。", "走访记录、照片"),
        )),
        Section("服务星", "四、服务星\n（15分）", 15, (
            Row("村级党群服务中心实行坐班值班制度，工作日每天至少1名“两委”成员坐班，代办事项办结率达到95%以上。", 8,
                "发现无人值班一次扣1分；办结率低于95%的扣2分。", "值班表、代办登记簿"),
            Row("每季度召开1次村民代表会议或屋场会，听取群众意见，群众反映问题及时回应。", 7,
                "每少召开1次扣1分；群众反映问题未回应的，每件扣0.5分。", "会议记录、问题台账"),
        )),
        Section("和谐星", "五、和谐星\n（10分）", 10, (
            Row("全年无刑事案件、重大安全生产事故、群体性事件，矛盾纠纷化解率达98%以上。", 10,
                "发生重大安全生产事故或群体性事件的，实行一票否决；矛盾纠纷化解率每低1个百分点扣0.5分；发生刑事案件的每起"
                "扣2分。", "综治中心台账"),
        )),
    ),
)

HEADER = ["评星项目", "序号", "评定标准", "分值", "评分细则", "佐证材料"]
NOTE = ("说明：1.每颗星得分率达到80%的授予该星，五星均获得的评为“五星级村党组织”；2.各项扣分不超过该项分值；3.被评为"
        "软弱涣散村党组织的，当年不得参与评星。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "五星评定"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "村党组织：                    评定组长：                  评定时间：2026年  月  日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 36)
    xlsx_widths(ws, (12, 6, 48, 6, 44, 18))
    wb.save(str(path))
