"""平山县2025年度村党组织党建工作基础台账检查清单 (.xlsx), as the 县委组织部 of 河北 石家庄 平山 (its 组织二股 with the 乡镇党委 组织委员, a 检查组
opening the 台账 cabinets of the 村 in the 太行山 valleys in late November, after the 核桃 and the 板栗 are in) checks the 台账 of the 村党组织 of a
mountain county of the 西柏坡 old revolutionary base: the 村 under the 岗南水库 moved up the hills when the water came, the 红色旅游 村 whose 党员
lead the 研学 groups, the 村 whose young men are gone to 石家庄 and 北京 and keep up by 微信群, the old 党员 in their eighties who joined in the
村's 老区 years: a checklist whose 资料名称 column names each 台账 by its 《》 title and, IN BRACKETS after it, what it holds, when it is made and
how many times ("《党员花名册》（每年1月底前更新一次，标注流动党员、年老体弱党员）"), and whose 扣分标准 begins "缺一本扣1分" in most rows and then
scores a meeting short, a date missed, a rate low or a rule broken: 组织建设台账 (the 换届选举资料 and the 名册 of the “两委” with one 35周岁以下; the
花名册 updated by the end of January, the 转接登记簿 and the 流动党员 台账 with a quarterly 联系; the 后备力量 名册 with three and a half-yearly 考察,
the 书记's yearly 培训; the 制度汇编 上墙 and the 值班表; the 年初 计划, the 责任书, the 半年小结 by 7月15日, the 年度总结 by the end of December and
the 年底 述职 with its 满意率), 组织生活台账 (the “三会一课” records with the 书记's yearly 党课, its 讲稿 and the 签到表; the 主题党日 on the 5th with
its 签到 and 照片 and the 年初 计划; the 组织生活会 and 民主评议 papers with the 备案; a monthly 集中学习, the 冬春训's 3天 and 参训率; the 谈心谈话 and
its 覆盖率), 党员管理台账 (the 入党申请人 登记表, the half-yearly 考察, the 纪实档案 and "每两年至少发展党员1名"; the 党费 登记簿 and a half-yearly
公示; the 积分 with a quarterly 公示 and the 年底 星级, the 承诺、晾诺、评诺; the 关怀帮扶台账 with the “七一”、春节 慰问 and 照片, the 设岗定责率) and
村务管理台账 (the “四议两公开” and a quarterly 村务监督委员会; a quarterly 党务、村务 公开, a monthly 财务公开 and the 照片; the “三资” 台账 with a yearly
清产核资 and the 合同; a monthly 矛盾纠纷排查 with the 化解率, a half-yearly 意识形态 研判 and the 先审后发; the 专柜 and the 归档).

A merged title row, a merged "检查对象：全县各乡镇村党组织（含西柏坡镇红色旅游村）" line and a merged "乡（镇）： 村： 检查人： 检查日期：" line above
the header 序号 | 台账类别 | 资料名称 | 分值 | 扣分标准 | 检查记录. 序号 is the FIRST column and RESTARTS at 1 under every category (ids "1.1" …
"4.5"). The categories are MERGED CELLS down the 台账类别 column (SECOND), printed WITH an ordinal and their points on one line, "一、组织建设台账
（24分）". 资料名称 (`Row.text`) names the 台账 with their rules in brackets; one row (4.5) names no 《》 台账, only the 归档 rule. 分值 is a plain
number BEFORE the 扣分标准 (`Row.scoring`); 检查记录 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts and dates in
figures and Chinese numerals, nearly all in the brackets ("换届请示、乡镇党委批复、选举结果报告", "35周岁以下成员不少于1名", "每年1月底前更新一次",
"每季度…不少于1次", "不少于3名", "每半年考察一次", "每年…不少于1次", "工作日每天", "年初制定，2月底前", "7月15日前", "12月底前", "年底", "每月不少于
1次", "每季度不少于1次", "每月1次", "每季度1次", "每年讲党课不少于1次", "每月5日", "年初制定", "每年召开1次", "每月集中学习1次", "不少于3天", "不低于
百分之九十", "每年…覆盖率100%", "1个月内", "每半年考察1次", "不少于5个工作日", "每两年至少发展党员1名", "按月", "每半年公示一次", "按月", "每季度
公示一次", "年底", "年初…年中…年底", "“七一”、春节", "百分之八十", "每季度不少于1次", "每季度公开一次", "每月公开一次", "每年清产核资一次", "每月排查
一次", "百分之九十五", "每半年研判一次", "12月31日前"); "缺一本扣1分" fifteen times, "无记录的扣1分" twice, "缺一项资料扣0.3分，最高扣1.5分"
once; "最高扣" caps; no bands; no 酌情; one "实行一票否决，本项不得分"; two other plain "本项不得分"; one rule only in the 扣分标准 (the 述职 满意率 "低于80%").
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
    name="zzzzf_pingshan_xian_cun_taizhang_xlsx",
    fmt="xlsx",
    title="平山县2025年度村党组织党建工作基础台账检查清单",
    numbering="restart",
    sections=(
        Section("组织建设台账", "一、组织建设台账（24分）", 24, (
            Row("《村党组织换届选举资料》（换届请示、乡镇党委批复、选举结果报告，按期换届）；《村“两委”班子成员名册》（注明年龄、学历，35周岁以下"
                "成员不少于1名）", 5,
                "缺一本扣1分；未按期换届的扣2分；“两委”班子无35周岁以下成员的扣1分。"),
            Row("《党员花名册》（每年1月底前更新一次，标注流动党员、年老体弱党员）；《党员组织关系转接登记簿》；《流动党员管理台账》（每季度与外出"
                "党员联系不少于1次）", 5,
                "缺一本扣1分；花名册未按时更新的扣0.5分；联系外出党员每少1次扣0.2分，最高扣1分。"),
            Row("《村级后备力量名册》（储备不少于3名，乡镇党委每半年考察一次）；《村党组织书记培训记录》（每年参加县级以上集中培训不少于1次）", 4,
                "缺一本扣1分；后备力量每少1名扣0.5分；考察每少1次扣0.3分；书记未参加培训的扣1分。"),
            Row("《村党组织工作制度汇编》（含“三会一课”、主题党日、民主评议党员、“四议两公开”等制度，主要制度上墙）；《村干部坐班值班表》（工作日"
                "每天有人值班）", 4,
                "缺一本扣1分；主要制度未上墙的扣0.5分；检查时无人值班的扣1分。"),
            Row("《年度党建工作计划》（年初制定，2月底前报乡镇党委）；《党建工作责任书》（村党组织书记与乡镇党委书记签订）；《半年工作小结》（7月15日"
                "前报送）；《年度工作总结》（12月底前报送）；《村党组织书记抓党建述职报告》（年底向乡镇党委和党员群众述职）", 6,
                "缺一本扣1分；未按时限报送的，每项扣0.3分；述职评议满意率低于80%的扣1分。"),
        )),
        Section("组织生活台账", "二、组织生活台账（30分）", 30, (
            Row("《支部委员会会议记录》（每月不少于1次）；《党员大会会议记录》（每季度不少于1次）；《党小组会议记录》（每月1次）；《党课记录》（每季度"
                "1次，村党组织书记每年讲党课不少于1次，附讲稿）；会议签到表", 10,
                "缺一本扣1分；“三会一课”每少1次扣0.5分，最高扣5分；书记未讲党课的扣1分；党课无讲稿的扣0.5分；记录补记、代签的，本项不得分。"),
            Row("《主题党日活动记录》（每月5日固定开展，每次有主题、有签到、有照片）；《主题党日年度计划》（年初制定，结合学习西柏坡精神、党建带团建"
                "等确定主题）", 6,
                "缺一本扣1分；主题党日每少1次扣0.5分，最高扣3分；缺签到、照片的，每次扣0.2分，最高扣1分。"),
            Row("《组织生活会及民主评议党员资料》（每年召开1次，含会议方案、谈心谈话记录、对照检查材料、民主测评表、整改清单；评议结果报乡镇党委备案）",
                6,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；缺一项资料扣0.3分，最高扣1.5分；评议结果未备案的扣0.5分。"),
            Row("《党员学习教育记录》（每月集中学习1次，外出党员通过微信群线上学习）；《党员冬春训记录》（每名党员参训不少于3天，参训率不低于百分之"
                "九十）", 5,
                "缺一本扣1分；集中学习每少1次扣0.3分，最高扣1.5分；参训时间不足的，每人扣0.1分，最高扣0.5分；参训率每低5个百分点扣0.5分，最高扣"
                "1.5分。"),
            Row("《谈心谈话记录》（村党组织书记与班子成员、党员每年谈心谈话，覆盖率100%）", 3,
                "无记录的扣1分；覆盖率每低10个百分点扣0.5分。"),
        )),
        Section("党员管理台账", "三、党员管理台账（22分）", 22, (
            Row("《入党申请人登记表》（收到入党申请书1个月内派人谈话）；《入党积极分子培养考察登记表》（每半年考察1次）；《发展党员纪实档案》（一人一档，"
                "发展对象公示不少于5个工作日；每两年至少发展党员1名）", 6,
                "缺一本扣1分；考察每少1次扣0.3分；连续两年未发展党员的扣1分；违反程序发展党员的，实行一票否决，本项不得分。"),
            Row("《党费收缴登记簿》（按月收缴，党员本人签字）；《党费收缴公示记录》（每半年公示一次）", 4,
                "缺一本扣1分；未按月收缴的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分。"),
            Row("《党员积分管理台账》（按月记分，每季度公示一次，年底评定星级党员）；《党员承诺践诺登记表》（年初承诺、年中晾诺、年底评诺）", 6,
                "缺一本扣1分；积分公示每少1次扣0.3分；年底未评定星级的扣0.5分；承诺、晾诺、评诺缺一个环节扣0.5分。"),
            Row("《困难党员、老党员关怀帮扶台账》（“七一”、春节走访慰问，附照片）；《无职党员设岗定责登记表》（设岗定责率达到百分之八十）", 6,
                "缺一本扣1分；走访慰问每少1次扣0.5分；无照片的扣0.3分；设岗定责率每低10个百分点扣0.5分。"),
        )),
        Section("村务管理台账", "四、村务管理台账（24分）", 24, (
            Row("《“四议两公开”工作记录》（村级重大事项逐项记录，决议和实施结果公开）；《村务监督委员会会议记录》（每季度不少于1次）", 6,
                "缺一本扣1分；重大事项未履行“四议两公开”程序的，每件扣1分，最高扣3分；村务监督委员会会议每少1次扣0.5分。"),
            Row("《党务村务财务公开记录》（党务、村务每季度公开一次，财务每月公开一次，附公开栏照片）", 5,
                "无记录的扣1分；党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.3分，最高扣2分；无照片的扣0.5分。"),
            Row("《村集体“三资”管理台账》（资产、资源、资金分类登记，每年清产核资一次）；《集体资产资源发包合同》（书面合同，经民主程序）", 5,
                "缺一本扣1分；未开展清产核资的扣1分；合同不规范的，每份扣0.2分，最高扣1分。"),
            Row("《矛盾纠纷排查化解台账》（每月排查一次，化解率达到百分之九十五）；《意识形态工作台账》（每半年研判一次，村广播、微信群信息先审后发）",
                5,
                "缺一本扣1分；排查每少1次扣0.2分，最高扣1分；化解率每低1个百分点扣0.2分，最高扣1分；研判每少1次扣0.5分。"),
            Row("台账归档管理（设立台账专柜，实行“一年一盒、分类归档”，12月31日前完成年度归档；资料真实完整）", 3,
                "无专柜的扣0.5分；未分类归档的扣1分；发现突击补做、弄虚作假的，本项不得分。"),
        )),
    ),
)

HEADER = ["序号", "台账类别", "资料名称", "分值", "扣分标准", "检查记录"]
NOTE = ("说明：1.本清单由县委组织部于11月下旬组织检查，乡镇党委组织委员陪同，以2025年1月1日至检查之日形成的原始台账为准，复印件、补做材料"
        "不予认定；2.“缺一本”指资料名称所列《》台账缺失；3.各项扣分以该项分值为限，扣完为止；4.检查得分90分以上的为“优秀”，75—89分的为“合格”，"
        "75分以下的为“不合格”，不合格的村限期一个月整改，检查结果纳入村党组织书记抓党建述职评议。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账检查清单"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "检查对象：全县各乡镇村党组织（含西柏坡镇红色旅游村）", ncols)
    xlsx_line(ws, "乡（镇）：              村：              检查人：              检查日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([i + 1, s.printed if i == 0 else None, row.text, row.points, row.scoring, None])
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 66)
    xlsx_widths(ws, (6, 14, 60, 6, 48, 12))
    wb.save(str(path))
