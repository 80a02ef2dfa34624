"""白沙镇2026年度村党组织“堡垒指数”积分考核表 (.xlsx), as a 镇党委组织办 sends it to its 村党组织.

A merged title row and a "村名：… 村党组织书记：… 填报日期：…" row above the header 类别 | 指标 | 指标说明 | 分值 |
计分规则 | 佐证资料. No 序号 column (the importer numbers items by position). 类别 (the category) is merged down its
rows and printed with its points in half-width brackets ("班子队伍(20分)"); 指标 is a short sub-label per row
(`Row.indicator`); 指标说明 holds terse government wording (“三会一课”规范化、“四议两公开”、村务监督委员会、集体经济、
乡村振兴、冬春训) with deadlines such as "6月底前", "每年11月至次年3月", "11月底前"; 计分规则 holds the deduction
rules (one band list); 佐证资料 names the papers the village hands in (`Row.method`). A 合计 row and a 备注 row close
the sheet.
"""

from __future__ import annotations

from pathlib import Path

from .model import Row, Section, Table, _fmt  # noqa: F401

TABLE = Table(
    name="c_cun_baolei_xlsx",
    fmt="xlsx",
    title="白沙镇2026年度村党组织“堡垒指数”积分考核表",
    numbering="position",
    sections=(
        Section("班子队伍", "班子队伍(20分)", 20, (
            Row("村“两委”班子职数配齐，成员中35岁以下的不少于1名、大专及以上学历的不少于2名；储备村级后备力量不少于2名。", 4,
                "职数空缺超过3个月的扣1分；年龄、学历结构每缺1名扣0.5分；后备力量每少1名扣0.5分。",
                "班子成员名册、后备力量名单", "班子结构"),
            Row("村党组织书记年内参加县级以上集中培训累计不少于5天，每季度向镇党委书面报告1次抓党建工作情况，年底向镇党委"
                "述职。", 4,
                "培训时间不足的扣1分；书面报告每少1次扣0.5分；未述职的扣1分。",
                "培训通知、书面报告、述职报告", "书记履职"),
            Row("村务监督委员会主任原则上由村党组织纪检委员担任，监委会成员每月列席村“两委”联席会议，每季度开展1次村级财务"
                "监督检查，检查结果张榜公布。", 4,
                "监委会主任人选不符合要求的扣1分；未列席的，每次扣0.2分；财务监督检查每少1次扣0.5分；检查结果未公布的扣0.5分。",
                "列席记录、监督检查记录、公布照片", "村务监督"),
            Row("村“两委”成员年初公开作出履职承诺，年底兑现承诺情况接受党员群众评议，评议满意率不低于85%。", 4,
                "未作承诺的扣1分；未开展年底评议的扣1分；满意率每低1个百分点扣0.2分。",
                "承诺书、评议测评表", "承诺践诺"),
            Row("落实村级小微权力清单制度，权力清单和运行流程图张贴上墙，村干部年内无违纪违法问题。", 4,
                "未制定村级小微权力清单的扣2分；清单、流程图未上墙的扣1分（现场查看）；村干部受到党纪政务处分的，本项不得分。",
                "权力清单文本", "小微权力"),
        )),
        Section("组织生活", "组织生活(25分)", 25, (
            Row("“三会一课”规范化：支部党员大会每季度至少召开1次，支委会每月召开1次，党小组会原则上每月召开1次；书记每年讲"
                "党课不少于2次，其他班子成员每人每年至少讲1次。", 7,
                "会议每少开1次扣0.5分；党课每少1次扣1分；会议记录不规范的，酌情扣1-2分。",
                "会议记录本、党课讲稿", "三会一课"),
            Row("每月固定1天开展主题党日，全年不少于12次，党员参加率不低于90%，外出务工党员可通过线上方式参加。", 4,
                "每少1次扣0.5分；参加率每低5个百分点扣0.5分。",
                "活动方案、签到表、活动照片", "主题党日"),
            Row("每年1—2月召开上年度组织生活会，同步开展民主评议党员，评定为不合格的党员按规定稳妥处置。", 5,
                "未召开组织生活会的扣3分；未开展民主评议党员的扣2分；不合格党员处置不到位的扣1分。",
                "会议记录、民主评议测评表", "组织生活会"),
            Row("村党组织书记与班子成员、班子成员与党员之间每年至少开展一次谈心谈话，对思想有波动、家庭有困难的党员随时谈。", 3,
                "谈心谈话未覆盖的，每缺1人扣0.2分。",
                "谈心谈话记录", "谈心谈话"),
            Row("组织生活全程纪实，“三会一课”、主题党日开展情况在“智慧党建”平台及时录入，录入率达到100%。", 3,
                "平台录入率每低10个百分点扣0.5分。",
                "平台截图", "纪实管理"),
            Row("坚持“控制总量、优化结构、提高质量”，每两年至少发展1名35岁以下党员；入党积极分子每半年考察1次，预备党员"
                "预备期满按期讨论转正，发展对象公示不少于5个工作日。", 3,
                "两年内未发展党员的扣1分；考察记录每缺1次扣0.2分；违反程序发展党员的，本项不得分。",
                "发展党员档案", "发展党员"),
        )),
        Section("党员管理", "党员管理(15分)", 15, (
            Row("党员按月足额交纳党费，党费收缴实行台账管理，每半年公示1次收缴情况。", 3,
                "每发现1人次未按月交纳扣0.2分；无收缴台账的扣1分；未公示的扣0.5分。",
                "党费收缴台账、公示材料", "党费收缴"),
            Row("每年11月至次年3月组织党员冬春训，全体党员集中轮训累计不少于24学时，参训率不低于百分之九十五。", 4,
                "冬春训未开展的，本项不得分；参训率低于95%的扣1分；学时不足的扣1分。",
                "培训方案、签到表", "冬春训"),
            Row("开展无职党员设岗定责，结合乡村振兴设置政策宣传、环境整治、产业帮带等岗位，有劳动能力的无职党员设岗率达到"
                "百分之百；年底评选党员示范户不少于3户并挂牌。", 4,
                "设岗率每低10个百分点扣0.5分；未评选示范户的扣1分；示范户每少1户扣0.3分。",
                "设岗定责花名册、示范户名单", "设岗定责"),
            Row("党员信息实行动态管理，全国党员管理信息系统数据准确率达到100%；每半年开展一次失联党员排查，排查情况报镇党委。", 4,
                "系统信息每错漏1项扣0.2分；未开展失联党员排查的，每次扣1分。",
                "系统数据、排查台账", "信息管理"),
        )),
        Section("治理服务", "治理服务(20分)", 20, (
            Row("村级重大事项决策严格执行“四议两公开”，经村党组织提议、“两委”会议商议、党员大会审议、村民代表会议决议，"
                "决议和实施结果在村务公开栏公开，公开时间不少于7天。", 6,
                "重大事项未经“四议两公开”程序的，每件扣2分；会议记录不规范的扣0.5分；决议或实施结果未公开的，每件扣0.5分。",
                "“四议”会议记录、公开照片", "四议两公开"),
            Row("党务、村务、财务“三务”公开，常规事项每季度公开1次，集体资金收支每月公开1次，群众知晓率达到百分之八十以上。", 4,
                "公开每少1次扣0.5分；知晓率低于80%的扣1分。",
                "公开栏照片、问卷", "三务公开"),
            Row("全村划分网格，每个网格明确1名党员网格员，网格员每月走访网格内农户实现全覆盖，矛盾纠纷就地化解率达到95%以上，"
                "全年无越级上访。", 5,
                "走访未全覆盖的扣1分；化解率每低1个百分点扣0.2分；发生越级上访的，每起扣1分。",
                "网格员名单、矛盾纠纷调处台账", "网格治理"),
            Row("村党群服务中心规范运行，村干部轮流坐班，推行代办服务，全年为群众代办事项不少于50件，群众满意度不低于90%。", 5,
                "未实行坐班代办的扣1分；代办事项每少1件扣0.1分，最多扣2分；满意度90%以上得2分，80%—90%得1分，80%以下不得分。",
                "坐班记录、代办台账、满意度测评表", "便民服务"),
        )),
        Section("发展带富", "发展带富(20分)", 20, (
            Row("发展壮大村级集体经济，村集体经营性收入达到10万元以上，较上年增长不低于百分之十；集体经济项目须经村民代表会议"
                "决议，收益分配方案张榜公示。", 8,
                "经营性收入未达到10万元的扣3分；增长低于10%的扣2分；项目未经村民代表会议决议的，每个扣1分；收益分配方案未公示"
                "的扣1分。",
                "村级财务报表、决议记录、公示照片", "集体经济"),
            Row("围绕乡村振兴，村党组织领办合作社或特色产业项目不少于1个，培育党员“双带”示范户不少于2户，每半年召开1次产业"
                "发展联席会议。", 4,
                "未领办合作社或产业项目的扣2分；“双带”示范户每少1户扣0.5分；联席会议每少开1次扣0.5分。",
                "合作社登记证明、项目资料", "产业带动"),
            Row("村级党群服务中心面积不少于200平方米，做到有标识标牌、有党旗党徽、有制度上墙、有服务窗口，每年6月底前完成阵地"
                "提档升级自查。", 4,
                "“四有”每缺1项扣0.5分（现场查看）；未开展自查的扣1分。",
                "自查报告", "阵地建设"),
            Row("年初制定村党组织年度工作计划和“堡垒指数”提升清单，6月底前报送半年工作小结，每年11月底前报送年度工作总结。", 4,
                "计划、清单、小结、总结每缺1项扣1分；逾期报送的，每次扣0.5分。",
                "计划、清单、小结、总结文本", "计划总结"),
        )),
    ),
)

NOTE = ("备注：1.各项分值扣完为止，不倒扣；2.“堡垒指数”90分以上为“五星”，80—89分为“四星”，60分以下列为软弱涣散村党组织"
        "整顿对象；3.佐证资料由村党组织按指标顺序整理成册，考核时一并提交。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, Side

    header = ["类别", "指标", "指标说明", "分值", "计分规则", "佐证资料"]
    ncols = len(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "堡垒指数"
    ws.append([t.title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncols)
    ws.cell(1, 1).font = Font(name="方正小标宋简体", size=18)
    ws.cell(1, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 36
    ws.append(["村名：              村党组织书记：              填报日期：2026年    月    日"])
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=ncols)
    ws.append(header)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c in range(1, ncols + 1):
        ws.cell(3, c).font = Font(name="黑体", bold=True)
        ws.cell(3, c).alignment = Alignment(horizontal="center", vertical="center")
    wrap = Alignment(wrap_text=True, vertical="center")
    for s in t.sections:
        first = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 4).alignment = Alignment(horizontal="center", vertical="center")
        ws.merge_cells(start_row=first, start_column=1, end_row=ws.max_row, end_column=1)
        ws.cell(first, 1).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.append(["合计", None, None, t.total, None, None])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=3)
    ws.cell(ws.max_row, 1).alignment = Alignment(horizontal="center")
    for r in range(3, ws.max_row + 1):
        for c in range(1, ncols + 1):
            ws.cell(r, c).border = box
    ws.append([NOTE])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=ncols)
    ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True)
    ws.row_dimensions[ws.max_row].height = 48
    for col, width in zip("ABCDEF", (10, 11, 56, 6, 46, 22), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A4"
    wb.save(str(path))
