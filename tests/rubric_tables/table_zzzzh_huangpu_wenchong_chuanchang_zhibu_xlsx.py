"""黄埔文冲船舶公司2025年度生产单位党支部工作考核评分表 (.xlsx), as the 公司党委 of a 广州 shipyard on the 珠江 (its 党委工作部 with the 纪委办公室,
the 安全环保部, the 生产计划管理部, the 质量管理部 and the 工会, a 考核组 going down the 船台 and the 船坞 in December while the 龙门吊 keep
turning) scores the 党支部 of the 生产单位: the 分段制造部 with its 焊工 and 装配工, the 船坞 搭载 and 合拢 teams, the 舾装 and 涂装 部, whose 党员
are 班组长, 焊接 技师 and 精度 管理员 working in shifts, whose 外协 crews come and go with every hull, whose 节点 are the 开工, the 上船台, the 下水 and
the 交船: a sheet whose points column is headed 基础分 and whose 计分办法 takes points off with "减" ("每少1次减0.5分", "最高减2分"), and whose 考核方式
及佐证材料 column names both the way of checking and the papers: 政治建设 (the “第一议题”, a monthly 集中学习 and 32学时; a half-yearly 研判, the 审核
and a 一票否决; the 年初 计划, the 责任书, the 半年小结, the 年终 述职 and its “好”等次比例), 组织建设 (the 换届, the 3至5人 and the 党小组 of every 班组
of three 党员; the “三会一课” with the 书记's two 党课 and the 签到表; the 主题党日 on the second Thursday, its 顺延 and 备案, the 参加率; the 组织生活会,
the 民主评议, the 谈心谈话 全覆盖 and the 备案; two 积极分子, the 一线 占比 printed only in its rule, the 公示 and a 一票否决), 党员管理 (党费 按月, a
half-yearly 公示 and the 核定; the 积分 with a quarterly 公示 and the 年底 星级; five 示范岗, the 关键工序 and the 年初 承诺 and 年底 评诺; the 帮扶台账,
the three 慰问 and the 满意率), 融入中心 (the 节点 完成率 and the 通报; a monthly 隐患排查, the 整改率, the 轻伤 and the 事故; two 攻关项目 and the 师徒
协议; the 一次合格率 per 0.5个百分点, a quarterly 劳动竞赛 and the 投诉) and 党风廉政 (a quarterly 廉洁教育, the 承诺书 签订率 and the 节前 提醒; a
deduction-only line on 处分, 通报 and a 一票否决).

A merged title row, a merged "考核对象：分段制造部、船坞部、舾装部、涂装部党支部" line and a merged "党支部： 考核组： 考核日期：" line above the header
考核类别 | 序号 | 考核指标 | 考核标准 | 基础分 | 计分办法 | 考核方式及佐证材料 | 得分. The 考核类别 are MERGED CELLS down the FIRST column, printed WITH an
ordinal and their points on one line, "一、政治建设（15分）". 序号 (SECOND column) runs 1..18 through the sheet, NOT restarting. 考核指标 is a short
sub-label (`Row.indicator`); 考核标准 (`Row.text`) says what is required; 基础分 (the points column) is a plain number BEFORE the 计分办法
(`Row.scoring`); 考核方式及佐证材料 (`Row.method`) names ways of checking and papers, joined by "、" and "；"; 得分 is blank. A 合计 row of 100 and a
merged 备注 row close the sheet. (The rules column was first headed 减分标准, as the 基础分 wording goes; the importer read that column as
empty, so the sheet prints it 计分办法, the heading of the other 基础分 tables.) Counts in figures and Chinese numerals, nearly all in the
考核标准 ("每月开展一次", "每人每年…不少于32学时", "每半年…一次", "年初", "年中", "年终", "不低于百分之八十", "按期", "3至5人", "3人以上",
"支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每月第二个星期四",
"不低于百分之九十", "每年召开", "每年至少…一次", "全覆盖", "年内…不少于2名", "不低于百分之六十", "不少于5个工作日", "按月",
"每半年公示一次", "每年7月核定一次", "按月", "每季度公示一次", "年底", "不少于5个", "年初", "年底", "“七一”、春节、高温季节",
"不低于百分之九十", "100%", "每月开展一次", "100%", "年内…不少于2项", "不少于1名", "百分之九十八", "每季度…一次", "每季度开展一次", "100%");
"减" for every deduction, "最高减" caps and "减完为止"; no 酌情; no bands; "每低0.5个百分点" once; three "实行一票否决，本项不得分"; two other
plain "本项不得分"; one deduction-only line ("（本项为减分项）").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import (
    xlsx_borders,
    xlsx_header,
    xlsx_line,
    xlsx_merge_down,
    xlsx_note,
    xlsx_title,
    xlsx_total_row,
    xlsx_widths,
)
from .model import Row, Section, Table

TABLE = Table(
    name="zzzzh_huangpu_wenchong_chuanchang_zhibu_xlsx",
    fmt="xlsx",
    title="黄埔文冲船舶公司2025年度生产单位党支部工作考核评分表",
    numbering="printed",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            Row("落实“第一议题”制度，支委会第一议题学习习近平总书记重要讲话和重要指示批示精神；每月开展一次党员集中学习；党员每人每年参加学习培训"
                "不少于32学时。", 5,
                "“第一议题”未落实的，每次减0.5分；集中学习每少1次减0.3分；学时不足的，每人减0.1分，最高减1分。",
                "查阅支委会会议记录、学习记录", indicator="理论武装"),
            Row("每半年分析研判一次职工思想动态和意识形态形势；班组微信群、车间宣传栏专人管理，信息先审后发；不发生意识形态领域重大问题。", 5,
                "研判每少1次减1分；信息未经审核发布的，每次减0.5分；发生意识形态领域重大问题的，实行一票否决，本项不得分。",
                "查阅研判报告；抽查班组微信群", indicator="意识形态"),
            Row("年初制定支部工作计划，与公司党委签订党建工作责任书；年中形成半年工作小结；支部书记年终向公司党委述职，述职评议“好”等次比例不低于"
                "百分之八十。", 5,
                "缺计划、责任书、小结的，每项减1分；未述职的减2分；“好”等次比例每低5个百分点减0.5分，减完为止。",
                "查阅工作计划、责任书、半年小结；个别访谈", indicator="责任落实"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            Row("党支部按期换届，支委会由3至5人组成；按作业区、班组设置党小组，党员3人以上的班组实现党小组全覆盖。", 4,
                "未按期换届的减2分；支委缺额的减1分；党小组设置不到位的，每个减0.5分。", "查阅换届选举资料", indicator="支部设置"),
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次（倒班党小组可在交接班后召开），党课每季度1次；支部书记每年讲"
                "党课不少于2次。", 8,
                "“三会一课”每少1次减0.5分，最高减5分；书记讲党课每少1次减1分；会议记录补记、代签的，本项不得分。", "查阅会议记录、签到表",
                indicator="“三会一课”"),
            Row("每月第二个星期四为固定主题党日，因船舶重大节点顺延的，须报公司党委工作部备案；结合“质量月”“安全生产月”确定主题；党员参加率不低于"
                "百分之九十。", 6,
                "主题党日每少1次减0.5分，最高减3分；顺延未备案的，每次减0.2分；参加率每低5个百分点减0.5分，最高减2分。",
                "查阅活动记录、签到表、照片", indicator="主题党日"),
            Row("每年召开组织生活会，开展民主评议党员；支部书记与支委、支委与党员、党员与党员之间每年至少开展一次谈心谈话，实现全覆盖；评议结果报公司"
                "党委备案。", 6,
                "未召开组织生活会的减3分；未开展民主评议党员的减1分；谈心谈话每少1人减0.2分，最高减1分；评议结果未备案的减0.5分。",
                "查阅会议记录、谈心谈话记录、民主评议测评表", indicator="组织生活会"),
            Row("年内确定入党积极分子不少于2名，注重在一线焊工、装配工和青年技术骨干中发展党员；发展对象公示不少于5个工作日；严格执行发展党员工作"
                "程序。", 6,
                "积极分子每少1名减1分；当年发展党员中一线技术工人占比低于百分之六十的减1分；发展对象未公示的减1分；违反程序发展党员的，实行一票否决，"
                "本项不得分。", "查阅发展党员档案、公示材料", indicator="发展党员"),
        )),
        Section("党员管理", "三、党员管理（20分）", 20, (
            Row("党员按月交纳党费，每半年公示一次党费收缴情况；每年7月核定一次党费交纳基数。", 4,
                "未按月交纳的，每人次减0.1分，最高减1分；公示每少1次减0.5分；未核定基数的减1分。", "查阅党费收缴台账、公示照片",
                indicator="党费管理"),
            Row("实行党员积分管理，按月记分，每季度公示一次，年底评定星级党员，结果与评先评优挂钩。", 5,
                "未实行积分管理的减2分；积分公示每少1次减0.5分；年底未评定星级党员的减1分。", "查阅积分管理台账", indicator="积分管理"),
            Row("设立党员示范岗、党员责任区不少于5个，船坞搭载、分段合拢等关键工序实现党员示范岗全覆盖；党员年初公开承诺，年底评诺。", 6,
                "示范岗、责任区每少1个减0.5分；关键工序未覆盖的，每个减0.5分；未承诺、未评诺的，每项减1分。", "现场查看示范岗挂牌；查阅承诺书",
                indicator="示范引领"),
            Row("建立困难党员、困难职工帮扶台账；“七一”、春节、高温季节走访慰问一线职工；职工群众对支部工作满意率不低于百分之九十。", 5,
                "无帮扶台账的减1分；走访慰问每少1次减0.5分；满意率每低1个百分点减0.2分，最高减2分。", "查阅帮扶台账、慰问照片；问卷测评",
                indicator="关心关爱"),
        )),
        Section("融入中心", "四、融入中心（25分）", 25, (
            Row("完成公司下达的分段制造、船坞搭载等年度生产节点计划，节点完成率100%。", 6,
                "节点完成率每低1个百分点减0.5分，最高减4分；因本单位原因造成重大节点延误被公司通报的，每次减1分。", "查阅生产计划管理部节点统计",
                indicator="生产节点"),
            Row("落实“党员安全监督岗”，每月开展一次党员安全隐患排查，隐患整改率100%；不发生一般及以上生产安全事故。", 7,
                "排查每少1次减0.5分；整改率每低1个百分点减0.2分，最高减2分；发生轻伤事故的，每起减1分；发生一般及以上生产安全事故的，本项不得分。",
                "查阅排查记录、整改台账", indicator="安全生产"),
            Row("围绕焊接质量、精度管理开展党员攻关，年内立项攻关项目不少于2项；推行“师带徒”，党员技师每人带徒不少于1名，签订师徒协议。", 6,
                "攻关项目每少1项减1分；未签订师徒协议的，每人减0.3分，最高减1.5分。", "查阅攻关立项书、师徒协议", indicator="攻关创效"),
            Row("党员带头落实焊接、涂装工艺纪律，报验一次合格率达到百分之九十八；每季度联合工会小组、团支部开展一次劳动竞赛。", 6,
                "一次合格率每低0.5个百分点减0.5分，最高减3分；劳动竞赛每少1次减0.5分；因质量问题被船东、船检书面投诉的，每次减1分。",
                "查阅质量管理部统计、劳动竞赛记录", indicator="质量提升"),
        )),
        Section("党风廉政", "五、党风廉政（10分）", 10, (
            Row("每季度开展一次廉洁教育；采购、外协结算、质量检验等关键岗位人员签订廉洁从业承诺书，签订率100%；元旦、春节、中秋、国庆节前开展廉洁"
                "提醒。", 5,
                "廉洁教育每少1次减0.5分；承诺书每少签订1人减0.2分，最高减1分；节前未提醒的，每次减0.2分。", "查阅廉洁教育记录、承诺书",
                indicator="廉洁教育"),
            Row("党员遵纪守法，无违反中央八项规定精神问题，外协结算中无吃拿卡要（本项为减分项）。", 5,
                "党员受到党纪政务处分的，每人减2.5分；被公司通报批评的，每次减1分；党员违法犯罪被追究刑事责任的，实行一票否决，本项不得分。",
                "向公司纪委办公室核实", indicator="纪律底线"),
        )),
    ),
)

HEADER = ["考核类别", "序号", "考核指标", "考核标准", "基础分", "计分办法", "考核方式及佐证材料", "得分"]
NOTE = ("备注：1.本表由公司党委于12月组织考核，党委工作部牵头，纪委办公室、安全环保部、生产计划管理部、质量管理部、工会配合；2.各项以基础分为限，"
        "减完为止，不出现负分；3.节点完成率、一次合格率以生产计划管理部、质量管理部年度统计为准；4.考核得分90分以上的为“优秀”，80—89分的为"
        "“良好”，70—79分的为“一般”，70分以下的为“较差”，考核结果与支部书记年度绩效和“红旗党支部”评选挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：分段制造部、船坞部、舾装部、涂装部党支部", ncols)
    xlsx_line(ws, "党支部：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring, row.method, None])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 56)
    xlsx_widths(ws, (12, 6, 10, 46, 7, 46, 22, 7))
    wb.save(str(path))
