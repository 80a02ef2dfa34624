"""中粮油脂钦州公司党委2025年度压榨车间党支部党建工作积分考核表 (.xlsx), as the 公司党委 of a 中粮 oilseed crushing plant on the 钦州港 of 广西 (its 党群
工作部 with the 生产技术部, the 质量管理部, the 安全环保部, the 人力资源部 and the 纪委办公室, a 考核组 that walks the 压榨车间 and the 浸出车间 in the
first half of January, when the 大豆 ships from 巴西 lie at the 码头, the 筒仓 are full for the 春节 demand of 食用油 and 豆粕, and the 浸出 line is under
the strictest 防火防爆 watch of the year) scores the 党支部 of its 压榨车间: the 车间主任 who is the 书记 or the 副书记, the 班组长 of the 预处理、压榨、
浸出 and 精炼 班组 on 四班三倒, the 外包 loaders of the 码头 and the 筒仓, the 技术骨干 from whom the 支部 hopes to 发展: a 积分 sheet whose 基础分 of 100
is printed under a banner, whose 考核内容 prints what the 支部 must have done, whose 评分标准 takes points off one clause at a time (scoring the 述职评议
满意率 in bands and the 成品油 合格率 by the 0.5个百分点), whose 佐证材料 names the papers the 考核组 asks for, and under whose 基础分合计 a 加分项 block:
政治建设 (the “第一议题”, a monthly 集中学习, two “班前微学习” a month and 32学时; a quarterly 思想动态分析, the 外包人员 and a 一票否决; the 年初 责任书, a
half-yearly 风险排查, a quarterly 廉洁教育 and no 处分; a half-yearly 研究, the “群主负责制” and a "本项不得分"), 组织建设 (the 3至5人, the 交叉任职, the
党员 班组长 比例 and the 党小组; the “三会一课” in batches, the 参会率 and the 记录; the 主题党日 on the first Friday with its 方案、记录、照片; the 组织生活会,
the 征求意见, the 谈心谈话, the 批评 and the 民主评议; two 积极分子, 党费 按月 with a quarterly 公示; the “先锋积分” by month, a quarterly 公示 and the 年底
评定), 生产融合 (four 安全监督岗, a monthly 排查, the 整改率, a half-yearly 演练 and a 一票否决; the 示范岗, the 合格率, a quarterly 质量分析会 and a "本项
不得分"; two 课题, the 单耗 and fifteen 建议; the “师带徒”, one 技能比武 and the 持证率; the “四必访”, the “送清凉” and three 实事) and 基础保障 (the 标识、
制度、书籍, the 台账 by month and the 年底 归档; the 年初 计划, the 年底 总结, the 年底 述职 and its 满意率 in bands; six 报道 and one 集团级).

A merged title row, a merged "考核对象：压榨车间党支部" line and a merged "考核人：    考核日期：" line above the header 序号 | 考核项目 | 考核内容 | 评分标准 |
分值 | 佐证材料 | 得分. Under the header a BANNER ROW "一、基础分（100分）" merged across the sheet. The 考核项目 are MERGED CELLS down the SECOND column,
printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治建设\\n（20分）"; there is no short sub-label. 序号 (FIRST column) runs 1..18 through
the 基础分, NOT restarting. 考核内容 (`Row.text`) says what is required; the 评分标准 (`Row.scoring`) comes BEFORE the 分值, a plain number (the points);
佐证材料 (`Row.method`) names the papers, joined by "、"; 得分 is blank. A "基础分合计" row of 100 closes the 基础分; then a BANNER ROW "二、加分项（最高加
10分）" merged across the sheet and three bonus rows numbered 1..3 (a short 考核项目 name in the second column, the 加分内容 in the 考核内容 column, the
加分办法 in the 评分标准 column, the most each adds in the 分值 column and a 佐证; not in `sections`); a merged 说明 row closes the sheet. Counts in figures
and Chinese numerals, nearly all in the 考核内容 ("每月开展一次", "每月不少于2次", "每人每年…不少于32学时", "每季度开展一次", "全年", "年初", "每半年开展
一次", "每季度开展一次", "全年", "每半年…研究一次", "全年", "3至5人", "百分之五十以上", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，
党课每季度1次", "不低于百分之九十", "每月第一个星期五", "每年召开一次", "年内…不少于2名", "按月", "每季度公示一次", "按月记分", "每季度公示一次", "年底",
"不少于4个", "每月开展一次", "100%", "每半年组织一次", "全年", "100%", "每季度召开一次", "全年", "年内…不少于2项", "年内…不少于15条", "不少于1名", "年内…不少于
1次", "百分之九十", "高温季节", "年内…不少于3件", "按月", "年底", "年初", "年底", "年底", "百分之九十以上", "年内…不少于6篇", "不少于1篇"); "最高扣" caps; bands
of the 述职评议 满意率 (3 of the 6 points, closed by "85%以下的不得分"); "每低10个百分点" twice, "每低1个百分点" once, "每低5个百分点" once and "每低0.5个
百分点" once; "酌情扣0.5-1分" three times; two "实行一票否决，本项不得分" and two other "本项不得分".
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


def _row(text: str, scoring: str, points: float, papers: str) -> Row:
    """One row in the order the sheet prints it: 考核内容, 评分标准, 分值, 佐证材料."""
    return Row(text, points, scoring, papers)


TABLE = Table(
    name="zzzzzc_qinzhou_zhongliang_youzhi_yazha_chejian_zhibu_xlsx",
    fmt="xlsx",
    title="中粮油脂钦州公司党委2025年度压榨车间党支部党建工作积分考核表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设\n（20分）", 20, (
            _row("落实“第一议题”制度，支部每月开展一次集中学习；各班组利用班前会每月开展不少于2次“班前微学习”；党员每人每年参加学习培训不少于32学时。",
                 "集中学习每少1次扣0.5分，最高扣2分；“班前微学习”每少1次扣0.1分，最高扣1.5分；学时不足的，每人扣0.2分，最高扣2分。", 6,
                 "学习记录、班前会记录、学时统计表"),
            _row("每季度开展一次职工思想动态分析，倒班职工、外包作业人员纳入思想政治工作范围；全年不发生群体性事件。",
                 "思想动态分析每少1次扣0.5分；外包作业人员未纳入的扣0.5分；发生群体性事件的，实行一票否决，本项不得分。", 4, "思想动态分析报告"),
            _row("支部书记年初签订党风廉政建设责任书；每半年开展一次廉洁风险排查，原料验收、副产品销售等关键岗位防控措施落实到位；每季度开展一次廉洁教育；"
                 "全年无违纪违规问题。",
                 "未签订责任书的扣1分；风险排查每少1次扣1分；防控措施不落实的，酌情扣0.5-1分；廉洁教育每少1次扣0.5分；党员受到党纪处分的，每人扣3分。", 5,
                 "责任书、廉洁风险排查表、廉洁教育记录"),
            _row("支部每半年专题研究一次意识形态工作；车间、班组微信群落实“群主负责制”；全年不发生意识形态领域问题。",
                 "专题研究每少1次扣1分；群管理不规范的，酌情扣0.5-1分；发生意识形态问题造成不良影响的，本项不得分。", 5, "支委会记录"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            _row("支部委员会由3至5人组成，车间主任任支部书记或副书记；班组长中党员比例达到百分之五十以上；党小组建在班组上。",
                 "支委配备不齐的扣1分；交叉任职不到位的扣1分；党员班组长比例每低10个百分点扣0.5分，最高扣2分；党小组设置不合理的扣1分。", 5,
                 "支委分工文件、班组长名册"),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；倒班党员分批次参加，党员参会率不低于百分之九十。",
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录不规范的，酌情扣0.5-1分。", 7,
                 "会议记录本、签到表"),
            _row("每月第一个星期五开展主题党日活动，结合安全生产、降本增效确定主题；每次有方案、有记录、有照片。",
                 "主题党日每少1次扣0.3分，最高扣2分；缺方案或照片的，每次扣0.2分，最高扣1分；主题与生产脱节的扣0.5分。", 5, "活动方案、活动照片"),
            _row("每年召开一次组织生活会，会前征求职工意见、开展谈心谈话，会上认真开展批评和自我批评；会后开展民主评议党员，评议结果作为评先评优依据。",
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；未开展谈心谈话的扣0.5分；批评和自我批评不深入的扣0.5分；未开展民主评议党员的扣1.5分。", 5,
                 "会议记录、征求意见表、民主评议测评表"),
            _row("年内从技术骨干、一线班组长中确定入党积极分子不少于2名；党员按月交纳党费，党费收缴情况每季度公示一次。",
                 "积极分子每少1名扣0.5分；未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.3分。", 4, "积极分子名册、党费收缴台账"),
            _row("实行党员“先锋积分”管理，按月记分，积分每季度公示一次；年底按积分评定“先锋党员”。",
                 "未实行积分管理的扣1分；未按月记分的，每月扣0.1分，最高扣1分；公示每少1次扣0.3分；年底未评定的扣1分。", 4, "积分台账、公示照片"),
        )),
        Section("生产融合", "生产融合\n（35分）", 35, (
            _row("设立党员安全监督岗不少于4个；每月开展一次安全隐患排查，隐患整改率达到100%；每半年组织一次浸出车间防火防爆应急演练；全年不发生一般及以上"
                 "生产安全事故。",
                 "监督岗每少1个扣0.5分；排查每少1次扣0.3分，最高扣1.5分；整改率每低1个百分点扣0.2分，最高扣2分；演练每少1次扣1分；发生一般及以上生产安全"
                 "事故的，实行一票否决，本项不得分。", 8, "隐患排查台账、演练方案、演练照片"),
            _row("开展“党员质量示范岗”创建；压榨成品油出厂检验合格率达到100%；每季度召开一次质量分析会；全年不发生食品安全事故。",
                 "未开展示范岗创建的扣1分；合格率每低0.5个百分点扣1分，最高扣3分；质量分析会每少1次扣0.5分；发生食品安全事故的，本项不得分。", 7,
                 "检验报告、质量分析会记录"),
            _row("组建党员降本增效攻关小组，年内立项攻关课题不少于2项；吨料电耗、蒸汽单耗完成公司下达指标；职工年内提出合理化建议不少于15条。",
                 "攻关课题每少1项扣1分；单耗未完成指标的，每项扣1分；合理化建议每少1条扣0.1分，最高扣1.5分。", 7, "课题立项书、能耗统计表、合理化建议登记表"),
            _row("落实“师带徒”制度，党员技师每人带徒不少于1名；年内开展岗位技能比武不少于1次；党员岗位技能等级证书持证率达到百分之九十。",
                 "带徒未落实的，每人扣0.3分，最高扣1.5分；未开展技能比武的扣1.5分；持证率每低10个百分点扣0.5分，最高扣2分。", 6, "师徒协议、比武方案、证书复印件"),
            _row("落实职工“四必访”，职工生病住院、家庭困难等必访；高温季节开展“送清凉”活动；年内开展“我为职工办实事”不少于3件。",
                 "应访未访的，每人次扣0.3分，最高扣1.5分；未开展“送清凉”活动的扣1分；办实事每少1件扣0.5分。", 7, "走访记录、实事清单"),
        )),
        Section("基础保障", "基础保障\n（15分）", 15, (
            _row("车间党员活动室有标识、有制度、有党建书籍；党建台账按月整理，年底装订归档。",
                 "标识、制度、书籍每缺一项扣0.5分；台账未按月整理的，每月扣0.1分，最高扣1分；年底未归档的扣1分。", 5, "活动室照片、党建台账"),
            _row("年初制定支部工作计划，年底形成工作总结；支部书记年底向公司党委述职，述职评议满意率达到百分之九十以上。",
                 "缺计划或总结的，每项扣1分；未述职的扣2分；满意率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。", 6,
                 "工作计划、工作总结、述职报告、测评汇总表"),
            _row("年内在公司内网、微信公众号宣传报道支部工作不少于6篇，在集团级以上媒体报道不少于1篇。",
                 "内网、公众号报道每少1篇扣0.3分，最高扣1.5分；集团级以上媒体报道未达到的扣1分。", 4, "报道截图"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "评分标准", "分值", "佐证材料", "得分"]
BASE_HEAD = "一、基础分（100分）"
BONUS_HEAD = "二、加分项（最高加10分）"
BONUS = (
    ("1", "表彰荣誉", "支部或党员获得公司级以上表彰，或支部被评为集团“先进基层党组织”的。", "公司级每项加1分，集团级以上每项加2分。", 4, "表彰文件"),
    ("2", "创新成果", "“党员攻关”成果获得集团级以上科技进步奖、QC成果奖或国家专利的。", "每项加1分。", 3, "获奖证书、专利证书"),
    ("3", "经验推广", "支部党建工作经验在集团以上会议交流或被上级推广的。", "每项加1.5分。", 3, "推广文件"),
)
NOTE = ("说明：1.本表由公司党委于次年1月上旬组织考核，党群工作部牵头，生产技术部、质量管理部、安全环保部、纪委办公室参加，以2025年1月1日至12月31日形成"
        "的资料为准；2.考核总分＝基础分得分＋加分项得分，加分最高10分；基础分各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；3.合格"
        "率以质量管理部出厂检验台账为准，生产安全事故、食品安全事故由安全环保部、质量管理部认定；4.考核总分95分以上的为“五星党支部”，90—94分的为“四星"
        "党支部”，80—89分的为“三星党支部”，80分以下的不评星，考核结果与车间绩效和支部书记年度考核挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部积分考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：压榨车间党支部", ncols)
    xlsx_line(ws, "考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    xlsx_line(ws, BASE_HEAD, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center, label="基础分合计")
    xlsx_line(ws, BONUS_HEAD, ncols)
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for number_text, name, text, rule, most, papers in BONUS:
        ws.append([number_text, name, text, rule, most, papers, None])
        for c in (3, 4, 6):
            ws.cell(ws.max_row, c).alignment = wrap
        for c in (1, 2, 5):
            ws.cell(ws.max_row, c).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 90)
    xlsx_widths(ws, (6, 12, 50, 52, 7, 22, 7))
    wb.save(str(path))
