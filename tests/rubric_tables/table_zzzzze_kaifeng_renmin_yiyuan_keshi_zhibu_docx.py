"""开封市人民医院党委2025年度临床医技科室党支部考核评分细则 (.docx), as the 医院党委 of the 市人民医院 of 开封 in 河南 (its 党委办公室 with the 组织部, the
医务部, the 护理部, the 质控科, the 宣传科 and the 纪检监察室, a 考核组 that sits with each 支部书记 in the 行政楼 in mid-January, when the 流感 wards are
full, the 菊花 of the autumn 菊会 are long gone from the 龙亭 and the 年度 病历 评查 of the 质控科 is being tallied) scores the 党支部 of its 科室: the
支部 of the 心内科 and the 急诊科 whose 党员 are on nights and 手术 by turns, the 支部 of the 检验科 and the 影像科 whose 党员 work in 班组, the 支部 of the
护理 whose young 护士 are the 积极分子 the 支部 hopes for: a table whose 考核指标 is a SHORT NAME, whose 考核内容 prints what the 支部 must have done and
whose 评分标准 takes points off one clause at a time (scoring the 集中学习 参学率, the 病历 甲级率 and the 住院患者 满意度 in bands): 政治建设 (the “第一
议题”, a monthly 集中学习, 32学时 and the 参学率 in bands; a half-yearly 研判, the 群 管理 and a "本项不得分"; the “九项准则”, a quarterly 医德医风教育, a
yearly 考评, the 医德档案 and a 一票否决; the “双带头人”, the 书记's 培训 and the 年初 责任书), 组织建设 (the “三会一课”, the 补学, the 书记's two 党课 and the
参会率; the 主题党日 and two at the 医师节、护士节 with their 方案、签到、照片; the 组织生活会, the 谈心谈话 全覆盖, the 整改清单 and the 民主评议 测评表; one
积极分子, two 培养联系人, the 公示 and a "本项不得分"; 党费 按月 with a half-yearly 公示, a monthly 联系 of the 外出党员 and the 转接; the 积分, a quarterly
公示, the 年底 评选 and two 示范岗、责任区), 党建业务融合 (the 核心制度, a monthly 质量分析, the 甲级率 in bands and a 一票否决; the 满意度 in bands and no
投诉; six 义诊、讲座, 12小时 and their 记录、照片; the “导师带教”, one 新技术 and two 论文、课题; the 突击队, the 30分钟 and a half-yearly 演练; the 帮扶协议
and a quarterly 下沉) and 基础保障 (the 标识、党旗、制度 and the 工作手册 by month; the 年初 计划, the 年底 总结, the 年底 述职 and its 满意率; four 宣传 and one
报道).

The title (bold, centred), a centred "（考核对象：院属各临床、医技科室党支部）" line and a "党支部：    考核人：    考核日期：" line above one table: 序号 |
考核指标 | 考核内容 | 分值 | 评分标准. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line, "一、政治
建设（20分）"; 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.3"). 考核指标 (SECOND column) is a short name on every row
(`Row.indicator`); 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); there is no 佐证 or 考核方式
column. A 合计 row of 100 closes the table; a "备注：" paragraph and three numbered lines follow it. Counts in figures and Chinese numerals, nearly all in
the 考核内容 ("每月开展一次", "每人每年…不少于32学时", "不低于百分之九十", "每半年开展一次", "全年", "每季度开展一次", "每年…一次", "全年", "每年…不少于1次",
"年初", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "不低于百分之八十五", "每月开展一次",
"年内…不少于2次", "每年召开一次", "全覆盖", "年内…不少于1名", "2名", "不少于5个工作日", "按月", "每半年公示一次", "每月联系一次", "每季度公示一次", "年底",
"不少于2个", "每月开展一次", "百分之九十五以上", "全年", "百分之九十以上", "年内", "年内不少于6次", "不少于12小时", "不少于1名", "年内…不少于1项", "年内…
不少于2项", "30分钟内", "每半年…一次", "1家以上", "每季度…一次", "按月", "年初", "年底", "年底", "不低于百分之九十", "年内…不少于4篇", "不少于1篇"); "最高扣"
caps; bands of the 参学率 (3.5 of the 7 points, closed by "85%以下的不得分"), of the 甲级率 (4 of the 8, closed by "90%以下的不得分") and of the 满意度 (4 of
the 6, closed by "85%以下的不得分"); "每低5个百分点" twice; "每少1小时" once; "酌情扣0.5-1分" twice; two "实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 考核指标, 考核内容, 分值, 评分标准."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzze_kaifeng_renmin_yiyuan_keshi_zhibu_docx",
    fmt="docx",
    title="开封市人民医院党委2025年度临床医技科室党支部考核评分细则",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("政治理论学习",
                 "落实“第一议题”制度，支部每月开展一次集中学习，可结合科室晨会、业务学习时间进行；党员每人每年参加集中学习培训不少于32学时；集中学习党员参学率"
                 "不低于百分之九十。", 7,
                 "集中学习每少1次扣0.5分，最高扣2分；学时不足32学时的，每人扣0.2分，最高扣1.5分；参学率95%以上的得3.5分，90%（含）—95%的得2.5分，85%（含）"
                 "—90%的得1分，85%以下的不得分。"),
            _row("意识形态",
                 "每半年开展一次意识形态工作分析研判；科室工作群、患者服务群落实“谁建群、谁负责”，患者信息和诊疗资料不外传；全年不发生涉及本科室的负面舆情。",
                 4, "研判每少1次扣1分；群管理不规范或泄露患者信息的，每次扣1分；发生负面舆情造成不良影响的，本项不得分。"),
            _row("医德医风",
                 "严格落实医疗机构工作人员廉洁从业“九项准则”，每季度开展一次医德医风教育；每年对党员开展一次医德医风考评，考评结果记入医德档案；全年无收受"
                 "红包、回扣问题。", 5,
                 "医德医风教育每少1次扣0.5分；未开展考评的扣1分；考评结果未记入医德档案的，每人扣0.1分，最高扣1分；党员收受红包、回扣被查实的，实行一票"
                 "否决，本项不得分。"),
            _row("支部书记",
                 "支部书记由科室主任或副主任中的党员担任，实现“双带头人”全覆盖；支部书记每年参加院党委组织的党支部书记培训不少于1次；支部书记年初与院党委"
                 "签订党建工作责任书。", 4,
                 "支部书记不是“双带头人”的扣2分；未参加培训的扣1分；未签订责任书的扣1分。"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；因值班、手术不能参会的党员及时补学；支部书记每年讲党课不少"
                 "于2次；党员参会率不低于百分之八十五。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；未组织补学的，每人次扣0.1分，最高扣1分；书记讲党课每少1次扣0.5分；参会率每低5个百分点扣0.5分，最高"
                 "扣1.5分。"),
            _row("主题党日",
                 "每月开展一次主题党日活动，年内结合“中国医师节”“国际护士节”开展“重温誓言”主题党日不少于2次；活动有方案、有签到、有照片。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；“重温誓言”主题党日每少1次扣0.5分；缺方案、签到或照片的，每次扣0.1分，最高扣1分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前支委与党员谈心谈话全覆盖，查摆问题建立整改清单；会后开展民主评议党员，民主评议测评表存档。", 5,
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.2分，最高扣1分；无整改清单的扣0.5分；未开展民主评议党员的扣1.5分。"),
            _row("发展党员",
                 "年内在医疗技术骨干、青年医护人员中确定入党积极分子不少于1名，每名积极分子确定2名培养联系人；发展对象公示不少于5个工作日；发展党员程序规范。",
                 4, "未确定积极分子的扣1.5分；培养联系人未落实的扣0.5分；未公示的扣1分；违反程序发展党员的，本项不得分。"),
            _row("党员管理",
                 "党员按月交纳党费，党费收缴情况每半年公示一次；规培、进修、援派等外出党员纳入支部管理，支部每月联系一次；党员组织关系转接及时。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；外出党员联系每少1次扣0.1分，最高扣1分；组织关系转接不及时的，每人扣0.5分。"),
            _row("积分和示范岗",
                 "实行党员积分管理，积分每季度公示一次，年底评选“优秀共产党员”；设立党员示范岗、党员责任区不少于2个，示范岗挂牌上岗。", 5,
                 "未实行积分管理的扣1分；积分公示每少1次扣0.3分；年底未评选的扣1分；示范岗、责任区每少1个扣0.5分；未挂牌的扣0.5分。"),
        )),
        Section("党建业务融合", "三、党建业务融合（35分）", 35, (
            _row("医疗质量安全",
                 "党员带头落实首诊负责、三级查房、疑难病例讨论等医疗质量安全核心制度；每月开展一次科室医疗质量分析；病历甲级率达到百分之九十五以上；全年不发生"
                 "负主要责任及以上的医疗事故。", 8,
                 "质量分析每少1次扣0.3分，最高扣1.5分；甲级率98%以上的得4分，95%（含）—98%的得3分，90%（含）—95%的得1分，90%以下的不得分；核心制度落实不到位"
                 "被院级通报的，每次扣0.5分，最高扣1.5分；发生负主要责任及以上医疗事故的，实行一票否决，本项不得分。"),
            _row("患者满意度",
                 "科室住院患者满意度达到百分之九十以上；年内无有效医疗投诉。", 6,
                 "满意度95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分；出现有效投诉的，每起扣1分，最高扣2分。"),
            _row("健康服务",
                 "支部组织党员医护人员开展“进社区、进乡村、进企业”义诊和健康讲座，年内不少于6次；党员人均志愿服务时长不少于12小时；每次服务有记录、有照片。",
                 6, "义诊和健康讲座每少1次扣0.5分，最高扣2分；人均时长每少1小时扣0.2分，最高扣1分；缺记录或照片的，每次扣0.2分，最高扣1分。"),
            _row("人才培养和创新",
                 "党员骨干实行“导师带教”，每名党员骨干带教青年医师或护士不少于1名；年内开展新技术、新项目不少于1项；党员年内发表专业论文或获批科研课题不少于"
                 "2项。", 5,
                 "带教未落实的，每人扣0.2分，最高扣1分；未开展新技术、新项目的扣1.5分；论文或课题每少1项扣0.5分，最高扣1分。"),
            _row("应急救治",
                 "组建党员应急医疗突击队，接到院指令后30分钟内集结到位；每半年参加一次院级应急演练。", 5,
                 "未组建突击队的扣1.5分；集结不及时的，每次扣0.5分；应急演练每少1次扣1分。"),
            _row("对口帮扶",
                 "与1家以上乡镇卫生院或社区卫生服务中心签订结对帮扶协议，每季度下沉开展一次坐诊、带教或业务培训。", 5,
                 "未签订帮扶协议的扣1.5分；下沉帮扶每少1次扣0.5分，最高扣2分；帮扶无实效的，酌情扣0.5-1分。"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            _row("阵地和台账",
                 "支部有固定活动场所，有标识、有党旗、有制度；支部工作手册按月记录，党建资料分类归档。", 4,
                 "标识、党旗、制度每缺一项扣0.5分；工作手册每缺1个月记录扣0.2分，最高扣1分；资料归档混乱的，酌情扣0.5-1分。"),
            _row("计划总结和述职",
                 "年初制定支部工作计划，年底形成工作总结；支部书记年底向院党委述职，述职评议满意率不低于百分之九十。", 6,
                 "缺计划或总结的，每项扣1分；未述职的扣2分；满意率每低5个百分点扣0.5分，最高扣2分。"),
            _row("宣传报道",
                 "年内在医院官网、微信公众号宣传支部工作和先进典型不少于4篇，在市级以上媒体报道不少于1篇。", 5,
                 "院内宣传每少1篇扣0.5分，最高扣2分；未在市级以上媒体报道的扣1分。"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容", "分值", "评分标准"]
NOTES = (
    "备注：",
    "1.本细则由医院党委于次年1月中旬组织考核，党委办公室、组织部牵头，医务部、护理部、质控科、宣传科、纪检监察室参加，采取听取汇报、查阅资料、个别"
    "谈话、民主测评相结合的方式进行，以2025年1月1日至12月31日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；病历甲级率以质控科终末病历评查结果为准，住院患者满意度以第三方满意度调查"
    "结果为准。",
    "3.考核得分90分以上的为“优秀党支部”，80—89分的为“良好党支部”，70—79分的为“合格党支部”，70分以下的为“不合格党支部”，考核结果与科室年度绩效和"
    "支部书记评先评优挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：院属各临床、医技科室党支部）")
    document.add_paragraph("党支部：              考核人：              考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for i, row in enumerate(s.rows, 1):
            cells = ((0, str(i)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
