"""中共渤中油田作业公司委员会2025年度海上生产平台党支部党建工作考核细则 (.xlsx), as the 公司党委 of an 海上油田 作业公司 in the 渤海 (its 党群工作部 with
the 质量健康安全环保部, the 生产部 and the 纪委办公室, a 考核组 of three flying out by 直升机 from the 塘沽 heliport in the middle of December to the
中心平台 and its 井口平台, when the 渤海 is grey and choppy, the first 海冰 is forming along the 辽东湾 shore, the 供应船 wait out the 寒潮 behind the
平台 and half the crew is ashore on its 四周一倒 rest) scores the 党支部 of each 海上生产平台 (its 党员 the 平台经理, the 生产监督, the 中控 and 井口
operators, the 维修 and 电仪 fitters, in 党小组 by 班组, with those on rest ashore in 天津 and further off): a sheet whose 考核内容 prints what the 支部
must have done or reached, whose 评分细则 takes points off one clause at a time and whose 佐证资料 names the papers the 考核组 asks to see: 政治建设 (a
monthly 集中学习, the 线上 同步学习 of those ashore and 32学时; a quarterly 分析 of the 思想动态, the 心理疏导 and the 宣传阵地; the 年初 双责任书, the 年初
承诺 and the 年底 践诺评议), 组织建设 (the 党小组 by 班组 and the 临时负责人; the “三会一课” round the 倒班 and the 党课 of the 书记 and the 平台经理; the
monthly 主题党日, the 参加率 and the 方案; the 组织生活会, the 民主评议, the 征求意见 and the 谈心谈话; one 积极分子 and the 培养联系人; 党费 按月, a half-
yearly 公布 and the 系统), 党建+安全生产 (four 党员安全监督岗 and four 安全观察卡 a month; four 应急演练 a month, a half-yearly 溢油 演练 and the 评估;
a deduction-only line on 事件 with a 一票否决; the 产量 完成率 and the 设备完好率; the 突击队 and two 创新成果; a quarterly 培训, the 持证上岗率 and the
师带徒), 关心关爱 (the 家庭联系卡, a quarterly 联系 and the “七一”、春节 慰问; a half-yearly 文体活动 and a yearly 志愿服务) and 基础工作 (the 年初 计划,
the 年中 小结, the 年底 总结 and 述职; a quarterly 公开, the “双备份” and a quarterly 信息).

A merged title row, a merged "考核对象：…" line and a merged "平台党支部：…考核人员：…考核日期：" line above the header 序号 | 考核要素 | 考核内容 | 评分细则 |
分值 | 佐证资料 | 得分. Each category is a SECTION ROW merged across the whole sheet, printed WITH an ordinal and its points on one line, "一、政治建设
（15分）"; 序号 (FIRST column) RESTARTS at 1 under every section row (ids "1.1" … "5.2"). 考核要素 is a short sub-label (`Row.indicator`); 考核内容
(`Row.text`) says what is required; the 评分细则 (`Row.scoring`) comes BEFORE the 分值, a plain number AFTER it; 佐证资料 (`Row.method`) names the
papers, joined by "、" (a "…核实" once); 得分 is blank. A 合计 row of 100 and a merged 说明 row close the sheet. Counts in figures and Chinese numerals,
nearly all in the 考核内容 ("每月至少组织1次", "每年…不少于32学时", "每季度开展一次", "年初", "年初", "年底", "支部委员会每月召开1次，党员大会每季度召开1次，
党小组会每月召开1次，党课每季度1次", "每年各讲党课不少于1次", "每月开展一次", "百分之八十五", "每年召开一次", "年内…不少于1名", "按月", "每半年公布一次",
"不少于4个", "每月…不少于4张", "每月…不少于4次", "每半年开展一次", "100%", "百分之九十八", "不少于1个", "年内…不少于2项", "每季度开展一次", "100%",
"不少于1名", "每季度至少…一次", "“七一”、春节期间", "每半年组织一次", "每年至少开展一次", "年初", "年中", "年底", "年底", "每季度公开一次", "每季度…不少于
1篇"); "最高扣" caps; no bands; "每低5个百分点" once, "每低1个百分点" twice and "每低0.5个百分点" once; "每人每月少交1张" once; "酌情扣0.5-1分" six times
and "酌情扣0.5分" once; one "实行一票否决，本项不得分" and two plain "本项不得分"; one line is deduction-only ("（本项为扣分项）").
"""

from __future__ import annotations

from pathlib import Path

from .build_helpers import xlsx_borders, xlsx_header, xlsx_line, xlsx_note, xlsx_title, xlsx_total_row, xlsx_widths
from .model import Row, Section, Table


def _row(indicator: str, text: str, scoring: str, points: float, papers: str) -> Row:
    """One row in the order the sheet prints it: 考核要素, 考核内容, 评分细则, 分值, 佐证资料."""
    return Row(text, points, scoring, papers, indicator)


TABLE = Table(
    name="zzzzzx_bozhong_haishang_pingtai_dangzhibu_xlsx",
    fmt="xlsx",
    title="中共渤中油田作业公司委员会2025年度海上生产平台党支部党建工作考核细则",
    numbering="restart",
    sections=(
        Section("政治建设", "一、政治建设（15分）", 15, (
            _row("理论学习",
                 "落实“第一议题”制度，平台党支部每月至少组织1次集中学习，陆地轮休党员通过网络党校同步学习；党员每年参加学习培训不少于32学时。",
                 "集中学习每少1次扣0.5分；轮休党员未组织同步学习的，每次扣0.2分，最高扣1分；学时不足的，每人扣0.1分，最高扣1分。", 5,
                 "学习记录、网络党校学习截图"),
            _row("思想政治工作",
                 "每季度开展一次员工思想动态分析，关注长期离家员工的家庭和心理状况，建立心理疏导机制；平台宣传栏、班组微信群专人管理。",
                 "思想动态分析每少1次扣0.5分；未建立心理疏导机制的扣1分；宣传阵地无专人管理的扣0.5分；发生意识形态责任事件的，本项不得分。", 5,
                 "思想动态分析报告、心理疏导记录"),
            _row("责任落实",
                 "平台经理和党支部书记落实“一岗双责”，年初签订党建和安全生产双责任书；党员年初结合岗位作出公开承诺，年底开展践诺评议。",
                 "未签订双责任书的扣1.5分；未开展公开承诺的扣1分；未开展践诺评议的扣1分；承诺内容空泛、与岗位结合不紧的，酌情扣0.5-1分。", 5,
                 "责任书、党员承诺书、践诺评议记录"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("组织设置",
                 "按生产、维修、电仪等作业班组设立党小组，党小组覆盖全部作业班组；海上、陆地轮休党员分别明确临时负责人。",
                 "党小组未覆盖全部班组的，每缺1个扣0.5分；轮休党员无临时负责人的扣1分。", 4,
                 "党小组设置文件"),
            _row("“三会一课”",
                 "结合“四周一倒”倒班制度落实“三会一课”：支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；支部书记、"
                 "平台经理每年各讲党课不少于1次。",
                 "“三会一课”每少1次扣0.5分，最高扣5分；书记、平台经理未讲党课的，每人扣1分；会议记录不规范的，酌情扣0.5-1分。", 8,
                 "会议记录本、签到表、视频会议截图"),
            _row("主题党日",
                 "每月开展一次主题党日，海上党员在平台开展，轮休党员就近参加属地活动或线上活动；活动与安全生产、设备维护相结合；党员参加率不低于"
                 "百分之八十五。",
                 "主题党日每少1次扣0.5分；参加率每低5个百分点扣0.5分，最高扣2分；活动与安全生产结合不紧的，酌情扣0.5分。", 5,
                 "活动方案、签到表、活动照片"),
            _row("组织生活会",
                 "每年召开一次组织生活会，开展民主评议党员；会前广泛征求意见，支委之间、支委与党员之间谈心谈话。",
                 "未召开组织生活会的扣2分；未开展民主评议党员的扣1.5分；未征求意见的扣0.5分；谈心谈话未全覆盖的，每缺1人扣0.2分，最高扣1分。", 6,
                 "会议记录、征求意见表、谈心谈话记录"),
            _row("发展党员",
                 "注重在一线操作骨干、技术能手中发展党员，年内确定入党积极分子不少于1名，由党员骨干担任培养联系人；发展党员程序规范。",
                 "未确定入党积极分子的扣2分；积极分子无培养联系人的扣0.5分；发展程序不规范的，本项不得分。", 4,
                 "发展党员档案"),
            _row("党员管理",
                 "党员按月交纳党费，海上作业期间由党小组长代收登记；党费收缴情况每半年公布一次；党员信息在全国党员管理信息系统中及时维护。",
                 "未按月交纳的，每人次扣0.1分，最高扣1分；公布每少1次扣0.5分；系统信息错漏的，每条扣0.1分，最高扣0.5分。", 3,
                 "党费收缴台账"),
        )),
        Section("党建+安全生产", "三、党建+安全生产（35分）", 35, (
            _row("党员安全监督岗",
                 "在井口区、工艺区、动力区、生活楼设立党员安全监督岗不少于4个；党员每月提交安全观察卡不少于4张，观察发现的隐患闭环整改。",
                 "监督岗每少1个扣0.5分；安全观察卡每人每月少交1张扣0.1分，最高扣2分；隐患未闭环整改的，每项扣0.5分。", 6,
                 "监督岗设置文件、安全观察卡统计表"),
            _row("应急演练",
                 "每月组织消防、弃平台等应急演练不少于4次，党员在演练中担任关键岗位；每半年开展一次溢油应急演练；演练后开展评估。",
                 "应急演练每少1次扣0.2分，最高扣2分；溢油应急演练每少1次扣1分；演练无评估的，每次扣0.2分，最高扣1分。", 6,
                 "演练记录、演练评估报告、演练照片"),
            _row("安全环保",
                 "全年不发生可记录事件以上生产安全责任事故和溢油污染事故（本项为扣分项）。",
                 "发生急救箱事件的，每起扣1分；发生可记录事件的，每起扣3分；发生损工事件及以上生产安全责任事故或溢油污染事故的，实行一票否决，本项"
                 "不得分。", 8,
                 "公司质量健康安全环保部核实"),
            _row("生产任务",
                 "党支部围绕年度生产任务组织党员攻坚，原油产量完成率达到100%；设备设施完好率不低于百分之九十八，关键设备无非计划停机。",
                 "产量完成率每低1个百分点扣1分，最高扣3分；设备完好率每低0.5个百分点扣0.5分，最高扣2分；关键设备非计划停机造成减产的，每次扣0.5分。",
                 6,
                 "生产月报、设备完好率统计表"),
            _row("攻坚创新",
                 "成立党员突击队或党员攻关小组不少于1个，围绕降本增效、节能减排年内完成技术攻关或“五小”创新成果不少于2项。",
                 "未成立党员突击队或攻关小组的扣1分；创新成果每少1项扣1分；成果未推广应用的，酌情扣0.5-1分。", 5,
                 "突击队（攻关小组）名单、成果材料"),
            _row("技能培训",
                 "每季度开展一次岗位技能和安全知识培训，持证上岗率100%；每名党员技术骨干带徒不少于1名。",
                 "培训每少1次扣0.5分；持证上岗率每低1个百分点扣0.5分；党员骨干未带徒的，每人扣0.2分，最高扣1分。", 4,
                 "培训签到表、持证情况统计表、师带徒协议"),
        )),
        Section("关心关爱", "四、关心关爱（10分）", 10, (
            _row("家庭关爱",
                 "建立海上员工家庭联系卡，党支部每季度至少与员工家属联系一次；“七一”、春节期间走访慰问困难党员和长期在海上工作的员工家庭。",
                 "无家庭联系卡的扣1分；联系每少1次扣0.3分；走访慰问每少1次扣0.5分；员工家庭遇急难事项未及时帮扶的，酌情扣0.5-1分。", 5,
                 "家庭联系卡、走访慰问记录"),
            _row("群团活动",
                 "指导平台工会小组、团小组开展工作，每半年组织一次文体活动或“海上职工之家”活动；每年至少开展一次志愿服务活动。",
                 "文体活动每少1次扣0.5分；未开展志愿服务的扣1分；群团组织作用发挥不明显的，酌情扣0.5-1分。", 5,
                 "活动照片"),
        )),
        Section("基础工作", "五、基础工作（10分）", 10, (
            _row("计划总结",
                 "年初制定支部工作计划，年中形成半年工作小结，年底形成工作总结；支部书记年底向公司党委述职。",
                 "计划、小结、总结每缺一项扣1分；书记未述职的扣2分。", 5,
                 "工作计划、半年小结、工作总结、述职报告"),
            _row("公开和台账",
                 "每季度公开一次党务；党建台账海上、陆地“双备份”，按年度归档；每季度向公司党委报送党建信息不少于1篇。",
                 "党务公开每少1次扣0.5分；台账未双备份或归档不规范的，酌情扣0.5-1分；信息报送每少1篇扣0.3分。", 5,
                 "公开照片、党建台账"),
        )),
    ),
)

HEADER = ["序号", "考核要素", "考核内容", "评分细则", "分值", "佐证资料", "得分"]
NOTE = ("说明：1.本细则由公司党委于2025年12月中旬组织考核，党群工作部牵头，质量健康安全环保部、生产部、纪委办公室参加，采取海上现场检查与陆地资料"
        "核查相结合的方式；2.各项扣分以该项分值为限，扣完为止；3.安全环保事件以公司质量健康安全环保部年度统计为准；4.考核结果分为“优秀”“良好”"
        "“一般”“较差”四个等次，与平台党支部书记、平台经理年度绩效考核挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "平台党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="宋体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：渤中油田作业公司所属各海上生产平台党支部", ncols)
    xlsx_line(ws, "平台党支部：                    考核人员：                    考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        xlsx_line(ws, s.printed, ncols)
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for i, row in enumerate(s.rows, 1):
            ws.append([i, row.indicator, row.text, row.scoring, row.points, row.method, None])
            for c in (3, 4, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (1, 2, 5):
                ws.cell(ws.max_row, c).alignment = center
    xlsx_total_row(ws, t.total, 5, ncols, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 46)
    xlsx_widths(ws, (6, 12, 48, 48, 6, 20, 8))
    wb.save(str(path))
