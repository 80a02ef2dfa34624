"""台江县台盘乡2025年度村级党建工作台账检查评分表 (.docx), as the 乡党委 of 贵州 黔东南州 台江县 台盘乡 (its 党建办 with the 党政办, the 农业服务中心, the
综治中心, the 财政所 and the 乡纪委, a 检查组 of two 组织委员 and the 党建指导员 going village to village along the 巴拉河 in the first half of December,
after the “村BA” 篮球 season has ended on the 台盘村 court, the 糯稻 is in and the 苗族 households are drying 腌鱼 for the 苗年) checks the 台账 of the
村党组织 of a 苗族 township: the 村 of the 篮球场 whose 党员 run the 赛事 and the 直播, the 村 up the 山 whose 党员 are half out at work in 浙江 and 广东,
the 村 of the 稻鱼 合作社 and the 民宿: a checklist, not of deeds but of the papers filed for them, each row naming one 台账 in 《》, printing what
must be filed and how often (many 归档要求 open with it: "按月归档。", "每季度归档一次。", "每年归档一次。", "按月登记。", "按月记分，…", "每月排查一次，
…", "每季度归档一次。") and what is taken off when a paper is missing (scoring the 经营性收入 in bands of 万元): 组织建设类 (the 基本信息 with the 换届
请示 and 批复 and the 分工; the 花名册 and its quarterly 核对; the “三会一课” 记录本; the 主题党日 around the 10th with 方案、签到、记录、照片; the 组织
生活会 and 民主评议 papers with their 备案; the 发展党员 档案 with its half-yearly 考察 and 公示), 党员管理类 (the 党费 台账 with a half-yearly 公示; the
积分 by month, a quarterly 公示 and the 年底 星级 with its 公布; the 流动党员 台账, a quarterly 联系 and one 书面汇报 each; the 设岗定责 全覆盖, four
志愿服务 and 10小时; the 关爱 台账, the “七一”、春节 慰问 全覆盖, 签领 and 照片 and one 结对; the 培训 台账, 24学时, one 培训 of the “两委” and the 签到
and 记录), 村级治理类 (the “四议两公开” 台账 and its 公开; the 公开 档案, quarterly and monthly, with the 审核 and its 照片; the 排查 台账, the 调解记录
and 调解协议书 and the 调处成功率; the “三资”, the 发包合同, the 方案 and 收支明细 and the 经营性收入 in bands; the 整治 and the 网格员's 巡查 with the
整改率; the half-yearly 研判 and the 审核) and 综合资料类 (the 1月底 计划, the 7月上旬 小结, the 12月底 总结, the 年底 述职 and its 满意率; the 收文登记簿,
the 传达学习 记录 and the 反馈; the 专人, the “一年一盒” and a quarterly 上传).

The title (bold, centred) and a centred "（检查对象：台盘乡各村党支部、党总支）" line above one table: 序号 | 台账名称 | 归档要求 | 分值 | 扣分标准. Each
category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line, "一、组织建设类（30分）". 序号 (FIRST column) runs
1..21 through the table, NOT restarting. 台账名称 is a short name in 《》 (`Row.indicator`); 归档要求 (`Row.text`) says what is filed and how often;
分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the table; a "说明：" paragraph
and three numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 归档要求 ("1个月内", "每季度核对更新一次", "按月归档",
"支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "每月10日前后", "每月归档一次", "每年归档一次", "每半年考察一次",
"不少于5个工作日", "按月登记", "按月", "每半年公示一次", "按月记分", "每季度公示一次", "年底", "每季度至少联系一次", "每年…不少于1次", "全覆盖", "每人每年
…不少于4次", "不少于10小时", "“七一”、春节", "全覆盖", "不少于1户", "每人每年…不少于24学时", "每年…不少于1次", "每季度归档一次", "每季度公开一次", "每月
公开一次", "每月排查一次", "百分之九十以上", "年内…5万元以上", "每月开展一次", "每月巡查不少于2次", "100%", "每半年研判一次", "全年", "每年1月底前",
"7月上旬", "12月底前", "年底", "不低于百分之八十", "一年一盒", "每季度…一次"); "最高扣" caps; bands of the 经营性收入 in 万元 (2 of the 6 points,
closed by "5万元以下的不得分"); "每低5个百分点" once and "每低10个百分点" once; "酌情扣0.5-1分" twice and "酌情扣1-2分" once; two "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 台账名称, 归档要求, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzza_taijiang_taipan_xiang_cun_taizhang_docx",
    fmt="docx",
    title="台江县台盘乡2025年度村级党建工作台账检查评分表",
    numbering="printed",
    sections=(
        Section("组织建设类", "一、组织建设类（30分）", 30, (
            _row("《党组织基本信息台账》",
                 "党组织设置、换届选举、班子成员分工等资料齐全，换届选举请示、批复存档；信息变动后1个月内更新。", 4,
                 "缺换届选举请示或批复的，每份扣1分；班子成员分工未存档的扣0.5分；信息未及时更新的，酌情扣0.5-1分。"),
            _row("《党员花名册》",
                 "在册党员信息准确，与全国党员管理信息系统一致；流动党员单独登记，花名册每季度核对更新一次。", 3,
                 "无花名册的扣2分；信息与系统不一致的，每人扣0.1分，最高扣1分；流动党员未单独登记的，每人扣0.2分；核对更新每少1次扣0.2分。"),
            _row("《“三会一课”记录本》",
                 "按月归档。支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；记录时间、地点、参会人员、议题、发言要点"
                 "等要素齐全，缺席人员注明原因。", 8,
                 "会议每少1次扣0.5分，最高扣5分；记录要素不全的，每次扣0.1分，最高扣1.5分；事后补记、代签的，每次扣0.5分。"),
            _row("《主题党日活动记录》",
                 "每月10日前后开展，每月归档一次。活动有方案、有签到、有记录、有照片，主题与当月重点工作相结合。", 5,
                 "主题党日每少1次扣0.4分，最高扣3分；缺方案、签到或照片的，每项扣0.2分，最高扣1分；主题不明确的，酌情扣0.5-1分。"),
            _row("《组织生活会和民主评议党员资料》",
                 "每年归档一次。含会前征求意见汇总、谈心谈话记录、支部班子对照检查材料、会议记录、民主评议党员测评表和评定结果；评定结果报乡党委备案。", 5,
                 "未召开组织生活会的扣2分；缺征求意见汇总、谈心谈话记录或对照检查材料的，每项扣0.5分；未开展民主评议党员的扣1分；评定结果未备案的扣"
                 "0.5分。"),
            _row("《发展党员工作档案》",
                 "按“一人一档”归档，发展党员各环节材料齐全；入党积极分子每半年考察一次，有书面考察意见；发展对象、预备党员接收和转正均经支部大会讨论，"
                 "并公示不少于5个工作日。", 5,
                 "档案缺环节材料的，每缺一项扣0.3分，最高扣2分；考察意见每少1次扣0.2分；未公示的，每人扣0.5分；违反程序发展党员的，本项不得分。"),
        )),
        Section("党员管理类", "二、党员管理类（25分）", 25, (
            _row("《党费收缴台账》",
                 "按月登记。党员按月足额交纳党费，交纳基数、标准、金额和交纳时间逐月登记；党费收缴情况每半年公示一次。", 5,
                 "未按月登记的，每月扣0.2分，最高扣1.5分；党员未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分。"),
            _row("《党员积分管理台账》",
                 "按月记分，积分结果每季度公示一次；年底根据积分评定星级党员，评定结果张榜公布。", 4,
                 "未实行积分管理的扣1.5分；未按月记分的，每月扣0.1分，最高扣1分；公示每少1次扣0.3分；年底未评定星级的扣1分。"),
            _row("《流动党员管理台账》",
                 "外出流动党员逐人登记去向、联系方式和联系人，支部每季度至少联系一次；外出党员每年向支部书面汇报思想、工作情况不少于1次。", 4,
                 "流动党员未逐人登记的，每人扣0.2分，最高扣1分；联系每少1次扣0.2分，最高扣1.5分；书面汇报每少1人扣0.1分，最高扣1分。"),
            _row("《党员设岗定责和志愿服务记录》",
                 "有劳动能力的党员设岗定责全覆盖；党员每人每年参加志愿服务不少于4次，累计时长不少于10小时，逐次记录服务内容和时长。", 4,
                 "设岗定责未覆盖的，每人扣0.1分，最高扣1分；志愿服务不足4次的，每人扣0.1分，最高扣1.5分；时长不足的，每人扣0.1分，最高扣1分。"),
            _row("《关爱帮扶台账》",
                 "老党员、生活困难党员、留守老人底数清楚；“七一”、春节走访慰问全覆盖，慰问有签领、有照片；每名党员结对帮扶困难户不少于1户。", 4,
                 "无台账的扣1分；慰问每少1人扣0.2分，最高扣1.5分；缺签领或照片的扣0.5分；结对帮扶未落实的，每人扣0.1分，最高扣1分。"),
            _row("《党员教育培训台账》",
                 "党员每人每年参加集中学习培训不少于24学时；村党组织书记和“两委”成员每年参加县级以上培训不少于1次；每次学习有签到、有记录。", 4,
                 "学时不足的，每人扣0.1分，最高扣2分；“两委”成员未参加培训的，每人扣0.3分，最高扣1分；缺签到或记录的，每次扣0.1分，最高扣1分。"),
        )),
        Section("村级治理类", "三、村级治理类（30分）", 30, (
            _row("《“四议两公开”工作台账》",
                 "村级重大事项逐件建档，按党支部会提议、“两委”会商议、党员大会审议、村民代表会议决议的程序记录，决议和实施结果分别公开。", 6,
                 "重大事项未履行“四议两公开”程序的，每件扣1分，最高扣3分；资料不全的，每件扣0.3分，最高扣1.5分；决议或实施结果未公开的，每次扣0.5分，"
                 "最高扣1.5分。"),
            _row("《党务村务财务公开档案》",
                 "每季度归档一次。党务、村务每季度公开一次，财务每月公开一次，公开内容经村务监督委员会审核，并留存公开照片。", 5,
                 "党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.2分，最高扣1.5分；未经审核的，每次扣0.2分，最高扣1分；无公开照片的扣0.5分。"),
            _row("《矛盾纠纷排查调处台账》",
                 "每月排查一次，逐件登记纠纷当事人、调处过程和结果，调解记录、调解协议书齐全；矛盾纠纷调处成功率达到百分之九十以上。", 5,
                 "排查每少1次扣0.3分，最高扣1.5分；调处资料不全的，每件扣0.2分，最高扣1分；调处成功率每低5个百分点扣0.5分，最高扣1.5分。"),
            _row("《村集体经济发展台账》",
                 "村集体“三资”清查登记，资产资源发包合同逐份登记；集体经济项目有实施方案、有收支明细；年内村集体经济经营性收入达到5万元以上。", 6,
                 "无“三资”台账的扣1.5分；发包合同未登记的，每份扣0.3分，最高扣1分；项目缺实施方案或收支明细的扣1分；经营性收入10万元以上的得2分，"
                 "5万元（含）—10万元的得1分，5万元以下的不得分。"),
            _row("《人居环境整治和网格巡查记录》",
                 "每月开展一次人居环境整治，党员网格员每月巡查不少于2次，发现问题逐条登记、限期整改，问题整改率达到100%。", 4,
                 "整治每少1次扣0.3分，最高扣1分；巡查每少1次扣0.1分，最高扣1.5分；整改率每低10个百分点扣0.5分，最高扣1.5分。"),
            _row("《意识形态工作记录》",
                 "每半年研判一次意识形态工作，研判记录归档；村级微信群信息发布先审后发，留存审核记录；全年不发生意识形态负面舆情。", 4,
                 "研判每少1次扣1分；无审核记录的扣0.5分；发生负面舆情造成不良影响的，本项不得分。"),
        )),
        Section("综合资料类", "四、综合资料类（15分）", 15, (
            _row("《年度工作计划和总结》",
                 "每年1月底前制定党建工作计划，7月上旬报送半年小结，12月底前形成年度总结；村党组织书记年底向乡党委述职，述职评议满意率不低于百分之八十。", 6,
                 "缺计划、小结或总结的，每项扣1分；报送不及时的扣0.5分；未述职评议的扣2分；满意率低于80%的扣1分。"),
            _row("《上级来文收文登记簿》",
                 "上级来文逐件登记，需传达学习的有传达记录，需落实的事项有回复、有反馈。", 4,
                 "无收文登记簿的扣1.5分；传达学习无记录的，每件扣0.1分，最高扣1分；落实事项未反馈的，每件扣0.2分，最高扣1.5分。"),
            _row("《台账管理》",
                 "台账资料由专人管理，实行“一年一盒、分类装盒”，目录清晰、装订规范；电子台账与纸质台账同步，每季度上传乡党建工作平台一次。", 5,
                 "未明确专人管理的扣1分；未分类装盒或目录不清的，酌情扣1-2分；电子台账上传每少1次扣0.5分。"),
        )),
    ),
)

HEADER = ["序号", "台账名称", "归档要求", "分值", "扣分标准"]
NOTES = (
    "说明：",
    "1.本表由乡党委于12月上旬组织检查，检查组逐村查阅台账原件，必要时抽查电子台账和党员管理信息系统，以2025年1月1日至检查之日归档的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；扣分标准列明得分档次的，按档次计分；村集体经济经营性收入以县农业农村局农经统计年报数据为准。",
    "3.检查得分90分以上的为“优秀”，80—89分的为“良好”，60—79分的为“合格”，60分以下的为“不合格”，检查结果在全乡通报，并作为村党组织书记年度"
    "考核的依据。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：台盘乡各村党支部、党总支）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
