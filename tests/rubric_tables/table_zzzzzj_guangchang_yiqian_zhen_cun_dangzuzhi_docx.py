"""驿前镇党委2025年度村党组织党建工作考核细则 (.docx), as the 镇党委 of 驿前镇 in 广昌县 of 抚州 in 江西 (its 党建办 with the 农业农村综合服务中心, the
经管站, the 综治中心 and the 镇纪委, a 考核组 going from 村 to 村 up the 抚河 源头 valley in late December, when the 白莲 ponds are drained and the 莲藕
dug, the 烟叶 烤房 stand cold, the 古村 of 驿前 with its 船形屋 is quiet and the 外出务工 people are on the way home from the 福建 and 浙江 factories)
scores the 村党组织 of a 镇 of 白莲 and 烟叶 villages: a table whose 考核内容 is a short topic on every row, whose 考核标准 prints what the 村党组织 must
have done and whose 扣分标准 takes points off one clause at a time (scoring the 经营性收入 in bands of 万元): 班子建设 (the 书记's 5天, the 履职 and a
"本项不得分"; the 35周岁以下 成员, the 女性 成员, two 后备力量, a yearly 专题培训 and the 团结; the 年底 述职, the 满意度 and a yearly 述职述廉; the “小微
权力” 清单, the 坐班值班, a quarterly 汇报 to the 村务监督委员会 and no 处分), 组织生活 (the “三会一课”, the 书记's two 党课, the 参会率 and the 记录; twelve
主题党日 a year with their 规定动作; the 组织生活会, the 征求意见, the 谈心谈话 全覆盖, the 批评, the 民主评议, the 整改清单 and its 通报; the “第一议题”, a
monthly 集中学习, the 冬训 and its 参训率 and the 送学上门), 党员管理 (党费 按月 with a half-yearly 公示; one 发展 every two years, the 考察期, the 公示 and a
一票否决; the 流动党员 台账, a monthly 联系 and two 组织生活 of the 流动党员; the 年初 承诺, its 公示, the 设岗率 and the 年底 评诺), 发展治理 (the 合作社,
the 经营性收入 in bands of 万元, its 增长, the 台账 and a yearly 清产核资; the “四议两公开”, a monthly 排查, the 化解率, the 村规民约, a yearly “最美庭院”
评选 and a "本项不得分"; five 联户 each, a monthly 走访, the 代办帮办 and the 按期办结率; the 服务队, a quarterly 志愿服务, the “七一”、春节 慰问 and the
巡查值守) and 基础保障 (the 标识、制度、设施, the 开放, a quarterly 党务 公开 and a monthly 村务、财务 公开; the 年初 计划, the 半年 小结, the 年底 总结 and
the 归档).

The title (bold, centred) and a centred "（考核对象：驿前镇各村党组织）" line above one table: 序号 | 考核内容 | 考核标准 | 分值 | 扣分标准. Each category is
a SECTION ROW merged across the table, printed WITH an ordinal and WITH its points on one line, "一、班子建设（20分）"; 序号 (FIRST column) runs 1..18
through the table, NOT restarting under the section rows. 考核内容 (SECOND column) is a short topic on every row (`Row.indicator`); 考核标准 (`Row.text`)
says what is required; 分值 is a plain number BEFORE the 扣分标准 (`Row.scoring`); there is no 佐证 or 考核方式 column. A 合计 row of 100 closes the
table; a "说明：" paragraph with four numbered lines follows it. Counts in figures and Chinese numerals, nearly all in the 考核标准 ("每年…不少于5天",
"35周岁以下的不少于1名", "女性成员不少于1名", "不少于2名", "每年至少…一次", "年底", "不低于85%", "每年…一次", "每季度至少…一次", "全年", "支部委员会每月召开
1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年至少讲党课2次", "不低于80%", "每月5日前后", "全年不少于12次", "每年召开一次", "全覆盖",
"每月…不少于1次", "每年冬春季", "百分之九十", "按月", "每半年…一次", "每两年至少…1名", "不少于1年", "不少于5个工作日", "每月至少联系一次", "每年至少…2次",
"年初", "100%", "年底", "10万元以上", "每年…一次", "每月开展一次", "95%以上", "每年不少于1次", "不少于5户", "每月至少走访一次", "100%", "每季度…不少于1次",
"“七一”、春节", "每周开放不少于5天", "每季度", "每月", "年初", "年中", "年底"); "最高扣" caps; bands of the 经营性收入 in 万元 (4 of the 8 points, closed by
"10万元以下的不得分") with the 增长 scored on its own; "每低10个百分点" once, "每低5个百分点" three times and "每低1个百分点" once; "酌情扣1-3分" once,
"酌情扣1-2分" three times, "酌情扣0.5-1分" three times, "酌情扣0.5-2分" once and "酌情扣1分" once; one "一票否决，本项不得分" and two other "本项不得分".
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import docx_centred, docx_grid_table, docx_title, docx_total_row, merge_cells
from .model import Row, Section, Table, _fmt


def _row(topic: str, text: str, points: float, scoring: str) -> Row:
    """One row in the order the table prints it: 考核内容 (a short topic), 考核标准, 分值, 扣分标准."""
    return Row(text, points, scoring, indicator=topic)


TABLE = Table(
    name="zzzzzj_guangchang_yiqian_zhen_cun_dangzuzhi_docx",
    fmt="docx",
    title="驿前镇党委2025年度村党组织党建工作考核细则",
    numbering="printed",
    sections=(
        Section("班子建设", "一、班子建设（20分）", 20, (
            _row("书记队伍",
                 "村党组织书记政治素质好、带富能力强，注重从致富带头人、退役军人、返乡大学生中的优秀党员选任；书记每年参加县级以上集中培训不少于5天。", 5,
                 "书记培训不足5天的扣1分；书记履职不力、群众反映强烈的，酌情扣1-3分；书记受到党纪政务处分的，本项不得分。"),
            _row("“两委”班子",
                 "村“两委”班子成员中35周岁以下的不少于1名，女性成员不少于1名；每村储备村级后备力量不少于2名，每年至少开展一次后备力量专题培训；班子团结"
                 "协作、运转顺畅。", 5,
                 "35周岁以下成员缺额的扣1分；无女性成员的扣0.5分；后备力量每少1名扣0.5分，最高扣1分；未开展专题培训的扣1分；班子不团结、内耗严重的，酌情"
                 "扣1-2分。"),
            _row("述职评议",
                 "村党组织书记年底向镇党委述职，接受党员和群众代表评议，满意度不低于85%；村“两委”成员每年向村民代表会议述职述廉一次。", 5,
                 "书记未述职的扣2分；满意度低于85%的扣1分；“两委”成员未述职述廉的，每人扣0.5分，最高扣1.5分。"),
            _row("廉洁履职",
                 "落实村级“小微权力”清单，村干部坐班值班制度执行到位；村务监督委员会每季度至少听取一次村务工作汇报；村“两委”成员全年无违纪违法行为。", 5,
                 "“小微权力”清单执行不到位的，酌情扣1-2分；坐班值班不落实的扣1分；听取汇报每少1次扣0.5分；村干部受到党纪政务处分的，每人扣2分。"),
        )),
        Section("组织生活", "二、组织生活（25分）", 25, (
            _row("三会一课",
                 "严格落实“三会一课”制度，支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；村党组织书记每年至少讲党课"
                 "2次；党员参会率不低于80%，外出党员可通过线上方式参加。", 7,
                 "“三会一课”每少1次扣0.5分，最高扣3分；书记讲党课每少1次扣1分；参会率每低5个百分点扣0.5分，最高扣1.5分；会议记录不规范、事后补记的，"
                 "酌情扣0.5-1分。"),
            _row("主题党日",
                 "每月5日前后开展主题党日活动，落实政治学习、重温入党誓词、交纳党费、为民服务等规定动作；白莲采摘、烟叶烘烤等农忙季节可灵活调整时间，全年"
                 "不少于12次。", 6,
                 "主题党日全年不足12次的，每少1次扣0.5分；规定动作缺项的，每次扣0.2分，最高扣1.5分；活动流于形式的，酌情扣1分。"),
            _row("组织生活会",
                 "每年召开一次组织生活会，会前征求党员群众意见，班子成员之间谈心谈话全覆盖；会上开展批评和自我批评；会后开展民主评议党员，针对查摆问题建立"
                 "整改清单，并在党员大会上通报整改情况。", 6,
                 "未召开组织生活会的扣2分；未征求意见的扣0.5分；谈心谈话未全覆盖的扣0.5分；批评和自我批评辣味不足的，酌情扣0.5-1分；未开展民主评议党员的"
                 "扣1.5分；无整改清单或未通报的扣0.5分。"),
            _row("学习教育",
                 "落实“第一议题”制度，每月组织党员集中学习不少于1次；每年冬春季开展农村党员冬训，党员参训率达到百分之九十；为年老体弱、行动不便的党员送学"
                 "上门。", 6,
                 "集中学习每少1次扣0.3分，最高扣2分；未开展冬训的扣2分；参训率每低5个百分点扣0.5分，最高扣1分；未送学上门的扣0.5分。"),
        )),
        Section("党员管理", "三、党员管理（20分）", 20, (
            _row("党费管理",
                 "党员按月交纳党费，党费收缴、使用规范，收缴情况每半年在党务公开栏公示一次；外出流动党员可通过微信、支付宝线上交纳。", 4,
                 "未按月交纳的，每人次扣0.1分，最高扣1.5分；公示每少1次扣0.5分；党费收缴、使用不规范的，酌情扣0.5-1分。"),
            _row("发展党员",
                 "每两年至少发展党员1名，重点从白莲种植大户、返乡创业青年、致富能手中发展；入党积极分子培养考察期不少于1年；发展对象公示不少于5个工作日。",
                 6,
                 "两年内未发展党员的扣2分；培养考察期不足1年即列为发展对象的，每人扣1分；未公示的扣1分；违反程序发展党员的，一票否决，本项不得分。"),
            _row("流动党员",
                 "建立流动党员管理台账，外出流动党员每月至少联系一次；依托在福建、浙江等地的流动党员联络站开展学习活动，流动党员每年至少参加组织生活2次。",
                 5,
                 "无流动党员管理台账的扣1分；联系每少1人次扣0.1分，最高扣1.5分；流动党员参加组织生活不足2次的，每人扣0.2分，最高扣1.5分。"),
            _row("承诺践诺",
                 "年初组织党员围绕白莲产业、人居环境整治等作出承诺，承诺书上墙公示；推行无职党员设岗定责，设岗率100%；年底组织党员群众开展评诺。", 5,
                 "未开展承诺的扣1.5分；承诺未公示的扣0.5分；设岗率每低10个百分点扣0.5分，最高扣1.5分；年底未开展评诺的扣1分。"),
        )),
        Section("发展治理", "四、发展治理（25分）", 25, (
            _row("集体经济",
                 "村党组织领办创办白莲、烟叶等专业合作社；村集体经营性收入达到10万元以上，并较上年有所增长；集体资产资源建立台账，每年开展一次清产核资。",
                 8,
                 "未领办创办合作社的扣1.5分；经营性收入30万元以上的得4分，15万元（含）—30万元的得3分，10万元（含）—15万元的得2分，10万元以下的不得分；"
                 "收入较上年未增长的扣1分；无资产资源台账的扣0.5分；未开展清产核资的扣1分。"),
            _row("乡村治理",
                 "村级重大事项落实“四议两公开”工作法；每月开展一次矛盾纠纷排查，化解率达到95%以上；修订完善村规民约，每年开展“最美庭院”评选不少于1次。",
                 6,
                 "重大事项未执行“四议两公开”的，每件扣1分，最高扣2分；排查每少1次扣0.2分，最高扣1分；化解率每低1个百分点扣0.2分，最高扣1分；村规民约"
                 "未修订完善的扣0.5分；未开展评选的扣0.5分；发生越级上访、群体性事件造成不良影响的，本项不得分。"),
            _row("联系群众",
                 "推行党员联系农户制度，每名党员联系农户不少于5户，每月至少走访一次；村党群服务中心落实代办帮办，群众办事按期办结率100%。", 5,
                 "党员联户不足5户的，每人扣0.2分，最高扣1分；走访每少1次扣0.1分，最高扣1.5分；未落实代办帮办的扣1分；按期办结率每低5个百分点扣0.5分，"
                 "最高扣1.5分。"),
            _row("志愿服务",
                 "组建党员志愿服务队，每季度开展人居环境整治、助老助残等志愿服务不少于1次；“七一”、春节走访慰问老党员、困难党员和困难群众；汛期、森林防火期"
                 "组织党员开展巡查值守。", 6,
                 "未组建志愿服务队的扣1分；志愿服务每少1次扣0.5分；走访慰问每少1次扣1分；巡查值守不到位的，酌情扣1-2分。"),
        )),
        Section("基础保障", "五、基础保障（10分）", 10, (
            _row("阵地建设",
                 "村党群服务中心有标识、有制度、有设施，每周开放不少于5天；党务、村务、财务公开栏规范设置，党务每季度公开一次，村务、财务每月公开一次。", 5,
                 "标识、制度、设施每缺一项扣0.5分；开放时间不足的扣1分；党务公开每少1次扣0.3分；村务、财务公开每少1次扣0.2分，最高扣1.5分。"),
            _row("计划台账",
                 "年初制定党建工作计划，年中形成半年工作小结，年底形成全年工作总结；“三会一课”、主题党日等党建台账资料分类整理、规范归档。", 5,
                 "缺计划、小结或总结的，每项扣1分；台账资料不全、归档不规范的，酌情扣0.5-2分。"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "考核标准", "分值", "扣分标准"]
NOTES = (
    "说明：",
    "1.本细则由镇党委于12月下旬组织考核，镇党建办牵头，农业农村综合服务中心、经管站、综治中心、镇纪委参加，采取听取汇报、查阅资料、实地查看、入户"
    "走访相结合的方式进行，以2025年1月1日至考核之日形成的资料为准。",
    "2.各项扣分以该项分值为限，扣完为止；扣分标准列明得分档次的，按档次计分。",
    "3.村集体经营性收入以县农业农村局审定的农村集体经济统计年报为准。",
    "4.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”，考核结果与村干部绩效报酬和评先评优挂钩。",
)


def build(t: Table, path: Path) -> None:
    import docx

    ncols = len(HEADER)
    n_rows = 1 + len(t.sections) + sum(len(s.rows) for s in t.sections) + 1
    document = docx.Document()
    docx_title(document, t.title, 16)
    docx_centred(document, "（考核对象：驿前镇各村党组织）")
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
