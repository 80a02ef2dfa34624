"""海棠区2026年度非公有制企业党组织党建工作考核评分表 (.docx), as a 区委两新组织工作委员会 sends it to the
Party branches of private firms in its parks.

An 附件 line, the title, and a "企业名称（盖章）：  党组织书记：  考核日期：" line above the table; 序号 | 考核指标 |
考核要点 | 分值 | 扣分办法. Sections are full-width merged rows ("一、组织设置（15分）"); 序号 runs 1..N through the
sections; 考核指标 is a short sub-label per row (`Row.indicator`). The 扣分办法 is written as deduction lines only
(no 得分 bands, no 考核方式), some of the points in Chinese numerals ("扣一分", "扣零点五分", "最多扣五分"). A 合计
row (合计 merged over 序号..考核要点) carries the total; a 说明 paragraph and a 考核组签字 line close the document.
"""

from __future__ import annotations

from pathlib import Path

from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="a_feigong_dangzuzhi_docx",
    fmt="docx",
    title="海棠区2026年度非公有制企业党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织设置", "一、组织设置（15分）", 15, (
            Row("企业有正式党员3名以上的单独建立党支部；党员不足3名的，按照地域相近、行业相同的原则建立联合党支部，"
                "组织隶属关系清晰。", 4,
                "符合条件未单独建立党组织的扣二分；隶属关系不清的扣一分。", indicator="组织覆盖"),
            Row("支部委员会由3至5人组成，书记原则上由企业出资人或中高层管理人员中的党员担任，支部委员中至少有1名"
                "40周岁以下的党员。", 4,
                "委员配备不齐的扣一分；无40周岁以下委员的扣一分；书记人选不符合要求的酌情扣1—2分。", indicator="班子配备"),
            Row("支部委员会任期届满按期换届，换届前向上级党组织请示，选举结果报上级党组织批复。", 4,
                "未按期换届的不得分；未请示或无批复的，每缺一项扣一分。", indicator="换届选举"),
            Row("建立党员花名册和党员信息台账，新入职、离职员工中的党员信息及时登记，党员组织关系转入本企业党组织的比例"
                "达到百分之八十以上。", 3,
                "无党员花名册的扣一分；信息登记不及时的扣0.5分；组织关系转入比例未达到80%的扣一分。", indicator="党员管理"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            Row("支部委员会原则上每月召开一次，支部党员大会每季度至少召开一次，党小组每月开展一次学习，支部书记每年至少"
                "讲一次党课。", 8,
                "“三会一课”未按要求落实的，每例扣零点五分，最多扣五分。", indicator="三会一课"),
            Row("倒班、出差党员较多的，可采取“线上+线下”方式开展组织生活，线上会议须留存截图和会议记录。", 3,
                "线上会议无截图或记录的，每次扣0.2分；会议记录内容空洞的扣一分。", indicator="灵活开展"),
            Row("主题党日原则上每月开展一次，可结合企业技术攻关、安全生产开展，活动有方案、有签到、有照片。", 4,
                "每少开展一次扣0.4分；缺方案、签到或照片的，每项扣0.2分。", indicator="主题党日"),
            Row("每年召开一次组织生活会，会前广泛征求职工群众意见，会后列出问题清单、明确整改时限。", 4,
                "未召开的不得分；未征求意见的扣一分；无问题清单的扣一分。", indicator="组织生活会"),
            Row("每年开展民主评议党员，党员参评率不低于90%，评议结果向党员公开。", 3,
                "未开展评议的扣二分；参评率每低5个百分点扣0.5分。", indicator="民主评议"),
            Row("党员参加组织生活出席率达到85%以上，因倒班不能参加的应当及时补学。", 3,
                "出席率每低一个百分点扣0.1分；未组织补学的扣0.5分。", indicator="参会情况"),
        )),
        Section("党员教育管理", "三、党员教育管理（20分）", 20, (
            Row("年初制定党员学习教育计划，每季度至少组织一次集中学习，党员全年累计参加学习培训不少于24学时。", 5,
                "无学习计划的扣一分；集中学习每少一次扣0.5分；学时不足的每人扣0.2分，扣完为止。", indicator="学习教育"),
            Row("注重在生产经营骨干、技术能手中发展党员，每两年至少发展一名，入党积极分子每半年考察一次。", 4,
                "两年内未发展党员的扣二分；考察记录每缺一次扣0.5分；发展程序不规范的本项不得分。", indicator="发展党员"),
            Row("党员按月交纳党费，党费收缴台账逐月登记，每半年公布一次党费收缴情况。", 3,
                "欠交党费的每人扣0.5分；未公布的扣一分。", indicator="党费收缴"),
            Row("党员在工作岗位佩戴党员徽章，设立党员示范岗不少于3个，年终开展示范岗评比。", 4,
                "未设立示范岗的扣二分；示范岗每少一个扣0.5分；未开展评比的扣一分。", indicator="亮明身份"),
            Row("对外派、出差时间较长的流动党员，每月至少联系一次，建立流动党员联系台账。", 4,
                "未建立联系台账的扣一分；联系每少一次扣0.2分，最多扣二分。", indicator="流动党员"),
        )),
        Section("作用发挥", "四、作用发挥（25分）", 25, (
            Row("党组织书记与企业主要负责人每季度至少沟通一次企业发展和党建工作，党组织参与企业重大决策有记录。", 4,
                "沟通每少一次扣0.5分；无参与决策记录的扣一分。", indicator="引领发展"),
            Row("党组织带动工会、共青团组织建设，工会、团组织每半年至少开展一次活动。", 3,
                "未建立工会或团组织的扣一分；活动每少一次扣0.5分。", indicator="带群建设"),
            Row("每年开展一次职工群众对党组织工作的满意度测评，满意率不低于90%。", 5,
                "满意率每低一个百分点扣0.2分；低于70%的本项不得分。", indicator="职工评价"),
            Row("党组织引导企业诚信经营、依法纳税、关爱职工，年内组织党员参与公益活动或志愿服务不少于两次。", 4,
                "志愿服务每少一次扣一分；企业发生重大安全生产事故或劳资纠纷群体性事件的，本项不得分。", indicator="社会责任"),
            Row("有固定的党员活动场所，做到有标识、有党旗、有制度上墙、有书报资料，场地可与企业会议室、职工之家共用。", 4,
                "无活动场所的扣二分；“四有”每缺一项扣0.5分（现场查看）。", indicator="阵地建设"),
            Row("结合企业文化开展党建品牌创建，年度内至少形成1篇经验材料报送区两新工委。", 5,
                "未开展品牌创建的扣三分；未报送经验材料的扣一分；品牌特色不鲜明的酌情扣分。", indicator="品牌创建"),
        )),
        Section("基础保障", "五、基础保障（15分）", 15, (
            Row("企业将党组织工作经费纳入管理费用列支，返还党费专款专用，建立党建经费使用台账。", 4,
                "无经费保障的扣二分；无使用台账的扣一分；挪用党费的本项不得分。", indicator="经费保障"),
            Row("配合区两新工委选派的党建指导员开展工作，指导员每月到企业指导不少于1次，企业留存指导记录。", 3,
                "指导记录每缺一次扣0.3分。", indicator="党建指导员"),
            Row("党建工作资料齐全：支部工作计划和总结、“三会一课”会议记录、党员花名册、党费收缴台账、发展党员档案，"
                "按年度装订。", 5,
                "资料缺一项扣一分；装订不规范的扣0.5分。", indicator="台账资料"),
            Row("每季度末向区两新工委报送党建工作信息不少于1篇，年底报送党组织书记抓党建工作述职报告。", 3,
                "信息每少报一次扣0.5分；未报送述职报告的扣一分。", indicator="信息报送"),
        )),
    ),
)


def build(t: Table, path: Path) -> None:
    import docx

    header = ["序号", "考核指标", "考核要点", "分值", "扣分办法"]
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件2")
    document.add_paragraph(t.title)
    document.add_paragraph("企业名称（盖章）：                  党组织书记：              考核日期：    年  月  日")
    tbl = document.add_table(rows=n_rows, cols=len(header))
    tbl.style = "Table Grid"
    for c, head in enumerate(header):
        tbl.cell(0, c).text = head
    r, number = 1, 1
    for s in t.sections:
        merged = tbl.cell(r, 0).merge(tbl.cell(r, len(header) - 1))
        merged.text = s.printed
        r += 1
        for row in s.rows:
            for c, v in ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
            number += 1
    merged = tbl.cell(r, 0).merge(tbl.cell(r, 2))
    merged.text = "合计"
    tbl.cell(r, 3).text = _fmt(t.total)
    document.add_paragraph("说明：1.本表适用于全区非公有制企业单独组建和联合组建的党组织；2.各项扣分以该项分值扣完为止；"
                           "3.考核得分90分以上的评为“五星级”党组织，低于60分的列为整顿对象。")
    document.add_paragraph("考核组成员（签字）：                                    企业党组织书记（签字）：")
    document.save(str(path))
