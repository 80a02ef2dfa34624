"""右玉县右卫镇2025年度村党组织党建工作目标责任考核评分表 (.xlsx), as the 镇党委 of 山西 朔州 右玉县 右卫镇 (its 党建办 with the 农经站, the
乡村振兴办, the 综治中心, the 林业站 and the 镇纪委, a 考核组 led by the 包片 镇领导 driving out past the old 右卫城 walls and the 杀虎口 road in
the middle of December, when the 小老杨 windbreaks stand bare on the hills the 右玉 people planted for seventy years and the 沙棘 berries are
frozen on the bush) scores the 村党组织 of a 晋西北 border township: the 村 on the 苍头河 whose 合作社 sell 沙棘, 小杂粮 and 羊肉, the 党员 who
go out to plant trees each spring and autumn as the “右玉精神” asks, the 外出 党员 who join the 主题党日 by 微信群, the 党员中心户 who each know ten
households, the 监测户 a 党员干部 is paired with, the 红白理事会 that keeps the 事宴 small: a sheet whose 考核项目 are merged down the first column,
whose 考核内容 prints what the 村 must have done, whose 评分细则 takes points off one clause at a time (scoring the 村集体经济 经营性收入 in bands of
万元 and the 年底 满意率 in bands), whose 考核方式 says how the 考核组 looks, and under whose 合计 a 一票否决 block of four 情形: 班子队伍建设 (the “一肩挑”,
one roster of the “两委” by age and 学历 and the 团结; the 书记's 责任书, 述职, 培训 and five days a week; two 后备力量, one under 35, the 档案, a
half-yearly 考察 and the 锻炼; the 承诺书, a quarterly 监督检查 and no 处分), 组织生活 (the “三会一课”, the 书记's two 党课, the 签到 and the 记录; the
主题党日 on the 10th, its 参加率 and the 微信群; the 组织生活会, 谈心谈话, 征求意见, 民主评议 and its 备案; 党费 按月 with a half-yearly 公示, the 积分
with a quarterly 公示 and a monthly 联系 of the 流动党员), 发展治理 (the 经营性收入 in bands of 万元, the “三资” 台账 and the 发包; one 合作社, two
致富带头人 and three 户 each; the spring and autumn 义务植树, its 参加率, the 管护责任区, two 巡护 a month and no 森林火灾; a monthly 监测排查, the
落实率, the 结对帮扶 全覆盖, a monthly 入户 and a 一票否决; the “四议两公开”, a quarterly 公开, its 照片 and the 7日 答复; ten 户 for each 中心户, a monthly
排查, the 化解率, a half-yearly 红白理事会 and no 大操大办; the “门前三包”, five 包联户 and a monthly 评比 with its 公布) and 服务保障 (the 挂牌, the 值班
记录 and the 代办 办结率; the “七一”、春节 慰问 全覆盖, the 关爱台账 and a monthly 探访; the 年初 计划, the 半年小结, the 年底 总结, the 归档 and the
“三晋先锋” 平台; the 年底 满意率 in bands).

A merged title row and a merged "考核对象：右卫镇各村党支部（党总支）" line above the header 考核项目 | 考核内容 | 分值 | 评分细则 | 考核方式. There is NO
序号: the items are numbered by position 1..19. The 考核项目 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points
on ONE line, "班子队伍建设（18分）"; there is no short sub-label. 考核内容 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分细则
(`Row.scoring`); 考核方式 (`Row.method`) says how the 考核组 checks (查阅资料, 个别谈话, 电话抽查, 走访群众, 实地查看, 农经报表核对, 暗访, 问卷测评 …),
naming no paper. A 合计 row of 100, then UNDER it a 一票否决 block: "一票否决事项" in the first column MERGED DOWN four rows, each 情形 in a cell
merged over the other four columns (no points; they belong to no item and are not in `sections`), then a merged 说明 row. Counts in figures and
Chinese numerals, nearly all in the 考核内容 ("45周岁以下的不少于2名", "大专及以上学历的不少于1名", "年初", "年底", "每年…不少于1次", "每周在岗不少于
5天", "不少于2名", "至少1名", "每半年…一次", "每年", "每季度…一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度
1次", "每年…不少于2次", "每月10日", "不低于百分之八十", "每年召开一次", "按月", "每半年公示一次", "每季度…公示一次", "每月联系一次", "5万元以上",
"不少于1个", "不少于2名", "不少于3户", "春秋两季", "百分之九十", "每月巡护不少于2次", "全年", "每月开展一次", "100%", "全覆盖", "每月入户不少于1次",
"每季度公开一次", "7日内", "不少于10户", "每月开展一次", "百分之九十五", "每半年开展一次", "不少于5户", "每月组织一次", "百分之九十五", "“七一”、春节",
"全覆盖", "每月…不少于1次", "年初", "年中", "年底", "每月更新", "年底", "不低于百分之八十五"); "最高扣" caps; bands of the 经营性收入 in 万元 (5 of the
8 points, closed by "3万元以下的不得分") and the 年底 满意率 (all 8, closed by "80%以下的不得分"); "酌情扣1-2分", "酌情扣0.5-1分" twice, "酌情扣1分"
once and "酌情扣0.5分" once; one "实行一票否决，本项不得分"; one other "本项不得分"; the 一票否决 block only under the 合计.
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


def _row(text: str, points: float, scoring: str, method: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 分值, 评分细则, 考核方式."""
    return Row(text, points, scoring, method)


TABLE = Table(
    name="zzzzu_youyu_youwei_zhen_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="右玉县右卫镇2025年度村党组织党建工作目标责任考核评分表",
    numbering="position",
    sections=(
        Section("班子队伍建设", "班子队伍建设（18分）", 18, (
            _row("村“两委”班子配备齐全，村党支部书记、村委会主任“一肩挑”；班子成员中45周岁以下的不少于2名，大专及以上学历的不少于1名；班子团结"
                 "协作，无内耗现象。", 5,
                 "“两委”班子不健全或未实行“一肩挑”的扣1分；45周岁以下、大专及以上学历成员每缺1名扣0.5分，最高扣1.5分；班子不团结、内耗严重的，酌情"
                 "扣1-2分。", "查阅资料、个别谈话"),
            _row("村党支部书记年初与镇党委签订党建目标责任书，年底向镇党委述职并接受党员群众评议；书记每年参加县级以上培训不少于1次，每周在岗不少于"
                 "5天，外出请假报备。", 5,
                 "未签订责任书的扣1分；未述职评议的扣1.5分；未参加培训的扣1分；暗访发现书记脱岗且未请假报备的，每次扣0.5分，最高扣1.5分。",
                 "查阅资料、电话抽查"),
            _row("每村储备村级后备力量不少于2名，其中35周岁以下的至少1名，实行“一人一档”；村党支部每半年对后备力量考察一次，安排到村务岗位实践"
                 "锻炼。", 4,
                 "后备力量每少1名扣0.5分；35周岁以下后备力量缺额的扣0.5分；未建档的扣0.5分；考察每少1次扣0.5分；未安排实践锻炼的，酌情扣0.5分。",
                 "查阅资料"),
            _row("村干部每年签订廉洁履职承诺书；村务监督委员会每季度对村级财务开展一次监督检查；村干部无违纪违法问题。", 4,
                 "未签订承诺书的扣0.5分；监督检查每少1次扣0.5分；村干部受到党纪政务处分的，每人扣2分。", "查阅资料、走访群众"),
        )),
        Section("组织生活", "组织生活（22分）", 22, (
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；村党支部书记每年为党员讲党课不少于2次；会议"
                 "有签到、有记录。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；无签到或记录不全的，每次扣0.1分，最高扣1分。", "查阅资料"),
            _row("每月10日开展主题党日活动，结合植树造林、人居环境整治开展实践；党员参加率不低于百分之八十，外出党员可通过微信群参加。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.5分，最高扣2分；活动流于形式的，酌情扣0.5-1分。", "查阅资料、平台查询"),
            _row("每年召开一次组织生活会，会前开展谈心谈话、征求党员群众意见；会后开展民主评议党员，评议结果报镇党委备案。", 5,
                 "未召开组织生活会的扣2分；未开展谈心谈话或征求意见的扣1分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。",
                 "查阅资料、个别谈话"),
            _row("党员按月交纳党费，党费收缴情况每半年公示一次；推行农村党员积分制管理，积分每季度在村务公开栏公示一次；外出流动党员每月联系"
                 "一次。", 5,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；无积分台账的扣1分；积分公示每少1次扣0.3分；流动党员联系每少1次扣"
                 "0.1分，最高扣1分。", "查阅资料、实地查看"),
        )),
        Section("发展治理", "发展治理（38分）", 38, (
            _row("发展壮大村级集体经济，年内村集体经济经营性收入达到5万元以上；建立村集体资产、资源、资金“三资”台账；集体资产资源发包、租赁经村民"
                 "代表会议讨论通过。", 8,
                 "经营性收入20万元以上的得5分，10万元（含）—20万元的得4分，5万元（含）—10万元的得3分，3万元（含）—5万元的得1分，3万元以下的不得分；"
                 "无“三资”台账的扣1.5分；发包、租赁未经村民代表会议讨论的，每件扣0.5分，最高扣1.5分。", "查阅资料、农经报表核对"),
            _row("村党支部领办合作社不少于1个，发展沙棘、小杂粮、肉羊等特色产业；培育党员致富带头人不少于2名，每名带头人带动脱贫户、监测户不少于"
                 "3户。", 5,
                 "未领办合作社的扣2分；致富带头人每少1名扣0.5分；带动户数不足的，每人扣0.2分，最高扣1分；合作社“空壳”运行的，酌情扣1分。",
                 "查阅资料、实地查看"),
            _row("传承弘扬“右玉精神”，组织党员参加春秋两季义务植树，党员参加率达到百分之九十；划分党员林木管护责任区，每月巡护不少于2次；全年不发生"
                 "森林火灾。", 5,
                 "义务植树每少1季扣1分；参加率每低5个百分点扣0.3分，最高扣1分；未划分责任区的扣1分；巡护每少1次扣0.1分，最高扣1分；发生森林火灾"
                 "的，本项不得分。", "查阅资料、实地查看"),
            _row("每月开展一次防止返贫动态监测排查，监测对象帮扶措施落实率达到100%；党员干部与监测户结对帮扶全覆盖，每月入户不少于1次。", 5,
                 "排查每少1次扣0.3分，最高扣1.5分；落实率每低1个百分点扣0.2分，最高扣1.5分；结对帮扶未全覆盖的，每户扣0.3分；入户每少1次扣0.1分，"
                 "最高扣1分；发生规模性返贫的，实行一票否决，本项不得分。", "查阅资料、入户走访"),
            _row("村级重大事项落实“四议两公开”，会议记录完整；党务、村务、财务每季度公开一次，公开内容留存照片；群众对公开内容提出的意见7日内"
                 "答复。", 5,
                 "重大事项未落实“四议两公开”的，每件扣1分，最高扣2分；公开每少1次扣0.5分；未留存照片的扣0.5分；答复超期的，每件扣0.2分。",
                 "查阅资料、实地查看"),
            _row("推行党员中心户联系群众，每名中心户联系农户不少于10户；每月开展一次矛盾纠纷排查，化解率达到百分之九十五；红白理事会每半年开展一次"
                 "活动，党员不大操大办。", 5,
                 "中心户联系不足的，每人扣0.2分，最高扣1分；排查每少1次扣0.2分，最高扣1分；化解率每低1个百分点扣0.2分，最高扣1分；红白理事会活动"
                 "每少1次扣0.5分；党员大操大办的，每起扣1分。", "查阅资料、走访群众"),
            _row("党员带头落实“门前三包”，每名党员包联农户不少于5户开展人居环境整治；村每月组织一次环境卫生评比，评比结果张榜公布。", 5,
                 "党员未落实“门前三包”的，每户扣0.2分，最高扣1.5分；包联户数不足的，每人扣0.1分，最高扣1分；评比每少1次扣0.3分，最高扣1.5分；评比"
                 "结果未公布的扣1分。", "实地查看"),
        )),
        Section("服务保障", "服务保障（22分）", 22, (
            _row("村党群服务中心规范挂牌，工作日安排村干部轮流坐班，有值班记录；推行便民服务全程代办，代办事项办结率达到百分之九十五。", 5,
                 "挂牌不规范的扣0.5分；无值班记录的扣1分；暗访发现无人值班的，每次扣0.5分，最高扣1.5分；办结率每低1个百分点扣0.2分，最高扣2分。",
                 "实地查看、暗访"),
            _row("“七一”、春节走访慰问老党员、困难党员，实现全覆盖；建立留守老人、留守儿童、残疾人关爱台账，党员每月上门探访不少于1次。", 4,
                 "慰问每少1人扣0.1分，最高扣1分；无关爱台账的扣1分；探访每少1次扣0.1分，最高扣2分。", "查阅资料、走访群众"),
            _row("年初制定村党支部年度工作计划，年中形成半年工作小结，年底形成年度工作总结；党建资料按“一村一档”分类归档；党员信息在“三晋先锋”平台"
                 "每月更新。", 5,
                 "缺计划、半年小结或总结的，每项扣1分；资料归档不规范的，酌情扣0.5-1分；平台信息未按月更新的，每月扣0.1分，最高扣1分。",
                 "查阅资料、平台查询"),
            _row("年底由镇党委组织党员、群众代表对村党组织工作开展满意度测评，满意率不低于百分之八十五。", 8,
                 "满意率95%以上的得8分，90%（含）—95%的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。", "问卷测评"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "分值", "评分细则", "考核方式"]
VETO_HEAD = "一票否决事项"
VETO = (
    "1.村“两委”主要负责人因违纪违法受到党纪重处分或被依法追究刑事责任的；",
    "2.发生重大森林火灾、重大安全生产责任事故或重大群体性事件的；",
    "3.违反规定程序发展党员、造成恶劣影响的；",
    "4.村集体“三资”管理出现重大违规问题、被县级以上通报的。",
)
NOTE = ("说明：1.本表由镇党委于12月中旬组织考核，采取听取汇报、查阅资料、实地查看、走访群众、问卷测评相结合的方式进行，以2025年1月1日至考核之日"
        "形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分细则列明得分档次的，按档次计分；3.村集体经济经营性收入以县农业农村局农经统计年报"
        "数据为准；4.有一票否决事项之一的，年度考核直接确定为“较差”等次；5.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，"
        "70分以下的为“较差”，考核结果与村干部绩效报酬、评先评优挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：右卫镇各村党支部（党总支）", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    top = ws.max_row + 1
    for i, line in enumerate(VETO):
        ws.append([VETO_HEAD if i == 0 else None, line])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=ncols)
        ws.cell(ws.max_row, 2).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.cell(top, 1).font = Font(bold=True)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (14, 50, 6, 54, 16))
    wb.save(str(path))
