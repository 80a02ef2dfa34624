"""韶关市中级人民法院2025年度执行局党支部党建工作考核评分表 (.xlsx), as the 院机关党委 of the 韶关 中院 in 广东 (its 政治部 with the 审判管理
办公室, the 执行指挥中心 and the 派驻纪检监察组, a 考核组 sitting with the 执行局 in mid-December, when the year-end 集中执行 drives are on) scores
the 党支部 of the court's 执行局: the 执行法官, 法官助理 and 书记员 who go out at dawn to the 被执行人's door in the 北江 towns, the 聘用制 书记员
among them who are 党员 too, the 执行案款 in their accounts, the 12368 热线 and the 来访 at the 执行事务中心, the 失信 lists, the 舆情 of a
contested 拍卖: a table whose 考核内容 prints what the 支部 must have done, whose 评分标准 comes before the 分值 and takes points off one clause at a
time (scoring the 执行完毕率 and the 当事人满意率 in bands), whose 佐证材料 column names the papers the 考核组 reads, and whose 加分项 rows stand
under the 合计: 政治建设 (the “第一议题”, a monthly 学习, the 参学率 and a quarterly 法治思想 专题学习; a half-yearly 研判, the 审核 and a 一票否决 on a
负面舆情; the “三个规定” 记录报告, a quarterly 警示教育, the 防控台账 and no 处分; the 年初 “三张清单”, the 年底 述职 and the 书记's two 党课),
组织建设 (the 换届 and the 党小组 覆盖率; the “三会一课” in the 统一 记录本; the 主题党日 on the last 工作日, one 现场教学 and the 参加率; the 组织生活会,
the 对照检查材料, the 民主评议 and the 谈心谈话 全覆盖; 党费 按月 and a quarterly 公示, one 积极分子 and the 公示; the “导师制”, five 结对 and a half-
yearly 座谈), 融合发展 (the “执行先锋” 品牌, the 突击队 and four 专项行动; the 执行完毕率 in bands and the 结案率; the 案款 发放 及时率 and a 一票否决;
the 示范岗, the 答复率, a quarterly 开放日 and no 通报; the 年底 满意率 in bands) and 基础保障 (the 年初 计划, the 半年小结 by the end of June and the
年终 总结; the 活动室, the 系统 monthly and six 信息; a yearly 谈心谈话 with every 党员, the 关爱 and the “七一” 慰问).

A merged title row, a merged "考核对象：执行局党支部（含执行指挥中心、执行事务中心党员）" line and a merged "考核组：    考核日期：" line above the
header 序号 | 考核项目 | 考核内容 | 评分标准 | 分值 | 佐证材料 | 得分 (seven columns). 序号 (FIRST column) runs 1..18 through the sheet, NOT
restarting. The 考核项目 are MERGED CELLS down the SECOND column, printed WITH an ordinal and WITH their points on a SECOND line,
"一、政治建设\\n（20分）". There is no short sub-label: 考核内容 (`Row.text`) says what is required; 评分标准 (`Row.scoring`) comes BEFORE the 分值,
a plain number; 佐证材料 (`Row.method`) names the papers, joined by "、"; the 得分 column is left empty. A 合计 row of 100 follows the scored rows;
under it two 加分 rows, their category merged "加分项（最高加3分）", no 序号, their 最高加分 in the 分值 column; a merged 说明 row closes the sheet.
Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月开展一次", "不低于百分之九十五", "每季度至少开展一次", "每半年…一次", "每季度
开展一次", "年初", "年底", "每年讲党课不少于2次", "按期", "100%", "支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月
最后一个工作日", "年内…不少于1次", "不低于百分之九十", "每年召开一次", "全覆盖", "按月", "每季度公示一次", "年内…不少于1名", "不少于5个工作日", "不少于
5对", "每半年开展一次", "年内…不少于4次", "百分之六十以上", "百分之九十五以上", "百分之百", "每周…不少于5天", "100%", "每季度开展一次", "年底", "不低于
百分之八十五", "年初", "6月底前", "年终", "按月", "年内…不少于6篇", "每年…不少于1次", "“七一”"); "最高扣" caps; bands in two rows (the 执行完毕率 for
4 of the 8 points, the 当事人满意率 for all 8), each closed by "…以下的不得分"; "酌情扣0.5-1分" twice; two "实行一票否决，本项不得分"; one other "本项
不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table


def _row(text: str, scoring: str, points: float, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 评分标准, 分值, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzn_shaoguan_zhongyuan_zhixingju_dangzhibu_xlsx",
    fmt="xlsx",
    title="韶关市中级人民法院2025年度执行局党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设\n（20分）", 20, (
            _row("落实“第一议题”制度，支部每月开展一次集中学习，干警党员参学率不低于百分之九十五；每季度至少开展一次习近平法治思想专题学习。",
                 "集中学习每少1次扣0.5分，最高扣2分；参学率每低1个百分点扣0.2分，最高扣2分；专题学习每少1次扣0.5分。", 6, "学习记录、签到表"),
            _row("每半年专题研判一次意识形态和涉执舆情形势；执行信息公开、新媒体发布落实审核制度；不发生因执行不当引发的重大负面舆情。",
                 "研判每少1次扣1分；信息发布未经审核的，每次扣0.5分；发生重大负面舆情的，实行一票否决，本项不得分。", 5, "研判报告、审核登记表"),
            _row("严格执行防止干预司法“三个规定”，做到“逢问必录”；每季度开展一次警示教育；围绕执行案款、财产处置环节建立廉政风险防控台账。",
                 "应记录报告而未记录报告的，每件扣1分；警示教育每少1次扣0.5分；未建立防控台账的扣1分；党员干警违纪违法受到处分的，本项不得分。", 5,
                 "记录报告登记表、警示教育记录、防控台账"),
            _row("年初制定支部书记抓党建问题、任务、责任“三张清单”；支部书记年底向院机关党委述职；支部书记每年讲党课不少于2次。",
                 "未制定“三张清单”的扣1分；未述职的扣1分；书记讲党课每少1次扣1分。", 4, "“三张清单”、述职报告、党课讲稿"),
        )),
        Section("组织建设", "二、组织建设\n（30分）", 30, (
            _row("支部委员会按期换届，委员分工明确；按执行团队设立党小组，党小组覆盖率100%。",
                 "未按期换届的扣2分；执行团队未设立党小组的，每个扣0.5分。", 4, "换届批复、党小组名单"),
            _row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；使用全省法院统一的“三会一课”记录本，记录要素齐全。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；记录要素不全的，每次扣0.2分，最高扣1分。", 7, "会议记录本、签到表"),
            _row("每月最后一个工作日开展主题党日；年内组织党员赴红色教育基地开展现场教学不少于1次；党员参加率不低于百分之九十。",
                 "主题党日每少1次扣0.3分，最高扣2分；未开展现场教学的扣1分；参加率每低5个百分点扣0.5分，最高扣1分。", 5, "活动方案、照片"),
            _row("每年召开一次组织生活会，支部班子和党员撰写对照检查材料；开展民主评议党员，使用民主评议测评表；会前谈心谈话全覆盖。",
                 "未召开组织生活会的扣2分；对照检查材料每缺1份扣0.3分，最高扣1分；未开展民主评议党员的扣2分；谈心谈话未全覆盖的扣1分。", 6,
                 "对照检查材料、民主评议测评表、谈心谈话记录"),
            _row("党员按月交纳党费，每季度公示一次；聘用制书记员中的党员纳入支部统一管理；年内确定入党积极分子不少于1名，发展对象公示不少于5个工作日。",
                 "党费未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；未确定入党积极分子的扣1分；发展对象未公示的扣1分。", 5,
                 "党费收缴台账、公示截图"),
            _row("建立青年干警“导师制”，党员骨干与青年干警结对不少于5对；每半年开展一次青年干警座谈。",
                 "未建立导师制的扣1分；结对每少1对扣0.2分；座谈每少1次扣0.5分。", 3, "结对名单、座谈记录"),
        )),
        Section("融合发展", "三、融合发展\n（35分）", 35, (
            _row("打造“执行先锋”党建品牌，组建党员执行突击队；年内开展集中执行专项行动不少于4次。",
                 "未打造品牌的扣1分；未组建突击队的扣1分；专项行动每少1次扣1分。", 6, "品牌方案、突击队名单、行动照片"),
            _row("执行完毕率达到百分之六十以上；首次执行案件法定期限内结案率达到百分之九十五以上。",
                 "执行完毕率65%以上的得4分，60%（含）—65%的得3分，55%（含）—60%的得2分，55%以下的不得分；结案率每低1个百分点扣0.5分，最高扣4分。", 8,
                 "审判管理系统统计数据"),
            _row("执行案款实行“一案一账号”管理，案款发放及时率达到百分之百；不发生案款挪用、截留。",
                 "案款发放超期的，每件扣0.5分，最高扣3分；发生案款挪用、截留的，实行一票否决，本项不得分。", 6, "案款管理系统数据"),
            _row("执行事务中心设立党员示范岗，党员每周值班不少于5天；“12368”热线、来信来访答复率100%；每季度开展一次“执行开放日”活动。",
                 "未设立党员示范岗的扣1分；答复率每低1个百分点扣0.3分，最高扣2分；开放日活动每少1次扣0.5分；被上级通报执行作风问题的，每次扣2分。", 7,
                 "值班表、活动照片"),
            _row("年底由院机关党委委托第三方对执行案件当事人开展满意度回访，当事人满意率不低于百分之八十五。",
                 "满意率90%以上的得8分，85%（含）—90%的得6分，80%（含）—85%的得4分，80%以下的不得分。", 8, "第三方回访报告"),
        )),
        Section("基础保障", "四、基础保障\n（15分）", 15, (
            _row("年初制定支部年度工作计划；6月底前形成半年工作小结；年终形成年度工作总结，报院机关党委。",
                 "缺计划、半年小结或总结的，每项扣1.5分。", 5, "工作计划、半年小结、工作总结"),
            _row("党员活动室有制度、有标识；“粤政易·智慧党建”系统信息按月更新；支部年内在院内网、微信公众号发布党建信息不少于6篇。",
                 "活动室不规范的，酌情扣0.5-1分；系统信息未按月更新的，每月扣0.2分，最高扣1.5分；信息每少1篇扣0.3分。", 5, "系统截图、信息链接"),
            _row("支部书记每年与每名党员谈心谈话不少于1次；党员生病住院、家庭遇到重大困难时支部上门看望；“七一”期间走访慰问老党员、困难党员。",
                 "谈心谈话未全覆盖的，每少1人扣0.2分，最高扣2分；关爱不到位的，酌情扣0.5-1分；“七一”未开展走访慰问的扣1分。", 5,
                 "谈心谈话记录、慰问照片"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "分值", "佐证材料", "得分"]
BONUS_HEAD = "加分项（最高加3分）"
BONUS = (
    ("支部或党员干警获得市级以上表彰，或执行案例入选省级以上典型案例的。", "市级加1分，省级以上加2分。", 2, "表彰文件、入选通知"),
    ("支部党建工作经验在市级以上会议交流或被市级以上媒体报道的。", "每次加0.5分，最高加1分。", 1, "会议材料、报道截图"),
)
NOTE = ("说明：1.本表由院机关党委于12月中旬组织考核，政治部、审判管理办公室、派驻纪检监察组参加，采取查阅佐证材料、系统查询、个别谈话、问卷测评"
        "相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；加分项最高加3分；3.执行完毕率、结案率、案款发放及时率以全国法院执行案件流程信息管理"
        "系统数据为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为“四强”党支部评选的重要"
        "依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "执行局党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：执行局党支部（含执行指挥中心、执行事务中心党员）", ncols)
    xlsx_line(ws, "考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    top = ws.max_row + 1
    for i, (text, scoring, points, proof) in enumerate(BONUS):
        ws.append([None, BONUS_HEAD if i == 0 else None, text, scoring, points, proof, None])
        for c in (3, 4, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (6, 12, 46, 50, 6, 22, 7))
    wb.save(str(path))
