"""壶瓶山镇2025年度村党组织“五星”评定考核评分表 (.docx), as the 镇党委 of 湖南 常德 石门县 壶瓶山镇 (its 党建办 with the 农业综合服务中心, the 经管站,
the 综治中心, the 林业站 and the 镇纪委, an 评定组 led by the 联村 镇领导 driving up the 渫水 valley in the first half of December, when the 柑橘 are
picked, the 茶园 are pruned and the 森林防火 season opens on the 壶瓶山 slopes above the 自然保护区) rates the 村党组织 of a mountain township: the
村 where the 茶叶 and 中药材 合作社 were started by the 村党支部, the 民宿 on the road to the 大峡谷, the 监测户 the 党员 visit, the young gone to
长沙 and 广东 who join the 主题党日 on line, the 护林 党员 who walk the ridges every day of the fire season: a “五星” table whose five stars are
merged cells, whose 评星条件 prints what the 村 must have done, whose 评分标准 takes points off one clause at a time, scores the 村集体经济 in bands of
万元 and the 主题党日 参加率, the 户厕改造完成率, the 化解率, the 参保率 and the 年底 满意率 in bands, and whose 佐证材料 names the papers to bring:
支部过硬星 (the 书记's 培训; one roster of the “两委” by age and 学历 and a "本项不得分" for 软弱涣散; the “三会一课” and the 书记's two 党课; the
主题党日 and its 参加率 in bands; the 积分 with a quarterly 公示, one 积极分子, the 公示 of seven days, 党费 按月 and a "本项不得分"), 产业兴旺星 (the
经营性收入 in bands of 万元; one 合作社, three 致富带头人 and two 帮带 户 each; a monthly 返贫 排查, the 落实率, the 增幅 and a "本项不得分"), 生态宜居星
(a monthly 人居环境 整治, the 户厕改造完成率 in bands and the “门前三包”; the 护林责任区, the 巡山 and a "本项不得分"; the 村规民约, a quarterly 宣传 and
no 破坏生态 案件), 平安法治星 (a monthly 排查, the 化解率 in bands and no 越级上访; a quarterly 公开, the “四议两公开” and the 公示 of seven days; two
法律明白人, a half-yearly 普法 and no 刑事案件) and 文明幸福星 (the 参保率 in bands and no 辍学; the 服务中心, the 代办 登记, the 联系户 全覆盖 and a
quarterly 走访; one 评选, the “七一”、春节 慰问 and the 年底 满意率 in bands).

The title (bold, centred), a centred "（评定对象：壶瓶山镇各村党总支、党支部）" line and a plain "村名：    评定组：    评定日期：" line above one table:
星级类别 | 序号 | 评星条件 | 分值 | 评分标准 | 佐证材料. The five stars are MERGED CELLS down the FIRST column, printed WITHOUT an ordinal and WITH their
points on a SECOND line, "支部过硬星\\n（20分）". 序号 (SECOND column) RESTARTS at 1 under every star (ids "1.1" … "5.3"). 评星条件 (`Row.text`) says
what is required; 分值 is a plain number BEFORE the 评分标准 (`Row.scoring`); 佐证材料 (`Row.method`) names the papers, joined by "、". A 合计 row of
100 closes the table; a "评定说明：" paragraph and four numbered lines follow it (the 评星 rule: a star is won at 80% of its points, “五星” at 90 in
all with every star won). Counts in figures and Chinese numerals, nearly all in the 评星条件 ("年内…不少于1次", "35周岁以下的不少于1名", "大专及以上
学历的不少于2名", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "每年讲党课不少于2次", "每月固定日期",
"百分之八十以上", "每季度公示一次", "年内…不少于1名", "不少于7天", "按月", "10万元以上", "不少于1个", "不少于3名", "不少于2户", "每月排查一次",
"100%", "每月开展一次", "百分之九十以上", "每天", "全年", "每季度开展一次", "每月开展一次", "百分之九十五以上", "全年", "每季度公开一次", "不少于7天",
"不少于2名", "每半年开展一次", "全年", "百分之九十五以上", "100%", "全覆盖", "每季度…不少于1次", "年内不少于1次", "“七一”、春节", "年底", "百分之
九十"); "最高扣" caps; bands of the 主题党日 参加率 (2 of the 4 points), the 经营性收入 in 万元 (all 8), the 户厕改造完成率 (2 of the 7), the 化解率
(3 of the 7), the 参保率 (3 of the 6) and the 年底 满意率 (5 of the 8), each closed by "…以下的不得分"; "酌情扣1-2分" once and "酌情扣0.5-1分" once;
four "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the table prints it: 评星条件, 分值, 评分标准, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzq_shimen_hupingshan_zhen_cun_wuxing_docx",
    fmt="docx",
    title="壶瓶山镇2025年度村党组织“五星”评定考核评分表",
    numbering="restart",
    sections=(
        Section("支部过硬星", "支部过硬星\n（20分）", 20, (
            _row("村党组织书记年内参加县级以上示范培训不少于1次；村“两委”班子成员中35周岁以下的不少于1名、大专及以上学历的不少于2名；班子团结，"
                 "无软弱涣散问题。", 5,
                 "书记未参加培训的扣1分；35周岁以下成员缺额的扣1分；大专及以上学历成员每少1名扣0.5分；被列为软弱涣散村党组织的，本项不得分。",
                 "培训通知、班子成员名册"),
            _row("严格落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次；村党组织书记每年讲党课"
                 "不少于2次。", 5,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣1分。", "会议记录、签到表、党课讲稿"),
            _row("每月固定日期开展主题党日活动，外出务工党员可通过微信群线上参加；党员参加率达到百分之八十以上。", 4,
                 "主题党日每少1次扣0.2分，最高扣2分；参加率90%以上的得2分，80%（含）—90%的得1.5分，70%（含）—80%的得1分，70%以下的不得分。",
                 "活动记录、活动照片"),
            _row("推行农村党员积分管理，积分每季度公示一次；年内确定入党积极分子不少于1名，发展对象在村务公开栏公示不少于7天；党员按月交纳党费。", 6,
                 "积分公示每少1次扣0.5分，最高扣2分；未确定入党积极分子的扣1分；发展对象未公示的扣1分；未按月交纳党费的，每人次扣0.1分，最高扣1分；"
                 "违反程序发展党员的，本项不得分。", "积分公示照片、发展党员档案、党费收缴台账"),
        )),
        Section("产业兴旺星", "产业兴旺星\n（20分）", 20, (
            _row("村集体经济年经营性收入达到10万元以上。", 8,
                 "年经营性收入50万元以上的得8分，20万元（含）—50万元的得6分，10万元（含）—20万元的得4分，5万元（含）—10万元的得2分，5万元以下的"
                 "不得分。", "村集体经济收支明细账、镇经管站审核表"),
            _row("村党组织领办茶叶、中药材、民宿等专业合作社不少于1个；培育党员致富带头人不少于3名，每人结对帮带农户不少于2户。", 6,
                 "未领办合作社的扣2分；合作社空壳运行的，酌情扣1-2分；致富带头人每少1名扣0.5分；结对帮带不足的，每人扣0.2分，最高扣1分。",
                 "合作社营业执照、结对帮带台账"),
            _row("落实防止返贫动态监测，每月排查一次，帮扶措施落实率达到100%；脱贫人口人均纯收入增幅不低于全县平均水平。", 6,
                 "排查每少1次扣0.3分，最高扣2分；帮扶措施落实率每低1个百分点扣0.2分，最高扣2分；增幅低于全县平均水平的扣2分；发生规模性返贫的，"
                 "本项不得分。", "监测排查台账、帮扶手册"),
        )),
        Section("生态宜居星", "生态宜居星\n（20分）", 20, (
            _row("每月开展一次人居环境集中整治，农村户厕改造完成率达到百分之九十以上；党员户带头落实“门前三包”。", 7,
                 "集中整治每少1次扣0.5分，最高扣3分；户厕改造完成率90%以上的得2分，80%（含）—90%的得1分，80%以下的不得分；党员户未落实“门前三包”"
                 "的，每户扣0.2分，最高扣2分。", "整治记录、整治前后对比照片"),
            _row("落实林长制，划定党员护林责任区；森林防火期每天组织党员巡山，全年不发生森林火灾。", 7,
                 "未划定党员护林责任区的扣1分；巡山记录缺失的，每次扣0.2分，最高扣2分；发生森林火灾的，本项不得分。", "责任区划分图、巡山记录"),
            _row("修订村规民约，将生态保护、移风易俗纳入其中；每季度开展一次生态保护宣传；全年无破坏生态资源案件。", 6,
                 "村规民约未修订的扣1分；宣传每少1次扣1分；发生破坏生态资源案件被查处的，每起扣2分。", "村规民约文本、宣传照片"),
        )),
        Section("平安法治星", "平安法治星\n（20分）", 20, (
            _row("每月开展一次矛盾纠纷排查，矛盾纠纷化解率达到百分之九十五以上；全年无进京赴省越级上访。", 7,
                 "排查每少1次扣0.3分，最高扣2分；化解率95%以上的得3分，90%（含）—95%的得2分，85%（含）—90%的得1分，85%以下的不得分；发生越级"
                 "上访的，每起扣2分。", "排查台账、调解卷宗"),
            _row("村务、财务每季度公开一次；重大事项落实“四议两公开”，决议和实施结果公示不少于7天。", 7,
                 "公开每少1次扣0.5分，最高扣2分；重大事项未落实“四议两公开”的，每件扣1分，最高扣3分；结果未公示的，每件扣0.5分。",
                 "公开栏照片、“四议两公开”会议记录"),
            _row("每个村民小组培养法律明白人，全村不少于2名；每半年开展一次普法宣传；全年无刑事案件、无重大安全生产事故。", 6,
                 "法律明白人每少1名扣1分；普法宣传每少1次扣1分；发生刑事案件或重大安全生产事故的，每起扣2分。", "法律明白人名单、宣传照片"),
        )),
        Section("文明幸福星", "文明幸福星\n（20分）", 20, (
            _row("城乡居民基本医疗保险参保率达到百分之九十五以上；适龄儿童义务教育入学率100%，无辍学。", 6,
                 "参保率98%以上的得3分，95%（含）—98%的得2分，90%（含）—95%的得1分，90%以下的不得分；适龄儿童辍学的，每人扣1分，最高扣3分。",
                 "参保名册、控辍保学台账"),
            _row("村党群服务中心规范运行，群众办事代办帮办，代办事项有登记；党员联系户全覆盖，每名党员每季度走访联系户不少于1次。", 6,
                 "服务中心运行不规范的，酌情扣0.5-1分；无代办登记的扣1分；党员联系户未全覆盖的，每少1户扣0.1分，最高扣1分；走访每少1次扣0.1分，"
                 "最高扣2分。", "代办登记簿、党员联系户台账"),
            _row("开展“好婆婆”“好媳妇”“文明家庭”等评选，年内不少于1次；“七一”、春节走访慰问老党员、困难党员；年底组织群众代表开展满意度测评，"
                 "满意率达到百分之九十。", 8,
                 "未开展评选的扣1分；慰问每少1次扣1分；满意率95%以上的得5分，90%（含）—95%的得4分，85%（含）—90%的得2分，85%以下的不得分。",
                 "评选结果公示照片、慰问名单、满意度测评表"),
        )),
    ),
)

HEADER = ["星级类别", "序号", "评星条件", "分值", "评分标准", "佐证材料"]
NOTES = (
    "评定说明：",
    "1.本表由镇党委组织联村领导、党建办和镇直相关站所人员组成评定组，于12月上中旬进村评定，采取查阅佐证材料、实地查看、入户走访、问卷测评相结合的"
    "方式进行。",
    "2.各项扣分以该项分值为限，扣完为止；评分标准列明得分档次的，按档次计分；村集体经济经营性收入以镇经管站审核数为准。",
    "3.每颗星得分达到该星分值80%（16分）的，授予该星；总分90分以上且五颗星全部授予的，评为“五星村党组织”，以此类推。",
    "4.评定结果在全镇通报，并与村干部绩效报酬和评先评优挂钩；未获得星级的村党组织，由镇党委约谈村党组织书记。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（评定对象：壶瓶山镇各村党总支、党支部）")
    document.add_paragraph("村名：              评定组：              评定日期：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for i, row in enumerate(s.rows, 1):
            cells = ((1, str(i)), (2, row.text), (3, _fmt(row.points)), (4, row.scoring), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
