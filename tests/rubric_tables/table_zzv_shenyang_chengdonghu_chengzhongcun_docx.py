"""中共沈阳市于洪区城东湖街道工作委员会2025年度村改居及城中村社区党组织党建工作考核评分表 (.docx), as a 辽宁 街道党工委 (its
党建办 with the 农经站 and the 街道纪工委, a 考核组 checking in December) scores the 社区党委 of a mixed 城中村: 原村民 on the
股份经济合作社's books, 回迁楼, 商品房小区 and streets of 出租房屋 full of 外来务工人员: 班子队伍 (one roster of the “两委” by age and
schooling with the “一肩挑” and a yearly 后备 考察, the 书记's two 党课, twenty 走访 a month and 年底 述职, the 社区工作者's 5天 with a
half-yearly 考评 and its 公示), 组织生活 (the “三会一课” with a 党小组会 every two months, the 主题党日 with a quarterly 志愿服务 and
the 参加率, the 组织生活会 with 民主评议 and 征求意见 from 30 人次), 集体资产 (the “三资” 台账 with a yearly 清产核资 and a quarterly
公开, “四议两公开” with the 公开率 and the 表决 of the 租赁合同, the 增收 in bands with the 分红方案 and its 公示), 融合治理 (the 网格
覆盖率 and 办结率, the 出租房屋 登记率 with a quarterly 安全检查, a monthly 清整 and no new 违建, the 议事会 each quarter with the 公布
and a 满意度) and 廉洁自律 (a half-yearly 警示教育, the 承诺书 and a yearly 报告 of the “小微权力”; a deduction-only line on 优亲厚友).

The title (bold, centred), a centred "（适用于辖区村改居社区及城中村混合型社区党组织）" line above one table: 考核指标 | 考核要点 |
评分标准 | 分值 | 考核方式. There is NO 序号: items are numbered by position (1..15). Each category is a SECTION ROW merged across
the table, printed WITH an ordinal and its points on one line, "一、班子队伍（20分）". 考核指标 holds a short label (`Row.indicator`);
分值 after the 评分标准, a plain number; 考核方式 (`Row.method`) only names ways of checking. A 合计 row and a 说明 paragraph close the
document. Bands on a growth ("负增长的不得分" closing them); "最高扣" caps; "酌情扣1分"; one line is
deduction-only ("本项为扣分项").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzv_shenyang_chengdonghu_chengzhongcun_docx",
    fmt="docx",
    title="中共沈阳市于洪区城东湖街道工作委员会2025年度村改居及城中村社区党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("班子队伍", "一、班子队伍（20分）", 20, (
            Row("社区党委书记与股份经济合作社理事长“一肩挑”；社区“两委”成员中45周岁以下的不少于2名、高中（中专）及以上学历的不少于3"
                "名；每年对社区后备力量开展一次培养考察。", 7,
                "未实行“一肩挑”的扣1分；年龄、学历结构不符合要求的，每缺1名扣0.5分；未开展后备力量培养考察的扣1分。", "查阅资料",
                indicator="班子结构"),
            Row("社区党委书记每年为党员讲党课不少于2次，每月走访城中村片区居民不少于20户；年底向街道党工委述职。", 7,
                "讲党课每少1次扣1分；走访不足的，每少1户扣0.1分，最高扣2分；未述职的扣2分。", "查阅资料、入户走访",
                indicator="书记履职"),
            Row("社区工作者实行“一岗多责”，全年参加业务培训不少于5天；每半年对社区工作者开展一次绩效考评，考评结果张榜公示。", 6,
                "培训不足5天的，每人扣0.2分，最高扣1分；考评每少1次扣1分；考评结果未公示的扣0.5分。", "查阅资料",
                indicator="社工队伍"),
        )),
        Section("组织生活", "二、组织生活（20分）", 20, (
            Row("支部委员会每月至少召开1次，党员大会每季度召开1次，党小组会每两个月召开1次，党课每季度1次；原村民党员、居民党员、流动"
                "党员统一编组管理。", 7,
                "每少开1次扣0.5分，最高扣4分；党员编组不合理的，酌情扣1分。", "查阅资料", indicator="三会一课"),
            Row("每月固定一天开展主题党日，每季度结合人居环境整治、违建拆除等城中村中心工作组织党员开展志愿服务不少于1次；党员参加率达到"
                "85%。", 7,
                "主题党日每少1次扣0.5分；志愿服务每少1次扣0.5分；参加率每低5个百分点扣0.3分。", "查阅资料、实地查看",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员，评议前征求居民意见不少于30人次；对评定为不合格的党员按程序稳妥处置。", 6,
                "未召开组织生活会的扣2分；未开展民主评议的扣1分；征求意见不足30人次的扣1分；不合格党员未处置的，每人扣0.5分。",
                "查阅资料", indicator="民主评议"),
        )),
        Section("集体资产", "三、集体资产（20分）", 20, (
            Row("股份经济合作社集体资产、资金、资源建立“三资”台账，每年开展一次清产核资；集体收支情况每季度向股东（成员）公开一次。", 7,
                "无“三资”台账的扣2分；未开展清产核资的扣1分；收支公开每少1次扣0.5分。", "查阅资料、实地查看",
                indicator="三资管理"),
            Row("集体资产处置、重大项目建设等重大事项落实“四议两公开”，决议结果公开率100%；集体资产租赁合同签订前经股东代表大会表决。", 7,
                "重大事项未履行“四议两公开”程序的，每件扣1分；公开率每低10个百分点扣0.5分；租赁合同未经表决的，每份扣0.5分。",
                "查阅资料", indicator="民主决策"),
            Row("集体经营性收入比上年增长5%以上；股份分红方案经股东代表大会讨论通过后公示。", 6,
                "收入增长5%以上的得3分，增长0—5%的得1.5分，负增长的不得分；分红方案未公示的扣1分。", "查阅资料",
                indicator="集体增收"),
        )),
        Section("融合治理", "四、融合治理（25分）", 25, (
            Row("将城中村、回迁楼、商品房小区统一划分网格，网格党支部（党小组）覆盖率达到100%；网格员每日巡查，事件上报办结率达到95%以上。", 7,
                "覆盖率每低5个百分点扣1分；办结率每低1个百分点扣0.5分；网格员未每日巡查的，发现一次扣0.3分。", "查阅资料、实地查看",
                indicator="网格治理"),
            Row("城中村出租房屋和流动人口实行“以房管人”，出租房屋登记率达到100%，每季度开展一次出租房屋安全检查；引导外来务工党员亮明身份、"
                "参加社区活动。", 6,
                "登记率每低5个百分点扣0.5分；安全检查每少1次扣1分；未开展外来务工党员亮身份活动的扣1分。", "查阅资料、实地查看",
                indicator="出租房屋"),
            Row("社区党委牵头开展城中村人居环境整治，每月组织一次党员、居民参与的环境清整行动；辖区违法建设“零增长”。", 6,
                "清整行动每少1次扣0.5分；新增违法建设的，每处扣1分。", "实地查看", indicator="环境整治"),
            Row("建立“原村民+新居民”议事机制，每季度至少召开1次居民议事会，议事结果在社区公开栏张贴公布；居民满意度达到85%以上。", 6,
                "议事会每少1次扣0.5分；议事结果未公布的，每次扣0.3分；满意度每低5个百分点扣0.5分。", "查阅资料、问卷测评",
                indicator="议事协商"),
        )),
        Section("廉洁自律", "五、廉洁自律（15分）", 15, (
            Row("每半年开展一次警示教育，社区“两委”成员每年签订廉洁承诺书；社区党委每年向街道党工委报告一次“小微权力”运行情况。", 8,
                "警示教育每少1次扣1分；未签订承诺书的，每人扣0.5分；未报告的扣1分。", "查阅资料", indicator="廉政教育"),
            Row("社区“两委”成员不得在集体资产租赁、征地拆迁补偿中优亲厚友、吃拿卡要（本项为扣分项）。", 7,
                "经查实存在优亲厚友、吃拿卡要的，每起扣3分；被区级以上通报批评的，每次扣2分；受到党纪政务处分的，本项不得分。",
                "街道纪工委核实", indicator="纪律作风"),
        )),
    ),
)

HEADER = ["考核指标", "考核要点", "评分标准", "分值", "考核方式"]
NOTE = ("说明：1.本表由街道党工委于12月组织考核，街道农经站、纪工委参加，采取查阅资料、实地查看、入户走访、问卷测评相结合的方式；2.各项"
        "扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与社区党组织书记绩效报酬挂钩；4.社区集体资产"
        "发生重大流失或因征地拆迁引发群体性事件的，考核等次直接定为“差”。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（适用于辖区村改居社区及城中村混合型社区党组织）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            cells = ((0, row.indicator), (1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
