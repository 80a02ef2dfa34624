"""暨阳街道党工委2025年第三季度社区党组织党建工作督查评分表 (.docx), as the 党工委 of 暨阳街道 in 诸暨 in 绍兴 in 浙江 (its 党建办 with the 社区
治理办, the 平安办 and the 街道纪工委, a 督查组 of three going from 社区 to 社区 in the first ten days of October, when the 浣江 runs full after the
autumn rains, the 西施故里 is crowded with the 国庆 visitors, the 大唐 袜业 and the 山下湖 珍珠 markets are loading the 双十一 orders and the 社区 are
taking down the 台风 “竹节草” 值守 boards of September) scores each 社区党委（党总支） on what it did in the quarter just ended: a table whose 督查标准
prints what the 社区 must have done 本季度 and whose 扣分情形 takes points off one clause at a time (scoring the 网格事件 办结率 in bands): 组织生活 (the
“三会一课” of the quarter with the 签到 and the 记录; the monthly 主题党日, one “全民国防教育日” 专题活动, the 方案、签到、照片 and the 参加率; three
集中学习 and a 专题研讨 of the “两委”; the 整改完成率 of last year's 组织生活会 and the 书记's 谈心谈话; 党费 按月, a 公示 of the quarter and the 上缴),
党员管理 (a quarterly 考察 and 谈心 of the 积极分子, the 公示 of the 发展对象 and the 程序; a 核对 of the 党员信息, its 准确率, a monthly 联系 of the
流动党员 and the 台账; the 在职党员's 志愿服务, the 反馈 to their 单位 and the 报到台账; the quarter's 走访慰问, the “八一” 慰问 and the 政治生日), 服务治理
(two “网格夜话”, thirty 入户 a month and the 办结率 in bands; two 民生实事, their 公布 and four “四点半课堂”; a monthly 排查, its 台账, the 先锋队 in the
台风 and a 一票否决; the 开放, the 服务事项清单 and the 满意度) and 基础工作 (the 党务公开 and the 台账; the 整改台账 and 整改报告 of last quarter's 督查;
the 季度 计划 and 小结 and the monthly 例会; the 宣传栏, six 公众号 信息 and two 报送 信息).

The title (bold, centred), a centred "（督查对象：街道各社区党委、党总支）" line and a "社区：…督查时段：2025年7月1日—9月30日…督查组成员：" line above one
table: 序号 | 督查内容 | 督查标准 | 分值 | 扣分情形. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one
line, "一、组织生活（30分）"; 序号 (FIRST column) runs 1..17 through the table, NOT restarting under the section rows. 督查内容 is a short sub-label
(`Row.indicator`); 督查标准 (`Row.text`) says what is required 本季度; 分值 is a plain number BEFORE the 扣分情形 (`Row.scoring`); there is no 佐证 or
考核方式 column. A 合计 row of 100 and a "说明：" paragraph with four numbered lines close the document (its first line: the period is the quarter, and
the 资料 are those made in it). Counts in figures and Chinese numerals, nearly all in the 督查标准 and most of them 本季度 ("本季度支部委员会每月召开1次，
党员大会召开不少于1次，党小组会每月召开1次，党课不少于1次", "本季度每月开展一次", "9月…开展一次", "百分之八十以上", "本季度…不少于3次", "不少于1次",
"百分之九十以上", "本季度…各不少于1次", "按月", "本季度…公示1次", "季度末前", "本季度…一次", "每季度…一次", "不少于5个工作日", "本季度…一次", "100%",
"每月至少联系一次", "本季度…不少于1次", "每季度…一次", "本季度…不少于1次", "“八一”", "本季度…不少于2次", "每月…不少于30户", "百分之九十五以上",
"本季度…不少于2件", "不少于4次", "每月开展一次", "每周开放不少于6天", "不低于百分之九十", "本季度…不少于1次", "按月", "季度初", "季度末", "每月…一次",
"本季度…不少于1次", "不少于6条", "不少于2篇"); "最高扣" caps; bands of the 办结率 (4 of the 8 points, closed by "85%以下的不得分"); "每低5个百分点"
once, "每低10个百分点" once and "每低1个百分点" once; "酌情扣1-2分" twice, "酌情扣0.5-1分" twice and "酌情扣0.5-1.5分" once; one "实行一票否决，本项不得
分"; four plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 督查内容, 督查标准, 分值, 扣分情形."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzzr_zhuji_jiyang_jiedao_shequ_jidu_ducha_docx",
    fmt="docx",
    title="暨阳街道党工委2025年第三季度社区党组织党建工作督查评分表",
    numbering="printed",
    sections=(
        Section("组织生活", "一、组织生活（30分）", 30, (
            _row("三会一课",
                 "本季度支部委员会每月召开1次，党员大会召开不少于1次，党小组会每月召开1次，党课不少于1次；参会人员签到，会议记录要素齐全。", 8,
                 "“三会一课”每少1次扣1分，最高扣5分；无签到的，每次扣0.2分，最高扣1分；会议记录要素不全、事后补记的，酌情扣1-2分。"),
            _row("主题党日",
                 "本季度每月开展一次主题党日，9月结合“全民国防教育日”开展一次专题活动；做到有方案、有签到、有照片；党员参加率达到百分之八十以上。", 6,
                 "主题党日每少1次扣1分；专题活动未开展的扣1分；方案、签到、照片每缺一项扣0.3分；参加率每低5个百分点扣0.5分，最高扣1.5分。"),
            _row("理论学习",
                 "本季度组织党员集中学习不少于3次，及时传达学习上级重要会议和文件精神；社区“两委”班子开展专题学习研讨不少于1次。", 6,
                 "集中学习每少1次扣1分；专题研讨未开展的扣1分；上级精神未及时传达学习的，酌情扣0.5-1分。"),
            _row("整改谈心",
                 "上年度组织生活会和民主评议党员查摆的问题，本季度整改完成率达到百分之九十以上；社区党组织书记本季度与“两委”成员、网格党支部书记谈心谈话"
                 "各不少于1次。", 5,
                 "整改完成率每低10个百分点扣1分；谈心谈话每少1人次扣0.2分，最高扣2分。"),
            _row("党费管理",
                 "党员按月足额交纳党费，本季度党费收缴情况公示1次；季度末前将党费按时上缴街道党工委。", 5,
                 "未按月交纳的，每人次扣0.1分，最高扣2分；未公示的扣1分；未按时上缴的扣1分；挪用党费的，本项不得分。"),
        )),
        Section("党员管理", "二、党员管理（20分）", 20, (
            _row("发展党员",
                 "按年度发展计划推进，本季度对入党积极分子开展一次考察，培养联系人每季度与积极分子谈心一次；发展对象公示不少于5个工作日。", 5,
                 "考察每少1人次扣0.2分，最高扣1分；谈心每少1人次扣0.2分，最高扣1分；发展对象未公示的扣1.5分；发展程序不规范的，本项不得分。"),
            _row("党员信息",
                 "本季度对社区党员信息开展一次核对，全国党员管理信息系统数据准确率100%；流动党员每月至少联系一次，建立流动党员台账。", 5,
                 "信息核对未开展的扣1分；信息不准确的，每人扣0.2分，最高扣1.5分；流动党员联系每少1人次扣0.1分，最高扣1分；无流动党员台账的扣1分。"),
            _row("双报到",
                 "建立在职党员报到台账；报到的在职党员本季度参加社区志愿服务不少于1次；社区每季度向报到党员所在单位反馈一次表现情况。", 5,
                 "报到台账不完整的，酌情扣0.5-1分；未参加志愿服务的，每人扣0.1分，最高扣2分；未反馈的扣1.5分。"),
            _row("关爱帮扶",
                 "本季度走访慰问困难党员、老党员不少于1次；“八一”建军节走访慰问退役军人党员；落实党员“政治生日”提醒，为本季度过政治生日的党员送上"
                 "贺卡。", 5,
                 "走访慰问每少1次扣1分；“八一”未走访慰问的扣1分；政治生日未落实的，每人次扣0.1分，最高扣1分。"),
        )),
        Section("服务治理", "三、服务治理（30分）", 30, (
            _row("网格服务",
                 "网格党支部（党小组）本季度开展“网格夜话”议事协商不少于2次；党员网格员每月入户走访不少于30户；网格事件按期办结率达到百分之九十五以上。",
                 8,
                 "“网格夜话”每少1次扣1分；入户走访不足30户的，每人每月扣0.1分，最高扣2分；办结率95%以上的得4分，90%（含）—95%的得3分，85%（含）—"
                 "90%的得1分，85%以下的不得分。"),
            _row("民生实事",
                 "落实“我为群众办实事”，本季度办结民生实事项目不少于2件，项目清单和办理结果在社区公开栏公布；暑期开展“四点半课堂”等青少年关爱活动"
                 "不少于4次。", 6,
                 "实事项目每少1件扣1分；未公布的扣1分；暑期关爱活动每少1次扣0.5分；群众反映强烈的，酌情扣1-2分。"),
            _row("平安稳定",
                 "每月开展一次矛盾纠纷和安全隐患排查，建立排查台账；台风、汛期党员先锋队参与巡查值守；本季度辖区不发生因处置不力引发的群体性事件和"
                 "较大以上安全事故。", 8,
                 "排查每少1次扣1分；无排查台账的扣1分；党员先锋队未参与巡查值守的扣1分；发生群体性事件或较大以上安全事故的，实行一票否决，本项不得分。"),
            _row("阵地服务",
                 "社区党群服务中心每周开放不少于6天，节假日轮值；服务事项清单上墙公示；本季度群众满意度测评不低于百分之九十。", 8,
                 "开放时间不足、无人值守的，每次扣1分，最高扣3分；服务事项清单未公示的扣1分；满意度每低1个百分点扣0.5分，最高扣4分。"),
        )),
        Section("基础工作", "四、基础工作（20分）", 20, (
            _row("党务公开",
                 "本季度党务公开不少于1次，公开内容包括“三会一课”、发展党员、党费收缴等；党建工作台账按月归档、分类规范。", 5,
                 "党务公开未开展的扣2分；公开内容不全的扣0.5分；台账归档不及时、不规范的，酌情扣0.5-1.5分。"),
            _row("督查整改",
                 "对上季度督查反馈的问题建立整改台账，逐项整改到位，在规定时限内向街道党建办报送整改报告。", 5,
                 "无整改台账的扣1分；问题每有1项未整改的扣1分；未报送整改报告的扣1分；同一问题连续两个季度未整改的，本项不得分。"),
            _row("计划例会",
                 "季度初制定社区党建工作计划，季度末形成工作小结报街道党建办；社区党组织书记每月参加一次街道党建工作例会。", 5,
                 "缺计划或小结的，每项扣1.5分；例会缺席的，每次扣0.5分。"),
            _row("宣传阵地",
                 "本季度更新党建宣传栏不少于1次，社区微信公众号发布党建信息不少于6条；向街道报送党建工作信息不少于2篇。", 5,
                 "宣传栏未更新的扣1分；公众号信息每少1条扣0.2分，最高扣1分；报送信息每少1篇扣0.5分；宣传阵地出现错误导向内容的，本项不得分。"),
        )),
    ),
)

HEADER = ["序号", "督查内容", "督查标准", "分值", "扣分情形"]
NOTES = (
    "说明：",
    "1.本表用于街道党工委对社区党组织的季度督查，督查时段为本季度第一日至季度末，以本季度形成的资料为准，由党建办牵头，社区治理办、平安办参加，街道"
    "纪工委派员监督，采取查阅资料、实地查看、入户走访相结合的方式进行。",
    "2.各项扣分以该项分值为限，扣完为止；扣分情形列明得分档次的，按档次计分；网格事件办结率以“基层治理四平台”数据为准。",
    "3.四个季度督查得分的平均分按20%计入社区党组织年度党建工作考核。",
    "4.督查发现的问题以《督查反馈单》形式反馈，社区于15个工作日内整改到位并报送整改报告。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（督查对象：街道各社区党委、党总支）")
    document.add_paragraph("社区：                督查时段：2025年7月1日—9月30日            督查组成员：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
