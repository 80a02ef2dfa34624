"""中共北京市海淀区国资委委员会2025年度区属国有企业基层党支部标准化规范化建设考核细则 (.docx), as a 北京 海淀 区国资委党委 (its 党建
工作处 with the 企业 党委 and the 公司纪委, a 考核组 checking in December) scores one 基层党支部 of a 区属 国有 规划设计研究院: the
建筑设计一所, whose 建筑、结构、机电 专业 draw the 老旧小区改造, the 背街小巷 and the 学校 of the district, whose 党员 are 设计师 and 工程师 and
whose 项目组 run on deadlines: 组织设置 (the 支部 matching the 经营单元 with the 换届 请示 and 批复, the 书记 as 所长 or under “双向进入、交叉
任职” with a 委员 under 35 and 32学时, the 党小组 by 专业 and the 临时党小组 of the 重点项目 with its 批复), 组织生活 (the “三会一课” with the
书记's 党课, the monthly 主题党日 with a half-yearly “党员设计师进社区” 义务设计, the 组织生活会 with 谈心谈话, 整改清单, 民主评议 and the 审核,
the “第一议题” with a monthly 集中学习 and a quarterly 专题研讨), 党员管理 (党费 with the July 核定 and a yearly 公布, one 发展 a year with a
quarterly 谈话, 32学时 with the 介绍信 of the 转入, the 先锋岗 with a yearly “优秀党员设计师” 评选 and its 公示, the “七一” 慰问), 阵地建设 (the
“五有” 活动室, the monthly 上传 to the 智慧党建平台 and the 专栏), 工作保障 (the 年初 责任书 and 计划, a 自查, the 年底 述职 and 评议 and the
年终 总结, the 1% 经费 in the 预算 with the 专账 and the 工作手册) and 作用发挥 (two 攻坚项目 with the 按期交付率 in bands, the 合格率 with the
证书 and a half-yearly 技术交流; a deduction-only line on 招投标 and 质量安全 事故).

The title (bold, centred), a centred "（考核对象：区属规划设计研究院建筑设计一所党支部）" line above one table: 序号 | 考核指标 | 考核要点 |
扣分标准 | 分值 | 备查资料. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line, "一、组织
设置（14分）". 序号 (FIRST column) runs 1..19 through the table, NOT restarting under the section rows. 考核指标 is a short sub-label
(`Row.indicator`). 分值 comes AFTER the 扣分标准, a plain number. 备查资料 (`Row.method`) names the papers the 支部 lays out, joined by "、"
(twice a way of checking: 现场查看, 公司纪委提供). A 合计 row of 100 and a 说明 paragraph close the document. Counts in figures and Chinese
numerals ("每月召开1次", "每年讲党课不少于1次", "全年不少于12次", "每半年至少开展一次", "每季度…开展一次", "每年7月…核定一次", "每年至少
公布一次", "每季度至少…谈话一次", "每年评选一次", "每月上传", "每月更新不少于1次", "年中开展一次", "每半年开展一次"); "不少于32学时" twice;
"不少于1名", "不少于2个", "不少于1项"; "6个月以上", "3个月内"; "最高扣" caps; "酌情扣1分" five times, "酌情扣0.5-1分" twice and "酌情扣
0.5分"; one set of bands (an 按期交付率 for 4 of the 7 points, closed by "90%以下的不得分"); four plain "本项不得分"; one line is
deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzd_beijing_haidian_sheji_yuan_zhibu_docx",
    fmt="docx",
    title="中共北京市海淀区国资委委员会2025年度区属国有企业基层党支部标准化规范化建设考核细则",
    numbering="printed",
    sections=(
        Section("组织设置", "一、组织设置（14分）", 14, (
            Row("党支部设置与生产经营单元相对应，设计所党员3人以上单独建立党支部；支部委员会按期换届，换届请示、批复齐全。", 5,
                "支部设置与经营单元不对应的，酌情扣1分；未按期换届的扣2分；换届请示、批复每缺一项扣1分。", "换届选举材料",
                indicator="支部设置"),
            Row("党支部书记由设计所所长担任，或由党员副所长担任并实行“双向进入、交叉任职”；支部委员中35周岁以下青年骨干不少于1名；支部书记"
                "每年参加集中培训不少于32学时。", 4,
                "书记配备不符合要求的扣1分；委员中无35周岁以下青年骨干的扣1分；书记培训学时不足的扣1分。", "支委名单、培训记录",
                indicator="书记配备"),
            Row("按建筑、结构、机电专业划分党小组；设计周期6个月以上、党员3名以上的重点项目组建立临时党小组，报公司党委批准。", 5,
                "党小组划分不合理的，酌情扣1分；符合条件未建立临时党小组的，每个扣1分；临时党小组未报批的，每个扣0.5分。",
                "党小组名单、临时党小组批复", indicator="党小组"),
        )),
        Section("组织生活", "二、组织生活（26分）", 26, (
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次，支部书记每年讲党课不少于1次；项目攻坚期可灵活"
                "调整时间，但须当季补开。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；会议记录要素不全的，每次扣0.2分，最高扣1分。", "会议记录、签到表",
                indicator="三会一课"),
            Row("每月开展一次主题党日，全年不少于12次；每半年至少开展一次“党员设计师进社区”义务设计服务，参与老旧小区改造、背街小巷整治等民生"
                "项目。", 6,
                "主题党日每少1次扣0.5分；义务设计服务每少1次扣1分；活动内容单一、流于形式的，酌情扣0.5-1分。", "活动方案、签到表、活动照片",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，会后制定整改清单、限期整改；每年开展一次民主评议党员，评定等次报公司党委审核。", 6,
                "未召开组织生活会的扣3分；未开展谈心谈话的扣1分；无整改清单的扣1分；未开展民主评议党员的扣2分；评定等次未报审核的扣0.5分。",
                "会议记录、谈心谈话记录、整改清单、民主评议表", indicator="组织生活会"),
            Row("落实“第一议题”制度，支部每月至少组织一次集中学习；每季度围绕首都规划建设、城市更新开展一次专题研讨，党员撰写研讨发言材料。",
                6, "集中学习每少1次扣0.5分；专题研讨每少1次扣1分；研讨发言材料不全的，每人次扣0.1分；“第一议题”落实不到位的，酌情扣1分。",
                "学习记录、研讨发言材料", indicator="理论学习"),
        )),
        Section("党员管理", "三、党员管理（20分）", 20, (
            Row("党员按月足额交纳党费，每年7月根据工资调整情况核定一次交纳基数；党费收缴情况每年至少公布一次。", 4,
                "少交、漏交党费的，每人次扣0.2分；未核定交纳基数的扣1分；未公布的扣1分。", "党费收缴台账", indicator="党费"),
            Row("把发展党员纳入企业人才培养规划，注重在青年设计师、技术骨干中发展党员，年内发展党员不少于1名；培养联系人每季度至少与入党"
                "积极分子谈话一次。", 5,
                "未发展党员的扣2分；培养联系人谈话每少1次扣0.2分，最高扣1分；发展党员程序违规的，本项不得分。", "发展党员档案、谈话记录",
                indicator="发展党员"),
            Row("党员每年参加集中学习培训不少于32学时；新入职党员3个月内转入组织关系；党员信息变动后及时在全国党员管理信息系统中更新。", 4,
                "学时不足的，每人扣0.2分，最高扣2分；组织关系未按时转入的，每人扣0.5分；信息更新不及时的，酌情扣0.5分。",
                "学时登记表、组织关系介绍信存根", indicator="教育管理"),
            Row("设立党员先锋岗、党员责任区，党员在重点设计项目中亮身份、作表率；每年评选一次“优秀党员设计师”并在公司内网公示。", 4,
                "未设立先锋岗、责任区的扣1分；党员未亮身份的，每人次扣0.2分；未开展评选的扣1分；评选结果未公示的扣0.5分。",
                "先锋岗名单、评选公示截图", indicator="先锋作用"),
            Row("“七一”前后走访慰问老党员、生活困难党员；党员家庭遇重大变故时及时上门慰问。", 3,
                "“七一”未开展走访慰问的扣1分；慰问不及时的，酌情扣0.5-1分。", "慰问记录、慰问照片", indicator="关怀帮扶"),
        )),
        Section("阵地建设", "四、阵地建设（10分）", 10, (
            Row("建有党员活动室或党建活动角，做到有场所、有标识、有党旗、有制度、有书报资料，向党员常态化开放。", 5,
                "无活动场所的扣3分；“五有”每缺一项扣0.5分；场所被挪作他用的，本项不得分。", "现场查看", indicator="活动场所"),
            Row("支部信息、组织生活数据每月上传区国资系统智慧党建平台；企业内网党建专栏每月更新不少于1次。", 5,
                "平台数据未按月上传的，每次扣0.3分，最高扣2分；专栏每少更新1次扣0.2分；上传信息不实的，本项不得分。", "平台后台数据、专栏截图",
                indicator="网上阵地"),
        )),
        Section("工作保障", "五、工作保障（10分）", 10, (
            Row("年初与公司党委签订党建工作责任书，制定支部年度工作计划；年中开展一次自查；年底支部书记向公司党委述职并接受评议，年终形成工作"
                "总结。", 5,
                "未签订责任书的扣1分；无年度计划的扣1分；未开展自查的扣0.5分；未述职评议的扣2分；无年度总结的扣1分。",
                "责任书、工作计划、自查报告、述职报告、工作总结", indicator="责任落实"),
            Row("党组织工作经费按照上年度职工工资总额1%的比例纳入企业管理费用年度预算；党费、党组织工作经费专账管理；支部工作手册规范填写。",
                5, "工作经费未纳入预算的扣2分；未专账管理的扣1分；工作手册填写不规范的，酌情扣1分。", "预算文件、经费专账",
                indicator="经费保障"),
        )),
        Section("作用发挥", "六、作用发挥（20分）", 20, (
            Row("围绕重点设计项目开展“党建+项目”攻坚，年内确立党员攻坚项目不少于2个；设计项目按期交付率达到95%以上。", 7,
                "攻坚项目每少1个扣1分；按期交付率95%以上的得4分，90%（含）至95%的得2分，90%以下的不得分；融合成效不明显的，酌情扣1分。",
                "攻坚项目清单、项目交付台账", indicator="党建+项目"),
            Row("设计成果一次送审合格率达到98%以上；年内获得区级以上优秀设计奖或取得专利、软件著作权不少于1项；党员技术攻关小组每半年开展"
                "一次技术交流。", 6,
                "合格率每低1个百分点扣0.5分，最高扣2分；无获奖或专利、软件著作权的扣1分；技术交流每少1次扣0.5分。",
                "获奖或专利证书、交流记录", indicator="质量创新"),
            Row("党员在招投标、设计变更中违规插手、收受好处，或因设计原因发生质量安全责任事故（本项为扣分项）。", 7,
                "违规插手、收受好处经查实的，每起扣3分；因设计原因发生一般质量安全责任事故的，每起扣5分；发生重大质量安全责任事故或党员受到"
                "党纪处分的，本项不得分。", "公司纪委提供", indicator="廉洁和质量安全"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核要点", "扣分标准", "分值", "备查资料"]
NOTE = ("说明：1.本细则由区国资委党委于12月组织考核，企业党委配合，采取查阅资料、现场查看、个别访谈、调取智慧党建平台数据相结合的方式；"
        "2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“标准化规范化建设示范党支部”，80—89分的为“达标党支部”，80分以下的"
        "为“未达标党支部”，限期三个月整改；4.考核结果与企业党建工作责任制考核和领导人员年度经营业绩考核挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：区属规划设计研究院建筑设计一所党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)),
                     (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
