"""崇川区和平桥街道2025年度社区党组织党建台账资料检查评分表 (.docx), as the 街道党工委 of 江苏 南通 崇川区 和平桥 (its 党建办 with the
社区治理办 and the 平安办, a 检查组 going from 社区 to 社区 in December and opening every 台账 on the table) checks the 台账 of the 社区党委
and 党总支 of the old town round the 濠河: 1980s 单位 宿舍 楼 with no 物业 beside new 商品房 小区 with a 物业服务企业, many retired 纺织
and 港口 workers, 独居 老人 whose children work in 上海 and 苏州, the 网格员 who knock on every door, the “网格连心、服务为民” of the 街道 and
the “崇川e党建” 平台 where what is on paper must also be online: a checklist of the 台账 each 社区 keeps, one line a 台账, each with what it
must hold and a scoring rule that takes points off for what is missing: 组织建设台账 (one roster of the “两委” by age and 学历 with the 分工
and a monthly 履职纪实, the 设置 with the 批复, the 一览表, the 覆盖率 and the 编组率, the “三会一课” with the 书记's two 党课, the 签到表 and the
讲稿, the monthly 主题党日 with the 方案, 签到表 and 照片 "缺一项" and the 参加率 and the 补学记录, the 组织生活会 with 谈心谈话, 征求意见, the
对照检查材料, 民主评议 with its 备案 and the 整改清单, a monthly 集中学习 with a half-yearly 研判), 党员管理台账 (the 花名册 with a quarterly
核对, the 流动党员台账 with a quarterly 联系 and the 排查清单, one 积极分子 a year and "每两年至少发展党员1名" with the “一人一档” and the 公示,
党费 with a yearly 核定 and a half-yearly 公开, 32学时 with the 登记表, a quarterly 专题学习 and a half-yearly 送学上门, the 帮扶台账 with the
“七一”、春节 慰问, its 名单 and 照片 and the 纪念章 登记), 治理服务台账 (thirty 走访 a month with the 民情日志, the 及时率 and the 办结率, the
报到率 with three 志愿服务, two 共建协议 and a half-yearly 联席会, the 物业 覆盖率 with a monthly “三方联席会议”, a yearly 测评 and the 满意度
in bands, the 年初 项目清单 with five 实事, their 公示, a quarterly 议事会 and the 征求意见, the 关爱台账 with a monthly 探访 and a half-yearly
“濠河邻里节”, a monthly 矛盾纠纷排查 with the 调处台账 and the 化解率 and a quarterly 隐患排查) and 阵地保障台账 (the 公示 and the 值班表 with
two 主题活动 a month and their 照片, the 年初 计划 and 责任书, the 半年小结, the 年底 述职 and the 年度总结, the “两委” 会议 with the 支出凭证 and
a quarterly 公开, the 立卷归档 with the 档案目录).

The title (bold, centred), a centred "（检查对象：和平桥街道所辖各社区党委、党总支）" line and a plain "社区： 检查人： 检查日期：" line
above one table: 序号 | 台账名称 | 资料内容及要求 | 分值 | 扣分标准 | 得分. Each category is a SECTION ROW merged across the table, printed WITH
an ordinal and its points on one line, "一、组织建设台账（30分）". 序号 RESTARTS at 1 under every section row (ids "1.1" … "4.4"). 台账名称 is
the short name of the 台账 (`Row.indicator`); 资料内容及要求 says what it must hold (`Row.text`). 分值 is a plain number BEFORE the 扣分标准;
得分 is blank. There is no 佐证 column (the 台账 are the line itself). A 合计 row of 100 and a 说明 paragraph with four numbered lines close the
document. Counts in figures and Chinese numerals ("按月记录", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度
不少于1次", "每年讲党课不少于2次", "每月固定开展一次", "每年召开一次", "每月至少组织一次", "每半年开展一次", "每季度核对更新一次", "每季度
至少联系一次", "年内…不少于1名", "每两年至少发展党员1名", "每年核定一次", "每半年公开一次", "每年…不少于32学时", "每季度组织一次", "每半年
送学上门一次", "“七一”、春节期间", "每月入户走访不少于30户", "每年…不少于3次", "每半年召开一次", "每月召开一次", "每年开展一次", "年初",
"全年…不少于5件", "每季度至少召开一次", "每月至少探访一次", "每半年开展一次", "每月开展一次", "每季度开展一次", "每月至少开展2次", "年中",
"年底", "每季度公开一次"); "不少于5个工作日", "不少于8小时"; "不少于1名", "不少于3名", "不少于2家", "25个步骤"; "百分之八十", "百分之九十五",
"百分之九十", "百分之九十八", "100%"; "缺一项扣0.2分" once; "最高扣" caps; "酌情扣0.5分" three times and "酌情扣0.5-1分" once; one set of
bands (a 满意度 for 2 of the 6 points, closed by "80%以下的不得分"); two plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzo_nantong_hepingqiao_shequ_taizhang_docx",
    fmt="docx",
    title="崇川区和平桥街道2025年度社区党组织党建台账资料检查评分表",
    numbering="restart",
    sections=(
        Section("组织建设台账", "一、组织建设台账（30分）", 30, (
            Row("社区“两委”班子成员花名册，注明年龄、学历、任职时间；班子成员中35周岁以下的不少于1名，大专及以上学历的不少于3名；班子成员"
                "分工文件；社区党组织书记履职纪实手册，按月记录。", 5,
                "无花名册的扣1分；年龄、学历结构不达标的，每项扣0.5分；无分工文件的扣0.5分；履职纪实每缺1个月扣0.2分，最高扣1分。",
                indicator="班子建设台账"),
            Row("社区党组织设置批复文件；网格党支部、楼栋党小组设置一览表，网格党支部覆盖率100%；党员编入党小组台账，党员编组率100%。", 4,
                "无设置批复的扣1分；无设置一览表的扣0.5分；网格党支部每缺1个扣0.5分；党员未编入党小组的，每人扣0.1分，最高扣1分。",
                indicator="组织设置台账"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度不少于1次；会议记录要素齐全（时间、地点、主持人、"
                "出席人、议题、内容），附签到表；社区党组织书记每年讲党课不少于2次，有讲稿或课件。", 8,
                "“三会一课”每少1次扣0.5分，最高扣4分；记录要素缺项的，每次扣0.2分，最高扣1分；未附签到表的，每次扣0.1分，最高扣1分；书记"
                "讲党课每少1次扣0.5分；无讲稿或课件的扣0.5分。", indicator="“三会一课”台账"),
            Row("每月固定开展一次主题党日活动，活动方案、签到表、活动照片齐全，党员参加率不低于百分之八十；因病、外出未参加的党员有补学"
                "记录。", 5,
                "主题党日每少1次扣0.5分；活动方案、签到表、照片缺一项扣0.2分；参加率低于80%的，每次扣0.2分，最高扣1分；无补学记录的扣"
                "0.5分。", indicator="主题党日台账"),
            Row("每年召开一次组织生活会，会前开展谈心谈话、广泛征求意见，班子和党员有对照检查材料；开展民主评议党员，评议结果报街道党工委"
                "备案；会后制定整改清单，逐项整改销号。", 5,
                "未召开组织生活会的扣2分；无谈心谈话记录的扣0.5分；未征求意见的扣0.5分；无对照检查材料的扣0.5分；未开展民主评议党员的扣"
                "1分；评议结果未备案的扣0.5分；无整改清单的扣0.5分。", indicator="组织生活会台账"),
            Row("落实“第一议题”制度，每月至少组织一次党员集中学习，有学习记录；每半年开展一次意识形态工作分析研判，形成研判报告。", 3,
                "集中学习每少1次扣0.2分；研判每少1次扣0.5分；“第一议题”学习记录不全的，酌情扣0.5分。", indicator="理论学习台账"),
        )),
        Section("党员管理台账", "二、党员管理台账（20分）", 20, (
            Row("党员花名册与全国党员管理信息系统信息一致，每季度核对更新一次；建立流动党员台账，每季度至少联系一次；建立失联党员、“口袋"
                "党员”排查清单。", 4,
                "无党员花名册的扣1分；花名册与系统信息不一致的，每人扣0.1分，最高扣1分；核对更新每少1次扣0.2分；无流动党员台账的扣0.5分；"
                "联系每少1次扣0.1分，最高扣0.5分；无排查清单的扣0.5分。", indicator="党员信息台账"),
            Row("年内确定入党积极分子不少于1名，每两年至少发展党员1名；发展党员档案实行“一人一档”，按发展程序25个步骤归档，材料齐全；发展"
                "对象、拟接收预备党员公示不少于5个工作日。", 5,
                "未确定积极分子的扣1分；两年内未发展党员的扣1分；档案材料每缺1项扣0.2分，最高扣1.5分；未公示的扣1分；发展党员违反程序的，"
                "本项不得分。", indicator="发展党员档案"),
            Row("党员按月交纳党费，每年核定一次交纳基数；党费收缴台账逐月登记，有党员本人签字或线上交纳凭证；党费收缴情况每半年公开一次。", 4,
                "未按月交纳的，每人次扣0.1分，最高扣1.5分；未核定基数的扣0.5分；台账登记不全、无签字或凭证的，酌情扣0.5分；公开每少1次"
                "扣0.5分。", indicator="党费收缴台账"),
            Row("党员每年参加集中学习培训不少于32学时，建立党员学时登记表；每季度组织一次专题学习；对年老体弱、行动不便党员每半年送学上门"
                "一次，有送学记录。", 4,
                "学时不足的，每人扣0.1分，最高扣1分；无学时登记表的扣0.5分；专题学习每少1次扣0.5分；送学上门每少1次扣0.3分。",
                indicator="教育培训台账"),
            Row("建立生活困难党员、老党员关怀帮扶台账；“七一”、春节期间开展走访慰问，有慰问名单和照片；为“光荣在党50年”老党员颁发纪念章"
                "有登记。", 3,
                "无帮扶台账的扣1分；未开展走访慰问的扣1分；无慰问名单或照片的扣0.5分；纪念章颁发无登记的扣0.5分。",
                indicator="关怀帮扶台账"),
        )),
        Section("治理服务台账", "三、治理服务台账（30分）", 30, (
            Row("落实“网格连心、服务为民”，专职网格员每月入户走访不少于30户，建立网格民情日志；网格事件上报及时率、办结率均达到百分之九十五"
                "以上。", 6,
                "入户走访不足30户的，每人每月扣0.1分，最高扣1.5分；无民情日志的扣1分；上报及时率每低1个百分点扣0.2分；办结率每低1个百分点"
                "扣0.2分，最高扣2分。", indicator="网格治理台账"),
            Row("在职党员到社区报到，报到党员花名册齐全，报到率100%；报到党员每年参加社区志愿服务不少于3次，有服务记录；与驻区单位签订共建"
                "协议不少于2家，每半年召开一次共建联席会。", 5,
                "报到率每低5个百分点扣0.5分；志愿服务不足3次的，每人扣0.1分，最高扣1.5分；共建协议每少1家扣0.5分；联席会每少1次扣0.5分。",
                indicator="“双报到”台账"),
            Row("推动物业服务企业成立党组织或选派党建指导员，有物业小区覆盖率达到百分之八十以上；每月召开一次社区党组织、业委会（物管会）、"
                "物业服务企业“三方联席会议”，有会议纪要；每年开展一次物业服务满意度测评，居民满意度达到百分之九十以上。", 6,
                "覆盖率未达到的扣1分；联席会议每少1次扣0.3分，最高扣1.5分；未开展满意度测评的扣1分；满意度90%以上的得2分，80%（含）—90%"
                "的得1分，80%以下的不得分。", indicator="红色物业台账"),
            Row("年初制定为民办实事项目清单，全年办结实事不少于5件，办理结果向居民公示；每季度至少召开一次居民议事会，议题事前征求居民意见，"
                "有议事记录。", 5,
                "无项目清单的扣1分；实事每少1件扣0.5分；办理结果未公示的扣0.5分；议事会每少1次扣0.5分；未征求居民意见的扣0.5分。",
                indicator="民生实事台账"),
            Row("建立独居、空巢、失能老人和困境儿童关爱台账，落实党员结对关爱，每月至少探访一次，探访记录有被探访人或家属签字；每半年开展"
                "一次“濠河邻里节”等邻里互助活动。", 4,
                "无关爱台账的扣1分；探访每少1次扣0.1分，最高扣1分；探访记录无签字的，酌情扣0.5分；邻里互助活动每少1次扣0.5分。",
                indicator="关爱服务台账"),
            Row("每月开展一次矛盾纠纷排查，建立排查调处台账，矛盾纠纷化解率不低于百分之九十八；每季度开展一次燃气、消防、电动自行车等安全"
                "隐患排查，隐患整改有记录。", 4,
                "矛盾纠纷排查每少1次扣0.3分；无调处台账的扣0.5分；化解率每低1个百分点扣0.2分；隐患排查每少1次扣0.5分；隐患未整改闭环的，"
                "每处扣0.2分，最高扣1分。", indicator="平安建设台账"),
        )),
        Section("阵地保障台账", "四、阵地保障台账（20分）", 20, (
            Row("社区党群服务中心服务事项清单、办事流程公示上墙，有值班表；工作日开放时间不少于8小时；每月至少开展2次面向居民的主题活动，"
                "有活动记录和照片。", 5,
                "服务事项未公示的扣0.5分；无值班表的扣0.5分；开放时间不足或无人值守的，发现1次扣0.5分；主题活动每少1次扣0.2分，最高扣1分；"
                "无活动照片的扣0.5分。", indicator="阵地服务台账"),
            Row("年初制定年度党建工作计划，签订党建工作目标责任书；年中形成半年工作小结；年底社区党组织书记向街道党工委述职，形成年度工作"
                "总结。", 6,
                "无年度计划的扣1分；未签订责任书的扣1分；无半年小结的扣0.5分；未述职的扣1.5分；无年度总结的扣1分。",
                indicator="计划总结台账"),
            Row("社区为民服务专项经费使用经社区“两委”联席会议集体研究，有会议记录和支出凭证；党务、居务、财务每季度公开一次，有公开照片。", 5,
                "经费未经集体研究使用的，每笔扣0.5分，最高扣2分；无支出凭证的，每笔扣0.2分，最高扣1分；公开每少1次扣0.5分；无公开照片的扣"
                "0.5分。", indicator="经费公开台账"),
            Row("党建台账按年度、分门类立卷归档，有档案目录，专人管理；纸质台账与“崇川e党建”平台录入内容一致；严禁突击补做、弄虚作假。", 4,
                "未分门类立卷归档的扣1分；无档案目录的扣0.5分；平台录入与纸质台账不一致的，酌情扣0.5-1分；发现突击补做、弄虚作假的，本项"
                "不得分。", indicator="台账归档管理"),
        )),
    ),
)

HEADER = ["序号", "台账名称", "资料内容及要求", "分值", "扣分标准", "得分"]
NOTES = (
    "说明：",
    "1.本表由街道党工委于12月组织检查，采取查阅台账、实地查看、随机走访相结合的方式进行，各项扣分以该项分值为限，扣完为止。",
    "2.台账资料以当年1月1日至12月31日形成的原始资料为准，事后补做的资料不予认可。",
    "3.检查得分90分以上的为“优秀”，75—89分的为“合格”，75分以下的为“不合格”，“不合格”的社区限期一个月整改。",
    "4.检查结果纳入社区党组织书记抓基层党建述职评议和社区年度综合考核。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：和平桥街道所辖各社区党委、党总支）")
    document.add_paragraph("社区：                检查人：                检查日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for number, row in enumerate(s.rows, 1):
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, ""))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
