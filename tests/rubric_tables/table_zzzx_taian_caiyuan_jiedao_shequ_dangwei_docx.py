"""泰山区财源街道2025年度社区党委党建工作考核计分表 (.docx), as the 街道党工委 of 山东 泰安 泰山区 财源 (its 党建办 with the 社区治理办, the
综治中心, the 文明办 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 of the old town at the foot of 泰山: the
红门路 and the 岱庙 where the 香客 and the 游客 walk up from the 老街, the 财源大街 商圈, 1980s 单位 宿舍 with no 物业 and their retired 党员,
new 小区 with their 物业 and 业委会, 网格员 who know every 楼栋, 在职党员 of the 市直 单位 who report to the 社区, the 登山 旺季 when the 红门 is full
and the 社区 put up 志愿服务岗, the 泰安革命烈士陵园 and the 徂徕山 起义 纪念地 for the 现场教学: a 计分表 whose 考核项目 is a short label, whose
考核内容 prints every requirement and figure, and whose 计分办法 column deducts a clause at a time (bands twice): 组织体系 (the 党委 of 5至7名
with one roster of the “两委” by age and 学历, a monthly 党委会, a half-yearly 谈心谈话 and the 团结; the 网格党支部 覆盖率, three 党员中心户 a
网格 and a quarterly 楼栋党小组 活动; three 兼职委员, a quarterly 联席会议, the “三张清单” and the 共建协议; the 持证 比例, five days of 培训, the
“一人一档” and the 年底 公示), 党员队伍 (the “三会一课” with the 书记's two 党课, the 签到 and no 补记; the 主题党日 around the 5th with a quarterly
“亮身份、办实事” and the 积分 with a quarterly 公示 and the 年底 评定; the 组织生活会 with 谈心谈话 全覆盖, 征求意见, 民主评议, 备案 and the 处置;
two 积极分子 a year, "每两年至少发展党员1名", a half-yearly 考察, the 公示 and a 一票否决; 党费 with a half-yearly 公布, a quarterly 联系, the
“七一”、春节 慰问 and the 纪念章), 思想引领 (a half-yearly 专题研究 of the 意识形态, a quarterly 研判, the 专人 and the 审核 and a 一票否决; a monthly
集中学习, 32学时, the 送学上门 and a yearly 现场教学; the 公开目录, a quarterly 党务公开, the 随时公开 and the 照片), 治理服务 (sixty 走访 a month
with the 民情日志, the 按期办结率 and the “12345” 满意率 in bands; the 结对帮扶 of five 户 a 委员 with a monthly 走访, the 台账 and ten 实事 a year;
the 物业 覆盖率, a quarterly 联席会议, a half-yearly 居民议事会 and its 公示; two 志愿服务 a month, the 报到率, three 志愿服务 a head a year and
the 服务岗 of the 旺季; a deduction-only line on 上访, 群体性事件 and 事故) and 责任落实 (the 年初 工作要点, the 责任书, the 半年小结 and the 年终
总结; the 年底 述职 and a 满意度 in bands for 3 of the 5 points; a deduction-only line on 处分, 通报 and 弄虚作假).

The title (bold, centred) and a centred "（考核对象：财源街道所辖各社区党委）" line above one table: 序号 | 考核项目 | 考核内容 | 分值 | 计分办法.
Each category is a SECTION ROW merged across the whole table, printed WITH an ordinal and its points on one line, "一、组织体系（18分）". 序号
(FIRST column) runs 1..20 through the whole table, NOT restarting under the section rows. 考核项目 is a short sub-label (`Row.indicator`);
考核内容 says what is required (`Row.text`), every figure printed there; 分值 is a plain number BEFORE the 计分办法; the 计分办法 gives one
deduction a clause, repeating a figure only now and then. There is no 考核方式 or 佐证 column. Two rows are deduction-only lines ("（本项为扣分
项）"), each with its own points inside the 100. A 合计 row of 100 closes the table; a "说明：" paragraph and three numbered paragraphs follow
it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("5至7名", "每月至少召开1次", "每半年至少开展1次", "每季度至少开展1次",
"每季度召开1次", "每人每年…不少于5天", "年底", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度不少于1次",
"每年讲党课不少于2次", "每月5日前后", "每季度至少1次", "按月", "每季度公示1次", "年底", "每年召开一次", "年内…不少于2名", "每两年至少发展党员
1名", "每半年考察一次", "不少于5个工作日", "按月", "每半年…公布一次", "每季度…联系一次", "“七一”、春节期间", "每半年专题研究一次", "每季度开展
一次", "每月组织一次", "每年…不少于32学时", "每年…不少于1次", "每季度不少于1次", "随时", "每月…不少于60户次", "每月至少…一次", "全年…不少于10
件", "每季度召开一次", "每半年召开一次", "每月…不少于2次", "每人每年…不少于3次", "年初", "7月底前", "年终", "年底"); "不少于1名", "不少于3名",
"不少于3户", "不少于5户"; "百分之四十", "百分之九十五", "百分之九十", "百分之八十", "100%"; "每缺一项扣0.5分" once; "最高扣" caps; "酌情扣
0.5分" twice and "酌情扣1-2分" twice; two sets of bands (a “12345” 满意率 for 2 of the 6 points closed by "85%以下的不得分", a 满意度 for 3 of
the 5 points closed by "80%以下的不得分"); two "实行一票否决，本项不得分"; three other plain "本项不得分"; two lines are deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzx_taian_caiyuan_jiedao_shequ_dangwei_docx",
    fmt="docx",
    title="泰山区财源街道2025年度社区党委党建工作考核计分表",
    numbering="printed",
    sections=(
        Section("组织体系", "一、组织体系（18分）", 18, (
            Row("社区党委委员5至7名，社区“两委”成员中35周岁以下的不少于1名、大专及以上学历的不少于3名；社区党委会每月至少召开1次，研究社区"
                "重大事项；党委委员之间每半年至少开展1次谈心谈话；班子团结协作。", 5,
                "委员职数不符合规定的扣0.5分；年龄、学历结构每缺一项扣0.5分；党委会每少1次扣0.3分，最高扣1.5分；谈心谈话每少1次扣0.5分；"
                "班子不团结、议而不决的，酌情扣1-2分。", indicator="班子建设"),
            Row("健全“社区党委—网格党支部—楼栋党小组—党员中心户”组织体系，网格党支部覆盖率100%；每个网格党支部联系党员中心户不少于3户；楼栋"
                "党小组每季度至少开展1次活动。", 5,
                "网格党支部覆盖率每低10个百分点扣1分；党员中心户每少1户扣0.2分，最高扣1分；楼栋党小组活动每少1次扣0.2分，最高扣1.5分。",
                indicator="网格党组织"),
            Row("吸纳驻区单位、物业服务企业党组织负责人担任社区党委兼职委员不少于3名；每季度召开1次共驻共建联席会议，形成需求、资源、项目"
                "“三张清单”；与驻区单位签订共建协议。", 4,
                "兼职委员每少1名扣0.5分；联席会议每少1次扣0.5分；未形成“三张清单”的扣0.5分；未签订共建协议的扣1分。", indicator="兼职委员"),
            Row("社区专职工作者中取得社会工作者职业资格的比例达到百分之四十以上；社区工作者每人每年参加业务培训不少于5天；实行“一人一档”绩效"
                "考核，年底考核结果在社区公示。", 4,
                "持证比例每低5个百分点扣0.5分，最高扣1分；培训时间不足的，每人扣0.2分，最高扣1分；未建立“一人一档”的扣1分；考核结果未公示"
                "的扣0.5分。", indicator="社区工作者"),
        )),
        Section("党员队伍", "二、党员队伍（26分）", 26, (
            Row("网格党支部支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度不少于1次；社区党委书记每年讲党课"
                "不少于2次；会议记录真实规范，签到齐全。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；会议记录不规范或无签到的，每次扣0.2分，最高扣1分；发现补记、"
                "代签的，本项不得分。", indicator="“三会一课”"),
            Row("每月5日前后开展主题党日，每季度至少1次到网格、楼栋开展“亮身份、办实事”活动；推行党员积分管理，按月记分，每季度公示1次，年底"
                "根据积分评定星级党员。", 6,
                "主题党日每少1次扣0.3分，最高扣2分；网格实践活动每少1次扣0.3分；未推行积分管理的扣1.5分；积分每少公示1次扣0.3分；年底未评定"
                "的扣0.5分。", indicator="主题党日和积分管理"),
            Row("每年召开一次组织生活会，会前社区党委委员与党员谈心谈话实现全覆盖，广泛征求居民意见；开展民主评议党员，评议结果报街道党工委备案；"
                "对评定为不合格的党员按规定作出组织处置。", 5,
                "未召开组织生活会的扣2分；谈心谈话未全覆盖的，酌情扣0.5分；未征求意见的扣0.5分；未开展民主评议的扣1分；未备案的扣0.5分；不合格"
                "党员未处置的，每人扣0.5分。", indicator="组织生活会"),
            Row("严格按照“五个阶段、二十五个步骤”发展党员；年内确定入党积极分子不少于2名，注重从网格员、退役军人、新就业群体中培养；每两年至少"
                "发展党员1名；入党积极分子每半年考察一次；发展对象和拟转正预备党员公示不少于5个工作日。", 5,
                "积极分子每少1名扣0.5分；两年内未发展党员的扣1.5分；考察每少1次扣0.3分；未公示或公示时间不足的，每人扣0.5分；违反程序发展党员"
                "的，实行一票否决，本项不得分。", indicator="发展党员"),
            Row("党员按月交纳党费，党费收缴情况每半年在党务公开栏公布一次；每季度与外出流动党员联系一次；“七一”、春节期间走访慰问生活困难党员和"
                "老党员；为党龄满50年的党员颁发“光荣在党50年”纪念章。", 4,
                "未按月交纳的每人次扣0.1分，最高扣1分；公布每少1次扣0.5分；联系每少1次扣0.2分；慰问每少1次扣0.5分；纪念章未及时颁发的，每人"
                "扣0.2分。", indicator="党费和关怀"),
        )),
        Section("思想引领", "三、思想引领（14分）", 14, (
            Row("落实意识形态工作责任制，社区党委每半年专题研究一次意识形态工作，每季度开展一次党员群众思想动态分析研判；社区宣传栏、电子显示屏、"
                "居民微信群等阵地明确专人管理，发布内容先审后发。", 5,
                "专题研究每少1次扣1分；分析研判每少1次扣0.5分；阵地未明确专人管理的扣0.5分；发布内容未经审核的，每次扣0.5分；发生意识形态领域"
                "重大问题造成不良影响的，实行一票否决，本项不得分。", indicator="意识形态"),
            Row("社区党委每月组织一次集中学习；党员每年参加集中培训不少于32学时，对行动不便的老党员送学上门；每年组织党员到泰安革命烈士陵园、"
                "徂徕山抗日武装起义纪念地等红色教育基地开展现场教学不少于1次。", 5,
                "集中学习每少1次扣0.3分，最高扣2分；学时不足的每人扣0.1分，最高扣1分；未送学上门的扣0.5分；未开展现场教学的扣1分。",
                indicator="学习教育"),
            Row("制定党务公开目录，党务公开每季度不少于1次，党员发展、党费收缴、评先评优等事项随时公开；通过公开栏和社区微信公众号同步公开，"
                "留存公开照片和截图。", 4,
                "无公开目录的扣1分；党务公开每少1次扣0.5分；重要事项未及时公开的，每项扣0.3分；无照片或截图的扣0.3分。", indicator="党务公开"),
        )),
        Section("治理服务", "四、治理服务（28分）", 28, (
            Row("专职网格员每月入户走访不少于60户次，民情日志记录完整；居民诉求按期办结率达到百分之九十五；“12345”热线工单群众满意率达到百分"
                "之九十以上。", 6,
                "走访不足的，每人每月扣0.1分，最高扣1.5分；无民情日志的扣1分；办结率每低1个百分点扣0.2分，最高扣1.5分；满意率95%以上的得2分，"
                "90%（含）—95%的得1.5分，85%（含）—90%的得1分，85%以下的不得分。", indicator="网格服务"),
            Row("开展党员干部结对帮扶，社区党委委员每人联系困难家庭、独居高龄老人不少于5户，每月至少上门走访一次；建立结对帮扶台账，帮扶措施、"
                "成效逐户记录；全年为结对对象办理实事不少于10件。", 6,
                "结对不足的，每少1户扣0.2分，最高扣1分；走访每少1次扣0.1分，最高扣1.5分；无帮扶台账的扣1.5分；台账记录不完整的，酌情扣0.5分；"
                "实事每少1件扣0.2分。", indicator="结对帮扶"),
            Row("推动物业服务企业成立党组织或派驻党建指导员，物业党组织覆盖率达到百分之八十；每季度召开一次社区党委、业委会、物业企业联席会议；"
                "每半年召开一次居民议事会，协商事项及结果公示。", 6,
                "覆盖率每低10个百分点扣0.5分；联席会议每少1次扣0.5分；居民议事会每少1次扣0.5分；协商结果未公示的，每次扣0.3分；老旧小区物业"
                "管理缺位引发群体投诉的，酌情扣1-2分。", indicator="红色物业和议事协商"),
            Row("组建社区党员志愿服务队，每月开展志愿服务不少于2次；在职党员到社区“双报到”，报到率达到100%，每人每年参加社区志愿服务不少于3次；"
                "泰山登山旺季在红门、岱庙周边设立党员志愿服务岗。", 5,
                "志愿服务每少1次扣0.3分，最高扣1.5分；报到率每低5个百分点扣0.5分；在职党员参加服务不足的，每人扣0.1分，最高扣1分；旺季未设立"
                "志愿服务岗的扣1分。", indicator="志愿服务"),
            Row("辖区发生越级集体上访、群体性事件或较大以上安全生产事故（本项为扣分项）。", 5,
                "发生越级集体上访的，每起扣1分；发生群体性事件的，每起扣2分；发生较大以上安全生产事故或刑事案件造成恶劣影响的，本项不得分。",
                indicator="安全稳定"),
        )),
        Section("责任落实", "五、责任落实（14分）", 14, (
            Row("年初制定社区党建工作要点，与街道党工委签订党建工作目标责任书；7月底前报送半年工作小结；年终形成党建工作总结。", 5,
                "未制定工作要点的扣1分；未签订责任书的扣1分；半年小结未按时报送的扣0.5分；无年终总结的扣1分。", indicator="党建责任制"),
            Row("社区党委书记年底向街道党工委述职，接受党员和居民代表评议；居民群众对社区党组织满意度达到百分之九十。", 5,
                "未述职的扣2分；满意度90%以上的得3分，85%（含）—90%的得2分，80%（含）—85%的得1分，80%以下的不得分。",
                indicator="述职和满意度"),
            Row("社区党员、社区工作者违纪违法，台账资料弄虚作假（本项为扣分项）。", 4,
                "社区工作者受到党纪政务处分的，每人扣2分；被区级以上通报批评的，每次扣1分；台账资料弄虚作假的，本项不得分。",
                indicator="作风纪律"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "计分办法"]
NOTES = (
    "说明：",
    "1.本计分表由街道党工委于12月组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，各项扣分以该项分值为限，"
    "扣完为止。",
    "2.标注“本项为扣分项”的，未发生相关情形的得满分；“12345”热线数据以市政务服务便民热线平台统计为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与社区工作者绩效报酬和评先评优挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：财源街道所辖各社区党委）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
