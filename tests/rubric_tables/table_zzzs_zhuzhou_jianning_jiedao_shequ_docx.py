"""芦淞区建宁街道2025年度社区党组织工作考核评分细则 (.docx), as the 街道党工委 of 湖南 株洲 芦淞区 建宁 (its 党建办 with the 社会治理办, the
平安办, the 市场服务中心 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 of an old 工业 district beside the
湘江 and the biggest 服装批发 market of central China: 1950s and 1960s 厂 宿舍 of the 株洲 factories with no 物业 left, new 商品房 小区 with an
业委会, the 芦淞服饰市场 片区 where tens of thousands of 商户, 档口 workers and 电商 主播 come and go, 快递员, 外卖送餐员 and 网约车司机 in every
street, the “暖新驿站” for them, the 12345 热线 and the 网格化服务管理平台 every 诉求 goes through: a table scored by 一级指标 and 二级指标:
政治建设 (a monthly 集中学习 with 32学时 and a half-yearly 专题研讨, a half-yearly 研判 with the 审核 of what is posted and a 一票否决, the 年初
责任书, the 书记's two 党课 and the 年底 述职 with its 满意度), 组织建设 (a roster of the 班子 with the 交叉任职比例, the 小区（网格）党支部 覆盖率
with the 商户 党组织 and the 党员中心户, the “三会一课” with the 主题党日, the 组织生活会 and 民主评议, two 积极分子 a year and "每两年至少发展
党员1名" with 党费 and a half-yearly 排查, the 党群服务中心 with two 党群活动 a month), 基层治理 (forty 走访 a month with the 准确率, the 按期办结率
and the 工单 满意率 in bands, the “红色物业” 覆盖率 with a quarterly 议事会, the “党建+市场” 共建协议 with a quarterly 联合检查 and the 挂牌率, a
monthly 排查 with the 调解成功率 and four 巡逻 a month, a quarterly 居民议事会 with the 公示, a quarterly 公开 and five 实事) and 服务群众 (the
报到率 with four 志愿服务, two 实事 of the 共建单位 and a half-yearly 反馈, the 关爱台账 with a monthly 探访 and the “四点半课堂”, the “暖新驿站”
with a quarterly 关爱活动, and a 满意度 测评 scored in bands for the whole 7 points).

The title (bold, centred) and a centred "（考核对象：建宁街道所辖各社区党委）" line above one table with TWO HEADER ROWS: the first row prints
"考核指标" merged over the first two columns, then 考核内容 | 分值 | 评分标准 | 考核方式, each merged down over both header rows; the second row
prints 一级指标 | 二级指标 under "考核指标". No 序号 column. The 一级指标 are MERGED CELLS down the first column, printed WITHOUT an ordinal and
WITH their points on one line, "政治建设（15分）". 二级指标 is a short sub-label (`Row.indicator`); 考核内容 says what is required (`Row.text`).
分值 is a plain number BEFORE the 评分标准. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 抽查学时, 实地查看, 民主测评, 个别
谈话, 查阅会议记录, 查阅档案, 查阅台账, 系统核查, 入户抽查, 问卷测评): no papers. A 合计 row of 100 closes the table; a "说明：" paragraph and four
numbered paragraphs follow it. Counts in figures and Chinese numerals ("每月至少开展一次", "每年…不少于32学时", "每半年…开展一次", "每半年专题研判
一次", "年初", "每年…不少于2次", "年底", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次",
"每年召开一次", "年内…不少于2名", "每两年至少发展党员1名", "按月", "每半年开展一次", "每周开放不少于6天", "每月至少开展2次", "每月入户走访不少于
40户", "每季度召开一次", "每季度开展一次", "每月开展一次", "每月…不少于4次", "每季度至少召开一次", "每季度公开一次", "年内…不少于5件", "每年…
不少于4次", "每年…不少于2件", "每半年…反馈一次", "每月探访不少于1次", "暑期…不少于1期", "每季度开展一次"); "不少于500平方米"; "不少于1名", "不少于
10户", "不少于2家", "不少于10人"; "百分之八十五", "百分之六十", "百分之九十五", "百分之九十八", "百分之九十", "百分之八十", "100%"; "最高扣" caps;
"酌情扣0.5分" twice, "酌情扣1分" once, "酌情扣0.5-1分" once and "酌情扣1-2分" three times; two sets of bands (a 工单 满意率 for 3 of the 8 points closed by "85%以下的
不得分", a 满意度 for the whole 7 points closed by "85%以下的不得分"); two "实行一票否决，本项不得分"; three other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzs_zhuzhou_jianning_jiedao_shequ_docx",
    fmt="docx",
    title="芦淞区建宁街道2025年度社区党组织工作考核评分细则",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            Row("落实“第一议题”制度，社区党委每月至少开展一次集中学习；党员每年参加学习培训不少于32学时；每半年围绕党的创新理论开展一次"
                "专题研讨。", 5,
                "集中学习每少1次扣0.3分；学时不足的，每人扣0.1分，最高扣1.5分；专题研讨每少1次扣0.5分；学习流于形式的，酌情扣0.5分。",
                "查阅资料、抽查学时", indicator="理论武装"),
            Row("每半年专题研判一次社区意识形态工作；社区宣传栏、电子屏、居民微信群明确专人管理，发布信息经审核；不发生意识形态领域重大"
                "问题。", 4,
                "研判每少1次扣0.5分；阵地未明确专人管理的扣1分；发布信息未经审核的，每次扣0.3分；发生意识形态领域重大问题的，实行一票否决，"
                "本项不得分。", "查阅资料、实地查看", indicator="意识形态"),
            Row("社区党委书记年初签订党建工作责任书；每年为党员讲党课不少于2次；年底向街道党工委述职，述职测评满意度不低于百分之八十五。", 6,
                "未签订责任书的扣1分；讲党课每少1次扣1分；未述职的扣2分；述职测评满意度低于85%的扣1分。", "查阅资料、民主测评",
                indicator="书记抓党建"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            Row("社区党委成员中35周岁以下的不少于1名；社区“两委”成员交叉任职比例达到百分之六十以上；班子团结协作，无违纪违法问题。", 5,
                "无35周岁以下成员的扣1分；交叉任职比例每低10个百分点扣0.5分；班子不团结、推诿扯皮的，酌情扣1-2分；班子成员受到党纪政务处分"
                "的，本项不得分。", "查阅资料、个别谈话", indicator="班子建设"),
            Row("健全“社区党委—小区（网格）党支部—楼栋党小组—党员中心户”组织体系，小区（网格）党支部覆盖率100%；芦淞服饰市场片区社区建立"
                "市场商户党支部或联合党支部；党员中心户每户联系群众不少于10户。", 5,
                "小区（网格）党支部每缺1个扣0.5分，最高扣2分；市场片区社区未建立商户党组织的扣1分；党员中心户联系群众不足10户的，酌情扣"
                "0.5-1分。", "查阅资料、实地查看", indicator="组织体系"),
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；每月开展一次"
                "主题党日；每年召开一次组织生活会，开展民主评议党员。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；主题党日每少1次扣0.3分，最高扣2分；未召开组织生活会的扣2分；未开展民主评议党员的"
                "扣1分；组织生活流于形式的，酌情扣1分。", "查阅会议记录", indicator="组织生活"),
            Row("年内确定入党积极分子不少于2名，每两年至少发展党员1名，注重从市场商户、快递员、外卖送餐员等新就业群体中发展党员；党员按月"
                "足额交纳党费；每半年开展一次流动党员、失联党员排查。", 7,
                "积极分子每少1名扣0.5分；两年内未发展党员的扣1.5分；违反程序发展党员的，本项不得分；党费未按月交纳的，每人次扣0.1分，最高"
                "扣1分；排查每少1次扣0.5分。", "查阅档案、查阅台账", indicator="党员队伍"),
            Row("社区党群服务中心面积不少于500平方米，每周开放不少于6天；每月至少开展2次党群活动；服务场所不挪作他用。", 5,
                "面积或开放时间不达标的扣1分；党群活动每少1次扣0.2分，最高扣1.5分；场所挪作他用或长期闲置的，酌情扣1-2分。",
                "实地查看、查阅资料", indicator="阵地建设"),
        )),
        Section("基层治理", "基层治理（30分）", 30, (
            Row("网格员每月入户走访不少于40户，人口、房屋等基础信息采集准确率达到百分之九十五；群众诉求通过网格化服务管理平台流转，按期办结"
                "率达到百分之九十八；12345热线工单办理满意率达到百分之九十。", 8,
                "入户走访不足40户的，每人每月扣0.1分，最高扣2分；信息采集准确率每低1个百分点扣0.2分，最高扣1分；按期办结率每低1个百分点扣"
                "0.3分，最高扣2分；工单满意率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。",
                "系统核查、入户抽查", indicator="网格治理"),
            Row("推行“红色物业”，物业服务企业党组织覆盖率达到百分之八十以上；小区党支部、业委会、物业服务企业“三方联动”议事会每季度召开"
                "一次；无物业的老旧小区实行社区兜底管理。", 6,
                "覆盖率每低10个百分点扣0.5分；议事会每少1次扣0.5分；老旧小区兜底管理不到位、群众反映强烈的，酌情扣1-2分。",
                "查阅资料、实地查看", indicator="小区治理"),
            Row("市场片区社区与市场管理方建立“党建+市场”共建机制，签订共建协议不少于2家；每季度开展一次消防安全联合检查；商户党员挂牌亮"
                "身份，挂牌率100%。", 6,
                "共建协议每少1家扣0.5分；联合检查每少1次扣0.5分；挂牌率每低10个百分点扣0.3分；市场片区发生较大火灾事故的，本项不得分。",
                "查阅资料、实地查看", indicator="市场片区治理"),
            Row("每月开展一次矛盾纠纷排查，调解成功率达到百分之九十八；“平安志愿者”队伍每月开展巡逻不少于4次；辖区不发生“民转刑”案件和"
                "重大群体性事件。", 5,
                "排查每少1次扣0.3分；调解成功率每低1个百分点扣0.5分；巡逻每少1次扣0.1分，最高扣1分；发生“民转刑”案件或重大群体性事件的，"
                "实行一票否决，本项不得分。", "查阅台账", indicator="平安建设"),
            Row("每季度至少召开一次居民议事会，议事结果公示；社区党务、居务、财务每季度公开一次；年内办结民生实事不少于5件。", 5,
                "议事会每少1次扣0.5分；议事结果未公示的，每次扣0.2分；公开每少1次扣0.5分；民生实事每少1件扣0.3分。", "查阅资料",
                indicator="居民自治"),
        )),
        Section("服务群众", "服务群众（25分）", 25, (
            Row("在职党员到社区“双报到”报到率100%，每名报到党员每年参加社区志愿服务不少于4次；共驻共建单位每年为社区办实事不少于2件；社区"
                "每半年向报到党员所在单位党组织反馈一次表现情况。", 6,
                "报到率每低5个百分点扣0.5分；志愿服务不足4次的，每人扣0.1分，最高扣2分；共建单位办实事每少1件扣0.5分；反馈每少1次扣0.5分。",
                "系统核查、查阅资料", indicator="“双报到”"),
            Row("建立独居老人、困境儿童、残疾人等特殊群体关爱台账，每月探访不少于1次；依托社区食堂、日间照料中心开展助老服务；暑期开办"
                "“四点半课堂”不少于1期。", 7,
                "无关爱台账的扣1分；探访每少1次扣0.2分，最高扣2分；未开展助老服务的扣1分；未开办“四点半课堂”的扣1分。",
                "查阅台账、实地查看", indicator="民生服务"),
            Row("设立“暖新驿站”，为快递员、外卖送餐员、网约车司机等新就业群体提供休息、饮水、充电等服务；每季度开展一次关爱活动；吸纳新就业"
                "群体参与社区治理不少于10人。", 5,
                "未设立驿站的扣2分；关爱活动每少1次扣0.5分；参与社区治理人员不足10人的扣1分；驿站服务设施不全的，酌情扣0.5分。",
                "实地查看、查阅资料", indicator="新就业群体"),
            Row("街道组织对社区党组织工作开展群众满意度测评，满意度达到百分之九十以上。", 7,
                "满意度95%以上的得7分，90%（含）—95%的得5分，85%（含）—90%的得3分，85%以下的不得分。", "问卷测评",
                indicator="群众满意度"),
        )),
    ),
)

HEADER_TOP = ["考核指标", "", "考核内容", "分值", "评分标准", "考核方式"]
HEADER_SUB = ["一级指标", "二级指标"]
NOTES = (
    "说明：",
    "1.本细则由街道党工委于12月组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行。",
    "2.各项扣分以该二级指标分值为限，扣完为止。",
    "3.非服饰市场片区社区，“市场片区治理”指标得分按“小区治理”指标得分率折算。",
    "4.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”，考核结果与社区工作者年度绩效报酬"
    "挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER_TOP)
    n_rows = 2 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：建宁街道所辖各社区党委）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER_TOP)
    merge_cells(tbl, 0, 0, 0, 1, HEADER_TOP[0])
    for c in range(2, ncols):
        merge_cells(tbl, 0, c, 1, c, HEADER_TOP[c])
    for c, head in enumerate(HEADER_SUB):
        tbl.cell(1, c).text = head
    r = 2
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
