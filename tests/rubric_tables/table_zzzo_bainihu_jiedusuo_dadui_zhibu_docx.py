"""湖南省白泥湖强制隔离戒毒所2025年度党支部工作考核评分表 (.docx), as the 所党委 of a 湖南 强制隔离戒毒所 on the 洞庭湖 plain near 岳阳 (its
党委办公室 with the 管理科, the 教育矫治科 and the 所纪委, a 考核组 going round the 大队 in December) scores the 党支部 of its 戒治大队 and
of the 机关: 民警 on shifts day and night inside the 所区, 戒毒人员 from all over the province going through the 生理脱毒, 教育适应 and 康复巩固
stages of the “四区五中心” 统一戒治模式, the 诊断评估 that decides who leaves early, families on the 会见 days and the 亲情电话, the 开放日 when
schools and 社区 come in, the 社区戒毒（康复）工作站 of the 户籍地 that takes them back, the 违禁品 that must never come in, the 所外就医 and the
提前解除 where favours could be sold: 政治建设 (a monthly 集中学习 with the “第一议题” and 40学时, a half-yearly 研判 with the 审核 of what the
戒毒人员 read and the 网络言行, the 请示报告 with the 书记's two 党课 and the “七一” 誓词), 组织建设 (the “三会一课” round the 执勤 with the
补课, the monthly 主题党日 with four 禁毒 志愿服务 and the 参加率, the 组织生活会 with 民主评议, 征求意见, 谈心谈话 and the 整改清单, "每两年
至少发展党员1名" with the 积极分子, 党费 with a yearly 核定 and the 转接), 业务融合 (the 分期分区 with the 诊断评估 准确率, two 示范岗 /
先锋岗 with three 帮教 a head and a monthly 个别谈话, the “六无” with a monthly 隐患排查, the 整改台账, the 整改率, a half-yearly 演练 and a
一票否决, a quarterly 开放日 with a quarterly 更新 of the 所务公开 and the 满意度 in bands, the 衔接率 with a quarterly 回访 and the 回访台账),
党风廉政建设 (a yearly 风险点排查 with the 防控措施 and the 签订率 of the 承诺书, a deduction-only line on 八项规定 and 徇私舞弊) and 责任落实
(the 年初 计划, the 年底 述职 with the 满意度, the 年终 总结, a yearly 汇报 of the 团支部 and 工会 and a yearly 评选).

The title (bold, centred) and a centred "（考核对象：所属各戒治大队党支部、机关党支部）" line above one table: 考核项目 | 序号 | 考核内容 |
评分标准 | 分值 | 考核方式. The categories are MERGED CELLS down the 考核项目 column (FIRST), printed WITHOUT an ordinal and WITH their points on
ONE line, "政治建设（18分）". 序号 (SECOND column) runs 1..16 through the whole table, NOT restarting. 分值 is a plain number AFTER the 评分
标准. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 抽查学时, 实地查看, 个别谈话, 查阅会议记录, 查阅档案, 查阅台账, 系统
核查, 问卷测评, 所纪委提供): no papers. A 合计 row of 100 and a "说明：" paragraph with four numbered lines close the document. Counts in
figures and Chinese numerals ("每月至少开展一次", "每年…不少于40学时", "每半年专题研判一次", "每年讲党课不少于2次", "“七一”前后",
"支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "全年不少于4次", "每年召开一次",
"每两年至少发展党员1名", "每年核定一次", "按期", "每月个别谈话不少于1次", "每月开展一次", "每半年开展一次", "每季度开展一次", "每季度更新
一次", "每季度回访一次", "每年开展一次", "年初", "年底", "年终", "每年向支部汇报工作一次", "每年开展一次"); "不少于2个", "不少于3名";
"百分之八十五", "百分之九十", "100%"; "每低5个百分点", "每低10个百分点"; "最高扣" caps; "酌情扣0.5-1分" four times, "酌情扣1-2分" once and
"酌情扣0.5分" twice; one set of bands (a 满意度 for 3 of the 7 points, closed by "85%以下的不得分"); one "实行一票否决，本项不得分"; three other
plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzo_bainihu_jiedusuo_dadui_zhibu_docx",
    fmt="docx",
    title="湖南省白泥湖强制隔离戒毒所2025年度党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设（18分）", 18, (
            Row("坚持政治建所、政治建警，落实“第一议题”制度，支部每月至少开展一次集中学习；党员民警每年参加集中学习培训不少于40学时。", 6,
                "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1.5分；“第一议题”学习流于形式的，酌情扣0.5-1分。",
                "查阅资料、抽查学时"),
            Row("落实意识形态工作责任制，每半年专题研判一次意识形态形势；所区宣传栏、戒毒人员阅读书刊和视听资料严格审核把关；党员民警网络"
                "言行规范。", 6,
                "研判每少1次扣1分；宣传资料、书刊未经审核的，每次扣0.5分；党员民警网络言行不当造成不良影响的，本项不得分。",
                "查阅资料、实地查看"),
            Row("严格执行重大事项请示报告制度；支部书记每年讲党课不少于2次；“七一”前后组织党员重温入党誓词。", 6,
                "重大事项未请示报告的，每件扣1分；书记讲党课每少1次扣1分；未组织重温入党誓词的扣0.5分。", "查阅资料、个别谈话"),
        )),
        Section("组织建设", "组织建设（27分）", 27, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；因执勤轮班未能参加的党员及时"
                "补课。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；未及时补课的，每人次扣0.1分，最高扣1分；会议记录不规范的，酌情扣0.5-1分。",
                "查阅会议记录"),
            Row("每月开展一次主题党日；结合“6·26”国际禁毒日、戒毒场所开放日开展禁毒宣传志愿服务，全年不少于4次；党员参加率不低于百分之"
                "八十五。", 6,
                "主题党日每少1次扣0.5分；志愿服务每少1次扣0.5分；参加率每低5个百分点扣0.5分。", "查阅资料、实地查看"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前征求戒毒人员家属、协作单位意见，谈心谈话全覆盖；会后制定整改清单。", 6,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未征求意见的扣1分；谈心谈话未全覆盖的扣0.5分；无整改清单的扣1分。",
                "查阅资料、个别谈话"),
            Row("每两年至少发展党员1名，注重在青年民警中培养入党积极分子；党员按月交纳党费，每年核定一次交纳基数；党员组织关系随岗位调整"
                "及时转接。", 7,
                "两年内未发展党员的扣1.5分；未培养入党积极分子的扣1分；未按月交纳的，每人次扣0.2分，最高扣1分；未核定基数的扣0.5分；组织"
                "关系转接不及时的，每人扣0.5分。", "查阅档案、查阅台账"),
        )),
        Section("业务融合", "业务融合（35分）", 35, (
            Row("落实“四区五中心”统一戒治模式，戒毒人员按生理脱毒、教育适应、康复巩固分期分区管理；按期开展诊断评估，诊断评估准确率达到"
                "100%。", 7,
                "分期分区管理不规范的，酌情扣1-2分；诊断评估未按期开展的，每人次扣0.5分；准确率每低1个百分点扣0.5分；评估结果被复核纠正的，"
                "每例扣1分。", "查阅档案、系统核查"),
            Row("设立党员示范岗、党员先锋岗不少于2个，党员民警亮身份、亮职责、亮承诺；每名党员民警结对帮教戒毒人员不少于3名，每月个别谈话"
                "不少于1次。", 7,
                "示范岗、先锋岗每少1个扣0.5分；结对帮教不足3名的，每人扣0.2分，最高扣1分；个别谈话每少1次扣0.1分，最高扣2分；帮教作用发挥"
                "不明显的，酌情扣0.5-1分。", "实地查看、查阅台账"),
            Row("落实所区安全管理“六无”目标；每月开展一次安全隐患排查，建立隐患整改台账，整改率达到100%；每半年开展一次突发事件应急处置"
                "演练。", 7,
                "隐患排查每少1次扣0.5分；无整改台账的扣0.5分；整改率每低5个百分点扣0.5分；演练每少1次扣0.5分；发生戒毒人员脱逃、非正常死亡"
                "等重大安全事故的，实行一票否决，本项不得分。", "查阅资料、实地查看"),
            Row("每季度开展一次戒毒场所开放日或家属开放活动；所务公开栏内容每季度更新一次；戒毒人员家属会见、亲情电话按规定安排；家属满意度"
                "测评达到百分之九十以上。", 7,
                "开放活动每少1次扣0.5分；公开内容未按时更新的，每次扣0.3分；满意度95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的"
                "得1分，85%以下的不得分；会见、通话安排不规范被投诉查实的，每件扣0.5分。", "查阅资料、问卷测评"),
            Row("戒毒人员出所前与户籍地或居住地社区戒毒（康复）工作站办理衔接手续，衔接率达到100%；出所后每季度回访一次，建立回访台账。", 7,
                "衔接率每低1个百分点扣0.5分，最高扣3分；回访每少1次扣0.5分；无回访台账的扣1分。", "查阅台账、系统核查"),
        )),
        Section("党风廉政建设", "党风廉政建设（12分）", 12, (
            Row("每年开展一次执法执纪廉政风险点排查，制定防控措施；党员民警签订廉洁从警承诺书，签订率100%；严禁为戒毒人员传递违禁物品、"
                "通风报信。", 6,
                "未开展风险排查的扣1分；防控措施不具体的，酌情扣0.5-1分；承诺书签订率每低10个百分点扣0.5分；党员民警违规为戒毒人员传递"
                "物品、通风报信的，本项不得分。", "查阅资料、个别谈话"),
            Row("党员民警违反中央八项规定精神，或在所外就医、诊断评估、提前解除强制隔离戒毒中徇私舞弊、收受财物（本项为扣分项）。", 6,
                "经查实的，每人次扣3分；受到党纪政务处分的，本项不得分。", "所纪委提供"),
        )),
        Section("责任落实", "责任落实（8分）", 8, (
            Row("支部年初制定年度工作计划；年底支部书记向所党委述职，述职测评满意度不低于百分之九十；年终形成支部工作总结；党建资料按年度"
                "立卷归档。", 5,
                "无年度计划的扣1分；未述职的扣2分；满意度每低5个百分点扣0.5分；无年终总结的扣1分；资料归档不规范的，酌情扣0.5分。",
                "查阅资料、问卷测评"),
            Row("推进党建带队建、带团建，团支部、工会每年向支部汇报工作一次；每年开展一次“最美戒毒警察”评选。", 3,
                "汇报每少1次扣0.5分；未开展评选的扣1分；群团组织作用发挥不明显的，酌情扣0.5分。", "查阅资料"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "评分标准", "分值", "考核方式"]
NOTES = (
    "说明：",
    "1.本表由所党委于12月组织考核，党委办公室牵头，管理科、教育矫治科、所纪委参加，采取查阅资料、实地查看、个别谈话、问卷测评相结合的"
    "方式进行。",
    "2.各项扣分以该项分值为限，扣完为止。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”。",
    "4.所辖大队发生重大安全事故的，该大队党支部年度考核不得评为“好”等次。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：所属各戒治大队党支部、机关党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((1, str(number)), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
