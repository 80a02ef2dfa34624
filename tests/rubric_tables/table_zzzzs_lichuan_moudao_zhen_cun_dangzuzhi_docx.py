"""利川市谋道镇2025年度村党组织党建工作目标管理考核细则 (.docx), as the 镇党委 of 湖北 恩施州 利川市 谋道镇 (its 党建办 with the 农业服务中心, the
经管站, the 综治中心, the 乡村振兴办 and the 镇纪委, a 考核组 led by the 包片 镇领导 driving the 318国道 past the 鱼木寨 turning in the middle of
December, when the 莼菜 ponds are drained and the 高山蔬菜 fields lie under the first frost) scores the 村党组织 of a high 土家族 township on the
road to 万州: the 村 whose 合作社 sell 莼菜, 茶叶 and 白菜 to 重庆, the 外出务工 党员 who join the 会 by video from 浙江, the 党员中心户 who each know
ten households, the 监测户 a 党员 is paired with, the 红白理事会 that keeps the 整酒 small: a table of 一级指标 and 二级指标 whose 考核要点 prints what
the 村 must have done and whose 评分细则 takes points off one clause at a time, scores the 村集体经济 经营性收入 in bands of 万元, the 化解率 and the
年底 满意率 in bands: 班子队伍建设 (the “一肩挑” and one roster of the “两委” by age and 学历, with a "本项不得分" for 软弱涣散; the 书记's 责任书, 述职,
培训 and 22 days; three 后备力量, two under 35, the 档案 and a half-yearly 考察; the 驻村 days and a quarterly 报告; the 承诺书, a quarterly 监督检查
and no 处分), 组织生活 (the “三会一课” by video and the 书记's two 党课; the 主题党日 on the 5th with 方案、签到、照片, its 参加率 and two 实践活动; the
组织生活会, 谈心谈话, 征求意见, 民主评议 and its 备案; a monthly 集中学习, 24学时 and the 送学上门; 党费 按月, its half-yearly 公示, the 积分 with a
quarterly 公示 and the 年底 评定), 发展治理 (the 经营性收入 in bands of 万元, the “三资” 台账 and the 分配方案; one 合作社, three 致富带头人 and five 户
each; a monthly 监测排查, the 落实率, the 结对帮扶 覆盖率 and a "本项不得分"; the “四议两公开” 会议记录, a quarterly 公开, its 照片 and the 7日 答复; the
党员中心户 with ten 户, a monthly 排查 and the 化解率 in bands; the 村规民约 备案, a half-yearly 红白理事会, ten 文明户 and the “门前三包”) and 服务保障
(the 值班 登记 and the 代办 办结率; the “七一”、春节 慰问 全覆盖, the 关爱台账 and a monthly 探访; the 年初 计划, the 半年小结 and the 年底 总结; the
年底 满意率 in bands).

The title (bold, centred) and a centred "（考核对象：谋道镇各村党总支、党支部）" line above one table: 一级指标 | 二级指标 | 考核要点 | 分值 | 评分细则.
There is NO 序号 column: the items are numbered by position, 1..20. The 一级指标 are MERGED CELLS down the FIRST column, printed WITH an ordinal and
WITH their points on a SECOND line, "一、班子队伍建设\\n（20分）". The 二级指标 (SECOND column) is a short name on every row, not merged
(`Row.indicator`); 考核要点 (`Row.text`) says what is required; 分值 is a plain number BEFORE the 评分细则 (`Row.scoring`). There is no 佐证 or 考核方式
column. A 合计 row of 100 closes the table; a "说明：" paragraph and four numbered lines follow it, the third listing the 一票否决 情形 (no item's
评分细则 repeats them). Counts in figures and Chinese numerals, nearly all in the 考核要点 ("35周岁以下的不少于1名", "大专及以上学历的不少于2名",
"年初", "年底", "每年…不少于1次", "每月…不少于22天", "不少于3名", "35周岁以下的不少于2名", "每半年…一次", "每月…不少于20天", "每季度…一次",
"每年", "每季度…一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次", "每年讲党课不少于2次", "每月5日",
"不低于百分之八十", "年内…不少于2次", "每年召开一次", "每月开展一次", "每人每年…不少于24学时", "按月", "每半年公示一次", "每季度…公示一次", "年底",
"10万元以上", "不少于1个", "不少于3名", "不少于5户", "每月开展一次", "100%", "全覆盖", "每季度公开一次", "7日内", "不少于10户", "每月开展一次",
"百分之九十五以上", "全年", "每半年开展一次", "年内…不少于10户", "每天…1名以上", "百分之九十五", "“七一”、春节", "全覆盖", "每月…不少于1次", "年初",
"6月底前", "年底", "年底", "不低于百分之八十五"); "最高扣" caps; bands of the 经营性收入 in 万元 (5 of the 8 points, closed by "5万元以下的不得分"),
the 化解率 (2 of the 6) and the 年底 满意率 (all 7), each closed by "…以下的不得分"; "酌情扣0.5-1分" twice, "酌情扣1-2分" once and "酌情扣1分" once;
two "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(label: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 二级指标, 考核要点, 分值, 评分细则."""
    return Row(text, points, scoring, indicator=label)


TABLE = Table(
    name="zzzzs_lichuan_moudao_zhen_cun_dangzuzhi_docx",
    fmt="docx",
    title="利川市谋道镇2025年度村党组织党建工作目标管理考核细则",
    numbering="position",
    sections=(
        Section("班子队伍建设", "一、班子队伍建设\n（20分）", 20, (
            _row("班子配备",
                 "村党组织书记、村委会主任“一肩挑”；村“两委”班子成员中35周岁以下的不少于1名、大专及以上学历的不少于2名；班子团结协作，无软弱涣散"
                 "问题。", 5,
                 "未实行“一肩挑”的扣1分；35周岁以下或大专及以上学历成员每缺1名扣0.5分，最高扣1.5分；被列为软弱涣散村党组织的，本项不得分。"),
            _row("书记履职",
                 "村党组织书记年初与镇党委签订抓党建工作责任书，年底向镇党委和村党员大会述职；书记每年参加州、市级示范培训不少于1次，每月在村工作不少于"
                 "22天。", 5,
                 "未签订责任书的扣1分；未述职的扣2分；未参加培训的扣1分；暗访发现书记不在岗且未请假的，每次扣0.5分，最高扣1分。"),
            _row("后备力量",
                 "储备村级后备力量不少于3名，其中35周岁以下的不少于2名；后备力量一人一档、跟踪培养，村党组织每半年对后备力量考察一次。", 4,
                 "后备力量每少1名扣0.5分；35周岁以下的每少1名扣0.5分；未建档的扣1分；考察每少1次扣0.5分。"),
            _row("驻村帮扶",
                 "第一书记、驻村工作队员每月驻村不少于20天；村党组织每季度向镇党委报告一次驻村干部履职情况。", 3,
                 "驻村天数不足的，每人每月扣0.2分，最高扣1.5分；报告每少1次扣0.5分。"),
            _row("廉洁履职",
                 "村干部每年签订廉洁履职承诺书；村务监督委员会每季度对村级事务开展一次监督检查；村干部无违纪违法行为。", 3,
                 "未签订承诺书的扣0.5分；监督检查每少1次扣0.5分；村干部受到党纪政务处分的，每人扣2分。"),
        )),
        Section("组织生活", "二、组织生活\n（25分）", 25, (
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每季度召开1次，党课每季度1次，外出务工党员可通过视频方式参加；村党组织书记每年"
                 "讲党课不少于2次；会议记录规范完整。", 6,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣0.5分；会议记录不规范的，酌情扣0.5-1分。"),
            _row("主题党日",
                 "每月5日开展主题党日活动，做到有方案、有签到、有照片；党员参加率不低于百分之八十；年内结合“民族团结进步”“乡村振兴”开展主题实践活动"
                 "不少于2次。", 5,
                 "主题党日每少1次扣0.3分，最高扣2分；缺方案、签到或照片的，每次扣0.1分，最高扣1分；参加率每低5个百分点扣0.5分，最高扣1分；实践活动"
                 "每少1次扣0.5分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前开展谈心谈话、征求意见；同步开展民主评议党员，评定等次报镇党委备案。", 5,
                 "未召开组织生活会的扣2分；未开展谈心谈话或征求意见的扣1分；未开展民主评议党员的扣1.5分；评定等次未备案的扣0.5分。"),
            _row("学习培训",
                 "依托党员远程教育终端，每月开展一次集中学习；党员每人每年参加学习培训不少于24学时；对年老体弱、行动不便的党员送学上门。", 5,
                 "集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣2分；未送学上门的，酌情扣1分。"),
            _row("党员管理",
                 "党员按月交纳党费，每半年公示一次交纳情况；推行农村党员积分制管理，积分每季度在村务公开栏公示一次，年底评定“星级党员”。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；党费公示每少1次扣0.5分；积分公示每少1次扣0.3分；年底未评定的扣0.5分。"),
        )),
        Section("发展治理", "三、发展治理\n（35分）", 35, (
            _row("集体经济",
                 "发展壮大村级集体经济，年内村集体经济经营性收入达到10万元以上；建立村集体资产、资源、资金“三资”台账；收益分配方案经村民代表会议通过。",
                 8,
                 "经营性收入30万元以上的得5分，20万元（含）—30万元的得4分，10万元（含）—20万元的得3分，5万元（含）—10万元的得1分，5万元以下的不得分；"
                 "无“三资”台账的扣1.5分；收益分配方案未经村民代表会议通过的扣1.5分。"),
            _row("产业带动",
                 "村党组织领办莼菜、茶叶、高山蔬菜等专业合作社不少于1个；培育党员致富带头人不少于3名，每人带动农户不少于5户。", 5,
                 "未领办合作社的扣2分；致富带头人每少1名扣0.5分；带动农户不足的，每人扣0.2分，最高扣1分。"),
            _row("巩固衔接",
                 "每月开展一次防止返贫动态监测排查，监测对象帮扶措施落实率达到100%；党员与监测户结对帮扶全覆盖。", 5,
                 "排查每少1次扣0.3分，最高扣1.5分；落实率每低1个百分点扣0.2分，最高扣2分；结对帮扶未全覆盖的，每户扣0.3分，最高扣1.5分；发生规模性返贫"
                 "的，本项不得分。"),
            _row("村务管理",
                 "村级重大事项严格落实“四议两公开”，会议记录完整；村务、财务每季度公开一次，公开资料留存照片；群众对公开内容提出疑问的，7日内答复。", 5,
                 "重大事项未落实“四议两公开”的，每件扣1分，最高扣2分；公开每少1次扣0.5分；无公开照片的扣0.5分；答复超期的，每次扣0.2分。"),
            _row("平安建设",
                 "推行“党员中心户”联系群众，每名党员中心户联系农户不少于10户；每月开展一次矛盾纠纷排查，矛盾纠纷化解率达到百分之九十五以上；全年无进京"
                 "赴省越级上访和重大安全事故。", 6,
                 "党员中心户联系农户不足的，每人扣0.2分，最高扣1分；排查每少1次扣0.3分，最高扣1.5分；化解率95%以上的得2分，90%（含）—95%的得1分，"
                 "90%以下的不得分；发生越级上访或重大安全事故的，每起扣1.5分。"),
            _row("乡风文明",
                 "修订完善村规民约并报镇党委、镇政府备案；红白理事会每半年开展一次活动；年内评选“十星级文明户”不少于10户；党员户带头落实人居环境"
                 "“门前三包”，不大操大办。", 6,
                 "村规民约未备案的扣1分；理事会活动每少1次扣0.5分；文明户每少1户扣0.2分，最高扣1分；党员户未落实“门前三包”的，每户扣0.2分，最高扣"
                 "2分；党员大操大办问题突出的，酌情扣1-2分。"),
        )),
        Section("服务保障", "四、服务保障\n（20分）", 20, (
            _row("便民服务",
                 "村党群服务中心规范挂牌，工作日每天安排1名以上村干部坐班值班，值班有登记；推行便民服务代办，代办事项办结率达到百分之九十五。", 5,
                 "挂牌不规范的扣0.5分；无值班登记的扣1分；暗访发现无人值班的，每次扣0.5分，最高扣1.5分；办结率每低1个百分点扣0.2分，最高扣1.5分。"),
            _row("关爱帮扶",
                 "“七一”、春节走访慰问老党员、生活困难党员，实现全覆盖；建立留守老人、留守儿童关爱台账，党员每月上门探访不少于1次。", 4,
                 "慰问未全覆盖的，每少1人扣0.1分，最高扣1分；无关爱台账的扣1分；探访每少1次扣0.1分，最高扣1分。"),
            _row("基础工作",
                 "年初制定村党组织年度工作计划，6月底前报送半年工作小结，年底形成年度工作总结；党建资料按“一村一档”规范归档。", 4,
                 "缺计划、半年小结或总结的，每项扣1分；资料归档不规范的，酌情扣0.5-1分。"),
            _row("群众评价",
                 "年底由镇党委组织党员、群众代表对村党组织开展满意度测评，满意率不低于百分之八十五。", 7,
                 "满意率95%以上的得7分，90%（含）—95%的得6分，85%（含）—90%的得4分，80%（含）—85%的得2分，80%以下的不得分。"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核要点", "分值", "评分细则"]
NOTES = (
    "说明：",
    "1.本细则由镇党委于12月中旬组织考核，采取听取汇报、查阅资料、实地查看、走访党员群众、问卷测评相结合的方式进行，以2025年1月1日至考核之日"
    "形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；评分细则列明得分档次的，按档次计分；村集体经济经营性收入以市农业农村局农经统计年报数据为准。",
    "3.村党组织有下列情形之一的，实行一票否决，年度考核直接确定为“差”等次：村“两委”主要负责人受到党纪重处分或被追究刑事责任的；发生重大安全"
    "责任事故或重大群体性事件的；违反程序发展党员造成恶劣影响的。",
    "4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与村干部绩效报酬和评先评优挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：谋道镇各村党总支、党支部）")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    for s in t.sections:
        top = r
        for row in s.rows:
            cells = ((1, row.indicator), (2, row.text), (3, _fmt(row.points)), (4, row.scoring))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
        merge_cells(tbl, top, 0, r - 1, 0, s.printed)
    docx_total_row(tbl, r, 3, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
