"""中共安徽省青峰监狱委员会2025年度监区党支部党建工作考核细则 (.docx), as a 监狱党委 (its 政治处 with the 狱政管理科, 刑罚执行科,
教育改造科 and the 纪委办公室 checking in December) scores each 监区党支部 — one 支部 over a 监区 of forty to sixty 民警 on 值班备勤
rotas, the 监区教导员 mostly its 书记 — on 政治建设 (the “第一议题” with monthly 集中学习 and a 学习笔记 of 8000字, half-yearly
警示教育 or 英模事迹教育 and the quarterly 思想动态 分析, the 书记's two 党课 and half-yearly 谈心谈话 with each 党员民警, no 错误言论
and the 请示报告), 组织建设 (党小组 by 勤务 and “三会一课” with 补学 within a week, 主题党日 with a 参加率 in Chinese numerals,
组织生活会 with 征求意见 from 罪犯家属 and 驻监检察官, 民主评议 and its 备案, one 积极分子 a year, 党费 with its half-yearly 公布,
32学时 and the new 支委' 任职培训), 党建与监管改造融合 (the “四无” with a 一票否决, 党员民警责任区 and 先锋岗 with a quarterly 隐患
排查, 执法 公示 and the 执法档案 合格率, the 民警' twice-monthly 个别谈话 with the 罪犯, the quarterly 罪犯思想动态分析 and the “三课”
到课率, quarterly 帮教会 and a 家属 满意率) and 作风和基础保障 (quarterly 廉政提醒, 承诺书, the half-yearly “八小时以外” 排查 and the
“禁酒令”, 计划 / 总结 / 述职, the 活动室 with its quarterly 更新 and 台账, quarterly 信息 and a yearly 稿件).

The title (bold, centred), a centred "（考核对象：监狱各监区党支部）" line and a "监区党支部：…  支部书记：…  党员民警：…名" line above
one table: 序号 | 考核内容 | 分值 | 考核标准 | 考核方式 | 得分. The categories are SECTION ROWS merged across the table, printed with an
ordinal, "一、政治建设（20分）". 序号 (first column) RESTARTS at 1 under every section row (ids "1.1" … "4.4"). 分值 (before the 考核
标准) is a plain number. 考核方式 (`Row.method`) says only how the 考核组 checks (查阅资料, 查阅会议记录, 个别谈话, 实地查看, 调取执法
系统数据, 问卷调查, 向狱政管理科核实, 向纪委办公室核实); it is no 佐证 column. 得分 is blank. A 合计 row and a 说明 paragraph close
the document. "最高扣" caps; counts partly in Chinese numerals ("百分之八十五", "每半年…一次"); one item is deduction-only with a
一票否决.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzj_jianyu_jianqu_zhibu_docx",
    fmt="docx",
    title="中共安徽省青峰监狱委员会2025年度监区党支部党建工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            Row("落实“第一议题”制度，支部每月至少组织一次集中学习，学习习近平新时代中国特色社会主义思想和习近平总书记关于政法工作的"
                "重要论述；党员民警学习笔记每年不少于8000字。", 5,
                "集中学习每少1次扣0.5分；学习笔记不足的，每人扣0.2分，最高扣1分。", "查阅资料"),
            Row("深化政治建警、忠诚教育，每半年组织一次警示教育或英模事迹教育；支部每季度分析一次党员民警思想动态，形成分析报告。", 5,
                "教育每少1次扣1分；思想动态分析每少1次扣0.5分。", "查阅资料、个别谈话"),
            Row("支部书记（监区教导员）履行第一责任人职责，每年至少讲授2次党课；每半年与每名党员民警谈心谈话不少于1次。", 5,
                "书记讲党课每少1次扣1分；谈心谈话未全覆盖的，每缺1人扣0.2分。", "查阅资料、个别谈话"),
            Row("严守政治纪律和政治规矩，党员民警在网络上无违规言论；严格执行重大事项请示报告制度。", 5,
                "党员民警发表错误言论造成不良影响的，本项不得分；重大事项未按规定请示报告的，每次扣1分。", "个别谈话、向纪委办公室核实"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            Row("结合民警勤务模式设置党小组，每个党小组不少于3名党员；“三会一课”按规定召开：支委会每月1次，党员大会每季度1次，党小组"
                "会每月1次，党课每季度1次；因值班备勤不能参会的，一周内组织补学。", 7,
                "会议每少1次扣0.5分，最高扣4分；补学不落实的，每人次扣0.2分；党小组设置不合理的扣1分。", "查阅会议记录"),
            Row("每月开展主题党日活动，做到主题鲜明、形式多样；党员参加率不低于百分之八十五。", 4,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分。", "查阅资料"),
            Row("每年召开一次专题组织生活会，会前征求罪犯家属、驻监检察官等方面意见；开展民主评议党员，评议结果报监狱党委备案。", 5,
                "未召开组织生活会的扣2分；未征求意见的扣1分；未开展民主评议党员的扣1分；评议结果未备案的扣1分。", "查阅会议记录"),
            Row("注重在青年民警中培养入党积极分子，支部每年至少确定1名入党积极分子；发展党员严格履行程序，全程纪实。", 4,
                "未确定入党积极分子的扣2分；发展程序不规范的，每处扣0.5分；违规发展党员的，本项不得分。", "查阅资料"),
            Row("党员按月交纳党费，每半年公布一次党费收缴情况；党员民警每年参加集中培训不少于32学时，新任支委一年内完成任职培训。", 5,
                "党费未按月交纳的，每人次扣0.2分；未公布的扣1分；学时不足的，每人扣0.2分，最高扣2分；支委未参加任职培训的扣0.5分。",
                "查阅资料"),
        )),
        Section("党建与监管改造融合", "三、党建与监管改造融合（35分）", 35, (
            Row("坚持“首要标准”，监区全年实现“四无”目标（无罪犯脱逃、无重大狱内案件、无重大安全生产事故、无重大疫情）。", 10,
                "发生罪犯脱逃或重大狱内案件的，实行一票否决，本项不得分；发生一般狱内案件的，每起扣3分；发生安全生产事故的，每起扣"
                "2分。", "向狱政管理科核实"),
            Row("设立党员民警责任区和党员先锋岗，党员民警在重点罪犯包夹、夜间值班等岗位亮身份、作表率；支部每季度组织一次监管安全"
                "隐患排查。", 5,
                "责任区或先锋岗未设立的扣2分；隐患排查每少1次扣1分；排查出的隐患未按期整改的，每处扣0.5分。", "查阅资料、实地查看"),
            Row("严格规范执法，罪犯计分考核、减刑假释提请等执法事项按规定在监区公示，公示期不少于5个工作日；执法档案合格率达到100%。",
                7,
                "执法事项未公示的，每次扣1分；档案合格率每低1个百分点扣0.5分；执法过错经查实的，每起扣2分。", "调取执法系统数据、查阅资料"),
            Row("党员民警每人每月与分管罪犯个别谈话教育不少于2次；监区每季度组织一次罪犯思想动态分析会；罪犯“三课”教育到课率达到"
                "95%以上。", 7,
                "个别谈话不足的，每人次扣0.2分，最高扣2分；分析会每少1次扣1分；到课率每低1个百分点扣0.3分。", "查阅资料、实地查看"),
            Row("深化“党建+狱务公开”，每季度至少举办一次罪犯亲属帮教会；罪犯亲属对监区工作的满意率不低于90%。", 6,
                "帮教会每少1次扣1分；满意率每低1个百分点扣0.5分。", "查阅资料、问卷调查"),
        )),
        Section("作风和基础保障", "四、作风和基础保障（20分）", 20, (
            Row("支部纪检委员每季度开展一次廉政提醒谈话；每年组织党员民警签订廉洁执法承诺书；党员民警“八小时以外”活动情况每半年排查"
                "一次。", 6,
                "廉政提醒每少1次扣0.5分；承诺书每缺1人扣0.2分；“八小时以外”排查每少1次扣1分；民警违反“禁酒令”等规定受到处理的，每人"
                "次扣3分。", "查阅资料、向纪委办公室核实"),
            Row("年初制定支部年度工作计划，年底形成工作总结；支部书记年底向监狱党委述职。", 4,
                "计划、总结每缺1项扣1分；书记未述职的扣2分。", "查阅资料"),
            Row("党员活动室有党旗、入党誓词，制度上墙，监区党建文化墙每季度更新一次；党员花名册、“三会一课”记录本、党费收缴台账、"
                "发展党员档案齐全。", 5,
                "活动室不规范的扣1分；文化墙更新每少1次扣0.5分；台账资料每缺1项扣0.5分。", "实地查看、查阅资料"),
            Row("每季度向监狱党委报送党建信息或工作动态不少于2篇；全年在省级以上媒体刊发宣传稿件至少1篇。", 5,
                "信息每少1篇扣0.3分；未刊发宣传稿件的扣1分。", "查阅资料"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "分值", "考核标准", "考核方式", "得分"]
NOTE = ("说明：1.本细则由监狱党委组织，政治处牵头会同狱政管理科、刑罚执行科、教育改造科、纪委办公室于每年12月进行考核；2.各项"
        "扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，监区发生罪犯脱逃的，所在党支部年度考核直接"
        "确定为“差”等次。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：监狱各监区党支部）")
    document.add_paragraph("监区党支部：                  支部书记：              党员民警：      名")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
