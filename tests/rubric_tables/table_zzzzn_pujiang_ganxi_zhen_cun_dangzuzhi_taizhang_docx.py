"""甘溪镇2025年度村党组织党建工作台账资料检查评分表 (.docx), as the 镇党委 of 四川 成都 蒲江县 甘溪镇 (its 党建办 with the 农业服务中心, the 镇
纪委 and the 社会事务办, a 检查组 opening the 资料柜 of each 村 in late November, before the 县委组织部's 年终 抽查) checks the papers of the 村党组织
of a hill town of 茶园, 柑橘 and 猕猴桃: the 明月村 with its 陶艺 and its 新村民, the 村 where half the young are in 成都 and the 党员 are old, the
合作社 the 党总支 runs, the 院落 where a 党小组 meets under the 黄桷树, the 外出 党员 in 广东 and 新疆: a checklist printed as 序号 | 资料名称 |
归档要求 | 分值 | 扣分标准, each 台账 named by its 《》 title in its own column (a few with a bracketed note), its 归档要求 saying what it must hold, how
often and by when, and the 扣分标准 taking off for a 台账 missing, a time short, a date missed or a rule broken: 基础组织类 (the “两委” 花名册 with
its update, one roster by age and 学历; the 党员花名册, a half-yearly 核对 and the 系统; the 制度汇编 and the 上墙; the 计划 by the end of January,
the 半年小结 by 7月15日 and the 总结 by the end of December; two 后备力量, their 档案 and a half-yearly 谈话; the 年底 述职, its 测评表 and 整改清单 and
the 满意率), 组织生活类 (the 支委会 monthly, its 要素 and no 代签; the 党员大会 quarterly with the 到会率 and the 签到表; the 党小组会 quarterly; the
党课 quarterly and the 书记's one, with the 讲稿; the 主题党日 on the 5th with 方案、签到 and 照片 and one “政治生日”; the 组织生活会 papers, the
民主评议 with its 测评表 and the 公布), 党员管理类 (党费 按月 with 签字, the 年初 核定 and a half-yearly 公示 with 照片; the 发展党员 档案, the 公示 with
its 照片, one 发展 every two years and a 一票否决; the 流动党员 台账, a monthly 联系 and one 回村 组织生活; the 积分, a quarterly 公示 and the 年底 评定;
the 学习计划, a monthly 集中学习, 24学时 and the 送学上门) and 村级治理类 (the “四议两公开” 记录 and the 公开; the 村务、财务 公开 quarterly with 照片 and
the 村务监督委员会's 审核; five 联系户 each, a monthly 走访 and the 办结率; the 值班记录, the 暗访 and the 代办 登记 and 回访).

The title (bold, centred), a centred "（检查对象：甘溪镇各村党总支、党支部）" line and a plain "村名：    检查人：    检查日期：" line above one table:
序号 | 资料名称 | 归档要求 | 分值 | 扣分标准. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line,
"一、基础组织类（25分）". 序号 (FIRST column) runs 1..21 through the table, NOT restarting under the section rows. 资料名称 is the 《》 title of the
台账 alone, with its bracketed note where printed (`Row.indicator`); 归档要求 (`Row.text`) says what it must hold; 分值 is a plain number BEFORE
the 扣分标准 (`Row.scoring`). A 合计 row of 100 closes the table; a "说明：" paragraph and four numbered lines
follow it. Counts and dates in figures and Chinese numerals, nearly all in the 归档要求 ("1个月内", "35周岁以下的不少于1名", "大专及以上学历的不少于2名",
"每半年核对更新一次", "1月底前", "7月15日前", "12月底前", "不少于2名", "每半年…一次", "年底", "不低于百分之八十", "每月至少召开1次", "每季度至少召开1次",
"不低于百分之八十", "每季度至少召开1次", "每季度至少…1次", "每年…不少于1次", "每月5日", "年内…不少于1次", "每年召开1次", "按月", "年初", "每半年公示一次",
"25个步骤", "不少于5个工作日", "每两年至少发展1名", "每月联系一次", "年内…不少于1次", "每季度公示一次", "年底", "年初", "每月开展一次", "每人每年…不少于
24学时", "每季度公开一次", "不少于5户", "每月走访一次", "百分之九十", "每天至少1名"); "最高扣" caps; "酌情扣0.5-1分" twice; no bands; one "实行一票否决，
本项不得分"; one other "本项不得分"; the 述职 满意率 ("不低于百分之八十") scored by one rule, "满意率低于80%的扣1分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 资料名称, 归档要求, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzn_pujiang_ganxi_zhen_cun_dangzuzhi_taizhang_docx",
    fmt="docx",
    title="甘溪镇2025年度村党组织党建工作台账资料检查评分表",
    numbering="printed",
    sections=(
        Section("基础组织类", "一、基础组织类（25分）", 25, (
            _row("《村“两委”班子成员花名册》",
                 "登记姓名、职务、性别、出生年月、学历、政治面貌和任职时间，人员变动后1个月内更新；村“两委”班子成员中35周岁以下的不少于1名、大专"
                 "及以上学历的不少于2名。", 4,
                 "无花名册的扣2分；更新不及时的扣0.5分；35周岁以下、大专及以上学历成员缺额的，每少1名扣0.5分。"),
            _row("《党员花名册》",
                 "党员基本信息登记齐全，与全国党员管理信息系统一致；每半年核对更新一次，外出流动党员单独标注。", 4,
                 "无花名册的扣2分；核对更新每少1次扣0.5分；信息与系统不一致的，每人扣0.1分，最高扣1分。"),
            _row("《村党组织工作制度汇编》",
                 "收录“三会一课”、主题党日、组织生活会、民主评议党员、党费收缴、“四议两公开”、村干部坐班值班等制度；主要制度在村党群服务中心上墙。",
                 3,
                 "无制度汇编的扣2分；每缺一项制度扣0.2分；主要制度未上墙的扣0.5分。"),
            _row("《年度工作计划、半年小结、年度总结》",
                 "1月底前制定村党组织年度工作计划；7月15日前形成半年工作小结；12月底前形成年度工作总结，均报镇党委。", 4,
                 "缺计划、小结或总结的，每项扣1分；未按时报送的，每项扣0.3分。"),
            _row("《村级后备力量培养档案》",
                 "储备村级后备力量不少于2名，一人一档；村党组织书记每半年与后备力量开展一次培养谈话。", 4,
                 "后备力量每少1名扣1分；未建档的扣1分；培养谈话每少1次扣0.3分。"),
            _row("《书记抓党建述职评议材料》（含述职报告、测评表、整改清单）",
                 "村党组织书记年底向镇党委和村党员大会述职，接受党员群众测评，测评满意率不低于百分之八十；对指出的问题建立整改清单。", 6,
                 "未述职的扣3分；测评表、整改清单每缺一项扣0.5分；满意率低于80%的扣1分。"),
        )),
        Section("组织生活类", "二、组织生活类（30分）", 30, (
            _row("《支部委员会会议记录》",
                 "支部委员会每月至少召开1次，记录会议时间、地点、参会人员、议题和决定事项；研究发展党员、重大事项的，记录表决情况。", 6,
                 "每少1次扣0.5分，最高扣3分；记录要素不全的，每次扣0.1分，最高扣1分；代签、补记的，本项不得分。"),
            _row("《党员大会会议记录》（附签到表）",
                 "党员大会每季度至少召开1次，党员到会率不低于百分之八十；外出流动党员可通过视频方式参会。", 4,
                 "每少1次扣1分；到会率每低10个百分点扣0.5分；无签到表的，每次扣0.2分。"),
            _row("《党小组会记录》",
                 "按院落、产业设立党小组，党小组会每季度至少召开1次，由党小组长记录。", 4,
                 "每少1次扣0.2分，最高扣2分；记录不规范的，酌情扣0.5-1分。"),
            _row("《党课记录》（附讲稿）",
                 "党课每季度至少开展1次；村党组织书记每年讲党课不少于1次；讲稿存档。", 5,
                 "党课每少1次扣0.5分；书记未讲党课的扣1分；无讲稿的，每次扣0.2分。"),
            _row("《主题党日活动记录》",
                 "每月5日开展主题党日活动，有活动方案、签到和照片；年内为党员过“政治生日”不少于1次。", 5,
                 "主题党日每少1次扣0.3分，最高扣3分；缺方案、签到或照片的，每次扣0.1分，最高扣1分；未过“政治生日”的扣1分。"),
            _row("《组织生活会和民主评议党员资料》",
                 "每年召开1次组织生活会，有征求意见表、谈心谈话记录和对照检查材料；开展民主评议党员，民主评议测评表齐全，评定结果向党员公布。", 6,
                 "未召开组织生活会的扣2分；征求意见表、谈心谈话记录、对照检查材料每缺一项扣0.5分；未开展民主评议党员的扣1.5分；测评表不全的扣0.5分；"
                 "评定结果未公布的扣0.5分。"),
        )),
        Section("党员管理类", "三、党员管理类（25分）", 25, (
            _row("《党费收缴台账》",
                 "党员按月交纳党费，本人签字；年初核定党费交纳标准；每半年公示一次党费收缴情况，留存公示照片。", 5,
                 "未按月交纳的，每人次扣0.1分，最高扣2分；未核定交纳标准的扣1分；公示每少1次扣0.5分；无公示照片的扣0.5分。"),
            _row("《发展党员工作档案》（一人一档）",
                 "按照发展党员25个步骤归档，材料齐全；入党积极分子、发展对象、预备党员转正各环节公示不少于5个工作日，公示有照片；每两年至少发展1名"
                 "35周岁以下党员。", 6,
                 "档案材料每缺一项扣0.3分，最高扣2分；未公示或无公示照片的，每次扣0.5分；两年内未发展党员的扣1分；违反程序发展党员的，实行一票否决，"
                 "本项不得分。"),
            _row("《流动党员管理台账》",
                 "外出流动党员一人一表，村党组织每月联系一次；流动党员年内回村参加组织生活不少于1次。", 4,
                 "无台账的扣1分；联系每少1次扣0.1分，最高扣1.5分；未回村参加组织生活的，每人扣0.2分，最高扣1分。"),
            _row("《党员积分管理台账》",
                 "推行农村党员积分制管理，积分每季度在村务公开栏公示一次，年底评定星级党员。", 4,
                 "无积分台账的扣2分；公示每少1次扣0.5分；年底未评定的扣1分。"),
            _row("《党员教育培训台账》",
                 "年初制定党员学习计划；每月开展一次集中学习；党员每人每年参加学习培训不少于24学时；年老体弱党员送学上门。", 6,
                 "无学习计划的扣1分；集中学习每少1次扣0.2分，最高扣2分；学时不足的，每人扣0.1分，最高扣1分；未送学上门的扣0.5分。"),
        )),
        Section("村级治理类", "四、村级治理类（20分）", 20, (
            _row("《“四议两公开”工作记录》",
                 "村级重大事项落实“四议两公开”，党组织提议、“两委”会议商议、党员大会审议、村民代表会议决议有记录，决议和实施结果公开。", 5,
                 "重大事项未落实“四议两公开”的，每件扣1分，最高扣3分；环节记录缺失的，每件扣0.5分；结果未公开的扣1分。"),
            _row("《村务财务公开资料》",
                 "村务、财务每季度公开一次，重大事项随时公开；公开内容留存照片，经村务监督委员会审核签字。", 5,
                 "公开每少1次扣0.5分；无公开照片的扣0.5分；未经村务监督委员会审核的，每次扣0.3分。"),
            _row("《党员联系户台账》",
                 "每名党员联系群众不少于5户，每月走访一次，帮助解决实际困难；群众诉求办结率达到百分之九十。", 5,
                 "联系户不足的，每人扣0.1分，最高扣1分；走访每少1次扣0.1分，最高扣2分；办结率每低5个百分点扣0.5分。"),
            _row("《村党群服务中心值班记录》",
                 "工作日每天至少1名村干部坐班值班，值班有记录；便民代办事项有登记、有回访。", 5,
                 "无值班记录的扣1分；暗访发现无人值班的，每次扣0.5分，最高扣2分；代办事项无登记或未回访的，酌情扣0.5-1分。"),
        )),
    ),
)

HEADER = ["序号", "资料名称", "归档要求", "分值", "扣分标准"]
NOTES = (
    "说明：",
    "1.台账资料以2025年1月1日至检查之日形成的原始资料为准，事后补做、复印代替原件的不予认定。",
    "2.“无××台账”“无××”指资料名称所列台账资料缺失的；各项扣分以该项分值为限，扣完为止。",
    "3.检查得分90分以上的为“优秀”，75—89分的为“合格”，75分以下的为“不合格”。",
    "4.检查结果纳入村党组织年度考核和“五星支部”评定，“不合格”的村由镇党委约谈村党组织书记。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：甘溪镇各村党总支、党支部）")
    document.add_paragraph("村名：              检查人：              检查日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
