"""魏都区西大街街道2025年度社区党委党建工作考核评分表 (.docx), as the 街道党工委 of 河南 许昌 魏都区 西大街 (its 党建办 with the 社区治理办, the
综治中心, the 网格化服务管理中心 and the 街道纪工委, a 考核组 walking the 社区 of the old walled town in mid-December, when the 护城河 is low and
the 曹魏古城 lanterns are up for the new year) scores the 社区党委 of the old 城区 inside the ring of the 护城河: the 老街 and 胡同 round the
春秋楼 and the 文庙, the 单位 宿舍 of the 许继 and the 烟厂 whose 退休 党员 are in their eighties, the new 小区 with their 物业 quarrels, the 商户
of the 步行街 and the 夜市, the young who left for 郑州 and 上海 and keep in touch by 微信: a table of four columns only, 考核项目 | 考核内容 | 分值
| 评分标准, whose 评分标准 takes points off one clause at a time (scoring the 主题党日 参加率, the 年底 满意率 and the 述职 “好”等次比例 in bands),
and whose last row, before the 合计, is a 一票否决 row with no points: 组织体系建设 (one roster of the “两委” by age and 学历 and the 交叉任职
比例; the 网格党支部 覆盖 and ten 党员中心户; the “大党委” with three 兼职委员, a quarterly 联席会议, five 共建协议 and the “三张清单”; the 党群服务中心,
its six days and four 活动 a month with 方案 and 照片), 组织生活 (the 党委会 monthly and the “三会一课” of the 网格党支部, the 书记's two 党课; the
主题党日 on the 15th, its 参加率 in bands and the 方案、签到、照片; the 组织生活会, the 谈心谈话 全覆盖, the 民主评议 and the 公布; the 学习计划, a monthly
集中学习 and 32学时; one 积极分子, the 公示 and its 存档), 党员管理 (党费 按月, a half-yearly 公示 and the 核定 in July; the 积分 with a quarterly
公示 and the 年底 星级; the 报到率, four 志愿服务 and 12小时; the 流动党员 台账 with a quarterly 联系, the “七一”、春节 慰问 and the 关怀帮扶台账),
服务治理 (30户 a month, the 民情日志, the 办结率 and a monthly 议事协商会; the “三方联动” with a quarterly 联席会议, the 物业 党组织 覆盖率 and no
群体性上访; three 志愿服务队, two 志愿服务 a month and the 注册率; the 年底 满意率 in bands) and 责任落实 (the 年初 计划 and 责任书, the 半年小结 by
7月15日 and the 年度总结 by 12月10日; the 年底 述职 and its “好”等次比例 in bands; a half-yearly 研判, the 审核, a quarterly 警示教育 and the
廉洁承诺书).

The title (bold, centred) and a centred "（考核对象：西大街街道所辖各社区党委）" line above one table: 考核项目 | 考核内容 | 分值 | 评分标准. There is
NO 序号: the items are numbered by position 1..20. The 考核项目 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their
points on a SECOND line, "组织体系建设\\n（20分）". There is no short sub-label: 考核内容 (`Row.text`) says what is required; 分值 is a plain number
BEFORE the 评分标准 (`Row.scoring`). After the 20 scored rows and BEFORE the 合计 row, a 一票否决 row: ONE cell merged across the whole
table, "一票否决：有下列情形之一的，实行一票否决，年度考核直接评定为“差”等次：1.…；2.…；3.…；4.…。" (no points; it belongs to no item and is not in
`sections`; first printed as four cells, 一票否决 | its 情形 | — | 实行一票否决…, which the importer read as a sixth 考核项目 "一票否决", so it is
printed as the one merged line real tables also use). A 合计 row of 100 closes the table; a "说明：" paragraph and three numbered lines follow it.
Counts in figures and Chinese numerals, nearly all in the 考核内容 ("5至7名", "不低于百分之五十", "35周岁以下的不少于1名", "大专及以上学历的
不少于3名", "100%", "不少于10户", "不少于3名", "每季度召开一次", "不少于5家", "每周开放不少于6天", "每月…不少于4场", "每月至少召开1次",
"每季度召开1次", "每月召开1次", "每季度1次", "每年讲党课不少于2次", "每月15日", "百分之八十五以上", "每年召开1次", "全覆盖", "年初",
"每月组织一次", "每人每年…不少于32学时", "年内…不少于1名", "不少于5个工作日", "按月", "每半年…公示一次", "每年7月核定一次", "按月",
"每季度公示一次", "年底", "100%", "每人每年…不少于4次、累计时长不少于12小时", "每季度联系一次", "“七一”、春节", "每月…不少于30户",
"百分之九十五以上", "每月召开一次", "每季度召开一次", "百分之八十", "不少于3支", "每月…不少于2次", "百分之九十", "年底", "百分之九十", "年初",
"7月15日前", "12月10日前", "年底", "不低于百分之八十", "每半年开展一次", "每季度开展一次"); "最高扣" caps; bands in three rows (the 主题党日 参加率
for 2 of the 6 points, the 年底 满意率 for all 6, the 述职 “好”等次比例 for 2 of the 4), each closed by "…以下的不得分"; "酌情扣1-2分" once,
"酌情扣0.5-1分" twice, "酌情扣0.5分" once and "酌情扣1分" once; two plain "本项不得分"; the 一票否决 only in its own row.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzj_xuchang_xidajie_jiedao_shequ_dangwei_docx",
    fmt="docx",
    title="魏都区西大街街道2025年度社区党委党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织体系建设", "组织体系建设\n（20分）", 20, (
            Row("社区党委委员5至7名，社区党委委员与居委会成员交叉任职比例不低于百分之五十；社区“两委”成员中35周岁以下的不少于1名、大专及以上学历"
                "的不少于3名；班子团结，分工明确。", 5,
                "交叉任职比例每低10个百分点扣0.5分；35周岁以下、大专及以上学历成员每少1名扣1分；班子不团结、分工不明确的，酌情扣1-2分。"),
            Row("健全“社区党委—网格党支部—楼院党小组—党员中心户”组织体系，网格党支部覆盖率100%；在楼院、商户中设立党员中心户不少于10户，挂牌亮身份。",
                4,
                "网格党支部未全覆盖的，每缺1个扣1分；党员中心户每少1户扣0.2分，最高扣1分；未挂牌的，酌情扣0.5分。"),
            Row("落实“大党委”制度，吸纳辖区单位党组织负责人担任兼职委员不少于3名；每季度召开一次区域化党建联席会议；与辖区单位签订共建协议不少于5家，"
                "形成需求、资源、项目“三张清单”。", 5,
                "兼职委员每少1名扣0.5分；联席会议每少1次扣0.5分；共建协议每少1家扣0.3分；未形成“三张清单”的扣1分。"),
            Row("社区党群服务中心标识规范、功能完善，每周开放不少于6天；每月组织开展党群活动不少于4场，活动有方案、有照片。", 6,
                "标识不规范、功能不全的，酌情扣0.5-1分；开放时间不足的扣1分；党群活动每少1场扣0.2分，最高扣2分；缺方案或照片的，每场扣0.1分，最高"
                "扣1分。"),
        )),
        Section("组织生活", "组织生活\n（26分）", 26, (
            Row("社区党委会每月至少召开1次；各网格党支部严格落实“三会一课”，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；社区党委"
                "书记每年讲党课不少于2次。", 7,
                "党委会每少1次扣0.5分；“三会一课”每少1次扣0.3分，最高扣3分；书记讲党课每少1次扣1分；会议记录补记、代签的，本项不得分。"),
            Row("每月15日为固定主题党日，做到“有主题、有方案、有签到、有照片”；党员参加率达到百分之八十五以上；年老体弱党员送学上门。", 6,
                "主题党日每少1次扣0.25分，最高扣3分；参加率85%以上的得2分，75%（含）—85%的得1分，75%以下的不得分；缺方案、签到或照片的，每次扣0.1分，"
                "最高扣1分。"),
            Row("每年召开1次组织生活会，会前开展谈心谈话，社区党委班子成员之间、班子成员与党员之间谈心谈话全覆盖；开展民主评议党员，评议结果向党员"
                "公布。", 5,
                "未召开组织生活会的扣2分；谈心谈话每少1人扣0.2分，最高扣1分；未开展民主评议党员的扣1.5分；评议结果未公布的扣0.5分。"),
            Row("年初制定党员学习计划；每月组织一次党员集中学习；党员每人每年参加集中学习培训不少于32学时；用好“学习强国”学习平台。", 4,
                "无学习计划的扣0.5分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1.5分。"),
            Row("年内确定入党积极分子不少于1名；发展对象和拟转正预备党员在社区公示不少于5个工作日，公示材料存档；严格执行发展党员工作程序。", 4,
                "未确定入党积极分子的扣1分；未公示或公示期不足的，每人扣1分；公示材料未存档的扣0.5分；违反程序发展党员的，本项不得分。"),
        )),
        Section("党员管理", "党员管理\n（20分）", 20, (
            Row("党员按月交纳党费；每半年在党务公开栏公示一次党费收缴情况；每年7月核定一次党费交纳基数。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分；未核定基数的扣1分。"),
            Row("推行党员积分制管理，设置基础积分、贡献积分，按月记分，每季度公示一次；年底按积分评定“星级党员”。", 5,
                "未实行积分管理的扣2分；积分公示每少1次扣0.5分；年底未评定星级党员的扣1分；积分记录不真实的，酌情扣1分。"),
            Row("在职党员到社区报到率100%；报到党员每人每年参加社区志愿服务不少于4次、累计时长不少于12小时。", 6,
                "未报到的，每人扣0.2分，最高扣2分；参加志愿服务不足4次的，每人扣0.1分，最高扣2分；累计时长不足12小时的，每人扣0.1分，最高扣2分。"),
            Row("建立流动党员台账，每季度联系一次外出流动党员；“七一”、春节走访慰问老党员、困难党员，建立关怀帮扶台账。", 5,
                "无流动党员台账的扣1分；联系每少1次扣0.3分；走访慰问每少1次扣0.5分；无关怀帮扶台账的扣1分。"),
        )),
        Section("服务治理", "服务治理\n（22分）", 22, (
            Row("网格员每月入户走访不少于30户，民情日志记录完整；居民诉求按期办结率达到百分之九十五以上；每月召开一次居民议事协商会。", 6,
                "走访不足的，每人每月扣0.1分，最高扣1分；民情日志记录不全的，酌情扣0.5-1分；办结率每低1个百分点扣0.2分，最高扣2分；议事协商会每少1次"
                "扣0.2分，最高扣2分。"),
            Row("推动小区党支部、业主委员会、物业服务企业“三方联动”，每季度召开一次联席会议；物业服务企业党组织覆盖率达到百分之八十；不发生因物业矛盾"
                "引发的群体性上访。", 5,
                "联席会议每少1次扣0.5分；覆盖率每低10个百分点扣0.5分，最高扣1.5分；发生因物业矛盾引发群体性上访的，每起扣1分。"),
            Row("组建党员志愿服务队不少于3支，每月开展志愿服务活动不少于2次；党员在“志愿河南”平台注册率达到百分之九十。", 5,
                "服务队每少1支扣0.5分；志愿服务活动每少1次扣0.2分，最高扣2分；注册率低于90%的扣1分。"),
            Row("年底由街道党工委组织党员、居民代表对社区党委开展满意度测评，满意率达到百分之九十。", 6,
                "满意率90%以上的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。"),
        )),
        Section("责任落实", "责任落实\n（12分）", 12, (
            Row("年初制定社区党建工作计划，与街道党工委签订党建工作目标责任书；7月15日前报送半年工作小结；12月10日前报送年度工作总结。", 4,
                "缺一项扣1分；未按时报送的，每项扣0.3分。"),
            Row("社区党委书记年底向街道党工委述职，接受党员群众代表评议，“好”等次比例不低于百分之八十。", 4,
                "未述职的扣2分；“好”等次比例80%以上的得2分，70%（含）—80%的得1分，70%以下的不得分。"),
            Row("每半年开展一次意识形态形势分析研判；社区微信群、公众号信息先审后发；每季度开展一次廉政警示教育；社区“两委”成员签订廉洁承诺书。", 4,
                "研判每少1次扣0.5分；信息未经审核发布的，每次扣0.5分；警示教育每少1次扣0.3分；未签订承诺书的，每人扣0.2分。"),
        )),
    ),
)

HEADER = ["考核项目", "考核内容", "分值", "评分标准"]
VETO = ("一票否决：有下列情形之一的，实行一票否决，年度考核直接评定为“差”等次：1.社区“两委”成员违纪违法受到党纪重处分或被追究刑事责任"
        "的；2.发生意识形态领域重大问题造成严重影响的；3.违反程序发展党员造成不良影响的；4.发生重大安全责任事故或因处置不力引发重大群体性事件"
        "的。")
NOTES = (
    "说明：",
    "1.本表由街道党工委于12月中旬组织考核，采取听取汇报、查阅资料、实地查看、入户走访、问卷测评相结合的方式进行，以2025年1月1日至考核之日"
    "形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准中列明得分档次的，按档次计分。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；考核结果与社区工作者绩效报酬和“五星支部”"
    "创建挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1 + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：西大街街道所辖各社区党委）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.text), (2, _fmt(row.points)), (3, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, ncols - 1, VETO)
    r += 1
    docx_total_row(tbl, r, 2, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
