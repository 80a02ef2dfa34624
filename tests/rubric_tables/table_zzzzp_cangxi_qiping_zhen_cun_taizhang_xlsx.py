"""歧坪镇2025年度村级党建工作台账规范化检查评分表 (.xlsx), as the 镇党委 of 四川 广元 苍溪县 歧坪镇 (its 党建办 with the 农业综合服务中心, the
三资 代理 服务站 and the 镇纪委, a 检查组 opening the 档案柜 of each 村 in the 村党群服务中心 at the end of November, when the 红心猕猴桃 are picked and
the 外出务工 党员 are not yet home) checks the papers of the 村党支部 and 党总支 of a hill 镇 above the 嘉陵江: the 村 whose 党员 are old and whose
young are in 浙江 and 广东, the 合作社 and the 猕猴桃 基地 of the 村集体经济, the 防返贫 监测户 each 党员 looks after, the 红白理事会 that keeps the
酒席 small: a checklist printed as 档案类别 | 序号 | 台账名称 | 归档要求 | 分值 | 扣分标准 | 得分, each 台账 named by its 《》 title (one with a note in
brackets), its 归档要求 saying what it must hold, how often and by when, two opening on how often without naming the meeting again ("每年召开
一次" under 《组织生活会资料》, "每年开展一次" under 《民主评议党员资料》), and its 扣分标准 taking off for the 台账 missing, a time short or a rule
broken, one opening "每少1次扣0.3分" under 《主题党日活动记录》 and "未召开的" / "未开展的" under the two above: 组织基础档案 (the “两委” 花名册, a 15日 更新, one under 35 and three of
高中 and above; the 党员信息 台账 and a quarterly 核对; the 制度汇编 and its 上墙; the 计划 by the end of January with its 备案 and the 总结 by the end
of December; three 后备力量, two under 35, the 档案 and a quarterly 谈心; the 年底 述职, the 满意率 and the 整改清单), 组织生活档案 (the “三会一课” 记录本
and its 签到表; the 主题党日 on the 10th with 方案、签到、照片 and one 现场教学; the 组织生活会 with the 征求意见, the 谈心谈话, the 对照检查 and the 整改
清单; the 民主评议 with its 自评、互评、测评, the 测评表 and the 公布; the 书记's 党课, the 讲稿, a monthly 集中学习, the 参学率 and 24学时; the 谈心谈话
全覆盖 and its 签字), 党员管理档案 (党费 按月 with the 本人签字, the 核定 by the end of March and a half-yearly 公示; one 积极分子, a half-yearly 考察,
the 公示, the 档案 and a 一票否决; the 流动党员 一人一表, a monthly 联系 and two 组织生活; the 积分 with a quarterly 公示, the 设岗率 and the 年底 “星级
党员”; five 联系户, a monthly 走访 and the 监测户 全覆盖) and 村级治理档案 (the “四议两公开” and seven days' 公开; the quarterly 村务财务 公开, its 照片
and the quarterly 审核 by the 村务监督委员会; the “三资” 台账, the 经营性收入 in bands of 万元 and the 分配方案; the 值班 and the 代办 办结率; the 村规民约
and its 备案, the half-yearly 红白理事会 and five “好家风” 家庭).

A merged title row, a merged "检查对象：歧坪镇各村党支部（党总支）" line and a merged "村名：    检查人：    检查日期：" line above the header 档案类别 |
序号 | 台账名称 | 归档要求 | 分值 | 扣分标准 | 得分. The 档案类别 are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their points on
the SAME line, "组织基础档案（20分）". 序号 (SECOND column) runs 1..22 through the sheet, NOT restarting. 台账名称 is the 《》 title of the 台账, with its
bracketed note where printed (`Row.indicator`); 归档要求 (`Row.text`) says what it must hold; 分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`);
得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals, nearly all in the 归档要求 ("15日内",
"35周岁以下的不少于1名", "不少于3名", "每季度核对一次", "1月底前", "12月底前", "不少于3名", "35周岁以下的不少于2名", "每季度…一次", "年底", "不低于百分之
八十五", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "每月10日", "年内…不少于1次", "每年召开一次", "每年开展
一次", "每年讲党课不少于1次", "每月开展一次", "不低于百分之八十", "每人每年…不少于24学时", "每年…至少1次", "全覆盖", "按月", "每年3月底前", "每半年
公示一次", "年内…不少于1名", "每半年…一次", "不少于5个工作日", "每月…一次", "年内…不少于2次", "每季度…公示一次", "百分之百", "年底", "不少于5户", "每月
…不少于1次", "全覆盖", "不少于7天", "每季度公开一次", "每季度…一次", "5万元以上", "每天…1名以上", "百分之九十五", "每半年开展一次", "年内…不少于5户");
"最高扣" caps; bands of the 经营性收入 in 万元 (3 of the 5 points, closed by "3万元以下的不得分"); no "酌情"; one "实行一票否决，本项不得分"; no other
"本项不得分".
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


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the sheet prints it: 台账名称, 归档要求, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzp_cangxi_qiping_zhen_cun_taizhang_xlsx",
    fmt="xlsx",
    title="歧坪镇2025年度村级党建工作台账规范化检查评分表",
    numbering="printed",
    sections=(
        Section("组织基础档案", "组织基础档案（20分）", 20, (
            _row("《村“两委”班子成员花名册》",
                 "载明姓名、职务、性别、出生年月、学历、任职时间和联系电话，人员变动后15日内更新；“两委”班子成员中35周岁以下的不少于1名，高中（中专）"
                 "及以上学历的不少于3名。", 4,
                 "无花名册的扣2分；更新不及时的扣0.5分；35周岁以下、高中及以上学历成员每缺1名扣0.5分。"),
            _row("《党员信息管理台账》",
                 "党员基本信息与全国党员管理信息系统一致，每季度核对一次；外出流动党员、年老体弱党员分类标注。", 3,
                 "无台账的扣1.5分；核对每少1次扣0.3分；信息与系统不一致的，每人扣0.1分，最高扣1分。"),
            _row("《村级组织工作制度汇编》",
                 "“三会一课”、主题党日、“四议两公开”、村务监督、党员联系户、村干部坐班值班等制度齐全，主要制度在村党群服务中心上墙。", 3,
                 "无制度汇编的扣1.5分；每缺一项制度扣0.3分，最高扣1分；主要制度未上墙的扣0.5分。"),
            _row("《年度党建工作计划和总结》",
                 "1月底前制定年度党建工作计划，报镇党委备案；12月底前形成年度工作总结，对照计划逐项说明完成情况。", 3,
                 "缺计划或总结的，每项扣1.5分；计划未备案的扣0.5分。"),
            _row("《村级后备力量培养台账》",
                 "储备村级后备力量不少于3名，其中35周岁以下的不少于2名，一人一档；村党组织书记每季度与后备力量谈心一次。", 4,
                 "后备力量每少1名扣0.5分；35周岁以下的每少1名扣0.5分；未建档的扣1分；谈心每少1次扣0.2分。"),
            _row("《村党组织书记述职评议资料》",
                 "村党组织书记年底向镇党委和村党员大会述职，接受党员群众民主测评，测评满意率不低于百分之八十五；述职中查摆的问题建立整改清单。", 3,
                 "未述职的扣1.5分；满意率低于85%的扣1分；无整改清单的扣0.5分。"),
        )),
        Section("组织生活档案", "组织生活档案（30分）", 30, (
            _row("《“三会一课”记录本》（附签到表）",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；记录时间、地点、参会人员、议题和决定事项。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣5分；记录要素不全的，每次扣0.1分，最高扣1.5分；无签到表的，每次扣0.1分，最高扣1.5分。"),
            _row("《主题党日活动记录》",
                 "每月10日开展主题党日，活动有方案、有签到、有照片；外出流动党员可通过视频方式参加；年内组织党员到红色教育基地开展现场教学不少于1次。", 5,
                 "每少1次扣0.3分，最高扣3分；缺方案、签到或照片的，每次扣0.1分，最高扣1分；未开展现场教学的扣1分。"),
            _row("《组织生活会资料》",
                 "每年召开一次，会前征求意见、开展谈心谈话，会上对照检查、开展批评与自我批评，会后制定整改清单并报镇党委。", 5,
                 "未召开的扣2.5分；征求意见、谈心谈话、对照检查材料每缺一项扣0.5分；无整改清单或未上报的扣0.5分。"),
            _row("《民主评议党员资料》",
                 "每年开展一次，党员个人自评、党员互评、民主测评环节完整，测评表齐全；评定结果向党员公布，对评为不合格的党员按规定处置。", 4,
                 "未开展的扣2分；自评、互评、测评每缺一项扣0.5分；测评表不全的扣0.5分；评定结果未公布的扣0.5分。"),
            _row("《党员学习教育记录》",
                 "村党组织书记每年讲党课不少于1次，讲稿存档；每月开展一次集中学习，党员参学率不低于百分之八十；党员每人每年参加学习培训不少于24学时。", 5,
                 "书记未讲党课的扣1分；无讲稿的扣0.3分；集中学习每少1次扣0.2分，最高扣1.5分；参学率每低5个百分点扣0.3分，最高扣1分；学时不足的，每人"
                 "扣0.1分，最高扣1分。"),
            _row("《谈心谈话记录》",
                 "村党组织书记与班子成员、班子成员与党员每年谈心谈话至少1次，实现全覆盖；谈话有记录、有签字。", 3,
                 "无记录的扣1分；未全覆盖的，每少1人扣0.1分，最高扣1.5分；记录无签字的扣0.5分。"),
        )),
        Section("党员管理档案", "党员管理档案（25分）", 25, (
            _row("《党费收缴台账》",
                 "按月收缴党费，党员本人签字；每年3月底前核定一次交纳基数；每半年公示一次党费收缴情况，留存公示照片。", 5,
                 "未按月收缴的，每人次扣0.1分，最高扣2分；代签的，每人次扣0.1分；未核定基数的扣1分；公示每少1次扣0.5分；无公示照片的扣0.5分。"),
            _row("《发展党员工作档案》",
                 "年内确定入党积极分子不少于1名，每半年进行一次培养考察；入党积极分子、发展对象、拟转正预备党员在村务公开栏公示不少于5个工作日；发展"
                 "党员档案一人一档，材料齐全。", 6,
                 "未确定入党积极分子的扣1分；培养考察每少1次扣0.5分；未公示的，每次扣1分；档案材料每缺一项扣0.3分，最高扣1.5分；违反程序发展党员的，"
                 "实行一票否决，本项不得分。"),
            _row("《流动党员管理台账》",
                 "外出流动党员一人一表，登记外出地点、从事行业和联系方式；村党组织每月与流动党员联系一次，年内流动党员回村或线上参加组织生活不少于2次。", 4,
                 "无台账的扣1分；联系每少1次扣0.1分，最高扣1分；参加组织生活不足2次的，每人扣0.2分，最高扣1分。"),
            _row("《党员积分和设岗定责台账》",
                 "推行农村党员“积分制”管理，积分每季度在村务公开栏公示一次；无职党员设岗定责，设岗率达到百分之百；年底根据积分评定“星级党员”。", 5,
                 "无积分台账的扣1.5分；公示每少1次扣0.5分；设岗率每低10个百分点扣0.5分；年底未评定的扣1分。"),
            _row("《党员联系户台账》",
                 "每名农村党员联系群众不少于5户，每月走访联系户不少于1次，帮助解决生产生活困难；对防返贫监测户实行党员结对帮扶全覆盖。", 5,
                 "联系户不足的，每人扣0.1分，最高扣1分；走访每少1次扣0.1分，最高扣2分；监测户未结对帮扶的，每户扣0.5分。"),
        )),
        Section("村级治理档案", "村级治理档案（25分）", 25, (
            _row("《“四议两公开”工作台账》",
                 "村级重大事项、重要项目和大额资金使用严格落实“四议两公开”，党支部提议、“两委”会议商议、党员大会审议、村民代表会议决议各环节有记录；"
                 "决议和实施结果公开不少于7天。", 6,
                 "重大事项未落实“四议两公开”的，每件扣2分，最高扣4分；环节记录缺失的，每件扣0.5分；结果未公开的扣1分。"),
            _row("《村务财务公开和村务监督台账》",
                 "村务、财务每季度公开一次，重大事项随时公开，公开资料留存照片；村务监督委员会每季度对村级财务收支审核一次，审核意见签字存档。", 5,
                 "公开每少1次扣0.5分；无公开照片的扣0.5分；监督委员会审核每少1次扣0.5分；审核意见未签字的扣0.3分。"),
            _row("《村集体经济发展台账》",
                 "建立村集体资产、资源、资金“三资”台账；年内村集体经济经营性收入达到5万元以上；集体经济收益分配方案经村民代表会议通过并公示。", 5,
                 "无“三资”台账的扣1分；经营性收入10万元以上的得3分，5万元（含）—10万元的得2分，3万元（含）—5万元的得1分，3万元以下的不得分；收益"
                 "分配方案未经会议通过或未公示的扣1分。"),
            _row("《村党群服务中心值班及代办台账》",
                 "工作日每天安排1名以上村干部坐班值班，值班有登记；推行便民服务代办，代办事项办结率达到百分之九十五。", 4,
                 "无值班登记的扣1分；暗访发现无人值班的，每次扣0.5分，最高扣1.5分；办结率每低1个百分点扣0.2分，最高扣1.5分。"),
            _row("《村规民约和移风易俗工作台账》",
                 "村规民约经村民会议讨论通过并报镇党委、镇政府备案；红白理事会每半年开展一次活动；年内评选“好家风”家庭不少于5户。", 5,
                 "村规民约未备案的扣1分；理事会活动每少1次扣1分；“好家风”家庭每少1户扣0.3分。"),
        )),
    ),
)

HEADER = ["档案类别", "序号", "台账名称", "归档要求", "分值", "扣分标准", "得分"]
NOTE = ("说明：1.台账以2025年1月1日至检查之日形成的原始资料为准，事后补做、代签、复印代替原件的不予认定；2.“无××”指台账名称或归档要求所列资料"
        "缺失的；3.各项扣分以该项分值为限，扣完为止；4.经营性收入以县农业农村局农经统计年报数据为准；5.检查得分90分以上的为“优秀”，75—89分的为"
        "“合格”，75分以下的为“不合格”，检查结果纳入村党组织“五星支部”评定，“不合格”的村由镇党委约谈村党组织书记。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村级台账检查"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "检查对象：歧坪镇各村党支部（党总支）", ncols)
    xlsx_line(ws, "村名：              检查人：              检查日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.indicator, row.text, row.points, row.scoring, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (14, 6, 24, 50, 6, 50, 8))
    wb.save(str(path))
