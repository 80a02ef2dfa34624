"""中共江苏省苏北航务管理处委员会2025年度船闸党支部党建工作考核细则 (.docx), as a 省 交通运输 航务管理处党委 (its 党建工作科 with the
运行调度科, the 安全科 and the 纪委, a 考核组 going round the 苏北运河 船闸 in December with the 调度 data and the 船民 测评) scores each
船闸党支部 — 党员 闸长, 调度员, 运行工 and 机电维修工 on “四班三运转” shifts — on four heads: 政治建设 (the “第一议题” with a monthly
集中学习 and online 补学 for those on shift, the half-yearly 意识形态 研判 with the 审核 of the 宣传栏 and 显示屏, the 年初 工作要点 with
the 责任书 and the 年底 述职 with a 满意率, a yearly “大运河精神” 主题教育 and the “七一” 入党誓词), 组织建设 (the 支委 and a 党小组 for
each 运行班组, “三会一课” with the 书记's two 党课, the monthly 主题党日 with a 参加率 in Chinese numerals, its 计划 and 照片, 组织生活会
with 谈心谈话 and 民主评议, a member in two years from the 一线, 党费, 32学时 and the quarterly “闸上课堂”), 运行保畅 (no 责任事故 with a
monthly 安全检查 and the 整改率, one rule "本项不得分并实行一票否决"; the 党员示范岗 at the 调度室 with its half-yearly 评议; the 待闸
时间 and the 党员突击队; two 应急演练 and 带班值守; the 线上登记率 and a yearly “微创新”) and 廉洁服务 (the 调度 公开 with no “插档” and
a quarterly 监督检查, the “船民之家” 驿站 with a quarterly 走访, a yearly 测评 and a 满意度, a deduction-only line).

The title (bold, centred), a centred "（考核对象：处属各船闸党支部）" line and a "党支部：…  支部书记：…  党员人数：…  考核组：…" line
above one table: 序号 | 考核内容 | 分值 | 考核细则 | 自评分 | 考核得分. The categories are SECTION ROWS merged across the whole table,
printed with an ordinal on one line, "一、政治建设（20分）". 序号 (first column) runs 1..18 through the table, NOT restarting under the
section rows. 分值 comes BEFORE the 考核细则, a plain number. There is no 佐证 or 考核方式 column. 自评分 and 考核得分 are blank. A 合计
row and two 说明 paragraphs close the document. Counts partly in Chinese numerals ("百分之八十五", "每年开展一次", "每季度…一次",
"每半年评议一次"); "最高扣" caps; one bare "酌情扣分"; the 待闸时间 is scored per hour over the 目标值; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzq_subei_chuanzha_zhibu_docx",
    fmt="docx",
    title="中共江苏省苏北航务管理处委员会2025年度船闸党支部党建工作考核细则",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            Row("落实“第一议题”制度，支部每月至少开展1次集中学习；结合“四班三运转”倒班实际，对当班未能参加的党员通过线上方式及时补学。",
                5,
                "集中学习每少1次扣0.5分；补学未落实的，每人次扣0.1分，最高扣1分。"),
            Row("每半年开展一次意识形态分析研判，形成研判报告；船闸宣传栏、电子显示屏发布的内容须经支部审核。", 4,
                "研判每少1次扣1分；发布内容未经审核的，每次扣0.5分。"),
            Row("支部年初制定党建工作要点，支部书记与处党委签订党建工作目标责任书；支部书记年底向处党委述职并接受评议，评议满意率达到"
                "90%以上。", 6,
                "无工作要点的扣1分；未签订责任书的扣1分；未述职的扣2分；满意率每低5个百分点扣0.5分。"),
            Row("每年开展一次“传承大运河精神、争当运河先锋”主题教育实践活动；“七一”前后组织党员重温入党誓词。", 5,
                "未开展主题教育实践活动的扣2分；未组织重温入党誓词的扣1分；活动流于形式的，酌情扣0.5—1分。"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("支部委员会设书记、组织委员、宣传委员、纪检委员；按运行班组设立党小组，每个运行班组至少有1名党员。", 4,
                "支委配备不齐的扣1分；党小组设置不合理的扣1分；运行班组无党员的，每个扣0.5分。"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次（可结合班组交接班会召开），党课每季度1次；支部"
                "书记每年讲党课不少于2次。", 8,
                "“三会一课”每缺1次扣0.5分，最高扣5分；书记讲党课每少1次扣1分；会议记录不规范的，酌情扣分。"),
            Row("每月开展1次主题党日活动，党员参加率不低于百分之八十五；活动有计划、有记录、有照片。", 5,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分；无活动照片的，每次扣0.1分。"),
            Row("每年召开一次组织生活会，会前开展谈心谈话；每年开展一次民主评议党员，对评为“优秀”的党员予以表扬。", 5,
                "未召开组织生活会的扣2分；未开展谈心谈话的扣1分；未开展民主评议党员的扣1.5分。"),
            Row("注重在船闸运行、机电维修一线职工中发展党员，每两年至少发展党员1名；入党积极分子由支委会指定培养联系人。", 4,
                "两年内未发展党员的扣2分；未指定培养联系人的扣0.5分；发展程序不规范的，每处扣0.5分。"),
            Row("党员按月足额交纳党费；党员每年参加集中学习培训不少于32学时；每季度组织一次业务技能与党性教育相结合的“闸上课堂”。", 4,
                "党费未按月交纳的，每人次扣0.1分；学时不足的，每人扣0.1分；“闸上课堂”每少1次扣0.5分。"),
        )),
        Section("运行保畅", "三、运行保畅（30分）", 30, (
            Row("船闸全年安全运行，无责任性船舶过闸安全事故；每月开展一次闸门、启闭机、输水系统等设施设备安全检查，隐患整改率达到100%。",
                8,
                "发生一般责任事故的，每起扣3分；发生较大及以上责任事故的，本项不得分并实行一票否决；安全检查每少1次扣0.5分；隐患整改率"
                "每低10个百分点扣1分。"),
            Row("在调度室、闸口等关键岗位设立党员示范岗，党员带头执行公开、公平、公正调度；党员示范岗每半年评议一次。", 6,
                "未设立党员示范岗的扣2分；评议每少1次扣1分；党员示范岗被船民投诉经查实的，每起扣1分。"),
            Row("船舶平均待闸时间控制在处下达的目标值以内；节假日、汛期等通航高峰期组织党员突击队参与现场疏导，应急抢通及时。", 6,
                "平均待闸时间超过目标值的，每超1小时扣0.5分，最高扣3分；未组建党员突击队的扣1分；发生较大拥堵处置不力被通报的，每次"
                "扣2分。"),
            Row("每年组织开展防汛防台、消防、船舶碰撞等应急演练不少于2次；汛期、寒潮等恶劣天气党员带班值守。", 5,
                "应急演练每少1次扣1分；恶劣天气党员未带班值守的，每次扣0.5分。"),
            Row("推广船舶过闸线上便捷服务，线上登记率达到90%以上；支部牵头开展“微创新”，每年形成技术革新或管理创新成果不少于1项。", 5,
                "线上登记率每低5个百分点扣0.5分；无创新成果的扣1分。"),
        )),
        Section("廉洁服务", "四、廉洁服务（20分）", 20, (
            Row("船舶过闸调度计划、待闸排序通过显示屏和手机端实时公开，杜绝“插档”“人情档”；支部每季度开展一次调度执行情况监督检查。",
                6,
                "调度信息未实时公开的扣1分；监督检查每少1次扣0.5分；查实违规“插档”的，每起扣2分。"),
            Row("建设“船民之家”党员服务驿站，为船民提供政策宣传、法律咨询、应急救助等服务；每季度开展一次走访船民活动；每年开展船民"
                "满意度测评不少于1次，满意度达到95%以上。", 8,
                "未建服务驿站的扣2分；走访每少1次扣0.5分；未开展满意度测评的扣1分；满意度每低1个百分点扣0.5分。"),
            Row("党员职工严守廉洁纪律，无吃拿卡要、收受船民财物等行为。", 6,
                "党员受到党纪政务处分的，每人扣3分；被查实收受船民财物的，每起扣2分；支部书记受到党纪处分的，本项不得分。"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "考核细则", "自评分", "考核得分"]
NOTES = (
    "说明：1.本细则由处党委于每年12月组织考核，党建工作科、运行调度科、安全科和处纪委参加，采取查阅资料、调取调度系统数据、现场"
    "检查、个别谈话、船民测评相结合的方式；2.各项扣分以该项分值为限，扣完为止。",
    "3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选“过硬党支部”和船闸年度综合考核的重要依据；4.船闸发生较大及以上责任"
    "事故的，支部当年考核直接定为“差”等次。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(1 + len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：处属各船闸党支部）")
    document.add_paragraph("党支部：              支部书记：            党员人数：      考核组：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    for note in NOTES:
        document.add_paragraph(note)
    document.save(str(path))
