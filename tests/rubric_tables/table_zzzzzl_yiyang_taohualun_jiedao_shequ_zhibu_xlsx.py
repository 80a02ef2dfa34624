"""益阳市赫山区桃花仑街道党工委2025年度社区党支部工作考核评分表 (.xlsx), as the 街道党工委 of 桃花仑街道 in the 赫山区 of 益阳 in 湖南 (its 党建办
with the 社会事务办, the 综治中心 and the 街道纪工委, a 考核组 going round the small 社区 south of the 资江 in the last week of December, when the 会龙山 is
bare, the 老城 小区 of the 1980s 单位 宿舍 are getting their 雨污分流 管网 and the 网格员 knock on doors with the 年底 民情 forms) scores the 社区党支部 of a
街道 whose 社区 are small enough to have a 党支部 and not a 党委: a sheet whose 考核内容 prints what the 支部 must have done and whose 评分标准 takes points off
one clause at a time, nearly always in deduction-only lines ("未…的，每例扣…", "每少1次扣…"), and scores the 年底 满意率 in bands: 组织建设 (the 换届, the
交叉任职 and the “一肩挑”; the “三会一课”, the 书记's 党课 and the 记录; the 主题党日 with its 主题、计划、记录 and one 红色教育; the 组织生活会, the 谈心谈话,
the 发言提纲, the 民主评议 and the 备案; one 发展 or 积极分子, the 公示 and a "本项不得分"; the 小区/楼栋 党小组 and the 楼栋长 党员比例), 党员管理 (党费 by
month, a yearly 核定 and a half-yearly 公布; 32学时 and a quarterly 送学上门; the 流动党员台账, a monthly 联系 and the 失联党员; the 报到率, two 志愿服务 and
two 共建协议; the “七一”、春节 慰问 and the 纪念章), 服务群众 (the 开放, the 制度, the 先锋岗; a monthly 网格 走访, the 录入 and the 按期办结率; the 服务队, a
monthly 志愿服务, the 结对帮扶台账; the 联席会议 each quarter, four 问题 and a "本项不得分"; three 民生实事, the 完成率 and the 公示; the 年底 满意率 in bands)
and 党风廉政和基础工作 (a half-yearly 研判 and the 专人管理; the 年初 责任书, a quarterly 廉政教育, a quarterly 公开 and a "本项不得分"; the 年初 计划, the
年底 总结, the 年底 述职 and a 70% printed only in the 评分标准; the 台账, the 年底 归档 and the 系统).

A merged title row, a merged "考核对象：桃花仑街道各社区党支部" line and a merged "社区：    考核组：    考核时间：2025年12月" line above the header 序号 |
考核内容 | 评分标准 | 分值 | 考核方法. The categories are SECTION ROWS merged across the sheet, printed WITH an ordinal and WITH their points on one line,
"一、组织建设（30分）". 序号 (FIRST column, numeric cells) runs 1..21 through the sheet, NOT restarting under the section rows. 考核内容 (`Row.text`) says what
is required; the 评分标准 (`Row.scoring`) comes BEFORE the 分值 (a plain number, FOURTH column); 考核方法 (`Row.method`) last names only ways of checking
("查阅资料", "实地查看", "个别访谈", "入户走访", "问卷测评", "系统抽查"), no papers. A 合计 row of 100 and a merged 备注 row close the sheet. Counts in figures
and Chinese numerals ("百分之五十", "每月召开1次", "每季度召开1次", "每年讲党课不少于1次", "每月固定", "年内…不少于1次", "每年召开一次", "年内…不少于1名",
"不低于百分之五十", "按月", "每年…核定一次", "每半年…公布一次", "每人每年…不少于32学时", "每季度…一次", "每月至少联系一次", "100%", "每人每年…不少于2次",
"不少于2家", "“七一”、春节", "每周开放不少于6天", "每月…不少于1次", "百分之九十五以上", "每月…不少于1次", "每季度召开一次", "年内…不少于4件", "不少于3件",
"100%", "年底", "百分之九十以上", "每半年…一次", "年初", "每季度…一次", "每季度公开一次", "年初", "年底", "年底", "年底"); deduction-only lines with "每例"
throughout; "最高扣" caps; bands of the 年底 满意率 (all 5 points, closed by "85%以下的不得分"); "每低5个百分点" twice and "每低1个百分点" once; "酌情扣
0.5-1分" twice and "酌情扣0.5分" once; three "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table


def _row(text: str, scoring: str, points: float, how: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 评分标准, 分值, 考核方法."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzzl_yiyang_taohualun_jiedao_shequ_zhibu_xlsx",
    fmt="xlsx",
    title="益阳市赫山区桃花仑街道党工委2025年度社区党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织建设", "一、组织建设（30分）", 30, (
            _row("社区党支部委员会按期换届，委员职数配备到位；社区“两委”成员交叉任职比例不低于百分之五十；支部书记通过法定程序担任社区居委会主任。",
                 "未按期换届的扣2分；交叉任职比例低于50%的扣1分；书记未实行“一肩挑”的扣1分。", 4,
                 "查阅资料"),
            _row("严格落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；支部书记每年讲党课不少于"
                 "1次。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；会议记录不规范的，每例扣0.2分，最高扣1分。", 7,
                 "查阅资料"),
            _row("每月固定开展主题党日活动，做到有主题、有计划、有记录；年内组织党员到益阳市烈士公园、周立波故居等红色教育基地开展现场学习不少于1次。",
                 "主题党日每少1次扣0.3分，最高扣2.5分；活动无计划或无记录的，每例扣0.2分，最高扣1分；未开展红色教育现场学习的扣1.5分。", 5,
                 "查阅资料"),
            _row("每年召开一次组织生活会，会前开展谈心谈话，党员人人撰写发言提纲；会后开展民主评议党员，评定等次报街道党工委备案。",
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣1分；发言提纲每缺1份扣0.1分，最高扣1分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。",
                 6,
                 "查阅资料、个别访谈"),
            _row("年内发展党员或确定入党积极分子不少于1名，优先从网格员、志愿者、退役军人中培养；严格落实发展党员公示制度。",
                 "未发展党员也未确定入党积极分子的扣2分；发展对象、预备党员未公示的，每例扣1分；违反程序发展党员的，本项不得分。", 5,
                 "查阅资料"),
            _row("按小区、楼栋设置党小组，党小组长由党员骨干担任；楼栋长中党员比例不低于百分之五十。",
                 "党小组设置不合理的，酌情扣0.5-1分；楼栋长中党员比例每低5个百分点扣0.5分，最高扣1.5分。", 3,
                 "查阅资料、实地查看"),
        )),
        Section("党员管理", "二、党员管理（20分）", 20, (
            _row("党员按月足额交纳党费，每年按规定核定一次交纳基数；党费收缴情况每半年在支部内公布一次。",
                 "未按月交纳党费的，每例扣0.1分，最高扣1.5分；未核定交纳基数的扣1分；党费收缴情况未公布的，每例扣0.5分。", 4,
                 "查阅资料"),
            _row("党员每人每年参加集中学习培训不少于32学时；对年老体弱、行动不便的党员每季度送学上门一次。",
                 "学时不足的，每例扣0.2分，最高扣1.5分；送学上门每少1人次扣0.1分，最高扣1分。", 4,
                 "查阅资料、入户走访"),
            _row("建立流动党员管理台账，与外出流动党员每月至少联系一次；失联党员按规定排查处置。",
                 "无流动党员管理台账的扣1分；未按月联系的，每例扣0.1分，最高扣1分；失联党员排查处置不到位的，酌情扣0.5-1分。", 3,
                 "查阅资料"),
            _row("在职党员到社区报到率达到100%，每人每年参加社区志愿服务不少于2次；社区党支部与驻区单位党组织签订共建协议不少于2家。",
                 "报到率每低5个百分点扣0.5分，最高扣1.5分；在职党员志愿服务不足2次的，每例扣0.1分，最高扣1.5分；共建协议每少1家扣1分。", 5,
                 "查阅资料、系统抽查"),
            _row("“七一”、春节走访慰问老党员、生活困难党员；为党龄满50年的老党员按时颁发“光荣在党50年”纪念章。",
                 "走访慰问每少1人扣0.2分，最高扣1.5分；纪念章未按时颁发的，每例扣0.5分，最高扣1分。", 4,
                 "查阅资料、入户走访"),
        )),
        Section("服务群众", "三、服务群众（30分）", 30, (
            _row("社区党群服务中心每周开放不少于6天，落实首问负责、一次性告知、全程代办制度；设置党员先锋岗，党员亮身份服务。",
                 "开放时间不足的扣1分；制度每缺一项扣0.5分；未设置党员先锋岗的扣1分；群众反映服务态度差经查实的，每例扣0.5分。", 5,
                 "实地查看、查阅资料"),
            _row("网格员每月对网格内住户走访不少于1次，民情信息及时录入网格化服务管理平台；群众诉求按期办结率达到百分之九十五以上。",
                 "网格走访每少1次扣0.2分，最高扣1.5分；民情信息未及时录入的，每例扣0.1分，最高扣1分；按期办结率每低1个百分点扣0.3分，最高扣2分。", 5,
                 "系统抽查、入户走访"),
            _row("组建党员志愿服务队，每月开展志愿服务活动不少于1次；围绕“一老一小”开展结对帮扶，建立结对帮扶台账。",
                 "未组建党员志愿服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2分；无结对帮扶台账的扣1分；结对帮扶不落实的，每例扣0.2分，最高扣1分。", 5,
                 "查阅资料、入户走访"),
            _row("在物业小区推行“党支部+业委会+物业服务企业”协同治理，每季度召开一次联席会议；年内协调解决小区环境卫生、停车、管网改造等问题不少于4件。",
                 "联席会议每少1次扣0.5分，最高扣2分；协调解决问题每少1件扣0.5分；因小区矛盾处置不力引发群体性上访的，本项不得分。", 5,
                 "查阅资料、实地查看"),
            _row("通过党员大会、居民议事会征集确定年度民生实事项目不少于3件，完成率达到100%，办理结果向居民公示。",
                 "民生实事项目每少1件扣0.5分；项目未完成的，每件扣0.5分；办理结果未公示的扣1分。", 5,
                 "查阅资料、实地查看"),
            _row("年底由街道党工委组织居民代表对社区党支部开展满意度测评，满意率达到百分之九十以上。",
                 "满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", 5,
                 "问卷测评"),
        )),
        Section("党风廉政和基础工作", "四、党风廉政和基础工作（20分）", 20, (
            _row("每半年专题研判一次意识形态工作；社区宣传栏、电子屏、居民微信群落实专人管理，全年无发布不当言论、传播不实信息问题。",
                 "研判每少1次扣1分；宣传阵地未落实专人管理的扣0.5分；发布不当信息造成不良影响的，每例扣1分。", 4,
                 "查阅资料、实地查看"),
            _row("支部书记年初与街道党工委签订党风廉政建设责任书；每季度开展一次廉政教育；社区居务、财务每季度公开一次；社区“两委”成员廉洁履职。",
                 "未签订责任书的扣1分；廉政教育每少1次扣0.5分；居务、财务公开每少1次扣0.5分，最高扣1.5分；社区“两委”成员受到党纪政务处分的，本项不得分。",
                 6,
                 "查阅资料"),
            _row("年初制定支部年度工作计划，年底形成年度工作总结；支部书记年底向街道党工委述职，接受党员群众评议。",
                 "缺计划或总结的，每例扣1分；书记未述职的扣1.5分；述职评议“好”等次比例低于70%的扣0.5分。", 5,
                 "查阅资料"),
            _row("党建工作台账分类建档，“三会一课”、主题党日、党费收缴等资料年底装订归档；全国党员管理信息系统信息及时维护。",
                 "台账分类不规范的，酌情扣0.5分；年底未归档的扣1分；系统信息错误的，每例扣0.1分，最高扣1分。", 5,
                 "查阅资料、系统抽查"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分标准", "分值", "考核方法"]
NOTE = ("备注：1.本表由街道党工委于12月下旬组织考核，党建办牵头，社会事务办、综治中心、街道纪工委参加，以2025年1月1日至考核之日形成的资料为准；"
        "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，"
        "70分以下的为“差”，考核结果与社区工作者绩效考核挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "社区党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    left = Alignment(horizontal="left", vertical="center")
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：桃花仑街道各社区党支部", ncols)
    xlsx_line(ws, "社区：              考核组：              考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        ws.cell(ws.max_row, 1).alignment = left
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.scoring, row.points, row.method])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (6, 52, 52, 6, 16))
    wb.save(str(path))
