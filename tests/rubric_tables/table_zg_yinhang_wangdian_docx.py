"""中共宁波市鄞州区金融工作委员会2026年度银行业金融机构基层网点党支部“党建+金融服务”考核评价表 (.docx), as a 浙江
区金融工委 scores each 银行网点党支部 (支行、营业部) on 政治引领、组织生活、党建+金融服务、基础保障.

The title (bold, centred), a centred "（2026年4月印发）" line and a "网点（支部）名称：…  支部书记：…  党员人数：…" line
above one table: 评价维度 | 评价要素 | 评价标准 | 分值 | 评分规则 | 自评分. The categories are MERGED CELLS down the 评价维度
column, printed "政治引领（15分）" on one line (no ordinal). There is NO 序号: items are numbered by position (1..17).
评价要素 is a short sub-label (`Row.indicator`). 分值 is printed with its unit ("5分"). There is no 佐证 column. 自评分 is
blank. A 总分 row and a 说明 paragraph close the document.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zg_yinhang_wangdian_docx",
    fmt="docx",
    title="中共宁波市鄞州区金融工作委员会2026年度银行业金融机构基层网点党支部“党建+金融服务”考核评价表",
    numbering="position",
    sections=(
        Section("政治引领", "政治引领（15分）", 15, (
            Row("支部每月将学习习近平总书记关于金融工作的重要论述作为支委会“第一议题”，结合网点经营研究落实措施。", 5,
                "“第一议题”每少1次扣0.5分；只学不议、未研究落实措施的，酌情扣1-2分。", indicator="第一议题"),
            Row("每半年开展1次员工思想动态分析；网点无涉及金融风险的负面舆情。", 4,
                "思想动态分析每少1次扣1分；发生负面舆情造成不良影响的扣3分。", indicator="意识形态"),
            Row("网点负责人为党员的，实行支部书记与网点负责人“一肩挑”；支委中35周岁以下青年员工不少于1名，本科及以上学历的"
                "不少于2名。", 6,
                "具备条件未实行“一肩挑”的扣2分；无35周岁以下支委的扣2分；本科及以上学历支委不足2名的扣1分。",
                indicator="班子配备"),
        )),
        Section("组织生活", "组织生活（30分）", 30, (
            Row("支部委员会每月1次，支部党员大会每季度1次，党小组会每月1次，党课每季度1次；支部书记每年讲党课不少于1次。",
                10, "每少1次扣0.5分，最高扣6分；书记未讲党课的扣2分。", indicator="三会一课"),
            Row("每月开展主题党日，不得以业务例会、晨会代替；全年至少组织1次到红色教育基地开展现场教学。", 6,
                "主题党日每少1次扣0.5分；以业务例会代替的，发现1次扣1分；未开展现场教学的扣1分。", indicator="主题党日"),
            Row("每年召开组织生活会，开展民主评议党员；会前谈心谈话全覆盖，会后形成整改清单。", 6,
                "未召开组织生活会的，本项不得分；未开展民主评议党员的扣3分；无整改清单的扣1分。", indicator="组织生活会"),
            Row("党员每年集中学习培训不少于40学时，党员参训率达到100%。", 4,
                "学时不足的，每人扣0.5分；参训率未达到100%的扣1分。", indicator="学习培训"),
            Row("党员按月足额交纳党费，党费交纳基数每年核定1次。", 4,
                "未按月交纳的，每人次扣0.2分；交纳基数未核定的扣1分。", indicator="党费交纳"),
        )),
        Section("党建+金融服务", "党建+金融服务（35分）", 35, (
            Row("网点设立党员示范岗、党员服务窗口，党员员工佩戴党徽上岗。", 5,
                "未设立示范岗或服务窗口的扣3分；抽查发现未佩戴党徽的，每人次扣0.5分。", indicator="亮明身份"),
            Row("与辖区社区（村）党组织签订党建共建协议，每季度至少开展1次金融知识进社区、反诈宣传等共建活动。", 8,
                "未签订共建协议的扣2分；共建活动每少1次扣1.5分。", indicator="金融进社区"),
            Row("开展党员“走千企、访万户”活动，党员客户经理每人每月走访小微企业不少于4户，建立走访台账。", 7,
                "走访户数不足的，每人扣0.5分，最多扣3分；无走访台账的扣2分。", indicator="服务小微"),
            Row("网点客户满意度不低于95%，有效投诉办结率100%。", 8,
                "满意度每低1个百分点扣1分，最多扣4分；有效投诉未办结的，每件扣1分。", indicator="客户满意"),
            Row("全年无重大案件、无重大违规经营问题；党员员工无违规违纪行为。", 7,
                "发生重大案件的，一票否决，本项不得分；党员受到纪律处分的，每人扣3分。", indicator="风险合规"),
        )),
        Section("基础保障", "基础保障（20分）", 20, (
            Row("在网点设置党员活动室或“党建角”，做到有标识、有党旗、有书籍、有学习园地。", 4,
                "每缺一项扣1分。", indicator="阵地建设"),
            Row("建立“三会一课”、党员积分管理、谈心谈话等支部工作制度。", 4,
                "每缺1项制度扣1分。", indicator="制度建设"),
            Row("年初制定支部工作要点，年中形成半年小结，年底形成工作总结并报区金融工委。", 5,
                "每缺1项扣2分。", indicator="计划总结"),
            Row("年终支部书记向上级党组织述职，党员群众评议满意率达到90%。", 7,
                "满意率90%以上得7分，80%（含）—90%得5分，70%（含）—80%得2分，70%以下不得分；未述职的，本项不得分。",
                indicator="述职评议"),
        )),
    ),
)

HEADER = ["评价维度", "评价要素", "评价标准", "分值", "评分规则", "自评分"]
NOTE = ("说明：1.本表由网点党支部自评，所属银行党委初审，区金融工委组织复核；2.各项扣分以该项分值为限；3.评价结果分为"
        "“五星”“四星”“三星”三个等级，90分以上为五星，80—89分为四星，70—79分为三星。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 15)
    docx_centred(document, "（2026年4月印发）")
    document.add_paragraph("网点（支部）名称：                        支部书记：              党员人数：     名")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            for c, v in ((1, row.indicator), (2, row.text), (3, _fmt(row.points) + "分"), (4, row.scoring)):
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    merge_cells(tbl, r, 0, r, 2, "总分")
    tbl.cell(r, 3).text = _fmt(t.total) + "分"
    document.add_paragraph(NOTE)
    document.save(str(path))
