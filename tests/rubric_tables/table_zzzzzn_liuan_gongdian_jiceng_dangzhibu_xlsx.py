"""国网六安供电公司党委2025年度基层党支部党建工作考核评价表 (.xlsx), as the 党委 of the 供电公司 of 六安 in 安徽 (its 党委党建部 with the 安全监察部,
the 营销部 (客户服务中心), the 人力资源部 and the 纪委办公室, a 考评组 going round the 运检、营销 and 供电所 支部 of the 金安、裕安 and 大别山 counties in
the middle of December, when the 迎峰度冬 has begun, the 线路 over the 大别山 passes are being patrolled for the first ice, the 六安瓜片 tea gardens are
bare and the 党员服务队 in their red vests are checking the wiring of the 五保户 before the cold) scores each 基层党支部 of the company: a sheet whose
考核要素 prints what the 支部 must have done, whose 评价标准 takes points off one clause at a time (scoring the 客户满意率 in bands) and whose 证明材料
names the papers the 支部 lays out: 党建责任 (the 年初 责任书, 计划 and 任务清单, the 分工 and the 约谈; the 年底 述职, the 评议得分 and a half-yearly 报告;
a quarterly 思想动态 分析, four 宣传报道 and a "本项不得分"), 组织建设 (the “三会一课”, the 参会率 and the 补学; the 主题党日, the 保供电 主题实践 and six
“党员服务队” 活动; the 组织生活会, the 民主评议, the 优秀比例 and the 批评; two 发展, three 积极分子 and a "本项不得分"; 党费 按月 with a quarterly 公示 and
40学时), 党建+生产经营 (the 责任区, three 示范岗 and the 挂牌亮诺; a monthly 安全督查, the 违章 and a 一票否决; the 突击队, two 创新成果 and the 实效; the
投诉, the 抢修 及时率 and the 满意率 in bands; the 共建协议, a half-yearly “电力红马甲” 志愿服务 and the 影像资料), 廉洁与作风 (a quarterly 廉洁教育, the
承诺书 and a "本项不得分"; a half-yearly 谈心谈话 and the “七一” 慰问) and 基础工作 (the 台账, a quarterly 党务 公开 and a yearly 培训; the 半年 小结, the
年底 总结 and the 绩效 挂钩).

A merged title row, a merged "考核对象：公司所属各基层党支部" line and a merged "单位：分" line above the header 序号 | 考核要素 | 分值 | 评价标准 | 证明材料.
The categories are SECTION ROWS merged across the sheet, printed WITH an ordinal and WITH their points on ONE line, "一、党建责任（15分）"; 序号 (FIRST
column) runs 1..17 through the sheet (numeric cells), NOT restarting under the section rows; there is no short sub-label. 考核要素 (`Row.text`) says
what is required; 分值 is a plain number BEFORE the 评价标准 (`Row.scoring`); 证明材料 (`Row.method`) last, naming the papers, joined by "、". A 合计 row of
100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核要素 ("年初", "年底", "不低于85分", "每半年…一次",
"每季度…一次", "年内不少于4篇", "支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "不低于百分之八十", "每月开展一次",
"全年…不少于6次", "每年召开一次", "不超过百分之三十", "年内…不少于2名", "不少于3名", "按月", "每季度公示一次", "每年…不少于40学时", "不少于3个", "全年",
"每月开展一次", "年内…不少于2项", "百分之九十八以上", "不低于百分之九十五", "每半年开展一次", "每季度开展一次", "每年", "每半年…一次", "“七一”",
"每季度更新一次", "每年…不少于1次", "年中", "年底"); "最高扣" caps; bands of the 客户满意率 (3 of the 8 points, closed by "90%以下的不得分"); "每低1个
百分点" once; "酌情扣1-2分" once, "酌情扣0.5-1分" twice and "酌情扣1分" once; one "一票否决，本项不得分" and three other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核要素, 分值, 评价标准, 证明材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzzn_liuan_gongdian_jiceng_dangzhibu_xlsx",
    fmt="xlsx",
    title="国网六安供电公司党委2025年度基层党支部党建工作考核评价表",
    numbering="printed",
    sections=(
        Section("党建责任", "一、党建责任（15分）", 15, (
            _row("支部书记履行第一责任人职责，年初与公司党委签订党建工作责任书，制定支部年度党建工作计划和任务清单；支部委员落实“一岗双责”，分工明确。",
                 5,
                 "未签订责任书的扣1分；无年度计划或任务清单的，每项扣1分；委员分工不明确的扣1分；书记履职不到位被公司党委约谈的扣2分。",
                 "党建工作责任书、年度计划、任务清单、支委分工文件"),
            _row("支部书记年底向公司党委述职，述职评议得分不低于85分；支部每半年向公司党委书面报告一次党建工作情况。", 4,
                 "未述职的扣2分；述职评议得分低于85分的扣1分；书面报告每少1次扣0.5分。",
                 "述职报告、评议结果、半年工作报告"),
            _row("落实意识形态工作责任制，每季度分析一次员工思想动态；在公司内网、微信公众号等平台宣传报道支部工作年内不少于4篇。", 6,
                 "思想动态分析每少1次扣0.5分；宣传报道每少1篇扣0.5分，最高扣2分；发生意识形态领域问题造成不良影响的，本项不得分。",
                 "思想动态分析报告、宣传报道截图"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("严格落实“三会一课”：支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员大会参会率不低于百分之"
                 "八十；轮班倒班党员按班组及时补学。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；党员大会参会率低于80%的，每次扣0.5分，最高扣2分；倒班党员未补学的，每人次扣0.1分，最高扣1分。",
                 "会议记录、签到表、补学记录"),
            _row("每月开展一次主题党日，结合迎峰度夏、迎峰度冬、防汛抗灾等保供电任务开展主题实践；全年开展“党员服务队”进社区、进企业活动不少于6次。", 6,
                 "主题党日每少1次扣0.3分，最高扣2分；主题实践与保供电任务脱节的，酌情扣1分；“党员服务队”活动每少1次扣0.5分，最高扣2分。",
                 "活动方案、签到表、活动照片"),
            _row("每年召开一次组织生活会，开展批评和自我批评；会后开展民主评议党员，评为“优秀”等次的比例不超过百分之三十。", 5,
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；“优秀”比例超过30%的扣0.5分；批评和自我批评流于形式的，酌情扣0.5-1分。",
                 "会议记录、对照检查材料、民主评议测评表"),
            _row("注重在一线技术骨干、青年员工中发展党员，年内发展党员不少于2名；培养入党积极分子不少于3名。", 5,
                 "发展党员每少1名扣1分；入党积极分子每少1名扣0.5分；发展党员程序不规范的，本项不得分。",
                 "发展党员档案、入党积极分子名单"),
            _row("党员按月足额交纳党费，收缴情况每季度公示一次；党员每年参加集中学习培训不少于40学时，通过“网上党校”完成线上学习。", 6,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣2分。",
                 "党费收缴台账、公示照片、学时统计表"),
        )),
        Section("党建+生产经营", "三、党建+生产经营（35分）", 35, (
            _row("设立党员责任区、党员示范岗，党员责任区覆盖全部运维设备和线路区段，党员示范岗不少于3个，实行挂牌亮诺。", 6,
                 "未设立党员责任区的扣2分；责任区未全覆盖的扣1分；示范岗每少1个扣0.5分；未挂牌亮诺的扣1分。",
                 "责任区划分图、示范岗名单、现场照片"),
            _row("支部全年实现“零违章、零事故”，党员身边无违章；每月开展一次“党员安全督查”。", 8,
                 "党员安全督查每少1次扣0.5分，最高扣3分；党员发生违章被考核的，每人次扣1分；支部管辖范围内发生五级及以上安全事件的，一票否决，本项不得分。",
                 "督查记录、违章考核通报"),
            _row("成立党员突击队或“党员+技术”攻关小组，年内完成技术创新、QC成果或合理化建议不少于2项。", 6,
                 "未成立党员突击队或攻关小组的扣2分；创新成果每少1项扣1分；攻关项目无实际成效的，酌情扣1-2分。",
                 "突击队成立文件、成果材料"),
            _row("践行“人民电业为人民”宗旨，供电服务有效投诉同比下降；故障抢修到达现场及时率达到百分之九十八以上；客户满意率不低于百分之九十五。", 8,
                 "发生有效投诉的，每件扣0.5分，最高扣2分；及时率每低1个百分点扣0.5分，最高扣3分；客户满意率95%以上的得3分，90%（含）—95%的得2分，90%以下"
                 "的不得分。",
                 "投诉工单统计、抢修系统数据、满意度调查表"),
            _row("与属地社区或村党组织结对共建，签订共建协议；每半年开展一次“电力红马甲”志愿服务或安全用电进社区活动。", 7,
                 "未签订共建协议的扣2分；志愿服务每少1次扣1分；活动无影像资料的扣0.5分。",
                 "共建协议、活动照片"),
        )),
        Section("廉洁与作风", "四、廉洁与作风（10分）", 10, (
            _row("每季度开展一次廉洁教育，重点岗位人员每年签订廉洁从业承诺书；严格执行中央八项规定精神，物资采购、工程结算等关键环节无违规问题。", 6,
                 "廉洁教育每少1次扣0.5分；承诺书未签订的，每人扣0.2分，最高扣1分；发生违规违纪问题被查处的，本项不得分。",
                 "学习记录、廉洁从业承诺书"),
            _row("支部书记每半年与每名党员谈心谈话一次；“七一”走访慰问困难党员，关心关爱一线倒班员工。", 4,
                 "谈心谈话每少1人次扣0.2分，最高扣2分；未开展走访慰问的扣1分。",
                 "谈心谈话记录、慰问照片"),
        )),
        Section("基础工作", "五、基础工作（10分）", 10, (
            _row("党建工作台账分类规范、一年一册；党务公开栏每季度更新一次；支部委员每年参加公司党委组织的集中培训不少于1次。", 5,
                 "台账不规范的，酌情扣0.5-1分；党务公开每少1次扣0.5分；支部委员未参加培训的，每人扣0.5分。",
                 "党建台账、公开栏照片、培训通知"),
            _row("年中形成半年工作小结，年底形成年度工作总结，报公司党委；党建工作与生产经营同部署、同考核，党建考核结果与支部绩效挂钩。", 5,
                 "无半年小结的扣1分；无年度总结的扣2分；党建考核结果未与绩效挂钩的扣2分。",
                 "半年小结、年度总结、绩效考核办法"),
        )),
    ),
)

HEADER = ["序号", "考核要素", "分值", "评价标准", "证明材料"]
NOTE = ("说明：1.本表由公司党委于12月中旬组织考核，党委党建部牵头，安全监察部、营销部、人力资源部、纪委办公室参加，采取查阅资料、现场检查、系统"
        "数据核查、党员群众访谈相结合的方式进行，以2025年1月1日至考核之日形成的资料和系统数据为准；2.各项扣分以该项分值为限，扣完为止；评价标准列明"
        "得分档次的，按档次计分；3.考核结果分为A、B、C、D四级，A级比例不超过30%，考核结果与支部书记绩效年薪和“四强”党支部评选挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "基层党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：公司所属各基层党支部", ncols)
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.text, row.points, row.scoring, row.method])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (6, 56, 6, 56, 26))
    wb.save(str(path))
