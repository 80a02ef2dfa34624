"""赤峰市医院党委2025年度临床科室党支部党建工作考核评分表 (.docx), as the 党委 of the 赤峰市医院 in 内蒙古 (its 党委办公室 with the 组织人事科, the
医务部, the 护理部, the 质控科, the 纪检监察室 and the 宣传科, a 考核组 going ward to ward in the 红山区 main building in the first half of January,
between the 早交班 and the 查房, when the 英金河 is frozen, the 流感 wards are full and the 对口帮扶 teams are back from the 旗县 hospitals of the 草原)
scores the 党支部 of its 临床科室: the 内科、外科、妇产、儿科、急诊重症 支部 whose 书记 is a 科主任 or 副主任 “双带头人”, whose 党员 are 医生 and 护士 on
三班倒, 规培 and 进修 doctors away half the year, the 援外医疗 and 对口帮扶 doctors in the 旗县, the 青年医生 and 护士 骨干 from whom the 党委 hopes to
发展: a table whose 考核内容 prints what the 支部 must have done, whose 评分标准 takes points off one clause at a time (scoring the 患者满意率 and the 年底
满意率 in bands and the 带头作用 by 好/较好/一般), and whose 考核方式 says how the 考核组 looks: 政治建设 (the “第一议题”, a monthly 集中学习, 32学时 and 8
学时 of 医德医风 and 法律法规; a half-yearly 研判, the 审核 and a 一票否决; the “双带头人”, the 年初 责任书, the 年底 述职, its 满意率 and the 书记's two
党课), 组织建设 (the “三会一课” at the 交班 and its 参会率; the monthly 主题党日, four 义诊、科普 ones, the 方案 and 照片; the 组织生活会, the 谈心谈话
全覆盖, the 整改清单, the 民主评议 and the 备案; two 积极分子, the 公示, a half-yearly 考察 and a "本项不得分"; 党费 按月 with a half-yearly 公示 and a
monthly 联系 of the 外出 党员; the 积分 with a quarterly 公示 and the 年底 评选), 党建业务融合 (two 示范岗, the 亮身份 and the 带头作用 graded; a quarterly
专题研究 of the 医疗质量, the 病历 甲级率 and no 医疗事故; a quarterly 医德医风 教育, the 承诺书 签订率 and no 红包、回扣; the 志愿服务队, a monthly 志愿
服务, four 义诊、帮扶 and 12小时; a quarterly 患者满意度 测评, the 满意率 in bands and the 投诉 按期办结率; the 品牌, the 案例, the 共建协议 and a
half-yearly 共建活动) and 基础保障 (the 年初 计划, the 半年小结, the 年底 总结 and the 工作手册 by month; the 学习角, a quarterly 更新 and four 信息; a
quarterly 谈心谈话, the 看望 and the “七一” 慰问; the 年底 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：内科、外科、妇产科、儿科、急诊重症医学科等临床科室党支部）" line above one table: 序号 | 考核项目 |
考核内容 | 评分标准 | 分值 | 考核方式. 序号 (FIRST column) runs 1..19 through the table, NOT restarting. The 考核项目 are MERGED CELLS down the SECOND
column, printed WITH an ordinal and WITH their points on ONE line, "一、政治建设（15分）"; there is no short sub-label. 考核内容 (`Row.text`) says what
is required; the 评分标准 (`Row.scoring`) comes BEFORE the 分值, a plain number; 考核方式 (`Row.method`) names ways of checking only (查阅资料, 网络学院
学时查询, 网络巡查, 民主测评, 现场查看, 个别访谈, 病历抽查, 医务部认定, 第三方测评, 投诉台账核查 …), no papers. A 合计 row of 100 closes the table; a
"说明：" paragraph and three numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月组织一次", "每人每年…
不少于32学时", "不少于8学时", "每半年开展一次", "全年", "年初", "年底", "不低于百分之九十", "每年讲党课不少于2次", "支部委员会每月召开1次，党员大会
每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之八十", "每月开展一次", "年内…不少于4次", "每年召开一次", "全覆盖", "年内…不少于
2名", "不少于5个工作日", "每半年考察一次", "按月", "每半年公示一次", "每月联系一次", "每季度公示一次", "年底", "不少于2个", "每季度至少…一次",
"全年", "百分之九十五以上", "每季度开展一次", "100%", "每月开展一次", "年内…不少于4次", "不少于12小时", "每季度开展一次", "百分之九十五", "100%",
"1篇以上", "不少于1个", "每半年开展一次", "年初", "7月底前", "年底", "按月", "每季度更新一次", "年内…不少于4篇", "每季度…不少于1次", "“七一”", "年底",
"不低于百分之九十"); "最高扣" caps; bands of the 患者满意率 (3 of the 6 points, closed by "90%以下的不得分") and of the 年底 满意率 (all 5, closed by
"85%以下的不得分"); the 带头作用 graded "好的得2分，较好的得1分，一般的不得分"; "酌情扣0.5-1分" twice; one "实行一票否决，本项不得分"; two other "本项不
得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float, how: str) -> Row:
    """One row in the order the table prints it: 考核内容, 评分标准, 分值, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzw_chifeng_shiyiyuan_linchuang_zhibu_docx",
    fmt="docx",
    title="赤峰市医院党委2025年度临床科室党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("落实“第一议题”制度，支部每月组织一次集中学习；党员每人每年参加学习培训不少于32学时，其中医德医风和卫生健康法律法规学习不少于"
                 "8学时。",
                 "集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分；医德医风和法律法规学时不足的，每人扣0.1分，最高扣1分。", 5,
                 "查阅资料、网络学院学时查询"),
            _row("每半年开展一次科室医务人员思想动态分析研判；学术讲座、健康科普等对外宣讲内容落实审核制度；全年不发生意识形态领域问题。",
                 "研判每少1次扣1分；宣讲内容未经审核的，每次扣0.5分，最高扣1分；发生意识形态问题造成不良影响的，实行一票否决，本项不得分。", 4,
                 "查阅资料、网络巡查"),
            _row("支部书记由科室主任或副主任中的党员“双带头人”担任；书记年初签订党建工作责任书，年底向医院党委述职，述职评议满意率不低于百分之"
                 "九十；书记每年讲党课不少于2次。",
                 "书记非“双带头人”的扣1分；未签订责任书的扣0.5分；未述职的扣2分；满意率低于90%的扣0.5分；书记讲党课每少1次扣0.5分。", 6,
                 "查阅资料、民主测评"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；针对临床倒班特点，可利用交班后时段召开或分批"
                 "召开，党员参会率不低于百分之八十。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录不规范的，酌情扣0.5-1分。", 7,
                 "查阅资料、个别访谈"),
            _row("每月开展一次主题党日活动；年内结合专业特色开展义诊、健康科普进社区等主题党日不少于4次；活动有方案、有照片。",
                 "主题党日每少1次扣0.3分，最高扣2分；义诊、科普主题党日每少1次扣0.5分；缺方案或照片的，每次扣0.1分，最高扣1分。", 5, "查阅资料"),
            _row("每年召开一次组织生活会，会前谈心谈话全覆盖，查摆问题形成整改清单；会后开展民主评议党员，评议结果报医院党委备案。",
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.1分，最高扣1分；无整改清单的扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的扣"
                 "0.5分。", 5, "查阅资料、个别访谈"),
            _row("年内培养入党积极分子不少于2名，注重在青年医生、护理骨干和高知群体中发展党员；发展对象公示不少于5个工作日；入党积极分子每半年考察"
                 "一次。",
                 "积极分子每少1名扣1分；发展对象未公示的扣1分；考察每少1次扣0.5分；违反程序发展党员的，本项不得分。", 5, "查阅发展党员档案"),
            _row("党员按月交纳党费，党费收缴情况每半年公示一次；规培、进修、援外医疗和对口帮扶等外出党员每月联系一次。",
                 "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；联系每少1次扣0.2分，最高扣1分。", 4, "查阅资料、系统查询"),
            _row("推行党员积分管理，积分每季度公示一次；年底评选“党员示范岗”“优秀共产党员”。",
                 "无积分台账的扣1分；积分公示每少1次扣0.3分；年底未评选的扣1分。", 4, "查阅资料"),
        )),
        Section("党建业务融合", "三、党建业务融合（35分）", 35, (
            _row("设立党员示范岗不少于2个，党员佩戴党徽、亮明身份上岗；党员在核心制度执行、医疗质量控制中发挥带头作用。",
                 "示范岗每少1个扣1分；党员未亮身份的，每人次扣0.2分，最高扣1分；带头作用由考核组综合评定，好的得2分，较好的得1分，一般的不得分。", 6,
                 "现场查看、病历抽查"),
            _row("支部每季度至少专题研究一次医疗质量安全工作；科室病历甲级率达到百分之九十五以上；全年不发生经鉴定负主要责任以上的医疗事故。",
                 "专题研究每少1次扣0.5分；甲级率每低1个百分点扣0.3分，最高扣2分；发生医疗事故的，本项不得分。", 6, "查阅资料、医务部认定"),
            _row("每季度开展一次医德医风教育或警示教育；党员签订廉洁行医承诺书，签订率达到100%；党员无收受红包、回扣问题。",
                 "教育每少1次扣0.5分；承诺书每少1人扣0.2分，最高扣1分；党员收受红包、回扣经查实的，每人扣3分。", 6, "查阅资料、纪检监察室认定"),
            _row("组建党员志愿服务队，每月开展一次志愿服务；年内开展下乡义诊、对口帮扶旗县医院不少于4次；党员年人均志愿服务时长不少于12小时。",
                 "未组建服务队的扣1分；志愿服务每少1次扣0.2分，最高扣1.5分；义诊、帮扶每少1次扣0.5分；人均时长每少1小时扣0.2分，最高扣1.5分。", 6,
                 "查阅资料、平台查询"),
            _row("科室每季度开展一次患者满意度测评，满意率达到百分之九十五；患者投诉按期办结率达到100%。",
                 "测评每少1次扣0.5分；满意率95%以上的得3分，92%（含）—95%的得2分，90%（含）—92%的得1分，90%以下的不得分；按期办结率每低1个百分点扣"
                 "0.2分，最高扣1分。", 6, "第三方测评、投诉台账核查"),
            _row("打造“一支部一品牌”，年内形成党建与业务融合工作案例1篇以上；与社区、旗县卫生院党支部签订结对共建协议不少于1个，每半年开展一次"
                 "共建活动。",
                 "未打造品牌的扣1分；无工作案例的扣1分；未签订共建协议的扣1分；共建活动每少1次扣0.5分。", 5, "查阅资料"),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            _row("年初制定支部工作计划，7月底前报送半年工作小结，年底形成年度工作总结；支部工作手册按月记录。",
                 "缺计划、半年小结或总结的，每项扣1分；工作手册未按月记录的，每月扣0.2分，最高扣2分。", 5, "查阅资料"),
            _row("科室设置党员学习角或党建宣传栏，每季度更新一次；年内向医院党委报送党建信息不少于4篇。",
                 "无学习角或宣传栏的扣1分；更新每少1次扣0.3分；信息每少1篇扣0.3分，最高扣1.2分。", 4, "现场查看、查阅资料"),
            _row("支委每季度与党员、青年医护人员谈心谈话不少于1次；对生病住院、家庭困难的党员职工及时看望；“七一”走访慰问老党员。",
                 "谈心谈话每少1人次扣0.1分，最高扣2分；看望不及时的，酌情扣0.5-1分；未开展“七一”慰问的扣1分。", 6, "查阅资料、个别访谈"),
            _row("年底由医院党委组织党员和科室职工对支部工作开展满意度测评，满意率不低于百分之九十。",
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", 5, "民主测评"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "分值", "考核方式"]
NOTES = (
    "说明：",
    "1.本表由医院党委于次年1月上旬组织考核，党委办公室牵头，组织人事科、医务部、护理部、质控科、纪检监察室参加，以2025年1月1日至12月31日形成的"
    "资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次或等次的，按档次、等次计分；学时以干部网络学院统计为准，病历甲级率以质控科抽查结果"
    "为准，医疗事故由医务部认定。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与科室绩效和支部书记年度考核挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：内科、外科、妇产科、儿科、急诊重症医学科等临床科室党支部）")
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
