"""江西交投上饶管理中心2025年度收费所党支部考核评分表 (.docx), as the 管理中心党委 of the 高速公路 运营 company of 江西 上饶 (its 党群工作部 with the
收费稽查部, the 安全应急部, the 纪委 and the 工会, a 考核组 driving the 沪昆 and 德上 高速 from 收费所 to 收费所 in December) scores the 党支部 of the
收费所 at the 出口 of the 上饶 and 婺源 and 三清山 roads: the 收费员 and 班长 in “四班三运转”, the 收费广场 where the 春节 and 国庆 queues grow, the
“绿色通道” 货车 with their 鲜活农产品 to check, the 逃费 车 the 稽查 chases, the “微笑路姐” who hand out water at the 爱心服务站 in the 春运: a
table whose 序号 RESTARTS under each section row, whose 考核标准 prints the requirement with its figure, whose 扣分办法 takes off by the 次, the 人次
and the 百分点 (one band list for the 司乘 满意度), and whose 备查资料 names the papers the 支部 lays out: 支部建设 (the 换届, the 分工, the “一肩挑” and
the 书记's 培训; the “三会一课” by 收费班组 with the 补学; the monthly 主题党日, its 年初 计划 and the 参加率; the 组织生活会, the 民主评议, the 谈心谈话
覆盖率 and the 整改清单; 党费 按月 with a half-yearly 公示, one 积极分子, the 积分 with a quarterly 公示 and a 一票否决), 学习教育 (a monthly 集中学习,
the 线上 完成率 and 32学时; a half-yearly 研判, the 群 管理, the 审核 and the 舆情; a quarterly 廉洁教育, two 警示教育片 a year, the 承诺书 签订率, no
人情车 and a 一票否决), 服务保畅 (two 示范车道, the 挂牌 and the “青年文明号”; the 暗访 达标率, the 投诉 and the 曝光; four 保畅方案 a year and the
党员突击队; the “绿色通道” 查验, a quarterly 稽查打逃 and the 追缴台账; the 志愿服务队, the 春运、暑运 服务站 and 10小时; a monthly 安全检查, a
half-yearly 演练 and a 一票否决; the 年底 满意度 in bands) and 责任落实 (the 年初 计划, the 责任书, the 半年小结 by 7月10日 and the 年终 总结; the 年底
述职 and its “好”等次比例; a quarterly 联合 活动, the “微心愿” 台账 and the “七一”、春节 慰问; the 党员活动室 and a quarterly 更新 of the 公开栏).

The title (bold, centred), a centred "（考核对象：…）" line and a "收费所： 党支部书记： 考核日期：" paragraph above one table: 序号 | 工作项目 | 考核
标准 | 分值 | 扣分办法 | 备查资料. Each category is a SECTION ROW merged across the whole table, printed WITH an ordinal and its points on one line,
"一、支部建设（26分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.4"). 工作项目 is a short sub-label
(`Row.indicator`); 考核标准 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 扣分办法 (`Row.scoring`); 备查资料 (`Row.method`)
names the papers, joined by "、". A 合计 row of 100 closes the table; a "备注：" paragraph follows it. Counts in figures and Chinese numerals,
nearly all in the 考核标准 ("按期", "3人", "每年…不少于1次", "支委会每月召开1次，党员大会每季度召开1次，党小组会…每月召开1次，党课每季度1次", "每月
开展一次", "年初", "不低于百分之八十五", "每年召开", "100%", "按月", "每半年公示一次", "年内…不少于1名", "按月记分、每季度公示", "每月组织一次",
"每年…不少于32学时", "每半年研判一次", "每季度开展一次", "每年…不少于2次", "100%", "不少于2个", "百分之九十五", "春节、清明、五一、国庆", "200米",
"每季度开展一次", "春运、暑运", "每人每年…不少于10小时", "每月开展一次", "每半年开展一次", "年底", "百分之九十", "年初", "7月10日前", "年终", "年底",
"不低于百分之八十", "每季度联合开展一次", "“七一”、春节", "每季度更新一次"); "百分之九十" of the 线上学习 完成率 only in the 扣分办法; "最高扣" caps;
"酌情扣0.5-1分" once, "酌情扣0.5分" once and "酌情扣1分" once; one set of bands (the 司乘 满意度, for all 4 points, closed by "85%以下的不得分"); three
"实行一票否决，本项不得分"; three other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzf_shangrao_gaosu_shoufeisuo_zhibu_docx",
    fmt="docx",
    title="江西交投上饶管理中心2025年度收费所党支部考核评分表",
    numbering="restart",
    sections=(
        Section("支部建设", "一、支部建设（26分）", 26, (
            Row("党支部按期换届，支委会由3人组成并明确分工；收费所所长、支部书记“一肩挑”或交叉任职；支部书记每年参加集团公司党校培训不少于1次。", 4,
                "未按期换届的扣2分；支委分工不明确的扣0.5分；书记未参加培训的扣1分。", "换届批复、支委分工表", indicator="班子建设"),
            Row("支委会每月召开1次，党员大会每季度召开1次，党小组会（按收费班组设置）每月召开1次，党课每季度1次；倒班党员错峰参加，缺席的及时补学。",
                8,
                "“三会一课”每少1次扣0.5分，最高扣4分；缺席党员无补学记录的，每人次扣0.1分，最高扣1分；会议记录补记、代签的，本项不得分。",
                "会议记录本、补学记录", indicator="“三会一课”"),
            Row("每月开展一次主题党日，年初制定全年主题党日计划，结合“安全生产月”、节假日保畅等确定主题；党员参加率不低于百分之八十五。", 5,
                "主题党日每少1次扣0.5分，最高扣2.5分；无年度计划的扣0.5分；参加率低于85%的，每次扣0.2分，最高扣1分。", "活动方案、签到表、照片",
                indicator="主题党日"),
            Row("每年召开组织生活会，开展民主评议党员；会前支部书记与支委、党员逐一谈心谈话，覆盖率100%；会后制定整改清单。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话覆盖率未达100%的扣0.5分；无整改清单的扣0.5分。",
                "会议记录、谈心谈话记录、整改清单", indicator="组织生活会"),
            Row("党员按月交纳党费，每半年公示一次；年内确定入党积极分子不少于1名，注重在收费班长、业务骨干中培养；实行党员积分管理，按月记分、每季度"
                "公示。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；未确定入党积极分子的扣1分；积分公示每少1次扣0.3分；违反程序"
                "发展党员的，实行一票否决，本项不得分。", "党费收缴台账、积分台账", indicator="党员管理"),
        )),
        Section("学习教育", "二、学习教育（16分）", 16, (
            Row("每月组织一次集中学习，倒班党员通过“赣鄱党建云”平台线上学习；党员每年学习培训不少于32学时。", 5,
                "集中学习每少1次扣0.3分，最高扣1.5分；线上学习完成率低于90%的扣1分；学时不足的，每人扣0.1分，最高扣1分。", "学习记录、学时登记表",
                indicator="理论学习"),
            Row("每半年研判一次职工思想动态；收费所微信工作群明确专人管理，对外发布信息先审后发；涉收费舆情及时报告、妥善处置。", 5,
                "研判每少1次扣1分；工作群无专人管理的扣0.5分；信息未经审核发布的，每次扣0.5分；舆情处置不及时造成不良影响的，本项不得分。",
                "研判记录、信息审核登记表", indicator="意识形态"),
            Row("每季度开展一次廉洁教育，每年组织观看警示教育片不少于2次；收费人员签订廉洁承诺书，签订率100%；杜绝人情车、违规免费放行。", 6,
                "廉洁教育每少1次扣0.5分；警示教育片每少观看1次扣0.3分；承诺书签订率每少1人扣0.2分，最高扣1分；发现人情车、违规免费放行的，每起扣2分；"
                "发生贪污、挪用通行费的，实行一票否决，本项不得分。", "教育记录、廉洁承诺书", indicator="廉洁教育"),
        )),
        Section("服务保畅", "三、服务保畅（38分）", 38, (
            Row("设立“党员示范车道”“党员先锋岗”不少于2个，党员佩戴党徽、挂牌上岗；收费所积极创建“青年文明号”，落实党建带团建。", 5,
                "示范车道、先锋岗每少1个扣1分；党员未挂牌上岗的，每人次扣0.2分，最高扣1分；未开展“青年文明号”创建的扣0.5分。", "示范岗名单、照片",
                indicator="党员示范车道"),
            Row("落实收费文明服务规范，微笑服务、规范用语；上级文明服务暗访达标率达到百分之九十五。", 6,
                "暗访达标率每低1个百分点扣0.3分，最高扣3分；被司乘人员有效投诉的，每件扣1分；被省级以上媒体曝光的，本项不得分。", "暗访通报、投诉台账",
                indicator="文明服务"),
            Row("春节、清明、五一、国庆等重大节假日逐一制定保畅工作方案，组建党员突击队上一线；收费广场车辆排队长度不超过200米。", 6,
                "未制定保畅方案的，每次扣1分；未组建党员突击队的扣1分；因处置不力造成长时间拥堵被通报的，每次扣2分。", "保畅方案、党员突击队名单",
                indicator="节假日保畅"),
            Row("严格落实鲜活农产品运输“绿色通道”政策，查验规范、记录完整；每季度开展一次稽查打逃专项行动，建立追缴通行费台账。", 6,
                "绿通查验不规范被查实的，每起扣0.5分，最高扣2分；专项行动每少1次扣0.5分；无追缴台账的扣1分。", "绿通查验记录、稽查台账",
                indicator="绿通与稽查"),
            Row("组建“微笑路姐”党员志愿服务队，春运、暑运期间在收费广场开设爱心服务站；党员每人每年志愿服务时长不少于10小时。", 5,
                "未组建志愿服务队的扣1分；春运、暑运未开设服务站的，每次扣1分；服务时长不足的，每人扣0.1分，最高扣1分。", "志愿服务记录、照片",
                indicator="志愿服务"),
            Row("每月开展一次收费广场、票证室安全检查；每半年开展一次应急演练；不发生收费人员伤亡事故。", 6,
                "安全检查每少1次扣0.5分，最高扣2分；应急演练每少1次扣1分；发生一般及以上安全生产责任事故的，实行一票否决，本项不得分。",
                "检查记录、演练方案、演练照片", indicator="安全生产"),
            Row("年底开展司乘人员满意度调查，满意度达到百分之九十。", 4,
                "满意度95%以上的得4分，90%（含）—95%的得3分，85%（含）—90%的得1分，85%以下的不得分。", "满意度调查表", indicator="司乘满意度"),
        )),
        Section("责任落实", "四、责任落实（20分）", 20, (
            Row("年初制定支部工作计划，与管理中心党委签订党建工作责任书；7月10日前报送半年工作小结；年终形成工作总结。", 5,
                "缺一项扣1分；计划与收费业务结合不紧、照搬照抄的，酌情扣0.5-1分。", "工作计划、责任书、半年小结、工作总结", indicator="计划总结"),
            Row("支部书记年底向管理中心党委述职，述职测评“好”等次比例不低于百分之八十。", 4,
                "未述职的扣2分；“好”等次比例低于80%的扣1分；述职报告未结合收费业务的，酌情扣0.5分。", "述职报告、测评表", indicator="述职评议"),
            Row("支部带团支部、工会小组每季度联合开展一次活动；关心关爱倒班职工，建立职工“微心愿”台账；“七一”、春节走访慰问困难党员和职工。", 5,
                "联合活动每少1次扣0.5分；无“微心愿”台账的扣0.5分；走访慰问每少1次扣0.5分。", "活动记录、微心愿台账、慰问照片",
                indicator="关心关爱"),
            Row("收费所设立党员活动室，有党旗、有制度、有学习资料；党务公开栏每季度更新一次。", 6,
                "无党员活动室的扣2分；党旗、制度、学习资料缺一项扣0.5分；公开栏每少更新1次扣0.5分；活动室挪作他用的，酌情扣1分。", "活动室照片",
                indicator="阵地建设"),
        )),
    ),
)

HEADER = ["序号", "工作项目", "考核标准", "分值", "扣分办法", "备查资料"]
NOTE = ("备注：本表由管理中心党委于12月组织考核，党群工作部牵头，收费稽查部、安全应急部、纪委、工会配合，采取查阅资料、现场查看、调阅监控、"
        "个别谈话相结合的方式进行；各项扣分以该项分值为限，扣完为止；暗访达标率以集团公司收费文明服务暗访通报为准；考核得分90分以上的为“优秀”，"
        "80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”，考核结果与收费所年度绩效和“红旗收费所”评选挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：上饶东、婺源、三清山、玉山等收费所党支部）")
    document.add_paragraph("收费所：                党支部书记：                考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for i, row in enumerate(s.rows, 1):
            cells = ((0, str(i)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
