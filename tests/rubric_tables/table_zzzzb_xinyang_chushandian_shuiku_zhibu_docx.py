"""出山店水库运行管理中心党支部2025年度党建工作考核细则 (.docx), as the 党组 of the 信阳市水利局 (its 机关党委 with the 运行管理科, the 安全监督科
and the 派驻纪检组, a 考核组 that drives up to the 大坝 in December when the 库水位 is low) scores the 党支部 of the 运行管理中心 of a large
淮河 reservoir in 河南 信阳: the 混凝土 大坝 and the 土坝 beside it, the 泄洪闸 and the 电站, the 安全监测 staff who read the 渗压计 and 测斜管,
the 巡查 on foot along the 坝顶 every day and oftener in the 汛期, the 饮用水水源地 the city drinks from, the 移民 村 moved up the hills when the
valley filled, the 清“四乱” on the 库区 shore with the 乡镇, the 党员 on the 防汛抢险突击队 with their 沙袋 and 救生衣: a 细则 of 考核要点 and
扣分标准 with a 佐证材料 column the 支部 fills in: 政治建设 (the “第一议题”, a monthly 集中学习, a quarterly 专题研讨 and 40学时; a half-yearly
研判, the 审核 and the 舆情; the 年初 计划, the 责任书 and the 年底 述职), 组织建设 (the “三会一课” with the 书记's two 党课 and the 补学 of the 值守
党员; the monthly 主题党日 with the 参加率 and the 形式; the 组织生活会, the 民主评议, the 谈心谈话 and the 整改台账 销号; one 积极分子, 党费 按月 and
a half-yearly 公示 with a 一票否决; the 活动室, a quarterly 园地 更新 and the 平台), 安全度汛与工程运行 (the 预案 before the end of May, the 突击队,
a yearly 演练, the 值守 and a 一票否决 on 垮坝; the 巡查 and its 记录, a monthly 整编 and the 险情 上报; a quarterly 隐患排查, the 整改率, the 责任区
and the 事故; two 巡护 a week, the 台账, the 水质达标率, a half-yearly 清“四乱” and the 通报; one 攻关小组 and two 项目) and 服务群众与作风 (the
共建协议, a quarterly 共建活动 and three 实事; four 志愿服务 a head and a yearly 科普进校园; a half-yearly 排查, the 防控措施, a quarterly 警示教育
and the 处分; the 年底 满意度).

The title (bold, centred), a centred "（考核对象：出山店水库运行管理中心党支部）" line above one table: 序号 | 考核项目 | 考核要点 | 扣分标准 | 分值
| 佐证材料. 序号 (FIRST column) runs 1..17 through the whole table. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITH a
BRACKETED ordinal and their points on one line, "（一）政治建设（16分）"; there is no short sub-label. 考核要点 says what is required (`Row.text`);
the 扣分标准 comes BEFORE the 分值 (a plain number); 佐证材料 (`Row.method`) names the papers the 支部 lays out, joined by "、". A 合计 row of 100
closes the table; a "说明：" paragraph follows it, then a "加分项" line and a small two-column table 加分内容 | 最高加分 of two rows (left out of
the labels). Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月开展一次", "每季度开展一次", "每年…不少于40学时", "每半年…
一次", "年初", "年底", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每月固定",
"百分之八十五", "每年召开一次", "年内…不少于1名", "按月", "每半年公示一次", "每季度更新一次", "每年5月底前", "每年…不少于1次", "每日一次", "每月
一次", "每季度开展一次", "100%", "每周不少于2次", "100%", "每半年不少于1次", "不少于1个", "年内…不少于2项", "每季度开展一次", "年内…不少于3件",
"每人每年…不少于4次", "每年开展一次", "每半年开展一次", "每季度开展一次", "年底", "百分之九十"); "最高扣" caps; "酌情扣0.5分" once and "酌情扣
0.5-1分" once; no bands; two "实行一票否决，本项不得分"; four other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzb_xinyang_chushandian_shuiku_zhibu_docx",
    fmt="docx",
    title="出山店水库运行管理中心党支部2025年度党建工作考核细则",
    numbering="printed",
    sections=(
        Section("政治建设", "（一）政治建设（16分）", 16, (
            Row("落实“第一议题”制度，每月开展一次集中学习，每季度开展一次专题研讨；党员每年参加学习培训不少于40学时。", 6,
                "“第一议题”落实不到位的，酌情扣0.5分；集中学习每少1次扣0.3分，最高扣2分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.1分，最高扣"
                "1分。", "学习记录、研讨发言材料、学时登记表"),
            Row("落实意识形态工作责任制，每半年专题研判一次；涉及水库调度、移民安置等信息对外发布前严格审核。", 5,
                "研判每少1次扣1分；未经审核发布信息的，每次扣0.5分；发生涉水舆情处置不当造成不良影响的，本项不得分。", "研判报告、信息发布审核单"),
            Row("支部书记履行第一责任人职责，年初制定支部党建工作计划，与局党组签订党建工作责任书；年底向局党组述职。", 5,
                "无工作计划的扣1分；未签订责任书的扣1分；未述职的扣2分。", "工作计划、责任书、述职报告"),
        )),
        Section("组织建设", "（二）组织建设（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次，支部书记每年讲党课不少于2次；因防汛值守未能"
                "参会的党员会后及时补学。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；未补学的，每人次扣0.1分，最高扣1分；会议记录补记、代签的，本项"
                "不得分。", "会议记录本、签到表、补学记录"),
            Row("每月固定开展主题党日，结合“守护一库清水”开展库区巡护、水法宣传等活动；党员参加率不低于百分之八十五。", 6,
                "主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.3分；活动流于形式的，酌情扣0.5-1分。", "活动方案、签到表、活动照片"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前开展谈心谈话，会后建立整改台账并按期销号。", 6,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未开展谈心谈话的扣1分；整改事项未按期销号的，每项扣0.2分，最高扣1分。",
                "谈心谈话记录、民主评议测评表、整改台账"),
            Row("年内确定入党积极分子不少于1名，注重从运行值班、安全监测一线技术骨干中培养；党员按月交纳党费，每半年公示一次党费收缴情况。", 5,
                "未确定入党积极分子的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；违反程序发展党员的，实行一票否决，"
                "本项不得分。", "入党积极分子名册、党费收缴台账、公示截图"),
            Row("建好党员活动室，党建园地每季度更新一次；“学习强国”“智慧党建”平台信息录入及时准确。", 5,
                "无党员活动室的扣2分；党建园地每少更新1次扣0.3分；平台信息录入不及时、不准确的，酌情扣0.5分。", "园地更新照片、平台截图"),
        )),
        Section("安全度汛与工程运行", "（三）安全度汛与工程运行（34分）", 34, (
            Row("每年5月底前完成防汛抢险应急预案修订；组建党员防汛抢险突击队；每年开展防汛应急演练不少于1次；汛期党员带头到岗值守。", 8,
                "预案未按时修订的扣2分；未组建党员突击队的扣1分；演练每少1次扣1分；汛期党员未按要求到岗值守的，每人次扣0.5分，最高扣2分；发生垮坝、"
                "漫坝等重大险情的，实行一票否决，本项不得分。", "应急预案、突击队名单、演练照片、值班记录"),
            Row("党员带头落实大坝安全巡视检查制度，日常巡查每日一次，汛期加密巡查频次；安全监测资料每月整编分析一次。", 6,
                "巡查记录缺失的，每次扣0.2分，最高扣2分；资料整编每少1次扣0.5分；发现险情隐患未及时上报的，每起扣2分。", "巡查记录、监测资料整编报告"),
            Row("每季度开展一次安全生产隐患排查，隐患整改率达到100%；划分党员安全生产责任区，覆盖闸门、泵站、电站等重点部位。", 7,
                "隐患排查每少1次扣0.5分；整改率每低5个百分点扣0.5分；未划分党员责任区的扣1分；发生一般安全生产事故的，每起扣2分；发生较大及以上"
                "安全生产事故的，本项不得分。", "隐患排查台账、整改销号单"),
            Row("组织党员开展库区巡护，每周不少于2次，建立巡护台账；饮用水水源地水质达标率100%；每半年联合库区乡镇开展清“四乱”专项行动不少于1次。", 7,
                "无巡护台账的扣1分；水质监测不达标的，每次扣1分；专项行动每少1次扣0.5分；库区“四乱”问题被省级以上通报的，每次扣2分。",
                "巡护台账、水质监测报告、专项行动照片"),
            Row("成立党员技术攻关小组不少于1个，年内完成技术革新、“小改小革”项目不少于2项。", 6,
                "未成立攻关小组的扣1分；攻关项目每少1项扣1分；攻关小组有名无实的，本项不得分。", "攻关小组名单、项目成果材料"),
        )),
        Section("服务群众与作风", "（四）服务群众与作风（20分）", 20, (
            Row("与库区移民安置村党支部签订结对共建协议，每季度开展一次共建活动；帮助移民群众协调解决急难愁盼问题，年内不少于3件。", 6,
                "未签订共建协议的扣1分；共建活动每少1次扣0.5分；办实事每少1件扣0.5分。", "共建协议、活动记录、办实事台账"),
            Row("党员每人每年参加“护水”志愿服务不少于4次；每年开展一次水利科普进校园活动。", 5,
                "志愿服务不足4次的，每人扣0.2分，最高扣2分；未开展科普进校园的扣1分。", "志愿服务登记表、活动照片"),
            Row("每半年开展一次廉政风险点排查，工程维修养护、物资采购等重点环节制定防控措施；每季度开展一次警示教育。", 5,
                "风险点排查每少1次扣0.5分；无防控措施的扣1分；警示教育每少1次扣0.3分；党员干部受到党纪政务处分的，每人扣3分。",
                "风险点排查表、防控措施清单、警示教育记录"),
            Row("年底由局党组组织干部职工、库区群众代表进行满意度测评，满意度达到百分之九十。", 4,
                "满意度每低1个百分点扣0.5分，最高扣4分。", "满意度测评表"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要点", "扣分标准", "分值", "佐证材料"]
NOTE = ("说明：本细则由市水利局党组于12月组织考核，机关党委牵头，采取查阅资料、实地查看、个别谈话、问卷测评相结合的方式进行；各项扣分以该项分值"
        "为限，扣完为止；水质以市生态环境监测站监测报告为准；考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为"
        "“差”，考核结果作为“水利先锋”党支部评选和支部书记年度考核的重要依据。")
BONUS = (
    ("党支部获评市级以上先进基层党组织、“五星”党支部，或党员获评市级以上优秀共产党员的，每项加1分。", "2分"),
    ("技术革新成果获省级以上水利科技奖励或在全省水利系统推广的，每项加1分。", "1分"),
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：出山店水库运行管理中心党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.add_paragraph("加分项（累计最高加3分，总分不超过103分）：")
    bonus = docx_grid_table(document, 1 + len(BONUS), 2, ["加分内容", "最高加分"])
    for i, (text, points) in enumerate(BONUS, 1):
        bonus.cell(i, 0).text = text
        bonus.cell(i, 1).text = points
    document.save(str(path))
