"""兰州交通大学机电工程学院党委2025年度党支部工作考核细则 (.docx), as the 学院党委 of a 兰州 university's 机电工程学院 (its 党委书记 with the
组织员, the 分团委 and the 学工办, a 考核组 walking the 实验楼 and the 学生公寓 in the last weeks of the autumn 学期, between the 期末考试 and the
寒假) scores the 党支部 under it: the 教工 支部 of the 机械 and the 车辆工程 系 and of the 实验中心, the 研究生 支部 by 导师组, the 本科生 支部 by 年级,
the 辅导员 who are 书记, the 党员 students on the 宿舍 floors, the 学科竞赛 teams, the 实验室 with their 车床 and 液压台, the “三下乡” teams that go out
to the 河西走廊 in July: a table whose 考核项目 are merged cells, whose 考核要点 prints what the 支部 must have done, whose 评分细则 takes points off one
clause at a time (scoring the 人均 志愿服务时长 and the 满意度 in bands) and whose 考核方式 names only the ways of checking: 政治建设 (a monthly
集中学习, the 参学率 and 32学时; a 学期 研判, the “一会一报” and the 先审后发; the 政治把关 with its 意见 and a yearly 师德师风 教育), 组织建设 (the
书记, 3至5人 and 16学时; the “三会一课”, the 书记's two 党课 and the 参会率; the 主题党日 on the first Wednesday, a yearly 现场教学, the 签到 and the
照片; the 组织生活会, the 谈心谈话, the 对照检查 and its 审核, the 民主评议 and the 测评表; the 积极分子's 40学时, the 结业率, the 纪实 and the 公示;
党费 按月 with a 学期 公示, the 转出率 and the 年底 公示 of the 积分), 作用发挥 (five 学生 a 教工党员, the 宿舍 覆盖率 and a 学期 谈心谈话; one 融合
品牌 and the 科研 比例; no 不及格, the 获奖 比例 and no 违纪; two 志愿服务 a 学期, the 人均 时长 in bands and the “三下乡”; a 学期 办实事 with its 清单
and 公开; a 学期 隐患排查 and the 帮扶 覆盖率; one 案例 and a quarterly 报道) and 基础保障 (the 年初 计划, the 学期 小结 and the 年底 总结; the 述职 and
the “好”的比例; the 工作手册 monthly, the 系统 and the 归档; the 学年 测评 and the 满意度 in bands).

The title (bold, centred) and a centred "（考核对象：学院各教工、研究生、本科生党支部）" line above one table: 序号 | 考核项目 | 考核要点 | 分值 | 评分细则 |
考核方式. The 考核项目 are MERGED CELLS down the SECOND column, printed WITHOUT an ordinal and WITH their points on the same line, "政治建设（15分）".
序号 (FIRST column) runs 1..20 through the table, NOT restarting. There is no short sub-label: 考核要点 (`Row.text`) says what is required; 分值 is a
plain number BEFORE the 评分细则 (`Row.scoring`); 考核方式 (`Row.method`) only names ways of checking (查阅资料, 系统查询, 抽查新媒体平台, 个别访谈,
实地查看, 问卷测评), joined by "、". A 合计 row of 100 closes the table; a "说明：" paragraph with three numbered lines follows it (the first saying
"每学期" means the spring and the autumn 学期). Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月开展一次", "不低于百分之九十",
"每人每年…不少于32学时", "每学期开展一次", "每学年开展一次", "3至5人", "按期", "每年…不少于16学时", "支部委员会每月召开1次，支部党员大会每季度召开1次，
党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "不低于百分之八十五", "每月第一个星期三", "每学年组织一次", "每年召开一次", "不少于40学时",
"100%", "不少于5个工作日", "按月", "每学期公示一次", "100%", "年底", "不少于5名", "100%", "每学期…不少于1次", "不少于1项", "百分之六十", "百分之四十",
"每学期…不少于2次", "不少于20小时", "暑期", "每学期开展一次", "每学期…一次", "100%", "全年", "年内至少…1篇", "每季度…不少于1篇", "年初", "每学期末",
"年底", "年底", "百分之八十五以上", "按月", "1个月内", "按学年", "每学年末", "不低于百分之九十"); "最高扣" caps; bands of the 人均 志愿服务时长 (3 of
the 6 points) and the 学年 满意度 (all 3), each closed by "…以下的不得分"; "酌情扣0.5-1分" once; two "实行一票否决，本项不得分"; three other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzm_lanzhou_jiaoda_jidian_xueyuan_dangwei_docx",
    fmt="docx",
    title="兰州交通大学机电工程学院党委2025年度党支部工作考核细则",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            Row("支部每月开展一次集中学习，党员参学率不低于百分之九十；党员每人每年参加集中学习培训不少于32学时，其中网络学习学时不超过一半。", 6,
                "集中学习每少1次扣0.5分，最高扣2分；参学率每低5个百分点扣0.5分，最高扣2分；学时不达标的，每人扣0.1分，最高扣2分。", "查阅资料、系统查询"),
            Row("每学期开展一次师生思想动态分析研判，形成研判记录；落实报告会、研讨会、讲座、论坛“一会一报”审批制度；支部主办的新媒体平台信息先审"
                "后发。", 5,
                "研判每少1次扣1分；讲座、论坛未履行审批的，每次扣1分；信息未审先发的，每次扣0.5分；发生意识形态责任事件的，实行一票否决，本项不得分。",
                "查阅资料、抽查新媒体平台"),
            Row("支部参与教师引进、职称评审、评奖评优、研究生推免等事项的政治把关，出具支部意见；每学年开展一次师德师风专题教育。", 4,
                "应把关未把关的，每人次扣0.5分，最高扣2分；未开展师德师风专题教育的扣1分；教师发生师德失范行为被查实的，本项不得分。",
                "查阅资料、个别访谈"),
        )),
        Section("组织建设", "组织建设（35分）", 35, (
            Row("教工党支部书记由符合“双带头人”标准的教师党员担任，学生党支部书记由辅导员或优秀教师党员担任；支委会由3至5人组成，按期换届；支部"
                "书记每年参加校级以上培训不少于16学时。", 5,
                "支部书记不符合配备要求的扣2分；未按期换届的扣1分；书记培训不足16学时的扣1分。", "查阅资料"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于2次；党员参会率不低于"
                "百分之八十五。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；参会率每低5个百分点扣0.5分，最高扣2分。", "查阅资料、系统查询"),
            Row("每月第一个星期三开展主题党日，寒暑假期间可线上开展；每学年组织一次赴红色教育基地的现场教学；活动有签到、有照片。", 5,
                "主题党日每少1次扣0.5分，最高扣3分；未开展现场教学的扣1分；缺签到或照片的，每次扣0.1分，最高扣1分。", "查阅资料"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，党员对照检查材料经支部委员会审核；开展民主评议党员，民主评议测评表留存备查。", 5,
                "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；对照检查材料未经审核的扣0.5分；未开展民主评议党员的扣1.5分；测评表缺失的扣"
                "0.5分。", "查阅资料、个别访谈"),
            Row("坚持把政治标准放在首位，注重在高知识群体和优秀学生中发展党员；入党积极分子参加学院党校培训不少于40学时，结业率100%；发展党员全程纪实，"
                "发展对象公示不少于5个工作日。", 6,
                "积极分子培训学时不足的扣1分；结业率每低5个百分点扣0.5分；发展党员未全程纪实的，每人扣0.5分，最高扣2分；发展对象未公示的扣1分；违规"
                "发展党员的，实行一票否决，本项不得分。", "查阅资料、系统查询"),
            Row("党员按月交纳党费，每学期公示一次交纳情况；毕业生党员组织关系转出率100%，不出现“口袋党员”；实行党员积分管理，年底公示积分结果。", 6,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；毕业生组织关系未及时转出的，每人扣0.5分，最高扣2分；积分结果"
                "未公示的扣1分。", "查阅资料、系统查询"),
        )),
        Section("作用发挥", "作用发挥（35分）", 35, (
            Row("教工党员每人联系指导学生不少于5名，学生党员联系宿舍覆盖率达到100%；党员每学期与联系对象谈心谈话不少于1次。", 6,
                "联系学生不足5名的，每人扣0.2分，最高扣1分；联系宿舍覆盖率每低10个百分点扣1分，最高扣2分；谈心谈话每少1人次扣0.1分，最高扣2分。",
                "查阅资料、实地查看"),
            Row("支部结合学科专业开展“党建+教学科研”活动，年内形成党建与业务融合品牌项目不少于1项；党员教师主持或参与科研项目的比例达到百分之六十。",
                6,
                "无融合品牌项目的扣2分；参与比例每低10个百分点扣1分，最高扣3分；融合成效不明显的，酌情扣0.5-1分。", "查阅资料、个别访谈"),
            Row("学生党员课程考核无不及格；学生党员获得校级以上奖励或学科竞赛奖项的比例达到百分之四十；党员无考试违纪。", 5,
                "学生党员有课程不及格的，每人扣0.5分，最高扣2分；获奖比例每低5个百分点扣0.5分，最高扣2分；党员考试违纪的，本项不得分。",
                "系统查询"),
            Row("支部每学期开展志愿服务不少于2次；学生党员年人均志愿服务时长不少于20小时；暑期组织党员参加“三下乡”社会实践。", 6,
                "志愿服务每少1次扣0.5分，最高扣2分；人均时长20小时以上的得3分，15小时（含）—20小时的得2分，10小时（含）—15小时的得1分，10小时以下"
                "的不得分；未组织“三下乡”社会实践的扣1分。", "查阅资料、系统查询"),
            Row("支部每学期开展一次“我为师生办实事”活动，形成办实事清单并公开办理结果。", 4,
                "办实事活动每少1次扣1分；清单或办理结果未公开的扣0.5分。", "查阅资料"),
            Row("每学期协助开展一次实验室安全隐患排查，党员带头遵守实验室安全规范；对心理危机学生落实党员结对帮扶，帮扶覆盖率100%；全年不发生重大安全"
                "责任事故。", 4,
                "隐患排查每少1次扣1分；帮扶覆盖率每低10个百分点扣0.5分；发生重大安全责任事故的，本项不得分。", "查阅资料、实地查看"),
            Row("年内至少形成1篇支部工作案例在学院以上平台交流；每季度在学院网站或公众号报道支部工作不少于1篇。", 4,
                "未形成工作案例的扣1分；报道每少1篇扣0.5分。", "查阅资料"),
        )),
        Section("基础保障", "基础保障（15分）", 15, (
            Row("年初制定支部年度工作计划，每学期末形成工作小结，年底形成年度工作总结并报学院党委。", 4,
                "缺计划或总结的，每项扣1分；学期小结每少1次扣0.5分。", "查阅资料"),
            Row("支部书记年底向学院党委述职，接受党员评议，评议“好”的比例达到百分之八十五以上。", 5,
                "未述职的扣2分；“好”的比例每低5个百分点扣1分，最高扣3分。", "查阅资料、问卷测评"),
            Row("支部工作手册按月记录；全国党员管理信息系统数据准确，党员信息变动1个月内更新；党建材料按学年归档。", 3,
                "工作手册未按月记录的，每缺1月扣0.2分，最高扣1分；系统信息更新不及时的，每人次扣0.1分，最高扣1分；材料未归档的扣1分。",
                "查阅资料、系统查询"),
            Row("每学年末组织师生党员对支部工作进行满意度测评，满意度不低于百分之九十。", 3,
                "满意度90%以上的得3分，80%（含）—90%的得2分，70%（含）—80%的得1分，70%以下的不得分。", "问卷测评"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要点", "分值", "评分细则", "考核方式"]
NOTES = (
    "说明：",
    "1.“每学期”按春季、秋季两个学期计，“每学年”按一年计；寒暑假期间的组织生活可线上开展，须有记录。",
    "2.各项扣分以该项分值为限，扣完为止；列明得分档次的，按档次计分；不适用于本支部类型的内容，由考核组按该项得分率折算。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；考核结果作为“样板支部”推荐和支部书记年度考核的"
    "重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：学院各教工、研究生、本科生党支部）")
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
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
