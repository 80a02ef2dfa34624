"""云天化股份水富分公司2025年度基层党支部党建工作考核细则 (.xlsx), as the 分公司党委 of the 云天化 fertiliser works at 水富 on the 金沙江 (云南
昭通; its 党群工作部 with the 安全环保部, the 生产技术部, the 人力资源部 and the 纪委办公室, a 考核组 going round the 车间 in mid-December, after the
autumn 大修 when the 合成塔 is back on stream and the 尿素 造粒塔 steams over the 向家坝 reservoir) scores the 党支部 of its 车间: the 合成氨 车间
whose 倒班 operators watch the 变换炉 and the 压缩机 through the night, the 尿素, 甲醇, 热电 and 动力 车间, the 液氨 球罐 and their 泄漏 drills, the
班组长 and 一线操作工 the 支部 wants as 党员: a sheet printed under a "基础分加减分制" — each row's 基础分 is kept unless the 加减分标准 "减" points
(every rule says "减", none "扣"), the 年底 满意率 scored in bands that "减" points rather than give them, and a 加分项 under the 合计 — whose 考核内容及标准
prints what the 支部 must have done and whose 佐证材料 names the papers: 党建责任 (the 年初 计划 and “一岗双责” 责任书, the 年底 述职 and its 等次; a
quarterly 专题研究 of 安全环保 and a monthly 党政联席会议), 组织建设 (the 换届, the 支委 and the 书记's 培训; the “三会一课” with 倒班 党小组, the 补学
and the 签到、照片、记录; the 主题党日 on the second Tuesday, its 参加率 and four 实践活动; the 组织生活会, the 谈心谈话 全覆盖, the 征求意见, the 对照
检查材料, the 民主评议 and the 整改台账; two 积极分子, a half-yearly 考察, the 公示, the 一线 党员比例 and a "本项不得分"; 党费 按月, the 核定 by the end
of April and a quarterly 公示), 安全生产 (the 先锋岗, the 责任区 覆盖 and no 违章; a monthly 隐患排查 and the 整改率; 330 days on stream, no more than
two 停车 and the 能耗; the 突击队, a quarterly 演练, the 液氨 drill and the 攻坚; no 事故, a 一票否决), 职工群众 (five 师带徒 pairs, four 培训 and the
技术比武; a half-yearly 谈心, the 看望 and the “两节” 慰问 全覆盖; the 年底 满意率 in bands) and 基础工作 (the 台账, a monthly 平台 更新 and the 党员信息;
eight 信息 and a quarterly 党建园地 更新).

A merged title row, a merged "（本细则实行基础分加减分制：基础分100分，按标准减分，减完为止；加分项另计，最高加5分）" line and a merged "党支部：    考核人：
考核时间：" line above the header 考核项目 | 序号 | 考核内容及标准 | 基础分 | 加减分标准 | 佐证材料. The 考核项目 are MERGED CELLS down the FIRST column,
printed WITH an ordinal and WITH their points on ONE line, "一、党建责任（10分）". 序号 (SECOND column) runs 1..18 through the sheet, NOT restarting.
There is no short sub-label: 考核内容及标准 (`Row.text`) says what is required; 基础分 is a plain number (the item's points) BEFORE the 加减分标准
(`Row.scoring`); 佐证材料 (`Row.method`) names the papers, joined by "、". A 合计 row of 100, then UNDER it a 加分项 block: "加分项（最高加5分）" in the
first column MERGED DOWN three rows (序号, 加分内容, 最高加分, 加分标准, 佐证材料; not in `sections`), then a merged 说明 row. Counts in figures and
Chinese numerals, nearly all in the 考核内容及标准 ("年初", "年底", "每季度至少…一次", "每月召开一次", "按期", "每年…不少于1次", "支部委员会每月召开1次，
党员大会每季度召开1次，党小组会每月召开1次…，党课每季度1次", "一周内", "每月第二个星期二", "不低于百分之八十五", "年内…不少于4次", "每年召开一次", "全
覆盖", "年内…不少于2名", "每半年考察一次", "不少于5个工作日", "不低于百分之二十五", "按月", "每年4月底前", "每季度公示一次", "全部", "全年", "每月…一次",
"百分之百", "不少于330天", "不超过2次", "每季度开展一次", "每年不少于1次", "全年", "不少于5对", "年内…不少于4次", "每半年至少…一次", "全覆盖", "年底",
"百分之九十以上", "按月", "每月更新一次", "年内…不少于8篇", "每季度更新一次"); "最高减" caps; bands of the 年底 满意率 printed as 减分 (all 5 points,
"95%以上的不减分…85%以下的减5分"); "每少5天减0.5分" once; "酌情减1分", "酌情减0.5-1分", "酌情减1-2分" and "酌情减0.5分" once each; one "实行一票否决，
本项不得分"; one other "本项不得分".
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


def _row(text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 考核内容及标准, 基础分, 加减分标准, 佐证材料."""
    return Row(text, points, scoring, proof)


TABLE = Table(
    name="zzzzr_shuifu_yuntianhua_chejian_zhibu_xlsx",
    fmt="xlsx",
    title="云天化股份水富分公司2025年度基层党支部党建工作考核细则",
    numbering="printed",
    sections=(
        Section("党建责任", "一、党建责任（10分）", 10, (
            _row("支部书记履行抓党建第一责任人职责，年初制定支部党建工作计划，与车间行政负责人签订“一岗双责”责任书；年底向分公司党委述职，述职评议"
                 "等次为“好”或“较好”。", 5,
                 "缺计划或责任书的，每项减1分；未述职的减2分；述职评议为“一般”及以下的减1分。", "工作计划、责任书、述职报告"),
            _row("落实“党建+安全生产”融合机制，支部委员会每季度至少专题研究一次安全环保和生产经营工作；车间党政联席会议每月召开一次。", 5,
                 "专题研究每少1次减1分；联席会议每少1次减0.3分，最高减2分。", "会议记录"),
        )),
        Section("组织建设", "二、组织建设（30分）", 30, (
            _row("支部委员会按期换届，支委中有车间主任或工艺、设备技术骨干；支部书记每年参加分公司党委组织的集中培训不少于1次。", 4,
                 "未按期换届的减2分；支委结构不合理的减1分；书记未参加培训的减1分。", "换届选举批复、培训证书"),
            _row("支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次（按倒班班组设立党小组），党课每季度1次；因倒班缺席的党员一周内"
                 "补学；会议签到、照片、记录齐全。", 8,
                 "“三会一课”每少1次减0.5分，最高减4分；缺席未补学的，每人次减0.1分，最高减1分；签到、照片或记录缺失的，每次减0.2分，最高减2分。",
                 "会议记录、签到表、会议照片"),
            _row("每月第二个星期二开展主题党日（遇装置大修顺延），党员参加率不低于百分之八十五；年内开展“安全隐患随手拍”“党员查隐患”等实践活动不少于"
                 "4次。", 5,
                 "主题党日每少1次减0.3分，最高减2分；参加率每低5个百分点减0.5分，最高减1分；实践活动每少1次减0.5分。", "活动方案、签到表、照片"),
            _row("每年召开一次组织生活会，会前谈心谈话全覆盖、广泛征求职工意见，支委和党员撰写对照检查材料；会后开展民主评议党员，建立问题整改台账。", 6,
                 "未召开组织生活会的减2分；谈心谈话未全覆盖的，每少1人减0.1分，最高减1分；未征求意见的减0.5分；对照检查材料流于形式的，酌情减0.5-1分；"
                 "未开展民主评议党员的减1.5分；无整改台账的减0.5分。", "对照检查材料、民主评议测评表、整改台账"),
            _row("注重在一线操作工、班组长中发展党员，年内确定入党积极分子不少于2名，每半年考察一次；发展对象公示不少于5个工作日；一线职工中党员比例"
                 "不低于百分之二十五。", 5,
                 "积极分子每少1名减0.5分；考察每少1次减0.3分；未公示的减1分；一线党员比例低于25%的减0.5分；违反程序发展党员的，本项不得分。",
                 "发展党员档案、公示材料"),
            _row("党员按月交纳党费，每年4月底前核定交纳基数；每季度公示一次党费收缴情况。", 2,
                 "未按月交纳的，每人次减0.1分，最高减1分；未核定基数的减0.5分；公示每少1次减0.2分。", "党费收缴台账、公示照片"),
        )),
        Section("安全生产", "三、安全生产（35分）", 35, (
            _row("在合成、变换、压缩、冷冻等关键岗位设立党员先锋岗，划分党员责任区，责任区覆盖全部生产装置；党员带头执行操作规程，全年无违章操作。", 7,
                 "未设立先锋岗的减2分；责任区未覆盖的，每个装置减0.5分，最高减1.5分；党员违章操作的，每人次减1分，最高减3分。",
                 "先锋岗和责任区设置文件、挂牌照片"),
            _row("每月组织党员开展一次安全隐患排查，隐患整改率达到百分之百；开展“党员身边无事故、无违章、无隐患”活动。", 7,
                 "排查每少1次减0.5分，最高减2分；整改率每低1个百分点减0.5分，最高减3分；活动流于形式的，酌情减1分。", "隐患排查台账、整改销号记录"),
            _row("合成氨装置安全稳定长周期运行，年运行天数不少于330天，非计划停车不超过2次；吨氨综合能耗控制在分公司下达指标以内。", 7,
                 "运行天数每少5天减0.5分，最高减2分；非计划停车超过2次的，每超1次减1分；综合能耗超指标的减1分。", "生产调度报表"),
            _row("成立党员应急抢险突击队，每季度开展一次应急演练，其中液氨泄漏处置演练每年不少于1次；装置大修、抢修期间党员带头攻坚。", 7,
                 "未成立突击队的减1分；演练每少1次减1分；未开展液氨泄漏处置演练的减1分；攻坚作用不明显的，酌情减1-2分。",
                 "突击队名单、演练方案、演练照片"),
            _row("全年不发生一般及以上生产安全事故、突发环境事件和职业病危害事故；不发生轻伤及以上人身伤害事故。", 7,
                 "发生一般及以上生产安全事故或突发环境事件的，实行一票否决，本项不得分；发生职业病危害事故的减3分；发生轻伤事故的，每起减2分。",
                 "安全环保部认定意见"),
        )),
        Section("职工群众", "四、职工群众（15分）", 15, (
            _row("开展“党员技术比武”和“师带徒”活动，党员与青年职工结对不少于5对；年内组织职工技能培训不少于4次。", 5,
                 "结对每少1对减0.5分；培训每少1次减0.5分；未开展技术比武的减1分。", "师带徒协议、培训签到表"),
            _row("支委与职工每半年至少谈心一次，掌握倒班职工思想动态；职工生病住院、家庭遭遇变故时支部上门看望；“两节”走访慰问困难职工全覆盖。", 5,
                 "谈心每少1次减0.5分；看望不及时的，酌情减0.5分；慰问每少1人减0.2分，最高减1分。", "谈心记录、慰问名单"),
            _row("年底由分公司党委组织职工代表对支部工作进行满意度测评，满意率达到百分之九十以上。", 5,
                 "满意率95%以上的不减分，90%（含）—95%的减1分，85%（含）—90%的减3分，85%以下的减5分。", "满意度测评表"),
        )),
        Section("基础工作", "五、基础工作（10分）", 10, (
            _row("支部工作台账按月登记、按年归档；“云岭先锋”综合服务平台信息每月更新一次，党员信息准确。", 5,
                 "台账每缺一类减0.5分，最高减2分；平台未按月更新的，每月减0.2分，最高减1分；党员信息不准确的，每人减0.1分，最高减1分。",
                 "支部工作台账、平台截图"),
            _row("年内在分公司内网、“云天化党建”公众号刊发支部工作信息不少于8篇；车间党员活动室、党建园地每季度更新一次内容。", 5,
                 "信息每少1篇减0.25分，最高减2分；党建园地每少更新1次减0.5分。", "信息链接、园地照片"),
        )),
    ),
)

HEADER = ["考核项目", "序号", "考核内容及标准", "基础分", "加减分标准", "佐证材料"]
BONUS_HEAD = "加分项（最高加5分）"
BONUS = (
    ("1", "支部或党员获得省部级以上表彰，或支部党建工作经验被集团公司推广的。", 2, "每项加1分。", "表彰文件、推广文件"),
    ("2", "党员提出的合理化建议、技术革新项目被分公司采纳并产生经济效益的。", 2, "每项加0.5分。", "采纳通知、效益测算"),
    ("3", "在突发事件处置、抢险救援中党员表现突出，受到分公司通报表扬的。", 1, "每人次加0.5分。", "通报文件"),
)
NOTE = ("说明：1.本细则由分公司党委于12月中旬组织考核，党群工作部牵头，安全环保部、生产技术部、人力资源部、纪委办公室参加，以2025年1月1日至考核"
        "之日形成的资料为准；2.各项减分以该项基础分为限，减完为止；加分项由考核组根据佐证材料认定；3.运行天数、非计划停车和综合能耗以生产技术部统计"
        "为准，安全事故、环境事件以安全环保部认定为准；4.考核得分（基础分减分后加加分）90分以上的为“好”，80—89分的为“较好”，70—79分的为“一般”，"
        "70分以下的为“差”，考核结果与支部书记年度绩效挂钩。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "支部考核细则"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "（本细则实行基础分加减分制：基础分100分，按标准减分，减完为止；加分项另计，最高加5分）", ncols)
    ws.cell(ws.max_row, 1).alignment = center
    xlsx_line(ws, "党支部：              考核人：              考核时间：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    number = 0
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows):
            number += 1
            ws.append([s.printed if i == 0 else None, number, row.text, row.points, row.scoring, row.method])
            for c in (3, 5, 6):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 4):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 4, ncols, center)
    top = ws.max_row + 1
    for i, (number_text, text, most, rule, proof) in enumerate(BONUS):
        ws.append([BONUS_HEAD if i == 0 else None, number_text, text, most, rule, proof])
        for c in (3, 5, 6):
            ws.cell(ws.max_row, c).alignment = wrap
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    ws.cell(top, 1).font = Font(bold=True)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 72)
    xlsx_widths(ws, (14, 6, 50, 7, 50, 20))
    wb.save(str(path))
