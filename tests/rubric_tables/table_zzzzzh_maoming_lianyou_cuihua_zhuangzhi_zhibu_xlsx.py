"""茂名石化炼油分部党委2025年度装置（车间）党支部考核评分表 (.xlsx), as the 分部党委 of the 炼油分部 of 茂名石化 in 广东 (its 党群工作科 with the 生产技术科,
the 安全环保科, the 设备科, the 工会 and the 纪委办公室, a 考核组 that climbs the 框架 of each 装置 and reads the papers in the 中控室 in the second half
of December, when the 南方 winter is only a 北风 off the 水东湾, the 催化裂化 and 常减压 units are running hard for the year-end 产量, the 火炬 is watched
day and night, the 四班两倒 倒班 crews eat their 夜宵 in the 交接班室 and the 大检修 of the spring is being planned on the 计划 boards) scores the 党支部 of
its 装置 and 车间: the 支部 of the 催化裂化联合装置 whose 党员 are 班长 and 内操, the 支部 of the 常减压 and 延迟焦化 units, the 支部 of the 储运 车间 by the
码头: a sheet of 一级指标 and 二级指标 whose 考核内容 prints what the 支部 must have done, whose 评分细则 takes points off one clause at a time (scoring the
装置 平稳率 and the 员工 满意度 in bands) and whose 佐证材料 names the papers, with a 加分项 block under the 基础分合计: 党建基础 (the 设置, the 党小组 of every
运行班组 and the 换届; the “三会一课”, the 补课 of the 倒班 党员, the 参会率 and the 记录; the 主题党日, the 组织生活会, the 谈心谈话 and the 民主评议), 党员
管理 (the “第一议题”, a monthly 集中学习, 32学时 with 12 of them 网络, two “微党课” a month; 党费 按月 with a quarterly 公示, the 双积分 and a monthly 通报;
one 积极分子, the 公示, the “一人一档” and a 一票否决; three 先锋岗、责任区, the 徽章 and the 覆盖), 党建+安全生产 (the 年初 责任书, two 带班检查 a month and
the “一岗双责”; two 隐患 a month from each 党员, the 整改率 and the “三违”; the 非计划停工 and a 一票否决; two 攻关项目, the 合理化建议 and the 平稳率 in
bands; the 突击队, a quarterly 演练 and the 完成率) and 基础保障 (a quarterly 汇报 of the 团支部、工会小组 and three 师带徒; a half-yearly 谈心谈话, the 覆盖率
and the “七一”、春节 慰问; the 年底 满意度 in bands; the 年初 计划 and 书记项目, the 年底 总结 and 述职; the 手册 by month, the 台账 and the 平台).

A merged title row, a merged "考核对象：炼油分部各运行部、装置（车间）党支部" line and a merged "党支部：    考核组：    考核日期：" line above the header
一级指标 | 序号 | 二级指标 | 考核内容 | 基础分 | 评分细则 | 佐证材料. The 一级指标 are MERGED CELLS down the FIRST column, printed WITH an ordinal and WITH
their points on a SECOND line, "一、党建基础\\n（20分）"; 序号 (SECOND column) RESTARTS at 1 under every 一级指标 (ids "1.1" … "4.5"). 二级指标 (THIRD
column) is a short name on every row (`Row.indicator`); 考核内容 (`Row.text`) says what is required; the points column is headed "基础分", a plain number
BEFORE the 评分细则 (`Row.scoring`); 佐证材料 (`Row.method`) last, naming the papers, joined by "、". A "基础分合计" row of 100; then, UNDER it, a 加分项
block of three rows with NO 序号: "加分项\\n（最高加5分）" merged down the 一级指标 column beside them, a short name in the 二级指标 column, the 加分内容 in
the 考核内容 column, the most it adds in the 基础分 column, the 加分办法 in the 评分细则 column and a 佐证材料 (not in `sections`); a merged 说明 row closes
the sheet. Counts in figures and Chinese numerals, nearly all in the 考核内容 ("7人以上", "3至5人", "按期", "支部委员会每月召开1次，党员大会每季度召开1次，
党小组会每月召开1次，党课每季度1次", "不低于百分之八十五", "每月开展一次", "每年召开一次", "每月组织一次", "每人每年…不少于32学时", "其中…不少于12学时",
"每月不少于2次", "按月", "每季度公示一次", "每月通报一次", "年内…不少于1名", "不少于5个工作日", "不少于3个", "年初", "每月…不少于2次", "每月…不少于2条",
"100%", "全年", "不少于2个", "不少于2条", "百分之九十九以上", "每季度…不少于1次", "100%", "每季度听取一次", "不少于3对", "每半年…一次", "100%", "“七一”、
春节", "年底", "百分之九十", "年初", "年底", "年底", "按月"); "最高扣" caps; bands of the 装置 平稳率 (3 of the 7 points, closed by "98.5%以下的不得分") and
of the 年底 满意度 (all 6, closed by "85%以下的不得分"); "每低10个百分点" once, "每低5个百分点" twice and "每低1个百分点" once; "酌情扣0.5-1分" four times and
"酌情扣1-2分" once; two "实行一票否决，本项不得分".
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


def _row(label: str, text: str, points: float, scoring: str, proof: str) -> Row:
    """One row in the order the sheet prints it: 二级指标, 考核内容, 基础分, 评分细则, 佐证材料."""
    return Row(text, points, scoring, proof, indicator=label)


TABLE = Table(
    name="zzzzzh_maoming_lianyou_cuihua_zhuangzhi_zhibu_xlsx",
    fmt="xlsx",
    title="茂名石化炼油分部党委2025年度装置（车间）党支部考核评分表",
    numbering="restart",
    sections=(
        Section("党建基础", "一、党建基础\n（20分）", 20, (
            _row("组织设置",
                 "支部按装置（车间）设置，党员7人以上的设立支部委员会，委员3至5人；按“四班两倒”运行班组设立党小组，党小组覆盖所有运行班组；支部任期"
                 "届满按期换届。", 5,
                 "党小组未覆盖运行班组的，每个班组扣0.5分，最高扣1.5分；未按期换届的扣2分；支委配备不齐的扣1分。",
                 "支部设置批复、党小组名单、换届选举材料"),
            _row("“三会一课”",
                 "支部委员会每月召开1次，党员大会每季度召开1次，党小组会每月召开1次，党课每季度1次；倒班党员不能参会的，利用班前班后会及时补课；党员参会率"
                 "不低于百分之八十五。", 8,
                 "“三会一课”每少1次扣0.5分，最高扣4分；倒班党员未补课的，每人次扣0.1分，最高扣1分；参会率每低5个百分点扣0.5分，最高扣2分；会议记录不"
                 "规范的，酌情扣0.5-1分。",
                 "会议记录、签到表"),
            _row("主题党日和组织生活会",
                 "每月开展一次主题党日活动，结合装置检修、安全生产确定主题；每年召开一次组织生活会，会前开展谈心谈话，会后开展民主评议党员。", 7,
                 "主题党日每少1次扣0.3分，最高扣2分；未召开组织生活会的扣2分；会前未开展谈心谈话的扣0.5分；未开展民主评议党员的扣1.5分；主题脱离生产"
                 "实际的，酌情扣0.5-1分。",
                 "活动方案、活动照片、民主评议测评表"),
        )),
        Section("党员管理", "二、党员管理\n（20分）", 20, (
            _row("党员教育",
                 "落实“第一议题”制度，支部每月组织一次集中学习；党员每人每年参加集中学习培训不少于32学时，其中网络学习不少于12学时；利用班前会开展"
                 "“微党课”，每月不少于2次。", 6,
                 "集中学习每少1次扣0.3分，最高扣2分；学时不足的，每人扣0.1分，最高扣1.5分；“微党课”每少1次扣0.1分，最高扣1分；未落实“第一议题”制度的"
                 "扣1分。",
                 "学习记录、学时统计表"),
            _row("党费和积分",
                 "党员按月交纳党费，党费收缴情况每季度公示一次；实行党员“安全积分+先锋积分”双积分管理，积分每月通报一次。", 5,
                 "未按月交纳的，每人次扣0.1分，最高扣1分；公示每少1次扣0.5分；未实行积分管理的扣1.5分；积分通报每少1次扣0.1分，最高扣1分。",
                 "党费收缴台账、公示照片、积分台账"),
            _row("发展党员",
                 "注重在生产骨干、技术能手中发展党员，年内确定入党积极分子不少于1名；发展对象公示不少于5个工作日；发展党员档案实行“一人一档”。", 5,
                 "未确定积极分子的扣1分；发展对象未公示的扣1分；档案材料每缺一项扣0.2分，最高扣1分；违反程序发展党员的，实行一票否决，本项不得分。",
                 "发展党员档案、公示材料"),
            _row("亮身份",
                 "党员在岗佩戴党员徽章，设立党员先锋岗、党员责任区不少于3个，责任区覆盖关键机组和高风险作业部位。", 4,
                 "先锋岗、责任区每少1个扣0.5分；党员未佩戴徽章的，每人次扣0.1分，最高扣1分；责任区未覆盖关键部位的，酌情扣0.5-1分。",
                 "先锋岗名单、现场照片"),
        )),
        Section("党建+安全生产", "三、党建+安全生产\n（35分）", 35, (
            _row("安全责任",
                 "支部书记年初与运行部签订安全生产责任书，支委成员落实“一岗双责”；支委成员每月开展“党员安全示范岗”带班检查不少于2次。", 6,
                 "未签订责任书的扣1分；带班检查每少1次扣0.3分，最高扣3分；“一岗双责”落实不到位的，酌情扣1-2分。",
                 "责任书、带班检查记录"),
            _row("隐患排查",
                 "党员带头开展隐患排查，每名党员每月查找上报隐患不少于2条；隐患整改率达到100%；党员全年无违章指挥、违章作业、违反劳动纪律行为。", 8,
                 "隐患上报不足的，每人次扣0.1分，最高扣2分；整改率每低1个百分点扣0.5分，最高扣3分；党员发生“三违”行为的，每人次扣1分。",
                 "隐患排查台账、整改销号记录"),
            _row("安全环保",
                 "装置全年实现安全平稳运行，不发生非计划停工；全年不发生一般及以上生产安全事故和环境污染事件。", 8,
                 "发生非计划停工的，每次扣2分；发生一般及以上生产安全事故或环境污染事件的，实行一票否决，本项不得分。",
                 "生产运行月报、安全环保通报"),
            _row("攻关创效",
                 "支部围绕装置长周期运行、降本增效设立党员攻关项目不少于2个；开展合理化建议活动，党员人均提出合理化建议不少于2条；装置平稳率达到百分之"
                 "九十九以上。", 7,
                 "攻关项目每少1个扣1分；党员人均合理化建议不足2条的扣1分；平稳率99.5%以上的得3分，99%（含）—99.5%的得2分，98.5%（含）—99%的得1分，"
                 "98.5%以下的不得分。",
                 "攻关项目立项书、合理化建议登记表、平稳率统计表"),
            _row("应急突击",
                 "组建党员突击队，每季度参加装置应急演练不少于1次；装置大检修期间党员突击队承担急难险重任务，检修项目按期完成率达到100%。", 6,
                 "未组建党员突击队的扣1分；应急演练每少1次扣1分；完成率每低5个百分点扣0.5分，最高扣1.5分。",
                 "突击队名单、演练记录、演练照片"),
        )),
        Section("基础保障", "四、基础保障\n（25分）", 25, (
            _row("带团建",
                 "支部每季度听取一次团支部、工会小组工作汇报；组织党员技术骨干与青年员工开展“师带徒”结对不少于3对。", 5,
                 "听取汇报每少1次扣0.5分；“师带徒”每少1对扣0.5分，最高扣1.5分。",
                 "会议记录、师带徒协议"),
            _row("谈心关怀",
                 "支委成员每半年与党员谈心谈话一次，谈心谈话覆盖率达到100%；“七一”、春节走访慰问困难党员、老党员和一线倒班党员家属。", 5,
                 "谈心谈话覆盖率每低10个百分点扣0.5分，最高扣2分；走访慰问每少1人扣0.2分，最高扣1分。",
                 "谈心谈话记录本、慰问名单"),
            _row("员工满意度",
                 "年底由运行部党总支组织员工对支部工作开展满意度测评，满意度达到百分之九十。", 6,
                 "满意度95%以上的得6分，90%（含）—95%的得4.5分，85%（含）—90%的得3分，85%以下的不得分。",
                 "测评统计表"),
            _row("计划述职",
                 "年初制定支部工作计划和“书记项目”，年底形成工作总结；支部书记年底向运行部党总支述职，接受党员评议。", 5,
                 "缺计划、书记项目或总结的，每项扣1分；未述职评议的扣2分。",
                 "工作计划、书记项目书、工作总结、述职报告"),
            _row("基础台账",
                 "支部工作手册按月记录；“三会一课”记录、党费收缴、学习教育等基础台账规范完整；党员信息在党建信息化平台及时录入更新。", 4,
                 "工作手册每缺1个月记录扣0.2分，最高扣1.5分；台账不规范的，酌情扣0.5-1分；平台信息未及时更新的扣0.5分。",
                 "支部工作手册、平台截图"),
        )),
    ),
)

HEADER = ["一级指标", "序号", "二级指标", "考核内容", "基础分", "评分细则", "佐证材料"]
BONUS_HEAD = "加分项\n（最高加5分）"
BONUS = (
    ("先进表彰", "支部或党员获得集团公司级以上表彰的。", 2, "集团公司级每项加1分，省部级以上每项加2分。", "表彰文件"),
    ("创新成果", "党员攻关项目获得公司级以上科技进步奖或QC成果奖的。", 2, "每项加1分。", "获奖证书"),
    ("经验推广", "支部党建工作经验被集团公司以上党组织推广的。", 1, "加1分。", "推广文件"),
)
NOTE = ("说明：1.本表由分部党委于12月下旬组织考核，党群工作科牵头，生产技术科、安全环保科、设备科、工会、纪委办公室参加，采取查阅佐证材料、现场查看、"
        "个别访谈、问卷测评相结合的方式进行，以2025年1月1日至考核之日形成的资料为准；2.基础分各项扣分以该项分值为限，扣完为止；评分细则列明得分档次的，按"
        "档次计分；平稳率以生产技术科DCS统计数据为准；3.考核总分＝基础分得分＋加分项得分，加分最高5分；4.考核总分95分以上的为“五星党支部”，85—94分的为"
        "“四星党支部”，75—84分的为“三星党支部”，75分以下的不评星。")


def build(t: Table, path: Path) -> None:
    import openpyxl
    from openpyxl.styles import Alignment, Font

    ncols = len(HEADER)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "装置党支部考核"
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="center", wrap_text=True)
    xlsx_title(ws, t.title, ncols, Font(name="黑体", size=16, bold=True), center)
    xlsx_line(ws, "考核对象：炼油分部各运行部、装置（车间）党支部", ncols)
    xlsx_line(ws, "党支部：              考核组：              考核日期：", ncols)
    xlsx_header(ws, HEADER, ncols)
    first = ws.max_row
    for s in t.sections:
        top = ws.max_row + 1
        for i, row in enumerate(s.rows, 1):
            ws.append([s.printed if i == 1 else None, i, row.indicator, row.text, row.points, row.scoring, row.method])
            for c in (4, 6, 7):
                ws.cell(ws.max_row, c).alignment = wrap
            for c in (2, 3, 5):
                ws.cell(ws.max_row, c).alignment = center
        xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_total_row(ws, t.total, 5, ncols, center, label="基础分合计")
    top = ws.max_row + 1
    for name, text, most, rule, proof in BONUS:
        ws.append([BONUS_HEAD if ws.max_row + 1 == top else None, None, name, text, most, rule, proof])
        for c in (4, 6, 7):
            ws.cell(ws.max_row, c).alignment = wrap
        for c in (3, 5):
            ws.cell(ws.max_row, c).alignment = center
    xlsx_merge_down(ws, 1, top, ws.max_row, center)
    xlsx_borders(ws, first, ncols)
    xlsx_note(ws, NOTE, ncols, 95)
    xlsx_widths(ws, (12, 6, 14, 50, 7, 50, 22))
    wb.save(str(path))
