"""通渭县2025年度乡镇党委抓基层党建工作目标责任考核评分细则 (.docx), as a 甘肃 定西 县委组织部 (with the members of the 县委
党建工作领导小组 drawn into 考核组 in December, each 考核组 hearing the 乡镇 report, reading its papers, pulling the “甘肃党建”
信息化平台 records and going to at least three 村 picked at random) scores each 乡镇党委 — not a 村 — on what it does for its 村:
抓党建责任落实 (the quarterly 党委会议 on 党建 within the “三抓三促” 行动, the 年度 工作要点 and the 目标责任书 signed down to each 村,
the 书记's yearly 书面述职 with its 评议 等次 and the 班子成员' quarterly 调研指导 of their 联系村, the 年底 述职评议 of the 村党组织
书记 with its 覆盖率 and 通报, the 运转经费 and 基本报酬 with a yearly 公开 of the 专项经费), 村级组织建设 (the yearly 分类定级 with the
“一村一策” 整顿方案 and the 转化率, the 县级备案 of the 村书记 with two shares in Chinese numerals and a yearly 轮训, the 后备力量 with one
under 35 and the 学历提升 比例, the half-yearly 组织生活 督查 and the 平台 纪实率, the “小微权力” 清单 with the yearly 审计 and the 离任
审计), 党员队伍建设 (the 年初 发展党员计划 sent for 审批 with the 35岁以下 占比 and no 村 two years without a new member, the 冬春训
with its 参训率 and 3天或24学时 and the monthly 远教 学习, the 失联党员 查找率 and the half-yearly 信息核查, the “七一” 表彰 and the
慰问 资金) and 党建引领乡村振兴和基层治理 (the shares of 村 over 5万元 and 10万元, 马铃薯 / 中药材 / 草畜 with a 领办 合作社 in each 村
and two 培训, “党建+网格” with a monthly 综治例会 and the 化解率, the yearly 阵地 专项检查, a deduction-only 负面清单 line with a 一票
否决).

The title (bold, centred), a centred "（考核对象：全县各乡镇党委）" line and a "乡镇：…  考核组：…  考核时间：2025年12月" line above one
table: 序号 | 考核指标 | 考核要点 | 评分标准 | 分值 | 考核方式 (分值 AFTER the 评分标准). The categories are SECTION ROWS merged across
the table, printed with an ordinal on one line, "一、抓党建责任落实（20分）". 序号 (first column) runs 1..18 through the table, NOT
restarting under each section row. 考核指标 is a short sub-label (`Row.indicator`). 分值 is a plain number. 考核方式 (`Row.method`)
says only how the 考核组 checks (查阅资料, 个别谈话, 查阅账目, 实地抽查, 平台核查, 向县委政法委核实, 向县纪委监委核实); it is no 佐证
column. A 合计 row and a 说明 paragraph close the document. Shares of 村 and of 书记 stand for counts; one item is scored partly by
the 述职评议 等次; counts partly in Chinese numerals ("百分之四十", "百分之五十", "百分之六十", "每年开展一次"); "最高扣" caps; one
duration joined by 或; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzm_xianwei_xiangzhen_dangwei_docx",
    fmt="docx",
    title="通渭县2025年度乡镇党委抓基层党建工作目标责任考核评分细则",
    numbering="printed",
    sections=(
        Section("抓党建责任落实", "一、抓党建责任落实（20分）", 20, (
            Row("乡镇党委把基层党建融入“三抓三促”行动，每季度至少召开1次党委会议专题研究基层党建工作；年初制定年度党建工作要点；与"
                "县委签订基层党建工作目标责任书，并与各村党组织层层签订。", 5,
                "专题研究每少1次扣1分；无年度工作要点的扣1分；未层层签订目标责任书的扣1分。", "查阅资料", indicator="党委议建"),
            Row("乡镇党委书记履行抓基层党建第一责任人职责，每年向县委书面述职一次，并参加县委抓基层党建工作述职评议，评议等次为“好”；"
                "班子成员落实“一岗双责”，每人联系1个以上村党组织，每季度到联系村调研指导不少于1次。", 5,
                "未书面述职的扣2分；述职评议为“较好”等次的扣1分，为“一般”及以下等次的扣3分；班子成员调研指导每少1次扣0.2分。",
                "查阅资料、个别谈话", indicator="书记履责"),
            Row("每年底组织村党组织书记抓基层党建工作述职评议，述职评议覆盖率达到100%，评议结果在全乡镇范围内通报。", 5,
                "未组织述职评议的扣3分；覆盖率每低10个百分点扣0.5分；评议结果未通报的扣1分。", "查阅资料", indicator="述职评议"),
            Row("落实村级组织运转经费和村干部基本报酬，按时足额拨付到村；村级党组织服务群众专项经费使用情况每年公开一次。", 5,
                "运转经费未按时足额拨付的扣2分；村干部基本报酬低于县定标准的扣2分；专项经费使用情况未公开的，每村扣0.2分，最高扣1分。",
                "查阅账目", indicator="经费保障"),
        )),
        Section("村级组织建设", "二、村级组织建设（30分）", 30, (
            Row("每年开展一次村党组织分类定级，对排查确定的软弱涣散村党组织制定“一村一策”整顿方案，落实县级领导包联、乡镇领导包村，"
                "当年整顿转化率达到100%。", 6,
                "未开展分类定级的扣2分；整顿方案不具体的扣1分；整顿后未转化的，每个扣2分。", "查阅资料、实地抽查",
                indicator="分类定级"),
            Row("村党组织书记全部实行县级备案管理；全乡镇村党组织书记中大专及以上学历的占比达到百分之四十，45周岁以下的占比达到百分之"
                "五十；乡镇党委每年对村党组织书记开展一次全覆盖轮训。", 6,
                "未实行备案管理的扣1分；学历、年龄结构未达标的，每项扣1分；未开展全覆盖轮训的扣2分。", "查阅资料",
                indicator="头雁队伍"),
            Row("每个村储备村级后备力量不少于2名，其中35周岁以下的不少于1名；落实村干部学历提升计划，参加学历提升的村干部比例不低于"
                "百分之十。", 5,
                "后备力量不足的，每个村扣0.5分，最高扣2分；学历提升比例未达标的扣1分。", "查阅资料", indicator="后备力量"),
            Row("指导各村党组织规范落实“三会一课”、主题党日、组织生活会和民主评议党员等制度，乡镇党委每半年开展一次组织生活专项督查；"
                "村级组织生活在“甘肃党建”信息化平台全程纪实，纪实率达到100%。", 6,
                "专项督查每少1次扣1分；平台纪实率每低1个百分点扣0.2分，最高扣2分；抽查发现村党组织“三会一课”不落实的，每个村扣0.5分。",
                "平台核查、实地抽查", indicator="组织生活"),
            Row("推行村级“小微权力”清单制度，清单在村务公开栏公开；乡镇每年对村级财务开展一次审计，村“两委”主要负责人离任的进行离任"
                "审计。", 7,
                "未制定“小微权力”清单的扣2分；清单未公开的，每村扣0.5分；未开展年度审计的扣2分；应离任审计未审计的，每人扣1分。",
                "查阅资料、实地抽查", indicator="村级权力"),
        )),
        Section("党员队伍建设", "三、党员队伍建设（20分）", 20, (
            Row("年初制定发展党员工作计划，报县委组织部审批；农村发展党员中35周岁以下的占比不低于百分之六十；两年以上未发展党员的村"
                "实现动态清零。", 6,
                "未制定发展党员计划的扣1分；35周岁以下占比每低5个百分点扣0.5分；仍有两年以上未发展党员村的，每个扣1分；发展党员违反"
                "程序的，每人扣2分。", "查阅资料、平台核查", indicator="发展党员"),
            Row("组织开展农村党员冬春训，党员参训率达到95%以上，每名党员集中培训不少于3天或24学时；依托远程教育站点每月组织党员集中"
                "学习一次。", 5,
                "参训率每低1个百分点扣0.2分；培训时间不足的扣1分；集中学习每少1次扣0.2分，最高扣1分。", "查阅资料、平台核查",
                indicator="教育培训"),
            Row("全面排查流动党员、失联党员，失联党员查找率达到100%；党员组织关系转接通过“甘肃党建”平台规范办理；每半年开展一次党员"
                "信息核查。", 5,
                "失联党员未查找的，每人扣0.5分；组织关系转接不规范的，每人次扣0.2分；信息核查每少1次扣0.5分。", "平台核查",
                indicator="党员管理"),
            Row("“七一”前后开展一次“两优一先”评选表彰；落实老党员、生活困难党员走访慰问，慰问资金按时足额发放到人。", 4,
                "未开展评选表彰的扣1分；慰问资金未按时足额发放的扣2分；慰问对象不精准的，酌情扣0.5—1分。", "查阅资料、个别谈话",
                indicator="关怀激励"),
        )),
        Section("党建引领乡村振兴和基层治理", "四、党建引领乡村振兴和基层治理（30分）", 30, (
            Row("全面消除集体经济薄弱村，年经营性收入5万元以上的村占比达到100%，10万元以上的村占比达到百分之五十以上；村集体“三资”"
                "管理规范。", 8,
                "经营性收入5万元以下的村，每个扣1分；10万元以上的村占比每低5个百分点扣0.5分；“三资”管理混乱被审计通报的，每村扣1分。",
                "查阅账目", indicator="集体经济"),
            Row("围绕马铃薯、中药材、草畜等特色产业，推行“村党组织+合作社+农户”模式，每个村党组织至少领办1个合作社；乡镇每年组织致富"
                "带头人培训不少于2期。", 6,
                "村党组织未领办合作社的，每个扣0.5分，最高扣2分；培训每少1期扣1分；合作社空壳运行被通报的，每个扣0.5分。",
                "查阅资料、实地抽查", indicator="产业带动"),
            Row("推广“党建+网格”治理模式，村级网格员配备全覆盖；乡镇每月召开一次综治例会，矛盾纠纷化解率达到95%以上；全年无重大群体性"
                "事件。", 6,
                "网格员配备不到位的扣1分；综治例会每少1次扣0.5分；化解率每低1个百分点扣0.2分；发生重大群体性事件的，本项不得分。",
                "查阅资料、向县委政法委核实", indicator="基层治理"),
            Row("村级党群服务中心面积达标、功能完善，实行“一站式”服务；乡镇党委每年对村级阵地开展一次专项检查，对闲置、挪用问题限期"
                "整改。", 5,
                "阵地不达标的村，每个扣0.5分；未开展专项检查的扣1分；闲置、挪用问题未整改的，每个扣1分。", "实地抽查",
                indicator="阵地建设"),
            Row("乡镇党委班子成员、村党组织书记无违纪违法问题；基层党建工作无被省、市通报的负面问题。", 5,
                "乡镇党委班子成员受到党纪政务处分的，每人扣2分；村党组织书记受到党纪处分的，每人扣1分；基层党建工作被市级以上通报批评"
                "的，实行一票否决，本项不得分。", "向县纪委监委核实", indicator="负面清单"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核要点", "评分标准", "分值", "考核方式"]
NOTE = ("说明：1.考核由县委组织部牵头，会同县委党建工作领导小组成员单位组成考核组，采取听取汇报、查阅资料、平台核查、实地抽查、个别"
        "谈话相结合的方式进行，每个乡镇随机抽查不少于3个村；2.各项扣分以该项分值为限，扣完为止；3.考核结果与乡镇党委书记抓基层党建"
        "述职评议结果综合运用，作为乡镇领导班子年度考核和评先评优的重要依据。")


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：全县各乡镇党委）")
    document.add_paragraph("乡镇：                    考核组：                    考核时间：2025年12月")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)),
                     (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 4, t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
