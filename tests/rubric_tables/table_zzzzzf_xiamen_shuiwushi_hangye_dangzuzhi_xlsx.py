"""厦门市税务师行业党委2025年度税务师事务所党组织党建工作考核评分表 (.xlsx), as the 行业党委 of the 税务师 trade in 福建 厦门 (set up under the 市委
社会工作部 with the 市税务师协会 and the 市税务局's 纳税服务处, its 党建指导员 and the 协会 秘书处 making up a 考核组 that goes round the 事务所 in
mid-January, when the 汇算清缴 season is a month off, the 写字楼 of 观音山 and 软件园 are emptying for 春节 and the 事务所 are booking their clients in
for the spring) scores the 党组织 of a 税务师事务所: the big 事务所 with a 党支部 of its own 合伙人 and 执业税务师, the small ones of two or three
党员 in a 联合党支部 of the 楼宇, the branch offices of national 事务所 whose 党员 came from 福州 or 上海: a sheet of 基础分 and 加分项 whose 考核内容
prints what the 党组织 must have done, whose 评分标准 takes points off one clause at a time (scoring the 年底 满意率 in bands and grading the 示范岗
作用 by 好/较好/一般) and whose 佐证材料 names the papers: 组织覆盖 (the 覆盖率, the 批复, the 换届 and the 联合党支部; the 书记, the 交叉任职, the
章程 or 合伙协议 and the 决策机制; the 花名册, a half-yearly 更新, the 转接, 党费 按月 and a quarterly 公示; one 积极分子, the 公示 and a 一票否决),
组织生活 (the “三会一课” with no 党小组, the 参会率 and the 记录; the 主题党日, four 公益税务咨询 and the 脱节; the 组织生活会, the 民主评议 and a
half-yearly 谈心谈话; 24学时, a quarterly 专题学习 and the 参训率; the 积分, a quarterly 公示, the 年底 星级 and its 公布), 作用发挥 (the 签订率 of the
承诺书, the 处罚 and a "本项不得分"; two 示范岗, the 亮身份, the 带教 and the graded 作用; a quarterly 志愿服务, 16小时 and ten 小微企业; two 公益活动,
the 社保, the 签订率 and a 一票否决; the 工会, a half-yearly 座谈会, the 反馈 and the 成长档案; the 营业收入, the 达标率 and the 不合格 报告; the 年底
满意率 in bands) and 基础保障 (the 场所, the 标识、制度, the 预算 and the 台账; the 年初 计划, its 备案, the 年底 总结, the 年底 述职 and its 评议).

A merged title row, a merged "考核对象：全市税务师事务所党组织（含联合党支部）" line and a merged "党组织名称：    考核人：    考核日期：" line above the
header 考核项目 | 序号 | 考核内容 | 分值 | 评分标准 | 佐证材料. Under the header a BANNER ROW "一、基础分（100分）" merged across the sheet. The 考核项目
are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on a SECOND line, "组织覆盖\\n（20分）"; 序号 (SECOND column)
runs 1..18 through the 基础分, NOT restarting; there is no short sub-label. 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE
the 评分标准 (`Row.scoring`); 佐证材料 (`Row.method`) last, naming the papers, joined by "、". A "基础分合计" row of 100 closes the 基础分; then a BANNER
ROW "二、加分项（最高加10分）" merged across the sheet and three bonus rows with NO 序号 (a short name in the 考核项目 column, the 加分内容 in the 考核内容
column, the most each adds in the 分值 column, the 加分办法 in the 评分标准 column and a 佐证材料; not in `sections`); a merged 说明 row closes the sheet.
Counts in figures and Chinese numerals, nearly all in the 考核内容 ("3名以上", "100%", "按期", "每半年更新一次", "按月", "每季度公示一次", "年内…不少于1名",
"不少于5个工作日", "支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次", "不低于百分之八十", "每月开展一次", "年内…不少于4次", "每年召开一次",
"每半年至少…一次", "每人每年…不少于24学时", "每季度开展一次", "百分之九十", "每季度公示一次", "年底", "100%", "全年", "不少于2个", "每人每年…不少于1名",
"每季度至少一次", "不少于16小时", "年内…不少于10户", "年内…不少于2次", "100%", "全年", "每半年召开一次", "100%", "年底", "百分之九十", "年初", "年底",
"年底"); "最高扣" caps; bands of the 年底 满意率 (all 8 points, closed by "80%以下的不得分"); the 示范岗 作用 graded "好的得1.5分，较好的得1分，一般的
不得分"; "每低10个百分点" four times and "每低5个百分点" once; "酌情扣0.5-1.5分" once, "酌情扣0.5-1分" three times and "酌情扣1-2分" once; two "实行一票
否决，本项不得分" and one other "本项不得分".
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
    """One row in the order the sheet prints it: 考核内容, 分值, 评分标准, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzzf_xiamen_shuiwushi_hangye_dangzuzhi_xlsx",
    fmt="xlsx",
    title="厦门市税务师行业党委2025年度税务师事务所党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织覆盖", "组织覆盖\n（20分）", 20, (
            _row("有正式党员3名以上的事务所单独建立党支部，不足3名的组建联合党支部或选派党建指导员，党的组织和工作覆盖率达到100%；党组织按期换届。", 5,
                 "覆盖率每低10个百分点扣1分，最高扣2分；未按期换届的扣1.5分；联合党支部运行不规范的，酌情扣0.5-1.5分。",
                 "组织设置批复、换届选举材料"),
            _row("事务所党组织书记由党员合伙人或主任税务师担任；党组织班子成员与事务所管理层交叉任职；党建工作要求写入事务所章程或合伙协议。", 5,
                 "书记非合伙人或主任税务师的扣1分；未交叉任职的扣1分；党建工作未写入章程或合伙协议的扣2分；党组织参与重大事项决策机制不健全的，酌情扣"
                 "0.5-1分。", "事务所章程、合伙协议、党组织会议记录"),
            _row("建立党员花名册，每半年更新一次；新入职党员及时转接组织关系，暂不转接的纳入流动党员管理；党员按月交纳党费，党费收缴情况每季度公示一次。", 5,
                 "无党员花名册的扣1分；花名册更新每少1次扣0.5分；新入职党员未转接又未纳入管理的，每人扣0.5分，最高扣1.5分；未按月交纳党费的，每人次扣0.1分，"
                 "最高扣1分；党费公示每少1次扣0.3分。", "党员花名册、党费收缴台账、公示截图"),
            _row("年内从青年税务师、业务骨干中确定入党积极分子不少于1名；严格执行发展党员程序，发展对象公示不少于5个工作日。", 5,
                 "未确定入党积极分子的扣2分；发展对象未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                 "入党申请书、积极分子培养考察材料、公示材料"),
        )),
        Section("组织生活", "组织生活\n（25分）", 25, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党课每季度1次（党员人数较少的不设党小组）；联合党支部可避开申报期集中安排；党员参会率不低于"
                 "百分之八十。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣3分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录不规范的，酌情扣0.5-1分。", "会议记录本、签到表"),
            _row("每月开展一次主题党日活动，可与“税法宣传月”“便民办税春风行动”等结合；年内开展“税务师党员进社区、进企业”公益税务咨询不少于4次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；公益税务咨询每少1次扣0.5分，最高扣2分；活动与执业服务脱节的，酌情扣0.5-1分。",
                 "活动方案、签到表、活动照片"),
            _row("每年召开一次组织生活会，开展批评和自我批评；会后开展民主评议党员；支部书记与党员每半年至少谈心谈话一次。", 5,
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；谈心谈话每少1人次扣0.2分，最高扣1.5分。", "会议记录、民主评议表、谈心谈话记录"),
            _row("党员每人每年参加集中学习培训不少于24学时；每季度开展一次“诚信执业”专题学习；组织党员参加行业党委举办的专题培训班，参训率达到百分之九十。", 4,
                 "学时不足的，每人扣0.2分，最高扣1.5分；专题学习每少1次扣0.3分，最高扣1分；参训率每低10个百分点扣0.5分，最高扣1.5分。",
                 "学习记录、培训签到表"),
            _row("实行党员积分管理，积分每季度公示一次；年底评定星级党员，评定结果在事务所内公布。", 5,
                 "未实行积分管理的扣2分；积分公示每少1次扣0.5分，最高扣2分；年底未评定星级党员的扣1分；评定结果未公布的扣0.5分。", "积分台账、公示照片"),
        )),
        Section("作用发挥", "作用发挥\n（40分）", 40, (
            _row("党员税务师带头诚信执业，签订《诚信执业承诺书》，签订率100%；全年事务所及党员税务师无行政处罚、行业惩戒和纳税信用D级记录。", 6,
                 "承诺书签订率每低10个百分点扣0.5分，最高扣1.5分；事务所受到行政处罚或行业惩戒的，每次扣2分；党员税务师受到行业惩戒的，本项不得分。",
                 "承诺书、信用信息查询截图"),
            _row("设立“党员示范岗”“党员责任区”不少于2个，党员亮身份、亮承诺；党员税务师每人每年带教青年从业人员不少于1名。", 5,
                 "示范岗、责任区每少1个扣1分；未亮身份、亮承诺的扣1分；带教未落实的，每人扣0.5分，最高扣1.5分；示范岗作用发挥由考核组评定，好的得1.5分，"
                 "较好的得1分，一般的不得分。", "示范岗名单、带教协议"),
            _row("组织党员税务师开展“助企纾困”志愿服务，每季度至少一次，为小微企业、个体工商户提供免费政策辅导；党员人均年志愿服务时长不少于16小时；年内"
                 "联系服务小微企业不少于10户。", 6,
                 "志愿服务每少1次扣0.5分，最高扣2分；服务时长不足的，每人扣0.2分，最高扣2分；联系服务企业每少1户扣0.2分，最高扣2分。",
                 "服务台账、时长记录、企业反馈表"),
            _row("积极参与“万企兴万村”、助学助困等公益活动，年内不少于2次；事务所依法为员工缴纳社会保险，劳动合同签订率100%；全年不发生劳动纠纷引发的"
                 "群体性事件。", 5,
                 "公益活动每少1次扣1分；未依法缴纳社会保险的扣1分；劳动合同签订率低于100%的扣1分；发生群体性事件的，实行一票否决，本项不得分。",
                 "活动照片、社保缴费凭证"),
            _row("指导事务所建立工会或职工代表制度；每半年召开一次员工座谈会，听取意见建议并及时反馈；关心青年员工成长，建立青年员工成长档案。", 4,
                 "未建立工会或职工代表制度的扣1分；座谈会每少1次扣0.5分；意见建议未反馈的扣0.5分；无成长档案的扣1分。", "座谈会记录、成长档案"),
            _row("事务所年度营业收入不低于上年；党员税务师按规定完成年度继续教育，达标率100%；在年度执业质量检查中无不合格业务报告。", 6,
                 "营业收入较上年下降的，酌情扣1-2分；继续教育达标率每低10个百分点扣1分，最高扣2分；检查发现不合格业务报告的，每份扣1分，最高扣2分。",
                 "年度财务报表、继续教育证明、检查结果通报"),
            _row("行业党委年底组织员工、服务企业代表对事务所党组织开展满意度测评，满意率达到百分之九十。", 8,
                 "满意率95%以上的得8分，90%（含）—95%的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。", "测评统计表"),
        )),
        Section("基础保障", "基础保障\n（15分）", 15, (
            _row("事务所提供党组织活动场所或与楼宇党群服务站共享阵地，做到有标识、有制度；党建工作经费纳入事务所年度预算，建立经费使用台账。", 7,
                 "无活动场所的扣2分；标识、制度每缺一项扣0.5分；经费未纳入预算的扣2分；无经费使用台账的扣1分。", "阵地照片、预算文件、经费使用台账"),
            _row("年初制定党建工作计划，报行业党委备案；年底形成工作总结；党组织书记年底向行业党委述职，接受评议。", 8,
                 "无计划的扣1.5分；计划未备案的扣0.5分；无总结的扣1.5分；书记未述职的扣3分；述职评议为“一般”及以下的扣1.5分。",
                 "工作计划、工作总结、述职报告"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "评分标准", "佐证材料"]
BASE_HEAD = "一、基础分（100分）"
BONUS_HEAD = "二、加分项（最高加10分）"
BONUS = (
    ("表彰荣誉", "事务所党组织或党员获得市级以上表彰，或事务所获评全国“AAAAA级税务师事务所”的。", 4, "市级每项加1分，省级以上每项加2分。", "表彰文件"),
    ("新建组织", "年内新成立党组织或发展党员的。", 3, "每个（名）加1分。", "批复文件"),
    ("经验推广", "党建工作经验被市级以上行业党委、协会推广或在会议上交流的。", 3, "每项加1.5分。", "推广文件"),
)
NOTE = ("说明：1.本表由市税务师行业党委于次年1月中旬组织考核，党建指导员和市税务师协会秘书处参加，采取听取汇报、查阅佐证材料、个别谈话、问卷测评"
        "相结合的方式进行，以2025年1月1日至12月31日形成的资料为准；2.考核总分＝基础分得分＋加分项得分，加分最高10分；基础分各项扣分以该项分值为限，"
        "扣完为止；评分标准列明得分档次或等次的，按档次、等次计分；3.行政处罚、行业惩戒和纳税信用等级以税务部门和市税务师协会公布的信息为准；4.考核"
        "总分95分以上的为“五星级党组织”，85—94分的为“四星级”，75—84分的为“三星级”，75分以下的不评星。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "事务所党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：全市税务师事务所党组织（含联合党支部）", ncols)
    xlsx_line(ws, "党组织名称：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    xlsx_line(ws, BASE_HEAD, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center, label="基础分合计")
    xlsx_line(ws, BONUS_HEAD, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for name, text, most, rule, proof in BONUS:
        ws.append([name, None, text, most, rule, proof])
        for c in (3, 5, 6):
            ws.cell(ws.max_row, c).alignment = wrap
        ws.cell(ws.max_row, 4).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 95)
    xlsx_widths(ws, (12, 6, 52, 6, 52, 22))
    wb.save(str(path))
