"""松阳县四都乡2025年度村级党建台账资料检查评分表 (.xlsx), as the 乡党委 of 浙江 丽水 松阳 四都 (its 党建办 with the 组织委员, the 农业农村
办 and the 乡纪委, a 检查组 opening the 台账 cabinets of the 村 up on the 四都 plateau in late November, when the 柿子 hang red over the 黄泥墙
houses and the 摄影 crowds have gone down the mountain) checks the 台账 of the 村党组织 of a mountain 乡 of the 江南秘境: the 古村落 of 黄泥墙 and
黑瓦 the 村 keep for the 民宿 and the 写生 students, the 茶园 and the 强村公司 that lets the old houses, the young gone to 松阳 town and to 杭州 and
the old 党员 who stay, the 台风 season when the 党员 check the slopes: a checklist whose 档案盒号 column numbers the 盒 on the shelf (DJ-01 …
DJ-20), whose 资料名称 names the 台账 in each 盒, whose 要求 prints what it must hold, when it is made and how many times, and whose 扣分标准 takes
points off one clause at a time (the 集体经济 收入 in bands of 万元): 组织建设类 (the 设置批复 and the 换届 papers "缺一份"; the 花名册 updated by
the end of January; the “两委” 名册 with one 35周岁以下 and two 大专; three 后备力量 with two 35周岁以下 and a half-yearly 考察; the 党员联户 with
10户 a 党员, its 覆盖 and a monthly 走访 and the 联户日志; the 年初 计划, the 责任书, the 半年小结 by 7月10日, the 年度总结 by 12月20日 and the 年底 述职
with the “好”等次比例), 组织生活类 (the “三会一课” with the 书记's yearly 党课 and its 讲稿; the monthly 主题党日 with 通知, 签到 and 照片 and the 年初
计划; the 组织生活会 and 民主评议 papers "每缺一项" and the 备案; a monthly 集中学习, the 冬训's 3天, the 参训率 and the 签到表; the 先锋指数 with a
quarterly 公示 and the 年底 星级), 党员队伍类 (the 发展党员 档案 "每缺一项", "每两年至少发展党员1名" and a 一票否决; the 党费 按月, a half-yearly
公示 and the July 核定; the 流动党员 台账 with a quarterly 联系; the “七一”、春节 慰问 with 照片 and the 结对帮扶台账; the 志愿服务队, a monthly 志愿
服务 and 10小时) and 村务管理类 (the “四议两公开” records and the 照片; the 小微权力清单 and a quarterly 村务监督委员会; a quarterly 党务、村务 公开, a
monthly 财务公开 and the 底稿; the 收支台账, the 合同 and the 经营性收入 in bands; the 归档 itself, with no 盒).

A merged title row, a merged "检查对象：四都乡所辖各村党支部、党总支" line and a merged "村名： 检查人： 检查日期：" line above the header 台账类别 |
档案盒号 | 资料名称 | 要求 | 分值 | 扣分标准 | 检查情况. There is NO 序号: the items are numbered by position 1..21 (the 档案盒号 "DJ-01" … "DJ-20" label
the 盒, the 21st row, the 归档 of them all, prints "—"). The 台账类别 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their
points on one line, "组织建设类（24分）". 资料名称 (third column) names the 台账 (`Row.indicator`); 要求 (`Row.text`) says what it must hold; 分值 is a
plain number BEFORE the 扣分标准 (`Row.scoring`); 检查情况 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts and dates in
figures and Chinese numerals, all in the 要求 ("每年1月底前更新一次", "35周岁以下的不少于1名", "大专及以上学历的不少于2名", "不少于3名", "35周岁以下
的不少于2名", "每半年考察一次", "不少于10户", "每月…不少于1次", "年初", "2月底前", "7月10日前", "12月20日前", "年底", "不低于百分之七十",
"支部委员会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次", "每年讲党课不少于1次", "每月固定日期", "年初", "每年召开1次", "每月集中学习
1次", "不少于3天", "不低于百分之九十", "按月", "每季度…公示一次", "年底", "不少于5个工作日", "每两年至少发展党员1名", "按月", "每半年…公示一次",
"每年7月核定一次", "每季度…联系一次", "“七一”、春节", "每月…不少于1次", "不少于10小时", "每季度召开一次", "每季度公开一次", "每月公开一次", "12月
31日前"); "缺一份" once and "每缺一项" twice; "最高扣" caps; "酌情扣0.5-1分" once and "酌情扣0.5分" once; one set of bands (the 经营性收入 in 万元,
3 of the 6 points, closed by "10万元以下的不得分"); one "实行一票否决，本项不得分"; two other plain "本项不得分".
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
    name="zzzzi_songyang_sidu_xiang_cun_taizhang_xlsx",
    fmt="xlsx",
    title="松阳县四都乡2025年度村级党建台账资料检查评分表",
    numbering="position",
    sections=(
        Section("组织建设类", "组织建设类（24分）", 24, (
            Row("党组织设置批复；最近一次换届选举资料（换届请示、选举结果报告、当选人员名单）；村党组织按期换届。", 4,
                "缺一份扣0.5分，最高扣2分；未按期换届的扣2分。", indicator="党组织设置及换届资料"),
            Row("按党小组分列，注明性别、民族、出生年月、学历、入党时间、联系方式，每年1月底前更新一次；流动党员、年老体弱党员单独标注。", 4,
                "无花名册的扣2分；未按时更新的扣1分；项目不全或未标注的，酌情扣0.5-1分。", indicator="党员花名册"),
            Row("注明年龄、学历、分工；“两委”成员中35周岁以下的不少于1名，大专及以上学历的不少于2名。", 3,
                "无名册的扣1分；35周岁以下、大专及以上学历成员每少1名扣0.5分。", indicator="“两委”班子成员名册"),
            Row("储备村级后备力量不少于3名，其中35周岁以下的不少于2名，一人一档；乡党委每半年考察一次，考察材料归入档案。", 4,
                "后备力量每少1名扣0.5分；35周岁以下的不足2名的扣0.5分；考察每少1次扣0.3分；未一人一档的扣0.5分。",
                indicator="村级后备力量档案"),
            Row("落实“党员联户”，每名党员联系农户不少于10户，联户全覆盖；党员每月走访联系户不少于1次，走访情况记入联户日志。", 4,
                "无台账的扣1分；联户未全覆盖的扣1分；走访每少1次扣0.2分，最高扣1分；联户日志记录不全的，酌情扣0.5分。",
                indicator="党员联户台账"),
            Row("年初制定党建工作计划，2月底前报乡党委；与乡党委签订党建工作责任书；7月10日前报送半年工作小结；12月20日前报送年度工作总结；村党组织"
                "书记年底述职，附述职报告及评议表，评议“好”等次比例不低于百分之七十。", 5,
                "缺一项扣1分；未按时报送的，每项扣0.3分；评议“好”等次比例低于70%的扣1分。", indicator="年度计划总结及述职资料"),
        )),
        Section("组织生活类", "组织生活类（29分）", 29, (
            Row("支部委员会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次；村党组织书记每年讲党课不少于1次，附讲稿；会议记录写明时间、"
                "地点、主持人、出席和缺席人员、议题、决议。", 8,
                "“三会一课”每少1次扣0.5分，最高扣5分；书记未讲党课的扣1分；无讲稿的扣0.5分；记录要素不全的，每次扣0.1分，最高扣1分；发现补记、"
                "代签的，本项不得分。", indicator="“三会一课”记录本"),
            Row("每月固定日期开展主题党日，每次有通知、有签到、有记录、有照片；年初制定全年主题党日计划，结合古村落保护、茶叶采摘季、防汛防台等确定"
                "主题。", 6,
                "主题党日每少1次扣0.5分，最高扣3分；缺通知、签到或照片的，每次扣0.1分，最高扣1分；无年度计划的扣1分。",
                indicator="主题党日活动资料"),
            Row("每年召开1次，资料含会议方案、征求意见表、谈心谈话记录、对照检查材料、民主评议测评表、整改清单；评议结果报乡党委备案。", 6,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；资料每缺一项扣0.3分，最高扣1.5分；评议结果未备案的扣0.5分。",
                indicator="组织生活会和民主评议党员资料"),
            Row("每月集中学习1次，年老体弱党员送学上门；冬训期间每名党员参加集中培训不少于3天，参训率不低于百分之九十，附签到表。", 5,
                "集中学习每少1次扣0.3分，最高扣1.5分；培训时间不足3天的扣1分；参训率低于90%的扣1分；无签到表的扣0.5分。",
                indicator="党员学习教育及冬训资料"),
            Row("按月记录党员积分，每季度在党务公开栏公示一次；年底评定星级党员，评定结果与评先评优挂钩。", 4,
                "无台账的扣1分；公示每少1次扣0.3分；年底未评定星级的扣1分。", indicator="党员先锋指数考评台账"),
        )),
        Section("党员队伍类", "党员队伍类（22分）", 22, (
            Row("一人一档，含入党申请书、积极分子考察登记表、政审材料、发展对象公示材料，公示不少于5个工作日；每两年至少发展党员1名，注重在致富能手、"
                "返乡青年中发展。", 6,
                "档案材料每缺一项扣0.3分，最高扣2分；连续两年未发展党员的扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                indicator="发展党员档案"),
            Row("按月收缴，党员本人签字；每半年在党务公开栏公示一次；每年7月核定一次交纳基数。", 5,
                "未按月收缴的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分；未核定基数的扣0.5分；代签的，每人次扣0.2分。",
                indicator="党费收缴台账"),
            Row("外出流动党员逐人登记外出地点、从事行业、联系方式；每季度与外出党员联系一次，通过微信群推送学习内容。", 4,
                "无台账的扣1分；联系每少1次扣0.2分，最高扣1分；出现失联党员的，每人扣0.5分。", indicator="流动党员管理台账"),
            Row("“七一”、春节走访慰问老党员、困难党员，附照片；党员结对帮扶低收入农户，建立结对帮扶台账。", 3,
                "走访慰问每少1次扣0.5分；无照片的扣0.3分；无结对帮扶台账的扣1分。", indicator="关爱帮扶台账"),
            Row("组建党员志愿服务队，每月开展志愿服务不少于1次（古村落保护、民宿服务、防汛防台）；党员年人均志愿服务时长不少于10小时，在“志愿浙江”"
                "平台登记。", 4,
                "无志愿服务队的扣1分；志愿服务每少1次扣0.2分，最高扣1分；人均时长不足10小时的扣1分；未在平台登记的扣0.5分。",
                indicator="党员志愿服务台账"),
        )),
        Section("村务管理类", "村务管理类（25分）", 25, (
            Row("村级重大事项逐项记录党组织提议、“两委”商议、党员大会审议、村民代表会议决议过程，决议事项和实施结果公开，附公开照片。", 5,
                "重大事项未履行“四议两公开”程序的，每件扣1分，最高扣3分；记录不完整的，每件扣0.3分；无公开照片的扣0.5分。",
                indicator="“四议两公开”记录"),
            Row("公开村级小微权力清单，权力运行流程图上墙；村务监督委员会每季度召开一次会议，对村级工程项目、集体资金使用开展监督。", 5,
                "未公开清单的扣1分；流程图未上墙的扣0.5分；监委会会议每少1次扣0.5分；村级工程项目未经监督的，每个扣0.5分。",
                indicator="小微权力清单及监督资料"),
            Row("党务、村务每季度公开一次，财务每月公开一次，重大事项随时公开；公开内容留存底稿和照片。", 4,
                "党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.2分，最高扣1.5分；无底稿或照片的扣0.5分。", indicator="“三务”公开资料"),
            Row("村股份经济合作社（强村公司）收支台账完整；民宿、茶园等资产资源发包合同经民主程序签订；村集体经济年经营性收入稳步增长。", 6,
                "年经营性收入30万元以上的得3分，20万元（含）—30万元的得2分，10万元（含）—20万元的得1分，10万元以下的不得分；无收支台账的扣1分；合同"
                "未经民主程序的，每份扣0.5分，最高扣2分。", indicator="村集体经济资料"),
            Row("实行“一年一档、分类装盒”，盒脊标注年度、类别、盒号；12月31日前完成年度归档；设立台账专柜，明确专人管理。", 5,
                "未分类装盒的扣1分；盒脊标注不规范的扣0.5分；未按时归档的扣1分；无专柜或专人管理的扣0.5分；发现突击补做、弄虚作假的，本项不得分。",
                indicator="台账归档管理"),
        )),
    ),
)

HEADER = ["台账类别", "档案盒号", "资料名称", "要求", "分值", "扣分标准", "检查情况"]
NOTE = ("说明：1.本表由乡党委于11月下旬组织检查，以2025年1月1日至检查之日形成的原始台账为准，复印件、补做材料不予认定；2.台账按档案盒号"
        "逐盒检查，“无台账”“无名册”“无花名册”指该盒资料缺失；3.各项扣分以该项分值为限，扣完为止；4.检查得分90分以上的为“优秀”，75—89分的为"
        "“合格”，75分以下的为“不合格”，不合格的村限期半个月整改，检查结果纳入村党组织书记抓党建述职评议。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "检查对象：四都乡所辖各村党支部、党总支", ncols)
    xlsx_line(ws, "村名：              检查人：              检查日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    n_rows = sum(len(s.rows) for s in t.sections)
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            box = f"DJ-{number:02d}" if number < n_rows else "—"
            ws.append([s.printed if i == 0 else None, box, row.indicator, row.text, row.points, row.scoring, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (14, 9, 18, 52, 6, 48, 12))
    wb.save(str(path))
