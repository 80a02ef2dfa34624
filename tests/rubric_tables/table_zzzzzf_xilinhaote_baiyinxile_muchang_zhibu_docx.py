"""白音锡勒牧场党委2025年度分场党支部建设考核评分表 (.docx), as the 牧场党委 of the 国营 白音锡勒牧场 at 内蒙古 锡林郭勒盟 锡林浩特市 (its 党群
工作部 with the 畜牧兽医站, the 草原站, the 经管站, the 综治办 and the 牧场纪委, a 考核组 that drives out over the frozen 典型草原 to the 分场 in the
third week of December, when the 冬营盘 are occupied, the 饲草料 stacks stand beside every 棚圈, the 那达慕 grounds are under snow and the 白灾
warnings come over the radio) scores the 党支部 of a 分场: the 分场 of 牧民 党员 spread over many kilometres of 草场, the 远牧点 reached only by
motorbike in winter, the 分场 with a 奶食品 workshop and a 牧家乐 by the road to 锡林浩特: a table of 考核项目 and 考核指标 whose 考核标准 prints what the
支部 must have done, whose 评分办法 takes points off one clause at a time (scoring the 年底 满意率 in bands) and whose 考核方式 says how the 考核组 looks:
组织建设 (the 3至5名 委员, the 换届, one 支委 under 45 and the 团结; the “三会一课”, the 远牧点 and the 参会率; the 主题党日 in 蒙汉双语, one 现场教学
and the “七一” 活动; the 组织生活会, the 征求意见, the 民主评议 and its 公示; 党费 按月, the quarterly 联系 of the 转场 党员 and one 积极分子), 生产发展
(the 草畜平衡, the 45天 of 休牧 and the 签订率; the 良种化率, four 培训 and three 帮带 牧户 each; the 收入, the 合作社, the 分配方案 and its 公示; the 储草,
the 演练, the 突击队 and a 一票否决; two 免疫, the 免疫密度 and a "本项不得分"; two 致富项目 and the 收入), 服务牧民 (five 联系牧户 each, a quarterly 走访,
the 问题台账 and the 办结率; a monthly 排查, the 调处成功率 and a "本项不得分"; a half-yearly 宣讲, the 评选 and its 公示; the 服务队, a quarterly 志愿服务
and two each; the 年底 满意率 in bands) and 基础保障 (the 标识、党旗、制度, the 双语 清单 and a monthly 流动服务; 32学时, the 冬训, the 参训率 and the 书记's
5天; the 年初 计划 and 清单, the 年底 总结, the 年底 述职 and the “好”等次比例; the 年初 责任书, a half-yearly 公开 and no 处分).

The title (bold, centred) and a centred "（考核对象：牧场各分场党支部）" line above one table: 考核项目 | 考核指标 | 考核标准 | 评分办法 | 分值 | 考核方式.
There is NO 序号: the items are numbered by position 1..20. The 考核项目 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH
their points on a SECOND line, "组织建设\\n（25分）". 考核指标 (SECOND column) is a short name on every row (`Row.indicator`); 考核标准 (`Row.text`) says
what is required; the 评分办法 (`Row.scoring`) comes BEFORE the 分值, a plain number; 考核方式 (`Row.method`) last, naming only the ways the 考核组
checks ("查阅资料", "个别谈话", "实地查看", "入户走访", "问卷测评"). A 合计 row of 100 closes the table; a "说明：" paragraph with three numbered lines
follows it. Counts in figures and Chinese numerals, nearly all in the 考核标准 ("3至5名", "按期", "45周岁以下的不少于1名", "支部委员会每月召开1次，党员
大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "百分之八十", "每月开展一次", "年内…不少于1次", "“七一”前后", "每年召开一次", "按月", "每季度
至少联系一次", "年内…不少于1名", "每年春季…不少于45天", "100%", "百分之九十以上", "年内…不少于4期", "不少于3户", "不少于1个", "入冬前", "每年组织一次",
"24小时", "全年", "春秋两季", "100%", "全年", "年内…不少于2个", "不少于5户", "每季度…一次", "百分之九十", "每月开展一次", "百分之九十五", "全年", "每半年
开展一次", "每年…一次", "每季度…一次", "每人每年…不少于2次", "年底", "百分之九十", "每月开展一次", "每人每年…不少于32学时", "每年冬季", "百分之九十",
"每年…不少于5天", "年初", "年底", "年底", "不低于百分之七十五", "年初", "每半年…公开一次", "全年"); "最高扣" caps; bands of the 年底 满意率 (all 6 points,
closed by "85%以下的不得分"); "每低10个百分点" once, "每低5个百分点" four times and "每低1个百分点" twice; "酌情扣1-2分" twice, "酌情扣0.5-1分" three times
and "酌情扣0.5分" once; one "实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, scoring: str, points: float, how: str) -> Row:
    """One row in the order the table prints it: 考核指标, 考核标准, 评分办法, 分值, 考核方式."""
    return Row(text, points, scoring, how, indicator=label)


TABLE = Table(
    name="zzzzzf_xilinhaote_baiyinxile_muchang_zhibu_docx",
    fmt="docx",
    title="白音锡勒牧场党委2025年度分场党支部建设考核评分表",
    numbering="position",
    sections=(
        Section("组织建设", "组织建设\n（25分）", 25, (
            _row("支部班子",
                 "支部委员会由3至5名委员组成，按期换届；支委中45周岁以下的不少于1名；支部书记由分场场长或党员骨干担任，班子团结。",
                 "支委配备不齐的扣1分；未按期换届的扣1.5分；无45周岁以下支委的扣0.5分；班子不团结的，酌情扣1-2分。", 5, "查阅资料、个别谈话"),
            _row("三会一课",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；转场放牧期间，可通过微信视频等方式组织远牧点党员参加；"
                 "党员参会率达到百分之八十。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；远牧点党员长期未参加组织生活的，每人扣0.2分，最高扣1分；参会率每低5个百分点扣0.5分，最高扣1.5分。",
                 6, "查阅资料"),
            _row("主题党日",
                 "每月开展一次主题党日活动，用蒙汉双语开展；年内组织党员到锡林郭勒盟党性教育基地开展现场教学不少于1次；“七一”前后开展“光荣在党50年”纪念章"
                 "颁发或走访老党员活动。",
                 "主题党日每少1次扣0.3分，最高扣2分；未开展现场教学的扣1分；“七一”活动未开展的扣1分。", 4, "查阅资料"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前征求牧民群众意见，会上开展批评和自我批评；会后开展民主评议党员，评议结果在分场公开栏公示。",
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；未开展民主评议党员的扣1.5分；评议结果未公示的扣0.5分；批评和自我批评不深入的，酌情扣0.5-1分。",
                 5, "查阅资料、个别谈话"),
            _row("党员管理",
                 "党员按月交纳党费；外出务工、转场放牧的流动党员每季度至少联系一次；年内确定入党积极分子不少于1名，注重从青年牧民、返乡大学生中培养。",
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；流动党员联系每少1人次扣0.1分，最高扣1.5分；未确定积极分子的扣1.5分；培养对象结构不合理的，"
                 "酌情扣0.5分。", 5, "查阅资料"),
        )),
        Section("生产发展", "生产发展\n（30分）", 30, (
            _row("草畜平衡",
                 "党员带头落实草畜平衡和禁牧休牧制度，党员牧户无超载过牧；每年春季休牧期不少于45天；党员牧户与牧场签订草畜平衡责任书，签订率100%。",
                 "党员牧户超载过牧的，每户扣1分，最高扣3分；休牧期不足的，酌情扣1-2分；签订率每低10个百分点扣0.5分，最高扣1.5分。", 6,
                 "实地查看、查阅资料"),
            _row("良种改良",
                 "推广乌珠穆沁羊、西门塔尔牛良种改良，党员示范户良种化率达到百分之九十以上；年内组织养殖技术、疫病防控培训不少于4期；每名党员技术骨干联系"
                 "帮带牧户不少于3户。",
                 "良种化率每低5个百分点扣0.5分，最高扣2分；技术培训每少1期扣0.5分，最高扣2分；联系帮带未落实的，每人扣0.3分，最高扣1.5分。", 6,
                 "查阅资料、入户走访"),
            _row("集体经营",
                 "分场集体经济收入不低于上年；党支部领办牧民专业合作社或家庭牧场联合体不少于1个；合作社年度收益分配方案经社员大会通过并公示。",
                 "集体经济收入较上年下降的扣1.5分；未领办合作社或联合体的扣2分；收益分配方案未经社员大会通过的扣1分；未公示的扣0.5分。", 5, "查阅资料"),
            _row("防灾抗灾",
                 "入冬前储备饲草料，党员户储草量达到牧场规定标准；每年组织一次防白灾、黑灾应急演练；组建党员抗灾突击队，雪灾、旱灾期间24小时待命；全年不发生"
                 "因灾大批牲畜死亡事件。",
                 "饲草料储备不足的，酌情扣0.5-1分；未开展演练的扣1分；未组建突击队的扣1分；发生因灾大批牲畜死亡事件的，实行一票否决，本项不得分。", 5,
                 "实地查看、查阅资料"),
            _row("疫病防控",
                 "落实春秋两季集中免疫，牲畜免疫密度达到100%；党员带头配合检疫和耳标佩戴；全年不发生重大动物疫情。",
                 "免疫密度每低1个百分点扣0.5分，最高扣2分；党员户拒不配合检疫的，每户扣1分；发生重大动物疫情的，本项不得分。", 4, "查阅资料、实地查看"),
            _row("牧民增收",
                 "党员牧户带头发展牧家乐、奶食品加工等增收项目，年内新增党员致富项目不少于2个；分场牧民人均可支配收入较上年增长。",
                 "致富项目每少1个扣1分；牧民人均收入未增长的扣2分。", 4, "查阅资料"),
        )),
        Section("服务牧民", "服务牧民\n（25分）", 25, (
            _row("联户服务",
                 "推行党员中心户联系牧户，每名党员联系牧户不少于5户，每季度入户走访一次；走访收集的问题建立台账，办结率达到百分之九十。",
                 "联户未落实的，每人扣0.2分，最高扣1.5分；走访每少1次扣0.3分，最高扣1.5分；无问题台账的扣1分；办结率每低5个百分点扣0.5分，最高扣2分。", 5,
                 "查阅资料、入户走访"),
            _row("矛盾调处",
                 "每月开展一次草场边界、承包经营等矛盾纠纷排查，调处成功率达到百分之九十五；全年不发生因草场纠纷引发的群体性事件。",
                 "排查每少1次扣0.3分，最高扣2分；调处成功率每低1个百分点扣0.3分，最高扣2分；发生群体性事件的，本项不得分。", 5, "查阅资料"),
            _row("民族团结",
                 "深入开展民族团结进步创建，每半年开展一次铸牢中华民族共同体意识主题宣讲；推广国家通用语言文字；每年评选一次民族团结进步模范户并公示。",
                 "宣讲每少1次扣1分；国家通用语言文字推广不力的，酌情扣0.5-1分；未开展评选的扣1分；评选结果未公示的扣0.5分。", 5, "查阅资料、个别谈话"),
            _row("志愿服务",
                 "组建“马背上的党员服务队”，每季度深入远牧点开展一次政策宣传、送医送药志愿服务；党员每人每年参加志愿服务不少于2次。",
                 "未组建服务队的扣1分；志愿服务每少1次扣0.5分，最高扣2分；党员参加志愿服务不足2次的，每人扣0.1分，最高扣1分。", 4, "查阅资料"),
            _row("牧民满意",
                 "牧场党委年底组织牧民代表对分场党支部工作进行满意度测评，满意率达到百分之九十。",
                 "满意率95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，85%以下的不得分。", 6, "问卷测评"),
        )),
        Section("基础保障", "基础保障\n（20分）", 20, (
            _row("阵地建设",
                 "分场党群服务站做到有标识、有党旗、有制度；设置蒙汉双语便民服务事项清单；远牧点设立流动服务点，每月开展一次流动服务。",
                 "标识、党旗、制度每缺一项扣0.5分；未设置双语清单的扣0.5分；流动服务每少1次扣0.3分，最高扣2分。", 5, "实地查看"),
            _row("学习培训",
                 "党员每人每年参加集中学习培训不少于32学时；每年冬季牧闲时节开展党员冬训，参训率达到百分之九十；支部书记每年参加牧场党委轮训不少于5天。",
                 "学时不足的，每人扣0.1分，最高扣1.5分；未开展冬训的扣1.5分；参训率每低5个百分点扣0.5分，最高扣1.5分；书记培训不足5天的扣1分。", 6,
                 "查阅资料"),
            _row("计划述职",
                 "年初制定支部工作计划和党建工作责任清单，年底形成工作总结；支部书记年底向牧场党委述职，述职评议“好”等次比例不低于百分之七十五。",
                 "缺计划、清单或总结的，每项扣1分；未述职的扣2分；“好”等次比例低于75%的扣1分。", 5, "查阅资料"),
            _row("廉洁建设",
                 "年初签订党风廉政建设责任书；草原生态保护补助奖励资金发放情况每半年在分场公开一次；全年支部党员无违纪违法问题。",
                 "未签订责任书的扣1分；补奖资金公开每少1次扣1分；党员受到党纪处分的，每人扣2分。", 4, "查阅资料、实地查看"),
        )),
    ),
)

HEADER = ["考核项目", "考核指标", "考核标准", "评分办法", "分值", "考核方式"]
NOTES = (
    "说明：",
    "1.本表由牧场党委于12月中下旬组织考核，党群工作部牵头，畜牧兽医站、草原站、经管站、综治办、牧场纪委参加，考核方式栏所列方式相结合进行，以2025年"
    "1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分办法列明得分档次的，按档次计分；远牧点因雪灾道路阻断无法实地查看的，以视频连线方式核查。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与分场干部年度绩效和“五星支部”创建挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：牧场各分场党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
