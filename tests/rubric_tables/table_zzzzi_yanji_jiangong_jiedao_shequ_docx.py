"""延吉市建工街道2025年度社区党组织党建工作考核评分细则 (.docx), as the 街道党工委 of 吉林 延边 延吉 建工 (its 党建办 with the 民族宗教
办, the 社会治理中心, the 街道纪工委 and a 第三方 测评 firm, a 考核组 going round the 社区 in mid-December between two snowfalls) scores the
社区党委 and 党总支 of the old 建筑工人 quarter on the north bank of the 布尔哈通河: the 朝鲜族 and 汉族 families in the same 楼栋, the 社区 signs and
窗口 in 朝汉双语, the 党员 and young people gone to 韩国 and 日本 to work who keep up by 微信群, the old 住宅小区 of the 建筑公司 with no 物业 and the new
ones along the river with their 物业 quarrels, the 党员 out with shovels on the morning after a snow: a table whose 一级指标 are merged down the
second column, whose 二级指标 names the point, whose 考核内容 prints the requirement with its figures, and whose 评分细则 scores the rates (the 网格
党组织覆盖率, the 参会率, the 办结率, the “好”等次比例, the 满意度) and the 人均 志愿服务时长 in bands, mixed with deductions: 组织体系 (one roster of the
“两委” by age and 学历, the 民族 结构 and the “一肩挑”; the 四级 体系, its 覆盖率 in bands and a monthly 例会; the 书记's yearly 培训, 40学时, two
后备干部 and the 档案; three 兼职委员, a quarterly 联席会议, the 共建协议 and three 认领 项目), 组织生活 (the “三会一课” with the 书记's two 党课 and the
参会率 in bands; the monthly 主题党日 with 方案, 签到 and 照片; the 组织生活会 with 谈心谈话, 征求意见, 对照检查, the 民主评议 and its 测评表 and 备案;
a monthly 集中学习, 32学时, a quarterly 送学上门 and the 推送 to 外出务工 党员; one 积极分子, the 公示, 党费 按月 and a half-yearly 公示), 服务治理 (the
在职党员 报到率, the 人均 时长 in bands of 小时 and the 清雪; the 物业 覆盖率, a monthly 联席会议 and the 星级评定; a quarterly 民族团结 活动, the 双语
and the 帮扶台账 with a 一票否决; the 办结率 in bands, 40户 a month, the 民情日志 and a monthly 议事协商会; the 党群服务中心 six days a week, four 活动
a month with 照片 and a quarterly 公开; the 年底 满意度 in bands) and 责任落实 (the 年初 计划 with its 备案, the 责任书, the 半年小结 by 7月10日 and the
年度总结 by 12月15日; the 年底 述职 with the “好”等次比例 in bands, a half-yearly 专题研究 of the 意识形态, the 先审后发 and a 一票否决; a quarterly
廉政教育, the 廉洁承诺书, the “小微权力”清单, a quarterly 监督检查 and no 处分).

The title (bold, centred) and a centred "（考核对象：建工街道所辖各社区党委、党总支）" line above one table: 序号 | 一级指标 | 二级指标 | 考核内容 |
分值 | 评分细则. 序号 (FIRST column) runs 1..18 through the table. The 一级指标 are MERGED CELLS down the SECOND column, printed WITHOUT an ordinal and
WITH their points on one line, "组织体系（20分）". 二级指标 (third column) is a short sub-label (`Row.indicator`); 考核内容 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`). A 合计 row of 100 closes the table; a "说明：" paragraph with three numbered
lines follows it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("35周岁以下的不少于1名", "大专及以上学历的不少于3名", "100%",
"每月召开一次", "每年…不少于1次", "每人每年…不少于40学时", "不少于2名", "不少于3名", "每季度召开一次", "年内…不少于3个", "支部委员会每月召开1次，党员
大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "百分之九十", "每月固定开展1次", "每年召开一次", "每月组织一次",
"每人每年…不少于32学时", "每季度…一次", "年内…不少于1名", "不少于5个工作日", "按月", "每半年公示一次", "百分之九十五", "不少于12小时", "24小时内",
"100%", "每月召开一次", "每季度开展一次", "百分之九十五", "每月…不少于40户", "每月召开一次", "每周…不少于6天", "每月…不少于4场次", "每季度公开一次",
"年底", "不少于100户", "百分之九十", "年初", "2月底前", "7月10日前", "12月15日前", "年底", "百分之八十", "每半年专题研究一次", "每季度开展一次",
"每年", "每季度开展一次"); bands in six rows (the 网格党组织覆盖率 closed by "90%以下的不得分", the 参会率 for 2 of the 7 points, the 人均 志愿服务
时长 in 小时, the 办结率 for 3 of the 6, the 满意度 for all 6, the “好”等次比例 for 2 of the 7); "最高扣" caps; "酌情扣1-2分" once, "酌情扣0.5-1分"
twice and "酌情扣0.5分" three times; two "实行一票否决，本项不得分"; one other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzi_yanji_jiangong_jiedao_shequ_docx",
    fmt="docx",
    title="延吉市建工街道2025年度社区党组织党建工作考核评分细则",
    numbering="printed",
    sections=(
        Section("组织体系", "组织体系（20分）", 20, (
            Row("社区“两委”班子成员中35周岁以下的不少于1名、大专及以上学历的不少于3名，朝鲜族、汉族成员结构合理；社区党组织书记、居委会主任"
                "“一肩挑”；班子团结，分工明确。", 5,
                "年龄、学历结构每缺一项扣1分；民族结构不合理的扣0.5分；未实行“一肩挑”的扣1分；班子不团结、工作推诿扯皮的，酌情扣1-2分。",
                indicator="班子结构"),
            Row("健全“社区党委—网格党支部—楼栋党小组—党员中心户”四级组织体系，网格党组织覆盖率达到100%；社区党委每月召开一次网格党支部书记例会。",
                5,
                "网格党组织覆盖率100%的得3分，90%（含）—100%的得2分，90%以下的不得分；书记例会每少1次扣0.2分，最高扣2分。",
                indicator="组织覆盖"),
            Row("社区党组织书记每年参加州级以上培训不少于1次；社区工作者每人每年参加培训不少于40学时；储备社区后备干部不少于2名，建立后备干部培养"
                "档案。", 5,
                "书记未参加培训的扣1分；学时不足的，每人扣0.2分，最高扣1.5分；后备干部每少1名扣0.5分；无培养档案的扣0.5分。",
                indicator="队伍建设"),
            Row("落实“大党委”工作机制，吸纳驻区单位党组织负责人担任兼职委员不少于3名；每季度召开一次共驻共建联席会议；与驻区单位签订共建协议，年内"
                "共同实施“双向认领”项目不少于3个。", 5,
                "兼职委员每少1名扣0.5分；联席会议每少1次扣0.5分；未签订共建协议的扣1分；认领项目每少1个扣0.5分。", indicator="共驻共建"),
        )),
        Section("组织生活", "组织生活（26分）", 26, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党组织书记每年讲党课不少于2次；党员参会率"
                "达到百分之九十。", 7,
                "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；参会率95%以上的得2分，90%（含）—95%的得1.5分，85%（含）—90%的"
                "得1分，85%以下的不得分；会议记录补记、代签的，本项不得分。", indicator="“三会一课”"),
            Row("每月固定开展1次主题党日，结合民族团结进步创建、冬季清雪等确定主题，活动有方案、有签到、有照片；外出务工党员通过线上方式参加。", 5,
                "主题党日每少1次扣0.5分，最高扣3分；缺方案、签到或照片的，每次扣0.2分，最高扣1分；活动主题不鲜明、流于形式的，酌情扣0.5-1分。",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、征求意见，班子成员和党员撰写对照检查材料；开展民主评议党员，填写民主评议测评表，评议结果"
                "报街道党工委备案。", 6,
                "未召开组织生活会的扣2分；未开展谈心谈话或征求意见的扣1分；缺对照检查材料的，每人扣0.2分，最高扣1分；未开展民主评议党员的扣1分；"
                "无测评表的扣0.5分；评议结果未备案的扣0.5分。", indicator="组织生活会"),
            Row("每月组织一次党员集中学习，党员每人每年学习不少于32学时；每季度为年老体弱党员送学上门一次；通过微信群向外出务工党员推送学习内容。", 4,
                "集中学习每少1次扣0.3分，最高扣1.5分；学时不足的，每人扣0.1分，最高扣1分；送学上门每少1次扣0.3分；未向外出党员推送的，酌情扣0.5分。",
                indicator="学习教育"),
            Row("年内确定入党积极分子不少于1名；发展对象公示不少于5个工作日；党员按月交纳党费，每半年公示一次党费收缴情况。", 4,
                "未确定入党积极分子的扣1分；发展对象未公示的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；违反程序发展"
                "党员的，实行一票否决，本项不得分。", indicator="党员发展和党费"),
        )),
        Section("服务治理", "服务治理（34分）", 34, (
            Row("在职党员到居住地社区报到率达到百分之九十五；报到党员通过“志愿延边”平台登记志愿服务，人均志愿服务时长不少于12小时；降雪后24小时内组织"
                "党员清扫责任区积雪。", 6,
                "报到率每低1个百分点扣0.2分，最高扣2分；人均时长12小时以上的得3分，8小时（含）—12小时的得2分，4小时（含）—8小时的得1分，4小时以下的"
                "不得分；清雪不及时被街道通报的，每次扣0.5分。", indicator="“双报到”"),
            Row("推进“红色物业”建设，住宅小区物业服务企业党的工作覆盖率达到100%；每月召开一次社区党组织、居委会、业委会、物业服务企业联席会议；组织"
                "物业服务企业参加“红色物业”星级评定。", 6,
                "覆盖率每低10个百分点扣1分，最高扣2分；联席会议每少1次扣0.2分，最高扣2分；未开展星级评定的扣1分；无物业老旧小区管理不到位的，"
                "酌情扣0.5-1分。", indicator="红色物业"),
            Row("深化民族团结进步创建，每季度开展一次民族团结主题活动；服务窗口、宣传栏实行朝汉双语标识，提供双语服务；建立少数民族困难群众帮扶台账。",
                5,
                "主题活动每少1次扣0.5分；双语标识不规范、未提供双语服务的，酌情扣0.5分；无帮扶台账的扣1分；发生影响民族团结事件的，实行一票否决，"
                "本项不得分。", indicator="民族团结"),
            Row("12345热线等居民诉求按期办结率达到百分之九十五；网格员每月入户走访不少于40户，建立民情日志；每月召开一次居民议事协商会。", 6,
                "办结率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分；走访不足的，每人每月扣0.1分，最高扣1分；民情"
                "日志不全的扣0.5分；议事协商会每少1次扣0.2分。", indicator="诉求办理"),
            Row("社区党群服务中心每周开放不少于6天，实行错时延时服务；每月开展党群活动不少于4场次，活动有记录、有照片；党务、居务每季度公开一次。", 5,
                "开放时间不足的扣1分；党群活动每少1场次扣0.2分，最高扣1.5分；缺记录或照片的，每次扣0.1分；公开每少1次扣0.5分。",
                indicator="党群阵地"),
            Row("年底由街道委托第三方开展居民满意度测评，参评居民不少于100户，满意度达到百分之九十。", 6,
                "满意度95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。",
                indicator="群众满意度"),
        )),
        Section("责任落实", "责任落实（20分）", 20, (
            Row("年初制定党建工作计划，2月底前报街道党工委备案；社区党组织书记与街道党工委书记签订党建工作责任书；7月10日前报送半年工作小结，"
                "12月15日前报送年度工作总结。", 6,
                "缺一项扣1分；未按时报送的，每项扣0.5分；计划、总结照搬照抄的，酌情扣0.5分。", indicator="计划总结"),
            Row("社区党组织书记年底向街道党工委述职，接受党员群众代表评议，评议“好”等次比例达到百分之八十；每半年专题研究一次意识形态工作，社区微信群、"
                "公众号发布信息先审后发。", 7,
                "未述职的扣2分；“好”等次比例85%以上的得2分，80%（含）—85%的得1.5分，70%（含）—80%的得1分，70%以下的不得分；专题研究每少1次扣1分；"
                "未落实先审后发的扣0.5分；发生意识形态领域重大问题的，实行一票否决，本项不得分。", indicator="述职和意识形态"),
            Row("每季度开展一次廉政教育，社区“两委”成员每年签订廉洁承诺书；公开社区“小微权力”清单；居务监督委员会每季度开展一次监督检查。", 7,
                "廉政教育每少1次扣0.5分；未签订廉洁承诺书的，每人扣0.2分；未公开清单的扣1分；监督检查每少1次扣0.5分；社区干部受到党纪政务处分的，"
                "每人扣2分。", indicator="党风廉政"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核内容", "分值", "评分细则"]
NOTES = (
    "说明：",
    "1.本细则由街道党工委于12月中旬组织考核，采取听取汇报、查阅资料、实地查看、入户走访、第三方测评相结合的方式进行，以2025年1月1日至考核之日"
    "形成的资料为准。",
    "2.评分细则列明得分档次的，按档次计分；列明扣分情形的，各项扣分以该项分值为限，扣完为止；诉求按期办结率以延吉市12345热线平台数据为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与社区工作者绩效报酬挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：建工街道所辖各社区党委、党总支）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.indicator), (3, row.text), (4, _fmt(row.points)), (5, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
