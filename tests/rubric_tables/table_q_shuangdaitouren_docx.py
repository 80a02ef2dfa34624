"""滨江市东岚师范学院党委2026年度教工党支部书记“双带头人”考核评分表 (.docx), as a 高校党委组织部 scores each 院系
教工党支部书记 as both 党建带头人 and 学术带头人: 政治引领, 组织生活, 业务引领, 考核评价.

An 附件 line, the issuer line, the title (bold, centred), a centred "（考核对象：各院系教工党支部书记）" line and a
"所在院系：… 支部名称：… 书记姓名：… 职称：…" line above one table: 序号 | 考核内容 | 评分标准 | 分值 | 佐证资料 |
自评得分. Categories are full-width merged rows ("一、政治引领（20分）"); 序号 runs 1..N through the table without
restarting (numbering "printed"). 评分标准 stands BEFORE 分值. Wording is a campus's: 每学期, 党政联席会议, 副高级以上职称,
课程思政, 本科生导师, 样板支部, 工作室. Rules: per-unit and fixed deductions, "最多扣6分", "酌情扣1-2分", "酌情扣分",
"本项不得分", "实行一票否决，本项不得分", a band list, and "获评…的得N分" parts. 佐证资料 (`Row.method`) lists the
papers. 自评得分 is blank. A 合计 row and a 注 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="q_shuangdaitouren_docx",
    fmt="docx",
    title="滨江市东岚师范学院党委2026年度教工党支部书记“双带头人”考核评分表",
    numbering="printed",
    sections=(
        Section("政治引领", "一、政治引领（20分）", 20, (
            Row("支部书记带头参加理论学习，每月组织支部集中学习1次，全年为党员讲党课不少于2次。", 6,
                "集中学习每少1次扣0.5分；讲党课每少1次扣1.5分。", "学习记录、党课课件"),
            Row("每学期分析研判一次教师思想动态，把好课堂、讲座、教材的政治关。", 4,
                "未开展研判的，每次扣1分；支部出现意识形态问题的本项不得分。", "思想动态研判报告"),
            Row("支部书记参加院系党政联席会议，涉及教师切身利益的重要事项事先听取支部意见。", 4,
                "未参加党政联席会议的扣2分；未听取支部意见的，每次扣1分。", "党政联席会议纪要"),
            Row("支部委员会由3至5人组成，书记由具有副高级以上职称的教师党员担任，委员中有1名以上45周岁以下的青年教师。", 6,
                "书记不具备“双带头人”条件的扣3分；委员中无45周岁以下青年教师的扣1分。", "支委会成员名册"),
        )),
        Section("组织生活", "二、组织生活（30分）", 30, (
            Row("支委会每月召开1次，支部党员大会每季度1次，党小组会每月1次，会议记录规范。", 8,
                "会议每少开1次扣0.5分，最多扣6分；记录不规范的扣1分。", "会议记录本"),
            Row("每月开展主题党日，结合教学科研开展“党建+业务”活动，上下半年各组织1次社会实践活动。", 6,
                "主题党日每少1次扣0.5分；社会实践活动每少1次扣1分。", "活动方案、签到表、照片"),
            Row("每年召开1次组织生活会，开展民主评议党员，书记带头开展批评和自我批评，党员参会率达到95%以上。", 6,
                "未召开的本项不得分；参会率低于95%的扣2分；批评和自我批评流于形式的酌情扣1-2分。", "会议记录、民主评议表"),
            Row("注重在青年教师和留学归国人员中发展党员，年内至少发展党员1名。", 5,
                "未完成发展任务的扣3分；发展程序不规范的，每例扣1分。", "发展党员档案"),
            Row("党员按月交纳党费；支部党员花名册和党费收缴台账每学期更新一次。", 5,
                "欠交党费的，每人扣0.5分；未按时更新的扣1分。", "党费收缴台账、党员花名册"),
        )),
        Section("业务引领", "三、业务引领（30分）", 30, (
            Row("支部书记本人年度教学考核合格以上，主持或参与在研的省部级以上科研项目不少于1项。", 8,
                "教学考核不合格的扣4分；无在研省部级以上项目的扣2分。", "教学考核结果、项目立项书"),
            Row("每学期组织一次师德师风专题学习，支部党员年内无师德失范行为。", 6,
                "专题学习每少1次扣1分；支部党员出现师德失范行为的，实行一票否决，本项不得分。", "学习记录"),
            Row("支部委员每人联系2名以上青年教师，每季度至少谈心谈话1次，帮助解决实际困难。", 5,
                "谈心谈话每少1次扣0.5分；联系不落实的酌情扣分。", "谈心谈话记录"),
            Row("支部党员参与学科建设、课程思政和学生指导，担任本科生导师或班主任的比例不低于60%。", 5,
                "比例每低10个百分点扣1分；作用发挥不明显的扣1-2分。", "任职名单"),
            Row("组织党员开展志愿服务或科技服务，全年不少于3次，每名党员全年志愿服务时间累计不少于8小时。", 6,
                "活动每少1次扣1分；服务时间不足的，每人扣0.3分，最多扣2分。", "活动照片、服务时长登记表"),
        )),
        Section("考核评价", "四、考核评价（20分）", 20, (
            Row("支部书记年终向院系党委述职，党员对支部书记的满意度不低于90%。", 10,
                "未述职的扣4分；满意度90%以上得6分，80%—90%得4分，70%—80%得2分，70%以下不得分。", "述职报告、测评汇总表"),
            Row("支部获评校级以上“样板支部”，或书记获批建设“双带头人”教师党支部书记工作室。", 10,
                "获评省级以上的得10分，获评校级的得6分，均未获评的不得分。", "获评文件"),
        )),
    ),
)

ISSUER = "中共滨江市东岚师范学院委员会组织部"
NOTE = ("注：1.考核周期为2026年1月至12月，“每学期”按春季、秋季两个学期计；2.各项扣分以该项分值为限；3.考核结果分为"
        "优秀、合格、不合格三个等次，优秀比例不超过30%。")


def build(t: Table, path: Path) -> None:
    import docx

    header = ["序号", "考核内容", "评分标准", "分值", "佐证资料", "自评得分"]
    ncols = len(header)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件2")
    docx_centred(document, ISSUER)
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：各院系教工党支部书记）")
    document.add_paragraph("所在院系：            支部名称：            书记姓名：        职称：")
    tbl = docx_grid_table(document, n_rows, ncols, header)
    r, number = 1, 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            for c, v in ((0, str(number)), (1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
            number += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
