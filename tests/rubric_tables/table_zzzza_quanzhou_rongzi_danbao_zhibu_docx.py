"""泉州市融资担保有限责任公司党支部2025年度党建工作考核评分表 (.docx), as the 党委 of the city's 金融控股集团 in 福建 泉州 (its 党群工作部 with
the 风险合规部, the 人力资源部 and the 纪检监察室, a 考核组 in December) scores the 党支部 of its 政府性融资担保 company: the 业务部 whose 客户经理
drive out to the 晋江 shoe and 石狮 garment workshops, the 德化 瓷 kilns and the 安溪 tea farmers, the 小微企业 and the “三农” 主体 the 担保 is
meant for, the 评审会 where a project is examined by two and decided by the many, the 保后 visits, the 代偿 and the 追偿 when a firm fails, the
银行 that share the risk, the 董事会 and the 经理层 whose big decisions the 党支部 studies first: a table whose 二级指标 names the point, whose
考核内容 prints the requirements and nearly every figure, and whose 评分标准 gives one deduction a clause: 党的政治建设 (the “第一议题”, a monthly
集中学习, a quarterly 专题研讨 and 40学时; a half-yearly 研判 of the 意识形态, the 审核 of what is posted, the 不当言论 and a 一票否决; the 前置研究
事项清单, the 前置研究 of the 重大事项 and the “双向进入、交叉任职”), 党的组织建设 (the 换届, the 3至5人, a yearly 培训 and the 党小组; the “三会一课”
with the 书记's two 党课, the 记录 and no 补记; the monthly 主题党日 with the 年初 主题清单 and the 到会率; the 组织生活会 with the 民主评议 and the
谈心谈话 for everyone; 党费 with a yearly 核定 in 7月, a half-yearly 公示 and one 积极分子 a year), 党建与业务融合 (three 先锋岗, the 设岗定责, the
年初 承诺, the 晒诺 and the 年底 评诺; the 支农支小 占比, six 走访 a head and the 客户满意度; a quarterly 汇报 of the 风险, the “双人调查、集体审议”
and the 代偿损失; the 共建协议, a half-yearly 共建活动 and two 志愿服务 a head; the 品牌 方案 and four 信息 a year) and 党风廉政建设 (a yearly 风险点
排查 with the 防控措施, a half-yearly 警示教育 and the “三重一大”; the 廉洁提醒, the 诫勉 and the 处分; the 年初 计划 and 责任书, a half-yearly 报告,
the 年底 述职 with its 比例 and the 年终 总结).

The title (bold, centred), a centred "（考核对象：集团党委所属泉州市融资担保有限责任公司党支部）" line and a plain "考核组： 考核日期：" line above
one table: 序号 | 一级指标 | 二级指标 | 考核内容 | 评分标准 | 分值 | 佐证资料. 序号 (FIRST column) runs 1..16 through the whole table. The
categories are MERGED CELLS down the 一级指标 column (SECOND, after the 序号), printed WITHOUT an ordinal and WITH their points on one line,
"党的政治建设（18分）". 二级指标 is a short sub-label (`Row.indicator`); 考核内容 says what is required (`Row.text`). 分值 is a plain number AFTER the
评分标准. 佐证资料 (`Row.method`) names the papers the 支部 lays out, joined by "、". A 合计 row of 100 closes the table; a "备注：" paragraph follows
it. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月开展一次", "每季度…开展一次", "每年…不少于40学时", "每半年…一次",
"按期", "3至5人", "每年…不少于1次", "支部党员大会每季度召开1次，支部委员会每月召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于
2次", "每月开展一次", "年初", "不低于百分之九十", "每年召开一次", "每年…至少一次", "按月", "每年7月", "每半年公示一次", "年内…不少于1名", "不少于
3个", "年初", "年中", "年底", "不低于百分之八十", "每人每年…不少于6户", "不低于百分之九十", "每季度…一次", "1个", "每半年开展一次", "每年…不少于
2次", "每年…不少于4篇", "每年开展一次", "每半年开展一次", "节假日前", "年初", "每半年…报告一次", "年底", "不低于百分之九十", "年终"); "最高扣" caps;
"酌情扣1-2分" once; no bands; one "实行一票否决，本项不得分"; three other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzza_quanzhou_rongzi_danbao_zhibu_docx",
    fmt="docx",
    title="泉州市融资担保有限责任公司党支部2025年度党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("党的政治建设", "党的政治建设（18分）", 18, (
            Row("落实“第一议题”制度；支部每月开展一次集中学习，每季度围绕金融服务实体经济、防范化解金融风险开展一次专题研讨；党员每年参加教育培训"
                "不少于40学时。", 6,
                "未落实“第一议题”制度的，每次扣0.5分，最高扣1分；集中学习每少1次扣0.3分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高"
                "扣1分。", "学习记录、研讨材料、学时台账", indicator="理论武装"),
            Row("支部每半年分析研判一次意识形态形势；公司网站、微信公众号发布信息执行“先审后发”；党员不在网络上传播涉金融不实信息、发表不当言论。",
                5,
                "分析研判每少1次扣1分；发布信息未经审核的，每次扣0.5分，最高扣1.5分；党员发表不当言论的，每人扣1分；发生意识形态责任事件的，实行"
                "一票否决，本项不得分。", "研判报告、信息发布审核单", indicator="意识形态"),
            Row("落实党组织研究讨论作为董事会、经理层决策重大经营管理事项的前置程序，制定前置研究事项清单；支部书记由公司主要负责人担任，符合条件的"
                "支委通过法定程序进入董事会、经理层。", 7,
                "无前置研究事项清单的扣2分；重大经营管理事项未经支部前置研究的，每件扣1分，最高扣3分；“双向进入、交叉任职”未落实的扣1分。",
                "前置研究事项清单、支委会会议纪要", indicator="把方向管大局"),
        )),
        Section("党的组织建设", "党的组织建设（30分）", 30, (
            Row("支部按期换届，支委会由3至5人组成；支部书记、支委每年参加集团党委组织的培训不少于1次；按业务部门设立党小组。", 5,
                "未按期换届的扣2分；支委配备不齐的扣1分；未参加培训的，每人扣0.5分，最高扣1分；未按部门设立党小组的扣0.5分。",
                "换届批复、培训通知、党小组名单", indicator="支部班子"),
            Row("支部党员大会每季度召开1次，支部委员会每月召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于2次；会议记录完整"
                "规范。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；记录不规范的，每次扣0.2分，最高扣1分；存在补记、代签的，本项不"
                "得分。", "会议记录本、签到表", indicator="“三会一课”"),
            Row("每月开展一次主题党日，围绕“金融为民”“服务小微”确定活动主题，年初将全年主题清单报集团党委；党员到会率不低于百分之九十。", 6,
                "主题党日每少1次扣0.3分，最高扣2分；年初未报送主题清单的扣0.5分；到会率每低5个百分点扣0.5分，最高扣1.5分。",
                "活动方案、签到表、活动照片", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；支部书记与支委、支委与党员、党员与党员之间每年谈心谈话至少一次；员工因业务风险被问责时"
                "及时谈心。", 6,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话每缺1人扣0.2分，最高扣1.5分；应谈未谈的，每人扣0.5分。",
                "组织生活会记录、民主评议测评表、谈心谈话记录", indicator="组织生活"),
            Row("党员按月交纳党费，每年7月核定交纳基数，每半年公示一次党费收缴情况；年内确定入党积极分子不少于1名，注重在业务骨干中发展党员。", 5,
                "未按月交纳的，每人次扣0.1分，最高扣1分；未核定基数的扣0.5分；公示每少1次扣0.5分；未确定入党积极分子的扣1分。",
                "党费收缴台账、公示截图、积极分子名册", indicator="党员管理"),
        )),
        Section("党建与业务融合", "党建与业务融合（32分）", 32, (
            Row("在业务审批、风险管理、代偿追偿等岗位设立党员先锋岗不少于3个；党员设岗定责，年初公开承诺，年中晒诺，年底评诺。", 7,
                "先锋岗每少1个扣1分；未设岗定责的扣1分；未公开承诺的扣1分；未开展晒诺、评诺的，每次扣0.5分。", "先锋岗名单、承诺书、评诺结果",
                indicator="先锋示范"),
            Row("支部党员带头服务小微企业和“三农”主体，支农支小业务在保余额占比不低于百分之八十；党员每人每年走访服务企业不少于6户；担保客户满意度"
                "不低于百分之九十。", 8,
                "支农支小占比每低5个百分点扣1分，最高扣3分；走访不足的，每人扣0.2分，最高扣1分；客户满意度低于90%的扣1分。",
                "业务统计报表、走访记录、客户满意度调查表", indicator="服务实体"),
            Row("支委会每季度听取一次业务风险情况汇报；担保项目评审执行“双人调查、集体审议”；党员客户经理落实保后管理责任。", 7,
                "听取汇报每少1次扣0.5分；未执行“双人调查、集体审议”的，每笔扣1分，最高扣3分；因违规操作造成重大代偿损失的，本项不得分。",
                "支委会会议记录、项目评审会纪要", indicator="风险防控"),
            Row("与1个村或社区党组织结对共建，签订共建协议；每半年开展一次共建活动；在职党员到居住地社区报到，每年参加社区志愿服务不少于2次。", 5,
                "未签订共建协议的扣1分；共建活动每少1次扣1分；志愿服务不足2次的，每人扣0.2分，最高扣1分。", "共建协议、活动照片、报到登记表",
                indicator="结对共建"),
            Row("打造“泉心担当”党建品牌，制定品牌建设方案；每年向集团党委报送党建工作信息或典型案例不少于4篇。", 5,
                "无品牌建设方案的扣1分；信息每少1篇扣0.5分；品牌特色不鲜明、成效不明显的，酌情扣1-2分。", "品牌建设方案、信息刊发截图",
                indicator="品牌创建"),
        )),
        Section("党风廉政建设", "党风廉政建设（20分）", 20, (
            Row("每年开展一次廉洁风险点排查，针对项目准入、评审、保后管理等环节制定防控措施；每半年开展一次警示教育；落实“三重一大”集体决策制度。",
                7,
                "未开展风险点排查的扣1.5分；无防控措施的扣1分；警示教育每少1次扣0.5分；“三重一大”事项未经集体决策的，每件扣1分。",
                "风险点排查表、防控措施、警示教育记录", indicator="廉洁风险防控"),
            Row("落实中央八项规定精神，党员不得接受客户宴请和礼品礼金，不得为亲友违规办理担保业务；节假日前开展廉洁提醒。", 5,
                "未开展廉洁提醒的，每次扣0.5分；党员违反规定受到诫勉的，每人扣1分；受到党纪政务处分的，本项不得分。", "廉洁提醒通知",
                indicator="作风纪律"),
            Row("年初制定支部工作计划，签订党风廉政建设责任书；每半年向集团党委报告一次支部工作；年底支部书记述职，党员评议“好”“较好”比例不低于"
                "百分之九十；年终形成工作总结。", 8,
                "无工作计划的扣1分；未签订责任书的扣1分；报告每少1次扣0.5分；未述职的扣2分；评议比例低于90%的扣1分；无工作总结的扣1分。",
                "工作计划、责任书、述职报告、工作总结", indicator="责任落实"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核内容", "评分标准", "分值", "佐证资料"]
NOTE = ("备注：本表由集团党委于12月组织考核，采取查阅资料、个别谈话、系统核查、问卷测评相结合的方式进行；各项扣分以该项分值为限，扣完为止；支农"
        "支小在保余额占比以省再担保公司系统数据为准；考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，"
        "考核结果与支部书记年度绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：集团党委所属泉州市融资担保有限责任公司党支部）")
    document.add_paragraph("考核组：                        考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.indicator), (3, row.text), (4, row.scoring), (5, _fmt(row.points)), (6, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 5, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
