"""西吉县将台堡镇2025年度村党组织党建工作目标管理考核评分表 (.xlsx), as the 镇党委 of 宁夏 固原 西吉县 将台堡 (its 党建办 with the 农业
服务中心, the 乡村振兴办, the 综治中心 and the 镇纪委, a 考核组 going round the 村 in December) scores the 村党支部 of the 葫芦河 valley where
the 红军 三大主力 met in October 1936 at the 将台堡 会师纪念园: dry 梯田 on the loess hills, the 马铃薯 and the 西芹 fields, the 肉牛 sheds that
the 合作社 run, the young people gone to work in 福建 through the 闽宁协作, the 移民 villages down the valley, the 防止返贫 监测户 the 村“两委”
visit each month, the 生态护林员 who walk the hills: a table whose 考核内容 is one short line and whose 评分标准 carries the work, each clause a
figure and its deduction: 班子队伍建设 (one roster of the “两委” by age and 学历 "缺一项" with the “一肩挑” and the 交叉任职比例, two 后备力量
with a half-yearly 考察 and a yearly 跟班学习, the 年初 责任书, the 书记's two 党课, the 在岗 days and the 年底 述职, the 值班, the 报备, a quarterly
例会 of the 村务监督委员会 and the 公示), 组织生活和党员管理 (the “三会一课” with the 要素, the monthly 主题党日 on the 5th with the 参加率, the 签到表
and the 照片, the 组织生活会 with 谈心谈话, the 民主评议 and the “七一” 誓词, three days of 培训, a yearly 现场教学 at the 会师纪念园, a quarterly
送学上门 and the 参学率, one 积极分子 a year and "每两年至少发展党员1名" with the 公示, 党费 and a half-yearly 公示, the 流动党员台账 with a
quarterly 联系 and the 联络点 in 福建), 产业发展和乡村振兴 (the 经营性收入 in bands of 万元 with the 台账 and the 收益分配方案, the 合作社 with fifty
户 and two 培训 a year and the 结对, a monthly 走访 of the 监测户 with the 风险消除率 and a 一票否决, a monthly “清洁家园” 志愿服务 with the 覆盖率
and four 巡山 a month, the 闽宁 共建协议 with two 活动 and one 项目 a year and the 公示), 基层治理 (the “四议两公开” with a quarterly 公开, its 照片
and the 审核签字, a monthly 排查 with the 调解成功率, the 村规民约 through the 村民代表会议 with the 备案, the 红白理事会, a yearly 宣传月 and a
quarterly 评选, the 设岗定责 比例 with the 挂牌率, a quarterly 公示 of the 积分 and the 年底 评选) and 党建责任 (the 年初 计划, a quarterly 报告, the
7月底 半年小结, the 年终 总结 and the 年底 满意度 测评 in bands for the whole 5 points).

A merged title row, a merged "考核对象：将台堡镇所辖各村党支部" line and a merged "村： 考核组成员： 考核日期：" line above the header 序号 | 考核
指标 | 考核内容 | 评分标准 | 分值 | 考核方式 | 得分. Each category is a SECTION ROW merged across the whole sheet, printed WITH an ordinal and its
points on one line, "一、班子队伍建设（20分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "5.2"). 考核指标 is a short
sub-label (`Row.indicator`); 考核内容 is one short line; the 评分标准 is long, every clause a figure and its deduction. 分值 is a plain number AFTER
the 评分标准. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 个别谈话, 查阅会议记录, 实地查看, 入户走访, 查阅账目, 系统核查,
问卷测评): no papers. 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, all in the
评分标准 ("每半年…考察一次", "年内…不少于1人次", "年初", "每年…不少于2次", "每月在岗…不少于22天", "年底", "每天", "每季度至少召开一次",
"支部委员会每月召开1次、党员大会每季度召开1次、党小组会每月召开1次、党课每季度1次", "每月5日", "每年召开一次", "“七一”前后", "每年…不少于
3天或24学时", "每年…开展一次", "每季度送学上门一次", "年内…不少于1名", "每两年至少发展党员1名", "按月", "每半年公示一次", "每季度至少…联系
一次", "超过6个月", "每年…不少于2期", "每月至少走访一次", "每月组织…一次", "每月巡山不少于4次", "每年开展…不少于2次", "年内…不少于1项",
"每季度公开一次", "每月开展一次", "每年开展…不少于1次", "每季度开展一次", "每季度公示一次", "年底", "年初", "每季度…报告一次", "7月底前",
"年终", "年底"); "不少于1名", "不少于2名", "不少于1个", "不少于50户", "不少于2户"; "百分之五十", "百分之八十", "百分之七十", "百分之九十",
"百分之九十五", "百分之百", "100%"; "10万元以上" with bands of 万元; "缺一项扣1分" once; "最高扣" caps; "酌情扣0.5分" twice and "酌情扣0.5-1分"
once; two sets of bands (the 经营性收入 for 4 of the 6 points, closed by "3万元以下的不得分"; a 满意度 for the whole 5 points, closed by "70%以下
的不得分"); two "实行一票否决，本项不得分"; five other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzzv_xiji_jiangtaibao_zhen_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="西吉县将台堡镇2025年度村党组织党建工作目标管理考核评分表",
    numbering="restart",
    sections=(
        Section("班子队伍建设", "一、班子队伍建设（20分）", 20, (
            Row("优化村“两委”班子结构。", 5,
                "村“两委”班子成员中35岁以下的不少于1名、大专及以上学历的不少于2名，缺一项扣1分；村党支部书记未通过法定程序担任村委会主任"
                "（“一肩挑”）的扣1分；村“两委”成员交叉任职比例低于百分之五十的扣0.5分；班子成员受到党纪政务处分的，本项不得分。",
                "查阅资料、个别谈话", indicator="班子结构"),
            Row("加强村级后备力量培养。", 4,
                "每村储备35岁以下后备力量不少于2名，每少1名扣0.5分；后备力量未明确培养联系人的扣0.5分；每半年对后备力量开展一次考察，每少1次"
                "扣0.3分；年内选派后备力量到镇直部门或闽宁协作帮扶单位跟班学习不少于1人次，未选派的扣0.5分。", "查阅资料",
                indicator="后备力量"),
            Row("村党支部书记抓党建履职尽责。", 6,
                "年初未与镇党委签订党建工作目标责任书的扣1分；书记每年为党员讲党课不少于2次，每少1次扣0.5分；书记每月在岗时间不少于22天，"
                "不足的每天扣0.1分，最高扣1分；年底未向镇党委述职的扣1.5分；述职评议“不称职”票超过三分之一的，本项不得分。",
                "查阅资料、问卷测评", indicator="书记履职"),
            Row("加强村干部日常管理监督。", 5,
                "村级活动场所每天有人值班，值班不落实的每次扣0.5分；村干部外出未按规定请假报备的，每次扣0.3分；村务监督委员会每季度至少召开"
                "一次例会，每少1次扣0.5分；村干部年度考核结果未公示的扣0.5分。", "实地查看、查阅资料", indicator="村干部管理"),
        )),
        Section("组织生活和党员管理", "二、组织生活和党员管理（25分）", 25, (
            Row("严格落实“三会一课”制度。", 6,
                "支部委员会每月召开1次、党员大会每季度召开1次、党小组会每月召开1次、党课每季度1次，每少1次扣0.5分，最高扣3分；会议记录要素"
                "不全的，每次扣0.2分，最高扣1分；补记、代签会议记录的，本项不得分。", "查阅会议记录", indicator="“三会一课”"),
            Row("规范开展主题党日活动。", 4,
                "每月5日固定开展主题党日活动，每少1次扣0.3分，最高扣1.5分；党员参加率低于百分之八十的，每次扣0.1分，最高扣1分；活动无签到表、"
                "无照片的，每次扣0.1分；外出务工党员未通过线上方式参加的，酌情扣0.5分。", "查阅资料", indicator="主题党日"),
            Row("开好组织生活会和民主评议党员。", 4,
                "每年召开一次组织生活会，未召开的扣2分；会前未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1分；对评定为不合格的党员未按规定"
                "处置的，酌情扣0.5分；“七一”前后未组织党员重温入党誓词的扣0.5分。", "查阅会议记录、个别谈话", indicator="组织生活会"),
            Row("抓好党员学习培训。", 5,
                "党员每年集中培训不少于3天或24学时，不足的每人扣0.1分，最高扣1分；每年组织党员到将台堡红军长征会师纪念园开展一次现场教学，"
                "未开展的扣1分；对年老体弱、行动不便党员每季度送学上门一次，每少1次扣0.2分；党员利用“宁夏党员教育”平台学习，参学率达到百分之"
                "七十，每低10个百分点扣0.3分。", "查阅资料、系统核查", indicator="党员教育"),
            Row("做好发展党员和党费收缴工作。", 3,
                "年内确定入党积极分子不少于1名，未确定的扣1分；每两年至少发展党员1名，两年内未发展的扣1分；发展对象未公示的扣0.5分；党员未按月"
                "交纳党费的，每人次扣0.1分，最高扣0.5分；党费收缴情况每半年公示一次，每少1次扣0.3分；违反程序发展党员的，实行一票否决，本项不"
                "得分。", "查阅资料", indicator="发展党员"),
            Row("加强外出务工流动党员管理。", 3,
                "未建立外出流动党员台账的扣0.5分；每季度至少与外出党员联系一次，每少1次扣0.2分，最高扣1分；未在闽宁协作劳务输出集中地建立流动"
                "党员党小组或联络点的扣0.5分；流动党员失联超过6个月未排查的，每人扣0.5分。", "查阅资料、个别谈话", indicator="流动党员"),
        )),
        Section("产业发展和乡村振兴", "三、产业发展和乡村振兴（25分）", 25, (
            Row("发展壮大村级集体经济。", 6,
                "村集体年经营性收入10万元以上的得4分，5万元（含）—10万元的得3分，3万元（含）—5万元的得2分，3万元以下的不得分；集体资产未建立"
                "台账的扣1分；收益分配方案未经村民代表会议讨论通过的扣1分。", "查阅账目", indicator="集体经济"),
            Row("党支部领办合作社，带动马铃薯、肉牛等特色产业发展。", 5,
                "党支部领办村股份经济合作社或专业合作社不少于1个，未领办的扣2分；合作社带动农户不少于50户，不足的扣0.5分；每年组织农民实用技术"
                "培训不少于2期，每少1期扣0.5分；党员致富带头人结对帮带监测户不少于2户，未结对的每人扣0.2分。", "查阅资料、实地查看",
                indicator="特色产业"),
            Row("巩固拓展脱贫攻坚成果。", 5,
                "村“两委”成员和党员包联防止返贫监测户，每月至少走访一次，每少1次扣0.1分，最高扣1分；监测户风险消除率达到百分之九十，每低5个"
                "百分点扣0.5分；脱贫劳动力外出务工人数低于上年的扣1分；发生规模性返贫的，实行一票否决，本项不得分。", "入户走访、系统核查",
                indicator="防止返贫"),
            Row("改善农村人居环境和生态保护。", 5,
                "每月组织党员开展一次“清洁家园”志愿服务活动，每少1次扣0.3分，最高扣1.5分；生活垃圾收运处置体系覆盖率达到百分之百，每低10个"
                "百分点扣0.5分；生态护林员每月巡山不少于4次，每少1次扣0.1分，最高扣1分；村庄环境被县级以上通报批评的，本项不得分。",
                "实地查看", indicator="生态宜居"),
            Row("深化闽宁协作村企共建。", 4,
                "未与福建结对帮扶企业（村）签订共建协议的扣1分；每年开展共建活动不少于2次，每少1次扣0.5分；年内引进协作项目或帮扶资金不少于1项"
                "（笔），未引进的扣1分；帮扶资金使用情况未公示的扣0.5分。", "查阅资料", indicator="闽宁协作"),
        )),
        Section("基层治理", "四、基层治理（20分）", 20, (
            Row("规范村级民主决策和村务公开。", 5,
                "村级重大事项未执行“四议两公开”的，每件扣1分；党务、村务、财务每季度公开一次，每少1次扣0.5分；公开栏无照片存档的扣0.3分；村务"
                "监督委员会对公开内容未审核签字的，每次扣0.2分。", "实地查看、查阅资料", indicator="民主管理"),
            Row("推进平安乡村建设。", 5,
                "每月开展一次矛盾纠纷排查，每少1次扣0.3分；矛盾纠纷调解成功率达到百分之九十五，每低1个百分点扣0.2分，最高扣1分；发生越级上访的，"
                "每起扣1分；发生“民转刑”案件或重大安全事故的，本项不得分。", "查阅资料、入户走访", indicator="平安建设"),
            Row("推进移风易俗和民族团结进步创建。", 5,
                "村规民约未经村民代表会议表决通过的扣0.5分，未报镇党委备案的扣0.5分；未成立红白理事会的扣0.5分；党员干部带头反对高价彩礼、大操"
                "大办，有违反的每起扣1分；每年开展民族团结进步宣传月活动不少于1次，未开展的扣1分；每季度开展一次“好媳妇”“好婆婆”评选或道德讲堂"
                "活动，每少1次扣0.3分。", "查阅资料、入户走访", indicator="乡风文明"),
            Row("推行农村党员设岗定责和积分管理。", 5,
                "有劳动能力的农村党员设岗定责比例达到百分之八十，每低10个百分点扣0.5分；党员户挂牌率100%，每低5个百分点扣0.2分；党员积分每季度"
                "公示一次，每少1次扣0.3分；年底未依据积分评选优秀党员的扣0.5分。", "查阅资料、实地查看", indicator="党员作用"),
        )),
        Section("党建责任", "五、党建责任（10分）", 10, (
            Row("落实党建工作责任制。", 5,
                "年初未制定党建工作计划的扣1分；每季度向镇党委报告一次党建工作，每少1次扣0.5分；7月底前未报送半年工作小结的扣0.5分；年终未形成"
                "年度工作总结的扣1分；党建档案资料归档不规范的，酌情扣0.5-1分。", "查阅资料", indicator="责任落实"),
            Row("群众满意度测评。", 5,
                "镇党委年底组织党员群众对村党支部开展满意度测评，满意度90%以上的得5分，80%（含）—90%的得4分，70%（含）—80%的得2分，70%以下的"
                "不得分。", "问卷测评", indicator="群众评价"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容", "评分标准", "分值", "考核方式", "得分"]
NOTE = ("说明：1.本表由镇党委于12月组织考核，采取查阅资料、实地查看、入户走访、个别谈话、问卷测评相结合的方式进行；2.各项扣分以该项分值为限，"
        "扣完为止；3.村集体经营性收入以县农业农村局审核的年度财务报表为准，监测户信息以全国防止返贫监测信息系统为准；4.考核得分90分以上的为"
        "“一等”，80—89分的为“二等”，70—79分的为“三等”，70分以下的为“不达标”，考核结果与村干部基本报酬和绩效奖励挂钩，作为评选“五星级”"
        "村党组织的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：将台堡镇所辖各村党支部", ncols)
    xlsx_line(ws, "村：                考核组成员：                考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5, 6):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (6, 11, 22, 68, 6, 14, 7))
    wb.save(str(path))
