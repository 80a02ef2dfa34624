"""镇雄县2025年度乡镇中心学校党支部党建工作考核评分表 (.docx), as the 县委教育工委 of 云南 昭通 镇雄 (its 组织科 with the 县教育体育局's 基础
教育股, 安全股 and 学生资助中心, the 县控辍保学工作专班 and the 驻局纪检监察组, a 考核组 going round the 乡镇 in December) scores the 党支部 of
the 乡镇中心学校 of one of the most populous counties of 云南: the 中心学校 that runs the 村完小 and the 教学点 scattered over the 乌蒙山 ridges,
the 寄宿制 children who walk an hour on Sunday evening to the school and sleep there all week, the 留守儿童 whose parents work in 浙江 and 广东,
the 营养改善计划 lunch, the 辍学 and the 劝返 of the 控辍保学 the county was known for, the summer 河 and 水塘 where children drown, the
“万名教师访万家” 家访, the 有偿补课 the 师德 rules forbid: a table whose 考核项目 cell is merged down the SECOND column, whose 考核内容 prints every
requirement and figure, whose 评分标准 gives one deduction a clause and whose 考核方式 says how the 考核组 checks: 党的领导 (the 党组织领导的校长负责
制 with its 议事规则; a monthly 集中学习, two 政治理论学习 a month and 32学时; a 学期 专题研究 of the 意识形态, a 学期 排查 of the 课堂 and the
教辅, the 审核 and a 一票否决), 组织建设 (the 支部 and the 党小组 of the 村完小, the 换届 and the 覆盖率; the “三会一课” with the 书记's 党课 a 学期,
the 视频 and no 补记; the monthly 主题党日, the 示范岗 and a 示范课 a 学期; the 组织生活会 with 民主评议, 征求意见 and 备案; one 积极分子, "每两年
至少发展党员1名", a half-yearly 考察 and the 程序; 党费 with a half-yearly 公示 and the 骨干教师 比例), 立德树人和中心工作 (the 控辍保学 包保, the
动态清零, the “一生一案” and a 一票否决; ten 家访 a 学期, the 全覆盖 and the 家访记录; the 关爱台账, two 留守儿童 a teacher with a monthly 谈心, the
夜间值班 and “一日三检” and the “留守儿童之家”; the 营养 资金 公示 a 学期, the 陪餐制度, a monthly 自查, the 挤占 and a 一票否决; two 安全教育 a
学期, the 防溺水 家访 before the summer, the 安全责任书, a 学期 演练 and the 溺亡) and 师德师风和责任落实 (the 承诺书, a 学期 专题教育, the 有偿补课;
the 年初 计划, the 年底 述职 and the 家长 满意度 in bands).

The title (bold, centred) and a centred "（考核对象：县委教育工委所属各乡镇中心学校党支部）" line above one table: 序号 | 考核项目 | 考核内容 |
分值 | 评分标准 | 考核方式. 序号 (FIRST column) runs 1..16 through the whole table. The categories are MERGED CELLS down the 考核项目 column
(SECOND), printed WITH an ordinal and their points on a SECOND line, "一、党的领导\\n（16分）"; there is no short sub-label. 考核内容 says what is
required (`Row.text`); 分值 is a plain number BEFORE the 评分标准. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅会议记录, 个别访谈,
查阅资料, 抽查学时, 实地查看, 随堂听课, 查阅档案, 查阅台账, 抽查家访记录, 电话回访, 查看食堂, 家长问卷, once "县控辍保学工作专班提供"): no
papers. A 合计 row of 100 closes the table; a "备注：" paragraph follows it. Counts in figures and Chinese numerals, nearly all in the 考核内容
("每月组织一次", "每月不少于2次", "每年…不少于32学时", "每学期专题研究一次", "每学期…开展一次", "3人以上", "按期", "支部委员会每月召开1次，支部
党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每学期讲党课不少于1次", "每月开展一次", "每学期上示范课不少于1节", "每年召开一次",
"年内…不少于1名", "每两年至少发展党员1名", "每半年考察一次", "按月", "每半年公示一次", "每学期家访不少于10户", "不少于2名", "每月至少谈心一次",
"每周开放不少于2次", "每学期公示一次", "每月开展一次", "每学期…不少于2次", "暑假前", "每学期…不少于1次", "每学期开展一次", "年初", "年底");
"百分之六十", "百分之三十", "百分之九十", "100%"; "最高扣" caps; "酌情扣0.5分" once and "酌情扣1-2分" once; one set of bands (the 家长 满意度 for
5 of the 8 points, closed by "85%以下的不得分"); three "实行一票否决，本项不得分"; five other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzz_zhenxiong_xiangzhen_xuexiao_zhibu_docx",
    fmt="docx",
    title="镇雄县2025年度乡镇中心学校党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("党的领导", "一、党的领导\n（16分）", 16, (
            Row("落实党组织领导的校长负责制，学校发展规划、重大事项、大额资金使用等由党支部会议研究决定；健全党支部会议、校长办公会议议事"
                "规则。", 5,
                "重大事项未经党支部会议研究决定的，每件扣1分，最高扣2分；未制定议事规则的扣1分；党支部会议记录不规范的，酌情扣0.5分。",
                "查阅会议记录、个别访谈"),
            Row("党支部每月组织一次党员集中学习；教职工政治理论学习每月不少于2次；党员教师每年参加学习培训不少于32学时。", 5,
                "集中学习每少1次扣0.3分，最高扣2分；政治理论学习每少1次扣0.2分，最高扣1分；学时不足的，每人扣0.1分，最高扣1分。",
                "查阅资料、抽查学时"),
            Row("党支部每学期专题研究一次意识形态工作；每学期对课堂教学、教辅读物、校园网站和家长微信群开展一次排查；教辅读物征订经党支部审核"
                "把关。", 6,
                "专题研究每少1次扣1分；排查每少1次扣0.5分；教辅读物未经审核征订的扣0.5分；发生意识形态事件造成不良影响的，实行一票否决，本项"
                "不得分。", "查阅资料、实地查看"),
        )),
        Section("组织建设", "二、组织建设\n（30分）", 30, (
            Row("中心学校正式党员3人以上的单独建立党支部，村完小、教学点党员编入党小组；党支部按期换届；村完小、教学点党员教师覆盖率达到百分之"
                "六十。", 5,
                "组织设置不规范的扣1分；未按期换届的扣2分；覆盖率每低10个百分点扣0.5分。", "查阅资料"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党支部书记每学期讲党课不少于1次；村完小、"
                "教学点党员可通过视频方式参加。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；会议记录补记、代签的，本项不得分。", "查阅会议记录"),
            Row("每月开展一次主题党日；设立党员示范岗，党员教师挂牌上岗；党员教师每学期上示范课不少于1节。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；未设立党员示范岗的扣0.5分；示范课不足的，每人扣0.1分，最高扣1分。", "查阅资料、随堂听课"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前征求教职工和学生家长意见；评议结果报县委教育工委备案。", 4,
                "未召开组织生活会的扣2分；未开展民主评议的扣1分；未征求意见的扣0.5分；未备案的扣0.5分。", "查阅会议记录"),
            Row("注重在优秀青年教师、骨干教师中发展党员，年内确定入党积极分子不少于1名，每两年至少发展党员1名；入党积极分子每半年考察一次。", 5,
                "未确定入党积极分子的扣1分；两年内未发展党员的扣2分；考察每少1次扣0.5分；违反程序发展党员的，本项不得分。", "查阅档案"),
            Row("党员按月足额交纳党费，每半年公示一次党费收缴情况；实施“双培养”，党员教师中县级以上骨干教师、学科带头人比例不低于百分之三十。",
                5,
                "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；骨干教师比例低于30%的扣1分。", "查阅台账"),
        )),
        Section("立德树人和中心工作", "三、立德树人和中心工作\n（40分）", 40, (
            Row("落实控辍保学“双线四级”责任制，党员教师包保疑似辍学和学习困难学生；义务教育阶段辍学学生动态清零；劝返复学学生建立“一生一案”。",
                9,
                "党员教师未落实包保责任的扣1分；辍学学生未动态清零的，每人扣1分，最高扣4分；劝返复学学生无“一生一案”的，每人扣0.5分；因管理"
                "不到位导致适龄学生长期失学被上级通报的，实行一票否决，本项不得分。", "查阅资料、县控辍保学工作专班提供"),
            Row("开展“万名教师访万家”活动，党员教师每学期家访不少于10户，留守儿童、困难家庭学生家访全覆盖；家访情况登记在册。", 7,
                "家访不足的，每人扣0.2分，最高扣2分；留守儿童、困难家庭学生家访每缺1户扣0.2分，最高扣2分；无家访记录的扣1分。",
                "抽查家访记录、电话回访"),
            Row("建立留守儿童关爱台账，党员教师每人结对留守儿童不少于2名，每月至少谈心一次；寄宿制学校落实夜间值班和“一日三检”制度；“留守"
                "儿童之家”每周开放不少于2次。", 8,
                "无关爱台账的扣1分；结对不足的，每人扣0.2分，最高扣1分；谈心每少1次扣0.1分，最高扣1分；夜间值班、“一日三检”不落实的，酌情扣"
                "1-2分；“留守儿童之家”未按要求开放的扣0.5分。", "查阅台账、实地查看"),
            Row("农村义务教育学生营养改善计划足额落实，营养膳食补助资金使用情况每学期公示一次；学校负责人落实陪餐制度；食堂每月开展一次食品"
                "安全自查。", 8,
                "公示每少1次扣0.5分；未落实陪餐制度的扣1分；自查每少1次扣0.3分，最高扣1.5分；营养膳食补助资金被挤占挪用的，本项不得分；发生"
                "食品安全事故的，实行一票否决，本项不得分。", "查阅资料、查看食堂"),
            Row("每学期开展防溺水、交通、消防安全教育不少于2次；暑假前党员教师“一对一”上门开展防溺水家访，与家长签订安全责任书；每学期组织"
                "应急疏散演练不少于1次。", 8,
                "安全教育每少1次扣0.5分，最高扣2分；未开展防溺水上门家访的扣1分；未签订安全责任书的扣0.5分；演练每少1次扣1分；发生学生溺亡"
                "等安全责任事故的，本项不得分。", "查阅资料、电话回访"),
        )),
        Section("师德师风和责任落实", "四、师德师风和责任落实\n（14分）", 14, (
            Row("教职工签订师德师风承诺书；每学期开展一次师德师风专题教育；严禁在职教师有偿补课和在校外培训机构兼职。", 6,
                "未签订承诺书的，每人扣0.2分，最高扣1分；专题教育每少1次扣0.5分；发现有偿补课或违规兼职的，每人次扣1分；教师违反师德被查处"
                "造成恶劣影响的，本项不得分。", "查阅资料、个别访谈"),
            Row("年初制定党支部工作计划；党支部书记年底向县委教育工委述职；学生家长对学校满意度达到百分之九十。", 8,
                "无工作计划的扣1分；未述职的扣2分；家长满意度95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。",
                "查阅资料、家长问卷"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "评分标准", "考核方式"]
NOTE = ("备注：本表由县委教育工委于12月组织考核，采取查阅资料、实地查看、随堂听课、个别访谈、电话回访、家长问卷相结合的方式进行；各项扣分以"
        "该项分值为限，扣完为止；“每学期”按春季学期、秋季学期分别计算；辍学学生数据以县控辍保学工作专班核定为准；考核得分90分以上的为"
        "“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为“先锋党支部”评选和党支部书记、校长年度考核的重要"
        "依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：县委教育工委所属各乡镇中心学校党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
