"""国网山东超高压公司2025年度换流站党支部党建工作考核评分表 (.xlsx), as the 公司党委 of the 国网山东省电力公司超高压公司 (its 党委党建部
with the 运检部, the 安监部 and the 纪委办公室, a 考核组 in December) scores the 党支部 of its ±800千伏 and ±660千伏 换流站 — 沂南 at the
end of the 昭沂直流 from 内蒙古, 广固 at the end of the 鲁固直流, the 胶东 and 泰山 stations — where the power of the northern coal and wind
fields comes into 山东: the 阀厅 and the 直流场 that the 运维班组 walk in shifts of twelve hours, the 换流变 that must not fail in the 迎峰度夏
when the whole 电网 leans on the line, the 接地极线路 across the fields of the 村 whose 党支部 the station pairs with, the 噪声 the 村民 complain
of, the 党员创新工作室 that files the 专利: 政治建设 (a monthly 集中学习 with 48学时, a half-yearly 研讨 and the 补学 of the 倒班人员, the 书记's
two 党课 and the 站长's one with a half-yearly 研判, a yearly 现场教学 with the “七一” 誓词 and a yearly 宣讲), 组织建设 (the “三会一课” with the
要素, the 签到表 and no 补记, the monthly 主题党日 with the 参加率 and its 资料, the 组织生活会 with 谈心谈话, 征求意见, the 整改清单, the 民主
评议 and the 备案, two 积极分子 and one 发展 a year with the 公示, 党费 and the 系统, the 党小组 of each 班组 with the 换届 and the 分工), 党建+
安全生产 (the 党员责任区 with three 示范岗 and a quarterly 评选, the 党员突击队 of the 保电 with the 能量可用率 and a 一票否决, a monthly 安全日
with a half-yearly 演练, the “两票” 合格率 and a 一票否决, two 攻关课题 a year with two 合理化建议 a head and the 台账, two 联建协议 with a
quarterly 宣传 and the 外破) and 作风建设 (a yearly 警示教育 with a half-yearly 风险点排查 and the 审核, three 实事 a year with a yearly 开放日
and the 满意度, the 年初 计划 and 责任清单, a quarterly 报告, the 年底 述职 and the 年终 总结).

A merged title row, a merged "考核对象：公司所属各换流站党支部" line and a merged "党支部： 考核组： 考核日期：" line above the header 序号 |
一级指标 | 二级指标 | 考核要点 | 分值 | 扣分标准 | 佐证材料 | 得分. 序号 (FIRST column) runs 1..16 through the whole sheet, NOT restarting. The
categories are MERGED CELLS down the 一级指标 column (SECOND), printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治建设\\n
（15分）". 二级指标 is a short sub-label (`Row.indicator`); 考核要点 says what is required (`Row.text`). 分值 is a plain number BEFORE the 扣分
标准. 佐证材料 (`Row.method`) names the papers the 支部 lays out, joined by "、" (once a way of checking: 公司纪委办提供). 得分 is blank. A 合计
row of 100, then two 加分项 rows UNDER it (序号 "加1", "加2", a "加分项" cell merged down the 一级指标 column), and a merged 说明 row close the
sheet. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月开展一次", "每年…不少于48学时", "每半年开展一次", "每年讲党课
不少于2次", "每年讲党课不少于1次", "每半年…研判一次", "每年组织…一次", "“七一”前后", "每年开展一次", "支部委员会每月召开1次，支部党员大会每
季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每年召开一次", "年内…不少于2名", "每年至少发展党员1名", "按月", "3人以
上", "超过3个月", "每季度评选一次", "6月至9月", "12月至次年2月", "24小时", "每月开展一次", "每半年组织一次", "年内…不少于2项", "每人每年…
不少于2条", "每季度开展一次", "每年开展一次", "每半年排查一次", "年内…不少于3件", "每年…一次", "年初", "每季度…报告一次", "年底", "年终");
"不少于3个", "不少于2个"; "百分之九十", "百分之九十五", "100%"; "缺一项扣0.2分" once; "最高扣" caps; "酌情扣0.5分" four times, "酌情扣0.5-1分"
twice and "酌情扣1分" once; no bands; two "实行一票否决，本项不得分"; four other plain "本项不得分".
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
    name="zzzu_shandong_chaogaoya_huanliuzhan_zhibu_xlsx",
    fmt="xlsx",
    title="国网山东超高压公司2025年度换流站党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设\n（15分）", 15, (
            Row("落实“第一议题”制度，支部每月开展一次集中学习；党员每年参加学习培训不少于48学时；每半年开展一次专题研讨；倒班人员通过“网上"
                "党校”补学。", 5,
                "集中学习每少1次扣0.3分；学时不足的每人扣0.1分，最高扣1分；专题研讨每少1次扣0.5分；倒班人员未补学的，每人次扣0.1分，最高扣0.5"
                "分；“第一议题”学习与换流站运维工作结合不紧密的，酌情扣0.5分。", "学习记录、学时统计表、研讨材料、网上党校截图",
                indicator="理论武装"),
            Row("支部书记每年讲党课不少于2次，站长、支部委员每年讲党课不少于1次；每半年分析研判一次职工思想动态；落实意识形态工作责任制。", 5,
                "书记讲党课每少1次扣1分；站长、支部委员未讲党课的，每人扣0.5分；研判每少1次扣1分；职工队伍发生影响稳定事件或出现意识形态问题"
                "造成不良影响的，本项不得分。", "党课讲稿、思想动态分析报告", indicator="政治责任"),
            Row("每年组织党员到沂蒙红色教育基地开展一次现场教学；“七一”前后组织党员重温入党誓词；每年开展一次“身边的榜样”先进事迹宣讲。", 5,
                "未开展现场教学的扣2分；未组织重温入党誓词的扣1分；未开展宣讲的扣1分；活动无照片的扣0.5分；活动流于形式的，酌情扣0.5分。",
                "活动方案、现场教学照片、宣讲材料", indicator="红色教育"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；运维班组党小组可结合班前班后会召开；会议"
                "记录要素齐全。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；会议记录要素不全的，每次扣0.2分，最高扣1分；会议无签到表的，每次扣0.2分，最高扣1分；发现"
                "补记、代签的，本项不得分。", "会议记录本、签到表", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，结合设备巡视、检修现场开展“党员进阀厅”等实践活动；党员参加率不低于百分之九十。", 6,
                "主题党日每少1次扣0.4分；参加率每低1个百分点扣0.1分，最高扣1分；活动方案、签到表、活动照片缺一项扣0.2分；与运维工作结合不紧密、"
                "内容单一的，酌情扣0.5-1分。", "活动方案、签到表、活动照片", indicator="主题党日"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、征求意见，会后建立整改清单；开展民主评议党员，评议结果报公司党委备案。", 6,
                "未召开组织生活会的扣3分；会前未谈心谈话或未征求意见的扣0.5分；未建立整改清单的扣0.5分；未开展民主评议党员的扣1分；评议结果未"
                "备案的扣0.5分；整改不到位的，酌情扣0.5分。", "会议记录、谈心谈话记录、征求意见表、整改清单、民主评议表",
                indicator="组织生活会"),
            Row("年内确定入党积极分子不少于2名，每年至少发展党员1名，重点在运维一线技术骨干中发展；党员按月交纳党费；党员信息与“e支部”系统"
                "一致。", 5,
                "积极分子每少1名扣0.5分；未发展党员的扣1分；发展对象未公示的扣0.5分；党费未按月交纳的，每人次扣0.1分，最高扣1分；系统信息不一致"
                "的，每人扣0.1分，最高扣0.5分；违反程序发展党员的，本项不得分。", "发展党员档案、公示截图、党费收缴台账、系统截图",
                indicator="党员发展和管理"),
            Row("按运维班组设置党小组，党员3人以上的班组均建立党小组；支部按期换届，委员出缺及时补选；支部委员分工明确。", 5,
                "党员3人以上的班组未建立党小组的，每个扣1分；未按期换届的扣2分；委员出缺超过3个月未补选的扣1分；无委员分工文件的扣0.5分。",
                "党小组设置文件、换届批复、分工文件", indicator="组织设置"),
        )),
        Section("党建+安全生产", "党建+安全生产\n（40分）", 40, (
            Row("推行“党员责任区+设备主人”，每名党员包保阀厅、直流场、交流滤波器场等一个设备区域；设立“党员示范岗”不少于3个；每季度评选一次"
                "“党员先锋”。", 8,
                "未划定党员责任区的扣2分；示范岗每少1个扣1分；评选每少1次扣0.5分；责任区内因巡视不到位造成设备缺陷漏报的，每起扣1分；示范岗作用"
                "发挥不明显的，酌情扣0.5-1分。", "责任区划分表、示范岗名单、评选结果通报", indicator="党员责任区"),
            Row("迎峰度夏（6月至9月）、迎峰度冬（12月至次年2月）和重大活动保电期间成立党员突击队，党员带头24小时驻站值守；直流系统能量可用率"
                "不低于百分之九十五；全年不发生直流单极及以上强迫停运。", 8,
                "未成立党员突击队的扣1分；保电期间党员值守不落实的，每次扣0.5分；能量可用率每低1个百分点扣0.5分，最高扣2分；发生直流单极强迫"
                "停运的，每次扣2分；发生直流双极闭锁的，实行一票否决，本项不得分。", "突击队成立文件、保电值班表、运行分析报告",
                indicator="保供保电"),
            Row("每月开展一次安全日活动；每半年组织一次换流站消防和直流闭锁应急演练；工作票、操作票合格率100%；全年不发生五级及以上人身、"
                "电网、设备事件。", 8,
                "安全日活动每少1次扣0.3分，最高扣1.5分；演练每少1次扣1分；“两票”合格率每低1个百分点扣0.5分；现场违章被上级督查通报的，每次扣"
                "0.5分；发生五级及以上人身、电网、设备事件的，实行一票否决，本项不得分。", "安全日活动记录、演练方案、演练照片、“两票”统计表",
                indicator="安全生产"),
            Row("依托“党员创新工作室”组建攻关团队，年内完成技术攻关或QC课题不少于2项；党员每人每年提出合理化建议不少于2条，建立登记台账；"
                "创新成果获得授权专利或在公司推广应用。", 8,
                "攻关课题每少1项扣1.5分；合理化建议不足2条的，每人扣0.2分，最高扣1分；未建立合理化建议登记台账的扣0.5分；年内无成果获得授权"
                "专利或推广应用的扣1分。", "课题立项书、结题报告、专利证书", indicator="创新创效"),
            Row("与换流站所在地村（社区）党组织签订联建协议不少于2个；每季度开展一次“电力进万家”安全用电和电力设施保护宣传；接地极线路沿线"
                "外力破坏隐患及时协调处置。", 8,
                "联建协议每少1个扣1分；宣传每少1次扣0.5分；联建活动无照片的扣0.5分；因协调不力发生接地极线路外力破坏跳闸的，每次扣2分；属地群众"
                "对换流站噪声等诉求未及时回应、引发投诉的，酌情扣1分。", "联建协议、宣传照片、隐患协调记录", indicator="联建共建"),
        )),
        Section("作风建设", "作风建设\n（15分）", 15, (
            Row("每年开展一次廉洁从业警示教育；每半年排查一次物资采购、外委检修、工程结算等廉洁风险点；外委检修结算严格履行审核程序。", 5,
                "未开展警示教育的扣1分；风险点排查每少1次扣0.5分；结算未履行审核程序的，每次扣1分；党员违反中央八项规定精神被查处的，本项"
                "不得分。", "警示教育照片、风险点排查表、公司纪委办提供", indicator="廉洁从业"),
            Row("落实“我为群众办实事”，年内为站内职工办实事不少于3件；每年开展一次职工家属开放日；职工对食堂、倒班宿舍等后勤保障满意度不低于"
                "百分之九十。", 5,
                "实事每少1件扣0.5分；未开展家属开放日的扣0.5分；满意度低于90%的扣1分；困难职工未建档帮扶的，每人扣0.5分。",
                "实事清单、开放日照片、满意度测评表", indicator="关心关爱"),
            Row("年初制定党支部工作计划和党建工作责任清单；每季度向公司党委书面报告一次党建工作；年底支部书记抓党建述职；年终形成工作总结。", 5,
                "无工作计划的扣1分；无责任清单的扣0.5分；报告每少1次扣0.3分；未述职的扣1.5分；无工作总结的扣1分；计划、总结照搬照抄、内容空泛"
                "的，酌情扣0.5分。", "工作计划、责任清单、书面报告、述职报告、工作总结", indicator="责任落实"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核要点", "分值", "扣分标准", "佐证材料", "得分"]
BONUS = (
    ("加1", "支部获评省公司级以上“先进基层党组织”“五星级党支部”，或党员获评省部级以上劳动模范的。", 2,
     "省公司级加1分，国网公司或省部级以上加2分，最高加2分。", "荣誉证书"),
    ("加2", "党员创新成果获国网公司或省部级以上科技进步奖、职工技术创新奖的。", 1, "加1分。", "获奖证书"),
)
NOTE = ("说明：1.本表由公司党委于12月组织考核，党委党建部牵头，采取查阅资料、现场查看、个别谈话、问卷测评相结合的方式进行；2.各项扣分以该项"
        "分值为限，扣完为止；3.直流强迫停运、双极闭锁及五级以上事件以公司安监部认定为准；4.加分项另行计算，总分不超过103分；5.考核得分90分"
        "以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与支部书记年度绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "换流站党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：公司所属各换流站党支部", ncols)
    xlsx_line(ws, "党支部：                考核组：                考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    top = ws.max_row + 1
    for i, (number_text, text, points, scoring, evidence) in enumerate(BONUS):
        ws.append([number_text, "加分项" if i == 0 else None, None, text, points, scoring, evidence, None])
        for c in (4, 6, 7):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 58)
    xlsx_widths(ws, (6, 11, 12, 44, 6, 48, 22, 7))
    wb.save(str(path))
