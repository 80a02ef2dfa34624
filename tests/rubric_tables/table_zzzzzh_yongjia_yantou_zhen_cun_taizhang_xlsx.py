"""岩头镇党委2025年度村级党建工作台账规范化检查评分表 (.xlsx), as the 镇党委 of 岩头镇 in 永嘉县 in 浙江 温州 (its 党建办 with the 组织委员, the 驻村
联片 干部 and the 镇纪委, a 检查组 that opens the 档案盒 of each 村 in the 村党群服务中心 in the first ten days of December, when the 楠溪江 runs low and
clear past the 芙蓉 and 苍坡 古村, the 民宿 of the 丽水街 have closed their shutters after the autumn walkers, the 农家乐 are salting their 楠溪 鱼干, the
老人 of the 村 warm themselves in the 祠堂 and the 红十三军军部旧址 at 五尺 has its winter 研学 groups) checks the 台账 of the 村党组织 of a 楠溪江 镇: the
古村落 村 whose 集体经济 comes from 门票 and 民宿, the hill 村 whose young have gone to 温州 and 杭州 and whose 流动党员 are 在外 老板: a checklist of 台账,
each row naming one 台账 by its 《》 title, printing what it must hold (归档要求) and taking points off when it falls short (扣分标准): 组织建设类 (the
《基本情况登记表》 with its 更新 and 上墙 公布; the 《党员名册》 with its three 名册 and a quarterly 比对; the 《换届选举档案》 with its 方案、联审、报告、批复,
one roster of the “两委” and a "本项不得分"; the 《制度汇编》 and the 上墙; the 《述职评议资料》 of the 年底 述职 and the 满意率), 组织生活类 (the “三会一课”
记录本, the 要素, the 签到表 and a "本项不得分" for 补记; the 主题党日 on the 20th with 方案、签到、记录、照片 and one 现场教学 at the 红十三军军部旧址; the
组织生活会 with its 征求意见表、谈心谈话记录、对照检查材料, the 民主评议, the 测评表, the 汇总表 and the 备案; a monthly 集中学习, 3天, the 冬训 and its
参训率; the 谈心谈话 once a year and the 覆盖率), 党员管理类 (党费 按月 with the 签字 and a half-yearly 公示; one 发展 every two years, the “一人一档”, the 公示
and a 一票否决; the 流动党员 登记, a quarterly 联系 and a yearly 书面报告; the “先锋指数” 积分 by month, a quarterly 公示, the 年底 星级 and the 公布; the 年初
承诺, the 上墙, the 设岗率 and the 年底 评诺) and 工作保障类 (the “四议两公开” 记录 and the 公开; a quarterly 党务 公开, a monthly 村务、财务 公开 and the
照片; the 志愿服务队, a quarterly 志愿服务 and the 参与率; the 年初 计划 and the 年底 总结; the 专人, the 目录, the 电子台账 and a "本项不得分").

A merged title row, a merged "检查对象：岩头镇各村党组织" line and a merged "村名：    检查人：    检查日期：" line above the header 类别 | 台账名称 | 归档
要求 | 分值 | 扣分标准. There is NO 序号: the items are numbered by position 1..20. The 类别 are MERGED CELLS down the FIRST column, printed WITHOUT an
ordinal and WITH their points on a SECOND line, "组织建设类\\n（25分）". 台账名称 (SECOND column) is the 台账's title in 《》 on every row
(`Row.indicator`); 归档要求 (`Row.text`) says what the 台账 must hold and how often; 分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`); there is no
佐证 or 考核方式 column (the 台账 is the 佐证). A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all
in the 归档要求 ("1个月内", "每季度…比对一次", "35周岁以下的不少于1名", "大专及以上学历的不少于2名", "年底", "不低于百分之八十", "支部委员会每月召开1次，
党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "每月20日", "年内…不少于1次", "每年召开一次", "每月…一次", "每人每年…不少于3天或24学时",
"每年冬春季", "百分之九十以上", "每年至少…一次", "100%", "按月", "逐月", "每半年公示一次", "每两年至少…1名", "不少于5个工作日", "每季度至少联系一次", "每年…
一次", "按月登记、每季度公示一次", "年底", "年初", "100%", "年底", "每季度公开一次", "每月公开一次", "每季度…不少于1次", "百分之七十以上", "年初", "年底");
"最高扣" caps; "每低10个百分点" twice and "每低5个百分点" once; "酌情扣0.5-1分" once; one "实行一票否决，本项不得分" and three other "本项不得分".
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


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 台账名称, 归档要求, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzzh_yongjia_yantou_zhen_cun_taizhang_xlsx",
    fmt="xlsx",
    title="岩头镇党委2025年度村级党建工作台账规范化检查评分表",
    numbering="position",
    sections=(
        Section("组织建设类", "组织建设类\n（25分）", 25, (
            _row("《村党组织基本情况登记表》",
                 "村党组织设置、班子成员分工、党员基本信息登记齐全；班子成员、党员发生变动的，1个月内更新；党组织架构图和班子成员分工在村党群服务中心"
                 "上墙公布。", 5,
                 "基本信息登记不全的扣1分；变动未及时更新的，每人扣0.2分，最高扣1分；架构图或分工未上墙公布的扣1分。"),
            _row("《党员名册》",
                 "分类建立党员花名册、入党积极分子名册和流动党员名册，每季度与全国党员管理信息系统比对一次，做到名册与系统信息一致。", 5,
                 "缺党员花名册的扣2分；积极分子名册、流动党员名册每缺一种扣0.5分；比对每少1次扣0.3分，最高扣1.2分；信息不一致的，每人扣0.1分，最高扣"
                 "1分。"),
            _row("《村“两委”换届选举档案》",
                 "换届选举工作方案、候选人资格联审意见、选举结果报告、镇党委批复等材料按序归档；村“两委”班子成员中35周岁以下的不少于1名，大专及以上学历"
                 "的不少于2名。", 5,
                 "换届材料每缺一项扣0.5分，最高扣2分；35周岁以下或大专及以上学历成员不足的，每少1名扣0.5分，最高扣1.5分；候选人未经资格联审的，本项"
                 "不得分。"),
            _row("《党组织工作制度汇编》",
                 "“三会一课”、主题党日、组织生活会、民主评议党员、党费收缴、“四议两公开”等制度齐全，汇编成册；主要制度在村党群服务中心上墙。", 5,
                 "制度每缺一项扣0.5分，最高扣2.5分；未汇编成册的扣1分；主要制度未上墙的扣1分。"),
            _row("《村党组织书记述职评议资料》",
                 "村党组织书记年底向镇党委述职并接受党员群众评议，述职报告、民主测评表、评议结果按年度归档；测评满意率不低于百分之八十。", 5,
                 "未述职评议的扣2分；述职报告、测评表、评议结果每缺一项扣0.5分；满意率低于80%的扣1分。"),
        )),
        Section("组织生活类", "组织生活类\n（30分）", 30, (
            _row("《“三会一课”记录本》",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；使用镇党委统一印制的记录本，逐次记录时间、地点、"
                 "主持人、参加人员、议题和决定事项，附签到表。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；记录要素不全的，每次扣0.1分，最高扣1.5分；缺签到表的，每次扣0.1分，最高扣1分；事后补记、代签的，"
                 "本项不得分。"),
            _row("《主题党日活动台账》",
                 "每月20日开展主题党日活动，每次活动有方案、有签到、有记录、有照片；年内组织党员到红十三军军部旧址开展现场教学不少于1次。", 6,
                 "主题党日每少1次扣0.3分，最高扣2.5分；方案、签到、记录、照片每缺一项扣0.1分，最高扣1.5分；未开展现场教学的扣1分。"),
            _row("《组织生活会和民主评议党员资料》",
                 "每年召开一次组织生活会，征求意见表、谈心谈话记录、对照检查材料齐全；会后开展民主评议党员，《民主评议党员测评表》和评定等次汇总表归档，"
                 "评定结果报镇党委备案。", 6,
                 "未召开组织生活会的扣2分；征求意见表、谈心谈话记录、对照检查材料每缺一项扣0.5分；未开展民主评议党员的扣1.5分；测评表或汇总表未归档的扣"
                 "0.5分；评定结果未备案的扣0.5分。"),
            _row("《党员学习教育台账》",
                 "落实“第一议题”制度，每月组织党员集中学习一次；党员每人每年参加集中培训不少于3天或24学时；每年冬春季开展农村党员冬训，冬训参训率达到"
                 "百分之九十以上。", 5,
                 "集中学习每少1次扣0.3分，最高扣1.5分；培训不足的，每人扣0.1分，最高扣1分；未开展冬训的扣1.5分；参训率每低5个百分点扣0.5分，最高扣1分。"),
            _row("《谈心谈话记录》",
                 "村党组织书记与班子成员、班子成员之间、班子成员与党员之间每年至少谈心谈话一次，谈心谈话覆盖率达到100%；记录写明谈话时间、对象和主要"
                 "内容。", 5,
                 "覆盖率每低10个百分点扣0.5分，最高扣2分；记录内容不全的，每人次扣0.1分，最高扣1分。"),
        )),
        Section("党员管理类", "党员管理类\n（25分）", 25, (
            _row("《党费收缴台账》",
                 "党员按月交纳党费，台账逐月登记交纳金额和时间，由党员本人签字确认；党费收缴情况每半年公示一次。", 5,
                 "未按月交纳的，每人次扣0.1分，最高扣1.5分；无党员签字确认的扣0.5分；公示每少1次扣0.5分。"),
            _row("《发展党员工作台账》",
                 "每两年至少发展党员1名，注重从致富带头人、退役军人、返乡青年中发展；入党申请书、培养考察表、政治审查材料、入党志愿书等按“一人一档”"
                 "归档；发展对象公示不少于5个工作日。", 6,
                 "两年内未发展党员的扣2分；档案材料每缺一项扣0.3分，最高扣1.5分；未公示或公示时间不足的扣1分；违反程序发展党员的，实行一票否决，本项"
                 "不得分。"),
            _row("《流动党员管理台账》",
                 "外出流动党员逐人登记，明确联系人，每季度至少联系一次；流动党员每年向村党组织书面报告一次思想和工作情况。", 4,
                 "未逐人登记的扣1分；联系每少1人次扣0.1分，最高扣1.5分；书面报告每少1人扣0.2分，最高扣1分。"),
            _row("《党员积分管理台账》",
                 "推行农村党员“先锋指数”积分管理，积分按月登记、每季度公示一次；年底根据积分评定星级党员，评定结果张榜公布。", 5,
                 "未推行积分管理的扣1.5分；积分每缺1个月登记扣0.1分，最高扣1分；公示每少1次扣0.3分，最高扣1.2分；年底未评定的扣1分；评定结果未公布的扣"
                 "0.5分。"),
            _row("《党员承诺践诺台账》",
                 "年初党员结合自身特长作出公开承诺，承诺事项张贴上墙；无职党员设岗定责，设岗率达到100%；年底开展践诺评诺。", 5,
                 "未开展承诺的扣1.5分；承诺事项未上墙公开的扣0.5分；设岗率每低10个百分点扣0.5分，最高扣1分；年底未开展评诺的扣1分。"),
        )),
        Section("工作保障类", "工作保障类\n（20分）", 20, (
            _row("《“四议两公开”会议记录》",
                 "村级重大事项执行“四议两公开”，党组织提议、“两委”会议商议、党员大会审议、村民代表会议决议各环节会议记录齐全；决议和实施结果公开。", 5,
                 "重大事项未执行“四议两公开”的，每件扣1分，最高扣2分；各环节会议记录每缺一项扣0.5分，最高扣2分；决议或实施结果未公开的扣0.5分。"),
            _row("《党务村务公开资料》",
                 "党务每季度公开一次，村务、财务每月公开一次，公开内容拍照留存归档；重大事项随时公开。", 5,
                 "党务公开每少1次扣0.5分；村务、财务公开每少1次扣0.2分，最高扣2分；无公开照片留存的扣0.5分。"),
            _row("《志愿服务活动台账》",
                 "组建党员志愿服务队，每季度开展志愿服务活动不少于1次，党员参与率达到百分之七十以上。", 4,
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分；参与率低于70%的扣0.5分。"),
            _row("《党建工作计划和总结》",
                 "年初制定村党组织年度党建工作计划，年底形成工作总结，按年度装订归档。", 3,
                 "缺计划或总结的，每项扣1.5分。"),
            _row("《党建台账目录》",
                 "台账由组织委员专人管理，统一使用镇党委下发的档案盒分类存放，编制台账目录；电子台账与纸质台账同步更新。", 3,
                 "未明确专人管理的扣0.5分；分类不清或无台账目录的，酌情扣0.5-1分；电子台账未同步更新的扣0.5分；台账弄虚作假的，本项不得分。"),
        )),
    ),
)

HEADER = ["类别", "台账名称", "归档要求", "分值", "扣分标准"]
NOTE = ("说明：1.本表由镇党委于12月上旬组织检查，党建办牵头，驻村联片干部、镇纪委参加，逐村查阅台账原件，必要时抽查全国党员管理信息系统，以2025年1月1日"
        "至检查之日形成的台账为准；2.各项扣分以该项分值为限，扣完为止；3.台账名称以镇党委统一印发的目录为准，村党组织可在目录外增设特色台账；4.检查得分"
        "90分以上的为“规范”，75—89分的为“基本规范”，75分以下的为“不规范”，“不规范”的村限期一个月整改并复查。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村级台账检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "检查对象：岩头镇各村党组织", ncols)
    xlsx_line(ws, "村名：              检查人：              检查日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (12, 22, 52, 6, 52))
    wb.save(str(path))
