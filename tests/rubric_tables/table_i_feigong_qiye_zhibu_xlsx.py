"""滨江高新区两新工委2026年度非公企业党支部“双强六好”考核评分表 (.xlsx), as a park's 两新组织党工委 sends it to the
Party branches of the private firms it looks after.

A merged title row and a merged "企业名称（盖章）：… 党支部书记：… 党员人数：… 考核时间：…" row above the header
一级指标 | 二级指标 | 考核要点 | 分值 | 评分细则 | 佐证材料. There is no 序号 column (the importer numbers items by
position). 一级指标 (the category, one of the “六好”) is merged down its rows and printed with its ordinal and, on a
second line, its points ("一、班子建设好\\n（15分）"); 二级指标 is a short label per row (`Row.indicator`: "党组织覆盖",
"出资人支持", "党员先锋岗", "党建带群建" …); 考核要点 the sentences of what the branch must do, in a firm's words
(出资人、企业管理层、班前班后、技能比武、攻关小组、产值（营业收入）、劳动合同签订率、职工诉求); 评分细则 the rules (per-unit
and fixed deductions, "最多扣N分", "扣0.5—1分", "各扣1.5分", "本项不得分", "实行一票否决，本项不得分", a bare "一票否决",
score-gaining parts "…的得2分" and two band lists, one of 产值增长 and one of 职工满意度); 佐证材料 (`Row.method`) names
the papers the branch hands in, or a way of checking ("现场查看"). A 合计 row and a merged 说明 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_line, xlsx_merge_down, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table, _fmt  # noqa: F401

TABLE = Table(
    name="i_feigong_qiye_zhibu_xlsx",
    fmt="xlsx",
    title="滨江高新区两新工委2026年度非公企业党支部“双强六好”考核评分表",
    numbering="position",
    sections=(
        Section("班子建设好", "一、班子建设好\n（15分）", 15, (
            Row("有正式党员3名以上的企业单独建立党支部，不足3名的通过联合组建、挂靠组建等方式实现党的组织覆盖；党支部每届"
                "任期3年，任期届满按期换届，换届前向两新工委书面请示。", 5,
                "未实现党的组织覆盖的，本项不得分；未按期换届的扣2分；无换届请示、批复的扣1分。",
                "换届请示及批复", "党组织覆盖"),
            Row("党支部书记一般由企业中层以上管理人员中的党员担任，支部委员会由3至5人组成、分工明确；党支部书记每年参加"
                "区级以上党务培训不少于3天。", 5,
                "书记人选不符合要求的扣1分；委员分工不明确的扣1分；书记培训时间不足3天的扣1分。",
                "支委分工文件、培训证明", "书记和班子"),
            Row("出资人（企业主要负责人）重视支持党建工作，为党组织开展活动提供场地、经费和时间保障；党组织书记列席企业管理层"
                "重要会议，企业重大决策前听取党组织意见。", 5,
                "出资人不支持、党组织活动无法正常开展的，本项不得分；党组织书记未列席企业重要会议的扣1分；重大决策未听取"
                "党组织意见的，发现一次扣0.5分。",
                "列席会议记录", "出资人支持"),
        )),
        Section("党员队伍好", "二、党员队伍好\n（20分）", 20, (
            Row("严格落实“三会一课”制度，支部党员大会每季度召开1次，支委会每月召开1次，党课每季度1次，可结合企业生产经营"
                "特点利用班前班后、午休等时间灵活开展，党员到会率不低于80%。", 6,
                "会议每少开1次扣0.5分；党课每少1次扣0.5分；到会率低于80%的扣1分；会议记录不规范的扣0.5—1分。",
                "会议记录本、签到表", "三会一课"),
            Row("每月开展1次主题党日活动，结合企业实际开展技能比武、安全生产宣讲、岗位练兵等活动，全年不少于12次。", 4,
                "每少1次扣0.3分。",
                "活动方案、活动照片", "主题党日"),
            Row("每季度至少组织党员集中学习1次，党员年度集中学习培训累计不少于32学时；组织党员用好“学习强国”等平台开展"
                "自学。", 4,
                "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最多扣1.5分。",
                "学习记录、学时登记表", "党员教育"),
            Row("每年召开1次组织生活会，会前开展谈心谈话，会上开展批评和自我批评，同步开展民主评议党员。", 3,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；无谈心谈话记录的扣0.5分。",
                "会议记录、民主评议测评表", "组织生活会"),
            Row("注重从生产经营骨干、技术能手、青年职工中发展党员，每年至少培养1名入党积极分子，每两年至少发展1名党员。", 3,
                "年内无入党积极分子的扣1分；两年内未发展党员的扣2分。",
                "发展党员档案", "发展党员"),
        )),
        Section("作用发挥好", "三、作用发挥好\n（20分）", 20, (
            Row("开展党员“亮身份、当先锋”活动，在生产一线、关键岗位设立党员先锋岗、党员责任区，设岗率达到80%以上，党员在岗"
                "佩戴党徽。", 6,
                "未设立党员先锋岗的扣3分；设岗率每低10个百分点扣0.5分；党员在岗未佩戴党徽的，发现1人扣0.2分。",
                "先锋岗设岗名单、现场查看", "党员先锋岗"),
            Row("围绕企业生产经营难题，每年组建党员攻关小组或党员突击队不少于1个，年内完成技术革新、降本增效等攻关项目不少于"
                "2项。", 4,
                "未组建攻关小组或突击队的扣2分；攻关项目每少1项扣1分。",
                "项目立项及验收材料", "攻坚克难"),
            Row("党组织带动工会、共青团等群团组织建设，企业依法建立工会，青年职工较多的企业建立团组织；每半年召开1次党群工作"
                "联席会议，每年联合工会、团组织开展职工文体活动不少于2次。", 5,
                "未建立工会的扣2分；应建未建团组织的扣1分；联席会议每少1次扣0.5分；文体活动每少1次扣0.5分。",
                "工会、团组织成立文件，联席会议纪要，活动照片", "党建带群建"),
            Row("党员每年参加志愿服务或公益活动不少于2次；企业党组织与所在社区党组织结对共建，签订共建协议，每年开展共建活动"
                "不少于1次。", 5,
                "志愿服务每少1人次扣0.1分，最多扣2分；未签订共建协议的扣1分；未开展共建活动的扣1分。",
                "志愿服务记录、共建协议", "服务社会"),
        )),
        Section("工作机制好", "四、工作机制好\n（15分）", 15, (
            Row("建立健全党支部议事规则、党员教育管理、党费收缴使用管理等制度；党组织与企业管理层每季度至少开展1次双向"
                "沟通。", 5,
                "制度每缺1项扣1分；沟通每少1次扣0.5分。",
                "制度文本、沟通记录", "制度建设"),
            Row("党员按月足额交纳党费，建立党费收缴台账，每年向党员公示一次党费收缴情况。", 3,
                "欠交党费的，每人次扣0.2分；无收缴台账的扣1分；未公示的扣0.5分。",
                "党费收缴台账、公示截图", "党费管理"),
            Row("有相对固定的党组织活动场所，做到有标识、有党旗、有制度上墙；企业每年将党建工作经费纳入管理费用列支，有经费"
                "使用明细。", 4,
                "无固定活动场所的扣2分；标识、党旗、上墙制度每缺1项扣0.5分；无经费使用明细的扣1分。",
                "现场查看、经费使用明细", "阵地经费"),
            Row("年初制定党建工作计划并报两新工委备案，年终形成党建工作总结；党建工作与企业生产经营同部署、同考核。", 3,
                "无计划或总结的，各扣1.5分；党建工作未纳入企业内部考核的扣1分。",
                "年度计划、年度总结", "计划总结"),
        )),
        Section("发展业绩好", "五、发展业绩好\n（15分）", 15, (
            Row("企业生产经营状况良好，年度产值（营业收入）较上年增长5%以上，依法纳税、诚信经营，年内无重大安全生产事故和"
                "环境污染事件。", 8,
                "产值增长10%以上得5分，5%（含）—10%得3分，0—5%得1分，负增长不得分；有偷税漏税、严重失信记录的扣3分；"
                "发生重大安全生产事故或环境污染事件的，实行一票否决，本项不得分。",
                "企业年度财务报表、纳税证明", "企业发展"),
            Row("依法与职工签订劳动合同，劳动合同签订率达到100%，按时足额发放工资，依法为职工缴纳社会保险。", 4,
                "劳动合同签订率每低1个百分点扣0.2分；未依法缴纳社会保险的扣1分；因拖欠工资被劳动监察部门查处的，本项不得分。",
                "劳动合同台账、社保缴费凭证", "职工权益"),
            Row("党组织和企业积极争创各级先进，党建工作经验做法在区级以上媒体宣传推广。", 3,
                "获区级以上表彰的得2分；经验做法被区级以上媒体宣传报道的得1分。",
                "表彰文件、媒体报道截图", "创先争优"),
        )),
        Section("群众反映好", "六、群众反映好\n（15分）", 15, (
            Row("年底由两新工委组织职工对企业党组织工作开展满意度测评，职工满意度达到90%以上。", 6,
                "满意度90%以上得6分，80%（含）—90%得4分，70%（含）—80%得2分，低于70%不得分。",
                "满意度测评表", "职工满意度"),
            Row("党组织每季度至少召开1次职工座谈会，听取职工意见建议，建立职工诉求台账，诉求办结率达到90%以上。", 5,
                "座谈会每少1次扣0.5分；无诉求台账的扣1分；办结率低于90%的扣1分。",
                "座谈会记录、诉求台账", "职工诉求"),
            Row("企业劳动关系和谐，年内无因劳资纠纷引发的越级上访、群体性事件；党员无违纪违法问题。", 4,
                "发生越级上访的，每起扣2分；党员受到党纪政务处分的，每人扣1分；发生群体性事件的，一票否决。",
                "两新工委、人社部门提供情况", "和谐稳定"),
        )),
    ),
)

NOTE = ("说明：1.考核采取查阅资料、现场查看、职工访谈相结合的方式进行，各项扣分以该项分值为限，扣完为止；2.考核得分90分"
        "以上且无一票否决情形的，认定为“双强六好”非公企业党组织；3.佐证材料按二级指标顺序整理，装订成册，考核时一并提交。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    header = ["一级指标", "二级指标", "考核要点", "分值", "评分细则", "佐证材料"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "双强六好"
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), Alignment(horizontal="center", vertical="center", wrap_text=True))
    ws.row_dimensions[1].height = 40
    xlsx_line(ws, "企业名称（盖章）：                    党支部书记：              党员人数：      考核时间：2026年  月  日", ncols)
    ws.append(header)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    for c in range(1, ncols + 1):
        ws.cell(3, c).font = Font(name="黑体", bold=True)
        ws.cell(3, c).alignment = center
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, first, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, 6, center)
    thin = Side(style="thin")
    for r in range(3, ws.max_row + 1):
        for c in range(1, ncols + 1):
            ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    xlsx_line(ws, NOTE, ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[ws.max_row].height = 50
    xlsx_widths(ws, (13, 12, 52, 6, 48, 22))
    ws.freeze_panes = "A4"
    wb.save(str(path))
