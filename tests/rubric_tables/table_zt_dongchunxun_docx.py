"""中共岷县西寨镇委员会2025—2026年度农村党员冬春训工作考核评分表 (.docx), as a 甘肃 镇党委 (its 组织办 running the check with
the 包村干部) scores each 村党组织 on the winter-and-spring training of its 农村党员, held in the slack season from December to
March: 组织发动, 集中培训 (the 党课, 现场教学 in the 田间 and 院坝, 实用技术), the 组织生活会 and 主题党日 held in the same weeks,
what the training turns into (为民办实事清单), and the papers. Many 党员 are 外出务工 and come home only at 春节; many are old.

The title (bold, centred), a centred "（镇党委组织办　2025年11月）" line and a "村名：…村  党组织书记：…  第一书记：…  党员：…名
（其中外出务工…名）" line above one table: 考核项目 | 序号 | 考核要点 | 分值 | 计分方法 | 考核方式. The categories are MERGED
CELLS down the 考核项目 column (first), printed on two lines "一、组织发动\\n（15分）". 序号 is the SECOND column and RESTARTS at
1 in every category (ids "1.1", "2.6" …). 分值 is a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks
(查阅资料, 实地查看, 抽考党员, 入户走访, 电话抽访); it is no 佐证 column. A 合计 row and a 说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zt_dongchunxun_docx",
    fmt="docx",
    title="中共岷县西寨镇委员会2025—2026年度农村党员冬春训工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织发动", "一、组织发动\n（15分）", 15, (
            Row("村党组织召开支部委员会专题研究冬春训工作，结合村情制定冬春训实施方案，明确培训内容、时间安排和责任人，方案报镇"
                "党委组织办备案。", 5,
                "无实施方案的扣3分；方案未报备案的扣1分；方案内容不具体的，酌情扣0.5—1分。", "查阅资料"),
            Row("建立参训党员花名册，农村党员参训率达到95%以上；外出务工党员通过“线上学习+返乡补训”方式参训，做到应训尽训。", 5,
                "无花名册的扣1分；参训率每低1个百分点扣0.5分，最多扣3分；外出党员未落实补训的，每人扣0.2分。",
                "查阅资料、电话抽访"),
            Row("通过村广播、党员微信群、宣传栏等发布冬春训通知；对年老体弱、行动不便的党员实行送学上门。", 5,
                "未发布通知的扣1分；应送学未送学的，每人扣0.5分，最多扣2分。", "查阅资料、入户走访"),
        )),
        Section("集中培训", "二、集中培训\n（35分）", 35, (
            Row("冬春训集中培训时间不少于5天或40学时；村党组织书记、第一书记带头参训，全程不缺课。", 8,
                "培训天数每少1天扣1.5分；书记、第一书记缺课的，每次扣1分。", "查阅资料"),
            Row("冬春训期间讲专题党课不少于3次，其中村党组织书记、第一书记各讲1次，可邀请镇党委班子成员、驻村工作队员授课。", 5,
                "专题党课每少1次扣1.5分；书记或第一书记未讲党课的扣1分。", "查阅资料"),
            Row("培训内容突出学习习近平新时代中国特色社会主义思想和党的二十届四中全会精神，兼顾乡村振兴政策、中药材种植、畜牧"
                "养殖等实用技术，实用技术培训不少于2场。", 5,
                "理论学习内容不突出的，扣1—2分；实用技术培训每少1场扣1分。", "查阅资料"),
            Row("开展“板凳课堂”“田间课堂”“院坝会”等现场教学不少于2次；组织党员到红色教育基地或产业示范点参观学习1次。", 5,
                "现场教学每少1次扣1分；未组织参观学习的扣1分。", "查阅资料、实地查看"),
            Row("每次集中培训做到有签到表、有影像资料、有培训记录；党员学习笔记每人不少于3000字。", 6,
                "签到表、影像资料、培训记录每缺1次扣0.5分；学习笔记不达标的，每人扣0.1分，最多扣2分。", "查阅资料"),
            Row("冬春训结束前组织党员进行1次应知应会测试，测试合格率达到90%以上。", 6,
                "未组织测试的扣3分；合格率每低5个百分点扣1分。", "查阅试卷、抽考党员"),
        )),
        Section("组织生活", "三、组织生活\n（20分）", 20, (
            Row("冬春训期间召开组织生活会，开展民主评议党员，党员人人对照检查、开展批评和自我批评；评议结果报镇党委备案。", 6,
                "未召开组织生活会的扣3分；未开展民主评议的扣2分；评议结果未备案的扣1分。", "查阅资料"),
            Row("组织生活会前，村党组织书记与每名党员谈心谈话1次，广泛征求党员群众意见建议，形成问题清单。", 4,
                "谈心谈话每少1人扣0.2分；未征求意见或无问题清单的扣1分。", "查阅资料"),
            Row("冬春训期间每月开展1次主题党日，结合人居环境整治、冬季防火、关爱“三留守”人员开展志愿服务不少于2次，党员参与率"
                "不低于80%。", 6,
                "主题党日每少1次扣1分；志愿服务每少1次扣1分；参与率每低10个百分点扣1分。", "查阅资料、入户走访"),
            Row("农村党员按月交纳党费，冬春训期间集中清理、补交欠缴党费。", 4,
                "欠缴党费未清理的，每人扣0.5分。", "查阅党费收缴台账"),
        )),
        Section("成果转化", "四、成果转化\n（20分）", 20, (
            Row("围绕冬春训征集的问题建立为民办实事清单，每村承诺办实事不少于3件，完成率达到100%，办理结果在村务公开栏公示。", 6,
                "无办实事清单的扣2分；办实事每少1件扣1分；完成率每低10个百分点扣1分；未公示的扣1分。", "查阅资料、实地查看"),
            Row("冬春训结束后形成工作总结，梳理培训成效、存在问题和改进措施，于3月底前报镇党委组织办。", 4,
                "无工作总结的扣2分；未按时上报的扣1分；总结内容空泛的扣1分。", "查阅资料"),
            Row("镇党委随机抽访参训党员，冬春训满意度90%以上的得6分，80%（含）—90%的得4分，70%（含）—80%的得2分，70%以下的不"
                "得分。", 6,
                "按抽访结果计分。", "电话抽访"),
            Row("向镇党委报送冬春训工作信息不少于2篇；形成1个党员教育培训典型案例。", 4,
                "信息每少1篇扣1分；无典型案例的扣2分。", "查阅资料"),
        )),
        Section("工作保障", "五、工作保障\n（10分）", 10, (
            Row("落实冬春训经费，培训场所取暖、照明设施良好；培训期间不发生安全事故。", 5,
                "经费未落实的扣2分；场所条件差的，酌情扣1—2分；发生安全事故的，本项不得分。", "实地查看"),
            Row("冬春训实施方案、参训花名册、签到表、培训记录、影像资料、测试试卷等资料分类归档，做到“一村一档”。", 5,
                "资料每缺1项扣0.5分；未分类归档的扣1分。", "查阅档案"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核要点", "分值", "计分方法", "考核方式"]
NOTE = ("说明：1.本表适用于全镇各村党组织，由镇党委组织办会同包村领导于2026年3月下旬组织考核；2.各项扣分以该项分值为限，扣完"
        "为止；3.考核结果纳入村党组织年度星级评定和村党组织书记述职评议，得分低于70分的村限期补训。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（镇党委组织办　2025年11月）")
    document.add_paragraph("村名：        村    党组织书记：            第一书记：            党员：    名（其中外出务工    名）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for number, row in enumerate(s.rows, 1):
            cells = ((1, str(number)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 2, "合计")
    tbl.cell(r, 3).text = _fmt(t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
