"""中共晋南煤机制造有限公司委员会2026年度生产一线党支部“党员先锋岗”创建考评计分表 (.docx), as the 公司党委 党群工作部
scores each 车间/班组 生产一线党支部 on how its 党员先锋岗 are set up, what they achieve, how their 党员 are managed, and
how they are rated at the year's end.

The issuer line, the title (bold, centred) and a "考评对象：…  考评时间：…" line above one table: 考评类别 | 序号 | 考评标准
| 分数 | 评分细则 | 备注. The categories are MERGED CELLS down the 考评类别 column, printed "一、岗位设置\\n18分" (the
category name is "岗位设置"). 序号 is printed "1.1", "1.2" … "4.3" (restarting in every category: ids 1.1 …).
分数 is a plain number. 备注 (`Row.method`) sometimes names the record the 考评组 reads, else it is blank. A 总分 row (the
label merged over 考评类别..考评标准, the total under 分数) and a 说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="x_yixian_xianfenggang_docx",
    fmt="docx",
    title="中共晋南煤机制造有限公司委员会2026年度生产一线党支部“党员先锋岗”创建考评计分表",
    numbering="restart",
    sections=(
        Section("岗位设置", "一、岗位设置\n18分", 18, (
            Row("在生产车间、班组关键工序设立党员先锋岗，每个一线党支部设岗不少于3个，在岗党员上岗率达到60%以上，"
                "建立先锋岗设岗名单。", 6,
                "设岗每少1个扣2分；上岗率低于60%的扣1分。", "设岗名单报党群工作部备案"),
            Row("先锋岗实行挂牌亮身份，岗位牌标明党员姓名、岗位职责和承诺事项，在车间醒目位置公示。", 6,
                "未挂牌的，每岗扣1分；承诺事项笼统、不具体的，酌情扣分。", "现场查看"),
            Row("先锋岗党员年初签订岗位承诺书，年底对照承诺开展述诺评诺。", 6,
                "承诺书每缺1份扣0.5分；未开展述诺评诺的扣3分。", ""),
        )),
        Section("作用发挥", "二、作用发挥\n40分", 40, (
            Row("先锋岗党员全年生产任务完成率100%，产量、质量、消耗等主要指标优于班组平均水平。", 8,
                "未完成生产任务的，每人扣2分；主要指标低于班组平均水平的，每人扣1分。", "以生产部门统计数据为准"),
            Row("全年安全生产“零事故”；先锋岗党员带头开展班前安全讲话和隐患排查，每月排查不少于2次。", 8,
                "发生一般及以上安全生产事故的，本项不得分；隐患排查每少1次扣0.5分。", "查阅隐患排查记录"),
            Row("围绕降本增效开展“小改小革”和合理化建议活动，每个先锋岗年内提出合理化建议不少于2条，其中采纳实施"
                "不少于1项。", 8,
                "建议每少1条扣0.5分；无采纳实施项目的扣2分。", ""),
            Row("先锋岗党员与青年职工、新入职员工结成“一帮一”师徒对子，签订师带徒协议，徒弟年内通过岗位技能考核。", 8,
                "未签订协议的，每对扣1分；徒弟未通过考核的，每人扣1分。", ""),
            Row("组建党员突击队，承担急难险重任务，年内完成技术攻关或设备抢修任务不少于2项。", 8,
                "未组建突击队的扣2分；任务每少1项扣2分。", ""),
        )),
        Section("教育管理", "三、教育管理\n24分", 24, (
            Row("结合倒班实际，按班次分批组织学习，每月组织先锋岗党员集中学习不少于1次，全年累计学习不少于24学时。",
                8, "每少1次扣0.5分；学时每少1学时扣0.2分，最高扣2分。", "查阅学习记录、学时登记"),
            Row("每季度开展1次技能比武或岗位练兵，先锋岗党员参赛率达到100%。", 6,
                "每少1次扣1分；参赛率未达到100%的扣1分。", ""),
            Row("建立先锋岗党员积分管理台账，每季度评分公示一次，积分结果作为评先评优的重要依据。", 5,
                "无积分管理台账的扣3分；未按季度公示的，每次扣0.5分。", ""),
            Row("每半年召开1次先锋岗党员座谈会，听取一线职工意见建议，建立问题整改清单。", 5,
                "座谈会每少1次扣1.5分；无整改清单的扣2分。", ""),
        )),
        Section("考评认定", "四、考评认定\n18分", 18, (
            Row("年底由车间职工对先锋岗党员进行民主测评，“满意”和“基本满意”合计达到90%以上。", 8,
                "满意度每低1个百分点扣0.5分，最高扣4分。", "测评表由党群工作部统一印制"),
            Row("先锋岗党员无违反劳动纪律、安全操作规程的行为，未受到公司通报批评。", 5,
                "有违纪违规行为的，每人次扣2分；受到公司通报批评的，本项不得分。", ""),
            Row("先锋岗创建资料实行“一岗一档”，包括设岗申请、承诺书、积分记录、活动照片等。", 5,
                "档案资料不全的，每岗扣0.5分。", ""),
        )),
    ),
)

HEADER = ["考评类别", "序号", "考评标准", "分数", "评分细则", "备注"]
NOTE = ("说明：1.考评由公司党委党群工作部会同生产技术部、安全环保部组织，采取查阅资料、现场查看、职工访谈相结合的方式；"
        "2.各项扣分以该项分数为限；3.得分95分以上的先锋岗所在党支部，推荐参评公司“先进基层党组织”。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_centred(document, "中共晋南煤机制造有限公司委员会")
    docx_title(document, t.title, 15)
    document.add_paragraph("考评对象：                党支部            考评时间：2026年12月")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for ci, s in enumerate(t.sections, 1):
        top = r
        for ii, row in enumerate(s.rows, 1):
            for c, v in ((1, f"{ci}.{ii}"), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 2, "总分")
    tbl.cell(r, 3).text = _fmt(t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
