"""中共清河县市场监督管理局党组2025年度基层市场监管所党支部建设考核评分表 (.xlsx), as a 河北 县市场监督管理局党组 (its 机关
党委 with the 人事科 and the 局纪检组 checking in December) scores the 党支部 of each 基层市场监管所 — a 所 of ten or fifteen 执法
人员 serving three or four 乡镇, small 所 grouped into a 联合党支部, the 所长 often the 书记 — on 政治建设 (monthly 集中学习 with
quarterly 研讨 and half-yearly 心得, 重大事项 and 重大执法案件 through the 支委会, the half-yearly 意识形态 报告 and the 审核 of what
the 所 公众号 publishes), 组织建设 (“三会一课” without a 党小组 and the 书记's 党课, 主题党日 with two on “3·15” and the 食品安全
宣传周 and a 参加率, 组织生活会 with 民主评议, 谈心谈话 and an 整改清单, 党费 with its 基数, 学时 with a 执法业务 share), 党建
业务融合 (食品安全 “两个责任” 包保 督导 each quarter and its 系统, the “双随机、一公开” 完成率 and 公示, 12315 办结率 and 调解成功率
with “放心消费” 单位, “小个专” 党建指导员 with quarterly 指导 and a 覆盖率 not below last year's, 示范岗 and “我为企业解难题” with
30 走访 and 5 问题, a 服务对象 满意度 in bands) and 作风和基础保障 (half-yearly 警示教育 and 廉洁执法承诺书 with a 一票否决, 计划 /
总结 / 述职报告 and 台账, 阵地, 宣传栏 and 信息, a deduction-only 作风纪律 line).

A merged title row and a merged "考核对象：县局各基层市场监管所党支部（含联合党支部）  考核时间：2025年12月" line above the header
一级指标 | 二级指标 | 考核内容 | 分值 | 评分标准 | 考核方式 | 得分. There is NO 序号: items are numbered by position (1..17). The
categories are MERGED CELLS down the 一级指标 column (first), printed on one line WITH an ordinal, "一、政治建设（15分）". 二级指标
is a short sub-label (`Row.indicator`). 分值 (before the 评分标准) is a plain number. 考核方式 (`Row.method`) says only how the 考核组
checks (查阅资料, 查阅会议记录, 个别谈话, 网络抽查, 系统核查, 实地查看, 电话回访, 问卷评议, 向局纪检组核实); it is no 佐证 column. 得分
is blank. A 合计 row and a merged 说明 row close the sheet. The 满意度 bands sit in the 评分标准; counts partly in Chinese numerals
("两次", "百分之百"); "最多扣" caps.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzg_shichang_jianguansuo_xlsx",
    fmt="xlsx",
    title="中共清河县市场监督管理局党组2025年度基层市场监管所党支部建设考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("每月开展一次集中学习，每季度围绕市场监管领域重点工作开展一次专题研讨；党员每半年撰写学习心得不少于1篇。", 5,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣1分；心得每缺1人次扣0.1分。", "查阅资料", indicator="理论学习"),
            Row("严格执行重大事项请示报告制度；所务会研究的重大事项和重大执法案件处罚意见，事先经支部委员会研究把关。", 5,
                "重大事项未经支委会研究把关的，每项扣1分；未按规定请示报告的，每次扣2分。", "查阅会议记录",
                indicator="请示报告"),
            Row("每半年向局党组报告一次意识形态工作；所微信公众号发布的执法信息和消费提示经支部书记审核后发布。", 5,
                "报告每少1次扣1分；信息未经审核发布的，每条扣0.5分；造成不良影响的，本项不得分。", "查阅资料、网络抽查",
                indicator="意识形态"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            Row("支委会每月召开1次，党员大会每季度召开1次，党课每季度不少于1次；支部书记每年至少讲党课1次；会议记录规范。", 7,
                "“三会一课”每少1次扣0.5分，最多扣4分；支部书记未讲党课的扣2分；会议记录不规范的扣1分。", "查阅会议记录",
                indicator="“三会一课”"),
            Row("每月开展主题党日活动，全年结合“3·15”国际消费者权益日、食品安全宣传周等开展主题党日不少于两次；党员参加率达到90%。",
                5,
                "主题党日每少1次扣0.5分；结合开展每少1次扣0.5分；参加率每低5个百分点扣0.5分。", "查阅资料", indicator="主题党日"),
            Row("每年召开组织生活会并开展民主评议党员，会前谈心谈话全覆盖；查摆问题形成整改清单，一个月内整改到位。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话未全覆盖的扣1分；整改不到位的，酌情扣0.5—1分。",
                "查阅会议记录、个别谈话", indicator="组织生活会"),
            Row("党员按月交纳党费，每年核定一次交纳基数；党员年度学习培训不少于40学时，其中执法业务培训不少于16学时。", 8,
                "党费未按月交纳的，每人次扣0.2分；未核定基数的扣1分；学时不足的，每人扣0.3分，最多扣3分。", "查阅资料",
                indicator="教育管理"),
        )),
        Section("党建业务融合", "三、党建业务融合（45分）", 45, (
            Row("配合乡镇落实食品安全“两个责任”，所内党员对辖区包保干部督导指导全覆盖；对A级包保主体每季度督导不少于1次，督导情况"
                "及时录入包保督导系统。", 8,
                "督导每少1次扣0.5分，最多扣3分；督导情况未录入系统的，每次扣0.2分；辖区发生食品安全事故的，本项不得分。",
                "系统核查", indicator="食品安全包保"),
            Row("“双随机、一公开”抽查任务完成率达到百分之百，抽查结果在20个工作日内通过国家企业信用信息公示系统公示；党员执法人员带头"
                "参与抽查。", 7,
                "任务完成率每低1个百分点扣0.5分；结果未按时公示的，每项扣0.5分，最多扣2分。", "系统核查",
                indicator="“双随机、一公开”"),
            Row("12315投诉举报按时办结率达到100%，投诉调解成功率不低于60%；开展“放心消费”创建，年内新增放心消费单位不少于10家。", 8,
                "按时办结率每低1个百分点扣1分；调解成功率每低5个百分点扣0.5分；放心消费单位每少1家扣0.2分。", "系统核查、查阅资料",
                indicator="消费维权"),
            Row("指导辖区个体工商户、小微企业、专业市场开展党建工作，所内党员担任“小个专”党建指导员，每名指导员每季度到联系点指导"
                "不少于1次；“小个专”党组织覆盖率不低于上年。", 7,
                "未选派党建指导员的扣2分；指导每少1次扣0.5分，最多扣3分；覆盖率较上年下降的扣1分。", "查阅资料、实地查看",
                indicator="“小个专”党建"),
            Row("在登记注册窗口、执法一线设立党员示范岗，亮明党员身份；年内开展“我为企业解难题”活动，走访企业不少于30家，帮助解决"
                "问题不少于5个。", 7,
                "未设立示范岗的扣2分；走访企业每少1家扣0.1分；解决问题每少1个扣0.5分。", "查阅资料、电话回访",
                indicator="服务企业"),
            Row("县局组织服务对象满意度评议，满意度达到90%以上。", 8,
                "满意度95%以上的得8分；90%（含）—95%的得6分；85%（含）—90%的得4分；80%（含）—85%的得2分；80%以下的不得分。",
                "问卷评议", indicator="服务评价"),
        )),
        Section("作风和基础保障", "四、作风和基础保障（15分）", 15, (
            Row("每半年开展一次廉政警示教育，执法人员全部签订廉洁执法承诺书；年内无行政复议被撤销、行政诉讼败诉案件。", 5,
                "警示教育每少1次扣1分；承诺书每缺1人扣0.2分；行政复议被撤销或行政诉讼败诉的，每件扣2分；党员受到党纪处分的，实行"
                "一票否决。", "查阅资料、向局纪检组核实", indicator="廉洁执法"),
            Row("年初制定党建工作计划，年底形成党建工作总结和支部书记述职报告；党员花名册、会议记录、党费台账等资料规范完整。", 4,
                "计划、总结、述职报告每缺1项扣1分；台账每缺1项扣0.5分。", "查阅资料", indicator="基础台账"),
            Row("设立党员活动室或党建角，党建宣传栏每季度更新一次；每季度向局机关党委报送党建信息不少于1篇。", 3,
                "无活动阵地的扣1分；宣传栏每少更新1次扣0.5分；信息每少1篇扣0.3分。", "实地查看、查阅资料", indicator="阵地信息"),
            Row("党员执法人员落实“亲清”政商关系要求，不吃拿卡要、不违规收费。", 3,
                "党员执法人员被服务对象投诉经查实的，每件扣1分；被县级以上通报批评的，每次扣2分。", "向局纪检组核实",
                indicator="作风纪律"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核内容", "分值", "评分标准", "考核方式", "得分"]
NOTE = ("说明：1.本表由局机关党委会同人事科、局纪检组于每年12月组织考核，采取查阅资料、系统核查、实地查看、个别谈话、问卷评议"
        "相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为好、较好、一般、差四个等次，与市场监管所年度绩效考核"
        "挂钩；4.辖区发生重大食品安全事故并负有监管责任的，所在党支部年度考核不得评为“好”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "监管所党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：县局各基层市场监管所党支部（含联合党支部）  考核时间：2025年12月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (14, 12, 52, 6, 46, 18, 7))
    wb.save(str(path))
