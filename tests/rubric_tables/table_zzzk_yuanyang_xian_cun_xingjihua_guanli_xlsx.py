"""元阳县2025年度村级党组织星级化管理考评细则 (.xlsx), as the 中共元阳县委组织部 of 云南 红河州 (村级自评, 乡镇初评 and a 县级复核 in
December, with the 乡村振兴局, the 禁毒办, the 教育体育局 and the 县纪委监委) scores the 村党组织 of a 哈尼族 county of 梯田 on the 哀牢山:
党员 in 村民小组 far up the mountain, young people away in 广东 and 浙江, 梯田红米 and 稻鱼鸭 for the 集体经济, the 防返贫 监测 after the
脱贫 years, the 禁毒防艾 work of the 红河 border region and the 控辍保学: 组织建设 (the 设置 with a 党总支 over fifty 党员 and the 村民小组
覆盖率, the “三会一课” with the 书记's two 党课 in two languages, the monthly 主题党日 on the “云岭先锋” with the 参加率, the 组织生活会 with
谈心谈话 and 民主评议, the 党员信息 in the 系统 with a half-yearly 排查), 队伍建设 (one roster of the “两委” with one under 35 and the 书记,
the 女性 and 少数民族 members, the 后备力量 under 35 with the “导师帮带” and a half-yearly 考察, "每两年至少发展1名" with the 政审, the 公示 and
a 一票否决, the 冬春训 with 32学时 and a quarterly 送学上门, the 党费 with the 慰问 and a quarterly 联系), 乡村振兴 (the 集体经济 income in bands
with the 收益分配方案 and its 公示, a monthly 排查 of the 监测对象 with the 落实率 and a 一票否决, twelve 巡查 of the 梯田 with the 认领, a monthly
清洁 志愿服务 with the 户厕 and a quarterly 评比, two 培训 a year with the 务工台账), 基层治理 (the “四议两公开” with the quarterly and monthly
公开, a quarterly 禁毒防艾 宣传 with the 落实率 and a 一票否决, a monthly 排查 with the 调解成功率, the 入户摸排 each 学期 with a 一票否决) and
基础保障 (the 场所 with the 坐班值班制度, the 年初 承诺 and 年底 述职 with a half-yearly 自评, a deduction-only line on 违纪违法).

A merged title row, a merged "考评对象：全县各乡镇所辖村党组织" line and a merged "乡镇： 村： 考评时间：" line above the header 考评项目 |
考评内容 | 分值 | 扣分办法 | 考评方式及佐证材料 | 村级自评 | 乡镇初评 | 县级复核. There is NO 序号: items are numbered by position (1..22). The
categories are MERGED CELLS down the 考评项目 column (FIRST), printed WITH an ordinal and WITH their points on a SECOND line, "一、组织建设\\n
（20分）". 分值 is a plain number BEFORE the 扣分办法. 考评方式及佐证材料 (`Row.method`) says how the 考评组 checks and names the papers (查阅
…, 查看…照片, 系统核查, 入户抽查, 县纪委监委提供). The three score columns are blank. A 合计 row of 100 and a merged 说明 row close the sheet.
Counts in figures and Chinese numerals ("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于
2次", "每月固定一天", "每年召开一次", "每半年开展一次", "每半年开展一次考察", "每两年至少发展1名", "每季度送学上门一次", "每季度至少联系
一次", "每月开展一次", "全年…不少于12次", "每月组织一次", "每季度开展一次", "每年…不少于2期", "每季度公开一次", "每月公开一次", "每季度至少
开展一次", "每月排查一次", "每学期开学初开展一次", "每半年…开展一次"); "不少于32学时", "公示期不少于7天"; "至少有1名", "不少于3名";
"100%", "80%", "95%"; "5万元以上"; "最高扣" caps; "酌情扣0.5-1分" and "酌情扣1-2分"; one set of bands (an income in 万元 for 5 of the 7
points closed by "5万元以下的不得分"); four "实行一票否决，本项不得分"; five plain "本项不得分"; one line is deduction-only.
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
    name="zzzk_yuanyang_xian_cun_xingjihua_guanli_xlsx",
    fmt="xlsx",
    title="元阳县2025年度村级党组织星级化管理考评细则",
    numbering="position",
    sections=(
        Section("组织建设", "一、组织建设\n（20分）", 20, (
            Row("村党组织按规定设置，党员人数超过50人的村设立党总支，党支部按自然村（村民小组）设置；村民小组党组织覆盖率达到100%。", 4,
                "组织设置不规范的扣1分；村民小组党组织覆盖率每低10个百分点扣0.5分；存在“空白村民小组”的，每个扣0.5分。",
                "查阅党组织设置批复文件"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；村党组织书记每年讲党课不少于2次，用汉语和"
                "哈尼语双语宣讲。", 6,
                "“三会一课”每少1次扣0.5分，最高扣4分；书记讲党课每少1次扣0.5分；会议记录补记、代签的，本项不得分。",
                "查阅会议记录、签到表"),
            Row("每月固定一天开展主题党日活动，外出务工党员通过“云岭先锋”APP线上参加；党员参加率达到80%以上。", 4,
                "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.3分，最高扣1.5分。", "查阅活动记录、平台数据，查看活动照片"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，党员之间、党员与支部委员之间谈心全覆盖；同步开展民主评议党员。", 3,
                "未召开组织生活会的扣1.5分；谈心谈话未全覆盖的扣0.5分；未开展民主评议党员的扣1分。", "查阅会议记录、谈心谈话记录"),
            Row("党员信息与全国党员管理信息系统保持一致；每半年开展一次失联党员排查，对失联党员及时处置。", 3,
                "党员信息不一致的，每人扣0.2分，最高扣1分；排查每少1次扣0.5分；失联党员处置不到位的扣0.5分。", "系统核查"),
        )),
        Section("队伍建设", "二、队伍建设（20分）", 20, (
            Row("村党组织书记年龄一般不超过55周岁、具有高中及以上学历；村“两委”班子中至少有1名35周岁以下的年轻干部、1名女性成员和1名少数"
                "民族干部。", 5,
                "书记年龄、学历不符合要求的扣1分；班子结构每缺1项扣1分；班子不团结、战斗力不强的，本项不得分。", "查阅“两委”班子花名册"),
            Row("建立村级后备力量人才库，储备35周岁以下后备力量不少于3名，落实“导师帮带”，每半年开展一次考察。", 4,
                "后备力量每少1名扣1分；未落实导师帮带的扣0.5分；考察每少1次扣0.5分。", "查阅后备力量花名册、帮带记录"),
            Row("每两年至少发展1名党员，注重在致富带头人、返乡青年和少数民族群众中发展；严格落实发展党员政治审查和公示制度，公示期不少于"
                "7天。", 4,
                "两年内未发展党员的扣2分；政审、公示不规范的，每人次扣0.5分；违规发展党员的，实行一票否决，本项不得分。", "查阅发展党员档案"),
            Row("开展农村党员冬春训，每名党员年度集中学习培训时间不少于32学时；对年老体弱、居住偏远的党员每季度送学上门一次。", 4,
                "未开展冬春训的扣1分；学时不足的，每人扣0.1分，最高扣1.5分；送学上门每少1次扣0.5分。", "查阅培训签到表，查看送学上门照片"),
            Row("党员按月交纳党费；“七一”、春节期间走访慰问老党员、困难党员；外出流动党员每季度至少联系一次。", 3,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；未开展走访慰问的扣1分；联系每少1次扣0.2分，最高扣1分。",
                "查阅党费收缴台账、流动党员联系台账"),
        )),
        Section("乡村振兴", "三、乡村振兴\n（25分）", 25, (
            Row("村级集体经济年经营性收入达到5万元以上，依托梯田红米、稻鱼鸭综合种养等特色产业发展壮大集体经济；村集体收益分配方案经村民代表"
                "会议通过并公示。", 7,
                "年经营性收入20万元以上的得5分，10万元（含）—20万元的得4分，5万元（含）—10万元的得3分，5万元以下的不得分；收益分配方案未"
                "公示的扣1分；集体资产流失的，每起扣1分。", "查阅村集体经济收支账目、收益分配方案"),
            Row("落实防止返贫动态监测和帮扶机制，每月开展一次监测对象排查走访；村“两委”成员和党员结对帮扶监测户，帮扶措施落实率达到100%。", 6,
                "排查走访每少1次扣0.5分；帮扶措施每有1户未落实的扣0.5分；结对帮扶未全覆盖的扣1分；发生规模性返贫的，实行一票否决，本项"
                "不得分。", "查阅监测台账、帮扶手册，入户抽查"),
            Row("党员带头保护哈尼梯田，落实“田长制”，党员认领梯田保护责任区；全年开展梯田保护巡查不少于12次，不发生撂荒、改田建房等破坏梯田"
                "行为。", 5,
                "党员未认领责任区的，每人扣0.1分，最高扣1分；巡查每少1次扣0.2分；发生撂荒、改田建房的，每处扣1分。",
                "查阅责任区认领名单、巡查记录，实地查看"),
            Row("开展“美丽村庄”创建，每月组织一次党员志愿服务村庄清洁活动；农村户厕改造按计划完成；每季度开展一次“最美庭院”评比并公示。", 4,
                "清洁活动每少1次扣0.2分；户厕改造未按计划完成的扣1分；评比每少1次扣0.3分；被县级以上通报的，每次扣1分。",
                "查看活动照片，实地查看"),
            Row("组织劳动力转移就业，每年开展实用技术或劳务技能培训不少于2期；外出务工人员信息台账动态更新。", 3,
                "培训每少1期扣1分；无务工人员信息台账的扣1分。", "查阅培训签到表、务工人员信息台账"),
        )),
        Section("基层治理", "四、基层治理\n（20分）", 20, (
            Row("村级重大事项落实“四议两公开”；党务、村务、财务每季度公开一次，集体财务收支每月公开一次。", 5,
                "重大事项未按程序决策的，每件扣1分；公开每少1次扣0.3分，最高扣2分。", "查阅会议记录，查看公开栏照片"),
            Row("每季度至少开展一次禁毒防艾宣传，创建“无毒村”；吸毒人员社区康复措施落实率达到100%；不发生制贩毒案件和新增吸毒人员。", 5,
                "宣传每少1次扣0.5分；康复措施未落实的，每人扣0.5分；新增吸毒人员的，每人扣1分；发生制贩毒案件的，实行一票否决，本项"
                "不得分。", "查阅宣传记录，县禁毒办提供"),
            Row("坚持和发展新时代“枫桥经验”，村调解委员会每月排查一次矛盾纠纷，调解成功率达到95%以上；发挥老党员、老干部、老教师等乡贤参与"
                "调解作用。", 5,
                "排查每少1次扣0.3分；调解成功率每低1个百分点扣0.2分，最高扣2分；发生群体性事件的，本项不得分。", "查阅调解台账"),
            Row("落实控辍保学责任，村“两委”成员包户劝返，义务教育阶段适龄儿童少年无失学辍学；每学期开学初开展一次入户摸排。", 5,
                "入户摸排每少1次扣0.5分；包户责任未落实的扣1分；出现辍学未劝返的，实行一票否决，本项不得分。", "查阅摸排台账，县教育体育局"
                "提供"),
        )),
        Section("基础保障", "五、基础保障\n（15分）", 15, (
            Row("村级组织活动场所标识规范、功能完善，设置党员活动室、便民服务站；落实村干部坐班值班制度，每天至少1名村干部在岗值班。", 5,
                "标识、功能不规范的，酌情扣0.5-1分；坐班值班制度未落实的扣1分；实地抽查无人值班的，每次扣1分；场所挪作他用的，本项不得分。",
                "实地查看"),
            Row("村党组织书记年初向乡镇党委作出党建工作承诺，年底向党员大会述职；每半年对照星级标准开展一次自评，形成自评报告。", 6,
                "未作承诺的扣1分；未述职的扣2分；自评每少1次扣0.5分；自评报告与实际严重不符的，酌情扣1-2分。", "查阅承诺书、述职报告、自评报告"),
            Row("村干部违纪违法、侵害群众利益（本项为扣分项）。", 4,
                "村“两委”成员受到党纪政务处分的，每人次扣2分；被县级以上通报批评的，每次扣1分；村党组织书记受到刑事处罚的，本项不得分。",
                "县纪委监委提供"),
        )),
    ),
)

HEADER = ["考评项目", "考评内容", "分值", "扣分办法", "考评方式及佐证材料", "村级自评", "乡镇初评", "县级复核"]
NOTE = ("说明：1.星级化管理考评每年开展一次，采取村级自评、乡镇初评、县级复核的方式进行，复核结果报县委组织部审定；2.各项扣分以该项分值为"
        "限，扣完为止；3.考评得分90分以上的评为“五星级”，80—89分的评为“四星级”，70—79分的评为“三星级”，60—69分的评为“二星级”，60分"
        "以下的评为“一星级”；4.星级评定结果与村干部绩效报酬挂钩，“一星级”“二星级”村党组织由乡镇党委书记包村整顿提升。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "星级化管理考评"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考评对象：全县各乡镇所辖村党组织", ncols)
    xlsx_line(ws, "乡镇：              村：              考评时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            ws.append([s.printed if i == 0 else None, row.text, row.points, row.scoring, row.method, None, None, None])
            for c in (2, 4, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            ws.cell(ws.max_row, 3).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 3, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (12, 50, 6, 50, 22, 7, 7, 7))
    wb.save(str(path))
