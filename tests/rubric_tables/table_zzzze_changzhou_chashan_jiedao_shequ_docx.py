"""天宁区茶山街道2025年度社区党组织党建工作考核指标体系及评分细则 (.docx), as the 街道党工委 of 江苏 常州 天宁区 茶山 (its 党建办 with the
社区治理办, the 网格化服务管理中心, the 党群服务中心 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 and 党总支
east of the old city along the 京杭运河 and the 关河: the 拆迁安置小区 of the villages that became 社区, the 单位 宿舍 of the 纺织 and 机械 works,
the new 商品房 小区 by the 地铁 with their young 白领, the 快递 and 外卖 workers who rent by the month, the 驻区单位 of the 区直 机关, the 学校 and the
医院 whose 在职党员 report to the 社区 on Saturdays, the 物业 and the 业委会 whose quarrels reach the 12345: a three-level 指标体系 (一级指标 /
二级指标 / 三级指标) whose 三级指标 prints what is required and whose 考核办法 begins with the way of checking and then "发现…扣N分" ("查阅资料，
发现未按期换届的扣2分"): 组织体系 (the 换届, one roster of the “两委” by age and 学历 and the “一肩挑”; two 后备干部 with their 档案 and 30学时; the
四级 组织体系, the 网格党支部 覆盖率, a quarterly 书记例会 and forty 走访 a month; the “大党委” with its 兼职委员, a half-yearly 联席会议, four 共建协议
and three 共建项目), 组织生活 (the “三会一课” with the 书记's two 党课; the monthly 主题党日 with its 计划, 签到表 and 照片 and two for each 在职党员;
the 组织生活会, the 民主评议, the 谈心谈话, the 整改清单 and the 备案; a monthly 集中学习, 32学时 and a quarterly 送学上门; the 积分, a quarterly 公示
and the 年底 星级), 党员管理 (two 积极分子, the 公示 and a 一票否决; 党费 按月, a half-yearly 公示 and a yearly 核定; the 流动党员台账, a quarterly
联系 and the 失联党员; the “双报到” of the 驻区单位 and of the 在职党员, four 志愿服务 and ten hours a year), 服务治理 (the 红色物业 覆盖率, a quarterly
四方 联席会议 and no 群体性事件; two 志愿服务队, two 活动 a month and the 注册率; the 按期办结率, a monthly 议事会 and the 通报; the 党群服务中心's
hours, four 党群活动 a month and a quarterly 公开; the 满意度 in bands) and 责任落实 (the 年初 计划, the 责任书, the 半年小结 and the 年终 总结; the
年底 述职 with the “好”和“较好”比例, a half-yearly 专题研究 of the 意识形态 and a 一票否决).

The title (bold, centred) and a centred "（考核对象：茶山街道所辖各社区党委、党总支）" line above one table: 一级指标 | 二级指标 | 三级指标 | 分值 |
考核办法 | 得分. There is NO 序号: the items are numbered by position 1..20. The 一级指标 are MERGED CELLS down the first column, printed WITHOUT an
ordinal and WITH their points on a SECOND line, "组织体系\\n（20分）". The 二级指标 (`Row.indicator`) is a short label in the second column, MERGED
down over the rows that share it (班子建设 over two rows, 党员教育 over two rows), one cell a row elsewhere. The 三级指标 (`Row.text`) says what
is required; 分值 is a plain number BEFORE the 考核办法 (`Row.scoring`), which names the way of checking (查阅资料, 查阅会议记录, 抽查学时, 系统核查,
实地查看, 问卷测评 …) and then the deductions "发现…扣N分"; 得分 is blank. A 合计 row of 100 closes the table; a "说明：" paragraph and three numbered
paragraphs follow it. Counts in figures and Chinese numerals, nearly all in the 三级指标 ("35周岁以下的不少于1名", "大专及以上学历的不少于3名",
"不少于2名", "每人每年…不少于30学时", "100%", "每季度召开一次", "每月走访…不少于40户", "每半年召开一次", "不少于4家", "年内…不少于3个", "支部委员会每月
召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每月固定开展1次", "每年不少于2次", "每年召开1次",
"每月开展1次", "每人每年…不少于32学时", "每季度送学上门一次", "每季度公示积分一次", "年底", "年内…不少于2名", "不少于5个工作日", "按月", "每半年
公示一次", "每年核定一次", "每季度…不少于1次", "100%", "不低于百分之九十五", "每人每年…不少于4次、累计不少于10小时", "百分之八十", "每季度召开一次",
"不少于2支", "每月…不少于2次", "百分之十五", "百分之九十五", "每月召开一次", "每周…不少于6天，每天不少于8小时", "每月…不少于4场次", "每季度公开
一次", "百分之九十", "年初", "7月底前", "年终", "年底", "不低于百分之八十五", "每半年专题研究一次"); "最高扣" caps; "酌情扣0.5分" twice; one set of
bands (the 满意度, for all 5 points, closed by "85%以下的不得分"); two "实行一票否决，本项不得分"; two other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzze_changzhou_chashan_jiedao_shequ_docx",
    fmt="docx",
    title="天宁区茶山街道2025年度社区党组织党建工作考核指标体系及评分细则",
    numbering="position",
    sections=(
        Section("组织体系", "组织体系\n（20分）", 20, (
            Row("社区党组织按期换届；“两委”班子成员中35周岁以下的不少于1名、大专及以上学历的不少于3名；社区党组织书记、居委会主任“一肩挑”。", 5,
                "查阅资料，发现未按期换届的扣2分；班子结构不符合要求的，每项扣1分；未实行“一肩挑”的扣1分。", indicator="班子建设"),
            Row("储备社区后备干部不少于2名，建立后备干部培养档案；社区工作者每人每年参加培训不少于30学时。", 4,
                "查阅资料，发现后备干部每少1名扣0.5分；无培养档案的扣0.5分；抽查培训记录，发现学时不足的，每人扣0.2分，最高扣1分。",
                indicator="班子建设"),
            Row("健全“社区党委—网格党支部—楼栋党小组—党员中心户”四级组织体系，网格党支部覆盖率100%；每季度召开一次网格党支部书记例会；专职网格员"
                "每月走访居民不少于40户，民情日志记录完整。", 6,
                "查阅资料，发现网格未建立党支部的，每个扣1分；查阅会议记录，发现例会每少1次扣0.5分；抽查民情日志，发现走访不足的，每人每月扣0.1分，"
                "最高扣2分。", indicator="网格党建"),
            Row("健全“大党委”工作机制，吸纳驻区单位党组织负责人担任兼职委员；“大党委”联席会议每半年召开一次；与驻区单位、“两新”组织结对共建，签订"
                "共建协议不少于4家，年内完成共建项目不少于3个。", 5,
                "查阅资料，发现无兼职委员的扣1分；联席会议每少1次扣1分；共建协议每少1家扣0.5分；共建项目每少1个扣0.5分。", indicator="区域化党建"),
        )),
        Section("组织生活", "组织生活\n（25分）", 25, (
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党组织书记每年讲"
                "党课不少于2次。", 7,
                "查阅会议记录，发现少开1次扣0.5分，最高扣4分；书记讲党课每少1次扣1分；发现会议记录补记、代签的，本项不得分。",
                indicator="“三会一课”"),
            Row("每月固定开展1次主题党日，活动有计划、有签到、有照片；在职党员每年参加所在社区主题党日不少于2次。", 5,
                "查阅资料，发现主题党日每少1次扣0.5分，最高扣3分；缺计划、签到表、照片的，每次扣0.2分；抽查在职党员参加情况，发现不足2次的，每人"
                "扣0.1分，最高扣1分。", indicator="主题党日"),
            Row("每年召开1次组织生活会，开展民主评议党员；会前开展谈心谈话，会后制定整改清单，评议结果报街道党工委备案。", 5,
                "查阅资料，发现未召开组织生活会的扣3分；未开展民主评议党员的扣1分；无谈心谈话记录或整改清单的扣0.5分；评议结果未备案的扣0.5分。",
                indicator="组织生活会"),
            Row("每月开展1次党员集中学习；党员每人每年参加学习培训不少于32学时；对年老体弱、行动不便的党员每季度送学上门一次。", 4,
                "查阅学习记录，发现集中学习每少1次扣0.3分；抽查学时，发现不足的，每人扣0.1分，最高扣1分；送学上门每少1次扣0.3分。",
                indicator="党员教育"),
            Row("推行党员积分制管理，每季度公示积分一次，年底根据积分评定星级党员。", 4,
                "查阅积分台账，发现未实行积分管理的扣2分；积分公示每少1次扣0.5分；年底未评定星级党员的扣1分。", indicator="党员教育"),
        )),
        Section("党员管理", "党员管理\n（20分）", 20, (
            Row("年内确定入党积极分子不少于2名，注重从网格员、志愿者和新就业群体中培养；发展对象公示期不少于5个工作日；严格执行发展党员工作程序。", 5,
                "查阅档案，发现入党积极分子每少1名扣1分；发展对象未公示的扣1分；发现违反发展党员程序的，实行一票否决，本项不得分。",
                indicator="发展党员"),
            Row("党员按月交纳党费，建立党费收缴台账；每半年公示一次党费收缴情况；每年核定一次党费交纳基数。", 4,
                "查阅台账，发现未按月交纳党费的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；未核定交纳基数的扣0.5分。", indicator="党费管理"),
            Row("建立流动党员台账，每季度与外出流动党员联系不少于1次；组织关系转接及时，失联党员排查处置到位。", 4,
                "查阅台账，发现无流动党员台账的扣1分；联系每少1次扣0.2分；发现失联党员未排查处置的，每人扣0.5分。", indicator="流动党员"),
            Row("驻区单位党组织到社区报到率100%，在职党员到居住地社区报到率不低于百分之九十五；在职党员每人每年参加社区志愿服务不少于4次、累计不少于"
                "10小时。", 7,
                "查阅报到登记台账，发现单位报到率每低10个百分点扣0.5分；在职党员报到率每低1个百分点扣0.2分，最高扣2分；抽查志愿服务记录，发现次数或"
                "时长不足的，每人扣0.1分，最高扣2分。", indicator="“双报到”"),
        )),
        Section("服务治理", "服务治理\n（25分）", 25, (
            Row("推进“红色物业”建设，住宅小区物业服务企业党建联建覆盖率达到百分之八十；每季度召开一次社区党组织、居委会、业委会、物业服务企业“四方”"
                "联席会议。", 5,
                "查阅资料，发现覆盖率每低10个百分点扣1分；联席会议每少1次扣0.5分；因物业矛盾引发群体性事件的，本项不得分。", indicator="红色物业"),
            Row("组建党员志愿服务队不少于2支，每月开展志愿服务活动不少于2次；注册志愿者占常住人口比例达到百分之十五。", 5,
                "查阅志愿服务记录，发现服务队每少1支扣0.5分；活动每少1次扣0.2分，最高扣2分；注册比例每低1个百分点扣0.3分，最高扣1.5分；活动无照片"
                "的，每次扣0.1分。", indicator="志愿服务"),
            Row("建立居民诉求“接诉即办”台账，诉求按期办结率达到百分之九十五；每月召开一次党员议事会，协商解决居民急难愁盼问题。", 5,
                "系统核查，发现按期办结率每低1个百分点扣0.2分，最高扣2分；查阅会议记录，发现议事会每少1次扣0.3分；诉求处置不及时被区级以上通报的，"
                "每次扣1分。", indicator="为民服务"),
            Row("党群服务中心每周开放不少于6天，每天不少于8小时；每月开展党群活动不少于4场次；党务、居务每季度公开一次。", 5,
                "实地查看，发现开放时间不足的扣1分；查阅活动记录，发现党群活动每少1场次扣0.2分；公开每少1次扣0.3分；公开栏内容未及时更新的，酌情扣"
                "0.5分。", indicator="阵地建设"),
            Row("居民对社区党组织工作满意度达到百分之九十。", 5,
                "问卷测评，满意度95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。", indicator="群众满意度"),
        )),
        Section("责任落实", "责任落实\n（10分）", 10, (
            Row("年初制定党建工作计划，与街道党工委签订党建工作责任书；7月底前报送半年工作小结；年终形成党建工作总结。", 5,
                "查阅资料，发现缺一项扣1分；计划措施不具体、针对性不强的，酌情扣0.5分。", indicator="责任制落实"),
            Row("社区党组织书记年底向街道党工委述职，接受党员群众代表评议，评议“好”和“较好”比例不低于百分之八十五；每半年专题研究一次意识形态工作。",
                5,
                "查阅资料，发现未述职的扣2分；评议“好”和“较好”比例低于85%的扣1分；意识形态专题研究每少1次扣1分；发生意识形态领域重大问题的，实行"
                "一票否决，本项不得分。", indicator="述职评议"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "三级指标", "分值", "考核办法", "得分"]
NOTES = (
    "说明：",
    "1.本细则由街道党工委于12月组织考核，采取听取汇报、查阅资料、实地查看、系统核查、问卷测评相结合的方式进行，以2025年1月1日至考核之日"
    "形成的原始资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；诉求按期办结率以常州市12345政务服务便民热线和区网格化服务管理平台数据为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与社区工作者绩效报酬和“五星”社区"
    "党组织评定挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：茶山街道所辖各社区党委、党总支）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        runs: list[tuple[int, int, str]] = []
        for row in s.rows:
            cells = ((2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            if runs and runs[-1][2] == row.indicator:
                runs[-1] = (runs[-1][0], r, row.indicator)
            else:
                runs.append((r, r, row.indicator))
            r += 1
        for first, last, label in runs:
            if first == last:
                tbl.cell(first, 1).text = label
            else:
                merge_cells(tbl, first, 1, last, 1, label)
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
