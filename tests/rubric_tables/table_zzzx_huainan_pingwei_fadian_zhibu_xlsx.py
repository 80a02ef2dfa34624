"""平圩发电公司2025年度基层党支部党建工作考核评分表 (.xlsx), as the 公司党委 of a coal-fired 电厂 on the 淮河 at 平圩 in 安徽 淮南 (its 党群
工作部 with the 安全监察部, the 生产技术部, the 人力资源部 and the 纪委办公室, a 考核组 in December) scores its 基层党支部 — 运行, 设备, 燃料 and
综合: the 集控室 where the 运行 值 work “五值三倒” round the clock, the 锅炉, 汽机 and 输煤 men, the 检修 of the 大修 in spring, the 两票 (工作票,
操作票) that every job needs, the 迎峰度夏 and 迎峰度冬 when the 电网 calls for every 兆瓦, the 脱硫, 脱硝 and 除尘 whose 排放 the 环保 部门 reads
online, the 燃料 采样 and 制样 that must be watched by two, the 创新工作室 and the QC 小组, the 平圩镇 村 the 支部 is paired with: a sheet whose
考核指标 is a short label, whose 考核标准 prints every requirement and figure, and whose 扣分办法 gives one deduction a clause (once bands):
政治建设 (a monthly 集中学习, two “班前微课堂” a month a 值 and 32学时; a quarterly 思想动态 分析, a half-yearly 谈心谈话 with each 党员, the 应谈
and the 书记's two 党课; a half-yearly 研判 of the 意识形态, the 专人, two 宣传信息 a month and a 不得分), 组织建设 (the 换届, the 党小组 by 值, the
班组 覆盖率 and a yearly 培训 of the 书记; the “三会一课” with the 错时, the monthly 主题党日 and the 缺席; the 组织生活会 with 民主评议, 征求意见,
the 整改措施 and its 通报; two 积极分子 and one 发展 a year, a quarterly 考察, the 公示 and the 程序; 党费 with a half-yearly 公示, the “安全积分”
with a quarterly 公示 and the 年底 评选), 安全生产和党建融合 (the 责任区 覆盖率, the “两票” 合格率, the 违章 and a 一票否决; no 非停, the 突击队, the
24小时 值守 and a quarterly 反事故演习; the 投运率, a monthly 巡查, the 煤耗 and 厂用电率 and the 超标; two QC or 革新 a year, two 合理化建议 a
head, a yearly “师带徒” and the 师徒协议; the 帮扶台账, the “七一”、春节 慰问, the 共建协议 with two 共建活动 a year and a quarterly 志愿服务)
and 作风建设 (a yearly 风险点排查 with the 防控措施, a half-yearly 警示教育, the 双人监督 and a 不得分; the 年初 计划, a quarterly 报告, the 年底 述职,
the 年终 总结 and the 台账; the 年底 满意度 测评 in bands for the whole 6 points).

A merged title row, a merged "考核对象：公司党委所属运行、设备、燃料、综合党支部" line and a merged "党支部： 考核人： 考核日期：" line above the header
考核项目 | 考核指标 | 分值 | 考核标准 | 扣分办法 | 考核方式 | 得分. There is NO 序号: the items are numbered by position (1..16). The categories are
MERGED CELLS down the 考核项目 column (FIRST), printed WITH an ordinal and their points on one line, "一、政治建设（15分）". 考核指标 is a short
sub-label (`Row.indicator`); 考核标准 says what is required (`Row.text`). 分值 is a plain number BEFORE the 考核标准 and the 扣分办法. 考核方式
(`Row.method`) only says how the 考核组 checks (查阅资料, 抽查学时, 个别谈话, 查阅会议记录, 查阅台账, 现场检查, 系统核查, 问卷测评, once "安全
监察部提供", once "生产技术部提供"): no papers. 得分 is blank. A 合计 row of 100; then two 加分项 rows UNDER it (a "加分项" cell merged down the
考核项目 column, 考核指标 "先进表彰" and "创新成果", a 最高加分 in the 分值 column); a merged 说明 row closes the sheet. Counts in figures and
Chinese numerals, nearly all in the 考核标准 ("每月开展一次", "每值每月不少于2次", "每年…不少于32学时", "每季度开展一次", "每半年…至少一次",
"每年讲党课不少于2次", "每半年研判一次", "每月…不少于2篇", "按期", "3人以上", "每年…不少于1次", "支部委员会每月召开1次，支部党员大会每季度召开
1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每年召开一次", "年内…不少于2名", "每年至少发展党员1名", "每季度考察一次", "不少于5
个工作日", "按月", "每半年公示一次", "每季度公示", "年底", "全年", "24小时", "每季度开展一次", "每月开展一次", "每年…不少于2项", "每人每年…不少于
2条", "每年开展一次", "“七一”、春节期间", "每年…不少于2次", "每季度…不少于1次", "每年开展一次", "每半年开展一次", "年初", "每季度…报告一次",
"年底", "年终", "年底"); "百分之九十", "百分之九十", "100%"; "最高扣" caps; "酌情扣1-2分" once and "酌情扣0.5-1分" once; one set of bands (a 满意度 for
the whole 6 points closed by "80%以下的不得分"); one "实行一票否决，本项不得分"; four other plain "本项不得分".
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
    name="zzzx_huainan_pingwei_fadian_zhibu_xlsx",
    fmt="xlsx",
    title="平圩发电公司2025年度基层党支部党建工作考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("支部每月开展一次集中学习；运行倒班人员利用交接班前“班前微课堂”开展学习，每值每月不少于2次；党员每年参加学习培训不少于32学时。",
                5,
                "集中学习每少1次扣0.3分，最高扣2分；班前微课堂每少1次扣0.1分，最高扣1分；学时不足的，每人扣0.1分，最高扣1分。",
                "查阅资料、抽查学时", indicator="理论学习"),
            Row("每季度开展一次职工思想动态分析；支部书记每半年与每名党员谈心谈话至少一次，职工家庭困难、岗位调整时及时谈心；支部书记每年讲党课"
                "不少于2次。", 5,
                "思想动态分析每少1次扣0.5分；谈心谈话未全覆盖的，每缺1人扣0.1分，最高扣1分；应谈未谈的，每人扣0.3分；党课每少1次扣0.5分。",
                "查阅资料、个别谈话", indicator="思想政治工作"),
            Row("落实意识形态工作责任制，每半年研判一次意识形态形势；班组微信群、宣传栏明确专人管理；每月向公司党建专栏报送宣传信息不少于2篇。",
                5,
                "研判每少1次扣0.5分；阵地无专人管理的扣0.5分；宣传信息每少1篇扣0.2分，最高扣1.5分；发生意识形态问题造成不良影响的，本项不得分。",
                "查阅资料", indicator="意识形态"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            Row("按期换届，支委会由3至5人组成；按运行值或专业设置党小组；党员3人以上的值、班组党员覆盖率达到百分之九十；支部书记每年参加公司"
                "党委培训不少于1次。", 5,
                "未按期换届的扣2分；党小组设置不合理的扣0.5分；覆盖率每低5个百分点扣0.5分；书记未参加培训的扣1分。", "查阅资料",
                indicator="支部设置"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；运行党员按值错时参加；每月开展一次主题"
                "党日。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；主题党日每少1次扣0.3分，最高扣2分；党员无故缺席组织生活的，每人次扣0.1分。",
                "查阅会议记录", indicator="组织生活"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前广泛征求职工意见，会后制定整改措施并在支部内通报。", 4,
                "未召开组织生活会的扣2分；未开展民主评议的扣1分；未征求意见的扣0.5分；整改措施未通报的扣0.5分。", "查阅会议记录",
                indicator="组织生活会"),
            Row("年内确定入党积极分子不少于2名，每年至少发展党员1名，重点从运行值班员、检修技术骨干中发展；入党积极分子每季度考察一次；发展对象"
                "公示不少于5个工作日。", 5,
                "积极分子每少1名扣0.5分；未发展党员的扣1.5分；考察每少1次扣0.2分；未公示的扣1分；违反程序发展党员的，本项不得分。", "查阅档案",
                indicator="发展党员"),
            Row("党员按月交纳党费，党费收缴情况每半年公示一次；实行党员“安全积分”管理，将安全违章、“两票”执行等纳入积分，积分每季度公示；年底"
                "按积分评选优秀党员。", 5,
                "未按月交纳的每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；未实行积分管理的扣1分；积分公示每少1次扣0.2分；年底未评选的扣"
                "0.5分。", "查阅台账", indicator="党员管理"),
        )),
        Section("安全生产和党建融合", "三、安全生产和党建融合（40分）", 40, (
            Row("在集控运行、锅炉、汽机、输煤等岗位划分党员安全责任区，责任区覆盖率达到100%；工作票、操作票“两票”合格率达到100%；党员本人全年"
                "无违章。", 8,
                "责任区覆盖率每低10个百分点扣1分；“两票”合格率每低1个百分点扣0.5分，最高扣3分；党员发生违章的，每人次扣0.5分；所在部门发生"
                "人身伤亡或一类障碍以上设备事故的，实行一票否决，本项不得分。", "现场检查、安全监察部提供", indicator="党员安全责任区"),
            Row("党员带头攻坚，机组非计划停运为零；迎峰度夏、迎峰度冬期间组建党员突击队，重要保电任务期间党员24小时值守；每季度开展一次反事故"
                "演习。", 8,
                "机组非计划停运的，每次扣2分；未组建党员突击队的扣1分；保电期间值守不到位的，酌情扣1-2分；反事故演习每少1次扣0.5分。",
                "生产技术部提供", indicator="安全稳定运行"),
            Row("脱硫、脱硝、除尘设施投运率达到100%，污染物排放不超标；每月开展一次环保设施巡查；供电煤耗、厂用电率完成公司下达的年度指标。", 8,
                "投运率每低1个百分点扣0.5分；巡查每少1次扣0.3分；供电煤耗、厂用电率未完成指标的，每项扣1分；污染物超标排放被生态环境部门处罚"
                "的，本项不得分。", "系统核查、查阅台账", indicator="节能环保"),
            Row("依托党员创新工作室开展技术攻关，每年完成QC成果或技术革新项目不少于2项；党员每人每年提出合理化建议不少于2条；每年开展一次"
                "“师带徒”结对，签订师徒协议。", 8,
                "创新项目每少1项扣1分；合理化建议不足的，每人扣0.1分，最高扣1分；未开展“师带徒”的扣1分；无师徒协议的扣0.5分。", "查阅资料",
                indicator="创新创效"),
            Row("建立困难职工帮扶台账，“七一”、春节期间走访慰问困难党员和职工；支部与平圩镇1个村党组织结对共建，签订共建协议，每年开展共建活动"
                "不少于2次；每季度组织党员志愿服务不少于1次。", 8,
                "无帮扶台账的扣1分；慰问每少1次扣0.5分；未签订共建协议的扣1分；共建活动每少1次扣0.5分；志愿服务每少1次扣0.3分。", "查阅资料",
                indicator="关心关爱"),
        )),
        Section("作风建设", "四、作风建设（20分）", 20, (
            Row("每年开展一次廉洁风险点排查，对燃料采购验收、检修外包、物资招标等关键岗位制定防控措施；每半年开展一次警示教育；燃料采样、制样"
                "实行双人监督。", 7,
                "未开展风险点排查的扣1.5分；无防控措施的扣1分；警示教育每少1次扣0.5分；采制样未执行双人监督的，每次扣0.5分；发生违规违纪问题"
                "被查处的，本项不得分。", "查阅资料、现场检查", indicator="廉洁风险防控"),
            Row("年初制定支部工作计划；每季度向公司党委报告一次支部工作；年底支部书记述职，接受党员职工评议；年终形成工作总结。", 7,
                "无年度计划的扣1分；报告每少1次扣0.5分；未述职的扣2分；无年终总结的扣1分；党建台账不规范的，酌情扣0.5-1分。", "查阅资料",
                indicator="工作责任制"),
            Row("年底组织党员职工对支部工作开展满意度测评，满意度达到百分之九十。", 6,
                "满意度95%以上的得6分，90%（含）—95%的得5分，85%（含）—90%的得3分，80%（含）—85%的得1分，80%以下的不得分。", "问卷测评",
                indicator="职工满意度"),
        )),
    ),
)

HEADER = ["考核项目", "考核指标", "分值", "考核标准", "扣分办法", "考核方式", "得分"]
BONUS = (
    ("先进表彰", 2, "党支部获评集团公司或省级以上先进基层党组织，党员获评集团公司或省级以上优秀共产党员的。", "集团公司级加1分，省级以上加2分，"
     "最高加2分。", "查阅表彰文件"),
    ("创新成果", 1, "党员创新成果获省部级以上科技进步奖或集团公司科技进步一等奖的。", "每项加0.5分，最高加1分。", "查阅获奖证书"),
)
NOTE = ("说明：1.本表由公司党委于12月组织考核，采取查阅资料、现场检查、个别谈话、问卷测评相结合的方式进行；2.各项扣分以该项分值为限，扣完为止；"
        "3.非运行党支部的“两票”、非计划停运等指标按所在部门承担的任务考核；4.加分项另行计算，总分不超过103分；5.考核得分90分以上的为“优秀”，"
        "80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”，考核结果与支部书记年度考核和部门绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基层党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：公司党委所属运行、设备、燃料、综合党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.points, row.text, row.scoring, row.method, None])
            for c in (4, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    top = ws.max_row + 1
    for i, (indicator, points, text, scoring, method) in enumerate(BONUS):
        ws.append(["加分项" if i == 0 else None, indicator, points, text, scoring, method, None])
        for c in (4, 5, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (14, 12, 6, 46, 48, 16, 7))
    wb.save(str(path))
