"""昆都仑区少先路街道2025年度社区党组织党建工作考核评分表 (.xlsx), as the 街道党工委 of 内蒙古 包头 昆都仑区 少先路 (its 党建办 with the
社区管理办, the 综治中心 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 of the 包钢 家属区 west of the
昆都仑河: 1950s and 1980s 职工 宿舍 turned 老旧小区, 企业退休人员 handed over to the 社区 with their 党组织关系, the “包钢一号高炉” and the
工业遗址 round about, 蒙古族 and 回族 neighbours among the 汉族, 燃气 and 电动自行车 in old stairwells, and the “一网统管” 网格: 基层组织建设
(one roster of the “两委” by age and 学历 with the 书记's 备案 and the 分工, the 网格党支部 覆盖率 and the 楼栋党小组 覆盖率 with the 党员中心户,
the “三会一课” with the monthly 主题党日, the 参加率, the 组织生活会 and 民主评议, the 退休党员 接转率 with the “一人一档”, a half-yearly 走访
and the “七一” 慰问, one 积极分子 a year and "每两年至少发展党员1名" with the 党费 and a half-yearly 公示), 思想政治和民族团结 (the “第一议题”
with a monthly 集中学习, 32学时 and one 现场教学, a quarterly 民族团结 宣传教育 with the 服务台账, a yearly 评选 and a 一票否决, a half-yearly
研判 with the 审核), 治理服务 (fifty 走访 a month with the 及时率 and the 办结率, the 物业 党组织 覆盖率 with a monthly 联席会, the 征求意见 and
the 公示 of the 改造, a monthly 矛盾纠纷排查 and a quarterly 隐患排查 with the 整改台账, the 化解率 and a 一票否决, the 报到率 with four 志愿
服务, three 共建协议 and a half-yearly 联席会议, the 年初 项目清单 with six 实事, the 关爱台账, a monthly 探访 and the 满意度 in bands, the
党群服务中心 with the 值班表 and two 主题活动 a month) and 责任落实 (the 年初 责任书 and 计划, the 半年总结, the 年底 述职 with the 满意率 and
the 年度总结, the “两委” 会议 for the 经费 with a quarterly 公开; a deduction-only line on 八项规定 and 优亲厚友).

A merged title row and a merged "考核对象：少先路街道所辖各社区党委" line above the header 一级指标 | 二级指标 | 考核细则 | 计分方法 | 分值 |
佐证材料 | 得分. There is NO 序号: items are numbered by position (1..17). The categories are MERGED CELLS down the 一级指标 column (FIRST),
printed WITHOUT an ordinal and WITH their points on ONE line, "基层组织建设（30分）". 二级指标 is a short sub-label (`Row.indicator`). 分值
is a plain number AFTER the 计分方法. 佐证材料 (`Row.method`) names the papers the 社区 lays out, joined by "、" (once a way of checking:
区纪委监委、街道纪工委提供). 得分 is blank. A 合计 row of 100 and a merged 备注 row close the sheet. Counts in figures and Chinese numerals
("支部委员会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次", "每月开展一次", "每年召开一次", "每半年至少走访一次", "“七一”期间",
"年内…不少于1名", "每两年至少发展党员1名", "每半年公示一次", "每月至少开展一次", "每年…不少于1次", "每季度开展一次", "每年开展一次", "每半年
分析研判一次", "每月入户走访不少于50户", "每月召开一次", "每季度开展一次", "每年…不少于4次", "每半年召开一次", "全年办结实事不少于6件",
"每月探访一次", "每月至少开展2次", "每季度公开一次"); "不少于32学时", "不少于10户", "不少于7天", "不少于3家", "不少于2名", "不少于3名";
"百分之九十", "百分之八十", "百分之九十五", "百分之九十八", "百分之八十五", "100%"; "最高扣" caps; "酌情扣0.5-1分" twice, "酌情扣1分" twice
and "酌情扣0.5分" once; one set of bands (a 满意度 for 2 of the 6 points, closed by "85%以下的不得分"); two "实行一票否决，本项不得分"; four
plain "本项不得分"; one line is deduction-only.
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
    name="zzzl_baotou_shaoxianlu_jiedao_shequ_xlsx",
    fmt="xlsx",
    title="昆都仑区少先路街道2025年度社区党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("基层组织建设", "基层组织建设（30分）", 30, (
            Row("社区“两委”班子成员中35周岁以下的不少于2名，大专及以上学历的不少于3名；社区党组织书记由区委组织部备案管理；班子成员分工明确，"
                "落实“一岗双责”。", 5,
                "年龄结构不达标的扣1分；学历结构不达标的扣1分；书记未备案的扣1分；分工不明确的扣0.5分；“一岗双责”落实不到位的，酌情扣"
                "0.5-1分。", "班子成员名册、分工文件", indicator="班子队伍"),
            Row("推行“社区党委—网格党支部—楼栋党小组—党员中心户”四级组织体系，网格党支部覆盖率100%，楼栋党小组覆盖率达到百分之九十以上；"
                "每名党员中心户联系服务居民不少于10户。", 6,
                "网格党支部每缺1个扣1分；楼栋党小组覆盖率每低5个百分点扣0.5分；党员中心户联系户数不足的，每人扣0.1分，最高扣1分；组织体系"
                "运行不畅、作用发挥不明显的，酌情扣1分。", "组织架构图、党员中心户名单", indicator="组织体系"),
            Row("严格执行“三会一课”，支部委员会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次；每月开展一次主题党日，党员参加率"
                "达到百分之八十以上；每年召开一次组织生活会，开展民主评议党员。", 7,
                "“三会一课”每少1次扣0.5分，最高扣3分；主题党日每少1次扣0.3分；参加率每低5个百分点扣0.3分；未召开组织生活会的扣1.5分；未开展"
                "民主评议党员的扣1分。", "会议记录、签到表、活动照片", indicator="组织生活"),
            Row("做好企业退休人员社会化管理，退休党员组织关系应转尽转，接转率达到100%；为退休党员建立“一人一档”；70周岁以上老党员每半年至少"
                "走访一次；“七一”期间对“光荣在党50年”老党员上门慰问。", 6,
                "组织关系未及时接转的，每人扣0.2分，最高扣2分；未建立“一人一档”的扣1分；走访每少1人次扣0.1分，最高扣1.5分；未开展慰问的扣"
                "1分。", "接转台账、走访记录、慰问照片", indicator="退休党员管理"),
            Row("年内确定入党积极分子不少于1名，注重从网格员、快递员、外卖送餐员等群体中发展党员，每两年至少发展党员1名；党员按月交纳党费，"
                "党费收缴情况每半年公示一次。", 6,
                "未确定积极分子的扣1分；两年内未发展党员的扣1.5分；党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；发展"
                "党员违反程序的，本项不得分。", "发展党员档案、党费收缴台账", indicator="发展党员和党费"),
        )),
        Section("思想政治和民族团结", "思想政治和民族团结（16分）", 16, (
            Row("落实“第一议题”制度，每月至少开展一次党员集中学习；党员每年参加集中学习培训不少于32学时；用好“包钢一号高炉”等工业遗址资源，"
                "每年开展现场教学不少于1次。", 6,
                "未落实“第一议题”的扣1分；集中学习每少1次扣0.3分；学时不足的，每人扣0.1分，最高扣1.5分；现场教学未开展的扣1分。",
                "学习记录、学时登记表、现场教学照片", indicator="理论学习"),
            Row("深化铸牢中华民族共同体意识工作，每季度开展一次民族团结进步宣传教育活动，推广使用国家通用语言文字；建立少数民族居民服务台账，"
                "困难群众帮扶全覆盖；每年开展一次“民族团结进步模范家庭”评选。", 6,
                "宣传教育活动每少1次扣0.5分；无服务台账的扣1分；帮扶未全覆盖的，酌情扣0.5-1分；评选未开展的扣0.5分；发生影响民族团结事件"
                "的，实行一票否决，本项不得分。", "活动记录、服务台账、活动照片", indicator="民族团结"),
            Row("落实意识形态工作责任制，每半年分析研判一次；社区微信群、宣传栏等阵地专人管理，信息发布先审后发。", 4,
                "研判每少1次扣1分；阵地无专人管理的扣0.5分；信息发布未经审核的，每次扣0.5分；发生意识形态问题造成不良影响的，本项不得分。",
                "研判记录、审核登记表", indicator="意识形态"),
        )),
        Section("治理服务", "治理服务（38分）", 38, (
            Row("落实“一网统管”，专职网格员每月入户走访不少于50户，网格事件上报及时率、办结率均达到百分之九十五以上；网格员每日巡查不少于"
                "2小时。", 7,
                "入户走访不足50户的，每人每月扣0.1分，最高扣2分；上报及时率每低1个百分点扣0.2分；办结率每低1个百分点扣0.2分；巡查不到位的，"
                "酌情扣0.5分。", "走访记录、平台数据", indicator="网格治理"),
            Row("推进“红色物业”建设，有物业小区党组织覆盖率达到百分之八十以上，每月召开一次社区党组织、业委会（物管会）、物业服务企业“三方"
                "联席会”；无物业老旧小区由社区兜底管理；老旧小区改造实施前征求居民意见，改造方案公示不少于7天。", 8,
                "覆盖率未达到的扣1分；联席会每少1次扣0.3分，最高扣2分；无物业小区未落实兜底管理的，每个扣0.5分；改造未征求居民意见的扣1分；"
                "方案未公示的扣0.5分；物业纠纷引发群体性事件的，每起扣2分。", "联席会记录、意见征集表、公示照片", indicator="红色物业"),
            Row("每月开展一次矛盾纠纷排查，每季度开展一次燃气、消防、电动自行车安全隐患排查，建立隐患整改台账；矛盾纠纷化解率达到百分之"
                "九十八以上；辖区不发生“民转刑”案件和较大以上安全事故。", 7,
                "矛盾纠纷排查每少1次扣0.3分；隐患排查每少1次扣0.5分；无整改台账的扣0.5分；化解率每低1个百分点扣0.3分；发生“民转刑”案件或"
                "较大以上安全事故的，实行一票否决，本项不得分。", "排查台账、整改台账、调解记录", indicator="平安建设"),
            Row("推行“街道吹哨、部门报到，社区吹哨、党员报到”，在职党员报到率100%，每名报到党员每年参加社区志愿服务不少于4次；与驻区单位"
                "签订共建协议不少于3家，每半年召开一次共建联席会议。", 6,
                "报到率每低5个百分点扣0.5分；志愿服务不足4次的，每人扣0.1分，最高扣1.5分；共建协议每少1家扣0.5分；联席会议每少1次扣0.5分。",
                "报到党员名册、服务记录、共建协议", indicator="共驻共建"),
            Row("开展“我为群众办实事”，年初制定民生实事项目清单，全年办结实事不少于6件；建立独居、空巢、失能老人和困境儿童关爱台账，每月探访"
                "一次；居民满意度测评达到百分之九十以上。", 6,
                "年初无项目清单的扣1分；实事每少1件扣0.5分；无关爱台账的扣0.5分；探访每少1次扣0.1分，最高扣1分；满意度90%以上的得2分，"
                "85%（含）—90%的得1分，85%以下的不得分。", "项目清单、关爱台账、测评问卷", indicator="民生服务"),
            Row("社区党群服务中心落实“一站式”服务、“一窗受理”，工作日中午和周末节假日安排专人值守；每月至少开展2次面向居民的主题活动。", 4,
                "未落实“一窗受理”的扣0.5分；无人值守的，发现1次扣0.5分；主题活动每少1次扣0.2分，最高扣1.5分；阵地闲置或挪作他用的，本项"
                "不得分。", "值班表、活动记录", indicator="阵地服务"),
        )),
        Section("责任落实", "责任落实（16分）", 16, (
            Row("社区党组织书记年初签订抓党建工作责任书，制定年度工作计划；年中形成半年工作总结；年底向街道党工委述职，述职评议满意率不低于"
                "百分之八十五；年终形成年度工作总结。", 8,
                "未签订责任书的扣1分；无年度计划的扣1分；无半年总结的扣0.5分；未述职的扣2分；满意率每低5个百分点扣0.5分；无年度总结的扣"
                "1分。", "责任书、工作计划、半年总结、述职报告、测评表、年度总结", indicator="书记责任"),
            Row("社区工作经费和服务群众专项经费使用经社区“两委”会议集体研究，居务、财务每季度公开一次。", 4,
                "经费未经集体研究使用的，每笔扣0.5分，最高扣2分；公开每少1次扣0.5分；经费使用不规范被审计指出的，酌情扣1分。",
                "“两委”会议记录、公开照片", indicator="经费公开"),
            Row("社区工作人员违反中央八项规定精神，在低保、住房保障、养老补贴等惠民政策落实中优亲厚友、吃拿卡要（本项为扣分项）。", 4,
                "每发现1起扣2分；受到党纪政务处分的，本项不得分。", "区纪委监委、街道纪工委提供", indicator="负面清单"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核细则", "计分方法", "分值", "佐证材料", "得分"]
NOTE = ("备注：1.本表由街道党工委于12月组织考核，党建办牵头，社区管理办、综治中心、街道纪工委参加；2.各项扣分以该项分值为限，扣完为止；"
        "3.考核得分90分以上的为“好”，80—89分的为“较好”，60—79分的为“一般”，60分以下的为“差”；4.考核结果作为社区党组织书记年度考核、"
        "社区工作者绩效奖励和“北疆先锋”示范社区评选的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：少先路街道所辖各社区党委", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (12, 12, 46, 46, 6, 22, 7))
    wb.save(str(path))
