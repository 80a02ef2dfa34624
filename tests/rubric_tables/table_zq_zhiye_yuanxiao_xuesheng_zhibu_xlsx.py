"""中共衡岳职业技术学院委员会2026年度学生党支部工作考核评分表 (.xlsx), as the 党委 of a 湖南 高等职业院校 (its 组织部 running
the check with the 学生工作部) scores each 二级学院 学生党支部 (built "在专业上"; a 辅导员 or 专业教师党员 as 书记, 学生委员
beside; most 党员 are 预备党员 who leave after three years, so 发展、培养 and the 毕业生 组织关系转接 weigh heavily) on
政治引领、组织建设、发展党员、作用发挥. The school year runs in 学期, two a year.

A merged title row, a merged centred "（学院党委组织部制　适用于各二级学院学生党支部）" line and a right-aligned "单位：分" line
above the header 考核维度 | 序号 | 考核要点 | 分值 | 评分细则 | 佐证资料 | 自评分 | 考评分. The categories are MERGED CELLS
down the 考核维度 column (first), printed on two lines "一、政治引领\\n（20分）". 序号 (second column, numeric cells) RESTARTS
at 1 in every 维度 (item ids "1.1", "3.4" …). 分值 is a plain number. 佐证资料 (`Row.method`) names the papers the 支部 lays
out. The two score columns are blank. A 合计 row and a merged 备注 row close the sheet.
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
    name="zq_zhiye_yuanxiao_xuesheng_zhibu_xlsx",
    fmt="xlsx",
    title="中共衡岳职业技术学院委员会2026年度学生党支部工作考核评分表",
    numbering="restart",
    sections=(
        Section("政治引领", "一、政治引领\n（20分）", 20, (
            Row("全年组织集中理论学习不少于8次，深入学习习近平新时代中国特色社会主义思想和党的二十届历次全会精神；学生党员"
                "“青年大学习”参学率达到100%。", 6,
                "集中学习每少1次扣0.5分；参学率每低1个百分点扣0.2分，最多扣2分。", "学习记录、参学率截图"),
            Row("每学期至少组织1次“行走的思政课”现场教学或红色研学，学生党员、入党积极分子参与比例不低于80%。", 4,
                "现场教学每少1次扣2分；参与比例低于80%的扣1分。", "活动方案、照片"),
            Row("支部书记每学期为学生党员讲党课不少于1次；每学期组织优秀学生党员讲“微党课”不少于2次。", 4,
                "书记讲党课每少1次扣1分；微党课每少1次扣0.5分。", "党课讲稿、照片"),
            Row("及时掌握学生党员思想动态，每学期开展1次学生党员思想状况分析；学生党员无发表错误言论、参与非法组织等问题。", 6,
                "思想状况分析每少1次扣1分；学生党员违反政治纪律的，本项不得分；其他违纪违规情况，每人次扣2分。",
                "思想状况分析报告"),
        )),
        Section("组织建设", "二、组织建设\n（30分）", 30, (
            Row("按照“支部建在专业上”原则设置学生党支部，正式党员7人以上的设立支部委员会；支委由辅导员或专业教师党员和优秀学生"
                "党员组成，学生委员占比不低于50%；按期换届。", 5,
                "支部设置不符合要求的扣2分；学生委员占比低于50%的扣1分；未按期换届的扣2分。", "支部设立批复、换届选举材料"),
            Row("支部委员会每月召开1次，支部党员大会每两个月召开1次，党小组会每月召开1次；会议议题明确、记录完整。", 7,
                "每少开1次扣0.5分；会议记录缺少议题、决议等要素的，每次扣0.2分。", "会议记录本、签到表"),
            Row("每月开展1次主题党日，可结合专业技能服务、志愿服务开展；支部党员参加率不低于90%。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分。", "活动记录、照片"),
            Row("每年召开1次组织生活会，开展民主评议党员；毕业生党员离校前召开1次专题组织生活会；评议结果报学院党委组织部备案。",
                5, "未召开组织生活会的扣2分；未开展民主评议的扣2分；未召开毕业生专题组织生活会的扣1分。", "会议记录、民主评议表"),
            Row("学生党员按月交纳党费，毕业离校前党费交清；支部每半年公布1次党费收缴情况。", 3,
                "欠交党费的，每人扣0.3分；未公布的扣0.5分。", "党费收缴台账"),
            Row("毕业生党员组织关系转接及时率达到100%，不得将组织关系长期保留在学校；不出现失联党员。", 5,
                "转接不及时的，每人扣0.5分；出现失联党员的，每人扣1分，最多扣3分。", "组织关系介绍信存根、毕业生党员去向名册"),
        )),
        Section("发展党员", "三、发展党员\n（25分）", 25, (
            Row("坚持成熟一个发展一个，年度发展党员计划完成率达到100%；新发展党员中获得校级以上奖学金、技能竞赛奖项等优秀学生"
                "占比不低于60%。", 6,
                "计划完成率每低10个百分点扣1分；优秀学生占比低于60%的扣1分。", "年度发展计划、发展党员名单"),
            Row("入党积极分子实行“一人一档”，每人确定2名培养联系人，支部每季度对积极分子进行1次考察。", 5,
                "档案不全的，每人扣0.2分；培养联系人未落实的，每人扣0.3分；考察每少1次扣0.5分。", "积极分子培养档案、考察记录"),
            Row("严格执行发展党员工作程序，政治审查、支部党员大会讨论、预备党员转正等环节规范；发展对象和拟转正预备党员在本专业、"
                "班级范围内公示，公示期不少于5个工作日。", 8,
                "程序错误的，每例扣2分；未公示或公示期不足的，每例扣2分；发展档案材料不完整的，每份扣0.5分。",
                "发展党员档案、公示材料"),
            Row("入党积极分子参加学院党校培训不少于40学时，发展对象集中培训不少于3天，培训结业率达到100%。", 6,
                "培训学时（天数）不足的，每人扣0.5分；结业率每低5个百分点扣1分。", "党校培训结业名单"),
        )),
        Section("作用发挥", "四、作用发挥\n（25分）", 25, (
            Row("建立“党员联系宿舍”制度，学生党员在班级、宿舍亮明身份，每名学生党员联系1—2间宿舍，每月走访不少于2次。", 5,
                "未建立联系宿舍制度的扣2分；走访每少1次扣0.2分，最多扣2分；亮身份不到位的，酌情扣分。", "制度文本、走访记录"),
            Row("学生党员学业成绩在本专业排名前30%的比例达到80%；学生党员无课程考试不及格。", 6,
                "比例每低10个百分点扣1分；学生党员有课程不及格的，每人次扣1分。", "教务系统成绩单"),
            Row("组建“党员技能服务队”，每学期至少开展1次进社区、进乡村专业技能服务；学生党员每学年志愿服务时长不少于30小时。", 6,
                "技能服务每少1次扣1分；志愿服务时长不足的，每人扣0.3分，最多扣3分。", "活动照片、“志愿汇”时长截图"),
            Row("师生对支部工作满意率（学院党委组织部组织问卷测评）。", 8,
                "满意率95%以上的得8分；90%（含）—95%的得6分；85%（含）—90%的得4分；低于85%的得2分。", "测评统计表"),
        )),
    ),
)

HEADER = ["考核维度", "序号", "考核要点", "分值", "评分细则", "佐证资料", "自评分", "考评分"]
NOTE = ("备注：1.各学生党支部先行自评，学院党委组织部会同学生工作部于12月中旬组织考评；2.各项扣分以该项分值为限；3.考评得分"
        "90分以上的学生党支部推荐参评“样板支部”，低于70分的由组织部约谈二级学院党总支书记。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "学生党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=15, bold=True), center)
    xlsx_line(ws, "（学院党委组织部制　适用于各二级学院学生党支部）", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="center")
    xlsx_line(ws, "单位：分", ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="right")
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for number, row in enumerate(s.rows, 1):
            ws.append([s.printed if number == 1 else None, number, row.text, row.points, row.scoring, row.method, None,
                       None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 40)
    xlsx_widths(ws, (12, 6, 50, 6, 44, 22, 7, 7))
    wb.save(str(path))
