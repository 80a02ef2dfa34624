"""中共合肥市蜀山区三里庵街道工作委员会2024年度社区党组织组织生活会和民主评议党员工作督导评分表 (.docx), as a 安徽 合肥 城区
街道党工委 (its 组织办 with the 联系社区的 班子成员, a 督导组 sitting in on each 社区党委's 组织生活会 in the spring and coming back for
the papers and a round of 入户走访) scores how each 社区党委 held the year's 组织生活会 and 民主评议党员 — one round of one meeting, from
the 方案 to the 整改 — in four 环节: 会前准备 (the 工作方案 with the 街道's 审核, two 集中学习 and a 专题研讨 with the 学习体会 of the
班子, the 征求意见 over every 网格 with the 意见清单 and its 反馈, the 谈心谈话 of the 书记 with each 班子成员 and among the 班子, the
对照检查材料 and 发言提纲 with their 审核, the 报告 seven 工作日 before with the 列席 asked for, the “政治体检” 自查表), 会议召开 (the
社区党委's meeting with every 班子成员 present, its 签到表 and the 补课; the 书记 first and every 班子成员 speaking with two 批评意见 each;
the 网格党支部's meetings with the 班子成员 as ordinary members and its 签到表; the 记录, the 书面报告 within seven 工作日 and the 通报),
民主评议 (the four steps with a 参评率 and the 流动党员 online, the 等次 and the 不合格党员's 处置, the 公示 of five days, the 反馈, the
备案 and the 表扬) and 整改落实 (the 整改清单 within fifteen days with its 公示 and the 整改进展 报告 by the end of June, the 整改台账 with
its 销号 and a 满意度).

The title (bold, centred), a centred "（督导对象：街道所辖各社区党委）" line and a "社区：…  党员人数：…  网格党支部数：…  督导组：…
督导时间：2025年3月" line above one table: 序号 | 督导内容 | 评分标准 | 分值 | 备查资料 | 得分. The 环节 are SECTION ROWS merged across
the whole table, printed with an ordinal on one line, "一、会前准备（40分）". 序号 (first column) RESTARTS at 1 under every section row
(ids "1.1" … "4.2"). 分值 comes AFTER the 评分标准, a plain number. 备查资料 (`Row.method`) names the papers the 社区 lays out: a 佐证
column. 得分 is blank. A 合计 row and a 说明 paragraph close the document. No count is
periodic: the table checks one round ("会前…不少于2次", "会后15日内", "会议召开前7个工作日", "6月底前"); "最高扣" caps; several
"酌情扣N—M分" ranges and one "酌情扣1分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzs_sanliyan_shequ_zushenghui_duzhi_docx",
    fmt="docx",
    title="中共合肥市蜀山区三里庵街道工作委员会2024年度社区党组织组织生活会和民主评议党员工作督导评分表",
    numbering="restart",
    sections=(
        Section("会前准备", "一、会前准备（40分）", 40, (
            Row("社区党委制定2024年度组织生活会和民主评议党员工作方案，明确时间安排、会议议程、参会范围，报街道党工委审核同意"
                "后实施。", 5,
                "无工作方案的扣3分；方案未报街道党工委审核的扣1分；方案要素不全的扣0.5分。", "工作方案、街道党工委审核意见"),
            Row("会前组织党员开展集中学习不少于2次，围绕会议主题开展专题研讨不少于1次；每名班子成员撰写学习体会。", 6,
                "集中学习每少1次扣1分；未开展专题研讨的扣1.5分；班子成员无学习体会的，每人扣0.5分。",
                "学习记录、研讨发言材料"),
            Row("通过召开座谈会、发放征求意见表、入户走访等方式，广泛征求党员、居民群众和辖区单位意见建议，征求意见覆盖所有网"
                "格；梳理形成意见清单，原汁原味反馈班子和班子成员。", 6,
                "未征求意见的扣3分；征求意见未覆盖所有网格的，每缺1个扣0.5分；无意见清单的扣1分；意见未如实反馈的扣1分。",
                "征求意见表、意见清单"),
            Row("开展谈心谈话，社区党委书记与班子成员、班子成员之间、班子成员与分管网格党支部书记谈心谈话全覆盖；网格党支部委"
                "员与党员之间普遍开展谈心谈话。", 8,
                "书记与班子成员谈心谈话每缺1人扣1分；班子成员之间谈心谈话未全覆盖的，每缺1人次扣0.5分，最高扣3分；支部委员与"
                "党员谈心谈话未普遍开展的，酌情扣1—2分。", "谈心谈话记录"),
            Row("班子对照检查材料和班子成员个人发言提纲由本人亲自撰写，报街道党工委审核把关；查摆问题具体、剖析原因深刻、整改"
                "措施有针对性。", 8,
                "对照检查材料未经审核的扣2分；存在代写代笔、雷同照搬的，每份扣2分；查摆问题空泛、避重就轻的，酌情扣1—3分。",
                "对照检查材料、发言提纲、审核意见"),
            Row("会议召开前7个工作日，将会议时间、议程及对照检查材料书面报告街道党工委，并邀请街道党工委派员列席指导。", 4,
                "未按时报告的扣2分；未邀请列席指导的扣1分。", "请示报告"),
            Row("组织党员对照党章党规开展“政治体检”，每名党员填写自查表，逐条对照检视。", 3,
                "未开展“政治体检”的扣2分；自查表每缺1份扣0.2分，最高扣1分。", "党员自查表"),
        )),
        Section("会议召开", "二、会议召开（30分）", 30, (
            Row("社区党委组织生活会由书记主持，班子成员全员到会，因故缺席的会后及时补课；街道党工委领导班子成员列席指导。", 6,
                "班子成员无故缺席的，每人扣1分；缺席人员未补课的扣1分；会议无签到的扣0.5分。", "会议签到表、会议记录"),
            Row("书记带头作对照检查，班子成员逐一发言，开展批评和自我批评，相互批评意见每人不少于2条，批评意见具体、直截了"
                "当，不搞“表扬式批评”。", 10,
                "书记未带头作对照检查的扣3分；班子成员未逐一发言的，每人扣1分；相互批评意见每人少于2条的，每人扣1分；出现“表"
                "扬式批评”、以工作建议代替批评的，酌情扣2—4分。", "会议记录"),
            Row("各网格党支部按要求召开组织生活会，社区党委班子成员以普通党员身份参加所在支部组织生活会，并到联系网格党支部进"
                "行指导。", 8,
                "网格党支部未召开组织生活会的，每个扣2分；班子成员未参加所在支部组织生活会的，每人扣1分；未到联系支部指导"
                "的，每人扣0.5分。", "支部会议记录、签到表"),
            Row("会议记录完整规范，如实记录发言和批评意见；会后7个工作日内将会议情况书面报告街道党工委，并在一定范围内通报。", 6,
                "会议记录过于简单、未记录批评意见的扣2分；未按时书面报告的扣2分；未通报的扣1分。", "会议记录、书面报告"),
        )),
        Section("民主评议", "三、民主评议（20分）", 20, (
            Row("按照个人自评、党员互评、民主测评、组织评定的程序开展民主评议党员，党员参评率达到95%以上；外出流动党员通过线"
                "上方式参评。", 7,
                "评议程序每缺1个环节扣1分；参评率每低5个百分点扣1分；流动党员未参评的，每人扣0.2分。",
                "民主测评表、评议登记表"),
            Row("评定等次实事求是，“优秀”等次比例一般不超过参评党员的30%；对评定为“不合格”的党员，按照规定分别给予限期改正、"
                "劝其退党等组织处置，处置程序规范。", 7,
                "等次评定比例不符合要求的扣2分；对不合格党员未作出组织处置的，每人扣2分；处置程序不规范的，酌情扣1分。",
                "组织评定结果、处置材料"),
            Row("民主评议结果在社区党务公开栏公示不少于5天，向党员本人反馈，并报街道党工委备案；对评为“优秀”的党员予以表扬。", 6,
                "评议结果未公示的扣2分；未向党员本人反馈的扣1分；未报街道党工委备案的扣1分；未开展表扬的扣0.5分。",
                "公示照片、备案材料"),
        )),
        Section("整改落实", "四、整改落实（10分）", 10, (
            Row("会后15日内制定班子整改清单和个人整改清单，明确整改措施、责任人和完成时限，在社区党务公开栏公示；6月底前向街"
                "道党工委报告整改进展情况。", 6,
                "无整改清单的扣3分；整改清单未公示的扣1分；未按时报告整改进展的扣1分；整改措施笼统、时限不明的，酌情扣0.5—1"
                "分。", "整改清单、公示照片、整改进展报告"),
            Row("对居民群众反映的问题建立整改台账，逐项销号；督导组随机入户走访，群众对整改成效的满意度达到90%以上。", 4,
                "无整改台账的扣1分；问题未销号的，每项扣0.3分；满意度每低5个百分点扣0.5分。", "整改台账、满意度测评表"),
        )),
    ),
)

HEADER = ["序号", "督导内容", "评分标准", "分值", "备查资料", "得分"]
NOTE = ("说明：1.督导由街道党工委组织办牵头，联系社区的街道党工委班子成员参加，采取列席会议、查阅资料、个别谈话、入户走访相结合的方式，"
        "对各社区党委进行全覆盖督导；2.各项扣分以该项分值为限，扣完为止；3.督导得分低于80分的社区，责令限期整改，必要时重新召开组织"
        "生活会；4.督导中发现走过场、搞形式的，在全街道通报批评。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（督导对象：街道所辖各社区党委）")
    document.add_paragraph("社区：            党员人数：        网格党支部数：        督导组：            督导时间：2025年3月")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.text), (2, row.scoring), (3, _fmt(row.points)), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
