"""苏州工业园区两新工委2026年度园区非公企业联合党委党建工作考核评分表 (.xlsx), as a 江苏 两新工委 scores each
联合党委 that covers the non-public enterprises of a 园区 on 组织覆盖、作用发挥、基础保障、考核评价.

A merged title row and a merged "被考核联合党委：…  考核时间：…" line above the header 序号 | 考核指标 | 考核要点 | 分值 |
计分规则 | 核查方式. The categories are SECTION ROWS merged across the whole sheet, printed "一、组织覆盖（20分）"; there is
no category column. 序号 runs 1..15 through the sheet (numeric cells). 考核指标 is a short sub-label (`Row.indicator`);
考核要点 is what is asked (`Row.text`). 分值 is a plain number. 核查方式 (`Row.method`) says how the 两新工委 checks. A
合计 row and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="ze_yuanqu_lianhe_dangwei_xlsx",
    fmt="xlsx",
    title="苏州工业园区两新工委2026年度园区非公企业联合党委党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "一、组织覆盖（20分）", 20, (
            Row("联合党委覆盖园区内规上企业，有3名以上正式党员的企业单独建立党支部，党组织覆盖率达到90%以上。", 7,
                "覆盖率每低1个百分点扣0.5分，最多扣4分；符合单建条件未单建的每家扣1分。", "查阅组织设置台账",
                indicator="组织覆盖"),
            Row("每年对园区企业党员进行1次集中排查，流动党员、新入职党员及时纳入组织管理。", 5,
                "未开展排查的扣3分；发现党员游离于组织之外的每人扣0.5分。", "抽查企业", indicator="党员排查"),
            Row("联合党委委员由企业党组织书记、党建指导员组成，委员会每两个月至少召开1次。", 8,
                "每少开1次扣1分；委员构成不合理的酌情扣分。", "查阅会议记录", indicator="班子运行"),
        )),
        Section("作用发挥", "二、作用发挥（35分）", 35, (
            Row("开展“党建引领企业发展”项目，每个企业党支部每年至少确定1个党员先锋岗或攻坚项目。", 7,
                "每缺1个扣1分；项目成效不明显的酌情扣分。", "查阅项目清单、走访企业", indicator="党建引领"),
            Row("企业党支部“三会一课”规范开展：支部委员会每月1次，党员大会每季度1次，党课每年不少于4次。", 10,
                "抽查企业党支部，每发现1个支部不规范扣1分，最多扣6分；党课少1次扣0.5分。", "抽查会议记录",
                indicator="组织生活"),
            Row("每年组织园区企业党员参加集中培训不少于2天，新任企业党支部书记100%参加岗前培训。", 6,
                "未组织培训的扣3分；岗前培训参训率未达100%的扣1分。", "查阅培训资料", indicator="教育培训"),
            Row("党员职工中开展“亮身份、作承诺、当先锋”活动，党员承诺践诺公示率达100%。", 6,
                "未开展的扣3分；公示率每低5个百分点扣0.5分。", "实地查看", indicator="党员先锋"),
            Row("联合党委每半年召开1次企业党组织书记和出资人（负责人）座谈会，协调解决企业诉求；企业诉求办结率不低于90%。", 6,
                "少开1次扣1分；办结率低于90%的扣2分。", "查阅会议纪要、诉求台账", indicator="服务企业"),
        )),
        Section("基础保障", "三、基础保障（25分）", 25, (
            Row("党组织活动场所与企业工会、团组织共建共享，做到有场地、有设施、有标识、有制度、有台账。", 7,
                "每缺一项扣1分；场所长期闲置的扣2分。", "实地查看", indicator="阵地建设"),
            Row("党建工作经费纳入企业管理费用，按不低于职工工资总额1%的比例列支；党费返还资金专款专用。", 6,
                "经费未落实的扣3分；党费使用不规范的酌情扣1至2分。", "查阅财务凭证", indicator="经费保障"),
            Row("配备专职党建指导员，每名指导员联系企业不超过10家，每月到联系企业指导不少于1次，填写《党建指导员工作手册》。", 7,
                "未配备的扣4分；指导每少1次扣0.5分；无工作手册的扣1分。", "查阅工作手册", indicator="指导员队伍"),
            Row("建立企业党组织和党员信息台账，每季度动态更新，数据与全国党员管理信息系统一致。", 5,
                "台账缺失的扣3分；未按季度更新的每次扣0.5分；数据不一致的每处扣0.2分。", "系统比对", indicator="信息管理"),
        )),
        Section("考核评价", "四、考核评价（20分）", 20, (
            Row("年初各企业党组织制定党建工作计划并报联合党委，年底开展党组织书记抓党建述职评议。", 8,
                "计划未报的每家扣0.5分，最多扣3分；未开展述职评议的扣5分。", "查阅资料", indicator="述职评议"),
            Row("园区企业职工群众对党组织工作满意度测评。", 7,
                "满意度90%以上得7分；80%—90%得5分；70%—80%得3分；70%以下不得分。", "问卷调查", indicator="群众评价"),
            Row("每季度向两新工委报送党建工作动态，全年在园区以上媒体宣传报道不少于3篇。", 5,
                "动态每少报1次扣0.5分；宣传报道每少1篇扣1分。", "查阅报送记录", indicator="宣传报道"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核要点", "分值", "计分规则", "核查方式"]
NOTE = ("说明：1.考核采取听取汇报、查阅资料、随机抽查企业党组织相结合的方式进行；2.各项扣分以该项分值为限；3.考核结果"
        "作为联合党委书记年度考核和党建指导员绩效报酬发放的依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "联合党委考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "被考核联合党委：                              考核时间：2026年  月  日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    ws.append(["合计", None, None, t.total, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (6, 11, 50, 7, 46, 16))
    wb.save(str(path))
