"""铜官区新城街道党工委2025年度社区党委党建工作考核评分表 (.docx), as the 街道党工委 of 新城街道 in 安徽 铜陵 铜官区 (its 党建办 with the 社区治理
办, the 综治中心, the 网格化服务管理中心, the 城管中队 and the 街道纪工委, a 考核组 walking from 社区 to 社区 in the second half of December, when the
天井湖 is still, the 铜官山 above the old 铜矿 is brown, the 长江 is low off the 铜陵长江大桥 and the 铜官府 lanes smell of 姜 being salted for the 春节)
scores the 社区党委 of a town that grew on copper: the 单位宿舍 of the 有色公司 and its closed 冶炼厂, whose retired 矿工 are most of the 党员; the new
商品房 小区 along the 翠湖 with a 物业 and a 业委会; the 驻区 机关, 学校 and 医院 whose 在职党员 come to 报到; the 网格 where a 网格员 knocks on sixty doors
a month and writes a 民情日志: a table whose 考核项目 is a short topic (理论学习, 组织生活会, 红色物业 …) beside the 考核标准 that says what the 社区党委
must have done, whose 扣分标准 takes points off one clause at a time (scoring the 物业服务满意率 and the 年底 满意率 in bands): 班子建设 (the 班子, the
交叉任职比例, one under 35 and two 后备力量; the 年初 责任书, the 年底 述职, the 书记's two 党课 and a quarterly 报告; the “第一议题”, a monthly 集中学习,
32学时 and the “铜陵先锋” 平台), 组织生活 (the “三会一课” with 签到 and the “一会一记”; the 主题党日 on the 10th, 方案、签到、记录、照片 and the 参加率; the
组织生活会, the 谈心谈话 全覆盖, the 对照检查材料, the 民主评议, the 测评表 and the 备案; 党费 按月, the 3月底 核定 and a half-yearly 公示; two 积极分子,
one 发展, the 7天 公示 and a "本项不得分"), 服务治理 (the 网格 体系, the 覆盖率, sixty 户 a month and the 民情日志; the 报到率, three 志愿服务 each and a
half-yearly 反馈; five 共建协议, a quarterly “大党委” 联席会议, the “三张清单” and four 共建项目; the 物业 党组织覆盖率, a monthly 三方联席会议 and the
物业服务满意率 in bands; three 服务队, a monthly 志愿服务 and 24小时; the “七一”、春节 慰问 全覆盖, a quarterly 送学 and the 看望; a monthly 排查, the
化解率 and a 一票否决) and 阵地保障 (the “家门口” 党群服务站, six days a week and a quarterly “邻里节”; the quarterly 党务、居务 and monthly 财务 公开, the
审核 and the 照片; the 年初 计划, the 6月30日 半年小结, the 年底 总结 and the 归档; the 年底 满意率 in bands).

The title (bold, centred), a centred "（考核对象：新城街道各社区党委）" line and a plain "社区：    考核人：    考核日期：" line above one table: 考核项目 |
考核标准 | 分值 | 扣分标准. There is NO 序号: the items are numbered by position 1..19. Each category is a SECTION ROW merged across the table, printed
WITH an ordinal and its points on one line, "一、班子建设（15分）". 考核项目 (FIRST column) is a short topic on every row (`Row.indicator`); 考核标准
(`Row.text`) says what is required; 分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`); there is no 考核方式 or 佐证 column. (Printed first with
that column headed 考核内容, the importer read the topic into the item's words, "班子配备：社区“两委”…"; the header is 考核项目, as many 街道 print it.)
A 合计 row of 100 closes the table; a "说明：" paragraph and four numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the
考核标准 ("不低于百分之六十", "35周岁以下的不少于1名", "不少于2名", "年初", "年底", "每年讲党课不少于2次", "每季度…报告一次", "每月开展一次", "每人每年…
不少于32学时", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "每月10日", "不低于百分之八十", "每年召开一次",
"全覆盖", "按月", "每年3月底前", "每半年…公示一次", "年内…不少于2名", "不少于1名", "不少于7天", "100%", "每月…不少于60户", "100%", "每人每年…不少于
3次", "每半年…反馈一次", "不少于5家", "每季度召开一次", "年内…不少于4个", "百分之七十以上", "每月召开一次", "百分之八十五", "不少于3支", "每月开展
一次", "不少于24小时", "“七一”、春节", "全覆盖", "每季度…一次", "每月开展一次", "百分之九十五以上", "全年", "每周开放不少于6天", "每季度开展一次",
"每季度公开一次", "每月公开一次", "年初", "6月30日前", "年底", "年底", "不低于百分之九十"); "最高扣" caps; bands of the 物业服务满意率 (2.5 of the 6
points, closed by "80%以下的不得分") and of the 年底 满意率 (all 6, closed by "85%以下的不得分"); "每低10个百分点" once; "酌情扣0.5-1分" five times and
"酌情扣0.5分" once; one "本项不得分" and one "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(topic: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 考核项目, 考核标准, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=topic)


TABLE = Table(
    name="zzzzx_tongling_xincheng_jiedao_shequ_dangwei_docx",
    fmt="docx",
    title="铜官区新城街道党工委2025年度社区党委党建工作考核评分表",
    numbering="position",
    sections=(
        Section("班子建设", "一、班子建设（15分）", 15, (
            _row("班子配备",
                 "社区“两委”班子配备齐全，“两委”成员交叉任职比例不低于百分之六十；班子成员中35周岁以下的不少于1名；储备社区后备力量不少于2名。", 5,
                 "班子不健全的扣1分；交叉任职比例低于60%的扣1分；无35周岁以下班子成员的扣1分；后备力量每少1名扣1分。"),
            _row("书记履职",
                 "社区党委书记年初与街道党工委签订抓党建工作责任书，年底向街道党工委述职；书记每年讲党课不少于2次；每季度向街道党工委报告一次党建"
                 "工作。", 5,
                 "未签订责任书的扣1分；未述职的扣2分；书记讲党课每少1次扣0.5分；报告每少1次扣0.5分。"),
            _row("理论学习",
                 "落实“第一议题”制度，社区党委每月开展一次集中学习；党员每人每年参加学习培训不少于32学时；党员在“铜陵先锋”平台线上学习常态化。", 5,
                 "“第一议题”制度未落实的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1.5分；线上学习由考核组抽查，不"
                 "常态的酌情扣0.5分。"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("“三会一课”",
                 "各网格党支部支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；会议有签到，做到“一会一记”。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣5分；无签到的，每次扣0.1分，最高扣1分；记录不规范的，酌情扣0.5-1分。"),
            _row("主题党日",
                 "每月10日固定开展主题党日活动，做到有方案、有签到、有记录、有照片；党员参加率不低于百分之八十。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；方案、签到、记录、照片每缺一项扣0.2分，最高扣1分；参加率每低5个百分点扣0.5分，最高扣2分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话，做到全覆盖，党员撰写对照检查材料；会后开展民主评议党员，填写民主测评表，评议结果报街道"
                 "党工委备案。", 6,
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.1分，最高扣1分；对照检查材料每缺1人扣0.1分，最高扣1分；未开展民主评议党员的扣1分；无"
                 "测评表的扣0.5分；评议结果未备案的扣0.5分。"),
            _row("党费管理",
                 "党员按月交纳党费，每年3月底前完成交纳基数核定；党费收缴情况每半年在社区公开栏公示一次。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1.5分；未按时核定基数的扣1分；公示每少1次扣0.5分。"),
            _row("发展党员",
                 "年内培养入党积极分子不少于2名，发展党员不少于1名；发展对象公示不少于7天；严格执行发展党员工作程序。", 3,
                 "积极分子每少1名扣0.5分；未发展党员的扣0.5分；发展对象未公示的扣0.5分；违反程序发展党员的，本项不得分。"),
        )),
        Section("服务治理", "三、服务治理（40分）", 40, (
            _row("网格党建",
                 "健全“社区党委—网格党支部—楼栋党小组”组织体系，网格党支部覆盖率达到100%；网格员每月入户走访不少于60户，建立民情日志。", 6,
                 "网格党支部覆盖率每低10个百分点扣1分，最高扣2分；走访不足的，每人每月扣0.1分，最高扣2分；无民情日志的扣1分；组织体系不健全的，酌情"
                 "扣0.5-1分。"),
            _row("双报到",
                 "在职党员到社区报到率达到100%，每人每年参加社区志愿服务不少于3次；每半年向报到党员所在单位党组织反馈一次表现情况。", 5,
                 "报到率每低1个百分点扣0.2分，最高扣1.5分；志愿服务不足3次的，每人扣0.1分，最高扣2分；反馈每少1次扣0.5分。"),
            _row("共建联建",
                 "与辖区单位党组织签订共建协议不少于5家，每季度召开一次“大党委”联席会议；年内形成需求、资源、项目“三张清单”，实施共建项目不少于4个。",
                 6,
                 "共建协议每少1家扣0.3分；联席会议每少1次扣0.5分；无“三张清单”的扣1分；共建项目每少1个扣0.5分。"),
            _row("红色物业",
                 "辖区物业服务企业党的组织覆盖率达到百分之七十以上；每月召开一次社区党委、业委会、物业服务企业三方联席会议；业主对物业服务满意率达到"
                 "百分之八十五。", 6,
                 "覆盖率每低10个百分点扣0.5分，最高扣1.5分；三方联席会议每少1次扣0.2分，最高扣2分；物业服务满意率90%以上的得2.5分，85%（含）—90%的得"
                 "1.5分，80%（含）—85%的得0.5分，80%以下的不得分。"),
            _row("志愿服务",
                 "组建“铜都红”党员志愿服务队不少于3支，每月开展一次志愿服务活动；党员志愿者年人均服务时长不少于24小时。", 5,
                 "服务队每少1支扣0.5分；志愿服务每少1次扣0.2分，最高扣2分；人均时长每少1小时扣0.1分，最高扣1.5分。"),
            _row("关爱服务",
                 "“七一”、春节走访慰问老党员、生活困难党员，实现全覆盖；对年老体弱、行动不便的党员每季度送学上门一次；党员生病住院及时看望。", 5,
                 "慰问每少1人扣0.2分，最高扣2分；送学每少1次扣0.3分，最高扣1.5分；看望不及时的，酌情扣0.5-1分。"),
            _row("平安建设",
                 "每月开展一次矛盾纠纷排查，化解率达到百分之九十五以上；全年不发生重大安全生产事故、群体性事件和越级上访。", 7,
                 "排查每少1次扣0.3分，最高扣2分；化解率每低1个百分点扣0.3分，最高扣2分；发生重大安全事故、群体性事件或越级上访造成恶劣影响的，实行一票"
                 "否决，本项不得分。"),
        )),
        Section("阵地保障", "四、阵地保障（20分）", 20, (
            _row("阵地建设",
                 "建好“家门口”党群服务站，标识规范，提供“一站式”服务，每周开放不少于6天；每季度开展一次“邻里节”等主题活动。", 5,
                 "标识不规范或功能不全的，酌情扣0.5-1分；暗访发现未开放的，每次扣0.5分，最高扣1.5分；主题活动每少1次扣0.5分。"),
            _row("党务公开",
                 "党务、居务每季度公开一次，财务每月公开一次；公开前经居务监督委员会审核，公开后拍照留存。", 4,
                 "党务、居务公开每少1次扣0.3分；财务公开每少1次扣0.2分，最高扣1.5分；未经审核的，每次扣0.2分，最高扣1分；无照片的扣0.5分。"),
            _row("计划总结",
                 "年初制定年度党建工作计划，6月30日前报送半年工作小结，年底形成年度工作总结；党建档案按年度分类归档。", 5,
                 "缺计划、半年小结或总结的，每项扣1分；档案归档不规范的，酌情扣0.5-1分。"),
            _row("群众评价",
                 "年底由街道党工委组织党员、居民代表对社区党委工作开展满意度测评，满意率不低于百分之九十。", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。"),
        )),
    ),
)

HEADER = ["考核项目", "考核标准", "分值", "扣分标准"]
NOTES = (
    "说明：",
    "1.本表由街道党工委于12月下旬组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日"
    "形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；扣分标准列明得分档次的，按档次计分。",
    "3.报到率、志愿服务时长以“铜陵先锋”智慧党建平台数据为准，矛盾纠纷化解率以街道综治中心台账为准。",
    "4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与社区工作者绩效报酬和评先评优挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：新城街道各社区党委）")
    document.add_paragraph("社区：              考核人：              考核日期：")
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
