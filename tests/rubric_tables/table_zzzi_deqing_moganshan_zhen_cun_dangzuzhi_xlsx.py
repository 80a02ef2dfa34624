"""中共德清县莫干山镇委员会2025年度村党组织党建工作考核评分表 (.xlsx), as the 莫干山镇党委 of 浙江 湖州 德清县 (its 党建办 with the 农业
农村办, the 平安办 and the 镇纪委, a 考核组 going round the 行政村 in December) scores the 村党组织 of a mountain 镇 of 竹林 and 民宿: “洋家乐”
and 农家乐 in every 村, 强村公司 and 物业经济 for the 集体经济, “共富工坊” for the 低收入农户, 返乡青年 and 民宿业主 to be drawn in, 外出
党员 in 杭州 and 上海: 组织建设 (one roster of the “两委” by age and 学历 with the 交叉任职比例 "百分之五十", the 书记's five days with a
quarterly 报告 and a “书记项目”, the 后备干部 under 40 with the “一人一档” and a half-yearly 考察谈话, the “三会一课” with the 到会率, two 党课
of the 书记 and one of the 联村干部 and a “本项不得分” for 补记, the 主题党日 on the 25th with the “8+X” and the 参加率), 党员队伍 ("每两年至少
发展1名" with the 公示, 党费 with the 缴纳率 and the “先锋指数” with a monthly 记实, a quarterly 公示 and the 年底 评定, the 流动党员台账 with a
quarterly 联系, a half-yearly 书面汇报 and the “七一”、春节 慰问, the 冬训 with the 参训率, three days and a 现场教学), 强村富民 (the 集体经济
income in bands with a monthly 公开, the “共富工坊” with its 协议 and a half-yearly 分析会, the 党员联系户制度 with five 亮牌户, a quarterly
培训 and a 一票否决, the monthly “清洁日” with a quarterly 评比 and its 公布, the 联户 with a monthly 走访 and the 反馈), 乡村治理 (the “五议
两公开” with the 决策记录 and a quarterly 公开, the 网格 with the 按期办结率, a monthly 分析会 with the 化解率, the 村规民约 with the 红白
理事会 and 道德评议会 and a half-yearly 评选 with its 公示) and 责任落实 (the 年初 计划, a yearly 回头看, the 年底 述职 with the 满意率 in bands,
the 年终 总结; a deduction-only line on 征地拆迁 and 民宿审批).

A merged title row, a merged "考核对象：莫干山镇各行政村党组织" line and a merged "村名： 联村领导： 考核日期：" line above the header 一级指标 |
二级指标 | 考核内容 | 分值 | 评分标准 | 佐证材料 | 自评分 | 考核得分. There is NO 序号: items are numbered by position (1..20). The categories
are MERGED CELLS down the 一级指标 column (FIRST), printed WITHOUT an ordinal and WITH their points on a SECOND line, "组织建设\\n（25分）".
二级指标 is a short sub-label (`Row.indicator`). 分值 is a plain number BEFORE the 评分标准. 佐证材料 (`Row.method`) names the papers the 村
lays out, joined by "、" (once a way of checking: 县纪委监委、镇纪委提供). 自评分 and 考核得分 are blank. A 合计 row of 100 and a merged 备注 row
close the sheet. Counts in figures and Chinese numerals ("每季度向…报告一次", "每半年…开展一次", "每月召开1次", "每季度召开1次", "党课每季度
1次", "每年讲党课不少于2次", "每年…至少1次", "每月25日", "每两年至少发展1名", "每月记实、每季度公示", "每季度至少联系一次", "每半年…书面
汇报一次", "每年冬季", "每月公开一次", "每半年召开一次", "每季度组织一次", "每月组织一次", "每季度开展一次", "每月至少走访…一次",
"每季度至少一次", "每月召开一次", "每半年开展一次", "年中开展一次"); "不少于5天", "不少于3天"; "至少1名", "不少于3名", "不少于2名",
"1个以上", "不少于1个", "不少于5户", "不少于10户"; "百分之五十"; "5个工作日"; "80万元以上"; "最高扣" caps; "酌情扣0.5-1分" twice, "酌情扣
1-2分" and "酌情扣1分"; two sets of bands (an income in 万元 closed by "80万元以下的不得分", a 满意率 closed by "85%以下的不得分"); two "实行一票否决，本项
不得分"; four plain "本项不得分"; one line is deduction-only.
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

TABLE = Table(
    name="zzzi_deqing_moganshan_zhen_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="中共德清县莫干山镇委员会2025年度村党组织党建工作考核评分表",
    numbering="position",
    sections=(
        Section("组织建设", "组织建设\n（25分）", 25, (
            Row("村“两委”班子职数配备到位，书记、主任“一肩挑”；班子成员中35周岁以下的至少1名，大专及以上学历的不少于3名；“两委”成员交叉"
                "任职比例达到百分之五十以上。", 5,
                "职数未配齐的扣1分；年龄、学历结构每项不达标的扣1分；交叉任职比例未达到的扣0.5分；班子不团结、内耗严重的，本项不得分。",
                "“两委”班子花名册", indicator="班子建设"),
            Row("村党组织书记每年参加县、镇两级培训不少于5天；每季度向镇党委报告一次抓党建工作情况；书记带头领办“书记项目”1个以上。", 5,
                "培训不足5天的扣1分；报告每少1次扣0.5分；未领办书记项目的扣1分；项目推进缓慢、成效不明显的，酌情扣0.5-1分。",
                "培训签到表、书记项目清单", indicator="书记队伍"),
            Row("储备40周岁以下村级后备干部不少于2名，实行“一人一档”；镇、村两级每半年对后备干部开展一次考察谈话。", 4,
                "后备干部每少1名扣1分；未建立“一人一档”的扣0.5分；考察谈话每少1次扣0.5分。", "后备干部名册、培养档案",
                indicator="后备力量"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；党员大会到会率不低于80%；村党组织书记每年"
                "讲党课不少于2次，镇联村干部每年到村讲党课至少1次。", 7,
                "“三会一课”每少1次扣0.5分，最高扣4分；到会率低于80%的，每次扣0.2分；书记讲党课每少1次扣0.5分；联村干部未到村讲党课的扣"
                "0.5分；会议记录补记、代签的，本项不得分。", "会议记录本、签到表", indicator="三会一课"),
            Row("每月25日固定开展主题党日活动，落实“8+X”规定动作；外出党员可通过“浙里党建”线上参加；党员参加率达到85%以上。", 4,
                "主题党日每少1次扣0.5分；规定动作缺项的，每次扣0.1分，最高扣1分；参加率每低5个百分点扣0.3分。",
                "活动记录、签到表、活动照片", indicator="主题党日"),
        )),
        Section("党员队伍", "党员队伍\n（20分）", 20, (
            Row("每两年至少发展1名党员，注重从返乡青年、民宿业主、致富带头人中发展；新发展党员平均年龄在40周岁以下；发展对象公示不少于5个"
                "工作日。", 5,
                "两年内未发展党员的扣2分；平均年龄超过40周岁的扣0.5分；未公示的扣1分；违规发展党员的，实行一票否决，本项不得分。",
                "发展党员档案、公示照片", indicator="发展党员"),
            Row("党员按月交纳党费，“党费通”线上缴纳率达到90%以上；推行农村党员“先锋指数”考评，每月记实、每季度公示，年底评定星级。", 5,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；线上缴纳率未达到的扣0.5分；未开展“先锋指数”考评的扣2分；公示每少1次扣0.3分；"
                "年底未评定星级的扣0.5分。", "党费收缴台账、考评台账、公示照片", indicator="党费和先锋指数"),
            Row("建立外出流动党员台账，每季度至少联系一次；外出党员每半年向村党组织书面汇报一次思想和工作情况；“七一”、春节期间走访慰问老"
                "党员、困难党员。", 5,
                "无流动党员台账的扣1分；联系每少1次扣0.2分，最高扣1分；书面汇报每少1人次扣0.1分，最高扣1分；未开展走访慰问的扣1分；关爱"
                "帮扶不到位、群众反映强烈的，酌情扣1分。", "流动党员台账、思想汇报、慰问照片", indicator="流动党员和关爱"),
            Row("每年冬季集中开展农村党员冬训，党员参训率达到90%以上，集中培训时间不少于3天；组织党员到县内党性教育基地开展现场教学不少于"
                "1次。", 5,
                "未开展冬训的扣1.5分；参训率每低5个百分点扣0.3分；培训时间不足3天的，每人扣0.1分，最高扣1分；未开展现场教学的扣0.5分。",
                "冬训方案、培训签到表", indicator="教育培训"),
        )),
        Section("强村富民", "强村富民\n（25分）", 25, (
            Row("村级集体经济年经营性收入达到80万元以上，通过强村公司、物业经济、闲置农房盘活等途径增收；村级财务收支每月公开一次。", 7,
                "年经营性收入150万元以上的得5分，100万元（含）—150万元的得4分，80万元（含）—100万元的得3分，80万元以下的不得分；财务公开"
                "每少1次扣0.2分，最高扣1分；“三资”管理出现违规问题的，每起扣1分。", "村级财务报表、公开照片", indicator="集体经济"),
            Row("村党组织牵头建设“共富工坊”不少于1个，吸纳本村低收入农户就近就业；每半年召开一次工坊运行分析会。", 5,
                "未建设“共富工坊”的扣2分；分析会每少1次扣0.5分；工坊“空壳”运行、带富作用不明显的，酌情扣1-2分。",
                "工坊合作协议、就业人员名单", indicator="共富工坊"),
            Row("建立民宿（农家乐）党员联系户制度，党员民宿户亮牌经营不少于5户；每季度组织一次民宿业主诚信经营、消防安全培训；全年不发生"
                "民宿安全生产事故。", 5,
                "未建立党员联系户制度的扣1分；亮牌户每少1户扣0.3分；培训每少1次扣0.5分；发生民宿安全生产事故造成人员伤亡的，实行一票否决，"
                "本项不得分。", "亮牌户名单、培训记录、培训照片", indicator="民宿党建"),
            Row("深化“千万工程”，每月组织一次“党员环境清洁日”活动；每季度开展一次“美丽庭院”评比，评比结果张榜公布。", 4,
                "清洁日每少1次扣0.2分；评比每少1次扣0.5分；结果未公布的扣0.5分；村庄环境脏乱差、被县级以上通报的，每次扣1分。",
                "活动照片、评比台账", indicator="人居环境"),
            Row("实行党员联户制度，每名党员联系农户不少于10户，每月至少走访联系户一次，收集的意见建议及时反馈。", 4,
                "联户覆盖不全的，酌情扣0.5-1分；走访每少1次扣0.1分，最高扣1.5分；意见建议未及时反馈的，每件扣0.2分。",
                "联户名单、走访记录", indicator="党员联户"),
        )),
        Section("乡村治理", "乡村治理\n（20分）", 20, (
            Row("村级重大事项严格落实“五议两公开”程序，决策全过程留痕；村务监督委员会全程参与监督；党务、村务公开每季度至少一次。", 5,
                "重大事项未按程序决策的，每件扣1分；决策过程无记录的，每件扣0.5分；公开每少1次扣0.5分；村务监督委员会未全程参与的扣0.5分。",
                "决策记录、公开栏照片", indicator="民主决策"),
            Row("推进“党建统领网格智治”，每个网格配备1名专职网格员；网格员日常巡查，事件及时上报“基层治理四平台”，按期办结率达到98%"
                "以上。", 5,
                "网格员配备不到位的扣1分；巡查不到位、事件漏报的，每件扣0.2分，最高扣1分；按期办结率每低1个百分点扣0.3分，最高扣2分。",
                "平台数据", indicator="网格智治"),
            Row("坚持和发展新时代“枫桥经验”，每月召开一次平安形势分析会；矛盾纠纷化解率达到98%以上；不发生越级访、重复访和“民转刑”"
                "案件。", 5,
                "分析会每少1次扣0.3分；化解率每低1个百分点扣0.5分；发生越级访、重复访的，每起扣1分；发生“民转刑”案件的，本项不得分。",
                "会议记录、调解台账", indicator="平安建设"),
            Row("修订完善村规民约，成立红白理事会、道德评议会；每半年开展一次“最美家庭”“文明户”评选；党员带头移风易俗，婚事新办、丧事"
                "简办。", 5,
                "村规民约未修订的扣1分；红白理事会、道德评议会每缺一个扣0.5分；评选每少1次扣0.5分；党员操办婚丧喜庆事宜违规的，每人次扣"
                "1分。", "村规民约、评选结果公示", indicator="移风易俗"),
        )),
        Section("责任落实", "责任落实\n（10分）", 10, (
            Row("村党组织年初制定年度工作计划并报镇党委；年中开展一次工作回头看；年底村党组织书记在党员大会上述职，党员群众满意率达到85%"
                "以上；年终形成工作总结。", 6,
                "无年度计划的扣1分；未开展回头看的扣0.5分；未述职的扣2分；满意率90%以上的得1.5分，85%（含）—90%的得1分，85%以下的不得分；"
                "无年终总结的扣1分。", "工作计划、述职报告、测评结果、工作总结", indicator="述职评议"),
            Row("村干部违纪违法，或在征地拆迁、工程项目、民宿审批服务中优亲厚友、谋取私利（本项为扣分项）。", 4,
                "每发现1起扣2分；被县级以上通报批评的，每次扣1分；村党组织书记受到党纪处分的，本项不得分。", "县纪委监委、镇纪委提供",
                indicator="负面清单"),
        )),
    ),
)

HEADER = ["一级指标", "二级指标", "考核内容", "分值", "评分标准", "佐证材料", "自评分", "考核得分"]
NOTE = ("备注：1.本表由镇党委于12月组织考核，联村领导、驻村干部不参加所联系村的考核，采取查阅资料、实地查看、入户走访、调取平台数据相结合"
        "的方式；2.各项扣分以该项分值为限，扣完为止；3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的"
        "为“差”；4.考核结果与村干部年度报酬挂钩，作为“红旗村党组织”评选和软弱涣散村党组织排查的重要依据。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "村党组织考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16), center)
    xlsx_line(ws, "考核对象：莫干山镇各行政村党组织", ncols)
    xlsx_line(ws, "村名：                联村领导：                考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.indicator, row.text, row.points, row.scoring, row.method, None, None])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 11, 48, 6, 48, 20, 7, 7))
    wb.save(str(path))
