"""中共桐庐县快递行业委员会2025年度快递企业党组织党建工作考核评分表 (.docx), as the 快递行业党委 of 桐庐 in 杭州 in 浙江 (set up under the 县委两新工委
and the 县邮政管理局, its 专职副书记 with the 党建指导员, a 考核组 of three going round the 快递 网点, the 分拨中心 and the 快递物流园 in the middle of
December, after the “双11” 高峰 has been cleared and before the 年货节 starts, when the 富春江 is green and low under the 桐君山, the 钟山 村 that sent
its sons out to found the 快递 firms of half the country is hung with 红灯笼, the 分拣线 run till midnight and the 快递小哥 eat their 盒饭 in the 暖心驿站)
scores each 快递企业 党组织 (独立 or in the 园区 联合党支部): a table whose 指标说明 prints what the 党组织 must have done or reached, whose 评分办法 takes
points off one clause at a time (scoring the 用户 满意度 in bands) and whose 佐证材料 names the papers the 考核组 asks to see: 组织建设 (the 建立 and two
覆盖率 with the 党建指导员; the 书记, the “双向进入、交叉任职” and three days of 培训; the “三会一课” with the 顺延 and 补开 round the 高峰; the monthly
主题党日 and the 参加率), 党员队伍 (the 组织生活会, the 民主评议 and the 谈心谈话; two 积极分子 and one 发展 in two years; the 动态管理台账, the 转接 and 党费
按月; the 亮身份 and two 先锋岗 or 示范线路), 党建引领发展 (the 签订率 of the 劳动合同, the 工会 and the 入会率; the “三项制度”, the 实名收寄率, a quarterly
安全培训 and a 一票否决; the 满意度 in bands, a monthly 服务质量分析 and the 处理率; the 循环快递箱, the 回收装置 and the 不再二次包装率; the 驿站, three
慰问 and the 帮扶台账; the 兼职网格员, two 线索 a month and a half-yearly 共建活动), 意识形态和作风建设 (a half-yearly 分析 of the 思想动态 and the 网络阵地;
a deduction-only line on 禁寄物品 and 用户信息) and 基础保障 (30平方米, the 经费 and its 台账; the 年初 计划, the 年底 总结 and 述职, a quarterly 信息; a
half-yearly 公开 and the 归档).

The title (bold, centred), a centred "（考核对象：…）" line and a "被考核党组织：…考核组：…考核时间：" line above one table: 考核指标 | 指标说明 | 分值 | 评分办法 |
佐证材料. There is NO 序号: the items are numbered by position 1..19. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and
its points on one line, "一、组织建设（20分）". 考核指标 is a short sub-label (`Row.indicator`); 指标说明 (`Row.text`) says what is required; 分值 is a plain
number BEFORE the 评分办法 (`Row.scoring`); 佐证材料 (`Row.method`) last, naming the papers, joined by "、" (a "县邮政管理局核实" once). A 合计 row of 100
closes the scored rows; UNDER it a "加分项（最高加5分）" section row merged across the table and two rows, each with the most it adds as its 分值 (not in
`sections`: README, a bonus category, left out of the labels). A "说明：" paragraph follows the table. Counts in figures and Chinese numerals, nearly all
in the 指标说明 ("3名以上", "100%", "年内…不少于3天", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "次月",
"每月开展一次", "百分之八十", "每年召开一次", "年内…不少于2名", "每两年至少发展党员1名", "一个月内", "按月", "不少于2个", "100%", "百分之八十以上", "100%",
"每季度开展一次", "百分之九十以上", "每月…一次", "100%", "百分之九十以上", "每年不少于3次", "每人每月…不少于2条", "每半年…一次", "每半年分析一次", "不少于30
平方米", "年初", "年底", "年底", "每季度…不少于1篇", "每半年公开一次"); "最高扣" caps; bands of the 满意度 (3 of the 7 points, closed by "85%以下的不得分");
"每低5个百分点" three times, "每低10个百分点" twice and "每低1个百分点" twice; "每少1天" once; "各扣" once; "酌情扣0.5-1分" twice and "酌情扣1-2分" once; one
"实行一票否决，本项不得分" and four plain "本项不得分"; one line is deduction-only ("（本项为扣分项）").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(indicator: str, text: str, points: float, scoring: str, papers: str) -> Row:
    """One row in the order the table prints it: 考核指标, 指标说明, 分值, 评分办法, 佐证材料."""
    return Row(text, points, scoring, papers, indicator)


TABLE = Table(
    name="zzzzzx_tonglu_kuaidi_hangye_dangwei_docx",
    fmt="docx",
    title="中共桐庐县快递行业委员会2025年度快递企业党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织建设", "一、组织建设（20分）", 20, (
            _row("组织覆盖",
                 "有3名以上正式党员的快递企业单独建立党组织，不足3名的纳入快递物流园区联合党支部；暂不具备建组条件的企业选派党建指导员；党的组织"
                 "覆盖率和党的工作覆盖率均达到100%。", 5,
                 "应建未建党组织的扣2分；组织覆盖率、工作覆盖率每低5个百分点各扣0.5分；应选派未选派党建指导员的扣1分。",
                 "党组织成立批复、党员名册"),
            _row("班子建设",
                 "党组织书记由企业负责人或管理层中的党员担任，党组织班子成员与企业管理层“双向进入、交叉任职”；党组织书记年内参加行业党委集中培训"
                 "不少于3天。", 5,
                 "书记人选不符合要求的扣1分；未实行交叉任职的扣1分；书记培训每少1天扣0.5分。",
                 "任职文件、培训签到表"),
            _row("“三会一课”",
                 "结合快递业务错峰落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；“双11”“618”"
                 "等业务高峰期组织生活可以顺延，但须在次月补开。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣4分；顺延后未补开的，每次扣0.5分；会议记录不规范的，酌情扣0.5-1分。",
                 "会议记录本、签到表"),
            _row("主题党日",
                 "每月开展一次主题党日，采取“线上+线下”方式，方便快递员党员参加；党员参加率不低于百分之八十。", 4,
                 "主题党日每少1次扣0.5分；参加率每低10个百分点扣0.5分；活动无照片的，每次扣0.2分。",
                 "活动照片、线上学习截图"),
        )),
        Section("党员队伍", "二、党员队伍（20分）", 20, (
            _row("组织生活会",
                 "每年召开一次组织生活会，开展民主评议党员；会前党组织书记与每名党员谈心谈话。", 5,
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；谈心谈话每少1人扣0.2分，最高扣1.5分。",
                 "会议记录、民主评议测评表、谈心谈话记录"),
            _row("发展党员",
                 "注重在快递员、分拣员、网点负责人中发展党员，年内确定入党积极分子不少于2名；每两年至少发展党员1名。", 5,
                 "积极分子每少1名扣1分；两年内未发展党员的扣2分；发展程序不规范的，本项不得分。",
                 "发展党员档案"),
            _row("动态管理",
                 "建立党员动态管理台账，新入职党员一个月内亮明身份、转接组织关系，离职党员及时转出；党员按月交纳党费。", 5,
                 "无动态管理台账的扣1分；新入职党员未及时转接的，每人扣0.5分，最高扣2分；未按月交纳党费的，每人次扣0.1分，最高扣1分。",
                 "党员动态管理台账、党费收缴台账"),
            _row("作用发挥",
                 "快递员党员佩戴党徽，电动三轮车张贴“党员快递员”标识，亮身份、亮承诺；设立党员先锋岗、党员示范线路不少于2个。", 5,
                 "党员未亮身份的，每人扣0.2分，最高扣1分；先锋岗、示范线路每少1个扣1分；党员受到客户有效投诉的，每次扣0.5分。",
                 "先锋岗设置文件、现场照片"),
        )),
        Section("党建引领发展", "三、党建引领发展（35分）", 35, (
            _row("权益保障",
                 "推动企业依法与快递员签订劳动合同或用工协议，签订率达到100%，参加工伤保险；推动建立工会组织，快递员入会率达到百分之八十以上。", 6,
                 "签订率每低10个百分点扣0.5分，最高扣2分；未建立工会组织的扣2分；入会率每低5个百分点扣0.5分；因拖欠薪酬引发群体性事件的，本项"
                 "不得分。",
                 "劳动合同签订统计表、工会成立批复"),
            _row("寄递安全",
                 "党员带头落实收寄验视、实名收寄、过机安检“三项制度”，实名收寄率100%；每季度开展一次寄递安全培训；全年不发生寄递安全责任事故。", 8,
                 "实名收寄率每低1个百分点扣1分，最高扣3分；安全培训每少1次扣0.5分；被邮政管理部门通报的，每次扣1分；发生寄递安全责任事故的，实行"
                 "一票否决，本项不得分。",
                 "实名收寄统计截图、培训签到表"),
            _row("服务质量",
                 "用户满意度达到百分之九十以上；网点每月开展一次服务质量分析，客户投诉按时处理率100%。", 7,
                 "满意度95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分；服务质量分析每少1次扣0.2分，最高扣1分；"
                 "投诉处理率每低1个百分点扣0.5分，最高扣3分。",
                 "满意度测评报告、服务质量分析记录、投诉处理台账"),
            _row("绿色快递",
                 "党员带头推广使用可循环快递箱（盒），网点设置包装废弃物回收装置；电商快件不再二次包装率达到百分之九十以上。", 5,
                 "未使用可循环快递箱的扣1分；未设置回收装置的扣1分；不再二次包装率每低5个百分点扣0.5分，最高扣2分。",
                 "现场照片"),
            _row("关爱小哥",
                 "建设“快递小哥暖心驿站”，提供休息、饮水、充电、应急药箱等服务；“七一”、春节、高温期间走访慰问快递员，每年不少于3次；为困难快递员"
                 "建立帮扶台账。", 5,
                 "未建驿站的扣2分；驿站服务功能不全的，酌情扣0.5-1分；走访慰问每少1次扣0.5分；无帮扶台账的扣1分。",
                 "驿站照片、慰问记录、帮扶台账"),
            _row("融入治理",
                 "组织快递员党员担任兼职网格员，每人每月报送社情民意或安全隐患线索不少于2条；每半年与所在社区党组织开展一次共建活动。", 4,
                 "未组织快递员担任兼职网格员的扣1分；线索报送每少1条扣0.1分，最高扣1分；共建活动每少1次扣1分。",
                 "兼职网格员名单、线索报送登记表、共建活动记录"),
        )),
        Section("意识形态和作风建设", "四、意识形态和作风建设（10分）", 10, (
            _row("意识形态",
                 "落实意识形态工作责任制，每半年分析一次员工思想动态；企业微信群、直播账号等网络阵地专人管理。", 5,
                 "思想动态分析每少1次扣1分；网络阵地无专人管理的扣1分；发生负面舆情处置不当的，本项不得分。",
                 "思想动态分析报告、网络阵地管理制度"),
            _row("行业规范",
                 "党员快递员不违规收寄禁寄物品、不泄露用户个人信息、不野蛮分拣抛扔快件（本项为扣分项）。", 5,
                 "违规收寄、野蛮分拣被查实的，每人次扣1分；泄露用户信息的，每人次扣2分；党员受到党纪政务处分或被追究刑事责任的，本项不得分。",
                 "县邮政管理局核实"),
        )),
        Section("基础保障", "五、基础保障（15分）", 15, (
            _row("阵地经费",
                 "企业提供不少于30平方米的党员活动场所；党建工作经费纳入企业管理费用列支，上级返还党费专款专用。", 5,
                 "无固定活动场所的扣2分；经费未纳入管理费用列支的扣1.5分；经费挪作他用的，每笔扣1分。",
                 "场所照片、经费使用台账"),
            _row("计划总结",
                 "年初制定党建工作计划，年底形成工作总结，党组织书记年底向行业党委述职；每季度向行业党委报送党建信息不少于1篇。", 5,
                 "无计划或总结的，每项扣1分；书记未述职的扣2分；信息报送每少1篇扣0.3分。",
                 "工作计划、工作总结、述职报告"),
            _row("党务公开",
                 "党务每半年公开一次；党建资料按年度归档，台账规范完整。", 5,
                 "党务公开每少1次扣1分；资料归档不规范的，酌情扣1-2分。",
                 "公开照片、党建台账"),
        )),
    ),
)

HEADER = ["考核指标", "指标说明", "分值", "评分办法", "佐证材料"]
BONUS_NAME = "加分项（最高加5分）"
BONUS = (
    ("品牌创建", "党组织获评县级以上“两新”党建示范点或快递行业党建品牌的", 3, "县级加1分，市级加2分，省级以上加3分", "表彰文件"),
    ("先进典型", "党员快递员获评县级以上“最美快递员”等荣誉的", 2, "每人加1分", "荣誉证书"),
)
NOTES = (
    "说明：1.本表由县快递行业党委于2025年12月中旬组织考核，县邮政管理局参加，采取查阅资料、实地查看、个别访谈、随机走访快递员相结合的方式；"
    "2.各项扣分以该项分值为限，扣完为止；评分办法列明得分档次的，按档次计分；用户满意度以县邮政管理局委托的第三方测评结果为准；3.考核得分"
    "（含加分）90分以上的为“五星”党组织，80—89分的为“四星”，70—79分的为“三星”，60—69分的为“二星”，60分以下的为“一星”；星级结果与"
    "党建工作经费补助挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1 + 1 + len(BONUS)
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（考核对象：全县快递企业、网点党组织及快递物流园区联合党支部）")
    document.add_paragraph("被考核党组织：                    考核组：                    考核时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            cells = ((0, row.indicator), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    r += 1
    merge_cells(tbl, r, 0, r, ncols - 1, BONUS_NAME)
    r += 1
    for label, text, most, rule, papers in BONUS:
        for c, v in ((0, label), (1, text), (2, _fmt(most)), (3, rule), (4, papers)):
            tbl.cell(r, c).text = v
        r += 1
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
