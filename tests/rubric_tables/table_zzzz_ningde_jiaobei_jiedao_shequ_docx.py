"""蕉城区蕉北街道2025年度社区党组织党建工作考核评分细则 (.docx), as the 街道党工委 of 福建 宁德 蕉城区 蕉北 (its 党建办 with the 社区治理办,
the 应急办, the 综治中心 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 and 党总支 of the old town on the
三都澳 side of 宁德: the 老街 and 单位 宿舍 with their retired 党员, the new 小区 full of the young 工程师 and 操作工 of the 锂电 factories who came
from every province, the 外卖骑手 and 快递员 who wait outside the 商圈, the 台风 that come in from the sea every summer and the 转移 of the old
people on the low ground, the “四下基层” 作风 the 闽东 党员 are taught (信访接待下基层, 现场办公下基层, 调查研究下基层, 宣传下基层), the 闽东
革命纪念馆 for the 现场教学: a 细则 whose 考核内容 is only a general sentence and whose 评分标准 REPEATS every requirement with its figure and then
its deduction ("每季度召开1次“大党委”联席会议，每少1次扣0.5分"): 组织体系 (the 换届, one roster of the “两委” by age, the 交叉任职 比例 and the
软弱涣散; the 网格党支部 覆盖率, three 党员中心户 a 网格党支部 and the 党员比例 of the 网格员; two 兼职委员, a quarterly “大党委” 联席会议, the
共建协议 and the “三张清单”, three 共建项目 a year; the “暖新驿站”, the 信息台账 of the 新就业群体 党员, a quarterly 座谈会 and four 参与 a year),
党员队伍 (the “三会一课” with the 书记's two 党课, the 要素 and no 补记; the monthly 主题党日 with the 参加率, the 签到表 and 照片; the 组织生活会
with 谈心谈话, 民主评议, 备案 and the 整改清单; two 积极分子, "每两年至少发展党员1名", a half-yearly 考察, the 公示 and a 一票否决; 党费 with a
half-yearly 公布, a quarterly 联系 and the 失联党员; 32学时, a yearly 现场教学 and the 送学上门), 服务群众 (twenty 走访 a month for the 书记, a
monthly 信访接待, the 民情日志 and the 按期办结率; the 报到率, four 志愿服务 a head a year, two a month and the 报到服务台账; the 物业 覆盖率, a
quarterly 联席会议 and the 党员比例 of the 业委会; the 预案 before the end of May, the 包户转移 清单, a yearly 演练, the 值守 and a 一票否决; the
帮扶台账, the “七一”、春节 慰问, a quarterly 上门服务 and the 纪念章) and 基础保障 (the 党群服务中心 with its hours, the 公开, four 活动 a month and
the 功能室; a half-yearly 专题研究 of the 意识形态, the 审核, a quarterly 党务公开 and a monthly 居务公开; the 年初 计划, the 半年小结, the 年终
总结, the 年底 述职 and the 满意度 in bands; a deduction-only line on 处分, 吃拿卡要 and 通报).

The title (bold, centred) and a centred "（考核对象：蕉北街道所辖各社区党委、党总支）" line above one table: 序号 | 考核项目 | 分值 | 考核内容 |
评分标准. Each category is a SECTION ROW merged across the whole table, printed with a BRACKETED ordinal and its points on one line,
"（一）组织体系（20分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.4"). 考核项目 is a short sub-label
(`Row.indicator`); 分值 is a plain number BEFORE the 考核内容; the 考核内容 (`Row.text`) is a general sentence with no figure; the 评分标准 prints
each requirement and its figure and then the deduction, clause by clause. There is no 考核方式 or 佐证 column. One row is a deduction-only line
("（本项为扣分项）"). A 合计 row of 100 closes the table; a "说明：" paragraph with four numbered lines follows it, the third listing the 一票否决
事项 of the 细则. Counts in figures and Chinese numerals, all in the 评分标准 ("不少于1名", "100%", "不少于3户", "不少于2名", "每季度召开1次", "年内
…不少于3个", "不少于1个", "每季度召开1次", "年内…不少于4次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每
季度1次", "每年讲党课不少于2次", "每月开展1次", "每年召开1次", "年内…不少于2名", "每两年至少发展党员1名", "每半年考察1次", "不少于5个工作日",
"按月", "每半年公布1次", "每季度…联系1次", "每年…不少于32学时", "每年…不少于1次", "每月走访…不少于20户", "每月开展1次", "每人每年…不少于4
次", "每月…不少于2次", "每季度召开1次", "每年5月底前", "每年…不少于1次", "“七一”、春节期间", "每季度…不少于1次", "每天开放不少于8小时", "每月
…不少于4场次", "每半年专题研究1次", "每季度不少于1次", "每月1次", "年初", "7月底前", "年终", "年底"); "百分之五十", "百分之六十", "百分之八十",
"百分之九十五", "百分之七十", "百分之五十", "100%"; "最高扣" caps; "酌情扣0.5分" once and "酌情扣1-2分" once; one set of bands (the 满意度 for 2 of
the 6 points closed by "80%以下的不得分"); four "实行一票否决，本项不得分"; four other plain "本项不得分" (the 软弱涣散, the 补记, the 群体性事件, the
独居老人); one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzz_ningde_jiaobei_jiedao_shequ_docx",
    fmt="docx",
    title="蕉城区蕉北街道2025年度社区党组织党建工作考核评分细则",
    numbering="restart",
    sections=(
        Section("组织体系", "（一）组织体系（20分）", 20, (
            Row("社区党组织按期换届，“两委”班子结构合理、团结协作，推行“两委”成员交叉任职。", 5,
                "社区党组织按期换届，未按期换届的扣2分；“两委”班子成员中35周岁以下的不少于1名，每缺1名扣1分；“两委”成员交叉任职比例达到"
                "百分之五十，未达到的扣0.5分；班子不团结、被列为软弱涣散党组织的，本项不得分。", indicator="班子建设"),
            Row("健全“社区党组织—网格党支部—楼栋党小组—党员中心户”组织链条，网格员队伍中党员比例合理。", 5,
                "网格党支部覆盖率达到100%，每少建1个扣0.5分，最高扣2分；每个网格党支部联系党员中心户不少于3户，每少1户扣0.2分，最高扣1分；"
                "专职网格员中党员比例不低于百分之六十，每低10个百分点扣0.5分。", indicator="网格党组织"),
            Row("构建区域化党建格局，吸纳驻区单位参与社区治理，共驻共建常态长效。", 5,
                "吸纳驻区单位党组织负责人担任社区党组织兼职委员不少于2名，每少1名扣0.5分；每季度召开1次“大党委”联席会议，每少1次扣0.5分；"
                "与驻区单位签订共建协议，形成需求、资源、项目“三张清单”，未签订协议的扣1分，未形成清单的扣0.5分；共建项目年内落地不少于3个，"
                "每少1个扣0.3分。", indicator="区域化党建"),
            Row("加强新业态新就业群体党建工作，建好服务阵地，引导新就业群体融入社区、参与治理。", 5,
                "在新就业群体集中的商圈、小区建设“暖新驿站”不少于1个，未建设的扣1.5分；排查登记快递员、外卖骑手、网约车司机中的党员，建立"
                "信息台账，未建立的扣1分；每季度召开1次新就业群体座谈会，每少1次扣0.5分；年内引导新就业群体参与社区治理、志愿服务不少于4次，"
                "每少1次扣0.2分。", indicator="新就业群体党建"),
        )),
        Section("党员队伍", "（二）党员队伍（25分）", 25, (
            Row("严格落实“三会一课”制度，会议记录规范，书记带头讲党课。", 6,
                "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次，每少1次扣0.5分，最高扣3分；社区党组织"
                "书记每年讲党课不少于2次，每少1次扣0.5分；会议记录时间、地点、参会人员、议题等要素不全的，每次扣0.2分，最高扣1分；发现补记、"
                "代签的，本项不得分。", indicator="“三会一课”"),
            Row("每月固定日期开展主题党日，内容丰富、形式多样，党员积极参与。", 4,
                "每月开展1次主题党日，每少1次扣0.3分，最高扣2分；党员参加率不低于百分之八十，每低5个百分点扣0.3分；活动无签到表、无照片的，"
                "每次扣0.2分；活动内容单一、流于形式的，酌情扣0.5分。", indicator="主题党日"),
            Row("每年召开组织生活会，开展民主评议党员，会前谈心谈话，会后抓好整改。", 4,
                "每年召开1次组织生活会，未召开的扣2分；会前开展谈心谈话，未开展的扣0.5分；开展民主评议党员，未开展的扣1分；评议结果报街道"
                "党工委备案，未备案的扣0.5分；查摆问题未形成整改清单的扣0.5分。", indicator="组织生活会"),
            Row("按照“控制总量、优化结构、提高质量、发挥作用”的总要求发展党员，注重从网格员、新就业群体、退役军人中发展。", 4,
                "年内确定入党积极分子不少于2名，每少1名扣0.5分；每两年至少发展党员1名，未完成的扣1.5分；入党积极分子每半年考察1次，每少1次"
                "扣0.3分；发展对象公示不少于5个工作日，未公示的扣1分；违反发展党员程序或“带病入党”的，实行一票否决，本项不得分。",
                indicator="发展党员"),
            Row("加强党员日常管理，党费收缴规范，流动党员、失联党员管理到位。", 4,
                "党员按月交纳党费，未按月交纳的，每人次扣0.1分，最高扣1分；每半年公布1次党费收缴情况，每少1次扣0.5分；每季度与外出流动党员"
                "联系1次，每少1次扣0.2分；失联党员未按规定排查处置的，每人扣0.5分。", indicator="党员管理"),
            Row("抓好党员经常性教育，用好闽东红色资源和“四下基层”教育资源。", 3,
                "党员每年参加集中学习培训不少于32学时，学时不足的，每人扣0.1分，最高扣1分；每年组织党员到闽东革命纪念馆、“四下基层”教育基地"
                "等开展现场教学不少于1次，未开展的扣1分；对年老体弱党员未开展送学上门的扣0.5分。", indicator="教育培训"),
        )),
        Section("服务群众", "（三）服务群众（30分）", 30, (
            Row("传承弘扬“四下基层”优良作风，社区干部常态化进网格、入户走访，群众诉求及时办理。", 6,
                "社区党组织书记每月走访居民不少于20户，每少1户扣0.1分，最高扣1分；每月开展1次信访接待下基层活动，每少1次扣0.3分；建立民情"
                "日志，未建立的扣1分；居民诉求按期办结率达到百分之九十五，每低1个百分点扣0.2分，最高扣1.5分；诉求办理群众不满意、反复投诉的，"
                "每件扣0.2分。", indicator="“四下基层”"),
            Row("推动机关企事业单位在职党员到社区报到，认领岗位、参与服务。", 6,
                "在职党员到社区报到率达到100%，每低5个百分点扣0.5分；在职党员每人每年参加社区志愿服务不少于4次，不足的每人扣0.1分，最高扣"
                "1.5分；社区每月组织党员志愿服务不少于2次，每少1次扣0.3分，最高扣2分；未建立在职党员报到服务台账的扣1分。",
                indicator="“双报到”"),
            Row("推进党建引领物业服务管理，构建社区党组织领导下的居委会、业委会、物业服务企业协调运行机制。", 6,
                "物业服务企业党组织覆盖率达到百分之七十，每低10个百分点扣0.5分；每季度召开1次社区党组织、业委会、物业服务企业联席会议，每少1次"
                "扣0.5分；业委会成员中党员比例不低于百分之五十，低于的扣0.5分；因物业服务纠纷引发群体性事件的，本项不得分。",
                indicator="红色物业"),
            Row("落实防台风防汛责任，党员包片包户，确保群众安全转移。", 6,
                "每年5月底前修订社区防台风防汛应急预案，未修订的扣1分；建立党员包户转移责任清单，未建立的扣1分；每年组织防台风防汛应急演练"
                "不少于1次，未开展的扣1分；台风、暴雨期间党员未按要求到岗值守的，每人次扣0.2分，最高扣1分；因转移不到位造成人员伤亡的，实行"
                "一票否决，本项不得分。", indicator="防台防汛"),
            Row("关心关爱困难群众、独居老人和困难党员、老党员，兜牢民生底线。", 6,
                "建立困难群众、独居老人帮扶台账，未建立的扣1分；“七一”、春节期间走访慰问困难党员、老党员，每少1次扣0.5分；每季度为独居老人"
                "上门服务不少于1次，每少1次扣0.2分；为党龄满50年的党员颁发“光荣在党50年”纪念章，未及时颁发的，每人扣0.2分；发生独居老人"
                "去世多日未被发现等事件造成不良影响的，本项不得分。", indicator="民生关爱"),
        )),
        Section("基础保障", "（四）基础保障（25分）", 25, (
            Row("党群服务中心功能完善、开放规范，服务事项公开上墙。", 6,
                "党群服务中心每天开放不少于8小时，节假日安排轮值，未落实的扣1分；服务事项、办事流程公开上墙，未公开的扣0.5分；每月组织开展"
                "党群活动不少于4场次，每少1场次扣0.2分，最高扣1.5分；功能室挪作他用或长期闲置的，酌情扣1-2分。", indicator="阵地建设"),
            Row("落实意识形态工作责任制，党务、居务公开及时规范。", 7,
                "每半年专题研究1次意识形态工作，每少1次扣1分；社区公众号、居民微信群发布信息实行先审后发，未经审核发布的，每次扣0.5分；党务"
                "公开每季度不少于1次，每少1次扣0.5分；居务公开每月1次，每少1次扣0.3分；发生意识形态领域重大问题造成恶劣影响的，实行一票否决，"
                "本项不得分。", indicator="意识形态和公开"),
            Row("落实党建工作责任制，社区党组织书记履行第一责任人职责。", 6,
                "年初制定党建工作计划，未制定的扣1分；7月底前报送半年工作小结，未报送的扣0.5分；年终形成党建工作总结，未形成的扣1分；社区党"
                "组织书记年底向街道党工委述职，未述职的扣1.5分；居民群众满意度90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分。",
                indicator="责任落实"),
            Row("社区“两委”成员、网格员违反廉洁纪律，侵害群众利益（本项为扣分项）。", 6,
                "社区“两委”成员受到党纪政务处分的，每人扣3分；网格员、社区工作者吃拿卡要被查实的，每起扣1分；被区级以上通报批评的，每次扣"
                "1分；发生违纪违法案件造成恶劣影响的，实行一票否决，本项不得分。", indicator="作风纪律"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "分值", "考核内容", "评分标准"]
NOTES = (
    "说明：",
    "1.本细则由街道党工委于12月组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行。",
    "2.各项扣分以该项分值为限，扣完为止；标注“本项为扣分项”的，未发生相关情形的得满分。",
    "3.一票否决事项：违反发展党员程序或“带病入党”的，防台风防汛转移不到位造成人员伤亡的，发生意识形态领域重大问题造成恶劣影响的，"
    "“两委”成员违纪违法造成恶劣影响的，所在项目不得分，社区党组织年度考核不得评为“好”等次。",
    "4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与社区工作者绩效报酬和评先评优挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：蕉北街道所辖各社区党委、党总支）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.indicator), (2, _fmt(row.points)), (3, row.text), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
