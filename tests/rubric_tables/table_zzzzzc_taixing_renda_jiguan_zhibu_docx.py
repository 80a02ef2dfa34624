"""泰兴市直机关工委2025年度市人大常委会机关党支部党建工作考核评分表 (.docx), as the 市直属机关工作委员会 of 泰兴 in 江苏 泰州 (its 组织科 with the
宣传科, the 机关纪工委 and a 党建指导员, a 考核组 that comes to the 人大 offices beside the 市民广场 in mid-January, when the 人代会 papers are being
printed for the spring session, the 代表建议 of the year are being closed out and the 银杏 of the 宣堡 groves stand bare along the road) scores the
党支部 of the 常委会 机关: the 办公室 and the 研究室, the 法制、财经、农业农村 and 社会建设 工作委员会 whose 干部 go out with the 执法检查 and the 视察,
the 代表工作 干部 who keep the 代表之家 and the 联络站 in the 镇, the 青年 干部 from whom the 支部 hopes to 发展: a table of 考核项目 whose 考核指标 prints
what the 支部 must have done and whose 评分标准 takes points off one clause at a time (grading the 调研成果 by 好/较好 and scoring the 书记's 述职评议
满意率 in bands for the whole of its item), with the 述职 and the 评议 of the 书记 and of the 支委 at its end: 政治建设 (the “第一议题”, a monthly 集中学习, a
quarterly 专题研讨 and 40学时; a half-yearly 专题汇报, the “三审” and a 一票否决; two 书面报告, the 请示报告 and the 个人有关事项; the “政治生日”, one 现场
教学 and the 重温入党誓词), 组织建设 (the “三会一课”, the 书记's 党课, the 班子成员's 党课 and the 到会率; the 主题党日 on the second Wednesday and three at the
联络站; the 组织生活会, the 谈心谈话 全覆盖, the 民主评议 and the 备案; one 积极分子, 党费 按月 with a half-yearly 公示 and the 1个月 转入; the 换届, its
请示、批复 and the 分工), 作风纪律 (the 年初 责任书, a quarterly 警示教育, the 廉洁提醒 and a "本项不得分"; the 八项规定, a half-yearly 自查 and its 报告;
a half-yearly 谈心谈话, the 记录本 and the 任前廉政谈话), 履职融合 (one 调研报告 each, four 执法检查 or 视察 and the graded 成果; three 代表 each, a
quarterly 联系 and the 办结率; the 志愿服务队, four 志愿服务 and the 报到率; the 品牌 and two 报道) and 书记述职评议 (the 年初 计划 and 责任清单, the 年底
总结, the 年底 述职 and its 报送; the 满意率 in bands; the 支委's 年底 述职, the 整改清单 and the 3月底).

The title (bold, centred) and a centred "（考核对象：市人大常委会机关党支部）" line above one table: 序号 | 考核项目 | 考核指标 | 评分标准 | 分值. The 考核项目
are MERGED CELLS down the SECOND column, printed WITH an ordinal and WITH their points on ONE line, "一、政治建设（20分）"; 序号 (FIRST column) runs 1..19
through the table, NOT restarting; there is no short sub-label. 考核指标 (`Row.text`) says what is required; the 评分标准 (`Row.scoring`) comes BEFORE the
分值, a plain number in the LAST column; there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the table; a "注：" paragraph and three numbered lines
follow it. Counts in figures and Chinese numerals, nearly all in the 考核指标 ("每月开展一次", "每季度开展一次", "每人每年…不少于40学时", "每半年…一次",
"全年", "每年…不少于2次", "年内…不少于1次", "“七一”前后", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲
党课不少于1次", "每人每年不少于1次", "不低于百分之九十", "每月第二个星期三", "年内…不少于3次", "每年召开一次", "全覆盖", "年内…不少于1名", "按月", "每半年
公示一次", "1个月内", "按期", "年初", "每季度开展一次", "节假日前", "全年", "每半年开展一次", "每半年…一次", "每人每年…不少于1篇", "年内…不少于4次", "不少于
3名", "每季度至少联系一次", "100%", "年内…不少于4次", "100%", "年内…不少于2次", "年初", "年底", "年底", "百分之九十以上", "年底", "次年3月底前"); "最高扣"
caps; bands of the 述职评议 满意率 (all 8 points of its item, closed by "80%以下的不得分"); the 调研成果 graded "好的得2分，较好的得1分，一般的不得分";
"每低5个百分点" twice and "每低10个百分点" once; "酌情扣0.5-1分" three times; one "实行一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float) -> Row:
    """One row in the order the table prints it: 考核指标, 评分标准, 分值."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzc_taixing_renda_jiguan_zhibu_docx",
    fmt="docx",
    title="泰兴市直机关工委2025年度市人大常委会机关党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("落实“第一议题”制度，支部每月开展一次集中学习，每季度开展一次专题研讨；党员每人每年参加集中学习培训不少于40学时。",
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣1.5分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1.5分。", 6),
            _row("落实意识形态工作责任制，支部每半年向机关党组专题汇报一次意识形态工作；代表履职平台、机关网站信息发布落实“三审”制度；全年不发生意识形态"
                 "责任事件。",
                 "专题汇报每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；发生意识形态责任事件的，实行一票否决，本项不得分。", 5),
            _row("严格执行重大事项请示报告制度，支部每年向市直机关工委书面报告党建工作情况不少于2次；党员领导干部按规定如实报告个人有关事项。",
                 "书面报告每少1次扣1分；重大事项未按规定请示报告的，每件扣1分；个人有关事项漏报、瞒报的，每人扣1分。", 4),
            _row("开展党员“政治生日”活动；年内组织党员到红色教育基地开展现场教学不少于1次；“七一”前后组织党员重温入党誓词。",
                 "未开展“政治生日”活动的扣1.5分；未开展现场教学的扣1.5分；未组织重温入党誓词的扣1分；活动流于形式的，酌情扣0.5-1分。", 5),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次，常委会机关领导班子成员"
                 "到支部讲党课每人每年不少于1次；党员到会率不低于百分之九十。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记未讲党课的扣1分；班子成员讲党课每少1人次扣0.3分；到会率每低5个百分点扣0.5分，最高扣1分；会议"
                 "记录不规范的，酌情扣0.5-1分。", 7),
            _row("每月第二个星期三开展主题党日活动；年内结合“人大代表之家”“代表联络站”开展主题党日活动不少于3次。",
                 "主题党日每少1次扣0.3分，最高扣2分；结合“代表之家”“联络站”开展的每少1次扣0.5分；活动无签到、无记录的，每次扣0.2分，最高扣1分。", 5),
            _row("每年召开一次组织生活会，会前支委之间、支委与党员之间谈心谈话全覆盖；会后开展民主评议党员，评议结果报市直机关工委备案。",
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.2分，最高扣1分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。", 5),
            _row("年内确定入党积极分子不少于1名；党员按月交纳党费，党费收缴情况每半年公示一次；新进机关的党员1个月内转入组织关系。",
                 "未确定积极分子的扣1分；未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；组织关系转接不及时的，每人扣0.3分，最高扣1分。", 4),
            _row("支部按期换届，换届选举请示、批复存档；支委会设书记、组织委员、宣传委员、纪检委员，支部书记由机关分管负责人担任，分工明确。",
                 "未按期换届的扣2分；换届资料缺失的扣0.5分；支委配备不齐或书记配备不符合要求的扣1分；分工不明确的扣0.5分。", 4),
        )),
        Section("作风纪律", "三、作风纪律（15分）", 15, (
            _row("支部书记年初与机关党组签订党风廉政建设责任书；每季度开展一次廉政警示教育；节假日前发送廉洁提醒；党员全年无违纪违法问题。",
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；廉洁提醒未发送的，每次扣0.2分，最高扣1分；党员受到党纪政务处分的，本项不得分。", 5),
            _row("严格落实中央八项规定及其实施细则精神，公务接待、公车使用、会议费支出规范；每半年开展一次作风建设自查，形成自查报告。",
                 "违反中央八项规定精神被查处的，每起扣3分；自查每少1次扣1分；无自查报告的扣0.5分。", 5),
            _row("支部书记每半年与每名党员开展一次谈心谈话，谈话情况记入《谈心谈话记录本》；对新提任、新入职的党员干部开展任前廉政谈话。",
                 "谈心谈话每少1人次扣0.1分，最高扣2分；无记录本的扣1分；未开展任前廉政谈话的，每人扣0.5分，最高扣1.5分。", 5),
        )),
        Section("履职融合", "四、履职融合（20分）", 20, (
            _row("党员干部每人每年围绕执法检查、专题询问、专题调研撰写调研报告或理论文章不少于1篇；年内支部参与组织执法检查、视察调研不少于4次。",
                 "调研报告或文章每少1篇扣0.3分，最高扣2分；参与执法检查、视察调研每少1次扣0.5分，最高扣2分；调研成果质量由考核组评定，好的得2分，较好的"
                 "得1分，一般的不得分。", 6),
            _row("落实机关党员联系人大代表制度，党员干部每人联系市人大代表不少于3名，每季度至少联系一次；代表建议按期办结率达到100%。",
                 "联系代表每少1名扣0.2分，最高扣1分；联系每少1次扣0.2分，最高扣1.5分；办结率每低5个百分点扣0.5分，最高扣2分。", 6),
            _row("组建机关党员志愿服务队，年内到挂钩社区开展志愿服务不少于4次；在职党员到居住地社区报到率达到100%。",
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分；报到率每低10个百分点扣0.5分，最高扣1分。", 4),
            _row("打造“人大先锋”机关党建品牌，年内在市级以上媒体或人大刊物宣传报道不少于2次。",
                 "未打造品牌的扣1分；宣传报道每少1次扣0.5分，最高扣1分；品牌特色不鲜明的，酌情扣0.5-1分。", 4),
        )),
        Section("书记述职评议", "五、书记述职评议（20分）", 20, (
            _row("年初制定支部工作计划和书记抓党建责任清单，年底形成工作总结；支部书记年底在支部党员大会上述职，述职报告报市直机关工委。",
                 "缺计划、责任清单或总结的，每项扣1分；未述职的扣3分；述职报告未报送的扣1分。", 6),
            _row("支部书记述职评议由市直机关工委组织，机关党员、干部参与测评，测评满意率达到百分之九十以上。",
                 "满意率95%以上的得8分，90%（含）—95%的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。", 8),
            _row("支委成员年底向支部党员大会述职，接受党员评议；评议中提出的问题建立整改清单，次年3月底前整改到位。",
                 "支委成员未述职的，每人扣1分，最高扣3分；无整改清单的扣1分；整改未按期完成的，每项扣0.5分，最高扣2分。", 6),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核指标", "评分标准", "分值"]
NOTES = (
    "注：",
    "1.本表由市直机关工委于次年1月中旬组织考核，采取听取汇报、查阅资料、个别谈话、民主测评相结合的方式进行，以2025年1月1日至12月31日形成的资料"
    "为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次或等次的，按档次、等次计分；代表建议办结率以市人大常委会代表工作委员会统计为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为评选“五星级党支部”和支部书记年度考核的"
    "依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：市人大常委会机关党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
