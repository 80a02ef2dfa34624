"""嘉峪关市城区人民法院机关党委2025年度诉讼服务中心党支部党建工作考核评分表 (.docx), as the 机关党委 of the 城区人民法院 of 嘉峪关 in 甘肃 (its
政治部 (机关党委办公室) with the 审判管理办公室, the 立案庭, the 司法警察大队 and the 派驻纪检监察组, a 考核组 sitting in the 诉讼服务大厅 and the 调解室
of the 法院 in the middle of December, when the wind off the 祁连山 is hard and dry, the 关城 of the 嘉峪关 is closed early for the cold, the 酒钢 chimneys
smoke over the 雄关 and the 立案 窗口 are busy with the 欠薪 and 物业费 cases of the year's end) scores the 党支部 of the 诉讼服务中心 (the 立案、导诉、调解、
信访 and 12368 窗口, with 法官, 法官助理, 书记员 and 特邀调解员): a table whose 考核要点 prints what the 支部 must have done, whose 计分方法 takes points
off one clause at a time (scoring the 当场立案率 in bands) and whose 佐证资料 names the papers the 支部 lays out: 政治建设 (the “第一议题”, a monthly 集中
学习, a quarterly 专题研讨 and the 参学率; the 请示报告, a half-yearly 书面报告, a half-yearly 舆情 研判 and a "本项不得分"; the 年初 责任书, a quarterly
“三个规定” 报告, a quarterly 警示教育 and a 一票否决), 组织建设 (the “三会一课”, the 书记's two 党课, the 院领导's 党课 and the 记录; the 主题党日, four 窗口
志愿服务 and the 照片; the 组织生活会, the 征求意见, the 民主评议 and the 整改措施; 党费 按月, one 积极分子 and the 聘用制 党员; a half-yearly 谈心谈话),
党建+诉讼服务 (the 当场立案率 in bands, the 跨域立案 覆盖率 and the 有案不立; the 调解成功率, five 对接协议 and a quarterly 联合培训; the 先锋岗, the 亮身份
and the 首问负责 制度; the 接通率, the 答复, the 信访 办结率 and the 非正常访; a quarterly “党员法官进社区”, the 年底 测评 and the 满意率) and 基础保障 (the
年初 工作要点, the 半年 小结, the 年底 总结 and 述职; the 标识、制度, a quarterly 党务 公开 and the 归档).

The title (bold, centred) and a centred "（考核对象：诉讼服务中心党支部）" line above one table: 序号 | 考核指标 | 考核要点 | 分值 | 计分方法 | 佐证资料. The
categories are SECTION ROWS merged across the table, printed WITH an ordinal and WITH their points on ONE line, "一、政治建设（20分）"; 序号 (FIRST column)
RESTARTS at 1 under every section row (ids "1.1" … "4.2"); 考核指标 (SECOND column) is a short name on every row (`Row.indicator`); 考核要点 (`Row.text`)
says what is required; 分值 is a plain number BEFORE the 计分方法 (`Row.scoring`); 佐证资料 (`Row.method`) last, naming the papers, joined by "、". A 合计
row of 100 closes the table; a "说明：" paragraph with three numbered lines follows it. Counts in figures and Chinese numerals, nearly all in the 考核要点
("每月开展一次", "每季度组织一次", "百分之九十五以上", "每半年…一次", "每半年研判一次", "年初", "每季度报告一次", "每季度开展一次", "支部委员会每月召开1次，
支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "不少于1次", "每月开展一次", "全年不少于4次", "每年召开一次", "按月",
"年内…不少于1名", "每半年…一次", "百分之九十五以上", "100%", "百分之三十以上", "不少于5个", "每季度开展一次", "百分之九十以上", "5个工作日内", "100%",
"每季度至少一次", "年底", "百分之九十五以上", "年初", "年中", "年底", "年底", "每季度一次"); "最高扣" caps; bands of the 当场立案率 (4 of the 8 points,
closed by "85%以下的不得分"); "每低5个百分点" once and "每低1个百分点" twice; "酌情扣0.5—1分" once and "酌情扣1—2分" once; one "一票否决，本项不得分" and
one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the table prints it: 考核指标, 考核要点, 分值, 计分方法, 佐证资料."""
    return Row(text, points, scoring, proof, indicator=label)


TABLE = Table(
    name="zzzzzn_jiayuguan_fayuan_susong_fuwu_zhongxin_zhibu_docx",
    fmt="docx",
    title="嘉峪关市城区人民法院机关党委2025年度诉讼服务中心党支部党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月开展一次集中学习，每季度组织一次专题研讨；党员干警参学率达到百分之九十五以上。", 6,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣1.5分；专题研讨每少1次扣0.5分；参学率低于95%的扣1分。",
                 "学习记录、研讨发言材料"),
            _row("请示报告",
                 "严格执行重大事项请示报告制度，支部每半年向院机关党委书面报告一次党建工作；落实意识形态工作责任制，每半年研判一次涉诉舆情风险。", 6,
                 "请示报告不及时的，每次扣1分；书面报告每少1次扣1分；舆情研判每少1次扣1分；因诉讼服务问题引发重大负面舆情的，本项不得分。",
                 "书面报告、研判记录"),
            _row("廉洁司法",
                 "年初签订党风廉政建设责任书；严格执行防止干预司法“三个规定”，过问案件情况做到“逢问必录”，每季度报告一次；每季度开展一次警示教育。", 8,
                 "未签订责任书的扣1分；“三个规定”记录报告每少1次扣1分，最高扣2分；警示教育每少1次扣0.5分；干警违反“三个规定”的，一票否决，本项不得分。",
                 "责任书、记录报告表、警示教育照片"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("三会一课",
                 "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于2次，院领导到支部讲党课"
                 "不少于1次。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；院领导未到支部讲党课的扣1分；会议记录不规范的，酌情扣0.5—1分。",
                 "会议记录、签到表"),
            _row("主题党日",
                 "每月开展一次主题党日，结合“我为群众办实事”开展立案窗口志愿服务，全年不少于4次。", 6,
                 "主题党日每少1次扣0.5分，最高扣3分；窗口志愿服务每少1次扣0.5分；活动无照片的扣0.5分。",
                 "活动方案、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前征求当事人、律师和干警意见；会后开展民主评议党员，针对查摆问题制定整改措施。", 6,
                 "未召开组织生活会的扣2分；未征求意见的扣1分；未开展民主评议党员的扣1.5分；无整改措施的扣1分。",
                 "征求意见表、整改清单"),
            _row("党员管理",
                 "党员按月交纳党费；年内培养入党积极分子不少于1名；聘用制书记员中的党员纳入支部统一管理。", 5,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；未培养入党积极分子的扣2分；聘用制人员中的党员未纳入管理的，每人扣0.5分。",
                 "党费收缴台账、积极分子培养考察登记表"),
            _row("谈心谈话",
                 "支部书记每半年与每名党员谈心谈话一次；干警家庭遭遇困难、工作出现重大变化时及时谈心。", 5,
                 "谈心谈话每少1人次扣0.2分，最高扣2分；应谈未谈的，每人次扣0.5分，最高扣1.5分。",
                 "谈心谈话记录"),
        )),
        Section("党建+诉讼服务", "三、党建+诉讼服务（40分）", 40, (
            _row("立案服务",
                 "全面落实立案登记制，当场立案率达到百分之九十五以上；网上立案、跨域立案服务覆盖率100%。", 8,
                 "当场立案率95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分；跨域立案服务未全覆盖的扣2分；发生有案不立、"
                 "拖延立案被投诉查实的，每件扣1分。",
                 "立案系统数据"),
            _row("多元解纷",
                 "推进“一站式”多元解纷，诉前调解成功率达到百分之三十以上；与不少于5个基层调解组织、行业调解组织签订诉调对接协议，每季度开展一次联合调解"
                 "培训。", 8,
                 "调解成功率每低5个百分点扣1分，最高扣3分；对接组织每少1个扣0.5分；联合培训每少1次扣0.5分，最高扣2分。",
                 "诉前调解台账、对接协议、培训签到表"),
            _row("先锋窗口",
                 "在导诉、立案、调解、信访窗口设立党员先锋岗，党员佩戴党徽、亮明身份；推行首问负责、一次性告知、限时办结制度。", 6,
                 "未设立党员先锋岗的扣2分；党员未亮明身份的，每人次扣0.2分，最高扣1分；首问负责等制度落实不到位被投诉的，每件扣0.5分，最高扣2分。",
                 "先锋岗设置文件、现场照片"),
            _row("热线信访",
                 "12368诉讼服务热线接通率达到百分之九十以上，当事人来电、来信、网上留言在5个工作日内答复；信访案件按期办结率100%。", 8,
                 "接通率每低1个百分点扣0.2分，最高扣2分；答复超期的，每件扣0.2分，最高扣2分；信访案件未按期办结的，每件扣1分；发生到省进京非正常访的，每起"
                 "扣2分。",
                 "热线系统数据、信访台账"),
            _row("群众满意",
                 "开展“党员法官进社区”巡回服务，每季度至少一次；年底开展诉讼服务满意度测评，满意率达到百分之九十五以上。", 10,
                 "巡回服务每少1次扣1分，最高扣3分；未开展满意度测评的扣2分；满意率每低1个百分点扣0.5分，最高扣5分。",
                 "巡回服务记录、测评问卷"),
        )),
        Section("基础保障", "四、基础保障（10分）", 10, (
            _row("计划总结",
                 "年初制定党建工作要点，年中报送半年工作小结，年底形成年度工作总结；支部书记年底向院机关党委述职。", 5,
                 "缺工作要点、小结、总结的，每项扣1分；书记未述职的扣2分。",
                 "工作要点、半年小结、年度总结、述职报告"),
            _row("阵地档案",
                 "党员活动室有标识、有制度；党务公开每季度一次；党建工作资料按年度归档，做到“一支部一档”。", 5,
                 "标识、制度每缺一项扣0.5分；党务公开每少1次扣0.5分，最高扣2分；资料归档不全的，酌情扣1—2分。",
                 "公开栏照片、党建档案"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核要点", "分值", "计分方法", "佐证资料"]
NOTES = (
    "说明：",
    "1.本表由院机关党委于2025年12月中旬组织考核，政治部牵头，审判管理办公室、立案庭、司法警察大队参加，派驻纪检监察组派员监督，采取查阅资料、系统"
    "核查、实地查看、随机回访当事人相结合的方式进行，以2025年1月1日至考核之日形成的资料和审判管理系统数据为准。",
    "2.各项扣分以该项分值为限，扣完为止；计分方法列明得分档次的，按档次计分。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；考核结果作为评选院“先进党支部”和干警年度考核的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：诉讼服务中心党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for i, row in enumerate(s.rows, 1):
            cells = ((0, str(i)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
