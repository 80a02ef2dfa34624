"""中共湖南省衡阳市烟草专卖局（公司）党组2025年度基层党支部党建工作考核细则 (.xlsx), as a 地市级 烟草专卖局（公司）党组 (its
党建工作科 with the 纪检组 and the 专卖监督管理科 running the check in December, the 支部 scoring itself first) scores each 市局
机关 支部 and each 县级局（分公司）党支部 — 专卖 稽查员, 客户经理, 送货员 and 驾驶员 among its 党员 — on 政治建设 (monthly
集中学习 and quarterly 研讨, half-yearly 意识形态 研判 and the 烟草广告 rules in 朋友圈, 请示报告 and the 书记's yearly 书面报告,
双重组织生活 and the 书记's 党课), 组织建设 (“三会一课” entered on the “烟草党建” 平台, 主题党日 with “党员进市场、服务零售户”,
组织生活会 with 征求意见 of 零售客户 and 谈心谈话 and 民主评议, 发展党员 every two years among 一线 staff and half-yearly 考察,
党费 and its 公布, 学时 and the 书记's 5天 轮训), 党建与业务融合 (the 案件 查办 目标 and the 案卷 合格率, monthly 走访 of 零售客户
and a 满意率, 设岗定责 and half-yearly 评星, the 送货 准确率 and no 交通事故, 结对共建 with a 行政村 and the “诚信示范户”, the
quarterly 融合 推进会 and a 品牌案例) and 党风廉政建设 (责任书 and 承诺书 and half-yearly 警示教育, the quarterly 廉洁风险 排查 and
the monthly 货源分配 公开, a deduction-only line on 倒卖卷烟 and “卡货源” with a 一票否决).

A merged title row, a merged "考核对象：市局（公司）机关各党支部、各县级局（分公司）党支部" line and a merged "党支部：…  支部书记：…
党员：…名  考核日期：…" line above the header 考核指标 | 序号 | 指标说明 | 分值 | 评分办法 | 佐证资料 | 自评 | 考评 (分值 BEFORE the
评分办法). The categories are MERGED CELLS down the 考核指标 column (first), printed on two lines WITH an ordinal, "一、政治建设\\n
（20分）". 序号 (second column, numeric cells) RESTARTS at 1 in every category (ids "1.1" … "4.3"). 分值 is a plain number. 佐证资料
(`Row.method`) names the papers the 支部 lays out (once a way of checking, 纪检组核实): a 佐证 column. 自评 and 考评 are blank. A
合计 row and a merged 备注 row close the sheet. Counts partly in Chinese numerals ("一次", "百分之九十五").
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
    name="zzi_yancao_jiceng_zhibu_xlsx",
    fmt="xlsx",
    title="中共湖南省衡阳市烟草专卖局（公司）党组2025年度基层党支部党建工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设\n（20分）", 20, (
            Row("落实“第一议题”制度，党支部每月组织一次集中学习；每季度至少开展一次专题研讨，学习贯彻行业高质量发展部署要求。", 5,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣1分。", "学习记录"),
            Row("落实意识形态工作责任制，每半年专题研判一次；规范管理工作群，客户经理朋友圈、卷烟营销宣传等内容符合烟草广告管理"
                "规定。", 5,
                "专题研判每少1次扣1分；违规发布烟草广告或不当言论的，每次扣1分；造成负面舆情的，本项不得分。", "研判记录"),
            Row("严格执行请示报告制度，专卖执法重大案件、重要人事事项按规定向上级党组请示报告；支部书记每年向局（公司）党组书面报告"
                "一次履行党建工作责任情况。", 4,
                "应请示报告未报告的，每次扣1分；未书面报告的扣1分。", "请示报告文件"),
            Row("党员领导干部以普通党员身份参加所在支部组织生活，落实双重组织生活制度；支部书记每年讲党课不少于2次。", 6,
                "党员领导干部未参加双重组织生活的，每人次扣0.5分；书记讲党课每少1次扣1.5分。", "党课讲稿、签到表"),
        )),
        Section("组织建设", "二、组织建设\n（25分）", 25, (
            Row("严格执行“三会一课”制度，支部委员会每月1次，支部党员大会每季度1次，党小组会每月1次，党课每季度1次；会议情况在"
                "“烟草党建”信息平台同步录入。", 7,
                "会议每少1次扣0.5分，扣完为止；平台录入不及时的，每次扣0.2分，最多扣1分。", "会议记录、平台截图"),
            Row("每月开展一次主题党日活动，做到“一月一主题”；全年开展“党员进市场、服务零售户”主题党日活动不少于4次。", 5,
                "主题党日每少1次扣0.5分；“进市场”活动每少1次扣0.5分。", "活动方案、签到表、活动照片"),
            Row("每年召开一次组织生活会，会前征求零售客户和职工意见，开展谈心谈话；开展民主评议党员。", 5,
                "未召开组织生活会的扣3分；未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1分。",
                "会议记录、征求意见表"),
            Row("注重在客户经理、稽查队员、送货员等一线员工中发展党员，每两年至少发展1名；对入党积极分子每半年考察一次。", 4,
                "两年内未发展党员的扣2分；考察每少1次扣0.5分；发展程序不规范的，每处扣1分。", "发展党员档案"),
            Row("党员按月足额交纳党费，党费收缴情况每年公布一次；党员年度学习培训不少于32学时，支部书记每年参加集中轮训不少于5天"
                "或40学时。", 4,
                "党费未按月交纳的，每人次扣0.2分；未公布的扣1分；党员学时不足的，每人扣0.2分；书记轮训不足的扣1分。",
                "党费收缴台账、学时登记表"),
        )),
        Section("党建与业务融合", "三、党建与业务融合\n（40分）", 40, (
            Row("开展“党建+专卖”攻坚，党员稽查员带头查办涉烟大要案，完成市局下达的年度案件查办目标任务；执法案卷评查合格率"
                "100%。", 8,
                "案件查办目标每低10个百分点扣1分；执法案卷每发现1份不合格扣1分；党员执法过错被追责的，本项不得分。",
                "案件统计表、案卷评查结果"),
            Row("党员客户经理落实“一户一策”精准服务，每月走访服务零售客户不少于1次；零售客户满意率达到百分之九十五以上。", 8,
                "走访服务不到位的，酌情扣1—2分；满意率每低1个百分点扣0.5分，最多扣3分。", "走访记录、满意度测评报告"),
            Row("在专卖、营销、物流一线岗位设立党员先锋岗、划分党员责任区，党员设岗定责全覆盖；每半年开展一次党员先锋岗评星定级。",
                6,
                "设岗定责未全覆盖的，每缺1人扣0.2分；评星定级每少1次扣1分。", "设岗定责名单、评星结果"),
            Row("开展“党员送货到店”安全服务，卷烟送货准确率达到99.9%以上；全年无责任交通安全事故。", 6,
                "送货准确率低于99.9%的扣2分；发生责任交通安全事故的，每起扣3分。", "物流系统数据"),
            Row("支部与1个以上行政村党组织开展结对共建，每半年开展一次共建活动；引导零售客户诚信经营，年内评选一次“诚信示范户”"
                "并公示。", 6,
                "未开展结对共建的扣2分；共建活动每少1次扣1分；未评选公示的扣1分。", "共建协议、活动照片、公示材料"),
            Row("支部每季度召开一次党建与业务融合推进会，研究解决专卖管理、卷烟营销中的重点难点问题；年内形成党建融合品牌案例不少于"
                "1个。", 6,
                "推进会每少1次扣1分；未形成品牌案例的扣2分。", "会议记录、案例材料"),
        )),
        Section("党风廉政建设", "四、党风廉政建设\n（15分）", 15, (
            Row("落实“一岗双责”，支部书记与党员、关键岗位人员签订党风廉政建设责任书和廉洁从业承诺书；每半年开展一次警示教育，"
                "组织学习行业违纪违法典型案例。", 5,
                "责任书、承诺书每缺1份扣0.2分；警示教育每少1次扣1分。", "责任书、承诺书"),
            Row("紧盯卷烟货源分配、专卖许可证办理、案件查处等关键环节，纪检委员每季度开展一次廉洁风险排查；货源分配结果每月在营销"
                "平台公开。", 5,
                "风险排查每少1次扣1分；货源分配结果未公开的，每月扣0.5分。", "排查记录、平台截图"),
            Row("党员干部职工无违规倒卖卷烟、利用职权为亲友谋取货源等违纪违法行为。", 5,
                "发现违规倒卖卷烟、“卡货源”等问题经查实的，每起扣3分；党员受到党纪政务处分的，实行一票否决，本项不得分。",
                "纪检组核实"),
        )),
    ),
)

HEADER = ["考核指标", "序号", "指标说明", "分值", "评分办法", "佐证资料", "自评", "考评"]
NOTE = ("备注：1.考核采取支部自评、党建工作科会同纪检组和专卖监督管理科集中考评相结合的方式，以考评分为准；2.各项扣分以该项"
        "分值为限，扣完为止；3.考核结果分为好、较好、一般、差四个等次，与支部书记年度绩效和评先评优挂钩；4.支部所在单位发生"
        "重大涉烟违纪违法案件的，年度考核直接确定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基层党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：市局（公司）机关各党支部、各县级局（分公司）党支部", ncols)
    xlsx_line(ws, "党支部：                支部书记：            党员：    名    考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.points, row.scoring, row.method, None,
                       None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 6, 52, 6, 44, 18, 7, 7))
    wb.save(str(path))
