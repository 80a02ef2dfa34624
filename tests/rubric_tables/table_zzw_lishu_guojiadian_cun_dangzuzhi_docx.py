"""郭家店镇2025年度村党组织抓党建促乡村振兴工作考核细则 (.docx), as a 吉林 四平 梨树县 镇党委 (its 党建办 with the 农业站, the 综治
中心 and the 镇纪委, a 考核组 going round each 村 in December, after the 秋收 and the 秸秆禁烧 season) scores each 村党组织 in 吉林's own
words, with the 黑土地 and the “梨树模式” in them: 组织建设 (the “两委” with two under 45 and one 大专, a monthly “两委” 联席会议 and the
坐班值班 through the 冬季农闲, “三会一课” and the monthly 主题党日 joined to the “冬闲人不闲” 培训, the 组织生活会 with 民主评议, its 公示
and the 镇党委 审核 of the 方案), 党员队伍 (a yearly 积极分子 with the 镇党委 预审, the 冬训 of three days with the 保护性耕作 and the
“吉林党建” APP, 党费 with a monthly 走访 of five to ten 户 and the 取暖安全 of the 独居老人), 产业发展 (the 集体经济 in bands with the
经营性收入占比, the 保护性耕作比例 with the 合作社 or 农机服务队 and the 土地托管, the 秸秆综合利用率 with the 卫星遥感火点 and a 一票否决)
and 治理服务 (the quarterly “三务” 公开 with the 监委会 列席 each month, a monthly 排查 with a 满意度 in bands, the 书记's 年初 计划 and 年底
述职 with the 评议 and the “一村一档”).

The title (bold, centred), a centred "（考核对象：全镇各村党组织）" line and a "村名：…  村党组织书记：…  考核日期：2025年12月" line above one
table: 考核项目 | 考核指标 | 考核内容 | 考核细则 | 分值 | 得分. There is NO 序号: items are numbered by position (1..12). The categories are
MERGED CELLS down the 考核项目 column (first), printed WITH an ordinal on TWO lines, "一、组织建设\\n（25分）". 考核指标 is a short sub-label
(`Row.indicator`). 分值 comes AFTER the 考核细则, a plain number; 得分 is blank. A 合计 row and a 说明 paragraph close the document. Counts
in figures and Chinese numerals ("每月召开一次", "每季度公开一次", "每月至少走访1次"); "集中培训不少于3天"; "最高扣" caps; "酌情扣1-2分"
twice, "酌情扣1分" twice; income bands in 万元 and a 满意度 in bands; one rule "实行一票否决，本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzw_lishu_guojiadian_cun_dangzuzhi_docx",
    fmt="docx",
    title="郭家店镇2025年度村党组织抓党建促乡村振兴工作考核细则",
    numbering="position",
    sections=(
        Section("组织建设", "一、组织建设\n（25分）", 25, (
            Row("村“两委”班子成员中45周岁以下的不少于2名，大专及以上学历的不少于1名；村党组织每月召开一次“两委”联席会议；村干部实行坐班"
                "值班，冬季农闲期间不脱岗。", 8,
                "45周岁以下成员每少1名扣1分；无大专及以上学历成员的扣1分；联席会议每少1次扣0.3分；坐班值班不落实的，每次扣0.5分，最高扣"
                "2分。", indicator="班子队伍"),
            Row("落实“三会一课”制度，支委会每月1次、党员大会每季度1次、党小组会每月1次、党课每季度1次；每月开展“主题党日”，冬季可结合"
                "“冬闲人不闲”集中培训开展。", 9,
                "“三会一课”、主题党日每少1次扣0.5分，最高扣6分；会议内容空泛、记录不全的，酌情扣1-2分。", indicator="组织生活"),
            Row("每年召开一次组织生活会，开展民主评议党员，评议结果在村务公开栏公示；组织生活会方案报镇党委审核。", 8,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣2分；评议结果未公示的扣1分；方案未报镇党委审核的扣1分；会议质量不高的，"
                "酌情扣1分。", indicator="组织生活会"),
        )),
        Section("党员队伍", "二、党员队伍\n（20分）", 20, (
            Row("每年确定入党积极分子不少于1名，注重从青年农民、种粮大户、合作社带头人中培养；发展党员材料报镇党委预审。", 6,
                "未确定入党积极分子的扣2分；未经镇党委预审的扣1分；违反程序发展党员的，本项不得分。", indicator="发展党员"),
            Row("利用冬季农闲开展党员冬训，集中培训不少于3天，培训内容包括保护性耕作、“梨树模式”等实用技术；外出流动党员通过“吉林党建”"
                "APP参加线上学习。", 7,
                "未开展冬训的扣3分；冬训不足3天的扣1分；无实用技术培训内容的扣1分；流动党员未参加线上学习的，每人扣0.2分，最高扣1分。",
                indicator="党员冬训"),
            Row("党员按月交纳党费；每名党员联系5至10户农户，每月至少走访1次，冬季重点关注独居老人取暖安全。", 7,
                "党费未按月交纳的，每人次扣0.1分；走访每少1次扣0.1分，最高扣2分；因取暖引发一氧化碳中毒事故的，每起扣2分。",
                indicator="联户服务"),
        )),
        Section("产业发展", "三、产业发展\n（30分）", 30, (
            Row("村级集体经济收入达到15万元以上，经营性收入占比不低于50%。", 10,
                "集体经济收入50万元以上的得10分，30万元（含）至50万元的得8分，15万元（含）至30万元的得6分，5万元（含）至15万元的得3分，"
                "5万元以下的不得分；经营性收入占比低于50%的扣2分。", indicator="集体经济"),
            Row("推广“梨树模式”保护性耕作，村保护性耕作面积占耕地面积的比例达到80%以上；村党组织领办合作社或组建农机服务队，开展土地"
                "托管服务。", 10,
                "保护性耕作比例每低5个百分点扣1分；未领办合作社或组建农机服务队的扣2分；土地托管面积较上年减少的，酌情扣1分。",
                indicator="黑土地保护"),
            Row("落实秸秆禁烧责任，党员包片包地块；秸秆综合利用率达到90%以上，全年无卫星遥感火点。", 10,
                "秸秆综合利用率每低5个百分点扣1分；党员未落实包片责任的扣1分；出现卫星遥感火点的，每个扣2分；发生大面积焚烧被省级通报的，"
                "实行一票否决，本项不得分。", indicator="秸秆禁烧"),
        )),
        Section("治理服务", "四、治理服务\n（25分）", 25, (
            Row("党务、村务、财务每季度公开一次，土地流转、低保评定等群众关心的事项随时公开；村务监督委员会每月列席“两委”联席会议。", 9,
                "“三务”公开每少1次扣0.5分；重大事项未公开的，每项扣1分；村务监督委员会未列席的，每次扣0.2分，最高扣1分。",
                indicator="民主监督"),
            Row("每月开展一次矛盾纠纷排查调处；群众对村党组织满意度达到90%以上。", 8,
                "排查每少1次扣0.5分；满意度90%以上的得4分，85%（含）至90%的得3分，80%（含）至85%的得2分，80%以下的不得分。",
                indicator="平安和谐"),
            Row("村党组织书记年初向镇党委提交抓党建工作计划，年底述职并接受党员群众评议；建立村级党建档案，做到“一村一档”。", 8,
                "无年初计划的扣1分；未述职的扣2分；未接受评议的扣1分；党建档案不全的，酌情扣1-2分。", indicator="责任落实"),
        )),
    ),
)

HEADER = ["考核项目", "考核指标", "考核内容", "考核细则", "分值", "得分"]
NOTE = ("说明：1.本细则由镇党委于12月组织考核，采取查阅资料、实地查看、入户走访、民主测评相结合的方式；2.各项扣分以该项分值为限，"
        "扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与村干部绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：全镇各村党组织）")
    document.add_paragraph("村名：                  村党组织书记：            考核日期：2025年12月")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
