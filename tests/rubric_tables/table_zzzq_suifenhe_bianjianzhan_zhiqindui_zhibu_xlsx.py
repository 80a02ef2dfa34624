"""绥芬河出入境边防检查站2025年度基层党支部建设考核评分表 (.xlsx), as the 站党委 of the 绥芬河出入境边防检查站 in 黑龙江 牡丹江 (its 政治处
with the 执法调查科, the 勤务指挥中心 and the 站纪委, a 考核组 in December) scores the 党支部 of its 执勤队 and of the 机关: the 公路口岸 and
the 铁路口岸 facing 俄罗斯 across the hills, 移民管理警察 at the 验证台 checking passports in two languages, the 货车 queues of the 中俄 trade
and the 旅客 of the 互市贸易, the “双人双岗” 监护勤务 in winters of thirty below, the 伪假证件 and the 非法出入境 the 查验 must not miss, the
“12367” 服务平台 where the travellers complain, the “国门党旗红” 品牌 the 站 builds, the 驻地 边境村屯 and 企业 the 支部 pairs with: 政治建设 (a
monthly 集中学习 with 40学时 and the “岗前十分钟”, the 警察节 with a half-yearly 警示教育 and the 政治教育, a quarterly 研判 with the 报备 and a
一票否决), 组织建设 (the “三会一课” with the 补学, the 书记's two 党课 and the 签到表, the monthly 主题党日 with the 参加率 and the 方案, 签到表 and
照片, the 组织生活会 with 民主评议, 谈心谈话, 征求意见 and the 整改清单, "每两年至少发展党员1名" with the 积极分子, 党费 and a yearly 党性分析,
the 换届 with the 批复, the 分工 and the 联系党员制度), 业务融合 (four 先锋岗 with the 承诺 and a quarterly 评选, the 排队 time, the 按时办结率 and
the 满意度 in bands, a monthly 案卷自查 with the 差错, a quarterly 训练 with the 合格率, a half-yearly 演练 with its 方案 and 照片 and a 一票
否决, three 共建协议 with a half-yearly 联合主题党日 and two 志愿服务) and 作风建设 (a monthly 警容风纪 检查 with a quarterly 家访 and the
“禁酒令”, a yearly 廉政风险 排查 with four 廉洁提醒 and the 通知, the 年初 计划, a half-yearly 报告, the 年底 述职 with the 满意度 and the 年度
总结).

A merged title row, a merged "考核对象：站党委所属各执勤队党支部、机关党支部" line and a merged "党支部： 考核组成员： 考核时间：" line above
the header 序号 | 考核项目 | 考核内容 | 分值 | 评分标准 | 佐证材料 | 自评分 | 考评分. 序号 (FIRST column) runs 1..16 through the whole sheet, NOT
restarting. The categories are MERGED CELLS down the 考核项目 column (SECOND), printed WITHOUT an ordinal and WITH their points on a SECOND
line, "政治建设\\n（18分）". 分值 is a plain number BEFORE the 评分标准. 佐证材料 (`Row.method`) names the papers the 支部 lays out, joined by
"、". The two score columns are blank. A 合计 row of 100 follows the items; BELOW it a 加分项 block of two rows (序号 "加1", "加2", the
category cell "加分项" merged down them, their 分值 the most that can be added), then a merged 说明 row. Counts in figures and Chinese numerals
("每月至少开展一次", "每年…不少于40学时", "每年…一次", "每半年开展一次", "重大敏感节点前", "每季度分析研判一次", "支部委员会每月召开1次，支部
党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每月开展一次", "每年召开一次", "每两年至少发展党员1名",
"按月", "每年开展一次", "按期", "每季度评选一次", "30分钟", "每月开展一次", "每季度开展一次", "每半年组织一次", "每半年开展一次", "每年…不少于
2次", "每月开展一次", "每季度开展一次", "每年开展一次", "元旦、春节、五一、国庆节前", "年初", "每半年…报告一次", "年底"); "不少于4个",
"不少于3家"; "百分之八十", "百分之九十五", "百分之八十五", "100%"; "每低1个百分点", "每低5个百分点"; "最高扣" caps; "酌情扣0.5-1分" twice,
"酌情扣0.5分" four times and "酌情扣1-2分" once; one set of bands (a 满意度 for 3 of the 8 points, closed by "85%以下的不得分"); two "实行一票
否决，本项不得分"; four other plain "本项不得分".
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
    name="zzzq_suifenhe_bianjianzhan_zhiqindui_zhibu_xlsx",
    fmt="xlsx",
    title="绥芬河出入境边防检查站2025年度基层党支部建设考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "政治建设\n（18分）", 18, (
            Row("落实“第一议题”制度，支部每月至少开展一次集中学习；党员民警每年参加学习培训不少于40学时；利用执勤交接班间隙开展“岗前十分钟”"
                "学习。", 6,
                "集中学习每少1次扣0.3分；学时不足的，每人扣0.1分，最高扣1分；“岗前十分钟”学习未常态化开展的，酌情扣0.5-1分；学习记录雷同、"
                "照抄照搬的，每次扣0.2分。", "学习记录、学时登记表、“岗前十分钟”学习台账"),
            Row("每年“中国人民警察节”组织一次荣誉仪式或重温入警誓词活动；每半年开展一次警示教育；全国“两会”等重大敏感节点前开展政治教育。", 6,
                "未开展警察节活动的扣1分；警示教育每少1次扣1分；重大敏感节点前未开展政治教育的，每次扣0.5分；民警违反政治纪律或在网上发表"
                "不当言论的，本项不得分。", "活动照片、警示教育记录"),
            Row("每季度分析研判一次队伍思想动态；民警个人社交媒体账号报备；涉口岸舆情第一时间报告。", 6,
                "研判每少1次扣0.5分；社交媒体账号未报备的，每人扣0.2分，最高扣1分；舆情报告不及时的，每次扣1分；发生涉警负面舆情造成恶劣影响"
                "的，实行一票否决，本项不得分。", "研判报告、账号报备登记表"),
        )),
        Section("组织建设", "组织建设\n（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；因执勤倒班缺席的党员及时补学；支部书记"
                "每年讲党课不少于2次。", 8,
                "“三会一课”每少1次扣0.5分，最高扣3分；缺席党员未补学的，每人次扣0.1分，最高扣1分；书记讲党课每少1次扣1分；会议记录不规范"
                "的，酌情扣0.5分。", "会议记录、签到表、补学记录"),
            Row("每月开展一次主题党日活动，与“国门党旗红”党建品牌创建相结合；党员参加率不低于百分之八十。", 6,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.3分，最高扣1分；活动内容与执勤业务脱节的，酌情扣0.5-1分。",
                "活动方案、签到表、活动照片"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前谈心谈话全覆盖，征求旅客、通关企业等服务对象意见；制定整改措施并抓好落实。", 6,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；谈心谈话未全覆盖的扣0.5分；未征求服务对象意见的扣0.5分；无整改清单的扣"
                "0.5分；整改不落实的，酌情扣0.5分。", "会议记录、谈心谈话记录、征求意见表、整改清单"),
            Row("每两年至少发展党员1名，注重在一线执勤青年民警中培养入党积极分子；党员按月交纳党费；每年开展一次党员党性分析。", 5,
                "两年内未发展党员的扣1分；未培养入党积极分子的扣1分；未按月交纳党费的，每人次扣0.1分，最高扣1分；未开展党性分析的扣1分。",
                "发展党员档案、党费收缴台账、党性分析材料"),
            Row("支部委员会按期换届，委员配备齐全；支部书记由执勤队主要负责人担任；建立支委联系党员制度。", 5,
                "未按期换届的扣2分；委员缺额未及时增补的扣1分；支部书记未由执勤队主要负责人担任的扣1分；无支委联系党员制度的扣0.5分。",
                "换届批复、支委分工文件"),
        )),
        Section("业务融合", "业务融合\n（36分）", 36, (
            Row("在验证台、查验现场、监护勤务等岗位设立党员先锋岗不少于4个，党员佩戴党徽亮身份、公开承诺；每季度评选一次“国门先锋”。", 8,
                "先锋岗每少1个扣0.5分；党员未佩戴党徽上岗的，发现1人次扣0.1分；未公开承诺的扣0.5分；“国门先锋”评选每少1次扣0.5分；先锋岗"
                "作用发挥不明显的，酌情扣1-2分。", "先锋岗名单、承诺书、评选通报"),
            Row("旅客通关排队等候时间不超过30分钟；“12367”服务平台咨询、投诉按时办结率达到100%；服务对象满意度达到百分之九十五以上。", 8,
                "排队超时被通报的，每次扣0.5分；按时办结率每低1个百分点扣0.3分，最高扣2分；满意度95%以上的得3分，90%（含）—95%的得2分，"
                "85%（含）—90%的得1分，85%以下的不得分；被有效投诉的，每件扣0.5分。", "通关数据统计、“12367”平台数据、满意度测评结果"),
            Row("严格规范公正文明执法，每月开展一次执法案卷自查；加强伪假证件识别，依法查处非法出入境案件。", 7,
                "执法案卷自查每少1次扣0.5分；案卷评查不合格的，每卷扣0.5分，最高扣2分；发生执勤执法差错的，每起扣1分；全年查获案件数较上年"
                "下降的扣1分；发生执法过错被追责的，本项不得分。", "自查记录、案卷评查通报"),
            Row("每季度开展一次警务实战技能训练和考核，党员民警带头参训，考核合格率达到100%；每半年组织一次口岸突发事件处置演练；冬季严寒天气"
                "落实“双人双岗”监护勤务。", 7,
                "训练考核每少1次扣0.5分；合格率每低5个百分点扣0.5分；处置演练每少1次扣1分；监护勤务不落实的，发现1次扣0.5分，最高扣2分；"
                "发生人员非法出入境漏查漏检的，实行一票否决，本项不得分。", "训练考核成绩单、演练方案、演练照片"),
            Row("与口岸联检单位、边境村屯、驻地企业开展党建共建，签订共建协议不少于3家；每半年开展一次联合主题党日；党员民警每年参加“警民共建”"
                "志愿服务不少于2次。", 6,
                "共建协议每少1家扣0.5分；联合主题党日每少1次扣0.5分；党员参加志愿服务不足2次的，每人扣0.1分，最高扣1分；共建流于形式的，"
                "酌情扣0.5分。", "共建协议、活动照片"),
        )),
        Section("作风建设", "作风建设\n（16分）", 16, (
            Row("严格执行队伍管理各项规定和“禁酒令”；每月开展一次警容风纪和内务检查；每季度开展一次民警家访或谈心谈话。", 6,
                "警容风纪检查每少1次扣0.3分；检查发现问题未整改的，每项扣0.2分；家访谈心每少1次扣0.5分；民警违反“禁酒令”的，每人次扣2分；"
                "民警酒驾醉驾或受到党纪政务处分的，本项不得分。", "检查记录、家访谈心记录"),
            Row("每年开展一次廉政风险点排查；元旦、春节、五一、国庆节前开展廉洁提醒；民警不得接受通关企业、报关人员宴请和礼品礼金。", 5,
                "未开展排查的扣1分；节前廉洁提醒每少1次扣0.3分；防控措施不具体的，酌情扣0.5分；民警“吃拿卡要”被查实的，本项不得分。",
                "风险点排查表、提醒通知"),
            Row("年初制定支部工作计划；支部书记每半年向站党委报告一次抓党建工作情况；年底述职评议，形成年度工作总结。", 5,
                "无年度计划的扣1分；报告每少1次扣0.5分；未述职的扣1.5分；述职评议满意度低于百分之八十五的扣0.5分；无年度总结的扣1分。",
                "工作计划、书面报告、述职报告、测评表、年度总结"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容", "分值", "评分标准", "佐证材料", "自评分", "考评分"]
BONUS = (
    ("加1", "支部获评省级以上“先进基层党组织”，或党员民警获评省级以上“优秀共产党员”“国门卫士”等荣誉的。", 2,
     "省级加1分，国家级加2分，最高加2分。", "表彰文件"),
    ("加2", "查获重大偷渡、走私案件受到国家移民管理局通报表扬的。", 1, "每起加0.5分，最高加1分。", "表扬通报"),
)
NOTE = ("说明：1.本表由站党委于12月组织考核，政治处牵头，采取查阅资料、实地查看、个别谈话、数据比对、问卷测评相结合的方式进行；2.各项扣分以"
        "该项分值为限，扣完为止；3.加分项另行计算，总分不超过103分；4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，"
        "70分以下的为“差”，考核结果作为“国门党旗红”示范党支部评选和民警年度考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部建设考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：站党委所属各执勤队党支部、机关党支部", ncols)
    xlsx_line(ws, "党支部：                考核组成员：                考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, (number_text, text, points, scoring, method) in enumerate(BONUS):
        ws.append([number_text, "加分项" if i == 0 else None, text, points, scoring, method, None, None])
        for c in (3, 5, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 58)
    xlsx_widths(ws, (6, 11, 44, 6, 46, 22, 7, 7))
    wb.save(str(path))
