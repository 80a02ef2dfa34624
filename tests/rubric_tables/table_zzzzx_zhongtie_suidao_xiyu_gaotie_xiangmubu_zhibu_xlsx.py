"""中铁隧道局四公司党委2025年度项目经理部党支部党建工作考核评分表 (.xlsx), as the 党委 of the 四公司 of the 中铁隧道局集团 (its 党委工作部 with the
工程管理部, the 安全质量部, the 物资设备部, the 劳务管理中心 and the 纪委办公室, a 考核组 driving to the 工区 of the company's 在建 lines in the first half of
January, when the 大巴山 tunnels of the 西渝高铁 run wet and warm under the snow, the 川东 and 渝北 camps are thinning for the 春节 and the 农民工 are
waiting for the last 工资 of the year) scores the 党支部 of its 项目经理部: the 支部 of a 隧道 项目 of two thousand workers and thirty 党员, whose 书记 is
the 项目 副经理 or the 项目经理 himself, whose 党员 are the 工程师 of the 工区, the 技术员 and the 安全员 on the 掌子面 in 三班倒, whose 劳务协作队伍 come
and go with the 工序, whose camp sits beside a 村 that lends it land and labour: a sheet whose 考核内容 prints what the 支部 must have done, whose 评分标准
takes points off one clause at a time (scoring the 节点工期兑现率 and the 年底 满意率 in bands and the 先锋作用 and the 业主评价 by 好/较好), and whose
考核方式 says how the 考核组 looks, whose points are the 基础分 and under whose 合计 a 加分项 block: 政治建设 (the “第一议题”, a monthly
集中学习, two 微党课 a month and 32学时; a quarterly 思想动态分析, a half-yearly 劳务人员 教育, no 讨薪 and the 涉稳; the 先审后发, the 舆情 and the 阵地),
组织建设 (the 支部 within three months, the 党小组 and the 劳务队伍 党员; the “三会一课” 分时段, the 书记's and the 项目经理's 党课 and the 记录; the
monthly 主题党日, the 参加率, the 签到 and 照片 and its 形式; the 组织生活会, the 谈心谈话, the 批评, the 民主评议 and the 备案; two 积极分子, the 公示,
党费 按月 with a quarterly 公示 and a "本项不得分"; the 转接, the 动态管理台账 and its monthly 更新), 融合发展 (five 先锋岗, the 责任区, the 亮身份 and the
先锋作用 graded; the 安全监督岗, two 安全检查 a month, the 整改率 and a 一票否决; the 突击队, the 兑现率 in bands and two 技术攻关; the “支部+劳务队”, the
代发率 and a quarterly 夜校; the 年初 责任书, the 风险点, a half-yearly 警示教育 and no 处分; two 共建协议, a half-yearly 联建, the 志愿服务队 and four
志愿服务) and 基础保障 (the 活动室, the 标识、制度、书籍 and a quarterly 宣传栏; the 台账, the 归档 and the monthly 平台; the 年初 计划, the 7月15日 半年
总结, the 年底 总结 and the 年底 述职; the 年底 满意率 in bands and the 业主评价).

A merged title row, a merged "考核对象：公司所属西渝高铁、渝昆高铁、成达万高铁等在建项目经理部党支部" line and a merged "项目部：    考核人：    考核
日期：" line above the header 序号 | 考核项目 | 考核内容 | 评分标准 | 基础分 | 考核方式 | 得分. The 考核项目 are MERGED CELLS down the SECOND column,
printed WITH a bracketed ordinal and WITH their points on ONE line, "（一）政治建设（15分）"; there is no short sub-label. 序号 (FIRST column) runs 1..19
through the scored part, NOT restarting. 考核内容 (`Row.text`) says what is required; the 评分标准 (`Row.scoring`) comes BEFORE the 基础分, a plain
number (the points); 考核方式 (`Row.method`) names ways of checking only (查阅资料, 网络学院查询, 个别谈话, 网络巡查, 现场查看, 劳务实名制平台核对, 工程
部门数据核对, 纪委认定, 问卷测评, 业主走访 …), no papers; 得分 is blank. A 合计 row of 100 closes the scored part; UNDER it the 加分项: four rows numbered
1..4 beside a 考核项目 cell "加分项\n（最高加10分）" MERGED DOWN the second column (加分内容 in the 考核内容 column, 加分办法 in the 评分标准 column, the
most each adds in the 基础分 column; not in `sections`); then a merged 说明 row ("考核总分＝基础分得分＋加分"). (Printed first with a banner row "一、
基础分（100分）" over the scored part, a "基础分合计" row and the bonus rows under a banner "二、加分项（最高加10分）" each with a short 考核项目 name, the
importer read the banner, the "基础分合计" row and each bonus name as categories of their own; the sheet is printed as above.) Counts in figures and Chinese
numerals, nearly all in the 考核内容 ("每月组织一次", "每月不少于2次", "每人每年…不少于32学时", "每季度开展一次", "每半年组织一次", "全年", "全年",
"开工3个月内", "3人以上", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课各不少于1次", "每月开展
一次", "不低于百分之八十五", "每年召开一次", "年内…不少于2名", "不少于5个工作日", "按月", "每季度公示一次", "每月更新", "不少于5个", "每月…不少于2次",
"100%", "全年", "百分之九十以上", "年内…不少于2项", "100%", "每季度开展一次", "年初", "每半年开展一次", "全年", "不少于2个", "每半年开展一次", "年内…
不少于4次", "每季度更新一次", "每月整理", "每月更新", "年初", "7月15日前", "年底", "年底", "年底", "不低于百分之九十"); "最高扣" caps; bands of the
节点工期兑现率 (3 of the 7 points, closed by "70%以下的不得分") and of the 年底 满意率 (4 of the 6, closed by "85%以下的不得分"); the 先锋作用 graded
"好的得1分，较好的得0.5分，一般的不得分" and the 业主评价 "“好”的得2分，“较好”的得1分，其他不得分"; "酌情扣1-2分" once, "酌情扣0.5-1分" five times and
"酌情扣0.5分" once; one "本项不得分" and two "实行一票否决，本项不得分".
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


def _row(text: str, scoring: str, points: float, how: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 评分标准, 基础分, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzx_zhongtie_suidao_xiyu_gaotie_xiangmubu_zhibu_xlsx",
    fmt="xlsx",
    title="中铁隧道局四公司党委2025年度项目经理部党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "（一）政治建设（15分）", 15, (
            _row("落实“第一议题”制度，支部每月组织一次集中学习；利用班前讲话、工地夜校开展“微党课”，每月不少于2次；党员每人每年参加学习培训不少于"
                 "32学时。",
                 "“第一议题”制度未落实的扣1分；集中学习每少1次扣0.3分，最高扣1.5分；微党课每少1次扣0.1分，最高扣1分；学时不足的，每人扣0.1分，最高扣"
                 "1.5分。", 5, "查阅资料、网络学院查询"),
            _row("每季度开展一次职工思想动态分析；对劳务协作队伍开展“同教育”，每半年组织一次劳务人员政治教育或法治教育；及时化解农民工工资等涉稳问题，"
                 "全年不发生群体性讨薪事件。",
                 "思想动态分析每少1次扣0.5分；劳务人员教育每少1次扣0.5分；发生群体性讨薪事件的，实行一票否决，本项不得分；涉稳问题处置不及时的，酌情扣"
                 "1-2分。", 5, "查阅资料、个别谈话"),
            _row("落实意识形态工作责任制，工地宣传标语、项目微信公众号等阵地信息先审后发；全年不发生负面舆情。",
                 "信息未经审核发布的，每次扣0.5分，最高扣2分；发生负面舆情经核实负有责任的，每起扣2分；宣传阵地管理不规范的，酌情扣0.5-1分。", 5,
                 "网络巡查、现场查看"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            _row("项目开工3个月内成立党支部，党员3人以上的工区设立党小组；项目经理、党支部书记“双向进入、交叉任职”；劳务协作队伍中的党员纳入项目党支部"
                 "统一管理。",
                 "未按期成立党支部的扣2分；应设未设党小组的，每个扣0.5分，最高扣1分；劳务队伍党员未纳入管理的，酌情扣0.5-1分。", 4, "查阅资料"),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；施工高峰期可利用班前、夜间时段召开；支部书记、项目经理"
                 "每年讲党课各不少于1次。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记、项目经理未讲党课的，每人扣1分；会议记录不规范的，酌情扣0.5-1分。", 7, "查阅资料"),
            _row("每月开展一次主题党日，结合“党员安全先锋”“工地开放日”开展实践活动；党员参加率不低于百分之八十五；活动有签到、有照片。",
                 "主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.5分，最高扣1.5分；无签到或照片的，每次扣0.1分，最高扣1分；活动流于形式的，"
                 "酌情扣0.5分。", 5, "查阅资料、个别谈话"),
            _row("每年召开一次组织生活会，会前开展谈心谈话，会上开展批评和自我批评；会后开展民主评议党员，评议结果报公司党委备案。",
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；批评和自我批评流于形式的，酌情扣0.5-1分；未开展民主评议党员的扣1分；评议结果未备案的"
                 "扣0.5分。", 5, "查阅资料、个别谈话"),
            _row("年内从技术骨干、青年工程师、优秀劳务工人中确定入党积极分子不少于2名；发展对象公示不少于5个工作日；党员按月交纳党费，党费收缴情况每季度"
                 "公示一次。",
                 "积极分子每少1名扣0.5分；发展对象未公示的扣1分；未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.25分；违反程序发展党员的，"
                 "本项不得分。", 5, "查阅资料、系统查询"),
            _row("对新进场、离场党员及时转接组织关系；建立党员动态管理台账，每月更新。",
                 "组织关系转接不及时的，每人扣0.5分，最高扣2分；无动态管理台账的扣1分；台账未按月更新的，每月扣0.1分，最高扣1分。", 4, "查阅资料、系统查询"),
        )),
        Section("融合发展", "（三）融合发展（35分）", 35, (
            _row("在关键工序、重大风险点设立“党员先锋岗”不少于5个，划分党员责任区；党员佩戴党徽、亮明身份，在急难险重任务中作表率。",
                 "先锋岗每少1个扣0.5分，最高扣2分；未划分党员责任区的扣1分；党员未亮身份的，每人次扣0.2分，最高扣1分；先锋作用由考核组评定，好的得1分，"
                 "较好的得0.5分，一般的不得分。", 5, "现场查看"),
            _row("组建党员安全监督岗，每月开展不少于2次“党员身边无隐患”安全检查，隐患整改率达到100%；全年不发生一般及以上生产安全责任事故和质量事故。",
                 "未组建安全监督岗的扣1分；安全检查每少1次扣0.1分，最高扣2分；整改率每低1个百分点扣0.5分，最高扣3分；发生一般及以上生产安全责任事故或质量"
                 "事故的，实行一票否决，本项不得分。", 8, "查阅资料、现场查看"),
            _row("组建党员突击队，围绕隧道进洞、贯通等节点工期开展攻坚，节点工期兑现率达到百分之九十以上；年内开展“党建+”技术攻关、QC小组活动不少于"
                 "2项。",
                 "未组建突击队的扣1分；兑现率90%以上的得3分，80%（含）—90%的得2分，70%（含）—80%的得1分，70%以下的不得分；技术攻关每少1项扣1.5分。", 7,
                 "工程部门数据核对"),
            _row("推行“支部+劳务队”联建，农民工实名制管理，工资专户代发率达到100%；设立农民工夜校，每季度开展一次技能培训或安全培训。",
                 "未开展联建的扣1分；代发率每低1个百分点扣0.5分，最高扣2分；夜校培训每少1次扣0.5分，最高扣2分。", 5, "劳务实名制平台核对"),
            _row("年初与公司党委签订党风廉政建设责任书；围绕物资采购、分包结算、计量计价等环节排查廉洁风险点；每半年开展一次警示教育；党员全年无违纪违法"
                 "行为。",
                 "未签订责任书的扣1分；未排查风险点的扣1分；警示教育每少1次扣0.5分；党员受到党纪政务处分的，每人扣2分。", 5, "查阅资料、纪委认定"),
            _row("与项目所在地村（社区）党组织签订共建协议不少于2个，每半年开展一次联建活动；组建青年志愿服务队，年内开展助学、修路等志愿服务不少于4次。",
                 "共建协议每少1个扣0.5分；联建活动每少1次扣0.5分，最高扣1分；未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分，最高扣2分。", 5,
                 "查阅资料、走访共建单位"),
        )),
        Section("基础保障", "（四）基础保障（20分）", 20, (
            _row("项目驻地设立党员活动室，有标识、有制度、有书籍；工地设置党建宣传栏，宣传内容每季度更新一次。",
                 "无党员活动室的扣2分；标识、制度、书籍每缺一项扣0.3分；宣传栏每少更新1次扣0.3分，最高扣1分。", 4, "现场查看"),
            _row("建立“三会一课”、主题党日、党员发展、党费收缴等基础台账，党建资料每月整理、按年度归档；党建信息化平台数据每月更新。",
                 "基础台账每缺一类扣0.5分，最高扣2分；资料整理归档不规范的，酌情扣0.5-1分；平台数据未按月更新的，每月扣0.1分，最高扣1分。", 4,
                 "查阅资料、平台查询"),
            _row("年初制定党建工作计划，与施工生产计划同部署；7月15日前报送半年工作总结，年底形成年度工作总结；支部书记年底向公司党委述职。",
                 "缺计划、半年总结或年度总结的，每项扣1分；计划与施工生产脱节的，酌情扣0.5-1分；未述职的扣2分。", 6, "查阅资料"),
            _row("年底由公司党委组织项目职工、劳务人员代表对支部工作开展满意度测评，满意率不低于百分之九十；业主（建设单位）对项目党建工作评价为“好”。",
                 "满意率95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分；业主评价为“好”的得2分，“较好”的得1分，其他不得分。",
                 6, "问卷测评、业主走访"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "基础分", "考核方式", "得分"]
BONUS_HEAD = "加分项\n（最高加10分）"
BONUS = (
    ("1", "支部或党员获得省部级以上表彰，或项目获评国家级优质工程的。", "每项加1.5分。", 3, "查阅表彰文件"),
    ("2", "党员突击队在抢险救灾、重大节点攻坚中表现突出，受到业主或地方政府通报表扬的。", "每次加1分。", 3, "查阅通报文件"),
    ("3", "支部党建工作经验被集团公司以上推广，或在省级以上媒体宣传报道的。", "每项加1分。", 2, "查阅推广文件、报道截图"),
    ("4", "“党建+”技术攻关成果获得省部级以上科技进步奖、工法或发明专利的。", "每项加1分。", 2, "查阅获奖证书"),
)
NOTE = ("说明：1.本表由公司党委于次年1月上旬组织考核，党委工作部牵头，工程管理部、安全质量部、劳务管理中心、纪委办公室参加，以2025年1月1日至12月"
        "31日形成的资料为准；2.考核总分＝基础分得分＋加分，加分最高10分；基础分各项扣分以该项分值为限，扣完为止；评分标准列明得分档次或等次的，按档次、"
        "等次计分；3.节点工期兑现率以公司工程管理部统计数据为准，生产安全责任事故由安全质量部认定；4.考核总分95分以上的为“红旗党支部”，85—94分的为"
        "“先进党支部”，70—84分的为“合格”，70分以下的为“不合格”，考核结果与项目班子绩效年薪挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：公司所属西渝高铁、渝昆高铁、成达万高铁等在建项目经理部党支部", ncols)
    xlsx_line(ws, "项目部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    top = ws.max_row + 1
    for i, (number_text, text, rule, most, how) in enumerate(BONUS):
        ws.append([number_text, BONUS_HEAD if i == 0 else None, text, rule, most, how, None])
        for c in (3, 4, 6):
            ws.cell(ws.max_row, c).alignment = wrap
        for c in (1, 5):
            ws.cell(ws.max_row, c).alignment = center
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 90)
    xlsx_widths(ws, (6, 14, 50, 52, 7, 18, 7))
    wb.save(str(path))
