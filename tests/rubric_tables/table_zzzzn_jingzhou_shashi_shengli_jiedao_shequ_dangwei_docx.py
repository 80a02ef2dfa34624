"""沙市区胜利街道2025年度社区党委党建工作考核评分表 (.docx), as the 街道党工委 of 湖北 荆州 沙市区 胜利街道 (its 党建办 with the 社区治理办, the
网格化服务管理中心 and the 街道纪工委, a 考核组 going from 社区 to 社区 in the second half of December) scores the 社区党委 of an old river-port
quarter: the 老街 behind the 长江 大堤, the 纺织 and 轻工 宿舍 of factories long closed, the 老旧小区 with their new 电梯 and their 物业 quarrels, the
商品房 小区 by the 荆沙大道, the 驻区 医院, 学校 and 机关, the 网格 where a 楼栋党小组 meets in a stairwell and the 党员中心户 keeps an eye on ten
doors: a table whose 考核标准 prints what the 社区党委 must have done, whose 扣分细则 takes points off one clause at a time and scores three rates
in bands (the 党员参学率, the 按期办结率 and the 居民满意率), and whose 备查资料 names the papers the 考核组 asks to see: 政治引领 (a monthly 集中学习,
the “第一议题”, the 参学率 in bands and 32学时; a half-yearly 研判, the 先审后发 and a 一票否决; the 书记's two 党课 and the 班子成员's one; the 重大
事项 through the 党委, the “四议两公开”, the 公示 of seven days and the 年底 书面报告), 组织建设 (the 组织体系, the 网格党支部 覆盖率 and ten 党员中心户;
the 党委会 monthly and the “三会一课” of the 网格党支部 with 签到 and 记录; the 主题党日 on the 20th, its 方案, 记录 and 照片 and the 参加率; the 组织生活会,
the 谈心谈话 全覆盖, the 征求意见, the 民主评议 with its 测评表 and the 备案; the 班子 roster, two 后备干部 and their 档案, the 书记's 培训), 党员管理
(党费 按月, the 核定 by the end of March and a half-yearly 公示; one 积极分子, a quarterly 培养考察, the 公示 and a 一票否决; the 报到率, four 志愿服务
and a half-yearly 反馈; the 流动党员 台账, a quarterly 联系 and the “七一”、春节 慰问 全覆盖; the 积分, a quarterly 公示, the 年底 评定 and its 公示) and
服务群众 (30户 a month, the 民情日志 and the 按期办结率 in bands; three 共建协议, a half-yearly 联席会议 and two 共建项目; the 小区党组织 覆盖率 and a
quarterly “三方” 联席会议; two 志愿服务队 and a monthly 志愿服务 with 照片; the 年底 居民满意率 in bands).

The title (bold, centred) and a centred "（考核对象：胜利街道所辖各社区党委）" line above one table: 考核内容 | 考核标准 | 分值 | 扣分细则 | 备查资料.
There is NO 序号 column: the items are numbered by position, 1..19. The 考核内容 column holds the categories: MERGED CELLS down the FIRST column,
printed WITH an ordinal and WITH their points on the same line, "一、政治引领（20分）"; there is no short sub-label. 考核标准 (`Row.text`) says
what is required; 分值 is a plain number BEFORE the 扣分细则 (`Row.scoring`); 备查资料 (`Row.method`) names the papers, joined by "、". A 合计
row of 100 closes the table; a "说明：" paragraph and three numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the
考核标准 ("每月组织一次", "百分之九十以上", "每人每年…不少于32学时", "每半年开展一次", "每年讲党课不少于2次", "每年…不少于1次", "不少于7天", "年底前",
"100%", "不少于10户", "每月至少召开1次", "每季度召开1次、…每月召开1次、…每月召开1次、…每季度1次", "每月20日", "不低于百分之八十五", "每年召开一次",
"全覆盖", "35周岁以下的不少于1名", "不少于2名", "年内…不少于1次", "按月", "每年3月底前", "每半年…一次", "年内…不少于1名", "每季度…一次", "不少于5个
工作日", "100%", "每人每年…不少于4次", "每半年…一次", "每季度联系一次", "“七一”、春节", "全覆盖", "按月", "每季度公示一次", "年底", "每月…不少于30户",
"百分之九十五以上", "不少于3家", "每半年召开一次", "年内…不少于2个", "100%", "每季度召开一次", "不少于2支", "每月开展一次", "年底", "百分之九十");
"最高扣" caps; bands in three rows (the 参学率 for 2 of the 6 points, the 按期办结率 for 3 of the 6, the 居民满意率 for all 5), each closed by
"…以下的不得分"; "酌情扣0.5-1分" twice; two "实行一票否决，本项不得分"; one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the table prints it: 考核标准, 分值, 扣分细则, 备查资料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzn_jingzhou_shashi_shengli_jiedao_shequ_dangwei_docx",
    fmt="docx",
    title="沙市区胜利街道2025年度社区党委党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治引领", "一、政治引领（20分）", 20, (
            _row("落实“第一议题”制度，社区党委每月组织一次集中学习，党员参学率达到百分之九十以上；党员每人每年参加学习培训不少于32学时。", 6,
                 "“第一议题”未落实的扣1分；集中学习每少1次扣0.5分，最高扣2分；党员参学率90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分；"
                 "学时不足的，每人扣0.1分，最高扣1分。", "学习记录、签到表、学时登记表"),
            _row("每半年开展一次意识形态领域形势研判；社区微信公众号、居民微信群等阵地明确专人管理，信息发布先审后发；不发生意识形态领域重大问题。",
                 5,
                 "研判每少1次扣1分；信息发布未经审核的，每次扣0.5分，最高扣2分；发生意识形态领域重大问题的，实行一票否决，本项不得分。",
                 "研判记录、信息发布审核登记表"),
            _row("社区党委书记每年讲党课不少于2次；社区党委班子成员每年到所联系的网格党支部讲党课不少于1次。", 4,
                 "书记讲党课每少1次扣1分；班子成员讲党课每少1次扣0.5分。", "党课讲稿、签到表、照片"),
            _row("社区重大事项由社区党委研究决定，落实“四议两公开”，决议和实施结果公示不少于7天；年底前向街道党工委书面报告履行全面从严治党主体责任"
                 "情况。", 5,
                 "重大事项未经社区党委研究的，每件扣1分，最高扣3分；决议和实施结果未公示的，每件扣0.5分；未书面报告的扣1分。",
                 "党委会议记录、公示照片、书面报告"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("健全“社区党委—网格党支部—楼栋党小组—党员中心户”四级组织体系，网格党支部覆盖率达到100%；确定党员中心户不少于10户，挂牌亮户。",
                 5,
                 "网格党支部每缺1个扣1分；党员中心户每少1户扣0.2分，最高扣1分；组织体系不健全的，酌情扣0.5-1分。",
                 "组织架构图、党员中心户名单"),
            _row("社区党委会每月至少召开1次；各网格党支部党员大会每季度召开1次、支部委员会每月召开1次、党小组会每月召开1次、党课每季度1次；会议有签到、"
                 "有记录，记录要素齐全。", 8,
                 "党委会每少1次扣0.5分，最高扣2分；“三会一课”每少1次扣0.3分，最高扣3分；无签到表或记录要素不全的，每次扣0.1分，最高扣1分。",
                 "会议记录本、签到表"),
            _row("每月20日为固定主题党日，活动有方案、有记录、有照片；党员参加率不低于百分之八十五。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；未在固定日期开展且无说明的，每次扣0.2分；参加率每低5个百分点扣0.5分，最高扣1.5分。",
                 "活动方案、活动记录、照片"),
            _row("每年召开一次组织生活会，会前谈心谈话全覆盖，广泛征求党员群众意见；会后开展民主评议党员，填写民主评议测评表，评议结果报街道党工委"
                 "备案。", 7,
                 "未召开组织生活会的扣2分；谈心谈话未全覆盖的，每少1人扣0.1分，最高扣1分；未征求意见的扣0.5分；未开展民主评议党员的扣2分；评议"
                 "结果未备案的扣0.5分。", "谈心谈话记录、征求意见表、民主评议测评表、备案报告"),
            _row("社区党委班子成员中35周岁以下的不少于1名；储备社区后备干部不少于2名，建立后备干部培养档案；社区党委书记年内参加区级以上示范培训不少"
                 "于1次。", 5,
                 "35周岁以下成员缺额的扣1分；后备干部每少1名扣0.5分；无培养档案的扣0.5分；书记未参加培训的扣1分。",
                 "班子成员名册、后备干部培养档案、培训通知"),
        )),
        Section("党员管理", "三、党员管理（25分）", 25, (
            _row("党员按月足额交纳党费，每年3月底前核定一次交纳基数；每半年在党务公开栏公示一次党费收缴情况。", 5,
                 "党费未按月交纳的，每人次扣0.1分，最高扣2分；未核定基数的扣1分；公示每少1次扣0.5分。", "党费收缴台账、公示照片"),
            _row("年内确定入党积极分子不少于1名，每季度培养考察一次；发展对象和拟转正预备党员在社区公示不少于5个工作日。", 5,
                 "未确定入党积极分子的扣1分；培养考察每少1次扣0.3分；未公示的，每人扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                 "发展党员档案、公示材料"),
            _row("在职党员到社区报到率达到100%，每人每年参加社区志愿服务不少于4次；每半年向报到党员所在单位党组织反馈一次服务情况。", 5,
                 "报到率每低1个百分点扣0.2分，最高扣2分；志愿服务不足4次的，每人扣0.1分，最高扣2分；反馈每少1次扣0.5分。",
                 "报到登记册、志愿服务记录、反馈函"),
            _row("建立流动党员台账，每季度联系一次外出流动党员；“七一”、春节走访慰问老党员、生活困难党员，实现全覆盖。", 4,
                 "无流动党员台账的扣1分；联系每少1次扣0.3分；走访慰问未全覆盖的，每少1人扣0.2分，最高扣1分。",
                 "流动党员台账、慰问名单、照片"),
            _row("实行党员积分制管理，按月登记积分，每季度公示一次；年底根据积分评定“星级党员”，评定结果在社区公示。", 6,
                 "未实行积分管理的扣2分；积分公示每少1次扣0.5分；年底未评定的扣1分；评定结果未公示的扣0.5分。", "积分台账、公示照片"),
        )),
        Section("服务群众", "四、服务群众（25分）", 25, (
            _row("网格员每月走访网格内居民不少于30户，民情日志记录完整；“12345”热线等居民诉求按期办结率达到百分之九十五以上。", 6,
                 "走访不足的，每人每月扣0.1分，最高扣2分；民情日志不完整的，酌情扣0.5-1分；按期办结率95%以上的得3分，90%（含）—95%的得2分，"
                 "85%（含）—90%的得1分，85%以下的不得分。", "民情日志、诉求办理台账"),
            _row("与驻区单位党组织签订共建协议不少于3家，每半年召开一次共建联席会议；年内实施共建项目不少于2个。", 5,
                 "共建协议每少1家扣0.5分；联席会议每少1次扣1分；共建项目每少1个扣0.5分。", "共建协议、会议纪要、项目清单"),
            _row("住宅小区党组织覆盖率达到100%；小区党组织、业委会、物业服务企业每季度召开一次“三方”联席会议，协调解决物业管理问题。", 5,
                 "小区党组织未全覆盖的，每缺1个扣0.5分；联席会议每少1次扣0.5分，最高扣2分；因物业矛盾处置不当引发群体性事件的，本项不得分。",
                 "小区党组织名单、会议记录"),
            _row("组建党员志愿服务队不少于2支，每月开展一次志愿服务活动，活动有照片。", 4,
                 "服务队每少1支扣1分；志愿服务每少1次扣0.2分，最高扣2分；活动无照片的，每次扣0.1分。", "志愿服务队名单、活动照片"),
            _row("年底由街道党工委组织居民代表对社区党委工作开展满意度测评，居民满意率达到百分之九十。", 5,
                 "居民满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", "满意度测评表"),
        )),
    ),
)

HEADER = ["考核内容", "考核标准", "分值", "扣分细则", "备查资料"]
NOTES = (
    "说明：",
    "1.本表由街道党工委于12月下旬组织考核，采取听取汇报、查阅备查资料、实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日"
    "形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；扣分细则列明得分档次的，按档次计分；按期办结率以市“12345”政务服务便民热线平台数据为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；考核结果作为社区党委书记抓党建述职评议和社区工作者"
    "绩效报酬发放的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：胜利街道所辖各社区党委）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
