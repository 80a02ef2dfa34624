"""中国一拖大拖装配厂2025年度车间党支部党建工作考核评分表 (.xlsx), as the 厂党委 of the 大拖装配厂 of 中国一拖 in 河南 洛阳 (its 党群工作部 with
the 生产部, the 质量部, the 安全环保部 and the 纪委, a 考核组 going down the 涧西 works in December) scores the 党支部 of its 车间 — 总装, 部装,
涂装 and 质检: the 东方红 tractors that come off the 总装线 one every few minutes, the 倒班 and the 班前会 at the head of the line, the 关键工序 where
one bad bolt sends a machine back, the 老师傅 who take on an 徒弟, the 用户 in the wheat fields of 河南 and 新疆 the 技术服务队 goes out to each
season, the 安全 of the 吊装 and the 涂装 booths: a sheet whose 考核要点 prints the requirements and nearly every figure and whose 计分方法 gives
one deduction a clause (twice bands): 党建基础 (the 换届 and the 3至5人, the “一肩挑” or 交叉任职 and the 班组 党小组; the “三会一课” with the 党小组会
at the 班前会, the 书记's two 党课 and the monthly 主题党日 on the first Friday with the 参加率; the 组织生活会 with 民主评议, 备案 and the yearly 谈心
谈话; 党费 with a half-yearly 公示, two 积极分子 a year and "每两年至少发展党员1名"), 党建融合 (five 先锋岗 挂牌, the 年初 承诺, the 年底 践诺评诺 and
the 一次交检合格率 in bands; the 责任区, a quarterly 质量攻关, three 攻关课题 and two 合理化建议 a head; a monthly 隐患排查, the 安全监督岗, a quarterly
安全培训 and a 一票否决; the 包保, the 计划完成率 and two new 高级工; the 技术服务队 with a half-yearly 技术服务 and the 师徒协议) and 作风与评价 (a
quarterly 廉洁教育, the 廉洁提醒, the 风险点 and 防控措施; a monthly 集中学习, the “班组微课堂”, 24学时 and a quarterly 思想动态分析; the 帮扶台账, the
“七一”、春节 慰问 and the 答复率; a half-yearly 汇报 of the 群团; the 年初 计划 and 责任书, a quarterly 报告, the 年底 述职 and the 年终 总结; the
年底 满意度 测评 in bands for the whole 6 points).

A merged title row, a merged "考核对象：厂党委所属总装车间、部装车间、涂装车间、质检车间党支部" line and a merged "党支部： 考核人： 考核日期：" line
above the header 考核项目 | 考核要点 | 分值 | 计分方法 | 考核方式 | 得分. There is NO 序号: the items are numbered by position (1..15). The categories
are MERGED CELLS down the 考核项目 column (FIRST), printed WITHOUT an ordinal and WITH their points on a SECOND line, "党建基础\\n（25分）". There is
no short sub-label. 分值 is a plain number BEFORE the 计分方法. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料, 现场查看, 个别谈话,
查阅台账, 系统核查, 问卷测评): no papers. 得分 is blank. A 合计 row of 100; then two 加分项 rows UNDER it (a "加分项" cell merged down the 考核项目
column, a 最高加分 in the 分值 column); a merged 说明 row closes the sheet. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("按期",
"3至5人", "3名以上", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每月第一个
星期五", "不低于百分之九十", "每年召开一次", "每年…至少一次", "按月", "每半年公示一次", "年内…不少于2名", "每两年至少发展党员1名", "不少于5个",
"年初", "年底", "百分之九十九以上", "每季度开展一次", "年内…不少于3项", "每人每年不少于2条", "每月开展一次", "全年", "每季度一次", "100%", "年内…
不少于2名", "每半年…一次", "至少…1名", "每季度开展一次", "节假日前", "每月开展一次", "每年…不少于24学时", "每季度开展一次", "“七一”、春节", "7个
工作日内", "100%", "每半年听取一次", "年初", "每季度…一次", "年底", "年终", "年底"); "最高扣" caps; "酌情扣0.5分" once and "酌情扣1-2分" once; two sets
of bands (the 一次交检合格率 for 3 of the 8 points closed by "97%以下的不得分"; the 满意度 for all 6 points closed by "80%以下的不得分"); one "实行
一票否决，本项不得分"; two other plain "本项不得分".
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
    name="zzzzc_luoyang_yituo_zhuangpei_chejian_zhibu_xlsx",
    fmt="xlsx",
    title="中国一拖大拖装配厂2025年度车间党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("党建基础", "党建基础\n（25分）", 25, (
            Row("车间党支部按期换届，支委会由3至5人组成，车间主任、党支部书记“一肩挑”或交叉任职；按生产班组设立党小组，党员3名以上的班组单独设立"
                "党小组。", 5,
                "未按期换届的扣2分；支委配备不齐的扣1分；班组党小组设置不规范的，每个扣0.5分，最高扣1.5分。", "查阅资料"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次（可结合班前会进行），党课每季度1次；支部书记每年讲党课不少于"
                "2次；每月第一个星期五开展主题党日，倒班党员分批参加，参加率不低于百分之九十。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.3分，"
                "最高扣1分。", "查阅资料"),
            Row("每年召开一次组织生活会，开展民主评议党员，评议结果报厂党委备案；支部书记与支委、党员每年谈心谈话至少一次，对思想波动、家庭困难的职工"
                "党员及时谈心。", 6,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分；谈心谈话每缺1人扣0.2分，最高扣1.5分；应谈未谈的，每人"
                "扣0.5分。", "查阅资料、个别谈话"),
            Row("党员按月交纳党费，每半年公示一次党费收缴情况；年内从生产一线、技术骨干中确定入党积极分子不少于2名；每两年至少发展党员1名。", 6,
                "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；积极分子每少1名扣1分；两年内未发展党员的扣1.5分。", "查阅台账"),
        )),
        Section("党建融合", "党建融合\n（40分）", 40, (
            Row("在总装线、关键工序设立党员先锋岗不少于5个，党员先锋岗挂牌上岗；党员年初公开承诺，年底践诺评诺；党员先锋岗所在工位一次交检合格率达到"
                "百分之九十九以上。", 8,
                "先锋岗每少1个扣0.5分；未挂牌的，酌情扣0.5分；年初未承诺的扣1分；年底未评诺的扣1分；一次交检合格率99%以上的得3分，98%（含）—99%的"
                "得2分，97%（含）—98%的得1分，97%以下的不得分。", "现场查看、系统核查"),
            Row("开展“党员责任区”“党员示范线”创建，每个党小组负责一个责任区；每季度开展一次“党员质量攻关”活动，年内完成党员攻关课题不少于3项；党员"
                "提出合理化建议每人每年不少于2条。", 8,
                "未划分党员责任区的扣1分；攻关活动每少1次扣0.5分；攻关课题每少1项扣1分；合理化建议不足的，每人扣0.1分，最高扣1.5分。",
                "查阅资料、现场查看"),
            Row("党支部参与车间安全生产管理，每月开展一次党员安全隐患排查，设立党员安全监督岗；班组安全培训每季度一次；全年不发生一般及以上生产安全"
                "责任事故。", 8,
                "隐患排查每少1次扣0.5分，最高扣2分；未设立党员安全监督岗的扣1分；安全培训每少1次扣0.5分；发生一般及以上生产安全责任事故的，实行一票"
                "否决，本项不得分。", "查阅资料、现场查看"),
            Row("落实生产任务“党员包保”，支委每人包保一个班组；车间月度生产计划完成率达到100%；年内新取得高级工及以上职业技能等级证书的党员不少于"
                "2名。", 8,
                "未落实包保的扣1分；计划完成率每低1个百分点扣0.5分，最高扣3分；新取证党员每少1名扣0.5分。", "系统核查、查阅资料"),
            Row("组建“党员技术服务队”，每半年深入经销商、用户现场开展一次技术服务；开展“师带徒”结对，每名党员技术骨干至少带徒1名，签订师徒协议。", 8,
                "未组建服务队的扣1分；技术服务每少1次扣1分；师带徒结对不足的，每人扣0.3分，最高扣1.5分；未签订师徒协议的扣0.5分。", "查阅资料"),
        )),
        Section("作风与评价", "作风与评价\n（35分）", 35, (
            Row("每季度开展一次廉洁教育，节假日前开展廉洁提醒；在物资领用、外协加工、废旧物资处置等环节排查廉洁风险点，制定防控措施。", 6,
                "廉洁教育每少1次扣0.5分；未开展廉洁提醒的，每次扣0.3分；未排查风险点或无防控措施的扣1.5分；党员违纪违法受到处分的，本项不得分。",
                "查阅资料"),
            Row("支部每月开展一次集中学习，利用班前会开展“班组微课堂”；党员每年参加学习培训不少于24学时；每季度开展一次职工思想动态分析。", 6,
                "集中学习每少1次扣0.3分，最高扣1.5分；未开展“班组微课堂”的扣0.5分；学时不足的，每人扣0.1分，最高扣1分；思想动态分析每少1次扣"
                "0.5分。", "查阅资料"),
            Row("建立困难职工帮扶台账，“七一”、春节走访慰问困难党员和困难职工；职工诉求7个工作日内答复，答复率达到100%。", 6,
                "无帮扶台账的扣1分；走访慰问每少1次扣0.5分；答复率每低5个百分点扣0.5分，最高扣1.5分；因职工诉求处理不当引发集体上访的，本项不得分。",
                "查阅台账、个别谈话"),
            Row("党支部指导车间团支部、工会小组开展“青安岗”“青年突击队”和劳动竞赛活动，每半年听取一次群团工作汇报。", 5,
                "听取汇报每少1次扣0.5分；群团组织活动不正常、作用发挥不明显的，酌情扣1-2分。", "查阅资料"),
            Row("年初制定支部工作计划，签订党建工作责任书；每季度向厂党委报告一次支部工作；年底支部书记述职；年终形成工作总结。", 6,
                "无工作计划的扣1分；未签订责任书的扣1分；报告每少1次扣0.5分；未述职的扣1.5分；无工作总结的扣1分。", "查阅资料"),
            Row("年底由厂党委组织车间党员、职工代表对党支部工作开展满意度测评。", 6,
                "满意度95%以上的得6分，90%（含）—95%的得4.5分，85%（含）—90%的得3分，80%（含）—85%的得1.5分，80%以下的不得分。", "问卷测评"),
        )),
    ),
)

HEADER = ["考核项目", "考核要点", "分值", "计分方法", "考核方式", "得分"]
BONUS = (
    ("支部党员攻关成果获集团级以上科技进步奖、质量管理小组成果奖，或党员获省部级以上技能竞赛名次的。", 2, "每项加1分，最高加2分。", "查阅获奖证书"),
    ("支部获评集团以上先进基层党组织、“四强”党支部，或党员获评集团以上优秀共产党员的。", 1, "每项加0.5分，最高加1分。", "查阅表彰文件"),
)
NOTE = ("说明：1.本表由厂党委于12月组织考核，采取查阅资料、现场查看、系统核查、个别谈话、问卷测评相结合的方式进行；2.各项扣分以该项分值为限，"
        "扣完为止；3.一次交检合格率、生产计划完成率以厂MES系统和质量部月报数据为准；4.加分项另行计算，总分不超过103分；5.考核得分90分以上的为"
        "“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与车间党支部书记年度绩效和“四强”党支部评选挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "车间党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：厂党委所属总装车间、部装车间、涂装车间、质检车间党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None])
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    top = ws.max_row + 1
    for i, (text, points, scoring, method) in enumerate(BONUS):
        ws.append(["加分项" if i == 0 else None, text, points, scoring, method, None])
        for c in (2, 4):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (12, 52, 6, 50, 16, 7))
    wb.save(str(path))
