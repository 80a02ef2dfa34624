"""中共海口海事局委员会2025年度基层党支部“党建+安全”融合考核评分表 (.docx), as the 党委 of a 直属 海事局 on the 琼州海峡 (its 机关党委
with the 安全管理处 and the 纪检组, a 考核组 going round the 海事处 and the 船舶交通管理中心 in the first half of January) scores the 党支部 of
the 海事处 at the 秀英港, 新海港 and 南港 客滚 terminals and of the VTS 中心: 政治建设 (the “第一议题” with a monthly 集中学习, 40学时 and a
half-yearly 学习体会, a half-yearly 思想动态分析 with the “三审三校”, a quarterly 廉政风险 排查 with its 台账 and a yearly 警示教育), 组织建设
(the 换届 and the 党小组 by 执法大队 and VTS 班组, the “三会一课” with two 党课 of the 书记, the monthly 主题党日 with the 参加率, the 组织生活会
with 民主评议, 征求意见 and the 整改清单, 党费 with a half-yearly 公示, the 积极分子 with a quarterly 谈话), 业务融合 (three “党员示范岗” with a
half-yearly 评议, the 客滚船舶 安全检查 完成率 and the 缺陷整改率 in bands with a 一票否决, the 防台 演练 and the 党员突击队, the 春运、暑运
党员服务岗 with two 保障工作总结, the “好差评” 好评率 with a quarterly 回访, two 共建协议 with a quarterly 安全宣传 and three 办实事 项目) and
责任落实 (the 年初 工作要点 and 责任书, the 年终 总结 and 述职, the 台账 with a quarterly 信息; a deduction-only line on the 八项规定 and
“吃拿卡要”).

The title (bold, centred) and a centred "（考核对象：秀英海事处、新海海事处、南港海事处、海口船舶交通管理中心党支部）" line above one table:
序号 | 考核项目 | 考核指标 | 考核标准 | 考核方式 | 分值 | 评分细则. 序号 (FIRST column) runs 1..18 through the whole table, NOT restarting.
The categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITHOUT an ordinal, with the points on ONE line, "政治建设（16分）".
考核指标 is a short sub-label (`Row.indicator`). 考核方式 (`Row.method`) comes BEFORE the 分值 and only says how the 考核组 checks (查阅资料,
现场检查, 座谈了解, 系统核查, 数据核对, 局纪检组提供): no papers. 分值 is a plain number BEFORE the 评分细则, the LAST column. A 合计 row of 100 and a
说明 paragraph close the document. Counts in figures and Chinese numerals ("每月至少组织一次", "每半年不少于1篇", "每半年开展一次", "每季度开展
一次", "每年开展一次", "每月召开1次", "每年讲党课不少于2次", "每月开展一次", "每年召开一次", "每半年公示一次", "每年确定…不少于1名", "每季度
谈话一次", "每半年开展一次", "组织一次", "分别报送一次", "每季度至少开展一次", "每季度…不少于1篇"); "不少于40学时", "不少于3名", "不少于3个",
"不少于2家", "不少于3个"; "百分之九十九"; "30日内", "24小时"; "最高扣" caps; "酌情扣1分" five times, "酌情扣0.5分" twice, "酌情扣0.5-1分" twice,
"酌情扣1-2分" and "酌情扣2-3分"; one set of bands (a 缺陷整改率 for 4 of the 8 points, closed by "90%以下的不得分"); one "实行一票否决，本项不
得分"; three plain "本项不得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzf_haikou_haishi_jiceng_zhibu_docx",
    fmt="docx",
    title="中共海口海事局委员会2025年度基层党支部“党建+安全”融合考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设（16分）", 16, (
            Row("支部委员会会议落实“第一议题”制度；每月至少组织一次集中学习；党员每年参加集中学习培训不少于40学时；支部委员撰写学习体会"
                "每半年不少于1篇。", 6,
                "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.2分，最高扣1分；学习体会每少1篇扣"
                "0.2分。",
                "查阅资料、系统核查", indicator="理论学习"),
            Row("每半年开展一次党员思想动态分析；海事政务新媒体发布内容严格执行“三审三校”；不发生涉海事负面舆情。", 5,
                "思想动态分析每少1次扣0.5分；发布内容未落实“三审三校”的，每次扣0.5分；因处置不当造成负面舆情扩散的，本项不得分。",
                "查阅资料、系统核查", indicator="意识形态"),
            Row("围绕船舶安全检查、行政许可、行政处罚等关键岗位，每季度开展一次廉政风险排查，建立廉政风险防控台账；每年开展一次警示教育。", 5,
                "廉政风险排查每少1次扣0.5分；无防控台账的扣1分；未开展警示教育的扣1分；关键岗位廉政风险防控措施不落实的，酌情扣1分。",
                "查阅资料、座谈了解", indicator="廉政建设"),
        )),
        Section("组织建设", "组织建设（30分）", 30, (
            Row("支部委员会按期换届，委员不少于3名；按执法大队、VTS值班班组设立党小组；支部书记由海事处（中心）主要负责人担任，落实“一岗"
                "双责”。", 5,
                "未按期换届的扣2分；党小组设置不合理的扣1分；支部书记配备不符合要求的扣1分；“一岗双责”落实不到位的，酌情扣1分。",
                "查阅资料", indicator="支部设置"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；结合倒班实际，党小组会可按值班班组"
                "分散召开；支部书记每年讲党课不少于2次。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣1分；会议记录要素不全的，酌情扣0.5-1分。",
                "查阅资料", indicator="三会一课"),
            Row("每月开展一次主题党日，结合“世界海事日”“中国航海日”开展海事文化、水上安全宣传等主题活动；党员参加率达到90%以上。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；活动与业务结合不紧密、形式单一的，酌情扣0.5分。",
                "查阅资料", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前广泛征求服务对象和港航企业意见；会后形成整改清单，并在30日内报局机关党委。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未征求意见的扣0.5分；无整改清单或未按时报送的扣0.5分；批评和自我批评"
                "不深入的，酌情扣1分。",
                "查阅资料、座谈了解", indicator="组织生活会"),
            Row("党员按月交纳党费；党费收缴情况每半年在支部公示一次；按规定使用党费，不得列支办公经费。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；违规使用党费的，本项不得分。",
                "查阅资料、系统核查", indicator="党费管理"),
            Row("注重在一线执法人员、海巡艇艇员和VTS值班员中培养入党积极分子，每年确定入党积极分子不少于1名；每名积极分子明确2名培养联系人，"
                "培养联系人每季度谈话一次。", 5,
                "未确定入党积极分子的扣1分；培养联系人未明确的扣0.5分；谈话每少1次扣0.2分；发展程序不规范的，每人扣1分。",
                "查阅资料", indicator="发展党员"),
        )),
        Section("业务融合", "业务融合（40分）", 40, (
            Row("在船舶安全检查、现场执法、VTS值班等岗位设立“党员示范岗”“党员责任区”不少于3个，示范岗党员亮身份、亮职责、亮承诺；每半年"
                "开展一次示范岗评议。", 6,
                "示范岗、责任区每少1个扣0.5分；未亮身份、亮承诺的扣0.5分；评议每少1次扣0.5分；作用发挥不明显的，酌情扣1分。",
                "查阅资料、现场检查", indicator="党员示范岗"),
            Row("琼州海峡客滚船舶安全检查计划完成率达到100%；船舶安全检查中发现的缺陷整改率达到95%以上；全年不发生由辖区监管责任引起的一般"
                "及以上水上交通事故。", 8,
                "计划完成率每低1个百分点扣0.3分；缺陷整改率95%以上的得4分，90%（含）—95%的得2分，90%以下的不得分；发生由辖区监管责任引起的"
                "一般及以上水上交通事故的，实行一票否决，本项不得分。",
                "系统核查、数据核对", indicator="客滚安全"),
            Row("台风季来临前组织一次防台应急演练；台风预警期间组建党员突击队，24小时在岗值守，督促船舶进港避风。", 6,
                "未开展防台演练的扣1.5分；未组建党员突击队的扣1.5分；值守不到位、船舶避风督促不力的，酌情扣1-2分。",
                "查阅资料、现场检查", indicator="防抗台风"),
            Row("春运、暑运期间在秀英港、新海港设立“党员服务岗”，党员带头做好旅客、车辆疏导；春运、暑运结束后分别报送一次保障工作总结。", 6,
                "未设立党员服务岗的扣1分；保障工作总结每少1次扣0.5分；高峰期间因组织不力造成旅客、车辆大面积滞留的，酌情扣2-3分。",
                "查阅资料、现场检查", indicator="春运暑运"),
            Row("海事政务服务“好差评”好评率达到百分之九十九以上；海事政务服务窗口每季度至少开展一次服务对象回访；推行船员业务“跨省通办”"
                "“掌上办”。", 6,
                "好评率每低0.5个百分点扣0.5分；回访每少1次扣0.5分；“跨省通办”“掌上办”推进不力的，酌情扣0.5-1分。",
                "系统核查、查阅资料", indicator="政务服务"),
            Row("与港航企业、渔港渔村党组织签订党建共建协议不少于2家；每季度至少开展一次“海事进渔村、进船舶”安全宣传活动；全年开展“我为"
                "群众办实事”项目不少于3个。", 8,
                "共建协议每少1家扣1分；安全宣传活动每少1次扣0.5分；办实事项目每少1个扣1分；共建流于形式的，酌情扣1分。",
                "查阅资料、座谈了解", indicator="党建共建"),
        )),
        Section("责任落实", "责任落实（14分）", 14, (
            Row("年初制定支部年度党建工作要点，与局党委签订党建工作责任书；年终形成支部工作总结，支部书记向局党委述职。", 5,
                "无年度工作要点的扣1分；未签订责任书的扣1分；无年度工作总结的扣1分；未述职的扣2分。",
                "查阅资料", indicator="责任制落实"),
            Row("党建工作台账规范完整，党员信息在“海事党建信息系统”中及时更新；每季度向局机关党委报送党建工作信息不少于1篇。", 4,
                "台账不规范、资料缺失的，每项扣0.2分，最高扣1.5分；系统信息更新不及时的，酌情扣0.5分；党建信息每少1篇扣0.5分。",
                "查阅资料、系统核查", indicator="基础工作"),
            Row("党员干部违反中央八项规定精神，在船舶检查、行政执法中“吃拿卡要”或违规收受服务对象礼品礼金（本项为扣分项）。", 5,
                "被局党委通报的，每次扣2分；党员受到党纪政务处分的，每人次扣3分；支部书记受到处分的，本项不得分。",
                "局纪检组提供", indicator="负面清单"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核指标", "考核标准", "考核方式", "分值", "评分细则"]
NOTE = ("说明：1.本表由局机关党委于次年1月上旬组织考核，安全管理处、政务中心、局纪检组参加，安全检查和政务服务数据以海事协同管理平台"
        "年末数据为准；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分"
        "以下的为“差”；4.考核结果与海事处（中心）年度绩效考核挂钩，并作为评选“四强”党支部的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：秀英海事处、新海海事处、南港海事处、海口船舶交通管理中心党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.indicator), (3, row.text), (4, row.method), (5, _fmt(row.points)),
                     (6, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 5, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
