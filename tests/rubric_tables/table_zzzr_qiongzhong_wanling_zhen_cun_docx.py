"""湾岭镇2025年度村党组织党建工作考核评分细则 (.docx), as the 镇党委 of 海南 琼中黎族苗族自治县 湾岭镇 (its 党建办 with the 乡村振兴工作站,
the 综治中心, the 应急办 and the 镇纪委, a 考核组 of 镇 班子成员 going round the 村 in December) scores the 村党支部 of a 黎族 and 苗族
mountain 镇 on the 万泉河 headwaters: the 琼中绿橙 orchards and the 橡胶 plantations the 党员 tap before dawn, the 灵芝 and 槟榔, the 台风 that
come in from the sea each autumn and the 危房户 and 低洼地 families the 党员 must move before they land, the 河 and 山塘 where children swim in
the summer holidays, the 禁毒 work of a province that fought its 禁毒三年大会战, the “三月三” festival of the 黎族 and 苗族, the 乡村振兴工作队
and the 帮扶责任人 who come each month to the 监测户: a table whose 考核内容 is one short line and whose 评分细则 carries the work, each clause a
figure and its deduction: 班子队伍建设 (one roster of the “两委” by age and 学历 "每缺一项" with the “一肩挑”, the 监委会 主任 and 团结, the 书记's
five days of 培训, the 在岗, the 年底 述职 and the 满意度 in bands, two 后备力量 with one under 35, the 培养台账 and one 回引 a year, one 积极
分子 a year and "每两年至少发展党员1名" with a half-yearly 思想汇报, the 公示 and a 一票否决), 组织生活 (the “三会一课” with the 书记's two 党课
and the 联系领导's one, the monthly 主题党日 with the 参加率, the 线上 and the 照片, the 组织生活会 with 谈心谈话, 民主评议, the 通报 and the 整改
清单, 24学时 with a yearly 冬春 轮训 and a yearly 现场教学, 党费 with a half-yearly 公示 and a quarterly 联系 of the 流动党员 with the 台账), 乡村
振兴 (the income in bands with the 集体资产台账, the 收益分配方案 through the 村民代表会议 and the 公示, the 合作社 with three 致富带头人 and
the 示范基地, a monthly 走访 of the 监测户 with the 风险消除率, the 台账 and a 一票否决, two 义务清洁 a month with the 评比, the 村规民约 and its
备案 and 大操大办, four 禁毒宣传 a year with the 巡河值守 and the 溺亡), 基层治理 (the “四议两公开” with the quarterly 村务 and monthly 财务 公开
and a quarterly 监督例会, a monthly 排查 with the 调解成功率, a yearly 演练 and the 台风 转移, the 联户 with a quarterly 走访, the 设岗定责 比例
and the “三月三” 宣传) and 阵地和责任 (the 场所 with the 坐班 and a monthly 党群活动, the 年初 计划 and 承诺, a 年中 践诺 评议, the 年底 总结 and the
档案, a deduction-only line on 优亲厚友 and 吃拿卡要).

The title (bold, centred), a centred "（考核对象：全镇各村党支部）" line and a plain "村党支部： 考核组： 考核日期：" line above one table:
序号 | 考核内容 | 分值 | 评分细则 | 佐证材料. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on
one line, "一、班子队伍建设（20分）". 序号 RESTARTS at 1 under every section row (ids "1.1" … "5.3"). 考核内容 is one short line; the 评分细则 is
long, every clause a figure and its deduction. 分值 is a plain number BEFORE the 评分细则. 佐证材料 (`Row.method`) names the papers the 村 lays
out, joined by "、" (once "实地查看" beside the papers; once a way of checking: 镇纪委提供). A 合计 row of 100 closes the table; a "说明："
paragraph with three numbered lines follows it. Counts in figures and Chinese numerals, nearly all in the 评分细则 ("每年…不少于5天", "年底",
"年内…不少于1名", "每两年至少发展党员1名", "每半年…一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度
1次", "每年讲党课不少于2次", "每年到村讲党课不少于1次", "每月固定", "每年召开一次", "每年…不少于24学时", "每年冬春季节开展一次", "每年…开展
一次", "每半年公示一次", "每季度至少联系一次", "每月至少走访…一次", "每月开展两次", "每月开展一次", "每年…不少于4次", "暑期", "村务每季度
公开一次", "财务收支每月公开一次", "每季度召开一次", "每月开展一次", "每年汛前组织一次", "每季度至少走访…一次", "“三月三”期间", "每月至少
开展1次", "年初", "年中", "年底"); "不少于7天"; "不少于1名", "不少于2名", "不少于3名", "不少于1个", "不少于5户"; "百分之七十五", "百分之
八十", "百分之九十五", "百分之六十"; "10万元以上"; "每缺一项扣1分" once; "最高扣" caps; "酌情扣0.5-1分" twice, "酌情扣0.5分" once and "酌情
扣1分" once; two sets of bands (a 满意度 for 2 of the 6 points closed by "80%以下的不得分", an income in 万元 for 4 of the 7 points closed by
"3万元以下的不得分"); two "实行一票否决，本项不得分"; six other plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzr_qiongzhong_wanling_zhen_cun_docx",
    fmt="docx",
    title="湾岭镇2025年度村党组织党建工作考核评分细则",
    numbering="restart",
    sections=(
        Section("班子队伍建设", "一、班子队伍建设（20分）", 20, (
            Row("优化村“两委”班子结构。", 5,
                "村“两委”班子成员中35周岁以下的不少于1名，高中（中专）及以上学历的不少于3名，每缺一项扣1分；村党支部书记未实行“一肩挑”的扣1分；"
                "村务监督委员会主任未由村党支部纪检委员担任的扣0.5分；班子不团结、内耗严重的，本项不得分。", "村“两委”班子成员名册、分工文件"),
            Row("村党支部书记履职尽责。", 6,
                "书记每年参加县级以上集中培训不少于5天，不足的扣1分；无故不在岗的，发现一次扣0.5分，最高扣1.5分；年底未向镇党委述职的扣1.5分；"
                "党员群众测评满意度90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分。", "培训证书、述职报告、测评表"),
            Row("加强村级后备力量培养。", 4,
                "储备村级后备力量不少于2名，每少1名扣1分；后备力量中无35周岁以下人员的扣0.5分；未建立后备力量培养台账的扣0.5分；年内从返乡大学"
                "生、退役军人、外出务工经商人员中回引人才不少于1名，未回引的扣1分。", "后备力量名册、培养台账"),
            Row("严格规范发展党员。", 5,
                "年内确定入党积极分子不少于1名，未确定的扣1分；每两年至少发展党员1名，两年内未发展的扣1.5分；入党积极分子每半年向党支部书面汇报"
                "一次思想，每少1次扣0.2分；发展对象在村务公开栏公示不少于7天，未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                "发展党员档案、思想汇报、公示照片"),
        )),
        Section("组织生活", "二、组织生活（22分）", 22, (
            Row("落实“三会一课”制度。", 6,
                "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次，每少1次扣0.5分，最高扣3分；书记每年讲党课不少"
                "于2次，每少1次扣0.5分；镇党委联系村领导每年到村讲党课不少于1次，未讲的扣0.5分；会议记录不规范的，酌情扣0.5-1分。",
                "会议记录本、签到表、党课讲稿"),
            Row("规范开展主题党日活动。", 5,
                "每月固定开展主题党日活动，每少1次扣0.3分，最高扣2分；党员参加率不低于百分之七十五，每低5个百分点扣0.2分，最高扣1分；外出务工"
                "党员未通过微信群等线上方式参加的，酌情扣0.5分；活动无照片的，每次扣0.1分。", "活动方案、签到表、活动照片"),
            Row("召开组织生活会，开展民主评议党员。", 5,
                "每年召开一次组织生活会，未召开的本项不得分；会前未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1.5分；评议结果未在党员大会上"
                "通报的扣0.5分；未建立整改清单的扣0.5分。", "会议记录、谈心谈话记录、整改清单"),
            Row("抓好农村党员教育培训。", 3,
                "党员每年参加集中学习培训不少于24学时，不足的每人扣0.1分，最高扣1分；每年冬春季节开展一次党员集中轮训，未开展的扣1分；每年组织"
                "党员到琼崖纵队司令部旧址等红色教育基地开展一次现场教学，未开展的扣0.5分。", "培训签到表、学时登记表、现场教学照片"),
            Row("加强党员日常管理。", 3,
                "党员按月交纳党费，未按月交纳的每人次扣0.1分，最高扣1分；党费收缴情况每半年公示一次，每少1次扣0.5分；外出流动党员每季度至少联系"
                "一次，未建立流动党员台账的扣0.5分。", "党费收缴台账、公示照片、流动党员台账"),
        )),
        Section("乡村振兴", "三、乡村振兴（28分）", 28, (
            Row("发展壮大村级集体经济。", 7,
                "村集体经济年经营性收入10万元以上的得4分，5万元（含）—10万元的得3分，3万元（含）—5万元的得2分，3万元以下的不得分；未建立集体"
                "资产台账的扣1分；收益分配方案未经村民代表会议讨论通过的扣1分；收益分配结果未公示的扣1分。",
                "村级财务报表、集体资产台账、会议记录、公示照片"),
            Row("党组织引领特色产业发展。", 5,
                "村党支部领办合作社不少于1个，未领办的扣1.5分；培育党员致富带头人不少于3名，每少1名扣0.5分；致富带头人结对帮带农户不落实的，"
                "酌情扣0.5-1分；琼中绿橙、橡胶、灵芝等特色产业党员示范基地未挂牌的扣0.5分。", "合作社章程、致富带头人名单、实地查看"),
            Row("巩固拓展脱贫攻坚成果。", 5,
                "村“两委”干部和帮扶责任人每月至少走访监测户一次，每少1次扣0.1分，最高扣1分；监测户风险消除率达到百分之八十以上，每低5个百分点"
                "扣0.5分；监测帮扶台账与系统信息不一致的，每户扣0.2分，最高扣1分；发生规模性返贫的，实行一票否决，本项不得分。",
                "走访记录、监测帮扶台账"),
            Row("党员带头改善农村人居环境。", 5,
                "每月开展两次党员义务清洁活动，每少1次扣0.1分，最高扣1.5分；镇每月开展一次人居环境评比，排名全镇后三位的每次扣0.5分；村规民约"
                "修订后未报镇党委备案的扣0.5分；党员大操大办、红白理事会未发挥作用的，每起扣1分；村庄环境脏乱差被省、县通报的，本项不得分。",
                "活动照片、村规民约"),
            Row("做好禁毒和防溺水工作。", 6,
                "每年开展禁毒宣传不少于4次，每少1次扣0.5分；新增吸毒人员的，每人扣1分；暑期重点水域未落实党员巡河值守的，每处扣0.5分，最高扣"
                "1.5分；辖区发生中小学生溺亡事件的扣2分；村被列为毒品问题重点整治村的，本项不得分。", "宣传照片、巡河值守排班表"),
        )),
        Section("基层治理", "四、基层治理（18分）", 18, (
            Row("落实“四议两公开”和村务监督。", 6,
                "村级重大事项未执行“四议两公开”的，每件扣2分；村务每季度公开一次，每少1次扣0.5分；财务收支每月公开一次，每少1次扣0.2分，最高"
                "扣1.5分；村务监督委员会每季度召开一次监督例会，每少1次扣0.5分；公开内容不真实、群众有反映的，酌情扣1分。", "会议记录、公开栏照片"),
            Row("做好矛盾调解和防风防汛。", 6,
                "每月开展一次矛盾纠纷排查，每少1次扣0.3分；调解成功率达到百分之九十五，每低1个百分点扣0.3分；每年汛前组织一次防风防汛演练，未"
                "开展的扣1分；台风、强降雨来临前未组织党员转移危房户和低洼地群众的，每次扣1分；发生越级上访的，每起扣1分。",
                "排查台账、调解卷宗、演练照片"),
            Row("推行党员联户和设岗定责。", 6,
                "每名党员联系群众不少于5户，未落实的每人扣0.1分，最高扣1分；党员每季度至少走访联系户一次，每少1次扣0.1分，最高扣1分；设岗定责"
                "党员比例达到百分之六十，每低10个百分点扣0.5分；“三月三”期间未组织党员开展民族团结进步宣传的扣0.5分。",
                "联户名单、走访记录、设岗定责名单"),
        )),
        Section("阵地和责任", "五、阵地和责任（12分）", 12, (
            Row("管好用好村级活动场所。", 4,
                "标识标牌不规范的扣0.5分；村干部坐班值班不落实的，发现一次扣0.5分；每月至少开展1次党群活动，每少1次扣0.2分，最高扣1.5分；场所"
                "闲置或挪作他用的，本项不得分。", "值班表、活动照片"),
            Row("落实党建工作责任。", 4,
                "年初未制定党建工作计划的扣0.5分；书记未公开承诺的扣0.5分；年中未开展承诺践诺评议的扣0.5分；年底无年度工作总结的扣0.5分；党建"
                "档案未按年度分类归档的扣1分。", "工作计划、承诺书、年度总结"),
            Row("村干部在惠农补贴发放、危房改造、低保评定中优亲厚友、吃拿卡要（本项为扣分项）。", 4,
                "每发现1起扣2分；村干部受到党纪政务处分的，本项不得分。", "镇纪委提供"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "评分细则", "佐证材料"]
NOTES = (
    "说明：",
    "1.本细则由镇党委于12月组织考核，采取查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，各项扣分以该项分值为限，扣完为止。",
    "2.集体经济收入以县农业农村局审核的村级财务报表为准，监测户信息以全国防止返贫监测信息系统为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；评为“差”的村党支部列入软弱涣散村党组织"
    "整顿范围。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：全镇各村党支部）")
    document.add_paragraph("村党支部：                考核组：                考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
