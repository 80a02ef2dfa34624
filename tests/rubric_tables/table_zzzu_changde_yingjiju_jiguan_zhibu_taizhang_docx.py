"""常德市应急管理局2025年度机关党支部台账资料检查评分表 (.docx), as the 机关党委 of the 应急管理局 of 湖南 常德 (its 机关党委办公室 with
the 人事科 and the 派驻纪检监察组, a 检查组 in December with the 台账 boxes laid out on the table) checks the 台账 of the 机关党支部 and of
the 应急救援指挥中心 党支部: a 局 whose 党员 are 执法人员 who go into the 危化品 and 烟花爆竹 企业 and the 非煤矿山 of the 武陵山 edge, whose
汛期 from April to September on the 沅江 and the 洞庭湖 平原 keeps them on 24小时 值班 with a 领导带班, whose 党员突击队 go out to the 地质灾害
and the 防汛 sites, whose 执法案卷 the 省厅 inspects each year: a checklist of the 台账 each 支部 keeps, one line a 台账, what it must hold and
the points taken off: 基础台账 (the 批复 and 分工文件 of the 支部 with the 换届 and the 制度, the 党员花名册 with the 系统, a quarterly 核对,
the 介绍信 and 回执, 党费 with the 签字, a yearly 核定 and a half-yearly 公布, a quarterly 党务公开 with its 登记 and 照片), 组织生活台账 (the
“三会一课” with the 统一记录本 and the 签到表 and no 补记, the monthly 主题党日 with its “四有” 资料, the 参加率 and a yearly 一线 主题党日, the
组织生活会 with 征求意见, 谈心谈话, 对照检查材料, the 民主评议, the 备案, the 整改台账 and the 通报, a yearly 谈心谈话 with its 记录, a monthly
集中学习 with 32学时 and the 学时档案 and a quarterly 专题学习, the 书记's two 党课 and the 局领导's one with the 讲稿 and the 签到), 党员管理
台账 (the “一人一档” with a quarterly 考察 and the 公示 and a 一票否决, the monthly 积分 with a quarterly 公示 and the 谈话提醒, the 关怀帮扶台账
with the “七一”、春节 慰问 and the 照片, the 报到率 with four 志愿服务 a year, the 党员突击队 and a half-yearly 对账), 党建业务融合台账 (the
“党员执法先锋队” with a quarterly “党员进企业”, the “一企一档” and the 合格率 of the 案卷, the 值班表 with a half-yearly 演练, the 报送 and a
一票否决, the 年初 计划 with its 审核, the 7月 半年小结, the 年底 总结 and 述职, the 目录 and the 平台 and a 一票否决).

The title (bold, centred) and a centred "（检查对象：局机关第一、第二党支部，市应急救援指挥中心党支部）" line above one table: 类别 | 序号 | 台账
名称 | 规范要求 | 分值 | 扣分办法 | 检查情况. The categories are MERGED CELLS down the 类别 column (FIRST), printed WITHOUT an ordinal and WITH
their points on one line, "基础台账（20分）". 序号 (SECOND column) RESTARTS at 1 in every category (ids "1.1" … "4.4"). 台账名称 is a short
sub-label (`Row.indicator`); 规范要求 says what the 台账 must hold (`Row.text`). 分值 is a plain number BEFORE the 扣分办法; 检查情况 is blank.
A 合计 row of 100 closes the table; a "说明：" paragraph and three numbered paragraphs follow it. Counts in figures and Chinese numerals,
nearly all in the 规范要求 ("每季度核对一次", "每月", "每年7月核定一次", "每半年…公布一次", "每季度至少一次", "支部委员会每月召开1次，支部党员
大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每月固定一天", "每年至少一次", "每年召开一次", "每年…不少于1次", "每月至少…一次",
"每年…不少于32学时", "每季度开展一次", "每年…不少于2次", "每年…不少于1次", "每季度考察一次", "按月", "每季度公示一次", "年度", "“七一”、
春节前", "每年…不少于4次", "每半年…对账一次", "每季度开展一次", "4月至9月", "24小时", "每半年组织一次", "年初", "7月", "年底"); "3至5人";
"不少于5个工作日"; "百分之九十", "100%"; "每缺一项扣0.3分" once, "缺一项扣0.5分" once and "缺一项扣0.1分" once; "最高扣" caps; "酌情扣0.5分"
once and "酌情扣0.5-1分" once; no bands; three "实行一票否决，本项不得分"; three other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzu_changde_yingjiju_jiguan_zhibu_taizhang_docx",
    fmt="docx",
    title="常德市应急管理局2025年度机关党支部台账资料检查评分表",
    numbering="restart",
    sections=(
        Section("基础台账", "基础台账（20分）", 20, (
            Row("党支部成立或换届批复、支部委员分工文件齐全；支部委员会由3至5人组成，按期换届；建立支部工作制度汇编，“三会一课”、主题党日、"
                "谈心谈话、党员积分管理等制度齐全。", 5,
                "换届批复、分工文件每缺1份扣0.5分；未按期换届的扣2分；制度每缺一项扣0.3分，最高扣1.5分。", indicator="支部基本情况"),
            Row("党员花名册注明姓名、出生年月、入党时间、学历、职务等信息，与全国党员管理信息系统一致，每季度核对一次；组织关系转入转出有介绍"
                "信存根和回执。", 5,
                "无花名册的扣1分；信息与系统不一致的，每人扣0.2分，最高扣1分；核对每少1次扣0.3分；转接材料不全的，每人扣0.5分。",
                indicator="党员花名册"),
            Row("党员每月交纳党费，台账逐月登记、本人签字；每年7月核定一次交纳基数；党费收缴、使用情况每半年向党员公布一次。", 5,
                "未按月交纳的，每人次扣0.1分，最高扣1.5分；台账无本人签字的扣0.5分；未核定基数的扣1分；公布每少1次扣0.5分。",
                indicator="党费收缴台账"),
            Row("党务公开每季度至少一次，重要事项随时公开；公开内容、时间、形式登记在册；公开栏照片存档。", 5,
                "公开每少1次扣0.5分；未登记的扣0.5分；无照片的扣0.5分；应公开未公开事项被党员反映的，每件扣0.5分。", indicator="党务公开台账"),
        )),
        Section("组织生活台账", "组织生活台账（35分）", 35, (
            Row("支部委员会每月召开1次，支部党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；使用市直机关工委统一印制的记录本，"
                "记录要素齐全；会议附签到表。", 8,
                "每少1次扣0.5分，最高扣4分；未使用统一记录本或要素不全的，每次扣0.2分，最高扣1分；无签到表的，每次扣0.1分，最高扣1分；补记、"
                "代签、照抄照搬的，本项不得分。", indicator="“三会一课”记录"),
            Row("每月固定一天开展主题党日活动，有方案、有签到、有记录、有照片；党员参加率达到百分之九十以上；每年至少一次到应急救援一线或基层"
                "企业开展主题党日。", 6,
                "主题党日每少1次扣0.4分；“四有”资料缺一项扣0.1分，最高扣1分；参加率未达到的，每次扣0.1分，最高扣1分；未到一线开展的扣0.5分。",
                indicator="主题党日记录"),
            Row("每年召开一次组织生活会，会前征求意见、开展谈心谈话，班子和党员个人撰写对照检查材料；开展民主评议党员，评定等次报机关党委备案；"
                "会后建立整改台账，在党员大会上通报整改情况。", 7,
                "未召开的扣3分；征求意见、谈心谈话、对照检查材料缺一项扣0.5分；未开展民主评议的扣1分；评定等次未备案的扣0.5分；无整改台账或"
                "未通报整改情况的扣1分。", indicator="组织生活会资料"),
            Row("支部书记与支部委员、支部委员与党员之间每年谈心谈话不少于1次；党员思想波动、受到处分或家庭遭遇重大变故时及时谈心谈话。", 4,
                "谈心谈话覆盖不全的，每少1人扣0.2分，最高扣2分；无谈心谈话记录的扣1分；应谈未谈的，每人扣0.5分。", indicator="谈心谈话记录"),
            Row("落实“第一议题”制度；支部每月至少集中学习一次；党员每年学习培训不少于32学时，建立学时档案；每季度开展一次安全生产法律法规"
                "专题学习。", 6,
                "“第一议题”未落实的，每次扣0.5分；集中学习每少1次扣0.3分；学时不足的，每人扣0.1分，最高扣1分；无学时档案的扣0.5分；专题学习"
                "每少1次扣0.3分。", indicator="理论学习台账"),
            Row("支部书记每年为党员讲党课不少于2次，局领导班子成员每年到所在支部讲党课不少于1次；党课有讲稿或课件，有听课签到。", 4,
                "书记讲党课每少1次扣1分；局领导未到支部讲党课的扣1分；无讲稿或课件的，每次扣0.2分；无签到的，每次扣0.2分。",
                indicator="党课台账"),
        )),
        Section("党员管理台账", "党员管理台账（20分）", 20, (
            Row("发展党员严格执行“五个阶段、二十五个步骤”，材料“一人一档”；入党积极分子每季度考察一次；发展对象、预备党员转正公示不少于5个"
                "工作日。", 5,
                "档案材料每缺1份扣0.3分，最高扣2分；考察记录每少1次扣0.2分；未公示的，每人扣0.5分；违反程序发展党员的，实行一票否决，本项不得分。",
                indicator="发展党员档案"),
            Row("实行党员积分管理，按月记录积分，每季度公示一次；年度积分排名靠后的党员，由支部书记谈话提醒；积分结果作为民主评议党员的重要"
                "参考。", 5,
                "未实行积分管理的，本项不得分；积分记录不及时的，每月扣0.2分，最高扣1分；公示每少1次扣0.5分；未开展谈话提醒的扣0.5分。",
                indicator="党员积分台账"),
            Row("建立生活困难党员、老党员和因公负伤应急救援人员关怀帮扶台账；“七一”、春节前走访慰问；党员生病住院、家庭遭遇变故时及时看望。", 4,
                "无关怀帮扶台账的扣1分；慰问每少1次扣1分；无慰问记录或照片的扣0.5分；应看望未看望的，每人扣0.5分。", indicator="关怀帮扶台账"),
            Row("在职党员100%到居住地社区报到，每名党员每年参加社区志愿服务不少于4次；汛期、森林防火期组建党员突击队；每半年与社区对账一次。", 6,
                "报到率每低10个百分点扣0.5分；志愿服务不足4次的，每人扣0.1分，最高扣1.5分；未组建党员突击队的扣1分；对账每少1次扣0.5分；无"
                "志愿服务照片的扣0.3分。", indicator="“双报到”台账"),
        )),
        Section("党建业务融合台账", "党建业务融合台账（25分）", 25, (
            Row("组建“党员执法先锋队”，党员带队开展安全生产执法检查；每季度开展一次“党员进企业”安全服务活动；建立“一企一档”执法检查台账；"
                "党员执法人员执法案卷评查合格率达到100%。", 8,
                "未组建先锋队的扣1分；“党员进企业”每少1次扣0.5分；执法检查台账不全的，酌情扣0.5-1分；案卷评查合格率每低5个百分点扣0.5分，最高"
                "扣2分；党员执法人员发生执法过错被追责的，本项不得分。", indicator="党建+安全监管"),
            Row("汛期（4月至9月）落实24小时值班和领导带班制度，党员带头值守；每半年组织一次防汛或地质灾害应急演练；值班、交接班记录完整；"
                "突发事件信息按规定时限报送。", 8,
                "值班表未公示或值班不落实的，每次扣0.5分；演练每少1次扣1分；值班、交接班记录不完整的，酌情扣0.5分；信息迟报、漏报、瞒报的，"
                "每次扣1分；因值守失职造成严重后果的，实行一票否决，本项不得分。", indicator="应急值守台账"),
            Row("年初制定党支部年度工作计划，报机关党委审核；7月形成半年工作小结；年底形成年度工作总结，支部书记在机关党委会议上述职。", 5,
                "无年度计划的扣1分；计划未报审核的扣0.5分；无半年小结的扣0.5分；无年度总结的扣1分；书记未述职的扣2分。",
                indicator="计划总结台账"),
            Row("台账资料按年度、类别装订成册，编制目录，明确专人管理；电子台账与智慧党建平台同步录入。", 4,
                "未分类装订的扣0.5分；无目录的扣0.5分；无专人管理的扣0.5分；平台录入不及时、与纸质台账不一致的，每项扣0.2分，最高扣1分；台账"
                "弄虚作假、突击补做的，实行一票否决，本项不得分。", indicator="台账管理"),
        )),
    ),
)

HEADER = ["类别", "序号", "台账名称", "规范要求", "分值", "扣分办法", "检查情况"]
NOTES = (
    "说明：",
    "1.本表由局机关党委于12月组织检查，采取查阅台账、平台比对、个别谈话相结合的方式进行，各项扣分以该项分值为限，扣完为止。",
    "2.台账资料以2025年1月1日至12月31日形成的原始资料为准，电子台账须与纸质台账一致。",
    "3.检查得分90分以上的为“优秀”，75—89分的为“合格”，75分以下的为“不合格”，检查结果纳入支部年度考核和“五星支部”创建评定。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：局机关第一、第二党支部，市应急救援指挥中心党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for number, row in enumerate(s.rows, 1):
            cells = ((1, str(number)), (2, row.indicator), (3, row.text), (4, _fmt(row.points)), (5, row.scoring), (6, ""))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
