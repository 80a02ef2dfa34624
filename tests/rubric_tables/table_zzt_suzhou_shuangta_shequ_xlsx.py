"""中共苏州市姑苏区双塔街道工作委员会2025年度社区党组织党建工作考核细则 (.xlsx), as a 江苏 苏州 古城 街道党工委 (its 党建工作办公室
with the 社会事业局, the 平安建设办, the 城市管理办 and the 街道纪工委, a 考核组 going round each 社区 in December, looking into the
“海棠花红” 先锋阵地 and the 网格化 平台) scores each 社区党委 in 苏州's own words, with the 古城 老旧房屋 and the 电动自行车 in them:
组织体系 (the 网格党支部 覆盖率 with the 组织架构图 and the 批复, the “两委” 交叉任职比例 with one under 35 and four 大专 and the monthly
党委会, “三会一课” of the 网格党支部 with the 党小组 and the “主题党日” in the first week with a 参与率, 组织生活会 with 民主评议 and the
备案), 党员队伍 (a yearly 积极分子 with the 纪实 and the 公示 of five 工作日, 32学时 with the 冬训 and a 现场教学 at the 苏州革命博物馆,
党费 with its half-yearly 公布, the 流动党员 “一人一档” with a quarterly 联系, the “先锋指数” 积分 with its 年底 评定, the 先锋岗 and three
志愿服务 of each 报到党员 with the “微心愿”), 阵地服务 (the “海棠花红” 阵地 with its 一窗通办 and 周末 值守, two 党群活动 a month and four
品牌活动 with their 预告, the “三张清单” updated quarterly with the 关爱服务台账 and a monthly 探访), 引领治理 (“网格+警格” with the 党员
网格员 share, thirty 走访 a month and the 处置率, “红色物业” with its 覆盖率 and the monthly “三方联动” 联席会议, the quarterly 协商议事
with its 公示 and two 典型案例, the monthly 排查 with the 调解成功率 and a 一票否决, five 共建协议 with the half-yearly 区域化党建 联席会议)
and 基础保障 (the 书记's 年初 责任书 and 年底 述职 with the quarterly 专题研究, the 专项经费 with its 使用方案, the 居民代表会议 and the
half-yearly 公开, 计划 / 小结 / 总结 with the 花名册 and the 转接台账).

A merged title row, a merged "考核对象：双塔街道所辖各社区党委" line and a merged "社区：…  社区党委书记：…  考核组：…  考核日期：2025年12月"
line above the header 考核项目 | 序号 | 二级指标 | 考核要点 | 分值 | 评分标准 | 佐证材料 | 自评分 | 考核分. The categories are MERGED
CELLS down the 考核项目 column (FIRST), printed WITH an ordinal on TWO lines, "一、组织体系\\n（20分）". 序号 (SECOND column, numeric
cells) runs 1..19 through the sheet, NOT restarting. 二级指标 is a short sub-label (`Row.indicator`). 分值 comes BEFORE the 评分标准,
a plain number. 佐证材料 (`Row.method`) names the papers the 社区 lays out: a 佐证 column. 自评分 and 考核分 are blank. A 合计 row and a
merged 说明 row close the sheet. Counts in figures ("每月至少召开1次", "每季度至少开展1次", "不少于30户"), with "每半年公布一次"; "最高扣"
caps; one rule "酌情扣0.5分", one "酌情扣0.5—1分", one bare "酌情扣分"; one rule "实行一票否决，本项不得分".
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
    name="zzt_suzhou_shuangta_shequ_xlsx",
    fmt="xlsx",
    title="中共苏州市姑苏区双塔街道工作委员会2025年度社区党组织党建工作考核细则",
    numbering="printed",
    sections=(
        Section("组织体系", "一、组织体系\n（20分）", 20, (
            Row("按照“社区党委—网格党支部—楼道党小组”设置党组织，网格党支部覆盖率100%；新建小区、新就业群体聚集点及时建立党组织或"
                "功能型党小组。", 5,
                "网格党支部覆盖率每低5个百分点扣1分；新建小区未及时建立党组织的，每个扣1分。", "组织架构图、党组织设置批复",
                indicator="组织设置"),
            Row("社区“两委”交叉任职比例不低于50%；“两委”成员中35周岁以下的至少1名、大专及以上学历的不少于4名；社区党委每月至少召开"
                "1次党委会研究社区重要事项。", 6,
                "交叉任职比例不达标的扣1分；35周岁以下成员每少1名扣1分；大专及以上学历成员每少1名扣0.5分；党委会每少1次扣0.3分，最高扣"
                "2分。", "“两委”成员名册、党委会会议记录", indicator="班子建设"),
            Row("网格党支部每月召开支委会，每季度召开党员大会、上党课，党小组每月召开党小组会；每月第一周开展“主题党日”活动，党员参与"
                "率不低于80%。", 6,
                "“三会一课”每少1次扣0.3分，最高扣3分；主题党日每少1次扣0.3分；参与率低于80%的，每次扣0.1分，最高扣1分；记录不规范的，"
                "酌情扣0.5分。", "会议记录本、签到表、活动照片", indicator="组织生活"),
            Row("每年召开组织生活会，开展民主评议党员，评议结果报街道党工委备案；对评定为不合格的党员按规定作出组织处置。", 3,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未备案的扣0.5分；不合格党员未处置的，每人扣0.5分。",
                "会议记录、民主评议表", indicator="组织生活会"),
        )),
        Section("党员队伍", "二、党员队伍\n（20分）", 20, (
            Row("每年至少确定1名入党积极分子，注重在网格员、社区工作者、新就业群体中发展党员；发展党员全程纪实，各阶段公示不少于5个工作"
                "日。", 5,
                "未确定入党积极分子的扣1分；公示时间不足的，每人次扣0.5分；违反程序发展党员的，本项不得分。", "发展党员纪实档案、公示照片",
                indicator="发展党员"),
            Row("依托“海棠花红”阵地开展党员教育，党员年度集中学习培训不少于32学时；每年举办党员冬训，组织党员到苏州革命博物馆等红色教育"
                "基地开展现场教学至少1次。", 5,
                "学时不足的，每人扣0.1分，最高扣2分；未开展冬训的扣1分；未开展现场教学的扣1分。", "学时登记表、冬训方案、活动照片",
                indicator="教育培训"),
            Row("党员按月交纳党费，每半年公布一次党费收缴情况；流动党员实行“一人一档”，每季度至少联系一次；开展党员“先锋指数”积分管理，"
                "年底评定积分等次。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；未公布的，每次扣0.5分；流动党员联系每少1次扣0.2分；未开展积分管理的扣1分。",
                "党费收缴台账、流动党员档案、积分台账", indicator="日常管理"),
            Row("设立党员先锋岗、责任区，党员亮身份、亮承诺；在职党员到社区“双报到”，每人每年参加社区志愿服务不少于3次，认领并完成"
                "“微心愿”。", 5,
                "未设岗定责的扣1分；报到党员参加志愿服务不足3次的，每人扣0.1分，最高扣2分；“微心愿”认领后未完成的，每个扣0.2分。",
                "报到登记册、志愿服务记录", indicator="作用发挥"),
        )),
        Section("阵地服务", "三、阵地服务\n（20分）", 20, (
            Row("社区“海棠花红”先锋阵地（党群服务中心）功能布局合理，办公用房面积压缩至总面积30%以下；实行“全科社工”一窗通办，工作日"
                "全天开放，周末轮班值守。", 6,
                "办公面积超标的扣1分；未实行一窗通办的扣1分；周末无人值守的，每次扣0.5分；阵地闲置、挪作他用的，本项不得分。",
                "值班表", indicator="阵地建设"),
            Row("每月开展党群活动不少于2场，全年开展“邻里节”“红色观影”等品牌活动不少于4次；活动前在社区公众号发布预告，活动后有记录、"
                "有照片。", 7,
                "党群活动每少1场扣0.3分；品牌活动每少1次扣0.5分；无活动预告的，每次扣0.1分，最高扣1分。", "活动记录、活动照片、公众号截图",
                indicator="党群活动"),
            Row("建立居民需求、服务资源、服务项目“三张清单”，每季度更新一次；为独居、空巢、失能老人建立关爱服务台账，社区工作者每月至少"
                "上门探访一次。", 7,
                "无“三张清单”的扣1分；清单未按季度更新的，每次扣0.5分；无关爱服务台账的扣1分；探访每少1次扣0.2分，最高扣2分。",
                "三张清单、关爱服务台账、探访记录", indicator="服务群众"),
        )),
        Section("引领治理", "四、引领治理\n（25分）", 25, (
            Row("推行“网格+警格”融合，党员网格员占网格员总数的比例不低于60%；网格员每月走访网格内住户不少于30户，事件上报处置率达到98%"
                "以上。", 6,
                "党员网格员比例每低5个百分点扣0.5分；走访不足的，每人次扣0.1分，最高扣2分；处置率每低1个百分点扣0.3分。",
                "网格员名册、网格化平台数据截图", indicator="网格治理"),
            Row("推动物业服务企业建立党组织或党的工作小组，住宅小区“红色物业”覆盖率达到80%以上；每月召开一次社区、业委会、物业服务企业"
                "“三方联动”联席会议。", 5,
                "覆盖率每低10个百分点扣1分；联席会议每少1次扣0.3分；物业矛盾引发群体性事件的，本项不得分。", "联席会议纪要",
                indicator="红色物业"),
            Row("深化“有事好商量”协商议事，每季度至少开展1次居民协商议事活动，协商成果在小区公告栏公示；全年形成协商议事典型案例不少于"
                "2个。", 5,
                "协商议事每少1次扣0.5分；协商成果未公示的，每次扣0.3分；典型案例每少1个扣0.5分。", "议事记录、公示照片",
                indicator="协商议事"),
            Row("每月开展一次矛盾纠纷排查，调解成功率达到95%以上；做好古城片区老旧房屋、电动自行车等消防安全隐患排查整治。", 5,
                "排查每少1次扣0.5分；调解成功率每低1个百分点扣0.2分；发生较大以上安全事故的，实行一票否决，本项不得分。",
                "排查台账、调解卷宗", indicator="平安建设"),
            Row("与辖区机关企事业单位签订共建协议不少于5家，每半年至少召开1次区域化党建联席会议；共建单位向居民开放场地资源。", 4,
                "共建协议每少1家扣0.3分；联席会议每少1次扣0.5分；共建流于形式的，酌情扣0.5—1分。", "共建协议、会议纪要",
                indicator="共建共治"),
        )),
        Section("基础保障", "五、基础保障\n（15分）", 15, (
            Row("社区党委书记年初签订抓党建责任书，年底向街道党工委述职；社区党委每季度至少专题研究一次党建工作。", 5,
                "未签订责任书的扣1分；未述职的扣2分；专题研究每少1次扣0.5分。", "责任书、述职报告、会议记录",
                indicator="责任落实"),
            Row("服务群众专项经费实行项目化管理，使用方案经居民代表会议讨论通过，经费使用情况每半年公开一次。", 5,
                "无使用方案的扣1分；未经居民代表会议讨论的扣1分；未公开的，每次扣0.5分；违规使用经费的，本项不得分。",
                "使用方案、会议记录、公开照片", indicator="经费管理"),
            Row("年初有计划、年中有小结、年终有总结；党员花名册、组织关系转接台账等基础资料及时更新，做到“一社区一档案”。", 5,
                "计划、小结、总结每缺1项扣1分；党员花名册信息不准确的，每处扣0.1分，最高扣1分；资料归档混乱的，酌情扣分。",
                "工作计划、工作总结、党员花名册", indicator="基础台账"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "二级指标", "考核要点", "分值", "评分标准", "佐证材料", "自评分", "考核分"]
NOTE = ("说明：1.本细则由街道党工委于12月组织考核，采取社区自评、查阅资料、实地查看、入户走访、平台核查相结合的方式；2.各项扣分以该项"
        "分值为限，扣完为止；3.考核结果分为“优秀”“良好”“合格”“不合格”四个等次，“优秀”等次不超过社区总数的30%；4.社区发生重大"
        "安全责任事故、社区“两委”成员受到刑事处罚的，考核结果直接定为“不合格”；5.考核结果作为社区党组织评先评优、社区工作者绩效"
        "考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党建考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：双塔街道所辖各社区党委", ncols)
    xlsx_line(ws, "社区：              社区党委书记：              考核组：              考核日期：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring, row.method,
                       None, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (12, 6, 11, 50, 6, 46, 22, 7, 7))
    wb.save(str(path))
