"""城东区东关大街街道2025年度社区党组织党建工作考核评分表 (.docx), as the 街道党工委 of 青海 西宁 城东区 东关大街 (its 党建办 with the 社区
治理办, the 民族宗教办, the 网格化服务管理中心 and the 街道纪工委, a 考核组 walking the 社区 in mid-December, when the 湟水 runs low and the wind comes
down from the 南山) scores the 社区党委 of an old 多民族 quarter round the 东关清真大寺: the 回族 and 汉族 and 藏族 and 撒拉族 families of the 老街 and the
平房, the 单位 宿舍 whose 退休 党员 are in their eighties, the new 小区 with their 物业 quarrels, the young who went to work in 西藏 and 新疆 and keep in
touch by 微信, the “石榴籽” 民族团结 evenings: a table whose 评分标准 scores some parts by the 考核组's grade ("好的得2分，较好的得1.5分，一般的得1分，
差的不得分") and some by the count ("每召开1次得0.25分，最高得3分"), beside the usual "每少1次扣…" rules: 组织建设 (one roster of the “两委” by age
and 学历, a 少数民族 member and the 班子's running graded; the 网格党支部 覆盖率 and a monthly 书记例会 scored per 次; two 后备干部 and
40学时; the “大党委” with three 兼职委员, a quarterly 联席会议 scored per 次 and the 共建协议; the 党群服务中心 graded on site and its six
days), 组织生活 (the “三会一课” 得5分 then 每少1次 and the 书记's 党课 per 次; the 主题党日 on the 10th scored per 次, the 参加率 in bands
and the 方案、签到表、照片; the 组织生活会, the 民主评议, the 谈心谈话 全覆盖, the 公示 and the 备案; a monthly 集中学习, 32学时 and a quarterly 送学上门 per 次; the 积极分子 and the 公示 each 得1分, the 发展 graded, and a 一票否决), 党员管理 (党费
按月, a half-yearly 公示 and the 核定 in July; the 积分 with a quarterly 公示 per 次 and the 年底 星级; the 流动党员 台账, a quarterly 联系 and a
half-yearly 思想汇报; the 报到率 in bands and four 志愿服务; the 关怀台账, the “七一”、春节 慰问 and the 纪念章), 服务治理 (the 民情日志 graded, the
办结率 and 20户 a month; two 志愿服务队 and two 活动 a month with 照片; a quarterly 民族团结 活动 per 次 and the “石榴籽” 宣传栏 graded; the 满意 比例 in
bands) and 责任落实 (the 年初 计划, the 责任书, the 半年小结 and the 年底 总结 with their 质量 graded; a half-yearly 研判, the 审核 and a 一票否决; the
年底 述职 scored by its 评议 等次).

The title (bold, centred) and a centred "（考核对象：东关大街街道所辖各社区党委）" line above one table: 考核项目 | 序号 | 考核指标 | 考核要点 | 分值 | 评分标准.
The 考核项目 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on a SECOND line, "组织建设\\n（22分）". 序号
(SECOND column) RESTARTS at 1 under every 考核项目 (ids "1.1" … "5.3"). 考核指标 is a short sub-label (`Row.indicator`); 考核要点 (`Row.text`) says
what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`). A 合计 row of 100 closes the table; a "说明：" paragraph and three
numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("5至7人", "35周岁以下的不少于1名", "大专及以上学历的不少于
3名", "少数民族成员不少于1名", "100%", "每月召开一次", "不少于2名", "每人每年…不少于40学时", "不少于3名", "每季度召开一次", "每周开放不少于6天", "支部委员会每月召开
1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每月10日", "百分之九十", "每年召开一次", "全覆盖", "每月组织
一次", "每人每年…不少于32学时", "每季度…一次", "年内…不少于1名", "不少于5个工作日", "按月", "每半年公示一次", "每年7月核定一次", "每季度…公示一次",
"年底", "每季度联系一次", "每半年…一次", "百分之九十五", "每人每年…不少于4次", "“七一”、春节", "每月…不少于20户", "百分之九十五", "不少于2支", "每月…
不少于2次", "每季度开展一次", "每月更新", "百分之九十", "年初", "年中", "年底", "每半年…一次", "年底"); the 考核组's grade "好的得N分，较好的得N分，一般的
得N分，差的不得分" in six rows (and the 述职 评议 等次 in one); "每…1次得N分，最高得M分" in seven rows; "最高扣" caps; bands of the 主题党日 参加率, the
报到率 and the 满意 比例; two "实行一票否决，本项不得分"; "未公示的不得分" and "未述职的不得分" once each.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzh_xining_dongguan_jiedao_shequ_docx",
    fmt="docx",
    title="城东区东关大街街道2025年度社区党组织党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织建设", "组织建设\n（22分）", 22, (
            Row("社区党委班子由5至7人组成；社区“两委”成员中35周岁以下的不少于1名、大专及以上学历的不少于3名，少数民族成员不少于1名；班子团结"
                "协作、运行规范。", 5,
                "35周岁以下、大专及以上学历成员每少1名各扣1分；无少数民族成员的扣1分；班子运行情况由考核组综合评定，好的得2分，较好的得1.5分，"
                "一般的得1分，差的不得分。", indicator="班子建设"),
            Row("健全“社区党委—网格党支部—楼栋党小组—党员中心户”组织体系，网格党支部覆盖率达到100%；社区党委每月召开一次网格党支部书记例会。", 5,
                "网格党支部覆盖率100%的得2分，每低5个百分点扣0.5分；书记例会每召开1次得0.25分，最高得3分。", indicator="组织体系"),
            Row("储备社区后备干部不少于2名；社区工作者每人每年参加区级以上培训不少于40学时。", 4,
                "后备干部每少1名扣1分；培训学时不足的，每人扣0.2分，最高扣2分。", indicator="队伍建设"),
            Row("落实“大党委”制度，吸纳驻区单位党组织负责人担任兼职委员不少于3名；每季度召开一次共驻共建联席会议；与驻区单位签订共建协议。", 4,
                "兼职委员每少1名扣0.5分；联席会议每召开1次得0.5分，最高得2分；未签订共建协议的扣1分。", indicator="区域化党建"),
            Row("社区党群服务中心标识统一、功能完善，设置“石榴籽”民族团结服务窗口；每周开放不少于6天。", 4,
                "考核组实地查看，好的得3分，较好的得2分，一般的得1分，差的不得分；开放时间不足的扣1分。", indicator="阵地建设"),
        )),
        Section("组织生活", "组织生活\n（26分）", 26, (
            Row("严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党委书记每年讲党课不少于"
                "2次。", 7,
                "“三会一课”按要求召开的得5分，每少1次扣0.5分；书记每讲1次党课得1分，最高得2分。", indicator="“三会一课”"),
            Row("每月10日为固定主题党日，有方案、有签到、有照片；党员参加率达到百分之九十。", 5,
                "主题党日每开展1次得0.25分，最高得3分；参加率90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分；缺方案、签到表或照片的，每次"
                "扣0.1分。", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前班子成员之间、班子成员与党员之间谈心谈话全覆盖；评议结果在社区党务公开栏公示，并报街道"
                "党工委备案。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话每少1人扣0.2分，最高扣1分；评议结果未公示、未备案的，每项扣0.5分。",
                indicator="组织生活会"),
            Row("每月组织一次党员集中学习，外出党员通过“西宁智慧党建”平台线上学习；党员每人每年参加学习培训不少于32学时；每季度为年老体弱党员送学上门一次。",
                5,
                "集中学习每少1次扣0.3分，最高扣1.5分；学时不足的，每人扣0.1分，最高扣1.5分；送学上门每开展1次得0.5分，最高得2分。",
                indicator="学习教育"),
            Row("年内确定入党积极分子不少于1名；发展对象在社区公示不少于5个工作日；严格执行发展党员工作程序。", 4,
                "确定入党积极分子的得1分；发展对象公示规范的得1分，未公示的不得分；发展党员工作由考核组综合评定，好的得2分，较好的得1.5分，一般的得"
                "1分，差的不得分；违反程序发展党员的，实行一票否决，本项不得分。", indicator="发展党员"),
        )),
        Section("党员管理", "党员管理\n（20分）", 20, (
            Row("党员按月交纳党费；每半年公示一次党费收缴情况；每年7月核定一次党费交纳基数。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；未核定基数的扣1分。", indicator="党费管理"),
            Row("推行党员积分制管理，按月记分，每季度在网格公示栏和微信群公示一次积分，年底评定星级党员。", 5,
                "积分每公示1次得0.5分，最高得2分；未推行积分制管理的扣2分；年底未评定星级党员的扣1分。", indicator="积分管理"),
            Row("建立流动党员台账，对外出务工（含赴藏、赴疆务工）党员每季度联系一次；流动党员每半年向社区党委汇报一次思想和工作情况。", 4,
                "无流动党员台账的扣1分；联系每少1次扣0.2分，最高扣1.5分；思想汇报每少1人次扣0.1分，最高扣1分；出现失联党员的，每人扣0.5分。",
                indicator="流动党员"),
            Row("在职党员到社区报到率达到百分之九十五；报到党员每人每年参加社区志愿服务不少于4次。", 4,
                "报到率95%以上的得2分，90%（含）—95%的得1分，90%以下的不得分；志愿服务不足4次的，每人扣0.1分，最高扣2分。", indicator="“双报到”"),
            Row("建立困难党员、老党员关怀台账；“七一”、春节走访慰问困难党员和老党员；及时为符合条件的老党员颁发“光荣在党50年”纪念章。", 3,
                "无关怀台账的扣1分；走访慰问每少1次扣0.5分；纪念章颁发不及时的，每人扣0.2分。", indicator="关怀帮扶"),
        )),
        Section("服务治理", "服务治理\n（20分）", 20, (
            Row("网格员每月入户走访不少于20户，民情日志记录完整；居民诉求按期办结率达到百分之九十五。", 5,
                "民情日志由考核组抽查评定，好的得2分，较好的得1.5分，一般的得1分，差的不得分；按期办结率每低1个百分点扣0.2分，最高扣2分；走访不足的，"
                "每人每月扣0.1分，最高扣1分。", indicator="网格服务"),
            Row("组建“红色管家”党员志愿服务队不少于2支；每月开展志愿服务活动不少于2次，活动有记录、有照片。", 5,
                "服务队每少1支扣1分；活动每少1次扣0.2分，最高扣2分；缺记录或照片的，每次扣0.1分，最高扣1分。", indicator="志愿服务"),
            Row("开展民族团结进步示范社区创建，每季度开展一次民族团结主题活动；社区“石榴籽”民族团结宣传栏内容每月更新。", 5,
                "主题活动每开展1次得0.75分，最高得3分；宣传栏由考核组实地查看，好的得2分，较好的得1.5分，一般的得1分，差的不得分。",
                indicator="民族团结"),
            Row("年底由街道党工委组织党员群众代表对社区党组织开展满意度测评，“满意”和“基本满意”比例达到百分之九十。", 5,
                "比例90%以上的得5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。", indicator="群众评价"),
        )),
        Section("责任落实", "责任落实\n（12分）", 12, (
            Row("年初制定党建工作计划，与街道党工委签订党建工作责任书；年中报送半年工作小结；年底形成党建工作总结。", 5,
                "缺一项扣1分；计划、总结质量由考核组评定，好的得1分，较好的得0.5分，一般、差的不得分。", indicator="责任制"),
            Row("每半年开展一次意识形态形势分析研判；社区微信群、公众号信息先审后发；不发生意识形态领域重大问题。", 4,
                "研判每少1次扣1分；信息未经审核发布的，每次扣0.5分；发生意识形态领域重大问题的，实行一票否决，本项不得分。", indicator="意识形态"),
            Row("社区党委书记年底向街道党工委述职，接受党员群众代表评议。", 3,
                "述职评议为“好”等次的得3分，“较好”的得2分，“一般”的得1分，“差”的不得分；未述职的不得分。", indicator="述职评议"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核指标", "考核要点", "分值", "评分标准"]
NOTES = (
    "说明：",
    "1.本表由街道党工委于12月中旬组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日"
    "形成的资料为准。",
    "2.评分标准中“好、较好、一般、差”由考核组根据查阅资料和实地查看情况集体评定；列明“每…得…分”的，按实际次数计分，不超过所列最高分；"
    "其余各项扣分以该项分值为限，扣完为止。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与社区工作者绩效报酬和“五星社区”"
    "评定挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：东关大街街道所辖各社区党委）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            cells = ((1, str(i)), (2, row.indicator), (3, row.text), (4, _fmt(row.points)), (5, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
