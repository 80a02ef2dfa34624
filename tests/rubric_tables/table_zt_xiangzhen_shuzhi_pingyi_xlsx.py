"""中共宁陵县委组织部2026年度乡镇党委书记抓基层党建工作述职评议考核评分表 (.xlsx), as a 河南 县委组织部 (its 组织一股
running the check, with 县直 部门 and the year-end 述职评议会) scores each 乡镇党委 and its 书记 on the year's 抓基层党建:
主体责任, the 村级组织 under it (村党组织书记队伍, 软弱涣散整顿, “四议两公开”, 村级集体经济), 党员队伍, 基层治理与保障, and
the 述职评议 itself (the 书记's report at the 县 meeting and the on-the-spot 测评).

A merged title row, a merged "乡镇：…  党委书记：…  村（社区）：…个  党员：…名" line and a right-aligned "单位：分" line above
the header 序号 | 一级指标 | 二级指标 | 评价内容 | 分值 | 评分办法 | 考核方式 | 得分. 序号 (first column, numeric cells) runs
1..22 through the sheet. The categories are MERGED CELLS down the 一级指标 column (second), printed on one line
"一、履行主体责任（20分）". 二级指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 考核方式 (`Row.method`)
says only how the 考核组 checks (查阅资料, 随机走访, 抽查村, 系统核查, 现场测评); it is no 佐证 column. 得分 is blank. A 合计 row
and a merged 说明 row close the sheet.
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
    name="zt_xiangzhen_shuzhi_pingyi_xlsx",
    fmt="xlsx",
    title="中共宁陵县委组织部2026年度乡镇党委书记抓基层党建工作述职评议考核评分表",
    numbering="printed",
    sections=(
        Section("履行主体责任", "一、履行主体责任（20分）", 20, (
            Row("乡镇党委年初制定抓基层党建工作要点，明确书记、副书记、组织委员和其他班子成员抓党建责任清单，报县委组织部"
                "备案；年终形成全年抓基层党建工作总结。", 4,
                "工作要点、责任清单每缺1项扣1分；未报备案的扣0.5分；无年终总结的扣1分。", "查阅资料",
                indicator="责任清单"),
            Row("乡镇党委会每季度至少专题研究1次基层党建工作，全年不少于4次；党委书记每年主持召开1次全乡镇抓党建工作推进会。", 4,
                "专题研究每少1次扣1分；未召开推进会的扣1分。", "查阅党委会会议纪要", indicator="专题研究"),
            Row("党委书记每年到所联系村（社区）讲党课不少于1次，到每个村（社区）调研基层党建工作不少于1次，领办1个基层党建重点"
                "项目并取得实效。", 4,
                "讲党课每少1次扣1分；调研未覆盖的，每少1个村（社区）扣0.2分；未领办项目或项目无实效的扣1分。",
                "查阅资料、随机走访", indicator="书记示范"),
            Row("党委班子成员落实“一岗双责”，每人联系1个以上村（社区）党组织，每季度到联系点指导党建工作不少于1次。", 4,
                "联系指导每少1次扣0.2分；班子成员履行“一岗双责”不到位的，酌情扣1—2分。", "查阅资料、随机走访",
                indicator="一岗双责"),
            Row("落实意识形态工作责任制，乡镇党委每半年专题研究1次意识形态工作；全年未发生意识形态领域重大问题。", 4,
                "专题研究每少1次扣1分；发生意识形态领域重大问题的，本项不得分。", "查阅资料", indicator="意识形态"),
        )),
        Section("村级组织建设", "二、村级组织建设（30分）", 30, (
            Row("村党组织书记队伍结构优化，45周岁以下的占比不低于30%，大专及以上学历的占比不低于40%；每村储备村级后备力量"
                "不少于2名，建立后备力量名册。", 6,
                "年龄、学历占比每项未达到的扣1.5分；后备力量每少1名扣0.5分，最多扣2分；无名册的扣1分。",
                "查阅资料、系统核查", indicator="书记队伍"),
            Row("村党组织书记、村委会主任“一肩挑”比例保持100%；乡镇党委每年对村党组织书记开展1次全覆盖履职考核，考核结果与"
                "报酬挂钩。", 5,
                "“一肩挑”比例每低5个百分点扣1分；未开展年度履职考核的扣2分；考核结果未与报酬挂钩的扣1分。", "查阅资料",
                indicator="履职考核"),
            Row("年初排查确定软弱涣散村党组织，落实“一村一策”整顿方案和乡镇班子成员包联责任，整顿当年转化率达到100%。", 6,
                "未开展年初排查的扣2分；整顿方案每缺1个扣0.5分；未转化的，每个扣1分。", "查阅资料、随机走访",
                indicator="整顿转化"),
            Row("村级重大事项落实“四议两公开”，决议和实施结果公开；乡镇党委每半年对各村“四议两公开”落实情况抽查1次。", 5,
                "未开展抽查的，每次扣1分；抽查发现程序不规范的，每例扣0.5分，最多扣3分。", "抽查3个村",
                indicator="四议两公开"),
            Row("督促村党组织规范落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度"
                "1次；乡镇党委每季度通报1次村党组织组织生活开展情况。", 5,
                "抽查发现村党组织少开会议的，每少1次扣0.2分；通报每少1次扣0.5分。", "抽查3个村、查阅通报",
                indicator="组织生活"),
            Row("发展壮大村级集体经济，年经营性收入10万元以上的村占比达到60%，全面消除年经营性收入5万元以下的村。", 3,
                "占比每低5个百分点扣0.5分；仍有5万元以下村的，每个扣0.5分。", "农经统计报表核查", indicator="集体经济"),
        )),
        Section("党员队伍建设", "三、党员队伍建设（20分）", 20, (
            Row("严格执行年度发展党员计划，计划完成率达到100%，新发展党员中35周岁以下的占比不低于60%；发展对象在村内公示，"
                "公示期不少于5个工作日。", 5,
                "完成率每低10个百分点扣1分；35周岁以下占比未达到的扣1分；未公示或公示期不足的，每例扣1分。", "查阅发展党员档案",
                indicator="发展党员"),
            Row("每年组织农村党员集中轮训1次，党员年度学习培训不少于32学时；村党组织书记参加县级以上培训不少于5天。", 5,
                "未开展集中轮训的扣2分；党员学时不足的，每人扣0.1分，最多扣1分；书记培训天数不足的，每人扣0.2分。",
                "查阅资料、系统核查", indicator="教育培训"),
            Row("党员按月足额交纳党费；乡镇党委每半年对各村党费收缴情况检查1次。", 3,
                "未开展检查的，每次扣1分；党员欠交党费3个月以上的，每人扣0.2分。", "抽查党费收缴台账", indicator="党费管理"),
            Row("各村党组织每年召开1次组织生活会，开展民主评议党员，乡镇党委班子成员到联系村指导；稳妥处置不合格党员。", 4,
                "未召开组织生活会或未开展民主评议的，每个村扣1分；班子成员未到会指导的，每人次扣0.2分；处置不合格党员不稳妥的，"
                "酌情扣分。", "查阅资料", indicator="民主评议"),
            Row("建立流动党员花名册，村党组织每季度与流动党员联系1次；失联党员排查率达到100%。", 3,
                "无花名册的扣1分；联系每少1次扣0.2分；失联党员未排查的，每人扣0.5分。", "系统核查", indicator="流动党员"),
        )),
        Section("基层治理与保障", "四、基层治理与保障（15分）", 15, (
            Row("村级党群服务中心做到有标识、有党旗、有制度、有设施，每周开放不少于5天；乡镇党委每年对村级阵地开展1次全覆盖"
                "检查。", 4,
                "阵地“四有”不达标的，每个村扣0.5分；未开展全覆盖检查的扣1分。", "实地查看", indicator="阵地建设"),
            Row("落实村级组织运转经费和服务群众专项经费，专项经费每村每年不低于10万元，使用情况每半年公开1次。", 3,
                "经费未足额落实的扣2分；未公开的，每次扣0.5分。", "查阅资料", indicator="经费保障"),
            Row("推行“党组织+网格”治理模式，党员中心户覆盖所有网格；群众信访事项化解率达到95%以上。", 4,
                "网格未覆盖的扣1分；化解率每低1个百分点扣0.5分，最多扣2分。", "县信访局提供数据",
                indicator="党建引领治理"),
            Row("全年向县委组织部报送基层党建工作信息不少于12篇，在市级以上媒体刊发不少于2篇；形成1个可复制推广的基层党建"
                "典型案例。", 4,
                "信息每少1篇扣0.2分；市级以上刊发每少1篇扣0.5分；无典型案例的扣1分。", "查阅资料", indicator="宣传推广"),
        )),
        Section("述职评议", "五、述职评议（15分）", 15, (
            Row("党委书记年底在全县抓基层党建工作述职评议会上现场述职（或书面述职），述职报告查摆问题具体、整改措施有针对性；"
                "上年度述职评议指出的问题建立整改清单，逐项销号。", 5,
                "述职报告问题查摆不具体的，扣1—2分；上年度问题每有1项未销号的扣1分。", "查阅述职报告、整改清单",
                indicator="述职整改"),
            Row("述职评议会现场测评（县级领导、县委组织部、县直单位、党代表、村党组织书记代表参加），“好”和“较好”票占比90%"
                "以上的得10分；80%（含）—90%的得8分；70%（含）—80%的得6分；70%以下的得3分。", 10,
                "按测评结果对应档次计分。", "现场测评", indicator="测评结果"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "评价内容", "分值", "评分办法", "考核方式", "得分"]
NOTE = ("说明：1.本表由县委组织部组织实施，采取查阅资料、随机走访、抽查村（社区）和述职评议会现场测评相结合的方式，于2027年"
        "1月完成；2.各项扣分以该项分值为限，扣完为止；3.考核得分与现场测评结果综合确定“好”“较好”“一般”“差”四个等次，评为"
        "“一般”以下的乡镇党委书记由县委组织部部长约谈。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "乡镇述职评议考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "乡镇：                党委书记：              村（社区）：    个    党员：    名", ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring,
                       row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 12, 11, 50, 6, 44, 14, 7))
    wb.save(str(path))
