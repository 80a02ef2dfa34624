"""中共临澧县合口镇委员会2026年度村（社区）党支部“支部过硬”星级评定计分表 (.xlsx), as the 镇党委 评定组 scores each
村（社区）党支部 for its star rating on 班子过硬、队伍过硬、制度过硬、保障过硬、作用过硬.

A merged title row and a merged "村（社区）党支部：…  评定时间：…" line above the header 评定内容 | 序号 | 评定标准 | 满分 |
扣分标准 | 自评分 | 考评分. 评定内容 (the category) is merged down its rows and printed "班子过硬\\n（25分）" (the category
name is "班子过硬"). 序号 runs 1..17 through the sheet (numeric cells). 满分 is a plain number. 自评分 and 考评分 are
blank. Some 扣分标准 cells carry a 一票否决 clause. A 合计 row is followed by two merged rows under the table: the
一票否决项 list (no points) and the 评定等次 (stars by score band).
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_merge_down, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="u_xiangzhen_zhibu_guoying_xlsx",
    fmt="xlsx",
    title="中共临澧县合口镇委员会2026年度村（社区）党支部“支部过硬”星级评定计分表",
    numbering="printed",
    sections=(
        Section("班子过硬", "班子过硬\n（25分）", 25, (
            Row("村党支部书记、村委会主任“一肩挑”，班子职数配备到位；班子成员中35周岁以下的不少于1名，高中及以上学历的"
                "不少于4名。", 7,
                "未实行“一肩挑”的扣2分；无35周岁以下成员的扣2分；高中及以上学历成员不足4名的扣1分。"),
            Row("支部书记每年向镇党委述职一次，年内参加县级以上培训不少于5天，每年带头讲党课不少于2次。", 6,
                "未述职的扣2分；培训每少1天扣0.5分；党课每少1次扣1分。"),
            Row("严格落实“四议两公开”，村级重大事项经村党支部会议提议、“两委”会议商议、党员大会审议、村民代表会议决议，"
                "决议和实施结果公开。", 7,
                "程序每缺一个环节扣1分；结果未公开的扣2分；违规决策造成重大损失或引发群体性事件的，实行一票否决，本项不得分。"),
            Row("建立村级后备力量库，储备35周岁以下后备力量不少于2名。", 5,
                "每少1名扣2分，扣完为止。"),
        )),
        Section("队伍过硬", "队伍过硬\n（20分）", 20, (
            Row("每月开展一次主题党日，党小组会每月召开一次，党员大会每季度召开一次，党员参会率达到85%以上。", 8,
                "主题党日、党小组会每少1次扣0.5分；党员大会每少1次扣1分；参会率每低1个百分点扣0.2分，最高扣2分。"),
            Row("党员每年参加集中学习培训不少于24学时，对60岁以上及行动不便的党员实行送学上门，建立送学台账。", 6,
                "学时不足的，每人扣0.3分，最高扣3分；无送学台账的扣2分。"),
            Row("每两年至少发展1名党员，近三年发展的党员中35周岁以下的占比不低于50%。", 6,
                "两年内未发展党员的扣3分；35周岁以下占比不达标的扣2分。"),
        )),
        Section("制度过硬", "制度过硬\n（20分）", 20, (
            Row("党费按月收缴，设立党费收缴登记簿，收缴率100%，每年公布一次党费收缴情况。", 5,
                "有未按月交纳党费的，每人扣0.5分；无登记簿的扣2分；未公布的扣1分。"),
            Row("每年召开一次组织生活会，开展一次民主评议党员，评议结果报镇党委备案。", 6,
                "未召开组织生活会的扣3分；未开展民主评议的扣3分；评议结果未报备案的扣1分。"),
            Row("落实党务、村务、财务“三务”公开，每季度公开一次，公开内容留存照片。", 5,
                "每少公开1次扣1分；无照片留存的扣1分。"),
            Row("“三会一课”记录本、党员花名册、发展党员档案等基础台账齐全规范，按年度整理归档。", 4,
                "台账每缺一项扣1分；记录不规范的酌情扣分。"),
        )),
        Section("保障过硬", "保障过硬\n（15分）", 15, (
            Row("村级党群服务中心悬挂党旗、入党誓词，设置党员活动室，定期向党员群众开放。", 5,
                "标识每缺一项扣1分；未定期开放的扣2分。"),
            Row("落实村级组织运转经费和服务群众专项经费，建立经费使用台账，经费使用情况每半年公开一次。", 5,
                "无经费使用台账的扣2分；未按时公开的，每次扣1分。"),
            Row("村集体经济年经营性收入达到5万元以上，且较上年有所增长。", 5,
                "未达到5万元的扣3分；收入较上年下降的扣2分。"),
        )),
        Section("作用过硬", "作用过硬\n（20分）", 20, (
            Row("组建党员志愿服务队，每季度开展志愿服务不少于1次，党员每年参与志愿服务不少于12小时。", 6,
                "志愿服务每少1次扣1分；时长不足的，每人扣0.2分。"),
            Row("落实党员联系户制度，每名党员联系群众不少于5户，每月走访不少于1次，建立联户台账。", 7,
                "未建立联户台账的扣3分；走访每少1次扣0.5分，最高扣3分。"),
            Row("村内无越级上访、重大安全事故和“黄赌毒”等问题，年底群众满意度测评达到90%以上。", 7,
                "满意度每低1个百分点扣0.5分；发生越级上访、重大安全事故的，实行一票否决。"),
        )),
    ),
)

VETO = ("一票否决项：村（社区）党支部或班子成员有下列情形之一的，不得评定星级：1.班子成员受到党纪政务处分的；2.发生重大"
        "安全生产事故或群体性事件的；3.换届选举中出现拉票贿选等违纪违法问题的；4.党组织软弱涣散未完成整顿的。")
GRADES = ("评定等次：90分以上评为五星级，80—89分评为四星级，70—79分评为三星级，60—69分评为二星级，60分以下评为一星级；"
          "各项扣分以该项满分为限。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["评定内容", "序号", "评定标准", "满分", "扣分标准", "自评分", "考评分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部过硬星级评定"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "村（社区）党支部：                          评定时间：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    first_data = ws.max_row
    number = 0
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.text, row.points, row.scoring, None, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    ws.append(["合计", None, None, t.total, None, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first_data, ncols)
    xlsx_note(ws, VETO, ncols, 45)
    xlsx_note(ws, GRADES, ncols, 30)
    xlsx_widths(ws, (11, 6, 48, 7, 44, 8, 8))
    wb.save(str(path))
