"""合肥市林业和园林局党委2025年度合肥野生动物园党支部党建工作考核细则 (.docx), as the 局党委 of the 合肥市林业和园林局 in 安徽 (its 机关党委办公室
with the 人事处, the 野生动植物保护处, the 安全监管处 and the 局纪检组, a 考核组 walking the 园 in the west of the city by the 大蜀山 in the middle of
December, when the 步行区 is quiet, the 大熊猫 and the 东北虎 keep to their warm houses, the 自驾车游区 is half shut for the winter and the 春节 灯会 of
the new year is being planned) scores the 党支部 of the 动物园: the 饲养员 who keep the 猛兽区 and the 鸟语林, the 兽医 of the 动物医院 who run the 防疫
and the 免疫, the 游客服务 staff of the 售票处 and the 游客中心, the 科普 team that takes the 野生动物保护 into the 学校 and the 社区: a table whose 考核
标准 prints what the 支部 must have done, whose 扣分办法 takes points off one clause at a time (scoring the 人均 志愿服务时长 in bands of 小时 and the
游客 满意率 in bands), whose 考核方式 says only how the 考核组 looks, and under which a small 加分项 table: 政治建设 (the “第一议题”, a monthly 集中学习,
32学时 and 8000分 of 学习强国; a half-yearly 研判, the “三审三校” and a 一票否决; the 年初 责任书, the 风险点 and a quarterly 廉政教育), 组织建设 (the
“三会一课”, the 补开 after the 高峰期 and the 书记's 党课; the 主题党日 on the 20th, two on the 爱鸟周 and 宣传月 and the 参加率; the 组织生活会, the 征求
意见, the 对照检查, the 民主评议 and the 备案; one 积极分子, the 公示 and a "本项不得分"; 党费 按月 and a yearly 公开; a quarterly 积分 公示 and the 年底
评选; the 谈心谈话 全覆盖), 业务融合 (the 党员责任区, a monthly 动物福利 自查, the 健康档案 and a "本项不得分"; a quarterly 疫病监测, the 春秋 集中免疫
and the 免疫密度; four 先锋岗, the 突击队 and the 按期办结率; a monthly 排查, the 台账, a half-yearly 猛兽逃逸 演练 and a 一票否决; the 科普服务队, six
科普 活动 and the 时长 in bands; the 品牌 and three 报道; the 年底 游客 满意率 in bands) and 基础保障 (the 年初 计划, the 年中 小结, the 年底 总结, the
年底 述职 and its 满意率; the 台账 and the 活动室 with 标识、党旗、制度; the 换届, the 书记 and one 培训).

The title (bold, centred) and a centred "（考核对象：合肥野生动物园党支部）" line above one table: 序号 | 考核项目 | 考核标准 | 分值 | 扣分办法 | 考核方式.
Each category is a SECTION ROW merged across the table, printed WITH a bracketed ordinal and its points on one line, "（一）政治建设（15分）". 序号
(FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.3"). 考核项目 is a short name (`Row.indicator`); 考核标准 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 扣分办法 (`Row.scoring`); 考核方式 (`Row.method`) comes LAST and names ways of checking only (查阅资料,
平台查询, 现场查看, 个别谈话, 抽查动物档案, 系统查询, 问卷调查 …), no papers. A 合计 row of 100 closes the table; then a "加分项（最高加5分）" paragraph and
a small second table 序号 | 加分内容 | 最高加分 of three rows (not in `sections`); then a "说明：" paragraph and three numbered lines. Counts in figures
and Chinese numerals, nearly all in the 考核标准 ("每月开展一次", "每人每年…不少于32学时", "不低于8000分", "每半年…一次", "年初", "每季度开展一次",
"支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "一周内", "每年讲党课不少于1次", "每月20日", "年内…不少于2次",
"不低于百分之九十", "每年召开一次", "年内…不少于1名", "不少于5个工作日", "按月", "每年…公开一次", "每季度公示一次", "年底", "每年…不少于1次", "全覆盖",
"每月开展一次", "100%", "每季度开展一次", "春秋两季", "100%", "不少于4个", "百分之百", "每月开展一次", "每半年组织一次", "全年", "年内…不少于6场",
"不少于10小时", "年内…不少于3次", "年底", "百分之九十以上", "年初", "年中", "年底", "年底", "不低于百分之八十五", "按期", "每年…不少于1次"); "最高扣"
caps; bands of the 人均 时长 in 小时 (2 of the 6 points, closed by "6小时以下的不得分") and of the 游客 满意率 (all 5, closed by "85%以下的不得分");
"每低5个百分点" once and "每低1个百分点" twice; "酌情扣0.5-1分" twice and "酌情扣0.5分" twice; two "实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the table prints it: 考核项目, 考核标准, 分值, 扣分办法, 考核方式."""
    return Row(text, points, scoring, how, indicator=label)


TABLE = Table(
    name="zzzzv_hefei_yesheng_dongwuyuan_zhibu_docx",
    fmt="docx",
    title="合肥市林业和园林局党委2025年度合肥野生动物园党支部党建工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "（一）政治建设（15分）", 15, (
            _row("理论学习",
                 "落实“第一议题”制度，每月开展一次集中学习；党员每人每年参加学习培训不少于32学时；“学习强国”年人均学习积分不低于8000分。", 5,
                 "“第一议题”制度未落实的扣0.5分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分；人均积分未达标的扣0.5分。",
                 "查阅资料、平台查询"),
            _row("意识形态",
                 "每半年分析研判一次意识形态形势；园区科普展板、动物介绍牌、官方微信公众号发布内容落实“三审三校”。", 5,
                 "研判每少1次扣1分；发布内容未经审核的，每次扣0.5分，最高扣2分；发生意识形态领域问题造成不良影响的，实行一票否决，本项不得分。",
                 "查阅资料、现场查看"),
            _row("党风廉政",
                 "年初签订党风廉政建设责任书；围绕门票收入、动物饲料采购、动物交换引进等环节排查廉政风险点；每季度开展一次廉政教育。", 5,
                 "未签订责任书的扣1分；未排查风险点的扣1分；廉政教育每少1次扣0.5分，最高扣2分；党员受到党纪处分的，每人扣1分。", "查阅资料、个别谈话"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；节假日游客高峰期顺延召开的，在高峰期结束后一周内"
                 "补开；支部书记每年讲党课不少于1次。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；未按时补开的，每次扣0.3分，最高扣1分；书记未讲党课的扣1分；会议记录不规范的，酌情扣0.5-1分。",
                 "查阅资料"),
            _row("主题党日",
                 "每月20日开展主题党日活动；年内结合“爱鸟周”“野生动物保护宣传月”开展主题党日不少于2次；党员参加率不低于百分之九十。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；结合宣传月开展的主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分，最高扣1.5分。", "查阅资料"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前征求意见，支委班子和党员个人撰写对照检查材料；会后开展民主评议党员，评议结果报局机关党委备案。", 5,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；对照检查材料每缺1人扣0.1分，最高扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案"
                 "的扣0.5分。", "查阅资料、个别谈话"),
            _row("发展党员",
                 "年内确定入党积极分子不少于1名，注重从饲养员、兽医等一线技术骨干中培养；发展对象公示不少于5个工作日。", 4,
                 "未确定积极分子的扣1.5分；未公示的扣1分；违反程序发展党员的，本项不得分。", "查阅资料"),
            _row("党费管理",
                 "党员按月交纳党费；党费收缴、使用情况每年向党员公开一次。", 3,
                 "未按月交纳的，每人次扣0.1分，最高扣1.5分；未公开的扣1分。", "查阅资料、系统查询"),
            _row("积分管理",
                 "推行党员积分管理，积分每季度公示一次；年底根据积分评选“优秀党员”“岗位能手”。", 3,
                 "无积分台账的扣1分；公示每少1次扣0.3分；年底未评选的扣0.5分。", "查阅资料"),
            _row("谈心谈话",
                 "支部书记与支委、支委与党员每年谈心谈话不少于1次，实现全覆盖；对思想波动、家庭困难的党员及时谈心谈话。", 3,
                 "谈心谈话未全覆盖的，每少1人扣0.2分，最高扣2分；重点对象未及时谈心谈话的，酌情扣0.5分。", "个别谈话"),
        )),
        Section("业务融合", "（三）业务融合（40分）", 40, (
            _row("动物福利",
                 "设立党员责任区，党员饲养员包干重点动物场馆；每月开展一次动物福利自查；动物健康档案一兽一档，建档率100%。", 7,
                 "未设立党员责任区的扣1分；自查每少1次扣0.3分，最高扣2分；健康档案每缺一份扣0.2分，最高扣2分；因管理不善导致珍稀动物非正常死亡的，"
                 "本项不得分。", "现场查看、抽查动物档案"),
            _row("疫病防控",
                 "党员兽医带头落实动物防疫制度，每季度开展一次重点疫病监测；按规定完成春秋两季集中免疫，免疫密度达到100%。", 6,
                 "疫病监测每少1次扣0.5分，最高扣2分；集中免疫每少1季扣1分；免疫密度每低1个百分点扣0.5分，最高扣2分。", "查阅资料、系统查询"),
            _row("游客服务",
                 "在游客服务中心、售票处、自驾车游区设立党员先锋岗不少于4个；节假日游客高峰期组建党员突击队；游客投诉按期办结率达到百分之百。", 6,
                 "先锋岗每少1个扣0.5分；未组建突击队的扣1分；办结率每低1个百分点扣0.3分，最高扣2分；先锋岗作用发挥不明显的，酌情扣0.5分。",
                 "现场查看、查阅资料"),
            _row("安全生产",
                 "每月开展一次安全隐患排查，建立隐患整改台账；每半年组织一次猛兽逃逸应急演练；全年不发生游客伤亡事故。", 6,
                 "排查每少1次扣0.3分，最高扣1.5分；无整改台账的扣1分；应急演练每少1次扣1分；发生游客伤亡事故的，实行一票否决，本项不得分。",
                 "查阅资料、现场查看"),
            _row("科普宣教",
                 "组建党员科普志愿服务队，年内开展“科普进校园、进社区”活动不少于6场；党员年人均志愿服务时长不少于10小时。", 6,
                 "未组建服务队的扣1分；科普活动每少1场扣0.5分，最高扣2分；人均时长10小时以上的得2分，6小时（含）—10小时的得1分，6小时以下的不得分。",
                 "查阅资料、平台查询"),
            _row("党建品牌",
                 "打造“守护生灵”党建品牌；年内在市级以上媒体宣传报道不少于3次。", 4,
                 "未打造品牌的扣1.5分；宣传报道每少1次扣0.5分；品牌特色不鲜明的，酌情扣0.5-1分。", "查阅资料"),
            _row("游客评价",
                 "年底委托第三方开展游客满意度调查，满意率达到百分之九十以上。", 5,
                 "满意率95%以上的得5分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分。", "问卷调查"),
        )),
        Section("基础保障", "（四）基础保障（15分）", 15, (
            _row("计划述职",
                 "年初制定支部工作计划，年中形成半年工作小结，年底形成工作总结；支部书记年底向局党委述职，述职评议满意率不低于百分之八十五。", 6,
                 "缺计划、半年小结或总结的，每项扣1分；未述职的扣2分；满意率低于85%的扣1分。", "查阅资料、民主测评"),
            _row("台账阵地",
                 "支部台账资料分类归档；党员活动室做到有标识、有党旗、有制度。", 4,
                 "台账每缺一类扣0.3分，最高扣1.5分；活动室缺标识、党旗或制度的，每项扣0.5分。", "查阅资料、现场查看"),
            _row("班子建设",
                 "支部按期换届，支部书记由园区主要负责人担任；支部委员每年参加上级党务干部培训不少于1次。", 5,
                 "未按期换届的扣2分；书记配备不符合要求的扣1分；培训每少1人次扣0.5分，最高扣2分。", "查阅资料"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核标准", "分值", "扣分办法", "考核方式"]
BONUS_HEADER = ["序号", "加分内容", "最高加分"]
BONUS = (
    ("1", "支部或党员获得省、市级以上表彰的，每项加1分。", "2"),
    ("2", "珍稀动物繁育取得突破，经验被国家或省级行业协会推广的，加1分。", "1"),
    ("3", "在游客救助、动物救护等突发事件中表现突出，受到市级以上通报表扬的，每次加1分。", "2"),
)
NOTES = (
    "说明：",
    "1.本细则由局党委于12月中旬组织考核，采取听取汇报、查阅资料、现场查看、个别谈话、问卷调查相结合的方式进行，以2025年1月1日至考核之日形成的"
    "资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；扣分办法列明得分档次的，按档次计分；游客满意度以第三方调查报告为准，免疫密度以园区动物医院免疫记录为准。",
    "3.考核得分（含加分）90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：合肥野生动物园党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for i, row in enumerate(s.rows, 1):
            cells = ((0, str(i)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph("加分项（最高加5分）")
    bonus = docx_grid_table(document, 1 + len(BONUS), len(BONUS_HEADER), BONUS_HEADER)
    for i, line in enumerate(BONUS, 1):
        for c, v in enumerate(line):
            bonus.cell(i, c).text = v
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
