"""联纺路街道2025年度社区党支部党建工作台账检查评分表 (.xlsx), as the 街道党工委 of 河北 邯郸 丛台区 联纺路街道 (its 党建办 with the 社区建设办,
the 综治中心 and the 街道纪工委, a 检查组 opening the 台账 cabinets of each 社区 in the first half of December, before the 区委组织部's own 抽查) checks
the papers of the 社区党支部 of an old textile quarter: the 国棉 厂区 宿舍 whose 退休 党员 worked the looms for forty years, the 老旧小区 with their
new 加装电梯 and their 物业 still missing, the 商品房 小区 along the 联纺路, the 驻区 学校 and 医院, the 网格 where a 党小组 meets in a 楼道 and the
young who work in 石家庄 and 北京: a checklist printed as 序号 | 台账名称 | 内容要求 | 分值 | 扣分标准, each 台账 named by its 《》 title (a few with a
note in brackets, "（附讲稿、签到表）", "（一人一档）"), its 内容要求 saying what it must hold, how often and by when, and its 扣分标准 taking off for the
台账 missing, a time short, a date missed or a rule broken: 基础工作台账 (the 支委会 of 3至5人, the 分工 公示 and the 换届 papers; the 花名册 with a
quarterly 更新 and the 系统; the 制度汇编 and the 上墙; the 计划 by the end of January with its 备案 and the 年底 总结; the 年初 “三张清单” and the
年底 述职 with its 满意率), 组织生活台账 (the 支委会 monthly and its 要素; the 党员大会 quarterly with the 到会率 and the 请假; the 党小组 by 网格 and
their monthly 会; the 党课 quarterly, the 书记's and an invited one, 讲稿 and 签到表; the 主题党日 on a fixed day with 方案、签到、照片 and a yearly
现场教学; the 组织生活会 papers and the 备案; the 谈心谈话 全覆盖), 党员管理台账 (党费 按月, the 核定 by the end of March, a half-yearly 公示 with its
照片; two 积极分子, a half-yearly 考察, the 档案 and the 公示 with a 一票否决; the 积分 with a monthly 登记, a quarterly 公示 and the 年底 评定 with
its 公布; the 报到率, four 志愿服务 and the 反馈; the 流动党员 and 关怀帮扶 台账, a quarterly 联系 and the “七一”、春节 慰问; the 学习计划, a monthly
集中学习, 32学时 and the 送学上门) and 服务群众台账 (the 网格 覆盖率, 50户 a month, the 民情日志 and the 办结率; three 共建协议, a quarterly 联席会议,
the “三张清单” and four 共建活动; two 志愿服务队, a monthly 志愿服务 with 照片 and 签字 and the 注册率; a quarterly 党务居务公开 with its 照片 and
the 答复 in 7个工作日).

A merged title row, a merged "检查对象：联纺路街道各社区党支部（含网格党支部）" line and a merged "社区名称：    检查人：    检查日期：" line above the
header 序号 | 台账名称 | 内容要求 | 分值 | 扣分标准 (five columns, no 得分 column). Each category is a SECTION ROW merged across the sheet, printed WITH an
ordinal and its points on one line, "一、基础工作台账（20分）". 序号 (FIRST column) runs 1..22 through the sheet, NOT restarting under the section rows.
台账名称 is the 《》 title of the 台账 alone, with its bracketed note where printed (`Row.indicator`); 内容要求 (`Row.text`) says what it must hold;
分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`). A 合计 row of 100 follows the scored rows; a merged 说明 row closes the sheet. Counts and
dates in figures and Chinese numerals, nearly all in the 内容要求 ("3至5人", "按期", "每季度更新一次", "1月底前", "年底", "年初", "年底", "不低于百分之
八十五", "每月召开1次", "每季度召开1次", "不低于百分之八十", "每月召开1次", "每季度至少1次", "每年讲党课不少于1次", "不少于1次", "每月固定一天", "年内…
不少于1次", "每年召开1次", "每年…至少1次", "全覆盖", "按月", "每年3月底前核定一次", "每半年…公示一次", "年内…不少于2名", "每半年考察一次", "不少于5个
工作日", "按月", "每季度…公示一次", "年底", "100%", "每人每年…不少于4次", "每季度联系一次", "“七一”、春节", "年初", "每月开展一次", "每人每年…不少于
32学时", "100%", "每月…不少于50户", "百分之九十五", "不少于3家", "每季度召开一次", "年内…不少于4次", "不少于2支", "每月…不少于1次", "百分之九十",
"每季度公开一次", "7个工作日内"); "最高扣" caps; "酌情扣0.5-1分" three times; no bands; one "实行一票否决，本项不得分"; no other "本项不得分"; the 述职 评议满意率
("不低于百分之八十五") scored by one rule, "低于85%的扣1分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 台账名称, 内容要求, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzl_handan_lianfanglu_shequ_zhibu_taizhang_xlsx",
    fmt="xlsx",
    title="联纺路街道2025年度社区党支部党建工作台账检查评分表",
    numbering="printed",
    sections=(
        Section("基础工作台账", "一、基础工作台账（20分）", 20, (
            _row("《党支部委员会成员及分工》",
                 "支部委员会由3至5人组成，设书记、组织委员、宣传纪检委员；委员分工明确并在社区党群服务中心公示；按期换届，换届请示、街道党工委批复和"
                 "选举结果报告齐全。", 4,
                 "委员分工未公示的扣0.5分；未按期换届的扣2分；换届材料每缺一份扣0.5分。"),
            _row("《党员花名册》",
                 "登记党员姓名、性别、出生年月、学历、入党时间、所在网格和联系电话，每季度更新一次；与全国党员管理信息系统数据一致。", 4,
                 "无花名册的扣2分；更新每少1次扣0.5分；信息与系统不一致的，每人扣0.2分，最高扣1分。"),
            _row("《党建工作制度汇编》",
                 "包括“三会一课”、主题党日、组织生活会、谈心谈话、民主评议党员、党费收缴管理、党员积分管理等制度；主要制度在党群服务中心上墙。", 3,
                 "无制度汇编的扣2分；每缺一项制度扣0.3分；主要制度未上墙的扣0.5分。"),
            _row("《年度工作计划和总结》",
                 "1月底前制定年度党建工作计划，报街道党工委备案；年底形成年度工作总结，写明工作成效、存在问题和下步打算。", 4,
                 "无计划或总结的，每项扣2分；计划未备案的扣0.5分；总结内容空泛的，酌情扣0.5-1分。"),
            _row("《书记抓党建“三张清单”及述职材料》",
                 "年初制定书记抓党建问题、任务、责任“三张清单”；年底书记向街道党工委述职并接受党员群众评议，评议满意率不低于百分之八十五。", 5,
                 "未制定“三张清单”的扣1分；未述职的扣3分；评议满意率低于85%的扣1分。"),
        )),
        Section("组织生活台账", "二、组织生活台账（30分）", 30, (
            _row("《支部委员会会议记录》",
                 "每月召开1次支部委员会会议，记录时间、地点、出席人员、议题、讨论情况和决定事项；讨论发展党员等事项的，记录表决结果。", 5,
                 "每少1次扣0.5分，最高扣4分；记录要素不全的，每次扣0.1分，最高扣1分。"),
            _row("《党员大会会议记录》",
                 "每季度召开1次党员大会，党员到会率不低于百分之八十；党员因故缺席的有请假记录。", 4,
                 "每少1次扣1分；到会率每低5个百分点扣0.5分，最高扣1分；缺席无请假记录的，每人次扣0.1分。"),
            _row("《党小组会记录》",
                 "按网格设立党小组，党小组会每月召开1次，由党小组长负责记录。", 3,
                 "未按网格设立党小组的扣1分；党小组会每少1次扣0.1分，最高扣2分。"),
            _row("《党课记录》（附讲稿、签到表）",
                 "党课每季度至少1次；支部书记每年讲党课不少于1次；邀请驻区单位党组织书记或老党员讲党课不少于1次。", 4,
                 "党课每少1次扣0.5分；书记未讲党课的扣1分；未邀请讲党课的扣0.5分；无讲稿或签到表的，每次扣0.2分。"),
            _row("《主题党日活动记录》",
                 "每月固定一天开展主题党日，活动有方案、有签到、有照片；年内组织党员到红色教育基地开展现场教学不少于1次。", 5,
                 "主题党日每少1次扣0.3分，最高扣3分；缺方案、签到或照片的，每次扣0.1分，最高扣1分；未开展现场教学的扣1分。"),
            _row("《组织生活会和民主评议党员材料》",
                 "每年召开1次组织生活会，会前征求意见、开展谈心谈话，支部班子和党员个人撰写对照检查材料；开展民主评议党员，评议结果报街道党工委备案。",
                 5,
                 "未召开组织生活会的扣2分；征求意见、谈心谈话、对照检查材料每缺一项扣0.5分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。"),
            _row("《谈心谈话记录》",
                 "支部书记与委员、委员与党员、党员与党员之间每年谈心谈话至少1次，实现全覆盖；对生活困难、思想波动的党员及时谈话。", 4,
                 "无谈心谈话记录的扣1分；未全覆盖的，每少1人扣0.1分，最高扣2分；记录内容简单、流于形式的，酌情扣0.5-1分。"),
        )),
        Section("党员管理台账", "三、党员管理台账（30分）", 30, (
            _row("《党费收缴登记台账》",
                 "党员按月交纳党费，本人签字或通过线上平台交纳；每年3月底前核定一次交纳基数；每半年在党务公开栏公示一次党费收缴情况，留存公示照片。", 5,
                 "未按月交纳的，每人次扣0.1分，最高扣2分；未核定基数的扣1分；公示每少1次扣0.5分；无公示照片的扣0.5分。"),
            _row("《发展党员工作档案》（一人一档）",
                 "年内确定入党积极分子不少于2名，每半年考察一次；发展党员材料按“一人一档”归档；发展对象在社区公示不少于5个工作日。", 6,
                 "积极分子每少1名扣0.5分；考察每少1次扣0.3分；档案材料每缺一项扣0.2分，最高扣2分；未公示的扣1分；违反程序发展党员的，实行一票否决，"
                 "本项不得分。"),
            _row("《党员积分管理台账》",
                 "实行党员积分制管理，按月登记积分，每季度在网格内公示一次；年底根据积分评定“星级党员”，评定结果张榜公布。", 5,
                 "无积分台账的扣2分；公示每少1次扣0.5分；年底未评定的扣1分；评定结果未公布的扣0.5分。"),
            _row("《在职党员报到服务台账》",
                 "在职党员到社区报到率达到100%，登记认领岗位和服务项目；报到党员每人每年参加社区志愿服务不少于4次，服务情况反馈原单位党组织。", 5,
                 "报到率每低1个百分点扣0.2分，最高扣2分；参加志愿服务不足4次的，每人扣0.1分，最高扣2分；未向原单位反馈的扣1分。"),
            _row("《流动党员和关怀帮扶台账》",
                 "建立流动党员台账，每季度联系一次外出流动党员；建立老党员、生活困难党员关怀帮扶台账，“七一”、春节走访慰问。", 5,
                 "无台账的，每类扣1分；联系每少1次扣0.3分；走访慰问每少1次扣0.5分。"),
            _row("《党员教育培训台账》",
                 "年初制定党员学习计划，每月开展一次集中学习；党员每人每年参加学习培训不少于32学时；年老体弱党员送学上门有记录。", 4,
                 "无学习计划的扣1分；集中学习每少1次扣0.2分，最高扣1.5分；学时不足的，每人扣0.1分，最高扣1分；送学上门无记录的扣0.5分。"),
        )),
        Section("服务群众台账", "四、服务群众台账（20分）", 20, (
            _row("《网格党建工作台账》",
                 "网格党支部（党小组）覆盖率100%；网格员每月入户走访不少于50户，民情日志记录完整；居民诉求按期办结率达到百分之九十五。", 6,
                 "网格党组织未全覆盖的，每缺1个扣0.5分；走访不足的，每人每月扣0.1分，最高扣2分；民情日志不完整的，酌情扣0.5-1分；办结率每低1个"
                 "百分点扣0.2分，最高扣2分。"),
            _row("《区域化党建共建台账》",
                 "与驻区单位党组织签订共建协议不少于3家，每季度召开一次共建联席会议，形成资源、需求、项目“三张清单”；年内开展共建活动不少于4次。", 5,
                 "共建协议每少1家扣0.5分；联席会议每少1次扣0.5分；未形成“三张清单”的扣1分；共建活动每少1次扣0.3分。"),
            _row("《党员志愿服务台账》",
                 "组建党员志愿服务队不少于2支，每月开展志愿服务活动不少于1次，活动有照片、有服务对象签字；党员志愿者在“志愿河北”平台注册率达到百分之"
                 "九十。", 5,
                 "服务队每少1支扣1分；志愿服务每少1次扣0.2分，最高扣2分；无照片或签字的，每次扣0.1分；注册率低于90%的扣1分。"),
            _row("《党务居务公开台账》",
                 "每季度公开一次党务、居务，公开内容留存照片；居民对公开事项有异议的，7个工作日内答复。", 4,
                 "公开每少1次扣0.5分；无公开照片的扣0.5分；异议未按时答复的，每件扣0.5分。"),
        )),
    ),
)

HEADER = ["序号", "台账名称", "内容要求", "分值", "扣分标准"]
NOTE = ("说明：1.台账以2025年1月1日至检查之日形成的原始资料为准，复印件、未经签字的打印件不予认定；2.“无××台账”“无××”指台账名称所列台账缺失的；"
        "3.各项扣分以该项分值为限，扣完为止；4.检查得分90分以上的为“优秀”，75—89分的为“合格”，75分以下的为“不合格”，检查结果纳入社区党支部年度"
        "考核和社区党组织书记抓党建述职评议。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "台账检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "检查对象：联纺路街道各社区党支部（含网格党支部）", ncols)
    xlsx_line(ws, "社区名称：              检查人：              检查日期：", ncols)
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
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (6, 22, 52, 6, 50))
    wb.save(str(path))
