"""中共保定市竞秀区先锋街道工作委员会2025年度社区党建“红色网格”考核评分表 (.xlsx), as a 河北 街道党工委 (its 党建办 with the
街道 网格化服务管理中心 checking each quarter, the 年终 考核 settling the score) scores each 社区党委 on how its “红色网格” run:
网格组织体系 (网格 划分 at 300至500户 and its 公示, 网格党支部 / 楼栋党小组 / 单元 党员中心户, the 网格长、楼栋长、单元长 “三长” and
their party share and 培训, the 网格党支部' “三会一课” and a “红色网格” 主题党日), 网格服务管理 (入户走访 and 包联 群众, 信息 采集
and the 平台 准确率, 闭环 事件 办理 and 24小时 响应, the “有事好商量” 议事协商, the 采暖期 燃气 巡查 of the “煤改气” 用户, the
特殊群体 台账 and 探访, 矛盾 排查 and 就地化解率), 党员作用发挥 (the “共产党员户” 标识牌 and the 在职党员 报到, a 党员志愿服务队,
设岗定责 and the 年底 “网格先锋”, 积分 公示, the 党员突击队, a 电话回访 满意率) and 保障落实 (网格党群服务站 and its “四有”, the
专职网格员' 月度考核 and 例会, the “一格一册” 台账, 计划 and 总结, 信息 and a 示范点).

A merged title row and a merged "考核对象：先锋街道所辖各社区党委  考核时间：2025年12月" line above the header 考核指标 | 考核要点 |
分值 | 扣分标准 | 考核方式 | 得分. The categories are SECTION ROWS merged across the sheet, printed "一、网格组织体系（20分）".
There is NO 序号: items are numbered by position (1..21). 考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number.
考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 实地查看, 入户走访, 系统抽查, 个别访谈, 电话回访, 查阅会议
记录); it is no 佐证 column. 得分 is blank. A 合计 row and a merged 备注 row close the sheet. One count runs only in the 采暖期
("采暖期内每月"); counts partly in Chinese numerals ("百分之百", "每季度…一次").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zze_hongse_wangge_kaohe_xlsx",
    fmt="xlsx",
    title="中共保定市竞秀区先锋街道工作委员会2025年度社区党建“红色网格”考核评分表",
    numbering="position",
    sections=(
        Section("网格组织体系", "一、网格组织体系（20分）", 20, (
            Row("按照“规模适度、便于管理”的原则，以300至500户为标准科学划分网格，每个网格配备1名专职网格员；网格划分和网格员信息"
                "在社区公示。", 4,
                "网格划分不合理的，酌情扣1分；网格员每缺1名扣0.5分；未公示的扣1分。", "查阅资料、实地查看", indicator="网格划分"),
            Row("在网格建立党支部，党员人数较多的楼栋建立党小组，以单元为单位推选党员中心户；网格党支部覆盖率达到100%，每个党员"
                "中心户联系群众不少于10户。", 5,
                "覆盖率每低10个百分点扣1分；党员中心户联系群众不足10户的，每户扣0.2分，最多扣2分。", "查阅资料",
                indicator="组织覆盖"),
            Row("选优配强网格长、楼栋长、单元长“三长”队伍，“三长”中党员比例不低于60%；社区每半年对“三长”开展一次业务培训。", 5,
                "党员比例每低10个百分点扣1分；培训每少1次扣1分。", "查阅资料、个别访谈", indicator="“三长”队伍"),
            Row("网格党支部每月召开1次支部委员会，每季度召开1次党员大会、上1次党课；每月开展一次“红色网格”主题党日活动，党员参加率"
                "不低于80%。", 6,
                "“三会一课”每缺1次扣0.5分，最多扣3分；主题党日每少1次扣0.5分；参加率低于80%的，每次扣0.2分。", "查阅会议记录",
                indicator="网格支部生活"),
        )),
        Section("网格服务管理", "二、网格服务管理（35分）", 35, (
            Row("网格员每月对网格内住户走访一遍，做到底数清、情况明；网格党员每月至少联系服务所包联群众一次，帮助解决急难愁盼问题。",
                6,
                "走访不到位的，每户扣0.1分，最多扣3分；党员联系服务不到位的，酌情扣1—2分。", "入户走访、系统抽查",
                indicator="入户走访"),
            Row("网格内人、地、事、物、组织等基础信息采集完整，每季度更新一次；录入网格化服务管理平台的信息准确率达到98%以上。", 4,
                "信息更新每少1次扣1分；准确率每低1个百分点扣0.5分，最多扣2分。", "系统抽查", indicator="信息采集"),
            Row("网格事件实行“发现—上报—处置—反馈”闭环管理，社区职责范围内事件按期办结率达到95%；群众诉求24小时内响应。", 6,
                "办结率每低1个百分点扣0.3分，最多扣3分；诉求超时未响应的，每件扣0.2分。", "系统抽查", indicator="事件办理"),
            Row("依托“有事好商量”协商议事室，以网格为单元每季度至少召开一次议事协商会；年内协商解决群众关心的实际问题不少于8件。", 6,
                "议事协商会每少1次扣0.5分；解决问题每少1件扣0.5分。", "查阅资料", indicator="议事协商"),
            Row("采暖期落实网格党员包联“煤改气”“煤改电”用户责任，采暖期内每月开展一次燃气安全入户巡查，发现隐患及时上报整改；辖区"
                "内未发生燃气安全责任事故。", 5,
                "包联责任未落实的扣1分；巡查记录缺失的，每次扣0.5分；发生燃气安全责任事故的，本项不得分。", "查阅资料、入户走访",
                indicator="清洁取暖"),
            Row("建立网格内独居老人、困境儿童、残疾人等特殊群体台账，网格党员结对帮扶全覆盖，每周至少探访一次独居老人。", 4,
                "无特殊群体台账的扣1分；结对帮扶未全覆盖的扣1分；探访不到位的，酌情扣0.5—1分。", "查阅资料、电话回访",
                indicator="关爱服务"),
            Row("网格党支部每月开展一次矛盾纠纷排查，做到小事不出网格、大事不出社区，矛盾纠纷就地化解率达到90%以上；全年无因化解"
                "不及时引发的“民转刑”案件和越级上访。", 4,
                "排查每少1次扣0.5分；化解率每低5个百分点扣1分；发生“民转刑”案件或越级上访的，每起扣2分。", "查阅资料",
                indicator="矛盾化解"),
        )),
        Section("党员作用发挥", "三、党员作用发挥（25分）", 25, (
            Row("网格内党员家庭悬挂“共产党员户”标识牌，悬挂率达到100%，党员亮身份、亮承诺、亮服务；辖区在职党员到网格报到率达到"
                "100%。", 5,
                "悬挂率每低10个百分点扣0.5分；报到率未达100%的扣1分；“三亮”不到位的，酌情扣1分。", "实地查看、系统抽查",
                indicator="亮明身份"),
            Row("组建网格党员志愿服务队，每月开展一次“红色网格”志愿服务活动；在职党员每年到网格参加志愿服务不少于4次。", 6,
                "未组建服务队的扣1分；志愿服务活动每少1次扣0.5分；在职党员志愿服务不足4次的，每人扣0.1分，最多扣2分。",
                "查阅资料、系统抽查", indicator="志愿服务"),
            Row("无职党员在网格内认领政策宣传、环境监督、治安巡逻等岗位，设岗定责率达到百分之百；年底开展一次“网格先锋”评选。", 4,
                "设岗率每低10个百分点扣0.5分；未开展评选的扣1分。", "查阅资料", indicator="设岗定责"),
            Row("推行网格党员积分管理，积分每季度公示一次，积分结果与评先评优挂钩。", 4,
                "未实行积分管理的扣2分；公示每少1次扣0.5分。", "查阅资料", indicator="积分管理"),
            Row("在防汛、创城、应急处置等急难险重任务中组建网格党员突击队，党员冲锋在前。", 3,
                "未组建突击队的扣1分；党员作用发挥不明显的，酌情扣1—2分。", "查阅资料、个别访谈", indicator="急难险重"),
            Row("街道对网格服务开展群众电话回访，群众满意率不低于90%。", 3,
                "满意率每低1个百分点扣0.3分；满意率低于80%的，本项不得分。", "电话回访", indicator="群众评价"),
        )),
        Section("保障落实", "四、保障落实（20分）", 20, (
            Row("每个网格依托小区物业用房、楼栋架空层等设立网格党群服务站，做到有场所、有标识、有制度、有人员；服务站每周开放不少于"
                "5天。", 5,
                "服务站覆盖率每低10个百分点扣1分；“四有”每缺1项扣0.5分。", "实地查看", indicator="网格阵地"),
            Row("专职网格员实行日常考勤和月度考核，考核结果与绩效报酬挂钩；社区每季度召开一次网格员工作例会。", 5,
                "未实行考核的扣2分；例会每少1次扣0.5分。", "查阅资料", indicator="网格员管理"),
            Row("建立“一格一册”网格工作台账，网格员工作日志、走访记录、事件处置记录等资料完整规范；年初制定红色网格建设计划，年底形成"
                "工作总结。", 5,
                "台账每缺1项扣0.5分；计划、总结每缺1项扣1分；日志记录不实的，每发现1次扣0.5分。", "查阅资料",
                indicator="台账资料"),
            Row("每季度向街道党工委报送“红色网格”工作信息不少于2篇；年内打造1个以上“红色网格”示范点，经验做法被区级以上媒体宣传"
                "报道。", 5,
                "信息每少1篇扣0.3分；未打造示范点的扣2分；未被宣传报道的扣1分。", "查阅资料", indicator="示范宣传"),
        )),
    ),
)

HEADER = ["考核指标", "考核要点", "分值", "扣分标准", "考核方式", "得分"]
NOTE = ("备注：1.考核采取季度检查与年终考核相结合的方式，季度检查平均得分占40%，年终考核得分占60%；2.各项扣分以该项分值为限，"
        "扣完为止；3.社区网格内发生重大安全责任事故或重大群体性事件且网格工作负有责任的，年度考核不得评为“优秀”等次；"
        "4.考核结果作为评选“红色网格示范社区”和网格员绩效报酬发放的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "红色网格考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：先锋街道所辖各社区党委  考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 52, 6, 44, 16, 7))
    wb.save(str(path))
