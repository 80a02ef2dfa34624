"""虎山镇2025年度村党组织党建工作考核细则 (.xlsx), as the 镇党委 of 辽宁 丹东 宽甸满族自治县 虎山镇 (its 党建办 with the 农业综合服务中心, the
综治中心, the 应急办 and the 镇纪委, a 考核组 of 镇 班子成员 going round the 村 in December) scores the 村党组织 of a 满族 border 镇 on the
鸭绿江 below the 虎山长城: 村 strung along the river with 朝鲜 on the other bank, the 边境线 the 党员 walk with the 边境派出所, 板栗 and 中药材 on the
hills, 柞蚕 in the oak scrub, 民宿 and 农家乐 for the 长城 tourists, the young gone to 丹东 and 沈阳, 留守 and 独居 老人 in houses heated by
火炕 through a long winter, the 森林防火期 of spring and autumn: a table whose 考核要点 carries the requirements, every figure printed there, and
whose 扣分办法 gives a short deduction a clause: 组织建设 (one roster of the “两委” by age and 学历 with a 女性 成员, the “一肩挑” and the 监委会
主任, the 党小组 by 自然屯 or 产业 with the 编入率, the 合作社 and 民宿 党组织 and the 护边小组, the 统一领导 with the “四议两公开” and a quarterly
例会), 队伍建设 (the 书记's five days of 培训, the 年底 述职 with its 满意度 and the 在岗, two 后备力量 with one under 35, the 培养台账, a half-
yearly 考察 and one 回引 a year, one 积极分子 a year and "每两年至少发展党员1名" with the 公示, 24学时 and a yearly 冬春 轮训), 组织生活 (the “三会
一课” with the 书记's two 党课 and the 到会率, the monthly 主题党日 with its “四有” 资料 and the 春节 活动 of the 返乡党员, the 组织生活会 with 谈心
谈话, 征求意见, 民主评议, the 通报, the 备案 and the 整改台账, 党费 with a half-yearly 公示, the 系统 and a quarterly 联系 of the 流动党员 with the
台账), 乡村振兴 (the 经营性收入 in bands of 万元 with the 资产资源台账, the 村民代表会议 and the 公示, the 领办 合作社 with two 致富带头人, the 帮带
and two 培训 a year, two 义务清洁 a month with the 责任区, the 村规民约 with its 备案 and no 大操大办), 边境和基层治理 (four 巡查 a month of the 护边
小组 with the 记录, a quarterly 宣传, the 联建协议 and a 一票否决, a monthly 排查 with the 调解成功率, the 包山头 and a yearly 取暖安全 排查) and 责任
落实 (the 年初 计划 with the 承诺, a yearly 践诺评议 and the 年底 总结, the “六有”, a monthly 党群活动 and the 档案).

A merged title row, a merged "考核对象：全镇各村党组织" line and a merged "村： 考核组： 考核时间：" line above the header 考核项目 | 考核要点 | 扣分
办法 | 分值 | 佐证材料 | 得分. There is NO 序号: the items are numbered by position (1..17). Each category is a SECTION ROW merged across the whole
sheet, printed WITH an ordinal and its points on one line, "一、组织建设（18分）". 考核项目 (FIRST column) is a short sub-label (`Row.indicator`);
考核要点 says what is required (`Row.text`). 分值 is a plain number AFTER the 扣分办法. 佐证材料 (`Row.method`) names the papers the 村 lays out,
joined by "、" (once "现场查看" beside them). 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese
numerals, nearly all in the 考核要点 ("每季度召开一次", "每年…不少于5天", "年底", "每月在岗不少于22天", "每半年开展一次", "年内…不少于1名", "每
两年至少发展党员1名", "每年…不少于24学时", "每年冬春季开展一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每
季度1次", "每年讲党课不少于2次", "每月固定一天", "每年春节期间…一次", "每年召开一次", "按月", "每半年公示一次", "每季度至少联系一次", "每年
…不少于2期", "每月至少参加两次", "每月…不少于4次", "每季度开展一次", "每月开展一次", "春秋两季", "入冬前组织一次", "年初", "年中开展一次",
"年底", "每月至少开展1次"); "不少于2名", "不少于1名", "不少于3名", "不少于1个", "不少于3户"; "不少于5个工作日"; "百分之八十", "百分之九十五",
"100%"; "10万元以上" with bands of 万元; "资料缺一项扣0.1分" once and "“六有”缺一项扣0.3分" once; "最高扣" caps; "酌情扣0.5分" three times, "酌情
扣1分" once and "酌情扣0.5-1分" twice; one set of bands (the 经营性收入 for 4 of the 8 points, closed by "5万元以下的不得分"); one "实行一票否决，本项
不得分"; five other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzzt_kuandian_hushan_zhen_cun_xlsx",
    fmt="xlsx",
    title="虎山镇2025年度村党组织党建工作考核细则",
    numbering="position",
    sections=(
        Section("组织建设", "一、组织建设（18分）", 18, (
            Row("村“两委”班子成员中35周岁以下的不少于1名，高中（中专）及以上学历的不少于3名，至少有1名女性成员；村党组织书记通过法定程序担任"
                "村委会主任；村务监督委员会主任由村党组织纪检委员担任。", 6,
                "年龄、学历结构不达标的，每项扣1分；无女性成员的扣0.5分；未实行“一肩挑”的扣1分；监委会主任未由纪检委员担任的扣0.5分。",
                "“两委”班子成员名册、选举结果报告", indicator="班子结构"),
            Row("按照便于活动、便于管理的原则，以自然屯或产业为单位设置党小组，党员编入党小组率100%；在板栗、中药材等产业合作社和民宿集聚区"
                "建立党组织或党的工作小组；边境一线村设立党员护边小组。", 6,
                "党小组设置不合理的，酌情扣0.5-1分；编入率每低5个百分点扣0.5分；应建未建党组织的，每个扣1分；边境村未设立护边小组的扣1分。",
                "党小组名单、党员编组名册", indicator="组织设置"),
            Row("村党组织统一领导村民委员会、村务监督委员会、村集体经济组织和团支部、妇联、民兵连等各类组织；村级重大事项执行“四议两公开”；"
                "村务监督委员会每季度召开一次例会。", 6,
                "领导体制不顺的，酌情扣1分；重大事项未执行“四议两公开”的，每件扣1分，最高扣3分；例会每少1次扣0.5分。",
                "“四议两公开”记录本、监委会例会记录", indicator="组织体系"),
        )),
        Section("队伍建设", "二、队伍建设（18分）", 18, (
            Row("村党组织书记每年参加县级以上集中培训不少于5天；年底向镇党委述职，述职评议满意度不低于百分之八十；书记坚持坐班值班，每月在岗"
                "不少于22天。", 6,
                "培训不足的扣1分；未述职的扣2分；满意度低于80%的扣1分；无故不在岗的，发现一次扣0.5分，最高扣2分。",
                "培训证书、述职报告、测评表", indicator="书记队伍"),
            Row("每村储备村级后备力量不少于2名，其中35周岁以下的不少于1名；建立后备力量培养台账，每半年开展一次跟踪考察；年内从返乡大学生、"
                "退役军人、外出务工经商人员中回引人才不少于1名。", 6,
                "后备力量每少1名扣1分；无35周岁以下人员的扣0.5分；无培养台账的扣0.5分；考察每少1次扣0.3分；未回引的扣1分。",
                "后备力量名册、培养台账、考察记录", indicator="后备力量"),
            Row("年内确定入党积极分子不少于1名，每两年至少发展党员1名，注重从致富能手、返乡青年中发展党员；发展对象公示不少于5个工作日；农村"
                "党员每年参加集中培训不少于24学时，每年冬春季开展一次党员集中轮训。", 6,
                "未确定积极分子的扣1分；两年内未发展党员的扣1.5分；未公示的扣1分；学时不足的，每人扣0.1分，最高扣1分；未开展集中轮训的扣1分；"
                "违反程序发展党员的，本项不得分。", "发展党员档案、公示照片、学时登记表、轮训签到表", indicator="党员队伍"),
        )),
        Section("组织生活", "三、组织生活（22分）", 22, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；村党组织书记每年讲党课不少于2次；党员大会"
                "到会率不低于百分之八十，外出党员可通过视频方式参会。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；到会率每低5个百分点扣0.3分；会议记录不规范的，酌情扣"
                "0.5分。", "会议记录本、签到表、视频参会截图", indicator="“三会一课”"),
            Row("每月固定一天开展主题党日活动，每次活动有方案、有签到、有记录、有照片；每年春节期间组织返乡党员开展一次集中活动。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；资料缺一项扣0.1分，最高扣1分；未组织返乡党员集中活动的扣1分；活动流于形式的，酌情扣"
                "0.5分。", "活动方案、签到表、活动照片", indicator="主题党日"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、征求群众意见；开展民主评议党员，评议结果在党员大会上通报并报镇党委备案；对评议中"
                "发现的问题建立整改台账。", 6,
                "未召开组织生活会的扣2分；未开展谈心谈话或未征求意见的，每项扣0.5分；未开展民主评议的扣1分；评议结果未通报或未备案的，每项"
                "扣0.5分；无整改台账的扣0.5分。", "会议记录、谈心谈话记录、征求意见表、备案表、整改台账", indicator="组织生活会"),
            Row("党员按月交纳党费，党费收缴情况每半年公示一次；党员信息在全国党员管理信息系统中及时维护；外出流动党员每季度至少联系一次，建立"
                "流动党员台账。", 4,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.3分；信息维护不及时的，每人扣0.1分；联系每少1次扣0.2分；无流动"
                "党员台账的扣0.5分。", "党费收缴台账、公示照片、流动党员台账", indicator="党员管理"),
        )),
        Section("乡村振兴", "四、乡村振兴（20分）", 20, (
            Row("村集体经济年经营性收入达到10万元以上；建立集体资产资源台账；集体经济项目和收益分配方案经村民代表会议讨论通过，分配结果"
                "公示。", 8,
                "经营性收入30万元以上的得4分，10万元（含）—30万元的得3分，5万元（含）—10万元的得2分，5万元以下的不得分；无资产资源台账的扣"
                "1分；项目或分配方案未经村民代表会议讨论的扣1分；分配结果未公示的扣1分；发生集体资产流失的，本项不得分。",
                "村级财务报表、资产资源台账、村民代表会议记录、公示照片", indicator="集体经济"),
            Row("推行“党支部+合作社+农户”模式，村党组织领办合作社不少于1个；培育党员致富带头人不少于2名，每名带头人结对帮带农户不少于3户；"
                "每年组织板栗、中药材种植管护技术培训不少于2期。", 6,
                "未领办合作社的扣1.5分；致富带头人每少1名扣0.5分；结对帮带不落实的，酌情扣0.5-1分；技术培训每少1期扣0.5分。",
                "合作社章程、致富带头人名单、培训签到表", indicator="产业带动"),
            Row("党员每月至少参加两次义务清洁活动，划分党员卫生责任区；修订完善村规民约，报镇党委备案；红白理事会发挥作用，党员带头移风易俗、"
                "不大操大办。", 6,
                "义务清洁每少1次扣0.2分，最高扣1.5分；未划分责任区的扣0.5分；村规民约未备案的扣0.5分；党员大操大办的，每起扣1分；村庄环境"
                "被县级以上通报的，本项不得分。", "活动照片、责任区划分表、村规民约、备案回执", indicator="人居环境和乡风文明"),
        )),
        Section("边境和基层治理", "五、边境和基层治理（14分）", 14, (
            Row("边境村党员参与守边护边，党员护边小组每月沿鸭绿江边境线巡查不少于4次，巡查有记录；每季度开展一次国家安全和边境管理法规宣传；"
                "与边境派出所开展“党建+护边”联建，签订联建协议。", 8,
                "巡查每少1次扣0.2分，最高扣2分；无巡查记录的扣1分；宣传每少1次扣0.5分；未签订联建协议的扣1分；发生涉边案事件未及时报告的，"
                "实行一票否决，本项不得分。", "巡查记录、宣传照片、联建协议", indicator="党员护边"),
            Row("每月开展一次矛盾纠纷排查，调解成功率达到百分之九十五；春秋两季森林防火期实行党员包山头责任制；入冬前组织一次独居、留守老人"
                "取暖安全入户排查。", 6,
                "排查每少1次扣0.3分；调解成功率每低1个百分点扣0.2分，最高扣1分；未落实包山头责任制的扣1分；未开展取暖安全排查的扣1分；发生"
                "较大森林火灾或“民转刑”案件的，本项不得分。", "排查台账、调解卷宗、入户排查记录", indicator="平安建设"),
        )),
        Section("责任落实", "六、责任落实（8分）", 8, (
            Row("年初制定党建工作计划，村党组织书记公开承诺；年中开展一次承诺践诺评议；年底形成年度工作总结。", 4,
                "无计划的扣1分；未公开承诺的扣0.5分；未开展践诺评议的扣0.5分；无总结的扣1分；计划、总结照搬照抄的，酌情扣0.5分。",
                "工作计划、承诺书、评议记录、年度总结", indicator="责任落实"),
            Row("村级党群服务中心标识规范，达到“六有”标准；每月至少开展1次党群活动；党建档案按年度分类归档。", 4,
                "“六有”缺一项扣0.3分；党群活动每少1次扣0.2分，最高扣1.5分；档案未分类归档的扣0.5分；场所闲置或挪作他用的，本项不得分。",
                "活动记录、档案目录、现场查看", indicator="阵地和档案"),
        )),
    ),
)

HEADER = ["考核项目", "考核要点", "扣分办法", "分值", "佐证材料", "得分"]
NOTE = ("说明：1.本细则由镇党委于12月组织考核，采取听取汇报、查阅资料、实地查看、入户走访、民主测评相结合的方式进行；2.各项扣分以该项分值"
        "为限，扣完为止；3.非边境村“党员护边”项目得分按“平安建设”项目得分率折算；4.村集体经济收入以县农业农村局审核的村级财务报表为准；"
        "5.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与村干部绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：全镇各村党组织", ncols)
    xlsx_line(ws, "村：              考核组：              考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 58)
    xlsx_widths(ws, (12, 46, 46, 6, 24, 7))
    wb.save(str(path))
