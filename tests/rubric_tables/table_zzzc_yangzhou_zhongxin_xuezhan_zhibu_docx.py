"""扬州市中心血站党总支2025年度党支部党建工作考核细则 (.docx), as a 江苏 扬州 采供血机构 党总支 (its 党建办 with the 质量管理科, the
业务科 and the 站纪检监察室, a 考核组 checking each 党支部 in the first half of January) scores the 采供血, 检验制备 and 机关后勤 党支部 of
a 血站 where the 献血屋 stand on the 文昌路 and by the 瘦西湖, the 献血车 go out to the 高校 and 企业, and the winter and the summer bring
blood shortages: 政治建设 (the “第一议题” with a monthly 集中学习 and 40学时, a half-yearly 形势分析 with the “三审三校” and a “本项不得分”,
a quarterly 警示教育 with the 年初 责任书 and the 签订率), 组织建设 (the “三会一课” with the 书记's 党课, the monthly 主题党日 with two 集体
献血 or 宣传 and the 参加率, the 组织生活会 with 民主评议, 征求意见 and the 整改措施 报送, the “双培养” 名单 with one 积极分子 and the 公示,
党费 with a quarterly 公布), 党建与业务融合 (the 采血量 完成率 in bands with the 分离率 and the 延时开放, a quarterly 招募 with the 固定献血者
占比 and the 应急献血 花名册, the 检测 and 制备 合格率 with a monthly 质量控制分析 and a 一票否决, the 供应满足率 with a half-yearly 走访 and
its 反馈, the 满意度 and the 投诉 办结率, a quarterly 安全检查 with a yearly 演练) and 责任落实 (the 年初 计划 and 项目清单, a 自查, the 年底
述职 and the 年终 总结; a deduction-only line on 医德医风 and the 献血者 信息).

The title (bold, centred) and a centred "（考核对象：采供血党支部、检验制备党支部、机关后勤党支部）" line above one table: 考核项目 | 考核指标
| 考核标准 | 分值 | 扣分办法 | 考核方式. There is NO 序号: items are numbered by position (1..16). The categories are MERGED CELLS down the
考核项目 column (FIRST), printed WITHOUT an ordinal on ONE line, "政治建设（15分）". 考核指标 is a short sub-label (`Row.indicator`). 分值
comes BEFORE the 扣分办法, a plain number. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 现场查看, 系统核查, 个别访谈,
问卷测评, 站纪检监察室提供): no papers. A 合计 row of 100 and a 说明 paragraph close the document. Counts in figures and Chinese numerals
("每月至少开展一次", "每半年开展一次", "每季度开展一次", "每季度在支部公布一次", "每季度至少开展一次", "每年组织一次", "年中开展一次");
"不少于40学时", "不少于1次", "全年不少于2次"; "一个月内", "5个工作日内"; "每低0.5个百分点", "每低0.1个百分点"; "最高扣" caps; "酌情扣1-2分"
twice and "酌情扣1分"; one set of bands (a 完成率 closed by "90%以下的不得分"); one "实行一票否决，本项不得分"; four plain "本项不得分"; one
line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzc_yangzhou_zhongxin_xuezhan_zhibu_docx",
    fmt="docx",
    title="扬州市中心血站党总支2025年度党支部党建工作考核细则",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支部每月至少开展一次集中学习；党员每年参加集中学习培训不少于40学时。", 5,
                "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣2分；未落实“第一议题”制度的扣1分。", "查阅资料、个别访谈",
                indicator="理论学习"),
            Row("每半年开展一次意识形态形势分析；站内宣传栏、微信公众号和无偿献血宣传资料严格执行“三审三校”，不发生意识形态领域负面事件。",
                4, "形势分析每少1次扣1分；宣传内容未经审核发布的，每次扣0.5分；发生负面舆情并造成不良影响的，本项不得分。",
                "查阅资料、系统核查", indicator="意识形态"),
            Row("每季度开展一次廉政警示教育；科室负责人、关键岗位人员年初签订党风廉政建设责任书和廉洁从业承诺书，签订率达到100%。", 6,
                "警示教育每少1次扣0.5分；签订率每低10个百分点扣1分；发生收受献血者、用血单位财物等违纪问题的，每起扣3分。",
                "查阅资料、站纪检监察室提供", indicator="廉洁建设"),
        )),
        Section("组织建设", "组织建设（25分）", 25, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；支部书记未讲党课的扣1分；会议记录缺项、补记的，每次扣0.5分。", "查阅资料",
                indicator="三会一课"),
            Row("每月开展一次主题党日，结合“世界献血者日”“七一”等节点开展党员集体献血、进社区宣传等活动，全年不少于2次；党员参加率不低于"
                "90%。", 5,
                "主题党日每少1次扣0.3分；集体献血或宣传活动每少1次扣0.5分；参加率每低5个百分点扣0.3分。", "查阅资料、现场查看",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前征求献血者、临床用血科室意见，会后一个月内将整改措施报党总支。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未征求意见的扣1分；整改措施未按时报送的扣0.5分。", "查阅资料",
                indicator="组织生活会"),
            Row("落实把业务骨干培养成党员、把党员培养成业务骨干的“双培养”机制，建立“双培养”对象名单；年内确定入党积极分子不少于1名，发展"
                "对象严格执行公示制度。", 5,
                "无“双培养”对象名单的扣1分；未确定入党积极分子的扣2分；发展对象未公示的扣1分；违反程序发展党员的，本项不得分。",
                "查阅资料", indicator="发展党员"),
            Row("党员按月交纳党费，党费收缴情况每季度在支部公布一次；全国党员管理信息系统数据准确，组织关系转接及时。", 4,
                "党费未按月交纳的，每人次扣0.1分；党费收缴情况未公布的，每次扣0.3分；信息系统数据不准确、关系转接不及时的，每人扣0.2分，"
                "最高扣1分。", "查阅资料、系统核查", indicator="党员管理"),
        )),
        Section("党建与业务融合", "党建与业务融合（45分）", 45, (
            Row("落实全市无偿献血工作任务，全年采血量计划完成率达到100%，成分血分离率达到99%以上；党员先锋岗、党员示范献血屋在重要节假日"
                "和血液库存偏紧时延时开放。", 9,
                "完成率100%以上的得4分，95%（含）—100%的得3分，90%（含）—95%的得2分，90%以下的不得分；成分血分离率每低0.5个百分点扣0.5分；"
                "延时开放未落实的，酌情扣1-2分。", "系统核查、现场查看", indicator="采血任务"),
            Row("发挥党员志愿者作用，每季度至少开展一次无偿献血“进机关、进高校、进社区、进企业”招募活动；固定献血者占比达到40%以上；建立"
                "党员应急献血志愿者花名册并动态更新。", 6,
                "招募活动每少1次扣0.5分；固定献血者占比每低5个百分点扣1分；无应急献血志愿者花名册的扣1分。", "查阅资料、系统核查",
                indicator="献血招募"),
            Row("支部牵头开展质量安全“党员责任区”活动，血液检测合格率、成分制备合格率均达到99.5%以上；每月开展一次质量控制分析，质量偏差"
                "及时纠正。", 8,
                "合格率每低0.1个百分点扣0.5分，最高扣4分；质量控制分析每少1次扣0.5分；发现质量偏差未及时纠正的，每次扣1分；发生经输血"
                "传播疾病等血液安全责任事故的，实行一票否决，本项不得分。", "系统核查、查阅资料", indicator="血液质量"),
            Row("保障全市医疗机构临床用血，临床用血供应满足率达到98%以上，急诊抢救用血做到随叫随送；每半年走访一次临床用血医院，征求意见"
                "并反馈整改情况。", 7,
                "满足率每低1个百分点扣1分；因供血不及时延误抢救被投诉查实的，每起扣2分；走访每少1次扣1分；整改情况未反馈的扣0.5分。",
                "系统核查、个别访谈", indicator="临床供血"),
            Row("献血服务窗口、献血屋开展党员亮身份、亮承诺服务，献血者满意度达到95%以上；献血者投诉在5个工作日内办结，办结率达到100%；"
                "献血不良反应及时规范处置。", 8,
                "满意度每低1个百分点扣0.5分，最高扣2分；投诉未按时办结的，每件扣0.5分；不良反应处置不规范的，酌情扣1分；被有效投诉查实"
                "服务态度问题的，每起扣1分。", "问卷测评、查阅资料", indicator="献血服务"),
            Row("每季度开展一次采供血设备、冷链运输和消防安全检查；每年组织一次血液应急保障演练；不发生安全生产责任事故。", 7,
                "安全检查每少1次扣0.5分；未组织应急演练的扣1分；冷链失控造成血液报废的，每次扣1分；发生安全生产责任事故的，本项不得分。",
                "查阅资料、现场查看", indicator="安全应急"),
        )),
        Section("责任落实", "责任落实（15分）", 15, (
            Row("支部书记年初制定支部年度工作计划和党建与业务融合项目清单，年中开展一次自查，年底向党总支述职；年终报送支部工作总结。", 8,
                "无年度工作计划的扣1分；无融合项目清单的扣1分；未开展自查的扣1分；未述职的扣2分；未报送年度总结的扣1分；融合项目成效不"
                "明显的，酌情扣1-2分。", "查阅资料", indicator="责任落实"),
            Row("党员违反医德医风，向献血者推销、索取财物，或违规对外提供献血者个人信息（本项为扣分项）。", 7,
                "经查实的，每人次扣2分；造成献血者个人信息泄露被通报的，每次扣3分；党员受到党纪政务处分的，本项不得分。",
                "站纪检监察室提供", indicator="负面清单"),
        )),
    ),
)

HEADER = ["考核项目", "考核指标", "考核标准", "分值", "扣分办法", "考核方式"]
NOTE = ("说明：1.本细则由血站党总支于次年1月上旬组织考核，质量管理科、业务科、站纪检监察室参加，业务数据以江苏省血液管理信息系统统计"
        "为准；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的"
        "为“差”；4.考核结果作为评选“先进党支部”和支部书记年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：采供血党支部、检验制备党支部、机关后勤党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
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
