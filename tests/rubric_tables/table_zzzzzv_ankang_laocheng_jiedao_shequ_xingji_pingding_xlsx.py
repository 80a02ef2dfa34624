"""中共安康市汉滨区老城街道工作委员会2025年度社区党组织星级评定细则 (.xlsx), as the 党工委 of 老城街道 in 汉滨区 in 安康 in 陕西 (its 党建办 with
the 社区治理办, the 平安办 and the 街道纪工委, an 评定组 going up and down the old lanes between the 汉江 embankment and the 北门 in the middle of December,
when the 汉江 is green and low under the 安澜楼, the 老街 smells of 蒸面 and 腊肉, the 社区 are hanging the 星级 plaques of last year beside their doors and
every 社区 has laid its 台账 out for the 评定) rates each 社区党组织 by five 星级条件 of 20 points each, the 评定标准 printing what the 社区 must have done or
reached and the 评分方法 taking points off one clause at a time: 政治引领星 (a monthly 集中学习 and 32学时; a half-yearly 研判 and the 审核 of what is
published; the 年初 责任书, the 年底 述职 and its 满意率; the 年初 承诺, the 年底 践诺评议 and the 报到率 of the 在职党员), 组织过硬星 (the 班子 with one under 35,
the 学历 比例 and two 后备力量; the “三会一课” of the 网格（小区）党支部 and two 党课 of the 书记; the monthly 主题党日 and its 参加率, the 组织生活会, the 民主评议
and the 谈心谈话; 党费 按月, a half-yearly 公示, the 流动党员台账 and a quarterly 联系), 治理有效星 (the 党员网格员, thirty 户 a month and the 处置率; the
“三方联动”, a quarterly 联席会议 and five 难题 a year; a half-yearly 居民议事会 and the 公示 of its 结果; a deduction-only line on 事故 and 事件), 服务群众星
(two 志愿服务队, a monthly 志愿服务 and two of each 在职党员; the 年初 “三张清单”, eight 实事 and the 年底 公示; the 开放, the 代办台账; the 年底 满意率 in bands)
and 保障有力星 (the 阵地, the 制度 and the quarterly 公开 of the 经费; the 年初 计划, the 半年小结 and the 年底 总结; three 共建协议 and a half-yearly 共建活动).

A merged title row, a merged "评定对象：…" line and a merged "社区：…申报星级：…评定组：" line above the header 星级条件 | 评定标准 | 分值 | 评分方法 | 得分.
There is NO 序号: the items are numbered by position 1..19. The 星级条件 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their
points on ONE line, "政治引领星（20分）"; there is no short sub-label. 评定标准 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分方法
(`Row.scoring`); 得分 is blank; there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the scored rows; UNDER it a merged "一票否决事项（…）" section
row and four rows of 一票否决 cases with NO 分值 (the case in the 评定标准 column, "实行一票否决" in the 评分方法 column: README, a category of its own at 0
points, left out of the labels). A merged 说明 row closes the sheet (the 星级 by total score and by each 星级条件). Counts in figures and Chinese numerals,
nearly all in the 评定标准 ("每月开展一次", "不少于32学时", "每半年…一次", "年初", "年底", "百分之九十以上", "年初", "年底", "100%", "35周岁以下的不少于1名",
"百分之六十以上", "不少于2名", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度讲授1次", "每年…不少于2次", "每月", "百分之
八十五以上", "每年", "按月", "每半年公示一次", "每季度至少…一次", "1名", "每月…不少于30户", "百分之九十五以上", "每季度召开一次", "每年…不少于5件", "每半年
召开一次", "不少于2支", "每月…不少于1次", "每年…不少于2次", "年初", "不少于8件", "年底", "每周开放不少于6天", "年底…百分之九十以上", "不少于300平方米",
"每季度公开一次", "年初", "年中", "年底", "不少于3家", "每半年…不少于1次"); "最高扣" caps; bands of the 满意率 (all 4 points, closed by "85%以下的不得分");
"每低1个百分点" twice, "每低5个百分点" twice and "每低10个百分点" once; "每人每月" once; "酌情扣0.5-1分" twice and "酌情扣1-2分" three times; two plain
"本项不得分"; one line is deduction-only ("（本项为扣分项）").
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


def _row(text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 评定标准, 分值, 评分方法."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzv_ankang_laocheng_jiedao_shequ_xingji_pingding_xlsx",
    fmt="xlsx",
    title="中共安康市汉滨区老城街道工作委员会2025年度社区党组织星级评定细则",
    numbering="position",
    sections=(
        Section("政治引领星", "政治引领星（20分）", 20, (
            _row("落实“第一议题”制度，社区党组织每月开展一次集中学习；党员每年参加学习培训不少于32学时。", 6,
                 "集中学习每少1次扣0.5分，最高扣3分；学时不足的，每人扣0.1分，最高扣2分；“第一议题”制度落实不到位的扣1分。"),
            _row("落实意识形态工作责任制，每半年分析研判一次意识形态形势；社区宣传栏、居民微信群等阵地发布信息严格执行审核制度。", 5,
                 "研判每少1次扣1分；发布信息未经审核的，每次扣0.5分，最高扣2分；发生意识形态领域重大问题的，本项不得分。"),
            _row("社区党组织书记年初签订抓基层党建工作责任书，年底向街道党工委述职；述职测评满意率达到百分之九十以上。", 5,
                 "未签订责任书的扣1分；未述职的扣2分；满意率每低1个百分点扣0.2分，最高扣2分。"),
            _row("开展“党员亮身份、践承诺”活动，党员年初公开承诺事项，年底进行践诺评议；在职党员到社区报到率100%。", 4,
                 "未开展公开承诺的扣1分；未开展践诺评议的扣1分；报到率每低5个百分点扣0.5分。"),
        )),
        Section("组织过硬星", "组织过硬星（20分）", 20, (
            _row("社区“两委”班子成员中35周岁以下的不少于1名，大专及以上学历的比例达到百分之六十以上；储备社区后备力量不少于2名。", 5,
                 "35周岁以下成员配备不到位的扣1分；学历比例每低10个百分点扣0.5分；后备力量每少1名扣1分。"),
            _row("网格（小区）党支部严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度讲授1次；"
                 "社区党组织书记每年讲党课不少于2次。", 6,
                 "“三会一课”每少1次扣0.3分，最高扣3分；书记讲党课每少1次扣1分；会议记录不完整的，酌情扣0.5-1分。"),
            _row("每月固定开展主题党日活动，党员参加率达到百分之八十五以上；每年召开组织生活会，开展民主评议党员，会前开展谈心谈话。", 5,
                 "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未开展谈心谈话的扣"
                 "0.5分。"),
            _row("党员按月足额交纳党费，党费收缴情况每半年公示一次；建立流动党员台账，每季度至少联系流动党员一次。", 4,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；未公示的，每次扣0.5分；无流动党员台账的扣1分；联系每少1人次扣0.1分，最高扣1分。"),
        )),
        Section("治理有效星", "治理有效星（20分）", 20, (
            _row("推行“党建+网格”治理，每个网格明确1名党员网格员；党员网格员每月入户走访不少于30户，网格事件按时处置率达到百分之九十五以上。", 6,
                 "网格员配备不到位的，每个网格扣0.5分，最高扣1分；走访不足30户的，每人每月扣0.1分，最高扣2分；处置率每低1个百分点扣0.2分，最高扣"
                 "2分。"),
            _row("建立社区党组织领导下的居委会、业委会、物业服务企业“三方联动”机制，每季度召开一次联席会议；每年协调解决物业管理难题不少于5件。",
                 5, "联动机制未建立的扣1分；联席会议每少1次扣1分；难题解决每少1件扣0.5分。"),
            _row("每半年召开一次居民议事会，对小区停车、加装电梯等居民关心的事项民主协商，协商结果向居民公示。", 4,
                 "议事会每少1次扣1分；协商结果未公示的，每项扣0.5分；重大事项未经协商的，酌情扣1-2分。"),
            _row("辖区全年未发生重大安全责任事故、群体性事件和极端案事件（本项为扣分项）。", 5,
                 "发生一般安全事故的，每起扣1分；发生群体性事件的，每起扣2分；发生重大安全责任事故或极端案事件的，本项不得分。"),
        )),
        Section("服务群众星", "服务群众星（20分）", 20, (
            _row("组建党员志愿服务队不少于2支，每月开展志愿服务活动不少于1次；在职党员每年到社区参加志愿服务不少于2次。", 6,
                 "服务队每少1支扣1分；志愿服务活动每少1次扣0.5分，最高扣3分；在职党员参加不足2次的，每人扣0.1分，最高扣1分。"),
            _row("年初梳理居民需求清单、辖区资源清单、服务项目清单，全年办结为民实事不少于8件，年底公示办理结果。", 5,
                 "“三张清单”每缺一项扣0.5分；实事每少1件扣0.5分；办理结果未公示的扣1分。"),
            _row("党群服务中心每周开放不少于6天，实行错时延时服务；为老年人、残疾人等群体提供代办帮办服务，建立代办台账。", 5,
                 "开放时间不足或无人值守的，每次扣0.5分，最高扣2分；未建立代办台账的扣1分；代办服务不到位被投诉的，每次扣0.5分。"),
            _row("年底由街道组织居民群众对社区党组织开展满意度测评，满意率达到百分之九十以上。", 4,
                 "满意率95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得2分，85%以下的不得分。"),
        )),
        Section("保障有力星", "保障有力星（20分）", 20, (
            _row("党群服务中心面积不少于300平方米，标识统一、功能齐全，各项制度上墙；服务群众专项经费使用经社区党组织研究决定，每季度公开一次。",
                 7, "阵地不达标的，酌情扣1-2分；制度未上墙的，每项扣0.2分，最高扣1分；经费使用未经研究的，每笔扣0.5分；经费公开每少1次扣0.5分。"),
            _row("年初制定党建工作计划，年中形成半年工作小结，年底形成工作总结；党建台账分类建档、专人管理。", 6,
                 "缺计划、小结或总结的，每项扣1分；台账不规范的，酌情扣0.5-1分。"),
            _row("与辖区机关、企事业单位党组织签订共建协议不少于3家，每半年开展共建活动不少于1次，共建项目有实效。", 7,
                 "共建协议每少1家扣1分；共建活动每少1次扣1分；共建流于形式、项目无实效的，酌情扣1-2分。"),
        )),
    ),
)

HEADER = ["星级条件", "评定标准", "分值", "评分方法", "得分"]
VETO_NAME = "一票否决事项（存在下列情形之一的，不予评定星级）"
VETO = (
    "社区“两委”班子成员受到党纪政务处分的",
    "发生严重违反中央八项规定精神问题的",
    "发生影响恶劣的意识形态事件或重大网络舆情的",
    "社区党组织被确定为软弱涣散基层党组织的",
)
NOTE = ("说明：1.星级评定由街道党工委于12月中旬组织，党建办牵头，社区治理办、平安办、街道纪工委参加，以2025年1月1日至评定之日的资料为准；"
        "2.各项扣分以该项分值为限，扣完为止；评分方法列明得分档次的，按档次计分；3.评定总分90分以上且每项星级条件得分不低于16分的评为五星级，"
        "80分以上的评为四星级，70分以上的评为三星级，60分以上的评为二星级，60分以下的评为一星级；4.存在一票否决事项的，不予评定星级，"
        "评定结果与社区工作者绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "星级评定"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "评定对象：老城街道所辖11个社区党组织", ncols)
    xlsx_line(ws, "社区：                    申报星级：                    评定组：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, None])
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_line(ws, VETO_NAME, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for case in VETO:
        ws.append([None, case, None, "实行一票否决", None])
        ws.cell(ws.max_row, 2).alignment = wrap
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (14, 60, 6, 60, 8))
    wb.save(str(path))
