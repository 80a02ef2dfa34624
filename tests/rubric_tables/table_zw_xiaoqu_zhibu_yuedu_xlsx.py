"""中共金沙街道工作委员会2026年小区党支部月度考核评分表 (.xlsx), as a 广东 街道党工委 (its 党建办 running the check every month
with the 网格管理中心 and the 社区党委 of each 社区) scores each 小区（网格）党支部 — the 支部 set up in a 商品房小区 or a
网格, its 书记 often the 网格长 or a retired 党员, the 楼栋党小组 and the 党员中心户 under it — on one month's work: 组织生活,
小区治理 (the 支部-led “三方联席会议” with 业委会 and 物业, 走访, 诉求办结, 志愿服务, 排查, 环境, 12345 工单), 阵地台账 (the
红色驿站, the 公开栏, the month's 台账 and 报送) and 作用发挥 (亮牌, the 街道's 电话回访). A score sheet filled in every month:
"本月", "每月", "当月" are its rhythm.

A merged title row, a merged "考核对象：街道辖区各小区（网格）党支部" line and a merged "小区党支部：…  支部书记：…  考核月份：
2026年…月  考核人：…" line above the header 序号 | 考核项目 | 考核内容 | 分值 | 评分标准 | 考核方式 | 得分. 序号 (FIRST column,
numeric cells) runs 1..18 through the sheet. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed on two
lines without an ordinal, "组织生活\\n（25分）". 分值 is a plain number. 考核方式 (`Row.method`) says only how the 街道 checks
(查阅…, 电话抽查, 实地查看, 入户抽查, 街道暗访, 调取工单数据, 电话回访); it is no 佐证 column. 得分 is blank. A 合计 row and a
merged 说明 row (with the month's 一票否决) close the sheet.
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
    name="zw_xiaoqu_zhibu_yuedu_xlsx",
    fmt="xlsx",
    title="中共金沙街道工作委员会2026年小区党支部月度考核评分表",
    numbering="printed",
    sections=(
        Section("组织生活", "组织生活\n（25分）", 25, (
            Row("本月至少召开一次支部委员会，研究小区治理和支部重点工作；支委出席率达到100%。", 5,
                "未召开的扣3分；支委无故缺席的，每人次扣0.5分。", "查阅会议记录"),
            Row("每月固定日期开展主题党日活动，做到有主题、有方案、有记录；党员参加率不低于80%，年老体弱党员送学上门。", 6,
                "未开展的扣4分；缺方案或记录的扣1分；参加率每低5个百分点扣0.5分；年老体弱党员未送学上门的扣0.5分。",
                "查阅资料、电话抽查"),
            Row("楼栋党小组每月至少开展一次党小组学习或活动，党小组长带头参加。", 4,
                "每个党小组未开展的扣1分，扣完为止。", "查阅党小组记录"),
            Row("每月组织党员开展集中学习不少于1次；党员“学习强国”等平台本月参学率达到90%。", 5,
                "未开展集中学习的扣2分；参学率每低10个百分点扣1分。", "查阅学习记录、平台数据"),
            Row("党员按月交纳党费，当月党费收缴率达到100%；流动党员、年老体弱党员可委托代交，收缴情况当月登记入账。", 5,
                "未按月收缴的，每人次扣0.5分；未登记入账的扣1分。", "查阅党费收缴台账"),
        )),
        Section("小区治理", "小区治理\n（40分）", 40, (
            Row("每月召开一次由小区党支部牵头，业委会、物业服务企业参加的“三方联席会议”，协商解决小区公共事务；议定事项在小区"
                "公告栏公开。", 6,
                "未召开的扣3分；业委会或物业服务企业未参加的扣1分；议定事项未公开的扣1分。", "查阅会议记录、实地查看"),
            Row("党员中心户（楼栋长）每月走访联系户不少于1次，收集居民诉求和意见建议，记入民情台账。", 6,
                "走访每少1户次扣0.2分，最多扣3分；无民情台账的扣2分。", "查阅民情台账、入户抽查"),
            Row("收集的居民诉求当月办结或答复，办结率达到90%以上；对当月不能解决的，向居民做好解释反馈。", 6,
                "办结率每低5个百分点扣1分；未解释反馈的，每件扣0.5分。", "查阅台账、电话回访"),
            Row("每月组织党员、志愿者开展不少于一次志愿服务（环境整治、文明劝导、助老助残等），在职党员到小区报到参加服务。", 5,
                "未开展的扣3分；活动无照片的扣0.5分；在职党员参与少的，酌情扣0.5—1分。", "查阅活动记录"),
            Row("每月开展矛盾纠纷和安全隐患排查，重点排查消防通道堵塞、电动车违规充电、高空抛物等问题，发现问题及时处置或上报；"
                "本月小区未发生因工作不到位引发的群体性事件、重大安全事故。", 7,
                "未开展排查的扣2分；隐患未及时处置或上报的，每处扣1分；发生群体性事件或重大安全事故的，本项不得分。",
                "查阅排查记录、实地查看"),
            Row("小区环境整洁，无乱堆乱放、私搭乱建、飞线充电；垃圾分类定时定点投放，在街道月度暗访检查中排名进入前50%。", 5,
                "暗访发现问题的，每处扣0.5分；排名在后50%的扣1分。", "街道暗访"),
            Row("涉及本小区的12345市民热线工单按时办结率达到100%，群众满意率达到85%以上。", 5,
                "按时办结率每低1个百分点扣0.2分；满意率低于85%的扣2分。", "调取工单数据"),
        )),
        Section("阵地台账", "阵地台账\n（20分）", 20, (
            Row("小区党群服务站（红色驿站）每周开放不少于5天，有人值守；每月依托驿站开展活动不少于2次。", 6,
                "抽查发现未按时开放的，每次扣0.5分；活动每少1次扣1分。", "实地查看、查阅活动记录"),
            Row("小区党务公开栏每月更新一次，公开支部工作、党费收缴、志愿服务等情况。", 4,
                "未更新的扣1.5分；公开内容不全的扣0.5分。", "实地查看"),
            Row("支部台账按月归档，包括会议记录、主题党日活动记录、走访台账、志愿服务记录等，记录及时、规范。", 5,
                "台账每缺1项扣0.5分；记录不规范的，酌情扣0.5—1分。", "查阅台账"),
            Row("每月25日前向街道党工委报送本月工作小结和下月工作安排；每月报送小区党建工作信息不少于1篇。", 5,
                "小结和工作安排未按时报送的扣1分；信息未报送的扣1分。", "查阅报送记录"),
        )),
        Section("作用发挥", "作用发挥\n（15分）", 15, (
            Row("党员亮身份、作表率，党员家庭悬挂“共产党员户”标牌，亮牌率达到100%；党员在小区治理中无违规违纪、违章搭建等负面"
                "行为。", 5,
                "亮牌率每低10个百分点扣1分；党员存在负面行为的，每人次扣1分。", "入户抽查"),
            Row("街道每月随机抽取小区居民不少于10户电话回访，对小区党支部工作的满意率达到90%以上的得10分；80%（含）—90%的得"
                "7分；70%（含）—80%的得4分；70%以下的不得分。", 10,
                "按回访结果计分。", "电话回访"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "评分标准", "考核方式", "得分"]
NOTE = ("说明：1.本表由街道党建办会同网格管理中心于次月5日前完成考核，考核结果在街道党建工作群通报；2.各项扣分以该项分值为限，"
        "扣完为止；3.当月发生党员违纪违法被立案查处，或小区发生重大安全责任事故的，当月考核实行一票否决；4.月度得分纳入小区"
        "党支部年度星级评定，占年度考核的60%。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "月度考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：街道辖区各小区（网格）党支部", ncols)
    xlsx_line(ws, "小区党支部：                支部书记：            考核月份：2026年    月    考核人：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 11, 52, 6, 44, 16, 7))
    wb.save(str(path))
