"""珠山区里村街道2025年度社区党组织党建工作台账检查评分表 (.docx), as the 街道党工委 of 江西 景德镇 珠山区 里村 (its 党建办 with the 社区
治理办 and the 街道纪工委, a 检查组 going round the 社区 in December with the 档案盒 laid out on the 党群服务中心's long table) checks the 台账 of
the 社区党委 by the 昌江: old 瓷厂 宿舍 of the 国营 factories where the 退休 党员 outnumber the young, new 商品房 小区 with their 物业, the 网格员
with their 民情日志, the 在职党员 who report to the 社区 from the 区直 单位: a checklist printed the way the 台账 are boxed, one row a 档案盒,
whose 盒内资料 names the papers the box must hold, bare, one after another (①目录；②…会议记录本；③签到表；④照片 …), a figure in brackets now and
then, and whose 扣分标准 takes points off for each paper missing and for each meeting short: 基础组织类 (the 组织设置盒 with the 批复, the 分工文件,
the 一览表 and the 架构图 and the 换届, the 党员信息盒 with the 花名册, the 介绍信存根 and 回执 and a quarterly 核对, the 党费收缴盒 with the 台账,
the 签字, the yearly 核定, a half-yearly 公示 and the 回执单, the 制度建设盒 with the 制度 and the 上墙照片, the 计划总结盒 with the 年初 计划, the
责任书, the 半年小结, the 年终 总结, the 述职报告 and its 满意度), 组织生活类 (the “三会一课”盒 with the four 记录本, the 讲稿, the 书记's two 党课,
the 签到表, the 照片 and no 补记, the 主题党日盒 with the monthly 方案, 签到表, 记录, 照片 and the 参加率, the 组织生活会盒 with the 谈心谈话记录,
the 征求意见表, the 对照检查材料, the 民主评议, the 备案表 and the 整改清单, the 理论学习盒 with the 学习计划, the monthly 集中学习, 32学时 and
照片), 党员管理类 (the 发展党员盒 with one 积极分子 a year, the “一人一档”, a half-yearly 考察 and the 公示 and a 一票否决, the 流动党员盒 with
the 台账, a quarterly 联系, the 截图 and the 失联, the 积分管理盒 with the monthly 登记, a quarterly 公示 and the 年底 评选, the 关怀帮扶盒 with
the 台账, the “七一”、春节 慰问, the 照片 and the 纪念章 登记表), 服务群众类 (the “双报到”盒 with the 花名册, four 志愿服务 a head, a half-yearly
反馈函 and the 照片, the 网格服务盒 with the 民情日志, forty 走访 a month, the 登记表 and the 按期办结率, the 公开议事盒 with a quarterly 公开,
the 公开栏照片 and the “四议两公开” 会议记录, the 共驻共建盒 with three 共建协议, a half-yearly 联席会议 and the 项目清单) and 阵地档案类 (the
阵地建设盒 with the 值班表, two 党群活动 a month and the 服务事项清单, and a last row on the 档案 themselves: 装盒, 总目录, 专人, 电子台账).

The title (bold, centred), a centred "（检查对象：里村街道所辖各社区党委）" line and a plain "社区： 检查人： 检查日期：" line above one table:
盒号 | 档案盒名称 | 盒内资料 | 分值 | 扣分标准 | 检查情况. Each category is a SECTION ROW merged across the whole table, printed WITH an ordinal and its
points on one line, "一、基础组织类（20分）". 盒号 (FIRST column) runs 1..19 through the whole table, NOT restarting under the section rows.
档案盒名称 is a short sub-label (`Row.indicator`); 盒内资料 lists the papers (`Row.text`), each numbered ①②③…, "①目录" first in every box but
the last row. 分值 is a plain number BEFORE the 扣分标准; 检查情况 is blank. A 合计 row of 100 closes the table; a "说明：" paragraph and four
numbered paragraphs follow it. Counts in figures and Chinese numerals, most in brackets in the 盒内资料 ("每季度1次", "按月登记", "每年7月核定
1次", "每半年1次", "年初", "7月底前", "年终", "每月1次", "每季度1次", "书记每年不少于2次", "每年1次", "每人每年不少于32学时", "年内确定不少于
1名", "每季度至少1次", "每季度1次", "年底", "“七一”、春节", "每人每年不少于4次", "每名网格员每月不少于40户", "每月不少于2次"), some only in
the 扣分标准 ("低于百分之八十的", "低于百分之八十五的", "低于百分之九十五的", "超过6个月"); "不少于3家"; "不少于5个工作日"; "无目录的扣0.2分"
eighteen times; "每缺1份" three times, "每缺一项" twice, "缺一项扣0.1分" once; "最高扣" caps; "酌情扣0.5分" once; no bands; one "实行一票否决，本项
不得分"; four other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzw_jingdezhen_licun_shequ_taizhang_docx",
    fmt="docx",
    title="珠山区里村街道2025年度社区党组织党建工作台账检查评分表",
    numbering="printed",
    sections=(
        Section("基础组织类", "一、基础组织类（20分）", 20, (
            Row("①目录；②社区党委成立（换届）批复；③党委委员分工文件；④网格党支部、楼栋党小组设置一览表；⑤组织架构图。", 4,
                "无目录的扣0.2分；批复、分工文件每缺1份扣0.5分；无设置一览表的扣0.5分；组织架构图未上墙公示的扣0.5分；未按期换届的扣2分。",
                indicator="组织设置盒"),
            Row("①目录；②党员花名册（含预备党员、流动党员）；③组织关系转接介绍信存根及回执；④全国党员管理信息系统信息核对记录（每季度1次）。",
                4,
                "无目录的扣0.2分；无花名册或花名册信息不全的扣1分；介绍信存根、回执每缺1份扣0.3分，最高扣1分；核对记录每少1次扣0.3分。",
                indicator="党员信息盒"),
            Row("①目录；②党费收缴台账（按月登记，本人签字）；③党费交纳基数核定表（每年7月核定1次）；④党费收缴情况公示照片（每半年1次）；"
                "⑤党费上缴回执单。", 4,
                "无目录的扣0.2分；党员未按月交纳的，每人次扣0.1分，最高扣1分；台账无本人签字的扣0.5分；未核定基数的扣0.5分；公示每少1次扣0.5"
                "分；无上缴回执单的，每次扣0.2分。", indicator="党费收缴盒"),
            Row("①目录；②“三会一课”、主题党日、组织生活会、民主评议党员、谈心谈话、党务公开等制度汇编；③制度上墙照片。", 3,
                "无目录的扣0.2分；制度每缺一项扣0.3分，最高扣1.5分；无上墙照片的扣0.5分。", indicator="制度建设盒"),
            Row("①目录；②年初党建工作计划；③党建工作责任书；④半年工作小结（7月底前）；⑤年终工作总结；⑥书记抓党建述职报告及述职测评表。", 5,
                "无目录的扣0.2分；无年初计划的扣1分；无责任书的扣0.5分；无半年小结的扣0.5分；无年终总结的扣1分；无述职报告的扣1分；述职测评"
                "满意度低于百分之八十五的扣0.5分。", indicator="计划总结盒"),
        )),
        Section("组织生活类", "二、组织生活类（30分）", 30, (
            Row("①目录；②支部委员会会议记录本（每月1次）；③党员大会会议记录本（每季度1次）；④党小组会会议记录本（每月1次）；⑤党课讲稿（每季度"
                "1次，书记每年不少于2次）；⑥签到表；⑦会议照片。", 10,
                "无目录的扣0.2分；“三会一课”每少1次扣0.5分，最高扣5分；书记讲党课每少1次扣1分；无签到表的，每次扣0.1分，最高扣1分；无照片的，"
                "每次扣0.1分，最高扣1分；记录存在补记、代签的，本项不得分。", indicator="“三会一课”盒"),
            Row("①目录；②主题党日活动方案（每月1次）；③签到表；④活动记录；⑤活动照片。", 6,
                "无目录的扣0.2分；主题党日每少1次扣0.3分，最高扣2分；方案、签到表、记录、照片缺一项扣0.1分，最高扣1分；党员参加率低于百分之八十"
                "的，每次扣0.1分。", indicator="主题党日盒"),
            Row("①目录；②组织生活会会议记录（每年1次）；③会前谈心谈话记录；④征求意见表；⑤对照检查材料；⑥民主评议党员测评表；⑦评定结果备案表；"
                "⑧整改清单。", 8,
                "无目录的扣0.2分；未召开组织生活会的扣3分；谈心谈话记录、征求意见表、对照检查材料每缺一项扣0.5分；未开展民主评议党员的扣1.5分；"
                "评定结果未备案的扣0.5分；无整改清单的扣0.5分。", indicator="组织生活会盒"),
            Row("①目录；②年度学习计划；③集中学习记录（每月1次）；④党员学时登记表（每人每年不少于32学时）；⑤学习照片。", 6,
                "无目录的扣0.2分；无学习计划的扣0.5分；集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1分；无照片的扣0.3分。",
                indicator="理论学习盒"),
        )),
        Section("党员管理类", "三、党员管理类（20分）", 20, (
            Row("①目录；②入党积极分子名册（年内确定不少于1名）；③发展党员“一人一档”材料；④培养考察记录（每半年1次）；⑤发展对象公示照片（公示"
                "不少于5个工作日）。", 6,
                "无目录的扣0.2分；未确定入党积极分子的扣1分；档案材料每缺1份扣0.3分，最高扣2分；考察记录每少1次扣0.2分；未公示的，每人扣0.5分；"
                "违反程序发展党员的，实行一票否决，本项不得分。", indicator="发展党员盒"),
            Row("①目录；②流动党员台账；③联系记录（每季度至少1次）；④线上学习截图。", 4,
                "无目录的扣0.2分；无流动党员台账的扣1分；联系每少1次扣0.2分，最高扣1分；无线上学习截图的扣0.3分；失联超过6个月未排查的，每人扣"
                "0.5分。", indicator="流动党员盒"),
            Row("①目录；②党员积分登记表（按月登记）；③积分公示照片（每季度1次）；④年底积分排名及优秀党员评选结果。", 5,
                "无目录的扣0.2分；积分未按月登记的，每月扣0.2分，最高扣1分；公示每少1次扣0.3分；年底未评选的扣1分；积分弄虚作假的，本项不得分。",
                indicator="积分管理盒"),
            Row("①目录；②困难党员、老党员关怀帮扶台账；③“七一”、春节走访慰问记录及照片；④“光荣在党50年”纪念章颁发登记表。", 5,
                "无目录的扣0.2分；无关怀帮扶台账的扣1分；走访慰问每少1次扣1分；无慰问照片的扣0.3分；纪念章颁发无登记的扣0.5分。",
                indicator="关怀帮扶盒"),
        )),
        Section("服务群众类", "四、服务群众类（22分）", 22, (
            Row("①目录；②在职党员报到花名册；③报到党员志愿服务记录（每人每年不少于4次）；④向报到党员所在单位反馈函（每半年1次）；⑤活动照片。",
                6,
                "无目录的扣0.2分；无报到花名册的扣1分；志愿服务不足的，每人扣0.1分，最高扣1.5分；反馈每少1次扣0.5分；无照片的扣0.3分。",
                indicator="“双报到”盒"),
            Row("①目录；②网格员民情日志；③入户走访台账（每名网格员每月不少于40户）；④群众诉求受理办理登记表。", 6,
                "无目录的扣0.2分；无民情日志的扣1分；走访不足的，每人每月扣0.1分，最高扣2分；诉求未登记的，每件扣0.2分；诉求按期办结率低于百分之"
                "九十五的扣1分。", indicator="网格服务盒"),
            Row("①目录；②党务、居务公开登记表（每季度1次）；③公开栏照片；④“四议两公开”会议记录。", 5,
                "无目录的扣0.2分；公开每少1次扣0.5分；无公开栏照片的，每次扣0.2分；重大事项未履行“四议两公开”程序的，每件扣1分。",
                indicator="公开议事盒"),
            Row("①目录；②与驻区单位共建协议（不少于3家）；③共建联席会议记录（每半年1次）；④共建项目清单。", 5,
                "无目录的扣0.2分；共建协议每少1家扣0.5分；联席会议每少1次扣0.5分；无项目清单的扣0.5分；共建活动流于形式的，酌情扣0.5分。",
                indicator="共驻共建盒"),
        )),
        Section("阵地档案类", "五、阵地档案类（8分）", 8, (
            Row("①目录；②党群服务中心值班表；③党群活动登记台账（每月不少于2次）；④服务事项清单。", 4,
                "无目录的扣0.2分；无值班表的扣0.5分；党群活动每少1次扣0.2分，最高扣1.5分；服务事项清单未上墙公示的扣0.5分；场所闲置或挪作他用"
                "的，本项不得分。", indicator="阵地建设盒"),
            Row("台账资料按年度、类别装盒，盒脊标签统一；编制台账总目录；明确专人管理；电子台账与纸质台账一致。", 4,
                "未分类装盒的扣1分；无总目录的扣0.5分；未明确专人管理的扣0.5分；电子台账与纸质台账不一致的，每项扣0.2分，最高扣1分；突击补做"
                "台账的，本项不得分。", indicator="档案整理"),
        )),
    ),
)

HEADER = ["盒号", "档案盒名称", "盒内资料", "分值", "扣分标准", "检查情况"]
NOTES = (
    "说明：",
    "1.社区党建台账按档案盒分类归档，每盒首页为盒内资料目录，盒脊注明年度、盒号和档案盒名称。",
    "2.检查以2025年1月1日至12月31日形成的原始资料为准，复印件、补做材料不予认定。",
    "3.各项扣分以该项分值为限，扣完为止。",
    "4.检查得分90分以上的为“优秀”，80—89分的为“良好”，70—79分的为“合格”，70分以下的为“不合格”，检查结果纳入社区党组织年度考核。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：里村街道所辖各社区党委）")
    document.add_paragraph("社区：                检查人：                检查日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, ""))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
