"""中共射洪市人民医院委员会2026年度护理党支部党建工作考核评分表 (.xlsx), as a 四川 县级医院党委 (its 党委办公室 running the
check with the 护理部 and the 医务科) scores each 护理党支部 — the 门急诊, 病区 and ICU 护理单元' 支部, their 书记 a 护士长, their
党员 young nurses on three shifts — on 支部建设 (设置 by 护理单元 and the “双带头人” 书记, the 书记's 学时 and 述职, 积极分子 and
the share of young 发展党员, “双培养” and 党员护士长), 组织生活 (“三会一课” held in batches around the shifts, 主题党日 and the
“党建+业务” 党日, 组织生活会 with 谈心谈话, 党费 and its 基数), 护理服务 (先锋岗 and 党徽, the quarterly 护理质量 研究 and 优质护理,
the “延续护理” 随访 and 进社区, 技能比武 and 新技术, a 患者 满意度 survey in bands), 作风建设 (医德医风 and the “九不准”, 关爱
护士 and the “5·12” 慰问, 思想动态 and 网络言行) and 基础工作 (党建园地, 计划小结总结, 台账 and the “智慧党建” 平台).

A merged title row, a merged "考核对象：护理部党支部、门急诊护理党支部、病区护理第一至第三党支部、重症医学护理党支部" line and
a merged "考核周期：2026年1月1日—12月31日　　组织实施：医院党委办公室会同护理部" line above the header 一级指标 | 二级指标 |
考核标准 | 计分方法 | 考核方式 | 分值 | 得分 (分值 AFTER the 考核方式, just before 得分). The categories are MERGED CELLS down the
一级指标 column (first), printed on two lines without an ordinal, "支部建设\\n（20分）". There is NO 序号: items are numbered by
position (1..19). 二级指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 考核方式 (`Row.method`) says only how
the 考核组 checks (查阅资料, 实地查看, 现场抽查, 个别访谈, 向医务科 / 纪检
监察室核实, 第三方调查, 平台核查); it is no 佐证 column. 得分 is blank. A 合计 row
and a merged 备注 row close the sheet.
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
    name="zzb_huli_dangzhibu_xlsx",
    fmt="xlsx",
    title="中共射洪市人民医院委员会2026年度护理党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("支部建设", "支部建设\n（20分）", 20, (
            Row("护理党支部按护理单元设置，党员7人以上的设立支部委员会，党员人数较多的划分党小组；支部书记由护士长中的党员"
                "担任，落实支部书记“双带头人”要求。", 5,
                "支部书记不是“双带头人”的扣2分；应设支委会未设的扣2分；党小组划分不合理的扣1分。", "查阅资料",
                indicator="组织设置"),
            Row("支部书记每年参加医院党委组织的集中轮训不少于32学时；年底向医院党委述职，述职评议好评率不低于85%。", 5,
                "培训学时不足的扣1分；未述职的扣2分；好评率每低5个百分点扣0.5分。", "查阅资料", indicator="书记履职"),
            Row("注重在青年护理骨干、专科护士中发展党员，每年至少确定1名入党积极分子；发展党员中35周岁以下的占比不低于"
                "70%。", 5,
                "未确定入党积极分子的扣2分；青年占比未达到要求的扣1分；违反程序发展党员的，本项不得分。", "查阅发展党员档案",
                indicator="党员发展"),
            Row("实施“双培养”，把党员培养成护理骨干、把护理骨干培养成党员；党员护士长占护士长总数的比例达到60%以上。", 5,
                "党员护士长比例每低10个百分点扣1分；未建立“双培养”台账的扣1分。", "查阅资料", indicator="双培养"),
        )),
        Section("组织生活", "组织生活\n（20分）", 20, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；针对护理人员三班倒"
                "特点可分批次召开，但须在当月内完成。", 8,
                "每缺1次扣0.5分，最多扣5分；分批召开无记录的，每次扣0.5分。", "查阅会议记录", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动；每半年至少开展一次以护理技能、护理伦理为内容的“党建+业务”主题党日。", 4,
                "每少1次扣0.5分。", "查阅资料", indicator="主题党日"),
            Row("每年召开一次组织生活会，会前支部班子成员之间、班子成员与党员之间谈心谈话全覆盖；开展民主评议党员，评议结果"
                "运用于护士绩效考核和评优评先。", 5,
                "未召开组织生活会的扣3分；谈心谈话未全覆盖的扣1分；评议结果未运用的扣1分。", "查阅资料、个别访谈",
                indicator="组织生活会"),
            Row("党员按月足额交纳党费，每年7月核定一次党费交纳基数。", 3,
                "党费未按月交纳的，每人次扣0.2分；未核定基数的扣1分。", "查阅党费收缴台账", indicator="党费收缴"),
        )),
        Section("护理服务", "护理服务\n（35分）", 35, (
            Row("在病区、急诊、ICU等护理单元设立党员先锋岗、党员责任区，党员护士佩戴党员徽章上岗，亮身份率达到100%。", 5,
                "未设立先锋岗的扣2分；未佩戴党徽的，每发现1人次扣0.2分。", "现场抽查", indicator="先锋引领"),
            Row("支部每季度专题研究一次护理质量和患者安全工作，推进优质护理服务病区全覆盖；全年无护理差错引发的医疗纠纷。", 8,
                "专题研究每少1次扣1分；优质护理病区未全覆盖的扣2分；发生护理差错引发医疗纠纷的，每起扣2分；发生重大护理安全"
                "事件的，实行一票否决，本项不得分。", "查阅资料、向医务科核实", indicator="护理质量"),
            Row("组建党员“延续护理”服务队，为出院慢病患者、失能老人提供上门护理和随访服务，全年随访不少于200人次；每季度开展"
                "一次“党员护理进社区”健康宣教。", 8,
                "未组建服务队的扣2分；随访不足200人次的扣2分；进社区活动每少1次扣1分。", "查阅资料", indicator="延续护理"),
            Row("党员护士在护理技能训练中带头，支部每半年组织一次护理技能比武或业务学习，党员护士参训率达到100%；年内开展护理"
                "新技术、新业务不少于1项。", 6,
                "比武或业务学习每少1次扣1分；参训率每低5个百分点扣0.5分；未开展新技术、新业务的扣1分。", "查阅资料",
                indicator="技能提升"),
            Row("医院委托第三方对住院患者开展护理服务满意度调查，满意度在95%以上的得8分，92%（含）—95%的得6分，90%（含）—92%"
                "的得4分，90%以下的不得分。", 8,
                "按调查结果计分；护理服务被患者实名投诉并查实的，每起扣1分。", "第三方调查", indicator="患者评价"),
        )),
        Section("作风建设", "作风建设\n（15分）", 15, (
            Row("每半年开展一次医德医风教育，党员护士签订廉洁从业承诺书；严格执行医疗机构工作人员廉洁从业“九项准则”，不收受"
                "患者“红包”、礼品。", 6,
                "教育每少1次扣1分；承诺书每缺1人扣0.2分；党员护士违反“九项准则”被查实的，每人次扣3分。", "查阅资料、向纪检"
                "监察室核实", indicator="医德医风"),
            Row("建立支部委员联系护士制度，对夜班多、家庭困难的护理人员每季度至少谈心一次；“5·12”国际护士节、春节走访慰问"
                "困难护士。", 5,
                "未建立联系制度的扣1分；谈心每少1次扣0.5分；未开展走访慰问的扣1分。", "查阅资料、个别访谈",
                indicator="关爱护士"),
            Row("落实意识形态工作责任制，每半年分析研判一次护理人员思想动态；规范护理人员网络言行，全年无不当言论造成不良"
                "影响。", 4,
                "研判每少1次扣1分；发生不当网络言论造成不良影响的，本项不得分。", "查阅资料", indicator="思想动态"),
        )),
        Section("基础工作", "基础工作\n（10分）", 10, (
            Row("支部有固定活动场所或与科室示教室共用；党建园地每季度更新一次内容。", 3,
                "无活动场所的扣1分；党建园地每少更新1次扣0.5分。", "实地查看", indicator="阵地建设"),
            Row("年初制定支部工作计划报医院党委，年中形成半年工作小结，年终形成全年工作总结。", 3,
                "每缺1项扣1分。", "查阅资料", indicator="计划总结"),
            Row("党员花名册、“三会一课”记录、党费收缴台账、谈心谈话记录等资料规范完整，按要求录入“智慧党建”平台，录入及时率"
                "达到100%。", 4,
                "资料每缺1项扣0.5分；平台录入不及时的，每次扣0.2分，最多扣1分。", "查阅资料、平台核查", indicator="台账资料"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核标准", "计分方法", "考核方式", "分值", "得分"]
NOTE = ("备注：1.考核每年12月进行，由医院党委办公室会同护理部、医务科、纪检监察室组成考核组，采取查阅资料、现场抽查、个别访谈、"
        "第三方调查相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；3.考核结果与护理单元年度绩效挂钩，得分前两名的支部"
        "推荐评选“五星级党支部”；4.支部所在护理单元发生重大医疗事故的，年度考核不得评为“优秀”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "护理党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "考核对象：护理部党支部、门急诊护理党支部、病区护理第一至第三党支部、重症医学护理党支部", ncols)
    xlsx_line(ws, "考核周期：2026年1月1日—12月31日　　组织实施：医院党委办公室会同护理部", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.scoring, row.method, row.points, None])
            for c in (3, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (11, 11, 52, 46, 16, 6, 7))
    wb.save(str(path))
