"""云锡冶炼分公司2025年度基层党支部工作考核计分表 (.docx), as the 分公司党委 of the 锡 smelter of 云南 红河 个旧 (its 党委工作部 with the 纪委办公室,
the 安全环保部, the 生产技术部 and the 工会, a 考核组 going through the 熔炼 and 电解 workshops in December, while the 澳斯麦特炉 keeps burning)
scores the 党支部 of the 车间 of the old tin capital: the 熔炼车间 at the 炉前 in four 运转班, the 精炼车间 and the 电解车间 over the 电解槽, the
动力车间 and the 机关, whose 党员 are 炉长, 班长 and 技师 on shifts, whose 师傅 teach the young 操作工 from the 职校, whose 攻关 is the 锡 回收率
and the 能耗: a table scored by 基础分 in a 计分办法 column that opens every cell "基础分N分。" and then takes points off with "减" ("每少1次减
0.5分"), now and then adds ("…的加0.5分，最高加1分"), with bands of the 指标完成率 in one row and more 加分 under the 合计: 政治建设 (the “第一议题”,
a monthly 集中学习, 32学时 and a quarterly 专题研讨; a half-yearly 研判 of the 职工思想动态, the 群组 管理员, the 审核 and a 一票否决; the 年初 计划, the
责任书, the 年终 总结, the 年底 述职 and its “好”等次比例), 组织建设 (the 换届, the 3至5人 and the 党小组 by 运转班; the “三会一课” with the 书记's two
党课; the monthly 主题党日 on the 安全生产月 themes, the 参加率, the 签到表 and 照片; the 组织生活会, the 民主评议, the 谈心谈话 覆盖率 and the 备案;
one 积极分子, 党费 按月 with a half-yearly 公示, the 积分 with a quarterly 公示 and a 一票否决), 作用发挥 (three 示范岗, the 年初 承诺 and the 年底
评诺 with one 加分; a monthly 隐患排查, the 整改率, the 轻伤 and the 事故; two 攻关项目 and the 合理化建议 with one 加分; the 经营指标 完成率 in bands;
a quarterly 联合 活动 with the 团支部 and 工会, the 师徒协议; the 帮扶台账, the “七一”、春节 慰问 and the 满意率; the “党建+” 项目 of each 党小组 and its
台账) and 党风廉政 (a quarterly 廉洁教育, the 节前 廉洁提醒 and the 承诺书 签订率; a half-yearly 专题研究, the “四风” 自查 and the 整改台账; a
deduction-only line on 处分, 通报 and a 一票否决).

The title (bold, centred), a centred "（考核对象：…）" line and a "党支部： 考核组： 考核日期：" paragraph above one table: 序号 | 考核项目 | 考核内容
及要求 | 基础分 | 计分办法 | 考核部门. Each category is a SECTION ROW merged across the whole table, printed WITH an ordinal and its points in
brackets, "一、政治建设（15分）". 序号 (FIRST column) runs 1..18 through the whole table, NOT restarting under the section rows. 考核项目 is a short
sub-label (`Row.indicator`); 考核内容及要求 (`Row.text`) says what is required; 基础分 (the points column) is a plain number BEFORE the 计分办法
(`Row.scoring`); 考核部门 (`Row.method`) names the 部门 that checks (党委工作部, 安全环保部, 生产技术部, 纪委办公室, 工会), joined by "、": no
papers. A 合计 row of 100 follows the scored rows; under it a "加分项目（另行计算，最高加5分）" section row and two 加分 rows with no 序号 and their
最高加分 in the 基础分 column; a "备注：" paragraph closes the page. Counts in figures and Chinese numerals, nearly all in the 考核内容及要求 ("每月
组织一次", "每年…不少于32学时", "每季度开展一次", "每半年分析研判一次", "年初", "年终", "年底", "不低于百分之八十", "按期", "3至5人", "支部委员会每月
召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每月开展一次", "不低于百分之九十", "每年召开",
"每年至少…1次", "100%", "年内…不少于1名", "按月", "每半年公示一次", "每季度公示", "不少于3个", "年初", "年底", "每月开展一次", "100%", "年内…不少于
2项", "人均不少于2条", "每季度联合开展一次", "不少于1名", "“七一”、春节", "百分之九十", "每季度开展一次", "100%", "每半年专题研究一次");
"减" for every deduction, "最高减" caps; "酌情减0.5分" once and "酌情减0.5-1分" once; one set of bands (the 指标完成率, for all 6 points, "全部完成
的得6分" the top band, closed by "90%以下的不得分"); two in-row "加…分，最高加1分" clauses; three "实行一票否决，本项不得分"; two other plain "本项
不得分"; one deduction-only line ("（本项为减分项）").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzzf_gejiu_yunxi_yelian_zhibu_docx",
    fmt="docx",
    title="云锡冶炼分公司2025年度基层党支部工作考核计分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支部委员会会议第一议题传达学习习近平总书记重要讲话和重要指示批示精神；每月组织一次党员集中学习；党员每年参加"
                "学习培训不少于32学时；每季度开展一次专题研讨。", 6,
                "基础分6分。“第一议题”未落实的，每次减0.5分；集中学习每少1次减0.3分；学时不足的，每人减0.1分，最高减1分；专题研讨每少1次减0.5分。",
                "党委工作部", indicator="理论武装"),
            Row("每半年分析研判一次职工思想动态，开展形势任务教育；车间宣传栏、班组微信群明确专人管理，信息先审后发。", 4,
                "基础分4分。思想动态研判每少1次减1分；群组无专人管理的减0.5分；信息未经审核发布的，每次减0.5分；发生意识形态领域重大问题的，实行"
                "一票否决，本项不得分。", "党委工作部", indicator="意识形态"),
            Row("年初制定支部工作计划，与分公司党委签订党建工作责任书，年终形成工作总结；支部书记年底向分公司党委述职，述职评议“好”等次比例不低于"
                "百分之八十。", 5,
                "基础分5分。无计划、责任书、总结的，每缺一项减1分；未述职的减2分；“好”等次比例低于80%的减1分。", "党委工作部",
                indicator="责任落实"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("党支部按期换届，支委会由3至5人组成，设组织委员、宣传委员、纪检委员；党小组按运转班设置，党小组组长由班长或技术骨干担任。", 4,
                "基础分4分。未按期换届的减2分；支委配备不全的减1分；党小组设置不合理的，酌情减0.5分。", "党委工作部", indicator="支部设置"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次（倒班党小组可在交接班后召开），党课每季度1次；支部书记每年讲"
                "党课不少于2次。", 8,
                "基础分8分。“三会一课”每少1次减0.5分，最高减4分；书记讲党课每少1次减1分；会议记录补记、代签的，本项不得分。", "党委工作部",
                indicator="“三会一课”"),
            Row("每月开展一次主题党日，结合“安全生产月”“质量月”确定主题；党员参加率不低于百分之九十，倒班党员可分批参加。", 5,
                "基础分5分。主题党日每少1次减0.5分，最高减3分；参加率每低5个百分点减0.3分，最高减1分；无签到表、照片的，每次减0.2分。",
                "党委工作部", indicator="主题党日"),
            Row("每年召开组织生活会，开展民主评议党员；支部书记与支委、支委与党员、党员与党员之间每年至少谈心谈话1次，谈心谈话覆盖率100%；评议结果"
                "报分公司党委备案。", 6,
                "基础分6分。未召开组织生活会的减3分；未开展民主评议党员的减1分；谈心谈话覆盖率每低10个百分点减0.5分，最高减1分；评议结果未备案的"
                "减0.5分。", "党委工作部", indicator="组织生活会"),
            Row("年内确定入党积极分子不少于1名，注重在一线操作工、技术骨干中发展党员；党员按月交纳党费，每半年公示一次；推行党员积分管理，每季度公示"
                "积分。", 7,
                "基础分7分。未确定入党积极分子的减1分；党费未按月交纳的，每人次减0.1分，最高减1分；党费公示每少1次减0.5分；积分公示每少1次减0.3分；"
                "违反程序发展党员的，实行一票否决，本项不得分。", "党委工作部", indicator="党员管理"),
        )),
        Section("作用发挥", "三、作用发挥（40分）", 40, (
            Row("设立党员示范岗、党员责任区不少于3个，熔炼炉前、电解槽面等关键岗位有党员带班；党员年初公开承诺，年底践诺评诺。", 6,
                "基础分6分。示范岗、责任区每少1个减0.5分；党员年初未承诺的减1分；年底未评诺的减1分；示范岗被评为集团公司级以上“党员示范岗”的加"
                "0.5分，最高加1分。", "党委工作部", indicator="示范引领"),
            Row("落实“一岗双责”，党员安全生产责任区内不发生生产安全事故；每月开展一次党员安全隐患排查，隐患整改率达到100%。", 8,
                "基础分8分。隐患排查每少1次减0.5分；整改率每低1个百分点减0.2分，最高减2分；党员责任区内发生轻伤事故的，每起减2分；发生一般及以上"
                "生产安全事故或环境污染事件的，本项不得分。", "安全环保部", indicator="安全环保"),
            Row("围绕锡冶炼金属回收率、吨锡能耗开展党员攻关，每个支部年内立项党员攻关项目不少于2项；党员人均提出合理化建议不少于2条。", 6,
                "基础分6分。攻关项目每少1项减1分；合理化建议人均不足2条的减1分；攻关成果获分公司级以上奖励的，每项加0.5分，最高加1分。",
                "生产技术部", indicator="攻关创效"),
            Row("车间完成分公司下达的粗锡产量、金属回收率、单位能耗等年度经营指标。", 6,
                "基础分6分。指标全部完成的得6分，完成率95%（含）—100%的得4分，90%（含）—95%的得2分，90%以下的不得分。", "生产技术部",
                indicator="经营指标"),
            Row("支部带团支部、工会小组，每季度联合开展一次活动；推行“导师带徒”，签订师徒协议，每名党员技师带徒不少于1名。", 5,
                "基础分5分。联合活动每少1次减0.5分；未签订师徒协议的减1分；党员技师未带徒的，每人减0.2分。", "党委工作部、工会",
                indicator="党建带群建"),
            Row("建立困难职工、困难党员帮扶台账，“七一”、春节走访慰问；职工群众对支部工作满意率达到百分之九十。", 5,
                "基础分5分。无帮扶台账的减1分；走访慰问每少1次减0.5分；满意率每低1个百分点减0.2分，最高减2分。", "工会、党委工作部",
                indicator="关心关爱"),
            Row("开展“党建+安全”“党建+质量”项目，每个党小组认领一个“党建+”项目，项目有台账、见成效。", 4,
                "基础分4分。党小组未认领项目的，每个减0.5分；项目无台账的减1分；项目成效不明显的，酌情减0.5-1分。", "党委工作部",
                indicator="“党建+”项目"),
        )),
        Section("党风廉政", "四、党风廉政（15分）", 15, (
            Row("每季度开展一次廉洁教育，元旦、春节、五一、国庆节前开展廉洁提醒；采购、销售、设备维修等关键岗位人员签订廉洁从业承诺书，签订率100%。",
                5,
                "基础分5分。廉洁教育每少1次减0.5分；廉洁提醒每少1次减0.2分；承诺书每少签订1人减0.2分，最高减1分。", "纪委办公室",
                indicator="廉洁教育"),
            Row("支委会每半年专题研究一次党风廉政建设；开展“四风”问题自查，建立问题整改台账。", 4,
                "基础分4分。专题研究每少1次减1分；未开展自查的减1分；无整改台账的减0.5分。", "纪委办公室", indicator="作风建设"),
            Row("党员遵纪守法，无违规吃喝、收受礼金等问题（本项为减分项）。", 6,
                "基础分6分。党员受到党纪政务处分的，每人减3分；被上级通报批评的，每次减1分；党员违法犯罪被追究刑事责任的，实行一票否决，本项不得分。",
                "纪委办公室", indicator="纪律底线"),
        )),
    ),
)

HEADER = ["序号", "考核项目", "考核内容及要求", "基础分", "计分办法", "考核部门"]
BONUS_HEAD = "加分项目（另行计算，最高加5分）"
BONUS = (
    ("表彰奖励", "党支部或党员获得省部级以上党内表彰，或支部书记获评集团公司优秀党务工作者的。", 3, "每项加1分，最高加3分。", "党委工作部"),
    ("经验推广", "支部党建工作经验在集团公司以上会议交流或被省级以上媒体宣传报道的。", 2, "每次加1分，最高加2分。", "党委工作部"),
)
NOTE = ("备注：本表由分公司党委于12月组织考核，采取查阅资料、现场查看、个别访谈、问卷测评相结合的方式进行；每项以基础分为限，减完为止；加分项目"
        "另行计算，最高加5分；经营指标完成率以分公司生产技术部年度统计为准；考核总分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“一般”，"
        "70分以下的为“较差”，考核结果与支部书记年度绩效和“四强”党支部评选挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1 + 1 + len(BONUS)
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：冶炼分公司熔炼车间、精炼车间、电解车间、动力车间党支部及机关党支部）")
    document.add_paragraph("党支部：                考核组：                考核日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    r += 1
    merge_cells(tbl, r, 0, r, ncols - 1, BONUS_HEAD)
    r += 1
    for label, text, points, scoring, dept in BONUS:
        for c, v in ((1, label), (2, text), (3, _fmt(points)), (4, scoring), (5, dept)):
            tbl.cell(r, c).text = v
        r += 1
    document.add_paragraph(NOTE)
    document.save(str(path))
