"""齐齐哈尔市信访局机关党委2025年度人民来访接待中心党支部党建工作考核细则 (.docx), as a 黑龙江 市局 机关党委 (its 机关党办 with the
办信科, the 督查科 and the 驻局纪检监察组, a 考核组 checking in January) scores the 党支部 of the city's 人民来访接待中心, whose 党员 sit
at the 接访窗口 in the hall, carry the 积案 case by case, go down to the 县（区） and stand on duty through the 重大节点: 政治建设 (a monthly
集中学习 with the “第一议题” and 32学时, two 专题学习 of the 《信访工作条例》 with a 测试 and its 合格率, a half-yearly 研判 with the 审核
of the 展板 and a 一票否决, the 年初 责任书 and 计划 with a quarterly 支委会 专题研究 and the 年终 述职), 组织建设 (“三会一课” with the 补学
and the 签到表, the monthly 主题党日 with two 实践活动, the 参加率, the 方案 and 照片, the 组织生活会 with 征求意见, 谈心谈话, 民主评议 and
the 整改清单, one 积极分子 with the 公示, 党费 with its half-yearly 公布 and the 完整率), 党建业务融合 (two 接访 a month with the 公告, the
录入率 and the 告知率, two 包案 each with the 化解率 in bands and a quarterly 联席会议, the “党员示范窗口” with the 满意率, a quarterly 下沉
with the 值班表, a half-yearly 回访 with the 回访率 and the 救助 审批) and 作风建设 (a quarterly 廉政教育 with the 承诺书, the 半年小结 and
年度总结, a deduction-only line on the 信访人信息).

The title (bold, centred) and a centred "（考核对象：市人民来访接待中心党支部）" line above one table: 考核指标 | 考核标准 | 分值 | 扣分办法 |
备查资料. There is NO 序号: items are numbered by position (1..18). Each category is a SECTION ROW merged across the table, printed WITH an
ordinal and its points on one line, "一、政治建设（20分）". 考核指标 (FIRST column) is a short sub-label (`Row.indicator`). 分值 comes
BEFORE the 扣分办法, a plain number. 备查资料 (`Row.method`) names the papers the 支部 lays out, joined by "、" (once a way of checking,
驻局纪检监察组提供): a 佐证 column. A 合计 row and a 说明 paragraph close the document. Counts in figures and Chinese numerals ("每月组织一次",
"每半年分析研判一次", "全年至少两次", "每季度至少一次", "每年召开一次"); "不少于32学时"; "最高扣" caps; "酌情扣0.5-1分", "酌情扣1-2分"
twice, "酌情扣0.5分"; a 化解率 in bands ("60%以下的不得分" closing them); one "实行一票否决，本项不得分" and two plain "本项不得分"; one line
is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzz_qiqihaer_xinfang_jiedai_zhibu_docx",
    fmt="docx",
    title="齐齐哈尔市信访局机关党委2025年度人民来访接待中心党支部党建工作考核细则",
    numbering="position",
    sections=(
        Section("政治建设", "一、政治建设（20分）", 20, (
            Row("支部每月组织一次集中学习，落实“第一议题”制度，深入学习习近平总书记关于加强和改进人民信访工作的重要思想；党员每年参加"
                "集中学习培训不少于32学时。", 5,
                "集中学习每缺一次扣0.5分；“第一议题”落实不到位的扣1分；学时不足的，每人扣0.2分，最高扣1分。",
                "学习记录、学时登记册", indicator="理论学习"),
            Row("全年至少两次开展《信访工作条例》专题学习，组织全员业务知识测试，测试合格率达到100%。", 4,
                "专题学习每少1次扣1分；未组织测试的扣1分；测试不合格的，每人扣0.2分。",
                "学习记录、测试试卷及成绩", indicator="条例学习"),
            Row("每半年分析研判一次意识形态和信访舆情动态，落实敏感信息报告制度；接待大厅宣传展板、电子屏内容经支部审核后发布。", 5,
                "研判每少1次扣1分；敏感信息未及时报告的，每次扣1分；宣传内容未经审核的扣0.5分；因处置不当引发负面舆情炒作的，实行一票否决，"
                "本项不得分。", "研判记录、信息报送记录、审核登记表", indicator="意识形态"),
            Row("支部书记年初与局机关党委签订党建工作责任书，制定年度党建工作计划；每季度至少召开一次支委会专题研究党建和信访业务工作；"
                "年终向机关党委述职。", 6,
                "未签订责任书的扣1分；无年度计划的扣1分；专题研究每少1次扣1分；未述职的扣2分。",
                "责任书、年度计划、支委会会议记录、述职报告", indicator="责任落实"),
        )),
        Section("组织建设", "二、组织建设（25分）", 25, (
            Row("严格落实“三会一课”，支委会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；因接访值班不能参会的"
                "党员及时补学。", 7,
                "“三会一课”每缺1次扣0.5分，最高扣4分；未落实补学的，每人次扣0.2分；会议记录不规范的，酌情扣0.5-1分。",
                "会议记录本、签到表、补学记录", indicator="三会一课"),
            Row("每月开展一次主题党日活动，全年至少两次组织党员到信访积案化解一线、基层接访点开展实践活动；党员参加率达到90%以上。", 5,
                "主题党日每缺1次扣0.3分；实践活动每少1次扣1分；参加率每低5个百分点扣0.5分。",
                "活动方案、签到表、活动照片", indicator="主题党日"),
            Row("每年召开一次组织生活会，会前广泛征求来访群众和业务科室意见，开展谈心谈话；同步开展民主评议党员，对查摆问题建立整改清单。",
                6, "未召开组织生活会的扣2分；未征求意见的扣1分；未开展谈心谈话的扣1分；未开展民主评议的扣1分；无整改清单的扣1分。",
                "会议记录、征求意见表、谈心谈话记录、民主评议表、整改清单", indicator="组织生活会"),
            Row("年内培养入党积极分子不少于1名，优先从窗口接访骨干中培养；严格执行发展党员程序，发展对象公示不少于5个工作日。", 4,
                "未培养积极分子的扣2分；未公示的扣1分；发展程序不规范的，本项不得分。", "发展党员档案、公示材料", indicator="党员发展"),
            Row("党员按月足额交纳党费，党费收缴情况每半年公布一次；及时办理党员组织关系转接，全国党员管理信息系统信息完整率达到100%。", 3,
                "党费未按月交纳的，每人次扣0.1分；未公布的扣0.5分；信息系统信息不完整的，每人扣0.1分。",
                "党费收缴台账、公布照片、系统截图", indicator="党员管理"),
        )),
        Section("党建业务融合", "三、党建业务融合（40分）", 40, (
            Row("落实领导干部接访下访制度，中心党员领导干部每月在接待大厅公开接访不少于2次；接访安排提前在局门户网站公告。", 6,
                "接访每少1次扣0.5分，最高扣3分；接访安排未提前公告的，每次扣0.2分。", "接访登记表、网站公告截图", indicator="领导接访"),
            Row("来访事项当日登记录入信访信息系统，登记录入率达到100%；依法分类处理，15日内告知信访人是否受理，按期告知率不低于98%。", 7,
                "登记录入率未达100%的，每件扣0.2分，最高扣2分；按期告知率每低1个百分点扣0.5分；错转错交的，每件扣0.5分。",
                "信访信息系统数据", indicator="登记受理"),
            Row("党员“一对一”包案化解信访积案，每名党员每年包案不少于2件，年度积案化解率达到80%以上；对化解难度大的事项每季度召开一次"
                "联席会议会商。", 8,
                "包案件数不足的，每人扣0.5分；化解率80%以上的得4分，70%（含）至80%的得3分，60%（含）至70%的得2分，60%以下的不得分；联席"
                "会议每少1次扣0.5分。", "包案台账、化解协议书、联席会议纪要", indicator="积案化解"),
            Row("设立“党员示范窗口”“党员先锋岗”，党员亮身份接访，推行首接负责、限时办结；来访群众现场满意率达到95%以上。", 6,
                "未设立示范窗口、先锋岗的扣1分；党员未亮身份的，酌情扣0.5分；现场满意率每低1个百分点扣0.5分，最高扣3分。",
                "满意度评价器数据", indicator="示范窗口"),
            Row("组织党员每季度至少一次到县（区）、乡镇下沉指导信访工作，开展矛盾纠纷排查化解；重大节点、敏感时期实行24小时值班。", 6,
                "下沉指导每少1次扣1分；重要时段值班不落实的，每次扣1分；值班记录不完整的扣0.5分。",
                "下沉工作台账、值班表、值班记录", indicator="下沉指导"),
            Row("开展“信访干部进万家”活动，每半年组织一次集中回访，对已办结事项回访率达到30%以上；对生活困难的信访群众协调落实救助。", 7,
                "回访每少1次扣1分；回访率每低5个百分点扣0.5分；困难群众救助协调不到位的，酌情扣1-2分。",
                "回访记录、救助审批材料", indicator="回访帮扶"),
        )),
        Section("作风建设", "四、作风建设（15分）", 15, (
            Row("每季度开展一次廉政教育或警示教育，党员签订廉洁接访承诺书；接访中不推诿敷衍、不吃拿卡要。", 5,
                "廉政教育每少1次扣0.5分；未签订承诺书的，每人扣0.2分；被来访群众有效投诉的，每次扣1分。", "教育记录、承诺书",
                indicator="廉政教育"),
            Row("年中报送半年工作小结，年底报送年度党建工作总结；党建资料“一事一档”归档规范。", 4,
                "半年小结、年度总结每缺一项扣1分；资料归档不规范的，酌情扣1-2分。", "半年小结、年度总结", indicator="基础工作"),
            Row("党员干部违反工作纪律和廉洁纪律，泄露信访人信息或将检举控告材料转给被检举控告人（本项为扣分项）。", 6,
                "泄露信访人信息的，每起扣3分；受到党纪政务处分的，每人次扣2分；造成恶劣社会影响的，本项不得分。", "驻局纪检监察组提供",
                indicator="纪律底线"),
        )),
    ),
)

HEADER = ["考核指标", "考核标准", "分值", "扣分办法", "备查资料"]
NOTE = ("说明：1.本细则由局机关党委于次年1月组织考核，办信科、督查科、驻局纪检监察组参加，采取查阅资料、调取信访信息系统数据、个别谈话、"
        "实地查看相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.考核结果分为“好”“较好”“一般”“差”四个等次，作为评选局系统"
        "“先进基层党组织”和支部书记年度考核的重要依据；4.支部党员发生严重违纪违法问题的，考核等次直接定为“差”。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：市人民来访接待中心党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            cells = ((0, row.indicator), (1, row.text), (2, _fmt(row.points)), (3, row.scoring), (4, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 2, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
