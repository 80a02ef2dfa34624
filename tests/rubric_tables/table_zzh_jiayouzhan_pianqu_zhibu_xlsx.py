"""中共江淮石油销售有限公司委员会2025年度片区加油站党支部党建工作考核评分表 (.xlsx), as a 安徽 成品油 销售 国企 市公司党委 (its
党群工作部 with the 安全数质量部 and the 纪委办公室 checking each 片区 in January) scores each 片区加油站党支部 — one 支部 over
five to eight 加油站 in a 片区, its 党员 站长, 核算员, 加油员 and 便利店 店员 on 倒班 around the clock — on 基础党建 (“三会一课”
held 错时 with 补学, 主题党日 with its 参加率, 组织生活会 with 民主评议 and 谈心谈话, 积极分子 and the “站站有” of 党员, 党费 / 32学时
/ the “石化e党建” 网络课程 完成率, the 活动室 and the “党员示范站” 标识), 安全生产 (the 安全生产责任书 and the 支委会's quarterly
安全 研究, the 党员安全监督岗 and its 巡检, quarterly 应急演练 with 方案 and 总结, no 责任事故 with a 一票否决), 经营服务 (the
“党员示范站” with its 创建方案 and the 指标 完成率, the “八步法” and the 投诉 及时率 with the 神秘顾客 score, half-yearly 攻坚课题
and 非油品 销售, a quarterly 志愿服务, “师带徒” 结对率 with half-yearly 思想动态 分析 and a 员工 满意度) and 廉洁从业 (quarterly 廉洁
教育 with the 承诺书 签订率, the 纪检委员's monthly 监督检查 with its 整改台账 and 完成率, 油卡 套现 / 私售油品 / 截留营业款 as a
deduction-only line).

A merged title row and a merged "考核对象：各片区加油站党支部  考核时段：2025年度" line above the header 考核维度 | 考核指标 | 考核标准
| 分值 | 扣分规则 | 佐证资料 | 得分. There is NO 序号: items are numbered by position (1..18). The categories are MERGED CELLS down the
考核维度 column (first), printed on TWO lines WITHOUT an ordinal, "基础党建\\n（30分）". 考核指标 is a short sub-label
(`Row.indicator`). 分值 (before the 扣分规则) is a plain number. 佐证资料 (`Row.method`) names the papers the 支部 lays out (once a
way of checking, 现场查看 / 公司安全数质量部认定): a 佐证 column. 得分 is blank. A 合计 row and a merged 备注 row close the sheet.
Counts partly in Chinese numerals ("每季度…一次", "百分之八十五"); one line is deduction-only; one item scored partly on a 神秘顾客
检查 score ("每低1分").
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
    name="zzh_jiayouzhan_pianqu_zhibu_xlsx",
    fmt="xlsx",
    title="中共江淮石油销售有限公司委员会2025年度片区加油站党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("基础党建", "基础党建\n（30分）", 30, (
            Row("针对加油站倒班运营特点，实行“错时开会、集中补课”，支委会每月召开一次，党员大会每季度召开一次，党课每季度一次；因当班"
                "未参会的党员7日内完成补学。", 8,
                "会议每少1次扣0.5分；党员未补学的，每人次扣0.2分；会议记录内容空泛、千篇一律的，酌情扣1—2分。", "会议记录、补学记录",
                indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，片区内各站党员轮流参加，党员年度参加率不低于百分之八十五；结合“安全生产月”和“石油精神”"
                "教育开展主题实践。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分。", "签到表、活动照片", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；支部书记与党员、入党积极分子谈心谈话每年全覆盖。", 5,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；谈心谈话未全覆盖的扣1分。", "会议记录、谈心谈话记录",
                indicator="组织生活会"),
            Row("注重在优秀站长、加油员和一线青年员工中发展党员，年内培养入党积极分子不少于2名；片区每座加油站至少有1名党员，实现党员"
                "“站站有”。", 4,
                "积极分子每少1名扣1分；存在无党员“空白站”的，每个扣0.5分。", "积极分子名册", indicator="发展党员"),
            Row("党员按月交纳党费；党员每年集中学习培训不少于32学时，通过“石化e党建”网络学院完成年度必修课程，完成率100%。", 4,
                "党费未按月交纳的，每人次扣0.1分；学时不足的，每人扣0.2分；网络课程完成率每低10个百分点扣0.5分。",
                "党费收缴台账、学时统计表", indicator="党员管理"),
            Row("片区中心站设立党员活动室，各站悬挂“党员示范站”“党员先锋岗”标识，公开党员身份和服务承诺。", 4,
                "无党员活动室的扣2分；标识不规范的，每站扣0.5分。", "现场查看", indicator="阵地建设"),
        )),
        Section("安全生产", "安全生产\n（25分）", 25, (
            Row("支部书记与片区经理共同签订年度安全生产责任书，支部委员落实“一岗双责”；支委会每季度至少研究一次安全生产工作。", 5,
                "未签订安全生产责任书的扣2分；安全生产研究每少1次扣1分。", "安全生产责任书、支委会会议记录",
                indicator="一岗双责"),
            Row("每座加油站设立党员安全监督岗，党员当班对卸油作业、油罐区、动火作业等关键环节开展安全巡检，巡检记录完整。", 5,
                "未设立监督岗的，每站扣1分；巡检记录缺失的，每次扣0.2分，最多扣2分。", "巡检记录", indicator="安全监督岗"),
            Row("党员带头参加应急处置演练，每站每季度开展一次消防、油品泄漏应急演练，演练有方案、有记录、有总结。", 5,
                "演练每少1次扣1分；演练资料不全的，每次扣0.3分。", "演练方案、演练总结、照片", indicator="应急演练"),
            Row("全年未发生火灾、爆炸、人员伤亡等安全生产责任事故，未发生油品泄漏造成的环境污染事件。", 10,
                "发生一般及以上安全生产责任事故的，实行一票否决，本项不得分；未遂事件未按规定上报的，每起扣2分；被属地应急管理部门"
                "行政处罚的，每次扣3分。", "公司安全数质量部认定", indicator="安全实绩"),
        )),
        Section("经营服务", "经营服务\n（25分）", 25, (
            Row("开展“党员示范站”创建，片区内至少创建1座党员示范站；示范站年度经营指标完成率达到100%。", 6,
                "未创建示范站的扣3分；示范站指标完成率每低1个百分点扣0.3分。", "创建方案、经营报表", indicator="示范站创建"),
            Row("党员带头落实加油服务“八步法”，开展“司机之家”爱心服务；客户投诉处理及时率100%，神秘顾客检查得分不低于90分。", 5,
                "投诉处理不及时的，每件扣0.5分；神秘顾客检查得分每低1分扣0.2分；服务问题被媒体曝光的，本项不得分。",
                "投诉处理台账、神秘顾客检查报告", indicator="优质服务"),
            Row("围绕非油品销售、加油卡发卡等重点任务组建党员攻坚小组，每半年确定一项攻坚课题；党员人均非油品销售额高于片区平均"
                "水平。", 5,
                "未组建攻坚小组的扣1分；攻坚课题每少1项扣1分；党员人均销售额低于片区平均水平的扣1分。", "攻坚课题台账、销售报表",
                indicator="党员攻坚"),
            Row("组建党员志愿服务队，每季度至少开展一次“爱心驿站”“环卫工人免费饮水”等志愿服务活动。", 4,
                "志愿服务每少1次扣1分。", "活动照片、服务台账", indicator="志愿服务"),
            Row("党员带头开展“师带徒”，新员工结对率100%；每半年开展一次员工思想动态分析；员工满意度测评达到90%以上。", 5,
                "结对率每低10个百分点扣0.5分；思想动态分析每少1次扣0.5分；满意度每低1个百分点扣0.2分。", "结对协议、分析报告、测评表",
                indicator="队伍建设"),
        )),
        Section("廉洁从业", "廉洁从业\n（20分）", 20, (
            Row("每季度开展一次廉洁从业教育；站长、核算员等关键岗位人员签订廉洁从业承诺书，签订率100%。", 5,
                "廉洁教育每少1次扣1分；承诺书每缺1人扣0.5分。", "学习记录、承诺书", indicator="廉洁教育"),
            Row("支部纪检委员每月对油品数量、现金管理、加油卡业务开展一次监督检查，发现问题建立整改台账，整改完成率100%。", 6,
                "监督检查每少1次扣0.5分；未建立整改台账的扣1分；整改完成率每低5个百分点扣0.5分。", "检查记录、整改台账",
                indicator="监督检查"),
            Row("严禁加油卡违规套现、私售油品、截留挪用营业款等侵害企业利益的行为。", 9,
                "发生加油卡违规套现、私售油品问题的，每起扣3分；截留、挪用营业款的，本项不得分；党员受到党纪处分的，每人扣2分。",
                "公司纪委办公室核实", indicator="违规问题"),
        )),
    ),
)

HEADER = ["考核维度", "考核指标", "考核标准", "分值", "扣分规则", "佐证资料", "得分"]
NOTE = ("备注：1.本表由公司党委组织党群工作部、安全数质量部、纪委办公室于次年1月对各片区加油站党支部进行考核；2.各项扣分以该项"
        "分值为限，扣完为止；3.考核结果分为A、B、C、D四个等级，与片区经理、支部书记年度绩效挂钩；4.片区内发生较大及以上安全"
        "生产事故的，党支部年度考核直接定为D级。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "片区党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：各片区加油站党支部  考核时段：2025年度", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (11, 12, 50, 6, 44, 20, 7))
    wb.save(str(path))
