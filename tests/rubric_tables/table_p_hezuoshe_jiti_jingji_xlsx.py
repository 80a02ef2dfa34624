"""宁乡市双江口镇党委2026年度村党组织“党建+合作社”发展壮大村级集体经济考核评分表 (.xlsx), as a 镇党委 scores each
村党组织 that 领办 a 合作社: 书记兼任理事长, 前置研究, 分账核算, 社员（代表）大会, 土地流转协议, 经营性收入增长, 入社比例,
集体积累, 按股分红, “一村一品”, 审计整改.

A merged title row and a merged "考核村（党组织）：…  考核时间：…" row above the header 考核类别 | 序号 | 考核内容 | 分值 |
评分办法 | 佐证材料 | 得分. 考核类别 is merged down its rows and printed "党建引领\\n（25分）" (name, then points on a second
line); 序号 restarts at 1 in every category (numbering "restart", ids "1.1" …). Several 考核内容 cells list their
requirements as "①…；②…" with a matching "①…；②…" 评分办法. 佐证材料 is `Row.method`; 得分 is blank. A 合计 row and
two merged 备注 rows close the sheet.
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
    name="p_hezuoshe_jiti_jingji_xlsx",
    fmt="xlsx",
    title="宁乡市双江口镇党委2026年度村党组织“党建+合作社”发展壮大村级集体经济考核评分表",
    numbering="restart",
    sections=(
        Section("党建引领", "党建引领\n（25分）", 25, (
            Row("①村党组织领办（创办）股份经济合作社或农民专业合作社，村党组织书记依法兼任合作社理事长；②合作社重大事项"
                "先经村党组织研究，再提交社员（代表）大会表决。", 8,
                "①领办合作社的得4分，未领办的不得分；②重大事项未经党组织前置研究的，每件扣1分，最多扣4分。",
                "合作社章程、营业执照、会议记录"),
            Row("村“两委”班子中懂经营、会管理的成员不少于2名，合作社理事会、监事会成员中党员比例不低于50%。", 5,
                "懂经营成员不足2名的扣2分；党员比例每低10个百分点扣1分。",
                "理事会、监事会成员名单"),
            Row("每季度召开1次村党组织专题会议研究集体经济发展，年初制定集体经济发展年度计划，年底形成工作总结。", 6,
                "专题会议少开一次扣1分；计划、总结缺一项扣1分。",
                "会议记录、年度计划、工作总结"),
            Row("推行“党员+农户”结对，每名有劳动能力的党员联系带动农户不少于3户，建立结对帮带台账。", 6,
                "无帮带台账的扣2分；结对覆盖不到位的酌情扣分。",
                "结对帮带台账、走访照片"),
        )),
        Section("规范运营", "规范运营\n（30分）", 30, (
            Row("①合作社章程、财务管理制度、收益分配制度健全；②合作社财务与村集体财务分账核算，设立专门账簿。", 8,
                "①制度缺一项扣1分；②未分账核算的扣4分。",
                "制度文本、会计账簿"),
            Row("每年召开社员（代表）大会不少于2次，审议年度经营计划和收益分配方案，到会率不低于三分之二。", 6,
                "大会每少开1次扣2分；到会率低于三分之二的扣1分。",
                "大会记录、签到表"),
            Row("合作社财务收支每月公开1次，收益分配方案经公示无异议后实施，公示期不少于7天。", 6,
                "每少公开1次扣0.5分；分配方案未公示的不得分。",
                "公开照片"),
            Row("与流转土地的农户、收购农产品的市场主体签订土地流转或购销协议，协议文本规范，年内签约农户不少于50户。", 5,
                "未签订协议的不得分；签约农户不足50户的扣2分。",
                "流转协议、购销合同"),
            Row("建立村集体资产资源台账，每年开展1次资产清查，资产资源出租发包经村民代表会议表决。", 5,
                "无台账的扣2分；未开展清查的扣2分；违规发包的，每宗扣1分。",
                "资产资源台账、清查报告"),
        )),
        Section("增收成效", "增收成效\n（30分）", 30, (
            Row("村集体经济经营性收入较上年增长10%以上，年经营性收入达到15万元。", 10,
                "增长率10%以上得10分，5%（含）—10%得6分，0—5%得3分，负增长的不得分；年经营性收入未达到15万元的扣2分。",
                "年度财务报表"),
            Row("合作社年内带动入社农户户均增收不少于2000元，脱贫户、监测户入社比例不低于60%。", 6,
                "户均增收未达标的扣3分；入社比例每低5个百分点扣1分，最高扣3分。",
                "入社农户名册、增收测算表"),
            Row("年度收益中提取不低于百分之二十作为村集体积累，其余按股分红到户，分红花名册经社员签字确认。", 7,
                "提取比例不足20%的扣2分；未分红的扣3分；分红花名册无社员签字的扣1分。",
                "收益分配方案、分红花名册"),
            Row("打造“一村一品”特色产业，年内取得绿色食品认证或区域公用品牌授权1项以上。", 7,
                "取得认证或授权的得7分；特色产业初具规模但无认证的得3分；无特色产业的不得分。",
                "认证证书、授权文件"),
        )),
        Section("风险防控", "风险防控\n（15分）", 15, (
            Row("合作社对外投资、借款、担保须经村党组织前置研究和社员大会决议，全年未发生集体资产流失、非法集资等问题。", 8,
                "发生集体资产流失或非法集资问题的，实行一票否决，本项不得分；未履行决议程序的，每次扣2分。",
                "决议文件"),
            Row("每年接受镇农经站审计1次，审计发现问题整改率达到100%，审计报告向社员公开。", 7,
                "未接受审计的扣4分；整改率每低10个百分点扣1分；审计报告未公开的扣1分。",
                "审计报告、整改清单"),
        )),
    ),
)

NOTES = (
    "备注：1.考核采取查阅资料、实地查看合作社经营场所、入户走访社员相结合的方式，各项扣分以该项分值为限。",
    "2.考核得分90分以上的村，优先推荐申报中央和省级扶持壮大村级集体经济项目；得分低于60分的村，由镇党委约谈村党组织书记。",
)


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    header = ["考核类别", "序号", "考核内容", "分值", "评分办法", "佐证材料", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "考核评分表"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16, bold=True), center)
    xlsx_line(ws, "考核村（党组织）：                          考核时间：2026年  月  日", ncols)
    xlsx_header(ws, header, ncols)
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows, start=1):
            points = int(row.points) if float(row.points).is_integer() else row.points
            ws.append([s.printed if i == 1 else None, i, row.text, points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, int(t.total), 4, ncols, center)
    xlsx_borders(ws, 3, ncols)
    for note in NOTES:
        xlsx_note(ws, note, ncols, 22)
    xlsx_widths(ws, (11, 6, 50, 6, 46, 22, 8))
    wb.save(str(path))
