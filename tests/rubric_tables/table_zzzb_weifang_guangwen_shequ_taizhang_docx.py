"""奎文区广文街道2025年度社区党组织台账资料检查评分细则 (.docx), as a 山东 潍坊 中心城区 街道党工委 (its 党建办 with the 社会事务办, the
综治中心 and the 街道纪工委, a 检查组 sitting in each 社区's 档案室 in December and opening the 档案盒 one by one) scores the 台账资料 of the
社区党委 of the old 城区: 单位宿舍 and 老旧小区, 驻区 机关 and 学校, many 在职党员 reporting in: 组织建设类 (the 组织设置 with the 换届
请示, 批复 and 选举结果报告 bound by 届次, the 党员花名册 kept in step with the 信息系统, the 组织架构 台账 with the 覆盖率 and the 党员中心户
名单 公布, the 兼职委员名单 and 共建台账 with three 共建协议 and a half-yearly 联席会议, the 发展党员 “一人一档” with its papers one by one),
党员管理类 (the 党费 台账 with a half-yearly 公示 and the 回单, the 流动党员台账 with a quarterly 联系, the “双报到” 登记册 with the 报到率,
four 志愿服务 and the 年底 反馈, the 培训登记表 with 32学时 and the 送学, the 帮扶台账 with the “七一” and 春节 慰问 and the 照片, the 积分
with a monthly 记录, a quarterly 公示 and the 年底 星级), 组织生活类 (the “三会一课” 记录本 with the 签到 and a “本项不得分” for 补记, the
monthly 主题党日 with 方案, 签到, 照片 and 小结 and the 参加率, the 组织生活会 with six papers, 民主评议 and the 备案, the monthly “第一议题”
学习, the 意识形态 台账 with a half-yearly 研判 and the 审批 of 讲座, the quarterly 党务公开 with its 照片), 服务群众类 (the 民情日志 with
forty 走访 a month, the 闭环台账 and the 办结率, the 年初 实事清单 passed by the 居民代表会议 with eight 实事, the 公示 and a 满意度 in
bands, the monthly 矛盾纠纷排查 with the 调解成功率) and 综合类 (the 年初 计划, the 半年小结, the 年度总结 and the 述职报告 with the 责任书;
the 档案管理 with the 目录, the 电子档案 and the 借阅登记).

The title (bold, centred), a centred "（检查对象：广文街道所辖各社区党委）" line and a "社区：…  检查组成员：…  检查时间：…" line above one table:
类别 | 序号 | 台账名称 | 资料内容及要求 | 分值 | 扣分办法. The categories are MERGED CELLS down the 类别 column (FIRST), printed WITH an
ordinal on TWO lines, "一、组织建设类\\n（20分）". 序号 (SECOND) RESTARTS at 1 in every category (items 1.1 … 5.2). 台账名称 is a short
label of the register or binder (`Row.indicator`); the 资料内容及要求 names it again in its words. 分值 before the 扣分办法, a plain number.
No 佐证 column: the table is itself the list of papers. A 合计 row of 100 and a 说明 paragraph close the document. Counts in figures and
Chinese numerals ("每半年召开一次", "每季度至少联系一次", "每半年公示一次", "每季度公示一次", "每月不少于1次", "每月开展一次"); "不少于
32学时"; "不少于40户次"; "不少于8件"; "最高扣" caps; "酌情扣0.5-1分", "酌情扣0.5分" and "酌情扣1分"; a 满意度 in bands ("80%以下的不得分"
closing them); three plain "本项不得分"; no 一票否决 in the rows.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzb_weifang_guangwen_shequ_taizhang_docx",
    fmt="docx",
    title="奎文区广文街道2025年度社区党组织台账资料检查评分细则",
    numbering="restart",
    sections=(
        Section("组织建设类", "一、组织建设类\n（20分）", 20, (
            Row("社区党组织设置和换届选举材料齐全：党组织成立或调整的批复、换届请示及街道党工委批复、选举结果报告、委员分工，按届次装订"
                "成册。", 4,
                "缺少换届请示、批复或选举结果报告的，每项扣1分；委员分工不明确的扣0.5分；资料未按届次装订的，酌情扣0.5-1分。",
                indicator="组织设置档案"),
            Row("建立党员花名册，逐人登记姓名、性别、出生年月、学历、入党时间、工作单位、联系方式等信息；党员增减变动当月更新，与全国党员"
                "管理信息系统数据一致。", 4,
                "无花名册的扣2分；信息项缺漏的，每人扣0.1分，最高扣1分；变动未及时更新或与系统数据不一致的，每人扣0.2分。",
                indicator="党员花名册"),
            Row("建立“社区党委—网格党支部—楼栋党小组—党员中心户”组织架构台账，网格党支部覆盖率达到100%；党员中心户每户联系群众不少于"
                "10户，党员中心户名单在小区公示栏公布。", 4,
                "无组织架构台账的扣1分；覆盖率每低10个百分点扣0.5分；党员中心户联系户数不足的，每户扣0.1分；名单未公布的扣0.5分。",
                indicator="组织架构台账"),
            Row("建立驻区单位兼职委员名单和共驻共建台账，与驻区单位签订共建协议不少于3家；每半年召开一次共建联席会议，有会议纪要。", 4,
                "无兼职委员名单的扣0.5分；共建协议每少1家扣0.5分；联席会议每少1次扣1分；无会议纪要的，每次扣0.3分。",
                indicator="共驻共建台账"),
            Row("发展党员档案按“一人一档”建立，入党申请书、入党积极分子考察登记表、政审材料、公示材料、支部大会讨论记录、预备党员转正"
                "材料齐全，各环节时间节点符合规定。", 4,
                "未按“一人一档”建立的扣1分；档案材料每缺一项扣0.5分，最高扣2分；时间节点不符合规定的，每人扣1分；违规发展党员的，本项"
                "不得分。", indicator="发展党员档案"),
        )),
        Section("党员管理类", "二、党员管理类\n（20分）", 20, (
            Row("党费收缴台账按月登记，逐人核定交纳基数和比例，党员按月足额交纳党费；党费收缴使用情况每半年公示一次，收据、银行回单装订"
                "存档。", 4,
                "未按月登记的，每月扣0.2分；交纳基数核定不准的，每人扣0.1分，最高扣1分；未公示的，每次扣0.5分；票据不全的扣0.5分。",
                indicator="党费收缴台账"),
            Row("建立流动党员台账，登记外出地点、联系方式和联系人，每季度至少联系一次，有联系记录；流动党员外出超过6个月的，督促其向流入地"
                "党组织报到。", 3,
                "无台账的扣1分；联系记录每少1次扣0.2分；未督促报到的，酌情扣0.5分。", indicator="流动党员台账"),
            Row("建立在职党员“双报到”登记册，报到率达到100%；逐人记录参加社区志愿服务情况，每人每年不少于4次；年底向报到党员所在单位党"
                "组织反馈表现情况。", 4,
                "报到率每低5个百分点扣0.5分；志愿服务记录不全的，每人扣0.1分，最高扣1.5分；未反馈的扣1分。", indicator="双报到登记册"),
            Row("党员教育培训登记表逐人记录学习时间、内容和学时，每名党员全年集中学习培训不少于32学时；年老体弱党员送学上门有记录。", 3,
                "无登记表的扣1分；学时不足的，每人扣0.1分，最高扣1分；送学上门无记录的扣0.5分。", indicator="教育培训登记表"),
            Row("建立困难党员、老党员帮扶台账，“七一”、春节期间走访慰问有记录、有照片；80周岁以上老党员生日当月上门看望。", 3,
                "无帮扶台账的扣1分；走访慰问未开展或无记录的扣1分；无照片的扣0.5分；上门看望缺漏的，每人次扣0.1分。",
                indicator="关爱帮扶台账"),
            Row("实行党员积分管理，按月记录积分，积分结果每季度公示一次；年底根据积分评定星级党员，评定结果运用有记录。", 3,
                "未实行积分管理的扣1分；积分公示每少1次扣0.3分；未评定星级党员的扣0.5分；结果运用无记录的，酌情扣0.5分。",
                indicator="党员积分台账"),
        )),
        Section("组织生活类", "三、组织生活类\n（30分）", 30, (
            Row("使用统一印制的“三会一课”记录本，支委会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次；记录会议时间、地点、"
                "主持人、出席缺席人员、议题和议定事项，参会人员签到。", 8,
                "每少记录1次扣0.5分，最高扣5分；记录要素不全的，每次扣0.1分，最高扣1分；无签到的，每次扣0.1分；发现补记、代记、一会多记的，"
                "本项不得分。", indicator="“三会一课”记录本"),
            Row("每月固定一天开展主题党日，全年不少于12次，每次活动有方案、签到、照片和小结；党员参加率不低于85%。", 5,
                "每少1次扣0.4分；方案、签到、照片、小结缺项的，每次扣0.1分；参加率每低5个百分点扣0.3分。", indicator="主题党日记录"),
            Row("每年召开一次组织生活会，资料包括会议方案、征求意见汇总表、谈心谈话记录、对照检查材料、会议记录和整改清单；同步开展民主评议"
                "党员，评议结果报街道党工委备案。", 6,
                "未召开组织生活会的扣3分；资料每缺一项扣0.5分，最高扣2分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。",
                indicator="组织生活会资料"),
            Row("社区党委会议落实“第一议题”制度，首个议题学习习近平总书记最新重要讲话和重要指示批示精神，每月不少于1次，记录学习内容和研讨"
                "发言。", 4,
                "每少1次扣0.3分；只记标题、无研讨发言的，每次扣0.1分，最高扣1分。", indicator="“第一议题”学习记录"),
            Row("意识形态工作台账包括责任清单、每半年一次的分析研判记录和宣传栏、居民微信群等阵地管理登记；举办报告会、讲座、论坛实行审批"
                "登记。", 4,
                "无责任清单的扣0.5分；研判每少1次扣1分；阵地管理无登记的扣0.5分；活动未经审批登记的，每次扣0.5分。",
                indicator="意识形态工作台账"),
            Row("党务公开每季度至少1次，公开内容、时间、形式登记在册，公开栏照片留存；涉及党员群众切身利益的重要事项随时公开。", 3,
                "公开每少1次扣0.5分；无登记的扣0.5分；无照片的扣0.3分；重要事项未及时公开的，酌情扣1分。", indicator="党务公开台账"),
        )),
        Section("服务群众类", "四、服务群众类\n（20分）", 20, (
            Row("网格员民情日志逐日记录走访情况，每名网格员每月走访居民不少于40户次；收集的问题建立“收集—办理—反馈”闭环台账，按期办结率"
                "达到95%以上。", 7,
                "走访不足的，每人每月扣0.1分，最高扣2分；无闭环台账的扣1分；办结率每低1个百分点扣0.2分。", indicator="民情日志"),
            Row("年初制定为民办实事项目清单，经居民代表会议讨论通过，全年办结不少于8件，办理过程和结果有记录、有公示；居民满意度达到90%"
                "以上。", 8,
                "无清单的扣1分；实事每少1件扣0.5分；未公示的扣0.5分；满意度90%以上的得3分，85%（含）至90%的得2分，80%（含）至85%的得1分，"
                "80%以下的不得分。", indicator="为民办实事台账"),
            Row("每月开展一次矛盾纠纷排查，调处情况逐件登记，调解成功率达到95%以上；重大矛盾纠纷及时上报街道综治中心。", 5,
                "排查每少1次扣0.3分；登记不全的，每件扣0.1分；调解成功率每低1个百分点扣0.2分；重大矛盾纠纷未及时上报的，每件扣1分。",
                indicator="矛盾纠纷排查台账"),
        )),
        Section("综合类", "五、综合类\n（10分）", 10, (
            Row("年初制定社区党建工作计划，年中形成半年工作小结，年底形成年度工作总结和书记抓党建工作述职报告；与街道党工委签订的党建工作"
                "责任书存档备查。", 6,
                "计划、半年小结、年度总结、述职报告每缺一项扣1分；责任书未存档的扣0.5分；计划、总结照搬照抄、针对性不强的，酌情扣1分。",
                indicator="计划总结"),
            Row("台账资料分类装盒、统一目录、专人管理，纸质档案与电子档案同步建立；档案柜防潮防火，档案借阅有登记。", 4,
                "未分类装盒或无目录的扣1分；无专人管理的扣0.5分；未同步建立电子档案的扣1分；借阅无登记的扣0.5分；档案丢失、损毁的，本项"
                "不得分。", indicator="档案管理"),
        )),
    ),
)

HEADER = ["类别", "序号", "台账名称", "资料内容及要求", "分值", "扣分办法"]
NOTE = ("说明：1.本细则由街道党工委于12月组织检查，党建办、社会事务办、综治中心、街道纪工委参加，采取逐盒查阅台账资料、抽查原始记录、"
        "核对系统数据的方式；2.台账资料以2025年1月1日至12月31日形成的为准，事后补做的不予认可；3.各项扣分以该项分值为限，扣完为止；"
        "4.检查得分作为社区党组织年度考核“基础工作”部分的计分依据，发现台账资料弄虚作假的，年度考核不得评为“优秀”等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：广文街道所辖各社区党委）")
    document.add_paragraph("社区：              检查组成员：                        检查时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for number, row in enumerate(s.rows, 1):
            cells = ((1, str(number)), (2, row.indicator), (3, row.text), (4, _fmt(row.points)), (5, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
