"""驻马店市残联机关党委2025年度残疾人托养康复中心党支部考核评分表 (.xlsx), as the 机关党委 of the 残疾人联合会 of 驻马店 in 河南 (its 机关党委办公室 with
the 康复部, the 教育就业部, the 组联部 and the 机关纪委, a 考核组 that spends a day at the 中心 in the third week of December, when the 天中 plain is bare
after the 小麦 sowing, the 竹沟 and 确山 hills are brown, the 托养 residents are making paper-cut 福 for the 春节 in the 康复 workshop and the 残疾儿童 of
the 抢救性康复 programme are finishing their winter term) scores the 党支部 of the 残疾人托养康复中心: a small 事业单位 支部 of 康复师, 护理员, 特教 teachers
and 后勤 staff on shifts round the clock, with the 托养 wing of 重度 and 智力、精神 残疾人, the 儿童康复 wing and the 辅具 room: a sheet whose 考核内容及要求
prints what the 支部 must have done, whose 扣分办法 takes points off one clause at a time (scoring the 年底 满意率 in bands and grading the 先锋岗 作用 by
好/较好/一般) and whose 佐证材料 names the papers: 政治建设 (the “第一议题”, a monthly 集中学习, 32学时 and the 书记's 3天; a half-yearly 研判, the 审核 and a
"本项不得分"; the 年初 责任书, a quarterly 警示教育, a quarterly 公示 of the 资金 and no 处分; the 年底 述职, the 满意率, the 换届 and the 团结), 组织生活 (the
“三会一课”, the 补课, the 参会率 and the 记录; the 主题党日, two 助残日 活动 and one 现场教学 at the 竹沟革命纪念馆; the 组织生活会, the 征求意见, the 谈心
谈话 全覆盖, the 民主评议 and its 公示; 党费 按月 with a half-yearly 公示, the 积分 by month with a quarterly 公示 and one 积极分子), 业务融合 (three 先锋岗,
the 亮身份, the 一线 比例 and the graded 作用; the “一人一档” 照料计划, a quarterly 评估, the 配比 and a half-yearly 家属 调查; the 康复方案, the 频次, 200
人次 and the 有效率; a monthly 安全检查, the 整改率, a half-yearly 演练, the 参与率 and a 一票否决; the 服务队, a quarterly “助残进社区”, two 共建协议 and four
联合活动; the 年底 满意率 in bands) and 基础保障 (the 年初 计划 and 工作要点, the 年底 总结 and the 同部署; the 标识、党旗、制度、书报, the 台账 by month and the
专人; the 帮扶台账, the “七一”、春节 慰问 and a half-yearly 座谈会).

A merged title row, a merged "考核对象：市残疾人托养康复中心党支部" line and a merged "考核组：    考核日期：" line above the header 考核指标 | 考核内容及要求 |
分值 | 扣分办法 | 佐证材料. There is NO 序号: the items are numbered by position 1..17. Each category is a SECTION ROW merged across the sheet, printed WITH
an ordinal and WITH its points on one line, "一、政治建设（20分）". 考核指标 (FIRST column) is a short name on every row (`Row.indicator`); 考核内容及要求
(`Row.text`) says what is required; 分值 is a plain number BEFORE the 扣分办法 (`Row.scoring`); 佐证材料 (`Row.method`) last, naming the papers, joined by
"、". A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容及要求 ("每月组织一次", "每人每年
…不少于32学时", "每年…不少于3天", "每半年开展一次", "全年", "年初", "每季度开展一次", "每季度公示一次", "全年", "年底", "不低于百分之八十五", "按期", "支部委员会
每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "百分之八十五", "每月开展一次", "年内…不少于2次", "1次以上", "每年召开一次",
"全覆盖", "按月", "每半年公示一次", "按月记分、每季度公示", "年内…不少于1名", "不少于3个", "不低于百分之五十", "每季度评估一次", "不低于1:5", "每半年开展
一次", "每周不少于3次", "年内…不少于200人次", "百分之八十", "每月开展一次", "100%", "每半年组织一次", "百分之九十", "全年", "每季度开展一次", "不少于2个",
"年内…不少于4次", "年底", "百分之九十", "年初", "年底", "按月", "“七一”、春节", "每半年召开一次"); "最高扣" caps; bands of the 年底 满意率 (all 7 points,
closed by "85%以下的不得分"); the 先锋岗 作用 graded "好的得2分，较好的得1分，一般的不得分"; "每少20人次" once; "每低5个百分点" twice; "酌情扣0.5-1分" twice
and "酌情扣1-2分" twice; one "实行一票否决，本项不得分" and one other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table


def _row(label: str, text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核指标 (a short name), 考核内容及要求, 分值, 扣分办法, 佐证材料."""
    return Row(text, points, scoring, proof, indicator=label)


TABLE = Table(
    name="zzzzzi_zhumadian_canlian_tuoyang_kangfu_zhongxin_zhibu_xlsx",
    fmt="xlsx",
    title="驻马店市残联机关党委2025年度残疾人托养康复中心党支部考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月组织一次集中学习；党员每人每年参加学习培训不少于32学时；支部书记每年参加机关党委组织的培训不少于3天。", 6,
                 "集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分；支部书记培训不足3天的扣1分；未落实“第一议题”制度的扣1分。",
                 "学习记录、签到表"),
            _row("意识形态",
                 "每半年开展一次意识形态工作研判；中心宣传栏、微信公众号信息发布执行审核制度；全年无意识形态领域负面舆情。", 4,
                 "研判每少1次扣1分；信息发布未经审核的，每次扣0.5分，最高扣1分；发生负面舆情造成不良影响的，本项不得分。",
                 "研判记录、信息审核登记表"),
            _row("党风廉政",
                 "年初签订党风廉政建设责任书；每季度开展一次廉政警示教育；托养补贴、康复救助资金发放情况每季度公示一次；全年支部党员无违纪违法问题。", 6,
                 "未签订责任书的扣1分；警示教育每少1次扣0.5分，最高扣2分；资金公示每少1次扣0.5分，最高扣2分；党员受到党纪政务处分的，每人扣3分。",
                 "责任书、警示教育记录、公示照片"),
            _row("班子建设",
                 "支部书记年底向机关党委述职，述职评议满意率不低于百分之八十五；支部按期换届；支委班子团结协作。", 4,
                 "未述职的扣2分；满意率低于85%的扣1分；未按期换届的扣1分；班子不团结的，酌情扣0.5-1分。",
                 "述职报告、测评表"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("三会一课",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；倒班岗位党员缺席的及时补课；党员参会率达到百分之八十五。",
                 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；缺席党员未补课的，每人次扣0.1分，最高扣1分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录不规范的，"
                 "酌情扣0.5-1分。",
                 "会议记录本、签到表"),
            _row("主题党日",
                 "每月开展一次主题党日活动；年内结合“全国助残日”“国际残疾人日”开展助残主题活动不少于2次；组织党员到竹沟革命纪念馆等红色教育基地开展现场教学"
                 "1次以上。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；助残主题活动每少1次扣1分；未开展现场教学的扣1分。",
                 "活动方案、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前征求托养对象家属和职工意见，支委与党员谈心谈话全覆盖；会后开展民主评议党员，评议结果公示。", 5,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；谈心谈话未全覆盖的扣0.5分；未开展民主评议党员的扣1.5分；评议结果未公示的扣0.5分。",
                 "会议记录、征求意见表、谈心谈话记录"),
            _row("党员管理",
                 "党员按月交纳党费，党费收缴情况每半年公示一次；实行党员积分管理，按月记分、每季度公示；年内培养入党积极分子不少于1名，注重从一线康复师、"
                 "护理员中培养。", 8,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；未实行积分管理的扣1.5分；积分公示每少1次扣0.5分，最高扣2分；未培养入党"
                 "积极分子的扣2分。",
                 "党费收缴台账、积分台账、公示照片"),
        )),
        Section("业务融合", "三、业务融合（40分）", 40, (
            _row("先锋示范",
                 "设立“党员护理先锋岗”“党员康复示范岗”不少于3个，党员亮身份、作承诺；党员在护理、康复一线岗位的比例不低于百分之五十。", 6,
                 "先锋岗每少1个扣1分；未亮身份、作承诺的扣1分；一线岗位党员比例低于50%的扣1分；先锋岗作用发挥由考核组评定，好的得2分，较好的得1分，一般的"
                 "不得分。",
                 "先锋岗名单、承诺书、挂牌照片"),
            _row("托养服务",
                 "托养对象个人照料计划实行“一人一档”，每季度评估一次并调整；重度残疾人托养区护理员与托养对象配比不低于1:5；每半年开展一次托养对象家属满意度"
                 "调查。", 7,
                 "照料计划每缺1份扣0.2分，最高扣2分；评估每少1次扣0.5分，最高扣2分；配比不达标的扣1.5分；家属满意度调查每少1次扣1分。",
                 "照料计划、评估记录、护理员排班表、调查问卷"),
            _row("康复服务",
                 "为托养对象制定个性化康复训练方案，康复训练每周不少于3次；年内为辖区残疾儿童提供康复救助服务不少于200人次；康复训练有效率达到百分之八十。", 7,
                 "无康复训练方案的，每人扣0.2分，最高扣1.5分；训练频次不足的，酌情扣1-2分；康复救助服务每少20人次扣0.5分，最高扣2分；有效率每低5个百分点扣"
                 "0.5分，最高扣1.5分。",
                 "康复训练方案、训练记录、救助服务台账、评估报告"),
            _row("安全管理",
                 "每月开展一次消防、食品、用药安全检查，隐患整改率100%；每半年组织一次消防疏散演练，托养对象参与率达到百分之九十；全年不发生托养对象走失、伤亡"
                 "等安全责任事故。", 7,
                 "安全检查每少1次扣0.5分，最高扣2分；整改率低于100%的扣1分；演练每少1次扣1分；参与率低于90%的扣0.5分；发生走失、伤亡等安全责任事故的，实行"
                 "一票否决，本项不得分。",
                 "安全检查记录、整改台账、演练照片"),
            _row("志愿共建",
                 "组建党员志愿服务队，每季度开展一次“助残进社区”志愿服务；与辖区社区、爱心企业党组织签订结对共建协议不少于2个，年内联合开展活动不少于4次。", 6,
                 "未组建服务队的扣1分；志愿服务每少1次扣0.5分，最高扣2分；共建协议每少1个扣0.5分；联合活动每少1次扣0.5分，最高扣2分。",
                 "志愿服务记录、共建协议、活动照片"),
            _row("满意测评",
                 "机关党委年底组织托养对象家属、职工代表对支部工作开展满意度测评，满意率达到百分之九十。", 7,
                 "满意率95%以上的得7分，90%（含）—95%的得5分，85%（含）—90%的得3分，85%以下的不得分。",
                 "测评统计表"),
        )),
        Section("基础保障", "四、基础保障（15分）", 15, (
            _row("计划总结",
                 "年初制定支部工作计划和党建工作要点，年底形成工作总结；党建工作与康复托养业务同部署、同考核。", 5,
                 "缺计划、要点或总结的，每项扣1分；同部署、同考核未落实的，酌情扣1-2分。",
                 "工作计划、工作要点、工作总结"),
            _row("阵地台账",
                 "党员活动室做到有标识、有党旗、有制度、有书报；建立支部工作台账，按月归档，专人管理。", 5,
                 "标识、党旗、制度、书报每缺一项扣0.5分；台账未按月归档的，每月扣0.2分，最高扣2分；无专人管理的扣1分。",
                 "活动室照片、支部工作台账"),
            _row("关爱职工",
                 "建立困难职工、生活困难党员帮扶台账；“七一”、春节走访慰问老党员和困难党员；每半年召开一次职工座谈会，听取意见建议。", 5,
                 "无帮扶台账的扣1分；走访慰问每少1人扣0.2分，最高扣1.5分；座谈会每少1次扣1分。",
                 "帮扶台账、慰问照片、座谈会记录"),
        )),
    ),
)

HEADER = ["考核指标", "考核内容及要求", "分值", "扣分办法", "佐证材料"]
NOTE = ("说明：1.本表由市残联机关党委于12月中下旬组织考核，机关党委办公室牵头，康复部、教育就业部、组联部、机关纪委参加，采取听取汇报、查阅佐证材料、"
        "实地查看、个别谈话、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准；2.各项扣分以该项分值为限，扣完为止；扣分办法列明得分档次"
        "或等次的，按档次、等次计分；3.托养、康复业务数据以省残疾人康复服务信息系统统计为准；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为"
        "“一般”，70分以下的为“差”，考核结果作为评选市直机关“先进基层党组织”的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：市残疾人托养康复中心党支部", ncols)
    xlsx_line(ws, "考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 95)
    xlsx_widths(ws, (12, 54, 6, 54, 24))
    wb.save(str(path))
