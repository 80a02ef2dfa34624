"""中共景宁畲族自治县委组织部2025年度乡镇（街道）党（工）委抓基层党建工作责任制考核评分表 (.docx), as the 县委组织部 of 景宁 in 丽水 in 浙江 (its
组织科 with the 县农业农村局, the 县委政法委 and the 县纪委 派员, a 考核组 of four driving the mountain roads from 鹤溪 to the 乡 in the first weeks of
January, when the 惠明寺 tea terraces are bare, the 畲族 villages are hanging the 三月三 banners early for the 春节 and every 乡镇 has its 抓党建 述职 and
its 村 “两委” 台账 laid out on the long table of the 党委 meeting room) scores each 乡镇党委（街道党工委） on how it carried the 抓基层党建 责任 in the
year just ended: a table whose 考核内容 prints what the 乡镇党委 must have done, whose 考核标准 takes points off one clause at a time (scoring the share
of 村 with a 经营性收入 of 10万元 in bands) and whose 考核方法 says how the 考核组 checks: 责任落实 (the 年初 工作要点 and the 责任书, the 书记's 年底 述职
and the “一岗双责”; a quarterly 党委会 专题研究, four 调研 at the 联系点 and the 书记's 党课; the 班子成员 联系村 twice a month and the “三张清单”; the 年底
述职评议 of the 村 书记, its 覆盖率, the 通报 and the 约谈), 组织建设 (the 村 班子 结构, the “一肩挑” 比例 and the 空缺; the 年初 排查 of the 软弱涣散
村, the “一村一策” 方案 and the 转化率; the 发展 every two years in each 村, the 35岁以下 比例 and a 一票否决; two 后备力量 a 村, the 台账 and a yearly 培训;
a half-yearly 督查 of the “三会一课”, its 通报 and the monthly 主题党日 of the 村; a yearly 轮训, 32学时 and the 村 书记's 5天; the 流动党员 台账, a quarterly
联系, 党费 按月 and a yearly 检查), 基础保障 (the 党群服务中心 and its 制度; the 经费, the 报酬 and the 预算; the 集体经济 占比 in bands and the 5万元; the
“党建+网格”, ten 农户 a month and a 一票否决; the 党务、村务财务 公开, the 共建协议 and a half-yearly 共建活动) and 工作成效 (the 党建品牌 and its 交流; the
满意率 in bands, measured by the 县委组织部; the 整改清单, the 完成率 and the 报告; the 重点任务 and the 系统 准确率).

The title (bold, centred), a centred "（考核对象：全县21个乡镇（街道）党（工）委）" line and a "被考核单位：…考核组组长：…考核日期：" line above one table:
序号 | 考核项目 | 考核内容 | 分值 | 考核标准 | 考核方法. 序号 (FIRST column) runs 1..20 through the table. The 考核项目 are MERGED CELLS down the SECOND column,
printed WITHOUT an ordinal and WITH their points on ONE line, "责任落实（20分）"; there is no short sub-label. 考核内容 (`Row.text`) says what is required;
分值 is a plain number BEFORE the 考核标准 (`Row.scoring`); 考核方法 (`Row.method`) says only how the 考核组 checks ("查阅资料", "实地查看", "个别访谈",
"抽查村（社区）", "问卷测评", "系统核查", "…提供"), naming the records it reads; it is no 佐证 column. A 合计 row of 100 closes the table; a "说明：" paragraph
with four numbered lines follows it (its third line: 加分 the 考核组 awards, not in the table). Counts in figures and Chinese numerals, nearly all in the
考核内容 ("年初", "年底", "每季度至少…1次", "每年…不少于4次", "每年…不少于1次", "每月…不少于2次", "年底", "35周岁以下的不少于1名，大专及以上学历的不少于
2名", "百分之九十五以上", "年初", "年底…100%", "每两年至少…1名", "不低于百分之六十", "不少于2名", "每年…一次", "每半年…一次", "每月", "每年…一次",
"不少于32学时", "每年…不少于5天", "每季度至少…一次", "按月", "每年…一次", "每周开放不少于5天", "百分之八十以上", "5万元以下", "每月…不少于10户",
"每季度公开一次", "每月公开一次", "每半年…不少于1次", "不少于1个", "年内", "年底…百分之九十以上", "100%", "100%"); "最高扣" caps; bands of the 集体经济
占比 (all 6 points, closed by "70%以下的不得分") and of the 满意率 (all 8, closed by "85%以下的不得分"); "每低10个百分点" twice and "每低5个百分点" twice;
"每人每月" once; "酌情扣0.5-1分" twice, "酌情扣1-2分" once and "酌情扣1分" once; two "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, method: str) -> Row:
    """One row in the order the table prints it: 考核内容, 分值, 考核标准, 考核方法."""
    return Row(text, points, scoring, method)


TABLE = Table(
    name="zzzzzt_jingning_xianwei_zuzhibu_xiangzhen_dangwei_zerenzhi_docx",
    fmt="docx",
    title="中共景宁畲族自治县委组织部2025年度乡镇（街道）党（工）委抓基层党建工作责任制考核评分表",
    numbering="printed",
    sections=(
        Section("责任落实", "责任落实（20分）", 20, (
            _row("年初制定乡镇年度基层党建工作要点，与各村（社区）党组织书记签订基层党建工作责任书；党委书记履行第一责任人职责，年底向县委述职；班子"
                 "成员落实“一岗双责”。", 6,
                 "未制定工作要点的扣1分；责任书每少签1个村（社区）扣0.2分，最高扣1分；党委书记未述职的扣3分；班子成员抓党建责任不明确的，酌情扣"
                 "0.5-1分。",
                 "查阅资料"),
            _row("党委会每季度至少专题研究1次基层党建工作；党委书记建立基层党建联系点，每年到联系点调研指导不少于4次；党委书记每年为党员讲党课不少于"
                 "1次。", 5,
                 "专题研究每少1次扣1分；调研指导每少1次扣0.5分；书记未讲党课的扣1分；未建立联系点的扣1分。",
                 "查阅党委会会议纪要、调研记录"),
            _row("落实乡镇班子成员联系村（社区）制度，班子成员每月到联系村（社区）不少于2次；建立基层党建问题清单、任务清单、责任清单，实行销号管理。", 4,
                 "联系制度落实不到位的，每人扣0.5分，最高扣2分；“三张清单”每缺一项扣0.5分；问题未按期销号的，每项扣0.2分，最高扣1分。",
                 "查阅资料、个别访谈"),
            _row("年底组织村（社区）党组织书记抓基层党建工作述职评议，实现全覆盖；评议结果在全乡镇范围通报；对评议排名靠后的书记进行约谈。", 5,
                 "述职评议覆盖率每低10个百分点扣1分，最高扣2分；评议结果未通报的扣1分；对排名靠后的书记未约谈的，每人扣0.5分。",
                 "查阅资料"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            _row("村（社区）党组织班子成员中35周岁以下的不少于1名，大专及以上学历的不少于2名；村党组织书记、村委会主任“一肩挑”比例达到百分之九十五"
                 "以上；村干部职位空缺及时补齐。", 5,
                 "班子结构不达标的，每个村（社区）扣0.5分，最高扣2分；“一肩挑”比例每低5个百分点扣1分，最高扣2分；村干部空缺超过3个月未补齐的，每个扣"
                 "0.5分。",
                 "查阅村干部名册、系统核查"),
            _row("年初排查确定软弱涣散村（社区）党组织，落实“一村一策”整顿方案和乡镇班子成员包联责任；年底整顿转化率达到100%。", 5,
                 "未开展排查的扣1分；整顿方案每缺1个扣0.5分；年底未完成转化的，每个扣1.5分；应列未列的，每个扣1分。",
                 "查阅资料、抽查村（社区）"),
            _row("严格执行年度发展党员计划；每个村（社区）党组织每两年至少发展党员1名；新发展党员中35周岁以下的比例不低于百分之六十。", 5,
                 "超计划发展或程序不规范的，每名扣1分；两年内未发展党员的村（社区），每个扣0.5分，最高扣2分；35周岁以下比例每低5个百分点扣0.5分；"
                 "发生“带病入党”等违规发展问题的，实行一票否决，本项不得分。",
                 "查阅发展党员档案、系统核查"),
            _row("每个村（社区）储备后备力量不少于2名，建立后备力量台账并实行动态管理；乡镇党委每年组织后备力量集中培训一次。", 4,
                 "后备力量不足2名的，每个村（社区）扣0.3分，最高扣2分；无后备力量台账的扣1分；未开展集中培训的扣1分。",
                 "查阅台账、个别访谈"),
            _row("每半年对村（社区）党组织落实“三会一课”、主题党日制度情况开展一次督查，督查情况书面通报；村（社区）党组织每月固定开展主题党日。", 5,
                 "督查每少1次扣1分；未书面通报的扣1分；抽查发现未按月开展主题党日的，每个村（社区）扣0.5分，最高扣2分。",
                 "查阅督查通报、抽查村（社区）"),
            _row("每年组织党员集中轮训一次，党员年度集中学习培训不少于32学时；村（社区）党组织书记每年参加县级以上培训不少于5天。", 3,
                 "未开展集中轮训的扣1分；学时不足的，每人扣0.1分，最高扣1分；书记参训不足5天的，每人扣0.2分，最高扣1分。",
                 "查阅培训记录"),
            _row("建立流动党员管理台账，每季度至少联系流动党员一次；党员按月交纳党费，乡镇党委每年对村（社区）党费收缴情况检查一次。", 3,
                 "无流动党员管理台账的扣0.5分；联系每少1人次扣0.1分，最高扣1分；未按月交纳党费的，每人次扣0.05分，最高扣0.5分；未开展党费检查的扣1分。",
                 "查阅台账、抽查村（社区）"),
        )),
        Section("基础保障", "基础保障（25分）", 25, (
            _row("村（社区）党群服务中心规范化建设全覆盖，有统一标识、党旗和公开栏，各项制度上墙；党群服务中心每周开放不少于5天，实行坐班值班。", 4,
                 "党群服务中心不达标的，每个扣0.5分，最高扣2分；开放时间不足、无人值班的，酌情扣0.5-1分；制度未上墙的，每个扣0.2分，最高扣1分。",
                 "实地查看"),
            _row("村（社区）组织运转经费、服务群众专项经费足额落实；村干部基本报酬按时足额发放；乡镇党建工作经费纳入年度财政预算。", 4,
                 "运转经费或专项经费未足额落实的，每个村（社区）扣0.5分，最高扣2分；村干部报酬未按时足额发放的扣1分；党建工作经费未纳入预算的扣1分。",
                 "查阅财务账目、个别访谈"),
            _row("推进村级集体经济“强村富民”，全乡镇村级集体经济年经营性收入10万元以上的村占比达到百分之八十以上，全面消除年经营性收入5万元以下的"
                 "村。", 6,
                 "占比90%以上的得6分，80%（含）—90%的得4分，70%（含）—80%的得2分，70%以下的不得分；仍有年经营性收入5万元以下村的，每个扣1分。",
                 "县农业农村局提供"),
            _row("深化“党建+网格”治理，村（社区）党组织书记兼任网格长；乡镇机关党员干部每月联系走访网格内农户不少于10户；全年辖区未发生因处置不力"
                 "引发的群体性事件。", 5,
                 "书记未兼任网格长的，每个扣0.5分；走访不足10户的，每人每月扣0.1分，最高扣2分；发生群体性事件的，实行一票否决，本项不得分。",
                 "查阅走访记录、县委政法委提供"),
            _row("村（社区）党务每季度公开一次，村务、财务每月公开一次；推动县直机关党组织与村党组织结对共建，签订共建协议，每半年开展共建活动不少于"
                 "1次。", 6,
                 "党务公开每少1次扣0.3分，最高扣1分；村务、财务公开不及时的，每个村（社区）扣0.2分，最高扣1分；未签订共建协议的，每个扣0.5分，最高扣"
                 "2分；共建活动每少1次扣0.5分。",
                 "实地查看公开栏、查阅资料"),
        )),
        Section("工作成效", "工作成效（25分）", 25, (
            _row("结合畲乡民族特色打造乡镇党建工作品牌不少于1个，形成可复制可推广的经验；年内经验做法在县级以上会议交流或媒体刊发。", 5,
                 "未打造党建品牌的扣2分；品牌特色不鲜明、成效不明显的，酌情扣1-2分；经验做法未在县级以上交流或刊发的扣1分。",
                 "查阅资料、实地查看"),
            _row("年底由县委组织部组织党员群众对乡镇党委抓基层党建工作开展满意度测评，满意率达到百分之九十以上。", 8,
                 "满意率95%以上的得8分，90%（含）—95%的得6分，85%（含）—90%的得3分，85%以下的不得分。",
                 "问卷测评"),
            _row("对上年度述职评议、巡察反馈和督查指出的基层党建问题建立整改清单，整改完成率达到100%，按时向县委组织部报送整改情况报告。", 6,
                 "无整改清单的扣1分；整改完成率每低10个百分点扣1分，最高扣3分；未按时报送整改情况报告的扣1分；同一问题屡查屡犯的，酌情扣1分。",
                 "查阅资料"),
            _row("按时完成县委组织部部署的基层党建重点任务，信息、报表按时报送；全国党员管理信息系统数据及时维护，准确率100%。", 6,
                 "重点任务未按时完成的，每项扣1分，最高扣3分；信息报表迟报、漏报的，每次扣0.2分，最高扣1分；系统数据不准确的，每条扣0.1分，最高扣2分。",
                 "县委组织部提供、系统核查"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "考核标准", "考核方法"]
NOTES = (
    "说明：",
    "1.本表由县委组织部于2026年1月组织考核，采取查阅资料、实地查看、个别访谈、抽查村（社区）和问卷测评相结合的方式，每个乡镇（街道）随机抽查"
    "不少于3个村（社区），考核范围为2025年1月1日至12月31日。",
    "2.各项扣分以该项分值为限，扣完为止；考核标准列明得分档次的，按档次计分。",
    "3.基层党建工作获省级以上表彰或经验在省级以上推广的，由考核组酌情加1-3分，加分不超过5分。",
    "4.考核结果分为“好”“较好”“一般”“差”四个等次，作为乡镇（街道）党（工）委书记抓基层党建述职评议和年度综合考核的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（考核对象：全县21个乡镇（街道）党（工）委）")
    document.add_paragraph("被考核单位：                考核组组长：                考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
