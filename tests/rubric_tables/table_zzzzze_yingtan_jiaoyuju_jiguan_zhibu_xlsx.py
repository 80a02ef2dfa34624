"""鹰潭市教育局机关党委2025年度局机关党支部工作考核评分表 (.xlsx), as the 机关党委 of the 教育局 of 鹰潭 in 江西 (its 机关党委办公室 with the 人事科, the
督导室, the 安全稳定科 and the 机关纪委, a 考核组 that sits with each 支部书记 in the 局 offices by the 信江 in mid-January, when the 期末考试 papers are
being marked in the schools, the 寒假 安全 notices are going out to the 龙虎山 and 余江 乡村学校 and the 局 is writing up its 义务教育 优质均衡 督导 for the
province) scores the 党支部 of its 机关: the 支部 of the 办公室 and the 人事科, the 支部 of the 基础教育科 and the 督导室 whose 干部 spend their weeks in
the schools, the 支部 of the 计财科 and the 安全稳定科, the 支部 of the 教研室 whose 党员 are 教研员: a sheet of 考核项目 whose 工作内容 is a SHORT TOPIC,
whose 工作标准 prints what the 支部 must have done and whose 评分办法 takes points off one clause at a time (grading the 先锋岗 作用 by 好/较好/一般 and
scoring the 书记's 述职评议 满意率 in bands): 政治建设 (the “第一议题”, a monthly 集中学习, 40学时 and the “学习强国”; a half-yearly 专题研究, the “三审三校”
and a "扣5分"; the 思政课 of the 领导干部, the 入党誓词 and one 现场教学; a half-yearly 书面报告, four 双重组织生活 and the 请示报告), 组织建设 (the 换届, its
请示、批复 and the 3至5人; the “三会一课”, the 书记's and the 局领导's 党课, the 参会率 and the 记录; the 主题党日 on the first Friday with its 方案、签到、
记录、照片; the 组织生活会, the 谈心谈话, the 征求意见, the 对照检查材料, the 民主评议, its 测评表 and the 备案; a half-yearly 谈心谈话 and the 记录本; one
积极分子, 党费 按月 with a quarterly 公示 and the 转接; the “先锋指数”, a quarterly 评议, its 公示 and the 年底 等次), 作风建设 (the 年初 责任书, a quarterly
警示教育, the 廉洁提醒 and a 一票否决; the 按时办结率, the 按期答复率 and the 年底 满意度; two 调研 and one 调研报告 each and the 每学期 联系学校; the 报到率,
two 志愿服务 and a half-yearly 送教助学) and 业务融合和基础保障 (two 先锋岗, one 办实事 and the graded 作用; a quarterly 督查, the 整改率 and a 一票否决; the
品牌 and two 报道; the 标识、制度、书籍, the 工作手册 by month and the 年底 归档; the 年初 计划 and 责任清单, the 年底 总结, the 年底 述职 and its 满意率 in bands).

A merged title row, a merged "考核对象：局机关各党支部" line and a merged "党支部：    考核人：    考核日期：" line above the header 考核项目 | 工作内容 |
工作标准 | 分值 | 评分办法 | 得分. There is NO 序号: the items are numbered by position 1..20. The 考核项目 are MERGED CELLS down the FIRST column, printed
WITHOUT an ordinal and WITH their points on a SECOND line, "政治建设\\n（20分）". 工作内容 (SECOND column) is a short topic on every row (`Row.indicator`);
工作标准 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分办法 (`Row.scoring`); 得分 is left blank; there is no 佐证 or 考核方式
column. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 工作标准 ("每月开展一次", "每人每年
…不少于40学时", "不低于12000分", "每半年…一次", "全年", "每人每年…不少于1次", "“七一”前后", "年内…不少于1次", "每半年…一次", "每年不少于4次", "按期", "3至5
人", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于1次", "每年…不少于1次", "不低于百分之九十", "每月
第一个星期五", "每年召开一次", "每半年…一次", "年内…不少于1名", "按月", "每季度公示一次", "每季度评议一次", "年底", "年初", "每季度开展一次", "全年", "100%",
"100%", "年底", "不低于百分之九十", "每人每年…不少于2次", "不少于1篇", "1所以上", "每学期…不少于1次", "100%", "每人每年…不少于2次", "1所", "每半年开展一次",
"不少于2个", "年内…不少于1项", "每季度开展一次", "100%", "全年", "年内…不少于2次", "按月", "年底", "年初", "年底", "年底", "百分之九十以上"); "最高扣" caps;
bands of the 述职评议 满意率 (3 of the 8 points, closed by "85%以下的不得分"); the 先锋岗 作用 graded "好的得2分，较好的得1分，一般的不得分"; "每低1个百分点"
three times, "每低10个百分点" once and "每低5个百分点" once; "酌情扣0.5-1分" three times; two "实行一票否决，本项不得分" and one "扣5分" for a 问题.
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


def _row(topic: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 工作内容, 工作标准, 分值, 评分办法."""
    return Row(text, points, scoring, indicator=topic)


TABLE = Table(
    name="zzzzze_yingtan_jiaoyuju_jiguan_zhibu_xlsx",
    fmt="xlsx",
    title="鹰潭市教育局机关党委2025年度局机关党支部工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设\n（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月开展一次集中学习；党员每人每年参加集中学习培训不少于40学时；党员“学习强国”年度积分不低于12000分。", 6,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分；“学习强国”积分未达标的，每人扣0.1"
                 "分，最高扣1分。"),
            _row("意识形态",
                 "支部每半年专题研究一次意识形态工作；局门户网站、“鹰潭教育”微信公众号信息发布严格落实“三审三校”；全年不发生意识形态领域问题。", 5,
                 "专题研究每少1次扣1分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；发生意识形态问题造成不良影响的扣5分。"),
            _row("政治教育",
                 "党员领导干部每人每年到联系学校讲思政课不少于1次；“七一”前后组织党员重温入党誓词；年内组织党员到余江“送瘟神”纪念馆等红色教育基地开展现场"
                 "教学不少于1次。", 4,
                 "思政课每少1人次扣0.3分，最高扣1.5分；未组织重温入党誓词的扣1分；未开展现场教学的扣1.5分。"),
            _row("请示报告",
                 "支部每半年向局机关党委书面报告一次工作情况，重大事项及时请示报告；党员领导干部落实双重组织生活制度，以普通党员身份参加所在支部组织生活每年"
                 "不少于4次。", 5,
                 "书面报告每少1次扣1分；重大事项未按规定请示报告的，每件扣1分；领导干部参加双重组织生活每少1人次扣0.5分，最高扣2分。"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            _row("支部设置",
                 "支部委员会按期换届，换届选举请示、批复等材料存档；支委会由3至5人组成，书记、组织委员、宣传委员、纪检委员分工明确；支部书记由处室主要负责人"
                 "担任。", 3,
                 "未按期换届的扣1分；换届材料不全的扣0.5分；支委配备不齐或分工不明确的扣0.5分；书记配备不符合要求的扣1分。"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次，局领导班子成员每年到所在支部"
                 "讲党课不少于1次；党员参会率不低于百分之九十。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；支部书记、局领导讲党课每少1次扣0.5分；参会率每低1个百分点扣0.1分，最高扣1分；会议记录不规范的，酌情"
                 "扣0.5-1分。"),
            _row("主题党日",
                 "每月第一个星期五开展主题党日活动，结合“双减”督查、“送教下乡”等教育中心工作确定主题；每次活动有方案、有签到、有记录、有照片。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；方案、签到、记录、照片每缺一项扣0.1分，最高扣1分；主题与中心工作脱节的，酌情扣0.5-1分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前深入开展谈心谈话、广泛征求意见，支委会成员撰写对照检查材料；会后开展民主评议党员，填写民主评议测评表，评定结果"
                 "报局机关党委备案。", 6,
                 "未召开组织生活会的扣2分；谈心谈话、征求意见不到位的扣0.5分；对照检查材料每缺1份扣0.3分，最高扣1分；未开展民主评议党员的扣1.5分；评定结果"
                 "未备案的扣0.5分。"),
            _row("谈心谈话",
                 "支部书记每半年与每名党员开展一次谈心谈话，谈话情况记入谈心谈话记录本；对思想波动、家庭困难、受到处理的党员及时谈心谈话。", 3,
                 "谈心谈话每少1人次扣0.1分，最高扣1.5分；无记录本的扣1分；应谈未谈的，每人扣0.2分。"),
            _row("党员发展和党费",
                 "年内在青年干部中确定入党积极分子不少于1名；党员按月足额交纳党费，党费交纳情况每季度公示一次；党员组织关系转接及时。", 4,
                 "未确定积极分子的扣1分；未按月足额交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.3分；组织关系转接不及时的，每人扣0.3分。"),
            _row("党员评价",
                 "推行党员“先锋指数”积分管理，每季度评议一次，评议结果公示；年底按积分确定党员评价等次，作为评先评优依据。", 2,
                 "未推行积分管理的扣1分；季度评议每少1次扣0.2分；年底未确定等次的扣0.5分。"),
        )),
        Section("作风建设", "作风建设\n（20分）", 20, (
            _row("党风廉政",
                 "支部书记年初与局机关党委签订党风廉政建设责任书；每季度开展一次廉政警示教育；教师节、中高考等重要节点前开展廉洁提醒；党员干部全年无违纪违法"
                 "问题。", 5,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分；未开展廉洁提醒的，每次扣0.2分；党员受到党纪政务处分的，实行一票否决，本项不得分。"),
            _row("服务效能",
                 "党员干部承办的政务服务事项按时办结率达到100%；群众来电、来信、来访和12345热线工单按期答复率达到100%；年底服务对象满意度测评不低于百分之"
                 "九十。", 6,
                 "按时办结率每低1个百分点扣0.2分，最高扣2分；按期答复率每低1个百分点扣0.2分，最高扣2分；满意度低于90%的扣2分。"),
            _row("调查研究",
                 "党员干部每人每年深入基层学校开展调查研究不少于2次，形成调研报告不少于1篇；局领导班子成员每人联系1所以上农村学校，每学期到联系学校调研指导"
                 "不少于1次。", 5,
                 "调研每少1人次扣0.2分，最高扣1.5分；调研报告每少1篇扣0.3分，最高扣1.5分；领导联系学校每少1次扣0.5分。"),
            _row("志愿服务",
                 "在职党员到居住地社区报到率达到100%，每人每年参加社区志愿服务不少于2次；支部与1所乡村学校结对，每半年开展一次送教助学活动。", 4,
                 "报到率每低10个百分点扣0.5分，最高扣1分；志愿服务不足2次的，每人扣0.1分，最高扣1.5分；送教助学活动每少1次扣0.5分。"),
        )),
        Section("业务融合和基础保障", "业务融合和基础保障\n（30分）", 30, (
            _row("党建业务融合",
                 "围绕“双减”落实、义务教育优质均衡、教育督导等重点工作设立党员先锋岗不少于2个；年内牵头完成“我为群众办实事”项目不少于1项。", 6,
                 "先锋岗每少1个扣1分；未完成办实事项目的扣2分；先锋岗作用发挥由考核组评定，好的得2分，较好的得1分，一般的不得分。"),
            _row("校园安全",
                 "落实教育系统安全稳定工作责任，每季度开展一次校园安全专项督查，督查发现问题整改率达到100%；全年不发生因监管不力导致的重大校园安全责任事故。",
                 7, "专项督查每少1次扣1分；整改率每低5个百分点扣0.5分，最高扣2分；发生重大校园安全责任事故的，实行一票否决，本项不得分。"),
            _row("品牌宣传",
                 "打造“一支部一品牌”，品牌有名称、有载体、有成效；年内在市级以上媒体宣传报道支部工作不少于2次。", 4,
                 "未打造品牌的扣1分；品牌特色不鲜明的，酌情扣0.5-1分；宣传报道每少1次扣0.5分，最高扣1分。"),
            _row("阵地台账",
                 "支部活动室有标识、有制度、有党建书籍；支部工作手册按月记录；党建资料年底装订归档。", 5,
                 "标识、制度、书籍每缺一项扣0.5分；工作手册每缺1个月记录扣0.2分，最高扣1.5分；年底未归档的扣1分。"),
            _row("计划总结和述职",
                 "年初制定支部工作计划和书记抓党建责任清单，年底形成工作总结；支部书记年底向局机关党委述职，接受党员评议，述职评议满意率达到百分之九十以上。",
                 8, "缺计划、责任清单或总结的，每项扣1分；未述职的扣2分；满意率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。"),
        )),
    ),
)

HEADER = ["考核项目", "工作内容", "工作标准", "分值", "评分办法", "得分"]
NOTE = ("说明：1.本表由局机关党委于次年1月中旬组织考核，采取听取汇报、查阅资料、个别谈话、民主测评相结合的方式进行，以2025年1月1日至12月31日形成的资料"
        "为准；2.各项扣分以该项分值为限，扣完为止；评分办法列明得分档次或等次的，按档次、等次计分；3.按时办结率、按期答复率以市政务服务管理平台和12345"
        "热线平台数据为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为评选“先进党支部”和支部"
        "书记年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "机关党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：局机关各党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (12, 14, 56, 7, 56, 7))
    wb.save(str(path))
