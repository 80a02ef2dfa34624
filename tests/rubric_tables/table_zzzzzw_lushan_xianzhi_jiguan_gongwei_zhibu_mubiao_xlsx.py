"""中共鲁山县直属机关工作委员会2025年度机关党支部党建工作目标考核评分表 (.xlsx), as the 县直机关工委 of 鲁山 in 平顶山 in 河南 (its 专职副书记
with the 组织科 and the 宣传科, a 考核组 of three with one 党员 borrowed from the 县委组织部, going from 局 to 局 along the 人民路 and the 向阳路 in the
last weeks of December, when the 沙河 is low under the 昭平台 dam, the 尧山 is white with the first snow, the 鲁山 花瓷 kilns are firing the New Year orders
and every 局 has its 党建 files boxed "一年一卷" on the table of the 会议室) scores each 机关党支部 (党总支) of the 县直 units against its 年度目标: a sheet whose
考核要求 prints what the 支部 must have done or reached and whose 评分细则 takes points off one clause at a time: 政治建设 (a monthly 集中学习, twelve a year,
and 40学时; a half-yearly 专题研究, the 年底 报告 of the 意识形态, the “三审三校” and a 一票否决; the 年初 责任书, a quarterly 警示教育 and no 违纪; the 年初
承诺, the 年底 践诺评议 and the 亮身份), 组织建设 (the “三会一课” and the 党组书记's 党课, no 业务会 in place of the 组织生活; the monthly 主题党日, a quarterly
服务 at the 联系村 and the 参加率; the 组织生活会, the 征求意见, the 谈心谈话, the 民主评议 and the 备案; the 换届 with its 请示 and 批复 and 3天; one 积极分子
and the 公示; 党费 按月, a half-yearly 核对 and a yearly 公布; the 党员信息台账, the 系统 and no 失联党员), 作风建设和中心工作 (the 党建品牌, the 创建方案 and
two 示范岗; the 八项规定 and the 满意率; three 实事 and the 报到率; the 志愿服务队, a quarterly 志愿服务 and the 急难险重; a yearly 汇报 of the 群团) and 基础
保障 (the 年初 计划 and its 备案, the 年底 述职 and the 权重; the 预算, 200元 and the 活动室 with its 制度; the 归档, the 报表 and four 信息; a quarterly 党务
公开 and the 回应).

A merged title row, a merged "考核对象：…" line and a merged "被考核单位：…考核组成员：…考核日期：" line above the header 序号 | 目标任务 | 考核要求 | 分值 |
评分细则 | 得分. The 目标任务 are MERGED CELLS down the SECOND column, printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治建设\n（20分）";
序号 (FIRST column, numeric cells) runs 1..20 through the sheet, NOT restarting under the 目标任务; there is no short sub-label. 考核要求 (`Row.text`) says
what is required; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`); 得分 is blank; there is no 佐证 or 考核方式 column. A 合计 row of 100 and a
merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核要求 ("每月组织一次…全年不少于12次", "每年…不少于40学时",
"每半年…一次", "年底", "年初", "每季度开展一次", "年初", "年底", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次",
"每年…不少于1次", "每月第一周星期五", "每季度至少…一次", "百分之九十", "每年召开一次", "年内…不少于3天", "年内…不少于1名", "不少于5个工作日", "按月",
"每半年…一次", "每年…一次", "不少于1个", "不少于2个", "百分之九十五以上", "年内…不少于3件", "100%", "每季度开展一次", "每年至少…一次", "年初", "年底",
"不低于百分之十", "每年不低于200元", "年内…不少于4篇", "每季度公开一次"); "最高扣" caps; no bands; "每低5个百分点" twice and "每低1个百分点" once; "每发现
一处" once; "酌情扣0.5-1分" twice, "酌情扣1-2分" twice and "酌情扣0.5-1.5分" once; one "实行一票否决，本项不得分" and one plain "本项不得分".
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
    """One row in the order the sheet prints it: 考核要求, 分值, 评分细则."""
    return Row(text, points, scoring)


TABLE = Table(
    name="zzzzzw_lushan_xianzhi_jiguan_gongwei_zhibu_mubiao_xlsx",
    fmt="xlsx",
    title="中共鲁山县直属机关工作委员会2025年度机关党支部党建工作目标考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设\n（20分）", 20, (
            _row("落实“第一议题”制度，支部每月组织一次集中学习，全年不少于12次；党员每年参加集中学习培训不少于40学时，“学习强国”学习常态化。", 6,
                 "集中学习每少1次扣0.5分，最高扣3分；学时不足的，每人扣0.2分，最高扣2分；“第一议题”制度落实不到位的扣1分。"),
            _row("每半年专题研究一次意识形态工作，年底向县直机关工委报送意识形态工作情况报告；单位网站、政务新媒体发布信息落实“三审三校”。", 5,
                 "专题研究每少1次扣1分；未报送报告的扣1分；信息发布未落实“三审三校”的，每次扣0.5分；发生意识形态责任事件的，实行一票否决，本项"
                 "不得分。"),
            _row("年初与单位党组（党委）签订党风廉政建设责任书，每季度开展一次廉政警示教育；党员干部全年无违纪违法问题。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分，最高扣2分；党员受到党纪政务处分的，每人扣2分。"),
            _row("党员年初围绕岗位职责作出公开承诺，年底开展践诺评议；党员在办公场所亮身份、亮承诺。", 4,
                 "未开展公开承诺的扣1分；未开展践诺评议的扣1分；党员亮身份不到位的，酌情扣0.5-1分。"),
        )),
        Section("组织建设", "组织建设\n（35分）", 35, (
            _row("严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；单位党组（党委）书记每年"
                 "到所在支部讲党课不少于1次。", 8,
                 "每少召开1次扣0.5分，最高扣5分；党组（党委）书记未讲党课的扣1.5分；以业务会代替组织生活的，每次扣0.5分。"),
            _row("每月第一周星期五开展主题党日活动，每季度至少到联系村（社区）开展一次服务活动；党员参加率不低于百分之九十。", 5,
                 "主题党日每少1次扣0.5分；到联系点服务每少1次扣0.5分；参加率每低5个百分点扣0.5分。"),
            _row("每年召开一次组织生活会，会前征求意见、开展谈心谈话；开展民主评议党员，评议结果报县直机关工委备案。", 6,
                 "未召开组织生活会的扣3分；未征求意见或未开展谈心谈话的，每项扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。"),
            _row("支部委员会任期届满按期换届，换届选举请示、批复等程序完整；支部书记、委员年内参加集中轮训不少于3天。", 4,
                 "未按期换届的扣2分；换届请示、批复缺失的，每项扣0.5分；参训不足3天的，每人扣0.5分。"),
            _row("年内培养入党积极分子不少于1名；发展党员程序规范、材料齐全，发展对象公示不少于5个工作日。", 4,
                 "未培养入党积极分子的扣1分；发展对象未公示的扣1分；发展程序不规范的，每发现一处扣0.5分；违规发展党员的，本项不得分。"),
            _row("党员按月足额交纳党费，支部每半年核对一次党员交纳基数；每年向党员公布一次党费收缴情况。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；未核对的，每次扣0.5分；未公布的扣0.5分；少交、漏交未及时补交的，每人扣0.2分。"),
            _row("建立党员信息台账，及时维护全国党员管理信息系统；党员组织关系转接在规定时限内办结，无失联党员、“口袋党员”。", 4,
                 "无党员信息台账的扣1分；系统信息维护不及时的，每人次扣0.1分，最高扣1分；组织关系转接超时的，每人扣0.5分；存在失联党员的，每人扣"
                 "1分。"),
        )),
        Section("作风建设和中心工作", "作风建设和中心工作\n（25分）", 25, (
            _row("开展模范机关创建，支部打造党建品牌不少于1个，制定创建方案；设立党员示范岗不少于2个。", 6,
                 "无党建品牌或创建方案的扣2分；创建成效不明显的，酌情扣1-2分；示范岗每少1个扣0.5分。"),
            _row("落实中央八项规定精神，整治形式主义、官僚主义；窗口服务群众满意率达到百分之九十五以上。", 5,
                 "发生违反中央八项规定精神问题被通报的，每起扣2分；被县级以上督查通报批评的，每次扣1分；满意率每低1个百分点扣0.5分，最高扣2分。"),
            _row("落实“我为群众办实事”，年内为联系村（社区）办实事不少于3件；在职党员到居住地社区报到率100%。", 6,
                 "实事每少1件扣1分；报到率每低5个百分点扣0.5分，最高扣2分；报到党员未参加社区活动的，每人扣0.1分，最高扣1分。"),
            _row("组建机关党员志愿服务队，每季度开展一次志愿服务活动；在防汛救灾、森林防火等急难险重任务中党员冲锋在前。", 5,
                 "无志愿服务队的扣1分；志愿服务每少1次扣0.5分；急难险重任务中党员作用发挥不明显的，酌情扣1-2分。"),
            _row("指导本单位工会、共青团、妇委会等群团组织开展工作，每年至少听取一次群团工作汇报。", 3,
                 "未听取汇报的扣1分；群团组织作用发挥不明显的，酌情扣0.5-1分。"),
        )),
        Section("基础保障", "基础保障\n（20分）", 20, (
            _row("支部书记年初制定党建工作计划并报县直机关工委备案，年底向单位党组（党委）和县直机关工委述职；党建工作纳入单位年度目标考核，权重"
                 "不低于百分之十。", 6,
                 "无计划或计划未备案的扣1分；书记未述职的扣2分；党建工作未纳入年度目标考核的扣1分；权重不足百分之十的扣0.5分。"),
            _row("党建工作经费列入单位年度预算，按每名党员每年不低于200元的标准保障；党员活动室有标识、有制度、有设施。", 5,
                 "经费未列入预算的扣1.5分；经费标准不达标的扣1分；无党员活动室的扣1.5分；标识、制度、设施每缺一项扣0.3分。"),
            _row("党建档案按“一年一卷”归档；按时报送党建统计报表，年内向县直机关工委报送党建信息不少于4篇。", 5,
                 "档案不全或归档不规范的，酌情扣0.5-1.5分；统计报表迟报、漏报的，每次扣0.5分；报送信息每少1篇扣0.5分。"),
            _row("每季度公开一次党务，公开内容包括发展党员、党费收缴使用、评先评优等；对党员群众反映的问题及时回应。", 4,
                 "党务公开每少1次扣0.5分；公开内容不全的，每次扣0.2分；反映问题未回应的，每件扣0.5分。"),
        )),
    ),
)

HEADER = ["序号", "目标任务", "考核要求", "分值", "评分细则", "得分"]
NOTE = ("说明：1.本表由县直机关工委于2025年12月下旬组织考核，采取听取汇报、查阅资料、个别谈话、实地查看相结合的方式，考核范围为2025年1月1日至"
        "考核之日；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；"
        "考核结果作为单位党组（党委）书记抓基层党建述职评议考核和评先评优的重要依据；4.党总支参照本表考核，所属党支部得分的平均分计入党总支得分。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "机关党支部目标考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：县直各机关党支部（党总支）", ncols)
    xlsx_line(ws, "被考核单位：                    考核组成员：                    考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 64)
    xlsx_widths(ws, (6, 14, 56, 6, 58, 8))
    wb.save(str(path))
