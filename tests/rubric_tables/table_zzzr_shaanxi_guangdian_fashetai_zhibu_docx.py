"""陕西省广播电视无线传输中心2025年度台站党支部考核评分表 (.docx), as the 中心党委 of the 陕西 广播电视 无线传输中心 in 西安 (its 党委办公室
with the 技术部, the 安全播出办公室 and the 纪委, a 考核组 driving up the mountain roads in December) scores the 党支部 of its 发射台 and 转播台:
towers on the 秦岭 ridges and the 黄土 塬 of 陕北, a 机房 that must never fall silent, six or eight 技术员 living on the summit a week at a
time with the 食堂 and the water tank, snow and ice on the 天馈 in January, lightning in July, the 全国“两会” and 国庆 when every transmitter
is watched from Beijing, the 插播 and 篡改 that would be a 政治性 事故, the 驻地 村 whose 森林防火 the 党员 help with, the 扶眉战役 纪念馆 below
the 秦岭: 政治建设 (a monthly 集中学习 with 32学时 and the 补学 of the 倒班, a quarterly 研判 with the 零差错 and a 一票否决, the 书记's two 党课
with a yearly 现场教学 and the “七一” 重温誓词), 组织建设 (the “三会一课” with the 党小组 of the larger 台站, the 记录 and the 签到表, the monthly
主题党日 with the 参加率 and the 视频, the 组织生活会 with 民主评议, 谈心谈话, 征求意见 and the 公示 of the 整改, one 积极分子 a year and
"每两年至少发展党员1名" with 党费, a half-yearly 公示 and the 档案, the 换届, the 分工 and the 制度), 安全播出 (the 24小时 双人 值守 with the 持证
and the 可用率 in hundredths of a point, the 保障方案 with the 带班, a quarterly 巡检 and a half-yearly 演练, two 先锋岗 with the 突击队 and a
half-yearly 评选, one 技改 a year with two 技能比武 and the 持证率) and 作风和保障 (a yearly 警示教育 with the 验收 and the 八项规定, two 共建 a
year with the 驻地村 and eight hours of 志愿服务, a half-yearly 谈心谈话 with the 生活保障 and the 满意度, the 年初 计划, a half-yearly 报告, the
年底 述职 and the 年终 总结).

The title (bold, centred) and a centred "（考核对象：中心所属各发射台、转播台党支部）" line above one table: 序号 | 考核项目 | 考核要点 | 评分
标准 | 分值 | 考核方式. 序号 (FIRST column) runs 1..16 through the whole table, NOT restarting. The categories are MERGED CELLS down the 考核项目
column (SECOND), printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治建设\\n（18分）". 考核要点 prints the requirements; the
评分标准 gives a short deduction for each clause. 分值 is a plain number AFTER the 评分标准. 考核方式 (`Row.method`) only says how the 考核组
checks (查阅资料, 抽查学时, 系统核查, 查阅会议记录, 个别谈话, 查阅档案, 查阅值班日志, 实地查看, 现场考问, 查阅账目, 问卷测评): no papers. A 合计
row of 100 closes the table; a "说明：" paragraph with three numbered lines follows it. Counts in figures and Chinese numerals ("每月开展一次",
"每年…不少于32学时", "每季度分析研判一次", "每年讲党课不少于2次", "每年…开展一次", "“七一”", "支部委员会每月召开1次，党员大会每季度召开1次，
党课每季度1次", "7人以上", "党小组会每月召开1次", "每月开展一次", "每年召开一次", "年内…不少于1名", "每两年至少发展党员1名", "按月", "每半年
公示一次", "按期", "24小时", "全年", "全国“两会”、国庆等", "每季度开展一次", "每半年组织一次", "每半年评选一次", "年内…不少于1项", "每年不少于
2次", "每年开展一次", "每年…不少于2次", "每人每年不少于8小时", "每半年开展一次", "年底", "年初", "每半年…报告一次", "年底", "年终"); "不少于2个";
"百分之八十", "99.98%", "100%", "百分之八十五"; "每低0.01个百分点"; "每缺一项扣0.5分" once; "最高扣" caps; "酌情扣0.5-1分" once, "酌情扣0.5分"
once, "酌情扣1分" once and "酌情扣1-2分" once; no bands; one "实行一票否决，本项不得分"; two other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzr_shaanxi_guangdian_fashetai_zhibu_docx",
    fmt="docx",
    title="陕西省广播电视无线传输中心2025年度台站党支部考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设\n（18分）", 18, (
            Row("落实“第一议题”制度，每月开展一次集中学习；党员每年参加学习培训不少于32学时；山顶台站倒班人员通过“学习强国”、线上党课及时"
                "补学。", 6,
                "集中学习每少一次扣0.5分；学时不足的，每人扣0.2分，最高扣1分；倒班人员未补学的，每人次扣0.1分，最高扣1分。", "查阅资料、抽查学时"),
            Row("严守广播电视宣传纪律，重要保障期传输内容零差错；每季度分析研判一次意识形态和舆情形势。", 7,
                "研判每少一次扣0.5分；传输内容出现差错的，每次扣2分；发生插播、篡改等政治性安全播出事故的，实行一票否决，本项不得分。",
                "查阅资料、系统核查"),
            Row("支部书记每年讲党课不少于2次；每年组织党员到扶眉战役纪念馆等红色教育基地开展一次现场教学；“七一”组织党员重温入党誓词。", 5,
                "书记讲党课每少一次扣1分；未开展现场教学的扣1分；未组织重温入党誓词的扣0.5分。", "查阅资料"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次；党员7人以上的台站设立党小组，党小组会每月召开1次。", 8,
                "“三会一课”每少一次扣0.5分，最高扣4分；会议记录不规范、无签到表的，酌情扣0.5-1分；会议记录补记、代签的，本项不得分。",
                "查阅会议记录"),
            Row("每月开展一次主题党日活动，党员参加率不低于百分之八十；分散在各转播台的党员通过视频方式参加。", 5,
                "主题党日每少一次扣0.3分；参加率每低5个百分点扣0.2分；转播台党员未纳入组织生活的，酌情扣0.5分。", "查阅资料"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前开展谈心谈话，征求职工意见；会后制定整改措施，整改情况在台站公示。", 6,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；未开展谈心谈话的扣0.5分；未征求职工意见的扣0.5分；整改情况未公示的扣"
                "0.5分。", "查阅资料、个别谈话"),
            Row("年内确定入党积极分子不少于1名，每两年至少发展党员1名；党员按月交纳党费，党费收缴情况每半年公示一次；党员档案齐全。", 6,
                "未确定积极分子的扣1分；两年内未发展党员的扣1分；党费未按月交纳的，每人次扣0.1分；公示每少一次扣0.5分；党员档案不全的，每人扣"
                "0.1分，最高扣1分。", "查阅档案"),
            Row("支部按期换届，支委分工明确；建立健全“三会一课”、主题党日、党员联系职工等制度。", 5,
                "未按期换届的扣2分；支委分工不明确的扣1分；制度不健全的，每缺一项扣0.5分。", "查阅资料"),
        )),
        Section("安全播出", "安全播出\n（32分）", 32, (
            Row("严格执行安全播出值班制度，机房24小时双人值守，值班人员持证上岗；全年节目传输可用率达到99.98%以上。", 8,
                "值班脱岗、睡岗的，每次扣1分；值班人员无证上岗的，每人扣0.5分；可用率每低0.01个百分点扣1分，最高扣3分；发生责任性停播事故的，"
                "每次扣2分。", "查阅值班日志、系统核查"),
            Row("全国“两会”、国庆等重要保障期制定保障方案，实行党员干部带班；每季度开展一次设备巡检和安全隐患排查；每半年组织一次应急演练。", 8,
                "未制定保障方案的扣1分；重要保障期无党员带班的，每次扣1分；巡检排查每少一次扣0.5分；应急演练每少一次扣1分。",
                "查阅资料、实地查看"),
            Row("在发射机房、天馈系统等关键岗位设立党员先锋岗不少于2个；组建党员突击队，冰冻、雷雨季节带头抢修；每半年评选一次“安全播出标兵”。",
                8,
                "先锋岗每少1个扣1分；未组建党员突击队的扣1分；评选每少一次扣0.5分；抢修不及时造成停播的，酌情扣1-2分。", "查阅资料、实地查看"),
            Row("党员带头开展技术革新，年内完成技改项目不少于1项；技能比武或岗位练兵每年不少于2次；技术人员持证率达到100%。", 8,
                "未完成技改项目的扣2分；技能比武或岗位练兵每少一次扣1分；持证率每低5个百分点扣0.5分。", "查阅资料、现场考问"),
        )),
        Section("作风和保障", "作风和保障\n（20分）", 20, (
            Row("落实中央八项规定精神；物资采购、设备维修按规定验收；每年开展一次警示教育。", 6,
                "未开展警示教育的扣1分；采购、维修验收手续不全的，每次扣1分；党员违反中央八项规定精神被查处的，本项不得分。", "查阅账目、查阅资料"),
            Row("山区台站与驻地村党支部结对共建，每年开展共建活动不少于2次；党员参与驻地森林防火、防汛志愿服务，每人每年不少于8小时。", 5,
                "共建活动每少一次扣1分；志愿服务时长不足的，每人扣0.2分，最高扣1分。", "查阅资料"),
            Row("关心山顶台站职工生活，每半年开展一次谈心谈话；做好职工食堂、饮用水、交通保障；年底开展职工满意度测评，满意度不低于百分之"
                "八十五。", 4,
                "谈心谈话每少一次扣0.5分；生活保障问题反映强烈未解决的，酌情扣1分；满意度每低5个百分点扣0.5分。", "个别谈话、问卷测评"),
            Row("年初制定支部工作计划；每半年向中心党委书面报告一次党建工作；年底支部书记述职；年终形成工作总结。", 5,
                "无计划的扣1分；报告每少一次扣0.5分；未述职的扣1.5分；无工作总结的扣1分。", "查阅资料"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要点", "评分标准", "分值", "考核方式"]
NOTES = (
    "说明：",
    "1.本表由中心党委于12月组织考核，采取查阅资料、实地查看、现场考问、个别谈话、问卷测评相结合的方式进行，各项扣分以该项分值为限，扣完"
    "为止。",
    "2.节目传输可用率以中心监测系统统计数据为准；安全播出事故以国家广播电视总局、省广播电视局认定为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为台站年度评先评优的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：中心所属各发射台、转播台党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
