"""鹤壁市民政局机关党支部2025年度党建工作台账检查评分表 (.docx), as the 市直机关工委 of 河南 鹤壁 (its 组织部 with the 市纪委监委派驻纪检组, a
检查组 sitting for a day in December in the 局's 会议室 with the 支部's 台账 boxes opened on the table, one box a year) checks the 台账 of the
机关党支部 of the 市民政局: the 科室 of 社会救助 and 养老服务 and 儿童福利 and 婚姻登记 and 区划地名, the 党员 who visit the 养老机构 and the 儿童
福利院 each quarter, the 低保 and 特困 families each 党员 keeps in touch with, the 政务服务窗口 where the 婚姻登记 is done, the 公众号 whose posts
must be checked before they go out: a checklist printed box by box, whose 台账名称 column names the box and whose 检查内容 names each 台账 by
its 《》 title with its date and its count IN BRACKETS after it ("《支部委员会会议记录》（全年不少于12次，记录议题及表决情况）"), and whose 扣分办法
begins "缺一本台账扣1分" in most rows and then scores a meeting short, a date missed, a rate low or a rule broken: 组织设置与计划台账 (the 换届选举
材料, the 党员花名册 updated by 1月31日, the 分工表 and 3至5人; the 年初 计划 with its 备案, the 责任书, the 半年小结 by 7月10日 and the 年终 总结 by
12月20日; the 年底 述职, the “好”等次比例 and four 季度报告), 组织生活台账 (twelve 支委会, four 党员大会, a monthly 党小组会, four 党课 and the
书记's two, the 签到表; the monthly 主题党日 with 方案, 签到表 and 照片, the 年初 计划 and the 参加率; the 组织生活会 by the end of March with its
papers, the 民主评议 and the 备案; a monthly 集中学习, 32学时 and a quarterly 专题研讨; a yearly 谈心谈话), 党员管理台账 (the 申请人 登记表, a
half-yearly 考察, the 档案 and one 积极分子; the 党费 登记簿, a yearly 核定 in July, a half-yearly 公示 with its 截图 and a quarterly 上缴; the 关怀
台账 updated each quarter, the “七一”、春节 慰问 with 照片 and the 政治生日; the 转接 登记簿, the 报到率 and four 志愿服务 a year; the 积分 with a
quarterly 公示 and two 先锋岗) and 业务融合与作风台账 (a half-yearly 专题研究 of the 意识形态, the 审核 and a quarterly 舆情研判; a quarterly
研究 of the 民政 业务, a quarterly 志愿服务 with 照片 and the 联系 of two families; the 风险点排查 by the end of March, a half-yearly 警示教育 and
four 廉洁提醒; the 专柜, the 总目录 and the 平台).

The title (bold, centred), a centred "（检查对象：市民政局机关第一党支部、第二党支部）" line and a plain "党支部： 检查人： 检查日期：" line above one
table: 类别 | 序号 | 台账名称 | 检查内容 | 分值 | 扣分办法 | 检查记录. The categories are MERGED CELLS down the 类别 column (FIRST), printed
WITHOUT an ordinal and WITH their points on a SECOND line, "组织设置与计划台账\\n（15分）". 序号 (SECOND column) runs 1..17 through the whole table,
NOT restarting. 台账名称 is a short sub-label naming the box (`Row.indicator`, "“三会一课”台账"); 检查内容 (`Row.text`) names the 台账 in it
with their dates and counts in brackets. 分值 is a plain number BEFORE the 扣分办法; 检查记录 is blank. A 合计 row of 100 closes the table; a
"备注：" paragraph follows it. Counts and dates in figures and Chinese numerals, nearly all in the brackets ("按期换届", "每年1月31日前更新一次",
"3至5人", "年初制定，1月底前", "7月10日前", "年终形成，12月20日前", "年底", "不低于百分之八十", "每季度末…全年4份", "全年不少于12次", "全年不少于
4次", "每月1次", "全年不少于4次", "每年讲党课不少于2次", "每月1次", "年初制定", "不低于百分之九十", "每年3月底前", "每月不少于1次", "全年不少于32
学时，12月15日前", "每季度1次", "每年至少…1次", "1个月内", "每半年考察1次", "不少于5个工作日", "年内…不少于1名", "按月", "每年7月核定1次", "每半年
公示1次", "每季度", "每季度更新一次", "“七一”、春节前后", "按月", "5个工作日内", "100%", "每人每年…不少于4次", "按月", "每季度公示1次", "不少于2个",
"每半年专题研究1次", "每季度1次", "每季度至少…1次", "每季度…不少于1次", "不少于2户", "每年3月底前", "每半年不少于1次", "元旦、春节、中秋、国庆节前
各1次", "12月31日前"); "缺一本台账扣1分" fourteen times, "缺一项资料扣0.3分，最高扣2分" once; "最高扣" caps; "酌情扣0.5分" once and "酌情扣0.5-1分"
once; no bands; one "实行一票否决，本项不得分"; four other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzd_hebi_minzhengju_jiguan_zhibu_taizhang_docx",
    fmt="docx",
    title="鹤壁市民政局机关党支部2025年度党建工作台账检查评分表",
    numbering="printed",
    sections=(
        Section("组织设置与计划台账", "组织设置与计划台账\n（15分）", 15, (
            Row("《党支部换届选举材料》（换届请示、批复、选举结果报告，支部按期换届）；《党员花名册》（每年1月31日前更新一次，注明出生年月、入党时间、"
                "学历、职务）；《支部委员分工表》（支委会由3至5人组成）。", 5,
                "缺一本台账扣1分；花名册未按时更新或信息不全的扣0.5分；未按期换届的，本项不得分。", indicator="支部设置台账"),
            Row("《年度党建工作计划》（年初制定，1月底前报机关党委备案）；《党建工作责任书》（支部书记与局党组书记签订）；《半年工作小结》（7月10日前"
                "报送）；《年度工作总结》（年终形成，12月20日前报送机关党委）。", 5,
                "缺一本台账扣1分；未按规定时限报送的，每项扣0.3分；计划、总结内容空泛、照搬照抄的，酌情扣0.5分。", indicator="计划总结台账"),
            Row("《支部书记抓党建述职报告》（年底向局党组和机关党委述职）；《述职评议测评表》（“好”等次比例不低于百分之八十）；《党建工作季度报告》"
                "（每季度末报机关党委，全年4份）。", 5,
                "缺一本台账扣1分；“好”等次比例低于80%的扣1分；季度报告每少1份扣0.3分。", indicator="述职评议台账"),
        )),
        Section("组织生活台账", "组织生活台账\n（35分）", 35, (
            Row("《支部委员会会议记录》（全年不少于12次，记录议题及表决情况）；《党员大会记录》（全年不少于4次）；《党小组会记录》（每个党小组每月1次）；"
                "《党课记录及讲稿》（全年不少于4次，支部书记每年讲党课不少于2次）；会议签到表。", 10,
                "缺一本台账扣1分；“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；记录缺议题、表决情况或出现补记、代签的，每次扣"
                "0.3分，最高扣1.5分。", indicator="“三会一课”台账"),
            Row("《主题党日活动记录》（每月1次，每次附活动方案、签到表和照片）；《主题党日年度计划》（年初制定）；党员参加率不低于百分之九十。", 7,
                "缺一本台账扣1分；主题党日每少1次扣0.5分，最高扣3分；缺方案、签到表、照片的，每次扣0.2分，最高扣1分；参加率低于90%的，每次扣0.1分，"
                "最高扣1分。", indicator="主题党日台账"),
            Row("《组织生活会材料》（每年3月底前召开上年度组织生活会，含会议方案、征求意见汇总表、谈心谈话记录、对照检查材料、会议记录、整改清单）；"
                "《民主评议党员材料》（与组织生活会同步开展，含测评表、评议等次汇总表，评议结果报机关党委备案）。", 8,
                "未召开组织生活会的扣4分；缺一项资料扣0.3分，最高扣2分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分；3月底前未召开的扣"
                "0.5分。", indicator="组织生活会台账"),
            Row("《党员学习教育登记册》（集中学习每月不少于1次）；《党员教育培训学时登记表》（每名党员全年不少于32学时，12月15日前汇总）；《专题研讨"
                "发言材料》（每季度1次，党员人人发言）。", 6,
                "缺一本台账扣1分；集中学习每少1次扣0.3分，最高扣1.5分；学时不足的，每人扣0.2分，最高扣1分；专题研讨每少1次扣0.5分。",
                indicator="学习教育台账"),
            Row("《谈心谈话记录》（支部书记与支部委员、支部委员与党员每年至少谈心谈话1次，党员思想波动、家庭变故时及时谈话）。", 4,
                "无记录的扣1分；谈心谈话每少1人次扣0.2分，最高扣2分；谈话内容流于形式的，酌情扣0.5-1分。", indicator="谈心谈话台账"),
        )),
        Section("党员管理台账", "党员管理台账\n（26分）", 26, (
            Row("《入党申请人登记表》（收到入党申请书后1个月内派人谈话）；《入党积极分子培养考察登记表》（每半年考察1次）；《发展党员工作档案》（一人"
                "一档，含政审材料、公示材料，公示期不少于5个工作日）；年内确定入党积极分子不少于1名。", 7,
                "缺一本台账扣1分；考察每少1次扣0.3分，最高扣1分；档案材料缺项的，每人扣0.5分，最高扣1.5分；未确定入党积极分子的扣1分；违反程序发展"
                "党员的，本项不得分。", indicator="发展党员台账"),
            Row("《党费收缴登记簿》（按月收缴，党员本人签字）；《党费交纳基数核定表》（每年7月核定1次）；《党费收缴公示记录》（每半年公示1次，附公示"
                "截图）；《党费上缴凭证》（每季度上缴机关党委）。", 6,
                "缺一本台账扣1分；未按月交纳的，每人次扣0.1分，最高扣1分；基数未核定的扣0.5分；公示每少1次扣0.5分；未按季度上缴的，每次扣0.3分。",
                indicator="党费台账"),
            Row("《党内关怀帮扶台账》（困难党员、老党员、生病住院党员底数清楚，每季度更新一次）；《走访慰问记录》（“七一”、春节前后走访慰问，附照片）；"
                "《党员政治生日记录》（按月为当月入党的党员过政治生日）。", 5,
                "缺一本台账扣1分；台账未按季度更新的，每次扣0.2分；走访慰问每少1次扣0.5分；缺照片的扣0.3分；政治生日每漏1人扣0.1分，最高扣0.5分。",
                indicator="党内关怀台账"),
            Row("《党员组织关系转接登记簿》（转出、转入5个工作日内办结）；《在职党员到社区报到登记表》（报到率100%，每人每年到社区参加志愿服务不少于"
                "4次）。", 4,
                "缺一本台账扣1分；组织关系转接超时的，每人扣0.2分；报到率每低5个百分点扣0.5分；志愿服务不足4次的，每人扣0.1分，最高扣1分。",
                indicator="组织关系与报到台账"),
            Row("《党员积分管理台账》（按月记分，每季度公示1次）；《党员先锋岗名单》（局政务服务窗口设立党员先锋岗不少于2个，党员亮牌上岗）。", 4,
                "缺一本台账扣1分；积分公示每少1次扣0.3分；先锋岗每少1个扣0.5分；党员未亮牌上岗的，每人次扣0.1分，最高扣0.5分。",
                indicator="积分与先锋岗台账"),
        )),
        Section("业务融合与作风台账", "业务融合与作风台账\n（24分）", 24, (
            Row("《意识形态工作责任制落实台账》（每半年专题研究1次，形成会议纪要）；《网络信息发布审核登记表》（局网站、公众号信息先审后发）；《舆情"
                "研判记录》（每季度1次）。", 6,
                "缺一本台账扣1分；专题研究每少1次扣0.5分；信息未经审核发布的，每次扣0.5分，最高扣1.5分；舆情研判每少1次扣0.3分；发生意识形态领域"
                "重大问题的，实行一票否决，本项不得分。", indicator="意识形态台账"),
            Row("《党建与业务融合研究记录》（支部委员会每季度至少研究1次民政业务工作）；《党员志愿服务记录》（每季度到养老机构、儿童福利机构开展志愿"
                "服务不少于1次，附照片）；《党员联系困难群众登记表》（每名党员联系低保、特困家庭不少于2户）。", 6,
                "缺一本台账扣1分；研究业务工作每少1次扣0.5分；志愿服务每少1次扣0.5分，最高扣2分；联系户不足的，每人扣0.2分，最高扣1分。",
                indicator="党建业务融合台账"),
            Row("《廉政风险点排查防控台账》（每年3月底前完成排查，逐项制定防控措施）；《警示教育记录》（每半年不少于1次）；《廉洁提醒记录》（元旦、"
                "春节、中秋、国庆节前各1次）。", 6,
                "缺一本台账扣1分；未开展风险点排查的扣1分；警示教育每少1次扣0.5分；廉洁提醒每少1次扣0.2分；党员干部受到党纪政务处分的，本项不得分。",
                indicator="廉政建设台账"),
            Row("设立党建台账专柜，按“一年一盒、分类归档”管理，12月31日前完成年度台账归档；建立台账总目录；台账同步录入市直机关智慧党建平台。", 6,
                "无台账总目录的扣1分；未按时归档的扣1分；平台录入不及时、不完整的，每项扣0.3分，最高扣1.5分；台账突击补做、弄虚作假的，本项不得分。",
                indicator="台账管理"),
        )),
    ),
)

HEADER = ["类别", "序号", "台账名称", "检查内容", "分值", "扣分办法", "检查记录"]
NOTE = ("备注：本表由市直机关工委于12月组织检查，以2025年1月1日至检查之日形成的原始台账为准，复印件、补做材料不予认定；“缺一本台账”指检查"
        "内容所列《》台账缺失；各项扣分以该项分值为限，扣完为止；检查得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分"
        "以下的为“不合格”，限期一个月整改，检查结果纳入支部书记抓党建述职评议和“五星”支部创建。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：市民政局机关第一党支部、第二党支部）")
    document.add_paragraph("党支部：                检查人：                检查日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((1, str(number)), (2, row.indicator), (3, row.text), (4, _fmt(row.points)), (5, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
