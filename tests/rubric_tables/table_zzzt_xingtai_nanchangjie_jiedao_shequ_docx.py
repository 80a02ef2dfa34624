"""襄都区南长街街道2025年度社区党组织党建工作考核细则 (.docx), as the 街道党工委 of 河北 邢台 襄都区 南长街 (its 党建办 with the 社区治理办, the
平安办, the 应急办 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 and 党总支 of the old 顺德府 town round the
清风楼: 胡同 and 院落 of the old city, the 1970s and 1980s 宿舍 of the 邢台 棉纺厂, 冶金 and 机械 factories that were sold or closed, their retired
党员 now in the 社区, 老旧小区 with no 物业 beside new 商品房 小区 with an 业委会, the 牛尾河 running through the low 院落 that flooded in the “7·19”
rain of 2016, small shops, 快递员 and 外卖骑手 in every lane: a table whose 考核内容 carries the requirements, each figure printed there, and whose
计分方法 gives a short deduction for each clause, mostly without repeating the figure: 政治引领 (a monthly 集中学习 with 32学时, the 送学上门 and a
yearly 现场教学 at the 抗大陈列馆, a half-yearly 研判 with the 审核 and a 一票否决, the 年初 责任书, the 书记's two 党课, a quarterly 专题会议 and the
年底 述职), 组织建设 (a roster of the 班子 by age and 学历 with the “一肩挑” and the 交叉任职比例, the 网格党支部 覆盖率 with the 临时党支部 of the 老旧
小区, a quarterly 楼栋议事会 and the 组织体系图, the “三会一课” with the monthly 主题党日, the 参加率 and the 签到, the 组织生活会 with 征求意见,
谈心谈话, 整改措施, 民主评议 and the 备案, one 积极分子 a year and "每两年至少发展党员1名" with 党费, a half-yearly 公示 and a quarterly 联系 of the
流动党员), 基层治理 (fifty 走访 a month with the 民情日志, the 按期办结率 and the 满意率 with two steps of deduction, the 组建率 of the “红色物业” with
a monthly 联席会议, a monthly 排查 with the 台账 and the 调解成功率, a yearly 防汛 演练 and a 一票否决, the “四议两公开” with a quarterly 居民议事会
and a quarterly 公开), 服务群众 (the 报到率 with four 志愿服务, three 共驻共建协议, a quarterly 联席会议 and a half-yearly 反馈, the 关爱台账 with a
monthly 探访, the “七一” and 春节 慰问 and six 民生实事 with the 公示, the 服务事项清单, the 值班, two 党群活动 a month and the “暖新驿站”) and 责任落实
(the 年初 计划, a half-yearly 报告, the 年终 总结 and the 档案, a 满意度 测评 scored in bands for the whole 5 points).

The title (bold, centred) and a centred "（考核对象：南长街街道所辖各社区党委、党总支）" line above one table: 序号 | 考核项目 | 考核内容 | 分值 |
计分方法 | 佐证资料. 序号 (FIRST column) runs 1..17 through the whole table, NOT restarting. The categories are MERGED CELLS down the 考核项目 column
(SECOND), printed WITH an ordinal and WITH their points on one line, "一、政治引领（15分）". The 考核内容 is long, every requirement and figure
printed there; the 计分方法 is short, one deduction a clause. 分值 is a plain number BEFORE the 计分方法. 佐证资料 (`Row.method`) names the papers
the 社区 lays out, joined by "、" (once "实地查看" beside them). A 合计 row of 100 closes the table; a "说明：" paragraph and four numbered
paragraphs follow it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月组织一次", "每年…不少于32学时", "每年…开展一次",
"每半年专题研判一次", "年初", "每年…不少于2次", "每季度至少召开一次", "年底", "每季度至少召开一次", "支部委员会每月召开1次，党员大会每季度召开1次，
党小组会每月召开1次，党课每季度1次", "每月固定开展一次", "每年召开一次", "每年开展一次", "年内…不少于1名", "每两年至少发展党员1名", "按月",
"每半年公示一次", "每季度至少联系一次", "每月入户走访不少于50户", "每月召开一次", "每月开展一次", "汛期前组织一次", "每季度召开一次", "每季度
公开一次", "每年…不少于4次", "每季度召开一次", "每半年…反馈一次", "每月至少探访一次", "“七一”、春节期间", "全年…不少于6件", "每月至少开展2次",
"年初", "每半年…报告一次", "年终"); "不少于1名", "不少于3名", "不少于3家"; "百分之五十", "百分之八十", "百分之九十五", "百分之九十",
"百分之七十", "百分之九十八", "100%"; "每缺一项扣1分" once; "最高扣" caps; "酌情扣0.5分" twice, "酌情扣0.5-1分" twice and "酌情扣1-2分" twice;
a 满意率 with two printed steps ("低于90%的扣1分，低于80%的扣2分"); one set of bands (a 满意度 for the whole 5 points closed by "85%以下的不
得分"); two "实行一票否决，本项不得分"; three other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzt_xingtai_nanchangjie_jiedao_shequ_docx",
    fmt="docx",
    title="襄都区南长街街道2025年度社区党组织党建工作考核细则",
    numbering="printed",
    sections=(
        Section("政治引领", "一、政治引领（15分）", 15, (
            Row("落实“第一议题”制度，社区党委每月组织一次集中学习；党员每年参加学习培训不少于32学时，年老体弱党员采取送学上门方式学习；每年"
                "组织党员到前南峪抗大陈列馆等红色教育基地开展一次现场教学。", 5,
                "集中学习每少1次扣0.3分；学时不足的，每人扣0.1分，最高扣1分；未送学上门的扣0.5分；未开展现场教学的扣0.5分。",
                "学习记录、学时登记表、现场教学照片"),
            Row("每半年专题研判一次意识形态工作；社区宣传栏、电子显示屏、居民微信群落实“谁主管谁负责”，发布内容经社区党委书记审核；及时处置"
                "网上负面信息，不发生意识形态领域重大问题。", 5,
                "研判每少1次扣1分；发布内容未经审核的，每次扣0.5分，最高扣2分；负面信息处置不及时的，酌情扣0.5-1分；发生重大问题的，实行"
                "一票否决，本项不得分。", "研判记录、信息审核登记表"),
            Row("社区党委书记年初与街道党工委签订党建工作责任书；每年为党员讲党课不少于2次；每季度至少召开一次党建工作专题会议；年底向街道"
                "党工委述职，接受评议。", 5,
                "未签订的扣1分；党课每少1次扣1分；专题会议每少1次扣0.5分；未述职的扣2分。", "责任书、党课讲稿、会议记录、述职报告"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("社区党委班子成员中35周岁以下的不少于1名，大专及以上学历的不少于3名；社区党委书记通过法定程序担任居委会主任，“两委”成员交叉"
                "任职比例不低于百分之五十；班子成员分工明确，团结协作。", 6,
                "年龄、学历结构每缺一项扣1分；未实行“一肩挑”的扣1分；交叉任职比例每低10个百分点扣0.5分；分工不明确的扣0.5分；班子不团结、"
                "推诿扯皮的，酌情扣1-2分。", "班子成员名册、分工文件"),
            Row("健全“社区党委—网格党支部—楼栋党小组—党员中心户”四级组织体系，网格党支部覆盖率100%；老旧小区、无物业小区成立临时党支部或"
                "党的工作小组；楼栋党小组每季度至少召开一次楼栋议事会。", 6,
                "网格党支部每缺1个扣0.5分，最高扣2分；未成立临时党支部或党的工作小组的，每个小区扣0.5分；楼栋议事会每少1次扣0.2分，最高扣"
                "1.5分；组织体系图未上墙公示的扣0.5分。", "组织架构图、网格党支部设立批复、楼栋议事会记录"),
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每月固定开展一次"
                "主题党日活动，党员参加率不低于百分之八十；会议、活动有签到、有记录。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.2分；无签到或记录不全的，"
                "每次扣0.1分，最高扣1分。", "会议记录本、签到表、活动照片"),
            Row("每年召开一次组织生活会，会前广泛征求意见、开展谈心谈话，会后制定整改措施；每年开展一次民主评议党员，评议结果报街道党工委备案；"
                "对评定为不合格的党员按规定稳妥处置。", 6,
                "未召开组织生活会的扣2分；未征求意见或未开展谈心谈话的，每项扣0.5分；无整改措施的扣0.5分；未开展民主评议的扣1.5分；未备案的"
                "扣0.5分；处置不当的，酌情扣0.5分。", "会议记录、征求意见表、谈心谈话记录、整改清单、民主评议表"),
            Row("年内确定入党积极分子不少于1名，每两年至少发展党员1名；党员按月足额交纳党费，党费收缴情况每半年公示一次；外出流动党员每季度"
                "至少联系一次。", 4,
                "未确定积极分子的扣1分；两年内未发展党员的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.3分；流动党员"
                "失联的，每人扣0.2分。", "发展党员档案、党费收缴台账、公示照片、流动党员台账"),
        )),
        Section("基层治理", "三、基层治理（25分）", 25, (
            Row("推行“党建+网格”，每个网格配备专职网格员；网格员每月入户走访不少于50户，民情日志记录完整；群众诉求按期办结率达到百分之九十五，"
                "“12345”热线工单满意率不低于百分之九十。", 7,
                "走访不足的，每人每月扣0.1分，最高扣2分；民情日志记录不全的，酌情扣0.5分；按期办结率每低1个百分点扣0.2分，最高扣2分；满意率"
                "低于90%的扣1分，低于80%的扣2分。", "网格员名册、民情日志、平台工单统计"),
            Row("推进“红色物业”建设，物业服务企业党组织组建率达到百分之七十以上；社区党委牵头建立小区党支部、业委会、物业服务企业“三方联动”"
                "机制，每月召开一次联席会议；无物业老旧小区由社区兜底实施准物业管理。", 6,
                "组建率每低10个百分点扣0.5分；联席会议每少1次扣0.3分，最高扣2分；兜底管理不到位、群众投诉较多的，酌情扣1-2分；因物业矛盾"
                "引发群体性事件的，本项不得分。", "联席会议记录、实地查看"),
            Row("每月开展一次矛盾纠纷排查，建立排查化解台账，调解成功率达到百分之九十八；汛期前组织一次防汛应急演练，落实党员包楼包院转移责任，"
                "牛尾河沿岸低洼院落群众转移到位；辖区不发生“民转刑”案件和重大安全事故。", 6,
                "排查每少1次扣0.3分；无台账的扣1分；调解成功率每低1个百分点扣0.3分，最高扣1.5分；未开展演练的扣1分；发生“民转刑”案件或"
                "重大安全事故的，实行一票否决，本项不得分。", "排查化解台账、调解卷宗、演练照片"),
            Row("落实“四议两公开”，社区重大事项经党组织提议、“两委”会议商议、党员大会审议、居民代表会议决议；每季度召开一次居民议事会；党务、"
                "居务、财务每季度公开一次。", 6,
                "重大事项未履行程序的，每件扣1分；议事会每少1次扣0.5分；公开每少1次扣0.5分；公开内容不真实的，本项不得分。",
                "会议记录、公开栏照片"),
        )),
        Section("服务群众", "四、服务群众（20分）", 20, (
            Row("在职党员到社区报到率100%，每名报到党员每年参加社区志愿服务不少于4次；与驻区单位签订共驻共建协议不少于3家，每季度召开一次"
                "共建联席会议；社区每半年向报到党员所在单位党组织反馈一次表现情况。", 7,
                "报到率每低5个百分点扣0.5分；志愿服务不足的，每人扣0.1分，最高扣2分；共建协议每少1家扣0.5分；联席会议每少1次扣0.3分；"
                "未反馈的，每次扣0.5分。", "报到花名册、志愿服务记录、共建协议、反馈函"),
            Row("建立独居老人、困难党员、残疾人等特殊群体关爱台账，每月至少探访一次；“七一”、春节期间走访慰问困难党员和老党员；全年办理民生"
                "实事不少于6件，办理结果公示。", 7,
                "无关爱台账的扣1分；探访每少1次扣0.2分，最高扣2分；未走访慰问的扣1分；民生实事每少1件扣0.5分；未公示的扣0.5分。",
                "关爱台账、走访记录、慰问名单、公示照片"),
            Row("社区党群服务中心落实“一站式”服务，服务事项清单上墙公示；实行错时延时服务，节假日有人值班；每月至少开展2次党群活动；为快递员、"
                "外卖骑手等新就业群体设立“暖新驿站”。", 6,
                "服务事项清单未公示的扣0.5分；值班不落实的，发现一次扣0.5分；党群活动每少1次扣0.2分，最高扣2分；未设立“暖新驿站”的扣1分；"
                "场所挪作他用的，本项不得分。", "值班表、活动记录、实地查看"),
        )),
        Section("责任落实", "五、责任落实（10分）", 10, (
            Row("年初制定党建工作计划；每半年向街道党工委报告一次党建工作情况；年终形成党建工作总结；党建档案分类归档、专人管理。", 5,
                "无计划的扣1分；报告每少1次扣0.5分；无总结的扣1分；档案管理不规范的，酌情扣0.5-1分。",
                "工作计划、工作报告、年度总结、档案目录"),
            Row("街道组织党员群众对社区党组织工作开展满意度测评，满意度达到百分之九十以上。", 5,
                "满意度95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", "测评表"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "计分方法", "佐证资料"]
NOTES = (
    "说明：",
    "1.本细则由街道党工委于12月组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行。",
    "2.各项扣分以该项分值为限，扣完为止；佐证资料以2025年度形成的原始资料为准。",
    "3.社区发生严重违纪违法问题、重大安全事故或被市级以上通报批评的，取消年度评先评优资格。",
    "4.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”，考核结果与社区工作者绩效报酬挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：南长街街道所辖各社区党委、党总支）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
