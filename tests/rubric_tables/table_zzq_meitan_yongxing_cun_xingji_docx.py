"""中共湄潭县永兴镇委员会2025年度村党组织星级评定考核细则 (.docx), as a 贵州 遵义 茶乡 镇党委 (its 党建办 with the 包村 领导, the
农业服务中心 and the 镇纪委, a 评定组 going round each 村 in December, a 群众 测评 at the 述职 meeting) scores each 村党总支（党支部）
out of 100 and turns the score into one to five stars: 班子建设 (the “两委” with one under 35 and three with a 高中（中专）, the
“一肩挑”, the 书记's 年初 承诺 and 年底 述职 with a 满意率 in Chinese numerals, the 后备人选 with a yearly 培训, 团结 and “四议两公开”
with the 监委会's quarterly hearing), 队伍建设 (a member in three years with the quarterly 思想汇报, 24学时 and the 书记's five days
with the 参学率 on the “贵州党员干部网络学院”, the 积分 with its quarterly 公示 and the 挂牌率, 党费, the 流动党员 台账 with the 联系率
and a half-yearly 联系, the “七一” / 春节 慰问), 组织生活 (“三会一课” with the 书记's two 党课, the 主题党日 on the 10th of each month
with a 参加率 in Chinese numerals, 组织生活会 with 谈心谈话, 征求意见, the 整改措施, 民主评议 and its 备案, a yearly 现场教学 at the 遵义
红色 sites and the quarterly 送学上门), 发展集体经济 (经营性收入 in bands, the 茶叶 合作社 with three 培训, the 资产台账 and the 收益
分配方案 passed by the 村民代表会议 and 公示) and 乡村治理 (the quarterly 三务 公开 with the 公开栏, the 党员网格员 with a monthly 走访 and
the 化解率, the 党群服务中心 with 坐班 and 代办).

The title (bold, centred), a centred "（评定对象：全镇各村党总支、党支部）" line and a "村名：…  党组织书记：…  自评分：…  评定组：…"
line above one table: 评定项目 | 评定内容 | 分值 | 评分标准 | 佐证资料. There is NO 序号: items are numbered by position (1..18). The
categories are MERGED CELLS down the 评定项目 column (first), printed with a BRACKETED ordinal on ONE line, "（一）班子建设（20分）".
分值 comes BEFORE the 评分标准, a plain number. 佐证资料 (`Row.method`) names the papers the 村 lays out (once a way of checking,
实地查看 / 实地走访): a 佐证 column. A 合计 row, a 星级 paragraph (score bands to stars) and a 否决情形 paragraph close the document.
The income bands sit in the 评分标准; counts partly in Chinese numerals ("百分之八十五", "百分之八十", "每季度…一次"); "最高扣" caps;
"近三年至少发展党员1名"; one bare "酌情扣分"; one threshold (the 参学率) is printed only in the 评分标准.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzq_meitan_yongxing_cun_xingji_docx",
    fmt="docx",
    title="中共湄潭县永兴镇委员会2025年度村党组织星级评定考核细则",
    numbering="position",
    sections=(
        Section("班子建设", "（一）班子建设（20分）", 20, (
            Row("村“两委”班子结构合理，成员中35周岁以下的不少于1名，高中（中专）及以上学历的不少于3名；村党组织书记、村委会主任"
                "“一肩挑”。", 6,
                "无35周岁以下成员的扣2分；高中（中专）及以上学历成员每少1名扣1分；未实行“一肩挑”的扣1分。", "“两委”班子成员花名册"),
            Row("村党组织书记履行抓党建第一责任人职责，年初向镇党委作出承诺，年底向镇党委述职并接受党员群众评议，满意率达到百分之八十五"
                "以上。", 5,
                "未作出承诺的扣1分；未述职的扣2分；满意率每低5个百分点扣1分。", "承诺书、述职报告、测评表"),
            Row("建立村级后备力量库，储备后备人选不少于2名，其中35周岁以下的不少于1名；后备人选每年参加镇级培训不少于1次。", 4,
                "后备人选每少1名扣1分；无35周岁以下后备人选的扣1分；未参加培训的扣1分。", "后备人选名册、培训签到表"),
            Row("村“两委”班子团结协作，议事决策规范，重大事项落实“四议两公开”；村务监督委员会每季度至少听取一次村务工作汇报。", 5,
                "班子不团结、影响工作开展的，酌情扣1—3分；重大事项未落实“四议两公开”的，每项扣1分；监委会听取汇报每少1次扣0.5分。",
                "会议记录、实地走访"),
        )),
        Section("队伍建设", "（二）队伍建设（20分）", 20, (
            Row("注重在青年农民、返乡创业人员中发展党员，近三年至少发展党员1名；入党积极分子每季度向党组织递交一次思想汇报。", 5,
                "近三年未发展党员的扣2分；思想汇报每缺1次扣0.2分，最高扣1分；发展程序违规的，本项不得分。", "发展党员档案"),
            Row("党员每年参加集中培训不少于24学时，村党组织书记每年参加县级以上培训不少于5天；组织党员通过“贵州党员干部网络学院”开展"
                "线上学习。", 5,
                "党员学时不足的，每人扣0.1分，最高扣2分；书记培训时间不足的扣1分；线上学习参学率低于90%的扣1分。", "学时登记表、平台截图"),
            Row("推行党员积分制管理，按月记分、每季度公示一次，年底积分结果与评先评优挂钩；开展党员户挂牌亮身份，挂牌率达到100%。", 5,
                "未实行积分管理的扣2分；积分公示每少1次扣0.5分；党员户挂牌率每低10个百分点扣0.5分。", "积分台账、公示照片、挂牌照片"),
            Row("党员按月足额交纳党费；建立流动党员台账，外出流动党员联系率达到100%，每半年至少联系一次；“七一”、春节期间走访慰问老党员、"
                "生活困难党员。", 5,
                "党费未按月交纳的，每人次扣0.1分；无流动党员台账的扣1分；联系每少1人次扣0.2分；未开展走访慰问的扣1分。",
                "党费收缴台账、流动党员台账、慰问照片"),
        )),
        Section("组织生活", "（三）组织生活（25分）", 25, (
            Row("严格落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；村党组织"
                "书记每年讲党课不少于2次。", 8,
                "“三会一课”每缺1次扣0.5分，最高扣5分；书记讲党课每少1次扣1分；会议记录不规范的，酌情扣0.5—1分。", "会议记录本、签到表"),
            Row("每月10日开展主题党日活动，党员参加率不低于百分之八十；外出党员通过微信群等方式线上参加。", 6,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；活动内容空泛、流于形式的，酌情扣分。", "活动记录、签到表、活动照片"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、征求意见，会后制定整改措施；同步开展民主评议党员，评议结果报镇党委备案。", 6,
                "未召开组织生活会的扣3分；未开展谈心谈话或征求意见的，每项扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。",
                "会议记录、谈心谈话记录、民主评议表"),
            Row("每年至少组织1次党员到遵义会议会址、浙江大学西迁历史陈列馆等红色教育基地开展现场教学；对年老体弱党员每季度送学上门一次。",
                5,
                "未开展现场教学的扣2分；送学上门每少1次扣0.5分。", "活动方案、活动照片"),
        )),
        Section("发展集体经济", "（四）发展集体经济（20分）", 20, (
            Row("发展壮大村级集体经济，村集体经济年经营性收入达到10万元以上。", 8,
                "经营性收入50万元以上的得8分；30万元（含）至50万元的得7分；10万元（含）至30万元的得6分；5万元（含）至10万元的得4分；"
                "5万元以下的不得分。", "村集体经济收支台账、财务报表"),
            Row("围绕茶产业推行“党支部+合作社+农户”模式，村党组织领办茶叶专业合作社，带动农户增收；每年组织茶叶种植、加工技术培训不少于"
                "3期。", 6,
                "未领办合作社的扣2分；合作社无实体运营的扣1分；技术培训每少1期扣0.5分。", "合作社章程、培训照片"),
            Row("村集体“三资”管理规范，建立集体资产台账；集体经济收益分配方案经村民代表会议讨论通过后公示。", 6,
                "无集体资产台账的扣1分；收益分配未经村民代表会议讨论的扣2分；分配方案未公示的扣1分；发生集体资产流失的，本项不得分。",
                "资产台账、会议记录、公示照片"),
        )),
        Section("乡村治理", "（五）乡村治理（15分）", 15, (
            Row("党务、村务、财务每季度公开一次，涉及群众切身利益的事项随时公开；设立规范的公开栏，公开内容真实、及时。", 5,
                "公开每少1次扣0.5分；无公开栏的扣1分；公开内容不真实、不及时被群众反映经查实的，每次扣1分。", "公开栏照片"),
            Row("推行“网格化+积分制”治理，每个网格明确1名党员网格员，党员网格员每月入户走访不少于1次；矛盾纠纷化解率达到95%以上，全年"
                "无越级上访和群体性事件。", 6,
                "党员网格员未明确的，每个网格扣0.5分；走访每少1次扣0.2分，最高扣2分；化解率每低1个百分点扣0.2分；发生越级上访或群体性"
                "事件的，每起扣2分。", "走访记录、矛盾纠纷调处台账"),
            Row("村党群服务中心做到有标识、有制度、有人员、有活动；村干部轮流坐班，落实为民代办服务，代办事项登记在册。", 4,
                "标识、制度不全的，每缺1项扣0.5分；抽查无人坐班的，每次扣1分；无代办登记的扣1分。", "坐班表、代办登记簿、实地查看"),
        )),
    ),
)

HEADER = ["评定项目", "评定内容", "分值", "评分标准", "佐证资料"]
NOTES = (
    "星级评定：1.评定由镇党委统一组织，每年12月进行，采取村级自评、查阅资料、实地查看、入户走访、群众测评相结合的方式；2.各项扣分"
    "以该项分值为限，扣完为止；3.得分95分以上的评为“五星级”，85分（含）至95分的评为“四星级”，75分（含）至85分的评为“三星级”，"
    "60分（含）至75分的评为“二星级”，60分以下的评为“一星级”。",
    "否决情形：村“两委”成员受到刑事处罚或开除党籍处分的，发生重大安全生产事故或群体性事件的，村集体资产严重流失的，当年不得评为"
    "“三星级”及以上。星级评定结果与村干部绩效报酬挂钩，实行动态管理，每年评定一次。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（评定对象：全镇各村党总支、党支部）")
    document.add_paragraph("村名：              党组织书记：              自评分：          评定组：")
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
    for note in NOTES:
        document.add_paragraph(note)
    document.save(str(path))
