"""中共济南市历下区教育和体育局委员会2025年度幼儿园党支部党建工作考核细则 (.docx), as the 局党委 of the 教育和体育局 of 历下区 in 济南 in 山东
(its 组织人事科 with the 学前教育科, the 安全管理科 and the 机关纪委, a 考核组 going from 园 to 园 under the 千佛山 and along the 护城河 in the first
half of January, when the 泉水 steam in the cold, the 大明湖 willows are bare, the children have gone home for the winter break and the 园 offices
lay out the year's 党建 files on the small tables of the 活动室) scores each 区属公办幼儿园党支部: a table whose 考核内容 prints what the 支部 must
have done, whose 考核细则 takes points off one clause at a time (scoring the 家长满意度 in bands, and giving 1 point on its own for the 议事规则) and
whose 考核方式 says only how the 考核组 checks: 政治引领 (the 园长负责制, the 议事规则 scored on its own and the “三重一大”; the “第一议题”, a monthly 集中学习 and 32学时; a
half-yearly 研判, the “三审三校”, the 绘本 and a 一票否决; the 年初 计划, the 年底 述职, one 积极分子 a year and the “双培养”台账), 组织建设 (the “三会
一课”, the 书记's 党课 and the 签到; the 主题党日, the 参加率 and the 方案 and 照片; the 组织生活会, the 谈心谈话, the 民主评议 and its 备案; 党费 按月,
a yearly 核定, a quarterly 联系 and the 程序; the 支委 分工, the 书记 and the 换届), 师德师风 (the 制度, a 专题教育 each 学期 and the 承诺书; no 体罚
and a 一票否决; the 示范岗 and a 公开课 a year), 党建+保教 (a monthly 排查, two 演练 each 学期 and a 一票否决; a 家长会 each 学期, the 家访 覆盖率
and the 满意度 in bands; the 志愿服务队, a quarterly 志愿服务, the 结对 and four 教研活动; the 品牌, its 方案 and its 成效) and 基础保障 (the 阵地, the
预算 and the 经费; the 台账, a 小结 each 学期, the 年底 总结 and the quarterly 党务公开).

The title (bold, centred) and a centred "（考核对象：区属公办幼儿园党支部）" line above one table: 考核项目 | 考核内容 | 考核细则 | 分值 | 考核
方式. There is NO 序号: the items are numbered by position 1..18. The 考核项目 are MERGED CELLS down the FIRST column, printed WITH an ordinal and
WITH their points on ONE line, "一、政治引领（20分）"; there is no short sub-label. 考核内容 (`Row.text`) says what is required; 考核细则
(`Row.scoring`) scores it and comes BEFORE the 分值, a plain number; 考核方式 (`Row.method`) last, only ways of checking (查阅资料, 个别访谈, 实地
查看, 问卷测评, 局安全管理科提供), no papers named. (First written with the requirement and its scoring together in one 考核细则 cell; the importer read
that sheet as one category "评分项目", so the words were split into 考核内容 and 考核细则.) A 合计 row of 100 closes the table; a "说明："
paragraph with three numbered lines follows it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月组织一次", "每年…不少于
32学时", "每半年分析研判一次", "年初", "年底", "每年至少确定…1名", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课
每季度1次", "每年讲党课不少于1次", "每月开展一次", "百分之九十以上", "每年召开一次", "按月", "每年核定一次", "每季度…联系一次", "不少于5个工作日",
"每学期开展一次", "百分之百", "不少于1个", "每年至少…1节", "每月开展一次", "每学期…不少于2次", "每学期召开…不少于1次", "百分之百", "百分之九十五
以上", "每季度开展一次", "不少于1所", "全年…不少于4次", "每学期", "年底", "每季度公开一次"); "最高扣" caps; one "得1分" for a part scored on its
own; bands of the 满意度 (3 of the 7 points, closed by "85%以下的不得分"); "每低1个百分点" once and "每低10个百分点" once; "酌情扣0.5—1分" four
times and "酌情扣1—2分" once; three "实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _rule(words: str, rule: str, points: float, how: str) -> Row:
    """One row in the order the table prints it: 考核内容, 考核细则, 分值, 考核方式."""
    return Row(words, points, rule, how)


TABLE = Table(
    name="zzzzzu_jinan_lixia_jiaotiju_youeryuan_dangzhibu_docx",
    fmt="docx",
    title="中共济南市历下区教育和体育局委员会2025年度幼儿园党支部党建工作考核细则",
    numbering="position",
    sections=(
        Section("政治引领", "一、政治引领（20分）", 20, (
            _rule("落实党组织领导的园长负责制，建立党组织会议和园长办公会议议事规则；“三重一大”事项经支部委员会集体研究决定。",
                  "建立议事规则的得1分；“三重一大”事项未经支委会研究的，每件扣1分；会议记录不完整的，酌情扣0.5—1分。", 6,
                  "查阅资料、个别访谈"),
            _rule("落实“第一议题”制度，支部每月组织一次政治理论集中学习；教职工党员每年参加集中学习培训不少于32学时。",
                  "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.2分，最高扣1分。", 4,
                  "查阅资料"),
            _rule("落实意识形态工作责任制，每半年分析研判一次教职工思想动态；园所公众号、家长群、宣传栏信息发布执行“三审三校”；图书绘本、"
                  "玩教具进园前经审查。",
                  "研判每少1次扣1分；信息发布未经审核的，每次扣0.5分；发现问题绘本、读物未及时清理的，每册扣0.5分；发生意识形态领域重大问题的，实行"
                  "一票否决，本项不得分。", 5,
                  "查阅资料、实地查看"),
            _rule("支部书记年初制定支部党建工作计划，年底向局党委述职；落实“双培养”机制，每年至少确定骨干教师入党积极分子1名。",
                  "无工作计划的扣1分；未述职的扣2分；未确定入党积极分子的扣1分；“双培养”台账不全的扣0.5分。", 5,
                  "查阅资料"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _rule("严格落实“三会一课”制度：支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不"
                  "少于1次。",
                  "“三会一课”每少1次扣0.5分，最高扣5分；书记未讲党课的扣1分；会议无签到、无记录的，每次扣0.2分，最高扣1分。", 8,
                  "查阅资料"),
            _rule("每月开展一次主题党日活动，结合“学雷锋”“七一”“教师节”等节点开展；党员参加率达到百分之九十以上。",
                  "主题党日每少1次扣0.5分，最高扣2分；参加率每低1个百分点扣0.1分，最高扣1分；活动无方案、无照片的，每次扣0.2分，最高扣1分。", 5,
                  "查阅资料"),
            _rule("每年召开一次组织生活会，会前支委之间、支委与党员之间谈心谈话全覆盖；开展民主评议党员，评议结果报局机关党委备案。",
                  "未召开组织生活会的扣3分；谈心谈话未全覆盖的扣1分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。", 6,
                  "查阅资料、个别访谈"),
            _rule("党员按月交纳党费，交纳基数每年核定一次；每季度与退休党员联系一次；严格发展党员程序，发展对象公示不少于5个工作日。",
                  "党费未按月交纳的，每人次扣0.1分，最高扣1分；未核定交纳基数的扣1分；联系每少1次扣0.3分；发展程序不规范的，每处扣0.5分；违规发"
                  "展党员的，本项不得分。", 6,
                  "查阅资料"),
            _rule("按规定设置支部委员会，委员分工明确；支部书记由园长或党员副园长担任，“一肩挑”的配备专职副书记；支部按期换届。",
                  "委员分工不明确的扣0.5分；书记配备不符合规定的扣1分；未按期换届的扣2分。", 5,
                  "查阅资料"),
        )),
        Section("师德师风", "三、师德师风（15分）", 15, (
            _rule("建立师德师风建设制度，每学期开展一次师德专题教育；教职工签订师德承诺书，签订率达到百分之百。",
                  "无制度的扣1分；专题教育每少1次扣1分；承诺书每缺1人扣0.2分，最高扣1分。", 5,
                  "查阅资料"),
            _rule("落实幼儿园教师违反职业行为十项准则处理办法，教职工无体罚和变相体罚幼儿、无违规收受家长礼品礼金、无违规举办收费兴趣班行为。",
                  "发生上述行为经查实的，每起扣2分；造成恶劣社会影响的，实行一票否决，本项不得分。", 6,
                  "个别访谈、问卷测评"),
            _rule("开展党员示范岗创建，每个年级组设立党员示范岗不少于1个；党员教师每年至少上1节公开课或示范课。",
                  "未设立示范岗的，每个年级组扣0.5分；公开课每少1人扣0.2分，最高扣1分；示范岗作用发挥不明显的，酌情扣0.5—1分。", 4,
                  "查阅资料、实地查看"),
        )),
        Section("党建+保教", "四、党建+保教（25分）", 25, (
            _rule("落实安全工作“党政同责、一岗双责”，每月开展一次园所安全隐患排查，每学期开展消防疏散演练不少于2次；全年不发生安全责任事故。",
                  "排查每少1次扣0.5分，最高扣2分；演练每少1次扣0.5分；发生安全责任事故的，实行一票否决，本项不得分。", 7,
                  "查阅资料，局安全管理科提供"),
            _rule("落实家园共育，每学期召开全园家长会不少于1次，开展党员教师家访，家访覆盖率达到百分之百；家长满意度达到百分之九十五以上。",
                  "家长会每少1次扣0.5分；家访覆盖率每低10个百分点扣0.5分；满意度95%以上的得3分，90%（含）—95%的得2分，85%（含）—9"
                  "0%的得1分，85%以下的不得分。", 7,
                  "查阅资料、问卷测评"),
            _rule("组建党员志愿服务队，每季度开展一次进社区科学育儿指导志愿服务；与薄弱园、普惠性民办园结对帮扶不少于1所，全年开展帮扶教研活动不少于4次。",
                  "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分；未结对帮扶的扣1分；帮扶教研活动每少1次扣0.5分。", 6,
                  "查阅资料"),
            _rule("结合园所文化打造“一园一品”党建品牌，有品牌名称、有实施方案、有活动载体。",
                  "无党建品牌的扣3分；实施方案、活动载体每缺一项扣0.5分；品牌特色不明显、成效不突出的，酌情扣1—2分。", 5,
                  "查阅资料、实地查看"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            _rule("党员活动室（党建角）有标识、有党旗、有制度、有书报资料；党建工作经费纳入年度预算，专款专用。",
                  "阵地要素每缺一项扣0.5分；党建工作经费未纳入预算的扣1分；经费使用不规范的，酌情扣0.5—1分。", 5,
                  "实地查看、查阅资料"),
            _rule("党建工作台账分类规范、一年一册；每学期形成党建工作小结，年底形成年度工作总结；党务每季度公开一次。",
                  "台账不规范的，酌情扣0.5—1分；小结、总结每缺一项扣0.5分；党务公开每少1次扣0.5分；台账补记、造假的，本项不得分。", 5,
                  "查阅资料"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "考核细则", "分值", "考核方式"]
NOTES = (
    "说明：",
    "1.本细则由局党委于2026年1月上旬组织考核，组织人事科牵头，学前教育科、安全管理科参加，机关纪委派员监督，以2025年1月1日至12月31日形成的资料"
    "为准。",
    "2.各项扣分以该项分值为限，扣完为止；同一问题在不同项目中不重复扣分。",
    "3.考核结果分为“优秀”“良好”“一般”“较差”四个等次，作为幼儿园年度办园水平督导评估和党支部书记年度考核的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：区属公办幼儿园党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            for c, v in ((1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
