"""龙岩市人力资源和社会保障局机关党委2025年度劳动人事争议仲裁院党支部考核评分表 (.docx), as the 机关党委 of the 人社局 of 龙岩 in 福建 (its 机关党委
办公室 with the 人事科, the 调解仲裁管理科, the 劳动保障监察支队 and the 驻局纪检监察组, a 考核组 that sits in the 仲裁院's 庭审 rooms and 立案 hall in
the middle of December, when the 闽西 hills are green under the winter rain, the 土楼 of the 永定 are full of 游客, the 建筑工地 of the 中心城区 are paying
off the year's 农民工 工资 before the 春节 and the 仲裁员 are hearing the 欠薪 cases of the “两节” one after another) scores the 党支部 of a 仲裁院 whose
党员 are 仲裁员, 书记员 and the 立案 and 调解 staff: a table whose 考核内容 prints what the 支部 must have done, whose 评分标准 takes points off one
clause at a time (scoring the 调解率 and the 窗口 满意度 in bands) and whose 考核方式 names only how the 考核组 checks: 政治建设 (the “第一议题”, a
monthly 集中学习, a quarterly 业务研讨 and the 参学率; a half-yearly 研判, the 审核 of the 裁决书 and a 一票否决; the 年初 责任书 and 承诺书, a quarterly
警示教育, the 回避 and a "本项不得分"), 组织建设 (the “三会一课”, the 书记's two 党课 and the 参会率; the 主题党日 with 方案 and 照片 and the 业务; the
组织生活会, the 征求意见, the 谈心谈话, the 民主评议 and the 整改清单; the 党小组, the 换届, one 积极分子 and the 公示; 党费 按月 with a quarterly 公示 and
the 台账), 业务融合 (the 调解率 in bands, a quarterly “仲裁进园区” and the 党徽; the 结案率, the 评查 合格率 and the 通报; the “绿色通道”, the 先锋岗, the
“两节” 专项行动 and the 投诉; the 满意度 in bands, the 投诉 办结 and the “好差评”; three 共建单位, the 共建协议, a half-yearly 共建活动 and 100人次 of 培训),
队伍建设 (40学时, two “师带徒” and a yearly 庭审观摩; a half-yearly 谈心谈话 with each 党员 and the “七一”、春节 慰问; the “清廉仲裁”, the 作风 and a "本项
不得分") and 工作保障 (the 年初 工作要点 and 项目清单, the 半年 小结, the 年底 总结 and 述职; the 标识、制度, a quarterly 党务 公开 and the 经费).

The title (bold, centred) and a centred "（考核对象：市劳动人事争议仲裁院党支部）" line above one table: 考核项目 | 序号 | 考核内容 | 评分标准 | 分值 | 考核方式.
The 考核项目 are MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH their points on ONE line, "一、政治建设（15分）"; 序号 (SECOND column)
runs 1..18 through the table, NOT restarting; there is no short sub-label. 考核内容 (`Row.text`) says what is required; the 评分标准 (`Row.scoring`) comes
BEFORE the 分值, which is printed WITH its unit, "5分"; 考核方式 (`Row.method`) last, naming only the ways the 考核组 checks ("查阅资料", "实地查看",
"个别访谈", "系统核查", "案卷评查", "问卷调查"). A 合计 row of "100分" closes the table; a "说明：" paragraph with three numbered lines follows it. Counts in
figures and Chinese numerals, nearly all in the 考核内容 ("每月组织一次", "每季度开展一次", "百分之九十以上", "每半年…一次", "全年", "年初", "每季度开展一次",
"全年", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "不低于百分之九十", "每月开展一次",
"每年召开一次", "按期", "年内…不少于1名", "不少于5个工作日", "按月", "每季度公示一次", "百分之六十以上", "每季度…一次", "100%", "百分之九十五以上",
"“两节”前…一次", "百分之九十五以上", "100%", "不少于3家", "每半年开展一次", "年内…不少于100人次", "每人每年…不少于40学时", "不少于2对", "年内…一次",
"每半年…一次", "“七一”、春节", "年初", "年中", "年底", "年底", "每季度更新一次"); "最高扣" caps; bands of the 调解率 (3 of the 8 points, closed by "40%
以下的不得分") and of the 满意度 (3 of the 6, closed by "90%以下的不得分"); "每少10人次" once; "每低5个百分点" once and "每低1个百分点" once; "酌情扣
0.5-1分" twice, "酌情扣1-2分" once and "酌情扣0.5分" once; one "一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, scoring: str, points: float, how: str) -> Row:
    """One row in the order the table prints it: 考核内容, 评分标准, 分值, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzzm_longyan_laodong_zhengyi_zhongcaiyuan_zhibu_docx",
    fmt="docx",
    title="龙岩市人力资源和社会保障局机关党委2025年度劳动人事争议仲裁院党支部考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("落实“第一议题”制度，支部每月组织一次集中学习；每季度开展一次劳动法律法规和仲裁业务学习研讨；党员参学率达到百分之九十以上。",
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣1.5分；业务研讨每少1次扣0.5分；参学率低于90%的扣1分。",
                 5, "查阅资料"),
            _row("每半年分析研判一次意识形态和劳动关系领域舆情；仲裁裁决书网上公开前实行审核把关；全年不发生重大负面舆情。",
                 "研判每少1次扣1分；裁决书未经审核公开的，每件扣0.5分，最高扣1.5分；发生重大负面舆情造成不良影响的，一票否决，本项不得分。",
                 5, "查阅资料、系统核查"),
            _row("年初签订党风廉政建设责任书和廉洁办案承诺书；每季度开展一次廉政警示教育；严格执行仲裁员回避制度，全年无违规会见当事人、接受吃请等"
                 "问题。",
                 "责任书、承诺书每缺一项扣0.5分；警示教育每少1次扣0.5分；应回避未回避的，每件扣1分；仲裁员受到党纪政务处分的，本项不得分。",
                 5, "查阅资料、个别访谈"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            _row("严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于2次；"
                 "党员参会率不低于百分之九十。",
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣1分；参会率每低5个百分点扣0.5分，最高扣1.5分。",
                 7, "查阅资料"),
            _row("每月开展一次主题党日，结合“劳动法律进企业”“仲裁开放日”等业务工作开展，做到有方案、有照片。",
                 "主题党日每少1次扣0.3分，最高扣2分；方案、照片每缺一项扣0.2分，最高扣1分；未结合业务工作开展的，酌情扣0.5-1分。",
                 5, "查阅资料"),
            _row("每年召开一次组织生活会，会前征求当事人、用人单位和干部职工意见，开展谈心谈话；会后开展民主评议党员；针对查摆问题建立整改清单。",
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1.5分；无整改清单的扣0.5分。",
                 6, "查阅资料、个别访谈"),
            _row("按仲裁庭设立党小组；支部委员会按期换届；年内培养入党积极分子不少于1名，发展对象公示不少于5个工作日。",
                 "未按期换届的扣2分；未培养入党积极分子的扣1分；发展对象未公示的扣1分。",
                 4, "查阅资料"),
            _row("党员按月交纳党费，党费收缴情况每季度公示一次；党建工作台账分类规范。",
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；公示每少1次扣0.3分；台账不规范的，酌情扣0.5分。",
                 3, "查阅资料"),
        )),
        Section("业务融合", "三、业务融合（35分）", 35, (
            _row("推行“党员仲裁员+调解”模式，争议案件调解率达到百分之六十以上；每季度深入工业园区、企业开展一次“仲裁进园区”巡回庭审或法律宣讲；党员"
                 "仲裁员开庭佩戴党徽。",
                 "调解率60%以上的得3分，50%（含）—60%的得2分，40%（含）—50%的得1分，40%以下的不得分；巡回庭审或宣讲每少1次扣0.5分，最高扣2分；党员"
                 "仲裁员未佩戴党徽的，酌情扣0.5-1分。",
                 8, "系统核查、查阅资料"),
            _row("仲裁案件法定审限内结案率100%；裁决书质量评查合格率达到百分之九十五以上；全年无被上级通报批评的案件。",
                 "结案率每低1个百分点扣0.5分，最高扣3分；评查合格率低于95%的扣2分；案件被上级通报批评的，每件扣1分。",
                 8, "系统核查、案卷评查"),
            _row("设立农民工欠薪争议“绿色通道”和党员先锋岗，农民工工资争议案件快立、快调、快审、快结；“两节”前开展一次欠薪争议专项行动。",
                 "未设立“绿色通道”的扣1.5分；未设立党员先锋岗的扣1分；未开展专项行动的扣2分；农民工案件办理不及时被投诉的，每件扣0.5分，最高扣2分。",
                 7, "查阅资料、实地查看"),
            _row("仲裁服务窗口实行首问负责、一次性告知，当事人满意度达到百分之九十五以上；当事人投诉按期办结率100%。",
                 "满意度98%以上的得3分，95%（含）—98%的得2分，90%（含）—95%的得1分，90%以下的不得分；投诉未按期办结的，每件扣0.5分，最高扣2分；窗口"
                 "服务被“好差评”系统差评的，每件扣0.2分，最高扣1分。",
                 6, "问卷调查、系统核查"),
            _row("与不少于3家企业或基层调解组织党组织结对共建，签订共建协议；每半年开展一次共建活动；年内培训基层调解员不少于100人次。",
                 "共建单位每少1家扣0.5分；共建活动每少1次扣0.5分；培训每少10人次扣0.2分，最高扣1.5分。",
                 6, "查阅资料"),
        )),
        Section("队伍建设", "四、队伍建设（15分）", 15, (
            _row("仲裁员每人每年参加业务培训不少于40学时；开展“师带徒”结对不少于2对；年内举办一次庭审观摩评议。",
                 "学时不足的，每人扣0.2分，最高扣1.5分；“师带徒”每少1对扣0.5分；未开展庭审观摩评议的扣1分。",
                 5, "查阅资料"),
            _row("支部书记每半年与每名党员谈心谈话一次；“七一”、春节走访慰问生活困难党员和退休党员。",
                 "谈心谈话每少1人次扣0.1分，最高扣1.5分；未开展走访慰问的，每次扣1分。",
                 5, "查阅资料、个别访谈"),
            _row("开展“清廉仲裁”创建；严格执行中央八项规定精神，工作时间无脱岗、离岗问题。",
                 "创建工作不扎实的，酌情扣1-2分；被市纪委监委或局督查通报作风问题的，每人次扣1分；违反中央八项规定精神被查处的，本项不得分。",
                 5, "实地查看、个别访谈"),
        )),
        Section("工作保障", "五、工作保障（10分）", 10, (
            _row("年初制定党建工作要点和党建与业务融合项目清单；年中形成半年工作小结；年底形成全年工作总结，支部书记年底在局机关党委述职。",
                 "缺工作要点、小结或总结的，每项扣1分；无项目清单的扣1分；书记未述职的扣2分。",
                 6, "查阅资料"),
            _row("党员活动室有标识、有制度；党务公开栏每季度更新一次；党建工作经费专款专用。",
                 "标识、制度每缺一项扣0.5分；党务公开每少1次扣0.3分，最高扣1.2分；经费未专款专用的扣1.5分。",
                 4, "实地查看、查阅资料"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "评分标准", "分值", "考核方式"]
NOTES = (
    "说明：",
    "1.本表由局机关党委于12月中旬组织考核，机关党委办公室牵头，人事科、调解仲裁管理科参加，驻局纪检监察组派员监督，以2025年1月1日至考核之日形成的"
    "资料和仲裁办案系统数据为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；调解率、结案率以全省劳动人事争议调解仲裁信息系统统计为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为评选局系统“先进基层党组织”的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：市劳动人事争议仲裁院党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((1, str(number)), (2, row.text), (3, row.scoring), (4, f"{_fmt(row.points)}分"), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 3, "合计")
    tbl.cell(r, 4).text = f"{_fmt(t.total)}分"
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
