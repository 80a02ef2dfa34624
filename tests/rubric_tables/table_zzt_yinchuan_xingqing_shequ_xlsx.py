"""兴庆区2025年度城市社区党组织党建工作量化考核评分表 (.xlsx), issued by 中共银川市兴庆区委组织部, as a 宁夏 银川 城区 区委组织部
(its 基层党建科 with the 区委社会工作部, the 区民政局, the 区委政法委 and each 街道党工委, a 考核组 drawn from them going round the
社区 of every 街道 in December) scores each 城市社区党组织 in 宁夏's own words, with the 民族团结进步 创建 in them, on five heads: 政治建设
(a monthly 集中学习会 with 32学时, four 民族团结 宣传教育活动 with a 一票否决, the quarterly 研判 of 意识形态 with the monthly 更新 of the
宣传栏 and the 书记's 审核), 组织建设 (the four-level 组织体系 with two 覆盖率, “三会一课” with the 书记's two 党课, the monthly 主题党日
with a 参学率 in Chinese numerals and the 送学上门, the 专题组织生活会 with 民主评议 and its 备案, the 党员中心户 with fifteen 户 and a
quarterly 走访), 队伍建设 (the “两委” with two under 35 and a woman and two 后备干部, the 社区工作者's 持证比例 with two 集中培训 and 40学时,
a yearly 积极分子 with the quarterly 思想汇报 and a member in two years, 党费 with the monthly 联系 of 流动党员 and the half-yearly 反馈 of
the “双报到”), 治理服务 (the “网格吹哨、部门报到” with the 处置率, the quarterly 居民议事会 or “居民说事” with the 公开 of its 结果, ten
实事 with the 办结率 and a 满意度 in the scoring rule only, the 共建协议 with the half-yearly “大党委” 联席会议, the “三张清单” and three
共建项目, the monthly 排查 with the 化解率) and 基础保障 (the 党群服务中心 open six days with two 党群活动 a month, the 年初 经费 使用计划 with
the 民主决策 and the 年底 公开, 计划 / 总结 and the 档案).

A merged title row, a merged "考核对象：全区各街道所辖社区党委（党总支、党支部）" line and a merged "街道：…  社区：…  社区党组织书记：…
考核组组长：…" line above the header 序号 | 考核项目 | 考核内容 | 分值 | 计分方法 | 考核方式 | 得分. The heads are SECTION ROWS merged across
the sheet, printed with a BRACKETED ordinal on one line, "（一）政治建设（15分）". 序号 (first column, numeric cells) runs 1..20 through the
sheet, NOT restarting under the section rows. 考核项目 is a short sub-label (`Row.indicator`). 分值 comes BEFORE the 计分方法, a plain
number. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 平台核查, 实地查看, 个别访谈, 入户走访, 问卷调查, 区委政法委
核实); it is no 佐证 column. 得分 is blank. A 合计 row and a merged 说明 row close the sheet. Counts in figures and Chinese numerals ("百分
之八十", "每季度分析研判一次", "每半年…反馈一次"); "最高扣" caps; "近两年内至少发展1名党员"; one rule "酌情扣1—2分", one "酌情扣1—3分", one
"酌情扣0.5—2分"; one rule "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzt_yinchuan_xingqing_shequ_xlsx",
    fmt="xlsx",
    title="兴庆区2025年度城市社区党组织党建工作量化考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "（一）政治建设（15分）", 15, (
            Row("社区党组织每月召开一次党员集中学习会；党员年度学习培训不少于32学时，依托党员教育平台开展线上学习。", 5,
                "集中学习会每少1次扣0.5分；学时不达标的，每人扣0.1分，最高扣1.5分。", "查阅资料、平台核查", indicator="政治学习"),
            Row("深化民族团结进步创建，每年开展民族团结进步主题宣传教育活动不少于4次，推进各民族居民互嵌式社区建设。", 5,
                "宣传教育活动每少1次扣0.5分；创建工作推进不力的，酌情扣1—2分；发生影响民族团结事件的，实行一票否决，本项不得分。",
                "查阅资料、实地查看", indicator="民族团结"),
            Row("落实意识形态工作责任制，每季度分析研判一次意识形态形势；社区宣传栏、电子屏内容每月更新，发布前经社区党组织书记审核。", 5,
                "研判每少1次扣0.5分；宣传内容未按月更新的，每次扣0.2分；未经审核发布的，每次扣0.5分。", "查阅资料、实地查看",
                indicator="意识形态"),
        )),
        Section("组织建设", "（二）组织建设（25分）", 25, (
            Row("健全“社区党组织—网格党支部—楼栋党小组—党员中心户”四级组织体系，网格党组织覆盖率达到100%；辖区符合条件的非公企业、"
                "社会组织党组织覆盖率达到90%以上。", 5,
                "网格党组织覆盖率未达到100%的扣1分；非公企业、社会组织党组织覆盖率每低5个百分点扣0.5分。", "查阅资料",
                indicator="组织覆盖"),
            Row("支委会每月至少召开1次，党员大会每季度至少召开1次，党小组会每月至少召开1次，党课每季度至少1次；社区党组织书记每年至少讲"
                "2次党课。", 7,
                "会议每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；会议记录不完整、事后补记的，每次扣0.2分，最高扣1分。",
                "查阅资料、平台核查", indicator="“三会一课”"),
            Row("每月固定一天开展主题党日活动，党员参学率达到百分之八十以上；对年老体弱、行动不便的党员由党小组长送学上门。", 5,
                "主题党日每少1次扣0.5分；参学率每低5个百分点扣0.5分；未落实送学上门的扣0.5分。", "查阅资料、入户走访",
                indicator="主题党日"),
            Row("年内召开一次专题组织生活会，开展民主评议党员，“优秀”等次比例不超过参评党员的30%；评议结果报街道党工委备案。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣2分；评议结果未备案的扣1分。", "查阅资料", indicator="组织生活会"),
            Row("每个楼栋（院落）至少确定1名党员中心户，每名党员中心户联系群众不少于15户，每季度至少走访联系户一次。", 3,
                "未确定党员中心户的，每个楼栋扣0.2分，最高扣1分；走访每少1次扣0.2分。", "查阅资料、入户走访", indicator="党员中心户"),
        )),
        Section("队伍建设", "（三）队伍建设（20分）", 20, (
            Row("社区“两委”成员中35周岁以下的不少于2名，女性成员不少于1名；储备后备干部不少于2名，并制定培养措施。", 5,
                "35周岁以下成员每少1名扣1分；无女性成员的扣1分；后备干部每少1名扣0.5分。", "查阅资料、个别访谈", indicator="班子结构"),
            Row("社区工作者持社会工作者职业资格证书的比例达到50%以上；每年组织社区工作者集中培训不少于2次，每人年度培训不少于40学时。", 5,
                "持证比例每低10个百分点扣1分；集中培训每少1次扣0.5分；培训学时不足的，每人扣0.1分，最高扣1分。", "查阅资料",
                indicator="社工队伍"),
            Row("每年至少确定1名入党积极分子，入党积极分子每季度向党组织递交一次思想汇报；近两年内至少发展1名党员。", 5,
                "未确定入党积极分子的扣1分；思想汇报每缺1次扣0.2分；近两年未发展党员的扣2分；发展程序不规范的，本项不得分。", "查阅资料",
                indicator="发展党员"),
            Row("党员按月交纳党费，党费收缴台账清晰；流动党员每月联系一次，做到“离乡不离党”；在职党员“双报到”情况每半年向所在单位反馈一次。",
                5, "党费台账不规范的扣1分；流动党员联系每少1次扣0.1分，最高扣1分；未反馈的，每次扣0.5分。", "查阅资料",
                indicator="党员管理"),
        )),
        Section("治理服务", "（四）治理服务（25分）", 25, (
            Row("落实“网格吹哨、部门报到”机制，网格员每日巡查，网格事件处置率达到98%以上；全年无因处置不当引发的群体性事件。", 5,
                "处置率每低1个百分点扣0.5分；发生群体性事件的，本项不得分。", "平台核查、区委政法委核实", indicator="网格治理"),
            Row("每季度至少召开一次居民议事会或“居民说事”会，涉及居民切身利益的事项经协商后实施，协商结果向居民公开。", 5,
                "议事会每少1次扣1分；重大事项未经协商的，每件扣1分；协商结果未公开的，每次扣0.5分。", "查阅资料、入户走访",
                indicator="民主协商"),
            Row("开展“我为群众办实事”，全年为群众办实事不少于10件；社区“一站式”服务大厅事项办结率达到100%。", 5,
                "办实事每少1件扣0.3分；办结率每低1个百分点扣0.3分；群众满意度测评低于90%的扣1分。", "查阅资料、问卷调查",
                indicator="为民服务"),
            Row("与驻区单位签订共建协议，每半年召开一次“大党委”联席会议，形成资源、需求、项目“三张清单”，全年完成共建项目不少于3个。", 5,
                "未签订共建协议的扣1分；联席会议每少1次扣1分；无“三张清单”的扣1分；共建项目每少1个扣0.5分。", "查阅资料",
                indicator="共驻共建"),
            Row("每月开展一次矛盾纠纷排查，化解率达到95%以上；重点人员、特殊人群稳控措施落实到位。", 5,
                "排查每少1次扣0.5分；化解率每低1个百分点扣0.5分；稳控措施不到位造成影响的，酌情扣1—3分。", "查阅资料、区委政法委核实",
                indicator="平安建设"),
        )),
        Section("基础保障", "（五）基础保障（15分）", 15, (
            Row("社区党群服务中心每周开放不少于6天，服务功能完善；每月开展党群活动不少于2场。", 5,
                "开放时间不足的扣1分；党群活动每少1场扣0.3分；阵地挪作他用的，本项不得分。", "实地查看", indicator="阵地建设"),
            Row("社区为民服务专项经费实行“事前申报、民主决策、事后公开”，年初制定经费使用计划，年底公开经费使用情况。", 5,
                "无使用计划的扣1分；未经民主决策的，每项扣0.5分；未公开的扣1分；违规使用经费的，本项不得分。", "查阅资料",
                indicator="经费管理"),
            Row("年初有计划、年终有总结，党建工作档案分类规范、资料齐全，纸质档案与电子档案同步管理。", 5,
                "无计划或总结的，每项扣1分；档案管理不规范的，酌情扣0.5—2分。", "查阅资料", indicator="档案资料"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "计分方法", "考核方式", "得分"]
NOTE = ("说明：1.本表由区委组织部会同各街道党工委于12月组织考核，采取查阅资料、平台核查、实地查看、入户走访、问卷调查相结合的方式；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“优秀”，75分至89分的为“良好”，60分至74分的为“一般”，60分以下的"
        "为“较差”；4.社区党组织书记受到党纪政务处分、社区发生重大安全事故或影响民族团结事件的，不得评为“优秀”；5.考核结果作为社区"
        "党组织评星定级和社区工作者薪酬待遇的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "量化考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：全区各街道所辖社区党委（党总支、党支部）", ncols)
    xlsx_line(ws, "街道：            社区：            社区党组织书记：            考核组组长：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (6, 11, 52, 6, 46, 18, 7))
    wb.save(str(path))
