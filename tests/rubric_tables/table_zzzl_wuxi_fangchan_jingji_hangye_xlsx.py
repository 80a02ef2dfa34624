"""无锡市房地产经纪行业党委2025年度党支部党建工作考核评分表 (.xlsx), as the 房地产经纪行业党委 of 江苏 无锡 (set up under the 市住建局 and the
行业协会, its 党建办 with the 协会 秘书处 and the 党建指导员, a 考核组 in December) scores the 党支部 and 联合党支部 of the city's 经纪机构:
chain 门店 on every 小区's street corner, young 经纪人 moving between brands and cities, 党员 店长 and 区域经理, the 存量房 交易资金 监管, the
房源 核验 and the 投诉 the 住建局 follows, the 门店 opened as “红色驿站” to 外卖 riders and 环卫 workers: 党组织建设 (the 组织覆盖 with the
章程 and a yearly 汇报 of the 出资人, the 支委会, 党员大会 and 党课 with the monthly 主题党日 “线上+线下”, the 参加率, the 签到表 and the 截图,
the 党员信息台账 with two 积极分子 a year and "每两年至少发展党员1名", 党费 with a half-yearly 通报), 诚信经营 (the 持证上岗率 and the 党员
持证率 with the 公示, the 承诺书, the 核验 and the 真实率, the 监管签约率 with the 合同档案, the 首问负责制度 with the 办结率 in bands and a
quarterly 分析整改, a half-yearly 培训 with 16学时 and the 信用评价), 作用发挥 (the 挂牌率 with a yearly “红色经纪人” 评选 and its 公示, the
共建协议 with the “红色驿站” and a quarterly 志愿服务, a half-yearly 青年 活动 with the “七一”、春节 慰问, the 满意度) and 责任落实 (the 年初
计划 with its 备案, a half-yearly 报告, the 年底 述职 and the 年终 总结, the 党员活动室 and the 经费凭证; a deduction-only line on 行政处罚, 党纪
处分 and 失信).

A merged title row, a merged "考核对象：行业党委所属各房地产经纪机构党支部（含联合党支部）" line and a merged "党支部名称： 支部书记：
党员人数：" line above the header 考核类别 | 序号 | 考核指标 | 考核要点 | 扣分标准 | 分值 | 备查资料. The categories are MERGED CELLS down the
考核类别 column (FIRST), printed WITH an ordinal and WITH their points on a SECOND line, "一、党组织建设\n（25分）". 序号 (SECOND column)
RESTARTS at 1 in every category (ids "1.1" … "4.3"). 考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number AFTER the 扣分
标准. 备查资料 (`Row.method`) names the papers the 党支部 lays out, joined by "、" (once with "平台抽查" beside a paper; once "现场查看" beside
a paper; once a way of checking: 行业党委提供). A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese
numerals ("每年至少听取一次", "支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次", "每月开展一次", "年内…不少于2名", "每两年至少
发展党员1名", "每半年…通报一次", "每季度开展一次", "每半年组织一次", "每人每年…不少于16学时", "每年评选一次", "每季度至少参加一次", "每半年
不少于1次", "每年“七一”、春节", "每年组织一次", "每半年…报告一次"); "24小时内"; "3人以上", "不足3人"; "百分之八十", "百分之九十五",
"百分之七十五", "百分之九十", "100%"; "最高扣" caps; "酌情扣1-2分" once and "酌情扣0.5-1分" once; one set of bands (an 办结率 for 3 of the 7
points, closed by "85%以下的不得分"); one "实行一票否决，本项不得分"; three plain "本项不得分"; one line is deduction-only.
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
    name="zzzl_wuxi_fangchan_jingji_hangye_xlsx",
    fmt="xlsx",
    title="无锡市房地产经纪行业党委2025年度党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("党组织建设", "一、党组织建设\n（25分）", 25, (
            Row("党员3人以上的经纪机构（区域）单独建立党支部，不足3人的组建联合党支部；党建工作要求写入企业章程；企业出资人（负责人）每年至少"
                "听取一次党建工作汇报。", 5,
                "符合条件未建立党组织的，每个扣1分；党建工作未写入章程的扣1分；出资人未听取汇报的扣1分。", "党组织成立批复、企业章程",
                indicator="组织覆盖"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；针对经纪人工作时间分散的特点，采取“线上+线下”方式每月开展一次"
                "主题党日，党员参加率不低于百分之七十五。", 8,
                "支委会、党员大会、党课每少1次扣0.5分，最高扣3分；主题党日每少1次扣0.5分；参加率低于75%的，每次扣0.2分，最高扣1分；线上"
                "会议无记录、无截图的，每次扣0.2分。", "会议记录、签到表、线上会议截图", indicator="组织生活"),
            Row("摸清经纪从业人员中的党员底数，建立党员信息台账，流动党员纳入管理、组织关系应转尽转；年内从优秀经纪人、店长中确定入党积极分子"
                "不少于2名，每两年至少发展党员1名。", 7,
                "无党员信息台账的扣1分；党员底数不清、组织关系未转接的，每人扣0.2分，最高扣1分；积极分子每少1名扣0.5分；两年内未发展党员的"
                "扣2分。", "党员信息台账、积极分子名单、发展党员档案", indicator="党员队伍"),
            Row("党员按月足额交纳党费，流动党员可通过线上交纳；党费收缴情况每半年在支部党员大会上通报一次。", 5,
                "未按月交纳的，每人次扣0.1分，最高扣2分；通报每少1次扣0.5分。", "党费收缴台账", indicator="党费管理"),
        )),
        Section("诚信经营", "二、诚信经营\n（35分）", 35, (
            Row("门店经纪从业人员持证上岗率达到百分之八十以上，党员经纪人持证率100%；门店显著位置公示营业执照、备案证明、经纪人员信息和服务"
                "收费标准。", 6,
                "持证上岗率每低5个百分点扣0.5分，最高扣2分；党员经纪人未持证的，每人扣0.5分；公示内容每缺1项扣0.5分。",
                "人员花名册、职业资格证书、门店公示照片", indicator="从业资格"),
            Row("党员门店签订诚信经营承诺书，带头发布真实房源；对外发布的房源信息经核验取得核验编码，房源信息真实率达到百分之九十五以上；不发布"
                "虚假房源、不哄抬房价。", 8,
                "未签订承诺书的扣1分；发布未经核验房源的，每条扣0.5分，最高扣3分；真实率每低1个百分点扣0.5分；被主管部门认定虚假宣传、哄抬"
                "房价的，本项不得分。", "承诺书、房源核验记录、平台抽查", indicator="真实房源"),
            Row("严格执行存量房交易资金监管规定，交易资金监管签约率100%；经纪服务合同使用示范文本；不得挪用、截留客户交易资金。", 7,
                "监管签约率每低1个百分点扣0.5分，最高扣3分；未使用示范文本的，每份扣0.2分，最高扣1分；挪用、截留客户交易资金的，实行一票"
                "否决，本项不得分。", "资金监管协议、合同档案", indicator="资金监管"),
            Row("建立客户投诉首问负责制度，投诉24小时内响应，投诉办结率达到百分之九十五以上；每季度开展一次投诉问题分析整改。", 7,
                "无首问负责制度的扣1分；投诉未及时响应的，每件扣0.3分，最高扣1.5分；办结率95%以上的得3分，90%（含）—95%的得2分，85%（含）"
                "—90%的得1分，85%以下的不得分；分析整改每少1次扣0.5分。", "投诉登记台账、整改记录", indicator="投诉处理"),
            Row("参加行业协会组织的诚信评价，年度信用等级达到B级以上；每半年组织一次从业人员法律法规和职业道德培训，党员经纪人每人每年参加培训"
                "不少于16学时。", 7,
                "信用等级为C级及以下的扣2分；培训每少1次扣1分；党员培训学时不足的，每人扣0.2分，最高扣1分；被列入行业“黑名单”的，本项不"
                "得分。", "信用评价结果、培训记录、学时登记表", indicator="行业自律"),
        )),
        Section("作用发挥", "三、作用发挥\n（25分）", 25, (
            Row("开展“党员示范门店”“红色经纪人”创建，党员门店挂牌率100%，党员亮身份、亮承诺、亮服务；每年评选一次“红色经纪人”，评选结果"
                "公示。", 7,
                "挂牌率每低10个百分点扣1分；未开展评选的扣1分；评选结果未公示的扣0.5分；党员作用发挥不明显、群众反映差的，酌情扣1-2分。",
                "挂牌照片、评选文件", indicator="示范创建"),
            Row("党支部与门店所在社区党组织签订共建协议；门店设立“红色驿站”，为户外劳动者和居民提供饮水、休息等服务；每季度至少参加一次社区"
                "志愿服务或公益活动。", 7,
                "未签订共建协议的扣1分；未设立驿站或驿站未正常开放的扣1分；志愿服务每少1次扣0.5分；服务流于形式的，酌情扣0.5-1分。",
                "共建协议、活动照片", indicator="服务社区"),
            Row("面向青年经纪人开展“青年说”、技能比武等活动，每半年不少于1次；对困难党员、困难从业人员每年“七一”、春节开展走访慰问。", 5,
                "青年活动每少1次扣0.5分；未开展走访慰问的，每次扣1分。", "活动记录、慰问照片", indicator="凝聚青年"),
            Row("行业党委每年组织一次客户满意度测评，门店满意度达到百分之九十以上；全年无有效投诉。", 6,
                "满意度每低5个百分点扣1分；有效投诉每件扣0.5分，最高扣2分。", "测评结果", indicator="群众满意"),
        )),
        Section("责任落实", "四、责任落实\n（15分）", 15, (
            Row("支部书记年初制定支部党建工作计划并报行业党委备案；每半年向行业党委报告一次党建工作情况；年底向行业党委述职；年终形成支部工作"
                "总结。", 8,
                "无年初计划的扣1分；计划未备案的扣0.5分；报告每少1次扣1分；未述职的扣2分；无年终总结的扣1分。",
                "工作计划、工作报告、述职报告、工作总结", indicator="书记责任"),
            Row("利用门店或企业办公场所设立党员活动室（党建角），做到有标识、有制度、有资料；党组织工作经费纳入企业管理费用列支。", 4,
                "无活动场所的扣1分；标识、制度、资料每缺1项扣0.3分；工作经费未落实的扣1分。", "现场查看、经费凭证", indicator="阵地经费"),
            Row("支部党员受到党纪政务处分，门店被住建、市场监管等部门行政处罚或被列为失信主体的（本项为扣分项）。", 3,
                "受到行政处罚的，每起扣1分；党员受到党纪处分的，每人扣1.5分；被列为失信主体的，本项不得分。", "行业党委提供",
                indicator="负面清单"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核指标", "考核要点", "扣分标准", "分值", "备查资料"]
NOTE = ("说明：1.本表由行业党委于12月组织考核，党建指导员不参加所指导党支部的考核，房源核验、资金监管、投诉数据以市住建局平台数据为准；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“五星党支部”，80—89分的为“四星党支部”，70—79分的为“三星党支部”，"
        "70分以下的不评星；4.考核结果向市住建局、市房地产经纪协会通报，作为行业诚信评价加分和评选“党员示范门店”的重要依据。")


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
    xlsx_line(ws, "考核对象：行业党委所属各房地产经纪机构党支部（含联合党支部）", ncols)
    xlsx_line(ws, "党支部名称：                支部书记：                党员人数：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([s.printed if i == 1 else None, i, row.indicator, row.text, row.scoring, row.points, row.method])
            for c in (4, 5, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 6, 11, 46, 46, 6, 22))
    wb.save(str(path))
