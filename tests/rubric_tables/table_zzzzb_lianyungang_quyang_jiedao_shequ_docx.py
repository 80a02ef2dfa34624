"""海州区朐阳街道2025年度社区党组织党建工作年终考核评分表 (.docx), as the 街道党工委 of 江苏 连云港 海州区 朐阳 (its 党建办 with the 社区治理
办, the 网格化服务管理中心 and the 街道纪工委, a 考核组 going round the 社区 in the last weeks of December and opening the 台账 on the 党群服务中心's
table) scores the 社区党委 and 党总支 under the 孔望山 and along the 蔷薇河: the 老城 with its 新浦 shops and the 单位 宿舍 of the 盐场 and the 化工
厂 whose 退休 党员 still hold the 楼栋 党小组, the 安置小区 of the 城中村 pulled down for the 新城, the 港口 and 物流 workers who rent by the month,
the 物业 that changed three times in one 小区, the 驻区单位 of the 市直 机关 whose 在职党员 report on Saturdays: a year-end table printed the way
the 考核组 reads it, whose 考核内容 is a list of the 台账 the 社区 must lay out, each paper with its rule in brackets ("联席会议记录（每季度不少于
1次）"), and whose 评分标准 begins "缺一项扣0.5分" in some rows and then scores a meeting short, a rate low or a rule broken: 组织建设 (the 换届
papers, the 花名册 of the “两委” with one under 35 and the 分工; the 网格党支部 设置文件, the 书记 名册, two 党员中心户 a 网格 and a quarterly 党小组
活动; three 兼职委员, a quarterly 联席会议, five 共建协议 and the 项目清单; three 后备力量 with their 培养档案, 40学时 for the 社区工作者 and their
考核档案), 组织生活 (the “三会一课” with the 书记's two 党课; the monthly 主题党日 with 方案, 签到表 and 照片 and the 年初 计划; the 组织生活会
with its papers, the 民主评议 and the 备案; a monthly 集中学习, 32学时 and a quarterly 送学上门), 党员管理 (the 花名册, the 流动党员台账 with a
quarterly 联系, the 转接 登记簿 and the 失联党员; the 申请人 名册, a half-yearly 考察, the 公示 and two 积极分子; the 党费 台账, a half-yearly 公示
and a yearly 核定; the 报到率, four 志愿服务 a year and the 照片), 服务治理 (the 民情日志 with thirty 走访 a month, the 按期办结率 and a monthly
议事会; a quarterly 联席会议 with the 物业 and a half-yearly 评议; a quarterly 党务公开 with its 照片, a monthly 居务公开 and the 研究记录; a
half-yearly 研判 and the 审核) and 责任落实 (the 年初 计划, the 责任书, the 半年小结 and the 年终 总结; the 年底 述职, the “好”和“较好”比例 and the
满意度 in bands).

The title (bold, centred) and a centred "（考核对象：朐阳街道所辖各社区党委、党总支）" line above one table: 考核项目 | 序号 | 考核内容（台账资料） |
分值 | 评分标准 | 得分. The categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITHOUT an ordinal and WITH their points on a SECOND
line, "组织建设\\n（22分）". 序号 (SECOND column) runs 1..18 through the whole table, NOT restarting under the categories. There is no short
sub-label. The 考核内容 (`Row.text`) lists the papers, each with its rule in brackets; 分值 is a plain number BEFORE the 评分标准; 得分 is blank.
A 合计 row of 100 closes the table; a "说明：" paragraph and four numbered paragraphs follow it. Counts in figures and Chinese numerals, nearly
all in the brackets of the 考核内容 ("35周岁以下成员不少于1名", "每个网格不少于2户", "每季度不少于1次", "不少于3名", "每季度不少于1次", "不少于5家",
"不少于3名", "每人每年不少于40学时", "每月不少于1次", "每季度不少于1次", "每月不少于1次", "每季度不少于1次", "每年讲党课不少于2次", "每月不少于
1次", "年初制定", "每年不少于1次", "每月不少于1次", "每名党员每年不少于32学时", "每季度不少于1次", "每季度联系不少于1次", "每半年考察不少于1次",
"不少于5个工作日", "年内…不少于2名", "按月收缴", "每半年不少于1次", "每年核定1次", "100%", "每人每年不少于4次", "每月入户走访不少于30户", "百分之
九十五", "每月不少于1次", "每季度不少于1次", "每半年评议不少于1次", "每季度更新不少于1次", "每月不少于1次", "每半年不少于1次", "年初", "7月底前",
"年终", "年底", "百分之八十五"); "缺一项扣0.5分" seven times (once "缺一项材料扣0.5分，最高扣2分"), "缺一项扣1分" once; "最高扣" caps; "酌情扣0.5-1分"
once and "酌情扣0.5分" once; one set of bands (the 居民满意度 for 2 of the 5 points, closed by "80%以下的不得分"); two "实行一票否决，本项不得分"; three
other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzb_lianyungang_quyang_jiedao_shequ_docx",
    fmt="docx",
    title="海州区朐阳街道2025年度社区党组织党建工作年终考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "组织建设\n（22分）", 22, (
            Row("社区党组织换届选举材料（请示、批复、选举结果报告）；社区“两委”班子成员花名册（35周岁以下成员不少于1名）；班子成员分工文件。", 5,
                "缺一项扣0.5分；“两委”班子中无35周岁以下成员的扣1分；未按期换届的，本项不得分。"),
            Row("网格党支部设置文件；网格党支部书记名册；党员中心户名单（每个网格不少于2户）；楼栋党小组活动记录（每季度不少于1次）。", 6,
                "缺一项扣0.5分；党员中心户每少1户扣0.2分，最高扣1分；党小组活动每少1次扣0.2分，最高扣1.5分。"),
            Row("“大党委”兼职委员名单（不少于3名）；“大党委”联席会议记录（每季度不少于1次）；共驻共建协议（与驻区单位签订不少于5家）；共建项目"
                "清单。", 6,
                "缺一项扣0.5分；兼职委员每少1名扣0.5分；联席会议每少1次扣0.5分；共建协议每少1家扣0.3分；共建项目未落地见效的，酌情扣0.5-1分。"),
            Row("社区后备力量名册（不少于3名）及培养档案；社区工作者培训记录（每人每年不少于40学时）；社区工作者年度考核档案。", 5,
                "缺一项扣0.5分；后备力量每少1名扣0.5分；培训学时不足的，每人扣0.1分，最高扣1分。"),
        )),
        Section("组织生活", "组织生活\n（28分）", 28, (
            Row("支部委员会会议记录（每月不少于1次）；党员大会记录（每季度不少于1次）；党小组会记录（每月不少于1次）；党课记录及讲稿（每季度不少于"
                "1次，社区党组织书记每年讲党课不少于2次）。", 10,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；记录时间、地点、人员、议题等要素不全的，每次扣0.2分，最高扣1分；"
                "发现补记、代签的，本项不得分。"),
            Row("主题党日活动方案、签到表、活动照片（每月不少于1次）；主题党日年度计划（年初制定）。", 6,
                "主题党日每少1次扣0.5分，最高扣3分；缺方案、签到表、照片的，每次扣0.2分，最高扣1分；无年度计划的扣0.5分；活动与计划不符、主题"
                "不鲜明的，酌情扣0.5分。"),
            Row("组织生活会和民主评议党员材料（每年不少于1次）：征求意见汇总表、谈心谈话记录、对照检查材料、会议记录、民主评议测评表、整改清单；"
                "评议结果报街道党工委备案。", 6,
                "全年未召开组织生活会的扣3分；缺一项材料扣0.5分，最高扣2分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。"),
            Row("党员集中学习记录（每月不少于1次）；党员学时登记表（每名党员每年不少于32学时）；年老体弱党员送学上门记录（每季度不少于1次）。", 6,
                "集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1分；送学上门每少1次扣0.3分，最高扣1分。"),
        )),
        Section("党员管理", "党员管理\n（20分）", 20, (
            Row("党员花名册；流动党员台账（每季度联系不少于1次）；组织关系转接登记簿；失联党员排查处置材料。", 5,
                "缺一项扣0.5分；流动党员联系每少1次扣0.2分，最高扣1分；失联党员未按规定排查处置的，每人扣0.5分。"),
            Row("入党申请人名册；入党积极分子培养考察登记表（每半年考察不少于1次）；发展对象公示材料（公示期不少于5个工作日）；年内确定入党积极"
                "分子不少于2名。", 6,
                "缺一项扣0.5分；考察每少1次扣0.2分；入党积极分子每少1名扣0.5分；违反发展党员程序的，实行一票否决，本项不得分。"),
            Row("党费收缴台账（按月收缴）；党费收缴情况公示（每半年不少于1次）；党费交纳基数核定表（每年核定1次）。", 4,
                "党员未按月交纳党费的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；未核定基数的扣0.5分。"),
            Row("在职党员到社区报到登记台账（报到率100%）；在职党员志愿服务记录（每人每年不少于4次）；“双报到”活动照片。", 5,
                "报到率每低5个百分点扣0.5分；志愿服务不足4次的，每人扣0.1分，最高扣1.5分；缺活动照片的扣0.5分。"),
        )),
        Section("服务治理", "服务治理\n（20分）", 20, (
            Row("网格员民情日志（每月入户走访不少于30户）；居民诉求办理台账（按期办结率不低于百分之九十五）；党员议事会记录（每月不少于1次）。", 7,
                "民情日志缺失的扣1分；走访不足的，每人每月扣0.1分，最高扣1.5分；按期办结率每低1个百分点扣0.2分，最高扣2分；议事会每少1次扣"
                "0.3分。"),
            Row("社区党组织、居委会、业委会、物业服务企业联席会议记录（每季度不少于1次）；“红色物业”星级评议材料（每半年评议不少于1次）。", 5,
                "联席会议每少1次扣0.5分；星级评议每少1次扣0.5分；因物业服务纠纷引发群体性事件的，本项不得分。"),
            Row("党务公开栏照片（每季度更新不少于1次）；居务公开记录（每月不少于1次）；社区重大事项党组织会议研究记录。", 4,
                "党务公开每少1次扣0.3分；居务公开每少1次扣0.2分；重大事项未经社区党组织研究的，每件扣1分。"),
            Row("意识形态工作研判记录（每半年不少于1次）；社区公众号、居民微信群信息发布审核登记（先审后发）。", 4,
                "研判每少1次扣1分；未经审核发布信息的，每次扣0.5分；发生意识形态领域重大问题的，实行一票否决，本项不得分。"),
        )),
        Section("责任落实", "责任落实\n（10分）", 10, (
            Row("年初党建工作计划；党建工作责任书；半年工作小结（7月底前报送）；年终工作总结。", 5,
                "缺一项扣1分。"),
            Row("社区党组织书记抓基层党建述职报告（年底述职）；述职评议测评表（“好”和“较好”比例不低于百分之八十五）；居民满意度测评表。", 5,
                "未述职的扣2分；“好”和“较好”比例低于85%的扣1分；居民满意度90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分。"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容（台账资料）", "分值", "评分标准", "得分"]
NOTES = (
    "说明：",
    "1.本表由街道党工委于12月下旬组织年终考核，以2025年1月1日至考核之日形成的原始台账为准，采取查阅台账、实地查看、入户走访、问卷测评相结合"
    "的方式进行，复印件、补做材料不予认定。",
    "2.各项扣分以该项分值为限，扣完为止；括号内为台账应达到的要求。",
    "3.一票否决事项：违反发展党员程序的，发生意识形态领域重大问题的，所在项目不得分，社区党组织年终考核不得评为“好”等次。",
    "4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与社区工作者绩效报酬挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：朐阳街道所辖各社区党委、党总支）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((1, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
