"""江北区观澜街道党工委2026年度城市社区党组织“争先进位”综合考评细则 (.xlsx), as a 街道党工委 ranks its 社区党委 at the
year's end: 组织力, 党员队伍, 治理服务, 基础保障 and a closing 争先进位 category with a veto row.

A merged title row and a merged "考评对象：…社区党委（盖章）  考评日期：…" line above the header 项目 | 序号 | 内容 | 标准 |
分值 | 扣分细则 | 自评得分. 项目 (the category) is merged down its rows and printed with its ordinal on one line and its
points on a second ("一、组织力提升\\n（25分）"). 序号 runs 1..N through the sheet. 内容 is a short sub-label
(`Row.indicator`, e.g. "三会一课"); 标准 is what is asked (`Row.text`). 扣分细则 mixes per-unit and fixed deductions,
"每低5个百分点…最高扣2分", "最多扣2分", "酌情扣1-2分", "本项不得分", "扣完为止", a band list with "（含）", "…的得5分"
parts and "实行一票否决，本项不得分". 自评得分 is blank. A 合计 row (合计 merged over 项目..标准) and one merged 说明 row
close the sheet.
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
    name="q_zhengxian_jinwei_xlsx",
    fmt="xlsx",
    title="江北区观澜街道党工委2026年度城市社区党组织“争先进位”综合考评细则",
    numbering="printed",
    sections=(
        Section("组织力提升", "一、组织力提升\n（25分）", 25, (
            Row("社区党委班子成员中35周岁以下的至少1名，大学本科及以上学历的不少于3名。", 4,
                "35周岁以下成员空缺的扣2分；本科及以上学历成员每少1名扣1分。", indicator="班子结构"),
            Row("党委书记年初与街道党工委签订基层党建工作责任书，年底向街道党工委述职并接受评议。", 3,
                "未签订责任书的扣1.5分；未述职评议的扣1.5分。", indicator="书记抓党建"),
            Row("支委会每月至少召开1次，党员大会每季度召开1次，党小组会每两个月召开1次，党课一年不少于4次。", 8,
                "每少开1次扣0.5分，扣完为止。", indicator="三会一课"),
            Row("每月固定开展主题党日，党员参加率不低于百分之八十五，活动有签到、有照片。", 5,
                "少开展1次扣0.5分；参加率每低5个百分点扣0.5分，最高扣2分；无签到或照片的扣1分。", indicator="主题党日"),
            Row("年内召开组织生活会1次，同时开展民主评议党员，会前逐一谈心谈话，会后形成问题整改清单。", 5,
                "未召开的本项不得分；未开展民主评议的扣2分；无整改清单的扣1分。", indicator="组织生活会"),
        )),
        Section("党员队伍建设", "二、党员队伍建设\n（20分）", 20, (
            Row("年内发展党员不少于2名，其中35周岁以下的占比超过50%；入党积极分子培养考察每半年1次。", 5,
                "未完成发展任务的，每少1名扣1.5分；积极分子考察记录每缺1次扣0.5分。", indicator="发展党员"),
            Row("党员每人每年参加集中培训不少于32学时，社区党委书记全年参加区级以上示范培训不少于5天。", 4,
                "党员学时不足的，每人扣0.2分，最多扣2分；书记培训不足5天的扣2分。", indicator="教育培训"),
            Row("党员按月足额交纳党费，党费收缴台账逐月登记，收缴使用情况上下半年各公开一次。", 4,
                "每发现1人次未按月交纳扣0.2分；公开少1次扣1分。", indicator="党费收缴"),
            Row("建立流动党员花名册，每两个月至少与流动党员联系一次。", 3,
                "无花名册的扣1分；联系每少一次扣0.3分。", indicator="流动党员"),
            Row("推行党员积分制管理，积分每季度评定1次，年终公布积分排名并作为评先评优依据。", 4,
                "积分评定每少1次扣0.5分；未公布排名的扣1分；积分管理流于形式的酌情扣1-2分。", indicator="积分管理"),
        )),
        Section("治理服务", "三、治理服务\n（30分）", 30, (
            Row("社区“大党委”每季度召开一次联席会议，与不少于5家驻区单位签订共建协议，年内共同商议解决治理难题不少于"
                "6件。", 6,
                "联席会议每少1次扣1分；协议每少1家扣0.5分；解决难题每少1件扣0.5分。", indicator="大党委"),
            Row("网格党支部（党小组）覆盖率达到100%；党员网格员每月入户走访联系群众，民情日志逐户登记。", 5,
                "覆盖率未达100%的扣2分；入户走访少1个月扣0.2分；民情日志登记不全的酌情扣1-2分。", indicator="网格治理"),
            Row("全年实施“民生微实事”项目不少于8个，建立项目清单，办理结果在居务公开栏公示。", 5,
                "项目每少1个扣0.5分；无项目清单的扣1分；未公示的扣1分。", indicator="民生实事"),
            Row("党员志愿者注册率达到90%，全年开展志愿服务活动不少于12次，每名党员志愿者年服务时长不少于20小时。", 6,
                "注册率每低1个百分点扣0.2分；活动每少一次扣0.3分；服务时长达标率低于80%的扣1分。", indicator="志愿服务"),
            Row("年底开展居民满意度测评，满意率不低于90%。", 8,
                "满意率95%以上得8分，90%（含）—95%得6分，85%（含）—90%得3分，85%以下不得分；未开展测评的不得分。",
                indicator="群众满意"),
        )),
        Section("基础保障", "四、基础保障\n（15分）", 15, (
            Row("党群服务中心标识统一、功能完善，每周开放不少于6天，实行错时延时服务，考评组实地查看。", 5,
                "实地查看，发现1处不符合要求扣1分。", indicator="阵地建设"),
            Row("党组织工作经费和服务群众专项经费建立使用台账，每年向居民公开1次，不得挪作他用。", 4,
                "无使用台账的扣2分；未公开的扣1分；挪用经费的本项不得分。", indicator="经费管理"),
            Row("党建档案分类立卷：年度工作计划和总结、会议记录、党员花名册、党费台账、发展党员材料齐全。", 6,
                "缺1项扣1分，扣完为止；立卷不规范的扣0.5分。", indicator="档案资料"),
        )),
        Section("争先进位", "五、争先进位\n（10分）", 10, (
            Row("打造社区党建特色品牌，年内经验做法在媒体刊发或在上级会议上交流。", 5,
                "在市级以上媒体刊发或会议交流的得5分，区级的得3分，无品牌或未刊发交流的不得分。", indicator="品牌创建"),
            Row("党组织和党员在急难险重任务中冲锋在前，年内无重大安全责任事故、群体性事件和越级上访。", 5,
                "出现重大安全责任事故或群体性事件的，实行一票否决，本项不得分；越级上访每发生1起扣1分。",
                indicator="底线任务"),
        )),
    ),
)

NOTE = ("说明：1.考评实行百分制，各项扣分以该项分值为限；2.综合得分按社区排名，前三名评为“争先进位”先进社区党组织，"
        "后两名由街道党工委约谈党委书记；3.考评资料截至2026年12月20日。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["项目", "序号", "内容", "标准", "分值", "扣分细则", "自评得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "综合考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    ws.row_dimensions[1].height = 36
    xlsx_line(ws, "考评对象：              社区党委（盖章）                    考评日期：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    number = 1
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring, None])
            for c in (4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
            number += 1
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, 3, ncols)
    xlsx_note(ws, NOTE, ncols, 32)
    xlsx_widths(ws, (12, 6, 12, 48, 7, 46, 10))
    wb.save(str(path))
