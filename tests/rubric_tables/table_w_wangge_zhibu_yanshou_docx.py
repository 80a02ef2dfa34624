"""西安市雁塔区2026年社区网格党支部规范化建设验收标准 (.docx), as the 街道党工委 验收组 checks each 网格党支部 a 社区党委
sets up under it before naming it a 规范化建设达标支部: 组织设置、组织生活、党员管理、服务治理.

A "附件1" line, the title (bold, centred) and a "社区党委：…  网格党支部：…  党员数：…" line above one table: 验收项目 |
序号 | 验收标准 | 满分 | 评分办法 | 佐证材料 | 验收得分. 验收项目 (the category) is merged down its rows and printed on one
line with its ordinal and points, "一、组织设置（15分）" (the category name is "组织设置"). 序号 is printed "（1）" …
"（14）", running through the whole table (numbering "printed"). 满分 is printed "5分" and comes BEFORE 评分办法.
佐证材料 (`Row.method`) names the papers looked at. 验收得分 is blank. A 合计 row ("100分" under 满分), an 验收等次 line
and a 验收组 signature line close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="w_wangge_zhibu_yanshou_docx",
    fmt="docx",
    title="西安市雁塔区2026年社区网格党支部规范化建设验收标准",
    numbering="printed",
    sections=(
        Section("组织设置", "一、组织设置（15分）", 15, (
            Row("以网格为单元设置党支部，正式党员7人以上的设立支部委员会，党员人数超过30人的按楼栋划分党小组。", 5,
                "支部设置不符合要求的扣2分；应划分党小组而未划分的扣2分。", "党支部成立批复"),
            Row("支部书记一般由社区党委委员或网格长兼任，年龄在55周岁以下；支部委员中至少有1名40周岁以下党员。", 5,
                "书记年龄不符合要求的扣2分；无40周岁以下委员的扣2分。", "支委名单"),
            Row("支部有标识牌、有活动场所、有党旗，党员公开承诺统一上墙。", 5,
                "缺一项扣1分。", "实地查看"),
        )),
        Section("组织生活", "二、组织生活（30分）", 30, (
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，会议记录规范完整。", 10,
                "每少开1次扣1分；会议记录不规范的酌情扣1-2分。", "会议记录本"),
            Row("党课每季度至少1次，支部书记每年至少讲1次党课；每月第一个星期五开展主题党日。", 8,
                "党课每少1次扣1分；书记未讲党课的扣2分；主题党日每少1次扣0.5分。", "党课讲稿、签到表、照片"),
            Row("每年召开1次组织生活会，认真开展批评和自我批评，同步开展民主评议党员，评议结果报社区党委备案。", 7,
                "未召开组织生活会的本项不得分；未开展民主评议的扣3分；批评和自我批评不深入的扣1分。",
                "会议记录、民主评议测评表"),
            Row("党员年内参加支部集中学习不少于12次，“学习强国”年度学习积分人均不低于6000分。", 5,
                "集中学习每少1次扣0.5分；人均积分不达标的扣1分。", "学习记录、积分截图"),
        )),
        Section("党员管理", "三、党员管理（25分）", 25, (
            Row("建立网格党员花名册，登记党员姓名、年龄、学历、联系方式及所在楼栋，人员变动时及时更新。", 6,
                "无花名册的扣3分；信息不全或未及时更新的，每人扣0.5分，最高扣3分。", "党员花名册"),
            Row("党员每月按标准交纳党费，设立党费收缴登记簿，每半年公布一次党费收缴情况。", 6,
                "未按月收缴的，每人次扣0.5分；未公布的扣1分。", "党费收缴登记簿"),
            Row("对网格内无职党员设岗定责，设岗率达到90%以上；对流动党员每季度至少联系1次。", 7,
                "设岗率每低5个百分点扣1分；流动党员联系每少1次扣0.5分，最高扣2分。", "党员设岗名单、流动党员联系记录"),
            Row("结合“七一”和年底评选表彰优秀党员，对不合格党员按规定稳妥处置。", 6,
                "未开展评选表彰的扣2分；处置不合格党员不规范的扣2分。", "表彰文件"),
        )),
        Section("服务治理", "四、服务治理（30分）", 30, (
            Row("支部党员每人联系网格内10户以上居民，每月入户走访1次，建立民情日志，群众诉求办结率达到95%以上。", 10,
                "未建立民情日志的扣3分；入户走访每少1次扣0.5分；办结率每低1个百分点扣0.5分，最高扣3分。",
                "民情日志、诉求办理台账"),
            Row("每季度开展1次“党员进网格”志愿服务，党员年内参与志愿服务时长不少于12小时。", 8,
                "志愿服务每少1次扣2分；时长不足的，每人扣0.2分，最高扣2分。", "志愿服务记录、照片"),
            Row("年初有支部工作计划、年底有工作总结；年底由网格内居民代表对支部开展满意度测评，满意率达到90%以上。", 12,
                "满意率90%以上得8分，80%（含）—90%得5分，80%以下不得分；无计划或总结的，每项扣2分。",
                "计划、总结、测评表"),
        )),
    ),
)

HEADER = ["验收项目", "序号", "验收标准", "满分", "评分办法", "佐证材料", "验收得分"]


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件1")
    docx_title(document, t.title, 16)
    document.add_paragraph("社区党委：                网格党支部：                党员数：     名")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        first = r
        for row in s.rows:
            number += 1
            for c, v in ((1, f"（{number}）"), (2, row.text), (3, f"{_fmt(row.points)}分"), (4, row.scoring),
                         (5, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 2, "合计")
    tbl.cell(r, 3).text = f"{_fmt(t.total)}分"
    document.add_paragraph("验收等次：90分以上为“达标”，80—89分为“基本达标”，80分以下为“未达标”，限期3个月整改后重新验收。")
    document.add_paragraph("验收组成员（签字）：                                    2026年  月  日")
    document.save(str(path))
