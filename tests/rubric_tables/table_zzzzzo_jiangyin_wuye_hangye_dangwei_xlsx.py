"""中共江阴市物业管理行业委员会2025年度物业服务企业党组织党建工作考评表 (.xlsx), as the 物业管理行业党委 of 江阴 in 无锡 in 江苏 (set up under the 市住房
和城乡建设局, its 党建办 with the 物业管理科, the 市委两新工委 and the 澄江、南闸、云亭 街道 社区党委, a 考评组 going round the 物业服务企业 and their 在管
小区 in the middle of December, when the 长江 fog sits over the 黄山湖, the 鹅鼻嘴 cliffs are hidden, the 华西村 tower shows far off over the flat fields
and the 物业 staff are hanging the red lanterns in the 小区 gates for the New Year) scores each 物业服务企业党组织 (单独组建 or in the 行业 联合党支部): a
sheet whose 二级指标 prints what the 企业党组织 must have done in one sentence each, whose 评分标准 takes points off one clause at a time (scoring the 业主
满意率 in bands) and whose 佐证材料 names the papers the 企业 lays out: 组织覆盖 (the 组建, the 书记 and the 组织关系; the 联络员 覆盖率, the 亮牌 and the
名单; two 积极分子, one 发展 every two years and a "本项不得分"), 组织生活 (the “三会一课” with no 党小组会, the 补学 and the 记录; the 主题党日, six
“党员服务日” and the 照片; the 组织生活会, the 民主评议, the 备案 and the 批评; 党费 按月, the 书记's 党课 and 24学时), 党建引领服务 (the “三方协同”, a
quarterly 联席会议 and a "本项不得分"; three 先锋岗、责任区, the 服务承诺 and the 兑现; the 诉求台账, the 24小时, the 办结率, the 回复率 and the 通报; a
half-yearly 满意度测评 and the 满意率 in bands; the 志愿服务队, a quarterly 志愿服务 and 12小时; the 重点工作, the 作用 and a 一票否决) and 基础保障 (the
“四有”, the 经费 and the 阵地; the 年初 计划, the 年底 总结 and 述职 and the 评议等次; the 章程, two 沟通 and the “两张皮”).

A merged title row, a merged "考评对象：全市物业服务企业党组织（含物业行业联合党支部）" line and a merged "企业名称：    党组织书记：    考评日期：" line
above the header 一级指标 | 二级指标 | 分值 | 评分标准 | 佐证材料. There is NO 序号: the items are numbered by position 1..16. The 一级指标 are MERGED CELLS
down the FIRST column, printed WITH an ordinal and WITH their points on ONE line, "一、组织覆盖（15分）". The 二级指标 column holds the words of each item
(`Row.text`, a full sentence, no short label); 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 佐证材料 (`Row.method`) last, naming the papers,
joined by "、". A 合计 row of 100 closes the scored rows; UNDER it a "加分项" cell merged down the first column beside two bonus rows (not in `sections`:
README, left out of the labels); a merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all in the 二级指标 ("3名以上", "不足3名",
"1名", "百分之百", "年内…不少于2名", "每两年至少发展1名", "支部委员会每月召开一次，党员大会每季度召开一次，党课每季度一次", "每月开展一次", "全年不少于
6次", "每年召开一次", "按月", "每年…不少于1次", "每年…不少于24学时", "每季度参加一次", "不少于3个", "24小时内", "百分之九十五以上", "100%", "每半年开展
一次", "百分之八十五以上", "每季度至少开展一次", "每年…不少于12小时", "全年", "年初", "年底", "年底", "每年…不少于2次"); "最高扣" caps; bands of the 满意率
(all 8 points, closed by "75%以下的不得分"); "每低10个百分点" once and "每低1个百分点" once; "酌情扣0.5—1分" once, "酌情扣1—2分" twice and "酌情扣1分"
once; one "一票否决，本项不得分" and two other "本项不得分".
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


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 二级指标 (the words), 分值, 评分标准, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzzo_jiangyin_wuye_hangye_dangwei_xlsx",
    fmt="xlsx",
    title="中共江阴市物业管理行业委员会2025年度物业服务企业党组织党建工作考评表",
    numbering="position",
    sections=(
        Section("组织覆盖", "一、组织覆盖（15分）", 15, (
            _row("企业有正式党员3名以上的单独建立党组织，不足3名的纳入物业行业联合党支部；党组织书记由企业负责人或管理层党员担任；企业党员组织关系全部"
                 "转入。", 5,
                 "应建未建党组织的扣3分；书记非企业管理层党员的扣1分；党员组织关系未转入的，每人扣0.2分，最高扣1分。",
                 "党组织成立批复、党员名册"),
            _row("在管住宅小区项目推进党的工作覆盖，每个在管项目确定1名党员联络员，覆盖率达到百分之百；党员员工亮明身份、挂牌上岗。", 5,
                 "联络员覆盖率每低10个百分点扣0.5分，最高扣2分；党员未挂牌上岗的，每人次扣0.2分，最高扣1分；未建立项目党员联络员名单的扣1分。",
                 "项目党员联络员名单、现场照片"),
            _row("注重在项目经理、客服主管、维修骨干中发展党员，年内培养入党积极分子不少于2名；每两年至少发展1名党员。", 5,
                 "入党积极分子每少1名扣1分；两年内未发展党员的扣2分；发展党员程序不规范的，本项不得分。",
                 "积极分子培养考察登记表、发展党员档案"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("落实“三会一课”制度，支部委员会每月召开一次，党员大会每季度召开一次，党课每季度一次；针对物业人员轮班特点，采取“线上+线下”方式组织"
                 "补学。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；倒班党员未补学的，每人次扣0.1分，最高扣1分；会议记录不规范的，酌情扣0.5—1分。",
                 "会议记录、签到表、补学记录"),
            _row("每月开展一次主题党日活动，结合“红色物业”创建开展“党员服务日”进小区活动，全年不少于6次。", 6,
                 "主题党日每少1次扣0.3分，最高扣2分；“党员服务日”活动每少1次扣0.5分，最高扣2分；活动无照片的扣0.5分。",
                 "活动方案、签到表、活动照片"),
            _row("每年召开一次组织生活会，开展批评和自我批评；开展民主评议党员，评议结果报行业党委备案。", 6,
                 "未召开组织生活会的扣3分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分；批评和自我批评流于形式的，酌情扣1分。",
                 "会议记录、民主评议测评表、备案材料"),
            _row("党员按月交纳党费；党组织书记每年讲党课不少于1次；党员每年参加集中学习培训不少于24学时。", 6,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1.5分；书记未讲党课的扣1.5分；学时不足的，每人扣0.2分，最高扣2分。",
                 "党费收缴台账、学时登记表"),
        )),
        Section("党建引领服务", "三、党建引领服务（40分）", 40, (
            _row("在管小区建立社区党组织领导下的居委会、业委会、物业服务企业“三方协同”机制，企业每季度参加一次社区召开的三方联席会议。", 7,
                 "未建立“三方协同”机制的扣2分；联席会议每少参加1次扣0.5分，最高扣2分；小区物业矛盾未及时化解、引发群体性事件的，本项不得分。",
                 "三方协同机制文件、联席会议纪要"),
            _row("党员员工在小区设立党员先锋岗、党员责任区不少于3个，实行“首问负责、限时办结”服务承诺。", 6,
                 "先锋岗、责任区每少1个扣1分；未作出服务承诺的扣1分；服务承诺未兑现被投诉查实的，每件扣0.5分，最高扣2分。",
                 "先锋岗设置名单、服务承诺书、现场照片"),
            _row("建立业主诉求“接诉即办”台账，报修事项24小时内响应，诉求按期办结率达到百分之九十五以上；12345热线物业类工单按时回复率100%。", 8,
                 "无诉求台账的扣1分；办结率每低1个百分点扣0.3分，最高扣3分；工单超时回复的，每件扣0.2分，最高扣2分；被市住建局通报批评的，每次扣1分。",
                 "诉求办理台账、12345工单统计"),
            _row("每半年开展一次业主满意度测评，业主满意率达到百分之八十五以上。", 8,
                 "满意率90%以上的得8分，85%（含）—90%的得6分，80%（含）—85%的得4分，75%（含）—80%的得2分，75%以下的不得分；测评每少1次扣1分。",
                 "满意度测评问卷、测评结果统计"),
            _row("组建党员志愿服务队，每季度至少开展一次“关爱独居老人”“文明养犬”等志愿服务活动；党员每年参加志愿服务不少于12小时。", 6,
                 "未组建志愿服务队的扣1分；志愿服务活动每少1次扣0.5分，最高扣2分；志愿服务时长不足的，每人扣0.2分，最高扣2分。",
                 "志愿服务队名单、活动照片、服务时长记录"),
            _row("在垃圾分类、老旧小区改造、消防安全等重点工作中发挥党员带头作用；全年在管项目未发生较大以上安全生产事故。", 5,
                 "垃圾分类等重点工作在街道（镇）考评中排名靠后的，每次扣0.5分，最高扣2分；党员作用发挥不明显的，酌情扣1—2分；发生较大以上安全生产"
                 "事故的，一票否决，本项不得分。",
                 "街道（镇）考评通报"),
        )),
        Section("基础保障", "四、基础保障（20分）", 20, (
            _row("企业设立党员活动室或与社区共享党建阵地，做到有标识、有党旗、有制度、有资料“四有”；党建工作经费纳入企业管理费用。", 6,
                 "“四有”每缺一项扣0.5分，最高扣2分；党建工作经费未落实的扣2分；阵地挪作他用的扣2分。",
                 "阵地照片、经费使用凭证"),
            _row("年初制定党建工作计划，年底形成工作总结并报行业党委；党组织书记年底参加行业党委组织的述职评议。", 7,
                 "无年度计划的扣1.5分；无年度总结的扣1.5分；书记未述职的扣2分；述职评议为“一般”及以下的扣1分。",
                 "年度计划、年度总结、述职报告"),
            _row("党建工作融入企业管理，将党建工作要求写入企业章程或管理制度；企业主要负责人每年与党组织书记专题沟通党建工作不少于2次。", 7,
                 "党建工作要求未写入章程或管理制度的扣2分；专题沟通每少1次扣1分；党建工作与企业经营“两张皮”的，酌情扣1—2分。",
                 "企业章程、沟通记录"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "分值", "评分标准", "佐证材料"]
BONUS_NAME = "加分项"
BONUS = (
    ("在管项目被评为省、市“红色物业”示范项目的。", 3, "市级每个加1分，省级每个加2分，最高加3分。", "命名文件"),
    ("企业党组织党建工作经验被市级以上媒体或行业简报刊发推广的。", 2, "每篇加0.5分，最高加2分。", "刊发材料"),
)
NOTE = ("说明：1.本表由市物业管理行业党委于12月中旬组织考评，行业党委党建办牵头，住建局物业管理科、市委两新工委和属地社区党委参加，采取查阅资料、实地"
        "查看、走访业主、系统数据核查相结合的方式进行，以2025年1月1日至考评之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次"
        "的，按档次计分；3.加分项最高加5分，与基本分合并计算；4.考评结果分为“五星”至“一星”五个等次，作为物业服务企业信用评价加分和“红色物业”示范"
        "企业评选的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "物业企业党建考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考评对象：全市物业服务企业党组织（含物业行业联合党支部）", ncols)
    xlsx_line(ws, "企业名称：                    党组织书记：                考评日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    top = ws.max_row + 1
    for i, (case, most, rule, proof) in enumerate(BONUS):
        ws.append([BONUS_NAME if i == 0 else None, case, most, rule, proof])
        for c in (2, 4, 5):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 66)
    xlsx_widths(ws, (16, 56, 6, 58, 24))
    wb.save(str(path))
