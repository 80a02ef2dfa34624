"""中共绵阳市公安局交通警察支队委员会2025年度基层中队党支部党建工作考核评分细则 (.docx), as a 四川 市 公安交警支队党委 (its 政治处
with the 督察大队, the 秩序科, the 事故预防科 and the 车管所, a 考核组 going round the 中队 in December with the year's 事故 and 工单
data) scores each 大队（中队）党支部 — 民警 and 辅警 on 倒班 勤务 at the 路面 岗, the 高速 执勤点 and the 车管 窗口 — on four heads:
政治建警 (the “第一议题” with a monthly 集中学习 and five days of 政治轮训, “三会一课” with the 补学 of those on 勤务, the monthly
主题党日 on the “全国交通安全日” and a yearly “警营开放日”, 组织生活会 and 民主评议 with the 辅警党员 brought in), 从严治警 (the 书记's
half-yearly 谈心谈话 with every 民警 / 辅警, the quarterly 思想动态 分析 and the 帮教台账, the quarterly 警示教育 and the 纪检委员's
monthly 执勤执法 监督检查, the 执法记录仪 and the 案卷评查 合格率, a deduction-only line on 违纪违法), 服务为民 (事故 deaths down and no
较大 事故 with a monthly 事故形势 分析 and the 多发点段, the 党员先锋岗 at the 窗口 with its 满意率, the quarterly “三进” 宣传 of each
党员民警 and twelve 宣传活动 with 照片, the monthly “护学岗” 志愿服务 and the 上门 服务, the 党员突击队 at 安保 and 应急, the 12345 /
信访 办结率 and 回访满意率) and 基础保障 (the yearly 体检 and the 关爱, the 活动室 and the 警营文化墙, 党费 and a yearly 积极分子 among
the 辅警 and 青年民警, 计划 / 总结 and the monthly 台账).

The title (bold, centred), a centred "（考核对象：支队所属各大队、中队党支部）" line and a "党支部：…  支部书记：…  民警：…名  辅警：
…名  考核组：…" line above one table: 序号 | 考核项目 | 考核要点 | 分值 | 评分办法 | 考核方式 (分值 BEFORE the 评分办法). 序号 (first
column) runs 1..18 through the table, NOT restarting. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITH
an ordinal on TWO lines, "一、政治建警\\n（20分）". 分值 is a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks
(查阅资料, 查阅会议记录, 个别谈话, 调取执法记录仪数据, 案卷评查, 调取事故统计数据, 实地查看, 调取指挥中心记录, 调取工单数据, 问卷测评,
支队督察大队核实); it is no 佐证 column. A 合计 row and a 说明 paragraph close the document. Counts partly in Chinese numerals
("每月组织一次", "每半年…一次", "百分之百"); "最高扣" caps; one 30分钟 到场 time and one “三进” 宣传 per 党员 each quarter; one line
is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzo_jiaojing_zhongdui_zhibu_docx",
    fmt="docx",
    title="中共绵阳市公安局交通警察支队委员会2025年度基层中队党支部党建工作考核评分细则",
    numbering="printed",
    sections=(
        Section("政治建警", "一、政治建警\n（20分）", 20, (
            Row("落实“第一议题”制度，支部每月组织一次集中学习；民警、辅警每年参加政治轮训不少于5天。", 5,
                "集中学习每少1次扣0.5分；轮训时间不足5天的，每人扣0.2分，最高扣1分。", "查阅资料"),
            Row("落实“三会一课”制度，支部委员会每月召开一次，党员大会每季度召开一次，党小组会每月召开一次，党课每季度一次；因勤务未"
                "参加的党员及时补学。", 6,
                "“三会一课”每少1次扣0.5分，最高扣4分；补学未落实的，每人次扣0.2分。", "查阅会议记录"),
            Row("每月开展一次主题党日，结合“全国交通安全日”“122”等节点开展主题活动；每年开展“警营开放日”活动不少于1次。", 4,
                "主题党日每少1次扣0.5分；未开展“警营开放日”活动的扣1分。", "查阅资料"),
            Row("每年召开一次组织生活会，开展民主评议党员；辅警中的党员纳入支部统一管理、统一参加组织生活。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；辅警党员未纳入支部管理的扣1分；查摆问题不具体、批评流于形式的，"
                "酌情扣0.5—1分。", "查阅会议记录、个别谈话"),
        )),
        Section("从严治警", "二、从严治警\n（25分）", 25, (
            Row("支部书记每半年与每名民警、辅警谈心谈话一次；每季度分析一次队伍思想动态，对重点人员建立帮教台账。", 5,
                "谈心谈话未全覆盖的扣1分；思想动态分析每少1次扣0.5分；无帮教台账的扣1分。", "查阅资料、个别谈话"),
            Row("每季度开展一次警示教育；严格落实公安部“十个严禁”等纪律规定；支部纪检委员每月开展一次执勤执法监督检查。", 6,
                "警示教育每少1次扣0.5分；监督检查每少1次扣0.3分；民警、辅警被督察通报的，每人次扣1分。", "查阅资料、支队督察大队核实"),
            Row("现场执法全程佩戴使用执法记录仪，音视频按规定上传存储；执法案卷评查合格率达到百分之百。", 7,
                "未按规定使用执法记录仪的，每起扣0.5分；案卷评查合格率每低1个百分点扣0.5分；发生执法过错被追责的，每起扣2分。",
                "调取执法记录仪数据、案卷评查"),
            Row("民警、辅警无违纪违法问题，无酒后驾驶、参与赌博、充当涉黑涉恶“保护伞”等问题。", 7,
                "民警受到党纪政务处分的，每人扣3分；辅警因违纪被辞退的，每人扣1分；发生民警违纪违法案件造成恶劣影响的，本项不得分。",
                "支队督察大队核实"),
        )),
        Section("服务为民", "三、服务为民\n（35分）", 35, (
            Row("辖区道路交通事故死亡人数同比下降，较大及以上道路交通事故零发生；每月分析一次事故形势，排查整治事故多发点段。", 8,
                "死亡人数未同比下降的扣2分；事故形势分析每少1次扣0.5分；事故多发点段未整治的，每处扣0.5分；发生较大及以上道路交通事故"
                "的，本项不得分。", "调取事故统计数据、实地查看"),
            Row("在高速执勤点、车管服务窗口设立“党员先锋岗”；窗口业务办理群众满意率达到98%以上。", 6,
                "未设立党员先锋岗的扣2分；满意率每低1个百分点扣0.5分；窗口服务被投诉并查实的，每次扣1分。", "实地查看、问卷测评"),
            Row("党员民警每季度至少参加一次交通安全宣传“进农村、进学校、进企业”活动，支部全年组织宣传活动不少于12场；宣传有记录、"
                "有照片。", 6,
                "宣传活动每少1场扣0.5分；党员民警未按季度参加的，每人次扣0.2分；无照片资料的，每场扣0.1分。", "查阅资料"),
            Row("组建党员志愿服务队，每月开展一次“护学岗”“假日保畅”等志愿服务；为老弱病残等特殊群体提供上门办理驾驶证、车辆业务服务。",
                5,
                "志愿服务每少1次扣0.5分；未开展上门服务的扣1分。", "查阅资料"),
            Row("组建党员突击队，节假日和重大活动安保期间党员带头在一线执勤；遇恶劣天气、突发事件，党员突击队30分钟内到达现场。", 5,
                "未组建党员突击队的扣1分；应急响应不及时造成严重拥堵或次生事故的，每起扣2分；重大安保任务出现失误被通报的，本项不得分。",
                "查阅资料、调取指挥中心记录"),
            Row("群众信访、12345热线工单按时办结率达到100%，回访满意率达到90%以上。", 5,
                "按时办结率每低1个百分点扣0.5分；回访满意率每低1个百分点扣0.3分；发生重复信访的，每件扣1分。", "调取工单数据"),
        )),
        Section("基础保障", "四、基础保障\n（20分）", 20, (
            Row("落实从优待警措施，每年组织民警、辅警健康体检一次；民警、辅警生日、住院或家庭遭遇困难时及时看望慰问。", 5,
                "未组织健康体检的扣2分；关爱措施不落实的，酌情扣1—2分。", "查阅资料、个别谈话"),
            Row("中队建有党员活动室和警营文化墙，学习园地内容定期更新。", 4,
                "无党员活动室的扣2分；无警营文化墙的扣1分；学习园地内容长期未更新的扣0.5分。", "实地查看"),
            Row("党员按月交纳党费；注重在优秀辅警、青年民警中培养入党积极分子，每年至少确定1名。", 5,
                "党费未按月交纳的，每人次扣0.1分；未确定入党积极分子的扣1分。", "查阅资料"),
            Row("年初制定支部党建工作计划，年底形成工作总结；党建台账实行“一支部一档”，按月整理归档。", 6,
                "无计划或总结的，每缺1项扣1.5分；台账未按月整理的，每次扣0.2分，最高扣2分。", "查阅资料"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核要点", "分值", "评分办法", "考核方式"]
NOTE = ("说明：1.本细则由支队政治处会同督察大队、秩序科、事故预防科、车管所于每年12月组织考核，采取查阅资料、调取数据、实地查看、"
        "个别谈话、问卷测评相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与"
        "中队年度绩效考核、评先评优挂钩；4.中队发生民警严重违纪违法案件的，党支部当年考核直接定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：支队所属各大队、中队党支部）")
    document.add_paragraph("党支部：              支部书记：            民警：    名  辅警：    名  考核组：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
