"""共青团川南理工学院委员会2026年度二级学院团委“推优入党”工作考核评分表 (.docx), as the 校团委 of a 四川 university and
the 组织部 of its 党委 jointly score each 二级学院团委 on how it recommends outstanding 共青团员
to the 学院党委（党总支） as 入党积极分子: the 组织领导 of the work, the 推优程序 (资格审查, the 团员大会's 民主评议, the
团委's 审核, 公示 and the written 推荐), the 培养考察 of those recommended (团课, 联系人, 志愿服务, 考察, 档案) and the 成效
(转正, 表彰, 宣传, a 测评 of the 团员). Two 推优 rounds a year follow the two 学期.

The title (bold, centred), a centred "（校党委组织部　校团委　2026年2月）" line and a
"学院：…  团委书记：…  团支部：…个  团员：…名  学生党员：…名" line above one table: 序号 | 考核指标 | 考核要点 | 分值 |
评分细则 | 考核方式. The categories are SECTION ROWS merged across the table, printed "一、组织领导（15分）". 序号 RESTARTS at
1 under every section row (ids "1.1" … "4.4"). 考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number.
考核方式 (`Row.method`) says only how the 考核组 checks (查阅…, 抽查推优档案, 向…核实, 问卷测评); it is no 佐证 column. A
合计 row and a 说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zv_gaoxiao_tuiyou_rudang_docx",
    fmt="docx",
    title="共青团川南理工学院委员会2026年度二级学院团委“推优入党”工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织领导", "一、组织领导（15分）", 15, (
            Row("学院团委每学期至少召开1次团委会议专题研究推优入党工作；学院党委（党总支）每年听取1次团委推优工作汇报。", 4,
                "专题研究每少1次扣1分；未向学院党委（党总支）汇报的扣1分。", "查阅会议记录", indicator="责任落实"),
            Row("结合学院实际制定推优入党工作实施细则，明确推荐条件、推荐程序和纪律要求，报校团委备案。", 4,
                "无实施细则的扣3分；未报备案的扣1分。", "查阅文件", indicator="制度建设"),
            Row("学院团委配备专职团干部不少于1名；团支部书记由学生党员或入党积极分子担任的比例不低于百分之六十。", 4,
                "未配备专职团干部的扣2分；比例每低10个百分点扣0.5分。", "查阅团干部名册", indicator="队伍建设"),
            Row("每年组织团支部书记、组织委员开展推优工作专题培训不少于一次，培训时长不少于4学时。", 3,
                "未开展培训的扣2分；培训学时不足的扣1分。", "查阅培训通知、签到材料", indicator="业务培训"),
        )),
        Section("推优程序", "二、推优程序（35分）", 35, (
            Row("推优对象须为年满18周岁、入团满1年、已递交入党申请书的共青团员；团支部逐一进行资格审查，建立推优对象花名册。", 5,
                "推荐不符合条件人员的，每人扣2分；无推优对象花名册的扣1分。", "抽查推优档案", indicator="资格审查"),
            Row("团支部召开团员大会进行民主评议，到会团员须超过团支部团员总数的三分之二；推优对象得票须超过应到会团员的半数。", 6,
                "到会人数不足三分之二仍进行推优的，每次扣2分；得票未过半数仍推荐的，每人扣2分；评议过程无记录的扣1分。",
                "查阅团员大会记录、选票", indicator="民主评议"),
            Row("学院团委对团支部推荐人选进行审核，征求辅导员、班主任和学生党支部意见，经团委会议集体研究确定推荐人选。", 5,
                "未征求意见的，每人扣0.5分，最多扣2分；未经团委会议集体研究的扣2分。", "查阅会议记录、征求意见表",
                indicator="团委审核"),
            Row("推荐人选在学院范围内公示，公示期不少于5个工作日；公示期间收到反映的，及时调查核实并向反映人反馈。", 5,
                "未公示的，本项不得分；公示期不足的扣2分；对反映问题未核实反馈的，每件扣1分。", "查阅公示材料",
                indicator="推优公示"),
            Row("推优工作每年集中开展2次（春季、秋季学期各1次），推优结果以学院团委名义书面推荐给学院党委（党总支），附推荐表、"
                "团员大会评议情况和公示情况。", 5,
                "推优每少1次扣1.5分；推荐材料不全的，每人扣0.5分，最多扣2分。", "查阅推荐材料", indicator="书面推荐"),
            Row("坚持“推优”为发展团员青年入党的主渠道，28周岁以下入党积极分子经团组织推优产生的比例达到100%。", 5,
                "比例每低5个百分点扣1分；未经推优直接确定为入党积极分子的，每人扣1分。", "查阅发展党员档案",
                indicator="推优比例"),
            Row("推优工作坚持公开、公平、公正，全年未发生弄虚作假、优亲厚友等违规问题。", 4,
                "违规问题经查实的，实行一票否决，本项不得分。", "向学生工作部、纪委办公室核实", indicator="工作纪律"),
        )),
        Section("培养考察", "三、培养考察（30分）", 30, (
            Row("学院团委每学期组织推优对象参加团校或团课学习不少于2次，开展党的基本知识培训；结业考试合格率达到95%以上。", 6,
                "团课每少1次扣1分；合格率每低1个百分点扣0.5分，最多扣2分。", "查阅团课记录、考试试卷", indicator="团课教育"),
            Row("为每名被推荐团员确定1名学生党员作为培养联系人，联系人每季度与培养对象谈心谈话不少于1次，并记录培养情况。", 6,
                "未落实联系人的，每人扣0.5分；谈心谈话每少1次扣0.2分，最多扣2分；无培养记录的扣1分。", "查阅谈话记录、培养记录",
                indicator="跟踪培养"),
            Row("推优对象每学年参加志愿服务不少于20小时，参加“三下乡”社会实践或返家乡社区报到服务至少1次。", 6,
                "志愿服务时长不足的，每人扣0.3分，最多扣3分；未参加社会实践的，每人扣0.2分。", "查阅志愿服务系统记录",
                indicator="实践锻炼"),
            Row("推优对象思想表现、学业成绩和群众基础良好，无学业预警和违纪处分；学院团委每半年对推优对象进行1次综合考察，形成考察"
                "意见。", 6,
                "推荐对象存在学业预警或违纪处分的，每人扣2分；考察每少1次扣1分；无考察意见的扣1分。", "查阅考察材料、向教务部门核实",
                indicator="综合考察"),
            Row("为推优对象建立“一人一档”培养档案，包括入党申请书、推优表、团员大会评议记录、公示材料、考察意见等。", 6,
                "未建立培养档案的扣3分；档案每缺1项材料扣0.3分，最多扣3分。", "抽查档案", indicator="培养档案"),
        )),
        Section("工作成效", "四、工作成效（20分）", 20, (
            Row("经推优发展的学生党员在预备期内表现良好，按期转正率达到100%。", 5,
                "转正率每低5个百分点扣1分；预备党员被延长预备期或取消预备党员资格的，每人扣1分。", "查阅转正材料",
                indicator="发展质量"),
            Row("推优对象和学生党员在学风建设、志愿服务、创新创业中发挥示范作用，年内获校级以上表彰不少于3人次。", 5,
                "获表彰每少1人次扣1分；示范作用不明显的，酌情扣1—2分。", "查阅表彰文件", indicator="示范作用"),
            Row("通过学院网站、微信公众号宣传推优入党工作和优秀团员事迹，每学期不少于2篇；年内向校团委报送推优工作典型案例1篇。", 4,
                "宣传每少1篇扣0.5分；未报送典型案例的扣1分。", "查阅网站、公众号", indicator="宣传展示"),
            Row("校团委随机抽取团员开展推优工作满意度测评：满意度95%以上的得6分；90%（含）—95%的得4分；80%（含）—90%的得2分；"
                "80%以下的不得分。", 6,
                "按测评结果计分。", "问卷测评", indicator="团员评价"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核要点", "分值", "评分细则", "考核方式"]
NOTE = ("说明：1.本表由校党委组织部、校团委于每年12月联合组织考核，考核期间为上一年12月至当年11月；2.各项扣分以该项分值为限，"
        "扣完为止；3.考核结果分为优秀、良好、合格、不合格四个等次，作为“五四红旗团委”评选和学院党建工作考核的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 14)
    docx_centred(document, "（校党委组织部　校团委　2026年2月）")
    document.add_paragraph("学院：                    团委书记：            团支部：    个    团员：      名    学生党员：    名")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring),
                     (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
