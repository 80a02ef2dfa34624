"""马钢炼铁总厂2025年度基层党支部工作考核评分表 (.xlsx), as the 总厂党委 of the 炼铁总厂 of the 马鞍山 steelworks in 安徽 (its 党群工作部 with the
生产技术室, the 安全环保室, the 人力资源室 and the 纪委, a 考核组 in December) scores the 党支部 of its 高炉 and 原料 作业区 on the 长江 bank: the
4000立方米 高炉 that run day and night on the “四班三运转”, the 煤气 and the 铁水 that can kill, the 炉前工 and 看水工 who carry the 党员 badge on the
casting floor, the 作业长 and 工段长 who teach the 安全微党课, the 师傅 and their 徒弟, the 超低排放 that the 生态环境 部门 watch: 政治建设 (a
monthly 集中学习, a 班前微课堂 every two months and 40学时; the 书记's two 党课, one “安全微党课” of each 作业长 and 工段长 and a yearly 现场教学;
a half-yearly 研判 with the 谈心谈话 and the 审核), 组织建设 (the “三会一课” with the 党小组 by 班组 and the 补课; the monthly 主题党日 with the
参加率; the 组织生活会 with the 民主评议, the 备案 and the 整改措施; two 积极分子 with the 一线职工占比, one 发展 a year with the 公示 and a 一票否决;
党费, the 换届 and a quarterly 核对), 党建与生产经营融合 (the 完成率 of the 生产经营指标 in bands for the whole 8 points; a monthly 安全检查, a
quarterly 演练 and a 一票否决; the 示范岗 and 责任区 with two 攻关 项目 a year; two 合理化建议 a head with the 台账 and the 采纳率 in bands for 4 of the
6 points; the 师徒协议, a yearly 技能比武 and the 持证率; the weekly 环保巡查 and the 同步运行率) and 作风建设 (a yearly 风险点排查, a half-yearly
警示教育 and the 集体决策; the 年底 民主测评 in bands for the whole 8 points; the 年初 计划, the 7月底 半年小结, the 年底 述职 and the 年终 总结).

A merged title row, a merged "考核对象：炼铁总厂党委所属各高炉作业区、原料作业区党支部" line and a merged "党支部： 考核人： 考核日期：" line above the
header 一级指标 | 二级指标 | 考核内容 | 评分标准 | 标准分 | 考核方式 | 得分. There is NO 序号: items are numbered by position (1..17). The
categories are MERGED CELLS down the 一级指标 column (FIRST), printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治建设\\n
（15分）". 二级指标 is a short sub-label (`Row.indicator`); 考核内容 says what is required (`Row.text`); the 评分标准 scores it. 标准分 is a plain
number AFTER the 评分标准. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 系统核查, 个别谈话, 实地查看, 查阅生产报表, 问卷测评):
no papers. 得分 is blank. A 合计 row of 100; under it a 加分项 category merged down the 一级指标 column with two rows (加分内容 in the 考核内容
column, the 最高加分 in the 标准分 column), then a merged 说明 row. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("每月组织
一次", "每两个月开展一次", "年度…不少于40学时", "每年讲党课不少于2次", "每年…不少于1次", "每年组织一次", "每半年分析研判一次", "支部委员会每月
召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每年召开一次", "年内…不少于2名", "每年至少发展党员
1名", "不少于5个工作日", "按月", "按期", "每季度核对一次", "年度", "每月组织一次", "每季度开展一次", "各不少于1个", "年内…不少于2项", "每人每年
…不少于2条", "不少于1名", "年内…不少于1次", "每周不少于1次", "每年开展一次", "每半年开展一次", "年底", "年初", "7月底前", "年底", "年终");
"百分之九十", "百分之七十", "百分之三十", "百分之九十五", "100%"; "最高扣" caps; "酌情扣0.5分" three times and "酌情扣0.5-1分" once; three sets of
bands (the 综合完成率 for all 8 points closed by "90%以下的不得分", the 采纳率 for 4 of the 6 points closed by "10%以下的不得分", the 测评 满意率 for
all 8 points closed by "85%以下的不得分"); two "实行一票否决，本项不得分"; four other plain "本项不得分".
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
    name="zzzy_maanshan_liantie_gaolu_zhibu_xlsx",
    fmt="xlsx",
    title="马钢炼铁总厂2025年度基层党支部工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设\n（15分）", 15, (
            Row("落实“第一议题”制度，支部每月组织一次集中学习，党小组每两个月开展一次“班前微课堂”学习分享；党员年度学习培训不少于40学时，倒班"
                "党员通过线上平台补学。", 5,
                "集中学习每少1次扣0.3分，最高扣1.5分；学习分享每少1次扣0.2分；学时不足的，每人扣0.1分，最高扣1分；倒班党员未补学的，酌情扣"
                "0.5分。", "查阅资料、系统核查", indicator="理论武装"),
            Row("支部书记每年讲党课不少于2次，党员作业长、工段长每年讲授“安全微党课”不少于1次；每年组织一次红色教育现场教学。", 5,
                "书记讲党课每少1次扣1分；作业长、工段长未讲授的，每人扣0.5分，最高扣1.5分；未组织现场教学的扣1分；党课无讲稿、无签到表的，每次"
                "扣0.2分。", "查阅资料", indicator="党性教育"),
            Row("每半年分析研判一次职工思想动态；支委与党员、党员与职工开展“一对一”谈心谈话；班组微信群、宣传栏发布内容经支部审核。", 5,
                "研判每少1次扣1分；未开展谈心谈话的扣1分；发布内容未经审核的，每次扣0.5分；发生意识形态领域负面事件造成不良影响的，本项不得分。",
                "查阅资料、个别谈话", indicator="思想动态"),
        )),
        Section("组织建设", "组织建设\n（25分）", 25, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；结合“四班三运转”倒班实际，党小组按班组"
                "设置，灵活安排学习时间。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；党小组未按班组设置的扣0.5分；党员缺课未补课的，每人次扣0.1分，最高扣1分；会议记录存在"
                "补记、代签的，本项不得分。", "查阅资料", indicator="“三会一课”"),
            Row("每月开展一次主题党日，结合生产实际开展“党员安全隐患随手拍”等实践活动；党员参加率不低于百分之九十。", 5,
                "主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.5分；活动无签到表、无照片的，每次扣0.1分，最高扣1分。", "查阅资料",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员，评议结果报总厂党委备案；会后制定整改措施并抓好落实。", 4,
                "未召开的扣2分；未开展民主评议的扣1分；评议结果未备案的扣0.5分；整改不落实的，酌情扣0.5分。", "查阅资料、个别谈话",
                indicator="组织生活会"),
            Row("注重在一线操作工、技术骨干中发展党员，年内确定入党积极分子不少于2名，其中一线职工占比不低于百分之七十；每年至少发展党员1名，"
                "发展对象公示不少于5个工作日。", 5,
                "积极分子每少1名扣0.5分；一线职工占比低于70%的扣1分；全年未发展党员的扣1.5分；违反程序发展党员的，实行一票否决，本项不得分。",
                "查阅资料", indicator="发展党员"),
            Row("党员按月交纳党费，党费台账清晰；支部按期换届；党员信息在“智慧党建”系统中动态更新，每季度核对一次。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；未按期换届的扣2分；核对每少1次扣0.3分；系统信息不准确的，每人扣0.1分，最高扣"
                "0.5分。", "查阅资料、系统核查", indicator="基础管理"),
        )),
        Section("党建与生产经营融合", "党建与生产经营融合\n（40分）", 40, (
            Row("支部所在作业区完成总厂下达的铁水产量、燃料比、高炉利用系数等年度生产经营指标。", 8,
                "指标综合完成率100%以上的得8分，98%（含）—100%的得6分，95%（含）—98%的得4分，90%（含）—95%的得2分，90%以下的不得分。",
                "查阅生产报表", indicator="生产经营指标"),
            Row("党员带头落实安全生产责任制，党员身边“零违章、零事故”；支部每月组织一次党员安全检查，每季度开展一次煤气泄漏、铁水喷溅等应急"
                "演练。", 8,
                "安全检查每少1次扣0.5分，最高扣2分；应急演练每少1次扣1分；党员违章被查处的，每人次扣0.5分；发生重伤及以上生产安全责任事故的，"
                "实行一票否决，本项不得分。", "查阅资料、实地查看", indicator="安全生产"),
            Row("每个作业区设立党员示范岗、党员责任区各不少于1个，党员挂牌上岗亮身份；年内开展“党员攻关”项目不少于2项，攻关项目有立项、有"
                "验收。", 6,
                "示范岗、责任区每少1个扣1分；未挂牌上岗的，每人扣0.2分，最高扣1分；攻关项目每少1项扣1分；无立项、验收资料的扣0.5分。",
                "查阅资料、实地查看", indicator="示范岗和攻关"),
            Row("组织党员职工开展合理化建议活动，党员每人每年提出合理化建议不少于2条，建立建议登记台账；建议采纳率达到百分之三十。", 6,
                "党员提建议不足2条的，每人扣0.1分，最高扣1分；无登记台账的扣1分；采纳率30%以上的得4分，20%（含）—30%的得3分，10%（含）—20%"
                "的得1分，10%以下的不得分。", "查阅资料", indicator="合理化建议"),
            Row("开展党员“师带徒”结对，每名党员技术骨干结对徒弟不少于1名，签订师徒协议；支部年内组织技能比武不少于1次；党员职工技能等级证书"
                "持证率达到百分之九十五。", 6,
                "未开展结对的扣1分；无师徒协议的扣0.5分；未组织技能比武的扣1分；持证率每低1个百分点扣0.2分，最高扣2分；结对培养无成效的，酌情"
                "扣0.5-1分。", "查阅资料、个别谈话", indicator="技能人才"),
            Row("落实超低排放要求，党员带头开展“绿色高炉”岗位环保巡查，每周不少于1次；环保设施与生产设施同步运行率达到100%。", 6,
                "巡查记录不全的，每次扣0.2分，最高扣1.5分；同步运行率低于100%的扣2分；发生环保事件被生态环境部门通报的，本项不得分。",
                "查阅资料、实地查看", indicator="绿色环保"),
        )),
        Section("作风建设", "作风建设\n（20分）", 20, (
            Row("每年开展一次岗位廉洁风险点排查；每半年开展一次警示教育；废钢回收、备件采购等重点环节落实“三重一大”集体决策制度。", 6,
                "未开展风险点排查的扣1分；警示教育每少1次扣1分；重点环节未集体决策的，每次扣1分；党员违纪违法受到处分的，本项不得分。",
                "查阅资料", indicator="廉洁从业"),
            Row("年底组织职工代表对支部班子和支部书记进行民主测评。", 8,
                "测评满意率95%以上的得8分，90%（含）—95%的得6分，85%（含）—90%的得3分，85%以下的不得分。", "问卷测评",
                indicator="民主测评"),
            Row("年初制定支部工作计划；7月底前形成半年工作小结；年底支部书记向总厂党委述职；年终形成工作总结并归档。", 6,
                "无工作计划的扣1分；无半年小结的扣1分；未述职的扣2分；无年度总结的扣1分；资料归档不规范的，酌情扣0.5分。", "查阅资料",
                indicator="责任落实"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核内容", "评分标准", "标准分", "考核方式", "得分"]
BONUS = (
    ("支部获评市级以上“先进基层党组织”，或党员获评集团级以上“劳动模范”“优秀共产党员”的。", 2, "市级（集团级）加1分，省级以上加2分，最高"
     "加2分。", "查阅荣誉证书"),
    ("党员攻关项目获集团科技进步奖，或年创效100万元以上的。", 1, "每项加0.5分，最高加1分。", "查阅资料"),
)
NOTE = ("说明：1.本表由总厂党委于12月组织考核，采取查阅资料、系统核查、实地查看、个别谈话、问卷测评相结合的方式进行；2.各项扣分以该项分值为限，"
        "扣完为止；3.生产经营指标以总厂生产技术室年度统计为准，安全环保事件以总厂安全环保室认定为准；4.加分项另行计算，总分不超过103分；"
        "5.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与支部书记年度绩效和“四强”党支部"
        "评选挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：炼铁总厂党委所属各高炉作业区、原料作业区党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    top = ws.max_row + 1
    for i, (text, points, scoring, method) in enumerate(BONUS):
        ws.append(["加分项" if i == 0 else None, None, text, scoring, points, method, None])
        for c in (3, 4):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (12, 12, 46, 52, 7, 14, 7))
    wb.save(str(path))
