"""鲤城区开元街道2025年度社区党组织党建工作考核评分表 (.docx), as the 街道党工委 of 福建 泉州 鲤城区 开元 (its 党建办 with the 社区治理办, the
平安办, the 侨联 and the 街道纪工委, a 考核组 going round the 社区 in December) scores the 社区党委 and 党总支 of the old city inside the
walls: the 开元寺 and the 西街 with their crowds of tourists, the 簪花 and 文创 shops, the 民宿 and 小吃 of the 古街巷, 古大厝 and 木构 houses where
a fire spreads fast, the 世界遗产 core where nothing may be built without leave, old people living alone while the children are in 厦门 or
abroad, and the 归侨侨眷 with kin in 菲律宾 and 马来西亚: 组织体系 (one roster of the “两委” by age and 学历 with the “一肩挑”, the 网格党支部
覆盖率 with the 商圈联合党支部 and the 批复, the “三会一课” with the 书记's two 党课 and the 参会率, the monthly 主题党日 with the 组织生活会,
民主评议, 谈心谈话 and the 整改清单), 党员队伍 (two 积极分子 a year and "每两年至少发展党员1名" with the 公示, 32学时 with a quarterly 专题学习,
two 现场教学 and a half-yearly 送学上门, 党费 with the 核定 and a quarterly 公示, the 联系台账 of the 流动 and 出国（境）党员 with a quarterly 联系
and the 慰问, the “双报到” 报到率 with four 志愿服务 and five 先锋岗), 古城治理 (a monthly 消防 排查 of the 古大厝 with the 隐患台账, the 整改率,
the 义务消防队 with a half-yearly 演练 and a 一票否决, the 商圈党建联盟 with the 承诺书 签订率, a quarterly 联席会议 and the 处置率, forty
走访 a month with the 按期办结率 and the 满意率 in bands, the 侨亲 联络台账 with a half-yearly 更新, a yearly 联谊 and the 调处率, a monthly
排查 with the 调解成功率 and the 风貌 保护), 服务阵地 (the 党群服务中心 with the 公示 and two 主题活动 a month, the 关爱台账 with the 结对率, a
monthly 探访 and one 托管班, two 志愿服务队 with a monthly 志愿服务 and the 服务岗 of the holidays) and 责任落实 (the 年初 计划 and 责任书, the
半年小结 by 15 July, the 年底 述职 with the 满意度 and the 年终 总结, a quarterly 公开 with the “两委” 会议 and the 归档; a deduction-only line on
八项规定 and the 古城保护补助).

The title (bold, centred) and a centred "（考核对象：开元街道所辖各社区党委、党总支）" line above one table: 序号 | 考核项目 | 考核内容及评分标准 |
分值 | 得分. There is NO separate 评分标准 column: each cell of 考核内容及评分标准 prints the requirements and then, IN FULL-WIDTH BRACKETS at the
end of the cell, the scoring rules: "…参会率不低于80%。（“三会一课”每少1次扣0.5分，最高扣3分；…）". With no 评分标准 column the whole cell is
the item's words (`Row.text`, built by `_cell`) and `Row.scoring` is empty. 序号 (FIRST column) runs 1..20 through the whole table, NOT
restarting. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITH an ordinal and their points on a SECOND
line, "一、组织体系\\n（20分）". 分值 is a plain number; 得分 is blank. A 合计 row of 100 closes the table; a "说明：" paragraph
with three numbered lines follows it. Counts in figures and Chinese numerals
("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次", "每年讲党课不少于2次", "每月固定", "每年召开一次",
"年内…不少于2名", "每两年至少发展党员1名", "每年…不少于32学时", "每季度开展一次", "全年…不少于2次", "每半年送学上门一次", "每年核定一次",
"每季度…公示一次", "每季度至少联系一次", "“七一”、春节期间", "每年…不少于4次", "每月开展一次", "每半年开展一次", "每季度召开一次", "每月入户
走访不少于40户", "每半年更新一次", "每年春节前后开展一次", "每月开展一次", "每月至少开展2次", "每月至少上门探访一次", "不少于1期", "每月至少
开展1次", "7月15日前", "年底", "年终", "每季度公开一次"); "不少于5个工作日", "当日"; "不少于1名", "不少于3名", "不少于5个", "不少于1支",
"不少于2支"; "百分之九十", "百分之九十八", "100%", "80%", "95%", "90%"; "最高扣" caps; "酌情扣0.5-1分", "酌情扣1-2分", "酌情扣1分" and
"酌情扣0.5分"; one set of bands (a 满意率 for 2 of the 7 points, closed by "85%以下的不得分"); one "实行一票否决" in the words with its "本项不
得分"; five other plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _cell(words: str, points: float, rules: str) -> Row:
    """One cell of 考核内容及评分标准 as printed: the words, then the scoring rules in full-width brackets. The table has no 评分标准
    column, so the importer reads the whole cell as the item's words and no scoring."""
    return Row(f"{words}（{rules}）", points, "")


TABLE = Table(
    name="zzzm_quanzhou_kaiyuan_jiedao_shequ_docx",
    fmt="docx",
    title="鲤城区开元街道2025年度社区党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("组织体系", "一、组织体系\n（20分）", 20, (
            _cell("社区“两委”班子成员中35周岁以下的不少于1名、大专及以上学历的不少于3名；社区党组织书记通过法定程序担任居委会主任；班子"
                "分工明确、团结协作。", 5,
                "年龄、学历结构每项不达标扣1分；未实行“一肩挑”的扣1分；班子不团结、被街道党工委约谈的，本项不得分"),
            _cell("按照“社区党委—网格党支部—古街巷（楼院）党小组”设置党组织，网格党支部覆盖率达到100%；在西街、中山路等沿街商户集中区域成立"
                "商圈联合党支部；党组织设置有街道党工委批复。", 5,
                "网格党支部每缺1个扣0.5分；未成立商圈联合党支部的扣1.5分；无设置批复的扣0.5分"),
            _cell("严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度至少1次；社区党组织书记"
                "每年讲党课不少于2次；党员大会参会率不低于80%。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；参会率低于80%的，每次扣0.2分；会议记录存在补记、代签的，"
                "酌情扣0.5-1分"),
            _cell("每月固定开展主题党日活动；每年召开一次组织生活会，同步开展民主评议党员，会前谈心谈话全覆盖，会后形成问题整改清单。", 4,
                "主题党日每少1次扣0.3分；未召开组织生活会的扣1.5分；未开展民主评议党员的扣1分；谈心谈话未全覆盖的扣0.3分；无整改清单的"
                "扣0.5分"),
        )),
        Section("党员队伍", "二、党员队伍\n（20分）", 20, (
            _cell("注重从青年商户、返乡侨眷和社区工作者中培养入党积极分子，年内确定入党积极分子不少于2名；每两年至少发展党员1名；发展对象"
                "公示期不少于5个工作日。", 5,
                "积极分子每少1名扣0.5分；两年内未发展党员的扣2分；未公示或公示期不足的扣1分；违规发展党员的，本项不得分"),
            _cell("党员每年参加集中学习培训不少于32学时；每季度开展一次专题学习；用好泉州市革命历史纪念馆等红色资源，全年开展现场教学不少于"
                "2次；对年老体弱党员每半年送学上门一次。", 5,
                "学时不足的，每人扣0.1分，最高扣1分；专题学习每少1次扣0.5分；现场教学每少1次扣0.5分；送学上门每少1次扣0.3分"),
            _cell("党员按月交纳党费，每年核定一次交纳基数；党费收缴情况每季度在党务公开栏公示一次。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1.5分；未核定基数的扣0.5分；公示每少1次扣0.5分"),
            _cell("建立流动党员和出国（境）党员联系台账，每季度至少联系一次；“七一”、春节期间走访慰问生活困难党员和老党员。", 3,
                "无联系台账的扣1分；联系每少1次扣0.2分；未开展走访慰问的扣1分"),
            _cell("在职党员到社区“双报到”率达到100%，每名报到党员每年参加社区志愿服务不少于4次；设立党员先锋岗、党员责任区不少于5个。", 3,
                "报到率每低5个百分点扣0.5分；参加志愿服务不足4次的，每人扣0.1分，最高扣1分；先锋岗、责任区每少1个扣0.2分"),
        )),
        Section("古城治理", "三、古城治理\n（35分）", 35, (
            _cell("每月开展一次古大厝、木构建筑和“三合一”场所消防安全排查，建立隐患排查整改台账，隐患整改率达到100%；组建党员义务消防队不少于"
                "1支，每半年开展一次消防演练；辖区发生较大以上火灾事故的，实行一票否决。", 8,
                "排查每少1次扣0.5分；无隐患台账的扣1分；隐患未按期整改的，每处扣0.2分，最高扣1.5分；未组建义务消防队的扣1分；演练每少1次"
                "扣0.5分；发生一票否决情形的，本项不得分"),
            _cell("成立西街—中山路商圈党建联盟，与沿街商户、民宿、文创店签订“诚信经营承诺书”，签订率达到百分之九十；每季度召开一次商圈联席"
                "会议；游客投诉当日受理，处置率达到100%。", 7,
                "签订率每低10个百分点扣0.5分；联席会议每少1次扣0.5分；投诉处置不及时的，每件扣0.2分，最高扣1.5分；发生欺客宰客事件被媒体"
                "曝光的，酌情扣1-2分"),
            _cell("网格员每月入户走访不少于40户，民情信息及时录入基层治理平台；居民诉求及12345热线工单按期办结率达到95%以上，群众满意率达到"
                "90%以上。", 7,
                "入户走访不足40户的，每人每月扣0.1分，最高扣2分；按期办结率每低1个百分点扣0.2分，最高扣1.5分；满意率90%以上的得2分，"
                "85%（含）—90%的得1分，85%以下的不得分"),
            _cell("建立归侨侨眷和海外侨亲联络台账，每半年更新一次；每年春节前后开展一次“侨乡情”联谊活动；协助做好侨房、侨墓等涉侨事务，涉侨"
                "矛盾纠纷调处率达到100%。", 5,
                "无联络台账的扣1分；台账更新每少1次扣0.3分；未开展联谊活动的扣1分；涉侨纠纷未调处的，每件扣0.5分；涉侨事项引发越级上访"
                "的，酌情扣1分"),
            _cell("每月开展一次矛盾纠纷排查，调解成功率达到百分之九十八；配合做好古城风貌保护，发现私搭乱建、破坏历史建筑行为当日劝阻并上报；"
                "不发生群体性事件。", 8,
                "排查每少1次扣0.5分；调解成功率每低1个百分点扣0.3分；发现违建未及时劝阻上报的，每处扣0.5分，最高扣2分；发生群体性事件的，"
                "本项不得分"),
        )),
        Section("服务阵地", "四、服务阵地\n（15分）", 15, (
            _cell("社区党群服务中心标识规范统一；实行错时延时服务和节假日值班，服务事项、值班表公示上墙；每月至少开展2次面向居民和游客的主题"
                "活动。", 5,
                "标识不规范的扣0.5分；未落实错时延时服务的扣1分；未公示的扣0.5分；主题活动每少1次扣0.2分，最高扣2分；阵地闲置、挪作他用"
                "的，本项不得分"),
            _cell("建立独居、空巢、高龄老人和困境儿童关爱台账，党员志愿者与独居老人结对率达到100%，每月至少上门探访一次；暑期开办“古城少年”"
                "公益托管班不少于1期。", 5,
                "无关爱台账的扣1分；结对率每低10个百分点扣0.5分；探访每少1次扣0.1分，最高扣1.5分；未开办托管班的扣1分"),
            _cell("组建“古城红”党员志愿服务队不少于2支，每月至少开展1次志愿服务活动；“五一”、国庆等旅游高峰期在主要街巷设置党员志愿服务岗。",
                5,
                "服务队每少1支扣0.5分；志愿服务每少1次扣0.3分，最高扣2分；高峰期未设置服务岗的扣1分"),
        )),
        Section("责任落实", "五、责任落实\n（10分）", 10, (
            _cell("社区党组织年初制定党建工作计划，与街道党工委签订全面从严治党责任书；7月15日前报送半年工作小结；年底社区党组织书记向街道"
                "党工委述职，述职测评满意度达到90%；年终形成工作总结。", 5,
                "无年度计划的扣0.5分；未签订责任书的扣0.5分；未报送半年小结的扣0.5分；未述职的扣1.5分；满意度每低5个百分点扣0.5分；无年终"
                "总结的扣0.5分"),
            _cell("党务、居务、财务每季度公开一次；党组织工作经费和服务群众专项经费使用经社区“两委”会议研究；党建资料分类立卷归档。", 3,
                "公开每少1次扣0.5分；经费使用未经集体研究的，每笔扣0.5分，最高扣1分；资料未立卷归档的，酌情扣0.5分"),
            _cell("社区工作人员违反中央八项规定精神，或在古城保护补助、低保审核中优亲厚友、吃拿卡要（本项为扣分项）。", 2,
                "经查实的，每人次扣1分；社区党组织书记受到党纪政务处分的，本项不得分"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容及评分标准", "分值", "得分"]
NOTES = (
    "说明：",
    "1.本表由街道党工委于12月中下旬组织考核，采取听取汇报、查阅资料、实地查看、入户走访相结合的方式进行，各项扣分以该项分值为限，扣完"
    "为止。",
    "2.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”。",
    "3.考核结果与社区工作者年度绩效报酬挂钩，作为“五星级社区党组织”评定的重要依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：开元街道所辖各社区党委、党总支）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, ""))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
