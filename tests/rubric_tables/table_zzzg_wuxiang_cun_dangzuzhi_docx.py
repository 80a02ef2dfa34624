"""中共武乡县委组织部2025年度村党组织党建工作考核评分表 (.docx), as a 山西 长治 武乡县委组织部 (its 组织股 with the 乡镇党委, the 县农业
农村局 and the 县纪委监委, a 考核组 going round the 村 in late December) scores the 村党组织 of a 太行山 county: the 八路军总部 once in 王家峪,
the 红色教育基地 full of visitors, 沁州黄 小米 and 光伏电站 for the 集体经济, villages emptied by 外出务工 and old 党员 at home: 政治建设 (a
monthly 集中学习 with two 宣讲 of the 书记, a half-yearly 现场教学 with the 重温入党誓词 and its 影像资料, the 意识形态 with no 封建迷信),
组织建设 (one roster of the “两委” by age and 学历 with a monthly 联席会议, the 书记's five days and the 备案, the “三会一课” with the 到会率, the
monthly 主题党日 with 方案, 签到, 记录, 照片 and four 主题活动, the 组织生活会 with 民主评议, 征求意见, 谈心谈话 and the 备案, the 村务监督 with
the “四议两公开” 纪实 and 公开), 党员队伍 ("每两年至少发展1名" with the 比例 "百分之六十" and a quarterly 谈话, 党费 with the 收据 and a
quarterly 公布, the 积分 with a monthly 记分, a quarterly 公示, the 年底 评星 and the 提醒谈话, the 流动党员台账 with a quarterly 联系 and the
“七一”、春节 慰问, "不少于3天或24学时" with the 冬训), 乡村振兴 (the 集体经济 income in bands with the 合作社 and the “三资”台账, five
示范户 with two 培训, the 红白理事会 with its 公示 and a yearly 评选, two 文明实践 a month with the 书屋's 制度 and 借阅登记, the 坐班记录
with the 办结率 and the 满意度 in bands) and 基础保障 (the 年初 工作要点, the 年中 报告, the 年底 述职 and 测评, the 年终 总结, the 目录; a
deduction-only line on 优亲厚友 and 虚报冒领).

The title (bold, centred), a centred "（适用于全县各行政村党组织）" line and a "乡镇： 村： 考核人：" line above one table: 序号 | 一级指标 |
二级指标 | 考核标准 | 计分方法 | 分值. 序号 (FIRST column) runs 1..22 through the whole table, NOT restarting. The categories are MERGED
CELLS down the 一级指标 column (SECOND), printed WITH an ordinal on TWO lines, "一、政治建设\\n（12分）". 二级指标 is a short sub-label
(`Row.indicator`). There is no 佐证 or 考核方式 column. 分值 is the LAST column, a plain number. A 合计 row of 100 and a 注 paragraph close the
document. Counts in figures and Chinese numerals ("每月开展一次", "每年…不少于2次", "每半年至少组织一次", "每月召开一次", "每月召开1次",
"每季度召开1次", "党课每季度1次", "每月第一周", "全年…不少于4次", "每年召开一次", "每两年至少发展1名", "每季度…谈话一次", "每季度…公布
一次", "每月记分、每季度公示", "每季度至少联系一次", "每年冬季组织一次", "全年…不少于1次", "每年…不少于2期", "每月…不少于2次", "年中…
报告一次"); "不少于5天", "不少于3天或24学时"; "不少于2名", "不少于3名", "不少于5户", "不少于3户", "不少于1个"; "百分之六十"; "最高扣" caps;
"酌情扣0.5分" twice, "酌情扣1分" twice, "酌情扣1-2分", "酌情扣0.5-1分" twice; two sets of bands (an income in 万元 closed by "5万元以下的
不得分", a 满意度 closed by "75%以下的不得分"); three plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzg_wuxiang_cun_dangzuzhi_docx",
    fmt="docx",
    title="中共武乡县委组织部2025年度村党组织党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设\n（12分）", 12, (
            Row("村党组织每月开展一次集中学习，学习习近平新时代中国特色社会主义思想和党的二十届三中全会精神；村党组织书记每年在村内开展"
                "理论宣讲不少于2次。", 4,
                "集中学习每少1次扣0.3分；书记宣讲每少1次扣0.5分；学习记录简单、无学习体会的，酌情扣0.5分。", indicator="理论学习"),
            Row("每半年至少组织一次党员到八路军太行纪念馆、王家峪八路军总部旧址等红色教育基地开展现场教学；“七一”前后组织党员重温入党"
                "誓词。", 4,
                "现场教学每少1次扣1分；未组织重温入党誓词的扣0.5分；活动无影像资料的扣0.5分。", indicator="红色传承"),
            Row("落实意识形态工作责任制，村内宣传阵地、村民微信群有专人管理；党员不信仰宗教、不参与封建迷信活动；村内不发生非法宗教"
                "活动。", 4,
                "宣传阵地无专人管理的扣0.5分；发现党员参与封建迷信活动的，每人扣1分；发生非法宗教活动未及时发现报告的，本项不得分。",
                indicator="意识形态"),
        )),
        Section("组织建设", "二、组织建设\n（28分）", 28, (
            Row("村“两委”班子成员中45周岁以下的不少于2名、高中及以上学历的不少于3名；班子分工明确，每月召开一次村“两委”联席会议研究村级"
                "事务。", 5,
                "班子年龄、学历结构每项不达标的扣1分；联席会议每少1次扣0.3分；班子不团结、分工不明确的，酌情扣1-2分。", indicator="班子建设"),
            Row("村党组织书记每年参加县级集中轮训不少于5天；村党组织书记人选按程序报县委组织部备案；书记履职尽责、带头攻坚。", 4,
                "轮训不足5天的扣1分；书记人选未备案的扣1分；书记履职不力被乡镇党委约谈的，每次扣1分。", indicator="书记队伍"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员大会到会率达到80%以上；会议记录时间、"
                "地点、参会人员、议题、决议等要素齐全。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；党员大会到会率低于80%的，每次扣0.2分；会议记录要素不全的，每次扣0.2分，最高扣1分。",
                indicator="三会一课"),
            Row("每月第一周固定开展主题党日，做到有方案、有签到、有记录、有照片；全年开展“党员户挂牌”“设岗定责”等主题活动不少于4次。", 5,
                "主题党日每少1次扣0.5分；资料每缺一项扣0.1分，最高扣1分；主题活动每少1次扣0.3分。", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员，会前征求意见、开展谈心谈话；评议结果报乡镇党委备案，对评议为“不合格”的党员按规定"
                "稳妥处置。", 4,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；会前未征求意见或未开展谈心谈话的扣0.5分；评议结果未备案的扣0.5分；"
                "不合格党员处置不规范的，酌情扣0.5分。", indicator="组织生活会"),
            Row("村务监督委员会主任原则上由村党组织纪检委员担任；村级重大事项落实“四议两公开”，决策过程全程纪实，决策结果及时公开。", 3,
                "监委会主任人选不符合要求的扣0.5分；“四议两公开”未全程纪实的，每件扣0.5分；决策结果未公开的，每件扣0.5分。",
                indicator="村务监督"),
        )),
        Section("党员队伍", "三、党员队伍\n（18分）", 18, (
            Row("每两年至少发展1名党员，新发展党员中35周岁以下的比例达到百分之六十以上；培养联系人每季度与入党积极分子谈话一次。", 5,
                "两年内未发展党员的扣2分；35周岁以下比例未达到的扣1分；谈话每少1次扣0.2分；发展党员程序不规范的，本项不得分。",
                indicator="发展党员"),
            Row("党员按月足额交纳党费，党费收缴有台账、有收据；党费收缴情况每季度在党务公开栏公布一次。", 3,
                "未按月交纳的，每人次扣0.1分，最高扣1分；无收据的扣0.5分；公布每少1次扣0.3分。", indicator="党费管理"),
            Row("实行农村党员“积分制”管理，每月记分、每季度公示、年底评星定级；对年度积分排名靠后的党员进行提醒谈话。", 4,
                "未实行积分管理的扣1.5分；积分每少公示1次扣0.3分；年底未评星定级的扣1分；未开展提醒谈话的扣0.5分。", indicator="积分管理"),
            Row("建立外出流动党员台账，流出地党组织每季度至少联系一次；“七一”、春节期间走访慰问老党员、生活困难党员。", 3,
                "无流动党员台账的扣1分；联系每少1次扣0.2分；未开展走访慰问的扣1分。", indicator="流动党员和关爱"),
            Row("党员每年参加集中培训不少于3天或24学时；每年冬季组织一次党员冬训。", 3,
                "培训时间不足的，每人扣0.1分，最高扣1.5分；未组织冬训的扣1.5分。", indicator="教育培训"),
        )),
        Section("乡村振兴", "四、乡村振兴\n（27分）", 27, (
            Row("村级集体经济年经营性收入达到10万元以上；依托沁州黄小米、光伏电站等资源，村党组织领办合作社或村集体企业不少于1个；集体"
                "“三资”台账清晰、账实相符。", 8,
                "年经营性收入30万元以上的得5分，10万元（含）—30万元的得4分，5万元（含）—10万元的得2分，5万元以下的不得分；未领办合作社或村"
                "集体企业的扣2分；“三资”台账不清、账实不符的，酌情扣1分。", indicator="集体经济"),
            Row("党员带头发展特色种养业，每村党员示范户不少于5户，每户联系带动农户不少于3户；每年组织农业实用技术培训不少于2期。", 5,
                "示范户每少1户扣0.5分；带动作用不明显的，酌情扣0.5-1分；培训每少1期扣0.5分。", indicator="产业带动"),
            Row("成立红白理事会，制定红白喜事办理标准并在村内公示；全年开展“好媳妇”“好婆婆”“最美家庭”评选不少于1次；党员带头不大操"
                "大办。", 5,
                "未成立红白理事会的扣1分；办理标准未公示的扣0.5分；未开展评选的扣1分；党员大操大办的，每人次扣1分。", indicator="移风易俗"),
            Row("新时代文明实践站每月开展文明实践活动不少于2次；农家书屋正常开放，有管理制度和借阅登记。", 4,
                "文明实践活动每少1次扣0.2分，最高扣1.5分；无管理制度的扣0.5分；无借阅登记的扣0.5分；书屋长期关门的，酌情扣1分。",
                indicator="文明实践"),
            Row("村级便民服务站实行“两委”干部轮流坐班，坐班有记录；代办事项办结率达到100%；群众对村党组织满意度达到85%以上。", 5,
                "坐班无记录的扣1分；办结率每低5个百分点扣0.5分；满意度85%以上的得2分，75%（含）—85%的得1分，75%以下的不得分。",
                indicator="为民服务"),
        )),
        Section("基础保障", "五、基础保障\n（15分）", 15, (
            Row("村党组织年初制定党建工作要点；年中向乡镇党委报告一次党建工作；年底书记述职，组织党员群众代表测评；年终形成工作总结。", 6,
                "无工作要点的扣1分；未报告的扣1分；未述职的扣2分；未开展测评的扣1分；无年终总结的扣1分。", indicator="责任落实"),
            Row("村级党群服务中心标识规范，党旗、入党誓词上墙；党建资料按“一村一档”分类归档，有目录。", 5,
                "阵地不规范的，酌情扣0.5-1分；资料未归档或无目录的扣1分；资料缺失的，每项扣0.2分，最高扣2分。", indicator="阵地台账"),
            Row("村“两委”干部违纪违法，或在惠民资金发放、低保评定中优亲厚友、虚报冒领（本项为扣分项）。", 4,
                "每发现1起扣2分；被县级以上通报批评的，每次扣1分；村党组织书记受到党纪处分的，本项不得分。", indicator="负面清单"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核标准", "计分方法", "分值"]
NOTE = ("注：1.考核由县委组织部牵头、乡镇党委配合，于12月下旬进行，采取听取汇报、查阅资料、实地查看、走访群众相结合的方式；2.各项扣分不"
        "超过该项分值；3.考核结果分为“好”“较好”“一般”“差”四个等次，得分60分以下的村党组织列入软弱涣散村党组织排查范围；4.考核结果"
        "与村干部报酬和评先评优挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（适用于全县各行政村党组织）")
    document.add_paragraph("乡镇：                村：                考核人：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.indicator), (3, row.text), (4, row.scoring), (5, _fmt(row.points)))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 5, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
