"""舟山市定海区昌国街道2025年度社区党委党建工作考核评分表 (.docx), as the 街道党工委 of 昌国街道 in the 定海 old town of 浙江 舟山 (its 党建办 with the
社会事务办, the 平安办, the 城管中队 and the 街道纪工委, a 考核组 that walks the lanes behind the 定海古城 and the 新村 of the 海洋渔业 families in mid-
December, when the 带鱼 boats are back from the 东海 for the 休渔 refit, the 台风 season is written up and the 老旧小区 加装电梯 are half built) scores
the 社区党委 of a 城区 街道: the 社区 of the old 渔民 新村 whose 老党员 are retired 船老大, the 社区 of the new 商品房 estates whose 在职党员 must be
brought to 报到, the 社区 of the 海岛 lanes whose 网格员 know every household by name: a table whose 考核内容 is a SHORT TOPIC, whose 考核标准 prints what
the 社区党委 must have done and whose 扣分标准 takes points off one clause at a time (scoring the 调解成功率 in bands): 组织建设 (the 职数, the 35周岁以下,
the “一肩挑” and the “两委” 培训; the “三会一课” with the 党小组会 every two months, the 书记's 党课 and the 参会率; the 主题党日 on the 25th with its 签到、
记录、照片; the 组织生活会, the 谈心谈话 全覆盖 and the 民主评议; one 发展党员, the 公示 and 党费 按月 with a half-yearly 公示), 党员教育管理 (the “第一
议题”, a monthly 集中学习, 32学时 and the 送学上门; the 积分 by month with a quarterly 公示 and the 年底 星级; the 在职党员 报到率, two 志愿服务 and a
half-yearly 反馈; the 流动党员 台账, a quarterly 联系 and the “七一”、春节 慰问), 基层治理 (the 网格党支部 覆盖率, the monthly 走访 and the 民情日志; a
quarterly 居民议事会, the 公开 and four 民生实事; the 物业 组建率, a monthly “三方联席会” and the 满意度; a monthly 排查, the 化解台账, the 调解成功率 in
bands and a 一票否决; three 共建协议, a half-yearly 联席会议 and three 项目) and 服务保障 (the 党旗、标识、制度, the 6天 and the 错时延时; the 志愿服务队, a
monthly 志愿服务 and 10小时; the half-yearly 研判, the “先审后发” and no 舆情; the 党务、居务 and 财务 公开 with the 审核; the 年初 计划, the 年底 总结, the
年底 述职 and its 满意率).

The title (bold, centred) and a centred "（考核对象：昌国街道各社区党委）" line above one table: 考核内容 | 考核标准 | 分值 | 扣分标准. There is NO 序号: the
items are numbered by position 1..19. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line, "一、
组织建设（25分）". 考核内容 (FIRST column) is a short topic on every row (`Row.indicator`); 考核标准 (`Row.text`) says what is required; 分值 is a plain
number BEFORE the 扣分标准 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the table; a "备注：" paragraph with three
numbered lines follows it. Counts in figures and Chinese numerals, nearly all in the 考核标准 ("不少于1名", "每年…不少于1次", "支部委员会每月召开1次，党员
大会每季度召开1次，党小组会每两个月召开1次，党课每季度1次", "每年讲党课不少于2次", "百分之八十以上", "每月25日", "每年召开一次", "全覆盖", "年内…不少于
1名", "不少于5个工作日", "按月", "每半年公示一次", "每月开展一次", "每人每年…不少于32学时", "按月记分", "每季度…公示一次", "年底", "100%", "每人每年…不少于
2次", "每半年…一次", "每季度…一次", "“七一”、春节", "100%", "100%", "每月…不少于1遍", "每季度召开一次", "年内…不少于4件", "不低于百分之六十", "每月召开
一次", "百分之八十以上", "每月开展一次", "百分之九十五", "全年", "不少于3家", "每半年召开一次", "年内…不少于3个", "每周开放不少于6天", "每月开展一次", "不少于
10小时", "每半年开展一次", "全年", "每季度公开一次", "每月公开一次", "年初", "年底", "年底", "不低于百分之九十"); "最高扣" caps; bands of the 调解成功率 (2 of the
6 points, closed by "90%以下的不得分"); "每低1个百分点" once, "每低10个百分点" once and "每低5个百分点" once; "每少1小时" once; "酌情扣0.5-1分" three times and
"酌情扣1-2分" once; one "实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(topic: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 考核内容, 考核标准, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=topic)


TABLE = Table(
    name="zzzzzc_zhoushan_changguo_jiedao_shequ_dangwei_docx",
    fmt="docx",
    title="舟山市定海区昌国街道2025年度社区党委党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织建设", "一、组织建设（25分）", 25, (
            _row("班子建设",
                 "社区党委班子职数配备齐全，班子成员中35周岁以下的不少于1名；社区党组织书记、居委会主任“一肩挑”；社区“两委”成员每年参加区级以上集中培训"
                 "不少于1次。", 5,
                 "班子职数不全的扣1分；无35周岁以下班子成员的扣1分；未实行“一肩挑”的扣1分；未参加培训的，每人扣0.3分，最高扣1.5分。"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每两个月召开1次，党课每季度1次；社区党委书记每年讲党课不少于2次；党员参会率达到"
                 "百分之八十以上。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；参会率低于80%的扣1分；会议记录内容空泛、流于形式的，酌情扣0.5-1分。"),
            _row("主题党日",
                 "每月25日为固定主题党日，落实“学习+议事+服务”内容；每次活动有签到、有记录、有照片。", 4,
                 "主题党日每少1次扣0.3分，最高扣2分；内容不落实的，酌情扣0.5-1分；缺签到、记录或照片的，每次扣0.1分，最高扣1分。"),
            _row("组织生活",
                 "每年召开一次组织生活会，会前开展谈心谈话，班子成员之间谈心谈话全覆盖；会后开展民主评议党员，对评议中发现的问题党员稳妥处置。", 5,
                 "未召开组织生活会的扣2分；谈心谈话每少1人次扣0.2分，最高扣1分；未开展民主评议党员的扣1.5分；问题党员处置不当的扣0.5分。"),
            _row("发展党员和党费",
                 "年内发展党员不少于1名，注重从社区工作者、网格员、退役军人中发展；发展对象、拟接收预备党员在社区公示不少于5个工作日；党员按月交纳党费，"
                 "党费收缴情况每半年公示一次。", 4,
                 "未发展党员的扣1分；未公示的，每人扣0.5分；违反程序发展党员的，本项不得分；未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣"
                 "0.5分。"),
        )),
        Section("党员教育管理", "二、党员教育管理（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，社区党委每月开展一次集中学习；党员每人每年参加集中学习培训不少于32学时；年老体弱、行动不便党员实行送学上门。", 5,
                 "集中学习每少1次扣0.3分，最高扣1.5分；学时不足的，每人扣0.1分，最高扣2分；未开展送学上门的扣1分。"),
            _row("党员积分",
                 "实行党员积分管理，按月记分，积分情况每季度在党务公开栏公示一次；年底根据积分评定星级党员。", 4,
                 "未实行积分管理的扣1.5分；积分公示每少1次扣0.5分；年底未评定星级党员的扣1分。"),
            _row("在职党员",
                 "在职党员到社区报到率达到100%，每人每年到社区参加志愿服务不少于2次；报到和服务情况每半年向党员所在单位反馈一次。", 5,
                 "报到率每低1个百分点扣0.1分，最高扣1.5分；志愿服务不足2次的，每人扣0.1分，最高扣2分；反馈每少1次扣0.5分。"),
            _row("流动党员和关爱",
                 "建立流动党员、“口袋党员”排查台账，每季度与外出流动党员联系一次；“七一”、春节走访慰问老党员、生活困难党员，慰问覆盖率100%。", 6,
                 "无排查台账的扣1分；联系每少1次扣0.3分，最高扣1.5分；慰问每少1人扣0.2分，最高扣2分。"),
        )),
        Section("基层治理", "三、基层治理（30分）", 30, (
            _row("网格治理",
                 "健全“社区党委—网格党支部—楼道党小组”组织体系，网格党支部覆盖率100%；网格员每月对网格内住户走访不少于1遍，民情日志逐日记录。", 6,
                 "网格党支部每少1个扣0.5分，最高扣2分；走访每少1遍扣0.3分，最高扣2分；民情日志记录不全的，酌情扣1-2分。"),
            _row("议事协商",
                 "每季度召开一次居民议事会，议题由党员、居民代表提出，议事结果在小区公示栏公开；年内通过议事协商解决老旧小区加装电梯、停车管理等民生实事"
                 "不少于4件。", 6,
                 "议事会每少1次扣0.5分；议事结果未公开的，每次扣0.3分，最高扣1分；民生实事每少1件扣0.5分，最高扣2分。"),
            _row("红色物业",
                 "推动物业服务企业建立党组织或选派党建指导员，物业服务企业党组织组建率不低于百分之六十；每月召开一次社区党委、业委会、物业服务企业“三方"
                 "联席会”；物业服务居民满意度达到百分之八十以上。", 6,
                 "组建率每低10个百分点扣0.5分，最高扣1.5分；联席会每少1次扣0.2分，最高扣2分；满意度低于80%的扣1.5分。"),
            _row("矛盾调解",
                 "每月开展一次矛盾纠纷排查，建立“一户一档”化解台账；矛盾纠纷调解成功率达到百分之九十五；全年不发生因矛盾纠纷激化引发的“民转刑”案件。", 6,
                 "排查每少1次扣0.3分，最高扣1.5分；无化解台账的扣1分；调解成功率95%以上的得2分，90%（含）—95%的得1分，90%以下的不得分；发生“民转刑”"
                 "案件的，实行一票否决，本项不得分。"),
            _row("共驻共建",
                 "与驻区机关、企事业单位党组织签订共驻共建协议不少于3家，每半年召开一次“大党委”联席会议；共建单位年内为社区认领服务项目不少于3个。", 6,
                 "共建协议每少1家扣0.5分；联席会议每少1次扣1分；认领项目每少1个扣0.5分，最高扣1.5分。"),
        )),
        Section("服务保障", "四、服务保障（25分）", 25, (
            _row("阵地建设",
                 "社区党群服务中心有党旗、有标识、有制度，每周开放不少于6天；实行错时延时服务，双休日安排专人值班。", 5,
                 "党旗、标识、制度每缺一项扣0.5分；开放时间不足的扣1分；未实行错时延时服务的扣1分；值班不到位的，酌情扣0.5-1分。"),
            _row("志愿服务",
                 "组建社区党员志愿服务队，每月开展一次志愿服务；党员年人均志愿服务时长不少于10小时，服务时长录入“志愿浙江”平台。", 5,
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2分；人均时长每少1小时扣0.2分，最高扣1分；未录入平台的扣0.5分。"),
            _row("意识形态",
                 "每半年开展一次意识形态分析研判；社区微信公众号、居民微信群信息落实“先审后发”；全年不发生意识形态领域负面舆情。", 4,
                 "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1分；发生负面舆情造成不良影响的，本项不得分。"),
            _row("党务居务公开",
                 "党务、居务每季度公开一次，财务每月公开一次；公开内容经社区居务监督委员会审核。", 4,
                 "党务、居务公开每少1次扣0.5分；财务公开每少1次扣0.2分，最高扣1.5分；公开内容未经审核的，每次扣0.2分，最高扣1分。"),
            _row("计划述职",
                 "年初制定社区党建工作计划，年底形成工作总结；社区党委书记年底向街道党工委述职，接受党员、居民代表评议，评议满意率不低于百分之九十。", 7,
                 "缺计划或总结的，每项扣1分；未述职评议的扣3分；满意率每低5个百分点扣0.5分，最高扣2分。"),
        )),
    ),
)

HEADER = ["考核内容", "考核标准", "分值", "扣分标准"]
NOTES = (
    "备注：",
    "1.本表由街道党工委于12月中旬组织考核，采取听取汇报、查阅台账、实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的"
    "资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；扣分标准列明得分档次的，按档次计分；调解成功率以街道矛盾纠纷调解中心台账为准。",
    "3.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”，考核结果与社区工作者年度绩效挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：昌国街道各社区党委）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            cells = ((0, row.indicator), (1, row.text), (2, _fmt(row.points)), (3, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
