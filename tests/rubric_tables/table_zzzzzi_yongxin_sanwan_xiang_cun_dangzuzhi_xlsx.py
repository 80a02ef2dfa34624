"""永新县三湾乡党委2025年度村级党组织党建工作考核评分表 (.xlsx), as the 乡党委 of 江西 吉安 永新县 三湾乡 (its 党建办 with the 农业农村综合服务
中心, the 经管站, the 综治中心, the 应急办 and the 乡纪委, a 考核组 of 包村 乡干部 going round the 村 in the second half of December, when the 禾水 上游
runs low between the 井冈山 ridges, the 井冈蜜柚 has been picked and boxed, the 茶 terraces are pruned, the 三湾改编旧址 is full of 研学 groups in red caps
and the 枫树坪 村 is getting its 民宿 ready for the 春节 visitors) scores the 村党组织 of a mountain 红色 township: the 旧址 村 whose 党员 guide visitors,
the 蜜柚 and 茶叶 村 with a 合作社 of their own, the hamlets up the 九陇山 side whose young work in 广东 and whose slopes are watched every 汛期: a sheet of
考核项目 whose 考核内容 prints what the 村 must have done, whose 评分细则 takes points off one clause at a time (scoring the 经营性收入 in 万元 and the 年底
满意率 in bands) and whose 考核方式 says how the 考核组 looks, with a 一票否决事项 block under the 合计: 班子建设 (the “一肩挑”, the 5至7名, one member under 35
and one woman, the 年底 述职 and the 团结; two 后备力量, the “一对一” 联系, 5天 and a quarterly 报告; the 坐班, the 年初 责任书, the 清单 公开 and no 处分),
组织生活 (the “三会一课”, the 书记's two 党课, the 参会率 and the 记录; the 主题党日 about the 10日 with 方案、签到、记录、照片 and one 现场教学 at the 三湾改编
纪念馆; the 组织生活会, the 谈心谈话 全覆盖, the 民主评议 and its 备案; 党费 按月 with a quarterly 公示, the 积分 with a quarterly 公示, the 年底 星级 and a
monthly 联系 of the 流动党员; one 党员 every two years, the 公示, the 1年 and a 一票否决), 产业发展 (the 经营性收入 in 万元 bands and the 增长; the 合作社,
twenty 带动 户, two 示范项目 and the 空壳; the monthly 财务 公开, the “三资” 台账, the 平台 and the “四议两公开”), 乡村治理 (the 体系, the 覆盖率, ten 联户
each and a monthly 走访; a monthly 排查, the 台账, the 化解率, the 越级上访 and a "本项不得分"; the 村规民约, a yearly 评选, its 公布 and a monthly 义务劳动; the
汛前 排查, the 责任人, the 防汛 and 森林防火 演练 and the 值守) and 服务群众 (the 开放, the 代办帮办, the 服务台账 and the 办结率; the 关爱台账, the “七一”、春节
慰问, the 服务队 and a quarterly 志愿服务; the 年底 满意率 in bands).

A merged title row, a merged "考核对象：三湾乡各村党组织" line and a merged "村名：    考核组：    考核日期：" line above the header 考核项目 | 序号 | 考核内容 |
分值 | 评分细则 | 考核方式. The 考核项目 are MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH their points on ONE line, "一、班子建设（18分）";
序号 (SECOND column) RESTARTS at 1 in every 考核项目 (ids "1.1" … "5.3"); there is no short sub-label. 考核内容 (`Row.text`) says what is required; 分值 is
a plain number BEFORE the 评分细则 (`Row.scoring`); 考核方式 (`Row.method`) last, naming only the ways the 考核组 checks ("查阅资料", "实地查看", "个别谈话",
"入户走访", "问卷测评"). A 合计 row of 100; UNDER it a 一票否决事项 block of three rows with no points (the 考核项目 cell "一票否决事项" merged down beside them,
the 序号 and 分值 cells blank, the case in the 考核内容 column, "实行一票否决，年度考核等次直接定为“差”" in the 评分细则 column and the deciding body in the
考核方式 column; not in `sections`); a merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("5至7名", "35周岁
以下的不少于1名", "女性成员不少于1名", "年底", "不少于2名", "每人每年…不少于5天", "每季度…一次", "年初", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会
每月召开1次，党课每季度1次", "每年讲党课不少于2次", "不低于百分之八十", "每月10日前后", "年内…不少于1次", "每年召开一次", "按月", "每季度公示一次", "每季度
…公示一次", "年底", "每月至少联系一次", "每两年至少…1名", "不少于1年", "不少于5个工作日", "8万元以上", "不少于1个", "不少于20户", "年内…不少于2个", "每月公开
一次", "100%", "不少于10户", "每月走访一次", "每月开展一次", "百分之九十五", "全年", "每年开展一次", "每月组织一次", "每年汛期前…一次", "每年…各一次",
"24小时", "每周开放不少于5天", "100%", "“七一”、春节", "每季度开展一次", "年底", "不低于百分之九十"); "最高扣" caps; bands of the 经营性收入 in 万元 (6 of the
8 points, closed by "5万元以下的不得分") with the 增长 scored on its own ("较上年增长的得2分，持平或下降的不得分"), and of the 年底 满意率 (all 5, closed by
"80%以下的不得分"); "每少5户" once; "每低10个百分点" once, "每低5个百分点" once and "每低1个百分点" once; "酌情扣1-1.5分" once, "酌情扣0.5-1分" twice,
"酌情扣1-2分" once and "酌情扣1分" once; two "本项不得分".
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


def _row(text: str, points: float, scoring: str, how: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 分值, 评分细则, 考核方式."""
    return Row(text, points, scoring, how)


TABLE = Table(
    name="zzzzzi_yongxin_sanwan_xiang_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="永新县三湾乡党委2025年度村级党组织党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("班子建设", "一、班子建设（18分）", 18, (
            _row("村党组织书记、村委会主任“一肩挑”；村“两委”班子成员5至7名，其中35周岁以下的不少于1名、女性成员不少于1名；村党组织书记年底向乡党委述职，"
                 "接受党员群众评议。", 6,
                 "未实行“一肩挑”的扣1分；无35周岁以下成员的扣1分；无女性成员的扣0.5分；书记未述职评议的扣2分；班子不团结、工作推不动的，酌情扣1-1.5分。",
                 "查阅资料、个别谈话"),
            _row("每村储备村级后备力量不少于2名，实行乡党委委员“一对一”联系培养；村“两委”成员每人每年参加县乡集中培训不少于5天；村党组织书记每季度向乡党委"
                 "报告一次抓党建工作情况。", 5,
                 "后备力量每少1名扣1分；未落实联系培养的扣0.5分；培训不足5天的，每人扣0.2分，最高扣1.5分；报告每少1次扣0.5分。",
                 "查阅资料"),
            _row("落实村干部坐班值班制度，村干部每天轮流在村坐班；年初与乡党委签订党风廉政建设责任书；村级“小微权力”清单上墙公开；全年村“两委”成员无违纪"
                 "违法问题。", 7,
                 "无坐班值班制度的扣1分；实地抽查无人在岗的，每次扣0.5分，最高扣1.5分；未签订责任书的扣1分；清单未公开的扣1分；“两委”成员受到党纪政务处分"
                 "的，每人扣2.5分。",
                 "查阅资料、实地查看"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("严格落实“三会一课”制度：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；村党组织书记每年讲党课不少于2次；"
                 "党员参会率不低于百分之八十；会议记录规范，一会一记录。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣1分；参会率低于80%的扣1分；会议记录不规范、内容不全的，酌情扣0.5-1分。",
                 "查阅资料"),
            _row("每月10日前后开展主题党日活动，做到有方案、有签到、有记录、有照片；年内组织党员到三湾改编纪念馆开展“重温入党誓词”现场教学不少于1次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2.5分；方案、签到、记录、照片每缺一项扣0.2分，最高扣1分；未开展现场教学的扣1.5分。",
                 "查阅资料"),
            _row("每年召开一次组织生活会，会前支部书记与每名党员谈心谈话，谈心谈话全覆盖；会后开展民主评议党员，评议结果报乡党委备案。", 5,
                 "未召开组织生活会的扣2分；谈心谈话每少1人扣0.2分，最高扣1分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。",
                 "查阅资料、个别谈话"),
            _row("党员按月交纳党费，党费收缴情况每季度公示一次；实行党员积分管理，积分每季度在村务公开栏公示一次，年底评定星级党员；外出流动党员每月至少联系"
                 "一次。", 5,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.3分；未实行积分管理的扣1分；积分公示每少1次扣0.3分，最高扣1分；流动党员"
                 "联系每少1人次扣0.1分，最高扣1分。",
                 "查阅资料、实地查看"),
            _row("每两年至少发展1名党员，优先从返乡创业青年、致富带头人中发展；入党积极分子培养考察期不少于1年，发展对象公示不少于5个工作日；违反程序发展"
                 "党员的实行一票否决。", 3,
                 "两年内未发展党员的扣1.5分；发展对象未公示的扣1分；培养考察不足1年的扣0.5分；违反程序发展党员的，本项不得分。",
                 "查阅资料"),
        )),
        Section("产业发展", "三、产业发展（20分）", 20, (
            _row("村集体经济年经营性收入达到8万元以上，较上年有增长。", 8,
                 "经营性收入20万元以上的得6分，10万元（含）—20万元的得5分，8万元（含）—10万元的得4分，5万元（含）—8万元的得2分，5万元以下的不得分；较上年"
                 "增长的得2分，持平或下降的不得分。",
                 "查阅资料"),
            _row("村党组织领办合作社不少于1个，发展井冈蜜柚、茶叶等特色产业，带动脱贫户、监测户不少于20户；年内实施党员“双带”示范项目不少于2个。", 6,
                 "未领办合作社的扣2分；带动户数每少5户扣0.5分，最高扣1.5分；示范项目每少1个扣1分；合作社空壳运营的，酌情扣1分。",
                 "查阅资料、实地查看"),
            _row("落实“村账乡代理”，村级财务每月公开一次；建立村集体“三资”管理台账，资产资源发包进入乡公共资源交易平台；村级重大事项落实“四议两公开”。", 6,
                 "财务公开每少1次扣0.3分，最高扣2分；无“三资”台账的扣1分；未进平台交易的，每项扣0.5分，最高扣1.5分；未落实“四议两公开”的，每件扣1分，最高"
                 "扣1.5分。",
                 "查阅资料、实地查看"),
        )),
        Section("乡村治理", "四、乡村治理（22分）", 22, (
            _row("健全“村党组织—网格党小组—党员中心户”组织体系，网格党小组覆盖率100%；每名党员中心户联系农户不少于10户，每月走访一次。", 5,
                 "组织体系不健全的扣1分；覆盖率每低10个百分点扣0.5分，最高扣1.5分；联户未落实的，每人扣0.2分，最高扣1分；走访每少1次扣0.1分，最高扣1.5分。",
                 "查阅资料、入户走访"),
            _row("每月开展一次矛盾纠纷排查，建立排查化解台账，化解率达到百分之九十五；全年无因矛盾纠纷引发的越级上访和群体性事件。", 6,
                 "排查每少1次扣0.3分，最高扣1.5分；无排查化解台账的扣1分；化解率每低1个百分点扣0.2分，最高扣1.5分；发生越级上访的，每起扣1分，最高扣2分；"
                 "发生群体性事件的，本项不得分。",
                 "查阅资料"),
            _row("村规民约经村民代表会议修订通过；每年开展一次“好媳妇”“好婆婆”评选，评选结果张榜公布；党员带头参与人居环境整治，每月组织一次党员义务劳动。",
                 5,
                 "村规民约未修订的扣1分；未开展评选的扣1分；评选结果未公布的扣0.5分；义务劳动每少1次扣0.3分，最高扣2分；实地查看环境脏乱差的，酌情扣0.5-1分。",
                 "查阅资料、实地查看"),
            _row("每年汛期前开展一次山洪地质灾害隐患排查，落实转移避险责任人；每年组织防汛、森林防火应急演练各一次；汛期和春节、清明等重点时段党员干部24小时"
                 "值守。", 6,
                 "未开展排查的扣1分；责任人未落实的扣1分；演练每少1次扣1分；值守不到位的，酌情扣1-2分。",
                 "查阅资料、实地查看"),
        )),
        Section("服务群众", "五、服务群众（15分）", 15, (
            _row("村党群服务中心每周开放不少于5天，落实村干部轮流值班和代办帮办制度，建立服务台账；便民服务事项按期办结率100%。", 5,
                 "开放时间不足的扣1分；无代办帮办制度的扣1分；无服务台账的扣1分；办结率每低5个百分点扣0.5分，最高扣2分。",
                 "实地查看、查阅资料"),
            _row("建立困难党员、老党员、留守老人和留守儿童关爱台账；“七一”、春节走访慰问老党员、困难党员；组建党员志愿服务队，每季度开展一次志愿服务活动。", 5,
                 "无关爱台账的扣1分；走访慰问每少1人扣0.2分，最高扣1.5分；未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分。",
                 "查阅资料、入户走访"),
            _row("年底由乡党委组织党员群众代表对村党组织开展满意度测评，满意率不低于百分之九十。", 5,
                 "满意率95%以上的得5分，90%（含）—95%的得4分，80%（含）—90%的得2分，80%以下的不得分。",
                 "问卷测评"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "评分细则", "考核方式"]
VETO_HEAD = "一票否决事项"
VETO = (
    "村“两委”班子成员因违纪违法受到留党察看以上处分或被依法追究刑事责任的。",
    "违反程序发展党员，或发生“带病入党”问题的。",
    "发生重大安全生产事故、森林火灾或因灾亡人事件，造成恶劣影响的。",
)
VETO_RULE = "实行一票否决，年度考核等次直接定为“差”。"
VETO_HOW = "乡纪委、综治中心、应急办认定"
NOTE = ("说明：1.本表由乡党委于12月下旬组织考核，乡党建办牵头，农业农村综合服务中心、经管站、综治中心、应急办、乡纪委参加，采取听取汇报、查阅资料、"
        "实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；评分细则列明得分档次"
        "的，按档次计分；3.经营性收入以县农业农村局审定的农村集体经济统计年报为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，"
        "70分以下的为“差”，考核结果与村干部绩效报酬和“红旗村党组织”评选挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村级党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：三湾乡各村党组织", ncols)
    xlsx_line(ws, "村名：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([s.printed if i == 1 else None, i, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for case in VETO:
        ws.append([VETO_HEAD if ws.max_row + 1 == top else None, None, case, None, VETO_RULE, VETO_HOW])
        for c in (3, 5, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 95)
    xlsx_widths(ws, (14, 6, 52, 6, 54, 16))
    wb.save(str(path))
