"""东安区七星街道2025年度社区党支部党建工作考核评分表 (.docx), as the 街道党工委 of 黑龙江 牡丹江 东安区 七星 (its 党建办 with the 社区
服务办 and the 街道纪工委, a 考核组 going round the small 社区 in the second half of December, when the 牡丹江 is frozen and the 党群服务站 is
the warmest room on the street) scores the 社区党支部 of the 社区 too small for a 党委 or 党总支: the 老 林业 and 纺织 宿舍 of the 七星 lanes,
the 退休 党员 who still come to the 党小组会 in the 活动室, the 在职党员 of the 市直 机关 who report on Saturdays, the young who went south to work
and whose 组织关系 stayed behind, the 独居 老人 the 支委 call on after a snowfall: a table whose 考核内容 mixes the meetings with the words of
组织生活 (“三会一课”, 主题党日, 组织生活会, 民主评议党员, 谈心谈话, 批评和自我批评) and whose 扣分标准 takes off by the 次 with caps ("最高扣N分")
and now and then closes with "扣完为止": 支部建设 (the 换届 with 3至5人 and one 支委 under 35 and the 请示、批复 and 选举结果报告; a yearly 培训 of
the 书记, two 后备力量 with their 培养档案 and the 帮带; the 值班, the 标识, the 使用登记簿 and two 党群活动 a month), 组织生活 (the “三会一课” with
the 书记's two 党课; the monthly 主题党日 with its 计划, 签到 and 照片, the 送学上门 and the 参加率; the 组织生活会 with 谈心谈话, 征求意见, the 整改
清单, the 民主评议 and the 备案; a monthly 集中学习, 32学时 and a half-yearly 专题研讨), 党员管理 (one 积极分子, a quarterly 考察 and the 公示; the
党费, a yearly 核定 and a half-yearly 公示; the 接转, the 流动党员台账, a quarterly 联系 and the 信息准确率; the 认岗率, four 志愿服务 a year for
each 在职党员 and the 年底 积分评定 with its 公示; the 帮扶台账 and the “七一”、春节 慰问) and 服务群众与责任落实 (twenty 走访 a month, the 民情台账,
a monthly 议事会 and the 办结率; the 党务、居务、财务 公开; a half-yearly 研判 and the 审核; the 年初 计划 and its 备案, the 半年小结, the 年底 述职,
the 年终 总结 and the 满意度 in bands).

The title (bold, centred), a centred "（考核对象：七星街道所辖各社区党支部）" line and a plain "社区党支部： 考核人： 考核日期：" line above one
table: 序号 | 考核内容 | 分值 | 扣分标准 | 得分. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on
one line, "一、支部建设（14分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.4"). There is no short sub-label;
考核内容 says what is required (`Row.text`); 分值 is a plain number BEFORE the 扣分标准; 得分 is blank. A 合计 row of 100 closes the table; a
"说明：" paragraph and three numbered paragraphs follow it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("按期", "3至5人",
"35周岁以下的不少于1名", "每年…不少于1次", "不少于2名", "工作日", "每月…不少于2场次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组
会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "“七一”前后", "每月固定开展一次", "不低于百分之八十五", "每年召开一次", "每月不少于1次",
"每年…不少于32学时", "每半年开展一次", "年内…不少于1名", "2名", "每季度考察一次", "不少于5个工作日", "按月", "每年核定一次", "每半年…公示一次",
"每季度…联系一次", "100%", "百分之九十以上", "每人每年…不少于4次", "年底", "“七一”、春节", "1个", "每月…不少于20户", "每月召开一次", "百分之九十
以上", "每季度不少于1次", "每月1次", "每半年…一次", "年初", "7月底前", "年底", "年终", "百分之八十五以上"); "最高扣" caps; "扣完为止" at the end of
two rules; "酌情扣0.5-1分" twice, "酌情扣1-2分" once and "酌情扣0.5分" twice; one set of bands (the 满意度 for 4 of the 9 points, closed by "80%
以下的不得分"); four plain "本项不得分"; no 一票否决.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzd_mudanjiang_qixing_shequ_dangzhibu_docx",
    fmt="docx",
    title="东安区七星街道2025年度社区党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("支部建设", "一、支部建设（14分）", 14, (
            Row("社区党支部按期换届，支部委员会由3至5人组成，支部委员中35周岁以下的不少于1名；换届选举请示、批复及选举结果报告归档齐全。", 5,
                "未按期换届的，本项不得分；支委配备不齐的扣1分；无35周岁以下支委的扣1分；换届材料缺一项扣0.5分，最高扣1.5分。"),
            Row("支部书记每年参加区级以上培训不少于1次；储备社区后备力量不少于2名，建立培养档案，明确支委“一对一”帮带。", 4,
                "书记未参加培训的扣1分；后备力量每少1名扣0.5分；无培养档案的扣1分；未落实帮带的扣0.5分。"),
            Row("社区党群服务站工作日有人值班，党员活动室悬挂党旗、张贴入党誓词，标识规范统一；建立活动室使用登记簿，每月开展党群活动不少于2场次。",
                5,
                "检查时无人值班的扣1分；标识不规范的，酌情扣0.5-1分；无使用登记簿的扣0.5分；党群活动每少1场次扣0.2分，最高扣1.5分。"),
        )),
        Section("组织生活", "二、组织生活（32分）", 32, (
            Row("严格落实“三会一课”制度：支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课"
                "不少于2次，其中“七一”前后讲1次。", 10,
                "“三会一课”每少1次扣0.5分，最高扣5分；书记讲党课每少1次扣1分；会议记录要素不全的，每次扣0.2分，最高扣1分；发现补记、代签的，本项"
                "不得分；扣完为止。"),
            Row("每月固定开展一次主题党日，做到有计划、有主题、有签到、有记录、有照片；年老体弱、行动不便党员采取送学上门方式参加；党员参加率不低于"
                "百分之八十五。", 8,
                "主题党日每少1次扣0.5分，最高扣3分；计划、签到、照片缺一项的，每次扣0.2分，最高扣1分；未落实送学上门的扣1分；参加率每低5个百分点"
                "扣0.5分，最高扣1.5分；活动主题不鲜明、流于形式的，酌情扣0.5-1分。"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、征求党员群众意见，会上党员逐一对照检查、开展批评和自我批评，会后制定整改清单；同步开展"
                "民主评议党员，评议结果报街道党工委备案，对评为不合格的党员按规定稳妥处置。", 8,
                "未召开组织生活会的扣4分；未开展谈心谈话或未征求意见的扣1分；无整改清单的扣0.5分；未开展民主评议党员的扣2分；评议结果未备案的扣"
                "0.5分；批评和自我批评流于形式的，酌情扣0.5分；扣完为止。"),
            Row("党员集中学习每月不少于1次；党员每年参加教育培训不少于32学时；每半年开展一次专题研讨，党员结合社区工作交流发言。", 6,
                "集中学习每少1次扣0.3分，最高扣1.5分；学时不足的，每人扣0.2分，最高扣2分；专题研讨每少1次扣0.5分。"),
        )),
        Section("党员管理", "三、党员管理（26分）", 26, (
            Row("年内确定入党积极分子不少于1名，每名积极分子明确2名培养联系人，每季度考察一次；发展对象公示不少于5个工作日；严格按程序发展党员。", 6,
                "未确定入党积极分子的扣2分；未明确培养联系人的扣0.5分；考察每少1次扣0.3分，最高扣1分；发展对象未公示的扣1分；违反发展党员工作程序"
                "的，本项不得分。"),
            Row("党员按月交纳党费，支部每年核定一次交纳基数；党费收缴情况每半年在支部内公示一次；党费收缴台账账目清楚。", 5,
                "未按月交纳的，每人次扣0.1分，最高扣1.5分；未核定基数的扣0.5分；公示每少1次扣0.5分；台账账目不清的扣0.5分。"),
            Row("及时接转党员组织关系；建立流动党员台账，每季度与外出流动党员联系一次；党员信息在全国党员管理信息系统中及时维护，信息准确率达到"
                "100%。", 5,
                "组织关系接转不及时的，每人扣0.3分；无流动党员台账的扣1分；联系每少1次扣0.2分，最高扣1分；信息准确率每低1个百分点扣0.1分，最高扣"
                "1分。"),
            Row("有劳动能力的党员认领楼栋长、调解员、宣传员等岗位，认岗率达到百分之九十以上；在职党员每人每年到社区参加志愿服务不少于4次；年底开展"
                "党员积分评定，评定结果在社区公开栏公示。", 5,
                "认岗率每低5个百分点扣0.5分，最高扣1.5分；在职党员志愿服务不足4次的，每人扣0.1分，最高扣1.5分；年底未开展积分评定的扣1分；评定"
                "结果未公示的扣0.5分。"),
            Row("建立困难党员、老党员、独居党员帮扶台账，做到底数清楚；“七一”、春节走访慰问困难党员和老党员；党员生病住院、家庭遭遇变故的，支委"
                "及时上门看望。", 5,
                "无帮扶台账的扣1分；走访慰问每少1次扣1分；关怀帮扶不及时、不到位的，酌情扣1-2分。"),
        )),
        Section("服务群众与责任落实", "四、服务群众与责任落实（28分）", 28, (
            Row("支部委员每人包联1个网格，每月入户走访不少于20户，建立民情台账；每月召开一次党员议事会，协商解决居民急难愁盼问题；居民诉求按期办结率"
                "达到百分之九十以上。", 8,
                "走访不足的，每人每月扣0.1分，最高扣2分；无民情台账的扣1分；议事会每少1次扣0.3分，最高扣2分；办结率每低1个百分点扣0.2分，最高扣"
                "2分。"),
            Row("党务公开每季度不少于1次，居务、财务公开每月1次；社区重大事项经支部委员会研究后提交居民代表会议讨论决定；公开栏内容及时更新。", 6,
                "党务公开每少1次扣0.5分；居务、财务公开每少1次扣0.2分，最高扣1.5分；重大事项未经支部研究的，每件扣1分；公开栏内容未及时更新的，"
                "酌情扣0.5分。"),
            Row("每半年专题分析研判一次意识形态工作；社区微信群、公众号发布信息先审后发；及时处置网上涉社区负面舆情。", 5,
                "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；负面舆情处置不及时造成不良影响的，本项不得分。"),
            Row("年初制定支部年度工作计划，报街道党工委备案；7月底前报送半年工作小结；年底支部书记向街道党工委和党员群众述职，形成年终工作总结；年底"
                "组织居民开展满意度测评，满意度达到百分之八十五以上。", 9,
                "无年度计划的扣1分；计划未备案的扣0.5分；未报送半年小结的扣0.5分；未述职的扣1.5分；无年终总结的扣1分；满意度90%以上的得4分，85%"
                "（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "扣分标准", "得分"]
NOTES = (
    "说明：",
    "1.本表由街道党工委于12月下旬组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日"
    "形成的原始资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；同一问题不重复扣分。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为“红旗党支部”评选和社区党支部书记"
    "年度考核的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：七星街道所辖各社区党支部）")
    document.add_paragraph("社区党支部：                考核人：                考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
