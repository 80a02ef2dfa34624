"""中共获嘉县亢村镇委员会2023年度村级党建工作百分制考核细则 (.xlsx), as a 河南 镇党委 (its 党建办 with the 包村干部 running the
check in late December) scores each 村党支部 on the five heads of the 河南 “五星”支部创建: 支部过硬 (“一肩挑” and the “两委”
结构, the 书记's 年初 承诺, 年中 “回头看” and 年底 述职, “三会一课”, the 5日 “主题党日” and its 规定动作, 发展党员 with its
“政审”“票决”, 党费, 积分 and 流动党员), 产业兴旺 (集体经济 income in bands, the 合作社 and 防止返贫 监测, 实用技术 培训 and
后备干部), 生态宜居 (人居环境 and the “党员集中清洁日”, 红白理事会 and 村规民约, 秸秆禁烧 值守), 平安法治 (the “三零”创建 and
矛盾纠纷 排查, 村务监督 and 公开, “党支部+网格”, a deduction-only line on 处分 and 通报) and 文明幸福 (文明实践 志愿服务 and
典型, 坐班值班 and 走访, a 满意率 测评).

A merged title row, a merged "考核对象：全镇28个行政村党支部 考核时间：2023年12月下旬" line above the header 考核项目 | 考核指标 |
考核要点 | 分值 | 扣分办法 | 考核方式 | 得分. The categories are MERGED CELLS down the 考核项目 column (first), printed on one line
with an ordinal, "一、支部过硬（30分）". There is NO 序号: items are numbered by position (1..19). 考核指标 is a short sub-label
(`Row.indicator`). 分值 is a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 查阅账目, 实地察看,
入户走访, 随机抽查, 向镇综治中心核实, 群众测评); it is no 佐证 column. 得分 is blank. The income bands sit in the 扣分办法 column;
item 16's rules sit in its 考核要点 words, the 扣分办法 only saying "按实际情况扣分，扣完为止". A 合计 row and a merged 说明 row
close the sheet. Counts partly in Chinese numerals ("百分之六十", "一次").
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
    name="zza_cunji_dangjian_baifenzhi_xlsx",
    fmt="xlsx",
    title="中共获嘉县亢村镇委员会2023年度村级党建工作百分制考核细则",
    numbering="position",
    sections=(
        Section("支部过硬", "一、支部过硬（30分）", 30, (
            Row("村党支部书记、村委会主任“一肩挑”；村“两委”成员中至少有1名35周岁以下年轻干部、1名女性成员，具有高中（中专）以上"
                "学历的不少于3名。", 5,
                "未实行“一肩挑”的扣2分；班子结构不达标的，每项扣1分。", "查阅资料", indicator="班子结构"),
            Row("村党支部书记年初向镇党委作出履职承诺，年中开展一次承诺事项“回头看”，年底向镇党委述职并接受党员群众评议。", 4,
                "无履职承诺的扣1分；未开展“回头看”的扣1分；未述职的扣2分。", "查阅资料", indicator="书记履职"),
            Row("党员大会每季度召开一次，支部委员会每月召开一次，党小组会每月召开一次，党课每季度一次；支部书记每年为党员讲党课不少于"
                "一次；会议记录规范完整。", 6,
                "支部委员会、党小组会每少1次扣0.2分；党员大会、党课每少1次扣0.5分；书记未讲党课的扣1分；记录不规范的，酌情扣0.5分。",
                "查阅资料", indicator="三会一课"),
            Row("每月5日开展“主题党日”活动，落实升国旗、重温入党誓词、集中学习、民主议事、交纳党费、志愿服务等规定动作；在家党员参学率"
                "不低于90%。", 5,
                "每少开展1次扣0.5分；规定动作不全的，每次扣0.2分；参学率低于90%的，每次扣0.2分，最多扣1分。", "查阅资料、随机抽查",
                indicator="主题党日"),
            Row("坚持“控制总量、优化结构、提高质量”，每两年至少发展1名党员，35岁以下的占比不低于百分之六十；严格落实发展党员“政审”"
                "“票决”等程序。", 5,
                "两年内未发展党员的扣2分；35岁以下占比未达到要求的扣1分；程序不规范的，每发现1处扣1分；发生违规发展党员问题的，本项"
                "不得分。", "查阅资料", indicator="发展党员"),
            Row("党员按月交纳党费；推行农村党员积分管理，每季度评定一次积分并张榜公布；流动党员每月至少联系一次。", 5,
                "党费未按月交纳的扣1分；积分评定每少1次扣0.5分；未张榜公布的扣0.5分；流动党员联系每少1次扣0.1分，最多扣1分。",
                "查阅资料、实地察看", indicator="党员管理"),
        )),
        Section("产业兴旺", "二、产业兴旺（20分）", 20, (
            Row("发展壮大村级集体经济，村集体经济年收入达到5万元以上。", 10,
                "年收入20万元以上的得10分；10万元（含）至20万元的得8分；5万元（含）至10万元的得6分；3万元（含）至5万元的得3分；"
                "3万元以下的不得分。", "查阅账目", indicator="集体经济"),
            Row("党支部领办合作社或发展特色产业项目不少于1个，带动脱贫户、监测户稳定增收；落实防止返贫动态监测，每月对监测对象走访"
                "一次。", 6,
                "无合作社或产业项目的扣3分；监测对象走访每少1次扣0.5分，最多扣2分；出现规模性返贫的，本项不得分。",
                "查阅资料、入户走访", indicator="产业带富"),
            Row("每年组织党员、致富带头人参加实用技术培训不少于2期；村级后备干部不少于2名，其中35岁以下的至少1名。", 4,
                "培训每少1期扣1分；后备干部不足的扣1分。", "查阅资料", indicator="人才培育"),
        )),
        Section("生态宜居", "三、生态宜居（15分）", 15, (
            Row("党员带头开展人居环境整治，实行党员“门前三包”和责任区包保，每月开展一次“党员集中清洁日”活动。", 5,
                "“清洁日”每少1次扣0.5分；党员责任区划分不到位的扣1分；在镇月度人居环境评比中排名后三位的，每次扣0.5分。",
                "实地察看、查阅资料", indicator="人居环境"),
            Row("健全红白理事会，修订完善村规民约，红白事操办标准向群众公开；党员干部带头婚事新办、丧事简办。", 5,
                "未建立红白理事会的扣2分；村规民约未修订的扣1分；党员干部大操大办的，每例扣1分。", "查阅资料、入户走访",
                indicator="移风易俗"),
            Row("夏秋两季秸秆禁烧期间落实党员包片值守，全年无火点。", 5,
                "发现火点的，每处扣2分；党员值守不到位的，每次扣0.5分。", "实地察看", indicator="秸秆禁烧"),
        )),
        Section("平安法治", "四、平安法治（20分）", 20, (
            Row("深化“三零”创建（零上访、零事故、零案件），每月开展一次矛盾纠纷排查，化解率达到98%以上。", 7,
                "排查每少1次扣0.5分；化解率每低1个百分点扣0.5分；发生赴省进京越级上访的，每起扣2分；发生刑事案件或较大安全事故的，"
                "实行一票否决，本项不得分。", "查阅资料、向镇综治中心核实", indicator="“三零”创建"),
            Row("村务监督委员会每月审核一次村级账目；党务、村务、财务每季度公开一次；重大事项严格执行“四议两公开”。", 5,
                "审核每少1次扣0.5分；公开每少1次扣1分；重大事项未执行“四议两公开”的，每项扣1分。", "查阅资料、实地察看",
                indicator="村务监督"),
            Row("落实“党支部+网格”管理，每个网格明确一名党员网格长，网格员每周巡查不少于2次，信息及时上报。", 4,
                "网格长配备不到位的扣1分；巡查记录缺失的，每次扣0.2分，最多扣2分；信息漏报、迟报造成不良后果的，酌情扣1—3分。",
                "查阅资料", indicator="网格管理"),
            Row("村“两委”成员受到党纪政务处分的，每人次扣3分；村党支部被县级以上通报批评的，每次扣1分。", 4,
                "按实际情况扣分，扣完为止。", "向镇纪委核实", indicator="纪律约束"),
        )),
        Section("文明幸福", "五、文明幸福（15分）", 15, (
            Row("依托新时代文明实践站，每月开展志愿服务活动不少于1次；每年评选“好媳妇”“好婆婆”等先进典型并张榜公示。", 5,
                "志愿服务每少1次扣0.5分；未评选先进典型的扣1分；未公示的扣0.5分。", "查阅资料、实地察看", indicator="文明实践"),
            Row("落实村干部轮流坐班值班制度，为群众代办事项；每名“两委”干部每季度走访联系户不少于1次。", 4,
                "无值班制度的扣1分；值班抽查无人的，每次扣1分；走访每少1次扣0.2分。", "随机抽查、入户走访", indicator="为民服务"),
            Row("镇党委组织入户走访，随机抽取不少于30户群众对村党支部工作进行满意度测评，满意率不低于85%。", 6,
                "满意率每低1个百分点扣0.5分；低于70%的，本项不得分。", "群众测评", indicator="群众评价"),
        )),
    ),
)

HEADER = ["考核项目", "考核指标", "考核要点", "分值", "扣分办法", "考核方式", "得分"]
NOTE = ("说明：1.考核实行百分制，由镇党建办会同包村干部采取查阅资料、实地察看、入户走访、群众测评相结合的方式进行，各项扣分以该项"
        "分值为限，扣完为止；2.考核得分90分以上的为“好”等次，在“五星”支部创建评定中优先推荐，60分以下的为“差”等次，列入软弱"
        "涣散村党组织排查范围；3.村“两委”成员受到刑事处罚的，年度考核直接定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村级党建百分制考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：全镇28个行政村党支部 考核时间：2023年12月下旬", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 11, 52, 6, 46, 16, 7))
    wb.save(str(path))
