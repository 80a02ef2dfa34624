"""北海救助局烟台救助基地党委2025年度救助船舶党支部考核评分表 (.xlsx), as the 党委 of the 烟台救助基地 of the 交通运输部 北海救助局 in 山东 (its
党群工作部 with the 船舶技术部, the 安全管理部, the 救助值班室 and the 纪检 委员, a 考核组 going aboard each 救助船 at the 烟台港 berth and the 长岛 and
龙口 standby points in the first half of January, between two 大风 warnings, when the 渤海海峡 is grey and rough, the 冬季 待命 is at its hardest and the
crews of the 轮休 are home for the 春节 only in turns) scores the 党支部 of its 救助船舶: the big 救助船 whose 船长 and 政委 share the 支部, whose
党员 are 驾驶员, 轮机员 and 水手 on a 24小时 watch and a 30分钟 readiness, the 救助队 whose 党员 go down the 吊笼 and into the water, the crews who are
at sea or 轮休 half the year and can meet only on the ship or on a video line: a sheet whose 考核标准 prints what the 支部 must have done, whose 扣分
办法 takes points off one clause at a time (scoring the 人命救助成功率 in bands and the 练兵效果 by 好/较好/一般, the 年底 满意率 "每低1个百分点"), whose
考核方式 says how the 考核组 looks, and under whose 合计 a 加分项 block: 政治建设 (the “第一议题”, a monthly 集中学习 and 32学时; a quarterly 思想动态分析,
the 重点关注, the 先审后发 and a 一票否决; the 保密 and no 处分), 组织建设 (the “支部建在船上”, the 交叉任职 and the 临时党小组; the “三会一课” on board
or by video and the 书记's two 党课; the monthly 主题党日, the 实践 and the 参加率; the 组织生活会, the 谈心谈话, the 征求意见, the 民主评议 and the 备案;
one 积极分子, a quarterly 谈话 and the 公示; 党费 按月 with a quarterly 公示), 救助保障 (the 24小时 值守, the 30分钟 and the 值班记录; the 突击队, the
出动率 and the 成功率 in bands; a monthly 安全检查, the 整改率, six 演练 and a 一票否决; a quarterly 比武 or 培训, the 持证上岗率 and the 练兵效果 graded;
the 志愿服务队, four 志愿服务 and the 宣传) and 基础保障 (a quarterly 谈心谈话, the 家属联系台账 and the “七一”、春节 慰问; two 共建协议 and two 联合演练;
the 品牌, the 年初 计划, the 年底 总结 and the 年底 述职; the 年底 满意率).

A merged title row, a merged "考核对象：基地所属救助船舶党支部、救助队党支部" line and a merged "党支部：    考核人：    考核日期：" line above the header
序号 | 考核项目 | 考核标准 | 分值 | 扣分办法 | 考核方式 | 得分. Each category is a SECTION ROW merged across the sheet, printed WITHOUT an ordinal and WITH
its points on one line, "政治建设（15分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.4"). 考核项目 is a short name
(`Row.indicator`); 考核标准 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 扣分办法 (`Row.scoring`); 考核方式 (`Row.method`) names
ways of checking only (查阅资料, 网络学院查询, 个别谈话, 网络巡查, 纪检部门认定, 系统查询, 查阅值班记录, 电话抽查, 指挥中心数据核对, 现场查看, 现场抽考,
电话回访, 问卷测评), no papers; 得分 is blank. A 合计 row of 100, then UNDER it a 加分项 block: a section row "加分项（最高加5分）" merged across the
sheet and three rows numbered 1..3 (考核项目, 加分内容 in the 考核标准 column, the most it adds in the 分值 column, 加分办法 in the 扣分办法 column; not in
`sections`), then a merged 说明 row. Counts in figures and Chinese numerals, nearly all in the 考核标准 ("每月组织一次", "每人每年…不少于32学时", "每季度
开展一次", "全年", "全年", "3名以上", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每月
开展一次", "不低于百分之八十", "每年召开一次", "年内…不少于1名", "每季度…谈话一次", "不少于5个工作日", "按月", "每季度公示一次", "24小时", "30分钟内",
"100%", "不低于百分之九十", "每月开展一次", "100%", "全年…不少于6次", "全年", "每季度组织一次", "100%", "年内…不少于4次", "每季度…不少于1次", "“七一”、
春节", "不少于2个", "年内…不少于2次", "年初", "年底", "年底", "年底", "不低于百分之九十"); "最高扣" caps; bands of the 人命救助成功率 (3 of the 8 points,
closed by "70%以下的不得分"); the 练兵效果 graded "好的得2分，较好的得1分，一般的不得分"; "酌情扣0.5-1分" six times and "酌情扣1分" once; two "实行一票
否决，本项不得分"; one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(label: str, text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the sheet prints it: 考核项目, 考核标准, 分值, 扣分办法, 考核方式."""
    return Row(text, points, scoring, how, indicator=label)


TABLE = Table(
    name="zzzzw_beihai_jiuzhuju_yantai_jidi_chuanbo_zhibu_xlsx",
    fmt="xlsx",
    title="北海救助局烟台救助基地党委2025年度救助船舶党支部考核评分表",
    numbering="restart",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            _row("理论学习",
                 "落实“第一议题”制度，船舶党支部每月组织一次集中学习，在航期间利用船上学习室组织学习；党员每人每年参加学习培训不少于32学时。", 5,
                 "“第一议题”制度未落实的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分。", "查阅资料、网络学院查询"),
            _row("思想动态",
                 "每季度开展一次船员思想动态分析，对长期在航、家庭困难船员重点关注；船舶微信群、对外宣传信息先审后发；全年不发生意识形态领域问题。", 5,
                 "分析每少1次扣0.5分，最高扣2分；重点关注不到位的，酌情扣0.5-1分；信息未经审核发布的，每次扣0.5分，最高扣1分；发生意识形态问题造成不良"
                 "影响的，实行一票否决，本项不得分。", "查阅资料、个别谈话"),
            _row("纪律保密",
                 "严守保密纪律，救助任务信息、涉外船舶信息不违规对外发布；党员全年无违纪违法行为。", 5,
                 "违规发布涉密、敏感信息的，每次扣2分；党员受到党纪政务处分的，本项不得分。", "网络巡查、纪检部门认定"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            _row("支部设置",
                 "坚持“支部建在船上”，船员党员3名以上的船舶单独建立党支部，船长、政委交叉任职；船员轮休期间按居住片区设立临时党小组。", 4,
                 "应建未建的扣2分；未交叉任职的扣1分；轮休党员未纳入党小组管理的，酌情扣0.5-1分。", "查阅资料"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；在航期间在船召开，轮休党员可视频参加；支部书记每年讲"
                 "党课不少于2次。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；会议记录不规范的，酌情扣0.5-1分。", "查阅资料"),
            _row("主题党日",
                 "每月开展一次主题党日，结合“海上救助为人民”开展岗位练兵、安全隐患排查等实践活动；党员参加率不低于百分之八十，在航、轮休党员线上参加的"
                 "计入。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.5分，最高扣1.5分；活动流于形式的，酌情扣0.5-1分。", "查阅资料"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话、征求船员意见；会后开展民主评议党员，评议结果报基地党委备案。", 5,
                 "未召开组织生活会的扣2分；未谈心谈话或未征求意见的扣1分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。", "查阅资料、个别谈话"),
            _row("发展党员",
                 "年内从青年船员、救助队员中确定入党积极分子不少于1名，培养联系人每季度与积极分子谈话一次；发展对象公示不少于5个工作日。", 4,
                 "未确定积极分子的扣1分；谈话每少1次扣0.3分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。", "查阅资料"),
            _row("党费收缴",
                 "党员按月交纳党费，在航期间可委托代交或线上交纳；党费收缴情况每季度公示一次。", 4,
                 "未按月交纳的，每人次扣0.2分，最高扣2分；公示每少1次扣0.5分。", "查阅资料、系统查询"),
        )),
        Section("救助保障", "救助保障（35分）", 35, (
            _row("值守待命",
                 "严格落实24小时应急值守制度，救助船舶保持接警后30分钟内出动的待命状态；党员干部带头值班，值班记录完整。", 7,
                 "值守脱岗的，每次扣1分，最高扣3分；接警后未按时出动的，每次扣2分；值班记录不完整的，酌情扣0.5-1分。", "查阅值班记录、电话抽查"),
            _row("救助任务",
                 "组建党员突击队，在人命救助、船舶救助任务中冲锋在前；救助任务出动率达到100%，人命救助成功率不低于百分之九十。", 8,
                 "未组建突击队的扣1分；出动率每低1个百分点扣1分，最高扣3分；人命救助成功率90%以上的得3分，80%（含）—90%的得2分，70%（含）—80%的得"
                 "1分，70%以下的不得分；党员作用发挥不明显的，酌情扣1分。", "查阅资料、指挥中心数据核对"),
            _row("安全管理",
                 "每月开展一次船舶安全检查，隐患整改率达到100%；全年组织弃船、消防、人员落水等应急演练不少于6次；全年不发生等级以上责任事故。", 8,
                 "安全检查每少1次扣0.3分，最高扣2分；整改率每低1个百分点扣0.3分，最高扣2分；演练每少1次扣0.5分，最高扣2分；发生等级以上责任事故的，"
                 "实行一票否决，本项不得分。", "查阅资料、现场查看"),
            _row("岗位练兵",
                 "开展“党员技术能手”岗位练兵，每季度组织一次技能比武或业务培训；党员船员持证上岗率达到100%。", 6,
                 "比武或培训每少1次扣0.5分；持证上岗率每低1个百分点扣0.5分，最高扣2分；练兵效果由考核组评定，好的得2分，较好的得1分，一般的不得分。",
                 "查阅资料、现场抽考"),
            _row("安全宣传",
                 "组建党员志愿服务队，年内开展“海上安全进渔村、进校园”志愿服务不少于4次，向渔民、游客发放安全宣传资料。", 6,
                 "未组建服务队的扣1分；志愿服务每少1次扣0.5分，最高扣2分；宣传效果不明显的，酌情扣0.5-1分。", "查阅资料、电话回访"),
        )),
        Section("基础保障", "基础保障（20分）", 20, (
            _row("关心关爱",
                 "支部委员每季度与每名船员党员谈心谈话不少于1次；建立船员家属联系台账，“七一”、春节走访慰问在航船员家属和困难党员。", 6,
                 "谈心谈话每少1人次扣0.1分，最高扣2分；无家属联系台账的扣1分；慰问每少1户扣0.2分，最高扣2分。", "查阅资料、个别谈话"),
            _row("结对共建",
                 "与地方海事、渔业社区党组织签订共建协议不少于2个，年内开展联合搜救演练或共建活动不少于2次。", 5,
                 "共建协议每少1个扣1分；联合演练或共建活动每少1次扣1分。", "查阅资料"),
            _row("品牌述职",
                 "打造“蓝海先锋”船舶党建品牌；年初制定支部工作计划，年底形成工作总结；支部书记年底向基地党委述职。", 5,
                 "未打造品牌的扣1分；缺计划或总结的，每项扣1分；未述职的扣2分。", "查阅资料"),
            _row("船员评价",
                 "年底由基地党委组织船员对支部工作开展满意度测评，满意率不低于百分之九十。", 4,
                 "满意率低于90%的，每低1个百分点扣0.5分，最高扣4分。", "问卷测评"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核标准", "分值", "扣分办法", "考核方式", "得分"]
BONUS_HEAD = "加分项（最高加5分）"
BONUS = (
    ("1", "表彰奖励", "船舶、支部或党员获得省部级以上表彰，或支部被评为交通运输部“先进基层党组织”的。", 2, "每项加1分。", "查阅表彰文件"),
    ("2", "救助功绩", "党员在重大海上救助任务中表现突出，受到北海救助局以上通报表扬的。", 2, "每人次加0.5分。", "查阅通报文件"),
    ("3", "经验推广", "支部党建工作经验被北海救助局以上推广的。", 1, "每项加0.5分。", "查阅推广文件"),
)
NOTE = ("说明：1.本表由基地党委于次年1月上旬组织考核，党群工作部牵头，船舶技术部、安全管理部、救助值班室参加，以2025年1月1日至12月31日形成的资料"
        "为准；2.各项扣分以该项分值为限，扣完为止；扣分办法列明得分档次或等次的，按档次、等次计分；3.出动率、人命救助成功率以北海救助局指挥中心"
        "统计数据为准，责任事故由基地安全管理部认定；4.考核得分（含加分）90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为"
        "“差”，考核结果与船舶年度绩效和支部书记评先评优挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "船舶党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：基地所属救助船舶党支部、救助队党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([i, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_line(ws, BONUS_HEAD, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for number_text, label, text, most, rule, how in BONUS:
        ws.append([number_text, label, text, most, rule, how, None])
        for c in (2, 3, 5, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (6, 12, 50, 6, 52, 18, 7))
    wb.save(str(path))
