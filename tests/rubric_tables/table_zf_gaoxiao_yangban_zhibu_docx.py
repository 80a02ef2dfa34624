"""中共辽东科技学院委员会2026年学生党支部“样板支部”创建验收评价表 (.docx), as a 辽宁 高校党委组织部 验收组 scores
each 学生党支部 that applied for “样板支部” on 教育党员有力、管理党员有力、监督党员有力、组织服务师生有力、基础保障有力.

The title (bold, centred), a centred "（学院党委组织部 制）" line and a "所在院系：…  支部名称：…  支部书记：…" line above one
table: 创建标准 | 评价内容 | 分值 | 评分标准 | 佐证材料. The categories are MERGED CELLS down the 创建标准 column,
printed "教育党员有力（22分）" with no ordinal. There is NO 序号: items are numbered by position (1..14). 分值 is printed
with its unit ("8分"). Numbers mix 每学期 / 每学年 / 每月. 佐证材料 (`Row.method`) names the papers. A 合计 row and a
说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zf_gaoxiao_yangban_zhibu_docx",
    fmt="docx",
    title="中共辽东科技学院委员会2026年学生党支部“样板支部”创建验收评价表",
    numbering="position",
    sections=(
        Section("教育党员有力", "教育党员有力（22分）", 22, (
            Row("落实“三会一课”：支委会每月1次，党员大会每学期不少于2次，党课每学期不少于1次（支部书记每学年讲党课至少"
                "1次）。", 8,
                "每少1次扣1分；支部书记未讲党课的扣2分。", "会议记录本"),
            Row("每月开展1次主题党日，寒暑假期间可线上开展；组织学生党员参加“青马工程”等专题培训，每名党员每年集中学习"
                "培训不少于32学时。", 7,
                "主题党日每少1次扣0.5分；学时不达标的每人扣0.3分，最多扣3分。", "活动记录、签到表、照片、学时登记表"),
            Row("支部每学期组织1次读书分享或专题研讨，党员撰写学习心得，每学期每人不少于1篇。", 7,
                "未开展的，每次扣1.5分；心得体会不全的，酌情扣1-2分。", "研讨记录、学习心得"),
        )),
        Section("管理党员有力", "管理党员有力（22分）", 22, (
            Row("严格落实发展党员工作“五个坚持”，入党申请人、积极分子、发展对象信息准确，发展对象公示不少于5个工作日；"
                "年度发展计划完成率100%。", 8,
                "发展程序出现违规的，本项不得分；公示时间不足的扣2分；计划完成率未达100%的扣1分。",
                "发展党员工作档案、公示截图"),
            Row("学生党员学业成绩排名在本专业前50%，无不及格课程；支部建立学生党员学业、表现“双档案”，每学期更新。", 7,
                "党员有不及格课程的，每人扣1分；无“双档案”的扣2分。", "成绩单、双档案"),
            Row("党费按月交纳，毕业生党员组织关系转接及时率100%，无“口袋党员”。", 7,
                "党费每缺交1人次扣0.5分；组织关系转接不及时的，每人扣1分。", "党费收缴台账、转接登记"),
        )),
        Section("监督党员有力", "监督党员有力（16分）", 16, (
            Row("每年召开组织生活会，开展民主评议党员，评议结果为“不合格”的按规定处置；会前开展谈心谈话，支委之间、支委"
                "与党员之间谈心谈话全覆盖。", 8,
                "未召开组织生活会的本项不得分；未开展谈心谈话的扣2分。", "会议记录、民主评议表"),
            Row("学生党员全部实行积分管理，每学期公布积分1次；党员违纪情况零发生。", 8,
                "未实行积分管理扣3分；积分未公示的每次扣1分；学生党员受到校纪处分的，每人次扣2分。", "积分台账、公示截图"),
        )),
        Section("组织服务师生有力", "组织服务师生有力（24分）", 24, (
            Row("学生党员在班级、宿舍亮身份，设立“党员宿舍”标识，每名学生党员联系1个寝室，每月走访所联系寝室不少于2次。",
                8, "未挂牌亮身份的扣2分；走访每少1次扣0.2分。", "走访记录、照片"),
            Row("每名学生党员每学年参加志愿服务不少于20小时；支部每学期至少组织1次集体志愿服务活动。", 8,
                "志愿服务时长不足的，每人扣0.5分；未组织集体活动的扣2分。", "志愿服务时长证明"),
            Row("师生对支部工作满意度达到90%以上（随机抽取不少于30名学生测评）。", 8,
                "满意度95%以上得8分，90%—95%得6分，85%—90%得3分，85%以下不得分。", "现场测评"),
        )),
        Section("基础保障有力", "基础保障有力（16分）", 16, (
            Row("支部委员会配备齐全，支部书记由教师党员担任，组织委员、宣传委员可由学生党员担任；支委中研究生学历不少于"
                "1人。", 6,
                "支部书记非教师党员的扣2分；支委配备不全的扣2分。", "任命文件"),
            Row("年初制定支部工作计划并报院系党委审核，年中提交半年小结，学年末进行创建工作自评，形成自评报告。", 5,
                "计划、半年小结、自评报告每缺1项扣2分。", "工作计划、半年小结、自评报告"),
            Row("支部有固定活动场所，并在“辽宁先锋”网或学院网站设立支部风采专栏，每月更新不少于2条信息。", 5,
                "无专栏的扣2分；更新不足的酌情扣分。", "实地查看、网页截图"),
        )),
    ),
)

HEADER = ["创建标准", "评价内容", "分值", "评分标准", "佐证材料"]
NOTE = ("说明：验收得分90分以上且无否决项的，认定为校级“样板支部”，择优推荐参加省级“样板支部”评选；各项扣分以该项分值"
        "为限。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（学院党委组织部 制）")
    document.add_paragraph("所在院系：                    支部名称：                    支部书记：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            for c, v in ((1, row.text), (2, _fmt(row.points) + "分"), (3, row.scoring), (4, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 1, "合计")
    tbl.cell(r, 2).text = _fmt(t.total) + "分"
    document.add_paragraph(NOTE)
    document.save(str(path))
