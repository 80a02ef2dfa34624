"""中共襄阳市交通运输行业委员会2026年度出租汽车和网约车企业党组织“红色车轮”党建工作考核表 (.xlsx), as a 湖北 市交通
运输行业党委 scores each 出租汽车公司、网约车平台分支机构 党支部 whose members are mostly drivers, on 组织建设、党员管理、
作用发挥、关爱保障.

A merged title row, a merged "企业名称：…  党组织书记：…  党员司机人数：…" line and a merged "（单位：分）" line above the
header 考核内容 | 标准分 | 评分细则 | 检查方法 | 得分. The categories are SECTION ROWS merged across the whole sheet,
printed "一、组织建设（共20分）". There is NO 序号 and no category column: items are numbered by position (1..16).
标准分 is a plain number. 检查方法 (`Row.method`) says only how the 考核组 checks (查阅资料、抽查车辆、问卷调查、实地查看、
系统调取); it names no papers. 得分 is blank. A 合计 row and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zg_chuzu_wangyueche_xlsx",
    fmt="xlsx",
    title="中共襄阳市交通运输行业委员会2026年度出租汽车和网约车企业党组织“红色车轮”党建工作考核表",
    numbering="position",
    sections=(
        Section("组织建设", "一、组织建设（共20分）", 20, (
            Row("企业党组织应建尽建，党员司机全部编入党小组，按车队或营运片区每5—10名党员设立1个党小组。", 6,
                "党员司机未编入党小组的，每人扣0.5分，最多扣3分；党小组设置不合理的扣1分。", "查阅资料"),
            Row("党组织书记由企业负责人中的党员或专职党务工作者担任，年龄一般不超过55周岁；支部委员中一线驾驶员党员不少于"
                "1名。", 6,
                "书记年龄超过规定的扣1分；支委中无一线驾驶员的扣2分；书记人选不符合要求的扣2分。", "查阅资料"),
            Row("党支部委员会每月召开1次，党员大会每季度召开1次，党小组会结合车队例会每月开展1次，党课每半年至少1次。", 8,
                "每少1次扣0.5分；会议内容与安全营运、优质服务脱节的，酌情扣1-2分。", "查阅资料"),
        )),
        Section("党员管理", "二、党员管理（共25分）", 25, (
            Row("针对司机党员流动性强、作息不固定的特点，采取“线上+线下”方式开展学习，每名党员每年学习不少于24学时，"
                "“学习强国”等平台学习覆盖率达到90%。", 7,
                "学时不足的，每人扣0.3分；覆盖率每低1个百分点扣0.2分，最多扣2分。", "系统调取、查阅资料"),
            Row("党员按月交纳党费，轮休、外出党员可通过线上方式交纳，党费收缴台账完整。", 5,
                "每发现1人次未按月交纳的扣0.5分；无党费收缴台账的扣2分。", "查阅资料"),
            Row("每季度开展1次党员积分评定，积分结果在车队公示栏公示，年度积分排名后5%的党员由支部书记谈话提醒。", 6,
                "积分评定每少1次扣1分；未公示的扣1分；未开展谈话提醒的扣1分。", "查阅资料、实地查看"),
            Row("年底召开组织生活会，开展民主评议党员，党员司机到会率不低于80%，因当班不能到会的会后组织补学。", 7,
                "未召开的，本项不得分；到会率低于80%的扣2分；未组织补学的扣1分。", "查阅资料"),
        )),
        Section("作用发挥", "三、作用发挥（共35分）", 35, (
            Row("党员车辆统一张贴“党员先锋车”标识，党员司机亮身份、亮承诺，承诺书签订率100%。", 6,
                "未统一标识的扣2分；承诺书签订率每低10个百分点扣1分。", "抽查车辆"),
            Row("党员司机安全文明驾驶，全年无负主要责任及以上的交通事故；党员司机交通违法率低于本企业司机平均水平。", 8,
                "党员司机发生负主要责任及以上交通事故的，每起扣4分；交通违法率高于平均水平的扣2分。", "系统调取"),
            Row("乘客对党员司机服务满意度测评。", 7,
                "满意度95%以上得7分；90%（含）—95%得5分；85%（含）—90%得3分；85%以下不得分。", "问卷调查"),
            Row("组建党员志愿服务车队，开展“爱心送考”“助老出行”“应急运输”等志愿服务，全年不少于6次；党员司机参与率达到"
                "70%以上。", 7,
                "志愿服务活动每少1次扣1分；参与率低于70%的扣2分。", "查阅资料"),
            Row("建立乘客投诉“党员包联”机制，有效投诉按时办结率达到98%以上，同一问题重复投诉的由党支部督促整改。", 7,
                "办结率每低1个百分点扣1分；重复投诉未整改的，每件扣0.5分。", "系统调取"),
        )),
        Section("关爱保障", "四、关爱保障（共20分）", 20, (
            Row("在营运场站建设“司机之家”，为司机提供休息、饮水、如厕、充电等服务，每个营运场站至少1处。", 5,
                "每缺1处扣1分；服务设施不全的酌情扣分。", "实地查看"),
            Row("党组织每半年召开1次司机代表座谈会，听取意见建议，形成问题清单并逐项落实。", 5,
                "座谈会每少1次扣1.5分；无问题清单的扣1分。", "查阅资料"),
            Row("每年春节、“七一”前对困难党员、老党员开展走访慰问，建立困难党员帮扶台账。", 4,
                "未开展走访慰问的，每次扣1分；无帮扶台账的扣1分。", "查阅资料"),
            Row("年初制定党建工作计划，年终形成党建工作总结；党建工作经费纳入企业年度预算。", 6,
                "缺计划扣2分，缺总结扣2分；党建工作经费未纳入预算的扣2分。", "查阅资料"),
        )),
    ),
)

HEADER = ["考核内容", "标准分", "评分细则", "检查方法", "得分"]
NOTE = ("说明：1.考核由市交通运输行业党委会同市客运管理中心组织，采取查阅资料、抽查车辆、调取营运监管平台数据和乘客"
        "问卷调查相结合的方式进行；2.各项扣分以该项标准分为限；3.考核得分90分以上的授予“红色车轮”示范党组织称号。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "红色车轮考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "企业名称：                      党组织书记：              党员司机人数：     名", ncols)
    xlsx_line(ws, "（单位：分）", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([row.text, row.points, row.scoring, row.method, None])
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
    ws.append(["合计", t.total, None, None, None])
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (56, 8, 48, 14, 8))
    wb.save(str(path))
