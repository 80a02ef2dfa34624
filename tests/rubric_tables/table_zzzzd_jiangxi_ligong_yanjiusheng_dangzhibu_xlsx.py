"""江西理工大学2025年度研究生党支部建设质量考核评分表 (.xlsx), as the 党委组织部 of a 江西 赣州 university of mines and metallurgy (with the
研究生院, the 党委学生工作部 and the 学院党委, a 考核组 reading the 支部's papers and the 党建 系统 in December, before the 寒假 empties the 宿舍)
scores the 研究生党支部 of its 学院: the 硕士 and 博士 of the 稀土 and 钨 and 资源与环境 laboratories, the 课题组 where the 导师 is a 党员 and the
students are not, the 党员 off on 访学 abroad or on 校外实习 at the 矿山, the 本科生 班级 each 研究生党员 is paired with, the 毕业生 whose 组织关系
must follow them when they leave: a sheet of rates and bands, whose 一级指标 are merged down the first column, whose 二级指标 names the point, whose
考核标准 prints the requirement with its figure and whose 计分方法 takes off by the 次 and the 百分点 or scores a rate in bands (参学率, 先锋岗
覆盖率, 满意度): 政治建设 (a monthly 集中学习 except in the 寒暑假, the 参学率 in bands and a 每学期 专题研讨; a 每学期 专题研究 of the 意识形态, the
群组 管理员 and a 一票否决; the “七一” 誓词, a yearly 现场教学 with its 参与率 and the 新生 党课), 组织建设 (the 设置, the 换届, the 书记 and 16学时;
the “三会一课”, the 书记's 党课 each 学期 and the monthly 主题党日; the 组织生活会 with the 民主评议, the 谈心谈话 覆盖率 and the 备案; the 发展计划 and
its 审批, the 党校 合格率, a half-yearly 考察, the 公示 and a 一票否决; the 党费 with a 每学期 公示, the 转接 及时率, no “口袋党员”, the 联系台账 and a
monthly 联系), 作用发挥 (the 先锋岗 覆盖率 in bands and the 攻关小组; the 盲审 通过率 and a 每学期 学术交流; the 志愿服务队, two 志愿服务 a 学期,
20小时 and the “一对一” 覆盖率; the 宿舍 示范岗, a monthly 走访 and the 帮扶台账; the 关怀台账, a 每学期 慰问 and the “最后一次党课”) and 责任落实
(the 年初 计划, the 年终 总结, the 工作手册, the 年底 述职 and its “好”等次比例; a yearly 满意度 测评 in bands; the 信息准确率 and the “学习强国” 积分).

A merged title row, a merged "考核对象：各学院研究生党支部（含硕士、博士研究生党支部）" line and a merged "学院： 党支部： 考核人： 考核日期：" line
above the header 一级指标 | 二级指标 | 考核标准 | 分值 | 计分方法 | 佐证材料 | 得分. There is NO 序号: the items are numbered by position (1..16). The
categories are MERGED CELLS down the 一级指标 column (FIRST), printed WITHOUT an ordinal and WITH their points on a SECOND line, "政治建设\\n（18分）".
二级指标 is a short sub-label (`Row.indicator`); 考核标准 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 计分方法; 佐证材料
(`Row.method`) names the papers the 支部 lays out, joined by "、" ("—" where none); 得分 is blank. A 合计 row of 100 and a merged 说明 row close the
sheet. Counts in figures and Chinese numerals, nearly all in the 考核标准 ("每月…一次（寒暑假除外）", "95%以上", "每学期…一次", "每学期…一次",
"每年“七一”", "每学年…一次", "不低于百分之九十", "入学第一个月内", "一般不超过50人", "按期", "3至5人", "每年…不少于16学时", "支部委员会每月召开1次，
支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每学期…不少于1次", "每月开展1次", "每年召开一次", "100%", "100%", "2名", "每半年
考察1次", "不少于5个工作日", "按月", "每学期…一次", "100%", "每月联系一次", "百分之八十以上", "不少于1个", "不及格率为0", "百分之九十五", "每学期…
不少于1次", "每学期…不少于2次", "每人每年…不少于20小时", "100%", "每月…一次", "每学期…一次", "年初", "年终", "按月", "年底", "不低于百分之八十",
"每学年…一次", "百分之九十", "100%", "10000分以上"); "最高扣" caps; "酌情扣0.5-1分" three times and "酌情扣0.5分" once; three sets of bands (the
参学率 for 3 of the 6 points closed by "85%以下的不得分", the 先锋岗 覆盖率 for 3 of the 6 closed by "80%以下的不得分", the 满意度 for all 7 closed by
"85%以下的不得分"); one "每少1000分" step; two "实行一票否决，本项不得分"; two other plain "本项不得分".
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
    name="zzzzd_jiangxi_ligong_yanjiusheng_dangzhibu_xlsx",
    fmt="xlsx",
    title="江西理工大学2025年度研究生党支部建设质量考核评分表",
    numbering="position",
    sections=(
        Section("政治建设", "政治建设\n（18分）", 18, (
            Row("支部每月组织一次集中理论学习（寒暑假除外），党员参学率达到95%以上；每学期开展一次专题研讨，研究生党员人人撰写心得体会。", 6,
                "集中学习每少1次扣0.5分，最高扣2分；参学率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分；专题研讨"
                "每少1次扣0.5分。", "学习记录、签到表", indicator="理论学习"),
            Row("支部每学期专题研究一次意识形态工作；加强对研究生党员网络言行的教育引导，支部微信群、QQ群明确专人管理；党员不发表、不转发错误言论。",
                5,
                "专题研究每少1次扣1分；网络群组无专人管理的扣1分；党员发表、转发错误言论的，每人扣2分；发生意识形态领域重大事件的，实行一票否决，"
                "本项不得分。", "会议记录、群组管理员名单", indicator="意识形态"),
            Row("每年“七一”组织党员重温入党誓词；每学年组织一次到红色教育基地的现场教学，党员参与率不低于百分之九十；新生党员入学第一个月内开展党性"
                "教育专题党课。", 7,
                "未组织重温入党誓词的扣1分；未开展现场教学的扣2分；参与率低于90%的扣1分；新生党员专题党课未开展的扣1分。", "活动方案、活动照片",
                indicator="党性教育"),
        )),
        Section("组织建设", "组织建设\n（32分）", 32, (
            Row("按照“学科+年级”设置研究生党支部，党员人数一般不超过50人；支部按期换届，支部书记由教师党员或优秀博士研究生党员担任，支委会由3至5人"
                "组成；支部书记每年参加学校组织的专题培训不少于16学时。", 5,
                "支部设置不规范的扣1分；未按期换届的扣2分；支部书记人选不符合要求的扣1分；书记培训学时不足的扣1分。", "换届批复、支委分工表",
                indicator="支部设置"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记每学期讲党课不少于1次；主题党日每月"
                "开展1次（寒暑假期间采取线上方式）。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；主题党日每少1次扣0.3分，最高扣2分；会议记录不规范、有补记现象的，"
                "酌情扣0.5-1分。", "会议记录本、签到表", indicator="“三会一课”"),
            Row("每年召开一次组织生活会，开展民主评议党员，研究生导师党员列席指导；会前支委与每名党员谈心谈话，谈心谈话覆盖率达到100%；评议结果报学院"
                "党委备案。", 6,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣1分；谈心谈话覆盖率每低10个百分点扣0.5分，最高扣1分；评议结果未备案的扣0.5分。",
                "会议记录、民主评议测评表、谈心谈话记录", indicator="组织生活会"),
            Row("坚持成熟一个发展一个，年度发展计划报学院党委审批；入党积极分子参加学校党校培训，结业考试合格率达到100%；每名入党积极分子确定2名培养"
                "联系人，每半年考察1次；发展对象公示不少于5个工作日。", 8,
                "发展计划未报审批的扣1分；党校培训结业合格率每低5个百分点扣0.5分，最高扣1.5分；考察每少1次扣0.3分，最高扣1.5分；未公示或公示时间"
                "不足的，每人扣1分；违反发展党员程序或“带病入党”的，实行一票否决，本项不得分。", "发展党员工作档案、公示材料、党校结业证书",
                indicator="发展党员"),
            Row("党员按月交纳党费，每学期公示一次党费收缴情况；毕业研究生党员组织关系转接及时率达到100%，不出现“口袋党员”；建立出国（境）访学、校外"
                "实习研究生党员联系台账，每月联系一次。", 5,
                "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；组织关系转接不及时的，每人扣0.5分；出现“口袋党员”的，每人扣1分；"
                "无联系台账的扣1分；联系每少1次扣0.1分，最高扣0.5分。", "党费收缴台账、组织关系转接登记簿", indicator="党员管理"),
        )),
        Section("作用发挥", "作用发挥\n（30分）", 30, (
            Row("依托课题组、实验室设立党员先锋岗，先锋岗覆盖率达到百分之八十以上，党员挂牌亮身份；组建党员科研攻关小组不少于1个。", 6,
                "先锋岗覆盖率90%以上的得3分，80%（含）—90%的得2分，80%以下的不得分；未组建攻关小组的扣1分；党员未挂牌亮身份的，酌情扣0.5分。",
                "先锋岗名单、攻关小组名单", indicator="科研先锋"),
            Row("研究生党员在学业科研上发挥示范作用，党员课程考核不及格率为0；学位论文盲审一次通过率达到百分之九十五；每学期组织党员开展学术交流或"
                "经验分享活动不少于1次。", 6,
                "党员课程考核不及格的，每人次扣0.5分，最高扣1.5分；盲审一次通过率每低5个百分点扣0.5分，最高扣1.5分；学术交流活动每少1次扣0.5分；"
                "党员出现学术不端行为被查实的，本项不得分。", "活动照片", indicator="学业引领"),
            Row("组建研究生党员志愿服务队，每学期开展志愿服务活动不少于2次；研究生党员每人每年志愿服务时长不少于20小时；结对联系本科生班级，研究生"
                "党员“一对一”联系本科生覆盖率达到100%。", 7,
                "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分，最高扣2分；服务时长不足的，每人扣0.1分，最高扣1.5分；联系覆盖率每低10个百分点扣"
                "0.5分，最高扣1.5分。", "志愿服务队名册、服务时长记录、结对名单", indicator="志愿服务"),
            Row("在研究生公寓设立党员宿舍示范岗，党员宿舍挂牌亮身份；每月开展一次党员联系宿舍走访；关心家庭经济困难、心理困扰、就业困难同学，建立"
                "帮扶台账。", 6,
                "未设立宿舍示范岗的扣1分；党员宿舍未挂牌的，每间扣0.1分，最高扣1分；走访每少1次扣0.3分，最高扣1.5分；无帮扶台账的扣1分；因帮扶"
                "不到位引发学生极端事件的，本项不得分。", "走访记录、帮扶台账", indicator="服务同学"),
            Row("建立家庭经济困难、生病住院研究生党员关怀台账，支部每学期走访慰问一次；毕业生党员离校前上好“最后一次党课”。", 5,
                "无关怀台账的扣1分；走访慰问每少1次扣0.5分；未开展“最后一次党课”的扣1分；关怀不及时、不到位的，酌情扣0.5-1分。", "关怀台账、慰问"
                "照片", indicator="党内关怀"),
        )),
        Section("责任落实", "责任落实\n（20分）", 20, (
            Row("年初制定支部年度工作计划（按学期细化）；年终形成工作总结；支部工作手册按月如实填写；支部书记年底向学院党委述职，述职评议“好”等次"
                "比例不低于百分之八十。", 7,
                "无年度计划的扣1分；无年终总结的扣1分；工作手册填写不及时、不完整的，酌情扣0.5-1分；未述职的扣1.5分；“好”等次比例低于80%的扣1分。",
                "工作计划、工作总结、支部工作手册、述职报告", indicator="工作规范"),
            Row("每学年开展一次党员和研究生群众对支部工作满意度测评，满意度达到百分之九十。", 7,
                "满意度95%以上的得7分，90%（含）—95%的得5分，85%（含）—90%的得3分，85%以下的不得分。", "满意度测评表", indicator="群众评价"),
            Row("支部党员信息在全国党员管理信息系统和学校智慧党建平台及时维护，信息准确率100%；党员“学习强国”年度人均积分达到10000分以上。", 6,
                "系统信息维护不及时、不准确的，每人扣0.2分，最高扣1.5分；“学习强国”人均积分每少1000分扣0.5分，最高扣2分。", "—",
                indicator="信息化建设"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核标准", "分值", "计分方法", "佐证材料", "得分"]
NOTE = ("说明：1.本表由党委组织部会同研究生院、党委学生工作部于12月组织考核，学院党委配合，采取查阅资料、系统核查、个别谈话、问卷测评相结合的"
        "方式进行；2.各项扣分以该项分值为限，扣完为止；3.参学率、覆盖率、盲审通过率以学校智慧党建平台和研究生院统计数据为准；4.考核得分90分"
        "以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”，考核结果作为“样板支部”“标杆院系”推荐和支部书记年度"
        "考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "研究生党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：各学院研究生党支部（含硕士、博士研究生党支部）", ncols)
    xlsx_line(ws, "学院：              党支部：              考核人：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 62)
    xlsx_widths(ws, (12, 12, 46, 6, 50, 22, 7))
    wb.save(str(path))
