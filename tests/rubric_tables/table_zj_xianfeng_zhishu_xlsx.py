"""中共泉州市丰泽区东海街道工作委员会2026年度社区党组织“党员先锋指数”管理工作考评计分表 (.xlsx), as a 福建 街道党工委
scores each 社区党委 on how it runs the “党员先锋指数” (an individual score kept for every 党员 and rated each quarter and
year): 指数设置、记实评价、先锋作用、基础保障.

A merged title row, a merged "社区：…  社区党委书记：…  党员总数：…" line and a merged, right-aligned "（单位：分）" line above
the header 一级指标 | 二级指标 | 考评标准 | 分值 | 计分办法 | 考核方式及佐证材料. The categories are MERGED CELLS down the
一级指标 column, printed "一、指数设置（15分）" on one line. There is NO 序号: items are numbered by position (1..17). 二级指标
is a short sub-label (`Row.indicator`). 分值 is a plain number. 考核方式及佐证材料 (`Row.method`) names the papers the 社区
lays out (sometimes after "查阅" or beside "实地查看"). A 合计 row and a merged 备注 row close the sheet.
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
    name="zj_xianfeng_zhishu_xlsx",
    fmt="xlsx",
    title="中共泉州市丰泽区东海街道工作委员会2026年度社区党组织“党员先锋指数”管理工作考评计分表",
    numbering="position",
    sections=(
        Section("指数设置", "一、指数设置（15分）", 15, (
            Row("结合社区实际制定党员先锋指数评价细则，设置基础指数、先锋指数、负面清单三类指标，细则经党员大会讨论通过后"
                "实施。", 5,
                "无评价细则的，本项不得分；指标类别每缺1类扣1分；细则未经党员大会讨论通过的扣2分。",
                "查阅评价细则、党员大会会议记录", "评价细则"),
            Row("成立由社区党委书记任组长的先锋指数评定小组，吸收党员代表、居民代表参加，小组成员不少于5人。", 4,
                "未成立评定小组的扣2分；无党员代表或居民代表参加的扣1分。", "评定小组名单", "评定机构"),
            Row("为每名党员建立先锋指数档案，做到“一人一档”，建档率100%；新转入党员1个月内完成建档。", 6,
                "建档率每低5个百分点扣1分；新转入党员未按时建档的，每人扣0.5分。", "党员先锋指数档案、党员花名册", "全员建档"),
        )),
        Section("记实评价", "二、记实评价（40分）", 40, (
            Row("党小组每月对党员参加组织生活、志愿服务、联系群众等情况进行记实登记，由党小组长签字确认。", 8,
                "每少记实1个月扣0.5分；记实内容不全或无签字的，每次扣0.2分。", "党小组记实登记本", "按月记实"),
            Row("每季度召开支部委员会开展先锋指数测评，测评结果在社区党务公开栏公示，公示时间不少于5个工作日。", 8,
                "季度测评每少1次扣2分；未公示或公示时间不足的，每次扣1分。", "会议记录、公示照片", "季度测评"),
            Row("年底结合民主评议党员，综合全年得分评定“先锋党员”“合格党员”“基本合格党员”等次，“先锋党员”比例不超过党员"
                "总数的20%。", 8,
                "未开展年度评定的扣4分；“先锋党员”比例超过20%的扣2分；评定程序不规范的，酌情扣1-2分。", "年度评定结果",
                "年度评定"),
            Row("先锋指数评定结果与评先评优、推荐发展对象、困难党员帮扶挂钩；年度“先锋党员”在社区宣传栏和微信公众号表彰"
                "展示。", 6,
                "评定结果未运用的扣2分；未表彰展示的扣2分。", "表彰文件、宣传截图", "结果运用"),
            Row("对党员违反负面清单的行为实行扣分管理；连续两个季度先锋指数排名末位的党员，由社区党委书记谈心谈话、帮助整改。",
                5, "负面清单未执行的扣2分；应谈话未谈话的，每人扣1分。", "谈心谈话记录", "负面清单"),
            Row("外出流动党员通过“线上报到”纳入先锋指数管理，纳入率达到100%；流动党员每季度至少向社区党委反馈1次思想、"
                "工作情况。", 5,
                "纳入率每低10个百分点扣1分；流动党员反馈每少1人次扣0.2分。", "流动党员名册、线上反馈截图", "流动党员"),
        )),
        Section("先锋作用", "三、先锋作用（30分）", 30, (
            Row("结合网格、楼栋设置党员先锋岗，党员设岗定责率不低于90%，岗位职责上墙公示。", 6,
                "设岗定责率每低1个百分点扣0.2分，最多扣3分；岗位职责未公示的扣1分。", "设岗定责名册、实地查看", "设岗定责"),
            Row("在职党员、居住地党员每人每年参加社区志愿服务不少于4次、累计不少于12小时；社区党委每月组织1次党员志愿服务"
                "活动。", 8,
                "党员服务次数或时长不足的，每人扣0.2分，最多扣4分；社区组织活动每少1次扣0.5分。", "志愿服务记录、活动照片",
                "志愿服务"),
            Row("每名党员联系群众不少于5户，每季度至少走访1次，收集的意见建议办结率达到90%以上。", 6,
                "走访每少1人次扣0.1分；办结率低于90%的扣2分。", "走访台账", "联系群众"),
            Row("在防汛、矛盾调处、应急处置等急难险重任务中组建党员突击队，党员参与率达到80%以上。", 5,
                "未组建党员突击队的扣2分；参与率每低10个百分点扣1分。", "突击队名单", "急难险重"),
            Row("居民群众对社区党员先锋作用发挥满意度（街道党工委随机发放问卷，每个社区不少于50份）。", 5,
                "满意度90%以上得5分；80%—90%得3分；70%—80%得1分；70%以下不得分。", "问卷调查", "群众评价"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            Row("先锋指数数据录入“智慧党建”平台，每月25日前完成上月数据录入，录入及时率达到95%；数据真实准确。", 5,
                "及时率每低5个百分点扣1分；发现数据失真的，每处扣0.5分。", "平台数据核查", "信息平台"),
            Row("从党建工作经费中安排先锋指数激励资金，以精神激励为主、物质奖励为辅，资金使用有台账。", 4,
                "未安排激励资金的扣2分；无资金使用台账的扣1分。", "资金使用台账", "经费保障"),
            Row("年初制定先锋指数管理工作计划，年中召开1次工作推进会，年终形成工作总结报街道党工委。", 6,
                "计划、总结每缺1项扣2分；未召开推进会的扣1分。", "工作计划、推进会记录、工作总结", "计划总结"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考评标准", "分值", "计分办法", "考核方式及佐证材料"]
NOTE = ("备注：1.考评由街道党工委组织委员牵头，采取查阅资料、实地查看、问卷调查相结合的方式，年终一次性计分；2.各项扣分不超过"
        "该项分值；3.考评结果分为优秀（90分以上）、良好（80—89分）、一般（60—79分）、较差（60分以下），与社区党组织书记"
        "年度绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "先锋指数考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "社区：                      社区党委书记：                  党员总数：     名", ncols)
    xlsx_line(ws, "（单位：分）", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (2, 3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (14, 11, 48, 7, 44, 22))
    wb.save(str(path))
