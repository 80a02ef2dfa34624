"""中共沂水县许家湖镇委员会2025年度村级党建工作台账资料检查评分表 (.docx), as a 山东 临沂 镇党委 (its 组织委员 and 党建办 with
the 管区 书记 going through each 村's 档案盒 in the 党群服务中心 in December, the 电子档案 on the “灯塔—党建在线” 平台 opened beside
them) scores each 村党组织's 台账 — a checklist scored by what is missing (缺一项, 缺一次, 缺一册) — under four heads: 组织建设类台账
(基本信息 against the 平台, 党员花名册 and 流动党员花名册 renewed half-yearly, the “三会一课” 记录本 with 签到表, 主题党日 with 方案,
签到表 and 图片, 组织生活会 and 民主评议 papers, 发展党员 一人一档, 党费 with 收据 and 上缴凭证), 党员教育管理类台账 (the 冬训 with
three days or 24学时, 积分 with its quarterly 公示 and the 年底 星级, 设岗定责, 流动党员 联系, the “七一” / 春节 慰问 with 照片, the
monthly 远教 收看), 乡村振兴和基层治理类台账 (“四议两公开” 一事一档, quarterly 三务公开 with 照片, the 监委会 and its 审核 签字, the
“三资” 台账 and a yearly 清产核资, the 领办 合作社's papers, 矛盾纠纷 排查 monthly with 调解记录 and 走访日志, 村规民约 with its 备案
and the 红白理事会) and 阵地和制度建设类台账 (the 制度 汇编, 计划 / 半年小结 / 总结 / 述职报告, 值班记录 and 代办 台账, 归档 without
后补).

The title (bold, centred), a centred "（检查对象：全镇各村党组织）" line and a "村名：…  检查人：…  检查时间：…" line above one table:
序号 | 台账名称 | 资料内容及要求 | 分值 | 扣分标准. The categories are SECTION ROWS merged across the table, printed with an ordinal
on one line, "一、组织建设类台账（25分）". 序号 (first column) runs 1..24 through the table, NOT restarting under each section row.
台账名称 is a short sub-label (`Row.indicator`); the 资料内容及要求 names the papers again in its words. 分值 (before the 扣分标准) is a
plain number. There is no 考核方式 or 佐证 column. A 合计 row and a 说明 paragraph close the document. Most rules are "每缺1项 / 每缺
1次 / 每缺1册"; counts partly in Chinese numerals ("每年开展一次", "每半年更新一次"); "最高扣" caps; one duration joined by 或 ("不少于
3天或24学时").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzk_cun_taizhang_jiancha_docx",
    fmt="docx",
    title="中共沂水县许家湖镇委员会2025年度村级党建工作台账资料检查评分表",
    numbering="printed",
    sections=(
        Section("组织建设类台账", "一、组织建设类台账（25分）", 25, (
            Row("建立党组织基本信息台账，村党组织设置、“两委”成员分工、党小组划分等信息齐全，与“灯塔—党建在线”系统信息一致。", 3,
                "无基本信息台账的扣2分；信息与系统不一致的，每处扣0.5分。", indicator="基本信息"),
            Row("党员花名册、流动党员花名册内容包括姓名、性别、出生年月、入党时间、学历、联系方式等，每半年更新一次。", 3,
                "花名册每缺1册扣1分；未按期更新的扣0.5分。", indicator="党员名册"),
            Row("“三会一课”记录本：支部委员会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次，记录要素齐全，附签到表。", 5,
                "会议记录每缺1次扣0.5分，最高扣4分；无签到表的，每次扣0.1分。", indicator="“三会一课”"),
            Row("主题党日每月开展1次，每次有活动方案、签到表和图片资料。", 4,
                "活动每缺1次扣0.5分；方案、签到表、图片资料不全的，每次扣0.1分。", indicator="主题党日"),
            Row("组织生活会和民主评议党员资料齐全：会议方案、征求意见汇总表、谈心谈话记录、对照检查材料、会议记录、民主评议测评表及"
                "评议结果报备材料。", 4,
                "未召开组织生活会的扣3分；资料每缺1项扣0.5分。", indicator="组织生活会"),
            Row("发展党员档案一人一档，入党申请书、培养考察、政治审查、支部大会讨论、公示等材料齐全。", 3,
                "材料每缺1项扣0.2分，最高扣2分；发展程序倒置的，每人扣1分。", indicator="发展党员"),
            Row("党费收缴台账按月记录党员交纳党费情况，党费收据、上缴凭证齐全。", 3,
                "无党费收缴台账的扣3分；记录不全的，每缺1个月扣0.2分。", indicator="党费收缴"),
        )),
        Section("党员教育管理类台账", "二、党员教育管理类台账（20分）", 20, (
            Row("党员冬训资料：冬训方案、课程安排、培训签到表齐全，集中培训时间不少于3天或24学时。", 4,
                "资料每缺1项扣0.5分；集中培训时间不足的扣1分。", indicator="党员冬训"),
            Row("建立党员积分管理台账，每季度评定一次积分并公示，年底评定星级党员。", 4,
                "无积分台账的扣2分；积分评定公示每少1次扣0.5分；未评定星级的扣0.5分。", indicator="积分管理"),
            Row("无职党员设岗定责登记表，每名无职党员认领岗位，履职情况有记录。", 3,
                "无登记表的扣1.5分；履职记录不全的，酌情扣0.5—1分。", indicator="设岗定责"),
            Row("流动党员联系台账，每季度至少联系一次外出流动党员，有联系记录。", 3,
                "无台账的扣1分；联系每少1次扣0.5分。", indicator="流动党员"),
            Row("“七一”、春节期间走访慰问老党员、困难党员，做到全覆盖，有走访慰问登记和慰问照片。", 3,
                "每缺1次走访慰问记录扣1分；无照片的扣0.5分。", indicator="关怀帮扶"),
            Row("党员远程教育学习记录：每月组织党员集中收看“灯塔—党建在线”远教节目不少于1次。", 3,
                "收看记录每缺1次扣0.2分。", indicator="远程教育"),
        )),
        Section("乡村振兴和基层治理类台账", "三、乡村振兴和基层治理类台账（35分）", 35, (
            Row("村级重大事项“四议两公开”记录：党支部提议、“两委”商议、党员大会审议、村民代表会议决议及决议公开、实施结果公开各环节"
                "记录完整，一事一档。", 5,
                "每缺1个环节记录扣0.5分，最高扣4分。", indicator="“四议两公开”"),
            Row("党务、村务、财务公开资料，每季度公开一次，留存公开内容及公开栏照片。", 4,
                "公开每缺1次扣0.5分；无照片的扣0.5分。", indicator="三务公开"),
            Row("村务监督委员会工作台账：每季度至少召开1次监委会会议；村级财务支出票据经监委会审核签字。", 5,
                "会议记录每缺1次扣0.5分；票据未经审核签字的，每笔扣0.2分，最高扣2分。", indicator="村务监督"),
            Row("村集体“三资”管理台账：资产、资源登记造册，经济合同签订规范，每年开展一次清产核资。", 6,
                "无“三资”台账的扣2分；合同不规范的，每份扣0.5分；未开展清产核资的扣1分。", indicator="“三资”管理"),
            Row("党支部领办合作社资料：合作社章程、成员名册、财务账目、盈余分配记录齐全。", 4,
                "资料每缺1项扣1分。", indicator="领办合作社"),
            Row("矛盾纠纷排查化解台账：每月排查一次，有调解记录；网格员走访日志填写规范。", 6,
                "排查记录每缺1次扣0.5分；无调解记录的扣1分；无走访日志的扣1分。", indicator="矛盾化解"),
            Row("村规民约经村民代表会议通过并报镇党委备案；红白理事会章程、红白事登记台账齐全。", 5,
                "每缺1项扣1分。", indicator="移风易俗"),
        )),
        Section("阵地和制度建设类台账", "四、阵地和制度建设类台账（20分）", 20, (
            Row("村党组织议事规则、“小微权力”清单、党员管理制度、村干部坐班值班制度等汇编成册，主要制度上墙。", 5,
                "制度每缺1项扣1分；未汇编成册的扣0.5分。", indicator="制度汇编"),
            Row("年初党建工作计划、半年工作小结、年底工作总结、村党组织书记抓党建述职报告齐全。", 5,
                "每缺1项扣1分。", indicator="计划总结"),
            Row("党群服务中心值班记录每日填写；建立为民代办服务登记台账。", 5,
                "无值班记录的扣2分；值班记录不连续的，酌情扣0.5—1分；无代办服务登记台账的扣1分。", indicator="值班代办"),
            Row("台账资料分类装盒、目录清晰，纸质档案与“灯塔—党建在线”电子档案同步；资料真实，无后补、编造。", 5,
                "归档不规范的，酌情扣1—2分；发现后补的，每处扣1分；资料弄虚作假的，本项不得分。", indicator="档案管理"),
        )),
    ),
)

HEADER = ["序号", "台账名称", "资料内容及要求", "分值", "扣分标准"]
NOTE = ("说明：1.本表由镇党委组织考核组于每年12月逐村检查，以村党群服务中心存档的纸质台账为准，结合“灯塔—党建在线”电子档案核对；"
        "2.各项扣分以该项分值为限，扣完为止；3.检查结果纳入村党组织年度党建考核，占考核总分的30%；4.发现台账资料弄虚作假的，"
        "通报批评并责令限期整改。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：全镇各村党组织）")
    document.add_paragraph("村名：                    检查人：                    检查时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
