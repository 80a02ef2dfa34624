"""镜湖区赭山街道2025年度社区党建台账资料考核评分表 (.xlsx), as the 街道党工委 of 安徽 芜湖 镜湖区 赭山 (its 党建办 with the 社区治理办,
the 平安办 and the 财政所, a 检查组 going from 社区 to 社区 in December with the 台账 boxes laid out on the table) checks the 台账 of the 社区
党委 and 党总支 round the 赭山 and the 镜湖: 1990s 单位 宿舍 of the 纺织厂 and the 造船厂 with no 物业 beside 商品房 小区 run by 物业服务企业,
the 安徽师范大学 and its retired teachers, the 沿街 shops and 网约车 drivers of the old town, a 网格员 to every few hundred households, the
“邻里和事佬” 调解室 and the “镜湖智慧党建” 平台 where what is on paper must also be online: a checklist of the 台账 each 社区 keeps, one line a
台账, with what it must hold, a rule that takes points off for what is missing and the 佐证材料 laid out for it: 组织建设台账 (one roster of the
班子 by age and 学历 with the 分工文件 and a yearly 履职 报告, the 架构图, the 批复, the 编组率 and the 覆盖率 of the “两新”组织 with its 登记
台账, the “三会一课” with the 书记's two 党课, the 讲稿, the 签到表 and the 缺席 原因, the monthly 主题党日 with the 方案, 签到表 and 照片 and
the 参加率, the 组织生活会 with its 方案, 征求意见, 谈心谈话, 对照检查, 整改清单, 民主评议 and the 备案), 党员管理台账 (the 花名册 with a
quarterly 核对 and the 系统截图, the 流动党员台账 and the 失联党员 排查台账, one 积极分子 a year and "每两年至少发展党员1名" with the
“一人一档” and the 公示, 党费 with a yearly 核定 and a half-yearly 公示, 32学时 with the 学时登记表, a monthly 集中学习 and a quarterly 送学上门,
the 结对帮扶台账 with the 春节 慰问, the 慰问名单 and the 签收单), 服务治理台账 (the monthly 走访 with the 民情日志, the 按期办结率, the 党员
中心户 and their 名单, the 报到率 with two 社区活动, three 共建协议 and a quarterly 联席会议, the 年初 项目清单 with the 需求征集, six 实事, their
公示 and the 满意率 in bands, the 选派 of 物业 党建指导员 with a monthly “三方联动” 议事会 and the 办结率, a monthly 排查 with the 调解记录, a
quarterly 巡查 and the 整改, the 值班表, the 服务事项清单, two 党群活动 a month and the 登记本) and 综合管理台账 (the 年初 计划 and 责任书, the
半年小结, the 年底 述职 and 年度总结, a quarterly 公开 with the 照片 and the 议事会 记录, the 经费使用台账 with the “两委” 会议, the 支出凭证 and
the 固定资产 台账, the 目录, the 平台 and the 交接 with a 一票否决).

A merged title row, a merged "考核对象：赭山街道所辖各社区党委（党总支）" line and a merged "社区： 检查人员： 检查时间：" line above the
header 台账类别 | 序号 | 台账名称 | 资料要求 | 分值 | 扣分标准 | 佐证材料 | 得分. The categories are MERGED CELLS down the 台账类别 column (FIRST),
printed WITH an ordinal and their points on a SECOND line, "一、组织建设台账\\n（26分）". 序号 (SECOND column) runs 1..20 through the whole
sheet, NOT restarting. 台账名称 is the short name of the 台账 (`Row.indicator`); 资料要求 says what it must hold (`Row.text`). 分值 is a plain
number BEFORE the 扣分标准. 佐证材料 (`Row.method`) names the papers laid out, joined by "、". 得分 is blank. A 合计 row of 100 and a merged 说明
row close the sheet. Counts in figures and Chinese numerals ("每年…报告一次", "每月1次", "每季度1次", "每年讲党课不少于2次", "每月开展一次",
"年度", "每季度核对更新一次", "年内…不少于1名", "每两年至少发展党员1名", "逐月", "按月", "每年7月核定一次", "每半年公示一次", "每年…不少于
32学时", "每月", "每季度送学上门一次", "春节前", "每月", "每年…不少于2次", "每季度召开一次", "年初", "全年…不少于6件", "每月召开一次", "每月
排查一次", "每季度开展一次", "每月至少开展2次", "年初", "6月底前", "年底", "每季度公开一次"); "不少于5个工作日", "不少于8小时"; "不少于1名",
"不少于4名", "不少于1户", "不少于10户", "不少于3家"; "百分之九十", "百分之八十", "百分之九十五", "100%"; "缺一项扣0.1分" once and "缺一项扣0.3分"
once; "最高扣" caps; "酌情扣0.5分" twice, "酌情扣1分" once and "酌情扣1-2分" once; one set of bands (a 满意率 for 2 of the 6 points closed
by "80%以下的不得分"); one "实行一票否决，本项不得分"; two other plain "本项不得分".
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
    name="zzzq_wuhu_zheshan_shequ_taizhang_xlsx",
    fmt="xlsx",
    title="镜湖区赭山街道2025年度社区党建台账资料考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设台账", "一、组织建设台账\n（26分）", 26, (
            Row("社区党委班子成员名册（注明年龄、学历、任职时间）；班子成员中35周岁以下的不少于1名，大专及以上学历的不少于4名；班子成员分工"
                "文件；班子成员每年向社区党委报告一次个人履职情况。", 5,
                "无名册的扣1分；年龄、学历结构每项不达标扣0.5分；无分工文件的扣0.5分；履职情况报告每缺1人扣0.2分，最高扣1分。",
                "班子成员名册、分工文件、履职报告", indicator="班子建设台账"),
            Row("社区党委—网格党支部—楼栋党小组组织架构图；网格党支部设置批复文件；党员编入网格党支部、楼栋党小组，编组率100%；辖区“两新”"
                "组织党组织登记台账，党的组织覆盖率不低于百分之九十。", 5,
                "无架构图的扣0.5分；无设置批复的扣1分；编组率每低5个百分点扣0.5分；无登记台账的扣0.5分；“两新”组织党的组织覆盖率低于90%的"
                "扣1分。", "组织架构图、设置批复、党员编组名单、“两新”组织登记台账", indicator="组织设置台账"),
            Row("支部委员会会议每月1次，党员大会每季度1次，党小组会每月1次，党课每季度1次，记录齐全；社区党委书记每年讲党课不少于2次，有讲稿；"
                "会议附签到表，缺席人员注明原因。", 8,
                "“三会一课”记录每缺1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；无讲稿的扣0.5分；无签到表的，每次扣0.1分，最高扣1分；"
                "缺席原因未注明的，酌情扣0.5分。", "会议记录本、签到表、党课讲稿", indicator="“三会一课”台账"),
            Row("每月开展一次主题党日活动，有活动方案、签到表、活动记录和照片；党员参加率不低于百分之八十。", 4,
                "主题党日每缺1次扣0.3分；方案、签到表、照片缺一项扣0.1分，最高扣1分；参加率低于80%的，每次扣0.1分，最高扣0.5分。",
                "活动方案、签到表、活动照片", indicator="主题党日台账"),
            Row("年度组织生活会方案、征求意见表、谈心谈话记录、对照检查材料、会议记录、整改清单；开展民主评议党员，评议结果报街道党工委"
                "备案。", 4,
                "未召开组织生活会的扣2分；方案、征求意见表、谈心谈话记录、对照检查材料、整改清单缺一项扣0.3分；未开展民主评议党员的扣1分；"
                "评议结果未备案的扣0.5分。", "会议记录、征求意见表、谈心谈话记录、民主评议测评表、备案回执", indicator="组织生活会台账"),
        )),
        Section("党员管理台账", "二、党员管理台账\n（22分）", 22, (
            Row("党员花名册（含出生年月、入党时间、学历、所在网格）与全国党员管理信息系统信息一致，每季度核对更新一次；建立流动党员台账和"
                "失联党员排查台账。", 4,
                "无花名册的扣1分；花名册与系统信息不一致的，每人扣0.1分，最高扣1分；核对更新每少1次扣0.2分；无流动党员台账的扣0.5分；无失联"
                "党员排查台账的扣0.5分。", "党员花名册、系统截图、流动党员台账、失联党员排查台账", indicator="党员信息台账"),
            Row("年内确定入党积极分子不少于1名，每两年至少发展党员1名；发展党员材料按“一人一档”归档；发展对象和拟接收预备党员公示不少于5个"
                "工作日。", 5,
                "未确定积极分子的扣1分；两年内未发展党员的扣1分；档案材料每缺1份扣0.2分，最高扣1分；未公示的扣1分；违反程序发展党员的，本项"
                "不得分。", "发展党员档案、公示照片", indicator="发展党员档案"),
            Row("党费收缴台账逐月登记，党员按月足额交纳；每年7月核定一次交纳基数；党费收缴情况每半年公示一次。", 4,
                "台账未逐月登记的，每月扣0.2分；未按月交纳的，每人次扣0.1分，最高扣1分；未核定基数的扣0.5分；公示每少1次扣0.5分。",
                "党费收缴台账、基数核定表、公示照片", indicator="党费收缴台账"),
            Row("党员学时登记表，每名党员每年集中学习培训不少于32学时；每月集中学习有记录；对老弱病残党员每季度送学上门一次。", 5,
                "无学时登记表的扣0.5分；学时不足的，每人扣0.1分，最高扣1.5分；集中学习记录每缺1次扣0.2分；送学上门每少1次扣0.3分。",
                "学时登记表、学习记录、送学上门照片", indicator="教育培训台账"),
            Row("党员结对帮扶困难群众台账，有劳动能力的党员每人结对不少于1户；春节前走访慰问生活困难党员和老党员，有慰问名单和签收单；党员"
                "病重、去世及时探望吊唁。", 4,
                "无结对帮扶台账的扣1分；结对不足1户的，每人扣0.1分，最高扣0.5分；未开展春节慰问的扣1分；无慰问名单或签收单的扣0.5分；探望"
                "吊唁不及时的，酌情扣0.5分。", "结对帮扶台账、慰问名单、签收单", indicator="关怀帮扶台账"),
        )),
        Section("服务治理台账", "三、服务治理台账\n（30分）", 30, (
            Row("网格员每月入户走访，建立民情日志；网格事件分级处置、闭环管理，按期办结率达到百分之九十五；“红色网格”党员中心户每户联系群众"
                "不少于10户。", 6,
                "无民情日志的扣1分；走访记录每缺1个月扣0.2分，最高扣1分；按期办结率每低1个百分点扣0.2分，最高扣2分；党员中心户联系群众不足"
                "10户的，每户扣0.1分，最高扣1分；网格事件未闭环的，每件扣0.1分，最高扣1分。", "民情日志、网格事件台账、党员中心户名单",
                indicator="网格治理台账"),
            Row("在职党员到社区报到花名册，报到率100%；报到党员每年参加社区活动不少于2次，有积分记录；与驻区单位签订共建协议不少于3家，每季度"
                "召开一次“大党委”联席会议。", 5,
                "报到率每低5个百分点扣0.5分；报到党员参加活动不足2次的，每人扣0.1分，最高扣1分；共建协议每少1家扣0.5分；联席会议每少1次扣"
                "0.5分。", "报到党员花名册、积分记录、共建协议、联席会议纪要", indicator="“双报到”台账"),
            Row("年初公开征集民生需求，形成为民办实事项目清单；全年办结实事不少于6件，办理结果公示；居民对实事办理满意率达到百分之九十。", 6,
                "无项目清单的扣1分；实事每少1件扣0.5分；办理结果未公示的扣0.5分；满意率90%以上的得2分，80%（含）—90%的得1分，80%以下的"
                "不得分。", "需求征集表、项目清单、公示照片、满意率测评表", indicator="民生实事台账"),
            Row("物业服务企业党组织组建或党建指导员选派台账；每月召开一次社区党委、业委会、物业服务企业“三方联动”议事会，有会议纪要；物业服务"
                "投诉办结率达到100%。", 5,
                "无组建或选派台账的扣1分；议事会每少1次扣0.3分，最高扣1.5分；投诉办结率每低5个百分点扣0.5分；物业矛盾纠纷处置不当引发群体性"
                "事件的，酌情扣1-2分。", "选派文件、议事会纪要、投诉处理台账", indicator="红色物业台账"),
            Row("矛盾纠纷排查化解台账，每月排查一次；“邻里和事佬”调解室调解记录；每季度开展一次消防、燃气安全巡查，隐患整改有记录。", 4,
                "矛盾纠纷排查每少1次扣0.2分；无调解记录的扣0.5分；安全巡查每少1次扣0.5分；隐患整改无记录的扣0.5分；发生“民转刑”案件的，"
                "本项不得分。", "排查化解台账、调解记录、巡查记录、整改照片", indicator="平安建设台账"),
            Row("党群服务中心值班表、服务事项清单；工作日开放时间不少于8小时；每月至少开展2次党群活动，有活动记录和照片；场所使用登记本。", 4,
                "无值班表或服务事项清单的扣0.5分；开放时间不足的，发现1次扣0.5分；党群活动每少1次扣0.2分，最高扣1分；无活动照片的扣0.3分；"
                "无场所使用登记本的扣0.3分。", "值班表、服务事项清单、活动照片、场所使用登记本", indicator="阵地服务台账"),
        )),
        Section("综合管理台账", "四、综合管理台账\n（22分）", 22, (
            Row("年初制定党建工作计划，与街道党工委签订党建工作目标责任书；6月底前形成半年工作小结；年底社区党委书记向街道党工委述职，形成"
                "年度工作总结。", 6,
                "无年度计划的扣1分；未签订责任书的扣1分；无半年小结的扣0.5分；未述职的扣2分；无年度总结的扣1分。",
                "工作计划、目标责任书、半年小结、述职报告、年度总结", indicator="计划总结台账"),
            Row("党务、居务、财务每季度公开一次，有公开照片存档；社区重大事项经居民议事会协商，有议事记录。", 5,
                "公开每少1次扣0.5分，最高扣2分；无公开照片的，每次扣0.2分；重大事项未经居民议事会协商的，每件扣0.5分；公开内容不真实、不完整"
                "的，酌情扣1分。", "公开照片、议事会记录", indicator="“三务”公开台账"),
            Row("服务群众专项经费使用台账，经费使用经社区“两委”会议研究；支出凭证（发票、审批单）齐全；固定资产登记台账。", 5,
                "无经费使用台账的扣1分；经费使用未经集体研究的，每笔扣0.5分，最高扣2分；支出凭证不全的，每笔扣0.2分，最高扣1分；无固定资产"
                "登记台账的扣0.5分。", "经费使用台账、“两委”会议记录、支出凭证、固定资产登记台账", indicator="经费资产台账"),
            Row("台账资料按“一类一盒”分类装订归档，有总目录；纸质台账与“镜湖智慧党建”平台录入一致；台账专人管理，人员调整时办理交接"
                "手续。", 6,
                "未分类归档的扣1分；无目录的扣0.5分；平台录入与纸质台账不一致的，每项扣0.2分，最高扣1分；无交接手续的扣0.5分；发现台账资料"
                "突击补做、弄虚作假的，实行一票否决，本项不得分。", "台账目录、平台截图、交接单", indicator="台账归档管理"),
        )),
    ),
)

HEADER = ["台账类别", "序号", "台账名称", "资料要求", "分值", "扣分标准", "佐证材料", "得分"]
NOTE = ("说明：1.本表由街道党工委于12月组织检查，采取查阅台账、平台比对、实地查看、随机走访相结合的方式进行；2.各项扣分以该项分值为限，扣完"
        "为止；3.台账资料以当年1月1日至12月31日形成的原始资料为准，复印件须注明原件存放处；4.检查得分90分以上的为“优秀”，75—89分的为"
        "“合格”，75分以下的为“不合格”，“不合格”的社区限期一个月整改，检查结果纳入社区年度综合考核。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账资料检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：赭山街道所辖各社区党委（党总支）", ncols)
    xlsx_line(ws, "社区：                检查人员：                检查时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 6, 12, 44, 6, 44, 22, 7))
    wb.save(str(path))
