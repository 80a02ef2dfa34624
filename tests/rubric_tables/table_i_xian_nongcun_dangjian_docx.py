"""临溪县2026年度农村基层党组织“星级管理”评分细则 (.docx), as a 县委组织部 attaches it to its notice on 星级管理 and
sends it through the 乡镇党委 to every 村党组织.

An 附件 line, the issuer ("中共临溪县委组织部"), the title (bold, centred) and a centred "（适用于全县各村党组织）" line
above one table: 项目 | 评分内容 | 分值 | 评分方法 | 备注. There is no 序号 column: each 评分内容 cell opens with its own
bracketed Chinese ordinal, restarting under every 项目 ("（一）村党组织书记…", "（二）…"), so the items are "c.i"
(numbering "restart"); `Row.text` holds the cell without its ordinal. 项目 (the category) is merged down its rows and
printed with its ordinal and points ("一、班子队伍建设（20分）"). 评分内容 is long county prose: 一肩挑 and 交叉任职,
年初承诺 and 年中、年底 reports, 后备力量 “一人一档”, 党员积分制, 冬春训 (每年11月至次年3月, 不少于5天（或不少于40学时）),
“三会一课”, “五个阶段、二十五个步骤”, 村级组织活动场所 “六有” (200平方米), “三务公开” (每季度), 村务监督委员会, 集体
经济 (年经营性收入10万元, a band list in 万元), 合作社, “三资”, 网格 and 联系户, 村规民约, 满意度测评. 评分方法 mixes fixed
and per-unit deductions, caps, "酌情扣1—2分", "酌情扣分", "本项不得分" and "实行一票否决，本项不得分". 备注 (`Row.method`)
says how the row is checked and is blank in some rows. After the five scored 项目 comes "六、否决项": two 软弱涣散 /
违纪违法 rows whose 分值 prints "—" (0 points in the model, outside the 100) and whose 评分方法 sets the star grade. A 合计
row (合计 merged over 项目..评分内容) and a 说明 paragraph (the star grades) close the document.
"""

from __future__ import annotations

from pathlib import Path

from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="i_xian_nongcun_dangjian_docx",
    fmt="docx",
    title="临溪县2026年度农村基层党组织“星级管理”评分细则",
    numbering="restart",
    sections=(
        Section("班子队伍建设", "一、班子队伍建设（20分）", 20, (
            Row("村党组织书记政治素质好、带富能力强、群众威信高，原则上通过法定程序担任村民委员会主任和村级集体经济组织"
                "负责人，村“两委”班子成员交叉任职比例达到50%以上，班子中至少有1名35周岁以下的年轻干部。", 5,
                "书记未实行“一肩挑”的扣2分；交叉任职比例每低10个百分点扣0.5分；班子中无35周岁以下成员的扣1分。",
                "查阅资料"),
            Row("村党组织书记年初向乡镇党委作出年度履职承诺，年中、年底分别向乡镇党委报告一次抓党建工作情况；年底在村党员"
                "大会上述职，接受党员群众评议，评议满意度不低于80%。", 5,
                "未作承诺的扣1分；报告每少一次扣0.5分；未述职评议的扣2分；满意度低于80%的扣1分。",
                "查阅资料、个别谈话"),
            Row("每村储备村级后备力量不少于2名，其中35周岁以下的不少于1名，后备力量实行“一人一档”动态管理，由乡镇党政班子"
                "成员结对培养。", 4,
                "后备力量每少1名扣1分；无35周岁以下后备力量的扣1分；未建立培养档案的扣0.5分。",
                "查阅资料"),
            Row("村党组织书记每年参加县级以上集中培训不少于5天，村“两委”其他成员每年至少轮训一遍、培训时间不少于3天。", 3,
                "书记培训时间不足的扣1分；其他成员未参加轮训的，每人扣0.5分。",
                "以县委党校培训记录为准"),
            Row("村“两委”班子团结协作，认真执行民主集中制，村级重大事项决策严格落实“四议两公开”，会议记录完整规范；村干部"
                "廉洁自律，年内无违纪违法问题。", 3,
                "“四议两公开”程序不规范的，每件扣1分；村干部受到党纪政务处分的，本项不得分；班子不团结、工作推不开的，"
                "酌情扣1—2分。",
                ""),
        )),
        Section("党员教育管理", "二、党员教育管理（24分）", 24, (
            Row("全面推行农村党员积分制管理，建立党员积分档案，积分情况每季度在村务公开栏公示一次，年底根据积分评定星级"
                "党员，对积分排名靠后的党员由村党组织书记进行约谈提醒。", 6,
                "未推行党员积分制管理的，本项不得分；积分公示每少一次扣0.5分；年底未评定星级党员的扣1分；应约谈未约谈的，"
                "每人扣0.2分。",
                "查阅资料"),
            Row("每年11月至次年3月集中开展农村党员冬春训，每名党员参训时间不少于5天（或不少于40学时），参训率达到百分之九十"
                "以上；对年老体弱、行动不便的党员采取送学上门等方式组织学习。", 6,
                "未开展冬春训的扣3分；参训时间不足的，每人扣0.1分，最多扣2分；参训率每低1个百分点扣0.1分。",
                "查阅培训资料"),
            Row("严格落实“三会一课”制度，支部党员大会每季度至少召开1次，支委会、党小组会每月各召开1次，党课每季度1次；每月"
                "10日前后固定开展主题党日活动，外出务工党员可通过线上方式参加。", 6,
                "会议每少开一次扣0.5分；党课每少一次扣0.5分；主题党日每少一次扣0.3分；会议记录不规范的，酌情扣分。",
                "查阅会议记录本"),
            Row("坚持把政治标准放在首位，严格按照“五个阶段、二十五个步骤”发展党员，每两年至少发展1名党员，注重从致富能手、"
                "返乡大学生、退役军人中发展；建立流动党员台账，外出流动党员每季度至少联系一次。", 6,
                "两年内未发展党员的扣2分；发展程序不规范的，每例扣1分；违规发展党员的，实行一票否决，本项不得分；无流动党员"
                "台账的扣1分，联系每少一次扣0.2分。",
                "查阅发展党员档案"),
        )),
        Section("阵地建设与村务管理", "三、阵地建设与村务管理（18分）", 18, (
            Row("村级组织活动场所面积原则上不少于200平方米，做到“六有”（有标识牌匾、有党旗、有入党誓词、有制度上墙、有党员"
                "活动室、有便民服务窗口），功能完善、规范使用，不得挪作他用；场所有专人管理，每周开放不少于5天。", 6,
                "场所面积不达标的扣2分；“六有”每缺一项扣0.5分；场所被挪用、长期闲置的，本项不得分；开放不正常的，发现一次"
                "扣0.5分。",
                "实地查看"),
            Row("全面落实党务、村务、财务“三务公开”，常规事项每季度公开一次，涉及群众切身利益的重大事项随时公开，公开内容"
                "真实、具体，公开资料拍照存档备查。", 6,
                "公开每少一次扣0.5分；公开内容不真实、不具体的扣1分；未拍照存档的扣0.5分。",
                "查阅资料、实地查看"),
            Row("村务监督委员会依法履行监督职责，列席村“两委”会议，每季度对村级财务开展1次监督检查，每半年向村党组织和村民"
                "代表会议报告一次监督情况；监委会主任原则上由村党组织纪检委员担任。", 6,
                "监委会未发挥监督作用的扣2分；监督检查每少1次扣0.5分；报告每少一次扣0.5分；主任人选不符合要求的扣1分。",
                ""),
        )),
        Section("发展集体经济", "四、发展集体经济（20分）", 20, (
            Row("发展壮大村级集体经济，村集体年经营性收入达到10万元以上，且较上年增长不低于10%。", 8,
                "年经营性收入10万元以上的得8分，5万元（含）—10万元的得5分，3万元（含）—5万元的得3分，3万元以下的不得分；"
                "较上年增长低于10%的扣1分。",
                "以县农业农村局统计年报为准"),
            Row("村党组织领办村股份经济合作社或专业合作社不少于1个，推行“党组织+合作社+农户”模式带动群众增收；集体经济项目"
                "须经村民代表会议决议，收益分配方案张榜公示不少于7天。", 6,
                "未领办合作社的扣3分；项目未经村民代表会议决议的，每个扣1分；收益分配方案未公示的扣1分；带动作用不明显的，"
                "酌情扣0.5—1分。",
                "查阅资料"),
            Row("规范农村集体“三资”管理，建立资金、资产、资源台账，每年开展一次清产核资，村级财务实行“村账镇代管”，大额支出"
                "须经村“两委”联审、监委会审核。", 6,
                "无“三资”台账的扣2分；未开展年度清产核资的扣1分；违规使用集体资金的，本项不得分；财务审批手续不全的，发现"
                "一笔扣0.5分。",
                "查阅财务资料"),
        )),
        Section("基层治理", "五、基层治理（18分）", 18, (
            Row("健全“村党组织—网格党小组—党员联系户”组织体系，每名党员联系农户5至10户，每月至少走访联系户一次，走访情况"
                "记入《党员联系户登记簿》。", 6,
                "组织体系不健全的扣1分；走访每少一次扣0.2分，最多扣2分；无登记簿的扣1分。",
                "查阅资料、入户抽查"),
            Row("修订完善村规民约，成立红白理事会，推进移风易俗，村内无大操大办、封建迷信等不良风气；每月开展一次矛盾纠纷"
                "排查，矛盾纠纷就地化解率达到95%以上。", 6,
                "无村规民约或未成立红白理事会的扣1分；发现大操大办等问题的，每起扣0.5分；排查每少一次扣0.3分；化解率低于"
                "95%的扣1分。",
                ""),
            Row("年底由县委组织部组织开展农村基层党建群众满意度测评，群众对村党组织的满意度不低于85%。", 6,
                "满意度85%以上得6分，75%（含）—85%得4分，65%（含）—75%得2分，65%以下不得分。",
                "问卷调查"),
        )),
        # Outside the base 100: 0 points in the model; the 分值 cell prints "—".
        Section("否决项", "六、否决项", 0, (
            Row("村党组织被县委确定为软弱涣散村党组织，且整顿期满未通过验收销号的。", 0,
                "实行一票否决，当年不得评定为三星级以上。", ""),
            Row("村“两委”班子成员发生严重违纪违法行为，或村内发生重大群体性事件、重大安全生产事故，造成恶劣社会影响的。", 0,
                "实行一票否决，当年星级评定直接定为一星级。", ""),
        )),
    ),
)

ISSUER = "中共临溪县委组织部"
SCOPE = "（适用于全县各村党组织）"
VETO_PRINTED = "—"  # what the 分值 cell of a 否决项 row shows
ORDINALS = "一二三四五六七八九十"
NOTE = ("说明：1.本细则满分100分，各项扣分以该项分值为限，扣完为止；2.星级评定：95分以上为五星级，85—94分为四星级，"
        "75—84分为三星级，60—74分为二星级，60分以下为一星级；3.有否决项情形之一的，按否决项规定定级；4.评定结果由乡镇"
        "党委初评、县委组织部审定，与村干部绩效报酬挂钩。")


def build(t: Table, path: Path) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    header = ["项目", "评分内容", "分值", "评分方法", "备注"]
    n_items = sum(len(s.rows) for s in t.sections)
    document = docx.Document()
    document.add_paragraph("附件2")
    issuer = document.add_paragraph(ISSUER)
    issuer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(t.title)
    run.bold = True
    run.font.size = Pt(18)
    scope = document.add_paragraph(SCOPE)
    scope.alignment = WD_ALIGN_PARAGRAPH.CENTER
    tbl = document.add_table(rows=1 + n_items + 1, cols=len(header))
    tbl.style = "Table Grid"
    for c, head in enumerate(header):
        tbl.cell(0, c).text = head
    r = 1
    for s in t.sections:
        first = r
        for i, row in enumerate(s.rows):
            points = VETO_PRINTED if s.points == 0 else _fmt(row.points)
            tbl.cell(r, 1).text = f"（{ORDINALS[i]}）{row.text}"  # the ordinal printed inside the cell
            tbl.cell(r, 2).text = points
            tbl.cell(r, 3).text = row.scoring
            if row.method:
                tbl.cell(r, 4).text = row.method
            r += 1
        tbl.cell(first, 0).merge(tbl.cell(r - 1, 0)).text = s.printed
    tbl.cell(r, 0).merge(tbl.cell(r, 1)).text = "合计"
    tbl.cell(r, 2).text = _fmt(t.total)
    document.add_paragraph(NOTE)
    document.save(str(path))
