"""湄潭县2025年度村党组织“茶乡先锋”考核评分细则 (.xlsx), as the 中共湄潭县委组织部 of 贵州 遵义 (the 镇（街道）党（工）委 初核 first, a 县级
复核组 of the 组织部 with the 农业农村局, the 茶产业发展中心, the 乡村振兴局 and the 县纪委监委 checking in December) scores the 村党组织 of a
county of 茶园 on the hills round the 湄江: the 翠芽 and 遵义红 picked in spring by women and old people while the young work in 浙江 and 广东,
村集体 茶园 and the 合作社 the 村党组织 runs, 茶青 sold by the 茶农 to the 加工厂, the 农药 the 茶园 may not use, the old 农村改革试验区 and its
土地 流转, 防返贫 after the 脱贫 years: 组织建设 (one roster of the “两委” by age and 学历 with the “一肩挑” and the 监委会 主任, the 设置 with
the 党小组 覆盖 and the 换届, the “三会一课” with the 书记's two 党课 and the 视频, the 主题党日 on the tenth with the 参加率, the 组织生活会 with
民主评议 and its 公布, the yearly 报告 of the 村级组织 and a quarterly 监督例会), 队伍建设 (the 书记's five days of 培训 with the 年终 述职 and the
满意度 in bands, two 后备力量 under 35 with the 培养台账 and the “导师帮带” and one 回引, one 积极分子 a year and "每两年至少发展党员1名" with
the 公示 and a 一票否决, 24学时 with the 冬春 轮训, a quarterly 送学上门 and a monthly 推送, 党费 with a quarterly 公布 and the 慰问), 产业发展
(the 集体经济 income in bands with the 领办 合作社 and the 收益分配方案, the 示范茶园 with two 培训 and the 抽检合格率, the 联系农户 with a monthly
走访, a monthly 监测 排查 with the 落实率 and a 一票否决, a monthly “茶乡清洁日” with a quarterly 评比 and its 公示), 乡村治理 (the “四议两公开”
with the quarterly and monthly 公开, a monthly 排查 with the 调解成功率 and two “法律明白人”, the 村规民约 with its 备案 and a yearly 评选, the
场所 with the 坐班值班 and the 经费) and 责任落实 (the 年初 计划 and 承诺, a 年中 自评, the 年底 总结, the “一村一档” with the 系统; a
deduction-only line on 违纪违法 and the 茶园流转).

A merged title row, a merged "考核对象：全县各镇（街道）所辖村党组织" line and a merged "镇（街道）： 村： 考核时间：" line above the header
序号 | 考核指标 | 考核内容 | 评分标准 | 分值 | 佐证材料 | 镇级初核 | 县级复核. Each category is a SECTION ROW merged across the whole sheet,
printed WITH an ordinal and its points on one line, "一、组织建设（20分）". 序号 (FIRST column) RESTARTS at 1 under every section row (ids
"1.1" … "5.3"). 考核指标 is a short sub-label (`Row.indicator`). The 评分标准 cell prints its rules as NUMBERED LINES, one rule a line, "①…；\\n
②…；\\n③…。". 分值 is a plain number AFTER the 评分标准. 佐证材料 (`Row.method`) names the papers the 村 lays out, joined by "、" (once a way of
checking: 县纪委监委提供). The two score columns are blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and
Chinese numerals ("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次", "每年讲党课不少于2次", "每月10日",
"每年召开一次", "每年…报告工作不少于1次", "每季度召开一次", "每年…不少于5天", "年终", "年内…不少于1名", "年内确定…不少于1名", "每两年至少
发展党员1名", "每年…不少于24学时", "每年冬春季节开展一次", "每季度送学上门一次", "每月推送一次", "每季度公布一次", "“七一”、春节期间",
"每年…不少于2期", "每月至少走访…1次", "每月开展一次", "每季度开展一次", "一般事项每季度公开一次，财务收支每月公开一次", "每年开展一次",
"每天至少1名", "年初", "年中", "年底"); "公示期不少于7天"; "不少于1名", "不少于2名", "不少于1个", "不少于5户"; "百分之八十五", "100%", "95%";
"10万元以上"; "最高扣" caps; "酌情扣1分", "酌情扣1-2分" and "酌情扣0.5-1分" twice; two sets of bands (a 满意度 for 2 of the 5 points closed by
"70%以下的不得分", an income in 万元 for 5 of the 8 points closed by "10万元以下的不得分"); two "实行一票否决，本项不得分"; four plain "本项不
得分"; one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzzm_meitan_xian_cun_dangzuzhi_xlsx",
    fmt="xlsx",
    title="湄潭县2025年度村党组织“茶乡先锋”考核评分细则",
    numbering="restart",
    sections=(
        Section("组织建设", "一、组织建设（20分）", 20, (
            Row("村“两委”班子成员中35周岁以下的不少于1名、大专及以上学历的不少于2名；村党组织书记、村委会主任“一肩挑”；村务监督委员会"
                "主任由村党组织班子成员担任。", 4,
                "①35周岁以下成员未达到要求的扣1分；\n②大专及以上学历成员未达到要求的扣1分；\n③未实行“一肩挑”的扣1分；\n④监委会主任未由"
                "班子成员担任的扣0.5分。", "村“两委”班子花名册", indicator="班子结构"),
            Row("党员50名以上的村设立党总支，按村民组或茶叶专业合作社设立党支部（党小组），党小组覆盖所有村民组；村党组织按期换届。", 3,
                "①组织设置不规范的扣1分；\n②村民组未覆盖党小组的，每个扣0.3分，最高扣1分；\n③未按期换届的扣1分。", "党组织设置批复",
                indicator="组织设置"),
            Row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；村党组织书记每年讲党课不少于2次；外出"
                "务工党员可通过视频方式参加组织生活。", 5,
                "①“三会一课”每少1次扣0.5分，最高扣3分；\n②书记讲党课每少1次扣0.5分；\n③会议记录存在补记、代签等弄虚作假的，本项不得分。",
                "会议记录本、签到表", indicator="三会一课"),
            Row("每月10日开展主题党日活动，党员参加率达到百分之八十五；每年召开一次组织生活会，开展民主评议党员，评议结果向党员公布。", 5,
                "①主题党日每少1次扣0.3分；\n②参加率每低5个百分点扣0.3分；\n③未召开组织生活会的扣1.5分；\n④未开展民主评议党员的扣1分；\n"
                "⑤评议结果未公布的扣0.5分。", "活动记录、活动照片", indicator="组织生活"),
            Row("村民委员会、村务监督委员会、村集体经济组织每年向村党组织报告工作不少于1次；村务监督委员会每季度召开一次监督例会。", 3,
                "①报告每少1次扣0.5分；\n②监督例会每少1次扣0.3分；\n③村级组织各自为政、运行不顺的，酌情扣1分。", "报告材料、监督例会记录",
                indicator="村级组织运行"),
        )),
        Section("队伍建设", "二、队伍建设（20分）", 20, (
            Row("村党组织书记每年参加县级以上集中培训不少于5天；年终向镇（街道）党（工）委述职，接受党员群众代表测评，满意度不低于百分之"
                "八十五。", 5,
                "①培训不足5天的扣1分；\n②未述职的扣2分；\n③满意度85%以上的得2分，70%（含）—85%的得1分，70%以下的不得分。",
                "培训证书、述职报告", indicator="书记队伍"),
            Row("每村储备35周岁以下村级后备力量不少于2名，建立培养台账，落实“导师帮带”；年内从返乡大学生、致富能手、退役军人中回引人才不少"
                "于1名。", 4,
                "①后备力量每少1名扣0.5分；\n②无培养台账的扣0.5分；\n③未落实“导师帮带”的扣0.5分；\n④未回引人才的扣1分。",
                "后备力量花名册、培养台账", indicator="后备力量"),
            Row("年内确定入党积极分子不少于1名；每两年至少发展党员1名，优先从茶叶种植大户、合作社骨干中发展；发展对象公示期不少于7天。", 4,
                "①未确定积极分子的扣1分；\n②两年内未发展党员的扣2分；\n③发展对象未公示的扣1分；\n④违规发展党员的，实行一票否决，本项"
                "不得分。", "发展党员档案、公示照片", indicator="发展党员"),
            Row("党员每年参加集中学习培训不少于24学时，每年冬春季节开展一次党员集中轮训；对年老体弱党员每季度送学上门一次；对外出流动党员每月"
                "推送一次学习资料。", 4,
                "①学时不足的，每人扣0.1分，最高扣1分；\n②未开展冬春轮训的扣1分；\n③送学上门每少1次扣0.2分；\n④学习资料推送每少1次扣"
                "0.1分。", "轮训签到表、送学上门记录", indicator="教育培训"),
            Row("党员按月交纳党费，每季度公布一次收缴情况；“七一”、春节期间走访慰问老党员、生活困难党员。", 3,
                "①未按月交纳的，每人次扣0.1分，最高扣1分；\n②公布每少1次扣0.3分；\n③未开展走访慰问的扣1分。", "党费收缴台账、慰问花名册",
                indicator="党员管理"),
        )),
        Section("产业发展", "三、产业发展（30分）", 30, (
            Row("村集体经济年经营性收入达到10万元以上；村党组织领办茶叶专业合作社或茶旅服务实体不少于1个；收益分配方案经村民代表会议通过并"
                "公示。", 8,
                "①年经营性收入30万元以上的得5分，20万元（含）—30万元的得4分，10万元（含）—20万元的得3分，10万元以下的不得分；\n②未领办"
                "合作社或服务实体的扣1分；\n③收益分配方案未经村民代表会议通过或未公示的扣1分。", "集体经济收支账目、合作社章程、公示照片",
                indicator="集体经济"),
            Row("党员带头推广茶园绿色防控，建设党员示范茶园不少于1个；每年组织茶叶种植、加工技术培训不少于2期；茶青农药残留抽检合格率达到"
                "100%。", 6,
                "①无党员示范茶园的扣1分；\n②培训每少1期扣0.5分；\n③抽检不合格的，每批次扣1分；\n④发生茶叶质量安全事件的，本项不得分。",
                "培训签到表、抽检报告", indicator="茶产业"),
            Row("建立党员联系农户制度，每名党员联系农户不少于5户，每月至少走访联系户1次，帮助解决茶青销售、外出务工等实际困难。", 5,
                "①未建立联系制度的扣1分；\n②联系户不足5户的，每人扣0.2分；\n③走访每少1次扣0.1分，最高扣1.5分。", "党员联户台账",
                indicator="联农带农"),
            Row("每月开展一次防止返贫动态监测排查，监测对象帮扶措施落实率达到100%；不发生规模性返贫。", 6,
                "①排查每少1次扣0.5分；\n②帮扶措施未落实的，每户扣0.5分；\n③发生规模性返贫的，实行一票否决，本项不得分。",
                "监测台账、帮扶手册", indicator="防止返贫"),
            Row("每月开展一次“茶乡清洁日”党员志愿服务；每季度开展一次“美丽庭院”评比，评比结果张榜公示。", 5,
                "①志愿服务每少1次扣0.3分，最高扣2分；\n②评比每少1次扣0.5分；\n③评比结果未公示的扣0.5分；\n④被县级以上通报人居环境问题的，"
                "每次扣1分。", "活动照片、评比公示照片", indicator="人居环境"),
        )),
        Section("乡村治理", "四、乡村治理（20分）", 20, (
            Row("村级重大事项严格落实“四议两公开”；党务、村务一般事项每季度公开一次，财务收支每月公开一次。", 6,
                "①重大事项未履行“四议两公开”程序的，每件扣1分；\n②公开每少1次扣0.3分，最高扣2分；\n③公开内容不真实引发群众上访的，本项"
                "不得分。", "会议记录、公开栏照片", indicator="民主管理"),
            Row("每月开展一次矛盾纠纷排查化解，调解成功率达到95%以上；培育村级“法律明白人”不少于2名；不发生“民转刑”案件和越级上访。", 7,
                "①排查每少1次扣0.5分；\n②调解成功率每低1个百分点扣0.2分；\n③“法律明白人”每少1名扣0.5分；\n④发生“民转刑”案件或越级上访"
                "的，每起扣2分。", "排查台账、调解卷宗", indicator="平安建设"),
            Row("修订完善村规民约并报镇（街道）党（工）委备案；每年开展一次“好媳妇”“好婆婆”“最美茶农”评选；推进移风易俗。", 3,
                "①村规民约未修订或未备案的扣1分；\n②未开展评选的扣1分；\n③红白喜事大操大办未劝导的，酌情扣0.5-1分。", "村规民约、评选名单",
                indicator="乡风文明"),
            Row("村级党群服务中心功能完善，落实村干部坐班值班制度，每天至少1名村干部在岗值班；村级组织办公经费和服务群众专项经费专款专用。",
                4,
                "①场所功能不全、挪作他用的，酌情扣1-2分；\n②未落实坐班值班的，每次扣0.2分，最高扣1分；\n③经费未专款专用的扣1分。",
                "值班表、经费台账", indicator="阵地保障"),
        )),
        Section("责任落实", "五、责任落实（10分）", 10, (
            Row("村党组织年初制定党建工作计划，向镇（街道）党（工）委作出年度承诺；年中开展一次自评；年底形成工作总结。", 4,
                "①无年度计划的扣1分；\n②未作出承诺的扣1分；\n③未开展年中自评的扣0.5分；\n④无年底总结的扣1分。", "工作计划、承诺书、工作总结",
                indicator="目标责任"),
            Row("村级党建资料实行“一村一档”，分类归档、及时更新；党员信息在全国党员管理信息系统中及时维护。", 3,
                "①资料不全、归档不规范的，酌情扣0.5-1分；\n②党员信息维护不及时的，每条扣0.1分，最高扣1分。", "档案目录",
                indicator="档案管理"),
            Row("村干部违纪违法，或在惠农补贴发放、低保评定、茶园流转中优亲厚友、侵占集体利益（本项为扣分项）。", 3,
                "①村干部受到党纪政务处分的，每人次扣1.5分；\n②被县级以上通报批评的，每次扣1分；\n③村党组织书记被立案审查调查的，本项不得分。",
                "县纪委监委提供", indicator="负面清单"),
        )),
    ),
)

HEADER = ["序号", "考核指标", "考核内容", "评分标准", "分值", "佐证材料", "镇级初核", "县级复核"]
NOTE = ("说明：1.本细则采取村级自查、镇（街道）初核、县级复核的方式进行，复核结果报县委组织部审定；2.各项扣分以该项分值为限，扣完为止；"
        "3.考核得分90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，70分以下的为“差”；4.考核结果与村干部绩效报酬挂钩，"
        "评为“差”的村党组织列入软弱涣散村党组织整顿范围。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "茶乡先锋考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="方正小标宋简体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：全县各镇（街道）所辖村党组织", ncols)
    xlsx_line(ws, "镇（街道）：              村：              考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([i, row.indicator, row.text, row.scoring, row.points, row.method, None, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 11, 46, 46, 6, 20, 8, 8))
    wb.save(str(path))
