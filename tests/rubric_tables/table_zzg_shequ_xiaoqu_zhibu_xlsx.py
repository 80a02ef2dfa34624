"""中共杭州市西湖区翠苑街道翠苑一区社区委员会2025年度小区（网格）党支部考评表 (.xlsx), as a 浙江 社区党委 (its 委员 with the
社区 纪检委员 and two 党员代表, twice a year, the year's score the mean of the two) scores each 小区（网格）党支部 under it —
small 支部 of 退休 党员 and a few 在职 ones, the 业委会 and 物业 people among them — on 支部建设 (the 支委 of 3至5人 with 业委会 and
物业 党员 in it, 党小组 by 楼栋 and the 党员楼栋长, “三会一课” and the 书记's 党课, the 15日 主题党日 with a 参加率 leaving out the
80岁以上, 组织生活会 with 民主评议 and 谈心谈话), 党员管理 (党费 登记 monthly and 上缴 each quarter, the 党员信息台账 with
“口袋党员”, quarterly 走访慰问 and the “七一” / 春节 rounds, 积分 with its quarterly 公示 and a 年底 评选), 小区治理 (the monthly
三方协商会议 with 反馈, the 业委会 换届 and its 党员比例, the 物业 评价 公示, the quarterly “红色议事会” and 5 问题, the 楼栋长'
走访 and the 3个工作日 回应 with its 办结率, 党员 as 表率 in 垃圾分类 with an 准确率, a 居民满意度 in bands) and 基础工作 (the 服务点
“三有” and opening days, 计划 and the 年底 书面报告 with 台账, the 书记's 年底 述职 and 满意率).

A merged title row and a merged "考评对象：社区党委所属各小区（网格）党支部  考评时间：2025年6月、12月" line above the header 序号 |
考评项目 | 考评内容 | 分值 | 评分细则 | 考评方式 | 得分. 序号 (first column, numeric cells) runs 1..18 through the sheet. The
categories are MERGED CELLS down the 考评项目 column (SECOND), printed on one line WITHOUT an ordinal, "支部建设（25分）". 分值
(before the 评分细则) is a plain number. 考评方式 (`Row.method`) says only how the 考评组 checks (查阅资料, 查阅会议记录, 实地查看,
个别访谈, 入户访谈, 入户核实, 电话回访, 问卷测评, 查阅测评表); it is no 佐证 column. 得分 is blank. A 合计 row and a merged 说明 row
close the sheet. The 满意度 bands sit in the 评分细则; "最多扣" caps; a 参加率 with a printed exclusion from its 基数.
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
    name="zzg_shequ_xiaoqu_zhibu_xlsx",
    fmt="xlsx",
    title="中共杭州市西湖区翠苑街道翠苑一区社区委员会2025年度小区（网格）党支部考评表",
    numbering="printed",
    sections=(
        Section("支部建设", "支部建设（25分）", 25, (
            Row("小区党支部委员会由3至5人组成，推动业委会主任、物业项目负责人中的党员进入支委；支部书记由社区“两委”成员或优秀在职、"
                "退休党员担任。", 4,
                "支委配备不齐的扣1分；业委会、物业中的党员未进入支委的扣1分；书记人选不符合要求的扣2分。", "查阅资料"),
            Row("以楼栋（单元）为单位设立党小组，每个党小组党员不少于3名；每个楼栋至少明确1名党员楼栋长。", 4,
                "党小组设置不合理的扣1分；党员楼栋长每缺1名扣0.5分，最多扣2分。", "查阅资料、实地查看"),
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度上1次；支部书记每年至少讲1次党课。", 8,
                "“三会一课”每少1次扣0.5分，最多扣6分；支部书记未讲党课的扣2分。", "查阅会议记录"),
            Row("每月15日开展主题党日活动，结合“红色议事”“洁美家园”等小区工作确定主题；党员参加率不低于80%（80周岁以上及长期卧床"
                "党员不计入基数）。", 5,
                "主题党日每少1次扣0.5分；参加率低于80%的，每次扣0.2分，最多扣1分。", "查阅资料"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前支部书记与每名支委、支委与所联系党员谈心谈话全覆盖。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话未全覆盖的扣1分。", "查阅会议记录、个别访谈"),
        )),
        Section("党员管理", "党员管理（20分）", 20, (
            Row("党员按月交纳党费，支部组织委员按月登记，每季度将党费上缴社区党委；高龄、卧床党员可委托家属代交。", 4,
                "党费每少交1人次扣0.2分，最多扣2分；未按季度上缴的，每次扣0.5分。", "查阅资料"),
            Row("建立小区党员信息台账，涵盖在册党员、报到在职党员、流动党员和“口袋党员”，每半年动态更新一次；排查出的“口袋党员”"
                "及时转接组织关系。", 5,
                "无信息台账的扣2分；台账更新每少1次扣1分；“口袋党员”未及时转接的，每人扣0.5分。", "查阅资料"),
            Row("对80周岁以上、患病和生活困难党员每季度至少走访慰问一次，“七一”、春节期间走访全覆盖。", 5,
                "走访每少1次扣0.5分；节日走访未全覆盖的扣1分。", "查阅资料、电话回访"),
            Row("推行党员积分管理，每季度公示一次积分；年底根据积分评选“红色楼栋长”和“优秀党员”。", 6,
                "未实行积分管理的扣2分；积分公示每少1次扣0.5分；未开展评选的扣1分。", "查阅资料"),
        )),
        Section("小区治理", "小区治理（40分）", 40, (
            Row("小区党支部牵头建立“党支部+业委会+物业”三方协商机制，每月召开一次三方协商会议，议定事项有记录、有落实、有反馈。", 8,
                "协商会议每少1次扣0.5分；议定事项未落实的，每项扣1分；未向居民反馈的扣1分。", "查阅会议记录"),
            Row("业委会换届选举在小区党支部领导下进行，业委会成员中党员比例不低于60%；物业服务质量年度评价结果向全体业主公示。", 6,
                "换届未经小区党支部把关的扣2分；党员比例每低10个百分点扣1分；评价结果未公示的扣1分。", "查阅资料"),
            Row("每季度召开一次小区“红色议事会”，广泛听取业主意见；全年协商解决停车、加装电梯、垃圾分类等群众关心的问题不少于5件。", 7,
                "议事会每少1次扣1分；解决问题每少1件扣0.5分。", "查阅资料、入户访谈"),
            Row("党员楼栋长每月至少入户走访一遍，收集居民诉求；诉求在3个工作日内回应，办结率达到95%以上。", 7,
                "走访不到位的，酌情扣1—2分；回应超时的，每件扣0.2分；办结率每低1个百分点扣0.3分，最多扣2分。",
                "查阅资料、入户核实"),
            Row("党员带头遵守小区公约，在垃圾分类、消防安全、文明养犬等方面作表率；党员家庭垃圾分类准确率达到100%。", 6,
                "党员家庭垃圾分类不规范被通报的，每户次扣0.5分；小区发生较大火灾事故的，本项不得分。", "实地查看"),
            Row("社区党委组织开展小区居民满意度测评，满意度达到85%以上。", 6,
                "满意度90%以上的得6分；85%（含）至90%的得4分；80%（含）至85%的得2分；80%以下的不得分。", "问卷测评"),
        )),
        Section("基础工作", "基础工作（15分）", 15, (
            Row("小区党群服务点有固定场所、有党旗标识、有制度上墙，每周开放不少于5天，由党员轮流值守。", 5,
                "无固定场所的扣2分；标识、制度每缺1项扣0.5分；开放时间不足的扣1分。", "实地查看"),
            Row("年初制定支部工作计划报社区党委，年底向社区党委书面报告全年工作；会议记录本、党员花名册、党费登记表齐全规范。", 6,
                "计划、书面报告每缺1项扣1.5分；台账每缺1项扣0.5分；记录不规范的，酌情扣0.5—1分。", "查阅资料"),
            Row("支部书记年底在党员大会上述职，接受党员测评，满意率不低于90%。", 4,
                "未述职的扣2分；满意率每低5个百分点扣1分。", "查阅测评表"),
        )),
    ),
)

HEADER = ["序号", "考评项目", "考评内容", "分值", "评分细则", "考评方式", "得分"]
NOTE = ("说明：1.考评由社区党委组织，每年6月、12月各进行一次，年度得分取两次考评的平均分；2.各项扣分以该项分值为限，扣完为止；"
        "3.考评结果分为优秀、良好、合格、不合格四档，作为评选“红色小区”和支部书记年度补贴发放的主要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "小区党支部考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考评对象：社区党委所属各小区（网格）党支部  考评时间：2025年6月、12月", ncols)
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
    xlsx_note(ws, NOTE, ncols, 36)
    xlsx_widths(ws, (6, 12, 52, 6, 44, 16, 7))
    wb.save(str(path))
