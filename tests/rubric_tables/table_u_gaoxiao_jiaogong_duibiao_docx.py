"""中共赣江师范大学委员会2026年度院系教工党支部“对标争先”建设考核评分表 (.docx), as the 校党委组织部 scores each
院（系）教工党支部 on the “七个有力” of the 对标争先 plan: 教育党员有力、管理党员有力、监督党员有力、组织师生有力、
宣传师生有力、凝聚师生有力、服务师生有力.

An "附件3" line, the title (bold, centred), a centred "（考核对象：…）" line and a "学院（系）：… 党支部：… 支部书记：…"
line above one table: 考核项目 | 序号 | 考核内容 | 分值 | 评分依据 | 自评分 | 备注. 考核项目 (the category) is merged down
its rows and printed on two lines, "教育党员有力\\n（15分）" (the category name is "教育党员有力"). 序号 is printed as a
circled numeral ①②③ restarting under every category (ids "c.i", numbering "restart"). 分值 is printed "8分". 自评分
and 备注 are blank. A 合计 row ("100分" under 分值) and a 说明 paragraph close the document, with a signature line.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="u_gaoxiao_jiaogong_duibiao_docx",
    fmt="docx",
    title="中共赣江师范大学委员会2026年度院系教工党支部“对标争先”建设考核评分表",
    numbering="restart",
    sections=(
        Section("教育党员有力", "教育党员有力\n（15分）", 15, (
            Row("严格落实“三会一课”制度，支委会每月召开1次，党员大会每季度召开1次，党课每季度不少于1次，支部书记每年"
                "至少为党员讲1次党课。", 8,
                "支委会每少1次扣0.5分；党员大会、党课每少1次扣1分；支部书记未讲党课的扣2分。"),
            Row("教工党员每年参加集中学习培训不少于32学时；支部每年至少组织1次校外红色教育实践活动。", 7,
                "学时不足的，每人扣0.5分，最高扣3分；未组织红色教育实践的扣2分。"),
        )),
        Section("管理党员有力", "管理党员有力\n（15分）", 15, (
            Row("党员按月足额交纳党费，党费收缴、使用、管理台账清楚，每半年在支部内公示一次党费交纳情况。", 5,
                "未按月交纳的，每人次扣0.5分；无党费台账的扣2分；未公示的扣1分。"),
            Row("注重在青年教师和高层次人才中发展党员，年内确定入党积极分子不少于1名；发展程序规范，材料做到“一人一档”。", 5,
                "无入党积极分子的扣2分；发展程序不规范的，每人扣1分；档案材料缺失的酌情扣1-2分。"),
            Row("党员组织关系转接及时，党员花名册信息准确完整，每学期核对更新一次。", 5,
                "组织关系转接不及时的，每例扣1分；花名册信息有误的，每处扣0.5分，最高扣2分。"),
        )),
        Section("监督党员有力", "监督党员有力\n（15分）", 15, (
            Row("每年召开一次组织生活会，开展民主评议党员；会前支部书记与每名党员谈心谈话，会上查摆问题具体、整改措施明确。",
                8, "未召开组织生活会或未开展民主评议的本项不得分；谈心谈话未全覆盖的扣2分；问题查摆不深入、整改不到位的"
                   "酌情扣分。"),
            Row("经常性开展师德师风和纪律提醒，年内开展警示教育不少于两次；支部党员无违纪违法、学术不端和师德失范行为。", 7,
                "警示教育每少1次扣1.5分；支部党员出现师德失范、学术不端问题的，本项不得分。"),
        )),
        Section("组织师生有力", "组织师生有力\n（15分）", 15, (
            Row("支部书记由“双带头人”教师担任；支部委员中45周岁以下青年教师至少1名，具有硕士研究生及以上学历的不少于2名。",
                6, "书记不是“双带头人”的扣3分；无45周岁以下委员的扣1分；硕士研究生及以上学历委员不足2名的扣1分。"),
            Row("围绕学科建设、人才培养等中心工作，每学期至少召开1次专题研究业务工作的支委会，形成“党建+业务”融合项目"
                "不少于1项。", 5,
                "专题研究每少1次扣1分；无融合项目的扣2分。"),
            Row("组织党员教师担任学生班导师、学业导师或学生党支部组织员，担任比例达到60%以上。", 4,
                "比例每低10个百分点扣1分。"),
        )),
        Section("宣传师生有力", "宣传师生有力\n（10分）", 10, (
            Row("支部党员面向学生开展理论宣讲，年内不少于2场，活动留存照片。", 5,
                "宣讲每少1场扣2分；无照片资料的扣1分。"),
            Row("每学年至少选树1名“三全育人”先进典型或优秀党员教师，其事迹在校级以上媒体宣传报道。", 5,
                "未选树先进典型的扣3分；未获校级以上媒体报道的扣2分。"),
        )),
        Section("凝聚师生有力", "凝聚师生有力\n（15分）", 15, (
            Row("建立党员教师联系学生制度，每名教工党员联系学生不少于3名，每学期与联系学生谈心谈话不少于2次，有联系记录。",
                8, "未建立制度的扣3分；谈心谈话每少1次，每人扣0.5分，最高扣4分；无联系记录的扣1分。"),
            Row("年底组织学生对教工党员开展满意度测评，满意度不低于90%。", 7,
                "满意度90%以上得7分，80%（含）—90%得5分，70%（含）—80%得3分，70%以下不得分。"),
        )),
        Section("服务师生有力", "服务师生有力\n（15分）", 15, (
            Row("每月开展1次主题党日活动；每学年开展志愿服务不少于4次，教工党员年内参与志愿服务时长不少于10小时。", 8,
                "主题党日每少1次扣0.5分；志愿服务每少1次扣1分；时长不足的，每人扣0.2分，最高扣2分。"),
            Row("年初制定支部工作计划，年中报送半年工作小结，年底撰写年度工作总结和支部书记抓党建工作述职报告。", 7,
                "计划、小结、总结、述职报告每缺一项扣2分，扣完为止。"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容", "分值", "评分依据", "自评分", "备注"]
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"
NOTE = ("说明：1.考核采取支部自评、学院（系）党委初评、校党委组织部复核相结合的方式，自评分由支部填写；2.各项扣分以该项"
        "分值为限；3.考核得分90分以上的支部方可推荐参评校级“样板支部”，支部党员年内受到党纪处分的实行一票否决。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件3")
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：各院（系）教工党支部）")
    document.add_paragraph("学院（系）：                党支部：                支部书记：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        first = r
        for i, row in enumerate(s.rows):
            for c, v in ((1, CIRCLED[i]), (2, row.text), (3, f"{_fmt(row.points)}分"), (4, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, first, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 2, "合计")
    tbl.cell(r, 3).text = f"{_fmt(t.total)}分"
    document.add_paragraph(NOTE)
    document.add_paragraph("支部书记（签字）：                学院（系）党委（盖章）：")
    document.save(str(path))
