"""中共眉山市东坡区委组织部2025年度区直机关党支部书记抓党建工作述职评议考核评分表 (.docx), as the 组织部 of 东坡区 in 眉山 in 四川 (its 组织
一科 with the 区直机关工委 and the 派驻纪检监察组, a 评议组 sitting in the 区委 meeting hall in the middle of January, when the 岷江 runs low and
green past the 三苏祠, the 东坡 泡菜 jars are full for the 春节 and each 区直 单位's 支部书记 comes up in turn to 述职 before the 评议组 and the 党员
代表) scores each 区直机关党支部 and its 书记 at the year-end 述职评议: a table whose 考核要点 prints what the 支部 and its 书记 must have done, whose
评分细则 takes points off one clause at a time (scoring the 民主测评 好评率 in bands) and whose 考核方式 says only how the 评议组 checks (查阅资料,
个别访谈, 抽查, 调取系统数据, 现场述职, 民主测评): 履行政治责任 (the “第一议题”, a monthly 集中学习研讨 and 32学时; a half-yearly 意识形态 专题研究,
the “三审三校” and a 一票否决; the 年初 计划 and “三张清单”, the 年中 报告 and the 清单 内容), 抓组织建设 (the “三会一课”, the 签到, the 参会率 and the
记录; the 主题党日, the 方案 and a quarterly “政治生日”; the 组织生活会, the 征求意见, the 谈心谈话, the 整改清单, the 民主评议 and its 备案; the 换届,
the 批复, the 书记 and a yearly 轮训; 党费 按月, a yearly 核定, a half-yearly 公开 and the 转接), 抓党员队伍 (one 积极分子, the 公示, the 档案 and the
程序; a yearly 谈心谈话 with each 党员 and the “七一”、春节 慰问; the “双报到”, two 志愿服务 a 党员 and two 先锋岗), 抓作风和业务融合 (the 年初 责任书,
a half-yearly 警示教育, a quarterly 风险点排查 and the 处分; the 融合项目, the 年底 成效报告, the 品牌 and the 成效; the 制度 on the wall, the “好差评”
满意率 and the 通报) and 述职评议 (the 年底 书面述职 and its 问题; the 现场述职 and the 整改完成率; the 好评率 in bands).

The title (bold, centred), a centred "（考核对象：区直机关各党支部及党支部书记）" line and a "党支部：    支部书记：    述职日期：    考核得分："
line above one table: 考核项目 | 考核要点 | 分值 | 评分细则 | 考核方式. There is NO 序号: the items are numbered by position 1..17. The 考核项目 are
MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH their points on a SECOND line, "一、履行政治责任\\n（15分）"; there is no short
sub-label. 考核要点 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`); 考核方式 (`Row.method`) last, only
ways of checking, no papers named. A 合计 row of 100 closes the table; a "说明：" paragraph with four numbered lines follows it. Counts in figures and
Chinese numerals, nearly all in the 考核要点 ("每月至少开展一次", "每年…不少于32学时", "每半年专题研究一次", "年初", "年中…报告一次", "支部委员会每月
召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之九十", "每月固定开展一次", "每季度至少组织一次", "每年召开一次",
"每年…不少于1次", "按月", "每年…核定一次", "每半年…公开一次", "年内…不少于1名", "不少于5个工作日", "每年…不少于1次", "“七一”、春节", "每人每年…不少于
2次", "不少于2个", "年初", "每半年开展一次", "每季度开展一次", "年底", "百分之九十五以上", "年底", "不少于3条", "百分之百", "百分之九十以上"); "最高扣"
caps; bands of the 好评率 (all 10 points, closed by "70%以下的不得分"); "每低10个百分点" once and "每低1个百分点" once; "酌情扣0.5—1分" twice, "酌情扣
1—2分" twice and "酌情扣1分" once; one "实行一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzzs_meishan_dongpo_quwei_zuzhibu_jiguan_zhibu_shuzhi_pingyi_docx",
    fmt="docx",
    title="中共眉山市东坡区委组织部2025年度区直机关党支部书记抓党建工作述职评议考核评分表",
    numbering="position",
    sections=(
        Section("履行政治责任", "一、履行政治责任\n（15分）", 15, (
            Row("落实“第一议题”制度，支部每月至少开展一次集中学习研讨；党员每年参加集中学习培训不少于32学时。", 5,
                "未落实“第一议题”制度的扣1分；集中学习研讨每少1次扣0.5分，最高扣3分；学时不足的，每人扣0.2分，最高扣1分。",
                "查阅资料"),
            Row("落实意识形态工作责任制，支部每半年专题研究一次意识形态工作；单位门户网站、微信公众号发布信息严格执行“三审三校”。", 5,
                "专题研究每少1次扣1分；信息发布未履行审核程序的，每次扣0.5分，最高扣2分；发生意识形态领域问题造成不良影响的，实行一票否决，本项"
                "不得分。",
                "查阅资料，抽查网站和公众号"),
            Row("年初制定支部党建工作计划，列出书记抓党建“三张清单”（任务清单、问题清单、责任清单）；支部书记年中向本单位党组（党委）报告一次抓党建"
                "工作情况。", 5,
                "无年度计划的扣1分；“三张清单”每缺一项扣0.5分；未报告的扣1分；清单内容空泛、照搬照抄的，酌情扣0.5—1分。",
                "查阅资料"),
        )),
        Section("抓组织建设", "二、抓组织建设\n（30分）", 30, (
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议有签到、有"
                "记录，党员参会率不低于百分之九十。", 8,
                "“三会一课”每少1次扣0.5分，最高扣5分；参会率低于90%的，每次扣0.2分，最高扣1分；会议记录不规范、代签代记的，酌情扣1—2分。",
                "查阅资料"),
            Row("每月固定开展一次主题党日，活动有方案、有记录；每季度至少组织一次党员过“政治生日”或重温入党誓词活动。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；无活动方案的，每次扣0.1分，最高扣1分；“政治生日”等活动每少1次扣0.5分。",
                "查阅资料"),
            Row("每年召开一次组织生活会，会前征求意见、开展谈心谈话，会后形成整改清单；开展民主评议党员，评议结果报区直机关工委备案。", 6,
                "未召开组织生活会的扣3分；会前未征求意见或未开展谈心谈话的扣1分；无整改清单的扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的"
                "扣0.5分。",
                "查阅资料，个别访谈"),
            Row("支部按期换届，换届选举结果报区直机关工委批复；支部书记由本单位党员主要负责同志或班子成员担任；支部委员每年参加区委组织部集中轮训"
                "不少于1次。", 5,
                "未按期换届的扣2分；选举结果未报批复的扣0.5分；书记配备不符合要求的扣1分；委员未参加轮训的，每人扣0.5分，最高扣1.5分。",
                "查阅资料"),
            Row("党员按月足额交纳党费，交纳基数每年核定一次；党费收缴情况每半年向党员公开一次；党员组织关系转接及时，全国党员管理信息系统信息准确。",
                6,
                "未按月交纳党费的，每人次扣0.1分，最高扣2分；未核定交纳基数的扣1分；党费公开每少1次扣0.5分；组织关系转接不及时或系统信息不准确的，"
                "每人扣0.5分，最高扣2分。",
                "查阅资料，登录信息系统抽查"),
        )),
        Section("抓党员队伍", "三、抓党员队伍\n（15分）", 15, (
            Row("注重在业务骨干、青年干部中发展党员，年内确定入党积极分子不少于1名；严格履行发展程序，发展对象公示不少于5个工作日。", 5,
                "未确定入党积极分子的扣1分；发展对象未公示的扣1分；发展党员档案材料不全的，每缺一项扣0.5分，最高扣2分；违反程序发展党员的，本项"
                "不得分。",
                "查阅资料"),
            Row("支部书记每年与每名党员谈心谈话不少于1次；“七一”、春节走访慰问老党员和生活困难党员。", 5,
                "谈心谈话每少1人次扣0.2分，最高扣2分；未开展走访慰问的，每次扣1分。",
                "查阅资料，个别访谈"),
            Row("机关党员全部到居住地社区“双报到”，每人每年参加社区志愿服务不少于2次；单位服务窗口设立党员先锋岗、党员示范窗口不少于2个。", 5,
                "未报到的，每人扣0.2分，最高扣1分；参加志愿服务不足2次的，每人扣0.1分，最高扣2分；先锋岗、示范窗口每少1个扣0.5分。",
                "查阅资料，向社区了解"),
        )),
        Section("抓作风和业务融合", "四、抓作风和业务融合\n（20分）", 20, (
            Row("年初签订党风廉政建设责任书；每半年开展一次警示教育；支部纪检委员每季度开展一次廉政风险点排查。", 6,
                "未签订责任书的扣1分；警示教育每少1次扣1分；风险点排查每少1次扣0.5分；支部党员受到党纪政务处分的，每人次扣3分。",
                "查阅资料，向派驻纪检监察组核实"),
            Row("围绕单位中心工作确定1个党建与业务融合项目，实行项目化管理，年底形成成效报告；打造“一支部一品牌”。", 7,
                "未确定融合项目的扣2分；年底无成效报告的扣1分；未开展品牌创建的扣2分；融合成效不明显、“两张皮”问题突出的，酌情扣1—2分。",
                "查阅资料，实地查看"),
            Row("落实首问负责、限时办结等制度并上墙公开，机关作风“好差评”群众满意率达到百分之九十五以上；全年无被区委区政府督查通报的作风问题。", 7,
                "满意率每低1个百分点扣0.5分，最高扣3分；被督查通报的，每次扣2分；制度未上墙公开的扣0.5分。",
                "调取“好差评”系统数据，向区委督查室核实"),
        )),
        Section("述职评议", "五、述职评议\n（20分）", 20, (
            Row("支部书记年底向本单位党组（党委）和区直机关工委书面述职，述职报告突出问题导向，查摆问题不少于3条并列明整改措施。", 5,
                "未书面述职的扣3分；查摆问题少于3条的，每少1条扣0.5分；问题查摆不深、整改措施不具体的，酌情扣0.5—1分。",
                "查阅资料"),
            Row("支部书记按要求参加区直机关党组织书记抓党建述职评议会，现场述职并回答评议组提问；上年度述职评议指出问题整改完成率达到百分之百。", 5,
                "未参加现场述职的扣2分；整改完成率每低10个百分点扣0.5分，最高扣2分；回答提问不清楚、对本支部情况不熟悉的，酌情扣1分。",
                "现场述职、查阅资料"),
            Row("评议组成员、本单位党员和干部职工代表对支部书记抓党建工作进行民主测评，“好”和“较好”票合计占比（好评率）达到百分之九十以上。", 10,
                "好评率95%以上的得10分，90%（含）—95%的得8分，80%（含）—90%的得6分，70%（含）—80%的得3分，70%以下的不得分。",
                "民主测评"),
        )),
    ),
)

HEADER = ["考核项目", "考核要点", "分值", "评分细则", "考核方式"]
NOTES = (
    "说明：",
    "1.本表由区委组织部于2026年1月中旬组织实施，组织一科牵头，区直机关工委参加，派驻纪检监察组派员监督，采取听取述职、查阅资料、个别访谈、"
    "民主测评相结合的方式进行，以2025年1月1日至12月31日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；同一问题不重复扣分。",
    "3.民主测评票由评议组现场发放、现场回收、现场统计，参评人数不少于单位党员人数的三分之二。",
    "4.考核结果分为“好”“较好”“一般”“差”四个等次，作为支部书记年度考核、评先评优和单位党建目标考评的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：区直机关各党支部及党支部书记）")
    document.add_paragraph("党支部：                    支部书记：                述职日期：      年    月    日        考核得分：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            for c, v in ((1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
