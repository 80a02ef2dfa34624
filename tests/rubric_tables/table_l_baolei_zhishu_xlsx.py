"""东湖街道党工委2026年度社区党组织“堡垒指数”考评表 (.xlsx), as a 街道党工委 scores each 社区党组织 on four “力”
(政治引领力、组织战斗力、服务凝聚力、保障支撑力) and publishes the result as an index.

A merged title row and a merged "社区党组织名称：… 考评日期：… 考评组：" row above the header 一级指标 | 二级指标 |
评价标准 | 分值 | 评分方法 | 佐证材料 | 指数得分. There is no 序号 column (the importer numbers items by position).
一级指标 (the category) is merged down its rows and printed with its points on a second line ("政治引领力\\n（20分）");
二级指标 is a short label per row (`Row.indicator`). 分值 uses halves (7.5, 2.5 …); 评分方法 uses the 0.5/0.1 style
("每缺1次扣0.5分，扣完为止", "参会率低于85%的，每低1个百分点扣0.1分", one band list, "酌情扣0.5—1分", "本项不得分");
佐证材料 (`Row.method`) names the papers the 社区 lays out, or a way of checking ("现场查看"). 指数得分 is blank. A
合计 row and a merged 说明 row close the sheet.
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
    name="l_baolei_zhishu_xlsx",
    fmt="xlsx",
    title="东湖街道党工委2026年度社区党组织“堡垒指数”考评表",
    numbering="position",
    sections=(
        Section("政治引领力", "政治引领力\n（20分）", 20, (
            Row("党员集中学习每月不少于1次，学习有签到，党员年度参学率不低于90%。", 7.5,
                "集中学习每缺1次扣0.5分，扣完为止；参学率低于90%的，每低1个百分点扣0.1分。",
                "学习记录、签到表", "理论学习"),
            Row("每半年至少开展1次意识形态分析研判，社区宣传阵地、党员微信群管理规范。", 5,
                "分析研判每缺1次扣1分；阵地管理存在问题的，酌情扣0.5—1分。",
                "研判会议记录、现场查看", "意识形态"),
            Row("社区党组织书记年底向街道党工委述职，并接受党员群众评议，评议满意度不低于85%。", 7.5,
                "未述职的本项不得分；未组织评议的扣2分；满意度低于85%的扣1.5分。",
                "述职报告、评议测评表", "书记述职"),
        )),
        Section("组织战斗力", "组织战斗力\n（35分）", 35, (
            Row("支部委员会会议每月召开1次，全体党员会议每季度召开1次，党小组会每月召开1次，党课每季度不少于1次。", 10,
                "会议每缺1次扣0.5分，扣完为止；党员参会率低于85%的，每低1个百分点扣0.1分。",
                "会议记录本、签到表", "三会一课"),
            Row("每月固定一天开展“党员活动日”，活动有方案、有签到、有照片。", 5,
                "每缺1次扣0.5分；资料每缺1项扣0.2分。",
                "活动方案、活动照片", "党员活动日"),
            Row("每年召开1次组织生活会，会前开展谈心谈话，同步开展民主评议党员，评议结果报街道党工委备案。", 7.5,
                "未召开组织生活会的扣4分；未开展民主评议党员的扣2.5分；评议结果未备案的扣1分。",
                "会议记录、谈心谈话记录", "组织生活会"),
            Row("严格发展党员程序，每两年至少发展党员1名，入党积极分子每半年考察1次。", 5,
                "两年内未发展党员的扣2分；考察每缺1次扣0.5分；发展程序不规范的扣1分。",
                "发展党员档案", "发展党员"),
            Row("党员按月足额交纳党费，党费收缴情况每半年公开1次。", 7.5,
                "发现欠交党费的，每人次扣0.5分；未按时公开的扣1分。",
                "党费收缴台账", "党费管理"),
        )),
        Section("服务凝聚力", "服务凝聚力\n（30分）", 30, (
            Row("每季度召开1次社区“大党委”联席会议，成员单位到会率达到80%以上；与不少于3家驻区单位签订共建协议。", 8,
                "联席会议每缺1次扣1分；到会率低于80%的扣1分；共建协议每少1家扣0.5分。",
                "会议纪要、共建协议", "区域化党建"),
            Row("在职党员到社区报到率100%，每名报到党员每年参加社区志愿服务不少于3次、累计服务时长不少于12小时。", 7,
                "报到率每低1个百分点扣0.1分；志愿服务次数或时长不达标的，每人扣0.2分，最多扣3分。",
                "报到党员花名册、志愿服务记录", "双报到"),
            Row("开展“我为群众办实事”，年内为群众办实事不少于6件，建立项目清单，群众满意度达到90%以上。", 7.5,
                "办实事每少1件扣0.5分；无项目清单的扣1分；满意度90%以上得3分，80%—90%得1.5分，80%以下不得分。",
                "项目清单、满意度测评表", "办实事"),
            Row("党员联系网格居民户，每月入户走访不少于1次，民情日志记录完整。", 7.5,
                "入户走访每缺1次扣0.5分；民情日志记录不完整的酌情扣分。",
                "民情日志", "网格联户"),
        )),
        Section("保障支撑力", "保障支撑力\n（15分）", 15, (
            Row("党群服务中心每天开放，功能室标识规范，党务公开栏每季度更新1次。", 5,
                "公开栏每缺1次更新扣0.5分；阵地管理不规范的，由考评组现场查看后酌情扣分。",
                "现场查看、公开栏照片", "阵地建设"),
            Row("党建台账分类归档，党员花名册、会议记录、党费收缴台账、年度工作计划和总结齐全。", 5,
                "资料每缺1项扣0.5分，扣完为止。",
                "台账资料", "台账档案"),
            Row("社区党组织班子团结，在基层治理中作用发挥明显，群众认可度高，年内无违纪违法问题。", 5,
                "由考评组综合评定；发生违纪违法问题或重大负面舆情的，本项不得分。",
                "个别访谈、群众走访", "综合评价"),
        )),
    ),
)

NOTE = ("说明：1.堡垒指数=考评得分÷100，保留两位小数；2.各项扣分以该项分值为限，扣完为止；3.指数0.90以上为“堡垒指数优秀”，"
        "0.80—0.89为“良好”，0.80以下为“一般”；4.佐证材料按二级指标顺序装盒备查。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["一级指标", "二级指标", "评价标准", "分值", "评分方法", "佐证材料", "指数得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "堡垒指数"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    ws.row_dimensions[1].height = 36
    xlsx_line(ws, "社区党组织名称：                      考评日期：2026年  月  日          考评组：", ncols)
    xlsx_header(ws, header, ncols)
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            category = s.printed if i == 0 else None
            ws.append([category, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 45)
    xlsx_widths(ws, (12, 12, 48, 7, 46, 20, 9))
    wb.save(str(path))
