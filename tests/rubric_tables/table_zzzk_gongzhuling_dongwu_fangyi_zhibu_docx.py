"""公主岭市农业农村局机关党委2025年度动物防疫系统党支部工作考核评分表 (.docx), as the 机关党委 of the 农业农村局 of 公主岭 in 吉林 (its
机关党委办公室 with the 畜牧兽医科 and the 局机关纪委, a 考核组 going round in December after the 秋防) scores the 党支部 of the 动物疫病预防
控制中心, the 动物卫生监督所 and the 乡镇畜牧兽医站 of a 黄牛 and 生猪 county of the 松辽平原: 春防 and 秋防 of the 重大动物疫病 with the
党员突击队, 采样 and 检测 in the 实验室, 检疫出证 at the 屠宰场 where the 廉政 risk lies, 非洲猪瘟 and the 病死畜禽 无害化处理, 养殖户 in
every 村: 政治建设 (the “第一议题” with a monthly 集中学习, a half-yearly 报告 of the 意识形态 with the “三审三校”, the 请示报告 with a yearly
廉政谈话), 组织建设 (the 支委 and the 换届, the “三会一课” with the 书记's and the 班子成员's 党课, the monthly 主题党日 with the 党员突击队 and
the 参加率, the 组织生活会 with 谈心谈话, 征求意见, the 整改清单 and 民主评议, a yearly 积极分子 with the 公示), 党员队伍 (the 党费 with a yearly
核定 and a half-yearly 公布, three 先锋岗 with the 年终 评选, the 慰问 and a yearly 谈心谈话), 业务融合 (the two 集中免疫 with the 免疫密度,
the 抗体合格率 in bands and a 一票否决, a monthly 采样 with the 及时率 and the 值班, a quarterly 进村入户 with four 培训, the 处理率 with two
检查, five 实事 with the 满意度 in bands) and 作风建设 (a yearly 专题会议 with the 廉政风险排查, a deduction-only line on 八项规定 and 检疫出证,
the 年初 计划 with the 年底 述职 and the 年终 总结).

The title (bold, centred) and a centred "（考核对象：市动物疫病预防控制中心党支部、市动物卫生监督所党支部、各乡镇畜牧兽医站联合党支部）" line
above one table: 一级指标 | 二级指标 | 考核标准 | 考核方式 | 分值 | 评分细则. There is NO 序号: items are numbered by position (1..19). The
categories are MERGED CELLS down the 一级指标 column (FIRST), printed WITHOUT an ordinal and WITH their points on ONE line, "政治建设（15分）".
二级指标 is a short sub-label (`Row.indicator`). 考核方式 (`Row.method`) comes BEFORE the 分值 and only says how the 考核组 checks (查阅资料,
个别谈话, 实地查看, 系统核查, 问卷调查, 局畜牧兽医科提供, 局机关纪委提供): no papers. 分值 is a plain number BEFORE the 评分细则. A 合计 row of
100 and a 说明 paragraph close the document. Counts in figures and Chinese numerals ("每月至少组织一次", "每半年…报告一次", "每年…不少于1次",
"支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于1次", "每月第一个工作日", "春秋
两季", "每年召开一次", "每年至少确定…1名", "每年核定一次", "每半年公布一次", "年终", "每年开展一次", "每月开展一次", "每季度至少一次", "全年…
不少于4期", "全年…不少于2轮", "不少于5件", "每年召开一次"); "不少于3个", "3至5人", "不少于5个工作日", "24小时"; "100%", "90%", "70%";
"最高扣" caps; "酌情扣0.5-1分" four times; two sets of bands (an 抗体合格率 for 3 of the 8 points closed by "60%以下的不得分", a 满意度 for 2
of the 5 points closed by "80%以下的不得分"); one "实行一票否决，本项不得分"; three plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzk_gongzhuling_dongwu_fangyi_zhibu_docx",
    fmt="docx",
    title="公主岭市农业农村局机关党委2025年度动物防疫系统党支部工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            Row("落实“第一议题”制度；党支部每月至少组织一次集中学习，党员通过“学习强国”等平台日常自学。", 5,
                "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.5分；学习记录不全、心得体会雷同的，酌情扣0.5-1分。", "查阅资料、个别谈话",
                indicator="理论学习"),
            Row("落实意识形态工作责任制，每半年向局机关党委报告一次意识形态工作情况；单位网站、微信公众号发布信息严格落实“三审三校”。", 5,
                "报告每少1次扣1分；未落实“三审三校”的扣1分；发生意识形态领域问题造成不良影响的，本项不得分。", "查阅资料、系统核查",
                indicator="意识形态"),
            Row("严格执行重大事项请示报告制度；支部班子成员落实“一岗双责”，每年与分管科室（站）负责人开展廉政谈话不少于1次。", 5,
                "应请示报告未报告的，每件扣1分；廉政谈话每少1人次扣0.5分；“一岗双责”落实不到位的扣1分。", "查阅资料、个别谈话",
                indicator="政治纪律"),
        )),
        Section("组织建设", "组织建设（25分）", 25, (
            Row("党支部委员会由3至5人组成，设书记、组织委员、宣传委员、纪检委员；按期换届；支部书记由单位主要负责人担任。", 4,
                "委员配备不齐的扣1分；未按期换届的扣2分；书记未由单位主要负责人担任的扣1分。", "查阅资料", indicator="支部班子"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次，班子其他"
                "成员每年讲党课不少于1次。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记未讲党课的扣1分；班子成员未讲党课的，每人扣0.5分；记录不规范的，酌情扣0.5-1分。",
                "查阅资料", indicator="三会一课"),
            Row("每月第一个工作日开展主题党日活动；春秋两季重大动物疫病集中免疫期间组建党员突击队下沉一线；党员参加率达到90%以上。", 4,
                "主题党日每少1次扣0.5分；未组建党员突击队的扣1分；参加率每低5个百分点扣0.5分。", "查阅资料、实地查看", indicator="主题党日"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、广泛征求意见，会后列出问题整改清单；组织开展民主评议党员。", 5,
                "未召开组织生活会的扣2分；会前谈心谈话、征求意见不到位的扣0.5分；无整改清单的扣1分；未开展民主评议党员的扣1分。",
                "查阅资料", indicator="组织生活会"),
            Row("每年至少确定入党积极分子1名，注重在一线防疫技术骨干中发展党员；严格执行发展党员工作程序，发展对象公示不少于5个工作日。", 5,
                "未确定入党积极分子的扣1分；未公示的扣1分；程序不规范的，每处扣0.5分；违规发展党员的，本项不得分。", "查阅资料",
                indicator="发展党员"),
        )),
        Section("党员队伍", "党员队伍（15分）", 15, (
            Row("党员按月交纳党费，每年核定一次交纳基数；党费收缴情况每半年公布一次；退休党员组织关系及时转接社区。", 5,
                "未按月交纳的，每人次扣0.2分，最高扣1分；未核定基数的扣1分；公布每少1次扣0.5分；关系转接不及时的，每人扣0.5分。", "查阅资料",
                indicator="党员管理"),
            Row("开展“党员先锋岗”创建，在免疫注射、采样监测、检测化验岗位设立党员先锋岗不少于3个；年终评选优秀共产党员。", 5,
                "先锋岗每少1个扣1分；未开展年终评选的扣1分；先锋岗作用发挥不明显的，酌情扣0.5-1分。", "查阅资料、实地查看",
                indicator="先锋作用"),
            Row("“七一”、春节期间走访慰问老党员、生活困难党员；党员生病住院、家庭遭遇变故时及时看望；支部书记每年与每名党员开展一次谈心"
                "谈话。", 5,
                "未开展走访慰问的扣1分；看望不及时的，每人次扣0.5分；谈心谈话未全覆盖的，每少1人扣0.2分。", "查阅资料、个别谈话",
                indicator="关爱激励"),
        )),
        Section("业务融合", "业务融合（30分）", 30, (
            Row("组织党员骨干带头完成春秋两季重大动物疫病集中免疫，应免畜禽免疫密度达到100%，免疫抗体合格率达到70%以上。", 8,
                "免疫密度每低1个百分点扣0.5分；抗体合格率70%以上的得3分，60%（含）—70%的得2分，60%以下的不得分；发生区域性重大动物疫情的，"
                "实行一票否决，本项不得分。", "局畜牧兽医科提供", indicator="集中免疫"),
            Row("落实动物疫情监测和报告制度，每月开展一次主动监测采样；疫情报告及时率达到100%；实行24小时值班。", 6,
                "采样监测每少1次扣0.5分；迟报、漏报疫情的，每次扣2分；值班抽查脱岗的，每次扣1分。", "系统核查、实地查看",
                indicator="监测报告"),
            Row("依托乡镇畜牧兽医站设立“党员服务岗”，党员技术人员每季度至少一次进村入户开展养殖技术指导和政策宣传；全年组织养殖户培训不少于"
                "4期。", 6,
                "进村入户每少1次扣0.5分；养殖户培训每少1期扣0.5分；服务被投诉且查实的，每起扣1分。", "查阅资料、问卷调查",
                indicator="服务养殖户"),
            Row("严格落实病死畜禽无害化处理监管，无害化处理率达到100%；党员带头开展养殖场（户）生物安全检查，全年检查不少于2轮。", 5,
                "无害化处理率未达到100%的扣2分；检查每少1轮扣1分；检查发现问题未督促整改的，每处扣0.5分。", "查阅资料、实地查看",
                indicator="生物安全"),
            Row("开展“我为群众办实事”，全年为养殖户解决实际问题不少于5件；养殖户满意度测评达到90%以上。", 5,
                "实事每少1件扣0.5分；满意度90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分。", "查阅资料、问卷调查",
                indicator="办实事"),
        )),
        Section("作风建设", "作风建设（15分）", 15, (
            Row("落实全面从严治党主体责任，每年召开一次党风廉政建设专题会议；在兽药饲料监管、检疫出证等关键环节开展廉政风险排查，制定防控"
                "措施。", 5,
                "未召开专题会议的扣1分；未开展廉政风险排查的扣1分；防控措施不具体的，酌情扣0.5-1分。", "查阅资料", indicator="廉政建设"),
            Row("党员干部违反中央八项规定精神，或在检疫出证中吃拿卡要、违规收费（本项为扣分项）。", 6,
                "党员受到党纪政务处分的，每人次扣3分；被市级以上通报批评的，每次扣2分；发生严重违纪违法问题的，本项不得分。",
                "局机关纪委提供", indicator="纪律作风"),
            Row("年初制定支部年度工作计划；支部书记年底向局机关党委述职并接受评议；年终形成支部工作总结。", 4,
                "无年度计划的扣1分；未述职的扣2分；无年终工作总结的扣1分。", "查阅资料", indicator="述职评议"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核标准", "考核方式", "分值", "评分细则"]
NOTE = ("说明：1.本表由局机关党委于12月组织考核，机关党委办公室牵头，畜牧兽医科、局机关纪委参加，防疫业务数据以省动物疫病防控信息系统"
        "年末数据为准；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“好”，80—89分的为“较好”，60—79分的为“一般”，60分"
        "以下的为“差”；4.考核结果作为评选“先进党支部”和支部书记抓党建述职评议的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：市动物疫病预防控制中心党支部、市动物卫生监督所党支部、各乡镇畜牧兽医站联合党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, row.method), (4, _fmt(row.points)), (5, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
