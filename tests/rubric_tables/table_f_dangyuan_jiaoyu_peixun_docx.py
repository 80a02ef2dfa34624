"""中共青山县委组织部2026年度乡镇（街道）党员教育培训工作考核表 (.docx), as a 县委组织部 sends it to the 乡镇党委
and 街道党工委 (and through them to the 村、社区 党组织).

An 附件 line, the title (bold, centred), a centred "（考核对象：…）" line and a "被考核单位：… 考核时间：" line above one
table: 序号 | 考核内容 | 考核要求 | 分值 | 扣分标准. Categories are full-width rows ("一、组织领导（16分）"); 序号 runs 1..N
through the table. 考核内容 is a short heading of the work (年度培训计划, 党员集中轮训, 远程教育, “学习强国”, 微党课,
培训档案 …), the item's name (`Row.indicator`), and 考核要求 holds what must be done (`Row.text`). 扣分标准 the deduction rules (bands for 合格率
and 满意度, caps "最多扣N分", ranges "1-2分" / "1—2分", one "综合评定，酌情扣分"). Training is counted in 学时 and 天
(32学时, 不少于5天, "不少于三天（或不少于二十四个学时）"), viewing and teaching per month / quarter / half year. A 合计
row (合计 merged over 序号..考核要求) and a 说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="f_dangyuan_jiaoyu_peixun_docx",
    fmt="docx",
    title="中共青山县委组织部2026年度乡镇（街道）党员教育培训工作考核表",
    numbering="printed",
    sections=(
        Section("组织领导", "一、组织领导（16分）", 16, (
            Row("年初结合实际制定年度党员教育培训工作计划，明确培训内容、对象、学时和经费保障，2月底前报县委组织部备案。", 4,
                "未制定计划的，本项不得分；计划内容不具体的扣1分；未按时报备的扣1分。", indicator="年度培训计划"),
            Row("党委书记履行党员教育培训第一责任人职责，党委每半年至少专题研究一次党员教育培训工作。", 4,
                "未专题研究的，每少一次扣1分；研究后未推动落实的酌情扣分。", indicator="工作机制"),
            Row("党员教育培训经费纳入年度预算，按每名党员每年不低于100元的标准落实，专款专用，建立经费使用明细账。", 4,
                "经费未纳入预算的扣2分；无使用明细账的扣1分；挤占挪用培训经费的本项不得分。", indicator="经费保障"),
            Row("建立不少于10人的党员教育培训师资库，至少建成1个党员教育培训示范基地，基地做到有牌子、有场所、有设备。", 4,
                "师资库人数不足的扣1分；未建成示范基地的扣2分；基地“三有”每缺一项扣0.5分。", indicator="师资和阵地"),
        )),
        Section("集中培训", "二、集中培训（28分）", 28, (
            Row("每年对辖区党员开展一次集中轮训，每名党员每年参加集中学习培训累计不少于32学时，参训率达到95%以上。", 9,
                "未开展集中轮训的扣4分；学时不足32学时的，每人扣0.1分，最多扣2分；参训率每低1个百分点扣0.2分，最多扣3分。", indicator="党员集中轮训"),
            Row("村（社区）党组织书记每年参加县级以上集中培训不少于5天，新任书记任职一年内参加岗前培训。", 5,
                "书记培训天数不足的，每人次扣0.5分；新任书记未参加岗前培训的，每人扣1分。", indicator="书记培训"),
            Row("入党积极分子、发展对象须经集中培训，培训时间一般不少于三天（或不少于二十四个学时），结业考试合格率达到"
                "100%。", 5,
                "未经培训发展党员的，每例扣1分；培训时间不足的扣1分；结业考试合格率未达到100%的扣1分。", indicator="发展对象培训"),
            Row("年内组织党员开展党的理论和党章党规应知应会知识测试不少于一次，党员测试合格率不低于90%。", 4,
                "未组织测试的扣2分；合格率90%以上得2分，80%—90%得1分，低于80%不得分。", indicator="知识测试"),
            Row("每期培训班有方案、有签到、有课件、有影像资料，培训结束后开展学员满意度测评，满意度达到90%以上。", 5,
                "方案、签到、课件、影像资料每缺一项扣0.5分；满意度低于90%的扣1分。", indicator="培训质量"),
        )),
        Section("日常教育", "三、日常教育（26分）", 26, (
            Row("党员远程教育终端站点每月至少组织党员集中收看2次，有收看记录，设备运行正常、管理员明确。", 6,
                "每少组织收看一次扣0.5分；无收看记录的扣1分；设备不能正常使用的扣1-2分。", indicator="远程教育"),
            Row("结合主题党日每月开展一次集中学习，学习有计划、有记录，党员参学率不低于85%。", 4,
                "集中学习每少一次扣0.5分；参学率每低5个百分点扣0.5分。", indicator="集中学习"),
            Row("推动党员注册使用“学习强国”学习平台，党员注册率达到100%，季度参学率不低于90%，日均活跃率不低于70%。", 5,
                "注册率未达100%的扣1分；参学率每低1个百分点扣0.1分，最多扣2分；活跃率低于70%的扣1分。", indicator="“学习强国”"),
            Row("每季度组织开展1次“微党课”宣讲，鼓励党员上讲台，全年至少选送1部微党课作品参加全县评选。", 4,
                "微党课每少一次扣0.5分；未选送作品的扣1分。", indicator="微党课"),
            Row("建立流动党员管理台账，通过微信群、邮寄资料、“送学上门”等方式每季度至少送学一次，流动党员年度学习不少于"
                "16学时。", 4,
                "无流动党员台账的扣1分；每少送学一次扣0.3分；学时不足的每人扣0.1分，最多扣1分。", indicator="流动党员送学"),
            Row("对年老体弱、行动不便的党员，每半年至少上门送学一次，并做好学习登记。", 3,
                "未送学上门的，每人次扣0.2分。", indicator="特殊群体党员"),
        )),
        Section("培训管理", "四、培训管理（18分）", 18, (
            Row("建立党员教育培训档案，实行“一人一档”，如实登记党员参加培训的时间、内容、学时和考试成绩，每年更新一次。", 5,
                "未建立培训档案的，本项不得分；登记不全的，每发现一人扣0.2分，最多扣2分；未按年度更新的扣1分。", indicator="培训档案"),
            Row("每季度末向县委组织部报送党员教育培训情况统计表，数据真实准确。", 4,
                "少报送一次扣0.5分；数据失真的扣1—2分。", indicator="统计报送"),
            Row("按时完成上级党委调训任务，调训到课率达到100%，无无故缺训现象。", 4,
                "到课率每低1个百分点扣0.5分；无故缺训的，每人次扣1分。", indicator="上级调训"),
            Row("年终对全年党员教育培训工作进行总结，12月10日前将书面总结和典型案例报送县委组织部。", 5,
                "无年终总结的扣2分；未报送典型案例的扣1分；逾期报送的扣0.5分。", indicator="年终总结"),
        )),
        Section("创新成效", "五、创新成效（12分）", 12, (
            Row("结合本地实际创新培训方式方法，打造党员教育培训特色品牌或精品课程，经验做法被市级以上媒体宣传推广。", 5,
                "由考核组综合评定，酌情扣分。", indicator="特色品牌"),
            Row("年底组织党员对教育培训工作进行满意度测评，参评率不低于80%，满意度达到90%以上。", 5,
                "满意度90%以上得4分，80%（含）—90%得2分，80%以下不得分；参评率低于80%的扣1分。", indicator="满意度测评"),
            Row("每年至少制作或报送1部党员教育电视片（微视频），在县级以上平台播出或展播。", 2,
                "未制作报送的不得分。", indicator="电教片"),
        )),
    ),
)

NOTE = ("说明：1.考核采取听取汇报、查阅资料、抽查党员和系统数据核查相结合的方式进行，每个乡镇（街道）随机抽查村（社区）"
        "不少于3个；2.各项扣分以该项分值为限，扣完为止；3.考核结果纳入乡镇（街道）党委书记抓基层党建工作述职评议考核。")


def build(t: Table, path: Path) -> None:
    import docx


    header = ["序号", "考核内容", "考核要求", "分值", "扣分标准"]
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    document.add_paragraph("附件2")
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：各乡镇党委、街道党工委）")
    document.add_paragraph("被考核单位：                              考核时间：2026年12月    日")
    tbl = docx_grid_table(document, n_rows, len(header), header)
    r, number = 1, 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, len(header) - 1, s.printed)
        r += 1
        for row in s.rows:
            for c, v in enumerate((str(number), row.indicator, row.text, _fmt(row.points), row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
            number += 1
    docx_total_row(tbl, r, 3, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
