"""中共石门县融媒体中心总支部委员会2025年度党支部工作考核评分表 (.xlsx), as a 湖南 县融媒体中心党总支 (its 总支委员会 with the
中心 办公室 and 总编室 running the check in January) scores each of its 党支部 — 新闻采编、技术播控 and 综合运营 支部, their 党员
记者, 编辑, 主持人 and 播控 engineers on shifts, the 中心 a 县委宣传部 直属 事业单位 running 电视, 广播, a 客户端 and 公众号 — on
政治建设 (the “第一议题”, monthly 集中学习 and quarterly 研讨, 学时, the “三审三校” and 研判, 安全播出 with 党员带班, 重大选题
请示报告 and the 书面报告), 组织建设 (“三会一课” with the 书记's 党课 on 新闻宣传, 主题党日 with its “三有” and 参加率, 组织生活会
with 整改清单, 发展党员 among young 记者 and 主持人, 党费, 基数 and 平台 准确率), 作用发挥 (“走转改” 蹲点采访 and 基层报道, 先锋岗,
突击队 and 主题报道, 岗位练兵 and 新闻奖, the “问政” 栏目 反馈率 and 志愿服务) and 作风与基础 (有偿新闻 and the 承诺书, 计划 / 小结
/ 总结 / 述职 and 台账, 活动室, 党建专栏 and 信息).

A merged title row and a merged "考核对象：新闻采编党支部、技术播控党支部、综合运营党支部  考核时间：2026年1月" line above the
header 考核项目 | 序号 | 考核内容 | 扣分办法 | 分值 | 考核方式 | 自评分 | 考核分 (分值 AFTER the 扣分办法). The categories are MERGED
CELLS down the 考核项目 column (first), printed on two lines with an ordinal, "一、政治建设\\n（25分）". 序号 (second column, numeric
cells) RESTARTS at 1 in every category (ids "1.1" … "4.3"). 分值 is a plain number. 考核方式 (`Row.method`) says only how the
考核组 checks (查阅资料, 查阅稿件审签单, 查阅值班记录, 向县委网信办核实, 个别访谈, 平台核查, 实地查看); it is no 佐证 column. The two
score columns are blank. A 合计 row and a merged 说明 row close the sheet. Counts partly in Chinese numerals ("百分之九十", "十二篇",
"每季度一次").
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
    name="zzd_rongmeiti_zhibu_xlsx",
    fmt="xlsx",
    title="中共石门县融媒体中心总支部委员会2025年度党支部工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设\n（25分）", 25, (
            Row("落实“第一议题”制度，支部每月组织集中学习不少于1次，每季度至少开展一次专题研讨；党员每年参加集中培训不少于40学时。",
                6,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1分。", "查阅资料"),
            Row("落实意识形态工作责任制和新闻舆论导向管理，稿件、节目严格执行“三审三校”制度，全年无导向性差错；每半年分析研判一次"
                "意识形态形势。", 7,
                "研判每少1次扣1分；未执行“三审三校”的，每发现1次扣1分；出现导向性差错造成不良影响的，实行一票否决，本项不得分。",
                "查阅稿件审签单、查阅资料"),
            Row("技术播控岗位实行党员带班值守，重要时段、重大活动期间党员干部在岗率达到100%；全年无安全播出责任事故和网络安全"
                "事件。", 6,
                "党员带班值守不落实的，每次扣0.5分；发生安全播出责任事故的，每起扣3分；发生网络安全事件的，本项不得分。",
                "查阅值班记录、向县委网信办核实"),
            Row("重大选题、重要稿件和涉及突发事件的报道事先向中心党总支请示报告；支部每半年向中心党总支书面报告一次工作。", 6,
                "重大选题未请示报告的，每次扣1分；书面报告每少1次扣1分。", "查阅资料"),
        )),
        Section("组织建设", "二、组织建设\n（30分）", 30, (
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于2次，其中"
                "至少1次结合新闻宣传业务讲授。", 8,
                "支委会、党小组会每少1次扣0.3分；党员大会、党课每少1次扣0.5分；书记讲党课每少1次扣1分；记录不规范的，酌情扣0.5—1分。",
                "查阅会议记录"),
            Row("每月开展一次主题党日活动，做到有主题、有记录、有照片；党员参加率达到百分之九十以上。", 6,
                "主题党日每少1次扣0.5分；“三有”不全的，每次扣0.2分；参加率每低5个百分点扣0.5分。", "查阅资料"),
            Row("每年召开一次组织生活会，开展民主评议党员，会前开展谈心谈话；会后制定整改清单，并于3个月内完成整改。", 6,
                "未召开组织生活会的扣3分；未开展民主评议的扣2分；未制定整改清单的扣1分；整改不到位的扣0.5分。", "查阅资料、个别访谈"),
            Row("注重在青年记者、主持人、技术骨干中发展党员，年内确定入党积极分子不少于1名；发展对象中35周岁以下的占比不低于80%；"
                "严格执行发展党员工作程序。", 5,
                "未确定积极分子的扣2分；青年占比未达到要求的扣1分；程序不规范的，每处扣1分。", "查阅发展党员档案"),
            Row("党员按月足额交纳党费，每年核定一次交纳基数；聘用制党员组织关系及时转入，“智慧党建”平台党员信息准确率达到100%。", 5,
                "党费未按月交纳的，每人次扣0.2分；未核定基数的扣1分；组织关系未及时转入的，每人扣0.5分；信息每错漏1处扣0.2分。",
                "查阅党费收缴台账、平台核查"),
        )),
        Section("作用发挥", "三、作用发挥\n（30分）", 30, (
            Row("党员记者、编辑深入开展“走基层、转作风、改文风”活动，每名党员采编人员每季度到乡镇（村、社区）蹲点采访一次，全年刊播"
                "基层一线报道不少于十二篇。", 8,
                "蹲点采访每少1人次扣0.2分，最高扣3分；基层报道每少1篇扣0.3分。", "查阅资料"),
            Row("在采编、播控、运营岗位设立党员先锋岗，组建党员重大报道突击队，在重大主题宣传、突发事件报道中冲锋在前；年内策划推出"
                "重大主题报道不少于3组。", 7,
                "未设立先锋岗的扣2分；未组建突击队的扣1分；主题报道每少1组扣1分。", "查阅资料、个别访谈"),
            Row("支部每半年组织一次业务技能培训或岗位练兵，党员参训率达到100%；年内党员作品获得市级以上新闻奖不少于1件。", 7,
                "培训练兵每少1次扣1分；参训率每低10个百分点扣1分；未获市级以上新闻奖的扣2分。", "查阅资料"),
            Row("开设“石门问政”“民生热线”等栏目，党员牵头办理群众通过新媒体平台反映的诉求，办理反馈率达到100%；每季度组织一次党员"
                "志愿服务或“新闻+政务服务”进社区活动。", 8,
                "办理反馈率每低5个百分点扣1分；志愿服务活动每少1次扣1分。", "平台核查、查阅资料"),
        )),
        Section("作风与基础", "四、作风与基础\n（15分）", 15, (
            Row("严禁有偿新闻、新闻敲诈和利用采访报道谋取私利，党员采编人员签订《新闻职业道德承诺书》；每半年开展一次廉政教育或警示"
                "教育。", 6,
                "承诺书每缺1人扣0.2分；教育每少1次扣1分；发生有偿新闻、新闻敲诈问题的，每起扣3分；情节严重的，本项不得分。",
                "查阅资料、向中心纪检委员核实"),
            Row("年初制定支部工作计划，年中形成半年小结，年终形成工作总结并向党总支述职；党员花名册、会议记录、党费收缴台账等资料"
                "齐全规范。", 5,
                "计划、小结、总结、述职每缺1项扣1分；资料不全的，每项扣0.5分。", "查阅资料"),
            Row("支部有党员活动室；在中心新媒体平台开设党建专栏，每月更新不少于2次；每季度向中心党总支报送党建信息一次。", 4,
                "无活动室的扣1分；专栏每月更新不足2次的，每月扣0.2分；信息每少1篇扣0.5分。", "实地查看、平台核查"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "扣分办法", "分值", "考核方式", "自评分", "考核分"]
NOTE = ("说明：1.考核由中心党总支委员会会同办公室、总编室于次年1月组织，采取支部自评、查阅资料、平台核查、个别访谈相结合的方式；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“好”，80—89分的为“较好”，60—79分的为“一般”，60分以下的为"
        "“差”；4.考核结果作为支部评先评优和党员年度考核的重要依据，支部所在部门发生重大播出事故的，不得评为“好”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：新闻采编党支部、技术播控党支部、综合运营党支部  考核时间：2026年1月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.scoring, row.points, row.method, None, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 6, 50, 46, 6, 18, 7, 7))
    wb.save(str(path))
