"""中共海宁市海洲街道东山社区委员会2025年度小区党支部工作考核评分表 (.docx), as a 浙江 嘉兴 county-level city's 社区党委 (its 书记
and 组织委员 with the 社区 网格长, going round each 小区 in December, a 居民代表 测评 beside) scores each of its 小区党支部 — one 支部 over
a 住宅小区 with its 楼道党小组 / 楼道长, the 业委会 and the 物业 — in 浙江's own words: 组织建设 (the 支委 of three and the 换届, the
楼道 党员 联络 覆盖率, “三会一课” with a 党小组会 every two months and the 书记's 党课, the monthly 主题党日 in the “红色根脉强基工程” and
“民呼我为” with a 参加率 and 补学, 组织生活会 with 民主评议 and the “先锋指数” 积分 with its quarterly 公示), 小区治理 (the “三方协同”
议事 with a monthly 会议 and the 问题清单, the 业委会 党员比例 with a half-yearly 物业 评议 and its 公示, 党员联户 of about ten 户 with a
quarterly 走访 and the 办结率, a monthly 矛盾纠纷 排查 and a quarterly 安全隐患 巡查), 服务居民 (the 党员志愿服务队 with a monthly 活动
and 12 hours of the 在职党员 on “志愿浙江”, three “微实事” and a monthly 探访 of 独居 / 空巢 老人, a 满意率 in bands) and 基础工作 (党费
with a quarterly 报送, no “口袋党员”, the “红色驿站” with its 管理制度 and three days a week, 计划 / 总结 and the 资料).

The title (bold, centred), a centred "（考核对象：社区各小区党支部）" line and a "小区党支部：…  支部书记：…  党员数：…名  考核日期：…"
line above one table: 考核项目 | 考核要点 | 评分标准 | 分值 | 佐证材料 | 得分. There is NO 序号: items are numbered by position (1..14).
The categories are MERGED CELLS down the 考核项目 column (first), printed WITHOUT an ordinal on TWO lines, "组织建设\\n（30分）". 分值
comes AFTER the 评分标准, a plain number. 佐证材料 (`Row.method`) names the papers the 支部 lays out (once a way of checking, 实地查看):
a 佐证 column. 得分 is blank. A 合计 row and two 备注 paragraphs close the document. The 满意率 bands sit in the 评分标准; counts partly in
Chinese numerals ("每两个月", "每年召开一次"); "最高扣" caps; the 驿站 opens weekly ("每周开放不少于3天", on site).
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzn_haining_xiaoqu_zhibu_docx",
    fmt="docx",
    title="中共海宁市海洲街道东山社区委员会2025年度小区党支部工作考核评分表",
    numbering="position",
    sections=(
        Section("组织建设", "组织建设\n（30分）", 30, (
            Row("小区党支部按期换届，支部委员会成员不少于3名；每幢楼（楼道）建立党小组或明确党员楼道长，楼道党员联络覆盖率达到100%。", 8,
                "支委会成员不足3名的扣1分；未按期换届的扣2分；楼道党员联络覆盖率每低10个百分点扣1分，最高扣3分。",
                "支部委员名单、楼道长名单"),
            Row("严格落实“三会一课”，支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每两个月召开1次，党课每季度1次；支部书记"
                "每年讲党课不少于1次。", 8,
                "支委会、党员大会、党小组会每少1次扣0.5分；党课每少1次扣0.5分；支部书记未讲党课的扣1分；会议记录不完整的扣0.5分。",
                "会议记录本、签到表"),
            Row("每月开展1次主题党日活动，结合“红色根脉强基工程”“民呼我为”确定活动主题，党员参加率不低于70%，对未参加的党员及时补学。", 7,
                "主题党日每少1次扣0.5分；参加率低于70%的，每次扣0.3分；未组织补学的扣0.5分。", "活动记录、签到表、活动照片"),
            Row("每年召开一次组织生活会，开展民主评议党员；推行党员“先锋指数”积分管理，每季度在小区公示一次党员积分情况。", 7,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未实行积分管理的扣2分；积分公示每少1次扣0.5分。",
                "会议记录、积分台账、公示照片"),
        )),
        Section("小区治理", "小区治理\n（30分）", 30, (
            Row("建立小区党支部领导下的业委会、物业服务企业“三方协同”议事机制，每月召开一次三方协同会议，研究解决小区停车、环境卫生、"
                "设施维修等问题。", 8,
                "未建立议事机制的扣2分；三方协同会议每少1次扣0.5分，最高扣4分；议定事项未落实的，每项扣0.5分。",
                "会议记录、问题清单"),
            Row("推动符合条件的党员通过法定程序进入业委会，业委会成员中党员比例达到50%以上；每半年组织居民对物业服务企业开展一次满意度"
                "评议，评议结果在小区公示。", 8,
                "业委会党员比例未达到50%的扣2分；评议每少1次扣1分；评议结果未公示的扣1分；因物业矛盾引发群体性事件的，本项不得分。",
                "业委会成员名单、评议表、公示照片"),
            Row("落实党员联户制度，每名党员联系10户左右居民，每季度至少走访1次所联系住户；收集的居民诉求按时办结，办结率达到90%以上。", 7,
                "未落实联户的，每名党员扣0.2分；走访每少1次扣0.1分，最高扣2分；办结率每低5个百分点扣0.5分。",
                "联户台账、诉求登记表"),
            Row("小区党支部牵头开展矛盾纠纷排查，每月不少于1次；组织党员参与小区消防通道、电动自行车充电等安全隐患巡查，每季度不少于"
                "1次；全年小区内无较大安全事故。", 7,
                "排查每少1次扣0.5分；隐患巡查每少1次扣0.5分；发生较大安全事故或电动自行车火灾亡人事故的，本项不得分。",
                "排查记录、巡查照片"),
        )),
        Section("服务居民", "服务居民\n（25分）", 25, (
            Row("组建小区党员志愿服务队，每月开展不少于1次志愿服务活动；报到到小区的在职党员每人每年参加志愿服务不少于12小时。", 9,
                "志愿服务活动每少1次扣0.5分；在职党员服务时长不足12小时的，每人扣0.2分，最高扣3分。",
                "活动照片、“志愿浙江”时长记录"),
            Row("围绕“一老一小”、加装电梯、停车难等居民关切，每年办理“微实事”不少于3件；对小区独居、空巢老人每月至少上门探访1次。", 8,
                "“微实事”每少1件扣1分；探访每少1次扣0.2分，最高扣3分。", "微实事台账、探访记录"),
            Row("社区党委组织居民代表对小区党支部工作开展满意度测评，满意率达到90%以上。", 8,
                "满意率90%以上的得8分；80%（含）至90%的得6分；70%（含）至80%的得4分；70%以下的不得分。", "满意度测评表"),
        )),
        Section("基础工作", "基础工作\n（15分）", 15, (
            Row("党员按月交纳党费，支部每季度向社区党委报送一次党费收缴情况；党员组织关系转接及时，无“口袋党员”。", 5,
                "党费未按月交纳的，每人次扣0.2分；未按季度报送的，每次扣0.5分；存在“口袋党员”的，每人扣1分。", "党费收缴台账"),
            Row("利用小区架空层、物业用房建设“红色驿站”，有标识、有制度、有活动；“红色驿站”每周开放不少于3天。", 5,
                "未建“红色驿站”的，本项不得分；标识、制度不全的，每缺1项扣0.5分；开放时间不足的扣1分。", "驿站管理制度、实地查看"),
            Row("年初制定支部工作计划，年底形成工作总结；党员花名册、“三会一课”记录、主题党日记录等资料齐全，按年度交社区党委归档。", 5,
                "无计划或总结的，每缺1项扣1分；资料每缺1项扣0.5分；资料未按时归档的扣0.5分。", "工作计划、工作总结、档案资料"),
        )),
    ),
)

HEADER = ["考核项目", "考核要点", "评分标准", "分值", "佐证材料", "得分"]
NOTES = (
    "备注：1.本表由社区党委于每年12月组织考核，采取小区党支部自评、查阅资料、实地查看、居民代表测评相结合的方式；2.各项扣分以该项"
    "分值为限，扣完为止。",
    "3.考核得分90分以上的评为“五星小区党支部”，80分（含）至90分的评为“四星小区党支部”，结果报街道党工委备案；4.小区发生重大安全"
    "责任事故或群体性事件的，当年不得评为“五星小区党支部”。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：社区各小区党支部）")
    document.add_paragraph("小区党支部：              支部书记：            党员数：    名      考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for note in NOTES:
        document.add_paragraph(note)
    document.save(str(path))
