"""南梁镇2025年度村党组织党建工作台账检查评分表 (.docx), as the 镇党委 of 甘肃 庆阳 华池县 南梁镇 (its 党建办 with the 农经站, the 综治中心 and the 镇
纪委, a 检查组 going up the 沟 to each 村党群服务中心 in the last week of November, when the 黄花菜 is long dried and sold, the 湖羊 are in their
pens and the 陕甘边 革命根据地 纪念馆 has few visitors) opens the 档案盒 of the 村党支部 of a 镇 on the 子午岭: the 村 whose young 党员 are in 西安 and
银川 and whose old ones live in 窑洞, the 合作社 of 黄花菜 and 湖羊 that carry the 村集体经济, the 党员 who each look after five 户: a checklist printed
as 序号 | 台账名称 | 内容及要求 | 分值 | 扣分标准, each 台账 named by its 《》 title, its 内容及要求 saying what it must hold, how often and by when —
most opening on how often without naming the meeting or the paper again ("每月至少召开1次" under 《支部委员会会议记录》, "每季度至少召开1次" under
《党员大会会议记录》 and 《党小组会议记录》, "每季度至少1次" under 《党课记录》, "每月5日固定开展" under 《主题党日活动记录》, "每年至少召开1次" under
《组织生活会资料》, "每年开展1次" under 《民主评议党员资料》, "1月底前制定" under 《年度工作计划和总结》, "按月收缴" under 《党费收缴台账》, "每月至少
排查一次" under 《矛盾纠纷排查调处台账》) — and its 扣分标准 taking off for the 台账 missing, a time short or a rule broken, several opening "每少1次…"
or "未召开的…" with no name: 组织设置类台账 (the “两委” 花名册, two under 45 and three of 高中 and above; the 党员花名册 and a half-yearly 核对; the 制度
汇编 and its 上墙; the 计划 by the end of January with its 审核 and the 总结 by 20 December; three 后备力量, one 致富能手 or 返乡大学生, the 一人一档 and
a half-yearly 考察), 组织生活类台账 (the 支委会 monthly and its 记录; the 党员大会 quarterly, its 签到表 and the 到会率; the 党小组会 quarterly; the 党课
quarterly, the 书记's own, the 讲稿 and 照片; the 主题党日 on the 5th with 签到、照片 and one 现场教学 at the 南梁 纪念馆; the 组织生活会, the 征求意见,
the 谈心谈话, the 对照检查材料 and the 整改清单; the 民主评议, its 环节, the 测评表 and the 公布), 党员管理类台账 (党费 按月 with the 本人签字, the 核定
by the end of March and a half-yearly 公示; one 积极分子, a quarterly 考察, the 公示, the 档案 and a 一票否决; the 流动党员, a monthly 联系 and the 学习资料;
a monthly 集中学习, 24学时 and the 送学上门; the 谈心谈话 全覆盖; five 联系户 each, a quarterly 走访 and the 帮扶) and 村级治理类台账 (the “四议两公开”
and seven days' 公开; the quarterly 村务 公开, the monthly 财务 公开, the 照片 and the quarterly 审核; the 资产资源台账, the 经营性收入 in bands of 万元 and
the 分配方案; a monthly 排查, the 调处成功率 and no 越级上访).

The title (bold, centred), a centred "（检查对象：南梁镇各村党支部）" line and a plain "村名：    检查人：    检查日期：" line above one table: 序号 | 台账
名称 | 内容及要求 | 分值 | 扣分标准. Each category is a SECTION ROW merged across the table, printed WITH an ordinal and its points on one line, "一、
组织设置类台账（15分）". 序号 (FIRST column) runs 1..22 through the table, NOT restarting under the section rows. 台账名称 is the 《》 title of the 台账
(`Row.indicator`); 内容及要求 (`Row.text`) says what it must hold; 分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`). A 合计 row of 100 closes
the table; a "备注：" paragraph and four numbered lines follow it. Counts in figures and Chinese numerals, nearly all in the 内容及要求 ("45周岁以下的
不少于2名", "不少于3名", "每半年…核对一次", "1月底前", "12月20日前", "不少于3名", "不少于1名", "每半年考察一次", "每月至少召开1次", "每季度至少召开1次",
"不低于百分之八十", "每季度至少召开1次", "每季度至少1次", "每年讲党课不少于1次", "每月5日", "年内…不少于1次", "每年至少召开1次", "每年开展1次", "按月",
"每年3月底前", "每半年…公示一次", "年内…不少于1名", "每季度考察一次", "不少于5个工作日", "每月联系一次", "每月…不少于1次", "每人每年…不少于24学时",
"每年至少…1次", "全覆盖", "不少于5户", "每季度…至少1次", "不少于7天", "每季度公开1次", "每月公开1次", "每季度…一次", "10万元以上", "每月至少排查一次",
"百分之九十五以上", "全年"); "最高扣" caps; bands of the 经营性收入 in 万元 (4 of the 7 points, closed by "5万元以下的不得分"); "酌情扣1-2分" once; one
"实行一票否决，本项不得分"; no other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(name: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 台账名称, 内容及要求, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=name)


TABLE = Table(
    name="zzzzr_huachi_nanliang_zhen_cun_taizhang_docx",
    fmt="docx",
    title="南梁镇2025年度村党组织党建工作台账检查评分表",
    numbering="printed",
    sections=(
        Section("组织设置类台账", "一、组织设置类台账（15分）", 15, (
            _row("《村“两委”班子成员花名册》",
                 "载明姓名、性别、出生年月、文化程度、职务和联系电话，人员变动后及时更新；“两委”班子成员中45周岁以下的不少于2名，高中（中专）及以上"
                 "文化程度的不少于3名。", 3,
                 "无花名册的扣1.5分；信息不全或未及时更新的扣0.5分；45周岁以下、高中（中专）及以上文化程度成员不达标的，每缺1名扣0.5分。"),
            _row("《党员花名册》",
                 "全村党员逐人登记，区分正式党员、预备党员、外出流动党员和年老体弱党员；每半年与全国党员管理信息系统核对一次。", 3,
                 "无花名册的扣1.5分；核对每少1次扣0.5分；登记信息与系统不一致的，每人扣0.1分，最高扣1分。"),
            _row("《村级组织工作制度汇编》",
                 "“三会一课”、主题党日、组织生活会、民主评议党员、党员联系群众、“四议两公开”、村务监督等制度齐全，主要制度在村级活动场所上墙。", 3,
                 "无制度汇编的扣1分；每缺一项制度扣0.3分，最高扣1分；主要制度未上墙的扣0.5分。"),
            _row("《年度工作计划和总结》",
                 "1月底前制定，明确全年党建工作目标任务，报镇党委审核；12月20日前形成年度工作总结，对照计划逐项说明完成情况。", 3,
                 "缺计划或总结的，每项扣1.5分；计划未报镇党委审核的扣0.5分。"),
            _row("《村级后备力量台账》",
                 "储备不少于3名，其中致富能手、返乡大学生不少于1名；后备力量一人一档，村党支部每半年考察一次。", 3,
                 "每少1名扣0.5分；无致富能手或返乡大学生的扣0.5分；未建档的扣0.5分；考察每少1次扣0.3分。"),
        )),
        Section("组织生活类台账", "二、组织生活类台账（30分）", 30, (
            _row("《支部委员会会议记录》",
                 "每月至少召开1次，研究本村重大事项和党员教育管理工作；记录议题、参会人员、讨论情况和决定事项。", 5,
                 "每少1次扣0.4分，最高扣4分；记录要素不全的，每次扣0.1分，最高扣1分。"),
            _row("《党员大会会议记录》",
                 "每季度至少召开1次，外出党员可通过视频方式参加；会议有签到表，党员到会率不低于百分之八十。", 5,
                 "每少1次扣1分；无签到表的，每次扣0.2分；到会率低于80%的，每次扣0.2分，最高扣1分。"),
            _row("《党小组会议记录》",
                 "每季度至少召开1次，按党小组分别记录学习内容和党员发言。", 3,
                 "每少1次扣0.3分，最高扣2分；未按党小组分别记录的扣1分。"),
            _row("《党课记录》",
                 "每季度至少1次，其中村党支部书记每年讲党课不少于1次；讲稿、照片存档。", 3,
                 "每少1次扣0.5分；书记未讲党课的扣1分；无讲稿或照片的扣0.5分。"),
            _row("《主题党日活动记录》",
                 "每月5日固定开展，做到有主题、有签到、有照片；年内到南梁革命纪念馆等红色教育基地开展现场教学不少于1次。", 5,
                 "每少1次扣0.3分，最高扣2分；未在固定日期开展的，每次扣0.1分；缺签到或照片的，每次扣0.1分，最高扣1分；未开展现场教学的扣1分。"),
            _row("《组织生活会资料》",
                 "每年至少召开1次，会前征求意见、开展谈心谈话，支部班子和党员个人撰写对照检查材料；会后制定整改清单，抓好整改落实。", 5,
                 "未召开的扣2分；征求意见、谈心谈话每缺一项扣0.5分；无对照检查材料的扣1分；无整改清单的扣0.5分。"),
            _row("《民主评议党员资料》",
                 "每年开展1次，经个人自评、党员互评、民主测评、组织评定等环节，民主测评表齐全；评定结果向党员公布。", 4,
                 "未开展的扣2分；环节不全的扣0.5分；无测评表的扣1分；评定结果未公布的扣0.5分。"),
        )),
        Section("党员管理类台账", "三、党员管理类台账（30分）", 30, (
            _row("《党费收缴台账》",
                 "按月收缴，党员本人签字；每年3月底前核定交纳基数；每半年在村务公开栏公示一次收缴情况。", 5,
                 "未按月收缴的，每人次扣0.1分，最高扣2分；无本人签字的，每人次扣0.1分，最高扣1分；未核定基数的扣1分；公示每少1次扣0.5分。"),
            _row("《发展党员工作台账》",
                 "年内确定入党积极分子不少于1名，每季度考察一次；发展对象、拟转正预备党员公示不少于5个工作日；发展党员档案一人一档、材料齐全。", 6,
                 "未确定入党积极分子的扣1分；考察每少1次扣0.3分；未公示的，每次扣1分；档案材料每缺一项扣0.3分，最高扣1.5分；违反程序发展党员的，实行"
                 "一票否决，本项不得分。"),
            _row("《流动党员管理台账》",
                 "外出流动党员逐人登记外出地点、务工单位和联系方式；每月联系一次，通过微信群推送学习资料。", 4,
                 "无台账的扣1分；联系每少1次扣0.1分，最高扣1.5分；未推送学习资料的扣0.5分。"),
            _row("《党员学习培训台账》",
                 "每月组织集中学习不少于1次；党员每人每年参加学习培训不少于24学时，年老体弱党员送学上门。", 5,
                 "集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1.5分；未送学上门的扣0.5分。"),
            _row("《谈心谈话记录》",
                 "书记与班子成员、班子成员与党员、党员与党员之间每年至少谈心谈话1次，实现全覆盖。", 4,
                 "无记录的扣1分；未全覆盖的，每少1人扣0.1分，最高扣2分。"),
            _row("《党员联系群众台账》",
                 "每名党员联系群众不少于5户，每季度入户走访至少1次，帮助困难群众解决生产生活实际问题。", 6,
                 "联系户不足5户的，每人扣0.1分，最高扣1分；走访每少1次扣0.2分，最高扣2分；帮扶不到位的，酌情扣1-2分。"),
        )),
        Section("村级治理类台账", "四、村级治理类台账（25分）", 25, (
            _row("《“四议两公开”工作记录》",
                 "村级重大事项一律按照“四议两公开”程序决策，提议、商议、审议、决议各环节记录完整；决议和实施结果公开不少于7天。", 6,
                 "重大事项未按程序决策的，每件扣2分，最高扣4分；环节记录不全的，每件扣0.5分；结果未公开的扣1分。"),
            _row("《村务财务公开台账》",
                 "村务每季度公开1次，财务每月公开1次，公开内容拍照存档；村务监督委员会每季度审核一次财务收支。", 6,
                 "村务公开每少1次扣0.5分；财务公开每少1次扣0.3分，最高扣2分；无公开照片的扣0.5分；审核每少1次扣0.5分。"),
            _row("《村集体经济台账》",
                 "建立集体资产资源台账；发展黄花菜、湖羊等特色产业，年内村集体经济经营性收入达到10万元以上；收益分配方案经村民代表会议讨论通过并公示。", 7,
                 "无资产资源台账的扣1分；经营性收入20万元以上的得4分，10万元（含）—20万元的得3分，5万元（含）—10万元的得2分，5万元以下的不得分；分配"
                 "方案未经讨论或未公示的扣1分。"),
            _row("《矛盾纠纷排查调处台账》",
                 "每月至少排查一次，调处情况逐件登记；矛盾纠纷调处成功率达到百分之九十五以上，全年不发生越级上访。", 6,
                 "排查每少1次扣0.3分，最高扣2分；调处成功率每低1个百分点扣0.2分，最高扣2分；发生越级上访的，每起扣1分。"),
        )),
    ),
)

HEADER = ["序号", "台账名称", "内容及要求", "分值", "扣分标准"]
NOTES = (
    "备注：",
    "1.台账以2025年1月1日至检查之日形成的原始资料为准，事后补记、代签、以复印件代替原件的不予认定。",
    "2.“无××”“未召开”“未开展”指台账名称或内容及要求所列资料缺失的；各项扣分以该项分值为限，扣完为止。",
    "3.村集体经济经营性收入以县农业农村局农经统计年报数据为准。",
    "4.检查得分90分以上的为“优秀”，75—89分的为“合格”，75分以下的为“不合格”，检查结果纳入村党支部星级评定，“不合格”的村由镇党委约谈村党支部书记。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（检查对象：南梁镇各村党支部）")
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
