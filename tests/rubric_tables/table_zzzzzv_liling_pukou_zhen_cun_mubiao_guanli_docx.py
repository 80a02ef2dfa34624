"""中共醴陵市浦口镇委员会2025年度村党组织目标管理考核评分表 (.docx), as the 镇党委 of 浦口镇 in 醴陵 in 株洲 in 湖南 (its 组织办 with the 党建办, the
经管站, the 农业综合服务中心, the 乡村振兴办, the 综治办, the 宣传办 and the 镇纪委, a 考核组 going from 村 to 村 along the 渌江 in the first weeks of
January, when the 烟花 workshops are busy for the 春节 orders, the 油茶 hills are picked and bare, the 瓷 kilns of the next 镇 are smoking and every 村部 has
its 目标管理 台账 stacked on the long table under the 党旗) scores each 村党总支（党支部） on the year's 目标: a table whose 考核内容 names the target in a few
words, whose 目标要求 prints what the 村 must have done or reached, whose 考核办法 takes points off one clause at a time (scoring the 经营性收入 in bands of
万元) and whose 责任单位 names the 镇 office that scores the row: 组织建设 (the 换届, the 分工 and the 班子 with one under 35 and three with 高中; the
“三会一课” and the 书记's 党课; the 主题党日 on the 10th, its 参加率, the 方案、签到、图片; the 组织生活会, the 征求意见, the 谈心谈话, the 民主评议 and the
备案; one 发展 every two years, two 积极分子 and a 一票否决; three 后备力量, the 人才库 and a yearly 培训), 党员管理 (32学时 and a quarterly 送学上门; 党费
按月 and a half-yearly 公布; the 流动党员 花名册, a quarterly 联系 and a yearly 书面汇报; the 设岗率, the 年初 承诺 and the 年底 践诺评议; the “七一”、春节
慰问, its 覆盖率 and the 帮扶台账), 乡村振兴 (the 经营性收入 in bands, its 增长 and the 统一管理; a 合作社 or 产业项目 and two 技术培训; the 责任区 and a monthly
志愿服务; the 共建协议, a half-yearly 共建活动 and two 实事; a monthly 走访 and no 返贫), 基层治理 (the “四议两公开” and a quarterly 公开; a monthly 排查,
the 化解率 and no 越级上访; a half-yearly 专题研究 of the 意识形态 and the 审核) and 基础保障 (the 制度 and the 开放; the 年初 计划, the 年底 总结 and 述职,
the 归档).

The title (bold, centred), a centred "（考核对象：…）" line and a "村：…考核组：…考核时间：" line above one table: 序号 | 考核内容 | 目标要求 | 分值 | 考核办法
| 责任单位. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line, "一、组织建设（30分）"; 序号 (FIRST
column) RESTARTS at 1 under every section row (ids "1.1" … "5.2"). 考核内容 is a short sub-label (`Row.indicator`); 目标要求 (`Row.text`) says what is
required; 分值 is a plain number BEFORE the 考核办法 (`Row.scoring`); 责任单位 (`Row.method`) last, naming only the 镇 office that scores the row (no
paper, no way of checking). A 合计 row of 100 closes the table; an "备注：" paragraph with three numbered lines follows it. Counts in figures and Chinese
numerals, nearly all in the 目标要求 ("35周岁以下的成员不少于1名，高中（中专）及以上学历的成员不少于3名", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会
每月召开1次，党课每季度至少1次", "每年…不少于1次", "每月10日", "不低于百分之八十", "每年召开一次", "每两年至少…1名", "不少于2名", "不少于3名", "每年…一次",
"每年…不少于32学时", "每季度至少一次", "按月", "每半年…公布一次", "每季度至少…一次", "每年…不少于1次", "百分之九十以上", "年初", "年底", "“七一”、春节",
"100%", "10万元以上", "不少于1个", "年内…不少于2期", "每月开展一次", "每半年…不少于1次", "年内…不少于2件", "每月", "每季度公开一次", "每月开展一次",
"百分之九十以上", "每半年…一次", "每周开放不少于5天", "年初", "年底"); "最高扣" caps; bands of the 经营性收入 in 万元 (all 8 points, closed by "5万元以下的不
得分"); "每低5个百分点" three times and "每低10个百分点" once; "酌情扣0.5-1分" twice and "酌情扣1分" once; one "实行一票否决，本项不得分" and two plain "本项
不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(indicator: str, text: str, points: float, scoring: str, office: str) -> Row:
    """One row in the order the table prints it: 考核内容, 目标要求, 分值, 考核办法, 责任单位."""
    return Row(text, points, scoring, office, indicator=indicator)


TABLE = Table(
    name="zzzzzv_liling_pukou_zhen_cun_mubiao_guanli_docx",
    fmt="docx",
    title="中共醴陵市浦口镇委员会2025年度村党组织目标管理考核评分表",
    numbering="restart",
    sections=(
        Section("组织建设", "一、组织建设（30分）", 30, (
            _row("班子建设",
                 "村党组织按期换届，班子成员分工明确；村“两委”班子中35周岁以下的成员不少于1名，高中（中专）及以上学历的成员不少于3名。", 6,
                 "未按期换届的扣3分；分工不明确的扣1分；班子结构不达标的，每项扣1分。", "镇组织办"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次；村党组织书记每年为党员讲党课不少于1次。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；会议记录代签、补记的，每次扣0.5分。", "镇组织办"),
            _row("主题党日",
                 "每月10日固定开展主题党日活动，党员参加率不低于百分之八十；活动有方案、有签到、有图片。", 5,
                 "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分，最高扣1.5分；无方案、签到或图片的，每次扣0.2分，最高扣1分。", "镇组织办"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前广泛征求意见、开展谈心谈话；开展民主评议党员，评议结果报镇党委备案。", 5,
                 "未召开组织生活会的扣2分；未征求意见或未开展谈心谈话的扣1分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分。", "镇组织办"),
            _row("发展党员",
                 "严格执行发展党员工作程序，村党组织每两年至少发展党员1名，优先从致富能手、返乡青年中发展；入党积极分子不少于2名。", 5,
                 "两年内未发展党员的扣2分；入党积极分子每少1名扣0.5分；违反程序发展党员的，实行一票否决，本项不得分。", "镇组织办"),
            _row("后备力量",
                 "按照每村不少于3名的标准储备村级后备力量，建立后备力量人才库，每年组织一次集中培训。", 3,
                 "后备力量每少1名扣0.5分；未建立人才库的扣1分；未开展集中培训的扣1分。", "镇组织办"),
        )),
        Section("党员管理", "二、党员管理（20分）", 20, (
            _row("学习教育",
                 "党员每年集中学习培训不少于32学时；对年老体弱、行动不便的党员送学上门，每季度至少一次。", 5,
                 "学时不足的，每人扣0.1分，最高扣2分；送学上门每少1人次扣0.2分，最高扣1分；学习档案不全的，酌情扣0.5-1分。", "镇组织办"),
            _row("党费收缴",
                 "党员按月交纳党费，党费收缴台账清晰；党费收缴情况每半年在党务公开栏公布一次。", 3,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；党费台账不清的扣0.5分；未公布的，每次扣0.5分。", "镇党建办"),
            _row("流动党员",
                 "建立流动党员花名册，落实流出地、流入地“双向管理”，每季度至少联系流动党员一次；外出流动党员每年向村党组织书面汇报思想工作情况不少于"
                 "1次。", 4,
                 "无花名册的扣1分；联系每少1人次扣0.1分，最高扣1.5分；未书面汇报的，每人扣0.2分，最高扣1分。", "镇组织办"),
            _row("设岗定责",
                 "开展党员设岗定责、承诺践诺活动，无职党员设岗率达到百分之九十以上；党员年初公开承诺，年底开展践诺评议。", 4,
                 "设岗率每低10个百分点扣0.5分；未公开承诺的扣1分；未开展践诺评议的扣1分。", "镇组织办"),
            _row("关爱帮扶",
                 "“七一”、春节期间走访慰问老党员、生活困难党员，慰问覆盖率100%；建立困难党员帮扶台账。", 4,
                 "慰问每少1次扣1分；覆盖率每低5个百分点扣0.5分；无帮扶台账的扣1分。", "镇组织办"),
        )),
        Section("乡村振兴", "三、乡村振兴（25分）", 25, (
            _row("集体经济",
                 "村级集体经济年经营性收入达到10万元以上，较上年有增长；集体经济收支纳入村级财务统一管理。", 8,
                 "年经营性收入30万元以上的得8分，20万元（含）—30万元的得6分，10万元（含）—20万元的得4分，5万元（含）—10万元的得2分，5万元以下的不"
                 "得分；收入未增长的扣1分；收支未纳入统一管理的扣2分。", "镇经管站"),
            _row("产业发展",
                 "村党组织领办合作社或培育特色产业项目不少于1个，带动农户增收；年内组织农业实用技术培训不少于2期。", 5,
                 "未领办合作社且无特色产业项目的扣2分；带动增收成效不明显的，酌情扣1分；技术培训每少1期扣0.5分。", "镇农业综合服务中心"),
            _row("人居环境",
                 "党员划分环境卫生责任区，每月开展一次人居环境整治志愿服务；全年无大面积垃圾乱堆乱放现象。", 4,
                 "未划分责任区的扣1分；志愿服务每少1次扣0.3分；检查发现问题被镇通报的，每次扣1分。", "镇农办"),
            _row("结对共建",
                 "与镇直单位或城区党组织签订结对共建协议，每半年开展共建活动不少于1次，年内为村办实事不少于2件。", 4,
                 "未签订共建协议的扣1分；共建活动每少1次扣1分；实事每少1件扣0.5分。", "镇党建办"),
            _row("防止返贫",
                 "落实防止返贫动态监测帮扶机制，党员干部每月走访联系脱贫户、监测户；全年不发生规模性返贫。", 4,
                 "走访每少1次扣0.2分，最高扣2分；监测对象识别不及时的，每户扣0.5分；发生规模性返贫的，本项不得分。", "镇乡村振兴办"),
        )),
        Section("基层治理", "四、基层治理（15分）", 15, (
            _row("民主管理",
                 "落实“四议两公开”，重大事项经村党组织提议、“两委”会商议、党员大会审议、村民代表会议决议；党务、村务、财务每季度公开一次。", 5,
                 "重大事项未按程序决策的，每项扣1分；公开每少1次扣0.5分，最高扣2分。", "镇纪委、镇经管站"),
            _row("矛盾化解",
                 "党员中心户每月开展一次矛盾纠纷排查，矛盾纠纷就地化解率达到百分之九十以上；全年无越级上访。", 5,
                 "排查每少1次扣0.3分；化解率每低5个百分点扣1分；发生越级上访的，每起扣2分。", "镇综治办"),
            _row("意识形态",
                 "每半年专题研究一次意识形态工作；村广播、宣传栏、村民微信群发布信息经村党组织审核。", 5,
                 "专题研究每少1次扣1分；发布信息未经审核的，每次扣0.5分；发生意识形态问题造成不良影响的，本项不得分。", "镇宣传办"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            _row("阵地建设",
                 "村级党群服务中心有标识、有党旗、有制度，每周开放不少于5天，村干部轮流坐班值班。", 5,
                 "标识、党旗、制度每缺一项扣0.5分；开放时间不足或无人值班的，每次扣0.5分，最高扣2分。", "镇组织办"),
            _row("资料管理",
                 "年初制定党建工作计划，年底形成工作总结和书记抓党建述职报告；党建资料按年度归档，做到“一事一档”。", 5,
                 "无计划、总结的，每项扣1分；书记未述职的扣1.5分；资料归档不规范的，酌情扣0.5-1分。", "镇组织办"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "目标要求", "分值", "考核办法", "责任单位"]
NOTES = (
    "备注：",
    "1.本表由镇党委于2026年1月组织考核，各责任单位按分工逐项评分，镇组织办汇总；考核范围为2025年1月1日至12月31日。",
    "2.各项扣分以该项分值为限，扣完为止；考核办法列明得分档次的，按档次计分。",
    "3.考核结果分为“优秀”“良好”“合格”“不合格”四个等次，与村干部绩效报酬挂钩，作为村党组织书记述职评议的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（考核对象：全镇18个行政村党总支（党支部））")
    document.add_paragraph("村：                    考核组：                    考核时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring),
                     (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
