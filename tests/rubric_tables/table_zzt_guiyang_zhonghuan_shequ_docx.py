"""中共贵阳市云岩区中环街道工作委员会2025年度社区党组织党建引领“一中心一张网十联户”工作考核评分表 (.docx), as a 贵州 贵阳 老城区
街道党工委 (its 党建办 with the 社会治理办, the 综治中心, the 派出所 and the 街道纪工委, a 考核组 going round each 社区 in December,
checking the 社会治理综合平台 and walking into the 联户单元) scores each 社区党委 on 贵阳's 党建引领 基层治理 mechanism — one 党群服务
中心, one 网格 net, ten households under a 联户长 — in five parts: 组织体系 (the 网格党组织 覆盖率 with the 网格长, the “一肩挑” with one
under 35 and a yearly 履职评议, “三会一课” and the monthly “主题党日” around the 10th with a 到会率, 组织生活会 with 征求意见, 谈心谈话,
民主评议 and the 公示 of the 整改措施), “一中心”建设 (the 一窗受理 with eight hours and the 节假日 值守, the 服务事项清单 with the 办结率 and
a quarterly 满意度测评, two 党群活动 a month and four 主题活动, the 年初 预算 with the 审批 and the 年底 公开), “一张网”运行 (the 网格 of 300—
500户 with the 持证上岗率, the 巡查 with the 上报及时率 and the 办结率, the monthly 联合排查 with the 化解率 and a 一票否决, the 准确率 of the
data with a quarterly 核对, the half-yearly 反诈 / 禁毒 宣传), “十联户”机制 (the 联户单元 with the 党员联户长 share and the 备案, a monthly
走访 and the quarterly 例会, the 积分管理制度 with its half-yearly 公示 and the 年底 评选, four 志愿服务 of each 党员联户长 with a 满意度 in
the scoring rule only) and 党员队伍 (a yearly 积极分子 and a member in three years, “3天或24学时”, 党费, the 流动党员 台账 with a
half-yearly 联系 and the 谈话提醒, a deduction-only 廉洁 line).

The title (bold, centred), a centred "（考核对象：中环街道所辖各社区党委）" line and a "社区：…  社区党委书记：…  网格数：…  联户单元数：…
考核组：…" line above one table: 序号 | 考核指标 | 考核内容 | 评分标准 | 分值 | 佐证资料. The parts are SECTION ROWS merged across the
whole table, printed with an ordinal on one line, "一、组织体系（20分）" (two of them with quotation marks, "二、“一中心”建设（20分）").
序号 (first column) RESTARTS at 1 under every section row (ids "1.1" … "5.3"). 考核指标 is a short sub-label (`Row.indicator`). 分值 comes
AFTER the 评分标准, a plain number. 佐证资料 (`Row.method`) names the papers the 社区 lays out (three times a way of checking:
现场查看, 平台核查, 街道纪工委提供): a 佐证 column. There is no 得分 column. A 合计 row and a 说明 paragraph close the document. Counts in figures
("每月1次", "每季度召开一次", "不少于4次"); "最高扣" caps; "近三年至少发展1名党员"; one rule "酌情扣1—2分"; one rule "实行一票否决，本项不得
分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzt_guiyang_zhonghuan_shequ_docx",
    fmt="docx",
    title="中共贵阳市云岩区中环街道工作委员会2025年度社区党组织党建引领“一中心一张网十联户”工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织体系", "一、组织体系（20分）", 20, (
            Row("构建“社区党委—网格党支部（党小组）—党员联户长”组织体系，网格党组织覆盖率100%；社区“两委”成员全部兼任网格长。",
                5, "网格党组织覆盖率每低5个百分点扣1分；“两委”成员未兼任网格长的，每人扣0.5分。", "组织体系图、网格长名单",
                indicator="组织架构"),
            Row("社区党组织书记、居委会主任“一肩挑”；“两委”班子中35岁以下成员不少于1名；每年对“两委”成员开展一次履职评议。",
                5, "未实行“一肩挑”的扣2分；无35岁以下成员的扣1分；未开展履职评议的扣1分；班子不团结、不作为的，酌情扣1—2分。",
                "班子成员名册、评议材料", indicator="班子队伍"),
            Row("网格党支部严格落实“三会一课”，支委会每月1次、党员大会每季度1次、党课每季度1次；每月10日前后开展“主题党日”，党员到会率"
                "达到85%以上。",
                6, "“三会一课”、主题党日每少1次扣0.5分，最高扣4分；到会率每低5个百分点扣0.5分；会议记录代签、补记的，本项不得分。",
                "会议记录、签到表", indicator="组织生活"),
            Row("每年召开一次组织生活会，会前广泛征求意见、普遍开展谈心谈话，会上开展民主评议党员，会后制定整改措施并在党务公开栏公示。",
                4, "未召开组织生活会的扣2分；未征求意见或开展谈心谈话的扣0.5分；未开展民主评议党员的扣1分；整改措施未公示的扣0.5分。",
                "会议记录、征求意见表、测评表", indicator="组织生活会"),
        )),
        Section("“一中心”建设", "二、“一中心”建设（20分）", 20, (
            Row("社区党群服务中心（社区服务中心）统一挂牌，实行“一窗受理、全科服务”，工作日开放时间不少于8小时，节假日有人值守。",
                5, "未实行一窗受理的扣1分；开放时间不足或节假日无人值守的，每次扣0.5分；阵地被挪用、闲置的，本项不得分。",
                "值班表、现场查看", indicator="中心运行"),
            Row("公开社区服务事项清单，民生事项代办、帮办办结率达到95%以上；每季度开展一次“群众来评议”满意度测评，满意率不低于90%。",
                6, "未公开服务事项清单的扣1分；办结率每低1个百分点扣0.2分；测评每少1次扣0.5分；满意率每低1个百分点扣0.3分，最高扣2分。",
                "服务事项清单、代办台账、测评表", indicator="服务事项"),
            Row("依托党群服务中心每月开展党群活动不少于2次，每年开展“邻里节”“我们的节日”等主题活动不少于4次。",
                4, "党群活动每少1次扣0.2分；主题活动每少1次扣0.5分。", "活动方案、活动照片", indicator="党群活动"),
            Row("社区服务群众专项经费年初有预算，支出严格履行审批程序，年底公开经费使用情况。",
                5, "无年初预算的扣1分；支出未履行审批程序的，每笔扣0.5分，最高扣2分；未公开的扣1分；违规使用经费的，本项不得分。",
                "预算表、审批单、公开照片", indicator="经费保障"),
        )),
        Section("“一张网”运行", "三、“一张网”运行（25分）", 25, (
            Row("按照每个网格300—500户的标准划分网格，每个网格配备1名专职网格员，网格员持证上岗率100%。",
                5, "网格划分不合理的扣1分；网格员配备不到位的，每缺1名扣0.5分；持证上岗率每低10个百分点扣0.5分。",
                "网格划分图、网格员花名册", indicator="网格划分"),
            Row("网格员每天巡查网格不少于4小时，每月入户走访全覆盖；通过社会治理综合平台上报事件，上报及时率100%，事件办结率95%以上。",
                7, "走访未全覆盖的扣1分；上报及时率每低1个百分点扣0.2分；办结率每低1个百分点扣0.3分，最高扣3分；瞒报漏报重大事件的，本项"
                "不得分。", "巡查日志、平台数据", indicator="网格巡查"),
            Row("建立“社区吹哨、部门报到”机制，每月组织一次矛盾纠纷联合排查，化解率达到95%以上；全年无因化解不力引发的“民转刑”案件。",
                5, "联合排查每少1次扣0.5分；化解率每低1个百分点扣0.3分；发生“民转刑”案件的，实行一票否决，本项不得分。", "排查台账",
                indicator="矛盾化解"),
            Row("网格内人、地、事、物、情、组织等基础信息录入准确率达到95%以上，每季度核对更新一次；严格落实居民信息保密规定。",
                4, "准确率每低1个百分点扣0.2分；未按季度核对更新的，每次扣0.5分；发生泄露居民信息问题的，本项不得分。", "平台核查",
                indicator="数据管理"),
            Row("开展“无诈社区”“无毒社区”等平安创建，每半年开展一次反诈、禁毒宣传进楼栋活动；辖区电信网络诈骗案件发案数同比下降。",
                4, "宣传活动每少1次扣0.5分；发案数未下降的扣1分；被区级以上通报的，每次扣1分。", "活动照片、派出所数据",
                indicator="平安创建"),
        )),
        Section("“十联户”机制", "四、“十联户”机制（20分）", 20, (
            Row("按照就近就便原则，以10户左右为单元划分联户单元，联户长优先由党员担任，党员联户长比例不低于50%；联户长名册报街道备案。",
                5, "联户单元划分不合理的扣1分；党员联户长比例每低5个百分点扣0.5分；名册未备案的扣1分。", "联户长名册、备案表",
                indicator="联户长选配"),
            Row("联户长每月至少走访联系户一次，及时收集社情民意，发现问题当天上报网格员；社区每季度召开一次联户长例会。",
                6, "走访每少1次扣0.1分，最高扣2分；问题上报不及时的，每起扣0.2分；联户长例会每少1次扣0.5分。", "走访记录、例会记录",
                indicator="联户履职"),
            Row("建立联户长积分管理制度，积分每半年公示一次，年底评选“优秀联户长”不少于3名并予以表扬；对不履职的联户长及时调整。",
                4, "无积分管理制度的扣1分；积分未公示的，每次扣0.5分；未开展评选的扣1分；不履职人员未调整的，每人扣0.2分。",
                "积分管理制度、公示照片", indicator="激励管理"),
            Row("发挥党员联户长作用，为联系户中的困难家庭、独居老人提供代办帮办、邻里互助服务，每名党员联户长每年开展志愿服务不少于4次。",
                5, "志愿服务不足4次的，每人扣0.1分，最高扣2分；群众对联户长服务满意度低于85%的扣1分。", "服务记录、满意度测评表",
                indicator="联户服务"),
        )),
        Section("党员队伍", "五、党员队伍（15分）", 15, (
            Row("每年至少培养1名入党积极分子，近三年至少发展1名党员；党员每年参加集中培训不少于3天或24学时。",
                5, "未培养入党积极分子的扣1分；近三年未发展党员的扣1.5分；培训时间不足的，每人扣0.1分，最高扣1.5分。",
                "发展党员档案、培训签到表", indicator="发展教育"),
            Row("党员按月交纳党费；建立流动党员台账，每半年至少联系一次；对连续6个月未参加组织生活的党员进行谈话提醒。",
                5, "党费未按月交纳的，每人次扣0.1分；无流动党员台账的扣1分；联系每少1次扣0.2分；未进行谈话提醒的，每人扣0.3分。",
                "党费台账、流动党员台账、谈话记录", indicator="日常管理"),
            Row("社区“两委”成员和网格员廉洁履职，无优亲厚友、吃拿卡要等问题（本项为扣分项）。",
                5, "受到党纪政务处分的，每人扣3分；被街道通报批评的，每次扣1分。", "街道纪工委提供", indicator="廉洁自律"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容", "评分标准", "分值", "佐证资料"]
NOTE = ("说明：1.本表由街道党工委于12月组织考核，采取查阅资料、现场查看、平台核查、入户走访相结合的方式，随机抽查每个社区不少于2个网格、"
        "5个联户单元；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，与社区工作者绩效考核、网格员"
        "补贴和联户长激励挂钩；4.社区发生“民转刑”命案或重大群体性事件的，考核等次直接定为“差”。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：中环街道所辖各社区党委）")
    document.add_paragraph("社区：            社区党委书记：            网格数：      联户单元数：      考核组：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)),
                     (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
