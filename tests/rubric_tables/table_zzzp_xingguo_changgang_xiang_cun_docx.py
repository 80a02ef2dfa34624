"""长冈乡2025年度村党组织党建工作考核评分细则 (.docx), as the 乡党委 of 江西 赣州 兴国县 长冈乡 (its 党建办 with the 农业农村综合服务中心, the
综治中心, the 应急办 and the 乡纪委, a 考核组 of 乡 班子成员 going round the 村 in December) scores the 村党支部 and 党总支 of the 苏区 乡 whose
1933 “长冈乡调查” every 村 still tells of: 红军 烈士 families and the 纪念馆 school groups come to, 脐橙 and 油茶 on the red hills, half the young
people away in 广东 factories, 防止返贫 监测户 the 帮扶干部 visit each month, 森林防火 at 清明 and 春节 when the whole 乡 goes up to the graves,
the 汛期 with its 地质灾害 隐患点, the 红白理事会 against 大操大办: 班子队伍 (one roster of the “两委” by age and 学历 "缺一项" with the “一肩挑”,
the 监委会 主任 and 团结, the 书记's five days of 培训 with the 年底 述职 and the 满意度 in bands, two 后备力量 with one under 35, the 培养台账 and
one 回引, one 积极分子 a year and "每两年至少发展党员1名" with the 公示 and a 一票否决), 组织生活 (the “三会一课” with the 书记's two 党课 and the
联系领导's one, the monthly “主题党日+” on the 5日 with the 参加率, the 组织生活会 with 民主评议, 谈心谈话, 征求意见 and the 通报, 24学时 with a
yearly 冬春 轮训 and a yearly 现场教学, 党费 with a half-yearly 公示 and a quarterly 联系 of the 流动党员 with the 台账), 乡村治理 (the “四议两公开”
with the quarterly 村务 and monthly 财务 公开, a quarterly 监督例会, the 联户 with a monthly 走访, a monthly 排查 and the 调解成功率, the 清明、春节
值守 with a yearly 演练 and a 一票否决, the 红白理事会 with the 村规民约, its 备案 and a yearly 评选, a monthly 清洁 activity with the 季度评比),
产业发展和集体经济 (the income in bands with the 收支台账 and the 收益分配方案 through the 村民代表会议 and the 公示, the 合作社 with five 示范户,
a monthly 走访 of the 监测户 with the 风险消除率) and 阵地和责任 (the 场所 with the 坐班, the 年初 计划 and 承诺, a 年中 践诺 评议 and the 年度
总结, a deduction-only line on 吃拿卡要 and 优亲厚友).

The title (bold, centred), a centred "（考核对象：全乡各村党支部、党总支）" line and a plain "村（党组织）： 考核得分：" line above one table:
序号 | 考核指标 | 考核要点 | 分值 | 计分办法 | 考核方式. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points
on one line, "一、班子队伍（20分）". 序号 runs 1..21 through the whole table, NOT restarting under the section rows. 考核指标 is a short
sub-label (`Row.indicator`). 分值 is a plain number BEFORE the 计分办法. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 个别
谈话, 问卷测评, 随机抽查, 查阅档案, 查阅会议记录, 抽查学时, 查阅台账, 实地查看, 入户走访, 走访群众, 查阅账目, 系统核查, 乡纪委提供): no papers.
A 合计 row of 100 closes the table; two "注：" paragraphs follow it. Counts in figures and Chinese numerals ("每年…不少于5天", "年底", "年内…不少
于1名", "每两年至少发展党员1名", "支部委员会、党小组会每月召开1次，党员大会每季度召开1次，党课每季度1次", "每年讲党课不少于2次", "每年到村讲
党课不少于1次", "每月5日", "每年召开一次", "每年…不少于24学时", "每年冬春季节开展一次", "每年…开展一次", "每半年公示一次", "每季度至少联系
一次", "村务每季度公开一次，财务收支每月公开一次", "每季度至少召开一次", "每月至少走访一次", "每月开展一次", "清明、春节", "每年汛前组织一次",
"每年开展一次", "每月组织一次", "每季度开展一次", "每月至少走访…一次", "年初", "年中开展一次", "年底"); "不少于7天"; "不少于1名", "不少于2名",
"不少于3名", "不少于5户", "不少于1个", "不少于2户"; "百分之八十", "百分之七十", "百分之九十五"; "10万元以上"; "缺一项扣1分" once; "每少一次"
throughout; "最高扣" caps; "酌情扣1-2分" once, "酌情扣0.5-1分" twice, "酌情扣0.5分" once and "酌情扣1分" once; two sets of bands (a 满意度 for 3
of the 6 points closed by "80%以下的不得分", an income in 万元 for 5 of the 7 points closed by "5万元以下的不得分"); two "实行一票否决，本项不得
分"; six other plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzp_xingguo_changgang_xiang_cun_docx",
    fmt="docx",
    title="长冈乡2025年度村党组织党建工作考核评分细则",
    numbering="printed",
    sections=(
        Section("班子队伍", "一、班子队伍（20分）", 20, (
            Row("村“两委”班子成员中35周岁以下的不少于1名，高中（中专）及以上学历的不少于3名；村党组织书记、村委会主任“一肩挑”；村务监督"
                "委员会主任由村党组织纪检委员担任；班子团结、运转有力。", 5,
                "年龄、学历结构缺一项扣1分；未实行“一肩挑”的扣1分；监委会主任未由纪检委员担任的扣0.5分；班子不团结、内耗严重的，酌情扣1-2分。",
                "查阅资料、个别谈话", indicator="班子结构"),
            Row("村党组织书记每年参加县级以上集中培训不少于5天；年底向乡党委述职，接受党员和群众代表测评，满意度不低于百分之八十；书记坐班值班、"
                "在岗履职到位。", 6,
                "培训不足5天的扣1分；未述职的扣2分；满意度90%以上的得3分，80%（含）—90%的得2分，80%以下的不得分；书记无故不在岗的，发现一次"
                "扣0.5分。", "查阅资料、问卷测评、随机抽查", indicator="书记履职"),
            Row("每村储备村级后备力量不少于2名，其中35周岁以下的不少于1名，建立培养台账；年内从返乡大学生、退役军人、外出务工经商人员中回引"
                "人才不少于1名。", 4,
                "后备力量每少1名扣1分；无35周岁以下后备力量的扣0.5分；无培养台账的扣0.5分；未回引人才的扣1分。", "查阅资料",
                indicator="后备力量"),
            Row("年内确定入党积极分子不少于1名，每两年至少发展党员1名，注重在青年农民、返乡创业人员中发展；发展对象在村务公开栏公示不少于"
                "7天。", 5,
                "未确定积极分子的扣1分；两年内未发展党员的扣2分；发展对象未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                "查阅档案", indicator="发展党员"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("支部委员会、党小组会每月召开1次，党员大会每季度召开1次，党课每季度1次；村党组织书记每年讲党课不少于2次；乡党委联系村领导每年"
                "到村讲党课不少于1次。", 7,
                "“三会一课”每少一次扣0.5分，最高扣4分；书记讲党课每少一次扣1分；联系领导未到村讲党课的扣0.5分；会议记录不规范的，酌情扣"
                "0.5分。", "查阅会议记录", indicator="“三会一课”"),
            Row("每月5日固定开展“主题党日+”活动，组织党员开展红色教育、志愿服务等；党员参加率不低于百分之七十，外出流动党员通过线上方式"
                "参加。", 5,
                "主题党日每少一次扣0.3分，最高扣2分；参加率低于70%的，每次扣0.2分，最高扣1分；流动党员未纳入组织生活的，酌情扣0.5-1分。",
                "查阅资料", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前开展谈心谈话，征求群众意见；评议结果在党员大会上通报。", 5,
                "未召开组织生活会的，本项不得分；未开展民主评议党员的扣2分；未开展谈心谈话的扣1分；未征求群众意见的扣0.5分；评议结果未通报的"
                "扣0.5分。", "查阅资料、个别谈话", indicator="组织生活会"),
            Row("党员每年参加集中学习培训不少于24学时；每年冬春季节开展一次农村党员集中轮训；每年组织党员到长冈乡调查纪念馆开展一次现场"
                "教学。", 4,
                "学时不足的，每人扣0.1分，最高扣1.5分；未开展冬春轮训的扣1.5分；未开展现场教学的扣1分。", "查阅资料、抽查学时",
                indicator="党员教育"),
            Row("党员按月交纳党费，党费收缴情况每半年公示一次；外出流动党员每季度至少联系一次，建立流动党员台账。", 4,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少一次扣0.5分；流动党员联系每少一次扣0.2分，最高扣1分；无流动党员台账的"
                "扣0.5分。", "查阅台账", indicator="党员管理"),
        )),
        Section("乡村治理", "三、乡村治理（30分）", 30, (
            Row("村级重大事项严格执行“四议两公开”，决议和实施结果公开；村务每季度公开一次，财务收支每月公开一次。", 6,
                "重大事项未执行“四议两公开”的，每件扣2分；决议和实施结果未公开的，每件扣0.5分；村务公开每少一次扣0.5分；财务公开每少一次扣"
                "0.2分，最高扣1.5分。", "查阅资料、实地查看", indicator="“四议两公开”"),
            Row("村务监督委员会每季度至少召开一次监督例会，列席村“两委”会议，对村级工程项目、集体资金使用全程监督。", 4,
                "监督例会每少一次扣0.5分；未列席“两委”会议的，每次扣0.2分，最高扣1分；监督流于形式的，酌情扣1分。", "查阅资料",
                indicator="村务监督"),
            Row("推行党员联系农户，每名党员联系农户不少于5户，每月至少走访一次；每月开展一次矛盾纠纷排查，调解成功率达到百分之九十五以上；"
                "不发生越级上访和群体性事件。", 6,
                "党员联户未落实的，每人扣0.1分，最高扣1分；走访每少一次扣0.1分，最高扣1分；排查每少一次扣0.3分；调解成功率每低1个百分点扣"
                "0.3分；发生越级上访的，每起扣1分；发生群体性事件的，本项不得分。", "查阅台账、入户走访", indicator="联户和调解"),
            Row("清明、春节森林防火重点时段组织党员护林员在进山路口值守；每年汛前组织一次防汛避险应急演练；地质灾害隐患点落实党员包点责任；"
                "不发生较大以上森林火灾和人员伤亡事故。", 5,
                "重点时段未落实值守的，每次扣1分；未开展应急演练的扣1分；隐患点包点责任未落实的，每处扣0.5分；发生较大以上森林火灾或人员伤亡"
                "事故的，实行一票否决，本项不得分。", "查阅资料、实地查看", indicator="防火防汛"),
            Row("成立红白理事会，党员带头婚事新办、丧事简办；修订完善村规民约，报乡党委备案；每年开展一次“好婆婆”“好媳妇”评选活动。", 4,
                "未成立红白理事会的扣1分；党员大操大办的，每起扣1分；村规民约未修订或未备案的扣0.5分；未开展评选活动的扣0.5分。",
                "查阅资料、走访群众", indicator="移风易俗"),
            Row("党员带头开展农村人居环境整治，每月组织一次党员义务清洁活动；乡每季度开展一次人居环境评比，结果全乡通报。", 5,
                "义务清洁活动每少一次扣0.3分，最高扣2分；季度评比排名全乡后三位的，每次扣1分；村庄环境脏乱差被县级以上通报的，本项不得分。",
                "实地查看", indicator="人居环境"),
        )),
        Section("产业发展和集体经济", "四、产业发展和集体经济（15分）", 15, (
            Row("村集体经济年经营性收入达到10万元以上，建立集体经济收支台账；收益分配方案经村民代表会议讨论通过并公示。", 7,
                "年经营性收入30万元以上的得5分，15万元（含）—30万元的得4分，10万元（含）—15万元的得3分，5万元（含）—10万元的得1分，5万元"
                "以下的不得分；无收支台账的扣1分；收益分配方案未经村民代表会议通过或未公示的扣1分。", "查阅账目", indicator="集体经济"),
            Row("村党组织领办脐橙、油茶等产业合作社不少于1个；培育党员产业示范户不少于5户，每户结对带动脱贫户（监测户）不少于2户。", 4,
                "未领办合作社的扣1.5分；党员示范户每少1户扣0.3分；结对带动未落实的，酌情扣0.5-1分。", "查阅资料、实地查看",
                indicator="产业带动"),
            Row("落实防止返贫动态监测，村“两委”干部和帮扶干部每月至少走访监测户一次；监测户风险消除率达到百分之八十以上；不发生规模性返贫。",
                4, "走访每少一次扣0.1分，最高扣1分；风险消除率每低5个百分点扣0.5分；发生规模性返贫的，本项不得分。", "系统核查、入户走访",
                indicator="防止返贫"),
        )),
        Section("阵地和责任", "五、阵地和责任（10分）", 10, (
            Row("村级党群服务中心功能完善，党旗和标识标牌规范；村干部实行坐班值班，工作日每天至少1名村干部在岗；红色资源点有党员义务"
                "讲解员。", 4,
                "标识标牌不规范的扣0.5分；坐班值班不落实的，发现一次扣0.5分；无党员义务讲解员的扣0.5分；场所闲置或挪作他用的，本项不得分。",
                "实地查看", indicator="阵地建设"),
            Row("年初制定党建工作计划，村党组织书记向党员群众公开承诺；年中开展一次承诺践诺情况评议；年底形成年度工作总结。", 3,
                "无年度计划的扣0.5分；未公开承诺的扣0.5分；未开展践诺评议的扣0.5分；无年度总结的扣0.5分。", "查阅资料",
                indicator="责任落实"),
            Row("村干部在惠农补贴发放、工程项目建设、低保评定中吃拿卡要、优亲厚友，或违规操办婚丧喜庆事宜（本项为扣分项）。", 3,
                "每发现一起扣1.5分；村党组织书记受到党纪政务处分的，本项不得分。", "乡纪委提供", indicator="廉洁底线"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核要点", "分值", "计分办法", "考核方式"]
NOTES = (
    "注：1.本细则由乡党委于12月组织考核，采取查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，各项扣分以该项分值为限，扣完为止。",
    "2.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；考核结果与村干部年度绩效报酬挂钩，评为"
    "“差”的村党组织列入软弱涣散村党组织整顿范围。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：全乡各村党支部、党总支）")
    document.add_paragraph("村（党组织）：                        考核得分：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
