"""中共于都县梓山镇委员会2025年度村级党建工作台账资料检查评分表 (.xlsx), as a 江西 赣州 镇党委 (its 组织办 with the 镇纪委 and the
农经站, a 检查组 going round each 村 in December, opening the 台账 box by box and comparing the 系统 data) scores each 村党组织 on
its 台账资料 alone, one row for each 台账: 组织建设类 (the 党员花名册 kept in step with the 全国党员管理信息系统, the “两委” and 后备干部
名册 with two 后备 under 35, the “三会一课” 记录本, the monthly 主题党日 记录 with 签到表, 照片 and a 参加率, the 组织生活会 and 民主评议
papers (方案, 谈心谈话记录, 征求意见汇总, 对照检查材料) with the 备案, the 发展党员档案 with a member in two years), 党员管理类 (the 党费
收缴台账 with its yearly 公布, the 流动党员 台账 with a quarterly 联系 and the 活动证, the 积分 台账 with its quarterly 公示 and the 年终
星级党员, the 教育培训台账 with 32学时 and a monthly 集中学习 with 签到, the 关爱帮扶台账 with the “七一” / 春节 慰问 and the 纪念章, the
志愿服务台账 with a quarterly 活动 and four services for each 在家党员), 工作运行类 (计划 / 半年小结 / 总结, the “四议两公开” 台账 with the
公开 of each 决议, the quarterly 三务 公开 with the 监委会's 审核 and 照片, the 监委会's quarterly 会议, its 审核 of each 开支 and a yearly
报告, the 集体经济发展台账 with 5万元, the 网格员 登记 and a monthly 排查) and 阵地保障类 (制度上墙, the 值班记录 and the 代办 台账, the
monthly 远教 收看, the “一年一归档、一类一盒” with its 档案目录 and the “赣鄱党建云”, the 经费使用台账 with a half-yearly 公开).

A merged title row, a merged "检查对象：全镇各村党组织" line and a merged "村（党组织）：…  台账管理员：…  检查人：…  检查时间：2025年12月"
line above the header 序号 | 台账类别 | 台账名称 | 台账内容及要求 | 分值 | 扣分标准 | 得分. 序号 (FIRST column, numeric cells) runs
1..22 through the sheet, NOT restarting. The categories are MERGED CELLS down the 台账类别 column (SECOND), printed WITH an ordinal on
ONE line, "一、组织建设类（30分）". 台账名称 is a short label (`Row.indicator`). 分值 comes BEFORE the 扣分标准, a plain number. No
佐证 or 考核方式 column: the 台账 named is itself what is checked. 得分 is blank. A 合计 row and a merged 说明 row close the sheet.
Counts partly in Chinese numerals ("每年…一次", "每季度…一次", "每半年公开一次"); "最高扣" caps; "近两年至少发展党员1名"; several rules
count missing papers ("每缺1项", "每缺1份材料", "每缺1种"); "未按月登记的，每月扣…".
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
    name="zzq_yudu_zishan_cun_taizhang_xlsx",
    fmt="xlsx",
    title="中共于都县梓山镇委员会2025年度村级党建工作台账资料检查评分表",
    numbering="printed",
    sections=(
        Section("组织建设类", "一、组织建设类（30分）", 30, (
            Row("按统一格式建立党员花名册，党员姓名、性别、出生年月、学历、入党时间、联系方式等信息填写完整，与全国党员管理信息系统"
                "一致，党员变动后1个月内更新。", 4,
                "无花名册的扣4分；信息不全或与系统不一致的，每人扣0.2分，最高扣2分；更新不及时的扣1分。", indicator="党员花名册"),
            Row("村“两委”班子成员名册、后备干部名册齐全，注明年龄、学历、任职时间；后备干部中35周岁以下的不少于2名。", 3,
                "名册每缺1种扣1分；35周岁以下后备干部每少1名扣0.5分。", indicator="“两委”及后备干部名册"),
            Row("使用统一记录本，支部委员会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次，记录时间、地点、参加人员、议题、"
                "发言及决议等要素齐全。", 8,
                "“三会一课”每缺1次扣0.5分，最高扣5分；记录要素不全的，每次扣0.2分，最高扣2分；存在补记、代记的，每处扣0.5分。",
                indicator="“三会一课”记录"),
            Row("每月开展主题党日活动并记录，附签到表和活动照片，党员参加率不低于80%。", 4,
                "每缺1次记录扣0.3分；无签到表或照片的，每次扣0.1分；参加率低于80%的，每次扣0.2分。", indicator="主题党日活动记录"),
            Row("每年召开组织生活会并开展民主评议党员，有会议方案、谈心谈话记录、征求意见汇总、对照检查材料和民主评议测评表，评议结果"
                "报镇党委备案。", 6,
                "无组织生活会资料的扣3分；谈心谈话记录、征求意见汇总、对照检查材料每缺1项扣0.5分；未开展民主评议党员的扣1.5分；评议结果"
                "未备案的扣0.5分。", indicator="组织生活会及民主评议资料"),
            Row("发展党员一人一档，入党申请书、思想汇报、政治审查材料、公示材料等齐全，各环节时间节点符合规定；近两年至少发展党员1名。",
                5,
                "档案材料每缺1份扣0.5分，最高扣3分；近两年未发展党员的扣2分；程序倒置、材料造假的，本项不得分。", indicator="发展党员档案"),
        )),
        Section("党员管理类", "二、党员管理类（25分）", 25, (
            Row("党员按月交纳党费，党费收缴台账逐月登记，交纳基数、比例准确，收据齐全；每年向党员公布一次党费收缴情况。", 5,
                "无党费收缴台账的扣3分；未按月登记的，每月扣0.2分；基数、比例核定不准的，每人扣0.2分；未公布的扣1分。",
                indicator="党费收缴台账"),
            Row("建立流动党员台账，登记外出地点、联系方式、从事职业；每季度至少与流动党员联系一次；为外出党员发放《流动党员活动证》。", 4,
                "无台账的扣2分；联系每少1次扣0.2分；未发放活动证的，每人扣0.2分。", indicator="流动党员管理台账"),
            Row("推行农村党员积分制管理，积分按月登记，每季度公示一次，年终根据积分评定星级党员。", 4,
                "无积分台账的扣2分；积分公示每少1次扣0.5分；年终未评定星级党员的扣1分。", indicator="党员积分管理台账"),
            Row("记录党员集中学习和培训情况，党员每年参加集中学习培训不少于32学时；村党组织每月组织一次集中学习，学习有笔记、有签到。", 5,
                "无培训台账的扣2分；学时不足的，每人扣0.1分，最高扣1.5分；集中学习每少1次扣0.3分；无签到的，每次扣0.1分。",
                indicator="党员教育培训台账"),
            Row("建立老党员、生活困难党员关爱帮扶台账，“七一”、春节走访慰问有记录、有照片；党龄满50年党员纪念章颁发登记完整。", 3,
                "无帮扶台账的扣1分；走访慰问无记录或照片的，每次扣0.5分；纪念章颁发登记不全的扣0.5分。", indicator="关爱帮扶台账"),
            Row("组建党员志愿服务队，每季度至少开展一次志愿服务活动；在家党员每人每年参加志愿服务不少于4次，服务情况登记在册。", 4,
                "无志愿服务台账的扣1分；志愿服务活动每少1次扣0.5分；党员参加不足4次的，每人扣0.1分，最高扣1分。",
                indicator="党员志愿服务台账"),
        )),
        Section("工作运行类", "三、工作运行类（25分）", 25, (
            Row("年初制定村党组织年度工作计划，年中形成半年工作小结，年底形成年度工作总结，内容具体、有针对性。", 3,
                "计划、小结、总结每缺1项扣1分；内容空泛、照搬照抄的，酌情扣0.5分。", indicator="计划总结"),
            Row("村级重大事项按“四议两公开”程序决策，党组织提议、“两委”会议商议、党员大会审议、村民代表会议决议，决议和实施结果公开，"
                "每个事项资料单独成册。", 5,
                "重大事项未履行“四议两公开”程序的，每项扣1分；资料不全的，每项扣0.5分；决议或实施结果未公开的，每项扣0.5分。",
                indicator="“四议两公开”台账"),
            Row("党务、村务、财务每季度公开一次，公开前经村务监督委员会审核，公开后拍照留存，资料按季度归档。", 4,
                "公开每少1次扣0.5分；未经审核的，每次扣0.3分；无照片留存的，每次扣0.2分。", indicator="“三务”公开资料"),
            Row("村务监督委员会每季度至少召开一次会议，列席村“两委”重要会议，对村级财务开支逐笔审核签字，每年向村民代表会议报告工作"
                "一次。", 4,
                "监委会会议每少1次扣0.5分；财务开支未审核签字的，每笔扣0.2分，最高扣1分；未报告工作的扣1分。",
                indicator="村务监督委员会台账"),
            Row("建立集体经济发展台账，记录经营项目、资产、收益及分配情况；村集体经济年经营性收入达到5万元以上。", 5,
                "无台账的扣2分；台账记录不完整的，酌情扣0.5—1分；经营性收入未达到5万元的扣2分。", indicator="集体经济发展台账"),
            Row("网格划分清晰，党员网格员信息登记在册；每月开展一次矛盾纠纷排查，排查、化解情况登记完整。", 4,
                "无党员网格员信息登记的扣1分；排查每少1次扣0.3分；登记不完整的，酌情扣0.5分。", indicator="网格化管理台账"),
        )),
        Section("阵地保障类", "四、阵地保障类（20分）", 20, (
            Row("党群服务中心各项管理制度上墙，村干部轮流坐班值班，值班记录完整；为民代办服务事项登记台账齐全。", 5,
                "制度未上墙的扣1分；值班记录缺失的，每月扣0.3分，最高扣2分；无代办登记台账的扣1分。", indicator="党群服务中心台账"),
            Row("农村党员远程教育站点设备完好，每月组织党员集中收看一次，收看记录完整。", 3,
                "集中收看每少1次扣0.3分；设备损坏未及时维修的扣1分。", indicator="远程教育台账"),
            Row("村级党建资料实行“一年一归档、一类一盒”，建立档案目录，装订规范；台账资料由专人管理，电子台账同步录入“赣鄱党建云”。", 6,
                "资料未归档的扣3分；无档案目录的扣1分；装订不规范的，酌情扣0.5—1分；电子台账未同步录入的扣1分。", indicator="资料归档"),
            Row("村级组织运转经费和服务群众专项经费专款专用，建立经费使用台账，支出凭证齐全，每半年公开一次经费使用情况。", 6,
                "无经费使用台账的扣2分；凭证不全的，每笔扣0.2分，最高扣1分；未公开的，每次扣0.5分；挤占挪用经费的，本项不得分。",
                indicator="经费使用台账"),
        )),
    ),
)

HEADER = ["序号", "台账类别", "台账名称", "台账内容及要求", "分值", "扣分标准", "得分"]
NOTE = ("说明：1.本表由镇党委组织办于每年12月组织检查，采取查阅台账、现场抽查、比对全国党员管理信息系统数据相结合的方式；2.各项扣分"
        "以该项分值为限，扣完为止；3.检查结果按40%的权重计入村党组织年度党建考核，得分低于80分的村限期一个月整改；4.发现台账资料"
        "弄虚作假、事后补造的，该村检查结果直接定为不合格。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账资料检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "检查对象：全镇各村党组织", ncols)
    xlsx_line(ws, "村（党组织）：              台账管理员：            检查人：              检查时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 12, 14, 50, 6, 46, 7))
    wb.save(str(path))
