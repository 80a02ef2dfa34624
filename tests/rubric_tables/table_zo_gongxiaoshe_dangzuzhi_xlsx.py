"""中共岳西县供销合作社联合社党组2026年度基层供销社和社有企业党组织党建工作考核评分表 (.xlsx), as a 安徽 县供销社党组
(its 组织人事股 running the check) scores each 基层供销合作社 / 社有企业 党支部 (党员 among 职工、农资门店负责人、村级综合
服务社和电商服务站负责人) on 组织建设、组织生活、党员管理、为农服务、基础保障, with “党建带社建村社共建” in view.

A merged title row, a merged "被考核单位：…  党组织书记：…  党员：…名  考核日期：…" line and a right-aligned "单位：分"
line above the header 序号 | 考核项目 | 考核内容及要求 | 分值 | 扣分办法 | 考核方式 | 自评分 | 考核得分. The categories are
SECTION ROWS merged across the sheet, printed "（一）组织建设　20分". 序号 RESTARTS at 1 under every section row (numeric
cells; item ids "1.1", "4.3" …). 考核项目 is a short sub-label (`Row.indicator`). 分值 is a plain number. 考核方式
(`Row.method`) says only how the 考核组 checks (查阅资料, 实地查看, 走访农户, 抽查门店); it is no 佐证 column. The two score
columns are blank. A 合计 row and a merged 备注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zo_gongxiaoshe_dangzuzhi_xlsx",
    fmt="xlsx",
    title="中共岳西县供销合作社联合社党组2026年度基层供销社和社有企业党组织党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织建设", "（一）组织建设　20分", 20, (
            Row("有正式党员3名以上的基层供销社、社有企业单独建立党支部，不足3名的与所在乡镇、村党组织联合组建；领办创办的农民专业"
                "合作社、村级综合服务社党组织覆盖率达到80%以上。", 5,
                "具备条件应建未建的扣3分；覆盖率每低10个百分点扣1分。", "查阅资料", indicator="组织设置"),
            Row("党支部按期换届，任期届满前3个月向县社党组书面请示；支委中50周岁以下的不少于1名，高中（中专）及以上学历的不少于"
                "2名。", 5,
                "未按期换届的扣2分；换届未请示的扣1分；年龄、学历结构不符合要求的，每项扣1分。", "查阅支委名册、换届资料",
                indicator="班子建设"),
            Row("社有企业将党建工作要求写入公司章程，落实“双向进入、交叉任职”，重大经营事项经党组织前置研究。", 5,
                "未写入章程的扣2分；未实行双向进入、交叉任职的扣1分；重大事项未经前置研究的，每项扣1分。", "查阅章程、会议记录",
                indicator="党建入章"),
            Row("建立健全“三会一课”、党员学习、党务公开和联系服务群众制度，主要制度在活动场所上墙。", 5,
                "制度每缺1项扣1分；制度未上墙的扣0.5分。", "查阅资料、实地查看", indicator="制度建设"),
        )),
        Section("组织生活", "（二）组织生活　24分", 24, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；农忙季节可适当调整时间，"
                "但全年次数不得减少。", 8,
                "每少开1次扣0.5分，最多扣5分；会议记录不规范的，酌情扣0.5—1分。", "查阅会议记录", indicator="“三会一课”"),
            Row("每月15日前后开展主题党日活动，每季度至少1次结合农资供应、农产品收购等为农服务开展；党员参加率达到90%。", 5,
                "主题党日每少1次扣0.5分；结合为农服务开展每少1次扣0.5分；参加率低于90%的，每次扣0.2分。", "查阅活动记录",
                indicator="主题党日"),
            Row("每年召开1次组织生活会，开展民主评议党员，评议结果在支部内通报。", 4,
                "未召开组织生活会的扣3分；未开展民主评议或结果未通报的扣1分。", "查阅会议记录", indicator="组织生活会"),
            Row("党支部书记每年与支委、党员谈心谈话全覆盖；对生活困难党员、老党员每年至少走访慰问1次。", 3,
                "谈心谈话未全覆盖的扣1分；走访每少1人扣0.5分。", "查阅谈话记录、个别访谈", indicator="谈心谈话"),
            Row("党员每年参加集中学习培训不少于32学时；党组织书记每年参加县社党组或县委组织部举办的集中培训不少于3天。", 4,
                "学时不足的，每人扣0.2分；书记培训不足3天的扣1分。", "查阅学习档案", indicator="学习培训"),
        )),
        Section("党员管理", "（三）党员管理　16分", 16, (
            Row("党员每月交纳党费，建立党费收缴明细账，每半年公布1次党费收缴情况。", 4,
                "无明细账的扣2分；未按月交纳的，每人次扣0.2分；未公布的扣1分。", "查阅党费账目", indicator="党费收缴"),
            Row("注重从青年职工、农村经纪人、种养大户中培养入党积极分子，每年培养入党积极分子不少于1名，两年内至少发展党员1名。",
                5, "未培养入党积极分子的扣2分；两年内未发展党员的扣3分。", "查阅发展党员档案", indicator="发展党员"),
            Row("外出务工经商党员纳入流动党员管理，建立流动党员花名册，每季度至少联系1次。", 3,
                "无流动党员花名册的扣1分；联系每少1次扣0.5分。", "查阅资料", indicator="流动党员"),
            Row("开展党员积分管理，设置“为农服务”“诚信经营”等积分项目，积分结果每季度公示；年底评选“为农服务先锋”。", 4,
                "未开展积分管理的扣2分；公示每少1次扣0.5分；未开展年底评选的扣1分。", "查阅积分台账", indicator="积分管理"),
        )),
        Section("为农服务", "（四）为农服务　28分", 28, (
            Row("开展“党建带社建村社共建”，每个基层社与辖区内不少于3个村党组织签订共建协议，每季度开展1次村社共建活动。", 6,
                "共建协议每少1个村扣1分；共建活动每少1次扣0.5分。", "查阅协议、活动记录", indicator="村社共建"),
            Row("党员带头落实春耕、秋种农资储备保供任务，设立党员农资服务岗，全年开展送农资下乡不少于4次；农资质量抽检合格率达到"
                "100%。", 6,
                "未设立党员服务岗的扣1分；送农资下乡每少1次扣1分；抽检合格率未达到100%的扣2分；发生坑农害农事件的，本项不得分。",
                "抽查门店、查阅抽检报告", indicator="农资保供"),
            Row("村级综合服务社、电商服务站由党员或入党积极分子担任负责人的比例达到60%以上；每个网点全年为农户代购代销、代办服务"
                "不少于50件次。", 5,
                "比例每低10个百分点扣1分；代办服务不足50件次的，每个网点扣0.5分。", "实地查看、查阅服务登记",
                indicator="服务网点"),
            Row("党组织牵头组织农产品收购和产销对接，每半年至少组织1次产销对接会；帮助农户销售农产品金额较上年增长。", 5,
                "产销对接会每少1次扣1分；销售金额未增长的，酌情扣1—2分。", "查阅资料、销售台账", indicator="产销对接"),
            Row("组建党员志愿服务队，开展农技指导、助农直播等志愿服务，全年不少于6次；每名党员年志愿服务时长不少于10小时。", 3,
                "未组建服务队的扣1分；活动每少1次扣0.5分；时长不足的，每人扣0.1分。", "查阅志愿服务记录",
                indicator="志愿服务"),
            Row("农户满意度（县社随机走访服务对象，每个基层社不少于30户）。", 3,
                "满意度90%以上的不扣分；80%（含）—90%的扣1分；70%（含）—80%的扣2分；70%以下的扣3分。", "走访农户",
                indicator="农户评价"),
        )),
        Section("基础保障", "（五）基础保障　12分", 12, (
            Row("党组织有固定活动场所，做到“六有”（有场所、有标识、有党旗、有制度、有书报、有电教设备）；依托经营网点设立“供销为农"
                "党群服务点”。", 4,
                "“六有”每缺1项扣0.5分；未设立党群服务点的扣1分。", "实地查看", indicator="阵地建设"),
            Row("年初制定党建工作要点，年底报送党建工作总结；党建工作台账分类规范，活动照片资料齐全。", 4,
                "无工作要点或总结的，每项扣1.5分；台账不规范的扣0.5分；照片资料不全的扣0.5分。", "查阅资料",
                indicator="工作台账"),
            Row("党组织书记每年向县社党组述职，述职报告于12月底前报送；落实党建工作与业务工作“同部署、同考核”。", 4,
                "未述职的扣2分；述职报告未按时报送的扣1分；党建与业务考核脱节的，酌情扣分。", "查阅资料",
                indicator="责任落实"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容及要求", "分值", "扣分办法", "考核方式", "自评分", "考核得分"]
NOTE = ("备注：1.本表适用于县社所属基层供销社和社有企业党组织，考核于每年12月由县社党组组织人事股牵头实施；2.各项扣分不超过该项"
        "分值；3.考核结果分为优秀（90分以上）、良好（80—89分）、一般（60—79分）、较差（60分以下）四个等次，作为基层社"
        "“星级社”评定和社有企业负责人年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供销社党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=14, bold=True), center)
    xlsx_line(ws, "被考核单位：                        党组织书记：              党员：    名    考核日期：2026年  月  日",
              ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 11, 50, 6, 44, 16, 7, 8))
    wb.save(str(path))
