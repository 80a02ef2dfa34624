"""化隆回族自治县2025年度村党组织建设考核评分细则 (.docx), as the 中共化隆回族自治县委组织部 of 青海 海东 (each 乡镇党委 scores its 村 first,
then a 县 考核组 of the 组织部 with the 农业农村局, the 乡村振兴局 and the 县委政法委 re-checks them in December) scores the 村党组织 of a
county on the 黄河 where the “拉面经济” carries half the families: 村 whose young men and women run 拉面店 in 上海, 广州 and 厦门 and come home
only for the 春节, 流动党员 kept in touch by 微信群 and the 驻外流动党组织, 回族, 撒拉族, 藏族 and 汉族 neighbours on the same 山 slopes, the
光伏扶贫电站 whose 收益 the 村 must share out, 牛羊 养殖 and 劳务 合作社, the 驻村第一书记 and the 工作队 sent down by the 县, the cold winters
when the 党群服务中心 must be heated: 班子队伍 (one roster of the “两委” by age and 学历 with the “一肩挑” and a 女性 成员, the 书记's 40学时 with
a monthly 履职纪实, the 年底 述职 and the 满意度, three 后备力量 with two under 35 and the 培养台账, the 驻村 20天 with a monthly 例会 and the
备案), 组织生活 (the “三会一课” with the 到会率, the monthly 主题党日 with the 线上参加率 and a quarterly 志愿服务, the 组织生活会 with 民主评议,
谈心谈话 and 征求意见, 24学时 with a yearly 冬春 轮训 and the 参训率), 党员管理 (the 流动党员台账 with a quarterly 联系, the 纳入管理率 and a
春节 座谈, one 积极分子 a year and "每两年至少发展党员1名" with the 公示, the 转正 and a 一票否决, 党费, the 设岗率 and the 积分 with a quarterly
公示), 治理发展 (the “四议两公开” with a quarterly 村务 and a monthly 财务 公开 and a quarterly 监督例会, the income of the 集体经济 in bands
with the 光伏 收益分配方案, the 村民代表会议, the 公示 and the 合作社, a monthly 排查 with the 化解台账, the 民族团结进步创建 and a 一票否决,
a monthly 走访 of the 监测户 with the 坐班 and the 代办登记) and 责任落实 (the 年初 计划 and 承诺, a 年中 “回头看”, the 年底 总结, the 场所, the
取暖 and the 经费使用台账).

The title (bold, centred), a centred "（考核对象：全县各乡镇所辖村党组织）" line and a plain "乡镇： 村： 考核组： 考核时间：" line above one
table: 序号 | 考核指标 | 考核内容 | 评分标准 | 分值 | 考核方式. Each category is a SECTION ROW merged across the table, printed WITH an ordinal
and its points on one line, "一、班子队伍（22分）". 序号 runs 1..17 through the whole table, NOT restarting under the section rows. 考核指标 is
a short sub-label (`Row.indicator`). 分值 is a plain number AFTER the 评分标准. 考核方式 (`Row.method`) only says how the 考核组 checks (查阅资料,
问卷测评, 个别谈话, 电话抽查, 查阅会议记录, 查看微信群, 抽查学时, 查阅台账, 查阅档案, 实地查看, 查阅账目, 县委政法委提供, 入户走访): no papers. A
合计 row of 100 and a "说明：" paragraph with four numbered lines close the document. Counts in figures and Chinese numerals ("每年…不少于40
学时", "按月记实", "年底", "每月驻村不少于20天", "每月…召开一次", "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课
每季度1次", "每月10日", "每季度组织一次", "每年召开一次", "每年…不少于24学时", "每年冬春季节开展一次", "每季度至少联系一次", "春节返乡期间
…一次", "年内…不少于1名", "每两年至少发展党员1名", "按月", "每季度公示一次", "村务每季度公开一次，财务收支每月公开一次", "每季度召开一次",
"每月开展一次", "每月…走访一次", "年初", "年中开展一次", "年底"); "不少于7天"; "不少于1名", "不少于3名", "至少有1名", "不少于2名", "不少于1个";
"百分之八十五", "百分之七十", "百分之六十", "百分之八十", "百分之九十"; "10万元以上"; "最高扣" caps; "酌情扣0.5-1分" once, "酌情扣1分" twice,
"酌情扣0.5分" three times and "酌情扣1-2分" twice; one set of bands (an income in 万元 for 4 of the 7 points closed by "5万元以下的不得分"); two
"实行一票否决，本项不得分"; two other plain "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt

TABLE = Table(
    name="zzzq_hualong_xian_cun_dangzuzhi_docx",
    fmt="docx",
    title="化隆回族自治县2025年度村党组织建设考核评分细则",
    numbering="printed",
    sections=(
        Section("班子队伍", "一、班子队伍（22分）", 22, (
            Row("村“两委”班子职数配备到位，成员中35周岁以下的不少于1名，高中（中专）及以上学历的不少于3名；推行村党组织书记、村委会主任"
                "“一肩挑”；“两委”班子中至少有1名女性成员。",
                6, "职数每缺1名扣1分；年龄、学历结构每项不达标扣1分；未实行“一肩挑”的扣1分；无女性成员的扣0.5分。", "查阅资料",
                indicator="班子配备"),
            Row("村党组织书记每年参加县、乡两级集中轮训不少于40学时；建立书记履职纪实手册，按月记实；年底向乡镇党委述职，党员群众测评满意度"
                "不低于百分之八十五。",
                6, "培训学时不足的扣1分；履职纪实每缺1个月扣0.2分，最高扣1分；未述职的扣2分；满意度每低5个百分点扣0.5分；书记受到党纪政务"
                "处分的，本项不得分。", "查阅资料、问卷测评", indicator="书记队伍"),
            Row("每村储备村级后备力量不少于3名，其中35周岁以下的不少于2名，注重从拉面经营户、返乡创业青年、退役军人中选培；乡镇班子成员"
                "“一对一”联系培养，建立培养台账。",
                5, "后备力量每少1名扣1分；35周岁以下的不足2名的扣1分；无培养台账的扣0.5分；“一对一”联系培养流于形式的，酌情扣0.5-1分。",
                "查阅资料、个别谈话", indicator="后备力量"),
            Row("驻村第一书记和工作队员每月驻村不少于20天；第一书记每月与村“两委”召开一次工作例会；工作队员请销假报乡镇党委备案。",
                5, "驻村天数不足的，每人次扣0.5分；电话抽查不在岗的，每人次扣0.5分，最高扣2分；工作例会每少1次扣0.3分；请销假未备案的，每次"
                "扣0.2分。", "查阅资料、电话抽查", indicator="驻村力量"),
        )),
        Section("组织生活", "二、组织生活（26分）", 26, (
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；会议记录规范，内容真实。",
                8, "“三会一课”每少1次扣0.5分，最高扣4分；会议记录不规范、内容雷同的，每次扣0.2分，最高扣1分；党员大会到会率低于百分之七十"
                "的，每次扣0.3分。", "查阅会议记录", indicator="“三会一课”"),
            Row("每月10日开展主题党日活动，在外务工经商党员通过视频连线、微信群等方式参加；每季度组织一次党员志愿服务。",
                6, "主题党日每少1次扣0.5分；流动党员线上参加率低于百分之六十的，每次扣0.2分，最高扣1分；活动无照片或截图的，每次扣0.1分；"
                "志愿服务每少1次扣0.5分。", "查阅资料、查看微信群", indicator="主题党日"),
            Row("每年召开一次组织生活会，开展民主评议党员；会前开展谈心谈话，征求群众意见；对评议不合格的党员按规定组织处置。",
                6, "未召开组织生活会的扣2分；未开展民主评议党员的扣1分；无谈心谈话记录的扣0.5分；未征求群众意见的扣0.5分；不合格党员未按规定"
                "处置的，酌情扣1分。", "查阅资料", indicator="组织生活会"),
            Row("党员每年参加集中学习培训不少于24学时；每年冬春季节开展一次农牧区党员集中轮训；组织党员通过“学习强国”等平台开展线上学习。",
                6, "学时不足的，每人扣0.1分，最高扣1.5分；未开展冬春轮训的扣2分；轮训参训率低于百分之八十的扣0.5分；线上学习组织不力的，"
                "酌情扣0.5分。", "查阅资料、抽查学时", indicator="党员教育"),
        )),
        Section("党员管理", "三、党员管理（18分）", 18, (
            Row("建立外出流动党员台账，掌握拉面店经营地址和联系方式；每季度至少联系一次；依托驻外流动党组织，流动党员纳入管理率达到百分之"
                "九十；春节返乡期间集中开展一次流动党员座谈。",
                7, "无流动党员台账的扣1分；台账信息不准、底数不清的，酌情扣1分；联系每少1次扣0.3分，最高扣1.5分；纳入管理率每低5个百分点扣"
                "0.5分；未开展返乡座谈的扣1分。", "查阅台账、电话抽查", indicator="流动党员管理"),
            Row("年内确定入党积极分子不少于1名，每两年至少发展党员1名；严格执行发展党员工作程序，发展对象公示不少于7天；预备党员按期讨论"
                "转正。",
                6, "未确定积极分子的扣1分；两年内未发展党员的扣2分；未公示的扣1分；预备期满未按期讨论转正的，每人扣0.5分；违反程序发展党员的，"
                "实行一票否决，本项不得分。", "查阅档案", indicator="发展党员"),
            Row("党员按月交纳党费，外出党员可通过线上方式交纳；无职党员设岗定责，设岗率达到百分之八十；开展党员积分管理，每季度公示一次"
                "积分。",
                5, "未按月交纳的，每人次扣0.1分，最高扣1分；设岗率每低10个百分点扣0.5分；未开展积分管理的扣1分；积分公示每少1次扣0.3分。",
                "查阅台账", indicator="日常管理"),
        )),
        Section("治理发展", "四、治理发展（24分）", 24, (
            Row("村级重大事项执行“四议两公开”；村务每季度公开一次，财务收支每月公开一次；村务监督委员会每季度召开一次监督例会。",
                6, "重大事项未执行“四议两公开”的，每件扣1分；村务公开每少1次扣0.5分；财务公开每少1次扣0.2分，最高扣1分；监督例会每少1次扣"
                "0.5分。", "查阅资料、实地查看", indicator="村务管理"),
            Row("村级集体经济年经营性收入达到10万元以上；光伏扶贫电站收益分配方案经村民代表会议通过并公示；村党组织领办养殖、劳务等合作社"
                "不少于1个。",
                7, "年经营性收入20万元以上的得4分，10万元（含）—20万元的得3分，5万元（含）—10万元的得2分，5万元以下的不得分；收益分配方案"
                "未经村民代表会议通过的扣1分；收益分配方案未公示的扣1分；未领办合作社的扣1分。", "查阅账目、实地查看",
                indicator="集体经济"),
            Row("深化民族团结进步创建；每月开展一次矛盾纠纷排查，建立排查化解台账；不发生越级上访、群体性事件。",
                6, "矛盾纠纷排查每少1次扣0.3分；无排查化解台账的扣0.5分；未开展民族团结进步创建活动的扣1分；发生越级上访、群体性事件造成不良"
                "影响的，酌情扣1-2分；发生重大刑事案件或影响民族团结的重大事件的，实行一票否决，本项不得分。", "查阅资料、县委政法委提供",
                indicator="平安和谐"),
            Row("落实防止返贫动态监测，每月对监测户走访一次；村干部在村级党群服务中心轮流坐班，为群众代办事项有登记。",
                5, "监测户走访每少1次扣0.2分，最高扣1分；监测户识别不精准、帮扶措施不落实的，酌情扣1-2分；坐班不落实的，发现1次扣0.5分；无"
                "代办登记的扣0.5分。", "查阅资料、入户走访", indicator="服务群众"),
        )),
        Section("责任落实", "五、责任落实（10分）", 10, (
            Row("年初制定村党组织年度工作计划，村党组织书记向乡镇党委作出年度承诺；年中开展一次“回头看”；年底形成年度工作总结。",
                5, "无年度计划的扣1分；未作出承诺的扣1分；未开展“回头看”的扣1分；无年度总结的扣1分；工作计划照搬照抄的，酌情扣0.5分。",
                "查阅资料", indicator="工作责任"),
            Row("村级党群服务中心标识规范、功能完善，冬季取暖保障到位；村级组织运转经费、党员教育经费专款专用，有使用台账。",
                5, "标识标牌不规范的扣0.5分；场所闲置、挪作他用的扣2分；冬季取暖不到位影响服务的，酌情扣0.5分；无经费使用台账的扣1分；挤占"
                "挪用经费的，本项不得分。", "实地查看、查阅账目", indicator="阵地经费"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容", "评分标准", "分值", "考核方式"]
NOTES = (
    "说明：",
    "1.本细则采取乡镇党委初评、县委组织部抽查复核的方式，于12月底前完成，各项扣分以该项分值为限，扣完为止。",
    "2.集体经济收入以县农业农村局审核的村级财务报表为准，流动党员纳入管理情况以驻外流动党组织反馈为准。",
    "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，评为“差”的村党组织列入软弱涣散村党组织"
    "整顿范围。",
    "4.考核结果与村干部绩效报酬、评先评优和村级组织运转经费分配挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：全县各乡镇所辖村党组织）")
    document.add_paragraph("乡镇：              村：              考核组：              考核时间：")
    tbl = docx_grid_table(document, n_rows, ncols, HEADER)
    r = 1
    number = 0
    for s in t.sections:
        merge_cells(tbl, r, 0, r, ncols - 1, s.printed)
        r += 1
        for row in s.rows:
            number += 1
            cells = ((0, str(number)), (1, row.indicator), (2, row.text), (3, row.scoring), (4, _fmt(row.points)), (5, row.method))
            for c, v in cells:
                tbl.cell(r, c).text = v
            r += 1
    docx_total_row(tbl, r, 4, t.total)
    for line in NOTES:
        document.add_paragraph(line)
    document.save(str(path))
