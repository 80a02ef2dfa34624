"""中共秭归县郭家坝镇委员会2025年度村党组织“幸福村落”建设暨党建工作考核细则 (.docx), as a 湖北 宜昌 三峡库区 镇党委 (its 党建办
with the 综治中心 and the 镇纪委, a 考核组 going round each 村 and its 村落 in December) scores each 村党组织 in 湖北's own words, the
“幸福村落” with its 村落理事会 and “一长八员” and the “美好环境与幸福生活共同缔造” beside the usual 党建: 组织建设 (a 党小组 for each
村落 with its 组长 as 理事长 and a 党员比例 in Chinese numerals, the “两委” with one under 35 and two 大专 under “一村多名大学生”, the
书记's 备案, “三会一课” with the 党小组会 held by 村落 and the 签到, the 主题党日 on the 15th with its 到会率 and the 送学上门), 党员管理
(组织生活会 with 民主评议 and its 备案, a member or an 积极分子 each year with the 政治审查 and the 公示, the 积分 with its quarterly 公示
and the 年终 “星级党员”, 党费 with its half-yearly 公布, the 流动党员 台账 with a monthly 联系, “4天或32学时”, the 联户 with a quarterly 走访
and four 志愿服务 with two in the “共同缔造”), 幸福村落 (the 村落理事会's monthly 理事会议 with the 公示 and the 审核, a 公益项目 in each
村落 with the 投工投劳 登记, the 脐橙 合作社 with three 培训, 经营性收入 in bands, the “党员护江岗” with two 巡江 a month under the
“十年禁渔”, the quarterly “清洁村落” 评比 with its 公布) and 基层治理 (two 巡查 a month with the 调解成功率 and a 一票否决, “四议两公开”
with the quarterly 三务 公开, the 监委会's monthly 审核 and half-yearly 报告, a yearly 评选 with its 公示 and the 简办率, the 值班 and
代办台账 with five 实事 and the 实事清单 公布 年初, a deduction-only 廉洁 line).

The title (bold, centred), a centred "（考核对象：全镇各村党组织）" line and a "村名：…  村党组织书记：…  村落数：…  考核时间：…" line
above one table: 序号 | 考核内容 | 分值 | 扣分办法 | 考核方式 | 得分. The categories are SECTION ROWS merged across the whole table,
printed with an ordinal on one line, "一、组织建设（20分）". 序号 (first column) runs 1..20 through the table, NOT restarting under the
section rows. 分值 comes BEFORE the 扣分办法, a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 实地查看,
个别谈话, 入户走访, 查阅账目, 镇综治中心核实, 镇纪委核实); it is no 佐证 column. 得分 is blank. A 合计 row and a 说明 paragraph close the
document. The income bands sit in the 扣分办法; counts and shares in figures and Chinese numerals ("百分之四十", "每季度评比一次", "每半年…
报告一次", "每月…联系一次"); "累计不少于4天或32学时"; "每年至少发展1名党员或确定1名入党积极分子" (either); "最高扣" caps; one bare "酌情
扣分"; one rule is "实行一票否决，本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzu_zigui_guojiaba_xingfu_cunluo_docx",
    fmt="docx",
    title="中共秭归县郭家坝镇委员会2025年度村党组织“幸福村落”建设暨党建工作考核细则",
    numbering="printed",
    sections=(
        Section("组织建设", "一、组织建设（20分）", 20, (
            Row("村党组织按村落设置党小组，党小组长一般兼任村落理事长；村落理事会“一长八员”配备齐全，理事会成员中党员比例达到百分"
                "之四十以上。", 5,
                "党小组未按村落设置的扣1分；党小组长未兼任理事长且未说明原因的，每个扣0.3分；“一长八员”每缺1人扣0.2分，最高扣1分；"
                "党员比例未达到40%的扣1分。", "查阅资料、实地查看"),
            Row("村“两委”班子“老中青”结构合理，35周岁以下成员至少1名；落实“一村多名大学生”计划，村“两委”成员中大专及以上学历的不"
                "少于2名；村党组织书记报镇党委备案管理。", 5,
                "无35周岁以下成员的扣1分；大专及以上学历成员每少1名扣1分；书记未备案的扣1分；班子不团结、被列为软弱涣散村党组织的，"
                "本项不得分。", "查阅资料、个别谈话"),
            Row("支委会每月至少召开1次，党员大会每季度至少召开1次，党小组会以村落为单位每月至少召开1次，党课每季度至少1次；会议记录"
                "规范完整，党员签到齐全。", 6,
                "“三会一课”每少1次扣0.5分；会议记录不规范的，每次扣0.1分，最高扣1分；无签到的，每次扣0.1分。", "查阅资料"),
            Row("每月15日固定开展主题党日活动，党员到会率达到90%以上，年老体弱党员送学上门。", 4,
                "主题党日每少1次扣0.5分；到会率每低5个百分点扣0.2分；未送学上门的扣0.5分。", "查阅资料、入户走访"),
        )),
        Section("党员管理", "二、党员管理（20分）", 20, (
            Row("每年召开一次组织生活会，开展民主评议党员，评议结果报镇党委备案；对评定为“不合格”的党员按程序稳妥处置。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未备案的扣0.5分；不合格党员未处置的扣0.5分。", "查阅资料"),
            Row("每年至少发展1名党员或确定1名入党积极分子；发展党员严格执行政治审查和公示制度。", 4,
                "全年既未发展党员也未确定入党积极分子的扣2分；未进行政治审查的扣1分；未公示的扣1分。", "查阅资料"),
            Row("推行党员“积分制”管理，按月记分，每季度公示一次积分，年终根据积分评定“星级党员”，评定结果与评先评优挂钩。", 4,
                "未实行积分管理的扣2分；积分公示每少1次扣0.5分；年终未评定的扣1分。", "查阅资料、实地查看"),
            Row("党员按月交纳党费，每半年公布一次交纳情况；外出流动党员建立台账，每月通过电话、微信联系一次；党员每年参加集中学习培"
                "训累计不少于4天或32学时。", 5,
                "党费未按月交纳的，每人次扣0.1分；未公布的，每次扣0.5分；无流动党员台账的扣0.5分；联系每少1次扣0.1分，最高扣1分；"
                "培训时间不足的，每人扣0.1分，最高扣1.5分。", "查阅资料"),
            Row("开展党员联村落、联农户活动，每名党员联系农户不少于5户，每季度至少走访一次；党员每年参加志愿服务不少于4次，其中参与"
                "“美好环境与幸福生活共同缔造”活动不少于2次。", 3,
                "未开展联户活动的扣1分；走访每少1次扣0.2分；志愿服务每少1次扣0.3分。", "查阅资料、入户走访"),
        )),
        Section("幸福村落", "三、幸福村落（35分）", 35, (
            Row("村落理事会每月至少召开一次理事会议，围绕村落公益事业、环境卫生、矛盾调解等议事，议事结果在村落公示栏公示；重大事"
                "项提交村党组织审核把关。", 5,
                "理事会议每少1次扣0.3分，最高扣2分；议事结果未公示的，每次扣0.2分；重大事项未经村党组织审核的，每项扣1分。",
                "查阅资料、实地查看"),
            Row("以村落为单元开展“共同缔造”，发动群众共谋、共建、共管、共评、共享，每个村落每年至少实施1个群众参与的公益项目，群众"
                "投工投劳登记在册。", 6,
                "村落未实施公益项目的，每个扣1分；无投工投劳登记的扣1分；群众参与度低、项目效果差的，酌情扣分。",
                "查阅资料、实地查看、入户走访"),
            Row("围绕秭归脐橙产业，村党组织领办专业合作社或联合社，每年组织脐橙种植、电商销售等技术培训不少于3次；每名党员示范户带"
                "动农户不少于3户。", 7,
                "未领办合作社的扣2分；培训每少1次扣0.5分；党员示范户带动农户不足3户的，每户扣0.2分。", "查阅资料、实地查看"),
            Row("发展壮大村级集体经济，村集体经济年经营性收入达到10万元以上。", 8,
                "经营性收入30万元以上的得8分；20万元（含）至30万元的得7分；10万元（含）至20万元的得6分；5万元（含）至10万元的得3分；"
                "5万元以下的不得分。", "查阅账目"),
            Row("落实长江“十年禁渔”，村落设立“党员护江岗”，党员每月巡江护岸不少于2次；全年辖区内无非法捕捞、非法采砂案件。", 5,
                "未设立“党员护江岗”的扣1分；巡江每少1次扣0.2分，最高扣2分；发生非法捕捞、非法采砂案件被查处的，每起扣1分。",
                "查阅资料、实地查看"),
            Row("开展“清洁村落”评比，每季度评比一次，评比结果在村落公示栏公布，排名末位的村落限期整改。", 4,
                "评比每少1次扣0.5分；评比结果未公布的扣0.5分；末位村落未整改的，每个扣0.5分。", "查阅资料、实地查看"),
        )),
        Section("基层治理", "四、基层治理（25分）", 25, (
            Row("村落调解员、网格员每月开展不少于2次巡查，矛盾纠纷做到“小事不出村落、大事不出村”，调解成功率达到95%以上；全年不发"
                "生“民转刑”案件和群体性事件。", 6,
                "巡查每少1次扣0.1分，最高扣1分；调解成功率每低1个百分点扣0.3分；发生“民转刑”案件或群体性事件的，实行一票否决，本"
                "项不得分。", "查阅资料、镇综治中心核实"),
            Row("村级重大事项落实“四议两公开”；党务、村务、财务公开每季度不少于一次；村务监督委员会每月审核一次村级财务，每半年向"
                "村民代表会议报告一次监督工作。", 6,
                "“四议两公开”落实不到位的，每项扣1分；“三务”公开每少1次扣0.5分；财务审核每少1次扣0.2分；未报告的，每次扣0.5分。",
                "查阅资料、查阅账目"),
            Row("每年开展一次“好婆婆”“好媳妇”“五好家庭”评选，评选结果公示；红白理事会规范运行，婚丧喜庆事宜简办率达到90%以上。", 4,
                "未开展评选的扣1分；评选结果未公示的扣0.5分；简办率每低10个百分点扣0.5分。", "查阅资料、入户走访"),
            Row("村党群服务中心落实“一站式”服务，村干部轮流值班，代办服务事项登记台账；每年为群众办实事不少于5件，实事清单在年初"
                "公布。", 5,
                "无值班安排的扣1分；无代办台账的扣1分；实事每少1件扣0.5分；实事清单未在年初公布的扣0.5分。", "实地查看、查阅资料"),
            Row("村干部廉洁履职，严格执行村级“小微权力”清单（本项为扣分项）。", 4,
                "村“两委”成员被立案审查的，每人扣2分；违反“小微权力”清单被通报的，每次扣1分；发生侵占、挪用集体资金问题的，本项不"
                "得分。", "镇纪委核实"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "扣分办法", "考核方式", "得分"]
NOTE = ("说明：1.本细则由镇党委于每年12月组织考核，采取听取汇报、查阅资料、实地查看村落、入户走访相结合的方式，每村随机抽查村落不少于"
        "2个；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与村干部绩效报酬和“幸福村落”"
        "示范村评选挂钩；4.村党组织被上级通报批评或发生重大安全事故的，不得评为“好”等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：全镇各村党组织）")
    document.add_paragraph("村名：              村党组织书记：              村落数：        考核时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
