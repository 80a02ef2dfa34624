"""中共淄博市张店区直属机关工作委员会2025年度区直机关党支部工作考核细则 (.docx), as a 山东 区直机关工委 (its 组织科 with the
工委 纪检 and a few 部门 党务干部 forming the 考核组 in December, the 支部 reporting first) scores each 机关党支部 of the 区直
部门（单位） on 政治建设 (the “第一议题” with 集中学习, 专题研讨 and 心得体会, 意识形态 and the 审核 of what the 部门 publishes, the
half-yearly 书面报告 and the 书记's 年底 述职, the 党员's “政治生日”), 组织建设 (“三会一课” entered on the “灯塔-党建在线” platform
and the 党课 of the 书记 and the 党员领导干部, 主题党日 with a quarterly 志愿服务 in the 报到 社区, 组织生活会 with the 领导干部' 双重
组织生活 and the 备案, 积极分子 考察, 党费 and 信息 准确率, 换届 and 增补), 业务融合 (the 年初 融合 计划 and a 单位 考核 等次, 先锋岗
and 岗位练兵, the 12345 热线 工单 with 办结率 and 满意率, 调研 and 实事, the 模范机关 自查), 作风和廉政建设 (提醒谈话 and 警示教育,
八项规定 as a deduction-only line, 场所, 经费, 总结 and 归档) and 党员教育管理 (学时 and the 新任书记's 培训, 积分 with its 公示 and
the 年底 “优秀共产党员”).

The title (bold, centred), a centred "（考核对象：区直各部门（单位）机关党支部）" line and a "党支部名称：…  支部书记：…  党员人数：…
考核得分：…" line above one table: 序号 | 考核指标 | 考核标准 | 分值 | 评分方法 | 备查资料. The categories are SECTION ROWS merged
across the table, printed "一、政治建设（20分）". 序号 (first column) RESTARTS at 1 under every section row (ids "1.1" … "5.2").
考核指标 is a SHORT sub-label ("理论武装", `Row.indicator`); the words are in the 考核标准 column. 分值 is a plain number. 备查资料
(`Row.method`) names the papers the 支部 keeps for the 考核组 (once a way of checking, 向区纪委监委核实): a 佐证 column. A 合计 row
and a 说明 paragraph close the document. Counts partly in Chinese numerals ("百分之九十"); "最高扣" caps; one item scored by the
单位's 综合考核 等次.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zze_quzhi_jiguan_zhibu_docx",
    fmt="docx",
    title="中共淄博市张店区直属机关工作委员会2025年度区直机关党支部工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            Row("落实“第一议题”制度，支部每月组织集中学习不少于1次；每季度至少开展一次专题研讨，党员撰写心得体会。", 6,
                "集中学习每少1次扣0.5分；专题研讨每少1次扣1分；心得体会每缺1人扣0.1分，最高扣1分。", "学习记录、研讨材料",
                indicator="理论武装"),
            Row("落实意识形态工作责任制，支部每半年专题研究一次意识形态工作；单位网站、政务新媒体发布信息严格履行审核程序，全年不发生"
                "意识形态领域问题。", 6,
                "专题研究每少1次扣1分；发布信息未经审核的，每次扣1分；发生意识形态领域问题造成不良影响的，实行一票否决。",
                "支委会会议记录、信息审核登记表", indicator="意识形态"),
            Row("严格执行重大事项请示报告制度，支部每半年向区直机关工委书面报告一次工作；支部书记年底向机关工委述职。", 4,
                "书面报告每少1次扣1分；未述职的扣2分。", "书面报告、述职报告", indicator="请示报告"),
            Row("为党员过“政治生日”，在党员入党纪念日当月组织重温入党誓词、赠送政治生日贺卡，覆盖率达到100%。", 4,
                "每漏1人扣0.3分，最高扣2分；活动流于形式的，酌情扣1分。", "活动照片", indicator="政治生日"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每年讲党课不少于1次，"
                "单位党员领导干部每年到所在支部讲党课不少于1次；会议情况在“灯塔-党建在线”平台及时录入。", 8,
                "“三会一课”每缺1次扣0.5分，最高扣5分；书记、党员领导干部未讲党课的，每人扣0.5分；平台录入不及时的，每次扣0.2分，"
                "最高扣1分。", "会议记录本、平台截图", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，其中每季度至少一次到报到社区开展志愿服务；党员参加率不低于百分之九十。", 6,
                "主题党日每少1次扣0.5分；进社区志愿服务每少1次扣0.5分；参加率每低5个百分点扣0.5分。", "活动方案、签到表、活动照片",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，单位党员领导干部以普通党员身份参加；开展民主评议党员，评议结果报区直机关"
                "工委备案。", 5,
                "未召开组织生活会的扣3分；未开展谈心谈话的扣0.5分；党员领导干部未参加双重组织生活的，每人扣0.5分；未开展民主评议党员"
                "的扣1分；评议结果未备案的扣0.5分。", "会议记录、谈心谈话记录、备案回执", indicator="组织生活会"),
            Row("有入党申请人的，按程序确定入党积极分子，每半年进行一次培养考察；发展党员材料齐全规范。", 4,
                "培养考察每少1次扣0.5分；发展党员材料每缺1项扣0.5分；违规发展党员的，本项不得分。", "发展党员档案",
                indicator="发展党员"),
            Row("党员按月足额交纳党费，每年核定一次交纳基数，党费收缴情况每半年公开一次；“灯塔-党建在线”党员信息准确率达到100%。", 4,
                "未按月交纳的，每人次扣0.2分；未核定基数的扣1分；未公开的扣0.5分；信息每错漏1处扣0.2分。", "党费收缴台账",
                indicator="党员管理"),
            Row("支部按期换届，委员出缺及时增补；支部书记一般由单位党员主要负责人或分管负责人担任。", 3,
                "未按期换届的扣2分；委员出缺未及时增补的扣1分；支部书记配备不符合要求的扣1分。", "换届请示、批复文件",
                indicator="支部设置"),
        )),
        Section("业务融合", "三、业务融合（25分）", 25, (
            Row("年初制定党建与业务融合工作计划，支部每季度研究一次党建与业务融合事项；单位年度综合考核等次为“优秀”或“良好”。", 6,
                "无融合计划的扣1分；研究每少1次扣0.5分；单位年度综合考核为“一般”等次的扣2分，为“较差”等次的本项不得分。",
                "融合计划、支委会会议记录", indicator="融合机制"),
            Row("在业务窗口和重点岗位设立党员先锋岗、示范岗，党员挂牌亮身份；年内组织党员开展岗位练兵或业务技能竞赛不少于1次。", 5,
                "未设立先锋岗的扣2分；未开展岗位练兵的扣1分；党员未亮身份的，酌情扣0.5—1分。", "设岗名单、活动照片",
                indicator="先锋岗"),
            Row("支部党员牵头办理12345政务服务便民热线转办工单，工单按期办结率达到100%，群众满意率达到95%以上。", 6,
                "办结率每低1个百分点扣0.5分；满意率每低1个百分点扣0.3分，最高扣3分。", "工单办理台账", indicator="热线办理"),
            Row("单位党员领导干部每年到基层一线调研不少于4次；支部每年为联系社区（村）办实事不少于2件。", 4,
                "调研每少1次扣0.5分；实事每少1件扣1分。", "调研报告、实事清单", indicator="调研服务"),
            Row("对照模范机关创建标准，每半年开展一次自查，查摆问题列出清单、整改销号。", 4,
                "自查每少1次扣1分；问题整改不到位的，酌情扣1—2分。", "自查报告、问题清单", indicator="模范机关"),
        )),
        Section("作风和廉政建设", "四、作风和廉政建设（15分）", 15, (
            Row("支部纪检委员履职到位，每季度开展一次廉政提醒谈话；每年组织党员到廉政教育基地参观或旁听庭审不少于1次。", 5,
                "提醒谈话每少1次扣0.5分；未组织警示教育的扣1分。", "谈话记录、活动照片", indicator="廉政教育"),
            Row("落实中央八项规定及其实施细则精神，持续整治形式主义、官僚主义。", 5,
                "被区级以上通报作风问题的，每次扣2分；党员受到党纪政务处分的，本项不得分。", "向区纪委监委核实",
                indicator="作风建设"),
            Row("支部有固定活动场所，标识规范；党建工作经费纳入单位年度预算；年底形成支部工作总结，党建资料按年度立卷归档。", 5,
                "无固定活动场所的扣1分；经费未纳入预算的扣1分；无年度总结的扣1分；资料未立卷归档的扣1分。",
                "预算文件、工作总结、档案资料", indicator="基础保障"),
        )),
        Section("党员教育管理", "五、党员教育管理（10分）", 10, (
            Row("党员年度集中学习培训不少于32学时；新任支部书记任职6个月内参加区直机关工委组织的集中培训。", 5,
                "学时不足的，每人扣0.2分，最高扣2分；新任支部书记未按期参训的扣1分。", "学时登记表、培训通知",
                indicator="教育培训"),
            Row("推行机关党员积分制管理，积分每季度公示一次，年底评选一次“优秀共产党员”，积分结果作为评先树优的重要依据。", 5,
                "未实行积分管理的扣2分；公示每少1次扣0.5分；积分结果未运用的扣1分。", "积分台账、公示照片", indicator="积分管理"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核标准", "分值", "评分方法", "备查资料"]
NOTE = ("说明：1.考核由区直机关工委组织，采取支部自评、查阅资料、个别谈话、实地查看相结合的方式，于每年12月进行；2.各项扣分以该项"
        "分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选“过硬党支部”和支部书记抓党建述职评议的重要"
        "依据；4.支部党员发生严重违纪违法问题被立案查处的，当年考核不得评为“好”等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（考核对象：区直各部门（单位）机关党支部）")
    document.add_paragraph("党支部名称：                支部书记：            党员人数：      考核得分：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring),
                     (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
