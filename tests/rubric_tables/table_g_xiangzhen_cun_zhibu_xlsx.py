"""青石镇2026年度村党支部党建工作百分制考核表 (.xlsx), as a 镇党委 sends it to its 村党支部 for the year-end check.

A merged title row and a merged "考核单位：… 被考核村：… 村党支部书记：… 考核时间：…" row above the header
考核项目 | 序号 | 考核内容 | 分值 | 考核细则 | 得分. The 考核项目 (the category) comes first, merged down its rows and
printed on two lines ("班子建设\n（18分）"); 序号 runs 1..N through the categories. Rural wording throughout: 村“两委”,
“一肩挑”, 交叉任职, 后备干部, 软弱涣散整顿, “三会一课”, 每月5日主题党日, 冬春训, 积分制管理, 无职党员设岗定责,
党员联系户, “四议两公开”, 村务公开, 矛盾纠纷排查, 人居环境, 村规民约, 集体经济 (5万元), “六有” 阵地. 考核细则 mixes
fixed and per-unit deductions, caps ("最多扣4分"), ranges ("酌情扣1—2分", "扣0.5—1分"), "本项扣完为止", a veto
("实行一票否决，本项不得分") and bare 酌情扣分; the last category is a single 综合评价 row judged by the 镇党委 in
grades. 得分 is blank. A 合计 row, a merged 说明 row and a 考核组签字 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_line, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table, _fmt  # noqa: F401

TABLE = Table(
    name="g_xiangzhen_cun_zhibu_xlsx",
    fmt="xlsx",
    title="青石镇2026年度村党支部党建工作百分制考核表",
    numbering="printed",
    sections=(
        Section("班子建设", "班子建设\n（18分）", 18, (
            Row("村“两委”班子配备齐全，村党支部书记通过法定程序担任村委会主任，“两委”成员交叉任职比例达到50%以上；"
                "村党支部书记年龄原则上不超过55周岁，班子成员中至少有1名35周岁以下的年轻干部。", 5,
                "书记、主任“一肩挑”未落实的扣2分；交叉任职比例低于50%的扣1分；书记年龄超过55周岁的扣1分；无35周岁以下"
                "班子成员的扣1分。"),
            Row("村级后备干部每村不少于2名，其中35周岁以下的不少于1名；建立后备干部培养台账，每半年考察一次。", 4,
                "后备干部每少1名扣1分；无35周岁以下后备干部的扣0.5分；无培养台账的扣1分；考察每少一次扣0.5分，扣完为止。"),
            Row("村党支部书记年内参加县级以上集中培训不少于五天；每季度向镇党委书面报告一次抓党建工作情况；年底向镇党委"
                "述职，接受党员群众评议。", 4,
                "培训时间不足五天的扣1分；书面报告每少一次扣0.5分；未述职或未接受评议的扣2分。"),
            Row("列为软弱涣散村党组织的，制定“一村一策”整顿方案，镇领导班子成员包村联系，年内完成整顿并通过县委组织部"
                "验收；其他村党支部每年开展一次自查，建立问题整改清单。", 5,
                "无整顿方案的扣2分；年内未通过验收的扣3分；未开展自查或无整改清单的扣1分；被县委组织部通报批评的，"
                "本项不得分。"),
        )),
        Section("组织生活", "组织生活\n（24分）", 24, (
            Row("严格落实“三会一课”制度：支部委员会每月至少召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，"
                "党支部书记每年讲党课不少于1次，会议记录完整规范。", 7,
                "会议每少开一次扣0.5分，最多扣4分；书记未讲党课的扣1分；会议记录不完整、不规范的，酌情扣1—2分。"),
            Row("每月5日开展“支部主题党日”活动，全年不少于12次，做到有方案、有签到、有照片，外出党员可通过微信群线上"
                "参加。", 5,
                "每少开展1次扣0.5分；方案、签到、照片每缺一项扣0.2分，最多扣2分。"),
            Row("每年召开一次专题组织生活会，开展批评和自我批评，同步开展民主评议党员，评议结果报镇党委备案。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；评议结果未报备的扣0.5分。"),
            Row("每年组织党员开展冬春训，农村党员集中培训累计不少于24学时，参训率达到百分之九十以上，因病因事未参训的"
                "及时安排补训。", 4,
                "未组织冬春训的本项不得分；培训学时不足的扣1分；参训率每低5个百分点扣0.5分；未安排补训的扣0.5分。"),
            Row("严格发展党员标准和程序，注重从青年农民、返乡创业人员中发展党员，每两年至少发展1名，入党积极分子每半年"
                "考察一次。", 4,
                "两年内未发展党员的扣2分；考察记录每缺一次扣0.5分；发展程序违规的，本项不得分。"),
        )),
        Section("党员管理", "党员管理\n（16分）", 16, (
            Row("推行党员积分制管理，制定积分细则，每月记分、每季度评定、年终公示，积分结果作为评先评优的重要依据。", 5,
                "未实行积分管理的本项不得分；无积分细则的扣1分；记分每缺一个月扣0.2分；季度评定每少一次扣0.5分；年终"
                "未公示的扣1分。"),
            Row("开展无职党员设岗定责，设置政策宣传、环境监督、治安巡逻、邻里互助等岗位，有劳动能力的无职党员上岗率达到"
                "100%，岗位及职责张榜公示。", 4,
                "未开展设岗定责的扣2分；上岗率每低10个百分点扣0.5分；未公示的扣0.5分。"),
            Row("落实农村党员联系户制度，每名党员联系5至10户群众，每月至少走访一次，记好《党员联系户登记簿》，群众反映的"
                "问题及时上报村党支部。", 4,
                "联系户未全覆盖的扣1分；走访每少一次扣0.1分，最多扣2分；无登记簿的扣1分。"),
            Row("党员按月足额交纳党费，做到“一月一收、一季一公示”，建立党费收缴台账。", 3,
                "欠交党费的，每人次扣0.2分；未按季度公示的每次扣0.5分；无党费收缴台账的扣1分。"),
        )),
        Section("村级治理", "村级治理\n（22分）", 22, (
            Row("村级重大事项严格执行“四议两公开”：村党支部会议提议、村“两委”会议商议、党员大会审议、村民代表会议或村民"
                "会议决议，决议和实施结果公开，全程留存会议记录和公开照片。", 6,
                "重大事项未执行“四议两公开”的，发现一例扣2分；程序不完整、资料不齐全的，每例扣1分，本项扣完为止。"),
            Row("村务、财务每季度公开一次，重大事项随时公开，公开内容真实完整，公开栏设置规范，留存公开底稿和照片。", 4,
                "每少公开一次扣1分；公开内容不真实、不完整的，酌情扣分；无公开底稿或照片的扣0.5分。"),
            Row("健全矛盾纠纷排查调处机制，每月开展一次矛盾纠纷排查，建立调解台账，调解成功率达到95%以上，全年无越级"
                "上访、群体性事件。", 4,
                "排查每少一次扣0.3分；无调解台账的扣1分；调解成功率低于95%的扣1分；发生越级上访或群体性事件的，实行一票"
                "否决，本项不得分。"),
            Row("党员带头参与农村人居环境整治，每月组织一次党员义务劳动，落实“门前三包”，村容村貌干净整洁。", 4,
                "义务劳动每少一次扣0.3分；在镇季度人居环境检查中排名后三位的，每次扣1分；村容村貌脏乱差的，由镇考核组"
                "实地查看后酌情扣分。"),
            Row("推进移风易俗，修订完善村规民约，每年开展“星级文明户”“好婆媳”等评选活动不少于一次，评选结果张榜公布。", 4,
                "未修订村规民约的扣1分；未开展评选活动的扣2分；评选结果未公布的扣1分；评选流于形式的酌情扣0.5—1分。"),
        )),
        Section("集体经济", "集体经济\n（12分）", 12, (
            Row("发展壮大村级集体经济，村集体经营性年收入达到5万元以上，并较上年有所增长；“三资”管理规范，集体收支情况"
                "每季度公开。", 6,
                "经营性收入未达到5万元的扣3分；收入未增长的扣1分；“三资”管理不规范的扣1分；收支每少公开一次扣0.5分。"),
            Row("村党支部领办合作社或实施产业发展项目不少于1个，项目经“四议两公开”程序决策，带动群众增收。", 3,
                "无领办合作社或产业项目的扣2分；项目未经民主决策程序的扣1分。"),
            Row("村级组织活动场所做到“六有”（有党旗、有标识、有制度、有书报、有设备、有活动），日常有人值守，不得挪作"
                "他用。", 3,
                "“六有”每缺一项扣0.5分；活动场所被挪作他用的，本项不得分（实地查看）。"),
        )),
        Section("综合评价", "综合评价\n（8分）", 8, (
            Row("镇党委结合平时督查、年终述职评议和群众满意度测评情况，对村党支部全年党建工作进行综合评价。", 8,
                "由镇党委综合评定：“好”得8分，“较好”得6分，“一般”得4分，“差”得2分以下。"),
        )),
    ),
)

NOTE = ("说明：1.本表由镇党委考核组对照打分，各项扣分以该项分值扣完为止；2.村“两委”成员发生严重违纪违法问题、村内"
        "发生重大安全事故的，年度考核直接评定为“差”等次；3.考核得分90分以上为“好”，80—89分为“较好”，60—79分为"
        "“一般”，60分以下为“差”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    header = ["考核项目", "序号", "考核内容", "分值", "考核细则", "得分"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党支部考核表"
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=18), Alignment(horizontal="center", vertical="center"))
    ws.row_dimensions[1].height = 34
    ws.append(["考核单位：中共青石镇委员会        被考核村：              村党支部书记：            考核时间：2026年"
               "12月    日"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    ws.append(header)
    for c in range(1, ncols + 1):
        ws.cell(3, c).font = Font(name="黑体", bold=True)
        ws.cell(3, c).alignment = Alignment(horizontal="center", vertical="center")
    wrap = Alignment(wrap_text=True, vertical="center")
    centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    number = 1
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, number, row.text, row.points, row.scoring, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = centre
            number += 1
        if ws.max_row > first:
            ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
        ws.cell(first, 1).alignment = centre
    xlsx_total_row(ws, t.total, 4, 6, Alignment(horizontal="center"))
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r in range(3, ws.max_row + 1):
        for c in range(1, ncols + 1):
            ws.cell(r, c).border = box
    xlsx_line(ws, NOTE, ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[ws.max_row].height = 48
    xlsx_line(ws, "考核组成员（签字）：                                  村党支部书记（签字）：", ncols)
    xlsx_widths(ws, (11, 6, 58, 6, 46, 8))
    ws.freeze_panes = "A4"
    wb.save(str(path))
