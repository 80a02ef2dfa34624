"""花垣县双龙镇2025年度村级党建工作台账检查评分表 (.docx), as the 镇党委 of 湖南 湘西 花垣 双龙 (its 党建办 with the 乡村振兴办, the 综治
中心, the 经管站 and the 镇纪委, a 检查组 going round the 村 in November and opening the 台账柜 in each 村部) checks the 台账 of the 村党支部 of
the 苗寨 in the hills: the 村 where the “精准扶贫” was first said and the 游客 come up the road to see it, the 猕猴桃 基地 and the 苗绣 合作社 the
村党组织 runs, the 黄牛 and the 烟叶, the 党员 who went to 广东 to work and are called each quarter, the old 党员 the 支部 brings the 学习 to, the
“四议两公开” the 村民 know by name: a checklist printed the way the 台账 stand in the 柜, each row naming the 台账 by their 《》 titles with what
each must record IN BRACKETS after it ("《党费收缴登记簿》（按月登记，党员本人签字）"), a paper now and then named without brackets, and an 扣分标准
that begins "缺一本台账扣1分" in most rows and then scores a meeting short, a rate low or a rule broken: 组织建设台账 (the 换届选举档案, the 班子
花名册 with one 班子成员 under 35, two 后备力量; the 党员花名册 updated by the end of January, the 流动党员管理台账 with a quarterly 联系, the 转接
登记簿; the 发展党员档案 一人一档, the 考察 every half-year, the 公示 of 5个工作日; the 党费 登记簿 按月, a yearly 核定 and a half-yearly 公示 with
its 照片), 组织生活台账 (the “三会一课”记录本, the 书记's two 党课 and the 签到表; the 主题党日 on the 10th with its 方案, 签到, 照片, 备案 and 参加率;
the 组织生活会 资料, the 民主评议 and the 备案; the 学习 register with a monthly 集中学习, 32学时, a quarterly 送学 and the “学习强国”), 服务发展台账
(the 积分 with a quarterly 公示, the 设岗定责 and the 认岗率, the 年初 承诺 and 年底 评诺; the 联系户 and a monthly 走访, the 民情台账 and its 办结率;
the “四议两公开” 记录 and the 三务公开 登记簿; the “三资” 台账 with a yearly 清查, the 合作社 and the 经营性收入 in bands; a monthly 志愿服务 and the 帮扶
台账 with the “七一”、春节 慰问) and 基础保障台账 (the 年初 计划, the 半年小结, the 年终 总结, the 年底 述职 and its 满意度; the 值班记录, the 代办
办结率 and a half-yearly 研判; the 目录, the 电子台账 and the 专人).

The title (bold, centred), a centred "（检查对象：双龙镇所辖各村党支部）" line and a plain "村名： 检查人： 检查日期：" line above one table: 序号 |
台账类别 | 台账名称及要求 | 分值 | 扣分标准 | 检查情况. 序号 (FIRST column) runs 1..16 through the whole table, NOT restarting. The categories are
MERGED CELLS down the 台账类别 column (SECOND, after the 序号), printed WITHOUT an ordinal and WITH their points on a SECOND line,
"组织建设台账\\n（22分）". There is no short sub-label. 分值 is a plain number BEFORE the 扣分标准; 检查情况 is blank. A 合计 row of 100 closes the table; a "备注："
paragraph follows it. Counts in figures and Chinese numerals, nearly all in the brackets of the 台账名称及要求 ("35周岁以下成员不少于1名", "储备不少于
2名", "每年1月底前更新一次", "每季度联系一次", "每半年考察一次", "不少于5个工作日", "按月登记", "每年核定一次", "每半年公示一次", "支部委员会每月1次、
党员大会每季度1次、党小组会每月1次、党课每季度1次", "每年讲党课不少于2次", "每月10日", "提前3天", "不低于百分之八十", "每年召开一次", "每月不少于
1次", "每年…不少于32学时", "每季度送学一次", "每季度公示一次", "每人认领1个岗位", "年初", "年底", "不少于5户", "每月走访一次", "百分之九十五", "每季度
公开一次", "每月公开一次", "年内清查一次", "5万元以上", "每月…不少于1次", "“七一”、春节", "年初", "年底", "不低于百分之八十五", "百分之九十", "每半年
分析研判一次"); "低于百分之九十" (the 认岗率) only in the 扣分标准; "缺一本台账扣1分" thirteen times, "缺一项资料扣0.3分，最高扣2分" once and "缺一项
资料扣1分" once; "最高扣" caps; "酌情扣0.5-1分" once; one set of bands (the 经营性收入 in 万元 for 2 of the 6 points, closed by "5万元以下的不得分");
three plain "本项不得分"; no 一票否决.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzc_huayuan_shuanglong_zhen_cun_taizhang_docx",
    fmt="docx",
    title="花垣县双龙镇2025年度村级党建工作台账检查评分表",
    numbering="printed",
    sections=(
        Section("组织建设台账", "组织建设台账\n（22分）", 22, (
            Row("《村党组织换届选举档案》（含换届请示、批复、选举结果报告）；《村“两委”班子成员花名册》（注明年龄、学历，35周岁以下成员不少于1名）；"
                "《村级后备力量名册》（储备不少于2名）。", 5,
                "缺一本台账扣1分；35周岁以下成员空缺的扣0.5分；后备力量每少1名扣0.5分；台账内容与实际不符的，每处扣0.2分，最高扣1分。"),
            Row("《党员花名册》（每年1月底前更新一次，含流动党员、年老体弱党员）；《流动党员管理台账》（外出党员每季度联系一次并记录）；《党员组织关系"
                "转接登记簿》。", 5,
                "缺一本台账扣1分；花名册未按时更新的扣0.5分；联系记录每缺1次扣0.2分，最高扣1分；党员信息与全国党员管理信息系统不一致的，每人扣"
                "0.1分，最高扣0.5分。"),
            Row("《发展党员工作档案》（一人一档，材料齐全，按时间顺序排列）；《入党积极分子培养考察登记册》（每半年考察一次）；发展对象公示材料（公示"
                "期不少于5个工作日）。", 6,
                "缺一本台账扣1分；档案材料不全或排列混乱的，每人扣0.2分，最高扣1分；考察每少1次扣0.3分；公示不足5个工作日的扣1分；违反程序发展"
                "党员的，本项不得分。"),
            Row("《党费收缴登记簿》（按月登记，党员本人签字）；《党费交纳基数核定表》（每年核定一次）；党费收缴情况公示记录（每半年公示一次，附公示"
                "照片）。", 6,
                "缺一本台账扣1分；党员未按月交纳的，每人次扣0.1分，最高扣1分；登记无本人签字的，每人扣0.1分，最高扣0.5分；公示每少1次扣0.5分。"),
        )),
        Section("组织生活台账", "组织生活台账\n（30分）", 30, (
            Row("《“三会一课”记录本》（支部委员会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次，记录时间、地点、参加人员、议题和决定"
                "事项）；《党课讲稿》（村党支部书记每年讲党课不少于2次）；会议签到表。", 10,
                "缺一本台账扣1分；“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；记录要素不全的，每次扣0.2分，最高扣1分；发现补记、"
                "代签的，本项不得分。"),
            Row("《主题党日活动记录》（每月10日固定开展，有方案、有签到表、有照片，外出党员线上参加）；活动方案报镇党委备案（提前3天）；党员参加率"
                "不低于百分之八十。", 7,
                "缺一本台账扣1分；主题党日每少1次扣0.5分，最高扣3分；无方案、签到表或照片的，每次扣0.2分，最高扣1分；方案未备案的，每次扣0.1分；"
                "参加率低于80%的，每次扣0.2分，最高扣1分。"),
            Row("组织生活会资料：会议方案、征求意见汇总表、谈心谈话记录、对照检查材料、整改清单（每年召开一次组织生活会，同时开展民主评议党员）；"
                "评议结果报镇党委备案。", 7,
                "缺一项资料扣0.3分，最高扣2分；未召开组织生活会的扣3分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。"),
            Row("《党员学习教育登记册》（集中学习每月不少于1次，党员每年学习不少于32学时）；《送学上门登记表》（年老体弱、行动不便党员每季度送学一次）；"
                "“学习强国”学习情况统计表。", 6,
                "缺一本台账扣1分；集中学习每少1次扣0.3分，最高扣1.5分；学时不足的，每人扣0.1分，最高扣1分；送学上门每少1次扣0.2分。"),
        )),
        Section("服务发展台账", "服务发展台账\n（30分）", 30, (
            Row("《党员积分管理台账》（按月记分，每季度公示一次积分）；《党员设岗定责登记表》（有劳动能力的党员每人认领1个岗位）；《党员承诺践诺台账》"
                "（年初承诺、年底评诺，附评诺结果）。", 7,
                "缺一本台账扣1分；积分公示每少1次扣0.5分；认岗率低于百分之九十的扣1分；年初未承诺的扣1分；年底未评诺的扣1分。"),
            Row("《党员联系户登记表》（每名党员联系农户不少于5户，每月走访一次）；《民情台账》（群众诉求登记、办理、反馈全过程记录，按期办结率达到百分之"
                "九十五）。", 6,
                "缺一本台账扣1分；联系户不足的，每人扣0.1分，最高扣1分；走访每少1次扣0.1分，最高扣1分；办结率每低1个百分点扣0.2分，最高扣2分。"),
            Row("《“四议两公开”会议记录》（村级重大事项逐项记录党支部提议、“两委”商议、党员大会审议、村民代表会议决议和决议公开、实施结果公开）；"
                "《三务公开登记簿》（党务、村务每季度公开一次，财务每月公开一次，附公开栏照片）。", 6,
                "缺一本台账扣1分；重大事项未履行“四议两公开”程序的，每件扣1分，最高扣2分；党务、村务公开每少1次扣0.3分；财务公开每少1次扣0.2分，"
                "最高扣1分。"),
            Row("《村集体“三资”管理台账》（资产、资源、资金清单，年内清查一次）；《村党组织领办合作社台账》（合作社章程、成员名册、收益分配方案）；"
                "村集体年经营性收入达到5万元以上。", 6,
                "缺一本台账扣1分；未开展“三资”清查的扣1分；收益分配方案未经村民代表会议通过的扣1分；年经营性收入10万元以上的得2分，5万元（含）—10"
                "万元的得1分，5万元以下的不得分。"),
            Row("《党员志愿服务记录》（党员志愿服务队每月开展志愿服务不少于1次，记录服务时长）；《困难党员、老党员帮扶台账》（“七一”、春节走访慰问）。",
                5,
                "缺一本台账扣1分；志愿服务每少1次扣0.3分，最高扣1.5分；未开展走访慰问的，每次扣0.5分。"),
        )),
        Section("基础保障台账", "基础保障台账\n（18分）", 18, (
            Row("《村党支部年度工作计划》（年初制定）、《半年工作小结》、《年终工作总结》；《村党支部书记抓党建述职报告》（年底向镇党委述职，附测评表，"
                "满意度不低于百分之八十五）。", 6,
                "缺一项资料扣1分；述职测评满意度低于85%的扣1分；计划、总结内容空泛、照抄照搬的，酌情扣0.5-1分。"),
            Row("《村级党群服务中心值班记录》（工作日有人值守）；《便民服务代办登记簿》（代办事项办结率达到百分之九十）；《意识形态工作记录》（每半年"
                "分析研判一次）。", 6,
                "缺一本台账扣1分；检查时无人值守的扣1分；办结率每低5个百分点扣0.5分；研判每少1次扣0.5分。"),
            Row("台账管理：设立党建台账专柜，明确专人管理，按年度、类别分盒归档，建立台账总目录；电子台账与纸质台账同步更新。", 6,
                "无台账总目录的扣1分；未明确专人管理的扣1分；电子台账未同步更新的扣1分；台账突击补做、弄虚作假的，本项不得分。"),
        )),
    ),
)

HEADER = ["序号", "台账类别", "台账名称及要求", "分值", "扣分标准", "检查情况"]
NOTE = ("备注：本表由镇党委于11月组织检查，以2025年1月1日至检查之日形成的原始台账为准，复印件、补做材料不予认定；各项扣分以该项分值为限，扣完"
        "为止；村集体经营性收入以县农业农村局审核的年度收支报表为准；检查得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，"
        "70分以下的为“不合格”，限期半个月整改，检查结果纳入村党支部年度考核和“五化”支部创建。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：双龙镇所辖各村党支部）")
    document.add_paragraph("村名：                检查人：                检查日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
