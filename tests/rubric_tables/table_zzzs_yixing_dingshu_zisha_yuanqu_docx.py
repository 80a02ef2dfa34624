"""丁蜀镇紫砂文创园区2025年度党支部党建工作考核细则 (.docx), as the 园区党委 of a 紫砂文创园区 in 丁蜀, the 陶都 town of 江苏 宜兴 (set up
by the 丁蜀镇党委 and the 园区 运营方, its 党群服务中心 in an old 陶瓷厂 kiln shed, a 考核组 of the 园区党委 with the 运营方's 党建专员 going round
in December) scores the 党支部 of the 企业 and 工作室 that rent the old workshops: 紫砂 studios of 工艺美术大师 and their 徒弟, 文创企业 and
直播 sellers, young 创客 from other provinces whose 组织关系 stay back home, 非遗传承人 who teach the 手工 壶 by hand, 窑炉 and 电气 in old sheds,
the crowds of 春节, “五一” and 国庆, 化工泥料 and 机车壶 sold as 原矿手工紫砂 that the 市场监管 hunts: 组织覆盖 (the 设置 and the 摸排 with the
覆盖率, the 外地创客 流动党员台账 with a quarterly 联系 and the 亮身份率, a roster of the 支委 with the 书记 and the 交叉任职, a half-yearly 联席
会议 with the 共建协议), 组织生活 (the “三会一课” with the 参会率 and the 签到表, the 书记's two 党课 and a “匠心党课”, the monthly 主题党日 with
its 方案, 签到 and 照片, the 组织生活会 with 民主评议 and 谈心谈话, 24学时 with a monthly 集中学习, a yearly 现场教学 and the “创客党校”), 发展
党员和党员管理 (one 积极分子 and one 发展 a year with the 公示 and the “一人一档”, 党费 with a half-yearly 公示 and the 基数, the 积分 with a
quarterly 公开 and the 年底 评选), 作用发挥 (two 先锋岗 with the 挂牌, no 冒充 and a 一票否决, the 带徒协议 with four 公开课, a quarterly 志愿服务
with the 服务岗 of the 客流高峰 and 20小时, a monthly 安全检查 with the 隐患整改台账 and a yearly 演练, the 工会 with a yearly 测评 and the 满意度
in bands) and 基础保障 (the 年初 计划 with its 备案, the 年底 述职, the 年终 总结 and the 经费 比例, the 场所, the 目录 and a monthly 更新).

The title (bold, centred) and a centred "（考核对象：园区党委所属入驻企业党支部、紫砂工作室联合党支部）" line above one table: 序号 | 考核要点 |
分值 | 评分细则 | 得分. Each category is a SECTION ROW merged across the whole table, printed WITH an ordinal and its points on one line,
"一、组织覆盖（20分）". 序号 RESTARTS at 1 under every section row (ids "1.1" … "5.2"). 分值 is a plain number BEFORE the 评分细则; 得分 is
blank. A 合计 row of 100; then a "加分项（最高加3分）" section row merged across and two 加分 rows numbered "加1", "加2"; a "备注：" paragraph
follows the table. Counts in figures and Chinese numerals ("30日内", "每季度联系一次", "每半年参加一次", "支部委员会每月召开1次，支部党员大会
每季度召开1次，党课每季度1次", "党小组会每月召开1次", "每年讲党课不少于2次", "每年不少于1次", "每月开展一次", "每年召开一次", "每年…不少于24
学时", "每月组织一次", "每年…开展一次", "每年不少于1期", "年内…不少于1名", "每年至少发展党员1名", "按月", "每半年公示一次", "每季度…公开一次",
"年底", "每人每年…不少于1名", "每年…不少于4场", "每季度不少于1次", "春节、“五一”、国庆", "每人每年…不少于20小时", "每月开展一次", "每年组织
一次", "每年开展一次", "年初", "年底", "年终", "每月…更新一次"); "不少于2个", "不少于1名"; "百分之八十五", "百分之八十", "百分之九十",
"百分之零点五", "100%"; "缺一项扣0.1分" once; "最高扣" caps; "酌情扣0.5分" once and "酌情扣0.5-1分" twice; one set of bands (a 满意度 for 3 of
the 5 points, closed by "80%以下的不得分"); one "实行一票否决，本项不得分"; three other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzs_yixing_dingshu_zisha_yuanqu_docx",
    fmt="docx",
    title="丁蜀镇紫砂文创园区2025年度党支部党建工作考核细则",
    numbering="restart",
    sections=(
        Section("组织覆盖", "一、组织覆盖（20分）", 20, (
            Row("入驻企业、工作室有正式党员3名以上的单独建立党支部，不足3名的按楼栋或业态组建联合党支部；新入驻主体30日内完成党员信息"
                "摸排；党的组织覆盖率达到百分之八十五以上。", 6,
                "组织设置不规范的扣1分；新入驻主体未按时摸排的，每家扣0.2分，最高扣1分；组织覆盖率每低5个百分点扣0.5分，最高扣2分。"),
            Row("建立外地来宜创客流动党员台账，组织关系不在本地的党员纳入园区“流动党员之家”管理，支部每季度联系一次；引导外地创客党员亮身份，"
                "亮身份率100%。", 5,
                "无流动党员台账的扣1分；联系每少1次扣0.3分；亮身份率每低10个百分点扣0.5分；流动党员失联的，每人扣0.5分。"),
            Row("支部委员会成员中35周岁以下的不少于1名；企业党支部书记由企业中层以上管理人员或党员出资人担任；推行党组织与企业管理层"
                "“双向进入、交叉任职”。", 5,
                "年龄结构不达标的扣1分；书记人选不符合要求的扣1分；交叉任职不到位的，酌情扣0.5-1分。"),
            Row("支部书记每半年参加一次园区党建联席会议，汇报支部工作；所在企业（工作室）与园区党委签订党建共建协议。", 4,
                "联席会议每缺席1次扣1分；未签订共建协议的扣1分；汇报材料敷衍、照搬照抄的，酌情扣0.5分。"),
        )),
        Section("组织生活", "二、组织生活（24分）", 24, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党课每季度1次；党员分布在不同楼栋的设党小组，党小组会每月召开1次；党员"
                "参会率不低于百分之八十；可利用展销淡季或线上方式错峰开展。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分，最高扣1.5分；会议记录不完整的，每次扣0.1分，最高扣1分；"
                "无签到表的，每次扣0.1分。"),
            Row("支部书记每年讲党课不少于2次；邀请紫砂工艺美术大师、非遗传承人中的党员讲“匠心党课”每年不少于1次。", 3,
                "书记讲党课每少1次扣1分；未开展“匠心党课”的扣1分。"),
            Row("每月开展一次主题党日，结合紫砂创作、非遗技艺传承开展特色活动，有方案、有签到、有照片；每年召开一次组织生活会，开展民主"
                "评议党员，会前开展谈心谈话。", 6,
                "主题党日每少1次扣0.3分，最高扣2分；方案、签到、照片缺一项扣0.1分；未召开组织生活会的扣2分；未开展民主评议党员的扣1分；"
                "未开展谈心谈话的扣0.5分。"),
            Row("党员每年参加学习培训不少于24学时，支部每月组织一次集中学习；每年组织党员到红色教育基地开展一次现场教学；党员参加园区党委"
                "“创客党校”培训每年不少于1期。", 7,
                "学时不足的，每人扣0.1分，最高扣1.5分；集中学习每少1次扣0.3分；未开展现场教学的扣1分；未参加“创客党校”培训的扣1分。"),
        )),
        Section("发展党员和党员管理", "三、发展党员和党员管理（16分）", 16, (
            Row("年内在青年创客、紫砂技艺骨干中确定入党积极分子不少于1名，每年至少发展党员1名；发展对象公示不少于5个工作日；发展党员材料"
                "“一人一档”。", 6,
                "未确定积极分子的扣1.5分；全年未发展党员的扣1.5分；未公示的扣1分；档案材料每缺1份扣0.2分，最高扣1分；违反程序发展党员的，"
                "本项不得分。"),
            Row("党员按月交纳党费，支部建立党费收缴台账；党费收缴情况每半年公示一次；为新入驻、新转入党员核定党费交纳基数。", 5,
                "未按月交纳的，每人次扣0.1分，最高扣1分；无收缴台账的扣1分；公示每少1次扣0.5分；基数核定不准确的，每人扣0.2分。"),
            Row("实行党员积分管理，积分结果每季度在园区党群服务中心公开一次；年底评选“匠心先锋”党员。", 5,
                "未实行积分管理的扣1分；积分每少公开1次扣0.5分；未开展“匠心先锋”评选的扣1分。"),
        )),
        Section("作用发挥", "四、作用发挥（28分）", 28, (
            Row("在紫砂工作室、文创企业设立党员先锋岗、党员示范工作室不少于2个，党员工作室挂牌亮身份；党员经营户带头诚信经营，不以化工泥料、机车壶"
                "冒充原矿手工紫砂销售。", 6,
                "先锋岗或示范工作室每少1个扣1分；未挂牌的，每家扣0.2分；党员经营户被市场监管部门查处的，每起扣2分；发现以化工泥料、机车壶冒充"
                "原矿手工紫砂销售的，实行一票否决，本项不得分。"),
            Row("党员紫砂技艺骨干每人每年结对带徒不少于1名，签订带徒协议；每年举办“非遗技艺公开课”不少于4场。", 6,
                "结对带徒不足的，每人扣0.5分，最高扣2分；无带徒协议的扣0.5分；公开课每少1场扣0.5分；传承成效不明显的，酌情扣0.5-1分。"),
            Row("组织党员开展“紫砂文化进社区、进校园”志愿服务，每季度不少于1次；春节、“五一”、国庆客流高峰期间设立党员志愿服务岗；党员每人"
                "每年志愿服务时长不少于20小时。", 6,
                "志愿服务每少1次扣0.5分；客流高峰未设立服务岗的，每次扣0.5分；服务时长不足的，每人扣0.1分，最高扣1分；无活动照片的，每次"
                "扣0.2分。"),
            Row("工作室窑炉、电气线路每月开展一次安全检查，建立隐患整改台账；每年组织一次消防应急演练；不发生火灾等安全生产事故。", 5,
                "安全检查每少1次扣0.3分；无隐患整改台账的扣1分；未开展演练的扣1分；发生安全生产事故的，本项不得分。"),
            Row("支部带动建立工会或青年创客联盟等群团组织；每年开展一次职工（创客）满意度测评，满意度达到百分之九十。", 5,
                "未建立群团组织的扣1分；未开展测评的扣1分；满意度90%以上的得3分，85%（含）—90%的得2分，80%（含）—85%的得1分，80%以下的"
                "不得分。"),
        )),
        Section("基础保障", "五、基础保障（12分）", 12, (
            Row("年初制定支部年度工作计划，报园区党委备案；年底支部书记向园区党委述职；年终形成工作总结；企业按照不低于上年度职工工资总额"
                "百分之零点五的比例安排党建工作经费。", 6,
                "无计划的扣1分；计划未备案的扣0.5分；未述职的扣2分；无工作总结的扣1分；未安排党建工作经费的扣1分。"),
            Row("支部有固定活动场所和标识，可依托园区党群服务中心共享使用；党建资料分年度归档，有目录；支部工作信息每月在园区党建公众号或"
                "公示栏更新一次。", 6,
                "无固定活动场所的扣1分；资料未归档或无目录的扣1分；信息更新每少1次扣0.2分，最高扣1.5分；资料弄虚作假的，本项不得分。"),
        )),
    ),
)

HEADER = ["序号", "考核要点", "分值", "评分细则", "得分"]
BONUS_TITLE = "加分项（最高加3分）"
BONUS = (
    ("加1", "支部获评市级以上“先进基层党组织”，或党员获评省级以上“工艺美术大师”“非遗代表性传承人”的。", 2,
     "市级加1分，省级以上加2分，最高加2分。"),
    ("加2", "支部党建工作经验在市级以上媒体宣传推广的。", 1, "加1分。"),
)
NOTE = ("备注：本细则由园区党委于12月组织考核，采取查阅资料、实地查看、个别谈话、问卷测评相结合的方式进行，各项扣分以该项分值为限，扣完为止；"
        "加分项另行计算，总分不超过103分；考核得分90分以上的为“优秀”，75—89分的为“合格”，75分以下的为“不合格”，考核结果作为评选园区“红色"
        "工作室”和兑现租金优惠政策的参考。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1 + 1 + len(BONUS)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：园区党委所属入驻企业党支部、紫砂工作室联合党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, ""))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    r += 1
    merge_cells(tbl, r, 0, r, ncols - 1, BONUS_TITLE)
    r += 1
    for number_text, text, points, scoring in BONUS:
        for c, v in ((0, number_text), (1, text), (2, _fmt(points)), (3, scoring), (4, "")):
            tbl.cell(r, c).text = v
        r += 1
    document.add_paragraph(NOTE)
    document.save(str(path))
