"""泰州市人防办机关党委2025年度指挥信息保障中心党支部党建工作考核细则 (.docx), as the 机关党委 of the 泰州市人民防空办公室 in 江苏 (its 机关党委
办公室 with the 指挥通信处, the 工程管理处, the 宣传教育处 and the 机关纪委, a 考核组 sitting in the 人防指挥所 under the 凤城河 in the middle of
December, when the 早茶 shops of the 老街 steam in the cold and the 警报器 on the roofs of the 海陵 and 姜堰 schools wait silent for next September)
scores the 党支部 of the 指挥信息保障中心: the 党员 engineers who keep the 防空警报器 of the city sounding, who sit the 24小时 战备值班 in the 指挥所
and run the 通信 演练 with the 省人防办, who walk the 公用人防工程 under the 小区 and the 商场, and who take the 防空防灾 knowledge into the 社区 and
the 学校: a table whose 考核内容 prints what the 支部 must have done, whose 考核方式 says how the 考核组 looks, whose 评分细则 takes points off one
clause at a time, grades the 服务效果 “好”/“较好”/“一般”, scores the 年底 满意率 in bands, and under which a small 加分项 table: 政治建设 (the “第一
议题”, a monthly 集中学习, a quarterly 专题研讨 and 32学时; the 国防教育 主题活动 and six 宣讲; a quarterly 保密自查, two 保密教育 and a 一票否决;
a half-yearly 书面报告 and the 请示), 组织建设 (the 换届, the 分工 and the 培训; the “三会一课”, the 补学, the 书记's 党课 and the 记录; the 主题党日 on
the last Friday with 方案 and 签到, the 参加率 and one 现场教学; the 组织生活会, the 征求意见, the 谈心谈话, the 民主评议, the 通报 and the 整改清单; one
积极分子, 党费 按月, a quarterly 公示 and a half-yearly 核对; the 谈心谈话 全覆盖, the 帮扶 and the 慰问), 业务融合 (the 党员责任区, a monthly 巡检,
the 完好率 and the 记录; the 突击队, the 调试, the 鸣响率 and a "本项不得分"; the 值班, a quarterly 演练, two 联调联试 and the 整改; a monthly 巡查,
the 巡查台账, the 整改率 and the 挤占; the 志愿服务队, a quarterly 志愿服务, two 志愿服务 each and the 效果 graded; the 品牌 and three 稿件) and 基础保障
(the 年初 计划, the 年底 总结, the 年底 述职 and its 满意率; the 台账, the 平台 monthly, the 活动室; the 年底 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：市人防指挥信息保障中心党支部）" line above one table: 序号 | 考核项目 | 考核内容 | 考核方式 | 分值 |
评分细则. Each category is a SECTION ROW merged across the table, printed WITHOUT an ordinal and with its points on one line, "政治建设（20分）". 序号
(FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.3"). 考核项目 is a short name (`Row.indicator`); 考核内容 (`Row.text`) says what
is required; 考核方式 (`Row.method`) comes BEFORE the 分值 and names ways of checking only (查阅资料, 个别谈话, 现场查看, 系统查询, 抽查警报器 …), no
papers; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`). A 合计 row of 100 closes the table; then a "加分项（最高加5分）" paragraph and a small
second table 序号 | 加分内容 | 最高加分 of three rows (not in `sections`); then a "说明：" paragraph and three numbered lines. Counts in figures and
Chinese numerals, nearly all in the 考核内容 ("每月开展一次", "每季度…开展一次", "每人每年…不少于32学时", "每年…开展一次", "年内…不少于6场", "每季度开展
一次", "年内…不少于2次", "全年", "每半年…一次", "按期", "每年…不少于1次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度
1次", "一周内", "每年讲党课不少于1次", "每月最后一个星期五", "不低于百分之八十五", "年内…不少于1次", "每年召开一次", "年内…不少于1名", "按月", "每季度
公示一次", "每半年核对一次", "每年…不少于1次", "全覆盖", "“七一”、春节", "每月开展一次", "百分之九十八以上", "9月第三个星期六", "100%", "24小时",
"每季度开展一次", "年内…不少于2次", "每月…一次", "百分之九十五", "每季度开展一次", "每人每年…不少于2次", "年内…不少于3篇", "年初", "年底", "年底",
"不低于百分之八十五", "每月更新", "年底", "百分之九十"); "最高扣" caps; 得分 levels “好”/“较好”/“一般” graded by the 考核组 once; bands of the 年底 满意率
(all 6 points), closed by "85%以下的不得分"; "酌情扣0.5-1分" three times, "酌情扣0.5分" twice and "酌情扣1分" twice; one "实行一票否决，本项不得分"; one
other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, how: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 考核项目, 考核内容, 考核方式, 分值, 评分细则."""
    return Row(text, points, scoring, how, indicator=label)


TABLE = Table(
    name="zzzzt_taizhou_renfangban_zhihui_baozhang_zhibu_docx",
    fmt="docx",
    title="泰州市人防办机关党委2025年度指挥信息保障中心党支部党建工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "政治建设（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，每月开展一次集中学习，每季度围绕国防动员、人民防空法律法规开展一次专题研讨；党员每人每年参加学习培训不少于"
                 "32学时。", "查阅资料、网络学院查询", 6,
                 "集中学习每少1次扣0.3分，最高扣2分；专题研讨每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分。"),
            _row("国防教育",
                 "结合全民国防教育日和防空警报试鸣，每年组织党员开展一次国防教育主题活动；年内开展人防知识进社区、进学校宣讲不少于6场。",
                 "查阅资料、抽查社区", 5,
                 "未开展国防教育主题活动的扣1.5分；宣讲每少1场扣0.5分，最高扣2.5分；宣讲效果一般的，酌情扣0.5-1分。"),
            _row("保密工作",
                 "严格执行涉密信息系统和指挥通信保密规定，每季度开展一次保密自查；年内组织保密教育不少于2次；全年不发生失泄密事件。",
                 "查阅资料、现场查看", 5,
                 "保密自查每少1次扣0.5分；保密教育每少1次扣0.5分；发生失泄密事件的，实行一票否决，本项不得分。"),
            _row("请示报告",
                 "每半年向机关党委书面报告一次支部工作；重大事项按规定请示报告。", "查阅资料", 4,
                 "书面报告每少1次扣1分；重大事项未请示报告的，每次扣1分，最高扣2分。"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            _row("班子建设",
                 "党支部按期换届，委员分工明确；支部书记由中心主任担任，书记和委员每年参加市级机关党务干部培训不少于1次。", "查阅资料", 4,
                 "未按期换届的扣2分；委员分工不明确的扣0.5分；书记、委员未参加培训的，每人扣0.5分，最高扣1.5分。"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员因战备值班缺席的，会后一周内补学；支部书记"
                 "每年讲党课不少于1次。", "查阅资料、个别谈话", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；缺席未补学的，每人次扣0.2分，最高扣1分；书记未讲党课的扣1分；会议记录不规范的，酌情扣0.5-1分。"),
            _row("主题党日",
                 "每月最后一个星期五开展主题党日，做到有主题、有方案、有签到；党员参加率不低于百分之八十五；年内到人防宣传教育场馆或红色教育基地开展"
                 "现场教学不少于1次。", "查阅资料", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；缺方案或签到的，每次扣0.1分，最高扣1分；参加率每低5个百分点扣0.5分，最高扣1分；未开展现场教学的"
                 "扣1分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前广泛征求意见、开展谈心谈话；会后开展民主评议党员，评议结果在党员大会上通报；问题整改清单报机关党委。",
                 "查阅资料、个别谈话", 6,
                 "未召开组织生活会的扣2分；未征求意见或未开展谈心谈话的扣1分；未开展民主评议党员的扣1.5分；评议结果未通报的扣0.5分；整改清单未报送的"
                 "扣1分。"),
            _row("党员管理",
                 "年内确定入党积极分子不少于1名；党员按月交纳党费，党费收缴情况每季度公示一次；党员信息每半年核对一次。", "查阅资料、系统查询", 4,
                 "未确定积极分子的扣1分；未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.25分；信息核对每少1次扣0.5分。"),
            _row("关心关爱",
                 "支部书记与支委、支委与党员每年谈心谈话不少于1次，实现全覆盖；对值班任务重的党员和困难党员及时关心帮扶，“七一”、春节走访慰问。",
                 "查阅资料、个别谈话", 4,
                 "谈心谈话未全覆盖的，每少1人扣0.2分，最高扣1.5分；关心帮扶不及时的，酌情扣0.5分；走访慰问每少1次扣1分。"),
        )),
        Section("业务融合", "业务融合（35分）", 35, (
            _row("警报设施",
                 "设立“警报设施维护党员责任区”，党员分片包干全市防空警报器；每月开展一次警报器巡检，警报器完好率达到百分之九十八以上。",
                 "查阅资料、抽查警报器", 7,
                 "未划分党员责任区的扣1.5分；巡检每少1次扣0.3分，最高扣2分；完好率每低1个百分点扣0.5分，最高扣2.5分；巡检记录不全的，酌情扣0.5-1分。"),
            _row("警报试鸣",
                 "9月第三个星期六全市防空警报试鸣前，组建党员突击队对警报器逐台调试；试鸣鸣响率达到100%。", "查阅资料、系统查询", 6,
                 "未组建党员突击队的扣1分；试鸣前未逐台调试的扣2分；鸣响率每低1个百分点扣1分，最高扣3分；试鸣保障出现重大差错的，本项不得分。"),
            _row("指挥通信",
                 "人防指挥所24小时战备值班，值班党员亮身份；每季度开展一次指挥通信演练，年内参加省人防办组织的通信联调联试不少于2次。",
                 "查阅值班记录、现场抽查", 7,
                 "值班脱岗、漏岗的，每次扣0.5分，最高扣2分；通信演练每少1次扣1分；联调联试每少1次扣1分；演练中发现的问题未整改的，酌情扣1分。"),
            _row("工程巡查",
                 "党员带头落实人防工程巡查制度，每月对公用人防工程巡查一次，建立巡查台账；巡查发现问题整改率达到百分之九十五。", "查阅资料、实地查看", 6,
                 "巡查每少1次扣0.3分，最高扣2分；无巡查台账的扣1分；整改率每低1个百分点扣0.3分，最高扣2分；工程被挤占挪用未及时发现的，每处扣0.5分，"
                 "最高扣1分。"),
            _row("志愿服务",
                 "组建“人防志愿服务队”，每季度开展一次防空防灾知识普及和应急疏散演练指导；在职党员每人每年到社区志愿服务不少于2次。",
                 "查阅资料、社区回访", 6,
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分，最高扣2分；在职党员志愿服务不足2次的，每人扣0.2分，最高扣2分；服务效果由考核组评定，"
                 "“好”的得1分，“较好”的得0.5分，“一般”的不得分。"),
            _row("党建品牌",
                 "打造“红色警报”支部党建品牌；年内在市级以上媒体宣传人防工作不少于3篇。", "查阅资料", 3,
                 "未打造品牌的扣1分；宣传稿件每少1篇扣0.5分；品牌特色不鲜明的，酌情扣0.5分。"),
        )),
        Section("基础保障", "基础保障（15分）", 15, (
            _row("计划述职",
                 "年初制定支部工作计划，年底形成工作总结；支部书记年底向机关党委述职，述职评议满意率不低于百分之八十五。", "查阅资料、民主测评", 5,
                 "缺计划或总结的，每项扣1分；未述职的扣2分；满意率低于85%的扣1分。"),
            _row("台账阵地",
                 "支部台账资料分类归档；“泰州智慧党建”平台信息每月更新；党员活动室有标识、有制度。", "查阅资料、平台查询、现场查看", 4,
                 "台账每缺一类扣0.3分，最高扣1.5分；平台未按月更新的，每月扣0.1分，最高扣1分；活动室无标识或无制度的，酌情扣1分。"),
            _row("群众评价",
                 "年底由机关党委组织干部职工和服务对象对支部开展满意度测评，满意率达到百分之九十。", "问卷测评", 6,
                 "满意率95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，85%以下的不得分。"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "考核方式", "分值", "评分细则"]
BONUS_HEADER = ["序号", "加分内容", "最高加分"]
BONUS = (
    ("1", "支部或党员获得市级以上表彰的，每项加1分。", "2"),
    ("2", "人防指挥通信保障经验被省人防办推广的，加1分。", "1"),
    ("3", "在防汛抗台、应急救援等任务中表现突出，受到市委、市政府通报表扬的，每次加1分。", "2"),
)
NOTES = (
    "说明：",
    "1.本细则由机关党委于12月中旬组织考核，采取听取汇报、查阅资料、现场抽查、个别谈话、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成"
    "的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分细则列明“好”“较好”“一般”等次或得分档次的，由考核组按等次、档次计分；警报器完好率、鸣响率以市人防"
    "警报控制系统数据为准。",
    "3.考核得分（含加分）90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为评选“模范机关”先进党支部的依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：市人防指挥信息保障中心党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for i, row in enumerate(s.rows, 1):
            cells = ((0, str(i)), (1, row.indicator), (2, row.text), (3, row.method), (4, _fmt(row.points)), (5, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph("加分项（最高加5分）")
    bonus = docx_grid_table(document, 1 + len(BONUS), len(BONUS_HEADER), BONUS_HEADER)
    for i, line in enumerate(BONUS, 1):
        for c, v in enumerate(line):
            bonus.cell(i, c).text = v
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
