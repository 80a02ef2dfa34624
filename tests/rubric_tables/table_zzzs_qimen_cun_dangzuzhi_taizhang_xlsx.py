"""祁门县2025年度村级党组织党建台账资料规范化检查评分表 (.xlsx), as the 县委组织部 of 安徽 黄山 祁门 (the 乡镇党委 checking their own 村 first
in November, the 组织部's 检查组 re-checking a share of them in December) checks the 台账 kept by the 村党组织 of a mountain county of 祁门红茶:
村 strung along the 阊江 and its valleys where the young have gone to 杭州 and 上海 and the 流动党员 with them, 茶叶专业合作社 and 家庭农场, the
徽州 古村落 with their 祠堂, 留守老人 and 留守儿童, the 森林防火期 from 11月 to the next 4月 and the 汛期 when the 阊江 rises: a checklist of the
台账 a 村 keeps, one line a 台账, what it must hold, a rule that takes points off and the 佐证材料 laid out: 组织设置类 (one roster of the 班子 by
age and 学历 with the “一肩挑”, the 后备力量台账 with two 后备力量 and a half-yearly 考察, the 党小组 with the 编入率 and the 党小组长名单, the 村务
监督委员会 with a quarterly 例会 and a quarterly 审核, the 团支部, 妇联 and 民兵连 with their 名册 and a yearly 汇报), 组织生活类 (the “三会一课”
with the 到会率, the 签到表 and the 视频 截图, the 村党组织书记's two 党课 and the 第一书记's one, the monthly 主题党日 and the 春节 one for the
返乡 党员, the 组织生活会 with 谈心谈话, 征求意见, 民主评议 and the 备案, the “四议两公开” with its 记录 and 公开), 党员管理类 (the 花名册 with a
half-yearly 更新 and the 流动党员台账, a quarterly 联系 and a half-yearly 汇报 of the 流动党员, one 积极分子 a year and "每两年至少发展党员1名"
with the “一人一档” and the 公示, 党费 with a half-yearly 公示, the 积分 with a quarterly 公示 and the 承诺), 发展治理类 (the 集体经济 台账 with the
经营性收入 in bands of 万元, the 联系茶农台账 with two 培训 a year, a monthly 排查 with the 调解成功率, four 巡山 a month in the 防火期 with the 汛前
排查, the 责任区 and the 转移避险名单, the 关爱台账 with a monthly 走访 and the 代办 登记) and 基础保障类 (the 年初 计划 and 责任书, the 自查, the
年底 述职 and 总结, the “六有” with the 经费使用台账 and the 审核, the 档案 with the 目录 and the 交接).

A merged title row, a merged "检查对象：全县各村党组织" line and a merged "乡镇： 村： 检查人员： 检查日期：" line above the header 序号 | 台账名称 |
规范要求 | 评分标准 | 分值 | 佐证材料 | 得分. Each category is a SECTION ROW merged across the whole sheet, printed WITH a bracketed ordinal and its
points on one line, "（一）组织设置类（20分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "5.3"). 台账名称 is the
short name of the 台账 (`Row.indicator`); 规范要求 says what it must hold (`Row.text`). 分值 is a plain number AFTER the 评分标准. 佐证材料
(`Row.method`) names the papers laid out, joined by "、" (once with "现场查看" beside them). 得分 is blank. A 合计 row of 100 and a merged 说明
row close the sheet. Counts in figures and Chinese numerals ("每半年开展一次", "每季度召开一次", "每季度…审核一次", "每年至少听取一次",
"支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年…不少于2次", "每年…不少于1次", "每月10日前后开展
一次", "每年春节期间…一次", "每年召开一次", "每半年更新一次", "每季度…联系一次", "每半年…汇报一次", "年内…不少于1名", "每两年至少发展党员1名",
"按月", "逐月", "每半年公示一次", "每季度公示一次", "每年…不少于1项", "每年…不少于2期", "每月开展一次", "每月…不少于4次", "汛期前开展一次",
"每月走访一次", "年初", "年中", "年底", "年终"); "不少于2名", "不少于5户"; "超过6个月"; "不少于5个工作日"; "百分之八十", "百分之九十五", "100%";
"20万元以上" with bands of 万元; "“六有”缺一项扣0.3分" once; "最高扣" caps; "酌情扣0.5分" four times and "酌情扣0.5-1分" four times; one set of
bands (the 经营性收入 for 3 of the 6 points, closed by "10万元以下的不得分"); one "实行一票否决，本项不得分"; three other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzzs_qimen_cun_dangzuzhi_taizhang_xlsx",
    fmt="xlsx",
    title="祁门县2025年度村级党组织党建台账资料规范化检查评分表",
    numbering="restart",
    sections=(
        Section("组织设置类", "（一）组织设置类（20分）", 20, (
            Row("村“两委”班子成员名册，注明年龄、学历、任职时间；村党组织班子成员中35周岁以下的不少于1名，高中（中专）及以上学历的不少于"
                "2名；村党组织书记通过法定程序担任村委会主任。", 5,
                "无名册的扣1分；35周岁以下成员不足1名的扣1分；高中（中专）及以上学历成员不足2名的扣1分；未实行“一肩挑”的扣1分。",
                "班子成员名册、选举结果报告", indicator="班子成员名册"),
            Row("建立村级后备力量台账，每村储备后备力量不少于2名；后备力量每半年开展一次跟踪考察，有考察记录。", 4,
                "无后备力量台账的扣1分；后备力量每少1名扣0.5分；跟踪考察每少1次扣0.5分；后备力量培养流于形式的，酌情扣0.5分。",
                "后备力量台账、考察记录", indicator="后备力量台账"),
            Row("按自然村（村民组）或产业设置党小组，茶叶专业合作社等党员相对集中的设立产业党小组；党员编入党小组率100%；有党小组长"
                "名单。", 3,
                "党小组设置不合理的，酌情扣0.5-1分；编入率每低5个百分点扣0.5分；无党小组长名单的扣0.5分。", "党小组设置文件、党小组长名单",
                indicator="党小组设置"),
            Row("村务监督委员会主任由村党组织班子成员担任；村务监督委员会每季度召开一次例会；每季度对村级财务收支审核一次，审核意见签字"
                "齐全。", 4,
                "监委会主任非村党组织班子成员的扣1分；例会每少1次扣0.3分；财务审核每少1次扣0.5分；审核意见签字不全的，每次扣0.2分。",
                "例会记录、财务审核意见书", indicator="村务监督台账"),
            Row("村团支部、妇联、民兵连等群团组织健全，有成员名册；村党组织每年至少听取一次群团组织工作汇报。", 4,
                "群团组织每缺1个扣0.5分；无成员名册的扣0.5分；未听取工作汇报的扣1分；群团组织作用发挥不明显的，酌情扣0.5分。",
                "群团组织成员名册、会议记录", indicator="群团组织台账"),
        )),
        Section("组织生活类", "（二）组织生活类（24分）", 24, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员大会到会率不低于百分之八十，外出"
                "务工党员可通过视频方式参会。", 7,
                "会议每少1次扣0.5分，最高扣4分；到会率每低5个百分点扣0.3分；会议记录不规范、内容雷同的，酌情扣0.5-1分。",
                "“三会一课”记录本、签到表、视频参会截图", indicator="“三会一课”记录"),
            Row("村党组织书记每年为党员讲党课不少于2次；驻村第一书记每年讲党课不少于1次。", 2,
                "村党组织书记讲党课每少1次扣0.5分；第一书记未讲党课的扣0.5分；无讲稿的，每次扣0.2分。", "党课讲稿",
                indicator="党课讲稿"),
            Row("每月10日前后开展一次主题党日活动，落实“固定党日+学习、议事、服务”内容；每年春节期间组织返乡流动党员开展一次集中主题"
                "党日。", 5,
                "主题党日每少1次扣0.3分；活动内容单一、流于形式的，酌情扣0.5分；未组织返乡流动党员集中活动的扣1分；无活动照片的扣0.3分。",
                "活动方案、签到表、活动照片", indicator="主题党日记录"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、征求意见；开展民主评议党员，评定结果报乡镇党委备案；对评定为不合格的党员按规定"
                "处置。", 5,
                "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；未征求意见的扣0.5分；未开展民主评议党员的扣1分；评定结果未备案的扣0.5分；"
                "不合格党员未按规定处置的，酌情扣0.5分。", "会议记录、谈心谈话记录、征求意见表、民主评议测评表、备案表",
                indicator="组织生活会记录"),
            Row("村级重大事项执行“四议两公开”，党组织提议、“两委”会议商议、党员大会审议、村民代表会议决议，决议和实施结果公开；“四议两"
                "公开”事项全程记录。", 5,
                "重大事项未履行“四议两公开”程序的，每件扣1分，最高扣3分；记录不完整的，每件扣0.3分；决议和实施结果未公开的，每件扣0.5分。",
                "“四议两公开”记录本、公开照片", indicator="“四议两公开”记录"),
        )),
        Section("党员管理类", "（三）党员管理类（22分）", 22, (
            Row("党员花名册与全国党员管理信息系统数据一致，每半年更新一次；外出流动党员单独建立台账，注明外出地点、联系方式、从事行业。", 4,
                "花名册与系统不一致的，每人扣0.1分，最高扣1分；未按时更新的扣0.5分；无流动党员台账的扣1分；流动党员信息不全的，每人扣0.1分，"
                "最高扣0.5分。", "党员花名册、流动党员台账、系统截图", indicator="党员花名册"),
            Row("与流入地党组织和县驻杭州、上海流动党员党支部建立联系，每季度与外出流动党员联系一次；外出流动党员每半年向村党组织书面汇报"
                "一次思想和工作情况。", 4,
                "联系每少1次扣0.3分，最高扣1.2分；书面汇报每缺1人次扣0.1分，最高扣1分；流动党员失联超过6个月的，每人扣0.5分。",
                "联系记录、书面汇报、微信群截图", indicator="流动党员联系台账"),
            Row("年内确定入党积极分子不少于1名，重点从致富能手、返乡创业青年、退役军人中培养；每两年至少发展党员1名；发展党员“一人一档”，"
                "发展对象公示不少于5个工作日。", 5,
                "未确定积极分子的扣1分；两年内未发展党员的扣1.5分；档案材料每缺1份扣0.2分，最高扣1分；未公示的扣1分；违反程序发展党员的，"
                "本项不得分。", "发展党员档案、公示照片", indicator="发展党员档案"),
            Row("党员按月交纳党费，外出党员可通过线上方式交纳；党费收缴台账逐月登记；党费收缴情况每半年公示一次。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1.5分；台账未逐月登记的，每月扣0.1分；公示每少1次扣0.5分。",
                "党费收缴台账、交纳凭证、公示照片", indicator="党费收缴台账"),
            Row("实行党员积分制管理，积分每季度公示一次，年底积分作为评议党员的重要依据；有劳动能力的党员每年公开承诺不少于1项并践诺。", 5,
                "未实行积分管理的扣1分；积分公示每少1次扣0.3分；无承诺践诺记录的扣1分；承诺事项未践诺的，每人扣0.1分，最高扣1分。",
                "积分台账、公示照片、承诺书", indicator="积分管理台账"),
        )),
        Section("发展治理类", "（四）发展治理类（22分）", 22, (
            Row("建立村级集体经济收支台账和集体资产资源登记台账；村集体经营性收入达到20万元以上；集体经济项目经“四议两公开”程序决策。", 6,
                "无收支台账或资产资源登记台账的，每项扣1分；经营性收入50万元以上的得3分，20万元（含）—50万元的得2分，10万元（含）—20万元的"
                "得1分，10万元以下的不得分；项目未经“四议两公开”程序的，每个扣0.5分。", "收支台账、资产资源登记台账、村级财务报表",
                indicator="集体经济台账"),
            Row("推行“党组织+合作社+茶农”模式，建立党员联系茶农台账，每名党员联系茶农不少于5户；每年组织祁门红茶种植、加工技术培训不少于"
                "2期。", 5,
                "无联系台账的扣1分；党员联系茶农不足5户的，每人扣0.1分，最高扣1分；技术培训每少1期扣1分；产业带动作用不明显的，酌情扣0.5-1分。",
                "联系台账、培训签到表、培训照片", indicator="茶产业党建台账"),
            Row("每月开展一次矛盾纠纷排查，建立排查化解台账；党员调解员参与调解，调解成功率达到百分之九十五；不发生因矛盾纠纷引发的“民转刑”"
                "案件和群体性上访。", 4,
                "排查每少1次扣0.2分；无排查化解台账的扣1分；调解成功率每低1个百分点扣0.2分，最高扣1分；发生“民转刑”案件或群体性上访的，"
                "本项不得分。", "排查化解台账、调解记录", indicator="矛盾纠纷排查台账"),
            Row("森林防火期内每月组织党员巡山护林不少于4次，有巡查记录；汛期前开展一次防汛隐患排查，划分党员责任区，建立危险区域群众转移"
                "避险名单；不发生较大森林火灾。", 5,
                "巡山每少1次扣0.1分，最高扣1.5分；未开展汛前排查的扣1分；未划分党员责任区的扣0.5分；无转移避险名单的扣0.5分；发生较大"
                "森林火灾的，实行一票否决，本项不得分。", "巡查记录、排查台账、转移避险名单", indicator="防火防汛台账"),
            Row("建立留守老人、留守儿童关爱台账，党员每月走访一次；村党群服务中心为群众代办帮办事项有登记。", 2,
                "无关爱台账的扣0.5分；走访每少1次扣0.1分，最高扣1分；无代办登记的扣0.5分。", "关爱台账、走访记录、代办登记本",
                indicator="关爱代办台账"),
        )),
        Section("基础保障类", "（五）基础保障类（12分）", 12, (
            Row("年初制定党建工作计划，与乡镇党委签订党建工作责任书；年中开展一次自查；年底村党组织书记向乡镇党委述职；年终形成年度工作"
                "总结。", 5,
                "无年度计划的扣1分；未签订责任书的扣0.5分；未开展年中自查的扣0.5分；书记未述职的扣1.5分；无年度总结的扣1分。",
                "工作计划、责任书、自查报告、述职报告、年度总结", indicator="计划总结台账"),
            Row("村党群服务中心达到“六有”标准（有场所、有标识、有制度、有设备、有活动、有台账）；村级组织运转经费和服务群众专项经费建立使用"
                "台账，每笔支出经村务监督委员会审核。", 4,
                "“六有”缺一项扣0.3分；无经费使用台账的扣1分；支出未经审核的，每笔扣0.2分，最高扣1分。", "经费使用台账、支出凭证、现场查看",
                indicator="阵地经费台账"),
            Row("党建档案按“一年一盒、一类一册”归档，有目录，专人保管；村干部调整时办理档案交接。", 3,
                "未按要求归档的，酌情扣0.5-1分；无目录的扣0.5分；未办理交接的扣0.5分；发现台账资料造假的，本项不得分。", "档案目录、交接清单",
                indicator="档案管理"),
        )),
    ),
)

HEADER = ["序号", "台账名称", "规范要求", "评分标准", "分值", "佐证材料", "得分"]
NOTE = ("说明：1.本表由乡镇党委于11月组织初查，县委组织部于12月按不低于30%的比例抽查复核；2.各项扣分以该项分值为限，扣完为止；3.村集体"
        "经营性收入以县农业农村局审核的年度财务报表为准；4.检查得分90分以上的为“规范”，75—89分的为“基本规范”，75分以下的为“不规范”，"
        "“不规范”的村限期一个月整改，检查结果与村干部绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村级台账检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "检查对象：全县各村党组织", ncols)
    xlsx_line(ws, "乡镇：              村：              检查人员：              检查日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (6, 13, 44, 48, 6, 22, 7))
    wb.save(str(path))
