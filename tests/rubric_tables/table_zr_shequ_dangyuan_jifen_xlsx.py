"""中共株洲市天元区嵩山路街道工作委员会2026年度社区党员积分制管理工作考核评分表 (.xlsx), as a 湖南 街道党工委 (its 党建
办 running the check) scores each 社区党委（党总支） on how it runs 党员积分制管理 for its 党员: 在职党员 reporting in (双报到),
离退休党员, 流动党员 and 年老体弱党员 scored in separate ways, with 基础积分、奖励积分、扣减积分, a “红色超市” for exchange, and
the year's 积分 feeding the 民主评议 and 评优.

A merged title row, a merged "社区：…  党组织书记：…  党员总数：…名  纳入积分管理党员：…名" line and a right-aligned "单位：分"
line above the header 序号 | 考核指标 | 考核内容及标准 | 分值 | 扣分标准 | 备查资料 | 得分. The categories are SECTION ROWS
merged across the sheet, printed "一、制度建设（16分）". 序号 runs 1..20 through the sheet (numeric cells), NOT restarting
under the section rows. 考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 备查资料 (`Row.method`) names
the papers the 社区 lays out: a 佐证 column. 得分 is blank. A 合计 row and a merged 备注 row close the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zr_shequ_dangyuan_jifen_xlsx",
    fmt="xlsx",
    title="中共株洲市天元区嵩山路街道工作委员会2026年度社区党员积分制管理工作考核评分表",
    numbering="printed",
    sections=(
        Section("制度建设", "一、制度建设（16分）", 16, (
            Row("社区党组织结合实际制定党员积分制管理实施细则，明确基础积分、奖励积分、扣减积分项目和分值；实施细则经社区党员大会"
                "讨论通过，报街道党工委备案。", 5,
                "未制定实施细则的，本项不得分；细则未经党员大会讨论通过的扣2分；未报备案的扣1分。", "实施细则、会议记录、备案回执",
                indicator="实施细则"),
            Row("成立由社区党组织书记任组长的积分管理工作小组，吸收党员代表、居民代表参加，小组成员不少于5人。", 3,
                "未成立工作小组的扣2分；无党员代表、居民代表参加的扣1分。", "成立文件、小组成员名单", indicator="工作机构"),
            Row("对在职党员、离退休党员、流动党员、年老体弱党员分类设置积分项目和积分标准；党员纳入积分管理覆盖率达到100%。", 4,
                "未分类设置积分项目的扣2分；覆盖率每低5个百分点扣0.5分。", "分类积分标准、党员积分台账", indicator="分类管理"),
            Row("党员积分每季度在社区党务公开栏和居民微信群公示1次，公示期不少于5天，接受党员群众监督。", 4,
                "每少公示1次扣1分；公示期不足5天的，每次扣0.5分。", "公示照片、微信群截图", indicator="公开公示"),
        )),
        Section("积分运行", "二、积分运行（44分）", 44, (
            Row("党员参加“三会一课”按次计入基础积分：党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员参会率达到"
                "85%以上。", 8,
                "党员大会、党课每少1次扣1分，党小组会每少1次扣0.5分；参会率每低5个百分点扣1分，最多扣3分。", "会议记录、签到表",
                indicator="基础积分"),
            Row("每月15日开展主题党日，党员参加的每次积1分，无故缺席的每次扣2分；流动党员可通过线上方式参加。", 4,
                "主题党日每少1次扣0.5分；积分未按规定登记的，酌情扣0.5—1分。", "活动记录、积分登记表、活动照片",
                indicator="主题党日"),
            Row("党员每月按时足额交纳党费，按时交纳的每月积1分。", 3,
                "无党费收缴台账的扣1分；党员未按时交纳的，每人次扣0.1分。", "党费收缴台账", indicator="党费交纳"),
            Row("在职党员到社区报到率达到100%，每名在职党员每年到社区参加志愿服务不少于4次，按次计入积分；在职党员服务情况每半年"
                "向其所在单位党组织反馈1次。", 7,
                "报到率每低5个百分点扣1分；服务次数不足的，每人扣0.2分，最多扣3分；未按时反馈的，每次扣1分。",
                "报到登记册、服务记录、反馈函", indicator="双报到积分"),
            Row("党员在网格治理、矛盾调解、文明创建、应急处置等工作中表现突出的给予奖励积分，奖励积分由党员申报、党小组审核、"
                "社区党组织审定，每月集中认定1次。", 6,
                "未按月认定的，每少1次扣0.5分；认定程序不规范的，每发现1例扣0.5分。", "积分申报表、审核记录",
                indicator="奖励积分"),
            Row("对违反党纪、无故不参加组织生活、连续3个月不交纳党费的党员按规定扣减积分；党员年度积分低于60分的，由社区党组织"
                "书记进行谈心谈话。", 5,
                "应扣未扣的，每例扣0.5分；应谈未谈的，每人扣0.5分。", "谈话记录", indicator="扣减积分"),
            Row("建立“一人一档”党员积分台账，积分实时登记、每月汇总1次，由党员本人签字确认；运用“智慧党建”平台记录积分，线上线下"
                "数据一致。", 6,
                "无积分台账的扣3分；未按月汇总的，每次扣0.5分；平台数据与台账不一致的，酌情扣1—2分。", "积分台账、平台截图",
                indicator="台账管理"),
            Row("每年组织居民代表对党员积分情况开展1次群众评议，群众满意度不低于90%。", 5,
                "未开展群众评议的扣3分；满意度低于90%的扣2分。", "评议表", indicator="群众评议"),
        )),
        Section("结果运用", "三、结果运用（30分）", 30, (
            Row("年底根据党员全年积分，结合民主评议党员确定“优秀”“合格”“基本合格”“不合格”等次，评为“优秀”的比例不超过参评"
                "党员的30%。", 6,
                "未开展民主评议党员的，本项不得分；未将积分作为评议重要依据的扣2分；“优秀”比例超过30%的扣1分。",
                "民主评议登记表、等次评定结果", indicator="年度评定"),
            Row("年度积分排名前10%的党员在“七一”表彰中优先推荐为优秀共产党员，并在社区公开栏“红榜”展示；设立积分兑换“红色超市”，"
                "每半年兑换1次。", 6,
                "未结合积分推荐评优的扣2分；未设“红榜”展示的扣1分；积分兑换每少1次扣1分。", "表彰文件、红榜照片、兑换记录",
                indicator="激励表彰"),
            Row("对积分排名后5%或年度积分不合格的党员进行预警，建立帮教台账，由支部委员结对帮扶，帮扶期不少于3个月。", 5,
                "未开展预警的扣2分；无帮教台账的扣1分；帮扶期不足的，每人扣0.5分。", "预警通知书、帮教台账", indicator="预警帮教"),
            Row("对连续两年积分不合格的党员，按照处置不合格党员有关规定进行组织处置，处置意见报街道党工委审核。", 5,
                "应处置未处置的，每人扣2分；处置意见未报审核的扣1分。", "处置材料", indicator="不合格处置"),
            Row("把入党积极分子纳入积分参考管理，每年确定入党积极分子不少于2名，积分情况作为确定发展对象的重要依据。", 4,
                "入党积极分子每少1名扣1分；确定发展对象未参考积分的扣1分。", "积极分子培养考察材料", indicator="发展党员"),
            Row("年初制定积分制管理工作计划，年中开展1次督查评估，年底形成工作总结；每年向街道党工委报送积分制管理典型案例不少于"
                "1篇。", 4,
                "无计划或总结的，每项扣1分；未开展年中督查评估的扣1分；未报送典型案例的扣0.5分。", "计划、督查评估报告、总结",
                indicator="总结提升"),
        )),
        Section("组织保障", "四、组织保障（10分）", 10, (
            Row("社区党组织从党组织服务群众经费中安排积分兑换专项经费，每年不少于5000元，专款专用。", 4,
                "未安排专项经费的扣2分；经费不足5000元或未专款专用的，扣1—2分。", "经费支出凭证", indicator="经费保障"),
            Row("每年组织积分管理员业务培训不少于1次；党员对积分制管理办法的知晓率达到95%以上。", 6,
                "未组织业务培训的扣2分；知晓率每低5个百分点扣1分，最多扣4分。", "培训签到表、知晓率测试问卷",
                indicator="宣传培训"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容及标准", "分值", "扣分标准", "备查资料", "得分"]
NOTE = ("备注：1.考核由街道党工委党建办牵头，于每年12月采取查阅资料、随机抽访党员和居民、平台数据比对相结合的方式进行；2.各项"
        "扣分以该项分值为限，扣完为止；3.考核结果纳入社区党组织书记抓基层党建述职评议考核，得分排名后2位的社区由街道党工委"
        "书记约谈。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党员积分制管理考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=15), center)
    xlsx_line(ws, "社区：                    党组织书记：              党员总数：    名    纳入积分管理党员：    名", ncols)
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
            ws.append([number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 44)
    xlsx_widths(ws, (6, 11, 50, 6, 44, 22, 7))
    wb.save(str(path))
