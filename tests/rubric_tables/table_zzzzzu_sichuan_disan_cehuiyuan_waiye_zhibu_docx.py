"""中共四川省第三测绘工程院委员会2025年度外业生产党支部党建工作考核评分表 (.docx), as the 院党委 of the 第三测绘工程院 in 成都 in 四川 (its 党委
办公室 with the 生产技术科, the 质量管理科, the 安全保卫科 and the 院纪委, a 考核组 meeting the 外业 crews back in 成都 in the middle of December,
after the field season on the 甘孜 and 阿坝 plateaus is over, the GNSS receivers and drones are in for calibration, the 测区 in the 大渡河 and 雅砻江
gorges are under snow and the 临时党小组 of the 项目组 have handed their 外业 files in to the 支部) scores each 外业生产党支部: a table whose 考核要点
prints what the 支部 must have done, whose 评分标准 takes points off one clause at a time (scoring the 优良品率 in bands) and whose 考核方式 says only
how the 考核组 checks: 政治建设 (the “第一议题”, a monthly 集中学习 online in the field and 40学时; the 成果 保密, two 保密教育 a year, the 承诺书, a
half-yearly 研判 and a 一票否决; the 年初 责任书, two 报告 a year and the 述职 等次), 组织建设 (the 临时党小组 覆盖率 and their 报告; the “三会一课”,
the 视频会议, the 签到、记录、截图 and the 书记's 党课; the 主题党日, the “流动党旗在一线” and the 参加率; the 组织生活会, the 补课, the 民主评议 and the
谈心谈话; 党费 按月, one 发展 every two years and a half-yearly 考察), 党建+生产 (the “两级检查、一级验收”, the 合格率 and the 优良品率 in bands and
the 投诉; two 先锋岗, the 突击队 and the 按期完成率; the 出测前 培训 and 体检, a monthly 检查 and a 一票否决; the 民族地区 共建, the 矛盾纠纷 and the
民族宗教政策), 作风建设 (a half-yearly 警示教育, the 监督, the 补助 and the 处分; a quarterly 联系, the “七一”、春节 慰问 and the 防寒装备; the 请销假,
a quarterly 抽查 and the 酒后驾驶) and 基础保障 (the 活动室 and the “流动党员之家”; the 台账, the 移交, the 年底 总结 and a quarterly 信息).

The title (bold, centred), a centred "（考核对象：院属各外业生产党支部）" line and a "党支部：    支部书记：    外业项目组数：    考核日期：" line above
one table: 序号 | 一级指标 | 二级指标 | 考核要点 | 分值 | 评分标准 | 考核方式. 序号 (FIRST column) runs 1..17 through the table. The 一级指标 are MERGED
CELLS down the SECOND column, printed WITH an ordinal and WITH their points on ONE line, "一、政治建设（15分）"; 二级指标 (THIRD column) is a short
name on every row (`Row.indicator`); 考核要点 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 考核方式
(`Row.method`) last, only ways of checking (查阅资料, 个别谈话, 视频抽查, 院质量管理科、生产技术科、安全保卫科 or 院纪委提供), no papers named. A 合计 row
of 100 closes the table; a "说明：" paragraph follows it. Counts in figures and Chinese numerals, nearly all in the 考核要点 ("每月组织一次", "每年…不少
于40学时", "每年…不少于2次", "每半年研判一次", "年初", "年中、年底各…报告一次", "3人以上", "百分之百", "支委会每月召开1次，党员大会每季度召开1次，党小组会
每月召开1次，党课每季度1次", "每年讲党课不少于1次", "每月开展一次", "不低于百分之九十", "每年召开一次", "按月", "每两年至少发展党员1名", "每半年考察
一次", "百分之百", "百分之八十以上", "不少于2个", "百分之九十五以上", "出测前", "每月开展一次", "不少于1次", "每半年开展一次", "每季度至少联系一次",
"“七一”、春节", "每季度…抽查一次", "1个月内", "年底", "每季度…不少于1篇"); "最高扣" caps; bands of the 优良品率 (4 of the 8 points, closed by "60%以下的
不得分"); "每低1个百分点" twice; "酌情扣0.5—1分" three times; two "实行一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, point: str, points: float, rule: str, how: str) -> Row:
    """One row in the order the table prints it: 二级指标, 考核要点, 分值, 评分标准, 考核方式."""
    return Row(point, points, rule, how, indicator=label)


TABLE = Table(
    name="zzzzzu_sichuan_disan_cehuiyuan_waiye_zhibu_docx",
    fmt="docx",
    title="中共四川省第三测绘工程院委员会2025年度外业生产党支部党建工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("理论学习",
                 "落实“第一议题”制度，支部每月组织一次集中学习，外业期间以项目临时党小组为单位通过线上方式开展；党员每年参加学习培训不少于40学时。", 5,
                 "未落实“第一议题”制度的扣1分；集中学习每少1次扣0.5分，最高扣2分；学时不足的，每人扣0.2分，最高扣2分。",
                 "查阅资料"),
            _row("保密与意识形态",
                 "严格落实测绘地理信息成果保密管理规定，涉密成果专人保管、专机专用；每年组织保密教育培训不少于2次，党员签订保密承诺书；每半年研判"
                 "一次职工思想动态。", 5,
                 "保密教育每少1次扣0.5分；承诺书每缺1人扣0.2分，最高扣1分；研判每少1次扣0.5分；发生失泄密事件的，实行一票否决，本项不得分。",
                 "查阅资料、院安全保卫科提供"),
            _row("责任落实",
                 "支部书记年初与院党委签订党建工作目标责任书，年中、年底各向院党委报告一次抓党建工作情况；书记述职评议结果为“好”或“较好”。", 5,
                 "未签订责任书的扣1分；报告每少1次扣1分；述职评议为“一般”的扣1分，为“差”的扣3分。",
                 "查阅资料"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("临时党小组",
                 "党员3人以上的外业项目组成立临时党小组，覆盖率达到百分之百；临时党小组在项目结束后向支部报告工作。", 5,
                 "符合条件未成立临时党小组的，每个扣1分；未向支部报告工作的，每个扣0.5分。",
                 "查阅资料"),
            _row("“三会一课”",
                 "支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；外业期间可通过视频会议召开，做到有签到、有记录、"
                 "有截图；支部书记每年讲党课不少于1次。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣5分；无签到、记录或截图的，每次扣0.2分，最高扣1.5分；书记未讲党课的扣1分。",
                 "查阅资料、视频抽查"),
            _row("主题党日",
                 "每月开展一次主题党日，外业期间开展“流动党旗在一线”活动，在测区亮身份、树旗帜；党员参加率不低于百分之九十。", 5,
                 "主题党日每少1次扣0.5分，最高扣2分；参加率低于90%的，每次扣0.2分，最高扣1分；活动形式单一的，酌情扣0.5—1分。",
                 "查阅资料"),
            _row("组织生活会",
                 "每年召开一次组织生活会，因外业未能参会的党员会后补课；开展民主评议党员；会前谈心谈话覆盖全体党员。", 6,
                 "未召开组织生活会的扣3分；未补课的，每人扣0.2分，最高扣1分；未开展民主评议党员的扣1分；谈心谈话未全覆盖的扣1分。",
                 "查阅资料、个别谈话"),
            _row("党员管理",
                 "党员按月交纳党费，外业期间可通过线上渠道交纳；注重在青年技术骨干和一线作业员中发展党员，每两年至少发展党员1名；入党积极分子每半年"
                 "考察一次。", 6,
                 "未按月交纳党费的，每人次扣0.1分，最高扣1分；两年内未发展党员的扣2分；考察每少1次扣0.5分；违反程序发展党员的，本项不得分。",
                 "查阅资料"),
        )),
        Section("党建+生产", "三、党建+生产（30分）", 30, (
            _row("成果质量",
                 "党员带头落实“两级检查、一级验收”质量管理制度，测绘成果一次验收合格率达到百分之百，优良品率达到百分之八十以上。", 8,
                 "一次验收合格率每低1个百分点扣1分，最高扣4分；优良品率80%以上的得4分，70%（含）—80%的得2分，60%（含）—70%的得1分，60%以下的"
                 "不得分；因成果质量问题被用户投诉查实的，每件扣1分。",
                 "院质量管理科提供"),
            _row("攻坚克难",
                 "在高原、高寒测区设立党员先锋岗不少于2个，组建党员突击队承担急难险重任务；项目按期完成率达到百分之九十五以上。", 7,
                 "先锋岗每少1个扣1分；未组建突击队的扣1分；按期完成率每低1个百分点扣0.5分，最高扣3分。",
                 "查阅资料，院生产技术科提供"),
            _row("安全生产",
                 "落实野外作业安全“一岗双责”，出测前开展安全培训和高原适应性体检；每月开展一次驻地和车辆安全检查；全年不发生安全生产责任事故。", 8,
                 "未开展出测前安全培训的扣2分；未组织体检的扣1分；安全检查每少1次扣0.5分，最高扣2分；发生一般安全生产责任事故的，每起扣3分；发生"
                 "较大及以上安全生产责任事故的，实行一票否决，本项不得分。",
                 "查阅资料、院安全保卫科提供"),
            _row("民族团结",
                 "尊重民族地区风俗习惯，外业期间每个测区与所在乡镇、村党组织开展联建共建或志愿服务活动不少于1次；全年不发生与当地群众的矛盾纠纷。",
                 7,
                 "共建活动每少1次扣0.5分，最高扣2分；发生矛盾纠纷造成不良影响的，每起扣2分；违反民族宗教政策的，本项不得分。",
                 "查阅资料、个别谈话"),
        )),
        Section("作风建设", "四、作风建设（15分）", 15, (
            _row("廉洁从业",
                 "每半年开展一次警示教育；外业项目经费、劳务用工、车辆租赁等关键环节接受支部纪检委员监督；外业补助按标准发放。", 6,
                 "警示教育每少1次扣1分；关键环节未接受监督的扣1分；违规发放补助的，每人次扣0.5分，最高扣2分；党员受到党纪处分的，每人扣3分。",
                 "查阅资料、院纪委提供"),
            _row("关心关爱",
                 "支部委员与外业党员“一对一”联系，每季度至少联系一次；“七一”、春节走访慰问老党员、困难党员和外业职工家属；为高原作业人员配齐"
                 "防寒装备和应急药品。", 5,
                 "联系每少1次扣0.3分，最高扣1分；走访慰问每少1次扣1分；防寒装备、应急药品配备不到位的，酌情扣0.5—1分。",
                 "查阅资料、个别谈话"),
            _row("驻地纪律",
                 "外业驻地实行请销假制度，严禁酒后驾驶、私自进入无人区作业；支部每季度对驻地纪律抽查一次。", 4,
                 "无请销假记录的扣1分；抽查每少1次扣0.5分；发生酒后驾驶的，每人次扣2分。",
                 "查阅资料、视频抽查"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            _row("阵地建设",
                 "院部党员活动室有标识、有党旗、有制度；外业项目驻地设立“流动党员之家”，配备党旗和学习资料。", 4,
                 "活动室标识、党旗、制度每缺一项扣0.5分；外业驻地未设立“流动党员之家”的，每个扣0.5分，最高扣2分。",
                 "查阅资料、视频抽查"),
            _row("台账资料",
                 "党建台账一年一册，外业期间活动资料由临时党小组收集，收测后1个月内移交支部归档；年底形成年度工作总结；每季度向院党委报送党建信息"
                 "不少于1篇。", 6,
                 "台账不规范的，酌情扣0.5—1分；外业活动资料未按时移交的扣1分；无年度总结的扣1分；信息每少1篇扣0.5分，最高扣2分。",
                 "查阅资料"),
        )),
    ),
)

HEADER = ["序号", "一级指标", "二级指标", "考核要点", "分值", "评分标准", "考核方式"]
NOTE = ("说明：本表由院党委于2025年12月中旬外业收测后组织考核，党委办公室牵头，生产技术科、质量管理科、安全保卫科参加，院纪委派员监督，以2025年1月1日"
        "至考核之日形成的资料为准；各项扣分以该项分值为限，扣完为止；考核结果分为“好”“较好”“一般”“差”四个等次，与支部书记年度考核和外业项目组"
        "绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：院属各外业生产党支部）")
    document.add_paragraph("党支部：                    支部书记：                外业项目组数：          考核日期：      年    月    日")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        top = r
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (2, row.indicator), (3, row.text), (4, _fmt(row.points)), (5, row.scoring),
                     (6, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 1, r - 1, 1, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
