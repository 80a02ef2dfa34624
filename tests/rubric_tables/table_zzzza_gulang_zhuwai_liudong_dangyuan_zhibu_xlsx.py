"""古浪县2025年度驻外流动党员党支部考核评分细则 (.xlsx), as the 县委组织部 of 甘肃 武威 古浪 (its 组织科 with the 县人社局's 劳务办, the 驻外
劳务工作站 and the 流入地 乡镇（街道）党组织, a 考核组 that sits in January when the 务工 党员 are home for 春节 and reads the 台账 the 支部 brought
back) scores the 流动党员党支部 it set up where its 劳务 people go: the 昌吉 棉田 and the 建筑工地 of 乌鲁木齐, the 枸杞 fields of 银川, the 煤矿
and 工业园区 of 内蒙古; the 劳务经纪人 who fills a bus each March, the 党员 who drive the 采棉机 and lay the 钢筋, the 留守 old people and children
in the 移民 villages back on the 黄河 terraces, the 欠薪 that must be chased before the 春节, the 微信群 where the 支部 meets when the 工地 are a
hundred 公里 apart: 组织设置 (the 支委, the 书记 from the 致富带头人 or 劳务经纪人, the 双重管理协议 and a 不得分; the 花名册, a quarterly 更新 and
核对, the 持证比例 and the 失联; the 排查登记, the 1个月内 and the “一人一卡”), 组织生活 (the “三会一课” with the 视频 and its 截图; the monthly
主题党日 with its 主题, the 参加率 and the “七一” 誓词; the 组织生活会 at 春节 with the 民主评议, the 反馈 and the 谈心谈话 覆盖率; 24学时, two
推送 a month and a yearly 技能 培训), 党员管理 (党费 with a quarterly 公示 and the 上缴; the 积分 with a quarterly 公示 and the 年底 评选; the
示范岗 with its 覆盖比例, the 亮身份 and the 事故; one 积极分子 a year, the 共同培养, a half-yearly 反馈 and the 移交), 服务作用 (100 人次 of
对接 a year and the 签订率; the 办结率, the 诉求台账 with a monthly 汇总 and a 一票否决; a quarterly 志愿服务, the 春节、“七一” 慰问 and the
帮扶台账; the 年初 计划, a half-yearly 报告, the 年底 述职 and the 年终 满意度测评 in bands for 5 of the 8 points).

A merged title row, a merged "考核对象：县委组织部批准设立的驻新疆、宁夏、内蒙古等地流动党员党支部" line and a merged "党支部： 考核人： 考核
日期：" line above the header 考核要点 | 分值 | 评分标准 | 佐证材料 | 得分. Each category is a SECTION ROW merged across the whole sheet, printed WITH
an ordinal and its points on one line, "一、组织设置（16分）". There is NO 序号 and no short sub-label: the items are numbered by position
(1..15). 考核要点 says what is required (`Row.text`); 分值 is a plain number BEFORE the 评分标准; 佐证材料 (`Row.method`) names the papers the 支部
brings back, joined by "、"; 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly
all in the 考核要点 ("3至5人", "每季度更新一次", "…核对一次", "100%", "春节前后", "1个月内", "支部委员会每月召开1次，党员大会每季度召开1次，党小组
会每月召开1次，党课每季度1次", "每月开展一次", "百分之七十", "每年“七一”前后…一次", "每年春节…召开一次", "100%", "每年…不少于24学时", "每月…不
少于2次", "每年组织一次", "按月", "每季度…公示一次", "按月记分", "每季度公示一次", "年底", "百分之八十", "年内…不少于1名", "每半年…反馈一次",
"年内…不少于100人次", "百分之九十", "100%", "每月汇总一次", "每季度…一次", "春节、“七一”", "年初", "每半年…报告一次", "年底", "年终"); "失联
超过6个月" only in the 评分标准; "最高扣" caps; "每少10人次" once; "酌情扣0.5-1分" once; one set of bands (the 满意度 for 5 of the 8 points, closed
by "70%以下的不得分"); one "实行一票否决，本项不得分"; one other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_note,
    xlsx_title,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzzza_gulang_zhuwai_liudong_dangyuan_zhibu_xlsx",
    fmt="xlsx",
    title="古浪县2025年度驻外流动党员党支部考核评分细则",
    numbering="position",
    sections=(
        Section("组织设置", "一、组织设置（16分）", 16, (
            Row("依托驻外劳务工作站建立流动党员党支部，支委会由3至5人组成；支部书记从在外务工党员中的致富带头人或劳务经纪人中选任；支部接受县委"
                "组织部和流入地党组织双重管理，与流入地乡镇（街道）党组织签订双重管理协议。", 6,
                "支委配备不齐的扣1分；书记人选不符合要求的扣1分；未签订双重管理协议的扣2分；支部长期不开展活动、名存实亡的，本项不得分。",
                "支部成立批复、支委分工表、双重管理协议"),
            Row("建立流动党员花名册，逐人登记务工地点、联系方式、从事行业；党员信息每季度更新一次，并与流出地乡镇党委核对一次；流动党员持《流动党员"
                "活动证》比例达到100%。", 5,
                "无花名册的扣1分；信息更新每少1次扣0.3分；核对每少1次扣0.3分；持证比例每低10个百分点扣0.5分，最高扣1分；党员失联超过6个月未报告"
                "的，每人扣0.5分。", "流动党员花名册、信息核对表"),
            Row("利用春节前后务工人员集中返乡时段，协助流出地党组织开展外出党员排查登记；新外出党员1个月内纳入流动党员党支部管理；推行流动党员"
                "“一人一卡”服务。", 5,
                "未开展排查登记的扣1分；新外出党员未及时纳入管理的，每人扣0.5分，最高扣1.5分；未实行“一人一卡”的扣1分。",
                "排查登记表、流动党员服务卡"),
        )),
        Section("组织生活", "二、组织生活（30分）", 30, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；分散在棉田、工地的党员通过视频连线参加，线上会议"
                "截图存档。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；线上会议无截图的，每次扣0.2分，最高扣1分；会议记录不完整的，酌情扣0.5-1分。",
                "会议记录本、签到表、视频会议截图"),
            Row("每月开展一次主题党日，围绕“古浪劳务”品牌、安全生产、依法维权等确定主题；党员参加率（含线上）不低于百分之七十；每年“七一”前后组织"
                "党员重温入党誓词一次。", 7,
                "主题党日每少1次扣0.3分，最高扣2.5分；参加率低于70%的，每次扣0.2分，最高扣1分；未组织重温入党誓词的扣1分。",
                "活动方案、签到表、活动照片"),
            Row("每年春节返乡期间召开一次组织生活会，开展民主评议党员，评议结果书面反馈流出地党组织；会前支部书记与每名党员谈心谈话，谈心谈话覆盖率"
                "达到100%。", 8,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1.5分；评议结果未反馈的扣1分；谈心谈话覆盖率每低10个百分点扣0.5分。",
                "会议记录、民主评议表、反馈函、谈心谈话记录"),
            Row("流动党员每年参加学习培训不少于24学时；支部每月通过微信群推送学习资料不少于2次；每年组织一次劳务技能和安全知识培训。", 7,
                "学时不足的，每人扣0.1分，最高扣2分；推送每少1次扣0.1分，最高扣1分；未组织技能培训的扣2分。", "学时登记表、推送截图、培训签到表"),
        )),
        Section("党员管理", "三、党员管理（24分）", 24, (
            Row("流动党员按月交纳党费，可由支部统一收缴或通过线上渠道交纳；党费收缴情况每季度在支部微信群公示一次；党费按时上缴县委组织部。", 6,
                "未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分；党费未按时上缴的扣1分。", "党费收缴台账、公示截图、上缴票据"),
            Row("推行流动党员积分管理，按月记分，每季度公示一次积分；年底评选“优秀流动党员”，推荐表现突出的流动党员回村任职或纳入村级后备力量。", 6,
                "未实行积分管理的扣2分；积分公示每少1次扣0.3分；年底未评选的扣1分；未推荐的扣0.5分。", "积分登记册、公示截图、评选结果"),
            Row("在务工点设立党员示范岗，流动党员带头遵守工地、农场安全生产规定，亮身份、亮承诺；党员示范岗覆盖务工点比例达到百分之八十。", 6,
                "未设立党员示范岗的扣1分；覆盖比例每低10个百分点扣0.5分；党员未亮身份的，每人扣0.2分，最高扣1分；党员发生安全生产责任事故或违法"
                "违纪的，每人扣2分。", "示范岗名单、示范岗照片"),
            Row("年内在优秀务工人员中确定入党积极分子不少于1名，与流出地党组织共同培养考察，每半年书面反馈一次考察情况；培养考察材料及时移交流出地"
                "党组织。", 6,
                "未确定入党积极分子的扣1分；未共同培养考察的扣1分；反馈每少1次扣0.5分；考察材料未移交的扣1分。", "积极分子名册、考察反馈表、移交清单"),
        )),
        Section("服务作用", "四、服务作用（30分）", 30, (
            Row("支部协调劳务工作站开展用工对接，年内帮助务工人员对接岗位不少于100人次；党员劳务经纪人带头与务工人员签订劳动合同，劳动合同签订率"
                "达到百分之九十。", 8,
                "对接岗位每少10人次扣0.5分，最高扣2分；劳动合同签订率每低5个百分点扣0.5分，最高扣2分；党员劳务经纪人违规收费、欺瞒务工人员的，"
                "每起扣1分。", "用工对接台账、劳动合同签订统计表"),
            Row("党员带头维护务工人员合法权益，协助解决欠薪、工伤等问题，欠薪投诉按期办结率达到100%；建立务工人员诉求台账，每月汇总一次。", 8,
                "按期办结率每低1个百分点扣0.2分，最高扣2分；无诉求台账的扣1分；汇总每少1次扣0.2分；因处置不当引发群体性讨薪事件的，实行一票否决，"
                "本项不得分。", "诉求台账、办结回访记录"),
            Row("每季度组织流动党员在务工地开展一次志愿服务；春节、“七一”走访慰问困难流动党员和留守家庭，建立帮扶台账。", 6,
                "志愿服务每少1次扣0.5分；走访慰问每少1次扣1分；无帮扶台账的扣0.5分。", "活动照片、慰问登记表、帮扶台账"),
            Row("年初制定支部工作计划；每半年向县委组织部书面报告一次工作；年底支部书记述职；年终由县委组织部组织流动党员、用工企业开展满意度测评。",
                8,
                "无工作计划的扣1分；报告每少1次扣0.5分；未述职的扣1分；满意度90%以上的得5分，80%（含）—90%的得3分，70%（含）—80%的得1分，70%以下"
                "的不得分。", "工作计划、书面报告、述职报告、满意度测评表"),
        )),
    ),
)

HEADER = ["考核要点", "分值", "评分标准", "佐证材料", "得分"]
NOTE = ("说明：1.本细则由县委组织部会同县人社局于次年1月组织考核，采取查阅资料、视频抽查、电话回访、征求流入地党组织意见相结合的方式进行；2.各项"
        "扣分以该项分值为限，扣完为止；3.用工对接人次以县劳务办登记数据为准；4.考核得分90分以上的为“优秀”，75—89分的为“合格”，75分以下的为"
        "“不合格”，考核结果作为流动党员党支部工作经费补助和支部书记评先评优的依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "流动党员党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：县委组织部批准设立的驻新疆、宁夏、内蒙古等地流动党员党支部", ncols)
    xlsx_line(ws, "党支部：                考核人：                考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            ws.append([row.text, row.points, row.scoring, row.method, None])
            for c in (1, 3, 4):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 2).alignment = center
    ws.append(["合计", t.total, None, None, None])
    for c in (1, 2):
        ws.cell(ws.max_row, c).alignment = center
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 66)
    xlsx_widths(ws, (52, 6, 52, 24, 7))
    wb.save(str(path))
