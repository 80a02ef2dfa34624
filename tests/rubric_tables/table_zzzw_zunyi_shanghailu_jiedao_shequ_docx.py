"""汇川区上海路街道2025年度社区党组织党建工作考核评分细则 (.docx), as the 街道党工委 of 贵州 遵义 汇川区 上海路 (its 党建办 with the 社会事务
办, the 综治中心, the 网格化服务管理中心 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 of the new city north of
the 湘江 (the 遵义 one) where the 三线建设 factories moved in the 1960s and left their 职工宿舍, the 大连路 and 上海路 商圈, new 商品房 小区 with
their 物业 and 业委会, 网格员 who walk the stairs of the hillside 楼栋, 在职党员 of the 区直 单位 who report to the 社区, and the 遵义会议会址 and the
娄山关 a short ride away for the 现场教学: a table whose 考核项目 is a short title of a few words and whose 评分标准 carries all the work, each
clause a figure and its deduction: 班子队伍 (one roster of the “两委” by age and 学历 "每缺一项" with the “一肩挑”, the 交叉任职比例, a half-yearly
谈心谈话 and the 团结; the 党员比例 of the 社区工作者 with 40学时, the 花名册 and the 绩效考核档案; three 后备力量 with the 培养台账, a half-yearly
考察 and one 选聘 a year), 组织生活 (the “三会一课” with the 书记's two 党课, the 签到 and no 补记; the monthly 主题党日 with the 参加率, a yearly
现场教学 and the 照片; the 组织生活会 with 谈心谈话, 征求意见, the 民主评议, the 备案 and the 处置; two 积极分子 a year and "每两年至少发展党员1名"
with the 公示 and a 一票否决), 党员管理 (a monthly 集中学习 with 32学时 and a quarterly 送学上门; 党费 with a yearly 核定, a half-yearly 公示 and the
系统; the 流动党员台账 with a quarterly 联系, the 关怀帮扶台账 with the “七一”、春节 慰问 and the 失联), 治理服务 (fifty 走访 a month with the 民情日志,
the 按期办结率 and the “12345” 满意率 in bands; the 物业 覆盖率 with a monthly “三方联席会议” and the 准物业; a monthly 排查 with the 化解台账, the
调解成功率, the 24小时 上报 and a 一票否决; the 报到率 with four 志愿服务, five 共建协议 and a half-yearly 反馈; a quarterly 议事会 with the 公示, a
quarterly 公开 and six 民生实事) and 责任落实 (the 年初 计划, the 责任书, the 半年小结, the 年底 述职 and the 年终 总结; a 年底 测评 scored in bands for
the whole 5 points).

The title (bold, centred) and a centred "（考核对象：上海路街道所辖各社区党委）" line above one table: 序号 | 考核类别 | 考核项目 | 评分标准 | 分值 |
考核方式. 序号 (FIRST column) runs 1..17 through the whole table, NOT restarting. The categories are MERGED CELLS down the 考核类别 column
(SECOND), printed WITH an ordinal and their points on a SECOND line, "一、班子队伍\\n（18分）". 考核项目 is a short title (`Row.text`), a few
words with no figure; the 评分标准 is long, every requirement and every deduction printed there; 分值 is a plain number AFTER the 评分标准.
考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 个别谈话, 查阅会议记录, 实地查看, 查阅档案, 抽查学时, 系统核查, 查阅台账,
平台数据, 入户走访, 问卷测评): no papers. A 合计 row of 100 closes the table; a "说明：" paragraph with three numbered lines follows it. Counts in
figures and Chinese numerals, all in the 评分标准 ("每半年开展一次", "每年…不少于40学时", "每半年…考察一次", "年内…不少于1名", "支部委员会每月
召开1次、党员大会每季度召开1次、党小组会每月召开1次、党课每季度1次", "每年讲党课不少于两次", "每月固定一天", "每年…不少于1次", "每年召开一
次", "每年开展一次", "年内…不少于2名", "每两年至少发展党员1名", "每月组织一次", "每年…不少于32学时", "每季度送学上门一次", "按月", "每年7月
核定一次", "每半年公示一次", "每季度至少联系一次", "“七一”、春节期间", "超过6个月", "每月入户走访不少于50户", "每月召开一次", "每月开展一次",
"24小时内", "每人每年…不少于4次", "每半年…反馈一次", "每季度至少召开一次", "每季度公开一次", "全年…不少于6件", "年初", "7月底前", "年底",
"年终", "年底"); "不少于2名", "不少于3名", "不少于5家"; "不少于5个工作日"; "百分之四十", "百分之六十", "百分之八十五", "百分之九十五", "百分之
七十", "百分之九十八", "100%"; "每缺一项扣1分" once and "每缺一项扣0.5分" once, "缺一项扣0.5分" once; "最高扣" caps; "酌情扣1-2分" once,
"酌情扣0.5分" twice and "酌情扣0.5-1分" once; two sets of bands (a 满意率 for 2 of the 7 points closed by "80%以下的不得分", a 满意度 for the whole
5 points closed by "80%以下的不得分"); two "实行一票否决，本项不得分"; two other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzw_zunyi_shanghailu_jiedao_shequ_docx",
    fmt="docx",
    title="汇川区上海路街道2025年度社区党组织党建工作考核评分细则",
    numbering="printed",
    sections=(
        Section("班子队伍", "一、班子队伍\n（18分）", 18, (
            Row("社区“两委”班子建设", 6,
                "社区“两委”成员中35周岁以下的不少于2名、大专及以上学历的不少于3名，每缺一项扣1分；社区党委书记、居委会主任“一肩挑”，未实行的"
                "扣1分；“两委”成员交叉任职比例不低于百分之四十，未达到的扣0.5分；班子成员之间每半年开展一次谈心谈话，每少1次扣0.5分；班子不"
                "团结、工作推诿扯皮的，酌情扣1-2分。", "查阅资料、个别谈话"),
            Row("社区工作者队伍", 6,
                "社区工作者中党员比例不低于百分之六十，每低5个百分点扣0.5分；社区工作者每年参加区级以上业务培训不少于40学时，不足的每人扣0.1分，"
                "最高扣1分；建立社区工作者花名册和绩效考核档案，每缺一项扣0.5分；社区工作者年度考核被评为“不称职”的，每人扣1分。",
                "查阅资料、抽查学时"),
            Row("后备力量培养", 6,
                "储备社区后备力量不少于3名，每少1名扣0.5分；建立后备力量培养台账，未建立的扣1分；每半年对后备力量考察一次，每少1次扣0.3分；年内"
                "从退役军人、高校毕业生中选聘社区工作者不少于1名，未选聘的扣1分。", "查阅资料"),
        )),
        Section("组织生活", "二、组织生活\n（24分）", 24, (
            Row("“三会一课”", 8,
                "支部委员会每月召开1次、党员大会每季度召开1次、党小组会每月召开1次、党课每季度1次，每少1次扣0.5分，最高扣4分；社区党委书记每年"
                "讲党课不少于两次，每少1次扣1分；会议无签到或无记录的，每次扣0.2分，最高扣1分；存在补记、代签的，本项不得分。", "查阅会议记录"),
            Row("主题党日", 5,
                "每月固定一天开展主题党日，每少1次扣0.3分，最高扣2分；党员参加率不低于百分之八十五，每低5个百分点扣0.3分；每年组织党员到遵义会议"
                "会址、娄山关红军战斗遗址等红色教育基地开展现场教学不少于1次，未开展的扣1分；活动无照片的，每次扣0.1分。", "查阅资料"),
            Row("组织生活会和民主评议", 6,
                "每年召开一次组织生活会，未召开的扣2分；会前开展谈心谈话、征求意见，缺一项扣0.5分；每年开展一次民主评议党员，未开展的扣1.5分；"
                "评议结果报街道党工委备案，未备案的扣0.5分；对评定为不合格的党员未按规定稳妥处置的，酌情扣0.5分。", "查阅会议记录、个别谈话"),
            Row("发展党员", 5,
                "年内确定入党积极分子不少于2名，每少1名扣0.5分；每两年至少发展党员1名，两年内未发展的扣1.5分；发展对象公示不少于5个工作日，未"
                "公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。", "查阅档案"),
        )),
        Section("党员管理", "三、党员管理\n（18分）", 18, (
            Row("党员教育", 6,
                "社区党委每月组织一次集中学习，每少1次扣0.3分，最高扣2分；党员每年参加学习培训不少于32学时，不足的每人扣0.1分，最高扣1分；对行动"
                "不便的老党员每季度送学上门一次，每少1次扣0.2分；学习记录不完整的，酌情扣0.5分。", "查阅资料、抽查学时"),
            Row("党费和党员信息", 5,
                "党员按月足额交纳党费，未按月交纳的每人次扣0.1分，最高扣1分；每年7月核定一次交纳基数，未核定的扣0.5分；党费收缴情况每半年公示"
                "一次，每少1次扣0.5分；党员信息与全国党员管理信息系统不一致的，每人扣0.1分，最高扣1分。", "查阅台账、系统核查"),
            Row("流动党员和关怀帮扶", 7,
                "建立流动党员台账，未建立的扣1分；流动党员每季度至少联系一次，每少1次扣0.2分，最高扣1分；建立困难党员、老党员关怀帮扶台账，未"
                "建立的扣1分；“七一”、春节期间走访慰问困难党员和老党员，每少1次扣1分；失联党员超过6个月未排查处置的，每人扣0.5分。",
                "查阅台账、入户走访"),
        )),
        Section("治理服务", "四、治理服务\n（30分）", 30, (
            Row("网格化服务管理", 7,
                "专职网格员每月入户走访不少于50户，不足的每人每月扣0.1分，最高扣2分；民情日志记录不完整的，酌情扣0.5-1分；群众诉求按期办结率达到"
                "百分之九十五，每低1个百分点扣0.2分，最高扣2分；“12345”热线工单满意率90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分。",
                "平台数据、入户走访"),
            Row("红色物业", 6,
                "物业服务企业党组织覆盖率达到百分之七十以上，每低10个百分点扣0.5分；每月召开一次社区党委、业委会、物业服务企业“三方联席会议”，"
                "每少1次扣0.3分，最高扣2分；无物业老旧小区由社区兜底实施准物业管理，未落实的每个小区扣0.5分；因物业矛盾引发群体性事件的，本项"
                "不得分。", "查阅资料、实地查看"),
            Row("矛盾纠纷化解", 6,
                "每月开展一次矛盾纠纷排查，每少1次扣0.3分；建立排查化解台账，未建立的扣1分；调解成功率达到百分之九十八，每低1个百分点扣0.3分，"
                "最高扣1.5分；重大矛盾纠纷未在24小时内上报街道的，每起扣1分；发生“民转刑”案件的，实行一票否决，本项不得分。", "查阅台账"),
            Row("在职党员“双报到”", 6,
                "在职党员到社区报到率达到100%，每低5个百分点扣0.5分；报到党员每人每年参加社区志愿服务不少于4次，不足的每人扣0.1分，最高扣2分；"
                "与驻区单位签订共建协议不少于5家，每少1家扣0.5分；每半年向报到党员所在单位党组织反馈一次表现情况，每少1次扣0.5分。",
                "查阅资料、系统核查"),
            Row("居民议事协商", 5,
                "每季度至少召开一次居民议事会，每少1次扣0.5分；议事结果未公示的，每次扣0.2分；党务、居务每季度公开一次，每少1次扣0.5分；全年"
                "办结民生实事不少于6件，每少1件扣0.3分。", "查阅会议记录、实地查看"),
        )),
        Section("责任落实", "五、责任落实\n（10分）", 10, (
            Row("党建工作责任制", 5,
                "年初制定党建工作计划，未制定的扣1分；与街道党工委签订党建工作责任书，未签订的扣0.5分；7月底前报送半年工作小结，未报送的扣0.5分；"
                "年底社区党委书记向街道党工委述职，未述职的扣2分；年终形成工作总结，未形成的扣1分。", "查阅资料"),
            Row("群众满意度", 5,
                "街道年底组织居民群众满意度测评，满意度95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%"
                "以下的不得分。", "问卷测评"),
        )),
    ),
)

HEADER = ["序号", "考核类别", "考核项目", "评分标准", "分值", "考核方式"]
NOTES = (
    "说明：",
    "1.本细则由街道党工委于12月组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，各项扣分以该项分值为限，"
    "扣完为止。",
    "2.“12345”热线数据以区政务服务热线平台统计为准，网格数据以市域社会治理平台为准。",
    "3.考核得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”，考核结果与社区工作者绩效报酬挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：上海路街道所辖各社区党委）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
