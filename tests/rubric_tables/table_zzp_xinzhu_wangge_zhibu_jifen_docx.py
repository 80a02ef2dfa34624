"""中共南宁市青秀区新竹街道东葛社区委员会2025年度网格党支部积分制管理考评细则 (.docx), as a 广西 南宁 城区 社区党委 (its 书记 and
组织委员 with the 网格长 and the 居民代表, scoring each 网格党支部 half-yearly and summing the 积分 in December) keeps the 积分 of each of
its 网格党支部 — one 支部 over a 网格 of 住宅小区, 沿街商铺 and 楼栋, with its 党员网格员, 楼栋长 and 党员中心户 — on five 积分类别:
组织建设积分 (“三会一课” entered on the “南宁智慧党建” 平台 the same day, the 15th-of-the-month 主题党日 (“网格党日”) with its 参加率 and
its 方案 / 签到 / 照片, 组织生活会 with 谈心谈话, 民主评议 and the 公示, the 支委 and the 换届 with its 批复, the 楼栋长 覆盖率),
党员管理积分 (the 党员 “先锋积分” with its 台账 and quarterly 公示, 党费 with a quarterly 公布, 32学时 and the quarterly 送学上门, the
流动党员 / “隐形党员” 台账 with a half-yearly 排查 and a yearly 推荐 of an 入党积极分子), 网格治理积分 (the monthly 走访 of the 重点对象
with a 覆盖率, the 网格事件 办结率 and a 满意率 in bands, the monthly 排查 with the 化解率 and no “民转刑”, the 业委会 党员比例 and the
quarterly 联席会议), 服务群众积分 (the monthly 志愿服务 of the 网格党员志愿服务队 with the 在职党员's four, the “微心愿” and three 实事 with
the 公示) and 纪律作风积分 (a deduction-only line).

The title (bold, centred), a centred "（考评对象：社区所属各网格党支部）" line and a "网格党支部：…  支部书记：…  党员数：…名  考评时间：…"
line above one table: 积分类别 | 积分项目 | 积分内容 | 基础分 | 积分办法 | 佐证资料 | 考评积分. There is NO 序号: items are numbered by
position (1..16). The 积分类别 are MERGED CELLS down the first column, printed WITH an ordinal on ONE line, "一、组织建设积分（30分）".
积分项目 is a short sub-label (`Row.indicator`). 基础分 comes BEFORE the 积分办法, a plain number. 佐证资料 (`Row.method`) names the
papers the 支部 lays out (once a way of checking, 社区党委核实): a 佐证 column. 考评积分 is blank. A 合计 row, an 激励积分 paragraph and
an 积分运用 paragraph close the document. The 满意率 bands sit in the 积分办法 for a part of the item; counts partly in Chinese numerals
("每年召开一次", "每季度…一次", "每半年至少…一次"); "最高扣" caps; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzp_xinzhu_wangge_zhibu_jifen_docx",
    fmt="docx",
    title="中共南宁市青秀区新竹街道东葛社区委员会2025年度网格党支部积分制管理考评细则",
    numbering="position",
    sections=(
        Section("组织建设积分", "一、组织建设积分（30分）", 30, (
            Row("网格党支部每月召开支部委员会1次、党小组会1次，每季度召开党员大会1次、上党课1次；会议情况当天录入“南宁智慧党建”平台。",
                8,
                "每少1次扣0.4分，最高扣5分；未按时录入平台的，每次扣0.1分，最高扣1分；会议记录不规范的，酌情扣0.5—1分。",
                "会议记录本、平台截图", indicator="“三会一课”"),
            Row("每月15日开展主题党日（“网格党日”）活动，党员参加率不低于80%；活动有方案、有签到、有照片。", 6,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；无方案、签到或照片的，每次扣0.2分。",
                "活动方案、签到表、活动照片", indicator="网格党日"),
            Row("每年召开一次组织生活会，会前党员之间开展谈心谈话；开展民主评议党员，评定等次按比例把握，评议结果在网格内公示。", 6,
                "未召开组织生活会的扣3分；未开展谈心谈话的扣1分；未开展民主评议党员的扣1.5分；评议结果未公示的扣0.5分。",
                "会议记录、谈心谈话记录、评议结果公示照片", indicator="组织生活会"),
            Row("网格党支部委员会由3至5人组成，设书记、组织委员、宣传委员；按期换届，委员出现缺额的3个月内补齐。", 5,
                "支委职数不全的扣1分；未按期换届的扣2分；缺额未及时补齐的扣1分。", "换届选举批复、支委分工表",
                indicator="支部班子"),
            Row("网格内住宅小区、沿街商铺的党员全部纳入网格党支部或党小组管理；每个楼栋明确1名党员楼栋长，楼栋长覆盖率达到100%。", 5,
                "党员未纳入管理的，每人扣0.2分；楼栋长覆盖率每低10个百分点扣1分。", "党员楼栋长名单", indicator="组织覆盖"),
        )),
        Section("党员管理积分", "二、党员管理积分（25分）", 25, (
            Row("对网格党员实行“先锋积分”管理，按月记录党员积分，每季度公示一次，年底积分排名作为评先评优依据。", 7,
                "未实行党员积分管理的扣3分；积分未按月记录的，每次扣0.2分；公示每少1次扣0.5分。", "党员积分台账、公示照片",
                indicator="先锋积分"),
            Row("党员按月交纳党费，网格党支部每季度核对一次党费交纳情况并向党员公布。", 5,
                "党费未按月交纳的，每人次扣0.1分；核对公布每少1次扣0.5分。", "党费收缴台账", indicator="党费交纳"),
            Row("党员每年参加集中学习培训不少于32学时；对80岁以上、行动不便的党员每季度送学上门一次。", 6,
                "学时不足的，每人扣0.2分，最高扣2分；送学上门每少1次扣0.5分。", "学时登记表、送学记录", indicator="学习教育"),
            Row("摸清网格内流动党员、“隐形党员”情况并建立台账，每半年至少排查一次；年内推荐1名以上优秀网格员、志愿者作为入党积极分子"
                "人选。", 7,
                "无台账的扣1分；排查每少1次扣1分；未推荐入党积极分子人选的扣2分。", "流动党员台账、推荐材料",
                indicator="党员排查"),
        )),
        Section("网格治理积分", "三、网格治理积分（25分）", 25, (
            Row("网格党支部书记、党员网格员每月走访网格内独居老人、困难家庭、残疾人等重点对象不少于1次，走访覆盖率达到100%。", 7,
                "走访每缺1人次扣0.1分，最高扣3分；覆盖率每低5个百分点扣1分。", "走访记录、网格化平台数据",
                indicator="入户走访"),
            Row("网格事件及时上报，一般事件3个工作日内办结，按期办结率达到95%以上；居民对网格服务满意率达到90%以上。", 6,
                "按期办结率每低1个百分点扣0.3分；满意率90%以上的得3分，85%（含）至90%的得2分，80%（含）至85%的得1分，80%以下的不得分。",
                "网格化平台数据、满意度测评表", indicator="事件办理"),
            Row("每月开展一次矛盾纠纷排查，党员调解员参与调处，矛盾纠纷就地化解率达到90%以上；全年网格内无“民转刑”案件。", 6,
                "排查每少1次扣0.5分；化解率每低1个百分点扣0.2分；发生“民转刑”案件的，本项不得分。", "排查台账、调解记录",
                indicator="矛盾调处"),
            Row("网格内成立业委会的小区，业委会成员中党员比例达到50%以上；每季度召集物业服务企业、业委会召开一次联席会议。", 6,
                "党员比例不达标的扣1分；联席会议每少1次扣0.5分；因物业矛盾引发集体上访的，每起扣2分。", "业委会成员名单、会议记录",
                indicator="小区治理"),
        )),
        Section("服务群众积分", "四、服务群众积分（10分）", 10, (
            Row("组建网格党员志愿服务队，每月至少开展一次志愿服务；到网格报到的在职党员全年参加网格活动不少于4次。", 5,
                "志愿服务每少1次扣0.3分；在职党员参加活动不足4次的，每人扣0.1分，最高扣1分。", "志愿服务队名单、活动照片",
                indicator="志愿服务"),
            Row("收集网格居民“微心愿”，全年认领实现不少于10个；为网格居民办实事不少于3件，办理结果在网格公示。", 5,
                "微心愿每少1个扣0.2分；实事每少1件扣0.5分；办理结果未公示的扣0.5分。", "微心愿台账、公示照片",
                indicator="为民办事"),
        )),
        Section("纪律作风积分", "五、纪律作风积分（10分）", 10, (
            Row("网格党员遵纪守法，无违纪违法行为；党员网格员不推诿扯皮、不吃拿卡要。", 10,
                "党员受到党纪处分的，每人扣3分；受到治安处罚的，每人扣2分；网格员被群众投诉经查实的，每次扣1分；党员受到刑事处罚的，"
                "本项不得分。", "社区党委核实", indicator="纪律作风"),
        )),
    ),
)

HEADER = ["积分类别", "积分项目", "积分内容", "基础分", "积分办法", "佐证资料", "考评积分"]
NOTES = (
    "激励积分：网格党支部获评区级以上先进基层党组织的加3分，街道级的加1分；网格党员获评区级以上表彰的，每人次加0.5分；工作经验被区级"
    "以上推广的加1分；激励积分累计不超过5分。",
    "积分运用：1.考评积分由社区党委每半年初评一次、年底汇总，采取查阅资料、实地查看、入户走访、居民测评相结合的方式；2.各项扣分以"
    "该项基础分为限，扣完为止；3.年度积分90分以上的评为“红旗网格党支部”，80分（含）至90分的评为“先进网格党支部”，60分以下的"
    "列为“后进网格党支部”，由社区党委班子成员包联整改；4.考评结果与网格员绩效补贴挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考评对象：社区所属各网格党支部）")
    document.add_paragraph("网格党支部：              支部书记：            党员数：    名      考评时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for note in NOTES:
        document.add_paragraph(note)
    document.save(str(path))
