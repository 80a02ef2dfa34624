"""安阳市文物考古研究所2025年度党支部工作考核评分表 (.xlsx), as the 所党总支 of the 文物考古研究所 of 河南 安阳 (its 党总支办公室 with the
办公室, the 财务室 and the 市文物局 派驻 纪检组, a 考核组 in December) scores the 党支部 of its 田野考古部, its 文物保护部 and its 综合办: a
city that sits on the 殷墟, the last capital of the 商, with the 曹操高陵 at 西高穴 and the 城市建设 that must wait for the 考古 before the
land is sold (“先考古、后出让”), the 勘探 teams that drill a hundred thousand holes a year on the 建设用地, the 发掘 工地 where the 党员 领队
live in tents beside the 探方 from spring to winter, the 出土文物 that must be registered the same day and carried to the 库房 under two locks,
the 盗墓 gangs that come at night, the 发掘报告 that wait for years, the 公众考古 days when the children come to the 工地: 政治建设 (a monthly
集中学习 with 40学时 and the 工地's 同步学习 and the “第一议题”, a half-yearly 研判 with the 审核 of each 发布, the 书记's two 党课 with a yearly
现场教学 and the “七一” 誓词), 组织建设 (the “三会一课” with the 临时党小组 of the 工地 and no 补记, the monthly 主题党日 with the 参加率 and two
主题党日 a year on the 遗产日, the 组织生活会 with the 民主评议, 征求意见, 谈心谈话 and the 整改措施, one 积极分子 a year and "每两年至少发展党员
1名" with 党费 and a half-yearly 公示, the 换届, the “双带头人” and the 分工), 业务融合 (the 勘探 with the 按期完成率 and a 一票否决, the 先锋岗
of each 发掘 with the same-day 登记 and the 移交率, the 值守 with a monthly 安全检查, the 双人双锁, the 完好率, a yearly 演练 and a 一票否决,
one 发掘报告 a year with one 论文 a head and four 公众考古 活动, the “绿色通道” 台账 with the 30个工作日 and the 满意度 in bands) and 作风建设
(a yearly 警示教育 with the 收费标准 公示, the 签字 and a quarterly 公示 of the 劳务费, the 年初 计划 with the 责任书, the 半年工作总结, the 年底
述职 with the 满意度 and the 年终 总结, a deduction-only line on 插手 and 谋利).

A merged title row and a merged "考核对象：所党总支所属田野考古部、文物保护部、综合办党支部" line above the header 一级指标 | 二级指标 | 考核内容
| 分值 | 考核细则 | 考核方式 | 得分. There is NO 序号: items are numbered by position (1..16). The categories are MERGED CELLS down the 一级指标
column (FIRST), printed WITHOUT an ordinal and WITH their points on one line, "政治建设（16分）". 二级指标 is a short sub-label (`Row.indicator`).
The 考核内容 is long, every requirement printed there; the 考核细则 is short, one deduction a clause, mostly without repeating the figure
("集中学习每少1次扣0.3分"). 分值 is a plain number BEFORE the 考核细则. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料,
抽查学时, 个别谈话, 查阅会议记录, 实地查看, 查阅档案, 查阅台账, 系统核查, 问卷测评, 查阅账目, 市文物局派驻纪检组提供): no papers. 得分 is
blank. A 合计 row of 100 and a merged 备注 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月开展一次",
"每年…不少于四十学时", "每半年专题研判一次", "每年讲党课不少于两次", "每年组织…一次", "“七一”", "支部委员会每月召开1次，支部党员大会每季度
召开1次，党小组会每月召开1次，党课每季度1次", "3人以上", "每月开展一次", "每年不少于2次", "每年召开一次", "年内…不少于1名", "每两年至少发展
党员1名", "按月", "每半年公示一次", "按期", "当日", "24小时", "每月开展一次", "每年组织一次", "年内…不少于1项", "每人每年…不少于1篇", "全年
不少于4次", "30个工作日", "每年开展一次", "每季度公示一次", "年初", "7月", "年底", "年终"); "不少于1名"; "百分之八十五", "百分之九十五",
"百分之九十", "100%"; "缺一项扣0.2分" once; "最高扣" caps; "酌情扣0.5分" once, "酌情扣0.5-1分" three times, "酌情扣1-2分" once and "酌情扣1分"
once; one set of bands (a 满意度 for 3 of the 7 points closed by "80%以下的不得分"); two "实行一票否决，本项不得分"; seven other plain "本项不
得分"; one line is deduction-only.
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

TABLE = Table(
    name="zzzu_anyang_wenwu_kaogu_suo_zhibu_xlsx",
    fmt="xlsx",
    title="安阳市文物考古研究所2025年度党支部工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设（16分）", 16, (
            Row("落实“第一议题”制度，深入学习习近平总书记关于考古工作和文化遗产保护的重要论述；支部每月开展一次集中学习；党员每年参加学习培训"
                "不少于四十学时；田野考古工地党员通过线上方式同步学习。", 5,
                "集中学习每少1次扣0.3分，最高扣1.5分；学时不足的每人扣0.1分，最高扣1分；工地党员未同步学习的，酌情扣0.5分；“第一议题”学习后"
                "未研究贯彻措施的，每次扣0.2分。", "查阅资料、抽查学时", indicator="理论武装"),
            Row("落实意识形态工作责任制，每半年专题研判一次；考古发现、研究成果对外发布严格履行审核程序；不擅自发布未经批准的考古信息。", 5,
                "研判每少1次扣1分；对外发布未履行审核程序的，每次扣1分；擅自发布考古信息造成不良影响的，本项不得分。", "查阅资料、个别谈话",
                indicator="意识形态"),
            Row("支部书记每年讲党课不少于两次；每年组织党员到红旗渠纪念馆或殷墟宫殿宗庙遗址开展一次现场教学；“七一”组织党员重温入党誓词。", 6,
                "书记讲党课每少1次扣1分；未开展现场教学的扣1分；未重温入党誓词的扣1分；教育活动无照片的扣0.5分；内容与文物考古工作结合不紧密"
                "的，酌情扣0.5-1分。", "查阅资料", indicator="党性教育"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；田野考古工地"
                "党员3人以上的成立临时党小组，随工地开展组织生活。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；党员3人以上的考古工地未成立临时党小组的，每个扣1分；会议记录不规范的，酌情扣0.5-1分；发现"
                "补记、代签的，本项不得分。", "查阅会议记录、实地查看", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，党员参加率不低于百分之八十五；结合“国际博物馆日”“文化和自然遗产日”开展公众考古、文物保护宣传等主题"
                "党日活动每年不少于2次。", 6,
                "主题党日每少1次扣0.4分；参加率每低5个百分点扣0.3分，最高扣1分；结合业务开展的主题党日每少1次扣0.5分；活动方案、签到表、照片缺"
                "一项扣0.2分，最高扣1分。", "查阅资料", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前广泛征求意见，支委之间、支委与党员之间开展谈心谈话；会后制定整改措施并抓好落实。",
                6,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；无整改措施或整改不落实的扣"
                "1分。", "查阅会议记录、个别谈话", indicator="组织生活会"),
            Row("注重在青年考古业务骨干中发展党员，年内确定入党积极分子不少于1名，每两年至少发展党员1名；党员按月交纳党费；每半年公示一次党费"
                "收缴情况。", 5,
                "未确定积极分子的扣1分；两年内未发展党员的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；违反程序发展"
                "党员的，本项不得分。", "查阅档案、查阅台账", indicator="党员队伍"),
            Row("支部按期换届；支部委员中具有副高级以上专业技术职称的不少于1名；支部书记由业务骨干担任，落实“双带头人”培育；支部委员分工明确。",
                5,
                "未按期换届的扣2分；支部书记不是“双带头人”的扣1分；无分工文件的扣0.5分；班子不团结、影响工作的，酌情扣1-2分。",
                "查阅资料、个别谈话", indicator="支部班子"),
        )),
        Section("业务融合", "业务融合（38分）", 38, (
            Row("落实“先考古、后出让”制度，对建设用地考古调查勘探做到应勘尽勘；党员带头承担重点项目勘探任务；勘探报告在规定时限内出具，按期"
                "完成率达到百分之九十五。", 8,
                "应勘未勘的，每宗扣1分；按期完成率每低1个百分点扣0.3分，最高扣2分；勘探质量问题被上级文物部门通报的，每次扣1分；因失职造成地下"
                "文物遭受破坏的，实行一票否决，本项不得分。", "查阅台账、系统核查", indicator="考古勘探"),
            Row("每个发掘项目设立“党员先锋岗”，党员领队带头驻守工地；发掘日记、记录、影像、测绘资料及时整理归档；出土文物当日登记，按规定"
                "移交入库，移交率100%。", 8,
                "未设立党员先锋岗的，每个项目扣0.5分；发掘资料整理归档不及时的，酌情扣0.5-1分；出土文物未当日登记的，每次扣0.5分；移交率每低1个"
                "百分点扣1分；出土文物丢失、损毁的，本项不得分。", "实地查看、查阅档案", indicator="田野发掘"),
            Row("殷墟、曹操高陵等考古工地落实24小时安全值守；每月开展一次工地和库房安全检查；库房实行双人双锁管理，安防、消防设施完好率100%；"
                "每年组织一次库房消防演练。", 7,
                "值守不落实的，每次扣0.5分；安全检查每少1次扣0.3分，最高扣1.5分；未落实双人双锁的扣1分；设施完好率每低5个百分点扣0.5分；未组织"
                "消防演练的扣1分；发生文物被盗、火灾等安全事故的，实行一票否决，本项不得分。", "实地查看、查阅台账", indicator="文物安全"),
            Row("组建党员科研攻关小组，年内完成考古发掘报告或专题研究成果不少于1项；党员专业技术人员每人每年发表学术论文或撰写考古简报不少于"
                "1篇；支部牵头开展“考古成果进校园、进社区”公众考古活动全年不少于4次。", 8,
                "未完成发掘报告或研究成果的扣2分；论文、简报不足的，每人扣0.3分，最高扣1.5分；公众考古活动每少1次扣0.5分；活动无照片的扣0.3分；"
                "考古资料积压、整理出版滞后被上级通报的，酌情扣1分。", "查阅资料", indicator="研究阐释"),
            Row("主动对接城市建设和重点项目，建立考古服务“绿色通道”台账；考古前置工作办结时限不超过30个工作日；服务对象满意度不低于百分之九十。",
                7,
                "未建立“绿色通道”台账的扣1分；办结超时的，每宗扣0.5分，最高扣2分；满意度90%以上的得3分，85%（含）—90%的得2分，80%（含）—85%的"
                "得1分，80%以下的不得分；存在吃拿卡要、故意刁难建设单位问题的，本项不得分。", "查阅台账、问卷测评", indicator="服务大局"),
        )),
        Section("作风建设", "作风建设（16分）", 16, (
            Row("每年开展一次廉政警示教育；考古勘探费用收取严格执行标准，收费标准公示；民工劳务费发放实行本人签字确认，每季度公示一次。", 6,
                "未开展警示教育的扣1分；收费标准未公示的扣1分；劳务费发放无本人签字确认的扣1分；劳务费公示每少1次扣0.3分；党员违反中央八项规定"
                "精神或私自收藏、买卖文物的，本项不得分。", "查阅资料、查阅账目", indicator="廉洁从业"),
            Row("年初制定支部年度工作计划，与所党总支签订党建工作责任书；7月报送半年工作总结；年底支部书记抓党建述职评议，满意度不低于百分之"
                "八十五；年终形成工作总结并归档。", 6,
                "无年度计划的扣1分；未签订责任书的扣0.5分；未报送半年工作总结的扣0.5分；未述职评议的扣1.5分；满意度低于85%的扣1分；无年终总结的"
                "扣1分。", "查阅资料、问卷测评", indicator="责任落实"),
            Row("党员干部违规插手考古勘探、发掘项目，或利用职务便利为建设单位、个人谋取利益（本项为扣分项）。", 4,
                "每发现1起扣2分；受到党纪政务处分的，本项不得分。", "市文物局派驻纪检组提供", indicator="纪律底线"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核内容", "分值", "考核细则", "考核方式", "得分"]
NOTE = ("备注：本表由所党总支于12月组织考核，采取查阅资料、实地查看、个别谈话、问卷测评相结合的方式进行，各项扣分以该项分值为限，扣完为止；"
        "田野考古工地党员的组织生活以临时党小组记录为准；考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，"
        "考核结果作为评选“四强”党支部和党员年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：所党总支所属田野考古部、文物保护部、综合办党支部", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 52)
    xlsx_widths(ws, (12, 11, 46, 6, 48, 14, 7))
    wb.save(str(path))
