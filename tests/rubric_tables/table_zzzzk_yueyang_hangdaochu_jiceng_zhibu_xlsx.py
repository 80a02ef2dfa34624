"""长江岳阳航道处2025年度基层党支部党建工作考核评分表 (.xlsx), as the 航道处党委 of the 长江 stretch below the 洞庭湖 mouth at 湖南 岳阳 (its
党群工作科 with the 航道维护科, the 安全科 and the 纪检监察室, a 考核组 going out on the 航标船 to the 站 and the 基地 in January, when the water is at its
lowest and the 浅滩 must be watched) scores the 党支部 of its 基层 units: the 航标站 at 城陵矶 and the 测量队, the 航道维护基地 with its 疏浚 and its
航标船, the 船艇 whose crews live aboard for weeks and meet by 视频, the old 航标工 who remember the 煤油 lamps and the young 测量 graduates with their
多波束, the 防汛 of every summer and the 长江大保护 of the 禁捕: a sheet whose 工作要求 prints what the 支部 must have done, whose 扣分办法 takes points
off one clause at a time and scores the 述职 等次率 in bands, and whose 佐证材料 names the papers to bring: 政治建设 (a monthly 集中学习, the 在船
党员 online and 32学时; a half-yearly 思想动态 分析 and the 群主 of the 微信群; the 书记's 党课, once at the 一线), 组织建设 (the 换届 and the 党小组 on
the 船 and 站; the “三会一课” with the 视频 and the 签到表; the monthly 主题党日, the 共建协议 and two 共建活动; the 组织生活会 with 谈心谈话 and
对照检查 and the 民主评议; 党费 按月 with a half-yearly 公示 and one 积极分子), 作用发挥 (the 先锋岗 and a 先锋船; the 航标正常率, the 尺度保证率 and four
巡检 a month; the 突击队 and the 险情; a monthly 隐患排查, its 台账 and a 一票否决; a quarterly 志愿服务 and the 参与率; a quarterly 谈心谈话 and the
“七一”、春节 and 汛后 慰问) and 责任落实 (the 年初 计划, the 年底 总结, the 年底 述职 and its “好”等次率; a half-yearly 警示教育 and the 廉政风险 排查;
the 台账, the 平台 and the 年底 满意率).

A merged title row, a merged "考核对象：航道处所属航标站、测量队、航道维护基地、船艇党支部" line and a merged "支部名称：    考核组：    考核日期：" line
above the header 序号 | 考核项目 | 工作要求 | 分值 | 扣分办法 | 佐证材料 | 得分. 序号 (FIRST column) runs 1..17 through the sheet. The 考核项目 are MERGED
CELLS down the SECOND column, printed WITHOUT an ordinal and WITH their points on a second line, "政治建设\\n（15分）". There is no short sub-label: 工作
要求 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 扣分办法 (`Row.scoring`); 佐证材料 (`Row.method`) names the papers, joined by
"、"; 得分 is blank. A 合计 row of 100 follows the scored rows; a merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all in
the 工作要求 ("每月组织一次", "每年…不少于32学时", "每半年开展一次", "每年…不少于2次", "不少于1次", "3人以上", "按期", "支部党员大会每季度召开1次，支委会
每月召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每年…不少于2次", "每年召开一次", "按月", "每半年公示一次", "年内…不少于1名", "不少于
1艘", "百分之九十九点八", "100%", "每月巡检不少于4次", "每月开展一次", "每季度开展不少于1次", "百分之八十", "每季度…一次", "“七一”、春节及汛后", "年初",
"年底", "年底", "百分之八十", "每半年开展一次", "年底", "不低于百分之九十"); "最高扣" caps; "酌情扣1-2分" four times; bands of the 述职 “好”等次率 (2 of
the 7 points, closed by "60%以下的不得分"); one "实行一票否决，本项不得分"; one other "本项不得分".
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
    """One row in the order the table prints it: 工作要求, 分值, 扣分办法, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzk_yueyang_hangdaochu_jiceng_zhibu_xlsx",
    fmt="xlsx",
    title="长江岳阳航道处2025年度基层党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设\n（15分）", 15, (
            _row("支部每月组织一次集中学习，在船党员通过“学习强国”、视频会议等方式参学；党员每年参加学习培训不少于32学时。", 5,
                 "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1.5分。", "学习记录、培训学时台账、线上学习截图"),
            _row("落实意识形态工作责任制，每半年开展一次职工思想动态分析；船舶、站点职工微信群落实群主责任，不发布不当言论。", 5,
                 "思想动态分析每少1次扣1分；职工在网络发布不当言论造成不良影响的，每人次扣1分；发生意识形态领域重大问题的，本项不得分。",
                 "分析研判记录、微信群管理制度"),
            _row("支部书记每年为党员讲党课不少于2次，其中到一线船舶、航标站讲党课不少于1次。", 5,
                 "书记讲党课每少1次扣1.5分；未到一线讲党课的扣1分。", "党课讲稿、授课照片"),
        )),
        Section("组织建设", "组织建设\n（25分）", 25, (
            _row("支委会由3人以上组成，按期换届；按船舶、航标站设立党小组，党小组覆盖所有在船在站党员。", 4,
                 "未按期换届的扣1分；支委会不健全的扣1分；党小组设置不合理、覆盖不全的，酌情扣1-2分。", "换届选举批复、党小组设置文件"),
            _row("落实“三会一课”：支部党员大会每季度召开1次，支委会每月召开1次，党小组会每月召开1次，党课每季度1次；在船党员可通过视频会议参加。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣5分；党员无故缺席的，每人次扣0.1分，最高扣1分。", "会议记录本、签到表"),
            _row("每月开展一次主题党日活动，结合航道维护、汛期保畅等工作确定主题；与沿江村（社区）或海事、港航单位党组织签订共建协议，每年开展结对共建"
                 "活动不少于2次。", 6,
                 "主题党日每少1次扣0.3分，最高扣2分；无共建协议的扣1分；结对共建活动每少1次扣1分。", "活动方案、共建协议、活动照片"),
            _row("每年召开一次组织生活会，会前开展谈心谈话，会上逐一对照检查、开展批评和自我批评；开展民主评议党员。", 5,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣1分；未开展民主评议党员的扣2分。",
                 "组织生活会记录、对照检查材料、民主评议测评表、谈心谈话记录"),
            _row("党员按月交纳党费，每半年公示一次；年内确定入党积极分子不少于1名，重点从一线船员、技术骨干中培养。", 3,
                 "党费未按月交纳的，每人次扣0.1分；党费公示每少1次扣0.5分；未确定入党积极分子的扣1分。", "党费收缴台账、公示照片、积极分子确定材料"),
        )),
        Section("作用发挥", "作用发挥\n（40分）", 40, (
            _row("在航道维护、航标巡检中设立党员先锋岗、党员责任区，创建党员先锋船（艇）不少于1艘。", 6,
                 "未设立党员先锋岗、责任区的扣2分；未创建党员先锋船（艇）的扣1分；先锋岗作用发挥不明显的，酌情扣1-2分。", "先锋岗设置文件、挂牌照片"),
            _row("航标正常率达到百分之九十九点八，航道维护尺度保证率达到100%；党员带头参与航标巡检，每月巡检不少于4次。", 8,
                 "航标正常率每低0.1个百分点扣1分，最高扣3分；维护尺度保证率未达到100%的扣2分；巡检每少1次扣0.2分，最高扣2分。",
                 "航标巡检记录、航道维护月报"),
            _row("汛期组建党员突击队，参加防汛抢险、应急搜救等急难险重任务，险情处置及时有效。", 6,
                 "未组建党员突击队的扣2分；险情处置不及时的，每次扣1分；党员在急难险重任务中不服从安排的，每人次扣1分。", "突击队名单、抢险工作记录"),
            _row("落实安全生产责任制，每月开展一次船舶、码头安全隐患排查，建立排查整改台账；全年无水上交通安全责任事故、无人员伤亡。", 7,
                 "隐患排查每少1次扣0.5分，最高扣2分；无整改台账的扣1分；发生一般责任事故的，每起扣3分；发生较大以上安全责任事故或人员死亡的，实行一票"
                 "否决，本项不得分。", "隐患排查记录、整改台账"),
            _row("服务长江大保护，每季度开展不少于1次禁捕退捕宣传、岸线清洁等志愿服务活动，党员职工参与率达到百分之八十。", 6,
                 "志愿服务每少1次扣1分；参与率每低10个百分点扣0.5分；活动无照片的，每次扣0.2分。", "活动照片"),
            _row("关心关爱一线船员，支部书记每季度到船舶、航标站与党员职工谈心谈话一次；“七一”、春节及汛后走访慰问困难党员职工。", 7,
                 "谈心谈话每少1次扣0.5分，最高扣2分；走访慰问每少1次扣1分；职工合理诉求未及时反映解决的，酌情扣1-2分。", "谈心谈话记录、慰问名单、照片"),
        )),
        Section("责任落实", "责任落实\n（20分）", 20, (
            _row("年初制定党支部工作计划，年底报送工作总结；支部书记年底向航道处党委述职，述职评议“好”等次率达到百分之八十。", 7,
                 "缺计划或总结的，每项扣1.5分；未述职的扣3分；“好”等次率80%以上的得2分，60%（含）—80%的得1分，60%以下的不得分。",
                 "工作计划、工作总结、述职报告、测评汇总表"),
            _row("落实党风廉政建设责任，每半年开展一次警示教育；在船舶物料采购、航标器材领用、工程验收等环节开展廉政风险排查；党员职工不违规违纪。", 6,
                 "警示教育每少1次扣1分；未开展廉政风险排查的扣1分；党员受到党纪处分的，每人扣3分。", "警示教育记录、廉政风险防控台账"),
            _row("党建台账规范，党员信息在“智慧党建”平台及时更新；年底开展职工满意度测评，满意率不低于百分之九十。", 7,
                 "台账不规范的，酌情扣1-2分；平台信息更新不及时的，每人扣0.2分，最高扣1分；满意率每低1个百分点扣0.3分，最高扣3分。",
                 "台账资料、平台截图、满意度测评表"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "工作要求", "分值", "扣分办法", "佐证材料", "得分"]
NOTE = ("说明：1.本表由航道处党委于次年1月组织考核，党群工作科牵头，航道维护科、安全科、纪检监察室参加，采取查阅佐证材料、实地查看、登船检查、"
        "个别谈话、问卷测评相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；3.航标正常率、维护尺度保证率以航道维护科年度统计为准，安全责任"
        "事故以安全科认定为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：航道处所属航标站、测量队、航道维护基地、船艇党支部", ncols)
    xlsx_line(ws, "支部名称：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (6, 12, 48, 6, 50, 24, 7))
    wb.save(str(path))
