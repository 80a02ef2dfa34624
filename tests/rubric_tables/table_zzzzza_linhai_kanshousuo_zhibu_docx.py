"""临海市公安局党委2025年度看守所党支部党建工作考核评分表 (.docx), as the 局党委 of the 公安局 of 浙江 台州 临海市 (its 政治处 with the 监管大队, the
督察大队, the 法制大队, the 警务保障室 and the 派驻纪检组, a 考核组 that passes the 门岗 and the AB门 of the 看守所 on the edge of the 古城 in the first
half of January, when the 灵江 mist lies on the 监区 in the mornings, the 春节 会见 rush is about to begin and the 民警 are working the 24小时 rota
short of hands) scores the 党支部 of the 看守所: the 所长 and the 教导员 who share the 支部, the 管教 民警 who walk the 监室 巡视 every few minutes, the
医生 and the 辅警 who guard the 提讯 and the 出所就医, the 青年 民警 from whom the 支部 hopes to 发展: a table of 考核项目 whose 考核要点 prints what the
支部 must have done, whose 扣分办法 takes points off one clause at a time (scoring the 满意率 and the rates by the 百分点) and whose 备查资料 names the
papers the 考核组 asks for: 政治建警 (the “第一议题”, a monthly 集中学习, 40学时 and a quarterly “忠诚教育”; a half-yearly 研判, the 关爱档案 and a 一票否决;
the 年初 责任书 and a quarterly 形势分析会; one 荣誉 仪式, one 现场教学 and the 形式), 组织建设 (the “三会一课” by 监区 and 班组, the 参会率 and the 记录;
the 主题党日 on the 20th, the 所长 and 教导员's two 党课 and one “案例党课”; the 组织生活会, the 征求意见, the 谈心谈话, the 民主评议 and the 备案; one
积极分子, 党费 按月 with a half-yearly 公示 and the 辅警党员; the 积分 with a quarterly 公示, the 年底 星级 and three 先锋岗), 从严治警 (the “三个规定”
and their 记录报告, a quarterly 警示教育 and a "本项不得分"; a quarterly 谈心谈话 全覆盖 and one 家访 each; the 执法 登记, the 整改率 and the 书面回复;
a monthly 内务检查, the 警容风纪 and a 一票否决), 监管融合 (the 24小时 巡视, the 15分钟, the 巡视记录 and a 一票否决; a monthly 安全大检查, the 整改率,
a quarterly 演练 and the 合格率; the 包教, a monthly 教育课 and the 告知率; the 值班律师工作站, the 2个工作日, a half-yearly 座谈会 or 开放日 and a quarterly
所务公开) and 基础保障 (the 标识、党旗、制度, the 品牌 and two 报道; the 年初 计划, the 年底 总结, the 年底 述职 and its 满意率).

The title (bold, centred) and a centred "（考核对象：临海市看守所党支部）" line above one table: 序号 | 考核项目 | 考核要点 | 分值 | 扣分办法 | 备查资料.
The 考核项目 are MERGED CELLS down the SECOND column, printed WITH an ordinal and WITH their points on a SECOND line, "一、政治建警\\n（20分）"; 序号
(FIRST column) RESTARTS at 1 beside every 考核项目 (ids "1.1" … "5.2"); there is no short sub-label. 考核要点 (`Row.text`) says what is required; 分值 is a
plain number BEFORE the 扣分办法 (`Row.scoring`); 备查资料 (`Row.method`) comes LAST and names the papers, joined by "、". A 合计 row of 100 closes the
table; a "说明：" paragraph and three numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月开展一次",
"每人每年…不少于40学时", "每季度开展一次", "每半年开展一次", "全年", "年初", "每季度召开一次", "年内…不少于1次", "不少于1次", "支部委员会每月召开1次，党员
大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之八十五", "每月20日", "每年讲党课不少于2次", "不少于1次", "每年召开一次", "年内…
不少于1名", "按月", "每半年公示一次", "每季度公示一次", "年底", "不少于3个", "全年", "每季度开展一次", "每季度…全覆盖", "年内…不少于1次", "100%", "每月
开展一次", "全年", "24小时", "不超过15分钟", "全年", "每月开展一次", "100%", "每季度开展一次", "百分之九十五", "不少于3名", "每月开展一次", "100%", "每周
不少于2个工作日", "每半年…一次", "每季度更新一次", "年内…不少于2次", "年初", "年底", "年底", "不低于百分之九十"); "最高扣" caps; "每低10个百分点" once,
"每低5个百分点" once and "每低1个百分点" twice; "酌情扣0.5-1分" three times; three "实行一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, papers: str) -> Row:
    """One row in the order the table prints it: 考核要点, 分值, 扣分办法, 备查资料."""
    return Row(text, points, scoring, papers)


TABLE = Table(
    name="zzzzza_linhai_kanshousuo_zhibu_docx",
    fmt="docx",
    title="临海市公安局党委2025年度看守所党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建警", "一、政治建警\n（20分）", 20, (
            _row("落实“第一议题”制度，支部每月开展一次集中学习；党员民警、辅警每人每年参加学习培训不少于40学时；每季度开展一次“忠诚教育”专题学习。", 6,
                 "集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分；专题学习每少1次扣0.5分。", "学习记录、学时统计表"),
            _row("每半年开展一次民警辅警思想动态分析研判，对家庭困难、身心压力大的民警辅警建立关爱档案；全年不发生民警辅警意识形态领域问题。", 5,
                 "研判每少1次扣1分；未建立关爱档案的扣1分；发生意识形态问题造成不良影响的，实行一票否决，本项不得分。", "研判记录、关爱档案"),
            _row("支部书记年初与局党委签订党风廉政建设和从严治警责任书；每季度召开一次队伍形势分析会。", 4,
                 "未签订责任书的扣1分；分析会每少1次扣0.5分，最高扣2分。", "责任书、会议记录"),
            _row("开展“警察荣誉”教育，年内组织入警宣誓、重温入警誓词或荣誉退休仪式不少于1次；组织党员到红色教育基地开展现场教学不少于1次。", 5,
                 "未开展荣誉仪式活动的扣1.5分；未开展现场教学的扣1.5分；活动流于形式的，酌情扣0.5-1分。", "活动方案、活动照片"),
        )),
        Section("组织建设", "二、组织建设\n（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；实行勤务轮班的，按监区、班组分批组织；党员参会率不低于"
                 "百分之八十五。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率低于85%的扣1分；会议记录不规范的，酌情扣0.5-1分。", "会议记录本、签到表"),
            _row("每月20日开展主题党日活动；所长、教导员每年讲党课不少于2次，其中结合监管工作实际讲“案例党课”不少于1次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；讲党课每少1次扣0.5分；未讲“案例党课”的扣0.5分。", "活动记录、党课讲稿"),
            _row("每年召开一次组织生活会，会前征求驻所检察室、律师代表意见，开展谈心谈话；会后开展民主评议党员，评议结果报局党委备案。", 5,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。",
                 "会议记录、征求意见表、民主评议测评表"),
            _row("年内在青年民警中确定入党积极分子不少于1名；党员按月交纳党费，党费收缴情况每半年公示一次；辅警党员纳入支部统一管理。", 4,
                 "未确定积极分子的扣1分；未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；辅警党员未纳入管理的，每人扣0.2分，最高扣1分。",
                 "党费收缴台账、公示照片"),
            _row("推行党员“积分+星级”管理，积分每季度公示一次，年底评定星级；在监区、医务室、提讯室等岗位设立党员先锋岗不少于3个。", 4,
                 "未实行积分管理的扣1分；积分公示每少1次扣0.3分；年底未评定星级的扣1分；先锋岗每少1个扣0.5分。", "积分台账、先锋岗名单"),
        )),
        Section("从严治警", "三、从严治警\n（20分）", 20, (
            _row("严格落实“三个规定”，对过问案件情况如实记录报告，全年无民警辅警违规过问案件、违规会见在押人员家属、违规传递物品等问题；每季度开展一次廉政"
                 "警示教育。", 6,
                 "发现违规问题的，每起扣2分；警示教育每少1次扣0.5分；民警受到党纪政务处分的，本项不得分。", "记录报告登记表、警示教育记录"),
            _row("支部委员每季度与民警辅警谈心谈话全覆盖；开展“八小时以外”家访，年内对每名民警辅警家访不少于1次。", 4,
                 "谈心谈话每少1人次扣0.1分，最高扣2分；家访每少1人扣0.1分，最高扣1.5分。", "谈心谈话记录、家访登记表"),
            _row("提讯、提解、会见、出所就医等执法环节登记规范；驻所检察室提出的检察建议、纠正违法通知书整改率达到100%，并按期书面回复。", 6,
                 "执法登记不规范的，每处扣0.2分，最高扣2分；整改率每低10个百分点扣1分，最高扣2分；未按期书面回复的，每件扣0.5分。",
                 "提讯登记簿、会见登记簿、整改回复函"),
            _row("警容风纪、内务管理规范，每月开展一次内务检查；全年不发生民警辅警酒驾醉驾、涉黄涉赌等严重违纪问题。", 4,
                 "内务检查每少1次扣0.3分，最高扣1.5分；警容风纪被督察通报的，每次扣0.5分；发生严重违纪问题的，实行一票否决，本项不得分。",
                 "内务检查记录"),
        )),
        Section("监管融合", "四、监管融合\n（25分）", 25, (
            _row("落实监室24小时巡视制度，党员民警带头值守，巡视间隔不超过15分钟；全年不发生在押人员脱逃、自杀、非正常死亡等监管安全事故。", 7,
                 "巡视记录不全的，每次扣0.2分，最高扣2分；值班脱岗、睡岗的，每次扣1分；发生监管安全事故的，实行一票否决，本项不得分。", "巡视记录"),
            _row("每月开展一次监所安全大检查，隐患整改率达到100%；每季度开展一次应急处置演练；党员民警带头参加“防暴处突”技能训练，训练合格率达到百分之"
                 "九十五。", 6,
                 "安全检查每少1次扣0.3分，最高扣1.5分；整改率每低5个百分点扣0.5分，最高扣1.5分；演练每少1次扣0.5分；训练合格率低于95%的扣1分。",
                 "检查记录、隐患整改台账、演练方案、演练照片"),
            _row("开展“党员民警包教”，党员民警每人包教在押人员不少于3名；每月开展一次法治、道德教育课；在押人员权利义务告知率达到100%。", 6,
                 "包教未落实的，每人扣0.2分，最高扣1分；教育课每少1次扣0.3分，最高扣2分；告知率每低1个百分点扣0.2分，最高扣1.5分。",
                 "包教登记簿、教育课记录、告知书签收单"),
            _row("联合驻所检察室、法律援助中心设立值班律师工作站，每周不少于2个工作日有值班律师；每半年召开一次在押人员家属座谈会或开展“所务公开”开放日"
                 "活动；所务公开栏每季度更新一次。", 6,
                 "未设立值班律师工作站的扣1.5分；值班律师未按时值班的，酌情扣0.5-1分；座谈会或开放日每少1次扣1分；公开栏更新每少1次扣0.5分。",
                 "值班律师排班表、座谈会记录、公开栏照片"),
        )),
        Section("基础保障", "五、基础保障\n（10分）", 10, (
            _row("支部活动室有标识、有党旗、有制度；打造“铁窗先锋”党建品牌，年内在市级以上媒体或公安宣传平台宣传报道不少于2次。", 4,
                 "标识、党旗、制度每缺一项扣0.5分；未打造品牌的扣1分；宣传报道每少1次扣0.5分。", "活动室照片、报道截图"),
            _row("年初制定支部工作计划，年底形成工作总结；支部书记年底向局党委述职，接受民警辅警评议，满意率不低于百分之九十。", 6,
                 "缺计划或总结的，每项扣1分；未述职的扣2分；满意率每低1个百分点扣0.2分，最高扣2分。", "工作计划、工作总结、述职报告、测评表"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要点", "分值", "扣分办法", "备查资料"]
NOTES = (
    "说明：",
    "1.本表由局党委于次年1月上旬组织考核，政治处牵头，监管大队、督察大队、法制大队参加，采取听取汇报、查阅备查资料、调阅监控、个别谈话、问卷测评"
    "相结合的方式进行，以2025年1月1日至12月31日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；监管安全事故以上级公安机关监管部门认定为准，违纪问题以派驻纪检组、督察大队认定为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与看守所等级评定和民警年度考核挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：临海市看守所党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            cells = ((0, str(i)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
