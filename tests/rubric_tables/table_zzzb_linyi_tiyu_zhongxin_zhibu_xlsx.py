"""临沂市体育局机关党委2025年度市体育中心党支部党建工作考核评分表 (.xlsx), as a 山东 临沂 市体育局 机关党委 (its 机关党办 with the 群众
体育科, the 竞赛训练科 and the 驻局纪检监察组, a 考核组 checking in December) scores the 党支部 of the city's 体育中心, a 事业单位 running the
体育场, the 体育馆 and the 游泳馆: 售票, 场地, 救生 and 安保 on shifts, 赛事 and 演出 on the weekends, 免费开放 hours for the 全民健身:
党的建设 (the “第一议题” with a monthly 集中学习 and 32学时, the “三会一课” without a 党小组 and the 补学 of the 倒班 党员, the monthly
主题党日 with the 参加率, the 组织生活会 with 民主评议, 谈心谈话 and the 整改清单, one 积极分子 and the 党费, the “三审三校” of the 大屏 and
公众号 with a half-yearly 研判 and a 一票否决), 服务全民健身 (28 免费开放 hours a week with the 公示 and the 全民健身日, ten 全民健身 活动 with
four 进社区、进乡村, a quarterly 体质监测, the 党员先锋岗 with the 救生员's 持证上岗率, a half-yearly 满意度调查 with the 满意度 in bands and
the 办结率, the 党员体育志愿服务队 with three 志愿服务 and 12小时) and 安全保障 (the 安全工作方案 and 应急预案 with the 审批 and a 一票否决, a
monthly 安全检查 with the daily 水质检测, its 公示 and a half-yearly 演练; a deduction-only line on 私收场租).

A merged title row, a merged "考核对象：市体育中心党支部" line and a merged "考核时间：…  考核组成员：…" line above the header 序号 | 一级指标 |
二级指标 | 考核标准 | 计分方法 | 分值 | 佐证材料. 序号 (FIRST column, numeric cells) runs 1..15 through the whole sheet, NOT restarting. The
categories are MERGED CELLS down the 一级指标 column (SECOND), printed WITH an ordinal and its points on one line, "一、党的建设（30分）".
二级指标 is a short label (`Row.indicator`). 分值 comes AFTER the 计分方法, a plain number. 佐证材料 (`Row.method`) names the papers the 支部
lays out, joined by "、" (once with a way of checking, 现场查看; once 驻局纪检监察组提供): a 佐证 column. A 合计 row and a merged 说明 row close
the sheet. Counts in figures and Chinese numerals ("每月开展一次", "每半年分析研判一次", "每季度开展一次", "每半年开展一次", "每半年组织一次");
"不少于32学时", "不少于28小时", "不少于12小时"; "不少于10场次", "不少于4场次"; "最高扣" caps; "酌情扣0.5-1分", "酌情扣0.5分", "酌情扣1分"
three times; a 满意度 in bands ("80%以下的不得分" closing them); two "实行一票否决，本项不得分" and four plain "本项不得分"; one line is
deduction-only.
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
    name="zzzb_linyi_tiyu_zhongxin_zhibu_xlsx",
    fmt="xlsx",
    title="临沂市体育局机关党委2025年度市体育中心党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("党的建设", "一、党的建设（30分）", 30, (
            Row("落实“第一议题”制度，支部每月开展一次集中学习，全年不少于12次；党员年度集中学习培训不少于32学时。", 5,
                "集中学习每少1次扣0.5分；学时不足的，每人扣0.2分，最高扣1分；“第一议题”执行不到位的，酌情扣0.5-1分。",
                "学习记录、学时台账", indicator="政治学习"),
            Row("支委会每月召开1次，党员大会每季度召开1次，党课每季度1次（支部不设党小组）；因倒班不能参会的党员会后及时补学。", 6,
                "“三会一课”每少1次扣0.5分，最高扣3分；未落实补学的，每人次扣0.2分；会议记录不规范的，酌情扣0.5分。",
                "会议记录本、签到表、补学记录", indicator="三会一课"),
            Row("每月开展一次主题党日，结合场馆开放、赛事保障开展“党员进场馆、服务零距离”实践活动；党员参加率不低于90%。", 5,
                "主题党日每少1次扣0.4分；参加率低于90%的，每次扣0.2分。", "活动方案、活动照片", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前开展谈心谈话，会后制定整改清单，3个月内整改到位。", 5,
                "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；未开展谈心谈话的扣1分；整改不到位的，酌情扣1分。",
                "会议记录、民主评议表、整改清单", indicator="组织生活会"),
            Row("注重在教练员、场馆技术骨干中发展党员，年内培养入党积极分子不少于1名；党员按月足额交纳党费。", 4,
                "未培养入党积极分子的扣1分；党费未按月交纳的，每人次扣0.1分，最高扣1分；发展党员程序不规范的，本项不得分。",
                "发展党员档案、党费收缴台账", indicator="党员队伍"),
            Row("场馆电子大屏、宣传栏、官方公众号发布内容实行“三审三校”；赛事活动广告内容审核把关；支部每半年分析研判一次意识形态工作。",
                5, "研判每少1次扣1分；发布内容未经审核的，每次扣0.5分；大屏、公众号发布错误信息造成不良影响的，实行一票否决，本项不得分。",
                "审核登记表、研判记录", indicator="意识形态"),
        )),
        Section("服务全民健身", "二、服务全民健身（40分）", 40, (
            Row("体育场、体育馆、游泳馆按规定向社会免费或低收费开放，每周免费开放时间不少于28小时；全民健身日（8月8日）全天免费开放；开放"
                "时间和收费标准在场馆入口公示。", 8,
                "免费开放时间不足28小时的，每周扣0.2分，最高扣3分；全民健身日未免费开放的扣2分；未公示的扣1分；擅自提高收费标准的，本项"
                "不得分。", "开放台账、入场统计数据、公示照片", indicator="场馆开放"),
            Row("全年承办或组织群众性体育赛事和全民健身活动不少于10场次，其中进社区、进乡村活动不少于4场次；党员在活动中带头担任志愿者。",
                8, "活动每少1场次扣0.5分；进社区、进乡村活动每少1场次扣0.5分；党员未带头参与志愿服务的，酌情扣1分。",
                "活动方案、活动照片、新闻报道", indicator="全民健身活动"),
            Row("每季度开展一次国民体质监测和科学健身指导服务，全年监测人数不少于2000人；监测数据按时报送市体育局。", 6,
                "监测每少1次扣1分；监测人数未达到2000人的扣1分；数据未按时报送的扣1分。", "监测数据报表", indicator="体质监测"),
            Row("在售票、场地、救生、安保等岗位设立党员先锋岗，党员亮身份、佩戴党员徽章上岗；游泳馆救生员持证上岗率达到100%。", 6,
                "未设立党员先锋岗的扣1分；党员未亮身份的，每人次扣0.2分；救生员持证上岗率未达100%的，本项不得分。",
                "先锋岗名单、持证人员名册、现场查看", indicator="党员先锋岗"),
            Row("每半年开展一次健身群众满意度调查，满意度达到90%以上；群众投诉按时办结率达到100%。", 6,
                "调查每少1次扣1分；满意度90%以上的得3分，85%（含）至90%的得2分，80%（含）至85%的得1分，80%以下的不得分；投诉未按时办结的，"
                "每件扣0.5分。", "调查问卷汇总表、投诉登记簿", indicator="服务质量"),
            Row("组建党员体育志愿服务队，党员每人每年参加志愿服务不少于3次，累计服务时长不少于12小时。", 6,
                "未组建志愿服务队的扣1分；志愿服务次数不足的，每人扣0.2分，最高扣2分；服务时长不足的，每人扣0.1分。",
                "志愿服务队名单、志愿服务记录", indicator="志愿服务"),
        )),
        Section("安全保障", "三、安全保障（30分）", 30, (
            Row("承办大型赛事和演出活动前制定安全工作方案和应急预案，按规定报公安机关审批；每场活动党员安保责任区划分到人。", 10,
                "无安全工作方案或应急预案的，每场扣1分；未按规定报批的，每场扣2分；责任区未划分到人的，酌情扣1分；发生踩踏、坍塌等安全责任"
                "事故的，实行一票否决，本项不得分。", "安全工作方案、应急预案、审批文件", indicator="大型活动安全"),
            Row("每月开展一次场馆设施设备和消防安全检查；游泳馆水质每日检测并公示；每半年组织一次应急疏散演练。", 10,
                "安全检查每少1次扣0.5分；水质检测记录缺失的，每日扣0.1分，最高扣2分；水质未公示的扣0.5分；演练每少1次扣1分。",
                "检查台账、水质检测记录、演练照片", indicator="日常安全"),
            Row("党员干部利用职务便利违规占用场馆、私自收取场租或接受服务对象宴请（本项为扣分项）。", 10,
                "违规占用场馆或私收场租的，每起扣2分；党员受到党纪政务处分的，每人次扣3分；造成恶劣社会影响的，本项不得分。",
                "驻局纪检监察组提供", indicator="作风纪律"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核标准", "计分方法", "分值", "佐证材料"]
NOTE = ("说明：1.考核由局机关党委于12月组织，群众体育科、竞赛训练科、驻局纪检监察组参加，采取查阅资料、现场查看、随机访谈健身群众相结合的"
        "方式；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上为“好”，80—89分为“较好”，70—79分为“一般”，70分以下为“差”；"
        "4.中心发生重大安全责任事故或党员严重违纪违法的，年度考核直接定为“差”。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "体育中心党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：市体育中心党支部", ncols)
    xlsx_line(ws, "考核时间：                    考核组成员：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([number, s.printed if i == 0 else None, row.indicator, row.text, row.scoring, row.points, row.method])
            for c in (4, 5, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 3, 6):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 2, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 6, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 48)
    xlsx_widths(ws, (6, 12, 11, 46, 46, 6, 22))
    wb.save(str(path))
