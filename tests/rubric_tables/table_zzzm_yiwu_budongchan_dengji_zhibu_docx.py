"""义乌市不动产登记服务中心2025年度党支部工作考核评分表 (.docx), as the 机关党委 of the 义乌市自然资源和规划局 (its 机关党委办公室 with the
中心's 综合科 and the 局机关纪委, a 考核组 going round in the last fortnight of December) scores the three 党支部 of the 不动产登记服务中心 of a
city of 小商品 trade where houses, 厂房 and 商铺 change hands every day: the 一窗受理 halls in the 市民服务中心 and in the 镇街 分中心, the 抵押
登记 the banks want the same day, the 中介 and “黄牛” at the door, foreign 客商 buying flats, the 档案 of every 权属 that must never leak, old
people and the 残疾 who cannot come to the hall: 政治建设 (a monthly 集中学习 with the “第一议题”, 32学时 and a quarterly 专题研讨, a half-yearly
研判 with the “三审” of what is published and the 舆情 in 24 hours, the 请示报告 with the 书记's two 党课 and a yearly “政治生日”), 组织建设 (the
“三会一课” with the 到会率, the monthly 主题党日 with a quarterly 上门办证 志愿服务 and the 参加率, the 组织生活会 with 民主评议, 谈心谈话, 征求
意见 and the 整改清单, "每两年至少发展党员1名" with the 积极分子, 党费 with a yearly 核定 and a half-yearly 公开), 业务融合 (three 示范窗口 with
the 亮牌 and fifty 上门办证, the 按时办结率 with the “一窗受理”, the 好评率 in bands with the 差评 回访 and a quarterly 满意度 调查, a yearly
风险点排查 with the 防控措施 and a 一票否决, the 借阅审批登记 with a quarterly 数据质量检查, the 准确率 and a half-yearly 档案安全检查), 作风建设
(four 调研 with one 调研报告 and five 实事 with their 公开; a deduction-only line on 八项规定 and 吃拿卡要) and 责任落实 (the 年初 计划 and “书记
项目”, a half-yearly 专题报告, the 年底 述职 with the 满意度 and the 年终 总结, the 归档 with the “浙江e支部”, the 群团 with a yearly 汇报 and a
yearly 评选).

The title (bold, centred) and a centred "（考核对象：综合服务党支部、登记业务第一党支部、登记业务第二党支部）" line above one table with TWO
HEADER ROWS: the first prints "考核指标" merged over the first two columns, then 考核内容 | 分值 | 评分细则 | 考核方式, each merged DOWN over both
header rows; the second prints 一级指标 | 二级指标 under "考核指标". There is NO 序号: items are numbered by position (1..17). The categories are
MERGED CELLS down the 一级指标 column (FIRST), printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治建设\\n（15分）". 二级指标
is a short sub-label (`Row.indicator`). 分值 is a plain number BEFORE the 评分细则. 考核方式 (`Row.method`) only says how the 考核组 checks
(查阅资料, 抽查学时, 网络抽查, 个别谈话, 查阅会议记录, 实地查看, 查阅档案, 查阅台账, 系统核查, 问卷测评, 局机关纪委提供, 平台核查): no papers.
A 合计 row of 100 and a 备注 paragraph close the document. Counts in figures and Chinese numerals ("每月开展一次", "每年…不少于32学时", "每季度
开展一次", "每半年分析研判一次", "24小时内", "每年讲党课不少于2次", "每年开展一次", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会
每月召开1次，党课每季度1次", "每月开展一次", "每季度至少开展1次", "每年召开一次", "每两年至少发展党员1名", "每年核定一次", "每半年公开一次",
"全年不少于50件", "1个工作日内", "当日", "每季度开展一次", "每年开展一次", "每季度开展一次", "每半年开展一次", "每年…不少于4次", "不少于1篇",
"年内…不少于5件", "年初", "每半年…报告一次", "年底", "年终", "每年…汇报一次", "每年开展一次"); "不少于3个"; "百分之九十九", "100%", "90%",
"95%", "99%"; "每少5件"; "最高扣" caps; "酌情扣0.5分" twice and "酌情扣0.5-1分" four times; one set of bands (a 好评率 for 3 of the 7 points,
closed by "97%以下的不得分"); one "实行一票否决，本项不得分"; three other plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzm_yiwu_budongchan_dengji_zhibu_docx",
    fmt="docx",
    title="义乌市不动产登记服务中心2025年度党支部工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设\n（15分）", 15, (
            Row("支部每月开展一次集中学习，落实“第一议题”制度；党员每年参加集中学习培训不少于32学时；每季度开展一次专题研讨。", 5,
                "集中学习每少1次扣0.3分；学时不足的，每人扣0.2分，最高扣1分；专题研讨每少1次扣0.5分；“第一议题”落实不到位的，酌情扣0.5分。",
                "查阅资料、抽查学时", indicator="理论学习"),
            Row("每半年分析研判一次意识形态形势；中心微信公众号、办事指南等信息发布严格执行“三审”制度；涉及不动产登记的网络舆情24小时内"
                "回应。", 5,
                "研判每少1次扣1分；信息发布未经审核的，每次扣0.5分；舆情回应不及时的，每次扣1分；引发重大负面舆情的，本项不得分。",
                "查阅资料、网络抽查", indicator="意识形态"),
            Row("重大事项按规定向局党委请示报告；支部书记每年讲党课不少于2次；每年开展一次“政治生日”活动，重温入党誓词。", 5,
                "重大事项未请示报告的，每件扣1分；书记讲党课每少1次扣1分；未开展“政治生日”活动的扣0.5分。", "查阅资料、个别谈话",
                indicator="政治纪律"),
        )),
        Section("组织建设", "组织建设\n（25分）", 25, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部党员大会到会率不低于90%。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；到会率低于90%的，每次扣0.3分；会议记录不规范的，酌情扣0.5-1分。", "查阅会议记录",
                indicator="三会一课"),
            Row("每月开展一次主题党日活动，每季度至少开展1次“进镇街、进村居”上门办证志愿服务；党员参加率达到90%以上。", 6,
                "主题党日每少1次扣0.5分；志愿服务每少1次扣0.5分；参加率每低5个百分点扣0.5分。", "查阅资料、实地查看",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前谈心谈话全覆盖，广泛征求办事群众和金融机构意见；会后制定整改清单，逐项整改"
                "销号。", 6,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话未全覆盖的扣0.5分；未征求意见的扣0.5分；无整改清单的扣1分。",
                "查阅资料、个别谈话", indicator="组织生活会"),
            Row("每两年至少发展党员1名，注重在窗口业务骨干中培养入党积极分子；党员按月交纳党费，每年核定一次交纳基数，党费收缴情况每半年"
                "公开一次。", 6,
                "两年内未发展党员的扣1.5分；未培养入党积极分子的扣1分；未按月交纳的，每人次扣0.2分，最高扣1分；未核定基数的扣0.5分；公开"
                "每少1次扣0.5分。", "查阅档案、查阅台账", indicator="党员管理"),
        )),
        Section("业务融合", "业务融合\n（35分）", 35, (
            Row("设立党员示范窗口、党员先锋岗不少于3个，窗口党员佩戴党徽、亮牌服务；开展“红色代办”，为老年人、残疾人等特殊群体提供上门"
                "办证服务，全年不少于50件。", 7,
                "示范窗口、先锋岗每少1个扣0.5分；未亮牌服务的扣0.5分；上门办证每少5件扣0.5分，最高扣2分；先锋岗作用发挥不明显的，酌情扣"
                "0.5-1分。", "实地查看、查阅台账", indicator="窗口先锋"),
            Row("一般登记业务1个工作日内办结，抵押登记当日办结，按时办结率达到100%；交易、税收、登记“一窗受理、集成服务”覆盖全部业务。", 7,
                "按时办结率每低1个百分点扣0.5分，最高扣3分；未实行“一窗受理”的，每项业务扣0.5分；因超时办理被投诉查实的，每件扣1分。",
                "系统核查", indicator="办理时效"),
            Row("办事群众“好差评”好评率达到百分之九十九；差评件整改率、回访率均达到100%；每季度开展一次窗口服务满意度调查，满意度不低于"
                "95%。", 7,
                "好评率99%以上的得3分，98%（含）—99%的得2分，97%（含）—98%的得1分，97%以下的不得分；差评未整改或未回访的，每件扣0.5分；"
                "满意度调查每少1次扣0.5分；满意度低于95%的扣1分。", "系统核查、问卷测评", indicator="服务评价"),
            Row("每年开展一次登记业务廉政风险点排查，制定防控措施；严禁与中介机构、“黄牛”勾连，不收受办事群众礼品礼金；发现违规代办线索"
                "及时移交。", 7,
                "未开展风险排查的扣1分；防控措施不具体的，酌情扣0.5-1分；线索未及时移交的，每件扣1分；工作人员与中介勾连、违规办证的，实行"
                "一票否决，本项不得分。", "查阅资料、局机关纪委提供", indicator="廉洁窗口"),
            Row("登记档案实行专人管理，查询借阅履行审批登记手续；每季度开展一次登记数据质量检查，数据准确率达到99%以上；每半年开展一次档案"
                "安全检查；不发生登记信息泄露。", 7,
                "无借阅审批登记的扣1分；数据质量检查每少1次扣0.5分；准确率每低1个百分点扣1分；档案安全检查每少1次扣0.5分；发生登记信息泄露"
                "的，本项不得分。", "系统核查、实地查看", indicator="数据安全"),
        )),
        Section("作风建设", "作风建设\n（10分）", 10, (
            Row("支部班子成员每年深入镇街、村居和企业调研不少于4次，形成调研报告不少于1篇；年内为群众办实事不少于5件，办理结果公开。", 5,
                "调研每少1次扣0.5分；无调研报告的扣1分；实事每少1件扣0.5分；办理结果未公开的扣0.5分。", "查阅资料",
                indicator="调查研究"),
            Row("党员违反中央八项规定精神，或在登记办理中吃拿卡要、推诿扯皮、违规收费（本项为扣分项）。", 5,
                "经查实的，每人次扣2.5分；被市级以上通报批评的，每次扣1分；支部党员受到党纪政务处分的，本项不得分。", "局机关纪委提供",
                indicator="负面清单"),
        )),
        Section("责任落实", "责任落实\n（15分）", 15, (
            Row("支部年初制定党建工作计划和“书记项目”；每半年向局机关党委专题报告一次党建工作；年底支部书记述职，述职测评满意度不低于90%；"
                "年终形成工作总结。", 7,
                "无年度计划的扣1分；无书记项目的扣0.5分；专题报告每少1次扣0.5分；未述职的扣2分；满意度每低5个百分点扣0.5分；无年终总结的"
                "扣1分。", "查阅资料、问卷测评", indicator="主体责任"),
            Row("党建资料按年度分类立卷归档；“浙江e支部”平台信息及时更新；党员信息在全国党员管理信息系统中及时维护。", 4,
                "资料归档不规范的，酌情扣0.5-1分；平台信息更新不及时的，每次扣0.2分，最高扣1分；党员信息错漏的，每条扣0.1分，最高扣1分。",
                "平台核查", indicator="基础工作"),
            Row("推进党建带工建、带团建、带妇建，中心工会、团支部、妇委会每年向支部汇报工作一次；每年开展一次“最美登记人”评选。", 4,
                "汇报每少1次扣0.5分；未开展评选的扣1分；群团组织作用发挥不明显的，酌情扣0.5分。", "查阅资料", indicator="党建带群建"),
        )),
    ),
)

HEADER_TOP = ["考核指标", "考核指标", "考核内容", "分值", "评分细则", "考核方式"]
HEADER_SUB = ["一级指标", "二级指标"]
NOTE = ("备注：1.本表由局机关党委于12月下旬组织考核，各项扣分以该项分值为限，扣完为止；2.考核得分90分以上的为“优秀”，80—89分的为“良好”，"
        "70—79分的为“一般”，70分以下的为“较差”；3.考核结果作为“五星级党支部”评定和党员评先评优的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER_TOP)
    n_rows = 2 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：综合服务党支部、登记业务第一党支部、登记业务第二党支部）")
    tbl = document.add_table(rows=n_rows, cols=ncols)
    tbl.style = "Table Grid"
    merge_cells(tbl, 0, 0, 0, 1, HEADER_TOP[0])
    for c in range(2, ncols):
        merge_cells(tbl, 0, c, 1, c, HEADER_TOP[c])
    for c, head in enumerate(HEADER_SUB):
        tbl.cell(1, c).text = head
    r = 2
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
