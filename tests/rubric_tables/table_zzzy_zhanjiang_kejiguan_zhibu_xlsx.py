"""湛江市科技馆党支部2025年度党建工作考核评分表 (.xlsx), as the 机关党委 of the 湛江市科学技术协会 in 广东 (its 组织人事部 with the 科普部 and the
派驻 纪检组, a 考核组 in December) scores the 党支部 of the city's 科技馆 by the 海湾: the 展厅 of the 南海 and the 红树林, the 科普剧场 and the
球幕影院, the 科技辅导员 who are young and mostly not yet 党员, the 讲解员 who face the school parties and the holiday crowds, the “科普大篷车”
that drives down the 雷州半岛 to the village schools, the 流动科技馆 that stops in the 县, the 展品 and 展板 whose words must be checked twice
before they go up: 政治建设 (a monthly 集中学习, a quarterly 研讨 and 32学时; a half-yearly 专题研究 of the 意识形态 with the “三审三校”; the 书记's
two 党课, one of each 班子成员 and a yearly 现场教学), 组织建设 (the “三会一课” with the 要素 and no 补记; the monthly 主题党日 with the 参加率 and two on
the 科技活动周 and the 科普日; the 组织生活会 with the 谈心谈话, the 民主评议 and the 备案; one 积极分子 a year and "每两年至少发展党员1名", 党费 and a
half-yearly 公示; the 换届, the 分工 and a yearly 培训), 党建引领科普服务 (the 先锋岗 with the 观众 满意率 and the 投诉; the 服务队 with a monthly
志愿服务 and six 科普活动 a year in the village schools; the “科学家精神” 展区 with a yearly 更新 and a quarterly 宣讲; the daily 巡查, a half-yearly
疏散演练 and a 一票否决; the 完成率 of the 目标任务 in bands for the whole 7 points) and 作风建设和责任落实 (the 集体研究 of the 支出, a yearly 风险点
排查 and the 廉洁提醒; the 首问负责 制度 with a monthly 汇总 of the 意见 and the 答复; the 年初 工作要点, the 承诺书, a quarterly 报告, the 年底 述职
with its 满意率 and the 年终 总结).

A merged title row, a merged "考核对象：市科协机关党委所属湛江市科技馆党支部" line and a merged "考核组： 考核日期：" line above the header 序号 |
考核项目 | 考核内容及要求 | 分值 | 计分方法 | 佐证材料 | 自评得分 | 考核得分. Each category is a SECTION ROW merged across the whole sheet,
printed WITH an ordinal and its points on one line, "一、政治建设（15分）". 序号 (FIRST column) runs 1..16 through the whole sheet, NOT
restarting under the section rows. 考核项目 is a short sub-label (`Row.indicator`); 考核内容及要求 says what is required (`Row.text`). 分值 is a
plain number BEFORE the 计分方法. 佐证材料 (`Row.method`) names the papers the 支部 lays out, joined by "、". 自评得分 and 考核得分 are blank. A
合计 row of 100 and a merged 备注 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容及要求 ("每月开展一次",
"每季度开展一次", "每年…不少于32学时", "每半年专题研究一次", "每年讲党课不少于2次", "每年讲党课不少于1次", "每年组织一次", "支部委员会每月召开
1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月开展一次", "每年不少于2次", "每年召开一次", "年内…不少于1名",
"每两年至少发展党员1名", "按月", "每半年公示一次", "按期", "每年…不少于1次", "每月开展一次", "年内…不少于6场", "每年至少更新一次", "每季度开展
一次", "每日", "每半年组织一次", "年度", "每年开展一次", "节假日前", "每月汇总一次", "年初", "每季度…报告一次", "年底", "年终"); "百分之九十",
"百分之九十五", "100%"; "最高扣" caps; "酌情扣0.5-1分" once; one set of bands (the 完成率 for all 7 points closed by "90%以下的不得分"); one
"实行一票否决，本项不得分"; five other plain "本项不得分".
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

TABLE = Table(
    name="zzzy_zhanjiang_kejiguan_zhibu_xlsx",
    fmt="xlsx",
    title="湛江市科技馆党支部2025年度党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支部每月开展一次集中学习，每季度开展一次专题研讨；党员每年参加教育培训不少于32学时。", 5,
                "集中学习每少1次扣0.3分，最高扣1.5分；专题研讨每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1分。",
                "学习记录、研讨发言材料、学时登记表", indicator="理论学习"),
            Row("每半年专题研究一次意识形态工作；科普展品、展板、讲解词和新媒体发布内容实行“三审三校”。", 6,
                "专题研究每少1次扣1分；发布内容未落实“三审三校”的，每次扣0.5分，最高扣2分；展教内容出现政治性、科学性错误造成不良影响的，本项"
                "不得分。", "会议纪要、审核登记表", indicator="意识形态"),
            Row("支部书记每年讲党课不少于2次，馆领导班子党员成员每年讲党课不少于1次；每年组织一次红色教育现场教学。", 4,
                "书记讲党课每少1次扣1分；班子成员未讲党课的，每人扣0.5分；未组织现场教学的扣1分。", "党课讲稿、签到表、活动照片",
                indicator="党性教育"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议记录要素齐全，签到规范。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；记录要素不全或签到不规范的，每次扣0.2分，最高扣1分；存在补记、代签的，本项不得分。",
                "会议记录本、签到表", indicator="“三会一课”"),
            Row("每月开展一次主题党日活动，党员参加率达到百分之九十；结合“全国科技活动周”“全国科普日”开展科普主题党日活动，每年不少于2次。", 6,
                "主题党日每少1次扣0.3分，最高扣2分；参加率每低5个百分点扣0.5分；科普主题党日每少1次扣0.5分。", "活动方案、签到表、活动照片",
                indicator="主题党日"),
            Row("每年召开一次组织生活会，会前班子成员之间、班子成员与党员之间谈心谈话全覆盖；开展民主评议党员，评议结果报市科协机关党委备案。",
                6,
                "未召开的扣3分；谈心谈话未全覆盖的扣1分；未开展民主评议党员的扣1分；评议结果未备案的扣0.5分。",
                "会议记录、谈心谈话记录、民主评议测评表、备案表", indicator="组织生活会"),
            Row("注重在青年科技辅导员中培养入党积极分子，年内确定入党积极分子不少于1名，每两年至少发展党员1名；党员按月足额交纳党费，党费收缴"
                "情况每半年公示一次。", 5,
                "未确定入党积极分子的扣1分；两年内未发展党员的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；违反程序"
                "发展党员的，本项不得分。", "积极分子名册、党费收缴台账、公示照片", indicator="党员发展和党费"),
            Row("支部委员会按期换届；支部书记由馆领导班子中的党员担任，落实“一岗双责”；支委分工明确；支部书记和支委每年参加培训不少于1次。", 5,
                "未按期换届的扣2分；支委分工不明确的扣0.5分；未参加培训的，每人扣0.5分，最高扣1分。", "换届批复、分工文件、培训通知",
                indicator="支部班子"),
        )),
        Section("党建引领科普服务", "三、党建引领科普服务（35分）", 35, (
            Row("在展厅、科普剧场等岗位设立党员先锋岗，党员佩戴党员徽章亮身份；讲解服务观众满意率不低于百分之九十五。", 7,
                "未设立党员先锋岗的扣1分；党员未亮身份的，每人次扣0.2分，最高扣1分；观众满意率每低1个百分点扣0.5分，最高扣2分；党员讲解员被观众"
                "投诉查实的，每起扣1分。", "先锋岗名单、观众满意度调查表", indicator="党员先锋岗"),
            Row("组建党员科普志愿服务队，每月开展一次“科普大篷车”进乡村、进学校、进社区志愿服务活动；年内赴雷州半岛偏远乡村学校开展科普活动不少"
                "于6场。", 8,
                "未组建服务队的扣1分；志愿服务每少1次扣0.3分，最高扣2.5分；乡村学校科普活动每少1场扣0.5分；活动无签到表、无照片的，每次扣0.1分，"
                "最高扣1分。", "服务队名单、活动签到表、活动照片", indicator="科普志愿服务"),
            Row("在展厅设立“科学家精神”主题展区，展陈内容每年至少更新一次；每季度开展一次“科学家精神”进校园宣讲。", 6,
                "未设立主题展区的扣2分；展陈内容未更新的扣1分；宣讲每少1次扣0.5分。", "展陈更新方案、宣讲照片", indicator="科学家精神"),
            Row("党员带头落实场馆安全管理，开馆日每日开馆前开展安全巡查；每半年组织一次人员密集场所疏散演练；节假日观众高峰期党员带头值守。", 7,
                "巡查记录不全的，每次扣0.1分，最高扣1分；演练每少1次扣1分；高峰期党员值守不到位的，酌情扣0.5-1分；发生安全责任事故的，实行一票"
                "否决，本项不得分。", "巡查记录、演练方案、演练照片", indicator="场馆安全"),
            Row("完成年度观众接待量、科普活动场次、流动科技馆巡展站点等目标任务。", 7,
                "目标任务完成率100%以上的得7分，95%（含）—100%的得5分，90%（含）—95%的得3分，90%以下的不得分。", "馆务统计报表",
                indicator="业务目标"),
        )),
        Section("作风建设和责任落实", "四、作风建设和责任落实（20分）", 20, (
            Row("科普经费、展品采购严格执行财务制度，重大支出经馆长办公会集体研究；每年开展一次廉政风险点排查；节假日前开展廉洁提醒。", 6,
                "重大支出未经集体研究的，每次扣1分；未开展风险点排查的扣1分；未开展廉洁提醒的，每次扣0.5分；党员受到党纪政务处分的，本项不得分。",
                "馆长办公会纪要、风险点排查表、提醒通知", indicator="廉洁自律"),
            Row("讲解、咨询等服务窗口落实首问负责、一次性告知制度；观众意见建议每月汇总一次，按时答复。", 5,
                "未落实首问负责、一次性告知制度的扣1分；意见汇总每少1次扣0.3分；意见建议未按时答复的，每件扣0.2分；被媒体曝光造成不良影响的，"
                "本项不得分。", "意见建议登记簿、答复记录", indicator="服务作风"),
            Row("年初制定支部工作要点；支部书记与党员逐一签订承诺书；每季度向市科协机关党委报告一次支部工作；年底支部书记述职，述职测评满意率不"
                "低于百分之九十；年终形成工作总结。", 9,
                "无工作要点的扣1分；未签订承诺书的，每人扣0.2分，最高扣1分；报告每少1次扣0.5分；未述职的扣2分；满意率低于90%的扣1分；无工作总结"
                "的扣1分。", "工作要点、承诺书、述职报告、测评表、工作总结", indicator="责任落实"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容及要求", "分值", "计分方法", "佐证材料", "自评得分", "考核得分"]
NOTE = ("备注：1.本表由市科协机关党委于12月组织考核，采取支部自评、查阅资料、实地查看、个别谈话、观众问卷相结合的方式进行；2.各项扣分以该项"
        "分值为限，扣完为止；3.观众接待量、科普活动场次以馆务统计报表和省科技馆联盟平台数据为准；4.考核得分90分以上的为“好”，80—89分的为"
        "“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果作为“四强”党支部评选和支部书记年度考核的重要依据。")


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
    xlsx_line(ws, "考核对象：市科协机关党委所属湛江市科技馆党支部", ncols)
    xlsx_line(ws, "考核组：                    考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for row in s.rows:
            number += 1
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 60)
    xlsx_widths(ws, (6, 12, 46, 6, 50, 24, 8, 8))
    wb.save(str(path))
