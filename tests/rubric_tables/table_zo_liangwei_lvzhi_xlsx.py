"""中共英山县温泉镇委员会2026年度村（社区）“两委”班子履职考核评分表 (.xlsx), as a 湖北 镇党委 scores the “两委”班子 of
each 村（社区） as a whole (书记、主任“一肩挑”; 委员 with 分管工作 and 包片联户) on 班子建设、履职尽责、发展实绩、纪律作风 —
the year-end check of how the 班子 did its job, beside (not instead of) the 书记's own 述职评议.

A merged title row, a merged "村（社区）：…  党组织书记：…  “两委”成员：…人（其中交叉任职…人）" line and a right-aligned
"单位：分" line above the header 类别 | 序号 | 考核指标 | 考核要点 | 分值 | 评分标准 | 佐证资料 | 得分. The categories are
MERGED CELLS down the 类别 column (first), printed on two lines "班子建设\\n（20分）". 序号 is the SECOND column and runs
1..19 through the sheet (numeric cells). 考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 佐证资料
(`Row.method`) names the papers the 村（社区） lays out (or who is asked). 得分 is blank. A 合计 row and a merged 说明 row close
the sheet.
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
    name="zo_liangwei_lvzhi_xlsx",
    fmt="xlsx",
    title="中共英山县温泉镇委员会2026年度村（社区）“两委”班子履职考核评分表",
    numbering="printed",
    sections=(
        Section("班子建设", "班子建设\n（20分）", 20, (
            Row("“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的不少于2名；村（社区）党组织书记、主任“一肩挑”，“两委”"
                "成员交叉任职比例符合要求。", 5,
                "无35周岁以下成员的扣2分；大专及以上学历成员不足2名的扣2分；交叉任职比例不符合要求的扣1分。",
                "“两委”成员花名册", indicator="班子结构"),
            Row("严格执行“四议两公开”，村级重大事项经党组织提议、“两委”会议商议、党员大会审议、村（居）民会议或代表会议决议，"
                "决议事项和实施结果向群众公开。", 5,
                "重大事项未履行“四议两公开”程序的，每件扣2分；决议事项和实施结果未公开的，每件扣1分。", "会议记录、公开栏照片",
                indicator="民主决策"),
            Row("每月至少召开1次“两委”联席会议，研究部署重点工作；“两委”成员分工明确，岗位职责公示上墙。", 4,
                "联席会议每少1次扣0.5分；无成员分工表的扣1分；岗位职责未公示的扣0.5分。", "会议记录、成员分工表",
                indicator="联席会议"),
            Row("班子团结协作，书记带头、委员履职尽责；年内无“两委”成员违纪违法、涉黑涉恶问题，无因班子问题引发的集体信访。", 6,
                "班子不团结造成不良影响的，扣2—3分；成员受到党纪政务处分的，每人扣3分；被确定为软弱涣散党组织的，本项不得分。",
                "镇纪委、信访办核实", indicator="团结协作"),
        )),
        Section("履职尽责", "履职尽责\n（30分）", 30, (
            Row("党组织书记履行抓党建第一责任人职责，每年年底向镇党委述职并接受党员群众代表评议，评议“好”等次比例不低于60%。", 5,
                "未述职的扣3分；“好”等次比例每低5个百分点扣0.5分。", "述职报告、评议汇总表", indicator="书记履职"),
            Row("“两委”成员每月填写履职纪实，每季度在“两委”联席会议上报告1次分管工作；年底“两委”成员逐一述职述廉。", 5,
                "履职纪实缺失的，每人次扣0.2分；未报告分管工作的，每人次扣0.5分；未开展述职述廉的扣1分。", "履职纪实本、会议记录",
                indicator="委员履职"),
            Row("建立“两委”成员轮流坐班值班制度和为民代办制度，群众诉求办结率达到95%以上。", 4,
                "制度每缺1项扣0.5分；办结率每低5个百分点扣1分。", "值班日志、代办台账", indicator="便民服务"),
            Row("实行“两委”成员包片联户，每季度走访联系户全覆盖；全年收集解决群众急难愁盼问题不少于10件。", 5,
                "走访未全覆盖的扣1分；解决问题每少1件扣0.5分。", "走访台账、民情日志", indicator="联系群众"),
            Row("每月召开1次支部委员会，每季度召开1次党员大会、上1次党课，每月开展1次主题党日；“两委”成员中的党员带头参加组织"
                "生活。", 6,
                "支委会、党员大会、党课每少1次扣0.5分；主题党日每少1次扣0.3分；“两委”党员成员无故缺席的，每人次扣0.2分。",
                "会议记录、签到表", indicator="组织生活"),
            Row("“两委”成员每年参加镇级以上集中培训不少于5天，党组织书记每年参加县级以上示范培训不少于1次。", 5,
                "培训天数不足的，每人扣0.5分；书记未参加县级以上培训的扣1分。", "培训签到表、结业证书", indicator="学习培训"),
        )),
        Section("发展实绩", "发展实绩\n（30分）", 30, (
            Row("村级集体经济经营性收入较上年增长10%以上；年初制定发展壮大村级集体经济项目方案，报镇党委审核。", 7,
                "增长率每低2个百分点扣1分，最多扣4分；无项目方案的扣2分；方案未报审核的扣1分。", "项目方案、集体经济收支报表",
                indicator="集体经济"),
            Row("推行网格化管理，“两委”成员兼任网格长；每月开展1次矛盾纠纷排查，建立排查化解台账；全年无群体性事件、越级上访和"
                "重大安全事故。", 7,
                "网格长未由“两委”成员兼任的扣1分；排查每少1次扣0.5分；发生越级上访的，每起扣1分；发生群体性事件或重大安全"
                "事故的，本项不得分。", "排查化解台账、镇综治中心核实", indicator="基层治理"),
            Row("党务、村（居）务、财务每季度公开1次，重大事项随时公开；村（居）务监督委员会每月对“三务”公开情况进行监督。", 5,
                "公开每少1次扣1分；公开内容不真实、不完整的，酌情扣1—2分；监督记录缺失的，每月扣0.2分。", "公开栏照片、监督记录",
                indicator="“三务”公开"),
            Row("年初向群众公开承诺办理民生实事不少于3件，年底兑现率达到100%。", 5,
                "未公开承诺的扣2分；兑现率每低10个百分点扣1分。", "承诺事项清单、兑现情况公示照片", indicator="民生实事"),
            Row("镇党委组织党员群众代表对“两委”班子进行满意度测评，参评人数不少于50人。", 6,
                "满意度达到95%及以上的得6分；90%（含）—95%的得5分；85%（含）—90%的得3分；80%（含）—85%的得1分；80%以下"
                "不得分。", "测评汇总表", indicator="群众评价"),
        )),
        Section("纪律作风", "纪律作风\n（20分）", 20, (
            Row("落实村级小微权力清单制度，“两委”成员签订廉洁履职承诺书，镇纪委每半年开展1次廉政谈话。", 5,
                "无小微权力清单的扣2分；未签订承诺书的，每人扣0.5分；廉政谈话每少1次扣1分。",
                "小微权力清单、承诺书、谈话记录", indicator="小微权力"),
            Row("严格执行“村账镇代管”和“一支笔”审批，5000元以上支出须经“两委”联席会议集体研究；每年接受1次镇经管站财务审计，"
                "审计发现问题按期整改。", 5,
                "大额支出未经集体研究的，每笔扣1分；未接受审计的扣2分；审计问题未整改的，每项扣0.5分。",
                "支出审批单、审计报告、整改报告", indicator="财务管理"),
            Row("“两委”成员在低保评定、项目建设、资金发放中不存在优亲厚友、吃拿卡要问题；年内无因作风问题被县级以上通报。", 5,
                "查实优亲厚友、吃拿卡要问题的，每起扣2分；被县级以上通报的扣3分。", "镇纪委核实", indicator="作风建设"),
            Row("年初制定“两委”班子年度工作计划，年终形成工作总结；“两委”会议记录、履职纪实、民主决策等档案资料齐全。", 5,
                "无计划或总结的，每项扣1分；档案资料不齐全的，酌情扣1—3分。", "工作计划、工作总结、档案资料",
                indicator="档案管理"),
        )),
    ),
)

HEADER = ["类别", "序号", "考核指标", "考核要点", "分值", "评分标准", "佐证资料", "得分"]
NOTE = ("说明：1.考核由镇党委组织办牵头，镇纪委、经管站、综治中心参与，于每年12月下旬进行；2.各项扣分以该项分值为限，扣完为止；"
        "3.考核结果分为优秀、称职、基本称职、不称职四个等次，与“两委”成员绩效报酬挂钩，连续两年基本称职以下的，镇党委进行"
        "约谈并督促整改。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "两委班子履职考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "村（社区）：                  党组织书记：              “两委”成员：    人（其中交叉任职    人）", ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring, row.method,
                       None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (10, 6, 11, 50, 6, 46, 20, 7))
    wb.save(str(path))
