"""宿迁市机关事务管理局机关党支部2025年度党建工作台账检查清单 (.docx), as the 局机关党委 of 江苏 宿迁 机关事务管理局 (its 机关党委办公室 with the
人事处 and the 派驻纪检监察组, a 检查组 opening the 台账 boxes of each 支部 in early December, before the 市级机关工委's own 抽查) checks the papers of
the 机关党支部 of the office that keeps the city's 机关 running by the 古黄河 and the 骆马湖: the 处室 of 公务用车 and 办公用房, the 公共机构节能 and
the 政府采购, the 机关食堂 whose 党员 cooks serve the 市级机关 every day, the 车队 drivers on call for the 会议 and the 接待, the 节约型机关 the
支部 promotes with its “光盘行动”: a checklist printed as 类别 | 序号 | 台账名称 | 内容及要求 | 分值 | 扣分标准 | 检查情况, each 台账 named by its 《》
title, often with a note in brackets after it ("（含分工）", "（附讲稿、签到表）", "（一人一档）"), its 内容及要求 saying what it must hold, how often and by
when, several closing with a "（注：…）" note, and its 扣分标准 taking off for the 台账 missing, a time short, a date missed or a rule broken: 基础管理类
(the 换届 and the 分工; the 花名册 by the end of January and the 系统; the 制度汇编 and the 上墙; the 年度 计划 by the end of February, the 半年小结 by
7月10日 and the 总结 by 12月15日; the 年初 责任清单 and the 年底 述职 with its “好”等次比例 in a note), 组织生活类 (the 支委会 monthly and its 要素; the
党员大会 quarterly and the 党小组会 monthly with the 补学; the 党课 quarterly with the 书记's and the 局领导's, the 讲稿 and 签到表; the 主题党日 on the
second Friday with 方案、签到、照片, the 备案 of a changed date and two 主题实践活动; the 组织生活会 papers and the 备案; the 谈心谈话 全覆盖),
党员管理类 (the 学习计划, a monthly 集中学习, 32学时 and a half-yearly 心得体会; the 党费 按月, the 核定 in the first quarter, a half-yearly 公示
with its 照片 and a "本项不得分"; the 积分 with a quarterly 公示 and the 年底 评定; the 发展 档案, a half-yearly 考察, the 公示 and a 一票否决; a
quarterly 志愿服务, the 报到率 and four 社区 志愿服务; the “七一”、春节 慰问 and a half-yearly 联系 of the 退休党员) and 作风建设类 (the 研判, the
“三审三校” and no 重大问题; the 风险点 排查, a quarterly 警示教育 and five 节前 提醒; the 能耗, the “光盘行动” and the 节能宣传周; the 年底 满意率 and
the 整改率; the 工作手册 monthly, the 归档 by 1月10日 and no 突击补做).

The title (bold, centred) and a centred "（检查对象：局机关各党支部）" line above one table: 类别 | 序号 | 台账名称 | 内容及要求 | 分值 | 扣分标准 | 检查
情况. The 类别 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on a SECOND line, "基础管理类\\n（18分）". 序号
(SECOND column) RESTARTS at 1 under every 类别 (ids "1.1" … "4.5"). 台账名称 is the 《》 title of the 台账, with its bracketed note (`Row.indicator`);
内容及要求 (`Row.text`) says what it holds and when, with its "（注：…）" note where printed; 分值 is a plain number BEFORE the 扣分标准
(`Row.scoring`); 检查情况 is blank. A 合计 row of 100 closes the table; a "备注：" paragraph with three numbered lines follows it. Counts and dates in
figures and Chinese numerals, nearly all in the 内容及要求 ("3至5人", "按期", "每年1月底前更新一次", "1个月内", "年初", "2月底前", "7月10日前",
"年终", "12月15日前", "年初", "年底", "百分之八十", "每月召开1次", "每季度召开1次", "每月召开1次", "每季度开展1次", "每年讲党课不少于1次", "每年…
不少于1次", "每月第二个星期五", "每年…不少于2次", "每年召开1次", "每年…至少1次", "全覆盖", "1个月内", "年初", "每月…不少于1次", "每人每年…不少于
32学时", "每半年…一篇", "按月", "每年第一季度核定一次", "每半年公示一次", "按月", "每季度公示一次", "年底", "百分之二十", "25个环节", "每半年考察
一次", "不少于5个工作日", "每季度开展一次", "100%", "每人每年…不少于4次", "“七一”、春节", "每半年联系一次", "每半年开展一次", "一季度", "每季度
开展一次", "元旦、春节、端午、中秋、国庆节前", "百分之二", "年底", "不低于百分之九十五", "100%", "按月", "次年1月10日前"); "最高扣" caps; "酌情扣
0.5分" once and "酌情扣0.5-1分" once; no bands; one "实行一票否决，本项不得分"; three other plain "本项不得分"; one rate printed only in a note (the 述职
“好”等次比例 "（注：…须达到百分之八十）").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzj_suqian_jiguan_shiwuju_zhibu_taizhang_docx",
    fmt="docx",
    title="宿迁市机关事务管理局机关党支部2025年度党建工作台账检查清单",
    numbering="restart",
    sections=(
        Section("基础管理类", "基础管理类\n（18分）", 18, (
            Row("支委会由3至5人组成，按期换届，换届请示、局机关党委批复、选举结果报告存档；委员分工明确并在支部内公开。", 4,
                "未按期换届的扣2分；换届资料每缺一份扣0.5分；分工未公开的扣0.5分。", indicator="《党支部委员会成员名册》（含分工）"),
            Row("载明姓名、性别、民族、出生年月、学历、入党时间、现任职务，每年1月底前更新一次；与全国党员管理信息系统信息一致（注：组织关系转入、转出"
                "须在1个月内同步更新）。", 3,
                "无花名册的扣1分；未按时更新的扣0.5分；与系统信息不一致的，每人扣0.1分，最高扣1分。",
                indicator="《党员花名册》（含预备党员、退休党员）"),
            Row("含“三会一课”、主题党日、组织生活会、谈心谈话、党员积分管理、党费收缴使用等制度；主要制度在党员活动室上墙（注：制度修订须经支部委员会"
                "研究）。", 3,
                "无制度汇编的扣1分；每缺一项制度扣0.3分，最高扣1.5分；制度未上墙的扣0.5分。", indicator="《支部工作制度汇编》"),
            Row("年初制定支部年度工作计划，2月底前报局机关党委；7月10日前形成半年工作小结；年终形成年度工作总结，12月15日前报局机关党委。", 4,
                "缺计划、小结、总结的，每项扣1分；未按时报送的，每项扣0.3分。", indicator="《年度工作计划、半年小结和年度总结》"),
            Row("年初制定支部书记、支部委员抓党建责任清单；支部书记年底向局机关党委述职（注：述职评议“好”等次比例须达到百分之八十）。", 4,
                "未制定责任清单的扣1分；未述职的扣2分；“好”等次比例低于80%的扣1分。", indicator="《支部书记抓党建责任清单及述职材料》"),
        )),
        Section("组织生活类", "组织生活类\n（30分）", 30, (
            Row("每月召开1次，研究支部重要工作，记录议题、出席人员、讨论情况和决定事项（注：讨论发展党员、评先评优等事项的，须记录表决情况）。", 5,
                "每少1次扣0.5分，最高扣4分；记录要素不全的，每次扣0.1分，最高扣1分。", indicator="《支部委员会会议记录》"),
            Row("党员大会每季度召开1次；按处室（中心）设党小组，党小组会每月召开1次；党员因故缺席的，须有请假记录并及时补学。", 5,
                "党员大会每少1次扣1分；党小组会每少1次扣0.2分，最高扣2分；缺席未补学的，每人次扣0.1分。",
                indicator="《党员大会和党小组会会议记录》"),
            Row("每季度开展1次党课；支部书记每年讲党课不少于1次；局领导班子成员每年到所在支部讲党课不少于1次。", 4,
                "党课每少1次扣0.5分；支部书记、局领导班子成员未讲党课的，每人扣1分；无讲稿或签到表的，每次扣0.2分。",
                indicator="《党课记录》（附讲稿、签到表）"),
            Row("每月第二个星期五为固定主题党日，每次有方案、有签到、有照片（注：因全市重大会议、接待保障任务调整日期的，须提前报局机关党委备案）；每年"
                "开展“节约型机关”“光盘行动”主题实践活动不少于2次。", 6,
                "主题党日每少1次扣0.3分，最高扣3分；调整日期未备案的，每次扣0.2分；缺方案、签到、照片的，每项扣0.1分，最高扣1分；主题实践活动每少"
                "1次扣0.5分。", indicator="《主题党日活动记录》"),
            Row("每年召开1次组织生活会，会前征求意见、谈心谈话，会上开展批评和自我批评，党员撰写对照检查材料，会后形成整改清单；开展民主评议党员，评议"
                "结果报局机关党委备案。", 6,
                "未召开组织生活会的扣3分；征求意见、谈心谈话记录、对照检查材料、整改清单每缺一项扣0.5分；未开展民主评议党员的扣1.5分；评议结果未"
                "备案的扣0.5分。", indicator="《组织生活会和民主评议党员材料》"),
            Row("支部书记与班子成员、支委与党员、党员与党员之间每年谈心谈话至少1次，实现全覆盖（注：对新入职、岗位调整、受到处分的党员，须在1个月内"
                "谈话）。", 4,
                "无记录本的扣1分；未全覆盖的，每少1人扣0.2分，最高扣2分；记录流于形式的，酌情扣0.5分。", indicator="《谈心谈话记录本》"),
        )),
        Section("党员管理类", "党员管理类\n（26分）", 26, (
            Row("年初制定学习计划；每月集中学习不少于1次；党员每人每年参加学习培训不少于32学时；党员每半年撰写一篇心得体会。", 5,
                "无学习计划的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1.5分；心得体会每少1篇扣0.1分，最高扣0.5分。",
                indicator="《党员学习教育台账》（含学习计划、学习记录、心得体会）"),
            Row("党费按月收缴，党员本人签字；每年第一季度核定一次交纳基数；每半年公示一次交纳情况；党费使用须经支部委员会研究（注：严禁用党费发放福利、"
                "报销招待费用）。", 5,
                "未按月收缴的，每人次扣0.1分，最高扣1分；未核定基数的扣1分；公示每少1次扣0.5分；无公示照片的扣0.3分；违规使用党费的，本项不得分。",
                indicator="《党费收缴使用登记簿》（附公示照片）"),
            Row("实行“基础分+贡献分-扣减分”积分管理，按月记分，每季度公示一次；年底按积分评定“先锋党员”（注：评定比例不超过党员总数的百分之二十）。", 4,
                "无积分台账的扣1.5分；公示每少1次扣0.5分；年底未评定的扣1分。", indicator="《党员积分管理台账》"),
            Row("按发展党员25个环节归档；入党积极分子每半年考察一次；发展对象、拟转正预备党员公示不少于5个工作日（注：公示期间收到反映的，须核实并"
                "记录）。", 5,
                "档案每缺一个环节扣0.2分，最高扣2分；考察每少1次扣0.3分；未公示的扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                indicator="《发展党员工作档案》（一人一档）"),
            Row("支部组建“机关管家”党员志愿服务队，每季度开展一次志愿服务；在职党员到居住地社区报到率100%，每人每年参加社区志愿服务不少于4次。", 4,
                "志愿服务每少1次扣0.5分；未报到的，每人扣0.2分；社区志愿服务不足4次的，每人扣0.1分，最高扣1分。", indicator="《党员志愿服务记录》"),
            Row("“七一”、春节走访慰问困难党员、老党员；党员生病住院、家庭遭遇变故时及时看望（注：退休党员由支部委员分片联系，每半年联系一次）。", 3,
                "无台账的扣1分；走访慰问每少1次扣0.5分；退休党员联系每少1次扣0.2分。", indicator="《党内关怀帮扶台账》"),
        )),
        Section("作风建设类", "作风建设类\n（26分）", 26, (
            Row("每半年开展一次意识形态形势分析研判，形成研判报告；局网站、微信公众号信息发布实行“三审三校”；不发生意识形态领域重大问题。", 5,
                "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分；发生意识形态领域重大问题的，本项不得分。", indicator="《意识形态工作台账》"),
            Row("围绕公务用车、办公用房、政府采购、机关食堂采购等岗位，一季度完成廉政风险点排查并制定防控措施；每季度开展一次廉政警示教育；元旦、春节、"
                "端午、中秋、国庆节前开展廉洁提醒。", 6,
                "未开展风险点排查的扣2分；防控措施不具体的，酌情扣0.5-1分；警示教育每少1次扣0.5分；节前未提醒的，每次扣0.2分，最高扣1分。",
                indicator="《廉政风险防控台账》"),
            Row("落实公共机构节能降耗目标，人均综合能耗较上年下降百分之二；机关食堂推行“光盘行动”；全国节能宣传周活动有记录、有照片。", 5,
                "人均综合能耗未完成下降目标的扣2分；未开展“光盘行动”的扣1分；节能宣传周活动缺记录或照片的扣0.5分。",
                indicator="《节约型机关创建台账》"),
            Row("年底组织市级机关各部门对机关事务服务保障开展满意度测评，满意率不低于百分之九十五；“好差评”差评件整改率100%。", 5,
                "满意率每低1个百分点扣0.5分，最高扣3分；差评件未整改的，每件扣0.5分。", indicator="《服务对象满意度测评材料》"),
            Row("按月如实填写，次年1月10日前交局机关党委归档（注：台账实行“一年一盒”，复印件、补做材料不予认定）。", 5,
                "手册未按月填写的，每月扣0.2分，最高扣2分；未按时归档的扣1分；发现突击补做、弄虚作假的，本项不得分。", indicator="《支部工作手册》"),
        )),
    ),
)

HEADER = ["类别", "序号", "台账名称", "内容及要求", "分值", "扣分标准", "检查情况"]
NOTES = (
    "备注：",
    "1.本清单由局机关党委于12月上旬组织检查，以2025年1月1日至检查之日形成的原始台账为准，复印件、补做材料不予认定。",
    "2.“无××”“缺××”指台账名称所列《》台账缺失；各项扣分以该项分值为限，扣完为止。",
    "3.检查得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，70分以下的为“较差”，检查结果计入支部年度考核和支部书记抓党建"
    "述职评议。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：局机关各党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            cells = ((1, str(i)), (2, row.indicator), (3, row.text), (4, _fmt(row.points)), (5, row.scoring), (6, ""))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
