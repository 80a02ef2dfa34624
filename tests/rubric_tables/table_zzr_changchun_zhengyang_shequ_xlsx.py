"""中共长春市绿园区正阳街道工作委员会2025年度社区党建工作考核评分表 (.xlsx), as a 吉林 长春 城区 街道党工委 (its 党建办 with the
综治中心, the 城管办, the 财政所 and the 街道纪工委, a 考核组 going round each 社区 in January, a 回访 of the 供热 and 物业 诉求 from
the 12345 platform) scores each 社区党委（党总支） in a 东北 city's words, with the winter's 清冰雪 and 供热 and the 弃管小区 in them:
组织体系建设 (the 网格党组织 覆盖率 with a 党员网格员 in each 网格, the “一肩挑” with the “两委” roster and a 学历 占比, “三会一课” of the
网格党支部 in the city's 统一记录本, the 组织生活会 with 民主评议 and its 公布), 党员教育管理 (a monthly 集中学习 with 32学时 and the
quarterly 送学上门, the monthly 主题党日 with its 参加率 and 方案 / 签到 / 照片, one member in three years with the quarterly 思想汇报 and the
half-yearly 考察, 党费 with its quarterly 公布 and the 流动党员 台账 with a half-yearly 联系, “双报到” with two 活动 and three 清冰雪 services
in winter), 基层治理 (“红色物业” with two rates and the 弃管小区, the 12345 诉求 with the 办结率 and a 满意率 in bands, the monthly 排查
with the 化解率, the quarterly 议事会 with its 公示, eight 实事 with the 帮扶台账 and a monthly 走访, two 隐患排查 before the 供暖期 and
the 汛期 with a 一票否决), 基础保障 (the 党群服务中心 with three 党群活动 a quarter, the 年初 经费使用计划 with the 审批 and the
half-yearly 公开, 计划 / 半年小结 / 总结 and the 资料) and 党风廉政 (the 书记's 年初 责任书 and 年底 述责述廉 with the half-yearly 警示教育,
the 监委会's quarterly 监督检查 and the quarterly “三务” 公开, a deduction-only line).

A merged title row, a merged "考核对象：正阳街道所辖各社区党委（党总支）" line and a merged "社区名称：…  社区党组织书记：…  考核组：…
考核日期：2026年1月" line above the header 考核项目 | 考核指标 | 考核内容 | 分值 | 计分方法 | 佐证资料 | 得分. There is NO 序号: items are
numbered by position (1..21). The categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITHOUT an ordinal on ONE line,
"组织体系建设（20分）". 考核指标 is a short sub-label (`Row.indicator`). 分值 comes BEFORE the 计分方法, a plain number. 佐证资料
(`Row.method`) names the papers the 社区 lays out (once a way of checking, 街道纪工委核实): a 佐证 column. 得分 is blank. A 合计 row and a
merged 说明 row close the sheet. Counts partly in Chinese numerals ("每月组织一次", "每季度…一次", "每半年…一次"); "最高扣" caps;
"近三年至少发展党员1名"; a 满意率 scored in bands ("70%以下不得分" closing them); one rule "酌情扣0.5—1分", one bare "酌情扣分"; one
rule "实行一票否决，本项不得分"; one line is deduction-only.
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
    name="zzr_changchun_zhengyang_shequ_xlsx",
    fmt="xlsx",
    title="中共长春市绿园区正阳街道工作委员会2025年度社区党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织体系建设", "组织体系建设（20分）", 20, (
            Row("按照“社区党委—网格党支部—楼院党小组—党员中心户”设置党组织，网格党组织覆盖率达到100%；每个网格至少配备1名党员网格员。",
                5, "网格党组织覆盖率每低5个百分点扣1分；网格未配备党员网格员的，每个扣0.5分。", "组织架构图、网格员名册",
                indicator="网格党组织"),
            Row("社区党组织书记、居委会主任“一肩挑”；社区“两委”成员中35周岁以下的不少于2名，全日制大专及以上学历的占比不低于70%。", 5,
                "未实行“一肩挑”的扣2分；35周岁以下成员每少1名扣1分；学历占比不达标的扣1分。", "“两委”成员花名册", indicator="“两委”班子"),
            Row("网格党支部每月召开1次支委会、1次党小组会，每季度召开1次党员大会、上1次党课；会议记录使用全市统一的“三会一课”记录本。",
                6, "每少开1次扣0.5分，最高扣4分；未使用统一记录本或记录不规范的，酌情扣0.5—1分。", "会议记录本、签到表",
                indicator="“三会一课”"),
            Row("每年召开1次组织生活会，开展批评和自我批评，开展民主评议党员，评议结果向党员公布。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；评议结果未公布的扣1分。", "会议记录、民主评议表",
                indicator="组织生活会"),
        )),
        Section("党员教育管理", "党员教育管理（20分）", 20, (
            Row("社区党委每月组织一次集中学习，党员年度学习培训不少于32学时；年老体弱、行动不便党员每季度送学上门一次。", 5,
                "集中学习每少1次扣0.3分；学时不达标的，每人扣0.1分，最高扣1分；送学上门每少1次扣0.2分。", "学习记录、学时登记表",
                indicator="学习教育"),
            Row("网格党支部每月开展主题党日活动，党员参加率达到90%以上，活动内容结合社区治理实际。", 4,
                "每少开展1次扣0.5分；参加率低于90%的，每次扣0.2分；活动流于形式的，酌情扣分。", "活动方案、签到表、活动照片",
                indicator="主题党日"),
            Row("近三年至少发展党员1名；入党积极分子每季度提交一次思想汇报，培养联系人每半年考察一次。", 4,
                "三年内未发展党员的扣2分；思想汇报、考察记录每缺1次扣0.2分；发展程序不规范的，本项不得分。", "发展党员档案",
                indicator="发展党员"),
            Row("党员每月按时足额交纳党费，党费收缴情况每季度公布一次；流动党员纳入台账管理，每半年至少联系一次。", 4,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；未公布的，每次扣0.3分；无流动党员台账的扣1分；联系每少1次扣0.2分。",
                "党费收缴台账、公布照片、流动党员台账", indicator="党员管理"),
            Row("在职党员到居住地社区报到率100%，每人每年参加社区活动不少于2次；冬季组织报到党员、党员志愿者开展清冰雪志愿服务不少于"
                "3次。", 3,
                "报到率每低1个百分点扣0.1分；参加活动不足2次的，每人扣0.1分，最高扣1分；清冰雪志愿服务每少1次扣0.5分。",
                "报到台账、清冰雪活动照片", indicator="“双报到”"),
        )),
        Section("基层治理", "基层治理（30分）", 30, (
            Row("推进“红色物业”全覆盖，物业服务企业党组织组建率、党建指导员选派率达到100%；弃管小区落实社区兜底物业服务。", 6,
                "组建率、选派率每低10个百分点各扣1分；弃管小区未落实兜底服务的，每个扣1分。", "物业企业党组织台账、党建指导员名单",
                indicator="红色物业"),
            Row("12345热线和网格事件中的供热、物业等诉求按期办结率达到98%以上，回访满意率达到90%以上。", 6,
                "按期办结率每低1个百分点扣0.5分；满意率90%（含）以上得3分，80%（含）—90%得2分，70%（含）—80%得1分，70%以下不得分。",
                "平台数据截图、回访记录", indicator="诉求办理"),
            Row("社区党组织牵头每月开展一次矛盾纠纷排查，化解率达到95%以上；全年未发生越级上访、群体性事件。", 6,
                "排查每少1次扣0.5分；化解率每低1个百分点扣0.3分；发生越级上访的，每起扣1分；发生群体性事件的，本项不得分。",
                "排查台账、调解记录", indicator="矛盾化解"),
            Row("建立居民议事会，每季度至少召开一次协商议事会议，议事结果在小区公示栏公示。", 4,
                "议事会每少1次扣0.5分；议事结果未公示的，每次扣0.3分。", "议事记录、公示照片", indicator="协商议事"),
            Row("开展“我为群众办实事”，全年办结民生实事不少于8件；为独居老人、困难群众建立帮扶台账，每月走访一次。", 4,
                "实事每少1件扣0.3分；无帮扶台账的扣1分；走访每少1次扣0.2分，最高扣1分。", "实事项目清单、帮扶台账、走访记录",
                indicator="服务群众"),
            Row("供暖期前、汛期前各开展一次安全隐患排查，独居老人燃气、用电安全入户检查全覆盖；辖区未发生较大以上安全事故。", 4,
                "隐患排查每少1次扣1分；入户检查未全覆盖的扣1分；发生较大以上安全事故的，实行一票否决，本项不得分。", "检查台账",
                indicator="安全稳定"),
        )),
        Section("基础保障", "基础保障（15分）", 15, (
            Row("党群服务中心落实“一站式”服务和坐班值班制度，每季度开展党群活动不少于3场。", 5,
                "坐班值班制度未落实的扣1分；党群活动每少1场扣0.3分；阵地挪作他用的，本项不得分。", "值班表、活动照片",
                indicator="阵地建设"),
            Row("社区党组织工作经费和服务群众专项经费年初制定使用计划，严格执行审批程序，经费使用情况每半年公开一次。", 5,
                "无使用计划的扣1分；未履行审批程序的，每笔扣0.3分；未公开的，每次扣0.5分；违规使用经费的，本项不得分。",
                "经费使用计划、支出审批单", indicator="经费管理"),
            Row("年初制定党建工作计划，年中报送半年工作小结，年终形成全年工作总结；党员花名册、会议记录等资料分类归档。", 5,
                "计划、小结、总结每缺1项扣1分；资料归档不规范的，酌情扣0.5—1分。", "工作计划、半年小结、年度总结",
                indicator="基础资料"),
        )),
        Section("党风廉政", "党风廉政（15分）", 15, (
            Row("社区党组织书记年初与街道党工委签订党风廉政建设责任书，年底述责述廉；每半年开展一次廉政警示教育。", 5,
                "未签订责任书的扣1分；未述责述廉的扣2分；警示教育每少1次扣1分。", "责任书、述责述廉报告", indicator="责任落实"),
            Row("居务监督委员会列席社区“两委”会议，每季度开展一次监督检查；党务、居务、财务每季度公开一次。", 5,
                "监督检查每少1次扣0.5分；“三务”公开每少1次扣0.5分；公开内容与实际不符的，每项扣0.5分。", "监督检查记录、公开栏照片",
                indicator="监督公开"),
            Row("社区工作人员遵守廉洁纪律，不推诿扯皮、不吃拿卡要（本项为扣分项）。", 5,
                "社区“两委”成员受到党纪政务处分的，每人扣3分；被街道通报批评的，每次扣1分；发生“微腐败”问题被查处的，本项不得分。",
                "街道纪工委核实", indicator="纪律作风"),
        )),
    ),
)

HEADER = ["考核项目", "考核指标", "考核内容", "分值", "计分方法", "佐证资料", "得分"]
NOTE = ("说明：1.本表由街道党工委组织考核组于次年1月实施，采取社区自查、查阅资料、实地查看、入户走访、电话回访相结合的方式；2.各项扣分"
        "以该项分值为限，扣完为止；3.考核得分90分以上的为“好”等次，80分至89分的为“较好”，70分至79分的为“一般”，70分以下的为“差”；"
        "4.考核结果作为社区党组织评先评优、社区工作者绩效考核和星级评定的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党建考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：正阳街道所辖各社区党委（党总支）", ncols)
    xlsx_line(ws, "社区名称：                社区党组织书记：              考核组：              考核日期：2026年1月", ncols)
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
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (14, 11, 50, 6, 46, 20, 7))
    wb.save(str(path))
