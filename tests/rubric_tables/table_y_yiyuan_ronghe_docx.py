"""中共重庆市璧山区人民医院委员会2026年度党支部“党建业务双融合”工作质量评价表 (.docx), as the 医院党委 (党委办公室 with
the 纪检监察室 and 医务科) scores each of its 临床、医技、行政后勤 党支部 on 政治建设、组织生活、党员管理、融合成效.

The title (bold, centred), a centred "（适用于院属各党支部）" line and a "被评价支部：        评价日期：" paragraph above one
table: 一级指标 | 序号 | 考核要点 | 分值 | 计分规则 | 核查方式. The categories are MERGED CELLS down the 一级指标 column,
printed "政治建设\\n（15分）" (the category name is "政治建设"; the original "（15）" without 分 was not read by the
importer: the category kept the brackets in its name). 序号 is
printed "1.1", "1.2", "2.1" … (the category's number, a dot, the item's number in it: ids 1.1 …). 分值 is a bare number.
核查方式 (`Row.method`) says how the 党委办公室 checks ("查阅…", "现场查看"). A 合计 row (the label merged over 一级指标..
考核要点, "100" under 分值) closes the table; a 评价等次 paragraph follows it.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="y_yiyuan_ronghe_docx",
    fmt="docx",
    title="中共重庆市璧山区人民医院委员会2026年度党支部“党建业务双融合”工作质量评价表",
    numbering="restart",
    sections=(
        Section("政治建设", "政治建设\n（15分）", 15, (
            Row("党支部书记由科室（部门）负责人中的党员担任，实现“双带头人”全覆盖；支委会成员中45周岁以下的不少于1名。", 5,
                "书记非“双带头人”的扣3分；支委会无45周岁以下成员的扣1分。", "查阅支部班子名册"),
            Row("落实“第一议题”制度，支部委员会会议第一项议程学习习近平总书记最新重要讲话和重要指示批示精神。", 5,
                "未落实“第一议题”的，发现一次扣1分。", "查阅会议记录"),
            Row("支部参与科室重大事项决策，涉及人事安排、评优评先、大额设备采购等事项，先经支部委员会研究讨论。", 5,
                "重大事项未经支委会研究的，每项扣1分，最高扣3分。", "查阅支委会记录、科务会记录"),
        )),
        Section("组织生活", "组织生活\n（30分）", 30, (
            Row("支部委员会每月至少召开1次，党员大会每季度至少召开1次，因急诊、手术不能参会的提前请假，党员参会率不低于85%。",
                8, "会议每少1次扣1分；参会率低于85%的，每次扣0.5分。", "查阅会议记录、签到表、请假条"),
            Row("实行“党课+业务课”双课联动，支部书记每年讲党课不少于2次，科室党员专家结合医德医风讲微党课。", 6,
                "书记党课每少1次扣2分；未开展微党课的扣1分。", "查阅党课讲稿、照片"),
            Row("每月结合科室排班安排1次主题党日，可分批次开展，确保每名党员每月至少参加1次。", 6,
                "主题党日缺1次扣1分；党员连续3个月未参加的，每人扣0.5分。", "查阅活动记录"),
            Row("年度组织生活会和民主评议党员按时召开，会前开展谈心谈话，支部书记与每名党员谈心谈话全覆盖，问题整改清单销号"
                "管理。", 6,
                "未按时召开的扣3分；谈心谈话未全覆盖的扣1分；无整改清单的扣2分。", "查阅会议记录、谈心谈话记录、整改清单"),
            Row("党员每年参加集中学习不少于4次，网络学习平台年度学时不少于50学时。", 4,
                "网络学时不达标的，每人扣0.2分，最多扣2分；集中学习每少1次扣0.5分。", "调阅平台学时统计"),
        )),
        Section("党员管理", "党员管理\n（20分）", 20, (
            Row("发展党员重点向临床一线、高知识群体、青年医务人员倾斜，年内发展党员或确定入党积极分子不少于1名。", 5,
                "未发展党员且无入党积极分子的扣3分。", "查阅发展党员材料"),
            Row("设立党员先锋岗、党员责任区，党员佩戴党员徽章上岗，党员先锋岗覆盖科室主要诊疗单元。", 5,
                "未设立的扣3分；党员未佩戴徽章的，发现一人次扣0.2分。", "现场查看"),
            Row("党费按月收缴，每季度向党员通报党费收缴情况，党费收缴台账与财务凭证一致。", 5,
                "党费未按月收缴的扣2分；台账与凭证不一致的本项不得分。", "查阅党费台账、财务凭证"),
            Row("对退休、外出进修的党员每半年联系1次，做好组织关系管理；流动党员登记率100%。", 5,
                "未联系的，每人扣0.5分；登记率每低1个百分点扣0.2分。", "查阅联系登记表"),
        )),
        Section("融合成效", "融合成效\n（35分）", 35, (
            Row("围绕医疗质量安全开展“党员攻坚”项目，每个支部每年至少确定1个攻坚项目并按期结项。", 6,
                "无攻坚项目的扣4分；未按期结项的扣2分。", "查阅项目申报书、结项报告"),
            Row("党员医务人员参加义诊、健康宣教等志愿服务，每人每年不少于2次，支部每季度组织1次进社区、进乡村活动。", 7,
                "支部活动每少1次扣1分；党员参与不足2次的，每人扣0.2分，最高扣3分。", "查阅活动记录、照片"),
            Row("科室患者满意度第三方测评得分不低于90%，党员无有效投诉。", 8,
                "满意度每低1个百分点扣1分；党员被有效投诉的，每起扣2分。", "查阅第三方测评报告、投诉登记"),
            Row("党员严格执行“九不准”等行业纪律，不收受“红包”、回扣，无违反医德医风问题。", 8,
                "党员违反“九不准”受到处理的，每人扣4分；发生严重医德医风问题造成恶劣影响的，实行一票否决，本项不得分。",
                "征求纪检监察部门意见"),
            Row("支部年初制定党建与业务融合工作计划，年底书记述职，年度党建工作考核结果与科室绩效挂钩。", 6,
                "无年度计划的扣2分；未述职的扣2分；考核结果未运用的扣2分。", "查阅计划、述职报告"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "考核要点", "分值", "计分规则", "核查方式"]
GRADES = ("评价等次：90分以上为“好”，80分（含）—90分为“较好”，60分（含）—80分为“一般”，60分以下为“差”；评价结果与"
          "支部书记年度考核、科室评先评优挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（适用于院属各党支部）")
    document.add_paragraph("被评价支部：                              评价日期：    年  月  日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for ci, s in enumerate(t.sections, 1):
        top = r
        for ii, row in enumerate(s.rows, 1):
            for c, v in ((1, f"{ci}.{ii}"), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 2, "合计")
    tbl.cell(r, 3).text = _fmt(t.total)
    document.add_paragraph(GRADES)
    document.save(str(path))
