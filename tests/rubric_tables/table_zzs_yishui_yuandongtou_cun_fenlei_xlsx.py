"""中共沂水县院东头镇委员会2025年度村党组织分类定级考评细则 (.xlsx), as a 山东 临沂 沂蒙山区 镇党委 (its 组织办 with the 经管站, the
综治中心 and the 镇纪委, a 考评组 going round each 村 in December, checking the “灯塔—党建在线” 平台 and holding a 群众 测评) scores
each 村党组织 and puts it into one of four 类 (好, 较好, 一般, 差) in 山东's own words on five heads: 组织体系 (the 党总支 / 党委 and the
网格党小组 with the 批复 and the 网格划分图, the 换届 with its 请示批复 and 选举结果报告, “三会一课” with the 平台纪实 and 截图, the monthly
主题党日 with a 参加率 in Chinese numerals and the “七一” “沂蒙精神” 教育 with 签到表 and 照片), 班子队伍 (the 书记's 学历, 年初 承诺 and 年底
述职 with a 满意度, the “两委” with one under 35, a 妇女干部 and two 大专, two 后备 under 35 with a half-yearly 考察, 团结, “四议两公开” and
the 书记's half-yearly 谈心谈话), 党员管理 (a member or an 积极分子 each year with the 公示 and the 档案, 32学时 with the quarterly “乡村
儒学讲堂” and a 参学率, 党费 with its yearly 公布, no “口袋党员”, the 积分 with the quarterly 公示, the 年底 “五星党员” and the 谈话提醒),
发展集体经济 (经营性收入 in bands, the 领办合作社 with the 入社农户比例, the 年终 盈余分配 and its 公示, the “三资” 台账, the 公开竞价 and the
年终 清产核资) and 乡村治理 (the 党员网格员 with a monthly 巡查 and the 办结率, the “孝善基金” paid quarterly and five 先进典型 with the
公示, the monthly 排查 with the “一村一法律顾问”'s quarterly 坐班 and a 一票否决, the quarterly 三务 公开 with the monthly 财务收支 and four
民主理财).

A merged title row, a merged "考评对象：全镇各村党组织（含党总支、党委）" line and a merged "村名：…  党组织书记：…  党员数：…  自评得分：…"
line above the header 序号 | 考评项目 | 考评要点 | 分值 | 评分细则 | 佐证材料 | 自评分 | 考评分. The categories are SECTION ROWS merged
across the sheet, printed with a BRACKETED ordinal on one line, "（一）组织体系（20分）". 序号 (first column, numeric cells) RESTARTS at 1
under every section row (ids "1.1" … "5.4"). 考评项目 is a short sub-label (`Row.indicator`). 分值 comes BEFORE the 评分细则, a plain
number. 佐证材料 (`Row.method`) names the papers the 村 lays out: a 佐证 column. 自评分 and 考评分 are blank. A 合计 row and a merged
定级办法 row close the sheet. The income bands sit in the 评分细则; counts and shares in figures and Chinese numerals ("百分之八十五",
"百分之九十", "每季度开展一次", "每半年…一次", "每年至少公布一次"); "最高扣" caps; "每年至少发展1名党员或确定1名入党积极分子" (either);
one rule is "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzs_yishui_yuandongtou_cun_fenlei_xlsx",
    fmt="xlsx",
    title="中共沂水县院东头镇委员会2025年度村党组织分类定级考评细则",
    numbering="restart",
    sections=(
        Section("组织体系", "（一）组织体系（20分）", 20, (
            Row("村党组织设置符合规定，党员50名以上的设立党总支，党员100名以上的经批准可设立党委；按照“支部建在网格上”要求设"
                "立网格党小组，网格党小组长由党员担任。", 4,
                "组织设置不符合规定的扣2分；未设立网格党小组的扣1分；网格党小组长非党员的，每个扣0.5分。",
                "组织设置批复文件、网格划分图", indicator="组织设置"),
            Row("村党组织按期换届，换届选举严格执行“两推一选”程序；委员出现空缺的，3个月内及时补齐。", 4,
                "未按期换届的扣2分；换届程序不规范的扣1分；委员空缺未及时补齐的扣1分。",
                "换届请示及批复、选举结果报告", indicator="按期换届"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议情况及时在“灯塔—党建在"
                "线”平台纪实。", 7,
                "“三会一课”每缺1次扣0.5分，最高扣5分；平台纪实不及时、不完整的，每次扣0.2分，最高扣2分。",
                "会议记录、平台纪实截图", indicator="“三会一课”"),
            Row("每月固定1天开展主题党日，党员参加率达到百分之八十五以上；“七一”前后组织党员重温入党誓词，开展“沂蒙精神”教"
                "育。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；未开展“七一”活动的扣1分。",
                "签到表、活动照片", indicator="主题党日"),
        )),
        Section("班子队伍", "（二）班子队伍（20分）", 20, (
            Row("村党组织书记政治素质好、带富能力强，原则上具有高中（中专）及以上学历；年初向镇党委作出年度承诺，年底公开述"
                "职，群众满意度达到百分之九十以上。", 6,
                "书记学历不符合要求的扣1分；未作出承诺的扣1分；未述职的扣2分；满意度每低5个百分点扣1分。",
                "承诺书、述职报告、满意度测评表", indicator="书记队伍"),
            Row("村“两委”成员中至少有1名35周岁以下的年轻干部、1名妇女干部；大专及以上学历的成员不少于2名。", 4,
                "无35周岁以下成员的扣1.5分；无妇女干部的扣1分；大专及以上学历成员每少1名扣0.5分。",
                "“两委”成员花名册", indicator="班子结构"),
            Row("建立村级后备力量库，每村储备35周岁以下后备人选不少于2名；后备人选每半年由镇党委考察一次，参与村级事务管理。", 4,
                "后备人选每少1名扣1分；考察每少1次扣0.5分；后备人选未参与村级事务管理的扣0.5分。",
                "后备人选名册、考察材料", indicator="后备力量"),
            Row("村“两委”班子团结协作，无内耗；重大事项坚持“四议两公开”；村党组织书记每半年与“两委”成员谈心谈话一次。", 6,
                "班子不团结、影响工作的，酌情扣2—4分；重大事项未经“四议两公开”的，每项扣1分；谈心谈话每少1次扣0.5分。",
                "会议记录、谈心谈话记录", indicator="团结协作"),
        )),
        Section("党员管理", "（三）党员管理（20分）", 20, (
            Row("每年至少发展1名党员或确定1名入党积极分子，注重从青年农民、致富能手中发展；发展党员各环节材料齐全，按规定公"
                "示。", 5,
                "既未发展党员又未确定入党积极分子的扣2分；材料不齐全的，每缺1份扣0.5分；未公示的扣1分；违规发展党员的，本项"
                "不得分。", "发展党员档案", indicator="发展党员"),
            Row("党员每年参加集中学习培训不少于32学时，依托“乡村儒学讲堂”每季度开展一次集中学习；党员通过“灯塔—党建在线”开展"
                "线上学习，参学率达到百分之九十以上。", 5,
                "学时不足的，每人扣0.2分，最高扣2分；集中学习每少1次扣0.5分；参学率每低5个百分点扣0.5分。",
                "学习记录、学时登记表", indicator="教育培训"),
            Row("党员按月足额交纳党费，每年至少公布一次党费收缴情况；党员组织关系转接及时，无“口袋党员”“失联党员”。", 4,
                "党费未按月交纳的，每人次扣0.1分；未公布的扣1分；存在“口袋党员”“失联党员”的，每人扣1分。",
                "党费收缴台账、公布照片", indicator="党费党籍"),
            Row("实行农村党员积分制管理，积分每季度公示，年底根据积分评选“五星党员”并张榜公布；对积分排名靠后的党员进行谈话提"
                "醒。", 6,
                "未实行积分管理的扣3分；积分公示每少1次扣0.5分；年底未评选“五星党员”的扣1分；未开展谈话提醒的扣0.5分。",
                "积分台账、公示照片", indicator="党员积分"),
        )),
        Section("发展集体经济", "（四）发展集体经济（20分）", 20, (
            Row("村集体经济经营性收入达到10万元以上。", 8,
                "经营性收入50万元以上的得8分；20万元（含）至50万元的得7分；10万元（含）至20万元的得6分；5万元（含）至10万元"
                "的得3分；5万元以下的不得分。", "村集体经济组织财务报表", indicator="经营收入"),
            Row("村党组织领办合作社，实行“党支部+合作社+农户”模式，入社农户占全村农户比例达到30%以上；合作社年终按章程进行盈"
                "余分配，分配方案经成员（代表）大会通过并公示。", 6,
                "未领办合作社的扣3分；入社农户比例未达到30%的扣1分；年终未进行盈余分配的扣1分；分配方案未经大会通过或未公示"
                "的扣1分。", "合作社章程、成员名册、分配方案", indicator="领办合作社"),
            Row("村集体“三资”管理规范，建立资产、资源台账；集体资产资源发包、租赁实行公开竞价；年终开展一次清产核资。", 6,
                "无资产、资源台账的扣2分；发包租赁未公开竞价的，每宗扣1分；未开展清产核资的扣1分；发生集体资产流失的，本项不"
                "得分。", "“三资”台账、发包租赁合同", indicator="“三资”管理"),
        )),
        Section("乡村治理", "（五）乡村治理（20分）", 20, (
            Row("全村划分若干网格，每个网格配备1名党员网格员；网格员每月至少开展1次网格巡查，网格事件办结率达到95%以上。", 5,
                "网格未配备党员网格员的，每个扣0.5分；巡查每少1次扣0.2分，最高扣2分；办结率每低1个百分点扣0.2分。",
                "网格员名册、巡查记录", indicator="网格治理"),
            Row("建立“孝善基金”，每季度为本村70周岁以上老人发放一次孝善养老金；每年评选“好媳妇”“好婆婆”等先进典型不少于5名，"
                "评选结果张榜公示。", 5,
                "未建立孝善基金的扣2分；孝善养老金未按季度发放的，每次扣0.5分；先进典型每少1名扣0.3分；评选结果未公示的扣0.5"
                "分。", "孝善基金台账、公示照片", indicator="移风易俗"),
            Row("每月开展一次矛盾纠纷排查；落实“一村一法律顾问”，法律顾问每季度到村坐班服务不少于1次；全年无越级上访、无重大"
                "群体性事件、无“民转刑”案件。", 5,
                "排查每少1次扣0.3分；法律顾问坐班每少1次扣0.3分；发生越级上访的，每起扣1分；发生重大群体性事件或“民转刑”案件"
                "的，实行一票否决，本项不得分。", "矛盾纠纷排查台账、法律顾问服务记录", indicator="矛盾化解"),
            Row("党务、村务、财务每季度公开一次，财务收支明细每月公开；村务监督委员会对公开内容审核把关，每年参与民主理财不少"
                "于4次。", 5,
                "公开每少1次扣0.5分；公开内容未经审核的扣1分；民主理财每少1次扣0.3分。",
                "公开栏照片、民主理财记录", indicator="“三务”公开"),
        )),
    ),
)

HEADER = ["序号", "考评项目", "考评要点", "分值", "评分细则", "佐证材料", "自评分", "考评分"]
NOTE = ("定级办法：1.分类定级由镇党委于每年12月组织，采取村级自评、查阅资料、实地查看、群众测评相结合的方式；2.各项扣分以该项分值为限，"
        "扣完为止；3.总分90分以上的定为“好”，80分（含）至90分的定为“较好”，60分（含）至80分的定为“一般”，60分以下的定为“差”；"
        "4.村党组织书记受到党纪处分、村“两委”班子严重不团结、发生重大群体性事件的，直接定为“差”，列入软弱涣散村党组织整顿名单。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "分类定级考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考评对象：全镇各村党组织（含党总支、党委）", ncols)
    xlsx_line(ws, "村名：              党组织书记：              党员数：        自评得分：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 11, 50, 6, 46, 20, 7, 7))
    wb.save(str(path))
