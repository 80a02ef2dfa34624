"""苏州高新有轨电车运营分公司党总支2025年度党支部工作考核细则 (.xlsx), as the 党总支 of the 运营分公司 of the 有轨电车 集团 of 苏州高新区 (its
党群工作部 with the 安全质量部, the 调度指挥中心, the 车辆检修中心, the 人力资源部 and the 纪检 委员, a 考核组 riding the 1号线 and 2号线 from 龙康路
to 苏州乐园 in the second half of December, when the 大阳山 is bare above the 车辆段, the 白马涧 line runs through the 冬 mist and the 春运 客流 of the
new year is being planned) scores the 党支部 of the 分公司: the 乘务车队 党支部 whose 司机 work in 早班 and 晚班 and cannot all meet at once, the 调度
党支部 of the 控制中心, the 车辆检修 党支部 of the 车辆段 who work nights on the 接触网 and the 转向架, the 站务 党支部 of the 站台 guides: a sheet
whose 考核内容及标准 prints what the 支部 must have done, whose 扣分细则 takes points off one clause at a time and scores the 乘客满意率 in bands, whose
佐证资料 names the papers, and under whose 合计 a 加分项 block: 政治建设 (the “第一议题”, a half-yearly 思想动态分析, its 报告 and the 先审后发; a yearly
廉洁教育, the 承诺书, the 报审 and a "本项不得分"), 党建责任 (the 年初 计划 and 责任书, the 年底 总结; the 年底 述职, a quarterly 专题研究 and the “两张皮”),
组织建设 (the 换届, the 3至5人 and the 党小组覆盖率; the “三会一课” 分批次, its 参会率, the 书记's 党课 and the 记录; the 主题党日 on the first Wednesday
and three 岗位实践; the 组织生活会, the 谈心谈话, the 民主评议, its 备案 and the 批评; two 积极分子, a half-yearly 考察, the 公示 and a "本项不得分"; 党费
按月 with a half-yearly 公示 and the 系统), 党员管理 (a monthly 集中学习, 32学时 and the 学习强国 积分; the “安全服务积分” with a quarterly 公示 and the
年底 评选; a quarterly 谈心谈话, the 看望 and the “七一”、春节 慰问 全覆盖; the 党徽 and no 责任事故 or 有责投诉) and 作用发挥 (three 先锋岗 and 示范车,
the 挂牌 and the 准点率; the 突击队 and two 应急演练; the 志愿服务队, a monthly 志愿服务 and 12小时; the 合理化建议, two 共建协议 and four 共建活动; the
品牌, the 案例 and the 乘客满意率 in bands).

A merged title row, a merged "考核对象：运营分公司乘务、调度、车辆检修、站务党支部" line and a merged "党支部：    考核人：    考核时间：" line above
the header 考核类别 | 序号 | 考核内容及标准 | 标准分 | 扣分细则 | 佐证资料. The 考核类别 are MERGED CELLS down the FIRST column, printed WITHOUT an
ordinal and WITH their points on a SECOND line, "政治建设\\n（10分）". 序号 (SECOND column) runs 1..19 through the sheet, NOT restarting. There is no
short sub-label: 考核内容及标准 (`Row.text`) says what is required; 标准分 is a plain number (the item's points) BEFORE the 扣分细则 (`Row.scoring`);
佐证资料 (`Row.method`) names the papers, joined by "、". A 合计 row of 100, then UNDER it a 加分项 block: "加分项（最高加5分）" in the first column
MERGED DOWN three rows (序号, 加分内容, 最高加分, 加分标准, 佐证资料; not in `sections`), then a merged 说明 row. Counts in figures and Chinese numerals,
nearly all in the 考核内容及标准 ("每半年开展一次", "每年开展一次", "全年", "年初", "年底", "年底", "每季度至少…一次", "按期", "3至5人", "100%",
"支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之八十", "每年讲党课不少于1次", "每月第一个星期三",
"年内…不少于3次", "每年召开一次", "年内…不少于2名", "每半年考察一次", "不少于5个工作日", "按月", "每半年公示一次", "每月组织一次", "每人每年…不少于
32学时", "不低于10000分", "每月登记、每季度公示一次", "年底", "每季度…不少于1次", "“七一”、春节", "全覆盖", "100%", "年内", "不少于3个",
"百分之九十九以上", "年内…不少于2次", "每月…一次", "不少于12小时", "不少于1条", "不少于2家", "年内…不少于4次", "1篇以上", "百分之九十五以上");
"最高扣" caps; bands of the 乘客满意率 (3 of the 6 points, closed by "85%以下的不得分"); "每低0.5个百分点" once; "酌情扣0.5-1分" three times,
"酌情扣1-2分" once, "酌情扣1分" once and "酌情扣0.5分" once; two "本项不得分".
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


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核内容及标准, 标准分, 扣分细则, 佐证资料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzu_suzhou_gaoxin_youguidianche_zhibu_xlsx",
    fmt="xlsx",
    title="苏州高新有轨电车运营分公司党总支2025年度党支部工作考核细则",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设\n（10分）", 10, (
            _row("落实“第一议题”制度；每半年开展一次职工思想动态分析，形成分析报告；班组微信群、车载显示屏信息发布先审后发。", 5,
                 "“第一议题”制度未落实的扣1分；思想动态分析每少1次扣1分；无分析报告的扣0.5分；信息未经审核发布的，每次扣0.5分，最高扣1分。",
                 "学习记录、分析报告、审核登记表"),
            _row("支部每年开展一次廉洁教育，关键岗位人员签订廉洁承诺书；物资采购、维修外包等事项按规定报审；全年无违规违纪问题。", 5,
                 "未开展廉洁教育的扣1分；未签订承诺书的，每人扣0.2分，最高扣1分；应报审未报审的，每件扣1分；党员受到党纪处分的，本项不得分。",
                 "廉洁教育记录、廉洁承诺书、报审单"),
        )),
        Section("党建责任", "党建责任\n（10分）", 10, (
            _row("年初制定支部年度党建工作计划，支部书记与分公司党总支签订党建工作责任书，年底形成工作总结。", 5,
                 "缺计划、责任书或总结的，每项扣1分；计划内容与运营生产脱节的，酌情扣0.5-1分。", "工作计划、责任书、工作总结"),
            _row("支部书记年底向党总支述职；支部每季度至少专题研究一次安全生产、服务质量工作，党建与运营生产同部署、同考核。", 5,
                 "未述职的扣2分；专题研究每少1次扣0.5分；党建与生产“两张皮”的，酌情扣1分。", "述职报告、支委会会议记录"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            _row("支部按期换届，支部委员会由3至5人组成；按运营班组设置党小组，党小组覆盖率达到100%。", 4,
                 "未按期换届的扣2分；党小组每缺1个扣0.5分，最高扣1.5分。", "换届选举批复、党小组名单"),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；针对轮班倒班特点可分批次召开，党员参会率不低于"
                 "百分之八十；支部书记每年讲党课不少于1次。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；参会率每低5个百分点扣0.5分，最高扣2分；书记未讲党课的扣1分；会议记录要素不全的，每次扣0.1分，"
                 "最高扣1分。", "会议记录本、签到表、党课讲稿"),
            _row("每月第一个星期三开展主题党日活动；年内开展“安全行车我先行”等岗位实践活动不少于3次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；岗位实践活动每少1次扣0.5分，最高扣1.5分；活动照片不全的，酌情扣0.5分。", "活动方案、活动照片"),
            _row("每年召开一次组织生活会，会前开展谈心谈话，会上开展批评和自我批评；会后开展民主评议党员，评议结果报党总支备案。", 5,
                 "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1分；未备案的扣0.5分；批评和自我批评流于形式的，酌情扣"
                 "0.5-1分。", "会议记录、谈心谈话记录、民主评议表"),
            _row("年内确定入党积极分子不少于2名，注重从司机、调度员、检修工等一线职工中培养；入党积极分子每半年考察一次；发展对象公示不少于5个"
                 "工作日。", 4,
                 "积极分子每少1名扣0.5分；考察每少1次扣0.5分；未公示的扣1分；违反程序发展党员的，本项不得分。", "发展党员档案、考察记录、公示照片"),
            _row("党员按月交纳党费，党费收缴情况每半年公示一次；党员信息在全国党员管理信息系统中及时更新。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分；信息更新不及时的，每人扣0.1分，最高扣1分。", "党费收缴台账、公示照片"),
        )),
        Section("党员管理", "党员管理\n（20分）", 20, (
            _row("支部每月组织一次集中学习；党员每人每年参加学习培训不少于32学时，“学习强国”年人均积分不低于10000分。", 5,
                 "集中学习每少1次扣0.2分，最高扣1.5分；学时不足的，每人扣0.2分，最高扣2分；人均积分未达标的扣0.5分。", "学习记录、学时登记表、平台截图"),
            _row("推行党员“安全服务积分”管理，积分每月登记、每季度公示一次；年底评选“党员标兵驾驶员”“党员先锋岗”。", 5,
                 "无积分台账的扣1分；积分公示每少1次扣0.5分，最高扣2分；年底未评选的扣1分。", "积分台账、公示照片"),
            _row("支部委员每季度与联系党员谈心谈话不少于1次；对生病住院、家庭困难的党员职工及时看望；“七一”、春节走访慰问老党员、困难党员，实现"
                 "全覆盖。", 5,
                 "谈心谈话每少1人次扣0.1分，最高扣1.5分；看望不及时的，酌情扣0.5-1分；“七一”、春节慰问每少1人扣0.2分，最高扣1.5分。",
                 "谈心谈话记录、慰问名单"),
            _row("党员亮身份上岗，佩戴党徽率达到100%；党员年内无责任行车事故、无有责投诉。", 5,
                 "未佩戴党徽的，每人次扣0.2分，最高扣2分；党员发生责任行车事故的，每起扣2分；党员有有责投诉的，每起扣0.5分。", "运营安全通报、投诉台账"),
        )),
        Section("作用发挥", "作用发挥\n（30分）", 30, (
            _row("设立党员先锋岗、党员示范车不少于3个，挂牌亮标识；先锋岗、示范车准点率达到百分之九十九以上。", 6,
                 "先锋岗、示范车每少1个扣0.5分；未挂牌的，每个扣0.2分；准点率每低0.5个百分点扣0.5分，最高扣2分。", "先锋岗名单、挂牌照片、调度统计报表"),
            _row("组建党员突击队，在节假日大客流、恶劣天气、设备故障抢修等急难险重任务中冲锋在前；年内组织应急演练不少于2次。", 6,
                 "未组建突击队的扣1分；应急演练每少1次扣1分；突击队作用发挥不明显的，酌情扣1-2分。", "突击队名单、演练方案、演练照片"),
            _row("组建“红色电车”党员志愿服务队，每月在站台开展一次文明乘车引导、爱心助老等志愿服务；党员年人均志愿服务时长不少于12小时。", 6,
                 "未组建服务队的扣1分；志愿服务每少1次扣0.2分，最高扣2分；人均时长每少1小时扣0.2分，最高扣2分。", "服务队名单、服务记录、活动照片"),
            _row("开展“金点子”合理化建议活动，党员年内人均提出合理化建议不少于1条；与沿线社区党组织签订结对共建协议不少于2家，年内开展共建活动不少于"
                 "4次。", 6,
                 "人均合理化建议不足1条的扣1分；共建协议每少1家扣0.5分；共建活动每少1次扣0.5分，最高扣2分。", "合理化建议登记表、共建协议、活动照片"),
            _row("打造“一支部一品牌”，年内形成党建品牌工作案例1篇以上；乘客满意度测评满意率达到百分之九十五以上。", 6,
                 "未打造品牌的扣1.5分；无工作案例的扣1分；满意率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分。",
                 "品牌案例、乘客满意度测评报告"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核内容及标准", "标准分", "扣分细则", "佐证资料"]
BONUS_HEAD = "加分项（最高加5分）"
BONUS = (
    ("1", "支部或党员获得市级以上表彰，或支部党建工作经验被集团公司推广的。", 2, "市级每项加1分，省级以上每项加2分。", "表彰文件、推广文件"),
    ("2", "党员在突发事件处置、抢险救援中表现突出，受到集团公司以上通报表扬的。", 2, "每人次加0.5分。", "通报文件"),
    ("3", "党员提出的合理化建议被分公司采纳并产生明显效益的。", 1, "每项加0.5分。", "采纳通知"),
)
NOTE = ("说明：1.本细则由分公司党总支于12月下旬组织考核，党群工作部牵头，安全质量部、调度指挥中心、人力资源部参加，以2025年1月1日至考核之日形成的"
        "资料为准；2.各项扣分以该项标准分为限，扣完为止；扣分细则列明得分档次的，按档次计分；3.准点率以调度指挥中心统计为准，责任行车事故和有责投诉"
        "以安全质量部认定为准；4.考核得分（含加分）90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与支部"
        "书记年度绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：运营分公司乘务、调度、车辆检修、站务党支部", ncols)
    xlsx_line(ws, "党支部：              考核人：              考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, (number_text, text, most, rule, proof) in enumerate(BONUS):
        ws.append([BONUS_HEAD if i == 0 else None, number_text, text, most, rule, proof])
        for c in (3, 5, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.cell(top, 1).font = Font(bold=True)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (12, 6, 50, 7, 50, 22))
    wb.save(str(path))
