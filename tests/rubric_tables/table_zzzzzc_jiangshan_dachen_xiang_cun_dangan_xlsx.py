"""江山市大陈乡2025年度村级党建档案规范化管理检查评分表 (.xlsx), as the 乡党委 of 大陈乡 in the hills north of 江山 in 浙江 衢州 (its 党建办 with the
党政办, the 农业农村办, the 综治中心, the 财政所 and the 乡纪委, a 检查组 of the 组织委员, the 党建办 干事 and a 驻村 指导员 going village to village up
the valley in early December, when the 白菜 and the 猕猴桃 are sold, the 汪氏宗祠 of 大陈村 is being readied for the 村歌 and the 村晚, and the 共富
项目 of the 强村公司 are writing up their first 分红) checks the 档案 of the 村党组织 of a 浙西 mountain township: the 村 of the 宗祠 and the 民宿 whose
党员 run the 农家乐, the 村 up the 山 whose 党员 are half out in 杭州 and 义乌 as 小老板, the 村 of the 茶园 and the 光伏 whose 集体经济 pays the 消薄
target: a checklist of the papers filed, each row naming one 档案, printing what must be filed (归档内容) and how often, and taking points off when a
paper is missing (scoring the 经营性收入 in bands of 万元): 组织建设档案 (the 设立、调整 批复, the 换届 材料 and the 分工 公布; the three 名册, a half-
yearly 核对 and the 系统; the “三会一课” with the 党小组会 each quarter, the monthly 归档, the 参会率 and no 代签; the 主题党日 on the 5th with its 方案、
签到表、记录、图片 and the 参加率; the 组织生活会 with its 征求意见表、谈心谈话记录、对照检查材料, the 民主评议 测评表 and the 备案; the “一人一档”, one
积极分子, a quarterly 思想汇报 and the 程序), 党员管理档案 (the 党费 by month, a half-yearly 公示 and its 照片; the “红色积分” by month, a quarterly 公示
and the 年底 评选; the “一人一卡”, a monthly 联系 and a half-yearly 书面汇报; 24学时, the 签到表 and 学习记录 and one 现场教学; four 志愿服务 and 8小时;
the “七一”、春节 慰问 with its 签领单 and 照片 and the 帮扶台账), 村级事务档案 (the “四议两公开” with its 记录 and 公开 照片; the 党务、村务 and 财务 公开
with the 审核签字; the “三资” 台账, the 合同 and the 经营性收入 in bands; a monthly 排查, the 登记 and the 调处成功率; the 村规民约, its 表决 and 备案, a
half-yearly 评议 and its 公布; a monthly 整治, the 责任区 and the 整改率) and 综合档案 (the 1月底 计划, the 12月底 总结, the 年底 述职 and its 报告; the
专人, the 装盒, a quarterly 更新 and the 防潮; the 来文 登记 and its 反馈).

A merged title row, a merged "检查对象：大陈乡各村党组织" line and a merged "村名：    检查人：    检查时间：" line above the header 序号 | 档案名称 | 归档内容
| 分值 | 扣分办法. Each category is a SECTION ROW merged across the sheet, printed WITH an ordinal and its points on one line, "一、组织建设档案（30分）";
序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "4.3"). 档案名称 is a short name (`Row.indicator`); 归档内容 (`Row.text`) says
what is filed and how often; 分值 is a plain number BEFORE the 扣分办法 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the
sheet; a merged "说明：" row follows it. Counts in figures and Chinese numerals, nearly all in the 归档内容 ("每半年核对一次", "支部委员会每月召开1次、党员
大会每季度召开1次、党小组会每季度召开1次、党课每季度1次", "按月归档", "不低于百分之八十", "每月5日", "不低于百分之八十五", "每年召开一次", "年内…不少于
1名", "每季度…一次", "按月", "每半年公示一次", "每月登记", "每季度公示一次", "年底", "每月…联系一次", "每半年…一次", "每人每年…不少于24学时", "年内…
不少于1次", "每人每年…不少于4次", "不少于8小时", "“七一”、春节", "每季度公开一次", "每月公开一次", "年内…30万元以上", "每月开展一次", "百分之九十五
以上", "每半年开展一次", "每月开展一次", "100%", "每年1月底前", "12月底前", "年底", "每季度更新一次"); "最高扣" caps; bands of the 经营性收入 in 万元 (3 of the 6
points, closed by "20万元以下的不得分"); "每低5个百分点" twice and "每低10个百分点" once; "酌情扣0.5-1分" three times; one "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 档案名称, 归档内容, 分值, 扣分办法."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzzc_jiangshan_dachen_xiang_cun_dangan_xlsx",
    fmt="xlsx",
    title="江山市大陈乡2025年度村级党建档案规范化管理检查评分表",
    numbering="restart",
    sections=(
        Section("组织建设档案", "一、组织建设档案（30分）", 30, (
            _row("党组织设置和换届档案",
                 "党组织设立、调整的批复文件，换届选举请示、批复、选举结果报告等材料齐全；村“两委”班子成员分工明确，并在村务公开栏公布。", 4,
                 "缺设立或调整批复文件的扣1分；换届选举材料每缺一份扣0.5分，最高扣2分；班子成员分工未公布的扣0.5分。"),
            _row("党员名册",
                 "党员花名册、入党积极分子名册、发展对象名册分别建立，每半年核对一次；党员信息与全国党员管理信息系统一致。", 4,
                 "每缺一种名册扣1分；核对每少1次扣0.3分；信息不一致的，每人扣0.1分，最高扣1分。"),
            _row("“三会一课”记录",
                 "支部委员会每月召开1次、党员大会每季度召开1次、党小组会每季度召开1次、党课每季度1次，会议记录按月归档；党员参会率不低于百分之八十。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；记录未按月归档的，每月扣0.1分，最高扣1分；参会率每低5个百分点扣0.5分，最高扣1.5分；会议记录代签、"
                 "补记的，每次扣0.5分。"),
            _row("主题党日档案",
                 "每月5日开展主题党日活动，每次归档活动方案、签到表、活动记录和图片资料；党员参加率不低于百分之八十五。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；归档资料每缺一项扣0.2分，最高扣1分；参加率低于85%的扣1分。"),
            _row("组织生活会档案",
                 "每年召开一次组织生活会，归档会前征求意见表、谈心谈话记录、班子对照检查材料和会议记录；会后开展民主评议党员，测评表和评定结果报乡党委"
                 "备案。", 5,
                 "未召开组织生活会的扣2分；征求意见表、谈心谈话记录、对照检查材料每缺一项扣0.5分；未开展民主评议党员的扣1分；评定结果未备案的扣0.5分。"),
            _row("发展党员档案",
                 "发展党员严格按照“五个阶段二十五个步骤”办理，实行“一人一档”；年内确定入党积极分子不少于1名，注重培养35周岁以下青年农民；入党积极分子"
                 "每季度向党组织递交思想汇报一次。", 4,
                 "未确定积极分子的扣1分；档案材料缺失的，每缺一项扣0.3分，最高扣1.5分；思想汇报每少1次扣0.1分，最高扣1分；违反程序发展党员的，本项"
                 "不得分。"),
        )),
        Section("党员管理档案", "二、党员管理档案（25分）", 25, (
            _row("党费收缴台账",
                 "党员按月交纳党费，逐月登记交纳基数和金额；党费收缴情况每半年公示一次，留存公示照片。", 5,
                 "未按月登记的，每月扣0.2分，最高扣1.5分；未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分；无公示照片的扣0.5分。"),
            _row("党员积分档案",
                 "实行党员“红色积分”管理，积分每月登记、每季度公示一次；年底根据积分评选“红色党员户”并挂牌。", 4,
                 "未实行积分管理的扣1.5分；积分未按月登记的，每月扣0.1分，最高扣1分；公示每少1次扣0.3分；年底未评选的扣0.5分。"),
            _row("流动党员档案",
                 "外出流动党员实行“一人一卡”，村党组织每月通过电话、微信与流动党员联系一次；流动党员每半年向村党组织书面汇报一次思想和工作情况。", 4,
                 "未建立“一人一卡”的，每人扣0.2分，最高扣1分；联系每少1次扣0.1分，最高扣1.5分；书面汇报每少1人次扣0.1分，最高扣1分。"),
            _row("教育培训档案",
                 "党员每人每年参加集中学习培训不少于24学时，每次学习有签到表、学习记录；年内组织党员到红色教育基地开展现场教学不少于1次。", 4,
                 "学时不足的，每人扣0.1分，最高扣2分；缺签到表或学习记录的，每次扣0.1分，最高扣1分；未开展现场教学的扣1分。"),
            _row("志愿服务档案",
                 "党员每人每年参加志愿服务不少于4次，累计时长不少于8小时，逐次登记服务时间、内容和时长。", 4,
                 "志愿服务不足4次的，每人扣0.1分，最高扣2分；时长不足的，每人扣0.1分，最高扣1分；登记不全的，酌情扣0.5-1分。"),
            _row("关爱帮扶档案",
                 "“七一”、春节走访慰问老党员、生活困难党员，慰问有签领单、有照片；建立困难党员帮扶台账，帮扶措施具体。", 4,
                 "慰问每少1人扣0.2分，最高扣1.5分；缺签领单的扣0.5分；无照片的扣0.5分；无帮扶台账的扣1分。"),
        )),
        Section("村级事务档案", "三、村级事务档案（30分）", 30, (
            _row("“四议两公开”档案",
                 "村级重大事项按“四议两公开”程序逐件建档，提议、商议、审议、决议各环节有会议记录；决议公开和实施结果公开留存照片。", 6,
                 "未按程序决策的，每件扣1分，最高扣3分；环节记录缺失的，每件扣0.3分，最高扣1.5分；公开无照片的，每次扣0.3分，最高扣1.5分。"),
            _row("党务村务财务公开档案",
                 "党务、村务每季度公开一次，财务每月公开一次；公开内容经村务监督委员会审核签字后公开。", 5,
                 "党务、村务公开每少1次扣0.5分；财务公开每少1次扣0.2分，最高扣1.5分；未经审核签字的，每次扣0.2分，最高扣1分。"),
            _row("集体经济档案",
                 "村集体资产、资源、资金台账齐全，资产资源发包合同规范；年内村集体经济经营性收入达到30万元以上。", 6,
                 "“三资”台账每缺一类扣1分；合同不规范的，每份扣0.2分，最高扣1分；经营性收入50万元以上的得3分，30万元（含）—50万元的得2分，20万元（含）"
                 "—30万元的得1分，20万元以下的不得分。"),
            _row("矛盾纠纷调处档案",
                 "每月开展一次矛盾纠纷排查，调处情况逐件登记；矛盾纠纷调处成功率达到百分之九十五以上。", 5,
                 "排查每少1次扣0.3分，最高扣1.5分；调处情况未登记的，每件扣0.2分，最高扣1分；调处成功率每低5个百分点扣0.5分，最高扣2分。"),
            _row("村规民约档案",
                 "村规民约经村民代表会议表决通过，报乡党委、乡政府备案；每半年开展一次村规民约执行情况评议，评议结果张榜公布。", 4,
                 "村规民约未经表决的扣1分；未备案的扣0.5分；评议每少1次扣0.5分；评议结果未公布的扣0.5分。"),
            _row("人居环境整治档案",
                 "每月开展一次“清洁家园”整治，党员带头认领卫生责任区；问题整改台账逐条销号，整改率达到100%。", 4,
                 "整治每少1次扣0.3分，最高扣1.5分；未划分党员责任区的扣0.5分；整改率每低10个百分点扣0.5分，最高扣1.5分。"),
        )),
        Section("综合档案", "四、综合档案（15分）", 15, (
            _row("计划总结和述职档案",
                 "每年1月底前制定党建工作计划，12月底前形成年度工作总结；村党组织书记年底向乡党委述职，述职报告归档。", 6,
                 "缺计划或总结的，每项扣1.5分；未述职的扣2分；述职报告未归档的扣1分。"),
            _row("档案管理",
                 "档案由专人管理，分类装盒、目录清晰；电子档案与纸质档案同步，每季度更新一次；档案柜上锁，做好防潮、防虫。", 5,
                 "未明确专人管理的扣1分；未分类装盒或目录不清的，酌情扣0.5-1分；电子档案更新每少1次扣0.5分；防潮、防虫措施不到位的，酌情扣0.5-1分。"),
            _row("来文办理登记",
                 "上级来文逐件登记，需办理的事项有办理结果、有反馈；涉及党员群众的政策文件及时传达。", 4,
                 "无来文登记簿的扣1.5分；办理事项未反馈的，每件扣0.2分，最高扣1.5分；政策文件未传达的，每件扣0.2分，最高扣1分。"),
        )),
    ),
)

HEADER = ["序号", "档案名称", "归档内容", "分值", "扣分办法"]
NOTE = ("说明：1.本表由乡党委于12月上旬组织检查，检查组逐村查阅档案原件，必要时抽查电子档案和全国党员管理信息系统，以2025年1月1日至检查之日归档的"
        "资料为准；2.各项扣分以该项分值为限，扣完为止；扣分办法列明得分档次的，按档次计分；3.村集体经济经营性收入以市农业农村局农经统计年报为准；4.检查"
        "得分90分以上的为“优秀”，75—89分的为“合格”，75分以下的为“不合格”，检查结果在全乡通报，并与村干部年度报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村级党建档案检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "检查对象：大陈乡各村党组织", ncols)
    xlsx_line(ws, "村名：              检查人：              检查时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([i, row.indicator, row.text, row.points, row.scoring])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 70)
    xlsx_widths(ws, (6, 16, 56, 7, 56))
    wb.save(str(path))
