"""中共青江水务集团有限公司委员会2025年度供水服务所党支部党建工作考核评分表 (.xlsx), as a 城市 供水 国企 集团党委 (its 党委组织部
with the 安全生产部, the 水质检测中心, the 客服中心 and the 纪委, checking each 供水服务所 in January) scores each 供水服务所党支部 — one
支部 over a 营业厅, the 加压泵站 and the 管网 of a 片区, its 党员 抄表员, 抢修工, 水质化验员 and 营业员 on 倒班 — on 组织建设
(“三会一课” held “倒班不误学” with 补学, the 主题党日 on “世界水日” / “中国水周” with its 参加率, 组织生活会 with 谈心谈话, the 用户's
意见, 民主评议 and the 备案, 积极分子 and training of four days or 32学时, 党费 with its quarterly 核对 and yearly 公布, the 活动室, the
“共产党员示范岗” and the 计划 / 总结), 供水保障 (党员责任区 with twice-weekly 管网 巡查, the 抢修突击队 with 24小时 值守, the 抢修
及时率 and a half-yearly 演练, the 末梢水 合格率 and the monthly 二次供水 抽检 with a 一票否决, a deduction-only 安全生产 line), 客户服务
(the “共产党员服务窗口” and the 报装 时限, the 热线 办结率 and 回访满意率, the 停水 公告 24 hours ahead and the 送水上门, a quarterly
“节水进社区” and 20 户 of free 检修) and 廉洁从业 (half-yearly 廉洁教育 with the 承诺书, the 纪检委员's quarterly 监督检查 and the 问题
清单, a deduction-only line on 水费 减免 and 吃拿卡要).

A merged title row and a merged "考核对象：集团所属各供水服务所党支部  考核时段：2025年1月1日至12月31日" line above the header 序号 |
考核项目 | 考核指标 | 考核标准 | 分值 | 评分细则 | 考核方式 | 得分. 序号 (first column, numeric cells) runs 1..17 through the sheet, NOT
restarting. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITH an ordinal on TWO lines, "一、组织建设\\n
（30分）". 考核指标 is a short sub-label (`Row.indicator`). 分值 (before the 评分细则) is a plain number. 考核方式 (`Row.method`) says
only how the 考核组 checks (查阅资料, 查阅会议记录, 个别谈话, 现场检查, 调取系统数据, 抽查水质检测报告, 个别走访, 集团安全生产部认定,
集团纪委核实); it is no 佐证 column. 得分 is blank. A 合计 row and a merged 备注 row close the sheet. Counts partly in Chinese numerals
("每月召开一次", "百分之九十"); "最高扣" caps; one duration joined by 或 ("不少于4天或32学时"); one 巡查 runs weekly ("每周…不少于2
次"); two lines are deduction-only.
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
    name="zzl_gongshui_fuwusuo_zhibu_xlsx",
    fmt="xlsx",
    title="中共青江水务集团有限公司委员会2025年度供水服务所党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "一、组织建设\n（30分）", 30, (
            Row("按照“倒班不误学”要求，支委会每月召开一次，党员大会每季度召开一次，党小组会每月召开一次，党课每季度一次；当班未参加的"
                "党员5个工作日内完成补学。", 7,
                "会议每缺1次扣0.5分，最高扣4分；未补学的，每人次扣0.2分；会议记录不规范的，酌情扣0.5—1分。", "查阅会议记录",
                indicator="“三会一课”"),
            Row("每月开展一次主题党日，结合“世界水日”“中国水周”开展节水护水主题实践，党员参加率达到百分之九十以上。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；未结合供水工作开展主题实践的扣0.5分。", "查阅资料",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，广泛征求用户和职工意见；开展民主评议党员，评议结果报集团党委组织部备案。", 5,
                "未召开组织生活会的扣3分；未征求意见的扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。",
                "查阅会议记录、个别谈话", indicator="组织生活会"),
            Row("在抢修班长、水质化验员、营业骨干中培养入党积极分子，年内确定积极分子不少于1名；党员每年参加集中学习培训不少于4天或"
                "32学时。", 5,
                "未确定入党积极分子的扣1分；培训时间不足的，每人扣0.2分，最高扣2分。", "查阅资料", indicator="队伍建设"),
            Row("党员每月按时足额交纳党费，党支部每季度核对一次收缴情况，每年向党员公布一次。", 4,
                "党费未按月交纳的，每人次扣0.1分；核对每少1次扣0.5分；未公布的扣0.5分。", "查阅资料", indicator="党费管理"),
            Row("设立党员活动室，营业厅、加压泵站设置“共产党员示范岗”标识；年初制定支部工作计划，年终形成工作总结。", 4,
                "无党员活动室的扣1分；示范岗标识缺失的，每处扣0.2分；无计划或总结的，每缺1项扣1分。", "现场检查、查阅资料",
                indicator="阵地制度"),
        )),
        Section("供水保障", "二、供水保障\n（30分）", 30, (
            Row("在加压泵站、管网片区划分党员责任区，每名党员负责1个管网片区巡查，每周巡查不少于2次，巡查记录完整。", 6,
                "未划分党员责任区的扣2分；巡查记录缺失的，每次扣0.2分，最高扣2分；责任区内发生爆管未及时发现的，每起扣1分。",
                "查阅资料、现场检查", indicator="党员责任区"),
            Row("组建党员抢修突击队，实行24小时应急值守；管网爆管、停水故障抢修及时率达到100%；每半年开展一次应急抢修演练。", 8,
                "未组建党员突击队的扣2分；抢修及时率每低1个百分点扣0.5分；演练每少1次扣1分；值守脱岗的，每次扣1分。",
                "调取抢修系统数据、查阅资料", indicator="抢修突击"),
            Row("党员带头落实水质管理，辖区管网末梢水水质综合合格率达到99%以上；每月对辖区二次供水设施开展一次水质抽检。", 8,
                "合格率每低1个百分点扣2分；抽检每少1次扣0.5分；发生水质污染事件的，实行一票否决，本项不得分。", "抽查水质检测报告",
                indicator="水质安全"),
            Row("全年未发生安全生产责任事故，未发生因管网维修作业引发的道路塌陷、人员伤亡事件。", 8,
                "发生一般及以上安全生产责任事故的，本项不得分；有限空间作业违章的，每起扣2分；被应急管理部门通报的，每次扣2分。",
                "集团安全生产部认定", indicator="安全生产"),
        )),
        Section("客户服务", "三、客户服务\n（25分）", 25, (
            Row("营业厅设立“共产党员服务窗口”，党员佩戴党徽亮身份上岗；用水报装实行“一窗受理”，平均办理时限不超过3个工作日。", 6,
                "未设立党员服务窗口的扣2分；党员未佩戴党徽的，每人次扣0.2分；报装办理超时的，每件扣0.5分。",
                "现场检查、调取营业系统数据", indicator="党员窗口"),
            Row("12345热线和供水服务热线工单按时办结率100%，回访满意率达到95%以上；有效投诉件数同比下降。", 7,
                "按时办结率每低1个百分点扣0.5分；回访满意率每低1个百分点扣0.3分；有效投诉未同比下降的扣1分；服务问题被媒体曝光且查实"
                "的，每次扣2分。", "调取客服系统数据", indicator="热线工单"),
            Row("计划停水提前24小时通过短信、小区公告等方式告知用户；停水超过12小时的，组织党员为孤寡老人、困难家庭送水上门。", 6,
                "未提前公告的，每次扣1分；未组织送水上门的，每次扣1分。", "查阅资料、个别走访", indicator="停水服务"),
            Row("党员志愿服务队每季度至少开展一次“节水进社区”“上门查漏”志愿服务；每年为孤寡老人、困难家庭免费检修户内管道不少于"
                "20户。", 6,
                "志愿服务每少1次扣1分；免费检修每少1户扣0.1分。", "查阅资料", indicator="志愿服务"),
        )),
        Section("廉洁从业", "四、廉洁从业\n（15分）", 15, (
            Row("每半年开展一次廉洁从业教育；抄表员、装表接水等关键岗位人员签订廉洁从业承诺书，签订率100%。", 5,
                "廉洁教育每少1次扣1分；承诺书每缺1人扣0.3分。", "查阅资料", indicator="廉洁教育"),
            Row("支部纪检委员每季度对水费回收、工程材料领用开展一次监督检查，发现问题建立问题清单，限期整改。", 5,
                "监督检查每少1次扣0.5分；未建立问题清单的扣1分；问题整改不到位的，酌情扣1—2分。", "查阅资料", indicator="监督检查"),
            Row("严禁违规减免水费、收受用户财物、吃拿卡要等损害企业和群众利益的行为。", 5,
                "经查实违规减免水费或收受用户财物的，每起扣2分；党员受到党纪处分的，本项不得分。", "集团纪委核实",
                indicator="违规问题"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核指标", "考核标准", "分值", "评分细则", "考核方式", "得分"]
NOTE = ("备注：1.本表由集团党委组织部会同安全生产部、水质检测中心、客服中心、纪委于次年1月组织考核；2.各项扣分以该项分值为限，扣完"
        "为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与服务所负责人、支部书记年度绩效挂钩；4.服务所发生较大及以上安全生产"
        "事故或水质安全事件的，党支部年度考核直接定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "供水服务所党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：集团所属各供水服务所党支部  考核时段：2025年1月1日至12月31日", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method,
                       None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (6, 12, 11, 50, 6, 46, 18, 7))
    wb.save(str(path))
