"""霍山县佛子岭镇党委2025年度村级党建工作台账检查评分表 (.xlsx), as the 镇党委 of 佛子岭镇 below the 佛子岭水库 in the 大别山 of 安徽 六安 霍山 (its
党建办 with the 党政办, the 农业农村办, the 综治中心, the 应急办 and the 镇纪委, a 检查组 of the 组织委员, the 党建办 干事 and a 包村 干部 going village to
village up the 淠河 valleys in the first half of December, when the 黄芽 tea gardens are pruned for the winter, the 石斛 sheds are under film, the
冬春训 of the 农村党员 is about to begin and the 汛期 papers of the summer are filed away) checks the 台账 of the 村党组织 of a 大别山 mountain town: the
村 of the 茶园 whose 党员 run the 茶厂 and the 电商, the 村 up the 山 whose young 党员 are out in 合肥 and 上海, the 村 below the 水库 whose 党员 stand the
防汛 watch every summer: a checklist of 台账 in which each row names one 资料, prints what it must hold (具体要求) and takes points off when it falls short
(扣分标准), scoring the 经营性收入 增幅 in bands: 组织建设类台账 (the 基本情况, the 1个月 and the 分工 公布; the three 名册, a half-yearly 核对 and the “三一
致”; the “三会一课” with the 党小组会 each quarter, the 签到表, the 参会率 and the 要素; the 主题党日 on the 10th with its 方案、签到、记录、照片 and the 参加
率; the 组织生活会 with its 征求意见表、谈心谈话记录、对照检查材料 and the 15日 报送; the 民主评议, its 测评表、等次登记表 and the 备案; one 积极分子, the “一人
一档”, a quarterly 思想汇报 and a "本项不得分"), 党员管理类台账 (the 党费 by month and a quarterly 公示; the “积分制” by month, a quarterly 公示 and the 年底
星级; the 冬春训, 3天 and the 参训率 and the 补学记录; the 流动党员 登记, a quarterly 联系 and a 春节 座谈会; the “党员联户”, a monthly 走访 and the 联户
手册; the “七一”、春节 慰问 with its 签领单 and 照片 and the 帮扶台账), 村级事务类台账 (the “四议两公开”, its 签字 and its 公开; the 党务、村务 and 财务 公开,
the 审核签字 and the 照片; the “三资” 台账, the 合同, the 项目 档 and the 增幅 in bands; a 排查 every half month, the 登记 and the 调处成功率; the 汛前 排查,
the two 名单, the 先锋队, a yearly 演练 and a "本项不得分"; the 村规民约, its 表决、备案, a yearly 评议 and the 劝导记录) and 综合类台账 (the 年初 计划, the
年底 总结 and the 年底 述职; the 来文 登记, the 传达记录 and the 办理结果; the 5天, the 值班台账 and the 代办 办结率; the 专人, the 装盒 and a monthly 归档).

A merged title row, a merged "检查对象：佛子岭镇各村党组织" line and a merged "村名：    检查人员：    检查时间：" line above the header 序号 | 资料名称 |
具体要求 | 分值 | 扣分标准. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its points on one line, "一、组织建设类台账
（30分）"; 序号 (FIRST column) runs 1..23 through the sheet, NOT restarting under the section rows. 资料名称 is a short name (`Row.indicator`); 具体要求
(`Row.text`) says what the 台账 must hold and how often; 分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`); there is no 佐证 or 考核方式 column. A
合计 row of 100 closes the sheet; a merged "说明：" row follows it. Counts in figures and Chinese numerals, nearly all in the 具体要求 ("1个月内", "每半年…
核对一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "不低于百分之八十", "每月10日", "全年不少于12次", "不低于
百分之八十五", "每年召开一次", "15日内", "每年开展一次", "年内…不少于1名", "每季度…一次", "按月", "每季度…公示一次", "按月登记、每季度公示一次", "年底",
"每年", "不少于3天", "不低于百分之九十", "每季度至少…一次", "春节前后…一次", "不少于10户", "每月…不少于1次", "“七一”、春节", "每季度公开一次", "每月公开
一次", "不低于百分之十", "每半月开展一次", "百分之九十五以上", "汛期前", "每年组织一次", "每年开展一次", "年初", "年底", "年底", "三日内", "每周开放不少于
5天", "100%", "每月底前"); "最高扣" caps; bands of the 经营性收入 增幅 (3 of the 6 points, closed by "负增长的不得分"); "每低5个百分点" twice and "每低1个
百分点" once; "酌情扣0.5-1分" five times; two "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 资料名称, 具体要求, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzze_huoshan_foziling_zhen_cun_taizhang_xlsx",
    fmt="xlsx",
    title="霍山县佛子岭镇党委2025年度村级党建工作台账检查评分表",
    numbering="printed",
    sections=(
        Section("组织建设类台账", "一、组织建设类台账（30分）", 30, (
            _row("党组织基本情况台账",
                 "村党组织设置、党员队伍结构、村“两委”班子成员基本信息登记齐全，人员变动后1个月内更新；“两委”班子成员分工在村务公开栏公布。", 3,
                 "基本信息登记不全的扣1分；人员变动未按时更新的扣0.5分；班子分工未公布的扣0.5分。"),
            _row("党员名册",
                 "建立党员花名册、入党积极分子名册和发展对象名册，每半年与全国党员管理信息系统核对一次，做到人、册、系统“三一致”。", 3,
                 "缺党员花名册的扣1.5分；积极分子名册、发展对象名册每缺一种扣0.5分；核对每少1次扣0.3分；信息不一致的，每人扣0.1分。"),
            _row("“三会一课”记录本",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；会议记录时间、地点、参会人员、议题、议程等要素齐全，"
                 "附签到表；党员参会率不低于百分之八十。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣4分；缺签到表的，每次扣0.1分，最高扣1分；参会率低于80%的扣1分；记录要素不全的，酌情扣0.5-1分。"),
            _row("主题党日活动记录",
                 "每月10日开展主题党日活动，全年不少于12次；每次活动有方案、有签到、有记录、有照片；党员参加率不低于百分之八十五。", 4,
                 "主题党日每少1次扣0.3分，最高扣2分；方案、签到、记录、照片每缺一项扣0.1分，最高扣1分；参加率每低5个百分点扣0.2分，最高扣1分。"),
            _row("组织生活会资料",
                 "每年召开一次组织生活会，会前征求意见、开展谈心谈话，班子成员撰写对照检查材料；征求意见表、谈心谈话记录、对照检查材料、会议记录齐全，会后"
                 "15日内将召开情况报镇党委。", 5,
                 "未召开组织生活会的扣2.5分；征求意见表、谈心谈话记录、对照检查材料每缺一项扣0.5分；未按时报送的扣0.5分。"),
            _row("民主评议党员资料",
                 "每年开展一次民主评议党员，党员个人自评、党员互评、群众代表参与测评，民主评议测评表和评定等次登记表存档；评定结果报镇党委备案。", 4,
                 "未开展民主评议党员的扣2分；测评表、等次登记表每缺一项扣0.5分；评定结果未备案的扣0.5分。"),
            _row("发展党员档案",
                 "年内确定入党积极分子不少于1名，注重从致富带头人、返乡大学生、退役军人中培养；发展党员严格按照“五个阶段二十五个步骤”进行，一人一档、材料"
                 "齐全；入党积极分子每季度递交一次思想汇报。", 4,
                 "未确定积极分子的扣1分；档案材料每缺一项扣0.3分，最高扣1.5分；思想汇报每少1次扣0.1分，最高扣0.5分；违反程序发展党员的，本项不得分。"),
        )),
        Section("党员管理类台账", "二、党员管理类台账（25分）", 25, (
            _row("党费收缴台账",
                 "党员按月交纳党费，台账逐月登记交纳基数、金额；党费收缴情况每季度在党务公开栏公示一次。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1.5分；台账登记不全的扣0.5分；公示每少1次扣0.5分。"),
            _row("党员积分管理台账",
                 "推行农村党员“积分制”管理，积分按月登记、每季度公示一次；年底按积分评定“五星党员”“四星党员”，评定结果张榜公示。", 4,
                 "未推行积分制管理的扣1.5分；积分未按月登记的，每月扣0.1分，最高扣0.5分；公示每少1次扣0.3分；年底未评定的扣1分。"),
            _row("党员冬春训台账",
                 "每年组织开展农村党员冬春训，集中培训不少于3天，党员参训率不低于百分之九十；对年老体弱、外出务工党员通过送学上门、线上推送等方式补学，补学"
                 "有记录。", 4,
                 "未开展冬春训的扣2分；集中培训不足3天的扣1分；参训率每低5个百分点扣0.3分，最高扣1分；无补学记录的扣0.5分。"),
            _row("流动党员管理台账",
                 "外出流动党员信息登记齐全、去向清楚；村党组织每季度至少与流动党员联系一次；春节前后召开一次返乡流动党员座谈会。", 4,
                 "流动党员信息不全的，每人扣0.2分，最高扣1分；联系每少1次扣0.2分，最高扣1.5分；未召开座谈会的扣1分。"),
            _row("党员联户台账",
                 "推行“党员联户”，每名有能力的党员联系群众不少于10户，每月走访联系户不少于1次，走访情况记入《党员联户手册》。", 4,
                 "联户未落实的，每人扣0.2分，最高扣1分；走访每少1次扣0.1分，最高扣1.5分；无联户手册或记录不实的，酌情扣0.5-1分。"),
            _row("关爱帮扶台账",
                 "“七一”、春节走访慰问老党员、生活困难党员，慰问有签领单、有照片；困难党员帮扶措施具体，帮扶台账完整。", 5,
                 "慰问每少1人扣0.2分，最高扣2分；缺签领单或照片的扣0.5分；无帮扶台账的扣1分；帮扶措施不具体的，酌情扣0.5-1分。"),
        )),
        Section("村级事务类台账", "三、村级事务类台账（30分）", 30, (
            _row("“四议两公开”台账",
                 "村级重大事项严格按照党组织提议、“两委”会商议、党员大会审议、村民代表会议决议的程序决策，一事一档；各环节有会议记录、有参会人员签字；"
                 "决议和实施结果公开。", 6,
                 "未按程序决策的，每件扣1分，最高扣3分；会议记录或签字缺失的，每件扣0.3分，最高扣1.5分；决议或实施结果未公开的，每件扣0.5分，最高扣1.5分。"),
            _row("党务村务财务公开台账",
                 "党务、村务每季度公开一次，财务每月公开一次，重大事项随时公开；公开内容经村务监督委员会审核签字，公开后留存照片。", 5,
                 "党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.2分，最高扣1.5分；未经审核签字的，每次扣0.2分，最高扣1分；无公开照片的扣0.5分。"),
            _row("村集体经济发展台账",
                 "村集体资产、资源、资金“三资”台账清晰，资产资源发包合同规范；村集体经济项目一项一档；年内村集体经济经营性收入增幅不低于百分之十。", 6,
                 "“三资”台账不清的扣1分；合同不规范的，每份扣0.2分，最高扣1分；项目未建档的，每项扣0.5分，最高扣1分；经营性收入增幅10%以上的得3分，5%"
                 "（含）—10%的得2分，0—5%的得1分，负增长的不得分。"),
            _row("矛盾纠纷排查调处台账",
                 "落实“三调联动”，村调委会每半月开展一次矛盾纠纷排查，调处情况逐件登记；矛盾纠纷调处成功率达到百分之九十五以上，做到“小事不出村”。", 5,
                 "排查每少1次扣0.2分，最高扣1.5分；调处情况未登记的，每件扣0.2分，最高扣1分；调处成功率每低1个百分点扣0.2分，最高扣1.5分。"),
            _row("防汛和地质灾害防治台账",
                 "汛期前完成地质灾害隐患点和危险区域排查，建立防汛责任人名单和转移人员名单；汛期组织党员“防汛先锋队”巡查值守；每年组织一次防汛转移避险"
                 "演练。", 5,
                 "汛前未排查的扣1分；责任人名单、转移人员名单每缺一项扣0.5分；巡查值守不到位的，酌情扣0.5-1分；未开展演练的扣1.5分；因工作不到位造成人员"
                 "伤亡的，本项不得分。"),
            _row("村规民约台账",
                 "村规民约经村民代表会议表决通过，报镇党委、镇政府备案；每年开展一次执行情况评议；对红白喜事大操大办等问题劝导有记录。", 3,
                 "村规民约未经表决的扣1分；未备案的扣0.5分；未开展评议的扣0.5分；劝导无记录的扣0.5分。"),
        )),
        Section("综合类台账", "四、综合类台账（15分）", 15, (
            _row("计划总结和述职资料",
                 "年初制定村党组织年度工作计划，年底形成工作总结；村党组织书记年底向镇党委述职，述职报告存档。", 5,
                 "缺计划或总结的，每项扣1.5分；未述职的扣1.5分；述职报告未存档的扣0.5分。"),
            _row("来文登记和传达台账",
                 "上级文件、会议精神逐件登记，三日内传达到村“两委”成员和党员，传达有记录；需办理的事项有办理结果。", 3,
                 "无来文登记的扣1分；传达无记录的，每件扣0.2分，最高扣1分；办理事项无结果的，每件扣0.2分，最高扣1分。"),
            _row("党群服务中心值班台账",
                 "村党群服务中心每周开放不少于5天，村干部轮流坐班，值班台账逐日登记；为民代办事项办结率达到100%。", 4,
                 "开放时间不足的扣1分；无值班台账的扣1分；代办事项办结率每低5个百分点扣0.5分，最高扣1.5分。"),
            _row("台账管理",
                 "台账资料由专人负责，分类装盒、目录清晰；每月底前完成当月资料整理归档，电子台账同步更新。", 3,
                 "未明确专人的扣0.5分；未分类装盒或目录不清的，酌情扣0.5-1分；未按月整理归档的，每月扣0.1分，最高扣1分。"),
        )),
    ),
)

HEADER = ["序号", "资料名称", "具体要求", "分值", "扣分标准"]
NOTE = ("说明：1.本表由镇党委于12月上旬组织检查，检查组逐村查阅台账原件，必要时抽查全国党员管理信息系统和“安徽先锋网”，以2025年1月1日至检查之日形成"
        "的资料为准；2.各项扣分以该项分值为限，扣完为止；扣分标准列明得分档次的，按档次计分；3.经营性收入增幅以县农业农村局农村集体经济统计年报为准；"
        "4.检查得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”，检查结果全镇通报，并与村干部绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村级台账检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "检查对象：佛子岭镇各村党组织", ncols)
    xlsx_line(ws, "村名：              检查人员：              检查时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 80)
    xlsx_widths(ws, (6, 18, 56, 7, 56))
    wb.save(str(path))
