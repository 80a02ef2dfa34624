"""中共于都县梓山镇委员会2025年度村党组织党建工作考核评分表 (.xlsx), as a 江西 赣州 苏区 镇党委 (its 组织委员 and 党建办 with
the 挂点 领导 and the 驻村 干部 going round each 村 in January, the 村 having scored itself first) scores each 村党组织 under five
heads: 组织体系建设 (“一肩挑” and the “两委” with one under 35 and two with a 大专 学历, “三会一课” entered on the “赣鄱党建云” 平台
with no 代签 or 补记, the monthly 主题党日 and its 规定动作 with a 参加率 in Chinese numerals, 组织生活会 with 谈心谈话, 民主评议 and
its 备案, 发展党员 every two years with the 公示 of each 阶段, 党费 with its quarterly 上缴 and 24学时 with 送学上门), 党员教育管理
(the “三亮” with the 党员户 挂牌率, the 年初 承诺 and the 年底 述诺评诺, the 流动党员 台账 with a quarterly 联系 and a 春节 座谈会,
“党员联系户” with a 走访 every two months, the “七一” 慰问), 乡村振兴 (集体经济 income in bands and its growth, 富硒蔬菜 and 脐橙 with a
领办 合作社 and two 培训, the “颐养之家” with its monthly 伙食费 公示 and a weekly 上门 服务, “五净一规范” and the monthly “党员义务
劳动日”, the monthly 走访 of the 防返贫 监测对象), 乡村治理 (“四议两公开” and the quarterly 三务 公开, the 监委会 with its 审核 and
the half-yearly 履职 报告, the “一约四会” with the 彩礼 条款, the monthly 矛盾纠纷 排查, a deduction-only 防汛 / 森林防火 / 防溺水
line) and 阵地保障 (the 党群服务中心 坐班 and the 代办 台账, a quarterly 现场教学 at a 红色教育基地 and the monthly 文明实践 志愿服务,
计划 / 总结 / the 书记's 年底 述职 with a 满意度).

A merged title row, a merged "考核对象：全镇各村党组织（含党总支）" line and a merged "村名：…  村党组织书记：…  考核时间：2026年1月"
line above the header 序号 | 考核内容 | 评分标准 | 分值 | 佐证材料 | 自评分 | 考核得分 (分值 AFTER the 评分标准). The categories are
SECTION ROWS merged across the sheet, printed with a bracketed ordinal on one line, "（一）组织体系建设（25分）". 序号 (first column,
numeric cells) RESTARTS at 1 under every section row (ids "1.1" … "5.3"). 分值 is a plain number. 佐证材料 (`Row.method`) names the
papers the 村 lays out (once a way of checking, 镇应急办核实): a 佐证 column. 自评分 and 考核得分 are blank. A 合计 row and a merged
备注 row close the sheet. The income bands sit in the 评分标准; counts partly in Chinese numerals ("百分之八十五", "每两个月",
"每年召开一次", "不少于两期"); "最高扣" caps; one count runs weekly (the “颐养之家” 上门 服务); one line is deduction-only.
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table

TABLE = Table(
    name="zzm_zhen_cun_dangzuzhi_kaoping_xlsx",
    fmt="xlsx",
    title="中共于都县梓山镇委员会2025年度村党组织党建工作考核评分表",
    numbering="restart",
    sections=(
        Section("组织体系建设", "（一）组织体系建设（25分）", 25, (
            Row("村党组织书记和村委会主任“一肩挑”，村“两委”班子配备齐全；班子成员中35周岁以下的至少1名，大专及以上学历的不少于"
                "2名；班子团结协作。", 4,
                "“一肩挑”、年龄、学历结构每缺1项扣1分；班子成员缺额3个月以上未补齐的扣1分；班子不团结、书记履职不力被镇党委约谈"
                "的，每次扣1分。", "“两委”成员花名册、约谈记录"),
            Row("严格落实“三会一课”制度，支部委员会每月至少召开1次，党员大会每季度至少召开1次，党小组会每月至少召开1次，党课每季度"
                "至少1次；会议情况及时录入“赣鄱党建云”平台。", 6,
                "“三会一课”每少1次扣0.5分，最高扣5分；平台录入与会议记录不一致的，每次扣0.2分；发现代签、补记的，本项不得分。",
                "会议记录本、签到表、平台截图"),
            Row("每月固定1天开展主题党日活动，落实重温入党誓词、集中学习、交纳党费等规定动作，党员参加率不低于百分之八十五。", 4,
                "主题党日每少1次扣0.5分；参加率低于85%的，每次扣0.2分；规定动作不全的，每次扣0.1分。", "活动方案、签到表、活动照片"),
            Row("每年召开一次组织生活会，会前开展谈心谈话，认真开展批评和自我批评；每年开展一次民主评议党员，评议结果报镇党委备案，"
                "对评定为不合格的党员稳妥组织处置。", 4,
                "未召开组织生活会的扣2分；未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1.5分；评议结果未备案的扣0.5分；不合格党员"
                "处置不当的，酌情扣0.5—1分。", "会议记录、谈心谈话记录、民主评议测评表"),
            Row("每两年至少发展1名党员，注重从35周岁以下青年农民、致富能手、退役军人中发展；入党积极分子培养考察一年以上，发展党员"
                "各阶段按规定公示。", 4,
                "两年内未发展党员的扣2分；应公示未公示的，每次扣0.5分；培养考察不足一年或程序不规范的，每处扣0.5分；违规发展党员的，"
                "本项不得分。", "发展党员纪实档案"),
            Row("党员每月按规定交纳党费，村党组织每季度向镇党委上缴一次；党员每年参加集中学习培训不少于24学时，对年老体弱党员送学"
                "上门。", 3,
                "党费未按月交纳的，每人次扣0.1分，最高扣1分；未按季度上缴的扣0.5分；学时不足的，每人扣0.1分；未送学上门的扣0.5分。",
                "党费收缴台账、学时登记表"),
        )),
        Section("党员教育管理", "（二）党员教育管理（15分）", 15, (
            Row("深化党员“三亮”活动（亮身份、亮承诺、亮实绩），党员户挂牌率达到100%；党员年初公开承诺事项，年底开展述诺评诺。", 4,
                "挂牌率每低1个百分点扣0.1分；未公开承诺的扣1分；未开展述诺评诺的扣1分；承诺事项空泛、流于形式的，酌情扣0.5分。",
                "承诺书、挂牌照片"),
            Row("建立外出流动党员管理台账，掌握流动党员去向和联系方式；每季度至少联系一次，春节期间组织返乡流动党员召开一次座谈会。",
                4,
                "无流动党员台账的扣1分；联系每少1次扣0.5分；未召开座谈会的扣1分；出现失联党员的，每人扣0.5分。",
                "流动党员台账、座谈会记录"),
            Row("组织有能力的党员开展“党员联系户”活动，每名党员联系群众不少于5户，每两个月至少走访一次联系户，帮助解决实际困难。", 4,
                "未开展联系户活动的扣2分；走访每少1次扣0.2分，最高扣1.5分；联系户反映问题未及时处理的，每件扣0.5分。",
                "党员联系户登记表、走访记录"),
            Row("落实党内关怀帮扶，“七一”前后走访慰问老党员、生活困难党员；党员生病住院、家庭遭遇重大变故的及时看望。", 3,
                "未开展“七一”走访慰问的扣2分；关怀帮扶不及时的，酌情扣0.5—1分。", "慰问登记表、慰问照片"),
        )),
        Section("乡村振兴", "（三）乡村振兴（25分）", 25, (
            Row("发展壮大村级集体经济，村集体经济年经营性收入达到10万元以上，且较上年有所增长。", 7,
                "年经营性收入50万元以上的得7分；20万元（含）—50万元的得6分；10万元（含）—20万元的得4分；5万元（含）—10万元的得2分；"
                "5万元以下的不得分。收入较上年下降的扣1分。", "村集体经济收支台账、财务报表"),
            Row("立足富硒蔬菜、脐橙等特色产业，推行“党支部+合作社+农户”模式，村党组织领办合作社不少于1个；年内组织种养技术培训不少于"
                "两期。", 5,
                "未领办合作社的扣2分；合作社空壳运行的扣1分；培训每少1期扣1分。", "合作社章程、培训签到表、培训照片"),
            Row("村“颐养之家”正常运营，入家老人一日两餐有保障；伙食费收支每月公示一次；组织党员志愿者每周上门服务不少于1次。", 5,
                "“颐养之家”未正常运营的扣3分；伙食费收支未按月公示的，每次扣0.5分；党员志愿服务未落实的，酌情扣0.5—1分。",
                "颐养之家管理台账、公示照片"),
            Row("党员带头开展人居环境整治，党员户达到“五净一规范”标准；每月至少开展一次“党员义务劳动日”活动；村庄环境在全镇季度评比"
                "中不排名末位。", 4,
                "党员户不达标的，每户扣0.2分；义务劳动日每少1次扣0.5分；季度评比排名末位的，每次扣1分。", "活动照片"),
            Row("落实防止返贫动态监测帮扶，每月对监测对象入户走访一次，“一户一策”帮扶措施落实到位；全年不发生规模性返贫。", 4,
                "走访每少1次扣0.5分；帮扶措施不落实的，每户扣0.5分；发生规模性返贫的，本项不得分。", "监测对象走访记录、帮扶台账"),
        )),
        Section("乡村治理", "（四）乡村治理（20分）", 20, (
            Row("村级重大事项严格落实“四议两公开”；党务、村务、财务每季度至少公开一次，涉及群众切身利益的事项随时公开。", 5,
                "重大事项未落实“四议两公开”的，每项扣1分；公开每少1次扣0.5分；公开栏内容过期、不规范的扣0.5分。",
                "会议记录、公开栏照片"),
            Row("村务监督委员会每季度至少召开1次会议，村级财务开支经监委会审核；村“两委”班子成员每半年向村民代表会议报告一次履职"
                "情况。", 4,
                "监委会会议每少1次扣0.5分；财务开支未经审核的，每笔扣0.2分，最高扣1分；履职情况报告每少1次扣0.5分。",
                "监委会会议记录、财务审核单"),
            Row("修订完善村规民约，健全红白理事会、村民议事会、道德评议会、禁毒禁赌会，村规民约对婚嫁彩礼、酒席规模作出约束；党员干部"
                "带头不收高价彩礼、不大操大办。", 4,
                "村规民约未修订完善的扣1分；“四会”每缺1个扣0.5分；党员干部收受高价彩礼或大操大办的，每起扣1分。",
                "村规民约、“四会”章程"),
            Row("坚持“小事不出村、大事不出镇、矛盾不上交”，每月开展一次矛盾纠纷排查；全年无越级上访、无“民转刑”案件。", 4,
                "排查每少1次扣0.5分；发生越级上访的，每起扣1分；发生“民转刑”案件的，本项不得分。", "矛盾纠纷排查台账"),
            Row("落实防汛、森林防火、防溺水等安全责任，党员干部包片到户。", 3,
                "安全工作被县级以上通报的，每次扣1分；发生亡人责任事故的，本项不得分。", "镇应急办核实"),
        )),
        Section("阵地保障", "（五）阵地保障（15分）", 15, (
            Row("村党群服务中心落实“一站式”服务和村干部坐班值班，工作日每天至少2名村干部在岗；为民代办事项建立登记台账。", 5,
                "抽查无人在岗的，每次扣1分；代办登记台账不完整的扣1分；活动场所闲置或挪作他用的，本项不得分。", "值班表、代办登记台账"),
            Row("用好本地红色资源，每季度至少组织一次党员到红色教育基地开展现场教学；新时代文明实践站每月开展志愿服务活动不少于1次。",
                4,
                "现场教学每少1次扣0.5分；志愿服务活动每少1次扣0.5分。", "活动照片"),
            Row("年初制定党建工作计划，年底形成工作总结；村党组织书记年底向党员和村民代表述职，群众满意度达到85%以上。", 6,
                "计划、总结每缺1项扣1分；未述职的扣2分；满意度每低1个百分点扣0.2分。", "工作计划、工作总结、述职报告、满意度测评表"),
        )),
    ),
)

HEADER = ["序号", "考核内容", "评分标准", "分值", "佐证材料", "自评分", "考核得分"]
NOTE = ("备注：1.考核采取村级自评、镇考核组实地考核和群众测评相结合的方式，于次年1月进行；2.各项扣分以该项分值为限，扣完为止；"
        "3.考核结果分为“好”“较好”“一般”“差”四个等次，与村干部年度绩效报酬挂钩，并作为村党组织评先评优的重要依据；4.村“两委”"
        "班子成员受到刑事处罚或开除党籍处分的，该村党组织当年考核直接定为“差”等次。")


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
    xlsx_line(ws, "考核对象：全镇各村党组织（含党总支）", ncols)
    xlsx_line(ws, "村名：              村党组织书记：              考核时间：2026年1月", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for number, row in enumerate(s.rows, 1):
            ws.append([number, row.text, row.scoring, row.points, row.method, None, None])
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 4):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 4, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 52, 46, 6, 22, 7, 8))
    wb.save(str(path))
