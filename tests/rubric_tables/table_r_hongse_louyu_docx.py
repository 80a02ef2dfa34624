"""深圳市福田区福田街道党工委2026年度商务楼宇“红色楼宇”星级评定标准 (.docx), as a 街道党工委 rates each 商务楼宇's
楼宇党委 (联合党支部) for the “红色楼宇” stars: 组织覆盖, 组织生活, 服务发展, 综合评价.

The title, a centred "（楼宇名称：… 评定年度：2026年）" line, then one table 评定项目 | 评定标准（括号内为该款分值） |
分值 | 评分方法. No 序号 (items numbered by position 1..14). 评定项目 (the category) is merged down its rows and printed
"一、组织覆盖（20分）". Several 评定标准 cells hold numbered parts ①②③ with the points of each part in brackets
"（3分）" that add up to the row's 分值; the 评分方法 cell then scores part by part ("①款…；②款…", "按款计分"). A 合计 row
(合计 merged over 评定项目..评定标准, the total under 分值) and a star-band paragraph close the page.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="r_hongse_louyu_docx",
    fmt="docx",
    title="深圳市福田区福田街道党工委2026年度商务楼宇“红色楼宇”星级评定标准",
    numbering="position",
    sections=(
        Section("组织覆盖", "一、组织覆盖（20分）", 20, (
            Row("①楼宇内有党员3名以上的企业单独建立党组织，其余企业纳入楼宇联合党支部（3分）；②楼宇党委每季度召开一次党建"
                "联席会议，物业公司、入驻企业党组织负责人参加（3分）。", 6,
                "①款应建未建的，每家扣1分；②款联席会议每少开一次扣1分。"),
            Row("①建立楼宇党员花名册，新入驻企业党员一个月内完成摸排登记（2分）；②流动党员、“口袋党员”组织关系转接到位，"
                "登记率达到100%（3分）；③楼宇各党组织书记中40岁以下的不少于1名（2分）。", 7,
                "按款计分，达不到要求的扣除该款分值。"),
            Row("建成面积不少于100平方米的楼宇党群服务中心，工作日全天开放，配备专职党务工作者不少于2名。", 7,
                "未建成的本项不得分；专职党务工作者每少1名扣2分。"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("①楼宇各党组织每月开展主题党日（3分）；②楼宇党委每季度组织一次“楼宇党课”（3分）；③每年举办一次楼宇党员集中"
                "培训，时长不少于2天（2分）。", 8,
                "每少一次扣1分，扣完该款分值为止；培训时长不足的扣1分。"),
            Row("入驻企业党员按月交纳党费，楼宇党委建立党费收缴台账，每季度向街道党工委报告一次收缴情况。", 5,
                "台账不全的扣2分；每少报告一次扣1分。"),
            Row("楼宇各党组织每年召开一次组织生活会，开展民主评议党员，党员参加率不低于85%。", 6,
                "未召开的扣4分；参加率低于85%的扣2分。"),
            Row("开展“亮身份、树形象”活动，党员在工位设置身份标识，亮身份率达到90%，标识设置情况拍照存档。", 6,
                "亮身份率每低5个百分点扣1分；无照片存档的扣1分。"),
        )),
        Section("服务发展", "三、服务发展（35分）", 35, (
            Row("①每半年走访入驻企业一次，建立企业需求清单（4分）；②企业需求办结率达到90%（4分）。", 8,
                "①款走访每少一次扣2分，无需求清单的扣2分；②款办结率每低1个百分点扣0.5分。"),
            Row("开展“白领驿站”“楼宇课堂”等服务活动，全年不少于十二次，活动有通知、有签到、有图片。", 8,
                "每少一次扣1分；资料缺项的，每次扣0.5分。"),
            Row("与辖区社区、共建单位签订共建协议不少于3份，全年开展联建共建活动不少于4次。", 7,
                "协议每少一份扣1分；活动每少一次扣1分。"),
            Row("组织楼宇党员到社区参加志愿服务，每名党员全年服务时长不少于10小时，党员参与率达到80%。", 6,
                "参与率80%以上得6分，60%（含）—80%得3分，60%以下不得分。"),
            Row("年初制定楼宇党建工作计划，年中形成半年小结，年底形成年度工作总结。", 6,
                "缺一项扣2分。"),
        )),
        Section("综合评价", "四、综合评价（20分）", 20, (
            Row("年底由街道党工委组织入驻企业开展满意度测评，满意度达到95%以上。", 10,
                "满意度每低1个百分点扣1分；低于80%的本项不得分。"),
            Row("楼宇党组织在服务企业、促进发展中作用发挥明显，楼宇内全年无重大安全事故、无群体性事件。", 10,
                "发生重大安全事故或群体性事件的，实行一票否决，本项不得分；作用发挥情况由评定组走访企业后综合评定。"),
        )),
    ),
)

NOTE = ("星级评定：得分95分以上为“五星红色楼宇”，85—94分为“四星”，75—84分为“三星”，75分以下不予评星。星级每年评定一次，"
        "实行动态管理。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["评定项目", "评定标准（括号内为该款分值）", "分值", "评分方法"]
    ncols = len(header)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（楼宇名称：                    评定年度：2026年）")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r = 1
    for s in t.sections:
        first = r
        for row in s.rows:
            for c, v in ((1, row.text), (2, _fmt(row.points)), (3, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 1, "合计")
    tbl.cell(r, 2).text = _fmt(t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
